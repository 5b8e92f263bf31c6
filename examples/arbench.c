/* arbench.c - a redis-benchmark-like load generator on asyncredis.

       arbench [-h host] [-p port] [-s socket] [-a password] [-c clients]
               [-n requests] [-P pipeline] [-d size] [-r keyspace]
               [-t set,get,...] [-q] [--csv] [--explicit-pipeline]
               [--tls [--cacert file] [--cacertdir dir] [--cert file]
                [--key file] [--sni name] [--insecure]]
                                                      (arbench --help: all)

   The --tls flags (redis-benchmark's) exist when it is built with
   -DASYNCREDIS_TLS and linked -lssl -lcrypto: make build/arbench-tls.

   All clients share one built-in event loop (ar_loop). Each client sends a
   batch of -P commands with ar_command_argv (the library writes a batch in
   one sendmsg at the end of the loop turn), and sends the next batch when
   the last reply of this one has arrived, until -n requests are done. A
   progress line is updated every 250 ms; at the end come requests per
   second, latency percentiles (p50, p95, p99, p99.9, max) from a
   fixed-size histogram (nothing is allocated per request), and the CPU
   time the client used per request.

   With --explicit-pipeline a batch goes out as one ar_pipeline instead:
   the -P commands queued with ar_pipeline_command_argv, ar_pipeline_exec,
   one completion whose ARRAY reply carries the -P replies, each handed to
   the bookkeeping in order. Against the default (the same -P commands
   submitted one by one in the same loop turn, which the library also
   writes together) it shows what the pipeline object costs.

   With --idle it measures memory instead: -c clients on the loop, each
   sends one PING from on_connect; when every PONG is in, the resident
   memory grown per connection and the time it took are printed.

   With --pool N the -c clients are users of one ar_pool of N connections
   (min = max = N, all connected before the clock starts): every command
   is an ar_pool_command_argv (acquire, run, release). Against -c N
   without --pool (N plain clients, one command in flight each: the same
   traffic on the wire) it shows what the pool costs per acquire and
   release.

   ARBENCH_TRACE=1 in the environment sets a trace hook (o.on_trace, manual
   section 17) that only counts the traces: what tracing costs per command.

   The flags, the tests, the keys and the output are shared with
   examples/hiredis_bench.c through examples/bench_common.h, so the two
   differ only in the client library. `make bench` runs both and
   redis-benchmark side by side. */
#define ASYNCREDIS_IMPLEMENTATION
#include "asyncredis.h"   /* first: it sets the POSIX feature macros */

#define BC_CLIENT_NAME "asyncredis " ASYNCREDIS_VERSION
#define BC_LIB_BATCH      /* --explicit-pipeline: bc_lib_batch_* below */
#define BC_LIB_POOL       /* --pool N */
#ifdef ASYNCREDIS_TLS
#define BC_LIB_TLS        /* --tls, --cacert, ...: built with -DASYNCREDIS_TLS -lssl -lcrypto */
#endif
#include "bench_common.h"

static ar_loop *loop;
static ar_pool *pool;      /* --pool */
static int n_connected, n_ready;
static int fatal;

static void on_reply(ar_client *c, const ar_reply *r, void *ud) {
    bc_client *cl = (bc_client *)ud;
    (void)c;
    if (r->err) {   /* the connection failed: a benchmark cannot go on */
        if (!fatal) fprintf(stderr, "arbench: %s\n", r->str);
        fatal = 1;
        ar_loop_stop(loop);
        return;
    }
    bc_reply(cl, r->type == AR_REPLY_ERROR, r->str, r->len);
}

static void bc_lib_send(bc_client *cl, int argc, const char **argv, const size_t *lens) {
    int rc = pool ? ar_pool_command_argv(pool, on_reply, cl, argc, argv, lens)
                  : ar_command_argv((ar_client *)cl->conn, on_reply, cl, argc, argv, lens);
    if (rc != AR_OK) {
        fprintf(stderr, "arbench: submit: %s\n", ar_strerror(rc));
        exit(1);
    }
}

/* --explicit-pipeline: one batch, one ar_pipeline */
static void on_pipeline(ar_client *c, const ar_reply *r, void *ud) {
    bc_client *cl = (bc_client *)ud;
    size_t i;
    (void)c;
    if (r->err) {   /* the unit failed as a whole */
        if (!fatal) fprintf(stderr, "arbench: pipeline: %.*s\n", (int)r->len, r->str);
        fatal = 1;
        ar_loop_stop(loop);
        return;
    }
    for (i = 0; i < r->elements; i++) {
        const ar_reply *e = &r->element[i];
        bc_reply(cl, e->type == AR_REPLY_ERROR, e->str, e->len);
    }
}

