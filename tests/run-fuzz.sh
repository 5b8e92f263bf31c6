#!/usr/bin/env bash
# tests/run-fuzz.sh SECONDS FUZZDIR - run every libFuzzer target in FUZZDIR
# for SECONDS each, on a scratch copy of its seed corpus (tests/corpus/NAME),
# and report TAP: one test point per fuzzer (ok = no crash, leak or timeout).
set -u
secs=${1:-10}; dir=${2:-build/fuzz}
cd "$(dirname "$0")/.."
n=0; fail=0
for f in "$dir"/fuzz_*; do
  [ -x "$f" ] || continue
  name=$(basename "$f"); seeds="tests/corpus/${name#fuzz_}"
  work=$(mktemp -d); mkdir -p "$work/corpus"
  [ -d "$seeds" ] && cp -r "$seeds"/. "$work/corpus/" 2>/dev/null
  n=$((n+1))
  if (cd "$work" && "$OLDPWD/$f" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 corpus > log 2>&1); then
    echo "ok $n - $name: ${secs}s, $(grep -o 'stat::number_of_executed_units: *[0-9]*' "$work/log" | grep -o '[0-9]*$') runs, no crash"
  else
    echo "not ok $n - $name crashed (artifacts kept in $work)"; fail=$((fail+1))
    tail -n 30 "$work/log" | sed 's/^/# /'
    continue
  fi
  rm -rf "$work"
done
[ $n -eq 0 ] && { echo "not ok 1 - no fuzzers found in $dir"; n=1; fail=1; }
echo "1..$n"
[ $fail -eq 0 ]
