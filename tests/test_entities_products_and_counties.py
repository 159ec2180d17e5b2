"""Entities and places on the error classes of issue 15's eleventh pass: products counted,
measured and modelled as goods are ("sold 3.2 million VelmBooks", "the 64GB VelmPod", "the
VelmBook Air laptops"), not the companies and bodies that share those shapes; a state
qualified by its country ("California, United States"), which is the state and not a town
of that name; and counties and parishes, placed in the state of the article's towns. Each
test reads an invented article written like a wire story."""

from __future__ import annotations

from conftest import by_name

import rashomon


def analyze(text: str, published: str = "2010-05-04") -> rashomon.Record:
    return rashomon.analyze(rashomon.read(text, published=published))


def place_of(record: rashomon.Record, name: str) -> rashomon.record.Place | None:
    entity = by_name(record, name)
    return next((p for p in record.places if p.entity == entity.id), None)


LAUNCH = (
    "CUPERTINO, California, May 4 - Harwick Systems on Tuesday released a new lineup of "
    "VelmBook Air laptops and an update to its VelmOS software. The company sold 3.2 million "
    "VelmBooks in the quarter, and the VelmBook Pro will cost $1,299. On the 64GB VelmPod, "
    "buyers can store 40 hours of video. An analyst at Pellin Research said the VelmBook Air "
    "was the lightest laptop it had made. Harwick Systems shares rose 2 percent.")


def test_goods_counted_measured_or_modelled_are_products_not_companies():
    record = analyze(LAUNCH)
    for name in ("VelmBooks", "VelmPod", "VelmBook Air"):
        assert by_name(record, name).type == "OTHER", name
    assert by_name(record, "Harwick Systems").type == "ORG"
    assert by_name(record, "Pellin Research").type == "ORG"


def test_companies_and_bodies_of_the_same_shapes_stay_organisations():
    record = analyze(
        "PARIS, May 4 - Velmora Air said on Tuesday it would buy 12 jets from Harwick "
        "Aerospace. A Harwick spokesman said the company would deliver Harwick laptops to "
        "the airline's crews. Officers of the Defence Force watched as the Defence "
        "Forces marched. \"You've got a Congress that doesn't listen,\" Ana Ruiz said.")
    types = {e.name: e.type for e in record.entities}
    for name in ("Harwick Aerospace", "Defence Force", "Defence Forces", "Congress"):
        assert types.get(name) == "ORG", name
    assert "OTHER" not in types.values(), types


def test_a_state_qualified_by_its_country_is_the_state():
    record = analyze(
        "A boat fire near Santa Cruz Island off the coast of California, United States, "
        "killed 33 people on Monday, officials said.")
    place = place_of(record, "California")
    assert place is not None and place.kind == "region" and place.region_code == "US-CA"


def test_counties_and_parishes_are_placed_in_the_state_of_the_articles_towns():
    record = analyze(
        "ORLANDO, Florida, June 16 - Orange County Mayor Ana Ruiz met families in Orlando on "
        "Thursday. Officials in Santa Barbara County, far away in California, sent "
        "condolences, and a sheriff in Texas did too. Flooding closed roads in Acadia "
        "Parish, Louisiana.", published="2016-06-16")
    for name, state in (("Orange County", "US.FL"), ("Santa Barbara County", "US.CA"),
                        ("Acadia Parish", "US.LA")):
        place = place_of(record, name)
        assert place is not None and place.country == "USA", name
        assert place.admin1 == state and place.lat is not None, name
        assert by_name(record, name).country == "USA", name


def test_a_chamber_named_by_its_kind_is_of_the_country_the_story_is_about():
    record = analyze(
        "MANILA, Philippines - The Senate held a hearing on Monday on the franchise of the "
        "Philippine broadcaster Pellin Broadcasting. Philippine officials said the Philippines "
        "would decide by June, and Filipino viewers waited.", published="2020-03-10")
    assert by_name(record, "Senate").country == "PHL"


def test_a_chamber_named_by_its_kind_in_a_us_story_stays_american():
    record = analyze(
        "Polls show Democrats with a better than even chance of taking back the Senate. The "
        "Republican nominee spent Wednesday in Mexico City with Mexican President Tomás "
        "Vidal. Mexican officials met him, Mexico's press covered it, and Mexicans "
        "protested.", published="2016-09-01")
    assert by_name(record, "Senate").country == "USA"
    assert by_name(record, "Democratic Party").country == "USA"


def test_organisations_take_the_country_of_where_they_are_based_or_what_they_lead():
    record = analyze(
        "Detroit-based Velmora Motors said on Monday it would cut 10,000 jobs. Harwick "
        "Motors, which is based in Ohio, and Kalinor Foods, headquartered in Toronto, said "
        "they would not. The largest US automakers, Velmora Motors, Osterbach Motors and "
        "Pellin Motors, asked Congress for loans. Brek Media, the largest broadcaster in the "
        "Philippines, reported the news. Unesco, the Paris-based United Nations agency, "
        "did not comment.")
    countries = {e.name: e.country for e in record.entities if e.type == "ORG"}
    assert countries["Velmora Motors"] == "USA"
    assert countries["Harwick Motors"] == "USA"
    assert countries["Kalinor Foods"] == "CAN"
    assert countries["Osterbach Motors"] == "USA"
    assert countries["Brek Media"] == "PHL"
    assert countries.get("United Nations") is None


def test_a_states_department_is_of_its_country():
    record = analyze(
        "Vidal was denied parole, the California Department of Corrections and "
        "Rehabilitation said on Friday.")
    assert by_name(record, "California Department of Corrections and Rehabilitation"
                   ).country == "USA"


