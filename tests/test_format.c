/* tests/test_format.c - TAP tests of the command encoder (ar_format,
   ar_vformat, ar_format_argv). Expected RESP is built independently here and
   compared byte for byte.

       gcc -std=c99 -Wall -Wextra -pedantic -Werror -I. tests/test_format.c -o test_format
       g++ -std=c++11 -Wall -Wextra -pedantic -Werror -I. -x c++ tests/test_format.c -o test_format_cxx
*/
#include "harness.h"
#define ASYNCREDIS_IMPLEMENTATION
#include "../asyncredis.h"

#include <limits.h>
#include <stdint.h>
#include <float.h>

/* ------------------------------------------------------------ expected */

typedef struct sb { char *p; size_t n, cap; } sb;

static void sb_putn(sb *b, const char *s, size_t n) {
    if (b->n + n + 1 > b->cap) {
        size_t nc = b->cap ? b->cap : 64;
        while (nc < b->n + n + 1) nc *= 2;
        b->p = (char *)realloc(b->p, nc);
        if (!b->p) th_bail("out of memory");
        b->cap = nc;
    }
    if (n) memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = 0;
}
static void sb_puts(sb *b, const char *s) { sb_putn(b, s, strlen(s)); }
static void sb_reset(sb *b) { b->n = 0; if (b->p) b->p[0] = 0; }

/* RESP for argv (lens NULL: strlen), written without the library */
static void resp(sb *b, int argc, const char *const *argv, const size_t *lens) {
    char hdr[32];
    int i;
    sb_reset(b);
    snprintf(hdr, sizeof hdr, "*%d\r\n", argc);
    sb_puts(b, hdr);
    for (i = 0; i < argc; i++) {
        size_t l = lens ? lens[i] : strlen(argv[i]);
        snprintf(hdr, sizeof hdr, "$%lu\r\n", (unsigned long)l);
        sb_puts(b, hdr);
        sb_putn(b, argv[i], l);
        sb_puts(b, "\r\n");
    }
}

static sb g_want;
/* expected RESP for up to 4 C-string arguments */
static const sb *E(int argc, const char *a0, const char *a1, const char *a2, const char *a3) {
    const char *argv[4];
    argv[0] = a0; argv[1] = a1; argv[2] = a2; argv[3] = a3;
    resp(&g_want, argc, argv, NULL);
    return &g_want;
}

static void show(const char *what, const char *s, size_t n) {
    char buf[400];
    size_t i, o = 0;
    for (i = 0; i < n && o + 5 < sizeof buf; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c < 0x7f && c != '\\') buf[o++] = (char)c;
        else o += (size_t)snprintf(buf + o, sizeof buf - o, "\\x%02x", c);
    }
    buf[o] = 0;
    th_diag("  %s: \"%s\"%s (%lu bytes)", what, buf, i < n ? "..." : "", (unsigned long)n);
}

static char SENTINEL[] = "untouched";

/* ar_vformat(fmt, ...) must give exactly want */
static int fmt_is(const sb *want, const char *fmt, ...) {
    va_list ap;
    char *out = SENTINEL;
    size_t len = 12345;
    const char *why = "not set";
    int rc, ok;
    va_start(ap, fmt);
    rc = ar_vformat(&out, &len, &why, fmt, ap);
    va_end(ap);
    ok = rc == AR_OK && why == NULL && out != SENTINEL && len == want->n && memcmp(out, want->p, len) == 0;
    if (!th_ok(ok, "format \"%s\"", fmt)) {
        th_diag("  rc %d (%s), why %s", rc, ar_strerror(rc), why ? why : "(null)");
        if (rc == AR_OK) show("got", out, len);
        show("want", want->p, want->n);
    }
    if (rc == AR_OK && out != SENTINEL) ar_free_buffer(out);
    return ok;
}

