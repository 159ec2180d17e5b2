"""Where two accounts disagree on a point: a number of the same kind (killed, votes,
money) beyond rounding and hedges, the day an event happened, who did it to whom, who
said it, whether it happened, and the stand taken (welcomed or condemned)."""

from __future__ import annotations

import re
from datetime import date

from rashomon import settings
from rashomon.compare.elections import another_year
from rashomon.compare.models import Conflict
from rashomon.compare.numbers import expected, gatherings_in, numbers_list, tallied
from rashomon.compare.units import (
    Claim,
    calendar_days,
    jaccard,
    norm_name,
    same_person,
    surname,
)
from rashomon.compare.words import (
    CAPITALISED,
    WORD,
    event_word_set,
    negating,
    word_list,
    word_set,
)
from rashomon.nlp.common import lexicon
from rashomon.read.dates import calendar_names
from rashomon.record import Record


def conflicts(x: Claim, y: Claim) -> list[Conflict]:
    """The conflicts between claim ``x`` of A and ``y`` of B, two claims that make the same
    point."""
    found = []

    def add(what: str, a_value, b_value, about: str | None = None) -> None:
        found.append(Conflict(what=what, a=x.unit, b=y.unit, a_value=str(a_value),
                              b_value=str(b_value), about=about))

    found += number_conflicts(x, y)
    if dated_apart(x, y) and same_direction(x, y) and not another_time(x, y):
        found.append(date_conflict(x, y))
    same_who = not (x.who and y.who) or same_person(x.who, y.who)
    if (x.negated != y.negated and same_who and x.event_type == y.event_type
            and _says_not(x) != _says_not(y)):
        add("polarity", "negated" if x.negated else "affirmed",
            "negated" if y.negated else "affirmed")
    stands = _opposed(x.stands, y.stands)
    if x.agreed * y.agreed < 0 and not any(c.what == "polarity" for c in found):
        found.append(agreement_conflict(x, y))
    elif stands and x.negated == y.negated:
        add("stance", *stands)
    elif judged_apart(x, y):
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
    elif said_by_others(x, y):
        add("speaker", x.who, y.who)
    return found


def _says_not(claim: Claim) -> bool:
    """The claim's words hold a negator ("not", "never", "isn't"): two claims that both do
    ("says he's not ready to support", "said he was 'not ready' to support") say the same,
    however their acts were read."""
    return any(negating(w.lower(), "negators") for w in WORD.findall(claim.unit.text))


def said_by_others(x: Claim, y: Claim) -> bool:
    """Two claims report the same point in reported speech as said by two named people
    ("Foreign Minister Asho said that Velmora intended to reopen its consulate" against
    "President Wren told the Prime Minister that Velmora would reopen its consulate"),
    neither of whom the other claim names beside its speaker (a joint statement, a
    spokeswoman for Minister Morrow, the one spoken to), nor speaks for another (a
    spokeswoman for the minister: ``speaking_for``). Two people's own quoted words alike
    are two sayings ("I support him", "I strongly support him")."""
    if not (x.speaker_is_person and y.speaker_is_person and x.who and y.who) or (
            x.direct or y.direct) or same_person(x.who, y.who):
        return False
    frames = [_framing_words(x), _framing_words(y)]
    return not (_names(x.who, frames[1]) or _names(y.who, frames[0]) or any(
        w.lower() in word_set("speaking_for") for f in frames for w in re.findall(r"\w+", f)))


def _framing_words(claim: Claim) -> str:
    """The words of a statement outside its reported words: who said it and to whom ("A
    spokeswoman for Trade Minister Morrow, Dana Frey, said"; "Wren and Dantel said")."""
    if claim.frame is None:
        return ""
    start, text = claim.unit.span[0], claim.unit.text
    return f"{text[: max(claim.frame[0] - start, 0)]} {text[max(claim.frame[1] - start, 0) :]}"


