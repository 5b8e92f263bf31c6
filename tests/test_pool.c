/* tests/test_pool.c - the connection pool (ar_pool_*, manual section 14)
   against a real redis-server, under all three drive modes (built-in loop,
   foreign-loop hooks, pump), plus the fault server for a protocol error.

   What is judged (counts, order, states; never how long something took):
   - every accepted acquire, scoped use and pooled command completes its
     callback exactly once and never inside the call that started it
     (CALL() flags the calls; a callback inside one is a violation); a
     refused one returns its code and never calls back;
   - the pool never holds more than max connections: on_change samples the
     counters at every state change (in use + connecting, and in use + idle +
     connecting + cleaning); the server's CLIENT LIST agrees;
   - waiters are served in the order they came (FIFO), also 10,000 acquires
     by 2,000 concurrent users with max 8;
   - dirty detection from the connection's state machine (MULTI, WATCH, a
     changed db, blocked, commands in flight, lost, protocol error, closed by
     the user, subscribed (ar_subscribe); MONITOR refused) under both
     policies: destroy (a new connection, told by CLIENT ID) and cleanup (the
     same connection back, DISCARDed / UNWATCHed / SELECTed, or destroyed
     when the cleanup does not finish in time);
   - sizing (min kept warm, max), idle timeout, health checks (a connection
     killed while idle is replaced before the user sees it), exhaustion and
     the acquire timeout, a waiter whose deadline passes while its hand-off
     is in progress, the server restarted under load (the server's counter
     checked against the replies), the pool closed or freed from callbacks;
   - the tick test: a 10 ms timer keeps ticking while 2,000 users share 8
     connections and the connections are killed and reopened. */
#include "harness.h"
#include "faultserver.h"
#define ASYNCREDIS_IMPLEMENTATION
#include "../asyncredis_commands.h"
#include "drive.h"

#if defined(__SANITIZE_ADDRESS__)
#define POOL_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define POOL_ASAN 1
#endif
#endif
#ifndef POOL_ASAN
#define POOL_ASAN 0
#endif

static th_server srv;
static drv D;
static const char *M;
static int g_in_call, g_violations, g_valgrind;

#define CALL(rc, x) do { g_in_call++; (rc) = (x); g_in_call--; } while (0)
/* a short deadline a test wants to pass: longer under valgrind (~30x slower) */
#define SHORT(ms) (g_valgrind ? (ms) * 10 : (ms))

/* ------------------------------------------------------- the pool driven */
static ar_pool *P;
static long long g_ptimer = -1;     /* hooks mode: when the pool's timer is due */
static int g_freed;                 /* on_free calls */

typedef struct sampler { size_t max, max_active, max_busy, max_total; long samples; int over; } sampler;
static sampler S;

static void on_change(ar_pool *p, void *data) {
    ar_pool_stats st;
    (void)data;
    ar_pool_get_stats(p, &st);
    S.samples++;
    if (st.active > S.max_active) S.max_active = st.active;
    if (st.active + st.connecting > S.max_busy) S.max_busy = st.active + st.connecting;
    if (st.total > S.max_total) S.max_total = st.total;
    if (st.total != st.active + st.idle + st.connecting + st.cleaning || st.total > S.max) S.over++;
}
static void on_free(ar_pool *p, void *data) { (void)data; g_freed++; if (P == p) P = NULL; }

static void hk_set_timer(void *data, long long ms) { (void)data; g_ptimer = ms < 0 ? -1 : ar_now_ms() + ms; }

#define POOL_NAME "pooltest"

static void popts(ar_pool_options *o, int port, int max) {
    memset(o, 0, sizeof *o);
    o->client.host = "127.0.0.1";
    o->client.port = port;
    o->client.client_name = POOL_NAME;
    o->client.connect_timeout_ms = 2000;
    o->client.reconnect_delay_ms = 20;
    o->client.reconnect_delay_max_ms = 200;
    o->client.reconnect_jitter = -1;
    o->max = max;
    o->on_change = on_change;
    o->on_free = on_free;
    if (D.mode == DRV_LOOP) o->client.loop = D.loop;
    else if (D.mode == DRV_HOOKS) {
        o->client_hooks = drv_pool_client_hooks;
        o->client_made = drv_pool_client_made;
        o->data = &D;
        o->set_timer = hk_set_timer;
    }
}

static ar_pool *mkpool(ar_pool_options *o) {
    const char *why = NULL;
    memset(&S, 0, sizeof S);
    S.max = (size_t)(o->max ? o->max : 10);
    g_ptimer = -1;
    g_freed = 0;
    P = ar_pool_new(o, &why);
    if (!P) th_diag("%s: ar_pool_new: %s", M, why ? why : "?");
    return P;
}

/* one turn of whatever drives the pool (and the helper clients in D) */
static void turn(int ms) {
    if (D.mode == DRV_LOOP) { ar_loop_run_once(D.loop, ms); return; }
    if (D.mode == DRV_HOOKS) {
        if (g_ptimer >= 0) {
            long long t = g_ptimer - ar_now_ms();
            if (t < 0) t = 0;
            if (t < ms) ms = (int)t;
        }
        drv_turn(&D, ms);
        if (P && g_ptimer >= 0 && ar_now_ms() >= g_ptimer) { g_ptimer = -1; ar_pool_handle_timer(P); }
        return;
    }
    {
        long long r = P ? ar_pool_pump(P) : -1;
        if (r == -2) P = NULL;
        drv_turn(&D, r == 0 ? 0 : 1);
    }
}

static int run_until(int (*cond)(void *), void *arg, int ms) {
    long long end = ar_now_ms() + ms;
    while (!cond(arg)) {
        long long left = end - ar_now_ms();
        if (left <= 0) return 0;
        turn(left > 20 ? 20 : (int)left);
    }
    return 1;
}
static int c_never(void *a) { (void)a; return 0; }
static void run_for(int ms) { run_until(c_never, NULL, ms); }
static int c_freed(void *a) { (void)a; return g_freed > 0; }

static ar_pool_stats stats(void) { ar_pool_stats st; memset(&st, 0, sizeof st); if (P) ar_pool_get_stats(P, &st); return st; }

/* wait until a stats field reaches a value */
typedef struct w_st { int field; unsigned long long want; } w_st;
enum { F_IDLE, F_ACTIVE, F_TOTAL, F_WAITING, F_DESTROYED, F_CLEANUPS_OK, F_CONNFAIL, F_GONE_LOST, F_GONE_IDLE,
       F_GONE_CLEANUP };
static unsigned long long st_field(int f) {
    ar_pool_stats st = stats();
    switch (f) {
    case F_IDLE: return st.idle;
    case F_ACTIVE: return st.active;
    case F_TOTAL: return st.total;
    case F_WAITING: return st.waiting;
    case F_DESTROYED: return st.destroyed;
    case F_CLEANUPS_OK: return st.cleanups_ok;
    case F_CONNFAIL: return st.connect_failures;
    case F_GONE_LOST: return st.destroyed_by[AR_POOL_GONE_LOST];
    case F_GONE_IDLE: return st.destroyed_by[AR_POOL_GONE_IDLE];
    case F_GONE_CLEANUP: return st.destroyed_by[AR_POOL_GONE_CLEANUP];
    default: return 0;
    }
}
static int c_st(void *a) { w_st *w = (w_st *)a; return st_field(w->field) == w->want; }
static int c_st_ge(void *a) { w_st *w = (w_st *)a; return st_field(w->field) >= w->want; }
static int wait_st(int field, unsigned long long want, int ms) { w_st w; w.field = field; w.want = want; return run_until(c_st, &w, ms); }
static int wait_st_ge(int field, unsigned long long want, int ms) { w_st w; w.field = field; w.want = want; return run_until(c_st_ge, &w, ms); }

/* ---------------------------------------------------------- records */
typedef struct acq {
    int calls, order, release_now, close_now;
    ar_client *c;
    ar_err err;
} acq;
static int g_order;

static void acq_cb(ar_pool *p, ar_client *c, ar_err err, void *ud) {
    acq *a = (acq *)ud;
    if (g_in_call) g_violations++;
    a->calls++;
    if (a->calls > 1) return;
    a->order = ++g_order;
    a->c = c;
    a->err = err;
    if (a->close_now) ar_pool_close(p);
    if (a->release_now && c) ar_pool_release(p, c);
}
static int c_acq(void *a) { return ((acq *)a)->calls > 0; }

static acq *acquire_now(acq *a) {
    int rc;
    memset(a, 0, sizeof *a);
    CALL(rc, ar_pool_acquire(P, acq_cb, a));
    if (rc != AR_OK) { th_diag("%s: acquire refused: %s", M, ar_strerror(rc)); return NULL; }
    if (a->calls) g_violations++;
    if (!run_until(c_acq, a, 10000) || !a->c) { th_diag("%s: acquire: %s", M, a->calls ? ar_strerror(a->err) : "no callback"); return NULL; }
    return a;
}

typedef struct rr {
    int calls;
    ar_client *c;
    ar_err err;
    ar_reply_type type;
    unsigned flags;
    long long integer;
    size_t elements;
    char str[128];
} rr;
static void rr_cb(ar_client *c, const ar_reply *r, void *ud) {
    rr *x = (rr *)ud;
    if (g_in_call) g_violations++;
    x->calls++;
    if (x->calls > 1) return;
    x->c = c;
    x->err = r->err;
    x->type = r->type;
    x->flags = r->flags;
    x->integer = r->integer;
    x->elements = r->elements;
    snprintf(x->str, sizeof x->str, "%.*s", (int)(r->str ? (r->len < 127 ? r->len : 127) : 0), r->str ? r->str : "");
}
static int c_rr(void *a) { return ((rr *)a)->calls > 0; }

