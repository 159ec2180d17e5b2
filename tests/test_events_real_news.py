"""Events on the kinds of sentence real news is made of: one invented case per error class
found by reading real articles (issue 18), in the style of the reference article. Each
case names the class it guards."""

from __future__ import annotations

import json

from conftest import needs_shared
from typer.testing import CliRunner

from rashomon import analyze
from rashomon.cli import app

ANCHOR = "2024-03-05"


def _events(text: str, title: str | None = None):
    from rashomon import read

    record = analyze(read(text, title=title, published=ANCHOR))
    names = {e.id: e.name for e in record.entities}
    return record, [
        (e.type, e.trigger, names.get(e.actor), e.actor_code, names.get(e.target),
         e.target_code, e.mode) for e in record.events
    ]


def _with(events, trigger: str):
    return [e for e in events if e[1] == trigger]


def test_a_verb_only_the_cameo_dictionary_knows_is_coded():
    # coverage from the field's own verb dictionary, not the development records
    _, events = _events("The Chilean government lambasted Peru over the fishing dispute.")
    assert [(e[0], e[3], e[5]) for e in _with(events, "lambasted")] == [
        ("ACCUSE", "CHLGOV", "PER")
    ]


def test_a_dictionary_pattern_holds_only_for_the_verb_it_was_written_for():
    # "TAKE * PART" sits in the block of "capture": capturing a part is no promise
    _, events = _events("Malian soldiers nabbed part of the rebel convoy near Gao.")
    assert [e[0] for e in _with(events, "nabbed")] == ["COERCE"]


def test_what_someone_says_is_not_coded_on_the_verb_of_saying():
    _, events = _events("Peru announced that it would send humanitarian aid to Chile.")
    assert not _with(events, "announced")
    assert [(e[0], e[3], e[5]) for e in _with(events, "send aid")] == [("AGREE", "PER", "CHL")]


def test_a_light_verb_gives_way_to_the_event_noun_it_carries():
    _, events = _events("Nigeria has stepped up airstrikes on the insurgents in the north.")
    assert not _with(events, "stepped")
    assert [(e[0], e[3]) for e in _with(events, "airstrikes")] == [("ASSAULT", "NGA")]


def test_no_code_without_a_country():
    # a role with no country is no code ("GOV"); null where the country is unknown
    _, events = _events("Commander Idris Okafor praised the soldiers.")
    praised = _with(events, "praised")
    assert praised and praised[0][2] == "Idris Okafor" and praised[0][3] is None


def test_the_antecedent_of_who_acts_in_a_relative_clause():
    _, events = _events(
        "Chad's president, who met the Nigerien prime minister on Friday, praised the "
        "accord."
    )
    met = _with(events, "met")
    assert met and met[0][3] == "TCDGOV" and met[0][5] == "NERGOV"


def test_the_antecedent_of_a_passive_relative_clause_is_its_target():
    _, events = _events(
        "Police in Lima said a Peruvian judge, who was shot in the leg on Sunday, is "
        "recovering."
    )
    shot = _with(events, "shot")
    assert shot and shot[0][3] is None and shot[0][5] and shot[0][5].startswith("PER")


def test_the_speaker_does_not_do_what_the_clause_he_reports_says():
    _, events = _events("Governor Ana Ruiz of Peru claimed 40 civilians were wounded.")
    wounded = _with(events, "wounded")
    assert wounded and wounded[0][2] is None and wounded[0][6] == "reported"


def test_coordinated_actors_make_one_event_each():
    _, events = _events("Egypt and Jordan sharply criticised the Israeli settlement plan.")
    assert sorted(e[3] for e in events if e[0] == "ACCUSE") == ["EGY", "JOR"]


def test_a_market_move_is_no_event():
    _, events = _events("Hong Kong eased 0.4 percent on Tuesday while Tokyo rose 1 percent.")
    assert events == []


def test_a_text_that_permits_is_no_actor():
    _, events = _events("He held a valid licence allowing him to enter Chile.")
    assert not _with(events, "allowing")


def test_an_attack_between_politicians_without_weapons_is_words():
    _, events = _events(
        "Senator Mark Dell of Ohio attacked Governor Lisa Pratt of Texas, calling her "
        "policy a failure."
    )
    attacked = _with(events, "attacked")
    assert attacked and attacked[0][0] == "ACCUSE"


def test_an_attack_named_again_under_blame_is_no_new_attack():
    _, events = _events("The ministry in Kabul blamed Pakistan for the attack on the "
                        "checkpoint.")
    assert [e[0] for e in events] == ["ACCUSE"]


def test_the_toll_of_an_attack_belongs_to_the_attack():
    _, events = _events("The attack on the grain depot killed nine soldiers, a spokesman in "
                        "Niamey said.")
    assault = [e for e in events if e[0] == "ASSAULT"]
    assert len(assault) == 1 and assault[0][1] == "attack"


def test_a_headline_told_again_in_the_story_is_one_event():
    _, events = _events(
        "Harbour guards shoot smuggler dead in Bergen\n\nNorwegian harbour guards shot a "
        "smuggler dead in Bergen on Sunday after he wounded two sailors.",
        title="Harbour guards shoot smuggler dead in Bergen",
    )
    assert not _with(events, "shoot") and _with(events, "shot")


def test_a_refused_act_is_one_refusal_done_by_the_antecedent():
    # the act refused is not asserted; "refused to negotiate" is one act (audit A: a
    # negated copy beside the refusal was a duplicate), with the refused act's target
    _, events = _events("The Taliban, who have long refused to negotiate with Kabul, "
                        "attacked a base.")
    assert not _with(events, "negotiate")
    assert [(e[0], e[3], e[5]) for e in events if e[1] in ("refused", "negotiate")] == [
        ("REJECT", "AFGREB", "AFG")]


