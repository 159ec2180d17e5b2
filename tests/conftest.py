"""Shared fixtures: paths to test articles and the shared data, one pipeline load."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "tests" / "data" / "articles"
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "article.txt"

needs_shared = pytest.mark.skipif(not SHARED.exists(), reason="../shared is not present")


def by_name(record, name: str):
    """The entity of ``record`` called ``name``."""
    return next(e for e in record.entities if e.name == name)


def event_rows(text: str, published: str = "2024-03-05") -> list[tuple]:
    """(type, trigger, actor words, target words, mode) of each event of ``text``: the
    words that name a party, so unlinked groups ("the union") are seen too."""
    import rashomon

    record = rashomon.analyze(rashomon.read(text, published=published))
    names = {e.id: e.name for e in record.entities}

    def party(entity: str | None, span: tuple[int, int] | None) -> str | None:
        return names.get(entity) or (record.text[span[0]:span[1]] if span else None)

    return [(e.type, e.trigger, party(e.actor, e.actor_span), party(e.target, e.target_span),
             e.mode) for e in record.events]


def timex_values(text: str, published: str | None) -> dict[str, tuple]:
    """(type, value, mod) of each time expression of ``text``, by its words."""
    import rashomon

    record = rashomon.analyze(text, published=published)
    return {t.text: (t.type, t.value, t.mod) for t in record.timexes}


def compared_accounts(published: str, *accounts: tuple[str, str, str]):
    """Two invented accounts (publisher, headline, body) published the same day, compared."""
    import rashomon
    from rashomon.read import from_text

    a, b = (rashomon.analyze(from_text(f"{headline}\n\n{body}\n", published=published,
                                       publisher=publisher))
            for publisher, headline, body in accounts)
    return rashomon.compare(a, b)


def disputes(comparison) -> list[tuple[str, str | None]]:
    """(what, about) of each dispute of a comparison, sorted."""
    return sorted((c.what, c.about) for c in comparison.conflicts)


def event_types(text: str) -> list[str]:
    """The type of each event of ``text`` (``event_rows``)."""
    return [row[0] for row in event_rows(text)]


def rows_triggered(rows: list[tuple], trigger: str) -> list[tuple]:
    """The ``event_rows`` whose trigger starts with ``trigger`` ("warned", "held rally")."""
    return [row for row in rows if row[1].startswith(trigger)]


@pytest.fixture(scope="session")
def analyze_file():
    """Analyse a file into a Record, caching by path (one model load per session)."""
    import rashomon

    cache: dict[str, rashomon.Record] = {}

    def run(path: Path, **meta):
        key = f"{path}{sorted(meta.items())}"
        if key not in cache:
            cache[key] = rashomon.analyze(rashomon.read(path, **meta))
        return cache[key]

    return run


def fixture_paths() -> list[Path]:
    """Every invented article the tests use, plus the seed when present."""
    paths = sorted(ARTICLES.iterdir()) + sorted(EXAMPLES.glob("*.txt"))
    return paths + ([SEED] if SEED.exists() else [])


WEB_ARTICLES = [EXAMPLES / "readout.txt", EXAMPLES / "readout_oslo.txt",
                EXAMPLES / "briefing.txt", ARTICLES / "statements.txt"]
"""What the web tests store: two accounts of one call and two more stories."""


@pytest.fixture(scope="session")
def web_store(tmp_path_factory, analyze_file) -> Path:
    """A small store of analysed invented articles for the web pages and API."""
    from rashomon.store import Store

    db = tmp_path_factory.mktemp("web") / "web.duckdb"
    with Store(db) as store:
        store.add([analyze_file(path) for path in WEB_ARTICLES])
    return db
