"""Time expressions (issue 17): one invented case per error class found by the hand
audits of real news in the session after stop 36, with guards the rules must not take."""

from __future__ import annotations

from rashomon import analyze

WEDNESDAY = "2016-03-09"


def _values(text: str, published: str = WEDNESDAY) -> dict[str, tuple]:
    record = analyze(text, published=published)
    return {t.text: (t.type, t.value) for t in record.timexes}


def _listed(text: str, published: str = WEDNESDAY) -> list[tuple[str, str, str | None]]:
    """Every time expression in text order (repeated words kept apart)."""
    return [(t.text, t.type, t.value) for t in analyze(text, published=published).timexes]


def _anchor_of(text: str, words: str, published: str = WEDNESDAY) -> str | None:
    record = analyze(text, published=published)
    by_id = {t.id: t.text for t in record.timexes}
    (timex,) = [t for t in record.timexes if t.text == words]
    return by_id.get(timex.anchor, timex.anchor)


def test_relative_time_in_a_quotation_counts_from_the_day_it_was_said():
    text = ("Harbour vote delayed\n\n"
            "“We will put it to the council today,” Mayor Ruiz said Monday.\n\n"
            "Ruiz said on March 1 that a decision would come “by next week.”")
    values = _values(text)
    assert values["today"] == ("DATE", "2016-03-07")
    assert values["next week"] == ("DATE", "2016-W10")
    assert _anchor_of(text, "today") == "Monday"


def test_a_day_counted_from_a_quoted_today_moves_with_it():
    text = ("Harbour vote\n\n"
            "“We will decide today and vote the next day,” Mayor Ruiz said Monday.")
    values = _values(text)
    assert values["today"] == ("DATE", "2016-03-07")
    assert values["the next day"] == ("DATE", "2016-03-08")


def test_a_weekday_in_a_dated_quotation_keeps_its_tense_and_the_page_s_date():
    text = "Talks\n\n“We meet Friday,” Ruiz said Monday."
    assert _values(text, published="2016-03-10")["Friday"] == ("DATE", "2016-03-11")


def test_a_quotation_with_no_day_of_its_own_keeps_the_publication_date():
    text = "Harbour vote delayed\n\n“We will put it to the council today,” Mayor Ruiz said."
    assert _values(text)["today"] == ("DATE", WEDNESDAY)


def test_come_before_a_month_points_ahead():
    text = "Pellin waits\n\nCome November, the voters of Pellin will decide."
    assert _values(text)["November"] == ("DATE", "2016-11")


def test_come_with_a_subject_of_its_own_is_no_signal():
    text = "Count\n\nResults from the count come Monday night as a surprise to no one."
    assert _values(text)["Monday night"] == ("TIME", "2016-03-07TNI")


def test_a_date_something_is_set_for_in_the_present_lies_ahead():
    text = "Ferry talks\n\nThe ferry ballot is set for Nov. 8, the union said."
    assert _values(text)["Nov. 8"] == ("DATE", "2016-11-08")


def test_a_month_abbreviation_may_touch_its_day():
    text = "Memorial\n\nThe memorial recalls the storm of Sept.14, 2003 in Tarnow."
    assert _values(text)["Sept.14, 2003"] == ("DATE", "2003-09-14")


def test_an_infinitive_without_to_takes_the_tense_of_the_verb_it_hangs_from():
    text = "Ferry\n\nThe storm made the Tarnow ferry skip its crossings in March."
    assert _values(text, published="2016-01-07")["March"] == ("DATE", "2015-03")


def test_until_or_through_ending_a_noun_s_period_does_not_point_ahead():
    """"reports through Jan. 31" (a parse the model makes on some real sentences, built
    by hand): the span of the reports, not a verb's time still to come."""
    from spacy.lang.en import English
    from spacy.tokens import Doc

    from rashomon.nlp.time.component import _bounds_a_noun
    from rashomon.nlp.time.grammar import find

    words = ["Ruiz", "cited", "payroll", "reports", "through", "Jan.", "31", "."]
    doc = Doc(English().vocab, words=words, heads=[1, 1, 3, 1, 3, 4, 5, 1],
              deps=["nsubj", "ROOT", "compound", "dobj", "prep", "pobj", "nummod", "punct"],
              pos=["PROPN", "VERB", "NOUN", "NOUN", "ADP", "PROPN", "NUM", "PUNCT"])
    (candidate,) = [c for c in find(doc.text) if c.text == "Jan. 31"]
    assert _bounds_a_noun(doc.char_span(candidate.start, candidate.end))
    heads = [1, 1, 3, 1, 1, 4, 5, 1]  # "through" on the verb keeps the signal
    on_verb = Doc(English().vocab, words=words, heads=heads,
                  deps=["nsubj", "ROOT", "compound", "dobj", "prep", "pobj", "nummod", "punct"],
                  pos=["PROPN", "VERB", "NOUN", "NOUN", "ADP", "PROPN", "NUM", "PUNCT"])
    assert not _bounds_a_noun(on_verb.char_span(candidate.start, candidate.end))
    text = "Claims\n\nTax filings through Monday show a rise in claims."
    assert _values(text)["Monday"] == ("DATE", "2016-03-07")


