/* tests/test_outbuf.c - the output buffer's cost per command does not grow
   with the number of commands in flight.

   With reconnect on, every written command's bytes stay in out[] until its
   reply arrives (for a resend after a reconnect). A client that keeps DEPTH
   commands in flight (each reply submits the next command, so out[] never
   drains) once made ar__out_reserve move almost the whole buffer every few
   commands when the retained bytes came close to the buffer's size: the
   bytes moved per command grew with the depth (about 110 times the command
   at 1,100 in flight). For depths 1,024 .. 16,384, reconnect on and off,
   against a real redis-server, this test judges by counts, not time:
     - every reply is +OK and arrives in submission order;
     - the server holds the last value written to each key;
     - bytes moved by compaction (c->out_moved) <= 2 x the bytes submitted
       (amortized: at most twice the command's size per command);
     - at most 8 allocator calls in the second half of the run (tens of
       thousands of commands): the buffer may still grow once or twice
       there (when a burst of replies makes a burst of unwritten commands:
       timing), but nothing is allocated per command or per compaction;
     - out_cap stays within 4 x the bytes in flight (bounded memory).
   And when growing out[] is refused (the allocator says no past 64 KB),
   compaction still makes the room: 1,100 in flight all complete in a
   64 KB buffer, at the old cost.
   And a compaction during the connection setup (scripted server: AUTH with
   a 30 KB password gets no reply) keeps the rule "setup first, alone": the
   command submitted meanwhile is not written before the setup's reply. */
#include "harness.h"
#define ASYNCREDIS_IMPLEMENTATION
#include "../asyncredis.h"
#include "drive.h"
#include "faultserver.h"

#define NKEYS 64
#define MAXDEPTH 16384

static th_server srv;
static drv D;
static long n_alloc, n_realloc, n_free, n_refused;
static size_t out_limit;         /* not 0: refuse to grow the client's out[] past it */
static void *c_alloc(size_t n, void *u) { (void)u; n_alloc++; return malloc(n); }
static void c_free(void *p, void *u) { (void)u; n_free++; free(p); }

typedef struct run {
    ar_client *c;
    long long depth, total, issued, done;
    long long bad, out_of_order, submit_fail;
    long long slot[MAXDEPTH];   /* the sequence number of the command in flight in each slot */
    /* the second half: allocator calls, and the buffer's size */
    long long half_at;
    long a0, r0, f0;
    size_t cap_max;
    /* the server's state, read back */
    int got, got_bad;
} run;
static run R;

static void *c_realloc(void *p, size_t n, void *u) {
    (void)u;
    n_realloc++;
    if (out_limit && p && R.c && p == R.c->out && n > out_limit) { n_refused++; return NULL; }
    return realloc(p, n);
}
static int kidx[NKEYS];         /* GET callbacks' user data: which key */

static void submit(run *r);
static void on_set(ar_client *c, const ar_reply *rep, void *ud) {
    run *r = &R;
    long long *slot = (long long *)ud;
    (void)c;
    if (rep->err || rep->type != AR_REPLY_STATUS || rep->len != 2 || memcmp(rep->str, "OK", 2) != 0) r->bad++;
    if (*slot != r->done) r->out_of_order++;
    r->done++;
    if (r->done == r->half_at) { r->a0 = n_alloc; r->r0 = n_realloc; r->f0 = n_free; }
    if (r->c->out_cap > r->cap_max) r->cap_max = r->c->out_cap;
    submit(r);
}
/* SET outbuf:KKKKKKKKK <16 digits: the sequence number>, K.. = seq mod 64:
   59 bytes, as arbench's SET of 16 B (make bench's depth sweep) */
