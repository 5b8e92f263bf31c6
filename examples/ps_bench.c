/* ps_bench.c - the receiving side of the pub/sub row of `make bench`: one
   subscriber on asyncredis or on the hiredis async API (Debian's hiredis
   0.14), the same program otherwise.

       ps_bench --lib asyncredis|hiredis [-h host] [-p port] -n N
                (--channel NAME | --pattern PATTERN)

   It connects, subscribes, and once the server confirmed the subscription
   prints "ready" and waits for a line on stdin without turning its loop.
   Meanwhile tests/bench.py publishes the N messages from another process
   (redis-benchmark, pipelined); the server keeps what the subscriber does
   not read yet in its output buffer (the bench server runs with
   client-output-buffer-limit pubsub 0 0 0). On "go" the subscriber reads
   until N messages have arrived, as fast as it can take them, and prints
   one CSV line:

       lib,n,seconds,msgs_per_s,cpu_ns_per_msg,user_ns_per_msg,bytes

   CPU is getrusage(RUSAGE_SELF) (user + sys) from "go" to the N-th
   message, so it holds the client's receive path alone: read(2), parsing,
   routing, the callback. Both callbacks do the same: count the message and
   its payload bytes (hiredis's also tells messages from confirmations by
   the first element, which asyncredis does inside the library).

   The hiredis side runs on a minimal epoll loop with an adapter doing what
   hiredis's adapters/ae.h does (as examples/hiredis_bench.c). Built only
   by `make bench` (it needs -lhiredis). */
#define ASYNCREDIS_IMPLEMENTATION
#include "asyncredis.h"   /* first: it sets the POSIX feature macros */
#include <hiredis/hiredis.h>
#include <hiredis/async.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <time.h>

static long long want, got, bytes;
static int fatal, confirmed;

static long long now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}
static void cpu_ns(long long *total, long long *user) {
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    *user = (long long)ru.ru_utime.tv_sec * 1000000000LL + (long long)ru.ru_utime.tv_usec * 1000LL;
    *total = *user + (long long)ru.ru_stime.tv_sec * 1000000000LL + (long long)ru.ru_stime.tv_usec * 1000LL;
}

/* ------------------------------------------------------------ asyncredis */
static ar_loop *loop;
static void ar_on_message(ar_client *c, ar_sub *s, const ar_message *m, void *ud) {
    (void)c; (void)s; (void)ud;
    got++;
    bytes += (long long)m->payload_len;
    if (got >= want) ar_loop_stop(loop);
}
static void ar_on_confirm(ar_client *c, const ar_reply *r, void *ud) {
    (void)c; (void)ud;
    if (r->err || r->type == AR_REPLY_ERROR) { fprintf(stderr, "ps_bench: subscribe: %s\n", r->str); fatal = 1; }
    else confirmed = 1;
    ar_loop_stop(loop);
}
static void ar_on_disconnect(ar_client *c, ar_err reason, void *data) {
    (void)data;
    if (reason != AR_ERR_CLOSED) { fprintf(stderr, "ps_bench: connection lost: %s\n", ar_client_errstr(c)); fatal = 1; ar_loop_stop(loop); }
}
static ar_client *ar_start(const char *host, int port, int kind, const char *name) {
    ar_options o;
    ar_client *c;
    memset(&o, 0, sizeof o);
    o.host = host; o.port = port; o.loop = loop = ar_loop_new(NULL);
    o.no_reconnect = 1;
    o.on_disconnect = ar_on_disconnect;
    c = ar_client_new(&o, NULL);
    if (!c || ar_subscribe(c, kind, 1, &name, NULL, ar_on_message, ar_on_confirm, NULL, NULL) != AR_OK) {
        fprintf(stderr, "ps_bench: asyncredis client\n");
        exit(1);
    }
    return c;
}

/* --------------------------------------------------------------- hiredis */
static int epfd = -1;
typedef struct hb_ev { redisAsyncContext *ac; int fd; unsigned want, kmask; } hb_ev;
static void hb_sync(hb_ev *e) {
    struct epoll_event ev;
    if (e->want == e->kmask) return;
    memset(&ev, 0, sizeof ev);
    ev.events = (e->want & 1u ? EPOLLIN : 0u) | (e->want & 2u ? EPOLLOUT : 0u);
    ev.data.ptr = e;
    if (e->kmask == 0) epoll_ctl(epfd, EPOLL_CTL_ADD, e->fd, &ev);
    else if (e->want == 0) epoll_ctl(epfd, EPOLL_CTL_DEL, e->fd, &ev);
    else epoll_ctl(epfd, EPOLL_CTL_MOD, e->fd, &ev);
    e->kmask = e->want;
}
static void hb_add_read(void *p) { hb_ev *e = (hb_ev *)p; e->want |= 1u; hb_sync(e); }
static void hb_del_read(void *p) { hb_ev *e = (hb_ev *)p; e->want &= ~1u; hb_sync(e); }
static void hb_add_write(void *p) { hb_ev *e = (hb_ev *)p; e->want |= 2u; hb_sync(e); }
static void hb_del_write(void *p) { hb_ev *e = (hb_ev *)p; e->want &= ~2u; hb_sync(e); }
static void hb_cleanup(void *p) { hb_ev *e = (hb_ev *)p; e->want = 0; hb_sync(e); free(e); }
static void hb_turn(int timeout_ms) {
    struct epoll_event evs[16];
    int n = epoll_wait(epfd, evs, 16, timeout_ms), i;
    if (n < 0 && errno != EINTR) { perror("epoll_wait"); exit(1); }
    for (i = 0; i < n && !fatal; i++) {
        hb_ev *e = (hb_ev *)evs[i].data.ptr;
        unsigned ev = evs[i].events;
        if ((ev & (EPOLLIN | EPOLLERR | EPOLLHUP)) && (e->want & 1u)) redisAsyncHandleRead(e->ac);
        if (fatal) return;
        if ((ev & (EPOLLOUT | EPOLLERR)) && (e->want & 2u)) redisAsyncHandleWrite(e->ac);
    }
}
/* every element of a subscribed connection comes here: the confirmation
   ("subscribe" / "psubscribe") and each message ("message" / "pmessage") */
