/* tests/test_tick_resilience.c - the non-blocking proof (see test_tick.c and
   tests/tick.h) for the resilience machinery: a 10 ms timer on the built-in
   loop keeps ticking during
     - a connect that never completes (backlog full),
     - host-name lookups ("localhost", and a name that does not exist),
     - reconnect backoff (the server killed),
     - a server stalled in the middle of a reply.
   Each phase holds what a blocking call would wait for, for as long as the
   test wants: a connect with no timeout, lookups held at a gate in front of
   getaddrinfo (ASYNCREDIS_GETADDRINFO), a reconnect an hour away, a stalled
   reply with no request or read timeout. While held, the timer must tick 50
   times (tests/tick.h); a loop that blocked could not, until the test lets
   go. Beside each held client a second one runs the same path to its end
   with a short setting - connect_timeout_ms 300, resolve_timeout_ms 500,
   delays 50 100 200 200, request_timeout_ms 300 - whose outcome is checked
   (typed error, never before its time; how late is not measured). The
   library's own CPU time in one loop turn must stay under 100 ms. Nothing
   measures real time between ticks. Both backends (epoll and poll). */
#include "faultserver.h"
#include <netdb.h>

/* the gate in front of getaddrinfo: lookups wait while it is closed (at
   most 60 s, a safety net) */
typedef struct gate { volatile int closed; int inside, passed; } gate;
static gate G;
static int gated_getaddrinfo(const char *node, const char *service, const struct addrinfo *hints, struct addrinfo **res) {
    long long end = th_now_ms() + 60000;
    __sync_fetch_and_add(&G.inside, 1);
    while (__sync_fetch_and_add(&G.closed, 0) && th_now_ms() < end) th_sleep_ms(1);
    __sync_fetch_and_sub(&G.inside, 1);
    __sync_fetch_and_add(&G.passed, 1);
    return getaddrinfo(node, service, hints, res);
}
#define ASYNCREDIS_GETADDRINFO gated_getaddrinfo
#define ASYNCREDIS_FREEADDRINFO freeaddrinfo
#define ASYNCREDIS_IMPLEMENTATION
#include "../asyncredis.h"
#include "tick.h"

static th_server srv;

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

/* held and enough conditions of the phases */
typedef struct ph { ar_client *c; one *p; evs *e; ar_client *c2; one *p2; evs *e2; } ph;
static int h_connecting(void *a) { ph *h = (ph *)a; return h->p->calls == 0 && ar_client_state(h->c) == AR_STATE_CONNECTING; }
static int h_gate(void *a) { (void)a; return G.closed && __sync_fetch_and_add(&G.inside, 0) == 2 && G.passed == 0; }
static int h_hour(void *a) { ph *h = (ph *)a; return ar_client_state(h->c) == AR_STATE_RECONNECTING && h->e->reconnects == 1; }
static int h_stalled(void *a) { ph *h = (ph *)a; return h->p->calls == 0 && ar_client_state(h->c) == AR_STATE_CONNECTED; }
static int e_bh300(void *a) { return ((ph *)a)->p2->calls >= 1; }
static int e_rec4(void *a) { return ((ph *)a)->e2->reconnects >= 4; }
static int two_done(void *a) { return ((one *)a)[0].calls >= 1 && ((one *)a)[1].calls >= 1; }
static int inside2(void *a) { (void)a; return __sync_fetch_and_add(&G.inside, 0) >= 2; }
static int gate_out(void *a) { (void)a; return __sync_fetch_and_add(&G.passed, 0) >= 2; }

