"""The JSON API over a live server: filters, sorting, pages, downloads, jobs, and the safety limits."""

from __future__ import annotations

import csv
import io

import pytest

from tests.web.conftest import RESOURCES, LiveServer, wait_for_job

CHILE = ("Chile buys patrol boats from Norway\n"
         "Chile has ordered six coastal patrol boats from Norway, the navy in Santiago said on Tuesday. "
         "The contract is worth 90 million dollars and was signed in May 2024.")


@pytest.mark.parametrize("name", ["Marokko", "Maroc", "Morocco", "المغرب", "MAR"])
def test_deals_filter_by_country_in_any_language(live: LiveServer, name: str) -> None:
    page = live.client.get("/api/deals", params={"country": name}).json()
    assert page["total"] >= 10
    assert all("MAR" in (row["parties"].split(";")) for row in page["items"])


def test_deals_are_sorted_and_paged(live: LiveServer) -> None:
    everything = live.client.get("/api/deals", params={"sort": "first_date", "order": "asc", "per_page": 500}).json()
    dates = [row["first_date"] for row in everything["items"] if row["first_date"]]
    assert dates == sorted(dates)
    second = live.client.get("/api/deals", params={"sort": "first_date", "order": "asc", "per_page": 3,
                                                   "page": 2}).json()
    assert [row["id"] for row in second["items"]] == [row["id"] for row in everything["items"][3:6]]
    assert second["pages"] == -(-everything["total"] // 3)


def test_deals_download_as_csv_holds_every_matching_row(live: LiveServer) -> None:
    response = live.client.get("/api/deals.csv", params={"country": "Marokko", "per_page": 1})
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    total = live.client.get("/api/deals", params={"country": "Marokko"}).json()["total"]
    assert len(rows) == total
    assert {"id", "supplier", "recipient", "system", "status"} <= rows[0].keys()


def test_format_parameter_downloads_the_same_rows(live: LiveServer) -> None:
    as_file = live.client.get("/api/deals.json", params={"category": "uav"}).json()
    as_parameter = live.client.get("/api/deals", params={"category": "uav", "format": "json"}).json()
    assert as_file == as_parameter
    assert as_file and all(row["category"] == "uav" for row in as_file)


def test_deal_has_stages_claims_consensus_and_evidence(live: LiveServer) -> None:
    deal_id = live.client.get("/api/deals", params={"system": "TB2"}).json()["items"][0]["id"]
    deal = live.client.get(f"/api/deals/{deal_id}").json()
    assert [stage["name"] for stage in deal["stages"]][:1] == ["reported"]
    assert deal["consensus"]["status"]["rule"]
    assert deal["evidence"] and all(quote["quote"] for quote in deal["evidence"])


def test_country_by_any_name_lists_its_partners(live: LiveServer) -> None:
    country = live.client.get("/api/countries/Marokko").json()
    assert country["code"] == "MAR"
    assert {"USA", "TUR", "ISR"} <= country["partners"].keys()
    assert {node["id"] for node in country["network"]["nodes"]} >= {"MAR", "USA"}


def test_document_carries_events_with_offsets_and_deals(live: LiveServer) -> None:
    document = live.client.get("/api/documents/ex-en-tb2-order").json()
    event = document["events"][0]
    assert event["deal"]
    assert event["evidence"][0] in document["text"]


@pytest.mark.parametrize(("path", "params", "status"), [
    ("/api/deals", {"country": "Atlantis"}, 400),
    ("/api/deals", {"category": "spaceship"}, 422),
    ("/api/deals", {"since": "last year"}, 422),
    ("/api/deals", {"page": "0"}, 422),
    ("/api/deals", {"per_page": "100000"}, 422),
    ("/api/deals", {"sort": "payload"}, 422),
    ("/api/deals", {"system": "a\x00b"}, 400),
    ("/api/deals/no-such-deal", {}, 404),
    ("/api/documents/no-such-document", {}, 404),
    ("/api/countries/Atlantis", {}, 400),
    ("/api/jobs/unknown", {}, 404),
    ("/api/deals.xml", {}, 422),
])
def test_bad_parameters_are_client_errors(live: LiveServer, path: str, params: dict[str, str], status: int) -> None:
    response = live.client.get(path, params=params)
    assert response.status_code == status
    assert response.json()["detail"]


def test_pasted_article_job_stores_its_deal(live: LiveServer) -> None:
    response = live.client.post("/api/jobs", data={"text": CHILE, "title": "Chile", "published": "2024-05-21"})
    assert response.status_code == 202
    job = wait_for_job(live.client, response.json()["id"])
    assert job["state"] == "done" and job["counts"]["new"] == 1, job
    assert job["deals"]
    chile = live.client.get("/api/deals", params={"country": "Chili"}).json()
    assert any(row["supplier"] == "NOR" and row["recipient"] == "CHL" for row in chile["items"])


def test_pasting_the_same_article_again_changes_nothing(live: LiveServer) -> None:
    first = wait_for_job(live.client, live.client.post("/api/jobs", data={"text": CHILE + " Again."}).json()["id"])
    again = wait_for_job(live.client, live.client.post("/api/jobs", data={"text": CHILE + " Again."}).json()["id"])
    assert first["counts"]["new"] == 1
    assert again["counts"]["unchanged"] == 1 and again["documents"] == first["documents"]


def test_uploaded_file_is_named_as_uploaded(live: LiveServer) -> None:
    files = {"files": ("brazil radars.txt", (RESOURCES / "hostile.txt").read_bytes(), "text/plain")}
    job = wait_for_job(live.client, live.client.post("/api/jobs", files=files).json()["id"])
    assert job["state"] == "done" and job["documents"], job
    document = live.client.get(f"/api/documents/{job['documents'][0]}").json()
    assert document["source"] == "upload:brazil radars.txt"


def test_url_to_a_private_address_is_refused(live: LiveServer) -> None:
    job = wait_for_job(live.client, live.client.post("/api/jobs", data={"urls": f"{live.url}/deals"}).json()["id"])
    assert job["counts"]["failed"] == 1
    assert "127.0.0.1" in job["errors"][0]


@pytest.mark.parametrize(("fields", "reason"), [
    ({}, "nothing to ingest"),
    ({"urls": "file:///etc/passwd"}, "not an http(s) URL"),
    ({"text": CHILE, "published": "Tuesday"}, "not a year"),
])
def test_bad_submission_is_refused_with_its_reason(live: LiveServer, fields: dict[str, str], reason: str) -> None:
    response = live.client.post("/api/jobs", data=fields, files={"files": ("", b"", "text/plain")})
    assert response.status_code == 400
    assert reason in response.json()["detail"]


def test_request_body_over_the_limit_is_refused(live: LiveServer) -> None:
    response = live.client.post("/api/jobs", data={"text": "x" * 300_000})
    assert response.status_code == 413


def test_cross_site_post_is_refused(live: LiveServer) -> None:
    response = live.client.post("/api/jobs", data={"text": CHILE}, headers={"Origin": "https://evil.example"})
    assert response.status_code == 403


def test_pages_forbid_inline_scripts(live: LiveServer) -> None:
    policy = live.client.get("/deals").headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy


def test_openapi_docs_are_served_without_a_cdn(live: LiveServer) -> None:
    docs = live.client.get("/docs").text
    assert "cdn" not in docs.lower()
    assert live.client.get("/openapi.json").json()["paths"]["/api/deals"]
