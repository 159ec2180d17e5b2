"""Disputes of two accounts told through their sources: tolls and agreements reported by
different sources, the day of one act told in claims too far apart to pair, a vote's
tally as "a vote of 58 to 43", one crowd counted on the day of the story, and the same
words given to two people. All accounts are invented."""

from __future__ import annotations

import pytest
from conftest import compared_accounts, disputes

import rashomon


def _compared(published: str, body_a: str, body_b: str) -> rashomon.Comparison:
    """A ministry's readout and a news agency's report of one event, published the same
    day, compared."""
    return compared_accounts(
        published, ("Velmora Ministry of Defence", "Statement of the ministry", body_a),
        ("Harwick Wire", "Report from the border", body_b))


_STRIKE_LEAD = "On Tuesday, Velmoran jets struck the town of Dorne, near the border."


@pytest.mark.parametrize(("line_a", "line_b", "disputed"), [
    # each toll told by its own source: the sources are no part of what is counted
    ("Nineteen fighters were killed in the strike, the Velmoran General Command said.",
     "The strike killed 41 people, the Harwick Civilian Monitor said.", True),
    ("According to the Velmoran General Command, nineteen fighters were killed in the "
     "strike.",
     "The strike killed 41 people, doctors at the Harwick Civic Hospital told the Pellin "
     "Post.", True),
    # two sides' dead are two counts: a source that speaks of its own is what it tells of
    ("The Velmora army said nineteen of its soldiers were killed in the fighting.",
     "The Harwick army said 41 of its own soldiers were killed in the fighting.", False),
])
def test_tolls_told_by_different_sources_are_compared(line_a: str, line_b: str,
                                                      disputed: bool):
    comparison = _compared("2024-06-05", f"{_STRIKE_LEAD} {line_a}",
                           f"{_STRIKE_LEAD} {line_b}")
    assert (("number", "killed") in disputes(comparison)) is disputed


@pytest.mark.parametrize(("line_a", "line_b"), [
    # the agency an official spoke to is no party the agreement names
    ("The ministers agreed to resume direct flights between Sarnova and Pellin City.",
     "No agreement was reached on restoring direct air links, a Sarnovan official told "
     "the Nordline agency."),
    # an agreement of some kind denied
    ("The ministers signed a ceasefire agreement for the Tesar valley.",
     "No ceasefire agreement was signed for the Tesar valley, a Sarnovan official told "
     "the Nordline agency."),
])
def test_an_agreement_denied_to_a_named_agency_is_a_dispute(line_a: str, line_b: str):
    lead = "The foreign ministers of Sarnova and Pellin met in Brell on Tuesday."
    comparison = _compared("2024-10-02", f"{lead} {line_a}", f"{lead} {line_b}")
    assert ("polarity", "agreement") in disputes(comparison)


def test_the_day_a_source_spoke_is_not_the_day_of_the_act():
    """"…, the Monitor said on Wednesday" dates the saying, not the strike of 3 June."""
    comparison = _compared(
        "2024-06-05",
        "On 3 June, Velmoran jets struck a fuel depot in the town of Dorne, killing 12 "
        "people.",
        "Velmoran jets struck a fuel depot in the town of Dorne, killing 12 people, the "
        "Harwick Civilian Monitor said on Wednesday.")
    assert "date" not in {what for what, _ in disputes(comparison)}


@pytest.mark.parametrize(("line_a", "line_b", "disputed"), [
    # one strike, two days, one of them a time of day that names its day
    ("The attack was carried out on 14 March, shortly after midday.",
     "The bombs fell on the evening of Wednesday, March 13, as traders were closing "
     "their stalls, the officials said.", True),
    # one meeting to come, two days
    ("The next round of talks between the foreign ministers will take place in "
     "Karsholm on Tuesday, 19 March.",
     "The foreign ministers are scheduled to meet again in Karsholm on Thursday, March "
     "21, according to an aide.", True),
    # a meeting held and a meeting to come are two meetings
    ("The foreign ministers met in Karsholm on Monday, 11 March, to prepare the talks.",
     "The foreign ministers are scheduled to meet again in Karsholm on Thursday, March "
     "21, according to an aide.", False),
    # a claim that names two attacks may date either one
    ("The strike was a direct response to the attack on the Varn crossing on 2 March.",
     "The bombs fell on the evening of Wednesday, March 13, as traders were closing "
     "their stalls, the officials said.", False),
])
def test_the_day_of_one_act_told_in_other_words_is_a_dispute(line_a: str, line_b: str,
                                                             disputed: bool):
    comparison = _compared("2024-03-15", f"Velmoran jets struck a market in Dorne. {line_a}",
                           f"Velmoran jets struck a market in Dorne. {line_b}")
    assert ("date" in {what for what, _ in disputes(comparison)}) is disputed


def test_the_summary_names_the_act_whose_day_is_disputed_and_its_days():
    comparison = _compared(
        "2024-03-15", "Velmoran jets struck a market in Dorne. The attack was carried out "
        "on 14 March, shortly after midday.",
        "Velmoran jets struck a market in Dorne. The bombs fell on the evening of "
        "Wednesday, March 13, as traders were closing their stalls, the officials said.")
    assert ("They differ on the date of the attack: Velmora Ministry of Defence has 14 "
            "March 2024, Harwick Wire has 13 March 2024.") in comparison.summary


