"""Extraction time per character as texts grow: it must stay linear (within 2x from 10 KB to 2 MB).

Builds long texts from the development articles' lines (lines that would end an article, "You may also
like" and the like, left out so the whole text is read), extracts each size once after a warm-up, and prints
CPU seconds per MB at each size and the ratio of the largest to the smallest.

    python bench/extract_scaling.py [--sizes 10000,100000,500000,1000000,2000000] [--set ../shared/eval/dev]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

from pactwatch import samples_folder

ROOT = Path(__file__).resolve().parents[1]


def article_lines(set_dir: Path) -> list[str]:
    if (set_dir / "gold").is_dir():
        out = subprocess.run([sys.executable, str(set_dir.parent / "score.py"), "input", "--set", str(set_dir)],
                             capture_output=True, text=True, check=True).stdout
        texts = [json.loads(line)["text"] for line in out.splitlines()]
    else:
        texts = [p.read_text(encoding="utf-8") for p in sorted(samples_folder().glob("*.txt"))]
    return [line for text in texts for line in text.splitlines() if line.strip()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000,500000,1000000,2000000")
    parser.add_argument("--set", type=Path, default=ROOT.parent / "shared" / "eval" / "dev")
    args = parser.parse_args()
    from pactwatch.extract import ExtractOptions, Extractor

    extractor = Extractor(ExtractOptions(convert_usd=False))
    lines = [line for line in article_lines(args.set) if not extractor.chrome.cut.fullmatch(line.strip())]
    base = "\n".join(lines)
    extractor(base[:20000])  # warm-up
    rates = []
    print(f"{'characters':>12} {'seconds':>8} {'s per MB':>9} {'agreements':>10}")
    for size in (int(s) for s in args.sizes.split(",")):
        text = (base * (size // len(base) + 1))[:size]
        start = time.process_time()
        result = extractor(text)
        seconds = time.process_time() - start
        rates.append(seconds / size * 1e6)
        print(f"{size:>12,} {seconds:>8.2f} {rates[-1]:>9.2f} {len(result.agreements):>10}")
    print(f"largest/smallest time per character: {rates[-1] / rates[0]:.2f} (goal: at most 2)")


if __name__ == "__main__":
    main()
