/* tests/resilience.h - shared helpers of tests/test_resilience.c and
   tests/test_resilience2.c: per-command records (exactly-once accounting),
   event recorders (on_connect / on_disconnect / on_error / on_reconnect),
   submission wrappers that flag callbacks run inside a submitting call, and
   waits that always have a deadline. One translation unit per program: this
   file carries the implementation of asyncredis.h.

   Time. The library runs on the test's clock (tests/testclock.h), held still
   for the whole program: no timeout, deadline or backoff fires unless the
   test moves the clock, so a slow or busy machine cannot make one fire early
   or late, and "fires at X ms" is checked as: nothing at X - 1 (clock_at),
   the failure at X, and the recorded times (rec.t, evs.*_at) are exact.
   Waits for what real I/O does (a reply, a loss, a write) have a real-time
   budget, WAIT: a safety net against a hang, never a measurement. follow_*
   waits also move the clock, but only to the reconnect a client announced
   (on_reconnect: now + delay), so a client that must reconnect can. */
#ifndef AR_TEST_RESILIENCE_H
#define AR_TEST_RESILIENCE_H

#include "faultserver.h"
#include "testclock.h"
#define ASYNCREDIS_IMPLEMENTATION
#include "../asyncredis.h"
#include "drive.h"

static drv D;
static int g_in_submit, g_violations, g_seq;

/* the real-time budget of every wait (ms): only a hang runs into it */
#define WAIT 30000

/* The library must never raise SIGPIPE (it writes with MSG_NOSIGNAL): count
   any instead of dying, so the rest of the program still runs. */
static volatile sig_atomic_t g_sigpipes;
static void on_sigpipe(int sig) { (void)sig; g_sigpipes++; }
TH_FN void count_sigpipes(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigpipe;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGPIPE, &sa, NULL);
}
#define MODE drv_names[D.mode]

/* ------------------------------------------------------ one command's record */
typedef struct rec {
    int calls;          /* must end as exactly 1 */
    int seq;            /* global completion order (first call) */
    int rc;             /* what the submission returned */
    ar_err err;
    unsigned flags;
    ar_reply_type type;
    long long integer;
    size_t elements;
    char str[256];      /* first bytes of a string / status / error / message */
    size_t len;
    long long t0, t;    /* submitted, completed */
} rec;

TH_FN void rec_cb(ar_client *c, const ar_reply *r, void *ud) {
    rec *x = (rec *)ud;
    (void)c;
    if (g_in_submit) g_violations++;
    x->calls++;
    if (x->calls > 1) return;  /* a duplicate: keep the first outcome */
    x->seq = ++g_seq;
    x->t = ar_now_ms();
    x->err = r->err;
    x->flags = r->flags;
    x->type = r->type;
    x->integer = r->integer;
    x->elements = r->elements;
    x->len = r->len;
    if (r->str) {
        size_t n = r->len < sizeof x->str - 1 ? r->len : sizeof x->str - 1;
        memcpy(x->str, r->str, n);
        x->str[n] = 0;
    } else if (r->type == AR_REPLY_ARRAY && r->elements && r->element[r->elements - 1].str) {
        /* arrays: keep the last element's text (BLPOP -> the value) */
        const ar_reply *e = &r->element[r->elements - 1];
        size_t n = e->len < sizeof x->str - 1 ? e->len : sizeof x->str - 1;
        memcpy(x->str, e->str, n);
        x->str[n] = 0;
    }
}

TH_FN int cmd(ar_client *c, rec *x, const char *fmt, ...) {
    va_list ap;
    int rc;
    x->t0 = ar_now_ms();
    va_start(ap, fmt);
    g_in_submit = 1;
    rc = ar_vcommand(c, rec_cb, x, fmt, ap);
    g_in_submit = 0;
    va_end(ap);
    x->rc = rc;
    return rc;
}

/* "SET k v" split on spaces, with per-command flags and timeout */
static int g_cmdx_lens; /* 1: cmdx passes argvlen[] too (the other argv path) */
TH_FN int cmdx(ar_client *c, unsigned flags, int timeout_ms, rec *x, const char *line) {
    char buf[512];
    const char *argv[32];
    size_t lens[32];
    int argc = 0, rc;
    char *p, *save = NULL;
    ar_cmd_opts co;
    snprintf(buf, sizeof buf, "%s", line);
    for (p = strtok_r(buf, " ", &save); p && argc < 32; p = strtok_r(NULL, " ", &save)) {
        lens[argc] = strlen(p);
        argv[argc++] = p;
    }
    memset(&co, 0, sizeof co);
    co.flags = flags;
    co.timeout_ms = timeout_ms;
    x->t0 = ar_now_ms();
    g_in_submit = 1;
    rc = ar_command_argv_ex(c, &co, rec_cb, x, argc, argv, g_cmdx_lens ? lens : NULL);
    g_in_submit = 0;
    x->rc = rc;
    return rc;
}

