/* tests/test_resilience2.c - reconnect and backoff, the offline queue,
   retry of idempotent vs non-idempotent written commands, partly written
   commands, a server restart under a steady load, OOM error replies,
   connection setup (AUTH password / ACL user, SELECT, CLIENT SETNAME, URI),
   Unix sockets, host names, and fork safety; under all three drive modes.

   Servers: srv (--appendonly yes --appendfsync always: a restart keeps what
   it answered, so the server can judge which writes ran), srv2 (plain), and
   srva (requirepass set by CONFIG SET, since the harness checks readiness
   with a bare PING; plus an ACL user alice).

   No timing assertion: the library runs on the test's clock, held still
   (tests/resilience.h, "Time"). The backoff is judged attempt by attempt:
   1 ms before the moment on_reconnect announced, no attempt; at it, the
   attempt. A reconnect the test waits for happens when follow_* moves the
   clock to the announced moment. */
#include "resilience.h"
#include <sys/wait.h>

static th_server srv, srv2, srva;
#define APASS "s3cr@t"

/* -------------------------------------------------- reconnect and backoff */
static void test_backoff(void) {
    evs e, ej;
    ar_options o = opts(srv2.port, &e), oj;
    ar_client *c, *cj;
    rec r[4];
    int i, seq_ok = 1, gap_ok = 1, jit_ok = 1, jit_varies = 0, state_ok = 1;
    static const long long want[6] = { 40, 80, 160, 320, 320, 320 };
    memset(r, 0, sizeof r);
    o.reconnect_delay_ms = 40;
    o.reconnect_factor = 2;
    o.reconnect_delay_max_ms = 320;
    o.reconnect_jitter = -1;
    o.request_timeout_ms = 10000;
    c = mk(&o);
    /* a second client against a port where nothing listens, with jitter */
    oj = opts(th_free_port(), &ej);
    oj.reconnect_delay_ms = 20;
    oj.reconnect_factor = 2;
    oj.reconnect_delay_max_ms = 160;
    oj.reconnect_jitter = 0.5;
    oj.request_timeout_ms = -1;
    cj = mk(&oj);
    if (!th_ok(c && cj && ping_ok(c, WAIT), "%s: backoff: connected", MODE)) { drop(c); drop(cj); return; }
    th_is_int(e.connects, 1, "%s: backoff: on_connect once", MODE);
    th_server_kill(&srv2);
    wait_int(&e.disconnects, 1, WAIT);
    th_ok(e.disconnects >= 1, "%s: backoff: loss noticed", MODE);
    th_ok(lost(e.reason[0]), "%s: backoff: on_disconnect(%s)", MODE, ar_strerror(e.reason[0]));
    cmd(c, &r[0], "SET bo:k v");        /* kept offline, sent after the reconnect */
    /* attempt by attempt: 1 ms before the moment on_reconnect announced the
       client still waits (RECONNECTING, no attempt yet); at it the attempt
       starts, is refused, and the next delay is announced at that moment */
    for (i = 0; i < 6; i++) {
        long long at;
        if (e.reconnects != i + 1) { gap_ok = 0; th_diag("before attempt %d: %d on_reconnect", i + 1, e.reconnects); break; }
        at = e.rec_at[i] + e.delay[i];
        clock_at(at - 1);
        if (ar_client_state(c) != AR_STATE_RECONNECTING) { state_ok = 0; th_diag("%lld ms before attempt %d: state %d", 1LL, i + 1, (int)ar_client_state(c)); }
        if (e.disconnects != i + 1) { gap_ok = 0; th_diag("attempt %d started early (%d disconnects)", i + 1, e.disconnects); }
        clock_at(at);
        wait_int(&e.reconnects, i + 2, WAIT);
        if (e.reconnects < i + 2 || e.rec_at[i + 1] != at) { gap_ok = 0; th_diag("attempt %d: next delay announced at %lld, not %lld", i + 1, e.rec_at[i + 1], at); }
    }
    th_ok(e.reconnects >= 6, "%s: backoff: 6 attempts scheduled (%d)", MODE, e.reconnects);
    for (i = 0; i < 6 && i < e.reconnects; i++) if (e.attempt[i] != i + 1 || e.delay[i] != want[i]) seq_ok = 0;
    th_ok(seq_ok, "%s: backoff: on_reconnect(n, d) = 1:40 2:80 3:160 4:320 5:320 6:320 (got %d:%lld %d:%lld %d:%lld %d:%lld %d:%lld %d:%lld)", MODE,
          e.attempt[0], e.delay[0], e.attempt[1], e.delay[1], e.attempt[2], e.delay[2],
          e.attempt[3], e.delay[3], e.attempt[4], e.delay[4], e.attempt[5], e.delay[5]);
    th_ok(gap_ok, "%s: backoff: each attempt waited its delay exactly (not started 1 ms before)", MODE);
    th_ok(state_ok, "%s: backoff: state RECONNECTING between attempts, never DISCONNECTED", MODE);
    th_ok(e.disconnects >= 2 && reasons_all(&e, 1, AR_ERR_CONNECT), "%s: backoff: refused attempts report AR_ERR_CONNECT (%d)", MODE, e.disconnects);
    th_is_int(r[0].calls, 0, "%s: backoff: the queued command waits", MODE);
    th_is_int(e.errors, 0, "%s: backoff: no on_error while retrying", MODE);
    /* jitter: each delay within base * (1 +- 0.5), not all equal to base */
    follow_int(&ej, &ej.reconnects, 6);
    for (i = 0; i < 6 && i < ej.reconnects; i++) {
        long long base = 20LL << i;
        if (base > 160) base = 160;
        if (ej.attempt[i] != i + 1 || ej.delay[i] < base / 2 - 1 || ej.delay[i] > base * 3 / 2 + 1) jit_ok = 0;
        if (ej.delay[i] != base) jit_varies = 1;
    }
    th_ok(ej.reconnects >= 6 && jit_ok, "%s: backoff/jitter 0.5: delays within bounds (%lld %lld %lld %lld %lld %lld)", MODE,
          ej.delay[0], ej.delay[1], ej.delay[2], ej.delay[3], ej.delay[4], ej.delay[5]);
    th_ok(jit_varies, "%s: backoff/jitter: delays are randomised", MODE);
    drop(cj);
    /* the server is back: reconnect, on_connect again, the queued SET runs */
    th_ok(th_server_restart(&srv2) == 0, "%s: backoff: server restarted", MODE);
    follow_int(&e, &e.connects, 2);
    th_ok(e.connects >= 2, "%s: backoff: reconnected, on_connect again (%d)", MODE, e.connects);
    wait_recs(r, 1, WAIT);
    th_ok(r[0].calls == 1 && r[0].err == AR_OK && r[0].type == AR_REPLY_STATUS, "%s: backoff: queued SET sent after the reconnect (%s)", MODE, ar_strerror(r[0].err));
    /* a successful connection resets n */
    {
        int n0 = e.reconnects, d0 = e.disconnects;
        th_server_kill(&srv2);
        wait_int(&e.reconnects, n0 + 1, WAIT);
        th_ok(e.reconnects > n0 && e.attempt[n0] == 1 && e.delay[n0] == 40, "%s: backoff: after a success the sequence restarts at 1:40 (%d:%lld)",
              MODE, e.attempt[n0], e.delay[n0]);
        th_ok(th_server_restart(&srv2) == 0, "%s: backoff: server restarted again", MODE);
        follow_int(&e, &e.connects, 3);
        th_ok(e.connects >= 3, "%s: backoff: on_connect a third time", MODE);
        th_ok(e.disconnects > d0 && lost(e.reason[d0]), "%s: backoff: on_disconnect for the second loss (%s)", MODE, ar_strerror(e.reason[d0]));
    }
    /* the user closes: on_disconnect(AR_ERR_CLOSED), no reconnect */
    {
        int n0 = e.reconnects, d0 = e.disconnects;
        ar_client_close(c);
        wait_int(&e.disconnects, d0 + 1, WAIT);
        clock_at(tc_now() + 60000);
        run_for(50);
        th_ok(e.disconnects == d0 + 1 && e.reason[d0] == AR_ERR_CLOSED, "%s: backoff: close -> on_disconnect(AR_ERR_CLOSED)", MODE);
        th_is_int(e.reconnects, n0, "%s: backoff: no reconnect after the user's close (a minute later)", MODE);
    }
    th_ok(all_once(r, 1), "%s: backoff: each callback exactly once", MODE);
    th_is_int(e.nested + ej.nested, 0, "%s: backoff: no event inside a submission", MODE);
    drv_forget(&D, c);
}

