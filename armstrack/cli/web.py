"""``armstrack serve``: the web UI and JSON API over a store (registered on import)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from armstrack.cli import app
from armstrack.cli.common import options_from, report_error
from armstrack.errors import ArmstrackError


@app.command()
def serve(
    db: Annotated[str | None, typer.Option(
        "--db", help="Database file or SQLAlchemy URL (default: ARMSTRACK_URL, else the per-user store).")] = None,
    host: Annotated[str, typer.Option(
        "--host", help="Address to listen on; the default keeps the server to this machine.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port to listen on.")] = 8000,
    allow_private_urls: Annotated[bool, typer.Option(
        "--allow-private-urls", help="Let the add-sources page fetch loopback and private network addresses.")] = False,
    config: Annotated[Path | None, typer.Option("--config", help="Settings file overriding settings.toml.")] = None,
) -> None:
    """Browse deals, countries, documents and evidence in the browser, add sources, and query /api.

    Example: armstrack serve --db arms.sqlite   (then open http://127.0.0.1:8000)
    """
    import uvicorn

    from armstrack.web import create_app

    options = options_from(config, allow_private_addresses=True if allow_private_urls else None)
    try:
        web_app = create_app(db, options)
    except ArmstrackError as err:
        report_error(str(err))
        raise typer.Exit(code=1) from err
    typer.echo(f"armstrack: serving {web_app.state.arms.store.url} on http://{host}:{port} (Ctrl+C stops)")
    uvicorn.run(web_app, host=host, port=port, log_level="warning")
