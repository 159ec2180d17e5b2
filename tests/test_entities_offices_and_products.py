"""Entities on the error classes of issue 15's sixth pass: a national office whose country
the text leaves unsaid, a surname alone as a key to reference data, products named by a
maker and a model, a person's name after a legal form or ending in a word that heads
organisations' names, and a second role the parser joined to an organisation's name. Each
test reads an invented article written like a wire story; the reference data (Phoenix)
holds real officials, so those tests name real ones in invented sentences."""

from __future__ import annotations

import pytest
from conftest import by_name

import rashomon


def analyze(text: str, published: str = "2016-09-16") -> rashomon.Record:
    return rashomon.analyze(rashomon.read(text, published=published))


def labels(text: str) -> dict[str, str]:
    return {e.name: e.type for e in analyze(text).entities}


CHILE_VISIT = (
    "Chile's leader visits Washington\n\n"
    "SANTIAGO - Chile's foreign minister, Ana Ruiz, said on Friday that Chile would sign the "
    "trade pact. Chile and Peru have argued over the deal for a year, and Chilean farmers "
    "oppose it. Ruiz met President Obama and Vice President Biden in Washington last week, "
    "Chilean officials said. Prime Minister Kim also backs the pact.")


def test_a_national_office_takes_its_holders_country_from_reference_data_on_the_date():
    record = analyze(CHILE_VISIT)
    for name in ("Obama", "Biden"):
        person = by_name(record, name)
        assert [r.country for r in person.roles] == ["USA"], name
        assert person.country == "USA"


def test_a_surname_several_countries_share_gives_a_national_office_no_country_of_its_own():
    kim = by_name(analyze(CHILE_VISIT), "Kim")
    assert [r.country for r in kim.roles] != ["USA"]
    assert kim.country != "PRK" and kim.country != "KOR"


def test_a_surname_after_a_state_or_military_title_is_not_looked_up_among_governments():
    record = analyze("Governor Christie spoke in Trenton on Monday. General Dempsey met "
                     "President Obama at the White House.", published="2015-06-01")
    assert by_name(record, "Christie").country != "BHS"  # a Bahamian prime minister
    assert by_name(record, "Dempsey").country != "IRL"  # an Irish minister
    assert by_name(record, "Obama").country == "USA"


def test_a_surname_alone_is_no_key_to_reference_data():
    record = analyze("Republican Sen. Kelly Varga faces Gov. Ana Hassan in November. Hassan "
                     "said on Monday she would win. Hassan leads in New Hampshire polls.",
                     published="2016-08-26")
    hassan = by_name(record, "Ana Hassan")  # Phoenix has a Jordanian "Hassan" in government
    assert hassan.country != "JOR" and [r.country for r in hassan.roles] != ["JOR"]


def test_a_maker_and_its_model_are_one_product_however_the_model_is_written():
    record = analyze("Pellin Air ordered 14 new Airbus A330-200 jets and two Boeing 737-800 "
                     "planes on Tuesday, replacing its Lockheed Tristar fleet.")
    products = [e.name for e in record.entities if e.type == "OTHER"]
    organisations = [e.name for e in record.entities if e.type == "ORG"]
    assert {"Airbus A330-200", "Boeing 737-800", "Lockheed Tristar"} <= set(products)
    assert not {"Airbus", "Boeing", "Lockheed"} & set(organisations)


@pytest.mark.parametrize(("text", "whole", "piece"), [
    # a company the model split into a maker and a product Phoenix knows as one name
    ("The contract was fought for between Pellin Aero and Lockheed Martin, Lockheed winning "
     "it. Valdoria Air said on Monday it would stop buying jets from Pellin Aero.",
     "Lockheed Martin", "Martin"),
    # a body whose name runs on past a word that is also a legal form
    ("Pellin Motors told the Environmental Protection Agency on February 18, and the "
     "California Air Resources Board on February 21, that its tests were wrong.",
     "California Air Resources Board", "Resources Board"),
])
def test_an_organisations_name_the_model_would_cut_stays_whole(text, whole, piece):
    found = labels(text)
    assert found.get(whole) == "ORG"
    assert piece not in found


def test_a_persons_name_after_a_legal_form_or_a_title_is_a_person_whatever_its_last_word():
    found = labels("\"It is too early to see a trend,\" said the vice president and chairman "
                   "of Pellin LLC Jim Press. \"We can wait,\" said Jim Press, the vice chairman "
                   "of Pellin. Douglas Aircraft said it would build more jets.")
    assert found.get("Jim Press") == "PERSON"
    assert found.get("Pellin LLC") == "ORG"
    assert found.get("Douglas Aircraft") == "ORG"


