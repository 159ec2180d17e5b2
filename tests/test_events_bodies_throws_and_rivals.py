"""Events, eighth pass of issue 18's audits: one invented case per error class read in
real articles (stop 52's rounds, read as study, and this pass's study texts), each with a
case its rule must leave alone. Invented people and places beside real countries."""

from __future__ import annotations

from conftest import event_rows as _events
from conftest import rows_triggered as _with

from rashomon import analyze, read

ANCHOR = "2024-03-05"


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
    events = _events("Ilmar Wren finished third behind Tomás Vidal and Ana Ruiz, far from "
                     "the dock unions quarrelling among one another over the harbour. He "
                     "attacked Vidal in a Pellin speech, calling him a liar.")
    assert not [e for e in _with(events, "quarrelling") if "Vidal" in (e[2] or "")]
    assert [e for e in _with(events, "attacked") if e[3] == "Tomás Vidal"]
    rebels = _events("The army sided with Tomás Vidal and Ana Ruiz, while the rebels fought "
                     "one another for control of Pellin.")
    assert {(e[2], e[3]) for e in _with(rebels, "fought")} == {("the rebels", "the rebels")}
    # a group whose phrase names the two sides is between them (review)
    sides = _with(_events("Delegates from Peru and Chile accused one another of bad faith."),
                  "accused")
    assert {(e[2], e[3]) for e in sides} == {("Peru", "Chile"), ("Chile", "Peru")}
    pair = _events("Valdorian soldiers and the rebels accused each other of breaking the "
                   "truce.")
    assert {(e[2], e[3]) for e in _with(pair, "accused")} == {
        ("Valdorian soldiers", "the rebels"), ("the rebels", "Valdorian soldiers")}


def test_joined_verbs_of_giving_share_the_recipient():
    # "donated and delivered goods to the school" left the first verb's recipient empty
    donated = _with(_events("Doctors from the Pellin clinic donated and delivered vaccines to "
                            "Harwick Hospital on Monday."), "donated")
    assert donated and donated[0][3] == "Harwick Hospital"
    # a recipient of another kind of act is not shared
    bought = _events("Doctors from the Pellin clinic donated and later sold vaccines to "
                     "Harwick Hospital.")
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
    # a weapon thrown is the dictionary's attack; a dinner at a venue, no riot (review)
    grenade = _with(_events("Militants threw a grenade at soldiers near the market."), "threw")
    assert grenade and grenade[0][0] == "ASSAULT"
    assert not _events("The senator threw a dinner at the Harwick Hilton for Ana Ruiz.")


def test_named_rivals_joined_as_subject_compete():
    # "Vidal and Ruiz will battle it out for the nomination" was a threat of force
    events = _events("Tomás Vidal and Ana Ruiz will battle it out for the party's "
                     "nomination.")
    assert not [e for e in events if e[0] in ("ASSAULT", "THREATEN")]
    fought = _events("Tomás Vidal battled police officers in Pellin on Sunday.")
    assert [e for e in fought if e[0] == "ASSAULT"]


def test_a_super_pac_the_parser_makes_a_name_is_a_body():
    # "gave $3 million to a super PAC connected to ..." left the recipient empty
    given = _with(_events("Donors gave $3 million to a super PAC connected to the Pellin "
                          "Club."), "gave")
    assert given and given[0][3] == "a super PAC"


def test_help_a_thing_gives_is_no_aid():
    # "one of the memos helped investigators see" and "I can't help but wonder" were AID
    assert not _with(_events("One of the leaked memos helped investigators see that the "
                             "contract was forged."), "helped")
    assert not _with(_events('"I can\'t help but wonder what Vidal is hiding," Ruiz said.'),
                     "help")
    assert not _with(_events("The late endorsement did not help Tomás Vidal, who lost Pellin "
                             "by nine points."), "help")
    # a relative pronoun or a relative stands for who helped (review)
    assert _with(_events("Chile is the country that helped Peru most after the earthquake."),
                 "helped")
    assert _with(_events("Her husband helped Ana Ruiz write the speech."), "helped")
    helped = _with(_events("Velmora helped Harwick rebuild its ports."), "helped")
    assert helped and helped[0][2:4] == ("Velmora", "Harwick")