static int cmdw(ar_client *c, rr *x, const char *fmt, ...) {
    va_list ap;
    int rc;
    memset(x, 0, sizeof *x);
    va_start(ap, fmt);
    g_in_call++;
    rc = ar_vcommand(c, rr_cb, x, fmt, ap);
    g_in_call--;
    va_end(ap);
    if (rc != AR_OK) { x->err = (ar_err)rc; return 0; }
    return run_until(c_rr, x, 10000);
}
static long long client_id(ar_client *c) {
    rr x;
    if (!cmdw(c, &x, "CLIENT ID") || x.type != AR_REPLY_INTEGER) return -1;
    return x.integer;
}

/* ------------------------------------------------------ the raw oracle */
static long long raw_int(const char *a0, const char *a1, const char *a2, const char *a3) {
    const char *argv[4];
    char buf[4096];
    int argc = 0;
    long len;
    argv[argc++] = a0;
    if (a1) argv[argc++] = a1;
    if (a2) argv[argc++] = a2;
    if (a3) argv[argc++] = a3;
    len = th_raw_command(srv.port, buf, sizeof buf, argc, argv);
    if (len <= 0) return -1;
    if (buf[0] == ':') return atoll(buf + 1);
    if (buf[0] == '$' && buf[1] != '-') { char *v = strchr(buf, '\n'); return v ? atoll(v + 1) : -1; }
    if (buf[0] == '$' || buf[0] == '+') return 0;   /* nil, or +OK */
    return -1;
}
static int raw_exists(const char *key) { return (int)raw_int("EXISTS", key, NULL, NULL); }
static void raw_flush(void) { raw_int("FLUSHALL", NULL, NULL, NULL); }

/* connections on the server named name */
static int server_conns(const char *name) {
    static char buf[1 << 16];
    const char *argv[2] = { "CLIENT", "LIST" };
    char pat[64];
    const char *q;
    int n = 0;
    if (th_raw_command(srv.port, buf, sizeof buf, 2, argv) <= 0) return -1;
    snprintf(pat, sizeof pat, "name=%s ", name);
    for (q = buf; (q = strstr(q, pat)) != NULL; q++) n++;
    return n;
}
static long long info_field(const char *section, const char *field) {
    const char *argv[2];
    char buf[8192], pat[64];
    const char *q;
    argv[0] = "INFO"; argv[1] = section;
    if (th_raw_command(srv.port, buf, sizeof buf, 2, argv) <= 0) return -1;
    snprintf(pat, sizeof pat, "%s:", field);
    q = strstr(buf, pat);
    return q ? atoll(q + strlen(pat)) : -1;
}

static void endpool(void) {
    if (P) ar_pool_free(P);
    P = NULL;
}

/* ================================================================ tests */
static void t_basic(void) {
    ar_pool_options o;
    acq a1, a2, a3;
    rr x;
    int rc, dummy = 0;
    char key[16];
    ar_client *c;
    ar_pool_stats st;
    popts(&o, srv.port, 1);
    if (!mkpool(&o)) return;
    th_ok(stats().total == 0, "%s basic: min 0: no connection before the first acquire", M);
    memset(&a1, 0, sizeof a1);
    CALL(rc, ar_pool_acquire(P, acq_cb, &a1));
    th_ok(rc == AR_OK && a1.calls == 0, "%s basic: acquire accepted, callback not inside the call", M);
    th_ok(run_until(c_acq, &a1, 10000) && a1.err == AR_OK && a1.c && ar_client_state(a1.c) == AR_STATE_CONNECTED,
          "%s basic: the callback gets a connected client", M);
    c = a1.c;
    th_ok(cmdw(c, &x, "SET %s %s", "pool:basic", "v1") && x.type == AR_REPLY_STATUS, "%s basic: SET on it", M);
    th_is_int(ar_pool_dirty(P, c), 0, "%s basic: clean after its replies", M);
    st = stats();
    th_ok(st.active == 1 && st.idle == 0 && st.total == 1 && st.acquires == 1, "%s basic: stats: 1 active, 1 acquire", M);
    th_is_int(ar_pool_release(P, c), AR_OK, "%s basic: release", M);
    st = stats();
    th_ok(st.active == 0 && st.idle == 1 && st.destroyed == 0, "%s basic: released clean: idle 1, nothing destroyed", M);
    th_is_int(ar_pool_release(P, c), AR_ERR_INVALID, "%s basic: a second release is refused", M);
    th_is_int(ar_pool_release(P, (ar_client *)(void *)&dummy), AR_ERR_INVALID, "%s basic: a foreign pointer is refused", M);
    th_is_int(ar_pool_release(P, NULL), AR_ERR_INVALID, "%s basic: NULL is refused", M);
    th_is_int(ar_pool_acquire(P, NULL, NULL), AR_ERR_INVALID, "%s basic: acquire without a callback is refused", M);
    th_ok(acquire_now(&a2) && a2.c == c, "%s basic: the idle connection is reused", M);
    /* released from inside the acquire callback; a waiter behind it */
    memset(&a3, 0, sizeof a3);
    a3.release_now = 1;
    ar_pool_release(P, a2.c);
    CALL(rc, ar_pool_acquire(P, acq_cb, &a3));
    memset(&a2, 0, sizeof a2);
    CALL(rc, ar_pool_acquire(P, acq_cb, &a2));
    th_ok(run_until(c_acq, &a2, 10000) && a3.calls == 1 && a2.calls == 1 && a3.order < a2.order && a2.c == c,
          "%s basic: a release inside an acquire callback hands the connection to the next waiter", M);
    ar_pool_release(P, a2.c);
    /* pooled commands: straight to an idle connection, or copied while all are busy */
    memset(&x, 0, sizeof x);
    CALL(rc, ar_pool_command(P, rr_cb, &x, "GET %s", "pool:basic"));
    th_ok(rc == AR_OK && run_until(c_rr, &x, 10000) && x.type == AR_REPLY_STRING && !strcmp(x.str, "v1") && x.c == NULL,
          "%s basic: ar_pool_command on an idle connection: GET -> v1 (c NULL: not the caller's)", M);
    th_ok(stats().idle == 1 && stats().active == 0, "%s basic: the pooled command released its connection", M);
    CALL(rc, ar_pool_command(P, rr_cb, &x, "GET %q", "x"));
    th_is_int(rc, AR_ERR_FORMAT, "%s basic: a bad format is refused at the call", M);
    th_ok(acquire_now(&a1) != NULL, "%s basic: hold the only connection", M);
    snprintf(key, sizeof key, "pool:basic");
    memset(&x, 0, sizeof x);
    CALL(rc, ar_pool_command(P, rr_cb, &x, "GET %s", key));
    memcpy(key, "XXXX", 4);   /* the waiting command holds a copy */
    {
        const char *av[2] = { "GET", "pool:basic" };
        rr y;
        memset(&y, 0, sizeof y);
        CALL(rc, ar_pool_command_argv(P, rr_cb, &y, 2, av, NULL));
        th_ok(rc == AR_OK && stats().waiting == 2, "%s basic: two pooled commands wait (all connections in use)", M);
        CALL(rc, ar_pool_command(P, rr_cb, &y, "GET %q", "x"));
        th_is_int(rc, AR_ERR_FORMAT, "%s basic: a bad format is refused at the call while waiting too", M);
        th_ok(x.calls == 0, "%s basic: nothing runs while the connection is held", M);
        ar_pool_release(P, a1.c);
        th_ok(run_until(c_rr, &y, 10000) && x.calls == 1 && y.calls == 1 && !strcmp(x.str, "v1") && !strcmp(y.str, "v1"),
              "%s basic: after the release both ran, with the arguments of the call (copied)", M);
    }
    st = stats();
    th_ok(st.acquires == 8 && st.waits >= 3 && st.destroyed == 0 && st.total == 1 && S.over == 0 && S.max_total == 1,
          "%s basic: stats: %llu acquires, %llu waited, nothing destroyed, never above max (%ld samples)", M,
          st.acquires, st.waits, S.samples);
    ar_pool_close(P);
    th_ok(run_until(c_freed, NULL, 5000) && g_freed == 1 && P == NULL, "%s basic: a closed idle pool frees itself (on_free once)", M);
    P = NULL;
}

/* ------------------------------------------------- the scoped helper */
typedef struct scope_rec {
    int mode;                 /* what work does */
    int works, dones, status, second_done, release_rc, in_work;
    ar_pool_scope s;
    ar_client *c;
    rr r;
} scope_rec;

