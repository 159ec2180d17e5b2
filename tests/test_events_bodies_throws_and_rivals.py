"""Events, eighth pass of issue 18's audits: one invented case per error class read in
real articles (stop 52's rounds, read as study, and this pass's study texts), each with a
case its rule must leave alone. Invented people and places beside real countries."""

from __future__ import annotations

from conftest import event_rows as _events

from rashomon import analyze, read

ANCHOR = "2024-03-05"


def _with(events: list, trigger: str) -> list:
    return [e for e in events if e[1].startswith(trigger)]


def test_an_organised_body_named_by_a_noun_is_a_party():
    # "The union accused Vidal" gave no event: "union" named no one who can act
    accused = _with(_events("The dockers' union accused Tomás Vidal of lying about the "
                            "harbour contract."), "accused")
    assert accused and accused[0][2] == "The dockers' union" and accused[0][3] == "Tomás Vidal"
    given = _with(_events("Tomás Vidal gave $1 million to a group backing Ana Ruiz."), "gave")
    assert given and given[0][3] == "a group"
    # a body named with its country keeps that country's code, as before
    met = analyze(read("Ana Ruiz met a delegation from Poland in Pellin on Monday.",
                       published=ANCHOR)).events
    assert met and met[0].target_code == "POL"


def test_people_of_a_political_camp_are_parties():
    # "urged other serious conservatives to join" left the ones urged empty
    urged = _with(_events("Ana Ruiz urged other serious conservatives to join her in "
                          "supporting Tomás Vidal."), "urged")
    assert urged and urged[0][3] == "other serious conservatives"


def test_each_other_within_one_group_is_no_pair_named_before():
    # the pair named before ("behind Vidal and Ruiz") was given the group's contest, and
    # the next sentence's real attack was then dropped as its repeat
    events = _events("Ilmar Wren ran third behind Tomás Vidal and Ana Ruiz, apart from the "
                     "other conservatives competing among one another for the lead. He "
                     "attacked Vidal relentlessly in Pellin, calling him a liar.")
    assert not [e for e in _with(events, "competing") if "Vidal" in (e[2] or "")]
    assert [e for e in _with(events, "attacked") if e[3] == "Tomás Vidal"]
    rebels = _events("The army sided with Tomás Vidal and Ana Ruiz, while the rebels fought "
                     "one another for control of Pellin.")
    assert {(e[2], e[3]) for e in _with(rebels, "fought")} == {("the rebels", "the rebels")}
    pair = _events("Valdorian soldiers and the rebels accused each other of breaking the "
                   "truce.")
    assert {(e[2], e[3]) for e in _with(pair, "accused")} == {
        ("Valdorian soldiers", "the rebels"), ("the rebels", "Valdorian soldiers")}


def test_joined_verbs_of_giving_share_the_recipient():
    # "donated and delivered goods to the school" left the first verb's recipient empty
    donated = _with(_events("Velmoran doctors donated and delivered medicine to Harwick "
                            "University on Monday."), "donated")
    assert donated and donated[0][3] == "Harwick University"
    # a recipient of another kind of act is not shared
    bought = _events("Velmoran doctors donated and later sold medicine to Harwick University.")
    assert all(e[3] is None for e in _with(bought, "donated"))


def test_throwing_things_at_people_is_a_riot():
    # "threw Molotov cocktails at police" gave no event: only stones, rocks, bottles and
    # petrol bombs were listed
    thrown = _with(_events("Protesters threw Molotov cocktails at police in Pellin on "
                           "Sunday."), "threw")
    assert thrown and thrown[0][0] == "PROTEST" and thrown[0][3] == "police"
    assert not _with(_events("Ana Ruiz threw a party at her home in Pellin."), "threw")
    assert not _with(_events("The Ruiz campaign is throwing a lot of money at Ohio this "
                             "week."), "throwing")


def test_named_rivals_joined_as_subject_compete():
    # "Vidal and Ruiz will battle it out for the nomination" was a threat of force
    events = _events("Tomás Vidal and Ana Ruiz will battle it out for the party's "
                     "nomination.")
    assert not [e for e in events if e[0] in ("ASSAULT", "THREATEN")]
    fought = _events("Tomás Vidal battled police officers in Pellin on Sunday.")
    assert [e for e in fought if e[0] == "ASSAULT"]
