/* tests/test_memory.c - what an idle client costs, and that its buffers
   come back after a burst (issue 18; manual: MEMORY).

   Judged by the client's allocator (counts of bytes and calls, never RSS
   or time), under all three drive modes:
     1. 50 clients (default options), each answered one PING: the bytes they
        still hold, per client, stay under AR_TEST_IDLE_BOUND (2,048);
        nothing but the client itself (one block: the struct and its
        strings) is left.
     2. A short burst that needs big buffers (a 1 MB value SET and read back
        by a new client) gives them back at the quiet point that ends it.
     3. A steady burst (4,000 pipelined commands) keeps its buffers while it
        runs; they come back once the client has been quiet for a while
        (the test waits for that, then judges the bytes). The client works
        after the trim.
     4. Steady use one command at a time, each submitted outside the
        callbacks after the previous reply: after the first two, no
        allocator call at all (hysteresis: a stream is not trimmed).
     5. Replies split across reads at the places where the lent read buffer
        (the loop's shared one, or the 4 KB on the stack in hooks / pump
        mode) hands over to the parser's own: a nested array cut inside a
        string, bulks of 3 KB, 10 KB and 200 KB cut in the middle (scripted
        server: the second half comes 50 ms later). Every value intact, and
        the client back to its idle size afterwards. */
#include "harness.h"
#define ASYNCREDIS_IMPLEMENTATION
#include "../asyncredis.h"
#include "drive.h"
#include "faultserver.h"

#define AR_TEST_IDLE_BOUND 2048
#define NIDLE 50

static th_server srv;
static drv D;

/* counting allocator: live bytes and calls (a 16-byte header holds the size) */
static long long live, n_calls;
typedef union hdr { size_t n; long double align_; void *p_; } hdr;
static void *c_alloc(size_t n, void *u) {
    hdr *h = (hdr *)malloc(sizeof(hdr) + n);
    (void)u;
    n_calls++;
    if (!h) return NULL;
    h->n = n; live += (long long)n;
    return h + 1;
}
static void *c_realloc(void *p, size_t n, void *u) {
    hdr *h;
    if (!p) return c_alloc(n, u);
    n_calls++;
    h = (hdr *)p - 1;
    live -= (long long)h->n;
    h = (hdr *)realloc(h, sizeof(hdr) + n);
    if (!h) return NULL; /* (not exercised: the counts would be off) */
    h->n = n; live += (long long)n;
    return h + 1;
}
static void c_free(void *p, void *u) {
    hdr *h;
    (void)u;
    if (!p) return;
    n_calls++;
    h = (hdr *)p - 1;
    live -= (long long)h->n;
    free(h);
}
static ar_allocator AL = { c_alloc, c_realloc, c_free, NULL };

typedef struct cnt { int got, bad; } cnt;
static void on_ok(ar_client *c, const ar_reply *r, void *ud) {
    cnt *k = (cnt *)ud;
    (void)c;
    k->got++;
    if (r->err || r->type == AR_REPLY_ERROR) k->bad++;
}
typedef struct want { cnt *k; int n; } want;
static int got_all(void *a) { want *w = (want *)a; return w->k->got >= w->n; }

static ar_client *mk(int port) {
    ar_options o;
    const char *why = NULL;
    ar_client *c;
    memset(&o, 0, sizeof o);
    o.port = port;
    o.allocator = &AL;
    c = drv_client(&D, &o, &why);
    if (!c) th_diag("client: %s", why ? why : "?");
    return c;
}

/* the bytes one idle client holds: the struct and its strings */
static long long idle_size(void) { return (long long)sizeof(struct ar_client) + (long long)sizeof "127.0.0.1"; }

static void test_idle(drv_mode m) {
    ar_client *cs[NIDLE];
    long long l0 = live, per;
    cnt k;
    want w;
    int i, ok;
    memset(&k, 0, sizeof k);
    for (i = 0; i < NIDLE; i++) {
        cs[i] = mk(srv.port);
        if (!cs[i]) return;
        ar_command(cs[i], on_ok, &k, "PING");
    }
    w.k = &k; w.n = NIDLE;
    ok = drv_run_until(&D, got_all, &w, 20000);
    th_ok(ok && k.bad == 0, "%s: %d clients, each answered one PING", drv_names[m], NIDLE);
    per = (live - l0) / NIDLE;
    th_ok(per <= AR_TEST_IDLE_BOUND, "%s: idle client: %lld allocator bytes each (bound %d)", drv_names[m], per,
          AR_TEST_IDLE_BOUND);
    th_is_int(per, idle_size(), "%s: idle client: only the client itself is left (struct %zu + its host name)",
              drv_names[m], sizeof(struct ar_client));
    for (i = 0; i < NIDLE; i++) { ar_client_free(cs[i]); drv_forget(&D, cs[i]); }
    th_is_int(live, l0, "%s: the clients freed: every byte back", drv_names[m]);
}

