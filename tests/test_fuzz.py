"""Generated inputs (hypothesis, fixed seed): Rashomon's components do work that grows
linearly with the text, and the readers, the analyzer and the API never fail with
anything but a one-line error. `benchmarks/fuzz.py` runs the same properties longer."""

from __future__ import annotations

import cProfile
import json
import os
import pstats

import pytest
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from rashomon.errors import RashomonError
from rashomon.nlp import COMPONENTS, load, make_doc
from rashomon.read import from_text, read_many

# Pieces of news and of the inputs that once took superlinear time.
PIECES = [
    "“a ” ", '"', "'", "« ", " »", "Anna said that ", "Bob said that ", "he told Erik ",
    "2024-03-01 ", "on Monday ", "last week ", "March 3, 2024 ", "Finnish President ",
    "Anna Virtanen ", "the Kremlin said. ", "according to a readout, ", "Helsinki ",
    "sanctions on two officials ", "killed 12 people ", "!?.,;:- ", "(", ")", "\n\n",
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "—", "it goes on; ", "a. b. ",
    "“", "”", "‘", "’", "...",
]
EXAMPLES = int(os.environ.get("RASHOMON_FUZZ_EXAMPLES", "100"))
"""Cases per property: 100 in ``make test``; ``benchmarks/fuzz.py`` runs more."""
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                suppress_health_check=list(HealthCheck))


def _component_work(nlp, text: str) -> int:
    """Function calls (Python and spaCy's profiled Cython) Rashomon's components make."""
    doc = make_doc(nlp, from_text(text, published="2024-03-04"))
    for name, component in nlp.pipeline:
        if name not in COMPONENTS:
            doc = component(doc)
    profiler = cProfile.Profile()
    profiler.enable()
    for name, component in nlp.pipeline:
        if name in COMPONENTS:
            doc = component(doc)
    profiler.disable()
    return pstats.Stats(profiler).total_calls


@seed(20261201)
@settings(max_examples=max(12, EXAMPLES // 5), deadline=None, derandomize=True, database=None,
          suppress_health_check=list(HealthCheck))
@given(st.lists(st.sampled_from(PIECES), min_size=5, max_size=30))
def test_component_work_grows_linearly_with_the_text(pieces):
    nlp = load()
    _component_work(nlp, "Anna Virtanen said in Helsinki on Monday: “Yes.”")  # lazy loads
    unit = "".join(pieces)
    base = unit * max(1, 1500 // len(unit))
    once, twice = _component_work(nlp, base), _component_work(nlp, base * 4)
    assert twice <= 4.6 * once + 20_000, (once, twice, base[:80])


@seed(20261201)
@FUZZ
@given(st.binary(max_size=3000))
def test_reading_any_bytes_gives_documents_or_one_line_errors(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("fuzz") / "input.txt"
    path.write_bytes(data)
    try:
        for document in read_many(path, on_error=lambda error: None):
            assert document.text and all(b.end <= len(document.text) for b in document.blocks)
    except RashomonError as error:
        assert "\n" not in str(error) and str(error).startswith("[R")


@seed(20261201)
@FUZZ
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=20)), max_size=40))
def test_analysis_of_any_text_is_a_valid_record_or_a_one_line_error(pieces):
    import rashomon

    text = "".join(pieces)
    try:
        record = rashomon.analyze(text, published="2024-03-04")
    except RashomonError as error:
        assert "\n" not in str(error)
        return
    json.loads(record.to_json())  # encodes: no lone surrogate survives
    for start, end in record.sentences:
        assert 0 <= start < end <= len(record.text)
    for quote in record.quotes:
        assert record.text[quote.span[0] : quote.span[1]] == quote.content
    for timex in record.timexes:
        assert record.text[timex.span[0] : timex.span[1]] == timex.text


@pytest.fixture(scope="module")
def api():
    from fastapi.testclient import TestClient

    from rashomon.web.app import create_app

    with TestClient(create_app(None, workers=1)) as client:
        yield client


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40)
    | st.sampled_from(PIECES),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner,
                                                               max_size=3),
    max_leaves=8,
)


@seed(20261201)
@FUZZ
@given(st.dictionaries(st.sampled_from(["text", "title", "published", "url", "publisher",
                                        "other"]), JSON_VALUES, max_size=5))
def test_the_api_answers_any_body_without_a_500(api, body):
    response = api.post("/api/analyze", json=body)
    assert response.status_code in (200, 400, 413, 422), (body, response.text)
    if response.status_code != 200:
        detail = response.json()["detail"]
        assert isinstance(detail, str) and "\n" not in detail
    assert "content-security-policy" in response.headers
