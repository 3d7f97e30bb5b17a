"""Causes of wrong merges and splits found on multi-outlet news, each pinned by reports written for the test."""

from datetime import date

from pactwatch.resolve.identity import compare, make_profile, name_fit


def report(number, text, kind, *, article=None, name=None, sectors=(), day=None, published=date(2026, 3, 2),
           countries=("CHL", "KOR"), status="concluded", quantity=1, offset=0):
    evidence = [{"start": offset, "end": offset + len(text), "text": text}]
    return make_profile(report=number, article=article or number, kind=kind, name=name, countries=list(countries),
                        sectors=list(sectors), status=status, date_value=day, published=published, amounts=[],
                        quantity=quantity, organizations=[], evidence=evidence)


# ---------------------------------------------------------------- one article, one sentence, two instruments

def test_an_instrument_said_to_include_another_is_not_restated_by_it():
    """A record of a broad partnership and a record of the agreement the partnership is said to include share
    their sentence: the sentence tells of two instruments, so the second does not restate the first."""
    sentence = "The wider partnership the two leaders struck contains an accord on battery metals and mining."
    whole = report(1, "Chile and Korea raised their ties to a wider partnership. " + sentence, "partnership",
                   article=7, sectors=["critical_minerals"])
    part = report(2, sentence, "agreement", article=7, sectors=["critical_minerals"], offset=58)
    verdict = compare(part, whole)
    assert verdict.total is None and verdict.ruled_by == "article"


def test_one_instrument_told_twice_in_one_sentence_still_joins():
    """Two records of one article drawn from the same sentences, where nothing says one holds the other, are
    one instrument told twice."""
    text = "The memorandum on battery metals sets up a joint laboratory and a fund for mining research."
    first = report(1, text, "mou", article=7, sectors=["critical_minerals"])
    second = report(2, text, "partnership", article=7, sectors=["critical_minerals"])
    assert compare(second, first).total is not None and compare(second, first).total > 3.0


# ---------------------------------------------------------------- names worded differently

def test_name_words_of_one_root_are_one_word():
    """Outlets word the topic of one memorandum differently ("sport" and "sporting", "culture" and
    "cultural"): words of one root are the same name word."""
    one = report(1, "x", "mou", name="memorandum on sport and culture")
    other = report(2, "y", "agreement", name="agreement on sporting and cultural exchange")
    value, _, strong = name_fit(one, other)
    assert value == 1.0 and strong
    # words that only begin alike are not one root
    assert name_fit(report(1, "x", "mou", name="memorandum on internet governance"),
                    report(2, "y", "mou", name="memorandum on international governance"))[0] < 1.0


def test_a_one_word_name_inside_a_longer_name_is_the_same_name():
    """A memorandum called by its one distinctive topic ("tourism") is the one another outlet calls by that
    topic and more ("tourism and heritage promotion"); a mere sector word ("AI") identifies nothing."""
    short = report(1, "x", "mou", name="memorandum on tourism")
    longer = report(2, "y", "agreement", name="agreement on tourism and heritage promotion")
    value, _, strong = name_fit(short, longer)
    assert value == 1.0 and strong
    topic = name_fit(report(1, "x", "mou", name="memorandum on AI"),
                     report(2, "y", "agreement", name="agreement on AI and data governance"))
    assert not topic[2]


def test_a_summit_memorandum_joins_the_one_another_outlet_names_by_its_topic():
    """Two outlets list the same four memoranda of one visit; one calls the third "the memorandum on sport
    and culture", the other, not dated, "an agreement on sporting and cultural exchange": one instrument."""
    dated = report(1, "Chile and Korea exchanged four memoranda, on mining, ports, sport and culture, and health.",
                   "mou", name="memorandum on sport and culture", day="2026-03-01", published=date(2026, 3, 2))
    undated = report(2, "After the talks the two sides announced four agreements, among them one on sporting and "
                        "cultural exchange.", "agreement", name="agreement on sporting and cultural exchange",
                     published=None)
    assert compare(undated, dated).total >= 3.0


# ---------------------------------------------------------------- wording beside a name

def test_words_capitalised_as_a_name_in_one_story_still_count_as_wording():
    """One story writes the instrument's words as a name ("Green Hydrogen Corridor"), the other in lower case:
    the words both use say what it does, even though only one story capitalises them."""
    one = report(1, 'Chile and Korea launched a "Green Hydrogen Corridor" with joint pilot plants in Antofagasta.',
                 "partnership")
    other = report(2, "The green hydrogen corridor will run joint pilot plants and port terminals.", "partnership",
                   published=date(2026, 3, 3))
    said = [why for feature, _, why in compare(one, other).items if feature == "wording"]
    assert said and "green hydrogen" in said[0]


def test_one_story_giving_two_names_that_share_a_word_tells_two_things():
    """One article names a "Condor platform" and, further on, the "Condor Ports platform" it is modelled on:
    across outlets a one-word name may be short for the longer, but within one story they are two."""
    first = report(1, "Chile and Korea set up the Condor platform for startups.", "partnership", article=7,
                   name="Condor platform", status="existing")
    second = report(2, "It follows the Condor Ports platform, which links harbours.", "partnership", article=7,
                    name="Condor Ports platform", status="existing", offset=400)
    assert compare(second, first).total is None
    assert name_fit(report(1, "x", "partnership", name="Condor platform"),
                    report(2, "y", "partnership", name="Condor Ports platform"))[0] == 1.0


