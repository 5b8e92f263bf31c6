/* tests/test_blocking.c - blocking commands (BLPOP, BRPOP, BLMOVE,
   BRPOPLPUSH, BLMPOP, BZPOPMIN, BZPOPMAX, BZMPOP, XREAD BLOCK, XREADGROUP
   BLOCK) against a real redis-server, under all three drive modes:
     1. results when the data is there, when it arrives while the command
        waits (a second client pushes once the SERVER shows the first one
        blocked: CLIENT LIST flags=b, cmd=<the command>), and nil on the
        server's timeout (RESP2: every one of them answers *-1 on 7.0, checked
        against a raw connection too); fractional timeouts; timeout 0;
     2. the client-side deadline of a blocking command is its own timeout +
        blocking_timeout_buffer_ms, not request_timeout_ms / read_timeout_ms;
        with the server stopped (SIGSTOP) a small buffer ends in
        AR_ERR_TIMEOUT and a reset, a timeout of 0 never expires;
     3. eight waiters on eight clients of one loop never block each other or
        the loop: they complete exactly in push order, and a 10 ms timer on
        the same loop keeps firing while all of them wait;
     4. head of line: on RESP2 a blocking command holds its connection, a
        command behind it waits for it (judged by order and by the server);
        inside MULTI a blocking command does not block;
     5. freeing the client inside a blocking command's callback, while one is
        pending, from another client's callback, and with the loop.
   And, at the end of the file, test_refuse_behind_blocking(): the
   o.refuse_behind_blocking option (AR_ERR_MODE at the call).

   Every command has its own record (exactly-once accounting; tests/
   resilience.h), callbacks must never run inside the submitting call, and
   no assertion is about a duration: waits end on a server-side condition or
   on a callback, with generous deadlines that only catch hangs. */
#include "resilience.h"

static th_server srv;

/* ------------------------------------------------------------- the oracle */
/* one raw connection of the test's own (tests/harness.h), reused */
static int g_ofd = -1;
static char g_obuf[1 << 16];

static int split_line(char *buf, size_t sz, const char *line, const char **argv, size_t *lens, int max) {
    int argc = 0;
    char *p, *save = NULL;
    snprintf(buf, sz, "%s", line);
    for (p = strtok_r(buf, " ", &save); p && argc < max; p = strtok_r(NULL, " ", &save)) {
        if (lens) lens[argc] = strlen(p);
        argv[argc++] = p;
    }
    return argc;
}

/* one command line (split on spaces) on the oracle connection: the raw
   reply, "" on failure; valid until the next call */
static const char *orc(const char *line) {
    char tmp[512];
    const char *argv[32];
    int argc = split_line(tmp, sizeof tmp, line, argv, NULL, 32);
    long n;
    if (g_ofd < 0) g_ofd = th_raw_connect(srv.port);
    n = g_ofd >= 0 ? th_raw_command_fd(g_ofd, g_obuf, sizeof g_obuf, 5000, argc, argv) : -1;
    if (n < 0) {
        if (g_ofd >= 0) close(g_ofd);
        g_ofd = -1;
        g_obuf[0] = 0;
    }
    return g_obuf;
}
static void orc_close(void) { if (g_ofd >= 0) close(g_ofd); g_ofd = -1; }

/* the value of field `name` (" name=") on one CLIENT LIST line */
static int cl_field(const char *line, const char *end, const char *name, char *out, size_t outsz) {
    char key[32];
    const char *p = line, *q;
    size_t n;
    snprintf(key, sizeof key, "%s=", name);
    for (;;) {
        p = strstr(p, key);
        if (!p || p >= end) return 0;
        if (p == line || p[-1] == ' ') break;
        p++;
    }
    p += strlen(key);
    for (q = p; q < end && *q != ' ' && *q != '\r' && *q != '\n'; q++) {}
    n = (size_t)(q - p) < outsz - 1 ? (size_t)(q - p) : outsz - 1;
    memcpy(out, p, n);
    out[n] = 0;
    return 1;
}

/* clients whose name starts with prefix: how many exist (blocked == 0), or
   how many the server shows blocked (flags has b) in command cmd (NULL: any);
   -1 when the server cannot be asked */
static int srv_clients(const char *prefix, int blocked, const char *cmdname) {
    const char *p = orc("CLIENT LIST"), *end;
    int n = 0;
    if (p[0] != '$') return -1;
    p = strchr(p, '\n') + 1;
    while (*p) {
        char name[64], flags[32], cmdv[64];
        end = strchr(p, '\n');
        if (!end) end = p + strlen(p);
        if (cl_field(p, end, "name", name, sizeof name) && !strncmp(name, prefix, strlen(prefix))) {
            if (!blocked) n++;
            else if (cl_field(p, end, "flags", flags, sizeof flags) && strchr(flags, 'b') &&
                     (!cmdname || (cl_field(p, end, "cmd", cmdv, sizeof cmdv) && !strcmp(cmdv, cmdname))))
                n++;
        }
        p = *end ? end + 1 : end;
    }
    return n;
}

/* ------------------------------------------------ ticks of the driving loop */
/* DRV_LOOP: a 10 ms ar_timer on the loop itself. The hooks and pump drivers
   are the test's own loops: their 10 ms timer is a check of the clock on
   every turn (each turn waits at most 10 ms). */
static int g_ticks;
static ar_timer g_tick;
static long long g_next_tick;
static void tick_cb(ar_timer *t, void *ud) { (void)t; (void)ud; g_ticks++; }
static void ticker_start(void) {
    g_ticks = 0;
    if (D.mode == DRV_LOOP) {
        ar_timer_init(D.loop, &g_tick);
        ar_timer_start(&g_tick, 10, 10, tick_cb, NULL);
    } else g_next_tick = ar_now_ms() + 10;
}
static void ticker_stop(void) { if (D.mode == DRV_LOOP) ar_timer_stop(&g_tick); }
static void turn10(void) {
    drv_turn(&D, 10);
    if (D.mode != DRV_LOOP) {
        long long now = ar_now_ms();
        if (now >= g_next_tick) { g_ticks++; g_next_tick = now + 10; }
    }
}
/* turn (10 ms at most per turn) until cond(arg) or ms passed */
static int wait10(int (*cond)(void *), void *arg, int ms) {
    long long end = ar_now_ms() + ms;
    while (!cond(arg)) {
        if (ar_now_ms() >= end) return 0;
        turn10();
    }
    return 1;
}

/* ---------------------------------------------------- waits on the server */
typedef struct w_srv { const char *prefix, *cmd; int blocked, want, got; long long last; } w_srv;
static int c_srv(void *a) {
    w_srv *w = (w_srv *)a;
    long long now = ar_now_ms();
    if (now - w->last < 5) return 0;   /* ask the server every 5 ms at most */
    w->last = now;
    w->got = srv_clients(w->prefix, w->blocked, w->cmd);
    return w->got == w->want;
}
/* turn the driver until the server shows exactly `want` clients named
   prefix* blocked in cmd */
static int wait_blocked(const char *prefix, const char *cmdname, int want, int ms) {
    w_srv w;
    memset(&w, 0, sizeof w);
    w.prefix = prefix; w.cmd = cmdname; w.blocked = 1; w.want = want;
    if (drv_run_until(&D, c_srv, &w, ms)) return 1;
    th_diag("%s: server shows %d clients %s* blocked in %s, want %d", MODE, w.got, prefix, cmdname ? cmdname : "any", want);
    return 0;
}
static int wait_blocked10(const char *prefix, const char *cmdname, int want, int ms) {
    w_srv w;
    memset(&w, 0, sizeof w);
    w.prefix = prefix; w.cmd = cmdname; w.blocked = 1; w.want = want;
    return wait10(c_srv, &w, ms);
}
/* until the server has no client named prefix* (it saw the close) */
static int wait_gone(const char *prefix, int ms) {
    w_srv w;
    memset(&w, 0, sizeof w);
    w.prefix = prefix; w.want = 0;
    return drv_run_until(&D, c_srv, &w, ms);
}

