"""Merge quality gate: the merge set's figures, scored end to end through the CLI, must stay above the floors.

``merge_score.py`` (beside the evaluation sets, in ``../shared/eval``) ingests the merge set's articles with
the ``pactwatch`` command of this environment into a fresh database and reads every canonical agreement
back through the public CLI. The floors are pinned in ``tests/merge_floor.json``. The test skips, saying
so, only when that folder is absent (``PACTWATCH_MERGE_SET`` points at another set).
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MERGE_SET = Path(os.environ.get("PACTWATCH_MERGE_SET", ROOT.parent / "shared" / "eval" / "merge-dev"))
SCORER = MERGE_SET.parent / "merge_score.py"
FLOORS = json.loads((Path(__file__).parent / "merge_floor.json").read_text())


def _pactwatch() -> str:
    beside = Path(sys.executable).parent / "pactwatch"  # the command installed with this environment
    return str(beside) if beside.exists() else (shutil.which("pactwatch") or "pactwatch")


@pytest.fixture(scope="module")
def figures(tmp_path_factory):
    if not SCORER.exists() or not (MERGE_SET / "gold.json").is_file():
        pytest.skip(f"no merge set at {MERGE_SET} (the shared/ folder is absent)")
    done = subprocess.run([sys.executable, str(SCORER), "--set", str(MERGE_SET), "--json", "--pactwatch", _pactwatch(),
                           "--workdir", str(tmp_path_factory.mktemp("merge") / "run")],
                          capture_output=True, text=True, timeout=1800)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout)


def test_bcubed_f1_above_floor(figures):
    f1 = figures["bcubed"]["f1"]
    assert f1 >= FLOORS["bcubed_f1"], f"B-cubed F1 {f1:.3f} is below the floor {FLOORS['bcubed_f1']}"


def test_pairwise_f1_above_floor(figures):
    f1 = figures["pairwise"]["f1"]
    assert f1 >= FLOORS["pairwise_f1"], f"pairwise F1 {f1:.3f} is below the floor {FLOORS['pairwise_f1']}"


def test_no_distractor_is_merged(figures):
    assert figures["distractor_wrong_merges"] <= FLOORS["distractor_wrong_merges"]


def test_multi_report_events_kept_whole(figures):
    events = figures["event_clusters"]
    whole = events["all_found_in_one_canonical_2plus"]
    assert whole >= FLOORS["events_whole"], (f"{whole} of {events['with_2plus_found_reports']} events with two or more "
                                             f"reports found end in one canonical agreement (floor {FLOORS['events_whole']})")


def test_reports_found_above_floor(figures):
    recall = figures["reports"]["recall"]
    assert recall >= FLOORS["reports_recall"], f"reports found {recall:.3f} below the floor {FLOORS['reports_recall']}"