/* ar_vformat(fmt, ...) must be refused with AR_ERR_FORMAT and produce nothing */
static int fmt_bad(const char *label, const char *fmt, ...) {
    va_list ap;
    char *out = SENTINEL;
    size_t len = 12345;
    const char *why = NULL;
    int rc, ok;
    va_start(ap, fmt);
    rc = ar_vformat(&out, &len, &why, fmt, ap);
    va_end(ap);
    ok = rc == AR_ERR_FORMAT && why != NULL && why[0] != 0 && out == SENTINEL && len == 12345;
    if (!th_ok(ok, "refused: %s -> %s", label, why ? why : "(no message)"))
        th_diag("  rc %d (%s), out %s, len %lu", rc, ar_strerror(rc), out == SENTINEL ? "untouched" : "SET",
                (unsigned long)len);
    if (rc == AR_OK && out != SENTINEL) ar_free_buffer(out);
    return ok;
}

/* ------------------------------------------------------------ tests */

static void test_literal(void) {
    char *out = NULL;
    size_t len = 0;
    const char *why = "x";
    int rc;
    th_note("--- exact bytes ---");
    rc = ar_format(&out, &len, &why, "SET %s %b", "key", "v\0x", (size_t)3);
    th_ok(rc == AR_OK && why == NULL && len == 31 && memcmp(out, "*3\r\n$3\r\nSET\r\n$3\r\nkey\r\n$3\r\nv\0x\r\n", 31) == 0,
          "SET %%s %%b: *3 $3 SET $3 key $3 v\\0x, byte for byte");
    if (rc == AR_OK) ar_free_buffer(out);
    rc = ar_format(&out, &len, NULL, "PING");
    th_ok(rc == AR_OK && len == 14 && memcmp(out, "*1\r\n$4\r\nPING\r\n", 14) == 0, "PING, why NULL allowed");
    if (rc == AR_OK) ar_free_buffer(out);
    rc = ar_format(&out, NULL, NULL, "GET %s", "");
    th_ok(rc == AR_OK && memcmp(out, "*2\r\n$3\r\nGET\r\n$0\r\n\r\n", 19) == 0, "empty %%s -> $0, outlen NULL allowed");
    if (rc == AR_OK) ar_free_buffer(out);
}

