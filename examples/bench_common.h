/* bench_common.h - what the two load generators share: examples/arbench.c
   (on asyncredis) and examples/hiredis_bench.c (the same program on the
   hiredis async API, the baseline of `make bench`).

   Everything here is library-neutral: command-line flags (those of
   redis-benchmark), the tests and how their arguments are made (random
   keys the way redis-benchmark makes them: "__rand_int__" becomes a
   12-digit number below -r), the batch state machine of one client
   (-P commands out, wait for all P replies, next batch; or, with --window,
   -P commands kept in flight: every reply sends the next one), a latency
   histogram that never allocates, the progress line, and the output
   (full, -q, --csv). Keeping it in one place means the two programs do
   exactly the same bookkeeping per request; only the client library
   differs.

   The including file defines, before including this header:
       #define BC_CLIENT_NAME "asyncredis 0.1.0"
   and after it implements
       static void bc_lib_send(bc_client *cl, int argc, const char **argv,
                               const size_t *lens);
   which submits one command whose reply must reach bc_reply(cl, ...).

   A library with an explicit pipeline object also defines BC_LIB_BATCH
   before the include and implements
       static void bc_lib_batch_begin(bc_client *cl, int n);
       static void bc_lib_batch_add(bc_client *cl, int argc, const char **argv,
                                    const size_t *lens);
       static void bc_lib_batch_end(bc_client *cl);
   which --explicit-pipeline uses instead of bc_lib_send: begin, the n
   commands of one batch added, end (which sends them as one unit). Each
   of the n replies must still reach bc_reply(cl, ...), in order;
   cl->batch is there for the library's object.

   --idle is the memory row of `make bench`: -c connections, each sends
   one PING once it is connected, and when every PONG is in, the program
   prints the resident memory it grew by per connection (RSS from
   /proc/self/statm, before the first connection and after the last PONG)
   and the time it took (bc_idle_report). The including file implements it
   in its main; a library with a blocking API as well defines BC_LIB_SYNC
   and implements --sync (the same with one blocking connection after
   another).

   A library with a connection pool defines BC_LIB_POOL: --pool N is then
   accepted (o->pool = N) and the library makes the -c clients users of
   one pool of N connections (bc_lib_send still gets one command). */
#ifndef BENCH_COMMON_H
#define BENCH_COMMON_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/time.h>
#include <sys/resource.h>

#ifndef BC_CLIENT_NAME
#define BC_CLIENT_NAME "?"
#endif

/* ------------------------------------------------------------------ time */
static long long bc_now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

