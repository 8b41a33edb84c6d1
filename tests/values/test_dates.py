"""Dates per language, at the precision the text gives, anchored on the publication date."""

from __future__ import annotations

import pytest

from armstrack.values import find_dates, parse_date

FOUND = [
    # (language, text, published, expected)
    ("en", "The pact was signed on October 30, 2024 in Rabat.", None, ["2024-10-30"]),
    ("en", "On January 10, 2025, the president approved it.", None, ["2025-01-10"]),
    ("en", "It was approved on 10th of January 2025.", None, ["2025-01-10"]),
    ("en", "Kyiv ordered the drones in 2019.", None, ["2019"]),
    ("en", "The first flight took place in February 2024.", None, ["2024-02"]),
    ("en", "In April, the kingdom signed a deal.", "2021-10-01", ["2021-04"]),
    ("en", "The first batch was delivered in September.", "2021-10-02", ["2021-09"]),
    ("en", "Deliveries began in November.", "2021-10-02", ["2020-11"]),
    ("en", "The drones arrived in October.", "2021-10", ["2021-10"]),
    ("en", "The drones arrived in October.", "2021", ["2021-10"]),
    ("en", "Last year the army tested the system.", "2021-10", ["2020"]),
    ("en", "The ministry said yesterday that talks went on.", "2021-10-02", ["2021-10-01"]),
    ("en", "The order was placed last month.", "2021-01-15", ["2020-12"]),
    ("en", "Deliveries should end in early 2020.", None, ["2020"]),
    ("en", "The contract was signed in mid-2019.", None, ["2019"]),
    ("en", "It was agreed at the end of October 2024 at the show.", None, ["2024-10"]),
    ("en", "Work starts late 2025.", None, ["2025"]),
    ("en", "The form is dated 10/01/2025.", None, ["2025-10-01"]),
    ("en", "The record dates from 2021-12-18.", None, ["2021-12-18"]),
    ("en", "Published 02 October, 2021 by the desk.", None, ["2021-10-02"]),
    ("en", "The ministry confirmed it on April 13.", "2021-10-01", ["2021-04-13"]),
    ("en", "The letter is dated Jan. 10, 2025.", None, ["2025-01-10"]),
    ("en", "Talks began earlier this year.", "2021-10-01", ["2021"]),
    # a week of the publication gives its month, never a day
    ("en", "The ministry signed the contract this week.", "2023-01-26", ["2023-01"]),
    ("es", "Ambos gobiernos firmaron el contrato esta semana en Riad.", "2018-07-13", ["2018-07"]),
    ("nl", "Het contract werd deze week getekend.", "2023-11-10", ["2023-11"]),
    ("de", "Der Vertrag wurde in dieser Woche unterzeichnet.", "2023-11-10", ["2023-11"]),
    ("fr", "Le contrat a été signé cette semaine.", "2023-11-10", ["2023-11"]),
    ("ar", "وقعت الوزارة العقد هذا الأسبوع.", "2023-11-10", ["2023-11"]),
    ("en", "The ministry signed the contract on Tuesday.", "2024-10-17", ["2024-10-15"]),
    ("en", "The first batch arrived on Friday.", "2024-10-18", ["2024-10-18"]),
    ("fr", "Le pays a signé mardi à Paris.", "2024-06-20", ["2024-06-18"]),
    ("de", "Am Donnerstag unterzeichneten die Minister.", "2023-10-02", ["2023-09-28"]),
    ("nl", "Het land tekende maandag het contract.", "2021-01-27", ["2021-01-25"]),
    ("es", "El Gobierno firmó este martes la compra.", "2024-04-18", ["2024-04-16"]),
    # "this" names the day of the publication's week, coming as well as past
    ("es", "Los aviones serán presentados este sábado en Córdoba.", "2025-12-05", ["2025-12-06"]),
    ("en", "The jets will be shown to the public this Saturday.", "2025-12-05", ["2025-12-06"]),
    ("en", "The jets were shown to the public on Saturday.", "2025-12-05", ["2025-11-29"]),
    ("fr", "L'Inde a signé ce lundi un contrat.", "2025-04-30", ["2025-04-28"]),
    ("nl", "Naar verwachting wordt het dit dinsdag bekendgemaakt.", "2020-01-13", ["2020-01-14"]),
    ("de", "Die Minister unterzeichnen an diesem Freitag.", "2023-10-02", ["2023-10-06"]),
    ("ar", "وقع الجانبان الخميس الماضي الاتفاق.", "2017-12-11", ["2017-12-07"]),
    ("fr", "L'accord a été signé le 10 janvier 2025.", None, ["2025-01-10"]),
    ("fr", "Le contrat date du 1er mars 2021.", None, ["2021-03-01"]),
    ("fr", "Les livraisons ont eu lieu fin 2019.", None, ["2019"]),
    ("fr", "La production démarre mi-2019.", None, ["2019"]),
    ("fr", "Le ministre viendra début octobre.", "2021-10-01", ["2021-10"]),
    ("fr", "En avril, le royaume a signé.", "2021-10-01", ["2021-04"]),
    ("fr", "L'an dernier, Rabat a commandé des drones.", "2021-10-01", ["2020"]),
    ("fr", "Le document est daté du 10/01/2025.", None, ["2025-01-10"]),
    ("nl", "Beide landen tekenden op 24 november.", "2021-12-18", ["2021-11-24"]),
    ("nl", "De levering volgde eind 2019.", None, ["2019"]),
    ("nl", "Het akkoord is van 18 december 2021.", None, ["2021-12-18"]),
    ("nl", "Vorig jaar kocht Marokko drones.", "2021-12-18", ["2020"]),
    ("nl", "De productie begint medio 2022.", None, ["2022"]),
    ("de", "Das Abkommen wurde am 10. Januar 2025 gebilligt.", None, ["2025-01-10"]),
    ("de", "Die Lieferung folgte Ende 2019.", None, ["2019"]),
    ("de", "Die Produktion beginnt Anfang 2020.", None, ["2020"]),
    ("de", "Der Minister kommt Mitte Oktober.", "2021-10-01", ["2021-10"]),
    ("de", "Im Jahr 2019 bestellte Kiew Drohnen.", None, ["2019"]),
    ("de", "Letztes Jahr kaufte Marokko Drohnen.", "2021-10-01", ["2020"]),
    ("de", "Das Dokument trägt das Datum 10.01.2025.", None, ["2025-01-10"]),
    ("es", "El acuerdo se firmó el 10 de enero de 2025.", None, ["2025-01-10"]),
    ("es", "La entrega fue en febrero de 2024.", None, ["2024-02"]),
    ("es", "Las entregas terminaron a finales de 2019.", None, ["2019"]),
    ("es", "La producción arranca a principios de 2020.", None, ["2020"]),
    ("es", "El contrato se firmó a mediados de 2019.", None, ["2019"]),
    ("es", "El año pasado Marruecos compró drones.", "2021-10-01", ["2020"]),
    ("ar", "وقع الاتفاق في 10 يناير 2025.", None, ["2025-01-10"]),
    ("ar", "وقع الاتفاق في 10 كانون الثاني 2025.", None, ["2025-01-10"]),
    ("ar", "وصلت الطائرات في ١٠ يناير ٢٠٢٥.", None, ["2025-01-10"]),
    ("ar", "تسلم المغرب الدفعة الأولى في أواخر 2019.", None, ["2019"]),
    ("ar", "بدأ الإنتاج في منتصف عام 2019.", None, ["2019"]),
    ("ar", "تسلم الجيش الطائرات في أوائل 2020.", None, ["2020"]),
    ("ar", "وقع المغرب الصفقة في أبريل.", "2021-10-01", ["2021-04"]),
    ("ar", "اشترى المغرب الطائرات العام الماضي.", "2021-10-01", ["2020"]),
    ("ar", "وقعت الاتفاقية في تشرين الأول 2024.", None, ["2024-10"]),
]

