/* tests/adapter_tests.h - the shared behavioural tests, run through one of
   the adapters in adapters/ (tests/test_adapter_libuv.c, _libevent.c,
   _libev.c include this after their glue). Every client here is made by
   the adapter and driven only by the foreign loop.

   - exactly once and in order: 10,000 SETs and GETs, each callback once
     with its own value, none inside the submitting call;
   - free and close inside callbacks (run under AddressSanitizer by `make
     test-asan`): free from a reply callback with 90 commands owed, from
     on_connect, from a failure callback, from a timeout fired by the
     adapter's timer, graceful close from a callback, free while the name
     is being resolved; after each, the loop has nothing of the client left
     (the adapter dropped every handle and its record: leaks are ASan's);
   - reconnect: a host name (the resolver's pipe, then the socket), 5
     connections killed by the server while INCRs are in flight (a new
     socket, often with the old fd number: the adapter must register it
     afresh), each callback once, OK or maybe-executed, the server's counter
     between the two; then the server killed and restarted with commands
     waiting in the offline queue;
   - exactly once under a server kill: 1,000 answered, 1,000 written to a
     SIGSTOPped server that is then killed: each fails once, typed, flagged
     maybe-executed;
   - the tick test of tests/test_tick.c, judged as tests/tick.h says, on
     the foreign loop's own repeating 10 ms timer: while a 64 MB SET to a
     SIGSTOPped server, a PING to a listener that never accepts and a
     connect that never completes are held, the timer ticks 50 times and
     10 batches of small commands are answered; then the value comes back
     intact, a connect with a 300 ms timeout has timed out (only the
     adapter's timer can deliver that), and the library's own CPU time in
     one turn stayed under 100 ms (250 under ASan; valgrind: 4 MB, 40 ms
     ticks, 400 ms).

   The glue defines AT_NAME and:
     static void *at_loop_new(void);
     static ar_client *at_client_new(void *L, const ar_options *o, const char **why);
     static void at_turn(void *L, int max_ms);      one loop iteration, at most max_ms
     static void at_tick_start(void *L, int ms);    the loop's own repeating timer: at_tick()
     static void at_tick_stop(void *L);
     static int at_loop_empty(void *L);             after a non-blocking turn: nothing is
                                                    left that a plain run would wait for
     static int at_loop_free(void *L);              1: the loop closed with nothing left */
#ifndef AR_ADAPTER_TESTS_H
#define AR_ADAPTER_TESTS_H

static void at_tick(void);
#include "tick.h"

static th_server srv;
static void *L;
static int g_in_submit, g_violations, g_refused;
/* a submission expected to be accepted: a refusal is counted (and fails the run) */
#define SUBMIT(call) do { int rc_; g_in_submit = 1; rc_ = (call); g_in_submit = 0; if (rc_ != AR_OK) g_refused++; } while (0)
#define CHECK_CB() do { if (g_in_submit) g_violations++; } while (0)

/* waits are safety nets, never judgements: as long as the commands' own
   deadline (request_timeout_ms below), so a busy machine cannot fail a test */
#define SAFETY_MS 30000
static ar_options opts(void) {
    ar_options o;
    memset(&o, 0, sizeof o);
    o.host = "127.0.0.1";
    o.port = srv.port;
    o.request_timeout_ms = SAFETY_MS;
    return o;
}
static ar_client *mk(const ar_options *o) {
    const char *why = NULL;
    ar_client *c = at_client_new(L, o, &why);
    if (!c) th_diag("%s client: %s", AT_NAME, why ? why : "?");
    return c;
}
static int run_until(int (*cond)(void *), void *arg, int timeout_ms) {
    long long end = ar_now_ms() + timeout_ms;
    while (!cond(arg)) {
        long long left = end - ar_now_ms();
        if (left <= 0) return 0;
        at_turn(L, left > 50 ? 50 : (int)left);
    }
    return 1;
}
static void turns(int n) { while (n-- > 0) at_turn(L, 1); }
typedef struct cnt { int ok, failed, want; } cnt;
static int cnt_done(void *a) { cnt *n = (cnt *)a; return n->ok + n->failed >= n->want; }