/* user + system CPU time of this process, in ns */
static long long bc_cpu_ns(void) {
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return ((long long)ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000000000LL +
           ((long long)ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) * 1000LL;
}

/* ------------------------------------------------------------- histogram */
/* Log-linear, in nanoseconds: values below 256 exactly, above that 128
   buckets per power of two (relative error < 0.8%), up to 2^40 ns (18 min;
   longer values land in the last bucket). A fixed array: recording a value
   is a few instructions and never allocates. */
#define BC_H_SUB 128
#define BC_H_MAXBIT 40
#define BC_H_N (2 * BC_H_SUB + (BC_H_MAXBIT - 8) * BC_H_SUB)

typedef struct bc_hist {
    unsigned long long b[BC_H_N];
    unsigned long long count;
    long long min, max;
    double sum;
} bc_hist;

static int bc_msb(unsigned long long v) { /* v > 0 */
#if defined(__GNUC__) || defined(__clang__)
    return 63 - __builtin_clzll(v);
#else
    int n = 0;
    while (v >>= 1) n++;
    return n;
#endif
}

static size_t bc_hidx(long long v) {
    unsigned long long u = v < 0 ? 0 : (unsigned long long)v;
    int m, shift;
    if (u < 2 * BC_H_SUB) return (size_t)u;
    m = bc_msb(u);
    if (m >= BC_H_MAXBIT) return BC_H_N - 1;
    shift = m - 7; /* keep the top 8 bits: 128..255 */
    return (size_t)(2 * BC_H_SUB + (m - 8) * BC_H_SUB + (int)((u >> shift) - BC_H_SUB));
}

/* the middle of bucket i */
static double bc_hval(size_t i) {
    size_t e;
    unsigned long long lo, w;
    if (i < 2 * BC_H_SUB) return (double)i;
    e = (i - 2 * BC_H_SUB) / BC_H_SUB;      /* msb - 8 */
    w = 1ull << (e + 1);                    /* bucket width */
    lo = ((unsigned long long)(BC_H_SUB + (i - 2 * BC_H_SUB) % BC_H_SUB)) << (e + 1);
    return (double)lo + (double)(w - 1) / 2.0;
}

static void bc_hist_reset(bc_hist *h) { memset(h, 0, sizeof *h); h->min = -1; }

static void bc_hist_add(bc_hist *h, long long v) {
    h->b[bc_hidx(v)]++;
    h->count++;
    h->sum += (double)v;
    if (h->min < 0 || v < h->min) h->min = v;
    if (v > h->max) h->max = v;
}

/* value (ns) at percentile q (0..100) */
static double bc_hist_pct(const bc_hist *h, double q) {
    unsigned long long want, acc = 0;
    size_t i;
    double v;
    if (!h->count) return 0;
    want = (unsigned long long)((q / 100.0) * (double)h->count + 0.5);
    if (want < 1) want = 1;
    if (want > h->count) want = h->count;
    for (i = 0; i < BC_H_N; i++) {
        acc += h->b[i];
        if (acc >= want) break;
    }
    if (i >= BC_H_N) i = BC_H_N - 1;
    v = bc_hval(i);
    if (v > (double)h->max) v = (double)h->max;   /* never beyond what was seen */
    if (v < (double)h->min) v = (double)h->min;
    return v;
}

/* ----------------------------------------------------------------- tests */
#define BC_VALUE "\001V"     /* placeholder argument: the -d byte value */
#define BC_MAXARGS 24

typedef struct bc_test {
    const char *group;       /* what -t selects (a group selects all its tests) */
    const char *id;          /* or the test by its own id */
    const char *name;        /* the name printed, as redis-benchmark prints it */
    const char *argv[BC_MAXARGS];
} bc_test;

static const bc_test bc_tests[] = {
    {"ping", "ping_mbulk", "PING_MBULK", {"PING"}},
    {"set", "set", "SET", {"SET", "key:__rand_int__", BC_VALUE}},
    {"get", "get", "GET", {"GET", "key:__rand_int__"}},
    {"incr", "incr", "INCR", {"INCR", "counter:__rand_int__"}},
    {"lpush", "lpush", "LPUSH", {"LPUSH", "mylist", BC_VALUE}},
    {"rpush", "rpush", "RPUSH", {"RPUSH", "mylist", BC_VALUE}},
    {"lpop", "lpop", "LPOP", {"LPOP", "mylist"}},
    {"rpop", "rpop", "RPOP", {"RPOP", "mylist"}},
    {"sadd", "sadd", "SADD", {"SADD", "myset", "element:__rand_int__"}},
    {"hset", "hset", "HSET", {"HSET", "myhash", "element:__rand_int__", BC_VALUE}},
    {"spop", "spop", "SPOP", {"SPOP", "myset"}},
    {"zadd", "zadd", "ZADD", {"ZADD", "myzset", "0", "element:__rand_int__"}},
    {"zpopmin", "zpopmin", "ZPOPMIN", {"ZPOPMIN", "myzset"}},
    {"lrange", "lpush_lrange", "LPUSH (needed to benchmark LRANGE)", {"LPUSH", "mylist", BC_VALUE}},
    {"lrange", "lrange_100", "LRANGE_100 (first 100 elements)", {"LRANGE", "mylist", "0", "99"}},
    {"lrange", "lrange_300", "LRANGE_300 (first 300 elements)", {"LRANGE", "mylist", "0", "299"}},
    {"lrange", "lrange_500", "LRANGE_500 (first 500 elements)", {"LRANGE", "mylist", "0", "499"}},
    {"lrange", "lrange_600", "LRANGE_600 (first 600 elements)", {"LRANGE", "mylist", "0", "599"}},
    {"mset", "mset", "MSET (10 keys)",
     {"MSET", "key:__rand_int__", BC_VALUE, "key:__rand_int__", BC_VALUE, "key:__rand_int__", BC_VALUE,
      "key:__rand_int__", BC_VALUE, "key:__rand_int__", BC_VALUE, "key:__rand_int__", BC_VALUE,
      "key:__rand_int__", BC_VALUE, "key:__rand_int__", BC_VALUE, "key:__rand_int__", BC_VALUE,
      "key:__rand_int__", BC_VALUE}},
};
#define BC_NTESTS (sizeof bc_tests / sizeof bc_tests[0])

/* ---------------------------------------------------------------- options */
typedef struct bc_opts {
    const char *host;
    int port;
    const char *sock;
    const char *auth;
    int clients;
    long long requests;
    int pipeline;
    long long datasize;
    long long keyspace;      /* -r; 0: keys keep "__rand_int__" literally */
    int sequential;          /* --sequential: keys 0,1,2,... (mod -r) instead of random */
    const char *tests;
    int quiet, csv, progress;
    int warmup;              /* one untimed batch per client first (default on) */
    int window;              /* --window: keep -P in flight (a new command per reply) */
    int no_reconnect;        /* --no-reconnect: the library's reconnect off (where it has one) */
    int explicit_pipeline;   /* --explicit-pipeline: a batch as one pipeline object (BC_LIB_BATCH) */
    int idle;                /* --idle: connect -c clients, one PING each, report memory per connection */
    int sync;                /* --sync: with --idle, blocking connections (BC_LIB_SYNC) */
    int pool;                /* --pool N: the -c clients share N pooled connections (BC_LIB_POOL) */
    int precision;
    unsigned long long seed;
} bc_opts;

#ifdef BC_LIB_BATCH
#define BC_USAGE_BATCH \
        " --explicit-pipeline  each batch of -P commands goes out as one pipeline\n" \
        "                    object of the library (one completion carrying the -P\n" \
        "                    replies) instead of -P separate commands; not with\n" \
        "                    --window\n"
#else
#define BC_USAGE_BATCH ""
#endif
#ifdef BC_LIB_SYNC
#define BC_USAGE_SYNC \
        " --sync             with --idle: the library's blocking API, one connection\n" \
        "                    (and its PING) after another, instead of its async one\n"
#else
#define BC_USAGE_SYNC ""
#endif
#ifdef BC_LIB_POOL
#define BC_USAGE_POOL \
        " --pool <n>         the -c clients are users of one connection pool of n\n" \
        "                    connections (all opened before the clock starts); each\n" \
        "                    command is a pooled one: acquire, run, release\n"
#else
#define BC_USAGE_POOL ""
#endif

static void bc_usage(const char *prog, int status) {
    FILE *f = status ? stderr : stdout;
    fprintf(f,
        "Usage: %s [OPTIONS]     (a redis-benchmark-like load generator; client: %s)\n"
        " -h <hostname>      server hostname (default 127.0.0.1)\n"
        " -p <port>          server port (default 6379)\n"
        " -s <socket>        server Unix socket (overrides host and port)\n"
        " -a <password>      AUTH password\n"
        " -c <clients>       parallel connections, all on one event loop (default 50)\n"
        " -n <requests>      total number of requests per test (default 100000)\n"
        " -P <numreq>        pipeline depth: each client sends numreq commands, then\n"
        "                    waits for all their replies (default 1)\n"
        " -d <size>          value size in bytes for SET, LPUSH, ... (default 3)\n"
        " -r <keyspacelen>   replace __rand_int__ in keys with a random 12-digit number\n"
        "                    below keyspacelen (as redis-benchmark does)\n"
        " --sequential       with -r: keys 0, 1, 2, ... in order instead of random\n"
        "                    (e.g. -t set -r N -n N --sequential fills all N keys)\n"
        " -t <tests>         comma separated tests (default: all): ping, set, get, incr,\n"
        "                    lpush, rpush, lpop, rpop, sadd, hset, spop, zadd, zpopmin,\n"
        "                    lrange (or lrange_100 ... lrange_600), mset\n"
        " -q                 quiet: one line per test\n"
        " --csv              CSV output (no progress line)\n"
        " --precision <n>    decimals of the latencies (default 3)\n"
        " --no-progress      no live progress line\n"
        " --seed <n>         random seed (default 1)\n"
        " --no-warmup        no untimed first batch (see below)\n"
        " --window           keep -P commands in flight: each reply sends the next\n"
        "                    command at once (no batches); latency is then per\n"
        "                    command, from its submission to its reply\n"
        " --no-reconnect     turn the client library's automatic reconnect off (a\n"
        "                    client that keeps sent commands for a resend stops\n"
        "                    keeping them); no effect on a library without one\n"
        BC_USAGE_BATCH
        " --idle             memory per connection: -c connections on one event loop,\n"
        "                    each sends one PING once connected; when all PONGs are\n"
        "                    in, print the resident memory (RSS) grown per connection\n"
        "                    and the time from the first connect to the last PONG\n"
        BC_USAGE_SYNC
        BC_USAGE_POOL
        "Latency is measured as redis-benchmark does: per batch, from the moment the\n"
        "batch is submitted to the arrival of its first reply, counted for each reply.\n"
        "Before the clock starts, every client connects and runs one untimed batch\n"
        "(-P requests of the test), so that its buffers exist and are touched:\n"
        "redis-benchmark builds its pipeline buffers before its clock starts, too.\n",
        prog, BC_CLIENT_NAME);
    exit(status);
}

static long long bc_num(const char *prog, const char *flag, const char *s, long long min) {
    char *end;
    long long v;
    if (!s) { fprintf(stderr, "%s: %s needs a value\n", prog, flag); bc_usage(prog, 2); }
    v = strtoll(s, &end, 10);
    if (*s == 0 || *end || v < min) {
        fprintf(stderr, "%s: bad value for %s: '%s'\n", prog, flag, s);
        exit(2);
    }
    return v;
}

static void bc_parse_args(bc_opts *o, int argc, char **argv) {
    int i;
    memset(o, 0, sizeof *o);
    o->host = "127.0.0.1"; o->port = 6379;
    o->clients = 50; o->requests = 100000; o->pipeline = 1; o->datasize = 3;
    o->progress = 1; o->precision = 3; o->seed = 1; o->warmup = 1;
    for (i = 1; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(a, "-h")) { if (!v) bc_usage(argv[0], 2); o->host = v; i++; }
        else if (!strcmp(a, "-p")) { o->port = (int)bc_num(argv[0], a, v, 1); i++; }
        else if (!strcmp(a, "-s")) { if (!v) bc_usage(argv[0], 2); o->sock = v; i++; }
        else if (!strcmp(a, "-a")) { if (!v) bc_usage(argv[0], 2); o->auth = v; i++; }
        else if (!strcmp(a, "-c")) { o->clients = (int)bc_num(argv[0], a, v, 1); i++; }
        else if (!strcmp(a, "-n")) { o->requests = bc_num(argv[0], a, v, 1); i++; }
        else if (!strcmp(a, "-P")) { o->pipeline = (int)bc_num(argv[0], a, v, 1); i++; }
        else if (!strcmp(a, "-d")) { o->datasize = bc_num(argv[0], a, v, 1); i++; }
        else if (!strcmp(a, "-r")) { o->keyspace = bc_num(argv[0], a, v, 0); i++; }
        else if (!strcmp(a, "-t")) { if (!v) bc_usage(argv[0], 2); o->tests = v; i++; }
        else if (!strcmp(a, "--precision")) { o->precision = (int)bc_num(argv[0], a, v, 0); i++; }
        else if (!strcmp(a, "--seed")) { o->seed = (unsigned long long)bc_num(argv[0], a, v, 0); i++; }
        else if (!strcmp(a, "--sequential")) o->sequential = 1;
        else if (!strcmp(a, "-q")) o->quiet = 1;
        else if (!strcmp(a, "--csv")) o->csv = 1;
        else if (!strcmp(a, "--no-progress")) o->progress = 0;
        else if (!strcmp(a, "--no-warmup")) o->warmup = 0;
        else if (!strcmp(a, "--window")) o->window = 1;
        else if (!strcmp(a, "--no-reconnect")) o->no_reconnect = 1;
#ifdef BC_LIB_BATCH
        else if (!strcmp(a, "--explicit-pipeline")) o->explicit_pipeline = 1;
#endif
        else if (!strcmp(a, "--idle")) o->idle = 1;
#ifdef BC_LIB_SYNC
        else if (!strcmp(a, "--sync")) o->sync = 1;
#endif
#ifdef BC_LIB_POOL
        else if (!strcmp(a, "--pool")) { o->pool = (int)bc_num(argv[0], a, v, 1); i++; }
#endif
        else if (!strcmp(a, "--help")) bc_usage(argv[0], 0);
        else { fprintf(stderr, "%s: unknown option '%s'\n", argv[0], a); bc_usage(argv[0], 2); }
    }
    if (o->explicit_pipeline && o->pool) {
        fprintf(stderr, "%s: --explicit-pipeline and --pool do not go together\n", argv[0]);
        exit(2);
    }
    if (o->explicit_pipeline && o->window) {
        fprintf(stderr, "%s: --explicit-pipeline sends batches: not with --window\n", argv[0]);
        exit(2);
    }
    if (o->sync && !o->idle) {
        fprintf(stderr, "%s: --sync goes with --idle\n", argv[0]);
        exit(2);
    }
    if (o->csv) o->progress = 0;
    if (o->precision > 9) o->precision = 9;
    if (o->seed == 0) o->seed = 1;
}

