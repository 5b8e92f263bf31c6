/* tests/test_tick.c - the non-blocking proof (seed 001, "Implementation
   Methodology"): a 10 ms timer on the built-in loop keeps ticking while the
   same loop runs
     - a stream of small commands (batches of 200 SET/GET, chained from
       callbacks),
     - a 64 MB SET and GET of the same value on a second client (4 MB under
       valgrind, where everything is ~30x slower). The SET uses AR_CMD_NOCOPY:
       a copying submission must copy 64 MB inside the caller's own call, and
       on this kind of VM first-touch page faults make that ~180 ms, a stall
       the library cannot hide; zero copy is the way to submit huge values
       from a loop,
     - a client connecting to a listener that never accepts (the command it
       queued stays pending), one whose connect never completes (backlog
       full), and one of those with connect_timeout_ms 300, which must time
       out.
   How it is judged (tests/tick.h): first everything a blocking call would
   wait for is held - the 64 MB SET goes to a redis-server stopped with
   SIGSTOP, so its bytes back up; the never-accepting listener never
   answers; the blackhole connect never completes - and while all of that is
   held the timer must tick 50 times and 10 batches of small commands must
   be answered. A loop that blocked on a write, a read or a connect could not
   do that until the test lets go (it would hang until the watchdog). Then
   the server continues and the 64 MB value must be set and read back
   intact. Throughout, the library's own CPU time in one loop turn
   (excluding the wait in epoll/poll and the test's own 64 MB compare) must
   stay under 100 ms (250 under AddressSanitizer, 400 under valgrind): a
   turn that copied or parsed the whole value at once would break that on
   any machine. Nothing measures real time between ticks, so a busy machine
   that deschedules the test cannot fail it, and nothing is measured twice.
   Runs both backends (epoll and poll). */
#include "faultserver.h"
#define ASYNCREDIS_IMPLEMENTATION
#include "../asyncredis.h"
#include "tick.h"

static th_server srv, srvb;

typedef struct work { ar_client *c; int stop, batches, answered, replies, errors, inbatch; } work;
static void small_cb(ar_client *c, const ar_reply *r, void *ud);
static void small_batch(work *w) {
    int i;
    w->inbatch = 200;
    for (i = 0; i < 100; i++) {
        ar_command(w->c, small_cb, w, "SET tick:%d %d", i, i);
        ar_command(w->c, small_cb, w, "GET tick:%d", i);
    }
    w->batches++;
}
static void small_cb(ar_client *c, const ar_reply *r, void *ud) {
    work *w = (work *)ud;
    (void)c;
    w->replies++;
    if (r->err || r->type == AR_REPLY_ERROR) w->errors++;
    if (--w->inbatch == 0) {
        w->answered++;
        if (!w->stop) small_batch(w);
    }
}

typedef struct big { int set_ok, get_ok, set_done, done; size_t n; const char *v; } big;
static void big_set_cb(ar_client *c, const ar_reply *r, void *ud) {
    big *b = (big *)ud; (void)c;
    b->set_ok = r->type == AR_REPLY_STATUS;
    b->set_done = 1;
}
static void big_get_cb(ar_client *c, const ar_reply *r, void *ud) {
    big *b = (big *)ud;
    long long c0 = tk_cpu_us();
    (void)c;
    b->get_ok = r->type == AR_REPLY_STRING && r->len == b->n && memcmp(r->str, b->v, b->n) == 0;
    b->done = 1;
    tk_exclude(tk_cpu_us() - c0);   /* the test's compare, not the library's work */
}

typedef struct pend { int calls; ar_err err; } pend;
static void pend_cb(ar_client *c, const ar_reply *r, void *ud) {
    pend *p = (pend *)ud; (void)c;
    p->calls++; p->err = r->err;
}

/* what the held window needs */
typedef struct held_st {
    work *w; big *b; ar_client *c_big, *c_na, *c_bh; pend *p_na, *p_bh; int start_batches;
} held_st;
static int all_held(void *a) {
    held_st *h = (held_st *)a;
    return srvb.stopped && !h->b->set_done && ar_client_pending_output(h->c_big) > 0 &&
           h->p_na->calls == 0 && ar_client_state(h->c_na) == AR_STATE_CONNECTED &&
           h->p_bh->calls == 0 && ar_client_state(h->c_bh) == AR_STATE_CONNECTING;
}
static int enough_small(void *a) {
    held_st *h = (held_st *)a;
    return h->w->answered - h->start_batches >= 10;
}
static int big_done(void *a) { return ((big *)a)->done; }
static int pend_done(void *a) { return ((pend *)a)->calls >= 1; }
static int small_idle(void *a) { return ((work *)a)->inbatch == 0; }

