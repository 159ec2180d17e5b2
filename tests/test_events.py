"""Events and places: PLOVER types with CAMEO codes, actors and targets with their codes,
modes, quantities, time and place; offline geolocation; the seed; the evaluation."""

from __future__ import annotations

import json

import pytest
from conftest import SEED, SHARED, needs_shared
from typer.testing import CliRunner

from rashomon import analyze
from rashomon.cli import app

ANCHOR = "2024-03-05"

# (sentence, trigger, PLOVER type, CAMEO root, actor code, target code)
CASES = [
    ("Finland and Estonia agreed on Monday to cooperate on border security.", "agreed",
     "AGREE", "03", "FIN", None),
    ("Norway promised military aid to Ukraine.", "promised", "AGREE", "03", "NOR", "UKR"),
    ("The Finnish president met the Estonian prime minister in Tallinn.", "met",
     "CONSULT", "04", "FINGOV", "ESTGOV"),
    ("Polish President Anna Nowak visited Kyiv on Tuesday.", "visited", "CONSULT", "04",
     "POLGOV", "UKR"),
    ("The Swedish government praised Latvia for its reforms.", "praised", "SUPPORT", "05",
     "SWEGOV", "LVA"),
    ("Germany will supply weapons to Ukraine.", "supply weapons", "AGREE", "03", "DEU", "UKR"),
    ("Poland and Lithuania cooperate closely on air defence.", "cooperate", "COOPERATE", "06",
     "POL", None),
    ("Georgia eased the curfew in Tbilisi on Friday.", "eased curfew", "CONCEDE", "08", "GEO",
     None),
    ("Japan donated 5 million dollars of aid to Nepal.", "donated", "AID", "07", "JPN", "NPL"),
    ("Rebels released 12 hostages in northern Mali.", "released hostages", "RETREAT", "08",
     "MLIREB", None),
    ("Serbia withdrew its troops from the border.", "withdrew", "RETREAT", "08", "SRB", None),
    ("Belgian prosecutors launched an investigation into the bank.", "launched investigation",
     "ACCUSE", "09", "BELJUD", None),
    ("Kenya demanded that Somalia release the detained fishermen.", "demanded", "REQUEST",
     "10", "KEN", None),
    ("Moldova accused Russia of meddling in the election.", "accused", "ACCUSE", "11",
     "MDA", "RUS"),
    ("Hungary rejected the European Commission's proposal.", "rejected", "REJECT", "12",
     "HUN", None),
    ("North Korea threatened to strike South Korean bases.", "threatened", "THREATEN", "13",
     "PRK", None),
    ("Thousands of Georgian protesters demonstrated outside parliament.", "demonstrated",
     "PROTEST", "14", "GEOCVL", None),
    ("Russia massed troops on its border with Ukraine.", "massed", "MOBILIZE", "15",
     "RUS", None),
    ("Canada imposed sanctions on four Iranian officials.", "imposed sanctions", "SANCTION",
     "16", "CAN", "IRNGOV"),
    ("Lithuania expelled two Russian diplomats.", "expelled", "SANCTION", "16", "LTU",
     "RUSGOV"),
    ("Turkish police arrested 40 protesters in Ankara.", "arrested", "COERCE", "17",
     "TURCOP", "TURCVL"),
    ("Russia annexed Crimea in 2014.", "annexed", "COERCE", "19", "RUS", "UKR"),
    ("Azerbaijani forces shelled Armenian positions overnight.", "shelled", "ASSAULT", "19",
     "AZEMIL", "ARM"),
    ("Gunmen killed three police officers in a bomb attack in Kabul.", "killed", "ASSAULT",
     "18", None, None),
]


def _event(sentence: str, trigger: str):
    record = analyze(sentence, published=ANCHOR)
    found = [e for e in record.events if e.trigger == trigger]
    assert found, f"{trigger!r} not among {[(e.trigger, e.type) for e in record.events]}"
    return record, found[0]


@pytest.mark.parametrize(("sentence", "trigger", "type_", "root", "actor", "target"), CASES,
                         ids=[c[1] + "-" + c[2] for c in CASES])
