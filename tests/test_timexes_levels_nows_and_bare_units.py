"""Time expressions (issue 17, eighth pass): one invented case per class that the study
texts (PolNeAR train read beside HeidelTime, and earlier audits' lists) showed missed or
wrong, each with a guard the rule must leave alone. Sentences are our own."""

from __future__ import annotations

from conftest import timex_values

SEPTEMBER = "2016-09-07"  # a Wednesday


def _found(text: str, published: str = SEPTEMBER) -> dict[str, tuple]:
    return timex_values(text, published)


def test_bare_units_opening_a_sentence_or_before_later_are_durations():
    found = _found("Hours after the vote, Marta Pell left the Harwick council.")
    assert found["Hours"] == ("DURATION", "PTXH", None)
    found = _found("Ana Ruiz left the ferry board years later.")
    assert found["years"] == ("DURATION", "PXY", None)
    guard = _found("The Days and Nights band played in Harwick on Friday.")
    assert "Days" not in guard  # a name's word inside a sentence
    guard = _found("Weekend trading hours at the Pellin market are short.")
    assert "hours" not in guard  # a kind of hours
    guard = _found("Minutes of the Harwick council meeting were released.")
    assert guard == {}  # records, not a stretch
    guard = _found("Hours is a new play by Ana Ruiz.")
    assert guard == {}  # a title


def test_all_of_a_unit_is_a_duration_of_one_unit():
    found = _found("Ilmar Wren campaigned in Velmora all week.")
    assert found["all week"] == ("DURATION", "P1W", None)
    found = _found("The Harwick ferry ran late all year long.")
    assert found["all year long"] == ("DURATION", "P1Y", None)
    guard = _found("Pell chaired an all-day session of the council.")
    assert guard == {}
    guard = _found("Ruiz gave an interview to All Day Radio in Pellin.")
    assert guard == {}
    guard = _found("Nearly all day care centres in Pellin are full.")
    assert guard == {}


def test_a_couple_of_units_without_of_is_a_vague_count():
    found = _found("Tomás Vidal will decide on the bridge in the next couple days.")
    assert found["the next couple days"] == ("DURATION", "PXD", None)
    guard = _found("The couple spent two weeks in Harwick.")
    assert guard["two weeks"] == ("DURATION", "P2W", None)
    guard = _found("A Harwick couple days away from eviction sought help.")
    assert guard == {}  # two people


def test_a_count_with_plus_is_that_many_or_more():
    found = _found("Marta Pell spoke for 90-plus minutes at the Harwick rally.")
    assert found["90-plus minutes"] == ("DURATION", "PT90M", "EQUAL_OR_MORE")
    found = _found("Ferry fares have climbed over the last year-plus.")
    assert found["the last year-plus"] == ("DURATION", "P1Y", "EQUAL_OR_MORE")
    guard = _found("Marta Pell spoke for 90 minutes at the Harwick rally.")
    assert guard["90 minutes"] == ("DURATION", "PT90M", None)
    found = _found("Ferry fares have climbed over the past decade-plus.")
    assert found["the past decade-plus"] == ("DURATION", "P10Y", "EQUAL_OR_MORE")


def test_a_level_in_tens_is_no_decade():
    found = _found("Wren's approval stayed in the mid-30s in the Harwick poll.")
    assert found == {}
    found = _found("Highs in Pellin will be in the low 70s.")
    assert found == {}
    guard = _found("Tomás Vidal moved to Harwick in the mid-80s.")
    assert guard["mid-80s"] == ("DATE", "198", "MID")
    guard = _found("Pellin ran at a high rate of growth in the '70s.")
    assert guard["the '70s"] == ("DATE", "197", None)
    guard = _found("Growth in Pellin averaged 8 percent a year during the boom of the 70s.")
    assert guard["the 70s"] == ("DATE", "197", None)  # the word of levels is far off


def test_today_after_a_noun_of_a_present_state_is_nowadays():
    found = _found("Ferry crews today are younger, Wren said.")
    assert found["today"] == ("DATE", "PRESENT_REF", None)
    found = _found("Harwick today has 300 ferry workers.")
    assert found["today"] == ("DATE", "PRESENT_REF", None)
    guard = _found("Velmora shares today rose by a third.")
    assert guard["today"] == ("DATE", SEPTEMBER, None)  # an act of the day
    guard = _found("The Harwick council today votes on the bridge.")
    assert guard["today"] == ("DATE", SEPTEMBER, None)
    guard = _found("The council's decision today is a blow to Pellin.")
    assert guard["today"] == ("DATE", SEPTEMBER, None)  # an act of the day
    guard = _found("The weather today is fine in Harwick.")
    assert guard["today"] == ("DATE", SEPTEMBER, None)  # a thing of the day


