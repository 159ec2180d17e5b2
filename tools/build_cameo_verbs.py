"""Compile the CAMEO verb dictionary (PETRARCH-2 format, MIT) and the CAMEO-to-PLOVER
table into the files the events component reads. Run from the project root:

    python tools/build_cameo_verbs.py ../shared/data

Writes ``rashomon/data/cameo_verbs.json`` (from ``petrarch/dictionaries/CAMEO.2.0.txt``)
and ``rashomon/data/cameo_plover.tsv`` (from ``plover/CAMEO2PLOVER-2021.txt``).

Verb dictionary format (PETRARCH-2 documentation, "Verb Dictionary"): ``&NAME`` opens a
synonym set whose ``+PHRASE`` lines follow; ``--- NAME [code] ---`` opens a block of
synonymous verbs, each on its own line (``WORD {IRREGULAR FORMS} [own code]``, multi-word
verbs as ``+ASK_FOR``), then its patterns ``- before * after [code]``: ``*`` is the verb,
``(PREP words)`` a prepositional phrase, ``{words}`` a noun phrase, ``&NAME`` any phrase
of a set; ``+``, ``$``, ``^`` and ``%`` mark the target, the source, a skip and a compound
and are not words. ``[---]`` (or no code) means no event.

The JSON holds, per verb (lower case; a multi-word verb as "ask for"), its own code (or
null) and the numbers of its blocks; per block, its patterns as ``[code, before, after,
prepositional, verbs]``: ``before`` and ``after`` are lists of slots, a slot is a list of
alternative phrases, ``prepositional`` is a list of ``[preposition, slots]``, and
``verbs`` the block's verbs the pattern was written for (null: all); and ``forms``, each
inflected form of a verb ("lambasted") -> the verb, for words the parser lemmatises
otherwise.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "rashomon" / "data"
HEADER = re.compile(r"^---\s+(.*?)\s+\[([^\]]*)\]\s+---")
CODE = re.compile(r"\[([^\]]*)\]")
NOT_WORDS = {"+", "$", "^", "%", "*", "**"}


def _words(phrase: str) -> str:
    return " ".join(phrase.replace("_", " ").lower().split())


def _code(text: str) -> str | None:
    """A pattern's code: the first of ``042:043`` (the second is the target's reply)."""
    code = text.split(":")[0].strip()
    return code if code and code != "---" and code.isdigit() else None


def _read_synsets(lines: list[str]) -> dict[str, list[str]]:
    sets: dict[str, list[str]] = {}
    current = None
    for raw in lines:
        line = raw.split("#", 1)[0].rstrip()
        if line.startswith("&"):
            current = line.split()[0].rstrip("_")
            sets[current] = []
        elif line.startswith("+") and current and not line.startswith("+ "):
            sets[current].append(_words(line[1:]))
        elif not line.strip():
            continue
        elif line.startswith("---"):
            current = None
    return sets


def _slots(tokens: list[str], synsets: dict[str, list[str]]) -> list[list[str]]:
    """Word tokens of a pattern side as slots of alternative phrases; ``{a b}`` is one
    phrase, ``&SET`` the phrases of the set (KeyError for a set the dictionary never
    defines: the caller drops that pattern)."""
    slots: list[list[str]] = []
    phrase: list[str] | None = None
    for token in tokens:
        opens, closes = token.startswith("{"), token.endswith("}")
        token = token.strip("{}")
        if opens:
            phrase = []
        if token and token not in NOT_WORDS:
            if token.startswith("&"):
                members = synsets.get(token.rstrip("_"))
                if members is None:
                    raise KeyError(token)
                slots.append(members)  # inside a phrase too: its own slot
            elif phrase is not None:
                phrase.append(_words(token))
            else:
                slots.append([_words(token)])
        if closes and phrase is not None:
            if phrase:
                slots.append([" ".join(phrase)])
            phrase = None
    return slots


def _pattern(line: str, synsets: dict[str, list[str]]) -> list | None:
    found = CODE.search(line)
    if found is None:
        return None
    body = line[1 : found.start()].strip()
    code = _code(found.group(1))
    if "*" not in body.split():
        return None
    before_text, after_text = body.split("*", 1)
    prepositional, plain = [], []
    try:
        for group in re.split(r"(\([^)]*\))", after_text):
            if group.startswith("("):
                words = group.strip("()").split()
                if words and words[0] not in NOT_WORDS and not words[0].startswith("&"):
                    prepositional.append([_words(words[0]), _slots(words[1:], synsets)])
            else:
                plain += group.split()
        return [code, _slots(before_text.split(), synsets), _slots(plain, synsets),
                prepositional]
    except KeyError:
        return None  # a pattern naming a set the dictionary never defines


def _verb_name(line: str) -> str:
    name = line.split("{", 1)[0].split("[", 1)[0].split("#", 1)[0].strip().lstrip("+")
    return _words(name)


def _forms(line: str, name: str) -> set[str]:
    """The written forms of a block's verb: itself, its irregular forms in ``{...}`` and
    its regular inflections (lower case, words joined by a space)."""
    irregular = re.search(r"\{([^}]*)\}", line.split("#", 1)[0])
    forms = {name} | {_words(w) for w in (irregular.group(1).split() if irregular else [])}
    head, _, rest = name.partition(" ")
    stems = [head + "s", head + "es", head + "ed", head + "d", head + "ing", head[:-1] + "ied",
             head[:-1] + "ies", head + head[-1] + "ed", head + head[-1] + "ing"]
    return forms | {" ".join(filter(None, (stem, rest))) for stem in stems}


def _origin(raw: str) -> list[str]:
    """The verbs a pattern's comment names ("# STEP_UP , STEPPED_UP <ab 02 Dec 2005>")."""
    comment = raw.split("#", 1)[1] if "#" in raw else ""
    comment = comment.split("<", 1)[0]
    return [_words(w) for w in re.findall(r"[A-Z][A-Z_'-]+", comment)]


