/* tests/testclock.h - a clock the test holds in its hand: the library's
   ASYNCREDIS_CLOCK_MS(). Include it before asyncredis.h.

   At first it runs: it is the monotonic clock. tc_freeze() holds it still:
   from then on no timer, deadline, timeout or backoff of the library moves,
   however slow or busy the machine is, while sockets, threads and servers
   keep working in real time. The test moves it forward itself: tc_set(t),
   tc_add(ms). tc_thaw() lets it run again from where it stands (it never
   goes back). So "the timeout fires at X ms" is checked exactly: frozen at
   T0, nothing at T0 + X - 1, the failure at T0 + X; a loaded machine cannot
   make it early or late, and no assertion measures real elapsed time.

   Waits in tests/drive.h (drv_run_until) keep a real-time budget of their
   own: a safety net against a hang, not a measurement. */
#ifndef AR_TEST_CLOCK_H
#define AR_TEST_CLOCK_H

#include "harness.h"   /* TH_FN */
#include <time.h>

static long long tc__frozen = -1;   /* -1: running */
static long long tc__offset;        /* running: real + offset */

TH_FN long long tc_real_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}
TH_FN long long tc_now(void) { return tc__frozen >= 0 ? tc__frozen : tc_real_ms() + tc__offset; }
TH_FN int tc_is_frozen(void) { return tc__frozen >= 0; }
/* hold the clock where it is now; returns that time */
TH_FN long long tc_freeze(void) {
    if (tc__frozen < 0) tc__frozen = tc_now();
    return tc__frozen;
}
/* frozen: move the clock forward to t (never back) */
TH_FN void tc_set(long long t) {
    if (tc__frozen < 0) tc_freeze();
    if (t > tc__frozen) tc__frozen = t;
}
TH_FN void tc_add(long long ms) { tc_set(tc_now() + ms); }
/* run again from the time it shows */
TH_FN void tc_thaw(void) {
    if (tc__frozen < 0) return;
    tc__offset = tc__frozen - tc_real_ms();
    tc__frozen = -1;
}

#define ASYNCREDIS_CLOCK_MS() tc_now()

#endif