/* -------------------------------- give up after reconnect_max_attempts */
static void test_give_up(void) {
    evs e;
    ar_options o = opts(th_free_port(), &e);   /* nothing listens there */
    ar_client *c;
    rec r[3];
    long long t0 = tc_now();
    memset(r, 0, sizeof r);
    o.reconnect_delay_ms = 20;
    o.reconnect_factor = 2;
    o.reconnect_max_attempts = 3;
    o.request_timeout_ms = -1;
    c = mk(&o);
    if (!c) { th_ok(0, "%s: give up: client", MODE); return; }
    cmd(c, &r[0], "PING");
    cmd(c, &r[1], "SET gu:k v");
    follow_recs(&e, r, 2);   /* each attempt is refused at once; the clock moves to the next */
    clock_at(tc_now() + 60000);
    run_for(50);
    th_ok(all_once(r, 2), "%s: give up: each callback exactly once", MODE);
    th_ok(r[0].err == AR_ERR_CONNECT && !maybe(&r[0]) && r[1].err == AR_ERR_CONNECT && !maybe(&r[1]),
          "%s: give up: queued commands fail with the last error AR_ERR_CONNECT (%s)", MODE, ar_strerror(r[0].err));
    th_ok(r[0].t - t0 == 140, "%s: give up: after the backoff 20 + 40 + 80 ms (%lld ms)", MODE, r[0].t - t0);
    th_ok(e.reconnects == 3 && e.attempt[2] == 3 && e.delay[0] == 20 && e.delay[1] == 40 && e.delay[2] == 80,
          "%s: give up: on_reconnect 1:20 2:40 3:80 then nothing, a minute later (%d)", MODE, e.reconnects);
    th_ok(e.errors == 1 && e.error_err == AR_ERR_CONNECT, "%s: give up: on_error(AR_ERR_CONNECT) once (%d, %s)", MODE, e.errors, e.error_msg);
    th_is_int(ar_client_state(c), AR_STATE_DISCONNECTED, "%s: give up: DISCONNECTED", MODE);
    th_ok(e.disconnects >= 1 && reasons_all(&e, 0, AR_ERR_CONNECT), "%s: give up: on_disconnect(AR_ERR_CONNECT)", MODE);
    th_is_int(cmd(c, &r[2], "PING"), AR_ERR_CONNECT, "%s: give up: a later submission is refused with the cause", MODE);
    wait_recs(r + 2, 1, 300);
    th_is_int(r[2].calls, 0, "%s: give up: the refused callback never runs", MODE);
    drop(c);
}

/* ----------------------------------------------------------- offline queue */
static void test_offline_queue(void) {
    evs e;
    ar_options o = opts(srv2.port, &e);
    ar_client *c;
    rec r[30];
    int i, ok5 = 1;
    char buf[256];
    memset(r, 0, sizeof r);
    static rec dq[1001];
    evs ed;
    ar_options od = opts(srv2.port, &ed);
    ar_client *cd;
    int dq_ok = 1;
    memset(dq, 0, sizeof dq);
    o.offline_queue_max = 5;
    o.request_timeout_ms = 10000;
    od.request_timeout_ms = 10000;
    od.offline_queue_max = 1000;         /* (the default is max_inflight: test_state.c) */
    c = mk(&o);
    cd = mk(&od);
    if (!th_ok(c && cd && ping_ok(c, WAIT) && ping_ok(cd, WAIT), "%s: offline queue: connected", MODE)) { drop(c); drop(cd); return; }
    th_server_kill(&srv2);
    wait_int(&ed.disconnects, 1, WAIT);
    for (i = 0; i < 1000; i++) if (cmd(cd, &dq[i], "PING") != AR_OK) dq_ok = 0;
    th_ok(dq_ok, "%s: offline queue/1000: 1000 commands accepted while down", MODE);
    th_is_int(cmd(cd, &dq[1000], "PING"), AR_ERR_OFFLINE_FULL, "%s: offline queue/1000: the 1001st is refused (offline_queue_max 1000)", MODE);
    wait_int(&e.disconnects, 1, WAIT);
    th_ok(e.disconnects >= 1, "%s: offline queue: loss noticed", MODE);
    for (i = 0; i < 5; i++) if (cmd(c, &r[i], "SET oq:%d v%d", i, i) != AR_OK) ok5 = 0;
    th_ok(ok5, "%s: offline queue: 5 commands accepted while the server is down", MODE);
    th_is_int(cmd(c, &r[5], "SET oq:5 v5"), AR_ERR_OFFLINE_FULL, "%s: offline queue: the 6th is refused with AR_ERR_OFFLINE_FULL", MODE);
    th_is_int(cmd(c, &r[6], "PING"), AR_ERR_OFFLINE_FULL, "%s: offline queue: and the 7th", MODE);
    follow_int(&e, &e.reconnects, 3);   /* three attempts, refused */
    th_ok(none_ran(r, 7) && e.reconnects >= 3, "%s: offline queue: nothing completed while down (%d attempts)", MODE, e.reconnects);
    th_ok(th_server_restart(&srv2) == 0, "%s: offline queue: server restarted", MODE);
    follow_recs(&e, r, 5);
    run_for(50);
    for (i = 0; i < 5; i++) if (r[i].calls != 1 || r[i].err != AR_OK || r[i].type != AR_REPLY_STATUS) ok5 = 0;
    th_ok(ok5, "%s: offline queue: the 5 completed once each after the reconnect", MODE);
    th_ok(r[5].calls == 0 && r[6].calls == 0, "%s: offline queue: refused callbacks never ran", MODE);
    follow_recs(&ed, dq, 1000);
    run_for(30);
    th_ok(all_once(dq, 1000) && dq[999].err == AR_OK && dq[1000].calls == 0, "%s: offline queue/1000: the 1000 completed once each, the refused one never", MODE);
    drop(cd);
    th_ok(!strcmp(raw1(srv2.port, buf, sizeof buf, "GET", "oq:4", NULL), "$2\r\nv4\r\n"), "%s: offline queue: values on the server", MODE);
    th_ok(!strcmp(raw1(srv2.port, buf, sizeof buf, "EXISTS", "oq:5", NULL), ":0\r\n"), "%s: offline queue: the refused one was never sent", MODE);
    /* connected: the limit does not apply */
    ok5 = 1;
    for (i = 10; i < 30; i++) if (cmd(c, &r[i], "PING") != AR_OK) ok5 = 0;
    th_ok(ok5 && wait_recs(r + 10, 20, WAIT) && all_once(r + 10, 20), "%s: offline queue: 20 commands while connected, all answered once", MODE);
    drop(c);
}

/* ---------------------------- idempotent vs not, written to a stopped server */
static void test_idempotent_retry(void) {
    static const char *const only_hset[] = { "hset", NULL };   /* case-insensitive */
    evs ea, eb;
    ar_options oa = opts(srv.port, &ea), ob = opts(srv.port, &eb);
    ar_client *a, *b;
    rec r[8];
    char buf[256];
    memset(r, 0, sizeof r);
    raw1(srv.port, buf, sizeof buf, "SET", "id:k", "v");
    raw1(srv.port, buf, sizeof buf, "DEL", "id:n", NULL);
    raw1(srv.port, buf, sizeof buf, "DEL", "id:m", NULL);
    raw1(srv.port, buf, sizeof buf, "DEL", "id:x", NULL);
    raw1(srv.port, buf, sizeof buf, "DEL", "id:h", NULL);
    oa.request_timeout_ms = 10000;
    ob.request_timeout_ms = 10000;
    ob.idempotent_commands = only_hset;
    a = mk(&oa);
    b = mk(&ob);
    if (!th_ok(a && b && ping_ok(a, WAIT) && ping_ok(b, WAIT), "%s: retry: connected", MODE)) { drop(a); drop(b); return; }
    th_server_sigstop(&srv);
    /* a: default idempotent list */
    cmd(a, &r[0], "GET id:k");                               /* default list: kept */
    cmdx(a, AR_CMD_IDEMPOTENT, 0, &r[1], "SET id:x 1");      /* flagged: kept */
    cmd(a, &r[2], "INCR id:n");                              /* fails maybe */
    cmd(a, &r[3], "GET id:k");
    /* b: idempotent_commands = { "HSET" } replaces the default list */
    cmd(b, &r[4], "GET id:k");                               /* not in b's list: fails maybe */
    cmd(b, &r[5], "HSET id:h f v");                          /* kept */
    cmdx(b, AR_CMD_IDEMPOTENT, 0, &r[6], "INCR id:m");       /* flagged: kept, runs once */
    th_ok(wait_written(a, WAIT) && wait_written(b, WAIT), "%s: retry: all written to the stopped server", MODE);
    run_for(100);
    th_ok(none_ran(r, 7), "%s: retry: nothing answered yet", MODE);
    th_server_kill(&srv);
    th_ok(th_server_restart(&srv) == 0, "%s: retry: server killed and restarted", MODE);
    follow_recs(&ea, r, 4);
    follow_recs(&eb, r + 4, 3);
    run_for(50);
    th_ok(all_once(r, 7), "%s: retry: each callback exactly once", MODE);
    th_ok(r[0].err == AR_OK && !strcmp(r[0].str, "v") && r[3].err == AR_OK && !strcmp(r[3].str, "v"),
          "%s: retry: GET (default list) succeeds after the reconnect (%s)", MODE, ar_strerror(r[0].err));
    th_ok(r[1].err == AR_OK && r[1].type == AR_REPLY_STATUS, "%s: retry: SET with AR_CMD_IDEMPOTENT succeeds after the reconnect (%s)", MODE, ar_strerror(r[1].err));
    th_ok(lost(r[2].err) && maybe(&r[2]), "%s: retry: INCR fails typed, maybe-executed (%s, %u)", MODE, ar_strerror(r[2].err), r[2].flags);
    th_ok(r[2].seq < r[0].seq && r[0].seq < r[1].seq && r[1].seq < r[3].seq, "%s: retry: the kept ones complete in order", MODE);
    th_ok(lost(r[4].err) && maybe(&r[4]), "%s: retry: GET not in a custom idempotent list fails maybe-executed (%s)", MODE, ar_strerror(r[4].err));
    th_ok(r[5].err == AR_OK && r[5].integer == 1, "%s: retry: HSET from the custom list re-sent, ran once (%s, %lld)", MODE, ar_strerror(r[5].err), r[5].integer);
    th_ok(r[6].err == AR_OK && r[6].integer == 1, "%s: retry: INCR flagged AR_CMD_IDEMPOTENT re-sent, ran once (%lld)", MODE, r[6].integer);
    th_ok(!strcmp(raw1(srv.port, buf, sizeof buf, "EXISTS", "id:n", NULL), ":0\r\n"), "%s: retry: the failed INCR was not re-sent", MODE);
    th_ok(ea.connects == 2 && eb.connects == 2, "%s: retry: on_connect twice each (%d %d)", MODE, ea.connects, eb.connects);
    th_ok(ea.disconnects >= 1 && lost(ea.reason[0]), "%s: retry: on_disconnect(%s)", MODE, ar_strerror(ea.reason[0]));
    drop(a);
    drop(b);
}

