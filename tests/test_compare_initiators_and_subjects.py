"""Disputes of two accounts over who asked for a call, meeting or visit, and counts that
belong to different people though one account names its person only as "he" or through
the sentence's earlier verb. All accounts are invented."""

from __future__ import annotations

import pytest
from conftest import compared_accounts, disputes

import rashomon


def _compared(published: str, body_a: str, body_b: str,
              publishers: tuple[str, str] = ("Velmora Presidential Office",
                                             "Harwick Government Press Service")
              ) -> rashomon.Comparison:
    """Two accounts of one event, published the same day, compared."""
    return compared_accounts(
        published, (publishers[0], "Readout of the conversation", body_a),
        (publishers[1], "On the conversation of the two leaders", body_b))


@pytest.mark.parametrize(("line_a", "line_b", "disputed"), [
    # "he" is the person named just before; the other account's figure is another's
    ("Marta Pell never came close to winning a primary. Even so, in February she raised "
     "$2.1 million, and she had almost $5 million in cash at the start of March, her "
     "campaign said.",
     "Tomás Vidal raised $11.9 million in February and, despite spending heavily, began "
     "March with $8 million in cash on hand.", False),
    # the same person's cash in both: a dispute
    ("Tomás Vidal never came close to winning a primary. Even so, in February he raised "
     "$2.1 million, and he had almost $5 million in cash at the start of March, his "
     "campaign said.",
     "Tomás Vidal raised $11.9 million in February and, despite spending heavily, began "
     "March with $8 million in cash on hand.", True),
])
def test_counts_of_a_person_told_as_he_are_that_persons(line_a: str, line_b: str,
                                                         disputed: bool):
    lead = "The candidates filed their February finance reports with the commission."
    comparison = _compared("2024-03-20", f"{lead} {line_a}", f"{lead} {line_b}",
                           ("Harwick Post", "Pellin Daily"))
    assert any(what == "number" for what, _ in disputes(comparison)) is disputed


_CALL_A = ("President of Velmora Ilmar Wren held a telephone conversation on Tuesday with "
           "Prime Minister of Harwick Ana Ruiz.")
_CALL_B = ("Prime Minister Ana Ruiz of Harwick spoke by telephone for about forty minutes "
           "with President Ilmar Wren of Velmora.")


@pytest.mark.parametrize(("line_a", "line_b", "disputed"), [
    # two sides
    ("The call took place at the initiative of the Harwick side.",
     "The conversation was held at the request of the Velmoran side.", True),
    # a side told by its leader's title, against a side told by its name
    ("The call was placed by the Velmoran president, his office said.",
     "The conversation was held at Harwick's request.", True),
    # "who placed the call": the one named before "who"
    ("Wren thanked the Harwick prime minister, who had placed the call, for her "
     "condolences.",
     "The conversation was held at the request of the Velmoran side.", True),
    # the same side in other words: no dispute
    ("The call took place at the initiative of the Harwick side.",
     "Prime Minister Ruiz of Harwick placed the call, her office said.", False),
    # a call asked for by one side, a later meeting by the other: two acts
    ("The call took place at the initiative of the Harwick side.",
     "The two ministers will meet in Pellin next month at the invitation of the Velmoran "
     "side.", False),
])
def test_who_asked_for_the_call(line_a: str, line_b: str, disputed: bool):
    comparison = _compared("2025-03-11", f"{_CALL_A} {line_a}", f"{_CALL_B} {line_b}")
    assert (("roles", "who asked for the call") in disputes(comparison)) is disputed


def test_who_asked_for_the_call_by_country_names():
    """Two countries named bare, one of them a word the parser may take for a place."""
    comparison = _compared("2025-05-14",
                           f"{_CALL_A} The call took place at the request of Velmora.",
                           f"{_CALL_B} The call took place at the request of Harwick.")
    assert ("roles", "who asked for the call") in disputes(comparison)


def test_a_ministers_side_is_read_from_the_other_account():
    """One account says only "Minister Pell"; the other says whose minister she is."""
    comparison = _compared(
        "2025-05-15",
        "Foreign Minister of Harwick Marta Pell held talks in Dornby on Thursday with "
        "Foreign Minister of Velmora Tomás Vidal. The talks were held at the initiative of "
        "the Velmoran side.",
        "Velmoran Foreign Minister Tomás Vidal held talks with his counterpart Marta Pell in "
        "Dornby on Thursday. Vidal travelled to Dornby at the invitation of Minister Pell.")
    assert ("roles", "who asked for the meeting") in disputes(comparison)


def test_who_asked_for_the_meeting_told_by_two_ministers():
    lead = ("Foreign Minister Tomás Vidal of Velmora met Foreign Minister Marta Pell of "
            "Harwick in Brell on Monday.")
    comparison = _compared("2025-05-06",
                           f"{lead} The meeting was held at the invitation of Minister Vidal.",
                           f"{lead} The meeting was arranged at the request of Minister Pell.")
    assert ("roles", "who asked for the meeting") in disputes(comparison)
    assert "who asked for the meeting" in comparison.summary


