"""Entities: one per referent, roles as stated, name variants, metonyms, acronyms, pronouns."""

from __future__ import annotations

from conftest import ARTICLES, EXAMPLES, SEED, by_name, needs_shared


def people(record):
    return {e.name: e for e in record.entities if e.type == "PERSON"}


@needs_shared
def test_seed_people_once_each_with_roles(analyze_file):
    record = analyze_file(SEED)
    found = people(record)
    expected = [
        "Volodymyr Zelenskiy",
        "Justin Trudeau",
        "Marc Garneau",
        "Maria Zakharova",
        "Vladimir Putin",
        "Viktor Medvedchuk",
    ]
    assert sorted(found) == sorted(expected)  # no photographers, no duplicates
    zelenskiy = found["Volodymyr Zelenskiy"]
    assert [(r.title, r.of) for r in zelenskiy.roles] == [("President", "UKR")]
    assert zelenskiy.country == "UKR" and zelenskiy.code == "UKRGOV"
    surnames = [record.text[s:e] for s, e in zelenskiy.mentions if record.text[s:e] == "Zelenskiy"]
    assert len(surnames) >= 8
    trudeau = found["Justin Trudeau"]
    assert ("Prime Minister", "CAN") in [(r.title, r.of) for r in trudeau.roles]
    assert [r.title for r in found["Marc Garneau"].roles] == ["Foreign Affairs Minister"]
    zakharova = found["Maria Zakharova"]
    assert [(r.title, r.of) for r in zakharova.roles] == [
        ("spokesperson", "Russian Foreign Ministry")
    ]
    assert zakharova.country == "RUS"
    assert found["Vladimir Putin"].country == "RUS"
    # roles are stated as of the publication date, inferred from the text
    assert all(r.as_of == "2021-04-06" for e in found.values() for r in e.roles)


@needs_shared
def test_seed_metonyms_and_acronyms(analyze_file):
    record = analyze_file(SEED)
    canada_government = by_name(record, "Canadian government")
    assert "Ottawa" in canada_government.aliases and canada_government.code == "CANGOV"
    assert by_name(record, "Russian government").aliases == ["Kremlin"]
    pmo = next(e for e in record.entities if "PMO" in e.aliases)
    assert pmo.type == "ORG" and pmo.country == "CAN"
    assert by_name(record, "Moscow").type == "GPE"  # "in Moscow" is a place


def test_transliteration_variants_join(analyze_file):
    record = analyze_file(ARTICLES / "name_variants.txt")
    person = people(record)["Iryna Kovalchukiy"]
    texts = {record.text[s:e] for s, e in person.mentions}
    assert {"Kovalchukiy", "Kovalchuky", "Kovalchukyy", "She"} <= texts
    assert len(people(record)) == 2
    assert "Mr. Popescu" in people(record)["Andrei Popescu"].aliases


def test_titles_alone_appositives_and_opposition(analyze_file):
    record = analyze_file(ARTICLES / "titles.txt")
    found = people(record)
    tadesse = found["Abebe Tadesse"]
    assert [(r.title, r.of) for r in tadesse.roles] == [("defence minister", "ETH")]
    assert "The minister" in tadesse.aliases  # "The minister said" joins him
    assert found["Samuel Otieno"].code == "KENOPP"
    assert [r.as_of for r in found["Grace Wambui"].roles] == ["2024-02-08"]
    assert any(record.text[s:e] == "He" for s, e in found["Samuel Otieno"].mentions)


def test_capitals_act_for_governments_but_datelines_are_places(analyze_file):
    record = analyze_file(ARTICLES / "metonyms.txt")
    names = {e.name: e for e in record.entities}
    assert {"Washington", "The White House"} <= set(names["American government"].aliases)
    assert names["Chinese government"].aliases == ["Beijing"]
    assert names["Japanese government"].aliases == ["Tokyo"]
    assert names["Moscow"].type == "GPE" and names["Vienna"].country == "AUT"
    dateline = analyze_file(ARTICLES / "titles.txt")
    assert by_name(dateline, "Nairobi").type == "GPE"


def test_hyphenated_names_and_seat_roles(analyze_file):
    record = analyze_file(EXAMPLES / "briefing.txt")
    found = people(record)
    assert "Wladyslaw Kosiniak-Kamysz" in found and "Wladyslaw Kosiniak" not in found
    assert found["Dmitry Peskov"].country == "RUS"
    assert [c.places for c in record.captions] == [["Rukla", "Lithuania"], ["Suwalki", "Poland"]]


def test_a_name_the_model_cut_short_is_completed():
    from rashomon import analyze

    record = analyze(
        "The mayor of Kharkiv, Oleh Marchenko, said the grid would be repaired. "
        "Marchenko told reporters that crews were working around the clock.",
        published="2024-10-01",
    )
    people = {e.name: e for e in record.entities if e.type == "PERSON"}
    assert "Oleh Marchenko" in people  # the model reads "Marchenko" as a DATE
    assert len(people["Oleh Marchenko"].mentions) == 2
