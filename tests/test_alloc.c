/* tests/test_alloc.c - no allocation per reply on the hot path.
   A client with counting allocator hooks runs a warm-up, then 100,000
   SET/GET commands (plus replies) through a real connection, in batches of
   1,000 submitted from callbacks; the allocator must not be called at all
   after the warm-up. Run under all three drive modes. Counts, not time. */
#include "harness.h"
#define ASYNCREDIS_IMPLEMENTATION
#include "../asyncredis.h"
#include "drive.h"

static th_server srv;
static drv D;
static long n_alloc, n_realloc, n_free;
static void *c_alloc(size_t n, void *u) { (void)u; n_alloc++; return malloc(n); }
static void *c_realloc(void *p, size_t n, void *u) { (void)u; n_realloc++; return realloc(p, n); }
static void c_free(void *p, void *u) { (void)u; n_free++; free(p); }

typedef struct run { ar_client *c; int left, inbatch, bad, done; } run;
static void batch(run *r);
static void cb(ar_client *c, const ar_reply *rep, void *ud) {
    run *r = (run *)ud;
    (void)c;
    if (rep->err || rep->type == AR_REPLY_ERROR) r->bad++;
    r->done++;
    if (--r->inbatch == 0) batch(r);
}
static void batch(run *r) {
    int i;
    if (r->left <= 0) return;
    for (i = 0; i < 500; i++) {
        ar_command(r->c, cb, r, "SET alloc:%d %s", i, "0123456789abcdef");
        ar_command(r->c, cb, r, "GET alloc:%d", i);
    }
    r->inbatch = 1000;
    r->left -= 1000;
}
static int all_done(void *a) { run *r = (run *)a; return r->left <= 0 && r->inbatch == 0; }

static void one_mode(drv_mode m) {
    ar_options o;
    ar_allocator al;
    run r;
    long a0, r0, f0;
    ar_client *c;
    int ok;
    drv_init(&D, m);
    memset(&o, 0, sizeof o);
    al.alloc = c_alloc; al.realloc = c_realloc; al.free = c_free; al.user = NULL;
    o.port = srv.port;
    o.allocator = &al;
    c = drv_client(&D, &o, NULL);
    if (!th_ok(c != NULL, "%s: client", drv_names[m])) return;
    memset(&r, 0, sizeof r);
    r.c = c; r.left = 20000;            /* warm-up: buffers and rings reach size */
    batch(&r);
    ok = drv_run_until(&D, all_done, &r, 20000);
    th_ok(ok, "%s: warm-up done", drv_names[m]);
    a0 = n_alloc; r0 = n_realloc; f0 = n_free;
    r.left = 100000; r.done = 0;
    batch(&r);
    ok = drv_run_until(&D, all_done, &r, 60000);
    th_ok(ok && r.done == 100000 && r.bad == 0,
          "%s: 100,000 SET/GET replies received (%d)", drv_names[m], r.done);
    th_is_int(n_alloc - a0 + n_realloc - r0 + n_free - f0, 0,
              "%s: zero allocator calls for 100,000 replies (alloc %ld, realloc %ld, free %ld)",
              drv_names[m], n_alloc - a0, n_realloc - r0, n_free - f0);
    th_ok(n_alloc > 0, "%s: the counting allocator was used at all (%ld allocations in warm-up)", drv_names[m], a0);
    ar_client_free(c); drv_forget(&D, c);
    drv_free(&D);
}

int main(void) {
    th_watchdog(300);
    if (th_server_start(&srv, NULL) != 0) th_bail("cannot start redis-server");
    one_mode(DRV_LOOP);
    one_mode(DRV_HOOKS);
    one_mode(DRV_PUMP);
    th_server_stop(&srv);
    return th_done();
}
