#!/usr/bin/env bash
# tests/compile.sh - TAP: the header builds warning-free as C99 (gcc, clang)
# and as C++, links when included in several translation units, exports
# only ar_-prefixed symbols, and refuses a partial allocator override.
set -u
cd "$(dirname "$0")/.."
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
n=0; fail=0
ok() { n=$((n+1)); if [ "$1" = 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; fail=$((fail+1)); fi; }
W="-Wall -Wextra -pedantic -Werror"

cat > "$T/impl.c" <<'C'
#define ASYNCREDIS_IMPLEMENTATION
#include "asyncredis.h"
C
cat > "$T/a.c" <<'C'
#include "asyncredis.h"
#ifdef __cplusplus
extern "C"
#endif
int use_a(void) { return ar_strerror(AR_ERR_EOF) != 0; }
C
cat > "$T/b.c" <<'C'
#include "asyncredis.h"
#include <stdio.h>
int use_a(void);
int main(void) {
    ar_parser *p = ar_parser_new(NULL, NULL);
    const ar_reply *r;
    int ok = ar_parser_feed(p, "+OK\r\n", 5) == AR_OK && ar_parser_next(p, &r) == AR_PARSE_REPLY && r->len == 2;
    ar_parser_free(p);
    puts(ok && use_a() ? "linked" : "broken");
    return ok ? 0 : 1;
}
C
for cc in "gcc -std=c99" "clang -std=c99" "gcc -std=c11" "gcc -std=c99 -DASYNCREDIS_USE_POLL" "clang -std=c99 -O2 -DASYNCREDIS_USE_POLL"; do
  out=$($cc $W -I. -c "$T/impl.c" -o "$T/impl.o" 2>&1); ok $? "implementation compiles warning-free: $cc"
  [ -n "$out" ] && echo "$out" | sed 's/^/# /'
done
for cxx in "g++ -std=c++11" "g++ -std=c++17" "clang++ -std=c++11"; do
  if command -v ${cxx%% *} >/dev/null 2>&1; then
    out=$($cxx $W -x c++ -I. -c "$T/impl.c" -o "$T/implxx.o" 2>&1); ok $? "implementation compiles warning-free as C++: $cxx"
    [ -n "$out" ] && echo "$out" | sed 's/^/# /'
  else
    ok 0 "# skip $cxx not installed"
  fi
done
gcc -std=c99 $W -I. -c "$T/impl.c" -o "$T/impl.o" && gcc -std=c99 $W -I. -c "$T/a.c" -o "$T/a.o" && \
  gcc -std=c99 $W -I. -c "$T/b.c" -o "$T/b.o" && gcc "$T/impl.o" "$T/a.o" "$T/b.o" -o "$T/prog"
ok $? "header included in three translation units (one with the implementation) links"
[ "$("$T/prog" 2>&1)" = "linked" ]; ok $? "the linked program runs"
g++ -std=c++11 $W -x c++ -I. -c "$T/a.c" -o "$T/axx.o" && g++ "$T/impl.o" "$T/axx.o" "$T/b.o" -o "$T/prog2" 2>/dev/null
ok $? "C++ translation unit links against the C implementation"
bad=$(nm -g --defined-only "$T/impl.o" | awk '{print $3}' | grep -v '^ar_' || true)
[ -z "$bad" ]; ok $? "every exported symbol starts with ar_ ($(nm -g --defined-only "$T/impl.o" | wc -l) symbols)"
[ -n "$bad" ] && echo "$bad" | sed 's/^/# unprefixed: /'
# the manual's example (top of asyncredis.h) must compile and link
sed -n '/^   EXAMPLE (built-in loop)/,/^   CONFIGURATION MACROS/p' asyncredis.h | sed '1d;$d' | sed 's/^       //' > "$T/manual.c"
gcc -std=c99 $W -I. "$T/manual.c" -o "$T/manual" 2>&1 | sed 's/^/# /'; [ -x "$T/manual" ]
ok $? "the manual's example compiles and links as C99 ($(grep -c . "$T/manual.c") lines)"
rm -f "$T/manualxx"; g++ -std=c++11 $W -x c++ -I. "$T/manual.c" -o "$T/manualxx" 2>&1 | sed 's/^/# /'; [ -x "$T/manualxx" ]
ok $? "the manual's example compiles as C++11"
cat > "$T/alloc.c" <<'C'
#define ASYNCREDIS_MALLOC(n) malloc(n)
#define ASYNCREDIS_IMPLEMENTATION
#include "asyncredis.h"
C
out=$(gcc -std=c99 -I. -c "$T/alloc.c" -o "$T/alloc.o" 2>&1); rc=$?
[ $rc -ne 0 ] && echo "$out" | grep -q "define all of ASYNCREDIS_MALLOC"; ok $? "a partial allocator override is refused with #error"
cat > "$T/alloc2.c" <<'C'
#include <stdlib.h>
static int calls;
static void *my_malloc(size_t n) { calls++; return malloc(n); }
#define ASYNCREDIS_MALLOC(n) my_malloc(n)
#define ASYNCREDIS_REALLOC(p, n) realloc(p, n)
#define ASYNCREDIS_FREE(p) free(p)
#define ASYNCREDIS_IMPLEMENTATION
#include "asyncredis.h"
int main(void) { ar_parser *p = ar_parser_new(NULL, NULL); ar_parser_free(p); return calls > 0 ? 0 : 1; }
C
gcc -std=c99 -D_DEFAULT_SOURCE -Wall -Wextra -Werror -I. "$T/alloc2.c" -o "$T/alloc2" 2>&1 | sed 's/^/# /'; "$T/alloc2"
ok $? "ASYNCREDIS_MALLOC/REALLOC/FREE overrides are used"
cat > "$T/c1.c" <<'C'
#include "asyncredis_commands.h"
int c1(void) { return ar_cmdtab_lookup("get", 3) != 0; }
C
cat > "$T/c2.c" <<'C'
#include "asyncredis_commands.h"
#include <stdio.h>
int c1(void);
int main(void) { const ar_cmdtab_cmd *k = ar_cmdtab_lookup("CLIENT|KILL", (size_t)-1); puts(c1() && k ? "linked" : "broken"); return 0; }
C
# the implementation of both headers: asyncredis_commands.h with the macro
# (it includes asyncredis.h, whose implementation comes with it)
printf '#define ASYNCREDIS_IMPLEMENTATION\n#include "asyncredis_commands.h"\n' > "$T/cimpl.c"
for cc in "gcc -std=c99" "clang -std=c99"; do
  $cc $W -I. -c "$T/c1.c" -o "$T/c1.o" 2>&1 | sed 's/^/# /' && $cc $W -I. -c "$T/c2.c" -o "$T/c2.o" 2>&1 | sed 's/^/# /' &&
    $cc $W -I. -c "$T/cimpl.c" -o "$T/cimpl.o" 2>&1 | sed 's/^/# /'
  $cc "$T/c1.o" "$T/c2.o" "$T/cimpl.o" -pthread -o "$T/cprog" && [ "$("$T/cprog")" = "linked" ]
  ok $? "asyncredis_commands.h in two translation units and the implementation in a third compile warning-free and link: $cc"
done
g++ -std=c++11 $W -x c++ -I. -c "$T/c1.c" -o "$T/c1xx.o" 2>&1 | sed 's/^/# /' && g++ -std=c++11 $W -x c++ -I. -c "$T/c2.c" -o "$T/c2xx.o" 2>&1 | sed 's/^/# /' &&
  g++ -std=c++11 $W -x c++ -I. -c "$T/cimpl.c" -o "$T/cimplxx.o" 2>&1 | sed 's/^/# /' &&
  g++ "$T/c1xx.o" "$T/c2xx.o" "$T/cimpl.o" -pthread -o "$T/cprogxx" && g++ "$T/c1.o" "$T/c2.o" "$T/cimplxx.o" -pthread -o "$T/cprogxx2" &&
  [ "$("$T/cprogxx")" = "linked" ] && [ "$("$T/cprogxx2")" = "linked" ]
ok $? "asyncredis_commands.h compiles warning-free as C++11, its header and implementation link with C ones both ways"
bad=$(nm -g --defined-only "$T/c1.o" | awk '{print $3}' | grep -v '^c1$' || true)
[ -z "$bad" ]; ok $? "asyncredis_commands.h exports no symbols"
bad=$(nm -g --defined-only "$T/cimpl.o" | awk '{print $3}' | grep -Ev '^(ar_|arcmd_)' || true)
[ -z "$bad" ]; ok $? "its implementation exports only ar_ and arcmd_ symbols ($(nm -g --defined-only "$T/cimpl.o" | grep -c ' T arcmd_') arcmd_, $(nm -g --defined-only "$T/cimpl.o" | grep -c ' T ar_cmdtab_') ar_cmdtab_)"
[ -n "$bad" ] && echo "$bad" | head -5 | sed 's/^/# unprefixed: /'
# Data and code defined once per program (the stb way): a file that only
# includes asyncredis_commands.h defines nothing (no table, no function: nm
# shows no symbol of kind D/d/R/r/B/b/T/t/V/W), and a file that uses the
# table and a wrapper defines its own function and nothing else (and the
# local labels of its own string literals, .LC0 / .L.str); gcc with
# -fkeep-inline-functions too (a static inline function would show)
printf '#include "asyncredis_commands.h"\n' > "$T/inc0.c"
cat > "$T/inc1.c" <<'C'
#include "asyncredis_commands.h"
#ifdef __cplusplus
extern "C"
#endif
int uses_cmds(ar_client *c);
int uses_cmds(ar_client *c) {
    const ar_cmdtab_cmd *k = ar_cmdtab_lookup("get", 3);
    return k && ar_cmdtab_at(0) && arcmd_ping(c, NULL, NULL, NULL) == AR_OK;
}
C
bad=""; nb=0
for cc in "gcc -std=c99" "gcc -std=c99 -fkeep-inline-functions" "clang -std=c99" "g++ -x c++ -std=c++11" "g++ -x c++ -std=c++11 -fkeep-inline-functions" "clang++ -x c++ -std=c++11"; do
  for o in -O0 -O2; do
    for f in inc0 inc1; do
      rm -f "$T/$f.o"
      $cc $W $o -I. -c "$T/$f.c" -o "$T/$f.o" 2>&1 | sed 's/^/# /'
      [ -s "$T/$f.o" ] || { bad="$bad [$cc $o $f: no object]"; continue; }
      nb=$((nb+1))
      defs=$(nm "$T/$f.o" | awk 'NF == 3 && $2 ~ /^[DdRrBbTtVvWwGgSs]$/ && $3 != "uses_cmds" && $3 !~ /^\.L/ { print $2 " " $3 }')
      [ -n "$defs" ] && bad="$bad [$cc $o $f: $(echo $defs | head -c 120)]"
    done
  done
done
[ -z "$bad" ]; ok $? "a file that includes asyncredis_commands.h defines no data and no function ($nb objects: gcc, clang, C99 and C++11, -O0 and -O2)"
[ -n "$bad" ] && echo "# defined:$bad"
# ASYNCREDIS_API static: a private copy of the implementation; the file uses
# a few functions and the rest must not warn. Two such files link together
# (nothing exported but their own main/use).
cat > "$T/priv1.c" <<'C'
#define ASYNCREDIS_API static
#define ASYNCREDIS_IMPLEMENTATION
#include "asyncredis.h"
#include <stdio.h>
#ifdef __cplusplus
extern "C"
#endif
int use_priv2(void);
int main(void) { puts(ar_strerror(AR_ERR_EOF)[0] == 's' && use_priv2() ? "private" : "broken"); return 0; }
C
cat > "$T/priv2.c" <<'C'
#define ASYNCREDIS_API static
#define ASYNCREDIS_IMPLEMENTATION
#include "asyncredis.h"
#ifdef __cplusplus
extern "C"
#endif
int use_priv2(void);
int use_priv2(void) { return ar_now_ms() > 0; }
C
for cc in "gcc -std=c99" "clang -std=c99" "g++ -x c++ -std=c++11" "clang++ -x c++ -std=c++11"; do
  rm -f "$T/priv"
  out=$($cc $W -I. -c "$T/priv1.c" -o "$T/priv1.o" 2>&1 && $cc $W -I. -c "$T/priv2.c" -o "$T/priv2.o" 2>&1 &&
        ${cc%% *} -pthread "$T/priv1.o" "$T/priv2.o" -o "$T/priv" 2>&1); rc=$?
  [ $rc -eq 0 ] && [ -z "$(nm -g --defined-only "$T/priv1.o" "$T/priv2.o" | awk 'NF == 3 && $3 != "main" && $3 != "use_priv2"')" ] &&
    [ "$("$T/priv" 2>&1)" = "private" ]
  ok $? "ASYNCREDIS_API static: two private copies compile warning-free, export nothing, link and run: $cc"
  [ -n "$out" ] && echo "$out" | grep -c 'warning\|error' | sed 's/^/# diagnostics: /'
  [ -n "$out" ] && echo "$out" | grep 'warning\|error' | head -5 | sed 's/^/# /'
done
# ASYNCREDIS_API static with asyncredis_commands.h: the table and the
# wrappers private to the file as well
sed 's|#include "asyncredis.h"|#include "asyncredis_commands.h"|; s|use_priv2() ?|use_priv2() \&\& ar_cmdtab_lookup("get", 3) ?|' "$T/priv1.c" > "$T/cpriv1.c"
sed 's|#include "asyncredis.h"|#include "asyncredis_commands.h"|; s|return ar_now_ms() > 0;|return ar_now_ms() > 0 \&\& ar_cmdtab_getkeys(ar_cmdtab_lookup("mget", 4), 0, NULL, NULL, NULL, NULL, 0) < 0;|' "$T/priv2.c" > "$T/cpriv2.c"
for cc in "gcc -std=c99" "clang -std=c99" "g++ -x c++ -std=c++11" "clang++ -x c++ -std=c++11"; do
  rm -f "$T/cpriv"
  out=$($cc $W -I. -c "$T/cpriv1.c" -o "$T/cpriv1.o" 2>&1 && $cc $W -I. -c "$T/cpriv2.c" -o "$T/cpriv2.o" 2>&1 &&
        ${cc%% *} -pthread "$T/cpriv1.o" "$T/cpriv2.o" -o "$T/cpriv" 2>&1); rc=$?
  [ $rc -eq 0 ] && grep -q ar_cmdtab_lookup "$T/cpriv1.c" && grep -q ar_cmdtab_getkeys "$T/cpriv2.c" &&
    [ -z "$(nm -g --defined-only "$T/cpriv1.o" "$T/cpriv2.o" | awk 'NF == 3 && $3 != "main" && $3 != "use_priv2"')" ] &&
    [ "$("$T/cpriv" 2>&1)" = "private" ]
  ok $? "ASYNCREDIS_API static with asyncredis_commands.h: two private copies compile warning-free, export nothing, link and run: $cc"
  [ -n "$out" ] && echo "$out" | grep -c 'warning\|error' | sed 's/^/# diagnostics: /'
  [ -n "$out" ] && echo "$out" | grep 'warning\|error' | head -5 | sed 's/^/# /'
done
# No writable data but the fork counter and its pthread_once (manual, section
# 6): a static table of pointers needs relocations, which put it in a
# writable section (.data, or .data.rel.ro under -fPIC/-fPIE, read-only only
# after the dynamic linker's relocation with RELRO). Writable = an ALLOC
# section without READONLY (objdump -h). The implementation alone, and with
# asyncredis_commands.h: under gcc with -fkeep-inline-functions (every static
# inline function is emitted, with its function-local tables), under clang a
# file calling the table's functions. (-O0 emits every table; -O2 may add
# its own, e.g. a switch turned into a table of pointers.) The generated command tables hold
# pointers in public fields (name, fullname, since, bs_keyword, ...): they
# are allowed in .data.rel.ro under -fPIC/-fPIE and nowhere else writable.
cat > "$T/tabs.c" <<'C'
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
writable_syms() {  # object file -> "section symbol" for each object in a writable section
  local secs
  secs=$(objdump -h "$1" | awk '$1 ~ /^[0-9]+$/ { n = $2; getline; if ($0 ~ /ALLOC/ && $0 !~ /READONLY/) print n }')
  objdump -t "$1" | awk -v secs=" $(echo $secs) " '$0 ~ / O / && index(secs, " " $(NF-2) " ") { print $(NF-2), $NF }'
}
for src in impl.c tabs.c; do
  bad=""; seen=""; nv=0
  for cc in "gcc -fkeep-inline-functions" "clang"; do
    for f in "-O2 -fPIC" "-O0 -fPIE" "-O0 -fno-pic -fno-pie"; do
      $cc -std=c99 $W $f -I. -c "$T/$src" -o "$T/w.o" 2>&1 | sed 's/^/# /' || true
      [ -s "$T/w.o" ] || { bad="$bad [$cc $f: no object]"; continue; }
      nv=$((nv+1))
      while read -r sec sym; do
        [ -z "$sym" ] && continue
        case "$sym" in
          ar__forks|ar__fork_once) seen="$seen $sym";;
          ar_cmdtab__cmds|ar_cmdtab__specs|ar_cmdtab__options|ar_cmdtab__rules)
            case "$sec" in .data.rel.ro*) ;; *) bad="$bad [$cc $f: $sec $sym]";; esac;;
          *) bad="$bad [$cc $f: $sec $sym]";;
        esac
      done <<< "$(writable_syms "$T/w.o")"
      rm -f "$T/w.o"
    done
  done
  [ -z "$bad" ] && [ -n "$seen" ]
  ok $? "no writable data but ar__forks and ar__fork_once: $src ($nv builds: gcc/clang, -O2 -fPIC, -O0 -fPIE, -O0 -fno-pie)"
  [ -n "$bad" ] && echo "# writable:$bad"
