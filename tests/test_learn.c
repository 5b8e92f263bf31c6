/* tests/test_learn.c - learned commands (asyncredis.h manual, section 2,
   "Learned commands"): with key_prefix, a command the command table does
   not know is learned from the server (COMMAND INFO), once per connection,
   and prefixed exactly as the table would.

   The stand-in for a newer server's or a module's commands: this build
   tells the table to forget real commands of redis-server 7.0.15 with varied
   key specs (ASYNCREDIS_CMDTAB_FORGET, a runtime predicate here, so the test
   can also ask the table itself): HSET (index/range), ZUNIONSTORE (keynum),
   XREAD (keyword), EVAL (numkeys), BLPOP (blocking), ECHO (keyless),
   SPUBLISH (a shard channel), MIGRATE (incomplete key specs), RPUSHX,
   HINCRBY, LMOVE. Checked: the learner against the table for the same argv
   (getkeys, positions, prefixed argv), the client's wire order and callback
   order on first use (RPUSH of ids around held commands), the server's
   state, no allocation on second use, learn_max, a command the server does
   not know, unusable key specs, MULTI / pipelines / transactions, a
   blocking command ahead, learn_commands at connect, reconnects (the
   server killed between learn and use, and with a learn in flight: SIGSTOP
   then SIGKILL), a pool; under the three drive modes. */
#include "harness.h"
#include <ctype.h>
static int forget_on = 1;
static int test_forget(const char *s, size_t n);
#define ASYNCREDIS_CMDTAB_FORGET(s, n) test_forget(s, n)
#define ASYNCREDIS_IMPLEMENTATION
#include "../asyncredis_commands.h"
#include "drive.h"
#include "faultserver.h"

static const char *const forgotten[] = { "hset", "zunionstore", "xread", "eval", "blpop", "echo", "spublish",
                                         "migrate", "rpushx", "hincrby", "lmove", "getdel", "hdel", NULL };
static int test_forget(const char *s, size_t n) {
    int i;
    size_t k;
    if (!forget_on) return 0;
    for (i = 0; forgotten[i]; i++) {
        if (strlen(forgotten[i]) != n) continue;
        for (k = 0; k < n && tolower((unsigned char)s[k]) == forgotten[i][k]; k++) {}
        if (k == n) return 1;
    }
    return 0;
}

static th_server srv;
static drv D;

/* ------------------------------------------------------------ helpers */
typedef struct got { int n; int id[64]; ar_reply *r[64]; } got;
static void got_cb(ar_client *c, const ar_reply *r, void *ud);
static got G;
static void got_cb(ar_client *c, const ar_reply *r, void *ud) {
    (void)c;
    if (G.n < 64) { G.id[G.n] = (int)(size_t)ud; G.r[G.n] = ar_reply_dup(r, NULL); }
    G.n++;
}
static int got_want;
static int got_ge(void *a) { (void)a; return G.n >= got_want; }
static void got_reset(void) { int i; for (i = 0; i < G.n && i < 64; i++) ar_reply_free(G.r[i]); memset(&G, 0, sizeof G); }
static int wait_n(int n) { got_want = n; return drv_run_until(&D, got_ge, NULL, 8000); }
/* the callbacks ran in the order 1, 2, ..., n */
static int in_order(int n) {
    int i;
    if (G.n != n) return 0;
    for (i = 0; i < n; i++) if (G.id[i] != i + 1) return 0;
    return 1;
}
#define ID(i) ((void *)(size_t)(i))

static void raw(char *buf, size_t sz, int argc, const char **argv) { th_raw_command(srv.port, buf, sz, argc, argv); }
static long long raw_int(int argc, const char **argv) {
    char buf[256]; long long v = -12345;
    if (th_raw_command(srv.port, buf, sizeof buf, argc, argv) > 0) th_reply_int(buf, &v);
    return v;
}
static int raw_exists(const char *k) { const char *a[] = { "EXISTS", k }; return (int)raw_int(2, a); }
static void flushall(void) { char b[64]; const char *a[] = { "FLUSHALL" }; raw(b, sizeof b, 1, a); }

/* a reply from the server as an ar_reply (owned copy), via the raw client */
static ar_reply *raw_reply(int argc, const char **argv) {
    static char buf[1 << 16];
    int n = th_raw_command(srv.port, buf, sizeof buf, argc, argv);
    ar_parser *p;
    const ar_reply *r;
    ar_reply *out = NULL;
    if (n <= 0) return NULL;
    p = ar_parser_new(NULL, NULL);
    if (ar_parser_feed(p, buf, (size_t)n) == AR_OK && ar_parser_next(p, &r) == AR_PARSE_REPLY) out = ar_reply_dup(r, NULL);
    ar_parser_free(p);
    return out;
}
static ar_reply *parse(const char *resp) {
    ar_parser *p = ar_parser_new(NULL, NULL);
    const ar_reply *r;
    ar_reply *out = NULL;
    if (ar_parser_feed(p, resp, strlen(resp)) == AR_OK && ar_parser_next(p, &r) == AR_PARSE_REPLY) out = ar_reply_dup(r, NULL);
    ar_parser_free(p);
    return out;
}

/* the list's elements joined with ',' */
static void raw_list(const char *key, char *out, size_t outsz) {
    ar_reply *r;
    const char *a[] = { "LRANGE", key, "0", "-1" };
    size_t i, w = 0;
    out[0] = 0;
    r = raw_reply(4, a);
    if (!r || r->type != AR_REPLY_ARRAY) { ar_reply_free(r); return; }
    for (i = 0; i < r->elements && w + r->element[i].len + 2 < outsz; i++) {
        if (i) out[w++] = ',';
        memcpy(out + w, r->element[i].str, r->element[i].len);
        w += r->element[i].len;
    }
    out[w] = 0;
    ar_reply_free(r);
}

