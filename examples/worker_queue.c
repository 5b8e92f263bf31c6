/* worker_queue.c - the reliable queue pattern with BLMOVE.

   A producer LPUSHes jobs onto wq:jobs. Each worker owns a client (a
   blocking command holds its connection: manual section 11) and takes a job
   with BLMOVE wq:jobs wq:processing:<id> RIGHT LEFT, which moves it
   atomically into the worker's own processing list. When the work is done
   it records the result and removes the job from that list in one
   transaction (ar_tx): the job is acknowledged exactly when its effect is
   stored. A worker that dies while holding a job leaves it in its
   processing list; its replacement first moves everything found there back
   onto the queue (LMOVE), so no job is lost (each is done at least once,
   and here, thanks to the transaction, its result is stored once).

   Here worker 1 "crashes" (frees its client) after 5 jobs, holding the
   6th; a replacement starts 100 ms later. A worker stops after the queue
   has been empty for half a second. All on the built-in loop.

   Usage: worker_queue [HOST [PORT]]   (default 127.0.0.1 6379)
   Exit status 0 when every job was done once and no list holds a job. */
#define ASYNCREDIS_IMPLEMENTATION
#include "asyncredis.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NJOBS 300
#define NWORKERS 3

typedef struct worker {
    int id;                      /* 1..NWORKERS; the replacement of 1 is 1 again */
    ar_client *c;
    char processing[32];         /* wq:processing:<id> */
    int done, crash_after;
} worker;

static ar_loop *loop;
static ar_options base_opts;
static worker workers[NWORKERS + 1];
static ar_timer restart_timer;
static int failed;

static void take(worker *w);
static void on_restart(ar_timer *t, void *ud);
static void fail(const char *what, const ar_reply *r) {
    fprintf(stderr, "%s failed: %s\n", what, r->err ? ar_strerror(r->err) : r->str);
    failed = 1;
}

static void on_acked(ar_client *c, const ar_reply *r, void *ud) {
    worker *w = (worker *)ud;
    (void)c;
    if (r->err || r->type != AR_REPLY_ARRAY) { fail("EXEC", r); return; }
    w->done++;
    take(w);
}

static void on_job(ar_client *c, const ar_reply *r, void *ud) {
    worker *w = (worker *)ud;
    ar_tx *tx;
    if (r->err) { fail("BLMOVE", r); return; }
    if (r->type == AR_REPLY_NIL) {          /* nothing for 0.5 s: this worker is finished */
        printf("worker %d: queue empty, %d jobs done\n", w->id, w->done);
        ar_client_close(c);
        return;
    }
    if (w->done == w->crash_after) {        /* the crash: the job stays in our processing list */
        printf("worker %d: crashes while holding %.*s\n", w->id, (int)r->len, r->str);
        ar_client_free(c);
        ar_timer_start(&restart_timer, 100, 0, on_restart, NULL);
        return;
    }
    /* the work itself would go here; its result and the ack are one transaction */
    tx = ar_tx_new(c, NULL);
    ar_tx_command(tx, "SADD wq:done %b", r->str, r->len);
    ar_tx_command(tx, "LREM %s 1 %b", w->processing, r->str, r->len);
    if (ar_tx_exec(tx, on_acked, w) != AR_OK) { ar_tx_discard(tx); failed = 1; }
}

static void take(worker *w) {
    ar_command(w->c, on_job, w, "BLMOVE wq:jobs %s RIGHT LEFT 0.5", w->processing);
}

/* a (re)started worker first puts back what a crashed predecessor held */
static void on_recovered(ar_client *c, const ar_reply *r, void *ud) {
    worker *w = (worker *)ud;
    if (r->err) { fail("LMOVE", r); return; }
    if (r->type == AR_REPLY_STRING) {
        printf("worker %d: put %.*s back on the queue\n", w->id, (int)r->len, r->str);
        ar_command(c, on_recovered, w, "LMOVE %s wq:jobs RIGHT RIGHT", w->processing);
    } else {
        take(w);                            /* nil: nothing (more) to recover */
    }
}

static void start_worker(worker *w, int id, int crash_after) {
    memset(w, 0, sizeof *w);
    w->id = id;
    w->crash_after = crash_after;
    snprintf(w->processing, sizeof w->processing, "wq:processing:%d", id);
    w->c = ar_client_new(&base_opts, NULL);
    ar_command(w->c, on_recovered, w, "LMOVE %s wq:jobs RIGHT RIGHT", w->processing);
}
static void on_restart(ar_timer *t, void *ud) {
    (void)t; (void)ud;
    printf("worker 1: restarted\n");
    start_worker(&workers[NWORKERS], 1, -1);
}

int main(int argc, char **argv) {
    const char *why = NULL;
    ar_client *producer;
    ar_reply *r;
    int i, ok;

    loop = ar_loop_new(NULL);
    memset(&base_opts, 0, sizeof base_opts);
    base_opts.host = argc > 1 ? argv[1] : "127.0.0.1";
    base_opts.port = argc > 2 ? atoi(argv[2]) : 6379;
    base_opts.loop = loop;
    ar_timer_init(loop, &restart_timer);

    /* set-up and the check at the end use the blocking helpers (no loop) */
    {
        ar_options so = base_opts;
        so.loop = NULL;
        producer = ar_connect_sync(&so, 2000, &why);
        if (!producer) { fprintf(stderr, "connect: %s\n", why); return 1; }
        ar_reply_free(ar_command_sync(producer, 2000, "DEL wq:jobs wq:done wq:processing:1 wq:processing:2 wq:processing:3"));
        for (i = 0; i < NJOBS; i++) ar_reply_free(ar_command_sync(producer, 2000, "LPUSH wq:jobs job:%d", i));
    }
    printf("%d jobs queued, %d workers\n", NJOBS, NWORKERS);
    for (i = 0; i < NWORKERS; i++) start_worker(&workers[i], i + 1, i == 0 ? 5 : -1);

    ar_loop_run(loop);                      /* returns when every worker has closed */
    ar_loop_free(loop);

    r = ar_command_sync(producer, 2000, "SCARD wq:done");
    ok = !failed && r->type == AR_REPLY_INTEGER && r->integer == NJOBS;
    printf("jobs done: %lld of %d\n", r->integer, NJOBS);
    ar_reply_free(r);
    r = ar_command_sync(producer, 2000, "EVAL %s 0",
                        "return redis.call('LLEN','wq:jobs') + redis.call('LLEN','wq:processing:1') + "
                        "redis.call('LLEN','wq:processing:2') + redis.call('LLEN','wq:processing:3')");
    ok = ok && r->type == AR_REPLY_INTEGER && r->integer == 0;
    printf("jobs left in the queue and processing lists: %lld\n", r->integer);
    ar_reply_free(r);
    ar_client_free(producer);
    return ok ? 0 : 1;
}
