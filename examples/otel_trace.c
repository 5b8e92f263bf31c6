/* otel_trace.c - the trace hook as OpenTelemetry-style spans, and metrics.

   on_trace prints one JSON line per command: a span with its name, kind
   CLIENT, start and end in Unix nanoseconds, the database attributes
   (db.system, db.operation, db.statement - passwords already [REDACTED] -,
   net.peer.name / port, db.redis.database_index) and a status; on_metrics,
   on a timer, prints a line of counters from ar_client_stats. Feed the lines
   to a collector or a log shipper, or copy the two functions into your
   program and call your tracer instead of printf (manual section 17).

   Usage: otel_trace [HOST [PORT]]    (default 127.0.0.1 6379): a few
   commands (one a Redis error, one an AUTH), then the metrics, then exit. */
#define ASYNCREDIS_IMPLEMENTATION
#include "asyncredis.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static long long wall_ns;   /* CLOCK_REALTIME - CLOCK_MONOTONIC: trace times to Unix time */

static void json_str(const char *s, size_t n) {    /* a JSON string, escaped */
    size_t i;
    putchar('"');
    for (i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch == '"' || ch == '\\') printf("\\%c", ch);
        else if (ch < 0x20 || ch >= 0x7f) printf("\\u%04x", ch);
        else putchar(ch);
    }
    putchar('"');
}

static void on_trace(ar_client *c, const ar_trace *t, void *data) {
    char op[80];
    (void)c; (void)data;
    snprintf(op, sizeof op, "%s%s%s", t->command, t->subcommand[0] ? " " : "", t->subcommand);
    printf("{\"name\":");
    json_str(op, strlen(op));
    printf(",\"kind\":\"CLIENT\",\"startTimeUnixNano\":%lld,\"endTimeUnixNano\":%lld,\"attributes\":{"
           "\"db.system\":\"redis\",\"db.operation\":", t->submit_us * 1000 + wall_ns, t->reply_us * 1000 + wall_ns);
    json_str(op, strlen(op));
    printf(",\"db.statement\":");
    json_str(t->statement, t->statement_len);
    printf(",\"net.peer.name\":");
    json_str(t->peer, strlen(t->peer));
    printf(",\"net.peer.port\":%d,\"db.redis.database_index\":%d,\"redis.bytes_out\":%zu,\"redis.bytes_in\":%zu",
           t->port, t->db, t->bytes_out, t->bytes_in);
    if (t->flags & AR_TRACE_F_PIPELINE) printf(",\"redis.pipeline\":true");
    if (t->flags & AR_TRACE_F_TRANSACTION) printf(",\"redis.transaction\":true");
    if (t->outcome == AR_TRACE_MAYBE_EXECUTED) printf(",\"redis.maybe_executed\":true");
    if (t->outcome == AR_TRACE_REPLY) {
        printf("},\"status\":{\"code\":\"STATUS_CODE_OK\"}}\n");
    } else {
        printf("},\"status\":{\"code\":\"STATUS_CODE_ERROR\",\"message\":");
        json_str(t->error, t->error_len);
        printf("}}\n");
    }
}

static void on_metrics(ar_timer *tm, void *ud) {
    ar_stats st;
    const char *sep = "";
    int e;
    (void)tm;
    ar_client_stats((ar_client *)ud, &st);
    printf("{\"metrics\":{\"redis.commands\":%llu,\"redis.replies\":%llu,\"redis.redis_errors\":%llu,"
           "\"redis.failures\":%llu,\"redis.refused\":%llu,\"redis.reconnects\":%llu,\"redis.inflight\":%llu,"
           "\"redis.inflight_peak\":%llu,\"redis.bytes_out\":%llu,\"redis.bytes_in\":%llu,\"redis.errors\":{",
           st.commands, st.replies, st.redis_errors, st.failures, st.refused, st.reconnects, st.inflight,
           st.inflight_peak, st.bytes_out, st.bytes_in);
    for (e = 1; e < AR_ERR_COUNT_; e++)   /* failures and refusals by code */
        if (st.errors[e]) { printf("%s\"%s\":%llu", sep, ar_strerror(e), st.errors[e]); sep = ","; }
    printf("}}}\n");
}

static int left = 5;
static void on_reply(ar_client *c, const ar_reply *r, void *ud) {
    (void)r; (void)ud;
    if (--left == 0) ar_client_close(c);   /* the loop returns once the client is gone */
}

int main(int argc, char **argv) {
    ar_loop *loop = ar_loop_new(NULL);
    ar_options o;
    ar_client *c;
    ar_pipeline *p;
    ar_timer tick;
    struct timespec rt, mt;
    const char *why;
    clock_gettime(CLOCK_REALTIME, &rt);
    clock_gettime(CLOCK_MONOTONIC, &mt);
    wall_ns = ((long long)rt.tv_sec - mt.tv_sec) * 1000000000LL + (rt.tv_nsec - mt.tv_nsec);
    memset(&o, 0, sizeof o);
    o.host = argc > 1 ? argv[1] : "127.0.0.1";
    o.port = argc > 2 ? atoi(argv[2]) : 6379;
    o.loop = loop;
    o.on_trace = on_trace;
    o.reconnect_max_attempts = 3;           /* no server: the commands fail, the example ends */
    c = ar_client_new(&o, &why);
    if (!c) { fprintf(stderr, "%s\n", why); return 1; }
    ar_timer_init(loop, &tick);
    ar_timer_start(&tick, 1000, 1000, on_metrics, c);
    ar_command(c, on_reply, NULL, "SET %s %s", "otel:greeting", "hello world");
    ar_command(c, on_reply, NULL, "INCR %s", "otel:greeting");          /* a Redis error */
    ar_command(c, on_reply, NULL, "AUTH %s %s", "someone", "s3cret");  /* shown redacted */
    p = ar_pipeline_new(c, NULL);
    ar_pipeline_command(p, "GET %s", "otel:greeting");
    ar_pipeline_command(p, "DEL %s", "otel:greeting");
    ar_pipeline_exec(p, on_reply, NULL);
    ar_command(c, on_reply, NULL, "CONFIG GET %s", "maxmemory");
    while (left > 0 && ar_loop_run_once(loop, 100) >= 0) {}
    on_metrics(&tick, c);
    ar_timer_stop(&tick);
    ar_loop_run(loop);                      /* the close finishes */
    ar_loop_free(loop);
    return 0;
}
