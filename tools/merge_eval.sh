#!/usr/bin/env bash
# Score pactwatch's merging on the merge development set, end to end through the CLI of this checkout's
# environment: tools/merge_eval.sh [--show] [--json]  (tests/test_merge_gate.py checks the same figures)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
set_dir="${PACTWATCH_MERGE_SET:-$here/../shared/eval/merge-dev}"
command="$here/.venv/bin/pactwatch"
[ -x "$command" ] || command=pactwatch
python3 "$(dirname "$set_dir")/merge_score.py" --set "$set_dir" --pactwatch "$command" "$@"