NO_DATES = [
    ("en", "Morocco ordered 13 drones."),
    ("en", "The missile has a range of 2,700km."),
    ("en", "The meeting opened at 21:40."),
    ("en", "Drones first flew in the 1980s."),
    ("en", "The deal may be signed soon."),
    ("en", "The army has 2000 soldiers there."),
    ("en", "The Su-35 and the F-16 compete."),
    ("es", "Los buques operan en mar abierto."),
    ("fr", "Le Maroc a reçu 13 drones."),
    ("nl", "Marokko kocht 13 drones."),
    ("de", "Marokko kaufte 13 Drohnen."),
    ("ar", "اشترى المغرب 13 طائرة."),
]

NO_YEAR_WITHOUT_PUBLICATION = [
    ("en", "In April, the kingdom signed a deal."),
    ("en", "Last year the army tested the system."),
    ("nl", "Beide landen tekenden op 24 november."),
    ("fr", "En avril, le royaume a signé."),
]


@pytest.mark.parametrize(("language", "text", "published", "expected"), FOUND)
def test_finds_dates_at_the_precision_the_text_gives(language: str, text: str, published: str | None,
                                                     expected: list[str]) -> None:
    assert [span.value for span in find_dates(text, language, published)] == expected


@pytest.mark.parametrize(("language", "text"), NO_DATES)
def test_finds_no_date_in_numbers_times_decades_or_verbs(language: str, text: str) -> None:
    assert find_dates(text, language, "2021-10-01") == []


@pytest.mark.parametrize(("language", "text"), NO_YEAR_WITHOUT_PUBLICATION)
def test_never_guesses_a_year_without_a_publication_date(language: str, text: str) -> None:
    assert find_dates(text, language, None) == []


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "It was agreed at the end of October 2024 at the show.", "the end of October 2024"),
    ("nl", "Beide landen tekenden op 24 november.", "24 november"),
    ("ar", "وقع الاتفاق في 10 كانون الثاني 2025.", "10 كانون الثاني 2025"),
    ("de", "Das Abkommen wurde am 10. Januar 2025 gebilligt.", "10. Januar 2025"),
])
def test_offsets_cover_the_date_expression(language: str, text: str, expected: str) -> None:
    span = find_dates(text, language, "2021-12-18")[0]
    assert text[span.start:span.end] == expected


def test_publication_date_may_be_a_timestamp_or_unreadable() -> None:
    assert parse_date("in April", "en", "2021-10-01T08:00:00Z") == "2021-04"
    assert parse_date("in April", "en", "soon") is None


@pytest.mark.parametrize(("language", "text", "published", "expected"), [
    ("en", "yesterday", "2021-03-01", "2021-02-28"),
    # an issue dated by its month only: a day or weekday before it falls in that month, at the month's precision
    ("en", "yesterday", "2021-10", "2021-10"),
    ("en", "on Tuesday", "2021-10", "2021-10"),
    ("fr", "le contrat signé hier", "2019-11", "2019-11"),
    ("es", "firmado el lunes", "2023-07", "2023-07"),
    ("de", "am Dienstag unterzeichnet", "2024-06", "2024-06"),
    ("en", "yesterday", "2021", None),
])
def test_a_relative_day_takes_the_publication_date_at_its_precision(language: str, text: str, published: str,
                                                                    expected: str | None) -> None:
    assert parse_date(text, language, published) == expected
