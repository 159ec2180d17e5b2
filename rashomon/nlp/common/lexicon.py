"""Look-ups over Rashomon's data files and pycountry: country names, demonyms, titles,
seats of power, actor codes; capitals and cities through ``common.gazetteer``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import pycountry
from anyascii import anyascii

from rashomon import settings
from rashomon.data import data_file, load_tsv, load_yaml
from rashomon.nlp.common import gazetteer


@cache
def words(kind: str) -> frozenset[str]:
    """A closed word class from ``data/actor_words.yaml`` ("articles", "possessives", …)."""
    return frozenset(load_yaml("actor_words.yaml")[kind])


@cache
def alternation(kind: str) -> str:
    """A regex alternation of a word list of ``actor_words.yaml``, longest first."""
    return "|".join(re.escape(w) for w in sorted(words(kind), key=len, reverse=True))


def table(kind: str) -> dict[str, str]:
    """A word table from ``data/actor_words.yaml`` ("pronouns", "sector_nouns")."""
    return dict(load_yaml("actor_words.yaml")[kind])


@cache
def _sector_order() -> dict[str, tuple[int, str]]:
    """Each noun of ``sector_words`` -> (its sector's place in the table, the sector); a
    noun listed under two sectors keeps the first ("officers": MIL before COP)."""
    found: dict[str, tuple[int, str]] = {}
    for place, (sector, nouns) in enumerate(table("sector_words").items()):
        for noun in nouns:
            found.setdefault(noun, (place, sector))
    return found


def sector_word(*forms: str) -> str | None:
    """The sector ``sector_words`` gives a noun by any of its lower-case forms (as written,
    its lemma), the first in the table's order ("troops" -> MIL), else None."""
    hits = [_sector_order()[form] for form in forms if form in _sector_order()]
    return min(hits)[1] if hits else None


@cache
def _given_names() -> dict[str, str]:
    return {row["name"]: row["gender"] for row in load_tsv("given_names.tsv")}


def given_name_gender(name: str) -> str | None:
    """"F" or "M" for a given name nearly always borne by one sex ("Nancy", "Glenn"; US
    Social Security counts, ``data/given_names.tsv``), else None; written with accents
    or without ("José", "Tomás": the list's are plain ASCII)."""
    names = _given_names()
    return names.get(name.lower()) or names.get(anyascii(name).lower())


@cache
def abbreviations() -> frozenset[str]:
    """Lower-cased words whose full stop ends no sentence ("mr.", "sen.", "inc.", "sept.",
    "st."): the titles, organisation and name suffixes, month names and the
    ``abbreviations`` of ``actor_words.yaml``."""
    found = {w for title in titles() for w in title.split() if w.endswith(".")}
    found |= {w for kind in ("organisation_suffixes", "name_suffixes", "abbreviations")
              for w in words(kind) if w.endswith(".")}
    found |= {name.lower() for row in load_tsv("calendar.tsv") if row["kind"] == "month"
              for name in row["names"].split("|") if name.endswith(".")}
    return frozenset(found)


def strip_article(name: str) -> str:
    """``"the Kremlin"`` -> ``"Kremlin"``; possessive endings are removed too."""
    first, _, rest = name.partition(" ")
    if rest and first.lower() in words("articles"):
        name = rest
    for ending in sorted(words("possessives"), key=len, reverse=True):
        if name.endswith(ending):
            name = name[: -len(ending)]
            break
    return name.strip()


@cache
def _countries() -> dict[str, str]:
    """Lower-cased country names (ISO, common, short) -> ISO alpha-3."""
    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                names[value.lower()] = country.alpha_3
    for row in load_tsv("country_names.tsv"):
        names[row["name"].lower()] = row["country"]
    return names


def country_code(name: str) -> str | None:
    """ISO alpha-3 of a country name ("Ukraine", "the United States", "U.K."), else None."""
    return _countries().get(strip_article(name).lower())


@cache
def _demonyms() -> dict[str, str]:
    table: dict[str, str] = {}
    for row in load_tsv("demonyms.tsv"):
        word, code = row["demonym"].lower(), row["country"]
        table[word] = code
        if not word.endswith(("ese", "sh", "ch", "ss", "i")):
            table[word + "s"] = code
    return table


def demonym_country(word: str) -> str | None:
    """ISO alpha-3 for a demonym or its plural ("Ukrainian", "Ukrainians"), else None."""
    return _demonyms().get(word.lower())


@cache
def _agents() -> dict[str, str]:
    return {row["phrase"]: row["code"] for row in load_tsv("phoenix_agents.tsv")}


@cache
def storm_kinds() -> tuple[list[str], ...]:
    """The ``storm_words`` as word lists, longest first ("tropical storm" before "storm")."""
    return tuple(sorted((w.split() for w in words("storm_words")), key=len, reverse=True))


def person_noun(word: str, agents: bool = True) -> bool:
    """Whether a lower-case noun names a kind of person: a title, a Phoenix agent noun
    ("teacher"; with ``agents`` only, as Phoenix also lists bodies: "army", "website"), one
    of ``person_nouns``, or a word ending in an agentive suffix of ``agent_suffixes``
    ("guitarist", "pollster", "manager"; "co-author" by its last part)."""
    last = word.rsplit("-", 1)[-1]
    return word in titles() or (agents and bool(agent_code(word))) or last in words(
        "person_nouns") or (
        last.endswith(tuple(words("agent_suffixes"))) and last not in words("not_person_nouns"))


def party_member(word: str) -> str | None:
    """The ``party_members`` word that ``word`` is, singular or plural ("Republicans" ->
    "republican", "Democrats" -> "democrat"), else None."""
    lower = word.lower()
    for form in (lower, lower[:-1] if lower.endswith("s") else lower):
        if form in words("party_members"):
            return form
    return None


def party_of(word: str) -> str | None:
    """The party a word names: a ``party_aliases`` name ("GOP" -> "republican"), else its
    ``party_members`` word in the shortest form the list has ("Democratic" and "Democrats"
    -> "democrat"); None for any other word."""
    alias = table("party_aliases").get(word.lower())
    member = alias or party_member(word)
    return min((m for m in words("party_members") if member and member.startswith(m)),
               key=len, default=alias)


@cache
def _sector_blocks() -> frozenset[str]:
    """The three-letter sector blocks of CAMEO actor codes: those of ``actor_sectors.tsv``
    and of every code the Phoenix agents dictionary gives ("UAF", "EDU", "HLH")."""
    codes = {row["code"] for row in load_tsv("actor_sectors.tsv")}
    codes |= {code[i : i + 3] for code in _agents().values() for i in range(0, len(code), 3)}
    return frozenset(codes)


def is_specific_code(code: str) -> bool:
    """Whether a Phoenix actor code singles out one group rather than a kind many share:
    three blocks or more, its last block no sector and no country, and not an
    intergovernmental body's or a company's, whose codes Phoenix shares among many
    ("IMGMUSISI" for ISIS is specific; "USAGOVLEG", "IGOEUREEC", "MNCUSAMED" are not)."""
    blocks = [code[i : i + 3] for i in range(0, len(code), 3)]
    return len(blocks) >= 3 and blocks[0] not in ("IGO", "MNC", "NGO") and (
        blocks[-1] not in _sector_blocks()) and not is_country_code(blocks[-1])


def agent_code(phrase: str) -> str | None:
    """The sector code the Phoenix agents dictionary gives a noun phrase ("gunmen" ->
    "UAF", "party leader" -> "PTY"), lower case, else None."""
    return _agents().get(phrase)


def direction_country(word: str, named: set[str | None], regions: set[str]) -> str | None:
    """The one country of ``named`` (ISO alpha-3 codes of the countries an article names)
    whose name the direction ``word`` opens and shortens, when the article names its
    counterpart too: "North" for North Korea beside South Korea, "South" for South Sudan
    beside Sudan. Not when the article names a region of a country whose own parts news
    calls so (``regions``, the countries of the first-level regions it names;
    ``direction_region_countries``): "the South" of a story that names Alabama is the
    American South, whatever Korea it names too."""
    if word.lower() not in words("directions") or regions & words("direction_region_countries"):
        return None
    names = {code: country_name(code) for code in named if code}
    found = set()
    for code, name in names.items():
        rest = name[len(word) + 1:] if name.startswith(f"{word} ") else ""
        if rest and any(other != code and (n == rest or n.endswith(f" {rest}"))
                        for other, n in names.items()):
            found.add(code)
    return found.pop() if len(found) == 1 else None


def regions_named(names: list[str]) -> set[str]:
    """The countries of the first-level regions among ``names`` (an article's place names),
    leaving out names that are also countries or large cities ("Georgia", "Washington",
    "New York"); the constituent countries of the United Kingdom count as its regions."""
    found = set()
    for name in names:
        if canonical_place(name).lower() in words("constituent_countries"):
            found.add("GBR")
        elif not (country_code(name) or capital_of(name) or name.lower() in words("directions")
                  or max((c.population for c in gazetteer.cities(canonical_place(name))),
                         default=0) >= settings.REGION_NAMED_CITY_POPULATION):
            found |= subdivision_countries(name)
    return found


def celestial(name: str) -> bool:
    """Whether ``name`` is a planet, a moon or a star that news names ("Earth", "the Moon",
    "Mars"), which is no place on a map."""
    return strip_article(name).lower() in words("celestial_bodies")


def inhabitants_city(word: str, suffixes: tuple[str, ...] = ("er", "ian")
                     ) -> tuple[int, str] | None:
    """(population, country) of the city whose people ``word`` names by the city's name
    and one of ``suffixes``, singular or plural ("Londoners", "Parisian"), where no town
    has the word's own name; else None."""
    singular = word[:-1] if word.endswith("s") else word
    for suffix in suffixes:
        if singular.endswith(suffix) and not town(word):
            found = city(singular[: -len(suffix)])
            if found:
                return found
    return None


def inhabitants_country(word: str) -> str | None:
    """The country of the city of ``settings.CITY_RELABEL_POPULATION`` or more people whose
    people ``word`` names ("Londoners", "Parisians", "Bostonian"), else None."""
    found = inhabitants_city(word)
    return found[1] if found and found[0] >= settings.CITY_RELABEL_POPULATION else None


def people_word(name: str) -> bool:
    """Whether ``name`` is a people's adjective or noun and no country's name ("Czech",
    "Americans"; not "Philippines")."""
    return bool(demonym_country(name)) and not country_code(name)


def country_of(name: str) -> str | None:
    """ISO alpha-3 for a country name or a demonym ("Ukraine", "Ukrainian"), else None."""
    return country_code(name) or demonym_country(name)


@cache
def demonym_of(code: str) -> str:
    """The adjective of a country ("RUS" -> "Russian"), else its name ("New Zealand": a
    noun of its people such as "New Zealander" or "Hong Konger" is no adjective)."""
    for row in load_tsv("demonyms.tsv"):
        if row["country"] == code and not row["demonym"].endswith("er"):
            return row["demonym"]
    return country_name(code)


@cache
def country_name(code: str) -> str:
    """A readable English name for an ISO alpha-3 code ("RUS" -> "Russia")."""
    for row in load_tsv("country_names.tsv"):
        if row["country"] == code and row["display"] == "y":
            return row["name"]
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return code
    return getattr(country, "common_name", None) or country.name


@dataclass(frozen=True)
class Title:
    """A title from ``titles.tsv``."""

    title: str
    kind: str
    sector: str
    gender: str
    written_out: str = ""  # an abbreviation's full form ("sen." -> "senator")


@cache
def titles() -> dict[str, Title]:
    """Lower-cased title -> Title."""
    return {
        row["title"]: Title(row["title"], row["kind"], row["sector"], row["gender"],
                            row.get("written_out") or "")
        for row in load_tsv("titles.tsv")
    }


@cache
def max_title_words() -> int:
    """The length in words of the longest title."""
    return max(len(t.split()) for t in titles())


@cache
def title_words() -> frozenset[str]:
    """Every word of a known title, function words ("of", "the") aside."""
    function_words = words("function_words") | words("articles")
    return frozenset(w for title in titles() for w in title.split() if w not in function_words)


def written_out(title: str) -> str:
    """``title`` in lower case with its abbreviations in full ("Sen." -> "senator",
    "Deputy Gov." -> "deputy governor"), so that "the senator" finds a "Sen."."""
    lower = title.lower()
    known = titles()
    if lower in known and known[lower].written_out:
        return known[lower].written_out
    return " ".join(known[w].written_out if w in known and known[w].written_out else w
                    for w in lower.split())


def is_the(title: str, office: str) -> bool:
    """Whether a person titled ``title`` is "the ``office``": "Sen." is "the senator",
    "Foreign Minister" "the minister"; a deputy, lieutenant, vice or former one is not
    (``rank_modifiers``)."""
    held, wanted = written_out(title).split(), written_out(office).split()
    size = len(wanted)
    return size > 0 and held[-size:] == wanted \
        and not set(held[:-size]) & words("rank_modifiers")


def base_title(title: str) -> str:
    """The known title in ``title`` without its modifiers and party words ("Deputy
    Attorney General" -> "attorney general", "Republican Gov." -> "gov."; "Vice
    President" stays), lower case; "" when none is known."""
    words_ = title.lower().split()
    while words_:
        if " ".join(words_) in titles():
            return " ".join(words_)
        if words_[0].rstrip("-") not in words("title_modifiers") and not party_member(
                words_[0]):
            return ""
        words_ = words_[1:]
    return ""


def title_info(title: str) -> Title | None:
    """The Title of ``title``, its modifiers aside, else None."""
    return titles().get(base_title(title))


def honorific(title: str) -> bool:
    """Whether ``title`` is a form of address ("Mr.", "Ms.", "Dr."), which marks a name
    but is no role."""
    info = title_info(title)
    return info is not None and info.kind == "honorific"


def modified_title(words_: list[str], size: int) -> int:
    """``size`` (the length of a title ending ``words_``) extended over the modifiers
    written before it ("Deputy" + "Attorney General", "former" + "President")."""
    while size and size < len(words_) and words_[-size - 1].lower().rstrip("-") in words(
        "title_modifiers"
    ):
        size += 1
    return size


def title_prefix(words_: list[str]) -> int:
    """How many leading ``words_`` form the longest known title (0 if none)."""
    for size in range(min(len(words_), max_title_words()), 0, -1):
        if " ".join(words_[:size]).lower() in titles():
            return size
    return 0


def title_suffix(words_: list[str]) -> int:
    """How many trailing ``words_`` form the longest known title (0 if none)."""
    for size in range(min(len(words_), max_title_words()), 0, -1):
        if " ".join(words_[-size:]).lower() in titles():
            return size
    return 0


@dataclass(frozen=True)
class Seat:
    """A seat of power standing for a government: "the Kremlin" -> RUS, GOV; ``body``: the
    organisation it names when it is one of its own ("Foggy Bottom" -> "State Department")."""

    country: str
    sector: str
    body: str | None = None


@cache
def _seats() -> dict[str, Seat]:
    table = {
        row["term"].lower(): Seat(row["country"], row["sector"], row["body"] or None)
        for row in load_tsv("seats.tsv")
    }
    return table


def seat_terms() -> list[str]:
    """Every seat-of-power term as written in ``seats.tsv`` ("Kremlin", "White House")."""
    return [row["term"] for row in load_tsv("seats.tsv")]


def seat_of_power(name: str) -> Seat | None:
    """The Seat that ``name`` (e.g. "the Kremlin") stands for, else None."""
    return _seats().get(strip_article(name).lower())


@cache
def _aliases() -> dict[str, str]:
    return {row["alias"].lower(): row["name"] for row in load_tsv("place_aliases.tsv")}


def place_alias_names() -> list[str]:
    """The nicknames of places in ``place_aliases.tsv``: other names of several words that
    do not contain the place's own ("Lone Star State"; not "Washington DC")."""
    return [row["alias"] for row in load_tsv("place_aliases.tsv")
            if " " in row["alias"] and row["name"].lower() not in row["alias"].lower()]


def canonical_place(name: str) -> str:
    """The GeoNames spelling of a place name ("Kiev" -> "Kyiv")."""
    clean = strip_article(name)
    return _aliases().get(clean.lower(), clean)


@cache
def postal_state(code: str) -> str | None:
    """The US state or district a two-letter postal code in capitals stands for, where it
    qualifies a town or tags a party ("Berea, OH"; "(R-OH)"; elsewhere "PA" may be the
    Palestinian Authority), except the ``postal_code_exceptions`` news uses for other
    places."""
    if len(code) != 2 or not code.isupper() or code in words("postal_code_exceptions"):
        return None
    state = pycountry.subdivisions.get(code=f"US-{code}")
    return state.name if state is not None else None


def unambiguous_country(name: str) -> str | None:
    """ISO alpha-3 of the country ``name`` names ("Ukraine", "Ukrainian"), unless a state
    of another country has the name too ("Georgia"): then None."""
    code = country_of(name)
    return code if code and subdivision_country(name) in (None, code) else None


@cache
def party_systems() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Each country of ``party_systems`` -> (the names of its main parties, "Republican
    Party"; the short names only its parties have, "gop")."""
    names = table("party_names")
    return {country: (frozenset(names[w] for w in system["main"]), frozenset(system["own"]))
            for country, system in load_yaml("actor_words.yaml")["party_systems"].items()}


@cache
def _party_tables() -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    """``party_aliases``, ``party_names`` and ``party_name_words``, read once."""
    return table("party_aliases"), table("party_names"), words("party_name_words")


def party_name(name: str) -> str | None:
    """The party ``name`` names by its party word alone or with the words of a party's name
    after it ("Democrats", "the Republican Party", "GOP" -> "Republican Party"), else None:
    not a name that only opens with a party word ("Democratic Unionist Party", "Republican
    Guard")."""
    words_ = strip_article(name).split()
    if not words_:
        return None
    aliases, names, name_words = _party_tables()
    member = aliases.get(" ".join(words_).lower()) or party_member(words_[0])
    if member is None or not all(w.lower() in name_words for w in words_[1:]):
        return None
    return names.get(member)


def party_country(name: str) -> str | None:
    """The country of ``party_systems`` whose main party ``name`` names, or whose own short
    name it is ("Republicans", "GOP" -> "USA"), else None."""
    party = party_name(name)
    return next((country for country, (main, own) in party_systems().items()
                 if party in main or strip_article(name).lower() in own), None)


def party_tag_country() -> str:
    """ISO alpha-3 of the country whose legislators carry party tags (``party_tag_country``
    of ``actor_words.yaml``)."""
    return load_yaml("actor_words.yaml")["party_tag_country"]


def tagged_state(written: str) -> str | None:
    """The state a party tag names ("Ky.", "OH", "Texas", "Fla." of "R-Ky."): one of the
    ``party_tag_country``'s, so "Florida" is the US state even though Uruguay has a
    department of the name; else None."""
    state = postal_state(written) or canonical_place(written)
    return state if party_tag_country() in subdivision_countries(state) else None


@cache
def _deictic_days() -> frozenset[str]:
    return frozenset(load_yaml("time_words.yaml")["days"])


def deictic_day(name: str) -> bool:
    """Whether ``name`` is a day named from today ("Tonight", "Yesterday")."""
    return name.lower() in _deictic_days()


def capital_of(name: str) -> str | None:
    """ISO alpha-3 of the country whose capital is ``name`` ("Ottawa" -> "CAN"), else None."""
    return gazetteer.capital_of(canonical_place(name))


def subdivision(name: str, any_level: bool = False) -> bool:
    """Whether a state, province or other first-level subdivision (or, with
    ``any_level``, one below: a Philippine province) is called ``name``."""
    return any(any_level or s.level == 1
               for s in gazetteer.subdivisions(canonical_place(name)))


def subdivision_country(name: str) -> str | None:
    """The country of the one first-level subdivision called ``name`` ("California" ->
    "USA"), else None (none, or several in different countries: "Punjab")."""
    countries = subdivision_countries(name)
    return countries.pop() if len(countries) == 1 else None


def state_country(name: str) -> str | None:
    """The country of the one first-level subdivision called ``name`` that is a part of it
    and not a territory it holds ("Georgia" -> "USA", but not "Puerto Rico" or "Guam",
    which have country codes of their own; ``territory_subdivision_types``)."""
    territories = words("territory_subdivision_types")
    found = {s.country for s in gazetteer.subdivisions(canonical_place(name))
             if s.level == 1 and s.country and s.code and (
                 (entry := pycountry.subdivisions.get(code=s.code)) is None
                 or entry.type.lower() not in territories)}
    return found.pop() if len(found) == 1 else None


def iso_subdivision_countries(name: str) -> set[str]:
    """The countries with a first-level subdivision that ISO 3166-2 calls ``name``
    ("Colorado": USA; "Manchester": JAM), not one only known by an English name ("Holy
    Cross" for Swietokrzyskie)."""
    key = anyascii(canonical_place(name)).lower()
    return {s.country for s in gazetteer.subdivisions(canonical_place(name))
            if s.level == 1 and s.country and s.code
            and (entry := pycountry.subdivisions.get(code=s.code)) is not None
            and anyascii(entry.name).lower() == key}


def subdivision_countries(name: str) -> set[str]:
    """The countries with a first-level subdivision called ``name`` ("Florida": USA, PRI,
    URY)."""
    return {s.country for s in gazetteer.subdivisions(canonical_place(name))
            if s.level == 1 and s.country}


def town(name: str) -> bool:
    """Whether the gazetteer knows a city or town (1,000 or more) called ``name``."""
    return bool(gazetteer.cities(canonical_place(name)))


def town_countries(name: str) -> set[str]:
    """The countries (ISO alpha-3) with a city or town (1,000 or more) called ``name``."""
    return {c.country for c in gazetteer.cities(canonical_place(name)) if c.country}


def city(name: str) -> tuple[int, str] | None:
    """(population, ISO alpha-3) of the most populous city of 15,000 or more called
    ``name``, else None."""
    return gazetteer.big_city(canonical_place(name))


@cache
def is_country_code(code: str) -> bool:
    """Whether ``code`` is an ISO 3166-1 alpha-3 country code ("USA"; not "FBI")."""
    return len(code) == 3 and pycountry.countries.get(alpha_3=code) is not None


@cache
def _phoenix() -> dict[str, tuple[tuple[str, str, str], ...]]:
    """Lower-case name -> (code, start, end) rows of ``phoenix_actors.tsv``."""
    table: dict[str, list[tuple[str, str, str]]] = {}
    with data_file("phoenix_actors.tsv") as handle:  # 41,000 rows: split, not csv (5x faster)
        for line in handle:
            if line.startswith("#") or line.startswith("name\t"):
                continue
            name, code, start, end = line.rstrip("\n").split("\t")
            table.setdefault(name, []).append((code, start, end))
    return {name: tuple(rows) for name, rows in table.items()}


def actor_codes(name: str, on: str | None = None) -> list[str]:
    """The Phoenix CAMEO actor codes of ``name`` ("FBI" -> ["USACOP"]), those that hold on
    the ISO date ``on`` when it is given; the undated first. A name written with "the"
    is also looked up as Phoenix writes some names, with it ("The Islamic State"); a
    person's name with middle initials also without them."""
    key = " ".join(strip_article(name).lower().split())
    rows = _phoenix().get(key, ())
    if not rows and name.lower().startswith("the "):
        rows = _phoenix().get(f"the {key}", ())
    if not rows and len(parts := key.split()) > 2:  # "Ana Q. Ruiz" as Phoenix writes "ana ruiz"
        bare = [w for w in parts[1:-1] if not re.fullmatch(r"[a-z]\.", w)]
        rows = _phoenix().get(" ".join([parts[0], *bare, parts[-1]]), ()) if (
            len(bare) < len(parts) - 2) else ()
    held = [code for code, start, end in rows
            if on is None or ((not start or start <= on) and (not end or on < end))]
    undated = [code for code, start, end in rows if not start and not end and code in held]
    return list(dict.fromkeys(undated + held))


@cache
def _phoenix_surnames() -> dict[str, tuple[str, ...]]:
    """Last word of each name of several words in ``phoenix_actors.tsv`` -> the names."""
    table: dict[str, list[str]] = {}
    for name in _phoenix():
        words_ = name.split()
        if len(words_) >= 2:
            table.setdefault(words_[-1], []).append(name)
    return {surname: tuple(names) for surname, names in table.items()}


def surname_country(surname: str, sector: str, on: str | None) -> str | None:
    """The one country of every Phoenix actor named ``surname`` last ("Obama") whose code
    holds on ``on`` in ``sector`` ("GOV"), else None (none, or several countries: "Kim")."""
    found = set()
    for name in _phoenix_surnames().get(" ".join(surname.lower().split()), ()):
        for code in actor_codes(name, on):
            country, held = code_parts(code)
            if country and held == sector:
                found.add(country)
    return found.pop() if len(found) == 1 else None


_TRANSNATIONAL = ("MNC", "NGO", "IGO", "NGM")


def code_country(code: str) -> str | None:
    """The country of a CAMEO actor code: its first three letters ("USACOP" -> "USA"), or
    for a company or non-governmental body its last three ("MNCJPN" -> "JPN"), else None."""
    if is_country_code(code[:3]):
        return code[:3]
    if code[:3] in _TRANSNATIONAL and len(code) >= 6 and is_country_code(code[-3:]):
        return code[-3:]
    return None


def actor_country(name: str, on: str | None = None) -> tuple[str | None, str | None]:
    """(country, sector) of the first Phoenix code of ``name`` that holds on ``on`` and
    names a country ("FBI" -> ("USA", "COP"), "Toyota" -> ("JPN", "MNC")), else (None,
    None)."""
    for code in actor_codes(name, on):
        country, sector = code_parts(code)
        if country:
            return country, sector
    return None, None


def code_parts(code: str) -> tuple[str | None, str | None]:
    """(country, sector) of a CAMEO actor code ("USACOP" -> ("USA", "COP"), "MNCJPN" ->
    ("JPN", "MNC")); (None, None) when it names no country."""
    country = code_country(code)
    if country is None:
        return None, None
    rest = code[3:] if code.startswith(country) else code[:3]
    return country, rest[:3] or None


@cache
def _party_tag_opening() -> str:
    """The opening of a party-and-state tag, up to its state ("(", "(D-", ", R-"); the party
    letters are ``party_letters`` of ``actor_words.yaml``."""
    letters = "".join(sorted(words("party_letters")))
    return rf"(?:\(\s*(?:[{letters}]-\s*)?|[{letters}]-\s*)"


@cache
def party_tag() -> re.Pattern[str]:
    """A party-and-state tag after a legislator's name (", R-Ky.", " (D-Calif.)", or the
    state alone in brackets: " (Tex.)"), its state in group 1."""
    return re.compile(rf",?\s*{_party_tag_opening()}([A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)\)?")


@cache
def party_tag_before() -> re.Pattern[str]:
    """A party-and-state tag's opening ending a text ("Rep. Ana Ruiz (", "(R-"): the place
    after it is the legislator's state."""
    return re.compile(_party_tag_opening() + "$")


def is_organisation(name: str) -> bool:
    """Whether Phoenix knows ``name`` as an actor (a company, a body, an institution or a
    person: "Toyota", "FBI"); places are not in the table."""
    return bool(actor_codes(name))
