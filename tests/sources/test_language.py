"""Language identification among the six supported languages; None when unsure."""

from __future__ import annotations

import pytest

from armstrack.settings import Options
from armstrack.sources.language import detect_language

SENTENCES = [
    ("en", "The navy has taken delivery of two new patrol vessels built at a local shipyard."),
    ("fr", "La marine a réceptionné deux nouveaux patrouilleurs construits dans un chantier local."),
    ("nl", "De marine heeft twee nieuwe patrouilleschepen in ontvangst genomen van een lokale werf."),
    ("de", "Die Marine hat zwei neue Patrouillenboote übernommen, die auf einer heimischen Werft gebaut wurden."),
    ("es", "La armada recibió dos nuevos patrulleros construidos en un astillero local."),
    ("ar", "تسلمت البحرية سفينتي دورية جديدتين تم بناؤهما في حوض محلي لبناء السفن."),
]


@pytest.mark.parametrize(("language", "sentence"), SENTENCES)
def test_detects_each_supported_language(language: str, sentence: str) -> None:
    assert detect_language(sentence) == language


@pytest.mark.parametrize("text", ["", "   ", "12345 67", "ok", "Hello"])
def test_unsure_or_empty_text_has_no_language(text: str) -> None:
    assert detect_language(text) is None


def test_detection_is_restricted_to_the_supported_languages() -> None:
    english_and_german = Options(supported=("en", "de"))
    assert detect_language(SENTENCES[0][1], english_and_german) == "en"
    assert detect_language(SENTENCES[3][1], english_and_german) == "de"


def test_only_the_start_of_a_long_text_is_read() -> None:
    text = SENTENCES[1][1] * 5 + " " + SENTENCES[0][1] * 200
    assert detect_language(text, Options(language_sample_chars=300)) == "fr"
