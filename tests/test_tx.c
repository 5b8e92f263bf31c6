/* tests/test_tx.c - connection state across faults: transactions (raw
   MULTI/EXEC and ar_tx), WATCH and ar_tx_optimistic, explicit pipelines,
   under all three drive modes.

   The faults are made on purpose and judged by the server:
   - srv runs with --appendonly yes --appendfsync always; a restart keeps
     exactly what ran. Commands RPUSH unique ids; the list is the verdict
     (nothing ran outside its transaction, nothing ran twice).
   - "written, not answered" windows: the server SIGSTOPped while the
     client writes (a 24 MB value fills the socket buffers, so what comes
     after it stays unwritten in the client), then SIGKILLed and restarted.
   - "executed, answer lost": tests/proxy.h holds the replies while the
     server runs the transaction (seen from a raw connection), then resets
     the connection. */
#include "resilience.h"
#include "proxy.h"

static th_server srv;        /* AOF, fsync always */
static px P;                 /* proxy in front of srv */
#define BIG (24u << 20)
static char *g_big;

static int txexec(ar_tx *t, rec *x) {
    int rc;
    x->t0 = ar_now_ms();
    g_in_submit = 1;
    rc = ar_tx_exec(t, rec_cb, x);
    g_in_submit = 0;
    x->rc = rc;
    return rc;
}
static int pexec(ar_pipeline *p, rec *x) {
    int rc;
    x->t0 = ar_now_ms();
    g_in_submit = 1;
    rc = ar_pipeline_exec(p, rec_cb, x);
    g_in_submit = 0;
    x->rc = rc;
    return rc;
}

static void raw_del(const char *key) {
    char buf[256];
    raw1(srv.port, buf, sizeof buf, "DEL", key, NULL);
}
static long long raw_llen(const char *key) {
    char buf[256];
    long long v = -1;
    raw1(srv.port, buf, sizeof buf, "LLEN", key, NULL);
    if (buf[0] == ':') v = atoll(buf + 1);
    return v;
}
/* the id counts on the server: seen[id], ids 0..max-1 */
static long judge(const char *key, int *seen, int max, int *stray) {
    memset(seen, 0, sizeof(int) * (size_t)max);
    *stray = 0;
    return list_ids(srv.port, key, seen, max, stray);
}

/* stop srv, let the client write what it can, kill srv, restart from AOF */
static void kill_restart(void) {
    th_server_kill(&srv);
    if (th_server_restart(&srv) != 0) th_bail("cannot restart redis-server");
}

/* a client through the proxy (proxied = 1) or straight to srv */
static ar_client *client(evs *e, int proxied, int no_reconnect) {
    ar_options o = opts(proxied ? P.port : srv.port, e);
    o.request_timeout_ms = 20000;
    o.read_timeout_ms = 20000;
    o.no_reconnect = no_reconnect;
    return mk(&o);
}

