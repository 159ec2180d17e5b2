"""Build gold.jsonl from the articles of a folder and its annotations.yaml.

Run: .venv/bin/python tests/data/quotes/build_gold.py [FOLDER]
FOLDER defaults to this folder; tests/data/quotes/heldout holds the held-out set. Each
annotation names its content by its exact text. This script finds the offsets (the text
must occur exactly once in the article) and writes one JSON line per article in the
format of ``rashomon eval quotes``: {"path", "text", "quotes": [{start, end, speaker,
addressee, kind}]}.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent


def main(folder: Path) -> None:
    annotations = yaml.safe_load((folder / "annotations.yaml").read_text(encoding="utf-8"))
    lines = []
    for name, quotes in annotations.items():
        text = (folder / name).read_text(encoding="utf-8")
        gold = []
        for quote in quotes:
            content = quote["quote"]
            start = text.find(content)
            if start < 0 or text.find(content, start + 1) >= 0:
                raise SystemExit(f"{name}: {content[:40]!r} must occur exactly once")
            gold.append(
                {
                    "start": start,
                    "end": start + len(content),
                    "speaker": quote["speaker"],
                    "addressee": quote["addressee"],
                    "kind": quote["kind"],
                }
            )
        lines.append(json.dumps({"path": name, "text": text, "quotes": gold}, ensure_ascii=False))
    (folder / "gold.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} articles, {sum(len(q) for q in annotations.values())} quotes")


if __name__ == "__main__":
    main(Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else HERE)
