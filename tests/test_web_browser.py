"""The pages in real headless Chromium (Debian's package, driven by Playwright): highlights
with hover and keyboard details, linked compare partners, evidence flashing, the corpus
charts, a narrow window, and a hostile article that stays inert.

Each test saves a screenshot; ``RASHOMON_SCREENSHOTS=docs/screenshots`` (``make
screenshots``) keeps them for the README, otherwise they go to a temporary folder.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest
import uvicorn
from conftest import EXAMPLES, ROOT

from rashomon.web.app import create_app

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
READOUT = (EXAMPLES / "readout.txt").read_text(encoding="utf-8")
OSLO = (EXAMPLES / "readout_oslo.txt").read_text(encoding="utf-8")
XSS = (ROOT / "tests" / "data" / "web" / "xss_article.txt").read_text(encoding="utf-8")

if not CHROMIUM.exists():
    pytest.fail("Debian's chromium is missing: `make test` installs it "
                "(apt-get install -y chromium)", pytrace=False)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def server(web_store):
    """The app on a loopback port, served by uvicorn in a thread."""
    port = _free_port()
    config = uvicorn.Config(create_app(web_store), host="127.0.0.1", port=port,
                            log_level="warning")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not running.started:
        assert time.monotonic() < deadline, "server did not start"
        time.sleep(0.1)
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM),
                                              args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    wanted = os.environ.get("RASHOMON_SCREENSHOTS")
    folder = Path(wanted) if wanted else tmp_path_factory.mktemp("screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def page(browser):
    """A page that fails the test on a script error, a CSP violation or a JS dialog."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    problems: list[str] = []
    opened.on("pageerror", lambda error: problems.append(f"script error: {error}"))
    opened.on("dialog", lambda dialog: (problems.append(f"dialog: {dialog.message}"),
                                        dialog.dismiss()))
    opened.on("console", lambda message: problems.append(message.text)
              if message.type == "error" else None)
    yield opened
    context.close()
    assert not problems, problems


def _save(page, shots: Path, name: str, full: bool = False) -> None:
    target = shots / name
    page.screenshot(path=str(target), full_page=full)
    assert target.stat().st_size > 10_000


def _analyze(page, server: str, text: str) -> None:
    page.goto(server + "/")
    page.fill("#text", text)
    page.click("form button[type=submit]")
    page.wait_for_selector(".doc")


def test_highlights_and_details_on_hover_and_focus(page, server, shots):
    _analyze(page, server, READOUT)
    statements = page.locator(".doc mark.q")
    assert statements.count() >= 2
    tip = page.locator("#tip")
    statements.first.hover()
    assert tip.is_visible()
    assert "Speaker" in tip.inner_text() and "Anna Virtanen" in tip.inner_text()
    page.mouse.move(1, 1)
    assert not tip.is_visible()
    statements.nth(1).focus()  # the keyboard shows the same details
    assert tip.is_visible() and "Anna Virtanen" in tip.inner_text()
    assert "To" in tip.inner_text() and "Erik Haugen" in tip.inner_text()
    page.keyboard.press("Escape")
    assert not tip.is_visible()
    date = page.locator('.doc .tx[data-value="2024-03-01"]')
    assert date.count() >= 1
    after = date.first.evaluate("el => getComputedStyle(el, '::after').content")
    assert "2024-03-01" in after
    page.locator(".doc mark.q [data-tip]").first.hover()  # a date inside a statement
    parts = page.locator("#tip .tip-part")
    assert parts.count() == 2 and "statement" in parts.nth(1).inner_text()
    person = page.locator(".doc .ent.t-PERSON").first
    person.hover()
    mentions = page.locator(f'.doc [data-tip="{person.get_attribute("data-tip")}"]')
    assert mentions.count() >= 2
    assert all("same" in mentions.nth(i).get_attribute("class")
               for i in range(mentions.count()))
    statements.first.hover()
    _save(page, shots, "analyze.png")


def test_clicking_an_item_flashes_its_evidence(page, server):
    _analyze(page, server, READOUT)
    event = page.locator("section[aria-labelledby='a-events'] button.goto").first
    target = event.get_attribute("data-goto").split(":")[1]
    start, end = (int(x) for x in target.split(",")[0].split("-"))
    event.click()
    flashed = page.locator(".doc .flash")
    flashed.first.wait_for()
    spans = flashed.evaluate_all("els => els.map(e => [+e.dataset.s, +e.dataset.e])")
    assert all(s < end and e > start for s, e in spans)
    page.focus("a[href='#panels']")  # keyboard users can skip the highlights
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "panels"
    page.locator("section[aria-labelledby='a-statements'] button.goto").first.focus()
    page.keyboard.press("Enter")  # buttons work from the keyboard too
    page.locator(".doc .flash").first.wait_for()


