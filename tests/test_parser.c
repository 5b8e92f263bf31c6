/* tests/test_parser.c - TAP unit tests of the standalone RESP2 parser.

   No server needed. White-box: the implementation is compiled in here, so a
   few checks look at the parser's buffer capacity directly.

       gcc -std=c99 -Wall -Wextra -pedantic -Werror -I. tests/test_parser.c -o test_parser
       g++ -std=c++11 -Wall -Wextra -pedantic -Werror -I. -x c++ tests/test_parser.c -o test_parser_cxx
*/
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE 1 /* MAP_ANONYMOUS */
#endif
#include "harness.h"
#define ASYNCREDIS_IMPLEMENTATION
#include "../asyncredis.h"

#include <limits.h>
#include <stdint.h>
#include <sys/mman.h>

#define S(lit) lit, (sizeof(lit) - 1)

/* ------------------------------------------------------------ utilities */

typedef struct sb { char *p; size_t n, cap; } sb;

static void sb_putn(sb *b, const char *s, size_t n) {
    if (b->n + n + 1 > b->cap) {
        size_t nc = b->cap ? b->cap : 64;
        while (nc < b->n + n + 1) nc *= 2;
        b->p = (char *)realloc(b->p, nc);
        if (!b->p) { th_bail("out of memory"); }
        b->cap = nc;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = 0;
}
static void sb_puts(sb *b, const char *s) { sb_putn(b, s, strlen(s)); }
static void sb_putc(sb *b, char c) { sb_putn(b, &c, 1); }
static void sb_free(sb *b) { free(b->p); b->p = NULL; b->n = b->cap = 0; }
static const char *sb_str(sb *b) { return b->p ? b->p : ""; }

static void sb_esc(sb *b, const char *s, size_t n) {
    static const char hex[] = "0123456789abcdef";
    size_t i;
    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c < 0x7f && c != '\\' && c != '"') sb_putc(b, (char)c);
        else {
            char e[4];
            e[0] = '\\'; e[1] = 'x'; e[2] = hex[c >> 4]; e[3] = hex[c & 15];
            sb_putn(b, e, 4);
        }
    }
}

/* compact text form of a reply tree: +status -error :int $"bulk" nil nil* [a,b] */
static void ser(sb *b, const ar_reply *r) {
    char num[32];
    size_t i;
    switch (r->type) {
    case AR_REPLY_STATUS: sb_putc(b, '+'); sb_esc(b, r->str, r->len); break;
    case AR_REPLY_ERROR: sb_putc(b, '-'); sb_esc(b, r->str, r->len); break;
    case AR_REPLY_INTEGER: snprintf(num, sizeof num, ":%lld", r->integer); sb_puts(b, num); break;
    case AR_REPLY_STRING: sb_puts(b, "$\""); sb_esc(b, r->str, r->len); sb_putc(b, '"'); break;
    case AR_REPLY_NIL: sb_puts(b, (r->flags & AR_REPLY_F_NIL_ARRAY) ? "nil*" : "nil"); break;
    case AR_REPLY_ARRAY:
        sb_putc(b, '[');
        for (i = 0; i < r->elements; i++) {
            if (i) sb_putc(b, ',');
            ser(b, &r->element[i]);
        }
        sb_putc(b, ']');
        break;
    default: sb_puts(b, "?"); break;
    }
}

/* structural equality (ignores AR_REPLY_F_OWNED) */
static int tree_eq(const ar_reply *a, const ar_reply *b) {
    size_t i;
    if (a->type != b->type || a->err != b->err) return 0;
    if ((a->flags & ~AR_REPLY_F_OWNED) != (b->flags & ~AR_REPLY_F_OWNED)) return 0;
    if (a->integer != b->integer) return 0;
    switch (a->type) {
    case AR_REPLY_STATUS: case AR_REPLY_ERROR: case AR_REPLY_STRING:
        if (a->len != b->len || !a->str || !b->str) return 0;
        if (memcmp(a->str, b->str, a->len) != 0) return 0;
        if (a->str[a->len] != 0 || b->str[b->len] != 0) return 0;
        break;
    case AR_REPLY_ARRAY:
        if (a->elements != b->elements) return 0;
        if ((a->elements == 0) != (a->element == NULL)) return 0;
        if ((b->elements == 0) != (b->element == NULL)) return 0;
        for (i = 0; i < a->elements; i++)
            if (!tree_eq(&a->element[i], &b->element[i])) return 0;
        break;
    default:
        if (a->str != NULL || b->str != NULL) return 0;
        break;
    }
    return 1;
}

/* invariants of a view from ar_parser_next; returns the number of problems */
static int check_view(const ar_reply *r, int depth) {
    size_t i;
    int bad = 0;
    if (depth > 64) return 1;
    if (r->err != AR_OK) bad++;
    if (r->flags & AR_REPLY_F_OWNED) bad++;
    switch (r->type) {
    case AR_REPLY_STATUS: case AR_REPLY_ERROR:
        if (!r->str) return bad + 1;
        if (r->str[r->len] != 0) bad++;
        for (i = 0; i < r->len; i++) if (r->str[i] == '\r' || r->str[i] == '\n') bad++;
        if (r->flags) bad++;
        break;
    case AR_REPLY_STRING:
        if (!r->str) return bad + 1;
        if (r->str[r->len] != 0) bad++;
        if (r->flags) bad++;
        break;
    case AR_REPLY_INTEGER:
        if (r->str || r->flags) bad++;
        break;
    case AR_REPLY_NIL:
        if (r->str || (r->flags & ~AR_REPLY_F_NIL_ARRAY)) bad++;
        break;
    case AR_REPLY_ARRAY:
        if (r->flags) bad++;
        if ((r->elements == 0) != (r->element == NULL)) return bad + 1;
        for (i = 0; i < r->elements; i++) bad += check_view(&r->element[i], depth + 1);
        break;
    default: bad++; break;
    }
    return bad;
}

/* ------------------------------------------------------ feeding helpers */

#define MAXR 64
typedef struct run {
    ar_reply *r[MAXR];
    int n;
    int rc;          /* last result: AR_PARSE_MORE or AR_PARSE_ERROR */
    int bad;         /* invariant violations seen in views */
    char err[200];
} run;

static void run_init(run *R) { memset(R, 0, sizeof *R); R->rc = AR_PARSE_MORE; }
static void run_free(run *R) {
    int i;
    for (i = 0; i < R->n; i++) ar_reply_free(R->r[i]);
    R->n = 0;
}

static void drain(ar_parser *p, run *R) {
    const ar_reply *r;
    int rc;
    if (R->rc == AR_PARSE_ERROR) return;
    while ((rc = ar_parser_next(p, &r)) == AR_PARSE_REPLY) {
        R->bad += check_view(r, 0);
        if (R->n < MAXR) {
            R->r[R->n] = ar_reply_dup(r, NULL);
            if (!R->r[R->n]) R->bad++; else R->n++;
        } else R->bad++;
    }
    R->rc = rc;
    if (rc == AR_PARSE_ERROR) snprintf(R->err, sizeof R->err, "%s", ar_parser_error(p));
}

static void put(ar_parser *p, const char *d, size_t n, int use_space, run *R) {
    if (!use_space) {
        if (ar_parser_feed(p, d, n) != AR_OK) R->bad++;
        return;
    }
    while (n) {
        size_t avail = 0, k;
        char *s = ar_parser_space(p, n, &avail);
        if (!s || avail < n) { R->bad++; if (!s) return; }
        k = avail < n ? avail : n;
        memcpy(s, d, k);
        ar_parser_commit(p, k);
        d += k; n -= k;
    }
}

/* Feed `first` bytes, then the rest in pieces of `step` (0: all at once),
   draining after each piece; stops feeding after an error (it is sticky). */
static void run_input(ar_parser *p, const char *in, size_t n, size_t first, size_t step, int use_space, run *R) {
    size_t off = 0;
    run_init(R);
    while (off < n && R->rc != AR_PARSE_ERROR) {
        size_t k = off == 0 ? first : (step ? step : n - off);
        if (k == 0 || k > n - off) k = n - off;
        put(p, in + off, k, use_space, R);
        off += k;
        drain(p, R);
    }
    if (n == 0) drain(p, R);
}

static void run_new(const ar_limits *lim, const char *in, size_t n, size_t first, size_t step, int use_space, run *R) {
    ar_parser *p = ar_parser_new(lim, NULL);
    if (!p) th_bail("ar_parser_new failed");
    run_input(p, in, n, first, step, use_space, R);
    ar_parser_free(p);
}

static void run_ser(const run *R, sb *b) {
    int i;
    for (i = 0; i < R->n; i++) {
        if (i) sb_putc(b, ' ');
        ser(b, R->r[i]);
    }
    if (R->rc == AR_PARSE_ERROR) sb_puts(b, R->n ? " ERR" : "ERR");
}

static int run_eq(const run *a, const run *b) {
    int i;
    if (a->n != b->n || a->rc != b->rc || a->bad || b->bad) return 0;
    for (i = 0; i < a->n; i++) if (!tree_eq(a->r[i], b->r[i])) return 0;
    return 1;
}

static void diag_input(const char *in, size_t n) {
    sb b;
    memset(&b, 0, sizeof b);
    sb_esc(&b, in, n < 120 ? n : 120);
    th_diag("  input: \"%s\"%s", sb_str(&b), n > 120 ? "..." : "");
    sb_free(&b);
}

