"""What a reader sees: the report and the pages say exactly what is known, and where it
came from. Invented pages, in the style of the copied news pages the tool reads."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

import rashomon
from rashomon import describe
from rashomon.cli import app

runner = CliRunner()

STORY = ("Finnish President Anna Virtanen asked Norway to send more border guards, her office "
         "said.\n\nNorway's prime minister said the two governments would stay in close "
         "contact.")

PAGES = {
    "given": (STORY, {"published": "2024-03-04"}, "2024-03-04", "given with the article"),
    "metadata": (
        "<html><head><title>Finland asks Norway for guards</title>"
        '<meta property="article:published_time" content="2024-03-05T08:00:00Z"></head>'
        f"<body><article><h1>Finland asks Norway for guards</h1><p>{STORY}</p></article>"
        "</body></html>", {}, "2024-03-05", "from the page's metadata"),
    "page": (f"Finland asks Norway for guards\n\nPublished: March 6, 2024\n\n{STORY}", {},
             "2024-03-06", "printed on the page"),
    "dateline": (f"Finland asks Norway for guards\n\nHELSINKI, March 7, 2024 - {STORY}", {},
                 "2024-03-07", "from the dateline"),
    "text": (f"Finland asks Norway for guards\n\n{STORY} The request followed talks on "
             "March 8, 2024.", {}, "2024-03-08", "inferred from the story: latest date"),
}


@pytest.mark.parametrize("origin", PAGES)
def test_the_publication_date_says_where_it_came_from(origin):
    text, meta, value, words = PAGES[origin]
    document = rashomon.read(text, **meta) if meta else rashomon.read(text)
    record = rashomon.analyze(document)
    assert record.published.value == value and record.published.origin == origin
    assert describe.published_source(record).startswith(words)
    from rich.console import Console

    from rashomon.report import render

    console = Console(width=80, record=True)
    console.print(render(record))
    assert f"{value} ({words}" in " ".join(console.export_text().split())
    assert "(given)" not in console.export_text() or origin == "given"


def test_a_record_stored_before_the_origin_field_still_reads():
    record = rashomon.analyze(PAGES["dateline"][0])
    old = record.model_copy(update={"published": record.published.model_copy(
        update={"origin": None})})
    assert describe.published_source(old) == "inferred from the story"


def test_the_page_shows_where_the_date_came_from():
    from fastapi.testclient import TestClient

    from rashomon.web.app import create_app

    with TestClient(create_app(None, workers=1)) as client:
        page = client.post("/analyze", data={"text": PAGES["page"][0]},
                           headers={"accept": "text/html"})
    assert page.status_code == 200
    assert "2024-03-06" in page.text and "(printed on the page)" in page.text


def test_the_json_schema_lists_the_origins():
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0 and '"dateline"' in result.stdout and '"metadata"' in result.stdout


INTERVIEW = (
    "Mayor promises heat by winter\n\n"
    "KHARKIV, March 4, 2024 - The city's mayor, Oleh Marchenko, said on Monday that crews "
    "would restore power before the frosts.\n\n"
    "\"We have done it twice already,\" he told Example Radio.\n\n"
    "The French foreign ministry said it would send generators.\n\n"
    "Analysts said the repairs could take months.")


def _report(record, **options) -> str:
    from rich.console import Console

    from rashomon.report import render

    console = Console(width=80, record=True)
    console.print(render(record, **options))
    return console.export_text()


def test_statements_say_how_their_speaker_was_found_in_words():
    record = rashomon.analyze(INTERVIEW)
    by_basis = {q.basis for q in record.quotes}
    assert {"name", "pronoun"} <= by_basis
    report = " ".join(_report(record).split())
    assert "speaker named in the sentence" in report
    assert "speaker resolved from “he”" in report
    assert "confidence 0." not in report  # no bare numbers for people
    pronoun = next(q for q in record.quotes if q.basis == "pronoun")
    assert record.text[pronoun.speaker_span[0] : pronoun.speaker_span[1]] == "he"


def test_a_source_found_but_not_resolved_shows_its_words():
    record = rashomon.analyze(INTERVIEW)
    unnamed = [q for q in record.quotes if q.speaker is None and q.speaker_span]
    assert unnamed, [(q.content, q.speaker_span) for q in record.quotes]
    labels = {describe.speaker_label(record, q) for q in unnamed}
    assert any("(not resolved)" in label and "“" in label for label in labels)
    report = _report(record)
    assert "(unattributed" not in report
    assert any(label.split("”")[0] in report for label in labels)


def test_the_report_explains_its_marks_and_hides_uncertain_statements():
    record = rashomon.analyze(INTERVIEW)
    report = _report(record)
    used = {q.kind for q in record.quotes}
    assert ("“”  a direct quote, in quotation marks" in report) == ("direct" in used)
    assert ("~   reported speech, no quotation marks" in report) == ("indirect" in used)
    assert "reported speech with quoted words in it" not in report or "mixed" in used
    strict = _report(record, min_confidence=0.85)
    hidden = sum(q.confidence < 0.85 for q in record.quotes)
    assert hidden and f"{hidden} statement" in strict and "--min-confidence" in strict
    result = runner.invoke(app, ["analyze", "-", "--min-confidence", "2"], input=INTERVIEW)
    assert result.exit_code == 2


def test_dates_are_shown_in_words_never_as_raw_timex_values():
    from rashomon.record import Timex

    def shown(value: str, text: str = "then", type_: str = "DATE") -> str:
        return describe.when(Timex(id="T1", span=(0, 1), text=text, type=type_, value=value))

    assert shown("2019-11-19TNI") == "2019-11-19 night"
    assert shown("XXXX-WXX-2", "Tuesday") == "“Tuesday”"
    assert shown("P18Y", type_="DURATION") == "18 years"
    assert shown("2021-W13") == "week 13 of 2021" and shown("2021-03-02") == "2021-03-02"
    assert shown("2024-WI") == "winter 2024"
    assert not describe.is_event_date(
        Timex(id="T1", span=(0, 1), text="18 years", type="DURATION", value="P18Y"))


def test_codes_are_explained_where_they_are_shown():
    from conftest import EXAMPLES

    record = rashomon.analyze(rashomon.read(EXAMPLES / "readout.txt"))
    report = _report(record)
    types = {e.type for e in record.events}
    for type_ in types:
        assert f"{type_} {describe.plover_gloss(type_)}" in " ".join(report.split())
    assert "ASSAULT" not in report  # only the codes used
    for event in record.events:
        if event.cameo:
            assert describe.cameo_label(event.cameo) in " ".join(report.split())
    assert describe.code_words("UKRGOV") == "Ukraine: government"
    assert describe.code_words("GOV") == "government, country unknown"
    assert "not a country code" in describe.code_words("FBIGOV")

    from fastapi.testclient import TestClient

    from rashomon.web.app import create_app

    with TestClient(create_app(None, workers=1)) as client:
        page = client.post("/analyze", data={"text": (EXAMPLES / "readout.txt").read_text()},
                           headers={"accept": "text/html"})
    assert 'title="CONSULT: meetings, visits, talks and calls; CAMEO 041: Discuss by ' \
           'telephone"' in page.text
    assert 'title="Finland: government"' in page.text


def test_site_navigation_and_hosting_lines_are_not_page_metadata(tmp_path):
    from conftest import ARTICLES

    document = rashomon.read(ARTICLES / "menu_and_host.html")
    assert document.categories == []  # the menu's sections are not the story's
    assert document.source.publisher == "example.org"  # not "Hosted"
    filed = tmp_path / "filed.html"
    filed.write_text(
        "<html><head><title>Talks resume</title>"
        '<meta property="article:section" content="Europe">'
        '<meta property="og:site_name" content="Example Gazette"></head><body>'
        '<nav><a href="/europe/">Europe</a><a href="/sport/">Sport</a></nav>'
        "<article><h1>Talks resume</h1><p>Finnish President Anna Virtanen said talks with "
        "Norway would resume on Friday, her office said in a statement.</p></article>"
        "</body></html>")
    filed_document = rashomon.read(filed)
    assert filed_document.source.publisher == "Example Gazette"
    assert "Sport" not in filed_document.categories
    report = _report(rashomon.analyze(document))
    assert "Hosted" not in report.split("Publisher")[-1].splitlines()[0]
    assert "Human Rights" not in report


def test_every_event_row_shows_its_evidence():
    from conftest import EXAMPLES

    record = rashomon.analyze(rashomon.read(EXAMPLES / "readout.txt"))
    report = " ".join(_report(record).split())
    for event in record.events:
        evidence = " ".join(record.text[event.span[0] : event.span[1]].split())
        assert "“" + describe.shorten(evidence, 80) + "”" in report


def test_every_entity_and_place_row_shows_where_it_is_first_named():
    from conftest import EXAMPLES

    record = rashomon.analyze(rashomon.read(EXAMPLES / "readout.txt"))
    report = " ".join(_report(record).split())
    for entity in record.entities:
        start, end = entity.mentions[0]
        context = " ".join(describe.sentence_around(record, start, end, limit=60).split())
        assert context in report, (entity.name, context)
    assert len(record.places) >= 2


def test_photo_credits_are_shown_as_credits_not_as_people():
    page = ("Finland asks Norway for guards\n\n"
            "HELSINKI, March 3, 2024 - Finnish President Anna Virtanen asked Norway on Friday "
            "to send more border guards, her office said.\n\n"
            "Photo: Border posts near Salla, Finland, on February 28, 2024. "
            "(Mikko Laine/Example Press)\n\n"
            "Norway's prime minister said the two governments would stay in close contact.")
    record = rashomon.analyze(page)
    assert record.captions and record.captions[0].credit == "Mikko Laine/Example Press"
    assert "Mikko Laine" not in {e.name for e in record.entities}
    report = _report(record)
    people = report.split("People")[1].split("Organisations")[0] if "People" in report else ""
    assert "Mikko Laine" not in people
    assert "Credit" in report and "Laine/Example" in report  # the captions. credit column
