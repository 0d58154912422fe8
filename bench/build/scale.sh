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
# Cold builds and "again" run each build in a JVM of its own; the build daemon (a warm JVM that keeps the
# last build in memory) is measured apart, in its own column, for "again".
export QA_DAEMON=off
unset CI

echo "| pages | qa cold | Hugo cold | qa / Hugo | qa per page | qa peak RSS | Hugo peak RSS | qa again | qa again, daemon | Hugo again |"
echo "|---|---|---|---|---|---|---|---|---|---|"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for n in "${sizes[@]}"; do
  python3 "$repo/bench/gen-corpus.py" "$work/c$n" "$n" --hugo >/dev/null
  runs=5; [ "$n" -ge 2000 ] && runs=3
  # Cold: no output and no cache before each run, for both tools (qa would otherwise reuse its render
  # store and link unchanged files of the last build, which the second table measures).
  hyperfine --runs "$runs" --warmup 1 --export-json "$work/$n.json" \
    --prepare "rm -rf $work/c$n/qa-site $work/c$n/.qa-site.qa-build-* $work/c$n/qa/.qa-cache" \
    -n "qa $n" "$repo/qa build --source $work/c$n/qa --templates $repo/templates --output $work/c$n/qa-site" \
    --prepare "rm -rf $work/c$n/hugo/public" \
    -n "hugo $n" "hugo --quiet -s $work/c$n/hugo -d $work/c$n/hugo/public" >/dev/null
  # Again with nothing changed: qa with its caches and the last build in place; Hugo as it always runs.
  hyperfine --runs "$runs" --warmup 1 --export-json "$work/$n-again.json" \
    -n "qa $n" "$repo/qa build --source $work/c$n/qa --templates $repo/templates --output $work/c$n/qa-site" \
    -n "hugo $n" "hugo --quiet -s $work/c$n/hugo -d $work/c$n/hugo/public" >/dev/null
  # Again, through the build daemon: the first build starts it, and it makes the site in memory once.
  qa_build=("$repo/qa" build --source "$work/c$n/qa" --templates "$repo/templates" --output "$work/c$n/qa-site")
  QA_DAEMON=on "${qa_build[@]}" >/dev/null 2>&1
  for _ in $(seq 1 600); do ls /tmp/qa-daemon-"$(id -un)"/*.sock >/dev/null 2>&1 && break; sleep 0.1; done
  QA_DAEMON=on hyperfine --runs "$runs" --warmup 1 --export-json "$work/$n-daemon.json" -n "qa $n" "${qa_build[*]}" >/dev/null
  "$repo/qa" daemon --stop --source "$work/c$n/qa" >/dev/null
  rm -rf "$work/c$n/qa-site" "$work/c$n"/.qa-site.qa-build-* "$work/c$n/qa/.qa-cache" "$work/c$n/hugo/public"
  /usr/bin/time -o "$work/qa.rss" -f '%M' "$repo/qa" build --source "$work/c$n/qa" --templates "$repo/templates" \
    --output "$work/c$n/qa-site" >/dev/null 2>&1
  /usr/bin/time -o "$work/hugo.rss" -f '%M' hugo --quiet -s "$work/c$n/hugo" -d "$work/c$n/hugo/public" >/dev/null 2>&1
  qa_rss=$(tail -1 "$work/qa.rss"); hugo_rss=$(tail -1 "$work/hugo.rss")
  python3 - "$work/$n.json" "$n" "$qa_rss" "$hugo_rss" <<'PY'
import json, sys
r = {x["command"].split()[0]: x for x in json.load(open(sys.argv[1]))["results"]}
n, qa_rss, hugo_rss = sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
qa, hugo = r["qa"]["median"], r["hugo"]["median"]
again = {x["command"].split()[0]: x for x in json.load(open(sys.argv[1].replace(".json", "-again.json")))["results"]}
qa_again, hugo_again = again["qa"]["median"], again["hugo"]["median"]
daemon = json.load(open(sys.argv[1].replace(".json", "-daemon.json")))["results"][0]["median"]
print(f"| {n} | {qa:.2f} s | {hugo:.2f} s | {qa / hugo:.1f}x | {qa * 1000 / int(n):.2f} ms | {qa_rss // 1024} MiB | {hugo_rss // 1024} MiB "
      f"| {qa_again:.2f} s | {daemon:.2f} s | {hugo_again:.2f} s |")
PY
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