static void scope_reply(ar_client *c, const ar_reply *r, void *ud) {
    scope_rec *s = (scope_rec *)ud;
    (void)c; (void)r;
    s->r.calls++;
    if (s->mode == 2) {         /* fails later: done from a reply callback, then again */
        ar_pool_done(P, s->s, 42);
        s->second_done = ar_pool_done(P, s->s, 43);
    } else if (s->mode == 0) {
        ar_pool_done(P, s->s, 0);
    }
}
static int scope_work(ar_pool *p, ar_client *c, ar_pool_scope scope, void *ud) {
    scope_rec *s = (scope_rec *)ud;
    if (g_in_call) g_violations++;
    s->works++;
    s->s = scope;
    s->c = c;
    s->release_rc = ar_pool_release(p, c);
    switch (s->mode) {
    case 0: ar_command(c, scope_reply, s, "INCR %s", "pool:with"); return 0;       /* ends from the reply */
    case 1:                                                                      /* fails at once, in MULTI */
        ar_command(c, NULL, NULL, "MULTI");
        ar_command(c, NULL, NULL, "SET %s %s", "pool:with:tx", "x");
        return -7;
    case 2: ar_command(c, scope_reply, s, "GET %s", "pool:with"); return 0;
    case 3: ar_pool_done(p, scope, 5); return 9;                                 /* done, then a failure */
    default: return 0;
    }
}
static void scope_done(ar_pool *p, int status, void *ud) {
    scope_rec *s = (scope_rec *)ud;
    (void)p;
    if (g_in_call) g_violations++;
    s->dones++;
    s->status = status;
}
static int c_done(void *a) { return ((scope_rec *)a)->dones > 0; }

static void t_with(void) {
    ar_pool_options o;
    scope_rec s[4];
    int i, rc;
    long long id_before;
    acq a;
    popts(&o, srv.port, 1);
    if (!mkpool(&o)) return;
    raw_int("DEL", "pool:with", "pool:with:tx", NULL);
    for (i = 0; i < 4; i++) {
        memset(&s[i], 0, sizeof s[i]);
        s[i].mode = i;
        CALL(rc, ar_pool_with(P, scope_work, scope_done, &s[i]));
        if (rc != AR_OK) th_diag("%s with: refused %s", M, ar_strerror(rc));
    }
    for (i = 0; i < 4; i++) run_until(c_done, &s[i], 10000);
    run_for(50);
    th_ok(s[0].works == 1 && s[0].dones == 1 && s[0].status == 0 && s[0].r.calls == 1,
          "%s with: work ran once, ended from its reply, done once with 0", M);
    th_ok(s[0].release_rc == AR_ERR_INVALID, "%s with: ar_pool_release of a scoped connection is refused", M);
    th_ok(s[1].works == 1 && s[1].dones == 1 && s[1].status == -7,
          "%s with: work failing at once (non-zero return): done once with its status", M);
    th_ok(s[2].works == 1 && s[2].dones == 1 && s[2].status == 42 && s[2].second_done == AR_ERR_INVALID,
          "%s with: work failing later: done once with 42, the second ar_pool_done refused", M);
    th_ok(s[3].works == 1 && s[3].dones == 1 && s[3].status == 5,
          "%s with: done inside work, then a non-zero return: done once, with the first status", M);
    th_is_int(ar_pool_done(P, s[0].s, 1), AR_ERR_INVALID, "%s with: an ended scope is refused", M);
    th_is_int(ar_pool_done(P, 0, 1), AR_ERR_INVALID, "%s with: scope 0 is refused", M);
    th_ok(stats().destroyed_by[AR_POOL_GONE_DIRTY] == 1 && stats().released_dirty == 1,
          "%s with: the connection left in MULTI was destroyed (and only it)", M);
    th_is_int(raw_exists("pool:with:tx"), 0, "%s with: the SET queued in the abandoned MULTI never ran", M);
    th_is_int(raw_int("GET", "pool:with", NULL, NULL), 1, "%s with: the INCR ran once", M);
    th_ok(stats().active == 0 && S.over == 0 && S.max_total <= 1, "%s with: every connection back, never above max", M);
    /* the same connection id for scopes that end clean */
    if (acquire_now(&a)) {
        id_before = client_id(a.c);
        ar_pool_release(P, a.c);
        memset(&s[0], 0, sizeof s[0]);
        s[0].mode = 0;
        CALL(rc, ar_pool_with(P, scope_work, scope_done, &s[0]));
        run_until(c_done, &s[0], 10000);
        th_ok(s[0].c == a.c && ar_pool_dirty(P, a.c) == 0 && client_id(a.c) == id_before,
              "%s with: a clean scope leaves the connection to the next user", M);
    }
    endpool();
}

/* ------------------------------------------------------- sizing */
static void t_sizing(void) {
    ar_pool_options o;
    acq a[5];
    int i, rc, ok;
    popts(&o, srv.port, 3);
    o.min = 2;
    o.health_check = AR_POOL_CHECK_NEVER;
    if (!mkpool(&o)) return;
    th_ok(wait_st(F_IDLE, 2, 10000) && server_conns(POOL_NAME) == 2, "%s sizing: min 2: two connections opened and idle", M);
    ok = 1;
    for (i = 0; i < 5; i++) { memset(&a[i], 0, sizeof a[i]); CALL(rc, ar_pool_acquire(P, acq_cb, &a[i])); if (rc) ok = 0; }
    th_ok(ok, "%s sizing: 5 acquires accepted", M);
    run_until(c_acq, &a[2], 10000);
    run_for(50);
    ok = a[0].c && a[1].c && a[2].c && !a[3].calls && !a[4].calls && a[0].order < a[1].order && a[1].order < a[2].order;
    th_ok(ok, "%s sizing: max 3: three acquires served in order, two wait", M);
    th_ok(stats().total == 3 && stats().waiting == 2 && server_conns(POOL_NAME) == 3,
          "%s sizing: 3 connections on the server, 2 waiting", M);
    ar_pool_release(P, a[1].c);
    run_until(c_acq, &a[3], 10000);
    run_for(20);
    th_ok(a[3].c == a[1].c && a[4].calls == 0, "%s sizing: the released connection goes to the oldest waiter", M);
    ar_pool_release(P, a[0].c);
    th_ok(run_until(c_acq, &a[4], 10000) && a[4].c == a[0].c, "%s sizing: then to the next", M);
    ar_pool_release(P, a[2].c); ar_pool_release(P, a[3].c); ar_pool_release(P, a[4].c);
    th_ok(stats().idle == 3 && S.over == 0 && S.max_total == 3 && S.max_busy <= 3,
          "%s sizing: all back: 3 idle; at most 3 at any state change (%ld samples)", M, S.samples);
    endpool();
    run_for(20);
    th_ok(server_conns(POOL_NAME) == 0, "%s sizing: ar_pool_free closed every connection", M);
}

static void t_idle_timeout(void) {
    ar_pool_options o;
    acq a[4];
    int i;
    popts(&o, srv.port, 4);
    o.min = 1;
    o.idle_timeout_ms = 100;
    o.health_check = AR_POOL_CHECK_NEVER;
    if (!mkpool(&o)) return;
    for (i = 0; i < 4; i++) if (!acquire_now(&a[i])) break;
    for (i = 0; i < 4; i++) if (a[i].c) ar_pool_release(P, a[i].c);
    th_ok(wait_st(F_GONE_IDLE, 3, 10000) && wait_st(F_IDLE, 1, 1000) && stats().total == 1,
          "%s idle: idle connections beyond min closed after idle_timeout_ms (3 of 4)", M);
    run_for(150);
    th_ok(stats().total == 1 && server_conns(POOL_NAME) == 1, "%s idle: min 1 stays open", M);
    th_ok(acquire_now(&a[0]) && a[0].c == a[3].c, "%s idle: the one kept is the last released", M);
    endpool();
}

static void t_health(void) {
    ar_pool_options o;
    acq a;
    long long id1, id2;
    char num[24];
    popts(&o, srv.port, 2);
    o.min = 1;
    o.health_check = AR_POOL_CHECK_ALWAYS;
    if (!mkpool(&o)) return;
    wait_st(F_IDLE, 1, 10000);
    if (!acquire_now(&a)) { endpool(); return; }
    id1 = client_id(a.c);
    ar_pool_release(P, a.c);
    snprintf(num, sizeof num, "%lld", id1);
    th_ok(raw_int("CLIENT", "KILL", "ID", num) == 1, "%s health: the idle connection killed by CLIENT KILL", M);
    /* at once, before the loop could notice the EOF: the PING does */
    if (acquire_now(&a)) {
        id2 = client_id(a.c);
        th_ok(a.err == AR_OK && id2 > 0 && id2 != id1, "%s health: the user gets a working connection, not the killed one", M);
        th_ok(stats().health_checks >= 1 && stats().destroyed_by[AR_POOL_GONE_LOST] + stats().destroyed_by[AR_POOL_GONE_HEALTH] == 1,
              "%s health: the dead connection was found by the check and replaced", M);
        ar_pool_release(P, a.c);
    }
    endpool();
    /* no health check: a connection killed while idle is noticed by the loop (EOF) */
    popts(&o, srv.port, 2);
    o.min = 1;
    o.health_check = AR_POOL_CHECK_NEVER;
    if (!mkpool(&o)) return;
    wait_st(F_IDLE, 1, 10000);
    if (!acquire_now(&a)) { endpool(); return; }
    id1 = client_id(a.c);
    ar_pool_release(P, a.c);
    snprintf(num, sizeof num, "%lld", id1);
    raw_int("CLIENT", "KILL", "ID", num);
    th_ok(wait_st(F_GONE_LOST, 1, 10000) && wait_st(F_IDLE, 1, 10000),
          "%s health: killed while idle: noticed (EOF), destroyed, min 1 refilled", M);
    th_ok(acquire_now(&a) && client_id(a.c) != id1 && stats().health_checks == 0, "%s health: the new one is handed out", M);
    endpool();
}

