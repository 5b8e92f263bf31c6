/* tests/tick.h - the non-blocking proof of tests/test_tick.c and
   tests/test_tick_resilience.c: a 10 ms timer on the built-in loop keeps
   ticking while the library works. Include after asyncredis.h.

   Two judgements, neither of which a busy machine can break:

   1. Held: whatever a blocking call would wait for is made to wait "for
      ever" - a server stopped with SIGSTOP, a listener that never accepts,
      a connect that never completes, a reply stalled half-way, a host-name
      lookup held at a gate, a reconnect an hour away - and stays so until
      the test lets it go. While everything is held, the loop must turn and
      the timer must tick TK_TICKS times (and whatever else the phase asks,
      e.g. small commands answered). A loop that blocked on any of them
      could not get there before the test let go: it hangs until the
      program's watchdog bails out (the last note names the phase), or
      its progress comes too late (the "still held" check fails). How long
      the ticks take in real time does not matter: a descheduled test just
      takes longer (a safety net of TK_SAFETY_MS real time ends a window
      that never fills).

   2. Work per turn: the CPU time the loop's thread spends in one
      ar_loop_run_once (CLOCK_THREAD_CPUTIME_ID: time blocked in
      epoll_wait/poll and time the thread was descheduled do not count),
      minus what the test's own callbacks spent (tk_exclude). That is the
      library's own work in one turn - reads, parsing, writes - and must
      stay under TK_MAX_CPU_US: a turn that copies or parses 64 MB at once
      would break it on any machine, a busy one or not.

   The old form of this test measured real time between ticks (ratio of
   expected ticks, longest gap) and measured again when a noisy machine
   descheduled it: a retry that hides a stall that happens only sometimes,
   and a failure on a machine that is merely busy. */
#ifndef AR_TEST_TICK_H
#define AR_TEST_TICK_H

#include <time.h>

#define TK_TICKS 50            /* ticks every held window must see */
#define TK_SAFETY_MS 60000     /* real time after which a window gives up */

/* AddressSanitizer makes big copies and compares 2-3x slower */
#if defined(__SANITIZE_ADDRESS__)
#define TK_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define TK_ASAN 1
#endif
#endif
#ifndef TK_ASAN
#define TK_ASAN 0
#endif

typedef struct tk_state {
    ar_loop *loop;
    ar_timer t;
    long long tick_ms;         /* 10; 40 under valgrind */
    long long max_cpu_us;      /* the bound: the library's CPU time in one turn */
    int ticks;                 /* timer callbacks so far */
    long long turns;
    long long worst_us;        /* the largest CPU time of one turn so far */
    long long excl_us;         /* CPU the test's own callbacks used in this turn */
} tk_state;
static tk_state TK;

TH_FN long long tk_cpu_us(void) {
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (long long)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}
TH_FN long long tk_real_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

TH_FN void tk_tick(ar_timer *t, void *ud) { (void)t; (void)ud; TK.ticks++; }

/* a new loop (poll or epoll) with the repeating timer on it */
TH_FN ar_loop *tk_begin(int use_poll) {
    ar_loop_options lo;
    int valgrind = getenv("AR_TEST_VALGRIND") != NULL;
    memset(&lo, 0, sizeof lo);
    lo.use_poll = use_poll;
    memset(&TK, 0, sizeof TK);
    TK.tick_ms = valgrind ? 40 : 10;
    TK.max_cpu_us = valgrind ? 400000 : TK_ASAN ? 250000 : 100000;
    TK.loop = ar_loop_new(&lo);
    ar_timer_init(TK.loop, &TK.t);
    ar_timer_start(&TK.t, TK.tick_ms, TK.tick_ms, tk_tick, NULL);
    return TK.loop;
}
TH_FN void tk_end(void) {
    ar_timer_stop(&TK.t);
    ar_loop_free(TK.loop);   /* frees the clients still attached */
    TK.loop = NULL;
}

/* a callback of the test calls this with the CPU time (us) it spent on the
   test's own checks (e.g. comparing 64 MB), not the library's work */
TH_FN void tk_exclude(long long us) { TK.excl_us += us; }

/* one turn of the loop, its CPU time measured */
TH_FN void tk_turn(void) {
    long long c0 = tk_cpu_us(), d;
    TK.excl_us = 0;
    ar_loop_run_once(TK.loop, 50);
    d = tk_cpu_us() - c0 - TK.excl_us;
    if (d > TK.worst_us) TK.worst_us = d;
    TK.turns++;
}

/* turn the loop until done(arg); real time is only a safety net */
TH_FN int tk_until(int (*done)(void *), void *arg) {
    long long end = tk_real_ms() + TK_SAFETY_MS;
    while (!done(arg)) {
        if (tk_real_ms() > end) return 0;
        tk_turn();
    }
    return 1;
}

/* The held window: turn the loop until TK_TICKS more ticks and enough(arg),
   checking after every turn that held(arg) is still true (everything a
   blocking call would wait for still waits). 1 when the ticks came while
   held; 0 when something stopped being held first or the safety net ran
   out (a diagnostic says which). */
TH_FN int tk_window(const char *phase, int (*held)(void *), int (*enough)(void *), void *arg) {
    long long end = tk_real_ms() + TK_SAFETY_MS;
    int t0 = TK.ticks;
    if (!held(arg)) { th_diag("%s: not held at the start", phase); return 0; }
    while (TK.ticks - t0 < TK_TICKS || (enough && !enough(arg))) {
        if (tk_real_ms() > end) { th_diag("%s: safety net: %d ticks in %d s", phase, TK.ticks - t0, TK_SAFETY_MS / 1000); return 0; }
        tk_turn();
        if (!held(arg)) { th_diag("%s: released before %d ticks (%d)", phase, TK_TICKS, TK.ticks - t0); return 0; }
    }
    return 1;
}

/* say which phase starts, before its resources are held: when the loop
   blocks, the watchdog's bail-out follows this line (flushed, so it is seen
   even then) */
TH_FN void tk_phase(const char *phase) {
    th_note("%s %s: from here on the loop must keep ticking (a bail-out before the next result: it blocked)", ar_loop_backend(TK.loop), phase);
    fflush(stdout);
}

/* the work-per-turn judgement, once per loop */
TH_FN void tk_check_work(const char *what) {
    th_ok(TK.worst_us <= TK.max_cpu_us, "%s %s: the library's own CPU time in one loop turn at most %lld ms (worst %lld.%03lld ms in %lld turns)",
          ar_loop_backend(TK.loop), what, TK.max_cpu_us / 1000, TK.worst_us / 1000, TK.worst_us % 1000, TK.turns);
}

#endif
