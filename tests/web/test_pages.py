"""The HTML pages over a live server: what each shows, and that article text never becomes markup."""

from __future__ import annotations

import re

import pytest

from tests.web.conftest import RESOURCES, LiveServer, wait_for_job


@pytest.fixture(scope="module")
def hostile(live: LiveServer) -> dict[str, object]:
    """A stored article full of script tags and event handlers, pasted with a title that is markup too."""
    fields = {"text": (RESOURCES / "hostile.txt").read_text(encoding="utf-8"), "published": "2024-04-02",
              "title": "<script>document.title='pwned'</script>Radars"}
    job = wait_for_job(live.client, live.client.post("/api/jobs", data=fields).json()["id"])
    assert job["state"] == "done" and job["deals"], job
    return job


def test_deals_page_lists_deals_with_links(live: LiveServer) -> None:
    html = live.client.get("/deals").text
    deal_id = live.client.get("/api/deals", params={"system": "TB2"}).json()["items"][0]["id"]
    assert html.count('<tr class="deal">') >= 10
    assert f'href="/deals/{deal_id}"' in html


def test_deals_page_filters_by_a_country_in_another_language(live: LiveServer) -> None:
    html = live.client.get("/deals", params={"country": "Polen"}).text
    assert 'href="/countries/POL"' in html
    assert 'href="/countries/MAR"' not in html


def test_unknown_country_is_said_above_the_form(live: LiveServer) -> None:
    response = live.client.get("/deals", params={"country": "Atlantis"})
    assert response.status_code == 400
    assert "&#39;Atlantis&#39;: unknown country" in response.text
    assert 'value="Atlantis"' in response.text


def test_empty_form_fields_mean_no_filter(live: LiveServer) -> None:
    every = live.client.get("/deals").text
    empty = live.client.get("/deals?country=&system=&category=&status=&since=&until=").text
    assert re.search(r'id="deal-count">(\d+)', every)[1] == re.search(r'id="deal-count">(\d+)', empty)[1]  # type: ignore[index]


def test_deal_page_marks_evidence_inside_its_source_text(live: LiveServer) -> None:
    deal_id = live.client.get("/api/deals", params={"system": "TB2"}).json()["items"][0]["id"]
    html = live.client.get(f"/deals/{deal_id}").text
    assert html.count("<mark") >= 2
    assert "<blockquote>" in html and 'class="timeline"' in html
    assert "most advanced stage a source reports" in html


def test_country_name_redirects_to_its_code(live: LiveServer) -> None:
    response = live.client.get("/countries/Marruecos", follow_redirects=False)
    assert response.status_code == 307
    assert response.headers["location"] == "/countries/MAR"


def test_country_page_embeds_its_network_as_data(live: LiveServer) -> None:
    html = live.client.get("/countries/MAR").text
    assert '<script type="application/json" id="network-data">' in html
    assert '"id": "USA"' in html


def test_missing_pages_say_what_is_missing(live: LiveServer) -> None:
    response = live.client.get("/deals/no-such-deal")
    assert response.status_code == 404
    assert "no-such-deal: no such deal" in response.text


@pytest.mark.parametrize("page", ["document", "deal", "deals", "job"])
def test_article_markup_is_shown_as_text(live: LiveServer, hostile: dict[str, object], page: str) -> None:
    paths = {"document": f"/documents/{hostile['documents'][0]}", "deal": f"/deals/{hostile['deals'][0]}",  # type: ignore[index]
             "deals": "/deals?country=Brazil", "job": f"/jobs/{hostile['id']}"}
    html = live.client.get(paths[page]).text
    body = html.split("<main>", 1)[1].split("</main>", 1)[0]
    assert "<script" not in body and "onerror=" not in body.replace("onerror=&#34;", "")
    assert not re.search(r"<(img|svg|iframe|b|style)\b", body)
    if page in ("document", "deal"):
        assert "&lt;script&gt;window.__pwned" in body
        assert "<mark" in body
