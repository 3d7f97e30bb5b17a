"""Merging reports of one instrument from several outlets, decided on reports written here (the extractor is
not involved: each report is stored as an extractor would store it, then merged)."""

from datetime import date, datetime

import pytest
from sqlalchemy import select

from pactwatch.resolve.agreements import MergeOptions, merge_report, rebuild
from pactwatch.store.models import Agreement, Article, Mention, Person, Report, Source

_counter = iter(range(1, 10_000))


def article(session, text, published=None, outlet="outlet.example", people=()):
    """An article with its text; ``people``: (name, role) named in it (mentions at each occurrence)."""
    number = next(_counter)
    row = Article(text_hash=f"h{number}-{outlet}", title=text[:40], published=published, text=text,
                  extractor_version="test", ingested_at=datetime(2026, 1, 1),
                  published_source="input" if published else "none")
    session.add(row)
    session.flush()
    session.add(Source(article_id=row.id, doc_id=f"doc{number}", url=f"https://{outlet}/{number}", outlet=outlet,
                       relation="original", seen_at=datetime(2026, 1, 1)))
    for name, role in people:
        person = session.execute(select(Person).where(Person.key == name.lower())).scalar_one_or_none()
        if person is None:
            person = Person(key=name.lower(), name=name, role=role)
            session.add(person)
            session.flush()
        start = text.find(name)
        while start >= 0:
            session.add(Mention(article_id=row.id, entity_type="person", entity_id=str(person.id), start=start,
                                end=start + len(name), text=name))
            start = text.find(name, start + 1)
    session.flush()
    return row


def report(session, art, sentence, kind, countries=("KOR", "SGP"), *, name=None, status="concluded", when=None,
           sectors=(), amounts=(), quantity=1, organizations=(), options=MergeOptions()):
    """Store the report whose evidence is ``sentence`` (or several, found in the article's text) and merge it."""
    evidence = []
    for text in [sentence] if isinstance(sentence, str) else sentence:
        start = art.text.index(text)
        evidence.append({"start": start, "end": start + len(text), "text": text})
    position = len(session.execute(select(Report.id).where(Report.article_id == art.id)).all())
    row = Report(article_id=art.id, position=position, kind=kind, name=name, countries=list(countries),
                 organizations=list(organizations), sectors=list(sectors), status=status, date=when,
                 quantity=quantity, amounts=[dict(a) for a in amounts], rule="test", evidence=evidence)
    session.add(row)
    session.flush()
    merge_report(session, row, options)
    return row


@pytest.fixture
def session(database):
    with database.session(write=True) as session:
        yield session


def test_one_memorandum_told_two_ways_is_one_agreement(session):
    a = article(session, "Seoul and Singapore signed a memorandum of cooperation on battery recycling on Monday.",
                date(2026, 5, 12))
    b = article(session, "South Korea and Singapore struck a deal on recycling batteries, officials said Tuesday.",
                date(2026, 5, 12), outlet="other.example")
    first = report(session, a, a.text, "mou", sectors=["batteries"], when="2026-05-11")
    second = report(session, b, b.text, "agreement", sectors=["batteries"], when="2026-05-12")
    assert second.agreement_id == first.agreement_id
    reason = second.merge_reason
    assert reason["joined"] and reason["with_report"] == first.id and reason["score"] >= 0.6
    assert {item[0] for item in reason["why"]} >= {"parties", "kind", "date", "sectors"}


def test_a_summit_s_instruments_stay_apart_unless_their_defining_features_match(session):
    a = article(session, "Korea and Singapore signed a memorandum on quantum sensing. They also set up a "
                         "hydrogen fund of US$50 million.", date(2026, 5, 12))
    b = article(session, "The two countries adopted a quantum sensing memorandum and a US$50 million hydrogen fund.",
                date(2026, 5, 13), outlet="other.example")
    mou_a = report(session, a, "Korea and Singapore signed a memorandum on quantum sensing.", "mou",
                   sectors=["quantum"], when="2026-05-12")
    fund_a = report(session, a, "They also set up a hydrogen fund of US$50 million.", "fund", sectors=["clean_energy"],
                    when="2026-05-12", amounts=[{"amount": 50_000_000, "currency": "USD", "usd": 50_000_000}])
    mou_b = report(session, b, b.text, "mou", sectors=["quantum"], when="2026-05-12")
    fund_b = report(session, b, b.text, "fund", sectors=["clean_energy"], when="2026-05-12",
                    amounts=[{"amount": 50_000_000, "currency": "USD", "usd": 50_000_000}])
    assert mou_a.agreement_id != fund_a.agreement_id
    assert mou_b.agreement_id == mou_a.agreement_id and fund_b.agreement_id == fund_a.agreement_id


