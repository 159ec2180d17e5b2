"""Build gold.jsonl from pairs.yaml: snippets become [start, end] offsets.

Run: .venv/bin/python tests/data/compare/build_gold.py [FOLDER]  (default: this folder;
tests/data/compare/heldout holds the held-out pairs)
Lines: {"name", "a", "b", "only_in_a": [[s, e]...], "only_in_b": [...],
"conflicts": [{"a": [s, e], "b": [s, e]}]}.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent


def _span(text: str, snippet: str, name: str) -> list[int]:
    start = text.find(snippet)
    if start < 0 or text.find(snippet, start + 1) >= 0:
        raise SystemExit(f"{name}: {snippet[:40]!r} must occur exactly once")
    return [start, start + len(snippet)]


def main(folder: Path) -> None:
    lines = []
    for pair in yaml.safe_load((folder / "pairs.yaml").read_text(encoding="utf-8")):
        a, b, name = pair["a"], pair["b"], pair["name"]
        lines.append(json.dumps({
            "name": name, "a": a, "b": b,
            "only_in_a": [_span(a, s, name) for s in pair["only_in_a"]],
            "only_in_b": [_span(b, s, name) for s in pair["only_in_b"]],
            "conflicts": [
                {"a": _span(a, c["a"], name), "b": _span(b, c["b"], name)}
                for c in pair["conflicts"]
            ],
        }, ensure_ascii=False))
    (folder / "gold.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} pairs")


if __name__ == "__main__":
    main(Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else HERE)
