"""What a fresh install needs: every import declared, a fast start, samples inside the package, readers that fail alone."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
import tomllib
import zipfile
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "pactwatch"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())


def _name(requirement: str) -> str:
    return re.sub(r"[-_.]+", "-", re.match(r"[A-Za-z0-9_.-]+", requirement).group(0)).lower()


def _imported_modules() -> dict[str, str]:
    """Top-level modules imported by the package's code, each with one file that imports it."""
    found: dict[str, str] = {}
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            for name in names:
                found.setdefault(name.split(".")[0], str(path.relative_to(ROOT)))
    return found


def test_every_import_is_a_declared_dependency():
    declared = {_name(r) for r in PYPROJECT["project"]["dependencies"]}
    distributions = packages_distributions()
    undeclared = []
    for module, where in sorted(_imported_modules().items()):
        if module in sys.stdlib_module_names or module in ("pactwatch", "__future__"):
            continue
        owners = {_name(d) for d in distributions.get(module, [])}
        assert owners, f"{module} (imported in {where}) is not installed"
        if not owners & declared:
            undeclared.append(f"{module} ({where}) comes from {', '.join(sorted(owners))}")
    assert not undeclared, "imported but not declared in pyproject.toml: " + "; ".join(undeclared)


def test_lxml_html_cleaner_is_declared():
    """trafilatura needs lxml's HTML cleaner, which lxml no longer ships: it must be asked for."""
    requirements = " ".join(PYPROJECT["project"]["dependencies"]).lower()
    assert "lxml_html_clean" in requirements or "lxml-html-clean" in requirements
    import lxml.html.clean  # noqa: F401  (raises ImportError where it is missing)


@pytest.mark.parametrize("args", [["--help"], ["--version"], ["extract", "--help"], ["ingest", "--help"],
                                  ["serve", "--help"]])
def test_start_up_imports_no_heavy_module(args):
    """Help and version load typer and rich only: the database, HTML, web and data libraries load when used."""
    code = ("import sys\nfrom pactwatch.cli import app\ntry:\n    app(%r, prog_name='pactwatch')\n"
            "except SystemExit:\n    pass\nprint('\\n' + __import__('json').dumps(sorted(sys.modules)))" % (args,))
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    modules = set(json.loads(result.stdout.strip().splitlines()[-1]))
    heavy = {"sqlalchemy", "alembic", "trafilatura", "lxml", "fastapi", "uvicorn", "pyarrow", "numpy", "networkx",
             "datasketch", "scipy", "httpx", "ahocorasick_rs", "currency_converter", "feedparser", "warcio"}
    assert not heavy & modules, f"pactwatch {' '.join(args)} imports {sorted(heavy & modules)}"


def test_a_reader_that_fails_is_an_error_for_its_file_only(tmp_path):
    """A reader whose library cannot be imported fails its own file; the files around it are still extracted."""
    (tmp_path / "a.txt").write_text("Korea and Japan signed a memorandum on quantum computing on Monday.\n")
    (tmp_path / "b.html").write_text("<html><body><article><p>India and France agreed a space partnership "
                                     "in Paris.</p></article></body></html>")
    (tmp_path / "c.txt").write_text("Canada and Germany launched a hydrogen alliance.\n")
    code = ("import sys\nsys.modules['trafilatura'] = None  # as if it could not be imported\n"
            "from pactwatch.cli import app\napp(sys.argv[1:], prog_name='pactwatch')")
    result = subprocess.run([sys.executable, "-c", code, "extract", str(tmp_path)], capture_output=True, text=True)
    assert result.returncode == 1
    ids = [json.loads(line)["id"] for line in result.stdout.splitlines()]
    assert ids == ["a", "c"]
    assert f"{tmp_path / 'b.html'}: cannot be read" in result.stderr and "trafilatura" in result.stderr


def test_the_wheel_holds_the_samples_and_data(tmp_path):
    """Samples, lexicons, migrations and templates are package data: a wheel install needs no checkout."""
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
                    "--wheel-dir", str(tmp_path), str(ROOT)], check=True, capture_output=True)
    wheel = next(tmp_path.glob("pactwatch-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    samples = [n for n in names if n.startswith("pactwatch/samples/")]
    assert len([n for n in samples if n.endswith(".txt")]) >= 10 and "pactwatch/samples/reports.jsonl" in samples
    for needed in ("pactwatch/extract/data/countries.tsv", "pactwatch/store/migrations/env.py",
                   "pactwatch/web/templates/agreement.html"):
        assert needed in names
    assert any(n.startswith("pactwatch/store/migrations/versions/0001") for n in names)


def _pins(path: Path) -> dict[str, str]:
    return {_name(name): version for name, version in
            re.findall(r"^([A-Za-z0-9_.-]+)==(\S+)", path.read_text(), re.MULTILINE)}


def test_the_locks_agree_with_each_other_and_with_pyproject():
    """Both locks pin the same version of every shared package; each declared dependency is pinned, with hashes."""
    runtime, dev = _pins(ROOT / "requirements.lock"), _pins(ROOT / "requirements-dev.lock")
    assert {name: (version, dev.get(name)) for name, version in runtime.items() if dev.get(name) != version} == {}
    for requirement in PYPROJECT["project"]["dependencies"]:
        assert _name(requirement) in runtime, f"{requirement} is not in requirements.lock (run tools/lock.sh)"
        parsed = Requirement(requirement)
        assert parsed.specifier.contains(runtime[_name(requirement)]), \
            f"requirements.lock pins {parsed.name} {runtime[_name(requirement)]}, outside {parsed.specifier}"
    for requirement in [r for extra in PYPROJECT["project"]["optional-dependencies"].values() for r in extra]:
        assert _name(requirement) in dev, f"{requirement} is not in requirements-dev.lock (run tools/lock.sh)"
    for lock in ("requirements.lock", "requirements-dev.lock"):
        text = (ROOT / lock).read_text()
        assert text.count("==") <= text.count("--hash=sha256:"), f"{lock} has pins without hashes"
        assert "file://" not in text and "--find-links" not in text, f"{lock} names this machine's package mirror"