/* ------------------------------------------------------------ basics */
static void test_basics(void) {
    evs e;
    ar_client *c = client(&e, 0, 0);
    rec r[16];
    ar_tx *t;
    ar_pipeline *p;
    memset(r, 0, sizeof r);
    if (!th_ok(c && ping_ok(c, 5000), "%s: basics: connected", MODE)) { drop(c); return; }
    cmd(c, &r[0], "DEL tx:a tx:s");
    t = ar_tx_new(c, NULL);
    th_ok(t != NULL, "%s: tx: created", MODE);
    th_is_int(ar_tx_command(t, "SET tx:a %d", 10), AR_OK, "%s: tx: SET queued", MODE);
    th_is_int(ar_tx_command(t, "INCRBY tx:a %d", 5), AR_OK, "%s: tx: INCRBY queued", MODE);
    th_is_int(ar_tx_command(t, "SET tx:s %s", "str"), AR_OK, "%s: tx: SET queued", MODE);
    th_is_int(ar_tx_command(t, "INCR tx:s"), AR_OK, "%s: tx: INCR of a string queued", MODE);
    th_is_int(ar_tx_command(t, "GET tx:a"), AR_OK, "%s: tx: GET queued", MODE);
    th_is_int(ar_tx_command(t, "MULTI"), AR_ERR_MODE, "%s: tx: MULTI cannot be queued", MODE);
    th_is_int(ar_tx_command(t, "WATCH x"), AR_ERR_MODE, "%s: tx: WATCH cannot be queued", MODE);
    th_is_int(ar_tx_command(t, "SET %q"), AR_ERR_FORMAT, "%s: tx: a bad format is refused at queue time", MODE);
    th_is_int(txexec(t, &r[1]), AR_OK, "%s: tx: exec accepted", MODE);
    th_is_int(ar_client_modes(c) & AR_MODE_MULTI, 0, "%s: tx: the unit is closed at once (EXEC submitted)", MODE);
    th_is_int(r[1].calls, 0, "%s: tx: completion not inside exec", MODE);
    wait_recs(r + 1, 1, 5000);
    th_ok(r[1].calls == 1 && r[1].err == AR_OK && r[1].type == AR_REPLY_ARRAY && r[1].elements == 5,
          "%s: tx: one completion, EXEC's array of 5 (%s, %s, %zu)", MODE, ar_strerror(r[1].err), ar_reply_type_name(r[1].type), r[1].elements);
    th_is_cstr(r[1].str, "15", "%s: tx: the last slot is GET's value", MODE);
    /* per-slot error: look at the array itself */
    {
        ar_reply *x;
        t = ar_tx_new(c, NULL);
        ar_tx_command(t, "SET tx:s str");
        ar_tx_command(t, "INCR tx:s");
        ar_tx_command(t, "GET tx:s");
        x = NULL;
        (void)x;
        th_is_int(txexec(t, &r[2]), AR_OK, "%s: tx: second exec", MODE);
        wait_recs(r + 2, 1, 5000);
        th_ok(r[2].type == AR_REPLY_ARRAY && r[2].elements == 3 && !strcmp(r[2].str, "str"),
              "%s: tx: a Redis error in one slot does not fail the others (%zu, %s)", MODE, r[2].elements, r[2].str);
    }
    {
        ar_reply *x = ar_command_sync(c, 5000, "GET tx:s");
        th_ok(x && x->type == AR_REPLY_STRING && !strcmp(x->str, "str"), "%s: tx: the server holds its writes", MODE);
        ar_reply_free(x);
    }
    /* a command the server refuses at queue time: EXECABORT */
    t = ar_tx_new(c, NULL);
    ar_tx_command(t, "SET tx:a 1");
    ar_tx_command(t, "GET");
    th_is_int(txexec(t, &r[3]), AR_OK, "%s: tx: exec with a bad command", MODE);
    wait_recs(r + 3, 1, 5000);
    th_ok(r[3].err == AR_OK && r[3].type == AR_REPLY_ERROR && !strncmp(r[3].str, "EXECABORT", 9),
          "%s: tx: EXECABORT reported as EXEC's error reply (%s)", MODE, r[3].str);
    /* raw MULTI / EXEC: the mode rules */
    th_is_int(cmd(c, &r[4], "EXEC"), AR_ERR_MODE, "%s: raw: EXEC without MULTI refused at the call", MODE);
    th_is_int(cmd(c, &r[4], "DISCARD"), AR_ERR_MODE, "%s: raw: DISCARD without MULTI refused", MODE);
    th_is_int(cmd(c, &r[4], "MULTI"), AR_OK, "%s: raw: MULTI", MODE);
    th_is_int(ar_client_modes(c) & AR_MODE_MULTI, AR_MODE_MULTI, "%s: raw: mode MULTI", MODE);
    th_is_int(cmd(c, &r[5], "MULTI"), AR_ERR_MODE, "%s: raw: nested MULTI refused at the call", MODE);
    th_ok(strstr(ar_client_errstr(c), "MULTI inside MULTI") != NULL, "%s: raw: errstr says why (%s)", MODE, ar_client_errstr(c));
    th_is_int(cmd(c, &r[5], "WATCH k"), AR_ERR_MODE, "%s: raw: WATCH inside MULTI refused", MODE);
    t = ar_tx_new(c, NULL);
    ar_tx_command(t, "PING");
    th_is_int(txexec(t, &r[6]), AR_ERR_MODE, "%s: raw: ar_tx_exec refused while a MULTI is open", MODE);
    ar_tx_discard(t);
    cmd(c, &r[5], "INCR tx:n");
    cmd(c, &r[6], "EXEC");
    th_is_int(ar_client_modes(c), 0, "%s: raw: EXEC closes the mode", MODE);
    wait_recs(r + 4, 3, 5000);
    th_ok(r[5].type == AR_REPLY_STATUS && !strcmp(r[5].str, "QUEUED") && r[6].type == AR_REPLY_ARRAY && r[6].elements == 1,
          "%s: raw: QUEUED, then EXEC's array", MODE);
    /* refused at the call: pub/sub, MONITOR, RESET (until pub/sub lands) */
    th_is_int(cmd(c, &r[7], "SUBSCRIBE ch"), AR_ERR_MODE, "%s: SUBSCRIBE refused at the call", MODE);
    th_is_int(cmd(c, &r[7], "psubscribe ch*"), AR_ERR_MODE, "%s: PSUBSCRIBE refused (any case)", MODE);
    th_is_int(cmd(c, &r[7], "SSUBSCRIBE ch"), AR_ERR_MODE, "%s: SSUBSCRIBE refused", MODE);
    th_is_int(cmd(c, &r[7], "MONITOR"), AR_ERR_MODE, "%s: MONITOR refused", MODE);
    th_is_int(cmd(c, &r[7], "RESET"), AR_ERR_MODE, "%s: RESET refused", MODE);
    th_ok(ping_ok(c, 5000), "%s: the connection is still fine (nothing was sent)", MODE);
    /* pipeline basics */
    p = ar_pipeline_new(c, NULL);
    th_is_int(pexec(p, &r[8]), AR_ERR_INVALID, "%s: pipeline: an empty one is refused", MODE);
    ar_pipeline_command(p, "SET pl:a 1");
    ar_pipeline_command(p, "INCR pl:a");
    ar_pipeline_command(p, "HSET pl:a f v");
    ar_pipeline_command(p, "GET pl:a");
    th_is_int(ar_pipeline_command(p, "MULTI"), AR_ERR_MODE, "%s: pipeline: MULTI cannot be queued", MODE);
    th_is_int(ar_pipeline_size(p), 4, "%s: pipeline: 4 queued", MODE);
    th_is_int(pexec(p, &r[8]), AR_OK, "%s: pipeline: exec", MODE);
    wait_recs(r + 8, 1, 5000);
    th_ok(r[8].err == AR_OK && r[8].type == AR_REPLY_ARRAY && r[8].elements == 4 && !strcmp(r[8].str, "2"),
          "%s: pipeline: 4 slots, the last GET's value (%zu, %s)", MODE, r[8].elements, r[8].str);
    drop(c);
}

