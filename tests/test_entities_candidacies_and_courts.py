"""Entities on the error classes of issue 15's tenth pass: people running for office with no
title ("Vidal's campaign", "is running for president", "Democrat Jonas Brek"); courts,
services and committees named by their state, their city or their circuit; titles of
counsel, interns and district judges, and a place the model ran into such a title ("United
States District" Judge X); a law whose name holds "of"; two bodies run across a comma; the
people of a territory by its own demonym. Each test reads an invented article written like
a wire story."""

from __future__ import annotations

from conftest import by_name

import rashomon


def analyze(text: str, published: str = "2016-09-10") -> rashomon.Record:
    return rashomon.analyze(rashomon.read(text, published=published))


def people(record: rashomon.Record) -> dict[str, rashomon.record.Entity]:
    return {e.name: e for e in record.entities if e.type == "PERSON"}


def roles(record: rashomon.Record, name: str) -> list[tuple[str, str | None]]:
    return [(r.title.lower(), r.of) for r in people(record)[name].roles]


RACE = (
    "DES MOINES, Iowa, Sept. 9 - Republicans and Democrats crowded into Iowa on Friday. "
    "Tomás Vidal is running for president, and he spoke to farmers in Ames. The Ana Ruiz "
    "campaign bought more television time in Des Moines. Voters in Ohio elected Marta Pell "
    "to the Senate two years ago, and she said a vote for Ilmar Wren was a vote for the "
    "farm bill. Democrat Jonas Brek agreed. Kalina Osk runs a bakery in Ames, and she "
    "said she had not decided.")


def test_people_running_for_office_are_of_the_country_whose_election_it_is():
    found = people(analyze(RACE))
    for name in ("Tomás Vidal", "Ana Ruiz", "Marta Pell", "Ilmar Wren", "Jonas Brek"):
        assert found[name].country == "USA", name
    assert found["Kalina Osk"].country is None  # she runs a bakery, not for office


def test_a_candidacy_in_a_story_about_one_country_that_names_anothers_parties_is_not_theirs():
    record = analyze(
        "MANILA, Sept. 9 - Philippine voters will choose a president in May. Ana Ruiz is "
        "running for president, and her campaign opened offices in Manila and Cebu on "
        "Friday. Philippine senators said the Philippine race was tighter than the one "
        "between the Republicans and the Democrats in the United States.")
    assert people(record)["Ana Ruiz"].country != "USA"
    record = analyze(
        "PARIS, Sept. 9 - French President Marc Duval said on Friday that Tomás Vidal's "
        "campaign worried France. French officials in Paris said France and Germany would "
        "work with whoever wins the American election.")
    assert people(record)["Tomás Vidal"].country != "FRA"  # the story's country, not his


def test_a_campaign_that_is_no_election_or_a_race_abroad_gives_no_country():
    record = analyze(
        "CHICAGO, Sept. 9 - The Ilmar Wren campaign, a billboard push for a new cola, opened "
        "in Chicago on Friday, and Jonas Brek's supporters, fans of his band, filled the "
        "arena. Leaders of the Republican Party and the Democratic Party in the United "
        "States both drink the cola, its maker said.")
    assert people(record)["Ilmar Wren"].country is None  # an advertising campaign
    assert people(record)["Jonas Brek"].country is None  # a singer's fans
    record = analyze(
        "MANILA, Sept. 9 - A vote for Kalina Osk in the Philippine Senate race is a vote for "
        "reform, her allies said on Friday. In Washington, U.S. Democrats and Republicans "
        "said the United States would watch the vote.")
    assert people(record)["Kalina Osk"].country != "USA"


def test_courts_services_and_committees_named_by_their_state_city_or_circuit_are_that_countrys():
    record = analyze(
        "MADISON, Wis., Sept. 9 - The Wisconsin Court of Appeals on Friday upheld a ruling of "
        "the Milwaukee County Circuit Court in a suit over tax records. The records had been "
        "sought by the Internal Revenue Service and by the House of Representatives' "
        "Committee on Ways and Means, and the Seventh Circuit Court of Appeals will hear the "
        "federal case in October. U.S. lawmakers and the Federal Election Commission said "
        "the U.S. tax code needed reform, Tomás Vidal, a lawyer for the family, said.")
    for name in ("Wisconsin Court of Appeals", "Milwaukee County Circuit Court",
                 "Internal Revenue Service",
                 "House of Representatives' Committee on Ways and Means",
                 "Seventh Circuit Court of Appeals"):
        assert by_name(record, name).country == "USA", name
    assert by_name(record, "Wisconsin Court of Appeals").code == "USAJUD"
    assert by_name(record, "Federal Election Commission").country == "USA"  # no Federal,
    # a town of Argentina, opens its name


def test_a_court_or_department_of_no_public_function_takes_no_country():
    record = analyze(
        "MADISON, Wis., Sept. 9 - The Court of Arbitration for Sport in Lausanne ruled on "
        "Friday against the Harwick Rowing Club, Tomás Vidal said in Madison.")
    assert by_name(record, "Court of Arbitration for Sport").country is None
    record = analyze(
        "MADISON, Wis., Sept. 9 - Tomás Vidal of the Department of Mathematics and "
        "Statistics will hire two teachers, he said on Friday. U.S. lawmakers said U.S. "
        "schools and the U.S. Department of Education needed more teachers.")
    assert by_name(record, "Department of Mathematics and Statistics").country is None


