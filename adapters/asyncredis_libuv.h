/* asyncredis_libuv.h - drive asyncredis clients from a libuv loop (uv_loop_t).

   Include after asyncredis.h, and in the file that defines
   ASYNCREDIS_IMPLEMENTATION the implementation below comes with it:

       #define ASYNCREDIS_IMPLEMENTATION
       #include "asyncredis.h"
       #include "adapters/asyncredis_libuv.h"          // link with -luv

       ar_client *c = ar_libuv_client_new(uv_default_loop(), &o, &why);
       ...                                          // commands as usual
       uv_run(uv_default_loop(), UV_RUN_DEFAULT);   // returns once the client is gone

   It fills o's hooks (manual section 3 b; o.loop and o.hooks are ignored):
   one uv_poll_t per socket (a new one for every fd, closed before the fd is),
   one uv_timer_t, and a record from malloc that lives until the client is
   freed. ar_client_close / ar_client_free work as always, from anywhere;
   the handles are closed then and their memory goes on the loop's next turn,
   so run the loop once more before uv_loop_close. Same licence as asyncredis.h. */
#ifndef ASYNCREDIS_LIBUV_H
#define ASYNCREDIS_LIBUV_H
#ifndef ASYNCREDIS_H
#error "include asyncredis.h before asyncredis_libuv.h"
#endif
#if !defined(_POSIX_C_SOURCE) && !defined(_GNU_SOURCE) && !defined(_DEFAULT_SOURCE) && !defined(_XOPEN_SOURCE) && !defined(__APPLE__)
#define _POSIX_C_SOURCE 200809L /* uv.h needs POSIX (pthread_rwlock_t): under -std=c99 include */
#endif                          /* this before any system header, or build with -D_DEFAULT_SOURCE */
#include <uv.h>
#ifdef __cplusplus
extern "C" {
#endif
/* ar_client_new(o) driven by loop; NULL and *why as ar_client_new */
AR_API ar_client *ar_libuv_client_new(uv_loop_t *loop, const ar_options *o, const char **why);
#ifdef __cplusplus
}
#endif
#endif /* ASYNCREDIS_LIBUV_H */

#if defined(ASYNCREDIS_IMPLEMENTATION) && !defined(ASYNCREDIS_LIBUV_IMPL_DONE)
#define ASYNCREDIS_LIBUV_IMPL_DONE
#include <stdlib.h>
#include <string.h>

typedef struct ar__uv {
    uv_loop_t *loop;
    ar_client *c;
    uv_poll_t *poll;            /* the current fd's handle; NULL: nothing watched */
    int events;                 /* UV_READABLE | UV_WRITABLE wanted */
    int dead;                   /* cleanup ran: the client is gone */
    uv_timer_t timer;           /* its close callback frees the record */
} ar__uv;

static void ar__uv_free_handle(uv_handle_t *h) { free(h); }
static void ar__uv_free_rec(uv_handle_t *h) { free(h->data); }

static void ar__uv_io(uv_poll_t *h, int status, int events) {
    ar__uv *u = (ar__uv *)h->data;
    if (status < 0) events = UV_READABLE | UV_WRITABLE; /* an error: both */
    if ((events & UV_WRITABLE) && (u->events & UV_WRITABLE)) ar_handle_write(u->c);
    if (u->dead || u->poll != h) return; /* freed inside, or the fd changed */
    if ((events & UV_READABLE) && (u->events & UV_READABLE)) ar_handle_read(u->c);
}
static void ar__uv_want(ar__uv *u, int fd, int bit, int on) {
    int want = on ? u->events | bit : u->events & ~bit;
    if (!u->poll && want) { /* a new fd: a new handle (the old one may still be closing) */
        u->poll = (uv_poll_t *)malloc(sizeof *u->poll);
        if (!u->poll || uv_poll_init(u->loop, u->poll, fd) != 0) {
            free(u->poll); /* the client's own timeouts end a connection nobody watches */
            u->poll = NULL;
            return;
        }
        u->poll->data = u;
    }
    u->events = want;
    if (!u->poll) return;
    if (want) uv_poll_start(u->poll, want, ar__uv_io);
    else { uv_close((uv_handle_t *)u->poll, ar__uv_free_handle); u->poll = NULL; } /* before the fd closes */
}
static void ar__uv_add_read(void *d, int fd) { ar__uv_want((ar__uv *)d, fd, UV_READABLE, 1); }
static void ar__uv_del_read(void *d, int fd) { ar__uv_want((ar__uv *)d, fd, UV_READABLE, 0); }
static void ar__uv_add_write(void *d, int fd) { ar__uv_want((ar__uv *)d, fd, UV_WRITABLE, 1); }
static void ar__uv_del_write(void *d, int fd) { ar__uv_want((ar__uv *)d, fd, UV_WRITABLE, 0); }
static void ar__uv_tick(uv_timer_t *t) { ar_handle_timer(((ar__uv *)t->data)->c); }
static void ar__uv_set_timer(void *d, long long ms) {
    ar__uv *u = (ar__uv *)d;
    if (ms < 0) uv_timer_stop(&u->timer);
    else uv_timer_start(&u->timer, ar__uv_tick, (uint64_t)ms, 0);
}
static void ar__uv_cleanup(void *d) {
    ar__uv *u = (ar__uv *)d;
    u->dead = 1;
    if (u->poll) { uv_close((uv_handle_t *)u->poll, ar__uv_free_handle); u->poll = NULL; }
    uv_close((uv_handle_t *)&u->timer, ar__uv_free_rec);
}

AR_API ar_client *ar_libuv_client_new(uv_loop_t *loop, const ar_options *o, const char **why) {
    ar_options lo;
    ar_hooks h;
    ar__uv *u;
    ar_client *c;
    if (!loop || !o) { if (why) *why = "ar_libuv_client_new: loop and options are required"; return NULL; }
    u = (ar__uv *)calloc(1, sizeof *u);
    if (!u) { if (why) *why = "out of memory"; return NULL; }
    u->loop = loop;
    uv_timer_init(loop, &u->timer);
    u->timer.data = u;
    memset(&h, 0, sizeof h);
    h.data = u;
    h.add_read = ar__uv_add_read; h.del_read = ar__uv_del_read;
    h.add_write = ar__uv_add_write; h.del_write = ar__uv_del_write;
    h.set_timer = ar__uv_set_timer; h.cleanup = ar__uv_cleanup;
    lo = *o;
    lo.loop = NULL;
    lo.hooks = &h;
    c = u->c = ar_client_new(&lo, why); /* the hooks may run in here */
    if (!c) uv_close((uv_handle_t *)&u->timer, ar__uv_free_rec); /* no hook ran; freed on the next turn */
    return c;
}
#endif /* ASYNCREDIS_IMPLEMENTATION */
