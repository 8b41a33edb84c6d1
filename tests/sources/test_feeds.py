"""RSS and Atom feeds: one document per entry, the feed title as outlet, malformed feeds reported."""

from __future__ import annotations

from pathlib import Path

from armstrack.settings import Options
from armstrack.sources.feeds import feed_documents, read_feed_file
from armstrack.sources.ids import url_id
from armstrack.sources.urls import Fetcher

from .conftest import Split


def test_rss_entries_become_documents(resources: Path, options: Options, split: Split) -> None:
    documents, _ = split(read_feed_file(resources / "feeds" / "rss2.xml", options))
    himars, missiles = documents
    assert himars.id == url_id("https://wire.example.com/2022/12/estonia-himars")
    assert himars.url == "https://wire.example.com/2022/12/estonia-himars"
    assert himars.title == "Estonia buys HIMARS launchers"
    assert himars.outlet == "Baltic Defence Wire"
    assert himars.source == str(resources / "feeds" / "rss2.xml")
    # the full content:encoded body, not the one-line description
    assert himars.text == (
        "Estonia buys HIMARS launchers\n\nEstonia has signed a contract with the United States for six HIMARS rocket"
        " launchers, the largest purchase in the history of its defence forces.\nDeliveries are planned for 2024,"
        " the centre for defence investment said."
    )
    assert missiles.text == (
        "Latvia to acquire anti-ship missiles\n\n"
        "Latvia plans to buy a coastal battery of Naval Strike Missiles from Norway."
    )


def test_entry_date_is_the_local_day_of_publication(resources: Path, options: Options, split: Split) -> None:
    documents, _ = split(read_feed_file(resources / "feeds" / "rss2.xml", options))
    assert [document.published for document in documents] == ["2022-12-06", "2023-01-10"]


def test_entry_without_text_is_reported_by_its_position(resources: Path, options: Options, split: Split) -> None:
    path = resources / "feeds" / "rss2.xml"
    _, errors = split(read_feed_file(path, options))
    assert [(error.source, error.reason) for error in errors] == [
        (f"{path}#entry-3", "empty document: the entry has no text")
    ]


def test_atom_entries_use_published_then_updated_dates(resources: Path, options: Options, split: Split) -> None:
    documents, errors = split(read_feed_file(resources / "feeds" / "atom.atom", options))
    assert errors == []
    frigate, submarines = documents
    assert frigate.outlet == submarines.outlet == "Revue Navale"
    assert frigate.published == "2024-03-01"
    assert frigate.url == "https://revue.example.fr/2024/03/fdi-grece"
    assert "première des trois frégates" in frigate.text
    assert submarines.published == "2024-03-15"


def test_entry_without_a_web_link_keeps_its_feed_id(resources: Path, options: Options, split: Split) -> None:
    documents, _ = split(read_feed_file(resources / "feeds" / "atom.atom", options))
    assert documents[1].url is None
    assert documents[1].id == "urn:uuid:revue-navale-sous-marins"


def test_truncated_feed_yields_its_entries_then_one_error(resources: Path, options: Options, split: Split) -> None:
    path = resources / "feeds" / "truncated.rss"
    documents, errors = split(read_feed_file(path, options))
    assert [document.title for document in documents] == [
        "Estonia buys HIMARS launchers", "Latvia to acquire anti-ship missiles",
    ]
    assert len(errors) == 1
    assert errors[0].source == str(path) and errors[0].reason.startswith("malformed feed after 2 entries")


def test_xml_that_is_not_a_feed_is_reported(tmp_path: Path, options: Options, split: Split) -> None:
    path = tmp_path / "config.xml"
    path.write_text('<?xml version="1.0"?><config><name>x</name></config>', encoding="utf-8")
    documents, errors = split(read_feed_file(path, options))
    assert documents == [] and len(errors) == 1 and errors[0].source == str(path)


def _summary_feed(link: str) -> bytes:
    return f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Short Wire</title>
    <item><title>Egypt orders more Rafales</title><link>{link}</link>
    <pubDate>Tue, 04 May 2021 10:00:00 GMT</pubDate><description>A short teaser.</description></item>
    </channel></rss>""".encode()


def test_summary_only_entry_is_the_summary_when_link_fetching_is_off(options: Options, split: Split) -> None:
    documents, _ = split(feed_documents(_summary_feed("https://example.com/rafale"), "feed", options))
    assert documents[0].text == "Egypt orders more Rafales\n\nA short teaser."


def test_fetch_feed_links_reads_the_linked_page(server: str, local_options: Options, split: Split) -> None:
    options = local_options.replace(fetch_feed_links=True)
    fetch_page = Fetcher(options).page
    documents, errors = split(feed_documents(_summary_feed(f"{server}/article.html"), "feed", options, fetch_page))
    assert errors == []
    assert "thirty additional Rafale multirole fighters" in documents[0].text
    assert documents[0].outlet == "Nile Defence Journal"


def test_failed_link_fetch_is_reported_and_the_summary_kept(server: str, local_options: Options, split: Split) -> None:
    options = local_options.replace(fetch_feed_links=True)
    feed = _summary_feed(f"{server}/missing")
    documents, errors = split(feed_documents(feed, "feed", options, Fetcher(options).page))
    assert [error.source for error in errors] == [f"{server}/missing"]
    assert documents[0].text == "Egypt orders more Rafales\n\nA short teaser."
    assert documents[0].published == "2021-05-04"