def test_a_killing_joined_to_an_infection_is_a_diseases():
    # "it had infected 80 villagers and killed two" was an attack by no one
    events = _events("Health officials in Pellin said it had infected 80 villagers and "
                     "killed two of them.")
    assert not [e for e in events if e[0] == "ASSAULT"]
    police = _events("The virus has infected 200 people in Pellin, and police have killed "
                     "three protesters at a checkpoint.")
    assert [e for e in police if e[0] == "ASSAULT" and e[2] == "police"]
    raid = _events("Rebels stormed the village and killed three people.")
    assert [e for e in _with(raid, "killed") if e[0] == "ASSAULT"]


def test_a_statement_cue_with_an_object_takes_the_objects_act():
    # "expressed solidarity with Harwick" was an accusation: the statement path read
    # "express" as disapproval whatever was expressed
    solidarity = _with(_events("Velmora expressed solidarity with Harwick."), "expressed")
    assert solidarity and solidarity[0][0] == "SUPPORT"
    # regret is a statement (CAMEO 018), no accusation of anyone
    assert not _with(_events("Ana Ruiz expressed regret over the closure of the Pellin "
                             "shipyard."), "expressed")
    concern = _with(_events("Velmora expressed concern over the arrests in Harwick."),
                    "expressed")
    assert concern and concern[0][0] == "ACCUSE"


def test_a_promise_that_only_claims_is_no_commitment():
    # "I promise you, the harbour's future does not rest on him" was an AGREE
    assert not _with(_events('"I promise you, the harbour\'s future does not rest on Tomás '
                             'Vidal," Ruiz said.'), "promise")
    assert not _with(_events('"I can promise you she is not going to be mayor," Vidal '
                             'said.'), "promise")
    promised = _with(_events("Ana Ruiz promised that Velmora will open its border to "
                             "Harwick."), "promised")
    assert promised and promised[0][0] == "AGREE"
    ready = _with(_events("Ana Ruiz pledged that Velmora stands ready to defend Harwick."),
                  "pledged")
    assert ready and ready[0][0] == "AGREE"


def test_conceding_that_something_is_so_admits():
    # "conceded that her reforms came too late" was a concession
    assert not _with(_events("Closing the session, Ana Ruiz conceded that her reforms came "
                             "too late."), "conceded")
    yielded = _with(_events("Tomás Vidal conceded the election to Ana Ruiz on Tuesday."),
                    "conceded")
    assert yielded and yielded[0][0] == "CONCEDE"
    lost = _with(_events("Tomás Vidal conceded that he had lost the race to Ana Ruiz."),
                 "conceded")
    assert lost and lost[0][0] == "CONCEDE"


def test_three_parties_acting_together_meet_each_other():
    # "Vidal, Ruiz and Wren held a meeting" gave three meetings with no one
    events = _events("Tomás Vidal, Ana Ruiz and Ilmar Wren held a private meeting in Harwick "
                     "on Friday.")
    assert {(e[2], e[3]) for e in events} == {
        ("Tomás Vidal", "Ana Ruiz"), ("Tomás Vidal", "Ilmar Wren"), ("Ana Ruiz", "Ilmar Wren")}
    spoke = _events("Tomás Vidal, Ana Ruiz and Ilmar Wren spoke to the crowd in Pellin.")
    assert all(e[3] in (None, "the crowd") for e in spoke)


def test_a_meeting_of_parties_is_theirs_and_happened():
    # "during a meeting of Poland, Lithuania and Latvia, a link was discussed" gave the
    # three as targets of no one's meeting, told as hypothetical
    events = _events("During a three-way meeting of Poland, Lithuania and Latvia in March, "
                     "a new ferry link was discussed.")
    met = _with(events, "meeting")
    assert {(e[2], e[3]) for e in met} == {
        ("Poland", "Lithuania"), ("Poland", "Latvia"), ("Lithuania", "Latvia")}
    assert {e[4] for e in met} == {"asserted"}
    assert not _with(_events("The annual meeting of the Pellin Society of Chemists was held "
                             "in Harwick."), "meeting")


def test_a_preposition_left_without_its_object_shares_the_next_verbs():
    # "union leaders who met with and campaigned for Vidal" met each other
    met = _with(_events("Marta Pell joined a dozen union leaders who met with and campaigned "
                        "for Tomás Vidal in Pellin."), "met")
    assert met and {e[3] for e in met} == {"Tomás Vidal"}


def test_a_lawsuit_named_by_its_noun_is_an_accusation():
    # "a lawsuit brought by the dockers against the ministry" gave no event
    sued = _with(_events("The ruling ends a lawsuit brought by the Pellin Dockers group "
                         "against the ministry."), "lawsuit")
    assert sued and sued[0][0] == "ACCUSE" and sued[0][2:4] == ("Pellin Dockers", "the ministry")
    # filed: the verb's act, once
    filed = _events("Ana Ruiz filed a lawsuit against Tomás Vidal on Tuesday.")
    assert [e[1] for e in filed] == ["filed"]


