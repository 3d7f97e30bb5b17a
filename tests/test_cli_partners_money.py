"""`pactwatch partners` says what its money counts, as the dashboard's country page does: concluded agreements'
sums, planned or proposed ones apart, each sum whole for every partner (never all statuses in one column)."""

import json

from pactwatch.analyze.cells import cell

from .test_cli_terms import cli, kb  # noqa: F401 - the samples' knowledge base, shared
from .web import tally


def test_partners_money_is_concluded_with_planned_apart(kb):  # noqa: F811
    result = cli("partners", "Korea", "--db", kb, "-f", "json")
    assert result.exit_code == 0, result.stderr
    partners = {p["partner"]: p for p in json.loads(result.stdout)}
    agreements = json.loads(cli("agreements", "--country", "KOR", "--db", kb, "-f", "json", "--limit", "1000").stdout)
    sums = tally.money(agreements, "KOR")
    concluded = {k: v["concluded"] for k, v in sums.items() if v["concluded"]}
    planned = {k: v["pledged"] for k, v in sums.items() if v["pledged"]}
    assert planned and concluded
    for code, row in partners.items():
        assert "usd" not in row  # no column mixing statuses
        assert (row["usd_concluded"] or 0) == concluded.get(code, 0), code
        assert (row["usd_planned"] or 0) == planned.get(code, 0), code
    table = cli("partners", "KOR", "--db", kb).stdout
    assert "concluded" in table and "planned" in table


def test_each_sum_is_named_on_a_narrow_terminal(kb):  # noqa: F811
    table = " ".join(cli("partners", "KOR", "--db", kb).stdout.split())  # 80 columns: a card per partner
    partners = json.loads(cli("partners", "KOR", "--db", kb, "-f", "json").stdout)
    named = [(column, cell(p[column], human=True)) for p in partners for column in ("usd_concluded", "usd_planned")
             if p[column]]
    assert {column for column, _ in named} == {"usd_concluded", "usd_planned"}  # the samples have both
    for column, shown in named:
        assert f"{column} {shown}" in table