TH_FN int all_once(const rec *r, int n) {
    int i;
    for (i = 0; i < n; i++) if (r[i].calls != 1) return 0;
    return 1;
}
TH_FN int none_ran(const rec *r, int n) {
    int i;
    for (i = 0; i < n; i++) if (r[i].calls != 0) return 0;
    return 1;
}
TH_FN long long took(const rec *x) { return x->t - x->t0; }
TH_FN int maybe(const rec *x) { return (x->flags & AR_REPLY_F_MAYBE_EXECUTED) != 0; }
TH_FN int lost(ar_err e) { return e == AR_ERR_EOF || e == AR_ERR_IO; }

/* ------------------------------------------------------------- events */
#define EV_MAX 256
typedef struct evs {
    int connects, disconnects, errors, reconnects;
    ar_err reason[EV_MAX];
    long long disc_at[EV_MAX], conn_at[EV_MAX];
    ar_err error_err;
    char error_msg[160];
    int attempt[EV_MAX];
    long long delay[EV_MAX], rec_at[EV_MAX];
    int nested;          /* events fired from inside a submitting call */
    int bad_state;       /* on_connect not CONNECTED, on_reconnect not RECONNECTING */
    long long next_at;   /* the reconnect on_reconnect announced (0: none since) */
} evs;

TH_FN void ev_connect(ar_client *c, void *d) {
    evs *e = (evs *)d;
    e->next_at = 0;
    if (g_in_submit) e->nested++;
    if (ar_client_state(c) != AR_STATE_CONNECTED) e->bad_state++;
    if (e->connects < EV_MAX) e->conn_at[e->connects] = ar_now_ms();
    e->connects++;
}
TH_FN void ev_disconnect(ar_client *c, ar_err reason, void *d) {
    evs *e = (evs *)d;
    (void)c;
    e->next_at = 0;
    if (g_in_submit) e->nested++;
    if (e->disconnects < EV_MAX) { e->reason[e->disconnects] = reason; e->disc_at[e->disconnects] = ar_now_ms(); }
    e->disconnects++;
}
TH_FN void ev_error(ar_client *c, ar_err err, const char *msg, void *d) {
    evs *e = (evs *)d;
    (void)c;
    e->next_at = 0;
    if (g_in_submit) e->nested++;
    e->errors++;
    e->error_err = err;
    snprintf(e->error_msg, sizeof e->error_msg, "%s", msg ? msg : "(null)");
}
TH_FN void ev_reconnect(ar_client *c, int attempt, long long delay_ms, void *d) {
    evs *e = (evs *)d;
    if (g_in_submit) e->nested++;
    if (ar_client_state(c) != AR_STATE_RECONNECTING) e->bad_state++;
    e->next_at = ar_now_ms() + delay_ms;   /* the library's reconnect_at, exactly */
    if (e->reconnects < EV_MAX) {
        e->attempt[e->reconnects] = attempt;
        e->delay[e->reconnects] = delay_ms;
        e->rec_at[e->reconnects] = ar_now_ms();
    }
    e->reconnects++;
}

/* every disconnect reason from index `from` on equals `want` */
TH_FN int reasons_all(const evs *e, int from, ar_err want) {
    int i;
    if (e->disconnects <= from) return 0;
    for (i = from; i < e->disconnects && i < EV_MAX; i++) if (e->reason[i] != want) return 0;
    return 1;
}

/* options: 127.0.0.1:port, events into e, short reconnect delays, no jitter */
TH_FN ar_options opts(int port, evs *e) {
    ar_options o;
    memset(&o, 0, sizeof o);
    o.host = "127.0.0.1";
    o.port = port;
    if (e) {
        memset(e, 0, sizeof *e);
        o.on_connect = ev_connect;
        o.on_disconnect = ev_disconnect;
        o.on_error = ev_error;
        o.on_reconnect = ev_reconnect;
        o.data = e;
    }
    o.connect_timeout_ms = 1000;
    o.reconnect_delay_ms = 50;
    o.reconnect_delay_max_ms = 200;
    o.reconnect_jitter = -1;
    return o;
}

TH_FN ar_client *mk(ar_options *o) {
    const char *why = NULL;
    ar_client *c = drv_client(&D, o, &why);
    if (!c) th_diag("%s: client_new failed: %s", MODE, why ? why : "?");
    return c;
}
TH_FN void drop(ar_client *c) {
    if (!c) return;
    ar_client_free(c);
    drv_forget(&D, c);
}

/* -------------------------------------------------------------- waits */
typedef struct w_recs { const rec *r; int n; } w_recs;
TH_FN int c_recs(void *a) { w_recs *w = (w_recs *)a; int i; for (i = 0; i < w->n; i++) if (w->r[i].calls < 1) return 0; return 1; }
TH_FN int wait_recs(const rec *r, int n, int ms) { w_recs w; w.r = r; w.n = n; return drv_run_until(&D, c_recs, &w, ms); }

typedef struct w_int { const int *p; int target; } w_int;
TH_FN int c_int(void *a) { w_int *w = (w_int *)a; return *w->p >= w->target; }
TH_FN int wait_int(const int *p, int target, int ms) { w_int w; w.p = p; w.target = target; return drv_run_until(&D, c_int, &w, ms); }