/* pipeline slots, looked at one by one */
typedef struct slots { int calls, n, errs, ints, ok; ar_err err; unsigned flags; long long sum; } slots;
static void slots_cb(ar_client *c, const ar_reply *r, void *ud) {
    slots *s = (slots *)ud;
    size_t i;
    (void)c;
    if (g_in_submit) g_violations++;
    s->calls++;
    s->err = r->err;
    s->flags = r->flags;
    if (r->err || r->type != AR_REPLY_ARRAY) return;
    s->n = (int)r->elements;
    for (i = 0; i < r->elements; i++) {
        const ar_reply *x = &r->element[i];
        if (x->type == AR_REPLY_ERROR) s->errs++;
        else if (x->type == AR_REPLY_INTEGER) { s->ints++; s->sum += x->integer; }
        else if (x->type == AR_REPLY_STATUS) s->ok++;
    }
}
static int c_slots(void *a) { return ((slots *)a)->calls > 0; }

static void test_pipeline_big(void) {
    evs e;
    ar_client *c = client(&e, 0, 0);
    ar_pipeline *p;
    ar_pipeline_opts po;
    slots s;
    int i, rc, *seen, stray;
    long n, once = 1;
    if (!th_ok(c && ping_ok(c, 5000), "%s: pipeline 10k: connected", MODE)) { drop(c); return; }
    raw_del("pl:list"); raw_del("pl:str");
    memset(&po, 0, sizeof po);
    po.max_commands = 20000;
    p = ar_pipeline_new(c, &po);
    for (i = 0; i < 10000; i++) {
        if (i % 1000 == 999) rc = ar_pipeline_command(p, "INCR pl:str");   /* a string: WRONGTYPE-like error */
        else if (i % 1000 == 998) rc = ar_pipeline_command(p, "SET pl:str notanumber");
        else rc = ar_pipeline_command(p, "RPUSH pl:list %d", i);
        if (rc != AR_OK) break;
    }
    th_is_int(i, 10000, "%s: pipeline 10k: 10,000 queued", MODE);
    memset(&s, 0, sizeof s);
    g_in_submit = 1;
    rc = ar_pipeline_exec(p, slots_cb, &s);
    g_in_submit = 0;
    th_is_int(rc, AR_OK, "%s: pipeline 10k: exec", MODE);
    drv_run_until(&D, c_slots, &s, 30000);
    th_ok(s.calls == 1 && s.err == AR_OK && s.n == 10000, "%s: pipeline 10k: one completion with 10,000 slots (%d, %s, %d)",
          MODE, s.calls, ar_strerror(s.err), s.n);
    th_is_int(s.errs, 10, "%s: pipeline 10k: the 10 INCRs of a string are error slots", MODE);
    th_is_int(s.ok, 10, "%s: pipeline 10k: the 10 SETs are +OK slots", MODE);
    th_is_int(s.ints, 9980, "%s: pipeline 10k: 9,980 RPUSH integer slots", MODE);
    seen = (int *)calloc(10000, sizeof(int));
    n = judge("pl:list", seen, 10000, &stray);
    for (i = 0; i < 10000; i++) if (seen[i] != (i % 1000 >= 998 ? 0 : 1)) once = 0;
    th_ok(n == 9980 && once && !stray, "%s: pipeline 10k: the server holds each id once (%ld)", MODE, n);
    free(seen);
    /* the max size */
    memset(&po, 0, sizeof po);
    po.max_commands = 3;
    p = ar_pipeline_new(c, &po);
    for (i = 0; i < 3; i++) ar_pipeline_command(p, "PING");
    th_is_int(ar_pipeline_command(p, "PING"), AR_ERR_QUEUE_FULL, "%s: pipeline: max_commands enforced", MODE);
    ar_pipeline_discard(p);
    drop(c);
}

/* the deadline: one for the whole pipeline */
static void test_pipeline_deadline(void) {
    evs e;
    ar_client *c = client(&e, 0, 0);
    ar_pipeline *p;
    ar_pipeline_opts po;
    slots s;
    int i;
    if (!th_ok(c && ping_ok(c, 5000), "%s: pipeline deadline: connected", MODE)) { drop(c); return; }
    memset(&po, 0, sizeof po);
    po.timeout_ms = 300;
    p = ar_pipeline_new(c, &po);
    for (i = 0; i < 50; i++) ar_pipeline_command(p, "PING");
    th_server_sigstop(&srv);
    memset(&s, 0, sizeof s);
    ar_pipeline_exec(p, slots_cb, &s);
    drv_run_until(&D, c_slots, &s, 10000);
    th_server_sigcont(&srv);
    th_ok(s.calls == 1 && s.err == AR_ERR_TIMEOUT && (s.flags & AR_REPLY_F_MAYBE_EXECUTED),
          "%s: pipeline deadline: the stalled pipeline fails as a whole, AR_ERR_TIMEOUT, maybe executed (%d, %s)",
          MODE, s.calls, ar_strerror(s.err));
    th_ok(ping_ok(c, 10000), "%s: pipeline deadline: the client reconnected and works", MODE);
    drop(c);
}

