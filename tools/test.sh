#!/usr/bin/env bash
# Run the whole test suite: storage and API tests against SQLite and a real PostgreSQL, and the dashboard
# end to end in Debian's headless Chromium.
# Installs PostgreSQL and Chromium from Debian's packages when missing (needs root), starts a private
# throwaway PostgreSQL server (tools/start_postgres.sh: its own data folder and socket, a free port on
# 127.0.0.1), points PACTWATCH_TEST_PG at it, runs pytest, and stops the server again.
# Set PACTWATCH_TEST_PG yourself to test against a server of your choosing instead.
set -euo pipefail
cd "$(dirname "$0")/.."
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
[ -x /usr/bin/chromium ] || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if [ -z "${PACTWATCH_TEST_PG:-}" ]; then
  if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    started=$(tools/start_postgres.sh)
    PACTWATCH_TEST_PG=$(sed -n 1p <<<"$started")
    pg_data=$(sed -n 2p <<<"$started")
    trap 'tools/stop_postgres.sh "$pg_data"' EXIT
    export PACTWATCH_TEST_PG
    echo "PostgreSQL for the tests: $PACTWATCH_TEST_PG (private server in $pg_data)"
  else
    echo "PostgreSQL not available: its storage tests will be skipped" >&2
  fi
fi
python -m pytest -q "$@"
