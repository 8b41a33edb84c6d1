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


@pytest.mark.parametrize(("language", "sentence"), [
    ("en", "The Saudi defence minister signed a memorandum of understanding with the Turkish minister, and an "
           "agreement with Egypt's defence minister on military cooperation."),
    ("fr", "Le ministre saoudien de la Défense a signé un mémorandum avec son homologue turc, ainsi qu'un accord de "
           "coopération militaire avec le ministre égyptien."),
    ("es", "El ministro saudí de Defensa firmó un memorando con su homólogo turco y un acuerdo de cooperación militar "
           "con el ministro egipcio."),
    ("de", "Der saudische Verteidigungsminister unterzeichnete ein Memorandum mit seinem türkischen Kollegen und ein "
           "Abkommen über militärische Zusammenarbeit mit dem ägyptischen Minister."),
    ("nl", "De Saudische defensieminister ondertekende een memorandum met zijn Turkse collega en een overeenkomst "
           "over militaire samenwerking met de Egyptische minister."),
    ("ar", "ووقع وزير الدفاع السعودي مذكرة تفاهم مع نظيره التركي، "
           "كما وقع اتفاقية مع وزير الدفاع المصري للتعاون العسكري."),
])
def test_each_listed_agreement_has_its_own_pair(extract: Extract, language: str, sentence: str) -> None:
    parties = [e.parties for e in extract(sentence, language) if isinstance(e, Agreement)]
    assert parties == [["SAU", "TUR"], ["EGY", "SAU"]]


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    ("en", "Moroccan and Israeli officials signed a defence cooperation agreement on Monday on the sidelines of a "
           "conference in Qatar.", [["ISR", "MAR"]]),
    ("fr", "Le Maroc et Israël ont signé lundi un accord de coopération militaire en marge d'une conférence au Qatar.",
     [["ISR", "MAR"]]),
    ("en", "Saudi Arabia opened its defence show on Sunday. The minister also signed a memorandum of understanding "
           "with Turkey's defence minister on military cooperation.", [["SAU", "TUR"]]),
    ("ar", "افتتحت السعودية معرض الدفاع. "
           "كذلك وقع الوزير مذكرة تفاهم مع وزير الدفاع في تركيا للتعاون في المجال العسكري.",
     [["SAU", "TUR"]]),
    ("es", "Arabia Saudí abrió su salón de defensa. Allí el ministro firmó además con el ministro de Defensa de "
           "Turquía un memorando de entendimiento sobre cooperación militar.", [["SAU", "TUR"]]),
    # no signing reported: a lone party stays alone, and no agreement is made up
    ("en", "Saudi Arabia opened its defence show on Sunday. The agreement with Turkey covers military training.", []),
])
def test_the_sides_of_a_signing(extract: Extract, language: str, sentence: str, expected: list) -> None:
    """A venue is no party; a lone party of a signing signs with the article's main country."""
    assert [e.parties for e in extract(sentence, language) if isinstance(e, Agreement)] == expected


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    ("en", "India signed a defence agreement with Naval Group, the French shipbuilder.", []),
    ("fr", "L'Inde a signé un accord de défense avec Naval Group, le constructeur naval français.", []),
    ("es", "India firmó un acuerdo de defensa con la empresa Navantia, el astillero español.", []),
    ("de", "Indien unterzeichnete ein Abkommen zur Verteidigung mit dem Konzern Rheinmetall, dem deutschen "
           "Rüstungshersteller.", []),
    ("nl", "India tekende een defensieovereenkomst met Naval Group, de Franse scheepsbouwer.", []),
    ("ar", "وقعت وزارة الدفاع الهندية اتفاقية دفاعية مع شركة Naval Group الفرنسية.", []),
    # a state named beside the firm still signs
    ("en", "India signed a defence agreement with France and Naval Group.", [["FRA", "IND"]]),
    ("ar", "وقعت وزارة الدفاع الهندية اتفاقية دفاعية مع فرنسا.", [["FRA", "IND"]]),
])
def test_an_agreement_with_a_firm_is_no_pact_between_states(extract: Extract, language: str, sentence: str,
                                                            expected: list) -> None:
    assert [e.parties for e in extract(sentence, language) if isinstance(e, Agreement)] == expected


