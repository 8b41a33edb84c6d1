"""Time and peak memory of merging synthetic document events into deals with DealBook.add.

Each size runs in its own process, so that its peak resident memory is its own. The corpus is
made up but shaped like news: a few suppliers sell most, popular deals are reported many times
(Zipf), a fifth of the reports name only a kind, a tenth of the documents are syndicated copies.
Target: time per event roughly flat as the corpus grows (near-linear merging).

Run: python benchmarks/deals.py [--sizes 10000 100000 1000000]
     python benchmarks/deals.py --events N      (one size, in this process)
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import time
from collections.abc import Iterator

import pycountry

from armstrack.deals import DealBook
from armstrack.model import Agreement, Document, Event, Production, Transfer

EVENTS_PER_DOCUMENT = 2
WORDS = [f"w{n}" for n in range(5000)]
CATEGORIES = ("uav", "aircraft", "tank", "air_defence", "ship", "artillery")


def deal_specs(count: int, rng: random.Random) -> list[dict[str, object]]:
    """COUNT made-up deals: who, what, when."""
    codes = [c.alpha_3 for c in pycountry.countries][:120]
    suppliers = codes[:15]
    specs = []
    for n in range(count):
        supplier = rng.choices(suppliers, weights=[1 / (rank + 1) for rank in range(len(suppliers))])[0]
        recipient = rng.choice(codes)
        kind = rng.choices(("transfer", "production", "agreement"), weights=(8, 1, 1))[0]
        specs.append({
            "kind": kind, "supplier": supplier, "recipient": recipient,
            "system": f"{supplier} System {rng.randrange(60)}", "category": rng.choice(CATEGORIES),
            "quantity": rng.randrange(2, 200), "year": 2000 + rng.randrange(25), "n": n,
        })
    return specs


def event(spec: dict[str, object], rng: random.Random) -> Event:
    """One report of a deal, as an extractor might write it."""
    system = None if rng.random() < 0.2 else str(spec["system"])
    year = str(spec["year"])
    if spec["kind"] == "production":
        return Production(producer=str(spec["recipient"]), partner=str(spec["supplier"]), system=system,
                          category=str(spec["category"]), status="agreed", date=year)
    if spec["kind"] == "agreement":
        return Agreement(parties=[str(spec["supplier"]), str(spec["recipient"])], scope=["training"],
                         status="signed", date=year if rng.random() < 0.5 else None)
    return Transfer(supplier=str(spec["supplier"]), recipient=str(spec["recipient"]), system=system,
                    category=str(spec["category"]), quantity=int(str(spec["quantity"])) if rng.random() < 0.6 else None,
                    status=rng.choice(("planned", "ordered", "delivered")),
                    order_date=year if rng.random() < 0.5 else None)


def corpus(events: int, seed: int = 7) -> Iterator[tuple[Document, list[Event]]]:
    """Documents carrying EVENTS events in all; deals are reported a Zipf-distributed number of times."""
    rng = random.Random(seed)
    specs = deal_specs(max(events // 8, 1), rng)
    weights = [1 / (rank + 1) ** 0.8 for rank in range(len(specs))]
    picks = rng.choices(specs, weights=weights, k=events)
    texts: list[str] = []
    for number in range(0, events, EVENTS_PER_DOCUMENT):
        if texts and rng.random() < 0.1:  # a syndicated copy with a new masthead
            text = "Desk " + rng.choice(texts[-1000:])
        else:
            text = " ".join(rng.choices(WORDS, k=60))
            texts.append(text)
        published = f"{2000 + rng.randrange(25)}-{1 + rng.randrange(12):02d}"
        document = Document(id=f"doc-{number}", text=text, published=published)
        yield document, [event(spec, rng) for spec in picks[number:number + EVENTS_PER_DOCUMENT]]


def run(events: int) -> None:
    """Merge EVENTS synthetic events one document at a time; print time, rate, deals and peak memory."""
    reports = list(corpus(events))
    book = DealBook(kb=None)
    start = time.perf_counter()
    for document, found in reports:
        book.add(document, found)
    merged = time.perf_counter() - start
    start = time.perf_counter()
    deals = len(book.ids())
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{events:>10,} events  {merged:8.1f} s  {merged / events * 1e6:7.1f} us/event  "
          f"{deals:>9,} deals  peak {peak:,.0f} MiB")


def main() -> None:
    """Run each size in a fresh process (or one size here with --events)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, help="run one size in this process")
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    arguments = parser.parse_args()
    if arguments.events:
        run(arguments.events)
        return
    for size in arguments.sizes:
        subprocess.run([sys.executable, __file__, "--events", str(size)], check=True)


if __name__ == "__main__":
    main()
