"""Entities and places on the error classes a hand audit of real news found (issue 15):
garbled roles, junk names, products and indices read as organisations, wrong types and
merges, US states and provinces resolved abroad, places without coordinates. Each test
reads an invented article written like a wire story."""

from __future__ import annotations

import pytest
from conftest import ARTICLES, by_name


def roles(entity):
    return [(r.title, r.of, r.country) for r in entity.roles]


def _entity(number, name, type_, start):
    """An entity of one mention, for the clustering steps that join entities."""
    from rashomon.nlp.actors.types import Entity, Mention

    found = Entity(id=f"E{number}", name=name, type=type_)
    found.add(Mention(start, start + len(name), name, type_))
    return found


def mentions_of_the_one(record, part):
    """How many mentions the one entity whose name holds ``part`` has (None if not one)."""
    found = [e for e in record.entities if part in e.name]
    return len(found[0].mentions) if len(found) == 1 else None


def analyze_with_headline(text):
    """The Record of ``text`` read with its first line as the headline."""
    import rashomon

    return rashomon.analyze(rashomon.read(text, title=text.split("\n")[0]))


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


def test_a_common_noun_before_a_name_or_in_apposition_is_the_persons_role(analyze_file):
    record = analyze_file(ARTICLES / "harbour_and_hill.txt")
    # descriptive nouns no title list holds, written before the name or in apposition
    assert roles(by_name(record, "Wen Lao")) == [("ophthalmologist", None, None)]
    assert roles(by_name(record, "Lumi Sarkis")) == [("performance artist", None, None)]
    assert roles(by_name(record, "Paolo Denhart")) == [("retired engineer", None, None)]
    assert roles(by_name(record, "Ulf Dankers"))[0][0] == "selection committee member"
    # "the head chef of the Blue Heron restaurant": of the named restaurant
    assert roles(by_name(record, "Tomas Arkwell")) == [
        ("head chef", "Blue Heron restaurant", None)]
    # the apposition describes a person, so the name the model typed a place is a person
    brelov = by_name(record, "Nadia Brelov")
    assert brelov.type == "PERSON" and roles(brelov)[0][0] == "port security officer"
    # police ranks are offices, with the force before them as their organisation
    assert roles(by_name(record, "Steven Jowes"))[0][0] == "Detective Inspector"
    assert roles(by_name(record, "Gary Grice"))[0][:2] == ("Police Constable", "Harbour")


def test_kin_and_bare_person_nouns_are_no_roles():
    from rashomon import analyze

    record = analyze("His wife Mary Danner spoke first. The victim, Paul Danner, a teacher, "
                     "was buried on Friday beside a man, Tom Ashby.")
    assert roles(by_name(record, "Mary Danner")) == []
    assert roles(by_name(record, "Paul Danner")) == [("teacher", None, None)]
    assert roles(by_name(record, "Tom Ashby")) == []


def test_an_appositive_hung_on_the_place_of_a_title_takes_that_title(analyze_file):
    record = analyze_file(ARTICLES / "harbour_and_hill.txt")
    # "The mayor of Velmora, Ilse Marenko,": the parser hangs the name on "Velmora"
    assert roles(by_name(record, "Ilse Marenko")) == [("mayor", "Velmora", None)]
    # a long office before the name: "Former US Ambassador to the United Nations"
    title, of, country = roles(by_name(record, "Nadia Pell"))[0]
    assert title.startswith("former Ambassador to") and (of, country) == ("USA", "USA")


def test_titles_shared_by_a_list_and_no_title_from_running_for_office(analyze_file):
    record = analyze_file(ARTICLES / "harbour_and_hill.txt")
    # the parser hangs the later names on the plural title itself
    assert roles(by_name(record, "Max Pellow")) == [("Senator", "Utah", "USA")]
    # a senator of Georgia is of the US state, not of the country
    assert roles(by_name(record, "Ruth Danner")) == [("Senator", "Georgia", "USA")]
    # "Sens." is split by the tokenizer and still shared
    assert roles(by_name(record, "Tessa Colby")) == [("Sen.", "Maine", "USA")]
    # "senators running for president -- Hollis Crane of Texas": not a president of Texas
    assert all(r.title.lower() != "president" for r in by_name(record, "Hollis Crane").roles)


def test_a_partys_adjective_plural_and_short_name_are_one_group(analyze_file):
    record = analyze_file(ARTICLES / "harbour_and_hill.txt")
    groups = [e for e in record.entities if e.type in ("NORP", "ORG")
              and e.name in {"GOP", "Democratic Party"}]
    said = sorted(sorted(record.text[s:e] for s, e in g.mentions) for g in groups)
    assert said == [["Democrat", "Democratic", "Democrats"],
                    ["GOP", "Republican", "Republican", "Republicans", "Republicans"]]
    # with no party name written, the party words still name the party, an organisation
    assert by_name(record, "Democratic Party").type == "ORG"


def test_a_storm_is_one_event_under_all_its_names():
    from rashomon import analyze

    record = analyze("Tropical Storm Dorval moved north on Friday. Dorval hovered east of the "
                     "islands. Dorval, now officially Hurricane Dorval, strengthened, the "
                     "Storm Prediction Center said.")
    storms = [e for e in record.entities if "Dorval" in e.name]
    assert len(storms) == 1 and storms[0].type == "EVENT" and len(storms[0].mentions) == 4
    assert not any(e.type == "PERSON" for e in record.entities)
    assert "Storm Prediction Center" in {e.name for e in record.entities}


