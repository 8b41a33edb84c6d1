"""End to end in Debian's chromium through Playwright: what an analyst does, and that article text never runs.

Each test screenshots its page; with ARMSTRACK_SCREENSHOTS=1 they go to docs/images/ for the README,
otherwise to a temporary folder, so a test run leaves the working tree as it was.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.web.conftest import RESOURCES, LiveServer

CHROMIUM = Path("/usr/bin/chromium")
DOCS_IMAGES = Path(__file__).resolve().parents[2] / "docs" / "images"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
CHILE = ("Chile buys patrol boats from Norway\n"
         "Chile has ordered six coastal patrol boats from Norway, the navy in Santiago said on Tuesday. "
         "The contract is worth 90 million dollars and was signed in May 2024.")

IMAGES = DOCS_IMAGES if os.environ.get("ARMSTRACK_SCREENSHOTS") == "1" else Path(tempfile.mkdtemp(prefix="armstrack-"))

pytestmark = [pytest.mark.browser, pytest.mark.slow]

if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} is absent: the browser tests need Debian's chromium package", allow_module_level=True)

from playwright.sync_api import Browser, Page, expect, sync_playwright  # noqa: E402


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """One headless chromium for the module."""
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Browser, live: LiveServer) -> Iterator[Page]:
    """A fresh browser tab on the live server; a script error on any page fails the test."""
    context = browser.new_context(base_url=live.url, viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    yield tab
    context.close()
    assert not errors


def test_deals_list_filters_by_a_country_named_in_another_language(page: Page) -> None:
    page.goto("/deals")
    expect(page.locator("tr.deal").first).to_be_visible()
    total = page.locator("tr.deal").count()
    IMAGES.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=IMAGES / "web-deals.png")
    page.fill("input[name=country]", "Marokko")
    page.click("button[type=submit]")
    page.wait_for_url("**/deals?country=Marokko*")
    rows = page.locator("tr.deal")
    assert 0 < rows.count() < total
    for row in rows.all():
        expect(row).to_contain_text("Morocco")


def test_deal_page_shows_evidence_marked_in_its_source(page: Page) -> None:
    page.goto("/deals?system=TB2")
    page.locator("tr.deal a[href^='/deals/']").first.click()
    expect(page.locator("ol.timeline li").first).to_be_visible()
    marks = page.locator("figure.evidence mark")
    expect(marks.first).to_be_visible()
    assert marks.count() >= 2
    assert "TB2" in marks.first.inner_text() or "Bayraktar" in page.locator("figure.evidence").first.inner_text()
    page.set_viewport_size({"width": 1280, "height": 1400})
    page.screenshot(path=IMAGES / "web-deal.png")


def test_country_graph_nodes_open_the_partner(page: Page) -> None:
    page.goto("/countries/Marokko")
    page.wait_for_url("**/countries/MAR")
    nodes = page.locator("svg#network a.node")
    expect(nodes.first).to_be_visible()
    assert nodes.count() >= 4
    page.wait_for_timeout(1500)  # let the layout settle before the screenshot
    page.locator("section.network").scroll_into_view_if_needed()
    page.screenshot(path=IMAGES / "web-country.png")
    page.locator("svg#network a.node[href='/countries/USA'] circle").click()
    page.wait_for_url("**/countries/USA")
    expect(page.locator("h1")).to_contain_text("United States")


def test_pasted_article_appears_in_the_deals(page: Page) -> None:
    page.goto("/add")
    page.fill("textarea[name=text]", CHILE)
    page.fill("input[name=published]", "2024-05-21")
    page.click("button[type=submit]")
    expect(page.locator("#job-state")).to_have_text("done", timeout=60_000)
    page.locator("#job-deals a").first.wait_for()
    page.goto("/deals?country=Chili")
    expect(page.locator("tr.deal")).to_have_count(1)
    expect(page.locator("tr.deal")).to_contain_text("Norway")


def test_article_markup_never_runs(browser: Browser, live: LiveServer) -> None:
    # the page's Content-Security-Policy is bypassed: escaping alone must keep the article inert
    context = browser.new_context(base_url=live.url, bypass_csp=True)
    tab = context.new_page()
    dialogs: list[str] = []
    tab.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    tab.goto("/add")
    tab.fill("input[name=title]", "<img src=x onerror=\"document.title='pwned'\">Radars")
    tab.fill("textarea[name=text]", (RESOURCES / "hostile.txt").read_text(encoding="utf-8"))
    tab.click("button[type=submit]")
    expect(tab.locator("#job-state")).to_have_text("done", timeout=60_000)
    visited = [tab.url]
    tab.locator("#job-documents a").first.click()
    visited.append(tab.url)
    expect(tab.locator(".article mark").first).to_contain_text("<script>")
    tab.locator("ol.events a[href^='/deals/']").first.click()
    visited.append(tab.url)
    expect(tab.locator("figure.evidence mark").first).to_contain_text("<svg onload=")
    tab.goto("/deals?country=Brazil")
    tab.hover("tr.deal")
    for url in visited:
        tab.goto(url)
        tab.mouse.move(200, 300)
        assert tab.evaluate("window.__pwned") is None, url
        assert tab.title() != "pwned", url
    assert not dialogs
    context.close()