/* the server stalls, the client writes what fits, the server dies */
static void test_pipeline_killed(void) {
    evs e;
    ar_client *c = client(&e, 0, 0);
    ar_pipeline *p;
    slots s;
    rec after;
    int i, *seen, stray, twice = 0;
    long n;
    memset(&after, 0, sizeof after);
    if (!th_ok(c && ping_ok(c, 5000), "%s: pipeline killed: connected", MODE)) { drop(c); return; }
    raw_del("pk:list");
    p = ar_pipeline_new(c, NULL);
    for (i = 0; i < 1000; i++) ar_pipeline_command(p, "RPUSH pk:list %d", i);
    ar_pipeline_command(p, "SET pk:big %b", g_big, (size_t)BIG);
    for (i = 1000; i < 2000; i++) ar_pipeline_command(p, "RPUSH pk:list %d", i);
    th_server_sigstop(&srv);
    memset(&s, 0, sizeof s);
    ar_pipeline_exec(p, slots_cb, &s);
    run_for(300); /* the client writes what the socket takes */
    th_ok(ar_client_pending_output(c) > 0, "%s: pipeline killed: part of it is still unwritten", MODE);
    kill_restart();
    drv_run_until(&D, c_slots, &s, 20000);
    th_ok(s.calls == 1 && lost(s.err) && (s.flags & AR_REPLY_F_MAYBE_EXECUTED) && s.n == 0,
          "%s: pipeline killed: one completion, the loss, maybe executed, no slots shown (%s)", MODE, ar_strerror(s.err));
    cmd(c, &after, "RPUSH pk:list 99999");
    wait_recs(&after, 1, 20000);
    th_ok(after.err == AR_OK, "%s: pipeline killed: the client reconnected (%s)", MODE, ar_strerror(after.err));
    seen = (int *)calloc(2000, sizeof(int));
    n = judge("pk:list", seen, 2000, &stray);
    for (i = 0; i < 2000; i++) if (seen[i] > 1) twice++;
    th_ok(n == 1 && stray == 1 && twice == 0, "%s: pipeline killed: nothing of it was sent again (list: %ld, only the later id)", MODE, n);
    free(seen);
    drop(c);
}

/* ----------------------------------------------- a transaction cut at every point */
/* (1) after MULTI was written and answered, the connection dies; the rest
   of the transaction is submitted after: it fails, it is never sent */
static void test_cut_after_multi(void) {
    evs e;
    ar_client *c = client(&e, 1, 0);
    rec r[8];
    int i, *seen, stray;
    long n;
    memset(r, 0, sizeof r);
    if (!th_ok(c && ping_ok(c, 5000), "%s: cut/after MULTI: connected", MODE)) { drop(c); return; }
    raw_del("cut:l");
    cmd(c, &r[0], "MULTI");
    cmd(c, &r[1], "RPUSH cut:l 1");
    wait_recs(r, 2, 5000);
    th_ok(r[0].type == AR_REPLY_STATUS && !strcmp(r[1].str, "QUEUED"), "%s: cut/after MULTI: MULTI +OK, RPUSH QUEUED", MODE);
    px_reset(&P);
    wait_int(&e.connects, 2, 10000);
    th_is_int(e.connects, 2, "%s: cut/after MULTI: reconnected", MODE);
    th_is_int(ar_client_modes(c), AR_MODE_MULTI | AR_MODE_LOST, "%s: cut/after MULTI: the client knows its MULTI was lost", MODE);
    th_is_int(cmd(c, &r[2], "RPUSH cut:l 2"), AR_OK, "%s: cut/after MULTI: a command of the lost MULTI is accepted", MODE);
    th_is_int(cmd(c, &r[3], "EXEC"), AR_OK, "%s: cut/after MULTI: its EXEC is accepted", MODE);
    th_is_int(r[2].calls + r[3].calls, 0, "%s: cut/after MULTI: not completed inside the call", MODE);
    cmd(c, &r[4], "RPUSH cut:l 3");
    wait_recs(r + 2, 3, 5000);
    th_ok(r[2].err == AR_ERR_TX_ABORTED && r[3].err == AR_ERR_TX_ABORTED && !maybe(&r[2]) && !maybe(&r[3]),
          "%s: cut/after MULTI: they fail AR_ERR_TX_ABORTED, not sent (%s, %s)", MODE, ar_strerror(r[2].err), ar_strerror(r[3].err));
    th_ok(r[4].err == AR_OK && r[4].integer == 1, "%s: cut/after MULTI: after EXEC the client is back to normal", MODE);
    th_is_int(ar_client_modes(c), 0, "%s: cut/after MULTI: no mode left", MODE);
    seen = (int *)calloc(8, sizeof(int));
    n = judge("cut:l", seen, 8, &stray);
    th_ok(n == 1 && seen[3] == 1 && !seen[1] && !seen[2], "%s: cut/after MULTI: the server ran only the later command (%ld)", MODE, n);
    free(seen);
    for (i = 0; i < 5; i++) if (r[i].calls != 1) break;
    th_is_int(i, 5, "%s: cut/after MULTI: every callback exactly once", MODE);
    drop(c);
}

/* (2) part of the queue written, the rest not (a 24 MB value fills the
   stopped server's socket); (3) everything written, EXEC unanswered;
   (4) executed, the answer lost; (5) nothing written: sent whole later */