def test_one_actor_under_two_coded_names_and_a_hyphenated_ticket():
    from rashomon import analyze

    record = analyze("The army said ISIS had fled the town. The coalition against ISIL grew. "
                     "Orla Brennick, the party's nominee, discussed Brennick's campaign. The "
                     "Brennick-Tamsin ticket is on the ballot. What would a Brennick "
                     "administration do?")
    group = [e for e in record.entities if e.name in ("ISIS", "ISIL")]
    assert len(group) == 1
    assert sorted(record.text[s:e] for s, e in group[0].mentions) == ["ISIL", "ISIS"]
    brennick = by_name(record, "Orla Brennick")
    assert not any(e.name == "Brennick" for e in record.entities)
    assert len(brennick.mentions) >= 3


def test_a_pronoun_that_speaks_goes_to_the_one_who_spoke():
    from rashomon import analyze

    record = analyze("Campaign chief Paul Lowe told party leaders that Don Pratt was winning. "
                     "“He will be the nominee,” he added.")
    lowe = by_name(record, "Paul Lowe")
    assert "he" in [record.text[s:e] for s, e in lowe.mentions]


def test_short_forms_and_second_types_of_one_name_join_it():
    from rashomon import analyze

    record = analyze("Police in British Columbia (B.C.) said the B.C. roads were closed. The "
                     "mission had been allied with Kurdish groups, and the Kurds held the line. "
                     "Nadia Pell wrote on Twitter that the plan failed; others criticized it via "
                     "Twitter. The \"Velmoran Republic\" is not holding prisoners, the Velmoran "
                     "Republic said.")
    assert len(by_name(record, "British Columbia").mentions) == 3
    kurds = [e for e in record.entities if e.name in ("Kurdish", "Kurds")]
    assert len(kurds) == 1 and len(kurds[0].mentions) == 2
    twitter = [e for e in record.entities if e.name == "Twitter"]
    assert len(twitter) == 1 and twitter[0].type == "ORG"
    assert not any(e.name.startswith('"') for e in record.entities)


def test_the_head_word_types_conventions_streets_and_agencies():
    from rashomon import analyze

    record = analyze("The National Weather and Tides Administration warned of storms before "
                     "the Republican convention in July. The crash was at the corner of Velmor "
                     "Avenue and S. Pellin Avenue. The Valdorian National Convention opens "
                     "today, and the Kestrel Convention on fishing applies.")
    assert by_name(record, "National Weather and Tides Administration").type == "ORG"
    assert by_name(record, "Republican convention").type == "EVENT"
    assert by_name(record, "S. Pellin Avenue").type == "LOC"
    assert by_name(record, "Kestrel Convention").type == "LAW"


def test_an_object_pronoun_is_not_the_subject_of_its_own_clause():
    from rashomon import analyze

    record = analyze("Ivo Pratt praised Anton Rowan. Mr. Rowan will avoid directly helping "
                     "him. Mr. Pratt, who stands apart from him, said nothing.")
    pratt, rowan = by_name(record, "Ivo Pratt"), by_name(record, "Anton Rowan")
    def him(entity):
        return [s for s, e in entity.mentions if record.text[s:e] == "him"]
    # "Rowan will avoid helping him" is Pratt; "Pratt, who stands apart from him" is Rowan
    assert him(pratt) == [record.text.index("him")]
    assert him(rowan) == [record.text.rindex("him")]


def test_a_direction_names_a_part_of_the_country_placed_on_that_side():
    from rashomon import analyze

    record = analyze("Floods cut roads across Northern Chile on Monday, and Chile sent troops.")
    part = next(p for p in record.places if p.name == "Northern Chile")
    whole = next(p for p in record.places if p.name == "Chile")
    assert (part.kind, part.country) == ("region", "CHL")
    assert part.lat > whole.lat + 2  # among the northern regions, not at the country's point


def test_web_outlets_chains_and_generic_pronouns():
    from rashomon import analyze

    record = analyze("Speaking to Velmorapress.com, the minister said prices rose. The paper "
                     "named the Kestrelmart chain. Judge Ana Velt asked for his/her extradition, "
                     "and she left.")
    assert by_name(record, "Velmorapress.com").type == "ORG"
    assert by_name(record, "Kestrelmart").type == "ORG"
    velt = by_name(record, "Ana Velt")
    assert [record.text[s:e] for s, e in velt.mentions] == ["Ana Velt", "she"]


def test_model_numbers_keep_products_apart_and_hyphenated_titles_stay_whole():
    from rashomon import analyze

    record = analyze("A Boeing 707 cargo plane crashed. The airline also flies the Boeing 737. "
                     "Ruled by Idris Malouf, the long-serving Emir of Velmora, the country "
                     "mourned.")
    models = {e.name: len(e.mentions) for e in record.entities if e.name.startswith("Boeing")}
    assert models == {"Boeing 707": 1, "Boeing 737": 1}
    assert roles(by_name(record, "Idris Malouf")) == [("long-serving Emir", "Velmora", None)]