/* --------------- partly written commands: kept with reconnect, failed without */
static void test_partial_write(void) {
    evs er, en;
    ar_options oR = opts(srv2.port, &er), oN = opts(srv2.port, &en);
    ar_client *cr, *cn;
    rec r[10];
    size_t n = 32u << 20;
    char *big, buf[256];
    memset(r, 0, sizeof r);
    oR.request_timeout_ms = 10000;
    oN.request_timeout_ms = 10000;
    oN.no_reconnect = 1;
    cr = mk(&oR);
    cn = mk(&oN);
    if (!th_ok(cr && cn && ping_ok(cr, WAIT) && ping_ok(cn, WAIT), "%s: partial: connected", MODE)) { drop(cr); drop(cn); return; }
    big = (char *)malloc(n);
    memset(big, 'p', n);
    th_server_sigstop(&srv2);
    cmd(cr, &r[0], "PING");                 /* written, idempotent */
    cmd(cr, &r[1], "INCR pw:n");            /* written, not idempotent */
    cmd(cr, &r[2], "SET pw:big %b", big, n); /* partly written */
    cmd(cr, &r[3], "SET pw:small v");       /* not written */
    cmd(cn, &r[4], "PING");
    cmd(cn, &r[5], "SET pw:big2 %b", big, n);
    cmd(cn, &r[6], "SET pw:small2 v");
    free(big);
    run_for(400);
    th_ok(ar_client_pending_output(cr) > 0 && ar_client_pending_output(cn) > 0, "%s: partial: output stuck at the stopped server (%zu, %zu)",
          MODE, ar_client_pending_output(cr), ar_client_pending_output(cn));
    th_ok(none_ran(r, 7), "%s: partial: nothing completed yet", MODE);
    th_server_kill(&srv2);
    wait_recs(r + 4, 3, WAIT);
    th_ok(lost(r[4].err) && maybe(&r[4]), "%s: partial/no_reconnect: written PING fails maybe-executed (%s, %u)", MODE, ar_strerror(r[4].err), r[4].flags);
    th_ok(lost(r[5].err) && !maybe(&r[5]), "%s: partial/no_reconnect: partly written SET fails, not maybe (%s, %u)", MODE, ar_strerror(r[5].err), r[5].flags);
    th_ok(lost(r[6].err) && !maybe(&r[6]), "%s: partial/no_reconnect: unwritten SET fails, not maybe (%s, %u)", MODE, ar_strerror(r[6].err), r[6].flags);
    th_is_int(ar_client_state(cn), AR_STATE_DISCONNECTED, "%s: partial/no_reconnect: DISCONNECTED", MODE);
    th_ok(th_server_restart(&srv2) == 0, "%s: partial: server restarted", MODE);
    follow_recs(&er, r, 4);
    run_for(50);
    th_ok(all_once(r, 7), "%s: partial: each callback exactly once", MODE);
    th_ok(r[0].err == AR_OK && r[0].type == AR_REPLY_STATUS, "%s: partial/reconnect: written PING re-sent (%s)", MODE, ar_strerror(r[0].err));
    th_ok(lost(r[1].err) && maybe(&r[1]), "%s: partial/reconnect: written INCR fails maybe-executed (%s)", MODE, ar_strerror(r[1].err));
    th_ok(r[2].err == AR_OK && r[2].type == AR_REPLY_STATUS, "%s: partial/reconnect: the partly written 32 MB SET sent again, whole (%s)", MODE, ar_strerror(r[2].err));
    th_ok(r[3].err == AR_OK, "%s: partial/reconnect: the unwritten SET sent (%s)", MODE, ar_strerror(r[3].err));
    th_ok(!strcmp(raw1(srv2.port, buf, sizeof buf, "STRLEN", "pw:big", NULL), ":33554432\r\n"), "%s: partial: the server has the 32 MB value (%s)", MODE, buf);
    th_ok(!strcmp(raw1(srv2.port, buf, sizeof buf, "EXISTS", "pw:n", NULL), ":0\r\n"), "%s: partial: INCR not re-sent", MODE);
    th_ok(!strcmp(raw1(srv2.port, buf, sizeof buf, "EXISTS", "pw:small2", NULL), ":0\r\n"), "%s: partial: no_reconnect client sent nothing more", MODE);
    raw1(srv2.port, buf, sizeof buf, "DEL", "pw:big", NULL);
    th_is_int(en.reconnects, 0, "%s: partial/no_reconnect: on_reconnect never called", MODE);
    drop(cr);
    drop(cn);
}

/* --------------------------------------- server restart under a steady load */
#define NLOAD 12000
typedef struct load_st {
    ar_client *c;
    rec r[NLOAD];
    int next, done, window;
} load_st;
static load_st L;
static void load_cb(ar_client *c, const ar_reply *r, void *ud);
static void load_fill(void) {
    while (L.next < NLOAD && L.next - L.done < L.window) {
        int i = L.next++, rc;
        g_in_submit = 1;
        if (i % 2 == 0) rc = ar_command(L.c, load_cb, &L.r[i], "RPUSH load:list %d", i);
        else rc = ar_command(L.c, load_cb, &L.r[i], "GET load:g");
        g_in_submit = 0;
        L.r[i].rc = rc;
        if (rc != AR_OK) { L.r[i].calls = -1000; L.done++; }
    }
}
static void load_cb(ar_client *c, const ar_reply *r, void *ud) {
    rec_cb(c, r, ud);
    L.done++;
    load_fill();
}
static int load_all(void *a) { (void)a; return L.done >= NLOAD; }
static int load_some(void *a) { return L.done >= *(int *)a; }

static void test_restart_load(void) {
    evs e;
    ar_options o = opts(srv.port, &e);
    char buf[64];
    int i, once = 1, get_ok = 1, bad_type = 0, third = NLOAD / 3;
    int n_ok = 0, n_maybe = 0, n_fail = 0, in_list_bad = 0, dup = 0, missing = 0, stray = 0, maybe_in = 0;
    static int seen[NLOAD];
    memset(&L, 0, sizeof L);
    memset(seen, 0, sizeof seen);
    raw1(srv.port, buf, sizeof buf, "DEL", "load:list", NULL);
    raw1(srv.port, buf, sizeof buf, "SET", "load:g", "g");
    o.request_timeout_ms = 20000;
    o.offline_queue_max = NLOAD;
    o.reconnect_delay_ms = 20;
    o.reconnect_delay_max_ms = 100;
    L.c = mk(&o);
    L.window = 500;
    if (!th_ok(L.c && ping_ok(L.c, WAIT), "%s: load: connected", MODE)) { drop(L.c); return; }
    load_fill();
    /* 1: killed while commands flow (some ran, their replies lost) */
    th_ok(drv_run_until(&D, load_some, &third, WAIT), "%s: load: a third done", MODE);
    th_server_kill(&srv);
    follow_int(&e, &e.reconnects, e.reconnects + 3);   /* down for a while: reconnect attempts, queueing */
    th_ok(th_server_restart(&srv) == 0, "%s: load: server killed mid-stream and restarted", MODE);
    /* 2: stopped first, so the commands in flight are written and unanswered */
    third *= 2;
    th_ok(follow(&e, load_some, &third), "%s: load: two thirds done", MODE);
    th_server_sigstop(&srv);
    wait_written(L.c, WAIT);
    run_for(50);
    th_server_kill(&srv);
    follow_int(&e, &e.reconnects, e.reconnects + 3);
    th_ok(th_server_restart(&srv) == 0, "%s: load: server stopped, killed and restarted mid-stream", MODE);
    follow(&e, load_all, NULL);
    th_ok(L.done >= NLOAD, "%s: load: all %d callbacks ran (%d)", MODE, NLOAD, L.done);
    run_for(50);
    for (i = 0; i < NLOAD; i++) {
        rec *x = &L.r[i];
        if (x->calls != 1) { once = 0; continue; }
        if (i % 2 == 1) {
            if (x->err != AR_OK || x->type != AR_REPLY_STRING || strcmp(x->str, "g")) get_ok = 0;
        } else if (x->err == AR_OK) {
            if (x->type != AR_REPLY_INTEGER) bad_type++;
            n_ok++;
        } else if (maybe(x)) {
            n_maybe++;
            if (!lost(x->err)) bad_type++;
        } else {
            n_fail++;
        }
    }
    th_ok(once, "%s: load: every callback exactly once", MODE);
    th_ok(get_ok, "%s: load: every idempotent GET succeeded eventually", MODE);
    th_is_int(bad_type, 0, "%s: load: failures typed AR_ERR_EOF/IO, successes integers", MODE);
    th_note("%s: load: RPUSH ok %d, maybe-executed %d, failed %d; reconnects %d", MODE, n_ok, n_maybe, n_fail, e.reconnects);
    th_ok(n_maybe > 0, "%s: load: some RPUSHes were in flight at the kill (%d maybe-executed)", MODE, n_maybe);
    th_ok(e.connects >= 3, "%s: load: reconnected twice (%d)", MODE, e.connects);
    /* the server judges: LRANGE load:list */
    if (th_ok(list_ids(srv.port, "load:list", seen, NLOAD, &stray) >= 0, "%s: load: list read back", MODE)) {
        for (i = 0; i < NLOAD; i++) {
            if (i % 2 && seen[i]) stray++;
            if (seen[i] > 1) dup++;
        }
        for (i = 0; i < NLOAD; i += 2) {
            rec *x = &L.r[i];
            if (x->calls != 1) continue;
            if (x->err == AR_OK && !seen[i]) missing++;
            if (x->err != AR_OK && !maybe(x) && seen[i]) in_list_bad++;
            if (x->err != AR_OK && maybe(x) && seen[i]) maybe_in++;
        }
        th_is_int(stray + dup, 0, "%s: load: no id twice in the list (a non-idempotent command re-sent) and no stray ids", MODE);
        th_is_int(missing, 0, "%s: load: every RPUSH that reported success is in the list", MODE);
        th_is_int(in_list_bad, 0, "%s: load: no RPUSH that failed not-maybe-executed is in the list", MODE);
        th_note("%s: load: %d of %d maybe-executed RPUSHes did run", MODE, maybe_in, n_maybe);
    }
    drop(L.c);
}