/* ---------------------------------------------- 1. the learner alone */
/* argv cases: each with the table's answer (forget off) against the
   learned command's (from the server's COMMAND INFO) */
typedef struct kcase { int argc; const char *argv[12]; } kcase;
static const kcase kcases[] = {
    { 4, { "HSET", "h", "f", "v" } },
    { 6, { "HSET", "h", "f", "v", "f2", "v2" } },
    { 6, { "ZUNIONSTORE", "dst", "2", "a", "b", "AGGREGATE" } },
    { 7, { "ZUNIONSTORE", "dst", "2", "a", "b", "WEIGHTS", "1" } },
    { 6, { "XREAD", "COUNT", "2", "STREAMS", "s1", "0" } },
    { 8, { "XREAD", "BLOCK", "10", "STREAMS", "s1", "s2", "0", "0" } },
    { 6, { "EVAL", "return 1", "2", "k1", "k2", "arg" } },
    { 3, { "EVAL", "return 1", "0" } },
    { 4, { "BLPOP", "q1", "q2", "0" } },
    { 2, { "ECHO", "hello" } },
    { 3, { "SPUBLISH", "chan", "msg" } },
    { 5, { "LMOVE", "src", "dst", "LEFT", "RIGHT" } },
    { 3, { "RPUSHX", "l", "x" } },
};

static void learned_of(const char *name, ar_cmdtab_learned *lc, int *rc, const char **why) {
    const char *a[] = { "COMMAND", "INFO", name };
    ar_reply *r = raw_reply(3, a);
    size_t need = 0;
    memset(lc, 0, sizeof *lc);
    *rc = -100;
    if (!r || r->type != AR_REPLY_ARRAY || r->elements != 1) { ar_reply_free(r); return; }
    *rc = ar_cmdtab_learn(&r->element[0], NULL, 0, &need, why);
    if (*rc == AR_CMDTAB_ECAPACITY && need == sizeof *lc) *rc = ar_cmdtab_learn(&r->element[0], lc, need, &need, why);
    ar_reply_free(r);
}

static void test_learner(void) {
    size_t i;
    for (i = 0; i < sizeof kcases / sizeof kcases[0]; i++) {
        const kcase *k = &kcases[i];
        ar_cmdtab_learned lc;
        const ar_cmdtab_cmd *tc;
        int rc, tpos[16], lpos[16], tn, ln, j, same;
        unsigned tf[16], lf[16], tr[16], lr[16];
        const char *why = NULL;
        learned_of(k->argv[0], &lc, &rc, &why);
        if (!th_ok(rc == 0, "learner: COMMAND INFO %s learned (%s)", k->argv[0], why ? why : "ok")) continue;
        forget_on = 1;
        th_ok(ar_cmdtab_lookup_argv(k->argc, k->argv, NULL) == NULL, "learner: the table forgot %s", k->argv[0]);
        forget_on = 0;
        tc = ar_cmdtab_lookup_argv(k->argc, k->argv, NULL);
        tn = ar_cmdtab_getkeys(tc, k->argc, k->argv, NULL, tpos, tf, 16);
        ln = ar_cmdtab_getkeys(&lc.cmd, k->argc, k->argv, NULL, lpos, lf, 16);
        same = tn == ln;
        for (j = 0; same && j < tn; j++) same = tpos[j] == lpos[j] && tf[j] == lf[j];
        th_ok(same && tn >= 0, "learner: %s %s...: getkeys as the table (%d keys, learned %d)", k->argv[0], k->argv[1], tn, ln);
        tn = ar_cmdtab_prefix_positions(tc, "app:", 4, 0, k->argc, k->argv, NULL, tpos, tr, 16, NULL);
        ln = ar_cmdtab_prefix_positions(&lc.cmd, "app:", 4, 0, k->argc, k->argv, NULL, lpos, lr, 16, NULL);
        same = tn == ln;
        for (j = 0; same && j < tn; j++) same = tpos[j] == lpos[j] && tr[j] == lr[j];
        th_ok(same && tn >= 0, "learner: %s %s...: prefix positions as the table (%d)", k->argv[0], k->argv[1], tn);
    }
    forget_on = 1;
    /* what cannot be learned, or prefixed once learned */
    {
        ar_cmdtab_learned lc;
        int rc, n;
        const char *why = NULL;
        const char *mig[] = { "MIGRATE", "h", "6379", "k", "0", "1000" };
        ar_reply *r;
        size_t need = 0;
        learned_of("nosuchcommand", &lc, &rc, &why);
        th_ok(rc == AR_CMDTAB_EUNKNOWN && why && strstr(why, "does not know"), "learner: nil -> unknown (%s)", why ? why : "");
        learned_of("config", &lc, &rc, &why);
        th_ok(rc == AR_CMDTAB_EUNDETERMINED && why && strstr(why, "subcommands"), "learner: a container is refused (%s)", why ? why : "");
        learned_of("migrate", &lc, &rc, &why);
        {
            int pos[8];
            n = ar_cmdtab_getkeys(&lc.cmd, 6, mig, NULL, pos, NULL, 8);
        }
        th_ok(rc == 0 && n == AR_CMDTAB_EUNDETERMINED, "learner: MIGRATE learned, its incomplete key specs refused (%d)", n);
        /* synthetic replies: begin_search unknown; movablekeys without specs; too many specs; Redis 6 shape */
        r = parse("*1\r\n*10\r\n$3\r\nfoo\r\n:-2\r\n*1\r\n+write\r\n:0\r\n:0\r\n:0\r\n*0\r\n*0\r\n"
                  "*1\r\n*6\r\n$5\r\nflags\r\n*1\r\n+RW\r\n$12\r\nbegin_search\r\n*4\r\n$4\r\ntype\r\n$7\r\nunknown\r\n$4\r\nspec\r\n*0\r\n"
                  "$9\r\nfind_keys\r\n*4\r\n$4\r\ntype\r\n$5\r\nrange\r\n$4\r\nspec\r\n*6\r\n$7\r\nlastkey\r\n:0\r\n$7\r\nkeystep\r\n:1\r\n$5\r\nlimit\r\n:0\r\n"
                  "*0\r\n");
        memset(&lc, 0, sizeof lc);
        rc = r ? ar_cmdtab_learn(&r->element[0], &lc, sizeof lc, &need, &why) : -100;
        {
            const char *fa[] = { "foo", "k" };
            n = ar_cmdtab_getkeys(&lc.cmd, 2, fa, NULL, NULL, NULL, 0);
        }
        th_ok(rc == 0 && lc.specs[0].bs_type == AR_CMDTAB_BS_UNKNOWN && n == AR_CMDTAB_EUNDETERMINED,
              "learner: begin_search \"unknown\" learned, its keys refused (%d)", n);
        ar_reply_free(r);
        r = parse("*10\r\n$3\r\nfoo\r\n:-2\r\n*1\r\n+movablekeys\r\n:0\r\n:0\r\n:0\r\n*0\r\n*0\r\n*0\r\n*0\r\n");
        rc = r ? ar_cmdtab_learn(r, &lc, sizeof lc, &need, &why) : -100;
        th_ok(rc == AR_CMDTAB_EUNDETERMINED && why && strstr(why, "own"), "learner: movablekeys without key specs refused (%s)", why ? why : "");
        ar_reply_free(r);
        {
            char big[4096];
            int w = snprintf(big, sizeof big, "*10\r\n$3\r\nfoo\r\n:-2\r\n*0\r\n:1\r\n:1\r\n:1\r\n*0\r\n*0\r\n*9\r\n"), i;
            for (i = 0; i < 9; i++) w += snprintf(big + w, sizeof big - (size_t)w, "*0\r\n");
            snprintf(big + w, sizeof big - (size_t)w, "*0\r\n");
            r = parse(big);
        }
        rc = r ? ar_cmdtab_learn(r, &lc, sizeof lc, &need, &why) : -100;
        th_ok(rc == AR_CMDTAB_EUNDETERMINED && why && strstr(why, "AR_CMDTAB_LEARN_SPECS"), "learner: 9 key specs: over the bound (%s)", why ? why : "");
        ar_reply_free(r);
        r = parse("*7\r\n$3\r\nfoo\r\n:-2\r\n*0\r\n:1\r\n:1\r\n:1\r\n*0\r\n");
        rc = r ? ar_cmdtab_learn(r, &lc, sizeof lc, &need, &why) : -100;
        th_ok(rc == AR_CMDTAB_EINVALID && why && strstr(why, "Redis 7"), "learner: a Redis 6 reply (no key specs) refused (%s)", why ? why : "");
        ar_reply_free(r);
    }
}

