/* tests/test_state.c - the connection state machine's promises, under all
   three drive modes:

   - connect_timeout_ms bounds the whole setup: TCP connect plus AUTH /
     SELECT / CLIENT SETNAME (a fault server that accepts and never
     answers). Judged by which deadline fired (reason and message), not by
     the clock: the read and request timeouts are set far away.
   - a client that gave up refuses submissions at the call with the cause
     (AR_ERR_AUTH, the connect error), holds no fd and no timer: a built-in
     loop with only it returns, the pump says "nothing scheduled", a foreign
     loop has no watcher left. ar_client_reconnect tries again on purpose
     (after the password was rotated on the server).
   - a burst of 20,000 commands submitted before the first connect behaves
     like a connected one: all accepted, all run once (the server counts).
   - every refusal names its limit and the option that raises it.
   - ar_client_errstr describes the last real failure: empty for an idle
     client with request timeouts and after a clean close. */
#include "resilience.h"

static th_server srv;
#define PASS "s3cret-pw"

/* ------------------------------------------------ setup deadline */
static void test_setup_deadline(void) {
    fs_action silent[] = { fs_silent() };
    fs_server fs;
    evs e;
    ar_options o;
    ar_client *c;
    rec r[2];
    memset(r, 0, sizeof r);
    if (!th_ok(fs_start(&fs, silent, 1) == 0, "%s: setup deadline: fault server", MODE)) return;
    o = opts(fs.port, &e);
    o.password = "pw";
    o.connect_timeout_ms = 300;
    o.read_timeout_ms = 60000;       /* far away: only the connect deadline can end it soon */
    o.request_timeout_ms = 60000;
    o.no_reconnect = 1;
    c = mk(&o);
    cmd(c, &r[0], "PING");
    wait_recs(r, 1, 20000);
    th_ok(r[0].calls == 1 && r[0].err == AR_ERR_TIMEOUT && !maybe(&r[0]),
          "%s: setup deadline: the queued command fails AR_ERR_TIMEOUT, not maybe-executed (%s)", MODE, ar_strerror(r[0].err));
    th_ok(strstr(r[0].str, "setup") && strstr(r[0].str, "connect_timeout_ms"),
          "%s: setup deadline: the connect deadline fired during the setup, not a read timeout (%s)", MODE, r[0].str);
    th_ok(e.disconnects == 1 && e.reason[0] == AR_ERR_TIMEOUT, "%s: setup deadline: on_disconnect(AR_ERR_TIMEOUT)", MODE);
    th_is_int(e.connects, 0, "%s: setup deadline: on_connect never ran", MODE);
    th_ok(fs_commands_seen(&fs) >= 1, "%s: setup deadline: AUTH reached the server (%ld commands)", MODE, (long)fs_commands_seen(&fs));
    drop(c);
    fs_stop(&fs);
}

/* ------------------------------------------------ giving up */
static void test_give_up(void) {
    fs_server fs;
    evs e;
    ar_options o;
    ar_client *c;
    rec r[3];
    int rc;
    memset(r, 0, sizeof r);
    if (!th_ok(fs_start_mode(&fs, FS_MODE_REFUSE, NULL, 0) == 0, "%s: give up: refusing port", MODE)) return;
    o = opts(fs.port, &e);
    o.reconnect_max_attempts = 2;
    o.reconnect_delay_ms = 10;
    c = mk(&o);
    cmd(c, &r[0], "PING");
    wait_recs(r, 1, 10000);
    th_ok(r[0].err == AR_ERR_CONNECT, "%s: give up: the queued command fails with the connect error (%s)", MODE, ar_strerror(r[0].err));
    th_is_int(ar_client_state(c), AR_STATE_DISCONNECTED, "%s: give up: DISCONNECTED", MODE);
    g_in_submit = 1;
    rc = ar_command(c, rec_cb, &r[1], "PING");
    g_in_submit = 0;
    th_is_int(rc, AR_ERR_CONNECT, "%s: give up: a new command is refused at the call with the cause", MODE);
    th_ok(strstr(ar_client_errstr(c), "connect") != NULL, "%s: give up: errstr tells it (%s)", MODE, ar_client_errstr(c));
    th_is_int(ar_client_fd(c), -1, "%s: give up: no fd held", MODE);
    if (D.mode == DRV_LOOP) {
        /* nothing left to wait for: ar_loop_run returns (a hang would hit the watchdog) */
        alarm(20);
        th_is_int(ar_loop_run(D.loop), 0, "%s: give up: ar_loop_run returns by itself", MODE);
        alarm(0);
    } else if (D.mode == DRV_PUMP) {
        th_is_int(ar_pump(c), -1, "%s: give up: the pump says nothing is scheduled", MODE);
    } else {
        int i, watched = 0;
        for (i = 0; i < DRV_MAX; i++) if (D.w[i].used && D.w[i].c == c && (D.w[i].want || D.w[i].timer_at >= 0)) watched = 1;
        th_is_int(watched, 0, "%s: give up: the foreign loop has no watcher and no timer for it", MODE);
    }
    run_for(100);
    th_is_int(r[1].calls, 0, "%s: give up: the refused callback never runs", MODE);
    th_is_int(ar_client_reconnect(c), AR_OK, "%s: give up: ar_client_reconnect accepted", MODE);
    th_is_int(ar_client_reconnect(c), AR_ERR_BUSY, "%s: give up: a second ar_client_reconnect while trying: AR_ERR_BUSY", MODE);
    wait_state(c, AR_STATE_DISCONNECTED, 10000);
    th_is_int(ar_client_state(c), AR_STATE_DISCONNECTED, "%s: give up: the retry gives up again (still refused)", MODE);
    drop(c);
    fs_stop(&fs);
}

