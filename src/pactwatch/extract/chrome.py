"""Page chrome in copied article text: menus, share buttons, comment boxes, ad notices.

Lines matching a ``line`` pattern of ``data/chrome.tsv`` are skipped; a line
matching a ``cut`` pattern ends the article (everything after it is page
furniture such as "You may also like" lists and comment forms).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

from . import fastre

try:  # the parser of the standard library's engine (as fastre reads it)
    from re import _parser as P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    P = None  # type: ignore[assignment]


def _needed_word(pattern: str) -> str | None:
    """A run of four or more ASCII characters every match of ``pattern`` (case ignored) holds, folded, when a match
    begins with a repeat of nearly any character (".{0,60}\\bwebsite ...", "(?:[\\w.-]+\\s+){1,4}file ...": the
    engine tries them at length on every line); None for a pattern whose first characters are known and few (cheap
    already) or that holds no such run."""
    try:
        items = list(P.parse(pattern, re.IGNORECASE))
    except (re.error, AttributeError, TypeError):  # pragma: no cover - the standard library's parser
        return None
    consuming = [(str(op), av) for op, av in items if str(op) not in ("AT", "ASSERT", "ASSERT_NOT")]
    ahead = fastre.lookahead(pattern, re.IGNORECASE)
    if not consuming or consuming[0][0] not in ("MAX_REPEAT", "MIN_REPEAT") or ahead and "\\w" not in ahead:
        return None  # (its first characters, known and few, reject most lines at once)
    runs, run = [], ""
    for op, av in consuming:
        if op == "LITERAL" and av < 128 and not chr(av).isspace():
            run += chr(av).lower()
        else:
            runs.append(run)
            run = ""
    runs.append(run)
    best = max(runs, key=len)
    return best if len(best) >= 4 else None


@dataclass(frozen=True, slots=True)
class ChromeRules:
    line: re.Pattern[str]
    cut: re.Pattern[str]
    gated: tuple[tuple[str, re.Pattern[str]], ...] = ()  # line patterns tried alone, where their word stands

    @classmethod
    def load(cls) -> "ChromeRules":
        patterns: dict[str, list[str]] = {"line": [], "cut": []}
        source = resources.files("pactwatch.extract") / "data" / "chrome.tsv"
        for raw in source.read_text(encoding="utf-8").splitlines():
            if not raw.strip() or raw.startswith("#"):
                continue
            kind, pattern = raw.split("\t", 1)
            patterns[kind].append(pattern)
        def union(items: list[str]) -> re.Pattern[str]:
            return fastre.compile("|".join(f"(?:{p})" for p in items), re.IGNORECASE)
        words = {p: _needed_word(p) for p in patterns["line"]}
        return cls(line=union([p for p in patterns["line"] if words[p] is None]), cut=union(patterns["cut"]),
                   gated=tuple((w, re.compile(p, re.IGNORECASE)) for p, w in words.items() if w is not None))

    def body_ranges(self, text: str, folded: str | None = None) -> list[tuple[int, int]]:
        """Offsets of the lines that belong to the article body (``folded``: ``fastre.fold(text)`` when the caller
        has it)."""
        ranges: list[tuple[int, int]] = []
        pos = 0
        folded = fastre.fold(text) if folded is None else folded  # (offsets stay) the patterns of :attr:`gated`
        # whose word the text holds
        present = [(word, pattern) for word, pattern in self.gated if word in folded]
        for line in text.splitlines(keepends=True):
            start, stripped = pos, line.strip()
            pos += len(line)
            if not stripped:
                continue
            if self.cut.fullmatch(stripped):
                break
            if self.line.fullmatch(stripped):
                continue
            if present and any(folded.find(word, start, pos) >= 0 and pattern.fullmatch(stripped)
                               for word, pattern in present):
                continue  # (chrome if any pattern matches the line whole: which one does not matter)
            ranges.append((start, start + len(line.rstrip("\r\n"))))
        return ranges
