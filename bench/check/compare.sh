#!/usr/bin/env bash
# Cold `qa check --no-cache` of the benchmark site with two qa trees in turn, wall time and the CPU of
# each run's whole process tree (qa, workers, bubblewrap, agents), for a machine shared with other work.
# Usage: bench/check/compare.sh OTHER_TREE [PAIRS]   e.g. a base commit unpacked and built with
#   git archive ed40c49 | tar -x -C /tmp/qa-base && (cd /tmp/qa-base && mvn -B -o -q -Dmaven.test.skip=true package)
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
other="$(cd "$1" && pwd)"
pairs="${2:-5}"
work="$home/bench/work/compare"
rm -rf "$work" && mkdir -p "$work"
python3 "$home/bench/check/generate.py" "$work" >/dev/null
site="$work/site"
# Jars, launcher archives and worker archives are made before anything is timed.
for tree in "$other" "$home"; do "$tree/qa" check --source "$site" --no-cache >/dev/null 2>&1 || true; done
for i in $(seq 1 "$pairs"); do
  for tree in "$other" "$home"; do
    echo "$tree run $i load $(cut -d' ' -f1 /proc/loadavg) $(python3 "$home/bench/check/treecpu.py" "$tree/qa" check --source "$site" --no-cache)"
  done
done
