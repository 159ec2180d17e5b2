"""Analysis off the event loop and within a time budget.

Analyses and comparisons run in worker processes, each with the pipeline loaded, driven by
as many dispatch threads. A job that runs past the budget is abandoned: its process is
killed, so it stops using a core at once, a fresh one is started in its place, and the
request is answered 503. Processes also use both cores, where threads share one
interpreter lock.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from multiprocessing.connection import Connection
from pathlib import PurePath
from typing import Any, TypeVar

from rashomon import settings
from rashomon.compare import ClaimMatrix, Comparison
from rashomon.errors import Errors, RashomonError, first_line
from rashomon.read import Document, from_text, kind_of
from rashomon.read.decode import decode
from rashomon.record import Record

T = TypeVar("T")
log = logging.getLogger("rashomon.web")

TEXT_SUFFIXES = {".txt", ".text", ".md"}
"""Plain-text files the pages accept as uploads, besides the HTML the read stage knows."""


def document_from_text(text: str, what: str = "text", **meta: str | None) -> Document:
    """A Document from submitted text. Never opens a path, whatever the text says."""
    if not text.strip():
        raise RashomonError(Errors.R002, what=what)
    return from_text(text, what=what, **{k: v for k, v in meta.items() if v})


def document_from_upload(name: str, data: bytes, **meta: str | None) -> Document:
    """A Document from an uploaded .txt or .html file."""
    kind = kind_of(name)
    if kind != "html" and PurePath(name).suffix.lower() not in TEXT_SUFFIXES:
        raise RashomonError(Errors.R012, what=f"{name}: upload a .txt or .html file")
    text = decode(data, name)
    if not text.strip():
        raise RashomonError(Errors.R002, what=name)
    return from_text(text, kind=kind, what=name, **{k: v for k, v in meta.items() if v})


WARM_UP = ("PARIS, March 4, 2024 - French President Anne Exemple told reporters in Paris on "
           "Monday that France would send 200 troops to Estonia, her office said.")
"""A sentence that makes the pipeline load everything it loads lazily (places, roles)."""


class Overrun(Exception):
    """A job ran past its budget."""


class Stopped(Exception):
    """The worker process is gone."""


class AnalysisProcess:
    """One worker process with the pipeline loaded; it runs one job at a time."""

    def __init__(self, model: str) -> None:
        context = multiprocessing.get_context("spawn")
        self.connection, child = context.Pipe()
        self.process = context.Process(target=_serve_jobs, args=(child, model), daemon=True,
                                       name="rashomon-analysis")
        self.process.start()
        child.close()

    def wait_ready(self, timeout: float = settings.WEB_WORKER_START_SECONDS) -> None:
        """Wait until the pipeline is loaded; a RashomonError when it cannot be."""
        self._result(timeout)

    def run(self, job: tuple, budget: float) -> Any:
        """The result of ``job`` (("analyze", documents) or ("compare", a, b)); Overrun
        when it takes longer than ``budget`` seconds, Stopped when the process is gone."""
        try:
            self.connection.send(job)
        except OSError:  # it died while idle (out of memory, killed)
            raise Stopped from None
        return self._result(budget)

    def _result(self, timeout: float) -> Any:
        try:
            if not self.connection.poll(timeout):
                raise Overrun
            status, payload = self.connection.recv()
        except (EOFError, OSError):  # the process died (out of memory, killed)
            raise Stopped from None
        if status == "error":
            raise payload
        return payload

    def kill(self) -> None:
        """Stop the process now, whatever it is doing."""
        self.process.kill()
        self.process.join(5)
        self.connection.close()


def _serve_jobs(connection: Connection, model: str) -> None:  # pragma: no cover - subprocess
    """The worker process: load the pipeline, then answer jobs until the pipe closes."""
    from rashomon.analyze import analyze_many
    from rashomon.compare import compare, compare_each

    try:
        list(analyze_many([from_text(WARM_UP, what="warm-up")], model=model))
        connection.send(("ready", None))
    except RashomonError as error:
        connection.send(("error", error))
        return
    while True:
        try:
            job = connection.recv()
        except (EOFError, KeyboardInterrupt):
            return
        try:
            if job[0] == "analyze":
                result: Any = [r.to_json() for r in analyze_many(job[1], model=model)]
            elif job[0] == "each":
                firsts, matrix = compare_each(job[1])
                result = ([c.to_json() for c in firsts], matrix.to_json())
            else:
                result = compare(job[1], job[2]).to_json()
            connection.send(("ok", result))
        except RashomonError as error:
            connection.send(("error", error))
        except Exception as error:
            what = "the article" if job[0] == "analyze" else "the comparison"
            reason = f"{type(error).__name__}: {first_line(error)}"
            connection.send(("error", RashomonError(Errors.R018, what=what, reason=reason)))


class Analyzer:
    """Runs analyses and comparisons in worker processes within ``budget`` seconds each."""

    def __init__(self, model: str, workers: int,
                 budget: float = settings.WEB_ANALYSIS_BUDGET) -> None:
        self.model = model
        self.workers = workers
        self.budget = budget
        self.pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="rashomon")
        self.idle: queue.Queue[AnalysisProcess] = queue.Queue()
        self._processes: list[AnalysisProcess] = []
        self._starting = threading.Lock()
        self._started = False
        self._closed = False

    def warm(self) -> None:
        """Start the worker processes and wait until each has its pipeline loaded (and
        the lexicons and gazetteer it loads lazily), once, before the first analysis."""
        with self._starting:
            if self._started:
                return
            started = [AnalysisProcess(self.model) for _ in range(self.workers)]
            self._processes += started
            for process in started:
                process.wait_ready()
                self.idle.put(process)
            self._started = True

    def _job(self, job: tuple) -> Any:
        self.warm()
        try:
            process = self.idle.get(timeout=settings.WEB_QUEUE_SECONDS)
        except queue.Empty:
            raise RashomonError(Errors.R020, seconds=settings.WEB_QUEUE_SECONDS) from None
        try:
            result = process.run(job, self.budget)
        except Overrun:
            self._replace(process)
            raise RashomonError(Errors.R019, seconds=self.budget) from None
        except Stopped:
            self._replace(process)
            raise RashomonError(Errors.R021) from None
        except BaseException:
            self.idle.put(process)
            raise
        self.idle.put(process)
        return result

    def _replace(self, process: AnalysisProcess) -> None:
        """Kill ``process`` and start another in the background, retrying until one
        loads (a failure is logged, never lost)."""
        process.kill()
        if process in self._processes:
            self._processes.remove(process)
        threading.Thread(target=self._start_one, name="rashomon-restart", daemon=True).start()

    def _start_one(self) -> None:
        for attempt in range(1, 6):
            if self._closed:
                return
            fresh = AnalysisProcess(self.model)
            self._processes.append(fresh)
            try:
                fresh.wait_ready()
            except (Overrun, Stopped, RashomonError) as error:
                log.error("analysis process %d did not start (%s)", attempt, type(error).__name__)
                fresh.kill()
                self._processes.remove(fresh)
                time.sleep(attempt)
                continue
            self.idle.put(fresh)
            return

    def _analyze_all(self, documents: list[Document]) -> list[Record]:
        return [Record.model_validate_json(j) for j in self._job(("analyze", documents))]

    def _compare(self, a: Record, b: Record) -> Comparison:
        return Comparison.model_validate_json(self._job(("compare", a, b)))

    def _each(self, records: list[Record]) -> tuple[list[Comparison], ClaimMatrix]:
        firsts, matrix = self._job(("each", records))
        return ([Comparison.model_validate_json(c) for c in firsts],
                ClaimMatrix.model_validate_json(matrix))

    async def _run(self, function: Callable[..., T], *args: object) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.pool, partial(function, *args))

    async def analyze(self, *documents: Document) -> list[Record]:
        """Records of ``documents``, in order."""
        return await self._run(self._analyze_all, list(documents))

    async def compare(self, a: Record, b: Record) -> Comparison:
        """The Comparison of two Records."""
        return await self._run(self._compare, a, b)

    async def compare_each(self, records: list[Record]
                           ) -> tuple[list[Comparison], ClaimMatrix]:
        """The Comparison of the first Record with each other one, and the claim matrix
        of all of them."""
        return await self._run(self._each, records)

    def close(self) -> None:
        """Stop the worker processes and the dispatch threads."""
        self._closed = True
        self.pool.shutdown(wait=False, cancel_futures=True)
        for process in list(self._processes):
            process.kill()
        self._processes.clear()
