"""Entities on the error classes of issue 15's eighth pass: countries written short ("N.
Korea", "the DPRK", "the North"), given names written with a hyphen, a reporting verb put
before its speaker, groups named by origin and nationality, public bodies named by what
they do, planets, and a Phoenix name written with a middle initial. Each
test reads an invented article written like a wire story."""

from __future__ import annotations

from conftest import by_name

import rashomon
from rashomon.nlp.common import lexicon


def analyze(text: str, published: str = "2016-09-10") -> rashomon.Record:
    return rashomon.analyze(rashomon.read(text, published=published))


def people(record: rashomon.Record) -> dict[str, rashomon.record.Entity]:
    return {e.name: e for e in record.entities if e.type == "PERSON"}


def groups(record: rashomon.Record) -> dict[str, rashomon.record.Entity]:
    return {e.name: e for e in record.entities if e.type == "NORP"}


def place_of(record: rashomon.Record, name: str):
    return next((p for p in record.places if p.name == name), None)


def test_a_country_written_short_or_by_its_initials_is_that_country():
    record = analyze(
        "N. Korea fires two more missiles\n\n"
        "SEOUL, Sept. 9 - North Korea fired two missiles into the sea on Friday, the "
        "S. Korea military said. The DPRK has now fired 14 missiles this year, officials "
        "in Velmora said.")
    north = by_name(record, "North Korea")
    assert north.type == "GPE" and north.country == "PRK"
    assert {"N. Korea", "DPRK"} <= {record.text[s:e] for s, e in north.mentions}
    assert by_name(record, "South Korea").country == "KOR"
    assert not [e for e in record.entities if e.type in ("PERSON", "ORG")
                and e.name in ("N. Korea", "DPRK", "S. Korea")]


def test_the_north_is_the_country_the_story_names_it_after_but_the_south_of_a_country_is_not():
    record = analyze(
        "SEOUL, Sept. 9 - North Korea tested a rocket engine on Friday, South Korean "
        "officials said. Harwick urged the North to return to talks, and the North's envoy "
        "to Velmora left the meeting. Aid groups in the South of France sent food parcels.")
    north = by_name(record, "North Korea")
    assert sum(record.text[s:e] == "North" for s, e in north.mentions) == 2
    assert not [p for p in record.places if p.name == "North"]  # no province of that name
    assert not [e for e in record.entities if e.country == "KOR"
                and "South" in {record.text[s:e] for s, e in e.mentions}]


def test_a_given_name_written_with_a_hyphen_is_kept_whole_but_a_compound_ending_is_not():
    record = analyze(
        "SEOUL, Sept. 9 - Secretary-General Pak Ji-hun condemned the launch, and President "
        "Choi Min-seo called an emergency meeting. Pak said the council would meet again. "
        "Ana Ruiz said the Marta Pell-era rules still applied, and the Pellin Motors-led "
        "group agreed.")
    assert {"Pak Ji-hun", "Choi Min-seo", "Marta Pell", "Ana Ruiz"} <= set(people(record))
    assert "Pak" in {record.text[s:e] for s, e in people(record)["Pak Ji-hun"].mentions}
    assert not [e for e in record.entities if e.name in ("Pak Ji", "Choi Min")]
    assert not [e for e in record.entities if e.name.endswith(("-era", "-"))]


def test_a_reporting_verb_before_its_speaker_is_no_part_of_the_name():
    record = analyze(
        "HARWICK, Sept. 9 - Dockworkers' lawyer Tomás Vidal met the port's owners on "
        "Friday. Said Vidal: \"We want the contract honoured.\" Said Hamdi, the port's "
        "director, did not reply.")
    vidal = people(record)["Tomás Vidal"]
    assert "Vidal" in {record.text[s:e] for s, e in vidal.mentions}
    assert "Said Vidal" not in people(record)
    assert "Said Hamdi" in {e.name for e in record.entities}  # a name, which goes on


def test_a_group_named_by_origin_and_nationality_is_of_that_nation_and_lists_share_it():
    record = analyze(
        "CLEVELAND, Sept. 9 - Polish, Ukrainian, and Lithuanian Americans could decide the "
        "vote in Ohio, the Velmora Institute said. The Ukrainian and Lithuanian American "
        "communities are large in Pennsylvania. Ukraine's embassy said nothing. Latin "
        "Americans and African Americans were also polled.")
    found = groups(record)
    for name in ("Polish Americans", "Ukrainian Americans", "Lithuanian Americans",
                 "African Americans"):
        group = next((g for n, g in found.items() if n.rstrip("s") == name.rstrip("s")), None)
        assert group is not None and group.country == "USA", name
    ukraine = by_name(record, "Ukraine")
    assert [record.text[s:e] for s, e in ukraine.mentions] == ["Ukraine"]
    latin = next(g for n, g in found.items() if n.startswith("Latin"))
    assert latin.country != "USA"


