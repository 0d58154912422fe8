#!/usr/bin/env bash
# Search benchmark for docs/benchmarks.md ("## Search"): qa's index against Pagefind on the same built
# sites, the real one and a generated 10,000-page one. Prints one block of figures per site.
#   bench/search/run.sh [WORK_DIR]
# Needs: JDK 17+, Maven, python3, node/npm (Pagefind comes from the npm registry into WORK_DIR, never
# into the repository), Debian's chromium and chromium-driver. Takes a few minutes on two cores.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="${1:-$(mktemp -d /tmp/qa-search-bench.XXXXXX)}"
mkdir -p "$work"
echo "work folder: $work"

if [ ! -x "$work/pagefind/node_modules/.bin/pagefind" ]; then
  npm install --silent --prefix "$work/pagefind" pagefind@1.6.0 >/dev/null
fi
pagefind="$work/pagefind/node_modules/.bin/pagefind"
# QA_BENCH_TEMPLATES: another theme folder (the theme decides page size, not the index);
# QA_BENCH_SITES: "real generated" (default), or one of them.
templates="${QA_BENCH_TEMPLATES:-$repo/templates}"
sites="${QA_BENCH_SITES:-real generated}"

(cd "$repo" && mvn -B -q -ntp -f generator/pom.xml test-compile dependency:build-classpath -Dmdep.outputFile="$work/test-classpath.txt")
classpath="$repo/generator/target/test-classes:$repo/generator/target/classes:$(cat "$work/test-classpath.txt")"

# build NAME SOURCE: builds the site with qa, copies it for Pagefind, indexes the copy, prints the figures.
bench_site() {
  local name="$1" source="$2"
  local site="$work/$name/site" pf="$work/$name/pagefind-site"
  # Snippets are not run here (see SearchBenchmark.build); the JVM flags are the qa launcher's.
  java -Dqa.timings=true -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss4m -cp "$classpath" dev.qa.index.SearchBenchmark build \
      "$source" "$site" "$templates" > "$work/$name/build.log" 2>&1 || { cat "$work/$name/build.log"; exit 1; }
  local pages; pages=$(find "$site" -name '*.html' | wc -l)
  local qa_ms; qa_ms=$(grep -o 'index stage alone: .*' "$work/$name/build.log")
  local qa_bytes; qa_bytes=$(du -sb "$site/search-index" | cut -f1)
  local qa_files; qa_files=$(find "$site/search-index" -type f | wc -l)
  local js_bytes; js_bytes=$(cat "$site/assets/search.js" "$site/assets/search.css" | wc -c)
  rm -rf "$pf" && cp -r "$site" "$pf"
  # Pagefind indexes the pages qa indexes, the questions: not the home, section, tag, print or 404 pages.
  find "$pf" -name '*.html' | grep -v -E "^$pf/[a-z0-9-]+/[a-z0-9-]+\.html$" | xargs rm -f
  find "$pf" -name 'index.html' -delete
  rm -rf "$pf/tags"
  cat > "$pf/pagefind-bench.html" <<'HTML'
<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pagefind</title>
<link href="pagefind/pagefind-ui.css" rel="stylesheet"><script src="pagefind/pagefind-ui.js"></script></head>
<body><div id="search"></div><script>
new PagefindUI({ element: "#search", showSubResults: true, debounceTimeoutMs: Number(new URLSearchParams(location.search).get("debounce") || 300) });
</script></body></html>
HTML
  local start end
  start=$(date +%s%N)
  "$pagefind" --site "$pf" --quiet > "$work/$name/pagefind.log" 2>&1
  end=$(date +%s%N)
  local pf_bytes; pf_bytes=$(du -sb "$pf/pagefind" | cut -f1)
  local pf_files; pf_files=$(find "$pf/pagefind" -type f | wc -l)
  echo "== $name: $pages html files"
  echo "qa $qa_ms"
  echo "qa index: $qa_bytes bytes on disk in $qa_files files (+ search.js and search.css: $js_bytes bytes)"
  echo "pagefind index: $(( (end - start) / 1000000 )) ms (the whole run); $pf_bytes bytes on disk in $pf_files files"
  shift 2
  java -cp "$classpath" dev.qa.index.SearchBenchmark "$site" "$pf" "$@"
}

mkdir -p "$work/real" "$work/generated"
if [[ " $sites " == *" real "* ]]; then
  bench_site real "$repo" --eval "$repo/bench/search/queries.tsv" "cap theorem" cache kubernetes idempotency hashmap
fi
if [[ " $sites " == *" generated "* ]]; then
  python3 "$repo/bench/gen-corpus.py" "$work/generated/corpus" 10000 > /dev/null
  bench_site generated "$work/generated/corpus/qa" throughput quorum canary
fi
