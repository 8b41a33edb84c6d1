"""Print a dossier to PDF with chromium through playwright, when both are present."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from armstrack.errors import ConfigError

# Playwright cannot download browsers everywhere; a system chromium is used instead.
CHROMIUM_CANDIDATES = ("chromium", "chromium-browser", "google-chrome")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


def chromium_path() -> str | None:
    """The chromium to print with: ARMSTRACK_CHROMIUM, else the first chromium on PATH."""
    configured = os.environ.get("ARMSTRACK_CHROMIUM")
    if configured:
        return configured
    return next((found for name in CHROMIUM_CANDIDATES if (found := shutil.which(name))), None)


def html_to_pdf(page: str, target: Path) -> None:
    """Print an HTML page to an A4 PDF at TARGET (ConfigError when playwright or chromium is missing)."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as err:
        raise ConfigError(f"{target}: PDF needs playwright (pip install playwright)") from err
    browser_path = chromium_path()
    if browser_path is None:
        raise ConfigError(f"{target}: PDF needs chromium (install it or set ARMSTRACK_CHROMIUM)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=browser_path, headless=True, args=CHROMIUM_ARGS)
        try:
            tab = browser.new_page()
            tab.set_content(page, wait_until="load")
            tab.pdf(path=str(target), format="A4", landscape=True, print_background=True)
        finally:
            browser.close()
