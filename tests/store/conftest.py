"""Store fixtures: every store test runs on SQLite and on a real PostgreSQL server started here."""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from itertools import count
from pathlib import Path

import psycopg
import pytest
from psycopg import sql

from armstrack.store import Store

_databases = count()


def _postgres_bin() -> Path | None:
    """The newest Debian PostgreSQL bin folder, if one is installed."""
    candidates = [path for path in Path("/usr/lib/postgresql").glob("*/bin") if (path / "initdb").exists()]
    return max(candidates, key=lambda path: int(path.parent.name), default=None)


def _run_as() -> list[str]:
    """Prefix that runs a command as a user initdb and postgres accept (they refuse root)."""
    if os.geteuid() != 0:
        return []
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        pytest.skip("running as root and no 'postgres' user to run the PostgreSQL server as")
    if shutil.which("runuser") is None:
        pytest.skip("running as root and no runuser to start PostgreSQL as the 'postgres' user")
    return ["runuser", "-u", "postgres", "--"]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """A throwaway PostgreSQL server on 127.0.0.1; yields its URL without a database name."""
    bindir = _postgres_bin()
    if bindir is None:
        pytest.skip("no PostgreSQL binaries under /usr/lib/postgresql (scripts/check installs Debian's postgresql)")
    run_as = _run_as()
    root = Path(tempfile.mkdtemp(prefix="armstrack-pg-"))
    if run_as:
        shutil.chown(root, "postgres", "postgres")
    data, port = root / "data", _free_port()
    command = [*run_as, str(bindir / "initdb"), "-D", str(data), "-U", "armstrack", "--auth=trust",
               "--no-locale", "-E", "UTF8", "--no-sync"]
    subprocess.run(command, check=True, capture_output=True)
    # -F: no fsync, this server's data is thrown away
    server = f"-h 127.0.0.1 -p {port} -k {root} -F"
    pg_ctl = [*run_as, str(bindir / "pg_ctl"), "-D", str(data)]
    subprocess.run([*pg_ctl, "-l", str(root / "server.log"), "-w", "-o", server, "start"],
                   check=True, capture_output=True)
    try:
        yield f"postgresql+psycopg://armstrack@127.0.0.1:{port}"
    finally:
        subprocess.run([*pg_ctl, "-m", "immediate", "stop"], capture_output=True)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database: a SQLite file, or a fresh database on the test PostgreSQL server."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.sqlite'}"
        return
    server: str = request.getfixturevalue("postgres_server")
    name = f"armstrack_test_{next(_databases)}"
    admin = server.replace("postgresql+psycopg://", "postgresql://") + "/postgres"
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    yield f"{server}/{name}"
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    """An open, migrated, empty store."""
    with Store.open(store_url) as opened:
        yield opened
