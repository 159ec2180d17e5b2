"""Find time expressions in text with the rules of ``data/time_rules.yaml``.

Plain regular expressions, no model: each rule's pattern has {placeholders} filled with the
word classes of ``data/time_words.yaml`` and ``data/calendar.tsv``. Overlapping matches
are settled longest first, then by rule order.
"""

from __future__ import annotations

import re
import string
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache

from rashomon.data import load_yaml
from rashomon.nlp.common.numbers import number
from rashomon.read.dates import calendar_forms

TimexType = str  # "DATE" | "TIME" | "DURATION" | "SET"


@dataclass(frozen=True)
class Rule:
    """One pattern of the grammar and the resolver that reads its groups."""

    name: str
    type: TimexType
    pattern: re.Pattern[str]
    resolver: str
    order: int
    full_date: bool = False
    ambiguous: bool = False
    needs: re.Pattern[str] | None = None  # skip the rule where this finds nothing


@dataclass(frozen=True)
class Candidate:
    """A rule's match: ``[start, end)`` offsets, the rule, and its named groups."""

    start: int
    end: int
    rule: Rule
    groups: dict[str, str]

    @property
    def text(self) -> str:
        return self.groups["_text"]

    def shifted(self, offset: int) -> Candidate:
        """The same match with offsets moved by ``offset`` (from a block to its text)."""
        return Candidate(self.start + offset, self.end + offset, self.rule, self.groups)


@cache
def words() -> dict:
    """The word classes of ``time_words.yaml``."""
    return load_yaml("time_words.yaml")


@cache
def word_set(kind: str) -> frozenset[str]:
    """A word list of ``time_words.yaml`` as a set, built once (membership on hot paths)."""
    return frozenset(words()[kind])


def _alternation(items, case_sensitive: bool = False) -> str:
    """A regex alternation of ``items``, longest first, spaces matching any whitespace."""
    escaped = (
        re.escape(item).replace(r"\ ", r"\s+")
        for item in sorted(set(items), key=lambda s: (-len(s), s))
    )
    body = "|".join(escaped)
    return f"(?-i:{body})" if case_sensitive else f"(?:{body})"


def _word(alternation: str, possessive: bool = False, plural_possessive: bool = False) -> str:
    """An alternation bounded as whole words (names may end in a dot: "Apr."); with
    ``possessive``, also before "'s" ("Tuesday's debate"), with ``plural_possessive`` before
    a closing "'" ("two years' probation"); either stays outside."""
    after = r"(?![\w'’])"
    if possessive:
        after = r"(?![\w]|['’](?!s\b))"
    elif plural_possessive:
        after = r"(?![\w]|['’]\w)"
    return rf"(?<!\w){alternation}{after}"


def _months(names: list[str]) -> str:
    """Month names as words, also before "'s" ("December's deal"), but for "May's", more
    often a person's ("Rosa May's government") than the month's; an abbreviation may
    touch its day ("Sept.11")."""
    possessive = [name for name in names if name.upper() != "MAY"]
    plain = [name for name in names if name.upper() == "MAY"]
    alternatives = [_word(_alternation(possessive, case_sensitive=True), possessive=True)]
    if plain:
        alternatives.append(_word(_alternation(plain, case_sensitive=True)))
    dotted = [name for name in names if name.endswith(".")]  # "Sept.11", unspaced
    if dotted:
        alternatives.append(rf"(?<!\w){_alternation(dotted, case_sensitive=True)}(?=\d)")
    return "(?:" + "|".join(alternatives) + ")"


def _fractions(w: dict) -> str:
    """Fractions and dozens that count a unit ("a half", "half-dozen"); "half" and
    "quarter" alone only before a hyphen ("quarter-century", not "the first half year")."""
    hyphen_only = set(w["hyphen_only_fractions"])
    free = [f for f in w["fraction_numbers"] if f not in hyphen_only]
    return rf"(?:{_word(_alternation(free))}|(?<!\w){_alternation(hyphen_only)}(?=-))"


