"""The read stage: page segmentation, captions, chrome, metadata, encodings, bad input."""

from __future__ import annotations

import pytest
from conftest import ARTICLES, EXAMPLES, SEED, needs_shared

import rashomon
from rashomon.errors import RashomonError
from rashomon.read.normalize import normalize


def kinds(doc):
    return [(b.kind, doc.text[b.start : b.end]) for b in doc.blocks]


@needs_shared
def test_seed_page_structure():
    doc = rashomon.read(SEED)
    assert (
        doc.title == "Ukraine requests more Canadian military trainers, help with NATO membership"
    )
    assert [c.credit for c in doc.captions] == [
        "Andrew Lahodynskyj/THE CANADIAN PRESS",
        "STR/AFP via Getty Images",
        "Canadian Forces Combat Camera/DND",
        "Vyacheslav Prokofyev/SPUTNIK/AFP via Getty Images",
    ]
    assert [c.date for c in doc.captions] == [
        "2019-07-02",
        "2021-04-05",
        "2016-03-05",
        "2021-03-18",
    ]
    assert doc.categories == ["International", "Politics"]
    assert doc.tags == []
    story = " ".join(text for kind, text in kinds(doc) if kind in ("title", "paragraph"))
    for chrome in ("Categories", "Tags:", "report an error", "comment section", "Getty Images"):
        assert chrome not in story


def test_chrome_bylines_sections_and_published_line():
    doc = rashomon.read(ARTICLES / "chrome_heavy.txt")
    blocks = kinds(doc)
    chrome = [text for kind, text in blocks if kind == "chrome"]
    assert "By Sanne de Vries and Pieter Bakker" in chrome
    assert "Advertisement" in chrome and "Share this article" in chrome
    assert any(text.startswith("Antwerp braces") for text in chrome)  # related headlines
    assert doc.title == "Dutch port strike halts container traffic in Rotterdam"
    assert doc.published.value == "2023-06-12" and not doc.published.inferred
    paragraphs = [text for kind, text in blocks if kind == "paragraph"]
    assert len(paragraphs) == 3 and paragraphs[0].startswith("Dockworkers")


def test_caption_styles():
    doc = rashomon.read(ARTICLES / "captions.txt")
    assert [(c.credit, c.date) for c in doc.captions] == [
        ("AP Photo/Luca Bruno", "2023-05-17"),
        ("Giulia Ferri/Reuters", None),
        ("Marco Rinaldi/ANSA via Getty Images", "2023-05-18"),
    ]
    for caption in doc.captions:
        start, end = caption.credit_span
        assert doc.text[start:end] == caption.credit


def test_dateline_gives_inferred_date_and_place():
    doc = rashomon.read(EXAMPLES / "readout.txt")
    assert doc.published.value == "2024-03-03" and doc.published.inferred
    start, end = doc.dateline.place_span
    assert doc.text[start:end] == "HELSINKI"
    given = rashomon.read(EXAMPLES / "readout.txt", published="2024-03-04")
    assert given.published.value == "2024-03-04" and not given.published.inferred


def test_html_page():
    doc = rashomon.read(ARTICLES / "page.html")
    assert doc.title == "Chile and Argentina agree lithium pact"
    assert doc.source.publisher == "Example Tribune"
    assert doc.published.value == "2023-09-14"
    assert doc.tags == ["lithium", "mining", "Chile", "Argentina"]
    assert [c.credit for c in doc.captions] == ["Ana Torres/Example Tribune"]
    assert "Comments are closed" not in doc.text and "Home" not in doc.text


