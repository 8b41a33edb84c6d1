"""``armstrack export`` and ``armstrack report`` end to end on a store filled by ``armstrack ingest``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

import armstrack
from armstrack.cli import app
from armstrack.exports import exporters

ARTICLES = [
    {"id": "tb2-order", "language": "en", "published": "2021-04-29", "url": "https://example.org/tb2",
     "text": "Morocco has ordered thirteen Bayraktar TB2 drones from Turkey, officials said on Thursday."},
    {"id": "k2-contract", "language": "nl", "published": "2022-08-27", "url": "https://example.org/k2",
     "text": "Polen tekende een contract voor honderdtachtig K2-tanks uit Zuid-Korea."},
]


def invoke(*args: str) -> Result:
    return CliRunner().invoke(app, list(args))


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("cli-exports")
    news = folder / "news.jsonl"
    news.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    result = invoke("ingest", str(news), "--db", str(folder / "arms.sqlite"))
    assert result.exit_code == 0, result.output
    return str(folder / "arms.sqlite")


@pytest.mark.parametrize("format", ["csv", "jsonl", "parquet", "graphml", "gexf", "ftm"])
def test_export_writes_each_format(db: str, format: str, tmp_path: Path) -> None:
    target = tmp_path / f"arms{exporters()[format].suffix}"
    result = invoke("export", "--format", format, "-o", str(target), "--db", db)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"{target}: ")
    assert target.stat().st_size > 0


def test_export_filters_like_deals(db: str, tmp_path: Path) -> None:
    target = tmp_path / "morocco.jsonl"
    assert invoke("export", "-f", "jsonl", "-o", str(target), "--db", db, "--recipient", "Maroc").exit_code == 0
    with armstrack.open(db) as arms:
        expected = [deal.id for deal in arms.deals(recipient="MAR")]
    assert expected and [json.loads(line)["id"] for line in target.read_text().splitlines()] == expected


def test_export_lists_the_formats() -> None:
    result = invoke("export", "--list")
    assert result.exit_code == 0
    assert [line.split()[0] for line in result.stdout.splitlines()] == list(exporters())


@pytest.mark.parametrize(("args", "message"), [
    (("--format", "kml"), "armstrack: kml: unknown export format"),
    (("--country", "Atlantis"), "armstrack: 'Atlantis': unknown country"),
])
def test_export_refuses_bad_options_in_one_line(db: str, tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    result = invoke("export", "-o", str(tmp_path / "out"), "--db", db, *args)
    assert result.exit_code == 2
    assert result.stderr.startswith(message) and len(result.stderr.splitlines()) == 1
    assert not (tmp_path / "out").exists()


def test_export_needs_an_output_file(db: str) -> None:
    result = invoke("export", "--db", db)
    assert result.exit_code == 2
    assert "-o/--output" in result.stderr


def test_report_writes_a_dossier(db: str, tmp_path: Path) -> None:
    target = tmp_path / "morocco.html"
    result = invoke("report", "--country", "Marokko", "-o", str(target), "--db", db)
    assert result.exit_code == 0, result.output
    page = target.read_text(encoding="utf-8")
    assert "<h1>Morocco" in page and "<svg" in page


def test_report_refuses_unknown_format(db: str, tmp_path: Path) -> None:
    result = invoke("report", "--country", "MAR", "-o", str(tmp_path / "m.doc"), "--db", db, "--format", "doc")
    assert result.exit_code == 2
    assert result.stderr.startswith("armstrack: doc: unknown report format")