static void test_cut_partial(void) {
    evs e;
    ar_client *c = client(&e, 0, 0);
    rec r[8];
    ar_tx *t;
    int *seen, stray;
    long n;
    memset(r, 0, sizeof r);
    if (!th_ok(c && ping_ok(c, 5000), "%s: cut/part written: connected", MODE)) { drop(c); return; }
    raw_del("cp:l"); raw_del("cp:big");
    th_server_sigstop(&srv);
    cmd(c, &r[0], "MULTI");
    cmd(c, &r[1], "RPUSH cp:l 1");
    cmd(c, &r[2], "SET cp:big %b", g_big, (size_t)BIG);
    cmd(c, &r[3], "RPUSH cp:l 2");
    cmd(c, &r[4], "EXEC");
    run_for(300);
    th_ok(ar_client_pending_output(c) > 0, "%s: cut/part written: part of the transaction is unwritten", MODE);
    kill_restart();
    wait_recs(r, 5, 20000);
    th_ok(lost(r[0].err) && maybe(&r[0]) && lost(r[1].err) && maybe(&r[1]),
          "%s: cut/part written: MULTI and the written RPUSH fail with the loss, maybe executed (%s, %s)",
          MODE, ar_strerror(r[0].err), ar_strerror(r[1].err));
    th_ok(r[2].err == AR_ERR_TX_ABORTED && r[3].err == AR_ERR_TX_ABORTED && r[4].err == AR_ERR_TX_ABORTED &&
          !maybe(&r[2]) && !maybe(&r[3]) && !maybe(&r[4]),
          "%s: cut/part written: the unwritten rest fails AR_ERR_TX_ABORTED (%s, %s, %s)", MODE,
          ar_strerror(r[2].err), ar_strerror(r[3].err), ar_strerror(r[4].err));
    cmd(c, &r[5], "RPUSH cp:l 7");
    wait_recs(r + 5, 1, 20000);
    th_ok(r[5].err == AR_OK, "%s: cut/part written: the client reconnected", MODE);
    seen = (int *)calloc(8, sizeof(int));
    n = judge("cp:l", seen, 8, &stray);
    th_ok(n == 1 && seen[7] == 1, "%s: cut/part written: nothing of it ran, nothing was sent again (%ld)", MODE, n);
    {
        char buf[64];
        raw1(srv.port, buf, sizeof buf, "EXISTS", "cp:big", NULL);
        th_is_cstr(buf, ":0\r\n", "%s: cut/part written: the big SET never ran alone", MODE);
    }

    /* (3) the whole transaction written, EXEC unanswered (tx object) */
    raw_del("cp:l");
    memset(r, 0, sizeof r);
    t = ar_tx_new(c, NULL);
    ar_tx_command(t, "RPUSH cp:l 1");
    ar_tx_command(t, "RPUSH cp:l 2");
    th_server_sigstop(&srv);
    txexec(t, &r[0]);
    wait_written(c, 5000);
    th_is_int(ar_client_pending_output(c), 0, "%s: cut/EXEC written: all of it written", MODE);
    kill_restart();
    wait_recs(r, 1, 20000);
    th_ok(r[0].calls == 1 && lost(r[0].err) && maybe(&r[0]), "%s: cut/EXEC written: the tx fails with the loss, maybe executed (%s)",
          MODE, ar_strerror(r[0].err));
    cmd(c, &r[1], "RPUSH cp:l 7");
    wait_recs(r + 1, 1, 20000);
    n = judge("cp:l", seen, 8, &stray);
    th_ok(n == 1 && seen[7] == 1, "%s: cut/EXEC written: not sent again (%ld)", MODE, n);

    /* (5) nothing of it written: kept whole and sent once on the next connection */
    raw_del("cp:l");
    memset(r, 0, sizeof r);
    th_server_sigstop(&srv);
    cmd(c, &r[0], "SET cp:big %b", g_big, (size_t)BIG); /* fills the socket: the tx stays unwritten */
    t = ar_tx_new(c, NULL);
    ar_tx_command(t, "RPUSH cp:l 1");
    ar_tx_command(t, "RPUSH cp:l 2");
    txexec(t, &r[1]);
    run_for(300);
    kill_restart();
    wait_recs(r, 2, 30000);
    th_ok(r[1].calls == 1 && r[1].err == AR_OK && r[1].type == AR_REPLY_ARRAY && r[1].elements == 2,
          "%s: cut/unwritten: the transaction ran whole on the new connection (%s)", MODE, ar_strerror(r[1].err));
    n = judge("cp:l", seen, 8, &stray);
    th_ok(n == 2 && seen[1] == 1 && seen[2] == 1, "%s: cut/unwritten: each id once (%ld)", MODE, n);
    free(seen);
    drop(c);
}

/* (4) the transaction ran, its answer is lost (held by the proxy) */
static int g_llen_key_target;
static void test_cut_answer_lost(void) {
    evs e;
    ar_client *c = client(&e, 1, 0);
    rec r[4];
    ar_tx *t;
    int *seen, stray;
    long long end;
    long n;
    memset(r, 0, sizeof r);
    (void)g_llen_key_target;
    if (!th_ok(c && ping_ok(c, 5000), "%s: cut/answer lost: connected", MODE)) { drop(c); return; }
    raw_del("ca:l");
    px_hold(&P, 1);
    t = ar_tx_new(c, NULL);
    ar_tx_command(t, "RPUSH ca:l 1");
    ar_tx_command(t, "RPUSH ca:l 2");
    txexec(t, &r[0]);
    end = ar_now_ms() + 10000;
    while (raw_llen("ca:l") < 2 && ar_now_ms() < end) drv_turn(&D, 10);
    th_is_int(raw_llen("ca:l"), 2, "%s: cut/answer lost: the server ran the transaction", MODE);
    px_reset(&P);
    px_hold(&P, 0);
    wait_recs(r, 1, 10000);
    th_ok(r[0].calls == 1 && lost(r[0].err) && maybe(&r[0]), "%s: cut/answer lost: the tx fails with the loss, maybe executed (%s)",
          MODE, ar_strerror(r[0].err));
    cmd(c, &r[1], "RPUSH ca:l 7");
    wait_recs(r + 1, 1, 10000);
    seen = (int *)calloc(8, sizeof(int));
    n = judge("ca:l", seen, 8, &stray);
    th_ok(n == 3 && seen[1] == 1 && seen[2] == 1 && seen[7] == 1, "%s: cut/answer lost: it ran exactly once (%ld)", MODE, n);
    free(seen);
    drop(c);
}