def test_who_gives_what_another_wins_is_the_giver():
    # "survived the attack of the rebels" left the attackers out
    survived = _with(_events("Ana Ruiz survived the attack of the rebels in Pellin."),
                     "attack")
    assert survived and survived[0][2:4] == ("the rebels", "Ana Ruiz")
    # what one secures of another is still one's own doing (review)
    secured = _with(_events("Ana Ruiz secured the suspension of Tomás Vidal from the party."),
                    "suspension")
    assert secured and secured[0][2:4] == ("Ana Ruiz", "Tomás Vidal")


def test_an_election_held_is_no_act_between_parties():
    # "the party held primary elections in four districts" was an intent to change leaders
    assert not _events("Yesterday, the Velmoran Labour Party held primary elections in four "
                       "districts.")
    talks = _with(_events("Velmora held talks with Harwick on Monday."), "held")
    assert talks and talks[0][0] == "CONSULT"


def test_some_of_a_group_is_that_group():
    # "many of the protesters accused the police" left the accusers out
    accused = _with(_events("Many of the protesters accused the Pellin police of brutality."),
                    "accused")
    assert accused and accused[0][2] == "the protesters"


def test_an_attack_on_someones_skills_is_made_in_words():
    # "attacked his negotiating skills" was an assault
    events = _with(_events("Several of Tomás Vidal's opponents attacked his negotiating "
                           "skills on Monday."), "attacked")
    assert events and events[0][0] == "ACCUSE"


def test_a_tied_result_is_no_cooperation():
    # "tied Ruiz in the county vote" was cooperation (the dictionary's bare "tie"), and so was
    # "allocate" ("whipped Ruiz in the primary" was an assault)
    assert not _events("Tomás Vidal tied Ana Ruiz in the Harwick county vote.")
    assert not _events("Ana Ruiz said the party would allocate funding for the new bridge.")
    assert not _events("Ana Ruiz whipped Tomás Vidal in the Pellin primary.")
    assert not _events("Students from 20 countries competed in the olympiad in Pellin.")


def test_what_a_party_is_to_do_is_planned():
    # "the inspectors were to investigate the derailment" was told as done
    planned = _with(_events("Pellin's rail inspectors were to investigate the derailment."),
                    "investigate")
    assert planned and planned[0][4] == "hypothetical"
    done = _with(_events("Tomás Vidal was among 12 councillors to vote against the harbour "
                         "loan."), "vote")
    assert all(e[4] != "hypothetical" for e in done)


def test_bringing_out_voters_is_no_mobilisation():
    # "mobilizing new voters" was a mobilisation of forces
    assert not _events("Ana Ruiz is mobilizing new voters in Pellin.")
    troops = _events("Velmora mobilized 5,000 troops on the border.")
    assert troops and troops[0][0] == "MOBILIZE"
    storm = _events("Tomás Vidal mobilized supporters to storm the parliament.")
    assert [e for e in storm if e[0] == "MOBILIZE"]


def test_campaigning_against_a_rival_in_an_election_competes():
    # "campaigned against Ruiz in the primary" was disapproval
    assert not _events("Tomás Vidal campaigned against Ana Ruiz in the primary.")
    law = _events("Tomás Vidal campaigned against the new tax law in Pellin.")
    assert law and law[0][0] == "ACCUSE"


def test_applauding_is_praise():
    # "applauded the verdict" gave nothing: the dictionary's bare verb needs the one praised
    applauded = _with(_events("Harbour Commissioner Ilmar Wren applauded the verdict."),
                      "applauded")
    assert applauded and applauded[0][0] == "SUPPORT" and applauded[0][2] == "Ilmar Wren"


def test_taking_aim_at_someone_is_an_accusation_in_words():
    # "took aim at Vidal", "takes issue with the levy" gave nothing
    aimed = _with(_events("Ana Ruiz took aim at Tomás Vidal on Tuesday."), "took")
    assert aimed and aimed[0][0] == "ACCUSE" and aimed[0][3] == "Tomás Vidal"
    issue = _with(_events("Tomás Vidal takes issue with the new harbour levy."), "takes")
    assert issue and issue[0][0] == "ACCUSE"
    railed = _with(_events("Ana Ruiz railed against the influence of the Pellin banks."),
                   "railed")
    assert railed and railed[0][0] == "ACCUSE"
    # raising a matter with someone is no criticism (review)
    assert not _events("Velmora will take up the issue with Harwick at the summit.")
    # an armed party's aim is no words: its shots are the act; a state's is (review)
    assert not _with(_events("The rebels took aim at the soldiers and fired."), "took")
    assert _with(_events("China took aim at the tariffs of Velmora on Monday."), "took")


