"""The summary an editor would write: what both accounts say, in one line; then what each
leaves out, by what it is about; then what they dispute, naming the accounts by their
publishers."""

from __future__ import annotations

import re
from functools import cache

from rashomon import settings
from rashomon.compare.align import rarity
from rashomon.compare.models import Account, ClaimMatrix, Comparison, Conflict, Unit
from rashomon.compare.units import Claim, content_of
from rashomon.compare.words import word_set
from rashomon.data import load_yaml
from rashomon.describe import shorten

_QUOTE_MARKS = "“\"‘'"


class Wording:
    """What the summary knows of the claims beyond their text: whether a claim opens with
    a name, what it is about, and which words each account uses at all."""

    def __init__(self, claims_a: list[Claim], claims_b: list[Claim]) -> None:
        self.claims = {(side, c.unit.span): c for side, claims in (("a", claims_a),
                                                                   ("b", claims_b))
                       for c in claims}
        self.said = {side: set().union(*(content_of(c.unit.text) for c in claims))
                     for side, claims in (("a", claims_a), ("b", claims_b))}
        self.weight = rarity([content_of(c.unit.text) for c in claims_a + claims_b])

    def topic(self, unit: Unit, side: str) -> str | None:
        """The noun phrase of a claim that says most of what the other account does not:
        the sum of its words' rarity over the words the other account never uses, half
        for a subject (who acts, rather than what is done); a lone common noun ("tone")
        says too little, and so does someone or somewhere the other account names too
        ("Sen. Ana Ruiz of Pellin" beside "Ruiz"). None when no phrase says anything
        new."""
        claim = self.claims.get((side, unit.span))
        other = self.said["b" if side == "a" else "a"]
        best, best_score = None, 0.0
        for topic in claim.topics if claim else []:
            text = " ".join(unit.text[topic.span[0] - unit.span[0] :
                                      topic.span[1] - unit.span[0]].split())
            if topic.common_first:
                text = text[:1].lower() + text[1:]
            new = content_of(text) - other
            if (not new or len(text.split()) > settings.COMPARE_TOPIC_WORDS
                    or (not topic.named and topic.content_words < 2)
                    or (topic.head_named and content_of(topic.head) <= other)):
                continue
            score = sum(self.weight.get(w, 0.0) for w in new) * (0.5 if topic.subject else 1)
            if score > best_score:
                best, best_score = text, score
        return best

    def opens_with_name(self, unit: Unit, side: str) -> bool | None:
        claim = self.claims.get((side, unit.span))
        return claim.opens_with_name if claim else None


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
    without it, claims are quoted whole)."""
    a = account_name(comparison.a, "the first account")
    b = account_name(comparison.b, "the second account")
    named = bool(comparison.a.publisher and comparison.b.publisher) and a != b
    if a == b:
        a, b = "the first account", "the second account"
    parts = []
    if comparison.in_both:
        lead, side = max(((p, side) for p in comparison.in_both for side in "ab"),
                         key=lambda x: (_telling(getattr(*x)), x[0].score, x[1] == "a"))
        more = len({p.a.span for p in comparison.in_both}) - 1
        both = f"{a} and {b} both" if named else "Both accounts"
        parts.append(f"{both} report {_reported(getattr(lead, side), side, wording)}"
                     + (f"; they share {more} other point{_s(more)}." if more else "."))
    else:
        parts.append("No point was found in both accounts: they may tell of different "
                     "events, or say the same in words too far apart to match.")
    for units, owner, side in ((comparison.only_in_a, a, "a"), (comparison.only_in_b, b, "b")):
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


def _telling(unit: Unit) -> bool:
    """A whole claim of some length that starts a sentence, not a phrase or the tail of
    another claim ("and even assured the crowd …"): what a summary names."""
    text = unit.text.lstrip("“\"‘'(")
    return (unit.kind != "detail" and not text[:1].islower()
            and len(unit.text.split()) >= settings.COMPARE_SUMMARY_WORDS)


def _only(owner: str, units: list[Unit], side: str, wording: Wording | None) -> str:
    """What the first telling points only one account makes are about, in the order it
    makes them (news puts what matters first), and how many such points there are; the
    points themselves, quoted, where no claim has a topic of its own."""
    ranked = [u for u in units if _telling(u)] + [u for u in units if not _telling(u)]
    topics: list[str] = []
    for unit in ranked if wording else []:
        topic = wording.topic(unit, side)
        if topic and not any(content_of(topic) & content_of(t) for t in topics):
            topics.append(topic)  # one word in common: "the attacks", "the worst attack"
        if len(topics) == settings.COMPARE_SUMMARY_ITEMS:
            break
    if topics:
        among = f", among {len(units)} points only it makes" if len(units) > len(topics) else ""
        return f"Only {owner} mentions {_listed(topics)}{among}."
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


def _reported(unit: Unit, side: str, wording: Wording | None) -> str:
    """A claim as reported speech ("that engineers closed the bridge"), its first word in
    lower case unless it is a name; quoted whole when it opens with someone's words or
    when it is not known whether it opens with a name; a piece that is no whole clause
    ("and to take …") quoted after an ellipsis, as the tail of a sentence."""
    name = wording.opens_with_name(unit, side) if wording else None
    words = unit.text.split()
    if len(words) > 1 and words[0].lower() in word_set("joining_words"):
        words = words[1:]
    if name is not None and not _telling(unit):
        return f"“…{_cut(' '.join(words).rstrip('.,;'))}”"
    if name is None or not words or words[0][:1] in _QUOTE_MARKS:
        return _point(unit)
    text = _cut(" ".join(words).rstrip(".,;:"))
    return "that " + (text if name else text[:1].lower() + text[1:])


def _listed(items: list[str]) -> str:
    """"a, b and c"."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


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
