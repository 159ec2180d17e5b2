"""Entities on the error classes of issue 15's twelfth pass: a species' two-part Latin name
("Acropora vellica", "P. marensis"), which is no person; occupations written before a name
as AP style writes them ("agency astronauts X and Y", "Administrator X"), which are roles;
local bodies and sites named after their town or state ("Toronto Police", "the University
of Colorado", "Baghdad International Airport"), which are of that place's country; a
city's people ("Parisians"), who are of its country too, as are a body after "the United
States'" and a company described by its state or city ("the Texas firm X"); a country's
name the model cut after "of" ("the Democratic Republic of the Congo"); and a numbered model
before a vehicle ("a Falcon 9 rocket"), which is no place nor maker. Each test reads an
invented article written like a wire story."""

from __future__ import annotations

from conftest import by_name

import rashomon


def analyze(text: str, published: str = "2021-05-04") -> rashomon.Record:
    return rashomon.analyze(rashomon.read(text, published=published))


def roles_of(record: rashomon.Record, name: str) -> list[str]:
    return [r.title.lower() for r in by_name(record, name).roles]


REEF = (
    "Researchers at the Velmora Marine Institute studied two corals, Acropora vellica and "
    "Pocillopora marensis, on a reef off Harwick Island. P. marensis grew faster than A. "
    "vellica in warm water, said Ana Ruiz, who led the study. Tomás Vidal, a diver, helped.")


def test_a_species_latin_name_is_no_person_nor_organisation():
    record = analyze(REEF)
    for name in ("Acropora vellica", "Pocillopora marensis", "P. marensis"):
        assert by_name(record, name).type == "OTHER", name
    assert by_name(record, "Ana Ruiz").type == "PERSON"
    assert by_name(record, "Tomás Vidal").type == "PERSON"
    assert by_name(record, "Velmora Marine Institute").type == "ORG"


LAUNCH = (
    "Velmora Space Agency Administrator Ana Ruiz said on Tuesday that the launch had gone "
    "well. Agency astronauts Tomás Vidal and Marta Pell flew to the station, and planetary "
    "scientist Ilmar Wren followed the flight from the ground. Pellin Times columnist Joan "
    "Osk called it a milestone.")


def test_occupations_written_before_a_name_are_roles():
    record = analyze(LAUNCH)
    assert "administrator" in roles_of(record, "Ana Ruiz")
    assert "astronaut" in roles_of(record, "Tomás Vidal")
    assert "astronaut" in roles_of(record, "Marta Pell")
    assert any("scientist" in r for r in roles_of(record, "Ilmar Wren"))
    assert "columnist" in roles_of(record, "Joan Osk")


def test_local_bodies_and_sites_named_after_their_place_take_its_country():
    record = analyze(
        "Officers of the Toronto Police and the Paris Police Prefecture met on Monday. The "
        "Osaka City Council and the Lagos State Government sent observers, as did students "
        "of the University of Colorado. Flights at Baghdad International Airport resumed.")
    expected = {"Toronto Police": "CAN", "Paris Police Prefecture": "FRA",
                "Osaka City Council": "JPN", "Lagos State Government": "NGA",
                "University of Colorado": "USA", "Baghdad International Airport": "IRQ"}
    for name, country in expected.items():
        assert by_name(record, name).country == country, name
    assert by_name(record, "Paris Police Prefecture").type == "ORG"


def test_a_namesake_town_abroad_gives_no_country_in_a_story_about_another():
    record = analyze(
        "BUTUAN, Philippines, May 4 - An earthquake of magnitude 5.6 shook the Philippine "
        "province of Surigao del Sur on Tuesday, the Philippine Institute of Volcanology "
        "said. Velmora District Hospital and Madrid District Hospital were evacuated, and "
        "Philippine officials said no one was hurt.")
    assert by_name(record, "Madrid District Hospital").country != "ESP"


def test_a_town_of_namesakes_abroad_gives_no_country_but_the_articles_own():
    record = analyze(
        "Birmingham Police said on Monday that two men were arrested in Alabama after a "
        "robbery. Passengers were stranded at Manchester Airport after a power failure.")
    assert by_name(record, "Birmingham Police").country != "GBR"
    assert by_name(record, "Manchester Airport").country != "JAM"
    english = analyze(
        "LONDON, May 4 - Staff at Durham University will strike on Tuesday over pay, the "
        "University and College Union said. Britain's universities face a funding gap, "
        "British officials said, and the British government said it would help.")
    assert by_name(english, "Durham University").country == "GBR"


def test_a_house_of_worship_is_not_named_after_a_town():
    record = analyze(
        "Leaders of the Roman Catholic Church met on Monday with Ana Ruiz, the mayor of "
        "Velmora, to discuss the flood.")
    assert by_name(record, "Roman Catholic Church").country != "ROU"  # no church of Roman


def test_a_state_known_only_by_an_english_name_names_no_hospital():
    record = analyze(
        "Ana Ruiz died on Monday at Holy Cross Hospital, her family said. She was 91.")
    assert by_name(record, "Holy Cross Hospital").country is None  # not Swietokrzyskie's


