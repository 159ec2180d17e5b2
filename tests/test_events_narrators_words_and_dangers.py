"""Events, eleventh pass of issue 18's audits: one invented case per error class read in
real articles (the tenth pass's audited rounds, read as this pass's study), each with a case
its rule must leave alone. Invented people and places; real countries where a state's code
is the point."""

from __future__ import annotations

from conftest import event_rows as _events
from conftest import event_types as _types
from conftest import rows_triggered as _with


def test_the_narrators_words_inside_a_quote_are_not_reported():
    # a relative clause on the speaker, between the two parts of a direct quote, was
    # "reported": the writer tells it, not the speaker
    backed = _with(_events("Ana Ruiz spoke in Pellin on Monday. “Now is the time for all of us "
                           "to stand together,” said Tomás Vidal, who led the party from 1995 "
                           "to 1997, and has backed Ana Ruiz since her first campaign. “I think "
                           "the plan should be ready by Friday.”"), "backed")
    assert [(e[0], e[2], e[3], e[4]) for e in backed] == [
        ("SUPPORT", "Tomás Vidal", "Ana Ruiz", "asserted")]
    # what the quoted words tell stays reported
    quoted = _with(_events("“Tomás Vidal has backed Ana Ruiz for years,” said Marta Pell, a "
                           "senator. “He will not change now.”"), "backed")
    assert [e[4] for e in quoted] == ["reported"]


def test_a_quoted_question_is_not_a_request():
    # '"Isn't that a bribe?" Vidal asked' was a REQUEST by Vidal
    assert "REQUEST" not in _types("“Isn't that sort of a bribe?” Tomás Vidal asked.")
    assert "REQUEST" not in _types("“Mistake?” Ana Ruiz asked him.")
    # asking someone to do something stays a request
    asked = _with(_events("“Resign now,” Tomás Vidal asked Ana Ruiz on Monday."), "asked")
    assert [(e[0], e[2]) for e in asked] == [("REQUEST", "Tomás Vidal")]


def test_an_act_avoided_or_held_back_did_not_happen():
    # "avoided criticizing", "was reluctant to endorse" were asserted acts
    avoided = _with(_events("Tomás Vidal has avoided directly criticizing Ana Ruiz."),
                    "criticizing")
    assert [(e[0], e[2], e[3], e[4]) for e in avoided] == [
        ("ACCUSE", "Tomás Vidal", "Ana Ruiz", "negated")]
    reluctant = _with(_events("Speaker Marta Pell, who was reluctant to endorse Mr. Vidal, "
                              "spoke on Tuesday."), "endorse")
    assert [e[4] for e in reluctant] == ["negated"]
    # a clause put before the verb is not what is held back
    spoke = _events("Speaking to the party's congress on Monday, Ana Ruiz refrained from "
                    "attacking Tomás Vidal.")
    assert [e[4] for e in _with(spoke, "attacking")] == ["negated"]
    # an act done is still asserted, and so is one told as the time of what is held back
    done = _with(_events("Tomás Vidal criticized Ana Ruiz on Monday."), "criticized")
    assert [e[4] for e in done] == ["asserted"]
    meanwhile = _with(_events("The ministry may be reluctant to act while Tomás Vidal "
                              "negotiates with Chile over the border."), "negotiates")
    assert [e[4] for e in meanwhile] == ["asserted"]
    # "incapable of" holds an act back too
    unable = _with(_events("Tomás Vidal is incapable of criticizing Ana Ruiz."), "criticizing")
    assert [e[4] for e in unable] == ["negated"]


