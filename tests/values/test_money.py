"""Amounts of money per language: number, scale and currency in either order."""

from __future__ import annotations

import pytest

from armstrack.model import Money
from armstrack.values import find_money, find_values, parse_money
from armstrack.values.money import per_piece

FOUND = [
    ("en", "The sale is worth $70 million.", [Money(70_000_000, "USD")]),
    ("en", "It costs 626 million Moroccan dirhams ($70 million).",
     [Money(626_000_000, "MAD"), Money(70_000_000, "USD")]),
    ("en", "The frigates cost €1.2 billion.", [Money(1_200_000_000, "EUR")]),
    ("en", "A US$ 1.5bn package was approved.", [Money(1_500_000_000, "USD")]),
    ("en", "The budget is USD 70m.", [Money(70_000_000, "USD")]),
    ("en", "Ankara asked for 250 million Turkish lira.", [Money(250_000_000, "TRY")]),
    ("en", "The radar costs 30 million shekels.", [Money(30_000_000, "ILS")]),
    ("en", "Moscow was paid 2 billion rubles.", [Money(2_000_000_000, "RUB")]),
    ("en", "Beijing offered the drones for 400 million yuan.", [Money(400_000_000, "CNY")]),
    ("en", "Each drone costs $5,000,000.", [Money(5_000_000, "USD")]),
    ("en", "The bill came to 70 million dollars.", [Money(70_000_000, "USD")]),
    ("fr", "Le contrat vaut 70 millions de dollars.", [Money(70_000_000, "USD")]),
    ("fr", "La commande atteint 1,2 milliard d'euros.", [Money(1_200_000_000, "EUR")]),
    ("fr", "Un budget de 70 M€ est prévu.", [Money(70_000_000, "EUR")]),
    ("fr", "Le programme coûte 626 millions de dirhams.", [Money(626_000_000, "MAD")]),
    ("nl", "De deal is 70 miljoen dollar waard.", [Money(70_000_000, "USD")]),
    ("nl", "Het kost 1,2 miljard euro.", [Money(1_200_000_000, "EUR")]),
    ("de", "Der Auftrag hat einen Wert von 1,2 Milliarden Euro.", [Money(1_200_000_000, "EUR")]),
    # scale and currency hyphenated onto the number ("a $1.5-billion deal")
    ("de", "Es ist ein 5,5-Milliarden-Dollar-Deal.", [Money(5_500_000_000, "USD")]),
    ("de", "Ein 950-Millionen-Euro-Auftrag ging an KNDS.", [Money(950_000_000, "EUR")]),
    ("en", "It is a $1.5-billion deal.", [Money(1_500_000_000, "USD")]),
    ("en", "They signed a 950 million-dollar contract.", [Money(950_000_000, "USD")]),
    # three digits after one separator before a billion are its decimals; before a million, its thousands
    ("ar", "بقيمة 1,425 مليار دولار", [Money(1_425_000_000, "USD")]),
    ("de", "Der Vertrag hat ein Volumen von 1.425 Milliarden Euro.", [Money(1_425_000_000, "EUR")]),
    ("es", "El contrato asciende a 1.425 millones de euros.", [Money(1_425_000_000, "EUR")]),
    ("de", "Rabat zahlt 70 Mio. US-Dollar.", [Money(70_000_000, "USD")]),
    ("de", "Der Preis liegt bei 70 Millionen Dollar.", [Money(70_000_000, "USD")]),
    ("es", "El contrato asciende a 70 millones de dólares.", [Money(70_000_000, "USD")]),
    ("es", "El programa cuesta 1.500 millones de euros.", [Money(1_500_000_000, "EUR")]),
    ("es", "Se pagaron 2 mil millones de dólares.", [Money(2_000_000_000, "USD")]),
    ("ar", "بلغت قيمة الصفقة 500 مليون دولار.", [Money(500_000_000, "USD")]),
    ("ar", "بلغت قيمة الصفقة دولار 500 مليون.", [Money(500_000_000, "USD")]),
    ("ar", "خصصت الحكومة ٧٠ مليون درهم.", [Money(70_000_000, "MAD")]),
    ("ar", "تبلغ الكلفة 1.2 مليار يورو.", [Money(1_200_000_000, "EUR")]),
    # amounts written in words
    ("en", "The deal is worth two billion dollars.", [Money(2_000_000_000, "USD")]),
    ("fr", "Le contrat porte sur trois milliards d'euros.", [Money(3_000_000_000, "EUR")]),
    ("de", "Die Kosten liegen bei rund sechs Milliarden Franken.", [Money(6_000_000_000, "CHF")]),
    ("de", "Der Gesamtwert liegt bei knapp vier Milliarden Euro.", [Money(4_000_000_000, "EUR")]),
    ("nl", "Het kost Nederland twee miljard euro.", [Money(2_000_000_000, "EUR")]),
    ("es", "La compra costará dos mil millones de dólares.", [Money(2_000_000_000, "USD")]),
    # thousands written in words before the digits
    ("es", "El contrato vale mil 200 millones de dólares.", [Money(1_200_000_000, "USD")]),
    ("es", "La compra costará dos mil 500 millones de euros.", [Money(2_500_000_000, "EUR")]),
    ("es", "El programa cuesta 200 millones de euros.", [Money(200_000_000, "EUR")]),
    # currencies of deals priced in the buyer's money
    ("en", "Manila pays 18.9 billion Philippine pesos for the jets.", [Money(18_900_000_000, "PHP")]),
    ("es", "El acuerdo vale 39.300 millones de coronas suecas.", [Money(39_300_000_000, "SEK")]),
    ("fr", "Le contrat atteint 18,9 milliards de pesos philippins.", [Money(18_900_000_000, "PHP")]),
    ("de", "Das Programm kostet 39,3 Milliarden schwedische Kronen.", [Money(39_300_000_000, "SEK")]),
    ("nl", "Het contract is 39 miljard Zweedse kronen waard.", [Money(39_000_000_000, "SEK")]),
    ("ar", "بلغت قيمة الصفقة 9 مليارات ريالات سعودية.", [Money(9_000_000_000, "SAR")]),
    ("ar", "وقعت الشركة عقدا بقيمة 3.71 تريليون وون مع الوزارة.", [Money(3_710_000_000_000, "KRW")]),
    ("ar", "تعاقدت قطر على شراء الطائرات بنحو6.7 مليارات دولار.", [Money(6_700_000_000, "USD")]),
]

