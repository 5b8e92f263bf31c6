/* asyncredis_libev.h - drive asyncredis clients from a libev loop (struct ev_loop).

   Include after asyncredis.h, and in the file that defines
   ASYNCREDIS_IMPLEMENTATION the implementation below comes with it:

       #define ASYNCREDIS_IMPLEMENTATION
       #include "asyncredis.h"
       #include "adapters/asyncredis_libev.h"        // link with -lev

       ar_client *c = ar_libev_client_new(EV_DEFAULT, &o, &why);
       ...                                        // commands as usual
       ev_run(EV_DEFAULT, 0);                     // returns once the client is gone

   It fills o's hooks (manual section 3 b; o.loop and o.hooks are ignored):
   one ev_io (stopped before the fd is closed, set again for every new fd,
   so a new socket with an old number is registered afresh), one ev_timer,
   in a record from malloc freed with the client. ar_client_close /
   ar_client_free work as always, from anywhere (inside a callback the
   record goes when the watcher's handler returns). Needs libev 4 built with
   EV_MULTIPLICITY (the default). Same licence as asyncredis.h. */
#ifndef ASYNCREDIS_LIBEV_H
#define ASYNCREDIS_LIBEV_H
#ifndef ASYNCREDIS_H
#error "include asyncredis.h before asyncredis_libev.h"
#endif
#include <ev.h>
#ifdef __cplusplus
extern "C" {
#endif
/* ar_client_new(o) driven by loop; NULL and *why as ar_client_new */
AR_API ar_client *ar_libev_client_new(struct ev_loop *loop, const ar_options *o, const char **why);
#ifdef __cplusplus
}
#endif
#endif /* ASYNCREDIS_LIBEV_H */

#if defined(ASYNCREDIS_IMPLEMENTATION) && !defined(ASYNCREDIS_LIBEV_IMPL_DONE)
#define ASYNCREDIS_LIBEV_IMPL_DONE
#include <stdlib.h>
#include <string.h>

typedef struct ar__ev {
    struct ev_loop *loop;
    ar_client *c;
    ev_io io;
    ev_timer tm;
    int want;                   /* EV_READ | EV_WRITE */
    unsigned gen;               /* bumped for every new fd */
    int busy;                   /* inside one of our watchers' handlers */
    int dead;                   /* cleanup ran: free the record when not busy */
} ar__ev;

static void ar__ev_release(ar__ev *e) { if (--e->busy == 0 && e->dead) free(e); }
static void ar__ev_io(struct ev_loop *loop, ev_io *w, int revents) {
    ar__ev *e = (ar__ev *)w->data;
    unsigned gen = e->gen;
    (void)loop;
    e->busy++;
    if ((revents & EV_WRITE) && (e->want & EV_WRITE)) ar_handle_write(e->c);
    if (!e->dead && e->gen == gen && (revents & EV_READ) && (e->want & EV_READ)) ar_handle_read(e->c);
    ar__ev_release(e);
}
static void ar__ev_tick(struct ev_loop *loop, ev_timer *w, int revents) {
    ar__ev *e = (ar__ev *)w->data;
    (void)loop; (void)revents;
    e->busy++;
    ar_handle_timer(e->c);
    ar__ev_release(e);
}
static void ar__ev_want(ar__ev *e, int fd, int bit, int on) {
    int want = on ? e->want | bit : e->want & ~bit;
    if (want == e->want) return;
    ev_io_stop(e->loop, &e->io); /* before the fd closes; also drops a pending event */
    if (!e->want) e->gen++;
    e->want = want;
    if (want) { ev_io_set(&e->io, fd, want); ev_io_start(e->loop, &e->io); }
}
static void ar__ev_add_read(void *d, int fd) { ar__ev_want((ar__ev *)d, fd, EV_READ, 1); }
static void ar__ev_del_read(void *d, int fd) { ar__ev_want((ar__ev *)d, fd, EV_READ, 0); }
static void ar__ev_add_write(void *d, int fd) { ar__ev_want((ar__ev *)d, fd, EV_WRITE, 1); }
static void ar__ev_del_write(void *d, int fd) { ar__ev_want((ar__ev *)d, fd, EV_WRITE, 0); }
static void ar__ev_set_timer(void *d, long long ms) {
    ar__ev *e = (ar__ev *)d;
    ev_timer_stop(e->loop, &e->tm);
    if (ms < 0) return;
    ev_timer_set(&e->tm, (ev_tstamp)ms / 1000.0, 0.0);
    ev_timer_start(e->loop, &e->tm);
}
static void ar__ev_cleanup(void *d) {
    ar__ev *e = (ar__ev *)d;
    ev_io_stop(e->loop, &e->io); /* stopping also forgets a pending event */
    ev_timer_stop(e->loop, &e->tm);
    e->dead = 1;
    if (!e->busy) free(e);
}

AR_API ar_client *ar_libev_client_new(struct ev_loop *loop, const ar_options *o, const char **why) {
    ar_options lo;
    ar_hooks h;
    ar__ev *e;
    ar_client *c;
    if (!loop || !o) { if (why) *why = "ar_libev_client_new: loop and options are required"; return NULL; }
    e = (ar__ev *)calloc(1, sizeof *e);
    if (!e) { if (why) *why = "out of memory"; return NULL; }
    e->loop = loop;
    ev_init(&e->io, ar__ev_io);
    ev_init(&e->tm, ar__ev_tick);
    e->io.data = e;
    e->tm.data = e;
    memset(&h, 0, sizeof h);
    h.data = e;
    h.add_read = ar__ev_add_read; h.del_read = ar__ev_del_read;
    h.add_write = ar__ev_add_write; h.del_write = ar__ev_del_write;
    h.set_timer = ar__ev_set_timer; h.cleanup = ar__ev_cleanup;
    lo = *o;
    lo.loop = NULL;
    lo.hooks = &h;
    c = e->c = ar_client_new(&lo, why); /* the hooks may run in here */
    if (!c) free(e);                    /* no hook ran: nothing else to undo */
    return c;
}
#endif /* ASYNCREDIS_IMPLEMENTATION */