done
# TLS (ASYNCREDIS_TLS, OpenSSL; manual section 15): with the macro the
# implementation compiles warning-free as C99 (gcc, clang) and C++, links
# with -lssl -lcrypto, references OpenSSL (SSL_do_handshake: the check below
# can fail) and still has no writable data of its own; without it not one
# OpenSSL symbol is referenced (nm -u of a -O0 build, where every static
# function is emitted).
OSSL='^(SSL|SSL_CTX|BIO|X509|ERR|OPENSSL|OSSL|EVP|TLS|DTLS|PEM|CRYPTO)_'
gcc -std=c99 $W -O0 -I. -c "$T/impl.c" -o "$T/impl_plain.o" 2>&1 | sed 's/^/# /'
bad=$(nm -u "$T/impl_plain.o" | awk '{print $NF}' | grep -E "$OSSL" || true)
[ -s "$T/impl_plain.o" ] && [ -z "$bad" ]
ok $? "without ASYNCREDIS_TLS no OpenSSL symbol is referenced ($(nm -u "$T/impl_plain.o" | wc -l) undefined symbols, none OpenSSL's)"
[ -n "$bad" ] && echo "$bad" | head -5 | sed 's/^/# references: /'
if [ "$(bash tests/optional-build.sh --probe openssl gcc)" = yes ]; then
  for cc in "gcc -std=c99" "clang -std=c99" "gcc -std=c99 -O2 -DASYNCREDIS_USE_POLL" "g++ -x c++ -std=c++11" "clang++ -x c++ -std=c++11"; do
    if command -v ${cc%% *} >/dev/null 2>&1; then
      out=$($cc $W -DASYNCREDIS_TLS -I. -c "$T/impl.c" -o "$T/impl_tls.o" 2>&1)
      ok $? "implementation with ASYNCREDIS_TLS compiles warning-free: $cc"
      [ -n "$out" ] && echo "$out" | sed 's/^/# /'
    else
      ok 0 "# skip ${cc%% *} not installed"
    fi
  done
  gcc -std=c99 $W -O0 -DASYNCREDIS_TLS -I. -c "$T/impl.c" -o "$T/impl_tls.o" && \
    gcc "$T/impl_tls.o" "$T/a.o" "$T/b.o" -o "$T/prog_tls" -pthread -lssl -lcrypto && [ "$("$T/prog_tls" 2>&1)" = "linked" ]
  ok $? "with ASYNCREDIS_TLS the implementation links with -lssl -lcrypto and runs"
  nm -u "$T/impl_tls.o" | awk '{print $NF}' | grep -qx SSL_do_handshake
  ok $? "with ASYNCREDIS_TLS it references OpenSSL ($(nm -u "$T/impl_tls.o" | awk '{print $NF}' | grep -cE "$OSSL") symbols)"
  bad=""
  for f in "-O2 -fPIC" "-O0 -fno-pic -fno-pie"; do
    gcc -std=c99 $W $f -DASYNCREDIS_TLS -I. -c "$T/impl.c" -o "$T/w.o" 2>&1 | sed 's/^/# /'
    while read -r sec sym; do
      [ -z "$sym" ] && continue
      case "$sym" in ar__forks|ar__fork_once) ;; *) bad="$bad [$f: $sec $sym]";; esac
    done <<< "$(writable_syms "$T/w.o")"
    rm -f "$T/w.o"
  done
  [ -z "$bad" ]; ok $? "with ASYNCREDIS_TLS no writable data but ar__forks and ar__fork_once (the BIO method is per client)"
  [ -n "$bad" ] && echo "# writable:$bad"
