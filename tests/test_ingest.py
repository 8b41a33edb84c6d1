"""The shared ingest path: extraction, store and deals, with every problem named."""

from __future__ import annotations

from pathlib import Path

from armstrack.errors import InputError
from armstrack.ingest import Ingestion
from armstrack.model import Document
from armstrack.settings import load_options
from armstrack.store import Store

ORDER = "Poland signed a contract with Hyundai Rotem for 180 K2 tanks from South Korea on 27 August 2022."


def _ingest(store: Store, items: list[Document | InputError]) -> Ingestion:
    ingestion = Ingestion(store, load_options())
    list(ingestion(items))
    return ingestion


def test_ingest_stores_documents_and_merges_their_deals(tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "arms.sqlite")) as store:
        run = _ingest(store, [Document("k2", ORDER, published="2022-08-28")]).run
        assert run.counts["new"] == 1 and not run.failed
        assert run.documents == ["k2"]
        assert len(run.deals) == 1


def test_problems_name_the_input_and_the_rest_goes_on(tmp_path: Path) -> None:
    items: list[Document | InputError] = [
        InputError("broken.jsonl:3", "malformed JSON"),
        Document("k2", ORDER, published="2022-08-28"),
        Document("k2-copy", ORDER, published="2022-08-28"),
    ]
    with Store.open(str(tmp_path / "arms.sqlite")) as store:
        run = _ingest(store, items).run
    assert run.failed
    assert run.counts["new"] == 1 and run.counts["duplicate"] == 1
    assert run.problems[0] == "broken.jsonl:3: malformed JSON"
    assert run.problems[1].startswith("k2-copy: same text as k2")
    assert run.documents == ["k2"]


def test_ingesting_again_changes_nothing(tmp_path: Path) -> None:
    document = Document("k2", ORDER, published="2022-08-28")
    with Store.open(str(tmp_path / "arms.sqlite")) as store:
        _ingest(store, [document])
        run = _ingest(store, [document]).run
        assert run.counts["unchanged"] == 1 and run.deals == []
        assert store.counts()["documents"] == 1
