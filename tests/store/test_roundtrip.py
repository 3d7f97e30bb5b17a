"""Property: whatever text goes in comes back out of storage unchanged, with offsets that index it."""

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from pactwatch.ingest.readers import InputDocument
from pactwatch.store import open_database
from pactwatch.kb import IngestOptions, Ingestor
from pactwatch.store.models import Article, Mention, Report, Source

FRAGMENTS = st.sampled_from([
    "Seoul and Rome signed three MOUs on chips on Monday. ", "Korea and Japan adopted a joint statement. ",
    "The fund of US$300 million will be set up by 2030. ", "President Lee Jae-myung met Giorgia Meloni. ",
    "The Korea Semiconductor Industry Association (KSIA) signed it. ", "ünïcödé ✓ — “quotes” ", "\n", "  ",
    "India and France agreed to build a quantum centre in Pune by 2028. ", "£4.5m ", "€12 million ",
])
TEXTS = st.lists(FRAGMENTS, min_size=1, max_size=12).map("".join).filter(lambda t: t.strip())


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(TEXTS, min_size=1, max_size=4), published=st.one_of(st.none(), st.dates(
    min_value=date(2000, 1, 1), max_value=date(2030, 12, 31))))
def test_texts_round_trip_through_storage(tmp_path_factory, texts, published):
    database = open_database(f"sqlite:///{tmp_path_factory.mktemp('rt') / 'rt.db'}")
    ingestor = Ingestor(database, options=IngestOptions(keep_irrelevant=True))  # every text stored whole
    for i, text in enumerate(texts):
        ingestor.ingest(InputDocument(id=f"d{i}", text=text, published=published, url=f"https://x.example/{i}"))
    with database.session() as session:
        stored = {a.id: a.text for a in session.execute(select(Article)).scalars()}
        sources = session.execute(select(Source)).scalars().all()
        assert {s.doc_id for s in sources} == {f"d{i}" for i in range(len(texts))}  # every input is accounted for
        for source in sources:
            given_text = texts[int(source.doc_id[1:])]
            if source.relation == "original":
                assert stored[source.article_id] == given_text  # byte for byte
            elif source.relation == "exact":
                assert stored[source.article_id].lower().split() == given_text.lower().split()
            else:
                assert source.relation == "near" and source.similarity >= 0.8
        for mention in session.execute(select(Mention)).scalars():
            assert stored[mention.article_id][mention.start:mention.end] == mention.text
        for report in session.execute(select(Report)).scalars():
            for evidence in report.evidence:
                assert stored[report.article_id][evidence["start"]:evidence["end"]] == evidence["text"]
    database.close()
