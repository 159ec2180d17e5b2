"""Entities on the error classes of issue 15's sixth pass: a national office whose country
the text leaves unsaid, a surname alone as a key to reference data, products named by a
maker and a model, a person's name after a legal form or ending in a word that heads
organisations' names, and a second role the parser joined to an organisation's name. Each
test reads an invented article written like a wire story; the reference data (Phoenix)
holds real officials, so those tests name real ones in invented sentences."""

from __future__ import annotations

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


def test_a_company_the_model_split_at_a_persons_name_is_one_organisation():
    found = labels("The contract was fought for between Pellin Aero and Lockheed Martin, "
                   "Lockheed winning it. Valdoria Air said on Monday it would stop buying "
                   "jets from Pellin Aero.")
    assert found.get("Lockheed Martin") == "ORG"
    assert "Martin" not in found


def test_a_persons_name_after_a_legal_form_or_a_title_is_a_person_whatever_its_last_word():
    found = labels("\"It is too early to see a trend,\" said the vice president and chairman "
                   "of Pellin LLC Jim Press. \"We can wait,\" said Jim Press, the vice chairman "
                   "of Pellin. Douglas Aircraft said it would build more jets.")
    assert found.get("Jim Press") == "PERSON"
    assert found.get("Pellin LLC") == "ORG"
    assert found.get("Douglas Aircraft") == "ORG"


def test_a_body_whose_name_runs_on_past_a_legal_form_word_stays_whole():
    found = labels("Pellin Motors told the Environmental Protection Agency on February 18, "
                   "and the California Air Resources Board on February 21, that its tests "
                   "were wrong.")
    assert found.get("California Air Resources Board") == "ORG"
    assert "Resources Board" not in found


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
