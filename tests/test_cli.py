"""The ``pactwatch extract`` command, run as a user runs it (a real subprocess)."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from pactwatch import samples_folder

DATA = Path(__file__).parent / "data"
SAMPLES = samples_folder()


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pactwatch.cli", *args], input=stdin,
                          capture_output=True, timeout=300)


def records(stdout: bytes) -> list[dict]:
    return [json.loads(line) for line in stdout.decode().splitlines() if line.strip()]


def test_jsonl_with_broken_lines_reports_each_and_keeps_the_rest():
    result = run("extract", str(DATA / "broken.jsonl"))
    assert result.returncode == 1
    out = records(result.stdout)
    assert [r["id"] for r in out] == ["good-1", "good-2", "bad-date"]
    err = result.stderr.decode()
    assert "broken.jsonl:2: not valid JSON" in err
    assert "broken.jsonl:3: missing field 'text'" in err
    assert "broken.jsonl:4: empty text" in err
    assert "broken.jsonl:5: expected a JSON object" in err
    assert "broken.jsonl:7: 'published' 'last spring' is not an ISO date" in err
    assert out[0]["agreements"][0]["kind"] == "mou"
    assert out[0]["agreements"][0]["countries"] == ["AUS", "JPN"]
    assert out[0]["agreements"][0]["date"] == "2025-05-06"


def test_bad_files_each_get_a_message_naming_them(tmp_path):
    (tmp_path / "empty.txt").write_text("  \n")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 50)
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 talks: Spain and Chile sign a pact on lithium".encode("latin-1"))
    (tmp_path / "garbage.txt").write_bytes(bytes(range(128, 256)) * 40)
    (tmp_path / "huge.txt").write_text("Seoul and Rome signed an MOU. " * 200_000)
    good = tmp_path / "good.txt"
    good.write_text("Seoul and Rome signed a memorandum of understanding on chips on 19 January 2026.\n")
    result = run("extract", str(tmp_path), "--max-bytes", "1000000")
    err = result.stderr.decode()
    assert result.returncode == 1
    assert "empty.txt: empty text" in err
    assert "binary.txt: binary data" in err
    assert "latin1.txt: not UTF-8; decoded as" in err  # another encoding is read, and said so
    assert "garbage.txt: not valid UTF-8" in err or "garbage.txt: binary data" in err
    assert "huge.txt: 6.0 MB is over the 1.0 MB limit" in err
    out = {r["id"]: r for r in records(result.stdout)}
    assert set(out) == {"good", "latin1"}
    assert out["latin1"]["countries"] == ["CHL", "ESP"]


def test_missing_input_is_an_error_but_others_run(tmp_path):
    good = tmp_path / "a.txt"
    good.write_text("Canada and Korea signed a memorandum of understanding on batteries.")
    result = run("extract", str(tmp_path / "nope.txt"), str(good))
    assert result.returncode == 1
    assert "nope.txt: no such file or folder" in result.stderr.decode()
    assert [r["id"] for r in records(result.stdout)] == ["a"]


def test_stdin_text_and_json_array_output():
    text = b"Singapore and Korea launched an AI alliance on Monday (Mar 2), with a US$300 million fund to follow by 2030."
    result = run("extract", "-", "--format", "json", stdin=text)
    assert result.returncode == 0, result.stderr.decode()
    data = json.loads(result.stdout)
    assert data[0]["id"] == "stdin"
    amounts = data[0]["amounts"]
    assert amounts[0]["amount"] == 300_000_000 and amounts[0]["currency"] == "USD"
    assert text.decode()[amounts[0]["start"]:amounts[0]["end"]] == "US$300 million"


def test_table_shows_agreements_with_their_evidence():
    result = run("extract", str(SAMPLES), "--format", "table")
    assert result.returncode == 0, result.stderr.decode()
    out = result.stdout.decode()
    assert "Agreements" in out and "partnership" in out and "“" in out


def test_output_file_and_order(tmp_path):
    target = tmp_path / "out.jsonl"
    result = run("extract", str(SAMPLES), "--output", str(target))
    assert result.returncode == 0, result.stderr.decode()
    ids = [r["id"] for r in records(target.read_bytes())]
    reports = [json.loads(line)["id"] for line in (SAMPLES / "reports.jsonl").read_text().splitlines() if line.strip()]
    assert ids == sorted(p.stem for p in SAMPLES.glob("*.txt")) + reports  # files in name order, lines in order


@pytest.mark.parametrize("args", [["--help"], ["extract", "--help"], ["--version"]])
def test_help_and_version(args):
    result = run(*args)
    assert result.returncode == 0
    assert b"pactwatch" in result.stdout or b"Usage" in result.stdout


def test_a_50_mb_text_is_refused_by_name_and_the_rest_runs(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:  # sparse: 50 MB on paper, nothing written
        handle.truncate(50 * 1024 * 1024)
    (tmp_path / "small.txt").write_text("Korea and Chile signed an agreement on lithium on 4 June 2026.")
    result = run("extract", str(tmp_path))
    assert result.returncode == 1
    assert "big.txt: 52.4 MB is over the 5.0 MB limit for one document (--max-bytes)" in result.stderr.decode()
    assert [r["id"] for r in records(result.stdout)] == ["small"]


@pytest.mark.parametrize("workers", ["1", "2"])
def test_explain_lists_what_was_left_out_and_why(tmp_path, workers):
    lines = [{"id": f"d{i}", "published": "2026-03-12",
              "text": "Kenya and Japan exchanged views on prospects for new partnerships. "
                      "Peru and Chile signed an MoU on lithium on Monday."} for i in range(40)]  # (more than
    # two chunks of 16: the workers, not the main process, extract)
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(line) + "\n" for line in lines))
    explained = records(run("extract", str(source), "--explain", "--workers", workers).stdout)
    assert [r["id"] for r in explained] == [f"d{i}" for i in range(40)]
    for r in explained:
        assert [a["kind"] for a in r["agreements"]] == ["mou"]
        assert [(x["text"], x["why"]) for x in r["rejected"]] == [("partnerships", "prospects of what might come")]
    plain = records(run("extract", str(source), "--workers", workers).stdout)
    assert all("rejected" not in r for r in plain)