def _finish(block: list, forms: dict[str, set[str]]) -> list:
    """A block's patterns, each with the verbs its comment names (null: all of them)."""
    finished = []
    for pattern, origin in block:
        verbs = sorted({name for word in origin for name, written in forms.items()
                        if word in written})
        finished.append([*pattern, verbs or None])
    return finished


def read_verbs(path: Path) -> tuple[dict[str, list], list[list], dict[str, str]]:
    """(verb -> [own code or null, block numbers], blocks' patterns, written form ->
    verb) from a CAMEO verb dictionary; a verb listed in several blocks takes the
    patterns of each. A pattern
    whose comment names the verb it was written for holds for that verb only (the
    block's "TAKE * PART" is no pattern of "capture")."""
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    start = next(i for i, line in enumerate(lines) if "VERB PATTERNS" in line)
    end = next((i for i, line in enumerate(lines) if "TRANSFORMATIONS" in line), len(lines))
    synsets = _read_synsets(lines[:end])
    verbs: dict[str, list] = {}
    blocks: list[list] = []
    pending: list = []
    forms: dict[str, set[str]] = {}
    written: dict[str, str] = {}
    block_code: str | None = None
    for raw in lines[start:end]:
        line = raw.rstrip()
        header = HEADER.match(line)
        if header:
            if blocks:
                blocks[-1] = _finish(pending, forms)
            block_code, pending, forms = _code(header.group(2)), [], {}
            blocks.append([])
            continue
        text = line.split("#", 1)[0].strip()
        if not text or text.startswith("&") or line.startswith("#") or not blocks:
            continue
        if text.startswith("-"):
            pattern = _pattern(text, synsets)
            if pattern is not None:
                pending.append((pattern, _origin(line)))
            continue
        name = _verb_name(text)
        if not name or not re.fullmatch(r"[a-z' -]+", name):
            continue
        written_forms = _forms(text, name)
        forms.setdefault(name, set()).update(written_forms)
        for form in written_forms - {name}:
            written.setdefault(form, name)
        own = CODE.search(text.split("}")[-1])
        code = _code(own.group(1)) if own else block_code
        entry = verbs.setdefault(name, [None, []])
        entry[0] = entry[0] or code
        if len(blocks) - 1 not in entry[1]:
            entry[1].append(len(blocks) - 1)
    if blocks:
        blocks[-1] = _finish(pending, forms)
    return verbs, blocks, {f: v for f, v in written.items() if f not in verbs}


def read_plover(path: Path) -> list[tuple[str, str, str]]:
    """(CAMEO code, PLOVER 2021 category, PLOVER mode) rows of CAMEO2PLOVER-2021."""
    rows = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not re.match(r"^\d{2,4}:", line):
            continue
        code, rest = line.split(":", 1)
        parts = [p.strip() for p in rest.split(",")]
        mode = parts[1] if len(parts) > 1 else ""
        rows.append((code, parts[0], mode))
    return rows


def main(data: Path) -> None:
    verbs, blocks, written = read_verbs(data / "petrarch" / "dictionaries" / "CAMEO.2.0.txt")
    out = {
        "source": "CAMEO.2.0.txt (openeventdata/petrarch2, commit "
                  "676801cd9cb2924bbbad09f86d15c9323e7097bf), MIT; see NOTICE-cameo.txt",
        "verbs": dict(sorted(verbs.items())),
        "blocks": blocks,
        "forms": dict(sorted(written.items())),
    }
    (OUT / "cameo_verbs.json").write_text(json.dumps(out, separators=(",", ":")) + "\n",
                                          encoding="utf-8")
    rows = [*read_plover(data / "plover" / "CAMEO2PLOVER-2021.txt"), ("02", "REQUEST", "")]
    header = (
        "# CAMEO event code -> PLOVER 2021 category and PLOVER mode, compiled by\n"
        "# tools/build_cameo_verbs.py from CAMEO2PLOVER-2021.txt (PLOVER manual draft 0.8,\n"
        "# 17 September 2021, ed. Philip Schrodt; openeventdata/PLOVER, commit\n"
        "# 5e0c24fba623f2d8df5ae3c7de7a94dba90d5b6f). Copyright (c) 2016 Open Event Data\n"
        "# Alliance, Creative Commons Attribution-ShareAlike 4.0: this table is shared under\n"
        "# the same licence. CAMEO 02 (appeal) has no row there; its row here (REQUEST) is\n"
        "# Rashomon's, as PLOVER 0.5b1 read it (DEMAND, folded into REQUEST in 2021).\n"
        "code\ttype\tmode\n"
    )
    body = "".join(f"{code}\t{type_}\t{mode}\n" for code, type_, mode in rows)
    (OUT / "cameo_plover.tsv").write_text(header + body, encoding="utf-8")
    patterns = sum(len(b) for b in blocks)
    print(f"{len(verbs)} verbs, {patterns} patterns; {len(rows)} CAMEO->PLOVER rows")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