static void t_exhaustion(void) {
    ar_pool_options o;
    acq a[2], w1, w2, t;
    rr x;
    int rc;
    popts(&o, srv.port, 2);
    o.min = 2;                     /* open before the short acquire timeout matters */
    o.acquire_timeout_ms = SHORT(200);
    o.max_waiters = 1;
    o.health_check = AR_POOL_CHECK_NEVER;
    if (!mkpool(&o)) return;
    wait_st(F_IDLE, 2, 10000);
    if (!acquire_now(&a[0]) || !acquire_now(&a[1])) { endpool(); return; }
    memset(&t, 0, sizeof t);
    CALL(rc, ar_pool_acquire(P, acq_cb, &t));
    th_ok(rc == AR_OK && run_until(c_acq, &t, 10000) && t.err == AR_ERR_TIMEOUT && t.c == NULL,
          "%s exhaustion: an acquire with nothing free ends with AR_ERR_TIMEOUT", M);
    memset(&x, 0, sizeof x);
    CALL(rc, ar_pool_command(P, rr_cb, &x, "PING"));
    th_ok(rc == AR_OK && run_until(c_rr, &x, 10000) && x.err == AR_ERR_TIMEOUT && x.c == NULL,
          "%s exhaustion: a pooled command too (its callback gets c NULL)", M);
    memset(&w1, 0, sizeof w1); memset(&w2, 0, sizeof w2);
    CALL(rc, ar_pool_acquire(P, acq_cb, &w1));
    th_is_int(rc, AR_OK, "%s exhaustion: one waiter accepted (max_waiters 1)", M);
    CALL(rc, ar_pool_acquire(P, acq_cb, &w2));
    th_is_int(rc, AR_ERR_QUEUE_FULL, "%s exhaustion: the next is refused: AR_ERR_QUEUE_FULL", M);
    ar_pool_release(P, a[0].c);
    th_ok(run_until(c_acq, &w1, 10000) && w1.c == a[0].c, "%s exhaustion: a release serves the waiter", M);
    run_for(SHORT(300));
    th_ok(t.calls == 1 && x.calls == 1 && w1.calls == 1 && w2.calls == 0 && stats().timeouts == 2,
          "%s exhaustion: each exactly once (2 timeouts counted)", M);
    ar_pool_release(P, w1.c);
    ar_pool_release(P, a[1].c);
    endpool();
}

/* the waiter's deadline passes while its claimed connection is being
   checked: the hand-off goes through, it does not time out */
static void t_handoff_deadline(void) {
    ar_pool_options o;
    acq a, w;
    int rc;
    long long until;
    popts(&o, srv.port, 1);
    o.min = 1;
    o.acquire_timeout_ms = SHORT(150);
    o.health_check = AR_POOL_CHECK_ALWAYS;
    o.health_timeout_ms = 60000;
    if (!mkpool(&o)) return;
    wait_st(F_IDLE, 1, 10000);
    if (!acquire_now(&a)) { endpool(); return; }
    memset(&w, 0, sizeof w);
    CALL(rc, ar_pool_acquire(P, acq_cb, &w));
    th_is_int(rc, AR_OK, "%s hand-off: a waiter behind the held connection", M);
    th_server_sigstop(&srv);
    ar_pool_release(P, a.c);           /* claimed for w, PING sent, no answer */
    until = ar_now_ms() + SHORT(400);  /* past w's deadline */
    while (ar_now_ms() < until) turn(20);
    th_ok(w.calls == 0 && stats().active == 1 && stats().waiting == 0,
          "%s hand-off: the waiter's deadline passed during its hand-off: still claimed, no timeout", M);
    th_server_sigcont(&srv);
    th_ok(run_until(c_acq, &w, 10000) && w.err == AR_OK && w.c == a.c && stats().timeouts == 0,
          "%s hand-off: after the check it gets the connection, exactly once", M);
    run_for(50);
    th_ok(w.calls == 1, "%s hand-off: no second callback", M);
    ar_pool_release(P, w.c);
    endpool();
}

/* the connection claimed for a waiter dies before the waiter's callback:
   the waiter goes back to its place and gets a new connection, once */
static void t_handed_lost(void) {
    ar_pool_options o;
    acq a, w;
    int rc;
    long long id, until;
    unsigned long long g0;
    char num[24];
    ar_client *c;
    popts(&o, srv.port, 1);
    o.health_check = AR_POOL_CHECK_NEVER;
    if (!mkpool(&o)) return;
    if (!acquire_now(&a)) { endpool(); return; }
    c = a.c;
    id = client_id(c);
    memset(&w, 0, sizeof w);
    CALL(rc, ar_pool_acquire(P, acq_cb, &w));
    ar_pool_release(P, c);   /* claimed for w; its callback is due on the next turn */
    th_ok(rc == AR_OK && w.calls == 0 && stats().active == 1 && stats().waiting == 0,
          "%s handed: released with a waiter: claimed for it (in use 1, waiting 0)", M);
    snprintf(num, sizeof num, "%lld", id);
    raw_int("CLIENT", "KILL", "ID", num);
    g0 = stats().destroyed_by[AR_POOL_GONE_LOST];
    until = ar_now_ms() + 5000;
    /* only its read handler, before any pool turn: the EOF is seen first */
    while (stats().destroyed_by[AR_POOL_GONE_LOST] == g0 && ar_now_ms() < until) {
        ar_handle_read(c);
        if (stats().destroyed_by[AR_POOL_GONE_LOST] == g0) th_sleep_ms(1);
    }
    th_ok(stats().destroyed_by[AR_POOL_GONE_LOST] == g0 + 1 && w.calls == 0 && stats().waiting + stats().connecting == 2 &&
          stats().total == 1,
          "%s handed: it died before the callback: destroyed, the waiter back in the queue, a new connection on its way", M);
    th_ok(run_until(c_acq, &w, 10000) && w.err == AR_OK && w.c && client_id(w.c) != id,
          "%s handed: the waiter gets a new connection", M);
    run_for(20);
    th_ok(w.calls == 1 && S.over == 0 && S.max_total == 1, "%s handed: exactly once; never above max 1", M);
    if (w.c) ar_pool_release(P, w.c);
    endpool();
}

/* ------------------------------------------------------------ stress */
typedef struct stress {
    int n, users, issued, completed, replies, errors, bad_order, dup, in_call_cb;
    int *calls;               /* per acquire */
    int next_deliver;         /* acquires are delivered in call order */
    int use_cmd;              /* ar_pool_command instead of acquire/INCR/release */
} stress;
static stress G;

typedef struct stress_ctx { int idx; } stress_ctx;
static stress_ctx *g_ctx;

static void stress_issue(void);
static void stress_reply(ar_client *c, const ar_reply *r, void *ud) {
    stress_ctx *x = (stress_ctx *)ud;
    if (g_in_call) G.in_call_cb++;
    if (r->err || r->type != AR_REPLY_INTEGER) G.errors++;
    else G.replies++;
    if (G.use_cmd) {
        if (++G.calls[x->idx] > 1) G.dup++;
        G.completed++;
    } else {
        ar_pool_release(P, c);
    }
    stress_issue();
}
static void stress_acq(ar_pool *p, ar_client *c, ar_err err, void *ud) {
    stress_ctx *x = (stress_ctx *)ud;
    int rc;
    (void)p;
    if (g_in_call) G.in_call_cb++;
    if (++G.calls[x->idx] > 1) { G.dup++; return; }
    if (x->idx != G.next_deliver) G.bad_order++;
    G.next_deliver = x->idx + 1;
    G.completed++;
    if (err || !c) { G.errors++; stress_issue(); return; }
    rc = ar_command(c, stress_reply, x, "INCR %s", "pool:stress");
    if (rc != AR_OK) { G.errors++; ar_pool_release(P, c); stress_issue(); }
}
static void stress_issue(void) {
    int rc, i;
    if (G.issued >= G.n) return;
    i = G.issued++;
    g_ctx[i].idx = i;
    g_in_call++;
    rc = G.use_cmd ? ar_pool_command(P, stress_reply, &g_ctx[i], "INCR %s", "pool:stress")
                   : ar_pool_acquire(P, stress_acq, &g_ctx[i]);
    g_in_call--;
    if (rc != AR_OK) { G.errors++; G.completed++; G.calls[i]++; }
}
static int c_stress(void *a) { (void)a; return G.completed >= G.n && (G.use_cmd || G.replies + G.errors >= G.n); }

