"""Disputes of two accounts over tolls, crowds and arrests told in other words, whether a
deal was reached, who opened fire and who proposed a call, and a headline printed right
above its place-and-date line. All accounts are invented."""

from __future__ import annotations

import pytest
from conftest import compared_accounts, disputes

from rashomon.read import from_text

_AUTHORITY = ("Disaster Authority of Velmora", "Fourth situation report")
_SOCIETY = ("Red Lantern Society", "Appeal for the cyclone's survivors")


def _compared(line_a: str, line_b: str, published: str = "2031-10-14",
              publishers: tuple[tuple[str, str], tuple[str, str]] = (_AUTHORITY, _SOCIETY)):
    (publisher_a, headline_a), (publisher_b, headline_b) = publishers
    return compared_accounts(published, (publisher_a, headline_a, line_a),
                             (publisher_b, headline_b, line_b))


@pytest.mark.parametrize(("lead_a", "lead_b"), [
    ("A cyclone came ashore near the port town of Ulvedra early on Tuesday.",
     "The Society launched an appeal on Friday after a cyclone crossed the coast close to "
     "Ulvedra on Tuesday."),
    ("A cyclone came ashore in Ulvedra early on Tuesday.",
     "The Society launched an appeal on Friday after a cyclone crossed the coast close to "
     "Ulvedra on Tuesday."),
])
def test_a_toll_told_close_to_a_place_is_one_events(lead_a: str, lead_b: str):
    comparison = _compared(
        f"{lead_a} The Authority confirmed that 23 people had lost their lives, most of them "
        "in Brask district.",
        f"{lead_b} Information gathered by its volunteers indicates that at least 38 people "
        "were killed.")
    assert ("number", "killed") in disputes(comparison)


def test_those_eliminated_are_counted_with_the_killed():
    lead = "On Monday night a drone struck a convoy near the village of Sarrow."
    comparison = _compared(
        f"{lead} Eleven terrorists were eliminated, the General Staff said.",
        f"{lead} The Mission found that at least 17 people were killed.",
        "2033-05-04", (("Tolmerian General Staff", "Statement on the operation"),
                       ("Monitoring Mission", "Findings on the strike")))
    assert ("number", "killed") in disputes(comparison)


_POLICE = (("Velmora Metropolitan Police", "Statement on the march"),
           ("Federation of Trade Unions", "A historic general strike"))


def test_a_crowd_a_march_had_drawn_is_the_crowd_that_marched():
    comparison = _compared(
        "The police said that Thursday's march in Velmora had drawn around 18,000 people "
        "at its peak.",
        "More than 120,000 workers marched through the streets of Velmora on Thursday.",
        "2029-05-17", _POLICE)
    assert ("number", "participants") in disputes(comparison)


def test_arrests_of_one_protest_are_one_count_whoever_made_them():
    comparison = _compared(
        "Police said on Thursday that a union march in Velmora had passed peacefully. In "
        "total, 27 people were arrested for assaulting police officers.",
        "Thousands of workers marched in Velmora on Thursday. Over 60 people were detained "
        "during the day, many of them far from any incident, the union added.",
        "2029-05-17", _POLICE)
    assert ("number", "arrested") in disputes(comparison)


_MINISTRIES = (("Almarene Ministry of Trade", "The Vostran delegation's visit"),
               ("Vostran Press Agency", "Parrow ends her visit to Almarene"))


@pytest.mark.parametrize(("line_a", "line_b"), [
    # "a deal" as well as "an agreement"
    ("The two sides agreed to open negotiations on a free trade agreement.",
     "The two sides did not reach a deal on opening free trade negotiations."),
    # the clause that denies it names its topic only in the clause before it
    ("The two ministers agreed on a formula for calculating transit fees.",
     "On the matter of transit fees, the positions of the two sides were set out in detail, "
     "but no agreement was reached."),
])
def test_agreed_against_no_deal_is_a_dispute(line_a: str, line_b: str):
    lead = "Deputy Prime Minister Ilse Parrow of Vostrava ended a visit to Almarene on Monday."
    comparison = _compared(f"{lead} {line_a}", f"{lead} {line_b}", "2030-09-11",
                           _MINISTRIES)
    assert ("polarity", "agreement") in disputes(comparison)


_NINE_OFFICERS = "Nine officers were injured in Velmora on Thursday, according to the police."