def test_coordinated_appositives_possessive_owners_and_party_words():
    from rashomon import analyze

    record = analyze("Ruth Ambler, the former governor of Vermont and former mayor of "
                     "Burlington, spoke first. Clinic and advocacy manager Mira Jonsen, of the "
                     "Velmora Mission, disagreed. The campaign's new political director, Rick "
                     "Wiler, agreed. Fellow Republican Representative Fran Rooker voted no, and "
                     "longtime Republican strategist Lena Ostrow said so.")
    assert [r[:2] for r in roles(by_name(record, "Ruth Ambler"))] == [
        ("former governor", "Vermont"), ("former mayor", "Burlington")]
    assert roles(by_name(record, "Mira Jonsen"))[0][0] == "clinic and advocacy manager"
    assert roles(by_name(record, "Rick Wiler"))[0][:2] == ("new political director", None)
    assert roles(by_name(record, "Fran Rooker"))[0][:2] == ("Republican Representative", None)
    assert roles(by_name(record, "Lena Ostrow"))[0][:2] == (
        "longtime Republican strategist", None)


def test_a_state_named_as_such_a_county_qualifier_and_an_outlet_before_a_country():
    from rashomon import analyze

    record = analyze("The border closure between New York State and Quebec hurt trade. New "
                     "Rochelle is a city in Westchester County, New York. According to CNN, "
                     "Turkey has moved troops.")
    kinds = {p.name: (p.kind, p.region_code) for p in record.places}
    assert kinds["New York State"] == ("region", "US-NY")
    assert kinds["Quebec"] == ("region", "CA-QC")
    assert kinds["New York"] == ("region", "US-NY")
    assert by_name(record, "New Rochelle").type == "GPE"
    assert by_name(record, "CNN").type == "ORG" and "CNN" not in kinds


def test_a_pronoun_can_point_back_through_a_pronoun():
    from rashomon import analyze

    record = analyze("Speaker Anton Rowan was absent from his home state, but he was busy. He "
                     "visited Prime Minister Idris Malouf in Velmora, where he also met with "
                     "local reporters.")
    rowan = by_name(record, "Anton Rowan")
    assert [record.text[s:e] for s, e in rowan.mentions].count("he") == 2
    assert "he" not in [record.text[s:e] for s, e in by_name(record, "Idris Malouf").mentions]


def test_more_demonyms_join_their_country():
    from rashomon import analyze

    record = analyze("The storm neared the islands, the Bahamian government said, and the "
                     "Bahamas closed its ports.")
    bahamas = by_name(record, "Bahamas")
    assert [record.text[s:e] for s, e in bahamas.mentions] == ["Bahamian", "Bahamas"]


def test_roles_stated_in_relative_clauses_and_after_at():
    from rashomon import analyze

    record = analyze("Officials met Ines Farrow who is the secretary of state. Tobin Greer, who "
                     "was the campaign's pollster, disagreed. Mr. Halvard, who is an actor, "
                     "spoke. Sumit Sen, a vice president at Pellin Power, said no. Ida Varga, "
                     "the former secretary of State, and Dr Ana Kell, co-author of a new "
                     "study, also spoke.")
    assert roles(by_name(record, "Ines Farrow"))[0][0] == "secretary of state"
    assert roles(by_name(record, "Tobin Greer"))[0][0] == "pollster"
    assert roles(by_name(record, "Halvard"))[0][0] == "actor"
    assert roles(by_name(record, "Sumit Sen"))[0][:2] == ("vice president", "Pellin Power")
    assert roles(by_name(record, "Ida Varga"))[0][:2] == ("former secretary of State", None)
    assert [r[0] for r in roles(by_name(record, "Ana Kell"))] == ["co-author"]
    assert "State" not in {e.name for e in record.entities}


def test_the_field_of_a_title_is_no_organisation():
    from rashomon import analyze

    record = analyze("Civil Aviation Minister Tarun Velkar spoke. Court Commissioner Loren "
                     "Keaton set bail. The county's Police and Crime Commissioner Owen Pryde "
                     "agreed. Liberal National MP John McVay won, and District Attorney Miles "
                     "R. Tovey, Jr. sued. FBI Director Colin Brauer left.")
    names = {e.name for e in record.entities}
    assert not {"Civil Aviation", "Court", "Police and Crime", "Jr.", "Jr"} & names
    assert "FBI" in names  # an organisation known by its name stays
    assert roles(by_name(record, "Loren Keaton"))[0][:2] == ("Court Commissioner", None)
    assert roles(by_name(record, "John McVay"))[0][:2] == ("MP", "Liberal National")
    assert roles(by_name(record, "Tarun Velkar"))[0][:2] == ("Minister", "Civil Aviation")


def test_platforms_outlets_named_after_places_and_court_districts():
    from rashomon import analyze

    record = analyze("Wikinews interviewed Orla Brennick. With Wikinews, Brennick discussed his "
                     "campaign; polls show Ms. Tamsin in a dead heat with Brennick. In an "
                     "interview with USA TODAY, he said he was charged in the Southern District "
                     "of New York. She said it felt good to be a Latina in that majority.")
    wikinews = [e for e in record.entities if e.name == "Wikinews"]
    assert len(wikinews) == 1 and wikinews[0].type == "ORG" and len(wikinews[0].mentions) == 2
    assert not any(e.name == "Brennick" for e in record.entities)
    assert by_name(record, "USA TODAY").type == "ORG"
    assert not any(e.name == "United States" for e in record.entities)
    assert by_name(record, "Southern District of New York").type == "ORG"
    assert by_name(record, "Latina").type == "NORP"
    assert not record.places


