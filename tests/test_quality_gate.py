"""Extraction quality gate: F1 on the development set must stay above the pinned floors.

The set and its scorer live in ``../shared/eval`` beside the repository (or
where ``PACTWATCH_EVAL_SET`` points). The test skips, saying so, only when
that folder is absent.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pactwatch.ingest.readers import document_from_record

ROOT = Path(__file__).resolve().parents[1]
EVAL_SET = Path(os.environ.get("PACTWATCH_EVAL_SET", ROOT.parent / "shared" / "eval" / "dev"))
SCORER = EVAL_SET.parent / "score.py"
FLOORS = json.loads((Path(__file__).parent / "quality_floor.json").read_text())


@pytest.fixture(scope="module")
def scores(extractor, tmp_path_factory):
    if not SCORER.exists() or not (EVAL_SET / "gold").is_dir():
        pytest.skip(f"no evaluation set at {EVAL_SET} (the shared/ folder is absent)")
    tmp = tmp_path_factory.mktemp("eval")
    articles = subprocess.run([sys.executable, str(SCORER), "input", "--set", str(EVAL_SET)],
                              capture_output=True, text=True, check=True).stdout
    with (tmp / "pred.jsonl").open("w") as out:
        for number, line in enumerate(articles.splitlines(), 1):
            doc = document_from_record(json.loads(line), f"eval:{number}", str(number))
            result = extractor(doc.text, doc.published, doc.id)
            out.write(json.dumps(result.to_dict()) + "\n")
    report = subprocess.run([sys.executable, str(SCORER), "score", "--set", str(EVAL_SET),
                             "--pred", str(tmp / "pred.jsonl"), "--json"],
                            capture_output=True, text=True, check=True).stdout
    return json.loads(report)


def test_overall_f1_above_floor(scores):
    assert scores["documents_without_prediction"] == []
    assert scores["overall_f1"] >= FLOORS["overall_f1"], f"overall_f1 {scores['overall_f1']:.3f}"


@pytest.mark.parametrize("field", ["agreements", "amounts", "country pairs", "commitments", "people", "organizations",
                                   "sectors"])
def test_field_f1_above_floor(scores, field):
    f1 = scores["fields"][field]["f1"]
    assert f1 >= FLOORS[field], f"{field} F1 {f1:.3f} is below the floor {FLOORS[field]}"


@pytest.mark.parametrize("field", ["status", "date", "person country", "person role", "sectors", "org country"])
def test_matched_agreement_accuracy_above_floor(scores, field):
    accuracy = scores["matched_agreement_accuracy"][field]
    floor = FLOORS[f"matched {field} accuracy"]
    assert accuracy >= floor, f"{field} accuracy on matched agreements {accuracy:.3f} is below the floor {floor}"