/* ------------------------------------------- 2. the client, one mode */
static long n_alloc, n_realloc, n_free;
static void *c_alloc(size_t n, void *u) { (void)u; n_alloc++; return malloc(n); }
static void *c_realloc(void *p, size_t n, void *u) { (void)u; n_realloc++; return realloc(p, n); }
static void c_free(void *p, void *u) { (void)u; if (p) n_free++; free(p); }

static int connects;
static void on_connect(ar_client *c, void *d) { (void)c; (void)d; connects++; }
static int connected_again(void *a) { return connects >= *(int *)a; }
static int never(void *a) { (void)a; return 0; }

static void on_msg(ar_client *c, ar_sub *s, const ar_message *m, void *ud) { (void)c; (void)s; (void)m; (void)ud; }
static int ntr;
static char tr_seen[128];
static void on_trace(ar_client *c, const ar_trace *t, void *d) {
    (void)c; (void)d;
    ntr++;
    if (strcmp(t->command, "HSET") == 0 && t->statement_len < sizeof tr_seen) {
        memcpy(tr_seen, t->statement, t->statement_len);
        tr_seen[t->statement_len] = 0;
    }
}
static void base_opts(ar_options *o) {
    memset(o, 0, sizeof *o);
    o->port = srv.port;
    o->key_prefix = "app:";
    o->prefixer_learned = ar_cmdtab_prefix_learned;
    o->learner = ar_cmdtab_learn;
    o->on_connect = on_connect;
    o->reconnect_delay_ms = 20;
    o->reconnect_delay_max_ms = 50;
}

