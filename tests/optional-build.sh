#!/usr/bin/env bash
# tests/optional-build.sh - build something that needs an optional library
# (the adapters' event loops), or say clearly that it is skipped.
#
#   tests/optional-build.sh LIB OUT COMPILER ARGS...
#       If LIB can be compiled and linked against with COMPILER, run
#       COMPILER ARGS... (the normal build of OUT: a failure there is a real
#       failure). If not, write OUT as a stub that prints a TAP skip-all line
#       naming the missing package (prove shows "skipped: ..."), and say so.
#   tests/optional-build.sh --probe LIB COMPILER
#       print "yes" or "no PACKAGE" (make uses it to rebuild once LIB arrives)
#
# LIB: libuv (Debian libuv1-dev), libevent (libevent-dev), libev (libev-dev).
set -u

probe_only=0
if [ "${1:-}" = --probe ]; then probe_only=1; shift; fi
lib=${1:?LIB}
shift
case $lib in
    libuv)    hdr=uv.h;           link=-luv;    pkg=libuv1-dev;    call='uv_version()' ;;
    libevent) hdr=event2/event.h; link=-levent; pkg=libevent-dev;  call='event_get_version_number()' ;;
    libev)    hdr=ev.h;           link=-lev;    pkg=libev-dev;     call='ev_version_major()' ;;
    *) echo "optional-build.sh: unknown library '$lib' (libuv libevent libev)" >&2; exit 2 ;;
esac

have() { # have COMPILER: can a program use LIB?
    local t rc
    t=$(mktemp -d) || return 1
    printf '#define _DEFAULT_SOURCE 1\n#include <%s>\nint main(void) { return (int)%s < 0; }\n' "$hdr" "$call" > "$t/p.c"
    "$1" "$t/p.c" -o "$t/p" $link >/dev/null 2>&1
    rc=$?
    rm -rf "$t"
    return $rc
}

if [ $probe_only = 1 ]; then
    if have "${1:-cc}"; then echo yes; else echo "no $pkg"; fi
    exit 0
fi

out=${1:?OUT}
shift
cc=${1:?COMPILER}
if have "$cc"; then
    exec "$@"
fi
mkdir -p "$(dirname "$out")"
msg="$lib is not installed ($pkg; tests/ensure-deps.sh adapters installs it as root)"
printf '#!/bin/sh\n# stub written by tests/optional-build.sh: %s\necho "1..0 # SKIP %s"\n' "$msg" "$msg" > "$out"
chmod +x "$out"
echo "SKIPPED: $out not built: $msg" >&2
