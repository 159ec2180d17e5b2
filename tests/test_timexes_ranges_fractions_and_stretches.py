"""Time expressions (issue 17, seventh pass): one invented case per class that study
audits of real news showed missed or wrong, each with a guard the rule must leave alone.
Sentences are our own."""

from __future__ import annotations

from conftest import timex_values

SEPTEMBER = "2016-09-07"  # a Wednesday


def _found(text: str, published: str = SEPTEMBER) -> dict[str, tuple]:
    return timex_values(text, published)


def test_the_second_end_of_a_dashed_range_is_its_own_timex():
    found = _found("Ana Ruiz ran the Pellin ferry board from 2004-2011.")
    assert found["2011"] == ("DATE", "2011", None)
    found = _found("Harwick Polling asked 900 ferry users March 9-12 by telephone.")
    assert found["12"] == ("DATE", "2016-03-12", None)  # the parse hangs "12" on "March"
    found = _found("Ferry sales in the October-to-December quarter fell by a third.")
    assert (found["October"][1], found["December"][1]) == ("2015-10", "2015-12")
    guard = _found("On May 3 and 4 ferries sank off Pellin.")
    assert "4" not in guard  # a count of a noun after it, not a second day
    guard = _found("The Sino-to-May pact was signed.")
    assert "May" not in guard  # no month before the dash
    guard = _found("Police said 1800-2000 protesters crossed the Harwick bridge.")
    assert "2000" not in guard  # a count of protesters
    guard = _found("For tickets, call the Pellin box office at 1632-2013.")
    assert "2013" not in guard  # too far from the first to be a range of years


def test_a_fraction_or_dozen_of_a_unit_is_a_duration():
    found = _found("A half-hour after the ferry docked, Ruiz declared the bridge open.")
    assert found["A half-hour"] == ("DURATION", "PT30M", None)
    found = _found("In his quarter-century on the council, Ilmar Wren never lost a vote.")
    assert found["quarter-century"] == ("DURATION", "P25Y", None)
    found = _found("The ferry has been late for the past half-dozen days.")
    assert found["the past half-dozen days"] == ("DURATION", "P6D", None)
    guard = _found("A quarter of the Pellin voters stayed home.")
    assert guard == {}  # a share, no time
    guard = _found("Ferry sales in the first half year-on-year rose.")
    assert guard["the first half"] == ("DATE", "2016-H1", None)  # "half" alone: no count
    found = _found("The Velmora bus leaves every half-hour.")
    assert found["every half-hour"] == ("SET", "PT30M", None)


def test_a_mod_around_a_count_stays_with_the_duration():
    found = _found("Marta Pell gave the roughly 40-minute address in Harwick.")
    assert found["roughly 40-minute"] == ("DURATION", "PT40M", "APPROX")
    found = _found("Ilmar Wren has planned the Harwick bridge for a decade or more.")
    assert found["a decade or more"] == ("DURATION", "P10Y", "EQUAL_OR_MORE")
    guard = _found("Marta Pell gave a 40-minute address in Harwick.")
    assert guard["40-minute"] == ("DURATION", "PT40M", None)
    guard = _found("Wren wrote a report about 12-hour shifts at the Pellin mill.")
    assert guard["12-hour"] == ("DURATION", "PT12H", None)  # "about" a preposition


def test_the_last_year_over_a_stretch_up_to_now_is_a_duration():
    found = _found("Ruiz has attacked the ferry levy for the last year.")
    assert found["the last year"] == ("DURATION", "P1Y", None)
    found = _found("Over the last century, the Pellin river flooded 12 times.")
    assert found["the last century"] == ("DURATION", "P100Y", None)
    guard = _found("The Pellin ferry posted a profit for the last year of $2 million.")
    assert guard["the last year"] == ("DATE", "2015", None)  # a past tense: that year
    guard = _found("Ruiz moved to Harwick in the last year of her term.")
    assert "the last year" not in guard
    guard = _found("During the last century, Harwick grew into a port.")
    assert guard["the last century"] == ("DATE", "19", None)  # the past tense: a century


def test_a_year_a_relative_clause_tells_of_is_a_date():
    found = _found("The levy comes in a year in which the Pellin ferry has lost money.")
    assert found["a year"] == ("DATE", "2016", None)
    found = _found("Wren was mocked in a year when the Velmora mill closed.")
    assert found["a year"] == ("DATE", "XXXX", None)  # told in the past: a year not placed
    guard = _found("In a year, the new ferry will run.")
    assert guard["a year"] == ("DURATION", "P1Y", None)
    guard = _found("Ruiz will step down in a year when the ferry contract ends.")
    assert guard["a year"] == ("DURATION", "P1Y", None)  # a year from now


