/* demo.c - a guided tour of asyncredis; `make demo` runs it against a
   throwaway redis-server (see examples/run-demo.sh).

   Shows, on the built-in loop, every step driven from callbacks:
     1. a non-blocking connect (commands may be queued before it completes)
     2. SET / GET
     3. 100,000 pipelined INCRs, submitted in batches from the reply
        callbacks so the loop keeps turning (a 10 ms timer on the same loop
        keeps ticking), with elapsed time and ops/s; every reply is checked
        to arrive once and in order
     4. binary values: all 256 byte values, then a 1 MiB value, verified
        byte for byte after the round trip
     5. the client's counters (ar_client_stats): commands, replies, the
        number of write and read system calls, bytes
     6. a graceful close, after which ar_loop_run returns by itself

   Usage: demo [HOST [PORT]] | demo /path/to/redis.sock
          (default 127.0.0.1 6379). Exit status 0 when every check passed.
   The keys it uses start with "asyncredis:demo:" and are deleted at the end. */
#define ASYNCREDIS_IMPLEMENTATION
#include "asyncredis.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define INCR_TOTAL 100000L
#define INCR_BATCH 1000L        /* commands submitted per batch */
#define INCR_WINDOW 16L         /* batches in flight at most */
#define BIG_SIZE (1024L * 1024L)

#define K_GREETING "asyncredis:demo:greeting"
#define K_COUNTER "asyncredis:demo:counter"
#define K_BYTES "asyncredis:demo:bytes"
#define K_BIG "asyncredis:demo:big"

typedef struct demo {
    ar_loop *loop;
    ar_client *c;
    int connected;
    int failed;                 /* a check failed or a command could not run */
    double t_start, t0;         /* seconds, monotonic */
    ar_timer tick;
    long ticks;
    long incr_sent, incr_replies, incr_out_of_order;
    unsigned char bytes[256];
    unsigned char *big;
    ar_stats st;
} demo;

