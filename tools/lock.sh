#!/usr/bin/env bash
# Refresh the lock files from pyproject.toml, resolving every dependency anew to its newest release that
# the ranges allow, with the hashes of every file of that release:
#   requirements.lock       what a pactwatch install needs (runtime dependencies only)
#   requirements-dev.lock   that, plus the test and bench extras and the installers (requirements/tools.in)
# Run it in the project's virtual environment (it has pip-tools), then run tools/test.sh and commit both files:
#   . .venv/bin/activate && tools/lock.sh && tools/test.sh
# To move one package only: tools/lock.sh --upgrade-package NAME   (others stay where they are; NAME must
# already be in both locks, or pip-compile adds it to both)
set -euo pipefail
cd "$(dirname "$0")/.."
upgrade=(--upgrade)
[ $# -gt 0 ] && upgrade=("$@")
common=(--quiet --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url --no-emit-find-links
        --no-emit-trusted-host --newline LF "${upgrade[@]}")
export CUSTOM_COMPILE_COMMAND="tools/lock.sh"
pip-compile "${common[@]}" --output-file requirements.lock pyproject.toml
pip-compile "${common[@]}" --extra test --extra bench --output-file requirements-dev.lock pyproject.toml requirements/tools.in
echo "locked: $(grep -c '==' requirements.lock) packages in requirements.lock, $(grep -c '==' requirements-dev.lock) in requirements-dev.lock"
