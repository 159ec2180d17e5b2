"""Events, ninth pass of issue 18's audits: one invented case per error class read in
real articles (this pass's study round S), each with a case its rule must leave alone.
Invented people and places."""

from __future__ import annotations

from conftest import event_rows as _events
from conftest import rows_triggered as _with


def test_from_names_who_does_the_act_of_an_event_noun():
    # "attacks from X" made X the one attacked, and the attack a use of force
    shrugged = _with(_events("Ana Ruiz shrugged off fresh attacks from Tomás Vidal over the "
                             "harbour budget."), "attacks")
    assert [(e[0], e[2], e[3]) for e in shrugged] == [("ACCUSE", "Tomás Vidal", "Ana Ruiz")]
    drawn = _with(_events("Ana Ruiz drew criticism from Tomás Vidal over the port deal."),
                  "criticism")
    assert [(e[2], e[3]) for e in drawn] == [("Tomás Vidal", "Ana Ruiz")]
    # where one leaves is still no doer
    left = _with(_events("Harwick's withdrawal from Valdoria began in May."), "withdrawal")
    assert [(e[2], e[3]) for e in left] == [("Harwick", "Valdoria")]


def test_a_weapon_that_is_a_topic_does_not_make_words_force():
    # "attacked X for being soft on guns" stayed an ASSAULT: "guns" was taken for a
    # weapon in the act
    faulted = _with(_events("Tomás Vidal attacked Ilmar Wren last spring for being soft on "
                            "guns in the port district."), "attacked")
    assert [e[0] for e in faulted] == ["ACCUSE"]
    champion = _with(_events("Tomás Vidal, a champion of gun registration, attacked Ilmar "
                             "Wren on Monday."), "attacked")
    assert [e[0] for e in champion] == ["ACCUSE"]
    # a weapon used stays force
    stabbed = _with(_events("Tomás Vidal attacked Ilmar Wren with a knife on Monday."),
                    "attacked")
    assert [e[0] for e in stabbed] == ["ASSAULT"]
    ordered = _with(_events("Ana Ruiz ordered an attack on Harwick troops."), "attack")
    assert [e[0] for e in ordered] == ["ASSAULT"]


def test_one_attack_in_words_told_twice_is_no_force_beside_it():
    # "hit X on one topic, and hit him on another": the second "hit" made the first force
    hit = _with(_events("Marta Pell hit Tomás Vidal on harbour fees, and she hit him on "
                        "housing."), "hit")
    assert hit and {e[0] for e in hit} == {"ACCUSE"}
    assert ("Marta Pell", "Tomás Vidal") in {(e[2], e[3]) for e in hit}
    # blows told twice stay force
    struck = _with(_events("Tomás Vidal hit Ana Ruiz in the face and hit her driver."), "hit")
    assert "ASSAULT" in {e[0] for e in struck}


def test_attacks_on_someones_fitness_are_words():
    # "attacks on X's fitness" were force done to "X's fitness"
    attacks = _with(_events("The Vidal team kept up its attacks on Marta Pell's fitness for "
                            "the harbour post."), "attacks")
    assert [(e[0], e[3]) for e in attacks] == [("ACCUSE", "Marta Pell")]


def test_a_clash_between_named_people_is_words():
    clash = _with(_events("Tomás Vidal clashed with Marta Pell during the televised debate."),
                  "clash")
    assert [(e[0], e[2], e[3]) for e in clash] == [("ACCUSE", "Tomás Vidal", "Marta Pell")]
    # police clashing with a crowd stays force
    police = _with(_events("Police clashed with protesters outside the Pellin parliament."),
                   "clash")
    assert [e[0] for e in police] == ["ASSAULT"]
    fists = _with(_events("Ana Ruiz and Tomás Vidal clashed in the chamber, striking each "
                          "other with their fists."), "clash")
    assert fists and {e[0] for e in fists} == {"ASSAULT"}


def test_a_stance_that_describes_a_group_is_no_act():
    # "a bloc opposing the government", "people opposed to it" were rejections
    assert not _with(_events("Ilmar Wren helped found a faction opposing the Valdoria "
                             "cabinet."), "opposing")
    assert not _with(_events("The party courted voters opposed to the Valdoria government."),
                     "opposed")
    # a named party that opposes acts
    opposed = _with(_events("Ana Ruiz opposed Tomás Vidal's nomination."), "opposed")
    assert [(e[0], e[2], e[3]) for e in opposed] == [("REJECT", "Ana Ruiz", "Tomás Vidal")]


def test_what_is_expected_or_poised_is_not_told_as_done():
    # "is poised to help" was help given; "is expected to visit" a visit made, and an
    # "expected" event of its own
    poised = _events("Ana Ruiz is poised to help the Harwick fishermen this winter.")
    assert [(e[0], e[1]) for e in poised] == [("AGREE", "help")]
    expected = _events("Ana Ruiz is expected to visit Pellin next week.")
    assert [(e[1], e[4]) for e in expected] == [("visit", "hypothetical")]
    # what happened as expected is done
    done = _events("As expected, Ana Ruiz met Ilmar Wren in Pellin.")
    assert [(e[1], e[4]) for e in done] == [("met", "asserted")]
    foreseen = _with(_events("Few had expected the attack that killed twelve Harwick "
                             "soldiers."), "attack")
    assert [e[4] for e in foreseen] == ["asserted"]


