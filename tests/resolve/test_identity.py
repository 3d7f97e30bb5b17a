"""The pieces of evidence the merge weighs, one by one."""

from pactwatch.resolve.identity import days_apart, is_leader, own_date, person_key, same_person
from pactwatch.resolve.wording import evidence_marks, evidence_sequence, name_tokens, told_in, wording


def test_names_are_compared_by_their_distinctive_words():
    assert name_tokens("U.S.-India TRUST initiative") == name_tokens("US-India TRUST Initiative") == {"trust"}
    assert name_tokens("EU-Singapore Digital Trade Agreement (DTA)") >= {"digital", "trade"}
    assert name_tokens("UK-Japan Defence Framework") == name_tokens("Japan-UK defense framework")
    assert name_tokens("Memorandum of Understanding") == set()
    # one word or two, as outlets write it
    assert name_tokens("India-France road map on AI") == name_tokens("India-France Roadmap on AI") == {"ai"}
    assert name_tokens("Cyber Security Dialogue") == name_tokens("Cybersecurity dialogue")
    assert told_in("Cybersecurity Framework", evidence_sequence(["They set up a cyber security framework."])) >= 1
    # a word told short ("Tech Prosperity Deal" for "Technology Prosperity Deal")
    assert name_tokens("Tech Prosperity Deal") == name_tokens("Technology Prosperity Deal") == {"technology", "prosperity"}
    assert name_tokens("Korea-Chile Tech Alliance") == name_tokens("Chile-Korea Technology Alliance")


def test_a_name_is_told_in_another_story_when_its_words_stand_together():
    story = evidence_sequence(["The two leaders signed a framework for critical minerals and rare earths."])
    assert told_in("Critical Minerals Framework", story) == 2
    assert told_in("Technology Prosperity Deal", evidence_sequence(
        ["Technology offers opportunities, and both want prosperity."])) == 0
    assert told_in("EU-Singapore Digital Partnership", evidence_sequence(
        ["The EU signed a digital partnership with Singapore."])) == 1


def test_marks_are_people_places_and_figures_not_titles_or_countries():
    marks = evidence_marks(["Xi Jinping and Brazilian President Lula signed 37 agreements in Brasilia on Wednesday."])
    assert {"jinping", "lula", "37"} <= marks
    assert not {"president", "brazilian", "wednesday"} & marks


def test_people_are_matched_however_their_names_are_ordered():
    assert same_person(person_key("Motegi Toshimitsu"), person_key("Toshimitsu Motegi"))
    assert same_person(person_key("Rubio"), person_key("Marco Rubio"))
    assert not same_person(person_key("Donald Trump"), person_key("Donald Tusk"))
    assert is_leader("President") and is_leader("Prime Minister") and not is_leader("Vice President")
    assert not is_leader("Minister for Foreign Affairs")


def test_dates_of_any_precision():
    assert days_apart("2024-05", "2024-05-16") == 0
    assert days_apart("2024-05-16", "2024-05-19") == 3
    assert days_apart("2018", "2019-11") == 305  # 31 December 2018 to 1 November 2019
    assert days_apart(None, "2024") is None


def test_a_background_mention_dated_by_its_article_has_no_date_of_its_own():
    from datetime import date

    assert own_date("existing", "2026-03-02", date(2026, 3, 2)) is None
    assert own_date("existing", "2018", date(2026, 3, 2)) == "2018"
    assert own_date("concluded", "2026-03-02", date(2026, 3, 2)) == "2026-03-02"


def test_wording_is_the_content_words_two_stories_put_side_by_side():
    one = wording(evidence_sequence(["Chile and Korea signed an MoU to build a battery recycling ecosystem."]))
    other = wording(evidence_sequence(["The memorandum sets up a battery recycling ecosystem with pilot plants."]))
    assert one & other == {("battery", "recycling"), ("recycling", "ecosystem")}
    signed = wording(evidence_sequence(["The two countries signed a bilateral cooperation agreement on Monday."]))
    assert not signed  # kind words, "two countries", "signed": every such story says them


