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
    guard = _values("The courts could still overturn the November election.", DECEMBER)
    assert guard["November"] == ("DATE", "2016-11")  # the month just gone: the vote held
    guard = _values("Analysts had predicted that Ruiz would win the November election.")
    assert guard["November"] == ("DATE", "2015-11")  # a sentence in the past
    guard = _values("Ruiz will run again in the November election.", DECEMBER)
    assert guard["November"] == ("DATE", "2017-11")  # the future tense: the next one


def test_come_and_a_month_looks_ahead_whatever_subject_the_parser_gives_it():
    values = _values("Ruiz, the favourite to win the presidency come November, met donors.")
    assert values["November"] == ("DATE", "2016-11")
    assert _values("Come January, the Pellin ferry levy doubles.")["January"] == (
        "DATE", "2017-01")
    guard = _values("The harbour figures came out in November, Tomás Vidal said.")
    assert guard["November"] == ("DATE", "2015-11")
    guard = _values("Neighbours saw the soldiers come Monday and leave Tuesday.")
    assert guard["Monday"] == ("DATE", "2016-04-11")  # a verb of seeing takes "come"


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
    guard = _values("Historians trace the Valdorian split to this day in 1921.")
    assert "this day" not in guard
    assert "this day" not in _values("Ruiz had looked forward to this day for years.")


def test_the_latest_week_or_month_is_the_last_one_reported():
    assert _values("Harwick Corp. said sales in the latest week fell 3%.")[
        "the latest week"] == ("DATE", "2016-W14")
    assert _values("Exports fell in the latest month, the agency said.")[
        "the latest month"] == ("DATE", "2016-03")
    assert _values("If you came more than once, print latest year.") == {}  # guard
    assert "the latest month" not in _values("Pellin dockers began the latest month-long "
                                             "strike.")  # guard
    guard = _values("Harwick's latest winter collection sold out.")
    assert guard["winter"] == ("DATE", "2016-WI")  # no "latest" season


def test_the_eve_of_an_event_is_the_day_before_its_date_or_unknown():
    values = _values("Ruiz spoke in Pellin on the eve of Independence Day.", "2016-08-02")
    assert values["the eve"] == ("DATE", "2016-07-03")
    assert _values("Vidal spoke on the eve of the May 3 vote.")["the eve"] == (
        "DATE", "2016-05-02")
    assert _values("Ilmar Wren pleaded guilty on the eve of his trial.")["the eve"] == (
        "DATE", "XXXX-XX-XX")
    assert _values("On the day of the funeral, Ruiz spoke.")["the day"] == (
        "DATE", "XXXX-XX-XX")
    guard = _values("The ferry sank on March 3. On the eve of the sinking, Ruiz spoke.")
    assert guard["the eve"] == ("DATE", "2016-03-02")
    guard = _values("Ruiz met the mayor earlier in the day.")
    assert guard["the day"] == ("DATE", APRIL)
    values = _values("On the eve of the May 3 vote, Ruiz rested. The next day, she voted.",
                     "2016-05-10")
    assert values["the eve"] == ("DATE", "2016-05-02")
    assert values["The next day"] == ("DATE", "2016-05-03")  # counted from the eve


def test_a_half_of_something_named_is_no_half_of_the_year():
    values = _values("The Valdorian party held the second half of its congress in Pellin.")
    assert "the second half" not in values
    assert "the second half" not in _values("Ruiz campaigned in the second half of the month.")
    guard = _values("Harwick Corp. said profit fell in the first half of 2015.")
    assert guard["the first half of 2015"] == ("DATE", "2015-H1")
    guard = _values("Harwick Corp. said profit fell in the first half.")
    assert guard["the first half"] == ("DATE", "2015-H1")


def test_one_recent_afternoon_is_some_afternoon_not_todays():
    values = _values("One recent afternoon, two volunteers ran the Pellin phone bank.")
    assert values == {"One recent afternoon": ("TIME", "XXXX-XX-XXTAF")}
    guard = _values("Ilmar Wren spent one night in a Pellin jail.")
    assert guard["one night"] == ("DURATION", "P1D")
    guard = _values("No one this morning could explain the Pellin blackout.")
    assert guard == {"this morning": ("TIME", "2016-04-15TMO")}
    assert _values("Take one every morning.")["every morning"][0] == "SET"  # guard


