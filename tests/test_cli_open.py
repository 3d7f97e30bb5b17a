"""``pactwatch open ARTICLE``: an article's text with the records extracted from it marked where their evidence is."""

import json
import re

import pytest
from typer.testing import CliRunner

from pactwatch import samples_folder
from pactwatch.cli import app

runner = CliRunner()


def cli(*args: str, code: int = 0):
    result = runner.invoke(app, list(args), env={"COLUMNS": "80"})
    assert result.exit_code == code, result.stderr
    return result


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('open') / 'kb.db'}"
    cli("ingest", str(samples_folder()), "--db", url)
    return url


def test_open_marks_each_record_where_its_evidence_is(kb):
    data = json.loads(cli("open", "01_korea_singapore_ai_alliance", "--db", kb, "-f", "json").stdout)
    text = data["text"]
    assert data["title"].startswith("Korea and Singapore form AI alliance")
    kinds = {m["record"] for m in data["marks"]}
    assert {"agreement", "commitment"} <= kinds
    for mark in data["marks"]:
        assert text[mark["start"]:mark["end"]] == mark["text"]
        assert mark["label"]
    out = cli("open", str(data["id"]), "--db", kb).stdout
    assert max(len(line) for line in out.splitlines()) <= 80
    flat = " ".join(out.split())
    assert "declared an artificial intelligence alliance" in flat
    agreement = next(m for m in data["marks"] if m["record"] == "agreement")
    assert f"⟦{agreement['tag']}" in out and f"{agreement['tag']} " in flat
    assert f"agreement {agreement['agreement']}" in flat
    assert re.search(r"C\d+ commitment \d+", flat)


def test_open_by_url_and_a_missing_article(kb):
    data = json.loads(cli("open", "01_korea_singapore_ai_alliance", "--db", kb, "-f", "json").stdout)
    url = next(s["url"] for s in data["sources"] if s["url"])
    assert json.loads(cli("open", url, "--db", kb, "-f", "json").stdout)["id"] == data["id"]
    missing = cli("open", "99999", "--db", kb, code=1)
    assert "no article '99999'" in missing.stderr


@pytest.mark.parametrize("ref", ["²", "99999999999999999999999", "", "  "])
def test_a_reference_that_names_no_article_is_a_clear_error(kb, ref):
    result = cli("open", ref, "--db", kb, code=1)
    assert "no article" in result.stderr and "Traceback" not in result.stderr + result.stdout


@pytest.mark.parametrize("ref", ["99999999999999999999999", "0"])
def test_show_refuses_an_id_out_of_range(kb, ref):
    result = cli("show", ref, "--db", kb, code=2)
    assert "Traceback" not in result.stderr + result.stdout
