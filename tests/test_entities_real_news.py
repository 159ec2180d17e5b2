"""Entities and places on the error classes a hand audit of real news found (issue 15):
garbled roles, junk names, products and indices read as organisations, wrong types and
merges, US states and provinces resolved abroad, places without coordinates. Each test
reads an invented article written like a wire story."""

from __future__ import annotations

from conftest import ARTICLES


def by_name(record, name):
    return next(e for e in record.entities if e.name == name)


def roles(entity):
    return [(r.title, r.of, r.country) for r in entity.roles]


def place_of(record, name):
    entity = by_name(record, name)
    return next((p for p in record.places if p.entity == entity.id), None)


def test_titles_keep_their_modifiers_offices_and_organisations(analyze_file):
    record = analyze_file(ARTICLES / "us_offices.txt")
    # "US Secretary of State Daniel Marsh": the office whole, its country; no ORG "State"
    assert roles(by_name(record, "Daniel Marsh")) == [("Secretary of State", "USA", "USA")]
    assert not any(e.name == "State" for e in record.entities)
    # "Deputy Attorney General", "Assistant Attorney General": a modifier, not an "of"
    assert roles(by_name(record, "Ruth Okafor")) == [("Deputy Attorney General", None, "USA")]
    assert roles(by_name(record, "Peter Lindqvist"))[0][0] == "Assistant Attorney General"
    # "FBI Director Colin Brauer": of the FBI, which is American (not country "FBI")
    brauer = by_name(record, "Colin Brauer")
    assert roles(brauer) == [("Director", "FBI", "USA")] and brauer.country == "USA"
    assert by_name(record, "FBI").country == "USA"
    # a role stated in an appositive before the name
    assert roles(by_name(record, "Samuel Hart")) == [("attorney general", None, "USA")]
    # an office of a state is in that state's country; "to <country>" stays in the title
    assert roles(by_name(record, "Rosa Delgado")) == [("Attorney General", "California", "USA")]
    assert roles(by_name(record, "Mark Ellery")) == [("Ambassador to Germany", "USA", "USA")]
    assert by_name(record, "United States Constitution").type == "LAW"


def test_a_deputy_is_not_the_office_holder():
    from rashomon import analyze

    record = analyze("Deputy Attorney General Ruth Okafor testified on Tuesday. "
                     "The attorney general said he would not resign.")
    okafor = by_name(record, "Ruth Okafor")
    assert not any(record.text[s:e] == "The attorney general" for s, e in okafor.mentions)


def test_bylines_credits_and_headline_fragments_are_not_people(analyze_file):
    record = analyze_file(ARTICLES / "us_offices.txt")
    names = {e.name for e in record.entities}
    assert not {"Harriet Lowe", "Tom Reyes"} & names  # byline, credit, "Editing by"
    assert not any("Press" in name or "Blame" in name for name in names)  # headlines


def test_a_shouted_headline_word_is_not_a_person():
    from rashomon import analyze

    record = analyze("MARKETS\nDow: DOWN 0.4 PERCENT\n\nShares of Brelco fell on Monday after "
                     "the company cut its forecast, its chief executive, Anna Rautio, said.")
    people = {e.name for e in record.entities if e.type == "PERSON"}
    assert people == {"Anna Rautio"}


def test_products_and_market_indices_are_not_actors(analyze_file):
    record = analyze_file(ARTICLES / "markets_and_makers.txt")
    types = {e.name: e.type for e in record.entities}
    assert types["Boeing 737s"] == types["Airbus A380s"] == "OTHER"
    assert not any(name.startswith(("Dow", "FTSE")) for name in types)  # indices, not ORGs
    assert "Nasdaq Composite" not in types
    assert types["Nasdaq"] == "ORG"  # "Nasdaq said": the exchange operator acts
    assert types["Toyota"] == "ORG" and by_name(record, "Toyota").country == "JPN"