static void bc_lib_batch_begin(bc_client *cl, int n) {
    (void)n;
    cl->batch = ar_pipeline_new((ar_client *)cl->conn, NULL);
    if (!cl->batch) {
        fprintf(stderr, "arbench: ar_pipeline_new failed\n");
        exit(1);
    }
}

static void bc_lib_batch_add(bc_client *cl, int argc, const char **argv, const size_t *lens) {
    int rc = ar_pipeline_command_argv((ar_pipeline *)cl->batch, argc, argv, lens);
    if (rc != AR_OK) {
        fprintf(stderr, "arbench: pipeline command: %s\n", ar_strerror(rc));
        exit(1);
    }
}

static void bc_lib_batch_end(bc_client *cl) {
    ar_pipeline *p = (ar_pipeline *)cl->batch;
    int rc;
    cl->batch = NULL;
    rc = ar_pipeline_exec(p, on_pipeline, cl);
    if (rc != AR_OK) {
        fprintf(stderr, "arbench: pipeline exec: %s (%s)\n", ar_strerror(rc), ar_client_errstr((ar_client *)cl->conn));
        exit(1);
    }
}

static void bc_lib_finished(bc_run *r) { (void)r; ar_loop_stop(loop); }

static void on_connect(ar_client *c, void *data) { (void)c; (void)data; n_connected++; }

static unsigned long long n_traces;
static void on_trace(ar_client *c, const ar_trace *t, void *data) { (void)c; (void)t; (void)data; n_traces++; }

static void on_disconnect(ar_client *c, ar_err why, void *data) {
    (void)data;
    if (why == AR_ERR_CLOSED) return;
    if (!fatal) fprintf(stderr, "arbench: connection lost: %s\n", ar_client_errstr(c));
    fatal = 1;
    ar_loop_stop(loop);
}

static void on_auth(ar_client *c, const ar_reply *r, void *ud) {
    (void)c; (void)ud;
    if (r->err || r->type == AR_REPLY_ERROR) {
        fprintf(stderr, "arbench: AUTH failed: %.*s\n", (int)r->len, r->str);
        fatal = 1;
        ar_loop_stop(loop);
        return;
    }
    n_ready++;
}

/* --tls and its files (zero without them) */
static void set_tls(ar_options *co, const bc_opts *o) {
    co->tls = o->tls;
    co->tls_options.ca_file = o->cacert;
    co->tls_options.ca_dir = o->cacertdir;
    co->tls_options.cert_file = o->cert;
    co->tls_options.key_file = o->key;
    co->tls_options.server_name = o->sni;
    co->tls_options.insecure_skip_verify = o->insecure;
}

static void on_tick(ar_timer *t, void *ud) { (void)t; bc_progress((bc_run *)ud); }

/* --idle: every client sends one PING once connected */
static int n_pong;
static void on_pong(ar_client *c, const ar_reply *r, void *ud) {
    (void)c; (void)ud;
    if (r->err || r->type != AR_REPLY_STATUS) {
        if (!fatal) fprintf(stderr, "arbench: PING: %.*s\n", (int)r->len, r->str);
        fatal = 1;
        ar_loop_stop(loop);
        return;
    }
    n_pong++;
}
static void on_connect_ping(ar_client *c, void *data) {
    static const char *const ping[] = { "PING" };
    (void)data;
    n_connected++;
    if (ar_command_argv(c, on_pong, NULL, 1, ping, NULL) != AR_OK) {
        fprintf(stderr, "arbench: PING: %s\n", ar_client_errstr(c));
        exit(1);
    }
}

static ar_client *idle_client(const bc_opts *o, int k) {
    ar_options co;
    const char *why;
    ar_client *c;
    memset(&co, 0, sizeof co);
    if (o->sock) co.path = o->sock;
    else { co.host = o->host; co.port = o->port; }
    if (o->auth) co.password = o->auth;
    co.loop = loop;
    co.no_reconnect = o->no_reconnect;
    set_tls(&co, o);      /* --idle --tls: what a TLS connection holds */
    co.on_connect = on_connect_ping;
    co.on_disconnect = on_disconnect;
    c = ar_client_new(&co, &why);
    if (!c) { fprintf(stderr, "arbench: client %d: %s\n", k, why); exit(1); }
    return c;
}

