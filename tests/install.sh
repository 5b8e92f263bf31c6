#!/usr/bin/env bash
# tests/install.sh - TAP: `make install` with PREFIX and DESTDIR puts the
# headers (as laid out in the repository) and the pkg-config files in the
# staging tree and nowhere else; programs build against the installed copy
# through pkg-config alone (hello.c, and each adapter example whose library
# is installed); `make uninstall` removes every file again.
set -u
cd "$(dirname "$0")/.."
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
n=0; fail=0
ok() { n=$((n+1)); if [ "$1" = 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; fail=$((fail+1)); fi; }
root=$T/root prefix=/opt/asyncredis-test

out=$(make -s --no-print-directory install DESTDIR="$root" PREFIX="$prefix" 2>&1); rc=$?
[ -n "$out" ] && echo "$out" | sed 's/^/# /'
ok $rc "make install DESTDIR=... PREFIX=$prefix"
want="include/asyncredis/asyncredis.h include/asyncredis/asyncredis_commands.h
include/asyncredis/adapters/asyncredis_libuv.h include/asyncredis/adapters/asyncredis_libevent.h
include/asyncredis/adapters/asyncredis_libev.h lib/pkgconfig/asyncredis.pc lib/pkgconfig/asyncredis-libuv.pc
lib/pkgconfig/asyncredis-libevent.pc lib/pkgconfig/asyncredis-libev.pc"
got=$(cd "$root" && find . -type f | sed 's|^\./||' | sort)
expect=$(for f in $want; do echo "${prefix#/}/$f"; done | sort)
[ "$got" = "$expect" ]; ok $? "exactly the $(echo $want | wc -w) files, under DESTDIR/PREFIX"
[ "$got" != "$expect" ] && diff <(echo "$expect") <(echo "$got") | sed 's/^/# /'
cmp -s asyncredis.h "$root$prefix/include/asyncredis/asyncredis.h"; ok $? "the installed asyncredis.h is the repository's"
grep -q "^prefix=$prefix\$" "$root$prefix/lib/pkgconfig/asyncredis.pc" &&
  grep -q "^Version: $(sed -n 's/^#define ASYNCREDIS_VERSION "\(.*\)"/\1/p' asyncredis.h)\$" "$root$prefix/lib/pkgconfig/asyncredis.pc"
ok $? "asyncredis.pc names the PREFIX (not DESTDIR) and the header's version"

if command -v pkg-config >/dev/null 2>&1; then
    # copies of the staged .pc files with their prefix moved into DESTDIR,
    # as if the tree were installed (other packages' .pc files untouched)
    mkdir -p "$T/pc"
    for f in "$root$prefix"/lib/pkgconfig/*.pc; do sed "s|^prefix=.*|prefix=$root$prefix|" "$f" > "$T/pc/${f##*/}"; done
    export PKG_CONFIG_PATH=$T/pc
    pc() { pkg-config "$@"; }
    flags=$(pc --cflags --libs asyncredis); ok $? "pkg-config --cflags --libs asyncredis: $flags"
    # no -I. : examples/hello.c finds "asyncredis.h" only through pkg-config
    mkdir -p "$T/src" && cp examples/hello.c "$T/src/"
    cc -std=c99 -Wall -Wextra -pedantic -Werror "$T/src/hello.c" -o "$T/hello" $flags 2>&1 | sed 's/^/# /'
    [ -x "$T/hello" ]; ok $? "hello.c builds against the installed header through pkg-config"
    for a in libuv libevent libev; do
        if [ "$(bash tests/optional-build.sh --probe $a cc)" != yes ]; then ok 0 "# skip $a is not installed"; continue; fi
        cp "examples/adapter_$a.c" "$T/src/"
        f=$(pc --cflags --libs "asyncredis-$a") &&
          cc -std=c99 -D_DEFAULT_SOURCE -Wall -Wextra -pedantic -Werror "$T/src/adapter_$a.c" -o "$T/adapter_$a" $f 2>&1 | sed 's/^/# /'
        [ -x "$T/adapter_$a" ]; ok $? "adapter_$a.c builds through pkg-config asyncredis-$a ($f)"
    done
    unset PKG_CONFIG_PATH
else
    ok 0 "# skip pkg-config is not installed (tests/ensure-deps.sh install)"
fi

out=$(make -s --no-print-directory uninstall DESTDIR="$root" PREFIX="$prefix" 2>&1); rc=$?
[ -n "$out" ] && echo "$out" | sed 's/^/# /'
left=$(find "$root" -type f | wc -l)
[ $rc = 0 ] && [ "$left" = 0 ]; ok $? "make uninstall removes every installed file ($left left)"
echo "1..$n"
[ $fail = 0 ]