def test_who_stops_short_of_an_act_is_its_actor():
    # "stopped short of endorsing", "refrained from attacking" left the actor empty
    short = _with(_events("Ilmar Wren stopped short of fully endorsing Ruiz's criticisms."),
                  "endorsing")
    assert [(e[0], e[2], e[3], e[4]) for e in short] == [
        ("SUPPORT", "Ilmar Wren", "Ruiz", "negated")]
    # the review's cases: "of" hung on "stopped", and an accusation the quotes component
    # reads as a statement
    harlan = _with(_events("Governor Ilmar Wren stopped short of endorsing the rebel "
                           "candidate."), "endorsing")
    assert [e[4] for e in harlan] == ["negated"]
    accusing = _with(_events("Addressing parliament, Prime Minister Jonas Brek stopped short "
                             "of accusing Russia of sabotage."), "accusing")
    assert [(e[2], e[3], e[4]) for e in accusing] == [("Jonas Brek", "Russia", "negated")]
    refrained = _with(_events("Peru refrained from attacking Chile."), "attacking")
    assert [(e[2], e[3], e[4]) for e in refrained] == [("Peru", "Chile", "negated")]
    wary = _with(_events("Tomás Vidal was the most aggressive in the field in denouncing the "
                         "Pellin Herald."), "denouncing")
    assert [e[2] for e in wary] == ["Tomás Vidal"]
    # the one kept from an act is not made its doer by the verb that keeps it
    barred = _with(_events("The court barred Ana Ruiz from meeting Tomás Vidal."), "meeting")
    assert all(e[2] not in ("The court", "Ana Ruiz") for e in barred)


def test_an_attack_called_verbal_is_made_in_words():
    # "his verbal assault on Ruiz" was an ASSAULT on Vidal himself
    verbal = _with(_events("Tomás Vidal took to Twitter early Wednesday to continue his verbal "
                           "assault on Ana Ruiz."), "assault")
    assert [(e[0], e[2], e[3]) for e in verbal] == [("ACCUSE", "Tomás Vidal", "Ana Ruiz")]
    blistering = _with(_events("Ana Ruiz launched a blistering attack on Chile's foreign "
                               "ministry."), "launched")
    assert [e[0] for e in blistering] == ["ACCUSE"]
    # an assault with no such word stays force
    assert "ASSAULT" in _types("The assault on Ana Ruiz left her with a broken arm.")


def test_who_made_what_is_judged_is_the_target():
    # "endorsed the compromise led by Ruiz" had no target
    endorsed = _with(_events("Marta Pell endorsed the compromise led by Senator Ana Ruiz."),
                     "endorsed")
    assert [(e[0], e[2], e[3]) for e in endorsed] == [("SUPPORT", "Marta Pell", "Ana Ruiz")]
    # the review's case: a thing refused
    rejected = _with(_events("The council rejected the proposal put forward by Mayor Ana "
                             "Ruiz."), "rejected")
    assert [e[3] for e in rejected] == ["Ana Ruiz"]
    # a thing seized is not the supplier's: no target for what no one judges
    seized = _with(_events("Peru seized weapons supplied by Iran."), "seized")
    assert all(e[3] != "Iran" for e in seized)


def test_a_threat_met_or_weighed_is_a_danger_not_a_threat_made():
    # "to counter terrorist threats from the militants" was a THREATEN by the militants
    assert "THREATEN" not in _types("Pell says that voters want a leader to counter terrorist "
                                    "threats from the Velmora Liberation Front.")
    assert "THREATEN" not in _types("The ministry has a role in handling threats from Russia.")
    # threats made against someone, or a state's own threats, stay threats
    assert "THREATEN" in _types("The rebels made death threats against Ana Ruiz.")
    assert "THREATEN" in _types("Peru's threats to close the strait alarmed Chile.")


def test_occupying_the_spotlight_is_no_coercion():
    # "occupied the spotlight" was a COERCE by each of them
    assert "COERCE" not in _types("Ana Ruiz, Tomás Vidal and Marta Pell have occupied the "
                                  "spotlight this month.")
    # a building occupied stays one
    assert "COERCE" in _types("Protesters occupied the ministry building in Lima on Monday.")


