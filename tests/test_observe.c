/* tests/test_observe.c - observability (manual section 17): the trace hook,
   the counters of ar_stats, the log hook, and redaction in every output.

   Against real redis-servers (one plain, one with requirepass) and, for a
   server that echoes the password in its error, the fault server; under all
   three drive modes. Checked: every ar_trace field for a reply, a Redis
   error, a timeout (the server SIGSTOPped), a command maybe executed
   (written, then the server killed), a command never sent, a refusal (inside
   the refused call), the membership flags (pipeline, transaction, script,
   pub/sub, blocking, pool, resent); the counters after a scripted workload,
   to the exact number, and the traces' byte counts against them; redaction
   of every password-bearing command and of the URI's password in traces,
   error texts, ar_client_errstr, on_error and the log; the hooks cannot
   submit; with the trace hook unset no allocation per command (counting
   allocator), with it set exactly one record per command. Counts and
   contents, never time. */
#include "resilience.h"
#include "../asyncredis_commands.h"

static th_server srv, srvpw;   /* srvpw: requirepass PWSERVER */
#define PWSERVER "right-pw-4242"

/* ------------------------------------------------------------ trace records */
#define TR_MAX 400
typedef struct trc {
    char command[32], sub[32], stmt[1100], peer[300], error[400];
    size_t stmt_len, error_len;
    int port, db, outcome, in_submit, busy_rc;
    ar_err err;
    long long submit, write, reply;
    size_t bytes_out, bytes_in;
    unsigned flags;
    const ar_client *c;
    const void *data;
} trc;
static trc T[TR_MAX];
static int NT, g_try_submit;

static void copy_str(char *dst, size_t cap, const char *s, size_t n) {
    if (n >= cap) n = cap - 1;
    memcpy(dst, s, n);
    dst[n] = 0;
}

static void on_trace(ar_client *c, const ar_trace *t, void *data) {
    trc *x;
    (void)data;
    if (NT >= TR_MAX) { NT++; return; }
    x = &T[NT++];
    memset(x, 0, sizeof *x);
    x->c = c;
    x->data = data;
    copy_str(x->command, sizeof x->command, t->command, strlen(t->command));
    copy_str(x->sub, sizeof x->sub, t->subcommand, strlen(t->subcommand));
    copy_str(x->stmt, sizeof x->stmt, t->statement, t->statement_len);
    x->stmt_len = t->statement_len;
    copy_str(x->peer, sizeof x->peer, t->peer, strlen(t->peer));
    copy_str(x->error, sizeof x->error, t->error, t->error_len);
    x->error_len = t->error_len;
    x->port = t->port; x->db = t->db; x->outcome = t->outcome; x->err = t->err;
    x->submit = t->submit_us; x->write = t->write_us; x->reply = t->reply_us;
    x->bytes_out = t->bytes_out; x->bytes_in = t->bytes_in; x->flags = t->flags;
    x->in_submit = g_in_submit;
    if (g_try_submit) x->busy_rc = ar_command(c, NULL, NULL, "PING");
}

/* the last trace whose statement starts with s (NULL: none) */
static const trc *tr_find(const char *s) {
    int i;
    for (i = (NT < TR_MAX ? NT : TR_MAX) - 1; i >= 0; i--)
        if (strncmp(T[i].stmt, s, strlen(s)) == 0) return &T[i];
    return NULL;
}
static const trc *tr_last(void) { return NT > 0 && NT <= TR_MAX ? &T[NT - 1] : NULL; }
static const char *oname(int o) {
    switch (o) {
    case AR_TRACE_REPLY: return "REPLY";
    case AR_TRACE_REDIS_ERROR: return "REDIS_ERROR";
    case AR_TRACE_CLIENT_ERROR: return "CLIENT_ERROR";
    case AR_TRACE_MAYBE_EXECUTED: return "MAYBE_EXECUTED";
    case AR_TRACE_REFUSED: return "REFUSED";
    default: return "?";
    }
}

/* -------------------------------------------------------------- log lines */
#define LG_MAX 300
static char LG[LG_MAX][520];
static int LGL[LG_MAX], NLG, g_log_busy_rc = -1;
static void on_log(ar_client *c, int level, const char *msg, void *data) {
    (void)data;
    if (g_try_submit && g_log_busy_rc < 0) g_log_busy_rc = ar_command(c, NULL, NULL, "PING");
    if (NLG >= LG_MAX) return;
    LGL[NLG] = level;
    snprintf(LG[NLG], sizeof LG[NLG], "%s", msg);
    NLG++;
}
static int log_find(const char *needle, int level) {
    int i;
    for (i = 0; i < NLG; i++) if (strstr(LG[i], needle) && (level == 0 || LGL[i] == level)) return i;
    return -1;
}
static void log_reset(void) { NLG = 0; g_log_busy_rc = -1; }

/* nothing the library showed holds s: traces (statement, error), log lines */
static int leaks(const char *s) {
    int i, n = 0;
    for (i = 0; i < NT && i < TR_MAX; i++) if (strstr(T[i].stmt, s) || strstr(T[i].error, s)) n++;
    for (i = 0; i < NLG; i++) if (strstr(LG[i], s)) n++;
    return n;
}

static ar_options topts(int port, evs *e) {
    ar_options o = opts(port, e);
    o.on_trace = on_trace;
    return o;
}

static void tr_reset(void) { NT = 0; }

