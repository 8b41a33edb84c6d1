"""One options object, read from settings.toml, flows through every stage."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from armstrack.errors import ConfigError

DEFAULTS = Path(__file__).with_name("settings.toml")


@dataclass(frozen=True)
class Options:
    """Every tunable of armstrack; defaults and the reasons for them live in settings.toml."""

    max_document_bytes: int = 20_000_000
    fetch_timeout: float = 15.0
    fetch_max_bytes: int = 10_000_000
    user_agent: str = "armstrack"
    allow_private_addresses: bool = False
    min_text_chars: int = 20
    fetch_max_redirects: int = 5
    fetch_feed_links: bool = False
    legacy_encodings: tuple[str, ...] = ("cp1252", "iso8859_15", "cp1256", "iso8859_6")
    supported: tuple[str, ...] = ("en", "fr", "nl", "de", "es", "ar")
    language_min_confidence: float = 0.6
    language_sample_chars: int = 2000
    url: str = ""
    deal_window_months: int = 12
    copy_threshold: float = 0.8
    copy_shingle_words: int = 5
    copy_permutations: int = 64
    system_similarity: float = 90.0
    max_request_bytes: int = 25_000_000
    extra: dict[str, Any] = field(default_factory=dict)

    def replace(self, **changes: Any) -> Options:
        """A copy with some options changed."""
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        values.update(changes)
        return Options(**values)


def _flatten(table: dict[str, Any]) -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in table.items():
        if isinstance(value, dict):
            flat.update(_flatten(value))
        else:
            flat[key] = value
    return flat


def load_options(path: str | Path | None = None, **overrides: Any) -> Options:
    """Defaults from settings.toml, then PATH, then ARMSTRACK_* variables, then keyword overrides."""
    values = _flatten(tomllib.loads(DEFAULTS.read_text(encoding="utf-8")))
    if path is not None:
        try:
            values.update(_flatten(tomllib.loads(Path(path).read_text(encoding="utf-8"))))
        except (OSError, tomllib.TOMLDecodeError) as err:
            raise ConfigError(f"{path}: cannot read settings: {err}") from err
    known = {f.name: f for f in fields(Options)}
    for name in known:
        env = os.environ.get(f"ARMSTRACK_{name.upper()}")
        if env is not None:
            values[name] = _coerce(name, env, values.get(name))
    values.update({k: v for k, v in overrides.items() if v is not None})
    unknown = {k: v for k, v in values.items() if k not in known}
    if unknown and path is not None:
        raise ConfigError(f"{path}: unknown settings {', '.join(sorted(unknown))}")
    values = {k: v for k, v in values.items() if k in known}
    for name in ("supported", "legacy_encodings"):
        if name in values:
            values[name] = tuple(values[name])
    return Options(**values)


def _coerce(name: str, raw: str, default: Any) -> Any:
    try:
        if isinstance(default, bool):
            return raw.strip().lower() in ("1", "true", "yes", "on")
        if isinstance(default, int):
            return int(raw)
        if isinstance(default, float):
            return float(raw)
        if isinstance(default, list):
            return [part.strip() for part in raw.split(",") if part.strip()]
    except ValueError as err:
        raise ConfigError(f"ARMSTRACK_{name.upper()}={raw!r}: {err}") from err
    return raw
