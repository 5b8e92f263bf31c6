/* tests/test_tick.c - the non-blocking proof (seed 001, "Implementation
   Methodology"): a 10 ms timer on the built-in loop keeps ticking evenly
   while the same loop runs, for at least 500 ms:
     - a stream of small commands (batches of 200 SET/GET, chained from
       callbacks, for the whole window),
     - a 64 MB SET and GET of the same value on a second client (4 MB under
       valgrind, where everything is ~30x slower). The SET uses AR_CMD_NOCOPY:
       a copying submission must copy 64 MB inside the caller's own call, and
       on this kind of VM first-touch page faults make that ~180 ms, a stall
       the library cannot hide; zero copy is the way to submit huge values
       from a loop. The loop's own work (writes, reads, parsing) is what this
       test measures,
     - a client connecting to a listener that never accepts (the command it
       queued stays pending) and one whose connect never completes (backlog
       full) and must time out after 300 ms.
   Checks: ticks >= 80% of the expected count, the two halves of the window
   hold 30-70% of the ticks each, and no gap between ticks over 100 ms.
   Under valgrind (AR_TEST_VALGRIND=1), where every instruction is ~30x
   slower and one turn's CPU work can exceed 10 ms, the timer ticks every
   40 ms and the gap bound is 400 ms; the 80% ratio stays. Under
   AddressSanitizer the gap bound is 250 ms. A run whose timing is off is
   measured again, up to 3 attempts (each shown as a note): other work on a
   shared 2-core machine can deschedule the test, while a loop that really
   blocks (a blocking connect, a sleep, a long copy) stalls every attempt. Runs both
   backends (epoll and poll). */
#include "faultserver.h"
/* AddressSanitizer makes big copies and compares 2-3x slower */
#if defined(__SANITIZE_ADDRESS__)
#define TICK_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define TICK_ASAN 1
#endif
#endif
#ifndef TICK_ASAN
#define TICK_ASAN 0
#endif
#define ASYNCREDIS_IMPLEMENTATION
#include "../asyncredis.h"

static th_server srv;
static long long ticks[4096];
static int nticks;
static void tick_cb(ar_timer *t, void *ud) {
    (void)t; (void)ud;
    if (nticks < 4096) ticks[nticks++] = ar_now_ms();
}

typedef struct work { ar_client *c; long long until; int batches, replies, errors, inbatch; } work;
static void small_cb(ar_client *c, const ar_reply *r, void *ud);
static void small_batch(work *w) {
    int i;
    w->inbatch = 200;
    for (i = 0; i < 100; i++) {
        ar_command(w->c, small_cb, w, "SET tick:%d %d", i, i);
        ar_command(w->c, small_cb, w, "GET tick:%d", i);
    }
    w->batches++;
}
static void small_cb(ar_client *c, const ar_reply *r, void *ud) {
    work *w = (work *)ud;
    (void)c;
    w->replies++;
    if (r->err || r->type == AR_REPLY_ERROR) w->errors++;
    if (--w->inbatch == 0 && ar_now_ms() < w->until) small_batch(w);
}

typedef struct big { int set_ok, get_ok, done; size_t n; const char *v; } big;
static void big_set_cb(ar_client *c, const ar_reply *r, void *ud) {
    big *b = (big *)ud; (void)c;
    b->set_ok = r->type == AR_REPLY_STATUS;
}
static void big_get_cb(ar_client *c, const ar_reply *r, void *ud) {
    big *b = (big *)ud; (void)c;
    b->get_ok = r->type == AR_REPLY_STRING && r->len == b->n && memcmp(r->str, b->v, b->n) == 0;
    b->done = 1;
}

typedef struct pend { int calls; ar_err err; } pend;
static void pend_cb(ar_client *c, const ar_reply *r, void *ud) {
    pend *p = (pend *)ud; (void)c;
    p->calls++; p->err = r->err;
}

