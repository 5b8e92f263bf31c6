/* tests/test_client.c - the client against a real redis-server, under all
   three drive modes (built-in loop, foreign-loop hooks, pump).

   Every submission goes through SUBMIT(), which raises a flag around the
   call: a callback that runs while the flag is up is counted as a violation
   of "callbacks never run from inside the submitting call". */
#include "harness.h"
#define ASYNCREDIS_IMPLEMENTATION
#include "../asyncredis.h"
#include "drive.h"

static th_server srv;
static int g_in_submit, g_violations;
static drv D;

#define SUBMIT(rc, call) do { g_in_submit = 1; (rc) = (call); g_in_submit = 0; (void)(rc); } while (0)
#define CHECK_CB() do { if (g_in_submit) g_violations++; } while (0)

static ar_options opts_tcp(void) {
    ar_options o;
    memset(&o, 0, sizeof o);
    o.host = "127.0.0.1";
    o.port = srv.port;
    return o;
}

/* A command must not time out in the client before the test's own wait for
   it gives up: a client deadline shorter than the wait turns a slow (busy)
   machine into a wrong reply instead of a wait. Tests that wait longer than
   the default request_timeout_ms (5000) give their commands a deadline as
   long as the wait: this, or ar_cmd_opts.timeout_ms per command. */
static ar_options opts_wait(int wait_ms) {
    ar_options o = opts_tcp();
    o.request_timeout_ms = wait_ms;
    return o;
}

static ar_client *mk(ar_options *o) {
    const char *why = NULL;
    ar_client *c = drv_client(&D, o, &why);
    if (!c) th_diag("client_new failed: %s", why ? why : "?");
    return c;
}

/* ---------------------------------------------------------------- basics */
typedef struct basic_st { int n; int ok; char got[64]; long long ival; int type[8]; } basic_st;

static void basic_cb(ar_client *c, const ar_reply *r, void *ud) {
    basic_st *s = (basic_st *)ud;
    (void)c;
    CHECK_CB();
    if (s->n < 8) s->type[s->n] = (int)r->type;
    if (r->type == AR_REPLY_STRING && r->len < sizeof s->got) { memcpy(s->got, r->str, r->len); s->got[r->len] = 0; }
    if (r->type == AR_REPLY_INTEGER) s->ival = r->integer;
    if (ar_reply_is_error(r, "WRONGTYPE")) s->ok++;
    s->n++;
}
static int basic_done(void *a) { return ((basic_st *)a)->n >= 6; }

static void test_basic(void) {
    ar_options o = opts_tcp();
    ar_client *c = mk(&o);
    basic_st s;
    int rc;
    char buf[64];
    const char *del[] = { "DEL", "basic:n", "basic:k" };
    th_raw_command(srv.port, buf, sizeof buf, 3, del);
    memset(&s, 0, sizeof s);
    if (!th_ok(c != NULL, "basic: client created")) return;
    SUBMIT(rc, ar_command(c, basic_cb, &s, "SET %s %s", "basic:k", "hello"));
    SUBMIT(rc, ar_command(c, basic_cb, &s, "GET basic:k"));
    SUBMIT(rc, ar_command(c, basic_cb, &s, "INCRBY basic:n %lld", -42LL));
    SUBMIT(rc, ar_command(c, basic_cb, &s, "GET basic:nokey"));
    SUBMIT(rc, ar_command(c, basic_cb, &s, "LPUSH basic:k x"));
    SUBMIT(rc, ar_command(c, basic_cb, &s, "MGET basic:k basic:nokey"));
    th_is_int(rc, AR_OK, "basic: submissions accepted");
    th_ok(drv_run_until(&D, basic_done, &s, 5000), "basic: 6 replies");
    th_is_int(s.type[0], AR_REPLY_STATUS, "basic: SET -> status");
    th_is_cstr(s.got, "hello", "basic: GET value");
    th_is_int(s.ival, -42, "basic: INCRBY -> integer");
    th_is_int(s.type[3], AR_REPLY_NIL, "basic: missing key -> nil");
    th_is_int(s.ok, 1, "basic: WRONGTYPE error reply recognised by prefix");
    th_is_int(s.type[5], AR_REPLY_ARRAY, "basic: MGET -> array");
    th_is_int(ar_client_state(c), AR_STATE_CONNECTED, "basic: connected");
    ar_client_free(c); drv_forget(&D, c);
}

