"""Events, twelfth pass of issue 18's audits: one invented case per error class read in
the study round of real articles, each with a case its rule must leave alone. Invented
people and places; real countries and states where a state's code or a place's kind is the
point."""

from __future__ import annotations

from conftest import event_rows as _events
from conftest import rows_triggered as _with


def _parties(rows: list[tuple]) -> list[tuple]:
    return [(e[0], e[2], e[3], e[4]) for e in rows]


def test_cooperation_needs_a_partner():
    # CAMEO codes "direct", "govern", "supervise" as cooperation: a film directed by two
    # people or a committee governing procedure worked with no one
    assert _events("The film was written and directed by Ana Ruiz and Tomás Vidal.") == []
    assert _events("Marta Pell, a Harwick senator, will be a co-chairman of the rules "
                   "committee, which governs procedure on the convention floor.") == []
    # a partner named, or the parties working together, stays cooperation
    assert _parties(_events("The ministry cooperated with Chile on the inquiry.")) == [
        ("COOPERATE", "The ministry", "Chile", "asserted")]
    assert ("COOPERATE", "Velmora", "Chile", "asserted") in _parties(
        _events("Velmora and Chile cooperated on the inquiry."))


def test_a_rally_held_for_a_candidate_is_no_protest():
    # "a rally for Ruiz" was a PROTEST against Ruiz, and another against the fair grounds
    assert _events("At a rally for Ana Ruiz at the Pellin Fair Grounds on Monday, Tomás "
                   "Vidal said the state needed change.") == []
    # a crowd's rally for a cause stays a protest
    rally = _events("Thousands of dockers held a rally for higher wages in Pellin on Monday.")
    assert [e[0] for e in rally] == ["PROTEST"]


def test_a_warning_against_doing_something_is_a_demand():
    # "warned the Fed against buying bonds" was a THREATEN: it asks the bank not to
    warned = _events("In 2010, Senator Marta Pell warned the Federal Reserve against buying "
                     "bonds.")
    assert _parties(_with(warned, "warned")) == [
        ("REQUEST", "Marta Pell", "Federal Reserve", "requested")]
    # a warning of consequences stays a threat
    threat = _events("Senator Marta Pell warned Chile of severe consequences.")
    assert [e[0] for e in _with(threat, "warned")] == ["THREATEN"]


def test_rivals_beaten_in_places_and_a_race_won_are_contests():
    # "overwhelmed Sanders in Manhattan, Queens and the Bronx" was an ASSAULT, "wrested back
    # control of the race with a commanding victory" a COERCE
    assert _events("Ana Ruiz overwhelmed Tomás Vidal in Manhattan, Queens and the Bronx.") == []
    assert _events("Ana Ruiz wrested back control of the race with a commanding victory in "
                   "the Harwick primary.") == []
    # control of a town seized stays force
    seized = _events("The rebels seized control of the town on Monday.")
    assert [e[0] for e in seized] == ["COERCE"]


def test_money_raised_is_fundraising_not_an_appeal():
    # CAMEO's "raise money" (an appeal for aid) coded every candidate's fundraising
    assert _events("Senator Ana Ruiz raised more than $33 million during the last three "
                   "months of the year.") == []
    assert _events("The group said it will raise no money for Tomás Vidal.") == []
    # money raised for someone aids them
    raised = _events("Senator Ana Ruiz has tapped her donor list to raise money for Tomás "
                     "Vidal and two other candidates.")
    assert _parties(_with(raised, "raise")) == [("AID", "Ana Ruiz", "Tomás Vidal", "asserted")]


def test_marching_forward_with_ideas_is_no_march():
    assert _events("“He is a very smart man marching forward with some ideas I don't like,” "
                   "Tomás Vidal said.") == []
    marched = _events("Thousands of dockers marched on the ministry in Pellin on Monday.")
    assert [e[0] for e in marched] == ["PROTEST"]


def test_a_public_attack_and_a_politicians_attacks_are_words():
    # both were ASSAULT
    public = _events("Ana Ruiz's allies are mounting a public attack on the housing secretary, "
                     "Tomás Vidal, over his department's sales of mortgages.")
    assert [(e[0], e[3]) for e in _with(public, "attack")] == [("ACCUSE", "Tomás Vidal")]
    hers = _events("Ana Ruiz spoke in Pellin on Monday. Her attacks on billionaire financiers "
                   "and super PACs have made money in politics the center of the campaign.")
    assert [e[0] for e in _with(hers, "attacks")] and {
        e[0] for e in _with(hers, "attacks")} == {"ACCUSE"}
    # an armed group's attacks that kill stay force
    rebels = _events("The rebels' attacks on the villages killed twelve people on Monday.")
    assert {e[0] for e in _with(rebels, "attacks")} == {"ASSAULT"}