static void test_conversions(void) {
    char buf[64], buf2[64];
    th_note("--- conversions ---");
    fmt_is(E(2, "SET", "hello", 0, 0), "SET %s", "hello");
    fmt_is(E(2, "SET", "a b  c", 0, 0), "SET %s", "a b  c");  /* spaces inside %s stay */
    fmt_is(E(2, "X", "0", 0, 0), "X %d", 0);
    fmt_is(E(2, "X", "-1", 0, 0), "X %d", -1);
    snprintf(buf, sizeof buf, "%d", INT_MIN);
    fmt_is(E(2, "X", buf, 0, 0), "X %d", INT_MIN);
    snprintf(buf, sizeof buf, "%d", INT_MAX);
    fmt_is(E(2, "X", buf, 0, 0), "X %d", INT_MAX);
    fmt_is(E(2, "X", "42", 0, 0), "X %i", 42);
    fmt_is(E(2, "X", "-42", 0, 0), "X %i", -42);
    snprintf(buf, sizeof buf, "%u", UINT_MAX);
    fmt_is(E(2, "X", buf, 0, 0), "X %u", UINT_MAX);
    snprintf(buf, sizeof buf, "%ld", LONG_MIN);
    fmt_is(E(2, "X", buf, 0, 0), "X %ld", LONG_MIN);
    snprintf(buf, sizeof buf, "%li", LONG_MAX);
    fmt_is(E(2, "X", buf, 0, 0), "X %li", LONG_MAX);
    snprintf(buf, sizeof buf, "%lu", ULONG_MAX);
    fmt_is(E(2, "X", buf, 0, 0), "X %lu", ULONG_MAX);
    fmt_is(E(2, "X", "-9223372036854775808", 0, 0), "X %lld", LLONG_MIN);
    fmt_is(E(2, "X", "9223372036854775807", 0, 0), "X %lli", LLONG_MAX);
    fmt_is(E(2, "X", "18446744073709551615", 0, 0), "X %llu", ULLONG_MAX);
    snprintf(buf, sizeof buf, "%lu", (unsigned long)SIZE_MAX);
    fmt_is(E(2, "X", buf, 0, 0), "X %zu", (size_t)SIZE_MAX);
    fmt_is(E(2, "X", "0", 0, 0), "X %zu", (size_t)0);
    fmt_is(E(2, "X", "-123", 0, 0), "X %zd", (ptrdiff_t)-123);
    fmt_is(E(2, "X", "123", 0, 0), "X %zd", (ptrdiff_t)123);
    fmt_is(E(2, "X", "3.500000", 0, 0), "X %f", 3.5);
    fmt_is(E(2, "X", "-0.000000", 0, 0), "X %f", -0.0);
    fmt_is(E(2, "X", "0.1", 0, 0), "X %g", 0.1);
    fmt_is(E(2, "X", "1e+20", 0, 0), "X %g", 1e20);
    fmt_is(E(2, "X", "100000", 0, 0), "X %g", 100000.0);
    fmt_is(E(2, "X", "1e+06", 0, 0), "X %g", 1e6);
    snprintf(buf, sizeof buf, "%g", DBL_MAX);
    fmt_is(E(2, "X", buf, 0, 0), "X %g", DBL_MAX);
    fmt_is(E(2, "X", "%", 0, 0), "X %%");
    fmt_is(E(1, "100%", 0, 0, 0), "100%%");
    fmt_is(E(1, "%d", 0, 0, 0), "%%d");
    fmt_is(E(1, "%5", 0, 0, 0), "%%%d", 5);
    fmt_is(E(1, "50%off", 0, 0, 0), "50%%off");
    fmt_is(E(3, "%", "%%", "a%b", 0), "%% %%%% a%%b");
    /* several conversions, all types, in one command */
    snprintf(buf2, sizeof buf2, "%lu", (unsigned long)SIZE_MAX);
    {
        const char *argv[12];
        argv[0] = "CMD"; argv[1] = "-7"; argv[2] = "8"; argv[3] = "9"; argv[4] = "-10"; argv[5] = "11";
        argv[6] = "12"; argv[7] = "-13"; argv[8] = "14"; argv[9] = buf2; argv[10] = "-1"; argv[11] = "0.25";
        resp(&g_want, 12, argv, NULL);
        fmt_is(&g_want, "CMD %d %i %u %ld %li %lu %lld %llu %zu %zd %g",
               -7, 8, 9u, -10L, 11L, 12UL, -13LL, 14ULL, (size_t)SIZE_MAX, (ptrdiff_t)-1, 0.25);
    }
}

static void test_flags(void) {
    char want[128];
    th_note("--- flags, width, precision ---");
    fmt_is(E(2, "X", "00042", 0, 0), "X %05d", 42);
    fmt_is(E(2, "X", "-0042", 0, 0), "X %05d", -42);
    fmt_is(E(2, "X", "42   |", 0, 0), "X %-5d|", 42);
    fmt_is(E(2, "X", "+5", 0, 0), "X %+d", 5);
    fmt_is(E(2, "X", "    7", 0, 0), "X %5u", 7u);
    fmt_is(E(2, "X", "3.142", 0, 0), "X %.3f", 3.14159);
    fmt_is(E(2, "X", "   3.142", 0, 0), "X %8.3f", 3.14159);
    fmt_is(E(2, "X", "-000001.50", 0, 0), "X %010.2f", -1.5);
    fmt_is(E(2, "X", "3", 0, 0), "X %.0f", 2.7);
    fmt_is(E(2, "X", "0000000000000000012", 0, 0), "X %019lld", 12LL);
    fmt_is(E(2, "X", "00000000000000000012", 0, 0), "X %020llu", 12ULL);
    fmt_is(E(2, "X", "007", 0, 0), "X %.3d", 7);
    /* a numeric conversion that prints nothing ("%.0d" of 0): an empty
       argument / nothing added. The first one is also the first use of the
       encoder's scratch buffer (UBSan: memcpy to NULL+0 before the fix). */
    fmt_is(E(2, "X", "", 0, 0), "X %.0d", 0);
    fmt_is(E(2, "X", "ab", 0, 0), "X a%.0ub", 0u);
    fmt_is(E(3, "X", "1", "", 0), "X %d %.0lld", 1, 0LL);
    fmt_is(E(2, "X", "1.5", 0, 0), "X %.2g", 1.5);
    snprintf(want, sizeof want, "%99d", 1);
    fmt_is(E(2, "X", want, 0, 0), "X %99d", 1);  /* two-digit width is fine */
    snprintf(want, sizeof want, "%.99f", 0.5);
    fmt_is(E(2, "X", want, 0, 0), "X %.99f", 0.5);
}