/* ------------------------------------------------ every field of a success */
static void test_fields(void) {
    evs e;
    ar_options o = topts(srv.port, &e);
    ar_client *c;
    rec r[8];
    const trc *t;
    char big[601], bin[6] = { 'a', ' ', 'b', 1, '"', '\\' };
    int n0;
    memset(r, 0, sizeof r);
    o.db = 3;
    c = mk(&o);
    if (!th_ok(c && ping_ok(c, 3000), "%s: fields: connected", MODE)) { drop(c); return; }
    tr_reset();
    cmd(c, &r[0], "SET obs:k hello");
    cmd(c, &r[1], "GET obs:k");
    cmd(c, &r[2], "INCR obs:k");
    cmd(c, &r[3], "CONFIG GET maxmemory");
    cmd(c, &r[4], "SET obs:b %b", bin, sizeof bin);
    cmd(c, &r[5], "SET obs:e %s", "");
    memset(big, 'v', 600); big[600] = 0;
    cmd(c, &r[6], "SET obs:big %s", big);
    th_is_int(NT, 0, "%s: fields: nothing traced inside the submissions (accepted ones complete later)", MODE);
    wait_recs(r, 7, 3000);
    th_is_int(NT, 7, "%s: fields: one trace per command, the setup (SELECT 3) not traced", MODE);
    t = tr_find("SET obs:k");
    if (th_ok(t != NULL, "%s: fields: SET traced", MODE)) {
        th_is_cstr(t->command, "SET", "%s: fields: command", MODE);
        th_is_cstr(t->sub, "", "%s: fields: no subcommand", MODE);
        th_is_cstr(t->stmt, "SET obs:k hello", "%s: fields: statement", MODE);
        th_is_int((long long)t->stmt_len, 15, "%s: fields: statement_len", MODE);
        th_is_cstr(t->peer, "127.0.0.1", "%s: fields: peer", MODE);
        th_is_int(t->port, srv.port, "%s: fields: port", MODE);
        th_is_int(t->db, 3, "%s: fields: db (the setup's SELECT 3)", MODE);
        th_ok(t->submit > 0 && t->write >= t->submit && t->reply >= t->write,
              "%s: fields: submit <= write <= reply (%lld %lld %lld)", MODE, t->submit, t->write, t->reply);
        th_ok(t->submit / 1000 <= ar_now_ms() && t->submit / 1000 > ar_now_ms() - 60000,
              "%s: fields: times on the ar_now_ms clock, in microseconds", MODE);
        th_is_int(t->outcome, AR_TRACE_REPLY, "%s: fields: outcome REPLY", MODE);
        th_is_int(t->err, AR_OK, "%s: fields: err AR_OK", MODE);
        th_ok(t->error_len == 0 && t->error[0] == 0, "%s: fields: no error text", MODE);
        th_is_int((long long)t->bytes_out, 35, "%s: fields: bytes_out = *3 $3 SET $5 obs:k $5 hello (35)", MODE);
        th_is_int((long long)t->bytes_in, 5, "%s: fields: bytes_in = +OK\\r\\n (5)", MODE);
        th_is_int(t->flags, 0, "%s: fields: no flags", MODE);
        th_ok(!t->in_submit, "%s: fields: traced outside the submitting call", MODE);
    }
    t = tr_find("GET obs:k");
    th_ok(t && t->bytes_in == 11 && t->bytes_out == 24 && t->outcome == AR_TRACE_REPLY,
          "%s: fields: GET: bytes_in $5 hello (11), bytes_out 24", MODE);
    t = tr_find("INCR obs:k");
    if (th_ok(t != NULL, "%s: fields: INCR traced", MODE)) {
        th_is_int(t->outcome, AR_TRACE_REDIS_ERROR, "%s: Redis error: outcome REDIS_ERROR", MODE);
        th_is_int(t->err, AR_OK, "%s: Redis error: err AR_OK (the server answered)", MODE);
        th_is_cstr(t->error, "ERR value is not an integer or out of range", "%s: Redis error: the error reply", MODE);
        th_is_int((long long)t->bytes_in, 46, "%s: Redis error: bytes_in of the -ERR line (46)", MODE);
    }
    t = tr_find("CONFIG GET");
    th_ok(t && !strcmp(t->command, "CONFIG") && !strcmp(t->sub, "GET") && !strcmp(t->stmt, "CONFIG GET maxmemory"),
          "%s: fields: CONFIG GET: command CONFIG, subcommand GET (%s %s)", MODE, t ? t->command : "-", t ? t->sub : "-");
    t = tr_find("SET obs:b ");
    th_ok(t && !strcmp(t->stmt, "SET obs:b \"a b\\x01\\\"\\\\\""), "%s: fields: binary argument quoted and escaped (%s)", MODE, t ? t->stmt : "-");
    t = tr_find("SET obs:e");
    th_ok(t && !strcmp(t->stmt, "SET obs:e \"\""), "%s: fields: empty argument shown as \"\" (%s)", MODE, t ? t->stmt : "-");
    t = tr_find("SET obs:big");
    th_ok(t && t->stmt_len <= 256 && t->stmt_len >= 200 && (t->flags & AR_TRACE_F_TRUNCATED) &&
          !strcmp(t->stmt + t->stmt_len - 3, "...") && !strncmp(t->stmt, "SET obs:big vvvv", 16),
          "%s: fields: a 600-byte value: statement cut at 256 with ..., TRUNCATED (%zu)", MODE, t ? t->stmt_len : 0);
    th_ok(t && t->bytes_out == 4 + 9 + 13 + 6 + 600 + 2, "%s: fields: bytes_out counts the whole command (%zu)", MODE,
          t ? t->bytes_out : 0);

    /* the hooks only look: a submission from the trace hook is refused */
    g_try_submit = 1;
    n0 = NT;
    cmd(c, &r[7], "PING");
    wait_recs(&r[7], 1, 3000);
    g_try_submit = 0;
    t = tr_last();
    th_ok(NT == n0 + 1 && t && t->busy_rc == AR_ERR_BUSY, "%s: fields: ar_command inside on_trace: AR_ERR_BUSY (%d), no trace of it",
          MODE, t ? t->busy_rc : -1);
    th_is_int(r[7].calls, 1, "%s: fields: the command's own callback still ran", MODE);
    drop(c);

    /* trace_name_only, trace_statement_max, a Unix socket */
    o = topts(0, &e);
    o.host = NULL; o.port = 0; o.path = srv.sock;
    o.trace_name_only = 1;
    c = mk(&o);
    if (!th_ok(c && ping_ok(c, 3000), "%s: name only: connected (unix socket)", MODE)) { drop(c); return; }
    tr_reset();
    memset(r, 0, sizeof r);
    cmd(c, &r[0], "CONFIG GET maxmemory");
    cmd(c, &r[1], "GET obs:k");
    wait_recs(r, 2, 3000);
    th_ok(NT == 2 && !strcmp(T[0].stmt, "CONFIG GET") && !strcmp(T[1].stmt, "GET"),
          "%s: name only: statements CONFIG GET, GET (%s, %s)", MODE, NT > 0 ? T[0].stmt : "-", NT > 1 ? T[1].stmt : "-");
    th_ok(NT >= 1 && !strcmp(T[0].peer, srv.sock) && T[0].port == 0, "%s: unix socket: peer is the path, port 0", MODE);
    drop(c);
    o = topts(srv.port, &e);
    o.trace_statement_max = 40;
    c = mk(&o);
    tr_reset();
    memset(r, 0, sizeof r);
    if (c) cmd(c, &r[0], "SET obs:big %s", big);
    wait_recs(r, 1, 3000);
    th_ok(NT == 1 && T[0].stmt_len <= 40 && (T[0].flags & AR_TRACE_F_TRUNCATED), "%s: trace_statement_max 40: %zu bytes",
          MODE, NT ? T[0].stmt_len : 0);
    drop(c);
}

