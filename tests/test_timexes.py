"""Time expressions: detection, TIMEX3 values against the article date, and the article
date inferred when the page gives none. Sentences are our own, in the style of news."""

from __future__ import annotations

import pytest
from conftest import SEED, needs_shared

from rashomon import analyze
from rashomon.nlp.time.values import period_start

# Tuesday 6 April 2021 is the anchor unless a case says otherwise.
ANCHOR = "2021-04-06"

CASES = [
    # (sentence, expression, TIMEX3 type, value, mod)
    ("Zelenskiy spoke to Trudeau on Tuesday.", "Tuesday", "DATE", "2021-04-06", None),
    ("The minister met the envoys on Monday.", "Monday", "DATE", "2021-04-05", None),
    ("The ministers met on Friday in Brussels.", "Friday", "DATE", "2021-04-02", None),
    ("The talks will resume on Friday.", "Friday", "DATE", "2021-04-09", None),
    ("The summit is on Thursday.", "Thursday", "DATE", "2021-04-08", None),
    ("Markets stay closed until Friday.", "Friday", "DATE", "2021-04-09", None),
    ("The envoy will return next Tuesday.", "next Tuesday", "DATE", "2021-04-13", None),
    ("The envoy arrived last Tuesday.", "last Tuesday", "DATE", "2021-03-30", None),
    ("Last week, Canada imposed new sanctions.", "Last week", "DATE", "2021-W13", None),
    ("The vote is expected next month.", "next month", "DATE", "2021-05", None),
    ("Twenty-four of them died this year.", "this year", "DATE", "2021", None),
    ("The truce has held since July 27 last year.", "July 27 last year", "DATE", "2020-07-27",
     None),
    ("She spoke to reporters on Apr. 1 in Moscow.", "Apr. 1", "DATE", "2021-04-01", None),
    ("Since March 26 we have lost eight soldiers.", "March 26", "DATE", "2021-03-26", None),
    ("Trudeau met him on Tuesday, July 2, 2019.", "Tuesday, July 2, 2019", "DATE", "2019-07-02",
     None),
    ("The order was signed on 5 April 2021.", "5 April 2021", "DATE", "2021-04-05", None),
    ("The file is dated 2021-03-30.", "2021-03-30", "DATE", "2021-03-30", None),
    ("The letter was dated 7/8/07.", "7/8/07", "DATE", "2007-07-08", None),
    ("Russia annexed Crimea in 2014.", "2014", "DATE", "2014", None),
    ("Fighting resumed in September 2020.", "September 2020", "DATE", "2020-09", None),
    ("Since late March the army has held exercises.", "late March", "DATE", "2021-03", "END"),
    ("Sales slowed in early 2009.", "early 2009", "DATE", "2009", "START"),
    ("The plant opens in mid-2022.", "mid-2022", "DATE", "2022", "MID"),
    ("Prices rose sharply in the 1990s.", "the 1990s", "DATE", "199", None),
    ("The band was famous in the '70s.", "the '70s", "DATE", "197", None),
    ("It was the bloodiest war of the 20th century.", "the 20th century", "DATE", "19", None),
    ("Profits fell in the first quarter of 2009.", "the first quarter of 2009", "DATE",
     "2009-Q1", None),
    ("The company reported a loss in the fourth quarter.", "the fourth quarter", "DATE",
     "2020-Q4", None),
    ("Output grew in the first half of 2020.", "the first half of 2020", "DATE", "2020-H1", None),
    ("Protests spread last summer.", "last summer", "DATE", "2020-SU", None),
    ("The ministry will publish its plan this fall.", "this fall", "DATE", "2021-FA", None),
    ("The budget for fiscal 2022 was approved.", "fiscal 2022", "DATE", "FY2022", None),
    ("The deficit will shrink by the end of this year.", "the end of this year", "DATE", "2021",
     "END"),
    ("Officials met yesterday.", "yesterday", "DATE", "2021-04-05", None),
    ("Officials will meet tomorrow.", "tomorrow", "DATE", "2021-04-07", None),
    ("The army said this morning that two soldiers died.", "this morning", "TIME",
     "2021-04-06TMO", None),
    ("The convoy left on Friday morning.", "Friday morning", "TIME", "2021-04-02TMO", None),
    ("The statement came at 6:40 p.m.", "6:40 p.m.", "TIME", "2021-04-06T18:40", None),
    ("The ceasefire began at 08:30 GMT.", "08:30 GMT", "TIME", "2021-04-06T08:30Z", None),
    ("The talks ended two weeks ago.", "two weeks ago", "DATE", "2021-03-23", None),
    ("Russia has ignored the calls for seven consecutive years.", "seven consecutive years",
     "DURATION", "P7Y", None),
    ("The curfew lasts 48 hours.", "48 hours", "DURATION", "PT48H", None),
    ("The project is almost two and a half years late.", "almost two and a half years",
     "DURATION", "P2.5Y", "LESS_THAN"),
    ("The meeting took half an hour.", "half an hour", "DURATION", "PT30M", None),
    ("She ended a 27-year career.", "27-year", "DURATION", "P27Y", None),
    ("Prices doubled over the past decade.", "the past decade", "DURATION", "P10Y", None),
    ("The bridge stood for about 200 years.", "about 200 years", "DURATION", "P200Y", "APPROX"),
    ("The envoys meet every Tuesday.", "every Tuesday", "SET", "XXXX-WXX-2", None),
    ("The council publishes a weekly report.", "weekly", "SET", "P1W", None),
    ("Inspectors visit twice a week.", "twice a week", "SET", "P1W", None),
    ("The plant makes 15 a year.", "a year", "SET", "P1Y", None),
    ("Tensions have increased recently.", "recently", "DATE", "PAST_REF", None),
    ("We are now working on the response.", "now", "DATE", "PRESENT_REF", None),
]


