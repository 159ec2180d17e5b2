"""Time expressions (issue 17, stop 52): one invented case per class that a reading of where
Rashomon and HeidelTime disagree on real news showed wrong; each with a guard the rule must
leave alone. Sentences are our own."""

from __future__ import annotations

from rashomon import analyze

APRIL = "2016-04-15"  # a Friday, seven months before a November vote
DECEMBER = "2016-12-15"


def _values(text: str, published: str = APRIL) -> dict[str, tuple]:
    record = analyze(text, published=published)
    return {t.text: (t.type, t.value) for t in record.timexes}


def test_a_vote_month_a_clause_looks_ahead_to_is_the_coming_one():
    assert _values("Pellin residents are not eligible to vote in the November election."
                   )["November"] == ("DATE", "2016-11")
    assert _values("The bill would put the harbour levy on the November ballot."
                   )["November"] == ("DATE", "2016-11")
    assert _values("The inquiry could drag on and not be finished by the Nov. 8 election."
                   )["Nov. 8"] == ("DATE", "2016-11-08")
    assert _values("Ana Ruiz wants to settle the matter before the November referendum."
                   )["November"] == ("DATE", "2016-11")
    guard = _values("Valdorian voters rejected the levy in the November referendum.")
    assert guard["November"] == ("DATE", "2015-11")  # told in the past: the one held
    guard = _values("Ruiz wants to contest the results of the November election.", DECEMBER)
    assert guard["November"] == ("DATE", "2016-11")  # the month just gone: the vote held


def test_come_and_a_month_looks_ahead_whatever_subject_the_parser_gives_it():
    values = _values("Ruiz, the favourite to win the presidency come November, met donors.")
    assert values["November"] == ("DATE", "2016-11")
    assert _values("Come January, the Pellin ferry levy doubles.")["January"] == (
        "DATE", "2017-01")
    guard = _values("The harbour figures came out in November, Tomás Vidal said.")
    assert guard["November"] == ("DATE", "2015-11")


def test_that_day_with_no_day_before_it_is_not_the_day_of_publication():
    values = _values("The judge let Ilmar Wren go home. That day, he was jubilant.")
    assert values["That day"] == ("DATE", "XXXX-XX-XX")
    guard = _values("The vote was held on March 3. That day, Ruiz stayed at home.")
    assert guard["That day"] == ("DATE", "2016-03-03")
    guard = _values("The ferry sails on May 2. Tickets go on sale the day before.")
    assert guard["the day before"] == ("DATE", "2016-05-01")


def test_to_this_day_is_the_present():
    values = _values("Wages in Pellin have not reached that peak to this day.")
    assert values["this day"] == ("DATE", "PRESENT_REF")
    guard = _values("On this day in 1990, the Pellin bridge opened.")
    assert "this day" not in guard and guard["1990"] == ("DATE", "1990")


def test_the_latest_week_or_month_is_the_last_one_reported():
    assert _values("Harwick Corp. said sales in the latest week fell 3%.")[
        "the latest week"] == ("DATE", "2016-W14")
    assert _values("Exports fell in the latest month, the agency said.")[
        "the latest month"] == ("DATE", "2016-03")
    assert _values("If you came more than once, print latest year.") == {}  # guard