def test_a_part_of_the_day_keeps_its_mod_and_its_weekday():
    found = _found("Talks on the bridge resumed mid-morning Thursday.")
    assert found["mid-morning Thursday"] == ("TIME", "2016-09-01TMO", "MID")
    found = _found("Pell signed the bridge deal in the late afternoon.")
    assert found["the late afternoon"] == ("TIME", "2016-09-07TAF", "END")
    guard = _found("Pell signed the bridge deal in the afternoon.")
    assert guard["the afternoon"] == ("TIME", "2016-09-07TAF", None)
    guard = _found("Pell listens to the early-morning radio shows.")
    assert guard == {}  # a kind of show


def test_a_year_after_a_preposition_of_time_is_a_year_whatever_the_model_says():
    found = _found("Harwick plans 40 new ferries by 2030, Ruiz said.")
    assert found["2030"] == ("DATE", "2030", None)
    found = _found("Sea levels off Pellin may rise a metre by 2100.")
    assert found["2100"] == ("DATE", "2100", None)
    found = _found("In the 1828 mayoral race, Harwick chose a ferryman.")
    assert found["1828"] == ("DATE", "1828", None)
    guard = _found("Ferry sales rose by 2030 to 5000 tickets.")
    assert "2030" not in guard  # an amount a verb of change moves by
    guard = _found("The Pellin mill employs from 1800 to 2000 workers.")
    assert "1800" not in guard  # counts
    found = _found("Harwick hopes to finish the bridge by 2024-25.")
    assert found["2024"] == ("DATE", "2024", None)  # a range of years
    guard = _found("Ruiz won the 1500 race at the Harwick games.")
    assert "1500" not in guard  # metres
    guard = _found("The town's 1600 acre park lies north of Pellin.")
    assert "1600" not in guard


def test_hours_counted_from_a_day_told_keep_the_day_or_stay_unresolved():
    found = _found("On Monday, Ruiz resigned. 48 hours later, Vidal followed her.")
    assert found["48 hours later"] == ("DATE", "2016-09-07", None)
    found = _found("Vidal met Ruiz 36 hours later.")
    assert found["36 hours later"] == ("DATE", None, None)  # not dropped: unresolved
    guard = _found("Two hours earlier, Wren spoke in Harwick.")
    assert guard["Two hours earlier"] == ("DATE", SEPTEMBER, None)


def test_the_same_day_before_a_clause_after_a_comma_points_back():
    found = _found("Ruiz could win Harwick on Tuesday and lose Pellin the same day, when "
                   "four towns vote.")
    assert found["the same day"] == ("DATE", "2016-09-06", None)
    guard = _found("On the day Ruiz had proposed, Wren left the council.")
    assert guard == {}  # the day the clause defines, no day told before


def test_possessive_seasons_past_units_and_hyphenated_durations_before_punctuation():
    found = _found("Harwick will host this summer's ferry convention.", "2016-05-10")
    assert found["this summer"] == ("DATE", "2016-SU", None)
    found = _found("Wren has changed sides on the bridge in past years.")
    assert found["past years"] == ("DURATION", "PXY", None)
    guard = _found("Wren wants to move past years of feuding over the bridge.")
    assert "past years" not in guard  # "past" a preposition
    found = _found("Her five-day, 12-stop ferry tour ended in Pellin.")
    assert found["five-day"] == ("DURATION", "P5D", None)
    found = _found('Pell went on a two-day "Save the Ferry" tour.')
    assert found["two-day"] == ("DURATION", "P2D", None)
    found = _found("Ferry workers in Harwick are counting down the coming weeks.")
    assert found["the coming weeks"] == ("DURATION", "PXW", None)


def test_a_date_under_a_present_participle_is_the_nearest_one():
    found = _found("Ruiz won on Tuesday. Next: the race continuing through Harwick on June 7.",
                   "2016-04-14")
    assert found["June 7"] == ("DATE", "2016-06-07", None)
    guard = _found("Vidal launched attacks in a dozen towns on March 1.", "2016-03-03")
    assert guard["March 1"] == ("DATE", "2016-03-01", None)
    guard = _found("Police said a man carrying a knife on Thursday was arrested in Harwick.")
    assert guard["Thursday"] == ("DATE", "2016-09-01", None)  # a past matrix: the past
    guard = _found("Ruiz, the ferry board's chair, was first elected way back in October.",
                   "2016-06-10")
    assert guard["October"] == ("DATE", "2015-10", None)  # "back in": the past
    guard = _found("Ruiz will be back in October, her aides said.", "2016-06-10")
    assert guard["October"] == ("DATE", "2016-10", None)
    guard = _found("Ferry fares should bounce back in October.", "2016-06-10")
    assert guard["October"] == ("DATE", "2016-10", None)  # a forecast, ahead


def test_a_recent_part_of_the_day_is_one_the_text_does_not_place():
    found = _found("On a recent evening in Harwick, ferry workers talked about Ruiz.")
    assert found["a recent evening"] == ("TIME", "XXXX-XX-XXTEV", None)
    guard = _found("On Tuesday evening in Harwick, ferry workers talked about Ruiz.")
    assert guard["Tuesday evening"] == ("TIME", "2016-09-06TEV", None)