def test_event_types_and_actor_codes(sentence, trigger, type_, root, actor, target):
    _, event = _event(sentence, trigger)
    assert (event.type, event.cameo[:2]) == (type_, root)
    if actor:  # the country must match; a sector may be added ("Kyiv" -> UKRGOV)
        assert event.actor_code and event.actor_code.startswith(actor)
    if target:
        assert event.target_code and event.target_code.startswith(target)


def test_passive_with_agent_and_killed_count():
    record, event = _event(
        "Twelve soldiers have been killed by Russian shelling near Bakhmut, the army said.",
        "killed",
    )
    assert event.type == "ASSAULT" and event.mode == "reported"  # the army said so
    assert [(q.kind, q.value) for q in event.quantities] == [("killed", 12)]
    assert not any(e.trigger == "shelling" for e in record.events)  # the means, not an event


def test_approximate_troop_numbers_and_aid_abroad():
    _, event = _event("Since 2015, Britain has deployed about 100 soldiers to Estonia.",
                      "deployed")
    assert (event.type, event.actor_code, event.target_code) == ("AID", "GBR", "EST")
    assert [(q.kind, q.value, q.approx) for q in event.quantities] == [("troops", 100, True)]


def test_sanctioned_people_and_entities():
    _, event = _event("The EU imposed sanctions on nine officials and three companies.",
                      "imposed sanctions")
    counts = {(q.kind, q.value) for q in event.quantities}
    assert counts == {("sanctioned", 9), ("sanctioned_entities", 3)}


def test_negation_and_omission():
    _, event = _event("Poland did not expel the Belarusian ambassador.", "expel")
    assert event.mode == "negated"
    _, mention = _event(
        "The statement makes no mention of Romania's request for more air defence.", "request"
    )
    assert mention.mode == "negated"


def test_requests_in_statements_are_requested_and_linked():
    record = analyze(
        "Latvian President Karlis Ozols asked Chancellor Greta Braun on Monday to send "
        "more air defence systems, his office said.",
        published=ANCHOR,
    )
    request = next(e for e in record.events if e.type == "REQUEST")
    quote = next(q for q in record.quotes if q.id == request.source)
    assert request.mode == "requested" and quote.cue == "asked"
    assert record.entity(request.actor).name == "Karlis Ozols"
    assert record.entity(request.target).name == "Greta Braun"


def test_threat_in_a_statement():
    record = analyze(
        "“Minsk will not leave this attack unanswered,” spokesman Ivan Petrov said.",
        published=ANCHOR,
    )
    threat = next(e for e in record.events if e.type == "THREATEN")
    assert threat.mode == "threatened" and threat.source is not None


def test_intent_and_hypothetical_modes():
    _, threat = _event("Iran said it would close the Strait of Hormuz.", "close Strait")
    assert threat.type == "THREATEN" and threat.mode == "threatened"
    _, offer = _event("Austria is ready to host talks between the two sides.", "host")
    assert offer.type == "AGREE"


def test_reciprocal_accusations():
    record = analyze(
        "Tensions rose with both Armenia and Azerbaijan accusing each other of violating "
        "the truce.",
        published=ANCHOR,
    )
    pairs = {(e.actor_code, e.target_code) for e in record.events if e.type == "ACCUSE"}
    assert pairs == {("ARM", "AZE"), ("AZE", "ARM")}


def test_event_time_and_place():
    record, event = _event("Protesters blocked a road in Tbilisi on Monday.", "blocked road")
    assert record.entity(event.place).name == "Tbilisi"
    timex = next(t for t in record.timexes if t.id == event.time)
    assert timex.value == "2024-03-04"


def test_places_resolve_offline_by_the_article_countries():
    record = analyze(
        "Ukrainian troops shelled positions near Donetsk, and fighting spread to the Luhansk "
        "region. In Toronto, protesters gathered outside the Russian consulate.",
        published=ANCHOR,
    )
    places = {p.name: p for p in record.places}
    assert places["Donetsk"].country == "UKR"  # not the Russian town of the same name
    assert places["Toronto"].country == "CAN" and places["Toronto"].geonameid == 6167865
    assert places["Luhansk"].admin1 == "UA.14"
    assert 47 < places["Donetsk"].lat < 49


