/* tests/test_prefix_client.c - the key_prefix client option, end to end:
   commands go out prefixed (checked by looking at the server with a raw,
   unprefixed connection), patterns and EVAL keys are prefixed, commands
   whose keys cannot be found are refused at the call (callback never
   runs), for the format and argv forms, zero copy included, under all three
   drive modes. */
#include "harness.h"
#define ASYNCREDIS_IMPLEMENTATION
#include "../asyncredis_commands.h"
#include "drive.h"

static th_server srv;
static drv D;

typedef struct got { int n; ar_reply *r[8]; } got;
static void got_cb(ar_client *c, const ar_reply *r, void *ud) {
    got *g = (got *)ud;
    (void)c;
    if (g->n < 8) g->r[g->n] = ar_reply_dup(r, NULL);
    g->n++;
}
static int got_n; static int got_ge(void *a) { return ((got *)a)->n >= got_n; }
static void got_free(got *g) { int i; for (i = 0; i < 8 && i < g->n; i++) ar_reply_free(g->r[i]); memset(g, 0, sizeof *g); }

/* raw view of the server, no prefix */
static int raw_exists(const char *key) {
    char buf[64]; long long v = -1;
    const char *cmd[] = { "EXISTS", key };
    if (th_raw_command(srv.port, buf, sizeof buf, 2, cmd) > 0) th_reply_int(buf, &v);
    return (int)v;
}
static long raw_strlen(const char *key) {
    char buf[64]; long long v = -1;
    const char *cmd[] = { "STRLEN", key };
    if (th_raw_command(srv.port, buf, sizeof buf, 2, cmd) > 0) th_reply_int(buf, &v);
    return (long)v;
}