def test_a_direction_names_part_of_a_state_and_a_state_may_start_with_one():
    from rashomon import analyze

    record = analyze("Voters in South Florida and North Florida split, while abortion stayed "
                     "legal in South Australia.")
    place = {p.name: p for p in record.places}
    assert place["South Florida"].region_code == "US-FL" and place["South Florida"].lat < 27
    assert place["North Florida"].lat > place["South Florida"].lat + 1
    assert (place["South Australia"].region_code, place["South Australia"].lon > 130) == (
        "AU-SA", True)


def test_diseases_facilities_and_city_dwellers_are_no_actors_or_places():
    from rashomon import analyze

    record = analyze("He died of COVID-19 near the Velmora Bridge, where marchers had left "
                     "Pellin Park. I did what any Londoner would do, said Mr Pell.")
    names = {e.name: e.type for e in record.entities}
    assert "COVID-19" not in names
    assert names["Velmora Bridge"] == "LOC" and names["Pellin Park"] == "LOC"
    assert names["Londoner"] == "NORP" and not record.places


def test_a_speaker_the_model_took_for_a_thing_is_a_person():
    from rashomon import analyze

    record = analyze("\"The statement was a surprise,\" Kino Gabrin said.")
    assert by_name(record, "Kino Gabrin").type == "PERSON"


def test_one_name_typed_two_ways_is_one_entity():
    from rashomon.nlp.actors.cluster import _same_names_joined

    entities = [_entity(1, "Velmora Daily", "OTHER", 0), _entity(2, "Orla Brennick", "PERSON", 20),
                _entity(3, "Chirpline", "PERSON", 40), _entity(4, "Velmora Daily", "ORG", 60),
                _entity(5, "Brennick", "ORG", 80), _entity(6, "Chirpline", "ORG", 100)]
    joined = {e.name: (e.type, len(e.mentions)) for e in _same_names_joined(entities)}
    # a second type of one name joins the first, an organisation's type winning; a one-word
    # organisation that is a person's surname joins the person; a one-word "person"
    # named like an organisation joins the organisation
    assert joined == {"Velmora Daily": ("ORG", 2), "Orla Brennick": ("PERSON", 2),
                      "Chirpline": ("ORG", 2)}


def test_a_capital_written_with_its_district_and_a_senator_from_a_state():
    from rashomon import analyze

    record = analyze("Protesters gathered in Washington, D.C., on Monday, and Ines Farrow, a "
                     "senator from New York, joined them.")
    place = {p.name: p for p in record.places}
    assert (place["Washington"].kind, place["Washington"].region_code) == ("city", None)
    assert place["Washington"].lat < 40  # the capital, not the state of Washington
    assert (place["New York"].kind, place["New York"].region_code) == ("region", "US-NY")


# Issue 15, round i: classes found on 16 fresh articles judged at e3f1cb3 ---------------------

def test_a_subdivision_written_with_its_kind_word_is_that_subdivision():
    from rashomon import analyze

    record = analyze("Storm Dervla closed roads in County Kerry and County Clare, and ferries "
                     "stopped in Hubei Province, the Velmora Courier said.")
    place = {p.name: p for p in record.places}
    assert (place["County Kerry"].country, place["County Kerry"].region_code) == ("IRL", "IE-KY")
    assert place["County Clare"].kind == "region" and place["County Clare"].lat > 52
    assert place["Hubei Province"].region_code == "CN-HB"


def test_a_nation_of_the_united_kingdom_is_placed_as_itself():
    from rashomon import analyze

    record = analyze("The Velmora Trust opened offices in Scotland and Wales last week.")
    place = {p.name: p for p in record.places}
    assert place["Scotland"].region_code == "GB-SCT" and place["Scotland"].lat > 55.5
    assert place["Wales"].region_code == "GB-WLS" and place["Wales"].country == "GBR"


def test_islands_are_places_of_land_not_polities():
    from rashomon import analyze

    record = analyze("The freighter Kestrel Dawn left a port town on a river in Borneo, and "
                     "a storm later crossed the Azores, the coast guard said.")
    place = {p.name: p for p in record.places}
    assert place["Azores"].country == "PRT" and place["Azores"].lon < -20
    assert place["Borneo"].lat is not None and place["Borneo"].lon > 108
    assert by_name(record, "Borneo").type == "LOC"


def test_a_state_the_model_took_for_a_people_is_a_state():
    import spacy
    from spacy.tokens import Doc, Span

    from rashomon.nlp.actors.ner_fixes import _by_place

    doc = Doc(spacy.blank("en").vocab, words=["the", "West", "Virginia", "Republican", "vote"],
              pos=["DET", "PROPN", "PROPN", "ADJ", "NOUN"])
    assert _by_place(Span(doc, 1, 3, label="NORP"), set(), 100_000) == "GPE"  # a state


def test_a_country_named_only_by_its_people_is_that_people():
    from rashomon import analyze

    record = analyze("The museum hired the Czech architect Tomas Marek in 1981. The tours were "
                     "given in English.")
    czech = by_name(record, "Czech")
    assert (czech.type, czech.country) == ("NORP", "CZE")
    assert "English" not in {e.name for e in record.entities}  # a language: no people here
    assert not any(e.name in ("Czechia", "United Kingdom") for e in record.entities)


