"""Counts of items per language, and the numbers that are no counts."""

from __future__ import annotations

import pytest

from armstrack.values import Span, find_quantities, parse_quantity

FOUND = [
    # compounds that start with a smaller number's word (the spelled-number gate must let them through)
    ("en", "The fleet gains fifteen trainers and ninety trucks.", [15, 90]),
    ("fr", "L'armée reçoit dix-sept blindés et quatre-vingts camions.", [17, 80]),
    ("es", "Llegan dieciséis helicópteros y veintidós blindados.", [16, 22]),
    ("es", "El ejército compra quinientos camiones.", [500]),
    ("de", "Geliefert werden einundzwanzig Panzer und siebzehn Haubitzen.", [21, 17]),
    ("de", "Das Heer erhält sechzig Lastwagen.", [60]),
    ("nl", "Het leger krijgt eenentwintig tanks en veertig vrachtwagens.", [21, 40]),
    ("en", "Rabat is buying 13 drones from Ankara.", [13]),
    ("en", "The navy wants thirteen patrol boats.", [13]),
    ("en", "The army will field twenty-four howitzers and two radars.", [24, 2]),
    ("en", "A dozen armoured vehicles arrived by sea.", [12]),
    ("en", "Half a dozen trainers were leased.", [6]),
    ("en", "The order covers 1,000 anti-tank missiles.", [1000]),
    ("en", "It adds 1.5 million rounds of artillery ammunition.", [1500000]),
    ("en", "It includes one hundred and twenty trucks.", [120]),
    ("fr", "Le royaume achète treize drones turcs.", [13]),
    ("fr", "Une vingtaine de blindés ont été livrés.", [20]),
    ("fr", "L'armée recevra une douzaine d'hélicoptères.", [12]),
    ("fr", "Le contrat porte sur 3 000 obus et vingt-quatre canons.", [3000, 24]),
    ("fr", "Paris livrera 1.000 missiles.", [1000]),
    ("nl", "Marokko koopt dertien drones.", [13]),
    ("nl", "Er komen twee fabrieken en een dozijn voertuigen.", [2, 12]),
    ("nl", "Het leger bestelt 1.000 raketten.", [1000]),
    ("de", "Marokko kauft dreizehn Drohnen.", [13]),
    ("de", "Ein Dutzend Panzer wurde geliefert.", [12]),
    ("de", "Bestellt wurden 1.000 Raketen und vierundzwanzig Haubitzen.", [1000, 24]),
    ("es", "Marruecos compra trece drones.", [13]),
    ("es", "Llegó una docena de helicópteros.", [12]),
    ("es", "El pedido incluye 1.000 misiles y veinticuatro obuses.", [1000, 24]),
    ("ar", "اشترى المغرب ثلاث عشرة طائرة مسيرة.", [13]),
    ("ar", "تسلم الجيش ١٣ دبابة.", [13]),
    ("ar", "وصلت خمسة وعشرون مدرعة و١٢ مروحية.", [25, 12]),
    ("ar", "تشمل الصفقة ثلاثة آلاف قذيفة.", [3000]),
    ("ar", "تضم الصفقة 1,000 صاروخ.", [1000]),
    ("ar", "تشمل الصفقة ثلاثة ملايين قذيفة.", [3000000]),
]

NOT_QUANTITIES = [
    ("en", "It is one of the largest orders."),
    ("en", "A drone and an aircraft were shown."),
    ("en", "The Bayraktar TB2 and the F-16 and the Su-35 flew past."),
    ("en", "The deal was signed in 2019."),
    ("en", "The missile has a range of 2,700km."),
    ("en", "The border berm is a 2,720-kilometre wall."),
    ("en", "The deal worth millions was signed."),
    ("en", "Exports rose by 40% and then by 12 per cent."),
    ("en", "The talks lasted two years."),
    ("en", "The first batch arrived on October 30, 2024 at 21:40."),
    ("en", "The sale is worth $70 million."),
    ("en", "The budget grew by 1.5 points."),
    ("fr", "C'est l'un des plus gros contrats."),
    ("fr", "Des milliers de soldats ont défilé."),
    ("fr", "Un drone a été livré le 10 janvier 2025."),
    ("fr", "Le contrat vaut 70 millions de dollars."),
    ("nl", "Een van de drones werd op 24 november geleverd."),
    ("nl", "Het gaat om één overeenkomst."),
    ("de", "Einer der Panzer wurde am 10. Januar 2025 geliefert."),
    ("de", "Die Sitzung begann um 21.40 Uhr."),
    ("nl", "De raket heeft een bereik van 2.700 km."),
    ("de", "Der Auftrag ist 1,2 Milliarden Euro wert."),
    ("es", "Uno de los drones llegó el 10 de enero de 2025."),
    ("ar", "وصلت إحدى الطائرات في 10 يناير 2025."),
    ("ar", "بلغت قيمة الصفقة 500 مليون دولار."),
    ("ar", "أطلقت ملايين القذائف."),
]


@pytest.mark.parametrize(("language", "text", "expected"), FOUND)
def test_finds_counts_of_items(language: str, text: str, expected: list[int]) -> None:
    assert [span.value for span in find_quantities(text, language)] == expected


@pytest.mark.parametrize(("language", "text"), NOT_QUANTITIES)
def test_finds_no_count_in_articles_years_models_measures_dates_or_money(language: str, text: str) -> None:
    assert find_quantities(text, language) == []


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Morocco ordered 13 Bayraktar TB2 drones.", "13"),
    ("fr", "Le Maroc a commandé une vingtaine de drones.", "une vingtaine"),
    ("ar", "اشترى المغرب ثلاث عشرة طائرة.", "ثلاث عشرة"),
    ("en", "İstanbul will build thirteen corvettes.", "thirteen"),
])
def test_offsets_point_into_the_original_text(language: str, text: str, expected: str) -> None:
    span = find_quantities(text, language)[0]
    assert text[span.start:span.end] == expected


def test_parse_quantity_reads_the_first_count() -> None:
    assert parse_quantity("four ground stations and 13 drones", "en") == 4
    assert parse_quantity("no figure given", "en") is None


def test_span_overlap_is_half_open() -> None:
    span = Span(3, 6, 13)
    assert span.overlaps(5, 8) and span.overlaps(0, 4)
    assert not span.overlaps(6, 9) and not span.overlaps(0, 3)