/* ----------------------------------------------------- records and render */
/* a reply as text: strings bare, +status, -error, :int, nil ($-1) or nil*
   (*-1), [a,b,...]; a client failure as !<ar_strerror> */
static void rput(char *o, size_t cap, size_t *at, const char *s, size_t n) {
    while (n-- && *at + 1 < cap) o[(*at)++] = *s++;
    o[*at] = 0;
}
static void render(char *o, size_t cap, size_t *at, const ar_reply *r) {
    char num[32];
    size_t i;
    switch (r->type) {
    case AR_REPLY_NIL: rput(o, cap, at, (r->flags & AR_REPLY_F_NIL_ARRAY) ? "nil*" : "nil", (r->flags & AR_REPLY_F_NIL_ARRAY) ? 4 : 3); break;
    case AR_REPLY_STRING: rput(o, cap, at, r->str, r->len); break;
    case AR_REPLY_STATUS: rput(o, cap, at, "+", 1); rput(o, cap, at, r->str, r->len); break;
    case AR_REPLY_ERROR: rput(o, cap, at, "-", 1); rput(o, cap, at, r->str, r->len); break;
    case AR_REPLY_INTEGER:
        snprintf(num, sizeof num, ":%lld", r->integer);
        rput(o, cap, at, num, strlen(num));
        break;
    case AR_REPLY_ARRAY:
        rput(o, cap, at, "[", 1);
        for (i = 0; i < r->elements; i++) {
            if (i) rput(o, cap, at, ",", 1);
            render(o, cap, at, &r->element[i]);
        }
        rput(o, cap, at, "]", 1);
        break;
    default:
        rput(o, cap, at, "!", 1);
        rput(o, cap, at, ar_strerror(r->err), strlen(ar_strerror(r->err)));
        break;
    }
}

/* actions a callback takes (test 5 and the refusal tests): when `trigger`
   completes, free `victim`; when `chain_on` completes, submit chain_line on
   chain_client into chain_rec and keep what the submission returned */
static struct {
    rec *trigger; ar_client *victim; int freed;
    rec *chain_on; ar_client *chain_client; rec *chain_rec; const char *chain_line; int chain_rc;
} A;

static int bsub(ar_client *c, rec *x, const char *line);

static void brec_cb(ar_client *c, const ar_reply *r, void *ud) {
    rec *x = (rec *)ud;
    size_t at = 0;
    (void)c;
    if (g_in_submit) g_violations++;
    x->calls++;
    if (x->calls == 1) {
        x->seq = ++g_seq;
        x->t = ar_now_ms();
        x->err = r->err;
        x->flags = r->flags;
        x->type = r->type;
        x->integer = r->integer;
        x->elements = r->elements;
        x->len = r->len;
        x->str[0] = 0;
        if (r->err) {
            rput(x->str, sizeof x->str, &at, "!", 1);
            rput(x->str, sizeof x->str, &at, ar_strerror(r->err), strlen(ar_strerror(r->err)));
        } else render(x->str, sizeof x->str, &at, r);
    }
    if (x == A.trigger && A.victim) {
        ar_client *v = A.victim;
        A.victim = NULL;
        A.freed++;
        ar_client_free(v);
        drv_forget(&D, v);
    }
    if (x == A.chain_on && A.chain_client) {
        ar_client *cc = A.chain_client;
        A.chain_client = NULL;
        A.chain_rc = bsub(cc, A.chain_rec, A.chain_line);
    }
}

/* submit a command line: through the format path (the line as the format,
   split on spaces by the library) or, with g_argv, the argv path with
   lengths */
static int g_argv;
static int bsub(ar_client *c, rec *x, const char *line) {
    int rc, prev = g_in_submit;
    x->t0 = ar_now_ms();
    g_in_submit = 1;
    if (g_argv) {
        char tmp[512];
        const char *argv[32];
        size_t lens[32];
        int argc = split_line(tmp, sizeof tmp, line, argv, lens, 32);
        rc = ar_command_argv(c, brec_cb, x, argc, argv, lens);
    } else {
        rc = ar_command(c, brec_cb, x, line);
    }
    g_in_submit = prev;
    x->rc = rc;
    return rc;
}
/* with a per-command timeout */
static int bsub_to(ar_client *c, rec *x, int timeout_ms, const char *line) {
    char tmp[512];
    const char *argv[32];
    size_t lens[32];
    int argc = split_line(tmp, sizeof tmp, line, argv, lens, 32), rc, prev = g_in_submit;
    ar_cmd_opts co;
    memset(&co, 0, sizeof co);
    co.timeout_ms = timeout_ms;
    x->t0 = ar_now_ms();
    g_in_submit = 1;
    rc = ar_command_argv_ex(c, &co, brec_cb, x, argc, argv, lens);
    g_in_submit = prev;
    x->rc = rc;
    return rc;
}

/* a named client (CLIENT SETNAME on connect), connected and proven */
static ar_client *mk_named(const char *name, evs *e, int *ok) {
    ar_options o = opts(srv.port, e);
    ar_client *c;
    o.client_name = name;
    c = mk(&o);
    if (!c || !ping_ok(c, 5000)) *ok = 0;
    return c;
}

/* one round trip on c: every reply owed before it has arrived (the PING
   has its own 5 s deadline: the client may be reconnecting, and its
   request_timeout_ms may be short) */
static int settle_c(ar_client *c) {
    rec r;
    memset(&r, 0, sizeof r);
    if (!c || bsub_to(c, &r, 5000, "PING") != AR_OK) return 0;
    wait_recs(&r, 1, 6000);
    return r.calls == 1 && r.err == AR_OK && !strcmp(r.str, "+PONG");
}

/* --------------------------------------- 1. results, arrival and timeouts */
typedef struct bcase {
    const char *name, *cmdname;  /* CLIENT LIST shows cmd=cmdname while it waits */
    const char *setup;           /* raw, after the keys are deleted (may be NULL) */
    const char *data;            /* the write that gives it something */
    const char *fmt;             /* the command; %s is the timeout */
    const char *t_wait, *t_short;/* a long wait (data present), a short one */
    const char *want;            /* rendered result */
    const char *post, *post_want;/* raw check of the server afterwards */
} bcase;

