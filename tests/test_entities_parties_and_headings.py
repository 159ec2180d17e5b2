"""Entities on the error classes of issue 15's ninth pass: a country's parties, their
candidates and its legislators in a story that names another country most; headlines in
capitals that end in a stop; the one judged in "X blasted Y for his vote"; a body given its
name by "called"; a relation before a title ("Pellin rival Sen."); a state office before a
state named like a country; a possessive ending kept in a name; a title before an event's
name ("the Commander-in-Chief Forum"); a state named by a part of it or a contest in it
("upstate New York"); national bodies of a story about one country's politics; an
author's note ending an opinion piece. Each test reads an invented article written like a
wire story."""

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


def test_a_title_before_the_name_of_an_event_or_a_body_makes_no_person():
    record = analyze(
        "HARWICK, Sept. 9 - At the Commander-in-Chief Forum on Wednesday, Ana Ruiz "
        "answered questions from veterans.")
    assert set(people(record)) == {"Ana Ruiz"}


def test_a_part_of_a_state_or_a_contest_held_in_it_names_the_state_not_its_city():
    record = analyze(
        "ALBANY, Sept. 9 - The farm sits on 60 acres of land in upstate New York. Ana Ruiz "
        "won her Senate races in New York in 2000 and 2006.")
    place = next(p for p in record.places if p.name == "New York")
    assert (place.kind, place.region_code) == ("region", "US-NY")
    record = analyze("Ana Ruiz opened a bakery in New York on Friday.")
    assert next(p for p in record.places if p.name == "New York").kind == "city"


def test_national_bodies_of_a_story_about_one_countrys_politics_are_that_countrys():
    record = analyze(
        "Retired Air Force general Ilmar Wren backed Tomas Pellin, the Republican "
        "presidential nominee, on Monday. The Census Bureau declined to comment, and "
        "Democrats said the GOP plan would fail.")
    assert by_name(record, "Air Force").country == "USA"
    assert by_name(record, "Census Bureau").country == "USA"
    wren = people(record)["Ilmar Wren"]
    assert wren.country == "USA" and [r.country for r in wren.roles] == ["USA"]
    record = analyze(
        "Mexican officials said the Navy captured the cartel leader in a raid in Sinaloa on "
        "Friday. In the United States, Republicans and Democrats praised the arrest.")
    assert by_name(record, "Navy").country != "USA"  # a story that names another country


def test_names_only_an_authors_note_at_the_end_gives_are_no_part_of_the_story():
    record = analyze(
        "The debates will decide little. Tomas Pellin has never lost one, and Ana Ruiz "
        "knows it.\n\n"
        "Ilmar Wren is director of debate at the University of Harwick.")
    names = {e.name for e in record.entities}
    assert {"Tomas Pellin", "Ana Ruiz"} <= names
    assert not {"Ilmar Wren", "University of Harwick"} & names
    record = analyze(
        "Tomas Pellin spoke on Monday.\n\n"
        "Ilmar Wren is director of debate at the University of Harwick, and he said Pellin "
        "would win the next three debates in a row, as he always has since the spring "
        "of last year, when the two first met on a stage in front of a large crowd of "
        "students, teachers and parents who had travelled from all over the country to "
        "see them, and when the moderator, who had never seen anything like it, asked both "
        "of them to stay on for another hour of questions from the floor about the "
        "ferries, the harbour and the price of the bridge tolls.")
    assert "Ilmar Wren" in {e.name for e in record.entities}  # a last paragraph, no note
    record = analyze(
        "Tomas Pellin spoke on Monday.\n\n"
        "Ilmar Wren was quoted by the Harwick Gazette as saying the ferry would run.")
    assert "Ilmar Wren" in {e.name for e in record.entities}  # what he did, not who he is
    record = analyze(
        "Ilmar Wren took the oath on Monday.\n\n"
        "Wren is the former delegate to the Velmora Assembly in Harwick.")
    assert "Velmora Assembly" in {e.name for e in record.entities}  # one of the story
    record = analyze(
        "Tomas Vidal spoke on Monday, and his allies cheered.\n\n"
        "Ilmar Wren is senior editor at the Harwick Post. His new book is about ferries.")
    assert [record.text[s:e] for s, e in by_name(record, "Tomas Vidal").mentions] == [
        "Tomas Vidal", "his"]  # the note's "His" is the author's, no one's of the story


def test_the_reviews_counter_examples_keep_their_old_reading():
    record = analyze("Sheriff Ilmar Church said deputies found the boy asleep in a barn.")
    assert "Ilmar Church" in people(record)  # a surname that is a body's word
    for text in ("The Velmoran delegation in Washington will meet Treasury officials on "
                 "Tuesday.",
                 "Tomas Vidal leads in the Democratic mayoral primary in New York, a poll "
                 "showed on Thursday."):
        assert {p.kind for p in analyze(text).places} == {"city"}
    for text in ('Tomas Vidal said he would not run again.\n\n"Ana Ruiz is the only '
                 'candidate who can keep this party together," Vidal told reporters.',
                 "Pellin Motors named a new chief executive on Monday.\n\nAna Ruiz is the "
                 "first woman to lead the carmaker in its 90-year history."):
        assert "Ana Ruiz" in people(analyze(text))  # what the story tells, no author's note
    record = analyze(
        "The GOP nominee said he had spoken with officials at the Department of Foreign "
        "Affairs in Manila about the sailors. Democrats called the call reckless.")
    assert by_name(record, "Department of Foreign Affairs").country != "USA"
