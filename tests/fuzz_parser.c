/* tests/fuzz_parser.c - libFuzzer target for the RESP2 parser.

       clang -g -O1 -fsanitize=fuzzer,address,undefined -I. tests/fuzz_parser.c -o fuzz_parser
       rm -rf /tmp/corpus_parser && cp -r tests/corpus/parser /tmp/corpus_parser
       ./fuzz_parser -max_total_time=60 /tmp/corpus_parser

   Input: byte 0 picks the mode (bit 0), the largest chunk size (bits 1-3:
   1, 2, 3, 7, 16, 64, 1000 or everything at once) and the way bytes go in
   (bits 4-7 % 3: ar_parser_feed, ar_parser_space/commit, or space asking
   for more room than it then fills); byte 1 seeds the chunk sizes; the rest
   is the byte stream.
     mode A (bit 0 clear): the stream is fed in chunks (ar_parser_feed or
       ar_parser_space/commit), drained with ar_parser_next after each chunk;
       every reply tree is walked and every byte of every string read (so
       ASan catches over-reads), checked for invariants, duplicated with
       ar_reply_dup, compared and freed. After an error: the error must be
       sticky and have a message; then reset and go on with the next chunk.
     mode B (bit 0 set): byte-at-a-time (or small random chunks) against
       the whole buffer at once: same sequence of trees and the same end
       (error or waiting for more).
   Small limits, so the limit paths are reachable. */
#define ASYNCREDIS_IMPLEMENTATION
#include "../asyncredis.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* White-box: while ar_parser_next runs, the unused tail of the parser's
   buffer [len, cap) is poisoned, so reading past the data received so far
   is caught even though it is inside the allocation. */
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define F_HAVE_ASAN 1
#endif
#endif
#if !defined(F_HAVE_ASAN) && defined(__SANITIZE_ADDRESS__)
#define F_HAVE_ASAN 1
#endif
#ifdef F_HAVE_ASAN
#include <sanitizer/asan_interface.h>
static void tail_poison(ar_parser *p) { if (p->buf && p->cap > p->len) ASAN_POISON_MEMORY_REGION(p->buf + p->len, p->cap - p->len); }
static void tail_unpoison(ar_parser *p) { if (p->buf && p->cap) ASAN_UNPOISON_MEMORY_REGION(p->buf, p->cap); }
#else
static void tail_poison(ar_parser *p) { (void)p; }
static void tail_unpoison(ar_parser *p) { (void)p; }
#endif

#define F_MAX_BULK ((size_t)1 << 20)
#define F_MAX_ARRAY ((size_t)1024)
#define F_MAX_DEPTH 8
#define F_MAX_LINE ((size_t)256)

#define CHECK(c) do { if (!(c)) { fprintf(stderr, "fuzz_parser: check failed: %s (line %d)\n", #c, __LINE__); abort(); } } while (0)

static ar_limits f_limits(void) {
    ar_limits l;
    memset(&l, 0, sizeof l);
    l.max_bulk_len = F_MAX_BULK;
    l.max_array_len = F_MAX_ARRAY;
    l.max_depth = F_MAX_DEPTH;
    l.max_line_len = F_MAX_LINE;
    return l;
}

static volatile unsigned char g_sink;

