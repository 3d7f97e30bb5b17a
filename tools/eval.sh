#!/usr/bin/env bash
# Score pactwatch on the development set: tools/eval.sh [--show]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
set_dir="${PACTWATCH_EVAL_SET:-$here/../shared/eval/dev}"
scorer="$(dirname "$set_dir")/score.py"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 "$scorer" input --set "$set_dir" > "$tmp/in.jsonl"
pactwatch extract "$tmp/in.jsonl" --format jsonl > "$tmp/pred.jsonl"
python3 "$scorer" score --set "$set_dir" --pred "$tmp/pred.jsonl" "$@"
