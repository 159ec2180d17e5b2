"""The TIMEX3 evaluation: TimeML and MEANTIME readers, the TempEval-3 scorer, the CLI."""

from __future__ import annotations

import json

import pytest
from conftest import ROOT, SHARED, needs_shared
from typer.testing import CliRunner

from rashomon.cli import app
from rashomon.eval.timex import GoldDoc, Scores, Timex, evaluate, load_gold, read_cat

TIMEML = ROOT / "tests" / "data" / "timeml"


def test_timeml_reader_keeps_inline_offsets_and_skips_the_dct_and_empty_timexes():
    (doc,) = load_gold(TIMEML / "border_talks.tml")
    assert doc.dct == "2024-03-05"
    found = [(doc.text[t.start : t.end], t.type, t.value) for t in doc.timexes]
    assert found == [
        ("Monday", "DATE", "2024-03-04"),
        ("six months", "DURATION", "P6M"),
        ("April 1, 2024", "DATE", "2024-04-01"),
        ("weekly", "SET", "P1W"),
        ("last week", "DATE", "2024-W09"),
        ("recently", "DATE", "PAST_REF"),
    ]
    assert "agreed on Monday" in doc.text  # EVENT and SIGNAL tags leave their text


def test_scorer_counts_strict_relaxed_and_value_matches():
    gold = GoldDoc(
        "x",
        "on Tuesday, in late March and for two weeks",
        "2021-04-06",
        [Timex(3, 10, "DATE", "2021-04-06"), Timex(15, 25, "DATE", "2021-03"),
         Timex(34, 43, "DURATION", "P2W")],
    )
    predicted = [
        Timex(0, 10, "DATE", "2021-04-06"),  # relaxed match, right value
        Timex(15, 25, "DATE", "2021-04"),  # strict match, wrong value
        Timex(26, 29, "DATE", "PAST_REF"),  # false alarm
    ]
    scores = Scores()
    scores.add(gold, predicted)
    summary = scores.summary()
    assert (summary["gold"], summary["predicted"]) == (3, 3)
    assert summary["strict"]["matched"] == 1 and summary["relaxed"]["matched"] == 2
    assert summary["value"]["matched"] == 1 and summary["value"]["f1"] == round(1 / 3, 3)
    assert summary["by_type"]["DURATION"]["relaxed_recall"] == 0.0
    assert len(scores.errors) == 3  # a miss, a wrong value, a false alarm