def dated_apart(x: Claim, y: Claim) -> bool:
    """The two claims tell of days that differ: neither names a day the other names, they
    do not name the same bare weekday, and they are not two moments of a running story."""
    days_x, days_y = x.days_told, y.days_told
    return bool(days_x and days_y and not days_x & days_y and not _same_weekday_named(x, y)
                and not _each_its_own_day(x, y, days_x, days_y))


def date_conflict(x: Claim, y: Claim, about: str | None = None) -> Conflict:
    """One claim dates the act on some days, the other on others."""
    return Conflict(what="date", a=x.unit, b=y.unit, a_value=", ".join(sorted(x.days_told)),
                    b_value=", ".join(sorted(y.days_told)), about=about)


def same_direction(x: Claim, y: Claim) -> bool:
    """Both claims tell of days to come, or both of days gone (by their accounts'
    publication days; either way when one is unknown): "will meet on 10 December" is no
    other date for "met on Monday"."""
    if not x.published or not y.published:
        return True
    return (max(x.days_told) > x.published) == (max(y.days_told) > y.published)


def another_time(x: Claim, y: Claim) -> bool:
    """The two claims tell of two times an act happened: one says it happened once more
    ("a second strike", "struck again", "a second day of protests") and the other does
    not, or they give different ordinals ("the first round", "the second round")."""
    words = [_lower_words(c) for c in (x, y)]
    again = [bool(w & word_set("another_time")) for w in words]
    ordinals = [w & word_set("ordinals") for w in words]
    return again[0] != again[1] or bool(ordinals[0] and ordinals[1]
                                        and not ordinals[0] & ordinals[1])


def dates_no_act(claim: Claim) -> bool:
    """The claim dates a remembrance of an act, not the act ("marked the anniversary of
    the attack on Tuesday"), or only supposes the act ("the meeting could be shorter on
    Thursday": the events' ``hypothetical_markers`` and ``supposing_words``, but for the
    ``plan_modals`` with which reported speech tells a plan)."""
    words = _lower_words(claim)
    supposing = (event_word_set("hypothetical_markers") | word_set("supposing_words")) - (
        word_set("plan_modals"))
    return bool(words & supposing) or any(
        w.startswith(word_list("remembrances")) for w in words)


def _lower_words(claim: Claim) -> set[str]:
    return set(_lower_word_list(claim))


def _lower_word_list(claim: Claim) -> list[str]:
    """The claim's words (letters only), lower-cased, in order."""
    return [w.lower() for w in re.findall(r"[A-Za-z]+", claim.unit.text)]


def counted_alike(x: Claim, y: Claim, one_thing: bool = False) -> set[str]:
    """The kinds of count (killed, votes, money) that both claims state about the same
    thing at the same moment: none when they name different things (one candidate's $5.7
    million and another's $11.9 million, Pellin's dead and Harwick's, a category 1
    hurricane's winds and a category 3's) or tell of different days (Monday's close and
    Thursday's) or of another time than their story, unless both name it ("All 189 on the
    aircraft died when the flight came down last October"); and no kind that either gives
    as a later figure ("has since risen to 39") when the two accounts were published on
    different days. ``one_thing``: the caller knows they count one thing, whatever they
    name, and the two may date it a day or two apart."""
    shared = one_thing or names_in_common(x, y)
    about_others = bool(x.topics and y.topics and not shared) or bool(
        x.labels and y.labels and not x.labels & y.labels and not shared)
    apart = days_apart if one_thing else known_apart  # one thing: its day may be disputed
    if about_others or apart(x.moment, y.moment) or (
            (of_another_time(x) or of_another_time(y)) and not x.dates & y.dates):
        return set()
    kinds = {c.kind for c in x.counts} & {c.kind for c in y.counts}
    if x.published != y.published:
        kinds -= {c.kind for c in x.counts + y.counts if c.updated}
    if not one_gathering(x, y):
        kinds -= set(numbers_list("one_per_story"))
    return {kind for kind in kinds if not _other_groups(x, y, kind)}


