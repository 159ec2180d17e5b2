"""TIMEX3 values of matched time expressions: plain calendar arithmetic, no model.

Each resolver takes a rule's named groups and the ``Anchors`` of the expression (the
publication date, the last date the text mentioned, the tense of the clause) and returns a
``Value`` or None to reject the match. Relative expressions with no anchor get TIMEX3's
underspecified forms ("XXXX-03-26") or no value, never a guess.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Literal

from rashomon import settings
from rashomon.nlp.common.numbers import number
from rashomon.nlp.time.grammar import (
    month_number,
    placeholders,
    weekday_number,
    word_set,
    words,
)

Direction = Literal["past", "future"] | None


@dataclass(frozen=True)
class Anchors:
    """What a relative expression is resolved against.

    published: the article's date. reference: the last day-precise date the text mentioned
    (for "the next day"). direction: the tense of the clause. before: the text just before.
    """

    published: dt.date | None
    reference: dt.date | None = None
    direction: Direction = None
    before: str = ""
    reference_period: str | None = None  # the last year, month or day mentioned ("2016-08")
    after: str = ""  # the text just after
    untensed: bool = False  # no finite verb of its own ("voted to reopen it on Saturday")
    named_days: frozenset[str] = frozenset()  # month-days the story names as known dates,
    # and movable days whose cue it carries
    past_sentence: bool = False  # its sentence has a verb in the past tense
    month_told: str | None = None  # the last month or day of a past year told of, not
    # counted from the article's date ("In December 1944": "1944-12")
    compared: bool = False  # it dates a figure compared with ("from $50.3 million, or
    # $1.17 a share, a year earlier")
    story_year: str | None = None  # the last date of a year the text told of, not counted
    # from the article's date, as far back as a narrative offset reaches ("In 1962 ... On
    # Saturday ... Three years later": "1962")
    sentence_year: int | None = None  # a year before the article's, named earlier in the
    # sentence, that dates the verb its clause hangs on ("In 2008, the campaign began airing
    # ads in mid-September": 2008)

    def period_base(self) -> tuple[dt.date | None, Literal["period", "published"]]:
        """The first day of the date under discussion, for "the next year" and "a year
        later"; the publication date where the text has given none."""
        if self.reference_period:
            return dt.date.fromisoformat(period_start(self.reference_period)), "period"
        return self.published, "published"


@dataclass(frozen=True)
class Value:
    """A TIMEX3 value, its type, its mod, and what it was computed from."""

    value: str | None
    type: str
    mod: str | None = None
    anchor: Literal["published", "reference", "period", "story", "sentence"] | None = None


# Calendar helpers


_DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def day_of(value: str | None) -> str | None:
    """The day of a value that names one ("2021-04-02", "2021-04-02TMO"), else None."""
    if value and _DAY_VALUE.match(value[:10]) and (len(value) == 10 or value[10] == "T"):
        return value[:10]
    return None


def iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def quarter_of(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


def period_start(value: str) -> str:
    """The first day a TIMEX3 date value covers, as YYYY-MM-DD, for sorting on a timeline
    ("2021-W13" -> "2021-03-29", "2021-Q2" -> "2021-04-01", "199" -> "1990-01-01")."""
    match = re.match(r"(\d{4})-W(\d{2})", value)
    if match:
        return dt.date.fromisocalendar(int(match[1]), int(match[2]), 1).isoformat()
    match = re.match(r"(\d{4})-([QH])(\d)", value)
    if match:
        month = (int(match[3]) - 1) * (3 if match[2] == "Q" else 6) + 1
        return f"{match[1]}-{month:02d}-01"
    match = re.match(r"(\d{4})-([A-Z]{2})$", value)
    starts = {s["code"]: s["months"][0] for s in words()["seasons"].values()}
    if match and match[2] in starts:
        return f"{match[1]}-{starts[match[2]]:02d}-01"
    match = re.match(r"(?:FY)?(\d{2,4})(?:-(\d{2}))?(?:-(\d{2}))?", value)
    if not match:
        return value
    year, month, day = match[1].ljust(4, "0"), match[2] or "01", match[3] or "01"
    return f"{year}-{month}-{day}"


def table_key(text: str) -> str:
    """A word or phrase as the tables of ``time_words.yaml`` key it."""
    return " ".join(text.lower().split())


def _lookup(table: dict, key: str):
    return table.get(table_key(key))


def _amount(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


def _nearest_year(month: int, day: int, anchors: Anchors) -> int | None:
    """The year of a month-day without one: the occurrence nearest the anchor, or the last
    one on or before it (past tense) or the first on or after it (future tense)."""
    anchor = anchors.published
    if anchor is None:
        return None
    options = _dates_around(month, day, anchor)
    if anchors.direction == "past":
        options = [o for o in options if o <= anchor] or options
        return max(options).year
    if anchors.direction == "future":
        options = [o for o in options if o >= anchor] or options
        return min(options).year
    return min(options, key=lambda o: abs((o - anchor).days)).year


def _close_year(month: int, day: int, anchors: Anchors) -> int | None:
    """The year of a month-day with no verb of its own (a dateline, "NEW YORK, Dec. 22
    (UPI) —" on a page dated Dec. 21) that lies ``SAME_DATE_DAYS`` or fewer from the
    article's date: that stretch's, whatever the story's tense."""
    anchor = anchors.published
    if anchor is None or not anchors.untensed:
        return None
    close = [d for d in _dates_around(month, day, anchor)
             if abs((d - anchor).days) <= settings.SAME_DATE_DAYS]
    return close[0].year if close else None


def _year_of_the_month_told(month: int, anchors: Anchors) -> int | None:
    """The year of a month-day with no year in the month of a past year the text just
    told of ("In December 1944, his unit was surrounded. Relief arrived on Dec. 27"),
    unless the clause looks ahead."""
    told = anchors.month_told
    if told is None or anchors.direction == "future" or int(told[5:7]) != month:
        return None
    return int(told[:4])


def _year_of_the_clause(anchors: Anchors) -> bool:
    """Whether a month or month-day with no year, told in the past, takes the year named
    earlier in its sentence that dates its clause ("In 2008, Obama's campaign began airing
    ads in mid-September")."""
    return anchors.sentence_year is not None and anchors.direction == "past"


def _dates_around(month: int, day: int, anchor: dt.date) -> list[dt.date]:
    """The month-day in the anchor's year and the years either side (February 29 as the
    28th where the year has none)."""
    day = min(day, 28) if month == 2 and day == 29 else day
    dates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            dates.append(dt.date(year, month, day))
        except ValueError:
            continue
    return dates


def _weekday_year(month: int, day: int, weekday: str | None, anchors: Anchors) -> int | None:
    """The year, next to the anchor's, in which the month-day falls on the weekday the text
    names with it ("Wednesday, July 31"), if exactly one does."""
    if weekday is None or anchors.published is None:
        return None
    number_ = weekday_number(weekday)
    years = []
    for year in (anchors.published.year - 1, anchors.published.year, anchors.published.year + 1):
        try:
            if dt.date(year, month, day).isoweekday() == number_:
                years.append(year)
        except ValueError:
            continue
    return years[0] if len(years) == 1 else None


def _year_of(groups: dict[str, str], anchors: Anchors) -> tuple[int | None, bool]:
    """The year a rule's groups name (explicit, or shifted from the anchor), and whether it
    came from the anchor."""
    if "year" in groups:
        return _full_year(groups["year"], anchors), False
    if "year_shift" in groups:
        if anchors.published is None:
            return None, True
        shift = _lookup(words()["shifts"], groups["year_shift"])
        return anchors.published.year + shift, True
    return None, True


def _full_year(text: str, anchors: Anchors) -> int:
    """A year written in full, or one of two digits in the century of the article's year,
    the century before if that would be more than ten years ahead ("'64" in 1997: 1964)."""
    year = int(text)
    if len(text) == 2:
        published = anchors.published.year if anchors.published else dt.date.today().year
        year += published // 100 * 100
        if year > published + _TWO_DIGIT_YEARS_AHEAD:
            year -= 100
    return year


_TWO_DIGIT_YEARS_AHEAD = 10  # how far ahead of the article a two-digit year may point


def _quantity_mod(groups: dict[str, str]) -> str | None:
    """The TIMEX3 mod of a word of quantity before a count or a clock time ("about")."""
    return _lookup(words()["quantity_mods"], groups["qmod"]) if "qmod" in groups else None


def _point_mod(mod: str | None, sign: int) -> str | None:
    """The mod of a date counted with a duration's mod ("more than a decade ago": BEFORE,
    "less than a year later": BEFORE); a duration's mod qualifies no date."""
    return words()["point_mods"]["back" if sign < 0 else "forward"].get(mod, mod)


def _part_mod(groups: dict[str, str]) -> str | None:
    word = groups.get("part_noun") or groups.get("part_adj")
    if not word:
        return None
    return _lookup(words()["part_mods"], word) or _lookup(words()["hyphen_part_mods"], word)


# Resolvers


def calendar_date(groups: dict[str, str], anchors: Anchors) -> Value | None:
    month = int(groups["mm"]) if "mm" in groups else month_number(groups["month"])
    if "day_word" in groups:  # "January first"
        day = _lookup(words()["ordinal_words"], groups["day_word"])
    else:
        day = int(groups["dd"]) if "dd" in groups else int(re.match(r"\d+", groups["day"])[0])
    year, relative = _year_of(groups, anchors)
    if year is None and relative and anchors.direction != "future" and (
            f"{month:02d}-{day:02d}" in anchors.named_days):
        known = words()["named_month_days"][f"{month:02d}-{day:02d}"]["year"]
        return Value(f"{known:04d}-{month:02d}-{day:02d}", "DATE")  # "after Sept. 11"
    if year is None and relative:
        year = _weekday_year(month, day, groups.get("weekday"), anchors) or _close_year(
            month, day, anchors) or _year_of_the_month_told(month, anchors)
        if year is None and _year_of_the_clause(anchors):
            year, relative = anchors.sentence_year, "sentence"
        year = year or _nearest_year(month, day, anchors)
        if year is None:
            return Value(f"XXXX-{month:02d}-{day:02d}", "DATE")
    try:
        date = dt.date(year, month, day)
    except (ValueError, TypeError):
        return None
    return Value(date.isoformat(), "DATE", anchor=_anchor_kind(relative))


def _anchor_kind(relative: bool | str) -> str | None:
    """The anchor a date's year came from: "sentence" (the year its clause opened with),
    the article's date when relative, else none."""
    return "sentence" if relative == "sentence" else "published" if relative else None


def holiday(groups: dict[str, str], anchors: Anchors) -> Value | None:
    """A holiday of fixed date ("Christmas Eve"): in the year given; one a few days ahead
    of the article that a past clause counts up to is that one ("the debate was held the
    Saturday before Christmas", written on December 23); else as a month-day with no
    year ("on Christmas Eve the ferry sank": last year's)."""
    month, day = map(int, _lookup(words()["holidays"], groups["holiday"]).split("-"))
    lead = anchors.before.lower().split()[-2:]
    counted_up_to = any(" ".join(lead[i:]) in word_set("holiday_leads")
                        for i in range(len(lead)))
    if anchors.published is not None and "year" not in groups and counted_up_to:
        coming = [d for d in _dates_around(month, day, anchors.published)
                  if 0 <= (d - anchors.published).days <= settings.HOLIDAY_AHEAD_DAYS]
        if coming:
            return Value(coming[0].isoformat(), "DATE", anchor="published")
    return calendar_date({"mm": str(month), "dd": str(day), **groups}, anchors)


def named_date(groups: dict[str, str], anchors: Anchors) -> Value | None:
    """A date known by a name of its own ("9/11")."""
    return Value(_lookup(words()["named_dates"], groups["named_date"]), "DATE")


def easter(year: int) -> dt.date:
    """Western Easter Sunday of ``year`` (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * ell) // 433
    month_ = (h + ell - 7 * m + 90) // 25
    return dt.date(year, month_, (h + ell - 7 * m + 33 * month_ + 19) % 32)


def _holiday_in(spec: dict, year: int) -> dt.date:
    if "easter" in spec:
        return easter(year) + dt.timedelta(days=spec["easter"])
    if "day" in spec:  # a fixed day in the years it falls ("Inauguration Day")
        return dt.date(year, spec["month"], spec["day"])
    if spec["nth"] > 0:
        first = dt.date(year, spec["month"], 1)
        day = first + dt.timedelta(days=(spec["weekday"] - first.isoweekday()) % 7)
        day += dt.timedelta(weeks=spec["nth"] - 1)
    else:
        last = add_months(dt.date(year, spec["month"], 1), 1) - dt.timedelta(days=1)
        day = last - dt.timedelta(days=(last.isoweekday() - spec["weekday"]) % 7)
    return day + dt.timedelta(days=spec.get("offset", 0))


def movable_holiday(groups: dict[str, str], anchors: Anchors) -> Value | None:
    """A holiday whose date moves ("Easter", "Labor Day"): in the year given, else the
    occurrence the tense points to, else the nearest."""
    name = table_key(groups["movable"])
    spec = words()["movable_holidays"][name]
    if "cue" in spec and name not in anchors.named_days:
        return None  # "Election Day" in a story with no sign of the United States
    since = spec.get("since", 0)  # a rule that holds from that year on ("Super Tuesday")
    if "year" in groups:
        year = _full_year(groups["year"], anchors)
        return Value(_holiday_in(spec, year).isoformat(), "DATE") if year >= since else None
    anchor = anchors.published
    if anchor is None:
        return Value(None, "DATE")
    every = spec.get("every_years", 1)  # US elections: every second or fourth year
    years = range(anchor.year - every, anchor.year + every + 1)
    remainder = spec.get("year_remainder", 0)  # inaugurations: the year after an election
    options = [_holiday_in(spec, y) for y in years if y % every == remainder and y >= since]
    if not options:
        return None
    if anchors.direction == "past":
        day = max((o for o in options if o <= anchor), default=options[0])
    elif anchors.direction == "future":
        day = min((o for o in options if o >= anchor), default=options[-1])
    else:
        day = min(options, key=lambda o: abs((o - anchor).days))
    return Value(day.isoformat(), "DATE", anchor="published")


def month(groups: dict[str, str], anchors: Anchors) -> Value | None:
    number_ = month_number(groups["month"])
    mod = _part_mod(groups)
    if "same" in groups:  # "in October of that year": the year under discussion's
        told = _year_told(anchors)
        return Value(f"{told or 'XXXX'}-{number_:02d}", "DATE", mod, "period" if told else None)
    year, relative = _year_of(groups, anchors)
    if year is None and relative and anchors.published is not None:
        anchor = anchors.published
        shift = _lookup(words()["shifts"], groups.get("shift", "")) if "shift" in groups else None
        if shift == -1:
            year = anchor.year if number_ < anchor.month else anchor.year - 1
        elif shift == 1:
            year = anchor.year if number_ > anchor.month else anchor.year + 1
        elif shift == 0:
            year = anchor.year
        else:  # by the tense; with none the nearest (January, written in December)
            # a month in progress is both past and ahead: its first day in the past tense,
            # its last in the future ("until late September", written on September 4)
            day = {"past": 1, "future": 28}.get(anchors.direction or "", 15)
            if _year_of_the_clause(anchors):
                year, relative = anchors.sentence_year, "sentence"
            else:
                year = _vote_year_ahead(number_, anchors) or _nearest_year(number_, day, anchors)
            ahead = _period_ahead(anchors)
            if ahead and anchors.direction != "past" and _indefinite(anchors.before) and (
                    year is not None and (year, number_) < (anchor.year, anchor.month)):
                year = min(_dates_around(number_, day, ahead),  # "... the April 2017
                           key=lambda o: abs((o - ahead).days)).year  # election. An
                # early May run-off": 2017; "the June poll" is a known one
                return Value(f"{year:04d}-{number_:02d}", "DATE", mod, "period")
    if year is None:
        return Value(f"XXXX-{number_:02d}", "DATE", mod)
    return Value(f"{year:04d}-{number_:02d}", "DATE", mod, _anchor_kind(relative))


def _vote_year_ahead(month_: int, anchors: Anchors) -> int | None:
    """The year of a month that is a recurring vote's in a story carrying its cue, not told
    in the past, when its coming occurrence holds the vote: "Clinton needs their votes in
    November", "Then there's November" in a US story of an election year (``election
    day`` in ``movable_holidays``); else None."""
    anchor = anchors.published
    if anchor is None or anchors.direction == "past" or (
            anchors.untensed and anchors.past_sentence):
        return None  # "the RNC agreed to let Trump use the voter file in late November"
    year = anchor.year if month_ >= anchor.month else anchor.year + 1
    for name, spec in words()["movable_holidays"].items():
        every = spec.get("every_years", 1)
        if spec.get("vote") and spec["month"] == month_ and name in anchors.named_days and (
                year % every == 0 and year >= spec.get("since", 0)):
            return year
    return None


def _indefinite(before: str) -> bool:
    """Whether an indefinite article leads to the expression ("an early May run-off"): a
    thing still to come, not a known one ("the June poll")."""
    words_ = before.lower().split()
    words_ = words_[:-1] if words_ and words_[-1] in words()["part_mods"] else words_
    return bool(words_) and words_[-1] in word_set("indefinite_articles")


def _period_ahead(anchors: Anchors) -> dt.date | None:
    """The first day of the date under discussion when it lies in a month after the
    publication date's: a story about a coming period, whose months named without a year,
    and not told in the past, are that period's rather than a month gone by."""
    if not anchors.reference_period or anchors.published is None:
        return None
    try:
        start = dt.date.fromisoformat(period_start(anchors.reference_period))
    except ValueError:
        return None
    published = anchors.published
    return start if (start.year, start.month) > (published.year, published.month) else None


def week_of_month(groups: dict[str, str], anchors: Anchors) -> Value | None:
    """"the last week of October": the ISO week holding most of the month's last seven
    days (or of its nth seven days), in the month's year."""
    found = month(groups, anchors)
    n = _lookup(words()["ordinals"], groups["ordinal"])
    if found is None or found.value is None or found.value.startswith("X") or n is None:
        return Value(None, "DATE")
    first = dt.date.fromisoformat(found.value + "-01")
    if n == -1:
        day = add_months(first, 1) - dt.timedelta(days=4)
    else:
        day = first + dt.timedelta(days=7 * n - 4)
    if day.month != first.month:  # "the fifth week of February"
        return Value(found.value, "DATE", anchor=found.anchor)
    return Value(iso_week(day), "DATE", anchor=found.anchor)


def year(groups: dict[str, str], anchors: Anchors) -> Value | None:
    if "century" in groups:  # the "58" of "1957-58", "00" of "1999-00"; not "2015-12"
        start = int(groups["century"] + groups["start_yy"])
        end = int(groups["century"] + groups["yy"])
        end += 100 if end < start else 0
        return Value(str(end), "DATE") if 0 < end - start <= 20 else None
    text = groups.get("year") or groups["yy"]
    if "range_start" in groups and not (  # "from 2009-2013", not "1800-2000 protesters"
            0 < int(text) - int(groups["range_start"]) <= settings.YEAR_RANGE_MAX_YEARS):
        return None
    return Value(f"{_full_year(text, anchors):04d}", "DATE", _part_mod(groups))


def fiscal_year(groups: dict[str, str], anchors: Anchors) -> Value | None:
    written = groups.get("year") or groups.get("year_first") or groups["fy"]
    return Value(f"FY{_full_year(written, anchors):04d}", "DATE")


def decade(groups: dict[str, str], anchors: Anchors) -> Value | None:
    if "decade" in groups:
        return Value(groups["decade"][:3], "DATE", _part_mod(groups))
    if "decade_word" in groups:
        digit = _lookup(words()["decade_words"], groups["decade_word"])
    else:
        digit = int(groups["short_decade"][0])
    now = anchors.published or dt.date.today()
    century = now.year // 100 if digit * 10 <= now.year % 100 else now.year // 100 - 1
    return Value(f"{century}{digit}", "DATE", _part_mod(groups))


def century(groups: dict[str, str], anchors: Anchors) -> Value | None:
    if "century_word" in groups:
        number_ = _lookup(words()["ordinal_words"], groups["century_word"])
    else:
        number_ = int(groups["century"])
    return Value(f"{number_ - 1:02d}", "DATE", _part_mod(groups))


def _year_told(anchors: Anchors) -> int | None:
    """The year of the date under discussion (``Anchors.period_base``), None where the
    text has given none ("that spring" with no year before it)."""
    base, kind = anchors.period_base()
    return base.year if kind == "period" and base is not None else None


def _period_year(groups: dict[str, str], anchors: Anchors) -> int | None:
    year, _ = _year_of(groups, anchors)
    return year


def quarter(groups: dict[str, str], anchors: Anchors) -> Value | None:
    if "quarter" in groups:
        n = int(groups["quarter"][1])
    else:
        n = _lookup(words()["ordinals"], groups["ordinal"])
        if n is None or n > 4:
            return None
    year = _period_year(groups, anchors)
    anchor = anchors.published
    if year is None:
        if anchor is None:
            return Value(f"XXXX-Q{n}" if n > 0 else None, "DATE", _part_mod(groups))
        if n == -1:  # "the last quarter": the one before the anchor's
            return Value(_quarter_before(anchor), "DATE", anchor="published")
        year = _quarter_year(n, anchors)
        return Value(f"{year}-Q{n}", "DATE", _part_mod(groups), "published")
    return Value(f"{year}-Q{n if n > 0 else 4}", "DATE", _part_mod(groups))


def _quarter_before(day: dt.date) -> str:
    """The quarter before the one ``day`` is in ("the last quarter")."""
    index = day.year * 4 + quarter_of(day) - 2
    return f"{index // 4}-Q{index % 4 + 1}"


def _quarter_year(n: int, anchors: Anchors) -> int:
    """The year of the ``n``th quarter named with no year, as ``_year_of_part``; but with
    no finite verb of its own ("Fourth-quarter revenue rose" in February) in a sentence
    told in the past, the last one begun; and otherwise one that ended
    ``settings.QUARTER_RESULTS_DAYS`` or fewer before the anchor is that one, its results
    still to come ("expects fourth-quarter revenue to fall" in January)."""
    anchor, direction = anchors.published, anchors.direction
    current = quarter_of(anchor)
    if direction is None and anchors.untensed and anchors.past_sentence:
        return anchor.year - (n > current)
    if direction != "past":
        year = anchor.year - (n >= current)  # the last one over
        day_after = add_months(dt.date(year, 3 * n - 2, 1), 3)
        if (anchor - day_after).days < settings.QUARTER_RESULTS_DAYS:
            return year
    return _year_of_part(n, current, anchor.year, direction)


def _year_of_part(n: int, current: int, year: int, direction: Direction) -> int:
    """The year of the ``n``th quarter or half named with no year, ``current`` being the
    anchor's: one not yet over is last year's in the past tense, one gone by is next
    year's in the future tense, else the anchor's year."""
    if direction == "past" and n >= current:
        return year - 1
    if direction == "future" and n < current:
        return year + 1
    return year


def the_quarter(groups: dict[str, str], anchors: Anchors) -> Value | None:
    """"the quarter": the quarter under discussion, else the last one ended before the
    anchor (results are told of quarters that have ended), or the current one ahead."""
    period = anchors.reference_period
    if period and re.fullmatch(r"\d{4}-Q[1-4]", period):
        return Value(period, "DATE", anchor="period")
    anchor = anchors.published
    if anchor is None:
        return Value(None, "DATE")
    if anchors.direction == "future":
        return Value(f"{anchor.year}-Q{quarter_of(anchor)}", "DATE", anchor="published")
    return Value(_quarter_before(anchor), "DATE", anchor="published")


def half_year(groups: dict[str, str], anchors: Anchors) -> Value | None:
    n = 1 if groups["ordinal"].lower() in ("first", "1st") else 2
    year = _period_year(groups, anchors)
    anchor = anchors.published
    if year is None and anchor is not None:
        year = anchor.year
        current = 1 if anchor.month <= 6 else 2
        if "of_the_year" in groups:  # "the first half of the year": this year's, once
            year -= anchors.direction == "past" and n > current  # begun
        else:
            year = _year_of_part(n, current, anchor.year, anchors.direction)
    return Value(f"{year}-H{n}" if year else f"XXXX-H{n}", "DATE")


def season(groups: dict[str, str], anchors: Anchors) -> Value | None:
    spec = _lookup(words()["seasons"], groups["season"])
    code = spec["code"]
    if spec.get("ambiguous") and not ({"shift", "year", "part_noun", "part_adj"} & set(groups)):
        previous = anchors.before.split()[-1:]
        if not previous or previous[0].lower() not in word_set("season_cues"):
            return None
    year = _period_year(groups, anchors)
    if year is None and "same" in groups:  # "that spring": the year under discussion's
        year = _year_told(anchors)
        if year is None:
            return Value(f"XXXX-{code}", "DATE", _part_mod(groups))
    anchor = anchors.published
    shift_word = groups.get("shift", "").lower()
    if shift_word in word_set("anaphoric_shifts") and anchors.reference_period and (
            anchors.before.lower().rstrip().endswith("the")):  # "the following spring":
        anchor = _period_edge(anchors.reference_period,  # after the date under discussion
                              last=_lookup(words()["shifts"], shift_word) > 0)
    if year is None and anchor is not None:
        shift = _lookup(words()["shifts"], groups["shift"]) if "shift" in groups else 0
        start = spec["months"][0]
        if shift:
            year = _next_or_last_season(start, shift, anchor)
        else:  # the season in progress or of this year; "this summer" long over for the
            # year (written in December), and not in the past: the next one ("sales this
            # summer are up", written in September, is still the last); winter, which
            # runs into the next year, is the one that begins this year
            end = spec["months"][-1]
            year = anchor.year - (anchors.direction == "past" and start > anchor.month and (
                "shift" not in groups or start > end))  # "this summer" is this year's even
            # in a past clause ("... until they cast their votes this summer", written in
            # April); "this winter" in February is the one begun last December
            year += "shift" in groups and anchors.direction != "past" and (
                start <= end < anchor.month - settings.SEASON_OVER_MONTHS)
            year += "shift" not in groups and anchors.direction == "future" and (
                start <= end < anchor.month)  # "will recover by the spring", in October
    mod = _part_mod(groups)
    return Value(f"{year}-{code}" if year else f"XXXX-{code}", "DATE", mod)


@cache
def _season_codes() -> str:
    """The seasons' codes of ``time_words.yaml`` as one regex alternation ("FA|SP|SU|WI")."""
    return "|".join(sorted({s["code"] for s in words()["seasons"].values()}))


@cache
def _period_pattern() -> re.Pattern[str]:
    return re.compile(rf"^\d{{4}}(?:(?:-\d{{2}}){{0,2}}|-Q[1-4]|-H[12]|-(?:{_season_codes()}))$")


@cache
def _three_months() -> re.Pattern[str]:
    return re.compile(rf"-(?:Q[1-4]|{_season_codes()})$")  # a quarter or a season


def is_period_value(value: str) -> bool:
    """Whether a value names a whole period: a year, half, quarter, season, month or day."""
    return _period_pattern().match(value) is not None


def _period_edge(value: str, last: bool) -> dt.date:
    """The first or the last day of a period value ("2010", "2010-H1", "2010-Q2", "2010-SU",
    "2010-05", "2010-05-03")."""
    first = dt.date.fromisoformat(period_start(value))
    if not last or len(value) >= 10:
        return first
    months = 12 if len(value) == 4 else 6 if value[4:6] == "-H" else 3 if (
        _three_months().search(value)) else 1
    return add_months(first, months) - dt.timedelta(days=1)


def _next_or_last_season(start_month: int, shift: int, anchor: dt.date) -> int:
    """The year of "next/coming fall" (the first such season still to begin: in July, this
    year's) or "last spring" (the last one over: in November, this year's)."""
    starts = [dt.date(year, start_month, 1) for year in range(anchor.year - 2, anchor.year + 2)]
    if shift > 0:
        return min(s for s in starts if s > anchor).year
    return max(s for s in starts if add_months(s, 3) <= anchor).year


def _anaphoric(groups: dict[str, str]) -> bool:
    """Whether a period is named from the date under discussion, not from today: "the
    next year", "the following decade", "that year", "the year before" (TimeML: relative
    to the reference time)."""
    if "same" in groups or "after" in groups:
        return True
    text = groups["_text"].lower()
    shift = groups.get("shift", "").lower()
    return text.startswith("the ") and shift in word_set("anaphoric_shifts")


def _period_shift(word: str) -> int | None:
    """A shift of a relative period: "last" -1, "next" 1; "the latest" -1 as well."""
    shift = _lookup(words()["shifts"], word)
    return shift if shift is not None else _lookup(words()["period_shifts_after_the"], word)


_UNKNOWN_PERIOD = {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX",
                   "year": "XXXX", "quarter": "XXXX-QX", "decade": "XXX", "century": "XX"}
"""A period of each unit that the text does not place (TIMEX3 X placeholders)."""


def relative_period(groups: dict[str, str], anchors: Anchors) -> Value | None:
    unit = groups["unit"].lower()
    if "after" in groups:
        later = groups["after"].lower() in ("after", "later")
        groups = {**groups, "shift": "next" if later else "last"}
    shift = _period_shift(groups["shift"]) if "shift" in groups else None
    anchor, kind = anchors.published, "published"
    mod = _part_mod(groups)
    told_of_a_part = mod is not None and shift is None and anchors.direction == "past"
    if _anaphoric(groups):
        if anchors.reference_period is None and table_key(groups.get("same", "")) in word_set(
                "pointing_back_only"):  # "That same year, she married" with no year told
            return Value(_UNKNOWN_PERIOD[unit], "DATE", mod)
        anchor, kind = anchors.period_base()
        # "The following week, the minister resigned", with no date before it: not next week
        if kind == "published" and shift is not None and shift > 0 and (
                anchors.direction == "past"):
            return Value(_UNKNOWN_PERIOD[unit], "DATE", mod)
    elif told_of_a_part and anchor is not None and _part_to_come(unit, mod, anchor):
        shift = -1  # "sales slowed at midyear", written in April: last year's
    if shift is None and unit != "weekend":  # "the end of the year": the current one
        shift = 0
    if shift is None:  # "the weekend": the coming one in the future tense, else the last
        shift = 0 if anchors.direction == "future" else -1
        if anchor is not None and anchor.isoweekday() >= 6:
            shift = 0
    elif unit == "weekend" and shift == 0 and anchors.direction == "past" and (
            anchor is not None and anchor.isoweekday() < 5):
        shift = -1  # "two contests this weekend" told on a Monday: the one just past
    if anchor is None:
        return Value(None, "DATE", mod)
    if unit == "week" and shift == 0 and kind == "published" and anchor.isoweekday() == 7 \
            and anchors.direction != "past":
        anchor += dt.timedelta(days=1)  # on a Sunday, "this week" is the one that opens
    if unit in ("week", "weekend"):
        value = iso_week(anchor + dt.timedelta(weeks=shift))
        value += "-WE" if unit == "weekend" else ""
    elif unit == "month":
        value = add_months(anchor, shift).strftime("%Y-%m")
    elif unit == "year":
        value = ("FY" if "fiscal" in groups else "") + f"{anchor.year + shift:04d}"
    elif unit == "quarter":
        index = anchor.year * 4 + quarter_of(anchor) - 1 + shift
        value = f"{index // 4}-Q{index % 4 + 1}"
    elif unit == "decade":
        value = f"{anchor.year // 10 + shift:03d}"
    else:
        value = f"{anchor.year // 100 + shift:02d}"
    return Value(value, "DATE", mod, kind)


def _part_to_come(unit: str, mod: str, anchor: dt.date) -> bool:
    """Whether the middle or end of the anchor's year or month is still ahead of it
    (``settings.PART_REACHED``)."""
    reached = settings.PART_REACHED.get(f"{unit} {mod}")
    if reached is None:
        return False
    return (anchor.month if unit == "year" else anchor.day) < reached


def same_period(groups: dict[str, str], anchors: Anchors) -> Value | None:
    """"the same period last year", "the same month a year ago": the date under
    discussion (else the article's), at the unit's precision, N years back."""
    years = number(groups["number"]) if "number" in groups else 1
    base, kind = anchors.period_base()
    if base is None or years is None:
        return Value(None, "DATE")
    try:
        day = base.replace(year=base.year - int(years))
    except ValueError:  # February 29
        day = base.replace(year=base.year - int(years), day=28)
    unit = groups["unit"].lower()
    if unit == "month":
        value = day.strftime("%Y-%m")
    elif unit == "quarter":
        value = f"{day.year}-Q{quarter_of(day)}"
    elif unit == "week":
        value = iso_week(day)
    elif unit == "day" or (kind == "period" and len(anchors.reference_period) == 10):
        value = day.isoformat()  # a day, clamped on February 29
    elif kind == "period":  # "period", "time": the date under discussion, years back
        value = f"{int(anchors.reference_period[:4]) - int(years):04d}"
        value += anchors.reference_period[4:]
    else:  # no date under discussion: the year before the article's
        value = str(day.year)
    return Value(value, "DATE", anchor=kind)


_DAY_UNITS = {"D": 1, "W": 7}
_A_PART_OF_A_YEAR = re.compile(r"(\d{4})(-[QH][1-4]|-\d{2})")  # a quarter, half or month


def year_s_period(groups: dict[str, str], anchors: Anchors) -> Value | None:
    """"the 1989 quarter", "the 1989 half", "the 1988 period": the quarter, half or part of
    a year under discussion, in the year named; the year where none is under discussion
    (or it is of another kind)."""
    year, unit = groups["year"], groups["unit"].lower()
    part = _A_PART_OF_A_YEAR.fullmatch(anchors.reference_period or "")
    kinds = {"quarter": "-Q", "half": "-H", "period": "-"}
    if part and part[2].startswith(kinds[unit]):
        return Value(year + part[2], "DATE", anchor="period")
    return Value(year, "DATE")


def offset_date(groups: dict[str, str], anchors: Anchors) -> Value | None:
    amount = _count(groups["number"]) if "number" in groups else None
    spec = unit_spec(groups["unit"])
    offset = _lookup(words()["offset_words"], groups["offset"])
    sign, ago = offset["sign"], offset.get("from_article", False)
    vague = "number" not in groups or _lookup_vague(groups["number"])
    clock_range = spec is not None and spec.get("clock") and amount is not None  # "four-five
    if ((amount is None and vague) or ("alternative" in groups and not clock_range)) and (
            sign < 0):  # hours ago" is still that day
        return Value("PAST_REF", "DATE")  # "a few weeks ago", "years earlier", "40 or 50
        # years ago"
    if amount is None or spec is None:
        return None
    base = anchors.published if ago else (anchors.reference or anchors.published)
    anchor_kind = "published" if ago or anchors.reference is None else "reference"
    if spec.get("clock"):  # "Four hours earlier", "two hours ago": that day, its hour
        return _clock_offset_day(amount * spec.get("times", 1) * sign, spec, base, anchor_kind,
                                 "APPROX" if "alternative" in groups else _quantity_mod(groups),
                                 ago)
    if not ago and anchors.reference_period and spec["letter"] in ("M", "Y"):
        base, anchor_kind = anchors.period_base()  # the latest date: "in 2009 ... four
        # years later" counts from 2009, even after a day named before it
    if base is None:
        return Value(None, "DATE")
    amount += 0.5 if "half_after" in groups else 0
    letter = spec["letter"]
    steps = amount * sign * spec.get("times", 1)
    mod = _point_mod(_quantity_mod(groups), sign)
    if "alternative" in groups:  # "two or three days later": about the first
        mod = "APPROX"
    if sign > 0 and not ago and anchor_kind == "published" and anchors.direction is None:
        steps = 0  # "a decade later, the firm remains …": later than a past event, so now
    if _later_than_the_article(base, steps, letter, anchors):
        base, anchor_kind = dt.date.fromisoformat(period_start(anchors.story_year)), "story"
        # "In 1962 ... she recalled last week ... Three years later, the band began": 1965
    if letter == "Y" and steps != int(steps):  # "a year and a half ago": in months
        letter, steps = "M", steps * 12
    if letter in _DAY_UNITS:  # "a week and a half ago": in days
        value = (base + dt.timedelta(days=round(steps * _DAY_UNITS[letter]))).isoformat()
    elif letter == "M":
        value = add_months(base, int(steps)).strftime("%Y-%m")
    elif letter == "Y":
        value = f"{base.year + int(steps):04d}"
        # "in the quarter, 31 % up from a year earlier", "third-quarter profit fell from a
        # year ago": that quarter (or half) of the year before; "sales fell 14% in October
        # from a year earlier": that month of the year before, when the words right before
        # compare (not "compared with $151 million, or $3.18 a share, a year earlier" after
        # a month told of in passing)
        part = _A_PART_OF_A_YEAR.fullmatch(anchors.reference_period or "")
        compares = _compares(anchors.before)
        of_a_quarter = part is not None and part[2][1] in "QH"  # or half, not a month
        if part and abs(steps) == 1 and (compares or of_a_quarter) and (
                anchor_kind == "period" or (ago and int(part[1]) == base.year and (
                    compares or anchors.compared))):
            value += part[2]
    else:
        return None
    return Value(value, "DATE", mod, anchor_kind)


def _later_than_the_article(base: dt.date, steps: float, letter: str, anchors: Anchors
                            ) -> bool:
    """Whether "N years later" (or months) told in the past tense would fall after the
    article's date from the date under discussion, while a year the text told of before
    it is there to count from."""
    published = anchors.published
    if steps <= 0 or letter not in ("Y", "M") or anchors.direction != "past" or (
            published is None or anchors.story_year is None):
        return False
    months = int(steps) * (12 if letter == "Y" else 1)
    return add_months(base.replace(day=1), months) > published.replace(day=1)


def _compares(before: str) -> bool:
    """Whether the words before an expression compare a figure with it ("up 15% from a
    year ago", "compared with a year ago")."""
    words_before = before.split()
    return bool(words_before) and words_before[-1].lower() in word_set("comparison_words")


_HOURS_PER_CLOCK_UNIT = {"H": 1, "M": 1 / 60, "S": 1 / 3600}


def _clock_offset_day(amount: float, spec: dict, base: dt.date | None, anchor_kind: str,
                      mod: str | None, ago: bool) -> Value | None:
    """The day of a signed count of hours, minutes or seconds from a day whose hour the
    text does not give ("Four hours earlier" on the day just named): that day; whole days
    on from a day the text or the article gives ("48 hours later", "72 hours ago");
    unresolved when the count may cross into another day
    (``settings.CLOCK_OFFSET_MAX_HOURS``: "36 hours later") or no day is known."""
    hours = amount * _HOURS_PER_CLOCK_UNIT[spec["letter"]]
    if base is None:
        return Value(None, "DATE", mod)
    if abs(hours) >= settings.CLOCK_OFFSET_MAX_HOURS:
        counted_from_a_day = ago or anchor_kind != "published"  # not a "later" than what?
        if hours % 24 or not counted_from_a_day or mod not in (None, "APPROX"):
            return Value(None, "DATE", mod)
        base += dt.timedelta(days=hours // 24)
    return Value(base.isoformat(), "DATE", mod, anchor_kind)


def deictic_day(groups: dict[str, str], anchors: Anchors) -> Value | None:
    spec = _lookup(words()["days"], groups["day_word"])
    if anchors.published is None:
        return Value(None, "TIME" if "part" in spec else "DATE")
    day = anchors.published + dt.timedelta(days=spec["offset"])
    mod = _part_mod(groups)  # "late yesterday"
    if "part" in spec:
        return Value(f"{day.isoformat()}T{spec['part']}", "TIME", mod, "published")
    return Value(day.isoformat(), "DATE", mod, "published")


OF_AN_EVENT = re.compile(r"\s+of\s+(?:the\s+)?", re.IGNORECASE)
"""What joins "the eve" or "the day" to the event it is of ("the eve of (the) ...")."""


def event_day(anaphor: str, event_value: str | None) -> str | None:
    """The day of "the eve of" or "the day of" an event whose date ``event_value`` the
    text gives right after ("the eve of Independence Day"), else None."""
    day = day_of(event_value)
    if day is None or table_key(anaphor) not in word_set("anaphors_of_an_event"):
        return None
    offset = _lookup(words()["anaphoric_days"], anaphor)
    return (dt.date.fromisoformat(day) + dt.timedelta(days=offset)).isoformat()


def anaphor_key(groups: dict[str, str]) -> str:
    """The ``anaphoric_days`` key of an anaphor; a part of a day is keyed by its day ("the
    next morning": "the next day", "the night before": "the day before")."""
    anaphor = table_key(groups["anaphor"])
    part = groups.get("part_of_day")
    return anaphor.replace(part.lower(), "day") if part else anaphor


def anaphoric_day(groups: dict[str, str], anchors: Anchors) -> Value | None:
    anaphor = anaphor_key(groups)
    offset = _lookup(words()["anaphoric_days"], anaphor)
    part = _lookup(words()["parts_of_day"], groups["part_of_day"]) if "part_of_day" in groups \
        else None
    type_, at_part = ("TIME", f"T{part}") if part else ("DATE", "")
    # with no day before it, "That day, I was jubilant" or "the eve of trial" is no day
    # the text gives, and not today
    if anchors.reference is None and (anaphor in word_set("anaphors_away") or (
            anaphor in word_set("anaphors_of_an_event") and OF_AN_EVENT.match(anchors.after))):
        return Value(f"XXXX-XX-XX{at_part}", type_)
    base = anchors.reference or anchors.published
    if base is None:
        return Value(None, type_)
    kind = "reference" if anchors.reference else "published"
    return Value(f"{(base + dt.timedelta(days=offset)).isoformat()}{at_part}", type_, anchor=kind)


def weekday_date(weekday: int, anchors: Anchors, shift: int | None = None) -> dt.date | None:
    """The date of a weekday named relative to the anchor: on or before it in the past
    tense, before it after "last" but never the day before ("last Thursday" on a Friday is
    the week before's: news calls yesterday plain "Thursday"), on or after it in the future
    tense or after "next", else the nearer (the past one on a tie), and with no finite verb
    the past one up to ``UNTENSED_WEEKDAY_BACK_DAYS`` back."""
    anchor = anchors.published
    if anchor is None:
        return None
    back = (anchor.isoweekday() - weekday) % 7
    forward = (weekday - anchor.isoweekday()) % 7
    if shift == -1:
        return anchor - dt.timedelta(days=back + 7 if back <= 1 else back)
    if shift == 1:
        return anchor + dt.timedelta(days=forward or 7)
    if shift == 0:  # "this Tuesday": the coming one in the future tense, the last in the
        if anchors.direction == "future":  # past, else the one of the current week
            return anchor + dt.timedelta(days=forward)
        if anchors.direction == "past":
            return anchor - dt.timedelta(days=back)
        return anchor - dt.timedelta(days=anchor.isoweekday() - weekday)
    near_past = back <= forward or (
        anchors.untensed and back <= settings.UNTENSED_WEEKDAY_BACK_DAYS)
    if anchors.direction == "past" or (anchors.direction is None and near_past):
        return anchor - dt.timedelta(days=back)
    return anchor + dt.timedelta(days=forward)


def weekday(groups: dict[str, str], anchors: Anchors) -> Value | None:
    number_ = weekday_number(groups["weekday"])
    shift = _lookup(words()["shifts"], groups["shift"]) if "shift" in groups else None
    part_word = groups.get("part_of_day") or groups.get("lead_part", "")
    part = _lookup(words()["parts_of_day"], part_word)
    type_ = "TIME" if part else "DATE"
    date = _weekday_told(number_, anchors) if "same" in groups else weekday_date(
        number_, anchors, shift)
    mod = _part_mod(groups) or _lookup(words()["part_mods"], groups.get("lead_adj", ""))
    if date is None:
        return Value(f"XXXX-WXX-{number_}" + (f"T{part}" if part else ""), type_, mod)
    return Value(date.isoformat() + (f"T{part}" if part else ""), type_, mod,
                 "reference" if "same" in groups else "published")


def _weekday_told(weekday: int, anchors: Anchors) -> dt.date | None:
    """"that Saturday": the day of that name in the week of the day just told of ("It
    began on Monday, May 6. By that Friday": May 10); None with no day told."""
    if anchors.reference is None:
        return None
    return anchors.reference + dt.timedelta(days=weekday - anchors.reference.isoweekday())


def part_of_day(groups: dict[str, str], anchors: Anchors) -> Value | None:
    code = _lookup(words()["parts_of_day"], groups["part_of_day"])
    mod = _part_mod(groups)  # "in the late afternoon": END
    base = anchors.reference or anchors.published
    if base is None or "some" in groups:  # "one evening in the 1960s": no day given
        return Value(f"XXXX-XX-XXT{code}", "TIME", mod)
    kind = "reference" if anchors.reference else "published"
    return Value(f"{base.isoformat()}T{code}", "TIME", mod, kind)


def period_of_the_day_told(groups: dict[str, str], anchors: Anchors) -> Value | None:
    """"earlier in the week", "later in the month": the week (month, year) of the day
    under discussion ("Friday's ruling, with one filed earlier in the week"), else of the
    article's date."""
    day = anchors.reference or anchors.published
    if day is None:
        return Value(None, "DATE")
    unit = groups["unit"].lower()
    value = iso_week(day) if unit == "week" else day.strftime("%Y-%m") if unit == "month" \
        else str(day.year)
    return Value(value, "DATE", anchor="reference" if anchors.reference else "published")


def overnight(groups: dict[str, str], anchors: Anchors) -> Value | None:
    """"the fire doubled in size overnight": the night before the article's day; "the road
    will close overnight": its own night."""
    if anchors.published is None:
        return Value("XXXX-XX-XXTNI", "TIME")
    night = anchors.published - dt.timedelta(days=0 if anchors.direction == "future" else 1)
    return Value(f"{night.isoformat()}TNI", "TIME", anchor="published")


def reference(groups: dict[str, str], anchors: Anchors) -> Value | None:
    return Value(_lookup(words()["references"], groups["reference"]), "DATE")


def night_stretch(groups: dict[str, str], anchors: Anchors) -> Value | None:
    """"spent one night in jail": a night's length."""
    return Value("P1D", "DURATION")


def some_day(groups: dict[str, str], anchors: Anchors) -> Value | None:
    """"one day" as a day the text does not give ("One day he walked in"), not a day's
    length."""
    return Value("XXXX-XX-XX", "DATE")


def present_ref(groups: dict[str, str], anchors: Anchors) -> Value | None:
    """The present as an era ("today's economy"), not the day."""
    return Value("PRESENT_REF", "DATE")


def future_ref(groups: dict[str, str], anchors: Anchors) -> Value | None:
    """The future as a noun ("a brighter tomorrow"), not the next day."""
    return Value("FUTURE_REF", "DATE")


def unit_spec(unit: str) -> dict | None:
    """The ``units`` entry of a unit word, singular or plural ("weeks" -> {letter: W})."""
    return _lookup(words()["units"], _singular(unit))


def _singular(unit: str) -> str:
    unit = table_key(unit)
    if unit.endswith("ies") and unit != "ies":
        return unit[:-3] + "y"
    return unit[:-1] if unit.endswith("s") else unit


def duration(groups: dict[str, str], anchors: Anchors) -> Value | None:
    spec = unit_spec(groups["unit"])
    if spec is None:
        return None
    raw = groups.get("number")
    if spec.get("counted") and raw and raw.lower() in ("a", "an"):
        return None
    amount = _count(raw) if raw else (1 if raw is None and groups["unit"][-1:] != "s" else None)
    if raw and amount is None and _lookup_vague(raw) is None:
        return None
    if "alternative" in groups:  # "two or three weeks": no one count
        amount = None
    if amount is not None and ("half" in groups or "half_after" in groups):
        amount += 0.5
    letter = spec["letter"]
    if amount is None and "vague_letter" in spec:  # "decades": PXDE
        letter = spec["vague_letter"]
    if letter == "WE":
        letter, amount = "D", (amount or 1) * 2 if amount is not None else None
    amount = amount * spec.get("times", 1) if amount is not None else None
    if spec.get("clock") and amount is not None and amount != int(amount):
        amount, letter = _in_finer_clock_units(amount, letter)
    prefix = "PT" if spec.get("clock") else "P"
    count = _amount(amount) if amount is not None else "X"
    mod = _quantity_mod(groups)
    tail = groups.get("or_more") or groups.get("or_more_after")
    if tail:  # "two or more years", "a decade or more", "a week or so"
        mod = _lookup(words()["or_more_words"], tail.split()[-1])
    elif "plus" in groups or "plus_after" in groups:  # "90-plus minutes", "a year-plus"
        mod = "EQUAL_OR_MORE"
    return Value(f"{prefix}{count}{letter}", "DURATION", mod)


def _count(text: str) -> float | None:
    """A number of units: a cardinal, or a fraction or dozen ("a half", "half-dozen")."""
    found = number(text)
    return found if found is not None else words()["fraction_numbers"].get(table_key(text))


def period_of_a_clause(groups: dict[str, str], anchors: Anchors) -> Value | None:
    """The period a relative clause tells of ("in a year in which the ferry has lost
    money"): the one now, or one the text does not place when told in the past
    ("in a year when the mill closed")."""
    unit = groups["unit"].lower()
    if anchors.direction == "past" or anchors.published is None or unit not in _UNKNOWN_PERIOD:
        return Value(_UNKNOWN_PERIOD.get(unit, "XXXX"), "DATE")
    return relative_period({"unit": unit, "shift": "this", "_text": f"this {unit}"}, anchors)


def _lookup_vague(text: str) -> bool | None:
    return True if table_key(text) in words()["vague_numbers"] else None


def _clock_date(groups: dict[str, str], anchors: Anchors) -> dt.date | None:
    if "time_weekday" in groups:
        number_ = weekday_number(groups["time_weekday"])
        return weekday_date(number_, anchors)
    if "time_month" in groups:
        named = {"month": groups["time_month"], "day": groups["time_date"]}
        if "time_year" in groups:  # "6:30 a.m. on March 19, 2002"
            named["year"] = groups["time_year"]
            found = calendar_date(named, anchors)
            return dt.date.fromisoformat(found.value) if found else None
        found = calendar_date(named, anchors)
        return dt.date.fromisoformat(found.value) if found and found.anchor else None
    if "time_day_word" in groups:
        spec = _lookup(words()["days"], groups["time_day_word"])
        return anchors.published + dt.timedelta(days=spec["offset"]) if anchors.published else None
    named = _day_after_aside(anchors.after)  # "09:30 local time (0830 UTC) on Tuesday"
    if named:
        return _clock_date({**groups, **named}, anchors)
    return anchors.reference or anchors.published


@cache
def _aside_then_day() -> re.Pattern[str]:
    """A bracketed aside, or the bracket a clock time closes, then the grammar's own day of
    a clock time ({time_day}: "on Tuesday", "tomorrow", "March 3")."""
    return re.compile(r"\s*(?:local\s+time\s*)?(?:\([^()]{1,24}\)|\)(?=\s))"
                      + placeholders()["time_day"])


def _day_after_aside(after: str) -> dict[str, str]:
    """The day named after a bracketed aside that follows a clock time ("(0830 UTC) on
    Tuesday"), or after the bracket a clock time closes ("0830 UTC) on Tuesday")."""
    match = _aside_then_day().match(after)
    return {k: v for k, v in match.groupdict().items() if v} if match else {}


def clock(groups: dict[str, str], anchors: Anchors) -> Value | None:
    second = ""
    if "named_time" in groups:
        hour, minute = (0, 0) if groups["named_time"].lower() == "midnight" else (12, 0)
        if hour == 0 and ("time_weekday" in groups or "time_month" in groups or table_key(
                groups.get("time_day_word", "")) in word_set("midnight_ending_days") or (
                anchors.direction == "future")):
            hour = 24  # "midnight Wednesday", "midnight Nov. 16", "midnight tonight",
            # "takes effect at midnight": the end of that day
    elif "hhmm" in groups:
        hour, minute = int(groups["hhmm"][:2]), int(groups["hhmm"][2:])
    else:
        if groups["hour"].lower() in ("a", "an"):  # "an o'clock" is no hour
            return None
        hour = int(groups["hour"]) if groups["hour"].isdigit() else int(number(groups["hour"]))
        minute = int(groups.get("minute") or 0)
        if hour > 24:  # "ninety o'clock"
            return None
        second = f":{groups['second']}" if "second" in groups else ""
        ampm = groups.get("ampm", "").lower().replace(".", "")
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        elif not ampm and hour < 12 and _after_noon(groups, hour):
            hour += 12  # "6 o'clock this afternoon", "at 9 tonight"
    zone = "Z" if "zone" in groups else ""
    date = _clock_date(groups, anchors)
    if date and "hour" in groups and "ampm" not in groups and _small_hours(groups, hour):
        date, hour = date + dt.timedelta(days=1), hour % 12  # "2:30 last night": after
        # midnight, so the next day's ("12:15 last night" is 00:15)
    day = date.isoformat() if date else "XXXX-XX-XX"
    anchor = None
    if date and "time_year" not in groups:
        named = {"time_weekday", "time_month", "time_day_word"} & set(groups)
        anchor = "reference" if not named and date == anchors.reference else "published"
    mod = _quantity_mod(groups)
    return Value(f"{day}T{hour:02d}:{minute:02d}{second}{zone}", "TIME", mod, anchor)


_DAWN_HOUR = 6  # a night's clock hour before it is after midnight ("2:30 last night")


def _after_noon(groups: dict[str, str], hour: int) -> bool:
    """Whether the part of the day after a clock time with no a.m. or p.m. puts it after
    noon: the afternoon or the evening, or a night's hour from dawn ("9 tonight"; "3 last
    night" is before dawn)."""
    part = _day_word_part(groups)
    return part in ("AF", "EV") or (part == "NI" and hour >= _DAWN_HOUR)


def _small_hours(groups: dict[str, str], hour: int) -> bool:
    """Whether a clock time before a night ("2:30 last night", "12:15 tonight") is after
    its midnight: before dawn, or twelve."""
    return _day_word_part(groups) == "NI" and (hour < _DAWN_HOUR or hour == 12)


def _day_word_part(groups: dict[str, str]) -> str | None:
    """The part of the day ("AF") of the deictic day after a clock time ("this afternoon")."""
    return (_lookup(words()["days"], groups.get("time_day_word", "")) or {}).get("part")


def race_time(groups: dict[str, str], anchors: Anchors) -> Value | None:
    """A finishing time, "2:09:31": hours, minutes and seconds taken."""
    seconds = f"{float(groups['race_seconds']):g}"
    hours, minutes = int(groups["race_hours"]), int(groups["race_minutes"])
    return Value(f"PT{hours}H{minutes}M{seconds}S", "DURATION")


def part_of_a_date(groups: dict[str, str], anchors: Anchors) -> Value | None:
    """"the night of June 21": that day's part."""
    date = calendar_date(groups, anchors)
    code = _lookup(words()["parts_of_day"], groups["part_of_day"])
    if date is None or date.value is None:
        return date
    return Value(f"{date.value}T{code}", "TIME", anchor=date.anchor)


def frequency(groups: dict[str, str], anchors: Anchors) -> Value | None:
    return Value(_lookup(words()["frequencies"], groups["frequency"]), "SET")


def every(groups: dict[str, str], anchors: Anchors) -> Value | None:
    day = groups.get("weekday") or groups.get("weekdays")
    if day and "part_of_day" not in groups:
        return Value(f"XXXX-WXX-{weekday_number(day)}", "SET")
    if "part_of_day" in groups:  # "every morning"; "on Monday nights"
        code = _lookup(words()["parts_of_day"], _singular(groups["part_of_day"]))
        if "weekday" in groups:
            return Value(f"XXXX-WXX-{weekday_number(groups['weekday'])}T{code}", "SET")
        return Value(f"XXXX-XX-XXT{code}", "SET")
    if "month" in groups:  # "every December"
        return Value(f"XXXX-{month_number(groups['month']):02d}", "SET")
    spec = unit_spec(groups["unit"])
    if spec is None or spec["letter"] == "WE":
        return None
    prefix = "PT" if spec.get("clock") else "P"
    count = _count(groups["number"]) if "number" in groups else 1  # "every six months"
    if count is None:
        return None
    count, letter = count * spec.get("times", 1), spec["letter"]
    if spec.get("clock") and count < 1:  # "every half-hour": PT30M
        count, letter = _in_finer_clock_units(count, letter)
    return Value(f"{prefix}{_amount(count)}{letter}", "SET")


def _in_finer_clock_units(amount: float, letter: str) -> tuple[float, str]:
    """Part of an hour or minute in minutes or seconds (0.5 H -> 30 M); seconds stay."""
    if letter == "S":
        return amount, letter
    return amount * 60, {"H": "M", "M": "S"}[letter]


RESOLVERS: dict[str, Callable[[dict[str, str], Anchors], Value | None]] = {
    f.__name__: f
    for f in (
        calendar_date, named_date, holiday, movable_holiday, month, week_of_month, year,
        fiscal_year, decade, century, the_quarter, period_of_a_clause,
        quarter, half_year, season, relative_period, same_period, offset_date, deictic_day,
        anaphoric_day, weekday, part_of_day, overnight, period_of_the_day_told, night_stretch,
        some_day, reference, present_ref, future_ref, year_s_period,
        duration, clock,
        frequency, every,
        race_time, part_of_a_date,
    )
}


def resolve(resolver: str, groups: dict[str, str], anchors: Anchors) -> Value | None:
    """The TIMEX3 value of a match of a rule whose resolver is named ``resolver``."""
    return RESOLVERS[resolver](groups, anchors)
