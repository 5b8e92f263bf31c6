#!/usr/bin/env bash
# tests/examples.sh - TAP: the examples a user copies, each run against a
# throwaway redis-server (started by examples/run-demo.sh, which then calls
# this script with HOST PORT). Each example checks its own results and
# exits 0 only when they hold. `make test` builds them first (make examples
# adapters); an adapter example whose library is not installed is a stub
# (tests/optional-build.sh) and reported as skipped.
set -u
cd "$(dirname "$0")/.."
B=${B:-build}
if [ $# -lt 2 ]; then
    exec bash examples/run-demo.sh "$0"       # starts the server, runs us with HOST PORT
fi
host=$1 port=$2
n=0 fail=0
run() { # run NAME ARGS...: the example build/NAME with HOST PORT ARGS
    local name=$1 exe=$B/$1 out rc
    shift
    n=$((n + 1))
    if [ ! -x "$exe" ]; then
        echo "not ok $n - $name: $exe is not built (make examples adapters)"; fail=$((fail + 1)); return
    fi
    if [ "$(head -c 2 "$exe")" = '#!' ]; then  # a stub: the library is missing
        echo "ok $n - $name # skip $("$exe" | sed -n 's/^1\.\.0 # SKIP //p')"
        return
    fi
    out=$(timeout 120 "$exe" "$host" "$port" "$@" 2>&1); rc=$?
    if [ $rc = 0 ]; then echo "ok $n - $name runs against the server and its checks hold"
    else echo "not ok $n - $name exited with $rc"; fail=$((fail + 1)); fi
    printf '%s\n' "$out" | sed 's/^/#   /'
}
run hello
run frame_loop 60
run demo
run worker_queue
run rate_limiter
run cache_aside
run game_loop 120
run adapter_libuv
run adapter_libevent
run adapter_libev
echo "1..$n"
[ $fail = 0 ]
