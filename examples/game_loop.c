/* game_loop.c - a 60 Hz game loop that drives everything with ar_pump.

   No event loop and no hooks: two clients in pump mode (manual section 3 c),
   pumped once per frame. The game client stores 16 entity positions per
   frame (HSET), scores (ZINCRBY), reads the leaderboard once a second and
   puts a player in the matchmaking queue three times a second. The
   matchmaking client waits on that queue with BLPOP - a blocking command,
   so it has a client of its own (manual section 11) - and never holds up a
   frame: replies are simply picked up by a later pump.

   Library time is measured per frame: the ar_command submissions plus the
   ar_pump calls (which run the reply callbacks). At the end its histogram
   is printed, with the median, the 99th percentile and the worst frame
   against the 16.7 ms frame budget.

   Usage: game_loop [HOST [PORT [FRAMES]]]   (default 127.0.0.1 6379 300)
   Exit status 0 when every command was answered and every queued player
   was matched. */
#define ASYNCREDIS_IMPLEMENTATION
#include "asyncredis.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define FRAME_NS 16666667LL
#define ENTITIES 16
#define MAX_FRAMES 36000

typedef struct game {
    long frame;
    double x[ENTITIES], y[ENTITIES], vx[ENTITIES], vy[ENTITIES];
    long commands, replies, failures, queued, matched;
    ar_client *state, *match;
} game;

static long long lib_ns[MAX_FRAMES];   /* library time of each frame */

static long long now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}
static void sleep_until(long long t) {
    long long d = t - now_ns();
    struct timespec ts;
    if (d <= 0) return;
    ts.tv_sec = (time_t)(d / 1000000000LL);
    ts.tv_nsec = (long)(d % 1000000000LL);
    nanosleep(&ts, NULL);
}

static int answered(game *g, const ar_reply *r) {
    if (r->err || r->type == AR_REPLY_ERROR) {
        if (g->failures++ == 0) fprintf(stderr, "frame %ld: %s\n", g->frame, r->str);
        if (r->err) return 0;
    }
    g->replies++;
    return r->type != AR_REPLY_ERROR;
}
static void submit(game *g, int rc) { if (rc == AR_OK) g->commands++; else g->failures++; }
static void on_reply(ar_client *c, const ar_reply *r, void *ud) { (void)c; answered((game *)ud, r); }
static void on_leaders(ar_client *c, const ar_reply *r, void *ud) {
    game *g = (game *)ud;
    (void)c;
    if (answered(g, r) && r->elements >= 2)
        printf("frame %4ld: leader %.*s with %s points\n", g->frame, (int)r->element[0].len, r->element[0].str, r->element[1].str);
}
static void on_match(ar_client *c, const ar_reply *r, void *ud) {
    game *g = (game *)ud;
    if (!answered(g, r)) return;
    if (r->type == AR_REPLY_ARRAY) g->matched++;               /* [queue, player] */
    if (ar_client_state(c) != AR_STATE_CLOSING)               /* wait for the next one */
        submit(g, ar_command(c, on_match, g, "BLPOP game:matchmaking 0.2"));
}
static int cmp_ll(const void *a, const void *b) {
    long long x = *(const long long *)a, y = *(const long long *)b;
    return x < y ? -1 : x > y;
}