else
  ok 0 "# skip TLS builds: no OpenSSL headers/libraries (Debian: apt-get install libssl-dev)"
fi
# user code under the strictest warnings: error codes reach ar_strerror both
# as ar_err (r->err, on_disconnect's reason) and as the int the submission
# functions return; neither may need a cast. Off: -Wpadded (the header's
# struct layout), and for C++ the C++98-compat warnings and NULL vs nullptr
# (the user file's style).
cat > "$T/strict.c" <<'C'
#include "asyncredis.h"
#include <stdio.h>
void on_reply(ar_client *c, const ar_reply *r, void *ud);
void on_reply(ar_client *c, const ar_reply *r, void *ud) {
    (void)c; (void)ud;
    if (r->err) fprintf(stderr, "error: %s (%s)\n", ar_strerror(r->err), r->str);
}
void on_disc(ar_client *c, ar_err reason, void *data);
void on_disc(ar_client *c, ar_err reason, void *data) {
    (void)c; (void)data;
    fprintf(stderr, "disconnected: %s\n", ar_strerror(reason));
}
int submit(ar_client *c);
int submit(ar_client *c) {
    int rc = ar_command(c, on_reply, NULL, "GET %s", "k");
    if (rc != AR_OK) fprintf(stderr, "refused: %s\n", ar_strerror(rc));
    return rc == AR_ERR_QUEUE_FULL ? ar_command(c, on_reply, NULL, "PING") : rc;
}
C
for cc in "clang -std=c99 -Weverything -Wno-padded" \
          "clang++ -x c++ -std=c++11 -Weverything -Wno-padded -Wno-c++98-compat -Wno-c++98-compat-pedantic -Wno-zero-as-null-pointer-constant" \
          "gcc -std=c99 -Wall -Wextra -pedantic -Wconversion -Wsign-conversion" \
          "g++ -x c++ -std=c++11 -Wall -Wextra -pedantic -Wconversion -Wsign-conversion"; do
  out=$($cc -Werror -I. -c "$T/strict.c" -o "$T/strict.o" 2>&1); ok $? "ar_strerror(r->err) and ar_strerror(rc) in user code: $cc -Werror"
  [ -n "$out" ] && echo "$out" | sed 's/^/# /'
