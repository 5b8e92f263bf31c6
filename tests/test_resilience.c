/* tests/test_resilience.c - timeouts (request, read, write, connect), the
   reset a timeout after a write causes, blocking-command deadlines, slow
   commands, and a partition by SIGSTOP; under all three drive modes.

   Every command has its own record (tests/resilience.h): each callback must
   run exactly once, never inside the submitting call, and every failure must
   be typed (r->err) and flagged maybe-executed exactly when the command was
   written and got no reply. Servers: srv (a plain redis-server) and the
   fault-injecting server (tests/faultserver.h) for silence, a peer that never
   reads and a connect that never completes.

   No timing assertion: the library runs on the test's clock, held still
   (tests/resilience.h, "Time"). A timeout of X ms is judged by moving the
   clock: nothing has failed at X - 1, the failure is there at X, and its
   recorded time is exactly X. The server that must not answer in time is
   stopped (SIGSTOP) or held (fs_hold), never merely slow. */
#include "resilience.h"

static th_server srv;

/* ------------------------------------------ request timeout and its reset */
static void test_request_timeout(void) {
    evs e, eb;
    ar_options o = opts(srv.port, &e), ob;
    ar_client *c, *cb;
    rec r[6];
    char buf[256];
    long long t0;
    memset(r, 0, sizeof r);
    raw1(srv.port, buf, sizeof buf, "DEL", "rt:k", NULL);
    raw1(srv.port, buf, sizeof buf, "DEL", "rt:n", NULL);
    o.request_timeout_ms = 100;
    c = mk(&o);
    if (!th_ok(c && ping_ok(c, WAIT), "%s: request timeout: connected", MODE)) { drop(c); return; }
    /* the server is stopped: no reply comes until SIGCONT, only the clock
       decides. The slow command has the client default (100 ms); the two
       behind it 2 s. */
    th_server_sigstop(&srv);
    t0 = tc_now();
    cmd(c, &r[0], "DEBUG SLEEP 0.3");
    cmdx(c, 0, 2000, &r[1], "INCR rt:n");     /* written, not idempotent */
    cmdx(c, 0, 2000, &r[2], "GET rt:k");      /* written, idempotent: re-sent */
    th_ok(none_ran(r, 3), "%s: request timeout: nothing ran inside the submissions", MODE);
    th_ok(wait_written(c, WAIT), "%s: request timeout: all written", MODE);
    clock_at(t0 + 99);
    th_ok(none_ran(r, 3) && e.disconnects == 0, "%s: request timeout: nothing failed at 99 ms", MODE);
    clock_at(t0 + 100);
    wait_recs(r, 2, WAIT);
    th_ok(r[0].calls == 1 && r[0].err == AR_ERR_TIMEOUT && maybe(&r[0]),
          "%s: request timeout: DEBUG SLEEP 0.3 with 100 ms -> AR_ERR_TIMEOUT, maybe-executed (%s, flags %u)", MODE, ar_strerror(r[0].err), r[0].flags);
    th_ok(r[0].calls == 1 && took(&r[0]) == 100, "%s: request timeout: failed at its deadline, 100 ms (%lld ms)", MODE, took(&r[0]));
    th_ok(e.disconnects >= 1 && e.reason[0] == AR_ERR_TIMEOUT, "%s: request timeout: the connection was reset, on_disconnect(AR_ERR_TIMEOUT) (%d, %s)",
          MODE, e.disconnects, e.disconnects ? ar_strerror(e.reason[0]) : "-");
    th_ok(r[1].calls == 1 && r[1].err == AR_ERR_TIMEOUT && maybe(&r[1]), "%s: request timeout: written INCR behind it fails with the reset, maybe-executed (%s)",
          MODE, ar_strerror(r[1].err));
    th_is_int(r[2].calls, 0, "%s: request timeout: written GET (idempotent) kept", MODE);
    th_server_sigcont(&srv);
    follow_recs(&e, r + 2, 1);   /* the reconnect 50 ms later; the GET goes again */
    run_for(50);
    th_ok(all_once(r, 3), "%s: request timeout: each callback exactly once (%d %d %d)", MODE, r[0].calls, r[1].calls, r[2].calls);
    th_ok(r[2].err == AR_OK && r[2].type == AR_REPLY_NIL, "%s: request timeout: written GET (idempotent) re-sent and answered after the reconnect (%s %s)",
          MODE, ar_strerror(r[2].err), ar_reply_type_name(r[2].type));
    th_ok(r[0].seq < r[1].seq && r[1].seq < r[2].seq, "%s: request timeout: completion order kept (%d %d %d)", MODE, r[0].seq, r[1].seq, r[2].seq);
    th_ok(e.connects == 2, "%s: request timeout: on_connect again after the reset (%d)", MODE, e.connects);
    th_ok(e.reconnects >= 1 && e.attempt[0] == 1 && e.rec_at[0] == t0 + 100 && e.delay[0] == 50,
          "%s: request timeout: a reconnect was scheduled at the reset, in 50 ms (%d)", MODE, e.reconnects);

    /* slow commands with a larger timeout: fine, no reset. Per-command 1000
       over the client's 100, and a second client whose default is 1000. The
       replies take 300-600 ms of real time; meanwhile the clock says 999. */
    ob = opts(srv.port, &eb);
    ob.request_timeout_ms = 1000;
    cb = mk(&ob);
    th_ok(cb && ping_ok(cb, WAIT), "%s: slow: second client connected", MODE);
    t0 = tc_now();
    cmdx(c, 0, 1000, &r[3], "DEBUG SLEEP 0.3");
    if (cb) cmd(cb, &r[4], "DEBUG SLEEP 0.3");
    cmdx(c, 0, 1000, &r[5], "PING");
    clock_at(t0 + 999);
    wait_recs(r + 3, 3, WAIT);
    run_for(50);
    th_ok(all_once(r + 3, 3), "%s: slow: each callback exactly once", MODE);
    th_ok(r[3].err == AR_OK && r[3].type == AR_REPLY_STATUS, "%s: slow: DEBUG SLEEP 0.3 with per-command timeout 1000 answered at 999 ms (%s)", MODE, ar_strerror(r[3].err));
    th_ok(r[4].err == AR_OK && r[4].type == AR_REPLY_STATUS, "%s: slow: DEBUG SLEEP 0.3 with request_timeout_ms 1000 answered at 999 ms (%s)", MODE, ar_strerror(r[4].err));
    th_ok(r[5].err == AR_OK, "%s: slow: PING behind them answered", MODE);
    th_ok(e.disconnects == 1 && eb.disconnects == 0, "%s: slow: no further reset (%d, %d)", MODE, e.disconnects, eb.disconnects);
    /* an idempotent command whose own deadline passes after it was written
       fails too (never re-sent); the written DEBUG SLEEP before it fails with
       the reset */
    {
        rec q[2];
        int d0 = e.disconnects, c0 = e.connects;
        memset(q, 0, sizeof q);
        th_server_sigstop(&srv);
        t0 = tc_now();
        cmdx(c, 0, 2000, &q[0], "DEBUG SLEEP 0.3");
        cmdx(c, 0, 100, &q[1], "GET rt:k");
        wait_written(c, WAIT);
        clock_at(t0 + 99);
        th_ok(none_ran(q, 2) && e.disconnects == d0, "%s: request timeout/idempotent: nothing failed at 99 ms", MODE);
        clock_at(t0 + 100);
        wait_recs(q, 2, WAIT);
        th_server_sigcont(&srv);
        follow_int(&e, &e.connects, c0 + 1);   /* a new connection: were the GET kept, it would go again now */
        run_for(100);
        th_ok(all_once(q, 2), "%s: request timeout/idempotent: each callback exactly once (%d %d)", MODE, q[0].calls, q[1].calls);
        th_ok(q[1].err == AR_ERR_TIMEOUT && maybe(&q[1]) && took(&q[1]) == 100,
              "%s: request timeout/idempotent: timed-out GET fails AR_ERR_TIMEOUT at 100 ms, maybe, not re-sent (%s, %lld ms)", MODE, ar_strerror(q[1].err), took(&q[1]));
        th_ok(q[0].err == AR_ERR_TIMEOUT && maybe(&q[0]), "%s: request timeout/idempotent: written DEBUG SLEEP before it fails with the reset (%s)",
              MODE, ar_strerror(q[0].err));
        th_ok(e.disconnects == d0 + 1 && e.reason[d0] == AR_ERR_TIMEOUT, "%s: request timeout/idempotent: one reset", MODE);
    }
    th_is_int(e.nested + eb.nested, 0, "%s: request timeout: no event fired inside a submission", MODE);
    th_is_int(e.bad_state + eb.bad_state, 0, "%s: request timeout: on_connect in CONNECTED, on_reconnect in RECONNECTING", MODE);
    drop(c);
    drop(cb);
}

