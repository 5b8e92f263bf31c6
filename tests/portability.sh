#!/usr/bin/env bash
# tests/portability.sh - TAP, run by `make portability` (not by `make test`:
# cross toolchains and emulation are slow to install and to run).
#
#   musl   a static build with musl-gcc (Debian musl-tools), x86-64
#   ARM    a 32-bit ARM build (arm-linux-gnueabihf-gcc, hard float, Thumb-2),
#          run under qemu-user (qemu-arm) with the ARM libraries of the
#          cross toolchain (QEMU_LD_PREFIX)
#
# For each: examples/demo.c (its own checks, exit status 0) against a
# throwaway redis-server (examples/run-demo.sh), and test programs that
# start their own servers: test_format, test_hooks, test_client (all three
# drive modes, 64 MB values, a server killed under 2,000 commands) and
# test_parser (783 cases; ~2 minutes under qemu). Everything talks to
# redis-server 127.0.0.1 on this machine: qemu-user passes the sockets
# through. Last, the -Os object size of the implementation for each target.
# PORTABILITY_SKIP_PARSER=1 leaves test_parser out.
set -u
cd "$(dirname "$0")/.."
B=${B:-build}
P=$B/portability
mkdir -p "$P"
n=0; fail=0
ok() { n=$((n+1)); if [ "$1" = 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; fail=$((fail+1)); fi; }
W="-std=c99 -Wall -Wextra -pedantic -Werror"
tests="test_format test_hooks test_client"
[ -n "${PORTABILITY_SKIP_PARSER:-}" ] || tests="$tests test_parser"
export QEMU_LD_PREFIX=/usr/arm-linux-gnueabihf
qemu=$(command -v qemu-arm || command -v qemu-arm-static || true)

build() { # build TARGET OUT SRC [EXTRA...]: compile for TARGET (musl | armhf)
    local target=$1 out=$2 src=$3 o
    shift 3
    case $target in
        musl)  o=$(musl-gcc -static $W -O2 -D_DEFAULT_SOURCE -I. "$src" -o "$out" "$@" 2>&1) ;;
        armhf) o=$(arm-linux-gnueabihf-gcc $W -O2 -D_DEFAULT_SOURCE -I. "$src" -o "$out" -pthread "$@" 2>&1) ;;
    esac
    local rc=$?
    [ -n "$o" ] && echo "$o" | head -20 | sed 's/^/# /'
    return $rc
}
runner() { # the command that runs a binary of TARGET here
    case $1 in musl) echo "" ;; armhf) echo "$qemu" ;; esac
}
check_run() { # check_run TARGET NAME BINARY: a TAP test program, all of it must pass
    local target=$1 name=$2 bin=$3 out rc t0 t1 oks nots
    t0=$(date +%s)
    out=$(timeout 900 $(runner "$target") "$bin" 2>&1); rc=$?
    t1=$(date +%s)
    oks=$(printf '%s\n' "$out" | grep -c '^ok ')
    nots=$(printf '%s\n' "$out" | grep -c '^not ok ')
    [ $rc = 0 ] && [ "$nots" = 0 ] && [ "$oks" -gt 0 ]
    ok $? "$target: $name: $oks tests passed, $nots failed (exit $rc, $((t1 - t0)) s)"
    [ "$nots" != 0 ] || [ $rc != 0 ] && printf '%s\n' "$out" | grep -E '^not ok|^#|Bail' | head -20 | sed 's/^/#   /'
}