/* the client's prefixer (what it learned) against the table's (forget off), same argv */
static void same_as_table(ar_client *c, const char *m) {
    size_t i;
    int all = 1, bad = -1;
    for (i = 0; i < sizeof kcases / sizeof kcases[0]; i++) {
        const kcase *k = &kcases[i];
        const char *to[12], *lo[12], *why = NULL;
        size_t tl[12], ll[12], need;
        char tb[512], lb[512];
        int tn, ln, j, same;
        if (!ar_cmdtab_learned_lookup(ar_client_learned(c), k->argv[0], (size_t)-1)) continue; /* not learned (yet) */
        forget_on = 1;
        ln = ar_cmdtab_prefix_learned(ar_client_learned(c), "app:", 4, 0, k->argc, k->argv, NULL, lo, ll, lb, sizeof lb, &need, &why);
        forget_on = 0;
        tn = ar_cmdtab_prefix_argv("app:", 4, 0, k->argc, k->argv, NULL, to, tl, tb, sizeof tb, &need, NULL);
        forget_on = 1;
        same = tn == ln && tn >= 0;
        for (j = 0; same && j < k->argc; j++) same = tl[j] == ll[j] && memcmp(to[j], lo[j], tl[j]) == 0;
        if (!same) { all = 0; bad = (int)i; }
    }
    th_ok(all, "%s: every learned command prefixed by the client's prefixer exactly as the table would%s%s", m,
          bad >= 0 ? ": differs for " : "", bad >= 0 ? kcases[bad].argv[0] : "");
}

