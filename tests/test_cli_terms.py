"""The CLI's filter arguments read as people write them: names, aliases and codes, through the vocabulary;
a value that names nothing, a date that is no date and a threshold out of its range are clear errors."""

import json

import pytest
from typer.testing import CliRunner

from pactwatch import samples_folder
from pactwatch.cli import app

runner = CliRunner()


def cli(*args: str):
    return runner.invoke(app, list(args), env={"COLUMNS": "80"})


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('terms') / 'kb.db'}"
    result = cli("ingest", str(samples_folder()), "--db", url)
    assert result.exit_code == 0, result.stderr
    return url


def ids(kb: str, *args: str) -> list[int]:
    result = cli("agreements", "--db", kb, "-f", "json", *args)
    assert result.exit_code == 0, result.stderr
    return [a["id"] for a in json.loads(result.stdout)]


@pytest.mark.parametrize("option, spellings", [
    ("--country", ["GBR", "UK", "United Kingdom", "u.k.", "Britain"]),
    ("--country", ["KOR", "Korea", "South Korea", "kor", "Republic of Korea"]),
    ("--with", ["SGP", "Singapore", "singapore"]),
    ("--sector", ["semiconductors", "chips", "semiconductor", "Chip"]),
    ("--sector", ["clean_energy", "clean energy", "hydrogen"]),
    ("--kind", ["mou", "memorandum of understanding", "MOU"]),
    ("--status", ["concluded", "signed", "Signed"]),
])
def test_names_aliases_and_codes_find_the_same_agreements(kb, option, spellings):
    found = [ids(kb, option, spelling) for spelling in spellings]
    assert found[0], f"nothing found for {option} {spellings[0]}"
    assert all(f == found[0] for f in found), dict(zip(spellings, found))


def test_country_and_with_together(kb):
    assert ids(kb, "--country", "Korea", "--with", "UK") == ids(kb, "--country", "KOR", "--with", "GBR") != []


@pytest.mark.parametrize("args, words", [
    (["--country", "Koreaa"], ["--country", "'Koreaa' is not a known country", "Korea (KOR)"]),
    (["--with", "Narnia"], ["--with", "'Narnia' is not a known country"]),
    (["--sector", "chipz"], ["--sector", "'chipz' is not a known sector", "chips (semiconductors)"]),
    (["--kind", "fnd"], ["--kind", "'fnd' is not a known agreement kind", "fund"]),
    (["--status", "sined"], ["--status", "'sined'", "signed (concluded)"]),
    (["--since", "2024-13"], ["--since", "'2024-13' is not a real date"]),
    (["--until", "2024-02-30"], ["--until", "'2024-02-30' is not a real date"]),
    (["--since", "last year"], ["--since", "'last year' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"]),
    (["--sort", "foo"], ["--sort", "'foo' is not one of date, reports, usd, id"]),
    (["--sort", "dates"], ["did you mean date"]),
])
def test_a_value_that_names_nothing_is_a_clear_error(kb, args, words):
    result = cli("agreements", "--db", kb, *args)
    assert result.exit_code == 2, result.stdout
    message = " ".join(result.stderr.split())
    assert message.startswith("error:")
    for word in words:
        assert word in message
    assert "Traceback" not in message and result.stdout == ""


@pytest.mark.parametrize("value", ["2024", "2024-05", "2024-05-16"])
def test_dates_as_year_month_or_day(kb, value):
    assert cli("agreements", "--db", kb, "--since", value).exit_code == 0
    assert cli("agreements", "--db", kb, "--until", value).exit_code == 0


def test_since_and_until_bound_the_dates(kb):
    rows = json.loads(cli("agreements", "--db", kb, "--since", "2026-03", "--until", "2026-05", "-f", "json").stdout)
    assert rows and all("2026-03" <= r["date"][:7] <= "2026-05" for r in rows)


def test_sort_is_applied(kb):
    rows = json.loads(cli("agreements", "--db", kb, "--sort", "reports", "-f", "json").stdout)
    assert [r["reports"] for r in rows] == sorted((r["reports"] for r in rows), reverse=True)


@pytest.mark.parametrize("threshold", ["7", "0", "1", "-0.2"])
def test_remerge_threshold_out_of_its_range_is_refused(kb, threshold):
    result = cli("db", "remerge", "--db", kb, "--threshold", threshold)
    assert result.exit_code == 2
    assert "--threshold" in result.stderr and "between 0 and 1" in result.stderr


def test_remerge_max_days_cannot_be_negative(kb):
    result = cli("db", "remerge", "--db", kb, "--max-days", "-3")
    assert result.exit_code == 2 and "--max-days" in result.stderr


def test_ingest_threshold_is_checked_before_anything_is_read(tmp_path):
    result = cli("ingest", str(samples_folder()), "--db", str(tmp_path / "x.db"), "--threshold", "1.5")
    assert result.exit_code == 2 and "--threshold" in result.stderr
    assert not (tmp_path / "x.db").exists()


def test_partners_and_commitments_read_names_too(kb):
    by_code = json.loads(cli("partners", "KOR", "--db", kb, "-f", "json").stdout)
    assert by_code and json.loads(cli("partners", "South Korea", "--db", kb, "-f", "json").stdout) == by_code
    due = json.loads(cli("commitments", "--db", kb, "--country", "UK", "-f", "json").stdout)
    assert due and all("GBR" in c["countries"] for c in due)
    bad = cli("commitments", "--db", kb, "--status", "late")
    assert bad.exit_code == 2 and "'late' is not one of pending, due, overdue, fulfilled" in bad.stderr
    bad = cli("commitments", "--db", kb, "--due-before", "2027-14")
    assert bad.exit_code == 2 and "--due-before" in bad.stderr
    bad = cli("partners", "Atlantis", "--db", kb)
    assert bad.exit_code == 2 and "COUNTRY: 'Atlantis' is not a known country" in bad.stderr


@pytest.mark.parametrize("args", [["agreements", "--limit", "0"], ["search", "hydrogen", "--limit", "-3"],
                                  ["commitments", "--due-within", "-1"]])
def test_counts_below_their_range_are_refused(kb, args):
    result = cli(*args, "--db", kb)
    assert result.exit_code == 2 and args[-2] in result.stderr and "greater than or equal to" in result.stderr


def test_every_status_the_extractor_writes_is_a_status_filters_accept(kb):
    # "ended" (suspended, scrapped, collapsed) is one of GUIDELINES' statuses: asking for it is no error
    assert cli("agreements", "--db", kb, "--status", "ended").exit_code == 0
    assert ids(kb, "--status", "suspended") == ids(kb, "--status", "ended")


@pytest.mark.parametrize("column", ["name", "kind", "status", "usd"])
def test_the_cli_sorts_by_every_column_the_dashboard_and_api_sort_by(kb, column):
    assert cli("agreements", "--db", kb, "--sort", column).exit_code == 0
