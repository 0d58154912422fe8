#!/usr/bin/env bash
# Preview server benchmark (issue 7): on a copy of the real site, the time from saving an edit to the
# reload event the browser gets, for 20 prose edits and 20 snippet edits, and the serving JVM's memory.
# Usage: bench/serve/run.sh [EDITS]      Writes bench/work/serve/results.md.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
edits="${1:-20}"
work="$repo/bench/work/serve"
rm -rf "$work" && mkdir -p "$work/site"

# A copy, so that the edits never touch the real content; the snippet cache comes along when there is one,
# as it would for a maintainer who built before.
for part in content snippets templates qa.yml .qa-cache; do
  [ -e "$repo/$part" ] && cp -r "$repo/$part" "$work/site/"
done
(cd "$repo" && ./qa --version >/dev/null)   # builds the generator jar once, outside the timings

"$repo/qa" serve --source "$work/site" --port 0 >"$work/serve.log" 2>&1 &
serve=$!
# TERM, not INT: a background job of a script starts with SIGINT ignored, and the JVM keeps it so.
trap 'kill -TERM $serve 2>/dev/null; wait $serve 2>/dev/null || true' EXIT

python3 "$here/edits.py" "$work/site" "$work/serve.log" "$serve" "$edits" | tee "$work/results.md"