/* ------------------------------------------------ exactly once, in order */
#define NGET 10000
static struct { int calls[NGET]; int right, wrong, done, next, order_ok; } M;
static void get_cb(ar_client *c, const ar_reply *r, void *ud) {
    int i = (int)(size_t)ud;
    char want[32];
    int n = snprintf(want, sizeof want, "value-%d", i);
    (void)c;
    CHECK_CB();
    M.calls[i]++;
    if (i != M.next) M.order_ok = 0;
    M.next = i + 1;
    if (r->type == AR_REPLY_STRING && r->len == (size_t)n && memcmp(r->str, want, (size_t)n) == 0) M.right++;
    else M.wrong++;
    M.done++;
}
static void count_cb(ar_client *c, const ar_reply *r, void *ud) {
    (void)c;
    CHECK_CB();
    if (r->err == AR_OK && r->type != AR_REPLY_ERROR) ((cnt *)ud)->ok++;
    else ((cnt *)ud)->failed++;
}
static int m_done(void *a) { (void)a; return M.done >= NGET; }

static void test_exactly_once(void) {
    ar_options o = opts();
    ar_client *c;
    int i, once = 1;
    cnt sets = { 0, 0, NGET };
    o.offline_queue_max = 2 * NGET;
    c = mk(&o);
    if (!th_ok(c != NULL, "order: client created")) return;
    for (i = 0; i < NGET; i++) {
        SUBMIT(ar_command(c, count_cb, &sets, "SET at:%d value-%d", i, i));
    }
    run_until(cnt_done, &sets, SAFETY_MS);
    th_ok(sets.ok == NGET, "order: %d SETs answered OK (%d)", NGET, sets.ok);
    memset(&M, 0, sizeof M);
    M.order_ok = 1;
    for (i = 0; i < NGET; i++) {
        SUBMIT(ar_command(c, get_cb, (void *)(size_t)i, "GET at:%d", i));
    }
    th_ok(run_until(m_done, NULL, SAFETY_MS), "order: %d GETs answered", NGET);
    for (i = 0; i < NGET; i++) if (M.calls[i] != 1) once = 0;
    th_ok(once && M.right == NGET && M.wrong == 0, "order: every callback exactly once with its own value (%d right, %d wrong)",
          M.right, M.wrong);
    th_ok(M.order_ok, "order: completed in submission order");
    ar_client_free(c);
    turns(2);
    th_ok(at_loop_empty(L), "order: after ar_client_free the loop holds nothing of the client");
}

/* ------------------------------------------------ free inside callbacks */
typedef struct re_st { int n, ok, closed, refused, free_at, close_at, other; ar_err first_err; } re_st;
static int disc_n;
static ar_err disc_reason;
static void on_disc(ar_client *c, ar_err reason, void *data) { (void)c; (void)data; disc_n++; disc_reason = reason; }
static void re_cb(ar_client *c, const ar_reply *r, void *ud) {
    re_st *s = (re_st *)ud;
    int rc;
    CHECK_CB();
    s->n++;
    if (s->n == 1) s->first_err = r->err;
    if (r->err == AR_OK) s->ok++;
    else if (r->err == AR_ERR_CLOSED) s->closed++;
    else s->other++;
    if (s->n == s->free_at) ar_client_free(c);
    if (s->n == s->close_at) {
        ar_client_close(c);
        g_in_submit = 1;
        rc = ar_command(c, re_cb, s, "PING"); /* refused: closing */
        g_in_submit = 0;
        if (rc == AR_ERR_CLOSED) s->refused++;
    }
}
static int n_ge100(void *a) { return ((re_st *)a)->n >= 100; }
static int n_ge5(void *a) { return ((re_st *)a)->n >= 5; }
static int n_ge3(void *a) { return ((re_st *)a)->n >= 3; }
static int n_ge1(void *a) { return ((re_st *)a)->n >= 1; }
static int disc_ge1(void *a) { (void)a; return disc_n >= 1; }
static int connected_n;
static void free_on_connect(ar_client *c, void *data) { (void)data; connected_n++; ar_client_free(c); }

