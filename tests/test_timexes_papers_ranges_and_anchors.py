"""Time expressions (issue 17, stop 47): one invented case per class that a study audit of
real news, or a reading of where Rashomon and HeidelTime disagree, showed wrong; each with a
guard the rule must leave alone. Sentences are our own."""

from __future__ import annotations

from conftest import timex_values

from rashomon import analyze

FRIDAY = "2024-05-31"


def _values(text: str, published: str = FRIDAY) -> dict[str, tuple]:
    return timex_values(text, published)


def test_over_as_a_preposition_is_a_stretch_not_more_than():
    values = _values("Spread over three days, May 24 to 26, the Harwick fair drew crowds.")
    assert values["three days"] == ("DURATION", "P3D", None)
    assert "over three days" not in values
    assert _values("It will cost $40 billion over 10 years.")["10 years"][2] is None
    guard = _values("Ellis has served over three years on the Pellin council.")
    assert guard["over three years"] == ("DURATION", "P3Y", "MORE_THAN")
    guard = _values("The harbour master was questioned over nine hours.")
    assert guard["over nine hours"] == ("DURATION", "PT9H", "MORE_THAN")


def test_how_often_a_paper_appears_is_no_time():
    assert _values("The Harwick daily newspaper Vestnik broke the story.") == {}
    assert _values("According to the daily Vestnik, the ferry will close.") == {}
    guard = _values("The port authority holds daily briefings.")
    assert guard["daily"] == ("SET", "P1D", None)
    assert _values("The sixth annual Harwick Fair opened.")["annual"][1] == "P1Y"  # guard
    assert _values("They attend the daily Mass.")["daily"][1] == "P1D"  # guard


def test_the_years_before_the_years_it_names_is_no_duration():
    values = _values("The audit covered the years 2010 to 2013.")
    assert "years" not in values and values["2010"][1] == "2010" and values["2013"][1] == "2013"
    assert _values("Ruiz has run the mill for years.")["years"][1] == "PXY"  # guard


def test_a_range_of_two_months_joined_by_a_dash_gives_both_dates():
    values = _values("The Pellin festival ran March 30-April 4.", published="2024-04-06")
    assert values["March 30"][1] == "2024-03-30" and values["April 4"][1] == "2024-04-04"
    values = _values("The fair ran March 30-April 4, 2021.", published="2024-04-06")
    assert values["April 4, 2021"][1] == "2021-04-04"


def test_the_weeks_ahead_is_one_expression():
    values = _values("Wren will hold rallies in the weeks ahead.")
    assert values == {"the weeks ahead": ("DURATION", "PXW", None)}
    assert _values("Wren was two weeks ahead of plan.")["two weeks"][1] == "P2W"  # guard


def test_a_month_after_a_coming_date_is_that_period_s():
    text = ("Tarnow is a candidate in Valdoria's April 2025 election. Polls see Tarnow "
            "reaching an early May run-off.")
    assert _values(text, published="2024-08-31")["early May"][1] == "2025-05"
    guard = ("The vote is set for March 2025. In May, the council met to plan it.")
    assert _values(guard, published="2024-08-31")["May"][1] == "2024-05"
    known = "The law takes effect in January 2025. Turnout in the June poll is a guide."
    assert _values(known, published="2024-08-20")["June"][1] == "2024-06"  # a known one
    now = "The vote is on Election Day 2024. While it is April, the court may still act."
    assert _values(now, published="2024-04-15")["April"][1] == "2024-04"  # the month now


def test_no_stale_weekday_warning_when_the_story_dates_that_week():
    text = ("Spread over three days, May 24 to 26, the Harwick fair drew crowds. Visitors "
            "ran for cover on Saturday as rain hit.")
    assert analyze(text, published=FRIDAY).warnings == []
    guard = analyze("Harwick shares slid again on Saturday, traders said.", published=FRIDAY)
    assert any("Saturday" in warning for warning in guard.warnings)


