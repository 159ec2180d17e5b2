"""The summary an editor would write: what both accounts say, in one line; then what each
leaves out; then what they dispute, naming the accounts by their publishers."""

from __future__ import annotations

import re
from functools import cache

from rashomon import settings
from rashomon.compare.models import Account, ClaimMatrix, Comparison, Conflict, Unit
from rashomon.compare.words import word_set
from rashomon.data import load_yaml
from rashomon.describe import shorten


def account_name(account: Account, fallback: str = "") -> str:
    """A short name for an account: its publisher without the bracketed detail or what
    follows a comma ("Pellin Post, citing the mayor's office"), else its title in quotes,
    else ``fallback``."""
    if account.publisher:
        name = re.sub(r"\s*\([^)]*\)", "", account.publisher).split(",")[0].strip()
        return name or account.publisher
    if account.title:
        return f"“{_cut(account.title, settings.COMPARE_SUMMARY_CHARS // 2)}”"
    return fallback


def summary(comparison: Comparison) -> str:
    """A few plain sentences on two accounts."""
    a = account_name(comparison.a, "the first account")
    b = account_name(comparison.b, "the second account")
    named = bool(comparison.a.publisher and comparison.b.publisher) and a != b
    if a == b:
        a, b = "the first account", "the second account"
    parts = []
    if comparison.in_both:
        lead = max(comparison.in_both, key=lambda p: (_telling(p.a), p.score))
        more = len({p.a.span for p in comparison.in_both}) - 1
        both = f"{a} and {b} both" if named else "Both accounts"
        parts.append(f"{both} report {_point(lead.a)}"
                     + (f", and {more} other point{_s(more)}." if more else "."))
    else:
        parts.append("No point was found in both accounts: they may tell of different "
                     "events, or say the same in words too far apart to match.")
    for units, owner in ((comparison.only_in_a, a), (comparison.only_in_b, b)):
        if units:
            parts.append(_only(owner, units))
    disputes = []
    for conflict in comparison.conflicts:
        line = _dispute(conflict, a, b)
        if line not in disputes:
            disputes.append(line)
    if not disputes and comparison.in_both:
        disputes.append("No number, date, actor, speaker or stand was found in dispute.")
    return " ".join(_capital(p) for p in parts + disputes)


def _telling(unit: Unit) -> bool:
    """A whole claim of some length that starts a sentence, not a phrase or the tail of
    another claim ("and even assured the crowd …"): what a summary names."""
    text = unit.text.lstrip("“\"‘'(")
    return (unit.kind != "detail" and not text[:1].islower()
            and len(unit.text.split()) >= settings.COMPARE_SUMMARY_WORDS)


def _only(owner: str, units: list[Unit]) -> str:
    """The first telling points only one account makes, in the order it makes them (news
    puts what matters first), and how many more there are."""
    ranked = [u for u in units if _telling(u)] or units
    shown = ranked[: settings.COMPARE_SUMMARY_ITEMS]
    listed = "; ".join(_point(u) for u in shown)
    more = len(units) - len(shown)
    return f"Only {owner} reports {listed}" + (f" (and {more} more)." if more else ".")


def _dispute(conflict: Conflict, a: str, b: str) -> str:
    what = _subjects().get(conflict.about or "", _subjects().get(conflict.what, conflict.what))
    if conflict.what in ("polarity", "stance"):
        return (f"They differ on {what}: {a} has {_point(conflict.a)}, "
                f"{b} has {_point(conflict.b)}.")
    return f"They differ on {what}: {a} has {conflict.a_value}, {b} has {conflict.b_value}."


def _point(unit: Unit) -> str:
    """A claim in its own words, without the conjunction that tied it to the claim before
    ("and even promised …" → "even promised …")."""
    words = unit.text.split()
    if len(words) > 1 and words[0].lower() in word_set("joining_words"):
        words = words[1:]
    return f"“{_cut(' '.join(words).rstrip('.,;'))}”"


def _cut(text: str, limit: int = 0) -> str:
    return shorten(" ".join(text.split()), limit or settings.COMPARE_SUMMARY_CHARS)


def _s(count: int) -> str:
    return "" if count == 1 else "s"


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


@cache
def _subjects() -> dict[str, str]:
    return load_yaml("compare_words.yaml")["disputes"]


def matrix_summary(matrix: ClaimMatrix) -> str:
    """A few plain sentences on two or more accounts."""
    names = [account_name(a, f"account {n + 1}") for n, a in enumerate(matrix.accounts)]
    everyone = [r for r in matrix.rows if all(c.mark != "not said" for c in r.cells)]
    parts = [f"{len(matrix.accounts)} accounts; {len(everyone)} of {len(matrix.rows)} "
             f"claims are made by all."]
    for n, name in enumerate(names):
        alone = [r for r in matrix.rows if r.cells[n].mark != "not said"
                 and sum(c.mark != "not said" for c in r.cells) == 1]
        if alone:
            parts.append(f"Only {name} reports {len(alone)} claim{_s(len(alone))}, such as "
                         f"“{_cut(alone[0].claim)}”.")
    disputed = [r for r in matrix.rows if r.conflict]
    for row in disputed[: settings.COMPARE_SUMMARY_ITEMS]:
        values = "; ".join(f"{names[n]}: {c.value}" for n, c in enumerate(row.cells)
                           if c.mark == "disputed")
        parts.append(f"Disputed ({row.conflict}): {values}.")
    return " ".join(parts)
