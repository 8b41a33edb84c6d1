"""The exporter registry: built-ins, third-party registration and entry-point discovery."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from armstrack.api import Armstrack
from armstrack.deals import Deal
from armstrack.errors import ConfigError
from armstrack.exports import ExportContext, exporters, get_exporter, register_exporter, registry


class DealIds:
    """A third-party exporter: one deal id per line."""

    suffix = ".txt"
    description = "deal ids"

    def write(self, deals: Sequence[Deal], target: Path, context: ExportContext) -> int:
        target.write_text("".join(f"{deal.id}\n" for deal in deals), encoding="utf-8")
        return len(deals)


@pytest.fixture
def clean_registry() -> Iterator[None]:
    """Forget registrations and discovery made by a test."""
    saved, discovered = dict(registry._registry), registry._discovered
    yield
    registry._registry.clear()
    registry._registry.update(saved)
    registry._discovered = discovered


def test_built_in_formats_are_registered() -> None:
    assert {"csv", "jsonl", "parquet", "graphml", "gexf", "ftm"} <= set(exporters())


def test_unknown_format_names_the_known_ones() -> None:
    with pytest.raises(ConfigError, match=r"^kml: unknown export format \(known: csv, .*parquet"):
        get_exporter("kml")


def test_registered_exporter_is_used_like_a_built_in(arms: Armstrack, tmp_path: Path, clean_registry: None) -> None:
    register_exporter("ids", DealIds())
    target = tmp_path / "deals.txt"
    assert arms.export("ids", target, country="Polen") == 1
    assert target.read_text(encoding="utf-8") == "transfer-kor-pol-k2-black-panther-2a7cd7\n"


def test_object_without_write_is_refused(clean_registry: None) -> None:
    with pytest.raises(ConfigError, match="^broken: an exporter needs"):
        register_exporter("broken", object())  # type: ignore[arg-type]


def test_entry_point_exporters_are_discovered(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              clean_registry: None) -> None:
    # an installed plugin as pip leaves it: a module and a dist-info folder declaring the entry point
    (tmp_path / "armstrack_ids.py").write_text(
        "class Ids:\n    suffix = '.txt'\n    description = 'deal ids'\n"
        "    def write(self, deals, target, context):\n        return 0\n\nexporter = Ids()\n", encoding="utf-8")
    info = tmp_path / "armstrack_ids-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: armstrack-ids\nVersion: 1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[armstrack.exporters]\nids = armstrack_ids:exporter\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    registry._discovered = False
    assert exporters()["ids"].description == "deal ids"
