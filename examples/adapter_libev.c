/* adapter_libev.c - asyncredis on libev, through adapters/asyncredis_libev.h.

   The loop has work of its own (a 10 ms heartbeat) and one client made by
   ar_libev_client_new: 1,000 INCRs, a BLPOP that makes the server wait 100 ms
   (the heartbeat goes on meanwhile), then a GET, and a graceful close in the
   GET's callback. ev_run returns by itself once the client is gone and the
   heartbeat is stopped.

   Build: cc -std=c99 -I. examples/adapter_libev.c -lev -pthread
   Usage: adapter_libev [HOST [PORT]]   (default 127.0.0.1 6379) */
#define ASYNCREDIS_IMPLEMENTATION
#include "asyncredis.h"
#include "adapters/asyncredis_libev.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static ev_timer heartbeat;
static long beats, counter = -1;

static void on_beat(struct ev_loop *loop, ev_timer *t, int revents) { (void)loop; (void)t; (void)revents; beats++; }

static void on_get(ar_client *c, const ar_reply *r, void *ud) {
    struct ev_loop *loop = (struct ev_loop *)ud;
    if (r->type == AR_REPLY_STRING) counter = atol(r->str);
    else fprintf(stderr, "GET: %s\n", r->err ? r->str : ar_reply_type_name(r->type));
    ar_client_close(c);               /* the client's watchers go when it is done */
    ev_timer_stop(loop, &heartbeat);  /* and ours: then ev_run returns */
}

int main(int argc, char **argv) {
    struct ev_loop *loop = ev_loop_new(EVFLAG_AUTO);
    const char *why = NULL;
    ar_options o;
    ar_client *c;
    int i;

    memset(&o, 0, sizeof o);
    o.host = argc > 1 ? argv[1] : "127.0.0.1";
    o.port = argc > 2 ? atoi(argv[2]) : 6379;
    c = ar_libev_client_new(loop, &o, &why);
    if (!c) { fprintf(stderr, "%s\n", why); return 1; }
    ev_timer_init(&heartbeat, on_beat, 0.01, 0.01);
    ev_timer_start(loop, &heartbeat);

    ar_command(c, NULL, NULL, "DEL adapter:libev");
    for (i = 0; i < 1000; i++) ar_command(c, NULL, NULL, "INCR adapter:libev");
    ar_command(c, NULL, NULL, "BLPOP adapter:nothing 0.1");  /* nil after 100 ms */
    ar_command(c, on_get, loop, "GET adapter:libev");

    ev_run(loop, 0);
    printf("libev: counter %ld, %ld heartbeats meanwhile, ev_run returned on its own\n", counter, beats);
    ev_loop_destroy(loop);
    return counter == 1000 ? 0 : 1;
}