def _other_groups(x: Claim, y: Claim, kind: str) -> bool:
    """The two claims count different groups of a side's own kind (killed, injured:
    ``numbers.own_side_kinds``): the first count of that kind in one is of a side's own
    ("Nine officers were injured"), and the other's were harmed by a side's forces ("at
    least 11 were hurt by police batons"): those the police hurt are not the police."""
    if kind not in numbers_list("own_side_kinds"):
        return False
    firsts = [next(c for c in claim.counts if c.kind == kind) for claim in (x, y)]
    return any(first.combatants and _harmed_by_forces(other)
               for first, other in ((firsts[0], y), (firsts[1], x)))


def _harmed_by_forces(claim: Claim) -> bool:
    """The claim names a side's forces as who did it: a word of ``numbers.combatants``
    right after "by" ("hurt by police batons")."""
    words = _lower_word_list(claim)
    forces = set(numbers_list("combatants"))
    return any(w in forces and words[n - 1] == "by" for n, w in enumerate(words) if n)


def of_another_time(claim: Claim) -> bool:
    """The claim names a month or a year outside the days it tells of ("when the flight
    came down last October"; a day is compared by the claims' days themselves, and the
    day a source spoke is no other time)."""
    return any(not any(day.startswith(value) for day in claim.moment)
               for value in claim.dates if value[:4].isdigit() and len(value) < 10)


def one_gathering(x: Claim, y: Claim) -> bool:
    """Two claims may count one gathering: both tell it as a fact (not "were expected to
    take part"), of their accounts' year, and they name no different kinds of gathering
    (a rally, a strike, a funeral)."""
    kinds = [gatherings_in(c.unit.text) for c in (x, y)]
    return (not expected(x.unit.text) and not expected(y.unit.text) and same_year(x, y)
            and not (all(kinds) and not kinds[0] & kinds[1]))


def names_in_common(x: Claim, y: Claim) -> bool:
    """The two claims speak of something named alike (``Claim.topics``: not who said it
    or to whom): the same name, one country by its name and by its people's ("Ukraine",
    "Ukrainian"), a place and its people by a people's ending ("Velmora", "Velmoran";
    "Pellin", "Pellinese"), or one person by a shorter name ("Tomas Vidal", "Vidal")."""
    return bool(x.topics & y.topics) or any(
        same_side(one, other) or same_holder(one, other)
        for one in x.topics for other in y.topics)


def names_side(record: Record, side: str) -> bool:
    """The record names the side by any of its names: an entity, or a capitalised word
    ("the Republic of Melquera" names the Melqueran side); a name run on by the parser
    ("Sedna Amira Kholt") by its first word."""
    names = {e.name for e in record.entities} | set(CAPITALISED.findall(record.text))
    return any(same_side(one, name) for one in with_first_words({side}) for name in names)


def with_first_words(sides: set[str]) -> set[str]:
    """Sides with the first word of each: a name the parser ran on ("Sedna Amira Kholt")
    is its first word's side."""
    return sides | {side.split()[0] for side in sides}


def same_side(one: str, other: str) -> bool:
    """Two names of one country or people: the same name, one country by its name and by
    its people's ("Ukraine", "Ukrainian"), or a place and its people by a people's ending
    ("Velmora", "Velmoran")."""
    one, other = norm_name(one), norm_name(other)
    if one == other:
        return True
    code = lexicon.country_of(one)
    return (code is not None and code == lexicon.country_of(other)) or _people_of(
        one, other) or _people_of(other, one)


def _people_of(people: str, place: str) -> bool:
    """``people`` is the people's word of ``place`` by an ending ("velmoran" of "velmora",
    "pellinese" of "pellin", "ostranian" of "ostrania"), with a stem of at least
    ``settings.COMPARE_PEOPLE_STEM`` letters ("maria" and "marian" stay apart)."""
    for ending in word_list("people_endings"):
        stem = people[: -len(ending)]
        if (people.endswith(ending) and len(stem) >= settings.COMPARE_PEOPLE_STEM
                and " " not in people and place != people
                and place.rstrip("aeiouy") in (stem, stem.rstrip("aeiouy"))):
            return True
    return False


