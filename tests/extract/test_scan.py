"""One Aho-Corasick scan finds names, triggers and nouns of every language on whole words."""

from __future__ import annotations

import pytest

from armstrack.extract.scan import Gazetteer
from armstrack.kb import KnowledgeBase


@pytest.fixture(scope="module")
def gazetteer(kb: KnowledgeBase) -> Gazetteer:
    return Gazetteer(kb)


def found(gazetteer: Gazetteer, text: str, kind: str) -> list[tuple[str, object]]:
    spans = [(text[m.start:m.end], getattr(m.value, "name", m.value)) for m in gazetteer.scan(text) if m.kind == kind]
    return list(dict.fromkeys(spans))  # a phrase two languages share is one finding


@pytest.mark.parametrize(("language", "text", "kind", "expected"), [
    ("en", "Morocco bought Turkish drones", "country", [("Morocco", "MAR"), ("Turkish", "TUR")]),
    ("en", "the Bayraktar TB2 drones", "system", [("Bayraktar TB2", "Bayraktar TB2")]),
    ("en", "four kamikaze drones", "category", [("kamikaze drones", "loitering_munition")]),
    ("nl", "Marokko bestelt zelfmoorddrones", "category", [("zelfmoorddrones", "loitering_munition")]),
    ("de", "neue Aufklärungsdrohnen", "category", [("Aufklärungsdrohnen", "uav")]),
    ("fr", "les drones kamikazes israéliens", "country", [("israéliens", "ISR")]),
    ("ar", "وسلمت تركيا للمغرب طائرات", "country", [("تركيا", "TUR"), ("مغرب", "MAR")]),
    ("ar", "والمغرب", "country", [("المغرب", "MAR")]),
    ("en", "İstanbul and Israël", "country", [("Israël", "ISR")]),
    ("ar", "وقّعت مصر عقدا", "trigger", [("وقّعت", "agreement.signed")]),
    ("ar", "طائرة مسيّرة", "category", [("طائرة مسيّرة", "uav")]),
    ("ar", "تسلّمت المغـرب", "country", [("المغـرب", "MAR")]),
    ("ar", "وصلت مسيّرات إلى مصر", "country", [("مصر", "EGY")]),  # one phrase, two readings, then a name
    # a category noun with its language's case endings (dative plural, genitive)
    ("de", "von vier Kriegsschiffen", "category", [("Kriegsschiffen", "ship")]),
    ("de", "eines U-Boots", "category", [("U-Boots", "submarine")]),
    ("de", "von vier Luftverteidigungssystemen", "category", [("Luftverteidigungssystemen", "air_defence")]),
    ("de", "Belgien will Drohnen-Abwehrsysteme kaufen", "category", [("Drohnen-Abwehrsysteme", "counter_uas")]),
    ("es", "dos buques de patrulla oceánica", "category", [("buques de patrulla oceánica", "ship")]),
    ("ar", "تسلمت الأردن 26 ألف بندقية ومدفع آلي", "category", [("بندقية", "small_arms"), ("مدفع آلي", "small_arms")]),
    ("fr", "55 véhicules tactiques", "category", [("véhicules tactiques", "armoured_vehicle")]),
    # compounds on a category noun: the noun the compound ends on is found
    ("de", "alle Radhaubitzen des Heeres", "category", [("haubitzen", "artillery")]),
    ("nl", "een zwaarder gevechtspantservoertuig", "category", [("pantservoertuig", "armoured_vehicle")]),
])
def test_scan_finds(gazetteer: Gazetteer, language: str, text: str, kind: str, expected: list) -> None:
    assert found(gazetteer, text, kind) == expected


def test_scan_matches_whole_words_only(gazetteer: Gazetteer) -> None:
    assert found(gazetteer, "Moroccoland sells dronesque art", "country") == []
    assert found(gazetteer, "Moroccoland sells dronesque art", "category") == []


def test_short_acronyms_must_match_case(gazetteer: Gazetteer) -> None:
    assert found(gazetteer, "let us talk", "country") == []
    assert found(gazetteer, "the US sold drones", "country") == [("US", "USA")]


