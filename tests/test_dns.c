/* tests/test_dns.c - the host-name path with a scripted resolver
   (ASYNCREDIS_GETADDRINFO), for what this machine's resolver cannot show:
   a name with several addresses (every one tried in order), all of them
   refusing, a lookup slower than resolve_timeout_ms (the loop keeps
   ticking; the late answer is dropped safely), and a name that does not
   exist. Against a real redis-server, under the built-in loop.

   No timing assertion: the library runs on the test's clock
   (tests/testclock.h), held still for the whole program, so no timeout can
   fire because the machine is slow. The slow lookup is held by a gate the
   test opens (not a sleep): the resolve timeout must fire at exactly
   150 ms of the test's clock (not at 149) while the lookup is still held,
   and the 10 ms timer must tick at every step of the clock meanwhile. A
   resolver called on the loop's own thread would block the loop behind the
   gate: then nothing fires before the gate opens by itself (after 20 s of
   real time, a safety net against a hang), and the checks fail. */
#include "faultserver.h"
#include "testclock.h"
#include <netdb.h>

typedef struct fake {
    int ports[4]; int n; int fail;
    volatile int hold;       /* the lookup waits while set (at most 20 s) */
    int calls;
    volatile int finished;   /* the lookup returned */
    volatile int freed;      /* its answer was freed */
} fake;
static fake F;

static int fake_getaddrinfo(const char *node, const char *service, const struct addrinfo *hints, struct addrinfo **res) {
    struct addrinfo *head = NULL, **tail = &head;
    int i;
    (void)node; (void)service; (void)hints;
    __sync_fetch_and_add(&F.calls, 1);
    if (F.hold) {
        long long end = tc_real_ms() + 20000;
        while (__sync_fetch_and_add(&F.hold, 0) && tc_real_ms() < end) th_sleep_ms(1);
    }
    if (F.fail) { F.finished = 1; return EAI_NONAME; }
    for (i = 0; i < F.n; i++) {
        struct addrinfo *ai = (struct addrinfo *)calloc(1, sizeof *ai + sizeof(struct sockaddr_in));
        struct sockaddr_in *sa = (struct sockaddr_in *)(void *)(ai + 1);
        sa->sin_family = AF_INET;
        sa->sin_port = htons((unsigned short)F.ports[i]);
        sa->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ai->ai_family = AF_INET; ai->ai_socktype = SOCK_STREAM;
        ai->ai_addr = (struct sockaddr *)sa; ai->ai_addrlen = sizeof *sa;
        *tail = ai; tail = &ai->ai_next;
    }
    *res = head;
    F.finished = 1;
    return 0;
}
static void fake_freeaddrinfo(struct addrinfo *ai) {
    while (ai) { struct addrinfo *n = ai->ai_next; free(ai); ai = n; }
    __sync_fetch_and_add(&F.freed, 1);
}
#define ASYNCREDIS_GETADDRINFO fake_getaddrinfo
#define ASYNCREDIS_FREEADDRINFO fake_freeaddrinfo
#define ASYNCREDIS_IMPLEMENTATION
#include "../asyncredis.h"

static th_server srv;
typedef struct res { int n; ar_err err; ar_reply_type type; long long at; } res;
static void cb(ar_client *c, const ar_reply *r, void *ud) {
    res *x = (res *)ud; (void)c;
    x->n++; x->err = r->err; x->type = r->type; x->at = ar_now_ms();
}
static int ticks;
static void tick(ar_timer *t, void *ud) { (void)t; (void)ud; ticks++; }

/* turn the loop until x has its callback; real time, a safety net only */
static void run_until(ar_loop *l, const res *x, int ms) {
    long long end = tc_real_ms() + ms;
    while (!x->n && tc_real_ms() < end) ar_loop_run_once(l, 10);
}
/* the test's clock to t, then a few turns that do not wait */
static void clock_at(ar_loop *l, long long t) {
    int i;
    tc_set(t);
    for (i = 0; i < 4; i++) ar_loop_run_once(l, 0);
}

static ar_client *mk(ar_loop *l, int resolve_ms) {
    ar_options o;
    memset(&o, 0, sizeof o);
    o.host = "redis.test.invalid"; /* never a literal: goes through the resolver */
    o.port = 6379;
    o.loop = l;
    o.no_reconnect = 1;
    o.resolve_timeout_ms = resolve_ms;
    return ar_client_new(&o, NULL);
}

