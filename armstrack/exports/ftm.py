"""FollowTheMoney entities, one JSON object per line, for Aleph and the ``ftm`` tools.

FtM has no country schema and no arms-transfer schema. armstrack's choices:
- a state is the ``PublicBody`` "Government of <country>" with its ``country`` and ``jurisdiction``;
  a non-state actor is an ``Organization``; a firm is a ``Company`` (home country when known);
- a transfer (or production with a foreign partner) is an ``EconomicActivity``: ``sender`` and
  ``originCountry`` the supplier, ``receiver`` and ``destinationCountry`` the recipient, the
  item in ``goodsDescription``, its ``contract`` a ``Contract`` with amount, currency and
  ``contractDate`` (the order date); each firm the reports name is the ``supplier`` of a
  ``ContractAward`` on that contract;
- domestic production and agreements are a ``Contract`` whose ``authority`` is each party;
- every source article is an ``Article``, the ``proof`` of the deal's entities; ``sourceUrl`` holds
  the articles' URLs. Dates are partial ISO strings, which FtM keeps (it drops any other form).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from followthemoney import model
from followthemoney.proxy import EntityProxy

from armstrack.deals import Deal
from armstrack.exports.context import ExportContext
from armstrack.exports.register import comments, consensus_value, in_register, parties, source_urls, stage_date
from armstrack.exports.registry import register_exporter
from armstrack.kb import ACTOR_PREFIX

NAMESPACE = "armstrack"


def entities(deals: Sequence[Deal], context: ExportContext) -> Iterator[EntityProxy]:
    """The FtM entities of the deals: each party, firm and article once, then each deal's entities."""
    seen: set[str] = set()
    for deal in deals:
        for proxy in _deal_entities(deal, context):
            if proxy.id is not None and proxy.id not in seen:
                seen.add(proxy.id)
                yield proxy


def _deal_entities(deal: Deal, context: ExportContext) -> Iterator[EntityProxy]:
    articles = [_article(source) for source in deal.sources]
    yield from articles
    contract = _entity("Contract", "contract", deal.id)
    contract.add("title", _title(deal, context))
    contract.add("status", deal.status)
    contract.add("proof", articles)
    contract.add("sourceUrl", source_urls(deal))
    contract.add("description", comments(deal) or None)
    if in_register(deal):
        yield from _transfer(deal, contract, context)
    else:
        for code in deal.parties:
            party = _party(code, context)
            contract.add("authority", party)
            contract.add("country", _alpha2(code, context))
            yield party
        contract.add("contractDate", stage_date(deal, "signed") or stage_date(deal, "agreed"))
        yield contract
    for firm in context.firms(deal.id):
        company = _company(firm, context)
        award = _entity("ContractAward", "award", deal.id, firm)
        award.add("supplier", company)
        award.add("contract", contract)
        award.add("proof", articles)
        yield company
        yield award


def _transfer(deal: Deal, contract: EntityProxy, context: ExportContext) -> Iterator[EntityProxy]:
    supplier, recipient = parties(deal)
    value = consensus_value(deal, "value")
    if value:
        contract.add("amount", value["amount"])
        contract.add("currency", value["currency"])
    contract.add("contractDate", stage_date(deal, "ordered") or stage_date(deal, "agreed"))
    activity = _entity("EconomicActivity", "deal", deal.id)
    activity.add("recordId", deal.id)
    activity.add("goodsDescription", _goods(deal))
    activity.add("contract", contract)
    activity.add("startDate", deal.first_date)
    activity.add("endDate", deal.last_date)
    activity.add("date", stage_date(deal, "delivered"))
    activity.add("sourceUrl", source_urls(deal))
    activity.add("proof", contract.get("proof"))
    activity.add("summary", comments(deal) or None)
    for role, country_role, code in (("sender", "originCountry", supplier),
                                     ("receiver", "destinationCountry", recipient)):
        if code is None:
            continue
        party = _party(code, context)
        activity.add(role, party)
        activity.add(country_role, _alpha2(code, context))
        yield party
    contract.add("authority", activity.get("receiver"))
    yield contract
    yield activity


def _party(code: str, context: ExportContext) -> EntityProxy:
    name = context.country_name(code) or code
    if code.startswith(ACTOR_PREFIX):
        actor = _entity("Organization", "actor", code)
        actor.add("name", name)
        return actor
    body = _entity("PublicBody", "government", code)
    body.add("name", f"Government of {name}")
    body.add("country", _alpha2(code, context))
    body.add("jurisdiction", _alpha2(code, context))
    return body


def _company(name: str, context: ExportContext) -> EntityProxy:
    company = _entity("Company", "firm", name)
    company.add("name", name)
    home = context.firm_country(name)
    if home:
        company.add("country", _alpha2(home, context))
    return company


def _article(source: Any) -> EntityProxy:
    article = _entity("Article", "article", source.document_id)
    article.add("title", source.title or source.document_id)
    article.add("publishedAt", source.published)
    article.add("publisher", source.outlet)
    article.add("sourceUrl", source.url)
    return article


def _entity(schema: str, *keys: str) -> EntityProxy:
    proxy = model.make_entity(schema)
    proxy.make_id(NAMESPACE, *keys)
    return proxy


def _alpha2(code: str, context: ExportContext) -> str | None:
    """FtM's country type wants ISO alpha-2 (lower case); actors have none."""
    country = context.kb.countries.get(code)
    return country.alpha2.lower() if country is not None and country.alpha2 else None


def _goods(deal: Deal) -> str:
    quantity = consensus_value(deal, "quantity")
    item = deal.system or (deal.category or "weapons").replace("_", " ")
    made = " (production with a foreign partner)" if deal.type == "production" else ""
    return f"{quantity} x {item}{made}" if quantity else f"{item}{made}"


def _title(deal: Deal, context: ExportContext) -> str:
    if deal.type == "agreement":
        scope = consensus_value(deal, "scope") or []
        names = " - ".join(context.country_name(code) or code for code in deal.parties)
        return f"{names} agreement" + (f" ({', '.join(scope)})" if scope else "")
    supplier, recipient = parties(deal)
    return f"{_goods(deal)}: {context.country_name(supplier) or '?'} to {context.country_name(recipient) or '?'}"


class FtmEntities:
    """FollowTheMoney entities as JSON lines (``ftm`` and Aleph's import read them)."""

    suffix = ".ftm.json"
    description = "FollowTheMoney entities for Aleph: governments, firms, EconomicActivity, Contract, Article"

    def write(self, deals: Sequence[Deal], target: Path, context: ExportContext) -> int:
        """Write one entity per line; returns the entity count."""
        count = 0
        with Path(target).open("w", encoding="utf-8") as stream:
            for proxy in entities(deals, context):
                stream.write(json.dumps(proxy.to_dict(), ensure_ascii=False, sort_keys=True) + "\n")
                count += 1
        return count


register_exporter("ftm", FtmEntities())
