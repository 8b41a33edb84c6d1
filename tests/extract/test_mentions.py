"""Systems missing from the knowledge base are found by their designation next to a category noun."""

from __future__ import annotations

import pytest

from armstrack.model import Document
from armstrack.pipeline import Pipeline


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    ("en", "It showed the reconnaissance drone MA-1 at the air show.", ("MA-1", "uav")),
    ("en", "The WanderC-VTOL drone was bought by the army.", ("WanderC-VTOL", "uav")),
    ("en", 'The country also manufactures "Iti Govan" combat drones.', ("Iti Govan", "uav")),
    ("nl", "Polen kocht 180 K2-tanks.", ("K2", "tank")),
    ("de", "Serbien kauft Rafale-Kampfjets.", ("Rafale", "aircraft")),
    ("fr", "Erevan a commandé des obusiers CAESAR.", ("CAESAR", "artillery")),
    ("ar", 'وقعت قطر صفقة لشراء 24 طائرة مقاتلة "يوروفايتر تايفون" من بريطانيا.', ("يوروفايتر تايفون", "aircraft")),
])
def test_designation_next_to_category_noun(pipeline: Pipeline, language: str, sentence: str,
                                           expected: tuple[str, str]) -> None:
    doc = pipeline(Document("t", sentence, language=language))
    systems = [(m.value.name, m.value.category) for m in doc.mentions if m.kind == "system"]
    assert expected in systems


@pytest.mark.parametrize("sentence", ["The NATO drones flew.", "Anti-drone systems were shown.", "COVID-19 drones"])
def test_prefixes_and_acronyms_are_no_designation(pipeline: Pipeline, sentence: str) -> None:
    doc = pipeline(Document("t", sentence, language="en"))
    assert not [m for m in doc.mentions if m.kind == "system"]


def test_values_only_in_sentences_with_events(pipeline: Pipeline) -> None:
    text = "The weather was fine on 3 May with 20 degrees. Morocco bought 13 Turkish drones in April."
    doc = pipeline(Document("t", text, language="en", published="2021-10-01"))
    quantities = [text[m.start:m.end] for m in doc.mentions if m.kind == "quantity"]
    assert quantities == ["13"]
