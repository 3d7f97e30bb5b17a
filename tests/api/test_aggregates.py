"""The overview's counts, the money charts and the network are kept between requests until something is
written, by any process: a write through another database handle is seen at once."""

import networkx as nx
import pytest

from pactwatch.analyze import queries
from pactwatch.analyze.cache import version
from pactwatch.analyze.export import network
from pactwatch.ingest.readers import InputDocument
from pactwatch.kb import Ingestor
from pactwatch.store import open_database

TEXT = ("Chile and Norway sign hydrogen memorandum\nChile and Norway signed a memorandum of understanding on green "
        "hydrogen on Monday, with a fund of US$25 million for joint research.")


def test_aggregates_are_kept_until_a_write_from_anywhere(tmp_path):
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    reader, writer = open_database(url), open_database(url)  # two handles: as two server processes would be
    with reader.session() as s:
        before = version(s)
        first_stats, first_money, first_graph = queries.stats(s), queries.money(s), network(s)
        first_stats["agreements"] = -1  # a caller changing what it got changes nothing kept
        with pytest.raises(nx.NetworkXError):  # the network kept is frozen: no caller can change it
            first_graph.add_node("ZZZ")
        first_graph.copy().add_node("ZZZ")  # a copy can be changed
    with reader.session() as s:
        assert version(s) == before and queries.stats(s)["agreements"] == 0 and "ZZZ" not in network(s)
    Ingestor(writer).ingest(InputDocument(id="n1", text=TEXT, published=None))
    with reader.session() as s:
        assert version(s) > before
        stats, money, graph = queries.stats(s), queries.money(s), network(s)
    assert stats["agreements"] >= 1 and stats["articles"] == 1
    assert graph.has_edge("CHL", "NOR") and money["by_year"]
    assert first_money == {"total": 0.0, "agreements": 0, "by_sector": [], "by_year": []}
    reader.close()
    writer.close()