def _count_range_link(links: list[str]) -> str:
    """What joins two counts: a word between spaces ("two or three", "three to four"), or a
    dash before a digit ("25-26", "25 – 26") or between number words ("three-four")."""
    spaced = _alternation(link for link in links if link.isalpha())
    dashes = _alternation(link for link in links if not link.isalpha())
    return rf"(?P<range_link>\s+{spaced}\s+|\s*{dashes}\s*(?=\d)|{dashes}(?=[a-z]))"


def _offset_words(offsets: dict[str, dict], sign: int) -> str:
    """Words that place "N units" before or after their anchor (of one ``sign``, or any for
    0); a closing one ("before", "after") only at the end of its clause, with nothing for
    it to govern ("from a few days before.")."""
    chosen = {word: spec for word, spec in offsets.items() if sign == 0 or spec["sign"] == sign}
    free = _word(_alternation(w for w, spec in chosen.items() if not spec.get("closing")))
    closing = [w for w, spec in chosen.items() if spec.get("closing")]
    if not closing:
        return free
    return rf"(?:{free}|{_word(_alternation(closing))}(?=\s*(?:[.,;:!?)\"”’]|$)))"


def _plural(unit: str) -> str:
    return unit[:-1] + "ies" if re.search(r"[^aeiou]y$", unit) else unit + "s"


