"""The fuzz properties of tests/test_fuzz.py run longer: N generated cases each (readers,
analyzer, API; N/5 for the linear-work property), same fixed seed as `make test`.

Run: .venv/bin/python benchmarks/fuzz.py [N]   (default 1000)
Prints pytest's summary and hypothesis's statistics (how many cases each property ran).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(examples: int) -> int:
    environment = {**os.environ, "RASHOMON_FUZZ_EXAMPLES": str(examples)}
    return subprocess.call([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                            "--hypothesis-show-statistics", str(ROOT / "tests" / "test_fuzz.py")],
                           cwd=ROOT, env=environment)


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000))
