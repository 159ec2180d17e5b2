"""Where two accounts disagree on a point: a number of the same kind (killed, votes,
money) beyond rounding and hedges, the day an event happened, who did it to whom, who
said it, whether it happened, and the stand taken (welcomed or condemned)."""

from __future__ import annotations

import re
from datetime import date

from rashomon import settings
from rashomon.compare.models import Conflict
from rashomon.compare.numbers import tallied
from rashomon.compare.units import (
    Claim,
    calendar_days,
    jaccard,
    norm_name,
    same_person,
    surname,
)
from rashomon.compare.words import word_list
from rashomon.nlp.common import lexicon
from rashomon.read.dates import calendar_names


def conflicts(x: Claim, y: Claim) -> list[Conflict]:
    """The conflicts between claim ``x`` of A and ``y`` of B, two claims that make the same
    point."""
    found = []

    def add(what: str, a_value, b_value, about: str | None = None) -> None:
        found.append(Conflict(what=what, a=x.unit, b=y.unit, a_value=str(a_value),
                              b_value=str(b_value), about=about))

    found += number_conflicts(x, y)
    days_x, days_y = x.days_told, y.days_told
    if (days_x and days_y and not days_x & days_y and not _same_weekday_named(x, y)
            and not _each_its_own_day(x, y, days_x, days_y)):
        add("date", ", ".join(sorted(days_x)), ", ".join(sorted(days_y)))
    same_who = not (x.who and y.who) or same_person(x.who, y.who)
    if x.negated != y.negated and same_who and x.event_type == y.event_type:
        add("polarity", "negated" if x.negated else "affirmed",
            "negated" if y.negated else "affirmed")
    if x.agreed * y.agreed < 0 and not any(c.what == "polarity" for c in found):
        add("polarity", agreement(x), agreement(y), about="agreement")
    stands = _opposed(x.stands, y.stands)
    if stands and x.negated == y.negated:
        add("stance", *stands)
    elif _judged_apart(x, y):
        add("stance", *("approves" if claim.judged == {1} else "disapproves"
                        for claim in (x, y)))
    x_roles = x.roles or ((x.who, x.whom) if x.unit.kind == "event" else None)
    y_roles = y.roles or ((y.who, y.whom) if y.unit.kind == "event" else None)
    if x_roles and y_roles and all(x_roles) and all(y_roles) and x.act == y.act \
            and x.act not in word_list("symmetric_acts"):
        same = [norm_name(v) for v in x_roles] == [norm_name(v) for v in y_roles]
        swapped = [norm_name(v) for v in x_roles] == [norm_name(v) for v in reversed(y_roles)]
        if swapped and not same:
            add("roles", " → ".join(x_roles), " → ".join(y_roles))
    if x.direct and y.direct and x.who and y.who and not same_person(x.who, y.who) \
            and jaccard(x.stems, y.stems) >= settings.COMPARE_SAME_WORDS \
            and not _names(x.who, y.unit.text) and not _names(y.who, x.unit.text):
        add("speaker", x.who, y.who)  # the same quoted words given to two people
    return found


def counted_alike(x: Claim, y: Claim) -> set[str]:
    """The kinds of count (killed, votes, money) that both claims state about the same
    thing at the same moment: none when they name different things (one candidate's $5.7
    million and another's $11.9 million, a category 1 hurricane's winds and a category
    3's) or tell of different days (Monday's close and Thursday's). A tally of an event
    (killed, votes) is of the event, not of a day: two accounts published a day apart that
    each lead with their own day (the strike's, the report's) still count the same dead,
    unless one gives its tally as a later figure ("has since risen to 39") a day later."""
    ours, theirs = about(x), about(y)
    about_others = bool(ours and theirs and not ours & theirs) or bool(
        x.labels and y.labels and not x.labels & y.labels and not ours & theirs)
    if about_others:
        return set()
    kinds = {c.kind for c in x.counts} & {c.kind for c in y.counts}
    two_moments = bool(x.moment and y.moment and not x.moment & y.moment)
    if two_moments:
        if (x.moment_named and y.moment_named) or not _one_news_day(x, y):
            return set()
        kinds = {kind for kind in kinds if tallied(kind)}
    if two_moments or x.published != y.published:
        kinds -= {c.kind for c in x.counts + y.counts if c.updated}
    return kinds


def _one_news_day(x: Claim, y: Claim) -> bool:
    """The two accounts were published at most a day apart: a claim that tells of its
    lead's day is then about the same news as the other's (a readout and the next day's
    report of the strike it announced), not a later moment of a running story."""
    if not x.published or not y.published:
        return False
    gap = date.fromisoformat(x.published) - date.fromisoformat(y.published)
    return abs(gap.days) <= settings.COMPARE_NEWS_DAYS


def about(claim: Claim) -> set[str]:
    """The names a claim's facts are about: its entities but its source's ("the strike
    killed 39, the Observatory said" is about the strike, not the Observatory), a country
    and its people as one ("Velmora", "Velmoran")."""
    source = norm_name(claim.who or "")
    return {_folded(name) for name in claim.entities if not source or name not in source}


