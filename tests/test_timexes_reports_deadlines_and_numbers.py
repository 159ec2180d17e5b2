"""Time expressions (issue 17, eleventh pass): one invented case per class that the study
material (an invented TimeML set written from the guidelines, a hand audit of real
articles, and the study texts of PolNeAR train and Wikinews) showed wrong, each with
guards the rule must leave alone. Sentences are our own."""

from __future__ import annotations

from conftest import timex_values

MARCH = "2024-03-12"  # a Tuesday


def _found(text: str, published: str = MARCH) -> dict[str, tuple]:
    return timex_values(text, published)


def test_a_negated_future_looks_ahead():
    saturday = "2024-03-16"
    found = _found("Velmora votes.\n\nThe result won't settle anything on Friday, Ruiz said.",
                   published=saturday)
    assert found["Friday"] == ("DATE", "2024-03-22", None)
    found = _found("Velmora votes.\n\nThe result settled nothing on Friday, Ruiz said.",
                   published=saturday)
    assert found["Friday"] == ("DATE", "2024-03-15", None)  # guard: the past stays


def test_the_number_of_a_bill_or_a_flight_is_no_year():
    found = _found("Velmora law.\n\nThe House passed House Bill 1523 and Resolution 1973 "
                   "on Monday; Flight 1549 was delayed.")
    assert not {"1523", "1973", "1549"} & set(found)
    found = _found("Velmora law.\n\nThe Harwick Data Act 1998 was repealed in 2019.")
    assert found["1998"] == ("DATE", "1998", None)  # guard: an act names its year
    assert found["2019"] == ("DATE", "2019", None)


def test_a_year_joined_to_a_code_is_part_of_a_name():
    found = _found("Velmora health.\n\nOfficials said the virus 2023-vRK had reached Pellin.")
    assert "2023" not in found
    found = _found("Velmora health.\n\nThe 2019-20 season and the 2016-era rules ended.")
    assert found["2016"] == ("DATE", "2016", None)  # guard: an era is the year's


def test_a_span_counted_before_or_after_with_nothing_after_it_is_a_date():
    found = _found("Velmora talks.\n\nRuiz was asked about her remarks from a few days before.")
    assert found["a few days before"] == ("DATE", "PAST_REF", None)
    found = _found("Velmora talks.\n\nRuiz was arrested on March 3. Two days after, she "
                   "was freed.")
    assert found["Two days after"] == ("DATE", "2024-03-05", None)
    found = _found("Velmora talks.\n\nRuiz spoke two days before the vote.")
    assert found["two days"] == ("DURATION", "P2D", None)  # guards: a preposition's object,
    found = _found("Velmora talks.\n\nSources said Vidal died within two years before.")
    assert found["two years"] == ("DURATION", "P2Y", None)  # and a stretch


def test_a_weekday_ending_a_range_from_a_past_date_is_past():
    friday = "2024-03-15"
    found = _found("Velmora poll.\n\nThe poll was based on a survey of 900 adults taken "
                   "from March 1 through Sunday.", published=friday)
    assert found["Sunday"] == ("DATE", "2024-03-10", None)
    found = _found("Velmora poll.\n\nThe survey runs through Sunday.", published=friday)
    assert found["Sunday"] == ("DATE", "2024-03-17", None)  # guard: a span still running


def test_midnight_of_a_named_day_is_its_end():
    found = _found("Velmora offer.\n\nPellin extended its offer until midnight March 20.")
    assert found["midnight March 20"] == ("TIME", "2024-03-20T24:00", None)
    found = _found("Velmora fire.\n\nThe fire broke out just after midnight today.")
    assert found["midnight today"] == ("TIME", "2024-03-12T00:00", None)  # guard


def test_a_two_digit_year_in_the_last_century():
    found = _found("Velmora flood.\n\nI was here in '64, and in '37 as a girl.",
                   published="1997-03-11")
    assert found["'64"] == ("DATE", "1964", None)
    assert found["'37"] == ("DATE", "1937", None)
    found = _found("Velmora flood.\n\nThe class of '22 met again.", published="2016-05-02")
    assert found["'22"] == ("DATE", "2022", None)  # guard: a few years ahead stays ahead


def test_what_a_company_expects_is_ahead():
    found = _found("Velmora merger.\n\nPellin said it expects to complete the merger in the "
                   "third quarter.", published="1991-05-15")
    assert found["the third quarter"] == ("DATE", "1991-Q3", None)


