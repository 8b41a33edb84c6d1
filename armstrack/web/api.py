"""The JSON API under /api: the queries of the pages, every list also as a CSV or JSON download."""

from __future__ import annotations

import re
from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Form, HTTPException, Path, Request, UploadFile
from fastapi.responses import JSONResponse, Response

from armstrack.api import Armstrack
from armstrack.sources.ids import is_web_url
from armstrack.web import queries
from armstrack.web.downloads import download
from armstrack.web.jobs import JobBoard, Submission, Upload
from armstrack.web.params import (
    DATE_PATTERN,
    Category,
    Country,
    Day,
    EventType,
    Format,
    Language,
    PageNumber,
    PerPage,
    Status,
    Text,
    clean,
    deal_query,
)
from armstrack.web.queries import DealQuery, Page

router = APIRouter(prefix="/api", tags=["api"])
# URLs one submission may name; more belong in a URL-list file or `armstrack ingest`.
MAX_URLS = 200
ListFormat = Annotated[str, Path(pattern="^(json|csv)$")]
Id = Annotated[str, Path(min_length=1, max_length=500)]


def arms(request: Request) -> Armstrack:
    """The store handle of the running app."""
    return request.app.state.arms  # type: ignore[no-any-return]


def jobs(request: Request) -> JobBoard:
    """The ingest jobs of the running app."""
    return request.app.state.jobs  # type: ignore[no-any-return]


Arms = Annotated[Armstrack, Depends(arms)]
Jobs = Annotated[JobBoard, Depends(jobs)]


def page_of(rows: list[Any], page: int, per_page: int) -> Page:
    """One page of an already filtered list."""
    first = (page - 1) * per_page
    return Page(rows[first:first + per_page], len(rows), page, per_page)


def page_json(page: Page) -> dict[str, Any]:
    """A page as the API returns it."""
    return {"total": page.total, "page": page.page, "per_page": page.per_page, "pages": page.pages,
            "items": page.items}


@router.get("/deals", summary="Deals matching the filters, sorted and paginated")
def deals(store: Arms, query: Annotated[DealQuery, Depends(deal_query)], format: Format = None) -> Response:
    """Deals with the shared filters (country in any language), a sort column and a page; ?format= downloads all."""
    if format:
        return _deal_download(store, query, format)
    found = queries.find_deals(store, query)
    found.items = queries.deal_rows(found.items)
    return JSONResponse(page_json(found))


@router.get("/deals.{kind}", summary="Every deal matching the filters, as a file")
def deals_file(store: Arms, kind: ListFormat, query: Annotated[DealQuery, Depends(deal_query)]) -> Response:
    """Download every matching deal as deals.csv or deals.json."""
    return _deal_download(store, query, kind)


def _deal_download(store: Armstrack, query: DealQuery, kind: str) -> Response:
    return download(queries.deal_rows(queries.sorted_deals(store, query)), "deals", kind)


@router.get("/deals/{deal_id:path}", summary="One deal with its stages, claims, consensus and evidence")
def deal(store: Arms, deal_id: Id) -> dict[str, Any]:
    """The whole deal record (404 when there is none)."""
    return store.deal(deal_id).to_dict()


@router.get("/countries", summary="Countries and actors in deals, with counts by role")
def countries(store: Arms, format: Format = None) -> Response:
    """Every country or actor in a deal, most deals first."""
    rows = queries.countries(store)
    return download(rows, "countries", format) if format else JSONResponse(rows)


@router.get("/countries.{kind}", summary="Countries and actors in deals, as a file")
def countries_file(store: Arms, kind: ListFormat) -> Response:
    """Download the country list as countries.csv or countries.json."""
    return download(queries.countries(store), "countries", kind)


@router.get("/countries/{name:path}", summary="A country's deals by role and its partner network")
def country(store: Arms, name: Annotated[str, Path(min_length=1, max_length=200)]) -> dict[str, Any]:
    """A country by any name or code (400 when unknown): its deals as supplier, recipient and otherwise."""
    view = queries.country_view(store, clean(name) or name)
    return {
        "code": view.code, "name": view.name,
        "as_supplier": queries.deal_rows(view.as_supplier), "as_recipient": queries.deal_rows(view.as_recipient),
        "other": queries.deal_rows(view.other), "partners": dict(view.partners.most_common()),
        "network": queries.network(view),
    }


@router.get("/documents", summary="Stored documents (without their text)")
def documents(store: Arms, language: Language = None, outlet: Text = None, since: Day = None,
              until: Day = None, page: PageNumber = 1, per_page: PerPage = 50, format: Format = None) -> Response:
    """Documents in id order, filtered by language, outlet and publication date."""
    rows = _document_rows(store, language, outlet, since, until)
    return download(rows, "documents", format) if format else JSONResponse(page_json(page_of(rows, page, per_page)))