def test_a_wanted_act_is_requested_and_a_weighed_one_hypothetical():
    _, wanted = _events("A Peruvian senator wants the Chilean ambassador expelled.")
    assert [e[6] for e in _with(wanted, "expelled")] == ["requested"]
    _, weighed = _events("The Chilean parliament debated whether to expel the Peruvian "
                         "ambassador.")
    assert [e[6] for e in _with(weighed, "expel")] == ["hypothetical"]


def test_the_possessor_of_an_arrest_is_who_was_arrested():
    _, events = _events("Peruvian police detained Mayor Jorge Salas of Lima on Friday. His "
                        "arrest followed weeks of protests.")
    arrest = _with(events, "arrest")
    assert arrest and arrest[0][2] is None and arrest[0][4] == "Jorge Salas"


def test_a_scene_setting_attack_is_not_the_main_clause_subjects():
    _, events = _events("In the wake of the Madrid bombings, Spain has stepped up border "
                        "checks.")
    assert all(e[3] != "ESP" for e in events if e[1] == "bombings")


def test_a_city_that_names_where_a_bombing_was_is_not_its_actor():
    _, events = _events("A Herat truck bombing wounded nine traders, the third attack credited "
                        "to the Taliban this month.")
    assert all(e[2] != "Herat" for e in events)
    assert any(e[3] == "AFGREB" for e in events)


def test_seek_and_call_need_what_is_sought_or_asked():
    _, events = _events('"The smugglers seek to scare our crews," the Chilean minister said, '
                        'calling the raid "a cowardly act".')
    assert not [e for e in events if e[0] == "REQUEST"]


def test_a_visit_needs_somewhere():
    _, events = _events("The Chilean envoy was arriving by train when the storm broke.")
    assert not _with(events, "arriving")


def test_a_thing_does_not_act_for_the_dictionary():
    # guarded twice: a thing is no party, and the dictionary wants a party as subject
    _, events = _events("Tensions rose with both Armenia and Azerbaijan accusing each other "
                        "of violating the truce.")
    assert not _with(events, "rose")


def test_agent_nouns_take_their_sector_from_the_phoenix_dictionary():
    _, events = _events("Chilean activists blocked the highway to Santiago.")
    assert any(e[3] == "CHLOPP" for e in events)


def test_a_curfew_or_a_visit_targets_the_place():
    _, events = _events("Peruvian authorities imposed a curfew in Arequipa on Friday.")
    assert [e[5] for e in events if e[0] == "COERCE"] == ["PER"]


def test_victims_take_the_country_of_the_place():
    _, events = _events("Two gunmen from Chad killed eleven villagers near Niamey.")
    killed = _with(events, "killed")
    assert killed and killed[0][5] and killed[0][5].startswith("NER")


def test_the_possessor_of_what_is_supported_is_the_target():
    _, events = _events("Portugal will support Turkey's bid to join the bloc.")
    assert [e[5] for e in _with(events, "support")] == ["TUR"]


PLOVER_RECORDS = [
    {"id": f"R-{n}", "event": label, "text": text, "source": [{"code": src}],
     "target": [{"code": tgt}]}
    for n, (label, text, src, tgt) in enumerate([
        ("ACCUSE", "Chile accused Peru of spying on its navy.", "CHL", "PER"),
        ("ACCUSE", "Peru accused Chile of smuggling arms.", "PER", "CHL"),
        ("CONSULT", "Norway met Sweden in Oslo.", "NOR", "SWE"),
        ("CONSULT", "Sweden met Finland in Helsinki.", "SWE", "FIN"),
    ])
]