def test_names_in_another_script_or_language_are_no_entities():
    import spacy
    from spacy.tokens import Doc

    from rashomon.nlp.actors.ner_fixes import _mostly_lower_case, _other_script

    words = ["Le", "bilan", "est", "lourd", "Bank", "of", "the", "North"]
    doc = Doc(spacy.blank("en").vocab, words=words)
    assert _mostly_lower_case(doc[0:4]) and not _mostly_lower_case(doc[4:8])
    assert _other_script("Тюмень") and _other_script("Если")
    assert not _other_script("Met Éireann") and not _other_script("Łódź")


def test_a_father_and_son_of_one_name_are_two_people():
    from rashomon import analyze

    record = analyze("Mayor Oskar Brandt opened the new bridge. His father, Oskar Brandt Sr., had "
                     "built the old one. Ada M. Quint chaired the panel; her mother, Ada R. Quint, "
                     "founded it. Later, Oskar Brandt cut the ribbon.")
    people = {e.name for e in record.entities if e.type == "PERSON"}
    assert {"Oskar Brandt", "Oskar Brandt Sr.", "Ada M. Quint", "Ada R. Quint"} <= people
    assert len(by_name(record, "Oskar Brandt Sr.").mentions) == 1  # not the son's last name


def test_a_reporters_sign_off_is_no_entity():
    import spacy
    from spacy.tokens import Doc, Span

    from rashomon.nlp.actors.non_actors import credited_people

    words = ["Kasimir", "spoke", ".", "Follow", "Tamsin", "Roe", "on", "Twitter", "@tamsinroe"]
    doc = Doc(spacy.blank("en").vocab, words=words)
    sign_off = Span(doc, 3, 9, label="WORK_OF_ART")
    assert credited_people(doc, [Span(doc, 0, 1, label="PERSON"), sign_off]) == {sign_off}


def test_a_legislators_state_is_the_of_of_the_role():
    from rashomon import analyze

    record = analyze("Gov. Dale Harrow (R-OH) spoke in Berea, OH on Monday. Nell Varga, the "
                     "independent senator from Vermont, disagreed.")
    assert roles(by_name(record, "Dale Harrow")) == [("Gov.", "Ohio", "USA")]
    assert roles(by_name(record, "Nell Varga")) == [("independent senator", "Vermont", "USA")]
    assert not any(e.name in ("Oh", "OH") for e in record.entities)


def test_an_organisation_after_the_name_with_its_article_is_the_of():
    from rashomon import analyze

    record = analyze("Conservative commentator Pol Brenner of the Velmora Review wrote that "
                     "the plan would fail.")
    assert roles(by_name(record, "Pol Brenner"))[0][1] == "Velmora Review"


def test_a_centre_is_an_organisation_and_its_initials_join_it():
    from rashomon import analyze

    record = analyze("The Pellin Hurricane Center said Hurricane Dervla was moving north. "
                     "The PHC also warned of flooding.")
    center = by_name(record, "Pellin Hurricane Center")
    assert center.type == "ORG" and len(center.mentions) == 2
    assert not any(e.name == "PHC" for e in record.entities)


@pytest.mark.parametrize(("text", "part", "mentions"), [
    # one sea under two names (round i)
    ("Hurricane Dervla formed in the Atlantic Ocean and later crossed the northeastern "
     "Atlantic, the Pellin weather service said.", "Atlantic", 2),
    # a ship with and without its prefix (round j)
    ("The crew of the H.M.S. Pellinore docked at Velmora on Friday. Repairs to the "
     "Pellinore took a week.", "Pellinore", 2),
    # a person with two surnames, named by the first alone (round j)
    ("Tomás Olmedo Vidal won the regatta on Friday. Olmedo thanked his crew, and the "
     "judges praised Olmedo.", "Olmedo", 4),
])
def test_one_referent_under_two_names_is_one_entity(text, part, mentions):
    from rashomon import analyze

    assert mentions_of_the_one(analyze(text), part) == mentions


def test_an_outlet_word_alone_is_the_outlet_named_before():
    from rashomon import analyze

    record = analyze("The Velmora Post published the letters. According to the Post, the "
                     "letters were found in an attic.")
    post = by_name(record, "Velmora Post")
    assert len(post.mentions) == 2 and not any(e.name == "Post" for e in record.entities)


def test_a_name_typed_a_place_once_and_an_organisation_once_is_the_organisation():
    from rashomon.nlp.actors.cluster import _same_names_joined

    entities = [_entity(1, "Met Velmora", "GPE", 0), _entity(2, "Ireland", "GPE", 20),
                _entity(3, "Met Velmora", "ORG", 40), _entity(4, "Ireland", "ORG", 60)]
    joined = {(e.name, e.type): len(e.mentions) for e in _same_names_joined(entities)}
    assert joined[("Met Velmora", "ORG")] == 2 and ("Met Velmora", "GPE") not in joined
    assert joined[("Ireland", "GPE")] == 1  # a place the gazetteer knows stays a place


def test_korea_alone_is_south_korea_and_a_possessive_town_is_found():
    from rashomon import analyze

    record = analyze("Orla Brennick was an honorary ambassador in Korea before she moved to "
                     "McKee's Rocks, Pennsylvania.")
    place = {p.name: p for p in record.places}
    assert next(p for p in record.places if p.country == "KOR").kind == "country"
    assert place["McKee's Rocks"].lat > 40 and place["McKee's Rocks"].country == "USA"