static void hr_on_reply(redisAsyncContext *ac, void *reply, void *priv) {
    redisReply *r = (redisReply *)reply, *k;
    (void)priv;
    if (!r) { /* the connection is going away: an error unless we are done */
        if (!fatal && got < want) fprintf(stderr, "ps_bench: hiredis: %s\n", ac->errstr ? ac->errstr : "connection lost");
        if (got < want) fatal = 1;
        return;
    }
    if (r->type != REDIS_REPLY_ARRAY || r->elements < 3) { fprintf(stderr, "ps_bench: unexpected reply\n"); fatal = 1; return; }
    k = r->element[0];
    if (k->str[0] == 'm' || k->str[0] == 'p') {   /* "message" / "pmessage" (psubscribe is 10 long) */
        if (k->len == 7 || k->len == 8) {
            got++;
            bytes += (long long)r->element[r->elements - 1]->len;
            return;
        }
    }
    confirmed = 1;
}
static redisAsyncContext *hr_start(const char *host, int port, int pattern, const char *name) {
    redisAsyncContext *ac = redisAsyncConnect(host, port);
    hb_ev *e;
    epfd = epoll_create1(EPOLL_CLOEXEC);
    if (!ac || ac->err || epfd < 0) { fprintf(stderr, "ps_bench: hiredis connect\n"); exit(1); }
    e = (hb_ev *)calloc(1, sizeof *e);
    e->ac = ac; e->fd = ac->c.fd;
    ac->ev.addRead = hb_add_read; ac->ev.delRead = hb_del_read;
    ac->ev.addWrite = hb_add_write; ac->ev.delWrite = hb_del_write;
    ac->ev.cleanup = hb_cleanup; ac->ev.data = e;
    hb_add_write(e);
    redisAsyncCommand(ac, hr_on_reply, NULL, pattern ? "PSUBSCRIBE %s" : "SUBSCRIBE %s", name);
    return ac;
}

int main(int argc, char **argv) {
    const char *lib = "asyncredis", *host = "127.0.0.1", *name = NULL;
    int port = 6379, pattern = 0, i, hiredis;
    char line[64];
    long long t0, t1, c0, c1, u0, u1;
    ar_client *c = NULL;
    redisAsyncContext *ac = NULL;
    for (i = 1; i < argc; i += 2) {   /* every flag takes a value */
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!v) { fprintf(stderr, "ps_bench: %s needs a value\n", a); return 2; }
        if (!strcmp(a, "--lib")) lib = v;
        else if (!strcmp(a, "-h")) host = v;
        else if (!strcmp(a, "-p")) port = atoi(v);
        else if (!strcmp(a, "-n")) want = atoll(v);
        else if (!strcmp(a, "--channel")) { name = v; pattern = 0; }
        else if (!strcmp(a, "--pattern")) { name = v; pattern = 1; }
        else { fprintf(stderr, "usage: ps_bench --lib asyncredis|hiredis [-h host] [-p port] -n N (--channel C | --pattern P)\n"); return 2; }
    }
    hiredis = !strcmp(lib, "hiredis");
    if (!name || want <= 0 || (!hiredis && strcmp(lib, "asyncredis"))) { fprintf(stderr, "ps_bench: -n, --lib and a channel or pattern\n"); return 2; }

    if (hiredis) { ac = hr_start(host, port, pattern, name); while (!confirmed && !fatal) hb_turn(1000); }
    else { c = ar_start(host, port, pattern ? AR_SUB_PATTERN : AR_SUB_CHANNEL, name); ar_loop_run(loop); }
    if (fatal || !confirmed) return 1;
    printf("ready\n");
    fflush(stdout);
    if (!fgets(line, sizeof line, stdin)) return 1;   /* the messages pile up meanwhile */

    t0 = now_ns(); cpu_ns(&c0, &u0);
    if (hiredis) while (got < want && !fatal) hb_turn(1000);
    else while (got < want && !fatal) ar_loop_run_once(loop, 1000);
    t1 = now_ns(); cpu_ns(&c1, &u1);
    if (fatal || got != want) { fprintf(stderr, "ps_bench: %lld of %lld messages\n", got, want); return 1; }
    printf("%s,%lld,%.6f,%.0f,%.1f,%.1f,%lld\n", lib, want, (t1 - t0) / 1e9, want / ((t1 - t0) / 1e9),
           (double)(c1 - c0) / (double)want, (double)(u1 - u0) / (double)want, bytes);
    fflush(stdout);
    if (hiredis) redisAsyncFree(ac);
    else { ar_client_free(c); ar_loop_free(loop); }
    return 0;
}
