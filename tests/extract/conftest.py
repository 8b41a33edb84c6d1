"""A small knowledge base written for the tests, and the pipeline built on it."""

from __future__ import annotations

from pathlib import Path

import pytest

from armstrack.extract import build_pipeline
from armstrack.kb import KnowledgeBase
from armstrack.model import Document, Event
from armstrack.pipeline import Pipeline

KB_DIR = Path(__file__).parents[1] / "resources" / "kb"


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load(KB_DIR)


@pytest.fixture(scope="session")
def pipeline(kb: KnowledgeBase) -> Pipeline:
    return build_pipeline(kb=kb)


@pytest.fixture(scope="session")
def extract(pipeline: Pipeline):  # noqa: ANN201 - a helper the tests call
    def run(text: str, language: str | None = None, published: str | None = "2021-10-01") -> list[Event]:
        return pipeline(Document("test", text, published=published, language=language)).events
    return run