def test_a_religion_is_a_people_not_an_organisation():
    from rashomon import analyze

    record = analyze("Jon Vessey converted to Islam and later taught at an Episcopal school.")
    assert by_name(record, "Islam").type == "NORP"
    assert by_name(record, "Episcopal").type == "NORP"


def test_a_form_of_address_is_no_role_but_the_title_before_it_is():
    from rashomon import analyze

    record = analyze("The youthful Mr. Varga spoke first. Pellin Institute of Marine Studies "
                     "director Dr. Ines Farrow spoke next.")
    assert roles(by_name(record, "Varga")) == []
    assert roles(by_name(record, "Ines Farrow")) == [
        ("director", "Pellin Institute of Marine Studies", None)]


def test_a_role_does_not_open_with_a_conjunction():
    from rashomon.nlp.actors.roles import role_from_words

    role, _ = role_from_words(["and", "head", "physician"], described=True)
    assert role is not None and role.title == "head physician"


def test_a_given_name_listed_with_a_person_is_no_town():
    from rashomon import analyze

    record = analyze("The baker Ines Wren had two children, named Tobias and Mary.")
    assert by_name(record, "Mary").type == "PERSON" and not record.places


def test_a_capital_visited_or_shelled_is_the_city():
    from rashomon import analyze

    record = analyze("Ines Farrow visited Paris in May, weeks after artillery shelled Kyiv.")
    for city in ("Paris", "Kyiv"):
        assert by_name(record, city).type == "GPE" and place_of(record, city).kind == "city"


def test_a_day_named_from_today_is_no_entity():
    from rashomon.nlp.common import lexicon

    assert lexicon.deictic_day("Tonight") and lexicon.deictic_day("Yesterday")
    assert not lexicon.deictic_day("Monday")


def test_a_region_of_the_united_states_is_placed():
    from rashomon import analyze

    record = analyze("Snow closed schools across New England and the Midwest on Tuesday.")
    place = {p.name: p for p in record.places}
    assert place["New England"].country == "USA" and place["New England"].lon > -75
    assert place["Midwest"].country == "USA"


def test_a_surname_before_a_family_noun_is_the_family_not_the_person():
    from rashomon import analyze

    record = analyze("Carl Vessey grew up in Ohio. The Vessey family lived there, and the "
                     "Vessey brothers later sold the farm, Carl Vessey said.")
    vessey = by_name(record, "Carl Vessey")
    assert all(record.text[s:e] != "Vessey" for s, e in vessey.mentions)


def test_a_name_does_not_run_on_into_its_verb():
    import spacy
    from spacy.tokens import Doc, Span

    from rashomon.nlp.actors.ner_fixes import _trimmed

    doc = Doc(spacy.blank("en").vocab, words=["after", "Dale", "Harrow", "was", "pressed"],
              pos=["ADP", "PROPN", "PROPN", "AUX", "VERB"])
    assert _trimmed(Span(doc, 1, 4, label="ORG")).text == "Dale Harrow"


def test_an_appositive_role_with_an_organisation_is_of_it():
    from rashomon import analyze

    record = analyze("Lena Orwell, an attorney with the Harbour Legal Center, said the rule "
                     "was unlawful.")
    assert roles(by_name(record, "Lena Orwell")) == [("attorney", "Harbour Legal Center", None)]


@pytest.mark.parametrize(("text", "names"), [
    ("Nell Varga Isn’t Suing Her Rival. She’s Suing A Landlord Over His Harbour Tower.\n\n"
     "In May, the developer Tom Reyes filed plans for a tower that Nell Varga, the mayor, "
     "opposes.", {"Tom Reyes", "Nell Varga"}),
    # round j: a caption's credit, and its name no new person
    ("Harbour master retires\n\nVelmora, June 3 — Harbour master Ivo Petrov retired on "
     "Tuesday.\n\nIvo Petrov Image: Pellin Port Authority.\n\nPetrov thanked his crew.",
     {"Ivo Petrov", "Velmora"}),
], ids=["headline fragment of any label", "caption credit"])
def test_headline_fragments_and_caption_credits_are_no_entities(text: str, names: set[str]):
    record = analyze_with_headline(text)
    assert {e.name for e in record.entities} == names


def test_the_state_of_a_party_tag_is_a_place_of_the_story():
    from rashomon import analyze

    record = analyze("Sen. Arlo Venn (R-Ky.) voted against the farm bill, and Sen. Ana Ruiz, "
                     "D-Texas, voted for it.")
    place = {p.name: p for p in record.places}
    assert place["Kentucky"].region_code == "US-KY" and place["Texas"].region_code == "US-TX"
    assert roles(by_name(record, "Ana Ruiz")) == [("Sen.", "Texas", "USA")]


# Issue 15, round j: classes found on 18 fresh articles judged at 155b9e7 --------------------

def test_a_demonym_standing_as_a_noun_is_the_people_not_the_country():
    from rashomon import analyze

    record = analyze("The United States sent aid to Velmora. Many Americans doubted it would "
                     "arrive, and Russian officials mocked it.")
    americans = by_name(record, "Americans")
    assert (americans.type, americans.country) == ("NORP", "USA")
    assert len(by_name(record, "United States").mentions) == 1


