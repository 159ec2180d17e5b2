"""Time expressions (issue 17, ninth pass): one invented case per class that the study
texts (PolNeAR train and Wikinews, and the earlier audits' lists) showed wrong, each with
guards the rule must leave alone. Sentences are our own."""

from __future__ import annotations

from conftest import timex_values

SEPTEMBER = "2016-09-07"  # a Wednesday


def _found(text: str, published: str = SEPTEMBER) -> dict[str, tuple]:
    return timex_values(text, published)


def test_one_day_as_some_day_is_no_length_of_a_day():
    found = _found("Ana Ruiz hopes one day to run the Harwick ferry.")
    assert found["one day"] == ("DATE", "FUTURE_REF", None)
    found = _found("Tomás Vidal will one day be mayor of Pellin.")
    assert found["one day"] == ("DATE", "FUTURE_REF", None)
    found = _found("I hope I can be like him one day and run the mill.")
    assert found["one day"] == ("DATE", "FUTURE_REF", None)
    found = _found("One day Marta Pell walked into the Harwick council and resigned.")
    assert found["One day"] == ("DATE", "XXXX-XX-XX", None)  # a day the text does not give
    found = _found("Tomás Vidal would one day return to Pellin.")
    assert found["one day"] == ("DATE", "FUTURE_REF", None)
    found = _found("Ana Ruiz hopes to one day run the Harwick mill.")
    assert found["one day"] == ("DATE", "FUTURE_REF", None)
    found = _found("One day last spring, the ferry's engine would not start.")
    assert found["One day"] == ("DATE", "XXXX-XX-XX", None)  # a past story, not ahead
    found = _found("One day the Pellin guard must have left the gate open.")
    assert found["One day"] == ("DATE", "XXXX-XX-XX", None)
    guards = {
        "In one day, the Pellin fund will raise $18,000.": ("DURATION", "P1D", None),
        "Just one day after the vote, Marta Pell resigned.": ("DURATION", "P1D", None),
        "The Harwick ferry will run just one day in May.": ("DURATION", "P1D", None),
        "One day a week, the Harwick ferry runs to Pellin.": ("DURATION", "P1D", None),
        "The Velmora ferry will stay one day in Pellin.": ("DURATION", "P1D", None),
        "They would keep the ferry one day, then close it.": ("DURATION", "P1D", None),
        "The Pellin vote will be delayed one day because of the storm.": ("DURATION", "P1D",
                                                                          None),
        "The deadline was extended one day in March.": ("DURATION", "P1D", None),
        "The payments to Harwick will be one day late.": ("DURATION", "P1D", None),
        "One day ahead of the vote, Ruiz withdrew.": ("DURATION", "P1D", None),
        "One day to go before the vote, Ruiz is still ahead.": ("DURATION", "P1D", None),
        "The ferries will run one day and the buses the next.": ("DURATION", "P1D", None),
        "The Pellin clinic is open one day in the week.": ("DURATION", "P1D", None),
        "The launch of the Velmora satellite will slip one day.": ("DURATION", "P1D", None),
        "Ilmar Wren waited one day that felt like a year.": ("DURATION", "P1D", None),
        "One day at a time, Ruiz rebuilt the mill.": ("DURATION", "P1D", None),
        "The court will give Ana Ruiz one day to answer.": ("DURATION", "P1D", None),
        "One day overdue, the report reached the Harwick council.": ("DURATION", "P1D", None),
    }
    for text, expected in guards.items():
        found = {words.lower(): value for words, value in _found(text).items()}
        assert found["one day"] == expected, text
    assert _found("One day later, the Pellin mill closed.")["One day later"][0] == "DATE"


def test_a_unit_opening_a_compound_of_manner_is_no_time():
    assert _found("On a day-to-day basis, Pellin voters never see the debt.") == {}
    assert _found("Ilmar Wren handles most of the day-to-day work of the council.") == {}
    assert _found("Ferry fares in Harwick rose month-by-month.") == {}
    guard = _found("The Harwick vote is a day away.")
    assert guard["a day"] == ("DURATION", "P1D", None)
    guard = _found("Ana Ruiz resigned on Monday. Later in the day, Wren spoke to the council.")
    assert guard["the day"] == ("DATE", "2016-09-05", None)