@cache
def placeholders() -> dict[str, str]:
    """The regex of each {placeholder} a rule may use."""
    w = words()
    months, weekdays = calendar_forms("month"), calendar_forms("weekday")
    full_months = [  # no abbreviations ("Jan", "Sept."); "May" as a modal is tagged MD
        m for m in months if (len(m) > 3 or m == "May") and not m.endswith(".") and m != "Sept"
    ]
    full_weekdays = [d for d in weekdays if d.lower().endswith("day")]
    number_words = list(w["numbers"])
    tens = [n for n, v in w["numbers"].items() if isinstance(v, int) and 20 <= v <= 90]
    digits = {n: v for n, v in w["numbers"].items() if n not in ("a", "an")}
    ones = [n for n, v in digits.items() if isinstance(v, int) and 1 <= v <= 9]
    compound = rf"(?:{'|'.join(tens)})(?:-|\s+)(?:{'|'.join(ones)})"  # "twenty four" too
    number_word = f"(?:{compound}|{_alternation(number_words)})"
    units = list(w["units"])
    part = _alternation(w["part_mods"])
    part_adjective = _alternation(w["part_adjectives"])  # "late March"; not "start March"
    after_a_preposition = "|".join(rf"(?<=\b{p}\s)" for p in w["wire_part_prepositions"])
    wire_part = f"(?:{after_a_preposition}){part}"  # "by end 2017", "at end March"
    days = _alternation(w["days"])  # "today", "this afternoon": alone and after a clock time
    hyphen_part = _alternation(w["hyphen_part_mods"])
    day = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|[:,.]\d)"
    year = r"(?<![\d$£€.,/])(?:1[5-9]\d\d|20\d\d|2100)(?![\d%]|[,.]\d)"  # YEARS; "by 2100"
    return {
        "month": _months(months),
        "month_full": _months(full_months),
        # a month name run into the word before it in page chrome ("UpdatedMarch 3")
        "glued_month": rf"(?-i:(?<=[a-z])(?:{'|'.join(m for m in full_months if m[0].isupper())}))",
        "weekday": _word(_alternation(full_weekdays, case_sensitive=True), possessive=True),
        "weekday_any": _word(_alternation(weekdays, case_sensitive=True), possessive=True),
        "weekday_name": _alternation(full_weekdays, case_sensitive=True),
        "day": day,
        "year": year,
        "shift": _word(_alternation(w["shifts"])),
        "shift_after_the": _word(_alternation(w["period_shifts_after_the"])),
        "not_an_epithet": _word(_alternation(w["not_an_epithet"])),
        "number": rf"(?:\d+(?:\.\d+)?(?![\d,])|{_word(number_word)})",
        "number_word": _word(number_word),
        "vague_number": _word(_alternation(w["vague_numbers"])),
        "fraction_number": _fractions(w),
        "adjective_count_mod": _word(_alternation(w["adjective_count_mods"])),
        "unit": _word(_alternation(units + [_plural(u) for u in units]), plural_possessive=True),
        "unit_singular": _word(_alternation(units)),
        "unit_adjective": rf"(?:{_alternation(w['unit_adjectives'])}\s+){{0,2}}",
        "ordinal": _word(_alternation(w["ordinals"])),
        "day_ordinal_word": _alternation(w["ordinal_words"]),
        "not_a_stretch": "".join(rf"(?<!\b{word}\s)" for word in w["stretch_openers"]),
        "clock_hour_word": _alternation(  # not "a", "an" ("an AM station")
            n for n, v in digits.items() if isinstance(v, int) and 1 <= v <= 12),
        "season": _word(_alternation(w["seasons"]), possessive=True),  # "this summer's"
        "part_of_day": _word(_alternation(w["parts_of_day"]), possessive=True),
        "part": (
            rf"(?:the\s+(?:very\s+)?(?P<part_noun>{part})\s+of\s+(?:the\s+)?"
            rf"|(?P<part_adj>{part_adjective}(?=[-\s])|{wire_part}(?=\s)"
            rf"|(?:{part}|{hyphen_part})(?=-))(?:-|\s+))?"
        ),
        "part_word": _word(part),
        "quantity_mod": _word(_alternation(w["quantity_mods"])),
        "approx_mod": rf"(?:(?P<qmod>{_alternation(w['approx_words'])})\s+)?",
        # "late Tuesday" (mod END), "earlier Tuesday" (no mod: before now), not the
        # "earlier" of "two days earlier Tuesday"
        "day_part_adj": r"(?:(?P<part_adj>early|late)|"
        + "".join(rf"(?<!\b{u}\s)(?<!\b{u}s\s)" for u in units if " " not in u)
        + r"(?:earlier|later))",
        "or_more": _word(_alternation(w["or_more_words"])),
        "count_range_link": _count_range_link(w["count_range_links"]),
        "same_period_word": _alternation(w["same_period_words"]),
        "offset_word": _offset_words(w["offset_words"], sign=0),
        "offset_back": _offset_words(w["offset_words"], sign=-1),
        "offset_back_open": _offset_words(  # not "before", for "years earlier" with no count
            {k: v for k, v in w["offset_words"].items() if not v.get("closing")}, sign=-1),
        "day_word": _word(days, possessive=True),
        "anaphoric_day": _word(_alternation(w["anaphoric_days"])),
        "reference": _word(_alternation(w["references"])),
        "frequency": _word(_alternation(w["frequencies"])),
        "holiday": _word(_alternation(w["holidays"])),
        "movable_holiday": _word(_alternation(
            name for name, spec in w["movable_holidays"].items() if not spec.get("title_case"))),
        "movable_holiday_titled": _word(_alternation(
            (string.capwords(name) for name, spec in w["movable_holidays"].items()
             if spec.get("title_case")), case_sensitive=True)),
        "named_date": _alternation(w["named_dates"]),
        "century_ordinal": _word(_alternation(w["ordinal_words"])),
        "decade_word": _word(_alternation(w["decade_words"])),
        "half_after": r"(?P<half_after>(?:\s+|-)and(?:\s+|-)a(?:\s+|-)half)?",
        "rate_per": "per" + "".join(rf"(?<!\b{re.escape(u)}\sper)" for u in w["rate_units"]),
        "utc_zone": _word(_alternation(w["utc_zones"], case_sensitive=True)),
        "local_zone": _word(_alternation(w["local_zones"], case_sensitive=True)),
        "time_day": (
            r"(?:\s+local\s+time)?"
            rf"(?:\s+(?:on\s+)?(?P<time_weekday>{_word(_alternation(full_weekdays, True))})"
            r"(?:\s+(?:morning|afternoon|evening|night)\b)?"  # "4:53 a.m. Thursday morning"
            rf"|\s+(?P<time_day_word>{days})\b"  # "this afternoon" too
            rf"|\s*,?\s+(?:on\s+)?(?P<time_month>{_word(_alternation(months, True))})\s+"
            rf"(?P<time_date>{day})(?:\s*,\s*(?P<time_year>{year}))?)?"
        ),
    }