static const bcase T1[] = {
    { "BLPOP", "blpop", NULL, "RPUSH b1:l v1", "BLPOP b1:none b1:l %s", "5", "0.1",
      "[b1:l,v1]", "LLEN b1:l", ":0\r\n" },
    { "BRPOP", "brpop", NULL, "RPUSH b1:l a b", "BRPOP b1:none b1:l %s", "5", "0.1",
      "[b1:l,b]", "LRANGE b1:l 0 -1", "*1\r\n$1\r\na\r\n" },
    { "BLMOVE", "blmove", NULL, "RPUSH b1:l x y", "BLMOVE b1:l b1:dst LEFT RIGHT %s", "5", "0.1",
      "x", "LRANGE b1:dst 0 -1", "*1\r\n$1\r\nx\r\n" },
    { "BRPOPLPUSH", "brpoplpush", NULL, "RPUSH b1:l x y", "BRPOPLPUSH b1:l b1:dst %s", "5", "0.15",
      "y", "LRANGE b1:dst 0 -1", "*1\r\n$1\r\ny\r\n" },
    { "BLMPOP", "blmpop", NULL, "RPUSH b1:l a b c", "BLMPOP %s 2 b1:none b1:l RIGHT COUNT 2", "5", "0.1",
      "[b1:l,[c,b]]", "LRANGE b1:l 0 -1", "*1\r\n$1\r\na\r\n" },
    { "BZPOPMIN", "bzpopmin", NULL, "ZADD b1:z 1 one 2 two", "BZPOPMIN b1:none b1:z %s", "5", "0.1",
      "[b1:z,one,1]", "ZRANGE b1:z 0 -1", "*1\r\n$3\r\ntwo\r\n" },
    { "BZPOPMAX", "bzpopmax", NULL, "ZADD b1:z 1 one 2 two", "BZPOPMAX b1:z %s", "5", "0.1",
      "[b1:z,two,2]", "ZRANGE b1:z 0 -1", "*1\r\n$3\r\none\r\n" },
    { "BZMPOP", "bzmpop", NULL, "ZADD b1:z 1 one 2 two 3 three", "BZMPOP %s 1 b1:z MIN COUNT 2", "5", "0.1",
      "[b1:z,[[one,1],[two,2]]]", "ZRANGE b1:z 0 -1", "*1\r\n$5\r\nthree\r\n" },
    { "XREAD BLOCK", "xread", NULL, "XADD b1:s 5-1 f v", "XREAD COUNT 10 BLOCK %s STREAMS b1:s 0-0", "5000", "100",
      "[[b1:s,[[5-1,[f,v]]]]]", "XLEN b1:s", ":1\r\n" },
    { "XREADGROUP BLOCK", "xreadgroup", "XGROUP CREATE b1:s g $ MKSTREAM", "XADD b1:s 7-1 f v",
      "XREADGROUP GROUP g cons COUNT 10 BLOCK %s STREAMS b1:s >", "5000", "100",
      "[[b1:s,[[7-1,[f,v]]]]]", "XPENDING b1:s g",
      "*4\r\n:1\r\n$3\r\n7-1\r\n$3\r\n7-1\r\n*1\r\n*2\r\n$4\r\ncons\r\n$1\r\n1\r\n" },
};

enum { V_PRESENT, V_ARRIVE, V_TIMEOUT };
static const char *const vname[] = { "data present", "data arrives (timeout 0)", "timeout" };

static void b1_reset(const bcase *k) {
    orc("DEL b1:l b1:dst b1:z b1:s b1:none");
    if (k->setup) orc(k->setup);
}

static void test_results(void) {
    evs ew, ep;
    ar_client *cw, *cp;
    int ok = 1, i, v;
    cw = mk_named("b1w", &ew, &ok);
    cp = mk_named("b1p", &ep, &ok);
    if (!th_ok(ok, "%s: results: clients connected", MODE)) { drop(cw); drop(cp); return; }
    for (i = 0; i < (int)(sizeof T1 / sizeof T1[0]); i++) {
        const bcase *k = &T1[i];
        for (v = V_PRESENT; v <= V_TIMEOUT; v++) {
            rec r, p;
            char line[256];
            memset(&r, 0, sizeof r);
            memset(&p, 0, sizeof p);
            g_argv = (i + v) & 1;   /* both submission paths, for every command */
            b1_reset(k);
            if (v == V_PRESENT) orc(k->data);
            snprintf(line, sizeof line, k->fmt, v == V_PRESENT ? k->t_wait : v == V_ARRIVE ? "0" : k->t_short);
            bsub(cw, &r, line);
            th_ok(r.rc == AR_OK && r.calls == 0, "%s: %s, %s: \"%s\" accepted, no callback inside the call (%s)",
                  MODE, k->name, vname[v], line, ar_strerror(r.rc));
            if (v == V_ARRIVE) {
                th_ok(wait_blocked("b1w", k->cmdname, 1, 5000), "%s: %s, %s: the server shows it blocked (cmd=%s)",
                      MODE, k->name, vname[v], k->cmdname);
                th_is_int(r.calls, 0, "%s: %s, %s: no reply before the data", MODE, k->name, vname[v]);
                bsub(cp, &p, k->data);
            }
            wait_recs(&r, 1, 5000);
            if (v == V_ARRIVE) wait_recs(&p, 1, 5000);
            if (v != V_TIMEOUT) {
                th_ok(r.calls >= 1 && r.err == AR_OK && !strcmp(r.str, k->want), "%s: %s, %s: %s (got %s)",
                      MODE, k->name, vname[v], k->want, r.calls ? r.str : "nothing");
                th_is_cstr(orc(k->post), k->post_want, "%s: %s, %s: server after it: %s", MODE, k->name, vname[v], k->post);
            } else {
                /* what the server really answers on its timeout, on a connection of our own */
                char tmp[512], raw[256];
                const char *argv[32];
                int argc = split_line(tmp, sizeof tmp, line, argv, NULL, 32);
                th_ok(r.calls >= 1 && r.err == AR_OK && r.type == AR_REPLY_NIL && (r.flags & AR_REPLY_F_NIL_ARRAY),
                      "%s: %s, %s: \"%s\" -> nil from a *-1 (AR_REPLY_NIL, AR_REPLY_F_NIL_ARRAY) (got %s, %s)",
                      MODE, k->name, vname[v], line, r.calls ? r.str : "nothing", ar_strerror(r.err));
                if (th_raw_command_timeout(srv.port, raw, sizeof raw, 5000, argc, argv) < 0) raw[0] = 0;
                th_is_cstr(raw, "*-1\r\n", "%s: %s: the server's own timeout reply is *-1 (raw connection)", MODE, k->name);
            }
            settle_c(cw);
            th_ok(r.calls == 1 && (v != V_ARRIVE || p.calls == 1), "%s: %s, %s: each callback exactly once (%d %d)",
                  MODE, k->name, vname[v], r.calls, p.calls);
        }
    }
    g_argv = 0;
    /* a finite timeout that the data beats */
    {
        rec r, p;
        memset(&r, 0, sizeof r);
        memset(&p, 0, sizeof p);
        orc("DEL b1:l");
        bsub(cw, &r, "BLPOP b1:l 30");
        th_ok(wait_blocked("b1w", "blpop", 1, 5000) && r.calls == 0, "%s: BLPOP 30: blocked on the server, no reply yet", MODE);
        bsub(cp, &p, "RPUSH b1:l late");
        wait_recs(&r, 1, 5000);
        th_ok(r.err == AR_OK && !strcmp(r.str, "[b1:l,late]"), "%s: BLPOP 30: answered by the push (%s)", MODE, r.str);
        settle_c(cw);
        th_ok(r.calls == 1 && p.calls == 1, "%s: BLPOP 30: each callback exactly once", MODE);
    }
    th_ok(ew.disconnects == 0 && ep.disconnects == 0, "%s: results: no connection was reset (%d %d)", MODE, ew.disconnects, ep.disconnects);
    drop(cw);
    drop(cp);
}

