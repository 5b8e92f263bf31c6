/* tests/test_tick_resilience.c - the non-blocking proof (see test_tick.c)
   for the resilience machinery: a 10 ms timer on the built-in loop keeps
   ticking evenly (>= 80% of the expected ticks, no gap over 100 ms) during
     - a connect timeout against a connect that never completes (backlog
       full, connect_timeout_ms 300),
     - resolving host names ("localhost", and a name that does not exist),
     - reconnect backoff (the server killed; delays 50, 100, 200, ...),
     - a server stalled in the middle of a reply (request_timeout_ms 300).
   Each phase is its own window of at least 500 ms. Both backends (epoll and
   poll). Under valgrind (AR_TEST_VALGRIND=1) the timer ticks every 40 ms and
   the gap bound is 400 ms. */
#include "faultserver.h"
#define ASYNCREDIS_IMPLEMENTATION
#include "../asyncredis.h"

static th_server srv;
static long long ticks[8192];
static int nticks;
static long long tick_ms = 10, max_gap = 100;

static void tick_cb(ar_timer *t, void *ud) {
    (void)t; (void)ud;
    if (nticks < 8192) ticks[nticks++] = ar_now_ms();
}

typedef struct one { int calls; ar_err err; unsigned flags; ar_reply_type type; long long at; } one;
static void one_cb(ar_client *c, const ar_reply *r, void *ud) {
    one *x = (one *)ud;
    (void)c;
    x->calls++;
    x->err = r->err;
    x->flags = r->flags;
    x->type = r->type;
    x->at = ar_now_ms();
}

typedef struct evs { int connects, disconnects, reconnects; long long delay[64]; ar_err reason[64]; } evs;
static void ev_conn(ar_client *c, void *d) { (void)c; ((evs *)d)->connects++; }
static void ev_disc(ar_client *c, ar_err why, void *d) { evs *e = (evs *)d; (void)c; if (e->disconnects < 64) e->reason[e->disconnects] = why; e->disconnects++; }
static void ev_rec(ar_client *c, int n, long long dl, void *d) { evs *e = (evs *)d; (void)c; (void)n; if (e->reconnects < 64) e->delay[e->reconnects] = dl; e->reconnects++; }

static ar_options base(ar_loop *loop, int port, evs *e) {
    ar_options o;
    memset(&o, 0, sizeof o);
    memset(e, 0, sizeof *e);
    o.host = "127.0.0.1";
    o.port = port;
    o.loop = loop;
    o.on_connect = ev_conn;
    o.on_disconnect = ev_disc;
    o.on_reconnect = ev_rec;
    o.data = e;
    o.reconnect_jitter = -1;
    return o;
}

/* run the loop until done(arg) and at least 500 ms, at most 10 s; then check
   the ticks of this window */
static void window(ar_loop *loop, const char *what, int (*done)(void *), void *arg) {
    ar_timer t;
    long long start, end, gap, expected;
    double ratio;
    int k;
    nticks = 0;
    ar_timer_init(loop, &t);
    ar_timer_start(&t, tick_ms, tick_ms, tick_cb, NULL);
    start = ar_now_ms();
    while (ar_now_ms() < start + 500 || !done(arg)) {
        if (ar_now_ms() > start + 10000) break;
        ar_loop_run_once(loop, 50);
    }
    end = ar_now_ms();
    ar_timer_stop(&t);
    expected = (end - start) / tick_ms;
    ratio = expected ? (double)nticks / (double)expected : 0;
    gap = nticks ? ticks[0] - start : end - start;
    for (k = 1; k < nticks; k++) if (ticks[k] - ticks[k - 1] > gap) gap = ticks[k] - ticks[k - 1];
    th_ok(done(arg), "%s %s: finished within the window (%lld ms)", ar_loop_backend(loop), what, end - start);
    th_ok(ratio >= 0.8, "%s %s: timer ticked %d times, expected ~%lld (ratio %.2f)", ar_loop_backend(loop), what, nticks, expected, ratio);
    th_ok(gap <= max_gap, "%s %s: longest gap between ticks %lld ms (limit %lld)", ar_loop_backend(loop), what, gap, max_gap);
}

static int one_done(void *a) { return ((one *)a)->calls >= 1; }
static int two_done(void *a) { return ((one *)a)[0].calls >= 1 && ((one *)a)[1].calls >= 1; }
static int rec_ge4(void *a) { return ((evs *)a)->reconnects >= 4; }