def test_a_second_role_the_parser_joined_to_an_organisations_name_is_a_role_of_its_own():
    record = analyze(
        "\"The plan will not pass,\" said Ana Ruiz, a senior fellow at the Pellin Institute "
        "and a former adviser to the governor. \"It is late,\" said Tomas Vidal, an economic "
        "adviser to Republicans and former director of the Pellin Budget Office. Ilmar Wren, "
        "a senior adviser and pollster for Mr. Okoro and his running mate, Gov. Ana Brandt "
        "of Ohio, will run the campaign. Okoro is often compared with Ivo Brandt, the "
        "secretary of housing and urban development, whose name is also floated.",
        published="2016-05-10")

    def roles(name: str) -> list[tuple[str, str | None]]:
        return [(r.title, r.of) for r in by_name(record, name).roles]

    assert roles("Ana Ruiz")[0] == ("senior fellow", "Pellin Institute")
    assert ("former adviser", None) in roles("Ana Ruiz")
    assert roles("Tomas Vidal") == [("economic adviser", "Republicans"),
                                    ("former director", "Pellin Budget Office")]
    assert roles("Ilmar Wren") == [("senior adviser", "Okoro"), ("pollster", "Okoro")]
    assert [title for title, _ in roles("Ivo Brandt")] == ["secretary"]


def test_an_office_of_a_place_other_countries_share_a_name_with_is_in_the_articles_place():
    record = analyze("Senator Ana Ruiz of Florida and Senator Tomas Vidal of Maryland met "
                     "voters in Miami on Tuesday. Former Florida governor Ivo Brandt joined "
                     "them in Tampa.", published="2016-01-15")
    for name, state in (("Ana Ruiz", "Florida"), ("Tomas Vidal", "Maryland"),
                        ("Ivo Brandt", "Florida")):
        person = by_name(record, name)
        assert [(r.of, r.country) for r in person.roles] == [(state, "USA")], name
        assert person.country == "USA"  # Florida is also in Uruguay, Maryland in Liberia


def test_a_determiner_of_a_pair_is_no_part_of_a_title():
    record = analyze("The court was missing both Justice Ana Ruiz and Justice Tomas Vidal. "
                     "Both President Ilmar Wren and Vice President Lena Marsh survived the "
                     "vote.")
    assert [(r.title, r.of) for r in by_name(record, "Ana Ruiz").roles] == [("Justice", None)]
    assert [(r.title, r.of) for r in by_name(record, "Ilmar Wren").roles] == [
        ("President", None)]


def test_a_title_joined_to_a_names_own_by_a_preposition_is_someone_elses():
    record = analyze("Ilmar Wren, campaign chairman for Democratic nominee Ana Brandt, said "
                     "the race was close. A spokesman for Democratic presidential candidate "
                     "Ana Brandt declined to comment. Pat Okoro, national finance chairman "
                     "for New Jersey Gov. Ivo Varga, resigned. Secretary of State Lena Marsh "
                     "said nothing.", published="2016-01-15")
    assert [r.title for r in by_name(record, "Ana Brandt").roles] == [
        "Democratic nominee", "Democratic presidential candidate"]
    assert [(r.title, r.of) for r in by_name(record, "Ivo Varga").roles] == [
        ("Gov.", "New Jersey")]
    assert [r.title for r in by_name(record, "Lena Marsh").roles] == ["Secretary of State"]


def test_a_title_that_modifies_another_noun_is_no_mention_of_its_holder():
    record = analyze("Attorney General Tomas Vidal will run again. The general election is "
                     "in November, and the general public is tired of it, Vidal said.")
    mentions = [record.text[s:e] for s, e in by_name(record, "Tomas Vidal").mentions]
    assert "The general" not in mentions and "the general" not in mentions


def test_an_organisations_head_word_of_a_place_names_the_organisation():
    found = labels("Ana Ruiz, a professor of public law at the University of Cape Town in "
                   "South Africa, said the ruling was narrow.")
    assert found.get("University of Cape Town") == "ORG"
    assert found.get("South Africa") == "GPE"


def test_a_name_the_model_read_as_an_organisation_with_a_title_in_apposition_is_a_person():
    found = labels("Eswar Kalra, a professor of economics at Pellin University, said the "
                   "rate was too high.")
    assert found.get("Eswar Kalra") == "PERSON"
    assert found.get("Pellin University") == "ORG"


def test_a_clause_subject_the_parser_hung_on_a_name_is_no_title_in_apposition():
    found = labels("During a campaign stop at the resort, now called Velmora National Pellin, "
                   "the candidate boasted of his deal. The ruling party fears the Pellin "
                   "Front, whose leader, Ana Ruiz, tops the polls.")
    assert found.get("Velmora National Pellin") != "PERSON"
    assert found.get("Pellin Front") != "PERSON"


