/* tests/test_adapter_libevent.c - the shared behavioural tests
   (tests/adapter_tests.h) through adapters/asyncredis_libevent.h on an
   event_base of the test's own. */
#include "faultserver.h"
#define ASYNCREDIS_IMPLEMENTATION
#include "../asyncredis.h"
#include "../adapters/asyncredis_libevent.h"

#define AT_NAME "libevent"
static struct event_base *base;
static struct event *guard_ev, *tick_ev;
static void at_tick(void);
static void noop_cb(evutil_socket_t fd, short what, void *d) { (void)fd; (void)what; (void)d; }
static void tick_cb(evutil_socket_t fd, short what, void *d) { (void)fd; (void)what; (void)d; at_tick(); }
static struct timeval tv_ms(int ms) {
    struct timeval tv;
    tv.tv_sec = ms / 1000;
    tv.tv_usec = (ms % 1000) * 1000;
    return tv;
}
static void *at_loop_new(void) {
    base = event_base_new();
    if (!base) return NULL;
    guard_ev = evtimer_new(base, noop_cb, NULL);
    tick_ev = event_new(base, -1, EV_PERSIST, tick_cb, NULL);
    return base;
}
static ar_client *at_client_new(void *l, const ar_options *o, const char **why) {
    return ar_libevent_client_new((struct event_base *)l, o, why);
}
static void at_turn(void *l, int max_ms) { /* the guard bounds the wait */
    struct timeval tv = tv_ms(max_ms < 0 ? 0 : max_ms);
    evtimer_add(guard_ev, &tv);
    event_base_loop((struct event_base *)l, EVLOOP_ONCE);
    evtimer_del(guard_ev);
}
static void at_tick_start(void *l, int ms) { struct timeval tv = tv_ms(ms); (void)l; event_add(tick_ev, &tv); }
static void at_tick_stop(void *l) { (void)l; event_del(tick_ev); }
static int at_loop_empty(void *l) {
    event_base_loop((struct event_base *)l, EVLOOP_NONBLOCK);
    return event_base_get_num_events((struct event_base *)l, EVENT_BASE_COUNT_ADDED | EVENT_BASE_COUNT_ACTIVE) == 0;
}
static int at_loop_free(void *l) {
    int empty;
    event_free(guard_ev);
    event_free(tick_ev);
    empty = at_loop_empty(l);
    event_base_free((struct event_base *)l);
    return empty;
}

#include "adapter_tests.h"
