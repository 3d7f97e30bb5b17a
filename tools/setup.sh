#!/usr/bin/env bash
# Set up a development checkout: a virtual environment in .venv with exactly the locked versions
# (requirements-dev.lock, every file checked against its hash) and pactwatch installed from this folder.
#   tools/setup.sh            then  . .venv/bin/activate
# Needs Python 3.11 or newer as python3 (or set PYTHON). Running it again brings .venv to the lock.
set -euo pipefail
# pip, quietly; drops the notes some machines' pip configuration prints for each package of a local mirror
pip_quiet() { "$@" --quiet --disable-pip-version-check 2> >(grep -v "is ignored: it is neither a file nor a directory" >&2); }
cd "$(dirname "$0")/.."
python="${PYTHON:-python3}"
"$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
  || { echo "setup.sh: pactwatch needs Python 3.11 or newer; $("$python" --version 2>&1) found (set PYTHON)" >&2; exit 2; }
[ -x .venv/bin/python ] || "$python" -m venv .venv
tools/pip_from_lock.sh .venv/bin/python  # the locked pip first: venv's own can mis-resolve the lock's extras
pip_quiet .venv/bin/python -m pip install --require-hashes -r requirements-dev.lock
pip_quiet .venv/bin/python -m pip install --no-deps --no-build-isolation -e .
echo "set up: $(.venv/bin/pactwatch --version) in .venv with the locked dependencies (. .venv/bin/activate)"
