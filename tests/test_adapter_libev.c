/* tests/test_adapter_libev.c - the shared behavioural tests (tests/adapter_tests.h)
   through adapters/asyncredis_libev.h on a loop of the test's own
   (ev_loop_new: the default loop would take SIGCHLD from the harness). */
#include "faultserver.h"
#define ASYNCREDIS_IMPLEMENTATION
#include "../asyncredis.h"
#include "../adapters/asyncredis_libev.h"

#define AT_NAME "libev"
static ev_timer guard_w, tick_w;
static void at_tick(void);
static void noop_cb(struct ev_loop *l, ev_timer *w, int ev) { (void)l; (void)w; (void)ev; }
static void tick_cb(struct ev_loop *l, ev_timer *w, int ev) { (void)l; (void)w; (void)ev; at_tick(); }
static void *at_loop_new(void) {
    struct ev_loop *l = ev_loop_new(EVFLAG_AUTO);
    ev_init(&guard_w, noop_cb);
    ev_init(&tick_w, tick_cb);
    return l;
}
static ar_client *at_client_new(void *l, const ar_options *o, const char **why) {
    return ar_libev_client_new((struct ev_loop *)l, o, why);
}
static void at_turn(void *l, int max_ms) { /* the guard bounds the wait */
    ev_timer_set(&guard_w, (max_ms < 0 ? 0 : max_ms) / 1000.0, 0.0);
    ev_timer_start((struct ev_loop *)l, &guard_w);
    ev_run((struct ev_loop *)l, EVRUN_ONCE);
    ev_timer_stop((struct ev_loop *)l, &guard_w);
}
static void at_tick_start(void *l, int ms) { ev_timer_set(&tick_w, ms / 1000.0, ms / 1000.0); ev_timer_start((struct ev_loop *)l, &tick_w); }
static void at_tick_stop(void *l) { ev_timer_stop((struct ev_loop *)l, &tick_w); }
static int at_loop_empty(void *l) {
    return ev_run((struct ev_loop *)l, EVRUN_NOWAIT) == 0; /* 0: no active watcher left */
}
static int at_loop_free(void *l) {
    int empty = at_loop_empty(l);
    ev_loop_destroy((struct ev_loop *)l);
    return empty;
}

#include "adapter_tests.h"
