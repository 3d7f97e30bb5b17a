"""Extraction through the HTML path versus plain text, on the development articles.

Each development article is wrapped, at run time, in a web page with site chrome around it (menus, cookie
notice, adverts, related links, share buttons, comments, footer; nothing is written to disk). The page goes
through the HTML reader (trafilatura) and then the extractor. Both runs are scored with the shared scorer;
evidence is matched by its text, since offsets index the extracted text rather than the original.

    python bench/html_path_eval.py [--set ../shared/eval/dev]
"""

from __future__ import annotations

import argparse
import html
import json
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from pactwatch.extract import Extractor
from pactwatch.ingest.formats import html_document

ROOT = Path(__file__).resolve().parents[1]
CHROME_TOP = ('<header><nav><a href="/">Home</a> <a href="/tech">Tech</a> <a href="/world">World</a> '
              '<a href="/login">Sign in</a></nav><div class="cookie">We use cookies. <button>Accept</button></div>'
              '<div class="ad">Advertisement: new phones 20% off</div></header>')
CHROME_BOTTOM = ('<aside><h3>You may also like</h3><ul><li><a href="/x">Markets close higher</a></li>'
                 '<li><a href="/y">Ten gadgets for summer</a></li></ul></aside><div class="share">Share: '
                 'Facebook | Twitter | Email</div><section><h3>Leave a Comment</h3></section>'
                 '<footer>© 2026 Example News. All rights reserved.</footer>')


def page(text: str) -> str:
    lines = [line for line in text.split("\n") if line.strip()]
    title = html.escape(lines[0]) if lines else ""
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in lines[1:])
    return (f"<!doctype html><html lang='en'><head><title>{title}</title></head><body>{CHROME_TOP}"
            f"<main><article><h1>{title}</h1>{body}</article></main>{CHROME_BOTTOM}</body></html>")


def score(set_dir: Path, predictions: list[dict], out: Path) -> dict:
    out.write_text("".join(json.dumps(p) + "\n" for p in predictions))
    report = subprocess.run([sys.executable, str(set_dir.parent / "score.py"), "score", "--set", str(set_dir),
                             "--pred", str(out), "--json"], capture_output=True, text=True, check=True).stdout
    return json.loads(report)


def without_offsets(record: dict) -> dict:
    for agreement in record["agreements"]:
        agreement["evidence"] = [{"text": e["text"]} for e in agreement["evidence"]]
    for commitment in record["commitments"]:
        commitment["evidence"] = [{"text": e["text"]} for e in commitment["evidence"]]
    return record


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", type=Path, default=ROOT.parent / "shared" / "eval" / "dev")
    args = parser.parse_args()
    articles = [json.loads(line) for line in subprocess.run(
        [sys.executable, str(args.set.parent / "score.py"), "input", "--set", str(args.set)],
        capture_output=True, text=True, check=True).stdout.splitlines()]
    extractor = Extractor()
    plain, through_html = [], []
    for article in articles:
        published = date.fromisoformat(article["published"]) if article.get("published") else None
        plain.append(without_offsets(extractor(article["text"], published, article["id"]).to_dict()))
        doc = html_document(page(article["text"]), article["id"], article["id"])
        through_html.append(without_offsets(extractor(doc.text, published or doc.published, article["id"]).to_dict()))
    with tempfile.TemporaryDirectory() as tmp:
        a = score(args.set, plain, Path(tmp) / "plain.jsonl")
        b = score(args.set, through_html, Path(tmp) / "html.jsonl")
    print(f"{'field':<16}{'plain text':>12}{'HTML page':>12}")
    for field in ("agreements", "country pairs", "commitments", "amounts", "people", "organizations"):
        print(f"{field:<16}{a['fields'][field]['f1']:>12.3f}{b['fields'][field]['f1']:>12.3f}")
    print(f"{'overall_f1':<16}{a['overall_f1']:>12.3f}{b['overall_f1']:>12.3f}")


if __name__ == "__main__":
    main()
