#!/usr/bin/env bash
# Snippet-checker benchmark: 150 snippets over 100 pages, checked by `qa check` cold and cached, and
# three baselines on the same snippets. Usage: bench/check/run.sh [--quick]   (from anywhere; writes
# bench/work/). --quick measures qa and the javac floor only: the two slow baselines take minutes.
set -euo pipefail
quick=false
[ "${1:-}" = "--quick" ] && quick=true
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$home/bench/work/check"
rm -rf "$work" && mkdir -p "$work"
python3 "$home/bench/check/generate.py" "$work" >/dev/null
"$home/qa" --help >/dev/null   # builds the jar first, outside every measurement
# Like the jar, the workers' class-data archive is made once per jar and JDK: a check of one page
# makes it (see WorkerArchive), outside every measurement.
"$home/qa" check --source "$work/site" --only content/01-bench0/01-page-0.md --no-cache >/dev/null

seconds() { python3 -c "import sys; print(f'{(int(sys.argv[2]) - int(sys.argv[1])) / 1e9:.2f}')" "$1" "$2"; }
now() { date +%s%N; }

# Peak resident memory of a command and all its children, sampled every 100 ms.
peak_rss() {
  local pid=$1 peak=0 total
  while kill -0 "$pid" 2>/dev/null; do
    total=$(ps -o rss= --ppid "$pid" -p "$pid" 2>/dev/null | awk '{s+=$1} END {print s+0}')
    for child in $(pgrep -P "$pid" 2>/dev/null); do
      total=$((total + $(ps -o rss= --ppid "$child" 2>/dev/null | awk '{s+=$1} END {print s+0}')))
    done
    [ "$total" -gt "$peak" ] && peak=$total
    sleep 0.1
  done
  echo $((peak / 1024))
}

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"

t0=$(now)
"$home/qa" check --source "$work/site" --no-cache > "$work/cold.txt" &
pid=$!
peak=$(peak_rss $pid)
wait $pid
t1=$(now)
echo "qa check --no-cache (cold):      $(seconds $t0 $t1) s   peak RSS of qa + workers: ${peak} MiB   $(tail -1 "$work/cold.txt")"

t0=$(now)
"$home/qa" check --source "$work/site" > "$work/cached.txt"
t1=$(now)
echo "qa check (all cached):           $(seconds $t0 $t1) s   $(tail -1 "$work/cached.txt")"

t0=$(now)
"$home/qa" build --source "$work/site" --output "$work/out" >/dev/null
t1=$(now)
"$home/qa" build --source "$work/site" --output "$work/out" --no-cache >/dev/null 2>&1 || true
t2=$(now)
echo "qa build, cached check:          $(seconds $t0 $t1) s   (build with --no-cache: $(seconds $t1 $t2) s)"

mkdir -p "$work/javac/out"
t0=$(now)
javac -d "$work/javac/out" "$work"/javac/src/*.java
java -cp "$work/javac/out" RunAll > /dev/null
t1=$(now)
echo "javac all 150 + one JVM (floor): $(seconds $t0 $t1) s"

$quick && exit 0

t0=$(now)
java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC "$home/bench/check/OneShell.java" "$work/jsh"
t1=$(now)
echo "one JShell, API, one by one:     $(seconds $t0 $t1) s"

t0=$(now)
for f in $(ls "$work"/jsh/*.jsh | head -20); do
  printf '/exit\n' | cat "$f" - | jshell -q > /dev/null 2>&1 || true
done
t1=$(now)
echo "jshell process per snippet:      $(seconds $t0 $t1) s for 20, so about $(python3 -c "print(f'{($t1 - $t0) / 1e9 * 7.5:.0f}')") s for 150"
