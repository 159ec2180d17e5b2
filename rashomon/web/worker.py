"""Analysis off the event loop: a thread pool sharing one loaded spaCy pipeline."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from pathlib import PurePath
from typing import TypeVar

from rashomon.analyze import analyze_many
from rashomon.compare import Comparison, compare
from rashomon.errors import Errors, RashomonError
from rashomon.nlp.pipeline import load
from rashomon.read import Document, from_text, kind_of
from rashomon.read.decode import decode
from rashomon.record import Record

T = TypeVar("T")

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


class Analyzer:
    """Runs analyses and comparisons in worker threads, with the model loaded once."""

    def __init__(self, model: str, workers: int) -> None:
        self.model = model
        self.pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="rashomon")
        self._loading = threading.Lock()
        self._warm = False

    def warm(self) -> None:
        """Load the pipeline (cached for the process) and the lexicons and gazetteer it
        loads lazily, once, before the first analysis."""
        with self._loading:
            if self._warm:
                return
            load(self.model)
            list(analyze_many([from_text(WARM_UP, what="warm-up")], model=self.model))
            self._warm = True

    async def _run(self, function: Callable[..., T], *args: object) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.pool, partial(function, *args))

    def _analyze_all(self, documents: list[Document]) -> list[Record]:
        self.warm()
        return list(analyze_many(documents, model=self.model))

    async def analyze(self, *documents: Document) -> list[Record]:
        """Records of ``documents``, in order."""
        return await self._run(self._analyze_all, list(documents))

    async def compare(self, a: Record, b: Record) -> Comparison:
        return await self._run(compare, a, b)

    def close(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