static char big[1 << 20];

static int quiet_and_small(void *a) { return live - *(long long *)a <= idle_size(); }

static void test_burst(drv_mode m) {
    long long l0 = live, peak;
    ar_client *c;
    cnt k;
    want w;
    int i, ok;
    memset(&k, 0, sizeof k);
    memset(big, 'v', sizeof big);
    /* 2. a short burst: big buffers, back at once */
    c = mk(srv.port);
    if (!c) return;
    ar_command(c, on_ok, &k, "SET mem:big %b", big, sizeof big);
    ar_command(c, on_ok, &k, "GET mem:big");
    w.k = &k; w.n = 2;
    ok = drv_run_until(&D, got_all, &w, 20000);
    th_ok(ok && k.bad == 0, "%s: 1 MB SET and GET answered", drv_names[m]);
    th_is_int(live - l0, idle_size(), "%s: short burst: the 1 MB buffers are given back at its end", drv_names[m]);
    /* 3. a steady burst: kept while it runs, back after a quiet while */
    memset(&k, 0, sizeof k);
    for (i = 0; i < 2000; i++) {
        ar_command(c, on_ok, &k, "SET mem:%d %s", i, "0123456789abcdef0123456789abcdef");
        ar_command(c, on_ok, &k, "GET mem:%d", i);
    }
    w.n = 4000;
    ok = drv_run_until(&D, got_all, &w, 30000);
    peak = live - l0;
    th_ok(ok && k.bad == 0, "%s: 4,000 pipelined commands answered", drv_names[m]);
    th_ok(peak > 16 * idle_size(), "%s: steady burst: its buffers are kept at its end (%lld bytes)", drv_names[m], peak);
    ok = drv_run_until(&D, quiet_and_small, &l0, 20000);
    th_ok(ok, "%s: steady burst: quiet for a while, the buffers come back (%lld bytes left)", drv_names[m], live - l0);
    memset(&k, 0, sizeof k);
    ar_command(c, on_ok, &k, "GET mem:1999");
    w.n = 1;
    ok = drv_run_until(&D, got_all, &w, 20000);
    th_ok(ok && k.bad == 0, "%s: the client works after the trim", drv_names[m]);
    ar_client_free(c); drv_forget(&D, c);
    th_is_int(live, l0, "%s: freed: every byte back", drv_names[m]);
}

/* 4. one command at a time, from outside the callbacks */
static void test_steady(drv_mode m) {
    long long l0 = live, c0 = 0;
    ar_client *c = mk(srv.port);
    cnt k;
    want w;
    int i, ok = 1;
    if (!c) return;
    memset(&k, 0, sizeof k);
    w.k = &k;
    for (i = 0; i < 200 && ok; i++) {
        if (i == 2) c0 = n_calls;
        ar_command(c, on_ok, &k, "SET mem:steady:%d %s", i % 7, "value");
        w.n = i + 1;
        ok = drv_run_until(&D, got_all, &w, 20000);
    }
    th_ok(ok && k.bad == 0 && k.got == 200, "%s: 200 commands one at a time", drv_names[m]);
    th_is_int(n_calls - c0, 0, "%s: steady one at a time: no allocator call after the first two", drv_names[m]);
    ar_client_free(c); drv_forget(&D, c);
    th_is_int(live, l0, "%s: freed: every byte back", drv_names[m]);
}