def test_a_letter_in_a_name_tells_it_apart():
    """"Condor-X" is not "Condor": the letter is part of the name."""
    assert name_fit(report(1, "x", "partnership", name="Condor-X platform"),
                    report(2, "y", "partnership", name="Condor Ports platform"))[0] < 1.0
    assert name_fit(report(1, "x", "partnership", name="U.S.-Chile Condor platform"),
                    report(2, "y", "partnership", name="Condor Ports platform"))[0] == 1.0


# ---------------------------------------------------------------- an unnamed instrument called alike

def test_two_stories_calling_an_unnamed_partnership_by_the_same_words_tell_one():
    """Neither outlet names the upgrade of ties, but both call it "a comprehensive strategic partnership": the
    words before the kind word serve as its name, even when one story tells it as background."""
    one = report(1, "Chile and Korea lifted their ties to a comprehensive strategic partnership and set up a "
                    "joint chips fund.", "partnership", published=None)
    other = report(2, 'The presidents agreed to raise relations to a "Comprehensive Strategic Partnership", '
                      "deepening work across fields.", "partnership", status="existing")
    verdict = compare(one, other)
    called = [item for item in verdict.items if item[0] == "name"]
    assert called[0][1] > 0 and "comprehensive strategic" in called[0][2]
    assert verdict.total >= 3.0
    # called by other words, it is another
    elsewhere = report(3, "Chile and Korea set up a battery supply partnership.", "partnership", published=None)
    assert [w for f, w, _ in compare(elsewhere, other).items if f == "name"][0] < 0


def test_two_instruments_each_in_a_clause_of_one_sentence_stay_two():
    """One long sentence tells that the two countries raised their ties to a partnership and, in another clause,
    that they signed a memorandum on a narrower topic: its two records are two instruments."""
    sentence = ("Once the two governments had raised their ties to a comprehensive strategic partnership during the "
                "president's stay in Seoul, the two sides signed a memorandum on lithium refining.")
    ties = report(1, sentence, "partnership", article=7, sectors=["critical_minerals"])
    memo = report(2, sentence, "mou", article=7, sectors=["critical_minerals"])
    assert compare(memo, ties).total is None


def test_a_verb_before_the_kind_word_is_no_name():
    """"Signed a memorandum" and "exchanged four memoranda": the words before the kind word tell the act, not
    which instrument."""
    from pactwatch.resolve.wording import evidence_sequence, kind_phrases

    assert not kind_phrases(evidence_sequence(["Both sides exchanged a memorandum on chips."]), "mou")
    assert not kind_phrases(evidence_sequence(["They exchanged four memoranda on chips."]), "mou")


def test_a_one_word_name_that_is_a_kind_word_names_nothing():
    """A "Forum on Chile-Korea Cooperation" keeps only the word "forum" once places and filler are set aside:
    it is not the same name as the "Chile-Korea Internet Development Forum"."""
    assert name_fit(report(1, "x", "dialogue", name="Forum on Chile-Korea Cooperation"),
                    report(2, "y", "dialogue", name="Chile-Korea Internet Development Forum"))[0] < 1.0


def test_a_person_named_in_one_story_and_signing_in_the_other_is_no_wording():
    """A minister who signs in one story and is only mentioned in the other is a person both name, not words
    that say what the instrument does."""
    text_one = "Chile and Korea set up a lithium campus, and Minister Ana bin Okafor opened it."
    text_two = "Ana bin Okafor, who attended, said the lithium campus will train engineers."
    start = text_one.index("Ana")
    one = make_profile(report=1, article=1, kind="centre", name=None, countries=["CHL", "KOR"], sectors=[],
                       status="concluded", date_value=None, published=date(2026, 3, 2), amounts=[], quantity=1,
                       organizations=[], evidence=[{"start": 0, "end": len(text_one), "text": text_one}],
                       people=[(start, start + 14, "Ana bin Okafor", "Minister of Mines")])
    two = report(2, text_two, "centre")
    said = [why for feature, _, why in compare(one, two).items if feature == "wording"]
    assert not any("okafor" in why for why in said)


def test_what_an_instrument_is_about_told_in_a_later_clause_is_not_a_second_one():
    """"The memorandum, signed by both ministers in the capital last spring, on a partnership for lithium" and
    "the agreement ..., and sets out terms for a framework of joint work": the later kind word tells what the
    first instrument is about, so its two records stay one."""
    from pactwatch.resolve.wording import kinds_apart

    assert not kinds_apart("They will carry out the memorandum between Chile and Korea, signed by both ministers "
                           "last spring, on a strategic partnership for lithium and copper.")
    assert not kinds_apart("The agreement lets staff move between the agencies, and it sets out the terms and "
                           "conditions for a framework of joint work.")
    assert not kinds_apart("The minister praised the accord, saying at length that the accord will set the "
                           "principles for future work.")
    assert kinds_apart("Once the two governments had raised their ties to a comprehensive strategic partnership "
                       "during the president's stay in Seoul, the two sides signed a memorandum on lithium refining.")


def test_an_earlier_instrument_followed_by_the_signing_of_another_is_two():
    from pactwatch.resolve.wording import kinds_apart

    assert kinds_apart("It builds on a joint statement on lithium that the two issued years ago, followed by the "
                       "signing of a cooperation agreement.")