static void run_mode(drv_mode m) {
    ar_options o;
    ar_client *c;
    const char *why = NULL;
    got g;
    int rc, i;
    char buf[64];
    const char *flush[] = { "FLUSHALL" };
    th_raw_command(srv.port, buf, sizeof buf, 1, flush);
    drv_init(&D, m);
    memset(&o, 0, sizeof o);
    memset(&g, 0, sizeof g);
    o.port = srv.port;
    o.key_prefix = "app:";
    o.prefixer = ar_cmdtab_prefix_argv;
    c = drv_client(&D, &o, &why);
    if (!th_ok(c != NULL, "%s: client with key_prefix", drv_names[m])) return;

    /* format form: single and multi-piece keys, values untouched */
    ar_command(c, got_cb, &g, "SET %s %s", "k1", "v1");
    ar_command(c, got_cb, &g, "SET user:%d:name %s", 42, "bob");
    ar_command(c, got_cb, &g, "MSET a 1 b 2");
    ar_command(c, got_cb, &g, "GET k1");
    got_n = 4;
    th_ok(drv_run_until(&D, got_ge, &g, 5000), "%s: 4 replies", drv_names[m]);
    th_ok(raw_exists("app:k1") == 1 && raw_exists("k1") == 0, "%s: SET went to app:k1, not k1", drv_names[m]);
    th_ok(raw_exists("app:user:42:name") == 1, "%s: multi-piece key prefixed (app:user:42:name)", drv_names[m]);
    th_ok(raw_exists("app:a") == 1 && raw_exists("app:b") == 1 && raw_exists("a") == 0, "%s: MSET keys prefixed, values not", drv_names[m]);
    th_ok(g.r[3] && g.r[3]->type == AR_REPLY_STRING && g.r[3]->len == 2 && memcmp(g.r[3]->str, "v1", 2) == 0,
          "%s: GET reads the prefixed key back", drv_names[m]);
    got_free(&g);

    /* patterns, EVAL, argv form */
    {
        const char *argv[] = { "RPUSH", "list", "x", "y" };
        ar_command_argv(c, got_cb, &g, 4, argv, NULL);
    }
    ar_command(c, got_cb, &g, "KEYS *");
    ar_command(c, got_cb, &g, "EVAL %s 2 %s %s %s", "return {KEYS[1], KEYS[2], ARGV[1]}", "e1", "e2", "arg");
    ar_command(c, got_cb, &g, "SCAN 0 MATCH k* COUNT 1000");
    got_n = 4;
    th_ok(drv_run_until(&D, got_ge, &g, 5000), "%s: 4 more replies", drv_names[m]);
    th_ok(raw_exists("app:list") == 1, "%s: argv form prefixed (app:list)", drv_names[m]);
    {
        size_t k; int all = g.r[1] && g.r[1]->type == AR_REPLY_ARRAY && g.r[1]->elements == 5;
        for (k = 0; all && k < g.r[1]->elements; k++) all = strncmp(g.r[1]->element[k].str, "app:", 4) == 0;
        th_ok(all, "%s: KEYS * became KEYS app:* (5 keys, all app:)", drv_names[m]);
    }
    th_ok(g.r[2] && g.r[2]->type == AR_REPLY_ARRAY && g.r[2]->elements == 3 &&
          strcmp(g.r[2]->element[0].str, "app:e1") == 0 && strcmp(g.r[2]->element[1].str, "app:e2") == 0 &&
          strcmp(g.r[2]->element[2].str, "arg") == 0, "%s: EVAL prefixes exactly numkeys keys, not ARGV", drv_names[m]);
    th_ok(g.r[3] && g.r[3]->type == AR_REPLY_ARRAY && g.r[3]->elements == 2 && g.r[3]->element[1].elements == 1 &&
          strcmp(g.r[3]->element[1].element[0].str, "app:k1") == 0, "%s: SCAN MATCH k* found only app:k1", drv_names[m]);
    got_free(&g);

    /* refused at the call: unknown command, DEBUG; nothing sent, no callback */
    {
        ar_stats a, b;
        ar_client_stats(c, &a);
        rc = ar_command(c, got_cb, &g, "NOSUCHCOMMAND x y");
        th_is_int(rc, AR_ERR_PREFIX, "%s: unknown command refused while a prefix is set", drv_names[m]);
        th_ok(strstr(ar_client_errstr(c), "key_prefix") != NULL, "%s: with a message (%s)", drv_names[m], ar_client_errstr(c));
        rc = ar_command(c, got_cb, &g, "DEBUG OBJECT k1");
        th_is_int(rc, AR_ERR_PREFIX, "%s: DEBUG (keys undeterminable) refused", drv_names[m]);
        ar_client_stats(c, &b);
        th_ok(a.commands == b.commands && ar_client_pending_output(c) == 0 && g.n == 0, "%s: refused commands queued nothing", drv_names[m]);
    }

    /* zero copy with a prefix: the key is prefixed, the large value referenced */
    {
        size_t n = 64 * 1024;
        char *v = (char *)malloc(n);
        ar_cmd_opts co;
        for (i = 0; i < (int)n; i++) v[i] = (char)i;
        memset(&co, 0, sizeof co); co.flags = AR_CMD_NOCOPY;
        ar_command_ex(c, &co, got_cb, &g, "SET big %b", v, n);
        ar_command(c, got_cb, &g, "GET big");
        got_n = 2;
        th_ok(drv_run_until(&D, got_ge, &g, 5000) && g.r[1] && g.r[1]->len == n && memcmp(g.r[1]->str, v, n) == 0 &&
              raw_strlen("app:big") == (long)n, "%s: zero-copy value under a prefixed key", drv_names[m]);
        free(v);
        got_free(&g);
    }
    ar_client_free(c); drv_forget(&D, c);
    drv_free(&D);
}

int main(void) {
    ar_options o;
    const char *why = NULL;
    th_watchdog(120);
    if (th_server_start(&srv, NULL) != 0) th_bail("cannot start redis-server");
    memset(&o, 0, sizeof o);
    o.port = srv.port; o.key_prefix = "app:";
    th_ok(ar_client_new(&o, &why) == NULL && why && strstr(why, "prefixer"), "key_prefix without a prefixer is refused (%s)", why ? why : "");
    run_mode(DRV_LOOP);
    run_mode(DRV_HOOKS);
    run_mode(DRV_PUMP);
    th_server_stop(&srv);
    return th_done();
}