static void run_mode(drv_mode mode) {
    const char *m = drv_names[mode];
    ar_options o;
    ar_client *c;
    const char *why = NULL;
    char buf[256];
    int rc, want;
    ar_stats s0, s1;
    flushall();
    connects = 0;
    drv_init(&D, mode);
    base_opts(&o);
    c = drv_client(&D, &o, &why);
    if (!th_ok(c != NULL, "%s: client with learning (%s)", m, why ? why : "ok")) return;
    got_reset();

    /* first use: held in order. RPUSHX (learned) appends between known RPUSHes */
    ar_command(c, got_cb, ID(1), "RPUSH log a");
    rc = ar_command(c, got_cb, ID(2), "RPUSHX log b");
    th_is_int(rc, AR_OK, "%s: an unknown command is accepted (to be learned)", m);
    ar_command(c, got_cb, ID(3), "RPUSH log c");
    ar_command(c, got_cb, ID(4), "RPUSHX log d");          /* same name: waits for the same learn */
    ar_command(c, got_cb, ID(5), "HSET h f v");            /* another learn, behind */
    ar_command(c, got_cb, ID(6), "RPUSH log e");
    ar_command(c, got_cb, ID(7), "HSET h g w");
    ar_command(c, got_cb, ID(8), "RPUSH log f");
    th_ok(wait_n(8), "%s: 8 callbacks", m);
    th_ok(in_order(8), "%s: callbacks in submission order", m);
    raw_list("app:log", buf, sizeof buf);
    th_is_cstr(buf, "a,b,c,d,e,f", "%s: the server ran them in submission order (wire order held)", m);
    th_ok(raw_exists("app:h") == 1 && raw_exists("h") == 0, "%s: HSET (learned) wrote app:h", m);
    th_ok(G.r[1] && G.r[1]->type == AR_REPLY_INTEGER && G.r[1]->integer == 2 && G.r[4] && G.r[4]->integer == 1,
          "%s: the learned commands' replies (RPUSHX 2, HSET 1)", m);
    got_reset();

    /* the other stand-ins, in one go */
    {
        const char *px[] = { "XADD", "app:s", "1-1", "f", "v" };
        const char *pl[] = { "RPUSH", "app:q", "x" };
        raw(buf, sizeof buf, 5, px);
        raw(buf, sizeof buf, 3, pl);
    }
    ar_command(c, got_cb, ID(1), "ZUNIONSTORE dst 1 z");
    ar_command(c, got_cb, ID(2), "XREAD COUNT 1 STREAMS s 0");
    ar_command(c, got_cb, ID(3), "EVAL %s 2 k1 k2 arg", "return {KEYS[1], KEYS[2], ARGV[1]}");
    ar_command(c, got_cb, ID(4), "ECHO hello");
    ar_command(c, got_cb, ID(5), "SPUBLISH chan msg");
    ar_command(c, got_cb, ID(6), "LMOVE log log2 LEFT RIGHT");
    ar_command(c, got_cb, ID(7), "BLPOP q 1");  /* last: a learn behind a blocking command is refused (below) */
    if (!wait_n(7) || !in_order(7)) { int i; for (i = 0; i < G.n; i++) th_diag("cb %d: id %d err %d type %d %s", i, G.id[i], G.r[i]->err, G.r[i]->type, G.r[i]->str ? G.r[i]->str : ""); }
    th_ok(in_order(7), "%s: ZUNIONSTORE, XREAD, EVAL, BLPOP, ECHO, SPUBLISH, LMOVE learned, in order", m);
    th_ok(G.r[1] && G.r[1]->type == AR_REPLY_ARRAY && G.r[1]->elements == 1 && G.r[1]->element[0].element[0].len == 5 &&
          memcmp(G.r[1]->element[0].element[0].str, "app:s", 5) == 0, "%s: XREAD STREAMS s read app:s (keyword spec)", m);
    th_ok(G.r[2] && G.r[2]->type == AR_REPLY_ARRAY && G.r[2]->elements == 3 && strcmp(G.r[2]->element[0].str, "app:k1") == 0 &&
          strcmp(G.r[2]->element[1].str, "app:k2") == 0 && strcmp(G.r[2]->element[2].str, "arg") == 0,
          "%s: EVAL: exactly numkeys keys prefixed (keynum spec)", m);
    th_ok(G.r[6] && G.r[6]->type == AR_REPLY_ARRAY && G.r[6]->elements == 2 && strcmp(G.r[6]->element[0].str, "app:q") == 0,
          "%s: BLPOP (learned, blocking) popped app:q", m);
    th_ok(G.r[3] && G.r[3]->type == AR_REPLY_STRING && strcmp(G.r[3]->str, "hello") == 0, "%s: ECHO (keyless) untouched", m);
    th_ok(G.r[4] && G.r[4]->type == AR_REPLY_INTEGER && G.r[5] && G.r[5]->type == AR_REPLY_STRING &&
          raw_exists("app:log2") == 1 && raw_exists("app:dst") == 0, "%s: SPUBLISH answered; LMOVE moved into app:log2", m);
    same_as_table(c, m);
    got_reset();

    /* second use: prefixed at the call, no allocation (after a warm-up) */
    {
        ar_allocator al;
        ar_client *c2;
        int i;
        long a0;
        base_opts(&o);
        al.alloc = c_alloc; al.realloc = c_realloc; al.free = c_free; al.user = NULL;
        o.allocator = &al;
        c2 = drv_client(&D, &o, &why);
        for (i = 0; i < 60; i++) ar_command(c2, got_cb, ID(i + 1), "HSET big f%d v", i);
        if (!wait_n(60) || !in_order(60)) { for (i = 0; i < G.n && i < 64; i++) th_diag("cb %d: id %d err %d type %d %s", i, G.id[i], G.r[i]->err, G.r[i]->type, G.r[i]->str ? G.r[i]->str : ""); }
        th_ok(in_order(60), "%s: 60 HSETs (the first learns it, the others wait for the same learn)", m);
        got_reset();
        for (i = 0; i < 100; i++) ar_command(c2, NULL, NULL, "HSET big f%d v", i);
        ar_command(c2, got_cb, ID(1), "PING");
        wait_n(1);
        got_reset();
        a0 = n_alloc + n_realloc + n_free;
        for (i = 0; i < 100; i++) ar_command(c2, NULL, NULL, "HSET big f%d w", i);
        ar_command(c2, got_cb, ID(1), "PING");
        th_ok(wait_n(1), "%s: 100 more HSETs answered", m);
        th_is_int(n_alloc + n_realloc + n_free - a0, 0, "%s: a learned command costs no allocation once learned", m);
        got_reset();
        ar_client_free(c2); drv_forget(&D, c2);
    }

    /* a command the server does not know: fails typed, in its turn; what follows goes on */
    ar_client_stats(c, &s0);
    ar_command(c, got_cb, ID(1), "RPUSH log2 g");
    rc = ar_command(c, got_cb, ID(2), "NOSUCHCMD k");
    th_is_int(rc, AR_OK, "%s: NOSUCHCMD accepted (to be learned)", m);
    ar_command(c, got_cb, ID(3), "RPUSH log2 h");
    th_ok(wait_n(3) && in_order(3), "%s: callbacks in order around the unknown command", m);
    th_ok(G.r[1] && G.r[1]->err == AR_ERR_PREFIX && strstr(G.r[1]->str, "does not know") && !(G.r[1]->flags & AR_REPLY_F_MAYBE_EXECUTED),
          "%s: NOSUCHCMD fails with AR_ERR_PREFIX, never sent (%s)", m, G.r[1] ? G.r[1]->str : "");
    th_ok(G.r[2] && G.r[2]->type == AR_REPLY_INTEGER && G.r[2]->integer == 3, "%s: the command behind it ran", m);
    rc = ar_command(c, got_cb, ID(9), "NOSUCHCMD k");
    th_ok(rc == AR_ERR_PREFIX && strstr(ar_client_errstr(c), "NOSUCHCMD"), "%s: once known unknown: refused at the call (%s)", m,
          ar_client_errstr(c));
    got_reset();
    /* learned, but its key specs do not locate the keys (MIGRATE: incomplete) */
    ar_command(c, got_cb, ID(1), "MIGRATE 127.0.0.1 1 k 0 10");
    ar_command(c, got_cb, ID(2), "RPUSH log2 i");
    th_ok(wait_n(2) && in_order(2) && G.r[0]->err == AR_ERR_PREFIX && strstr(G.r[0]->str, "key specs"),
          "%s: MIGRATE (incomplete key specs) fails AR_ERR_PREFIX in its turn (%s)", m, G.n ? G.r[0]->str : "");
    rc = ar_command(c, got_cb, ID(9), "MIGRATE 127.0.0.1 1 k 0 10");
    th_is_int(rc, AR_ERR_PREFIX, "%s: and is refused at the call from then on", m);
    got_reset();
    ar_client_stats(c, &s1);

    /* MULTI: a learned command inside is fine; an unlearned one is refused, naming learn_commands */
    ar_command(c, got_cb, ID(1), "MULTI");
    rc = ar_command(c, got_cb, ID(2), "HSET h2 f v");
    th_is_int(rc, AR_OK, "%s: learned HSET inside MULTI", m);
    rc = ar_command(c, got_cb, ID(9), "HINCRBY h2 n 1");
    th_ok(rc == AR_ERR_MODE && strstr(ar_client_errstr(c), "o.learn_commands"), "%s: unlearned HINCRBY inside MULTI refused (%s)",
          m, ar_client_errstr(c));
    ar_command(c, got_cb, ID(3), "EXEC");
    th_ok(wait_n(3) && in_order(3) && G.r[2]->type == AR_REPLY_ARRAY && raw_exists("app:h2") == 1, "%s: the MULTI ran", m);
    got_reset();
    /* transactions and pipelines: an unknown command is learned before the
       unit (queued unprefixed; the unit held whole until the answer) */
    {
        ar_tx *t = ar_tx_new(c, NULL);
        ar_pipeline *p = ar_pipeline_new(c, NULL), *p2 = ar_pipeline_new(c, NULL), *p3;
        ar_command(c, got_cb, ID(1), "RPUSH log4 a");
        th_is_int(ar_tx_command(t, "HSET h3 f v"), AR_OK, "%s: ar_tx with a learned command", m);
        th_is_int(ar_tx_command(t, "HINCRBY h3 n 1"), AR_OK, "%s: ar_tx queues an unlearned one", m);
        ar_tx_command(t, "RPUSH log4 b");
        th_is_int(ar_tx_exec(t, got_cb, ID(2)), AR_OK, "%s: ar_tx_exec (learns HINCRBY before MULTI)", m);
        ar_command(c, got_cb, ID(3), "RPUSH log4 c");
        ar_pipeline_command(p, "GETDEL gd");
        ar_pipeline_command(p, "RPUSH log4 d");
        th_is_int(ar_pipeline_exec(p, got_cb, ID(4)), AR_OK, "%s: a pipeline with an unlearned command", m);
        ar_pipeline_command(p2, "RPUSH log4 x");
        ar_pipeline_command(p2, "NOSUCHCMD2 k");
        th_is_int(ar_pipeline_exec(p2, got_cb, ID(5)), AR_OK, "%s: a pipeline with a command the server does not know", m);
        ar_command(c, got_cb, ID(6), "RPUSH log4 e");
        th_ok(wait_n(6) && in_order(6), "%s: six callbacks in submission order", m);
        th_ok(G.r[1] && G.r[1]->type == AR_REPLY_ARRAY && G.r[1]->elements == 3 && G.r[1]->element[1].type == AR_REPLY_INTEGER,
              "%s: the transaction ran, HINCRBY in it", m);
        {
            const char *a[] = { "HGET", "app:h3", "n" };
            ar_reply *r = raw_reply(3, a);
            th_ok(r && r->type == AR_REPLY_STRING && strcmp(r->str, "1") == 0, "%s: HINCRBY wrote app:h3", m);
            ar_reply_free(r);
        }
        th_ok(G.r[3] && G.r[3]->type == AR_REPLY_ARRAY && G.r[3]->elements == 2 && G.r[3]->element[0].type == AR_REPLY_NIL,
              "%s: the pipeline ran, GETDEL (learned) in it", m);
        th_ok(G.r[4] && G.r[4]->err == AR_ERR_PREFIX && strstr(G.r[4]->str, "does not know"),
              "%s: the pipeline with the unknown command fails whole, AR_ERR_PREFIX (%s)", m, G.r[4] ? G.r[4]->str : "");
        raw_list("app:log4", buf, sizeof buf);
        th_is_cstr(buf, "a,b,c,d,e", "%s: on the server in order, and nothing of the failed pipeline ran", m);
        p3 = ar_pipeline_new(c, NULL);
        rc = ar_pipeline_command(p3, "NOSUCHCMD2 k");
        th_ok(rc == AR_ERR_PREFIX && strstr(ar_client_errstr(c), "does not know"), "%s: then refused when queued (%s)", m,
              ar_client_errstr(c));
        ar_pipeline_discard(p3);
        got_reset();
    }
    /* a transaction with a command the server does not know fails whole,
       never sent; the WATCH before it ends as EXEC would have ended it */
    {
        ar_tx *t = ar_tx_new(c, NULL);
        const char *a[] = { "SET", "app:wk", "2" };
        ar_command(c, got_cb, ID(1), "WATCH wk");
        ar_tx_command(t, "SET wk 1");
        ar_tx_command(t, "NOSUCHCMD3 x");
        th_is_int(ar_tx_exec(t, got_cb, ID(2)), AR_OK, "%s: ar_tx_exec with NOSUCHCMD3", m);
        th_ok(wait_n(2) && in_order(2) && G.r[1]->err == AR_ERR_PREFIX && raw_exists("app:wk") == 0,
              "%s: the transaction failed AR_ERR_PREFIX, nothing of it ran (%s)", m, G.n > 1 ? G.r[1]->str : "");
        raw(buf, sizeof buf, 3, a); /* the key the WATCH was on changes */
        ar_command(c, got_cb, ID(3), "MULTI");
        ar_command(c, got_cb, ID(4), "SET wk 3");
        ar_command(c, got_cb, ID(5), "EXEC");
        th_ok(wait_n(5) && in_order(5) && G.r[4]->type == AR_REPLY_ARRAY, "%s: no WATCH left on the server: the next EXEC ran", m);
        got_reset();
    }
    /* a blocking command ahead: a new learn is refused (it would wait behind it) */
    ar_command(c, got_cb, ID(1), "BRPOP nothing 1");
    rc = ar_command(c, got_cb, ID(9), "HDEL h3 f");
    th_ok(rc == AR_ERR_MODE && strstr(ar_client_errstr(c), "blocking"), "%s: learn refused behind BRPOP (%s)", m, ar_client_errstr(c));
    rc = ar_command(c, got_cb, ID(2), "HSET h3 g v");
    th_is_int(rc, AR_OK, "%s: a learned command behind BRPOP is fine", m);
    th_ok(wait_n(2) && in_order(2), "%s: BRPOP timed out, then HSET", m);
    got_reset();

    /* traced: the held command's statement is the one sent (prefixed) */
    {
        ar_client *c4;
        base_opts(&o);
        o.on_trace = on_trace;
        c4 = drv_client(&D, &o, &why);
        ntr = 0; tr_seen[0] = 0;
        ar_command(c4, got_cb, ID(1), "HSET tr f v");
        th_ok(wait_n(1) && in_order(1), "%s: traced HSET answered", m);
        th_is_cstr(tr_seen, "HSET app:tr f v", "%s: its trace shows it as sent, prefixed (%d traces)", m, ntr);
        got_reset();
        ar_client_free(c4); drv_forget(&D, c4);
    }

    /* subscribed: only PING and QUIT, so no learn either */
    {
        ar_client *c5;
        ar_sub *sub = NULL;
        const char *ch[] = { "news" };
        base_opts(&o);
        c5 = drv_client(&D, &o, &why);
        th_is_int(ar_subscribe(c5, AR_SUB_CHANNEL, 1, ch, NULL, on_msg, NULL, NULL, &sub), AR_OK, "%s: subscribed", m);
        rc = ar_command(c5, got_cb, ID(9), "HDEL h f");
        th_ok(rc == AR_ERR_MODE && G.n == 0, "%s: an unknown command on a subscribed connection: AR_ERR_MODE, no learn (%s)", m,
              ar_client_errstr(c5));
        ar_client_free(c5); drv_forget(&D, c5);
    }

    /* learn_max: a client that may learn 2 */
    {
        ar_client *c3;
        base_opts(&o);
        o.learn_max = 2;
        c3 = drv_client(&D, &o, &why);
        ar_command(c3, got_cb, ID(1), "HSET m f v");
        ar_command(c3, got_cb, ID(2), "RPUSHX m2 v");
        rc = ar_command(c3, got_cb, ID(9), "HINCRBY m n 1");
        th_ok(rc == AR_ERR_PREFIX && strstr(ar_client_errstr(c3), "learn_max"), "%s: the third learn is over learn_max (%s)", m,
              ar_client_errstr(c3));
        ar_command(c3, got_cb, ID(3), "HSET m g v");
        th_ok(wait_n(3) && in_order(3), "%s: the learned two keep working", m);
        got_reset();
        ar_client_free(c3); drv_forget(&D, c3);
    }

    /* reconnect between learn and use: the server killed and restarted. What
       was learned belonged to the lost connection: learned again. */
    {
        int n = connects + 1;
        ar_client_stats(c, &s0);
        th_server_kill(&srv);
        th_server_restart(&srv);
        th_ok(drv_run_until(&D, connected_again, &n, 10000), "%s: reconnected", m);
        th_ok(ar_cmdtab_learned_lookup(ar_client_learned(c), "hset", 4) == NULL, "%s: nothing learned on the new connection", m);
        ar_command(c, got_cb, ID(1), "HSET r f v");
        th_ok(wait_n(1) && G.r[0]->type == AR_REPLY_INTEGER && raw_exists("app:r") == 1, "%s: HSET learned again and ran", m);
        ar_client_stats(c, &s1);
        th_is_int(s1.commands - s0.commands, 2, "%s: one COMMAND INFO and the HSET", m);
        got_reset();
    }
    /* a learn in flight at a loss, and a command held behind it: the server
       stopped (COMMAND INFO written, never answered), killed, restarted */
    {
        int n = connects + 1;
        th_server_sigstop(&srv);
        ar_command(c, got_cb, ID(1), "HINCRBY cnt n 1");   /* learn (COMMAND INFO written, no answer), held */
        ar_command(c, got_cb, ID(2), "RPUSH log3 a");     /* behind the hold: never written */
        ar_command(c, got_cb, ID(3), "RPUSHX log3 b");    /* learn, held */
        ar_command(c, got_cb, ID(4), "RPUSH log3 c");
        drv_run_until(&D, never, NULL, 100);
        th_is_int(ar_client_pending_output(c) > 0, 1, "%s: the held commands wait, unwritten", m);
        th_server_kill(&srv);
        th_server_restart(&srv);
        th_ok(drv_run_until(&D, connected_again, &n, 10000), "%s: reconnected after the kill", m);
        th_ok(wait_n(4) && in_order(4), "%s: the held commands completed after the reconnect, in order", m);
        {
            const char *a[] = { "HGET", "app:cnt", "n" };
            ar_reply *r = raw_reply(3, a);
            th_ok(r && r->type == AR_REPLY_STRING && strcmp(r->str, "1") == 0, "%s: HINCRBY ran exactly once", m);
            ar_reply_free(r);
        }
        raw_list("app:log3", buf, sizeof buf);
        th_is_cstr(buf, "a,b,c", "%s: in submission order on the new connection", m);
        got_reset();
    }
    ar_client_free(c); drv_forget(&D, c);

    /* learn_commands: learned in the setup of every connection; usable in MULTI at once */
    {
        base_opts(&o);
        o.learn_commands = "hincrby, NOSUCHCMD lmove";
        c = drv_client(&D, &o, &why);
        want = connects + 1;
        th_ok(drv_run_until(&D, connected_again, &want, 5000), "%s: learn_commands client connected", m);
        th_ok(ar_cmdtab_learned_lookup(ar_client_learned(c), "HINCRBY", 7) != NULL &&
              ar_cmdtab_learned_lookup(ar_client_learned(c), "lmove", 5) != NULL, "%s: learned in the setup", m);
        ar_command(c, got_cb, ID(1), "MULTI");
        th_is_int(ar_command(c, got_cb, ID(2), "HINCRBY lc n 5"), AR_OK, "%s: HINCRBY inside MULTI (learned at connect)", m);
        ar_command(c, got_cb, ID(3), "EXEC");
        th_ok(wait_n(3) && in_order(3) && G.r[2]->type == AR_REPLY_ARRAY, "%s: EXEC", m);
        rc = ar_command(c, got_cb, ID(9), "NOSUCHCMD x");
        th_ok(rc == AR_ERR_PREFIX && strstr(ar_client_errstr(c), "does not know"), "%s: learn_commands' unknown name refused at the call (%s)",
              m, ar_client_errstr(c));
        got_reset();
        want = connects + 1;
        th_server_kill(&srv);
        th_server_restart(&srv);
        th_ok(drv_run_until(&D, connected_again, &want, 10000) &&
              ar_cmdtab_learned_lookup(ar_client_learned(c), "hincrby", 7) != NULL, "%s: learned again by the new setup", m);
        ar_client_free(c); drv_forget(&D, c);
    }
    drv_free(&D);
}

