/* adapter_libuv.c - asyncredis on a libuv loop, through adapters/asyncredis_libuv.h.

   The loop has work of its own (a 10 ms heartbeat timer) and one client made
   by ar_libuv_client_new: 1,000 INCRs, a BLPOP that makes the server wait 100
   ms (the heartbeat goes on meanwhile), then a GET, and a graceful close in
   the GET's callback. uv_run returns by itself once the client is gone and
   the heartbeat is closed; uv_loop_close then finds nothing left open.

   Build: cc -std=c99 -D_DEFAULT_SOURCE -I. examples/adapter_libuv.c -luv -pthread
   Usage: adapter_libuv [HOST [PORT]]   (default 127.0.0.1 6379) */
#define ASYNCREDIS_IMPLEMENTATION
#include "asyncredis.h"
#include "adapters/asyncredis_libuv.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uv_timer_t heartbeat;
static long beats, counter = -1;

static void on_beat(uv_timer_t *t) { (void)t; beats++; }

static void on_get(ar_client *c, const ar_reply *r, void *ud) {
    (void)ud;
    if (r->type == AR_REPLY_STRING) counter = atol(r->str);
    else fprintf(stderr, "GET: %s\n", r->err ? r->str : ar_reply_type_name(r->type));
    ar_client_close(c);                         /* the client's handles go when it is done */
    uv_close((uv_handle_t *)&heartbeat, NULL);  /* and ours: then uv_run returns */
}

int main(int argc, char **argv) {
    uv_loop_t *loop = uv_default_loop();
    const char *why = NULL;
    ar_options o;
    ar_client *c;
    int i;

    memset(&o, 0, sizeof o);
    o.host = argc > 1 ? argv[1] : "127.0.0.1";
    o.port = argc > 2 ? atoi(argv[2]) : 6379;
    c = ar_libuv_client_new(loop, &o, &why);
    if (!c) { fprintf(stderr, "%s\n", why); return 1; }
    uv_timer_init(loop, &heartbeat);
    uv_timer_start(&heartbeat, on_beat, 10, 10);

    ar_command(c, NULL, NULL, "DEL adapter:libuv");
    for (i = 0; i < 1000; i++) ar_command(c, NULL, NULL, "INCR adapter:libuv");
    ar_command(c, NULL, NULL, "BLPOP adapter:nothing 0.1");  /* nil after 100 ms */
    ar_command(c, on_get, NULL, "GET adapter:libuv");

    uv_run(loop, UV_RUN_DEFAULT);
    printf("libuv: counter %ld, %ld heartbeats meanwhile, uv_run returned on its own\n", counter, beats);
    return counter == 1000 && uv_loop_close(loop) == 0 ? 0 : 1;
}