static void t_stress(int use_cmd) {
    ar_pool_options o;
    int i, n = g_valgrind ? 1000 : 10000, users = g_valgrind ? 200 : 2000, ok;
    ar_pool_stats st;
    const char *what = use_cmd ? "pooled commands" : "acquires";
    popts(&o, srv.port, 8);
    o.health_check = AR_POOL_CHECK_NEVER;
    o.acquire_timeout_ms = -1;
    o.max_waiters = 4096;
    if (!mkpool(&o)) return;
    raw_int("DEL", "pool:stress", NULL, NULL);
    memset(&G, 0, sizeof G);
    G.n = n; G.users = users; G.use_cmd = use_cmd;
    G.calls = (int *)calloc((size_t)n, sizeof(int));
    g_ctx = (stress_ctx *)calloc((size_t)n, sizeof(stress_ctx));
    for (i = 0; i < users; i++) stress_issue();
    th_ok(stats().waiting + stats().active <= (size_t)users && stats().total <= 8,
          "%s stress %s: %d users started, %zu waiting", M, what, users, stats().waiting);
    ok = run_until(c_stress, NULL, 120000);
    st = stats();
    th_ok(ok, "%s stress %s: %d completed (%d replies, %d errors)", M, what, G.completed, G.replies, G.errors);
    {
        int once = 1;
        for (i = 0; i < n; i++) if (G.calls[i] != 1) once = 0;
        th_ok(once && G.dup == 0 && G.errors == 0, "%s stress %s: every one completed exactly once, no errors", M, what);
    }
    if (!use_cmd) th_ok(G.bad_order == 0, "%s stress acquires: waiters served in the order they came", M);
    th_ok(G.in_call_cb == 0, "%s stress %s: no callback inside the call that started it", M, what);
    th_ok(S.over == 0 && S.max_total <= 8 && S.max_busy <= 8 && st.peak_total <= 8,
          "%s stress %s: never above max 8 (%ld state changes sampled: in use <= %zu, in use + connecting <= %zu, total <= %zu)",
          M, what, S.samples, S.max_active, S.max_busy, S.max_total);
    th_is_int(raw_int("GET", "pool:stress", NULL, NULL), n, "%s stress %s: the server counted %d INCRs", M, what, n);
    th_ok(st.acquires == (unsigned long long)n && st.destroyed == 0 && st.created == 8,
          "%s stress %s: %llu hand-offs over 8 connections, none destroyed", M, what, st.acquires);
    th_diag("%s stress %s: %d by %d users, max 8: peak in use %zu, %llu waited, wait max %lld ms, mean %.2f ms",
            M, what, n, users, st.peak_active, st.waits, st.wait_max_ms,
            st.acquires ? (double)st.wait_total_ms / (double)st.acquires : 0.0);
    free(G.calls);
    free(g_ctx);
    endpool();
}

/* ------------------------------------------------------------ dirty */
typedef struct dctx { int policy; const char *pn; } dctx;

/* acquire, run fn to dirty it, release; then judge destroy vs cleanup */
static ar_client *dirty_acquire(long long *id) {
    acq a;
    if (!acquire_now(&a)) return NULL;
    *id = client_id(a.c);
    return a.c;
}
static unsigned long long destroyed_dirty(void) { return stats().destroyed_by[AR_POOL_GONE_DIRTY]; }

/* after a release: the next acquire's connection id (a new one when destroyed) */
static long long next_id(ar_client **cp) {
    acq a;
    if (!acquire_now(&a)) return -1;
    *cp = a.c;
    return client_id(a.c);
}

static void t_dirty_cleanable(int policy) {
    ar_pool_options o;
    const char *pn = policy == AR_POOL_CLEANUP ? "cleanup" : "destroy";
    ar_client *c, *c2;
    long long id, id2;
    unsigned long long d0, ok0;
    rr x;
    int k;
    popts(&o, srv.port, 2);
    o.on_dirty = policy;
    o.health_check = AR_POOL_CHECK_NEVER;
    if (!mkpool(&o)) return;
    raw_int("DEL", "pool:dm:multi", "pool:dm:w", "pool:dm:w2");
    for (k = 0; k < 3; k++) {
        static const char *const names[3] = { "MULTI", "WATCH", "SELECT" };
        unsigned want = k == 0 ? AR_MODE_MULTI : k == 1 ? AR_MODE_WATCH : AR_POOL_DIRTY_DB;
        if (!(c = dirty_acquire(&id))) break;
        if (k == 0) { cmdw(c, &x, "MULTI"); cmdw(c, &x, "SET %s %s", "pool:dm:multi", "x"); }
        else if (k == 1) cmdw(c, &x, "WATCH %s", "pool:dm:w");
        else cmdw(c, &x, "SELECT %d", 3);
        th_is_int(ar_pool_dirty(P, c), want, "%s dirty %s %s: ar_pool_dirty names exactly that", M, pn, names[k]);
        d0 = destroyed_dirty();
        ok0 = stats().cleanups_ok;
        ar_pool_release(P, c);
        if (policy == AR_POOL_DESTROY) {
            th_ok(destroyed_dirty() == d0 + 1, "%s dirty destroy %s: destroyed at the release", M, names[k]);
            id2 = next_id(&c2);
            th_ok(id2 > 0 && id2 != id, "%s dirty destroy %s: the next user gets a new connection", M, names[k]);
        } else {
            th_ok(wait_st(F_CLEANUPS_OK, ok0 + 1, 10000) && destroyed_dirty() == d0,
                  "%s dirty cleanup %s: cleaned up, not destroyed", M, names[k]);
            id2 = next_id(&c2);
            th_ok(id2 == id && c2 == c && ar_pool_dirty(P, c2) == 0 && ar_client_modes(c2) == 0,
                  "%s dirty cleanup %s: the same connection comes back clean", M, names[k]);
        }
        if (!c2) break;
        if (k == 0) {
            th_ok(cmdw(c2, &x, "SET %s %s", "pool:dm:after", "1") && x.type == AR_REPLY_STATUS && !strcmp(x.str, "OK") &&
                  raw_exists("pool:dm:multi") == 0,
                  "%s dirty %s MULTI: the abandoned transaction never ran; the next command runs outside one", M, pn);
        } else if (k == 1) {
            rr e;
            raw_int("SET", "pool:dm:w", "changed", NULL);
            cmdw(c2, &x, "MULTI");
            cmdw(c2, &x, "SET %s %s", "pool:dm:w2", "1");
            th_ok(cmdw(c2, &e, "EXEC") && e.type == AR_REPLY_ARRAY && raw_exists("pool:dm:w2") == 1,
                  "%s dirty %s WATCH: the next user's transaction is not aborted by the old WATCH", M, pn);
        } else {
            raw_int("DEL", "pool:dm:db", NULL, NULL);
            cmdw(c2, &x, "SET %s %s", "pool:dm:db", "1");
            th_ok(raw_exists("pool:dm:db") == 1, "%s dirty %s SELECT: the next user writes to db 0 again", M, pn);
        }
        ar_pool_release(P, c2);
    }
    th_ok(S.over == 0, "%s dirty %s: never above max", M, pn);
    endpool();
}

static int g_sub_msgs;
static void sub_msg(ar_client *c, ar_sub *s, const ar_message *m, void *ud) { (void)c; (void)s; (void)m; (void)ud; g_sub_msgs++; }