/* ------------------------------------------------------------ 3. pool */
static int pool_done;
static void pool_cb(ar_client *c, const ar_reply *r, void *ud) {
    (void)c; (void)ud;
    th_ok(!r->err && r->type == AR_REPLY_INTEGER, "pool: a pooled HSET learned and ran (%s)", r->err ? r->str : "ok");
    pool_done = 1;
}
static int pool_ge(void *a) { (void)a; return pool_done; }
static void test_pool(void) {
    ar_pool_options po;
    ar_pool *p;
    const char *why = NULL;
    flushall();
    drv_init(&D, DRV_LOOP);
    memset(&po, 0, sizeof po);
    base_opts(&po.client);
    po.client.on_connect = NULL;
    po.client.loop = D.loop;
    po.client.learn_commands = "rpushx";
    p = ar_pool_new(&po, &why);
    if (!th_ok(p != NULL, "pool with learning (%s)", why ? why : "ok")) return;
    th_is_int(ar_pool_command(p, pool_cb, NULL, "HSET ph f v"), AR_OK, "pool: an unknown command accepted at the call");
    th_ok(drv_run_until(&D, pool_ge, NULL, 5000) && raw_exists("app:ph") == 1, "pool: it wrote app:ph");
    ar_pool_free(p);
    drv_free(&D);
}