/* ------------------------------------------------------------------- OOM */
static void test_oom(void) {
    evs e;
    ar_options o = opts(srv2.port, &e);
    ar_client *c;
    rec r[3];
    char buf[256];
    memset(r, 0, sizeof r);
    c = mk(&o);
    if (!th_ok(c && ping_ok(c, WAIT), "%s: oom: connected", MODE)) { drop(c); return; }
    raw1(srv2.port, buf, sizeof buf, "SET", "oom:k", "v");
    {
        const char *a1[] = { "CONFIG", "SET", "maxmemory-policy", "noeviction" };
        const char *a2[] = { "CONFIG", "SET", "maxmemory", "1" };
        th_raw_command(srv2.port, buf, sizeof buf, 4, a1);
        th_raw_command(srv2.port, buf, sizeof buf, 4, a2);
    }
    cmd(c, &r[0], "SET oom:x %s", "value");
    cmd(c, &r[1], "GET oom:k");
    wait_recs(r, 2, WAIT);
    {
        const char *a3[] = { "CONFIG", "SET", "maxmemory", "0" };
        th_raw_command(srv2.port, buf, sizeof buf, 4, a3);
    }
    cmd(c, &r[2], "SET oom:x %s", "value");
    wait_recs(r + 2, 1, WAIT);
    run_for(50);
    th_ok(all_once(r, 3), "%s: oom: each callback exactly once", MODE);
    th_ok(r[0].err == AR_OK && r[0].type == AR_REPLY_ERROR && !strncmp(r[0].str, "OOM", 3),
          "%s: oom: SET -> an error reply starting with OOM (%s)", MODE, r[0].str);
    th_ok(r[1].err == AR_OK && !strcmp(r[1].str, "v"), "%s: oom: GET still answered", MODE);
    th_ok(r[2].err == AR_OK && r[2].type == AR_REPLY_STATUS, "%s: oom: SET works again after maxmemory 0", MODE);
    th_ok(e.disconnects == 0 && e.connects == 1 && e.errors == 0, "%s: oom: the connection stayed up", MODE);
    drop(c);
}

/* ------------------------------------------------------------ AUTH setup */
static ar_client *auth_client(evs *e, const char *user, const char *pass, int db, rec *r, int ncmd) {
    ar_options o = opts(srva.port, e);
    ar_client *c;
    int i;
    o.username = user;
    o.password = pass;
    o.db = db;
    o.reconnect_delay_ms = 20;
    o.request_timeout_ms = 5000;
    c = mk(&o);
    for (i = 0; c && i < ncmd; i++) cmd(c, &r[i], i == 0 ? "ACL WHOAMI" : "PING");
    return c;
}

static void test_auth(void) {
    evs e;
    ar_client *c;
    rec r[4];
    long long before, after;
    static const struct { const char *user, *pass; int db; const char *name; } bad[] = {
        { NULL, "wrong", 0, "wrong password" },
        { "nosuchuser", "x", 0, "unknown ACL user" },
        { "alice", "wrong", 0, "wrong ACL password" },
        { NULL, APASS, 99, "bad db (SELECT 99)" },
    };
    size_t k;
    /* right password */
    memset(r, 0, sizeof r);
    c = auth_client(&e, NULL, APASS, 0, r, 2);
    wait_recs(r, 2, WAIT);
    th_ok(c && r[0].err == AR_OK && !strcmp(r[0].str, "default") && r[1].err == AR_OK,
          "%s: auth: password -> authenticated as default (%s)", MODE, r[0].str);
    th_ok(e.connects == 1 && e.disconnects == 0, "%s: auth: on_connect once", MODE);
    /* AUTH replayed on reconnect: the server drops the connection */
    {
        rec q[2];
        char id[32], buf[256];
        int fd;
        memset(q, 0, sizeof q);
        cmd(c, &q[0], "CLIENT ID");
        wait_recs(q, 1, WAIT);
        snprintf(id, sizeof id, "%lld", q[0].integer);
        fd = th_raw_connect(srva.port);
        if (fd >= 0) {
            th_raw_cmd(fd, buf, sizeof buf, "AUTH", APASS, (char *)NULL);
            th_raw_cmd(fd, buf, sizeof buf, "CLIENT", "KILL", "ID", id, (char *)NULL);
            close(fd);
        }
        follow_int(&e, &e.connects, 2);
        th_ok(e.connects >= 2 && e.disconnects == 1 && lost(e.reason[0]), "%s: auth: server-side kill -> reconnected", MODE);
        cmd(c, &q[1], "ACL WHOAMI");
        wait_recs(q + 1, 1, WAIT);
        th_ok(q[1].err == AR_OK && !strcmp(q[1].str, "default") && e.connects == 2,
              "%s: auth: AUTH replayed after the reconnect (ACL WHOAMI -> %s)", MODE, q[1].str);
    }
    drop(c);
    /* ACL user */
    memset(r, 0, sizeof r);
    c = auth_client(&e, "alice", "apw", 0, r, 2);
    wait_recs(r, 2, WAIT);
    th_ok(c && r[0].err == AR_OK && !strcmp(r[0].str, "alice") && r[1].err == AR_OK,
          "%s: auth: ACL user -> ACL WHOAMI alice (%s)", MODE, r[0].str);
    drop(c);
    /* refused setups: AR_ERR_AUTH, not retried */
    for (k = 0; k < sizeof bad / sizeof bad[0]; k++) {
        memset(r, 0, sizeof r);
        before = total_conns(srva.port, APASS);
        c = auth_client(&e, bad[k].user, bad[k].pass, bad[k].db, r, 3);
        wait_recs(r, 3, WAIT);
        clock_at(tc_now() + 60000);   /* reconnect_delay 20: a storm would show */
        run_for(50);
        after = total_conns(srva.port, APASS);
        th_ok(all_once(r, 3), "%s: auth/%s: each callback exactly once", MODE, bad[k].name);
        th_ok(r[0].err == AR_ERR_AUTH && !maybe(&r[0]) && r[1].err == AR_ERR_AUTH && r[2].err == AR_ERR_AUTH,
              "%s: auth/%s: queued commands fail with AR_ERR_AUTH (%s)", MODE, bad[k].name, ar_strerror(r[0].err));
        th_ok(e.disconnects == 1 && e.reason[0] == AR_ERR_AUTH, "%s: auth/%s: on_disconnect(AR_ERR_AUTH) once (%d, %s)",
              MODE, bad[k].name, e.disconnects, e.disconnects ? ar_strerror(e.reason[0]) : "-");
        th_ok(e.errors == 1 && e.error_err == AR_ERR_AUTH, "%s: auth/%s: on_error(AR_ERR_AUTH) (%d: %s)", MODE, bad[k].name, e.errors, e.error_msg);
        th_ok(e.reconnects == 0 && e.connects == 0, "%s: auth/%s: not retried, on_connect never (%d reconnects)", MODE, bad[k].name, e.reconnects);
        th_is_int(after - before - 1, 1, "%s: auth/%s: one connection reached the server", MODE, bad[k].name);
        th_is_int(c ? (int)ar_client_state(c) : -1, AR_STATE_DISCONNECTED, "%s: auth/%s: DISCONNECTED", MODE, bad[k].name);
        if (c) {
            th_is_int(cmd(c, &r[3], "PING"), AR_ERR_AUTH, "%s: auth/%s: later submissions refused with AR_ERR_AUTH", MODE, bad[k].name);
            th_ok(strstr(ar_client_errstr(c), "setup refused") != NULL, "%s: auth/%s: errstr tells why (%s)", MODE, bad[k].name, ar_client_errstr(c));
            wait_recs(r + 3, 1, 300);
            th_is_int(r[3].calls, 0, "%s: auth/%s: the refused callback never runs", MODE, bad[k].name);
        }
        drop(c);
    }
}