/* AUTH refused, the password rotated on the server, then reconnect on purpose */
static void test_reconnect_after_rotation(void) {
    evs e;
    ar_options o = opts(srv.port, &e);
    ar_client *c;
    rec r[3];
    char buf[256];
    memset(r, 0, sizeof r);
    o.password = "new-" PASS;
    c = mk(&o);
    cmd(c, &r[0], "SET st:rot 1");
    wait_recs(r, 1, 10000);
    th_ok(r[0].err == AR_ERR_AUTH, "%s: rotation: wrong password -> AR_ERR_AUTH (%s)", MODE, ar_strerror(r[0].err));
    th_is_int(cmd(c, &r[1], "PING"), AR_ERR_AUTH, "%s: rotation: refused at the call with AR_ERR_AUTH", MODE);
    th_is_int(e.reconnects, 0, "%s: rotation: no reconnect storm", MODE);
    {
        int fd = th_raw_connect(srv.port);
        th_raw_cmd(fd, buf, sizeof buf, "AUTH", PASS, (char *)NULL);
        th_raw_cmd(fd, buf, sizeof buf, "CONFIG", "SET", "requirepass", "new-" PASS, (char *)NULL);
        close(fd);
    }
    th_is_int(ar_client_reconnect(c), AR_OK, "%s: rotation: ar_client_reconnect", MODE);
    th_ok(ping_ok(c, 10000), "%s: rotation: connected with the rotated password", MODE);
    th_is_int(e.connects, 1, "%s: rotation: on_connect once", MODE);
    {
        int fd = th_raw_connect(srv.port);
        th_raw_cmd(fd, buf, sizeof buf, "AUTH", "new-" PASS, (char *)NULL);
        th_raw_cmd(fd, buf, sizeof buf, "CONFIG", "SET", "requirepass", PASS, (char *)NULL);
        close(fd);
    }
    drop(c);
}

/* ------------------------------------------------ the first-connect burst */
#define BURST 20000
static rec g_burst[BURST];
static void test_burst(void) {
    evs e;
    ar_options o = opts(srv.port, &e);
    ar_client *c;
    int i, refused = 0, *seen, stray, once = 1;
    long n;
    char buf[64];
    o.password = PASS;
    o.request_timeout_ms = 60000;
    memset(g_burst, 0, sizeof g_burst);
    {
        int fd = th_raw_connect(srv.port);
        th_raw_cmd(fd, buf, sizeof buf, "AUTH", PASS, (char *)NULL);
        th_raw_cmd(fd, buf, sizeof buf, "DEL", "st:burst", (char *)NULL);
        close(fd);
    }
    c = mk(&o);
    th_is_int(ar_client_state(c), AR_STATE_CONNECTING, "%s: burst: still connecting", MODE);
    for (i = 0; i < BURST; i++) if (cmd(c, &g_burst[i], "RPUSH st:burst %d", i) != AR_OK) refused++;
    th_is_int(refused, 0, "%s: burst: %d commands before the first connect, none refused", MODE, BURST);
    wait_recs(g_burst, BURST, 60000);
    for (i = 0; i < BURST; i++) if (g_burst[i].calls != 1 || g_burst[i].err != AR_OK) once = 0;
    th_ok(once, "%s: burst: every one completed once, with its reply", MODE);
    seen = (int *)calloc(BURST, sizeof(int));
    {
        /* the oracle needs AUTH: read the list through the client itself */
        ar_reply *x = ar_command_sync(c, 10000, "LLEN st:burst");
        th_ok(x && x->type == AR_REPLY_INTEGER && x->integer == BURST, "%s: burst: the server holds %d ids", MODE, BURST);
        ar_reply_free(x);
        x = ar_command_sync(c, 10000, "LRANGE st:burst 0 -1");
        n = 0; stray = 0;
        if (x && x->type == AR_REPLY_ARRAY) {
            size_t k;
            for (k = 0; k < x->elements; k++) {
                long id = atol(x->element[k].str);
                if (id >= 0 && id < BURST && (long)k == id) seen[id]++; else stray++;
                n++;
            }
        }
        ar_reply_free(x);
    }
    for (i = 0; i < BURST; i++) if (seen[i] != 1) once = 0;
    th_ok(n == BURST && !stray && once, "%s: burst: each id once, in submission order", MODE);
    free(seen);
    drop(c);
}