def test_an_endorsement_with_its_owner_is_support():
    # "announced his endorsement of Vidal" gave nothing
    endorsed = _with(_events("Ilmar Wren, a former mayor of Pellin, announced his "
                             "endorsement of Tomás Vidal on Monday."), "endorsement")
    assert endorsed and endorsed[0][0] == "SUPPORT" and endorsed[0][2:4] == (
        "Ilmar Wren", "Tomás Vidal")
    # whose it is, the bare noun does not say
    assert not _with(_events("Vidal touted the endorsement of the Harwick Times."),
                     "endorsement")
    # withheld, sought or withdrawn, none was given (review)
    assert not _with(_events("Ana Ruiz withdrew her endorsement of Tomás Vidal."),
                     "endorsement")
    assert not _with(_events("Ana Ruiz sought Tomás Vidal's endorsement for the race."),
                     "endorsement")
    support = _with(_events("Ilmar Wren and Marta Pell announced their support for Tomás "
                            "Vidal on Monday."), "support")
    assert {(e[2], e[3]) for e in support} == {("Ilmar Wren", "Tomás Vidal"),
                                               ("Marta Pell", "Tomás Vidal")}


def test_agreeing_with_someone_shares_a_view():
    # "the dock workers agree with her" was an agreement
    assert not _with(_events("Ana Ruiz says the dock workers agree with her."), "agree")
    deal = _with(_events("Ana Ruiz agreed with Tomás Vidal on a new trade deal."), "agreed")
    assert deal and deal[0][0] == "AGREE"


def test_a_warning_of_a_hazard_is_no_threat():
    # "issued a hurricane warning", "warned of possible flash floods" were threats
    assert not _events("The Pellin weather office issued a hurricane warning for the coast.")
    assert not _events("The Pellin weather office warned of possible flash floods.")
    warned = _events("Velmora warned Harwick of severe consequences if it attacked.")
    assert warned and warned[0][0] == "THREATEN"
    # a warning given to someone is a threat, whatever hazard is near (review)
    for text in ("Peru warned Chile against opening fire on its boats.",
                 "Russia issued a warning to NATO after the plane crash."):
        assert [e for e in _events(text) if e[0] == "THREATEN"], text


def test_a_tally_of_victims_is_no_single_act():
    # "the third man shot by police this month" was an attack by its victim
    assert not _events("Ilmar Wren was the third man shot by Harwick police officers this "
                       "month.")
    assert not _events("By the Pellin Herald's count, 140 people have been shot by police "
                       "officers so far this year.")
    attack = _events("Five people were killed in the attack on Pellin this year.")
    assert [e for e in attack if e[1] == "killed"]


def test_a_named_storm_or_what_stands_for_a_hazard_kills_by_no_hand():
    # "Typhoon Rell, which killed 2,000", "officials said it killed nine" (after a fire)
    # were attacks
    assert not _events("Hurricane Velma damaged the same coast as Typhoon Rell, which killed "
                       "over 2,000 people in 2013.")
    assert not _events("A fire swept through the Pellin market on Sunday. Officials said it "
                       "killed nine people.")
    raid = _events("Rebels stormed the village on Sunday. Officials said they killed nine "
                   "people.")
    assert [e for e in raid if e[1] == "killed"]


def test_people_leaving_a_place_is_no_aid():
    # "forced 8,000 villagers to evacuate" was aid given by the villagers
    assert not _events("The storm blocked roads and forced over 8,000 villagers to evacuate.")
    embassy = _events("Velmora evacuated its embassy in Harwick on Monday.")
    assert embassy and embassy[0][2] == "Velmora"


def test_a_forecast_of_what_a_thing_may_do_is_no_threat():
    # "had warned that the vote could depress growth" was a threat
    assert not _events("The Harbour Monetary Fund had warned that the Velmoran vote could "
                       "depress growth for years.")
    retaliate = _events("Velmora warned that it would retaliate against Harwick.")
    assert retaliate and retaliate[0][0] == "THREATEN"
