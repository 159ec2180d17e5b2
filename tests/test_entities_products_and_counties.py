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
        "the airline's crews. A Defence Force officer and the Defence Forces' band were at "
        "the ceremony, and 40 Pellin Rangers marched.")
    types = {e.name: e.type for e in record.entities}
    assert types.get("Harwick Aerospace") == "ORG"
    assert types.get("Defence Force") == "ORG"
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