def test_a_month_of_that_year_is_in_the_year_the_text_tells_of():
    found = _found("Ruiz took office in January 2009, and the ferry closed in October of "
                   "that year.")
    assert found["October of that year"] == ("DATE", "2009-10", None)
    found = _found("Marta Pell won the Pellin seat in 1992. In early June of that same year, "
                   "Wren resigned.")
    assert found["early June of that same year"] == ("DATE", "1992-06", "START")
    found = _found("Ruiz was elected in 2012. On Tuesday she recalled that in October of "
                   "that year she fell ill.")
    assert found["October of that year"] == ("DATE", "2012-10", None)  # no day of the news
    found = _found("Wren first ran in 2012. Last month he said that in October of that year "
                   "he fell ill.")
    assert found["October of that year"] == ("DATE", "2012-10", None)  # nor its month
    found = _found("Ruiz won the Pellin seat in 2012. She said that year's race was her "
                   "hardest.")
    assert found["that year"] == ("DATE", "2012", None)  # "that" of a possessed year
    guard = _found("Wren left the Harwick council in October of last year.")
    assert guard["October of last year"] == ("DATE", "2015-10", None)
    guard = _found("The ferry closed in October.")  # past: this year's, or the last one
    assert guard["October"] == ("DATE", "2015-10", None)


def test_one_day_within_a_time_is_a_day_in_it():
    found = _found("It all changed one day in June 2014, when Ana Ruiz called the mill.")
    assert found["one day"] == ("DATE", "XXXX-XX-XX", None)
    found = _found("Ilmar Wren visited the Pellin mill one day last week.")
    assert found["one day"] == ("DATE", "XXXX-XX-XX", None)
    found = _found("Ana Ruiz will visit Pellin one day next month.")
    assert found["one day"] == ("DATE", "XXXX-XX-XX", None)
    guard = _found("Ana Ruiz served one day in jail.")
    assert guard["one day"] == ("DURATION", "P1D", None)


def test_page_chrome_run_into_its_words_keeps_its_date_and_time():
    found = _found("Pellin live\n\nFeaturedSeptember 6, 2016 11:19PMRuiz Wins The Vote\n\n"
                   "Ana Ruiz won the Pellin vote.")
    assert found["September 6, 2016"] == ("DATE", "2016-09-06", None)
    assert found["11:19PM"] == ("TIME", "2016-09-06T23:19", None)
    guard = _found("The #SuperTuesday tag trended in Pellin.")
    assert guard == {}  # only full dates and clock times may be run into other words
    guard = _found("Marta Pell has faced 12 PMQs in Harwick.")
    assert guard == {}  # "PM" run into a word only when written against its digits
    guard = _found("Pellin live\n\nUpdated4:05PMHarwick votes\n\nAna Ruiz won the vote.")
    assert guard == {}  # no clock time read from inside "4:05"


def test_a_day_of_a_noun_under_a_participle_takes_the_clause_s_tense():
    found = _found("Ana Ruiz hopes the new endorsement will give her the boost needed for a "
                   "strong showing Tuesday.", published="2016-02-08")
    assert found["Tuesday"] == ("DATE", "2016-02-09", None)
    guard = _found("The vote, held Tuesday, went to Ruiz.", published="2016-02-08")
    assert guard["Tuesday"] == ("DATE", "2016-02-02", None)


def test_that_season_is_the_season_of_the_year_the_text_tells_of():
    found = _found("Ruiz took over the mill in 2001. One obstacle disappeared that spring, "
                   "when Wren quit.", published="2016-01-20")
    assert found["that spring"] == ("DATE", "2001-SP", None)
    guard = _found("Ruiz took over the mill in 2001. In the spring, Wren quit.",
                   published="2016-09-20")
    assert guard["the spring"] == ("DATE", "2016-SP", None)  # a bare season: the nearest
    guard = _found("Officials warned that winter would be hard in Velmora.")
    assert guard["winter"] == ("DATE", "2016-WI", None)  # "that" a conjunction
    guard = _found("The floods that spring brought ruined the Harwick harvest.")
    assert guard["spring"] == ("DATE", "2016-SP", None)  # "that" a relative pronoun
    assert _found("Prices that spring back quickly worry Marta Pell.") == {}  # a verb


def test_a_unicode_half_counts_half_a_unit():
    found = _found("Ilmar Wren spent 5 ½ years in a Velmoran prison.")
    assert found["5 ½ years"] == ("DURATION", "P5.5Y", None)