static void t_dirty_destroyed(int policy) {
    ar_pool_options o;
    const char *pn = policy == AR_POOL_CLEANUP ? "cleanup" : "destroy";
    ar_client *c, *c2;
    long long id;
    unsigned long long d0;
    unsigned bits;
    rr x, bl;
    char num[24];
    int rc;
    popts(&o, srv.port, 2);
    o.on_dirty = policy;
    o.health_check = AR_POOL_CHECK_NEVER;
    if (!mkpool(&o)) return;
    /* blocked: BLPOP in flight */
    if ((c = dirty_acquire(&id)) != NULL) {
        memset(&bl, 0, sizeof bl);
        CALL(rc, ar_command(c, rr_cb, &bl, "BLPOP %s %d", "pool:dm:q", 0));
        run_until(c_never, NULL, 50);
        bits = ar_pool_dirty(P, c);
        th_ok((bits & AR_MODE_BLOCKED) && (bits & AR_POOL_DIRTY_INFLIGHT), "%s dirty %s BLOCKED: blocked and in flight (0x%x)", M, pn, bits);
        d0 = destroyed_dirty();
        ar_pool_release(P, c);
        th_ok(destroyed_dirty() == d0 + 1 && stats().cleaning == 0, "%s dirty %s BLOCKED: destroyed (never cleaned up)", M, pn);
        th_ok(run_until(c_rr, &bl, 5000) && bl.calls == 1 && bl.err == AR_ERR_CLOSED,
              "%s dirty %s BLOCKED: the BLPOP completes once, AR_ERR_CLOSED", M, pn);
        run_for(50);
        th_is_int(info_field("clients", "blocked_clients"), 0, "%s dirty %s BLOCKED: the server has no blocked client left", M, pn);
    }
    /* commands in flight */
    if ((c = dirty_acquire(&id)) != NULL) {
        memset(&bl, 0, sizeof bl);
        CALL(rc, ar_command(c, rr_cb, &bl, "GET %s", "pool:dm:x"));
        th_is_int(ar_pool_dirty(P, c), AR_POOL_DIRTY_INFLIGHT, "%s dirty %s INFLIGHT: a GET owed", M, pn);
        d0 = destroyed_dirty();
        ar_pool_release(P, c);
        th_ok(destroyed_dirty() == d0 + 1 && run_until(c_rr, &bl, 5000) && bl.calls == 1 && bl.err == AR_ERR_CLOSED,
              "%s dirty %s INFLIGHT: destroyed; the GET completes once with AR_ERR_CLOSED", M, pn);
    }
    /* lost while acquired: the server killed it */
    if ((c = dirty_acquire(&id)) != NULL) {
        snprintf(num, sizeof num, "%lld", id);
        raw_int("CLIENT", "KILL", "ID", num);
        run_until(c_never, NULL, 0);
        {
            long long end = ar_now_ms() + 5000;
            while (!(ar_pool_dirty(P, c) & AR_POOL_DIRTY_LOST) && ar_now_ms() < end) turn(10);
        }
        bits = ar_pool_dirty(P, c);
        th_ok(bits & AR_POOL_DIRTY_LOST, "%s dirty %s LOST: the loss while acquired is seen (0x%x)", M, pn, bits);
        d0 = destroyed_dirty();
        ar_pool_release(P, c);
        th_ok(destroyed_dirty() == d0 + 1, "%s dirty %s LOST: destroyed, even if it reconnected meanwhile", M, pn);
        {
            long long id2 = next_id(&c2);
            th_ok(id2 > 0 && id2 != id, "%s dirty %s LOST: the next user gets a new connection", M, pn);
        }
        if (c2) ar_pool_release(P, c2);
    }
    /* closed by the user: ar_client_close, then release */
    if ((c = dirty_acquire(&id)) != NULL) {
        ar_client_close(c);
        bits = ar_pool_dirty(P, c);
        th_ok(bits & AR_POOL_DIRTY_STATE, "%s dirty %s closed: a closing connection is dirty (0x%x)", M, pn, bits);
        d0 = destroyed_dirty();
        th_ok(ar_pool_release(P, c) == AR_OK && destroyed_dirty() == d0 + 1, "%s dirty %s closed: destroyed at the release", M, pn);
    }
    /* freed by the user: the pool lets go of it */
    if ((c = dirty_acquire(&id)) != NULL) {
        d0 = stats().destroyed_by[AR_POOL_GONE_LOST];
        ar_client_free(c);
        run_for(20);
        th_ok(stats().destroyed_by[AR_POOL_GONE_LOST] == d0 + 1 && stats().active == 0,
              "%s dirty %s freed by the user: the pool forgets it", M, pn);
        th_is_int(ar_pool_release(P, c), AR_ERR_INVALID, "%s dirty %s freed by the user: its release is refused", M, pn);
    }
    /* MONITOR is refused by the client: the connection stays clean */
    if ((c = dirty_acquire(&id)) != NULL) {
        CALL(rc, ar_command(c, rr_cb, &x, "MONITOR"));
        th_ok(rc == AR_ERR_MODE && ar_pool_dirty(P, c) == 0, "%s dirty %s MONITOR: refused at the call, clean", M, pn);
        /* a name change: the client does not track CLIENT SETNAME (manual 14) */
        cmdw(c, &x, "CLIENT SETNAME %s", "renamed");
        th_ok(x.type == AR_REPLY_STATUS && ar_pool_dirty(P, c) == 0,
              "%s dirty %s SETNAME: not tracked by the client: not dirty (documented)", M, pn);
        cmdw(c, &x, "CLIENT SETNAME %s", POOL_NAME);
        /* pub/sub: a subscribed connection is dirty for good (never cleaned up) */
        CALL(rc, ar_command(c, rr_cb, &bl, "SUBSCRIBE %s", "pool:dm:ch"));
        th_ok(rc == AR_ERR_MODE && ar_pool_dirty(P, c) == 0, "%s dirty %s SUBSCRIBED: raw SUBSCRIBE refused at the call, clean", M, pn);
        {
            const char *chans[1] = { "pool:dm:ch" };
            ar_sub *sub = NULL;
            unsigned long long c0 = stats().cleanups;
            memset(&bl, 0, sizeof bl);
            CALL(rc, ar_subscribe(c, AR_SUB_CHANNEL, 1, chans, NULL, sub_msg, rr_cb, &bl, &sub));
            th_ok(rc == AR_OK && run_until(c_rr, &bl, 5000) && bl.type == AR_REPLY_INTEGER,
                  "%s dirty %s SUBSCRIBED: ar_subscribe on a pooled connection, confirmed", M, pn);
            bits = ar_pool_dirty(P, c);
            th_is_int(bits, AR_MODE_SUBSCRIBED, "%s dirty %s SUBSCRIBED: ar_pool_dirty says subscribed", M, pn);
            th_is_int(raw_int("PUBLISH", "pool:dm:ch", "m", NULL), 1, "%s dirty %s SUBSCRIBED: the server has the subscriber", M, pn);
            d0 = destroyed_dirty();
            ar_pool_release(P, c);
            th_ok(destroyed_dirty() == d0 + 1 && stats().cleanups == c0 && stats().idle + stats().active == 0,
                  "%s dirty %s SUBSCRIBED: destroyed, never cleaned up, never idle", M, pn);
            run_for(20);
            th_is_int(raw_int("PUBLISH", "pool:dm:ch", "m", NULL), 0, "%s dirty %s SUBSCRIBED: no subscriber left on the server", M, pn);
        }
    }
    th_ok(S.over == 0 && stats().active == 0, "%s dirty %s: all back, never above max", M, pn);
    endpool();
}

/* cleanup that cannot finish in time: destroyed */
static void t_cleanup_timeout(void) {
    ar_pool_options o;
    ar_client *c;
    long long id;
    rr x;
    unsigned long long g0;
    popts(&o, srv.port, 2);
    o.on_dirty = AR_POOL_CLEANUP;
    o.cleanup_timeout_ms = SHORT(150);
    o.health_check = AR_POOL_CHECK_NEVER;
    if (!mkpool(&o)) return;
    if ((c = dirty_acquire(&id)) == NULL) { endpool(); return; }
    cmdw(c, &x, "MULTI");
    g0 = stats().destroyed_by[AR_POOL_GONE_CLEANUP];
    th_server_sigstop(&srv);
    ar_pool_release(P, c);
    th_ok(stats().cleaning == 1, "%s cleanup timeout: cleaning (DISCARD sent, the server stopped)", M);
    th_ok(wait_st(F_GONE_CLEANUP, g0 + 1, 10000) && stats().cleaning == 0 && stats().cleanups_ok == 0,
          "%s cleanup timeout: no answer within cleanup_timeout_ms: destroyed", M);
    th_server_sigcont(&srv);
    endpool();
}

/* protocol error while acquired (the fault server answers garbage) */
static void t_protocol(int policy) {
    ar_pool_options o;
    fs_action acts[1];
    fs_server f;
    acq a;
    rr x;
    unsigned bits;
    const char *pn = policy == AR_POOL_CLEANUP ? "cleanup" : "destroy";
    acts[0] = fs_reply("?bad\r\n");
    if (fs_start(&f, acts, 1) != 0) { th_ok(0, "fault server"); return; }
    popts(&o, f.port, 1);
    o.client.client_name = NULL;   /* no setup: the first command is the user's */
    o.on_dirty = policy;
    o.health_check = AR_POOL_CHECK_NEVER;
    if (mkpool(&o) && acquire_now(&a)) {
        cmdw(a.c, &x, "GET %s", "k");
        bits = ar_pool_dirty(P, a.c);
        th_ok(x.err == AR_ERR_PROTOCOL && (bits & AR_POOL_DIRTY_LOST),
              "%s dirty %s protocol error: the reply broke the protocol, the connection was reset (0x%x)", M, pn, bits);
        ar_pool_release(P, a.c);
        th_ok(stats().destroyed_by[AR_POOL_GONE_DIRTY] == 1 && stats().cleanups == 0,
              "%s dirty %s protocol error: destroyed, never cleaned up", M, pn);
    }
    endpool();
    fs_stop(&f);
}

/* ---------------------------------------------- restart under load */
typedef struct rs_op { int calls; int ok; int maybe; int after; } rs_op;
static rs_op *R;
static int R_n, R_issued, R_done, R_phase;   /* phase: 0 before the kill, 1 down, 2 after the restart */
static int R_bad_err;

static void rs_issue(void);
static void rs_cmd_cb(ar_client *c, const ar_reply *r, void *ud) {
    rs_op *x = (rs_op *)ud;
    (void)c;
    if (g_in_call) g_violations++;
    if (++x->calls > 1) return;
    R_done++;
    x->after = R_phase == 2;
    if (!r->err && r->type == AR_REPLY_INTEGER) x->ok = 1;
    else {
        x->maybe = (r->flags & AR_REPLY_F_MAYBE_EXECUTED) != 0;
        switch (r->err) {
        case AR_ERR_CONNECT: case AR_ERR_EOF: case AR_ERR_IO: case AR_ERR_TIMEOUT: case AR_ERR_CLOSED:
        case AR_ERR_DISCONNECTED: break;
        default: R_bad_err++; th_diag("%s restart: unexpected %s: %s", M, ar_strerror(r->err), r->str); break;
        }
    }
    rs_issue();
}
static void rs_acq_reply(ar_client *c, const ar_reply *r, void *ud) {
    rs_cmd_cb(c, r, ud);
    ar_pool_release(P, c);
}
static void rs_acq_cb(ar_pool *p, ar_client *c, ar_err err, void *ud) {
    rs_op *x = (rs_op *)ud;
    (void)p;
    if (g_in_call) g_violations++;
    if (err || !c) {
        ar_reply r;
        memset(&r, 0, sizeof r);
        r.err = err; r.str = ar_strerror(err); r.len = strlen(r.str);
        rs_cmd_cb(NULL, &r, ud);
        return;
    }
    if (ar_command(c, rs_acq_reply, x, "INCR %s", "pool:rs") != AR_OK) {
        ar_reply r;
        memset(&r, 0, sizeof r);
        r.err = AR_ERR_DISCONNECTED; r.str = "refused"; r.len = 7;
        ar_pool_release(P, c);
        rs_cmd_cb(NULL, &r, ud);
    }
}
static void rs_issue(void) {
    int i, rc;
    if (R_issued >= R_n) return;
    i = R_issued++;
    g_in_call++;
    rc = (i & 1) ? ar_pool_command(P, rs_cmd_cb, &R[i], "INCR %s", "pool:rs") : ar_pool_acquire(P, rs_acq_cb, &R[i]);
    g_in_call--;
    if (rc != AR_OK) { R[i].calls++; R_done++; R_bad_err++; th_diag("%s restart: refused %s", M, ar_strerror(rc)); }
}
static int c_rs(void *a) { return R_done >= *(int *)a; }