def test_a_person_described_by_an_insult_is_accused():
    # "described Trump as a pathological narcissistic sociopath" was no event
    described = _events("Senator Ana Ruiz spoke in Pellin on Monday. Ruiz, who has in the past "
                        "described Tomás Vidal as “a pathological narcissistic sociopath,” "
                        "told the audience to turn away from him.")
    assert _parties(_with(described, "described")) == [
        ("ACCUSE", "Ana Ruiz", "Tomás Vidal", "asserted")]
    # an insult in a clause before the verb of naming is not the name given
    assert _events("There was no reference to “Crooked Ruiz”; Tomás Vidal called his "
                   "opponent “Senator Ruiz” instead.") == []


def test_who_after_a_body_in_a_post_is_the_person():
    # "Grijalva of Arizona, a co-chairman of the Progressive Caucus, who sent a letter" gave
    # the letter and its criticism to the caucus
    sent = _events("“There is a greater goal here,” said Representative Tomás Vidal of "
                   "Arizona, a co-chairman of the Congressional Progressive Caucus, who sent a "
                   "letter to Ana Ruiz criticizing the sales.")
    assert {e[2] for e in sent} == {"Tomás Vidal"}
    # "who" after a place in a post is the person too
    supports = _events("“It is unfair,” said Marta Pell, a committeewoman from Nevada who "
                       "openly supports Tomás Vidal.")
    assert _parties(supports) == [("SUPPORT", "Marta Pell", "Tomás Vidal", "asserted")]


def test_a_decision_not_to_act_is_negated():
    # "the decision not to indict her" was a requested indictment
    spared = _events("Ana Ruiz celebrated the ministry's decision not to indict her as a "
                     "victory.")
    assert [e[4] for e in _with(spared, "indict")] == ["negated"]
    decided = _events("The ministry announced its decision to indict Ana Ruiz on Monday.")
    assert [e[4] for e in _with(decided, "indict")] == ["reported"]  # decided, and announced


def test_an_act_talked_about_is_no_act():
    # "the statement talked about giving voters the right" was a CONCESSION
    assert _events("Instead, the statement talked about giving voters the right to choose "
                   "their president.") == []
    # an act with its own doer, asked about, was done
    asked = _events("Asked about Tomás Vidal's calling Ana Ruiz a bigot last week, Marta Pell "
                    "blamed Ruiz for the row.")
    assert ("ACCUSE", "Tomás Vidal", "Ana Ruiz", "asserted") in _parties(asked)


def test_a_compliment_given_is_praise():
    # "gave the Texan a back-handed compliment" was a CONCESSION
    given = _events("Ana Ruiz gave Tomás Vidal a back-handed compliment on Monday.")
    assert _parties(given) == [("SUPPORT", "Ana Ruiz", "Tomás Vidal", "asserted")]


def test_a_person_recognised_in_a_passage_is_no_recognition():
    assert _events("Tomás Vidal clearly intended the audience to recognize Ana Ruiz in that "
                   "passage.") == []
    recognised = _events("Peru recognized Ana Ruiz as interim president on Monday.")
    assert _parties(recognised) == [("SUPPORT", "Peru", "Ana Ruiz", "asserted")]


def test_what_a_group_stands_for_is_no_act():
    # "Rootstrikers, a group that favors limiting the influence of big donors" was SUPPORT
    assert _events("“It is appealing,” said Kalina Osk, the director at Rootwork, a group "
                   "that favors limiting the influence of big donors in politics.") == []


def test_being_welcoming_is_how_one_is():
    # "accuses Cruz of being welcoming to Syrian refugees" gave a SUPPORT of the refugees
    video = _events("Senator Ilmar Wren has released a video that accuses Ana Ruiz of being "
                    "welcoming to Syrian refugees.")
    assert [e[0] for e in video] == ["ACCUSE"]
    welcomed = _events("The Velmoran minister was welcoming the Chilean delegation at the "
                       "airport on Monday.")
    assert [e[0] for e in welcomed] == ["SUPPORT"]


# Round 2: the classes of the fresh round K, read after its figures were recorded.


def test_what_is_judged_names_its_owner_as_the_target():
    # "condemned the GOP candidate's proposal", "attacks rival's inexperience" had no target
    condemned = _events("Tomás Vidal has forcefully condemned the GOP candidate's proposal.")
    assert _parties(condemned) == [("ACCUSE", "Tomás Vidal", "the GOP candidate's", "asserted")]
    attacked = _events("In a speech to the union, Ana Ruiz attacks her rival's foreign policy "
                       "inexperience.")
    assert [(e[0], e[3]) for e in attacked] == [("ACCUSE", "her rival's")]
    # an "of" phrase is the thing itself, not its owner
    opposed = _events("Ana Ruiz opposes privatization of the Harwick Pension Fund.")
    assert [e[3] for e in opposed] == ["Harwick Pension Fund"]


def test_who_after_a_campaign_in_a_post_is_the_person():
    # "Anuzis, a top adviser to Ted Cruz's former campaign who has long dismissed" gave the
    # dismissal to Cruz
    dismissed = _events("At the same time, Ilmar Wren, a top adviser to Ana Ruiz's former "
                        "presidential campaign who has long dismissed attempts to unhorse "
                        "Tomás Vidal, floated a notion.")
    assert [(e[0], e[2]) for e in _with(dismissed, "dismissed")] == [("REJECT", "Ilmar Wren")]