int main(void) {
    ar_loop *l;
    ar_client *c;
    res x;
    fs_server refuse1, refuse2;
    ar_timer t;
    th_watchdog(120);
    tc_freeze();   /* the library's clock stands still unless moved below */
    if (th_server_start(&srv, NULL) != 0) th_bail("cannot start redis-server");
    fs_start_mode(&refuse1, FS_MODE_REFUSE, NULL, 0);
    fs_start_mode(&refuse2, FS_MODE_REFUSE, NULL, 0);
    l = ar_loop_new(NULL);

    /* two refusing addresses, then the server: the third is reached */
    memset(&F, 0, sizeof F);
    F.ports[0] = refuse1.port; F.ports[1] = refuse2.port; F.ports[2] = srv.port; F.n = 3;
    memset(&x, 0, sizeof x);
    c = mk(l, 2000);
    ar_command(c, cb, &x, "PING");
    run_until(l, &x, 30000);
    th_ok(x.n == 1 && x.err == AR_OK && x.type == AR_REPLY_STATUS, "several addresses: the refusing ones are skipped, the third answers");
    th_is_int(F.calls, 1, "one lookup for the whole attempt");
    ar_client_free(c);

    /* every address refuses: one typed failure, the last error */
    memset(&F, 0, sizeof F);
    F.ports[0] = refuse1.port; F.ports[1] = refuse2.port; F.n = 2;
    memset(&x, 0, sizeof x);
    c = mk(l, 2000);
    ar_command(c, cb, &x, "PING");
    run_until(l, &x, 30000);
    th_ok(x.n == 1 && x.err == AR_ERR_CONNECT, "all addresses refuse: AR_ERR_CONNECT once (%s)", ar_strerror(x.err));
    ar_client_free(c);

    /* a name that does not exist */
    memset(&F, 0, sizeof F);
    F.fail = 1;
    memset(&x, 0, sizeof x);
    c = mk(l, 2000);
    ar_command(c, cb, &x, "PING");
    run_until(l, &x, 30000);
    th_ok(x.n == 1 && x.err == AR_ERR_RESOLVE, "unknown name: AR_ERR_RESOLVE (%s)", ar_client_errstr(c));
    ar_client_free(c);

    /* slower than resolve_timeout_ms: fails at the timeout while the loop
       keeps ticking; the answer that comes later is dropped safely. The
       lookup is held until the test lets it go. */
    memset(&F, 0, sizeof F);
    F.ports[0] = srv.port; F.n = 1; F.hold = 1;
    memset(&x, 0, sizeof x);
    ticks = 0;
    ar_timer_init(l, &t);
    {
        long long t0 = tc_now(), k;
        int early = 0, ticks_ok = 1;
        ar_timer_start(&t, 10, 10, tick, NULL);
        c = mk(l, 150);
        ar_command(c, cb, &x, "PING");
        {   /* the loop turns until the lookup is running (real time: a safety net) */
            long long end = tc_real_ms() + 30000;
            while (!__sync_fetch_and_add(&F.calls, 0) && tc_real_ms() < end) ar_loop_run_once(l, 1);
        }
        /* 10 ms steps of the clock to 140, then 149: a tick at each step */
        for (k = 10; k <= 140; k += 10) {
            clock_at(l, t0 + k);
            if (x.n) early = 1;
            if (ticks != (int)(k / 10)) ticks_ok = 0;
        }
        clock_at(l, t0 + 149);
        if (x.n) early = 1;
        th_ok(!early && F.calls == 1 && !F.finished, "slow lookup: nothing failed before 150 ms while the lookup was held (%d, %s)",
              x.n, x.n ? ar_strerror(x.err) : "-");
        th_ok(ticks_ok && ticks == 14, "slow lookup: a 10 ms timer ticked at every 10 ms of the clock meanwhile (%d ticks by 149 ms)", ticks);
        clock_at(l, t0 + 150);
        run_until(l, &x, 30000);
        th_ok(x.n == 1 && x.err == AR_ERR_RESOLVE && x.at == t0 + 150,
              "slow lookup: AR_ERR_RESOLVE at the 150 ms resolve timeout (at %lld ms, %s)", x.at - t0, ar_client_errstr(c));
        th_is_int(ticks, 15, "slow lookup: and the timer's tick at 150 ms");
        ar_client_free(c);
    }
    {
        long long end = tc_real_ms() + 30000;
        th_is_int(F.finished, 0, "slow lookup: still running when the client gave up");
        __sync_lock_release(&F.hold);   /* let the lookup answer now */
        /* the thread answers into a pair whose other end is closed, then
           frees the answer (last holder): wait for that */
        while (tc_real_ms() < end && !F.freed) ar_loop_run_once(l, 20);
        th_ok(F.finished == 1 && F.freed == 1, "the late answer came after the client let go, and did no harm (no crash, no SIGPIPE)");
        th_is_int(x.n, 1, "slow lookup: its callback ran once");
    }
    ar_timer_stop(&t);
    ar_loop_free(l);
    fs_stop(&refuse1);
    fs_stop(&refuse2);
    th_server_stop(&srv);
    return th_done();
}
