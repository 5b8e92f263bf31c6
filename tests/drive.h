/* tests/drive.h - run the same client tests under all three drive modes.

   DRV_LOOP   the built-in loop (epoll on Linux, or poll when the test is
              compiled with -DASYNCREDIS_USE_POLL)
   DRV_HOOKS  a small foreign poll loop of the test's own, talking to the
              client only through ar_hooks and ar_handle_read/write/timer,
              as a libuv or libevent adapter would
   DRV_PUMP   a frame loop calling ar_pump() for each client, sleeping 1 ms
              between frames when nothing is due

   drv_init(d, mode); drv_client(d, &opts, &why) creates a client driven by d;
   drv_run_until(d, cond, arg, timeout_ms) turns the loop until cond(arg) is
   true (1) or the time is up (0; real time, whatever the library's clock
   says). drv_turn(d, ms) runs one turn.
   Include after asyncredis.h (with or without the implementation). */
#ifndef AR_TEST_DRIVE_H
#define AR_TEST_DRIVE_H

#include <poll.h>
#include <string.h>
#include <time.h>

typedef enum { DRV_LOOP = 0, DRV_HOOKS, DRV_PUMP } drv_mode;
static const char *const drv_names[] = { "loop", "hooks", "pump" };

#define DRV_MAX 64

typedef struct drv_watch {      /* the foreign loop's record of one client */
    int used;
    ar_client *c;
    int fd;
    unsigned want;              /* 1 read, 2 write */
    long long timer_at;         /* -1 none */
} drv_watch;

typedef struct drv {
    drv_mode mode;
    ar_loop *loop;
    drv_watch w[DRV_MAX];       /* hooks mode */
    ar_client *pump[DRV_MAX];   /* pump mode */
    int hook_calls;             /* hooks mode: calls made by the library */
} drv;

static drv_watch *drv__w(void *data) { return (drv_watch *)data; }
static void drv__add_read(void *data, int fd) { drv__w(data)->fd = fd; drv__w(data)->want |= 1u; }
static void drv__del_read(void *data, int fd) { (void)fd; drv__w(data)->want &= ~1u; }
static void drv__add_write(void *data, int fd) { drv__w(data)->fd = fd; drv__w(data)->want |= 2u; }
static void drv__del_write(void *data, int fd) { (void)fd; drv__w(data)->want &= ~2u; }
static void drv__set_timer(void *data, long long ms) {
    drv__w(data)->timer_at = ms < 0 ? -1 : ar_now_ms() + ms;
}
static void drv__cleanup(void *data) { memset(drv__w(data), 0, sizeof(drv_watch)); }

/* A pool's connections in hooks mode, a drv_watch each: o->client_hooks =
   drv_pool_client_hooks, o->client_made = drv_pool_client_made, o->data = d
   (the pool's timer stays the test's; inline: unused elsewhere). */
static inline int drv_pool_client_hooks(ar_pool *p, ar_hooks *h, void *data) {
    drv *d = (drv *)data;
    int i;
    (void)p;
    for (i = 0; i < DRV_MAX && d->w[i].used; i++) {}
    if (i == DRV_MAX) return -1;
    memset(&d->w[i], 0, sizeof d->w[i]);
    d->w[i].used = 1; d->w[i].fd = -1; d->w[i].timer_at = -1;
    h->data = &d->w[i];
    h->add_read = drv__add_read; h->del_read = drv__del_read;
    h->add_write = drv__add_write; h->del_write = drv__del_write;
    h->set_timer = drv__set_timer; h->cleanup = drv__cleanup;
    return 0;
}
static inline void drv_pool_client_made(ar_pool *p, void *hd, ar_client *c, void *data) {
    drv_watch *w = (drv_watch *)hd;
    (void)p; (void)data;
    if (!c) memset(w, 0, sizeof *w);
    else w->c = c;
}

static void drv_init(drv *d, drv_mode mode) {
    memset(d, 0, sizeof *d);
    d->mode = mode;
    if (mode == DRV_LOOP) d->loop = ar_loop_new(NULL);
}

