/* adapter_libevent.c - asyncredis on libevent, through adapters/asyncredis_libevent.h.

   The event_base has work of its own (a 10 ms heartbeat) and one client made
   by ar_libevent_client_new: 1,000 INCRs, a BLPOP that makes the server wait
   100 ms (the heartbeat goes on meanwhile), then a GET, and a graceful close
   in the GET's callback. event_base_dispatch returns by itself once the
   client is gone and the heartbeat is deleted.

   Build: cc -std=c99 -I. examples/adapter_libevent.c -levent -pthread
   Usage: adapter_libevent [HOST [PORT]]   (default 127.0.0.1 6379) */
#define ASYNCREDIS_IMPLEMENTATION
#include "asyncredis.h"
#include "adapters/asyncredis_libevent.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static struct event *heartbeat;
static long beats, counter = -1;

static void on_beat(evutil_socket_t fd, short what, void *ud) { (void)fd; (void)what; (void)ud; beats++; }

static void on_get(ar_client *c, const ar_reply *r, void *ud) {
    (void)ud;
    if (r->type == AR_REPLY_STRING) counter = atol(r->str);
    else fprintf(stderr, "GET: %s\n", r->err ? r->str : ar_reply_type_name(r->type));
    ar_client_close(c);         /* the client's events go when it is done */
    event_del(heartbeat);       /* and ours: then the dispatch returns */
}

int main(int argc, char **argv) {
    struct event_base *base = event_base_new();
    struct timeval every = { 0, 10000 };
    const char *why = NULL;
    ar_options o;
    ar_client *c;
    int i;

    memset(&o, 0, sizeof o);
    o.host = argc > 1 ? argv[1] : "127.0.0.1";
    o.port = argc > 2 ? atoi(argv[2]) : 6379;
    c = ar_libevent_client_new(base, &o, &why);
    if (!c) { fprintf(stderr, "%s\n", why); return 1; }
    heartbeat = event_new(base, -1, EV_PERSIST, on_beat, NULL);
    event_add(heartbeat, &every);

    ar_command(c, NULL, NULL, "DEL adapter:libevent");
    for (i = 0; i < 1000; i++) ar_command(c, NULL, NULL, "INCR adapter:libevent");
    ar_command(c, NULL, NULL, "BLPOP adapter:nothing 0.1");  /* nil after 100 ms */
    ar_command(c, on_get, NULL, "GET adapter:libevent");

    event_base_dispatch(base);
    printf("libevent: counter %ld, %ld heartbeats meanwhile, the dispatch returned on its own\n", counter, beats);
    event_free(heartbeat);
    event_base_free(base);
    return counter == 1000 ? 0 : 1;
}
