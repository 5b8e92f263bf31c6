#!/usr/bin/env bash
# tests/header-cost.sh - what asyncredis_commands.h costs a user: its size
# (bytes, lines, the wrappers' share), the compile time of one translation
# unit that only includes it and of the one that includes it with
# ASYNCREDIS_IMPLEMENTATION (gcc -c, -O0 and -O2, median of REPS runs,
# CPU seconds: user + sys), and what an include-only object carries (size(1)
# and the nm symbol kinds). A measurement, not a test: it prints a table
# and always exits 0. Run it on an idle machine, once; compare runs made
# on the same machine only.
#
#   bash tests/header-cost.sh [HEADER]   (default asyncredis_commands.h)
#   REPS=5 CC=gcc
#
# Before issue 15's layout work (f93b7b1: everything static const / static
# inline, gcc 12.2, this 2-core machine, shared):
#   asyncredis_commands.h: 478850 bytes, 11399 lines; wrappers: 7471 lines (65%), 279777 bytes (58%), 546 wrapper functions
#   compile time, gcc -c, median of 5 (CPU s): TU       -O0     -O2
#     includes asyncredis_commands.h only            0.13    0.12
#     asyncredis_commands.h: a lookup + a wrapper    0.15    0.17
#     asyncredis_commands.h + IMPLEMENTATION         1.23    5.46
#     asyncredis.h + IMPLEMENTATION (reference)      1.06    4.67
#   object of a TU that includes it only     (gcc -O0): code     11, read-only data  64357, data      0 bytes; nm defined: T:1 r:1 d:3 
#   object of a TU that includes it only     (gcc -O2): code      3, read-only data      0, data      0 bytes; nm defined: T:1 
#   object of a TU that a lookup + a wrapper (gcc -O0): code   1837, read-only data  64363, data      0 bytes; nm defined: T:1 r:1 t:11 d:3 
#   object of a TU that a lookup + a wrapper (gcc -O2): code    339, read-only data  51458, data      0 bytes; nm defined: T:1 r:3 t:1 d:1 
#
# After (the stb layout: declarations in the header part; the tables, the
# functions and the 548 wrappers compiled once, in the implementation file;
# same machine, same day; the wrappers themselves not yet reworked):
#   asyncredis_commands.h: 575893 bytes, 13652 lines; wrappers: 9597 lines (70%), 370072 bytes (64%), 548 wrapper functions
#   compile time, gcc -c, median of 5 (CPU s): TU       -O0     -O2
#     includes asyncredis_commands.h only            0.02    0.02
#     asyncredis_commands.h: a lookup + a wrapper    0.02    0.02
#     asyncredis_commands.h + IMPLEMENTATION         1.38    9.51
#     asyncredis.h + IMPLEMENTATION (reference)      1.03    4.96
#   object of a TU that includes it only     (gcc -O0): code     11, read-only data      0, data      0 bytes; nm defined: T:1 
#   object of a TU that includes it only     (gcc -O2): code      3, read-only data      0, data      0 bytes; nm defined: T:1 
#   object of a TU that a lookup + a wrapper (gcc -O0): code    104, read-only data      4, data      0 bytes; nm defined: T:1 
#   object of a TU that a lookup + a wrapper (gcc -O2): code     69, read-only data      4, data      0 bytes; nm defined: T:1 r:1 
#   object of a TU that is the implementation (gcc -O0): code 298743, read-only data  80184, data     12 bytes; nm defined: T:669 r:15 t:340 b:2 d:3 
#   object of a TU that is the implementation (gcc -O2): code 314792, read-only data  80786, data     16 bytes; nm defined: T:669 r:710 t:206 b:2 d:3 
#   object of a TU that is asyncredis.h's impl (gcc -O0): code 160055, read-only data  12824, data     12 bytes; nm defined: T:98 r:13 t:317 b:2 
#   object of a TU that is asyncredis.h's impl (gcc -O2): code 120568, read-only data  12885, data     16 bytes; nm defined: T:98 r:371 t:185 b:2 
set -u
cd "$(dirname "$0")/.."
H=${1:-asyncredis_commands.h}
CC=${CC:-gcc}
REPS=${REPS:-5}
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
HDIR=$(cd "$(dirname "$H")" && pwd)
HBASE=$(basename "$H")