def test_organisation_types_and_merges(analyze_file):
    record = analyze_file(ARTICLES / "markets_and_makers.txt")
    types = {e.name: e.type for e in record.entities}
    assert types["Douglas Aircraft"] == types["Der Spiegel"] == "ORG"
    assert types["GAO"] == "ORG"  # an acronym, not the Malian city Gao
    ford = by_name(record, "Ford Motor Company")  # "Ford shares" joins the company
    assert "Ford" in ford.aliases
    # the legal form ends the company's name: the person after it is a person
    assert types["Chrysler"] == "ORG" and types["Jim Whitcombe"] == "PERSON"
    # "Apple Chief Executive Officer Marta Lindgren"; "Lindgren added" joins her
    lindgren = by_name(record, "Marta Lindgren")
    assert roles(lindgren)[0][:2] == ("Chief Executive Officer", "Apple")
    assert "Lindgren" in lindgren.aliases
    assert not any(e.name.startswith("Executive Officer") for e in record.entities)
    chairman = by_name(record, "William Clay Ford Jr.")
    assert roles(chairman)[0][:2] == ("chairman", None)  # "its chairman": not "of Its"


def test_lone_surnames_of_named_people_are_people():
    from rashomon import analyze

    record = analyze("Laura Price opened the conference on Monday. Price said the new "
                     "tablet would ship in May, and the crowd cheered when Price showed it.")
    person = by_name(record, "Laura Price")  # "Price" the model reads as a common noun
    assert sum(record.text[s:e] == "Price" for s, e in person.mentions) == 2


def test_states_provinces_features_and_countries_have_coordinates(analyze_file):
    record = analyze_file(ARTICLES / "us_offices.txt")
    for state in ("Colorado", "Arizona", "Virginia", "Missouri", "Texas", "Utah", "Michigan",
                  "Indiana", "Georgia"):  # a US story: the states, not towns abroad
        place = place_of(record, state)
        assert (place.country, place.kind) == ("USA", "region"), state
        assert place.region_code.startswith("US-") and place.lat and place.lon
    # "Maine, New York, New Jersey and Connecticut": New York State, not the city
    assert (place_of(record, "New York").kind, place_of(record, "New York").region_code) == (
        "region", "US-NY")
    assert place_of(record, "New York").lat > 42  # inside the state, not at New York City
    washington = place_of(record, "Washington")  # the capital, not the state
    assert (washington.kind, washington.admin1) == ("city", "US.DC")
    usa = place_of(record, "United States")
    assert usa.kind == "country" and usa.lat is not None and usa.lon is not None


def test_provinces_villages_cities_and_seas(analyze_file):
    record = analyze_file(ARTICLES / "provinces.txt")
    assert (place_of(record, "Logar").kind, place_of(record, "Logar").region_code) == (
        "region", "AF-LOG")
    assert place_of(record, "Zabul").region_code == "AF-ZAB"
    # "Herat and Kandahar": the cities (the model missed Herat), not the provinces
    assert [place_of(record, name).kind for name in ("Herat", "Kandahar")] == ["city", "city"]
    # "Sarkh, a village in Logar province": not the Chadian city of Sarh; unresolved
    assert by_name(record, "Sarkh").type == "GPE" and place_of(record, "Sarkh") is None
    # "KABUL, Afghanistan (Wire)": the dateline names the city and the country apart
    assert {"Kabul", "Afghanistan"} <= {e.name for e in record.entities}
    # Arabic names keep their particle; the surname alone joins the person
    assad = by_name(record, "Bashar al-Assad")
    assert "Assad" in [record.text[s:e] for s, e in assad.mentions]
    # "Kam" joins "Kam Air": a short name drops the airline's last word
    assert "Kam" in by_name(record, "Kam Air").aliases
    atlantic = place_of(record, "Atlantic")
    assert atlantic.kind == "feature" and atlantic.country is None and atlantic.lon < 0
    assert place_of(record, "Black Sea").kind == "feature"


def test_role_modifiers_offices_and_honorifics(analyze_file):
    record = analyze_file(ARTICLES / "campaign_trail.txt")
    assert roles(by_name(record, "Daniel Marsh"))[0][0] == "Incumbent President"
    assert roles(by_name(record, "Ellen Varga")) == [("former governor", "Minnesota", "USA")]
    assert roles(by_name(record, "Helen Park")) == [("Senator", "California", "USA")]
    assert roles(by_name(record, "Louis DeMarco"))[0][0] == "Postmaster General"  # "DeMarco"
    assert roles(by_name(record, "Teal Morgan")) == [("national director", None, None)]
    assert roles(by_name(record, "Tom Reyes"))[0][:2] == ("nominee", "Democratic") or roles(
        by_name(record, "Tom Reyes"))[0][0] == "Democratic nominee"
    assert "Mr." not in [r.title for e in record.entities for r in e.roles]  # no role
    assert "Mr. Marsh" in by_name(record, "Daniel Marsh").aliases  # but a way to name him