def test_people_who_never_met_tell_no_meeting():
    assert not _events("Tomás Vidal said he had never met Marta Pell.")
    missed = _events("Tomás Vidal did not meet Marta Pell in Pellin on Friday.")
    assert [(e[1], e[4]) for e in missed] == [("meet", "negated")]
    refused = _with(_events("Velmora's foreign minister has never met with Harwick "
                            "officials, despite three invitations."), "met")
    assert [e[4] for e in refused] == ["negated"]


def test_a_lecture_given_to_no_one_is_teaching():
    assert not _events("Ilmar Wren lectured on maritime law for years in Pellin.")
    scolded = _with(_events("Ilmar Wren lectured Tomás Vidal on his manners."), "lectured")
    assert [(e[0], e[3]) for e in scolded] == [("ACCUSE", "Tomás Vidal")]
    told = _with(_events("Ilmar Wren lectured to Tomás Vidal for an hour about loyalty."),
                 "lectured")
    assert [(e[0], e[3]) for e in told] == [("ACCUSE", "Tomás Vidal")]


def test_seeking_advice_from_someone_is_a_request_to_them():
    # "has sought suggestions" was an AGREE with no one asked
    sought = _events("Ana Ruiz has sought suggestions from Marta Pell for the post.")
    assert [(e[0], e[2], e[3]) for e in sought] == [("REQUEST", "Ana Ruiz", "Marta Pell")]


def test_an_attack_said_in_a_participle_clause_accuses_its_subject():
    # "lashed out, declaring that X's competence was in doubt" accused no one
    stated = _with(_events("Tomás Vidal lashed out on the radio, declaring that Marta Pell's "
                           "competence was in doubt."), "lashed")
    assert [(e[0], e[3]) for e in stated] == [("ACCUSE", "Marta Pell")]
    said = _with(_events("Tomás Vidal lashed out at a harbour meeting, saying that Marta Pell "
                         "was unfit to run the port."), "lashed")
    assert [e[3] for e in said] == ["Marta Pell"]
    # what the act is aimed at is named: the clause's subject is not accused
    condemned = _with(_events("Tomás Vidal condemned the bombing, saying that Harwick stood "
                              "with the victims."), "condemned")
    assert [e[3] for e in condemned] == [None]


def test_a_step_taken_is_done_by_whoever_takes_it():
    # "took the step of criticizing X" left the critic empty
    step = _with(_events("Ana Ruiz took the rare step of rebuking the Harwick port "
                         "authority."), "rebuking")
    assert [e[2] for e in step] == ["Ana Ruiz"]
    # a decision criticized is not the critic's
    criticized = _with(_events("Ana Ruiz criticized the decision of expelling the Harwick "
                               "envoy."), "expelling")
    assert all(e[2] != "Ana Ruiz" for e in criticized)
    # a task handed to someone is not the giver's
    handed = _with(_events("The crisis handed Ilmar Wren the task of steering the council."),
                   "steering")
    assert all(e[2] != "The crisis" for e in handed)


def test_a_candidates_campaign_acts_for_the_candidate():
    criticized = _with(_events("Ana Ruiz's campaign criticized the Harwick ministry on "
                               "Friday."), "criticized")
    assert [e[2] for e in criticized] == ["Ana Ruiz"]


def test_staff_let_go_is_no_rejection():
    assert not _events("Marta Pell dismissed her campaign manager on Friday.")
    dismissed = _with(_events("Marta Pell dismissed Tomás Vidal's claims as nonsense."),
                      "dismissed")
    assert [(e[0], e[3]) for e in dismissed] == [("REJECT", "Tomás Vidal")]
    committee = _with(_events("Marta Pell dismissed the ethics committee, saying its "
                              "findings were biased."), "dismissed")
    assert [e[0] for e in committee] == ["REJECT"]


def test_a_greeting_to_readers_welcomes_no_one():
    assert not _events("Welcome to the Pellin Harbour Report, your weekly guide to the port.")
    welcomed = _with(_events("Ana Ruiz welcomed the new Harwick ambassador to Pellin."),
                     "welcomed")
    assert [(e[0], e[2]) for e in welcomed] == [("SUPPORT", "Ana Ruiz")]


def test_eyes_trained_on_someone_are_no_training():
    assert not _events("Ana Ruiz trained her gaze on the front benches while she spoke.")
    trained = _with(_events("The Harwick army trained Valdoria's border guards in May."),
                    "trained")
    assert [e[0] for e in trained] == ["COOPERATE"]


