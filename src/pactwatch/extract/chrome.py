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


@dataclass(frozen=True, slots=True)
class ChromeRules:
    line: re.Pattern[str]
    cut: re.Pattern[str]

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
        return cls(line=union(patterns["line"]), cut=union(patterns["cut"]))

    def body_ranges(self, text: str) -> list[tuple[int, int]]:
        """Offsets of the lines that belong to the article body."""
        ranges: list[tuple[int, int]] = []
        pos = 0
        for line in text.splitlines(keepends=True):
            start, stripped = pos, line.strip()
            pos += len(line)
            if not stripped:
                continue
            if self.cut.fullmatch(stripped):
                break
            if self.line.fullmatch(stripped):
                continue
            ranges.append((start, start + len(line.rstrip("\r\n"))))
        return ranges
