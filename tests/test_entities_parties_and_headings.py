"""Entities on the error classes of issue 15's ninth pass: a country's parties, their
candidates and its legislators in a story that names another country most; headlines in
capitals that end in a stop; the one judged in "X blasted Y for his vote"; a body given its
name by "called"; a relation before a title ("Pellin rival Sen."); a state office before a
state named like a country; a possessive ending kept in a name. Each test reads an
invented article written like a wire story."""

from __future__ import annotations

from conftest import by_name

import rashomon


def analyze(text: str, published: str = "2016-09-10") -> rashomon.Record:
    return rashomon.analyze(rashomon.read(text, published=published))


def people(record: rashomon.Record) -> dict[str, rashomon.record.Entity]:
    return {e.name: e for e in record.entities if e.type == "PERSON"}


def mentions(record: rashomon.Record, name: str) -> list[str]:
    return [record.text[s:e] for s, e in by_name(record, name).mentions]


def test_a_countrys_parties_candidates_and_legislators_are_its_own_in_a_story_about_another():
    record = analyze(
        "MOSCOW, Sept. 9 - Russian President Ivan Dorokhov praised Tomas Pellin on Friday. "
        "Dorokhov said Russia would welcome talks, and Russian officials in Moscow agreed. "
        "Russia's foreign ministry said Russia wanted calm.\n\n"
        "Democratic Senator Ilmar Wren said the Republican presidential nominee of 2012, "
        "Marta Vidal, had warned about Russia's role in the United States. Republican "
        "strategist Ana Ruiz disagreed, "
        "and the Democratic Party said nothing. Dorokhov has long disliked Obama, Wren "
        "said.")
    found = people(record)
    assert found["Obama"].country == "USA"  # a surname Phoenix gives only a US office
    assert found["Ilmar Wren"].country == "USA"
    assert found["Marta Vidal"].country == "USA"
    assert found["Ana Ruiz"].country == "USA"
    assert by_name(record, "Democratic Party").country == "USA"
    assert found["Ivan Dorokhov"].country == "RUS"


def test_parties_of_other_names_or_of_one_side_only_name_no_party_system():
    record = analyze(
        "MOSCOW, Sept. 9 - Russian President Ivan Dorokhov met Velmoran officers on Friday. "
        "Dorokhov said Russia would welcome talks, and Russian officials in Moscow agreed. "
        "Russia's foreign ministry said Russia wanted calm. Velmora's Republican Guard and "
        "the Democratic Unionist Party sent envoys, and Senator Ilmar Wren joined them.")
    assert people(record)["Ilmar Wren"].country != "USA"
    record = analyze(
        "ROME, Sept. 9 - Italian voters backed the Democratic Party of Prime Minister Marta "
        "Pell on Sunday, while the Republicans, a small centrist group, lost ground in Italy.")
    assert people(record)["Marta Pell"].country != "USA"  # no other sign of the US


def test_a_senator_is_of_the_party_systems_country_unless_the_story_is_plainly_of_another():
    record = analyze(
        "Sen. Ilmar Wren and Sen. Tomas Vidal traded barbs on Tuesday over the GOP's plan "
        "for the debate, and Democrats said they would boycott it.")
    assert {people(record)[n].country for n in ("Ilmar Wren", "Tomas Vidal")} == {"USA"}
    record = analyze(
        "MANILA, Sept. 9 - Philippine politicians watched the U.S. race closely. Senator Ana "
        "Ruiz said Manila would work with whoever wins, Republicans or Democrats. The "
        "Philippines is a close ally, and Philippine officials agreed.")
    assert people(record)["Ana Ruiz"].country == "PHL"


def test_a_headline_in_capitals_is_a_headline_though_it_ends_in_a_stop():
    record = analyze(
        "Five things to know today\n\n"
        "1. WHY PELLIN CLAMPS DOWN ON FERRIES.\n\n"
        "The port authority wants fewer boats on the river before the winter storms.\n\n"
        "2. VIDAL IN HOT WATER.\n\n"
        "The swimmer faces questions after a night out in Harwick.")
    names = {e.name.lower() for e in record.entities}
    assert not {"down", "pellin", "vidal"} & names


def test_a_possessive_in_the_reason_someone_is_judged_for_is_the_judged_persons():
    record = analyze(
        "HARWICK, Sept. 9 - Mayor Ilmar Wren blasted Tomas Pell for his support of the "
        "ferry bill on Friday. Marta Ruiz criticised Ana Vidal over her handling of the "
        "harbour strike.")
    assert "his" in mentions(record, "Tomas Pell")
    assert "his" not in mentions(record, "Ilmar Wren")
    assert "her" in mentions(record, "Ana Vidal")
    assert "her" not in mentions(record, "Marta Ruiz")


def test_a_possessive_outside_the_reason_stays_the_judges():
    record = analyze(
        "HARWICK, Sept. 9 - Mayor Ilmar Wren praised Tomas Pell in his speech on Friday "
        "and left for his office.")
    assert mentions(record, "Ilmar Wren").count("his") == 2


def test_a_body_given_its_name_by_called_is_that_organisation_and_a_role_is_of_it():
    record = analyze(
        'HARWICK, Sept. 9 - "It will be crowded," said Ana Ruiz, organizer of a group '
        "called Citizens for Pellin, which expects 5,000 people. Tomas Wren, the founder of "
        "a Facebook group called Occupy Harwick Convention, disagreed.")
    assert by_name(record, "Citizens for Pellin").type == "ORG"
    assert by_name(record, "Occupy Harwick Convention").type == "ORG"
    found = people(record)
    assert [r.of for r in found["Ana Ruiz"].roles] == ["Citizens for Pellin"]
    assert [r.of for r in found["Tomas Wren"].roles] == ["Occupy Harwick Convention"]


def test_a_rival_or_an_ally_before_a_title_is_no_part_of_the_office():
    record = analyze(
        "DES MOINES, Iowa, Sept. 9 - Pellin rival Sen. Tomas Vidal spoke in Iowa on "
        "Friday. Wren ally Gov. Marta Pell agreed.")
    found = people(record)
    assert [(r.title, r.of) for r in found["Tomas Vidal"].roles] == [("Sen.", None)]
    assert [(r.title, r.of) for r in found["Marta Pell"].roles] == [("Gov.", None)]


def test_a_state_office_before_a_state_named_like_a_country_is_of_the_state():
    record = analyze(
        "ATLANTA, Sept. 9 - Georgia Rep. Ilmar Wren spoke in Atlanta on Friday, and "
        "Georgia Gov. Marta Pell agreed. Puerto Rico Gov. Ana Ruiz sent a letter.")
    found = people(record)
    assert found["Ilmar Wren"].country == "USA"
    assert [(r.of, r.country) for r in found["Marta Pell"].roles] == [("Georgia", "USA")]
    assert found["Ana Ruiz"].country == "PRI"  # a territory with a code of its own


def test_a_possessive_ending_is_no_part_of_a_name():
    record = analyze(
        "HARWICK, Sept. 9 - Pellin Motors's new plant opened on Friday, and the Harwick "
        "Ferry Company's boats carried the first workers. Pellin Motors said 300 people "
        "would work there.")
    assert set(mentions(record, "Pellin Motors")) == {"Pellin Motors"}
    assert not [e for e in record.entities
                if any(record.text[s:t].endswith(("'s", "’s")) for s, t in e.mentions)]