/* Whole-buffer result must match `want`; every other feeding pattern must
   give the identical sequence of trees (or the same error). */
static void check_case(const ar_limits *lim, const char *in, size_t n, const char *want) {
    run whole, R;
    sb b;
    size_t k, bad_at = 0;
    int ok, steps[] = {1, 2, 3, 7};
    unsigned si;
    char label[80];
    memset(&b, 0, sizeof b);
    sb_esc(&b, in, n < 40 ? n : 40);
    snprintf(label, sizeof label, "%s%s", sb_str(&b), n > 40 ? "..." : "");
    sb_free(&b);

    run_new(lim, in, n, n, 0, 0, &whole);
    run_ser(&whole, &b);
    ok = th_ok(strcmp(sb_str(&b), want) == 0 && whole.bad == 0, "parse \"%s\" -> %s", label, want);
    if (!ok) { th_diag("  got: %s (bad=%d)", sb_str(&b), whole.bad); diag_input(in, n); }
    sb_free(&b);
    if (whole.rc == AR_PARSE_ERROR)
        th_ok(whole.err[0] != 0, "  error has a message: %s", whole.err);

    /* split in two at every byte boundary, with feed and with space/commit */
    for (ok = 1, k = 1; k < n && ok; k++) {
        run_new(lim, in, n, k, 0, 0, &R);
        if (!run_eq(&whole, &R)) { ok = 0; bad_at = k; }
        run_free(&R);
        if (!ok) break;
        run_new(lim, in, n, k, 0, 1, &R);
        if (!run_eq(&whole, &R)) { ok = 0; bad_at = k; }
        run_free(&R);
    }
    if (!th_ok(ok, "  \"%s\" split at every boundary: same trees", label)) {
        th_diag("  first mismatch when split at %zu", bad_at);
        diag_input(in, n);
    }
    /* fixed steps incl. one byte at a time, feed and space/commit */
    for (ok = 1, si = 0; si < sizeof steps / sizeof steps[0]; si++) {
        int sp;
        for (sp = 0; sp < 2; sp++) {
            run_new(lim, in, n, (size_t)steps[si], (size_t)steps[si], sp, &R);
            if (!run_eq(&whole, &R)) {
                if (ok) th_diag("  mismatch with step %d %s", steps[si], sp ? "space/commit" : "feed");
                ok = 0;
            }
            run_free(&R);
        }
    }
    if (!th_ok(ok, "  \"%s\" byte at a time and small steps: same trees", label)) diag_input(in, n);
    run_free(&whole);
}

/* ----------------------------------------------------------- the cases */

typedef struct pcase { const char *in; size_t n; const char *want; } pcase;
#define C(lit, want) { lit, sizeof(lit) - 1, want }

static const pcase good_cases[] = {
    C("+OK\r\n", "+OK"),
    C("+\r\n", "+"),
    C("+hello world\r\n", "+hello world"),
    C("-ERR unknown command 'foo'\r\n", "-ERR unknown command 'foo'"),
    C("-\r\n", "-"),
    C(":0\r\n", ":0"),
    C(":1\r\n", ":1"),
    C(":-1\r\n", ":-1"),
    C(":10\r\n", ":10"),
    C(":-100\r\n", ":-100"),
    C(":0\r\n+OK\r\n+OK\r\n", ":0 +OK +OK"),
    C("$10\r\n0123456789\r\n", "$\"0123456789\""),
    C("*10\r\n:0\r\n:1\r\n:2\r\n:3\r\n:4\r\n:5\r\n:6\r\n:7\r\n:8\r\n:9\r\n", "[:0,:1,:2,:3,:4,:5,:6,:7,:8,:9]"),
    C("$0\r\n\r\n+OK\r\n+OK\r\n", "$\"\" +OK +OK"),
    C(":1234567890\r\n", ":1234567890"),
    C(":1234567\r\n", ":1234567"),          /* 7 digits: CR is the 8th byte, LF the 9th */
    C(":-7654321\r\n", ":-7654321"),
    C(":12345678\r\n", ":12345678"),
    C("*1\r\n:1234567\r\n", "[:1234567]"),
    C(":9223372036854775807\r\n", ":9223372036854775807"),
    C(":-9223372036854775808\r\n", ":-9223372036854775808"),
    C("$0\r\n\r\n", "$\"\""),
    C("$5\r\nhello\r\n", "$\"hello\""),
    C("$8\r\na\0b\r\nc\nd\r\n", "$\"a\\x00b\\x0d\\x0ac\\x0ad\""),
    C("$2\r\n\r\n\r\n", "$\"\\x0d\\x0a\""),
    C("$1\r\n\0\r\n", "$\"\\x00\""),
    C("$3\r\n\xff\x80\x01\r\n", "$\"\\xff\\x80\\x01\""),
    C("$-1\r\n", "nil"),
    C("*-1\r\n", "nil*"),
    C("*0\r\n", "[]"),
    C("*1\r\n:5\r\n", "[:5]"),
    C("*3\r\n:1\r\n:2\r\n:3\r\n", "[:1,:2,:3]"),
    C("*2\r\n$3\r\nfoo\r\n$-1\r\n", "[$\"foo\",nil]"),
    C("*5\r\n+OK\r\n-ERR x\r\n:42\r\n$3\r\nfoo\r\n*4\r\n$-1\r\n*-1\r\n*0\r\n*2\r\n*1\r\n:7\r\n$2\r\nhi\r\n",
      "[+OK,-ERR x,:42,$\"foo\",[nil,nil*,[],[[:7],$\"hi\"]]]"),
    C("*1\r\n*1\r\n*1\r\n*1\r\n*1\r\n$1\r\nx\r\n", "[[[[[$\"x\"]]]]]"),
    C("*3\r\n*2\r\n:1\r\n:2\r\n*0\r\n*2\r\n*1\r\n*1\r\n+deep\r\n$0\r\n\r\n",
      "[[:1,:2],[],[[[+deep]],$\"\"]]"),
    C("*2\r\n$4\r\nab\r\n\r\n*1\r\n$1\r\n\0\r\n", "[$\"ab\\x0d\\x0a\",[$\"\\x00\"]]"),
    C("+OK\r\n:1\r\n$1\r\na\r\n*1\r\n+b\r\n-E\r\n$-1\r\n*-1\r\n*0\r\n",
      "+OK :1 $\"a\" [+b] -E nil nil* []"),
    C("*2\r\n*1\r\n:1\r\n:2\r\n:3\r\n", "[[:1],:2] :3"),
    C("$5\r\nhello\r\n$5\r\nworld\r\n", "$\"hello\" $\"world\""),
    /* incomplete: no reply yet, no error */
    C("+OK", ""),
    C("+OK\r", ""),
    C("$5\r\nhel", ""),
    C("$5\r\nhello", ""),
    C("$5\r\nhello\r", ""),
    C("*2\r\n:1\r\n", ""),
    C("*2\r\n*2\r\n:1\r\n:2\r\n", ""),
    C(":1\r\n*3\r\n", ":1"),
};

