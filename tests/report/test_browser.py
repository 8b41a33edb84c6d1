"""The dossier in headless chromium: charts and table render, no console error; screenshot for the README.

Set ARMSTRACK_SCREENSHOTS=1 to refresh docs/images/report.png from the example corpus.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from armstrack.api import Armstrack
from armstrack.report.pdf import CHROMIUM_ARGS

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOT = Path(__file__).parents[2] / "docs" / "images" / "report.png"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium (/usr/bin/chromium) is not installed"),
]


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    playwright_api = pytest.importorskip("playwright.sync_api")
    with playwright_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def test_dossier_renders_charts_and_table_without_console_errors(browser: object, demo: Armstrack,
                                                                 tmp_path: Path) -> None:
    target = demo.report("Marokko", tmp_path / "morocco.html")
    page = browser.new_page(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(target.as_uri())
    assert page.locator("svg.timeline g.deal").count() > 0
    assert page.locator("svg.network path.edge").count() > 0
    assert page.locator("svg.timeline").bounding_box()["height"] > 100
    assert page.locator("#deals tbody tr").count() == len(demo.deals(country="MAR"))
    assert errors == []
    assert requests == [target.as_uri()]  # nothing fetched beyond the page itself
    shot = tmp_path / "report.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000
    if os.environ.get("ARMSTRACK_SCREENSHOTS") == "1":
        SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(shot, SCREENSHOT)