/* ---------------------------------------------- 2. the client-side deadline */
static void test_deadline(void) {
    evs ea, eb, ez, es, eg, eh, em;
    ar_options o;
    ar_client *a, *b, *z, *s, *g, *h, *m;
    rec r[4], q[4];
    int ok = 1;
    memset(r, 0, sizeof r);
    memset(q, 0, sizeof q);
    orc("DEL b2:none b2:none2 b2:none3 b2:stop b2:stop2 b2:stop3");
    /* (a) request_timeout_ms and read_timeout_ms 200: BLPOP 1 gets the
       server's nil. z is the control: a GET stuck behind a BLPOP 1 on its
       connection fails at 200 ms, long before the BLPOPs end. */
    o = opts(srv.port, &ea);
    o.request_timeout_ms = 200;
    o.read_timeout_ms = 200;
    a = mk(&o);
    o = opts(srv.port, &eb);
    o.read_timeout_ms = 200;
    b = mk(&o);
    o = opts(srv.port, &ez);
    o.request_timeout_ms = 200;
    o.read_timeout_ms = 200;
    z = mk(&o);
    if (!th_ok(a && b && z && ping_ok(a, 5000) && ping_ok(b, 5000) && ping_ok(z, 5000), "%s: deadline: clients connected", MODE)) {
        drop(a); drop(b); drop(z); return;
    }
    bsub(a, &r[0], "BLPOP b2:none 1");
    bsub_to(b, &r[1], 200, "BLPOP b2:none2 1");   /* per-command 200: not its deadline either */
    bsub(z, &r[2], "BLPOP b2:none3 1");
    bsub(z, &r[3], "GET b2:none");
    th_ok(none_ran(r, 4), "%s: deadline: nothing ran inside the submissions", MODE);
    wait_recs(r, 4, 10000);
    th_ok(r[0].calls == 1 && r[0].err == AR_OK && r[0].type == AR_REPLY_NIL && (r[0].flags & AR_REPLY_F_NIL_ARRAY),
          "%s: deadline: BLPOP 1 with request_timeout_ms 200 -> the server's nil, not AR_ERR_TIMEOUT (%s)", MODE, r[0].str);
    th_ok(r[1].calls == 1 && r[1].err == AR_OK && r[1].type == AR_REPLY_NIL,
          "%s: deadline: BLPOP 1 with ar_cmd_opts.timeout_ms 200 -> the server's nil (%s)", MODE, r[1].str);
    th_ok(r[3].err == AR_ERR_TIMEOUT && maybe(&r[3]), "%s: deadline: control: GET behind a BLPOP, 200 ms -> AR_ERR_TIMEOUT (%s)", MODE, r[3].str);
    th_ok(r[3].seq < r[0].seq && r[3].seq < r[1].seq,
          "%s: deadline: the 200 ms deadline passed before the BLPOPs ended (order %d < %d, %d)", MODE, r[3].seq, r[0].seq, r[1].seq);
    th_ok(r[2].err == AR_ERR_TIMEOUT && maybe(&r[2]) && ez.disconnects >= 1 && ez.reason[0] == AR_ERR_TIMEOUT,
          "%s: deadline: control: its reset failed the BLPOP ahead of it, maybe-executed (%s)", MODE, r[2].str);
    th_ok(ea.disconnects == 0 && eb.disconnects == 0, "%s: deadline: no reset for the BLPOPs (%d %d)", MODE, ea.disconnects, eb.disconnects);
    settle_c(a); settle_c(b); settle_c(z);
    th_ok(all_once(r, 4), "%s: deadline: each callback exactly once", MODE);
    drop(a); drop(b); drop(z);

    /* (b) the server stops. s: BLPOP 1, buffer 300 -> AR_ERR_TIMEOUT and a
       reset; m: PING, 200 ms, fails first; g: BLPOP 0 (no deadline) and h:
       BLPOP 1 with a 60 s buffer are still waiting when s fails. */
    o = opts(srv.port, &es);
    o.request_timeout_ms = 200; o.read_timeout_ms = 200; o.blocking_timeout_buffer_ms = 300;
    o.client_name = "b2s";
    s = mk(&o);
    o = opts(srv.port, &eg);
    o.request_timeout_ms = 200; o.read_timeout_ms = 200; o.blocking_timeout_buffer_ms = 300;
    o.client_name = "b2g";
    g = mk(&o);
    o = opts(srv.port, &eh);
    o.request_timeout_ms = 200; o.read_timeout_ms = 200; o.blocking_timeout_buffer_ms = 60000;
    o.client_name = "b2h";
    h = mk(&o);
    o = opts(srv.port, &em);
    o.request_timeout_ms = 200;
    m = mk(&o);
    ok = s && g && h && m && ping_ok(s, 5000) && ping_ok(g, 5000) && ping_ok(h, 5000) && ping_ok(m, 5000);
    if (!th_ok(ok, "%s: deadline/stopped: clients connected", MODE)) { drop(s); drop(g); drop(h); drop(m); return; }
    th_server_sigstop(&srv);
    bsub(s, &q[0], "BLPOP b2:stop 1");
    bsub(g, &q[1], "BLPOP b2:stop2 0");
    bsub(h, &q[2], "BLPOP b2:stop3 1");
    bsub(m, &q[3], "PING");
    wait_recs(q, 1, 15000);
    th_ok(q[0].calls == 1 && q[0].err == AR_ERR_TIMEOUT && maybe(&q[0]),
          "%s: deadline/stopped: BLPOP 1 with a 300 ms buffer -> AR_ERR_TIMEOUT, maybe-executed (%s)", MODE, q[0].calls ? q[0].str : "nothing");
    th_ok(es.disconnects >= 1 && es.reason[0] == AR_ERR_TIMEOUT, "%s: deadline/stopped: the connection was reset (on_disconnect AR_ERR_TIMEOUT, %d)",
          MODE, es.disconnects);
    th_ok(q[3].calls == 1 && q[3].err == AR_ERR_TIMEOUT && q[3].seq < q[0].seq,
          "%s: deadline/stopped: the 200 ms PING failed first: the BLPOP outlived request/read timeouts (%s, order %d < %d)",
          MODE, q[3].calls ? q[3].str : "nothing", q[3].seq, q[0].seq);
    th_ok(q[1].calls == 0 && eg.disconnects == 0, "%s: deadline/stopped: BLPOP 0 (no deadline) still waiting, no reset", MODE);
    th_ok(q[2].calls == 0 && eh.disconnects == 0, "%s: deadline/stopped: BLPOP 1 with a 60 s buffer still waiting, no reset", MODE);
    th_server_sigcont(&srv);
    /* g's BLPOP 0 reaches the server after SIGCONT: once it blocks there,
       give it a value */
    th_ok(wait_blocked("b2g", "blpop", 1, 10000), "%s: deadline/stopped: after SIGCONT the BLPOP 0 blocks on the server", MODE);
    orc("RPUSH b2:stop2 late");
    wait_recs(q, 4, 10000);
    th_ok(q[1].calls == 1 && q[1].err == AR_OK && !strcmp(q[1].str, "[b2:stop2,late]"),
          "%s: deadline/stopped: after SIGCONT the BLPOP 0 gets the value (%s)", MODE, q[1].calls ? q[1].str : "nothing");
    th_ok(q[2].calls == 1 && q[2].err == AR_OK && q[2].type == AR_REPLY_NIL,
          "%s: deadline/stopped: the 60 s-buffer BLPOP 1 gets the server's nil (%s)", MODE, q[2].calls ? q[2].str : "nothing");
    th_ok(eg.disconnects == 0 && eh.disconnects == 0, "%s: deadline/stopped: g and h were never reset", MODE);
    th_ok(settle_c(s) && es.connects >= 2, "%s: deadline/stopped: s reconnected and works (%d connects)", MODE, es.connects);
    settle_c(g); settle_c(h); settle_c(m);
    th_ok(all_once(q, 4), "%s: deadline/stopped: each callback exactly once", MODE);
    th_is_cstr(orc("LLEN b2:stop"), ":0\r\n", "%s: deadline/stopped: nothing was pushed to b2:stop meanwhile", MODE);
    drop(s); drop(g); drop(h); drop(m);
}

/* ------------------------------------ 3. many waiters on one loop, and ticks */
typedef struct w_rec1 { const rec *r; } w_rec1;
static int c_rec1(void *a) { return ((w_rec1 *)a)->r->calls >= 1; }
static int c_ticks(void *a) { return g_ticks >= *(int *)a; }