static void test_free_inside(void) {
    ar_options o;
    ar_client *c;
    re_st s;
    fs_server fs;
    int i;

    /* a reply callback frees the client with 90 commands still owed */
    o = opts(); o.on_disconnect = on_disc; disc_n = 0;
    memset(&s, 0, sizeof s); s.free_at = 10;
    c = mk(&o);
    for (i = 0; i < 100; i++) SUBMIT(ar_command(c, re_cb, &s, "PING"));
    th_ok(run_until(n_ge100, &s, SAFETY_MS), "free in reply: all 100 callbacks ran");
    th_ok(s.ok == 10 && s.closed == 90 && s.other == 0, "free in reply: 10 replies, 90 AR_ERR_CLOSED (%d, %d, other %d)", s.ok, s.closed, s.other);
    th_is_int(disc_n, 1, "free in reply: on_disconnect once");
    turns(30);
    th_is_int(s.n, 100, "free in reply: nothing ran twice afterwards");
    th_ok(at_loop_empty(L), "free in reply: the loop holds nothing of the client");

    /* graceful close from a callback: the rest finish, then the loop is empty */
    o = opts(); o.on_disconnect = on_disc; disc_n = 0;
    memset(&s, 0, sizeof s); s.close_at = 10;
    c = mk(&o);
    for (i = 0; i < 100; i++) SUBMIT(ar_command(c, re_cb, &s, "PING"));
    th_ok(run_until(n_ge100, &s, SAFETY_MS) && run_until(disc_ge1, NULL, SAFETY_MS), "close in reply: callbacks ran, the client closed");
    th_ok(s.ok == 100 && s.refused == 1, "close in reply: 100 real replies, the submission after close refused (%d, %d)", s.ok, s.refused);
    th_ok(disc_n == 1 && disc_reason == AR_ERR_CLOSED, "close in reply: on_disconnect(AR_ERR_CLOSED) once");
    turns(5);
    th_ok(at_loop_empty(L), "close in reply: the client freed itself and the loop holds nothing of it");

    /* on_connect frees the client: the queued commands fail, once */
    o = opts(); o.on_connect = free_on_connect; connected_n = 0;
    memset(&s, 0, sizeof s);
    c = mk(&o);
    for (i = 0; i < 3; i++) SUBMIT(ar_command(c, re_cb, &s, "PING"));
    th_ok(run_until(n_ge3, &s, SAFETY_MS) && connected_n == 1, "free in on_connect: 3 callbacks ran after the connect");
    turns(10);
    th_ok(s.n == 3 && s.closed + s.ok == 3, "free in on_connect: each once (%d closed, %d ok)", s.closed, s.ok);
    th_ok(at_loop_empty(L), "free in on_connect: the loop holds nothing of the client");

    /* a failure callback (connection refused) frees the client */
    o = opts(); o.port = th_free_port(); o.no_reconnect = 1;
    memset(&s, 0, sizeof s); s.free_at = 1;
    c = mk(&o);
    for (i = 0; i < 5; i++) SUBMIT(ar_command(c, re_cb, &s, "PING"));
    th_ok(run_until(n_ge5, &s, SAFETY_MS), "free in failure: 5 callbacks ran");
    turns(10);
    th_ok(s.n == 5 && s.first_err == AR_ERR_CONNECT && s.closed == 4, "free in failure: first AR_ERR_CONNECT (%s), then 4 AR_ERR_CLOSED",
          ar_strerror(s.first_err));
    th_ok(at_loop_empty(L), "free in failure: the loop holds nothing of the client");

    /* a request timeout, delivered by the adapter's timer, frees the client */
    if (fs_start_mode(&fs, FS_MODE_NO_ACCEPT, NULL, 0) == 0) {
        o = opts(); o.port = fs.port; o.request_timeout_ms = 100;
        memset(&s, 0, sizeof s); s.free_at = 1;
        c = mk(&o);
        for (i = 0; i < 3; i++) SUBMIT(ar_command(c, re_cb, &s, "PING"));
        th_ok(run_until(n_ge3, &s, SAFETY_MS), "free in timeout: 3 callbacks ran");
        turns(10);
        th_ok(s.n == 3 && s.first_err == AR_ERR_TIMEOUT && s.closed == 2, "free in timeout: first AR_ERR_TIMEOUT (%s), then 2 AR_ERR_CLOSED",
              ar_strerror(s.first_err));
        th_ok(at_loop_empty(L), "free in timeout: the loop holds nothing of the client");
        fs_stop(&fs);
    } else th_ok(0, "fault server (no accept)");

    /* free while the host name is being resolved, outside any callback */
    o = opts(); o.host = "localhost";
    memset(&s, 0, sizeof s);
    c = mk(&o);
    SUBMIT(ar_command(c, re_cb, &s, "PING"));
    at_turn(L, 0);
    ar_client_free(c);
    th_ok(s.n == 1 && s.closed == 1, "free while resolving: the command failed once with AR_ERR_CLOSED, inside ar_client_free");
    turns(10);
    th_ok(at_loop_empty(L), "free while resolving: the loop holds nothing of the client");
}