def test_battling_the_nominee_is_a_contest():
    # "preparing to battle the presumptive Republican nominee" was a military threat
    assert _events("Ana Ruiz is preparing to battle the presumptive Republican nominee, Tomás "
                   "Vidal.") == []
    army = _events("The Velmoran army is preparing to battle the rebels in the north.")
    assert [e[0] for e in army] == ["THREATEN"]


def test_a_duty_slapped_on_goods_is_a_sanction():
    duty = _events("In 2009, the administration slapped a 35% duty on cheap Chinese truck "
                   "tires.")
    assert [e[0] for e in duty] == ["SANCTION"]
    slap = _events("Tomás Vidal slapped a reporter in Pellin on Monday.")
    assert [e[0] for e in slap] == ["ASSAULT"]


def test_monitoring_no_one_is_no_inquiry():
    assert _events("Government officials have been monitoring cyberspace for months.") == []
    watched = _events("The police have been monitoring Ana Ruiz since March.")
    assert _parties(watched) == [("ACCUSE", "The police", "Ana Ruiz", "asserted")]
    # sites in a country named are that country looked into (a PETRARCH-2 record)
    sites = _events("Inspectors of the agency want to re-examine the refineries in Peru.")
    assert [e[0] for e in sites] == ["ACCUSE"]


def test_what_a_report_leaves_out_that_it_tells_as_a_fact_happened():
    # "did not mention that Rubio supported Obama's call" negated the support, and "broke
    # ranks with his party" was a threat
    supported = _events("The call did not mention, however, that Ilmar Wren broke ranks with "
                        "his own party and supported Tomás Vidal's call for a $1.9 billion "
                        "package.")
    assert _parties(supported) == [("SUPPORT", "Ilmar Wren", "Tomás Vidal", "asserted")]
    # a request a readout makes no mention of stays negated there
    omitted = _events("The Velmoran readout makes no mention of Chile's request for talks.")
    assert [e[4] for e in omitted] == ["negated"]


def test_falling_short_of_someones_request_does_not_undo_it():
    # "fell far short of Obama's original $1.9 billion request" negated the request
    short = _events("Democrats opposed it because it fell far short of Tomás Vidal's original "
                    "$1.9 billion request.")
    assert [e[4] for e in _with(short, "request")] == ["requested"]
    held_back = _events("Ana Ruiz stopped short of endorsing Tomás Vidal.")
    assert [e[4] for e in held_back] == ["negated"]


# Round 3: the classes of the fresh round K2, read after its figures were recorded.


def test_a_question_asked_is_no_request():
    # "Asked which Iowa county was his favorite, he demurred" was a REQUEST by Cruz
    assert _events("Asked which county was his favorite, Tomás Vidal demurred.") == []
    # asking someone to do something stays a request
    asked = _events("Ana Ruiz asked Tomás Vidal to withdraw his candidacy.")
    assert [e[0] for e in _with(asked, "asked")] == ["REQUEST"]


def test_an_attack_in_a_speech_or_in_messages_is_words():
    # "began her speech ... and followed up with a more frontal attack on Trump" and "to
    # attack Trump by skywriting nasty messages" were ASSAULT
    speech = _events("Ana Ruiz began her speech to the union by slamming candidates and "
                     "followed up with a more frontal attack on Tomás Vidal.")
    assert [e[0] for e in _with(speech, "attack")] == ["ACCUSE"]
    sky = _events("A donor to Ana Ruiz paid to attack Tomás Vidal by skywriting nasty "
                  "messages over the beach.")
    assert [e[0] for e in _with(sky, "attack")] == ["ACCUSE"]
    # harm told beside a statement keeps the force
    beaten = _events("After his speech, Tomás Vidal was attacked by a man who left him "
                     "injured.")
    assert "ACCUSE" not in [e[0] for e in _with(beaten, "attacked")]


def test_what_will_happen_if_is_hypothetical():
    # "If you don't believe ..., NBC News will accuse you of ..." was asserted
    doubted = _events("If you don't believe the ministry, the Pellin Herald will brand you a "
                      "liar and the Harwick Post will accuse you of panic.")
    assert doubted and {e[4] for e in doubted} == {"hypothetical"}
    # an act told with an "if" about the report stays as told
    told = _events("Velmora attacked Peru on Monday, if the reports are true.")
    assert [e[4] for e in told] == ["asserted"]


def test_a_decision_to_act_is_the_deciders_own_act():
    # "Obama's decision to take in additional Syrian refugees" was a requested AID
    taken = _events("Rivals criticized Ana Ruiz's decision to take in additional Velmoran "
                    "refugees.")
    assert [e[4] for e in _with(taken, "take")] == ["asserted"]
    # a resolution to do something asks it
    resolved = _events("The council passed a resolution to expel the Velmoran troops.")
    assert [e[4] for e in _with(resolved, "expel")] == ["requested"]
