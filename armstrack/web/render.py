"""Jinja2 templates with autoescaping everywhere, and the filters that format deal values for people."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import jinja2
from babel.numbers import format_currency, format_decimal
from fastapi import Request
from fastapi.templating import Jinja2Templates
from starlette.responses import Response

from armstrack.web.queries import country_name

TEMPLATES = Path(__file__).with_name("templates")
EMPTY = "—"


def show(value: Any) -> str:
    """A slot value as a reader expects it: money with its currency, lists joined, unknown as a dash."""
    if value is None or value == []:
        return EMPTY
    if isinstance(value, dict) and {"amount", "currency"} <= value.keys():
        try:
            return format_currency(value["amount"], value["currency"], locale="en", format="¤#,##0",
                                   currency_digits=False)
        except (ValueError, TypeError):
            return f"{value['amount']} {value['currency']}"
    if isinstance(value, list):
        return ", ".join(show(item) for item in value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return format_decimal(value, locale="en")
    return str(value)


def web_link(url: str | None) -> str | None:
    """URL when it is http(s), else None: a stored ``javascript:`` URL must never become a link."""
    if not url:
        return None
    return url if urlsplit(url.strip()).scheme.lower() in ("http", "https") else None


def path_part(value: str) -> str:
    """An id quoted for use as one path segment (ids and actor codes may hold spaces, colons, slashes)."""
    return quote(value, safe="")


def _environment() -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
        trim_blocks=True, lstrip_blocks=True,
    )
    environment.filters.update(show=show, web_link=web_link, path_part=path_part, country=country_name)
    return environment


templates = Jinja2Templates(env=_environment())


def render(request: Request, name: str, status_code: int = 200, **context: Any) -> Response:
    """The template NAME rendered for REQUEST."""
    return templates.TemplateResponse(request, name, context, status_code=status_code)