/* ---------------------------- timeout, maybe executed, never sent, resent */
static void test_failures(void) {
    evs e;
    ar_options o = topts(srv.port, &e);
    ar_client *c;
    rec r[6];
    const trc *t;
    char buf[64];
    memset(r, 0, sizeof r);
    raw1(srv.port, buf, sizeof buf, "DEL", "obs:t", NULL);
    o.request_timeout_ms = 300;
    c = mk(&o);
    if (!th_ok(c && ping_ok(c, 3000), "%s: failures: connected", MODE)) { drop(c); return; }
    tr_reset();
    /* a written command past its deadline: the reset, maybe executed */
    th_server_sigstop(&srv);
    cmd(c, &r[0], "INCR obs:t");
    wait_recs(r, 1, 3000);
    t = tr_find("INCR obs:t");
    if (th_ok(t != NULL, "%s: timeout: traced", MODE)) {
        th_is_int(t->outcome, AR_TRACE_MAYBE_EXECUTED, "%s: timeout: written, no reply: MAYBE_EXECUTED (%s)", MODE, oname(t->outcome));
        th_is_int(t->err, AR_ERR_TIMEOUT, "%s: timeout: err AR_ERR_TIMEOUT", MODE);
        th_ok(t->write > 0 && t->reply > t->write, "%s: timeout: write time set (written), reply time after it", MODE);
        th_is_int((long long)t->bytes_in, 0, "%s: timeout: no bytes in", MODE);
        th_is_cstr(t->error, "request timed out; connection reset", "%s: timeout: the error text", MODE);
    }
    /* written while the server is stopped, then the server killed: EOF, maybe
       executed; the idempotent GET is sent again to the restarted server */
    wait_state(c, AR_STATE_CONNECTED, 3000);
    cmdx(c, 0, 5000, &r[1], "INCR obs:t");
    cmdx(c, 0, 5000, &r[2], "GET obs:t");
    wait_written(c, 3000);
    th_server_kill(&srv);
    wait_recs(&r[1], 1, 3000);
    t = tr_find("INCR obs:t");
    if (th_ok(t != NULL, "%s: maybe executed: traced", MODE)) {
        th_is_int(t->outcome, AR_TRACE_MAYBE_EXECUTED, "%s: maybe executed: outcome (%s)", MODE, oname(t->outcome));
        th_ok(lost(t->err), "%s: maybe executed: err is the loss (%s)", MODE, ar_strerror(t->err));
        th_ok(t->write > 0, "%s: maybe executed: write time set", MODE);
        th_ok(t->error_len > 0 && !strcmp(t->error, ar_client_errstr(c)), "%s: maybe executed: error text = errstr (%s)", MODE, t->error);
    }
    /* never sent: the server down, a command that expires in the offline queue */
    cmdx(c, 0, 100, &r[3], "SET obs:never 1");
    wait_recs(&r[3], 1, 3000);
    t = tr_find("SET obs:never");
    if (th_ok(t != NULL, "%s: never sent: traced", MODE)) {
        th_is_int(t->outcome, AR_TRACE_CLIENT_ERROR, "%s: never sent: CLIENT_ERROR (%s)", MODE, oname(t->outcome));
        th_is_int(t->err, AR_ERR_TIMEOUT, "%s: never sent: err AR_ERR_TIMEOUT", MODE);
        th_is_int(t->write, 0, "%s: never sent: write time 0", MODE);
        th_ok(t->bytes_out == 35 && t->bytes_in == 0, "%s: never sent: bytes_out its size (%zu), bytes_in 0", MODE, t->bytes_out);
    }
    if (th_server_restart(&srv) != 0) th_bail("cannot restart redis-server");
    wait_recs(&r[2], 1, 5000);
    t = tr_find("GET obs:t");
    th_ok(t && t->outcome == AR_TRACE_REPLY && (t->flags & AR_TRACE_F_RESENT) && t->write > 0,
          "%s: resent: the idempotent GET answered after the restart, flagged RESENT (%s, flags %x)", MODE,
          t ? oname(t->outcome) : "-", t ? t->flags : 0);
    th_ok(all_once(r, 4), "%s: failures: every callback once", MODE);

    /* a doomed command: MULTI answered, the connection lost, then the rest
       of the transaction is accepted and failed, never sent */
    tr_reset();
    wait_state(c, AR_STATE_CONNECTED, 3000);
    memset(r, 0, sizeof r);
    cmd(c, &r[0], "MULTI");
    wait_recs(r, 1, 3000);
    {
        const char *kill[] = { "CLIENT", "KILL", "TYPE", "normal", "SKIPME", "yes" };
        char out[64];
        int d0 = e.disconnects;
        th_raw_command(srv.port, out, sizeof out, 6, kill);
        wait_int(&e.disconnects, d0 + 1, 3000);
    }
    wait_state(c, AR_STATE_CONNECTED, 3000);
    cmd(c, &r[1], "INCR obs:t");
    cmd(c, &r[2], "EXEC");
    wait_recs(r + 1, 2, 3000);
    t = tr_find("INCR obs:t");
    th_ok(t && t->outcome == AR_TRACE_CLIENT_ERROR && t->err == AR_ERR_TX_ABORTED && t->write == 0 &&
          (t->flags & AR_TRACE_F_TRANSACTION) && !t->in_submit,
          "%s: doomed: INCR of a lost MULTI traced CLIENT_ERROR TX_ABORTED, TRANSACTION, never written, on a later turn (%s %s)",
          MODE, t ? oname(t->outcome) : "-", t ? ar_strerror(t->err) : "-");
    t = tr_find("EXEC");
    th_ok(t && t->outcome == AR_TRACE_CLIENT_ERROR && (t->flags & AR_TRACE_F_TRANSACTION), "%s: doomed: its EXEC too", MODE);
    drop(c);
}

/* --------------------------------------------------------------- refusals */
static void test_refusals(void) {
    evs e;
    ar_options o = topts(srv.port, &e);
    ar_client *c;
    rec r[4];
    const trc *t;
    const char *bad[2] = { "GET", NULL };
    int rc;
    ar_pipeline *p;
    ar_tx *x;
    memset(r, 0, sizeof r);
    o.max_inflight = 2;
    c = mk(&o);
    if (!th_ok(c && ping_ok(c, 3000), "%s: refusals: connected", MODE)) { drop(c); return; }
    tr_reset();
    rc = cmd(c, &r[0], "GET %q");
    t = tr_last();
    th_ok(rc == AR_ERR_FORMAT && NT == 1 && t, "%s: refused format: traced inside the call", MODE);
    if (t) {
        th_ok(t->in_submit, "%s: refused: the trace ran inside the refused call", MODE);
        th_is_int(t->outcome, AR_TRACE_REFUSED, "%s: refused: outcome REFUSED", MODE);
        th_is_int(t->err, AR_ERR_FORMAT, "%s: refused: err is what the call returned", MODE);
        th_is_cstr(t->command, "GET", "%s: refused format: the command from the format's first word", MODE);
        th_ok(!strncmp(t->error, "format:", 7), "%s: refused: error text = errstr (%s)", MODE, t->error);
        th_ok(t->write == 0 && t->submit == t->reply && t->bytes_out == 0 && t->bytes_in == 0,
              "%s: refused: write 0, submit = reply, no bytes", MODE);
    }
    rc = cmd(c, &r[0], "SUBSCRIBE obs:ch");
    t = tr_last();
    th_ok(rc == AR_ERR_MODE && t && t->outcome == AR_TRACE_REFUSED && t->err == AR_ERR_MODE && !strcmp(t->stmt, "SUBSCRIBE obs:ch"),
          "%s: refused mode: statement from the arguments (%s)", MODE, t ? t->stmt : "-");
    g_in_submit = 1;
    rc = ar_command_argv(c, NULL, NULL, 2, bad, NULL);
    g_in_submit = 0;
    t = tr_last();
    th_ok(rc == AR_ERR_INVALID && t && t->err == AR_ERR_INVALID && t->command[0] == 0 && t->in_submit,
          "%s: refused argv (a NULL argument): traced with no command", MODE);
    /* QUEUE_FULL: two in flight, the third refused; pipelines and transactions
       refused as a whole: each of their commands traced */
    th_server_sigstop(&srv);
    cmdx(c, 0, 5000, &r[1], "PING");
    cmdx(c, 0, 5000, &r[2], "PING");
    rc = cmdx(c, 0, 5000, &r[3], "SET obs:q 1");
    t = tr_last();
    th_ok(rc == AR_ERR_QUEUE_FULL && t && t->err == AR_ERR_QUEUE_FULL && !strcmp(t->stmt, "SET obs:q 1") &&
          strstr(t->error, "max_inflight"), "%s: refused queue full: statement, error names the limit (%s)", MODE, t ? t->error : "-");
    NT = 0;
    p = ar_pipeline_new(c, NULL);
    ar_pipeline_command(p, "SET obs:p1 1");
    ar_pipeline_command(p, "SET obs:p2 2");
    rc = ar_pipeline_exec(p, NULL, NULL);
    th_ok(rc == AR_ERR_QUEUE_FULL && NT == 2 && (T[0].flags & AR_TRACE_F_PIPELINE) && (T[1].flags & AR_TRACE_F_PIPELINE) &&
          !strcmp(T[0].stmt, "SET obs:p1 1") && T[1].outcome == AR_TRACE_REFUSED,
          "%s: refused pipeline: each command traced REFUSED, PIPELINE (%d)", MODE, NT);
    ar_pipeline_discard(p);
    NT = 0;
    x = ar_tx_new(c, NULL);
    ar_tx_command(x, "INCR obs:x");
    rc = ar_tx_exec(x, NULL, NULL);
    th_ok(rc == AR_ERR_QUEUE_FULL && NT == 3 && !strcmp(T[0].stmt, "MULTI") && !strcmp(T[1].stmt, "INCR obs:x") &&
          !strcmp(T[2].stmt, "EXEC") && (T[1].flags & AR_TRACE_F_TRANSACTION),
          "%s: refused transaction: MULTI, INCR, EXEC traced REFUSED, TRANSACTION (%d)", MODE, NT);
    ar_tx_discard(x);
    th_server_sigcont(&srv);
    wait_recs(r + 1, 2, 5000);
    drop(c);
}