/* a kept command's deadline counts from its submission, across reconnects */
static void test_deadline_spans_reconnects(void) {
    evs e;
    ar_options o = opts(srv.port, &e);
    ar_client *c;
    rec r[2];
    long long t0, k;
    int early = 0;
    memset(r, 0, sizeof r);
    o.read_timeout_ms = 100;
    o.connect_timeout_ms = 100;
    o.request_timeout_ms = 5000;
    o.reconnect_delay_ms = 20;
    o.reconnect_delay_max_ms = 40;
    c = mk(&o);
    if (!th_ok(c && ping_ok(c, WAIT), "%s: deadline across reconnects: connected", MODE)) { drop(c); return; }
    th_server_sigstop(&srv);
    t0 = tc_now();
    cmdx(c, 0, 600, &r[0], "GET dl:k");   /* idempotent: re-sent on every new connection */
    cmd(c, &r[1], "PING");                /* 5 s */
    wait_written(c, WAIT);
    /* 10 ms steps: at 100 the read timeout resets the connection, 20 later a
       new one (the stopped server's kernel still accepts it), which ends by
       a read or connect timeout 100 later at the latest, and so on */
    for (k = 10; k < 600; k += 10) {
        clock_at(t0 + k);
        if (r[0].calls) early = 1;
    }
    clock_at(t0 + 599);
    th_ok(!early && r[0].calls == 0, "%s: deadline across reconnects: GET not failed at 599 ms", MODE);
    th_ok(e.disconnects >= 2, "%s: deadline across reconnects: it lived through several connections (%d)", MODE, e.disconnects);
    clock_at(t0 + 600);
    wait_recs(r, 1, WAIT);
    th_ok(r[0].calls == 1 && r[0].err == AR_ERR_TIMEOUT && took(&r[0]) == 600,
          "%s: deadline across reconnects: GET fails AR_ERR_TIMEOUT 600 ms after its submission (%s, %lld ms, %d resets)",
          MODE, ar_strerror(r[0].err), took(&r[0]), e.disconnects);
    th_server_sigcont(&srv);
    follow_recs(&e, r + 1, 1);
    run_for(50);
    th_ok(all_once(r, 2) && r[1].err == AR_OK, "%s: deadline across reconnects: PING answered after SIGCONT, each callback once (%s)", MODE, ar_strerror(r[1].err));
    drop(c);
}

/* ---------------------------- deadline passes before the command is written */
static void test_timeout_unwritten(void) {
    evs e;
    ar_options o = opts(srv.port, &e);
    ar_client *c;
    rec r[3];
    char buf[256];
    long long t0;
    memset(r, 0, sizeof r);
    raw1(srv.port, buf, sizeof buf, "DEL", "off:k", NULL);
    raw1(srv.port, buf, sizeof buf, "DEL", "off:k2", NULL);
    o.request_timeout_ms = 4000;
    c = mk(&o);
    if (!th_ok(c && ping_ok(c, WAIT), "%s: unwritten timeout: connected", MODE)) { drop(c); return; }
    th_server_kill(&srv);
    wait_int(&e.disconnects, 1, WAIT);
    th_ok(e.disconnects >= 1, "%s: unwritten timeout: loss noticed", MODE);
    th_ok(lost(e.reason[0]), "%s: unwritten timeout: on_disconnect reason %s", MODE, ar_strerror(e.reason[0]));
    th_ok(ar_client_state(c) == AR_STATE_RECONNECTING || ar_client_state(c) == AR_STATE_CONNECTING,
          "%s: unwritten timeout: reconnecting (state %d)", MODE, (int)ar_client_state(c));
    t0 = tc_now();
    cmdx(c, 0, 200, &r[0], "SET off:k v");   /* times out offline */
    cmd(c, &r[1], "SET off:k2 v");           /* 4 s: survives the outage */
    th_ok(r[0].rc == AR_OK && r[1].rc == AR_OK && none_ran(r, 2), "%s: unwritten timeout: accepted offline, nothing ran inside the calls", MODE);
    clock_at(t0 + 199);   /* reconnect attempts meanwhile (refused) */
    th_ok(none_ran(r, 2), "%s: unwritten timeout: both still queued at 199 ms", MODE);
    clock_at(t0 + 200);
    wait_recs(r, 1, WAIT);
    th_ok(r[0].calls == 1 && r[0].err == AR_ERR_TIMEOUT && !maybe(&r[0]),
          "%s: unwritten timeout: AR_ERR_TIMEOUT, not maybe-executed (%s, flags %u)", MODE, ar_strerror(r[0].err), r[0].flags);
    th_ok(took(&r[0]) == 200, "%s: unwritten timeout: at its deadline, 200 ms (%lld ms)", MODE, took(&r[0]));
    th_ok(th_server_restart(&srv) == 0, "%s: unwritten timeout: server restarted", MODE);
    follow_int(&e, &e.connects, 2);
    th_ok(e.connects >= 2, "%s: unwritten timeout: reconnected (%d)", MODE, e.connects);
    wait_recs(r + 1, 1, WAIT);
    cmd(c, &r[2], "GET off:k");
    wait_recs(r + 2, 1, WAIT);
    run_for(50);
    th_ok(all_once(r, 3), "%s: unwritten timeout: each callback exactly once", MODE);
    th_ok(r[1].err == AR_OK && r[1].type == AR_REPLY_STATUS, "%s: unwritten timeout: the queued SET was sent after the reconnect (%s)", MODE, ar_strerror(r[1].err));
    th_ok(r[2].err == AR_OK && r[2].type == AR_REPLY_NIL, "%s: unwritten timeout: the timed-out SET was never sent (GET -> %s)", MODE, ar_reply_type_name(r[2].type));
    th_ok(!strcmp(raw1(srv.port, buf, sizeof buf, "GET", "off:k", NULL), "$-1\r\n"), "%s: unwritten timeout: server has no off:k", MODE);
    drop(c);
}

