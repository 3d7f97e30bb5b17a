"""What the extractor finds in short texts written for these tests."""

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from pactwatch.errors import PipelineError
from pactwatch.extract.pipeline import COMPONENTS, check_order


def kinds(result):
    return sorted((a.kind, tuple(a.countries), a.status) for a in result.agreements)


def test_capitals_and_demonyms_stand_for_countries(extractor):
    text = "Seoul and Rome signed a memorandum of understanding on semiconductor packaging on Tuesday."
    result = extractor(text, date(2026, 1, 21))
    assert kinds(result) == [("mou", ("ITA", "KOR"), "concluded")]
    assert result.agreements[0].date == "2026-01-20"
    assert result.agreements[0].sectors == ["semiconductors"]


def test_korea_alone_is_south_korea_and_north_korea_is_its_own(extractor):
    result = extractor("Korea and Japan adopted a joint statement on hydrogen. North Korea was not mentioned in it.")
    assert ("joint_statement", ("JPN", "KOR"), "concluded") in kinds(result)
    assert "PRK" in result.countries and "KOR" in result.countries


def test_planned_fund_with_money_and_commitment(extractor):
    text = ("Germany and South Korea agreed on Thursday to set up a €200 million hydrogen fund, "
            "which will be established in Hamburg by the end of 2027.")
    result = extractor(text, date(2026, 2, 6))
    fund = next(a for a in result.agreements if a.kind == "fund")
    assert fund.countries == ["DEU", "KOR"]
    assert fund.status == "planned"
    assert [(a.amount, a.currency) for a in fund.amounts] == [(200_000_000, "EUR")]
    assert fund.amounts[0].usd and 150_000_000 < fund.amounts[0].usd < 300_000_000
    assert [c.due for c in result.commitments] == ["2027-12"]


def test_quantity_and_restatement_make_one_record(extractor):
    text = ("India and Japan exchanged five memorandums of understanding on chips on Monday.\n"
            "The five MOUs cover design, packaging and talent.")
    result = extractor(text, date(2026, 4, 14))
    mous = [a for a in result.agreements if a.kind == "mou"]
    assert len(mous) == 1 and mous[0].quantity == 5
    assert len(mous[0].evidence) == 2


def test_domestic_plan_is_not_an_agreement(extractor):
    text = "The Singapore government will invest S$1 billion in its national AI research plan between 2025 and 2030."
    result = extractor(text, date(2026, 3, 2))
    assert result.agreements == []
    assert result.commitments == []
    assert [(a["amount"], a["currency"]) for a in result.amounts] == [(1_000_000_000, "SGD")]


def test_speculation_and_questions_are_not_agreements(extractor):
    text = ("A closer partnership between China and South Korea could reshape the chip market.\n"
            "Will the alliance between Beijing and Seoul last?")
    assert extractor(text).agreements == []


def test_people_roles_and_surname_links(extractor):
    text = ("U.S. Commerce Secretary Gina Raimondo met Industry Minister Ahn Duk-geun in Washington.\n"
            "Raimondo said the talks went well, and Mr Ahn agreed.")
    people = {p.name: p for p in extractor(text).people}
    assert set(people) == {"Gina Raimondo", "Ahn Duk-geun"}
    assert people["Gina Raimondo"].role == "Commerce Secretary" and people["Gina Raimondo"].country == "USA"
    assert people["Ahn Duk-geun"].role == "Industry Minister"
    assert len(people["Ahn Duk-geun"].mentions) == 2


def test_organizations_from_gazetteer_and_definitions(extractor):
    text = ("The Korea Institute for Advancement of Technology (KIAT) and the Norwegian Offshore Wind Cluster "
            "Association (NOWCA) signed an MOU. NOWCA will host the first workshop.")
    orgs = {o.name: o for o in extractor(text).organizations}
    assert orgs["Korea Institute for Advancement of Technology"].country == "KOR"
    nowca = orgs["Norwegian Offshore Wind Cluster Association"]
    assert nowca.acronym == "NOWCA" and nowca.country == "NOR" and len(nowca.mentions) == 3  # name, (NOWCA), later NOWCA


def test_page_chrome_yields_no_facts(extractor):
    text = ("Korea and Vietnam signed an agreement on critical minerals on 3 May 2026.\n"
            "You may also like\n"
            "Japan and Brazil sign $5 billion semiconductor fund\n"
            "Leave a Comment\n")
    result = extractor(text)
    assert len(result.agreements) == 1
    assert result.amounts == []


def test_every_record_says_which_rule_made_it(extractor):
    text = "Britain and Korea launched a Digital Partnership on 22 November 2023."
    result = extractor(text)
    assert all(a.rule for a in result.agreements)
    assert all(o.rule for o in result.organizations)


def test_components_declare_their_order():
    check_order(COMPONENTS)
    try:
        check_order(tuple(reversed(COMPONENTS)))
    except PipelineError as error:
        assert "needs" in str(error)
    else:
        raise AssertionError("a reversed pipeline must be refused")


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400),
       st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31))))
def test_any_text_gives_valid_output_whose_offsets_index_it(extractor, text, published):
    result = extractor(text, published)
    data = result.to_dict()
    for agreement in data["agreements"]:
        assert len(agreement["countries"]) >= 1
        for evidence in agreement["evidence"]:
            assert text[evidence["start"]:evidence["end"]] == evidence["text"]
    for commitment in data["commitments"]:
        for evidence in commitment["evidence"]:
            assert text[evidence["start"]:evidence["end"]] == evidence["text"]
    for amount in data["amounts"]:
        assert text[amount["start"]:amount["end"]] == amount["text"]
    for item in data["people"] + data["organizations"]:
        for mention in item["mentions"]:
            assert text[mention["start"]:mention["end"]] == mention["text"]


NEWSY = st.lists(st.sampled_from([
    "Seoul and Rome signed three MOUs on Monday.", "The alliance will set up a US$300 million fund by 2030.",
    "President Lee Jae-myung met Prime Minister Giorgia Meloni.", "Korea-Singapore AI Cooperation Framework",
    "• A new dialogue on quantum", "The UK's partnership with Japan could grow.", "£270m", "(MOUs)",
    "Officials will draft a roadmap by mid-year.", "\n", " ", "“", "”", "\"", "Korea Semiconductor Industry Association",
]), max_size=30).map("".join)


@settings(max_examples=80, deadline=None)
@given(NEWSY, st.one_of(st.none(), st.dates(min_value=date(2000, 1, 1), max_value=date(2035, 1, 1))))
def test_newsy_fragments_never_break_offsets(extractor, text, published):
    test_any_text_gives_valid_output_whose_offsets_index_it.hypothesis.inner_test(extractor, text, published)
