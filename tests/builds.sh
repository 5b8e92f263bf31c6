#!/usr/bin/env bash
# tests/builds.sh - TAP: the build matrix. gcc and clang as C99 and C11,
# g++ and clang++ as C++11 and C++17, all with -Wall -Wextra -pedantic
# -Werror: the implementation with the command table in use (compiled at
# -O1 for one standard of each compiler, so that the flow-based warnings
# run too), every adapter whose library is installed (its implementation in
# a file of its own: libevent's and libev's headers cannot share a file),
# and every example (syntax and warnings).
# Then the -Os object size of the implementation (gcc and clang, this
# machine's architecture; `make portability` adds musl and ARM).
set -u
cd "$(dirname "$0")/.."
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
n=0; fail=0
ok() { n=$((n+1)); if [ "$1" = 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; fail=$((fail+1)); fi; }
W="-Wall -Wextra -pedantic -Werror"

adapters=""
for a in libuv libevent libev; do
    if [ "$(bash tests/optional-build.sh --probe $a cc)" = yes ]; then adapters="$adapters $a"
    else echo "# $a not installed: its adapter is left out of the matrix"; fi
done
# the implementation of both headers (asyncredis_commands.h with
# ASYNCREDIS_IMPLEMENTATION: the table, its functions and the wrappers are
# compiled here) and a function that uses the command table
cat > "$T/cmds.c" <<'C'
#define ASYNCREDIS_IMPLEMENTATION
#include "asyncredis_commands.h"
int use_tabs(int argc, const char *const *argv);
int use_tabs(int argc, const char *const *argv) {
    int pos[8]; const char *o[8]; size_t ol[8]; char buf[256]; size_t need; long long ms;
    const ar_cmdtab_cmd *c = ar_cmdtab_lookup_argv(argc, argv, NULL);
    return ar_cmdtab_getkeys(c, argc, argv, NULL, pos, NULL, 8) + ar_cmdtab_group_name(c->group)[0] +
           ar_cmdtab_prefix_argv("p", 1, 0, argc, argv, NULL, o, ol, buf, sizeof buf, &need, NULL) +
           ar_cmdtab_block_timeout(c, argc, argv, NULL, &ms) + ar_cmdtab_strerror(-1)[0];
}
C
# an adapter's implementation alone (the core's declarations only): the
# adapter can live in a file of its own, and its size is its own
for a in $adapters; do
    printf '#include "asyncredis.h"\n#define ASYNCREDIS_IMPLEMENTATION\n#include "adapters/asyncredis_%s.h"\n' $a > "$T/ad_$a.c"
done
examples=$(ls examples/*.c | grep -v hiredis_bench)     # that one needs hiredis

for cc in "gcc -std=c99" "gcc -std=c11" "clang -std=c99" "clang -std=c11" \
          "g++ -x c++ -std=c++11" "g++ -x c++ -std=c++17" "clang++ -x c++ -std=c++11" "clang++ -x c++ -std=c++17"; do
    if ! command -v "${cc%% *}" >/dev/null 2>&1; then ok 1 "# skip ${cc%% *} not installed"; continue; fi
    # -O1 once per compiler (the flow-based warnings), the other standard checks syntax and warnings
    case $cc in *c99*|*c++17*) opt="-O1 -c -o $T/cmds.o" ;; *) opt=-fsyntax-only ;; esac
    out=$($cc $W $opt -I. "$T/cmds.c" 2>&1); rc=$?
    ok $rc "$cc: the implementation and the command table compile warning-free (${opt%% -o*})"
    [ -n "$out" ] && echo "$out" | head -20 | sed 's/^/# /'
    if [ -n "$adapters" ]; then
        out=$(for a in $adapters; do $cc $W -O1 -I. -c "$T/ad_$a.c" -o "$T/ad_$a.o" 2>&1 || echo "FAILED: $a"; done)
        [ -z "$out" ]; ok $? "$cc: the adapters ($adapters ) compile warning-free"
        [ -n "$out" ] && echo "$out" | head -20 | sed 's/^/# /'
    fi
    bad=""
    for e in $examples; do
        out=$($cc $W -I. -fsyntax-only "$e" 2>&1) || bad="$bad $e"
        [ -n "$out" ] && echo "$out" | head -10 | sed 's/^/# /'
    done
    [ -z "$bad" ]; ok $? "$cc: the $(echo $examples | wc -w) examples compile warning-free${bad:+ (failed:$bad)}"
done
# the C++ build links against the C one: one program from both
g++ -std=c++17 $W -x c++ -I. -c examples/hello.c -o "$T/hello_cxx.o" 2>&1 | sed 's/^/# /'
printf '#include "asyncredis.h"\nint cxx_links(void);\nint cxx_links(void) { return ar_strerror(AR_ERR_EOF) != 0; }\n' > "$T/other.c"
gcc -std=c99 $W -I. -c "$T/other.c" -o "$T/other.o" && g++ "$T/hello_cxx.o" "$T/other.o" -pthread -o "$T/hello_cxx" 2>&1 | sed 's/^/# /'
[ -x "$T/hello_cxx" ]; ok $? "hello.c built as C++17 links with a C99 translation unit"

# -Os: text + data + bss of the implementation alone, with the command
# table in use, and of each adapter's own code
printf '#define ASYNCREDIS_IMPLEMENTATION\n#include "asyncredis.h"\n' > "$T/core.c"
sizeof() { size "$1" | awk 'NR == 2 { print $1 + $2 + $3, $1, $2, $3 }'; }
echo "# -Os object sizes in bytes (text + data + bss), $(uname -m):"
sizes_ok=0
for cc in gcc clang; do
    $cc -std=c99 $W -Os -I. -c "$T/core.c" -o "$T/core.o" && $cc -std=c99 $W -Os -I. -c "$T/cmds.c" -o "$T/cmds.o" || sizes_ok=1
    read -r tot text data bss <<< "$(sizeof "$T/core.o")"
    printf '#   %-6s asyncredis.h implementation        %6d (text %d, data %d, bss %d)\n' "$cc" "$tot" "$text" "$data" "$bss"
    read -r tot2 text data bss <<< "$(sizeof "$T/cmds.o")"
    printf '#   %-6s with asyncredis_commands.h in use  %6d (the command table: +%d)\n' "$cc" "$tot2" $((tot2 - tot))
    for a in $adapters; do
        $cc -std=c99 $W -Os -I. -c "$T/ad_$a.c" -o "$T/ad.o" || sizes_ok=1
        read -r tot3 text data bss <<< "$(sizeof "$T/ad.o")"
        printf '#   %-6s adapters/asyncredis_%-17s %6d\n' "$cc" "$a.h alone" "$tot3"
    done
done
ok $sizes_ok "-Os objects built and measured (gcc, clang)"
echo "1..$n"
[ $fail = 0 ]