static const pcase bad_cases[] = {
    C("?x\r\n", "ERR"),
    C("PING\r\n", "ERR"),
    C("ping\r\n", "ERR"),
    C("\r\n\r\n", "ERR"),
    C("\r\n", "ERR"),     /* a bad type byte is refused as soon as it arrives */
    C("H", "ERR"),          /* e.g. an HTTP server: no need to wait for a CR */
    C("\n+OK\r\n", "ERR"),
    C(" +OK\r\n", "ERR"),
    C(":12a\r\n", "ERR"),
    C(":\r\n", "ERR"),
    C(":-\r\n", "ERR"),
    C(":+1\r\n", "ERR"),
    C(": 1\r\n", "ERR"),
    C(":1 \r\n", "ERR"),
    C(":99999999999999999999\r\n", "ERR"),
    C(":9223372036854775808\r\n", "ERR"),
    C(":-9223372036854775809\r\n", "ERR"),
    C("$-2\r\n", "ERR"),
    C("*-2\r\n", "ERR"),
    C("$abc\r\n", "ERR"),
    C("$\r\n", "ERR"),
    C("*\r\n", "ERR"),
    C("$1x\r\n", "ERR"),
    C("*1x\r\n", "ERR"),
    C("$99999999999999999999\r\n", "ERR"),
    C("*99999999999999999999\r\n", "ERR"),
    C("$3\r\nabcX\r\n", "ERR"),
    C("$3\r\nabc\n\r", "ERR"),
    C("$3\r\nabc\r\r", "ERR"),
    C("$3\r\nabcd\r\n", "ERR"),
    C("$1\r\n\r\n\r\n", "ERR"),
    C("+OK\rX\n", "ERR"),
    C("+OK\r\r\n", "ERR"),
    C("-ERR\rx\r\n", "ERR"),
    C(":1\r2\r\n", "ERR"),
    C(":1\r\n?\r\n", ":1 ERR"),
    C("+OK\r\nPING\r\n+OK\r\n", "+OK ERR"),
    C("*2\r\n:1\r\nPING\r\n", "ERR"),
    C("*2\r\n:1\r\n$2\r\nabc\r\n", "ERR"),
    C("*3\r\n:1\r\n*-2\r\n", "ERR"),
    /* a bare LF ends no line: refused, not taken into the text (the
       server sent two replies here, not one status with an LF in it) */
    C("+OK\n+PONG\r\n", "ERR"),
    C("-ERR x\n-ERR y\r\n", "ERR"),
    C("+OK\n", "ERR"),
    C("+\n", "ERR"),
    C("-\n\r\n", "ERR"),
    C("+O\nK\r\n", "ERR"),
    C("+OK\r\n+PO\nNG\r\n", "+OK ERR"),
    C("+0123456\n\r\n", "ERR"),           /* LF in the first eight bytes, CR after them */
    C("+01234567\n\r\n", "ERR"),          /* LF is the ninth byte */
    C("+0123456789abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ\n\r\n", "ERR"), /* past 64 bytes */
    C("*2\r\n+a\nb\r\n:1\r\n", "ERR"),
    C("*1\r\n-E\n", "ERR"),
    C(":1\n", "ERR"),
    C(":1\n\r\n", "ERR"),
    C("$1\n", "ERR"),
    C("*1\n", "ERR"),
    C(":12345678\n\r\n", "ERR"),
    /* a length is -1 or a non-negative decimal without sign or leading
       zeros; an integer is a decimal the way Redis writes one (no '+', no
       leading zeros, no -0) */
    C("$-0\r\n", "ERR"),
    C("*-0\r\n", "ERR"),
    C("$-00\r\n", "ERR"),
    C("$-01\r\n", "ERR"),
    C("*-01\r\n", "ERR"),
    C("$01\r\na\r\n", "ERR"),
    C("$00\r\n\r\n", "ERR"),
    C("*00\r\n", "ERR"),
    C("*01\r\n:1\r\n", "ERR"),
    C("$+1\r\na\r\n", "ERR"),
    C("*+1\r\n:1\r\n", "ERR"),
    C("$+0\r\n\r\n", "ERR"),
    C("$01\r\na\r\n+OK\r\n+OK\r\n", "ERR"),
    C("$-0\r\n+OK\r\n+OK\r\n", "ERR"),
    C("*-0\r\n+OK\r\n+OK\r\n", "ERR"),
    C("*2\r\n$01\r\na\r\n:1\r\n", "ERR"),
    C("*1\r\n*-0\r\n", "ERR"),
    C("*1\r\n*00\r\n", "ERR"),
    C("$0000000000000000000000000000000000001\r\nx\r\n", "ERR"),
    C(":-0\r\n", "ERR"),
    C(":-0\r\n+OK\r\n+OK\r\n", "ERR"),
    C(":00\r\n", "ERR"),
    C(":01\r\n", "ERR"),
    C(":-01\r\n", "ERR"),
    C(":007\r\n+OK\r\n+OK\r\n", "ERR"),
    C(":0000000000000000000001\r\n", "ERR"),
    C(":+0\r\n", "ERR"),
    C("*1\r\n:01\r\n", "ERR"),
    C(":1\r\n$01\r\na\r\n", ":1 ERR"),
};

static void test_types(void) {
    size_t i;
    th_note("--- every RESP2 type, split at every boundary ---");
    for (i = 0; i < sizeof good_cases / sizeof good_cases[0]; i++)
        check_case(NULL, good_cases[i].in, good_cases[i].n, good_cases[i].want);
}

static void test_malformed(void) {
    size_t i;
    th_note("--- malformed input ---");
    for (i = 0; i < sizeof bad_cases / sizeof bad_cases[0]; i++)
        check_case(NULL, bad_cases[i].in, bad_cases[i].n, bad_cases[i].want);
}

/* No test points: 1 when the whole input gives `want` and so does every
   split in two (feed and space/commit) and byte at a time; else 0, with a
   diagnostic for the first difference. */
static int check_quiet(const ar_limits *lim, const char *in, size_t n, const char *want) {
    run whole, R;
    sb b;
    size_t k;
    int ok;
    memset(&b, 0, sizeof b);
    run_new(lim, in, n, n, 0, 0, &whole);
    run_ser(&whole, &b);
    ok = strcmp(sb_str(&b), want) == 0 && whole.bad == 0;
    if (!ok) { th_diag("  whole input: got %s, want %s", sb_str(&b), want); diag_input(in, n); }
    sb_free(&b);
    for (k = 1; k < n && ok; k++) {
        int sp;
        for (sp = 0; sp < 2 && ok; sp++) {
            run_new(lim, in, n, k, 0, sp, &R);
            if (!run_eq(&whole, &R)) { ok = 0; th_diag("  split at %zu (%s) differs", k, sp ? "space/commit" : "feed"); diag_input(in, n); }
            run_free(&R);
        }
    }
    if (ok) {
        run_new(lim, in, n, 1, 1, 0, &R);
        if (!run_eq(&whole, &R)) { ok = 0; th_diag("  byte at a time differs"); diag_input(in, n); }
        run_free(&R);
    }
    run_free(&whole);
    return ok;
}

/* An LF at every place of +/- lines of many lengths (short ones, around
   the eight bytes read at once, past the 64 bytes searched by hand), alone,
   after a reply and inside an array: always a protocol error, whole or
   split anywhere; the reply before it is delivered. */
static void test_bare_lf(void) {
    static const size_t lens[] = {0, 1, 2, 3, 5, 6, 7, 8, 9, 10, 15, 16, 17, 30, 62, 63, 64, 65, 66, 71, 72, 73, 100, 200};
    static const char *const pre[] = {"", "+OK\r\n", "*2\r\n", ":1\r\n*1\r\n"};
    static const char *const want[] = {"ERR", "+OK ERR", "ERR", ":1 ERR"};
    static const char *const post[] = {"\r\n", "\r\n+OK\r\n", "", "\r"};
    char in[512];
    size_t li, k, ok_lines = 0, lines = 0;
    int bad = 0, t, pi, qi;
    th_note("--- a bare LF in a +/- line, at every place, split anywhere ---");
    for (li = 0; li < sizeof lens / sizeof lens[0]; li++) {
        for (k = 0; k <= lens[li]; k++) {
            for (t = 0; t < 2; t++) {
                for (pi = 0; pi < 4; pi++) {
                    for (qi = 0; qi < 4; qi++) {
                        size_t n = 0, i, plen = strlen(pre[pi]), qlen = strlen(post[qi]);
                        memcpy(in, pre[pi], plen); n = plen;
                        in[n++] = t ? '-' : '+';
                        for (i = 0; i < lens[li]; i++) {
                            if (i == k) in[n++] = '\n';
                            in[n++] = (char)('a' + i % 26);
                        }
                        if (k == lens[li]) in[n++] = '\n';
                        memcpy(in + n, post[qi], qlen); n += qlen;
                        lines++;
                        if (check_quiet(NULL, in, n, want[pi])) ok_lines++;
                        else if (++bad > 5) goto out;
                    }
                }
            }
        }
    }
out:
    th_is_int(ok_lines, lines, "%zu lines with a bare LF (every place, both types, 4 contexts, 4 endings): "
              "an error, whole, split anywhere and byte at a time", lines);
    /* an LF in a bulk payload is data, not a line end */
    th_ok(check_quiet(NULL, S("$3\r\na\nb\r\n+OK\r\n"), "$\"a\\x0ab\" +OK"), "an LF inside a bulk is data");
}

/* single reply, whole buffer */
static const ar_reply *one(ar_parser *p, const char *in, size_t n, int *rc) {
    const ar_reply *r = NULL;
    ar_parser_reset(p);
    ar_parser_feed(p, in, n);
    *rc = ar_parser_next(p, &r);
    return *rc == AR_PARSE_REPLY ? r : NULL;
}