done
# The manual (the comment at the top of asyncredis.h) names every public
# function, every field of the option and result structs, every AR_ERR_ /
# AR_STATE_ / AR_PARSE_ / AR_REPLY_ / AR_CMD_ constant, and every ">>name"
# part of the code (its table of contents).
python3 - <<'PY'
import re, sys
src = open("asyncredis.h").read()
manual = src[:src.index("*/")]
words = set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", manual))
decl = src[:src.index("/* >>implementation")]
missing = {}
def need(kind, names):
    for n in names:
        if n not in words:
            missing.setdefault(kind, []).append(n)
need("function", re.findall(r"^AR_API [^(]*?\b(\w+)\(", decl, re.M))
for st in ("ar_options", "ar_loop_options", "ar_cmd_opts", "ar_hooks", "ar_limits", "ar_stats", "ar_reply", "ar_trace"):
    m = re.search(r"typedef struct %s \{(.*?)\n\} %s;" % (st, st), decl, re.S) or \
        re.search(r"\nstruct %s \{[^\n]*\n(.*?)\n\};" % st, decl, re.S)
    body = m.group(1)
    body = re.sub(r"/\*.*?\*/", "", body, flags=re.S)
    fields = []
    for chunk in body.split(";"):
        chunk = chunk.strip()
        if not chunk: continue
        fp = re.search(r"\(\*(\w+)\)", chunk)
        if fp: fields.append(fp.group(1)); continue
        fields += [re.findall(r"\w+", part)[-1] for part in chunk.split(",")]
    need(st + " field", [f for f in fields if f])