def test_hours_later_or_ago_is_that_day():
    values = _values("The Pellin polls closed on Tuesday. Four hours earlier, Ruiz conceded.")
    assert values["Four hours earlier"] == ("DATE", "2016-04-12")
    assert _values("The ferry left Pellin two hours ago.")["two hours ago"] == ("DATE", APRIL)
    guard = _values("The talks ended on Tuesday and resumed 36 hours later.")
    assert guard["36 hours later"] == ("DATE", None)  # it may cross into another day:
    # kept, unresolved
    guard = _values("The Pellin council met for two hours.")
    assert guard["two hours"] == ("DURATION", "PT2H")


def test_pre_and_post_joined_to_a_year_set_its_mod():
    record = analyze("Harbour traffic is still below pre-2008 levels.", published=APRIL)
    assert [(t.text, t.value, t.mod) for t in record.timexes] == [
        ("pre-2008", "2008", "BEFORE")]
    record = analyze("Post-2020, the Valdorian levy will be reviewed.", published=APRIL)
    assert [(t.text, t.value, t.mod) for t in record.timexes] == [
        ("Post-2020", "2020", "AFTER")]
    guard = _values("In an interview with The Post last week, Ruiz spoke of Pellin.")
    assert guard == {"last week": ("DATE", "2016-W14")}


def test_the_second_month_of_a_dashed_range_is_its_own_expression():
    values = _values("The Valdorian economy grew 2% in the July-September period.", "2016-11-02")
    assert values["July"] == ("DATE", "2016-07") and values["September"] == ("DATE", "2016-09")
    assert "May" not in _values("The Sino-May talks in Pellin failed.")  # guard


def test_a_year_ago_compared_with_a_quarter_is_that_quarter_a_year_before():
    values = _values("Harwick said third-quarter profit fell 15% from a year ago.", "2016-11-02")
    assert values["a year ago"] == ("DATE", "2015-Q3")
    guard = _values("Profit rose in the third quarter. Ruiz joined Harwick a year ago.",
                    "2016-11-02")
    assert guard["a year ago"] == ("DATE", "2015")  # no comparison: the year


def test_a_greeting_is_no_part_of_the_day():
    values = _values("Good evening. We begin tonight in Pellin, where the strike goes on.")
    assert values == {"tonight": ("TIME", "2016-04-15TNI")}
    guard = _values("The Pellin talks went well this morning.")
    assert guard == {"this morning": ("TIME", "2016-04-15TMO")}


def test_the_following_week_with_no_date_before_it_is_no_week_after_publication():
    values = _values("The Pellin talks collapsed. The following week, the minister resigned.")
    assert values["The following week"] == ("DATE", "XXXX-WXX")
    guard = _values("In 2009 Ruiz left Pellin. The following year, she returned.")
    assert guard["The following year"] == ("DATE", "2010")
    guard = _values("The following week, the minister will resign.")
    assert guard["The following week"] == ("DATE", "2016-W16")


def test_november_in_a_us_story_of_an_election_year_is_the_coming_vote():
    story = "Republicans in Congress fear the ticket. "
    values = _values(story + "Then there is November, when Ruiz's rival hopes to win.",
                     "2016-03-16")
    assert values["November"] == ("DATE", "2016-11")
    guard = _values(story + "The party agreed to let Vidal use its lists in late November.",
                    "2016-01-05")
    assert guard["late November"] == ("DATE", "2015-11")  # told in the past
    guard = _values(story + "Then there is November.", "2015-03-16")
    assert guard["November"] == ("DATE", "2014-11")  # no federal vote in 2015: the nearest
    guard = _values("Valdorian exports rise in November, the Pellin council says.", "2016-03-16")
    assert guard["November"] == ("DATE", "2015-11")  # no sign of the United States


def test_a_title_or_a_kind_of_thing_is_no_time():
    assert _values("The movie 13 Hours by a Pellin director opens in Valdoria.") == {}
    assert _values("Ruiz hosts a morning show on Valdorian radio.") == {}
    assert _values("Transport officials told morning rush-hour passengers to walk.") == {}
    guard = _values("Pellin Talks Last Two Days")
    assert guard["Two Days"] == ("DURATION", "P2D")  # a title-case headline
    guard = _values("The Pellin talks resumed in the evening.")
    assert guard["the evening"] == ("TIME", "2016-04-15TEV")
    guard = _values("Harwick shares rose in morning trading.")
    assert guard["morning"] == ("TIME", "2016-04-15TMO")  # trading that morning