/* unix socket and IPv6 literal */
static void test_unix_ipv6(void) {
    ar_options o;
    ar_client *c;
    basic_st s;
    int rc;
    memset(&o, 0, sizeof o);
    o.path = srv.sock;
    memset(&s, 0, sizeof s);
    c = mk(&o);
    if (c) {
        int i;
        for (i = 0; i < 6; i++) SUBMIT(rc, ar_command(c, basic_cb, &s, "PING"));
        th_ok(drv_run_until(&D, basic_done, &s, 5000) && s.type[0] == AR_REPLY_STATUS, "unix socket: PING answered");
        ar_client_free(c); drv_forget(&D, c);
    } else th_ok(0, "unix socket client");
    if (!srv.ipv6) { th_skip(2, "server not bound to ::1"); return; }
    {
        const char *hosts[2] = { "::1", "[::1]" };
        int h;
        for (h = 0; h < 2; h++) {
            o = opts_tcp(); o.host = hosts[h];
            memset(&s, 0, sizeof s);
            c = mk(&o);
            if (c) {
                int i;
                for (i = 0; i < 6; i++) SUBMIT(rc, ar_command(c, basic_cb, &s, "PING"));
                th_ok(drv_run_until(&D, basic_done, &s, 5000) && s.type[0] == AR_REPLY_STATUS, "IPv6 literal %s: PING answered", hosts[h]);
                ar_client_free(c); drv_forget(&D, c);
            } else th_ok(0, "IPv6 client");
        }
    }
}