static void test_many_waiters(void) {
    enum { N = 8 };
    evs e[N], ep;
    ar_client *w[N], *p;
    rec r[N], pr[N];
    char name[N][16], line[64];
    int i, j, ok = 1, early = 0, late = 0, order = 1, vals = 0, t0, t1, target, resets = 0;
    memset(r, 0, sizeof r);
    memset(pr, 0, sizeof pr);
    for (i = 0; i < N; i++) {
        snprintf(line, sizeof line, "DEL b3:k%d", i);
        orc(line);
        snprintf(name[i], sizeof name[i], "b3w%d", i);
        w[i] = mk_named(name[i], &e[i], &ok);
    }
    p = mk_named("b3p", &ep, &ok);
    if (!th_ok(ok, "%s: waiters: %d clients and a pusher connected", MODE, N)) {
        for (i = 0; i < N; i++) drop(w[i]);
        drop(p);
        return;
    }
    ticker_start();
    for (i = 0; i < N; i++) {
        snprintf(line, sizeof line, "BLPOP b3:k%d 0", i);
        bsub(w[i], &r[i], line);
    }
    th_ok(none_ran(r, N), "%s: waiters: nothing ran inside the submissions", MODE);
    t0 = g_ticks;
    th_ok(wait_blocked10("b3w", "blpop", N, 10000), "%s: waiters: the server shows all %d blocked", MODE, N);
    th_ok(none_ran(r, N), "%s: waiters: none answered yet", MODE);
    /* while all of them wait, the loop turns: 5 more ticks of the 10 ms timer */
    t1 = g_ticks;
    target = t1 + 5;
    ok = wait10(c_ticks, &target, 10000);
    th_ok(ok, "%s: waiters: the 10 ms timer kept firing while %d clients waited (%d ticks until all blocked, %d more after)",
          MODE, N, t1 - t0, g_ticks - t1);
    th_ok(none_ran(r, N) && srv_clients("b3w", 1, "blpop") == N, "%s: waiters: all %d still waiting (server and client)", MODE, N);
    /* push in reverse order: each completes when its key is pushed */
    for (i = N - 1; i >= 0; i--) {
        w_rec1 wr;
        snprintf(line, sizeof line, "RPUSH b3:k%d v%d", i, i);
        bsub(p, &pr[i], line);
        wr.r = &r[i];
        if (!wait10(c_rec1, &wr, 5000)) late++;
        for (j = 0; j < i; j++) if (r[j].calls) early++;
    }
    th_is_int(late, 0, "%s: waiters: every waiter completed after its push", MODE);
    th_is_int(early, 0, "%s: waiters: no waiter completed before its key was pushed", MODE);
    for (i = N - 1; i > 0; i--) if (!(r[i].seq < r[i - 1].seq)) order = 0;
    th_ok(order, "%s: waiters: completion order = push order (k7 first, k0 last)", MODE);
    for (i = 0; i < N; i++) {
        char want[32];
        snprintf(want, sizeof want, "[b3:k%d,v%d]", i, i);
        if (r[i].err == AR_OK && !strcmp(r[i].str, want)) vals++;
        resets += e[i].disconnects;
    }
    th_is_int(vals, N, "%s: waiters: each got its own key's value", MODE);
    ticker_stop();
    for (i = 0; i < N; i++) settle_c(w[i]);
    settle_c(p);
    th_ok(all_once(r, N) && all_once(pr, N), "%s: waiters: each callback exactly once", MODE);
    th_is_int(resets + ep.disconnects, 0, "%s: waiters: no connection was reset", MODE);
    for (i = 0; i < N; i++) drop(w[i]);
    drop(p);
}

/* ---------------------------------------------------- 4. head of line (RESP2) */
static void test_head_of_line(void) {
    evs ec, ep;
    ar_client *c, *p;
    rec r[3], pr[2], t[6];
    int ok = 1;
    memset(r, 0, sizeof r);
    memset(pr, 0, sizeof pr);
    memset(t, 0, sizeof t);
    orc("DEL b4:k b4:n b4:none b4:d");
    orc("SET b4:x gv");
    c = mk_named("b4h", &ec, &ok);
    p = mk_named("b4p", &ep, &ok);
    if (!th_ok(ok, "%s: head of line: clients connected", MODE)) { drop(c); drop(p); return; }
    bsub(c, &r[0], "BLPOP b4:k 0");
    bsub(c, &r[1], "INCR b4:n");
    bsub(c, &r[2], "GET b4:x");
    th_ok(r[0].rc == AR_OK && r[1].rc == AR_OK && r[2].rc == AR_OK && none_ran(r, 3),
          "%s: head of line: BLPOP 0, INCR, GET accepted on one client (no refusal by default)", MODE);
    th_ok(wait_blocked("b4h", "blpop", 1, 5000), "%s: head of line: the server shows the BLPOP blocked", MODE);
    /* a round trip on another client: the server had every chance to run them */
    settle_c(p);
    th_ok(none_ran(r, 3), "%s: head of line: INCR and GET behind the BLPOP wait (%d %d)", MODE, r[1].calls, r[2].calls);
    th_is_cstr(orc("GET b4:n"), "$-1\r\n", "%s: head of line: the server has not run the INCR behind the BLPOP", MODE);
    bsub(p, &pr[0], "RPUSH b4:k v");
    wait_recs(r, 3, 5000);
    th_ok(r[0].err == AR_OK && !strcmp(r[0].str, "[b4:k,v]"), "%s: head of line: BLPOP got the value (%s)", MODE, r[0].str);
    th_ok(r[1].err == AR_OK && !strcmp(r[1].str, ":1") && r[2].err == AR_OK && !strcmp(r[2].str, "gv"),
          "%s: head of line: then INCR -> 1 and GET -> gv (%s %s)", MODE, r[1].str, r[2].str);
    th_ok(r[0].seq < r[1].seq && r[1].seq < r[2].seq, "%s: head of line: replies in order BLPOP < INCR < GET (%d %d %d)",
          MODE, r[0].seq, r[1].seq, r[2].seq);

    /* inside MULTI a blocking command does not block: EXEC answers at once */
    bsub(c, &t[0], "MULTI");
    bsub(c, &t[1], "BLPOP b4:none 0");
    bsub(c, &t[2], "BLMOVE b4:none b4:d LEFT RIGHT 0");
    bsub(c, &t[3], "XREAD BLOCK 0 STREAMS b4:none $");
    bsub(c, &t[4], "GET b4:x");
    bsub(c, &t[5], "EXEC");
    wait_recs(t, 6, 5000);
    th_ok(!strcmp(t[0].str, "+OK") && !strcmp(t[1].str, "+QUEUED") && !strcmp(t[2].str, "+QUEUED") &&
          !strcmp(t[3].str, "+QUEUED") && !strcmp(t[4].str, "+QUEUED"),
          "%s: MULTI: the blocking commands are queued (%s %s %s %s %s)", MODE, t[0].str, t[1].str, t[2].str, t[3].str, t[4].str);
    /* RESP2 inside EXEC: BLPOP and XREAD give *-1, BLMOVE $-1 */
    th_is_cstr(t[5].str, "[nil*,nil,nil*,gv]", "%s: MULTI: EXEC answers without waiting: BLPOP nil*, BLMOVE nil, XREAD nil*, GET gv", MODE);
    settle_c(c);
    th_ok(all_once(r, 3) && all_once(t, 6) && pr[0].calls == 1, "%s: head of line: each callback exactly once", MODE);
    th_ok(ec.disconnects == 0 && ep.disconnects == 0, "%s: head of line: no reset", MODE);
    drop(c);
    drop(p);
}

