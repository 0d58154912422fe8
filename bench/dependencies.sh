#!/usr/bin/env bash
# Snippet dependencies (issue 18): what resolving them costs a check of the real site.
#   1. cold: no .qa-cache at all, the jars already in the local repository;
#   2. again: nothing changed (resolution from .qa-cache/dependencies, results from the result cache);
#   3. an empty local repository: every jar downloaded from Maven Central (only the three pages checked);
#   4. a site without dependencies (examples/starter): no resolution.
# Each line "qa timings: resolve ..." says how many dependency sets Maven resolved.
set -euo pipefail
cd "$(dirname "$0")/.."
export QA_JAVA_OPTS=-Dqa.timings=true
uptime
rm -rf .qa-cache
echo "== cold"; /usr/bin/time -f "total %e s" ./qa check 2>&1 | grep -E "resolve|snippets:|total"
echo "== again"; /usr/bin/time -f "total %e s" ./qa check 2>&1 | grep -E "resolve|snippets:|total"
repo=$(mktemp -d)
echo "== empty local repository"
QA_JAVA_OPTS="-Dqa.timings=true -Dmaven.repo.local=$repo" /usr/bin/time -f "total %e s" ./qa check --no-cache \
    --only content/03-caching/02-cache-eviction-policies.md 2>&1 | grep -E "resolve|total"
du -sh "$repo"; rm -rf "$repo"
echo "== no dependencies"; ./qa check --source examples/starter 2>&1 | grep -E "resolve|snippets:"
uptime
