"""Start-up of whole processes: `rashomon --help` and `rashomon analyze` of a one-sentence
file, each run several times; prints the medians.

Run: .venv/bin/python benchmarks/startup.py [--runs 3] [--tree DIR]
--tree DIR times the rashomon package of another checkout (e.g. a `git worktree` of an
older commit) with this environment's libraries (and without the spaCy entry points this
install registers), to compare before and after a change.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SENTENCE = "Finnish President Anna Virtanen said on Friday that the border would stay open.\n"

_RUN_CLI = (
    "import sys\n"
    "tree = sys.argv.pop(1)\n"
    "if tree:\n"
    "    sys.meta_path[:] = [f for f in sys.meta_path if 'editable' not in repr(f).lower()]\n"
    "    sys.path.insert(0, tree)\n"
    "    import catalogue, importlib.metadata as md\n"  # this install's factories are not its
    "    catalogue.AVAILABLE_ENTRY_POINTS = md.EntryPoints(\n"
    "        e for group in catalogue.AVAILABLE_ENTRY_POINTS.values() for e in group\n"
    "        if not e.value.startswith('rashomon'))\n"
    "from rashomon.cli import app\n"
    "sys.argv[0] = 'rashomon'\n"
    "app()\n"
)


def _seconds(args: list[str], tree: str) -> float:
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _RUN_CLI, tree, *args], capture_output=True)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(done.stderr.decode()[-2000:])
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--tree", default="", help="another checkout's folder")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        sentence = Path(folder) / "sentence.txt"
        sentence.write_text(SENTENCE)
        for label, args in (("rashomon --help", ["--help"]),
                            ("rashomon analyze <one sentence>", ["analyze", str(sentence)])):
            times = [_seconds(args, options.tree) for _ in range(options.runs)]
            print(f"{label:<34} median {statistics.median(times):5.2f} s  "
                  f"({', '.join(f'{t:.2f}' for t in times)})", flush=True)


if __name__ == "__main__":
    main()