def number_conflicts(x: Claim, y: Claim, tallies_only: bool = False,
                     one_thing: bool = False) -> list[Conflict]:
    """Numbers of the same kind that differ beyond rounding and hedges (``tallies_only``:
    of the kinds compared between claims that are not the same point; ``one_thing``: see
    ``counted_alike``). Percentages only where both give as many: a race's two shares
    and one group's share measure different things. None where either sums up several
    polls."""
    if _sums_up_polls(x) or _sums_up_polls(y):
        return []
    found = []
    for kind in sorted(counted_alike(x, y, one_thing)):
        if tallies_only and not tallied(kind):
            continue
        ours = [c for c in x.counts if c.kind == kind]
        theirs = [c for c in y.counts if c.kind == kind]
        if kind == "percent" and len(ours) != len(theirs):
            continue  # "leads Trump 49 percent to 39 percent" against "67 percent say"
        if not any(c.same_as(d) for c in ours for d in theirs):
            found.append(Conflict(what="number", a=x.unit, b=y.unit,
                                  a_value=", ".join(c.text for c in ours),
                                  b_value=", ".join(c.text for c in theirs), about=kind))
    return found


def _sums_up_polls(claim: Claim) -> bool:
    """The claim gives a figure of several polls at once ("Several polls show Vidal within
    two points of Pell"): no one poll's figure to hold against another's
    (``numbers.several_polls``)."""
    return bool(_lower_words(claim) & set(numbers_list("several_polls")))


def share_conflicts(x: Claim, y: Claim) -> list[tuple[str, Conflict]]:
    """Each candidate whose shares of a vote differ beyond rounding and hedges in two
    claims about the same day ("Wren received 52.7 percent", "gives Wren 41.8 percent"),
    with the conflict."""
    if not one_vote(x, y):
        return []
    found = []
    for ours in x.shares:
        theirs = [s for s in y.shares if same_holder(ours.holder, s.holder)]
        if theirs and not any(ours.count.same_as(s.count) for s in theirs):
            found.append((ours.holder, Conflict(
                what="number", a=x.unit, b=y.unit,
                a_value=f"{ours.holder} {ours.count.text} percent",
                b_value=", ".join(f"{s.holder} {s.count.text} percent" for s in theirs),
                about=f"share of the vote ({ours.holder})")))
    return found


def one_vote(x: Claim, y: Claim) -> bool:
    """Two claims may tell of one vote: the same days, not another year, and no two kinds
    of race ("presidential", "mayoral") or rounds ("first round", "runoff")."""
    return (not known_apart(x.moment, y.moment) and same_year(x, y)
            and not known_apart(x.races, y.races) and not known_apart(x.rounds, y.rounds))


def days_apart(one: frozenset[str], other: frozenset[str]) -> bool:
    """Two claims' days are known and further apart than ``settings.COMPARE_NEAR_DAYS``
    (two accounts of one event may give its day a day or two apart)."""
    if not one or not other:
        return False
    return min(abs((date.fromisoformat(p) - date.fromisoformat(q)).days)
               for p in one for q in other) > settings.COMPARE_NEAR_DAYS


def known_apart(one: frozenset[str], other: frozenset[str]) -> bool:
    """Two sets of what two claims tell of (days, kinds of race, rounds) are both known and
    share nothing."""
    return bool(one and other and not one & other)


def same_year(x: Claim, y: Claim) -> bool:
    """Neither claim names only years other than the other account's publication year."""
    return not another_year(x.dates, y.published) and not another_year(y.dates, x.published)


