"""What keeps a merge's cost flat as the database grows: a report is weighed only against the agreements that
could be its instrument (near its time, named alike, or a pledge it may carry out), an agreement's summary is
updated from its new report alone, and a commitment is looked for among its own parties' promises only."""

from datetime import date

import pytest
from sqlalchemy import event, select

from pactwatch.resolve.agreements import refresh
from pactwatch.resolve.commitments import attach
from pactwatch.store.models import Agreement, AgreementToken, Commitment, CommitmentReport

from .test_merging import article, report


@pytest.fixture
def session(database):
    with database.session(write=True) as session:
        yield session


def weighed(row) -> set[int]:
    """The agreements a report was weighed against (its merge reason lists them)."""
    reason = row.merge_reason
    listed = {c["agreement"] for c in reason.get("candidates", [])}
    return listed | ({reason["agreement"]} if reason.get("joined") else set())


def test_an_unnamed_report_years_away_is_not_weighed(session):
    old = article(session, "Norway and Chile signed a memorandum on offshore wind research.", date(2021, 3, 2))
    near = article(session, "Chile and Norway signed a memorandum on offshore wind.", date(2023, 6, 1),
                    outlet="b.example")
    new = article(session, "Norway and Chile signed a memorandum on offshore wind research.", date(2023, 6, 9),
                  outlet="c.example")
    first = report(session, old, old.text, "mou", ("CHL", "NOR"), sectors=["clean_energy"], when="2021-03-01")
    second = report(session, near, near.text, "mou", ("CHL", "NOR"), sectors=["clean_energy"], when="2023-05-30")
    third = report(session, new, new.text, "mou", ("CHL", "NOR"), sectors=["clean_energy"], when="2023-05-30")
    assert first.agreement_id not in weighed(third)  # two years and more apart: never one instrument unnamed
    assert third.agreement_id == second.agreement_id


def test_reports_named_alike_are_weighed_whatever_their_dates(session):
    a = article(session, "Kenya and Japan signed the Nairobi Quantum Sensing Accord on Monday.", date(2021, 4, 6))
    b = article(session, "Japan and Kenya renewed their work under the Nairobi Quantum Sensing Accord.",
                date(2024, 9, 2), outlet="b.example")
    first = report(session, a, a.text, "agreement", ("JPN", "KEN"), name="Nairobi Quantum Sensing Accord",
                   sectors=["quantum"], when="2021-04-05")
    second = report(session, b, b.text, "agreement", ("JPN", "KEN"), name="Nairobi Quantum Sensing Accord",
                    sectors=["quantum"], when="2024-09-01")
    assert first.agreement_id in weighed(second)
    tokens = set(session.execute(select(AgreementToken.token)
                                 .where(AgreementToken.agreement_id == first.agreement_id)).scalars())
    assert {"quantum", "sensing"} <= tokens  # its distinctive words (places aside)


def test_a_pledge_is_weighed_when_a_report_years_later_says_it_was_carried_out(session):
    a = article(session, "Poland and Canada will set up a fund for battery research, ministers said.",
                date(2023, 2, 14))
    b = article(session, "Canada and Poland launched their fund for battery research on Tuesday.", date(2024, 11, 20),
                outlet="b.example")
    pledge = report(session, a, a.text, "fund", ("CAN", "POL"), status="planned", sectors=["batteries"],
                    when="2023-02-14")
    done = report(session, b, b.text, "fund", ("CAN", "POL"), sectors=["batteries"], when="2024-11-19")
    assert pledge.agreement_id in weighed(done)


