#!/usr/bin/env bash
# Run the whole test suite: storage and API tests against SQLite and a real PostgreSQL on 127.0.0.1,
# and the dashboard end to end in Debian's headless Chromium.
# Installs PostgreSQL and Chromium from Debian's packages when missing (needs root), starts a throwaway
# PostgreSQL server (tools/start_postgres.sh) and points PACTWATCH_TEST_PG at it, then runs pytest.
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
    PACTWATCH_TEST_PG=$(tools/start_postgres.sh 55432)
    export PACTWATCH_TEST_PG
    echo "PostgreSQL for the tests: $PACTWATCH_TEST_PG"
  else
    echo "PostgreSQL not available: its storage tests will be skipped" >&2
  fi
fi
exec python -m pytest -q "$@"