def test_a_participle_clause_before_the_main_verb_is_past():
    found = _found("Velmora merger.\n\nUnder the agreement, announced late Monday, Pellin will "
                   "begin a tender offer.", published="1991-05-15")
    assert found["late Monday"] == ("DATE", "1991-05-13", "END")
    found = _found("Velmora merger.\n\nIf approved on Friday, the merger will close in "
                   "June.", published="1991-05-15")
    assert found["Friday"] == ("DATE", "1991-05-17", None)  # guard: a condition looks ahead


def test_a_plan_put_forward_this_week_is_still_current():
    found = _found("Velmora plan.\n\nThe cabinet on Wednesday approved a plan to finish the "
                   "wall by mid-August.", published="2005-07-13")
    assert found["mid-August"] == ("DATE", "2005-08", "MID")
    found = _found("Velmora plan.\n\nBack then, Ruiz had no chance of beating Vidal in "
                   "October.", published="2016-07-19")
    assert found["October"] == ("DATE", "2015-10", None)  # guard: a prospect once held


def test_a_weekday_of_a_reported_future_comes_after_the_report():
    found = _found("Velmora launch.\n\nThe agency said Tuesday it would try again Saturday.",
                   published="2022-08-30")
    assert found["Saturday"] == ("DATE", "2022-09-03", None)
    found = _found("Velmora launch.\n\nThe agency said Monday it would try again Wednesday.",
                   published="2022-09-01")
    assert found["Wednesday"] == ("DATE", "2022-08-31", None)  # after Monday, not after today
    found = _found("Velmora launch.\n\nRuiz said Tuesday she voted on Monday.",
                   published="2022-08-31")
    assert found["Monday"] == ("DATE", "2022-08-29", None)  # guards: a reported past, and
    found = _found("Velmora launch.\n\nPellin said they would light the bridge on Monday "
                   "night.", published="2022-08-31")  # a report its words do not date,
    assert found["Monday night"] == ("TIME", "2022-08-29TNI", None)  # which may be days old


def test_the_quarter_or_half_of_a_year_named_is_the_one_under_discussion():
    found = _found("Velmora results.\n\nPellin said fourth-quarter net income rose to $56.8 "
                   "million from $50.7 million in the 1989 quarter.", published="1991-02-07")
    assert found["the 1989 quarter"] == ("DATE", "1989-Q4", None)
    found = _found("Velmora results.\n\nIn the first half, Pellin lost $29.7 million, against "
                   "a profit of $44.3 million in the 1989 half.", published="1990-07-24")
    assert found["the 1989 half"] == ("DATE", "1989-H1", None)
    found = _found("Velmora results.\n\nPellin earned $4 million in the 1989 period.",
                   published="1990-07-24")
    assert found["the 1989 period"] == ("DATE", "1989", None)  # none under discussion


def test_a_day_of_the_month_spelt_as_spoken():
    found = _found("Velmora euro.\n\nThe change takes effect January first.",
                   published="1998-12-03")
    assert found["January first"] == ("DATE", "1999-01-01", None)
    found = _found("Velmora euro.\n\nIn January first-quarter sales rose.",
                   published="1998-12-03")
    assert "January first" not in found  # guard: an ordinal of another noun


def test_a_season_ahead_once_this_year_s_is_over():
    found = _found("Velmora air.\n\nHe doubts traffic will recover before the spring.",
                   published="1990-10-30")
    assert found["the spring"] == ("DATE", "1991-SP", None)
    found = _found("Velmora air.\n\nTraffic fell in the spring.", published="1990-10-30")
    assert found["the spring"] == ("DATE", "1990-SP", None)  # guard: the past


def test_an_hour_in_words_before_a_m():
    found = _found("Velmora votes.\n\nPolls will open at six a.m. Tuesday in most towns.",
                   published="2000-01-27")
    assert found["six a.m. Tuesday"] == ("TIME", "2000-02-01T06:00", None)
    found = _found("Velmora radio.\n\nShe hosts an AM radio show; Pellin owns five AM "
                   "stations.")
    assert not found  # guards: "an AM", "five AM stations" are no hours


def test_years_later_in_a_story_of_years_ago_count_from_the_year_told():
    found = _found("Velmora orchestra.\n\nWhen the Pellin orchestra gave its first concert in "
                   "1962, it had 19 players. On Saturday night, it opens its 31st season. "
                   "\"We were terrible,\" Ana Ruiz recalled last week. Three years later, the "
                   "orchestra began charging admission.", published="1992-09-10")
    assert found["Three years later"] == ("DATE", "1965", None)
    found = _found("Velmora orchestra.\n\nRuiz joined the firm in 2010. Two years later, she "
                   "left.", published="1992-09-10")
    assert found["Two years later"] == ("DATE", "2012", None)  # guard: no told year needed