static void t_restart(void) {
    ar_pool_options o;
    int i, users = 50, target, once = 1, errs = 0, ok_after = 0, maybe_after = 0, last_ok = 1;
    long long counter;
    ar_pool_stats st;
    R_n = g_valgrind ? 600 : 3000;
    R = (rs_op *)calloc((size_t)R_n, sizeof(rs_op));
    R_issued = R_done = R_phase = R_bad_err = 0;
    popts(&o, srv.port, 8);
    o.acquire_timeout_ms = 2000;
    o.health_check = AR_POOL_CHECK_NEVER;
    o.client.request_timeout_ms = 2000;
    if (!mkpool(&o)) { free(R); return; }
    for (i = 0; i < users; i++) rs_issue();
    target = R_n / 5;
    i = run_until(c_rs, &target, 30000);
    th_ok(i, "%s restart: load running (%d done)", M, R_done);
    th_server_kill(&srv);
    R_phase = 1;
    i = wait_st_ge(F_CONNFAIL, 3, 30000);
    th_ok(i, "%s restart: server down: connects fail (%llu), the pool backs off", M, stats().connect_failures);
    if (th_server_restart(&srv) != 0) th_bail("cannot restart redis-server");
    R_phase = 2;
    target = R_n;
    i = run_until(c_rs, &target, 60000);
    th_ok(i, "%s restart: all %d operations completed (%d)", M, R_n, R_done);
    run_for(50);
    for (i = 0; i < R_n; i++) {
        if (R[i].calls != 1) once = 0;
        if (!R[i].ok) errs++;
        if (R[i].after && R[i].ok) ok_after++;
        if (R[i].after && !R[i].ok && R[i].maybe) maybe_after++;
    }
    for (i = R_n - 100; i < R_n; i++) if (!R[i].ok) last_ok = 0;
    st = stats();
    th_ok(once && R_bad_err == 0 && g_violations == 0,
          "%s restart: every operation completed exactly once, with a reply or a typed loss (%d errors)", M, errs);
    th_ok(errs > 0 && last_ok && ok_after > R_n / 2, "%s restart: errors while down; after the restart they succeed again (%d)", M, ok_after);
    counter = raw_int("GET", "pool:rs", NULL, NULL);
    th_ok(counter >= ok_after && counter <= ok_after + maybe_after,
          "%s restart: the new server counted %lld INCRs: the %d answered after the restart (+ %d maybe executed)", M,
          counter, ok_after, maybe_after);
    th_ok(S.over == 0 && S.max_total <= 8 && st.destroyed > 0 && st.created > 8,
          "%s restart: never above max 8; %llu connections replaced (lost %llu, dirty %llu, connect %llu)", M,
          st.destroyed, st.destroyed_by[AR_POOL_GONE_LOST], st.destroyed_by[AR_POOL_GONE_DIRTY],
          st.destroyed_by[AR_POOL_GONE_CONNECT]);
    free(R);
    R = NULL;
    endpool();
}

/* ------------------------------------------- closed / freed from callbacks */
static void t_close_from_callback(void) {
    ar_pool_options o;
    acq a, w[3], late;
    rr x;
    scope_rec s;
    int i, rc;
    popts(&o, srv.port, 1);
    o.health_check = AR_POOL_CHECK_NEVER;
    if (!mkpool(&o)) return;
    memset(&a, 0, sizeof a);
    a.close_now = 1;
    CALL(rc, ar_pool_acquire(P, acq_cb, &a));
    for (i = 0; i < 3; i++) { memset(&w[i], 0, sizeof w[i]); CALL(rc, ar_pool_acquire(P, acq_cb, &w[i])); }
    memset(&x, 0, sizeof x);
    CALL(rc, ar_pool_command(P, rr_cb, &x, "PING"));
    memset(&s, 0, sizeof s);
    s.mode = 0;
    CALL(rc, ar_pool_with(P, scope_work, scope_done, &s));
    th_is_int(rc, AR_OK, "%s close: 6 acquires, a pooled command and a scope accepted", M);
    th_ok(run_until(c_acq, &a, 10000) && a.c && run_until(c_acq, &w[2], 5000) && run_until(c_done, &s, 5000) &&
          run_until(c_rr, &x, 5000),
          "%s close: closed from an acquire callback: everything completes", M);
    th_ok(w[0].err == AR_ERR_CLOSED && w[1].err == AR_ERR_CLOSED && w[2].err == AR_ERR_CLOSED && x.err == AR_ERR_CLOSED &&
          x.c == NULL && s.dones == 1 && s.works == 0 && s.status == AR_ERR_CLOSED,
          "%s close: waiters, a pooled command and a scope fail with AR_ERR_CLOSED", M);
    memset(&late, 0, sizeof late);
    th_is_int(ar_pool_acquire(P, acq_cb, &late), AR_ERR_CLOSED, "%s close: a new acquire is refused", M);
    th_ok(P != NULL && g_freed == 0 && stats().active == 1, "%s close: the pool lives while a connection is out", M);
    ar_pool_release(P, a.c);
    th_ok(run_until(c_freed, NULL, 5000), "%s close: released: the connection closes, the pool frees itself", M);
    run_for(20);
    th_ok(w[0].calls == 1 && w[1].calls == 1 && w[2].calls == 1 && x.calls == 1 && s.dones == 1 && late.calls == 0 &&
          g_freed == 1, "%s close: each exactly once", M);
    th_ok(server_conns(POOL_NAME) == 0, "%s close: no connection left on the server", M);
}

static void free_in_cmd(ar_client *c, const ar_reply *r, void *ud) {
    rr_cb(c, r, ud);
    ar_pool_free(P);
}
static void t_free_from_callback(void) {
    ar_pool_options o;
    acq held, w;
    rr x, y;
    int rc;
    popts(&o, srv.port, 2);
    o.health_check = AR_POOL_CHECK_NEVER;
    if (!mkpool(&o)) return;
    if (!acquire_now(&held)) { endpool(); return; }
    /* the pooled command's callback (a client callback) frees the pool;
       an acquire waits behind it (max 2: held + the command's) */
    memset(&x, 0, sizeof x); memset(&y, 0, sizeof y); memset(&w, 0, sizeof w);
    CALL(rc, ar_pool_command(P, free_in_cmd, &x, "PING"));
    CALL(rc, ar_pool_acquire(P, acq_cb, &w));
    CALL(rc, ar_pool_command(P, rr_cb, &y, "PING"));
    th_is_int(rc, AR_OK, "%s free: a pooled command, an acquire and another command accepted", M);
    th_ok(run_until(c_freed, NULL, 10000), "%s free: ar_pool_free from a pooled command's callback", M);
    run_for(20);
    th_ok(x.calls == 1 && x.type == AR_REPLY_STATUS && w.calls == 1 && w.err == AR_ERR_CLOSED && y.calls == 1 &&
          y.err == AR_ERR_CLOSED && held.calls == 1 && g_freed == 1,
          "%s free: the command got its reply; the rest AR_ERR_CLOSED, each once; on_free once", M);
    run_for(20);
    th_ok(server_conns(POOL_NAME) == 0, "%s free: no connection left on the server", M);
    /* from outside, with things pending: all complete inside ar_pool_free */
    popts(&o, srv.port, 1);
    if (!mkpool(&o)) return;
    if (!acquire_now(&held)) { endpool(); return; }
    memset(&w, 0, sizeof w); memset(&x, 0, sizeof x);
    CALL(rc, ar_pool_acquire(P, acq_cb, &w));
    CALL(rc, ar_pool_command(P, rr_cb, &x, "PING"));
    (void)rc;
    ar_pool_free(P);
    th_ok(w.calls == 1 && w.err == AR_ERR_CLOSED && x.calls == 1 && x.err == AR_ERR_CLOSED && g_freed == 1 && P == NULL,
          "%s free: from outside: pending work completes inside ar_pool_free, memory released at once", M);
}

/* ------------------------------------------------------------ options */
static void t_options(void) {
    ar_pool_options o;
    const char *why = NULL;
    ar_hooks h;
    int ok;
    popts(&o, srv.port, 2);
    o.min = 3;
    why = NULL;
    ok = ar_pool_new(&o, &why) == NULL && why && strstr(why, "min");
    th_ok(ok, "%s options: min > max refused (%s)", M, why ? why : "");
    popts(&o, srv.port, -1);
    th_ok(ar_pool_new(&o, &why) == NULL, "%s options: max < 0 refused", M);
    popts(&o, srv.port, 2);
    memset(&h, 0, sizeof h);
    o.client.hooks = &h;
    why = NULL;
    ok = ar_pool_new(&o, &why) == NULL && why && strstr(why, "client_hooks");
    th_ok(ok, "%s options: client.hooks refused: %s", M, why ? why : "");
    popts(&o, srv.port, 2);
    o.on_dirty = 7;
    th_ok(ar_pool_new(&o, &why) == NULL, "%s options: bad on_dirty refused", M);
    popts(&o, srv.port, 2);
    o.client.uri = "redis://127.0.0.1:1/x";
    why = NULL;
    ok = ar_pool_new(&o, &why) == NULL;
    th_ok(ok, "%s options: a bad URI refused (%s)", M, why ? why : "");
}

