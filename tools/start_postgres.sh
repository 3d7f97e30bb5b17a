#!/usr/bin/env bash
# Start a private, throwaway PostgreSQL server for the tests and print its URL on standard output.
#   tools/start_postgres.sh            (Debian's postgresql package must be installed)
# The server gets a fresh data folder of its own (mktemp), listens on 127.0.0.1 on a port that was free
# when it started, and keeps its socket in that folder, so it never shares anything with another
# server. It never attaches to a server it did not start: if its own start fails, it says so and exits 1.
# The second line of output is the data folder; stop the server and remove it with
#   tools/stop_postgres.sh DATA_FOLDER
set -euo pipefail
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
run() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
data=$(mktemp -d "${TMPDIR:-/tmp}/pactwatch-pg.XXXXXX")
chmod 700 "$data"
[ "$(id -u)" = 0 ] && chown postgres "$data"
run "$bin/initdb -D $data/db --auth=trust --username=postgres --encoding=UTF8 --locale=C.UTF-8" >/dev/null
for attempt in 1 2 3 4 5; do  # another program may take the port between the check and the start
  port=$(free_port)
  if run "$bin/pg_ctl -D $data/db -l $data/server.log -w -t 30 -o \"-p $port -h 127.0.0.1 -k $data\" start" >/dev/null 2>&1; then
    run "$bin/createdb -h $data -p $port -U postgres pactwatch_test"
    echo "postgresql://postgres@127.0.0.1:$port/pactwatch_test"
    echo "$data"
    exit 0
  fi
done
echo "start_postgres.sh: could not start PostgreSQL (see $data/server.log)" >&2
exit 1