def test_that_year_points_to_the_year_told_not_to_today():
    found = _found("Wren took 55 percent in the 2008 ferry vote. Ruiz polls 41 percent "
                   "today, short of Wren's share that year.")
    assert found["that year"] == ("DATE", "2008", None)
    guard = _found("Ruiz won in 2012. The next year she married.")
    assert guard["The next year"] == ("DATE", "2013", None)
    guard = _found("Ruiz was elected in June 2015. The Pellin mill closed yesterday, and "
                   "that week the ferry stopped too.")
    assert guard["that week"] == ("DATE", "2016-W36", None)  # "yesterday" is no "now"


def test_a_day_a_state_lasts_until_is_the_nearest_one():
    found = _found("The court ruled on the closing of the Pellin council chamber until "
                   "May 4.", "2019-04-24")
    assert found["May 4"] == ("DATE", "2019-05-04", None)
    guard = _found("The court closed the Pellin council chamber on May 4.", "2019-04-24")
    assert guard["May 4"] == ("DATE", "2018-05-04", None)  # no "until": the past one
    guard = _found("Wren worked at the Velmora mill until June 20.", "2019-04-24")
    assert guard["June 20"] == ("DATE", "2018-06-20", None)  # a finished stretch


def test_a_month_or_season_joined_to_a_dated_one_shares_its_year():
    found = _found("The Pellin ferry strike ran through the spring and summer of 2014.")
    assert found["the spring"] == ("DATE", "2014-SP", None)
    found = _found("Ana Ruiz met Ilmar Wren in March, April and May 2015.")
    assert (found["March"][1], found["April"][1]) == ("2015-03", "2015-04")
    guard = _found("Ruiz won in March and Wren in April 2015.")
    assert guard["March"] == ("DATE", "2016-03", None)  # a clause between: its own year
    found = _found("Ferry sales fell in December and January 2017.", "2017-03-01")
    assert found["December"] == ("DATE", "2016-12", None)  # before the new year


def test_a_quoted_sentence_the_model_calls_a_work_keeps_its_time():
    found = _found('Mayor Ilmar Wren said, "Today I am with the families of Pellin."')
    assert found["Today"] == ("DATE", "2016-09-07", None)
    guard = _found('Marta Pell wrote "Tomorrow Is Another Day" in Harwick.')
    assert "Tomorrow" not in guard  # a title
    guard = _found('Marta Pell\'s memoir "Yesterday I was young" sold 10,000 copies.')
    assert "Yesterday" not in guard  # a title in sentence case: no sentence's end


def test_a_range_of_counts_is_one_duration_with_no_one_count():
    found = _found("Ana Ruiz has run the Pellin ferry for the past 25-26 years.")
    assert found["the past 25-26 years"] == ("DURATION", "PXY", None)
    found = _found("Repairs to the Harwick bridge take three to four months.")
    assert found["three to four months"] == ("DURATION", "PXM", None)
    found = _found("The mill closed 10 to 15 years ago.")
    assert found["10 to 15 years ago"] == ("DATE", "PAST_REF", None)
    guard = _found("Repairs to the Harwick bridge take twenty-four months.")
    assert guard["twenty-four months"] == ("DURATION", "P24M", None)
    guard = _found("The council cut the mayor's term from 10 to 5 years.")
    assert guard["5 years"] == ("DURATION", "P5Y", None)  # a change: the new length
    guard = _found("The 2011-2020 decade was the warmest in Velmora.")
    assert (guard["2011"][1], guard["2020"][1]) == ("2011", "2020")  # years, no count


def test_that_same_year_points_back_to_the_year_told():
    found = _found("Wren first ran in 1996. Ruiz also ran that same year.")
    assert found["that same year"] == ("DATE", "1996", None)
    found = _found("Ruiz opened a bakery in Pellin. That same year, she married Vidal.")
    assert found["That same year"] == ("DATE", "XXXX", None)  # no year told before it


def test_a_unit_run_into_long_or_after_itself_is_time():
    found = _found("Ilmar Wren's yearslong feud with the Pellin council ended.")
    assert found["yearslong"] == ("DURATION", "PXY", None)
    found = _found("Marta Pell taped an hourlong interview in Harwick.")
    assert found["hourlong"] == ("DURATION", "PT1H", None)
    found = _found("Ferry fares in Velmora rose year after year.")
    assert found["year after year"] == ("SET", "P1Y", None)
    found = _found("The council added an extra week to the Pellin ferry season.")
    assert found["an extra week"] == ("DURATION", "P1W", None)
    guard = _found("Ana Ruiz sang at the Day After Day club in Harwick.")
    assert guard == {}  # a name in capitals