static void submit(run *r) {
    const char *argv[3];
    size_t lens[3];
    char key[24], val[24];
    long long seq;
    if (r->issued >= r->total) return;
    seq = r->issued;
    snprintf(key, sizeof key, "outbuf:%09d", (int)(seq % NKEYS));
    snprintf(val, sizeof val, "%016lld", seq);
    argv[0] = "SET"; argv[1] = key; argv[2] = val;
    lens[0] = 3; lens[1] = strlen(key); lens[2] = 16;
    r->slot[seq % r->depth] = seq;
    if (ar_command_argv(r->c, on_set, &r->slot[seq % r->depth], 3, argv, lens) != AR_OK) { r->submit_fail++; return; }
    r->issued++;
}
static int all_done(void *a) { run *r = (run *)a; return r->done >= r->total || r->submit_fail; }

static void on_get(ar_client *c, const ar_reply *rep, void *ud) {
    run *r = &R;
    long long k = *(const int *)ud, last;
    char buf[24];
    (void)c;
    /* the last sequence number with seq mod NKEYS == k */
    last = (r->total - 1) - (((r->total - 1) % NKEYS - k + NKEYS) % NKEYS);
    snprintf(buf, sizeof buf, "%016lld", last);
    if (rep->err || rep->type != AR_REPLY_STRING || rep->len != 16 || memcmp(rep->str, buf, 16) != 0) r->got_bad++;
    r->got++;
}
static int got_all(void *a) { return ((run *)a)->got >= NKEYS; }
static int connected(void *a) { return ar_client_state(((run *)a)->c) == AR_STATE_CONNECTED; }

static void one(long long depth, int reconnect, size_t limit) {
    ar_options o;
    ar_allocator al;
    run *r = &R;
    const char *rc = limit ? "reconnect on, out[] growth past 64 KB refused"
                           : reconnect ? "reconnect on" : "reconnect off";
    unsigned long long appended;
    double per_cmd, moved_per_cmd;
    long calls;
    int ok, k;

    memset(&o, 0, sizeof o);
    al.alloc = c_alloc; al.realloc = c_realloc; al.free = c_free; al.user = NULL;
    o.port = srv.port;
    o.allocator = &al;
    o.no_reconnect = !reconnect;

    memset(r, 0, sizeof *r);
    out_limit = limit;
    n_refused = 0;
    r->depth = depth;
    r->total = depth * 16 > 40000 ? depth * 16 : 40000;
    r->half_at = r->total / 2;
    r->c = drv_client(&D, &o, NULL);
    if (!th_ok(r->c != NULL, "depth %lld, %s: client", depth, rc)) return;
    /* connected first: the offline queue takes 1,000 commands only */
    th_ok(drv_run_until(&D, connected, r, 10000), "depth %lld, %s: connected", depth, rc);
    /* DEPTH commands in flight; every reply submits the next */
    while (r->issued < depth && !r->submit_fail) submit(r);
    ok = drv_run_until(&D, all_done, r, 120000);
    th_ok(ok && r->done == r->total && r->submit_fail == 0,
          "depth %lld, %s: %lld replies for %lld commands, %lld in flight", depth, rc, r->done, r->total, depth);
    th_ok(r->bad == 0 && r->out_of_order == 0, "depth %lld, %s: every reply +OK (%lld not), in order (%lld not)",
          depth, rc, r->bad, r->out_of_order);

    /* bytes that went into out[]: its absolute end */
    appended = r->c->out_lbase + r->c->out_len;
    per_cmd = (double)appended / (double)r->total;
    moved_per_cmd = (double)r->c->out_moved / (double)r->total;
    if (!limit) {
        th_ok(r->c->out_moved <= 2 * appended,
              "depth %lld, %s: compaction moved %.1f bytes per command (a command is %.1f bytes; bound: 2x)",
              depth, rc, moved_per_cmd, per_cmd);
        calls = (n_alloc - r->a0) + (n_realloc - r->r0) + (n_free - r->f0);
        th_ok(calls <= 8, "depth %lld, %s: %ld allocator calls (at most 8) in the second half (%lld commands): "
              "alloc %ld, realloc %ld, free %ld", depth, rc, calls, r->total - r->half_at, n_alloc - r->a0,
              n_realloc - r->r0, n_free - r->f0);
        th_ok((double)r->cap_max <= 4.0 * (double)(depth + 1) * per_cmd + 16384.0,
              "depth %lld, %s: out[] at most %zu bytes (in flight: %.0f bytes)", depth, rc, r->cap_max,
              (double)depth * per_cmd);
    } else {
        th_ok(n_refused > 0 && r->cap_max <= limit,
              "depth %lld, %s: %ld growths refused, out[] stayed at %zu bytes, compaction made the room "
              "(%.1f bytes moved per command)", depth, rc, n_refused, r->cap_max, moved_per_cmd);
    }

    /* the server's state: each key holds the last value written to it */
    for (k = 0; k < NKEYS; k++) {
        char key[24];
        snprintf(key, sizeof key, "outbuf:%09d", k);
        kidx[k] = k;
        if (ar_command(r->c, on_get, &kidx[k], "GET %s", key) != AR_OK) { r->got_bad++; r->got++; }
    }
    ok = drv_run_until(&D, got_all, r, 20000);
    th_ok(ok && r->got_bad == 0, "depth %lld, %s: the server holds the last value of all %d keys (%d wrong)",
          depth, rc, NKEYS, r->got_bad);
    ar_client_free(r->c); drv_forget(&D, r->c);
    r->c = NULL;
    out_limit = 0;
}