/* 5. replies split where the lent buffer hands over */
typedef struct split { const char *name; char *a, *b; size_t alen; } split;
typedef struct got5 { int n, ok; const char *name; size_t bulk; } got5;
static void on_split(ar_client *c, const ar_reply *r, void *ud) {
    got5 *g = (got5 *)ud;
    size_t i;
    int ok = 1;
    (void)c;
    g->n++;
    if (g->n == 2) { if (r->err || r->type != AR_REPLY_STATUS) g->ok = 0; return; }
    if (g->bulk) {
        if (r->err || r->type != AR_REPLY_STRING || r->len != g->bulk || r->str[r->len] != 0) ok = 0;
        for (i = 0; ok && i < r->len; i++) if (r->str[i] != (char)('a' + i % 26)) ok = 0;
    } else { /* *2 [ *2 [ "hello world" , :42 ] , "tail" ] */
        ok = !r->err && r->type == AR_REPLY_ARRAY && r->elements == 2 &&
             r->element[0].type == AR_REPLY_ARRAY && r->element[0].elements == 2 &&
             r->element[0].element[0].type == AR_REPLY_STRING && r->element[0].element[0].len == 11 &&
             !memcmp(r->element[0].element[0].str, "hello world", 11) &&
             r->element[0].element[1].type == AR_REPLY_INTEGER && r->element[0].element[1].integer == 42 &&
             r->element[1].type == AR_REPLY_STRING && r->element[1].len == 4 && !memcmp(r->element[1].str, "tail", 4);
    }
    g->ok = ok;
}
static int got_two(void *a) { return ((got5 *)a)->n >= 2; }

static char *bulk_reply(size_t n) {
    char *s = (char *)malloc(n + 32);
    size_t h, i;
    if (!s) th_bail("out of memory");
    h = (size_t)sprintf(s, "$%zu\r\n", n);
    for (i = 0; i < n; i++) s[h + i] = (char)('a' + i % 26);
    memcpy(s + h + n, "\r\n", 3);
    return s;
}

static void test_split(drv_mode m) {
    static const size_t bulks[] = { 0, 3000, 10000, 200000 };
    enum { NCASE = 4 };
    fs_action acts[3 * NCASE];
    char *whole[NCASE], *second[NCASE];
    size_t cut[NCASE], i;
    int n = 0;
    fs_server fs;
    long long l0 = live;
    for (i = 0; i < NCASE; i++) {
        size_t len;
        whole[i] = bulks[i] ? bulk_reply(bulks[i]) : NULL;
        if (!whole[i]) {
            static const char nested[] = "*2\r\n*2\r\n$11\r\nhello world\r\n:42\r\n$4\r\ntail\r\n";
            whole[i] = (char *)malloc(sizeof nested);
            if (!whole[i]) th_bail("out of memory");
            memcpy(whole[i], nested, sizeof nested);
            cut[i] = 17; /* inside "hello world" */
        } else {
            cut[i] = strlen(whole[i]) / 2;
        }
        len = strlen(whole[i]);
        second[i] = (char *)malloc(len - cut[i] + 8);
        if (!second[i]) th_bail("out of memory");
        memcpy(second[i], whole[i] + cut[i], len - cut[i]);
        memcpy(second[i] + len - cut[i], "+OK\r\n", 6); /* and the second command's reply */
        acts[n++] = fs_reply_n(whole[i], cut[i]);
        acts[n++] = fs_reply_delayed(50, second[i]);
        if (i + 1 < NCASE) acts[n++] = fs_next_conn();
    }
    if (fs_start(&fs, acts, n) != 0) th_bail("cannot start the fault server");
    for (i = 0; i < NCASE; i++) {
        ar_client *c = mk(fs.port);
        got5 g;
        int ok;
        if (!c) break;
        memset(&g, 0, sizeof g);
        g.bulk = bulks[i];
        ar_command(c, on_split, &g, "GET split");
        ar_command(c, on_split, &g, "PING");
        ok = drv_run_until(&D, got_two, &g, 20000);
        th_ok(ok && g.ok, "%s: %s cut at byte %zu and resumed 50 ms later: intact", drv_names[m],
              bulks[i] ? (bulks[i] == 3000 ? "3 KB bulk" : bulks[i] == 10000 ? "10 KB bulk" : "200 KB bulk")
                       : "nested array", cut[i]);
        /* the first quiet point of a new client: its buffers go back */
        th_is_int(live - l0, idle_size(), "%s:   then the client holds only itself", drv_names[m]);
        ar_client_free(c); drv_forget(&D, c);
    }
    fs_stop(&fs);
    for (i = 0; i < NCASE; i++) { free(whole[i]); free(second[i]); }
}

static void one_mode(drv_mode m) {
    drv_init(&D, m);
    test_idle(m);
    test_burst(m);
    test_steady(m);
    test_split(m);
    drv_free(&D);
}

int main(void) {
    th_watchdog(300);
    if (th_server_start(&srv, NULL) != 0) th_bail("cannot start redis-server");
    one_mode(DRV_LOOP);
    one_mode(DRV_HOOKS);
    one_mode(DRV_PUMP);
    th_server_stop(&srv);
    return th_done();
}