def test_an_organisation_named_in_short_before_it_is_named_in_full_is_one_entity():
    record = analyze("Lena Marsh, a Fed governor, wants low rates. She spent years at the "
                     "Treasury. Her fight for the Federal Reserve to keep rates low began at "
                     "the Treasury Department in 2009.")
    organisations = {e.name: [record.text[s:t] for s, t in e.mentions]
                     for e in record.entities if e.type == "ORG"}
    assert organisations["Federal Reserve"] == ["Fed", "the Federal Reserve"]
    assert organisations["Treasury Department"] == ["Treasury", "the Treasury Department"]


def test_a_title_the_clause_says_the_person_acts_as_is_a_role_and_one_held_before_is_former():
    record = analyze("As Governor of Ohio in 1983, Ilmar Wren signed the law. Lena Marsh had "
                     "worked on the case as solicitor general. Tomas Vidal served as chairman "
                     "of the Pellin Bank until 2010. As a senator, Ana Linde voted against the "
                     "war. Pat Okoro sees himself as a leader. As president, Ivo Brandt "
                     "would be firm with Pellin.", published="2016-01-15")

    def roles(name: str) -> list[tuple[str, str | None]]:
        return [(r.title, r.of) for r in by_name(record, name).roles]

    assert roles("Ilmar Wren") == [("former Governor", "Ohio")]
    assert roles("Lena Marsh") == [("former solicitor general", None)]
    assert roles("Tomas Vidal") == [("former chairman", "Pellin Bank")]
    assert roles("Ana Linde") == [("senator", None)]
    assert roles("Pat Okoro") == []  # how he sees himself is no post
    assert roles("Ivo Brandt") == []  # an office the clause only supposes


def test_a_title_that_is_also_a_given_name_before_the_surname_of_its_holder_is_that_holder():
    record = analyze("Vikram Ruiz, dean of the Pellin College of Law, said the ruling was "
                     "narrow. \"It will not last,\" Dean Ruiz said. Dean Martin sang at the "
                     "gala, and Ana Martin, a lawyer, applauded.")
    mentions = [record.text[s:e] for s, e in by_name(record, "Vikram Ruiz").mentions]
    assert mentions == ["Vikram Ruiz", "Dean Ruiz"]
    assert by_name(record, "Dean Martin") is not by_name(record, "Ana Martin")


def test_the_review_guards_other_peoples_titles_bodies_and_namesakes_abroad():
    # counter-examples a review of this pass ran on its first rules (each failed there)
    record = analyze(
        "\"No,\" said Ana Ruiz, an adviser to the president and the prime minister. The "
        "Pellin Front, a member of the ruling coalition, said it would vote no. In Madrid, "
        "Prime Minister Moreno said Spain would cut taxes, and Spanish officials agreed. As "
        "governor since 2011, Lena Marsh has cut taxes. Deputy Minister of Defense Gen. "
        "Tomas Vidal agreed. Ivo Brandt, "
        "the dean of students, met the family. Her son Dean Brandt said he was sorry. \"It "
        "is late,\" said the chairman of Pellin Inc Eswar Kalra.")
    titles = {e.name: [r.title for r in e.roles] for e in record.entities}
    types = {e.name: e.type for e in record.entities}
    assert titles["Ana Ruiz"] == ["adviser"]  # the prime minister is someone else
    assert types.get("Pellin Front") == "ORG"  # a body can be a member
    assert by_name(record, "Moreno").country == "ESP"  # no Ecuadorian namesake
    assert titles["Lena Marsh"] == ["governor"]  # since 2011: not over
    assert any("Minister" in title or "Minister" in (r.of or "")
               for r in by_name(record, "Tomas Vidal").roles for title in [r.title])
    assert by_name(record, "Ivo Brandt") is not by_name(record, "Dean Brandt")
    assert types.get("Eswar Kalra") == "PERSON"


def test_an_index_abbreviation_after_its_name_is_no_organisation():
    found = labels("The largest drop was with the Dow Jones (DJIA), which fell 678 points on "
                   "Thursday, traders in Pellin said.")
    assert "DJIA" not in found


def test_an_armed_group_phoenix_codes_as_one_actor_is_one_organisation_under_its_names():
    record = analyze("The Islamic State, also known as ISIL or ISIS, claimed the attack on "
                     "Pellin. Leaders said they would not sit at the table with ISIL.")
    groups = [e for e in record.entities if e.name in ("Islamic State", "ISIL", "ISIS")]
    assert len(groups) == 1 and groups[0].type == "ORG"
    assert [record.text[s:e] for s, e in groups[0].mentions] == [
        "The Islamic State", "ISIL", "ISIS", "ISIL"]
