/* asyncredis_libevent.h - drive asyncredis clients from libevent 2 (event_base).

   Include after asyncredis.h, and in the file that defines
   ASYNCREDIS_IMPLEMENTATION the implementation below comes with it:

       #define ASYNCREDIS_IMPLEMENTATION
       #include "asyncredis.h"
       #include "adapters/asyncredis_libevent.h"     // link with -levent

       ar_client *c = ar_libevent_client_new(base, &o, &why);
       ...                                        // commands as usual
       event_base_dispatch(base);                 // returns once the client is gone

   It fills o's hooks (manual section 3 b; o.loop and o.hooks are ignored):
   a read and a write event for each socket (freed before the fd is closed),
   one timer event, and a record from malloc, all freed with the client.
   ar_client_close / ar_client_free work as always, from anywhere (inside a
   callback the record goes when the event handler returns).
   Same licence as asyncredis.h. */
#ifndef ASYNCREDIS_LIBEVENT_H
#define ASYNCREDIS_LIBEVENT_H
#ifndef ASYNCREDIS_H
#error "include asyncredis.h before asyncredis_libevent.h"
#endif
#include <event2/event.h>
#ifdef __cplusplus
extern "C" {
#endif
/* ar_client_new(o) driven by base; NULL and *why as ar_client_new */
AR_API ar_client *ar_libevent_client_new(struct event_base *base, const ar_options *o, const char **why);
#ifdef __cplusplus
}
#endif
#endif /* ASYNCREDIS_LIBEVENT_H */

#if defined(ASYNCREDIS_IMPLEMENTATION) && !defined(ASYNCREDIS_LIBEVENT_IMPL_DONE)
#define ASYNCREDIS_LIBEVENT_IMPL_DONE
#include <stdlib.h>
#include <string.h>

typedef struct ar__event {
    struct event_base *base;
    ar_client *c;
    struct event *rd, *wr;      /* the current fd's events; NULL: nothing watched */
    struct event *tm;
    int busy;                   /* inside one of our event handlers */
    int dead;                   /* cleanup ran: free the record when not busy */
} ar__event;

static void ar__event_io(evutil_socket_t fd, short what, void *d) {
    ar__event *e = (ar__event *)d;
    (void)fd;
    e->busy++;
    if (what & EV_WRITE) ar_handle_write(e->c);
    else ar_handle_read(e->c);
    if (--e->busy == 0 && e->dead) free(e);
}
static void ar__event_tick(evutil_socket_t fd, short what, void *d) {
    ar__event *e = (ar__event *)d;
    (void)fd; (void)what;
    e->busy++;
    ar_handle_timer(e->c);
    if (--e->busy == 0 && e->dead) free(e);
}
static void ar__event_drop(struct event **ev) { if (*ev) { event_free(*ev); *ev = NULL; } }
static void ar__event_want(ar__event *e, int fd, struct event **ev, short what, int on) {
    if (on && !*ev) {
        *ev = event_new(e->base, (evutil_socket_t)fd, (short)(what | EV_PERSIST), ar__event_io, e);
        if (*ev) event_add(*ev, NULL); /* NULL: the client's own timeouts end a connection nobody watches */
    } else if (!on) {
        ar__event_drop(ev); /* before the fd closes */
    }
}
static void ar__event_add_read(void *d, int fd) { ar__event *e = (ar__event *)d; ar__event_want(e, fd, &e->rd, EV_READ, 1); }
static void ar__event_del_read(void *d, int fd) { ar__event *e = (ar__event *)d; ar__event_want(e, fd, &e->rd, EV_READ, 0); }
static void ar__event_add_write(void *d, int fd) { ar__event *e = (ar__event *)d; ar__event_want(e, fd, &e->wr, EV_WRITE, 1); }
static void ar__event_del_write(void *d, int fd) { ar__event *e = (ar__event *)d; ar__event_want(e, fd, &e->wr, EV_WRITE, 0); }
static void ar__event_set_timer(void *d, long long ms) {
    ar__event *e = (ar__event *)d;
    struct timeval tv;
    if (ms < 0) { event_del(e->tm); return; }
    tv.tv_sec = (long)(ms / 1000);
    tv.tv_usec = (long)(ms % 1000) * 1000;
    event_add(e->tm, &tv);
}
static void ar__event_cleanup(void *d) {
    ar__event *e = (ar__event *)d;
    ar__event_drop(&e->rd);
    ar__event_drop(&e->wr);
    ar__event_drop(&e->tm);
    e->dead = 1;
    if (!e->busy) free(e);
}

AR_API ar_client *ar_libevent_client_new(struct event_base *base, const ar_options *o, const char **why) {
    ar_options lo;
    ar_hooks h;
    ar__event *e;
    ar_client *c;
    if (!base || !o) { if (why) *why = "ar_libevent_client_new: base and options are required"; return NULL; }
    e = (ar__event *)calloc(1, sizeof *e);
    if (e) e->tm = evtimer_new(base, ar__event_tick, e);
    if (!e || !e->tm) { free(e); if (why) *why = "out of memory"; return NULL; }
    e->base = base;
    memset(&h, 0, sizeof h);
    h.data = e;
    h.add_read = ar__event_add_read; h.del_read = ar__event_del_read;
    h.add_write = ar__event_add_write; h.del_write = ar__event_del_write;
    h.set_timer = ar__event_set_timer; h.cleanup = ar__event_cleanup;
    lo = *o;
    lo.loop = NULL;
    lo.hooks = &h;
    c = e->c = ar_client_new(&lo, why); /* the hooks may run in here */
    if (!c) { event_free(e->tm); free(e); } /* no hook ran: nothing else to undo */
    return c;
}
#endif /* ASYNCREDIS_IMPLEMENTATION */