static void test_args(void) {
    const char *argv[8];
    size_t lens[8];
    char big_fmt[4000];
    int i;
    th_note("--- argument splitting ---");
    fmt_is(E(3, "GET", "user:42:name", "x", 0), "GET user:%d:name x", 42);
    fmt_is(E(2, "K", "a:b", 0, 0), "K %s:%s", "a", "b");
    fmt_is(E(2, "K", "prefix", 0, 0), "K pre%sfix", "");
    fmt_is(E(2, "K", "1-2", 0, 0), "K %d-%d", 1, 2);
    fmt_is(E(2, "K", "12", 0, 0), "K %d%d", 1, 2);
    fmt_is(E(2, "K", "x3.5y", 0, 0), "K x%gy", 3.5);
    fmt_is(E(3, "SET", "k", "", 0), "SET %s %s", "k", "");
    fmt_is(E(1, "", 0, 0, 0), "%s", "");
    fmt_is(E(3, "", "", "", 0), "%s %s %s", "", "", "");
    fmt_is(E(3, "SET", "k", "v", 0), "  SET   k    v  ");
    fmt_is(E(3, "SET", "k", "v", 0), "SET %s %s ", "k", "v");
    fmt_is(E(2, "a\tb", "c\nd", 0, 0), "a\tb c\nd"); /* only spaces separate */
    fmt_is(E(3, "SET", "k", "", 0), "SET k %b", (const char *)NULL, (size_t)0);
    fmt_is(E(3, "SET", "k", "", 0), "SET k %b", "xyz", (size_t)0);
    fmt_is(E(3, "SET", "k", "ab", 0), "SET k a%bb", (const char *)NULL, (size_t)0);
    argv[0] = "SET"; argv[1] = "k"; argv[2] = "a\0b\r\n c";
    lens[0] = 3; lens[1] = 1; lens[2] = 8;
    resp(&g_want, 3, argv, lens);
    fmt_is(&g_want, "SET k %b", "a\0b\r\n c", (size_t)8);
    argv[2] = "<a\0b>";
    lens[2] = 5;
    resp(&g_want, 3, argv, lens);
    fmt_is(&g_want, "SET k <%b>", "a\0b", (size_t)3);

    /* 1000 arguments */
    big_fmt[0] = 0;
    for (i = 0; i < 1000; i++) strcat(big_fmt, "ab ");
    {
        sb w;
        char hdr[16];
        memset(&w, 0, sizeof w);
        sb_puts(&w, "*1000\r\n");
        for (i = 0; i < 1000; i++) { snprintf(hdr, sizeof hdr, "$2\r\nab\r\n"); sb_puts(&w, hdr); }
        fmt_is(&w, big_fmt);
        free(w.p);
    }
    /* a 1 MiB %b argument */
    {
        size_t n = (size_t)1 << 20;
        char *v = (char *)malloc(n);
        sb w;
        if (!v) th_bail("out of memory");
        for (i = 0; i < (int)n; i++) v[i] = (char)(i * 7);
        memset(&w, 0, sizeof w);
        argv[0] = "SET"; argv[1] = v; lens[0] = 3; lens[1] = n;
        resp(&w, 2, argv, lens);
        fmt_is(&w, "SET %b", v, n);
        free(w.p);
        free(v);
    }
}