/* --------------------------------------------------------------- WATCH */
static void test_watch_lost(void) {
    evs e;
    ar_client *c = client(&e, 1, 0), *other;
    evs eo;
    rec r[10];
    ar_tx *t;
    char buf[64];
    memset(r, 0, sizeof r);
    other = client(&eo, 0, 0);
    if (!th_ok(c && other && ping_ok(c, 5000) && ping_ok(other, 5000), "%s: watch lost: connected", MODE)) { drop(c); drop(other); return; }
    cmd(other, &r[0], "SET wl:k 10");
    wait_recs(r, 1, 5000);
    cmd(c, &r[1], "WATCH wl:k");
    cmd(c, &r[2], "GET wl:k");
    wait_recs(r + 1, 2, 5000);
    th_ok(!strcmp(r[2].str, "10") && ar_client_modes(c) == AR_MODE_WATCH, "%s: watch lost: WATCHing, GET 10", MODE);
    px_reset(&P);                        /* the connection dies, with its WATCH */
    wait_int(&e.connects, 2, 10000);
    cmd(other, &r[3], "SET wl:k 999");   /* the update WATCH exists to catch */
    wait_recs(r + 3, 1, 5000);
    th_ok(ar_client_modes(c) == (AR_MODE_WATCH | AR_MODE_LOST), "%s: watch lost: the client knows (modes %u)", MODE, ar_client_modes(c));
    cmd(c, &r[4], "MULTI");
    cmd(c, &r[5], "SET wl:k 11");
    cmd(c, &r[6], "EXEC");
    wait_recs(r + 4, 3, 5000);
    th_ok(r[6].err == AR_ERR_WATCH_LOST && r[4].err == AR_ERR_WATCH_LOST && r[5].err == AR_ERR_WATCH_LOST,
          "%s: watch lost: MULTI, SET and EXEC fail AR_ERR_WATCH_LOST, never sent (%s)", MODE, ar_strerror(r[6].err));
    th_is_cstr(raw1(srv.port, buf, sizeof buf, "GET", "wl:k", NULL), "$3\r\n999\r\n", "%s: watch lost: the other client's value survives", MODE);
    th_is_int(ar_client_modes(c), 0, "%s: watch lost: EXEC ended the epoch", MODE);
    /* the same with the tx object */
    cmd(c, &r[7], "WATCH wl:k");
    wait_recs(r + 7, 1, 5000);
    px_reset(&P);
    wait_int(&e.connects, 3, 10000);
    t = ar_tx_new(c, NULL);
    ar_tx_command(t, "SET wl:k 12");
    th_is_int(txexec(t, &r[8]), AR_OK, "%s: watch lost/tx: exec accepted", MODE);
    wait_recs(r + 8, 1, 5000);
    th_ok(r[8].err == AR_ERR_WATCH_LOST, "%s: watch lost/tx: the tx fails AR_ERR_WATCH_LOST (%s)", MODE, ar_strerror(r[8].err));
    th_is_cstr(raw1(srv.port, buf, sizeof buf, "GET", "wl:k", NULL), "$3\r\n999\r\n", "%s: watch lost/tx: value untouched", MODE);
    /* a WATCH never written (submitted while down) is not lost: it goes first on the new connection */
    /* a real conflict: EXEC answers nil */
    cmd(c, &r[9], "WATCH wl:k");
    wait_recs(r + 9, 1, 5000);
    memset(&r[0], 0, sizeof r[0]);
    cmd(other, &r[0], "SET wl:k 1000");
    wait_recs(r, 1, 5000);
    t = ar_tx_new(c, NULL);
    ar_tx_command(t, "SET wl:k 13");
    memset(&r[1], 0, sizeof r[1]);
    txexec(t, &r[1]);
    wait_recs(r + 1, 1, 5000);
    th_ok(r[1].err == AR_OK && r[1].type == AR_REPLY_NIL, "%s: watch conflict: EXEC nil, reported as AR_REPLY_NIL, not an error (%s, %s)",
          MODE, ar_strerror(r[1].err), ar_reply_type_name(r[1].type));
    th_is_cstr(raw1(srv.port, buf, sizeof buf, "GET", "wl:k", NULL), "$4\r\n1000\r\n", "%s: watch conflict: nothing ran", MODE);
    drop(c);
    drop(other);
}

/* ar_tx_optimistic: 10 clients increment one counter by read-modify-write */
#define NINC 10
#define PER 15
typedef struct inc { ar_client *c; int left, done_ok, done_other, conflicts, calls; } inc;
static void inc_start(inc *x);
static void inc_get_cb(ar_client *c, const ar_reply *r, void *ud) {
    ar_tx *tx = (ar_tx *)ud;
    long long v = r->type == AR_REPLY_STRING ? atoll(r->str) : 0;
    (void)c;
    if (r->err) { ar_tx_discard(tx); return; }
    ar_tx_command(tx, "SET opt:cnt %lld", v + 1);
    ar_tx_exec(tx, NULL, NULL);
}
static void inc_fn(ar_client *c, ar_tx *tx, int attempt, void *ud) {
    inc *x = (inc *)ud;
    if (attempt > 1) x->conflicts++;
    ar_command(c, inc_get_cb, tx, "GET opt:cnt");
}
static void inc_done(ar_client *c, const ar_reply *r, void *ud) {
    inc *x = (inc *)ud;
    (void)c;
    x->calls++;
    if (!r->err && r->type == AR_REPLY_ARRAY) x->done_ok++;
    else x->done_other++;
    if (--x->left > 0) inc_start(x);
}
static void inc_start(inc *x) {
    const char *keys[1] = { "opt:cnt" };
    ar_tx_opts to;
    memset(&to, 0, sizeof to);
    to.max_attempts = 1000;
    if (ar_tx_optimistic(x->c, &to, 1, keys, NULL, inc_fn, inc_done, x) != AR_OK) x->done_other++;
}
static int c_inc(void *a) { inc *x = (inc *)a; int i; for (i = 0; i < NINC; i++) if (x[i].left > 0) return 0; return 1; }

