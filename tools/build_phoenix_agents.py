"""Compile the Phoenix agents dictionary (PETRARCH-2 format, MIT) into
``rashomon/data/phoenix_agents.tsv``: one row per agent noun phrase (lower case, singular
and plural) and the sector code it gives an actor. Run from the project root:

    python tools/build_phoenix_agents.py ../shared/data/petrarch/dictionaries

Format (PETRARCH-2 documentation, "Agent Dictionary"): ``PHRASE {PLURALS} [~CODE]``; words
joined by ``_``; ``{}`` means no regular plural, ``{A B}`` lists the plurals; otherwise the
regular plural is made (+S, Y -> IES, SS -> SSES); ``!NAME!`` is replaced by each member
of its substitution set (``!PERSON! = MAN, MEN, ...``); ``[CODE~]`` (a prefix, e.g. NGO~)
is kept as a code of its own; ``#`` starts a comment. Phoenix's ``PPL`` (people) is read
as CAMEO's ``CVL`` (civilians).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "rashomon" / "data" / "phoenix_agents.tsv"
ENTRY = re.compile(r"^([^\[{#]+?)\s*(\{[^}]*\})?\s*\[([^\]]+)\]")
SUBSTITUTION = re.compile(r"^!(\w+)!\s*=\s*(.+)$")
RENAMED = {"PPL": "CVL"}


def _plural(word: str) -> str:
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "sh", "ch", "x")):
        return word + "es"
    return word + "s"


def _phrase(text: str) -> str:
    return " ".join(text.replace("_", " ").lower().split())


def read_agents(path: Path) -> dict[str, str]:
    """phrase -> sector code, from an agents dictionary."""
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    sets: dict[str, list[str]] = {}
    for line in lines:
        found = SUBSTITUTION.match(line.split("#", 1)[0].strip())
        if found:
            sets[found.group(1)] = [w.strip() for w in found.group(2).split(",") if w.strip()]
    agents: dict[str, str] = {}
    for line in lines:
        found = ENTRY.match(line.split("#", 1)[0].strip())
        if found is None:
            continue
        name, plurals, code = found.groups()
        code = code.replace("~", "")
        code = RENAMED.get(code, code)
        if not re.fullmatch(r"[A-Z]{3,9}", code):
            continue
        names = [name.strip()]
        for label, members in sets.items():
            marker = f"!{label}!"
            names = [n.replace(marker, m) for n in names for m in members] if any(
                marker in n for n in names) else names
        for written in names:
            if "!" in written:
                continue
            phrase = _phrase(written)
            forms = {phrase}
            if plurals is None:
                head, _, last = phrase.rpartition(" ")
                forms.add(f"{head} {_plural(last)}".strip())
            else:
                forms |= {_phrase(p) for p in plurals.strip("{}").split()}
            for form in forms:
                if form and re.fullmatch(r"[a-z' .-]+", form):
                    agents.setdefault(form, code)
    return agents


def main(folder: Path) -> None:
    agents = read_agents(folder / "Phoenix.agents.txt")
    header = (
        "# Agent nouns -> the sector code they give an actor (\"police\" -> COP). Compiled by\n"
        "# tools/build_phoenix_agents.py from Phoenix.agents.txt as distributed with PETRARCH-2\n"
        "# (github.com/openeventdata/petrarch2, commit 676801cd9cb2924bbbad09f86d15c9323e7097bf,\n"
        "# petrarch2/data/dictionaries/), MIT licence: see NOTICE-phoenix.txt.\n"
        "phrase\tcode\n"
    )
    rows = "".join(f"{phrase}\t{code}\n" for phrase, code in sorted(agents.items()))
    OUT.write_text(header + rows, encoding="utf-8")
    print(f"{len(agents)} agent phrases")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