/* is test t selected by -t (comma separated, case-insensitive)? */
static int bc_selected(const bc_opts *o, const bc_test *t) {
    const char *s = o->tests;
    if (!s || !*s) return 1;
    while (*s) {
        const char *e = strchr(s, ',');
        size_t n = e ? (size_t)(e - s) : strlen(s), k;
        char w[64];
        if (n && n < sizeof w) {
            for (k = 0; k < n; k++) w[k] = (char)((s[k] >= 'A' && s[k] <= 'Z') ? s[k] + 32 : s[k]);
            w[n] = 0;
            if (!strcmp(w, t->group) || !strcmp(w, t->id) || (!strcmp(w, "ping") && !strcmp(t->group, "ping")))
                return 1;
        }
        if (!e) break;
        s = e + 1;
    }
    return 0;
}

/* check -t names: every word must select something */
static void bc_check_tests(const bc_opts *o, const char *prog) {
    const char *s = o->tests;
    if (!s) return;
    while (*s) {
        const char *e = strchr(s, ',');
        size_t n = e ? (size_t)(e - s) : strlen(s), i, k;
        int found = 0;
        char w[64];
        if (n >= sizeof w) n = sizeof w - 1;
        for (k = 0; k < n; k++) w[k] = (char)((s[k] >= 'A' && s[k] <= 'Z') ? s[k] + 32 : s[k]);
        w[n] = 0;
        for (i = 0; i < BC_NTESTS; i++)
            if (!strcmp(w, bc_tests[i].group) || !strcmp(w, bc_tests[i].id)) found = 1;
        if (n && !found) { fprintf(stderr, "%s: unknown test '%s' (see --help)\n", prog, w); exit(2); }
        if (!e) break;
        s = e + 1;
    }
}