def _expand(template: str, macros: dict[str, str]) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: macros.get(m.group(1), m.group(0)), template)


_GLUED_START = r"(?-i:(?<=[a-z])(?=[A-Z]))"  # a capital run into a word before it
_GLUED_END = r"(?-i:(?<=\d[AP]M)(?=[A-Z][a-z]))"  # "11:19PM" run into a word after it


@cache
def rules() -> tuple[Rule, ...]:
    """The compiled rules of ``time_rules.yaml``, in file order."""
    macros = placeholders()
    compiled = []
    for order, spec in enumerate(load_yaml("time_rules.yaml")["rules"]):
        before = r"(?<!\w)" if spec.get("after_hyphen") else r"(?<![\w-])"
        after = r"(?![\w])"
        if spec.get("glued"):  # "UpdatedMarch 3, 2016 4:05PMRuiz Wins" in page chrome
            before, after = rf"(?:{before}|{_GLUED_START})", rf"(?:{after}|{_GLUED_END})"
        pattern = re.compile(rf"{before}(?:{_expand(spec['pattern'], macros)}){after}", re.I)
        needs = re.compile(_expand(spec["needs"], macros), re.I) if "needs" in spec else None
        compiled.append(
            Rule(
                spec["name"], spec["type"], pattern, spec["value"], order,
                full_date=spec.get("full_date", False), ambiguous=spec.get("ambiguous", False),
                needs=needs,
            )
        )
    return tuple(compiled)


def find(text: str) -> list[Candidate]:
    """Every time expression in ``text``, non-overlapping, in text order."""
    found = []
    for rule in rules():
        if rule.needs is not None and rule.needs.search(text) is None:
            continue
        for match in rule.pattern.finditer(text):
            if match.end() > match.start():
                groups = {k: v for k, v in match.groupdict().items() if v is not None}
                groups["_text"] = match.group(0)
                if "range_link" in groups:
                    candidate = _a_range_of_counts(text, match, rule, groups)
                    found.extend([candidate] if candidate else [])
                else:
                    found.append(Candidate(match.start(), match.end(), rule, groups))
    chosen = settle(found)
    return _shared_years(text, settle(chosen + list(_range_ends(text, chosen))))


def _a_range_of_counts(text: str, match: re.Match, rule: Rule, groups: dict[str, str]
                       ) -> Candidate | None:
    """A match with two counts joined ("three to four months") as a range; or only its
    second count where the two do not rise ("cut from 10 to 5 years", a score "4-2 days
    after") or follow "from" after a verb of change ("grew from 3 to 6 months"); or
    nothing where they are years ("the 2011-2020 decade": the year rules take them)."""
    first, second = number(groups["number"]), number(groups["alternative"])
    if first is not None and second is not None and all(map(a_year_number, (first, second))):
        return None
    rises = first is not None and second is not None and second > first
    alternative = groups["range_link"].strip().lower() == "or"  # "two or three weeks"
    if alternative or (rises and not _changed_from(text[:match.start()])):
        return Candidate(match.start(), match.end(), rule, groups)
    start = match.start("alternative")
    kept = {k: v for k, v in groups.items()
            if k not in ("number", "alternative", "range_link", "qmod", "the")}
    kept.update(number=groups["alternative"], _text=text[start:match.end()])
    return Candidate(start, match.end(), rule, kept)


YEARS = (1500, 2100)  # the first and last numbers the year rules read as years ({year})


def a_year_number(n: float) -> bool:
    """Whether a number is one the year rules read as a year (1500 to 2100)."""
    return YEARS[0] <= n <= YEARS[1] and n == int(n)