def test_an_origin_is_not_carried_into_a_body_s_name_a_pair_of_its_own_or_its_own_people():
    record = analyze(
        "CHICAGO, Sept. 9 - Tomás Vidal heads the Polish American Federation of Ohio. His "
        "friends are Vietnamese, Indian, Turkish Cuban and Mexican American, and Polish and "
        "Polish Lithuanian traders joined them. British and American troops left Velmora, "
        "and Bosnian Serbs and Croatian Serb refugees stayed.")
    found = groups(record)
    assert not [n for n in found if n.startswith(("Indian ", "Vietnamese ", "British "))]
    assert found["Mexican American"].country == "USA"
    assert not [e for e in record.entities if e.name.startswith(("Bosnian", "Croatian"))
                and e.country == "SRB"]  # Serbs of Bosnia and of Croatia


def test_a_public_body_named_by_what_it_does_is_of_the_country_the_story_is_about():
    record = analyze(
        "WASHINGTON, Sept. 9 - The Congressional Budget Office said on Friday that the "
        "Consumer Savings Protection Bureau had overspent, and the House Harbour Services "
        "Committee will hold a hearing. US officials, American lawmakers and the US "
        "Treasury agreed, and so did US banks. The "
        "World Harbour Organization and the Brazilian Ports Ministry disagreed.")
    assert by_name(record, "Congressional Budget Office").country == "USA"
    assert by_name(record, "Consumer Savings Protection Bureau").country == "USA"
    committee = by_name(record, "House Harbour Services Committee")
    assert committee.country == "USA" and committee.code == "USALEG"
    assert by_name(record, "World Harbour Organization").country is None
    assert by_name(record, "Brazilian Ports Ministry").country == "BRA"


def test_a_planet_is_no_town_but_a_town_of_its_name_said_to_be_one_is():
    record = analyze(
        "HOUSTON, Sept. 9 - Harwick engineers in Texas say the dust storm will be visible "
        "across Earth’s northern half, Ana Ruiz said, and a probe will reach Mars in March.")
    earth = by_name(record, "Earth")
    assert earth.type == "LOC" and earth.country is None
    assert place_of(record, "Earth") is None and place_of(record, "Mars") is None
    town = analyze("EARTH, Texas, Sept. 9 - The fair in Earth, Texas, opened on Friday.")
    assert (place_of(town, "Earth") or place_of(town, "EARTH")) is not None
    golf = analyze("Two of the clubs are in Florida: a golf resort in Jupiter and a spa in "
                   "Miami, Ana Ruiz said.")
    assert place_of(golf, "Jupiter").country == "USA"  # placed by "in", no possessive


def test_a_phoenix_name_written_with_a_middle_initial_is_found():
    assert lexicon.actor_codes("John Q. Faulkner", "2009-01-01") == \
        lexicon.actor_codes("John Faulkner", "2009-01-01") != []
    assert lexicon.actor_codes("Ana Q. Ruiz", "2009-01-01") == []


def test_a_country_that_opens_a_sentence_before_a_title_is_the_office_s_country():
    record = analyze(
        "South Korean President Choi Min-seo said on Friday that the launch was reckless.")
    role = people(record)["Choi Min-seo"].roles[0]
    assert (role.title, role.of, role.country) == ("President", "KOR", "KOR")


def test_the_leader_of_the_north_is_the_leader_of_the_country_the_story_names():
    record = analyze(
        "SEOUL, Sept. 9 - South Korea accused the North's leader, Pak Ji-hun, of "
        "recklessness after North Korea fired two missiles.")
    leader = people(record)["Pak Ji-hun"]
    assert (leader.roles[0].of, leader.country) == ("PRK", "PRK")


def test_what_a_country_is_in_an_appositive_after_it_is_no_role_of_the_person():
    record = analyze(
        "Ana Ruiz, the trade minister of Chile, a founding member of the Harbour "
        "Council, said the tariff could not go unanswered. Tomás Vidal, a member of the "
        "Harbour Council, agreed.")
    assert [(r.title, r.of) for r in people(record)["Ana Ruiz"].roles] == [
        ("trade minister", "CHL")]
    assert ("member", "Harbour Council") in {
        (r.title, r.of) for r in people(record)["Tomás Vidal"].roles}