def test_a_summary_updated_report_by_report_is_the_one_made_from_all_reports(session):
    texts = ["Korea and Singapore signed the AI Alliance memorandum on 2 March, with a fund of US$40 million.",
             "Korea and Singapore signed an AI Alliance agreement on 2 March; Singapore pledged S$50 million.",
             "Seoul and Singapore agreed a memorandum on AI on 3 March, worth US$40 million.",
             "The memorandum on artificial intelligence signed by Korea and Singapore names NUS and KAIST."]
    rows = []
    for number, text in enumerate(texts):
        art = article(session, text, date(2026, 3, 2 + number % 2), outlet=f"o{number}.example")
        rows.append(report(session, art, text, ["mou", "agreement", "mou", "mou"][number],
                           name=["AI Alliance", "AI Alliance", None, "Korea-Singapore AI Alliance"][number],
                           sectors=[["ai"], ["ai", "finance"], [], ["ai"]][number],
                           when=["2026-03-02", "2026-03-02", "2026-03-03", None][number],
                           amounts=[[{"amount": 40e6, "currency": "USD", "usd": 40e6}],
                                    [{"amount": 50e6, "currency": "SGD", "usd": 37e6}],
                                    [{"amount": 40.2e6, "currency": "USD", "usd": 40.2e6}], []][number],
                           organizations=[[], [], ["KAIST"], ["NUS", "KAIST"]][number]))
    agreement = session.get(Agreement, rows[0].agreement_id)
    assert {r.agreement_id for r in rows} == {agreement.id}
    fields = ("kind", "name", "countries", "sectors", "status", "date", "quantity", "amounts", "usd", "report_count",
              "first_reported", "last_reported", "organizations", "statuses", "span_start", "span_end", "pledged")
    step_by_step = {f: getattr(agreement, f) for f in fields}
    agreement.tally = None  # as if written by an older pactwatch: recomputed from every report
    refresh(session, agreement)
    assert {f: getattr(agreement, f) for f in fields} == step_by_step
    assert step_by_step["report_count"] == 4 and step_by_step["organizations"] == ["KAIST", "NUS"]
    assert step_by_step["span_start"] == date(2026, 3, 2) and step_by_step["span_end"] == date(2026, 3, 3)
    assert len(step_by_step["amounts"]) == 2 and step_by_step["amounts"][0]["reports"] == [rows[0].id, rows[2].id]


def _promise(session, art, countries, due, action="open a joint research centre"):
    statement = CommitmentReport(article_id=art.id, position=0, countries=list(countries), action=action, due=due,
                                 evidence=[])
    session.add(statement)
    session.flush()
    return attach(session, statement, None, art.published)


def test_a_promise_is_matched_among_its_own_parties_promises_with_a_compatible_deadline(session):
    art = article(session, "Italy and Vietnam will open a joint research centre by 2027.", date(2026, 1, 5))
    first = _promise(session, art, ("ITA", "VNM"), "2027")
    assert _promise(session, art, ("VNM", "ITA"), "2027-06").id == first.id  # a more precise deadline
    assert _promise(session, art, ("ITA", "VNM", "FRA"), "2027").id != first.id  # a third party: another promise
    assert _promise(session, art, ("ITA",), "2027").id != first.id
    assert _promise(session, art, ("ITA", "VNM"), "2028").id != first.id
    assert session.get(Commitment, first.id).due == "2027-06"


def test_an_agreement_told_by_many_reports_is_judged_by_its_latest(session):
    from pactwatch.resolve.agreements import MEMBERS_WEIGHED

    text = "Mexico and Brazil signed a memorandum on lithium refining on Friday."
    rows = []
    for number in range(MEMBERS_WEIGHED + 3):
        art = article(session, text, date(2026, 4, 10), outlet=f"m{number}.example")
        rows.append(report(session, art, text, "mou", ("BRA", "MEX"), sectors=["critical_minerals"],
                           when="2026-04-10"))
    assert len({r.agreement_id for r in rows}) == 1
    assert rows[-1].merge_reason["with_report"] in {r.id for r in rows[-MEMBERS_WEIGHED - 1:-1]}


def test_the_latest_members_are_read_from_the_key_without_the_older_ones(session):
    from pactwatch.resolve.agreements import _LATEST_MEMBERS, MEMBERS_WEIGHED

    big, small = [], []
    for number in range(MEMBERS_WEIGHED + 4):
        art = article(session, "Chile and Kenya signed a memorandum on solar mapping.", date(2026, 5, 4),
                      outlet=f"k{number}.example")
        big.append(report(session, art, art.text, "mou", ("CHL", "KEN"), when="2026-05-04"))
    for number in range(3):
        art = article(session, "Chile and Kenya set up a fund for geothermal wells.", date(2026, 9, 1),
                      outlet=f"f{number}.example")
        small.append(report(session, art, art.text, "fund", ("CHL", "KEN"), when="2026-09-01"))
    ids = [big[0].agreement_id, small[0].agreement_id]
    assert len(set(ids)) == 2 and {r.agreement_id for r in big} == {ids[0]}
    rows = session.execute(_LATEST_MEMBERS, {"ids": ids}).all()
    assert [r.id for r in rows] == sorted(r.id for r in big[-MEMBERS_WEIGHED:] + small)
    if session.get_bind().dialect.name == "sqlite":
        seen = []
        listen = lambda conn, cursor, statement, values, context, many: seen.append((statement, values))  # noqa: E731
        event.listen(session.get_bind(), "before_cursor_execute", listen)
        session.execute(_LATEST_MEMBERS, {"ids": ids}).all()
        event.remove(session.get_bind(), "before_cursor_execute", listen)
        plan = [row[3] for row in session.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {seen[-1][0]}",
                                                                       seen[-1][1]).all()]
        assert any("(agreement_id=? AND rowid>?)" in step for step in plan), plan  # never the older reports