/* ----------------------------------------------------------- 5. freeing */
static void test_free(void) {
    evs e1, e2, e3, e4, e5, ep;
    ar_client *c1, *c2, *c3, *c4, *c5, *p;
    rec a[3], b[2], x[1], y[3], n[2], pr[4];
    int ok = 1;
    memset(a, 0, sizeof a); memset(b, 0, sizeof b); memset(x, 0, sizeof x);
    memset(y, 0, sizeof y); memset(n, 0, sizeof n); memset(pr, 0, sizeof pr);
    memset(&A, 0, sizeof A);
    orc("DEL b6:k b6:k2 b6:kb b6:ka b6:kc b6:none b6:dst");
    orc("SET b6:x gv");
    p = mk_named("b6p", &ep, &ok);
    c1 = mk_named("b6a", &e1, &ok);
    if (!th_ok(ok, "%s: free: clients connected", MODE)) { drop(p); drop(c1); return; }

    /* (a) the client frees itself inside its BLPOP's callback; a BLPOP and a
       GET behind it fail AR_ERR_CLOSED, once, in order */
    bsub(c1, &a[0], "BLPOP b6:k 0");
    bsub(c1, &a[1], "BLPOP b6:k2 0");
    bsub(c1, &a[2], "GET b6:x");
    A.trigger = &a[0]; A.victim = c1;
    th_ok(wait_blocked("b6a", "blpop", 1, 5000) && none_ran(a, 3), "%s: free in callback: BLPOP blocked on the server, nothing answered", MODE);
    bsub(p, &pr[0], "RPUSH b6:k v");
    wait_recs(a, 3, 5000);
    th_ok(A.freed == 1 && a[0].err == AR_OK && !strcmp(a[0].str, "[b6:k,v]"), "%s: free in callback: BLPOP answered, freed in its callback (%s)", MODE, a[0].str);
    th_ok(a[1].err == AR_ERR_CLOSED && a[2].err == AR_ERR_CLOSED, "%s: free in callback: the BLPOP and GET behind it -> AR_ERR_CLOSED (%s, %s)", MODE, a[1].str, a[2].str);
    th_ok(a[0].seq < a[1].seq && a[1].seq < a[2].seq, "%s: free in callback: in submission order", MODE);
    th_ok(wait_gone("b6a", 5000), "%s: free in callback: the server saw the connection close", MODE);
    orc("RPUSH b6:k2 w");
    th_is_cstr(orc("LLEN b6:k2"), ":1\r\n", "%s: free in callback: nobody is left waiting on b6:k2 (the pushed value stays)", MODE);
    th_ok(all_once(a, 3), "%s: free in callback: each callback exactly once", MODE);

    /* (b) freed from outside while a BLPOP 0 waits: its callback and the one
       behind it run at once (inside ar_client_free) with AR_ERR_CLOSED */
    c2 = mk_named("b6b", &e2, &ok);
    if (!th_ok(ok, "%s: free while waiting: connected", MODE)) { drop(c2); drop(p); return; }
    bsub(c2, &b[0], "BLMOVE b6:kb b6:dst LEFT RIGHT 0");
    bsub(c2, &b[1], "GET b6:x");
    th_ok(wait_blocked("b6b", "blmove", 1, 5000) && none_ran(b, 2), "%s: free while waiting: BLMOVE blocked on the server", MODE);
    drop(c2);
    th_ok(b[0].calls == 1 && b[1].calls == 1 && b[0].err == AR_ERR_CLOSED && b[1].err == AR_ERR_CLOSED && b[0].seq < b[1].seq,
          "%s: free while waiting: both callbacks ran once with AR_ERR_CLOSED, in order (%s, %s)", MODE, b[0].str, b[1].str);
    th_ok(wait_gone("b6b", 5000), "%s: free while waiting: the server saw the connection close", MODE);
    orc("RPUSH b6:kb z");
    th_is_cstr(orc("LRANGE b6:kb 0 -1"), "*1\r\n$1\r\nz\r\n", "%s: free while waiting: the value pushed afterwards stays in b6:kb", MODE);
    run_for(30);
    th_ok(all_once(b, 2), "%s: free while waiting: still exactly once after more turns", MODE);

    /* (c) one client's BLPOP callback frees another client that waits in a
       BZPOPMIN with a GET behind it */
    c3 = mk_named("b6c", &e3, &ok);
    c4 = mk_named("b6d", &e4, &ok);
    if (!th_ok(ok, "%s: free another: connected", MODE)) { drop(c3); drop(c4); drop(p); return; }
    bsub(c3, &x[0], "BLPOP b6:ka 0");
    bsub(c4, &y[0], "BZPOPMIN b6:kc 0");
    bsub(c4, &y[1], "GET b6:x");
    A.trigger = &x[0]; A.victim = c4; A.freed = 0;
    th_ok(wait_blocked("b6c", "blpop", 1, 5000) && wait_blocked("b6d", "bzpopmin", 1, 5000), "%s: free another: both blocked on the server", MODE);
    bsub(p, &pr[1], "RPUSH b6:ka v");
    wait_recs(x, 1, 5000);
    wait_recs(y, 2, 5000);
    th_ok(A.freed == 1 && x[0].err == AR_OK && !strcmp(x[0].str, "[b6:ka,v]"), "%s: free another: the BLPOP answered (%s)", MODE, x[0].str);
    th_ok(y[0].err == AR_ERR_CLOSED && y[1].err == AR_ERR_CLOSED && x[0].seq < y[0].seq && y[0].seq < y[1].seq,
          "%s: free another: the freed client's BZPOPMIN and GET -> AR_ERR_CLOSED, in order (%s, %s)", MODE, y[0].str, y[1].str);
    th_ok(settle_c(c3), "%s: free another: the client that freed it still works", MODE);
    th_ok(wait_gone("b6d", 5000), "%s: free another: the server saw the connection close", MODE);
    th_ok(x[0].calls == 1 && all_once(y, 2), "%s: free another: each callback exactly once", MODE);
    drop(c3);

    /* (d) freed inside the callback of a BLPOP that timed out (nil) */
    c5 = mk_named("b6e", &e5, &ok);
    if (!th_ok(ok, "%s: free on nil: connected", MODE)) { drop(c5); drop(p); return; }
    bsub(c5, &n[0], "BLPOP b6:none 0.05");
    bsub(c5, &n[1], "BLPOP b6:none 0");
    A.trigger = &n[0]; A.victim = c5; A.freed = 0;
    wait_recs(n, 2, 5000);
    th_ok(A.freed == 1 && n[0].err == AR_OK && !strcmp(n[0].str, "nil*") && n[1].err == AR_ERR_CLOSED && n[0].seq < n[1].seq,
          "%s: free on nil: nil, then the BLPOP 0 behind it -> AR_ERR_CLOSED (%s, %s)", MODE, n[0].str, n[1].str);
    th_ok(wait_gone("b6e", 5000), "%s: free on nil: the server saw the connection close", MODE);
    run_for(30);
    th_ok(all_once(n, 2), "%s: free on nil: each callback exactly once", MODE);
    th_is_int(e1.nested + e2.nested + e3.nested + e4.nested + e5.nested + ep.nested, 0, "%s: free: no event fired inside a submission", MODE);
    memset(&A, 0, sizeof A);
    drop(p);
}

/* a BLPOP 0 still waiting when the driver (and with it the loop) goes away */
static rec g_left;
static ar_client *g_left_c;
static evs g_left_e;  /* outlives this function: the client is freed later, by drv_free */
static void leave_waiting(void) {
    evs *e = &g_left_e;
    int ok = 1;
    memset(&g_left, 0, sizeof g_left);
    orc("DEL b7:k");
    g_left_c = mk_named("b7", e, &ok);
    if (!th_ok(ok, "%s: left waiting: connected", MODE)) return;
    bsub(g_left_c, &g_left, "BLPOP b7:k 0");
    th_ok(wait_blocked("b7", "blpop", 1, 5000), "%s: left waiting: BLPOP 0 blocked on the server", MODE);
}
static void check_left(void) {
    if (!g_left_c) return;
    th_ok(g_left.calls == 1 && g_left.err == AR_ERR_CLOSED, "%s: left waiting: the driver's end freed the client: AR_ERR_CLOSED once (%d, %s)",
          MODE, g_left.calls, g_left.str);
    g_left_c = NULL;
}


