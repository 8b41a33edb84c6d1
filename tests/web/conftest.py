"""Web fixtures: a store with the demo corpus, served by a real uvicorn server on 127.0.0.1."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import uvicorn

from armstrack.settings import Options, load_options
from armstrack.web import create_app

RESOURCES = Path(__file__).parent.parent / "resources" / "web"


@dataclass
class LiveServer:
    """A running server: its base URL and an HTTP client bound to it."""

    url: str
    client: httpx.Client


@pytest.fixture(scope="session")
def demo_store(demo_db: str) -> Path:
    """The session's store of the bundled example corpus (the root conftest's ``demo_db``)."""
    return Path(demo_db)


def store_copy(demo_store: Path, folder: Path) -> Path:
    """A private copy of the demo store, for tests that add documents."""
    target = folder / "store.sqlite"
    for suffix in ("", "-wal", "-shm"):
        source = Path(f"{demo_store}{suffix}")
        if source.exists():
            shutil.copy(source, f"{target}{suffix}")
    return target


def serve(db: Path, options: Options) -> Iterator[LiveServer]:
    """Run the app over DB in a uvicorn thread on a free 127.0.0.1 port until the caller is done."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(str(db), options), log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "the web server did not start"
        time.sleep(0.02)
    url = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(base_url=url, timeout=30) as client:
            yield LiveServer(url, client)
    finally:
        server.should_exit = True
        thread.join(timeout=20)
        sock.close()


@pytest.fixture(scope="module")
def live(demo_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """The web app over a private copy of the demo store, with the default (safe) options."""
    db = store_copy(demo_store, tmp_path_factory.mktemp("live"))
    yield from serve(db, load_options(max_request_bytes=200_000))


def wait_for_job(client: httpx.Client, job_id: str, timeout: float = 60.0) -> dict[str, object]:
    """Poll a job's status until it is done or failed."""
    deadline = time.monotonic() + timeout
    while True:
        job = client.get(f"/api/jobs/{job_id}").json()
        if job["state"] in ("done", "failed"):
            return job  # type: ignore[no-any-return]
        assert time.monotonic() < deadline, f"job {job_id} still {job['state']}"
        time.sleep(0.1)
