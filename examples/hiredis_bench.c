/* hiredis_bench.c - the baseline of `make bench`: the arbench load
   generator (same flags, tests, keys, bookkeeping and output, all from
   examples/bench_common.h) on the hiredis async API (redisAsyncContext,
   redisAsyncCommandArgv), as Debian 12 ships it (libhiredis-dev 0.14).

   The event loop: Debian's hiredis has adapters for ae, libevent, libev,
   glib, libuv, ivykis, but ae (redis's own loop) is not packaged and the
   others need more -dev packages. So this file carries a minimal epoll loop
   with an adapter that does what hiredis's adapters/ae.h does on ae's epoll
   backend: it remembers whether it is reading / writing, so only real
   changes cost an epoll_ctl, and runs redisAsyncHandleRead / Write when
   epoll reports the fd. That is the leanest way to drive hiredis, so the
   baseline is not slowed down by its loop. Build with -DHB_LIBEVENT (and
   -levent) to use hiredis's own adapters/libevent.h instead.

   --idle (memory per connection, see bench_common.h) runs on the same
   async contexts and loop; --idle --sync on blocking contexts instead
   (redisConnect, redisCommand PING), one after another.

   Built only by `make bench` (it needs -lhiredis):
       cc -O2 -Iexamples examples/hiredis_bench.c -lhiredis -o build/hiredis_bench */
#define _POSIX_C_SOURCE 200809L
#include <hiredis/hiredis.h>
#include <hiredis/async.h>
#include <errno.h>
#include <sys/epoll.h>

#define BC_STR2(x) #x
#define BC_STR(x) BC_STR2(x)
#ifdef HB_LIBEVENT
#include <hiredis/adapters/libevent.h>
#define BC_CLIENT_NAME "hiredis " BC_STR(HIREDIS_MAJOR) "." BC_STR(HIREDIS_MINOR) "." BC_STR(HIREDIS_PATCH) " (async, libevent adapter)"
#else
#define BC_CLIENT_NAME "hiredis " BC_STR(HIREDIS_MAJOR) "." BC_STR(HIREDIS_MINOR) "." BC_STR(HIREDIS_PATCH) " (async, ae-style epoll adapter)"
#endif
#define BC_LIB_SYNC       /* --idle --sync: blocking contexts */
#include "bench_common.h"

static int n_connected, n_ready, fatal, stop;

#ifdef HB_LIBEVENT
static struct event_base *base;
static struct event *tick_ev;
static void loop_stop(void) { stop = 1; event_base_loopbreak(base); }
#else
/* ---------------------------------------------- the epoll loop + adapter */
static int epfd = -1;
typedef struct hb_ev {
    redisAsyncContext *ac;
    int fd;
    unsigned want, kmask;    /* 1 read, 2 write: wanted / what epoll has */
} hb_ev;

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

static int hb_attach(redisAsyncContext *ac) {
    hb_ev *e = (hb_ev *)calloc(1, sizeof *e);
    if (!e) return -1;
    e->ac = ac; e->fd = ac->c.fd;
    ac->ev.addRead = hb_add_read; ac->ev.delRead = hb_del_read;
    ac->ev.addWrite = hb_add_write; ac->ev.delWrite = hb_del_write;
    ac->ev.cleanup = hb_cleanup; ac->ev.data = e;
    hb_add_write(e);   /* the connect completes on the first write event */
    return 0;
}

/* one turn: wait at most timeout_ms, dispatch */
static void hb_turn(int timeout_ms) {
    struct epoll_event evs[128];
    int n = epoll_wait(epfd, evs, 128, timeout_ms), i;
    if (n < 0 && errno != EINTR) { perror("epoll_wait"); exit(1); }
    for (i = 0; i < n; i++) {
        hb_ev *e = (hb_ev *)evs[i].data.ptr;
        unsigned ev = evs[i].events;
        if ((ev & (EPOLLIN | EPOLLERR | EPOLLHUP)) && (e->want & 1u)) redisAsyncHandleRead(e->ac);
        /* the read may have freed the context (fatal): then e is gone too */
        if (fatal) return;
        if ((ev & (EPOLLOUT | EPOLLERR)) && (e->want & 2u)) redisAsyncHandleWrite(e->ac);
        if (fatal) return;
    }
}
static void loop_stop(void) { stop = 1; }
#endif

static void on_reply(redisAsyncContext *ac, void *reply, void *priv) {
    bc_client *cl = (bc_client *)priv;
    redisReply *r = (redisReply *)reply;
    if (!r) {   /* the connection is going away */
        if (!fatal) fprintf(stderr, "hiredis_bench: %s\n", ac->errstr ? ac->errstr : "no reply");
        fatal = 1;
        loop_stop();
        return;
    }
    bc_reply(cl, r->type == REDIS_REPLY_ERROR, r->str, r->type == REDIS_REPLY_ERROR ? r->len : 0);
}