static ar_client *drv_client(drv *d, ar_options *o, const char **why) {
    ar_client *c = NULL;
    int i;
    o->loop = NULL; o->hooks = NULL;
    if (d->mode == DRV_LOOP) {
        o->loop = d->loop;
        return ar_client_new(o, why);
    }
    for (i = 0; i < DRV_MAX; i++) {
        if (d->mode == DRV_HOOKS && !d->w[i].used) break;
        if (d->mode == DRV_PUMP && !d->pump[i]) break;
    }
    if (i == DRV_MAX) { if (why) *why = "drv: too many clients"; return NULL; }
    if (d->mode == DRV_HOOKS) {
        ar_hooks h;
        memset(&h, 0, sizeof h);
        d->w[i].used = 1; d->w[i].fd = -1; d->w[i].timer_at = -1; d->w[i].want = 0;
        h.data = &d->w[i];
        h.add_read = drv__add_read; h.del_read = drv__del_read;
        h.add_write = drv__add_write; h.del_write = drv__del_write;
        h.set_timer = drv__set_timer; h.cleanup = drv__cleanup;
        o->hooks = &h;
        c = ar_client_new(o, why);
        o->hooks = NULL;
        if (!c) { memset(&d->w[i], 0, sizeof d->w[i]); return NULL; }
        d->w[i].c = c;
        return c;
    }
    c = ar_client_new(o, why);
    if (c) d->pump[i] = c;
    return c;
}

/* the test freed c itself (outside of a drive turn): forget it */
static void drv_forget(drv *d, ar_client *c) {
    int i;
    for (i = 0; i < DRV_MAX; i++) if (d->pump[i] == c) d->pump[i] = NULL;
}

static void drv_turn(drv *d, int max_ms) {
    int i;
    if (d->mode == DRV_LOOP) { ar_loop_run_once(d->loop, max_ms); return; }
    if (d->mode == DRV_HOOKS) {
        struct pollfd pf[DRV_MAX];
        int idx[DRV_MAX], n = 0, timeout = max_ms;
        long long now = ar_now_ms();
        for (i = 0; i < DRV_MAX; i++) {
            drv_watch *w = &d->w[i];
            if (!w->used) continue;
            if (w->timer_at >= 0) {
                long long t = w->timer_at - now;
                if (t < 0) t = 0;
                if (timeout < 0 || t < timeout) timeout = (int)t;
            }
            if (w->want && w->fd >= 0) {
                pf[n].fd = w->fd;
                pf[n].events = (short)((w->want & 1u ? POLLIN : 0) | (w->want & 2u ? POLLOUT : 0));
                pf[n].revents = 0;
                idx[n++] = i;
            }
        }
        if (poll(pf, (nfds_t)n, timeout) > 0) {
            for (i = 0; i < n; i++) {
                drv_watch *w = &d->w[idx[i]];
                ar_client *c = w->c;
                short re = pf[i].revents;
                if (!re || !w->used || !c || w->fd != pf[i].fd) continue;
                if ((re & (POLLOUT | POLLERR | POLLHUP)) && (w->want & 2u)) ar_handle_write(c);
                if (!w->used) continue; /* freed from a callback */
                if ((re & (POLLIN | POLLERR | POLLHUP)) && (w->want & 1u)) ar_handle_read(c);
            }
        }
        now = ar_now_ms();
        for (i = 0; i < DRV_MAX; i++) {
            drv_watch *w = &d->w[i];
            if (w->used && w->c && w->timer_at >= 0 && w->timer_at <= now) {
                w->timer_at = -1;
                ar_handle_timer(w->c);
            }
        }
        return;
    }
    {
        long long next = -1;
        for (i = 0; i < DRV_MAX; i++) {
            long long r;
            if (!d->pump[i]) continue;
            r = ar_pump(d->pump[i]);
            if (r == -2) { d->pump[i] = NULL; continue; }
            if (r >= 0 && (next < 0 || r < next)) next = r;
        }
        if (next != 0) {
            int ms = max_ms < 0 || max_ms > 1 ? 1 : max_ms;
            poll(NULL, 0, ms); /* a frame */
        }
    }
}

/* the budget of a wait is real time (CLOCK_MONOTONIC), whatever clock the
   library runs on (tests/testclock.h can hold that one still) */
static long long drv__real_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static int drv_run_until(drv *d, int (*cond)(void *), void *arg, int timeout_ms) {
    long long end = drv__real_ms() + timeout_ms;
    while (!cond(arg)) {
        long long left = end - drv__real_ms();
        if (left <= 0) return 0;
        drv_turn(d, left > 50 ? 50 : (int)left);
    }
    return 1;
}

/* free the driver; clients still alive are freed with it */
static void drv_free(drv *d) {
    int i;
    if (d->mode == DRV_LOOP) { ar_loop_free(d->loop); d->loop = NULL; return; }
    for (i = 0; i < DRV_MAX; i++) {
        if (d->mode == DRV_HOOKS && d->w[i].used && d->w[i].c) ar_client_free(d->w[i].c);
        if (d->mode == DRV_PUMP && d->pump[i]) { ar_client_free(d->pump[i]); d->pump[i] = NULL; }
    }
}

#endif
