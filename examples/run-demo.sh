#!/usr/bin/env bash
# run-demo.sh - run the asyncredis demo against a throwaway redis-server.
#
# `make demo` builds build/demo and calls:   examples/run-demo.sh build/demo
# This script builds nothing. It makes sure redis-server is there (through
# tests/ensure-deps.sh when present), starts a private server on a free
# port in a temporary directory (no persistence), waits until it answers
# PING, runs the demo against it, and always stops the server and removes
# the directory again. The exit status is the demo's.
set -u

demo=${1:-}
if [ -z "$demo" ] || [ ! -x "$demo" ]; then
    echo "usage: $0 path/to/demo-binary   (normally run by: make demo)" >&2
    exit 2
fi
case $demo in */*) ;; *) demo=./$demo ;; esac

root=$(cd "$(dirname "$0")/.." && pwd)
if [ -f "$root/tests/ensure-deps.sh" ]; then
    bash "$root/tests/ensure-deps.sh" demo || exit $?
fi
if ! command -v redis-server >/dev/null 2>&1; then
    echo "run-demo: redis-server is not installed; on Debian/Ubuntu: sudo apt-get install -y redis-server" >&2
    exit 1
fi

dir=$(mktemp -d "${TMPDIR:-/tmp}/asyncredis-demo.XXXXXX") || exit 1
pid=        # redis-server
demo_pid=

# shellcheck disable=SC2317  # (called from the traps)
stop_server() {
    local n=0
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        kill -TERM "$pid" 2>/dev/null
        while kill -0 "$pid" 2>/dev/null && [ $((n += 1)) -le 50 ]; do sleep 0.1; done
        kill -KILL "$pid" 2>/dev/null
    fi
    [ -n "$pid" ] && wait "$pid" 2>/dev/null
    pid=
}
# shellcheck disable=SC2317
cleanup() {
    if [ -n "$demo_pid" ]; then kill -TERM "$demo_pid" 2>/dev/null; wait "$demo_pid" 2>/dev/null; fi
    stop_server
    rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP

# A port nobody listens on: ask the kernel (python3), else try random ones.
free_port() {
    local p
    if command -v python3 >/dev/null 2>&1; then
        python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' && return
    fi
    while :; do
        p=$((20000 + RANDOM % 40000))
        (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
    done
}

# PING with redis-cli, or by hand over bash's /dev/tcp when it is missing.
ping_server() {
    if command -v redis-cli >/dev/null 2>&1; then
        [ "$(redis-cli -h 127.0.0.1 -p "$1" ping 2>/dev/null)" = PONG ]
        return
    fi
    (
        exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
        printf 'PING\r\n' >&3
        IFS= read -r -t 1 line <&3 || exit 1
        [ "${line%$'\r'}" = "+PONG" ]
    ) 2>/dev/null
}

# Start the server; if another process grabbed the port first, try again.
port=
tries=0
while [ $((tries += 1)) -le 5 ]; do
    port=$(free_port)
    redis-server --port "$port" --bind 127.0.0.1 --dir "$dir" --save "" --appendonly no \
        --daemonize no --logfile "$dir/redis.log" &
    pid=$!
    up=0 waited=0
    while [ $((waited += 1)) -le 100 ]; do      # up to 10 s
        if ping_server "$port"; then up=1; break; fi
        kill -0 "$pid" 2>/dev/null || break     # it exited (port taken?)
        sleep 0.1
    done
    [ "$up" = 1 ] && break
    stop_server
    port=
done
if [ -z "$port" ]; then
    echo "run-demo: redis-server did not start; its log:" >&2
    cat "$dir/redis.log" >&2 2>/dev/null
    exit 1
fi
echo "run-demo: redis-server $(redis-server --version | sed -n 's/.* v=\([^ ]*\).*/\1/p') on 127.0.0.1:$port (throwaway, in $dir)"
echo

# In the background so that a signal to this script is handled at once
# (the trap stops the demo and the server); `wait` returns its status.
"$demo" 127.0.0.1 "$port" &
demo_pid=$!
wait "$demo_pid"
status=$?
demo_pid=
exit "$status"