int main(void) {
    int valgrind = getenv("AR_TEST_VALGRIND") != NULL;
    size_t bign = (size_t)(valgrind ? 4 : 64) * 1024 * 1024, i;
    long long max_gap = valgrind ? 400 : TICK_ASAN ? 250 : 100, start, end, gap = 0;
    double min_ratio = 0.8;
    long long tick_ms = valgrind ? 40 : 10;
    char *v;
    ar_loop *loop;
    ar_timer t;
    ar_options o;
    work w;
    big b;
    pend p_noaccept, p_blackhole;
    fs_server fs_noaccept, fs_blackhole;
    ar_client *c_na, *c_bh, *c_big;
    ar_cmd_opts nc;
    int first = 0, k, use_poll, attempt;

    th_watchdog(300);
    if (th_server_start(&srv, NULL) != 0) th_bail("cannot start redis-server");
    if (fs_start_mode(&fs_noaccept, FS_MODE_NO_ACCEPT, NULL, 0) != 0) th_bail("fault server (no accept)");
    if (fs_start_mode(&fs_blackhole, FS_MODE_BLACKHOLE, NULL, 0) != 0) th_bail("fault server (blackhole)");
    v = (char *)malloc(bign);
    for (i = 0; i < bign; i++) v[i] = (char)(i * 7 + (i >> 12));

    for (use_poll = 0; use_poll < 2; use_poll++) for (attempt = 1; attempt <= 3; attempt++) {
        ar_loop_options lo;
        long long expected;
        double ratio;
        int timing_ok;
        memset(&lo, 0, sizeof lo);
        lo.use_poll = use_poll;
        loop = ar_loop_new(&lo);
        nticks = 0;
        memset(&w, 0, sizeof w); memset(&b, 0, sizeof b);
        memset(&p_noaccept, 0, sizeof p_noaccept); memset(&p_blackhole, 0, sizeof p_blackhole);

        ar_timer_init(loop, &t);
        ar_timer_start(&t, tick_ms, tick_ms, tick_cb, NULL);
        start = ar_now_ms();

        memset(&o, 0, sizeof o);
        o.port = srv.port; o.loop = loop;
        w.c = ar_client_new(&o, NULL);
        w.until = start + 500;
        small_batch(&w);

        b.n = bign; b.v = v;
        c_big = ar_client_new(&o, NULL);
        memset(&nc, 0, sizeof nc);
        nc.flags = AR_CMD_NOCOPY;
        ar_command_ex(c_big, &nc, big_set_cb, &b, "SET tick:big %b", v, bign);
        ar_command(c_big, big_get_cb, &b, "GET tick:big");

        memset(&o, 0, sizeof o);
        o.port = fs_noaccept.port; o.loop = loop;
        c_na = ar_client_new(&o, NULL);
        ar_command(c_na, pend_cb, &p_noaccept, "PING");

        memset(&o, 0, sizeof o);
        o.port = fs_blackhole.port; o.loop = loop; o.connect_timeout_ms = 300; o.no_reconnect = 1;
        c_bh = ar_client_new(&o, NULL);
        ar_command(c_bh, pend_cb, &p_blackhole, "PING");

        while (ar_now_ms() < start + 500 || !b.done || w.inbatch > 0 || !p_blackhole.calls) {
            if (ar_now_ms() > start + 60000) break;
            ar_loop_run_once(loop, 50);
        }
        end = ar_now_ms();
        ar_timer_stop(&t);

        expected = (end - start) / tick_ms;
        ratio = expected ? (double)nticks / (double)expected : 0;
        {
            long long mid = start + (end - start) / 2;
            first = 0;
            for (k = 0; k < nticks; k++) if (ticks[k] < mid) first++;
            gap = nticks ? ticks[0] - start : end - start;
            for (k = 1; k < nticks; k++) if (ticks[k] - ticks[k - 1] > gap) gap = ticks[k] - ticks[k - 1];
        }
        timing_ok = ratio > min_ratio && nticks >= 10 && first > nticks * 3 / 10 && first < nticks * 7 / 10 && gap <= max_gap;
        th_note("backend %s, attempt %d: %d ticks in %lld ms (ratio %.2f), longest gap %lld ms, %d small replies in %d batches",
                ar_loop_backend(loop), attempt, nticks, end - start, ratio, gap, w.replies, w.batches);
        if (!timing_ok && attempt < 3) {
            /* A machine shared with other work can deschedule us for a while:
               measure again. A loop that really blocks fails every attempt. */
            th_note("  timing off on attempt %d (a noisy machine?): measuring again", attempt);
            ar_client_free(c_na);
            ar_loop_free(loop);
            continue;
        }
        th_ok(w.replies >= 200 * w.batches - 200 && w.errors == 0 && w.batches >= 10,
              "%s: small commands kept flowing (%d replies, %d batches)", ar_loop_backend(loop), w.replies, w.batches);
        th_ok(b.set_ok && b.get_ok, "%s: %zu MB value set and read back intact", ar_loop_backend(loop), bign >> 20);
        th_ok(p_noaccept.calls == 0 && ar_client_state(c_na) == AR_STATE_CONNECTED,
              "%s: command to a never-accepting listener is pending, loop not blocked", ar_loop_backend(loop));
        th_ok(p_blackhole.calls == 1 && p_blackhole.err == AR_ERR_TIMEOUT,
              "%s: connect that never completes timed out (%s)", ar_loop_backend(loop), ar_strerror(p_blackhole.err));
        {
            th_ok(ratio > min_ratio, "%s: timer ticked %d times, expected ~%lld (ratio %.2f, need > %.2f)", ar_loop_backend(loop), nticks, expected, ratio, min_ratio);
            th_ok(nticks >= 10 && first > nticks * 3 / 10 && first < nticks * 7 / 10,
                  "%s: ticks evenly spread (first half %d of %d)", ar_loop_backend(loop), first, nticks);
            th_ok(gap <= max_gap, "%s: longest gap between ticks %lld ms (limit %lld)", ar_loop_backend(loop), gap, max_gap);
        }
        ar_command(c_big, NULL, NULL, "DEL tick:big");
        ar_client_free(c_na);
        th_is_int(p_noaccept.calls, 1, "pending command completed once when its client was freed");
        ar_loop_free(loop); /* frees w.c, c_big and c_bh too */
        break;
    }
    free(v);
    fs_stop(&fs_noaccept);
    fs_stop(&fs_blackhole);
    th_server_stop(&srv);
    return th_done();
}