static double now_s(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* 1234567 -> "1,234,567" */
static const char *grouped(unsigned long long v, char *buf) {
    char tmp[32];
    int n = sprintf(tmp, "%llu", v), i, j = 0;
    for (i = 0; i < n; i++) {
        if (i && (n - i) % 3 == 0) buf[j++] = ',';
        buf[j++] = tmp[i];
    }
    buf[j] = 0;
    return buf;
}

/* Stop the tour after the first failure: close the client. Commands still
   pending finish (or fail, ignored) and the loop returns when it is gone. */
static void stop_tour(demo *d) {
    d->failed = 1;
    ar_timer_stop(&d->tick);
    ar_client_close(d->c);
}

static void give_up(demo *d, const char *what, const ar_reply *r) {
    if (d->failed) return;
    if (!r) printf("   FAILED: %s\n", what);
    else if (r->err && strcmp(r->str, ar_strerror(r->err)) != 0)
        printf("   FAILED: %s: %s (%s)\n", what, ar_strerror(r->err), r->str);
    else if (r->err) printf("   FAILED: %s: %s\n", what, r->str);
    else if (r->type == AR_REPLY_ERROR) printf("   FAILED: %s: the server replied %s\n", what, r->str);
    else printf("   FAILED: %s: unexpected %s reply\n", what, ar_reply_type_name(r->type));
    stop_tour(d);
}

/* 1 when r is a server reply of the wanted type; otherwise gives up */
static int expect(demo *d, const ar_reply *r, ar_reply_type type, const char *what) {
    if (d->failed) return 0;
    if (r->err || r->type != type) { give_up(d, what, r); return 0; }
    return 1;
}

/* a refused submission gets no callback: report it here */
static void send_or_fail(demo *d, int rc, const char *what) {
    if (rc == AR_OK || d->failed) return;
    printf("   FAILED: %s refused: %s\n", what, ar_strerror(rc));
    stop_tour(d);
}

static void step_binary(demo *d);
static void step_stats(demo *d);

/* ------------------------------------------------------------ 1 + 2 */
static void on_connect(ar_client *c, void *data) {
    demo *d = (demo *)data;
    (void)c;
    d->connected = 1;
    printf("1. connect\n   connected in %.2f ms (built-in loop, %s backend)\n",
           (now_s() - d->t_start) * 1e3, ar_loop_backend(d->loop));
}

static void on_set_greeting(ar_client *c, const ar_reply *r, void *ud) {
    (void)c;
    if (expect((demo *)ud, r, AR_REPLY_STATUS, "SET"))
        printf("2. SET / GET\n   SET %s -> %s\n", K_GREETING, r->str);
}

static void on_tick(ar_timer *t, void *ud) { (void)t; ((demo *)ud)->ticks++; }

static void send_incr_batch(demo *d);

static void on_get_greeting(ar_client *c, const ar_reply *r, void *ud) {
    demo *d = (demo *)ud;
    char a[32], b[32];
    if (!expect(d, r, AR_REPLY_STRING, "GET")) return;
    printf("   GET %s -> \"%.*s\"\n", K_GREETING, (int)r->len, r->str);

    /* step 3 starts here: a fresh counter, a 10 ms timer, the first batches */
    printf("3. pipelined INCR\n   %s INCRs, in batches of %s with up to %ld batches in flight ...\n",
           grouped(INCR_TOTAL, a), grouped(INCR_BATCH, b), INCR_WINDOW);
    fflush(stdout);
    send_or_fail(d, ar_command(c, NULL, NULL, "DEL %s", K_COUNTER), "DEL");
    ar_timer_start(&d->tick, 10, 10, on_tick, d);
    d->t0 = now_s();
    while (!d->failed && d->incr_sent < INCR_BATCH * INCR_WINDOW) send_incr_batch(d);
}

/* ------------------------------------------------------------ 3 */
static void on_incr(ar_client *c, const ar_reply *r, void *ud) {
    demo *d = (demo *)ud;
    double dt;
    char a[32], b[32];
    (void)c;
    if (!expect(d, r, AR_REPLY_INTEGER, "INCR")) return;
    d->incr_replies++;
    if (r->integer != d->incr_replies) d->incr_out_of_order++; /* FIFO: reply n must say n */
    if (d->incr_replies % INCR_BATCH == 0 && d->incr_sent < INCR_TOTAL) {
        send_incr_batch(d); /* a batch came back: send the next one */
        return;
    }
    if (d->incr_replies < INCR_TOTAL) return;

    dt = now_s() - d->t0;
    ar_timer_stop(&d->tick);
    printf("   done in %.1f ms: %s ops/s; the counter reads %s\n", dt * 1e3,
           grouped((unsigned long long)((double)INCR_TOTAL / dt), a), grouped((unsigned long long)r->integer, b));
    printf("   every reply arrived exactly once and in order: %s\n", d->incr_out_of_order ? "NO" : "yes");
    printf("   a 10 ms timer on the same loop ticked %ld times meanwhile (the loop never blocked)\n", d->ticks);
    if (d->incr_out_of_order || r->integer != INCR_TOTAL) { give_up(d, "INCR counts", NULL); return; }
    step_binary(d);
}

static void send_incr_batch(demo *d) {
    long i;
    for (i = 0; i < INCR_BATCH && d->incr_sent < INCR_TOTAL && !d->failed; i++) {
        send_or_fail(d, ar_command(d->c, on_incr, d, "INCR %s", K_COUNTER), "INCR");
        d->incr_sent++;
    }
}

/* ------------------------------------------------------------ 4 */
static void on_get_bytes(ar_client *c, const ar_reply *r, void *ud) {
    demo *d = (demo *)ud;
    int same;
    (void)c;
    if (!expect(d, r, AR_REPLY_STRING, "GET all 256 byte values")) return;
    same = r->len == sizeof d->bytes && memcmp(r->str, d->bytes, sizeof d->bytes) == 0;
    printf("   all 256 byte values (0x00..0xff): %u bytes back, %s\n", (unsigned)r->len,
           same ? "identical" : "DIFFERENT");
    if (!same) give_up(d, "binary round trip", NULL);
}

static void on_get_big(ar_client *c, const ar_reply *r, void *ud) {
    demo *d = (demo *)ud;
    size_t i = 0;
    char a[32];
    (void)c;
    if (!expect(d, r, AR_REPLY_STRING, "GET 1 MiB value")) return;
    if (r->len == (size_t)BIG_SIZE)
        while (i < r->len && (unsigned char)r->str[i] == d->big[i]) i++;
    printf("   1 MiB value, zero-copy SET: SET + GET in %.1f ms, %s bytes back, %s\n",
           (now_s() - d->t0) * 1e3, grouped(r->len, a),
           i == (size_t)BIG_SIZE ? "identical" : "DIFFERENT");
    if (i != (size_t)BIG_SIZE) { give_up(d, "1 MiB round trip", NULL); return; }
    step_stats(d);
}

static void on_set_ok(ar_client *c, const ar_reply *r, void *ud) {
    (void)c;
    expect((demo *)ud, r, AR_REPLY_STATUS, "SET");
}

static void step_binary(demo *d) {
    unsigned x = 12345u;
    long i;
    ar_cmd_opts nocopy;
    printf("4. binary values (%%b: pointer + length)\n");
    for (i = 0; i < 256; i++) d->bytes[i] = (unsigned char)i;
    d->big = (unsigned char *)malloc((size_t)BIG_SIZE);
    if (!d->big) { give_up(d, "out of memory", NULL); return; }
    for (i = 0; i < BIG_SIZE; i++) { x = x * 1103515245u + 12345u; d->big[i] = (unsigned char)(x >> 16); }

    send_or_fail(d, ar_command(d->c, on_set_ok, d, "SET %s %b", K_BYTES, d->bytes, sizeof d->bytes), "SET");
    send_or_fail(d, ar_command(d->c, on_get_bytes, d, "GET %s", K_BYTES), "GET");
    /* zero copy: the 1 MiB is sent straight from d->big, which therefore
       stays untouched until the SET's callback has run */
    memset(&nocopy, 0, sizeof nocopy);
    nocopy.flags = AR_CMD_NOCOPY;
    d->t0 = now_s();
    send_or_fail(d, ar_command_ex(d->c, &nocopy, on_set_ok, d, "SET %s %b", K_BIG, d->big, (size_t)BIG_SIZE), "SET");
    send_or_fail(d, ar_command(d->c, on_get_big, d, "GET %s", K_BIG), "GET");
}

/* ------------------------------------------------------------ 5 + 6 */
static void on_cleanup(ar_client *c, const ar_reply *r, void *ud) {
    demo *d = (demo *)ud;
    char a[32], b[32], e[32];
    if (!expect(d, r, AR_REPLY_INTEGER, "DEL")) return;
    ar_client_stats(c, &d->st); /* read the counters before the client is gone */
    printf("5. client stats (ar_client_stats)\n");
    printf("   commands %s, replies %s, failures %llu, connects %llu\n", grouped(d->st.commands, a),
           grouped(d->st.replies, b), d->st.failures, d->st.connects);
    printf("   socket writes %s (%s commands per write), socket reads %s\n", grouped(d->st.writes, a),
           grouped(d->st.writes ? d->st.commands / d->st.writes : 0, b), grouped(d->st.reads, e));
    printf("   bytes out %s, bytes in %s\n", grouped(d->st.bytes_out, a), grouped(d->st.bytes_in, b));
    printf("6. close\n");
    ar_client_close(c); /* graceful: nothing is pending, the client is freed on the next turn */
}

static void step_stats(demo *d) {
    send_or_fail(d, ar_command(d->c, on_cleanup, d, "DEL %s %s %s %s", K_GREETING, K_COUNTER, K_BYTES, K_BIG),
                 "DEL");
}

int main(int argc, char **argv) {
    demo d;
    ar_options o;
    const char *why = NULL;
    char where[300];

    memset(&d, 0, sizeof d);
    memset(&o, 0, sizeof o);
    if (argc > 1 && strchr(argv[1], '/')) {
        o.path = argv[1];
        snprintf(where, sizeof where, "unix:%s", argv[1]);
    } else {
        o.host = argc > 1 ? argv[1] : "127.0.0.1";
        o.port = argc > 2 ? atoi(argv[2]) : 6379;
        snprintf(where, sizeof where, "%s:%d", o.host, o.port);
    }
    printf("asyncredis %s demo, server %s\n\n", ASYNCREDIS_VERSION, where);

    d.loop = ar_loop_new(NULL);
    if (!d.loop) { printf("cannot create the event loop\n"); return 1; }
    ar_timer_init(d.loop, &d.tick);
    o.loop = d.loop;
    o.on_connect = on_connect;
    o.data = &d;
    d.t_start = now_s();
    d.c = ar_client_new(&o, &why);
    if (!d.c) { printf("bad options: %s\n", why); ar_loop_free(d.loop); return 1; }

    /* queued now, sent as soon as the connection is up (in one write) */
    send_or_fail(&d, ar_command(d.c, on_set_greeting, &d, "SET %s %s", K_GREETING, "hello from asyncredis"), "SET");
    send_or_fail(&d, ar_command(d.c, on_get_greeting, &d, "GET %s", K_GREETING), "GET");

    ar_loop_run(d.loop); /* returns once the client has closed and nothing is left to wait for */
    ar_loop_free(d.loop);
    free(d.big);

    if (d.failed) {
        if (d.connected) printf("\nthe demo stopped early\n");
        else printf("\ncould not connect: is redis-server running at %s?\n", where);
        return 1;
    }
    printf("   closed gracefully; ar_loop_run returned by itself after %.1f ms in total\n\nall checks passed\n",
           (now_s() - d.t_start) * 1e3);
    return 0;
}