static void test_values(void) {
    ar_parser *p = ar_parser_new(NULL, NULL);
    const ar_reply *r;
    int rc;
    th_note("--- field values ---");
    r = one(p, S(":9223372036854775807\r\n"), &rc);
    th_ok(r && r->type == AR_REPLY_INTEGER && r->integer == LLONG_MAX, "LLONG_MAX");
    r = one(p, S(":-9223372036854775808\r\n"), &rc);
    th_ok(r && r->type == AR_REPLY_INTEGER && r->integer == LLONG_MIN, "LLONG_MIN");
    r = one(p, S(":0\r\n"), &rc);
    th_ok(r && r->type == AR_REPLY_INTEGER && r->integer == 0 && r->str == NULL, "integer 0, no str");
    r = one(p, S(":-42\r\n"), &rc);
    th_ok(r && r->integer == -42, "integer -42");

    r = one(p, S("$0\r\n\r\n"), &rc);
    th_ok(r && r->type == AR_REPLY_STRING && r->len == 0 && r->str && r->str[0] == 0, "empty bulk: len 0, str \"\" (not NULL)");
    r = one(p, S("$8\r\na\0b\r\nc\nd\r\n"), &rc);
    th_ok(r && r->type == AR_REPLY_STRING && r->len == 8 && memcmp(r->str, "a\0b\r\nc\nd", 8) == 0 && r->str[8] == 0,
          "binary bulk with NUL, CR, LF: exact bytes, NUL after len");
    r = one(p, S("+OK\r\n"), &rc);
    th_ok(r && r->type == AR_REPLY_STATUS && r->len == 2 && strcmp(r->str, "OK") == 0, "status NUL-terminated");
    r = one(p, S("-ERR bad\r\n"), &rc);
    th_ok(r && r->type == AR_REPLY_ERROR && r->len == 7 && strcmp(r->str, "ERR bad") == 0, "error NUL-terminated");

    r = one(p, S("$-1\r\n"), &rc);
    th_ok(r && r->type == AR_REPLY_NIL && r->flags == 0 && r->str == NULL, "nil bulk: NIL, flags 0");
    r = one(p, S("*-1\r\n"), &rc);
    th_ok(r && r->type == AR_REPLY_NIL && r->flags == AR_REPLY_F_NIL_ARRAY, "nil array: NIL with AR_REPLY_F_NIL_ARRAY");
    r = one(p, S("*0\r\n"), &rc);
    th_ok(r && r->type == AR_REPLY_ARRAY && r->elements == 0 && r->element == NULL, "empty array: 0 elements, element NULL");
    r = one(p, S("*2\r\n*1\r\n:3\r\n$1\r\nz\r\n"), &rc);
    th_ok(r && r->type == AR_REPLY_ARRAY && r->elements == 2 && r->element &&
          r->element[0].type == AR_REPLY_ARRAY && r->element[0].elements == 1 &&
          r->element[0].element[0].type == AR_REPLY_INTEGER && r->element[0].element[0].integer == 3 &&
          r->element[1].type == AR_REPLY_STRING && r->element[1].len == 1 && r->element[1].str[0] == 'z' &&
          r->element[1].str[1] == 0, "nested array fields");
    th_is_int(r ? (int)r->err : -1, AR_OK, "reply err is AR_OK");

    th_ok(strcmp(ar_reply_type_name(AR_REPLY_STRING), "string") == 0 &&
          strcmp(ar_reply_type_name(AR_REPLY_NIL), "nil") == 0 &&
          strcmp(ar_reply_type_name(AR_REPLY_ARRAY), "array") == 0, "ar_reply_type_name");
    ar_parser_free(p);
}

static void test_is_error(void) {
    ar_parser *p = ar_parser_new(NULL, NULL);
    const ar_reply *r;
    int rc;
    th_note("--- ar_reply_is_error ---");
    r = one(p, S("-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"), &rc);
    th_ok(r && ar_reply_is_error(r, "WRONGTYPE") == 1, "\"WRONGTYPE ...\" matches WRONGTYPE");
    th_ok(r && ar_reply_is_error(r, "WRONG") == 0, "\"WRONGTYPE ...\" does not match WRONG (whole word)");
    th_ok(r && ar_reply_is_error(r, "WRONGTYPEX") == 0, "\"WRONGTYPE ...\" does not match WRONGTYPEX");
    th_ok(r && ar_reply_is_error(r, "ERR") == 0, "\"WRONGTYPE ...\" does not match ERR");
    th_ok(r && ar_reply_is_error(r, NULL) == 1, "prefix NULL: any error");
    r = one(p, S("-WRONGTYPEX foo\r\n"), &rc);
    th_ok(r && ar_reply_is_error(r, "WRONGTYPE") == 0, "\"WRONGTYPEX foo\" does not match WRONGTYPE");
    th_ok(r && ar_reply_is_error(r, "WRONGTYPEX") == 1, "\"WRONGTYPEX foo\" matches WRONGTYPEX");
    r = one(p, S("-ERR\r\n"), &rc);
    th_ok(r && ar_reply_is_error(r, "ERR") == 1, "\"ERR\" alone matches ERR");
    th_ok(r && ar_reply_is_error(r, "ERRX") == 0, "\"ERR\" does not match longer ERRX");
    r = one(p, S("+WRONGTYPE x\r\n"), &rc);
    th_ok(r && ar_reply_is_error(r, "WRONGTYPE") == 0 && ar_reply_is_error(r, NULL) == 0, "status is not an error");
    r = one(p, S("$11\r\nWRONGTYPE x\r\n"), &rc);
    th_ok(r && ar_reply_is_error(r, "WRONGTYPE") == 0, "bulk is not an error");
    th_ok(ar_reply_is_error(NULL, "ERR") == 0, "NULL reply is not an error");
    ar_parser_free(p);
}

/* ------------------------------------------------------------- limits */

static int contains(const char *s, const char *sub) { return strstr(s, sub) != NULL; }

static void limit_case(const ar_limits *lim, const char *in, size_t n, const char *want, const char *errsub) {
    run R;
    check_case(lim, in, n, want);
    if (errsub) {
        run_new(lim, in, n, n, 0, 0, &R);
        th_ok(R.rc == AR_PARSE_ERROR && contains(R.err, errsub), "  message mentions %s: \"%s\"", errsub, R.err);
        run_free(&R);
    }
}

static void test_limits(void) {
    ar_limits lim;
    char *big;
    size_t i;
    th_note("--- protocol limits ---");

    memset(&lim, 0, sizeof lim);
    lim.max_bulk_len = 10;
    limit_case(&lim, S("$10\r\n0123456789\r\n"), "$\"0123456789\"", NULL);
    limit_case(&lim, S("$11\r\n"), "ERR", "max_bulk_len");
    limit_case(&lim, S("$11\r\n01234567890\r\n"), "ERR", "max_bulk_len");
    limit_case(&lim, S("*2\r\n$1\r\na\r\n$11\r\n"), "ERR", "max_bulk_len");
    limit_case(&lim, S("$-1\r\n$0\r\n\r\n"), "nil $\"\"", NULL);

    memset(&lim, 0, sizeof lim);
    lim.max_array_len = 3;
    limit_case(&lim, S("*3\r\n:1\r\n:2\r\n:3\r\n"), "[:1,:2,:3]", NULL);
    limit_case(&lim, S("*4\r\n"), "ERR", "max_array_len");
    limit_case(&lim, S("*4\r\n:1\r\n:2\r\n:3\r\n:4\r\n"), "ERR", "max_array_len");
    limit_case(&lim, S("*1\r\n*4\r\n"), "ERR", "max_array_len");
    limit_case(&lim, S("*-1\r\n*0\r\n"), "nil* []", NULL);

    memset(&lim, 0, sizeof lim);
    lim.max_depth = 3;
    limit_case(&lim, S("*1\r\n*1\r\n*1\r\n:1\r\n"), "[[[:1]]]", NULL);
    limit_case(&lim, S("*2\r\n*2\r\n*1\r\n:1\r\n:2\r\n*1\r\n:3\r\n"), "[[[:1],:2],[:3]]", NULL);
    limit_case(&lim, S("*1\r\n*1\r\n*1\r\n*1\r\n:1\r\n"), "ERR", "max_depth");
    limit_case(&lim, S("*1\r\n*1\r\n*1\r\n*1\r\n"), "ERR", "max_depth");
    limit_case(&lim, S("*2\r\n*1\r\n:1\r\n*1\r\n*1\r\n*1\r\n:2\r\n"), "ERR", "max_depth");
    memset(&lim, 0, sizeof lim);
    lim.max_depth = 1;
    limit_case(&lim, S("*2\r\n:1\r\n:2\r\n"), "[:1,:2]", NULL);
    limit_case(&lim, S("*1\r\n*1\r\n:1\r\n"), "ERR", "max_depth");

    memset(&lim, 0, sizeof lim);
    lim.max_line_len = 5;
    limit_case(&lim, S("+abcde\r\n"), "+abcde", NULL);
    limit_case(&lim, S("+abcdef\r\n"), "ERR", "max_line_len");
    limit_case(&lim, S("-abcde\r\n"), "-abcde", NULL);
    limit_case(&lim, S("-abcdef\r\n"), "ERR", "max_line_len");
    /* number lines are not +/- lines: max_line_len does not apply */
    limit_case(&lim, S(":12345\r\n"), ":12345", NULL);
    limit_case(&lim, S(":-1234\r\n"), ":-1234", NULL);
    limit_case(&lim, S(":123456\r\n"), ":123456", NULL);
    limit_case(&lim, S(":-9223372036854775808\r\n:1\r\n"), ":-9223372036854775808 :1", NULL);
    limit_case(&lim, S("$10\r\n0123456789\r\n*100000\r\n"), "$\"0123456789\"", NULL);
    /* over-long line before any CRLF arrived */
    limit_case(&lim, S("+abcde"), "", NULL);
    limit_case(&lim, S("+abcde\r"), "", NULL);
    limit_case(&lim, S("+abcdef"), "ERR", "max_line_len");
    limit_case(&lim, S("-abcdefghijklmnop"), "ERR", "max_line_len");
    limit_case(&lim, S(":1234567"), "", NULL);
    limit_case(&lim, S("+OK\r\n+abcdefgh"), "+OK ERR", "max_line_len");
    limit_case(&lim, S("*1\r\n+abcdefgh"), "ERR", "max_line_len");

    /* a number line is at most 32 bytes whatever the limits (the longest
       a server writes is 20: -9223372036854775808) */
    limit_case(NULL, S(":11111111111111111111111111111111"), "", NULL);             /* 32: may still end */
    limit_case(NULL, S(":111111111111111111111111111111111"), "ERR", "number line"); /* 33, no CR yet */
    limit_case(NULL, S("$111111111111111111111111111111111"), "ERR", "number line");
    limit_case(NULL, S("*000000000000000000000000000000001"), "ERR", "number line");
    limit_case(NULL, S("+OK\r\n:-11111111111111111111111111111111"), "+OK ERR", "number line");
    limit_case(NULL, S("*2\r\n:1\r\n$11111111111111111111111111111111111111111\r\n"), "ERR", "number line");
    memset(&lim, 0, sizeof lim);
    lim.max_line_len = (size_t)1 << 20;
    limit_case(&lim, S(":111111111111111111111111111111111"), "ERR", "number line");

    /* defaults: +/- lines as long as a bulk (max_bulk_len, 512 MiB) */
    {
        ar_limits d = ar__limits_fill(NULL);
        th_ok(d.max_line_len == (size_t)512 * 1024 * 1024 && d.max_bulk_len == d.max_line_len,
              "default max_line_len is max_bulk_len's default, 512 MiB (%zu)", d.max_line_len);
        memset(&lim, 0, sizeof lim);
        lim.max_bulk_len = 100;
        d = ar__limits_fill(&lim);
        th_ok(d.max_line_len == 100, "max_line_len 0 follows a configured max_bulk_len (%zu)", d.max_line_len);
        lim.max_line_len = 7;
        d = ar__limits_fill(&lim);
        th_ok(d.max_line_len == 7 && d.max_bulk_len == 100, "a configured max_line_len is kept (%zu)", d.max_line_len);
    }
    memset(&lim, 0, sizeof lim);
    lim.max_bulk_len = 10;
    limit_case(&lim, S("-ERR 567890\r\n"), "-ERR 567890", NULL);
    limit_case(&lim, S("-ERR 5678901\r\n"), "ERR", "max_line_len");
    limit_case(&lim, S("-ERR 5678901"), "ERR", "max_line_len");

    /* a 1 MiB error line (e.g. a script's error_reply), fed whole, in
       16 KB pieces and 1000 bytes at a time; then the lines around the
       old 64 KiB default */
    {
        static const size_t lens[] = {65536, 65537, 65538, (size_t)1 << 20};
        size_t li;
        big = (char *)malloc(((size_t)1 << 20) + 16);
        if (!big) th_bail("out of memory");
        for (li = 0; li < sizeof lens / sizeof lens[0]; li++) {
            size_t L = lens[li], n, steps[3], si;
            int ok = 1;
            big[0] = '-';
            for (i = 1; i <= L; i++) big[i] = (char)('a' + i % 26);
            memcpy(big + L + 1, "\r\n+OK\r\n", 7);
            n = L + 8;
            steps[0] = n; steps[1] = 16384; steps[2] = 1000;
            for (si = 0; si < 3; si++) {
                run R;
                size_t j;
                run_new(NULL, big, n, steps[si], steps[si], si == 1, &R);
                if (!(R.n == 2 && R.rc == AR_PARSE_MORE && R.bad == 0 && R.r[0]->type == AR_REPLY_ERROR &&
                      R.r[0]->len == L && R.r[1]->type == AR_REPLY_STATUS && strcmp(R.r[1]->str, "OK") == 0)) ok = 0;
                for (j = 0; ok && j < L; j++) if (R.r[0]->str[j] != big[j + 1]) ok = 0;
                run_free(&R);
            }
            th_ok(ok, "default limits: a %zu-byte error line and the reply after it (whole, 16 KB, 1000 B pieces)", L);
        }
        free(big);
    }
}