def test_a_researcher_set_off_after_a_university_is_the_person_before_it():
    record = analyze(
        "Dr. Ana Ruiz of University College London, a shipping researcher, said the data "
        "showed the tanker had turned off its transponder.")
    assert by_name(record, "University College London").type == "ORG"
    assert by_name(record, "Ana Ruiz").type == "PERSON"


def test_a_citys_people_are_of_its_country():
    record = analyze(
        "Parisians gathered on Monday to mourn the three officers, and Bostonians sent "
        "flowers. Ana Ruiz, who organised the vigil, said the city would not forget them.")
    assert by_name(record, "Parisians").country == "FRA"
    assert by_name(record, "Bostonians").country == "USA"


def test_a_body_after_a_countrys_possessive_in_s_apostrophe_is_of_that_country():
    record = analyze(
        "Ana Ruiz, who once led the United States' Velmora Institute of Allergy, said on "
        "Monday that the outbreak was serious. The United States' Harwick Disease Agency "
        "agreed.")
    assert by_name(record, "Velmora Institute of Allergy").country == "USA"
    assert by_name(record, "Harwick Disease Agency").country == "USA"


def test_a_company_described_by_its_state_or_city_is_of_that_country():
    record = analyze(
        "The Texas firm Harwick Energy signed a deal on Monday with Pellin Motors, an Ohio "
        "company. The Detroit automaker Osterbach said it would build a plant.")
    for name in ("Harwick Energy", "Pellin Motors", "Osterbach"):
        assert by_name(record, name).country == "USA", name


def test_a_countrys_name_cut_after_of_is_one_country():
    record = analyze(
        "An outbreak of fever in the Democratic Republic of the Congo spread on Monday, "
        "health officials said. Ana Ruiz said the Democratic Republic of the Congo needed "
        "more vaccines.")
    congo = [e for e in record.entities if e.country == "COD"]
    assert len(congo) == 1 and congo[0].type == "GPE"
    assert not any(e.name.endswith(" of") for e in record.entities)


def test_a_name_set_off_after_a_persons_title_is_a_person():
    record = analyze(
        "A Foreign Ministry spokesman, Morgan Ortell, said on Monday that the talks would "
        "resume. The band's record company, Pellin Corps, declined to comment, and so did "
        "its tax preparer, Harwick USA.")
    assert by_name(record, "Morgan Ortell").type == "PERSON"
    assert by_name(record, "Pellin Corps").type == "ORG"
    assert by_name(record, "Harwick USA").type == "ORG"


def test_a_person_holding_a_role_of_a_body_is_of_its_country():
    record = analyze(
        "Ana Ruiz, formerly the director of the United States' Velmora Institute of Allergy, "
        "said on Monday that the outbreak was serious. Tomás Vidal, director general of the "
        "DRC's Pellin Research Institute, said the vaccine worked.")
    assert by_name(record, "Ana Ruiz").country == "USA"
    assert by_name(record, "Tomás Vidal").country == "COD"


def test_a_road_of_a_story_plainly_about_one_country_is_of_that_country():
    record = analyze(
        "WHITE PLAINS, New York - Police closed Martine Avenue on Monday after a water main "
        "burst under the US city's centre. American officials said repairs to the road, "
        "which crosses the Bronx River Parkway, would take a week, and US inspectors and "
        "New York crews were sent.")
    assert by_name(record, "Martine Avenue").country == "USA"


def test_a_public_body_in_a_country_or_state_is_of_it():
    record = analyze(
        "The Court of Session in Scotland ruled on Monday, and the Harwick Commission in "
        "Texas agreed. The Court of Arbitration for Sport in Lausanne did not, and Velmora "
        "Motors in China said it would appeal.")
    assert by_name(record, "Court of Session").country == "GBR"
    assert by_name(record, "Harwick Commission").country == "USA"
    assert by_name(record, "Court of Arbitration for Sport").country != "CHE"
    assert by_name(record, "Velmora Motors").country is None


def test_a_capital_that_mourns_is_the_city_not_its_government():
    record = analyze(
        "Paris is mourning the three officers, the mayor said on Friday. Moscow denied any "
        "role in the attack.")
    assert by_name(record, "Paris").type == "GPE"
    assert not any(e.name == "French government" for e in record.entities)
    assert any(e.name == "Russian government" for e in record.entities)


def test_a_numbered_model_before_a_vehicle_is_a_product():
    record = analyze(
        "Two astronauts flew to the station on a Falcon 9 rocket on Tuesday, and a Velm 5 "
        "launcher is due to fly next month. Harwick Aerospace, which built an Airbus jet "
        "for the agency, said Flight 574 landed safely. A Channel 9 helicopter filmed the "
        "launch, and a World War 2 tank stood by the gate.")
    types = {e.name: e.type for e in record.entities}
    assert types.get("Falcon 9") == "OTHER"
    assert types.get("Velm 5") == "OTHER"
    assert types.get("Harwick Aerospace") == "ORG"
    assert types.get("Airbus") == "ORG"
    assert types.get("Channel 9") != "OTHER" and types.get("World War 2") != "OTHER"
