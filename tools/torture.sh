#!/usr/bin/env bash
# The torture run (issue 11): kill -9 at random moments during ingest, `db upgrade` and `db remerge`; two and
# four concurrent writers; Schemathesis over every operation, alone and during an ingest; a hostile-input
# corpus. On SQLite and a private PostgreSQL (tools/test.sh starts it), with far more kills and examples than
# CI runs, then prints the figures (kills tried and landed, writers, requests and 5xx, inputs handled).
#   tools/torture.sh                 (about 30-40 minutes on 2 cores)
#   PACTWATCH_TORTURE_KILLS=50 tools/torture.sh -x
# CI runs the same tests (marker "torture") with the small defaults in tests/torture.
set -euo pipefail
cd "$(dirname "$0")/.."
export PACTWATCH_TORTURE_KILLS=${PACTWATCH_TORTURE_KILLS:-16}
export PACTWATCH_TORTURE_FUZZ_EXAMPLES=${PACTWATCH_TORTURE_FUZZ_EXAMPLES:-60}
export PACTWATCH_TORTURE_FUZZ_INGEST_ARTICLES=${PACTWATCH_TORTURE_FUZZ_INGEST_ARTICLES:-150}
export PACTWATCH_TORTURE_CONCURRENT_ARTICLES=${PACTWATCH_TORTURE_CONCURRENT_ARTICLES:-100}
export PACTWATCH_TORTURE_GIANT_MB=${PACTWATCH_TORTURE_GIANT_MB:-1024}
PACTWATCH_TORTURE_REPORT=$(mktemp "${TMPDIR:-/tmp}/pactwatch-torture.XXXXXX")
export PACTWATCH_TORTURE_REPORT
status=0
tools/test.sh -m torture tests/torture "$@" || status=$?
python - "$PACTWATCH_TORTURE_REPORT" <<'PY'
import json, sys
rows = [json.loads(line) for line in open(sys.argv[1])]
print(f"\ntorture figures ({sys.argv[1]}):")
for row in rows:
    what = row.pop("operation")
    backend = row.pop("backend", "")
    print(f"  {what:<20} {backend:<10} " + ", ".join(f"{k}={v}" for k, v in row.items()))
PY
exit $status