/* ------------------------------------------------------- command instances */
/* xorshift64*: one global stream, like redis-benchmark's random() */
static unsigned long long bc_rng = 1;
static unsigned long long bc_rand(void) {
    bc_rng ^= bc_rng >> 12; bc_rng ^= bc_rng << 25; bc_rng ^= bc_rng >> 27;
    return bc_rng * 2685821657736338717ull;
}
static unsigned long long bc_seq_next;   /* --sequential */

typedef struct bc_cmd {
    int argc;
    const char *argv[BC_MAXARGS];
    size_t lens[BC_MAXARGS];
    char *own[BC_MAXARGS];     /* per-client copies of arguments with __rand_int__ */
    size_t at[BC_MAXARGS];     /* where the 12 digits go in own[i] */
    int nrand;
    int rand_arg[BC_MAXARGS];
} bc_cmd;

static const char *bc_value;  /* datasize bytes of 'x' */

static void bc_cmd_init(bc_cmd *c, const bc_test *t, const bc_opts *o) {
    int i;
    memset(c, 0, sizeof *c);
    for (i = 0; i < BC_MAXARGS && t->argv[i]; i++) {
        const char *a = t->argv[i];
        const char *r = o->keyspace ? strstr(a, "__rand_int__") : NULL;
        if (!strcmp(a, BC_VALUE)) {
            c->argv[i] = bc_value; c->lens[i] = (size_t)o->datasize;
        } else if (r) {
            size_t n = strlen(a);
            c->own[i] = (char *)malloc(n + 1);
            if (!c->own[i]) { perror("malloc"); exit(1); }
            memcpy(c->own[i], a, n + 1);
            c->at[i] = (size_t)(r - a);
            c->argv[i] = c->own[i]; c->lens[i] = n;    /* 12 digits replace 12 chars */
            c->rand_arg[c->nrand++] = i;
        } else {
            c->argv[i] = a; c->lens[i] = strlen(a);
        }
    }
    c->argc = i;
}