/* Regressions. (1) XREADGROUP with a group named BLOCK and a consumer named
   5: the option walk skips GROUP's operands, so BLOCK 0 (forever) is the
   option, not "block 5 ms". (2) A blocking command queued behind another
   one on the same client: its clock starts when the one ahead ends (the
   server starts its wait only then), so BLPOP b 1 behind BLPOP a 0 gets the
   server's nil after the push to a, not AR_ERR_TIMEOUT. Both judged by
   outcome and order, with a 100 ms buffer that a wrong deadline breaks. */
static void test_blocking_regressions(void) {
    evs e;
    ar_options o = opts(srv.port, &e);
    ar_client *c;
    rec r[4];
    memset(r, 0, sizeof r);
    o.blocking_timeout_buffer_ms = 100;
    c = mk(&o);
    if (!th_ok(c && ping_ok(c, 5000), "%s: regressions: connected", MODE)) { drop(c); return; }
    orc("DEL rg:s rg:a rg:b");
    orc("XGROUP CREATE rg:s BLOCK $ MKSTREAM");
    bsub(c, &r[0], "XREADGROUP GROUP BLOCK 5 BLOCK 0 STREAMS rg:s >");
    th_ok(wait_blocked("", "xreadgroup", 1, 5000), "%s: regressions: XREADGROUP GROUP BLOCK 5 BLOCK 0 waits on the server", MODE);
    run_for(300); /* a 5 ms + 100 ms deadline would have fired by now */
    th_is_int(r[0].calls, 0, "%s: regressions: a group named BLOCK does not give it a 5 ms deadline", MODE);
    orc("XADD rg:s * f v");
    wait_recs(r, 1, 5000);
    th_ok(r[0].err == AR_OK && r[0].type == AR_REPLY_ARRAY && e.disconnects == 0,
          "%s: regressions: XREADGROUP got the entry, no reset (%s)", MODE, ar_strerror(r[0].err));
    bsub(c, &r[1], "BLPOP rg:a 0");
    bsub(c, &r[2], "BLPOP rg:b 1");
    th_ok(wait_blocked("", "blpop", 1, 5000), "%s: regressions: the first BLPOP waits", MODE);
    run_for(1300); /* past the second one's 1 s + 100 ms, counted from its submission */
    th_is_int(r[1].calls + r[2].calls, 0, "%s: regressions: the queued BLPOP 1 did not time out behind BLPOP 0", MODE);
    orc("RPUSH rg:a x");
    wait_recs(r + 1, 2, 10000);
    th_ok(r[1].err == AR_OK && !strcmp(r[1].str, "[rg:a,x]") && r[2].err == AR_OK && r[2].type == AR_REPLY_NIL && e.disconnects == 0,
          "%s: regressions: the first got its value, the second the server's nil (%s %s, %s %s, %d)", MODE,
          ar_strerror(r[1].err), r[1].str, ar_strerror(r[2].err), ar_reply_type_name(r[2].type), e.disconnects);
    drop(c);
}

static void test_refuse_behind_blocking(void);

static void run_mode(drv_mode m) {
    drv_init(&D, m);
    th_note("---- drive mode: %s", drv_names[m]);
    test_results();
    test_deadline();
    test_many_waiters();
    test_head_of_line();
    test_free();
    test_blocking_regressions();
    test_refuse_behind_blocking();
    leave_waiting();
    drv_free(&D);
    check_left();
    if (srv.stopped) th_server_sigcont(&srv);
}

int main(void) {
    th_watchdog(400);
    count_sigpipes();
    if (th_server_start(&srv, NULL) != 0) th_bail("cannot start redis-server");
    run_mode(DRV_LOOP);
    run_mode(DRV_HOOKS);
    run_mode(DRV_PUMP);
    th_is_int(g_violations, 0, "no callback ever ran inside a submitting call");
    th_is_int(g_sigpipes, 0, "the library never raised SIGPIPE");
    orc_close();
    th_server_stop(&srv);
    return th_done();
}

/* ------------------------------- 4b. refuse_behind_blocking (AR_ERR_MODE) */
/* o.refuse_behind_blocking = 1: while a blocking command is queued or in
   flight on the client, a non-blocking command is refused at the call with
   AR_ERR_MODE (its callback never runs; ar_client_errstr says a blocking
   command holds the connection); blocking commands are still accepted; once
   the blocking commands completed, ordinary ones are accepted again; inside
   MULTI a blocking command does not block, so it does not count. */
static int errstr_says_blocking(ar_client *c) {
    const char *s = ar_client_errstr(c);
    return s && strstr(s, "blocking") != NULL;
}

