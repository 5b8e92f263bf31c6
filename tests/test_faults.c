/* tests/test_faults.c - what a real redis-server cannot be made to do,
   from the fault-injecting server (tests/faultserver.h), under all three
   drive modes; and the _sync helpers against a real server.
   Every scenario counts callbacks: each exactly once, each failure typed. */
#include "faultserver.h"
#define ASYNCREDIS_IMPLEMENTATION
#include "../asyncredis.h"
#include "drive.h"

static drv D;
static th_server srv;

typedef struct rec {
    int n;
    int calls[16];
    ar_err err[16];
    unsigned flags[16];
    ar_reply *r[16];
} rec;
/* each command gets a slot {rec*, index} so we can count per command */
typedef struct slot { rec *s; int i; } slot;
static void slot_cb(ar_client *c, const ar_reply *r, void *ud) {
    slot *sl = (slot *)ud;
    rec *s = sl->s;
    (void)c;
    s->n++;
    s->calls[sl->i]++;
    s->err[sl->i] = r->err;
    s->flags[sl->i] = r->flags;
    if (!s->r[sl->i]) s->r[sl->i] = ar_reply_dup(r, NULL);
}
static int rec_ge(void *a) { rec *s = (rec *)a; return s->n >= s->calls[15]; }

static int disc_n;
static ar_err disc_reason;
static void on_disc(ar_client *c, ar_err reason, void *data) { (void)c; (void)data; disc_n++; disc_reason = reason; }

/* run `ncmd` PINGs against a fault server scripted with `acts` */
static ar_client *run_script(const fs_action *acts, int nacts, int mode, rec *s, slot *sl, int ncmd,
                             const ar_limits *lim, fs_server *fs, int wait_ms) {
    ar_options o;
    ar_client *c;
    const char *why = NULL;
    int i;
    memset(s, 0, sizeof *s);
    if (fs_start_mode(fs, mode, acts, nacts) != 0) { th_ok(0, "fault server start"); return NULL; }
    memset(&o, 0, sizeof o);
    o.host = "127.0.0.1"; o.port = fs->port;
    o.on_disconnect = on_disc;
    o.connect_timeout_ms = 300;
    o.no_reconnect = 1; /* these scenarios test one connection; reconnecting ones are in test_resilience */
    if (lim) o.limits = *lim;
    disc_n = 0; disc_reason = AR_OK;
    c = drv_client(&D, &o, &why);
    if (!c) { th_ok(0, "client: %s", why ? why : "?"); fs_stop(fs); return NULL; }
    for (i = 0; i < ncmd; i++) {
        sl[i].s = s; sl[i].i = i;
        ar_command(c, slot_cb, &sl[i], "GET k%d", i);
    }
    s->calls[15] = ncmd; /* target count for rec_ge */
    drv_run_until(&D, rec_ge, s, wait_ms);
    return c;
}

static int all_once(const rec *s, int n) {
    int i;
    for (i = 0; i < n; i++) if (s->calls[i] != 1) return 0;
    return 1;
}
static void rec_free(rec *s) { int i; for (i = 0; i < 15; i++) ar_reply_free(s->r[i]); }
static void done(ar_client *c, fs_server *fs, rec *s) {
    if (c) { ar_client_free(c); drv_forget(&D, c); }
    fs_stop(fs);
    rec_free(s);
}

static void test_byte_by_byte(void) {
    fs_action a[1];
    fs_server fs;
    rec s; slot sl[3];
    ar_client *c;
    a[0] = fs_reply_slow("*4\r\n$3\r\nfoo\r\n:-42\r\n$-1\r\n*2\r\n+OK\r\n$0\r\n\r\n", 1);
    c = run_script(a, 1, FS_MODE_SCRIPT, &s, sl, 3, NULL, &fs, 20000);
    th_ok(s.n == 3 && all_once(&s, 3), "byte-by-byte: 3 replies, each callback once");
    th_ok(s.r[0] && s.r[0]->type == AR_REPLY_ARRAY && s.r[0]->elements == 4 &&
          s.r[0]->element[0].len == 3 && memcmp(s.r[0]->element[0].str, "foo", 3) == 0 &&
          s.r[0]->element[1].integer == -42 && s.r[0]->element[2].type == AR_REPLY_NIL &&
          s.r[0]->element[3].type == AR_REPLY_ARRAY && s.r[0]->element[3].element[1].len == 0,
          "byte-by-byte: nested reply assembled intact");
    done(c, &fs, &s);
}

