"""The HTML pages: deals, a deal, countries, a country, documents, a document, add sources, a job."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated

from fastapi import APIRouter, Depends, File, Form, HTTPException, Path, Request, UploadFile
from fastapi.responses import RedirectResponse, Response

from armstrack.errors import ConfigError
from armstrack.model import CATEGORIES
from armstrack.web import queries
from armstrack.web.api import Arms, Id, Jobs, page_of, read_submission
from armstrack.web.params import ALL_STATUSES, Day, Language, PageNumber, Text, clean, deal_query
from armstrack.web.queries import DealQuery, Page
from armstrack.web.render import path_part, render

router = APIRouter(include_in_schema=False)


@router.get("/")
def home() -> Response:
    """The deal list is the front page."""
    return RedirectResponse("/deals", status_code=307)


@router.get("/deals")
def deals(request: Request, store: Arms, query: Annotated[DealQuery, Depends(deal_query)]) -> Response:
    """Search, filter, sort and page through the deals."""
    error = None
    try:
        found = queries.find_deals(store, query)
    except ConfigError as err:  # an unknown country: say so above the form, keep what was typed
        error, found = str(err), Page([], 0, 1, query.per_page)
    return render(request, "deals.html", status_code=400 if error else 200, query=query,
                  filters=asdict(query.filter), found=found, error=error,
                  categories=CATEGORIES, statuses=ALL_STATUSES)


@router.get("/deals/{deal_id:path}")
def deal(request: Request, store: Arms, deal_id: Id) -> Response:
    """A deal's story: stages, per-source values and consensus, contradictions, evidence in context."""
    found = store.deal(deal_id)
    return render(request, "deal.html", deal=found, quotes=queries.deal_quotes(store, found))


@router.get("/countries")
def countries(request: Request, store: Arms) -> Response:
    """Every country or actor in a deal, with counts by role."""
    return render(request, "countries.html", countries=queries.countries(store))


@router.get("/countries/{name:path}")
def country(request: Request, store: Arms, name: Annotated[str, Path(min_length=1, max_length=200)]) -> Response:
    """A country's deals on a timeline and its partner network; any name redirects to the code's page."""
    view = queries.country_view(store, clean(name) or name)
    if name != view.code:
        return RedirectResponse(f"/countries/{path_part(view.code)}", status_code=307)
    return render(request, "country.html", view=view, graph=queries.network(view))


@router.get("/documents")
def documents(request: Request, store: Arms, language: Language = None, outlet: Text = None, since: Day = None,
              until: Day = None, page: PageNumber = 1) -> Response:
    """Stored documents, newest id order, 50 a page."""
    found = store.documents(language=clean(language), outlet=clean(outlet), since=clean(since), until=clean(until))
    return render(request, "documents.html", found=page_of([queries.document_row(d) for d in found], page, 50))


@router.get("/documents/{document_id:path}")
def document(request: Request, store: Arms, document_id: Id) -> Response:
    """A document's text with every extracted event's evidence marked."""
    found = store.document(document_id)
    events = [event for _, event in store.events(document_id=found.id)]
    return render(request, "document.html", document=found, events=events,
                  deal_of=store.deals_of_document(found.id), marked=queries.marked_text(found, events))


@router.get("/add")
def add(request: Request) -> Response:
    """The add-sources form: paste text, upload files, or give URLs of pages and feeds."""
    return render(request, "add.html", error=None, allow_private=request.app.state.options.allow_private_addresses)


@router.post("/add")
async def submit(request: Request, board: Jobs, text: Annotated[str, Form()] = "", title: Annotated[str, Form()] = "",
                 published: Annotated[str, Form()] = "", urls: Annotated[str, Form()] = "",
                 files: Annotated[list[UploadFile | str] | None, File()] = None) -> Response:
    """Start an ingest job and follow it on its page."""
    try:
        submission = await read_submission(text, title, published, urls, files or [])
    except HTTPException as err:
        return render(request, "add.html", status_code=err.status_code, error=err.detail,
                      allow_private=request.app.state.options.allow_private_addresses)
    job = board.submit(submission)
    return RedirectResponse(f"/jobs/{job.id}", status_code=303)


@router.get("/jobs/{job_id}")
def job(request: Request, board: Jobs, job_id: Annotated[str, Path(max_length=64)]) -> Response:
    """A job's progress; the page polls the API until the job is done."""
    found = board.get(job_id)
    if found is None:
        raise HTTPException(404, f"{job_id}: no such job (jobs are forgotten when the server restarts)")
    return render(request, "job.html", job=found.to_dict())
