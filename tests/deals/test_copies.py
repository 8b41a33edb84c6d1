"""Syndicated or rewritten copies of one story count as one independent source."""

from __future__ import annotations

from pathlib import Path

from armstrack.deals import DealBook
from armstrack.deals.copies import CopyIndex, shingles
from armstrack.deals.mention import Source
from tests.deals.conftest import RESOURCES, doc, transfer

STORY = (RESOURCES / "syndicated.txt").read_text(encoding="utf-8")
# the same story under another outlet's masthead, with a reworded closing line
COPY = "World Desk | Defence\n" + STORY.replace("Analysts say", "Observers note")
OTHER = ("A parliamentary committee questioned the army chief on Monday about delays to the armoured vehicle "
         "programme, which has run two years late and well over its budget, members of the committee said.")


def test_shingles_are_lower_cased_word_windows() -> None:
    assert shingles("One two THREE four", 3) == {b"one two three", b"two three four"}
    assert shingles("Too short", 5) == {b"too short"}


def test_a_republished_story_is_a_copy_of_the_earliest() -> None:
    index = CopyIndex()
    index.add(Source("later", published="2021-06-02"), COPY)
    index.add(Source("first", published="2021-06-01"), STORY)
    index.add(Source("other", published="2021-06-01"), OTHER)
    assert index.original("later") == "first" == index.original("first")
    assert index.original("other") == "other"


def test_copies_count_once_among_a_deals_sources(book: DealBook) -> None:
    book.add(doc("wire", "2021-06-01", STORY, outlet="Wire"), [transfer(quantity=13)])
    book.add(doc("reprint", "2021-06-02", COPY, outlet="Daily"), [transfer(quantity=13)])
    [deal_id] = book.add(doc("own", "2021-06-03", outlet="Own"), [transfer(quantity=12)])
    deal = book.deal(deal_id)
    assert len(deal.sources) == 3 and deal.independent_sources == 2
    assert {s.document_id: s.copy_of for s in deal.sources} == {"wire": None, "reprint": "wire", "own": None}
    assert {c.value: c.independent for c in deal.claims["quantity"]} == {12: 1, 13: 1}


def test_copy_groups_survive_saving(tmp_path: Path) -> None:
    index = CopyIndex()
    index.add(Source("first", published="2021-06-01"), STORY)
    restored = CopyIndex()
    restored.load(index.to_dict())
    restored.add(Source("later", published="2021-06-02"), COPY)
    assert restored.original("later") == "first"


def test_signatures_estimate_similarity() -> None:
    index = CopyIndex()
    story, copy, other = (index.signature(text) for text in (STORY, COPY, OTHER))
    assert index.similarity(story, copy) >= 0.8 > index.similarity(story, other)
    assert len(index.bands(story)) == index.bands(story)[-1][0] + 1
