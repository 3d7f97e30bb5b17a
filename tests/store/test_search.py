"""Full-text search over stored articles, on SQLite and PostgreSQL: prefixes, snippets kept whole and
the matched words marked by offsets (so a text's own brackets are never taken for marks nor markup)."""

import json

from typer.testing import CliRunner

from pactwatch.analyze import queries
from pactwatch.cli import app
from pactwatch.ingest.readers import InputDocument, iter_documents
from pactwatch.kb import Ingestor

from .conftest import SAMPLES

BRACKETS = ("Germany and Korea signed a memorandum of understanding on [hydrogen] supply chains in Berlin on "
            "3 March 2026, the economy ministry said.")


def _stored(database):
    ingestor = Ingestor(database)
    ingestor.ingest_all(iter_documents([str(SAMPLES)]))
    ingestor.ingest(InputDocument(id="brackets", text=BRACKETS, url="https://example.org/brackets"))


def test_prefix_search_finds_semiconductor_articles(database):
    _stored(database)
    with database.session() as session:
        hits = queries.search(session, "semicond*")
        whole = queries.search(session, "semiconductor")
        assert hits and {h["article"] for h in whole} <= {h["article"] for h in hits}
        for hit in hits:
            marked = [hit["snippet"][start:end].lower() for start, end in hit["highlights"]]
            assert marked and all(word.startswith("semicond") for word in marked), hit


def test_snippets_keep_the_texts_brackets_and_mark_by_offsets(database):
    _stored(database)
    with database.session() as session:
        hit = next(h for h in queries.search(session, "hydrogen supply") if "[hydrogen]" in h["snippet"])
    assert "memorandum of understanding on [hydrogen] supply chains" in hit["snippet"]
    assert {hit["snippet"][s:e].lower() for s, e in hit["highlights"]} >= {"hydrogen", "supply"}


def test_cli_search_prints_snippets_as_text(database, db_url):
    _stored(database)
    runner = CliRunner()
    result = runner.invoke(app, ["search", "hydrogen", "--db", db_url, "--limit", "50"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.stderr
    assert "on [hydrogen] supply chains" in " ".join(result.stdout.split())
    rows = json.loads(runner.invoke(app, ["search", "semicond*", "--db", db_url, "-f", "json"]).stdout)
    assert rows and all(r["highlights"] for r in rows)


def test_search_words_that_are_query_syntax_are_plain_words(database):
    _stored(database)
    with database.session() as session:
        for words in ('"', "AND", "NOT hydrogen", "hydro:*", "(", "*", "-hydrogen", "a'b"):
            queries.search(session, words)  # no syntax error: each word is a word
