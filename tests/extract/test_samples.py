"""Facts the bundled samples were written to contain (see samples/README.md)."""


import pytest

from pactwatch import samples_folder

SAMPLES = samples_folder()


@pytest.fixture(scope="module")
def results(extractor):
    return {p.stem[:2]: extractor(p.read_text(encoding="utf-8")) for p in sorted(SAMPLES.glob("*.txt"))}


def records(result):
    return {(a.kind, tuple(a.countries)) for a in result.agreements}


def test_dates_come_from_the_datelines(results):
    assert results["01"].published == "2026-03-02"
    assert results["03"].published == "2023-11-22"


def test_domestic_plan_and_commentary_yield_no_agreements(results):
    assert results["10"].agreements == []
    assert results["11"].agreements == []


def test_korea_singapore_alliance(results):
    got = records(results["01"])
    assert {("partnership", ("KOR", "SGP")), ("framework", ("KOR", "SGP")), ("fund", ("KOR", "SGP"))} <= got
    mous = [a for a in results["01"].agreements if a.kind == "mou"]
    assert [m.quantity for m in mous] == [7]
    fund = next(a for a in results["01"].agreements if a.kind == "fund")
    assert fund.status == "planned"
    assert {(x.amount, x.currency) for x in fund.amounts} == {(300_000_000, "USD"), (382_000_000, "SGD")}
    assert [c.due for c in results["01"].commitments] == ["2030"]


def test_eu_korea_research_fund_in_euros(results):
    fund = next(a for a in results["06"].agreements if a.kind == "fund")
    assert fund.countries == ["EU", "KOR"]
    assert [(x.amount, x.currency) for x in fund.amounts] == [(12_000_000, "EUR")]
    assert fund.amounts[0].usd is not None


def test_asean_statement_and_bloc_party(results):
    assert ("joint_statement", ("ASEAN", "KOR")) in records(results["12"])
    assert ("trade_agreement", ("ASEAN", "KOR")) in records(results["12"])


def test_commitment_within_twelve_months(results):
    assert "2027-01" in [c.due for c in results["02"].commitments]


def test_rupees_in_crore(results):
    assert (100_000_000_000, "INR") in {(a["amount"], a["currency"]) for a in results["07"].amounts}