/* every length of number, both signs, alone (fewer than 8 bytes after the
   type byte) and followed by more replies (the 8-bytes-at-once path), and
   a bad byte at every place in it: the value, or an error */
static void test_numbers(void) {
    ar_parser *p = ar_parser_new(NULL, NULL);
    static const char bad_bytes[] = {'/', ':', 'a', ' ', '\n', '\0', (char)0xfa, (char)0xff, (char)0xb0};
    char in[64], digits[24];
    int len, neg, tail, wrong_val = 0, wrong_err = 0, cases = 0, bulk_wrong = 0, wrong_zero = 0, canon;
    th_note("--- numbers: every length 1-18, both signs, leading zeros, every bad byte place ---");
    for (len = 1; len <= 18; len++) {
        for (neg = 0; neg < 2; neg++) {
            int variant;
            for (variant = 0; variant < 4; variant++) {
                long long want = 0;
                int i, n;
                for (i = 0; i < len; i++) { /* 999.., 100.., 123..., 0-leading */
                    int dgt = variant == 0 ? 9 : variant == 1 ? (i == 0) : variant == 2 ? (i + 1) % 10 : (i == len - 1 ? 7 : 0);
                    digits[i] = (char)('0' + dgt);
                    want = want * 10 + dgt;
                }
                digits[len] = 0;
                canon = digits[0] != '0' || len == 1; /* "0" only as itself, never "-0" */
                if (neg) want = -want;
                if (neg && want == 0) canon = 0;
                for (tail = 0; tail < 2; tail++) {
                    const ar_reply *r = NULL;
                    int rc, pos, b;
                    n = snprintf(in, sizeof in, ":%s%s\r\n%s", neg ? "-" : "", digits, tail ? "+OK\r\n+OK\r\n" : "");
                    cases++;
                    ar_parser_reset(p);
                    ar_parser_feed(p, in, (size_t)n);
                    rc = ar_parser_next(p, &r);
                    if (!canon) { if (rc != AR_PARSE_ERROR) wrong_zero++; }
                    else if (rc != AR_PARSE_REPLY || r->type != AR_REPLY_INTEGER || r->integer != want) wrong_val++;
                    if (!neg) { /* the same digits as a bulk length */
                        if (!canon) {
                            static char hdr[64];
                            int h = snprintf(hdr, sizeof hdr, "$%s\r\n%s", digits, tail ? "+OK\r\n+OK\r\n" : "");
                            ar_parser_reset(p);
                            ar_parser_feed(p, hdr, (size_t)h);
                            if (ar_parser_next(p, &r) != AR_PARSE_ERROR) wrong_zero++;
                        } else if (len <= 4) {
                            size_t blen = (size_t)(want < 0 ? -want : want), k;
                            static char big[10000 + 64];
                            int h = snprintf(big, sizeof big, "$%s\r\n", digits);
                            for (k = 0; k < blen; k++) big[h + k] = 'x';
                            memcpy(big + h + blen, tail ? "\r\n+OK\r\n" : "\r\n", tail ? 7 : 2);
                            ar_parser_reset(p);
                            ar_parser_feed(p, big, (size_t)h + blen + (tail ? 7 : 2));
                            rc = ar_parser_next(p, &r);
                            if (rc != AR_PARSE_REPLY || r->type != AR_REPLY_STRING || r->len != blen) bulk_wrong++;
                        }
                    }
                    for (pos = 1 + neg; pos < 1 + neg + len; pos++) {
                        for (b = 0; b < (int)sizeof bad_bytes; b++) {
                            char save = in[pos];
                            in[pos] = bad_bytes[b];
                            ar_parser_reset(p);
                            ar_parser_feed(p, in, (size_t)n);
                            rc = ar_parser_next(p, &r);
                            if (rc != AR_PARSE_ERROR) wrong_err++;
                            in[pos] = save;
                        }
                    }
                }
            }
        }
    }
    th_is_int(wrong_val, 0, "%d integer replies of 1-18 digits: every value right", cases);
    th_is_int(wrong_zero, 0, "leading zeros (integers and bulk lengths, short and long input): protocol errors");
    th_is_int(bulk_wrong, 0, "bulk lengths of 1-4 digits: every length right");
    th_is_int(wrong_err, 0, "a bad byte anywhere in the digits: always a protocol error");
    {
        static const char *const empty[] = {":\r\n+OK\r\n+OK\r\n", ":-\r\n+OK\r\n+OK\r\n", "$\r\n+OK\r\n+OK\r\n",
                                            ":\r\n", ":-\r\n", "$\r\n", ":--1\r\n+OK\r\n+OK\r\n", ":+1\r\n+OK\r\n+OK\r\n",
                                            ":-0\r\n", ":-0\r\n+OK\r\n+OK\r\n", "$-0\r\n", "$-0\r\n+OK\r\n+OK\r\n",
                                            "*-0\r\n", "$+1\r\na\r\n+OK\r\n", "*+1\r\n:1\r\n+OK\r\n"};
        int k, refused = 0;
        const ar_reply *r = NULL;
        for (k = 0; k < (int)(sizeof empty / sizeof empty[0]); k++) {
            ar_parser_reset(p);
            ar_parser_feed(p, empty[k], strlen(empty[k]));
            refused += ar_parser_next(p, &r) == AR_PARSE_ERROR;
        }
        th_is_int(refused, k, "no digits, \"-\" alone, \"--1\", \"+1\", \"-0\": protocol errors, short or long input");
    }
    ar_parser_free(p);
}

/* ------------------------------------------------- sticky error / reset */

