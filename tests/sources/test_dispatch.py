"""Dispatch: URLs fetched, folders walked recursively, files read by suffix or by sniffed content."""

from __future__ import annotations

import shutil
from pathlib import Path

from armstrack.settings import Options
from armstrack.sources.dispatch import read_input
from armstrack.sources.urls import Fetcher

from .conftest import Split


def test_folder_is_walked_recursively_skipping_hidden_and_unknown_files(
    resources: Path, options: Options, split: Split
) -> None:
    documents, errors = split(read_input(str(resources / "text" / "corpus"), options, Fetcher(options)))
    assert errors == []
    assert [document.id for document in documents] == ["howitzers", "corpus-tanks", "frigate-greece"]


def test_folder_without_supported_files_is_reported(tmp_path: Path, options: Options, split: Split) -> None:
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n")
    _, errors = split(read_input(str(tmp_path), options, Fetcher(options)))
    assert [(error.source, error.reason) for error in errors] == [(str(tmp_path), "no supported files in the folder")]


def test_files_without_a_known_suffix_are_read_by_their_content(
    resources: Path, tmp_path: Path, options: Options, split: Split
) -> None:
    shutil.copy(resources / "html" / "rafale-egypt.html", tmp_path / "rafale")
    shutil.copy(resources / "feeds" / "atom.atom", tmp_path / "navale.feed")
    shutil.copy(resources / "jsonl" / "mixed.jsonl", tmp_path / "export.json")
    shutil.copy(resources / "warc" / "news.warc.gz", tmp_path / "CC-NEWS-20240612.gz")
    fetcher = Fetcher(options)
    outlets = {
        name: {d.outlet for d in split(read_input(str(tmp_path / name), options, fetcher))[0]}
        for name in ("rafale", "navale.feed", "CC-NEWS-20240612.gz")
    }
    assert outlets == {
        "rafale": {"Nile Defence Journal"},
        "navale.feed": {"Revue Navale"},
        "CC-NEWS-20240612.gz": {"Manila Defence Post", "Diario de Defensa"},
    }
    documents, _ = split(read_input(str(tmp_path / "export.json"), options, fetcher))
    assert [document.id for document in documents] == ["mixed-good-1", "mixed-good-2"]


def test_url_is_fetched(server: str, local_options: Options, split: Split) -> None:
    documents, _ = split(read_input(f"{server}/article.html", local_options, Fetcher(local_options)))
    assert documents[0].outlet == "Nile Defence Journal"


def test_txt_file_of_urls_is_fetched_line_by_line(
    server: str, local_options: Options, tmp_path: Path, split: Split
) -> None:
    path = tmp_path / "reading.txt"
    path.write_text(f"{server}/article.html\n{server}/feed\n", encoding="utf-8")
    documents, errors = split(read_input(str(path), local_options, Fetcher(local_options)))
    assert [error.source for error in errors] == [f"{server}/feed#entry-3"]  # an entry with no text
    assert [document.source for document in documents] == [f"{server}/article.html"] + [f"{server}/feed"] * 2
