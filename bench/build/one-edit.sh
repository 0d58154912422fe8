#!/usr/bin/env bash
# One edit, then `./qa build` again (issue 12): on a copy of the real site with its caches warm, EDITS
# times (default 10) a sentence is appended to one answer and the site is built again, as a contributor
# runs it; each build's stage times come from -Dqa.timings=true. Measured twice in the same run: each
# build in a JVM of its own (QA_DAEMON=off), then through the build daemon (the default). Prints, for
# each, the median of each stage, of render + index + write, and of the whole command's wall time.
# Usage: bench/build/one-edit.sh [EDITS]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
edits="${1:-10}"
work="$repo/bench/work/one-edit"
rm -rf "$work" && mkdir -p "$work/site"
for part in content snippets templates qa.yml search-synonyms.yml .qa-cache; do
  [ -e "$repo/$part" ] && cp -r "$repo/$part" "$work/site/"
done
(cd "$repo" && ./qa --version >/dev/null)   # builds the generator jar (and its CDS archive) outside the timings
page="$work/site/content/01-architecture/01-monolith-vs-microservices.md"
unset CI

measure() {   # $1: label; QA_DAEMON from the caller
  # Two plain builds: the first fills the caches of this copy (and, with the daemon, starts it), the second starts from a steady state.
  "$repo/qa" build --source "$work/site" >/dev/null 2>&1
  if [ "${QA_DAEMON:-on}" != off ]; then
    for _ in $(seq 1 300); do ls /tmp/qa-daemon-"$(id -un)"/*.sock >/dev/null 2>&1 && break; sleep 0.1; done
  fi
  "$repo/qa" build --source "$work/site" >/dev/null 2>&1
  echo "$1: load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  : >"$work/timings"
  for i in $(seq 1 "$edits"); do
    printf '\nA sentence added by edit %s of the benchmark.\n' "$i" >>"$page"
    start=$(date +%s%N)
    QA_JAVA_OPTS=-Dqa.timings=true "$repo/qa" build --source "$work/site" 2>>"$work/timings" >/dev/null
    echo "qa wall $(( ($(date +%s%N) - start) / 1000000 )) ms" >>"$work/timings"
  done
  echo "$1: load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
  python3 - "$work/timings" <<'PY'
import re, statistics, sys
text = open(sys.argv[1]).read()
stages = {name: [int(v) for v in re.findall(name + r" (\d+) ms", text)] for name in ("load", "check", "render", "index", "write", "wall")}
stages["render + index + write"] = [r + i + w for r, i, w in zip(stages["render"], stages["index"], stages["write"])]
print("| stage | median | min | max |\n|---|---|---|---|")
for name, values in stages.items():
    print(f"| {name} | {statistics.median(values):.0f} ms | {min(values)} ms | {max(values)} ms |")
PY
}

"$repo/qa" daemon --stop --source "$work/site" >/dev/null
QA_DAEMON=off measure "a JVM per build (QA_DAEMON=off)"
QA_DAEMON=on measure "the build daemon"
"$repo/qa" daemon --stop --source "$work/site" >/dev/null