/* ------------------------------------------------------------- reconnect */
#define NCYC 5
#define PERCYC 300
static struct { int calls[NCYC * PERCYC + 64]; int done, ok, maybe, other; long long maxv; unsigned char seen[NCYC * PERCYC + 64]; int dup; } R;
static void incr_cb(ar_client *c, const ar_reply *r, void *ud) {
    int i = (int)(size_t)ud;
    (void)c;
    CHECK_CB();
    R.calls[i]++;
    R.done++;
    if (r->err == AR_OK && r->type == AR_REPLY_INTEGER) {
        R.ok++;
        if (r->integer > 0 && r->integer < (long long)sizeof R.seen) { if (R.seen[r->integer]++) R.dup++; }
        else R.dup++;
    } else if ((r->err == AR_ERR_EOF || r->err == AR_ERR_IO) && (r->flags & AR_REPLY_F_MAYBE_EXECUTED)) R.maybe++;
    else R.other++;
}
static int r_ge(void *a) { return R.done >= *(int *)a; }
static int not_connected(void *a) { return ar_client_state((ar_client *)a) != AR_STATE_CONNECTED; }
static int out_empty(void *a) { return ar_client_pending_output((ar_client *)a) == 0; }
static int ping_ok(ar_client *c) {
    re_st s;
    memset(&s, 0, sizeof s);
    SUBMIT(ar_command(c, re_cb, &s, "PING"));
    return run_until(n_ge1, &s, SAFETY_MS) && s.ok == 1;
}