def _folded(name: str) -> str:
    """A country's code for its name or its people's ("Ukraine", "Ukrainian": UKR); else
    the name without a people's ending or a final vowel ("Velmoran", "Velmora": velmor)."""
    code = lexicon.country_of(name)
    if code or " " in name:
        return code or name
    for ending in word_list("people_endings"):
        if name.endswith(ending) and len(name) - len(ending) >= 4:
            return name[: -len(ending)]
    return name[:-1] if name[-1:] in "aeiouy" and len(name) > 4 else name


def number_conflicts(x: Claim, y: Claim, tallies_only: bool = False) -> list[Conflict]:
    """Numbers of the same kind that differ beyond rounding and hedges (``tallies_only``:
    of the kinds compared between claims that are not the same point)."""
    found = []
    for kind in sorted(counted_alike(x, y)):
        if tallies_only and not tallied(kind):
            continue
        ours = [c for c in x.counts if c.kind == kind]
        theirs = [c for c in y.counts if c.kind == kind]
        if not any(c.same_as(d) for c in ours for d in theirs):
            found.append(Conflict(what="number", a=x.unit, b=y.unit,
                                  a_value=", ".join(c.text for c in ours),
                                  b_value=", ".join(c.text for c in theirs), about=kind))
    return found


def _opposed(ours: set[tuple[str, str, str]], theirs: set[tuple[str, str, str]]
             ) -> tuple[str, str] | None:
    """The acts by which one named actor takes opposite stands on the same thing in two
    claims ("welcomed the truce" against "condemned the truce": SUPPORT against ACCUSE),
    unless either claim has that actor take both stands."""
    for one, other in word_list("opposed_acts"):
        for first, second in ((one, other), (other, one)):
            for kind, who, what in ours:
                if kind != first or not who or not what or _torn(ours, who):
                    continue
                if any(their_kind == second and their_who and same_person(who, their_who)
                       and what == their_what and not _torn(theirs, their_who)
                       for their_kind, their_who, their_what in theirs):
                    return first, second
    return None


def agreement(claim: Claim) -> str:
    """What a claim says of agreeing: "agreed" or "did not agree"."""
    return "agreed" if claim.agreed > 0 else "did not agree"


def _judged_apart(x: Claim, y: Claim) -> bool:
    """One claim approves and the other disapproves ("welcomed the decision", "called the
    move unacceptable"), each only one way, and a person named in both ("Morn welcomed …",
    "Morn told Ferrant that … was unacceptable, a spokesman said")."""
    return (len(x.judged) == 1 and len(y.judged) == 1 and x.judged != y.judged
            and any(same_person(p, q) for p in x.people for q in y.people))


def _torn(stands: set[tuple[str, str, str]], who: str) -> bool:
    """The actor takes opposite stands within one claim ("welcomed the truce but rejected
    its terms")."""
    kinds = {kind for kind, actor, _ in stands if actor and same_person(actor, who)}
    return any(one in kinds and other in kinds for one, other in word_list("opposed_acts"))


def _each_its_own_day(x: Claim, y: Claim, days_x: set[str], days_y: set[str]) -> bool:
    """Accounts published on different days each date the act as far from their own
    publication, and only relative to it ("today" in a story and in its follow-up): two
    moments of a running story, not two dates for one act. A calendar date or a weekday
    named in either is a date told, and two of them can be in dispute."""
    if (not x.published or not y.published or x.published == y.published
            or not x.relative_days or not y.relative_days
            or len(days_x) != 1 or len(days_y) != 1):
        return False
    return _days_after(next(iter(days_x)), x.published) == _days_after(
        next(iter(days_y)), y.published)


def _days_after(day: str, published: str) -> int:
    """How many days after its publication day an account dates an act (negative: before)."""
    return (date.fromisoformat(day) - date.fromisoformat(published)).days


def _same_weekday_named(x: Claim, y: Claim) -> bool:
    """Both claims date the act only by a weekday ("on Thursday"), the same one: they agree
    on the day, even where it resolves to two weeks (two publication dates, a tense read
    differently). A weekday with a calendar date ("Thursday, March 7") is compared by
    the date."""
    one, other = _bare_weekdays(x), _bare_weekdays(y)
    return one is not None and other is not None and bool(one & other)


def _bare_weekdays(claim: Claim) -> set[int] | None:
    """The weekdays (ISO numbers, from ``calendar.tsv``) of a claim's day-dates when each
    of them is a weekday with no day of the month; else None."""
    weekdays = calendar_names("weekday")
    start, named = claim.unit.span[0], set()
    for (first, last), kind, value in claim.times:
        if kind != "DATE" or not calendar_days({value or ""}):
            continue
        words = claim.unit.text[first - start : last - start]
        days = {weekdays[w.lower()] for w in re.findall(r"[A-Za-z]+", words)
                if w.lower() in weekdays}
        if not days or re.search(r"\d", words):
            return None
        named |= days
    return named or None


def _names(person: str, text: str) -> bool:
    """The text names the person (by surname, as a word)."""
    return re.search(rf"\b{re.escape(surname(norm_name(person)))}\b", norm_name(text)) is not None