def test_titles_of_counsel_interns_and_district_judges_are_roles():
    record = analyze(
        "WASHINGTON, Sept. 9 - FBI General Counsel Ilmar Wren told senators on Friday that "
        "former White House intern Marta Pell had kept the files. United States District "
        "Judge Ana Ruiz ordered them released, and Harwick Police Chief Tomás Vidal said "
        "his officers would help.")
    assert roles(record, "Ilmar Wren") == [("general counsel", "FBI")]
    assert ("former intern", "White House") in roles(record, "Marta Pell")
    assert roles(record, "Ana Ruiz") == [("district judge", "USA")]
    assert all(e.name != "United States District" for e in record.entities)
    assert by_name(record, "Harwick Police").type == "ORG"  # a body, not a place: kept


def test_a_law_whose_name_holds_of_is_one_name():
    record = analyze(
        "WASHINGTON, Sept. 9 - Reporters asked for the files under the Freedom of "
        "Information Act, and the Affordable Care Act and Medicare Act were debated in the "
        "Senate on Friday, Ana Ruiz said.")
    laws = sorted(e.name for e in record.entities if e.type == "LAW")
    assert laws == ["Affordable Care Act", "Freedom of Information Act", "Medicare Act"]


def test_the_people_of_a_territory_are_named_by_its_own_demonym():
    record = analyze(
        "Ana Ruiz told reporters in Macau on Friday that the rights of a Hong Konger must "
        "be kept. Hong Kong said it would not comment, and a Greenlander who joined the "
        "march agreed.")
    for demonym, country in (("Hong Konger", "HKG"), ("Greenlander", "GRL")):
        found = [e for e in record.entities
                 if any(record.text[s:x] == demonym for s, x in e.mentions)]
        assert [(e.type, e.country) for e in found] == [("NORP", country)], demonym
    assert by_name(record, "Macao").country == "MAC"  # "Macau", its other spelling
    assert by_name(record, "Hong Kong government").country == "HKG"  # no "Hong Konger" one


def test_two_bodies_the_model_ran_across_a_comma_are_two():
    record = analyze(
        "WASHINGTON, Sept. 9 - In a filing on requests from Pellin Watch, Justice Department "
        "senior trial counsel Ana Ruiz wrote on Friday that the files were lost. Velmora Air, "
        "Inc. and the law firm Ruiz, Vidal & Pell Bank said nothing.")
    names = {e.name for e in record.entities if e.type == "ORG"}
    assert {"Pellin Watch", "Justice Department", "Velmora Air, Inc."} <= names
    assert roles(record, "Ana Ruiz") == [("senior trial counsel", "Justice Department")]


# The second half of the pass, from round AC's US stories after its figures were recorded.

def test_a_title_after_then_or_ex_keeps_the_place_it_is_of():
    record = analyze(
        "TRENTON, N.J., Sept. 9 - Ana Ruiz, then-New Jersey Governor Tomás Vidal's deputy "
        "chief of staff, testified on Friday, and ex-Harwick Mayor Ilmar Wren and "
        "ex-President Kalina Osk agreed.")
    assert roles(record, "Tomás Vidal") == [("governor", "New Jersey")]
    assert people(record)["Tomás Vidal"].country == "USA"  # not Jersey, JEY
    assert roles(record, "Ilmar Wren") == [("former mayor", "Harwick")]
    assert roles(record, "Kalina Osk") == [("former president", None)]


def test_a_party_word_before_a_states_office_is_no_part_of_the_state():
    record = analyze(
        "INDIANAPOLIS, Sept. 9 - Republican Indiana Gov. Marta Pell signed the bill on "
        "Friday, and Liberal National MP Ana Ruiz praised it. Labour London Mayor Ilmar "
        "Wren said nothing.")
    assert roles(record, "Marta Pell") == [("republican gov.", "Indiana")]
    assert people(record)["Marta Pell"].code == "USAGOV"
    assert roles(record, "Ana Ruiz") == [("mp", "Liberal National")]  # a party's name
    assert roles(record, "Ilmar Wren") == [("labour mayor", "London")]


def test_national_bodies_named_by_their_kind_and_courts_with_their_circuit():
    record = analyze(
        "WASHINGTON, Sept. 9 - The House passed the bill on Friday, and the Secret Service "
        "and the Selective Service System said they would comply. The Court of Appeals for "
        "the Third Circuit upheld the Family and Medical Leave Act, Josh Brek, the U.S. "
        "Attorney for the Western District of Texas, said. U.S. lawmakers and U.S. officials "
        "said the United States would act.")
    for name, code in (("House", "USALEG"), ("Secret Service", "USACOP"),
                       ("Selective Service System", "USAGOV"),
                       ("Court of Appeals for the Third Circuit", "USAJUD")):
        assert by_name(record, name).code == code, name
    assert all(e.name != "Third Circuit" for e in record.entities)
    assert by_name(record, "Family and Medical Leave Act").type == "LAW"
    assert people(record)["Josh Brek"].country == "USA"


def test_people_before_act_and_a_state_after_a_court_keep_their_own_entities():
    record = analyze(
        "NEW YORK, Sept. 9 - The U.S. Bankruptcy Court for the District of Delaware "
        "approved the sale on Friday. Jonas Brek and Ilmar Wren own the plant, and the "
        "Brek and Wren Act on Plants, a book by Ana Ruiz, tells its story.")
    assert by_name(record, "Ilmar Wren").type == "PERSON"
    assert all(e.name != "Brek and Wren Act" for e in record.entities)
    assert any(p.name.endswith("Delaware") for p in record.places)  # not inside the court