def test_a_live_report_s_time_stamp_is_on_the_day_of_the_page():
    text = ("Tarnow votes: the latest\n\n"
            "9:40 p.m.\n\n"
            "Ruiz told supporters that the town votes again on March 14.\n\n"
            "9:05 p.m.\n\n"
            "Wren conceded the race in a short speech.")
    values = _values(text, published="2016-03-05")
    assert values["9:05 p.m."] == ("TIME", "2016-03-05T21:05")


def test_a_time_stamp_is_not_on_a_weekday_an_entry_named():
    text = ("Pellin primary: the latest\n\n"
            "The latest on the race before Tuesday's primary in Pellin:\n\n"
            "9:34 p.m.\n\n"
            "Ruiz spent the evening with volunteers.\n\n"
            "9:05 p.m.\n\n"
            "Wren thanked her volunteers.")
    values = _values(text, published="2016-04-14")
    assert values["9:34 p.m."] == ("TIME", "2016-04-14T21:34")
    assert values["9:05 p.m."] == ("TIME", "2016-04-14T21:05")


def test_a_time_under_a_date_heading_is_on_that_date():
    text = "Council week\n\nFriday, March 11\n\n10 a.m.\n\nThe council meets in Tarnow."
    assert _values(text)["10 a.m."] == ("TIME", "2016-03-11T10:00")


def test_the_present_tense_after_if_once_or_before_speaks_of_what_is_to_come():
    text = ("Harbour plan\n\n"
            "The plan could pass if a new mayor is elected in November.\n\n"
            "Sales were weak when the port closed in March.")
    values = _values(text, published="2016-01-05")
    assert values["November"] == ("DATE", "2016-11")
    assert values["March"] == ("DATE", "2015-03")
    headline = "Pellin shares fall after Acme reports weak sales on Monday"
    assert _values(headline)["Monday"] == ("DATE", "2016-03-07")


def test_a_gerund_a_noun_of_prospect_holds_out_is_still_to_come():
    text = ("Ruiz upbeat\n\n"
            "Pellin bookmakers rate Wren's odds of taking the mayoralty in November as slim.\n\n"
            "Back then, Ruiz had no chance of beating Ellis in October.")
    assert _values(text, published="2016-01-19")["November"] == ("DATE", "2016-11")
    assert _values(text, published="2016-07-19")["October"] == ("DATE", "2015-10")


def test_the_last_year_of_a_term_is_not_the_year_before():
    assert _listed("Mayor's last lap\n\nWren enters the last year of her term.") == []
    text = "Cable\n\nIts purchase last year of the Pellin cable unit paid off."
    assert _listed(text, published="2016-01-05") == [("last year", "DATE", "2015")]


def test_through_after_a_present_perfect_is_as_near_as_can_be():
    text = "Food bank\n\nThe Tarnow food bank has handed out 40,000 meals through the end of June."
    assert _values(text, published="2016-07-26")["the end of June"] == ("DATE", "2016-06")
    text = "Curfew\n\nThe council has extended the curfew until Monday."
    assert _values(text)["Monday"] == ("DATE", "2016-03-14")


def test_the_next_week_gone_through_is_a_duration():
    text = ("Ads\n\n"
            "The Ruiz ads will run over the next week or so.\n\n"
            "Wren answers next week.")
    values = _values(text, published="2016-08-29")
    assert values["the next week"] == ("DURATION", "P1W")
    assert values["next week"] == ("DATE", "2016-W36")
    text = "Match off\n\nThe Tarnow match was put off for the following day."
    assert _values(text)["the following day"] == ("DATE", "2016-03-10")


def test_a_count_or_more_is_one_duration_with_its_mod():
    record = analyze("Harbour\n\nDredging the Tarnow harbour will take two or more years.",
                     published=WEDNESDAY)
    (timex,) = record.timexes
    assert (timex.text, timex.value, timex.mod) == ("two or more years", "P2Y", "EQUAL_OR_MORE")


def test_an_age_in_the_plural_is_no_time():
    assert _listed("School\n\nThe class is for 13-year-olds in Tarnow.") == []


def test_a_day_word_quoted_alone_after_a_possessive_is_a_programme():
    text = ("Strike\n\n"
            "On Friday, Wren discussed the strike with Radio Pellin’s “Today” in a long interview.")
    assert [t[0] for t in _listed(text, published="2016-02-29")] == ["Friday"]


def test_today_s_before_an_era_is_the_present_and_before_an_act_the_day():
    text = ("Pellin now\n\n"
            "Young voters shape today’s economy in Pellin.\n\n"
            "Today's vote in Tarnow was close.")
    values = _values(text)
    assert values["today"] == ("DATE", "PRESENT_REF")
    assert values["Today"] == ("DATE", WEDNESDAY)
    text = "Papers\n\nRuiz wrote in today's Tarnow Herald that the port is safe."
    assert _values(text)["today"] == ("DATE", WEDNESDAY)


