/* rate_limiter.c - a token bucket per user, kept in Redis by a Lua script.

   The script reads the bucket (tokens, last refill), refills it for the
   time passed (the server's clock: TIME), takes a token if there is one and
   answers {allowed, tokens left}: one atomic step, whatever the number of
   clients or processes asking. ar_script knows the script's SHA1 and sends
   EVALSHA; the first time (and after SCRIPT FLUSH or a restart) the server
   answers NOSCRIPT and the library sends EVAL by itself, so the caller
   never sees it (manual section 12). The bucket key is passed as a key,
   not an argument, so key_prefix and Cluster routing would see it.

   Here 3 users send a burst of 20 requests each against a limit of 10 per
   second with bursts of 5: about 5 pass per user. Then SCRIPT FLUSH (the
   next call falls back to EVAL on its own), 300 ms of waiting (3 tokens
   refill), and a second burst.

   Usage: rate_limiter [HOST [PORT]]   (default 127.0.0.1 6379)
   Exit status 0 when the limits held. */
#define ASYNCREDIS_IMPLEMENTATION
#include "asyncredis.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define USERS 3
#define BURST_REQUESTS 20
#define RATE "10"                    /* tokens per second */
#define BURST "5"                    /* bucket size */

static const char bucket_lua[] =
    "local t = redis.call('TIME')\n"
    "local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)\n"
    "local rate, burst = tonumber(ARGV[1]), tonumber(ARGV[2])\n"
    "local b = redis.call('HMGET', KEYS[1], 'tokens', 'ts')\n"
    "local tokens, ts = tonumber(b[1]) or burst, tonumber(b[2]) or now\n"
    "tokens = math.min(burst, tokens + (now - ts) * rate / 1000)\n"
    "local allowed = 0\n"
    "if tokens >= 1 then tokens = tokens - 1; allowed = 1 end\n"
    "redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'ts', now)\n"
    "redis.call('PEXPIRE', KEYS[1], math.ceil(burst * 1000 / rate) + 1000)\n"
    "return {allowed, math.floor(tokens)}\n";

static ar_script bucket;
static ar_loop *loop;
static ar_timer pause_timer;
static int allowed[2][USERS], answered, failed, phase;
static long long first_sent, first_done;   /* the first burst, on our clock (ms) */

static void on_decision(ar_client *c, const ar_reply *r, void *ud) {
    int user = (int)(size_t)ud;
    if (r->err || r->type != AR_REPLY_ARRAY || r->elements != 2) {
        fprintf(stderr, "script failed: %s\n", r->str);
        failed = 1;
    } else if (r->element[0].integer == 1) {
        allowed[phase][user]++;
    }
    if (++answered == USERS * BURST_REQUESTS) first_done = ar_now_ms();
    /* close once every run has its answer: a run whose EVALSHA meets
       NOSCRIPT still has its EVAL to send, and a closing client sends
       nothing new (that run would fail with AR_ERR_CLOSED) */
    if (answered == 2 * USERS * BURST_REQUESTS) ar_client_close(c);
}

/* one request by a user: may it pass? */
static void request(ar_client *c, int user) {
    char key[32];
    const char *keys[1], *args[2];
    snprintf(key, sizeof key, "ratelimit:user:%d", user);  /* copied by the call */
    keys[0] = key; args[0] = RATE; args[1] = BURST;
    if (ar_script_eval(c, &bucket, NULL, 1, keys, NULL, 2, args, NULL, on_decision, (void *)(size_t)user) != AR_OK)
        failed = 1;
}

static void burst(ar_client *c) {
    int u, i;
    for (i = 0; i < BURST_REQUESTS; i++)
        for (u = 0; u < USERS; u++) request(c, u);
}

static void on_pause_over(ar_timer *t, void *ud) {
    (void)t;
    phase = 1;
    burst((ar_client *)ud);
}

static void on_flushed(ar_client *c, const ar_reply *r, void *ud) {
    (void)ud;
    printf("SCRIPT FLUSH -> %s (the next run falls back to EVAL by itself)\n", r->str);
    ar_timer_start(&pause_timer, 300, 0, on_pause_over, c);
}

int main(int argc, char **argv) {
    const char *why = NULL;
    ar_options o;
    ar_client *c;
    int u, ok = 1;

    loop = ar_loop_new(NULL);
    memset(&o, 0, sizeof o);
    o.host = argc > 1 ? argv[1] : "127.0.0.1";
    o.port = argc > 2 ? atoi(argv[2]) : 6379;
    o.loop = loop;
    c = ar_client_new(&o, &why);
    if (!c) { fprintf(stderr, "%s\n", why); return 1; }
    ar_script_init(&bucket, bucket_lua, 0);
    printf("token bucket script %s: %s requests/s, bursts of %s\n", bucket.sha1, RATE, BURST);
    ar_timer_init(loop, &pause_timer);

    ar_command(c, NULL, NULL, "DEL ratelimit:user:0 ratelimit:user:1 ratelimit:user:2");
    first_sent = ar_now_ms();
    burst(c);                               /* EVALSHA -> NOSCRIPT -> EVAL, then EVALSHA */
    ar_command(c, on_flushed, NULL, "SCRIPT FLUSH");
    ar_loop_run(loop);                      /* until the client closed */
    ar_loop_free(loop);

    for (u = 0; u < USERS; u++) {
        /* the first burst: the full bucket (5), plus what refilled while it
           ran (at most 10 per second of the time we saw it take); after
           300 ms or more: 3 refilled at least (2 with rounding), at most
           the bucket */
        long long most = 5 + ((first_done - first_sent) * 10 + 999) / 1000;
        printf("user %d: %2d of %d allowed in the first burst, %2d of %d after 300 ms\n",
               u, allowed[0][u], BURST_REQUESTS, allowed[1][u], BURST_REQUESTS);
        if (allowed[0][u] < 5 || allowed[0][u] > most || allowed[1][u] < 2 || allowed[1][u] > 5) ok = 0;
    }
    printf("%d decisions, %s\n", answered, ok && !failed ? "limits held" : "UNEXPECTED");
    return ok && !failed && answered == 2 * USERS * BURST_REQUESTS ? 0 : 1;
}