/* the deadline passes while a command is only partly written: it fails, not
   maybe-executed; the stream holds a partial command, so the connection is
   reset; the server never runs it */
static void test_deadline_partial_write(void) {
    evs e;
    ar_options o = opts(srv.port, &e);
    ar_client *c;
    rec r[3];
    size_t n = 32u << 20;
    char *big, buf[64];
    long long t0;
    memset(r, 0, sizeof r);
    raw1(srv.port, buf, sizeof buf, "DEL", "dp:big", NULL);
    o.request_timeout_ms = 3000;
    o.read_timeout_ms = -1;
    o.write_timeout_ms = -1;
    c = mk(&o);
    if (!th_ok(c && ping_ok(c, WAIT), "%s: deadline/partial write: connected", MODE)) { drop(c); return; }
    big = (char *)malloc(n);
    memset(big, 'd', n);
    th_server_sigstop(&srv);
    t0 = tc_now();
    {
        ar_cmd_opts co;
        memset(&co, 0, sizeof co);
        co.timeout_ms = 300;
        r[0].t0 = ar_now_ms();
        g_in_submit = 1;
        r[0].rc = ar_command_ex(c, &co, rec_cb, &r[0], "SET dp:big %b", big, n);
        g_in_submit = 0;
    }
    cmd(c, &r[1], "PING");   /* behind it, unwritten: kept (3 s) */
    free(big);
    run_for(100);            /* the kernel takes what it can */
    th_ok(ar_client_pending_output(c) > 0 && r[0].calls == 0, "%s: deadline/partial write: SET stuck half-written", MODE);
    clock_at(t0 + 299);
    th_ok(r[0].calls == 0 && e.disconnects == 0, "%s: deadline/partial write: nothing failed at 299 ms", MODE);
    clock_at(t0 + 300);
    wait_recs(r, 1, WAIT);
    th_ok(r[0].calls == 1 && r[0].err == AR_ERR_TIMEOUT && !maybe(&r[0]) && took(&r[0]) == 300,
          "%s: deadline/partial write: AR_ERR_TIMEOUT at 300 ms, not maybe-executed (%s, %u, %lld ms)", MODE, ar_strerror(r[0].err), r[0].flags, took(&r[0]));
    th_ok(e.disconnects >= 1 && e.reason[0] == AR_ERR_TIMEOUT, "%s: deadline/partial write: connection reset (a partial command cannot be taken back)", MODE);
    th_server_sigcont(&srv);
    follow_recs(&e, r + 1, 1);
    cmd(c, &r[2], "EXISTS dp:big");
    wait_recs(r + 2, 1, WAIT);
    run_for(50);
    th_ok(all_once(r, 3), "%s: deadline/partial write: each callback exactly once", MODE);
    th_ok(r[1].err == AR_OK && r[1].type == AR_REPLY_STATUS, "%s: deadline/partial write: the PING behind it sent after the reconnect (%s)", MODE, ar_strerror(r[1].err));
    th_ok(r[2].err == AR_OK && r[2].integer == 0, "%s: deadline/partial write: the server never ran the SET", MODE);
    drop(c);
}

/* on a live connection, a command still queued behind a half-written one
   passes its deadline: it fails unsent, without a reset; the stream around
   it (zero-copy pieces included) stays intact */
static void test_unwritten_expiry_live(void) {
    evs e;
    ar_options o = opts(srv.port, &e);
    ar_client *c;
    rec r[5];
    size_t n = 32u << 20, m = 64u << 10, i;
    char *big, *mid, buf[64];
    ar_cmd_opts co;
    memset(r, 0, sizeof r);
    raw1(srv.port, buf, sizeof buf, "DEL", "ue:small", NULL);
    o.request_timeout_ms = 5000;
    o.read_timeout_ms = -1;
    o.write_timeout_ms = -1;
    c = mk(&o);
    if (!th_ok(c && ping_ok(c, WAIT), "%s: unwritten expiry (live): connected", MODE)) { drop(c); return; }
    big = (char *)malloc(n);
    memset(big, 'u', n);
    mid = (char *)malloc(m);
    for (i = 0; i < m; i++) mid[i] = (char)('a' + i % 26);
    memset(&co, 0, sizeof co);
    co.flags = AR_CMD_NOCOPY;
    th_server_sigstop(&srv);
    g_in_submit = 1;
    r[0].t0 = ar_now_ms();
    r[0].rc = ar_command_ex(c, &co, rec_cb, &r[0], "SET ue:big %b", big, n);   /* half-written */
    g_in_submit = 0;
    cmdx(c, 0, 200, &r[1], "SET ue:small v");                                  /* expires unsent */
    g_in_submit = 1;
    r[2].t0 = ar_now_ms();
    r[2].rc = ar_command_ex(c, &co, rec_cb, &r[2], "SET ue:mid %b", mid, m);   /* zero copy, behind it */
    g_in_submit = 0;
    cmd(c, &r[3], "STRLEN ue:mid");
    cmdx(c, 0, 200, &r[4], "GET ue:small");                                    /* expires unsent, last */
    run_for(50);             /* the kernel takes what it can */
    clock_at(r[1].t0 + 199);
    th_ok(none_ran(r, 5), "%s: unwritten expiry (live): nothing failed at 199 ms", MODE);
    clock_at(r[1].t0 + 200);
    wait_recs(r + 1, 1, WAIT);
    wait_recs(r + 4, 1, WAIT);
    th_ok(r[1].calls == 1 && r[1].err == AR_ERR_TIMEOUT && !maybe(&r[1]) && took(&r[1]) == 200,
          "%s: unwritten expiry (live): queued SET fails AR_ERR_TIMEOUT at 200 ms, not maybe (%s, %lld ms)", MODE, ar_strerror(r[1].err), took(&r[1]));
    th_ok(r[4].calls == 1 && r[4].err == AR_ERR_TIMEOUT && !maybe(&r[4]) && took(&r[4]) == 200,
          "%s: unwritten expiry (live): the last one too (%s, %lld ms)", MODE, ar_strerror(r[4].err), took(&r[4]));
    th_ok(e.disconnects == 0 && r[0].calls == 0 && r[2].calls == 0, "%s: unwritten expiry (live): no reset, the others still pending", MODE);
    th_server_sigcont(&srv);
    wait_recs(r, 4, WAIT);
    run_for(50);
    th_ok(all_once(r, 5), "%s: unwritten expiry (live): each callback exactly once", MODE);
    th_ok(r[0].err == AR_OK && r[0].type == AR_REPLY_STATUS && r[2].err == AR_OK && r[2].type == AR_REPLY_STATUS,
          "%s: unwritten expiry (live): the big and the zero-copy SET answered (%s, %s)", MODE, ar_strerror(r[0].err), ar_strerror(r[2].err));
    th_ok(r[3].err == AR_OK && r[3].integer == (long long)m, "%s: unwritten expiry (live): the stream stayed intact (STRLEN %lld)", MODE, r[3].integer);
    th_ok(!strcmp(raw1(srv.port, buf, sizeof buf, "EXISTS", "ue:small", NULL), ":0\r\n"), "%s: unwritten expiry (live): the expired SET never reached the server", MODE);
    {
        const char *argv[] = { "GET", "ue:mid" };
        char *got = (char *)malloc(m + 64);
        long gl = th_raw_command(srv.port, got, m + 64, 2, argv);
        th_ok(gl > 0 && strstr(got, "\r\n") && memcmp(strstr(got, "\r\n") + 2, mid, m) == 0, "%s: unwritten expiry (live): zero-copy value intact", MODE);
        free(got);
    }
    th_is_int(e.disconnects, 0, "%s: unwritten expiry (live): never reset", MODE);
    raw1(srv.port, buf, sizeof buf, "DEL", "ue:big", NULL);
    free(big);
    free(mid);
    drop(c);
}