static void test_reconnect(void) {
    ar_options o = opts();
    ar_client *c;
    ar_stats st;
    char buf[256];
    int cyc, i, want = 0, reused = 0, once = 1;
    long long v = -1;
    th_raw(srv.port, buf, sizeof buf, "DEL", "at:ctr", (char *)NULL);
    memset(&R, 0, sizeof R);
    o.host = "localhost";
    o.reconnect_delay_ms = 10;
    o.reconnect_delay_max_ms = 200;
    c = mk(&o);
    if (!th_ok(c != NULL, "reconnect: client for localhost")) return;
    th_ok(ping_ok(c), "reconnect: PING answered (name resolved, then connected)");
    for (cyc = 0; cyc < NCYC; cyc++) {
        int fd0 = ar_client_fd(c);
        if (cyc % 2 == 0) {
            /* the server kills the connection while the INCRs go out */
            for (i = 0; i < PERCYC; i++) SUBMIT(ar_command(c, incr_cb, (void *)(size_t)(cyc * PERCYC + i), "INCR at:ctr"));
            at_turn(L, 0);
            th_raw(srv.port, buf, sizeof buf, "CLIENT", "KILL", "TYPE", "normal", (char *)NULL);
        } else {
            /* all written to a stopped server, then the connection breaks:
               each is maybe-executed (the server runs them once it goes on) */
            th_server_sigstop(&srv);
            for (i = 0; i < PERCYC; i++) SUBMIT(ar_command(c, incr_cb, (void *)(size_t)(cyc * PERCYC + i), "INCR at:ctr"));
            run_until(out_empty, c, SAFETY_MS);
            shutdown(ar_client_fd(c), SHUT_RDWR);
            at_turn(L, 10);
            th_server_sigcont(&srv);
        }
        want += PERCYC;
        run_until(r_ge, &want, SAFETY_MS);
        if (!ping_ok(c)) th_diag("cycle %d: no PING after the reconnect", cyc);
        if (ar_client_fd(c) == fd0) reused++;
    }
    for (i = 0; i < NCYC * PERCYC; i++) if (R.calls[i] != 1) once = 0;
    th_ok(R.done == NCYC * PERCYC && once, "reconnect: each of %d INCR callbacks exactly once (%d ran)", NCYC * PERCYC, R.done);
    th_ok(R.other == 0, "reconnect: every one OK or failed typed and maybe-executed (%d ok, %d maybe, %d other)", R.ok, R.maybe, R.other);
    th_ok(R.dup == 0, "reconnect: no INCR result seen twice");
    ar_client_stats(c, &st);
    th_ok(st.connects == NCYC + 1, "reconnect: %d connections (%llu)", NCYC + 1, st.connects);
    th_note("%d of %d new sockets had the old one's fd number", reused, NCYC);
    if (th_raw(srv.port, buf, sizeof buf, "GET", "at:ctr", (char *)NULL) > 0 && buf[0] == '$') v = atoll(strchr(buf, '\n') + 1);
    th_ok(v >= R.ok && v <= R.ok + R.maybe, "reconnect: the server's counter %lld is between the OKs (%d) and OKs + maybe-executed (%d)",
          v, R.ok, R.ok + R.maybe);

    /* the server dies; commands wait offline and go out after its restart */
    th_server_kill(&srv);
    memset(&R, 0, sizeof R);
    th_ok(run_until(not_connected, c, SAFETY_MS), "reconnect: the loss of the server is noticed (%d)", (int)ar_client_state(c));
    for (i = 0; i < 50; i++) SUBMIT(ar_command(c, incr_cb, (void *)(size_t)i, "INCR at:ctr2"));
    turns(20);              /* reconnects are refused meanwhile */
    th_ok(th_server_restart(&srv) == 0, "reconnect: server restarted");
    want = 50;
    run_until(r_ge, &want, SAFETY_MS);
    th_ok(R.ok == 50, "reconnect: 50 commands queued while the server was down answered OK after its restart (%d ok, %d maybe, %d other)",
          R.ok, R.maybe, R.other);
    ar_client_stats(c, &st);
    th_is_int((long long)st.connects, NCYC + 2, "reconnect: one more connection");
    ar_client_free(c);
    turns(5);
    th_ok(at_loop_empty(L), "reconnect: the loop holds nothing of the client");
}

/* ------------------------------------------- exactly once under a kill */
#define NKILL 1000
static struct { int calls[2 * NKILL]; int ok, typed, maybe, other, done; } K;
static void kill_cb(ar_client *c, const ar_reply *r, void *ud) {
    int i = (int)(size_t)ud;
    (void)c;
    CHECK_CB();
    K.calls[i]++;
    K.done++;
    if (r->err == AR_OK && r->type == AR_REPLY_INTEGER) K.ok++;
    else if (r->err == AR_ERR_EOF || r->err == AR_ERR_IO) { K.typed++; if (r->flags & AR_REPLY_F_MAYBE_EXECUTED) K.maybe++; }
    else K.other++;
}
static int k_ge(void *a) { return K.done >= *(int *)a; }