def test_where_two_clash_is_not_whom_they_clash_with():
    # "clashed on the Miami debate stage" was an ASSAULT on the stage by each
    clash = _events("Ana Ruiz and Tomás Vidal clashed on the Miami debate stage.")
    assert sorted((e[0], e[2], e[3]) for e in clash) == [
        ("ACCUSE", "Ana Ruiz", "Tomás Vidal"), ("ACCUSE", "Tomás Vidal", "Ana Ruiz")]
    # troops that clash stay force
    assert "ASSAULT" in _types("Peruvian and Chilean troops clashed on the border on Monday.")


def test_a_politicians_attacks_on_a_people_are_words():
    # "Vidal's attacks on immigrants, particularly Mexicans" was an ASSAULT
    attacks = _with(_events("She was uncomfortable with Mr. Vidal's attacks on immigrants, "
                            "particularly Mexicans."), "attacks")
    assert [e[0] for e in attacks] == ["ACCUSE"]
    # armed men's attacks on a people, or attacks that kill, stay force
    assert "ASSAULT" in _types("Militants attacked Christians in the north of Velmora.")
    assert "ASSAULT" in _types("General Vidal's attacks on Velmorans killed dozens.")


def test_an_act_with_no_object_given_did_not_happen():
    # "has offered no real plans", "give no support" were asserted or reported acts
    offered = _with(_events("Tomás Vidal has offered no real plans to keep the port safe."),
                    "offered")
    assert [e[4] for e in offered] == ["negated"]
    support = _with(_events("Chile says it gives no support to the Velmora rebels."), "give")
    assert [e[4] for e in support] == ["negated"]
    # a plan offered stays one
    made = _with(_events("Tomás Vidal offered a plan to keep the port safe."), "offered")
    assert [e[4] for e in made] == ["asserted"]


def test_a_verb_with_a_tense_joined_to_an_infinitive_is_the_subjects():
    # the parser joins "accused" to "jolt" ("ran on her ability to jolt ... and accused"):
    # the accusation had no actor
    accused = _with(_events("During the 2012 election, Ana Ruiz largely ran on her ability "
                            "to jolt the economic recovery into hyperdrive and accused Tomás "
                            "Vidal of bungling the rehabilitation."), "accused")
    assert [(e[0], e[2], e[3]) for e in accused] == [("ACCUSE", "Ana Ruiz", "Tomás Vidal")]
    # a verb with its own tense below another's subject keeps that subject
    called = _with(_events("She noted that Tomás Vidal in the past has criticized the "
                           "president for accepting contributions from banks and called the "
                           "president weak."), "called")
    assert [e[2] for e in called] == ["Tomás Vidal"]
    # infinitives joined to an infinitive share its doer as before
    trained = _events("Chile agreed to train the rebels and to arm them.")
    assert all(e[2] in ("Chile", None) for e in trained)


def test_an_act_wished_for_or_feared_has_not_happened():
    # "expressed a desire to shoot Ruiz", "the possibility of another attack" were told as
    # done
    desired = _with(_events("Jonas Brek expressed a desire to try, convict and shoot Ana "
                            "Ruiz."), "shoot")
    assert [e[4] for e in desired] == ["hypothetical"]
    feared = _with(_events("Voters are anxious about the possibility of another attack on "
                           "Peru."), "attack")
    assert [e[4] for e in feared] == ["hypothetical"]
    # an attack that happened stays asserted
    done = _with(_events("Voters are anxious after another attack on Peru on Monday."),
                 "attack")
    assert [e[4] for e in done] == ["asserted"]


def test_an_act_talked_of_under_a_condition_is_hypothetical():
    # "discusses shooting federal agents if they came through his door" was asserted
    shooting = _with(_events("On his show, Jonas Brek discusses shooting federal agents if "
                             "they came through his door."), "shooting")
    assert [e[4] for e in shooting] == ["hypothetical"]