/* ------------------------------------------------------------ membership */
static int n_conf;
static void on_conf(ar_client *c, const ar_reply *r, void *ud) { (void)c; (void)r; (void)ud; n_conf++; }
static void on_msg(ar_client *c, ar_sub *s, const ar_message *m, void *ud) { (void)c; (void)s; (void)m; (void)ud; }
static void test_membership(void) {
    evs e;
    ar_options o = topts(srv.port, &e);
    ar_client *c;
    rec r[8];
    const trc *t;
    ar_pipeline *p;
    ar_tx *x;
    ar_script sc;
    char src[96];
    const char *keys[1] = { "obs:s" }, *args[1] = { "1" }, *chan[1] = { "obs:chan" };
    static char zbig[5000];
    ar_cmd_opts co;
    ar_sub *sub = NULL;
    int i, ok;
    memset(r, 0, sizeof r);
    c = mk(&o);
    if (!th_ok(c && ping_ok(c, 3000), "%s: membership: connected", MODE)) { drop(c); return; }
    tr_reset();
    p = ar_pipeline_new(c, NULL);
    ar_pipeline_command(p, "SET obs:p 1");
    ar_pipeline_command(p, "INCR obs:p");
    ar_pipeline_command(p, "GET obs:p");
    ar_pipeline_exec(p, rec_cb, &r[0]);
    wait_recs(r, 1, 3000);
    ok = NT == 3;
    for (i = 0; i < NT && i < 3; i++) ok = ok && (T[i].flags & AR_TRACE_F_PIPELINE) && !(T[i].flags & AR_TRACE_F_TRANSACTION);
    th_ok(ok, "%s: pipeline: 3 traces, each PIPELINE (%d)", MODE, NT);
    tr_reset();
    x = ar_tx_new(c, NULL);
    ar_tx_command(x, "INCR obs:p");
    ar_tx_command(x, "INCR obs:p");
    ar_tx_exec(x, rec_cb, &r[1]);
    wait_recs(&r[1], 1, 3000);
    ok = NT == 4 && !strcmp(T[0].stmt, "MULTI") && !strcmp(T[3].stmt, "EXEC");
    for (i = 0; i < NT && i < 4; i++) ok = ok && (T[i].flags & AR_TRACE_F_TRANSACTION) && !(T[i].flags & AR_TRACE_F_PIPELINE);
    th_ok(ok, "%s: ar_tx: MULTI, INCR, INCR, EXEC, each TRANSACTION (%d)", MODE, NT);
    tr_reset();
    cmd(c, &r[2], "MULTI");
    cmd(c, &r[3], "INCR obs:p");
    cmd(c, &r[4], "EXEC");
    cmd(c, &r[5], "GET obs:p");
    wait_recs(&r[2], 4, 3000);
    th_ok(NT == 4 && (T[0].flags & T[1].flags & T[2].flags & AR_TRACE_F_TRANSACTION) && !(T[3].flags & AR_TRACE_F_TRANSACTION),
          "%s: raw MULTI: MULTI, INCR, EXEC are TRANSACTION, the GET after is not", MODE);
    /* a script never loaded: EVALSHA (NOSCRIPT), then EVAL */
    tr_reset();
    snprintf(src, sizeof src, "return redis.call('INCRBY', KEYS[1], ARGV[1]) -- %s %lld", MODE, ar_now_ms());
    ar_script_init(&sc, src, 0);
    ar_script_eval(c, &sc, NULL, 1, keys, NULL, 1, args, NULL, rec_cb, &r[6]);
    wait_recs(&r[6], 1, 3000);
    t = tr_find("EVALSHA");
    th_ok(t && (t->flags & AR_TRACE_F_SCRIPT) && t->outcome == AR_TRACE_REDIS_ERROR && !strncmp(t->error, "NOSCRIPT", 8),
          "%s: script: EVALSHA traced SCRIPT, REDIS_ERROR NOSCRIPT", MODE);
    t = tr_find("EVAL ");
    th_ok(t && (t->flags & AR_TRACE_F_SCRIPT) && t->outcome == AR_TRACE_REPLY && !strcmp(t->command, "EVAL"),
          "%s: script: then EVAL, SCRIPT, REPLY", MODE);
    /* pub/sub */
    tr_reset();
    n_conf = 0;
    if (ar_subscribe(c, AR_SUB_CHANNEL, 1, chan, NULL, on_msg, on_conf, NULL, &sub) == AR_OK) {
        wait_int(&n_conf, 1, 3000);
        t = tr_find("SUBSCRIBE obs:chan");
        th_ok(t && (t->flags & AR_TRACE_F_PUBSUB) && t->outcome == AR_TRACE_REPLY && t->bytes_in == 37,
              "%s: pub/sub: SUBSCRIBE traced PUBSUB, bytes_in its confirmation (%zu)", MODE, t ? t->bytes_in : 0);
        ar_sub_unsubscribe(sub, 0, NULL, NULL, on_conf, NULL);
        wait_int(&n_conf, 2, 3000);
        t = tr_find("UNSUBSCRIBE obs:chan");
        th_ok(t && (t->flags & AR_TRACE_F_PUBSUB), "%s: pub/sub: UNSUBSCRIBE traced PUBSUB", MODE);
    } else {
        th_ok(0, "%s: pub/sub: ar_subscribe", MODE);
    }
    /* blocking, zero copy (a pool's connections: test_pool_trace) */
    tr_reset();
    cmd(c, &r[7], "BLPOP obs:none 0.1");
    wait_recs(&r[7], 1, 3000);
    t = tr_last();
    th_ok(t && (t->flags & AR_TRACE_F_BLOCKING) && !(t->flags & AR_TRACE_F_POOL) && t->outcome == AR_TRACE_REPLY,
          "%s: BLPOP: BLOCKING (%x)", MODE, t ? t->flags : 0);
    tr_reset();
    memset(zbig, 'z', sizeof zbig);
    memset(&co, 0, sizeof co);
    co.flags = AR_CMD_NOCOPY;
    memset(r, 0, sizeof r);
    ar_command_ex(c, &co, rec_cb, &r[0], "SET obs:zc %b", zbig, sizeof zbig);
    wait_recs(r, 1, 3000);
    t = tr_last();
    th_ok(t && !strncmp(t->stmt, "SET obs:zc zzzzzzzz", 19) && (t->flags & AR_TRACE_F_TRUNCATED) &&
          t->bytes_out == 4 + 9 + 12 + 7 + sizeof zbig + 2,
          "%s: zero copy: the statement read from the referenced value (%.30s, %zu bytes)", MODE, t ? t->stmt : "-",
          t ? t->bytes_out : 0);
    drop(c);
    /* key prefix: the statement is what was sent */
    o = topts(srv.port, &e);
    o.key_prefix = "pfx:";
    o.prefixer = ar_cmdtab_prefix_argv;
    c = mk(&o);
    tr_reset();
    memset(r, 0, sizeof r);
    if (c) cmd(c, &r[0], "GET k");
    wait_recs(r, 1, 3000);
    th_ok(NT == 1 && !strcmp(T[0].stmt, "GET pfx:k"), "%s: key prefix: statement GET pfx:k (%s)", MODE, NT ? T[0].stmt : "-");
    drop(c);
}

/* ----------------------- a pool's connections: flagged, the user's data */
static int pool_marker, pool_log_data_ok, pool_log_lines;
static void on_log_pool(ar_client *c, int level, const char *msg, void *data) {
    (void)c; (void)level; (void)msg;
    pool_log_lines++;
    if (data == &pool_marker) pool_log_data_ok++;
}
static void test_pool_trace(void) {
    ar_pool_options po;
    ar_pool *p;
    const char *why = NULL;
    rec r[2];
    memset(&po, 0, sizeof po);
    memset(r, 0, sizeof r);
    po.client = topts(srv.port, NULL);
    po.client.loop = D.loop;
    po.client.data = &pool_marker;
    po.client.on_log = on_log_pool;
    po.max = 2;
    p = ar_pool_new(&po, &why);
    if (!th_ok(p != NULL, "%s: pool: created (%s)", MODE, why ? why : "")) return;
    tr_reset();
    pool_log_lines = pool_log_data_ok = 0;
    g_in_submit = 1;
    ar_pool_command(p, rec_cb, &r[0], "SET obs:pool %d", 1);
    ar_pool_command(p, rec_cb, &r[1], "GET obs:pool");
    g_in_submit = 0;
    wait_recs(r, 2, 5000);
    th_ok(NT == 2 && (T[0].flags & AR_TRACE_F_POOL) && (T[1].flags & AR_TRACE_F_POOL) && tr_find("GET obs:pool") &&
          tr_find("SET obs:pool 1"), "%s: pool: each command traced once, flagged POOL (%d: %s | %s)", MODE, NT,
          NT > 0 ? T[0].stmt : "-", NT > 1 ? T[1].stmt : "-");
    th_ok(NT == 2 && T[0].data == &pool_marker && T[1].data == &pool_marker, "%s: pool: on_trace gets po.client.data", MODE);
    th_ok(pool_log_lines > 0 && pool_log_data_ok == pool_log_lines, "%s: pool: on_log gets po.client.data (%d lines)", MODE,
          pool_log_lines);
    ar_pool_free(p);
}

