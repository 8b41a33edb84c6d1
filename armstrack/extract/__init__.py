"""Mentions and document events: from one document's text to transfer, production and agreement events."""

from __future__ import annotations

from armstrack.pipeline import Pipeline
from armstrack.settings import Options


def build_pipeline(options: Options | None = None) -> Pipeline:
    """The extraction pipeline with the knowledge base loaded once."""
    return Pipeline([])