@needs_shared
def test_seed_events_and_places(analyze_file):
    record = analyze_file(SEED)
    name = {e.id: e.name for e in record.entities}
    values = {t.id: t.value for t in record.timexes}

    def events(type_):
        return [e for e in record.events if e.type == type_]

    call = next(e for e in events("CONSULT") if e.trigger == "call")
    assert (name[call.actor], name[call.target]) == ("Volodymyr Zelenskiy", "Justin Trudeau")
    assert values[call.time] == "2021-04-06"
    requests = [e for e in events("REQUEST") if e.source and e.mode != "negated"
                and name.get(e.actor) == "Volodymyr Zelenskiy"]
    assert len(requests) >= 2 and all(e.mode == "requested" for e in requests)
    deployment = next(e for e in record.events if e.trigger == "deployed" and e.time)
    assert deployment.type in ("AID", "COOPERATE") and name[deployment.actor] == "Canada"
    assert [(q.kind, q.value, q.approx) for q in deployment.quantities] == [
        ("troops", 200, True)
    ]
    assert values[deployment.time] == "2015"
    annexation = next(e for e in record.events if e.trigger == "annexation")
    assert (name[annexation.actor], name[annexation.target]) == ("Russia", "Crimea")
    assert values[annexation.time] == "2014"
    accusations = {(e.actor_code, e.target_code) for e in events("ACCUSE")
                   if e.trigger == "accusing"}
    assert accusations == {("UKR", "UKRREB"), ("UKRREB", "UKR")}
    killed = sorted(q.value for e in events("ASSAULT") for q in e.quantities)
    assert killed == [8, 24, 28]
    assert any(e.trigger == "holding exercises" for e in events("MOBILIZE"))
    sanction = next(e for e in events("SANCTION") if e.quantities)
    assert name[sanction.actor] == "Canada" and sanction.target_code == "RUSGOV"
    assert {(q.kind, q.value) for q in sanction.quantities} == {
        ("sanctioned", 2), ("sanctioned_entities", 4)
    }
    threat = next(e for e in events("THREATEN"))
    assert name[threat.actor] == "Russia" and threat.target_code == "CANGOV"
    assert name[next(q.speaker for q in record.quotes if q.id == threat.source)] == (
        "Maria Zakharova"
    )
    omission = next(e for e in record.events if e.mode == "negated")
    assert omission.type == "REQUEST" and name[omission.actor] == "Volodymyr Zelenskiy"
    places = {p.name: p for p in record.places}
    for place, country in [("Toronto", "CAN"), ("Avdiivka", "UKR"), ("Donetsk", "UKR"),
                           ("Luhansk", "UKR"), ("Crimea", "UKR"), ("Moscow", "RUS"),
                           ("Starychi", "UKR")]:
        assert places[place].country == country and places[place].lat is not None, place


@needs_shared
def test_plover_and_petrarch_evaluation():
    result = CliRunner().invoke(app, [
        "eval", "events", str(SHARED / "data" / "plover" / "plover_gsr_dev.jsonl"),
        str(SHARED / "data" / "petrarch" / "petr2_gsr_validation.jsonl"), "--json",
    ])
    assert result.exit_code == 0, result.output
    plover, petrarch = json.loads(result.stdout)
    assert plover["records"] == 220 and plover["category_0_5"]["accuracy"] >= 0.75
    assert plover["macro_f1_2021"] >= 0.7
    assert petrarch["records"] == 37 and petrarch["root_code"]["of"] == 37


def test_eval_events_bad_input_is_one_line(tmp_path):
    empty = tmp_path / "none.jsonl"
    empty.write_text('{"id": 1}\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "events", str(empty)])
    assert result.exit_code == 2 and "R001" in result.output
