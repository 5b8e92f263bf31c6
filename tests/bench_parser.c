/* bench_parser.c - the asyncredis parser (ar_parser) and hiredis's reader
   (redisReader, Debian's libhiredis 0.14) fed the same byte streams.

       bench_parser                         time every case, both libraries
       bench_parser --lib ar|hiredis --case NAME --n N
                                            exactly N replies of one case
                                            (for callgrind: run N and 2N and
                                            take the difference)
       bench_parser --list                  the case names

   Cases: ok (+OK), int (:12345), bulk16 (16 B bulk), bulk1k (1 KB bulk),
   array10 (an array of ten 16 B bulks), nested (an XRANGE-like reply:
   4 entries of [id, [field, value, field, value]], 29 nodes, 3 levels),
   big (one 100 MB bulk).

   A stream holds K copies of the reply (K*size >= 256 KB; K = 1 for big)
   and is fed in chunks of 16 KB (64 KB for big), the way a client feeds
   what read(2) returned; after each chunk every complete reply is taken
   out. Both sides do the same per reply: look at the root's type and
   length (hiredis then frees its reply object, which is part of using
   it). Timing mode repeats whole streams for >= 0.3 s and prints ns per
   reply, the median of 5 such runs. */
#define _POSIX_C_SOURCE 200809L
#define ASYNCREDIS_IMPLEMENTATION
#include "asyncredis.h"
#include <hiredis/hiredis.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct bcase {
    const char *name;
    char *stream;
    size_t len;        /* bytes in the stream */
    size_t k;          /* replies in the stream */
    size_t chunk;      /* feed size */
} bcase;

static char *xmalloc(size_t n) {
    char *p = (char *)malloc(n);
    if (!p) { fprintf(stderr, "bench_parser: out of memory (%zu bytes)\n", n); exit(1); }
    return p;
}

