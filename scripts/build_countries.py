"""Regenerate armstrack/kb/data/countries.generated.yaml from pycountry and babel's CLDR territory names.

Usage:
    python3 scripts/build_countries.py            # rewrite the file
    python3 scripts/build_countries.py --check    # exit 1 when the committed file is stale

CLDR supplies everyday names ("Zuid-Korea", "Russie"); pycountry supplies ISO names and their
translations, which are keyed on catalogue forms ("Korea, Republiek"), so inverted forms are dropped.
Neither has demonyms or metonyms: those are curated by hand in countries.yaml.
"""

from __future__ import annotations

import argparse
import gettext
import re
import sys
import unicodedata
from importlib.metadata import version
from pathlib import Path

import babel
import pycountry
import yaml
from babel import Locale
from babel.core import get_cldr_version
from pycountry.db import Country

LANGUAGES = ("en", "fr", "nl", "de", "es", "ar")
OUTPUT = Path(__file__).resolve().parent.parent / "armstrack" / "kb" / "data" / "countries.generated.yaml"

# Arabic news text is written without short vowels; pycountry's Arabic names carry them.
ARABIC_MARKS = re.compile("[\u064b-\u0652\u0670\u0640]")
# "Myanmar (Burma)", "Saint Martin (French part)": the bracket glosses the name that precedes it.
BRACKETED = re.compile(r"\s*\([^)]*\)\s*$")
# "Korea, Republic of" / "كوريا، جمهوريّة كوريا": catalogue order that never occurs in running text.
INVERTED = re.compile("[,،]")
# Letters that Arabic news sites write interchangeably (taa marbuta, alif maqsura); hamza seats fold via NFD.
ARABIC_VARIANTS = str.maketrans({"ة": "ه", "ى": "ي"})
# Upstream translations that name another country (pycountry's Arabic "Moldova" reads "Maldives").
UPSTREAM_ERRATA = {("MDA", "ar"): {"المالديف"}}


def clean_name(name: str) -> str | None:
    """Return the form of a name as it appears in running text, or None for catalogue-only forms."""
    name = BRACKETED.sub("", ARABIC_MARKS.sub("", name)).strip()
    if not name or INVERTED.search(name):
        return None
    return name


def spellings(name: str) -> list[str]:
    """Return the name plus its straight-apostrophe spelling when CLDR uses a typographic one."""
    straight = name.replace("\u2019", "'")
    return [name] if straight == name else [name, straight]


def iso_names(country: Country) -> list[str]:
    """Return pycountry's English names for a country, everyday form first."""
    fields = ("common_name", "name", "official_name")
    return [getattr(country, field) for field in fields if getattr(country, field, None)]


def translated_names(country: Country, lang: str) -> list[str]:
    """Return pycountry's names for a country translated into one language, skipping untranslated ones."""
    if lang == "en":
        return iso_names(country)
    catalogue = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
    names = []
    for name in iso_names(country):
        translated = catalogue.gettext(name)
        if translated != name:
            names.append(translated)
    return names


def name_key(name: str) -> str:
    """Fold a name the way look-ups do: no case, accents, Arabic letter variants, spaces or punctuation."""
    decomposed = unicodedata.normalize("NFD", name.casefold().translate(ARABIC_VARIANTS))
    return "".join(char for char in decomposed if char.isalnum())


class CountryNames:
    """The names of one country per language, and the keys of those its sources give without a gloss."""

    def __init__(self, country: Country, locales: dict[str, Locale]) -> None:
        self.by_language: dict[str, list[str]] = {}
        self.unglossed: set[str] = set()
        for lang, locale in locales.items():
            raw = [locale.territories.get(country.alpha_2, "")] + translated_names(country, lang)
            errata = UPSTREAM_ERRATA.get((country.alpha_3, lang), set())
            forms: list[str] = []
            for name in raw:
                cleaned = clean_name(name)
                if cleaned and cleaned not in errata:
                    forms.extend(form for form in spellings(cleaned) if form not in forms)
                    if cleaned == ARABIC_MARKS.sub("", name).strip():
                        self.unglossed.add(name_key(cleaned))
            self.by_language[lang] = forms


def drop_shared(countries: dict[str, CountryNames]) -> None:
    """Give a name two countries claim to the one that has it unglossed, or drop it: it identifies neither."""
    claims: dict[str, set[str]] = {}
    for code, names in countries.items():
        for forms in names.by_language.values():
            for name in forms:
                claims.setdefault(name_key(name), set()).add(code)
    for code, names in countries.items():
        for lang, forms in names.by_language.items():
            names.by_language[lang] = [name for name in forms if owner(claims[name_key(name)], name, countries) == code]


def owner(claimants: set[str], name: str, countries: dict[str, CountryNames]) -> str | None:
    """Return the single country a name identifies: its only claimant, or the only one not glossing it."""
    if len(claimants) == 1:
        return next(iter(claimants))
    exact = [code for code in claimants if name_key(name) in countries[code].unglossed]
    return exact[0] if len(exact) == 1 else None


def header() -> str:
    """Return the comment block naming the library versions that produced the file."""
    return (
        "# GENERATED by scripts/build_countries.py: do not edit; add names to countries.yaml instead.\n"
        f"# Sources: pycountry {version('pycountry')} (ISO 3166-1 and its iso-codes translations),\n"
        f"# babel {babel.__version__} (CLDR {get_cldr_version()} territory names).\n"
        "# Inverted catalogue forms and known upstream errata are dropped, bracketed glosses and Arabic\n"
        "# short vowels removed; a name two countries share goes to the one that has it unglossed, or to none.\n"
    )


def render() -> str:
    """Return the full text of countries.generated.yaml."""
    locales = {lang: Locale.parse(lang) for lang in LANGUAGES}
    names = {country.alpha_3: CountryNames(country, locales) for country in pycountry.countries}
    drop_shared(names)
    countries = {
        country.alpha_3: {"alpha2": country.alpha_2, "names": names[country.alpha_3].by_language}
        for country in pycountry.countries
    }
    body = yaml.safe_dump(countries, allow_unicode=True, sort_keys=True, width=1000, default_flow_style=None)
    return header() + body


def main(argv: list[str] | None = None) -> int:
    """Write the generated file, or with --check report whether the committed one is current."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when the file differs from a fresh build")
    parser.add_argument("--output", type=Path, default=OUTPUT, help="file to write or check")
    args = parser.parse_args(argv)
    expected = render()
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != expected:
            print(f"{args.output}: stale; run python3 scripts/build_countries.py", file=sys.stderr)
            return 1
        return 0
    args.output.write_text(expected, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