int main(void) {
    int use_poll;
    fs_server bh, stall;
    fs_action sa[1];
    th_watchdog(180);
    if (getenv("AR_TEST_VALGRIND")) { tick_ms = 40; max_gap = 400; }
    if (th_server_start(&srv, NULL) != 0) th_bail("cannot start redis-server");
    if (fs_start_mode(&bh, FS_MODE_BLACKHOLE, NULL, 0) != 0) th_bail("fault server (blackhole)");
    sa[0] = fs_reply_stall("$10\r\nabc");
    if (fs_start(&stall, sa, 1) != 0) th_bail("fault server (stall)");

    for (use_poll = 0; use_poll < 2; use_poll++) {
        ar_loop_options lo;
        ar_loop *loop;
        ar_options o;
        ar_client *c;
        evs e;
        one p[2];
        long long t0;
        memset(&lo, 0, sizeof lo);
        lo.use_poll = use_poll;
        loop = ar_loop_new(&lo);

        /* 1. connect timeout: the connect never completes */
        memset(p, 0, sizeof p);
        o = base(loop, bh.port, &e);
        o.connect_timeout_ms = 300;
        o.no_reconnect = 1;
        o.request_timeout_ms = -1;
        t0 = ar_now_ms();
        c = ar_client_new(&o, NULL);
        ar_command(c, one_cb, &p[0], "PING");
        window(loop, "connect timeout", one_done, &p[0]);
        th_ok(p[0].calls == 1 && p[0].err == AR_ERR_TIMEOUT && p[0].at - t0 >= 290 && p[0].at - t0 < 2000,
              "%s connect timeout: AR_ERR_TIMEOUT after %lld ms", ar_loop_backend(loop), p[0].at - t0);
        ar_client_free(c);

        /* 2. host names: "localhost" connects; a missing name fails typed */
        memset(p, 0, sizeof p);
        o = base(loop, srv.port, &e);
        o.host = "localhost";
        c = ar_client_new(&o, NULL);
        ar_command(c, one_cb, &p[0], "PING");
        {
            evs e2;
            ar_options o2 = base(loop, srv.port, &e2);
            ar_client *c2;
            o2.host = "no-such-host.invalid";
            o2.resolve_timeout_ms = 500;
            o2.no_reconnect = 1;
            c2 = ar_client_new(&o2, NULL);
            ar_command(c2, one_cb, &p[1], "PING");
            window(loop, "resolve", two_done, p);
            th_ok(p[0].calls == 1 && p[0].err == AR_OK, "%s resolve: localhost -> PING answered (%s)", ar_loop_backend(loop), ar_strerror(p[0].err));
            th_ok(p[1].calls == 1 && (p[1].err == AR_ERR_RESOLVE || p[1].err == AR_ERR_TIMEOUT),
                  "%s resolve: missing name -> %s", ar_loop_backend(loop), ar_strerror(p[1].err));
            ar_client_free(c2);
        }

        /* 3. reconnect backoff while the server is down */
        th_server_kill(&srv);
        memset(p, 0, sizeof p);
        {
            evs e3;
            ar_options o3 = base(loop, srv.port, &e3);
            ar_client *c3;
            o3.reconnect_delay_ms = 50;
            o3.reconnect_delay_max_ms = 200;
            c3 = ar_client_new(&o3, NULL);
            window(loop, "reconnect backoff", rec_ge4, &e3);
            th_ok(e3.reconnects >= 4 && e3.delay[0] == 50 && e3.delay[1] == 100 && e3.delay[2] == 200 && e3.delay[3] == 200,
                  "%s reconnect backoff: %d attempts (50 100 200 200: %lld %lld %lld %lld)", ar_loop_backend(loop), e3.reconnects,
                  e3.delay[0], e3.delay[1], e3.delay[2], e3.delay[3]);
            ar_client_free(c3);
        }
        ar_client_free(c);    /* the localhost client was reconnecting too */
        if (th_server_restart(&srv) != 0) th_bail("cannot restart redis-server");

        /* 4. the server stalls in the middle of a reply */
        memset(p, 0, sizeof p);
        o = base(loop, stall.port, &e);
        o.request_timeout_ms = 300;
        o.no_reconnect = 1;
        c = ar_client_new(&o, NULL);
        t0 = ar_now_ms();
        ar_command(c, one_cb, &p[0], "GET k");
        window(loop, "stalled reply", one_done, &p[0]);
        th_ok(p[0].calls == 1 && p[0].err == AR_ERR_TIMEOUT && (p[0].flags & AR_REPLY_F_MAYBE_EXECUTED) && p[0].at - t0 >= 290 && p[0].at - t0 < 2000,
              "%s stalled reply: AR_ERR_TIMEOUT, maybe-executed, after %lld ms (%s)", ar_loop_backend(loop), p[0].at - t0, ar_strerror(p[0].err));
        th_ok(e.disconnects == 1 && e.reason[0] == AR_ERR_TIMEOUT, "%s stalled reply: connection reset (AR_ERR_TIMEOUT)", ar_loop_backend(loop));
        ar_client_free(c);
        ar_loop_free(loop);
    }
    fs_stop(&bh);
    fs_stop(&stall);
    th_server_stop(&srv);
    return th_done();
}