/* append s (n bytes) to a growing buffer */
typedef struct sbuf { char *p; size_t n, cap; } sbuf;
static void sb_add(sbuf *b, const char *s, size_t n) {
    if (b->n + n > b->cap) {
        size_t nc = b->cap ? b->cap : 4096;
        while (nc < b->n + n) nc *= 2;
        b->p = (char *)realloc(b->p, nc);
        if (!b->p) { fprintf(stderr, "bench_parser: out of memory\n"); exit(1); }
        b->cap = nc;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
}
static void sb_str(sbuf *b, const char *s) { sb_add(b, s, strlen(s)); }
static void sb_bulk(sbuf *b, size_t n, char fill) {
    char hdr[32];
    char *tmp = xmalloc(n ? n : 1);
    memset(tmp, fill, n);
    sprintf(hdr, "$%zu\r\n", n);
    sb_str(b, hdr);
    sb_add(b, tmp, n);
    sb_str(b, "\r\n");
    free(tmp);
}

static void one_reply(const char *name, sbuf *b) {
    if (!strcmp(name, "ok")) sb_str(b, "+OK\r\n");
    else if (!strcmp(name, "int")) sb_str(b, ":12345\r\n");
    else if (!strcmp(name, "bulk16")) sb_bulk(b, 16, 'v');
    else if (!strcmp(name, "bulk1k")) sb_bulk(b, 1024, 'v');
    else if (!strcmp(name, "array10")) {
        int i;
        sb_str(b, "*10\r\n");
        for (i = 0; i < 10; i++) sb_bulk(b, 16, (char)('a' + i));
    } else if (!strcmp(name, "nested")) {
        int i;
        sb_str(b, "*4\r\n");
        for (i = 0; i < 4; i++) {
            char id[32];
            sprintf(id, "$15\r\n17000000000%02d-0\r\n", i);
            sb_str(b, "*2\r\n");
            sb_str(b, id);
            sb_str(b, "*4\r\n");
            sb_str(b, "$6\r\nfield1\r\n");
            sb_bulk(b, 16, 'x');
            sb_str(b, "$6\r\nfield2\r\n");
            sb_bulk(b, 16, 'y');
        }
    } else {
        fprintf(stderr, "bench_parser: unknown case '%s'\n", name);
        exit(2);
    }
}

static const char *case_names[] = {"ok", "int", "bulk16", "bulk1k", "array10", "nested", "big"};
#define NCASES (sizeof case_names / sizeof case_names[0])
#define BIG_SIZE ((size_t)100 * 1024 * 1024)

static void make_case(bcase *c, const char *name) {
    sbuf b;
    memset(&b, 0, sizeof b);
    memset(c, 0, sizeof *c);
    c->name = name;
    if (!strcmp(name, "big")) {
        char hdr[32];
        int h = sprintf(hdr, "$%zu\r\n", BIG_SIZE);
        c->len = (size_t)h + BIG_SIZE + 2;
        c->stream = xmalloc(c->len);
        memcpy(c->stream, hdr, (size_t)h);
        memset(c->stream + h, 'b', BIG_SIZE);
        memcpy(c->stream + h + BIG_SIZE, "\r\n", 2);
        c->k = 1;
        c->chunk = 65536;
        return;
    }
    while (b.n < 256 * 1024) { one_reply(name, &b); c->k++; }
    c->stream = b.p;
    c->len = b.n;
    c->chunk = 16384;
}

/* ------------------------------------------------------------ the parsers */
static unsigned long long sink;   /* what the replies were seen to hold */

static ar_parser *arp;
static redisReader *hr;

static void ar_pass(const bcase *c) {
    size_t off = 0, got = 0;
    while (off < c->len) {
        size_t n = c->len - off < c->chunk ? c->len - off : c->chunk;
        const ar_reply *r;
        int rc;
        if (ar_parser_feed(arp, c->stream + off, n) != AR_OK) { fprintf(stderr, "ar: feed: no memory\n"); exit(1); }
        off += n;
        while ((rc = ar_parser_next(arp, &r)) == AR_PARSE_REPLY) {
            sink += (unsigned)r->type + r->len + r->elements;
            got++;
        }
        if (rc == AR_PARSE_ERROR) { fprintf(stderr, "ar: %s\n", ar_parser_error(arp)); exit(1); }
    }
    if (got != c->k) { fprintf(stderr, "ar: %zu replies, expected %zu\n", got, c->k); exit(1); }
}

static void hi_pass(const bcase *c) {
    size_t off = 0, got = 0;
    while (off < c->len) {
        size_t n = c->len - off < c->chunk ? c->len - off : c->chunk;
        void *rv;
        if (redisReaderFeed(hr, c->stream + off, n) != REDIS_OK) { fprintf(stderr, "hiredis: feed failed\n"); exit(1); }
        off += n;
        for (;;) {
            redisReply *r;
            if (redisReaderGetReply(hr, &rv) != REDIS_OK) { fprintf(stderr, "hiredis: %s\n", hr->errstr); exit(1); }
            if (!rv) break;
            r = (redisReply *)rv;
            sink += (unsigned)r->type + r->len + r->elements;
            freeReplyObject(r);
            got++;
        }
    }
    if (got != c->k) { fprintf(stderr, "hiredis: %zu replies, expected %zu\n", got, c->k); exit(1); }
}

static double now_s(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int cmp_d(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

/* ns per reply: median of 5 runs of >= min_s seconds each */
static double time_case(const bcase *c, int lib, double min_s) {
    double t[5];
    int i;
    if (lib) hi_pass(c); else ar_pass(c);   /* warm-up: buffers sized, caches */
    for (i = 0; i < 5; i++) {
        double t0 = now_s(), el;
        size_t passes = 0;
        do {
            if (lib) hi_pass(c); else ar_pass(c);
            passes++;
            el = now_s() - t0;
        } while (el < min_s);
        t[i] = el * 1e9 / (double)(passes * c->k);
    }
    qsort(t, 5, sizeof t[0], cmp_d);
    return t[2];
}

static void setup_parsers(void) {
    ar_limits lim;
    memset(&lim, 0, sizeof lim);
    lim.max_bulk_len = BIG_SIZE;
    arp = ar_parser_new(&lim, NULL);
    hr = redisReaderCreate();
    if (!arp || !hr) { fprintf(stderr, "bench_parser: cannot create the parsers\n"); exit(1); }
}

int main(int argc, char **argv) {
    const char *lib = NULL, *cname = NULL;
    long long n = 0;
    int i;
    for (i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--lib") && i + 1 < argc) lib = argv[++i];
        else if (!strcmp(argv[i], "--case") && i + 1 < argc) cname = argv[++i];
        else if (!strcmp(argv[i], "--n") && i + 1 < argc) n = atoll(argv[++i]);
        else if (!strcmp(argv[i], "--list")) {
            size_t k;
            for (k = 0; k < NCASES; k++) printf("%s\n", case_names[k]);
            return 0;
        } else {
            fprintf(stderr, "usage: %s [--lib ar|hiredis --case NAME --n N] [--list]\n", argv[0]);
            return 2;
        }
    }
    setup_parsers();
    if (lib || cname || n) {
        bcase c;
        long long passes, p;
        int h;
        if (!lib || !cname || n <= 0) { fprintf(stderr, "bench_parser: --lib, --case and --n go together\n"); return 2; }
        h = !strcmp(lib, "hiredis");
        if (!h && strcmp(lib, "ar")) { fprintf(stderr, "bench_parser: --lib ar or hiredis\n"); return 2; }
        make_case(&c, cname);
        if (n % (long long)c.k) { fprintf(stderr, "bench_parser: --n must be a multiple of %zu for %s\n", c.k, cname); return 2; }
        passes = n / (long long)c.k;
        for (p = 0; p < passes; p++) { if (h) hi_pass(&c); else ar_pass(&c); }
        printf("%s %s: %lld replies (K=%zu, %zu bytes per stream) sink=%llu\n", lib, cname, n, c.k, c.len, sink);
        return 0;
    }
    printf("%-8s %8s %12s %12s %8s\n", "case", "K", "ar ns", "hiredis ns", "ratio");
    for (i = 0; i < (int)NCASES; i++) {
        bcase c;
        double ta, th;
        make_case(&c, case_names[i]);
        ta = time_case(&c, 0, c.k == 1 ? 1.0 : 0.3);
        th = time_case(&c, 1, c.k == 1 ? 1.0 : 0.3);
        printf("%-8s %8zu %12.1f %12.1f %8.3f\n", c.name, c.k, ta, th, ta / th);
        fflush(stdout);
        free(c.stream);
    }
    return (int)(sink & 0);
}