static void bc_cmd_free(bc_cmd *c) {
    int i;
    for (i = 0; i < BC_MAXARGS; i++) free(c->own[i]);
    memset(c, 0, sizeof *c);
}

static const char bc_digits2[] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";

/* fresh random numbers into the __rand_int__ places (12 digits, zero padded) */
static void bc_cmd_next(bc_cmd *c, const bc_opts *o) {
    int k;
    for (k = 0; k < c->nrand; k++) {
        int i = c->rand_arg[k];
        unsigned long long v, ks = (unsigned long long)o->keyspace;
        char *d = c->own[i] + c->at[i] + 12;
        int j;
        if (o->sequential) v = bc_seq_next++ % ks;
        else if (ks <= 0xffffffffull) v = ((bc_rand() >> 32) * ks) >> 32; /* no division */
        else v = bc_rand() % ks;
        {   /* v < 10^12: two halves of six digits, 32-bit arithmetic, two digits a step */
            unsigned lo = (unsigned)(v % 1000000u), hi = (unsigned)(v / 1000000u % 1000000u), r;
            for (j = 0; j < 3; j++) { r = lo % 100u; lo /= 100u; d -= 2; memcpy(d, bc_digits2 + 2 * r, 2); }
            for (j = 0; j < 3; j++) { r = hi % 100u; hi /= 100u; d -= 2; memcpy(d, bc_digits2 + 2 * r, 2); }
        }
    }
}