TH_FN int c_out_empty(void *a) { return ar_client_pending_output((ar_client *)a) == 0; }
TH_FN int wait_written(ar_client *c, int ms) { return drv_run_until(&D, c_out_empty, c, ms); }

typedef struct w_state { ar_client *c; ar_state s; } w_state;
TH_FN int c_state(void *a) { w_state *w = (w_state *)a; return ar_client_state(w->c) == w->s; }
TH_FN int wait_state(ar_client *c, ar_state s, int ms) { w_state w; w.c = c; w.s = s; return drv_run_until(&D, c_state, &w, ms); }

TH_FN int c_never(void *a) { (void)a; return 0; }
/* turn the driver for ms of real time (callbacks keep running; the clock
   does not move) */
TH_FN void run_for(int ms) { drv_run_until(&D, c_never, NULL, ms); }

/* a few turns that do not wait */
TH_FN void settle(void) { int i; for (i = 0; i < 4; i++) drv_turn(&D, 0); }
/* the held clock to t (never back), then a few turns: what is due at t runs */
TH_FN void clock_at(long long t) { tc_set(t); settle(); }

/* wait until cond(arg) (real-time budget WAIT); meanwhile, when a client
   waits for a reconnect it announced (*next_at: on_reconnect's now + delay),
   move the clock to that moment and no further. next_at NULL: a plain wait. */
TH_FN int follow_at(const long long *next_at, int (*cond)(void *), void *arg) {
    long long end = tc_real_ms() + WAIT;
    while (!cond(arg)) {
        if (tc_real_ms() >= end) return 0;
        if (next_at && *next_at > tc_now()) tc_set(*next_at);
        drv_turn(&D, 5);
    }
    return 1;
}
TH_FN int follow(evs *e, int (*cond)(void *), void *arg) { return follow_at(e ? &e->next_at : NULL, cond, arg); }
TH_FN int follow_recs(evs *e, const rec *r, int n) { w_recs w; w.r = r; w.n = n; return follow(e, c_recs, &w); }
TH_FN int follow_int(evs *e, const int *p, int target) { w_int w; w.p = p; w.target = target; return follow(e, c_int, &w); }

/* connect c and prove it works with one PING */
TH_FN int ping_ok(ar_client *c, int ms) {
    rec r;
    memset(&r, 0, sizeof r);
    if (cmd(c, &r, "PING") != AR_OK) return 0;
    if (!wait_recs(&r, 1, ms)) return 0;
    return r.err == AR_OK && r.type == AR_REPLY_STATUS;
}
/* the same, following e's reconnects (follow) */
TH_FN int ping_follow(ar_client *c, evs *e) {
    rec r;
    memset(&r, 0, sizeof r);
    if (cmd(c, &r, "PING") != AR_OK) return 0;
    if (!follow_recs(e, &r, 1)) return 0;
    return r.err == AR_OK && r.type == AR_REPLY_STATUS;
}

/* ------------------------------------------------------- raw oracle */
/* raw reply of one command on a fresh connection ("" on failure) */
TH_FN const char *raw1(int port, char *buf, size_t sz, const char *a0, const char *a1, const char *a2) {
    const char *argv[3];
    int argc = 1;
    argv[0] = a0;
    if (a1) argv[argc++] = a1;
    if (a2) argv[argc++] = a2;
    if (th_raw_command(port, buf, sz, argc, argv) < 0) buf[0] = 0;
    return buf;
}

/* the server's verdict on a list of RPUSHed ids: seen[id] += 1 for every
   element (ids outside [0, max) count in *stray); the element count, or -1
   if the list cannot be read */
TH_FN long list_ids(int port, const char *key, int *seen, int max, int *stray) {
    const char *argv[4];
    char *list = (char *)malloc(4u << 20), *p;
    long len, n = 0;
    argv[0] = "LRANGE"; argv[1] = key; argv[2] = "0"; argv[3] = "-1";
    len = list ? th_raw_command(port, list, 4u << 20, 4, argv) : -1;
    if (len <= 0 || list[0] != '*') { free(list); return -1; }
    p = strchr(list, '\n') + 1;
    while (p < list + len && *p == '$') {
        long l = strtol(p + 1, NULL, 10);
        char *v = strchr(p, '\n') + 1;
        long id = strtol(v, NULL, 10);
        if (id < 0 || id >= max) (*stray)++;
        else seen[id]++;
        n++;
        p = v + l + 2;
    }
    free(list);
    return n;
}

/* the integer value of "INFO stats" field total_connections_received */
TH_FN long long total_conns(int port, const char *password) {
    int fd = th_raw_connect(port);
    char buf[8192];
    long long v = -1;
    const char *p;
    if (fd < 0) return -1;
    if (password && th_raw_cmd(fd, buf, sizeof buf, "AUTH", password, (char *)NULL) < 0) { close(fd); return -1; }
    if (th_raw_cmd(fd, buf, sizeof buf, "INFO", "stats", (char *)NULL) > 0 &&
        (p = strstr(buf, "total_connections_received:")) != NULL)
        v = atoll(p + strlen("total_connections_received:"));
    close(fd);
    return v;
}

#endif
