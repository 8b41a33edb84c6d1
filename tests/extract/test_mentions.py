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
    # after the noun and a word that introduces a model
    ("nl", "Polen kocht 212 pantserhouwitsers van het type K9.", ("K9", "artillery")),
    ("de", "Dänemark kauft acht Mehrfachraketenwerfer vom Typ PULS.", ("PULS", "artillery")),
    ("en", "Poland ordered howitzers of the type K9.", ("K9", "artillery")),
])
def test_designation_next_to_category_noun(pipeline: Pipeline, language: str, sentence: str,
                                           expected: tuple[str, str]) -> None:
    doc = pipeline(Document("t", sentence, language=language))
    systems = [(m.value.name, m.value.category) for m in doc.mentions if m.kind == "system"]
    assert expected in systems


@pytest.mark.parametrize(("language", "sentence"), [
    ("en", "The NATO drones flew."), ("en", "Anti-drone systems were shown."), ("en", "COVID-19 drones"),
    ("de", "Die Bayraktar TB2 ist eine sogenannte MALE-Drohne."),
    # a word and a count before the noun
    ("de", "Die Übung beginnt: Rund 250 Flugzeuge aus 25 Nationen nehmen teil."),
    ("de", "Laut Reuters 18 Kampfpanzer mehr."),
    # an acronym after a comma is the next clause's subject
    ("en", "The drill involves four fighters, the JASDF said."),
    # a quoted phrase before the noun in a script without case is no model name
    ("ar", 'وأضافت الصحيفة ذات "التوجه الإسلامي الراديكالي" أنه على خلفية شراء المغرب 13 طائرة مسيرة تركية.'),
    # a word and a wheel formula; an alliance's name in a compound
    ("es", "Misiles El 8X8 no es la única aspiración."),
    ("nl", "Vier F-35's en een NAVO-tank- en transportvliegtuig vlogen mee."),
    # a quoted newspaper, a clause before the noun
    ("de", 'Die "Kieler Rundschau" hatte gemeldet, die drei U-Boote seien bestellt.'),
    # "surface-to-air" after a missile noun is its kind, not its name
    ("ar", 'وطلبت الجزائر صواريخ "أرض جو" لحماية المنشآت.'),
])
def test_prefixes_counts_and_descriptions_are_no_designation(pipeline: Pipeline, language: str, sentence: str) -> None:
    doc = pipeline(Document("t", sentence, language=language))
    assert not [m for m in doc.mentions if m.kind == "system" and m.form == "designation"]


def test_values_only_in_sentences_with_events(pipeline: Pipeline) -> None:
    text = "The weather was fine on 3 May with 20 degrees. Morocco bought 13 Turkish drones in April."
    doc = pipeline(Document("t", text, language="en", published="2021-10-01"))
    quantities = [text[m.start:m.end] for m in doc.mentions if m.kind == "quantity"]
    assert quantities == ["13"]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("es", "España envía seis carros Leopard. Son Leopard 2A4 de segunda mano.", ["Leopard 2", "Leopard 2"]),
    ("de", "Die Leopard kommen bald. Es sind Leopard 1A5 aus Lagerbeständen.", ["Leopard 1", "Leopard 1"]),
    ("en", "The Leopard tanks arrived; Leopard 1 and Leopard 2 tanks both served.", ["Leopard 1", "Leopard 2"]),
    ("en", "The Leopard tanks arrived.", []),
])
def test_a_family_word_is_the_one_family_member_the_text_names(pipeline: Pipeline, language: str, text: str,
                                                              expected: list) -> None:
    doc = pipeline(Document("t", text, language=language))
    assert sorted(m.value.name for m in doc.mentions if m.kind == "system") == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("de", "Marokko zahlt 2,5 Milliarden US-Dollar für die Systeme.", {"MAR"}),
    ("en", "Morocco paid US$ 500 million for the drones.", {"MAR"}),
    ("en", "Morocco paid US$500 million for the US drones.", {"MAR", "USA"}),
])
def test_currency_name_is_no_country_mention(pipeline: Pipeline, language: str, text: str,
                                             expected: set[str]) -> None:
    doc = pipeline(Document("t", text, language=language))
    assert {m.value for m in doc.mentions if m.kind == "country"} == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # beside a category noun of its kind
    ("de", "Der Bau des Schützenpanzers Lynx beginnt.", [("Lynx KF41", "armoured_vehicle")]),
    ("es", "Estados Unidos donó un avión militar Hércules.", [("C-130 Hercules", "aircraft")]),
    ("nl", "Zij kopen 382 Griffon- en 60 Jaguar-pantservoertuigen.", [("EBRC Jaguar", "armoured_vehicle"),
                                                                     ("VBMR Griffon", "armoured_vehicle")]),
    # beside its maker
    ("de", "Rheinmetall zeigte den neuen Lynx in Ungarn.", [("Lynx KF41", "armoured_vehicle")]),
    # named once with its noun, the word alone is the same system further on
    ("de", "Ungarn kauft Schützenpanzer Lynx. Der erste Lynx kommt 2024.", [("Lynx KF41", "armoured_vehicle")] * 2),
    # after a word that introduces a model, and listed with a confirmed name of its kind
    ("nl", "België kiest voertuigen van het type Griffon en Jaguar.", [("VBMR Griffon", "armoured_vehicle"),
                                                                      ("EBRC Jaguar", "armoured_vehicle")]),
    # an everyday word, or a noun of another kind
    ("en", "A lynx was seen near the Hercules monument.", []),
    ("en", "He drove a Jaguar and a Lynx to work.", []),
    # two systems share the word: the noun beside it tells which
    ("en", "The Jaguar fighter jets were retired.", [("SEPECAT Jaguar", "aircraft")]),
])
def test_an_everyday_word_name_needs_confirming(pipeline: Pipeline, language: str, text: str, expected: list) -> None:
    doc = pipeline(Document("t", text, language=language))
    found = sorted((m.value.name, m.value.category) for m in doc.mentions if m.kind == "system")
    assert found == sorted(expected)


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Egypt bought two C-130 transport aircraft.", ["C-130 Hercules"]),
    ("en", "Egypt bought two C-130 aircraft with spare parts.", ["C-130 Hercules"]),
    # the transport aircraft carries the item
    ("en", "India sent a C-130 transport aircraft with the missiles to Manila.", []),
    ("fr", "Les missiles sont arrivés à bord d'un C-130 de l'armée indienne.", []),
    ("es", "Los misiles llegaron a bordo de un C-130.", []),
])
def test_a_transport_aircraft_carrying_the_item_is_no_item(pipeline: Pipeline, language: str, text: str,
                                                         expected: list) -> None:
    doc = pipeline(Document("t", text, language=language))
    assert [m.value.name for m in doc.mentions if m.kind == "system"] == expected
    if not expected:
        assert "aircraft" not in [m.value for m in doc.mentions if m.kind == "category"]