def _timex(sentence: str, expression: str, published: str | None = ANCHOR):
    record = analyze(sentence, published=published)
    found = {t.text: t for t in record.timexes}
    assert expression in found, f"{expression!r} not found in {sorted(found)}"
    return found[expression]


@pytest.mark.parametrize(("sentence", "expression", "type_", "value", "mod"), CASES,
                         ids=[c[1] for c in CASES])
def test_value_against_the_article_date(sentence, expression, type_, value, mod):
    timex = _timex(sentence, expression)
    assert (timex.type, timex.value, timex.mod) == (type_, value, mod)


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials may meet again.",  # a modal, not the month
        "Prices fall when supply grows.",  # a verb, not the season
        "The army sent 2000 troops.",  # an amount, not a year
        "The second term begins soon.",  # an ordinal, not a duration
        "About a quarter of the dealers will close.",  # a fraction, not a quarter
    ],
)
def test_not_time_expressions(sentence):
    record = analyze(sentence, published=ANCHOR)
    assert [t.text for t in record.timexes] == []


def test_anaphoric_days_follow_the_last_date():
    text = (
        "The envoys met on March 3, 2021. Three days later the talks failed. "
        "They met again the next day."
    )
    record = analyze(text, published=ANCHOR)
    values = {t.text: (t.value, t.anchor) for t in record.timexes}
    first = next(t.id for t in record.timexes if t.text == "March 3, 2021")
    assert values["Three days later"] == ("2021-03-06", first)
    later = next(t.id for t in record.timexes if t.text == "Three days later")
    assert values["the next day"] == ("2021-03-07", later)
    assert values["March 3, 2021"] == ("2021-03-03", None)


def test_without_a_date_relative_values_stay_unresolved():
    record = analyze("Officials met on Tuesday. The vote came last week. It ends on March 26.")
    values = {t.text: t.value for t in record.timexes}
    assert values == {"Tuesday": "XXXX-WXX-2", "last week": None, "March 26": "XXXX-03-26"}
    assert record.published.value is None
    assert any("no publication date" in w for w in record.warnings)


def test_published_inferred_from_a_caption_date_and_a_past_weekday():
    text = (
        "Talks collapse in Geneva\n\n"
        "The foreign ministers of both countries met on Monday in Geneva and failed to agree "
        "on a ceasefire, officials said.\n\n"
        "A delegate arrives at the Palais des Nations in Geneva, Switzerland, on March 3, 2024. "
        "(Example Press)"
    )
    record = analyze(text)
    assert record.published.value == "2024-03-04"  # the Monday after Sunday 3 March 2024
    assert record.published.inferred
    start, end = record.published.evidence
    assert record.text[start:end] == "March 3, 2024"
    assert "Monday" in record.published.basis
    monday = next(t for t in record.timexes if t.text == "Monday")
    assert (monday.value, monday.anchor) == ("2024-03-04", "published")


def test_dateline_date_anchors_relative_dates(analyze_file):
    from conftest import EXAMPLES

    record = analyze_file(EXAMPLES / "readout.txt")
    by_text = {t.text: t for t in record.timexes}
    dateline = by_text["March 3, 2024"]
    assert record.published.value == "2024-03-03" and record.published.inferred
    assert (by_text["Friday"].value, by_text["Friday"].anchor) == ("2024-03-01", dateline.id)
    assert by_text["Monday"].value == "2024-02-26"


@needs_shared
def test_seed_dates(analyze_file):
    record = analyze_file(SEED)
    assert record.published.value == "2021-04-06" and record.published.inferred
    start, end = record.published.evidence
    assert record.text[start:end] == "April 5, 2021"
    values = {}
    for timex in record.timexes:
        values.setdefault(timex.text, (timex.type, timex.value, timex.mod))
    expected = {
        "Tuesday, July 2, 2019": ("DATE", "2019-07-02", None),
        "Tuesday": ("DATE", "2021-04-06", None),
        "July 27 last year": ("DATE", "2020-07-27", None),
        "this year": ("DATE", "2021", None),
        "March 26": ("DATE", "2021-03-26", None),
        "Last week": ("DATE", "2021-W13", None),
        "Apr. 1": ("DATE", "2021-04-01", None),
        "seven consecutive years": ("DURATION", "P7Y", None),
        "2015": ("DATE", "2015", None),
        "2014": ("DATE", "2014", None),
        "late March": ("DATE", "2021-03", "END"),
        "March 18, 2021": ("DATE", "2021-03-18", None),
        "April 5, 2021": ("DATE", "2021-04-05", None),
        "March 5, 2016": ("DATE", "2016-03-05", None),
    }
    for text, value in expected.items():
        assert values.get(text) == value, text
    assert not any("no publication date" in w for w in record.warnings)


@pytest.mark.parametrize(
    ("value", "start"),
    [("2021-W13", "2021-03-29"), ("2021-Q2", "2021-04-01"), ("2021-SU", "2021-06-01"),
     ("199", "1990-01-01"), ("2021-03", "2021-03-01"), ("2021-03-05T10:00", "2021-03-05")],
)
def test_period_start_orders_the_timeline(value, start):
    assert period_start(value) == start
