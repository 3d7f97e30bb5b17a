#!/usr/bin/env bash
# Check that the lower bounds in pyproject.toml really work: install every direct dependency at the lowest
# version its range allows (uv's --resolution lowest-direct) into a throwaway environment and run the tests
# that need no PostgreSQL. Not part of CI (it resolves afresh, so its result may change as PyPI changes);
# run it after raising or adding a bound.      tools/lowest.sh [pytest arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d "${TMPDIR:-/tmp}/pactwatch-lowest.XXXXXX")
trap 'rm -rf "$work"' EXIT
python3 -m venv "$work/uv" && "$work/uv/bin/pip" install --quiet uv
python3 -m venv "$work/venv"
"$work/uv/bin/uv" pip install --quiet --python "$work/venv/bin/python" --resolution lowest-direct -e '.[test]'
"$work/venv/bin/python" -m pip freeze > "$work/lowest-versions.txt"
echo "installed at the lowest bounds: $(wc -l < "$work/lowest-versions.txt") packages"
PACTWATCH_TEST_PG= "$work/venv/bin/python" -m pytest -q -p no:cacheprovider --deselect tests/test_quality_gate.py \
  --deselect tests/test_packaging.py "$@"