def test_compare_links_partners(page, server, shots):
    page.goto(server + "/compare")
    page.fill("#text_a", READOUT)
    page.fill("#text_b", OSLO)
    page.click("form button[type=submit]")
    page.wait_for_selector(".comparison")
    assert "In short" in page.inner_text(".summary")
    first = page.locator("#doc-c0a [data-pair]").first
    pair = first.get_attribute("data-pair")
    partner = page.locator(f'#doc-c0b [data-pair="{pair}"]')
    first.hover()
    assert "lit" in partner.get_attribute("class")
    page.mouse.move(1, 1)
    assert "lit" not in partner.get_attribute("class")
    first.focus()
    assert "lit" in partner.get_attribute("class")
    assert page.locator("#doc-c0a .u-only").count() >= 1
    assert page.locator("#doc-c0b .u-only").count() >= 1
    first.hover()
    _save(page, shots, "compare.png")


def test_hostile_article_stays_inert(page, server, shots):
    _analyze(page, server, XSS)
    story = page.inner_text(".doc")
    assert "<script>alert('owned')</script>" in story
    assert "<img src=x onerror=alert(1)>" in page.inner_text("h1.sr, .headline")
    assert page.locator(".doc script, .doc img, h1 img").count() == 0
    page.locator(".doc mark.q").first.hover()
    assert page.locator("#tip script, #tip img").count() == 0
    _save(page, shots, "hostile.png")


def test_corpus_pages(page, server, shots):
    page.goto(server + "/corpus")
    assert page.locator("table.list tbody tr").count() == 4
    _save(page, shots, "corpus.png")
    page.goto(server + "/corpus/events")
    assert page.locator("figure.chart > svg rect").count() >= 2
    _save(page, shots, "events.png")
    page.goto(server + "/corpus/network")
    assert page.locator("svg line.link").count() >= 1
    _save(page, shots, "network.png")
    page.goto(server + "/corpus/quotes?speaker=Virtanen")
    link = page.locator("a[href*='?at=']").first
    link.click()
    page.locator(".doc .flash").first.wait_for()  # the stored article flashes the quote
    _save(page, shots, "stored_article.png")


def test_narrow_window_has_no_sideways_scroll(page, server, shots):
    page.set_viewport_size({"width": 420, "height": 900})
    _analyze(page, server, READOUT)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 420
    _save(page, shots, "narrow.png")


def test_api_docs_work_offline(page, server, shots):
    page.goto(server + "/docs")
    page.wait_for_selector(".swagger-ui .opblock")
    assert "/api/analyze" in page.inner_text(".swagger-ui")
    _save(page, shots, "api_docs.png")


def test_chromium_is_debians(browser):
    assert shutil.which("chromium") == str(CHROMIUM)
    assert browser.version


UNCERTAIN = (
    "Mayor promises heat by winter\n\n"
    "KHARKIV, March 4, 2024 - Mayor Oleh Marchenko said on Monday that crews would restore "
    "power before the frosts.\n\n"
    "\"We have done it twice already,\" he told Example Radio.\n\n"
    "Analysts said the repairs could take months.")


def test_the_page_explains_its_marks_and_hides_uncertain_statements(page, server, shots):
    _analyze(page, server, UNCERTAIN)
    legend = page.locator(".legend").inner_text()
    assert "direct quote" in legend and "reported speech" in legend
    assert "reported, with quoted words" not in legend  # no mixed statement here
    doubtful = page.locator(".side li.uncertain")
    assert doubtful.count() >= 1 and doubtful.first.is_visible()
    assert "(group)" in page.locator(".side .speaker h4").all_inner_texts()[-1]  # "Analysts"
    marked = page.locator(".doc mark.q.uncertain").first
    style = "el => getComputedStyle(el).borderBottomStyle"
    assert marked.evaluate(style) != "none"
    page.check("input[data-hide-uncertain]")
    assert not doubtful.first.is_visible()
    assert marked.evaluate(style) == "none"  # no longer highlighted as a statement
    assert page.locator(".side li:not(.uncertain)").first.is_visible()
    page.uncheck("input[data-hide-uncertain]")
    assert doubtful.first.is_visible()
    published = page.locator(".article-head").inner_text()
    assert "(from the dateline)" in published
    _save(page, shots, "reader_view.png")
