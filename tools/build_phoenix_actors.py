"""Compile the Phoenix actor dictionaries (TABARI format, MIT) into
``rashomon/data/phoenix_actors.tsv``: one row per name and code, with the dates the code
holds. Run from the project root:

    python tools/build_phoenix_actors.py ../shared/data/petrarch/dictionaries

TABARI format: an entry opens with a name line (words joined by ``_``, maybe with codes in
``[...]`` on the same line), then ``+SYNONYM`` lines, then indented ``[CODE range]`` lines;
a range is ``>yymmdd`` (from), ``<yymmdd`` (until) or ``yymmdd-yymmdd``; ``#`` starts a
comment; ``[ELI]`` (elite) is not a code and is skipped.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
         "Phoenix.MilNonState.actors.txt")
CODE = re.compile(r"\[([A-Z]{3,})(?:\s+([<>]?\d{6,8})(?:-(\d{6,8}))?)?\s*\]")


def _iso(date: str) -> str:
    """yymmdd or yyyymmdd -> YYYY-MM-DD (two-digit years: 50-99 are 19xx)."""
    if len(date) == 6:
        year = int(date[:2])
        date = f"{1900 + year if year >= 50 else 2000 + year}{date[2:]}"
    return f"{date[:4]}-{date[4:6]}-{date[6:8]}"


def _codes(line: str) -> list[tuple[str, str, str]]:
    found = []
    for code, first, second in CODE.findall(line.split("#", 1)[0]):
        if code == "ELI":
            continue
        start = end = ""
        if first.startswith(">"):
            start = _iso(first[1:])
        elif first.startswith("<"):
            end = _iso(first[1:])
        elif first:
            start, end = _iso(first), _iso(second) if second else ""
        found.append((code, start, end))
    return found


def _name(token: str) -> str:
    return " ".join(token.strip("+").replace("_", " ").split()).lower()


ROLES = {"GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED", "EDU", "BUS", "CRM",
         "CVL", "ELI", "LEG", "HLH", "REF", "LAB", "AGR", "ENV", "REL", "SET", "INS", "IMG",
         "HRI", "DEV", "UAF", "MOD", "RAD", "NGO", "MNC", "IGO", "NGM"}


def _is_actor(code: str) -> bool:
    """A code with a role (``USACOP``, ``MNCJPN``, ``IGOUNO``), not a bare or historical
    country code (``UKR``, ``USRUKR``): places are left to the gazetteer."""
    return code[:3] in ROLES or code[3:6] in ROLES


def entries(path: Path):
    names: list[str] = []
    codes: list[tuple[str, str, str]] = []
    for raw in path.read_text(encoding="latin-1").splitlines():
        body = raw.split("#", 1)[0]
        if not body.strip():
            continue
        if raw[0] in " \t":
            codes += _codes(body)
        elif raw.startswith("+"):
            names.append(_name(body.split("[", 1)[0]))
            codes += _codes(body)
        else:
            if names and codes:
                yield names, codes
            names, codes = [_name(body.split("[", 1)[0])], _codes(body)
    if names and codes:
        yield names, codes


def main(folder: str) -> None:
    rows: dict[tuple[str, str, str, str], None] = {}
    for file in FILES:
        for names, codes in entries(Path(folder) / file):
            for name in names:
                if len(name) < 2 or not re.search(r"[a-z]", name):
                    continue
                for code in codes:
                    if _is_actor(code[0]):
                        rows[(name, *code)] = None
    out = Path(__file__).parents[1] / "rashomon" / "data" / "phoenix_actors.tsv"
    header = (
        "# Names of actors and the CAMEO actor codes the Phoenix dictionaries give them, with\n"
        "# the dates a code holds (empty: always). Source: Open Event Data Alliance, Phoenix\n"
        "# actor dictionaries (Phoenix.Countries, Phoenix.International, Phoenix.MilNonState;\n"
        "# CountryInfo 2014-01-30), actors only (a code with a role), MIT licence, see\n"
        "# NOTICE-phoenix.txt. Compiled by tools/build_phoenix_actors.py; names lower-cased,\n"
        "# underscores read as spaces.\n"
        "name\tcode\tstart\tend\n"
    )
    with out.open("w", encoding="utf-8") as handle:
        handle.write(header)
        for row in sorted(rows):
            handle.write("\t".join(row) + "\n")
    print(f"{len(rows)} rows -> {out}")


if __name__ == "__main__":
    main(sys.argv[1])
