"""The extractor's scores on the shared dev set and the project's evaluation set stay above their floors.

The floors sit just under what the extractor reaches with the packaged knowledge base; raise them as it
improves. The scorer is the shared one (``../shared/eval/score.py``); the dev part is skipped without it.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from armstrack.extract import build_pipeline
from armstrack.model import Document

ROOT = Path(__file__).parents[2]
SHARED = ROOT.parent / "shared" / "eval"
EVAL = ROOT / "eval"
# (event F1, strict F1, evidence share) floors
DEV_FLOORS = (0.95, 0.91, 1.0)
EVAL_FLOORS = (0.88, 0.58, 1.0)


def scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("armstrack_shared_score", SHARED / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score_set(documents: Path, gold: Path) -> dict[str, Any]:
    score = scorer()
    pipeline = build_pipeline()
    texts, predicted = {}, {}
    for line in documents.read_text(encoding="utf-8").splitlines():
        document = Document.from_dict(json.loads(line))
        texts[document.id] = document.text
        predicted[document.id] = {"id": document.id, "events": [e.to_format() for e in pipeline(document).events]}
    return score.score(score.read_jsonl(gold), predicted, texts)


@pytest.mark.slow
@pytest.mark.skipif(not (SHARED / "score.py").exists(), reason="../shared/eval is not checked out")
def test_dev_set_scores_stay_above_floors() -> None:
    report = score_set(SHARED / "dev" / "documents.jsonl", SHARED / "dev" / "gold.jsonl")
    assert report["event"]["f1"] >= DEV_FLOORS[0] and report["strict"]["f1"] >= DEV_FLOORS[1]
    assert report["evidence"]["share"] >= DEV_FLOORS[2]


@pytest.mark.slow
@pytest.mark.skipif(not (SHARED / "score.py").exists() or not (EVAL / "gold.jsonl").exists(),
                    reason="the scorer or the evaluation set is missing")
def test_evaluation_set_scores_stay_above_floors() -> None:
    report = score_set(EVAL / "documents.jsonl", EVAL / "gold.jsonl")
    assert report["event"]["f1"] >= EVAL_FLOORS[0] and report["strict"]["f1"] >= EVAL_FLOORS[1]
    assert report["evidence"]["share"] >= EVAL_FLOORS[2]
