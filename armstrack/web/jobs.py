"""Ingest jobs: each submission of the add-sources page runs the real ingest path in the background.

One worker thread runs the jobs in order, so two submissions never write the store at once;
the page polls ``/api/jobs/{id}`` for the counts, the errors and the deals each job touched.
"""

from __future__ import annotations

import re
import shutil
import tempfile
import threading
import uuid
from collections import Counter, OrderedDict
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from armstrack.errors import ArmstrackError, InputError
from armstrack.ingest import RESULTS, Ingestion, IngestRun
from armstrack.model import Document, content_hash
from armstrack.pipeline import Pipeline
from armstrack.settings import Options
from armstrack.sources import read_inputs
from armstrack.sources.text import text_document
from armstrack.store import Store

# Finished jobs kept for their status pages; older ones are forgotten first.
KEPT_JOBS = 200
_UNSAFE_NAME = re.compile(r"[^\w.-]+")


@dataclass
class Upload:
    """A file sent with a submission: its name as the browser gave it, and its bytes."""

    name: str
    content: bytes


@dataclass
class Submission:
    """What one add-sources form sends: pasted text, uploaded files, URLs of pages or feeds."""

    text: str = ""
    title: str | None = None
    published: str | None = None
    urls: list[str] = field(default_factory=list)
    uploads: list[Upload] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        """True when there is nothing to ingest."""
        return not self.text.strip() and not self.urls and not self.uploads


@dataclass
class Job:
    """One submission's progress: its state and what its ingest did so far."""

    id: str
    inputs: int
    state: str = "queued"  # queued, running, done, failed
    created: str = field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds"))
    run: IngestRun = field(default_factory=IngestRun)

    @property
    def counts(self) -> Counter[str]:
        """A count per ingest result."""
        return self.run.counts

    @property
    def errors(self) -> list[str]:
        """One line per problem, naming the input."""
        return self.run.problems

    @property
    def documents(self) -> list[str]:
        """The ids of the documents stored (or already there)."""
        return self.run.documents

    @property
    def deals(self) -> list[str]:
        """The ids of the deals the job touched."""
        return self.run.deals

    def to_dict(self) -> dict[str, Any]:
        """The job as the status endpoint reports it."""
        return {
            "id": self.id, "state": self.state, "created": self.created, "inputs": self.inputs,
            "processed": sum(self.counts.values()), "counts": {name: self.counts[name] for name in RESULTS},
            "errors": list(self.errors), "documents": list(self.documents), "deals": list(self.deals),
        }


class JobBoard:
    """The jobs of one server and the single worker that runs them against the store."""

    def __init__(self, store: Store, options: Options) -> None:
        self.store = store
        self.options = options
        self.jobs: OrderedDict[str, Job] = OrderedDict()
        self._lock = threading.Lock()
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="armstrack-ingest")
        self._pipeline: Pipeline | None = None

    def submit(self, submission: Submission) -> Job:
        """Queue a submission; the returned job fills in as the worker gets through it."""
        job = Job(uuid.uuid4().hex, bool(submission.text.strip()) + len(submission.urls) + len(submission.uploads))
        with self._lock:
            self.jobs[job.id] = job
            while len(self.jobs) > KEPT_JOBS:
                self.jobs.popitem(last=False)
        self._worker.submit(self._run, job, submission)
        return job

    def get(self, job_id: str) -> Job | None:
        """The job with this id, if the board still knows it."""
        with self._lock:
            return self.jobs.get(job_id)

    def close(self) -> None:
        """Stop taking jobs; queued ones are dropped, a running one finishes."""
        self._worker.shutdown(wait=True, cancel_futures=True)

    def _run(self, job: Job, submission: Submission) -> None:
        job.state = "running"
        folder = Path(tempfile.mkdtemp(prefix="armstrack-upload-"))
        try:
            documents = _documents(submission, folder, self.options)
            self._ingest(job, documents)
            job.state = "done"
        except Exception as err:  # a crash must end as a failed job the page can show, not a silent thread
            job.errors.append(f"job {job.id}: {type(err).__name__}: {err}")
            job.state = "failed"
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def _ingest(self, job: Job, documents: Iterable[Document | InputError]) -> None:
        """The ingest path of ``armstrack ingest``, tallied on the job as it goes."""
        ingestion = Ingestion(self.store, self.options, self._pipeline, run=job.run)
        self._pipeline = ingestion.pipeline  # built once, on the first job
        for _ in ingestion(documents):
            pass


def _documents(submission: Submission, folder: Path, options: Options) -> Iterator[Document | InputError]:
    """The submission's documents: the pasted text first, then uploaded files and URLs through the readers."""
    if submission.text.strip():
        yield pasted_document(submission, options)
    names = {}
    for n, upload in enumerate(submission.uploads):
        path = folder / f"{n}" / (_UNSAFE_NAME.sub("_", Path(upload.name).name).strip("._") or "upload.txt")
        path.parent.mkdir()
        path.write_bytes(upload.content)
        names[str(path)] = f"upload:{upload.name}"
    for item in read_inputs([*names, *submission.urls], options):
        yield _renamed(item, names)


def pasted_document(submission: Submission, options: Options) -> Document | InputError:
    """The pasted text as one document; its id comes from its content, so pasting it again changes nothing."""
    text = submission.text.replace("\r\n", "\n")
    doc_id = f"pasted-{content_hash(text)[:12]}"
    document = text_document(doc_id, text, "pasted text", options)
    if isinstance(document, Document):
        document.title = (submission.title or "").strip() or None
        document.published = (submission.published or "").strip() or None
    return document


def _renamed(item: Document | InputError, names: dict[str, str]) -> Document | InputError:
    """Uploaded files named as the user named them, not by their temporary path."""
    for path, name in names.items():
        if isinstance(item, Document) and item.source and item.source.startswith(path):
            item.source = name + item.source[len(path):]
        elif isinstance(item, ArmstrackError) and path in str(item):
            return InputError(name, str(item).replace(f"{path}: ", "").replace(path, name))
    return item