@needs_shared
def test_eval_events_reports_the_any_event_measure_and_cross_validates(tmp_path):
    from rashomon.eval.events import cross_validate, fold_of, load

    path = tmp_path / "plover.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in PLOVER_RECORDS), encoding="utf-8")
    _, records = load(path)
    assert fold_of(records, 2) == [0, 1, 0, 1]  # every fold holds every category
    scores = cross_validate(records, 2)
    # "accuse" and "meet" find a record in each fold: neither is left out
    assert scores["left_out"] == {"fold 1": [], "fold 2": []}
    assert scores["any_event_2021"]["right"] == 4
    result = CliRunner().invoke(app, ["eval", "events", str(path), "--folds", "2", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)[0]["any_event_2021"]["accuracy"] == 1.0


@needs_shared
def test_cross_validation_leaves_out_a_rule_only_the_held_out_fold_suggests(tmp_path):
    from rashomon.eval.events import cross_validate, load

    records = [
        *PLOVER_RECORDS[:2],
        {"id": "R-9", "event": "CONSULT", "text": "Norway telephoned Sweden on Monday.",
         "source": [{"code": "NOR"}], "target": [{"code": "SWE"}]},
        {"id": "R-8", "event": "CONSULT", "text": "Chile met Peru in Lima.",
         "source": [{"code": "CHL"}], "target": [{"code": "PER"}]},
    ]
    path = tmp_path / "plover.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    scores = cross_validate(load(path)[1], 2)
    assert any("verbs:telephone" in rules for rules in scores["left_out"].values())


def test_it_in_a_reported_clause_is_the_one_who_reports():
    _, events = _events("Chile said it would expel the Peruvian ambassador on Monday.")
    assert [e[3] for e in _with(events, "expel")] == ["CHL"]


def test_who_is_wanted_banned_undergoes_it_and_the_caller_does_not_ban():
    _, wanted = _events("A Chilean senator wants Governor Luis Pardo of Peru expelled.")
    assert [(e[2], e[4]) for e in _with(wanted, "expelled")] == [(None, "Luis Pardo")]
    _, called = _events("A Chilean senator is calling for Governor Luis Pardo of Peru to be "
                        "expelled from Santiago.")
    assert [(e[2], e[6]) for e in _with(called, "expelled")] == [(None, "requested")]


def test_a_threat_someone_poses_is_a_description_not_a_threat():
    _, events = _events("The report argued that the new dam posed a threat to farms in Peru.")
    assert not [e for e in events if e[0] == "THREATEN"]


def test_being_called_a_name_is_no_request():
    _, events = _events('Mayor Rosa Vidal of Lima has long been called "the iron broom" for '
                        "her campaigns against graft.")
    assert not [e for e in events if e[0] == "REQUEST"]


def test_offering_words_is_no_offer_but_offering_to_mediate_is():
    _, words = _events("The Chilean candidates offered vague slogans and little else.")
    assert not [e for e in words if e[0] == "AGREE"]
    _, mediate = _events("Norway offered to mediate between Chile and Peru.")
    assert [(e[0], e[3]) for e in _with(mediate, "offered")] == [("AGREE", "NOR")]


def test_an_interviewers_question_is_no_request():
    _, events = _events("Asked whether the ceasefire would hold, the Chilean minister "
                        "shrugged.")
    assert not [e for e in events if e[0] == "REQUEST"]


def test_agreeing_with_a_view_is_no_agreement():
    _, events = _events("The Peruvian minister agreed, saying the harbour plan was sound.")
    assert not [e for e in events if e[0] == "AGREE"]


def test_an_idiom_of_firing_is_no_weapon_and_him_is_not_the_attacker():
    _, events = _events("Senator Mark Dell of Ohio attacked Governor Lisa Pratt of Texas over "
                        "her school plan, hours after she fired her spokesman.")
    assert [e[0] for e in _with(events, "attacked")] == ["ACCUSE"]
    _, him = _events("Senator Mark Dell, who insists Governor Lisa Pratt keeps attacking him, "
                     "left early.")
    assert all(e[2] != e[4] for e in him)


def test_a_dictionary_verb_needs_a_named_or_coded_party():
    _, events = _events("They keep proposing ideas the council tried years ago.")
    assert events == []


# Classes from the held-out audit (round 2), fixed after its figure was recorded.


def test_a_coordinated_verb_shares_the_passive_subject():
    _, events = _events("President Ana Ruiz of Peru was informed of the flood, and visited "
                        "Arequipa on Monday.")
    assert any(e[2] == "Ana Ruiz" for e in _with(events, "visited"))


def test_not_just_someone_is_no_negation():
    _, events = _events("Senator Mark Dell of Ohio did not criticize just Governor Lisa Pratt "
                        "of Texas.")
    assert [e[6] for e in _with(events, "criticize")] == ["asserted"]


def test_should_makes_a_demand():
    _, events = _events("Chilean critics say the Peruvian minister should resign.")
    assert [e[6] for e in _with(events, "resign")] == ["requested"]


def test_an_attempt_happened():
    _, events = _events("Striking dockers tried to storm the port office in Valparaiso, Chile.")
    assert [e[6] for e in _with(events, "storm")] == ["asserted"]


def test_a_word_inside_a_name_is_no_event():
    _, events = _events("The Global Partnership to Defeat Malaria met in Lisbon on Tuesday.")
    assert not _with(events, "Defeat")


def test_killing_oneself_is_no_attack_on_anyone():
    _, events = _events("The hijacker, who shot himself, was later named by Chilean police.")
    assert not _with(events, "shot")


def test_an_attack_characterised_is_no_new_attack():
    _, events = _events("The Chilean navy characterized the attack on the trawler as a "
                        "provocation.")
    assert not [e for e in events if e[0] == "ASSAULT"]


def test_firing_back_at_someone_is_words():
    _, events = _events("Senator Mark Dell of Ohio fired back at Governor Lisa Pratt of Texas "
                        "on Twitter.")
    assert [e[0] for e in _with(events, "fired")] == ["ACCUSE"]


def test_an_abstract_subject_threatens_no_one():
    _, events = _events("Rising sea levels threaten the harbours of Peru.")
    assert events == []


def test_a_label_of_blame_or_praise_is_criticism_or_praise():
    _, blame = _events("Defence Secretary Ana Ruiz of Peru described the shelling as a "
                       "cowardly crime.")
    assert [(e[0], e[2]) for e in _with(blame, "described")] == [("ACCUSE", "Ana Ruiz")]
    _, liar = _events("Senator Mark Dell of Ohio called Governor Lisa Pratt of Texas a liar "
                      "on Monday.")
    assert [(e[0], e[4]) for e in _with(liar, "called")] == [("ACCUSE", "Lisa Pratt")]
    _, hero = _events("Senator Mark Dell of Ohio called Governor Lisa Pratt of Texas a hero.")
    assert [e[0] for e in _with(hero, "called")] == ["SUPPORT"]


def test_a_meeting_between_two_and_a_call_made_by_one_to_another():
    _, meeting = _events("Auditors reviewed a meeting between Tomas Wren and Ilse Marek in "
                         "Geneva.")
    assert [(e[2], e[4], e[3]) for e in _with(meeting, "meeting")] == [
        ("Tomas Wren", "Ilse Marek", None)
    ]
    _, call = _events("Auditors reviewed a telephone call placed by President Ana Ruiz of "
                      "Peru to President Luis Pardo of Chile.")
    assert [(e[3], e[5]) for e in _with(call, "call")] == [("PERGOV", "CHLGOV")]


def test_a_resolution_to_act_is_a_request_by_those_who_vote_it():
    _, events = _events("The Chilean parliament voted on a motion to expel the Peruvian "
                        "trade envoys.")
    assert [(e[3][:3], e[6]) for e in _with(events, "expel")] == [("CHL", "requested")]


def test_nobody_arrested_and_instead_of_are_negated():
    _, nobody = _events("Chilean police said nobody has been arrested.")
    assert [e[6] for e in _with(nobody, "arrested")] == ["negated"]
    _, instead = _events("Instead of thanking the rescuers, the Peruvian mayor scolded them.")
    assert [e[6] for e in _with(instead, "thanking")] == ["negated"]


def test_a_recommended_act_is_requested():
    _, events = _events("The panel recommended that Chile withdraw its garrison from the "
                        "islands.")
    assert [e[6] for e in _with(events, "withdraw")] == ["requested"]


def test_shooting_back_at_someone_is_words():
    _, events = _events("Governor Lisa Pratt of Texas shot back at Senator Mark Dell of Ohio "
                        "in a radio interview.")
    assert [e[0] for e in _with(events, "shot")] == ["ACCUSE"]


# Classes from the third audit round, fixed after its figure was recorded.


def test_a_promise_of_force_is_a_threat_not_an_agreement():
    _, events = _events("Senator Mark Dell of Ohio pledged to bomb the rebel camps in Chad.")
    assert [(e[0], e[1]) for e in events] == [("THREATEN", "bomb")]


def test_suggesting_and_insisting_that_something_is_so_ask_nothing():
    _, suggested = _events("The minister suggested that the Peruvian envoy had lied about "
                           "the talks.")
    _, insisted = _events("The Peruvian president insisted that his party was still the "
                          "strongest force.")
    assert not [e for e in suggested + insisted if e[0] == "REQUEST"]
    _, talks = _events("Chile insisted on talks with Peru.")
    assert [e[0] for e in _with(talks, "insisted")] == ["REQUEST"]


def test_a_group_named_by_its_leader_is_not_the_storys_country():
    # the "RUSGOV for the Obama administration": the story's country is no default
    _, events = _events("The Keller administration imposed new sanctions on Iran on Monday.")
    assert all(not (e[3] or "").startswith("IRN") for e in events)


# Round A of this session's audits (issue 18, second pass): one case per class fixed.


def test_an_event_needs_a_named_party():
    # "Some called for younger leadership", "a schedule full of meetings": no one named
    _, events = _events("Within the party, some called for younger leadership. Her schedule "
                        "was full of meetings.")
    assert events == []


def test_a_dictionary_verb_alone_needs_a_named_doer():
    # "before he was linked to them": a bare dictionary code with no one doing it
    _, events = _events("Tomas Wren was rebuked in the press on Monday.")
    assert not _with(events, "rebuked")


def test_a_dictionary_verb_that_says_a_clause_is_no_act():
    _, events = _events("Senator Ana Ruiz bemoaned that the talks had failed.")
    assert not _with(events, "bemoaned")


def test_the_gerund_after_a_preposition_is_done_by_the_clause_subject():
    _, events = _events("The Pellin Herald received the documents after filing a lawsuit "
                        "against the Interior Ministry of Chile.")
    assert [(e[2], e[4]) for e in _with(events, "filing")] == [
        ("Pellin Herald", "Interior Ministry of Chile")
    ]


def test_the_one_blamed_for_a_gerund_did_it():
    _, events = _events("Governor Luis Pardo lashed out at Chile for having shot down a "
                        "Peruvian helicopter.")
    assert [(e[0], e[3], e[5]) for e in _with(events, "shot")] == [("ASSAULT", "CHL", "PER")]


def test_a_willingness_or_decision_to_act_is_its_holders():
    _, events = _events("Senator Ilse Marek has shown a troubling willingness to back up "
                        "President Ana Ruiz.")
    assert [(e[2], e[4]) for e in _with(events, "back")] == [("Ilse Marek", "Ana Ruiz")]
    _, events = _events("The decision of the Prime Minister of Peru to advise President Ana "
                        "Ruiz to close parliament was unlawful.")
    assert [e[3] for e in _with(events, "advise")] == ["PERGOV"]


def test_participles_in_a_row_share_the_clause_subject():
    _, events = _events("The Peruvian military government declared a state of siege on "
                        "Saturday, suspending the constitution and arresting opposition "
                        "leaders.")
    assert [(e[3], e[5]) for e in _with(events, "arresting")] == [("PERMIL", "PEROPP")]


def test_those_engaged_in_an_act_do_it():
    _, events = _events("Chilean forces were engaged in ethnic cleansing in the province.")
    assert not _with(events, "engaged")
    assert [(e[0], e[3]) for e in _with(events, "cleansing")] == [("ASSAULT", "CHLMIL")]


def test_two_subjects_of_an_act_done_together_face_each_other():
    _, events = _events("Peru and Chile could not reach an agreement on the border.")
    assert sorted((e[3], e[5], e[6]) for e in _with(events, "reach")) == [
        ("CHL", "PER", "negated"), ("PER", "CHL", "negated")
    ]


def test_their_strike_is_the_strike_of_the_clause_subject():
    _, events = _events("Farmers in Chile continued their hunger strike on Monday.")
    assert [e[3] for e in _with(events, "strike")] == ["CHLAGR"]


def test_saying_another_party_must_act_is_a_demand_of_it():
    _, events = _events("Governor Luis Pardo of Peru said on Tuesday that Chile must "
                        "withdraw its troops from the border.")
    assert [(e[0], e[2], e[5]) for e in _with(events, "said")] == [
        ("REQUEST", "Luis Pardo", "CHL")
    ]
    assert [e[6] for e in _with(events, "withdraw")] == ["requested"]


def test_an_election_result_is_no_use_of_force():
    _, events = _events("Ana Ruiz defeated Tomas Wren in the Valdoria primary. Ilse Marek "
                        "was defeated in the northern district by a Green candidate. Ruiz "
                        "had captured 1,200 delegates by Tuesday.")
    assert events == []
    _, events = _events("Rebel fighters defeated Chilean troops near Pellin.")
    assert [e[0] for e in _with(events, "defeated")] == ["ASSAULT"]
    _, events = _events("Peruvian rebels captured the town of Pellin ahead of the vote.")
    assert [(e[0], e[3]) for e in _with(events, "captured")] == [("ASSAULT", "PERREB")]


def test_a_question_about_something_or_a_bare_asked_is_no_request():
    _, events = _events("Senator Ana Ruiz, asked about the arrests, said the courts would "
                        "decide. Later she was pressed on why she had voted for the budget. "
                        "Governor Luis Pardo was asked.")
    assert not _with(events, "asked") and not _with(events, "pressed")
    _, events = _events("Governor Luis Pardo was asked to resign by the party.")
    assert [e[0] for e in _with(events, "asked")] == ["REQUEST"]


def test_one_act_told_twice_in_a_sentence_is_one_event():
    _, events = _events("Governor Luis Pardo has shown a willingness to both back up and "
                        "support President Ana Ruiz.")
    assert [(e[0], e[2], e[4]) for e in events] == [("SUPPORT", "Luis Pardo", "Ana Ruiz")]


def test_descriptions_showings_and_rules_are_no_events():
    _, events = _events("Pellin Aero, backed by the investor Tomas Wren, won the contract. "
                        "The vote was another demonstration of how hard it is for Ana Ruiz "
                        "to win. Only registered members are allowed to vote in the primary.")
    assert not _with(events, "backed") and not _with(events, "demonstration")
    assert not _with(events, "allowed")
    _, events = _events("Farmers held a demonstration against the Peruvian government.")
    assert [e[0] for e in _with(events, "held")] == ["PROTEST"]


def test_sharing_is_cooperation_only_with_someone():
    _, events = _events("Senator Ana Ruiz shared campaign material on her accounts.")
    assert not _with(events, "shared")
    _, events = _events("Peru has been sharing intelligence with Chile.")
    assert [(e[0], e[3], e[5]) for e in _with(events, "sharing")] == [
        ("COOPERATE", "PER", "CHL")
    ]


def test_a_group_named_by_its_organisation_acts_as_it():
    _, events = _events("The Pellin Trade Council forum has agreed to set up a research "
                        "centre in Pellin.")
    assert [(e[0], e[2]) for e in _with(events, "agreed")] == [("AGREE", "Pellin Trade Council")]
    assert not _with(events, "set")  # "research" modifies the centre: no inquiry


def test_a_general_verb_is_no_act_without_its_dictionary_pattern():
    # "managed the vegetation", "admitted his guilt"
    _, events = _events("Pellin Power will manage the forests along its lines. Tomas Wren "
                        "admitted his guilt.")
    assert not _with(events, "manage") and not _with(events, "admitted")


def test_praise_or_a_request_of_no_one_is_no_event():
    _, events = _events("Thousands of Peruvian farmers were cheering on Sunday.")
    assert not _with(events, "cheering")


def test_a_foreign_group_is_not_of_the_storys_country():
    _, events = _events("Peruvian officials said a foreign government had attacked Peruvian "
                        "soldiers near the border.")
    assert [(e[3], e[5]) for e in _with(events, "attacked")] == [(None, "PERMIL")]


def test_a_group_with_a_country_is_coded_by_it_not_named_as_it():
    _, events = _events("A Turkish religious movement was accused of financing the trips. "
                        "The Chilean businessman has praised President Ana Ruiz of Peru.")
    assert [(e[4], e[5]) for e in _with(events, "accused")] == [(None, "TUR")]
    assert [(e[2], e[3]) for e in _with(events, "praised")] == [(None, "CHLBUS")]
    _, events = _events("Peruvian troops attacked Chilean positions.")  # the country's
    # entity is its people when the article names no more of it than "Peruvian"
    assert [(e[2], e[3]) for e in _with(events, "attacked")] == [("Peruvian", "PERMIL")]


def test_the_efforts_of_someone_make_him_the_one_praised():
    _, events = _events("President Ana Ruiz of Peru praised the efforts of Tomas Wren to "
                        "find a political solution in Bolivia.")
    assert [e[4] for e in _with(events, "praised")] == ["Tomas Wren"]
    assert [e[6] for e in _with(events, "find")] == ["hypothetical"]


def test_a_request_that_someone_act_asks_that_someone():
    _, events = _events("President Ana Ruiz of Peru reiterated her request that Chile "
                        "extradite Tomas Wren.")
    assert [(e[2], e[5]) for e in _with(events, "request")] == [("Ana Ruiz", "CHL")]


def test_saying_someone_should_be_given_something_asks_nothing_of_him():
    _, events = _events("President Ana Ruiz said Tomas Wren should be awarded the prize.")
    assert not _with(events, "said")


# Classes the review of this pass found in its own new rules.


def test_a_possessive_is_the_subjects_only_when_the_subject_carries_the_act_on():
    _, events = _events("Chilean police dispersed their demonstration in Pellin.")
    assert all(e[3] != "CHLCOP" for e in _with(events, "demonstration"))


def test_a_gerund_after_against_is_done_by_no_one():
    _, events = _events("Peru voted against sanctioning Chile.")
    assert all(e[3] != "PER" for e in _with(events, "sanctioning"))


def test_a_demonstration_of_people_is_a_protest():
    _, events = _events("A demonstration of thousands of Peruvian farmers blocked the road.")
    assert [e[0] for e in _with(events, "demonstration")] == ["PROTEST"]


def test_saying_a_thing_should_happen_asks_no_one():
    _, events = _events("The central bank of Peru said inflation should ease next year.")
    assert not _with(events, "said")


def test_holding_elections_together_is_nothing_done_to_each_other():
    _, events = _events("Peru and Chile held elections on Sunday.")
    assert not any(e[3] and e[5] for e in events)


def test_pressing_someone_to_act_is_a_request_even_with_a_question_word():
    _, events = _events("Peru pressed Chile to explain how the helicopter was shot down.")
    assert [(e[0], e[3], e[5]) for e in _with(events, "pressed")] == [("REQUEST", "PER", "CHL")]


# Issue 18, third pass: classes from hand audits A, B and C (12 real articles each, read
# after their figures were recorded) and from PLOVER cross-validation folds 1-3. Every
# sentence is invented around the construction; each class has a case the rule must not
# take.


def test_a_first_person_pronoun_in_a_quotation_is_its_speaker():
    _, events = _events('"I endorse the ferry plan that Tomas Wren drafted," Ana Ruiz told '
                        "the harbour board.")
    assert [(e[0], e[2]) for e in _with(events, "endorse")] == [("SUPPORT", "Ana Ruiz")]


def test_we_in_a_quotation_is_not_its_speaker():
    _, events = _events('"We will defeat these smugglers," Ana Ruiz told the coast guard.')
    assert not [e for e in events if e[2] == "Ana Ruiz"]


def test_who_owns_what_is_judged_is_its_target():
    _, events = _events("Ilse Marek called Tomas Wren's ferry budget a disgrace.")
    assert [(e[0], e[2], e[4]) for e in _with(events, "called")] == [
        ("ACCUSE", "Ilse Marek", "Tomas Wren")]


def test_who_is_asked_to_go_is_the_target_of_the_call():
    _, owner = _events("Peruvian dockworkers appealed for Tomas Wren's removal from the "
                       "port authority.")
    assert [(e[0], e[4]) for e in _with(owner, "appealed")] == [("REQUEST", "Tomas Wren")]
    _, undergoer = _events("Peruvian dockworkers called for the dismissal of port director "
                           "Tomas Wren.")
    assert [(e[0], e[4]) for e in _with(undergoer, "called")] == [("REQUEST", "Tomas Wren")]


def test_the_victims_of_an_event_noun_come_from_the_verb_that_tells_its_toll():
    _, events = _events("The grenade attack in Tacna injured three Chilean guards on Friday.")
    assert [(e[0], e[5]) for e in _with(events, "attack")] == [("ASSAULT", "CHL")]


def test_what_a_fired_weapon_targets_is_the_target():
    _, events = _events("Chilean gunners fired shells targeting a Peruvian outpost near "
                        "Tacna.")
    assert [(e[0], e[3], e[5]) for e in _with(events, "fired shells")] == [
        ("ASSAULT", "CHL", "PER")]


def test_a_refusal_noun_and_being_unable_negate_the_act():
    _, refusal = _events("The harbour board's refusal to meet Tomas Wren angered the "
                         "dockworkers.")
    assert [e[6] for e in _with(refusal, "meet")] == ["negated"]
    _, unable = _events("Ana Ruiz, ill with flu, was unable to meet Tomas Wren in Lima.")
    assert [e[6] for e in _with(unable, "meet")] == ["negated"]


def test_whom_the_only_one_refused_is_the_subject_the_copula_names():
    _, events = _events("Of the six envoys, Tomas Wren is the only one whom Ana Ruiz "
                        "refused to receive.")
    assert [(e[0], e[2], e[4]) for e in events] == [("REJECT", "Ana Ruiz", "Tomas Wren")]
    # a predicate noun that names a party stays the antecedent
    _, named = _events("The main suspect is the Chilean army, which seized the town of "
                       "Tacna.")
    assert [e[3] for e in _with(named, "seized")] == ["CHLMIL"]


def test_would_in_a_reported_announcement_is_an_intent_not_a_condition():
    _, events = _events("In a letter to staff, Ana Ruiz wrote that she would step down "
                        "from the harbour commission.")
    assert [(e[0], e[6]) for e in _with(events, "step")] == [("AGREE", "reported")]
    # the condition of a verb it governs is still a condition
    _, governed = _events("Peru announced that it would continue to bomb the rebel camps "
                          "in Chile.")
    assert [e[6] for e in _with(governed, "bomb")] == ["reported"]


def test_neither_nor_subjects_negate_the_act():
    _, events = _events("Neither Ana Ruiz nor Ilse Marek has criticised Tomas Wren in "
                        "public.")
    assert {e[6] for e in _with(events, "criticised")} == {"negated"}


def test_a_guilty_verdict_is_an_accusation_of_the_one_found_guilty():
    _, events = _events("On Monday a court in Cusco found harbour clerk Tomas Wren guilty "
                        "of bribery.")
    assert [(e[0], e[3], e[4]) for e in _with(events, "found")] == [
        ("ACCUSE", "PERJUD", "Tomas Wren")]


def test_help_with_only_a_clause_is_no_aid_but_helping_a_party_is():
    _, clause = _events("Tomas Wren helped to draft a reply to the harbour board.")
    assert not _with(clause, "helped")
    for text in ("Chile helped Peru rebuild its ports after the storm.",
                 "Chile helped rebuild Peru's ports after the storm.",
                 "Chile helped to rebuild Peru's ports after the storm."):
        _, party = _events(text)
        assert [(e[0], e[3], e[5]) for e in _with(party, "helped")] == [("AID", "CHL", "PER")]
    _, hostile = _events("Chile helped destroy Peru's navy.")
    assert [e[0] for e in hostile] == ["ASSAULT"]


def test_a_label_a_statement_puts_on_another_party_is_blame_or_praise():
    _, blame = _events('"Tomas Wren is a liar and a coward," Ana Ruiz told the dock '
                       "workers.")
    assert [(e[0], e[2], e[4]) for e in blame] == [("ACCUSE", "Ana Ruiz", "Tomas Wren")]
    _, relation = _events("Ana Ruiz said Tomas Wren was a friend of the governor.")
    assert not relation  # how he stands to another, not her judgement
    for text, kind in (("Ana Ruiz said Tomas Wren was a true hero.", "SUPPORT"),
                       ("Ana Ruiz said Tomas Wren was a champion of democracy.", "SUPPORT"),
                       ("Ana Ruiz said Tomas Wren was a corrupt member of the board.",
                        "ACCUSE")):
        _, labelled = _events(text)
        assert [e[0] for e in labelled] == [kind]
    for text in ('"Tomas Wren is not a hypocrite," Ana Ruiz insisted.',
                 '"Tomas Wren is a victim of slander," Ana Ruiz said.'):
        _, none = _events(text)
        assert not none


def test_a_threat_someone_is_said_to_be_is_no_threat_made():
    _, events = _events("Ana Ruiz argued that Tomas Wren is a threat to the harbour's "
                        "future.")
    assert [(e[0], e[2], e[4]) for e in events] == [("ACCUSE", "Ana Ruiz", "Tomas Wren")]
    # an act a copula tells of something that is no party stays an act
    for text in ("The Chilean response was an airstrike on Peruvian positions near Arica.",
                 "It was the deadliest airstrike on Peru since 2010."):
        _, told = _events(text)
        assert [(e[0], e[5]) for e in _with(told, "airstrike")] == [("ASSAULT", "PER")]


def test_a_label_that_ends_the_object_labels_it():
    _, events = _events("Ilse Marek called Tomas Wren's scheme for a toll bridge "
                        "ridiculous.")
    assert [(e[0], e[4]) for e in _with(events, "called")] == [("ACCUSE", "Tomas Wren")]
    _, inner = _events("Ana Ruiz described Tomas Wren's speech, full of angry attacks, as a "
                       "success.")
    assert [e[0] for e in _with(inner, "described")] == ["SUPPORT"]
    _, victim = _events("Ana Ruiz described Tomas Wren as a victim of slander.")
    assert not victim


def test_an_infinitive_that_only_qualifies_a_noun_names_no_act():
    _, reason = _events("Ana Ruiz said she saw no reason to criticise Tomas Wren.")
    assert not _with(reason, "criticise")
    _, proof = _events("Auditors found little proof to support Tomas Wren's accusations, "
                       "Ana Ruiz said.")
    assert not _with(proof, "support")
    _, used = _events("Ana Ruiz used the opportunity to criticise Tomas Wren.")
    assert [e[0] for e in _with(used, "criticise")] == ["ACCUSE"]


def test_a_spokesperson_acts_for_whom_they_speak():
    # not a group of the country the story is about (Peru)
    _, events = _events("Peruvian police raided a newspaper in Lima. A spokeswoman for "
                        "Germany's foreign ministry denounced the raid on Tuesday.")
    assert [(e[0], e[3]) for e in _with(events, "denounced")] == [("ACCUSE", "DEUGOV")]


def test_what_is_done_to_a_named_party_is_coded_without_a_doer():
    _, charged = _events("Prosecutors say Tomas Wren was charged on Tuesday with smuggling "
                         "copper.")
    assert [(e[0], e[4]) for e in _with(charged, "charged")] == [("ACCUSE", "Tomas Wren")]
    _, poisoned = _events("Doctors in Lima believe the union leader Tomas Wren was "
                          "poisoned at a dinner.")
    assert [(e[0], e[4]) for e in _with(poisoned, "poisoned")] == [("ASSAULT", "Tomas Wren")]
    _, accident = _events("Tomas Wren was hit by a car in Pellin on Monday.")
    assert not accident


def test_a_restriction_on_things_bound_for_a_country_targets_it():
    _, events = _events("In March, Chile imposed restrictions on ferries to Peru.")
    assert [(e[3], e[5]) for e in events] == [("CHL", "PER")]


def test_agreeing_that_parties_must_act_is_an_agreement():
    _, events = _events("Ana Ruiz and Tomas Wren agreed that the two port authorities must "
                        "share radar data.")
    assert [e[0] for e in _with(events, "agreed")] == ["AGREE"]
    _, forecast = _events("Ana Ruiz agreed that Peru would probably win the match.")
    assert not forecast


def test_who_is_released_from_custody_is_the_target():
    _, named = _events("Kidnappers freed Tomas Wren after a month in captivity.")
    assert [(e[0], e[4]) for e in _with(named, "freed")] == [("RETREAT", "Tomas Wren")]
    _, group = _events("Chilean guards released 40 Peruvian detainees from the Arica camp.")
    assert [(e[3], e[5]) for e in _with(group, "released detainees")] == [("CHL", "PEROPP")]
    _, state = _events("Peru released Tomas Wren on Monday after two years.")
    assert [(e[0], e[4]) for e in state] == [("RETREAT", "Tomas Wren")]
    for text in ("Tomas Wren was released from hospital on Monday.",
                 "The Pellin club released Tomas Wren after two seasons.",
                 "The Pellin club released Tomas Wren and held a briefing."):
        _, none = _events(text)
        assert not _with(none, "released")


def test_peacekeeping_is_military_protection_given():
    record, _ = _events("Chile deployed 300 peacekeepers to Haiti in March.")
    assert [(e.type, e.cameo) for e in record.events] == [("AID", "074")]
    _, elsewhere = _events("Ana Ruiz visited Valdoria, where peacekeepers had been "
                           "attacked.")
    assert [e[0] for e in _with(elsewhere, "visited")] == ["CONSULT"]


def test_a_sent_letter_that_asks_is_one_request_of_whom_it_is_sent_to():
    for text in ("Ana Ruiz sent Tomas Wren a letter demanding a harbour audit.",
                 "Ana Ruiz mailed a letter urging a harbour audit to Tomas Wren."):
        _, events = _events(text)
        assert [(e[0], e[2], e[4]) for e in events] == [("REQUEST", "Ana Ruiz", "Tomas Wren")]
    for text in ("Chile issued a statement condemning Peru.",
                 "Chile released a statement condemning Peru."):
        _, issued = _events(text)
        assert [(e[0], e[3], e[5]) for e in issued] == [("ACCUSE", "CHL", "PER")]
    _, vetoed = _events("Chile vetoed a resolution censuring Peru over the harbour raid.")
    assert [e[0] for e in _with(vetoed, "vetoed")] == ["REJECT"]


def test_at_the_request_of_someone_they_are_who_asks():
    _, events = _events("The audit began on Monday at the request of harbour chief Tomas "
                        "Wren.")
    assert [(e[0], e[2], e[4]) for e in _with(events, "request")] == [
        ("REQUEST", "Tomas Wren", None)]


def test_an_aim_put_first_or_a_clause_an_aim_governs_is_no_act():
    _, fronted = _events("To protect the fishing grounds, Chile barred Peruvian trawlers "
                         "from Arica.")
    assert [e[0] for e in fronted] == ["COERCE"]
    _, clause = _events("Ana Ruiz hired auditors to ensure that Tomas Wren cannot seize the "
                        "harbour accounts.")
    assert not clause
    _, trailing = _events("Chile sent troops to help Peru after the floods.")
    assert [(e[0], e[5]) for e in _with(trailing, "help")] == [("AID", "PER")]


def test_an_act_someone_never_promised_is_negated_but_not_one_they_did_not_hesitate_over():
    _, promised = _events("Ana Ruiz never promised to arrest Tomas Wren.")
    assert [e[6] for e in _with(promised, "arrest")] == ["negated"]
    _, hesitated = _events("Chile did not hesitate to bomb the rebel camps in Peru.")
    assert [e[6] for e in _with(hesitated, "bomb")] == ["asserted"]


def test_against_whom_a_complaint_is_filed_deep_in_its_phrase():
    _, events = _events("Ana Ruiz filed a lawsuit over unpaid harbour fees against Tomas "
                        "Wren.")
    assert [(e[0], e[2], e[4]) for e in _with(events, "filed")] == [
        ("ACCUSE", "Ana Ruiz", "Tomas Wren")]
    _, verdict = _events("Chile welcomed the verdict in the case against Tomas Wren.")
    assert [e[4] for e in _with(verdict, "welcomed")] == [None]


def test_would_in_news_of_an_act_is_no_condition():
    _, events = _events("Markets fell on reports that Chile would sue Peru at the tribunal.")
    assert [(e[0], e[6]) for e in _with(events, "sue")] == [("ACCUSE", "asserted")]


def test_voting_in_an_election_is_a_turnout_not_an_act():
    _, turnout = _events("Turnout was high as Chileans voted in the municipal election on "
                         "Sunday.")
    assert not turnout
    _, expel = _events("The Chilean parliament voted to expel the Peruvian ambassador.")
    assert [e[0] for e in expel] == ["SANCTION"]
    _, bill = _events("The Chilean senate voted against the bill ahead of the election.")
    assert _with(bill, "voted")


def test_a_standing_law_that_bans_is_no_act_but_a_decree_someone_signed_is():
    _, law = _events("Peruvian law bans the sale of harbour land to foreigners.")
    assert not law
    _, decree = _events("A decree signed by Ana Ruiz on Monday bans Peruvian fishing boats "
                        "from Arica.")
    assert [e[0] for e in _with(decree, "bans")] == ["COERCE"]


def test_what_someone_might_have_been_able_to_do_is_hypothetical():
    _, events = _events("Given better radar, Peru's coast guard might have been able to "
                        "seize the Chilean trawlers.")
    assert [(e[0], e[6]) for e in _with(events, "seize")] == [("COERCE", "hypothetical")]
    _, told = _events("Ana Ruiz said Chile would have been able to seize Arica without "
                      "Peru's help.")
    assert [e[6] for e in _with(told, "seize")] == ["hypothetical"]


def test_who_escapes_an_attack_is_its_target():
    _, events = _events("Tomas Wren escaped an attack on the Cusco road on Friday.")
    assert [(e[0], e[2], e[4]) for e in _with(events, "attack")] == [
        ("ASSAULT", None, "Tomas Wren")]


def test_whose_reporting_is_commended_through_its_rigour():
    _, events = _events("Ana Ruiz commended the rigour of Tomas Wren's reporting.")
    assert [(e[0], e[4]) for e in _with(events, "commended")] == [("SUPPORT", "Tomas Wren")]


def test_an_unnamed_conjunct_beside_a_named_one_is_no_second_event():
    _, events = _events("A Chilean patrol boat wounded ferry captain Tomas Wren and three "
                        "Peruvian sailors.")
    assert [e[4] for e in _with(events, "wounded")] == ["Tomas Wren"]


def test_a_purpose_that_names_the_act_again_is_one_act():
    _, events = _events("Peruvian dockers marched through Callao on Sunday to protest "
                        "against Chile's new tariffs.")
    assert [(e[0], e[5]) for e in events] == [("PROTEST", "CHL")]
    # and a square is where, not against whom
    _, square = _events("Peruvian dockers rallied at the Plaza Grau in Callao on Sunday.")
    assert [(e[0], e[4]) for e in square] == [("PROTEST", None)]
    _, two_acts = _events("Gunmen attacked the hotel to kill Tomas Wren.")
    assert [e[4] for e in _with(two_acts, "kill")] == ["Tomas Wren"]


def test_recognising_is_diplomatic_only_of_a_party():
    _, perceive = _events("Ana Ruiz admitted she had failed to recognize the danger.")
    assert not _with(perceive, "recognize")
    for text in ("Chile recognized Kosovo in 2011.",
                 "Chile recognised the new government in Peru."):
        _, state = _events(text)
        assert [e[0] for e in state] == ["SUPPORT"]


def test_mulling_and_digging_are_no_acts_alone():
    _, events = _events("Chile is still mulling a fee rise, and Ana Ruiz dug through old "
                        "files.")
    assert not events


def test_a_candidates_rally_is_no_protest_but_a_rally_against_someone_is():
    _, campaign = _events("A campaign rally for Tomas Wren in Lima drew 3,000 people.")
    assert not campaign
    _, hers = _events("Ana Ruiz led her biggest rally against the government in Pellin.")
    assert [e[0] for e in hers] == ["PROTEST"]
    _, protest = _events("Peruvian farmers held a rally against the Chilean tariff.")
    assert [e[0] for e in protest] == ["PROTEST"]


def test_crimes_committed_are_no_commitment_but_committing_to_act_is():
    _, crimes = _events("Most murders in Lima were committed by people the victims knew.")
    assert not crimes
    _, pledge = _events("Chile committed to sending aid to Peru.")
    assert [e[0] for e in _with(pledge, "committed")] == ["AGREE"]
    _, troops = _events("Chile committed 500 troops for the peacekeeping mission in Valdoria.")
    assert [e[0] for e in troops] == ["AGREE"]


def test_investing_and_gathering_are_no_acts_alone():
    _, events = _events("Ana Ruiz invests in harbour bonds, and figures gathered by the "
                        "Peruvian police show a rise.")
    assert not events