static int idle_main(const bc_opts *o) {
    ar_client **cs = (ar_client **)calloc((size_t)o->clients, sizeof *cs);
    long long rss0, rss1, t0, t1;
    int k;
    if (!cs) { perror("calloc"); return 1; }
    memset(cs, 0, (size_t)o->clients * sizeof *cs);   /* touched: not part of the growth */
    /* one connection first (connected, PINGed, freed): the code and what
       is made once are in memory before the baseline */
    cs[0] = idle_client(o, -1);
    while (!fatal && n_pong < 1)
        if (ar_loop_run_once(loop, 100) < 0) { perror("arbench: loop"); return 1; }
    ar_client_free(cs[0]);
    n_pong = 0;
    rss0 = bc_rss_bytes();
    t0 = bc_now_ns();
    for (k = 0; k < o->clients; k++) cs[k] = idle_client(o, k);
    while (!fatal && n_pong < o->clients)
        if (ar_loop_run_once(loop, 100) < 0) { perror("arbench: loop"); return 1; }
    t1 = bc_now_ns();
    rss1 = bc_rss_bytes();
    if (fatal) return 1;
    bc_idle_report(o, rss0, rss1, t1 - t0);
    for (k = 0; k < o->clients; k++) ar_client_free(cs[k]);
    ar_loop_free(loop);
    free(cs);
    free((void *)bc_value);
    return 0;
}

int main(int argc, char **argv) {
    bc_opts o;
    bc_client *cl;
    ar_timer tick;
    size_t i;
    int k;

    bc_parse_args(&o, argc, argv);
    bc_check_tests(&o, argv[0]);
    bc_setup(&o);
    loop = ar_loop_new(NULL);
    if (!loop) { fprintf(stderr, "arbench: ar_loop_new failed\n"); return 1; }
    if (o.idle) return idle_main(&o);
    cl = (bc_client *)calloc((size_t)o.clients, sizeof *cl);
    if (!cl) { perror("calloc"); return 1; }

    if (o.pool) {
        ar_pool_options po;
        ar_pool_stats st;
        const char *why;
        memset(&po, 0, sizeof po);
        if (o.sock) po.client.path = o.sock;
        else { po.client.host = o.host; po.client.port = o.port; }
        po.client.loop = loop;
        po.client.password = o.auth;
        po.client.no_reconnect = o.no_reconnect;
        set_tls(&po.client, &o);
        po.min = po.max = o.pool;
        po.acquire_timeout_ms = -1;
        pool = ar_pool_new(&po, &why);
        if (!pool) { fprintf(stderr, "arbench: %s\n", why); return 1; }
        do {   /* every connection open (and authenticated) before the clock starts */
            if (ar_loop_run_once(loop, 100) < 0) { perror("arbench: loop"); return 1; }
            ar_pool_get_stats(pool, &st);
            if (st.connect_failures) { fprintf(stderr, "arbench: pool: %s\n", ar_pool_errstr(pool)); return 1; }
        } while (st.idle < (size_t)o.pool);
    }
    for (k = 0; k < o.clients && !o.pool; k++) {
        ar_options co;
        const char *why;
        memset(&co, 0, sizeof co);
        if (o.sock) co.path = o.sock;
        else { co.host = o.host; co.port = o.port; }
        co.loop = loop;
        co.no_reconnect = o.no_reconnect;
        set_tls(&co, &o);
        co.on_connect = on_connect;
        co.on_disconnect = on_disconnect;
        if (getenv("ARBENCH_TRACE") && atoi(getenv("ARBENCH_TRACE"))) co.on_trace = on_trace;
        cl[k].conn = ar_client_new(&co, &why);
        if (!cl[k].conn) { fprintf(stderr, "arbench: %s\n", why); return 1; }
        if (o.auth) ar_command((ar_client *)cl[k].conn, on_auth, NULL, "AUTH %s", o.auth);
    }
    /* wait for every connection (and AUTH) before the clock starts */
    while (!o.pool && !fatal && (n_connected < o.clients || (o.auth && n_ready < o.clients)))
        if (ar_loop_run_once(loop, 100) < 0) { perror("arbench: loop"); return 1; }
    if (fatal) return 1;

    ar_timer_init(loop, &tick);
    for (i = 0; i < BC_NTESTS && !fatal; i++) {
        bc_run run;
        if (!bc_selected(&o, &bc_tests[i])) continue;
        if (o.warmup) {
            bc_run_init_warmup(&run, &o, &bc_tests[i], cl, o.clients);
            bc_run_start(&run);
            while (!run.finished && !fatal) ar_loop_run(loop);
            bc_run_done(&run);
            if (fatal) break;
        }
        bc_run_init(&run, &o, &bc_tests[i], cl, o.clients);
        if (o.progress) ar_timer_start(&tick, 250, 250, on_tick, &run);
        bc_run_start(&run);
        while (!run.finished && !fatal) ar_loop_run(loop);
        ar_timer_stop(&tick);
        if (!fatal) bc_report(&run);
        bc_run_done(&run);
    }

    for (k = 0; k < o.clients; k++) if (cl[k].conn) ar_client_free((ar_client *)cl[k].conn);
    if (pool) ar_pool_free(pool);
    ar_loop_free(loop);
    free(cl);
    free((void *)bc_value);
    return fatal ? 1 : 0;
}
