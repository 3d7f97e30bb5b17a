#!/usr/bin/env bash
# Start a throwaway PostgreSQL server on 127.0.0.1 for the tests, and print its URL.
#   tools/start_postgres.sh [PORT]     (Debian's postgresql package must be installed)
# The server runs as the postgres user from a fresh data folder under /tmp; stop it with
#   su postgres -c "pg_ctl -D /tmp/pactwatch-pg-$PORT stop"
set -euo pipefail
port="${1:-55432}"
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
data="/tmp/pactwatch-pg-$port"
run() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
if ! run "$bin/pg_ctl -D $data status" >/dev/null 2>&1; then
  rm -rf "$data"
  mkdir -p "$data"
  [ "$(id -u)" = 0 ] && chown postgres "$data"
  run "$bin/initdb -D $data --auth=trust --username=postgres --encoding=UTF8 --locale=C.UTF-8" >/dev/null
  run "$bin/pg_ctl -D $data -l $data/server.log -w -o '-p $port -h 127.0.0.1 -k /tmp' start" >/dev/null
fi
run "$bin/psql -h 127.0.0.1 -p $port -U postgres -tAc \"SELECT 1 FROM pg_database WHERE datname='pactwatch_test'\"" | grep -q 1 \
  || run "$bin/createdb -h 127.0.0.1 -p $port -U postgres pactwatch_test"
echo "postgresql://postgres@127.0.0.1:$port/pactwatch_test"
