"""Events, tenth pass of issue 18's audits: one invented case per error class read in
real articles (the ninth pass's audited rounds, read as this pass's study), each with a case
its rule must leave alone. Invented people and places; real countries where a state's code
is the point."""

from __future__ import annotations

from conftest import event_rows as _events
from conftest import event_types as _types
from conftest import rows_triggered as _with


def test_a_warning_of_what_may_come_is_no_threat():
    # a view of what may happen, told to no party, was a THREATEN
    assert "THREATEN" not in _types("Senator Ana Ruiz warned that the bloc could fall apart "
                                    "within a year.")
    assert "THREATEN" not in _types("Ana Ruiz warned voters about the risks of a Wren "
                                    "victory.")
    assert "THREATEN" not in _types("Tomás Vidal cautioned against a brokered convention.")
    # a consequence named, the warner's own act foretold, or a warning given to a state
    # stays a threat
    assert "THREATEN" in _types("Chile warned of severe consequences if Peru kept its troops "
                                "on the border.")
    assert "THREATEN" in _types("Chile warned Peru against opening the border.")
    foretold = _with(_events("Chile warned that it would retaliate if the border stayed "
                             "closed."), "warned")
    assert [e[0] for e in foretold] == ["THREATEN"]
    # the review's guards: a consequence told in the clause, or an ultimatum's "or face"
    faced = _with(_events("Tomás Vidal warned that Peru would face severe consequences if it "
                          "annexed Pellin."), "warned")
    assert [e[0] for e in faced] == ["THREATEN"]
    assert "THREATEN" in _types("Chile warned Peru to withdraw its troops or face military "
                                "action.")


def test_a_warning_to_do_something_is_a_demand():
    # "warned X to do Y" was a threat, and the act asked for a threatened one
    events = _events("The Pellin ministry warned election officials to tighten the checks on "
                     "their voter rolls.")
    warned = _with(events, "warned")
    assert [(e[0], e[3], e[4]) for e in warned] == [
        ("REQUEST", "election officials", "requested")]
    assert not [e for e in events if e[4] == "threatened"]
    # what is asked is no consequence (the review's guard)
    refrain = _with(_events("Chile warned Peru to refrain from further action."), "warned")
    assert [e[0] for e in refrain] == ["REQUEST"]


def test_a_candidates_rally_is_no_protest():
    # a rally a named person holds was a PROTEST
    assert "PROTEST" not in _types("Tomás Vidal held a rally in Harwick on Tuesday.")
    assert "PROTEST" not in _types("Marta Pell attended Vidal's rally in Pellin.")
    assert "PROTEST" not in _types("Tomás Vidal's rallies drew thousands of supporters.")
    assert "PROTEST" not in _types("Vidal rallied supporters in Pellin before the vote.")
    # a crowd's rally, and a rally against something, stay protests
    assert "PROTEST" in _types("Thousands of dockers rallied outside the ministry.")
    assert "PROTEST" in _types("Opposition leader Ana Ruiz held a rally in Pellin to "
                               "denounce election fraud.")
    assert "PROTEST" in _types("Ana Ruiz led a rally in Pellin calling for the release of "
                               "political prisoners.")
    assert "PROTEST" in _types("Ana Ruiz rallied dockers against the port fees.")


def test_rallying_behind_someone_is_support():
    # "rallied behind X" was a PROTEST against X
    rallied = _with(_events("Local party leaders rallied behind Tomás Vidal after the debate."),
                    "rallied")
    assert [(e[0], e[3]) for e in rallied] == [("SUPPORT", "Tomás Vidal")]
    around = _with(_events("Harwick senators rallied around Ana Ruiz after the vote."),
                   "rallied")
    assert [(e[0], e[3]) for e in around] == [("SUPPORT", "Ana Ruiz")]


def test_a_habit_is_no_event():
    # what someone rarely, often or always does was coded as an act
    assert _types("Ana Ruiz rarely asks her colleagues to campaign for her.") == []
    assert _types("Harwick voters consistently reject candidates who back the port tax.") == []
    assert "SUPPORT" not in _types("Marta Pell has always backed the harbour union.")
    # acts told as repeated happened and stay
    assert "ACCUSE" in _types("Tomás Vidal repeatedly attacked Ana Ruiz over the port tax.")
    assert "ACCUSE" in _types("Tomás Vidal attacked Ana Ruiz over the port tax.")
    # a habit told of a dated stretch of time is acts (the review's guard)
    assert "ASSAULT" in _types("The rebels frequently attacked army convoys last year.")


def test_mobilising_needs_force():
    # what is deployed, stationed, garnered or mobilised without force was a MOBILIZE
    for text in ("The Pellin Telegraph Company deployed new encryption in its phones.",
                 "Tomás Vidal had been stationed in Pellin as a young clerk.",
                 "Ana Ruiz garnered praise from the dockers.",
                 "The harbour union mobilized thousands of members for the vote."):
        assert "MOBILIZE" not in _types(text), text
    # troops, police, reserves, exercises and a state's own mobilisation stay
    for text in ("Chile deployed 300 troops to the border on Monday.",
                 "Police were deployed around the ministry in Pellin.",
                 "Chile mobilized its reserves after the clash.",
                 "Chile mobilized after the clash.",
                 "Tomás Vidal mobilized supporters to storm the parliament.",
                 "Chile deployed missile batteries near the border.",
                 "The rebels mobilized hundreds of men near Pellin."):
        assert "MOBILIZE" in _types(text), text


