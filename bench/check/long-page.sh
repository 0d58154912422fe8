#!/usr/bin/env bash
# A long page: one README with many snippets (issue 15 measured winterbe/java8-tutorial's README.md,
# 55 snippets), checked alone and together with the benchmark's 100 pages, cold, with two qa trees in
# turn: wall time and the CPU of each run's whole process tree.
# Usage: bench/check/long-page.sh README.md OTHER_TREE [RUNS]
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
readme="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
other="$(cd "$2" && pwd)"
runs="${3:-3}"
work="$home/bench/work/long-page"
rm -rf "$work" && mkdir -p "$work/alone" "$work/mixed"
python3 "$home/bench/check/generate.py" "$work/corpus" >/dev/null
cp "$readme" "$work/alone/README.md"
cp "$readme" "$work/mixed/README.md"
cp -r "$work/corpus/site/content" "$work/mixed/pages"
# Jars, launcher archives and worker archives are made before anything is timed.
for tree in "$other" "$home"; do "$tree/qa" check --source "$work/alone" README.md --no-cache >/dev/null 2>&1 || true; done
for i in $(seq 1 "$runs"); do
  for tree in "$other" "$home"; do
    echo "$tree alone run $i load $(cut -d' ' -f1 /proc/loadavg) $(python3 "$home/bench/check/treecpu.py" "$tree/qa" check --source "$work/alone" README.md --no-cache)"
  done
  for tree in "$other" "$home"; do
    echo "$tree mixed run $i load $(cut -d' ' -f1 /proc/loadavg) $(python3 "$home/bench/check/treecpu.py" "$tree/qa" check --source "$work/mixed" README.md pages --no-cache)"
  done
done
