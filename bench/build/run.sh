#!/usr/bin/env bash
# Build benchmark (issue 2): a 250-page corpus built cold by qa, stock JBake 2.7.0 and Hugo, in one run.
# Usage: bench/build/run.sh [PAGES] [RUNS]     Needs hyperfine; Hugo is optional (apt-get install hugo).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
pages="${1:-250}"
runs="${2:-5}"
work="$repo/bench/work/build"
rm -rf "$work" && mkdir -p "$work"

python3 "$repo/bench/gen-corpus.py" "$work/corpus" "$pages" --jbake --hugo
(cd "$repo" && ./qa --version >/dev/null)   # builds the generator jar once, outside the timings

mvn -B -q -f "$here/jbake-runner.pom.xml" dependency:copy-dependencies -DoutputDirectory="$work/jbake-lib"

commands=(
  -n qa "$repo/qa build --source $work/corpus/qa --templates $repo/templates"
  -n jbake "java -cp '$work/jbake-lib/*' org.jbake.launcher.Main -b $work/corpus/jbake $work/corpus/jbake/output"
)
if command -v hugo >/dev/null; then
  commands+=(-n hugo "hugo --quiet -s $work/corpus/hugo -d $work/corpus/hugo/public")
fi

hyperfine --runs "$runs" --warmup 1 --export-json "$work/results.json" --export-markdown "$work/results.md" "${commands[@]}"
python3 - "$work/results.json" <<'PY'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
qa = results["qa"]["median"]
for name, r in results.items():
    print(f"{name:6} median {r['median']:.3f} s  (min {r['min']:.3f}, max {r['max']:.3f})  qa/this = {qa / r['median']:.2f}")
PY
