"""Agreements: a sale contract that the text calls an agreement is the transfer, not a pact between states."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from armstrack.model import Agreement, Event, Transfer

Extract = Callable[..., list[Event]]


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    ("en", "Morocco signed an agreement with the United States for 24 F-16 fighter jets.",
     ("USA", "MAR", "ordered")),
    ("fr", "Le Qatar a signé avec la France un accord portant sur douze avions de combat.", ("FRA", "QAT", "ordered")),
    ("es", "Marruecos firmó con España un convenio por dos patrulleros.", ("ESP", "MAR", "ordered")),
    ("ar", "وقعت قطر مع المملكة المتحدة اتفاقا لشراء 24 طائرة مقاتلة.", ("GBR", "QAT", "ordered")),
])
def test_an_agreement_for_items_is_their_sale(extract: Extract, language: str, sentence: str,
                                             expected: tuple) -> None:
    events = extract(sentence, language)
    assert not [e for e in events if isinstance(e, Agreement)]
    assert [(e.supplier, e.recipient, e.status) for e in events if isinstance(e, Transfer)] == [expected]


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    ("en", "Morocco and Israel signed a defence cooperation agreement covering training and drones.",
     ["ISR", "MAR"]),
    ("fr", "La Turquie et le Qatar ont signé un accord de coopération militaire pour la formation.",
     ["QAT", "TUR"]),
])
def test_an_agreement_with_a_scope_stays_an_agreement(extract: Extract, language: str, sentence: str,
                                                      expected: list) -> None:
    assert [e.parties for e in extract(sentence, language) if isinstance(e, Agreement)] == [expected]


@pytest.mark.parametrize(("language", "sentence"), [
    ("fr", "À l'issue de la réunion, les ministres de la Turquie et du Qatar ont signé un accord de défense."),
    ("es", "Tras la reunión, los ministros de Turquía y Qatar firmaron un acuerdo de defensa."),
])
def test_a_meeting_is_no_territory(extract: Extract, language: str, sentence: str) -> None:
    parties = [e.parties for e in extract(sentence, language) if isinstance(e, Agreement)]
    assert parties == [["QAT", "TUR"]]


@pytest.mark.parametrize(("language", "sentence"), [
    ("en", "Algeria and Russia reportedly signed an agreement in May for the acquisition of four patrol vessels."),
    ("fr", "Un accord entre l'Algérie et la Russie a été signé en mai pour l'acquisition de quatre patrouilleurs."),
    ("es", "Argelia y Rusia firmaron en mayo un acuerdo para la adquisición de cuatro patrulleros."),
    ("de", "Algerien und Russland haben im Mai ein Abkommen über die Beschaffung von vier Patrouillenbooten "
           "unterzeichnet."),
    ("nl", "Algerije en Rusland hebben in mei een overeenkomst gesloten voor de aankoop van vier patrouilleschepen."),
    ("ar", "وقعت الجزائر وروسيا في ماي اتفاقا لاقتناء أربع سفن دورية."),
    ("ar", "كانت إسرائيل تعارض اتفاق البيع المرتقب للإمارات."),
    ("fr", "Outre l'achat des avions, l'accord comprend la formation des pilotes en France et en Inde."),
    ("en", "Besides the purchase of the jets, the agreement includes the training of pilots in France and India."),
])
def test_an_agreement_to_buy_is_no_pact(extract: Extract, language: str, sentence: str) -> None:
    assert not [e for e in extract(sentence, language) if isinstance(e, Agreement)]


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    ("en", "Morocco and Israel signed a defence cooperation agreement covering training, and Morocco also bought "
           "drones.", (["ISR", "MAR"], ["training"])),
    ("fr", "Le Maroc et Israël ont signé un accord de coopération militaire portant sur la formation et "
           "l'acquisition d'équipements.", (["ISR", "MAR"], ["procurement", "training"])),
    ("de", "Deutschland und die Ukraine unterzeichneten eine Vereinbarung zur Zusammenarbeit ihrer "
           "Rüstungsindustrie.", (["DEU", "UKR"], ["defence_industry"])),
    ("nl", "Nederland en Duitsland hebben een overeenkomst ondertekend over samenwerking bij opleiding en "
           "oefeningen.", (["DEU", "NLD"], ["exercises", "training"])),
    ("es", "España y Marruecos firmaron un acuerdo de cooperación en formación militar y ejercicios conjuntos.",
     (["ESP", "MAR"], ["exercises", "training"])),
    ("ar", "وقعت المملكة العربية السعودية وتركيا اتفاقية تعاون عسكري في مجال التدريب.", (["SAU", "TUR"], ["training"])),
])
def test_a_cooperation_agreement_keeps_its_scope(extract: Extract, language: str, sentence: str,
                                                 expected: tuple) -> None:
    assert [(e.parties, e.scope) for e in extract(sentence, language) if isinstance(e, Agreement)] == [expected]