def test_a_weekday_before_a_weekly_show_is_every_such_day():
    text = "Host quits\n\nWren, who hosted a Sunday talk show for years, quit on Tuesday."
    values = _values(text)
    assert values["Sunday"] == ("SET", "XXXX-WXX-7")
    assert values["Tuesday"] == ("DATE", "2016-03-08")


def test_a_weekday_before_a_one_off_event_stays_a_date():
    text = "Rally\n\nWren spoke at a Friday rally in Tarnow."
    assert _values(text)["Friday"] == ("DATE", "2016-03-04")
    text = "Concert\n\nThe band's Friday show in Tarnow drew 5,000 fans."
    assert _values(text)["Friday"] == ("DATE", "2016-03-04")


def test_election_day_is_the_us_federal_election_and_needs_its_capitals():
    text = ("Ruiz ahead\n\n"
            "Polls give Ruiz, a Republican, a lead he hopes to keep until Election Day.\n\n"
            "In Pellin, election day at the club passed calmly.")
    values = _values(text, published="2016-02-20")
    assert values["Election Day"] == ("DATE", "2016-11-08")
    assert "election day" not in values
    text = "Valdoria votes\n\nIn Valdoria, Election Day passed calmly."
    assert _listed(text, published="2016-02-20") == []


def test_a_dateline_a_day_after_the_page_s_date_is_the_same_year():
    text = "Strike off\n\nPELLIN, Dec. 22 (Tarnow Wire) — The ferry union called off its strike."
    assert _values(text, published="2015-12-21")["Dec. 22"] == ("DATE", "2015-12-22")
    text = "Festival\n\nLast year, the Pellin lantern festival opened on Dec. 22."
    assert _values(text, published="2015-12-21")["Dec. 22"] == ("DATE", "2014-12-22")


def test_this_summer_long_over_and_not_in_the_past_is_the_next():
    text = "Ferry\n\nThe new Tarnow ferry enters service this summer."
    assert _values(text, published="2015-12-21")["this summer"] == ("DATE", "2016-SU")
    text = "Trade\n\nPellin ice cream sales this summer are up 5 percent."
    assert _values(text, published="2016-09-10")["this summer"] == ("DATE", "2016-SU")


def test_a_year_before_fiscal_year_is_that_fiscal_year():
    text = "Budget\n\nTarnow spent more on ferries in the 2015 fiscal year."
    assert _listed(text) == [("the 2015 fiscal year", "DATE", "FY2015")]


def test_the_days_of_a_quoted_word_are_no_time():
    text = "Wren\n\nRuiz asked when the days of “waiting” in Tarnow would be over."
    assert _listed(text) == []


def test_super_tuesday_is_the_first_tuesday_of_march_in_a_us_presidential_year():
    text = ("Ruiz\n\nRuiz, a Republican, faces hard ground next week in the Super Tuesday "
            "contests.")
    assert _values(text, published="2016-02-25")["Super Tuesday"] == ("DATE", "2016-03-01")
    text = "Ruiz\n\nRuiz, a Republican, won Super Tuesday 2008."
    assert _listed(text, published="2016-02-25") == []


def test_a_date_something_is_slated_for_is_as_near_as_can_be():
    text = ("Tractors\n\n"
            "Tarnow Mills unveiled the Falcon, a tractor slated for delivery on Feb. 5.")
    assert _values(text, published="2016-01-18")["Feb. 5"] == ("DATE", "2016-02-05")
    text = "Ferry\n\nThe merger, announced in October, will close soon."
    assert _values(text, published="2016-01-18")["October"] == ("DATE", "2015-10")
    text = "Fire\n\nThe barn fire, set on Friday, spread to the Pellin woods."
    assert _values(text)["Friday"] == ("DATE", "2016-03-04")


def test_the_day_of_a_day_shift_is_no_time():
    text = "Mill\n\nAt the Pellin mill, the day shift clocks in at seven, Wren said."
    assert _listed(text) == []


def test_today_set_against_an_earlier_year_or_after_even_is_the_present():
    text = ("Club fees\n\n"
            "In 1990, a season pass at the Pellin club cost 500 dollars. Today, that same "
            "pass costs 2,000 dollars.\n\n"
            "Even today, the Tarnow ferry runs on coal.")
    assert [t[2] for t in _listed(text, published="2015-11-26")] == [
        "1990", "PRESENT_REF", "PRESENT_REF"]
    text = ("Club\n\nIn 1990, Ruiz founded the club. Today, he says he will retire.\n\n"
            "In 2014, the Tarnow bridge opened. Today, the council votes on its repair.\n\n"
            "Even today, the vote on the Pellin pier was delayed again.")
    values = _listed(text, published="2015-11-26")
    assert [v for t, _, v in values if t.lower() == "today"] == ["2015-11-26"] * 3
