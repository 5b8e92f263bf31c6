/* tests/fuzz_format.c - libFuzzer target for the command encoder.

       clang -g -O1 -fsanitize=fuzzer,address,undefined -I. tests/fuzz_format.c -o fuzz_format
       rm -rf /tmp/corpus_format && cp -r tests/corpus/format /tmp/corpus_format
       ./fuzz_format -max_total_time=60 /tmp/corpus_format

   Input: the format string (bytes up to the first NUL), then a pool of
   argument bytes. The encoder is driven white-box through ar__enc_parse with
   a custom ar__argsrc whose `next` callback hands out a value of exactly the
   requested kind from the pool, so ANY format string is safe:
     integers  8 pool bytes, truncated to the C type asked for
     double    8 pool bytes as a bit pattern (NaN, inf, subnormals too)
     %s        length byte L (255: NULL), then L bytes copied into an exact
               NUL-terminated allocation (an embedded NUL shortens it)
     %b        length byte L (255: NULL/0, 254: NULL/1 which must be
               refused), then L bytes in an exact-size allocation
   Checks: AR_OK -> ar__enc_emit writes exactly ar__enc_size bytes, which
   ar_parser parses back into one array of nargs bulk strings with the
   encoder's argument lengths and nothing left over; AR_ERR_FORMAT -> a
   message is set; a second run with the same (reused) encoder gives the
   same result; when the callback was never called, ar_format(fmt) with no
   variadic arguments agrees (same bytes, or the same refusal with *out
   untouched). */
#define ASYNCREDIS_IMPLEMENTATION
#include "../asyncredis.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CHECK(c) do { if (!(c)) { fprintf(stderr, "fuzz_format: check failed: %s (line %d)\n", #c, __LINE__); abort(); } } while (0)
#define MAX_FMT 1024

typedef struct pool {
    const uint8_t *d;
    size_t n, off;
    char **allocs;
    size_t nalloc, acap;
    int calls;
} pool;

static uint8_t take8(pool *P) { return P->off < P->n ? P->d[P->off++] : 0; }

static uint64_t take64(pool *P) {
    uint64_t v = 0;
    int i;
    for (i = 0; i < 8; i++) v |= (uint64_t)take8(P) << (8 * i);
    return v;
}

static char *keep(pool *P, size_t n) {
    char *m = (char *)malloc(n ? n : 1);
    CHECK(m != NULL);
    if (P->nalloc == P->acap) {
        P->acap = P->acap ? P->acap * 2 : 16;
        P->allocs = (char **)realloc(P->allocs, P->acap * sizeof *P->allocs);
        CHECK(P->allocs != NULL);
    }
    P->allocs[P->nalloc++] = m;
    return m;
}

static void pool_release(pool *P) {
    size_t i;
    for (i = 0; i < P->nalloc; i++) free(P->allocs[i]);
    P->nalloc = 0;
}

static void f_next(ar__argsrc *s, int kind, ar__argval *v) {
    pool *P = (pool *)s->user;
    uint64_t x;
    P->calls++;
    switch (kind) {
    case AR__A_INT: v->i = (int)(int32_t)(uint32_t)take64(P); break;
    case AR__A_UINT: v->u = (unsigned)(uint32_t)take64(P); break;
    case AR__A_LONG: x = take64(P); v->i = sizeof(long) == 8 ? (long)(int64_t)x : (long)(int32_t)(uint32_t)x; break;
    case AR__A_ULONG: x = take64(P); v->u = (unsigned long)x; break;
    case AR__A_LLONG: v->i = (long long)(int64_t)take64(P); break;
    case AR__A_ULLONG: v->u = (unsigned long long)take64(P); break;
    case AR__A_SIZE: v->u = (size_t)take64(P); break;
    case AR__A_SSIZE: x = take64(P); v->i = sizeof(ptrdiff_t) == 8 ? (long long)(int64_t)x : (long long)(int32_t)(uint32_t)x; break;
    case AR__A_DOUBLE: x = take64(P); memcpy(&v->d, &x, sizeof v->d); break;
    case AR__A_STR: {
        uint8_t L = take8(P);
        size_t m, i;
        char *buf;
        if (L == 255) { v->p = NULL; v->n = 0; break; }
        m = L < P->n - P->off ? L : P->n - P->off;
        buf = keep(P, m + 1);
        for (i = 0; i < m; i++) buf[i] = (char)take8(P);
        buf[m] = 0;
        v->p = buf;
        v->n = strlen(buf);
        break;
    }
    case AR__A_BIN: {
        uint8_t L = take8(P);
        size_t m, i;
        char *buf;
        if (L == 255) { v->p = NULL; v->n = 0; break; }
        if (L == 254) { v->p = NULL; v->n = 1; break; }
        m = L < P->n - P->off ? L : P->n - P->off;
        buf = keep(P, m);
        for (i = 0; i < m; i++) buf[i] = (char)take8(P);
        v->p = buf;
        v->n = m;
        break;
    }
    default:
        CHECK(!"unknown argument kind");
    }
}