need("constant", [c for c in re.findall(r"\b(AR_(?:ERR|STATE|PARSE|REPLY|CMD|NOCOPY|TRACE|LOG)_\w+|AR_OK)\b", decl)
                  if not c.endswith("_")])
for m in re.findall(r"/\* >>([a-z][a-z ]*?)\s*(?:-{3,}|:|\*/)", src):
    if ">>" + m.strip() not in manual:
        missing.setdefault("marker", []).append(">>" + m.strip())
for k, v in missing.items():
    print("# not in the manual: %s: %s" % (k, " ".join(sorted(set(v)))))
sys.exit(1 if missing else 0)
PY
ok $? "the manual names every public function, option, constant and >>part"
# asyncredis_commands.h: its table of contents lists every ">>name" part
# of the file (the generated ">>wrappers:GROUP" banners as a family), in the
# order the parts come, and the manual names every public function
python3 - <<'PY'
import re, sys
src = open("asyncredis_commands.h").read()
manual = src[:src.index("*/")]
toc = manual[manual.index("   CONTENTS"):]
toc = toc[:toc.index("\n\n")]
listed = re.findall(r">>([a-z][a-z-]*(?: impl)?)", toc)
listed = [x for i, x in enumerate(listed) if x not in listed[:i] and x != "name"]
code = src[len(manual):]
parts = []
for m in re.findall(r"^/\* >>([a-z][a-z-]*(?: impl)?)(:[a-z-]+)?\s", code, re.M):
    if m[0] not in parts:
        parts.append(m[0])
words = set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", manual))
funcs = [f for f in re.findall(r"^AR_API [^(;]*?\b(ar_\w+)\(", code[:code.index("#endif /* ASYNCREDIS_COMMANDS_H */")], re.M)]
missing = [f for f in funcs if f not in words]
ok = listed == parts and not missing and len(parts) >= 16
if listed != parts:
    print("# contents: %s\n# parts:    %s" % (" ".join(listed), " ".join(parts)))
if missing:
    print("# not in the manual: " + " ".join(missing))
print("# %d parts, %d public functions" % (len(parts), len(funcs)))
sys.exit(0 if ok else 1)
PY
ok $? "asyncredis_commands.h: the table of contents lists its >>parts in order, the manual names its functions"
# LICENSE is the licence text at the end of asyncredis.h
awk '/^This software is available under 2 licenses/ { p = 1; print prev } p && /^\*\/$/ { exit } p { print } { prev = $0 }' \
  asyncredis.h | cmp -s - LICENSE
ok $? "LICENSE is the licence text at the end of asyncredis.h"
echo "1..$n"
[ $fail -eq 0 ]
