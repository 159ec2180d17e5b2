"""The summary an editor would write: what both accounts say, in one line; then what each
leaves out; then what they dispute, naming the accounts by their publishers."""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

import numpy

from rashomon import settings
from rashomon.compare.models import Account, ClaimMatrix, Comparison, Conflict, Pair, Unit
from rashomon.compare.words import word_set
from rashomon.data import load_yaml
from rashomon.describe import shorten

if TYPE_CHECKING:
    from rashomon.compare.units import Claim

_QUOTES = {"“": "”", '"': '"', "‘": "’", "''": "''"}  # opening mark: its closing mark
_TRAILING = re.compile(r"(?:[\s.,;:—–]|\s-+)+$")  # a closing stop or dash; "co-" stays


class Wording:
    """What the summary knows of the claims of each account (in the order of the
    accounts) beyond their text: how each claim opens (with a name, a pronoun or another
    word), whether it stands alone as a sentence, where it can end early, and how close it
    comes to its account's headline (``headlines``: one unit vector per account, or None
    where it has none)."""

    def __init__(self, accounts: list[list[Claim]],
                 headlines: list[numpy.ndarray | None] | None = None) -> None:
        self.claims = {(side, c.unit.span): c for side, claims in enumerate(accounts)
                       for c in claims}
        self.headlines = headlines or [None] * len(accounts)

    def headline_closeness(self, unit: Unit, side: int) -> float:
        """The cosine of a claim and its account's headline: how near it comes to what
        the account is about (0 where either vector is unknown)."""
        claim = self.claims.get((side, unit.span))
        headline = self.headlines[side]
        if claim is None or claim.vector is None or headline is None:
            return 0.0
        return float(claim.vector @ headline)

    def reported(self, unit: Unit, side: int) -> str | None:
        """A claim as reported speech, without "that" ("engineers closed the bridge", its
        first word in lower case unless it is a name; a short name at its start in full),
        where it can be given so: a telling clause that stands alone as a sentence, with
        no quotation mark in it and not inside one (someone's words, perhaps cut from the
        rest of the quote), that opens with no pronoun (whose referent is in another
        sentence) nor with an aside ("But, the mayor added, …"), that speaks in no first
        person ("I knew …": the writer's or a speaker's own voice), is not written in
        capitals (a subheading), and whose own words (``_own_words``) fit in
        ``settings.COMPARE_SUMMARY_CHARS``, or do up to the last comma after its main
        clause that leaves at least half of that length ("Ruiz announced on Sunday she
        will resign" of "…, to be replaced by her deputy"). Else None."""
        claim = self.claims.get((side, unit.span))
        words = unit.text.split()
        if (claim is None or not claim.stands_alone or claim.opening not in ("name", "word")
                or not _telling(unit) or any(mark in unit.text for mark in _QUOTES)
                or claim.quoted or words[0].endswith(",") or claim.first_person
                or _in_capitals(unit.text)):
            return None
        limit = settings.COMPARE_SUMMARY_CHARS
        source, ends = _in_full(unit, claim)
        for end in ends:
            text = _own_words(source[:end])
            if len(text) <= limit:
                if end < len(source) and len(text) < limit // 2:
                    return None
                first = text.split()[0] if text else ""
                if claim.opening == "name" or claim.short_name or first[:2].isupper():
                    return text  # a name, or an abbreviation ("NATO", "FBI's")
                return text[:1].lower() + text[1:]
        return None


def _in_full(unit: Unit, claim: Claim) -> tuple[str, list[int]]:
    """A claim's text with the short name at its start in full ("Ham went on …" →
    "Norman Ham went on …"), and where in it the claim may end: at its end, else at a
    comma after its main clause, the last first."""
    ends = [len(unit.text)] + [c - unit.span[0] for c in reversed(claim.stops)]
    if claim.short_name is None:
        return unit.text, ends
    start, end, name = claim.short_name
    start, end = start - unit.span[0], end - unit.span[0]
    grown = len(name) - (end - start)
    return (unit.text[:start] + name + unit.text[end:],
            [at + grown if at >= end else at for at in ends])


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