def test_attacks_on_politicians_with_no_weapon_are_words():
    # plural attacks on a named person or party, and the attacks "with" which someone
    # acts, were uses of force by no one
    rallied = _with(_events("Tomás Vidal sought to rally the party with sharp and relentless "
                            "attacks on Ana Ruiz."), "attacks")
    assert [(e[0], e[2], e[3]) for e in rallied] == [("ACCUSE", "Tomás Vidal", "Ana Ruiz")]
    responded = _with(_events("Tomás Vidal has responded with attacks on Ana Ruiz, including "
                              "Friday's posts."), "attacks")
    assert [(e[0], e[2], e[3]) for e in responded] == [("ACCUSE", "Tomás Vidal", "Ana Ruiz")]
    quell = _with(_events("The editors wrote the note to quell the attacks on Marta Pell."),
                  "attacks")
    assert [e[0] for e in quell] == ["ACCUSE"]
    # bodily harm, armed men, a single attack or a named attacker's attack on a crowd stay
    # force
    for text, trigger in (("The attacks on Ana Ruiz left her with a broken arm.", "attacks"),
                          ("Gunmen attacked Ana Ruiz's convoy near Pellin.", "attacked"),
                          ("Tomás Wren escaped an attack on the Pellin road on Friday.",
                           "attack"),
                          ("Tomás Vidal carried out his murderous attack on club goers at "
                           "the Harbour Lounge.", "attack"),
                          ("Tomás Vidal attacked the Pellin Grand Hotel on Friday.",
                           "attacked"),
                          ("Attacks on journalists in Peru doubled last year, a press "
                           "freedom group said.", "Attacks"),
                          ("Arson attacks on Labour Party offices continued overnight in "
                           "Harwick.", "attacks")):
        found = _with(_events(text), trigger)
        assert found and {e[0] for e in found} == {"ASSAULT"}, text


def test_leave_given_by_no_state_is_no_concession():
    # what a rule, a service or a newspaper permits was a CONCEDE
    for text in ("The Harwick loophole allows gun buyers to skip the check.",
                 "The Pellin Courier allowed Ana Ruiz to write her own column.",
                 "The new phone service allows users to send short messages."):
        assert "CONCEDE" not in _types(text), text
    # a state, its police or its leader giving leave concedes
    for text in ("Chile allowed UN inspectors to visit the Arica site on Monday.",
                 "Peruvian police allowed the marchers to reach the square.",
                 "The rebels allowed aid trucks to enter the city."):
        assert "CONCEDE" in _types(text), text
    # what a fact lets happen is no concession
    assert "CONCEDE" not in _types("Chile was no party to the truce, allowing the rebels to "
                                   "continue their attacks.")


def test_what_a_share_of_those_polled_favours_is_no_act():
    # the act in what a share of voters say or back was coded as done
    for text in ("A 69% majority of Velmorans oppose deploying ground forces in Harwick.",
                 "Six in 10 Velmorans said the delegates should pick another nominee.",
                 "The poll found 47% saying Velmora should fight the rebels."):
        assert _types(text) == [], text
    # a share word inside someone's title is no share of voters
    assert "ACCUSE" in _types("Senate Minority Leader Ana Ruiz accused Tomás Vidal of fraud.")
    assert "REQUEST" in _types("Senate Minority Leader Ana Ruiz said the cabinet should "
                               "resign.")
    # a share of a body that decides acts (the review's guard)
    assert "SANCTION" in _types("Sixty percent of the delegates voted to suspend Peru from "
                                "the bloc.")
    assert "AGREE" in _types("A majority of the council members agreed to send aid to "
                             "Pellin.")
    assert "ACCUSE" in _types("Ana Ruiz, who won 52% of the vote, accused Tomás Vidal of "
                              "fraud.")


def test_promising_a_veto_is_a_threat():
    # "promised a veto" was an intent to cooperate
    veto = _with(_events("The Velmoran cabinet promised a veto of the port bill."), "promised")
    assert [(e[0], e[4]) for e in veto] == [("THREATEN", "threatened")]
    assert "THREATEN" in _types("Chile pledged sanctions against Peru.")
    # other promises stay intents to cooperate
    helped = _with(_events("Ana Ruiz promised to help the dockers."), "promised")
    assert [e[0] for e in helped] == ["AGREE"]
    # relief from sanctions is no threat (the review's guard)
    for text in ("The minister promised sanctions relief for Peru if it freed the prisoners.",
                 "Chile pledged the lifting of sanctions on Peru."):
        assert "THREATEN" not in _types(text), text


def test_defeating_a_named_rival_is_a_contest():
    # a candidate who "could defeat" another was an assault on her
    assert "ASSAULT" not in _types("Tomás Vidal is the only one who can defeat Ana Ruiz in "
                                   "November.")
    assert "ASSAULT" not in _types("Ana Ruiz defeated Tomás Vidal by double digits in Pellin "
                                   "in 2012.")
    # armies that defeat each other fight
    assert "ASSAULT" in _types("Chilean troops defeated Peruvian forces near Arica.")


def test_which_people_are_meant_is_no_act():
    # a participle that says which people are meant was an act done to them
    assert _types("The plan would free people convicted of minor drug crimes.") == []
    assert "THREATEN" not in _types("It feeds the fear of natives threatened by new "
                                    "neighbours.")
    # a time or a place makes it an act
    assert "COERCE" in _types("Protesters arrested on Monday were freed on Tuesday.")
    assert "ASSAULT" in _types("She spoke of parishioners killed at a Pellin church.")
    # so do a doer or an incident (the review's guard)
    assert "ASSAULT" in _types("Civilians killed by the rebels numbered more than forty.")
    assert "ASSAULT" in _types("Soldiers wounded in the ambush were flown to Harwick.")

