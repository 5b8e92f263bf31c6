#!/usr/bin/env bash
# tests/ensure-deps.sh - make sure the tools the build and tests need are
# installed (Debian 12). Quiet when everything is present.
#
#   tests/ensure-deps.sh [GROUP...]     default: all
#
# Groups:
#   demo      redis-server, a C compiler (+ libc headers)
#   test      demo + redis-tools (redis-cli, redis-benchmark), make, prove
#   fuzz      clang + libclang-rt-N-dev (libFuzzer, sanitizers)
#   valgrind  valgrind
#   cxx       g++ (C++ compile checks)
#   bench     test + valgrind + libhiredis-dev (the hiredis baseline and
#             reader), util-linux (taskset, to pin client and server)
#   adapters  libuv1-dev, libevent-dev, libev-dev (the adapters' tests and
#             examples; `make test` skips those whose library is missing)
#   install   pkg-config (make install's check of asyncredis.pc)
#   portability  musl-tools (static musl build), gcc-arm-linux-gnueabihf
#             (ARM 32-bit cross build), qemu-user (to run it), clang
#   all       everything above except bench and portability
#
# Missing packages: as root, `apt-get install -y` them (running
# `apt-get update` first only when the package lists are empty or the
# install fails); otherwise print the sudo command to run and exit 1.
set -euo pipefail

groups=("$@")
[ ${#groups[@]} -eq 0 ] && groups=(all)

missing=()
add() { # add PKG unless already listed
    local p
    for p in "${missing[@]+"${missing[@]}"}"; do [ "$p" = "$1" ] && return 0; done
    missing+=("$1")
}
pkg_installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}
need_cmd() { # need_cmd COMMAND PACKAGE
    command -v "$1" >/dev/null 2>&1 || add "$2"
}
need_pkg() { # need_pkg PACKAGE (no command to test for)
    if command -v dpkg-query >/dev/null 2>&1; then
        pkg_installed "$1" || add "$1"
    fi
}

check_demo() {
    need_cmd redis-server redis-server
    if ! command -v cc >/dev/null 2>&1 && ! command -v gcc >/dev/null 2>&1; then add gcc; fi
    [ -e /usr/include/stdio.h ] || need_pkg libc6-dev
}
check_test() {
    check_demo
    need_cmd redis-cli redis-tools
    need_cmd redis-benchmark redis-tools
    need_cmd make make
    need_cmd prove perl
    need_cmd python3 python3
}
check_fuzz() {
    local major=14 v
    if command -v clang >/dev/null 2>&1; then
        v=$(clang --version 2>/dev/null | sed -n 's/.*clang version \([0-9][0-9]*\)\..*/\1/p' | head -n1)
        [ -n "$v" ] && major=$v
    else
        add clang
    fi
    need_pkg "libclang-rt-$major-dev"
}
check_valgrind() { need_cmd valgrind valgrind; }
check_cxx() { need_cmd g++ g++; }
check_adapters() {
    [ -f /usr/include/uv.h ] || need_pkg libuv1-dev
    [ -f /usr/include/event2/event.h ] || need_pkg libevent-dev
    [ -f /usr/include/ev.h ] || need_pkg libev-dev
}
check_install() { need_cmd pkg-config pkgconf; }
check_portability() {
    check_test
    need_cmd musl-gcc musl-tools
    need_cmd arm-linux-gnueabihf-gcc gcc-arm-linux-gnueabihf
    if ! command -v qemu-arm >/dev/null 2>&1 && ! command -v qemu-arm-static >/dev/null 2>&1; then add qemu-user; fi
    need_cmd clang clang
}
check_bench() {
    check_test
    check_valgrind
    [ -f /usr/include/hiredis/async.h ] || add libhiredis-dev
    need_cmd taskset util-linux
}

for g in "${groups[@]}"; do
    case "$g" in
        demo) check_demo ;;
        test) check_test ;;
        fuzz) check_fuzz ;;
        valgrind) check_valgrind ;;
        cxx|c++) check_cxx ;;
        bench) check_bench ;;
        adapters) check_adapters ;;
        install) check_install ;;
        portability) check_portability ;;
        all) check_test; check_fuzz; check_valgrind; check_cxx; check_adapters; check_install ;;
        -h|--help) sed -n '2,/^set -e/{/^set -e/!p}' "$0"; exit 0 ;;
        *) echo "ensure-deps.sh: unknown group '$g' (demo test fuzz valgrind cxx bench adapters install portability all)" >&2; exit 2 ;;
    esac
done

[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
    echo "ensure-deps.sh: missing: ${missing[*]} (no apt-get here: install them with your package manager)" >&2
    exit 1
fi

if [ "$(id -u)" != 0 ]; then
    echo "ensure-deps.sh: missing packages: ${missing[*]}" >&2
    echo "run:  sudo apt-get install -y ${missing[*]}" >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
echo "ensure-deps.sh: installing ${missing[*]}" >&2
have_lists=0
if compgen -G '/var/lib/apt/lists/*_Packages*' >/dev/null; then have_lists=1; fi
if [ $have_lists = 0 ]; then
    apt-get update -qq >&2
    apt-get install -y -qq "${missing[@]}" >&2
elif ! apt-get install -y -qq "${missing[@]}" >&2; then
    apt-get update -qq >&2
    apt-get install -y -qq "${missing[@]}" >&2
fi
