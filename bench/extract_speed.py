"""Extraction speed against spaCy's blank English tokenizer with its sentencizer.

Runs the extractor over the development articles repeated to at least
``--docs`` documents, then spaCy ``blank("en")`` + ``sentencizer`` over the
same texts, on one core, and prints words per second for both and their ratio.
spaCy is a benchmark dependency only (``pip install -e .[bench]``).

    python bench/extract_speed.py [--docs 2000] [--set ../shared/eval/dev]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

from pactwatch import samples_folder

ROOT = Path(__file__).resolve().parents[1]


def load_texts(set_dir: Path) -> list[tuple[str, str | None]]:
    if (set_dir / "gold").is_dir():
        out = subprocess.run([sys.executable, str(set_dir.parent / "score.py"), "input", "--set", str(set_dir)],
                             capture_output=True, text=True, check=True).stdout
        return [(r["text"], r.get("published")) for r in map(json.loads, out.splitlines())]
    return [(p.read_text(encoding="utf-8"), None) for p in sorted(samples_folder().glob("*.txt"))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--set", type=Path, default=ROOT.parent / "shared" / "eval" / "dev")
    parser.add_argument("--rounds", type=int, default=3, help="alternating runs of each; the best of each counts")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core
    base = load_texts(args.set)
    docs = (base * (args.docs // len(base) + 1))[: max(args.docs, len(base))]
    words = sum(len(re.findall(r"\S+", text)) for text, _ in docs)

    from datetime import date

    from pactwatch.extract import Extractor

    extractor = Extractor()
    extractor(base[0][0])  # warm-up: currency tables, regex caches

    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    list(nlp.pipe([base[0][0]]))
    parsed = [(text, date.fromisoformat(published) if published else None) for text, published in docs]

    def ours_once() -> tuple[float, int]:
        start = time.process_time()
        found = sum(len(extractor(text, published).agreements) for text, published in parsed)
        return time.process_time() - start, found

    def theirs_once() -> tuple[float, int]:
        start = time.process_time()
        found = sum(len(list(doc.sents)) for doc in nlp.pipe((text for text, _ in docs), batch_size=64))
        return time.process_time() - start, found

    # CPU time of this process (what else the machine runs does not count), alternating the two,
    # best of --rounds each
    runs = [(ours_once(), theirs_once()) for _ in range(args.rounds)]
    ours, agreements = min(r[0] for r in runs)
    theirs, sentences = min(r[1] for r in runs)

    print(f"documents            {len(docs)}")
    print(f"words                {words}")
    print(f"pactwatch extract    {words / ours:12,.0f} words/s  ({ours:.2f} s, {agreements} agreements)")
    print(f"spaCy blank+sentence {words / theirs:12,.0f} words/s  ({theirs:.2f} s, {sentences} sentences)")
    print(f"ratio pactwatch/spaCy {ours and (words / ours) / (words / theirs):.2f} (goal: at least 0.50)")


if __name__ == "__main__":
    main()