@router.get("/documents.{kind}", summary="Stored documents (without their text), as a file")
def documents_file(store: Arms, kind: ListFormat, language: Language = None, outlet: Text = None, since: Day = None,
                   until: Day = None) -> Response:
    """Download every matching document's provenance as documents.csv or documents.json."""
    return download(_document_rows(store, language, outlet, since, until), "documents", kind)


def _document_rows(store: Armstrack, *filters: str | None) -> list[dict[str, Any]]:
    language, outlet, since, until = (clean(value) for value in filters)
    found = store.documents(language=language, outlet=outlet, since=since, until=until)
    return [queries.document_row(document) for document in found]


@router.get("/documents/{document_id:path}", summary="One document with its text and events")
def document(store: Arms, document_id: Id) -> dict[str, Any]:
    """The document, its events in FORMAT.md shape and the deal each event belongs to (404 when unknown)."""
    found = store.document(document_id)
    deal_of = store.deals_of_document(found.id)
    events = [{**event.to_format(), "deal": deal_of.get(n)} for n, (_, event) in
              enumerate(store.events(document_id=found.id))]
    return {**found.to_dict(), "events": events}


@router.get("/events", summary="Document events, in document and reading order")
def events(store: Arms, document_id: Text = None, type: EventType = None,
           country: Country = None, system: Text = None, category: Category = None, status: Status = None,
           page: PageNumber = 1, per_page: PerPage = 50, format: Format = None) -> Response:
    """Events with their document id, filtered like ``armstrack.open(db).events``."""
    filters = {"document_id": clean(document_id), "type": clean(type), "country": clean(country),
               "system": clean(system), "category": clean(category), "status": clean(status)}
    rows = queries.event_rows(store, **{key: value for key, value in filters.items() if value is not None})
    return download(rows, "events", format) if format else JSONResponse(page_json(page_of(rows, page, per_page)))


@router.get("/events.{kind}", summary="Document events, as a file")
def events_file(store: Arms, kind: ListFormat, document_id: Text = None, type: EventType = None,
                country: Country = None, system: Text = None, category: Category = None,
                status: Status = None) -> Response:
    """Download every matching event as events.csv or events.json."""
    return events(store, document_id, type, country, system, category, status, format=kind)  # type: ignore[arg-type]


@router.post("/jobs", status_code=202, summary="Ingest pasted text, uploaded files and URLs in the background")
async def submit(board: Jobs, text: Annotated[str, Form()] = "", title: Annotated[str, Form()] = "",
                 published: Annotated[str, Form()] = "", urls: Annotated[str, Form()] = "",
                 files: Annotated[list[UploadFile | str] | None, File()] = None) -> dict[str, Any]:
    """Queue a submission; poll /api/jobs/{id} for its progress."""
    job = board.submit(await read_submission(text, title, published, urls, files or []))
    return job.to_dict()


async def read_submission(text: str, title: str, published: str, urls: str, files: list[UploadFile | str]
                          ) -> Submission:
    """A submission from the add-sources form's fields (400 for a bad date, a bad URL or nothing at all)."""
    if published.strip() and not re.match(DATE_PATTERN, published.strip()):
        raise HTTPException(400, f"published: {published.strip()!r} is not a year or partial ISO date")
    lines = [line.strip() for line in urls.splitlines() if line.strip()]
    bad = [line for line in lines if not is_web_url(line)]
    if bad:
        raise HTTPException(400, f"{bad[0]}: not an http(s) URL")
    if len(lines) > MAX_URLS:
        raise HTTPException(400, f"{len(lines)} URLs: at most {MAX_URLS} per submission")
    # a form sent without a chosen file carries an empty part, which arrives as an empty string
    uploads = [Upload(f.filename or "upload", await f.read()) for f in files
               if not isinstance(f, str) and (f.filename or f.size)]
    submission = Submission(text if text.strip() else "", clean(title), clean(published), lines, uploads)
    if submission.empty:
        raise HTTPException(400, "nothing to ingest: paste text, choose files or give URLs")
    return submission


@router.get("/jobs", summary="Ingest jobs this server knows, newest first")
def job_list(board: Jobs) -> list[dict[str, Any]]:
    """Every job still remembered, newest first."""
    return [job.to_dict() for job in reversed(list(board.jobs.values()))]


@router.get("/jobs/{job_id}", summary="One ingest job's progress")
def job(board: Jobs, job_id: Annotated[str, Path(max_length=64)]) -> dict[str, Any]:
    """State, counts, errors, stored documents and touched deals of a job (404 when unknown)."""
    found = board.get(job_id)
    if found is None:
        raise HTTPException(404, f"{job_id}: no such job")
    return found.to_dict()