/* ------------------------------------------------------------- the run */
struct bc_run;
typedef struct bc_client {
    struct bc_run *run;
    void *conn;              /* the library's connection */
    int pending;             /* replies still owed for the current batch */
    long long t_batch;       /* when the batch was submitted (ns) */
    long long lat;           /* the batch's latency, -1 until its first reply */
    long long *ts;           /* --window: submission times of the commands in flight (a ring of -P) */
    int ts_head, ts_n;
    bc_cmd cmd;
    void *batch;             /* --explicit-pipeline: the library's pipeline object being filled */
} bc_client;

typedef struct bc_run {
    const bc_opts *o;
    const bc_test *t;
    bc_client *cl;
    int ncl;
    long long total, issued, done;
    long long errors;
    char first_error[128];
    int finished;
    bc_hist hist;
    long long t_start, t_end, cpu_start, cpu_end;
    /* progress */
    long long p_last_t, p_last_done;
    double p_last_sum;
} bc_run;

static void bc_lib_send(bc_client *cl, int argc, const char **argv, const size_t *lens);
static void bc_lib_finished(bc_run *r);   /* all replies are in: stop the loop */
#ifdef BC_LIB_BATCH
static void bc_lib_batch_begin(bc_client *cl, int n);
static void bc_lib_batch_add(bc_client *cl, int argc, const char **argv, const size_t *lens);
static void bc_lib_batch_end(bc_client *cl);
#endif

/* --window: submit one more command if any is left; 0 if none was */
static int bc_send_one(bc_client *cl) {
    bc_run *r = cl->run;
    if (r->issued >= r->total) return 0;
    r->issued++;
    cl->ts[(cl->ts_head + cl->ts_n++) % r->o->pipeline] = bc_now_ns();
    bc_cmd_next(&cl->cmd, r->o);
    bc_lib_send(cl, cl->cmd.argc, cl->cmd.argv, cl->cmd.lens);
    return 1;
}

/* submit the client's next batch; 0 if nothing was left to send */
static int bc_send_batch(bc_client *cl) {
    bc_run *r = cl->run;
    long long n = r->total - r->issued, i;
    if (n <= 0) return 0;
    if (n > r->o->pipeline) n = r->o->pipeline;
    if (r->o->window) {
        for (i = 0; i < n; i++) bc_send_one(cl);
        return 1;
    }
    r->issued += n;
    cl->pending = (int)n;
    cl->lat = -1;
    cl->t_batch = bc_now_ns();
#ifdef BC_LIB_BATCH
    if (r->o->explicit_pipeline) {   /* the same commands, as one pipeline object */
        bc_lib_batch_begin(cl, (int)n);
        for (i = 0; i < n; i++) {
            bc_cmd_next(&cl->cmd, r->o);
            bc_lib_batch_add(cl, cl->cmd.argc, cl->cmd.argv, cl->cmd.lens);
        }
        bc_lib_batch_end(cl);
        return 1;
    }
#endif
    for (i = 0; i < n; i++) {
        bc_cmd_next(&cl->cmd, r->o);
        bc_lib_send(cl, cl->cmd.argc, cl->cmd.argv, cl->cmd.lens);
    }
    return 1;
}