@pytest.mark.parametrize(("line_a", "line_b", "disputed"), [
    # those hurt by the police are not the officers hurt
    (_NINE_OFFICERS, "Several demonstrators were treated for breathing difficulties in "
     "Velmora on Thursday, and at least 11 were hurt by police batons.", False),
    # officers against officers: a dispute
    (_NINE_OFFICERS, "The police said 11 officers were hurt in Velmora on Thursday.", True),
    # a side's losses, told without naming who was counted: a dispute
    ("The ministry said more than 30 Velmoran servicemen were killed in Velmora on Thursday.",
     "Velmora put its own military losses in the fighting on Thursday at 11 dead.", True),
])
def test_a_sides_own_hurt_are_not_those_it_hurt(line_a: str, line_b: str, disputed: bool):
    comparison = _compared(line_a, line_b, "2029-05-17", _POLICE)
    kinds = {about for what, about in disputes(comparison) if what == "number"}
    assert bool(kinds & {"injured", "killed"}) is disputed


def test_who_opened_fire_told_as_the_side_or_after_artillery_opened_up():
    comparison = _compared(
        "An exchange of artillery fire took place across the ceasefire line on Thursday. "
        "The Tolvassan side opened fire first, shelling our positions near Vellany. Three "
        "Kavrenian soldiers were wounded.",
        "An exchange of fire broke out across the Ostrel ceasefire line before dawn on "
        "Thursday after Kavrenian artillery opened up on our forward positions near "
        "Vellany. Tolvassa remains bound by the ceasefire.",
        "2031-01-23", (("Kavrenian General Staff", "Statement of the General Staff"),
                       ("Tolvassan Army Command", "Kavrenian forces breach ceasefire")))
    found = [c for c in comparison.conflicts if c.what == "roles"]
    assert [(c.a_value, c.b_value) for c in found] == [("Tolvassan", "Kavrenian")]


def test_a_call_proposed_by_one_side_against_initiated_by_the_other_is_a_dispute():
    comparison = _compared(
        "President of Velmora Ilmar Wren spoke by telephone with Prime Minister of Harwick "
        "Ana Ruiz, in a conversation proposed by Prime Minister Ruiz.",
        "Prime Minister Ana Ruiz of Harwick held a telephone conversation with President "
        "Ilmar Wren of Velmora. The conversation was initiated by the Velmoran side.",
        "2028-04-13", (("Velmora Presidential Office", "Readout of the call"),
                       ("Harwick Government Press Service", "The Prime Minister's call")))
    assert ("roles", "who asked for the call") in disputes(comparison)


@pytest.mark.parametrize("date_line", [
    "MARSENNE, 14 October 2027",
    "VELMORA, 17 May 2029 — Federation of Trade Unions",
])
def test_a_headline_printed_right_above_its_place_and_date_is_the_headline(date_line: str):
    headline = "Cyclone Hesper: the Disaster Authority issues its fourth situation report"
    document = from_text(f"{headline}\n{date_line}\n\nThe storm came ashore on Tuesday.\n")
    assert document.title == headline


_PAPERS = (("Harwick Post", "The race for the nomination"),
           ("Pellin Daily", "Vidal's long road"))


@pytest.mark.parametrize(("line_a", "line_b"), [
    # a gap to a goal is no count of delegates
    ("Counting his superdelegates, Vidal is now 71 delegates short of the 2,383 needed to "
     "clinch the nomination.",
     "To clinch the nomination, a candidate needs 2,383 delegates, and Vidal has won most "
     "of them."),
    # both say "not", however each act was read
    ("Tomás Vidal says he's not ready to support Marta Pell.",
     "On Thursday, Vidal said he was “not ready” to support Pell’s campaign for president."),
    # what most agreed they believe is no agreement of two sides
    ("Vidal told reporters he disagreed with what Pell said about the judge.",
     "Most senators agreed they could do nothing about what Pell said about the judge."),
    # nor is one speaker's own view
    ("“I disagree with what he said about the judge,” Vidal told reporters on Thursday.",
     "Most senators agreed to censure Pell over what he said about the judge."),
])
def test_what_only_reads_like_a_dispute_of_two_papers_is_none(line_a: str, line_b: str):
    assert disputes(_compared(line_a, line_b, "2026-05-06", _PAPERS)) == []