static void test_refuse_behind_blocking(void) {
    evs ec, ep;
    ar_options o;
    ar_client *c, *p;
    rec b[4], g[12], pr[4], t[5], ch, w[3];
    int ok = 1;
    memset(b, 0, sizeof b); memset(g, 0, sizeof g); memset(pr, 0, sizeof pr);
    memset(t, 0, sizeof t); memset(&ch, 0, sizeof ch); memset(w, 0, sizeof w);
    memset(&A, 0, sizeof A);
    orc("DEL b5:k b5:k2 b5:k3 b5:n b5:none b5:s b5:str");
    orc("SET b5:x gv");
    orc("SET b5:str notalist");
    p = mk_named("b5p", &ep, &ok);
    o = opts(srv.port, &ec);
    o.client_name = "b5r";
    o.blocking_timeout_buffer_ms = 1000;
    o.refuse_behind_blocking = 1;
    c = mk(&o);
    if (!th_ok(ok && c, "%s: refuse: clients created", MODE)) { drop(c); drop(p); return; }
    th_ok(ar_strerror(AR_ERR_MODE) && ar_strerror(AR_ERR_MODE)[0], "%s: refuse: AR_ERR_MODE has a description (%s)", MODE, ar_strerror(AR_ERR_MODE));

    /* queued: the client is still connecting; the BLPOP waits in the offline
       queue, and an ordinary command behind it is refused already */
    bsub(c, &b[0], "BLPOP b5:k 0");
    th_ok(b[0].rc == AR_OK, "%s: refuse: BLPOP accepted while connecting (%s)", MODE, ar_strerror(b[0].rc));
    g_argv = 0;
    bsub(c, &g[0], "INCR b5:n");
    th_ok(g[0].rc == AR_ERR_MODE && errstr_says_blocking(c),
          "%s: refuse: INCR behind a queued BLPOP -> AR_ERR_MODE at the call (%s; errstr \"%s\")", MODE, ar_strerror(g[0].rc), ar_client_errstr(c));

    /* in flight: blocked on the server */
    th_ok(wait_blocked("b5r", "blpop", 1, 5000), "%s: refuse: the BLPOP blocks on the server", MODE);
    g_argv = 1;
    bsub(c, &g[1], "INCR b5:n");
    g_argv = 0;
    th_ok(g[1].rc == AR_ERR_MODE && errstr_says_blocking(c), "%s: refuse: INCR (argv path) behind the BLPOP in flight -> AR_ERR_MODE (%s)",
          MODE, ar_strerror(g[1].rc));
    bsub(c, &g[2], "PING");
    bsub(c, &g[3], "XREAD STREAMS b5:s 0-0");   /* no BLOCK: an ordinary read */
    bsub_to(c, &g[4], 100, "GET b5:x");
    th_ok(g[2].rc == AR_ERR_MODE && g[3].rc == AR_ERR_MODE && g[4].rc == AR_ERR_MODE,
          "%s: refuse: PING, XREAD without BLOCK, GET with a per-command timeout -> AR_ERR_MODE (%s %s %s)",
          MODE, ar_strerror(g[2].rc), ar_strerror(g[3].rc), ar_strerror(g[4].rc));
    /* blocking commands are still accepted: they queue behind on the server */
    bsub(c, &b[1], "BLPOP b5:k2 0");
    bsub(c, &b[2], "XREAD BLOCK 0 STREAMS b5:s $");
    th_ok(b[1].rc == AR_OK && b[2].rc == AR_OK, "%s: refuse: another BLPOP and an XREAD BLOCK are accepted behind it (%s %s)",
          MODE, ar_strerror(b[1].rc), ar_strerror(b[2].rc));
    /* the first completes; the others still hold the connection */
    bsub(p, &pr[0], "RPUSH b5:k v1");
    wait_recs(b, 1, 5000);
    th_ok(b[0].err == AR_OK && !strcmp(b[0].str, "[b5:k,v1]"), "%s: refuse: first BLPOP answered (%s)", MODE, b[0].str);
    bsub(c, &g[5], "GET b5:x");
    th_ok(g[5].rc == AR_ERR_MODE, "%s: refuse: GET still refused while the second BLPOP and the XREAD BLOCK wait (%s)", MODE, ar_strerror(g[5].rc));
    th_ok(wait_blocked("b5r", "blpop", 1, 5000), "%s: refuse: the second BLPOP blocks on the server", MODE);
    bsub(p, &pr[1], "RPUSH b5:k2 v2");
    wait_recs(b + 1, 1, 5000);
    th_ok(wait_blocked("b5r", "xread", 1, 5000), "%s: refuse: then the XREAD BLOCK blocks on the server", MODE);
    bsub(c, &g[6], "GET b5:x");
    th_ok(g[6].rc == AR_ERR_MODE, "%s: refuse: GET refused while the XREAD BLOCK waits (%s)", MODE, ar_strerror(g[6].rc));
    /* a GET chained from the last blocking command's callback is accepted */
    A.chain_on = &b[2]; A.chain_client = c; A.chain_rec = &ch; A.chain_line = "GET b5:x";
    bsub(p, &pr[2], "XADD b5:s 9-1 f v");
    wait_recs(b + 2, 1, 5000);
    th_ok(b[1].err == AR_OK && !strcmp(b[1].str, "[b5:k2,v2]") && b[2].err == AR_OK && !strcmp(b[2].str, "[[b5:s,[[9-1,[f,v]]]]]"),
          "%s: refuse: the second BLPOP and the XREAD BLOCK answered (%s, %s)", MODE, b[1].str, b[2].str);
    th_ok(A.chain_client == NULL && A.chain_rc == AR_OK,
          "%s: refuse: a GET submitted from the last blocking command's callback is accepted (%s)", MODE, ar_strerror(A.chain_rc));
    wait_recs(&ch, 1, 5000);
    th_ok(ch.err == AR_OK && !strcmp(ch.str, "gv"), "%s: refuse: ... and answered (%s)", MODE, ch.str);
    /* nothing in flight: accepted again */
    bsub(c, &g[7], "INCR b5:n");
    th_ok(g[7].rc == AR_OK, "%s: refuse: INCR accepted once the blocking commands completed (%s)", MODE, ar_strerror(g[7].rc));
    wait_recs(g + 7, 1, 5000);
    th_ok(!strcmp(g[7].str, ":1"), "%s: refuse: INCR -> 1: none of the refused INCRs ran (%s)", MODE, g[7].str);

    /* a blocking command that ends with the server's nil or an error reply
       also releases the connection */
    bsub(c, &w[0], "BLPOP b5:none 0.05");
    wait_recs(w, 1, 5000);
    bsub(c, &g[8], "GET b5:x");
    th_ok(w[0].err == AR_OK && !strcmp(w[0].str, "nil*") && g[8].rc == AR_OK,
          "%s: refuse: after a BLPOP that timed out (nil), GET accepted (%s, %s)", MODE, w[0].str, ar_strerror(g[8].rc));
    bsub(c, &w[1], "BLPOP b5:str 0");
    wait_recs(w + 1, 1, 5000);
    bsub(c, &g[9], "GET b5:x");
    th_ok(!strncmp(w[1].str, "-WRONGTYPE", 10) && g[9].rc == AR_OK,
          "%s: refuse: after a BLPOP answered with an error (%s), GET accepted (%s)", MODE, w[1].str, ar_strerror(g[9].rc));

    /* inside MULTI a blocking command does not block: it does not count */
    bsub(c, &t[0], "MULTI");
    bsub(c, &t[1], "BLPOP b5:none 0");
    bsub(c, &t[2], "GET b5:x");
    bsub(c, &t[3], "EXEC");
    th_ok(t[0].rc == AR_OK && t[1].rc == AR_OK && t[2].rc == AR_OK && t[3].rc == AR_OK,
          "%s: refuse: MULTI, BLPOP 0, GET, EXEC all accepted (%s %s %s %s)", MODE,
          ar_strerror(t[0].rc), ar_strerror(t[1].rc), ar_strerror(t[2].rc), ar_strerror(t[3].rc));
    wait_recs(t, 4, 5000);
    th_is_cstr(t[3].str, "[nil*,gv]", "%s: refuse: EXEC -> [nil*,gv] without waiting", MODE);
    bsub(c, &g[10], "GET b5:x");
    th_ok(g[10].rc == AR_OK, "%s: refuse: GET accepted after the EXEC (%s)", MODE, ar_strerror(g[10].rc));

    wait_recs(g + 8, 1, 5000);
    wait_recs(g + 9, 1, 5000);
    wait_recs(g + 10, 1, 5000);
    settle_c(c);
    th_is_int(ec.disconnects + ep.disconnects, 0, "%s: refuse: no connection was reset so far", MODE);

    /* a blocking command failed by a reset (the server stopped: its
       deadline, 50 ms + the 1000 ms buffer, passes) releases the connection
       too; the GET accepted after it is answered after SIGCONT */
    th_server_sigstop(&srv);
    bsub(c, &w[2], "BLPOP b5:none 0.05");
    bsub(c, &g[11], "GET b5:x");
    th_ok(g[11].rc == AR_ERR_MODE, "%s: refuse/reset: GET refused behind the BLPOP (%s)", MODE, ar_strerror(g[11].rc));
    wait_recs(w + 2, 1, 10000);
    th_ok(w[2].err == AR_ERR_TIMEOUT && maybe(&w[2]) && ec.disconnects >= 1,
          "%s: refuse/reset: the BLPOP fails AR_ERR_TIMEOUT with a reset (%s, %d)", MODE, w[2].str, ec.disconnects);
    bsub(c, &t[4], "GET b5:x");
    th_ok(t[4].rc == AR_OK, "%s: refuse/reset: GET accepted after the failed BLPOP (%s)", MODE, ar_strerror(t[4].rc));
    th_server_sigcont(&srv);
    wait_recs(t + 4, 1, 10000);
    th_ok(t[4].err == AR_OK && !strcmp(t[4].str, "gv"), "%s: refuse/reset: ... answered after SIGCONT (%s)", MODE, t[4].str);
    settle_c(c);
    th_ok(none_ran(g, 7) && g[7].calls == 1 && g[8].calls == 1 && g[9].calls == 1 && g[10].calls == 1 && g[11].calls == 0,
          "%s: refuse: refused submissions never called back; accepted ones once", MODE);
    th_ok(all_once(b, 3) && all_once(w, 3) && all_once(t, 5) && ch.calls == 1, "%s: refuse: each accepted callback exactly once", MODE);
    memset(&A, 0, sizeof A);
    drop(c);
    drop(p);
}