/* a reply for cl arrived (is_error: an error reply; text for the report) */
static void bc_reply(bc_client *cl, int is_error, const char *text, size_t len) {
    bc_run *r = cl->run;
    if (r->o->window) {   /* this command's own latency; the next command goes out */
        bc_hist_add(&r->hist, bc_now_ns() - cl->ts[cl->ts_head]);
        cl->ts_head = (cl->ts_head + 1) % r->o->pipeline;
        cl->ts_n--;
    } else {
        if (cl->lat < 0) cl->lat = bc_now_ns() - cl->t_batch;
        bc_hist_add(&r->hist, cl->lat);
    }
    r->done++;
    if (is_error) {
        if (!r->errors++) {
            if (len >= sizeof r->first_error) len = sizeof r->first_error - 1;
            memcpy(r->first_error, text, len);
            r->first_error[len] = 0;
        }
    }
    if (r->o->window) {
        if (!bc_send_one(cl) && r->done == r->total) {
            r->finished = 1;
            r->t_end = bc_now_ns();
            r->cpu_end = bc_cpu_ns();
            bc_lib_finished(r);
        }
        return;
    }
    if (--cl->pending == 0 && !bc_send_batch(cl) && r->done == r->total) {
        r->finished = 1;
        r->t_end = bc_now_ns();
        r->cpu_end = bc_cpu_ns();
        bc_lib_finished(r);
    }
}

static void bc_run_init(bc_run *r, const bc_opts *o, const bc_test *t, bc_client *cl, int ncl) {
    int i;
    memset(r, 0, sizeof *r);
    r->o = o; r->t = t; r->cl = cl; r->ncl = ncl;
    r->total = o->requests;
    bc_hist_reset(&r->hist);
    for (i = 0; i < ncl; i++) {
        cl[i].run = r;
        cl[i].pending = 0;
        cl[i].ts_head = cl[i].ts_n = 0;
        if (o->window && !cl[i].ts) {
            cl[i].ts = (long long *)malloc((size_t)o->pipeline * sizeof(long long));
            if (!cl[i].ts) { perror("malloc"); exit(1); }
        }
        bc_cmd_init(&cl[i].cmd, t, o);
    }
}

/* the untimed warm-up: one batch per client, nothing reported */
static void bc_run_init_warmup(bc_run *r, const bc_opts *o, const bc_test *t, bc_client *cl, int ncl) {
    bc_run_init(r, o, t, cl, ncl);
    r->total = (long long)ncl * o->pipeline;
}

static void bc_run_start(bc_run *r) {
    int i;
    r->t_start = r->p_last_t = bc_now_ns();
    r->cpu_start = bc_cpu_ns();
    for (i = 0; i < r->ncl; i++) bc_send_batch(&r->cl[i]);
}

static void bc_run_done(bc_run *r) {
    int i;
    for (i = 0; i < r->ncl; i++) {
        bc_cmd_free(&r->cl[i].cmd);
        free(r->cl[i].ts);
        r->cl[i].ts = NULL;
    }
}

/* the live progress line (call it every ~250 ms) */
static void bc_progress(bc_run *r) {
    long long now = bc_now_ns();
    double dt = (double)(now - r->p_last_t) / 1e9, tt = (double)(now - r->t_start) / 1e9;
    long long dn = r->done - r->p_last_done;
    double dsum = r->hist.sum - r->p_last_sum;
    if (!r->o->progress || r->finished) return;
    printf("\r%s: rps=%.1f (overall: %.1f) avg_msec=%.3f (overall: %.3f)\033[K", r->t->name,
           dt > 0 ? (double)dn / dt : 0.0, tt > 0 ? (double)r->done / tt : 0.0,
           dn ? dsum / (double)dn / 1e6 : 0.0, r->done ? r->hist.sum / (double)r->done / 1e6 : 0.0);
    fflush(stdout);
    r->p_last_t = now; r->p_last_done = r->done; r->p_last_sum = r->hist.sum;
}

static int bc_csv_header_done;