static void test_kill(void) {
    ar_options o = opts();
    ar_client *c;
    int i, once = 1, want = NKILL;
    memset(&K, 0, sizeof K);
    o.on_disconnect = on_disc; disc_n = 0;
    o.no_reconnect = 1;
    c = mk(&o);
    if (!c) { th_ok(0, "kill: client"); return; }
    for (i = 0; i < NKILL; i++) SUBMIT(ar_command(c, kill_cb, (void *)(size_t)i, "RPUSH at:kill %d", i));
    th_ok(run_until(k_ge, &want, SAFETY_MS) && K.ok == NKILL, "kill: first %d commands answered", NKILL);
    th_server_sigstop(&srv);
    for (i = NKILL; i < 2 * NKILL; i++) SUBMIT(ar_command(c, kill_cb, (void *)(size_t)i, "RPUSH at:kill %d", i));
    th_ok(run_until(out_empty, c, SAFETY_MS), "kill: %d more written to a stopped server", NKILL);
    th_is_int(K.done, NKILL, "kill: none of them answered yet");
    th_server_kill(&srv);
    want = 2 * NKILL;
    th_ok(run_until(k_ge, &want, SAFETY_MS), "kill: every callback ran after the kill");
    for (i = 0; i < 2 * NKILL; i++) if (K.calls[i] != 1) once = 0;
    th_ok(once, "kill: each of %d callbacks exactly once", 2 * NKILL);
    th_ok(K.typed == NKILL && K.maybe == NKILL && K.other == 0, "kill: %d failed typed (EOF/IO) and maybe-executed (%d, %d, other %d)",
          NKILL, K.typed, K.maybe, K.other);
    th_ok(disc_n == 1 && (disc_reason == AR_ERR_EOF || disc_reason == AR_ERR_IO), "kill: on_disconnect once (%s)", ar_strerror(disc_reason));
    ar_client_free(c);
    turns(5);
    th_ok(at_loop_empty(L), "kill: the loop holds nothing of the client");
    if (th_server_restart(&srv) != 0) th_bail("cannot restart redis-server");
}

/* ------------------------------------------------------------- the tick */
/* As tests/test_tick.c (judged the way tests/tick.h says), with the foreign
   loop's own repeating timer: while everything a blocking call would wait
   for is held, the timer must tick TK_TICKS times and 10 batches of small
   commands must be answered; the library's own CPU time in one turn of the
   loop stays under TK.max_cpu_us. No real-time window. */
static void at_tick(void) { TK.ticks++; }
static void at_tk_turn(void) {
    long long c0 = tk_cpu_us(), d;
    TK.excl_us = 0;
    at_turn(L, 50);
    d = tk_cpu_us() - c0 - TK.excl_us;
    if (d > TK.worst_us) TK.worst_us = d;
    TK.turns++;
}
static int at_tk_until(int (*done)(void *), void *arg) {
    long long end = tk_real_ms() + TK_SAFETY_MS;
    while (!done(arg)) {
        if (tk_real_ms() > end) return 0;
        at_tk_turn();
    }
    return 1;
}

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
    big *b = (big *)ud;
    (void)c;
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
static void pend_cb(ar_client *c, const ar_reply *r, void *ud) { pend *p = (pend *)ud; (void)c; p->calls++; p->err = r->err; }

