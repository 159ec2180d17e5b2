"""A bounded load check of the HTTP API: N concurrent POST /api/analyze requests on
loopback against `rashomon serve` in its own process, with a light GET / probe running
alongside to show the event loop stays responsive while analyses run in the worker pool.

Run: .venv/bin/python benchmarks/web_load.py [--requests 60] [--concurrency 8]
Prints p50/p99/max latency, errors (must be 0), requests/s, the probe's latency, and the
server's throughput as a ratio of plain spaCy (nlp(text), one document at a time, the
Rashomon components off) on the same documents in the same run.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx2 as httpx

import rashomon
from rashomon import settings
from rashomon.nlp.pipeline import COMPONENTS, load, make_doc

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "wikinews" / "articles.jsonl"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


async def _load(url: str, texts: list[str], requests: int, concurrency: int) -> dict:
    latencies: list[float] = []
    probes: list[float] = []
    errors: list[str] = []
    queue = list(itertools.islice(itertools.cycle(texts), requests))
    done = asyncio.Event()

    async with httpx.AsyncClient(base_url=url, timeout=600) as client:

        async def worker() -> None:
            while queue:
                text = queue.pop()
                started = time.perf_counter()
                response = await client.post("/api/analyze", json={"text": text})
                latencies.append(time.perf_counter() - started)
                if response.status_code != 200:
                    errors.append(f"{response.status_code} {response.text[:100]}")

        async def probe() -> None:
            while not done.is_set():
                started = time.perf_counter()
                response = await client.get("/")
                probes.append(time.perf_counter() - started)
                if response.status_code != 200:
                    errors.append(f"probe {response.status_code}")
                await asyncio.sleep(0.2)

        started = time.perf_counter()
        prober = asyncio.create_task(probe())
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
        done.set()
        await prober
    return {"latencies": latencies, "probes": probes, "errors": errors, "elapsed": elapsed}


def _serve(port: int, workers: int) -> subprocess.Popen:
    server = subprocess.Popen(
        [sys.executable, "-m", "rashomon.cli", "serve", "--port", str(port), "--db",
         "/nonexistent/none.duckdb", "--workers", str(workers)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/", timeout=2).status_code == 200:
                return server
        except httpx.TransportError:
            time.sleep(0.5)
    server.kill()
    raise SystemExit(f"server did not start: {server.stderr.read().decode()[-500:]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=60)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--documents", type=int, default=30)
    parser.add_argument("--workers", type=int, default=settings.WEB_WORKERS,
                        help="the server's analysis processes")
    options = parser.parse_args()
    documents = list(itertools.islice(rashomon.read_many(CORPUS), options.documents))
    texts = [d.text for d in documents]
    nlp = load()
    with nlp.select_pipes(disable=list(COMPONENTS)):
        started = time.perf_counter()
        for document in itertools.islice(itertools.cycle(documents), options.requests):
            nlp(make_doc(nlp, document))
        spacy_seconds = time.perf_counter() - started
    port = _free_port()
    server = _serve(port, options.workers)
    try:
        result = asyncio.run(_load(f"http://127.0.0.1:{port}", texts, options.requests,
                                   options.concurrency))
    finally:
        server.terminate()
        server.wait(timeout=30)
    latencies, probes = result["latencies"], result["probes"]
    served_rate = options.requests / result["elapsed"]
    spacy_rate = options.requests / spacy_seconds
    print(f"{options.requests} POST /api/analyze, {options.concurrency} at a time, "
          f"{len(documents)} Wikinews articles, {options.workers} analysis processes")
    print(f"latency p50 {_percentile(latencies, 0.5):.2f} s, p99 "
          f"{_percentile(latencies, 0.99):.2f} s, max {max(latencies):.2f} s")
    print(f"errors {len(result['errors'])}" + (f": {result['errors'][:3]}"
                                                if result["errors"] else ""))
    print(f"throughput {served_rate:.2f} requests/s; plain spaCy {spacy_rate:.2f} docs/s; "
          f"ratio {served_rate / spacy_rate:.2f}")
    print(f"GET / during the load: {len(probes)} probes, p50 "
          f"{statistics.median(probes) * 1000:.0f} ms, p99 "
          f"{_percentile(probes, 0.99) * 1000:.0f} ms")
    if result["errors"]:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