@pytest.mark.parametrize(("line_a", "line_b", "disputed"), [
    ("No civilians were harmed, the General Command said.",
     "Fourteen of the dead were civilians, among them six children, the Pellin Monitor "
     "said.", True),
    ("The operation was carried out with no civilian casualties.",
     "The strike killed 31 people, at least nine of them civilians.", True),
    # both accounts spare them: no dispute
    ("No civilians were harmed, the General Command said.",
     "None of the dead were civilians, the Pellin Monitor said.", False),
])
def test_whether_civilians_were_harmed(line_a: str, line_b: str, disputed: bool):
    lead = "On Sunday, Velmoran jets struck a depot near the town of Dorne."
    comparison = _compared("2026-02-16", f"{lead} {line_a}", f"{lead} {line_b}",
                           ("Velmora Ministry of Defence", "Harwick Wire"))
    assert (("polarity", "civilians harmed") in disputes(comparison)) is disputed


@pytest.mark.parametrize(("lead_b", "line_a", "line_b", "disputed"), [
    # each account's one toll of one flood, in words too different to pair
    ("Floods swept through the Pellin province of Velmora on Monday after days of rain.",
     "Thirty-seven people have lost their lives, the ministry said.",
     "At least 64 people have been killed, doctors at the provincial hospital said.", True),
    # one account names the day its source spoke
    ("Floods swept through the Pellin province of Velmora on Monday after days of rain.",
     "Thirty-seven people have lost their lives, the ministry said.",
     "At least 64 people have been killed in floods in Pellin province, the disaster "
     "agency said on Tuesday.", True),
    # floods in another province: two events
    ("Floods swept through the Dorne province of Harwick on Monday after days of rain.",
     "Thirty-seven people have lost their lives, the ministry said.",
     "At least 64 people have been killed, doctors at the provincial hospital said.", False),
    # a toll of another time
    ("Floods swept through the Pellin province of Velmora on Monday after days of rain.",
     "Thirty-seven people have lost their lives, the ministry said.",
     "Floods in the province killed 189 people last March, doctors said.", False),
    # each side counts its own dead
    ("Floods swept through the Pellin province of Velmora on Monday after days of rain.",
     "Six servicemen of the rescue brigade were killed.",
     "Four soldiers of the engineering corps were killed.", False),
])
def test_one_toll_of_one_flood_in_each_account(lead_b: str, line_a: str, line_b: str,
                                               disputed: bool):
    lead_a = "Heavy floods hit the Pellin province of Velmora on Monday."
    comparison = _compared("2024-08-20", f"{lead_a} {line_a}", f"{lead_b} {line_b}",
                           ("Velmora Ministry of Emergencies", "Harwick Wire"))
    assert (("number", "killed") in disputes(comparison)) is disputed


def test_a_toll_of_another_time_is_not_compared():
    """A crash story recalls an earlier crash's dead, dated by its month."""
    lead = ("A Velmora Air plane crashed near the town of Dorne on Sunday, minutes after "
            "take-off.")
    comparison = _compared(
        "2024-08-20", f"{lead} All but one of the sixteen people on board died.",
        f"{lead} All 189 people on board died when a plane of the same type came down "
        "near Dorne last March.", ("Velmora Wire", "Harwick Wire"))
    assert not any(what == "number" for what, _ in disputes(comparison))


def test_a_races_two_shares_are_not_one_groups_share():
    """A head-to-head poll against one group's share for one candidate."""
    lead = "A new poll of the race for governor was released on Thursday."
    comparison = _compared(
        "2024-05-24",
        f"{lead} Ana Ruiz is leading Tomás J. Vidal among likely voters 49 percent to 39 "
        "percent.",
        f"{lead} Among likely Harwick Party primary voters, about two-thirds, 67 percent, say "
        "they will vote for Tomás Vidal.", ("Pellin Daily", "Harwick Post"))
    assert not any(what == "number" for what, _ in disputes(comparison))


def test_the_turnout_of_one_vote_in_each_account():
    lead = "Voters in Velmora went to the polls on Sunday in a referendum on the constitution."
    comparison = _compared("2031-10-06",
                           f"{lead} Turnout reached 68.2 percent, the electoral commission said.",
                           f"{lead} The observer mission puts turnout at about 54 percent.",
                           ("Velmora Electoral Commission", "Pellin Observer Mission"))
    assert ("number", "turnout") in disputes(comparison)


def test_one_crowd_dated_a_day_apart():
    """Each account gives one count of the crowd, and they also differ on its day."""
    comparison = _compared(
        "2029-05-20",
        "Police dispersed a protest in Kalder Square in Harlen on Sunday. According to the "
        "ministry, about 1,500 people took part.",
        "At least 12,000 people gathered in Kalder Square in Harlen on Saturday to protest "
        "against the new law.", ("Velmora Ministry of the Interior", "Harwick Rights Watch"))
    assert ("number", "participants") in disputes(comparison)


def test_an_invitation_extended_by_a_government():
    lead = "Talks between delegations of Velmora and Harwick opened in Brell on Monday."
    comparison = _compared(
        "2025-06-03",
        f"{lead} The talks were held at the request of the Harwick side.",
        f"{lead} The Harwick delegation came to Brell for the talks, having accepted an "
        "invitation extended by the Government of Velmora.")
    assert ("roles", "who asked for the meeting") in disputes(comparison)