static void test_malformed(void) {
    fs_action a[2];
    fs_server fs;
    rec s; slot sl[4];
    ar_client *c;
    a[0] = fs_reply("+OK\r\n");
    a[1] = fs_reply("?what\r\n");
    c = run_script(a, 2, FS_MODE_SCRIPT, &s, sl, 4, NULL, &fs, 5000);
    th_ok(s.n == 4 && all_once(&s, 4), "malformed: 4 callbacks, each once");
    th_ok(s.err[0] == AR_OK && s.err[1] == AR_ERR_PROTOCOL && s.err[2] == AR_ERR_PROTOCOL && s.err[3] == AR_ERR_PROTOCOL,
          "malformed: first answered, the rest AR_ERR_PROTOCOL");
    th_ok(disc_n == 1 && disc_reason == AR_ERR_PROTOCOL, "malformed: connection reset (protocol)");
    th_ok(c && strstr(ar_client_errstr(c), "unexpected byte") != NULL, "malformed: message (%s)", c ? ar_client_errstr(c) : "");
    done(c, &fs, &s);
}

static void test_limits(void) {
    static const struct { const char *reply; const char *name; ar_limits lim; } cases[] = {
        { "*100\r\n", "array longer than max_array_len", { 0, 10, 0, 0 } },
        { "*1\r\n*1\r\n*1\r\n*1\r\n:1\r\n", "nesting deeper than max_depth", { 0, 0, 2, 0 } },
        { "+0123456789012345678901234567890123456789\r\n", "status line longer than max_line_len", { 0, 0, 0, 16 } },
        { "-ERR 0123456789012345678901234567890123456789", "error line without CRLF past max_line_len", { 0, 0, 0, 16 } },
        { "$1000\r\n", "bulk longer than max_bulk_len", { 100, 0, 0, 0 } },
        { ":12x\r\n", "bad integer", { 0, 0, 0, 0 } },
        { "$3\r\nabcd\r\n", "bulk without CRLF after payload", { 0, 0, 0, 0 } },
    };
    size_t k;
    for (k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        fs_action a[1];
        fs_server fs;
        rec s; slot sl[3];
        ar_client *c;
        a[0] = fs_reply_stall(cases[k].reply);
        c = run_script(a, 1, FS_MODE_SCRIPT, &s, sl, 3, &cases[k].lim, &fs, 5000);
        th_ok(s.n == 3 && all_once(&s, 3) && s.err[0] == AR_ERR_PROTOCOL && s.err[2] == AR_ERR_PROTOCOL && disc_n == 1,
              "limit: %s -> every command AR_ERR_PROTOCOL once, connection reset", cases[k].name);
        done(c, &fs, &s);
    }
}

static void test_reset_mid_reply(void) {
    fs_action a[2];
    fs_server fs;
    rec s; slot sl[3];
    ar_client *c;
    a[0] = fs_reply(":1\r\n");
    a[1] = fs_reply_reset("$10\r\nabc");
    c = run_script(a, 2, FS_MODE_SCRIPT, &s, sl, 3, NULL, &fs, 5000);
    th_ok(s.n == 3 && all_once(&s, 3), "reset mid-reply: 3 callbacks, each once");
    th_ok(s.err[0] == AR_OK && (s.err[1] == AR_ERR_IO || s.err[1] == AR_ERR_EOF) && (s.err[2] == AR_ERR_IO || s.err[2] == AR_ERR_EOF),
          "reset mid-reply: the cut reply and the next fail typed (%s)", ar_strerror(s.err[1]));
    th_ok((s.flags[1] & AR_REPLY_F_MAYBE_EXECUTED) && (s.flags[2] & AR_REPLY_F_MAYBE_EXECUTED),
          "reset mid-reply: written commands flagged maybe-executed");
    done(c, &fs, &s);
}

static void test_close_clean(void) {
    fs_action a[1];
    fs_server fs;
    rec s; slot sl[2];
    ar_client *c;
    a[0] = fs_reply_close(NULL);
    c = run_script(a, 1, FS_MODE_SCRIPT, &s, sl, 2, NULL, &fs, 5000);
    th_ok(s.n == 2 && all_once(&s, 2) && s.err[0] == AR_ERR_EOF && s.err[1] == AR_ERR_EOF && disc_reason == AR_ERR_EOF,
          "server closes without replying: both fail with AR_ERR_EOF once");
    done(c, &fs, &s);
}

static void test_unsolicited(void) {
    fs_action a[2];
    fs_server fs;
    rec s; slot sl[1];
    ar_client *c;
    a[0] = fs_now(fs_reply_stall("+HELLO\r\n"));
    a[1] = fs_silent();
    c = run_script(a, 2, FS_MODE_SCRIPT, &s, sl, 0, NULL, &fs, 0);
    {
        long long end = ar_now_ms() + 3000;
        while (disc_n == 0 && ar_now_ms() < end) drv_turn(&D, 10);
    }
    th_ok(disc_n == 1 && disc_reason == AR_ERR_PROTOCOL, "a reply with no command waiting is a protocol error");
    done(c, &fs, &s);
}

