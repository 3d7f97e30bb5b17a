"""Full-text queries and snippets: what ``queries.search`` builds its SQL and its answers from.

Each word typed is a word (never query syntax); a word ending in ``*`` is a prefix (``semicond*``). The
database marks the matched words with two private-use characters; they are taken out of the snippet and
returned as offsets, so a text's own brackets stay as written and nothing is read as markup.
"""

from __future__ import annotations

import re

START, STOP = "\ue000", "\ue001"  # marks no article contains (Unicode private use)
_WORD = re.compile(r"\w+")


def terms(words: str) -> list[tuple[str, bool]]:
    """The words to find, each with whether it is a prefix: ``semicond* chips`` -> [(semicond, True),
    (chips, False)]."""
    out = []
    for raw in words.split():
        prefix = raw.endswith("*")
        tokens = _WORD.findall(raw)
        for i, token in enumerate(tokens):
            out.append((token, prefix and i == len(tokens) - 1))
    return out


def fts5_query(words: str) -> str:
    """An SQLite FTS5 query: every word quoted (a string, never an operator), a prefix marked by ``*``."""
    return " ".join(f'"{token}"' + ("*" if prefix else "") for token, prefix in terms(words))


def tsquery(words: str) -> str:
    """A PostgreSQL ``to_tsquery`` text: words joined by ``&``, a prefix marked by ``:*``."""
    return " & ".join(f"'{token}'" + (":*" if prefix else "") for token, prefix in terms(words))


def marked(snippet: str) -> tuple[str, list[list[int]]]:
    """The snippet without its marks (whitespace made single) and the [start, end] offsets of the marked words."""
    text = " ".join(snippet.split())
    plain: list[str] = []
    spans: list[list[int]] = []
    length, start = 0, None
    for piece in re.split(f"([{START}{STOP}])", text):
        if piece == START:
            start = length
        elif piece == STOP:
            if start is not None and length > start:
                spans.append([start, length])
            start = None
        else:
            plain.append(piece)
            length += len(piece)
    return "".join(plain), spans