def summary(comparison: Comparison, wording: Wording | None = None) -> str:
    """A few plain sentences on two accounts (``wording``: what is known of their claims;
    without it, claims are quoted whole). A shared point paired with a probability below
    ``settings.COMPARE_SUMMARY_SURE`` is one both accounts "may" report."""
    a = account_name(comparison.a, "the first account")
    b = account_name(comparison.b, "the second account")
    named = bool(comparison.a.publisher and comparison.b.publisher) and a != b
    if a == b:
        a, b = "the first account", "the second account"
    parts = []
    if comparison.in_both:
        disputed = {c.a.span for c in comparison.conflicts} | {
            c.b.span for c in comparison.conflicts}
        lead, side = max(((p, side) for p in comparison.in_both for side in (0, 1)),
                         key=lambda x: _leading(x[0], x[1], wording, disputed))
        more = len({p.a.span for p in comparison.in_both}) - 1
        hedge = "" if lead.score >= settings.COMPARE_SUMMARY_SURE else " may"
        both = f"{a} and {b}{hedge} both" if named else f"Both accounts{hedge}"
        parts.append(f"{both} report {_reported(lead.b if side else lead.a, side, wording)}"
                     + (f"; they share {more} other point{_s(more)}." if more else "."))
    else:
        parts.append("No point was found in both accounts: they may tell of different "
                     "events, or say the same in words too far apart to match.")
    for side, (units, owner) in enumerate(((comparison.only_in_a, a),
                                           (comparison.only_in_b, b))):
        if units:
            parts.append(_only(owner, units, side, wording))
    disputes = []
    for conflict in comparison.conflicts:
        line = _dispute(conflict, a, b)
        if line not in disputes:
            disputes.append(line)
    if not disputes and comparison.in_both:
        disputes.append("No number, date, actor, speaker or stand was found in dispute.")
    return " ".join(_capital(p) for p in parts + disputes)


def _leading(pair: Pair, side: int, wording: Wording | None,
             disputed: set[tuple[int, int]] = frozenset()) -> tuple:
    """How well a shared claim (``side``'s wording of ``pair``) leads the summary: a whole
    claim that starts a sentence first, then one that neither account disputes (no claim
    of the pair is in a conflict: ``disputed`` holds their spans), then a pair sure
    enough to say both report it,
    then one that can be given as reported speech, then the pair nearest the two
    headlines (the news both tell, not the background both repeat), then the likeliest
    pair, then the shorter of its two wordings (less of one account's framing)."""
    unit = pair.b if side else pair.a
    sayable = wording is not None and wording.reported(unit, side) is not None
    near = 0.0 if wording is None else (wording.headline_closeness(pair.a, 0)
                                        + wording.headline_closeness(pair.b, 1))
    undisputed = pair.a.span not in disputed and pair.b.span not in disputed
    return (_telling(unit), undisputed, pair.score >= settings.COMPARE_SUMMARY_SURE, sayable,
            round(near, settings.COMPARE_HEADLINE_DIGITS), pair.score, -len(unit.text))


def _telling(unit: Unit) -> bool:
    """A whole claim of some length that starts a sentence, not a phrase or the tail of
    another claim ("and even assured the crowd …"): what a summary names."""
    text = unit.text.lstrip("“\"‘'(")
    return (unit.kind != "detail" and bool(text) and not text[:1].islower()
            and text[:1] not in ",;:.)]-–—"
            and len(unit.text.split()) >= settings.COMPARE_SUMMARY_WORDS)


def _only(owner: str, units: list[Unit], side: int, wording: Wording | None) -> str:
    """The points only one account makes that come nearest its headline (what the story
    is about, not its background), in the order it makes them (without a headline, its
    first points: news puts what matters first), as reported speech where they can be
    given so (a sentence the account says twice, once), else quoted; and how many more
    there are."""
    said: dict[str, Unit] = {}
    for unit in units if wording else ():
        if (text := wording.reported(unit, side)) is not None:
            said.setdefault(text, unit)
    nearest = sorted(said.items(), key=lambda item: -wording.headline_closeness(item[1], side))
    listed = [f"that {text}" for text, _ in sorted(nearest[: settings.COMPARE_SUMMARY_ITEMS],
                                                    key=lambda item: item[1].span)]
    joint = ", and "
    if not listed:
        ranked = [u for u in units if _telling(u)] or units
        listed, joint = [_point(u) for u in ranked[: settings.COMPARE_SUMMARY_ITEMS]], "; "
    more = len(units) - len(listed)
    return (f"Only {owner} reports {joint.join(listed)}"
            + (f" ({more} more point{_s(more)} only it makes)." if more else "."))


