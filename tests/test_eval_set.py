"""Integrity of the project's evaluation set (eval/): documents and gold agree with each other and FORMAT.md.

These tests check the set itself, not the extractor's score.
"""

import importlib.util
import json
import re
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from types import ModuleType
from typing import Any

import pycountry
import pytest

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT / "eval"
SCORER = ROOT.parent / "shared" / "eval" / "score.py"

LANGUAGES = ("en", "fr", "nl", "de", "es", "ar")
DATE_SLOTS = ("order_date", "delivery_date", "date", "ratified_date")
ACTOR_SLOTS = ("supplier", "recipient", "producer", "partner")
FIELDS = {
    "transfer": {"supplier", "recipient", "system", "category", "quantity", "value", "status", "order_date",
                 "delivery_date"},
    "production": {"producer", "partner", "system", "category", "status", "date"},
    "agreement": {"parties", "scope", "status", "date", "ratified_date"},
}
OPTIONAL_FIELDS = {"type", "cluster", "companies", "system_aliases", "optional"}
# Used only when the shared scorer is not beside the repository; copied from FORMAT.md.
CATEGORIES = {"uav", "loitering_munition", "counter_uas", "air_defence", "missile", "aircraft", "helicopter",
              "armoured_vehicle", "tank", "artillery", "ship", "submarine", "radar", "small_arms", "ammunition",
              "ground_station", "other"}
SCOPES = {"training", "exercises", "technical_assistance", "defence_industry", "procurement", "intelligence",
          "cyber", "security", "other"}
STATUSES = {"transfer": {"planned", "ordered", "delivered"}, "production": {"planned", "agreed", "operational"},
            "agreement": {"planned", "signed", "ratified"}}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """Rows of one JSONL file, blank lines skipped."""
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


DOCUMENTS = read_jsonl(EVAL / "documents.jsonl")
GOLD = read_jsonl(EVAL / "gold.jsonl")
TEXTS = {row["id"]: row["text"] for row in DOCUMENTS}
PUBLISHED = {row["id"]: row.get("published") for row in DOCUMENTS}
GOLD_BY_ID = {row["id"]: row["events"] for row in GOLD}
EVENTS = [(row["id"], number, event) for row in GOLD for number, event in enumerate(row["events"])]
AGREEMENTS = [case for case in EVENTS if case[2]["type"] == "agreement"]
NAMED = [case for case in EVENTS if case[2].get("system")]


def event_id(case: tuple[str, int, dict[str, Any]]) -> str:
    """A readable pytest id for one gold event."""
    return f"{case[0]}#{case[1]}"


def each(value: Any) -> list[Any]:
    """The acceptable values of a gold slot (a slot may hold a list of alternatives)."""
    return [v for v in (value if isinstance(value, list) else [value]) if v is not None]


def ascii_digits(text: str) -> str:
    """Text with every decimal digit (Arabic-Indic included) written as 0-9."""
    return "".join(str(unicodedata.digit(ch)) if ch.isdecimal() else ch for ch in text)