def test_a_tomorrow_with_an_article_is_the_future():
    found = _found("“We fight for a brighter tomorrow,” Ana Ruiz told Pellin voters.")
    assert found["tomorrow"] == ("DATE", "FUTURE_REF", None)
    guard = _found("Ana Ruiz will meet Pellin voters tomorrow.")
    assert guard["tomorrow"] == ("DATE", "2016-09-08", None)
    guard = _found("Ana Ruiz has a busy tomorrow in Pellin.")
    assert guard["tomorrow"] == ("DATE", "2016-09-08", None)


def test_a_weekday_naming_a_thing_under_a_modal_is_the_nearer_one():
    found = _found("Monday's ferry debate might not move Pellin voters.", "2016-09-28")
    assert found["Monday"] == ("DATE", "2016-09-26", None)  # two days back, not five ahead
    found = _found("Friday's ferry vote may decide the Pellin race.", "2016-09-28")
    assert found["Friday"] == ("DATE", "2016-09-30", None)
    guard = _found("Ruiz might speak in Pellin on Monday.", "2016-09-28")
    assert guard["Monday"] == ("DATE", "2016-10-03", None)  # her act, ahead
    guard = _found("Sunday's ferry rally should draw thousands to Pellin.", "2016-09-28")
    assert guard["Sunday"] == ("DATE", "2016-10-02", None)  # a forecast, ahead


def test_inauguration_day_is_january_20_after_a_presidential_election():
    found = _found("U.S. ferry workers will march on Inauguration Day.", "2016-09-28")
    assert found["Inauguration Day"] == ("DATE", "2017-01-20", None)
    guard = _found("Pellin workers marched on inauguration day.", "2016-09-28")
    assert guard == {}  # lower case, no sign of the United States: any country's


def test_the_day_in_an_idiom_of_winning_is_no_day():
    found = _found("Ruiz hopes her ferry plan will carry the day in Pellin.")
    assert found == {}
    guard = _found("Ruiz spent the day in Pellin.")
    assert guard["the day"] == ("DATE", SEPTEMBER, None)


def test_sept_11_before_words_of_the_attacks_is_the_2001_date():
    found = _found("The ferry union praised Ruiz's work after the Sept. 11 terrorist attacks.")
    assert found["Sept. 11"] == ("DATE", "2001-09-11", None)
    found = _found("The Velmora channel aired Sept. 11 conspiracy theories.")
    assert found["Sept. 11"] == ("DATE", "2001-09-11", None)
    guard = _found("Wren spoke at the Sept. 11 memorial ceremony in Harwick.", "2016-09-12")
    assert guard["Sept. 11"] == ("DATE", "2016-09-11", None)  # held every year


def test_a_verb_of_starting_before_a_period_is_no_mod():
    found = _found("Harwick's ferry ads could start this week.")
    assert found["this week"] == ("DATE", "2016-W36", None)
    guard = _found("Ferry sales fell in late March.")
    assert guard["late March"] == ("DATE", "2016-03", "END")
    guard = _found("Ferry sales fell at the start of the week.")
    assert guard["the start of the week"] == ("DATE", "2016-W36", "START")
    guard = _found("The Pellin bridge should open by end 2017.")
    assert guard["end 2017"] == ("DATE", "2017", "END")  # the wire's noun


def test_a_paper_s_name_in_capitals_opening_a_sentence_is_no_day():
    found = _found("HARWICK TODAY's tally leaves out the ferry board's money.")
    assert found == {}
    guard = _found("Vote TODAY, the Pellin ferry ads said.")
    assert guard["TODAY"] == ("DATE", SEPTEMBER, None)
    guard = _found("VOTE TODAY! read the Velmora banners.")
    assert guard["TODAY"] == ("DATE", SEPTEMBER, None)


def test_a_clock_time_before_a_part_of_the_day_takes_its_half():
    found = _found("Marta Pell will speak in Harwick at 6 o'clock this afternoon.")
    assert found["6 o'clock this afternoon"] == ("TIME", "2016-09-07T18:00", None)
    found = _found("Marta Pell spoke in Harwick at 7 o'clock last night.")
    assert found["7 o'clock last night"] == ("TIME", "2016-09-06T19:00", None)
    guard = _found("Marta Pell spoke in Harwick at 9:15 this morning.")
    assert guard["9:15 this morning"] == ("TIME", "2016-09-07T09:15", None)
    found = _found("The Pellin ferry sank at 2:30 last night.")
    assert found["2:30 last night"] == ("TIME", "2016-09-07T02:30", None)  # after midnight


def test_a_unit_joined_to_long_by_a_hyphen_is_a_duration_not_the_day():
    found = _found("The day-long meeting of the Pellin ferry board ended.")
    assert found["day-long"] == ("DURATION", "P1D", None)
    guard = _found("Ruiz spent the day in Pellin, long after the ferry left.")
    assert guard["the day"] == ("DATE", SEPTEMBER, None)