int main(void) {
    int valgrind = getenv("AR_TEST_VALGRIND") != NULL;
    size_t bign = (size_t)(valgrind ? 4 : 64) * 1024 * 1024, i;
    char *v;
    fs_server fs_noaccept, fs_blackhole;
    int use_poll;

    th_watchdog(180);
    if (th_server_start(&srv, NULL) != 0) th_bail("cannot start redis-server");
    if (th_server_start(&srvb, NULL) != 0) th_bail("cannot start redis-server (big value)");
    if (fs_start_mode(&fs_noaccept, FS_MODE_NO_ACCEPT, NULL, 0) != 0) th_bail("fault server (no accept)");
    if (fs_start_mode(&fs_blackhole, FS_MODE_BLACKHOLE, NULL, 0) != 0) th_bail("fault server (blackhole)");
    v = (char *)malloc(bign);
    for (i = 0; i < bign; i++) v[i] = (char)(i * 7 + (i >> 12));

    for (use_poll = 0; use_poll < 2; use_poll++) {
        ar_loop *loop = tk_begin(use_poll);
        const char *be = ar_loop_backend(loop);
        ar_options o;
        work w;
        big b;
        pend p_na, p_bh, p_bh300;
        ar_client *c_na, *c_bh, *c_bh300, *c_big;
        ar_cmd_opts nc;
        held_st h;
        int held_ok;

        tk_phase("small commands, a big value to a stopped server, a listener that never accepts, connects that never complete");
        memset(&w, 0, sizeof w); memset(&b, 0, sizeof b);
        memset(&p_na, 0, sizeof p_na); memset(&p_bh, 0, sizeof p_bh); memset(&p_bh300, 0, sizeof p_bh300);

        /* small commands: to srv, which keeps running */
        memset(&o, 0, sizeof o);
        o.port = srv.port; o.loop = loop; o.request_timeout_ms = -1;
        w.c = ar_client_new(&o, NULL);
        small_batch(&w);

        /* 64 MB: to srvb, stopped before a byte goes out */
        memset(&o, 0, sizeof o);
        o.port = srvb.port; o.loop = loop; o.request_timeout_ms = -1; o.read_timeout_ms = -1; o.write_timeout_ms = -1;
        c_big = ar_client_new(&o, NULL);
        th_server_sigstop(&srvb);
        b.n = bign; b.v = v;
        memset(&nc, 0, sizeof nc);
        nc.flags = AR_CMD_NOCOPY;
        ar_command_ex(c_big, &nc, big_set_cb, &b, "SET tick:big %b", v, bign);
        ar_command(c_big, big_get_cb, &b, "GET tick:big");

        /* a listener that never accepts: connected (kernel backlog), never answered */
        memset(&o, 0, sizeof o);
        o.port = fs_noaccept.port; o.loop = loop; o.request_timeout_ms = -1; o.read_timeout_ms = -1;
        c_na = ar_client_new(&o, NULL);
        ar_command(c_na, pend_cb, &p_na, "PING");

        /* connects that never complete: one without a timeout (held), one
           that must time out after 300 ms */
        memset(&o, 0, sizeof o);
        o.port = fs_blackhole.port; o.loop = loop; o.connect_timeout_ms = -1; o.request_timeout_ms = -1; o.no_reconnect = 1;
        c_bh = ar_client_new(&o, NULL);
        ar_command(c_bh, pend_cb, &p_bh, "PING");
        o.connect_timeout_ms = 300;
        c_bh300 = ar_client_new(&o, NULL);
        ar_command(c_bh300, pend_cb, &p_bh300, "PING");

        /* the loop turns until the never-accepting connect is through */
        {
            long long end = tk_real_ms() + TK_SAFETY_MS;
            while (ar_client_state(c_na) != AR_STATE_CONNECTED && tk_real_ms() < end) tk_turn();
        }
        h.w = &w; h.b = &b; h.c_big = c_big; h.c_na = c_na; h.c_bh = c_bh; h.p_na = &p_na; h.p_bh = &p_bh;
        h.start_batches = w.answered;
        held_ok = tk_window("held", all_held, enough_small, &h);
        th_ok(held_ok, "%s: while a %zu MB SET, a PING and a connect were held, the timer ticked %d times and %d batches of 200 small commands were answered",
              be, bign >> 20, TK_TICKS, w.answered - h.start_batches);
        th_ok(ar_client_pending_output(c_big) > 0 && !b.set_done, "%s: the %zu MB SET was still stuck at the stopped server (%zu bytes pending)",
              be, bign >> 20, ar_client_pending_output(c_big));
        th_ok(p_na.calls == 0 && ar_client_state(c_na) == AR_STATE_CONNECTED,
              "%s: command to a never-accepting listener is pending, loop not blocked", be);
        th_ok(p_bh.calls == 0 && ar_client_state(c_bh) == AR_STATE_CONNECTING, "%s: connect that never completes still pending, loop not blocked", be);

        /* let go: the big value goes through and comes back */
        th_server_sigcont(&srvb);
        tk_until(big_done, &b);
        th_ok(b.set_ok && b.get_ok, "%s: %zu MB value set and read back intact", be, bign >> 20);
        tk_until(pend_done, &p_bh300);
        th_ok(p_bh300.calls == 1 && p_bh300.err == AR_ERR_TIMEOUT,
              "%s: connect that never completes timed out (connect_timeout_ms 300) (%s)", be, ar_strerror(p_bh300.err));
        w.stop = 1;
        tk_until(small_idle, &w);
        th_ok(w.replies == 200 * w.batches && w.errors == 0 && w.answered == w.batches,
              "%s: small commands kept flowing (%d replies in %d batches, no error)", be, w.replies, w.batches);
        tk_check_work("small commands, big SET and GET, held connects");
        th_note("%s: %d ticks in %lld loop turns", be, TK.ticks, TK.turns);
        ar_command(c_big, NULL, NULL, "DEL tick:big");
        ar_client_free(c_na);
        th_is_int(p_na.calls, 1, "pending command completed once when its client was freed");
        ar_client_free(c_bh);
        th_is_int(p_bh.calls, 1, "pending connect's command completed once when its client was freed");
        tk_end(); /* frees w.c, c_big and c_bh300 too */
    }
    free(v);
    fs_stop(&fs_noaccept);
    fs_stop(&fs_blackhole);
    th_server_stop(&srv);
    th_server_stop(&srvb);
    return th_done();
}