def test_a_plural_title_before_a_name_later_in_a_list_is_that_names():
    from rashomon import analyze

    record = analyze("Pellin governor Ada Quint and Senators Nell Varga and Tom Reyes opened "
                     "the harbour festival. Three senators, Sens. Joe Marlow (D-Ore.) and Bob "
                     "Keane Jr. (D-Minn.), skipped it.")
    assert [r[0] for r in roles(by_name(record, "Nell Varga"))] == ["Senator"]
    assert [r[0] for r in roles(by_name(record, "Tom Reyes"))] == ["Senator"]
    assert roles(by_name(record, "Joe Marlow")) == [("Sen.", "Oregon", "USA")]
    assert roles(by_name(record, "Bob Keane Jr."))[0][1:] == ("Minnesota", "USA")


def test_an_of_stops_before_a_relative_clause_and_a_party_after_an_owner_is_the_titles():
    from rashomon import analyze

    record = analyze("Lena Orwell, the books editor at Pellin Weekly, who has not seen the "
                     "film, praised it. Mr. Quint's Republican challenger, Tom Reyes, toured "
                     "the docks. Velmora's Democratic mayor Ines Farrow cut the ribbon. One "
                     "senator, Nell Varga, stayed home.")
    assert roles(by_name(record, "Lena Orwell"))[0][:2] == ("books editor", "Pellin Weekly")
    assert roles(by_name(record, "Tom Reyes"))[0][:2] == ("Republican challenger", "Mr. Quint")
    assert roles(by_name(record, "Ines Farrow"))[0][:2] == ("Democratic mayor", "Velmora")
    assert roles(by_name(record, "Nell Varga"))[0][:2] == ("senator", None)


def test_georgia_in_a_story_about_american_states_is_the_state():
    from rashomon import analyze

    record = analyze("Jed Sexby, a teacher at Georgia Coastal University, drove from a chess "
                     "tournament in Greensboro, North Carolina, back to Georgia. The tour later "
                     "stopped in Ohio and Texas.")
    assert place_of(record, "Georgia").region_code == "US-GA"
    assert by_name(record, "Georgia Coastal University").country != "GEO"
    record = analyze("Sen. Tom Reyes of Texas, Sen. Ana Ruiz of Ohio and Rep. Bob Keane of "
                     "Florida said foreign troops must leave Georgia and Ukraine.")
    assert place_of(record, "Georgia").country == "GEO"  # listed with a country


def test_an_abbreviated_title_split_from_its_stop_is_no_person():
    from rashomon import analyze

    record = analyze("Activists, including Fr. Tomas Wren of Pellin Parish, praised the plank.")
    assert {e.name for e in record.entities if e.type == "PERSON"} == {"Tomas Wren"}


def test_a_credit_with_a_slash_and_a_spaced_town_name_are_read():
    from rashomon import analyze

    record = analyze("Progressive groups cheered the speech. (Pellin Daily/Getty Images) The "
                     "ferry from Jakarta to Pangkal Pinang was delayed by fog.")
    assert not any("Getty" in e.name for e in record.entities)
    assert place_of(record, "Pangkal Pinang").country == "IDN"


# Issue 15, round k: classes found on 18 fresh articles judged at a3ed257 --------------------

def test_a_double_surname_alone_and_an_acronym_with_stops_join_their_names():
    from rashomon import analyze

    record = analyze("Delia Marsh Okoro resigned as chair. Marsh Okoro said she was sorry. The "
                     "F.B.I. searched the lake, and the Federal Bureau of Investigation said "
                     "so.")
    assert mentions_of_the_one(record, "Okoro") == 3
    assert mentions_of_the_one(record, "F") == 2


def test_a_town_of_the_name_is_preferred_to_a_city_with_it_as_another_name():
    from rashomon.nlp.common import gazetteer

    assert {c.country for c in gazetteer.cities("Sola")} == {"NOR", "VUT"}  # not Seoul
    assert gazetteer.cities("Bombay")[0].name == "Mumbai"  # no town is called Bombay


def test_a_word_after_a_form_of_address_is_a_surname():
    from rashomon import analyze

    record = analyze("Mr. English said the caucus mattered, and Ms. Paris agreed.")
    assert by_name(record, "English").type == "PERSON" and not record.places


def test_a_people_after_an_article_and_an_adjective_is_no_place():
    from rashomon import analyze

    record = analyze("Judge Ana Ruiz once said she was proud to be a wise Latina.")
    assert by_name(record, "Latina").type == "NORP" and not record.places


def test_a_former_tie_and_a_natural_feature_are_typed_as_such():
    from rashomon import analyze

    record = analyze("Ex-CIA chief Tom Reyes said divers searched Seccombe Lake on Monday.")
    assert not any(e.name.startswith("Ex-") for e in record.entities)
    assert by_name(record, "Seccombe Lake").type == "LOC"


def test_a_plural_title_in_lower_case_with_its_modifier_goes_to_each_name():
    from rashomon import analyze

    record = analyze("Also speaking were former presidents Tomas Wren and Ada Quint.")
    assert roles(by_name(record, "Tomas Wren"))[0][0] == "former president"
    assert roles(by_name(record, "Ada Quint"))[0][0] == "former president"


def test_a_party_tags_state_is_no_of_of_an_office_of_the_whole_country():
    from rashomon import analyze

    record = analyze("House Speaker Paul Reyes (R-Wis.) agreed, and Rep. Tom Baker (D-Calif.) "
                     "left.")
    assert roles(by_name(record, "Paul Reyes"))[0][:2] == ("House Speaker", None)
    assert roles(by_name(record, "Tom Baker"))[0][:2] == ("Rep.", "California")


