"""The web application: ``create_app(db, options)`` builds the FastAPI app over one store."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from urllib.parse import urlsplit

from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler, request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi_offline import FastAPIOffline
from starlette.exceptions import HTTPException

import armstrack.api
from armstrack.errors import ArmstrackError, ConfigError, InputError, NotFound
from armstrack.settings import Options, load_options
from armstrack.web import api, pages
from armstrack.web.jobs import JobBoard
from armstrack.web.render import render, templates

STATIC = Path(__file__).with_name("static")
# Pages load only their own scripts and styles; article text cannot bring in any. /docs runs inline scripts.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
    "base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
DOCS_PATHS = ("/docs", "/redoc", "/static-offline-docs")
UNSAFE_METHODS = ("POST", "PUT", "PATCH", "DELETE")
DESCRIPTION = """Arms transfers, productions and agreements extracted from defence news, merged into deals
with their sources and verbatim evidence. Every list can be downloaded with `?format=csv` or `?format=json`."""


def create_app(db: str | None = None, options: Options | None = None) -> FastAPI:
    """The web UI and JSON API over the store at DB (path or SQLAlchemy URL; default: the configured store)."""
    options = options or load_options()
    arms = armstrack.api.open(db, options)
    board = JobBoard(arms.store, options)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        board.close()
        arms.close()

    app = FastAPIOffline(title="armstrack", description=DESCRIPTION, version=_version(), lifespan=lifespan,
                         max_body_size=options.max_request_bytes)
    app.state.arms = arms
    app.state.jobs = board
    app.state.options = options
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    app.add_exception_handler(ArmstrackError, _armstrack_error)  # type: ignore[arg-type]
    app.add_exception_handler(HTTPException, _http_error)  # type: ignore[arg-type]
    app.add_exception_handler(RequestValidationError, _validation_error)  # type: ignore[arg-type]
    app.middleware("http")(_guard)
    return app


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("armstrack")
    except PackageNotFoundError:
        return "0"


async def _guard(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
    """Refuse cross-site form posts; add the headers that keep untrusted article text inert."""
    origin = request.headers.get("origin")
    if request.method in UNSAFE_METHODS and origin and urlsplit(origin).netloc != request.headers.get("host"):
        # another site's page posting to this local server (CSRF, DNS rebinding)
        return JSONResponse({"detail": f"{origin}: cross-site requests are refused"}, status_code=403)
    response = await call_next(request)
    if not request.url.path.startswith(DOCS_PATHS):
        response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    # same-origin: article links leak nothing, and form posts keep the Origin the CSRF check reads
    response.headers.setdefault("Referrer-Policy", "same-origin")
    response.headers.setdefault("X-Frame-Options", "DENY")
    return response


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api") or request.url.path.startswith(DOCS_PATHS)


async def _armstrack_error(request: Request, error: ArmstrackError) -> Response:
    status = 404 if isinstance(error, NotFound) else 400 if isinstance(error, ConfigError | InputError) else 503
    return _error(request, status, str(error))


async def _http_error(request: Request, error: HTTPException) -> Response:
    if _wants_json(request):
        return await http_exception_handler(request, error)
    return _error(request, error.status_code, str(error.detail))


async def _validation_error(request: Request, error: RequestValidationError) -> Response:
    if _wants_json(request):
        return await request_validation_exception_handler(request, error)
    problems = "; ".join(f"{item['loc'][-1]}: {item['msg']}" for item in error.errors())
    return _error(request, 422, problems)


def _error(request: Request, status: int, message: str) -> Response:
    if _wants_json(request):
        return JSONResponse({"detail": message}, status_code=status)
    return render(request, "error.html", status_code=status, status=status, message=message)


__all__ = ["create_app", "templates"]