NO_MONEY = [
    ("en", "The deal worth millions was signed."),
    ("en", "Morocco ordered 13 drones in 2019."),
    ("en", "The ship is 70 m long."),
    ("en", "The plant produces 70 MW."),
    ("en", "Ankara will try 70 more drones."),
    ("fr", "Le Maroc a reçu 13 drones."),
    ("nl", "Marokko kocht 13 drones."),
    ("de", "Marokko kaufte 13 Drohnen."),
    ("es", "Marruecos compró 13 drones."),
    ("ar", "اشترى المغرب 13 طائرة."),
]


@pytest.mark.parametrize(("language", "text", "expected"), FOUND)
def test_finds_amounts_with_their_currency(language: str, text: str, expected: list[Money]) -> None:
    assert [span.value for span in find_money(text, language)] == expected


@pytest.mark.parametrize(("language", "text"), NO_MONEY)
def test_finds_no_money_without_a_currency(language: str, text: str) -> None:
    assert find_money(text, language) == []


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "It costs 626 million Moroccan dirhams ($70 million).", ["626 million Moroccan dirhams", "$70 million"]),
    ("fr", "Soit 1,2 milliard d'euros au total.", ["1,2 milliard d'euros"]),
    ("ar", "بلغت 500 مليون دولار.", ["500 مليون دولار"]),
])
def test_offsets_cover_number_scale_and_currency(language: str, text: str, expected: list[str]) -> None:
    assert [text[span.start:span.end] for span in find_money(text, language)] == expected


def test_money_formats_as_format_md_value() -> None:
    assert parse_money("The deal is worth $70 million.", "en").to_format() == {"amount": 70000000, "currency": "USD"}


def test_parse_money_is_none_without_an_amount() -> None:
    assert parse_money("No price was given.", "en") is None


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "The drones may have cost $15,000 or less apiece.", True),
    ("en", "Each jet costs $80 million each.", True),
    ("en", "The sale is worth $70 million.", False),
    ("fr", "Le Maroc aurait acheté 13 drones au coût unitaire de 5 millions de dollars.", True),
    ("fr", "Le contrat vaut 70 millions de dollars.", False),
    ("es", "Para estos aviones se calcula un costo unitario de 38 millones de dólares.", True),
    ("de", "Der Stückpreis liegt bei 4 Millionen Euro.", True),
    ("nl", "De drones kosten 2 miljoen euro per stuk.", True),
    ("ar", "اشترت الجزائر 24 طائرة يبلغ سعر الواحدة منها 5 ملايين دولار.", True),
    ("ar", "بلغت قيمة الصفقة 500 مليون دولار.", False),
    # a sentence opening on one piece prices a piece, however far its amount stands
    ("es", "Argentina adquiere 207 vehículos. Cada Stryker tiene, según la prensa, un valor cercano a dos millones "
           "de dólares.", True),
    ("de", "Jedes der Fahrzeuge schlägt nach Angaben des Herstellers mit 3 Millionen Euro zu Buche.", True),
    ("en", "The deal is worth $2 billion, each side said.", False),
])
def test_a_price_per_piece_is_told_apart(language: str, text: str, expected: bool) -> None:
    (span,) = find_money(text, language)
    assert per_piece(text, language, span) is expected
    assert [s.value for s in find_values(text, language)["money"]] == ([] if expected else [span.value])