/* -------------------------------- connect timeout, retries, then give up */
static void test_connect_timeout(void) {
    /* the schedule: attempt 1 from 0 to 300 (timeout), backoff 50, attempt 2
       from 350 to 650, backoff 100, attempt 3 from 750 to 1050: give up */
    static const long long start_at[3] = { 0, 350, 750 };
    fs_server fs;
    evs e;
    ar_options o;
    ar_client *c;
    rec r[4];
    long long t0;
    int i, okd = 1, sched_ok = 1;
    memset(r, 0, sizeof r);
    if (fs_start_mode(&fs, FS_MODE_BLACKHOLE, NULL, 0) != 0) { th_ok(0, "%s: connect timeout: fault server", MODE); return; }
    o = opts(fs.port, &e);
    o.connect_timeout_ms = 300;
    o.request_timeout_ms = -1;
    o.reconnect_delay_ms = 50;
    o.reconnect_factor = 2;
    o.reconnect_max_attempts = 2;
    o.offline_queue_max = 3;
    t0 = tc_now();
    c = mk(&o);
    if (!c) { th_ok(0, "%s: connect timeout: client", MODE); fs_stop(&fs); return; }
    cmdx(c, 0, 150, &r[0], "PING");    /* its own deadline passes while connecting */
    cmd(c, &r[1], "SET ct:k v");        /* no deadline: fails when the client gives up */
    cmd(c, &r[2], "PING");
    th_is_int(cmd(c, &r[3], "PING"), AR_ERR_OFFLINE_FULL, "%s: connect timeout: offline_queue_max 3 applies while first connecting", MODE);
    memset(&r[3], 0, sizeof r[3]);
    th_ok(none_ran(r, 3), "%s: connect timeout: nothing ran inside the submissions", MODE);
    settle();
    clock_at(t0 + 149);
    th_ok(none_ran(r, 3), "%s: connect timeout: nothing failed at 149 ms", MODE);
    clock_at(t0 + 150);
    wait_recs(r, 1, WAIT);
    th_ok(r[0].calls == 1 && r[0].err == AR_ERR_TIMEOUT && !maybe(&r[0]) && took(&r[0]) == 150,
          "%s: connect timeout: a command whose deadline passes while connecting fails AR_ERR_TIMEOUT at 150 ms, not maybe (%s, %lld ms)",
          MODE, ar_strerror(r[0].err), took(&r[0]));
    th_ok(e.disconnects == 0 && ar_client_state(c) == AR_STATE_CONNECTING, "%s: connect timeout: that did not reset the attempt", MODE);
    /* each attempt: still connecting 1 ms before its timeout, over at it;
       the next one starts exactly after its backoff */
    for (i = 0; i < 3; i++) {
        long long end = t0 + start_at[i] + 300;
        clock_at(end - 1);
        if (e.disconnects != i || ar_client_state(c) != AR_STATE_CONNECTING || r[1].calls) {
            sched_ok = 0; th_diag("attempt %d: at %lld ms: %d disconnects, state %d", i + 1, end - 1 - t0, e.disconnects, (int)ar_client_state(c));
        }
        clock_at(end);
        wait_int(&e.disconnects, i + 1, WAIT);
        if (e.disconnects != i + 1 || e.disc_at[i] != end) { sched_ok = 0; th_diag("attempt %d: ended at %lld ms", i + 1, e.disc_at[i] - t0); }
        if (i < 2) {
            clock_at(t0 + start_at[i + 1] - 1);
            if (ar_client_state(c) != AR_STATE_RECONNECTING || e.reconnects != i + 1 || e.rec_at[i] != end) {
                sched_ok = 0; th_diag("backoff %d: state %d, %d reconnects", i + 1, (int)ar_client_state(c), e.reconnects);
            }
            clock_at(t0 + start_at[i + 1]);
            if (ar_client_state(c) != AR_STATE_CONNECTING) { sched_ok = 0; th_diag("attempt %d did not start at %lld ms", i + 2, start_at[i + 1]); }
        }
    }
    th_ok(sched_ok, "%s: connect timeout: attempts at 0, 350, 750 ms, each timed out at 300 ms, not earlier", MODE);
    wait_recs(r, 3, WAIT);
    run_for(50);
    th_ok(all_once(r, 3), "%s: connect timeout: each callback exactly once", MODE);
    th_ok(r[1].err == AR_ERR_TIMEOUT && !maybe(&r[1]) && r[2].err == AR_ERR_TIMEOUT && !maybe(&r[2]),
          "%s: connect timeout: queued commands fail with the last error AR_ERR_TIMEOUT, not maybe (%s, %s)",
          MODE, ar_strerror(r[1].err), ar_strerror(r[2].err));
    th_ok(r[1].t - t0 == 1050 && r[2].t - t0 == 1050,
          "%s: connect timeout: given up after 3 attempts of 300 ms + 50 + 100 ms backoff (%lld ms)", MODE, r[1].t - t0);
    th_is_int(e.reconnects, 2, "%s: connect timeout: on_reconnect for attempts 1 and 2 (max_attempts 2)", MODE);
    th_ok(e.attempt[0] == 1 && e.delay[0] == 50 && e.attempt[1] == 2 && e.delay[1] == 100,
          "%s: connect timeout: backoff 50, 100 (got %d:%lld %d:%lld)", MODE, e.attempt[0], e.delay[0], e.attempt[1], e.delay[1]);
    for (i = 0; i < e.disconnects && i < EV_MAX; i++) if (e.reason[i] != AR_ERR_TIMEOUT) okd = 0;
    th_ok(e.disconnects >= 1 && okd, "%s: connect timeout: every on_disconnect says AR_ERR_TIMEOUT (%d)", MODE, e.disconnects);
    th_ok(e.errors == 1 && e.error_err == AR_ERR_TIMEOUT, "%s: connect timeout: on_error(AR_ERR_TIMEOUT) once when giving up (%d, %s)",
          MODE, e.errors, ar_strerror(e.error_err));
    th_is_int(ar_client_state(c), AR_STATE_DISCONNECTED, "%s: connect timeout: state DISCONNECTED after giving up", MODE);
    th_is_int(e.connects, 0, "%s: connect timeout: on_connect never ran", MODE);
    /* submissions now: refused at the call with the cause of giving up */
    th_is_int(cmd(c, &r[3], "PING"), AR_ERR_TIMEOUT, "%s: gave up: submission refused with the cause, AR_ERR_TIMEOUT", MODE);
    th_ok(strstr(ar_client_errstr(c), "connect timed out") != NULL, "%s: gave up: errstr tells the cause (%s)", MODE, ar_client_errstr(c));
    clock_at(tc_now() + 60000);
    run_for(50);
    th_is_int(r[3].calls, 0, "%s: gave up: the refused callback never runs", MODE);
    th_is_int(e.reconnects, 2, "%s: gave up: no further attempts (a minute later)", MODE);
    drop(c);
    fs_stop(&fs);
}