def test_one_memorandum_is_not_a_package_of_four(session):
    a = article(session, "India and Singapore exchanged a memorandum on chip design on Thursday.", date(2026, 9, 4))
    b = article(session, "India and Singapore exchanged four memoranda on chips, health, skills and digital trade.",
                date(2026, 9, 4), outlet="other.example")
    one = report(session, a, a.text, "mou", ("IND", "SGP"), sectors=["semiconductors"], when="2026-09-03")
    four = report(session, b, b.text, "mou", ("IND", "SGP"), sectors=["semiconductors", "digital"], when="2026-09-03",
                  quantity=4)
    assert four.agreement_id != one.agreement_id
    assert any(item[0] == "quantity" for item in four.merge_reason["best_candidate"]["why"])


def test_an_undated_report_of_another_year_does_not_join(session):
    old = article(session, "Australia and the United States signed a joint statement on quantum science.",
                  date(2021, 11, 20))
    new = article(session, "Australia and the United States signed a joint statement on quantum computing.",
                  date(2025, 10, 21), outlet="other.example")
    first = report(session, old, old.text, "joint_statement", ("AUS", "USA"), sectors=["quantum"])
    second = report(session, new, new.text, "joint_statement", ("AUS", "USA"), sectors=["quantum"], when="2025-10-20")
    assert second.agreement_id != first.agreement_id


def test_missing_dates_weaken_a_match_instead_of_passing_for_agreement(session):
    a = article(session, "Brazil and Chile agreed on a partnership in space research.")
    b = article(session, "Chile and Brazil have a partnership on space research.", outlet="other.example")
    first = report(session, a, a.text, "partnership", ("BRA", "CHL"), sectors=["space"])
    second = report(session, b, b.text, "partnership", ("BRA", "CHL"), sectors=["space"])
    assert second.agreement_id != first.agreement_id  # nothing but the pair, a generic kind and a topic
    why = second.merge_reason["best_candidate"]["why"]
    assert any(feature == "date" and weight < 0 for feature, weight, _ in why)


def test_a_named_signatory_joins_what_missing_dates_keep_apart(session):
    people = [("Liz Truss", "trade secretary"), ("Motegi Toshimitsu", "foreign minister")]
    a = article(session, "Liz Truss and Motegi Toshimitsu signed the UK-Japan trade agreement in Tokyo on Friday.",
                date(2020, 10, 23), people=people)
    b = article(session, "The UK and Japan sealed their trade deal: Liz Truss and Motegi Toshimitsu signed it.",
                outlet="other.example", people=people)
    first = report(session, a, a.text, "trade_agreement", ("GBR", "JPN"), when="2020-10-23")
    second = report(session, b, b.text, "trade_agreement", ("GBR", "JPN"))
    assert second.agreement_id == first.agreement_id
    assert any(feature == "signatories" for feature, _, _ in second.merge_reason["why"])


def test_a_partial_list_of_signing_bodies_is_no_veto(session):
    a = article(session, "KAIST and the National University of Singapore signed an AI memorandum on 3 March.",
                date(2026, 3, 3))
    b = article(session, "Korea's KIST and Singapore's A*STAR signed the AI memorandum on Monday.",
                date(2026, 3, 3), outlet="other.example")
    first = report(session, a, a.text, "mou", sectors=["ai"], when="2026-03-03", organizations=["KAIST"],
                   name="Korea-Singapore AI Research Memorandum")
    second = report(session, b, b.text, "mou", sectors=["ai"], when="2026-03-02", organizations=["KIST"],
                    name="AI Research Memorandum")
    assert second.agreement_id == first.agreement_id