/* invariants of a parser view; reads every string byte incl. the NUL */
static void walk(const ar_reply *r, int depth, int owned) {
    size_t i;
    unsigned char acc = 0;
    CHECK(depth <= F_MAX_DEPTH);
    CHECK(r->err == AR_OK);
    CHECK(((r->flags & AR_REPLY_F_OWNED) != 0) == (owned != 0));
    switch (r->type) {
    case AR_REPLY_STATUS: case AR_REPLY_ERROR:
        CHECK(r->str != NULL);
        CHECK(r->len <= F_MAX_LINE);
        for (i = 0; i < r->len; i++) {
            CHECK(r->str[i] != '\r' && r->str[i] != '\n'); /* a bare LF is an error; NUL is accepted */
            acc ^= (unsigned char)r->str[i];
        }
        CHECK(r->str[r->len] == 0);
        CHECK(r->integer == 0 && r->elements == 0 && r->element == NULL);
        break;
    case AR_REPLY_STRING:
        CHECK(r->str != NULL);
        CHECK(r->len <= F_MAX_BULK);
        for (i = 0; i < r->len; i++) acc ^= (unsigned char)r->str[i];
        CHECK(r->str[r->len] == 0);
        CHECK(r->integer == 0 && r->elements == 0 && r->element == NULL);
        break;
    case AR_REPLY_INTEGER:
        CHECK(r->str == NULL && r->len == 0 && r->elements == 0 && r->element == NULL);
        break;
    case AR_REPLY_NIL:
        CHECK(r->str == NULL && r->len == 0 && r->elements == 0 && r->element == NULL);
        CHECK((r->flags & ~(AR_REPLY_F_NIL_ARRAY | AR_REPLY_F_OWNED)) == 0);
        break;
    case AR_REPLY_ARRAY:
        CHECK(r->str == NULL && r->integer == 0);
        CHECK(r->elements <= F_MAX_ARRAY);
        CHECK((r->elements == 0) == (r->element == NULL));
        for (i = 0; i < r->elements; i++) walk(&r->element[i], depth + 1, 0); /* only a dup's root is owned */
        break;
    default:
        CHECK(!"unknown reply type");
    }
    if (r->type != AR_REPLY_NIL) CHECK((r->flags & ~AR_REPLY_F_OWNED) == 0);
    g_sink ^= acc;
}

static int tree_eq(const ar_reply *a, const ar_reply *b) {
    size_t i;
    if (a->type != b->type || a->err != b->err || a->integer != b->integer || a->len != b->len) return 0;
    if ((a->flags & ~AR_REPLY_F_OWNED) != (b->flags & ~AR_REPLY_F_OWNED)) return 0;
    if ((a->str == NULL) != (b->str == NULL)) return 0;
    if (a->str && memcmp(a->str, b->str, a->len + 1) != 0) return 0;
    if (a->elements != b->elements) return 0;
    for (i = 0; i < a->elements; i++)
        if (!tree_eq(&a->element[i], &b->element[i])) return 0;
    return 1;
}

/* chunk sizes: xorshift seeded by the header */
typedef struct chunker { uint32_t s; size_t max; } chunker;
static size_t chunk_next(chunker *c, size_t left) {
    size_t k;
    c->s ^= c->s << 13; c->s ^= c->s >> 17; c->s ^= c->s << 5;
    k = c->max ? 1 + c->s % c->max : left;
    return k < left ? k : left;
}
static void chunk_init(chunker *c, uint8_t b0, uint8_t b1) {
    static const size_t maxes[8] = {1, 2, 3, 7, 16, 64, 1000, 0};
    c->s = 0x9e3779b9u ^ ((uint32_t)b0 << 8) ^ (uint32_t)b1;
    if (!c->s) c->s = 1;
    c->max = maxes[(b0 >> 1) & 7];
}

static void put_raw(ar_parser *p, const uint8_t *d, size_t n, int how, chunker *c) {
    if (how == 0) {
        CHECK(ar_parser_feed(p, d, n) == AR_OK);
        return;
    }
    while (n) {
        /* like a socket reader: ask for some room, receive fewer bytes */
        size_t avail = 0, want = how == 1 ? n : n + (c->s & 255), k;
        char *s = ar_parser_space(p, want, &avail);
        CHECK(s != NULL && avail >= want);
        k = n < avail ? n : avail;
        memcpy(s, d, k);
        ar_parser_commit(p, k);
        d += k; n -= k;
    }
}

static void put(ar_parser *p, const uint8_t *d, size_t n, int how, chunker *c) {
    tail_unpoison(p);
    put_raw(p, d, n, how, c);
    tail_poison(p);
}

static void pfree(ar_parser *p) { tail_unpoison(p); ar_parser_free(p); }

