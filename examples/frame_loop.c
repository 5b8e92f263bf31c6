/* frame_loop.c - asyncredis inside a game-style 60 Hz frame loop.

   Shows the pump drive mode: the client gets no event loop and no hooks
   (o.loop and o.hooks stay NULL) and its socket is never handed to anyone.
   Once per frame the game updates its state, issues a few commands and calls
   ar_pump(c), which does all the non-blocking work that is ready (connect,
   write, read, run callbacks) and returns at once. Replies arrive in later
   frames through their callbacks. At the end the client is closed
   gracefully and pumped until ar_pump() reports that it was freed (-2).

   ar_pump() returns: milliseconds until the client's next deadline,
   0 = more work is ready now, -1 = nothing scheduled (just wait for I/O),
   -2 = the client was freed during this call (do not use it again).

   Usage: frame_loop [HOST [PORT [FRAMES]]]   (default 127.0.0.1 6379 120;
          REDIS_HOST / REDIS_PORT are used when HOST / PORT are not given) */
#define ASYNCREDIS_IMPLEMENTATION
#include "asyncredis.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <poll.h>

#define FRAME_NS 16666667LL          /* 1/60 s */
#define PLAYERS 4

typedef struct game {
    long frame;                      /* the "game state": frames simulated */
    long long score[PLAYERS];
    long commands, replies, failures; /* failures: client-side (r->err) or error replies */
    long long last_incr;             /* the server's frame counter */
    int disconnected;
} game;

static long long now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static void sleep_until(long long t_ns) {
#ifdef TIMER_ABSTIME
    struct timespec ts;
    ts.tv_sec = (time_t)(t_ns / 1000000000LL);
    ts.tv_nsec = (long)(t_ns % 1000000000LL);
    while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, NULL) != 0) { /* EINTR: again */ }
#else
    long long d = t_ns - now_ns();
    if (d > 0) poll(NULL, 0, (int)((d + 999999) / 1000000));
#endif
}

/* every callback is counted; the first failure is printed */
static int count_reply(game *g, const ar_reply *r) {
    if (!r->err) g->replies++;          /* the server answered */
    if (r->err || r->type == AR_REPLY_ERROR) {
        if (g->failures++ == 0) fprintf(stderr, "frame %ld: command failed: %s\n", g->frame, r->str);
        return 0;
    }
    return 1;
}

static void on_reply(ar_client *c, const ar_reply *r, void *ud) { (void)c; count_reply((game *)ud, r); }

static void on_incr(ar_client *c, const ar_reply *r, void *ud) {
    game *g = (game *)ud;
    (void)c;
    if (count_reply(g, r) && r->type == AR_REPLY_INTEGER) g->last_incr = r->integer;
}

static void on_leader(ar_client *c, const ar_reply *r, void *ud) {
    game *g = (game *)ud;
    (void)c;
    if (count_reply(g, r) && r->type == AR_REPLY_ARRAY && r->elements == 2)
        printf("frame %3ld: leader %.*s with %s points\n", g->frame,
               (int)r->element[0].len, r->element[0].str, r->element[1].str);
}

static void on_disconnect(ar_client *c, ar_err reason, void *data) {
    game *g = (game *)data;
    if (reason != AR_ERR_CLOSED) {
        fprintf(stderr, "disconnected: %s\n", ar_client_errstr(c));
        g->disconnected = 1;
    }
}

/* count what was accepted; a refused submission never gets a callback */
static void issued(game *g, int rc) {
    if (rc == AR_OK) g->commands++;
    else fprintf(stderr, "frame %ld: command refused: %s\n", g->frame, ar_strerror(rc));
}

int main(int argc, char **argv) {
    const char *host = argc > 1 ? argv[1] : getenv("REDIS_HOST");
    const char *port = argc > 2 ? argv[2] : getenv("REDIS_PORT");
    long frames = argc > 3 ? atol(argv[3]) : 120;
    const char *why = NULL;
    long long next, start, late, max_late = 0, sum_late = 0, rc;
    long extra = 0;
    ar_options o;
    ar_client *c;
    game g;
    int p;

    memset(&g, 0, sizeof g);
    memset(&o, 0, sizeof o);                /* no loop, no hooks: pump mode */
    o.host = host ? host : "127.0.0.1";
    o.port = port ? atoi(port) : 6379;
    o.on_disconnect = on_disconnect;
    o.data = &g;
    c = ar_client_new(&o, &why);
    if (!c) { fprintf(stderr, "bad options: %s\n", why); return 1; }

    issued(&g, ar_command(c, on_reply, &g, "DEL frame_loop:frames frame_loop:scores"));

    start = next = now_ns();
    for (g.frame = 0; g.frame < frames && !g.disconnected; g.frame++) {
        /* 1. update the game */
        p = (int)(g.frame % PLAYERS);
        g.score[p] += 10 + (g.frame * 7) % 13;

        /* 2. a few commands; their replies come back in later frames */
        issued(&g, ar_command(c, on_incr, &g, "INCR frame_loop:frames"));
        issued(&g, ar_command(c, on_reply, &g, "ZADD frame_loop:scores %lld player:%d", g.score[p], p + 1));
        if (g.frame % 60 == 59) /* once a second: who leads? */
            issued(&g, ar_command(c, on_leader, &g, "ZREVRANGE frame_loop:scores 0 0 WITHSCORES"));

        /* 3. let the client work: write this frame's commands, read what arrived */
        ar_pump(c);

        /* 4. sleep until the next frame; note how late each frame starts */
        next += FRAME_NS;
        sleep_until(next);
        late = now_ns() - next;
        if (late > max_late) max_late = late;
        sum_late += late;
        if (late > FRAME_NS) next = now_ns(); /* fell behind by a frame: drop the backlog */
    }

    printf("frames run:        %ld in %.2f s\n", g.frame, (double)(now_ns() - start) / 1e9);
    printf("commands issued:   %ld\n", g.commands);
    printf("replies so far:    %ld (the rest are still on the way)\n", g.replies);
    printf("max frame overrun: %.3f ms (average %.3f ms; how late a frame started after its slot)\n",
           (double)max_late / 1e6, g.frame ? (double)sum_late / (double)g.frame / 1e6 : 0.0);

    /* Graceful close: pending commands finish, then the client frees itself.
       Keep pumping once per frame until ar_pump says the client is gone. */
    ar_client_close(c);
    for (;;) {
        rc = ar_pump(c);
        extra++;
        if (rc == -2) break;                 /* freed: c is dangling now */
        if (extra == 5 * 60) { ar_client_free(c); break; } /* 5 s: give up, fail the rest */
        next += FRAME_NS;
        sleep_until(next);
    }
    printf("closed after %ld more pump(s); replies %ld of %ld, failures %ld\n",
           extra, g.replies, g.commands, g.failures);
    printf("server frame counter: %lld (%s)\n", g.last_incr,
           g.last_incr == g.frame ? "matches the frames run" : "MISMATCH");
    return g.failures == 0 && g.replies == g.commands && g.last_incr == g.frame ? 0 : 1;
}