static void test_sticky(void) {
    ar_parser *p = ar_parser_new(NULL, NULL);
    const ar_reply *r = NULL;
    char msg[200];
    int rc;
    th_note("--- errors are sticky until reset ---");
    ar_parser_feed(p, S("+OK\r\n:12a\r\n+after\r\n"));
    th_is_int(ar_parser_next(p, &r), AR_PARSE_REPLY, "reply before the error is delivered");
    th_is_cstr(ar_parser_error(p), "", "no error message yet");
    th_is_int(ar_parser_next(p, &r), AR_PARSE_ERROR, "bad integer -> AR_PARSE_ERROR");
    snprintf(msg, sizeof msg, "%s", ar_parser_error(p));
    th_ok(msg[0] != 0, "message: %s", msg);
    th_is_int(ar_parser_next(p, &r), AR_PARSE_ERROR, "still AR_PARSE_ERROR");
    ar_parser_feed(p, S("+OK\r\n"));
    th_is_int(ar_parser_next(p, &r), AR_PARSE_ERROR, "still AR_PARSE_ERROR after feeding valid data");
    th_is_cstr(ar_parser_error(p), msg, "message unchanged");
    ar_parser_reset(p);
    th_is_cstr(ar_parser_error(p), "", "reset clears the message");
    th_is_int(ar_parser_pending(p), 0, "reset drops buffered bytes");
    th_is_int(ar_parser_next(p, &r), AR_PARSE_MORE, "after reset: AR_PARSE_MORE");
    ar_parser_feed(p, S("*2\r\n+OK\r\n:7\r\n"));
    rc = ar_parser_next(p, &r);
    th_ok(rc == AR_PARSE_REPLY && r->type == AR_REPLY_ARRAY && r->elements == 2 && r->element[1].integer == 7,
          "parsing works again after reset");
    /* reset in the middle of a reply */
    ar_parser_feed(p, S("*3\r\n$5\r\nab"));
    th_is_int(ar_parser_next(p, &r), AR_PARSE_MORE, "partial reply");
    ar_parser_reset(p);
    ar_parser_feed(p, S(":1\r\n"));
    rc = ar_parser_next(p, &r);
    th_ok(rc == AR_PARSE_REPLY && r->type == AR_REPLY_INTEGER && r->integer == 1, "reset mid-reply: fresh start");
    /* reset in the middle of a bulk payload (space/commit path) */
    ar_parser_feed(p, S("$100000\r\nabc"));
    th_is_int(ar_parser_next(p, &r), AR_PARSE_MORE, "partial bulk");
    ar_parser_reset(p);
    {
        size_t avail = 0;
        char *s = ar_parser_space(p, 5, &avail);
        th_ok(s && avail >= 5, "space after reset: avail %zu", avail);
        if (s) { memcpy(s, "+OK\r\n", 5); ar_parser_commit(p, 5); }
    }
    rc = ar_parser_next(p, &r);
    th_ok(rc == AR_PARSE_REPLY && r->type == AR_REPLY_STATUS && strcmp(r->str, "OK") == 0, "reset mid-bulk: fresh start");
    /* error mid-array, then reset */
    ar_parser_feed(p, S("*3\r\n:1\r\n$-5\r\n"));
    th_is_int(ar_parser_next(p, &r), AR_PARSE_ERROR, "error inside an array");
    ar_parser_reset(p);
    ar_parser_feed(p, S("*1\r\n$2\r\nok\r\n"));
    rc = ar_parser_next(p, &r);
    th_ok(rc == AR_PARSE_REPLY && r->elements == 1 && r->element[0].len == 2, "after reset: array parses");
    ar_parser_free(p);
}

/* --------------------------------------------------- views, dup, free */

typedef struct counting { int allocs, frees; } counting;
static void *c_alloc(size_t n, void *u) { ((counting *)u)->allocs++; return malloc(n); }
static void *c_realloc(void *p, size_t n, void *u) { if (!p) ((counting *)u)->allocs++; return realloc(p, n); }
static void c_free(void *p, void *u) { if (p) ((counting *)u)->frees++; free(p); }

static void test_views_dup(void) {
    ar_parser *p = ar_parser_new(NULL, NULL);
    const ar_reply *r = NULL;
    ar_reply *d, *d2;
    counting cnt;
    ar_allocator al;
    const char in[] = "*4\r\n$3\r\nfoo\r\n+OK\r\n:5\r\n*2\r\n$3\r\nb\0r\r\n-ERR e\r\n" "$3\r\nbar\r\n";
    const char *want = "[$\"foo\",+OK,:5,[$\"b\\x00r\",-ERR e]]";
    size_t total = sizeof in - 1, first_len = total - 9;
    sb b;
    int rc;
    th_note("--- views, pending, dup ---");

    ar_parser_feed(p, in, total);
    th_is_int(ar_parser_pending(p), total, "pending = bytes fed");
    rc = ar_parser_next(p, &r);
    th_is_int(rc, AR_PARSE_REPLY, "first reply");
    th_is_int(ar_parser_pending(p), total - first_len, "pending excludes the reply handed out");
    memset(&b, 0, sizeof b); ser(&b, r);
    th_is_cstr(sb_str(&b), want, "view content");
    sb_free(&b);
    th_ok(r->element[0].str >= p->buf && r->element[0].str < p->buf + p->len, "view strings point into the parser buffer");
    th_ok((r->flags & AR_REPLY_F_OWNED) == 0, "view not OWNED");
    ar_reply_free((ar_reply *)r); /* no-op on a view */
    memset(&b, 0, sizeof b); ser(&b, r);
    th_ok(strcmp(sb_str(&b), want) == 0 && check_view(r, 0) == 0 && ar_parser_pending(p) == total - first_len,
          "ar_reply_free on a view is a no-op: the view and the parser are unchanged");
    sb_free(&b);

    d = ar_reply_dup(r, NULL);
    th_ok(d != NULL && tree_eq(d, r), "dup equals the view");
    th_ok(d && (d->flags & AR_REPLY_F_OWNED), "dup is OWNED");
    th_ok(d && d->element[0].str != r->element[0].str && !(d->element[0].str >= p->buf && d->element[0].str < p->buf + p->cap),
          "dup strings do not point into the parser buffer");

    cnt.allocs = cnt.frees = 0;
    al.alloc = c_alloc; al.realloc = c_realloc; al.free = c_free; al.user = &cnt;
    d2 = ar_reply_dup(r, &al);
    th_ok(d2 && tree_eq(d2, r) && cnt.allocs == 1, "dup with a custom allocator: one allocation");

    rc = ar_parser_next(p, &r);
    th_ok(rc == AR_PARSE_REPLY && r->type == AR_REPLY_STRING && r->len == 3 && strcmp(r->str, "bar") == 0, "second reply");
    th_is_int(ar_parser_pending(p), 0, "pending 0 after the last reply");
    /* overwrite the parser buffer with other data, then reset it */
    {
        char junk[4096];
        memset(junk, 'Z', sizeof junk);
        junk[sizeof junk - 2] = '\r'; junk[sizeof junk - 1] = '\n';
        ar_parser_feed(p, junk, sizeof junk);
        th_is_int(ar_parser_next(p, &r), AR_PARSE_ERROR, "junk rejected");
        ar_parser_reset(p);
        ar_parser_feed(p, S("+something else entirely, longer than the original\r\n"));
        th_is_int(ar_parser_next(p, &r), AR_PARSE_REPLY, "other reply parsed over the same buffer");
    }
    memset(&b, 0, sizeof b); if (d) ser(&b, d);
    th_is_cstr(sb_str(&b), want, "dup unchanged after the parser buffer was reused and reset");
    sb_free(&b);
    th_ok(d && d->element[3].element[0].len == 3 && memcmp(d->element[3].element[0].str, "b\0r", 4) == 0,
          "dup keeps binary bytes and the NUL terminator");
    ar_parser_free(p);
    memset(&b, 0, sizeof b); if (d2) ser(&b, d2);
    th_is_cstr(sb_str(&b), want, "custom-allocator dup unchanged after ar_parser_free");
    sb_free(&b);
    ar_reply_free(d);
    ar_reply_free(d2);
    th_is_int(cnt.frees, 1, "ar_reply_free released the custom-allocator copy with its allocator");
    ar_reply_free(NULL);
    th_ok(ar_reply_dup(NULL, NULL) == NULL, "ar_reply_dup(NULL) is NULL; ar_reply_free(NULL) is fine");

    /* dup of scalar replies and of nil */
    p = ar_parser_new(NULL, NULL);
    ar_parser_feed(p, S("$-1\r\n:-7\r\n*0\r\n"));
    {
        int i, ok = 1;
        for (i = 0; i < 3; i++) {
            ar_reply *x;
            if (ar_parser_next(p, &r) != AR_PARSE_REPLY) { ok = 0; break; }
            x = ar_reply_dup(r, NULL);
            if (!x || !tree_eq(x, r)) ok = 0;
            ar_reply_free(x);
        }
        th_ok(ok, "dup of nil, integer and empty array");
    }
    ar_parser_free(p);

    /* parser with a custom allocator: everything released */
    cnt.allocs = cnt.frees = 0;
    p = ar_parser_new(NULL, &al);
    ar_parser_feed(p, S("*3\r\n:1\r\n:2\r\n$3\r\nabc\r\n"));
    rc = ar_parser_next(p, &r);
    th_ok(rc == AR_PARSE_REPLY && r->elements == 3, "parser with custom allocator works");
    ar_parser_free(p);
    th_ok(cnt.allocs > 0 && cnt.allocs == cnt.frees, "custom allocator: %d allocs, %d frees", cnt.allocs, cnt.frees);

    /* a view is still intact while more bytes wait (no call in between) */
    p = ar_parser_new(NULL, NULL);
    ar_parser_feed(p, S("$3\r\none\r\n$5\r\nthree\r\n"));
    rc = ar_parser_next(p, &r);
    th_ok(rc == AR_PARSE_REPLY && strcmp(r->str, "one") == 0 && ar_parser_pending(p) == 11, "view + pending with a second reply queued");
    rc = ar_parser_next(p, &r);
    th_ok(rc == AR_PARSE_REPLY && strcmp(r->str, "three") == 0, "next view");
    ar_parser_free(p);
}