typedef struct held_st { work *w; big *b; ar_client *c_big, *c_na, *c_bh; pend *p_na, *p_bh; int start_batches; } held_st;
static th_server srvb;             /* stopped while the big value goes to it */
static int all_held(void *a) {
    held_st *h = (held_st *)a;
    return srvb.stopped && !h->b->set_done && ar_client_pending_output(h->c_big) > 0 &&
           h->p_na->calls == 0 && ar_client_state(h->c_na) == AR_STATE_CONNECTED &&
           h->p_bh->calls == 0 && ar_client_state(h->c_bh) == AR_STATE_CONNECTING;
}
static int big_done(void *a) { return ((big *)a)->done; }
static int pend_done(void *a) { return ((pend *)a)->calls >= 1; }
static int small_idle(void *a) { return ((work *)a)->inbatch == 0; }
static int na_connected(void *a) { return ar_client_state((ar_client *)a) == AR_STATE_CONNECTED; }

static void test_tick(void) {
    int valgrind = getenv("AR_TEST_VALGRIND") != NULL;
    size_t bign = (size_t)(valgrind ? 4 : 64) * 1024 * 1024, i;
    char *v = (char *)malloc(bign);
    fs_server fs_na, fs_bh;
    ar_options o;
    ar_cmd_opts nc;
    work w;
    big b;
    pend p_na, p_bh, p_bh300;
    ar_client *c_big, *c_na, *c_bh, *c_bh300;
    held_st h;
    long long end;
    int t0, k;

    if (th_server_start(&srvb, NULL) != 0) th_bail("cannot start redis-server (big value)");
    if (fs_start_mode(&fs_na, FS_MODE_NO_ACCEPT, NULL, 0) != 0) th_bail("fault server (no accept)");
    if (fs_start_mode(&fs_bh, FS_MODE_BLACKHOLE, NULL, 0) != 0) th_bail("fault server (blackhole)");
    for (i = 0; i < bign; i++) v[i] = (char)(i * 7 + (i >> 12));
    memset(&TK, 0, sizeof TK);
    TK.tick_ms = valgrind ? 40 : 10;
    TK.max_cpu_us = valgrind ? 400000 : TK_ASAN ? 250000 : 100000;
    memset(&w, 0, sizeof w); memset(&b, 0, sizeof b);
    memset(&p_na, 0, sizeof p_na); memset(&p_bh, 0, sizeof p_bh); memset(&p_bh300, 0, sizeof p_bh300);
    at_tick_start(L, (int)TK.tick_ms);
    th_note("%s tick: small commands, a big value to a stopped server, a listener that never accepts, connects that never "
            "complete: from here on the loop must keep ticking (a bail-out before the next result: it blocked)", AT_NAME);
    fflush(stdout);

    o = opts(); o.request_timeout_ms = -1;                       /* small commands to srv, which runs */
    w.c = mk(&o);
    small_batch(&w);
    o = opts(); o.port = srvb.port; o.request_timeout_ms = -1; o.read_timeout_ms = -1; o.write_timeout_ms = -1;
    c_big = mk(&o);                                              /* the big value to srvb, stopped first */
    th_server_sigstop(&srvb);
    b.n = bign; b.v = v;
    memset(&nc, 0, sizeof nc);
    nc.flags = AR_CMD_NOCOPY;
    ar_command_ex(c_big, &nc, big_set_cb, &b, "SET tick:big %b", v, bign);
    ar_command(c_big, big_get_cb, &b, "GET tick:big");
    o = opts(); o.port = fs_na.port; o.request_timeout_ms = -1; o.read_timeout_ms = -1;
    c_na = mk(&o);                                               /* connected by the backlog, never answered */
    ar_command(c_na, pend_cb, &p_na, "PING");
    o = opts(); o.port = fs_bh.port; o.connect_timeout_ms = -1; o.request_timeout_ms = -1; o.no_reconnect = 1;
    c_bh = mk(&o);                                               /* a connect that never completes */
    ar_command(c_bh, pend_cb, &p_bh, "PING");
    o.connect_timeout_ms = 300;
    c_bh300 = mk(&o);                                            /* the same, timed out by the adapter's timer */
    ar_command(c_bh300, pend_cb, &p_bh300, "PING");
    at_tk_until(na_connected, c_na);

    /* the held window */
    h.w = &w; h.b = &b; h.c_big = c_big; h.c_na = c_na; h.c_bh = c_bh; h.p_na = &p_na; h.p_bh = &p_bh;
    h.start_batches = w.answered;
    t0 = TK.ticks;
    k = all_held(&h);
    if (!k) th_diag("tick: not held at the start");
    end = tk_real_ms() + TK_SAFETY_MS;
    while (k && (TK.ticks - t0 < TK_TICKS || w.answered - h.start_batches < 10) && tk_real_ms() < end) {
        at_tk_turn();
        if (!all_held(&h)) { th_diag("tick: released after %d ticks", TK.ticks - t0); k = 0; }
    }
    th_ok(k && TK.ticks - t0 >= TK_TICKS && w.answered - h.start_batches >= 10,
          "tick: while a %zu MB SET, a PING and a connect were held, the loop's timer ticked %d times and %d batches of 200 small commands were answered",
          bign >> 20, TK.ticks - t0, w.answered - h.start_batches);
    th_ok(ar_client_pending_output(c_big) > 0 && !b.set_done, "tick: the %zu MB SET was still stuck at the stopped server", bign >> 20);
    th_ok(p_na.calls == 0 && ar_client_state(c_na) == AR_STATE_CONNECTED, "tick: the command to a never-accepting listener is pending");
    th_ok(p_bh.calls == 0 && ar_client_state(c_bh) == AR_STATE_CONNECTING, "tick: the connect that never completes is pending");

    /* let go */
    th_server_sigcont(&srvb);
    at_tk_until(big_done, &b);
    th_ok(b.set_ok && b.get_ok, "tick: %zu MB value set and read back intact", bign >> 20);
    at_tk_until(pend_done, &p_bh300);
    th_ok(p_bh300.calls == 1 && p_bh300.err == AR_ERR_TIMEOUT, "tick: the connect with connect_timeout_ms 300 timed out (%s)",
          ar_strerror(p_bh300.err));
    w.stop = 1;
    at_tk_until(small_idle, &w);
    th_ok(w.replies == 200 * w.batches && w.errors == 0 && w.answered == w.batches,
          "tick: small commands kept flowing (%d replies in %d batches, no error)", w.replies, w.batches);
    th_ok(TK.worst_us <= TK.max_cpu_us, "tick: the library's own CPU time in one turn of the loop at most %lld ms (worst %lld.%03lld ms in %lld turns)",
          TK.max_cpu_us / 1000, TK.worst_us / 1000, TK.worst_us % 1000, TK.turns);
    at_tick_stop(L);
    ar_client_free(c_na);
    th_is_int(p_na.calls, 1, "tick: the pending command completed once when its client was freed");
    ar_client_free(c_bh);
    th_is_int(p_bh.calls, 1, "tick: the pending connect's command completed once when its client was freed");
    ar_client_free(c_bh300);
    ar_client_free(c_big);
    ar_client_free(w.c);
    for (k = 0; k < 200 && !at_loop_empty(L); k++) at_turn(L, 20);
    th_ok(at_loop_empty(L), "tick: every client gone, the loop holds nothing");
    free(v);
    fs_stop(&fs_na);
    fs_stop(&fs_bh);
    th_server_stop(&srvb);
}

int main(void) {
    th_watchdog(300);
    if (th_server_start(&srv, NULL) != 0) th_bail("cannot start redis-server");
    L = at_loop_new();
    if (!L) th_bail("%s: cannot make a loop", AT_NAME);
    th_note("adapter: %s", AT_NAME);
    test_exactly_once();
    test_free_inside();
    test_reconnect();
    test_kill();
    test_tick();
    th_is_int(g_violations, 0, "no callback ever ran inside a submitting call");
    th_is_int(g_refused, 0, "no submission was refused");
    th_ok(at_loop_free(L), "the loop closed with nothing left in it");
    th_server_stop(&srv);
    return th_done();
}
#endif