def test_eval_timex_cli_json():
    result = CliRunner().invoke(app, ["eval", "timex", str(TIMEML), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["gold"] == 6 and data["value"]["f1"] == 1.0 and data["documents"] == 1


def test_eval_timex_bad_path_is_one_line_error(tmp_path):
    result = CliRunner().invoke(app, ["eval", "timex", str(tmp_path / "missing")])
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and "R001" in result.output


@needs_shared
def test_meantime_cat_xml_and_jsonl_agree():
    folder = SHARED / "data" / "meantime_en"
    cat = read_cat(next((folder / "intra-doc_annotation" / "corpus_airbus").glob("100911_*")))
    jsonl = next(d for d in load_gold(folder / "meantime_intra_doc.jsonl") if d.name == "100911")
    assert (cat.text, cat.dct, cat.timexes, cat.limit) == (
        jsonl.text, jsonl.dct, jsonl.timexes, jsonl.limit
    )


@needs_shared
def test_meantime_timex_scores():
    result, _ = evaluate(SHARED / "data" / "meantime_en" / "meantime_intra_doc.jsonl", limit=40)
    assert result["documents"] == 40 and result["gold"] > 80
    assert result["relaxed"]["f1"] > 0.85 and result["value"]["f1"] > 0.7


def test_heideltime_output_is_read_back_to_offsets_in_the_text():
    from rashomon.eval.heideltime import parse_timeml

    text = 'Ships & "tugs" <docked> on Tuesday.\nThe next year, annually.'
    output = (
        '<?xml version="1.0"?>\n<!DOCTYPE TimeML SYSTEM "TimeML.dtd">\n<TimeML>\n'
        'Ships & "tugs" <docked> on <TIMEX3 tid="t1" type="DATE" value="2031-05-06">Tuesday'
        '</TIMEX3>.\n<TIMEX3 tid="t2" type="DATE" value="2032">The next year</TIMEX3>, '
        '<TIMEX3 tid="t3" type="SET" value="XXXX">annually</TIMEX3>.\n</TimeML>\n'
    )
    found = parse_timeml(output, text)
    assert [(text[t["start"] : t["end"]], t["type"], t["value"]) for t in found] == [
        ("Tuesday", "DATE", "2031-05-06"), ("The next year", "DATE", "2032"),
        ("annually", "SET", "XXXX")]
    assert parse_timeml(output, "Another text entirely.") is None


def _fake_heideltime(tmp_path, monkeypatch, outputs: list):
    """A HeidelTime whose Java runs are ``outputs`` in turn (CompletedProcess or None for a
    hang), with the cache in ``tmp_path``; returns it and the list of commands run."""
    import subprocess

    import rashomon.eval.heideltime as heideltime

    package = tmp_path / "package"
    (package / "resources").mkdir(parents=True)
    (package / "resources" / "config_props_template").write_text("treeTaggerHome = {path}\n")
    monkeypatch.setattr(heideltime, "_package_folder", lambda: package)
    monkeypatch.setenv("RASHOMON_CACHE", str(tmp_path / "cache"))
    commands = []

    def run(command, **_):
        commands.append(command)
        result = outputs.pop(0)
        if result is None:
            raise subprocess.TimeoutExpired(command, 1)
        return result

    monkeypatch.setattr(heideltime.subprocess, "run", run)
    return heideltime.HeidelTime(), commands


def test_heideltime_output_is_cached_by_text_and_date(tmp_path, monkeypatch):
    import subprocess

    text = "The ferry left on Tuesday."
    output = ('<TimeML>\nThe ferry left on <TIMEX3 tid="t1" type="DATE" value="2031-05-06">'
              'Tuesday</TIMEX3>.\n</TimeML>')
    done = subprocess.CompletedProcess([], 0, stdout=output, stderr="")
    tagger, commands = _fake_heideltime(tmp_path, monkeypatch, [done, done, done])
    with tagger:
        first = tagger.tag(text, "2031-05-08")
        assert tagger.tag(text, "2031-05-08") == first and len(commands) == 1  # cached
        tagger.tag(text, None)  # no date: HeidelTime takes today's, so never cached
        tagger.tag(text, None)
    assert len(commands) == 3 and first[0]["value"] == "2031-05-06"
    assert "-dct" in commands[0] and "-dct" not in commands[1]


def test_heideltime_failures_are_one_line_errors_and_misalignment_is_counted(
        tmp_path, monkeypatch):
    import subprocess

    from rashomon.errors import RashomonError

    crash = subprocess.CompletedProcess([], 1, stdout="", stderr=(
        "Exception in thread main java.lang.IllegalStateException: no tagger\n"
        "\tat de.unihd.dbs.Main.run(Main.java:12)\n"))
    shifted = subprocess.CompletedProcess([], 0, stdout="<TimeML>\nOther words.</TimeML>",
                                          stderr="")
    tagger, _ = _fake_heideltime(tmp_path, monkeypatch, [crash, None, shifted, shifted])
    with tagger:
        with pytest.raises(RashomonError, match="IllegalStateException: no tagger"):
            tagger.tag("The ferry left.", "2031-05-08")
        with pytest.raises(RashomonError, match="took over"):
            tagger.tag("The ferry left.", "2031-05-08")
        assert tagger.tag("The ferry left.", "2031-05-08") == []
        assert tagger.tag("The ferry left.", "2031-05-08") == []  # not cached
    assert tagger.misaligned == 2 and not list(tagger.folder.parent.glob(
        tagger.folder.name + "/*.txt"))


def test_heideltime_without_its_extra_says_what_to_install_in_one_line(monkeypatch):
    import rashomon.eval.heideltime as heideltime

    monkeypatch.setattr(heideltime.shutil, "which", lambda name: None)
    result = CliRunner().invoke(app, ["eval", "timex", str(TIMEML), "--tagger", "heideltime"])
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and "R022" in result.output
    assert "Java 17" in result.output


def test_eval_timex_reports_each_sub_corpus_and_scores_one_alone(tmp_path):
    for part in ("ports", "rivers"):
        (tmp_path / part).mkdir()
        (tmp_path / part / "a.tml").write_text((TIMEML / "border_talks.tml").read_text())
    result, _ = evaluate(tmp_path)
    assert set(result["by_part"]) == {"ports", "rivers"} and result["gold"] == 12
    alone, _ = evaluate(tmp_path, parts=["rivers"])
    assert alone["gold"] == 6 and "by_part" not in alone
    cli = CliRunner().invoke(app, ["eval", "timex", str(tmp_path), "--part", "lakes"])
    assert cli.exit_code == 2 and "no sub-corpus 'lakes'" in cli.output


def test_hard_wrapped_timeml_lines_keep_expressions_and_clauses_whole():
    """Old newswire in TimeML files wraps lines inside sentences, even inside a time
    expression ("March" ending one line, "17" opening the next). The tagger reads such
    lines as one paragraph, as the page reader does, not as a paragraph each."""
    result, _ = evaluate(ROOT / "tests" / "data" / "timeml_wrapped")
    assert result["gold"] == 4
    assert result["strict"]["f1"] == 1.0 and result["value"]["f1"] == 1.0


def test_a_creation_time_inside_the_text_is_not_scored():
    """Some TimeML files mark the creation time in the text itself (a dateline): it is the
    publication date given to the tagger, not a time expression to find, so finding it is
    no false alarm (as for MEANTIME's CAT files)."""
    (doc,) = load_gold(ROOT / "tests" / "data" / "timeml_dateline" / "ferry_fares.tml")
    assert doc.dct == "2025-03-03" and doc.text[slice(*doc.dct_span)] == "March 3, 2025"
    result, _ = evaluate(ROOT / "tests" / "data" / "timeml_dateline")
    assert result["gold"] == 2 and result["value"]["f1"] == 1.0
