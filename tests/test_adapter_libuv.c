/* tests/test_adapter_libuv.c - the shared behavioural tests (tests/adapter_tests.h)
   through adapters/asyncredis_libuv.h on a uv_loop_t of the test's own. */
#include "faultserver.h"
#define ASYNCREDIS_IMPLEMENTATION
#include "../asyncredis.h"
#include "../adapters/asyncredis_libuv.h"

#define AT_NAME "libuv"
static uv_loop_t uvl;
static uv_timer_t guard_t, tick_t;
static void at_tick(void);
static void noop_cb(uv_timer_t *t) { (void)t; }
static void tick_cb(uv_timer_t *t) { (void)t; at_tick(); }
static void *at_loop_new(void) {
    if (uv_loop_init(&uvl) != 0) return NULL;
    uv_timer_init(&uvl, &guard_t);
    uv_timer_init(&uvl, &tick_t);
    return &uvl;
}
static ar_client *at_client_new(void *l, const ar_options *o, const char **why) {
    return ar_libuv_client_new((uv_loop_t *)l, o, why);
}
static void at_turn(void *l, int max_ms) { /* the guard bounds the wait */
    uv_timer_start(&guard_t, noop_cb, (uint64_t)(max_ms < 0 ? 0 : max_ms), 0);
    uv_run((uv_loop_t *)l, UV_RUN_ONCE);
    uv_timer_stop(&guard_t);
}
static void at_tick_start(void *l, int ms) { (void)l; uv_timer_start(&tick_t, tick_cb, (uint64_t)ms, (uint64_t)ms); }
static void at_tick_stop(void *l) { (void)l; uv_timer_stop(&tick_t); }
static int at_loop_empty(void *l) {
    uv_run((uv_loop_t *)l, UV_RUN_NOWAIT); /* runs the close callbacks */
    return !uv_loop_alive((uv_loop_t *)l);
}
static int at_loop_free(void *l) {
    uv_close((uv_handle_t *)&guard_t, NULL);
    uv_close((uv_handle_t *)&tick_t, NULL);
    uv_run((uv_loop_t *)l, UV_RUN_NOWAIT);
    return uv_loop_close((uv_loop_t *)l) == 0; /* UV_EBUSY: a handle was left open */
}

#include "adapter_tests.h"
