#!/usr/bin/env bash
# Stop a server started by tools/start_postgres.sh and remove its data folder.
#   tools/stop_postgres.sh DATA_FOLDER
set -euo pipefail
data="${1:?usage: tools/stop_postgres.sh DATA_FOLDER}"
case "$data" in */pactwatch-pg.*) ;; *) echo "stop_postgres.sh: $data is not a folder start_postgres.sh made" >&2; exit 2;; esac
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
run() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
[ -d "$data/db" ] && run "$bin/pg_ctl -D $data/db -m fast -w stop" >/dev/null 2>&1 || true
rm -rf "$data"