def test_generic_kinds_are_not_compatible_with_every_kind(session):
    a = article(session, "Germany and Korea set up a hydrogen fund on Tuesday.", date(2026, 2, 5))
    b = article(session, "Germany and Korea reached an agreement on hydrogen on Tuesday.", date(2026, 2, 5),
                outlet="other.example")
    fund = report(session, a, a.text, "fund", ("DEU", "KOR"), sectors=["clean_energy"], when="2026-02-03")
    deal = report(session, b, b.text, "agreement", ("DEU", "KOR"), sectors=["clean_energy"], when="2026-02-03")
    assert deal.agreement_id != fund.agreement_id


def test_one_article_s_records_of_one_instrument_join_each_other(session):
    text = ("Korea and Italy adopted the Korea-Italy Action Plan 2026-2030. The action plan sets out yearly "
            "milestones. Separately, the two sides signed a memorandum on chips.")
    art = article(session, text, date(2026, 1, 19))
    first = "Korea and Italy adopted the Korea-Italy Action Plan 2026-2030."
    plan = report(session, art, first, "action_plan", ("ITA", "KOR"), name="Korea-Italy Action Plan",
                  when="2026-01-19")
    again = report(session, art, [first, "The action plan sets out yearly milestones."], "action_plan",
                   ("ITA", "KOR"), when="2026-01-19")
    other = report(session, art, "Separately, the two sides signed a memorandum on chips.", "mou", ("ITA", "KOR"),
                   sectors=["semiconductors"], when="2026-01-19")
    assert again.agreement_id == plan.agreement_id
    assert other.agreement_id != plan.agreement_id
    assert other.merge_reason["joined"] is False


def test_a_background_mention_attaches_to_what_it_names_and_never_takes_the_article_s_date(session):
    a = article(session, "Singapore and Korea signed the Korea-Singapore Free Trade Agreement in 2005.",
                date(2005, 8, 5))
    fta = report(session, a, a.text, "trade_agreement", name="Korea-Singapore Free Trade Agreement", when="2005-08-04")
    b = article(session, "The new deal builds on the Korea-Singapore Free Trade Agreement.", date(2026, 3, 2),
                outlet="other.example")
    mention = report(session, b, b.text, "trade_agreement", name="Korea-Singapore Free Trade Agreement",
                     status="existing", when="2026-03-02")
    assert mention.agreement_id == fta.agreement_id
    c = article(session, "Officials recalled the Korea-Singapore Digital Partnership.", date(2026, 3, 2))
    alone = report(session, c, c.text, "partnership", name="Korea-Singapore Digital Partnership", status="existing",
                   when="2026-03-02", sectors=["digital"])
    agreement = session.get(Agreement, alone.agreement_id)
    assert agreement.status == "existing" and agreement.date is None


def test_conflicting_details_stay_side_by_side(session):
    a = article(session, "The US and Vietnam signed the Semiconductor Supply Chain Memorandum on 10 September.",
                date(2023, 9, 11))
    b = article(session, "The Semiconductor Supply Chain Memorandum was signed on 11 September, with US$2 million.",
                date(2023, 9, 12), outlet="other.example")
    first = report(session, a, a.text, "mou", ("USA", "VNM"), name="Semiconductor Supply Chain Memorandum",
                   when="2023-09-10", amounts=[{"amount": 3_000_000, "currency": "USD", "usd": 3_000_000}])
    second = report(session, b, b.text, "mou", ("USA", "VNM"), name="Semiconductor Supply Chain Memorandum",
                    when="2023-09-11", amounts=[{"amount": 2_000_000, "currency": "USD", "usd": 2_000_000}])
    assert second.agreement_id == first.agreement_id
    agreement = session.get(Agreement, first.agreement_id)
    assert {a["amount"] for a in agreement.amounts} == {2_000_000, 3_000_000}


def test_rebuild_redoes_what_ingest_did(session):
    a = article(session, "Seoul and Singapore signed a memorandum of cooperation on battery recycling on Monday.",
                date(2026, 5, 12))
    b = article(session, "South Korea and Singapore struck a deal on recycling batteries, officials said Tuesday.",
                date(2026, 5, 12), outlet="other.example")
    report(session, a, a.text, "mou", sectors=["batteries"], when="2026-05-11")
    report(session, b, b.text, "agreement", sectors=["batteries"], when="2026-05-12")
    before = sorted((r.id, r.agreement_id) for r in session.execute(select(Report)).scalars())
    assert rebuild(session, MergeOptions()) == 1
    after = sorted((r.id, r.agreement_id is not None) for r in session.execute(select(Report)).scalars())
    assert [r for r, _ in after] == [r for r, _ in before] and all(joined for _, joined in after)
    strict = rebuild(session, MergeOptions(threshold=0.999))
    assert strict == 2