@pytest.mark.parametrize(("language", "sentence"), [
    ("en", "Morocco and Israel signed a strategic partnership on defence on Monday."),
    ("fr", "Le Maroc et Israël ont signé lundi un partenariat stratégique dans le domaine de la défense."),
    ("es", "Marruecos e Israel firmaron el lunes una asociación estratégica en materia de defensa."),
    ("de", "Marokko und Israel unterzeichneten am Montag eine strategische Partnerschaft im Bereich Verteidigung."),
    ("nl", "Marokko en Israël ondertekenden maandag een strategisch partnerschap op het gebied van defensie."),
    ("ar", "وقع المغرب وإسرائيل يوم الاثنين شراكة استراتيجية في مجال الدفاع."),
    ("fr", "Le Maroc et Israël ont signé lundi une déclaration conjointe sur la coopération militaire."),
])
def test_a_strategic_partnership_is_an_agreement(extract: Extract, language: str, sentence: str) -> None:
    found = [(e.parties, e.status, e.date) for e in extract(sentence, language) if isinstance(e, Agreement)]
    assert found == [(["ISR", "MAR"], "signed", "2021-09-27")]


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    ("en", "China's military pressure on Morocco led the United States to recall that Rabat is its oldest treaty"
           " ally in Africa.", []),
    ("fr", "La pression militaire de la Chine sur le Maroc a conduit les États-Unis à rappeler que Rabat est son"
           " plus ancien allié par traité en Afrique.", []),
    ("es", "La presión militar de China sobre Marruecos llevó a Estados Unidos a recordar que Rabat es su aliado"
           " de tratado más antiguo en África.", []),
    ("de", "Der militärische Druck Chinas auf Marokko veranlasste die USA zu betonen, dass Rabat ihr ältester "
           "Partner aus einem Vertrag in Afrika sei.", []),
    ("nl", "De militaire druk van China op Marokko bracht de Verenigde Staten ertoe te herinneren dat Rabat hun "
           "oudste bondgenoot uit een verdrag in Afrika is.", []),
    ("ar", "دفع الضغط العسكري الصيني على المغرب الولايات المتحدة إلى التذكير بأن الرباط أقدم حليف لها بموجب "
           "معاهدة في أفريقيا.", []),
    # named in passing but qualified as a defence pact: still reported
    ("fr", "Le gouvernement a pris connaissance jeudi d'un accord de coopération militaire entre le Maroc et "
           "l'Azerbaïdjan.", [["AZE", "MAR"]]),
    ("en", "The government took note on Thursday of a defence cooperation agreement between Morocco and Azerbaijan.",
     [["AZE", "MAR"]]),
])
def test_a_pact_named_in_passing_is_no_event(extract: Extract, language: str, sentence: str, expected: list) -> None:
    """ "its oldest treaty ally": no signing, plan or defence qualifier by the noun, and no agreement reported."""
    assert [e.parties for e in extract(sentence, language) if isinstance(e, Agreement)] == expected


@pytest.mark.parametrize(("language", "sentence"), [
    ("en", "Morocco and Egypt signed on Saturday in Qatar a military cooperation agreement."),
    ("fr", "Le Maroc et l'Égypte ont signé samedi au Qatar un accord de coopération militaire."),
    ("es", "Marruecos y Egipto firmaron el sábado en Catar un acuerdo de cooperación militar."),
    ("de", "Marokko und Ägypten unterzeichneten am Samstag in Katar ein Abkommen über militärische Zusammenarbeit."),
    ("nl", "Marokko en Egypte ondertekenden zaterdag in Qatar een overeenkomst over militaire samenwerking."),
    ("ar", "وقع المغرب ومصر، اليوم السبت بقطر، اتفاقية للتعاون في المجال العسكري."),
])
def test_the_place_of_signing_is_no_party(extract: Extract, language: str, sentence: str) -> None:
    """ "signed on Saturday in Qatar" (بقطر, also how Amman reads as Oman): the place, not a third signatory."""
    assert [e.parties for e in extract(sentence, language) if isinstance(e, Agreement)] == [["EGY", "MAR"]]


@pytest.mark.parametrize(("language", "sentence"), [
    ("fr", "Au titre de l'accord de défense entre l'Égypte et la France, ratifié en octobre, Le Caire a conclu "
           "avec Naval Group deux contrats pour la fourniture de trois frégates."),
    ("en", "Under the defence agreement between Egypt and France, ratified in October, Cairo concluded two "
           "contracts with Naval Group for the supply of three frigates."),
    ("es", "Al amparo del acuerdo de defensa entre Egipto y Francia, ratificado en octubre, El Cairo cerró "
           "con Naval Group dos contratos para el suministro de tres fragatas."),
])
def test_a_later_contract_keeps_its_items(extract: Extract, language: str, sentence: str) -> None:
    """The frigates belong to the contracts signed under the pact, so the pact stays an agreement."""
    found = [(e.parties, e.status, e.ratified_date) for e in extract(sentence, language) if isinstance(e, Agreement)]
    assert found == [(["EGY", "FRA"], "ratified", "2021-10")]


@pytest.mark.parametrize(("language", "sentence"), [
    ("de", "Marokko und Israel haben am Montag ein Verteidigungsabkommen unterzeichnet."),
    ("de", "Marokko und Israel unterzeichneten am Montag ein Sicherheitsabkommen."),
    ("nl", "Marokko en Israël hebben maandag een defensieovereenkomst ondertekend."),
    ("nl", "Marokko en Israël sloten maandag een veiligheidsovereenkomst."),
])
def test_a_defence_compound_names_its_own_topic(extract: Extract, language: str, sentence: str) -> None:
    """ "Verteidigungsabkommen" needs no separate defence word to be a defence agreement."""
    found = [(e.parties, e.status) for e in extract(sentence, language) if isinstance(e, Agreement)]
    assert found == [(["ISR", "MAR"], "signed")]


def test_a_joint_venture_named_as_a_side_makes_no_pact(extract: Extract) -> None:
    """ "between the Israel-Morocco joint venture, BlueBird, and the army": a firm signs, not two states."""
    text = "The deal will be signed between the Israel-Morocco joint venture, BlueBird, and the Moroccan army."
    assert not [e for e in extract(text, "en") if isinstance(e, Agreement)]


@pytest.mark.parametrize(("language", "sentence"), [
    ("ar", "وقعت مصر والسعودية يوم الأحد مذكرة تفاهم لتوسيع التعاون الدفاعي."),
    ("ar", "وقعت مصر والسعودية يوم الأحد اتفاقية لتطوير الشراكة في المجالات الدفاعية."),
])
def test_arabic_defence_adjectives_make_a_defence_agreement(extract: Extract, language: str, sentence: str) -> None:
    assert [e.parties for e in extract(sentence, language) if isinstance(e, Agreement)] == [["EGY", "SAU"]]
