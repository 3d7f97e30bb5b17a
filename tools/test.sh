#!/usr/bin/env bash
# Run the whole test suite: storage tests against SQLite and a real PostgreSQL on 127.0.0.1.
# Installs PostgreSQL from Debian's packages when it is missing (needs root), starts a throwaway
# server (tools/start_postgres.sh) and points PACTWATCH_TEST_PG at it, then runs pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${PACTWATCH_TEST_PG:-}" ]; then
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq && apt-get install -y -qq postgresql >/dev/null
    fi
  fi
  if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    PACTWATCH_TEST_PG=$(tools/start_postgres.sh 55432)
    export PACTWATCH_TEST_PG
    echo "PostgreSQL for the tests: $PACTWATCH_TEST_PG"
  else
    echo "PostgreSQL not available: its storage tests will be skipped" >&2
  fi
fi
exec python -m pytest -q "$@"
