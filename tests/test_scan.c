/* tests/test_scan.c - SCAN / HSCAN / SSCAN / ZSCAN iterators (ar_scan_start)
   against a real redis-server under all three drive modes, and against the
   fault server for the cursor hand-over, skipped empty batches, a resend
   after a reconnect and malformed replies.

   What is judged: every key (field, member) is seen (a set of what the
   callbacks handed out, distinct entries counted); MATCH, COUNT and TYPE
   reach the server; keys present for a whole iteration are seen while a
   second client adds and removes others; the key prefix confines a SCAN to
   the client's own keys and strip_prefix takes it off; `last` is 1 exactly
   once and nothing follows it; an error reply or a client failure ends the
   iteration with one typed final call; a non-zero return stops it; freeing
   the client from the callback is safe (ASan build: no leak). Every
   ar_scan_start goes through SUBMIT(): a callback inside it is a violation. */
#include "harness.h"
#include "faultserver.h"
#define ASYNCREDIS_IMPLEMENTATION
#include "../asyncredis_commands.h"
#include "drive.h"

static th_server srv;
static drv D;
static const char *M;
static int g_in_submit, g_violations;

#define SUBMIT(rc, call) do { g_in_submit = 1; (rc) = (call); g_in_submit = 0; } while (0)

/* ------------------------------------------------- a set of byte strings */
typedef struct sset { char **v; size_t *l; size_t cap, n; } sset;
static size_t sset_h(const char *s, size_t n) { size_t h = 1469598103u, i; for (i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 16777619u; return h; }
static void sset_init(sset *s) { s->cap = 1 << 16; s->n = 0; s->v = (char **)calloc(s->cap, sizeof(char *)); s->l = (size_t *)calloc(s->cap, sizeof(size_t)); }
static void sset_free(sset *s) { size_t i; for (i = 0; i < s->cap; i++) free(s->v[i]); free(s->v); free(s->l); memset(s, 0, sizeof *s); }
static int sset_has(const sset *s, const char *p, size_t n) {
    size_t i = sset_h(p, n) & (s->cap - 1);
    for (; s->v[i]; i = (i + 1) & (s->cap - 1)) if (s->l[i] == n && memcmp(s->v[i], p, n) == 0) return 1;
    return 0;
}
static void sset_add(sset *s, const char *p, size_t n) {
    size_t i = sset_h(p, n) & (s->cap - 1);
    for (; s->v[i]; i = (i + 1) & (s->cap - 1)) if (s->l[i] == n && memcmp(s->v[i], p, n) == 0) return;
    if (s->n * 2 >= s->cap) { th_bail("sset full"); }
    s->v[i] = (char *)malloc(n + 1); memcpy(s->v[i], p, n); s->v[i][n] = 0; s->l[i] = n; s->n++;
}
static int sset_hasz(const sset *s, const char *z) { return sset_has(s, z, strlen(z)); }

/* ------------------------------------------------------ iteration record */
typedef struct st {
    int calls, lasts, after_last, items, odd, empty_batches, empty_nonlast;
    int stop_at, free_at, free_ret;       /* stop: return 1 on call stop_at; free: free the client on call free_at */
    ar_client *c;
    ar_err err; int errtype; char msg[160];
    int pairs;                             /* HASH / ZSET: store "a=b" */
    const char *want_prefix; int bad_prefix;
    sset seen;
    /* concurrent changes */
    ar_client *c2; int c2_sent, c2_replies, c2_before_last, next_new, next_del;
} st;

static void st_init(st *s) { memset(s, 0, sizeof *s); sset_init(&s->seen); }
static void st_free(st *s) { sset_free(&s->seen); }

static void c2_cb(ar_client *c, const ar_reply *r, void *ud) { (void)c; (void)r; ((st *)ud)->c2_replies++; }

static int scan_cb(ar_client *c, const ar_reply *b, int last, void *ud) {
    st *s = (st *)ud;
    size_t i;
    if (g_in_submit) g_violations++;
    if (s->lasts) s->after_last++;
    s->calls++;
    if (last) { s->lasts++; s->c2_before_last = s->c2_replies; }
    if (b->err || b->type != AR_REPLY_ARRAY) {
        s->err = b->err; s->errtype = (int)b->type;
        snprintf(s->msg, sizeof s->msg, "%.*s", (int)(b->str ? b->len : 0), b->str ? b->str : "");
        if (!last) s->after_last += 1000;  /* a failure must be the final call */
        return 0;
    }
    if (b->elements == 0) s->empty_batches++;
    if (b->elements == 0 && !last) s->empty_nonlast++;
    if (s->pairs && (b->elements & 1)) s->odd++;
    for (i = 0; i < b->elements; i++) {
        const ar_reply *e = &b->element[i];
        if (e->type != AR_REPLY_STRING) { s->odd++; continue; }
        if (s->want_prefix && (e->len < strlen(s->want_prefix) || memcmp(e->str, s->want_prefix, strlen(s->want_prefix)) != 0)) s->bad_prefix++;
        if (s->pairs && i + 1 < b->elements) {
            char buf[512];
            int n = snprintf(buf, sizeof buf, "%.*s=%.*s", (int)e->len, e->str, (int)b->element[i + 1].len, b->element[i + 1].str);
            sset_add(&s->seen, buf, (size_t)n);
            i++;
        } else sset_add(&s->seen, e->str, e->len);
        s->items++;
    }
    if (s->c2 && !last && s->next_new < 9000) {   /* the other client changes the keyspace between batches */
        const char *argv[1 + 2 * 300];
        char nb[300][16];
        char db[100][16];
        const char *dv[1 + 100];
        int k, n = 0;
        argv[n++] = "MSET";
        for (k = 0; k < 150; k++, s->next_new++) {
            snprintf(nb[k], sizeof nb[k], "n:%d", s->next_new);
            argv[n++] = nb[k]; argv[n++] = "x";
        }
        if (ar_command_argv(s->c2, c2_cb, s, n, argv, NULL) == AR_OK) s->c2_sent++;
        n = 0;
        dv[n++] = "DEL";
        for (k = 0; k < 100 && s->next_del < 2000; k++, s->next_del++) {
            snprintf(db[k], sizeof db[k], "c:%d", s->next_del);
            dv[n++] = db[k];
        }
        if (n > 1 && ar_command_argv(s->c2, c2_cb, s, n, dv, NULL) == AR_OK) s->c2_sent++;
    }
    if (s->free_at && s->calls == s->free_at) { ar_client_free(c); return s->free_ret; }
    if (s->stop_at && s->calls == s->stop_at) return 1;
    return 0;
}
static int st_done(void *a) { return ((st *)a)->lasts > 0; }
static int st_calls(void *a) { return ((st *)a)->calls >= ((st *)a)->stop_at; }
static void settle(void) { int i; for (i = 0; i < 10; i++) drv_turn(&D, 2); }

/* start and run to the end */
static int scan_all(ar_client *c, const ar_scan_opts *o, st *s) {
    int rc;
    SUBMIT(rc, ar_scan_start(c, o, scan_cb, s));
    if (rc != AR_OK) { th_diag("ar_scan_start: %d %s", rc, ar_client_errstr(c)); return rc; }
    if (!drv_run_until(&D, st_done, s, 60000)) return -1;
    settle();
    return AR_OK;
}

/* ---------------------------------------------------------------- server */
static char rawbuf[65536];
static long raw(const char *a0, const char *a1, const char *a2, const char *a3) {
    const char *argv[4];
    int n = 0;
    argv[n++] = a0;
    if (a1) argv[n++] = a1;
    if (a2) argv[n++] = a2;
    if (a3) argv[n++] = a3;
    return th_raw_command(srv.port, rawbuf, sizeof rawbuf, n, argv);
}
static void lua(const char *script) {
    raw("EVAL", script, "0", NULL);
    if (rawbuf[0] == '-') th_diag("lua: %s", rawbuf);
}

static ar_client *mk(const char *prefix) {
    ar_options o;
    const char *why = NULL;
    ar_client *c;
    memset(&o, 0, sizeof o);
    o.host = "127.0.0.1";
    o.port = srv.port;
    if (prefix) { o.key_prefix = prefix; o.prefixer = ar_cmdtab_prefix_argv; }
    c = drv_client(&D, &o, &why);
    if (!c) th_diag("client: %s", why ? why : "?");
    return c;
}
static void unmk(ar_client *c) { ar_client_free(c); drv_forget(&D, c); }

/* k:0..9999 strings, h:0..99 hashes, l:0..49 lists */
static void fill_keys(void) {
    raw("FLUSHALL", NULL, NULL, NULL);
    lua("for i=0,9999 do redis.call('SET', 'k:'..i, i) end "
        "for i=0,99 do redis.call('HSET', 'h:'..i, 'f', i) end "
        "for i=0,49 do redis.call('RPUSH', 'l:'..i, i) end");
}

static int all_named(const sset *s, const char *fmt, int from, int to) {
    char b[64];
    int i, missing = 0;
    for (i = from; i < to; i++) { snprintf(b, sizeof b, fmt, i); if (!sset_hasz(s, b)) missing++; }
    if (missing) th_diag("%d of '%s' %d..%d missing", missing, fmt, from, to - 1);
    return missing == 0;
}

static void test_keys(void) {
    ar_client *c = mk(NULL);
    ar_scan_opts o;
    st s, d;
    if (!th_ok(c != NULL, "%s: keys: client", M)) return;
    fill_keys();

    memset(&o, 0, sizeof o);
    o.match = "k:*"; o.count = 1000;
    st_init(&s);
    th_is_int(scan_all(c, &o, &s), AR_OK, "%s: MATCH k:* COUNT 1000: ran to the end", M);
    th_is_int(s.seen.n, 10000, "%s: MATCH k:* COUNT 1000: 10000 distinct keys (%d handed out)", M, s.items);
    th_ok(all_named(&s.seen, "k:%d", 0, 10000), "%s: MATCH k:*: every k:N seen", M);
    th_ok(s.lasts == 1 && s.after_last == 0 && s.err == AR_OK, "%s: MATCH k:*: last exactly once, at the end", M);
    th_ok(s.calls < 100, "%s: COUNT 1000 reached the server (%d batches)", M, s.calls);
    st_free(&s);

    memset(&o, 0, sizeof o);
    st_init(&s);
    th_is_int(scan_all(c, &o, &s), AR_OK, "%s: plain SCAN: ran to the end", M);
    th_is_int(s.seen.n, 10150, "%s: plain SCAN: all 10150 keys", M);
    th_ok(all_named(&s.seen, "k:%d", 0, 10000) && all_named(&s.seen, "h:%d", 0, 100) && all_named(&s.seen, "l:%d", 0, 50),
          "%s: plain SCAN: every key by name", M);
    th_ok(s.calls > 100, "%s: default COUNT: many small batches (%d)", M, s.calls);
    th_is_int(s.empty_nonlast, 0, "%s: plain SCAN: no empty intermediate batch was handed out", M);
    th_ok(s.lasts == 1 && s.after_last == 0, "%s: plain SCAN: last exactly once, at the end", M);
    st_free(&s);

    memset(&o, 0, sizeof o);
    o.type = "hash"; o.count = 500;
    st_init(&d);
    th_is_int(scan_all(c, &o, &d), AR_OK, "%s: TYPE hash: ran", M);
    th_ok(d.seen.n == 100 && all_named(&d.seen, "h:%d", 0, 100), "%s: TYPE hash: exactly the 100 hashes (%zu)", M, d.seen.n);
    st_free(&d);

    memset(&o, 0, sizeof o);
    o.type = "list"; o.match = "l:1*junk"; o.matchlen = 4; o.count = 500;   /* matchlen: "l:1*" */
    st_init(&d);
    th_is_int(scan_all(c, &o, &d), AR_OK, "%s: TYPE list MATCH l:1*: ran", M);
    th_ok(d.seen.n == 11 && sset_hasz(&d.seen, "l:1") && all_named(&d.seen, "l:1%d", 0, 10),
          "%s: TYPE list MATCH l:1*: l:1 and l:10..l:19 (%zu)", M, d.seen.n);
    th_ok(d.empty_nonlast == 0 && d.calls <= 12, "%s: TYPE list MATCH l:1*: the server's empty batches were skipped (%d calls)", M, d.calls);
    st_free(&d);

    /* an empty result: one call, last, an empty batch */
    memset(&o, 0, sizeof o);
    o.match = "nothing:*"; o.count = 20000;
    st_init(&d);
    th_is_int(scan_all(c, &o, &d), AR_OK, "%s: no match: ran", M);
    th_ok(d.calls == 1 && d.lasts == 1 && d.items == 0 && d.empty_batches == 1, "%s: no match: one final call with an empty batch (%d calls)", M, d.calls);
    st_free(&d);
    unmk(c);
}

/* keys present for the whole iteration are seen while another client adds
   9000 keys (the table grows and rehashes) and deletes 2000 */
static void test_concurrent(void) {
    ar_client *c = mk(NULL), *c2 = mk(NULL);
    ar_scan_opts o;
    st s;
    if (!th_ok(c && c2, "%s: concurrent: clients", M)) return;
    raw("FLUSHALL", NULL, NULL, NULL);
    lua("for i=0,9999 do redis.call('SET', 's:'..i, i) end for i=0,1999 do redis.call('SET', 'c:'..i, i) end");
    memset(&o, 0, sizeof o);
    o.count = 100;
    st_init(&s);
    s.c2 = c2;
    th_is_int(scan_all(c, &o, &s), AR_OK, "%s: concurrent: ran to the end", M);
    th_ok(all_named(&s.seen, "s:%d", 0, 10000), "%s: concurrent: every one of the 10000 untouched keys was seen", M);
    th_ok(s.c2_before_last >= 20 && s.next_new >= 9000, "%s: concurrent: the other client's %d changes landed during the iteration (%d before the end)",
          M, s.c2_sent, s.c2_before_last);
    th_ok(s.lasts == 1 && s.after_last == 0 && s.err == AR_OK, "%s: concurrent: last exactly once", M);
    raw("DBSIZE", NULL, NULL, NULL);
    th_note("%s: concurrent: %zu distinct seen, %d batches, dbsize now %s", M, s.seen.n, s.calls, rawbuf);
    st_free(&s);
    unmk(c); unmk(c2);
}

static void test_hsz(void) {
    ar_client *c = mk(NULL);
    ar_scan_opts o;
    st s;
    int i, bad;
    char b[64];
    if (!th_ok(c != NULL, "%s: hsz: client", M)) return;
    raw("FLUSHALL", NULL, NULL, NULL);
    lua("for i=0,999 do redis.call('HSET', 'bigh', 'f:'..i, 'v:'..i) end "
        "redis.call('HSET', 'smallh', 'a', '1', 'b', '2', 'c', '3') "
        "for i=0,999 do redis.call('SADD', 'bigs', 'm:'..i) end "
        "for i=0,499 do redis.call('ZADD', 'bigz', i * 1.5, 'z:'..i) end "
        "redis.call('HSET', 'bin\\0key', 'bf', 'bv') "
        "redis.call('SET', 'str', 'x')");

    memset(&o, 0, sizeof o);
    o.kind = AR_SCAN_HASH; o.key = "bigh"; o.count = 100;
    st_init(&s); s.pairs = 1;
    th_is_int(scan_all(c, &o, &s), AR_OK, "%s: HSCAN bigh: ran", M);
    for (i = 0, bad = 0; i < 1000; i++) { snprintf(b, sizeof b, "f:%d=v:%d", i, i); if (!sset_hasz(&s.seen, b)) bad++; }
    th_ok(bad == 0 && s.seen.n == 1000 && s.odd == 0, "%s: HSCAN bigh: 1000 field=value pairs, all right, in pairs", M);
    th_ok(s.lasts == 1 && s.after_last == 0 && s.calls > 1, "%s: HSCAN bigh: %d batches, last once", M, s.calls);
    st_free(&s);

    memset(&o, 0, sizeof o);
    o.kind = AR_SCAN_HASH; o.key = "bigh"; o.match = "f:99*"; o.count = 2000;
    st_init(&s); s.pairs = 1;
    th_is_int(scan_all(c, &o, &s), AR_OK, "%s: HSCAN MATCH: ran", M);
    th_ok(s.seen.n == 11 && sset_hasz(&s.seen, "f:99=v:99") && sset_hasz(&s.seen, "f:995=v:995"), "%s: HSCAN MATCH f:99*: 11 fields (%zu)", M, s.seen.n);
    st_free(&s);

    memset(&o, 0, sizeof o);
    o.kind = AR_SCAN_HASH; o.key = "smallh";
    st_init(&s); s.pairs = 1;
    th_is_int(scan_all(c, &o, &s), AR_OK, "%s: HSCAN small hash: ran", M);
    th_ok(s.calls == 1 && s.seen.n == 3 && sset_hasz(&s.seen, "a=1") && sset_hasz(&s.seen, "b=2") && sset_hasz(&s.seen, "c=3"),
          "%s: HSCAN small hash: one final batch a=1 b=2 c=3", M);
    st_free(&s);

    memset(&o, 0, sizeof o);
    o.kind = AR_SCAN_HASH; o.key = "bin\0key"; o.keylen = 7;
    st_init(&s); s.pairs = 1;
    th_is_int(scan_all(c, &o, &s), AR_OK, "%s: HSCAN of a binary key: ran", M);
    th_ok(s.seen.n == 1 && sset_hasz(&s.seen, "bf=bv"), "%s: HSCAN of a key with a NUL (keylen): bf=bv", M);
    st_free(&s);

    memset(&o, 0, sizeof o);
    o.kind = AR_SCAN_SET; o.key = "bigs"; o.count = 50;
    st_init(&s);
    th_is_int(scan_all(c, &o, &s), AR_OK, "%s: SSCAN: ran", M);
    th_ok(s.seen.n == 1000 && all_named(&s.seen, "m:%d", 0, 1000), "%s: SSCAN: every member", M);
    st_free(&s);

    memset(&o, 0, sizeof o);
    o.kind = AR_SCAN_ZSET; o.key = "bigz"; o.count = 50;
    st_init(&s); s.pairs = 1;
    th_is_int(scan_all(c, &o, &s), AR_OK, "%s: ZSCAN: ran", M);
    for (i = 0, bad = 0; i < 500; i++) {
        double sc = i * 1.5;
        if (sc == (double)(long long)sc) snprintf(b, sizeof b, "z:%d=%lld", i, (long long)sc);
        else snprintf(b, sizeof b, "z:%d=%.1f", i, sc);
        if (!sset_hasz(&s.seen, b)) bad++;
    }
    th_ok(bad == 0 && s.seen.n == 500, "%s: ZSCAN: every member with its score (%d wrong)", M, bad);
    st_free(&s);

    memset(&o, 0, sizeof o);
    o.kind = AR_SCAN_SET; o.key = "nosuchkey";
    st_init(&s);
    th_is_int(scan_all(c, &o, &s), AR_OK, "%s: SSCAN of a missing key: ran", M);
    th_ok(s.calls == 1 && s.lasts == 1 && s.empty_batches == 1, "%s: SSCAN of a missing key: one final empty batch", M);
    st_free(&s);

    /* WRONGTYPE ends it, typed, once */
    {
        static const ar_scan_kind kinds[3] = { AR_SCAN_HASH, AR_SCAN_SET, AR_SCAN_ZSET };
        static const char *const keys[3] = { "str", "bigh", "bigs" };
        for (i = 0; i < 3; i++) {
            memset(&o, 0, sizeof o);
            o.kind = kinds[i]; o.key = keys[i];
            st_init(&s);
            th_is_int(scan_all(c, &o, &s), AR_OK, "%s: WRONGTYPE %d: ran", M, i);
            th_ok(s.calls == 1 && s.lasts == 1 && s.after_last == 0 && s.err == AR_OK && s.errtype == AR_REPLY_ERROR &&
                  strncmp(s.msg, "WRONGTYPE", 9) == 0, "%s: %sSCAN %s: one final call, an AR_REPLY_ERROR (%s)", M,
                  i == 0 ? "H" : i == 1 ? "S" : "Z", keys[i], s.msg);
            st_free(&s);
        }
    }
    unmk(c);
}

/* key prefix: only the client's own keys; strip_prefix on and off. The
   prefix has glob characters, and keys that its unescaped pattern would
   match exist too. */
static void test_prefix(void) {
    const char *P = "t[1]:";
    ar_client *c = mk(P);
    ar_scan_opts o;
    st s;
    int i, bad;
    char b[64];
    if (!th_ok(c != NULL, "%s: prefix: client", M)) return;
    raw("FLUSHALL", NULL, NULL, NULL);
    lua("for i=0,299 do redis.call('SET', 't[1]:a'..i, i) end "
        "redis.call('SET', 't1:x', 1) redis.call('SET', 't]:y', 1) redis.call('SET', 'other', 1) "
        "redis.call('HSET', 't[1]:hh', 'f1', 1, 'f2', 2, 'g1', 3, 't[1]:ff', 4)");

    memset(&o, 0, sizeof o);
    o.count = 100;
    st_init(&s); s.want_prefix = P;
    th_is_int(scan_all(c, &o, &s), AR_OK, "%s: prefix: SCAN ran", M);
    th_ok(s.seen.n == 301 && s.bad_prefix == 0, "%s: prefix: only the 301 own keys, each with the prefix (%zu, %d without)", M, s.seen.n, s.bad_prefix);
    th_ok(!sset_hasz(&s.seen, "t1:x") && sset_hasz(&s.seen, "t[1]:a0") && sset_hasz(&s.seen, "t[1]:hh"),
          "%s: prefix: t1:x (matched by the unescaped pattern) is not among them", M);
    st_free(&s);

    memset(&o, 0, sizeof o);
    o.count = 100; o.strip_prefix = 1;
    st_init(&s);
    th_is_int(scan_all(c, &o, &s), AR_OK, "%s: strip_prefix: SCAN ran", M);
    for (i = 0, bad = 0; i < 300; i++) { snprintf(b, sizeof b, "a%d", i); if (!sset_hasz(&s.seen, b)) bad++; }
    th_ok(s.seen.n == 301 && bad == 0 && sset_hasz(&s.seen, "hh"), "%s: strip_prefix: names without the prefix (a0..a299, hh)", M);
    st_free(&s);

    memset(&o, 0, sizeof o);
    o.match = "a1*"; o.strip_prefix = 1; o.count = 1000;
    st_init(&s);
    th_is_int(scan_all(c, &o, &s), AR_OK, "%s: prefix + MATCH: ran", M);
    th_ok(s.seen.n == 111 && sset_hasz(&s.seen, "a1") && sset_hasz(&s.seen, "a199") && !sset_hasz(&s.seen, "a2"),
          "%s: prefix + MATCH a1*: the pattern got the prefix (111 keys)", M);
    st_free(&s);

    /* HSCAN under a prefix: the key is prefixed, MATCH (fields) is not, and
       strip_prefix leaves fields alone */
    memset(&o, 0, sizeof o);
    o.kind = AR_SCAN_HASH; o.key = "hh"; o.strip_prefix = 1;
    st_init(&s); s.pairs = 1;
    th_is_int(scan_all(c, &o, &s), AR_OK, "%s: prefix: HSCAN ran", M);
    th_ok(s.seen.n == 4 && sset_hasz(&s.seen, "f1=1") && sset_hasz(&s.seen, "t[1]:ff=4"),
          "%s: prefix: HSCAN hh read t[1]:hh; a field that looks prefixed is not stripped", M);
    st_free(&s);
    memset(&o, 0, sizeof o);
    o.kind = AR_SCAN_HASH; o.key = "hh"; o.match = "f*";
    st_init(&s); s.pairs = 1;
    th_is_int(scan_all(c, &o, &s), AR_OK, "%s: prefix: HSCAN MATCH ran", M);
    th_ok(s.seen.n == 2 && sset_hasz(&s.seen, "f1=1") && sset_hasz(&s.seen, "f2=2"), "%s: prefix: HSCAN MATCH f* is not prefixed (f1, f2)", M);
    st_free(&s);
    unmk(c);
}

/* a non-zero return stops it; the client freed from the callback */
typedef struct freer { ar_client *c; int n; } freer;
static void free_cb(ar_client *c, const ar_reply *r, void *ud) { (void)r; ((freer *)ud)->n++; ar_client_free(c); }

static void test_stop_and_free(void) {
    ar_client *c;
    ar_scan_opts o;
    st s;
    int rc;
    fill_keys();
    memset(&o, 0, sizeof o);
    o.count = 100;

    c = mk(NULL);
    if (!th_ok(c != NULL, "%s: stop: client", M)) return;
    st_init(&s); s.stop_at = 3;
    SUBMIT(rc, ar_scan_start(c, &o, scan_cb, &s));
    th_ok(rc == AR_OK && drv_run_until(&D, st_calls, &s, 10000), "%s: stop: three batches", M);
    settle();
    th_ok(s.calls == 3 && s.lasts == 0, "%s: stop: returning 1 on the third call: no further calls (%d)", M, s.calls);
    th_is_int(ar_client_inflight(c), 0, "%s: stop: no SCAN left in flight", M);
    st_free(&s);
    st_init(&s); s.stop_at = 1;
    SUBMIT(rc, ar_scan_start(c, &o, scan_cb, &s));
    th_ok(rc == AR_OK && drv_run_until(&D, st_calls, &s, 10000), "%s: stop at once: one batch", M);
    settle();
    th_ok(s.calls == 1 && ar_client_inflight(c) == 0, "%s: stop at once: nothing after it", M);
    st_free(&s);
    unmk(c);

    /* free in the callback, return 0: one more call, the final one, AR_ERR_CLOSED */
    c = mk(NULL);
    if (!th_ok(c != NULL, "%s: free: client", M)) return;
    st_init(&s); s.free_at = 2; s.free_ret = 0;
    SUBMIT(rc, ar_scan_start(c, &o, scan_cb, &s));
    th_ok(rc == AR_OK && drv_run_until(&D, st_done, &s, 10000), "%s: free in cb, return 0: ended", M);
    settle();
    th_ok(s.calls == 3 && s.lasts == 1 && s.after_last == 0 && s.err == AR_ERR_CLOSED && s.msg[0],
          "%s: free in cb, return 0: then one final call, typed AR_ERR_CLOSED (%s)", M, s.msg);
    st_free(&s);

    /* free in the callback, return 1: nothing more */
    c = mk(NULL);
    if (!th_ok(c != NULL, "%s: free: client 2", M)) return;
    st_init(&s); s.free_at = 2; s.free_ret = 1; s.stop_at = 2;
    SUBMIT(rc, ar_scan_start(c, &o, scan_cb, &s));
    th_ok(rc == AR_OK && drv_run_until(&D, st_calls, &s, 10000), "%s: free in cb, return 1: two calls", M);
    settle();
    th_ok(s.calls == 2 && s.lasts == 0, "%s: free in cb, return 1: no further call", M);
    st_free(&s);

    /* freed by another callback while a SCAN is in flight */
    c = mk(NULL);
    if (!th_ok(c != NULL, "%s: free: client 3", M)) return;
    {
        freer f;
        memset(&f, 0, sizeof f);
        st_init(&s);
        SUBMIT(rc, ar_scan_start(c, &o, scan_cb, &s));
        ar_command(c, free_cb, &f, "PING");
        th_ok(rc == AR_OK && drv_run_until(&D, st_done, &s, 10000), "%s: freed elsewhere: the iteration ended", M);
        settle();
        th_ok(f.n == 1 && s.lasts == 1 && s.after_last == 0 && s.err == AR_ERR_CLOSED,
              "%s: freed elsewhere: its final call is typed AR_ERR_CLOSED (%d calls)", M, s.calls);
        st_free(&s);
    }

    /* freed from outside with the first SCAN pending */
    c = mk(NULL);
    if (!th_ok(c != NULL, "%s: free: client 4", M)) return;
    st_init(&s);
    SUBMIT(rc, ar_scan_start(c, &o, scan_cb, &s));
    unmk(c);
    th_ok(rc == AR_OK && s.calls == 1 && s.lasts == 1 && s.err == AR_ERR_CLOSED, "%s: ar_client_free: one final call, AR_ERR_CLOSED", M);
    settle();
    th_is_int(s.calls, 1, "%s: ar_client_free: and nothing after", M);
    st_free(&s);
}

static void test_refusals(void) {
    ar_client *c = mk(NULL);
    ar_scan_opts o;
    st s;
    int rc;
    if (!th_ok(c != NULL, "%s: refusals: client", M)) return;
    st_init(&s);
    memset(&o, 0, sizeof o);
    SUBMIT(rc, ar_scan_start(c, &o, NULL, &s));
    th_is_int(rc, AR_ERR_INVALID, "%s: refusals: no callback", M);
    o.kind = AR_SCAN_HASH;
    SUBMIT(rc, ar_scan_start(c, &o, scan_cb, &s));
    th_is_int(rc, AR_ERR_INVALID, "%s: refusals: HASH without a key (%s)", M, ar_client_errstr(c));
    memset(&o, 0, sizeof o); o.key = "k";
    SUBMIT(rc, ar_scan_start(c, &o, scan_cb, &s));
    th_is_int(rc, AR_ERR_INVALID, "%s: refusals: KEYS with a key", M);
    memset(&o, 0, sizeof o); o.kind = AR_SCAN_SET; o.key = "k"; o.type = "set";
    SUBMIT(rc, ar_scan_start(c, &o, scan_cb, &s));
    th_is_int(rc, AR_ERR_INVALID, "%s: refusals: TYPE with SSCAN", M);
    memset(&o, 0, sizeof o); o.count = -5;
    SUBMIT(rc, ar_scan_start(c, &o, scan_cb, &s));
    th_is_int(rc, AR_ERR_INVALID, "%s: refusals: count < 0", M);
    memset(&o, 0, sizeof o); o.kind = (ar_scan_kind)9;
    SUBMIT(rc, ar_scan_start(c, &o, scan_cb, &s));
    th_is_int(rc, AR_ERR_INVALID, "%s: refusals: unknown kind", M);
    th_is_int(ar_scan_start(NULL, NULL, scan_cb, &s), AR_ERR_INVALID, "%s: refusals: NULL client", M);
    ar_client_close(c);
    SUBMIT(rc, ar_scan_start(c, NULL, scan_cb, &s));
    th_is_int(rc, AR_ERR_CLOSED, "%s: refusals: a closing client (NULL options otherwise fine)", M);
    settle();
    th_is_int(s.calls, 0, "%s: refusals: no callback ran", M);
    st_free(&s);
    /* the closed client frees itself */
}

/* the fault server: exact commands, cursors, skipped empty batches, resend
   after a reconnect, malformed replies */
static void test_scripted(void) {
    fs_server f;
    ar_options o;
    ar_client *c;
    ar_scan_opts so;
    st s;
    const char *why = NULL;
    int rc;
    fs_action a[] = {
        fs_reply("*2\r\n$20\r\n18446744073709551615\r\n*1\r\n$1\r\na\r\n"),
        fs_reply("*2\r\n$2\r\n17\r\n*0\r\n"),                     /* empty, not last: skipped */
        fs_reply_reset(NULL),                                      /* HSCAN h 17: lost, sent again */
        fs_next_conn(),
        fs_reply("*2\r\n$1\r\n0\r\n*2\r\n$1\r\nb\r\n$1\r\nc\r\n"),
    };
    fs_action bad1[] = { fs_reply("+OK\r\n") };
    fs_action bad2[] = { fs_reply("*2\r\n$2\r\n1x\r\n*0\r\n") };
    fs_action end0[] = { fs_reply("*2\r\n$1\r\n7\r\n*1\r\n$1\r\nq\r\n"), fs_reply("*2\r\n$1\r\n0\r\n*0\r\n") };

    if (!th_ok(fs_start(&f, a, 5) == 0, "%s: scripted: fault server", M)) return;
    memset(&o, 0, sizeof o);
    o.host = "127.0.0.1"; o.port = f.port; o.reconnect_delay_ms = 20;
    c = drv_client(&D, &o, &why);
    memset(&so, 0, sizeof so);
    so.kind = AR_SCAN_HASH; so.key = "h"; so.match = "x*"; so.count = 7;
    st_init(&s);
    SUBMIT(rc, ar_scan_start(c, &so, scan_cb, &s));
    th_ok(rc == AR_OK && drv_run_until(&D, st_done, &s, 10000), "%s: scripted: ended", M);
    settle();
    th_ok(s.calls == 2 && s.lasts == 1 && s.err == AR_OK && s.seen.n == 3 && sset_hasz(&s.seen, "a") && sset_hasz(&s.seen, "c"),
          "%s: scripted: [a], (empty batch skipped), [b c] last; the reset HSCAN was sent again (%d calls, %s)", M, s.calls, s.msg);
    th_is_cstr(fs_log(&f),
               "HSCAN h 0 MATCH x* COUNT 7\n"
               "HSCAN h 18446744073709551615 MATCH x* COUNT 7\n"
               "HSCAN h 17 MATCH x* COUNT 7\n"
               "HSCAN h 17 MATCH x* COUNT 7\n",
               "%s: scripted: the cursor went back verbatim (64-bit), options on every call, resent once after the reset", M);
    st_free(&s);
    unmk(c);
    fs_stop(&f);

    {
        fs_action *bads[2] = { bad1, bad2 };
        int i;
        for (i = 0; i < 2; i++) {
            if (!th_ok(fs_start(&f, bads[i], 1) == 0, "%s: scripted: fault server %d", M, i)) return;
            memset(&o, 0, sizeof o);
            o.host = "127.0.0.1"; o.port = f.port;
            c = drv_client(&D, &o, &why);
            memset(&so, 0, sizeof so);
            so.kind = AR_SCAN_ZSET; so.key = "z";
            st_init(&s);
            SUBMIT(rc, ar_scan_start(c, &so, scan_cb, &s));
            th_ok(rc == AR_OK && drv_run_until(&D, st_done, &s, 10000), "%s: malformed %d: ended", M, i);
            settle();
            th_ok(s.calls == 1 && s.lasts == 1 && s.err == AR_ERR_PROTOCOL && strstr(s.msg, "scan") != NULL,
                  "%s: malformed %s: one final call, typed (%s)", M, i ? "cursor" : "reply", s.msg);
            st_free(&s);
            unmk(c);
            fs_stop(&f);
        }
    }

    if (!th_ok(fs_start(&f, end0, 2) == 0, "%s: scripted: fault server 3", M)) return;
    memset(&o, 0, sizeof o);
    o.host = "127.0.0.1"; o.port = f.port;
    c = drv_client(&D, &o, &why);
    memset(&so, 0, sizeof so);
    so.kind = AR_SCAN_SET; so.key = "s";
    st_init(&s);
    SUBMIT(rc, ar_scan_start(c, &so, scan_cb, &s));
    th_ok(rc == AR_OK && drv_run_until(&D, st_done, &s, 10000), "%s: empty final batch: ended", M);
    settle();
    th_ok(s.calls == 2 && s.lasts == 1 && s.empty_batches == 1 && s.items == 1, "%s: an empty final batch is delivered (last = 1)", M);
    th_is_cstr(fs_log(&f), "SSCAN s 0\nSSCAN s 7\n", "%s: SSCAN key cursor", M);
    st_free(&s);
    unmk(c);
    fs_stop(&f);
}

static void run_mode(drv_mode m) {
    drv_init(&D, m);
    M = drv_names[m];
    th_note("---- drive mode: %s", M);
    test_keys();
    test_concurrent();
    test_hsz();
    test_prefix();
    test_stop_and_free();
    test_refusals();
    test_scripted();
    drv_free(&D);
}

int main(void) {
    th_watchdog(600);
    if (th_server_start(&srv, NULL) != 0) th_bail("cannot start redis-server");
    run_mode(DRV_LOOP);
    run_mode(DRV_HOOKS);
    run_mode(DRV_PUMP);
    th_is_int(g_violations, 0, "no callback ever ran inside ar_scan_start");
    th_server_stop(&srv);
    return th_done();
}