static void bc_report(bc_run *r) {
    const bc_opts *o = r->o;
    double secs = (double)(r->t_end - r->t_start) / 1e9;
    double rps = secs > 0 ? (double)r->done / secs : 0.0;
    double cpu_ns = (double)(r->cpu_end - r->cpu_start) / (double)(r->done ? r->done : 1);
    const bc_hist *h = &r->hist;
    double avg = h->count ? h->sum / (double)h->count / 1e6 : 0.0;
    double mn = (double)(h->min < 0 ? 0 : h->min) / 1e6, mx = (double)h->max / 1e6;
    double p50 = bc_hist_pct(h, 50) / 1e6, p95 = bc_hist_pct(h, 95) / 1e6, p99 = bc_hist_pct(h, 99) / 1e6,
           p999 = bc_hist_pct(h, 99.9) / 1e6;
    int pr = o->precision;
    if (o->progress) { printf("\r\033[K"); fflush(stdout); }
    if (o->csv) {
        if (!bc_csv_header_done++)
            printf("\"test\",\"rps\",\"avg_latency_ms\",\"min_latency_ms\",\"p50_latency_ms\",\"p95_latency_ms\","
                   "\"p99_latency_ms\",\"p999_latency_ms\",\"max_latency_ms\",\"client_cpu_ns_per_req\"\n");
        printf("\"%s\",\"%.2f\",\"%.3f\",\"%.3f\",\"%.3f\",\"%.3f\",\"%.3f\",\"%.3f\",\"%.3f\",\"%.1f\"\n",
               r->t->name, rps, avg, mn, p50, p95, p99, p999, mx, cpu_ns);
    } else if (o->quiet) {
        printf("%s: %.2f requests per second, p50=%.*f p99=%.*f p99.9=%.*f max=%.*f msec, client cpu %.0f ns/req\n",
               r->t->name, rps, pr, p50, pr, p99, pr, p999, pr, mx, cpu_ns);
    } else {
        printf("====== %s ======\n", r->t->name);
        printf("  %lld requests completed in %.2f seconds\n", r->done, secs);
        if (o->pool) printf("  %d users of a pool of %d connections, one event loop\n", o->clients, o->pool);
        else printf("  %d parallel clients, one event loop\n", o->clients);
        printf("  %lld bytes payload\n", o->datasize);
        printf("  pipeline: %d%s\n", o->pipeline, o->explicit_pipeline ? " (explicit pipeline object)" : "");
        printf("  client: %s\n", BC_CLIENT_NAME);
        printf("  client CPU (user+sys): %.3f s, %.1f ns per request\n\n",
               (double)(r->cpu_end - r->cpu_start) / 1e9, cpu_ns);
        printf("Summary:\n");
        printf("  throughput summary: %.2f requests per second\n", rps);
        printf("  latency summary (msec):\n");
        printf("  %10s %10s %10s %10s %10s %10s %10s\n", "avg", "min", "p50", "p95", "p99", "p99.9", "max");
        printf("  %10.*f %10.*f %10.*f %10.*f %10.*f %10.*f %10.*f\n\n", pr, avg, pr, mn, pr, p50, pr, p95, pr,
               p99, pr, p999, pr, mx);
    }
    if (r->errors)
        fprintf(stderr, "%s: %lld error replies, the first: %s\n", r->t->name, r->errors, r->first_error);
    fflush(stdout);
}

/* ------------------------------------------------------------------ --idle */
/* resident memory of this process in bytes (Linux /proc/self/statm), or -1 */
static long long bc_rss_bytes(void) {
    long long size = 0, res = -1;
    FILE *f = fopen("/proc/self/statm", "r");
    if (!f) return -1;
    if (fscanf(f, "%lld %lld", &size, &res) != 2) res = -1;
    fclose(f);
    return res < 0 ? -1 : res * (long long)sysconf(_SC_PAGESIZE);
}

/* --idle's result: connections, RSS before and after, ns from the first
   connect to the last PONG */
static void bc_idle_report(const bc_opts *o, long long rss0, long long rss1, long long ns) {
    double per = o->clients ? (double)(rss1 - rss0) / (double)o->clients : 0.0;
    if (o->csv) {
        printf("\"test\",\"clients\",\"rss_before_bytes\",\"rss_after_bytes\",\"rss_bytes_per_client\","
               "\"connect_ms\"\n");
        printf("\"IDLE\",\"%d\",\"%lld\",\"%lld\",\"%.1f\",\"%.3f\"\n", o->clients, rss0, rss1, per,
               (double)ns / 1e6);
    } else {
        printf("%s%s: %d connections, each answered one PING: RSS %lld -> %lld bytes, %.0f bytes per connection; "
               "%.1f ms from the first connect to the last PONG\n", BC_CLIENT_NAME, o->sync ? " --sync" : "",
               o->clients, rss0, rss1, per, (double)ns / 1e6);
    }
    fflush(stdout);
}

/* the byte value of -d */
static void bc_setup(bc_opts *o) {
    char *v = (char *)malloc((size_t)o->datasize + 1);
    if (!v) { perror("malloc"); exit(1); }
    memset(v, 'x', (size_t)o->datasize);
    v[o->datasize] = 0;
    bc_value = v;
    bc_rng = o->seed * 0x9E3779B97F4A7C15ull;
    if (!bc_rng) bc_rng = 1;
}

#endif /* BENCH_COMMON_H */