static void test_optimistic(void) {
    inc x[NINC];
    evs e[NINC];
    int i, ok = 0, other = 0, calls = 0, conflicts = 0;
    char buf[64];
    raw_del("opt:cnt");
    memset(x, 0, sizeof x);
    for (i = 0; i < NINC; i++) {
        x[i].c = client(&e[i], 0, 0);
        x[i].left = PER;
        if (!x[i].c) th_bail("client");
    }
    for (i = 0; i < NINC; i++) inc_start(&x[i]);
    th_ok(drv_run_until(&D, c_inc, x, 60000), "%s: optimistic: all %d incrementers finished", MODE, NINC);
    for (i = 0; i < NINC; i++) { ok += x[i].done_ok; other += x[i].done_other; calls += x[i].calls; conflicts += x[i].conflicts; }
    th_is_int(ok, NINC * PER, "%s: optimistic: every run committed (%d conflicts retried)", MODE, conflicts);
    th_is_int(other, 0, "%s: optimistic: no other outcome", MODE);
    th_is_int(calls, NINC * PER, "%s: optimistic: done ran exactly once per run", MODE);
    th_is_cstr(raw1(srv.port, buf, sizeof buf, "GET", "opt:cnt", NULL), "$3\r\n150\r\n", "%s: optimistic: the count is exact", MODE);
    /* bounded: a conflict on every attempt ends with the NIL after max_attempts */
    for (i = 0; i < NINC; i++) drop(x[i].c);
}

/* a conflict forced on every attempt: max_attempts ends it with NIL */
static ar_client *g_spoiler;
static int g_spoil_runs;
static void spoil_fn(ar_client *c, ar_tx *tx, int attempt, void *ud) {
    (void)c; (void)ud; (void)attempt;
    g_spoil_runs++;
    ar_reply_free(ar_command_sync(g_spoiler, 5000, "INCR opt:sp")); /* changes the watched key first */
    ar_tx_command(tx, "SET opt:sp 0");
    ar_tx_exec(tx, NULL, NULL);
}
static void test_optimistic_bound(void) {
    evs e, e2;
    ar_client *c = client(&e, 0, 0);
    rec r;
    ar_tx_opts to;
    const char *keys[1] = { "opt:sp" };
    ar_options o2 = opts(srv.port, &e2);
    memset(&r, 0, sizeof r);
    o2.loop = NULL; o2.hooks = NULL;
    g_spoiler = ar_connect_sync(&o2, 5000, NULL);   /* its own private sync connection */
    if (!th_ok(c && g_spoiler && ping_ok(c, 5000), "%s: optimistic bound: connected", MODE)) { drop(c); if (g_spoiler) ar_client_free(g_spoiler); return; }
    g_spoil_runs = 0;
    memset(&to, 0, sizeof to);
    to.max_attempts = 3;
    g_in_submit = 1;
    th_is_int(ar_tx_optimistic(c, &to, 1, keys, NULL, spoil_fn, rec_cb, &r), AR_OK, "%s: optimistic bound: started", MODE);
    g_in_submit = 0;
    wait_recs(&r, 1, 10000);
    th_ok(r.calls == 1 && r.err == AR_OK && r.type == AR_REPLY_NIL, "%s: optimistic bound: NIL after max_attempts (%s)", MODE, ar_reply_type_name(r.type));
    th_is_int(g_spoil_runs, 3, "%s: optimistic bound: exactly 3 attempts", MODE);
    ar_client_free(g_spoiler);
    drop(c);
}

/* discard from the fn: done gets TX_ABORTED, the watch is released */
static void discard_fn(ar_client *c, ar_tx *tx, int attempt, void *ud) { (void)c; (void)attempt; (void)ud; ar_tx_discard(tx); }
static void test_optimistic_discard(void) {
    evs e;
    ar_client *c = client(&e, 0, 0);
    rec r;
    const char *keys[2] = { "opt:d1", "opt:d2" };
    memset(&r, 0, sizeof r);
    if (!th_ok(c && ping_ok(c, 5000), "%s: optimistic discard: connected", MODE)) { drop(c); return; }
    g_in_submit = 1;
    ar_tx_optimistic(c, NULL, 2, keys, NULL, discard_fn, rec_cb, &r);
    g_in_submit = 0;
    wait_recs(&r, 1, 5000);
    run_for(50);
    th_ok(r.calls == 1 && r.err == AR_ERR_TX_ABORTED, "%s: optimistic discard: done once with AR_ERR_TX_ABORTED (%s)", MODE, ar_strerror(r.err));
    th_is_int(ar_client_modes(c), 0, "%s: optimistic discard: UNWATCH sent, no mode left", MODE);
    drop(c);
}

