#!/usr/bin/env bash
# Bring a virtual environment's pip to the version requirements-dev.lock pins (hash-checked), before anything else
# is installed into it:  tools/pip_from_lock.sh VENV/bin/python
# The pip that `python -m venv` bundles can be years older. pip 23 resolves a dependency's extra ("justext" needs
# "lxml[html_clean]") to the newest release on the index rather than to the version the lock pins, and then refuses
# the install in --require-hashes mode as soon as a newer lxml is published; the locked pip takes the pinned one.
set -euo pipefail
cd "$(dirname "$0")/.."
python="$1"
pinned="$(mktemp)"
trap 'rm -f "$pinned"' EXIT
# the "pip==X \" line and its "--hash=..." continuation lines, as one requirement
awk '/^pip==/ {keep=1} keep && /^[^ ]/ && !/^pip==/ {exit} keep && !/^ *#/ {print}' requirements-dev.lock > "$pinned"
grep -q '^pip==' "$pinned" || { echo "pip_from_lock.sh: no pinned pip in requirements-dev.lock" >&2; exit 2; }
"$python" -m pip install --quiet --disable-pip-version-check --require-hashes -r "$pinned" \
  2> >(grep -v "is ignored: it is neither a file nor a directory" >&2)