def test_where_one_spoke_first_is_not_the_target():
    # "At a recent event in Pellin, Vidal rejected the notion ..." had the event as target
    rejected = _with(_events("At a rally in Harwick on Monday, Ana Ruiz rejected the plan."),
                     "rejected")
    assert [(e[0], e[3]) for e in rejected] == [("REJECT", None)]
    # a party after "at" stays the target
    aimed = _with(_events("Tomás Vidal lashed out at Ana Ruiz on Monday."), "lashed")
    assert [e[3] for e in aimed] == ["Ana Ruiz"]


def test_a_voters_ballot_asked_for_is_no_request():
    # absentee ballots requested by voters were REQUEST events
    assert "REQUEST" not in _types("In Pellin, nearly 850,000 Liberal absentee ballots have so "
                                   "far been requested.")
    assert "REQUEST" not in _types("The party is paying for a mailer sent to every voter who "
                                   "requests an absentee ballot.")
    assert "REQUEST" not in _types("Absentee ballots requested by overseas voters must arrive "
                                   "by Friday.")  # the review's case
    # a state's request stays one
    assert "REQUEST" in _types("Peru requested the extradition of Ana Ruiz.")


def test_who_in_a_second_relative_clause_is_the_named_one():
    # "Pell, whom Vidal appointed envoy, and who is now supporting Ruiz": no actor
    supporting = _with(_events("“I would use the word old-school,” said Marta Pell, whom Tomás "
                               "Vidal appointed envoy to Chile, and who is now supporting "
                               "Senator Ana Ruiz."), "supporting")
    assert [(e[0], e[2], e[3]) for e in supporting] == [("SUPPORT", "Marta Pell", "Ana Ruiz")]


def test_a_thing_summoned_or_an_issue_handled_is_no_act():
    # "cannot summon Ruiz's fury" was an ACCUSE of Ruiz; "how a president should handle the
    # terrorism issue" a COOPERATE
    assert not _with(_events("Mr. Vidal tells voters who wonder why he cannot summon Ms. Ruiz's "
                             "fury that he wasn't brought up that way."), "summon")
    assert "COOPERATE" not in _types("The candidates presented a very different view of how a "
                                     "president should handle the terrorism issue.")
    # an envoy summoned stays an act
    assert "ACCUSE" in _types("Chile summoned the Peruvian ambassador on Monday.")


def test_the_one_turned_to_does_the_act():
    # "turned to a firm, Pell Messaging, to help with fundraising" made the candidates help
    helped = _with(_events("Ruiz and Vidal have turned to the same firm, Pell Messaging, to "
                           "help with fundraising."), "help")
    assert [e[2] for e in helped] == ["Pell Messaging"]


def test_an_act_only_intended_is_hypothetical():
    # "her intent to violate the law" was told as reported
    intent = _with(_events("Mr. Vidal said there is no evidence of Ruiz's intent to violate the "
                           "sanctions on Velmora."), "violate")
    assert intent and all(e[4] == "hypothetical" for e in intent)


def test_talk_of_a_topic_is_no_meeting():
    # "discussed conspiracy theories and lambasted politicians": the politicians were taken
    # for the partner; "speaks to the stickiness of donor ties" met the topic
    discussed = _events("By early 2012, Jonas Brek had become a radio host, as he discussed "
                        "conspiracy theories and lambasted politicians.")
    assert "CONSULT" not in [e[0] for e in discussed]
    assert "ACCUSE" in [e[0] for e in discussed]
    assert "CONSULT" not in _types("One of the attendees at these conferences speaks to the "
                                   "stickiness of some donor relationships.")
    # one met and praised, or spoken to, stays a partner
    assert "CONSULT" in _types("Ana Ruiz talked to Tomás Vidal on Monday.")
    assert "CONSULT" in _types("Ana Ruiz spoke to the Pellin Chamber of Commerce on Monday.")


def test_a_sum_of_what_several_spent_is_no_joint_act():
    # "Ruiz and Vidal combined to spend $40 million" was a COOPERATE of each
    assert "COOPERATE" not in _types("Ruiz and Vidal combined to spend 40 million dollars in "
                                     "the primary.")
    # forces combined stay a joint act
    assert "COOPERATE" in _types("Chile and Peru combined their forces against the rebels.")