def load_scorer() -> ModuleType | None:
    """The shared scorer module, or None when ../shared is not checked out beside the repository."""
    if not SCORER.exists():
        return None
    spec = importlib.util.spec_from_file_location("eval_score", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def local_problems(kind: str, event: dict[str, Any]) -> list[str]:
    """The scorer's vocabulary checks, re-done here for checkouts without ../shared."""
    if kind not in STATUSES:
        return [f"unknown type {kind!r}"]
    found = [f"category {v!r}" for v in each(event.get("category")) if v not in CATEGORIES]
    found += [f"status {v!r}" for v in each(event.get("status")) if v not in STATUSES[kind]]
    found += [f"scope {v!r}" for v in event.get("scope") or [] if v not in SCOPES]
    found += [f"{slot} {v!r}" for slot in DATE_SLOTS for v in each(event.get(slot)) if not DATE.match(str(v))]
    return found


def test_every_document_has_one_gold_row_and_every_gold_row_a_document() -> None:
    assert set(TEXTS) == set(GOLD_BY_ID)


@pytest.mark.parametrize("rows", [DOCUMENTS, GOLD], ids=["documents", "gold"])
def test_ids_are_unique(rows: list[dict[str, Any]]) -> None:
    repeated = [doc_id for doc_id, count in Counter(row["id"] for row in rows).items() if count > 1]
    assert repeated == []


def test_set_has_enough_documents_with_and_without_events() -> None:
    with_events = sum(1 for events in GOLD_BY_ID.values() if events)
    assert with_events >= 40
    assert len(GOLD_BY_ID) - with_events >= 10


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_has_at_least_six_documents_with_events(language: str) -> None:
    documents = [row["id"] for row in DOCUMENTS if row["language"] == language and GOLD_BY_ID[row["id"]]]
    assert len(documents) >= 6


@pytest.mark.parametrize("document", DOCUMENTS, ids=[row["id"] for row in DOCUMENTS])
def test_document_has_provenance_and_a_short_article(document: dict[str, Any]) -> None:
    assert document["language"] in LANGUAGES
    assert document["id"].startswith(f"ev-{document['language']}-")
    assert DATE.match(document["published"])
    assert document["outlet"] and document["url"].startswith("https://")
    assert 150 <= len(document["text"].split()) <= 450


@pytest.mark.parametrize("case", EVENTS, ids=event_id)
def test_gold_event_passes_the_scorer_vocabulary_checks(case: tuple[str, int, dict[str, Any]]) -> None:
    _, _, event = case
    scorer = load_scorer()
    check = scorer.problems if scorer is not None else local_problems
    assert check(event["type"], event) == []


@pytest.mark.parametrize("case", EVENTS, ids=event_id)
def test_gold_event_has_exactly_the_fields_of_its_type(case: tuple[str, int, dict[str, Any]]) -> None:
    _, _, event = case
    assert FIELDS[event["type"]] <= set(event)
    assert set(event) - FIELDS[event["type"]] <= OPTIONAL_FIELDS


@pytest.mark.parametrize("case", EVENTS, ids=event_id)
def test_gold_countries_are_iso_alpha3_codes(case: tuple[str, int, dict[str, Any]]) -> None:
    _, _, event = case
    actors = [v for slot in ACTOR_SLOTS for v in each(event.get(slot))] + list(event.get("parties") or [])
    unknown = [code for code in actors if not code.startswith("org:") and pycountry.countries.get(alpha_3=code) is None]
    assert unknown == []


@pytest.mark.parametrize("case", AGREEMENTS, ids=event_id)
def test_agreement_parties_and_scope_are_sorted(case: tuple[str, int, dict[str, Any]]) -> None:
    _, _, event = case
    assert event["parties"] == sorted(event["parties"]) and len(event["parties"]) >= 2
    assert event["scope"] == sorted(event["scope"])


@pytest.mark.parametrize("case", EVENTS, ids=event_id)
def test_gold_carries_no_evidence(case: tuple[str, int, dict[str, Any]]) -> None:
    _, _, event = case
    assert "evidence" not in event


@pytest.mark.parametrize("case", NAMED, ids=event_id)
def test_named_system_occurs_in_its_document(case: tuple[str, int, dict[str, Any]]) -> None:
    doc_id, _, event = case
    names = each(event["system"]) + list(event.get("system_aliases") or [])
    text = TEXTS[doc_id].casefold()
    assert any(name.casefold() in text for name in names), names


@pytest.mark.parametrize("case", EVENTS, ids=event_id)
def test_date_year_occurs_in_the_text_or_follows_from_publication(case: tuple[str, int, dict[str, Any]]) -> None:
    doc_id, _, event = case
    text = ascii_digits(TEXTS[doc_id])
    published = int(PUBLISHED[doc_id][:4])
    for slot in DATE_SLOTS:
        for value in each(event.get(slot)):
            year = int(value[:4])
            # Relative dates ("last year", "in April", "next year") resolve within a year of publication.
            assert year and (str(year) in text or abs(year - published) <= 1), (slot, value)


@pytest.mark.parametrize("case", EVENTS, ids=event_id)
def test_quantities_and_values_are_positive_numbers(case: tuple[str, int, dict[str, Any]]) -> None:
    _, _, event = case
    assert all(isinstance(q, int) and q > 0 for q in each(event.get("quantity")))
    for value in each(event.get("value")):
        assert value["amount"] > 0 and pycountry.currencies.get(alpha_3=value["currency"]) is not None


def test_every_event_has_a_cluster() -> None:
    assert [event_id(case) for case in EVENTS if not case[2].get("cluster")] == []


def test_clusters_span_documents_at_least_five_times() -> None:
    documents = defaultdict(set)
    for doc_id, _, event in EVENTS:
        documents[event["cluster"]].add(doc_id)
    shared = [cluster for cluster, ids in documents.items() if len(ids) >= 2]
    assert len(shared) >= 5


def test_a_cluster_keeps_one_type_and_one_key_across_documents() -> None:
    keys = defaultdict(set)
    for _, _, event in EVENTS:
        key = tuple(str(event.get(slot)) for slot in ("type", *ACTOR_SLOTS, "parties"))
        keys[event["cluster"]].add(key)
    assert {cluster: sorted(found) for cluster, found in keys.items() if len(found) > 1} == {}
