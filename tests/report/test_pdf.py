"""Dossiers printed to PDF by chromium through playwright."""

from __future__ import annotations

from pathlib import Path

import pytest

from armstrack.api import Armstrack
from armstrack.errors import ConfigError

CHROMIUM = Path("/usr/bin/chromium")


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium (/usr/bin/chromium) is not installed")
def test_dossier_prints_to_pdf(arms: Armstrack, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("playwright.sync_api")
    monkeypatch.setenv("ARMSTRACK_CHROMIUM", str(CHROMIUM))
    target = arms.report("MAR", tmp_path / "morocco.pdf", format="pdf")
    assert target.read_bytes().startswith(b"%PDF-")


def test_pdf_without_chromium_says_what_is_missing(arms: Armstrack, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ARMSTRACK_CHROMIUM", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))  # no chromium on this PATH
    with pytest.raises(ConfigError, match="PDF needs"):
        arms.report("MAR", tmp_path / "morocco.pdf", format="pdf")
    assert not (tmp_path / "morocco.pdf").exists()