/* ---------------------------------------------- counters, exact numbers */
static void test_counters(void) {
    evs e;
    ar_options o = topts(srv.port, &e);
    ar_client *c;
    rec r[32];
    ar_stats st;
    ar_pipeline *p;
    ar_tx *x;
    int i, n_reply = 0, n_rerr = 0, n_maybe = 0, n_ref = 0, other = 0;
    unsigned long long tin = 0, tout = 0;
    char buf[64];
    memset(r, 0, sizeof r);
    raw1(srv.port, buf, sizeof buf, "SET", "obs:str", "abc");
    o.request_timeout_ms = 300;
    tr_reset();
    c = mk(&o);
    if (!th_ok(c != NULL, "%s: counters: client", MODE)) return;
    for (i = 0; i < 10; i++) cmd(c, &r[i], "SET obs:c hello");
    ar_client_stats(c, &st);
    th_ok(ar_client_state(c) == AR_STATE_CONNECTING && st.offline_queue == 10 && st.inflight == 10,
          "%s: counters: 10 submitted before the connect: offline_queue 10, inflight 10 (%llu %llu)", MODE,
          st.offline_queue, st.inflight);
    wait_recs(r, 10, 3000);
    for (i = 10; i < 13; i++) cmd(c, &r[i], "INCR obs:str");
    wait_recs(r + 10, 3, 3000);
    cmd(c, &r[13], "GET %q");
    cmd(c, &r[13], "SUBSCRIBE obs:c");
    p = ar_pipeline_new(c, NULL);
    for (i = 0; i < 4; i++) ar_pipeline_command(p, "SET obs:c%d x", i);
    ar_pipeline_exec(p, rec_cb, &r[14]);
    wait_recs(r + 14, 1, 3000);
    x = ar_tx_new(c, NULL);
    ar_tx_command(x, "INCR obs:n");
    ar_tx_command(x, "INCR obs:n");
    ar_tx_exec(x, rec_cb, &r[15]);
    wait_recs(r + 15, 1, 3000);
    ar_client_stats(c, &st);
    th_ok(st.bytes_in > 0, "%s: counters: phase 1 done", MODE);
    for (i = 0; i < NT && i < TR_MAX; i++) { tin += T[i].bytes_in; if (T[i].outcome != AR_TRACE_REFUSED) tout += T[i].bytes_out; }
    th_is_int((long long)tin, (long long)st.bytes_in, "%s: counters: the traces' bytes_in add up to bytes_in", MODE);
    th_is_int((long long)tout, (long long)st.bytes_out, "%s: counters: the traces' bytes_out add up to bytes_out", MODE);
    /* a written command past its deadline: one failure, the reset, a reconnect */
    th_server_sigstop(&srv);
    cmd(c, &r[16], "INCR obs:n");
    wait_recs(&r[16], 1, 3000);
    wait_state(c, AR_STATE_CONNECTED, 3000);
    th_server_sigcont(&srv);
    cmd(c, &r[17], "PING");
    wait_recs(&r[17], 1, 3000);
    ar_client_stats(c, &st);
    th_is_int((long long)st.commands, 10 + 3 + 4 + 4 + 1 + 1, "%s: counters: commands 23", MODE);
    th_is_int((long long)st.replies, 10 + 3 + 4 + 4 + 1, "%s: counters: replies 22", MODE);
    th_is_int((long long)st.redis_errors, 3, "%s: counters: redis_errors 3", MODE);
    th_is_int((long long)st.failures, 1, "%s: counters: failures 1", MODE);
    th_is_int((long long)st.maybe_executed, 1, "%s: counters: maybe_executed 1", MODE);
    th_is_int((long long)st.refused, 2, "%s: counters: refused 2", MODE);
    for (i = 1; i < AR_ERR_COUNT_; i++) {
        unsigned long long want = i == AR_ERR_FORMAT || i == AR_ERR_MODE || i == AR_ERR_TIMEOUT ? 1 : 0;
        if (st.errors[i] != want) { other++; th_diag("errors[%s] = %llu", ar_strerror(i), st.errors[i]); }
    }
    th_ok(other == 0 && st.errors[AR_ERR_FORMAT] == 1 && st.errors[AR_ERR_MODE] == 1 && st.errors[AR_ERR_TIMEOUT] == 1,
          "%s: counters: errors[FORMAT] 1, errors[MODE] 1, errors[TIMEOUT] 1, the others 0", MODE);
    th_is_int((long long)st.disconnects, 1, "%s: counters: disconnects 1", MODE);
    th_is_int((long long)st.reconnects, 1, "%s: counters: reconnects 1", MODE);
    th_is_int((long long)st.timeouts, 1, "%s: counters: timeouts 1", MODE);
    th_is_int((long long)st.connects, 2, "%s: counters: connects 2", MODE);
    th_is_int((long long)st.inflight, 0, "%s: counters: inflight 0 now", MODE);
    th_is_int((long long)st.inflight_peak, 10, "%s: counters: inflight_peak 10", MODE);
    th_is_int((long long)st.offline_queue, 0, "%s: counters: offline_queue 0 now", MODE);
    th_is_int((long long)e.reconnects, (long long)st.reconnects, "%s: counters: reconnects = on_reconnect calls", MODE);
    for (i = 0; i < NT && i < TR_MAX; i++) {
        if (T[i].outcome == AR_TRACE_REPLY) n_reply++;
        else if (T[i].outcome == AR_TRACE_REDIS_ERROR) n_rerr++;
        else if (T[i].outcome == AR_TRACE_MAYBE_EXECUTED) n_maybe++;
        else if (T[i].outcome == AR_TRACE_REFUSED) n_ref++;
    }
    th_ok(n_reply + n_rerr == (int)st.replies && n_rerr == (int)st.redis_errors && n_maybe == (int)st.maybe_executed &&
          n_ref == (int)st.refused && NT == (int)(st.commands + st.refused),
          "%s: counters: the traces agree (%d replies, %d errors, %d maybe, %d refused, %d traces)", MODE, n_reply, n_rerr,
          n_maybe, n_ref, NT);
    drop(c);
}