int main(int argc, char **argv) {
    static const long long edges_us[] = { 25, 50, 100, 200, 500, 1000, 2000, 4000 };
    int nb = (int)(sizeof edges_us / sizeof edges_us[0]), counts[9] = { 0 }, i, k;
    long frames = argc > 3 ? atol(argv[3]) : 300, sorted_n;
    long long next, t0, *sorted;
    ar_options o;
    game g;

    if (frames < 1 || frames > MAX_FRAMES) frames = 300;
    memset(&g, 0, sizeof g);
    memset(&o, 0, sizeof o);                      /* no loop, no hooks: pump mode */
    o.host = argc > 1 ? argv[1] : "127.0.0.1";
    o.port = argc > 2 ? atoi(argv[2]) : 6379;
    g.state = ar_client_new(&o, NULL);
    g.match = ar_client_new(&o, NULL);
    if (!g.state || !g.match) { fprintf(stderr, "bad options\n"); return 1; }
    for (i = 0; i < ENTITIES; i++) { g.x[i] = i * 10.0; g.vx[i] = 1.0 + i % 3; g.vy[i] = 0.5 * (i % 5); }
    submit(&g, ar_command(g.state, on_reply, &g, "DEL game:score game:matchmaking"));
    submit(&g, ar_command(g.match, on_match, &g, "BLPOP game:matchmaking 0.2"));

    next = now_ns();
    for (g.frame = 0; g.frame < frames; g.frame++) {
        /* 1. the game's own update */
        for (i = 0; i < ENTITIES; i++) {
            g.x[i] += g.vx[i] / 60.0; g.y[i] += g.vy[i] / 60.0;
            if (g.y[i] > 100 || g.y[i] < 0) g.vy[i] = -g.vy[i];
        }
        /* 2. the library's share of the frame: this frame's commands and the pumps */
        t0 = now_ns();
        for (i = 0; i < ENTITIES; i++)
            submit(&g, ar_command(g.state, on_reply, &g, "HSET game:entity:%d x %.2f y %.2f", i, g.x[i], g.y[i]));
        submit(&g, ar_command(g.state, on_reply, &g, "ZINCRBY game:score 1 entity:%ld", (g.frame * 7) % ENTITIES));
        if (g.frame % 60 == 59)             /* once a second */
            submit(&g, ar_command(g.state, on_leaders, &g, "ZREVRANGE game:score 0 0 WITHSCORES"));
        if (g.frame % 20 == 0) {
            submit(&g, ar_command(g.state, on_reply, &g, "LPUSH game:matchmaking player:%ld", g.frame));
            g.queued++;
        }
        ar_pump(g.state);
        ar_pump(g.match);
        lib_ns[g.frame] = now_ns() - t0;
        /* 3. render, then wait for the next frame */
        next += FRAME_NS;
        sleep_until(next);
        if (now_ns() - next > FRAME_NS) next = now_ns();        /* fell behind: no catching up */
    }

    /* graceful close: keep pumping once per frame until both are gone (-2) */
    ar_client_close(g.state);
    ar_client_close(g.match);
    for (k = 0; k < 5 * 60 && (g.state || g.match); k++) {
        if (g.state && ar_pump(g.state) == -2) g.state = NULL;
        if (g.match && ar_pump(g.match) == -2) g.match = NULL;
        next += FRAME_NS;
        sleep_until(next);
    }

    sorted_n = frames;
    sorted = (long long *)malloc((size_t)sorted_n * sizeof *sorted);
    memcpy(sorted, lib_ns, (size_t)sorted_n * sizeof *sorted);
    qsort(sorted, (size_t)sorted_n, sizeof *sorted, cmp_ll);
    for (i = 0; i < sorted_n; i++) {
        long long us = sorted[i] / 1000;
        for (k = 0; k < nb && us >= edges_us[k]; k++) {}
        counts[k]++;
    }
    printf("\nlibrary time per frame (%ld frames, %ld commands, budget 16.7 ms):\n", frames, g.commands);
    for (k = 0; k <= nb; k++) {
        char label[32];
        int bar = (int)((counts[k] * 50L + sorted_n - 1) / sorted_n);
        if (k == 0) snprintf(label, sizeof label, "< %lld us", edges_us[0]);
        else if (k == nb) snprintf(label, sizeof label, ">= %lld us", edges_us[nb - 1]);
        else snprintf(label, sizeof label, "%lld-%lld us", edges_us[k - 1], edges_us[k]);
        printf("  %-14s %5d  %.*s\n", label, counts[k], bar, "##################################################");
    }
    printf("  median %.1f us, p99 %.1f us, worst %.1f us (%.2f%% of a frame)\n", sorted[sorted_n / 2] / 1e3,
           sorted[sorted_n * 99 / 100] / 1e3, sorted[sorted_n - 1] / 1e3, sorted[sorted_n - 1] * 100.0 / FRAME_NS);
    printf("commands %ld, replies %ld, failures %ld; players queued %ld, matched %ld\n",
           g.commands, g.replies, g.failures, g.queued, g.matched);
    free(sorted);
    return !g.state && !g.match && g.failures == 0 && g.replies == g.commands && g.matched == g.queued ? 0 : 1;
}
