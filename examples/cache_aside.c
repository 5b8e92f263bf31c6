/* cache_aside.c - the cache-aside pattern in front of a slow data source.

   A read asks Redis first (GET cache:user:<id>). On a hit it is served from
   there. On a miss the value is loaded from the "database" (here a 50 ms
   timer standing in for a slow query), stored with a TTL (SET ... EX) and
   served. Misses for a key already being loaded wait for that one load
   instead of starting their own (request coalescing: a popular key that
   expires does not send a stampede to the database). A write goes to the
   database first, then deletes the cached copy (DEL), so the next read
   loads the new value.

   Here 20 reads over 5 users run three times: the first time all miss (5
   loads, not 20), the second time all hit, and after user 3 is updated the
   third time only user 3 misses (1 load). All on the built-in loop.

   Usage: cache_aside [HOST [PORT]]   (default 127.0.0.1 6379)
   Exit status 0 when the hits, misses and loads are as described and
   every read got the database's current value. */
#define ASYNCREDIS_IMPLEMENTATION
#include "asyncredis.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define USERS 5
#define READS 20                     /* per wave: 4 per user */
#define TTL_S 60

typedef struct load {                /* one load in flight per user */
    int active, nwaiting;
    int waiting[READS];              /* the reads (their numbers) that wait for it */
    ar_timer db_query;
} load;

static ar_client *c;
static int db_level[USERS + 1] = { 0, 10, 20, 30, 40, 50 };   /* the "database" */
static load loads[USERS + 1];
static int wave, served, hits, misses, db_loads, wrong;

static void start_wave(void);
static int user_of(int read) { return read % USERS + 1; }
static int db_value(int user, char *buf, size_t n) {
    return snprintf(buf, n, "name=user-%d;level=%d", user, db_level[user]);
}

/* a read is answered: check it against the database, count it */
static void serve(int read, const char *val, size_t len, int hit) {
    char want[64];
    int n = db_value(user_of(read), want, sizeof want);
    if ((size_t)n != len || memcmp(want, val, len) != 0) wrong++;
    if (hit) hits++; else misses++;
    if (++served % READS == 0) start_wave();
}

static void on_db_answer(ar_timer *t, void *ud) {
    int user = (int)(size_t)ud, i;
    char val[64];
    int n = db_value(user, val, sizeof val);
    load *l = &loads[user];
    (void)t;
    db_loads++;
    ar_command(c, NULL, NULL, "SET cache:user:%d %b EX %d", user, val, (size_t)n, TTL_S);
    l->active = 0;
    for (i = 0; i < l->nwaiting; i++) serve(l->waiting[i], val, (size_t)n, 0);
    l->nwaiting = 0;
}

static void on_cache(ar_client *cl, const ar_reply *r, void *ud) {
    int read = (int)(size_t)ud, user = user_of(read);
    load *l = &loads[user];
    (void)cl;
    if (r->type == AR_REPLY_STRING) { serve(read, r->str, r->len, 1); return; }
    /* a miss (nil), or Redis unreachable (r->err): fall back to the database */
    l->waiting[l->nwaiting++] = read;
    if (!l->active) {
        l->active = 1;
        ar_timer_start(&l->db_query, 50, 0, on_db_answer, (void *)(size_t)user);
    }
}

static void read_user(int read) {
    ar_command(c, on_cache, (void *)(size_t)read, "GET cache:user:%d", user_of(read));
}

static void on_invalidated(ar_client *cl, const ar_reply *r, void *ud) {
    int i;
    (void)cl; (void)r; (void)ud;
    for (i = 0; i < READS; i++) read_user(i);
}

static void start_wave(void) {
    int i;
    if (wave) printf("after wave %d: %2d hits, %2d misses, %d database loads\n", wave, hits, misses, db_loads);
    wave++;
    if (wave == 1 || wave == 2) {
        for (i = 0; i < READS; i++) read_user(i);
    } else if (wave == 3) {
        db_level[3]++;                              /* a write: database first, */
        ar_command(c, on_invalidated, NULL, "DEL cache:user:3"); /* then drop the copy */
    } else {
        ar_client_close(c);
    }
}

int main(int argc, char **argv) {
    const char *why = NULL;
    ar_loop *loop = ar_loop_new(NULL);
    ar_options o;
    int u;

    memset(&o, 0, sizeof o);
    o.host = argc > 1 ? argv[1] : "127.0.0.1";
    o.port = argc > 2 ? atoi(argv[2]) : 6379;
    o.loop = loop;
    c = ar_client_new(&o, &why);
    if (!c) { fprintf(stderr, "%s\n", why); return 1; }
    for (u = 1; u <= USERS; u++) ar_timer_init(loop, &loads[u].db_query);

    ar_command(c, NULL, NULL, "DEL cache:user:1 cache:user:2 cache:user:3 cache:user:4 cache:user:5");
    start_wave();
    ar_loop_run(loop);
    ar_loop_free(loop);

    printf("%d reads: %d hits, %d misses, %d database loads, %d wrong values\n",
           served, hits, misses, db_loads, wrong);
    return served == 3 * READS && hits == 36 && misses == 24 && db_loads == 6 && wrong == 0 ? 0 : 1;
}