def test_numbers_of_each_others_likeliest_claims_are_compared_below_the_same_point():
    import numpy

    from rashomon.compare.unpaired import _near_points

    table = numpy.array([[0.45, 0.10],   # each other's likeliest, below 0.5: compared
                         [0.20, 0.30]])  # each other's likeliest, too unlikely: not
    assert _near_points(table, []) == [(0, 0)]
    assert _near_points(table, [(0, 0)]) == []  # a same-point pair is compared as such
    assert _near_points(numpy.array([[0.45, 0.46]]), []) == [(0, 1)]


def test_only_amounts_are_compared_between_likeliest_claims_below_the_same_point():
    """Amounts of money or of a unit of measure, not counts of people or things: "Coast
    Guard units rescued 104 survivors" and "Two survivors told reporters" count different
    survivors."""
    from rashomon.compare.numbers import amount

    assert amount("metre") and amount("money USD")
    assert not amount("survivor") and not amount("killed")


def test_the_claims_cut_from_one_sentence_are_one_point_for_their_partner():
    import numpy

    from rashomon.compare import _same_point
    from rashomon.compare.models import Unit
    from rashomon.compare.units import Claim

    def claim(span: tuple[int, int], sentence: tuple[int, int]) -> Claim:
        unit = Unit(kind="fact", span=span, text="a delegation signed contracts")
        return Claim(unit, sentence, set(), set(), [], set())

    visit, contracts = claim((0, 40), (0, 90)), claim((41, 90), (0, 90))  # one sentence
    deals = claim((0, 80), (0, 80))
    table = numpy.array([[0.63], [0.55]])  # the deals are likeliest the visit's
    assert _same_point(table, 1, 0, [visit, contracts], [deals])
    elsewhere = claim((91, 140), (91, 140))  # the same, from another sentence: not
    assert not _same_point(table, 1, 0, [visit, elsewhere], [deals])


def test_who_won_told_as_the_one_elected_or_with_more_votes_is_a_dispute():
    comparison = _compared(
        "The city election commission said on Monday that Oskar Thenn is confirmed as "
        "mayor-elect with 41,212 votes, against 40,877 for Mara Ledwyn.",
        "According to our own count of the votes, Mara Ledwyn received more votes than "
        "Oskar Thenn and is the rightful mayor, the party said on Monday.",
        "2031-11-18", (("Grennholt Election Commission", "Final results of the recount"),
                       ("Civic Renewal Party", "We will not accept this count")))
    assert ("winner", "who won the vote") in disputes(comparison)


def test_homes_destroyed_by_one_storm_are_one_count():
    lead = "A cyclone struck the coast of Kelvaria near Ulvedra on Tuesday."
    comparison = _compared(
        f"{lead} According to district officials, roughly 4,000 houses were destroyed or "
        "seriously damaged.",
        f"{lead} Assessment teams estimate that over 11,000 homes were flattened or left "
        "uninhabitable.")
    assert ("number", "homes") in disputes(comparison)


def test_the_day_of_a_prisoner_exchange_told_in_other_words_is_a_dispute():
    comparison = _compared(
        "Sixty-three Teshvani citizens returned home after an exchange of prisoners at the "
        "Marl Bridge crossing on 15 November, the ministry said.",
        "Fifty-eight Orondan nationals came back after an exchange of detained persons with "
        "Teshvan at the Marl Bridge checkpoint on 14 November, the ministry said.",
        "2031-11-16")
    assert ("date", "exchange") in disputes(comparison)


def test_what_is_counted_is_the_noun_after_its_adjective():
    comparison = _compared(
        "Eleven intergovernmental agreements were signed on Monday in the presence of the "
        "two presidents.",
        "Nine agreements were signed on Monday in the presence of the two heads of state.",
        "2030-10-08", _MINISTRIES)
    assert ("number", "agreement") in disputes(comparison)


def test_a_figure_of_several_polls_is_held_against_no_one_polls():
    comparison = _compared(
        "Vidal leads Pell in Osterbach by about 6 points, according to the Harwick Post's "
        "average of recent polls.",
        "Several polls show Pell within two points of Vidal in Osterbach.",
        "2026-05-06", _PAPERS)
    assert disputes(comparison) == []


def test_a_question_quoted_with_no_one_asking_it_is_no_claim():
    from rashomon.compare.units import _says_something

    question = "“Has the candidate fought for his principles when the battle seemed lost?"
    assert not _says_something(question)  # on a line of its own
    assert _says_something(question, rest_of_line=" Ana Ruiz asked the crowd.")
