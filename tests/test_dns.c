/* tests/test_dns.c - the host-name path with a scripted resolver
   (ASYNCREDIS_GETADDRINFO), for what this machine's resolver cannot show:
   a name with several addresses (every one tried in order), all of them
   refusing, a lookup slower than resolve_timeout_ms (the loop keeps
   ticking; the late answer is dropped safely), and a name that does not
   exist. Against a real redis-server, under the built-in loop. */
#include "faultserver.h"
#include <netdb.h>

typedef struct fake { int ports[4]; int n; int delay_ms; int fail; int calls; volatile int finished; } fake;
static fake F;

static int fake_getaddrinfo(const char *node, const char *service, const struct addrinfo *hints, struct addrinfo **res) {
    struct addrinfo *head = NULL, **tail = &head;
    int i;
    (void)node; (void)service; (void)hints;
    __sync_fetch_and_add(&F.calls, 1);
    if (F.delay_ms) th_sleep_ms(F.delay_ms);
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
}
#define ASYNCREDIS_GETADDRINFO fake_getaddrinfo
#define ASYNCREDIS_FREEADDRINFO fake_freeaddrinfo
#define ASYNCREDIS_IMPLEMENTATION
#include "../asyncredis.h"

static th_server srv;
typedef struct res { int n; ar_err err; ar_reply_type type; } res;
static void cb(ar_client *c, const ar_reply *r, void *ud) { res *x = (res *)ud; (void)c; x->n++; x->err = r->err; x->type = r->type; }
static int ticks;
static void tick(ar_timer *t, void *ud) { (void)t; (void)ud; ticks++; }

static void run_until(ar_loop *l, const res *x, int ms) {
    long long end = ar_now_ms() + ms;
    while (!x->n && ar_now_ms() < end) ar_loop_run_once(l, 10);
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
    th_watchdog(60);
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
    run_until(l, &x, 5000);
    th_ok(x.n == 1 && x.err == AR_OK && x.type == AR_REPLY_STATUS, "several addresses: the refusing ones are skipped, the third answers");
    th_is_int(F.calls, 1, "one lookup for the whole attempt");
    ar_client_free(c);

    /* every address refuses: one typed failure, the last error */
    memset(&F, 0, sizeof F);
    F.ports[0] = refuse1.port; F.ports[1] = refuse2.port; F.n = 2;
    memset(&x, 0, sizeof x);
    c = mk(l, 2000);
    ar_command(c, cb, &x, "PING");
    run_until(l, &x, 5000);
    th_ok(x.n == 1 && x.err == AR_ERR_CONNECT, "all addresses refuse: AR_ERR_CONNECT once (%s)", ar_strerror(x.err));
    ar_client_free(c);

    /* a name that does not exist */
    memset(&F, 0, sizeof F);
    F.fail = 1;
    memset(&x, 0, sizeof x);
    c = mk(l, 2000);
    ar_command(c, cb, &x, "PING");
    run_until(l, &x, 5000);
    th_ok(x.n == 1 && x.err == AR_ERR_RESOLVE, "unknown name: AR_ERR_RESOLVE (%s)", ar_client_errstr(c));
    ar_client_free(c);

    /* slower than resolve_timeout_ms: fails at the timeout while the loop
       keeps ticking; the answer that comes later is dropped safely */
    memset(&F, 0, sizeof F);
    F.ports[0] = srv.port; F.n = 1; F.delay_ms = 600;
    memset(&x, 0, sizeof x);
    ticks = 0;
    ar_timer_init(l, &t);
    ar_timer_start(&t, 10, 10, tick, NULL);
    {
        long long t0 = ar_now_ms(), dt;
        c = mk(l, 150);
        ar_command(c, cb, &x, "PING");
        run_until(l, &x, 3000);
        dt = ar_now_ms() - t0;
        th_ok(x.n == 1 && x.err == AR_ERR_RESOLVE && dt >= 140 && dt < 500,
              "slow lookup: AR_ERR_RESOLVE at the 150 ms resolve timeout (%lld ms, %s)", dt, ar_client_errstr(c));
        th_ok(ticks >= (int)(dt / 10) * 8 / 10, "slow lookup: a 10 ms timer kept ticking meanwhile (%d ticks in %lld ms)", ticks, dt);
        ar_client_free(c);
    }
    {
        long long end = ar_now_ms() + 900;
        th_is_int(F.finished, 0, "slow lookup: still running when the client gave up");
        while (ar_now_ms() < end && !F.finished) ar_loop_run_once(l, 20);
        th_sleep_ms(50); /* the thread now signals into a pair whose other end is closed */
        th_ok(F.finished == 1, "the late answer came after the client let go, and did no harm (no crash, no SIGPIPE)");
    }
    ar_timer_stop(&t);
    ar_loop_free(l);
    fs_stop(&refuse1);
    fs_stop(&refuse2);
    th_server_stop(&srv);
    return th_done();
}
