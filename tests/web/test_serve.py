"""``armstrack serve`` as a user starts it: a real process on 127.0.0.1 by default."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
from typer.testing import CliRunner

from armstrack.cli import app as cli


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_serve_help_names_every_option() -> None:
    result = CliRunner().invoke(cli, ["serve", "--help"], terminal_width=200)
    assert result.exit_code == 0
    for option in ("--db", "--host", "--port", "--allow-private-urls", "Example: armstrack serve"):
        assert option in result.output


def test_serve_answers_on_loopback(demo_store: Path) -> None:
    port = _free_port()
    command = [sys.executable, "-c", "from armstrack.cli import main; main()", "serve", "--db", str(demo_store),
               "--port", str(port)]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True) as server:
        try:
            response = _first_answer(server, f"http://127.0.0.1:{port}/api/deals", {"country": "Marokko"})
        finally:
            server.terminate()
        output, _ = server.communicate(timeout=20)
    assert response.json()["total"] > 0
    assert "serving sqlite" in output


def _first_answer(server: subprocess.Popen[str], url: str, params: dict[str, str]) -> httpx.Response:
    """Poll URL until the starting server answers (or fail when it exits or takes too long)."""
    deadline = time.monotonic() + 30
    while True:
        try:
            return httpx.get(url, params=params)
        except httpx.ConnectError:
            assert server.poll() is None, "armstrack serve exited"
            assert time.monotonic() < deadline, "armstrack serve did not start"
            time.sleep(0.1)

def test_serve_reports_a_store_it_cannot_open(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    result = CliRunner().invoke(cli, ["serve", "--db", str(blocker / "store.sqlite")])
    assert result.exit_code == 1
    assert "cannot create the store's folder" in result.output