/* ------------------------------------------------------------- redaction */
#define HEX64 "5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8"
static void test_redaction(void) {
    evs e;
    ar_options o = topts(srv.port, &e);
    ar_client *c;
    rec r[24];
    const trc *t;
    char buf[128], dead[16];
    int i, rc;
    ar_pipeline *p;
    static const struct { const char *cmd, *want; } cases[] = {
        { "AUTH secret-a1", "AUTH [REDACTED]" },
        { "AUTH someuser secret-a2", "AUTH [REDACTED] [REDACTED]" },
        { "auth secret-a3", "auth [REDACTED]" },
        { "HELLO 2 AUTH default secret-h1 SETNAME AUTH", "HELLO 2 AUTH default [REDACTED] SETNAME AUTH" },
        { "hello 3 auth someuser secret-h2", "hello 3 auth someuser [REDACTED]" },
        { "CONFIG SET masterauth secret-c1", "CONFIG SET masterauth [REDACTED]" },
        { "CONFIG SET maxmemory-policy noeviction masteruser secret-c2", "CONFIG SET maxmemory-policy noeviction masteruser [REDACTED]" },
        { "config set MasterAuth secret-c3 masteruser \"\"", "config set MasterAuth [REDACTED] masteruser [REDACTED]" },
        { "CONFIG SET requirepass secret-c4", "CONFIG SET requirepass [REDACTED]" },
        { "CONFIG SET requirepass \"\"", "CONFIG SET requirepass [REDACTED]" },
        { "CONFIG SET tls-key-file-pass secret-c5", "CONFIG SET tls-key-file-pass [REDACTED]" },
        { "CONFIG SET masterauth \"\"", "CONFIG SET masterauth [REDACTED]" },
        { "ACL SETUSER obs-user on >secret-u1 <secret-u2 #" HEX64 " !" HEX64 " ~obs:* +get",
          "ACL SETUSER obs-user on >[REDACTED] <[REDACTED] #[REDACTED] ![REDACTED] ~obs:* +get" },
        { "ACL DELUSER obs-user", "ACL DELUSER obs-user" },
        { "SENTINEL SET mymaster auth-pass secret-s1", "SENTINEL SET mymaster auth-pass [REDACTED]" },
        { "SENTINEL CONFIG SET sentinel-pass secret-s2", "SENTINEL CONFIG SET sentinel-pass [REDACTED]" },
    };
    memset(r, 0, sizeof r);
    c = mk(&o);
    if (!th_ok(c && ping_ok(c, 3000), "%s: redaction: connected", MODE)) { drop(c); return; }
    tr_reset();
    for (i = 0; i < (int)(sizeof cases / sizeof cases[0]); i++) {
        /* through the argv path: "" is an empty argument */
        const char *argv[24];
        char line[400], *s, *save = NULL;
        int argc = 0;
        snprintf(line, sizeof line, "%s", cases[i].cmd);
        for (s = strtok_r(line, " ", &save); s && argc < 24; s = strtok_r(NULL, " ", &save)) argv[argc++] = strcmp(s, "\"\"") ? s : "";
        g_in_submit = 1;
        ar_command_argv(c, rec_cb, &r[i], argc, argv, NULL);
        g_in_submit = 0;
    }
    wait_recs(r, (int)(sizeof cases / sizeof cases[0]), 5000);
    for (i = 0; i < (int)(sizeof cases / sizeof cases[0]); i++) {
        t = i < NT ? &T[i] : NULL;
        th_ok(t && !strcmp(t->stmt, cases[i].want) && (!strstr(cases[i].want, "[REDACTED]") || (t->flags & AR_TRACE_F_REDACTED)),
              "%s: redaction: %s -> %s (%s)", MODE, cases[i].cmd, cases[i].want, t ? t->stmt : "-");
    }
    /* MIGRATE: AUTH / AUTH2 before KEYS; a key named AUTH stays */
    snprintf(dead, sizeof dead, "%d", th_free_port());
    {
        const char *m1[] = { "MIGRATE", "127.0.0.1", dead, "", "0", "100", "AUTH", "secret-m1", "KEYS", "AUTH", "obs:k" };
        const char *m2[] = { "MIGRATE", "127.0.0.1", dead, "", "0", "100", "COPY", "AUTH2", "someuser", "secret-m2", "KEYS", "obs:k" };
        ar_command_argv(c, rec_cb, &r[16], 11, m1, NULL);
        ar_command_argv(c, rec_cb, &r[17], 12, m2, NULL);
        wait_recs(&r[16], 2, 5000);
        snprintf(buf, sizeof buf, "MIGRATE 127.0.0.1 %s \"\" 0 100 AUTH [REDACTED] KEYS AUTH obs:k", dead);
        th_ok(NT >= 18 && !strcmp(T[16].stmt, buf), "%s: redaction: MIGRATE ... AUTH pw KEYS AUTH k (%s)", MODE, NT >= 17 ? T[16].stmt : "-");
        snprintf(buf, sizeof buf, "MIGRATE 127.0.0.1 %s \"\" 0 100 COPY AUTH2 someuser [REDACTED] KEYS obs:k", dead);
        th_ok(NT >= 18 && !strcmp(T[17].stmt, buf), "%s: redaction: MIGRATE ... AUTH2 user pw (%s)", MODE, NT >= 18 ? T[17].stmt : "-");
    }
    /* the error of a redacted command: its first word only (ACL SETUSER quotes its rules) */
    t = &T[12];
    th_ok(NT > 12 && t->outcome == AR_TRACE_REDIS_ERROR && !strcmp(t->error, "ERR") && t->error_len == 3,
          "%s: redaction: a redacted command's error reply shows its code only (%s, the reply was %s)", MODE, t->error, r[12].str);
    t = &T[0];
    th_ok(NT > 0 && !strchr(t->error, ' '), "%s: redaction: AUTH's error: its code only (%s)", MODE, t->error);
    /* a password past the cut of the statement: still redacted, so the error
       (which quotes the rule) shows its code only */
    {
        const char *argv[64];
        char pats[50][32];
        int k, argc = 0;
        argv[argc++] = "ACL"; argv[argc++] = "SETUSER"; argv[argc++] = "obs-user2"; argv[argc++] = "on";
        for (k = 0; k < 50; k++) { snprintf(pats[k], sizeof pats[k], "~obs:pattern:%02u", (unsigned)k % 100u); argv[argc++] = pats[k]; }
        argv[argc++] = "<secret-long1";
        tr_reset();
        memset(r, 0, sizeof r);
        ar_command_argv(c, rec_cb, &r[0], argc, argv, NULL);
        wait_recs(r, 1, 3000);
        th_ok(NT == 1 && (T[0].flags & AR_TRACE_F_TRUNCATED) && (T[0].flags & AR_TRACE_F_REDACTED) &&
              T[0].outcome == AR_TRACE_REDIS_ERROR && !strcmp(T[0].error, "ERR") && strstr(r[0].str, "secret-long1"),
              "%s: redaction: a password past the cut: REDACTED all the same, the error (%.40s...) as its code only", MODE,
              r[0].str);
        tr_reset();
    }
    /* formats, pipelines (read back from RESP), refusals */
    tr_reset();
    memset(r, 0, sizeof r);
    cmd(c, &r[0], "AUTH %s %s", "someuser", "secret-f1");
    p = ar_pipeline_new(c, NULL);
    ar_pipeline_command(p, "CONFIG SET masterauth %s", "secret-p1");
    ar_pipeline_command(p, "CONFIG SET masterauth %s", "");
    ar_pipeline_exec(p, rec_cb, &r[1]);
    wait_recs(r, 2, 3000);
    th_ok(NT == 3 && !strcmp(T[0].stmt, "AUTH [REDACTED] [REDACTED]") && !strcmp(T[1].stmt, "CONFIG SET masterauth [REDACTED]"),
          "%s: redaction: format path and pipeline path (%s | %s)", MODE, NT > 0 ? T[0].stmt : "-", NT > 1 ? T[1].stmt : "-");
    drop(c);
    o = topts(srv.port, &e);
    o.max_inflight = 1;
    c = mk(&o);
    if (c && ping_ok(c, 3000)) {
        tr_reset();
        th_server_sigstop(&srv);
        cmdx(c, 0, 5000, &r[2], "PING");
        rc = cmdx(c, 0, 5000, &r[3], "AUTH secret-q1");
        rc = rc == AR_ERR_QUEUE_FULL ? cmd(c, &r[3], "HELLO 2 AUTH u %s", "secret-q2") : rc;
        th_ok(rc == AR_ERR_QUEUE_FULL && NT == 2 && !strcmp(T[0].stmt, "AUTH [REDACTED]") &&
              !strcmp(T[1].stmt, "HELLO 2 AUTH u [REDACTED]") && T[1].outcome == AR_TRACE_REFUSED,
              "%s: redaction: refused AUTH / HELLO (argv, format) redacted too", MODE);
        th_server_sigcont(&srv);
        wait_recs(&r[2], 1, 5000);
    }
    drop(c);
    th_is_int(leaks("secret-"), 0, "%s: redaction: no password in any trace", MODE);
}