/* ------------------------------------------------- SELECT and CLIENT SETNAME */
static void test_select_name(void) {
    evs e;
    ar_options o = opts(srv2.port, &e);
    ar_client *c;
    rec r[6];
    char buf[256];
    int fd;
    memset(r, 0, sizeof r);
    raw1(srv2.port, buf, sizeof buf, "FLUSHALL", NULL, NULL);
    o.db = 2;
    o.client_name = "arsel";
    c = mk(&o);
    if (!c) { th_ok(0, "%s: select: client", MODE); return; }
    cmd(c, &r[0], "SET sel:k v2");
    cmd(c, &r[1], "CLIENT GETNAME");
    cmd(c, &r[2], "CLIENT ID");
    wait_recs(r, 3, WAIT);
    th_ok(r[0].err == AR_OK && r[1].err == AR_OK && !strcmp(r[1].str, "arsel"), "%s: select: CLIENT SETNAME applied (%s)", MODE, r[1].str);
    fd = th_raw_connect(srv2.port);
    th_ok(fd >= 0 && th_raw_cmd(fd, buf, sizeof buf, "GET", "sel:k", (char *)NULL) > 0 && !strcmp(buf, "$-1\r\n"), "%s: select: not in db 0", MODE);
    th_ok(fd >= 0 && th_raw_cmd(fd, buf, sizeof buf, "SELECT", "2", (char *)NULL) > 0 &&
          th_raw_cmd(fd, buf, sizeof buf, "GET", "sel:k", (char *)NULL) > 0 && !strcmp(buf, "$2\r\nv2\r\n"), "%s: select: the key landed in db 2", MODE);
    /* the server drops the connection: setup replayed on the reconnect */
    {
        char id[32];
        snprintf(id, sizeof id, "%lld", r[2].integer);
        if (fd >= 0) th_raw_cmd(fd, buf, sizeof buf, "CLIENT", "KILL", "ID", id, (char *)NULL);
    }
    follow_int(&e, &e.connects, 2);
    th_ok(e.connects >= 2 && lost(e.reason[0]), "%s: select: server-side kill -> reconnected (%d)", MODE, e.connects);
    cmd(c, &r[3], "SET sel:k2 v3");
    cmd(c, &r[4], "CLIENT GETNAME");
    wait_recs(r + 3, 2, WAIT);
    th_ok(r[4].err == AR_OK && !strcmp(r[4].str, "arsel"), "%s: select: name set again after the reconnect", MODE);
    th_ok(fd >= 0 && th_raw_cmd(fd, buf, sizeof buf, "GET", "sel:k2", (char *)NULL) > 0 && !strcmp(buf, "$2\r\nv3\r\n"),
          "%s: select: SELECT replayed after the reconnect (db 2)", MODE);
    if (fd >= 0) close(fd);
    run_for(30);
    th_ok(all_once(r, 5), "%s: select: each callback exactly once", MODE);
    drop(c);
    /* a name the server refuses (spaces): AR_ERR_AUTH, not retried */
    {
        evs eb;
        ar_options ob = opts(srv2.port, &eb);
        ar_client *cb;
        rec q;
        memset(&q, 0, sizeof q);
        ob.client_name = "has space";
        ob.reconnect_delay_ms = 20;
        cb = mk(&ob);
        if (cb) cmd(cb, &q, "PING");
        wait_recs(&q, 1, WAIT);
        clock_at(tc_now() + 60000);
        run_for(50);
        th_ok(cb && q.calls == 1 && q.err == AR_ERR_AUTH && eb.reconnects == 0 && eb.errors == 1 && ar_client_state(cb) == AR_STATE_DISCONNECTED,
              "%s: select: refused CLIENT SETNAME -> AR_ERR_AUTH, not retried (%s, %d reconnects)", MODE, ar_strerror(q.err), eb.reconnects);
        drop(cb);
    }
}

/* setup order on the wire: AUTH, SELECT, CLIENT SETNAME, then user commands */
static void test_setup_order(void) {
    fs_action a[1];
    fs_server fs;
    evs e;
    ar_options o;
    ar_client *c;
    rec r[2];
    const char *want = "AUTH u p\nSELECT 2\nCLIENT SETNAME n\nPING\nGET k\n";
    memset(r, 0, sizeof r);
    a[0] = fs_reply("+OK\r\n");
    if (fs_start(&fs, a, 1) != 0) { th_ok(0, "%s: setup order: fault server", MODE); return; }
    o = opts(fs.port, &e);
    o.username = "u"; o.password = "p"; o.db = 2; o.client_name = "n";
    c = mk(&o);
    if (c) { cmd(c, &r[0], "PING"); cmd(c, &r[1], "GET k"); }
    wait_recs(r, 2, WAIT);
    th_ok(c && all_once(r, 2) && r[0].err == AR_OK && r[1].err == AR_OK, "%s: setup order: user commands answered once", MODE);
    th_ok(!strcmp(fs_log(&fs), want), "%s: setup order: AUTH u p, SELECT 2, CLIENT SETNAME n, then the user's (got %s)", MODE, fs_log(&fs));
    th_ok(e.connects == 1, "%s: setup order: on_connect once", MODE);
    drop(c);
    fs_stop(&fs);
}

/* ------------------------------------------------------------------ URI */
static int info_has(const rec *x, const char *needle) { return x->err == AR_OK && strstr(x->str, needle) != NULL; }

static void test_uri(void) {
    evs e;
    ar_options o;
    ar_client *c;
    rec r[3];
    char uri[512];
    const char *why;
    /* redis://host:port/db?name= */
    memset(r, 0, sizeof r);
    snprintf(uri, sizeof uri, "redis://127.0.0.1:%d/3?name=urix", srv2.port);
    o = opts(0, &e);
    o.host = NULL; o.port = 0;
    o.uri = uri;
    c = mk(&o);
    if (c) { cmd(c, &r[0], "CLIENT INFO"); wait_recs(r, 1, WAIT); }
    th_ok(c && info_has(&r[0], " name=urix ") && info_has(&r[0], " db=3 "), "%s: uri: %s -> name and db applied (%s)", MODE, uri, r[0].str);
    drop(c);
    /* user and password, percent-decoded */
    memset(r, 0, sizeof r);
    snprintf(uri, sizeof uri, "redis://alice:apw@127.0.0.1:%d/2?name=ua", srva.port);
    o = opts(0, &e); o.host = NULL; o.port = 0; o.uri = uri;
    c = mk(&o);
    if (c) { cmd(c, &r[0], "ACL WHOAMI"); cmd(c, &r[1], "CLIENT INFO"); wait_recs(r, 2, WAIT); }
    th_ok(c && !strcmp(r[0].str, "alice") && info_has(&r[1], " db=2 ") && info_has(&r[1], " name=ua "), "%s: uri: ACL user, db, name (%s)", MODE, r[0].str);
    drop(c);
    memset(r, 0, sizeof r);
    snprintf(uri, sizeof uri, "redis://:s3cr%%40t@127.0.0.1:%d", srva.port);
    o = opts(0, &e); o.host = NULL; o.port = 0; o.uri = uri;
    c = mk(&o);
    if (c) { cmd(c, &r[0], "ACL WHOAMI"); wait_recs(r, 1, WAIT); }
    th_ok(c && r[0].err == AR_OK && !strcmp(r[0].str, "default"), "%s: uri: percent-encoded password (%s)", MODE, r[0].err ? ar_strerror(r[0].err) : r[0].str);
    drop(c);
    /* redis+unix:// */
    memset(r, 0, sizeof r);
    snprintf(uri, sizeof uri, "redis+unix://%s?db=3&name=uu", srv2.sock);
    o = opts(0, &e); o.host = NULL; o.port = 0; o.uri = uri;
    c = mk(&o);
    if (c) { cmd(c, &r[0], "CLIENT INFO"); wait_recs(r, 1, WAIT); }
    th_ok(c && info_has(&r[0], " db=3 ") && info_has(&r[0], " name=uu "), "%s: uri: redis+unix:// with db and name (%s)", MODE, r[0].str);
    drop(c);
    /* a bad URI is refused at creation */
    o = opts(0, &e); o.host = NULL; o.port = 0; o.uri = "http://127.0.0.1:1";
    why = NULL;
    c = drv_client(&D, &o, &why);
    th_ok(c == NULL && why != NULL, "%s: uri: http:// refused (%s)", MODE, why ? why : "");
    drop(c);
}

/* ----------------------------------------------------------- Unix socket */
static void test_unix(void) {
    evs e;
    ar_options o = opts(0, &e);
    ar_client *c;
    rec r[2];
    memset(r, 0, sizeof r);
    o.host = NULL; o.port = 0;
    o.path = srv2.sock;
    o.request_timeout_ms = 5000;
    c = mk(&o);
    if (!th_ok(c && ping_ok(c, WAIT), "%s: unix: connected", MODE)) { drop(c); return; }
    th_server_kill(&srv2);
    wait_int(&e.disconnects, 1, WAIT);
    th_ok(lost(e.reason[0]), "%s: unix: loss noticed (%s)", MODE, ar_strerror(e.reason[0]));
    cmd(c, &r[0], "SET ux:k v");
    run_for(150);
    th_ok(e.reconnects >= 1, "%s: unix: reconnecting (%d)", MODE, e.reconnects);
    th_ok(th_server_restart(&srv2) == 0, "%s: unix: server restarted", MODE);
    follow_recs(&e, r, 1);
    cmd(c, &r[1], "GET ux:k");
    wait_recs(r + 1, 1, WAIT);
    run_for(30);
    th_ok(all_once(r, 2) && r[0].err == AR_OK && r[1].err == AR_OK && !strcmp(r[1].str, "v"),
          "%s: unix: reconnected over the socket, queued command ran once", MODE);
    th_is_int(e.connects, 2, "%s: unix: on_connect twice", MODE);
    drop(c);
}

