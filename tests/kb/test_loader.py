"""The knowledge-base loader answers look-ups by any name, in any language, and names bad files."""

from __future__ import annotations

from pathlib import Path

import pytest

from armstrack.errors import KnowledgeBaseError
from armstrack.kb import DATA_DIR, KnowledgeBase
from armstrack.kb.language import LanguageResources

KB_DIR = Path(__file__).parents[1] / "resources" / "kb"
LANGUAGES = ("en", "fr", "nl", "de", "es", "ar")


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load(KB_DIR)


@pytest.mark.parametrize(("name", "code"), [
    ("Morocco", "MAR"), ("Marokko", "MAR"), ("Maroc", "MAR"), ("المغرب", "MAR"), ("marokkaanse", "MAR"),
    ("Rabat", "MAR"), ("MA", "MAR"), ("mar", "MAR"), ("Turkey", "TUR"), ("Türkei", "TUR"), ("turque", "TUR"),
    ("Israël", "ISR"), ("Tel Aviv", "ISR"), ("Polisario", "org:Polisario Front"),
    ("org:Polisario Front", "org:Polisario Front"), ("Atlantis", None),
])
def test_country_code_reads_names_demonyms_metonyms_and_codes(kb: KnowledgeBase, name: str, code: str | None) -> None:
    assert kb.country_code(name) == code


def test_country_name_prefers_the_asked_language(kb: KnowledgeBase) -> None:
    assert kb.country_name("MAR", "nl") == "Marokko"
    assert kb.country_name("MAR", "xx") == "Morocco"
    assert kb.country_name("org:Polisario Front") == "Polisario Front"
    assert kb.country_name("ZZZ") == "ZZZ"


@pytest.mark.parametrize("name", ["Bayraktar TB2", "TB-2", "tb 2", "bayraktar tb-2"])
def test_system_ignores_case_spaces_and_punctuation(kb: KnowledgeBase, name: str) -> None:
    system = kb.system(name)
    assert system is not None and system.name == "Bayraktar TB2"
    assert (system.category, system.origin, system.manufacturer) == ("uav", "TUR", "Baykar")


def test_firm_by_alias(kb: KnowledgeBase) -> None:
    firm = kb.firm("IAI")
    assert firm is not None and (firm.name, firm.country) == ("Israel Aerospace Industries", "ISR")
    assert kb.firm("Acme Widgets") is None


def test_curated_names_extend_generated_ones(kb: KnowledgeBase) -> None:
    turkey = kb.countries["TUR"]
    assert "Türkiye" in turkey.names["en"] and "Turkey" in turkey.names["en"]
    assert "Ankara" in turkey.metonyms["en"]


def test_packaged_languages_share_one_set_of_keys() -> None:
    languages = {lang: LanguageResources.load(DATA_DIR / "lang" / lang / "triggers.yaml") for lang in LANGUAGES}
    own = ("clitic", "designation_stop", "spelled")  # groups only some languages need
    english = {path for path in languages["en"].entries if not path.startswith(own)}
    for lang, resources in languages.items():
        missing = english - set(resources.entries)
        assert not missing, f"{lang} lacks {sorted(missing)}"


def test_language_resources_by_path(kb: KnowledgeBase) -> None:
    dutch = kb.language("nl")
    assert "zelfmoorddrones" in dutch.get("category.loitering_munition")
    assert "acquire.ordered" in dutch.under("transfer")
    assert kb.language("xx").entries == {}


def test_malformed_system_names_file_and_entry(tmp_path: Path) -> None:
    (tmp_path / "systems.yaml").write_text("- {name: Widget, category: spaceship}\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"systems.yaml: Widget: category 'spaceship'"):
        KnowledgeBase.load(tmp_path)


def test_everyday_word_names_are_read_and_looked_up(kb: KnowledgeBase) -> None:
    system = kb.system("Lynx")
    assert system is not None and (system.name, system.bare) == ("Lynx KF41", ("Lynx",))


def test_a_shared_everyday_word_name_looks_up_nothing(kb: KnowledgeBase) -> None:
    assert kb.system("Jaguar") is None  # the EBRC vehicle or the SEPECAT aircraft: only a noun beside it tells
    assert kb.system("Jaguar EBRC") is not None


def test_everyday_word_names_must_be_a_list(tmp_path: Path) -> None:
    (tmp_path / "systems.yaml").write_text("- {name: Lynx KF41, bare: Lynx, category: armoured_vehicle}\n",
                                           encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"systems.yaml: Lynx KF41: bare must be a list"):
        KnowledgeBase.load(tmp_path)


def test_regions_are_read_with_their_names_per_language(tmp_path: Path) -> None:
    (tmp_path / "regions.yaml").write_text(
        "Latin America:\n  source: test\n  names: {en: [Latin America], es: America Latina}\n", encoding="utf-8")
    regions = KnowledgeBase.load(tmp_path).regions
    assert [(r.name, sorted(r.forms())) for r in regions] == [("Latin America", ["America Latina", "Latin America"])]


def test_region_names_must_be_a_mapping_of_languages(tmp_path: Path) -> None:
    (tmp_path / "regions.yaml").write_text("Sahel:\n  names: [Sahel]\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"regions.yaml: Sahel.names"):
        KnowledgeBase.load(tmp_path)


def test_unknown_language_group_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "lang" / "xx" / "triggers.yaml"
    path.parent.mkdir(parents=True)
    path.write_text("language: xx\ntrigers:\n  buy: [kaufen]\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match="unknown groups trigers"):
        LanguageResources.load(path)


def test_phrase_lists_must_hold_strings(tmp_path: Path) -> None:
    path = tmp_path / "triggers.yaml"
    path.write_text("cue:\n  negation: [no, nunca]\n", encoding="utf-8")  # YAML reads a bare no as false
    with pytest.raises(KnowledgeBaseError, match="cue.negation"):
        LanguageResources.load(path)


def test_missing_files_load_as_empty(tmp_path: Path) -> None:
    kb = KnowledgeBase.load(tmp_path)
    assert kb.countries == {} and kb.systems == [] and kb.regions == [] and kb.country_code("Morocco") is None
    assert set(LANGUAGES) <= set(kb.languages)  # languages fall back to the packaged ones


def test_packaged_knowledge_base_is_loaded_once() -> None:
    assert KnowledgeBase.load() is KnowledgeBase.load()
