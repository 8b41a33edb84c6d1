"""Every command, option and setting is documented: in --help with an example, and in the README."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
import typer.main

from armstrack.cli import app
from armstrack.settings import DEFAULTS

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(typer.main.get_command(app).commands.items())  # type: ignore[attr-defined]


def _settings() -> list[str]:
    table = tomllib.loads(DEFAULTS.read_text(encoding="utf-8"))
    return sorted(key for section in table.values() for key in section)


@pytest.mark.parametrize(("name", "command"), COMMANDS, ids=[name for name, _ in COMMANDS])
def test_every_command_has_help_with_an_example(name: str, command: typer.main.TyperCommand) -> None:
    assert command.help, f"armstrack {name} has no help"
    assert f"Example: armstrack {name}" in command.help


@pytest.mark.parametrize(("name", "command"), COMMANDS, ids=[name for name, _ in COMMANDS])
def test_every_option_has_help(name: str, command: typer.main.TyperCommand) -> None:
    for parameter in command.params:
        if parameter.param_type_name == "option":
            assert getattr(parameter, "help", None), f"armstrack {name} {parameter.opts[0]} has no help"


@pytest.mark.parametrize("name", [name for name, _ in COMMANDS])
def test_every_command_is_in_the_readme(name: str) -> None:
    assert re.search(rf"armstrack {name}\b", README), f"README does not show `armstrack {name}`"


@pytest.mark.parametrize("key", _settings())
def test_every_setting_is_in_the_readme(key: str) -> None:
    assert f"`{key}`" in README, f"README does not document the setting {key}"


def test_readme_opens_with_the_install_and_test_commands() -> None:
    head = "\n".join(README.splitlines()[:8])
    assert "pip install -e . && armstrack demo" in head
    assert "scripts/check" in head
    assert "scripts/check" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
