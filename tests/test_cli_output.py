"""What the CLI prints: tables that fit an 80-column terminal with readable cells (no Python reprs), CSV with
raw numbers and one list separator, in the query commands and in ``export --to csv`` alike."""

import csv
import io
import json
import re

import pytest
from typer.testing import CliRunner

from pactwatch import samples_folder
from pactwatch.cli import app

runner = CliRunner()
REPRS = re.compile(r"\bNone\b|\[\s*'|\{\s*'|'\s*\]|\d(\.\d+)?e[+-]\d")


def cli(*args: str, columns: int = 80):
    result = runner.invoke(app, list(args), env={"COLUMNS": str(columns)})
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('output') / 'kb.db'}"
    result = runner.invoke(app, ["ingest", str(samples_folder()), "--db", url])
    assert result.exit_code == 0, result.stderr
    return url


TABLES = [
    ["agreements"], ["agreements", "--country", "KOR", "--sort", "usd"], ["partners", "KOR"], ["partners", "JPN"],
    ["commitments", "--as-of", "2027-01-01"], ["search", "semiconductor"], ["show", "1"], ["stats"],
]


@pytest.mark.parametrize("args", TABLES, ids=lambda a: " ".join(a))
@pytest.mark.parametrize("columns", [80, 60])
def test_tables_fit_the_terminal_and_read_as_text(kb, args, columns):
    out = cli(*args, "--db", kb, columns=columns)
    assert out.strip()
    widest = max(len(line) for line in out.splitlines())
    assert widest <= columns, f"{widest} columns:\n{out}"
    assert not REPRS.search(out), out


def test_agreement_table_keeps_every_id_status_and_date_whole(kb):
    out = cli("agreements", "--db", kb)
    for row in json.loads(cli("agreements", "--db", kb, "-f", "json")):
        line = next((line for line in out.splitlines() if re.match(rf"\W*{row['id']}\b", line)), None)
        assert line is not None, f"agreement {row['id']} missing:\n{out}"
        assert row["status"] in line and (row["date"] or "") in line
    assert "KOR; SGP" in out and "joint statement" in out  # lists and kinds read as words


def test_wide_terminals_are_used(kb):
    narrow, wide = cli("agreements", "--db", kb, columns=80), cli("agreements", "--db", kb, columns=160)
    assert len(wide.splitlines()) < len(narrow.splitlines())
    assert max(len(line) for line in wide.splitlines()) > 80


def test_csv_has_raw_numbers_and_one_list_separator(kb):
    rows = list(csv.DictReader(io.StringIO(cli("agreements", "--db", kb, "-f", "csv"))))
    money = [r for r in rows if r["usd"]]
    assert money and all(re.fullmatch(r"\d+", r["usd"]) for r in money)
    both = [r for r in rows if "KOR" in r["countries"] and "SGP" in r["countries"]]
    assert both and all(r["countries"] == "KOR; SGP" for r in both)
    several = [r for r in rows if ";" in r["sectors"]]
    assert several and all(re.fullmatch(r"[a-z_]+(; [a-z_]+)+", r["sectors"]) for r in several)
    partners = list(csv.DictReader(io.StringIO(cli("partners", "KOR", "--db", kb, "-f", "csv"))))
    assert any(re.fullmatch(r"\d+", p["usd_concluded"]) for p in partners)
    shown = list(csv.DictReader(io.StringIO(cli("show", "1", "--db", kb, "-f", "csv"))))
    amounts = [r["amounts"] for r in shown if r["amounts"]]
    assert amounts and all(re.fullmatch(r"\d+(\.\d+)? [A-Z]{3}(; \d+(\.\d+)? [A-Z]{3})*", a) for a in amounts)
    for text in (cli("agreements", "--db", kb, "-f", "csv"), cli("show", "1", "--db", kb, "-f", "csv")):
        assert not REPRS.search(text) and not re.search(r"\"\d{1,3}(,\d{3})+\"", text)


def test_export_csv_writes_the_same_way(kb, tmp_path):
    result = runner.invoke(app, ["export", "--to", "csv", str(tmp_path / "kb.csv"), "--db", kb])
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader((tmp_path / "kb.csv").open(encoding="utf-8")))
    assert all(re.fullmatch(r"\d*", r["usd"]) for r in rows)
    amounts = [r["amounts"] for r in rows if r["amounts"]]
    assert amounts and all(re.fullmatch(r"\d+(\.\d+)? [A-Z]{3}(; \d+(\.\d+)? [A-Z]{3})*", a) for a in amounts)
    assert any(r["countries"] == "KOR; SGP" for r in rows)
    reports = list(csv.DictReader((tmp_path / "kb.reports.csv").open(encoding="utf-8")))
    assert any(r["countries"] == "KOR; SGP" for r in reports)
    assert not any(" | " in value for r in reports for value in r.values() if value)
    for name in ("kb.csv", "kb.reports.csv"):
        assert not re.search(r"\d(\.\d+)?e[+-]\d", (tmp_path / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("value, shown", [(999_600_000, "1B"), (999_950_000_000, "1T"), (33_500_000, "33.5M"),
                                          (1_070_000_000, "1.07B"), (4_500, "4,500")])
def test_skimmable_numbers_never_use_exponents(value, shown):
    from pactwatch.analyze.cells import short_number
    assert short_number(value) == shown