def test_abbreviated_titles_and_titles_of_international_bodies_are_whole():
    from rashomon import analyze

    record = analyze("Democrats nominated former Iowa Lt. Gov. Ada Quint. The United Nations "
                     "High Commissioner for Refugees, Filip Varga, spoke. Ecologist Ryan Noor "
                     "of the University of Guelph disagreed.")
    assert roles(by_name(record, "Ada Quint"))[0][:2] == ("former Lt. Gov.", "Iowa")
    assert roles(by_name(record, "Filip Varga"))[0][:2] == ("High Commissioner", "United Nations")
    assert roles(by_name(record, "Ryan Noor"))[0][:2] == ("ecologist", "University of Guelph")


def test_a_state_before_a_state_office_and_towns_of_the_named_states():
    from rashomon import analyze

    record = analyze("New York Congressman Pete Kell said the briefing came late. Later, in "
                     "Iowa, voters packed a church in Marion.")
    assert place_of(record, "New York").region_code == "US-NY"
    assert place_of(record, "Marion").admin1 == "US.IA"


def test_a_headline_name_the_body_never_writes_whole_is_no_entity():
    from rashomon.nlp.actors.non_actors import _Lines, _written_elsewhere

    lines = _Lines("Ana Ruiz Celebrating Diversity Draws Fire\n\nJudge Ana Ruiz spoke. "
                   "Celebrating Diversity Draws crowds, the Fire chief said.")
    def headline(number):
        return number == 0

    assert _written_elsewhere("Ana Ruiz", lines, headline)
    assert not _written_elsewhere("Ana Ruiz Celebrating Diversity", lines, headline)


def test_the_state_of_palestine_is_a_country():
    from rashomon.nlp.common import lexicon

    assert lexicon.country_code("State of Palestine") == "PSE"


def test_a_state_or_country_named_as_an_island_stays_a_place_of_its_kind():
    from rashomon import analyze

    record = analyze("Voters in Rhode Island and the Solomon Islands went to the polls.")
    assert by_name(record, "Rhode Island").type == "GPE"
    assert by_name(record, "Solomon Islands").type == "GPE"


# Review of rounds i-k: the rules no test above protected ----------------------------------

def _doc(words, **attrs):
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, **attrs)


def test_a_deictic_day_or_a_name_in_another_script_is_no_name():
    from spacy.tokens import Span

    from rashomon.nlp.actors.ner_fixes import _by_shape

    doc = _doc(["Tonight", "we", "sailed", ".", "Тюмень", "is", "far", "."])
    assert _by_shape(Span(doc, 0, 1, label="PERSON"), set(), set()) is None
    assert _by_shape(Span(doc, 4, 5, label="PERSON"), set(), set()) is None


def test_an_event_named_by_an_organisations_head_is_the_organisation_whole():
    from spacy.tokens import Span

    from rashomon.nlp.actors.ner_fixes import _event_as_organisation

    doc = _doc(["The", "Pellin", "Hurricane", "Center", "said"],
               pos=["DET", "PROPN", "PROPN", "PROPN", "VERB"])
    found = _event_as_organisation(Span(doc, 2, 4, label="EVENT"))
    assert (found.text, found.label_) == ("Pellin Hurricane Center", "ORG")


def test_a_captions_name_ends_before_its_credit():
    from spacy.tokens import Span

    from rashomon.nlp.actors.ner_fixes import _trimmed

    doc = _doc(["Ivo", "Petrov", "Image", ":", "Pellin", "Port"])
    assert _trimmed(Span(doc, 0, 6, label="PERSON")).text == "Ivo Petrov"


def test_an_organisation_named_of_a_country_has_that_country_unless_a_state_shares_it():
    from rashomon.nlp.actors.roles import organisation_country

    assert organisation_country("Unity League of America") == "USA"
    assert organisation_country("University of Georgia") is None


def test_a_name_without_a_generation_goes_to_the_person_without_one():
    from rashomon import analyze

    record = analyze("Ada Quint spoke first. Ada Quint Jr. spoke next. Then Ada Quint closed "
                     "the meeting.")
    assert len(by_name(record, "Ada Quint").mentions) == 2
    assert len(by_name(record, "Ada Quint Jr.").mentions) == 1


def test_a_plural_title_joined_by_and_to_a_name_is_not_that_names():
    from rashomon import analyze

    record = analyze("The president met with governors and Ana Ruiz on Monday.")
    assert roles(by_name(record, "Ana Ruiz")) == []


def test_a_university_named_for_a_state_is_no_state():
    from rashomon.nlp.common import gazetteer

    assert gazetteer.bare_subdivision_names("Ohio State") == []
    assert gazetteer.bare_subdivision_names("Hubei Province") == ["hubei"]


# Issue 15, round l (read after its figures were recorded; these rules are unjudged) ---------

def test_a_photographer_via_an_agency_is_a_credit():
    from rashomon import analyze

    record = analyze("The actor sang at the festival on Friday.\n\nLaura Pell via Getty Images."
                     "\n\nHe thanked the crowd, Ada Quint said. The data came via Reuters.")
    assert {e.name for e in record.entities} == {"Ada Quint", "Reuters"}


def test_a_super_pac_is_no_named_group():
    from rashomon import analyze

    record = analyze("A super PAC backing Ana Ruiz spent heavily, and the Super PAC said so.")
    assert {e.name for e in record.entities} == {"Ana Ruiz"}