@pytest.mark.parametrize(("line_a", "line_b"), [
    # a second strike, another strike: two acts
    ("Velmoran jets struck the Kessel fuel depot on Monday, the General Command said.",
     "A second strike hit the Kessel area on Wednesday, destroying a rail bridge, local "
     "officials said."),
    ("A drone strike destroyed the Kessel fuel depot on Monday, the General Command said.",
     "Another drone strike hit Kessel on Wednesday, damaging the power station, local "
     "officials said."),
    # two rounds of talks
    ("Negotiators of Velmora and Harwick held a first round of talks in Brell on Monday.",
     "Negotiators of Velmora and Harwick held a second round of talks in Brell on "
     "Wednesday."),
    # a summit and a visit are two meetings
    ("President Ilmar Wren attended the energy summit in Karsholm on Monday.",
     "President Ilmar Wren began a state visit to Karsholm on Wednesday."),
    # dockworkers' strike is no air strike
    ("An air strike hit the port of Sarn on Monday.",
     "Dockworkers in the port of Sarn went on strike on Wednesday over pay."),
    # the day an attack is remembered
    ("Residents of Kessel on Tuesday marked the anniversary of the 2019 attack on the "
     "town's market.",
     "A memorial service was held in Kessel on Wednesday for victims of the market "
     "attack."),
    # a meeting only supposed
    ("The foreign ministers met in Karsholm on Monday to prepare the talks.",
     "It is possible that the foreign ministers' meeting in Karsholm on Wednesday could "
     "be shorter."),
    # a hearing to come and an appeal lodged
    ("The appeals court will hear Piet Aldous's appeal on May 20, his lawyer said on "
     "Tuesday.",
     "Former mayor Piet Aldous lodged an appeal against his conviction on Tuesday, his "
     "lawyer said. A hearing is set for May 20."),
])
def test_two_acts_of_a_kind_on_two_days_are_no_dispute(line_a: str, line_b: str):
    comparison = _compared("2024-03-14", line_a, line_b)
    assert "date" not in {what for what, _ in disputes(comparison)}


def test_a_tally_told_as_a_vote_of_n_to_m_is_compared():
    comparison = _compared(
        "2025-05-15",
        "Aldoria's parliament adopted the foreign funding bill in its final reading, by 61 "
        "votes to 40.",
        "Aldoria's parliament approved a contested law on foreign funding late on "
        "Wednesday by a vote of 58 to 43.")
    assert ("number", "votes") in disputes(comparison)


def test_a_crowd_counted_on_another_day_leaves_the_days_crowd_to_compare():
    """The organisers' crowd of the day of the story and the police's are one crowd;
    the 500 who "remained on the square early on Thursday" are counted at another time."""
    comparison = _compared(
        "2025-05-15",
        "Parliament adopted the media law on Wednesday. About 3,000 people took part, "
        "according to the Ministry of the Interior.",
        "Parliament adopted the media law late on Wednesday. Tens of thousands rallied "
        "outside the building. About 500 protesters remained on the square early on "
        "Thursday.")
    assert ("number", "participants") in disputes(comparison)


@pytest.mark.parametrize(("line_a", "line_b", "disputed"), [
    # the same words, said by a minister in one account and by the president in the other
    ("Foreign Minister Corin Asho said that Velmora would reopen its consulate general "
     "in Brell by the end of the year.",
     "President Ilmar Wren told Prime Minister Sofia Dantel that Velmora would reopen its "
     "consulate general in Brell by the end of the year.", True),
    # one of them told the other: both took part in the saying
    ("President Ilmar Wren told Foreign Minister Corin Asho that Velmora would reopen "
     "its consulate general in Brell by the end of the year.",
     "Foreign Minister Corin Asho said that Velmora would reopen its consulate general "
     "in Brell by the end of the year.", False),
    # an office speaks for its president
    ("The President's Office said that Velmora would reopen its consulate general in "
     "Brell by the end of the year.",
     "President Ilmar Wren told Prime Minister Sofia Dantel that Velmora would reopen its "
     "consulate general in Brell by the end of the year.", False),
    # a joint statement: one of the two said it with the other
    ("President Ilmar Wren and Prime Minister Sofia Dantel said that Velmora would reopen "
     "its consulate general in Brell by the end of the year.",
     "Prime Minister Sofia Dantel said that Velmora would reopen its consulate general in "
     "Brell by the end of the year.", False),
    # a spokeswoman speaks for her minister
    ("Foreign Minister Corin Asho said that Velmora would reopen its consulate general "
     "in Brell by the end of the year.",
     "Lena Haas, a spokeswoman for the foreign minister, said that Velmora would reopen "
     "its consulate general in Brell by the end of the year.", False),
])
def test_the_same_words_given_to_two_people_are_a_dispute(line_a: str, line_b: str,
                                                          disputed: bool):
    lead = "President Ilmar Wren of Velmora spoke by telephone with Prime Minister Sofia " \
           "Dantel of Harwick on Monday."
    comparison = _compared("2024-09-10", f"{lead} {line_a}", f"{lead} {line_b}")
    assert (("speaker", None) in disputes(comparison)) is disputed