/* ----------------------- a reply that breaks the protocol: loss reason PROTOCOL */
static void test_protocol_loss(void) {
    fs_action a[3];
    fs_server fs;
    evs e;
    ar_options o;
    ar_client *c;
    rec r[3];
    const char *log;
    memset(r, 0, sizeof r);
    a[0] = fs_reply_stall("?bad\r\n");   /* connection 0: a malformed reply */
    a[1] = fs_next_conn();
    a[2] = fs_echo();                      /* later: GET k -> k */
    if (fs_start(&fs, a, 3) != 0) { th_ok(0, "%s: protocol loss: fault server", MODE); return; }
    o = opts(fs.port, &e);
    o.request_timeout_ms = 3000;
    c = mk(&o);
    if (!c) { th_ok(0, "%s: protocol loss: client", MODE); fs_stop(&fs); return; }
    cmd(c, &r[0], "GET pa");     /* its reply is the broken one */
    cmd(c, &r[1], "INCR pb");    /* written, not idempotent */
    cmd(c, &r[2], "GET pc");     /* written, idempotent: re-sent */
    follow_recs(&e, r, 3);   /* the GET goes again after the reconnect */
    run_for(100);
    th_ok(all_once(r, 3), "%s: protocol loss: each callback exactly once", MODE);
    th_ok(r[0].err == AR_ERR_PROTOCOL && maybe(&r[0]), "%s: protocol loss: the command with the broken reply fails AR_ERR_PROTOCOL, maybe (%s, %u)",
          MODE, ar_strerror(r[0].err), r[0].flags);
    th_ok(r[1].err == AR_ERR_PROTOCOL && maybe(&r[1]), "%s: protocol loss: written INCR fails AR_ERR_PROTOCOL, maybe (%s)", MODE, ar_strerror(r[1].err));
    th_ok(r[2].err == AR_OK && !strcmp(r[2].str, "pc"), "%s: protocol loss: written GET re-sent on the next connection (%s %s)", MODE, ar_strerror(r[2].err), r[2].str);
    th_ok(e.disconnects >= 1 && e.reason[0] == AR_ERR_PROTOCOL, "%s: protocol loss: on_disconnect(AR_ERR_PROTOCOL)", MODE);
    log = fs_log(&fs);
    th_ok(strstr(log, "GET pa") && !strstr(strstr(log, "GET pa") + 1, "GET pa") && strstr(log, "INCR pb") && !strstr(strstr(log, "INCR pb") + 1, "INCR pb"),
          "%s: protocol loss: GET pa and INCR pb were sent once only", MODE);
    drop(c);
    fs_stop(&fs);
}

/* ------------------------------------------------------------ read timeout */
static void test_read_timeout(void) {
    fs_action a[3];
    fs_server fs;
    evs e;
    ar_options o;
    ar_client *c;
    rec r[3];
    long long t0;
    memset(r, 0, sizeof r);
    a[0] = fs_silent();             /* connection 0: never answers */
    a[1] = fs_next_conn();
    a[2] = fs_reply("+OK\r\n");     /* later connections: +OK to everything */
    if (fs_start(&fs, a, 3) != 0) { th_ok(0, "%s: read timeout: fault server", MODE); return; }
    o = opts(fs.port, &e);
    o.read_timeout_ms = 200;
    o.request_timeout_ms = 5000;
    c = mk(&o);
    if (!c) { th_ok(0, "%s: read timeout: client", MODE); fs_stop(&fs); return; }
    wait_int(&e.connects, 1, WAIT);
    th_ok(e.connects >= 1, "%s: read timeout: connected", MODE);
    t0 = tc_now();
    cmd(c, &r[0], "SET rd:k v");
    wait_written(c, WAIT);
    clock_at(t0 + 199);
    th_ok(r[0].calls == 0 && e.disconnects == 0, "%s: read timeout: nothing failed after 199 ms of silence", MODE);
    clock_at(t0 + 200);
    wait_recs(r, 1, WAIT);
    th_ok(r[0].calls == 1 && r[0].err == AR_ERR_TIMEOUT && maybe(&r[0]),
          "%s: read timeout: unanswered SET fails AR_ERR_TIMEOUT, maybe-executed (%s)", MODE, ar_strerror(r[0].err));
    th_ok(took(&r[0]) == 200, "%s: read timeout: after 200 ms of silence (%lld ms)", MODE, took(&r[0]));
    th_ok(e.disconnects >= 1 && e.reason[0] == AR_ERR_TIMEOUT, "%s: read timeout: reset with on_disconnect(AR_ERR_TIMEOUT)", MODE);
    follow_int(&e, &e.connects, 2);
    th_ok(e.connects >= 2, "%s: read timeout: reconnected (%d)", MODE, e.connects);
    cmd(c, &r[1], "SET rd:k2 v");
    wait_recs(r + 1, 1, WAIT);
    th_ok(r[1].calls == 1 && r[1].err == AR_OK && r[1].type == AR_REPLY_STATUS, "%s: read timeout: next connection answers (%s)", MODE, ar_strerror(r[1].err));
    /* idle: nothing owed, so no read timeout however long it is quiet */
    clock_at(tc_now() + 60000);
    run_for(50);
    th_is_int(e.disconnects, 1, "%s: read timeout: an idle connection is not reset (a minute later)", MODE);
    th_is_int(fs_connections_seen(&fs), 2, "%s: read timeout: two connections in all", MODE);
    th_ok(all_once(r, 2), "%s: read timeout: each callback exactly once", MODE);
    drop(c);
    fs_stop(&fs);
}