def _changed_from(before: str) -> bool:
    """Whether text ends with "from" after a verb of change ("cut the term from")."""
    words_before = before.lower().split()[-6:]
    return bool(words_before) and words_before[-1] == "from" and any(
        word in word_set("change_verbs") for word in words_before[:-1])


def _shared_years(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """A month, season or day joined to the next one that gives a year takes that year
    ("in the spring and summer of 2014", "March and April 2015", "June or July of 2014")."""
    shared = list(chosen)
    for at in range(len(shared) - 2, -1, -1):
        first, second = shared[at], shared[at + 1]
        year = second.groups.get("year")
        if year is None or first.rule.resolver not in _YEAR_SHARERS or second.rule.resolver \
                not in _YEAR_SHARERS or {"year", "year_shift", "shift"} & set(first.groups):
            continue
        between = text[first.end:second.start]
        link = between.replace(",", " ").lower().split()
        if (link and link[0] in word_set("date_links") and link[1:] in ([], ["the"])) or (
                not link and "," in between):  # "March, April and May 2015"
            before_new_year = _first_month(first) > _first_month(second)  # "December and
            shared[at] = replace(first, groups={  # January 2017": December 2016
                **first.groups, "year": str(int(year) - 1) if before_new_year else year})
    return shared


_YEAR_SHARERS = ("month", "season", "calendar_date")


def _first_month(candidate: Candidate) -> int:
    """The month of a month or day (0 for a season: "the winter and spring of 2014" is
    2014's winter, as TimeML writes it)."""
    month = candidate.groups.get("month")
    return month_number(month) if month is not None else 0


def month_number(name: str) -> int:
    """The number of a month as written ("March", "Sept.", "MARCH") -> 3."""
    return calendar_forms("month").get(name) or calendar_forms("month")[name.capitalize()]


def weekday_number(name: str) -> int:
    """The ISO number of a weekday as written ("Tuesday", "Tues.", "TUESDAY") -> 2."""
    return calendar_forms("weekday").get(name) or calendar_forms("weekday")[name.capitalize()]


@cache
def range_end_rule() -> Rule:
    """The rule of ``range_end`` in ``time_rules.yaml``, after every other rule."""
    spec = load_yaml("time_rules.yaml")["range_end"]
    pattern = re.compile(_expand(spec["pattern"], placeholders()) + r"(?!%)", re.I)
    return Rule(spec["name"], spec["type"], pattern, spec["value"], order=len(rules()))


def _range_ends(text: str, chosen: list[Candidate]) -> Iterator[Candidate]:
    """The second day of "March 4 and 5" or "July 27–28", its own TIMEX3 in TimeML, in the
    first one's month (and year); the parse must read it as part of a date."""
    for candidate in chosen:
        if candidate.rule.name != "month_day":
            continue
        rule = range_end_rule()
        match = rule.pattern.match(text, candidate.end)
        if match:
            start = match.start("day")
            groups = {k: v for k, v in candidate.groups.items()
                      if k in ("month", "year_shift")}
            groups.update(day=match.group("day"), _text=text[start : match.end()])
            yield Candidate(start, match.end(), rule, groups)


def settle(candidates: list[Candidate]) -> list[Candidate]:
    """Keep the longest of overlapping candidates (then the earlier rule), in text order."""
    chosen: list[Candidate] = []
    starts: list[int] = []  # of the chosen, which never overlap: sorted, with their ends
    ends: list[int] = []
    ranked = sorted(candidates, key=lambda c: (c.start - c.end, c.rule.order, c.start))
    for candidate in ranked:
        at = bisect_right(starts, candidate.start)
        if (at and ends[at - 1] > candidate.start) or (
            at < len(starts) and starts[at] < candidate.end
        ):
            continue
        starts.insert(at, candidate.start)
        ends.insert(at, candidate.end)
        chosen.append(candidate)
    return sorted(chosen, key=lambda c: c.start)