def test_a_lone_surname_is_the_prominent_namesake(analyze_file):
    record = analyze_file(ARTICLES / "campaign_trail.txt")
    tom, carl = by_name(record, "Tom Reyes"), by_name(record, "Carl Reyes")
    assert sum(record.text[s:e] == "Reyes" for s, e in tom.mentions) >= 2
    assert [record.text[s:e] for s, e in carl.mentions] == ["Carl Reyes"]


def test_sentence_capitals_attitudes_and_scores_are_not_names(analyze_file):
    record = analyze_file(ARTICLES / "campaign_trail.txt")
    names = {e.name for e in record.entities}
    assert not {"Next", "Observers", "pro-Reyes", "Marsh 47"} & names
    assert not any(e.type == "OTHER" and "47" in e.name for e in record.entities)


def test_qualified_towns_states_and_small_towns(analyze_file):
    record = analyze_file(ARTICLES / "campaign_trail.txt")
    admin1 = {p.name: p.admin1 for p in record.places if p.kind == "city"}
    # "Lewisburg, Pa.", "Arlington, Va.", "Wilmington, Delaware", "Douglas, Ariz.": in
    # those states, not in Tennessee, Texas, North Carolina or the Isle of Man
    assert admin1["Lewisburg"] == "US.PA" and admin1["Arlington"] == "US.VA"
    assert admin1["Wilmington"] == "US.DE" and admin1["Douglas"] == "US.AZ"
    kinds = {p.name: (p.kind, p.region_code) for p in record.places}
    assert kinds["Pennsylvania"] == ("region", "US-PA")  # "Pa." is the state
    assert kinds["New York"] == ("region", "US-NY")  # "the governor of New York"
    assert kinds["Quebec"] == ("region", "CA-QC")  # "Westmount, Quebec"
    assert "West" not in kinds  # "in favor of West": no West, Texas, without a sign
    assert kinds.get("Canada", ("country",))[0] == "country"  # "A Canadian ...": no town
    assert not any(e.name == "Isle of Man government" for e in record.entities)


def test_offices_of_states_parties_and_initials(analyze_file):
    record = analyze_file(ARTICLES / "quake_and_senate.txt")
    # "United States Senator from Vermont": the state is what the office is of
    assert roles(by_name(record, "Ada Brennan")) == [("Senator", "Vermont", "USA")]
    # a party appositive names the senator's state
    assert roles(by_name(record, "Jeff Tollman")) == [("Senator", "Arizona", "USA")]
    assert roles(by_name(record, "Robert Vance")) == [("Senator", "Tennessee", "USA")]
    # a middle initial does not cut the name
    assert by_name(record, "Paul D. Renner").type == "PERSON"
    # "a strategist for Mrs. Brennan's campaign" is the strategist's role, not hers
    assert not any("strategist" in r.title for r in by_name(record, "Ada Brennan").roles)


def test_short_names_parties_and_given_names_join(analyze_file):
    record = analyze_file(ARTICLES / "quake_and_senate.txt")
    institute = next(e for e in record.entities if "Seismology" in e.name)
    assert "Isvolc" in institute.aliases  # "(Isvolc)" after the name, then alone
    party = by_name(record, "Democratic Party")
    assert "Democrats" in party.aliases  # the party's members join the party
    assert not any(e.type == "NORP" and e.name.startswith("Democrat")
                   for e in record.entities)
    vance = by_name(record, "Robert Vance")  # "If Robert keeps blocking this"
    assert "Robert" in [record.text[s:e] for s, e in vance.mentions]
    assert by_name(record, "ASEAN").type == "ORG"  # "the 55-member ASEAN": no person


