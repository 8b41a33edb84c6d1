"""The web UI and JSON API: ``armstrack serve``, or ``create_app(db, options)`` under any ASGI server."""

from armstrack.web.app import create_app

__all__ = ["create_app"]