/* space/commit contract */
static void test_space(void) {
    ar_parser *p = ar_parser_new(NULL, NULL);
    const ar_reply *r;
    size_t avail = 0;
    char *s;
    th_note("--- ar_parser_space / ar_parser_commit ---");
    s = ar_parser_space(p, 0, &avail);
    th_ok(s && avail >= 1, "space(0) gives at least one byte (avail %zu)", avail);
    s = ar_parser_space(p, 100000, &avail);
    th_ok(s && avail >= 100000, "space(100000): avail %zu", avail);
    memcpy(s, "+O", 2);
    ar_parser_commit(p, 2);
    th_is_int(ar_parser_next(p, &r), AR_PARSE_MORE, "partial line committed");
    s = ar_parser_space(p, 3, &avail);
    th_ok(s && avail >= 3, "space again");
    memcpy(s, "K\r\n", 3);
    ar_parser_commit(p, 3);
    th_ok(ar_parser_next(p, &r) == AR_PARSE_REPLY && strcmp(r->str, "OK") == 0, "line completed via space/commit");
    s = ar_parser_space(p, 10, &avail);
    ar_parser_commit(p, avail + 1000);
    th_is_int(ar_parser_pending(p), avail, "commit beyond avail is clamped");
    ar_parser_free(p);
}

/* ------------------------------------------------------------ 100 MB */

#define BIG_N ((size_t)100 * 1024 * 1024)
#define BIG_CHUNK ((size_t)65536)
#define PAT_PERIOD ((size_t)65521)

static char *g_pat; /* PAT_PERIOD + BIG_CHUNK bytes, periodic */
static char g_hdr[32];
static size_t g_hdrlen;

/* bytes [off, off+n) of the stream "$N\r\n" payload "\r\n" */
static void big_stream(size_t off, size_t n, char *dst) {
    size_t total = g_hdrlen + BIG_N + 2;
    while (n && off < total) {
        size_t k;
        if (off < g_hdrlen) {
            k = g_hdrlen - off; if (k > n) k = n;
            memcpy(dst, g_hdr + off, k);
        } else if (off < g_hdrlen + BIG_N) {
            size_t j = off - g_hdrlen;
            k = g_hdrlen + BIG_N - off; if (k > n) k = n; if (k > BIG_CHUNK) k = BIG_CHUNK;
            memcpy(dst, g_pat + j % PAT_PERIOD, k);
        } else {
            size_t j = off - g_hdrlen - BIG_N;
            k = 2 - j; if (k > n) k = n;
            static const char crlf[] = "\r\n";
            memcpy(dst, crlf + j, k);
        }
        dst += k; off += k; n -= k;
    }
}

/* what the parser allocates: a copy of the stream per growth at most, so
   the bytes allocated bound the bytes copied (quadratic copying would
   show here, without a clock) */
static size_t big_allocs, big_bytes;
static void *big_alloc(size_t n, void *u) { (void)u; big_allocs++; big_bytes += n; return malloc(n); }
static void *big_realloc(void *p, size_t n, void *u) { (void)u; big_allocs++; big_bytes += n; return realloc(p, n); }
static void big_free(void *p, void *u) { (void)u; free(p); }

static void test_big(int use_space) {
    ar_allocator al;
    ar_parser *p;
    const ar_reply *r = NULL;
    size_t total, off = 0, i, grows = 0, cap_before = 0, prev_cap, chunks = 0, waits = 0;
    int rc = AR_PARSE_MORE, pend_ok = 1, ok;
    char *chunk = (char *)malloc(BIG_CHUNK);
    const char *how = use_space ? "space/commit" : "feed";
    al.alloc = big_alloc; al.realloc = big_realloc; al.free = big_free; al.user = NULL;
    big_allocs = big_bytes = 0;
    p = ar_parser_new(NULL, &al);
    if (!chunk || !p) th_bail("out of memory");
    g_hdrlen = (size_t)snprintf(g_hdr, sizeof g_hdr, "$%zu\r\n", BIG_N);
    total = g_hdrlen + BIG_N + 2;
    prev_cap = 0;
    while (off < total) {
        size_t n = total - off < BIG_CHUNK ? total - off : BIG_CHUNK;
        if (use_space) {
            /* like a socket reader: ask for a chunk, receive at most that */
            size_t avail = 0;
            char *s = ar_parser_space(p, BIG_CHUNK, &avail);
            if (!s) break;
            if (n > avail) n = avail;
            big_stream(off, n, s);
            ar_parser_commit(p, n);
        } else {
            big_stream(off, n, chunk);
            if (ar_parser_feed(p, chunk, n) != AR_OK) break;
        }
        off += n;
        if (p->cap != prev_cap) {
            if (prev_cap && p->in_bulk) grows++;
            if (!p->in_bulk) cap_before = p->cap;
            prev_cap = p->cap;
        }
        chunks++;
        if (ar_parser_pending(p) != off) pend_ok = 0;
        rc = ar_parser_next(p, &r);
        if (rc != AR_PARSE_MORE) break;
        waits++;
    }
    th_ok(rc == AR_PARSE_REPLY && off == total, "100 MB bulk in 64 KB chunks (%s): one reply", how);
    th_ok(chunks == (total + BIG_CHUNK - 1) / BIG_CHUNK && waits == chunks - 1,
          "  %zu chunks, AR_PARSE_MORE after each but the last (%zu)", chunks, waits);
    th_ok(pend_ok, "  pending count = bytes delivered after every chunk");
    if (use_space)
        th_ok(grows >= 1 && grows <= 2, "  buffer grew %zu time(s) while in the bulk (start cap %zu, final %zu)",
              grows, cap_before, (size_t)p->cap);
    else
        th_ok(grows == 1 && p->cap == total, "  buffer grew once, exactly to the bulk size (grows %zu, cap %zu, need %zu)",
              grows, (size_t)p->cap, total);
    ok = rc == AR_PARSE_REPLY && r->type == AR_REPLY_STRING && r->len == BIG_N && r->str[BIG_N] == 0;
    for (i = 0; ok && i < BIG_N; i += BIG_CHUNK) {
        size_t k = BIG_N - i < BIG_CHUNK ? BIG_N - i : BIG_CHUNK;
        if (memcmp(r->str + i, g_pat + i % PAT_PERIOD, k) != 0) ok = 0;
    }
    th_ok(ok, "  payload intact (100 MB compared), NUL after it");
    th_ok(big_bytes <= 2 * total + 2 * AR__PARSER_MIN_BUF + 4096 && big_allocs <= 32,
          "  %zu bytes allocated in %zu calls for a %zu-byte stream (at most two copies: no repeated copying)",
          big_bytes, big_allocs, total);
    rc = ar_parser_next(p, &r);
    th_ok(rc == AR_PARSE_MORE && ar_parser_pending(p) == 0 && p->cap == 0,
          "  after the reply is consumed the big buffer is released (cap %zu)", (size_t)p->cap);
    ar_parser_feed(p, S("+OK\r\n"));
    th_ok(ar_parser_next(p, &r) == AR_PARSE_REPLY && r->type == AR_REPLY_STATUS, "  parser still works afterwards");
    ar_parser_free(p);
    free(chunk);
}

static void test_big_all(void) {
    size_t i;
    th_note("--- 100 MB bulk ---");
    g_pat = (char *)malloc(PAT_PERIOD + BIG_CHUNK);
    if (!g_pat) th_bail("out of memory");
    for (i = 0; i < PAT_PERIOD + BIG_CHUNK; i++) g_pat[i] = (char)((i % PAT_PERIOD) * 131u + 7u);
    test_big(0);
    test_big(1);
    free(g_pat);
}

/* --------------------------------------------------------- guard pages */