/* ----------------------------------------------------------- write timeout */
static void test_write_timeout(void) {
    fs_server fs;
    evs e;
    ar_options o;
    ar_client *c;
    rec r[4];
    size_t n = 16u << 20;
    char *big;
    long long t0;
    size_t pend_before;
    memset(r, 0, sizeof r);
    if (fs_start_mode(&fs, FS_MODE_NO_READ, NULL, 0) != 0) { th_ok(0, "%s: write timeout: fault server", MODE); return; }
    o = opts(fs.port, &e);
    o.write_timeout_ms = 200;
    o.read_timeout_ms = -1;
    o.request_timeout_ms = -1;
    o.no_reconnect = 1;
    c = mk(&o);
    if (!c) { th_ok(0, "%s: write timeout: client", MODE); fs_stop(&fs); return; }
    wait_int(&e.connects, 1, WAIT);
    th_ok(e.connects >= 1, "%s: write timeout: connected", MODE);
    big = (char *)malloc(n);
    memset(big, 'w', n);
    t0 = tc_now();
    cmd(c, &r[0], "PING");
    cmd(c, &r[1], "SET wt:big %b", big, n);
    cmd(c, &r[2], "PING");
    free(big);
    run_for(100);            /* the kernel takes what it can */
    pend_before = ar_client_pending_output(c);
    th_ok(pend_before > 0 && r[0].calls == 0, "%s: write timeout: output stuck (%zu bytes pending)", MODE, pend_before);
    clock_at(t0 + 199);
    th_ok(none_ran(r, 3) && e.disconnects == 0, "%s: write timeout: nothing failed after 199 ms without progress", MODE);
    clock_at(t0 + 200);
    wait_recs(r, 3, WAIT);
    run_for(50);
    th_ok(all_once(r, 3), "%s: write timeout: each callback exactly once", MODE);
    th_ok(e.disconnects == 1 && e.reason[0] == AR_ERR_TIMEOUT, "%s: write timeout: reset, on_disconnect(AR_ERR_TIMEOUT) (%d, %s)",
          MODE, e.disconnects, e.disconnects ? ar_strerror(e.reason[0]) : "-");
    th_ok(e.disconnects && e.disc_at[0] - t0 == 200, "%s: write timeout: after 200 ms without progress (%lld ms)",
          MODE, e.disconnects ? e.disc_at[0] - t0 : -1);
    th_ok(r[0].err == AR_ERR_TIMEOUT && maybe(&r[0]), "%s: write timeout: the written PING fails maybe-executed (%s, %u)", MODE, ar_strerror(r[0].err), r[0].flags);
    th_ok(r[1].err == AR_ERR_TIMEOUT && !maybe(&r[1]), "%s: write timeout: the partly written SET fails, not maybe (%s, %u)", MODE, ar_strerror(r[1].err), r[1].flags);
    th_ok(r[2].err == AR_ERR_TIMEOUT && !maybe(&r[2]), "%s: write timeout: the unwritten PING fails, not maybe (%s, %u)", MODE, ar_strerror(r[2].err), r[2].flags);
    th_is_int(ar_client_state(c), AR_STATE_DISCONNECTED, "%s: write timeout: no_reconnect -> DISCONNECTED", MODE);
    th_is_int(e.reconnects, 0, "%s: write timeout: no_reconnect -> on_reconnect never called", MODE);
    th_is_int(cmd(c, &r[3], "PING"), AR_ERR_TIMEOUT, "%s: write timeout: later submission refused with the cause", MODE);
    wait_recs(r + 3, 1, 300);
    th_is_int(r[3].calls, 0, "%s: write timeout: the refused callback never runs", MODE);
    drop(c);
    fs_stop(&fs);
}

/* ----------------------------------- blocking commands against a real server */
static void test_blocking_real(void) {
    evs ea, eb, ec;
    ar_options o;
    ar_client *ca, *cb, *cc;
    rec r[4];
    char buf[256];
    long long t0;
    memset(r, 0, sizeof r);
    raw1(srv.port, buf, sizeof buf, "DEL", "bl:empty", NULL);
    raw1(srv.port, buf, sizeof buf, "DEL", "bl:q0", NULL);
    o = opts(srv.port, &ea);
    o.request_timeout_ms = 200;
    o.read_timeout_ms = 200;
    ca = mk(&o);
    o = opts(srv.port, &eb);
    o.request_timeout_ms = 200;
    o.read_timeout_ms = 200;
    cb = mk(&o);
    if (!th_ok(ca && cb && ping_ok(ca, WAIT) && ping_ok(cb, WAIT), "%s: blocking: connected", MODE)) { drop(ca); drop(cb); return; }
    t0 = tc_now();
    cmd(ca, &r[0], "BLPOP bl:empty 1");      /* deadline 1 s + 2 s buffer */
    cmd(cb, &r[1], "BLPOP bl:q0 0");         /* no deadline at all */
    wait_written(ca, WAIT);
    wait_written(cb, WAIT);
    /* the server answers the BLPOP 1 after a second of real time; the clock
       says 2999 ms by then: past the 200 ms request and read timeouts,
       before the BLPOP's own 1000 + 2000 */
    clock_at(t0 + 2999);
    wait_recs(r, 1, WAIT);
    th_ok(r[0].calls == 1 && r[0].err == AR_OK && r[0].type == AR_REPLY_NIL,
          "%s: blocking: BLPOP 1 on an empty list -> nil, no timeout at 2999 ms (request/read timeouts 200) (%s %s)",
          MODE, ar_strerror(r[0].err), ar_reply_type_name(r[0].type));
    clock_at(t0 + 3600000);
    th_ok(r[1].calls == 0 && eb.disconnects == 0, "%s: blocking: BLPOP 0 with request_timeout 200 still waiting an hour later", MODE);
    th_ok(ea.disconnects == 0, "%s: blocking: no reset for the BLPOP 1", MODE);
    raw1(srv.port, buf, sizeof buf, "RPUSH", "bl:q0", "x");
    wait_recs(r + 1, 1, WAIT);
    th_ok(r[1].calls == 1 && r[1].err == AR_OK && r[1].type == AR_REPLY_ARRAY && r[1].elements == 2 && !strcmp(r[1].str, "x"),
          "%s: blocking: BLPOP 0 answered when a value arrived (%s %s)", MODE, ar_strerror(r[1].err), ar_reply_type_name(r[1].type));
    drop(ca);
    drop(cb);

    /* the server stops: BLPOP 1 fails at 1 s + buffer, not at read_timeout */
    o = opts(srv.port, &ec);
    o.request_timeout_ms = 200;
    o.read_timeout_ms = 200;
    o.blocking_timeout_buffer_ms = 300;
    cc = mk(&o);
    if (!th_ok(cc && ping_ok(cc, WAIT), "%s: blocking/stopped: connected", MODE)) { drop(cc); return; }
    th_server_sigstop(&srv);
    t0 = tc_now();
    cmd(cc, &r[2], "BLPOP bl:empty 1");
    wait_written(cc, WAIT);
    clock_at(t0 + 1299);
    th_ok(r[2].calls == 0 && ec.disconnects == 0, "%s: blocking/stopped: nothing failed at 1299 ms (past the 200 ms read timeout)", MODE);
    clock_at(t0 + 1300);
    wait_recs(r + 2, 1, WAIT);
    th_ok(r[2].calls == 1 && r[2].err == AR_ERR_TIMEOUT && maybe(&r[2]),
          "%s: blocking/stopped: BLPOP 1 -> AR_ERR_TIMEOUT, maybe-executed (%s)", MODE, ar_strerror(r[2].err));
    th_ok(took(&r[2]) == 1300, "%s: blocking/stopped: at 1 s + 300 ms buffer, not at the 200 ms read timeout (%lld ms)",
          MODE, took(&r[2]));
    th_ok(ec.disconnects >= 1 && ec.reason[0] == AR_ERR_TIMEOUT && ec.disc_at[0] - r[2].t0 == 1300,
          "%s: blocking/stopped: first reset is the deadline's (AR_ERR_TIMEOUT)", MODE);
    th_server_sigcont(&srv);
    cmd(cc, &r[3], "PING");
    follow_recs(&ec, r + 3, 1);
    th_ok(r[3].calls == 1 && r[3].err == AR_OK, "%s: blocking/stopped: after SIGCONT the client works again (%s)", MODE, ar_strerror(r[3].err));
    run_for(50);
    th_ok(all_once(r, 4), "%s: blocking: each callback exactly once", MODE);
    drop(cc);
}

