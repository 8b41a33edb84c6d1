"""The knowledge base: countries, non-state actors, firms, systems and per-language resources.

The data lives in YAML files under ``armstrack/kb/data`` (see each file's header for its sources);
this module loads it into small frozen records and answers look-ups by any name, in any language.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from armstrack.errors import KnowledgeBaseError
from armstrack.kb.language import LanguageResources
from armstrack.kb.normalize import key
from armstrack.model import CATEGORIES

DATA_DIR = Path(__file__).with_name("data")
# libyaml's loader when PyYAML was built with it: the data files are large enough for it to matter
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
ACTOR_PREFIX = "org:"

__all__ = ["Country", "Firm", "KnowledgeBase", "LanguageResources", "Region", "System", "DATA_DIR"]


@dataclass(frozen=True)
class Country:
    """A state (alpha-3 code) or a non-state actor ("org:Polisario Front") and its names per language."""

    code: str
    alpha2: str = ""
    names: dict[str, tuple[str, ...]] = field(default_factory=dict)
    demonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    metonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    monarchy: bool = False  # a kingdom, emirate or sultanate: what "the kingdom" may refer to
    cased: frozenset[str] = frozenset()  # names that are common words unless capitalised ("la réunion")

    def forms(self) -> Iterable[tuple[str, str]]:
        """Every (form kind, phrase) by which a text may refer to this country."""
        for kind, table in (("name", self.names), ("demonym", self.demonyms), ("metonym", self.metonyms)):
            for phrases in table.values():
                for phrase in phrases:
                    yield kind, phrase


@dataclass(frozen=True)
class Firm:
    """A defence firm, its other names and its home country."""

    name: str
    aliases: tuple[str, ...] = ()
    country: str | None = None


@dataclass(frozen=True)
class System:
    """A weapon system with its FORMAT.md category, maker and country of origin."""

    name: str
    aliases: tuple[str, ...] = ()
    category: str = "other"
    manufacturer: str | None = None
    origin: str | None = None
    wikidata: str | None = None
    ambiguous: bool = False
    # everyday-word names ("Lynx", "Fuchs", "Hercules"): a name only beside a category noun or the maker,
    # or in a document that names the system otherwise
    bare: tuple[str, ...] = ()
    carrier: bool = False  # a transport aircraft: what it carries may be the item ("a C-17 with the missiles")


@dataclass(frozen=True)
class Place:
    """A defence-industry town, plant or base, and the country it lies in (where things are made)."""

    name: str
    aliases: tuple[str, ...] = ()
    country: str | None = None


@dataclass(frozen=True)
class Region:
    """A world region, sea or strait ("Latin America", "South China Sea"): a place that is no party to a deal."""

    name: str
    names: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def forms(self) -> Iterable[str]:
        """Every phrase by which a text may name the region, in any language."""
        for phrases in self.names.values():
            yield from phrases


class KnowledgeBase:
    """Countries, actors, firms, systems and language resources, with look-ups by any name."""

    def __init__(self, countries: dict[str, Country], actors: dict[str, Country], firms: list[Firm],
                 systems: list[System], languages: dict[str, LanguageResources],
                 places: list[Place] | None = None, regions: list[Region] | None = None) -> None:
        self.countries = countries
        self.places = places or []
        self.regions = regions or []
        self.actors = actors
        self.firms = firms
        self.systems = systems
        self.languages = languages
        self._country_index = _index((phrase, c.code) for c in self.states_and_actors() for _, phrase in c.forms())
        # an everyday-word name two systems share ("Jaguar") tells neither apart without its category noun
        shared = Counter(key(n) for s in systems for n in dict.fromkeys(key(b) for b in s.bare))
        self._system_index = _index((n, s) for s in systems
                                    for n in (s.name, *s.aliases, *(b for b in s.bare if shared[key(b)] == 1)))
        self._firm_index = _index((n, f) for f in firms for n in (f.name, *f.aliases))

    @classmethod
    def load(cls, data_dir: Path | None = None) -> KnowledgeBase:
        """The knowledge base in DATA_DIR; the packaged one is read once per process."""
        if data_dir is None:
            return _packaged()
        return cls.read(Path(data_dir))

    @classmethod
    def read(cls, data_dir: Path) -> KnowledgeBase:
        """Read the data files under DATA_DIR (missing ones count as empty; languages default to packaged)."""
        countries = _read_countries(data_dir)
        actors = {f"{ACTOR_PREFIX}{name}": _country(f"{ACTOR_PREFIX}{name}", entry, data_dir / "actors.yaml")
                  for name, entry in _mapping(data_dir / "actors.yaml").items()}
        firms = [_firm(entry, data_dir / "firms.yaml") for entry in _list(data_dir / "firms.yaml")]
        systems = [_system(entry, data_dir / "systems.yaml") for entry in _list(data_dir / "systems.yaml")]
        lang_files = sorted(data_dir.glob("lang/*/triggers.yaml")) or sorted(DATA_DIR.glob("lang/*/triggers.yaml"))
        languages = {p.parent.name: LanguageResources.load(p) for p in lang_files}
        places = [_place(entry, data_dir / "places.yaml") for entry in _list(data_dir / "places.yaml")]
        regions = [_region(str(name), entry, data_dir / "regions.yaml")
                   for name, entry in _mapping(data_dir / "regions.yaml").items()]
        return cls(countries, actors, firms, systems, languages, places, regions)

    def monarchies(self) -> frozenset[str]:
        """The codes of the kingdoms, emirates and sultanates ("the kingdom" refers to one of them)."""
        return frozenset(code for code, country in self.countries.items() if country.monarchy)

    def states_and_actors(self) -> Iterable[Country]:
        """Every country and then every non-state actor."""
        yield from self.countries.values()
        yield from self.actors.values()

    def country_code(self, name: str) -> str | None:
        """Alpha-3 code (or "org:..." id) for a name, demonym, metonym or code in any supported language."""
        text = name.strip()
        if text.upper() in self.countries:
            return text.upper()
        if text in self.actors:
            return text
        if len(text) == 2 and text.isalpha():
            for country in self.countries.values():
                if country.alpha2 == text.upper():
                    return country.code
        return self._country_index.get(key(text))

    def country_name(self, code: str, lang: str = "en") -> str:
        """The everyday name of CODE in LANG (English, then the code itself, when unknown)."""
        country = self.countries.get(code) or self.actors.get(code)
        if country is None:
            return code
        names = country.names.get(lang) or country.names.get("en") or ()
        if names:
            return names[0]
        return code.removeprefix(ACTOR_PREFIX)

    def system(self, name: str) -> System | None:
        """The system called NAME (canonical name or alias; case, spaces and punctuation ignored)."""
        return self._system_index.get(key(name))

    def firm(self, name: str) -> Firm | None:
        """The firm called NAME (canonical name or alias; case, spaces and punctuation ignored)."""
        return self._firm_index.get(key(name))

    def language(self, lang: str) -> LanguageResources:
        """The trigger, cue and category-noun resources of LANG (empty when unsupported)."""
        return self.languages.get(lang) or LanguageResources(lang)


@lru_cache(maxsize=1)
def _packaged() -> KnowledgeBase:
    return KnowledgeBase.read(DATA_DIR)


def _index(pairs: Iterable[tuple[str, Any]]) -> dict[str, Any]:
    index: dict[str, Any] = {}
    for name, value in pairs:
        index.setdefault(key(name), value)  # the first entry keeps an ambiguous name
    index.pop("", None)
    return index


def _load(path: Path) -> Any:
    if not path.exists():
        return None
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)  # noqa: S506 - a safe loader
    except (OSError, yaml.YAMLError) as err:
        raise KnowledgeBaseError(f"{path}: cannot read: {err}") from err


def _mapping(path: Path) -> dict[str, Any]:
    raw = _load(path) or {}
    if not isinstance(raw, dict):
        raise KnowledgeBaseError(f"{path}: expected a mapping keyed by id")
    return raw


def _list(path: Path) -> list[dict[str, Any]]:
    raw = _load(path) or []
    if not isinstance(raw, list) or not all(isinstance(entry, dict) for entry in raw):
        raise KnowledgeBaseError(f"{path}: expected a list of entries")
    return raw


def _per_language(value: Any, path: Path, where: str) -> dict[str, tuple[str, ...]]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise KnowledgeBaseError(f"{path}: {where}: expected a mapping of language to names")
    table: dict[str, tuple[str, ...]] = {}
    for lang, names in value.items():
        names = [names] if isinstance(names, str) else names or []
        table[str(lang)] = tuple(str(n) for n in names if str(n).strip())
    return table


def _merge(first: dict[str, tuple[str, ...]], second: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    merged = dict(first)
    for lang, names in second.items():
        merged[lang] = tuple(dict.fromkeys((*merged.get(lang, ()), *names)))
    return merged


def _country(code: str, entry: Any, path: Path) -> Country:
    if not isinstance(entry, dict):
        raise KnowledgeBaseError(f"{path}: {code}: expected a mapping")
    return Country(
        code=code,
        alpha2=str(entry.get("alpha2") or ""),
        names=_per_language(entry.get("names"), path, f"{code}.names"),
        demonyms=_per_language(entry.get("demonyms"), path, f"{code}.demonyms"),
        metonyms=_per_language(entry.get("metonyms"), path, f"{code}.metonyms"),
        monarchy=bool(entry.get("monarchy", False)),
        cased=frozenset(str(name) for name in entry.get("cased") or ()),
    )


def _region(name: str, entry: Any, path: Path) -> Region:
    if not isinstance(entry, dict):
        raise KnowledgeBaseError(f"{path}: {name}: expected a mapping")
    return Region(name, _per_language(entry.get("names"), path, f"{name}.names"))


def _read_countries(data_dir: Path) -> dict[str, Country]:
    generated_path, curated_path = data_dir / "countries.generated.yaml", data_dir / "countries.yaml"
    countries = {str(code): _country(str(code), entry, generated_path)
                 for code, entry in _mapping(generated_path).items()}
    for code, entry in _mapping(curated_path).items():
        extra = _country(str(code), entry, curated_path)
        base = countries.get(extra.code, Country(extra.code))
        countries[extra.code] = Country(
            code=extra.code,
            alpha2=base.alpha2 or extra.alpha2,
            names=_merge(base.names, extra.names),
            demonyms=_merge(base.demonyms, extra.demonyms),
            metonyms=_merge(base.metonyms, extra.metonyms),
            monarchy=base.monarchy or extra.monarchy,
            cased=base.cased | extra.cased,
        )
    return countries


def _names(entry: dict[str, Any], path: Path) -> tuple[str, tuple[str, ...]]:
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        raise KnowledgeBaseError(f"{path}: an entry has no name: {entry}")
    aliases = entry.get("aliases") or []
    if not isinstance(aliases, list):
        raise KnowledgeBaseError(f"{path}: {name}: aliases must be a list")
    return name.strip(), tuple(str(a).strip() for a in aliases if str(a).strip())


def _firm(entry: dict[str, Any], path: Path) -> Firm:
    name, aliases = _names(entry, path)
    return Firm(name, aliases, entry.get("country") or None)


def _place(entry: dict[str, Any], path: Path) -> Place:
    name, aliases = _names(entry, path)
    return Place(name, aliases, entry.get("country") or None)


def _system(entry: dict[str, Any], path: Path) -> System:
    name, aliases = _names(entry, path)
    bare = entry.get("bare") or []
    if not isinstance(bare, list):
        raise KnowledgeBaseError(f"{path}: {name}: bare must be a list")
    category = entry.get("category")
    if category not in CATEGORIES:
        raise KnowledgeBaseError(f"{path}: {name}: category {category!r} is not one of FORMAT.md's")
    return System(
        name=name,
        aliases=aliases,
        category=category,
        manufacturer=entry.get("manufacturer") or None,
        origin=entry.get("origin") or None,
        wikidata=entry.get("wikidata") or None,
        ambiguous=bool(entry.get("ambiguous", False)),
        bare=tuple(str(b).strip() for b in bare if str(b).strip()),
        carrier=bool(entry.get("carrier", False)),
    )