def same_holder(one: str, other: str) -> bool:
    """One candidate or party in two accounts: the same person by ``same_person``, unless
    both give first names that differ ("Ilmar Wren", "Sofia Wren")."""
    first = [n.split()[0].rstrip(".").lower() for n in (one, other)]
    given = all(len(n.split()) > 1 and len(f) > 1 for n, f in zip((one, other), first,
                                                                   strict=True))
    return same_person(one, other) and not (given and first[0] != first[1])


def opener_conflict(x: Claim, y: Claim) -> Conflict:
    """One claim says one side opened fire, the other another side."""
    return Conflict(what="roles", a=x.unit, b=y.unit, a_value=", ".join(sorted(x.openers)),
                    b_value=", ".join(sorted(y.openers)), about="who opened fire")


def civilian_conflict(x: Claim, y: Claim) -> Conflict:
    """One claim says no civilians were harmed, the other that some were."""
    def said(claim: Claim) -> str:
        return "civilians harmed" if claim.civilians > 0 else "no civilians harmed"

    return Conflict(what="polarity", a=x.unit, b=y.unit, a_value=said(x), b_value=said(y),
                    about="civilians harmed")


def initiator_conflict(x: Claim, y: Claim, act: str) -> Conflict:
    """One claim says one side asked for the call or meeting, the other another."""
    def asked(claim: Claim) -> str:
        told = [i for i in claim.initiatives if i.act == act]
        return ", ".join(sorted({n for i in told for n in (i.sides or i.people)}))

    return Conflict(what="roles", a=x.unit, b=y.unit, a_value=asked(x), b_value=asked(y),
                    about=f"who asked for the {act}")


def winner_conflict(x: Claim, y: Claim) -> Conflict:
    """One claim gives the vote to one candidate, the other to another."""
    return Conflict(what="winner", a=x.unit, b=y.unit, a_value=", ".join(sorted(x.winners)),
                    b_value=", ".join(sorted(y.winners)), about="who won the vote")


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


def agreement_conflict(x: Claim, y: Claim) -> Conflict:
    """One claim says the sides agreed, the other that they did not."""
    def said(claim: Claim) -> str:
        return "agreed" if claim.agreed > 0 else "did not agree"

    return Conflict(what="polarity", a=x.unit, b=y.unit, a_value=said(x), b_value=said(y),
                    about="agreement")


def judged_apart(x: Claim, y: Claim) -> bool:
    """One claim approves and the other disapproves ("welcomed the decision", "called the
    move unacceptable"), each only one way, and one judge in both: the speaker or actor,
    or the person named first ("Ruiz welcomed …", "Ruiz told Wren that … was
    unacceptable, a spokesman said"; not "Vidal criticised Ruiz's plan")."""
    return (len(x.judged) == 1 and len(y.judged) == 1 and x.judged != y.judged
            and any(same_person(p, q) for p in x.judges for q in y.judges))


def judged_alike(x: Claim, y: Claim) -> bool:
    """Both claims judge something one way only, with a judge in common: each claim's
    speaker or actor, else the person it names first ("Critics of Ruiz said …" is the
    critics' judgement), in claims that tell of no change of stand ("now says", "reversing
    her earlier position") and of no other year."""
    def judges(claim: Claim) -> set[str]:
        return {claim.who} if claim.who else claim.judges

    return (len(x.judged) == 1 and len(y.judged) == 1
            and any(same_person(p, q) for p in judges(x) for q in judges(y))
            and not _changed_stand(x) and not _changed_stand(y) and same_year(x, y))


def _changed_stand(claim: Claim) -> bool:
    return bool({w.lower() for w in re.findall(r"[A-Za-z-]+", claim.unit.text)}
                & word_set("changed_stand"))


def stance_conflict(x: Claim, y: Claim) -> Conflict:
    """One judge approves in one claim and disapproves in the other."""
    return Conflict(what="stance", a=x.unit, b=y.unit,
                    a_value="approves" if x.judged == {1} else "disapproves",
                    b_value="approves" if y.judged == {1} else "disapproves")


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