def _dispute(conflict: Conflict, a: str, b: str) -> str:
    about = (conflict.about or "").split(" (")[0]  # "share of the vote (Ilmar Wren)"
    what = _subjects().get(about, _subjects().get(conflict.what, conflict.what))
    if conflict.what in ("polarity", "stance"):
        return (f"They differ on {what}: {a} has {_point(conflict.a)}, "
                f"{b} has {_point(conflict.b)}.")
    values = [_days_read(v) if conflict.what == "date" else v
              for v in (conflict.a_value, conflict.b_value)]
    return f"They differ on {what}: {a} has {values[0]}, {b} has {values[1]}."


def _days_read(days: str) -> str:
    """ISO days as a reader writes them ("2024-03-13, 2024-03-14" → "13 March 2024 or 14
    March 2024")."""
    def read(day: str) -> str:
        try:
            told = date.fromisoformat(day)
        except ValueError:
            return day
        return f"{told.day} {told:%B %Y}"

    return " or ".join(read(d.strip()) for d in days.split(","))


def _point(unit: Unit) -> str:
    """A claim in its own words, quoted ("and even promised …" → "“even promised …”")."""
    return f"“{_cut(_own_words(unit.text))}”"


def _in_capitals(text: str) -> bool:
    """Most of the letters are capitals: a subheading ("FELLOW DOCTORS DON'T …")."""
    letters = [c for c in text if c.isalpha()]
    return 2 * sum(c.isupper() for c in letters) > len(letters)


def _own_words(text: str) -> str:
    """A claim's words without the conjunction that tied it to the claim before ("and",
    "But,"), its closing stop or dash, and the quotation marks around it when they enclose it
    whole."""
    words = text.split()
    if len(words) > 1 and words[0].lower().rstrip(",") in word_set("joining_words"):
        words = words[1:]
    text = _TRAILING.sub("", " ".join(words))
    for opening, closing in _QUOTES.items():
        inner = text[len(opening) : -len(closing)]
        if (text.startswith(opening) and text.endswith(closing) and len(text) > 2 * len(opening)
                and not any(mark in inner for mark in (*_QUOTES, *_QUOTES.values()))):
            return _TRAILING.sub("", inner)
    return text


def _reported(unit: Unit, side: int, wording: Wording | None) -> str:
    """A claim as reported speech ("that engineers closed the bridge") where it can be
    given so (``Wording.reported``); a piece that is no whole clause ("and to take …")
    quoted as the tail of a sentence; else quoted, cut."""
    text = wording.reported(unit, side) if wording else None
    if text is not None:
        return f"that {text}"
    if wording is not None and not _telling(unit):
        return f"“…{_cut(_own_words(unit.text))}”"
    return _point(unit)


def _cut(text: str, limit: int = 0) -> str:
    return shorten(" ".join(text.split()), limit or settings.COMPARE_SUMMARY_CHARS)


def _s(count: int) -> str:
    return "" if count == 1 else "s"


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


@cache
def _subjects() -> dict[str, str]:
    return load_yaml("compare_words.yaml")["disputes"]


def matrix_summary(matrix: ClaimMatrix, wording: Wording | None = None) -> str:
    """A few plain sentences on two or more accounts (``wording``: what is known of their
    claims; without it, claims are quoted)."""
    names = [account_name(a, f"account {n + 1}") for n, a in enumerate(matrix.accounts)]
    everyone = [r for r in matrix.rows if all(c.mark != "not said" for c in r.cells)]
    parts = [f"{len(matrix.accounts)} accounts; {len(everyone)} of {len(matrix.rows)} "
             f"claims are made by all."]
    for n, name in enumerate(names):
        alone = [r for r in matrix.rows if r.cells[n].mark != "not said"
                 and sum(c.mark != "not said" for c in r.cells) == 1]
        if alone:
            parts.append(_only(name, [r.cells[n].unit for r in alone], n, wording))
    disputed = [r for r in matrix.rows if r.conflict]
    for row in disputed[: settings.COMPARE_SUMMARY_ITEMS]:
        values = "; ".join(f"{names[n]}: {c.value}" for n, c in enumerate(row.cells)
                           if c.mark == "disputed")
        parts.append(f"Disputed ({row.conflict}): {values}.")
    return " ".join(parts)