static int fs_seen_one(void *a) { return fs_commands_seen((const fs_server *)a) >= 1; }
static int never(void *a) { (void)a; return 0; }
static void noop_cb(ar_client *c, const ar_reply *r, void *ud) { (void)c; (void)r; (void)ud; }

static void compaction_in_setup(void) {
    fs_action acts[1];
    fs_server f;
    ar_options o;
    ar_client *c;
    static char pw[30001], val[4001];
    const char *argv[3];
    size_t lens[3];
    int ok;
    acts[0] = fs_silent();   /* AUTH: no reply, ever; later commands are read and counted */
    if (!th_ok(fs_start(&f, acts, 1) == 0, "setup: fault server")) return;
    memset(pw, 'p', sizeof pw - 1);
    memset(val, 'v', sizeof val - 1);
    memset(&o, 0, sizeof o);
    o.host = "127.0.0.1"; o.port = f.port;
    o.password = pw;
    o.no_reconnect = 1;      /* written bytes may go: compaction drops the written AUTH */
    c = drv_client(&D, &o, NULL);
    if (!th_ok(c != NULL, "setup: client")) { fs_stop(&f); return; }
    ok = drv_run_until(&D, fs_seen_one, &f, 10000);
    th_ok(ok && (c->cs == AR__S_SETUP) && c->out_pos == c->wlimit,
          "setup: the %zu-byte AUTH is written, its reply owed", c->wlimit);
    /* does not fit behind the AUTH in out[]: compaction drops the AUTH */
    argv[0] = "SET"; argv[1] = "outbuf:setup"; argv[2] = val;
    lens[0] = 3; lens[1] = strlen(argv[1]); lens[2] = sizeof val - 1;
    th_is_int(ar_command_argv(c, noop_cb, NULL, 3, argv, lens), AR_OK, "setup: a SET of 4 KB accepted");
    th_ok(c->out_moved == 0 && c->out_pos == 0 && c->wlimit == 0,
          "setup: the written AUTH was compacted away (out_pos %zu, wlimit %zu)", c->out_pos, c->wlimit);
    drv_run_until(&D, never, NULL, 300);
    th_is_int(fs_commands_seen(&f), 1, "setup: the SET is not written while the AUTH reply is owed");
    ar_client_free(c); drv_forget(&D, c);
    fs_stop(&f);
}

int main(void) {
    static const long long depths[] = { 1024, 1100, 1200, 2048, 4096, 16384 };
    size_t i;
    th_watchdog(600);
    if (th_server_start(&srv, NULL) != 0) th_bail("cannot start redis-server");
    drv_init(&D, DRV_LOOP);
    for (i = 0; i < sizeof depths / sizeof depths[0]; i++) {
        one(depths[i], 1, 0);
        one(depths[i], 0, 0);
    }
    one(1100, 1, 65536);
    compaction_in_setup();
    drv_free(&D);
    th_server_stop(&srv);
    return th_done();
}