static void bc_lib_send(bc_client *cl, int argc, const char **argv, const size_t *lens) {
    if (redisAsyncCommandArgv((redisAsyncContext *)cl->conn, on_reply, cl, argc, argv, lens) != REDIS_OK) {
        fprintf(stderr, "hiredis_bench: submit failed\n");
        exit(1);
    }
}

static void bc_lib_finished(bc_run *r) { (void)r; loop_stop(); }

static void on_connect(const redisAsyncContext *ac, int status) {
    if (status != REDIS_OK) {
        fprintf(stderr, "hiredis_bench: connect: %s\n", ac->errstr);
        fatal = 1;
        loop_stop();
        return;
    }
    n_connected++;
}

static void on_disconnect(const redisAsyncContext *ac, int status) {
    if (status != REDIS_OK && !fatal) {
        fprintf(stderr, "hiredis_bench: connection lost: %s\n", ac->errstr);
        fatal = 1;
        loop_stop();
    }
}

static void on_auth(redisAsyncContext *ac, void *reply, void *priv) {
    redisReply *r = (redisReply *)reply;
    (void)ac; (void)priv;
    if (!r || r->type == REDIS_REPLY_ERROR) {
        fprintf(stderr, "hiredis_bench: AUTH failed: %s\n", r ? r->str : "no reply");
        fatal = 1;
        loop_stop();
        return;
    }
    n_ready++;
}

/* --idle: one PING per connection, sent once it is connected */
static int n_pong;
static void on_pong(redisAsyncContext *ac, void *reply, void *priv) {
    redisReply *r = (redisReply *)reply;
    (void)ac; (void)priv;
    if (!r || r->type != REDIS_REPLY_STATUS) {
        fprintf(stderr, "hiredis_bench: PING: %s\n", r && r->str ? r->str : "no reply");
        fatal = 1;
        loop_stop();
        return;
    }
    n_pong++;
}
static void on_connect_ping(const redisAsyncContext *ac, int status) {
    on_connect(ac, status);
    if (status == REDIS_OK && redisAsyncCommand((redisAsyncContext *)ac, on_pong, NULL, "PING") != REDIS_OK) {
        fprintf(stderr, "hiredis_bench: PING submit failed\n");
        exit(1);
    }
}

static redisContext *idle_sync_client(const bc_opts *o, int k) {
    redisContext *c = o->sock ? redisConnectUnix(o->sock) : redisConnect(o->host, o->port);
    redisReply *r;
    if (!c || c->err) { fprintf(stderr, "hiredis_bench: connect %d: %s\n", k, c ? c->errstr : "no memory"); exit(1); }
    if (o->auth) {
        r = (redisReply *)redisCommand(c, "AUTH %s", o->auth);
        if (!r || r->type == REDIS_REPLY_ERROR) { fprintf(stderr, "hiredis_bench: AUTH failed\n"); exit(1); }
        freeReplyObject(r);
    }
    r = (redisReply *)redisCommand(c, "PING");
    if (!r || r->type != REDIS_REPLY_STATUS) { fprintf(stderr, "hiredis_bench: PING failed\n"); exit(1); }
    freeReplyObject(r);
    return c;
}

static redisAsyncContext *idle_async_client(const bc_opts *o, int k) {
    redisAsyncContext *ac = o->sock ? redisAsyncConnectUnix(o->sock) : redisAsyncConnect(o->host, o->port);
    if (!ac || ac->err) {
        fprintf(stderr, "hiredis_bench: connect %d: %s\n", k, ac ? ac->errstr : "out of memory");
        exit(1);
    }
#ifdef HB_LIBEVENT
    if (redisLibeventAttach(ac, base) != REDIS_OK) { fprintf(stderr, "hiredis_bench: attach failed\n"); exit(1); }
#else
    if (hb_attach(ac) != 0) { fprintf(stderr, "hiredis_bench: attach failed\n"); exit(1); }
#endif
    redisAsyncSetConnectCallback(ac, on_connect_ping);
    redisAsyncSetDisconnectCallback(ac, on_disconnect);
    if (o->auth) redisAsyncCommand(ac, on_auth, NULL, "AUTH %s", o->auth);
    return ac;
}

static void idle_wait(int n) {
    while (!fatal && n_pong < n) {
#ifdef HB_LIBEVENT
        event_base_loop(base, EVLOOP_ONCE);
#else
        hb_turn(100);
#endif
    }
}

