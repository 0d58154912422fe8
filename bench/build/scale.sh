#!/usr/bin/env bash
# How a cold build grows with the site (issue 12): qa and Hugo on generated corpora of several sizes,
# in one run; hyperfine medians, then each tool's peak resident memory from /usr/bin/time.
# Usage: bench/build/scale.sh [SIZES...]     default 250 2000 10000. Needs hyperfine and hugo.
# qa runs with a 1 GiB heap (QA_JAVA_OPTS=-Xmx1g), the limit the issue sets for 10,000 pages.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(250 2000 10000)
work="$repo/bench/work/scale"
rm -rf "$work" && mkdir -p "$work"
(cd "$repo" && ./qa --version >/dev/null)   # builds the generator jar (and its CDS archive) outside the timings
export QA_JAVA_OPTS=-Xmx1g

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for n in "${sizes[@]}"; do
  python3 "$repo/bench/gen-corpus.py" "$work/c$n" "$n" --hugo >/dev/null
  runs=5; [ "$n" -ge 2000 ] && runs=3
  hyperfine --runs "$runs" --warmup 1 --export-json "$work/$n.json" \
    -n "qa $n" "$repo/qa build --source $work/c$n/qa --templates $repo/templates --output $work/c$n/qa-site" \
    -n "hugo $n" "hugo --quiet -s $work/c$n/hugo -d $work/c$n/hugo/public" >/dev/null
  /usr/bin/time -o "$work/qa.rss" -f '%M' "$repo/qa" build --source "$work/c$n/qa" --templates "$repo/templates" \
    --output "$work/c$n/qa-site" >/dev/null 2>&1
  /usr/bin/time -o "$work/hugo.rss" -f '%M' hugo --quiet -s "$work/c$n/hugo" -d "$work/c$n/hugo/public" >/dev/null 2>&1
  qa_rss=$(tail -1 "$work/qa.rss"); hugo_rss=$(tail -1 "$work/hugo.rss")
  python3 - "$work/$n.json" "$n" "$qa_rss" "$hugo_rss" <<'PY'
import json, sys
r = {x["command"].split()[0]: x for x in json.load(open(sys.argv[1]))["results"]}
n, qa_rss, hugo_rss = sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
qa, hugo = r["qa"]["median"], r["hugo"]["median"]
print(f"| {n} | {qa:.2f} s | {hugo:.2f} s | {qa / hugo:.1f}x | {qa * 1000 / int(n):.2f} ms | {qa_rss // 1024} MiB | {hugo_rss // 1024} MiB |")
PY
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