def test_places_named_by_province_heads_kin_and_state_nouns(analyze_file):
    record = analyze_file(ARTICLES / "quake_and_senate.txt")
    kinds = {p.name: (p.kind, p.country) for p in record.places}
    assert kinds["North Cotabato"] == ("region", "PHL")  # not Cotabato City
    assert kinds["Esperanza"] == ("city", "PHL")  # "Esperanza, Sultan Kudarat"
    assert by_name(record, "Mary").type == "PERSON"  # "the mayor's wife Mary"
    assert kinds["New York"][0] == "region"  # "the New York primary"
    assert "Mexico" not in kinds  # "a Mexican-American judge": people, not a place
    assert any(e.type == "GPE" and "Santos City" in e.name for e in record.entities)


def test_party_tags_honorifics_and_lone_names():
    from rashomon import analyze

    record = analyze("Drone strike kills Anwar in Basra\n\nAnwar Haddad, the militia's commander, "
                     "died on Friday. Sen. Rand Mills, R-Ky., criticized the strike, and Rep. "
                     "Ann Lowe (D-Calif.) agreed. Cde Robert Tembo spoke. Cde Tembo agreed.")
    assert roles(by_name(record, "Rand Mills"))[0][1:] == ("Kentucky", "USA")
    assert roles(by_name(record, "Ann Lowe"))[0][1:] == ("California", "USA")
    names = {e.name for e in record.entities}
    assert not {"D", "R-Ky."} & names  # the tags are no names
    assert "Cde" not in [r.title for e in record.entities for r in e.roles]
    tembo = by_name(record, "Robert Tembo")
    assert [record.text[s:e] for s, e in tembo.mentions].count("Tembo") == 1


def test_a_headline_first_name_joins_the_person_named_in_full():
    from rashomon import analyze

    record = analyze("Drone strike kills Anwar in Basra\n\nAnwar Haddad, the militia's "
                     "commander, died on Friday. Later, Haddad's aides said Anwar had been warned.")
    people = [e for e in record.entities if e.type == "PERSON"]
    assert [e.name for e in people] == ["Anwar Haddad"]
    assert [record.text[s:e] for s, e in people[0].mentions].count("Anwar") == 2


def test_the_article_describes_an_organisations_country_and_spells_out_acronyms():
    from rashomon import analyze

    record = analyze("British supermarket chain Tesco said it would sell its Polish branch to "
                     "the Denmark-based retailer Salling Group. Leaders called for G7 action. "
                     "The G7, or the Group of Seven, met in France.")
    # the article's description wins over reference data (Phoenix codes Tesco CANMNC)
    assert by_name(record, "Tesco").country == "GBR"
    assert by_name(record, "Salling Group").country == "DNK"
    group = next(e for e in record.entities if e.name == "G7")
    assert "the Group of Seven" in group.aliases


def test_a_pronoun_inside_a_quotation_is_not_its_speaker():
    from rashomon import analyze

    record = analyze("Daniel Marsh attacked the judge on Tuesday, and Senator Tom Reyes was asked "
                     "about it. “I get that. But if he continues this he's really dishonoring "
                     "that support,” Reyes said.")
    marsh, reyes = by_name(record, "Daniel Marsh"), by_name(record, "Tom Reyes")
    assert [record.text[s:e] for s, e in marsh.mentions].count("he") == 2
    assert "he" not in [record.text[s:e] for s, e in reyes.mentions]


def test_a_plural_title_before_a_list_of_names_is_each_ones():
    from rashomon import analyze

    record = analyze("Presidents Amadou Bello of Nigeria and Patrice Toure of Benin met in "
                     "Niamey. Senators Marco Rivas of Florida, Mike Lehr of Utah, and David "
                     "Perry of Ohio signed the bill.")
    assert roles(by_name(record, "Amadou Bello")) == [("President", "Nigeria", "NGA")]
    assert roles(by_name(record, "Patrice Toure")) == [("President", "Benin", "BEN")]
    assert roles(by_name(record, "Mike Lehr")) == [("Senator", "Utah", "USA")]
    assert [r.title for r in by_name(record, "Marco Rivas").roles] == ["Senator"]
    florida = place_of(record, "Florida")  # the US state, not Florida in Puerto Rico
    assert (florida.country, florida.region_code) == ("USA", "US-FL")