def test_longest_name_wins(gazetteer: Gazetteer) -> None:
    assert found(gazetteer, "Israel Aerospace Industries", "country") == []
    assert found(gazetteer, "Israel Aerospace Industries", "firm") == [("Israel Aerospace Industries",
                                                                        "Israel Aerospace Industries")]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("fr", "Les ministres se sont vus à la réunion de jeudi.", []),
    ("fr", "Le navire a fait escale à La Réunion.", ["REU"]),
    ("es", "La reunión terminó tarde.", []),
])
def test_a_cased_country_name_matches_only_as_written(kb: KnowledgeBase, language: str, text: str,
                                                      expected: list) -> None:
    found = [m.value for m in Gazetteer(kb).scan(text) if m.kind == "country"]
    assert found == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("nl", "Marokko schaft twaalf F-16's aan.", ["transfer.acquire.ordered"]),
    ("nl", "Marokko schaft de dienstplicht af.", []),
    ("nl", "Nederland stelt drie houwitsers beschikbaar.", ["transfer.supply.planned"]),
    ("de", "Marokko schafft zwölf F-16 an.", ["transfer.acquire.ordered"]),
    ("de", "Marokko schafft zwölf Stellen. Danach ein Jahr Pause an der Küste.", []),
    # the later part of a separated verb is that verb's, not a trigger of its own ("bekommen": received)
    ("de", "Die Marine soll fünf Flugzeuge P-8A bekommen.", ["transfer.acquire.planned"]),
    ("nl", "De drie Patriot-systemen worden snel aan Oekraïne geleverd.", ["transfer.supply.planned"]),
])
def test_a_separable_verb_needs_its_particle_in_the_clause(gazetteer: Gazetteer, language: str, text: str,
                                                           expected: list) -> None:
    found = [m.value for m in gazetteer.scan(text) if m.kind == "trigger" and m.lang == language]
    assert [v for v in found if v.startswith("transfer.")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Rabat received F-16s last year.", ["F-16 Fighting Falcon"]),
    ("Marokko kreeg de F-16's vorig jaar.", ["F-16 Fighting Falcon"]),
    ("Les Leopard 2A4s sont arrivés.", ["Leopard 2"]),
    ("The F-16stand is no name.", []),
    ("Israel sold Harops.", ["Harop"]),
    ("the harops", []),  # a lower-case word with an "s" is a common word, not a name's plural
])
def test_a_system_name_takes_a_plural_ending(gazetteer: Gazetteer, text: str, expected: list) -> None:
    assert [m.value.name for m in gazetteer.scan(text) if m.kind == "system"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Rabat received F 16 jets.", ["F-16 Fighting Falcon"]),
    ("Die Leopard-2 und Leopard 2 kamen.", ["Leopard 2", "Leopard 2"]),
    ("Die Leopard2 kamen.", ["Leopard 2"]),
    ("quatre navires de type Project-22160", ["Project 22160"]),
    ("cuatro buques Project22160", ["Project 22160"]),
    ("Rabat received F 166 jets.", []),
])
def test_a_designation_hyphen_may_be_written_as_a_space_or_left_out(gazetteer: Gazetteer, text: str,
                                                                   expected: list) -> None:
    assert [m.value.name for m in gazetteer.scan(text) if m.kind == "system"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("der Schützenpanzer Lynx", [("Lynx", "Lynx KF41", "bare")]),
    ("the Rheinmetall Lynx", [("Rheinmetall Lynx", "Lynx KF41", "")]),
    ("un avión militar Hércules", [("Hércules", "C-130 Hercules", "bare")]),
    ("ein lynx im Wald", []),
    ("the harop swarms", []),  # a catalogued name written lower-case is a common word ("une rafale de tirs")
])
def test_an_everyday_word_name_is_marked_for_confirming(gazetteer: Gazetteer, text: str, expected: list) -> None:
    found = [(text[m.start:m.end], m.value.name, m.form) for m in gazetteer.scan(text) if m.kind == "system"]
    assert found == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("ar", "تسلمت تركيا طائرات إف-16 جديدة", ["F-16 Fighting Falcon"]),
    ("ar", "تسلمت تركيا طائرات إف 16 جديدة", ["F-16 Fighting Falcon"]),
    ("ar", "تسلمت تركيا طائرات F 16 جديدة", ["F-16 Fighting Falcon"]),
])
def test_a_designation_s_letters_may_be_spelled_out(gazetteer: Gazetteer, language: str, text: str,
                                                    expected: list) -> None:
    assert [m.value.name for m in gazetteer.scan(text) if m.kind == "system"] == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # a compound ending in a trade noun is that noun ("Munitionslieferung", "wapenlevering"); a longer whole word
    # wins ("Auslieferung" is a delivery), and the same letters inside no compound are no trigger
    ("de", "die Munitionslieferung an die Ukraine", [("lieferung", "transfer.supply.ordered")]),
    ("de", "der Großauftrag für Rheinmetall", [("auftrag", "transfer.acquire.ordered")]),
    ("de", "die Auslieferung der Panzer", [("Auslieferung", "transfer.supply.delivered")]),
    ("nl", "de munitielevering aan Oekraïne", [("levering", "transfer.supply.ordered")]),
    ("nl", "de tankaankoop van Polen", [("aankoop", "transfer.acquire.ordered")]),
    ("nl", "de leveringsvoorwaarden van het bedrijf", []),
])
def test_a_compound_ending_in_a_trade_noun_is_a_trigger(gazetteer: Gazetteer, language: str, text: str,
                                                        expected: list) -> None:
    found = [(text[m.start:m.end], m.value) for m in gazetteer.scan(text) if m.kind == "trigger" and m.lang == language]
    assert [f for f in found if f[1].startswith("transfer.")] == expected