/* encode fmt with args from the pool; returns rc, *out (malloc) on AR_OK */
static int encode(ar__enc *e, const char *fmt, pool *P, char **out, size_t *outlen, const char **why) {
    ar_allocator a = ar__pick_alloc(NULL);
    ar__argsrc src;
    int rc;
    memset(&src, 0, sizeof src);
    src.next = f_next;
    src.user = P;
    P->off = 0;
    P->calls = 0;
    *why = NULL;
    rc = ar__enc_parse(&a, e, fmt, &src, why);
    if (rc == AR_OK) {
        size_t sz = ar__enc_size(e);
        char *buf = (char *)malloc(sz ? sz : 1), *end;
        CHECK(buf != NULL);
        CHECK(e->nargs >= 1);
        end = ar__enc_emit(e, buf);
        CHECK(end == buf + sz);
        *out = buf;
        *outlen = sz;
    } else {
        CHECK(rc == AR_ERR_FORMAT);
        CHECK(*why != NULL && (*why)[0] != 0);
    }
    return rc;
}

static void check_resp(const ar__enc *e, const char *fmt, const char *buf, size_t sz) {
    ar_parser *p = ar_parser_new(NULL, NULL);
    const ar_reply *r;
    size_t i;
    int rc;
    const char *t = fmt;
    CHECK(p != NULL);
    CHECK(ar_parser_feed(p, buf, sz) == AR_OK);
    rc = ar_parser_next(p, &r);
    CHECK(rc == AR_PARSE_REPLY);
    CHECK(r->type == AR_REPLY_ARRAY);
    CHECK(r->elements == e->nargs);
    for (i = 0; i < r->elements; i++) {
        const ar_reply *x = &r->element[i];
        CHECK(x->type == AR_REPLY_STRING);
        CHECK(x->len == e->args[i].len);
        CHECK(x->str[x->len] == 0);
        if (!strchr(fmt, '%')) { /* plain words: the arguments are the space-separated tokens */
            size_t tl;
            while (*t == ' ') t++;
            tl = strcspn(t, " ");
            CHECK(tl == x->len && memcmp(t, x->str, tl) == 0);
            t += tl;
        }
    }
    if (!strchr(fmt, '%')) { while (*t == ' ') t++; CHECK(*t == 0); }
    CHECK(ar_parser_pending(p) == 0); /* the whole ar__enc_size bytes were one reply */
    CHECK(ar_parser_next(p, &r) == AR_PARSE_MORE);
    ar_parser_free(p);
}

#ifdef __cplusplus
extern "C"
#endif
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const uint8_t *nul = (const uint8_t *)memchr(data, 0, size);
    size_t flen = nul ? (size_t)(nul - data) : size;
    char *fmt, *out1 = NULL, *out2 = NULL;
    size_t len1 = 0, len2 = 0;
    const char *why1, *why2;
    int rc1, rc2, calls1;
    pool P;
    ar__enc e;
    ar_allocator a = ar__pick_alloc(NULL);

    if (flen > MAX_FMT) return 0;
    fmt = (char *)malloc(flen + 1);
    CHECK(fmt != NULL);
    memcpy(fmt, data, flen);
    fmt[flen] = 0;
    memset(&P, 0, sizeof P);
    P.d = nul ? nul + 1 : data + size;
    P.n = nul ? size - flen - 1 : 0;
    memset(&e, 0, sizeof e);

    rc1 = encode(&e, fmt, &P, &out1, &len1, &why1);
    calls1 = P.calls;
    if (rc1 == AR_OK) check_resp(&e, fmt, out1, len1);
    pool_release(&P);

    /* same format, same pool, reused encoder: same result */
    rc2 = encode(&e, fmt, &P, &out2, &len2, &why2);
    CHECK(rc1 == rc2);
    CHECK(P.calls == calls1);
    if (rc1 == AR_OK) CHECK(len1 == len2 && memcmp(out1, out2, len1) == 0);
    else CHECK(strcmp(why1, why2) == 0);
    pool_release(&P);
    free(out2);
    ar__enc_free(&a, &e);

    /* no argument consumed: the public ar_format must agree */
    if (calls1 == 0) {
        char sentinel[] = "untouched", *out = sentinel;
        size_t len = 777;
        const char *why = "unset";
        int rc = ar_format(&out, &len, &why, fmt);
        CHECK(rc == rc1);
        if (rc == AR_OK) {
            CHECK(why == NULL);
            CHECK(len == len1 && memcmp(out, out1, len) == 0);
            ar_free_buffer(out);
        } else {
            CHECK(out == sentinel && len == 777);
            CHECK(why != NULL && strcmp(why, why1) == 0);
        }
    }
    free(out1);
    free(P.allocs);
    free(fmt);
    return 0;
}