def test_what_people_felt_done_to_them_is_a_state_of_mind():
    # "people who felt abandoned by the government" was the government's concession
    assert not _events("Many fishermen in Pellin felt abandoned by the Valdoria government.")
    # the same act told as done stays
    abandoned = _with(_events("Tomás Vidal courted voters who were abandoned by the Valdoria "
                              "government."), "abandoned")
    assert abandoned


def test_what_a_question_asks_is_neither_done_nor_requested():
    # "asked whether Vidal would endorse Ruiz" was a request that Vidal endorse her
    asked = _with(_events("Reporters asked whether Tomás Vidal would back Ana Ruiz in the "
                          "race."), "back")
    assert [e[4] for e in asked] == ["hypothetical"]
    requested = _with(_events("Ana Ruiz asked Tomás Vidal to back her in the race."), "back")
    assert [e[4] for e in requested] == ["requested"]
    # why someone did it takes the act as done
    known = _with(_events("A moderator asked Tomás Vidal why he had attacked Ana Ruiz's port "
                          "plan."), "attacked")
    assert known and known[0][4] in ("asserted", "reported")


def test_counsel_as_a_job_is_no_request():
    # "advised Wren for a decade", "who advises Pell" were requests
    assert not _events("Marta Pell advised Ilmar Wren for a decade.")
    assert not _events("Tomás Vidal, who advises Marta Pell, declined to comment.")
    urged = _with(_events("Marta Pell advised Ilmar Wren to drop the lawsuit."), "advised")
    assert [(e[0], e[3]) for e in urged] == [("REQUEST", "Ilmar Wren")]


def test_a_case_handled_is_no_cooperation():
    assert not _events("Harbour police officers handling the case would not comment.")


def test_people_who_talked_past_each_other_did_not_talk():
    assert not _events("Vidal and Ruiz talked past each other throughout the harbour dispute.")
    talked = _events("Tomás Vidal and Ana Ruiz talked for hours in Pellin.")
    assert {e[0] for e in talked} == {"CONSULT"}


def test_a_group_of_people_no_list_knows_is_the_group():
    # "a group of many experts published a letter calling X unfit" had no author
    letter = _with(_events("A group of about forty retired harbour pilots published a "
                           "statement calling Tomás Vidal reckless."), "calling")
    assert [e[2] for e in letter] == ["A group of about forty retired harbour pilots"]


def test_a_winner_declared_is_an_election_result():
    # "was declared the winner of the primary" was praise of the winner
    assert not _events("Tomás Vidal was declared the winner of the Harwick mayoral race.")
    declared = _with(_events("The Pellin council declared a state of emergency."), "declared")
    assert [e[0] for e in declared] == ["COERCE"]


def test_a_trip_made_is_no_intent_to_meet():
    # "made a visit", "made the trip" were intents to meet (CAMEO 036) beside the visit
    assert not _events("Two of Ana Ruiz's staffers made the trip to Pellin on Friday.")
    visit = _events("Ana Ruiz made a visit to Tomás Vidal in May.")
    assert [(e[0], e[1], e[3]) for e in visit] == [("CONSULT", "visit", "Tomás Vidal")]


def test_a_family_visit_is_no_act_between_parties():
    assert not _events("Marta Pell spent a week in Pellin visiting her daughter and "
                       "grandchildren.")
    met = _with(_events("Marta Pell visited Tomás Vidal in Pellin."), "visited")
    assert [(e[0], e[3]) for e in met] == [("CONSULT", "Tomás Vidal")]


def test_what_anyone_who_would_does_is_no_ones_act():
    # "those who dare to criticize him" was a criticism by no one
    assert not _events("Those who dare to criticize Tomás Vidal soon regret it, his former "
                       "aides say.")
    thanked = _with(_events("Ana Ruiz thanked the senators who backed her."), "thanked")
    assert [e[2] for e in thanked] == ["Ana Ruiz"]
    # the things "those" stands for are no people: the act stays
    fired = _with(_events("Analysts said the militia cannot replace the rockets it fires at "
                          "Harwick."), "fires")
    assert [e[0] for e in fired] == ["ASSAULT"]


def test_an_attack_paid_for_is_words_by_whoever_pays():
    # "spent $4 million attacking X" was force; "ads attacking X" had no sponsor
    spent = _with(_events("The Harbour Future Fund spent $4 million attacking Ana Ruiz in "
                          "the spring."), "attacking")
    assert [(e[0], e[2], e[3]) for e in spent] == [
        ("ACCUSE", "Harbour Future Fund", "Ana Ruiz")]
    aired = _with(_events("The Pellin Growth Fund reported spending $1 million on radio ads "
                          "attacking Tomás Vidal."), "attacking")
    assert [(e[0], e[2]) for e in aired] == [("ACCUSE", "Pellin Growth Fund")]
    # money spent on weapons is no ad
    armed = _with(_events("The rebels spent $4 million on rockets and attacked the Harwick "
                          "garrison."), "attacked")
    assert [e[0] for e in armed] == ["ASSAULT"]