def test_a_quoted_cry_is_not_the_chanters_act():
    # the parse of a real article (PolNeAR dev, read in a blind pair) joined the quoted
    # "don't shoot" to "chanting"; with its tense, it took the protesters as its doer
    import spacy
    from spacy.tokens import Doc

    from rashomon.nlp.events.arguments import _controller

    vocab = spacy.blank("en").vocab  # English lexical attributes: quotation marks

    rows = [("Protesters", "nsubj", 1, "NNS"), ("continued", "ROOT", 1, "VBD"),
            ("to", "aux", 3, "TO"), ("call", "xcomp", 1, "VB"), (",", "punct", 3, ","),
            ("looping", "advcl", 3, "VBG"), ("the", "det", 7, "DT"),
            ("streets", "dobj", 5, "NNS"), ("while", "mark", 9, "IN"),
            ("chanting", "advcl", 5, "VBG"), (",", "punct", 9, ","), ('"', "punct", 9, "``"),
            ("Hands", "dep", 9, "NNS"), ("up", "prt", 12, "RP"), (",", "punct", 9, ","),
            ("do", "aux", 17, "VBP"), ("n't", "neg", 17, "RB"), ("shoot", "conj", 9, "VB"),
            (".", "punct", 1, "."), ('"', "punct", 1, "''")]
    doc = Doc(vocab, words=[r[0] for r in rows], deps=[r[1] for r in rows],
              heads=[r[2] for r in rows], tags=[r[3] for r in rows])
    assert [t.text for t in _controller(doc[17])] == []
    # a verb with a tense joined to a participle outside quotation marks takes the subject
    rows[11], rows[12] = (",", "punct", 9, ","), ("and", "cc", 9, "CC")
    doc = Doc(vocab, words=[r[0] for r in rows], deps=[r[1] for r in rows],
              heads=[r[2] for r in rows], tags=[r[3] for r in rows])
    assert [t.text for t in _controller(doc[17])] == ["Protesters"]


def test_sharp_or_harsh_attacks_are_words():
    # round two: "his harsh attacks on illegal immigrants", "sharp attacks on Pellin elites"
    # were ASSAULT
    sharp = _with(_events("Tomás Vidal seeks to energize the party with sharp attacks on "
                          "Pellin elites."), "attacks")
    assert [e[0] for e in sharp] == ["ACCUSE"]
    assert "ASSAULT" not in _types("Ana Ruiz's harsh attacks on illegal immigrants were about "
                                   "more than immigration.")
    # deadly attacks stay force, and a word on something else makes no attack words
    assert "ASSAULT" in _types("The rebels' deadly attacks on Pellin killed nine people.")
    assert "ACCUSE" not in _types("Refugees and Islamophobia came to dominate political "
                                  "discourse on the continent.")


def test_a_record_captured_is_no_force():
    # "messages captured by the ministry's system" was an ASSAULT
    assert "ASSAULT" not in _types("Her work emails were immediately captured by Chile's "
                                   "system.")
    # a town captured stays force
    assert "ASSAULT" in _types("Rebels captured the town of Pellin on Monday.")


def test_how_someone_sounds_is_no_act():
    # "sounded subdued" was a COERCE
    assert not _events("Tomás Vidal finished third in Pellin. He sounded subdued in his brief "
                       "concession speech Monday night.")
    # what one appears to have done is an act
    assert _events("The Pellin police appear to have abandoned the crime scene on Monday.")


def test_ones_own_plans_cancelled_are_no_sanction():
    # "canceled a planned trip" was a SANCTION by the one who travels
    assert "SANCTION" not in _types("On Thursday, Marta Pell canceled a planned trip to speak "
                                    "on Vidal's behalf in Harwick.")
    # another's licences cancelled, or a visit to a state called off, stay a sanction
    assert "SANCTION" in _types("Chile canceled Peru's fishing licences on Monday.")
    assert "SANCTION" in _types("A Chilean minister has cancelled a planned visit to Peru "
                                "after the border was closed.")