/* the URI, db and key prefix pass through to every connection */
static void t_passthrough(void) {
    ar_pool_options o;
    char uri[128];
    acq a;
    rr x;
    popts(&o, 0, 2);
    snprintf(uri, sizeof uri, "redis://127.0.0.1:%d/2?name=%s", srv.port, "pooluri");
    o.client.host = NULL; o.client.port = 0; o.client.client_name = NULL;
    o.client.uri = uri;
    o.on_dirty = AR_POOL_CLEANUP;
    if (!mkpool(&o)) return;
    if (acquire_now(&a)) {
        cmdw(a.c, &x, "SET %s %s", "pool:uri", "1");
        th_ok(raw_int("SELECT", "2", NULL, NULL) == 0 && server_conns("pooluri") == 1,
              "%s passthrough: the URI's host, port and name reach the connection", M);
        th_is_int(ar_pool_dirty(P, a.c), 0, "%s passthrough: db 2 from the URI is the pool's db (clean)", M);
        cmdw(a.c, &x, "SELECT %d", 0);
        th_is_int(ar_pool_dirty(P, a.c), AR_POOL_DIRTY_DB, "%s passthrough: SELECT 0 moves it off the pool's db 2", M);
        ar_pool_release(P, a.c);
        wait_st(F_CLEANUPS_OK, 1, 10000);
        if (acquire_now(&a)) {
            cmdw(a.c, &x, "EXISTS %s", "pool:uri");
            th_ok(x.integer == 1 && ar_pool_dirty(P, a.c) == 0, "%s passthrough: cleanup SELECTs db 2 again", M);
            ar_pool_release(P, a.c);
        }
    }
    endpool();
    /* key_prefix: applied on every connection; a command it cannot
       prefix is refused at the call, also when it would have to wait */
    popts(&o, srv.port, 1);
    o.client.key_prefix = "pp:";
    o.client.prefixer = ar_cmdtab_prefix_argv;
    if (!mkpool(&o)) return;
    {
        int rc;
        memset(&x, 0, sizeof x);
        CALL(rc, ar_pool_command(P, rr_cb, &x, "SET %s %s", "k", "v"));
        th_ok(rc == AR_OK && run_until(c_rr, &x, 10000) && x.type == AR_REPLY_STATUS && raw_exists("pp:k") == 1,
              "%s passthrough: key_prefix reaches the pooled command's keys", M);
        CALL(rc, ar_pool_command(P, rr_cb, &x, "DEBUG %s %s", "SLEEP", "0"));
        th_is_int(rc, AR_ERR_PREFIX, "%s passthrough: an unprefixable command is refused at the call (idle connection)", M);
        if (acquire_now(&a)) {
            const char *av[3] = { "DEBUG", "SLEEP", "0" };
            CALL(rc, ar_pool_command_argv(P, rr_cb, &x, 3, av, NULL));
            th_ok(rc == AR_ERR_PREFIX && stats().waiting == 0,
                  "%s passthrough: and while every connection is busy (nothing queued)", M);
            ar_pool_release(P, a.c);
        }
        run_for(20);
        th_is_int(x.calls, 1, "%s passthrough: the refused commands never call back", M);
    }
    endpool();
}

/* ------------------------------------------------------------ tick */
static long long ticks[8192];
static int nticks;
static void tick_cb(ar_timer *t, void *ud) { (void)t; (void)ud; if (nticks < 8192) ticks[nticks++] = ar_now_ms(); }

typedef struct tk { long long until; int done, errs, issued, kills; ar_client *killer; } tk;
static tk K;
static void tk_issue(void);
static void tk_reply(ar_client *c, const ar_reply *r, void *ud) {
    (void)ud;
    if (r->err || r->type != AR_REPLY_INTEGER) K.errs++;
    ar_pool_release(P, c);
    K.done++;
    tk_issue();
}
static void tk_acq(ar_pool *p, ar_client *c, ar_err err, void *ud) {
    (void)p;
    if (err || !c) { K.errs++; K.done++; tk_issue(); return; }
    if (ar_command(c, tk_reply, ud, "INCR %s", "pool:tick") != AR_OK) { K.errs++; ar_pool_release(P, c); K.done++; tk_issue(); }
}
static void tk_issue(void) {
    if (ar_now_ms() >= K.until) return;
    K.issued++;
    if (ar_pool_acquire(P, tk_acq, NULL) != AR_OK) K.errs++;
}
static void tk_killed(ar_client *c, const ar_reply *r, void *ud) { (void)c; (void)ud; if (r->type == AR_REPLY_INTEGER) K.kills += (int)r->integer; }
static int c_tk_done(void *a) { (void)a; return K.issued > 0 && K.done >= K.issued && stats().active == 0; }

static void t_tick(void) {
    int attempt, users = g_valgrind ? 200 : 2000, tick_ms = g_valgrind ? 40 : 10, timing_ok = 0;
    long long max_gap = g_valgrind ? 400 : POOL_ASAN ? 250 : 100, start = 0, end = 0, gap = 0, expected = 0;
    double ratio = 0;
    int first = 0;
    for (attempt = 1; attempt <= 3 && !timing_ok; attempt++) {
        ar_pool_options o;
        ar_options ko;
        ar_timer t;
        const char *why;
        int i, k, kill_sent = 0;
        popts(&o, srv.port, 8);
        o.health_check = AR_POOL_CHECK_NEVER;
        o.acquire_timeout_ms = -1;
        o.max_waiters = 4096;
        o.client.client_name = "pooltick";
        if (!mkpool(&o)) return;
        memset(&K, 0, sizeof K);
        memset(&ko, 0, sizeof ko);
        ko.host = "127.0.0.1"; ko.port = srv.port; ko.loop = D.loop;
        K.killer = ar_client_new(&ko, &why);
        nticks = 0;
        ar_timer_init(D.loop, &t);
        start = ar_now_ms();
        K.until = start + 600;
        ar_timer_start(&t, tick_ms, tick_ms, tick_cb, NULL);
        for (i = 0; i < users; i++) tk_issue();
        while (ar_now_ms() < K.until) {
            if (!kill_sent && ar_now_ms() >= start + 200) {   /* every pool connection killed: reconnects under load */
                ar_command(K.killer, tk_killed, NULL, "CLIENT KILL TYPE normal SKIPME yes");
                kill_sent = 1;
            }
            ar_loop_run_once(D.loop, 50);
        }
        end = ar_now_ms();
        ar_timer_stop(&t);
        run_until(c_tk_done, NULL, 30000);
        expected = (end - start) / tick_ms;
        ratio = expected ? (double)nticks / (double)expected : 0;
        first = 0;
        for (k = 0; k < nticks; k++) if (ticks[k] < start + (end - start) / 2) first++;
        gap = nticks ? ticks[0] - start : end - start;
        for (k = 1; k < nticks; k++) if (ticks[k] - ticks[k - 1] > gap) gap = ticks[k] - ticks[k - 1];
        timing_ok = ratio > 0.8 && nticks >= 10 && first > nticks * 3 / 10 && first < nticks * 7 / 10 && gap <= max_gap;
        th_note("tick attempt %d: %d ticks in %lld ms (ratio %.2f), longest gap %lld ms, %d acquires, %d kills, %d errors",
                attempt, nticks, end - start, ratio, gap, K.issued, K.kills, K.errs);
        if (attempt == 3 || timing_ok) {
            ar_pool_stats st = stats();
            th_ok(K.done == K.issued && K.issued > users && S.over == 0, "tick: %d acquires by %d users on 8 connections, each completed, never above max",
                  K.issued, users);
            th_ok(K.kills >= 1 && st.created > 8, "tick: the connections were killed and reopened under load (%d killed, %llu opened)",
                  K.kills, st.created);
            th_ok(ratio > 0.8, "tick: timer ticked %d times, expected ~%lld (ratio %.2f)", nticks, expected, ratio);
            th_ok(nticks >= 10 && first > nticks * 3 / 10 && first < nticks * 7 / 10, "tick: evenly spread (%d of %d in the first half)", first, nticks);
            th_ok(gap <= max_gap, "tick: longest gap %lld ms (limit %lld)", gap, max_gap);
        }
        ar_client_free(K.killer);
        endpool();
    }
}

/* ------------------------------------------------------------ main */
static void run_mode(drv_mode m) {
    drv_init(&D, m);
    M = drv_names[m];
    raw_flush();
    t_basic();
    t_with();
    t_sizing();
    t_idle_timeout();
    t_health();
    t_exhaustion();
    t_handoff_deadline();
    t_handed_lost();
    t_stress(0);
    t_stress(1);
    t_dirty_cleanable(AR_POOL_DESTROY);
    t_dirty_cleanable(AR_POOL_CLEANUP);
    t_dirty_destroyed(AR_POOL_DESTROY);
    t_dirty_destroyed(AR_POOL_CLEANUP);
    t_cleanup_timeout();
    t_protocol(AR_POOL_DESTROY);
    t_protocol(AR_POOL_CLEANUP);
    t_close_from_callback();
    t_free_from_callback();
    t_options();
    t_passthrough();
    t_restart();
    if (m == DRV_LOOP) t_tick();
    endpool();
    drv_free(&D);
}

int main(void) {
    (void)drv_run_until; (void)drv_forget; (void)drv_client;
    th_watchdog(900);
    g_valgrind = getenv("AR_TEST_VALGRIND") != NULL;
    if (th_server_start(&srv, NULL) != 0) th_bail("cannot start redis-server");
    run_mode(DRV_LOOP);
    run_mode(DRV_HOOKS);
    run_mode(DRV_PUMP);
    th_is_int(g_violations, 0, "no callback ever ran inside the pool call that started it");
    th_server_stop(&srv);
    return th_done();
}