static void test_bad(void) {
    th_note("--- refused formats ---");
    fmt_bad("%q", "GET %q", 1);
    fmt_bad("%n", "GET %n", (int *)NULL);
    fmt_bad("%p", "GET %p", (void *)NULL);
    fmt_bad("%c", "GET %c", 'x');
    fmt_bad("%S", "GET %S", "x");
    fmt_bad("%hd", "GET %hd", 1);
    fmt_bad("%hhd", "GET %hhd", 1);
    fmt_bad("%jd", "GET %jd", 1);
    fmt_bad("%Lf", "GET %Lf", 1.0);
    fmt_bad("%5s (width on %s)", "GET %5s", "x");
    fmt_bad("%.3s (precision on %s)", "GET %.3s", "x");
    fmt_bad("%-b", "GET %-b", "x", (size_t)1);
    fmt_bad("%ls", "GET %ls", "x");
    fmt_bad("trailing lone %", "GET %");
    fmt_bad("trailing lone % after text", "GET key%");
    fmt_bad("% and a space at the end", "GET % ");
    fmt_bad("%l", "GET %l");
    fmt_bad("%ll", "GET %ll");
    fmt_bad("%z", "GET %z");
    fmt_bad("%05", "GET %05");
    fmt_bad("%lf", "GET %lf", 1.0);
    fmt_bad("%llf", "GET %llf", 1.0);
    fmt_bad("%zf", "GET %zf", 1.0);
    fmt_bad("%lg", "GET %lg", 1.0);
    fmt_bad("empty string", "");
    fmt_bad("only spaces", "     ");
    fmt_bad("one space", " ");
    fmt_bad("NULL %s", "GET %s", (const char *)NULL);
    fmt_bad("NULL %s inside an argument", "GET a%sb", (const char *)NULL);
    fmt_bad("NULL %b with length 5", "SET k %b", (const char *)NULL, (size_t)5);
    fmt_bad("width > 2 digits", "X %100d", 1);
    fmt_bad("width 000123 (flags then 3 digits)", "X %0123d", 1);
    fmt_bad("precision > 2 digits", "X %.100f", 1.0);
    fmt_bad("conversion error after a good one", "SET %s %q", "k");
    fmt_bad("NULL format", NULL);
    {
        char *out = SENTINEL;
        size_t len = 7;
        int rc = ar_format(&out, &len, NULL, "GET %q");
        th_ok(rc == AR_ERR_FORMAT && out == SENTINEL && len == 7, "refused with why NULL: no crash, nothing produced");
    }
}