def test_a_report_that_fits_two_instruments_of_one_event_alike_joins_neither(session):
    a = article(session, "Japan and India signed a memorandum on chip design and a memorandum on chip packaging.",
                date(2026, 4, 14))
    design = report(session, a, a.text, "mou", ("IND", "JPN"), name="Chip Design Memorandum", sectors=["semiconductors"],
                    when="2026-04-14")
    packaging = report(session, a, [a.text, "Japan and India"], "mou", ("IND", "JPN"), name="Chip Packaging Memorandum",
                       sectors=["semiconductors"], when="2026-04-14")
    b = article(session, "Japan and India signed a chip memorandum on Tuesday.", date(2026, 4, 15),
                outlet="other.example")
    vague = report(session, b, b.text, "mou", ("IND", "JPN"), sectors=["semiconductors"], when="2026-04-14")
    assert design.agreement_id != packaging.agreement_id
    assert vague.agreement_id not in (design.agreement_id, packaging.agreement_id)
    assert "ambiguous" in vague.merge_reason


def test_an_instrument_of_another_kind_made_that_day_leaves_the_date_telling(session):
    a = article(session, "Peru and Korea signed a minerals agreement on Monday and created an investment fund.",
                date(2026, 5, 12))
    b = article(session, "Lima and Seoul inked an accord on Monday on minerals, the ministry said.",
                date(2026, 5, 13), outlet="other.example")
    deal = report(session, a, "Peru and Korea signed a minerals agreement on Monday", "agreement", ("KOR", "PER"),
                  when="2026-05-11", sectors=["critical_minerals"])
    fund = report(session, a, "created an investment fund", "fund", ("KOR", "PER"), when="2026-05-11")
    other = report(session, b, b.text, "agreement", ("KOR", "PER"), when="2026-05-11", sectors=["critical_minerals"])
    assert fund.agreement_id != deal.agreement_id
    assert other.agreement_id == deal.agreement_id, other.merge_reason
    assert not any("several instruments that day" in item[2] for item in other.merge_reason["why"])


def test_a_name_made_only_of_topic_words_says_no_more_than_the_topic(session):
    # one outlet gives the memorandum's long title, made of topic words only; the other calls it an agreement on
    # that topic, a day later: the title is no reason to keep them apart
    a = article(session, "Kenya and Japan signed a Memorandum of Cooperation on Semiconductor Supply Chains on "
                         "Sunday, the statement said.", date(2026, 5, 11))
    b = article(session, "The new partnership between Japan and Kenya includes an agreement on semiconductors, "
                         "officials said on Monday.", date(2026, 5, 11), outlet="other.example")
    first = report(session, a, a.text, "mou", ("JPN", "KEN"), name="Memorandum of Cooperation on Semiconductor "
                   "Supply Chains", sectors=["semiconductors"], when="2026-05-10")
    second = report(session, b, b.text, "agreement", ("JPN", "KEN"), sectors=["semiconductors"], when="2026-05-11")
    assert second.agreement_id == first.agreement_id


def test_a_name_with_words_of_its_own_still_keeps_an_unnamed_report_apart(session):
    # a distinctive name ("Lake Turkana") that the other story does not tell: another instrument of that topic
    a = article(session, "Kenya and Japan signed the Lake Turkana Geothermal Memorandum on Sunday, the statement "
                         "said.", date(2026, 5, 11))
    b = article(session, "Japan and Kenya also signed an agreement on geothermal power, officials said on Monday.",
                date(2026, 5, 11), outlet="other.example")
    first = report(session, a, a.text, "mou", ("JPN", "KEN"), name="Lake Turkana Geothermal Memorandum",
                   sectors=["clean_energy"], when="2026-05-10")
    second = report(session, b, b.text, "agreement", ("JPN", "KEN"), sectors=["clean_energy"], when="2026-05-11")
    assert second.agreement_id != first.agreement_id