def test_plural_words_are_compared_as_singular():
    from pactwatch.resolve.wording import norm

    assert norm("technologies") == norm("technology") == "technology"
    assert norm("semiconductors") == "semiconductor" and norm("chips") == "chip"
    assert told_in("memorandum on digital technologies", evidence_sequence(
        ["The MoU on cooperation in digital technology will link the two economies."])) == 2


def test_a_signatory_is_weighed_once_not_again_as_wording():
    from datetime import date

    from pactwatch.resolve.identity import compare, make_profile

    def report(number, text, kind):
        start = text.index("Ana Okafor")
        return make_profile(report=number, article=number, kind=kind, name=None, countries=["DEU", "NGA"],
                            sectors=["clean_energy"], status="concluded", date_value=None, published=date(2026, 3, 2),
                            amounts=[], quantity=1, organizations=[],
                            evidence=[{"start": 0, "end": len(text), "text": text}],
                            people=[(start, start + 10, "Ana Okafor", "Minister of Energy")])

    first = report(1, "Germany and Nigeria signed a memorandum on hydrogen with Minister of Energy Ana Okafor.", "mou")
    second = report(2, "The deal on solar power was signed by Minister of Energy Ana Okafor and a German envoy.",
                    "agreement")
    verdict = compare(first, second)
    assert [item for item in verdict.items if item[0] == "signatories"]
    assert not any("okafor" in item[2] for item in verdict.items if item[0] == "wording")


def test_two_signatories_in_both_stories_weigh_more_than_one():
    from datetime import date

    from pactwatch.resolve.identity import compare, make_profile

    def report(number, text, names):
        people = [(text.index(n), text.index(n) + len(n), n, "Minister") for n in names]
        return make_profile(report=number, article=number, kind="mou", name=None, countries=["DEU", "NGA"],
                            sectors=[], status="concluded", date_value=None, published=date(2026, 3, 2), amounts=[],
                            quantity=1, organizations=[], evidence=[{"start": 0, "end": len(text), "text": text}],
                            people=people)

    one = compare(report(1, "Ana Okafor signed it.", ["Ana Okafor"]), report(2, "Ana Okafor and Jan Berg signed.",
                                                                             ["Ana Okafor", "Jan Berg"]))
    two = compare(report(1, "Ana Okafor and Jan Berg signed it.", ["Ana Okafor", "Jan Berg"]),
                  report(2, "Jan Berg and Ana Okafor signed.", ["Ana Okafor", "Jan Berg"]))
    def weight(verdict):
        return next(w for f, w, _ in verdict.items if f == "signatories")

    assert weight(two) > weight(one) > 0


def test_the_names_of_groupings_lend_no_kind_or_chip_word_to_the_place_words():
    # "the Chip 4", "IBSA", "the Weimar Triangle" are parties; their words must not vanish from instruments' names
    from pactwatch.resolve.wording import kind_words, place_words

    assert not set(kind_words()) & place_words()
    assert name_tokens("Chile-Korea Chip Alliance") == {"chip"}
    assert name_tokens("Forum on Chile-Korea Cooperation") == {"forum"}


def test_a_month_that_holds_the_day_weighs_more_than_a_year_that_does():
    from datetime import date

    from pactwatch.resolve.identity import compare, make_profile

    def report(number, when):
        text = "Chile and Norway signed a memorandum on green hydrogen."
        return make_profile(report=number, article=number, kind="mou", name=None, countries=["CHL", "NOR"],
                            sectors=["clean_energy"], status="concluded", date_value=when,
                            published=date(2023, 10, 2), amounts=[], quantity=1, organizations=[],
                            evidence=[{"start": 0, "end": len(text), "text": text}], people=[])

    def weight(first, second):
        verdict = compare(report(1, first), report(2, second))
        return next(w for f, w, _ in verdict.items if f == "date")

    day, month, year = weight("2022-11-08", "2022-11-09"), weight("2022-11-08", "2022-11"), weight("2022-11-08", "2022")
    assert day > month > year > weight("2022-11-08", "2022-12")