/* ------------------------------------------------ refusals name their limit */
static void test_refusal_messages(void) {
    evs e;
    ar_options o = opts(srv.port, &e);
    ar_client *c;
    rec r[16];
    int i, rc = AR_OK;
    static char big[256];
    memset(r, 0, sizeof r);
    memset(big, 'b', sizeof big);
    o.password = PASS;
    o.max_inflight = 8;
    c = mk(&o);
    for (i = 0; i < 9 && rc == AR_OK; i++) rc = cmd(c, &r[i], "PING");
    th_is_int(rc, AR_ERR_QUEUE_FULL, "%s: refusal: the 9th beyond max_inflight 8", MODE);
    th_ok(strstr(ar_client_errstr(c), "max_inflight") != NULL, "%s: refusal: errstr names max_inflight (%s)", MODE, ar_client_errstr(c));
    drop(c);
    o = opts(srv.port, &e);
    o.password = PASS;
    o.offline_queue_max = 3;
    c = mk(&o);
    rc = AR_OK;
    for (i = 0; i < 4 && rc == AR_OK; i++) rc = cmd(c, &r[i], "PING");
    th_is_int(rc, AR_ERR_OFFLINE_FULL, "%s: refusal: the 4th beyond offline_queue_max 3 while connecting", MODE);
    th_ok(strstr(ar_client_errstr(c), "offline_queue_max") != NULL, "%s: refusal: errstr names offline_queue_max (%s)", MODE, ar_client_errstr(c));
    drop(c);
    o = opts(srv.port, &e);
    o.password = PASS;
    o.max_output = 100;
    c = mk(&o);
    th_is_int(cmd(c, &r[0], "SET k %b", big, sizeof big), AR_ERR_OUTPUT_FULL, "%s: refusal: 256 bytes beyond max_output 100", MODE);
    th_ok(strstr(ar_client_errstr(c), "max_output") != NULL, "%s: refusal: errstr names max_output (%s)", MODE, ar_client_errstr(c));
    drop(c);
}

/* ------------------------------------------------ errstr is true */
static char g_disc_errstr[320];
static void disc_cb(ar_client *c, ar_err reason, void *d) {
    (void)reason; (void)d;
    snprintf(g_disc_errstr, sizeof g_disc_errstr, "%s", ar_client_errstr(c));
}
static int g_closed;
static void closed_cb(ar_client *c, ar_err reason, void *d) { disc_cb(c, reason, d); g_closed++; }
static int c_closed(void *a) { (void)a; return g_closed > 0; }
static void test_errstr(void) {
    evs e;
    ar_options o = opts(srv.port, &e);
    ar_client *c;
    rec r[20];
    int i;
    memset(r, 0, sizeof r);
    o.password = PASS;
    o.request_timeout_ms = 100;
    o.on_disconnect = closed_cb;
    g_closed = 0;
    g_disc_errstr[0] = 'x'; g_disc_errstr[1] = 0;
    c = mk(&o);
    for (i = 0; i < 20; i++) cmd(c, &r[i], "PING");
    wait_recs(r, 20, 10000);
    run_for(400); /* idle with request deadlines long passed */
    th_ok(all_once(r, 20) && r[19].err == AR_OK, "%s: errstr: 20 commands answered", MODE);
    th_is_cstr(ar_client_errstr(c), "", "%s: errstr: empty: no failure happened", MODE);
    ar_client_close(c);
    drv_run_until(&D, c_closed, NULL, 5000);
    drv_forget(&D, c);
    th_is_int(g_closed, 1, "%s: errstr: clean close: on_disconnect once", MODE);
    th_is_cstr(g_disc_errstr, "", "%s: errstr: a clean close shows no stale failure", MODE);
}

static void run_mode(drv_mode m) {
    drv_init(&D, m);
    th_note("---- drive mode: %s", drv_names[m]);
    test_setup_deadline();
    test_give_up();
    test_reconnect_after_rotation();
    test_burst();
    test_refusal_messages();
    test_errstr();
    drv_free(&D);
}

int main(void) {
    char buf[256];
    th_watchdog(300);
    count_sigpipes();
    if (th_server_start(&srv, NULL) != 0) th_bail("cannot start redis-server");
    {
        int fd = th_raw_connect(srv.port);
        if (fd < 0 || th_raw_cmd(fd, buf, sizeof buf, "CONFIG", "SET", "requirepass", PASS, (char *)NULL) <= 0)
            th_bail("cannot set the password");
        close(fd);
    }
    run_mode(DRV_LOOP);
    run_mode(DRV_HOOKS);
    run_mode(DRV_PUMP);
    th_is_int(g_violations, 0, "no callback ever ran inside a submitting call");
    th_is_int(g_sigpipes, 0, "the library never raised SIGPIPE");
    th_server_stop(&srv);
    return th_done();
}