/* ---------------------------------------------- 10,000 concurrent GETs */
#define NGET 10000
typedef struct many_st { int calls[NGET]; int right, wrong, done, order_ok; int next; } many_st;
static many_st M;
static void many_cb(ar_client *c, const ar_reply *r, void *ud) {
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
static int many_done(void *a) { (void)a; return M.done >= NGET; }
static int set_done_n;
static void count_cb(ar_client *c, const ar_reply *r, void *ud) { (void)c; (void)r; CHECK_CB(); (*(int *)ud)++; }
static int int_ge(void *a) { return *(int *)a >= set_done_n; }

static void test_many_gets(void) {
    ar_options o = opts_wait(20000);
    ar_client *c;
    o.offline_queue_max = 2 * NGET; /* the SETs go out before the connection is up */
    c = mk(&o);
    int i, rc, ok = 1, once = 1, sets = 0;
    ar_stats st;
    if (!c) { th_ok(0, "many: client"); return; }
    for (i = 0; i < NGET; i++) {
        SUBMIT(rc, ar_command(c, count_cb, &sets, "SET many:%d value-%d", i, i));
        if (rc != AR_OK) ok = 0;
    }
    set_done_n = NGET;
    th_ok(ok && drv_run_until(&D, int_ge, &sets, 20000), "many: %d SETs done", NGET);
    memset(&M, 0, sizeof M);
    M.order_ok = 1;
    ar_client_stats(c, &st);
    {
        unsigned long long w0 = st.writes;
        for (i = 0; i < NGET; i++) {
            SUBMIT(rc, ar_command(c, many_cb, (void *)(size_t)i, "GET many:%d", i));
            if (rc != AR_OK) ok = 0;
        }
        th_ok(ok, "many: %d GETs submitted in one turn", NGET);
        th_ok(drv_run_until(&D, many_done, NULL, 20000), "many: all callbacks ran");
        ar_client_stats(c, &st);
        th_ok(st.writes - w0 <= 12, "many: %d GETs left in %llu send() calls (one turn)", NGET, st.writes - w0);
    }
    for (i = 0; i < NGET; i++) if (M.calls[i] != 1) once = 0;
    th_is_int(M.right, NGET, "many: each callback got its own value");
    th_is_int(M.wrong, 0, "many: no callback got another's value");
    th_ok(once, "many: every callback exactly once");
    th_ok(M.order_ok, "many: completed in submission order");
    ar_client_free(c); drv_forget(&D, c);
}

/* ------------------------------------------------------- binary safety */
typedef struct bin_st { int n; int ok; const char *want; size_t wantlen; } bin_st;
static void bin_cb(ar_client *c, const ar_reply *r, void *ud) {
    bin_st *s = (bin_st *)ud;
    (void)c;
    CHECK_CB();
    if (s->want) {
        if (r->type == AR_REPLY_STRING && r->len == s->wantlen && memcmp(r->str, s->want, s->wantlen) == 0 && r->str[r->len] == 0) s->ok++;
        else th_diag("binary mismatch: type %s len %zu want %zu", ar_reply_type_name(r->type), r->len, s->wantlen);
    } else if (r->type == AR_REPLY_STATUS) s->ok++;
    s->n++;
}
static int bin_done(void *a) { return ((bin_st *)a)->n >= 2; }
static int bin_done2(void *a) { return bin_done(a) && bin_done((bin_st *)a + 1); }
static int bin_done10(void *a) { int k; for (k = 0; k < 10; k++) if (!bin_done((bin_st *)a + k)) return 0; return 1; }

/* SET then GET; both commands get the wait as their deadline, and one wait
   covers both */
static int roundtrip(ar_client *c, const char *key, size_t klen, const char *val, size_t vlen, int timeout) {
    bin_st s[2];
    int rc1, rc2;
    ar_cmd_opts co;
    memset(s, 0, sizeof s);
    memset(&co, 0, sizeof co);
    co.timeout_ms = timeout;
    s[1].want = val; s[1].wantlen = vlen;
    SUBMIT(rc1, ar_command_ex(c, &co, bin_cb, &s[0], "SET %b %b", key, klen, val, vlen));
    SUBMIT(rc2, ar_command_ex(c, &co, bin_cb, &s[1], "GET %b", key, klen));
    s[0].n++; /* bin_done wants 2 per struct: one call each */
    s[1].n++;
    if (rc1 || rc2) return 0;
    if (!drv_run_until(&D, bin_done2, s, timeout)) return 0;
    return s[0].ok == 1 && s[1].ok == 1;
}

/* zero copy: referenced pieces inside larger arguments, mixed with copied
   commands in one turn; large enough that writes are partial */
static void test_nocopy(void) {
    ar_options o = opts_wait(20000);
    ar_client *c = mk(&o);
    ar_cmd_opts co;
    size_t n = 300 * 1024, i;
    char *v[10];
    bin_st s[10];
    int k, rc, good = 0, accepted = 0, sets = 0;
    if (!c) { th_ok(0, "nocopy: client"); return; }
    memset(&co, 0, sizeof co);
    co.flags = AR_CMD_NOCOPY;
    for (k = 0; k < 10; k++) {
        v[k] = (char *)malloc(n);
        for (i = 0; i < n; i++) v[k][i] = (char)(i * (size_t)(k + 3) + (i >> 9));
    }
    for (k = 0; k < 10; k++) {
        /* "pre" + 300 KB referenced + "post" makes one argument */
        SUBMIT(rc, ar_command_ex(c, &co, count_cb, &sets, "SET nc:%d pre%bpost", k, v[k], n));
        if (rc == AR_OK) accepted++;
        SUBMIT(rc, ar_command(c, count_cb, &sets, "SET nc:small:%d x", k)); /* copied, between */
        if (rc == AR_OK) accepted++;
    }
    {
        const char *argv[3]; size_t lens[3];
        argv[0] = "SET"; argv[1] = "nc:argv"; argv[2] = v[0];
        lens[0] = 3; lens[1] = 7; lens[2] = n;
        SUBMIT(rc, ar_command_argv_ex(c, &co, count_cb, &sets, 3, argv, lens));
        if (rc == AR_OK) accepted++;
    }
    th_is_int(accepted, 21, "nocopy: 21 commands accepted in one turn");
    set_done_n = 21;
    th_ok(drv_run_until(&D, int_ge, &sets, 20000), "nocopy: all SETs answered");
    for (k = 0; k < 10; k++) {
        char *want = (char *)malloc(n + 7);
        memcpy(want, "pre", 3); memcpy(want + 3, v[k], n); memcpy(want + 3 + n, "post", 4);
        memset(&s[k], 0, sizeof s[k]);
        s[k].want = want; s[k].wantlen = n + 7; s[k].n = 1;
        SUBMIT(rc, ar_command(c, bin_cb, &s[k], "GET nc:%d", k));
    }
    drv_run_until(&D, bin_done10, s, 20000);
    for (k = 0; k < 10; k++) {
        if (bin_done(&s[k]) && s[k].ok == 1) good++;
        free((void *)(size_t)s[k].want);
    }
    th_is_int(good, 10, "nocopy: every referenced value arrived intact, in its argument");
    {
        bin_st a;
        memset(&a, 0, sizeof a); a.want = v[0]; a.wantlen = n; a.n = 1;
        SUBMIT(rc, ar_command(c, bin_cb, &a, "GET nc:argv"));
        th_ok(drv_run_until(&D, bin_done, &a, 20000) && a.ok == 1, "nocopy: argv form intact");
    }
    for (k = 0; k < 10; k++) free(v[k]);
    ar_client_free(c); drv_forget(&D, c);
}

static void test_binary(int big) {
    ar_options o = opts_tcp();
    ar_client *c = mk(&o);
    char all[256];
    char *mb;
    size_t i, n1 = 1024 * 1024;
    if (!c) { th_ok(0, "binary: client"); return; }
    for (i = 0; i < 256; i++) all[i] = (char)i;
    th_ok(roundtrip(c, "bin\0key", 7, "v\0a\0l\r\n", 7, 5000), "binary: NUL and CRLF in key and value");
    th_ok(roundtrip(c, all, 256, all, 256, 5000), "binary: all 256 byte values in key and value");
    th_ok(roundtrip(c, "empty", 5, "", 0, 5000), "binary: empty value");
    mb = (char *)malloc(n1);
    for (i = 0; i < n1; i++) mb[i] = (char)((i * 131 + 7) & 0xff);
    th_ok(roundtrip(c, "bin:1mb", 7, mb, n1, 20000), "binary: 1 MB value round trip");
    free(mb);
    if (big) {
        size_t n64 = (size_t)64 * 1024 * 1024;
        char *v = (char *)malloc(n64);
        for (i = 0; i < n64; i++) v[i] = (char)((i * 2654435761u) >> 13);
        th_ok(roundtrip(c, "bin:64mb", 8, v, n64, 120000), "binary: 64 MB value round trip");
        {
            /* deadline = the wait: the default 5 s must not end it early */
            bin_st s[2]; int rc; ar_cmd_opts co;
            memset(&co, 0, sizeof co); co.flags = AR_CMD_NOCOPY; co.timeout_ms = 120000;
            memset(s, 0, sizeof s);
            s[0].n = 1; s[1].n = 1; s[1].want = v; s[1].wantlen = n64;
            SUBMIT(rc, ar_command_ex(c, &co, bin_cb, &s[0], "SET bin:64mb %b", v, n64));
            co.flags = 0;
            SUBMIT(rc, ar_command_ex(c, &co, bin_cb, &s[1], "GET bin:64mb"));
            th_ok(drv_run_until(&D, bin_done2, s, 120000) && s[0].ok && s[1].ok,
                  "binary: 64 MB value round trip, zero copy");
        }
        free(v);
        {
            bin_st s; int rc; ar_cmd_opts co;
            memset(&co, 0, sizeof co); co.timeout_ms = 10000;
            memset(&s, 0, sizeof s); s.n = 1;
            SUBMIT(rc, ar_command_ex(c, &co, bin_cb, &s, "DEL bin:64mb"));
            drv_run_until(&D, bin_done, &s, 10000);
        }
    }
    ar_client_free(c); drv_forget(&D, c);
}

/* ------------------------------------------- exactly once under faults */
#define NKILL 1000
typedef struct kill_st { int calls[2 * NKILL]; int ok, typed, maybe, other, done; } kill_st;
static kill_st K;
static void kill_cb(ar_client *c, const ar_reply *r, void *ud) {
    int i = (int)(size_t)ud;
    (void)c;
    CHECK_CB();
    K.calls[i]++;
    K.done++;
    if (r->err == AR_OK && r->type == AR_REPLY_INTEGER) K.ok++;
    else if (r->err == AR_ERR_EOF || r->err == AR_ERR_IO) {
        K.typed++;
        if (r->flags & AR_REPLY_F_MAYBE_EXECUTED) K.maybe++;
    } else K.other++;
}
static int kill_half(void *a) { (void)a; return K.done >= NKILL; }
static int kill_all(void *a) { (void)a; return K.done >= 2 * NKILL; }
static int out_empty(void *a) { return ar_client_pending_output((ar_client *)a) == 0; }
static int disc_n;
static ar_err disc_reason;
static void on_disc(ar_client *c, ar_err reason, void *data) { (void)c; (void)data; disc_n++; disc_reason = reason; }

static void test_kill(void) {
    /* deadline: longer than all the waits before the kill decides the outcome
       (10 s + 5 s + 10 s): a timeout must never be what fails them */
    ar_options o = opts_wait(30000);
    ar_client *c;
    int i, rc, once = 1;
    char buf[64];
    long long llen = -1;
    const char *del[] = { "DEL", "kill:list" };
    th_raw_command(srv.port, buf, sizeof buf, 2, del);
    memset(&K, 0, sizeof K);
    disc_n = 0;
    o.on_disconnect = on_disc;
    o.no_reconnect = 1; /* the reconnecting variant is in test_resilience */
    c = mk(&o);
    if (!c) { th_ok(0, "kill: client"); return; }
    /* first half runs normally */
    for (i = 0; i < NKILL; i++) SUBMIT(rc, ar_command(c, kill_cb, (void *)(size_t)i, "RPUSH kill:list %d", i));
    th_ok(drv_run_until(&D, kill_half, NULL, 10000) && K.ok == NKILL, "kill: first %d commands answered", NKILL);
    /* second half: the server is stopped, the bytes reach it, it dies */
    th_server_sigstop(&srv);
    for (i = NKILL; i < 2 * NKILL; i++) SUBMIT(rc, ar_command(c, kill_cb, (void *)(size_t)i, "RPUSH kill:list %d", i));
    th_ok(drv_run_until(&D, out_empty, c, 5000), "kill: %d commands written to a stopped server", NKILL);
    th_is_int(K.done, NKILL, "kill: none of them answered yet");
    th_server_kill(&srv);
    th_ok(drv_run_until(&D, kill_all, NULL, 10000), "kill: every callback ran after the kill");
    for (i = 0; i < 2 * NKILL; i++) if (K.calls[i] != 1) once = 0;
    th_ok(once, "kill: each of %d callbacks exactly once", 2 * NKILL);
    th_is_int(K.typed, NKILL, "kill: %d failed with a typed EOF/IO error", NKILL);
    th_is_int(K.maybe, NKILL, "kill: all flagged maybe-executed (written, unanswered)");
    th_is_int(K.other, 0, "kill: no other outcome");
    th_is_int(disc_n, 1, "kill: on_disconnect once");
    th_ok(disc_reason == AR_ERR_EOF || disc_reason == AR_ERR_IO, "kill: disconnect reason typed (%s)", ar_strerror(disc_reason));
    th_is_int(ar_client_state(c), AR_STATE_DISCONNECTED, "kill: client disconnected");
    /* the client gave up (no reconnect): a command is refused at the call
       with the loss that made it give up, and its callback never runs */
    {
        int n = 0;
        SUBMIT(rc, ar_command(c, count_cb, &n, "PING"));
        th_is_int(rc, disc_reason, "kill: submission after giving up refused with the cause (%s)", ar_strerror((ar_err)rc));
        th_is_int(n, 0, "kill: its callback did not run inside the call");
        drv_turn(&D, 10);
        th_is_int(n, 0, "kill: nor on a later turn");
    }
    ar_client_free(c); drv_forget(&D, c);
    th_ok(th_server_restart(&srv) == 0, "kill: server restarted");
    {
        const char *cmd[] = { "LLEN", "kill:list" };
        if (th_raw_command(srv.port, buf, sizeof buf, 2, cmd) > 0) th_reply_int(buf, &llen);
        th_is_int(llen, NKILL, "kill: the server (AOF, fsync always) ran exactly the %d answered commands", NKILL);
    }
}

/* ------------------------------------------------ refusals and limits */
static void test_refusals(void) {
    ar_options o = opts_tcp();
    ar_client *c;
    int i, rc, n = 0, bad = 0;
    ar_stats st0, st1;
    char big[3000];
    o.max_inflight = 10;
    o.max_output = 2000;
    c = mk(&o);
    if (!c) { th_ok(0, "refusals: client"); return; }
    for (i = 0; i < 10; i++) { SUBMIT(rc, ar_command(c, count_cb, &n, "PING")); if (rc) bad++; }
    th_is_int(bad, 0, "refusals: 10 commands fit max_inflight=10");
    SUBMIT(rc, ar_command(c, count_cb, &n, "PING"));
    th_is_int(rc, AR_ERR_QUEUE_FULL, "refusals: the 11th is refused with AR_ERR_QUEUE_FULL");
    set_done_n = 10;
    th_ok(drv_run_until(&D, int_ge, &n, 5000), "refusals: the 10 complete");
    memset(big, 'x', sizeof big);
    SUBMIT(rc, ar_command(c, count_cb, &n, "SET k %b", big, sizeof big));
    th_is_int(rc, AR_ERR_OUTPUT_FULL, "refusals: output beyond max_output refused");
    ar_client_stats(c, &st0);
    SUBMIT(rc, ar_command(c, count_cb, &n, "GET %q", 1));
    th_is_int(rc, AR_ERR_FORMAT, "refusals: bad format refused with AR_ERR_FORMAT");
    th_ok(strstr(ar_client_errstr(c), "format") != NULL, "refusals: message says why (%s)", ar_client_errstr(c));
    SUBMIT(rc, ar_command(c, count_cb, &n, "SET %s", (const char *)NULL));
    th_is_int(rc, AR_ERR_FORMAT, "refusals: NULL %%s refused");
    SUBMIT(rc, ar_command_argv(c, count_cb, &n, 0, NULL, NULL));
    th_is_int(rc, AR_ERR_INVALID, "refusals: argc 0 refused");
    ar_client_stats(c, &st1);
    th_ok(st1.commands == st0.commands && ar_client_pending_output(c) == 0, "refusals: nothing queued or sent for refused commands");
    th_is_int(n, 10, "refusals: refused callbacks never ran");
    {
        const char *argv[] = { "SET", "argv:k", "a\0b" };
        size_t lens[] = { 3, 6, 3 };
        bin_st s;
        memset(&s, 0, sizeof s); s.n = 1;
        SUBMIT(rc, ar_command_argv(c, bin_cb, &s, 3, argv, lens));
        th_ok(rc == AR_OK && drv_run_until(&D, bin_done, &s, 5000) && s.ok == 1, "refusals: the connection still works (argv form)");
    }
    ar_client_free(c); drv_forget(&D, c);
    {
        const char *why = NULL;
        ar_options b = opts_tcp();
        b.path = "/tmp/x.sock";
        th_ok(ar_client_new(&b, &why) == NULL && why && strstr(why, "either"), "options: path + host refused (%s)", why ? why : "");
        b = opts_tcp(); b.port = 70000; why = NULL;
        th_ok(ar_client_new(&b, &why) == NULL && why && strstr(why, "port"), "options: bad port refused (%s)", why ? why : "");
        b = opts_tcp(); b.connect_timeout_ms = -5; why = NULL;
        th_ok(ar_client_new(&b, &why) == NULL && why, "options: bad timeout refused (%s)", why ? why : "");
    }
}

/* ------------------------------------------------------ protocol errors */
typedef struct perr_st { int n, ok, proto; } perr_st;
static void perr_cb(ar_client *c, const ar_reply *r, void *ud) {
    perr_st *s = (perr_st *)ud;
    (void)c;
    CHECK_CB();
    s->n++;
    if (r->err == AR_OK) s->ok++;
    else if (r->err == AR_ERR_PROTOCOL) s->proto++;
}
static int perr_done(void *a) { return ((perr_st *)a)->n >= 5; }

static void test_protocol_limit(void) {
    ar_options o = opts_tcp();
    ar_client *c;
    perr_st s;
    int rc;
    char buf[64];
    const char *set[] = { "SET", "plimit:big", "0123456789012345678901234567890123456789" };
    th_raw_command(srv.port, buf, sizeof buf, 3, set);
    memset(&s, 0, sizeof s);
    o.limits.max_bulk_len = 10;
    o.no_reconnect = 1; /* the reconnecting variant is in test_resilience */
    disc_n = 0;
    o.on_disconnect = on_disc;
    c = mk(&o);
    if (!c) { th_ok(0, "plimit: client"); return; }
    SUBMIT(rc, ar_command(c, perr_cb, &s, "PING"));
    SUBMIT(rc, ar_command(c, perr_cb, &s, "GET plimit:big"));
    SUBMIT(rc, ar_command(c, perr_cb, &s, "PING"));
    SUBMIT(rc, ar_command(c, perr_cb, &s, "PING"));
    SUBMIT(rc, ar_command(c, perr_cb, &s, "PING"));
    th_ok(drv_run_until(&D, perr_done, &s, 5000), "plimit: all 5 callbacks ran");
    th_is_int(s.ok, 1, "plimit: the reply before the oversized one is delivered");
    th_is_int(s.proto, 4, "plimit: the oversized reply and everything after fail with AR_ERR_PROTOCOL");
    th_ok(disc_n == 1 && disc_reason == AR_ERR_PROTOCOL, "plimit: connection reset with reason protocol");
    th_ok(strstr(ar_client_errstr(c), "max_bulk_len") != NULL, "plimit: error names the limit (%s)", ar_client_errstr(c));
    ar_client_free(c); drv_forget(&D, c);
}

/* long +/- lines, as a real server sends them (a script's error_reply or
   status_reply, a module's message): replies under the default limits,
   not a protocol error that resets the connection */
typedef struct ll_st { int n, err_ok, status_ok, ping_ok, other; } ll_st;
static void ll_cb(ar_client *c, const ar_reply *r, void *ud) {
    ll_st *s = (ll_st *)ud;
    size_t i, xs = 0;
    (void)c;
    CHECK_CB();
    s->n++;
    if (r->err != AR_OK) { s->other++; return; }
    if (r->type == AR_REPLY_ERROR) {
        for (i = 0; i < r->len; i++) xs += r->str[i] == 'x';
        if (xs == 300000 && r->str[r->len] == 0) s->err_ok++;
    } else if (r->type == AR_REPLY_STATUS && strcmp(r->str, "PONG") == 0) {
        s->ping_ok++;
    } else if (r->type == AR_REPLY_STATUS) {
        for (i = 0; i < r->len; i++) xs += r->str[i] == 's';
        if (xs == 100000 && r->len == 100000 && r->str[r->len] == 0) s->status_ok++;
    } else s->other++;
}
static int ll_done(void *a) { return ((ll_st *)a)->n >= 3; }

static void test_long_lines(void) {
    ar_options o = opts_tcp();
    ar_client *c;
    ll_st s;
    int rc;
    memset(&s, 0, sizeof s);
    o.no_reconnect = 1;
    disc_n = 0;
    o.on_disconnect = on_disc;
    c = mk(&o);
    if (!c) { th_ok(0, "long lines: client"); return; }
    SUBMIT(rc, ar_command(c, ll_cb, &s, "EVAL %s 0", "return redis.error_reply(string.rep('x', 300000))"));
    SUBMIT(rc, ar_command(c, ll_cb, &s, "EVAL %s 0", "return redis.status_reply(string.rep('s', 100000))"));
    SUBMIT(rc, ar_command(c, ll_cb, &s, "PING"));
    th_ok(drv_run_until(&D, ll_done, &s, 5000), "long lines: 3 callbacks ran");
    th_is_int(s.err_ok, 1, "long lines: a 300000-byte error line from the server is an error reply, every byte there");
    th_is_int(s.status_ok, 1, "long lines: a 100000-byte status line is a status reply, every byte there");
    th_ok(s.ping_ok == 1 && s.other == 0, "long lines: the PING after them is answered (ping %d, other %d)", s.ping_ok, s.other);
    th_ok(disc_n == 0 && ar_client_state(c) == AR_STATE_CONNECTED, "long lines: no reset, still connected (disconnects %d)", disc_n);
    ar_client_free(c); drv_forget(&D, c);
}

/* ------------------------------------------------------- connect errors */
typedef struct cf_st { int n, connect_err; } cf_st;
static void cf_cb(ar_client *c, const ar_reply *r, void *ud) {
    cf_st *s = (cf_st *)ud;
    (void)c;
    CHECK_CB();
    s->n++;
    if (r->err == AR_ERR_CONNECT && !(r->flags & AR_REPLY_F_MAYBE_EXECUTED)) s->connect_err++;
}
static int cf_done(void *a) { return ((cf_st *)a)->n >= 3; }

static void test_connect_refused(void) {
    ar_options o = opts_tcp();
    ar_client *c;
    cf_st s;
    int rc, i;
    memset(&s, 0, sizeof s);
    o.port = th_free_port(); /* nothing listens there */
    o.no_reconnect = 1;
    disc_n = 0;
    o.on_disconnect = on_disc;
    c = mk(&o);
    if (!c) { th_ok(0, "refused: client"); return; }
    for (i = 0; i < 3; i++) SUBMIT(rc, ar_command(c, cf_cb, &s, "PING"));
    th_is_int(s.n, 0, "refused: nothing ran inside the submissions");
    th_ok(drv_run_until(&D, cf_done, &s, 5000), "refused: all 3 callbacks ran");
    th_is_int(s.connect_err, 3, "refused: each failed with AR_ERR_CONNECT, not maybe-executed");
    th_ok(disc_n == 1 && disc_reason == AR_ERR_CONNECT, "refused: on_disconnect(AR_ERR_CONNECT) once");
    th_ok(strstr(ar_client_errstr(c), "refused") != NULL, "refused: errstr says so (%s)", ar_client_errstr(c));
    ar_client_free(c); drv_forget(&D, c);
}

/* ------------------------------------------------------------ reentrancy */
typedef struct re_st {
    ar_client *c;
    int n, ok, closed, refused, chain, stop_at, free_at, close_at;
    int calls[200];
} re_st;
static void re_cb(ar_client *c, const ar_reply *r, void *ud) {
    re_st *s = (re_st *)ud;
    int rc;
    CHECK_CB();
    s->n++;
    if (r->err == AR_OK) s->ok++;
    if (r->err == AR_ERR_CLOSED) s->closed++;
    if (s->n == s->free_at) ar_client_free(c);
    if (s->n == s->close_at) {
        ar_client_close(c);
        SUBMIT(rc, ar_command(c, re_cb, s, "PING"));
        if (rc == AR_ERR_CLOSED) s->refused++;
        ar_client_close(c); /* twice is fine */
    }
    if (s->n == s->stop_at && D.loop) ar_loop_stop(D.loop);
}
static void chain_cb(ar_client *c, const ar_reply *r, void *ud) {
    re_st *s = (re_st *)ud;
    int rc;
    CHECK_CB();
    if (r->err == AR_OK && r->type == AR_REPLY_INTEGER && r->integer == s->chain + 1) s->ok++;
    s->chain++;
    if (s->chain < 1000) {
        SUBMIT(rc, ar_command(c, chain_cb, s, "INCR reentry:chain"));
        if (rc) th_diag("chain submit failed: %d", rc);
    }
}
static int chain_done(void *a) { return ((re_st *)a)->chain >= 1000; }
static int re_all(void *a) { return ((re_st *)a)->n >= 100; }
static int re_101(void *a) { return ((re_st *)a)->n >= 101; }
static void guard_cb(ar_timer *t, void *ud) { *(int *)ud = 1; ar_loop_stop(t->loop); }
static int re_n5(void *a) { return ((re_st *)a)->n >= 5; }
static int disc_ge1(void *a) { (void)a; return disc_n >= 1; }

static void test_reentrancy(void) {
    ar_options o;
    ar_client *c;
    re_st s;
    int i, rc;
    char buf[64];
    const char *del[] = { "DEL", "reentry:chain" };
    th_raw_command(srv.port, buf, sizeof buf, 2, del);
    /* 1. submit from inside callbacks: a chain of 1000 dependent INCRs */
    o = opts_wait(10000);
    memset(&s, 0, sizeof s);
    c = mk(&o);
    SUBMIT(rc, ar_command(c, chain_cb, &s, "INCR reentry:chain"));
    th_ok(drv_run_until(&D, chain_done, &s, 10000) && s.ok == 1000, "reentry: 1000 commands submitted from callbacks, each saw its predecessor");
    ar_client_free(c); drv_forget(&D, c);

    /* 2. free the client from inside a reply callback with 90 still pending */
    o = opts_tcp();
    memset(&s, 0, sizeof s);
    s.free_at = 10;
    disc_n = 0;
    o.on_disconnect = on_disc;
    c = mk(&o);
    for (i = 0; i < 100; i++) SUBMIT(rc, ar_command(c, re_cb, &s, "PING"));
    th_ok(drv_run_until(&D, re_all, &s, 5000), "reentry/free: all 100 callbacks ran");
    th_ok(s.ok == 10 && s.closed == 90, "reentry/free: 10 replies, 90 AR_ERR_CLOSED (got %d, %d)", s.ok, s.closed);
    th_is_int(disc_n, 1, "reentry/free: on_disconnect(CLOSED) once");
    for (i = 0; i < 30; i++) drv_turn(&D, 1);
    th_is_int(s.n, 100, "reentry/free: nothing ran twice afterwards");

    /* 3. graceful close from inside a callback: the rest still finish */
    o = opts_tcp();
    memset(&s, 0, sizeof s);
    s.close_at = 10;
    disc_n = 0;
    o.on_disconnect = on_disc;
    c = mk(&o);
    for (i = 0; i < 100; i++) SUBMIT(rc, ar_command(c, re_cb, &s, "PING"));
    th_ok(drv_run_until(&D, re_all, &s, 5000) && drv_run_until(&D, disc_ge1, NULL, 5000), "reentry/close: callbacks ran and the client closed");
    th_is_int(s.ok, 100, "reentry/close: all 100 got real replies");
    th_is_int(s.refused, 1, "reentry/close: submission after close refused with AR_ERR_CLOSED");
    th_ok(disc_n == 1 && disc_reason == AR_ERR_CLOSED, "reentry/close: on_disconnect(AR_ERR_CLOSED) once");
    for (i = 0; i < 30; i++) drv_turn(&D, 1);
    drv_forget(&D, c); /* freed by the close */

    /* 4. stop the loop from a callback (built-in loop only). The connected
       client keeps a read watcher, so only ar_loop_stop makes run return;
       a 5 s guard timer turns a missed stop into a failure, not a hang. */
    if (D.mode == DRV_LOOP) {
        ar_timer guard;
        int fired = 0;
        o = opts_tcp();
        memset(&s, 0, sizeof s);
        s.stop_at = 100;
        c = mk(&o);
        ar_timer_init(D.loop, &guard);
        ar_timer_start(&guard, 5000, 0, guard_cb, &fired);
        for (i = 0; i < 100; i++) SUBMIT(rc, ar_command(c, re_cb, &s, "PING"));
        ar_loop_run(D.loop);
        th_ok(s.n == 100 && !fired, "reentry/stop: ar_loop_run returned after ar_loop_stop in a callback");
        ar_timer_stop(&guard);
        s.stop_at = 0;
        SUBMIT(rc, ar_command(c, re_cb, &s, "PING"));
        th_ok(drv_run_until(&D, re_101, &s, 5000), "reentry/stop: the loop runs again afterwards");
        ar_client_free(c);
    }

    /* 5. free the client from inside on_disconnect / a failure callback */
    {
        ar_options b = opts_tcp();
        b.port = th_free_port();
        b.no_reconnect = 1;
        c = mk(&b);
        memset(&s, 0, sizeof s);
        s.free_at = 1;
        for (i = 0; i < 5; i++) SUBMIT(rc, ar_command(c, re_cb, &s, "PING"));
        th_ok(drv_run_until(&D, re_n5, &s, 5000), "reentry/free-in-failure: 5 callbacks ran");
        for (i = 0; i < 20; i++) drv_turn(&D, 1);
        th_is_int(s.n, 5, "reentry/free-in-failure: each exactly once");
        th_ok(s.closed == 4, "reentry/free-in-failure: the rest got AR_ERR_CLOSED");
    }
}

/* -------------------------------------------------- the modes themselves */
static void run_mode(drv_mode m, int big) {
    drv_init(&D, m);
    th_note("---- drive mode: %s%s", drv_names[m], m == DRV_LOOP ? (strcmp(ar_loop_backend(D.loop), "epoll") == 0 ? " (epoll)" : " (poll)") : "");
    test_basic();
    test_unix_ipv6();
    test_many_gets();
    test_binary(big);
    test_nocopy();
    test_refusals();
    test_protocol_limit();
    test_long_lines();
    test_connect_refused();
    test_reentrancy();
    test_kill();
    drv_free(&D);
}

int main(void) {
    const char *extra[] = { "--appendonly", "yes", "--appendfsync", "always", NULL };
    th_watchdog(600);
    if (th_server_start(&srv, extra) != 0) th_bail("cannot start redis-server");
    run_mode(DRV_LOOP, 1);
    run_mode(DRV_HOOKS, 0);
    run_mode(DRV_PUMP, 0);
    th_is_int(g_violations, 0, "no callback ever ran inside a submitting call");
    th_server_stop(&srv);
    return th_done();
}