/* a later command's deadline passes while an older one (BLPOP 0) still waits */
static void test_deadline_behind_blocking(void) {
    evs e;
    ar_options o = opts(srv.port, &e);
    ar_client *c;
    rec r[3];
    char buf[64];
    long long t0;
    memset(r, 0, sizeof r);
    raw1(srv.port, buf, sizeof buf, "DEL", "bl:never", NULL);
    o.request_timeout_ms = 200;
    c = mk(&o);
    if (!th_ok(c && ping_ok(c, WAIT), "%s: deadline behind BLPOP 0: connected", MODE)) { drop(c); return; }
    t0 = tc_now();
    cmd(c, &r[0], "BLPOP bl:never 0");   /* no deadline, never answered */
    cmd(c, &r[1], "INCR bl:n");          /* 200 ms, queued behind it on the server */
    wait_written(c, WAIT);
    clock_at(t0 + 199);
    th_ok(none_ran(r, 2), "%s: deadline behind BLPOP 0: nothing failed at 199 ms", MODE);
    clock_at(t0 + 200);
    wait_recs(r, 2, WAIT);
    run_for(50);
    th_ok(all_once(r, 2), "%s: deadline behind BLPOP 0: each callback exactly once", MODE);
    th_ok(r[1].err == AR_ERR_TIMEOUT && maybe(&r[1]) && took(&r[1]) == 200,
          "%s: deadline behind BLPOP 0: INCR fails AR_ERR_TIMEOUT at its deadline, maybe-executed (%s, %lld ms)", MODE, ar_strerror(r[1].err), took(&r[1]));
    th_ok(r[0].err == AR_ERR_TIMEOUT && maybe(&r[0]), "%s: deadline behind BLPOP 0: the BLPOP fails with the reset, maybe-executed (%s)", MODE, ar_strerror(r[0].err));
    th_ok(e.disconnects >= 1 && e.reason[0] == AR_ERR_TIMEOUT, "%s: deadline behind BLPOP 0: reset (AR_ERR_TIMEOUT)", MODE);
    th_ok(ping_follow(c, &e), "%s: deadline behind BLPOP 0: works after the reconnect", MODE);
    drop(c);
}

/* ---------------------- which argument is the server-side timeout (fault server) */
static void test_blocking_table(void) {
    /* the client deadline each command gets (ms after submission; 0: none):
       request_timeout_ms 100 for a plain command, the command's own
       timeout + blocking_timeout_buffer_ms 100 for a blocking one */
    static const struct { const char *line; long long dl; } T[] = {
        { "BLPOP k 1", 1100 },
        { "blpop k 1", 1100 },
        { "BRPOP k1 k2 1", 1100 },
        { "BZPOPMIN k 1", 1100 },
        { "BZPOPMAX k 1.5", 1600 },
        { "BLMOVE a b LEFT RIGHT 1", 1100 },
        { "BRPOPLPUSH a b 1", 1100 },
        { "BLMPOP 1 1 k LEFT", 1100 },
        { "BZMPOP 1 2 k1 k2 MIN", 1100 },
        { "XREAD BLOCK 1000 STREAMS s 0", 1100 },
        { "xread count 5 block 1000 streams s 0", 1100 },
        { "XREADGROUP GROUP g c BLOCK 1000 STREAMS s >", 1100 },
        { "WAIT 0 1000", 1100 },
        { "WAITAOF 0 0 1000", 1100 },
        { "BLPOP k 0", 0 },                       /* 0: no client deadline */
        { "XREAD BLOCK 0 STREAMS s 0", 0 },
        { "GET k", 100 },                         /* request_timeout 100 */
        { "BLPOP k 0.1", 200 },                   /* 100 + 100 buffer */
        { "BLMOVE a b LEFT RIGHT 0.1", 200 },
        { "BLMPOP 0.1 1 k LEFT", 200 },
        { "BZMPOP 0.1 1 k MAX", 200 },
        { "XREAD BLOCK 100 STREAMS s 0", 200 },
        { "XREAD COUNT 1000 STREAMS s 0", 100 },  /* no BLOCK: not blocking */
        { "WAIT 0 100", 200 },
        { "WAITAOF 0 0 100", 200 },
    };
    static const long long steps[] = { 100, 200, 1100, 1600 };
    enum { N = sizeof T / sizeof T[0] };
    fs_action a[1];
    fs_server fs;
    ar_client *c[N];
    evs e[N];
    rec r[N];
    int i, k, bad = 0, once, early[N];
    long long t0;
    memset(r, 0, sizeof r);
    memset(early, 0, sizeof early);
    a[0] = fs_reply("*-1\r\n");   /* every command: nil (once the hold is lifted) */
    if (fs_start(&fs, a, 1) != 0) { th_ok(0, "%s: blocking table: fault server", MODE); return; }
    for (i = 0; i < N; i++) {
        ar_options o = opts(fs.port, &e[i]);
        o.request_timeout_ms = 100;
        o.blocking_timeout_buffer_ms = 100;
        o.read_timeout_ms = -1;
        o.no_reconnect = 1;
        c[i] = mk(&o);
    }
    for (i = 0; i < N; i++) if (c[i]) wait_int(&e[i].connects, 1, WAIT);
    fs_hold(&fs, 1);   /* no reply until every deadline has been judged */
    t0 = tc_now();
    for (i = 0; i < N; i++) { /* every other one with argvlen[]: both argv paths */
        g_cmdx_lens = i & 1;
        if (c[i]) cmdx(c[i], 0, 0, &r[i], T[i].line);
    }
    g_cmdx_lens = 0;
    for (i = 0; i < N; i++) if (c[i]) wait_written(c[i], WAIT);
    /* the clock to each deadline: 1 ms before it the command still waits,
       at it the command has failed */
    for (k = 0; k < (int)(sizeof steps / sizeof steps[0]); k++) {
        clock_at(t0 + steps[k] - 1);
        for (i = 0; i < N; i++) if (r[i].calls && (T[i].dl == 0 || T[i].dl >= steps[k])) early[i] = 1;
        clock_at(t0 + steps[k]);
        for (i = 0; i < N; i++) if (T[i].dl == steps[k]) wait_recs(&r[i], 1, WAIT);
    }
    clock_at(t0 + 3600000);
    for (i = 0; i < N; i++) if (r[i].calls && T[i].dl == 0) early[i] = 1;
    fs_hold(&fs, 0);   /* the commands without a deadline get their nil now */
    for (i = 0; i < N; i++) if (T[i].dl == 0) wait_recs(&r[i], 1, WAIT);
    run_for(50);
    once = all_once(r, N);
    for (i = 0; i < N; i++) {
        int good = T[i].dl ? (!early[i] && r[i].err == AR_ERR_TIMEOUT && maybe(&r[i]) && took(&r[i]) == T[i].dl)
                           : (!early[i] && r[i].err == AR_OK && r[i].type == AR_REPLY_NIL);
        if (!good) bad++;
        if (T[i].dl)
            th_ok(good, "%s: deadline of \"%s\": AR_ERR_TIMEOUT at %lld ms, not before (got %s at %lld ms)", MODE, T[i].line, T[i].dl,
                  r[i].calls ? ar_strerror(r[i].err) : "nothing", took(&r[i]));
        else
            th_ok(good, "%s: deadline of \"%s\": none, answered after an hour (got %s)", MODE, T[i].line, r[i].calls ? ar_strerror(r[i].err) : "nothing");
    }
    th_ok(once, "%s: blocking table: each of %d callbacks exactly once", MODE, (int)N);
    for (i = 0; i < N; i++) drop(c[i]);
    fs_stop(&fs);
}