static void test_connect_timeout(void) {
    fs_server fs;
    rec s; slot sl[2];
    ar_client *c;
    long long t0 = ar_now_ms(), dt;
    c = run_script(NULL, 0, FS_MODE_BLACKHOLE, &s, sl, 2, NULL, &fs, 5000);
    dt = ar_now_ms() - t0;
    th_ok(s.n == 2 && all_once(&s, 2) && s.err[0] == AR_ERR_TIMEOUT && s.err[1] == AR_ERR_TIMEOUT && !(s.flags[0] & AR_REPLY_F_MAYBE_EXECUTED),
          "connect timeout: commands fail with AR_ERR_TIMEOUT, not maybe-executed (after %lld ms)", dt);
    th_ok(disc_n == 1 && disc_reason == AR_ERR_TIMEOUT, "connect timeout: on_disconnect(AR_ERR_TIMEOUT)");
    done(c, &fs, &s);
}

static void run_mode(drv_mode m) {
    drv_init(&D, m);
    th_note("---- drive mode: %s", drv_names[m]);
    test_byte_by_byte();
    test_malformed();
    test_limits();
    test_reset_mid_reply();
    test_close_clean();
    test_unsolicited();
    test_connect_timeout();
    drv_free(&D);
}

/* ----------------------------------------------------------- sync helpers */
static int inner_rc = -1;
static void busy_cb(ar_client *c, const ar_reply *r, void *ud) {
    ar_reply *x = ar_command_sync(c, 1000, "PING");
    (void)r; (void)ud;
    inner_rc = x ? (int)x->err : -1;
    ar_reply_free(x);
}

static void test_sync(void) {
    ar_options o;
    ar_client *c;
    ar_reply *r;
    const char *why = NULL;
    long long t0;
    memset(&o, 0, sizeof o);
    o.port = srv.port;
    c = ar_connect_sync(&o, 2000, &why);
    if (!th_ok(c != NULL, "sync: connected")) return;
    r = ar_command_sync(c, 2000, "SET %s %s", "sync:k", "v1");
    th_ok(r && r->type == AR_REPLY_STATUS && (r->flags & AR_REPLY_F_OWNED), "sync: SET -> status, owned copy");
    ar_reply_free(r);
    {
        const char *argv[] = { "GET", "sync:k" };
        r = ar_command_argv_sync(c, 2000, 2, argv, NULL);
        th_ok(r && r->type == AR_REPLY_STRING && r->len == 2 && memcmp(r->str, "v1", 2) == 0, "sync: argv GET");
        ar_reply_free(r);
    }
    r = ar_command_sync(c, 2000, "GET %q");
    th_ok(r && r->err == AR_ERR_FORMAT && strstr(r->str, "format"), "sync: bad format -> AR_ERR_FORMAT reply (%s)", r ? r->str : "");
    ar_reply_free(r);
    ar_command(c, busy_cb, NULL, "PING");
    r = ar_command_sync(c, 2000, "PING");
    ar_reply_free(r);
    th_is_int(inner_rc, AR_ERR_BUSY, "sync: inside this client's callback -> AR_ERR_BUSY");
    /* the server stops answering: the sync call returns at its deadline */
    th_server_sigstop(&srv);
    t0 = ar_now_ms();
    r = ar_command_sync(c, 300, "PING");
    /* not before its deadline; the 30 s bound only catches a hang (how late
       it returns on a busy machine is not the test's business) */
    th_ok(r && r->err == AR_ERR_TIMEOUT && (r->flags & AR_REPLY_F_MAYBE_EXECUTED) && ar_now_ms() - t0 >= 300 && ar_now_ms() - t0 < 30000,
          "sync: stopped server -> AR_ERR_TIMEOUT, maybe-executed, at the deadline, not before (%lld ms)", ar_now_ms() - t0);
    ar_reply_free(r);
    th_is_int(ar_client_state(c), AR_STATE_RECONNECTING, "sync: the timed-out connection was reset; reconnecting");
    th_server_sigcont(&srv);
    r = ar_command_sync(c, 5000, "PING");
    th_ok(r && r->type == AR_REPLY_STATUS, "sync: after SIGCONT the client reconnected by itself (%s)", r && r->str ? r->str : "");
    ar_reply_free(r);
    ar_client_free(c);
    o.port = th_free_port();
    why = NULL;
    c = ar_connect_sync(&o, 2000, &why);
    th_ok(c == NULL && why != NULL, "sync: refused connect -> NULL and a reason (%s)", why ? why : "");
    memset(&o, 0, sizeof o);
    o.path = srv.sock;
    c = ar_connect_sync(&o, 2000, &why);
    r = c ? ar_command_sync(c, 2000, "PING") : NULL;
    th_ok(r && r->type == AR_REPLY_STATUS, "sync: unix socket");
    ar_reply_free(r);
    ar_client_free(c);
}

int main(void) {
    th_watchdog(300);
    run_mode(DRV_LOOP);
    run_mode(DRV_HOOKS);
    run_mode(DRV_PUMP);
    if (th_server_start(&srv, NULL) != 0) th_bail("cannot start redis-server");
    test_sync();
    th_server_stop(&srv);
    return th_done();
}