int main(void) {
    int use_poll;
    fs_server bh, stall;
    fs_action sa[1];
    th_watchdog(180);
    if (th_server_start(&srv, NULL) != 0) th_bail("cannot start redis-server");
    if (fs_start_mode(&bh, FS_MODE_BLACKHOLE, NULL, 0) != 0) th_bail("fault server (blackhole)");
    sa[0] = fs_reply_stall("$10\r\nabc");
    if (fs_start(&stall, sa, 1) != 0) th_bail("fault server (stall)");

    for (use_poll = 0; use_poll < 2; use_poll++) {
        ar_loop *loop = tk_begin(use_poll);
        const char *be = ar_loop_backend(loop);
        ar_options o;
        ar_client *c, *c2, *c_local;
        evs e, e2, el;
        one p[2];
        ph h;
        long long t0, n_stall;

        /* 1. a connect that never completes: held with no timeout; beside
           it one with connect_timeout_ms 300 */
        tk_phase("connect that never completes");
        memset(p, 0, sizeof p);
        o = base(loop, bh.port, &e);
        o.connect_timeout_ms = -1;
        o.no_reconnect = 1;
        o.request_timeout_ms = -1;
        c = ar_client_new(&o, NULL);
        ar_command(c, one_cb, &p[0], "PING");
        o = base(loop, bh.port, &e2);
        o.connect_timeout_ms = 300;
        o.no_reconnect = 1;
        o.request_timeout_ms = -1;
        t0 = ar_now_ms();
        c2 = ar_client_new(&o, NULL);
        ar_command(c2, one_cb, &p[1], "PING");
        h.c = c; h.p = &p[0]; h.e = &e; h.c2 = c2; h.p2 = &p[1]; h.e2 = &e2;
        th_ok(tk_window("connect", h_connecting, e_bh300, &h), "%s connect: the timer ticked %d times while a connect never completed", be, TK_TICKS);
        th_ok(p[1].calls == 1 && p[1].err == AR_ERR_TIMEOUT && p[1].at - t0 >= 300 && e2.disconnects == 1 && e2.reason[0] == AR_ERR_TIMEOUT,
              "%s connect timeout: AR_ERR_TIMEOUT, not before 300 ms (%s)", be, ar_strerror(p[1].err));
        ar_client_free(c2);
        ar_client_free(c);
        th_ok(p[0].calls == 1 && p[0].err == AR_ERR_CLOSED, "%s connect: the held one's command completed once when freed (%s)", be, ar_strerror(p[0].err));

        /* 2. host names, both lookups held at the gate: "localhost" then
           connects; a missing name fails typed */
        tk_phase("host-name lookups held");
        memset(p, 0, sizeof p);
        memset(&G, 0, sizeof G);
        G.closed = 1;
        o = base(loop, srv.port, &el);   /* lives on into phase 3: events of its own */
        o.host = "localhost";
        o.resolve_timeout_ms = 600000;
        o.request_timeout_ms = -1;
        c_local = ar_client_new(&o, NULL);
        ar_command(c_local, one_cb, &p[0], "PING");
        o = base(loop, srv.port, &e2);
        o.host = "no-such-host.invalid";
        o.resolve_timeout_ms = 500;
        o.no_reconnect = 1;
        c2 = ar_client_new(&o, NULL);
        ar_command(c2, one_cb, &p[1], "PING");
        tk_until(inside2, NULL);   /* both lookups have reached the gate */
        th_ok(tk_window("resolve", h_gate, NULL, NULL), "%s resolve: the timer ticked %d times while two lookups were held", be, TK_TICKS);
        __sync_lock_release(&G.closed);
        tk_until(two_done, p);
        th_ok(p[0].calls == 1 && p[0].err == AR_OK, "%s resolve: localhost -> PING answered (%s)", be, ar_strerror(p[0].err));
        th_ok(p[1].calls == 1 && (p[1].err == AR_ERR_RESOLVE || p[1].err == AR_ERR_TIMEOUT),
              "%s resolve: missing name -> %s", be, ar_strerror(p[1].err));
        ar_client_free(c2);
        tk_until(gate_out, NULL);  /* no lookup of this phase left behind */

        /* 3. reconnect backoff while the server is down: one client with a
           reconnect an hour away (held), one with delays 50 100 200 200 */
        tk_phase("reconnect backoff");
        th_server_kill(&srv);
        o = base(loop, srv.port, &e);
        o.reconnect_delay_ms = 3600000;
        o.reconnect_delay_max_ms = 3600000;
        c = ar_client_new(&o, NULL);
        o = base(loop, srv.port, &e2);
        o.reconnect_delay_ms = 50;
        o.reconnect_delay_max_ms = 200;
        c2 = ar_client_new(&o, NULL);
        {
            long long end = tk_real_ms() + TK_SAFETY_MS;
            while (e.reconnects < 1 && tk_real_ms() < end) tk_turn();   /* refused: the hour starts */
        }
        h.c = c; h.e = &e; h.c2 = c2; h.e2 = &e2;
        th_ok(tk_window("reconnect backoff", h_hour, e_rec4, &h), "%s reconnect backoff: the timer ticked %d times while a reconnect waited", be, TK_TICKS);
        th_ok(e2.reconnects >= 4 && e2.delay[0] == 50 && e2.delay[1] == 100 && e2.delay[2] == 200 && e2.delay[3] == 200,
              "%s reconnect backoff: %d attempts (50 100 200 200: %lld %lld %lld %lld)", be, e2.reconnects,
              e2.delay[0], e2.delay[1], e2.delay[2], e2.delay[3]);
        th_ok(e.reconnects == 1 && e.delay[0] == 3600000, "%s reconnect backoff: the other waits its hour (%d, %lld)", be, e.reconnects, e.delay[0]);
        ar_client_free(c2);
        ar_client_free(c);
        ar_client_free(c_local);    /* the localhost client was reconnecting too */
        if (th_server_restart(&srv) != 0) th_bail("cannot restart redis-server");

        /* 4. the server stalls in the middle of a reply: one client with no
           request or read timeout (held), one with request_timeout_ms 300 */
        tk_phase("stalled reply");
        n_stall = fs_commands_seen(&stall);
        memset(p, 0, sizeof p);
        o = base(loop, stall.port, &e);
        o.request_timeout_ms = -1;
        o.read_timeout_ms = -1;
        o.no_reconnect = 1;
        c = ar_client_new(&o, NULL);
        ar_command(c, one_cb, &p[0], "GET k");
        o = base(loop, stall.port, &e2);
        o.request_timeout_ms = 300;
        o.no_reconnect = 1;
        c2 = ar_client_new(&o, NULL);
        t0 = ar_now_ms();
        ar_command(c2, one_cb, &p[1], "GET k");
        {
            long long end = tk_real_ms() + TK_SAFETY_MS;
            while (fs_commands_seen(&stall) < n_stall + 2 && tk_real_ms() < end) tk_turn();   /* both asked; the replies stall */
        }
        h.c = c; h.p = &p[0]; h.c2 = c2; h.p2 = &p[1]; h.e2 = &e2;
        th_ok(tk_window("stalled reply", h_stalled, e_bh300, &h), "%s stalled reply: the timer ticked %d times while a reply stalled half-way", be, TK_TICKS);
        th_ok(p[1].calls == 1 && p[1].err == AR_ERR_TIMEOUT && (p[1].flags & AR_REPLY_F_MAYBE_EXECUTED) && p[1].at - t0 >= 300,
              "%s stalled reply: AR_ERR_TIMEOUT, maybe-executed, not before 300 ms (%s)", be, ar_strerror(p[1].err));
        th_ok(e2.disconnects == 1 && e2.reason[0] == AR_ERR_TIMEOUT, "%s stalled reply: connection reset (AR_ERR_TIMEOUT)", be);
        ar_client_free(c2);
        ar_client_free(c);
        th_ok(p[0].calls == 1 && p[0].err == AR_ERR_CLOSED, "%s stalled reply: the held one's command completed once when freed (%s)", be, ar_strerror(p[0].err));
        tk_check_work("connect, resolve, backoff, stalled reply");
        tk_end();
    }
    fs_stop(&bh);
    fs_stop(&stall);
    th_server_stop(&srv);
    return th_done();
}
