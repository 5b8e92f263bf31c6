#!/usr/bin/env bash
# tests/run-examples.sh - TAP: the examples that check their own outcome run
# against a throwaway redis-server (examples/run-demo.sh starts and stops
# it) and must exit 0. `make test` builds them first (BUILD=build).
set -u
cd "$(dirname "$0")/.."
B=${BUILD:-build}
examples=(chat)
echo "1..${#examples[@]}"
n=0
for e in "${examples[@]}"; do
    n=$((n + 1))
    out=$(bash examples/run-demo.sh "$B/$e" 2>&1); rc=$?
    echo "$out" | sed 's/^/# /'
    if [ $rc = 0 ]; then echo "ok $n - examples/$e.c ran against a throwaway server"; else echo "not ok $n - examples/$e.c exited $rc"; fi
done
