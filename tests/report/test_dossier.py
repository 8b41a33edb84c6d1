"""The country dossier page: deals by role, escaping, links, any-language country names."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import html

from armstrack.api import Armstrack
from armstrack.errors import ConfigError
from armstrack.report import dossier_html
from armstrack.report.dossier import lane, partners


def page(arms: Armstrack, country: str) -> html.HtmlElement:
    return html.fromstring(dossier_html(arms, country))


@pytest.mark.parametrize("name", ["Morocco", "Maroc", "Marokko", "المغرب", "MAR", "ma"])
def test_dossier_takes_the_country_in_any_language(arms: Armstrack, name: str) -> None:
    assert page(arms, name).findtext(".//h1").startswith("Morocco")


def test_dossier_lists_every_deal_of_the_country_once(arms: Armstrack) -> None:
    rows = page(arms, "MAR").findall(".//section[@id='deals']//tbody/tr")
    assert sorted(row[-1].text_content() for row in rows) == sorted(d.id for d in arms.deals(country="MAR"))


def test_deals_sit_in_lanes_by_the_country_role(arms: Armstrack) -> None:
    lanes = {deal.id: (lane(deal, "MAR"), partners(deal, "MAR")) for deal in arms.deals(country="MAR")}
    assert lanes["transfer-tur-mar-bayraktar-tb2-b6ef0f"] == ("as recipient", [("TUR", "in")])
    assert lanes["transfer-mar-mrt-ship-b626fc"] == ("as supplier", [("MRT", "out")])
    assert lanes["agreement-isr-mar-4c9106"] == ("production and agreements", [("ISR", "mutual")])


def test_dossier_escapes_article_text_and_links_only_web_addresses(arms: Armstrack) -> None:
    source = dossier_html(arms, "MAR")
    assert "<script>" not in source and "<b>Monitor</b>" not in source
    assert "North Africa &lt;b&gt;Monitor&lt;/b&gt;" in source
    links = [a.get("href") for a in html.fromstring(source).iter("a")]
    assert "https://example.org/atlas/tb2-order" in links
    assert not any(link.startswith("javascript:") for link in links)


def test_dossier_shows_contradictions_with_their_sources(arms: Armstrack) -> None:
    notes = [li.text_content() for li in page(arms, "MAR").find_class("contradiction")]
    assert notes == ["sources disagree on quantity: 12 [monitor-tb2] vs 13 [atlas-tb2]"]


def test_dossier_is_self_contained(arms: Armstrack) -> None:
    tree = page(arms, "MAR")
    assert not tree.xpath("//script | //link | //img | //iframe | //*[@src]")
    assert len(tree.xpath("//svg")) == 3  # legend, timeline, network


def test_dossier_of_a_country_without_deals_says_so(arms: Armstrack) -> None:
    assert "No deal in the store involves Chile." in page(arms, "Chile").text_content()


def test_unknown_country_is_refused(arms: Armstrack) -> None:
    with pytest.raises(ConfigError, match="Atlantis"):
        dossier_html(arms, "Atlantis")


def test_report_writes_the_page(arms: Armstrack, tmp_path: Path) -> None:
    target = arms.report("Marokko", tmp_path / "morocco.html")
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