def test_march_before_for_or_on_and_a_name_is_a_march():
    assert _values("The Coalition to Save Pellin and March on the Council expects "
                   "thousands.") == {}
    assert _values("Ruiz's group, March for Ellis, plans a rally.") == {}
    guard = _values("Ruiz met Ellis in March for talks.")
    assert guard["March"][1] == "2024-03"
    guard = _values("The rule takes effect March for Harwick residents.")
    assert guard["March"][1] == "2024-03"


def test_the_future_with_a_capital_is_a_title():
    assert _values("Ellis came dressed as a character from Back to the Future.") == {}
    guard = _values("Ellis fears for the future of the mill.")
    assert guard["the future"][1] == "FUTURE_REF"
    assert _values("The Future is bright, Ellis said.")["The Future"][1] == "FUTURE_REF"


def test_a_year_like_number_that_counts_a_noun_is_no_year():
    assert _values("As of Wednesday, 1885 aftershocks had shaken Harwick.") == {
        "Wednesday": ("DATE", "2024-05-29", None)}
    assert _values("Marbo sold its roughly 2000 stores.") == {}
    guard = _values("The 2016 elections were close.")
    assert guard["2016"][1] == "2016"
    assert _values("2023 profits rose 5 percent.")["2023"][1] == "2023"  # guard


def test_a_year_earlier_than_a_quarter_is_that_quarter_of_the_year_before():
    values = _values("Marbo sold $30 billion in the quarter, up 31 percent from a year "
                     "earlier.", published="2024-07-27")
    assert values["the quarter"][1] == "2024-Q2" and values["a year earlier"][1] == "2023-Q2"
    guard = _values("In 2012 Ellis won. Two years later he lost.")
    assert guard["Two years later"][1] == "2014"
    guard = _values("Marbo sold more in the quarter than ten years earlier.",
                    published="2024-07-27")
    assert guard["ten years earlier"][1] == "2014"


def test_a_week_later_counts_from_the_last_day_named_however_far_back():
    text = ("Two marches are planned for the fair's opening day, July 18. Organisers say "
            "they want calm. But they are also ready for a fight.\n\n"
            "“If people want to be arrested, so be it,” said Ana Ruiz, a leader.\n\n"
            "A week later, as the council meets, so will a second crowd.")
    assert _values(text, published="2024-06-23")["A week later"][1] == "2024-07-25"
    guard = _values("A week later, the mill remains shut.", published="2024-06-23")
    assert guard["A week later"][1] == "2024-06-23"


def test_the_day_before_of_a_comparison_is_no_new_day():
    text = ("Harwick shares fell on Friday. The krona rose to $1.12 from $1.11 the day "
            "before. The yield fell to 1.45 percent from 1.51 percent the day before.")
    record = analyze(text, published="2024-06-01")
    days = [t.value for t in record.timexes if t.text == "the day before"]
    assert days == ["2024-05-30", "2024-05-30"]


def test_an_event_looked_ahead_to_is_not_placed_by_the_past_tense():
    text = "Heading into Tuesday's Harwick primary, Ruiz faced new doubts."
    assert _values(text, published="2024-02-05")["Tuesday"][1] == "2024-02-06"  # a Monday
    assert _values(text, published="2024-02-08")["Tuesday"][1] == "2024-02-06"  # a Thursday
    guard = _values("In Tuesday's debate, Ruiz attacked Ellis.", published="2024-02-05")
    assert guard["Tuesday"][1] == "2024-01-30"
    guard = _values("An inquiry into Tuesday's crash is under way.", published="2024-06-06")
    assert guard["Tuesday"][1] == "2024-06-04"


def test_a_past_clause_does_not_count_from_a_coming_day():
    text = ("Wren skipped the debate Thursday night. The rivals head to Pellin, where voters "
            "go to the polls Feb. 9. Four others debated earlier in the evening.")
    values = _values(text, published="2024-01-26")
    assert values["the evening"][1] == "2024-01-25TEV"
    guard = _values("Voters go to the polls Feb. 9. The next day, results will come.",
                    published="2024-01-26")
    assert guard["The next day"][1] == "2024-02-10"