def test_laws_and_orders_keep_their_numbers():
    record = analyze(
        "The broadcaster's franchise under Republic Act No. 7925 expired, and lawyers cited "
        "Executive Order No. 13769 and Republic Act No. 3846.")
    laws = {e.name for e in record.entities if e.type == "LAW"}
    assert {"Republic Act No. 7925", "Executive Order No. 13769",
            "Republic Act No. 3846"} <= laws


def test_a_bodys_name_listing_its_trades_across_a_comma_is_one_name():
    record = analyze(
        "Members of the Velmora Union of Rail, Maritime and Transport Workers walked out on "
        "Monday, the union said.")
    names = {e.name for e in record.entities if e.type == "ORG"}
    assert "Velmora Union of Rail, Maritime and Transport Workers" in names
    assert "Maritime and Transport Workers" not in names


def test_solicitor_general_is_one_title():
    record = analyze("Solicitor General Tomás Vidal said the franchise had lapsed.")
    assert [(r.title, r.of) for r in by_name(record, "Tomás Vidal").roles] == [
        ("Solicitor General", None)]


def test_a_party_members_state_after_of_is_the_state_of_that_partys_country():
    record = analyze(
        "WASHINGTON - The House Judiciary Committee met on Monday. Republican committee "
        "member Tomás Vidal of Georgia said nobody was conducting an inquiry. Democratic "
        "committee chairman Ana Ruiz of New York said the committee already was.",
        published="2019-09-10")
    for name, code in (("Georgia", "US-GA"), ("New York", "US-NY")):
        place = place_of(record, name)
        assert place is not None and place.region_code == code, name
    assert by_name(record, "Tomás Vidal").country == "USA"
    assert all(r.country == "USA" for r in by_name(record, "Tomás Vidal").roles)


def test_a_guard_or_navy_named_with_its_country_is_an_organisation():
    record = analyze(
        "The United States Coast Guard called off its search on Tuesday, and the Velmora "
        "Navy sent two ships.", published="2019-09-04")
    guard = by_name(record, "United States Coast Guard")
    assert (guard.type, guard.country) == ("ORG", "USA")


def test_a_city_based_in_is_read_with_the_state_written_after_it():
    record = analyze(
        "Velmora Therapeutics, headquartered in Cambridge, Massachusetts, said its drug had "
        "failed. Pellin Labs, which is based in London, Ontario, did not comment.")
    assert by_name(record, "Velmora Therapeutics").country == "USA"
    assert by_name(record, "Pellin Labs").country == "CAN"


def test_a_county_of_many_states_is_not_placed_without_a_state_or_town_of_the_article():
    record = analyze("Officials in Lincoln County said on Tuesday the bridge would close.")
    assert place_of(record, "Lincoln County") is None


def test_a_name_with_a_nickname_in_quotation_marks_is_one_person():
    record = analyze(
        'Joaquín "El Chapo" Vidal was extradited on Thursday. Vidal denied the charges. '
        "Tomás “Tomy” Pell, his lawyer, said he would appeal.")
    people = {e.name for e in record.entities if e.type == "PERSON"}
    assert {'Joaquín "El Chapo" Vidal', "Tomás “Tomy” Pell"} <= people
    assert not {e.name for e in record.entities if e.type == "GPE"} & {"El Chapo"}


def test_a_site_in_a_place_is_of_that_places_country():
    record = analyze(
        "A fire broke out at Stavanger Airport, Sola in Norway, on Tuesday. Ana Ruiz studied "
        "at Harwick University in Nashville, Tennessee, and later at the World Maritime "
        "University in Malmö. She flew from Pellin International Airport in Hartford, "
        "Connecticut. Velmora in China faces new rules, Ruiz said.")
    assert by_name(record, "Stavanger Airport").country == "NOR"
    assert by_name(record, "Harwick University").country == "USA"
    assert by_name(record, "World Maritime University").country is None
    assert by_name(record, "Pellin International Airport").country == "USA"
    assert by_name(record, "Velmora").country is None


def test_a_country_before_a_legal_form_is_the_companys():
    record = analyze("Velmora Ireland Limited said on Monday it would appeal the fine.")
    assert by_name(record, "Velmora Ireland Limited").country == "IRL"


def test_a_person_of_an_organisation_takes_its_country():
    record = analyze(
        "Ana Ruiz of Pellin Motors, the largest US automaker, said sales fell. Tomás Vidal "
        "of Harwick, a firm she named, disagreed.")
    assert by_name(record, "Ana Ruiz").country == "USA"
    assert by_name(record, "Tomás Vidal").country is None


def test_a_name_before_a_features_noun_or_after_a_places_noun_is_a_place():
    record = analyze(
        "Output from the Johan Holm oil field rose on Monday, and tourists visited the Punta "
        "Velm rock formation. Voters in the electoral district of Groomby chose a new member. "
        "The Harwick field office was closed, and Ana Ruiz leads the crowded GOP field.")
    types = {e.name: e.type for e in record.entities}
    assert types["Johan Holm"] == "LOC" and types["Punta Velm"] == "LOC"
    assert types["Groomby"] == "GPE"
    assert types.get("GOP") == "ORG" and types.get("Harwick") != "LOC"


def test_a_countrys_name_qualified_by_another_country_with_such_a_state_is_the_state():
    record = analyze(
        "Heavy rain battered Georgia, United States, on Tuesday, and Tyumen, Russia, "
        "stayed dry.", published="2019-09-04")
    places = {(p.region_code, p.kind, p.country) for p in record.places}
    assert ("US-GA", "region", "USA") in places
    assert (None, "city", "RUS") in places  # a city qualified by its country stays the city
    record = analyze("Floods hit Batumi, Georgia, on Tuesday.", published="2019-09-04")
    assert (None, "country", "GEO") in {(p.region_code, p.kind, p.country)
                                        for p in record.places}