/* free the client from a transaction's completion and with one pending */
static void free_cb(ar_client *c, const ar_reply *r, void *ud) { rec_cb(c, r, ud); ar_client_free(c); }
static void test_free_inside(void) {
    evs e;
    ar_client *c = client(&e, 0, 0);
    rec r[3];
    ar_tx *t;
    ar_pipeline *p;
    memset(r, 0, sizeof r);
    if (!th_ok(c && ping_ok(c, 5000), "%s: free inside: connected", MODE)) { drop(c); return; }
    t = ar_tx_new(c, NULL);
    ar_tx_command(t, "PING");
    p = ar_pipeline_new(c, NULL);
    ar_pipeline_command(p, "PING");
    ar_pipeline_exec(p, rec_cb, &r[1]);
    ar_tx_exec(t, free_cb, &r[0]);
    {
        ar_tx *t2 = ar_tx_new(c, NULL);  /* never executed: discarded after the free */
        ar_tx_command(t2, "PING");
        wait_recs(r, 2, 5000);
        drv_forget(&D, c);
        ar_tx_discard(t2);
    }
    th_ok(r[0].calls == 1 && r[0].err == AR_OK && r[1].calls == 1 && r[1].err == AR_OK,
          "%s: free inside: both completed once before the free", MODE);
    /* pending when freed: completion with AR_ERR_CLOSED */
    c = client(&e, 0, 0);
    if (!th_ok(c && ping_ok(c, 5000), "%s: free pending: connected", MODE)) { drop(c); return; }
    th_server_sigstop(&srv);
    t = ar_tx_new(c, NULL);
    ar_tx_command(t, "PING");
    memset(&r[2], 0, sizeof r[2]);
    ar_tx_exec(t, rec_cb, &r[2]);
    run_for(50);
    drop(c);
    th_server_sigcont(&srv);
    th_ok(r[2].calls == 1 && r[2].err == AR_ERR_CLOSED, "%s: free pending: the tx completes once with AR_ERR_CLOSED (%s)", MODE, ar_strerror(r[2].err));
}

/* the mode bits and refuse_behind_blocking */
static void test_modes(void) {
    evs e;
    ar_options o = opts(srv.port, &e);
    ar_client *c;
    rec r[6];
    memset(r, 0, sizeof r);
    o.refuse_behind_blocking = 1;
    c = mk(&o);
    if (!th_ok(c && ping_ok(c, 5000), "%s: modes: connected", MODE)) { drop(c); return; }
    raw_del("md:q");
    cmd(c, &r[0], "BLPOP md:q 5");
    th_is_int(ar_client_modes(c), AR_MODE_BLOCKED, "%s: modes: BLOCKED while BLPOP waits", MODE);
    th_is_int(cmd(c, &r[1], "GET x"), AR_ERR_MODE, "%s: refuse_behind_blocking: a GET behind BLPOP is refused", MODE);
    th_is_int(cmd(c, &r[1], "MULTI"), AR_ERR_MODE, "%s: refuse_behind_blocking: and a MULTI", MODE);
    th_is_int(cmd(c, &r[2], "BLPOP md:q2 1"), AR_OK, "%s: refuse_behind_blocking: another blocking command is accepted", MODE);
    {
        char buf[64];
        const char *argv[3] = { "RPUSH", "md:q", "v" };
        th_raw_command(srv.port, buf, sizeof buf, 3, argv);
    }
    wait_recs(r, 1, 5000);
    wait_recs(r + 2, 1, 5000);
    th_ok(r[0].err == AR_OK && !strcmp(r[0].str, "v") && r[2].type == AR_REPLY_NIL, "%s: modes: BLPOPs answered", MODE);
    th_is_int(ar_client_modes(c), 0, "%s: modes: BLOCKED ends with the reply", MODE);
    th_is_int(cmd(c, &r[3], "GET x"), AR_OK, "%s: refuse_behind_blocking: accepted again", MODE);
    /* SELECT by the user is kept across a reconnect */
    cmd(c, &r[4], "SELECT 3");
    cmd(c, &r[5], "SET md:db three");
    wait_recs(r + 3, 3, 5000);
    drop(c);
    o = opts(P.port, &e);
    c = mk(&o);
    memset(r, 0, sizeof r);
    if (!th_ok(c && ping_ok(c, 5000), "%s: select: connected", MODE)) { drop(c); return; }
    cmd(c, &r[0], "SELECT 3");
    wait_recs(r, 1, 5000);
    px_reset(&P);
    wait_int(&e.connects, 2, 10000);
    cmd(c, &r[1], "GET md:db");
    wait_recs(r + 1, 1, 5000);
    th_is_cstr(r[1].str, "three", "%s: select: a user SELECT is replayed on the new connection", MODE);
    drop(c);
}

static void run_mode(drv_mode m) {
    drv_init(&D, m);
    th_note("---- drive mode: %s", drv_names[m]);
    test_basics();
    test_pipeline_big();
    test_pipeline_deadline();
    test_pipeline_killed();
    test_cut_after_multi();
    test_cut_partial();
    test_cut_answer_lost();
    test_watch_lost();
    test_optimistic();
    test_optimistic_bound();
    test_optimistic_discard();
    test_free_inside();
    test_modes();
    drv_free(&D);
}

int main(void) {
    const char *aof[] = { "--appendonly", "yes", "--appendfsync", "always", NULL };
    th_watchdog(600);
    count_sigpipes();
    g_big = (char *)malloc(BIG);
    if (!g_big) th_bail("no memory");
    memset(g_big, 'x', BIG);
    if (th_server_start(&srv, aof) != 0) th_bail("cannot start redis-server");
    if (px_start(&P, srv.port) != 0) th_bail("cannot start the proxy");
    run_mode(DRV_LOOP);
    run_mode(DRV_HOOKS);
    run_mode(DRV_PUMP);
    th_is_int(g_violations, 0, "no callback ever ran inside a submitting call");
    th_is_int(g_sigpipes, 0, "the library never raised SIGPIPE");
    px_stop(&P);
    th_server_stop(&srv);
    free(g_big);
    return th_done();
}