/* ------------------------------------------------------------------- DNS */
static void test_dns(void) {
    evs e;
    ar_options o = opts(srv2.port, &e);
    ar_client *c;
    rec r[2];
    memset(r, 0, sizeof r);
    o.host = "localhost";
    o.resolve_timeout_ms = 2000;
    c = mk(&o);
    th_ok(c && ping_ok(c, WAIT), "%s: dns: \"localhost\" resolved and connected", MODE);
    /* resolved again for every reconnect */
    th_server_kill(&srv2);
    wait_int(&e.disconnects, 1, WAIT);
    th_ok(th_server_restart(&srv2) == 0, "%s: dns: server restarted", MODE);
    follow_int(&e, &e.connects, 2);
    th_ok(e.connects == 2 && c && ping_ok(c, WAIT), "%s: dns: reconnected through the name (%d)", MODE, e.connects);
    drop(c);
    /* free / close while the lookup is outstanding; many lookups at once */
    {
        ar_client *cs[20];
        rec q[20];
        int i, good = 0;
        memset(q, 0, sizeof q);
        for (i = 0; i < 10; i++) {
            ar_options oo = opts(srv2.port, NULL);
            oo.host = "localhost";
            cs[i] = mk(&oo);
            if (cs[i]) cmd(cs[i], &q[i], "PING");
            if (i % 2 == 0) drop(cs[i]);
            else if (cs[i]) ar_client_close(cs[i]);
        }
        for (i = 10; i < 20; i++) {
            ar_options oo = opts(srv2.port, NULL);
            oo.host = "localhost";
            cs[i] = mk(&oo);
            if (cs[i]) cmd(cs[i], &q[i], "PING");
        }
        wait_recs(q, 20, WAIT);
        run_for(300);   /* the lookups of the freed clients finish meanwhile */
        th_is_int(g_sigpipes, 0, "%s: dns: no SIGPIPE when a lookup finishes after its client let go", MODE);
        for (i = 10; i < 20; i++) if (q[i].calls == 1 && q[i].err == AR_OK) good++;
        th_ok(all_once(q, 20), "%s: dns: freed/closed while resolving, and 10 at once: every callback exactly once", MODE);
        th_is_int(good, 10, "%s: dns: 10 clients resolving at once all connected", MODE);
        for (i = 10; i < 20; i++) drop(cs[i]);
    }
    o = opts(srv2.port, &e);
    o.host = "no-such-host.invalid";
    o.resolve_timeout_ms = 500;
    o.reconnect_max_attempts = 1;
    o.reconnect_delay_ms = 20;
    o.request_timeout_ms = -1;
    c = mk(&o);
    if (c) cmd(c, &r[0], "PING");
    {   /* the name fails at once, or the lookup is slow (no DNS here): the
           clock moves 10 ms a turn, so the 500 ms resolve timeout can end
           it; AR_ERR_RESOLVE either way */
        long long end = tc_real_ms() + WAIT;
        while (!r[0].calls && tc_real_ms() < end) { tc_add(10); drv_turn(&D, 5); }
    }
    th_ok(c && r[0].calls == 1 && r[0].err == AR_ERR_RESOLVE && !maybe(&r[0]), "%s: dns: unknown name -> AR_ERR_RESOLVE (%s)",
          MODE, r[0].calls ? ar_strerror(r[0].err) : "no callback");
    th_ok(e.reconnects == 1, "%s: dns: retryable (one reconnect attempt, max_attempts 1) (%d)", MODE, e.reconnects);
    th_ok(e.errors == 1 && e.error_err == AR_ERR_RESOLVE, "%s: dns: on_error(AR_ERR_RESOLVE) (%s)", MODE, ar_strerror(e.error_err));
    drop(c);
}

/* ------------------------------------------------------------------ fork */
typedef struct fork_res {
    int parent_calls[2], parent_err[2], parent_maybe[2];
    int own_calls, own_err, own_rc, ran_inside;
    int state_after;
    int late_calls, late_err, late_rc;
} fork_res;

static void test_fork_one(int fork_error) {
    evs e;
    ar_options o = opts(srv2.port, &e);
    ar_client *c;
    rec r[6];
    char buf[256];
    int pfd[2];
    pid_t pid;
    fork_res fr;
    const char *tag = fork_error ? "fork/fork_error" : "fork";
    memset(r, 0, sizeof r);
    memset(&fr, 0, sizeof fr);
    raw1(srv2.port, buf, sizeof buf, "DEL", "fork:q", NULL);
    raw1(srv2.port, buf, sizeof buf, "DEL", "fork:child", NULL);
    o.fork_error = fork_error;
    c = mk(&o);
    if (!th_ok(c && ping_ok(c, WAIT), "%s: %s: connected", MODE, tag)) { drop(c); return; }
    cmd(c, &r[0], "BLPOP fork:q 1");          /* pending in the parent for 1 s */
    cmd(c, &r[1], "SET fork:p parent");
    wait_written(c, WAIT);
    if (pipe(pfd) != 0) { th_ok(0, "pipe"); drop(c); return; }
    fflush(stdout);
    fflush(stderr);
    pid = fork();
    if (pid == 0) {
        /* the child: no TAP here, results go up the pipe */
        rec cr[4];
        long long end;
        alarm(60);
        close(pfd[0]);
        memset(cr, 0, sizeof cr);
        /* the parent's two pending commands have the parent's records (r[]):
           in the child they must fail with AR_ERR_FORKED, on a later turn */
        fr.own_rc = cmd(c, &cr[0], "SET fork:child %d", fork_error ? 2 : 1);
        fr.ran_inside = r[0].calls + r[1].calls + cr[0].calls;
        end = tc_real_ms() + 20000;   /* real time (the clock is held): a safety net */
        while ((r[0].calls < 1 || r[1].calls < 1 || cr[0].calls < 1) && tc_real_ms() < end) drv_turn(&D, 10);
        fr.parent_calls[0] = r[0].calls; fr.parent_err[0] = r[0].err; fr.parent_maybe[0] = maybe(&r[0]);
        fr.parent_calls[1] = r[1].calls; fr.parent_err[1] = r[1].err; fr.parent_maybe[1] = maybe(&r[1]);
        fr.own_calls = cr[0].calls; fr.own_err = cr[0].err;
        fr.state_after = (int)ar_client_state(c);
        fr.late_rc = cmd(c, &cr[1], "PING");
        end = tc_real_ms() + (fr.late_rc == AR_OK ? 20000 : 200);
        while (cr[1].calls < 1 && tc_real_ms() < end) drv_turn(&D, 10);
        fr.late_calls = cr[1].calls; fr.late_err = cr[1].err;
        /* freeing in the child must not touch the parent's connection */
        ar_client_free(c);
        drv_forget(&D, c);
        if (write(pfd[1], &fr, sizeof fr) != (ssize_t)sizeof fr) _exit(3);
        _exit(0);
    }
    close(pfd[1]);
    if (!th_ok(pid > 0, "%s: %s: forked", MODE, tag)) { close(pfd[0]); drop(c); return; }
    /* the parent keeps working meanwhile */
    wait_recs(r, 2, WAIT);
    {
        ssize_t got = 0;
        int st = 0;
        long long end = tc_real_ms() + 70000;   /* the child's alarm is 60 s */
        struct pollfd pf;
        pf.fd = pfd[0]; pf.events = POLLIN;
        while (tc_real_ms() < end) {
            drv_turn(&D, 10);
            if (poll(&pf, 1, 0) > 0) { got = read(pfd[0], &fr, sizeof fr); break; }
        }
        close(pfd[0]);
        end = tc_real_ms() + WAIT;
        while (waitpid(pid, &st, WNOHANG) == 0) {
            if (tc_real_ms() > end) { kill(pid, SIGKILL); waitpid(pid, &st, 0); break; }
            th_sleep_ms(5);
        }
        th_ok(got == (ssize_t)sizeof fr && WIFEXITED(st) && WEXITSTATUS(st) == 0, "%s: %s: child reported and exited cleanly", MODE, tag);
    }
    th_is_int(fr.ran_inside, 0, "%s: %s: child: no callback ran inside its first call", MODE, tag);
    th_ok(fr.parent_calls[0] == 1 && fr.parent_calls[1] == 1 && fr.parent_err[0] == AR_ERR_FORKED && fr.parent_err[1] == AR_ERR_FORKED,
          "%s: %s: child: the parent's pending commands fail once with AR_ERR_FORKED (%d %s, %d %s)", MODE, tag,
          fr.parent_calls[0], ar_strerror(fr.parent_err[0]), fr.parent_calls[1], ar_strerror(fr.parent_err[1]));
    if (!fork_error) {
        th_ok(fr.own_rc == AR_OK && fr.own_calls == 1 && fr.own_err == AR_OK, "%s: %s: child: its own command ran on a fresh connection (%s)",
              MODE, tag, ar_strerror(fr.own_err));
        th_ok(fr.state_after == AR_STATE_CONNECTED && fr.late_calls == 1 && fr.late_err == AR_OK, "%s: %s: child: client works (state %d)", MODE, tag, fr.state_after);
        th_ok(!strcmp(raw1(srv2.port, buf, sizeof buf, "GET", "fork:child", NULL), "$1\r\n1\r\n"), "%s: %s: child's SET reached the server", MODE, tag);
    } else {
        th_ok(fr.own_calls <= 1 && (fr.own_rc == AR_ERR_FORKED || (fr.own_calls == 1 && fr.own_err == AR_ERR_FORKED)),
              "%s: %s: child: its command fails with AR_ERR_FORKED (rc %d, %s)", MODE, tag, fr.own_rc, ar_strerror(fr.own_err));
        th_ok(fr.state_after == AR_STATE_DISCONNECTED, "%s: %s: child: DISCONNECTED (%d)", MODE, tag, fr.state_after);
        th_ok(fr.late_rc == AR_ERR_FORKED && fr.late_calls == 0, "%s: %s: child: later submissions refused with AR_ERR_FORKED (rc %d, %d calls)", MODE, tag, fr.late_rc, fr.late_calls);
        th_ok(!strcmp(raw1(srv2.port, buf, sizeof buf, "EXISTS", "fork:child", NULL), ":0\r\n"), "%s: %s: child sent nothing", MODE, tag);
    }
    /* the parent is unaffected */
    th_ok(r[0].calls == 1 && r[0].err == AR_OK && r[0].type == AR_REPLY_NIL,
          "%s: %s: parent: BLPOP completed normally, the server's nil (%s %s)", MODE, tag, ar_strerror(r[0].err), ar_reply_type_name(r[0].type));
    th_ok(r[1].calls == 1 && r[1].err == AR_OK && r[1].type == AR_REPLY_STATUS, "%s: %s: parent: SET completed normally", MODE, tag);
    cmd(c, &r[2], "GET fork:p");
    wait_recs(r + 2, 1, WAIT);
    th_ok(r[2].err == AR_OK && !strcmp(r[2].str, "parent") && e.disconnects == 0 && e.connects == 1,
          "%s: %s: parent: connection untouched by the child (%s)", MODE, tag, r[2].str);
    drop(c);
}