def test_two_directions_sharing_one_name_are_two_names():
    record = analyze(
        "SEOUL, Sept. 9 - Talks between North and South Korea resumed on Friday. Voters of "
        "Eastern and Northern European descent in Ohio were polled, and the Central and "
        "East Harbour Coalition, a lobby in Velmora, said nothing.")
    north, south = by_name(record, "North Korea"), by_name(record, "South Korea")
    assert (north.country, south.country) == ("PRK", "KOR")
    assert not [e for e in record.entities if e.name == "North and South Korea"]
    assert {"Eastern European", "Northern European"} <= set(groups(record))
    assert not [p for p in record.places if p.name == "Central"]  # no town of Louisiana


def test_a_participle_s_object_is_not_the_subject_of_the_clause_it_hangs_on():
    record = analyze(
        "Tomás Vidal openly admires Velmora's president, Ilmar Wren, as a strong leader, "
        "comparing him to President Pell in a speech. Vidal spoke in Harwick.")
    him = record.text.index(" him ") + 1
    assert any(s == him for s, _ in people(record)["Ilmar Wren"].mentions)


def test_a_capital_s_market_is_the_city_not_its_government():
    record = analyze(
        "LONDON, Sept. 9 - London's FTSE 100 index fell 2 percent on Friday, Paris' CAC 40 "
        "lost 1 percent and Tokyo's stock exchange closed higher. London's decision to "
        "raise tariffs angered Paris.")
    kinds = {e.name: e.type for e in record.entities}
    assert {"London", "Paris", "Tokyo"} <= {p.name for p in record.places}
    assert kinds.get("British government") == "ORG"  # the decision is the government's
    assert kinds.get("Tokyo") == "GPE"


def test_a_party_and_a_national_candidate_are_of_the_country_the_story_is_about():
    record = analyze(
        "WASHINGTON, Sept. 9 - Republican presidential nominee Tomás Vidal and his running "
        "mate, Ana Ruiz, met US donors on Friday. The Democratic Party and the GOP traded "
        "blows, the Democratic National Committee said, as American voters and US media "
        "watched. The Velmora Party said nothing.")
    assert people(record)["Tomás Vidal"].country == "USA"
    assert people(record)["Ana Ruiz"].roles[0].country == "USA"
    for party in ("Democratic Party", "GOP", "Democratic National Committee"):
        assert by_name(record, party).country == "USA", party
    assert by_name(record, "Velmora Party").country is None  # no party word: may be foreign


def test_the_review_s_counter_examples_keep_their_old_reading():
    """Invented probes on which the first version of these rules went wrong."""
    south = analyze("Ilmar Wren, a peanut farmer in Alabama, said the South badly needs rain "
                    "this year. He sells most of his crop to buyers in South Korea.")
    assert [south.text[s:e] for s, e in by_name(south, "South Korea").mentions] == [
        "South Korea"]
    firms = analyze(
        "The Harwick Travel Agency and the Legal Department of Pellin Motors closed on "
        "Friday. U.S. officials in Washington said American consumers and US banks would "
        "benefit.")
    assert by_name(firms, "Harwick Travel Agency").country is None
    won = analyze("Tomás Vidal beat Ilmar Wren in the final, earning him his first title.")
    him = won.text.index(" him ") + 1
    assert any(s == him for s, _ in people(won)["Tomás Vidal"].mentions)
    member = analyze("Marta Pell, the ambassador of Chile, a member of the ruling Velmora "
                     "Party, said talks would resume.")
    assert "member" in {r.title for r in people(member)["Marta Pell"].roles}
    store = analyze("Harwick opened a flagship store in Central, Hong Kong's business "
                    "district, on Tuesday.")
    assert place_of(store, "Central").country == "HKG"


def test_the_second_review_s_counter_examples_keep_their_old_reading():
    """Invented probes on which the second version of these rules went wrong."""
    south = analyze("Harwick's plant in Alabama employs 3,000 people. Across the South, "
                    "Korean firms are hiring, Ana Ruiz said. The carmaker is based in South "
                    "Korea, which is still at war with North Korea.")
    assert [south.text[s:e] for s, e in by_name(south, "South Korea").mentions] == [
        "South Korea"]
    markets = analyze("Beijing's markets regulator fined Velmora on Friday, and Tokyo's "
                      "currency intervention failed to lift the yen.")
    assert {"Chinese government", "Japanese government"} <= {e.name for e in markets.entities}
    left = analyze("Tomás Vidal lost to Ilmar Wren on Tuesday, leaving him without a seat.")
    assert not [s for s, _ in people(left)["Ilmar Wren"].mentions
                if left.text[s:s + 3] == "him"]
    party = analyze("The Liberal Party won the Canadian election, Marta Pell said. U.S. "
                    "officials in Washington said American consumers would benefit.")
    assert by_name(party, "Liberal Party").country != "USA"
    cypriots = analyze("Turkish Cypriots and Greek Cypriots met in Nicosia on Friday.")
    assert not [e for e in cypriots.entities if e.name.startswith("Cypriots ")]