/* the connection's own password (o.password, the URI) in every output */
static int n_busy_log;
static void test_uri_password(void) {
    evs e;
    ar_options o;
    ar_client *c;
    rec r[3];
    const char *why = NULL;
    char uri[200];
    int rc;
    fs_action echo[1];
    fs_server f;
    memset(r, 0, sizeof r);
    /* a wrong password from the URI: refused setup */
    tr_reset(); log_reset();
    o = topts(0, &e);
    o.host = NULL; o.port = 0;
    snprintf(uri, sizeof uri, "redis://:wrong-SECRET-1@127.0.0.1:%d/2", srvpw.port);
    o.uri = uri;
    o.on_log = on_log; o.log_level = AR_LOG_DEBUG;
    c = mk(&o);
    if (!th_ok(c != NULL, "%s: uri password: client", MODE)) return;
    cmd(c, &r[0], "GET obs:k");
    wait_recs(r, 1, 3000);
    wait_state(c, AR_STATE_DISCONNECTED, 3000);
    rc = cmd(c, &r[1], "GET obs:k");
    th_ok(r[0].err == AR_ERR_AUTH && rc == AR_ERR_AUTH, "%s: uri password: AUTH refused, the command failed, the next refused (%s, %s)",
          MODE, ar_strerror(r[0].err), ar_strerror(rc));
    th_ok(NT == 2 && T[0].outcome == AR_TRACE_CLIENT_ERROR && T[1].outcome == AR_TRACE_REFUSED,
          "%s: uri password: both traced (%d)", MODE, NT);
    th_ok(log_find("AUTH [REDACTED]", 0) >= 0 && log_find("SELECT 2", 0) >= 0, "%s: uri password: the setup is logged with AUTH [REDACTED]", MODE);
    th_ok(log_find("connection setup refused", AR_LOG_ERROR) >= 0, "%s: uri password: the refusal is logged (ERROR)", MODE);
    th_ok(!strstr(ar_client_errstr(c), "wrong-SECRET-1") && !strstr(e.error_msg, "wrong-SECRET-1") && !strstr(r[0].str, "wrong-SECRET-1"),
          "%s: uri password: not in errstr, on_error, the failure's text", MODE);
    th_is_int(leaks("wrong-SECRET-1"), 0, "%s: uri password: not in traces or log lines", MODE);
    drop(c);
    /* the right one: connected, logged redacted */
    tr_reset(); log_reset();
    snprintf(uri, sizeof uri, "redis://:%s@127.0.0.1:%d", PWSERVER, srvpw.port);
    o.uri = uri;
    g_try_submit = 1;
    c = mk(&o);
    if (c) { ping_ok(c, 3000); cmd(c, &r[2], "AUTH %s", PWSERVER); wait_recs(&r[2], 1, 3000); }
    g_try_submit = 0;
    n_busy_log = g_log_busy_rc;
    th_ok(c && r[2].err == AR_OK && log_find("ready", AR_LOG_INFO) >= 0, "%s: uri password: connected, ready logged", MODE);
    th_is_int(n_busy_log, AR_ERR_BUSY, "%s: log hook: a submission from it is refused (AR_ERR_BUSY)", MODE);
    th_is_int(leaks(PWSERVER), 0, "%s: uri password: the right password in no log line or trace", MODE);
    drop(c);
    /* a server that echoes the password in its refusal: scrubbed */
    tr_reset(); log_reset();
    echo[0] = fs_reply("-ERR bad password wrong-SECRET-2 for you\r\n");
    if (fs_start(&f, echo, 1) != 0) { th_ok(0, "%s: fault server", MODE); return; }
    o = topts(f.port, &e);
    o.password = "wrong-SECRET-2";
    o.on_log = on_log; o.log_level = AR_LOG_DEBUG;
    c = mk(&o);
    memset(r, 0, sizeof r);
    if (c) cmd(c, &r[0], "GET obs:k");
    wait_recs(r, 1, 3000);
    th_ok(c && strstr(ar_client_errstr(c), "bad password [REDACTED] for you"), "%s: echoed password: errstr scrubbed (%s)", MODE,
          c ? ar_client_errstr(c) : "-");
    th_ok(strstr(e.error_msg, "[REDACTED]") && !strstr(e.error_msg, "wrong-SECRET-2") && !strstr(r[0].str, "wrong-SECRET-2"),
          "%s: echoed password: on_error and the failure's text scrubbed", MODE);
    th_is_int(leaks("wrong-SECRET-2"), 0, "%s: echoed password: in no trace or log line", MODE);
    drop(c);
    fs_stop(&f);
    /* a URI that does not parse: the reason never quotes it */
    snprintf(uri, sizeof uri, "redis://:wrong-SECRET-3@127.0.0.1:99999");
    o = opts(srv.port, NULL);
    o.uri = uri;
    c = ar_client_new(&o, &why);
    th_ok(!c && why && !strstr(why, "wrong-SECRET-3"), "%s: bad uri: refused, the reason without the password (%s)", MODE, why ? why : "-");
    snprintf(uri, sizeof uri, "redis://:wrong-SECRET-3%%zz@127.0.0.1:6379");
    o.uri = uri;
    c = ar_client_new(&o, &why);
    th_ok(!c && why && !strstr(why, "SECRET"), "%s: bad escape in the password: the reason without it (%s)", MODE, why ? why : "-");
}

/* ----------------------------------------------------------- the log hook */
static void test_log(void) {
    evs e;
    ar_options o = opts(srv.port, &e);
    ar_client *c;
    rec r[2];
    char want[200];
    int i, above = 0;
    fs_action bad[1];
    fs_server f;
    log_reset();
    o.on_log = on_log; o.log_level = AR_LOG_DEBUG;
    o.client_name = "obs-name";
    o.db = 2;
    c = mk(&o);
    if (!th_ok(c && ping_ok(c, 3000), "%s: log: connected", MODE)) { drop(c); return; }
    snprintf(want, sizeof want, "state NEW -> CONNECTING: connecting to 127.0.0.1:%d", srv.port);
    th_ok(log_find(want, AR_LOG_INFO) == 0, "%s: log: connect start first (%s)", MODE, NLG ? LG[0] : "-");
    snprintf(want, sizeof want, "state CONNECTING -> SETUP: connected to 127.0.0.1:%d; setup: SELECT 2, CLIENT SETNAME obs-name", srv.port);
    th_ok(log_find(want, AR_LOG_INFO) > 0, "%s: log: connected, the setup listed", MODE);
    th_ok(log_find("state SETUP -> READY: ready: setup done", AR_LOG_INFO) > 0, "%s: log: ready", MODE);
    /* a loss: what happened to the commands and the reconnect decision with its delay */
    log_reset();
    {
        const char *kill[] = { "CLIENT", "KILL", "TYPE", "normal" };
        char out[64];
        th_raw_command(srv.port, out, sizeof out, 4, kill);
    }
    wait_state(c, AR_STATE_RECONNECTING, 3000);
    wait_state(c, AR_STATE_CONNECTED, 3000);
    snprintf(want, sizeof want, "connection lost to 127.0.0.1:%d: server closed the connection (", srv.port);
    i = log_find(want, AR_LOG_WARN);
    th_ok(i >= 0 && strstr(LG[i], "0 commands kept for the next connection, 0 failed (0 maybe executed); reconnect attempt 1 in 50 ms"),
          "%s: log: the loss, the commands, the reconnect decision with its delay (%s)", MODE, i >= 0 ? LG[i] : "-");
    th_ok(log_find("state READY -> BACKOFF", AR_LOG_DEBUG) >= 0 && log_find("state BACKOFF -> CONNECTING", AR_LOG_INFO) >= 0,
          "%s: log: every state change", MODE);
    drop(c);
    /* a protocol error: ERROR with the sizes, the bytes in hex at DEBUG only */
    log_reset();
    bad[0] = fs_reply("?oops\r\n");
    if (fs_start(&f, bad, 1) == 0) {
        o = opts(f.port, &e);
        o.on_log = on_log; o.log_level = AR_LOG_DEBUG;
        o.no_reconnect = 1;
        c = mk(&o);
        memset(r, 0, sizeof r);
        if (c) cmd(c, &r[0], "GET obs:k");
        wait_recs(r, 1, 3000);
        i = log_find("protocol error", AR_LOG_ERROR);
        th_ok(i >= 0 && strstr(LG[i], "; 7 bytes buffered)"), "%s: log: protocol error at ERROR, with sizes (%s)", MODE,
              i >= 0 ? LG[i] : "-");
        i = log_find("protocol error: bytes at offset 0 of the reply: 3f 6f 6f 70 73 0d 0a", AR_LOG_DEBUG);
        th_ok(i >= 0, "%s: log: the offending bytes in hex at DEBUG", MODE);
        th_ok(log_find("giving up: no_reconnect", AR_LOG_ERROR) >= 0, "%s: log: giving up (no_reconnect) at ERROR", MODE);
        drop(c);
        fs_stop(&f);
    } else {
        th_ok(0, "%s: log: fault server", MODE);
    }
    /* levels: ERROR only passes ERROR lines; the default (0) is INFO */
    for (i = 0; i < 2; i++) {
        log_reset();
        o = opts(srv.port, &e);
        o.on_log = on_log;
        o.log_level = i == 0 ? AR_LOG_ERROR : 0;
        c = mk(&o);
        if (c) ping_ok(c, 3000);
        drop(c);
        for (above = 0; above < NLG; above++) if (LGL[above] > (i == 0 ? AR_LOG_ERROR : AR_LOG_INFO)) break;
        th_ok(above == NLG && (i == 0 ? NLG == 0 : NLG >= 2), "%s: log: level %s: %d lines, none more detailed", MODE,
              i == 0 ? "ERROR" : "default (INFO)", NLG);
    }
}