static int idle_main(const bc_opts *o) {
    void **cs = (void **)calloc((size_t)o->clients, sizeof *cs);
    long long rss0, rss1, t0, t1;
    int k;
    if (!cs) { perror("calloc"); return 1; }
    memset(cs, 0, (size_t)o->clients * sizeof *cs);   /* touched: not part of the growth */
    /* one connection first (connected, PINGed, freed): the code and what
       is made once are in memory before the baseline */
    if (o->sync) redisFree(idle_sync_client(o, -1));
    else {
        redisAsyncContext *ac = idle_async_client(o, -1);
        idle_wait(1);
        redisAsyncFree(ac);
        n_pong = 0;
        n_connected = 0;
    }
    if (fatal) return 1;
    rss0 = bc_rss_bytes();
    t0 = bc_now_ns();
    if (o->sync) {
        for (k = 0; k < o->clients; k++) cs[k] = idle_sync_client(o, k);
        t1 = bc_now_ns();
        rss1 = bc_rss_bytes();
        bc_idle_report(o, rss0, rss1, t1 - t0);
        for (k = 0; k < o->clients; k++) redisFree((redisContext *)cs[k]);
        free(cs);
        return 0;
    }
    for (k = 0; k < o->clients; k++) cs[k] = idle_async_client(o, k);
    idle_wait(o->clients);
    t1 = bc_now_ns();
    rss1 = bc_rss_bytes();
    if (fatal) return 1;
    bc_idle_report(o, rss0, rss1, t1 - t0);
    for (k = 0; k < o->clients; k++) redisAsyncFree((redisAsyncContext *)cs[k]);
    free(cs);
    return 0;
}

#ifdef HB_LIBEVENT
static void on_tick_ev(evutil_socket_t fd, short what, void *ud) { (void)fd; (void)what; bc_progress((bc_run *)ud); }
#endif

int main(int argc, char **argv) {
    bc_opts o;
    bc_client *cl;
    size_t i;
    int k;

    bc_parse_args(&o, argc, argv);
    bc_check_tests(&o, argv[0]);
    bc_setup(&o);
#ifdef HB_LIBEVENT
    base = event_base_new();
    if (!base) { fprintf(stderr, "hiredis_bench: event_base_new failed\n"); return 1; }
#else
    epfd = epoll_create1(EPOLL_CLOEXEC);
    if (epfd < 0) { perror("epoll_create1"); return 1; }
#endif
    if (o.idle) return idle_main(&o);
    cl = (bc_client *)calloc((size_t)o.clients, sizeof *cl);
    if (!cl) { perror("calloc"); return 1; }

    for (k = 0; k < o.clients; k++) {
        redisAsyncContext *ac = o.sock ? redisAsyncConnectUnix(o.sock) : redisAsyncConnect(o.host, o.port);
        if (!ac || ac->err) {
            fprintf(stderr, "hiredis_bench: connect: %s\n", ac ? ac->errstr : "out of memory");
            return 1;
        }
#ifdef HB_LIBEVENT
        if (redisLibeventAttach(ac, base) != REDIS_OK) { fprintf(stderr, "hiredis_bench: attach failed\n"); return 1; }
#else
        if (hb_attach(ac) != 0) { fprintf(stderr, "hiredis_bench: attach failed\n"); return 1; }
#endif
        redisAsyncSetConnectCallback(ac, on_connect);
        redisAsyncSetDisconnectCallback(ac, on_disconnect);
        if (o.auth) redisAsyncCommand(ac, on_auth, NULL, "AUTH %s", o.auth);
        cl[k].conn = ac;
    }
    while (!fatal && (n_connected < o.clients || (o.auth && n_ready < o.clients))) {
#ifdef HB_LIBEVENT
        event_base_loop(base, EVLOOP_ONCE);
#else
        hb_turn(100);
#endif
    }
    if (fatal) return 1;

    for (i = 0; i < BC_NTESTS && !fatal; i++) {
        bc_run run;
        long long next_tick;
        if (!bc_selected(&o, &bc_tests[i])) continue;
        if (o.warmup) {
            bc_run_init_warmup(&run, &o, &bc_tests[i], cl, o.clients);
            stop = 0;
            bc_run_start(&run);
            while (!run.finished && !fatal) {
#ifdef HB_LIBEVENT
                event_base_loop(base, EVLOOP_ONCE);
#else
                hb_turn(100);
#endif
            }
            bc_run_done(&run);
            if (fatal) break;
        }
        bc_run_init(&run, &o, &bc_tests[i], cl, o.clients);
        stop = 0;
        bc_run_start(&run);
        next_tick = bc_now_ns() + 250000000LL;
#ifdef HB_LIBEVENT
        {
            struct timeval tv = {0, 250000};
            tick_ev = event_new(base, -1, EV_PERSIST, on_tick_ev, &run);
            if (o.progress) event_add(tick_ev, &tv);
            while (!run.finished && !fatal) event_base_dispatch(base);
            event_free(tick_ev);
            (void)next_tick;
        }
#else
        while (!run.finished && !fatal) {
            long long now = bc_now_ns();
            int wait_ms = -1;
            if (o.progress) {
                if (now >= next_tick) { bc_progress(&run); next_tick = now + 250000000LL; }
                wait_ms = (int)((next_tick - now) / 1000000LL) + 1;
            }
            hb_turn(wait_ms);
        }
#endif
        if (!fatal) bc_report(&run);
        bc_run_done(&run);
    }

    if (!fatal)
        for (k = 0; k < o.clients; k++) redisAsyncFree((redisAsyncContext *)cl[k].conn);
    free(cl);
    free((void *)bc_value);
    return fatal ? 1 : 0;
}