def test_declining_to_claim_victory_rejects_no_one():
    # "declined to claim outright victory" was a REJECT
    assert "REJECT" not in _types("When she appeared before supporters, Ana Ruiz declined to "
                                  "claim outright victory.")
    # declining to join something stays a refusal
    assert "REJECT" in _types("Chile declined to join the coalition against Peru.")


def test_an_act_not_yet_done_or_only_prepared_is_not_asserted():
    # "has yet to formally bow out" was asserted; "were preparing to charge him" reported
    bow = _with(_events("Tomás Vidal has yet to formally bow out of the race."), "bow")
    assert [e[4] for e in bow] == ["negated"]
    charge = _with(_events("The Pellin police said they were preparing to charge Jonas Brek "
                           "with fraud."), "charge")
    assert charge and all(e[4] == "hypothetical" for e in charge)


def test_an_act_asked_about_by_how_is_hypothetical():
    # "How many can be added by threatening to slap tariffs?" was a threat made
    asked = _with(_events("How many jobs can be added by threatening to slap tariffs on "
                          "Chinese steel?"), "threatening")
    assert [e[4] for e in asked] == ["hypothetical"]


def test_calling_a_thing_arbitrary_or_distasteful_is_blame():
    # round two: labels no list had ("arbitrary", "distasteful", "fascist") gave no event
    assert "ACCUSE" in _types("Senator Ana Ruiz called the ministry's suspension of the "
                              "contract arbitrary.")
    fascist = _with(_events("Jonas Brek called Tomás Vidal a fascist."), "called")
    assert [(e[0], e[2], e[3]) for e in fascist] == [("ACCUSE", "Jonas Brek", "Tomás Vidal")]
    # a neutral label stays none
    assert "ACCUSE" not in _types("Jonas Brek called the ministry's plan ambitious.")


def test_stepping_up_ones_own_campaign_is_no_act():
    # round three: "stepped up their campaign appearances" was a COOPERATE of each
    assert not _events("Both Ana Ruiz and Tomás Vidal have stepped up their campaign "
                       "appearances in Pellin ahead of the primary.")
    # what the dictionary reads in the object stays ("stepped up pressure on Peru")
    assert "REQUEST" in _types("Chile stepped up pressure on Peru.")


def test_asking_for_anonymity_is_no_request():
    # "asking for anonymity to speak freely" was a REQUEST by the source
    assert "REQUEST" not in _types("A senior Chilean official, asking for anonymity, said the "
                                   "talks had failed.")
    assert "REQUEST" in _types("Peru asked Chile for help on Monday.")


def test_the_occasion_or_place_one_speaks_at_is_no_target():
    # "promised at a Pellin rally" targeted Pellin; "On Capitol Hill, ... decried" the
    # legislature
    promised = _with(_events("Tomás Vidal promised Sunday at a Pellin rally to end the "
                             "deportation regime."), "promised")
    assert all(e[3] != "Pellin" for e in promised)
    decried = _with(_events("On Capitol Hill, Liberal lawmakers decried the lack of details "
                            "about the plan."), "decried")
    assert [e[3] for e in decried] == [None]
    # what is fired at stays the target
    fired = _with(_events("Chilean troops fired at a Peruvian patrol on Monday."), "fired")
    assert [e[3] for e in fired] != [None]


def test_an_attack_on_someones_heritage_is_words():
    # "Ruiz's attack on a federal judge's Mexican heritage" was an ASSAULT
    attack = _with(_events("Tomás Vidal downplayed Ana Ruiz's attack on a federal judge's "
                           "Mexican heritage."), "attack")
    assert [e[0] for e in attack] == ["ACCUSE"]