for target in musl armhf; do
    case $target in
        musl)  cc=musl-gcc; what="static musl $(dpkg-query -W -f='${Version}' musl-dev 2>/dev/null) (musl-gcc over gcc $(gcc -dumpversion)), $(uname -m)" ;;
        armhf) cc=arm-linux-gnueabihf-gcc; what="ARM 32-bit (arm-linux-gnueabihf-gcc $(arm-linux-gnueabihf-gcc -dumpversion 2>/dev/null)) under ${qemu:-no qemu}" ;;
    esac
    echo "# ---- $what"
    if ! command -v $cc >/dev/null 2>&1; then
        ok 1 "$target: $cc is not installed (tests/ensure-deps.sh portability installs it as root)"
        continue
    fi
    build $target "$P/demo-$target" examples/demo.c; ok $? "$target: examples/demo.c builds warning-free"
    if [ $target = musl ]; then
        ! readelf -lW "$P/demo-musl" | grep -q INTERP; ok $? "musl: the demo is statically linked (no program interpreter)"
    else
        readelf -hW "$P/demo-armhf" | grep -q 'Machine:.*ARM$' && readelf -hW "$P/demo-armhf" | grep -q 'Class:.*ELF32'
        ok $? "armhf: the demo is a 32-bit ARM executable"
        if [ -z "$qemu" ]; then
            ok 1 "armhf: qemu-arm is not installed (qemu-user; tests/ensure-deps.sh portability): the ARM binaries cannot run here"
            continue
        fi
        printf 'int main(void) { return 42; }\n' > "$P/probe.c"
        arm-linux-gnueabihf-gcc "$P/probe.c" -o "$P/probe-armhf" 2>&1 | sed 's/^/# /'
        out=$("$qemu" "$P/probe-armhf" 2>&1); rc=$?
        [ $rc = 42 ]; ok $? "armhf: $qemu runs an ARM binary here (exit $rc, want 42)${out:+: $out}"
        [ $rc = 42 ] || { echo "# the ARM binaries were built but cannot run on this machine"; continue; }
    fi
    # the demo against a throwaway server; run-demo.sh wants one executable
    printf '#!/bin/sh\nexec %s "%s" "$@"\n' "$(runner $target)" "$(pwd)/$P/demo-$target" > "$P/run-demo-$target.sh"
    chmod +x "$P/run-demo-$target.sh"
    out=$(bash examples/run-demo.sh "$P/run-demo-$target.sh" 2>&1); rc=$?
    ok $rc "$target: the demo ran against redis-server on 127.0.0.1 and its checks passed"
    printf '%s\n' "$out" | grep -E 'redis-server|checks|FAILED|ops/s|round trip' | head -8 | sed 's/^/#   /'
    for t in $tests; do
        if build $target "$P/$t-$target" "tests/$t.c"; then check_run $target "$t" "$P/$t-$target"
        else ok 1 "$target: tests/$t.c builds"; fi
    done
done

# -Os: text + data + bss of the implementation per target
printf '#define ASYNCREDIS_IMPLEMENTATION\n#include "asyncredis.h"\n' > "$P/core.c"
echo "# -Os object size of the implementation (bytes: text + data + bss):"
sized=0
for t in "gcc x86-64:gcc:size" "clang x86-64:clang:size" "musl-gcc x86-64:musl-gcc:size" \
         "arm-linux-gnueabihf-gcc (Thumb-2):arm-linux-gnueabihf-gcc:arm-linux-gnueabihf-size" \
         "arm-linux-gnueabihf-gcc -marm:arm-linux-gnueabihf-gcc -marm:arm-linux-gnueabihf-size"; do
    label=${t%%:*} rest=${t#*:}; cc=${rest%%:*} sz=${rest#*:}
    command -v ${cc%% *} >/dev/null 2>&1 || continue
    if $cc $W -Os -I. -c "$P/core.c" -o "$P/core.o"; then
        $sz "$P/core.o" | awk -v l="$label" 'NR == 2 { printf "#   %-38s %7d (text %d, data %d, bss %d)\n", l, $1 + $2 + $3, $1, $2, $3 }'
        sized=$((sized + 1))
    fi
done
[ $sized -ge 4 ]; ok $? "-Os object sizes measured for $sized compilers/targets"
echo "1..$n"
[ $fail = 0 ]