/* ------------------------------------------------------ partition (SIGSTOP) */
static void test_partition(void) {
    evs e;
    ar_options o = opts(srv.port, &e);
    ar_client *c;
    rec r[6];
    long long tstop, k;
    int d0;
    memset(r, 0, sizeof r);
    o.read_timeout_ms = 200;
    o.connect_timeout_ms = 300;
    o.request_timeout_ms = 3000;
    o.reconnect_delay_ms = 50;
    o.reconnect_delay_max_ms = 200;
    o.client_name = "part";
    c = mk(&o);
    if (!th_ok(c && ping_ok(c, WAIT), "%s: partition: connected", MODE)) { drop(c); return; }
    th_server_sigstop(&srv);
    tstop = tc_now();
    cmd(c, &r[0], "SET part:k v");   /* written, not idempotent */
    cmd(c, &r[1], "GET part:k");     /* written, idempotent: kept */
    wait_written(c, WAIT);
    clock_at(tstop + 199);
    th_ok(r[0].calls == 0 && e.disconnects == 0, "%s: partition: nothing failed at 199 ms", MODE);
    clock_at(tstop + 200);
    wait_recs(r, 1, WAIT);
    th_ok(r[0].calls == 1 && r[0].err == AR_ERR_TIMEOUT && maybe(&r[0]),
          "%s: partition: SET fails AR_ERR_TIMEOUT, maybe-executed (%s)", MODE, r[0].calls ? ar_strerror(r[0].err) : "not yet");
    th_ok(r[0].calls == 1 && r[0].t - tstop == 200, "%s: partition: by the 200 ms read timeout (%lld ms)", MODE, r[0].t - tstop);
    /* a second of the partition in 10 ms steps: reconnect attempts (the
       stopped server's kernel accepts; the setup gets no answer) time out */
    for (k = 210; k <= 1000; k += 10) clock_at(tstop + k);
    th_is_int(r[1].calls, 0, "%s: partition: GET kept for the next connection", MODE);
    d0 = e.disconnects;
    th_ok(d0 >= 2 && reasons_all(&e, 0, AR_ERR_TIMEOUT),
          "%s: partition: reset, then reconnect attempts time out too (%d disconnects, all AR_ERR_TIMEOUT)", MODE, d0);
    th_ok(e.reconnects >= 2, "%s: partition: reconnects scheduled (%d)", MODE, e.reconnects);
    th_is_int(e.connects, 1, "%s: partition: no on_connect while the setup gets no reply", MODE);
    cmd(c, &r[2], "PING");           /* submitted during the partition */
    th_server_sigcont(&srv);
    follow_recs(&e, r, 3);
    th_ok(r[1].calls == 1 && r[1].err == AR_OK, "%s: partition: GET answered after SIGCONT (%s)", MODE, ar_strerror(r[1].err));
    th_ok(r[2].calls == 1 && r[2].err == AR_OK && r[2].type == AR_REPLY_STATUS, "%s: partition: PING answered after SIGCONT (%s)", MODE, ar_strerror(r[2].err));
    th_ok(e.connects >= 2 && ar_client_state(c) == AR_STATE_CONNECTED, "%s: partition: connected again (%d)", MODE, e.connects);
    cmd(c, &r[3], "CLIENT GETNAME");
    wait_recs(r + 3, 1, WAIT);
    th_ok(r[3].err == AR_OK && !strcmp(r[3].str, "part"), "%s: partition: setup replayed (name %s)", MODE, r[3].str);
    clock_at(tc_now() + 300);
    run_for(100);
    th_ok(all_once(r, 4), "%s: partition: each callback exactly once", MODE);
    th_ok(ar_client_state(c) == AR_STATE_CONNECTED && e.disconnects <= d0 + 1, "%s: partition: stays connected after recovery", MODE);
    drop(c);
}

static void run_mode(drv_mode m) {
    drv_init(&D, m);
    th_note("---- drive mode: %s", drv_names[m]);
    test_request_timeout();
    test_timeout_unwritten();
    test_deadline_spans_reconnects();
    test_deadline_partial_write();
    test_unwritten_expiry_live();
    test_connect_timeout();
    test_protocol_loss();
    test_read_timeout();
    test_write_timeout();
    test_blocking_real();
    test_deadline_behind_blocking();
    test_blocking_table();
    test_partition();
    drv_free(&D);
    if (srv.stopped) th_server_sigcont(&srv);
    if (srv.pid <= 0 && th_server_restart(&srv) != 0) th_bail("cannot restart redis-server");
}

int main(void) {
    th_watchdog(240);
    tc_freeze();   /* the library's clock moves only when a test moves it */
    count_sigpipes();
    if (th_server_start(&srv, NULL) != 0) th_bail("cannot start redis-server");
    run_mode(DRV_LOOP);
    run_mode(DRV_HOOKS);
    run_mode(DRV_PUMP);
    th_is_int(g_violations, 0, "no callback ever ran inside a submitting call");
    th_is_int(g_sigpipes, 0, "the library never raised SIGPIPE");
    th_server_stop(&srv);
    return th_done();
}