/* Input copied to the very end of a readable page followed by PROT_NONE. */
static void test_guard_input(void) {
    size_t pg = (size_t)sysconf(_SC_PAGESIZE), ci, ok = 1, count = 0;
    char *map = (char *)mmap(NULL, 2 * pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    th_note("--- caller's input right before a guard page ---");
    if (map == (char *)MAP_FAILED) { th_skip(1, "mmap failed"); return; }
    if (mprotect(map + pg, pg, PROT_NONE) != 0) { munmap(map, 2 * pg); th_skip(1, "mprotect failed"); return; }
    for (ci = 0; ci < sizeof good_cases / sizeof good_cases[0] + sizeof bad_cases / sizeof bad_cases[0]; ci++) {
        const pcase *c = ci < sizeof good_cases / sizeof good_cases[0] ? &good_cases[ci]
                       : &bad_cases[ci - sizeof good_cases / sizeof good_cases[0]];
        char *in = map + pg - c->n;
        run whole, R;
        size_t k;
        memcpy(in, c->in, c->n);
        run_new(NULL, in, c->n, c->n, 0, 0, &whole);
        for (k = 1; k <= c->n; k++) {
            run_new(NULL, in, c->n, k, k == c->n ? 0 : 1, 1, &R);
            if (!run_eq(&whole, &R)) ok = 0;
            run_free(&R);
            count++;
        }
        run_free(&whole);
    }
    th_ok(ok, "%zu runs reading the input from the end of a page: no fault, same trees", count);
    munmap(map, 2 * pg);
}

/* Allocator that puts every block at the end of its own mapping, right
   before a PROT_NONE page (16-byte aligned, so a block of a multiple of 16
   bytes ends exactly at the guard). The parser buffer grows in powers of
   two >= 16384, so reading one byte past its capacity faults. */
typedef struct gblk { char *user, *base; size_t maplen, size; } gblk;
#define GMAX 64
static gblk g_blk[GMAX];

static void *g_alloc(size_t n, void *u) {
    size_t pg = (size_t)sysconf(_SC_PAGESIZE), an = (n + 15) & ~(size_t)15, body, i;
    char *base;
    (void)u;
    if (an == 0) an = 16;
    body = (an + pg - 1) / pg * pg;
    for (i = 0; i < GMAX && g_blk[i].user; i++) {}
    if (i == GMAX) return NULL;
    base = (char *)mmap(NULL, body + pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (base == (char *)MAP_FAILED) return NULL;
    if (mprotect(base + body, pg, PROT_NONE) != 0) { munmap(base, body + pg); return NULL; }
    g_blk[i].base = base; g_blk[i].maplen = body + pg; g_blk[i].size = n;
    g_blk[i].user = base + body - an;
    return g_blk[i].user;
}
static gblk *g_find(void *p) {
    size_t i;
    for (i = 0; i < GMAX; i++) if (g_blk[i].user == (char *)p) return &g_blk[i];
    return NULL;
}
static void g_free(void *p, void *u) {
    gblk *b;
    (void)u;
    if (!p) return;
    b = g_find(p);
    if (!b) { th_bail("guard allocator: unknown pointer"); return; }
    munmap(b->base, b->maplen);
    memset(b, 0, sizeof *b);
}
static void *g_realloc(void *p, size_t n, void *u) {
    gblk *b;
    void *np;
    if (!p) return g_alloc(n, u);
    b = g_find(p);
    if (!b) return NULL;
    np = g_alloc(n, u);
    if (!np) return NULL;
    memcpy(np, p, b->size < n ? b->size : n);
    g_free(p, u);
    return np;
}

static void test_guard_buffer(void) {
    ar_allocator al;
    size_t ci, k, count = 0, fitted = 0;
    int ok = 1;
    char *pad = (char *)malloc(AR__PARSER_MIN_BUF);
    th_note("--- parser buffer ends at a guard page ---");
    if (!pad) th_bail("out of memory");
    al.alloc = g_alloc; al.realloc = g_realloc; al.free = g_free; al.user = NULL;
    for (ci = 0; ci < sizeof good_cases / sizeof good_cases[0] + sizeof bad_cases / sizeof bad_cases[0]; ci++) {
        const pcase *c = ci < sizeof good_cases / sizeof good_cases[0] ? &good_cases[ci]
                       : &bad_cases[ci - sizeof good_cases / sizeof good_cases[0]];
        run whole;
        run_new(NULL, c->in, c->n, c->n, 0, 0, &whole);
        /* every prefix of the input, ending exactly at the guard page */
        for (k = 1; k <= c->n; k++) {
            ar_parser *p = ar_parser_new(NULL, &al);
            size_t padlen = AR__PARSER_MIN_BUF - k, K = padlen - 10, hl;
            run R;
            const ar_reply *r;
            char hdr[16];
            if (!p) { ok = 0; break; }
            hl = (size_t)snprintf(hdr, sizeof hdr, "$%zu\r\n", K);
            memcpy(pad, hdr, hl);
            memset(pad + hl, 'p', K);
            memcpy(pad + hl + K, "\r\n", 2);
            if (hl + K + 2 != padlen) { ok = 0; ar_parser_free(p); break; }
            memcpy(pad + padlen, c->in, k);
            ar_parser_feed(p, pad, padlen + k); /* one feed: the pad reply stays in front */
            if (p->len == p->cap && p->cap == AR__PARSER_MIN_BUF) fitted++;
            if (ar_parser_next(p, &r) != AR_PARSE_REPLY || r->len != K) ok = 0;
            run_init(&R);
            drain(p, &R);
            if (k == c->n && !run_eq(&whole, &R)) ok = 0;
            run_free(&R);
            ar_parser_free(p);
            count++;
        }
        run_free(&whole);
    }
    th_ok(ok, "%zu prefixes parsed with the data ending at a guard page: no fault, same trees", count);
    th_is_int(fitted, count, "  the input really ended at the buffer capacity every time");
    for (k = 0; k < GMAX; k++) if (g_blk[k].user) ok = 0;
    th_ok(ok, "  guard allocator: every block released");
    free(pad);
}

/* memory follows the bytes received, not the counts a header claims */
static size_t amp_peak, amp_cur;
static void *amp_alloc(size_t n, void *u) {
    size_t *h = (size_t *)malloc(n + 16); (void)u;
    if (!h) return NULL;
    h[0] = n; amp_cur += n; if (amp_cur > amp_peak) amp_peak = amp_cur;
    return (char *)h + 16;
}
static void amp_free(void *p, void *u) {
    size_t *h; (void)u;
    if (!p) return;
    h = (size_t *)(void *)((char *)p - 16); amp_cur -= h[0]; free(h);
}
static void *amp_realloc(void *p, size_t n, void *u) {
    void *q = amp_alloc(n, u);
    if (q && p) { size_t old = ((size_t *)(void *)((char *)p - 16))[0]; memcpy(q, p, old < n ? old : n); amp_free(p, u); }
    return q;
}
static void test_amplification(void) {
    ar_allocator a;
    ar_parser *p;
    const ar_reply *r;
    const char *in = "*16777216\r\n*16777216\r\n*16777216\r\n:1\r\n";
    ar_reply *d;
    a.alloc = amp_alloc; a.realloc = amp_realloc; a.free = amp_free; a.user = NULL;
    p = ar_parser_new(NULL, &a);
    ar_parser_feed(p, in, strlen(in));
    th_is_int(ar_parser_next(p, &r), AR_PARSE_MORE, "amplification: 3 headers of 16M elements wait for data");
    th_ok(amp_peak < 256 * 1024, "amplification: %zu bytes allocated for a %zu-byte input (no up-front reservation)", amp_peak, strlen(in));
    ar_parser_free(p);
    /* freeing a child of a dup is ignored, not a crash */
    p = ar_parser_new(NULL, NULL);
    ar_parser_feed(p, "*2\r\n:1\r\n*1\r\n:2\r\n", 16);
    th_is_int(ar_parser_next(p, &r), AR_PARSE_REPLY, "dup child: parsed");
    d = ar_reply_dup(r, NULL);
    ar_reply_free(&d->element[1]);
    th_ok(!(d->element[1].flags & AR_REPLY_F_OWNED) && d->element[1].element[0].integer == 2, "dup child: only the root is owned; freeing a child is a no-op");
    ar_reply_free(d);
    ar_parser_free(p);
}

/* an allocation the parser needs is refused: an error that says so */
static int nm_refuse;
static void *nm_alloc(size_t n, void *u) { (void)u; return nm_refuse ? NULL : malloc(n); }
static void *nm_realloc(void *p, size_t n, void *u) { (void)u; return nm_refuse ? NULL : realloc(p, n); }
static void nm_free(void *p, void *u) { (void)u; free(p); }
static void test_nomem(void) {
    ar_allocator a;
    ar_parser *p;
    const ar_reply *r;
    static char in[4096];
    int i, n = 0;
    a.alloc = nm_alloc; a.realloc = nm_realloc; a.free = nm_free; a.user = NULL;
    nm_refuse = 0;
    p = ar_parser_new(NULL, &a);
    n += sprintf(in + n, "*200\r\n");             /* more nodes than the parser starts with */
    for (i = 0; i < 200; i++) n += sprintf(in + n, ":%d\r\n", i);
    th_is_int(ar_parser_feed(p, in, (size_t)n), AR_OK, "no memory: input buffered");
    nm_refuse = 1;
    th_is_int(ar_parser_next(p, &r), AR_PARSE_ERROR, "no memory for the reply's nodes: AR_PARSE_ERROR");
    th_ok(strncmp(ar_parser_error(p), "out of memory", 13) == 0, "the message says so: \"%s\"", ar_parser_error(p));
    th_is_int(ar_parser_next(p, &r), AR_PARSE_ERROR, "sticky until a reset");
    nm_refuse = 0;
    ar_parser_reset(p);
    ar_parser_feed(p, in, (size_t)n);
    th_ok(ar_parser_next(p, &r) == AR_PARSE_REPLY && r->elements == 200 && r->element[199].integer == 199,
          "after a reset, with memory: the same reply parses");
    ar_parser_free(p);
}

int main(void) {
    test_amplification();
    test_nomem();
    test_types();
    test_malformed();
    test_bare_lf();
    test_values();
    test_numbers();
    test_is_error();
    test_limits();
    test_sticky();
    test_views_dup();
    test_space();
    test_guard_input();
    test_guard_buffer();
    test_big_all();
    return th_done();
}