bytes=$(wc -c < "$H"); lines=$(wc -l < "$H")
# the wrappers: the lines of the generated wrapper regions (or, in a header
# without them, from the ">>wrappers" banner to the end)
wl=$(awk '
  /@generated wrapper (declarations|definitions) \{/ { inr = 1 }
  inr { n++ }
  /@generated wrapper (declarations|definitions) \}/ { inr = 0 }
  /^\/\* >>wrappers -/ && !seen { old = 1; seen = 1 }
  old && !inr { m++ }
  END { print (n ? n : m) + 0 }' "$H")
wb=$(awk '
  /@generated wrapper (declarations|definitions) \{/ { inr = 1 }
  inr { n += length($0) + 1 }
  /@generated wrapper (declarations|definitions) \}/ { inr = 0 }
  /^\/\* >>wrappers -/ && !seen { old = 1; seen = 1 }
  old && !inr { m += length($0) + 1 }
  END { print (n ? n : m) + 0 }' "$H")
nwrap=$(grep -oE '^(static inline int|ASYNCREDIS_API int|AR_API int|ARCMD_API int) arcmd_[a-z0-9_]+' "$H" | sort -u | wc -l)

printf '#include "%s"\nint header_cost_user(void);\nint header_cost_user(void) { return 0; }\n' "$HBASE" > "$T/inc.c"
# a TU that uses the table (a lookup) and one wrapper, but is not the implementation
# (the wrappers' signature: an options struct since the typed wrappers, 7 arguments before)
if grep -q 'arcmd_ping_opts' "$H"; then ping='arcmd_ping(c, 0, 0, 0)'; else ping='arcmd_ping(c, 0, 0, 0, 0, 0, 0)'; fi
printf '#include "%s"\nint header_cost_use(ar_client *c);\nint header_cost_use(ar_client *c) {\n    return ar_cmdtab_lookup("get", 3) != 0 && %s == 0;\n}\n' "$HBASE" "$ping" > "$T/use.c"
printf '#define ASYNCREDIS_IMPLEMENTATION\n#include "%s"\n' "$HBASE" > "$T/impl.c"
printf '#define ASYNCREDIS_IMPLEMENTATION\n#include "asyncredis.h"\n' > "$T/core.c"

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
ctime() {  # file flags -> median seconds of REPS compiles
  local i
  for i in $(seq "$REPS"); do
    /usr/bin/time -f "%U %S" -o "$T/t" $CC -std=c99 $2 -D_DEFAULT_SOURCE -I"$HDIR" -I. -c "$1" -o "$T/x.o" ||
      { echo "compile failed" >&2; return 1; }
    awk '{ printf "%.2f\n", $1 + $2 }' "$T/t"
  done | median
}

echo "# $H: $bytes bytes, $lines lines; wrappers: $wl lines ($((100 * wl / lines))%), $wb bytes ($((100 * wb / bytes))%), $nwrap wrapper functions"
echo "# compile time, $CC -c, median of $REPS (CPU s): TU       -O0     -O2"
for tu in inc use impl core; do
  case $tu in
    inc)  what="includes $HBASE only      " ;;
    use)  what="$HBASE: a lookup + a wrapper" ;;
    impl) what="$HBASE + IMPLEMENTATION   " ;;
    core) what="asyncredis.h + IMPLEMENTATION (reference)" ;;
  esac
  a=$(ctime "$T/$tu.c" -O0); b=$(ctime "$T/$tu.c" -O2)
  printf '#   %-44s %6s  %6s\n' "$what" "$a" "$b"
done
for tu in inc use impl core; do
  for o in -O0 -O2; do
    $CC -std=c99 $o -D_DEFAULT_SOURCE -I"$HDIR" -I. -c "$T/$tu.c" -o "$T/$tu.o" || continue
    # size -A: section sizes; code = .text*, read-only data = .rodata* (and
    # .data.rel.ro*), data = .data* and .bss* otherwise
    read -r code ro rw <<< "$(size -A "$T/$tu.o" | awk '
      $1 ~ /^\.text/ { c += $2 } $1 ~ /^\.rodata|^\.data\.rel\.ro/ { r += $2; next }
      $1 ~ /^\.data|^\.bss/ { w += $2 } END { print c + 0, r + 0, w + 0 }')"
    kinds=$(nm "$T/$tu.o" | awk 'NF == 3 { k[$2]++ } END { for (x in k) printf "%s:%d ", x, k[x] }')
    case $tu in inc) what="includes it only" ;; use) what="a lookup + a wrapper" ;;
      impl) what="is the implementation" ;; core) what="is asyncredis.h's impl" ;; esac
    printf '# object of a TU that %-20s (%s %s): code %6d, read-only data %6d, data %6d bytes; nm defined: %s\n' \
      "$what" "$CC" "$o" "$code" "$ro" "$rw" "${kinds:-none}"
  done
done
exit 0
