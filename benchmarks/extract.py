"""Extraction throughput: documents per second on one core and peak memory, KB loaded once.

    python3 benchmarks/extract.py [--documents 1000] [--chars 3000] [--detect-language]

The corpus is generated: paragraphs of the dev seed articles (when ../shared is checked out) and of the
bundled evaluation set, shuffled with a fixed seed and cut to about --chars characters per document.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import time
from pathlib import Path

from armstrack.extract import build_pipeline
from armstrack.kb import KnowledgeBase
from armstrack.model import Document

ROOT = Path(__file__).parents[1]
SOURCES = (ROOT.parent / "shared" / "eval" / "dev" / "documents.jsonl", ROOT / "eval" / "documents.jsonl")


def paragraphs() -> list[tuple[str, str | None]]:
    """(paragraph, language) pairs from every available source corpus."""
    found = []
    for path in SOURCES:
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            found += [(p, row.get("language")) for p in row["text"].split("\n") if len(p) > 40]
    return found


def corpus(count: int, chars: int, seed: int = 7) -> list[Document]:
    """COUNT documents of about CHARS characters, each in one language when the source says which."""
    rng = random.Random(seed)
    pool = paragraphs()
    by_language: dict[str | None, list[str]] = {}
    for text, lang in pool:
        by_language.setdefault(lang, []).append(text)
    languages = sorted(by_language, key=str)
    documents = []
    for number in range(count):
        lang = languages[number % len(languages)]
        parts: list[str] = []
        while sum(len(p) + 1 for p in parts) < chars:
            parts.append(rng.choice(by_language[lang]))
        documents.append(Document(f"bench-{number}", "\n".join(parts)[:chars], published="2024-06-01", language=lang))
    return documents


def main() -> None:
    """Run the benchmark and print documents per second and peak memory."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--chars", type=int, default=3000)
    parser.add_argument("--detect-language", action="store_true", help="drop language hints (lingua runs)")
    args = parser.parse_args()
    started = time.perf_counter()
    kb = KnowledgeBase.load()
    pipeline = build_pipeline(kb=kb)
    load_s = time.perf_counter() - started
    documents = corpus(args.documents, args.chars)
    if args.detect_language:
        documents = [Document(d.id, d.text, published=d.published) for d in documents]
    pipeline(documents[0])  # warm caches (lingua's model when detecting)
    started, cpu_started = time.perf_counter(), time.process_time()
    events = sum(len(pipeline(document).events) for document in documents)
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started  # per core: CPU time, steady when other jobs share the machine
    megabytes = sum(len(d.text.encode("utf-8")) for d in documents) / 1e6
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"knowledge base + pipeline load: {load_s:.2f} s ({len(kb.systems)} systems, {len(kb.firms)} firms)")
    print(f"{len(documents)} documents, {megabytes:.1f} MB, {events} events in {elapsed:.2f} s")
    print(f"throughput: {len(documents) / cpu:.0f} documents/s per core (CPU time), {megabytes / cpu:.2f} MB/s; "
          f"wall clock {len(documents) / elapsed:.0f} documents/s")
    print(f"peak resident memory: {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