/* ------------------------------------- free / submit from inside the events */
typedef struct rent { ar_client *c; int free_on; int fired; rec *sub; int subs; long long next_at; } rent;
enum { FREE_ON_RECONNECT = 1, FREE_ON_DISCONNECT, FREE_ON_ERROR, SUBMIT_ON_CONNECT };
static void rent_connect(ar_client *c, void *d) {
    rent *x = (rent *)d;
    x->fired++;
    x->next_at = 0;
    if (x->free_on == SUBMIT_ON_CONNECT && x->subs == 0) { x->subs++; cmd(c, x->sub, "PING"); }
}
static void rent_disconnect(ar_client *c, ar_err why, void *d) {
    rent *x = (rent *)d;
    (void)why;
    x->fired++;
    x->next_at = 0;
    if (x->free_on == FREE_ON_DISCONNECT && x->c) { x->c = NULL; ar_client_free(c); }
}
static void rent_error(ar_client *c, ar_err err, const char *msg, void *d) {
    rent *x = (rent *)d;
    (void)err; (void)msg;
    x->fired++;
    x->next_at = 0;
    if (x->free_on == FREE_ON_ERROR && x->c) { x->c = NULL; ar_client_free(c); }
}
static void rent_reconnect(ar_client *c, int n, long long delay, void *d) {
    rent *x = (rent *)d;
    (void)n;
    x->fired++;
    x->next_at = ar_now_ms() + delay;   /* for follow_at */
    if (x->free_on == FREE_ON_RECONNECT && x->c) { x->c = NULL; ar_client_free(c); }
}
/* a failing command's callback submits another: it waits for the reconnect */
static rec chained;
static void chain_cb(ar_client *c, const ar_reply *r, void *ud) {
    rec_cb(c, r, ud);
    if (r->err) cmd(c, &chained, "SET rent:chained %s", "yes");
}

static void test_reentrant_events(void) {
    static const char *const names[] = { "", "free in on_reconnect", "free in on_disconnect", "free in on_error", "submit in on_connect" };
    int k;
    for (k = FREE_ON_RECONNECT; k <= SUBMIT_ON_CONNECT; k++) {
        rent x;
        rec r[3];
        ar_options o;
        memset(&x, 0, sizeof x);
        memset(r, 0, sizeof r);
        memset(&o, 0, sizeof o);
        o.host = "127.0.0.1";
        o.port = k == SUBMIT_ON_CONNECT ? srv2.port : th_free_port();
        o.on_connect = rent_connect; o.on_disconnect = rent_disconnect;
        o.on_error = rent_error; o.on_reconnect = rent_reconnect;
        o.data = &x;
        o.reconnect_delay_ms = 20;
        o.reconnect_jitter = -1;
        o.reconnect_max_attempts = 1;
        o.request_timeout_ms = -1;
        x.free_on = k;
        x.sub = &r[2];
        x.c = mk(&o);
        if (!x.c) { th_ok(0, "%s: reentrant: client", MODE); continue; }
        cmd(x.c, &r[0], "PING");
        cmd(x.c, &r[1], "PING");
        {
            w_recs w;
            w.r = r; w.n = k == SUBMIT_ON_CONNECT ? 3 : 2;
            follow_at(&x.next_at, c_recs, &w);
        }
        run_for(150);
        th_ok(all_once(r, k == SUBMIT_ON_CONNECT ? 3 : 2) && x.fired > 0,
              "%s: reentrant/%s: every callback exactly once (%d %d, events %d)", MODE, names[k], r[0].calls, r[1].calls, x.fired);
        if (k == SUBMIT_ON_CONNECT) {
            th_ok(r[2].err == AR_OK && r[2].type == AR_REPLY_STATUS, "%s: reentrant/%s: the command from on_connect answered", MODE, names[k]);
            drop(x.c);
        } else {
            th_ok(r[0].err == AR_ERR_CLOSED || r[0].err == AR_ERR_CONNECT, "%s: reentrant/%s: typed (%s)", MODE, names[k], ar_strerror(r[0].err));
            th_ok(x.c == NULL, "%s: reentrant/%s: the client was freed from its event", MODE, names[k]);
            if (x.c) drop(x.c);
        }
    }
    /* a failure callback submits a command: it is queued for the reconnect */
    {
        evs e;
        ar_options o = opts(srv2.port, &e);
        ar_client *c;
        rec r[1];
        char buf[64];
        memset(r, 0, sizeof r);
        memset(&chained, 0, sizeof chained);
        raw1(srv2.port, buf, sizeof buf, "DEL", "rent:chained", NULL);
        o.request_timeout_ms = 5000;
        c = mk(&o);
        if (!th_ok(c && ping_ok(c, WAIT), "%s: reentrant/chain: connected", MODE)) { drop(c); return; }
        th_server_sigstop(&srv2);
        g_in_submit = 1;
        ar_command(c, chain_cb, &r[0], "INCR rent:n");
        g_in_submit = 0;
        wait_written(c, WAIT);
        th_server_kill(&srv2);
        wait_recs(r, 1, WAIT);
        th_ok(r[0].calls == 1 && lost(r[0].err) && maybe(&r[0]), "%s: reentrant/chain: INCR fails maybe-executed (%s)", MODE, ar_strerror(r[0].err));
        th_ok(th_server_restart(&srv2) == 0, "%s: reentrant/chain: server restarted", MODE);
        follow_recs(&e, &chained, 1);
        run_for(30);
        th_ok(chained.calls == 1 && chained.err == AR_OK, "%s: reentrant/chain: the SET submitted from the failure callback ran after the reconnect (%s)",
              MODE, ar_strerror(chained.err));
        th_ok(!strcmp(raw1(srv2.port, buf, sizeof buf, "GET", "rent:chained", NULL), "$3\r\nyes\r\n"), "%s: reentrant/chain: on the server", MODE);
        drop(c);
    }
}

/* close / free while commands wait for a reconnect, and a free from the
   callback of a command failed by the loss */