def test_years_to_the_day_is_no_day():
    found = _found("Velmora flood.\n\nOn March 17, 1989, the dam gave way. Yesterday, 25 years "
                   "to the day, survivors gathered. Many of them were children that spring.",
                   published="2014-03-18")
    assert "the day" not in found
    assert found["that spring"] == ("DATE", "1989-SP", None)
    found = _found("Velmora flood.\n\nSurvivors met on March 17. The day was cold.",
                   published="2014-03-18")
    assert found["The day"] == ("DATE", "2014-03-17", None)  # guard: an anaphoric day


def test_what_voters_are_urged_to_do_is_ahead():
    found = _found("Velmora votes.\n\nCampaigning ended on Tuesday, with candidates urging "
                   "voters to ignore threats and turn out at the polls on Saturday.",
                   published="2004-10-05")
    assert found["Saturday"] == ("DATE", "2004-10-09", None)
    found = _found("Velmora votes.\n\nCampaigning ended on Tuesday, after candidates failed "
                   "to fill the hall and drew small crowds on Saturday.",
                   published="2004-10-05")
    assert found["Saturday"] == ("DATE", "2004-10-02", None)  # guard: an act done


def test_a_day_s_vote_after_a_gerund_of_after_is_done():
    found = _found("Velmora primary.\n\nAfter trouncing Ruiz in Tuesday's primary in Pellin, "
                   "Vidal must prepare to face voters in the south.", published="2016-02-11")
    assert found["Tuesday"] == ("DATE", "2016-02-09", None)
    found = _found("Velmora primary.\n\nVidal will face Ruiz in Tuesday's primary in "
                   "Pellin.", published="2016-02-11")
    assert found["Tuesday"] == ("DATE", "2016-02-16", None)  # guard: a vote to come


def test_a_month_ending_bail_told_in_the_past_is_the_nearest():
    found = _found("Velmora theft.\n\nPolice arrested a man and released him on bail till "
                   "October.", published="2019-09-18")
    assert found["October"] == ("DATE", "2019-10", None)
    found = _found("Velmora theft.\n\nVidal worked at the mill until October.",
                   published="2019-09-18")
    assert found["October"] == ("DATE", "2018-10", None)  # guard: a finished stretch


def test_day_in_and_day_out_is_no_day():
    found = _found("Velmora senate.\n\nHe had ties that come from the day in and day out "
                   "work of the halls.")
    assert "the day" not in found


def test_a_month_in_a_sentence_that_opened_with_a_past_year():
    found = _found("Velmora ads.\n\nIn 2008, Pellin's campaign began airing ads in "
                   "mid-September. But in 2012, it spent millions on ads beginning in April.",
                   published="2016-09-04")
    assert found["mid-September"] == ("DATE", "2008-09", "MID")
    assert found["April"] == ("DATE", "2012-04", None)
    found = _found("Velmora ads.\n\nIn 2008, Ruiz won. She lost in April.",
                   published="2016-09-04")
    assert found["April"] == ("DATE", "2016-04", None)  # guards: another sentence,
    found = _found("Velmora ads.\n\nRuiz, who won in 2008, will campaign in October.",
                   published="2016-09-04")
    assert found["October"] == ("DATE", "2016-10", None)  # a clause that looks ahead, and
    found = _found("Velmora ads.\n\nVidal was extradited in 2014 and pleaded guilty in May.",
                   published="2016-09-04")
    assert found["May"] == ("DATE", "2016-05", None)  # a year of another verb, and
    found = _found("Velmora ads.\n\nIn the 1980s, Ruiz ran the mill, and she sold it in "
                   "November.", published="2016-09-04")
    assert found["November"] == ("DATE", "2015-11", None)  # a decade is no year


def test_last_and_a_weekday_is_never_yesterday():
    friday = "2020-01-10"
    found = _found("Velmora pipeline.\n\nOn last Thursday, the delegations of Pellin and "
                   "Harwick met in Velmora.", published=friday)
    assert found["last Thursday"] == ("DATE", "2020-01-02", None)
    found = _found("Velmora pipeline.\n\nThe delegations met last Monday.", published=friday)
    assert found["last Monday"] == ("DATE", "2020-01-06", None)  # guards: days before it,
    found = _found("Velmora pipeline.\n\nThe delegations met on Thursday.", published=friday)
    assert found["Thursday"] == ("DATE", "2020-01-09", None)  # and plain "Thursday"