/* ------------------------------------- allocations: hook unset vs set */
static long n_alloc, n_realloc, n_free;
static void *c_alloc(size_t n, void *u) { (void)u; n_alloc++; return malloc(n); }
static void *c_realloc(void *p, size_t n, void *u) { (void)u; n_realloc++; return realloc(p, n); }
static void c_free(void *p, void *u) { (void)u; n_free++; free(p); }
typedef struct run { ar_client *c; int left, inbatch, bad, done; } run;
static void batch(run *r);
static void batch_cb(ar_client *c, const ar_reply *rep, void *ud) {
    run *r = (run *)ud;
    (void)c;
    if (rep->err || rep->type == AR_REPLY_ERROR) r->bad++;
    r->done++;
    if (--r->inbatch == 0) batch(r);
}
static void batch(run *r) {
    int i;
    if (r->left <= 0) return;
    for (i = 0; i < 250; i++) {
        ar_command(r->c, batch_cb, r, "SET obs:alloc:%d %s", i, "0123456789abcdef");
        ar_command(r->c, batch_cb, r, "GET obs:alloc:%d", i);
    }
    r->inbatch = 500;
    r->left -= 500;
}
static int all_done(void *a) { run *r = (run *)a; return r->left <= 0 && r->inbatch == 0; }
static void test_alloc(void) {
    int k;
    static const char *const kinds[3] = { "no hooks", "trace hook", "log hook" };
    for (k = 0; k < 3; k++) {
        evs e;
        ar_options o = opts(srv.port, &e);
        ar_allocator al;
        run r;
        ar_client *c;
        long a0, r0, f0;
        int ok;
        al.alloc = c_alloc; al.realloc = c_realloc; al.free = c_free; al.user = NULL;
        o.allocator = &al;
        if (k == 1) o.on_trace = on_trace;
        if (k == 2) { o.on_log = on_log; o.log_level = AR_LOG_DEBUG; }
        c = mk(&o);
        if (!th_ok(c != NULL, "%s: alloc (%s): client", MODE, kinds[k])) return;
        memset(&r, 0, sizeof r);
        r.c = c; r.left = 10000;
        batch(&r);
        ok = drv_run_until(&D, all_done, &r, 20000);
        a0 = n_alloc; r0 = n_realloc; f0 = n_free;
        tr_reset();
        r.left = 20000; r.done = 0;
        batch(&r);
        ok = ok && drv_run_until(&D, all_done, &r, 60000);
        th_ok(ok && r.done == 20000 && r.bad == 0, "%s: alloc (%s): 20,000 commands answered", MODE, kinds[k]);
        if (k == 1)
            th_ok(n_alloc - a0 == 20000 && n_free - f0 == 20000 && n_realloc == r0 && NT == 20000,
                  "%s: alloc (trace hook): exactly one record per command, freed (alloc %ld, free %ld, realloc %ld, %d traces)", MODE,
                  n_alloc - a0, n_free - f0, n_realloc - r0, NT);
        else
            th_is_int(n_alloc - a0 + n_realloc - r0 + n_free - f0, 0, "%s: alloc (%s): zero allocator calls for 20,000 commands", MODE,
                      kinds[k]);
        drop(c);
    }
}

/* ------------------------------- the command table's password arguments */
static void test_table(void) {
    FILE *f = fopen("commands.json", "r");
    char line[512];
    int pw = 0, rule = 0, other = 0;
    if (!f) f = fopen("../commands.json", "r");
    if (!th_ok(f != NULL, "commands.json readable")) return;
    while (fgets(line, sizeof line, f)) {
        const char *n = strstr(line, "\"name\": \"");
        if (!n) continue;
        n += 9;
        if (!strncmp(n, "password\"", 9)) pw++;
        else if (!strncmp(n, "rule\"", 5)) rule++;
        else if (!strncmp(n, "username_password\"", 18) || !strncmp(n, "acl|genpass\"", 12)) continue; /* blocks, a command */
        else if (strstr(n, "pass") && strstr(n, "pass") < strchr(n, '"')) other++;
    }
    fclose(f);
    th_ok(pw == 4 && rule == 1 && other == 0,
          "commands.json: the password-bearing arguments are AUTH, HELLO AUTH, MIGRATE AUTH, MIGRATE AUTH2 (password: %d) "
          "and ACL SETUSER (rule: %d), as the redaction rules know them (others: %d)", pw, rule, other);
}

static void run_mode(drv_mode m) {
    drv_init(&D, m);
    th_note("---- drive mode: %s", drv_names[m]);
    test_fields();
    test_refusals();
    test_membership();
    test_counters();
    test_failures();
    test_redaction();
    test_uri_password();
    test_log();
    test_alloc();
    if (m == DRV_LOOP) test_pool_trace(); /* the pool on the built-in loop (its foreign-loop glue is test_pool's) */
    drv_free(&D);
    if (srv.stopped) th_server_sigcont(&srv);
    if (srv.pid <= 0 && th_server_restart(&srv) != 0) th_bail("cannot restart redis-server");
}

int main(void) {
    char buf[64];
    th_watchdog(300);
    count_sigpipes();
    if (th_server_start(&srv, NULL) != 0) th_bail("cannot start redis-server");
    /* the password after the start: the harness checks readiness with PING */
    if (th_server_start(&srvpw, NULL) != 0 || raw1(srvpw.port, buf, sizeof buf, "CONFIG", "SET", "requirepass")[0] != '-')
        th_bail("cannot start the second redis-server");
    {
        const char *argv[] = { "CONFIG", "SET", "requirepass", PWSERVER };
        if (th_raw_command(srvpw.port, buf, sizeof buf, 4, argv) <= 0 || strncmp(buf, "+OK", 3) != 0)
            th_bail("cannot set requirepass on the second redis-server");
    }
    test_table();
    run_mode(DRV_LOOP);
    run_mode(DRV_HOOKS);
    run_mode(DRV_PUMP);
    th_is_int(g_violations, 0, "no callback ever ran inside a submitting call");
    th_server_stop(&srvpw);
    th_server_stop(&srv);
    return th_done();
}
