#!/usr/bin/env bash
# Build the wheel, install it with no extras into a clean virtual environment (runtime dependencies from
# requirements.lock), and there, from an empty folder with a fresh home, run `pactwatch demo` and
# `pactwatch extract` on an HTML page. Fails when any step fails. Run from the project's .venv.
set -euo pipefail
# pip, quietly; drops the notes some machines' pip configuration prints for each package of a local mirror
pip_quiet() { "$@" --quiet --disable-pip-version-check 2> >(grep -v "is ignored: it is neither a file nor a directory" >&2); }
cd "$(dirname "$0")/.."
work=$(mktemp -d "${TMPDIR:-/tmp}/pactwatch-smoke.XXXXXX")
trap 'rm -rf "$work"' EXIT
pip_quiet python -m pip wheel --no-deps --no-build-isolation --wheel-dir "$work/dist" .
wheel=$(ls "$work"/dist/pactwatch-*.whl)
echo "smoke: built $(basename "$wheel")"
python3 -m venv "$work/venv"
tools/pip_from_lock.sh "$work/venv/bin/python"  # the locked pip first, as tools/setup.sh does
pip_quiet "$work/venv/bin/python" -m pip install --require-hashes -r requirements.lock
pip_quiet "$work/venv/bin/python" -m pip install --no-deps "$wheel"
"$work/venv/bin/python" -m pip check
mkdir "$work/empty" "$work/home"
cd "$work/empty"
export HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_STATE_HOME="$work/home/state" XDG_CACHE_HOME="$work/home/cache"
unset PACTWATCH_DB
"$work/venv/bin/pactwatch" demo > demo.out
grep -q "Partner network of KOR" demo.out || { echo "smoke: demo printed no partner network" >&2; exit 1; }
[ -f "$XDG_DATA_HOME/pactwatch/demo.db" ] || { echo "smoke: demo left no database in the user data folder" >&2; exit 1; }
"$work/venv/bin/pactwatch" agreements --country KOR --db "$XDG_DATA_HOME/pactwatch/demo.db" --format csv > agreements.csv
[ "$(wc -l < agreements.csv)" -gt 10 ] || { echo "smoke: the demo database holds too few agreements" >&2; exit 1; }
cat > page.html <<'HTML'
<!doctype html>
<html><head><title>Norway and Chile sign green hydrogen memorandum</title></head>
<body><nav>Home | World | Business</nav>
<article><h1>Norway and Chile sign green hydrogen memorandum</h1>
<p>Norway and Chile signed a memorandum of understanding on green hydrogen research in Santiago on Tuesday,
the two energy ministries said.</p>
<p>Under the memorandum, the two countries will set up a joint working group on electrolyser technology
and exchange researchers for three years.</p></article>
<footer>Subscribe to our newsletter</footer></body></html>
HTML
"$work/venv/bin/pactwatch" extract page.html > page.jsonl
"$work/venv/bin/python" - <<'PY'
import json
record = json.loads(open("page.jsonl").read())
kinds = [(a["kind"], a["countries"]) for a in record["agreements"]]
assert ("mou", ["CHL", "NOR"]) in kinds, f"smoke: extract on an HTML page found {kinds}"
print(f"smoke: demo ran from an empty folder; extract read the HTML page: {kinds}")
PY
