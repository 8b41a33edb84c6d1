"""Time Store.add on synthetic documents: new, unchanged (re-ingest) and updated, and the filters after.

Target: at least 500 new and 1,000 unchanged documents a second on SQLite (one transaction each).
Run: python benchmarks/store.py [--documents N] [--db PATH_OR_URL]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from armstrack.model import Agreement, Document, Event, Evidence, Transfer
from armstrack.store import Store


def corpus(size: int, edition: int = 0) -> list[tuple[Document, list[Event]]]:
    """SIZE made-up documents of a few hundred characters, each with a transfer and an agreement."""
    documents = []
    for n in range(size):
        text = f"Report {n} (edition {edition}): the ministry confirmed an order of {n % 40} armoured vehicles. " * 4
        evidence = [Evidence.span(text, 0, 80)]
        events: list[Event] = [
            Transfer(supplier="TUR", recipient="MAR", category="armoured_vehicle", status="ordered", evidence=evidence),
            Agreement(parties=["MAR", "ISR"], scope=["security"], status="signed", evidence=evidence),
        ]
        documents.append((Document(id=f"doc-{n}", text=text, language="en", published="2024-05"), events))
    return documents


def rate(label: str, count: int, run: Callable[[], object]) -> None:
    """Run RUN once and print COUNT per second."""
    start = time.perf_counter()
    run()
    seconds = time.perf_counter() - start
    print(f"{label:<12} {count / seconds:>9,.0f} per second ({seconds:.2f} s)")


def main() -> None:
    """Print documents per second for each kind of add, and the time of a filtered query."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=5000)
    parser.add_argument("--db", default=None, help="defaults to a fresh SQLite file")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = arguments.db or str(Path(folder) / "bench.sqlite")
        first, second = corpus(arguments.documents), corpus(arguments.documents, edition=1)
        with Store.open(url) as store:
            rate("new", len(first), lambda: [store.add(d, e) for d, e in first])
            rate("unchanged", len(first), lambda: [store.add(d, e) for d, e in first])
            rate("updated", len(second), lambda: [store.add(d, e) for d, e in second])
            rate("query", 1, lambda: store.events(country="ISR", type="agreement"))


if __name__ == "__main__":
    main()
