#!/usr/bin/env bash
# Builds a JBake project with qa and with JBake 2.7.0 in the same run, then compares their pages
# (paths, titles, body text) and prints both times.
#
#   bench/jbake-compat/run.sh DIR [RUNS]
#
# DIR is not modified: each generator builds its own copy. AsciiDoc documents are taken out of both
# copies (qa does not render AsciiDoc and names them in a warning), so both build the same input.
# JBake's footer prints its own version (${version}): "v2.7.0" in JBake's pages is compared as "qa".
# JBake 2.7.0 comes from Maven Central (pom.xml beside this script: jbake-core and the optional
# parts a FreeMarker project needs); the first run needs the network, later runs work offline.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
project="$(cd "${1:?usage: run.sh JBAKE_PROJECT_DIR [RUNS]}" && pwd)"
runs="${2:-1}"
[ -f "$project/jbake.properties" ] || { echo "run.sh: $project has no jbake.properties" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

classpath="$work/jbake.classpath"
mvn -B -ntp -q -f "$here/pom.xml" dependency:build-classpath -Dmdep.outputFile="$classpath" >/dev/null 2>&1 \
  || mvn -B -ntp -q -o -f "$here/pom.xml" dependency:build-classpath -Dmdep.outputFile="$classpath"
jsoup="$(find "$HOME/.m2/repository/org/jsoup/jsoup/1.24.1" -name 'jsoup-1.24.1.jar' | head -1)"

cp -r "$project" "$work/source"
find "$work/source" \( -name '*.adoc' -o -name '*.asciidoc' -o -name '*.ad' \) -print -delete | sed "s|$work/source/|left out (AsciiDoc): |"
rm -rf "$work/source/output" "$work/source/site" "$work/source/.qa-cache"

# qa's launcher builds its jar when sources changed; do it now, outside the timing.
(cd "$repo" && ./qa --version >/dev/null 2>&1 || true)

now() { date +%s%N; }
jbake_ms=(); qa_ms=()
for run in $(seq 1 "$runs"); do
  rm -rf "$work/jbake-src" "$work/qa-src" "$work/jbake-out" "$work/qa-out"
  cp -r "$work/source" "$work/jbake-src"; cp -r "$work/source" "$work/qa-src"
  start=$(now)
  java -cp "$(cat "$classpath")" org.jbake.launcher.Main -b "$work/jbake-src" "$work/jbake-out" > "$work/jbake.log" 2>&1 \
    || { cat "$work/jbake.log" >&2; echo "run.sh: JBake 2.7.0 failed" >&2; exit 1; }
  jbake_ms+=($(( ($(now) - start) / 1000000 )))
  start=$(now)
  "$repo/qa" build --source "$work/qa-src" --output "$work/qa-out" --no-cache > "$work/qa.log" 2>&1 \
    || { cat "$work/qa.log" >&2; echo "run.sh: qa build failed" >&2; exit 1; }
  qa_ms+=($(( ($(now) - start) / 1000000 )))
done

echo "== pages"
status=0
java -cp "$jsoup" "$here/ComparePages.java" "$work/jbake-out" "$work/qa-out" "v2.7.0=qa" || status=$?
echo "== time (wall clock, each run a fresh copy, no caches)"
echo "JBake 2.7.0: ${jbake_ms[*]} ms"
echo "qa:          ${qa_ms[*]} ms"
grep -h "warning" "$work/qa.log" || true
exit $status