static void mode_chunked(const uint8_t *d, size_t n, uint8_t b0, uint8_t b1) {
    ar_limits lim = f_limits();
    ar_parser *p = ar_parser_new(&lim, NULL);
    chunker c;
    size_t off = 0;
    int how = (b0 >> 4) % 3;
    CHECK(p != NULL);
    chunk_init(&c, b0, b1);
    while (off < n) {
        size_t k = chunk_next(&c, n - off);
        const ar_reply *r;
        int rc;
        put(p, d + off, k, how, &c);
        off += k;
        CHECK(ar_parser_pending(p) <= off);
        while ((rc = ar_parser_next(p, &r)) == AR_PARSE_REPLY) {
            ar_reply *dup;
            CHECK(r != NULL);
            walk(r, 0, 0);
            dup = ar_reply_dup(r, NULL);
            CHECK(dup != NULL);
            walk(dup, 0, 1);
            CHECK(tree_eq(r, dup));
            ar_reply_free(dup);
        }
        if (rc == AR_PARSE_ERROR) {
            const char *e = ar_parser_error(p);
            CHECK(e != NULL && e[0] != 0);
            CHECK(ar_parser_next(p, &r) == AR_PARSE_ERROR);
            tail_unpoison(p);
            ar_parser_reset(p);
            CHECK(ar_parser_error(p)[0] == 0);
            CHECK(ar_parser_pending(p) == 0);
        } else {
            CHECK(rc == AR_PARSE_MORE);
        }
    }
    pfree(p);
}

typedef struct seq { ar_reply **r; size_t n, cap; int rc; } seq;

static void seq_drain(ar_parser *p, seq *s) {
    const ar_reply *r;
    int rc;
    while ((rc = ar_parser_next(p, &r)) == AR_PARSE_REPLY) {
        walk(r, 0, 0);
        if (s->n == s->cap) {
            s->cap = s->cap ? s->cap * 2 : 16;
            s->r = (ar_reply **)realloc(s->r, s->cap * sizeof *s->r);
            CHECK(s->r != NULL);
        }
        s->r[s->n] = ar_reply_dup(r, NULL);
        CHECK(s->r[s->n] != NULL);
        s->n++;
    }
    s->rc = rc;
}

static void seq_free(seq *s) {
    size_t i;
    for (i = 0; i < s->n; i++) ar_reply_free(s->r[i]);
    free(s->r);
}

static void mode_compare(const uint8_t *d, size_t n, uint8_t b0, uint8_t b1) {
    ar_limits lim = f_limits();
    ar_parser *pa = ar_parser_new(&lim, NULL), *pb = ar_parser_new(&lim, NULL);
    seq a, b;
    chunker c;
    size_t off = 0, i;
    int how = (b0 >> 4) % 3;
    CHECK(pa && pb);
    memset(&a, 0, sizeof a);
    memset(&b, 0, sizeof b);
    chunk_init(&c, b0, b1);
    if (c.max == 0) c.max = 1; /* "whole" here means byte at a time */

    put(pa, d, n, 0, &c);
    seq_drain(pa, &a);
    b.rc = AR_PARSE_MORE;
    while (off < n && b.rc != AR_PARSE_ERROR) {
        size_t k = chunk_next(&c, n - off);
        put(pb, d + off, k, how, &c);
        off += k;
        seq_drain(pb, &b);
    }
    if (n == 0) seq_drain(pb, &b);
    CHECK(a.rc == b.rc);
    CHECK(a.n == b.n);
    for (i = 0; i < a.n; i++) CHECK(tree_eq(a.r[i], b.r[i]));
    if (a.rc == AR_PARSE_ERROR) CHECK(ar_parser_error(pa)[0] != 0 && ar_parser_error(pb)[0] != 0);
    seq_free(&a);
    seq_free(&b);
    pfree(pa);
    pfree(pb);
}

#ifdef __cplusplus
extern "C"
#endif
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    uint8_t b0, b1;
    if (size < 2) return 0;
    b0 = data[0];
    b1 = data[1];
    if (b0 & 1) mode_compare(data + 2, size - 2, b0, b1);
    else mode_chunked(data + 2, size - 2, b0, b1);
    return 0;
}
