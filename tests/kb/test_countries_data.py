"""Integrity of the country data: the generated file, the curated additions and their surface forms."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import unicodedata
from functools import cache
from pathlib import Path
from types import ModuleType

import pycountry
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "armstrack" / "kb" / "data"
SCRIPT = ROOT / "scripts" / "build_countries.py"
LANGUAGES = {"en", "fr", "nl", "de", "es", "ar"}
FIELDS = ("names", "demonyms", "metonyms")

# Countries most present in arms-trade news: each must carry demonyms in all six languages.
REQUIRED = [
    "USA", "RUS", "CHN", "FRA", "DEU", "GBR", "ITA", "ISR", "TUR", "KOR", "ESP", "NLD", "SWE", "UKR", "IND", "PAK",
    "IRN", "BRA", "ZAF", "AUS", "JPN", "CAN", "NOR", "POL", "CZE", "CHE", "BEL", "AUT", "FIN", "DNK", "GRC", "PRT",
    "ROU", "BGR", "SRB", "HRV", "SVK", "HUN", "BLR", "BIH", "MAR", "DZA", "TUN", "LBY", "EGY", "SDN", "SAU", "ARE",
    "QAT", "KWT", "BHR", "OMN", "YEM", "IRQ", "SYR", "JOR", "LBN", "PSE", "MRT", "AZE", "ARM", "GEO", "KAZ", "UZB",
    "TKM", "KGZ", "TJK", "AFG", "BGD", "LKA", "MMR", "THA", "VNM", "IDN", "MYS", "PHL", "SGP", "TWN", "PRK", "NGA",
    "ETH", "KEN", "SOM", "MLI", "NER", "BFA", "TCD", "SEN", "CIV", "GHA", "CMR", "AGO", "MOZ", "TZA", "UGA", "RWA",
    "COD", "ARG", "CHL", "COL", "PER", "VEN", "MEX", "ECU", "NZL", "LTU", "LVA", "EST", "SVN", "MKD", "ALB", "MNE",
    "CYP", "MLT", "IRL", "LUX", "ISL", "MDA",
]
# Arabic "مالي" is both Mali and "financial", so Mali has no Arabic demonym (see its source note);
# English uses "New Zealand" itself as the adjective, already listed as a name.
MISSING_DEMONYMS = {("MLI", "ar"), ("NZL", "en")}
# Folded surface forms that two countries may both claim, with the reason. None so far.
SHARED_FORMS: dict[str, str] = {}
# Letters Arabic news sites write interchangeably; look-ups fold them (hamza seats fold via NFD).
ARABIC_VARIANTS = str.maketrans({"ة": "ه", "ى": "ي"})


@cache
def load(name: str) -> dict:
    """Read one data file."""
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))


@cache
def surface_forms() -> dict[str, dict[str, set[str]]]:
    """Map language -> casefolded surface form -> the country codes that claim it (cased forms, matched only
    as written, left out)."""
    claims: dict[str, dict[str, set[str]]] = {lang: {} for lang in LANGUAGES}
    for code, entry in load("countries.generated.yaml").items():
        for lang, names in entry["names"].items():
            for name in names:
                claims[lang].setdefault(name.casefold(), set()).add(code)
    for code, entry in load("countries.yaml").items():
        cased = set(entry.get("cased") or ())
        for field in FIELDS:
            for lang, forms in entry[field].items():
                for form in set(forms) - cased:
                    claims[lang].setdefault(form.casefold(), set()).add(code)
    return claims


def name_key(form: str) -> str:
    """Fold a form as look-ups do: no case, accents, Arabic letter variants, spaces or punctuation."""
    decomposed = unicodedata.normalize("NFD", form.casefold().translate(ARABIC_VARIANTS))
    return "".join(char for char in decomposed if char.isalnum())


def build_script() -> ModuleType:
    """Import scripts/build_countries.py, which is not part of the package."""
    spec = importlib.util.spec_from_file_location("build_countries", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_generated_file_matches_build_script() -> None:
    result = subprocess.run([sys.executable, str(SCRIPT), "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_check_mode_fails_on_stale_file(tmp_path: Path) -> None:
    stale = tmp_path / "countries.generated.yaml"
    stale.write_text("MAR: {alpha2: MA, names: {}}\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--check", "--output", str(stale)], capture_output=True, text=True
    )
    assert result.returncode == 1
    assert str(stale) in result.stderr


def test_build_writes_the_file_check_accepts(tmp_path: Path) -> None:
    target = tmp_path / "countries.generated.yaml"
    assert build_script().main(["--output", str(target)]) == 0
    assert build_script().main(["--check", "--output", str(target)]) == 0


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Korea, Republic of", None),
        ("Korea, Republiek", None),
        ("كوريا، جمهوريّة كوريا", None),
        ("Myanmar (Burma)", "Myanmar"),
        ("الاتّحاد الرّوسي", "الاتحاد الروسي"),
        ("Zuid-Korea", "Zuid-Korea"),
    ],
)
def test_clean_name_keeps_running_text_forms(raw: str, expected: str | None) -> None:
    assert build_script().clean_name(raw) == expected


@pytest.mark.parametrize(
    ("language", "name", "owner", "other"),
    [
        # pycountry glosses "Saint Martin (French part)" and "Sint Maarten (Dutch part)"; CLDR does not.
        ("fr", "Saint-Martin", "MAF", "SXM"),
        ("en", "Sint Maarten", "SXM", "MAF"),
    ],
)
def test_shared_name_goes_to_country_without_gloss(language: str, name: str, owner: str, other: str) -> None:
    generated = load("countries.generated.yaml")
    assert name in generated[owner]["names"][language]
    assert name not in generated[other]["names"][language]


def test_generated_covers_every_iso_country() -> None:
    generated = load("countries.generated.yaml")
    assert {code: entry["alpha2"] for code, entry in generated.items()} == {
        country.alpha_3: country.alpha_2 for country in pycountry.countries
    }


def test_generated_has_everyday_cldr_names() -> None:
    generated = load("countries.generated.yaml")
    assert "Zuid-Korea" in generated["KOR"]["names"]["nl"]
    assert "Russie" in generated["RUS"]["names"]["fr"]
    assert "Myanmar" in generated["MMR"]["names"]["en"]  # CLDR's "Myanmar (Burma)" without the gloss
    assert not any("," in name for entry in generated.values() for names in entry["names"].values() for name in names)


def test_curated_keys_are_iso_alpha3_codes() -> None:
    codes = {country.alpha_3 for country in pycountry.countries}
    assert set(load("countries.yaml")) <= codes


def test_every_language_key_is_supported() -> None:
    for entry in load("countries.generated.yaml").values():
        assert set(entry["names"]) == LANGUAGES
    for code, entry in load("countries.yaml").items():
        for field in FIELDS:
            assert set(entry[field]) == LANGUAGES, (code, field)


def test_every_curated_entry_has_a_source_note() -> None:
    for code, entry in load("countries.yaml").items():
        assert isinstance(entry.get("source"), str) and entry["source"].strip(), code


def test_no_empty_or_padded_forms() -> None:
    for forms in surface_forms().values():
        for form in forms:
            assert form and form == form.strip(), repr(form)


@pytest.mark.parametrize("code", REQUIRED)
def test_news_countries_have_demonyms_in_every_language(code: str) -> None:
    entry = load("countries.yaml")[code]
    missing = {lang for lang in LANGUAGES if not entry["demonyms"][lang]}
    assert missing == {lang for country, lang in MISSING_DEMONYMS if country == code}


def test_no_surface_form_claimed_by_two_countries() -> None:
    # Look-ups ignore language, case, accents and punctuation, so forms must differ under that folding.
    claims: dict[str, set[str]] = {}
    for forms in surface_forms().values():
        for form, codes in forms.items():
            claims.setdefault(name_key(form), set()).update(codes)
    shared = {form: codes for form, codes in claims.items() if len(codes) > 1}
    assert set(shared) <= set(SHARED_FORMS), shared


@pytest.mark.parametrize(
    ("language", "form", "expected"),
    [
        ("en", "Turkey", "TUR"),
        ("en", "the UAE", "ARE"),
        ("en", "Pentagon", "USA"),
        ("en", "Kremlin", "RUS"),
        ("en", "Azerbaijani", "AZE"),
        ("en", "Nigerien", "NER"),
        ("en", "Nigerian", "NGA"),
        ("fr", "Russie", "RUS"),
        ("fr", "marocaines", "MAR"),
        ("fr", "les Émirats", "ARE"),
        ("fr", "turques", "TUR"),
        ("fr", "Pékin", "CHN"),
        ("nl", "Zuid-Korea", "KOR"),
        ("nl", "Turkije", "TUR"),
        ("nl", "de VS", "USA"),
        ("nl", "Marokkaanse", "MAR"),
        ("nl", "Chinese", "CHN"),
        ("de", "marokkanischen", "MAR"),
        ("de", "Kreml", "RUS"),
        ("de", "israelischer", "ISR"),
        ("es", "marroquíes", "MAR"),
        ("es", "alemanes", "DEU"),
        ("es", "Pekín", "CHN"),
        ("es", "EE.UU.", "USA"),
        ("ar", "المغربية", "MAR"),
        ("ar", "مغربي", "MAR"),
        ("ar", "الإمارات", "ARE"),
        ("ar", "واشنطن", "USA"),
        ("ar", "الكوري الجنوبي", "KOR"),
        ("ar", "الاتحاد الروسي", "RUS"),
    ],
)
def test_surface_form_resolves_to_country(language: str, form: str, expected: str) -> None:
    assert surface_forms()[language].get(form.casefold()) == {expected}


@pytest.mark.parametrize(
    ("language", "word"),
    [
        ("en", "us"),
        ("es", "usa"),
        ("en", "vs"),
        ("fr", "eau"),
        ("en", "lets"),
        ("en", "pools"),
        ("en", "fins"),
        ("ar", "كيف"),
        ("ar", "سيول"),
        ("ar", "مسقط"),
        ("ar", "كابل"),
        ("ar", "المالي"),
        ("es", "lima"),
    ],
)
def test_common_words_are_not_country_forms(language: str, word: str) -> None:
    assert word not in surface_forms()[language]


@pytest.mark.parametrize(
    ("language", "form", "expected"),
    [
        ("ar", "عمان", "OMN"),  # Oman, never Jordan's capital Amman
        ("ar", "مالي", "MLI"),  # the country's name; its "financial" reading keeps it out of the demonyms
        ("ar", "تونس", "TUN"),
    ],
)
def test_homographs_keep_only_their_country_reading(language: str, form: str, expected: str) -> None:
    assert surface_forms()[language][form] == {expected}


@cache
def _packaged_gazetteer():  # noqa: ANN202 - the scan over the packaged knowledge base
    from armstrack.extract.scan import Gazetteer
    from armstrack.kb import KnowledgeBase
    return Gazetteer(KnowledgeBase.load())


@pytest.mark.parametrize(("language", "text", "expected"), [
    # a bare "Korean" is the South in defence news; the North's longer form still wins
    ("nl", "met Koreaanse technologie", "KOR"),
    ("de", "koreanische Haubitzen", "KOR"),
    ("fr", "des chars coréens", "KOR"),
    ("es", "obuses coreanos", "KOR"),
    ("en", "the Korean howitzers", "KOR"),
    ("nl", "Noord-Koreaanse raketten", "PRK"),
    ("es", "misiles norcoreanos", "PRK"),
])
def test_everyday_short_demonyms_name_their_country(language: str, text: str, expected: str) -> None:
    codes = [m.value for m in _packaged_gazetteer().scan(text) if m.kind == "country"]
    assert codes == [expected]


def test_monarchies_are_flagged() -> None:
    from armstrack.kb import KnowledgeBase
    monarchies = KnowledgeBase.load().monarchies()
    assert {"MAR", "SAU", "JOR", "GBR", "ESP", "NLD", "BEL", "NOR", "SWE", "DNK", "THA"} <= monarchies
    assert not {"DZA", "EGY", "FRA", "TUR", "USA", "DEU"} & monarchies


def test_cased_names_are_names_of_their_country() -> None:
    from armstrack.kb import KnowledgeBase

    kb = KnowledgeBase.load()
    for country in kb.states_and_actors():
        forms = {phrase for _, phrase in country.forms()}
        assert country.cased <= forms, (country.code, sorted(country.cased - forms))


def _country_codes(text: str) -> list[str]:
    """The country read at each place in TEXT (a name that is also a capital reads once)."""
    spans = {(m.start, m.value): None for m in _packaged_gazetteer().scan(text) if m.kind == "country"}
    return [code for _, code in spans]


@pytest.mark.parametrize(("language", "text", "expected"), [
    # a region's longer name keeps the country word inside it from reading a state
    ("en", "Brazil leads the arms market of Latin America", ["BRA"]),
    ("en", "exports to Latin American navies", []),
    ("fr", "les marines latino-américaines et la France", ["FRA"]),
    ("nl", "de grootste order uit Latijns-Amerika", []),
    ("nl", "Zuid-Amerika koopt minder dan Noord-Amerika", []),
    ("es", "Chile vende fragatas a América Latina y América del Sur", ["CHL"]),
    ("ar", "صفقة مع دول أمريكا اللاتينية", []),
    ("en", "patrols in the South China Sea and the Indian Ocean", []),
    ("fr", "les patrouilleurs du golfe de Guinée", []),
    ("de", "Manöver im Südchinesischen Meer und im Indischen Ozean", []),
    ("es", "buques para el golfo de México", []),
    ("ar", "دوريات في بحر الصين الجنوبي والمحيط الهندي", []),
    ("en", "tensions on the Korean Peninsula", []),
    ("fr", "Le Maroc et l'Afrique du Nord", ["MAR"]),
    ("ar", "دول المغرب العربي", []),
    # the country itself, beside or without a region, still reads
    ("en", "Mexico buys helicopters from America", ["MEX", "USA"]),
    ("nl", "Amerika levert aan Guinee", ["USA", "GIN"]),
])
def test_region_names_read_no_country(language: str, text: str, expected: list[str]) -> None:
    assert _country_codes(text) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # armed forces and procurement agencies whose name alone identifies the state
    ("de", "Das Bundesheer bestellt neue Hubschrauber", ["AUT"]),
    ("de", "die Flotte des Bundesheeres", ["AUT"]),
    ("de", "Die Bundeswehr erhält Panzer", ["DEU"]),
    ("de", "Das BAAINBw hat den Vertrag unterzeichnet", ["DEU"]),
    ("fr", "Tsahal commande des obus", ["ISR"]),
    ("en", "the IDF ordered new shells", ["ISR"]),
    ("fr", "armasuisse a signé le contrat", ["CHE"]),
    ("fr", "la DGA a commandé des Rafale pour la Marine nationale", ["FRA", "FRA"]),
    ("nl", "de Koninklijke Luchtmacht draagt toestellen over", ["NLD"]),
    ("nl", "de Landcomponent krijgt nieuwe voertuigen", ["BEL"]),
    ("nl", "het ministerie van Landsverdediging koopt pantservoertuigen", ["BEL"]),
    ("fr", "les Forces armées royales acquièrent des drones", ["MAR"]),
    ("ar", "اقتناء مروحيات لصالح القوات المسلحة الملكية", ["MAR"]),
    ("en", "DAPA signed the contract", ["KOR"]),
    ("en", "the DSCA notified Congress", ["USA"]),
    ("en", "the RAF and the Royal Navy", ["GBR", "GBR"]),
    ("es", "la Aeronautica Militare recibe aviones", ["ITA"]),
    # acronyms match only as written, and the Dutch ministry's generic name stays no country
    ("en", "a far smaller order", []),
    ("en", "the dga of the project", []),
    ("fr", "la marine nationale indienne", ["IND"]),
    # names that are lower-case words match only capitalised
    ("en", "a 40mm grenade launcher", []),
    ("fr", "un lance-grenade et la Grenade", ["GRD"]),
    ("en", "an island near Palawan", []),
    ("de", "Island bestellt Patrouillenboote", ["ISL"]),
    ("nl", "de minister van Defensie van Polen", ["POL"]),
])
def test_forces_and_agencies_name_their_country(language: str, text: str, expected: list[str]) -> None:
    assert _country_codes(text) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # the regular plural and the feminine dual of an Arabic nisba adjective name its country
    ("ar", "بإشراف وخبرة إسرائيليتين", ["ISR"]),
    ("ar", "قال المسؤولين الأمريكيين", ["USA"]),
    ("ar", "الخبراء الجزائريون", ["DZA"]),
    ("ar", "خبيرات فرنسيات", ["FRA"]),
])
def test_arabic_plural_and_dual_demonyms_name_their_country(language: str, text: str, expected: list[str]) -> None:
    assert _country_codes(text) == expected