def test_a_date_outside_quotation_marks_takes_no_tense_from_a_quoted_verb():
    text = ("In Ellis's column on Aug. 10, “The shouting must stop,” the senator seems to "
            "agree with Ruiz.")
    assert _values(text, published="2024-08-16")["Aug. 10"][1] == "2024-08-10"
    guard = _values("“We will vote on Friday,” Ruiz said.", published="2024-08-14")
    assert guard["Friday"][1] == "2024-08-16"


def test_this_season_is_this_year_s_even_in_a_past_clause():
    text = "No delegate is bound until they cast their votes this summer."
    assert _values(text, published="2024-04-04")["this summer"][1] == "2024-SU"
    guard = _values("In the summer, the mill closed.", published="2024-04-04")
    assert guard["the summer"][1] == "2023-SU"
    guard = _values("Heating bills soared this winter.", published="2025-02-10")
    assert guard["this winter"][1] == "2024-WI"


def test_a_holiday_a_few_days_ahead_counted_up_to_is_this_year_s():
    text = "The last debate was held the Saturday before Christmas."
    assert _values(text, published="2023-12-22")["Christmas"][1] == "2023-12-25"
    guard = _values("On Christmas Eve the ferry sank.", published="2023-12-20")
    assert guard["Christmas Eve"][1] == "2022-12-24"
    guard = _values("Sales rose at Christmas, Marbo said.", published="2024-02-10")
    assert guard["Christmas"][1] == "2023-12-25"


def test_a_month_after_going_into_is_ahead():
    text = "Turning out the base is no pathway going into November, Wren said."
    assert _values(text, published="2024-02-27")["November"][1] == "2024-11"
    ahead = _values("Ruiz is raising money ahead of November.", published="2024-02-27")
    assert ahead["November"][1] == "2024-11"
    guard = _values("The talks dragged into November.", published="2024-02-27")
    assert guard["November"][1] == "2023-11"


def test_a_programme_title_going_on_inside_the_marks_is_no_week():
    assert _values("Ruiz said on Radio Pellin's “This Week with Ana Ellis.”") == {}
    guard = _values("Ruiz said this week that the ferry would stop.")
    assert "this week" in guard


# Second study round (the held-out round's errors, read after its figures were recorded)


def test_close_to_a_count_is_approximate():
    values = _values("Ruiz has run the ferry for close to 25 years.")
    assert values["close to 25 years"] == ("DURATION", "P25Y", "APPROX")


def test_this_weekend_told_in_the_past_early_in_the_week_is_the_one_just_past():
    text = "Ruiz moved closer to the nomination with two contests this weekend."
    assert _values(text, published="2024-06-03")["this weekend"][1] == "2024-W22-WE"  # Monday
    guard = _values("Ruiz will hold two rallies this weekend.", published="2024-06-03")
    assert guard["this weekend"][1] == "2024-W23-WE"


def test_capitalised_time_words_after_a_possessive_are_a_programme():
    assert _values("Wren told Radio Pellin's This Week that the deal was odd.") == {}
    guard = _values("Wren said this week that the deal was odd.")
    assert "this week" in guard


def test_a_half_in_a_story_of_a_rugby_match_is_the_game_s():
    text = ("Harwick beat Pellin in round 3 of the rugby season. Pellin played much of the "
            "first half in their own half.")
    assert "the first half" not in _values(text, published="2024-08-18")


def test_last_without_the_stays_in_the_duration():
    values = _values("We made up ground [in the] last couple of weeks.")
    assert values["last couple of weeks"][1] == "PXW"
    guard = _values("The deal would last four years, following ten years of talks.")
    assert "four years" in guard and "ten years" in guard  # a verb and a preposition
    assert "coming weeks" in _values("The union may back Ruiz in coming weeks.")  # guard


def test_the_day_of_an_event_looked_ahead_to():
    text = "Ruiz campaigned hard ahead of voting Tuesday in Harwick."
    assert _values(text, published="2024-06-03")["Tuesday"][1] == "2024-06-04"