static void test_argv(void) {
    const char *argv[4];
    size_t lens[4];
    char *out = SENTINEL, *out2 = NULL;
    size_t len = 12345, len2 = 0;
    int rc;
    th_note("--- ar_format_argv ---");
    argv[0] = "SET"; argv[1] = "key"; argv[2] = "value";
    rc = ar_format_argv(&out, &len, 3, argv, NULL);
    resp(&g_want, 3, argv, NULL);
    th_ok(rc == AR_OK && len == g_want.n && memcmp(out, g_want.p, len) == 0, "argvlen NULL: strlen");
    if (rc == AR_OK) ar_free_buffer(out);

    argv[1] = "k\0y"; lens[0] = 3; lens[1] = 3; lens[2] = 0;
    out = SENTINEL;
    rc = ar_format_argv(&out, &len, 3, argv, lens);
    resp(&g_want, 3, argv, lens);
    th_ok(rc == AR_OK && len == g_want.n && memcmp(out, g_want.p, len) == 0 &&
          memcmp(out, "*3\r\n$3\r\nSET\r\n$3\r\nk\0y\r\n$0\r\n\r\n", len) == 0, "with lengths: binary and empty");
    /* same bytes as ar_format with %b */
    rc = ar_format(&out2, &len2, NULL, "SET %b %b", "k\0y", (size_t)3, "value", (size_t)0);
    th_ok(rc == AR_OK && len2 == len && memcmp(out, out2, len) == 0, "ar_format_argv == ar_format(%%b)");
    ar_free_buffer(out);
    if (rc == AR_OK) ar_free_buffer(out2);

    argv[2] = NULL; lens[2] = 0;
    out = SENTINEL;
    rc = ar_format_argv(&out, NULL, 3, argv, lens);
    th_ok(rc == AR_OK && memcmp(out, "*3\r\n$3\r\nSET\r\n$3\r\nk\0y\r\n$0\r\n\r\n", 27) == 0,
          "NULL argument with length 0 is an empty argument; outlen NULL");
    if (rc == AR_OK) ar_free_buffer(out);

    out = SENTINEL; len = 12345;
    rc = ar_format_argv(&out, &len, 0, argv, NULL);
    th_ok(rc == AR_ERR_INVALID && out == SENTINEL && len == 12345, "argc 0 refused (AR_ERR_INVALID), nothing produced");
    rc = ar_format_argv(&out, &len, -1, argv, NULL);
    th_ok(rc == AR_ERR_INVALID && out == SENTINEL, "argc -1 refused");
    rc = ar_format_argv(&out, &len, 1, NULL, NULL);
    th_ok(rc == AR_ERR_INVALID && out == SENTINEL, "argv NULL refused");
    argv[0] = "SET"; argv[1] = NULL;
    rc = ar_format_argv(&out, &len, 2, argv, NULL);
    th_ok(rc == AR_ERR_INVALID && out == SENTINEL, "NULL argument without lengths refused");
    lens[0] = 3; lens[1] = 4;
    rc = ar_format_argv(&out, &len, 2, argv, lens);
    th_ok(rc == AR_ERR_INVALID && out == SENTINEL && len == 12345, "NULL argument with length 4 refused");

    /* 100 arguments: two-digit count header */
    {
        const char *many[100];
        int i;
        for (i = 0; i < 100; i++) many[i] = i % 2 ? "x" : "";
        rc = ar_format_argv(&out, &len, 100, many, NULL);
        resp(&g_want, 100, many, NULL);
        th_ok(rc == AR_OK && len == g_want.n && memcmp(out, g_want.p, len) == 0, "100 arguments");
        if (rc == AR_OK) ar_free_buffer(out);
    }
}

/* everything ar_format produces parses back with the library's parser */
static void test_roundtrip(void) {
    ar_parser *p = ar_parser_new(NULL, NULL);
    const ar_reply *r;
    char *out = NULL;
    size_t len = 0;
    int rc;
    th_note("--- round trip through the parser ---");
    rc = ar_format(&out, &len, NULL, "HSET h:%d f%s %b %lld %.2f %%", 7, "x", "\r\n\0", (size_t)3, -5LL, 2.5);
    if (rc == AR_OK) {
        ar_parser_feed(p, out, len);
        rc = ar_parser_next(p, &r);
        th_ok(rc == AR_PARSE_REPLY && r->type == AR_REPLY_ARRAY && r->elements == 7 &&
              strcmp(r->element[0].str, "HSET") == 0 && strcmp(r->element[1].str, "h:7") == 0 &&
              strcmp(r->element[2].str, "fx") == 0 && r->element[3].len == 3 &&
              memcmp(r->element[3].str, "\r\n\0", 3) == 0 && strcmp(r->element[4].str, "-5") == 0 &&
              strcmp(r->element[5].str, "2.50") == 0 && strcmp(r->element[6].str, "%") == 0 &&
              ar_parser_pending(p) == 0, "encoded command parses back as an array of bulk strings");
        ar_free_buffer(out);
    } else {
        th_ok(0, "encoded command parses back (format failed: %d)", rc);
    }
    ar_parser_free(p);
}

int main(void) {
    test_literal();
    test_conversions();
    test_flags();
    test_args();
    test_bad();
    test_argv();
    test_roundtrip();
    free(g_want.p);
    return th_done();
}