static ar_client *freer_target;
static void free_cb(ar_client *c, const ar_reply *r, void *ud) {
    rec_cb(c, r, ud);
    if (freer_target == c) { freer_target = NULL; ar_client_free(c); }
}
static void test_close_while_down(void) {
    evs e1, e2, e3;
    ar_options o1 = opts(srv2.port, &e1), o2 = opts(srv2.port, &e2), o3 = opts(srv2.port, &e3);
    ar_client *c1, *c2, *c3;
    rec r[10];
    int i;
    memset(r, 0, sizeof r);
    o1.request_timeout_ms = o2.request_timeout_ms = o3.request_timeout_ms = 1000;
    c1 = mk(&o1); c2 = mk(&o2); c3 = mk(&o3);
    if (!th_ok(c1 && c2 && c3 && ping_ok(c1, WAIT) && ping_ok(c2, WAIT) && ping_ok(c3, WAIT), "%s: close while down: connected", MODE)) {
        drop(c1); drop(c2); drop(c3); return;
    }
    th_server_sigstop(&srv2);
    /* c3: INCR (written, will fail maybe-executed) frees the client in its
       callback; GET and SET behind it were kept for the reconnect */
    freer_target = c3;
    g_in_submit = 1;
    ar_command(c3, free_cb, &r[6], "INCR cwd:n");
    g_in_submit = 0;
    cmd(c3, &r[7], "GET cwd:k");
    wait_written(c3, WAIT);
    cmd(c3, &r[8], "SET cwd:k v");
    th_server_kill(&srv2);
    wait_int(&e1.disconnects, 1, WAIT);
    wait_int(&e2.disconnects, 1, WAIT);
    for (i = 0; i < 3; i++) cmd(c1, &r[i], "PING");
    for (i = 3; i < 6; i++) cmd(c2, &r[i], "PING");
    ar_client_close(c1);
    th_is_int(cmd(c1, &r[9], "PING"), AR_ERR_CLOSED, "%s: close while down: submissions after close refused", MODE);
    ar_client_free(c2);
    drv_forget(&D, c2);
    th_ok(r[3].calls == 1 && r[4].calls == 1 && r[5].calls == 1 && r[3].err == AR_ERR_CLOSED && r[5].err == AR_ERR_CLOSED,
          "%s: free while down: queued callbacks ran once, AR_ERR_CLOSED", MODE);
    wait_recs(r, 3, WAIT);
    wait_recs(r + 6, 3, WAIT);
    run_for(100);
    th_ok(all_once(r, 3) && r[0].err != AR_OK && r[2].err != AR_OK, "%s: close while down: queued callbacks ran once, typed (%s)", MODE, ar_strerror(r[0].err));
    th_ok(all_once(r + 6, 3), "%s: free from a loss-failure callback: every callback once (%d %d %d)", MODE, r[6].calls, r[7].calls, r[8].calls);
    th_ok(lost(r[6].err) && maybe(&r[6]) && r[7].err == AR_ERR_CLOSED && r[8].err == AR_ERR_CLOSED,
          "%s: free from a loss-failure callback: INCR maybe-executed, the kept ones AR_ERR_CLOSED (%s, %s)", MODE, ar_strerror(r[7].err), ar_strerror(r[8].err));
    th_ok(freer_target == NULL, "%s: free from a loss-failure callback: freed", MODE);
    th_is_int(r[9].calls, 0, "%s: close while down: the refused callback never ran", MODE);
    if (th_server_restart(&srv2) != 0) th_bail("cannot restart redis-server 2");
}

/* ----------------------------------------------- ar_parse_uri (no server) */
static void test_parse_uri(void) {
    ar_options o;
    char buf[512];
    const char *why;
    int rc;
    static const char *const bad[] = {
        "http://127.0.0.1", "redis://h:notaport", "redis://h:70000", "redis://h/notadb",
        "redis://h?db=x", "", "redis://[::1", "redis+unix://", "redis://h?connect_timeout=abc",
    };
    size_t k;
    memset(&o, 0, sizeof o);
    why = NULL;
    rc = ar_parse_uri("redis://us%3Ar:p%40ss@cache.example:6380/4?name=app&request_timeout=250ms&connect_timeout=1.5&read_timeout=2&write_timeout=300ms",
                      &o, buf, sizeof buf, &why);
    th_ok(rc == AR_OK && o.host && !strcmp(o.host, "cache.example") && o.port == 6380 && o.username && !strcmp(o.username, "us:r") &&
          o.password && !strcmp(o.password, "p@ss") && o.db == 4 && o.client_name && !strcmp(o.client_name, "app") && !o.path && !o.tls,
          "uri: redis:// with user, password (percent-decoded), host, port, db, name (%s)", why ? why : "");
    th_ok(rc == AR_OK && o.request_timeout_ms == 250 && o.connect_timeout_ms == 1500 && o.read_timeout_ms == 2000 && o.write_timeout_ms == 300,
          "uri: timeouts in seconds and ms (%d %d %d %d)", o.request_timeout_ms, o.connect_timeout_ms, o.read_timeout_ms, o.write_timeout_ms);
    memset(&o, 0, sizeof o);
    rc = ar_parse_uri("redis://:secret@[::1]:7000/2", &o, buf, sizeof buf, &why);
    th_ok(rc == AR_OK && o.host && (!strcmp(o.host, "::1") || !strcmp(o.host, "[::1]")) && o.port == 7000 && !o.username &&
          o.password && !strcmp(o.password, "secret") && o.db == 2, "uri: IPv6 literal, password only (%s)", o.host ? o.host : "");
    memset(&o, 0, sizeof o);
    rc = ar_parse_uri("redis://localhost", &o, buf, sizeof buf, &why);
    th_ok(rc == AR_OK && o.host && !strcmp(o.host, "localhost") && (o.port == 6379 || o.port == 0) && o.db == 0 && !o.password,
          "uri: redis://localhost -> default port, db 0");
    memset(&o, 0, sizeof o);
    rc = ar_parse_uri("rediss://h:6390", &o, buf, sizeof buf, &why);
    th_ok(rc == AR_OK && o.tls == 1 && o.port == 6390, "uri: rediss:// sets tls");
    memset(&o, 0, sizeof o);
    rc = ar_parse_uri("redis+unix:///tmp/a%20b.sock?db=3&name=u", &o, buf, sizeof buf, &why);
    th_ok(rc == AR_OK && o.path && !strcmp(o.path, "/tmp/a b.sock") && o.db == 3 && o.client_name && !strcmp(o.client_name, "u") && !o.host,
          "uri: redis+unix:// path (percent-decoded), db, name (%s)", o.path ? o.path : "");
    memset(&o, 0, sizeof o);
    rc = ar_parse_uri("unix:///tmp/r.sock", &o, buf, sizeof buf, &why);
    th_ok(rc == AR_OK && o.path && !strcmp(o.path, "/tmp/r.sock"), "uri: unix://");
    for (k = 0; k < sizeof bad / sizeof bad[0]; k++) {
        memset(&o, 0, sizeof o);
        why = NULL;
        rc = ar_parse_uri(bad[k], &o, buf, sizeof buf, &why);
        th_ok(rc == AR_ERR_INVALID && why && *why, "uri: \"%s\" refused (%s)", bad[k], why ? why : "no reason");
    }
    memset(&o, 0, sizeof o);
    rc = ar_parse_uri("redis://averylongusername:averylongpassword@host/1", &o, buf, 8, &why);
    th_is_int(rc, AR_ERR_NOMEM, "uri: buffer too small -> AR_ERR_NOMEM");
    memset(&o, 0, sizeof o);
    o.uri = "rediss://127.0.0.1:6379";
    why = NULL;
    th_ok(ar_client_new(&o, &why) == NULL && why, "uri: rediss:// refused at ar_client_new while TLS is not compiled in (%s)", why ? why : "");
}

static void run_mode(drv_mode m) {
    drv_init(&D, m);
    th_note("---- drive mode: %s", drv_names[m]);
    test_backoff();
    test_give_up();
    test_offline_queue();
    test_idempotent_retry();
    test_partial_write();
    test_restart_load();
    test_oom();
    test_auth();
    test_select_name();
    test_setup_order();
    test_uri();
    test_unix();
    test_dns();
    test_fork_one(0);
    test_fork_one(1);
    test_reentrant_events();
    test_close_while_down();
    drv_free(&D);
    if (srv.stopped) th_server_sigcont(&srv);
    if (srv2.stopped) th_server_sigcont(&srv2);
    if (srv.pid <= 0 && th_server_restart(&srv) != 0) th_bail("cannot restart redis-server");
    if (srv2.pid <= 0 && th_server_restart(&srv2) != 0) th_bail("cannot restart redis-server 2");
}

int main(void) {
    const char *aof[] = { "--appendonly", "yes", "--appendfsync", "always", NULL };
    th_watchdog(240);
    tc_freeze();   /* the library's clock moves only when a test moves it */
    count_sigpipes();
    if (th_server_start(&srv, aof) != 0) th_bail("cannot start redis-server");
    if (th_server_start(&srv2, NULL) != 0) th_bail("cannot start redis-server 2");
    /* the harness checks readiness with a bare PING, so the password is set
       after the start (CONFIG SET requirepass), never by a restart */
    if (th_server_start(&srva, NULL) != 0) th_bail("cannot start redis-server (auth)");
    {
        int fd = th_raw_connect(srva.port);
        char buf[256];
        if (fd < 0 || th_raw_cmd(fd, buf, sizeof buf, "CONFIG", "SET", "requirepass", APASS, (char *)NULL) <= 0 ||
            th_raw_cmd(fd, buf, sizeof buf, "AUTH", APASS, (char *)NULL) <= 0 ||
            th_raw_cmd(fd, buf, sizeof buf, "ACL", "SETUSER", "alice", "on", ">apw", "~*", "&*", "+@all", (char *)NULL) <= 0 ||
            strcmp(buf, "+OK\r\n") != 0)
            th_bail("cannot set the password and the ACL user");
        close(fd);
    }
    test_parse_uri();
    run_mode(DRV_LOOP);
    run_mode(DRV_HOOKS);
    run_mode(DRV_PUMP);
    th_is_int(g_violations, 0, "no callback ever ran inside a submitting call");
    th_is_int(g_sigpipes, 0, "the library never raised SIGPIPE");
    th_server_stop(&srv);
    th_server_stop(&srv2);
    th_server_stop(&srva);
    return th_done();
}
