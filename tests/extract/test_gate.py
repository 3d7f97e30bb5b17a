"""The relevance gate lets through every article that holds a cooperation fact, and turns most others away."""

from __future__ import annotations

import ast
import json
import os
from pathlib import Path

import pytest
from sqlalchemy import func, select

from pactwatch import synthetic
from pactwatch.extract.gate import RelevanceGate
from pactwatch.kb import IngestOptions, Ingestor
from pactwatch.model import InputDocument
from pactwatch.store import open_database
from pactwatch.store.models import Article, Fingerprint, Source

ROOT = Path(__file__).resolve().parents[2]
EVAL_SET = Path(os.environ.get("PACTWATCH_EVAL_SET", ROOT.parent / "shared" / "eval" / "dev"))  # as test_quality_gate


@pytest.fixture(scope="module")
def gate():
    return RelevanceGate()


def test_every_development_article_with_a_gold_agreement_passes(gate):
    if not (EVAL_SET / "gold").is_dir():
        pytest.skip(f"no evaluation set at {EVAL_SET} (the shared/ folder is absent)")
    holding = 0
    for gold in sorted((EVAL_SET / "gold").glob("*.json")):
        if not json.loads(gold.read_text())["agreements"]:
            continue
        holding += 1
        text = (EVAL_SET / "articles" / f"{gold.stem}.txt").read_text(encoding="utf-8")
        assert gate(text).relevant, f"{gold.stem}: holds a gold agreement but the gate turns it away"
    assert holding >= 30


def _test_texts() -> list[str]:
    """Every sentence our extraction tests are written around, and the bundled samples."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "src" / "pactwatch" / "samples").glob("*.txt"))]
    for path in sorted((ROOT / "tests" / "extract").glob("test_*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) > 25:
                texts.append(node.value)
    return texts


def test_no_text_the_extractor_finds_a_fact_in_is_turned_away(gate, extractor):
    """The gate is a shortcut, never a filter of its own: where the full rules find an agreement or a
    commitment, the gate lets the text through."""
    with_facts = 0
    for text in _test_texts():
        result = extractor(text)
        if result.agreements or result.commitments:
            with_facts += 1
            assert gate(text).relevant, f"the extractor finds facts the gate would skip: {text[:200]!r}"
    assert with_facts > 200


def test_most_ordinary_news_is_turned_away(gate):
    docs = list(synthetic.ordinary(2000, seed=5))
    passed = sum(gate(d["text"], d["title"]).relevant for d in docs) / len(docs)
    assert passed < 0.1, f"{passed:.0%} of ordinary news passes the gate"
    assert all(gate(d["text"], d["title"]).relevant for d in synthetic.articles(200, seed=5))


@pytest.mark.parametrize("text", [
    "Tell us about it, un homme said, and they agreed.",  # "us" and "un" are parties only as "US" and "UN"
    "Brazil beat Spain 2-1 in Madrid on Sunday.",  # parties, but nothing agreed or promised
    "Spain's coach said his side would need more pace against Brazil on Sunday.",  # a future, but no promise
    "The ministers agreed on a plan.",  # agreed, but no parties
])
def test_what_is_turned_away(gate, text):
    assert not gate(text).relevant


@pytest.mark.parametrize("text", [
    "The G7 agreed on an AI toolkit.",  # a grouping stands for its members
    "Britain formally joined the CPTPP.",
    "Seoul and Riyadh would complete the feasibility study within six months.",  # a commitment
    "India and Japan signed eight pacts.",  # plural instrument words
])
def test_what_passes(gate, text):
    assert gate(text).relevant


IRRELEVANT = "The orchestra opened its season in Lisbon with a symphony rarely heard there. Tickets sold out."
RELEVANT = "Korea and Japan signed a memorandum of understanding on quantum computing on Monday."


def test_irrelevant_articles_are_counted_and_kept_as_a_fingerprint(tmp_path):
    database = open_database(f"sqlite:///{tmp_path / 'kb.db'}")
    ingestor = Ingestor(database)
    docs = [InputDocument(id="a", text=IRRELEVANT), InputDocument(id="b", text=RELEVANT),
            InputDocument(id="c", text=IRRELEVANT.upper())]  # the same text, normalised: seen already
    summary = ingestor.ingest_all(docs)
    assert (summary.documents, summary.new, summary.irrelevant, summary.agreements) == (3, 1, 2, 1)
    with database.session() as session:
        assert session.execute(select(func.count()).select_from(Article)).scalar() == 1
        assert [f.doc_id for f in session.execute(select(Fingerprint)).scalars()] == ["a"]
    assert Ingestor(database).ingest(InputDocument(id="a", text=IRRELEVANT)).status == "irrelevant_seen"
    database.close()


def test_keep_irrelevant_stores_them_whole(tmp_path):
    database = open_database(f"sqlite:///{tmp_path / 'kb.db'}")
    summary = Ingestor(database, options=IngestOptions(keep_irrelevant=True)).ingest_all(
        [InputDocument(id="a", text=IRRELEVANT), InputDocument(id="b", text=RELEVANT)])
    assert (summary.new, summary.irrelevant) == (1, 1)
    with database.session() as session:
        assert session.execute(select(Article.text).order_by(Article.id)).scalars().all() == [IRRELEVANT, RELEVANT]
        assert session.execute(select(func.count()).select_from(Source)).scalar() == 2
        assert session.execute(select(func.count()).select_from(Fingerprint)).scalar() == 0
    database.close()