/* ---------------------------------------- 4. what 7.0.15 never sends */
/* a scripted server answers COMMAND INFO with key specs the walk cannot
   follow (begin_search "unknown"), then with movablekeys and no key spec */
static void test_fault(void) {
    static const char foo[] =
        "*1\r\n*10\r\n$3\r\nfoo\r\n:-2\r\n*1\r\n+write\r\n:0\r\n:0\r\n:0\r\n*0\r\n*0\r\n"
        "*1\r\n*6\r\n$5\r\nflags\r\n*1\r\n+RW\r\n$12\r\nbegin_search\r\n*4\r\n$4\r\ntype\r\n$7\r\nunknown\r\n"
        "$4\r\nspec\r\n*0\r\n$9\r\nfind_keys\r\n*4\r\n$4\r\ntype\r\n$5\r\nrange\r\n$4\r\nspec\r\n*6\r\n$7\r\nlastkey\r\n"
        ":0\r\n$7\r\nkeystep\r\n:1\r\n$5\r\nlimit\r\n:0\r\n*0\r\n";
    static const char bar[] = "*1\r\n*10\r\n$3\r\nbar\r\n:-2\r\n*1\r\n+movablekeys\r\n:0\r\n:0\r\n:0\r\n*0\r\n*0\r\n*0\r\n*0\r\n";
    fs_action a[4];
    fs_server f;
    ar_options o;
    ar_client *c;
    const char *why = NULL;
    a[0] = fs_reply(foo); a[1] = fs_reply("+PONG\r\n"); a[2] = fs_reply(bar); a[3] = fs_reply("+PONG\r\n");
    if (!th_ok(fs_start(&f, a, 4) == 0, "fault server")) return;
    drv_init(&D, DRV_LOOP);
    base_opts(&o);
    o.port = f.port;
    c = drv_client(&D, &o, &why);
    got_reset();
    ar_command(c, got_cb, ID(1), "FOO k");
    th_ok(wait_n(1) && G.r[0]->err == AR_ERR_PREFIX && strstr(G.r[0]->str, "key specs"),
          "begin_search unknown: learned, and the command fails AR_ERR_PREFIX, not sent (%s)", G.n ? G.r[0]->str : "");
    th_ok(ar_command(c, got_cb, ID(9), "FOO k") == AR_ERR_PREFIX && strstr(ar_client_errstr(c), "cannot be determined"),
          "then refused at the call (%s)", ar_client_errstr(c));
    got_reset();
    ar_command(c, got_cb, ID(1), "BAR k");
    th_ok(wait_n(1) && G.r[0]->err == AR_ERR_PREFIX, "movablekeys without key specs: fails AR_ERR_PREFIX (%s)", G.n ? G.r[0]->str : "");
    th_ok(ar_command(c, got_cb, ID(9), "BAR k") == AR_ERR_PREFIX && strstr(ar_client_errstr(c), "code of its own"),
          "then refused at the call, saying why (%s)", ar_client_errstr(c));
    got_reset();
    ar_client_free(c); drv_forget(&D, c);
    drv_free(&D);
    fs_stop(&f);
}

int main(void) {
    ar_options o;
    const char *why = NULL;
    th_watchdog(300);
    if (th_server_start(&srv, NULL) != 0) th_bail("cannot start redis-server");
    base_opts(&o);
    o.learner = NULL;
    th_ok(ar_client_new(&o, &why) == NULL && why && strstr(why, "o.learner"), "prefixer_learned without learner refused (%s)", why ? why : "");
    base_opts(&o);
    o.learn_max = 2; o.learn_commands = "a b c";
    th_ok(ar_client_new(&o, &why) == NULL && why && strstr(why, "learn_max"), "learn_commands over learn_max refused (%s)", why ? why : "");
    test_learner();
    run_mode(DRV_LOOP);
    run_mode(DRV_HOOKS);
    run_mode(DRV_PUMP);
    test_pool();
    test_fault();
    th_server_stop(&srv);
    return th_done();
}