def test_jsonl_many_in_order(tmp_path):
    lines = [
        '{"text": "First story about Oslo.", "title": "One", "published": "2020-01-02"}',
        '{"text": "Second story.", "url": "https://example.org/2", "date": "2020-02-03"}',
    ]
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs = list(rashomon.read_many(path))
    assert [d.title for d in docs] == ["One", None]
    assert [d.published.value for d in docs] == ["2020-01-02", "2020-02-03"]
    assert docs[1].source.url == "https://example.org/2"
    assert docs[0].text.startswith("One\n\nFirst story")


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16", "latin-1"])
def test_legacy_encodings(tmp_path, encoding):
    text = (
        "Minister’s visit\n\nThe minister’s aides said: “We’re ready.”"
        if encoding != "latin-1"
        else "Café talks\n\nThe café reopened in Montréal."
    )
    path = tmp_path / "article.txt"
    path.write_bytes(text.encode(encoding))
    assert rashomon.read(path).text == text


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"", "R002"),
        (b"   \n", "R002"),
        (b"%PDF-1.4 binary", "R003"),
        (b"\x00\x01\x02\x03" * 50, "R003"),
    ],
)
def test_bad_input_gives_one_line_error(tmp_path, content, code):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(RashomonError) as info:
        rashomon.read(path)
    assert code in str(info.value) and "\n" not in str(info.value)


def test_too_large_and_bad_json(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("word " * 1000)
    with pytest.raises(RashomonError, match="R004"):
        rashomon.read(path, max_bytes=100)
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "ok"}\n{"title": "no text"}\n')
    with pytest.raises(RashomonError, match=r"R007.*line 2"):
        list(rashomon.read_many(bad))


def test_normalisation_keeps_offsets_traceable():
    raw = "Title\r\n\r\n\r\nIt\u00a0said „yes\u201d.\u200b  \nEnd"
    text, offsets = normalize(raw)
    assert text == "Title\n\nIt said “yes”.\nEnd"
    for i, char in enumerate(text):
        original = raw[offsets.to_original(i)]
        assert original == char or (char == " " and original == "\u00a0") or char in "\n“"


def test_dateline_with_a_yearless_date_keeps_the_place_alone():
    document = rashomon.read(
        "Rally ends campaign\n\nSOFIA, May 30 - Opposition leader Viktoria Dimova told "
        "supporters in central Sofia on Thursday that her government would act."
    )
    start, end = document.dateline.place_span
    assert document.text[start:end] == "SOFIA"


def test_a_one_line_text_longer_than_a_file_name_is_read_as_text():
    text = "Ana Ruiz said on Monday the mill would stay open. " * 6  # 300 characters
    assert rashomon.read(text.strip(), published="2016-05-10").text == text.strip()


@pytest.mark.parametrize("stamp", ["Friday, January 4, 2019",
                                   "Monday, July 5, 2021 at 6:42 am |",
                                   "June 01 , 2009"])
def test_a_line_that_only_dates_the_page_is_chrome(stamp: str):
    """One date, alone or with the words and clock time of a time stamp, above the story."""
    doc = rashomon.read(f"Pellin council votes\n\n{stamp}\n\nThe Pellin council voted on "
                        "Monday to rebuild the Tesar bridge, which floods closed in March.\n")
    found = {text: kind for kind, text in kinds(doc)}
    assert found[stamp] == "chrome", found
    assert found["Pellin council votes"] == "title"


def test_a_long_first_sentence_ending_in_a_quotation_is_no_title():
    """A page copied without its headline opens with a sentence that ends inside quotation
    marks; a headline that ends so is short ("Ruiz: Pellin 'Will Not Be Moved.'")."""
    body = ("\n\nThe two ministers spoke for an hour, the ministry said.\n\n"
            "Vidal did not reply to questions from reporters.\n")
    opening = ("In a late-night call on Tuesday, Ruiz also pressed Velmora's Foreign Minister "
               "Tomás Vidal to “reopen the Harwick crossings to aid convoys within the next "
               "two days.”")
    doc = rashomon.read(opening + body, published="2023-09-20")
    assert doc.title is None
    assert kinds(doc)[0] == ("paragraph", opening)
    headline = "Ruiz: Pellin ‘Will Not Be Moved on the Harwick Crossings.’"
    assert rashomon.read(headline + body, published="2023-09-20").title == headline
