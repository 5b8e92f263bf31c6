/* tests/test_nomem.c - an allocator that says no. Under all three drive
   modes, against a real redis-server (AOF, appendfsync always):

   - a command refused for memory returns AR_ERR_NOMEM and is never called
     back; the same command works once memory is back;
   - the connection is lost while every allocation fails: the client cannot
     list what to keep for the next connection, so every queued command
     fails at once, exactly once, typed, maybe-executed only when written;
     the server (its AOF) confirms none reported "not executed" ran; the
     client still reconnects when memory is back;
   - the connection setup (SELECT) cannot get its memory: the attempt fails
     with AR_ERR_NOMEM and the next one, with memory, succeeds;
   - a third of allocations fail while clients come and go and 1 B - 5 MB
     values make buffers grow and be given back: every accepted command is
     called back exactly once, a refused one never, every failure typed;
   - a child after fork() with no memory at all: the parent's commands
     still fail there exactly once with AR_ERR_FORKED. */
#include "resilience.h"

static th_server srv;

/* ------------------------------------------------------ the allocator */
static int g_refuse;            /* 1: every allocation fails */
static unsigned g_refuse_pct;   /* else this percentage of them fails (pseudo-random) */
static unsigned long long g_rng = 88172645463325252ull;
static long g_refused, g_allocs;
static int refuse_now(void) {
    g_allocs++;
    if (!g_refuse && !g_refuse_pct) return 0;
    if (!g_refuse) {
        g_rng ^= g_rng << 13; g_rng ^= g_rng >> 7; g_rng ^= g_rng << 17;
        if (g_rng % 100 >= g_refuse_pct) return 0;
    }
    g_refused++;
    return 1;
}
static void *n_alloc(size_t n, void *u) { (void)u; return refuse_now() ? NULL : malloc(n); }
static void *n_realloc(void *p, size_t n, void *u) { (void)u; return refuse_now() ? NULL : realloc(p, n); }
static void n_free(void *p, void *u) { (void)u; free(p); }
static ar_allocator g_al = { n_alloc, n_realloc, n_free, NULL };

static ar_options nopts(evs *e) {
    ar_options o = opts(srv.port, e);
    o.allocator = &g_al;
    o.reconnect_delay_ms = 20;
    o.reconnect_delay_max_ms = 50;
    return o;
}

/* ---------------------------------------------- a refused submission */
static void test_submit_refused(void) {
    evs e;
    ar_options o = nopts(&e);
    ar_client *c = mk(&o);
    rec r[2];
    static char big[1 << 20];
    size_t before;
    int rc;
    memset(r, 0, sizeof r);
    memset(big, 'n', sizeof big);
    if (!th_ok(c && ping_ok(c, 3000), "%s: refused submission: connected", MODE)) { drop(c); return; }
    before = ar_client_inflight(c);
    g_refuse = 1;
    r[0].t0 = ar_now_ms();
    rc = ar_command(c, rec_cb, &r[0], "SET nm:big %b", big, sizeof big); /* needs a bigger buffer */
    g_refuse = 0;
    th_is_int(rc, AR_ERR_NOMEM, "%s: refused submission: AR_ERR_NOMEM returned", MODE);
    th_ok(ar_client_inflight(c) == before && ar_client_pending_output(c) == 0,
          "%s: refused submission: nothing queued, nothing to write", MODE);
    rc = ar_command(c, rec_cb, &r[1], "SET nm:big %b", big, sizeof big);
    wait_recs(r + 1, 1, 3000);
    run_for(30);
    th_ok(rc == AR_OK && r[1].calls == 1 && r[1].err == AR_OK, "%s: refused submission: the same command works with memory (%s)",
          MODE, ar_strerror(r[1].err));
    th_is_int(r[0].calls, 0, "%s: refused submission: its callback never runs", MODE);
    drop(c);
}

/* ---------------------------- the connection is lost, no memory at all */
#define NL_SMALL 60
#define NL_BIG 24
#define NL_N (NL_SMALL * 2 + NL_BIG)
static void test_loss_without_memory(void) {
    evs e;
    ar_options o = nopts(&e);
    ar_client *c;
    static rec r[NL_N + 1];
    static char big[512 * 1024];
    char key[64], id[16], buf[256];
    int present[NL_N + 1], stray = 0;
    int i, once, typed = 1, early = 0, unwritten = 0, ran_unflagged = 0, big_flagged = 0;
    long in_list;
    long long big_len = -1;
    size_t pend;
    static int round;
    memset(r, 0, sizeof r);
    memset(big, 'b', sizeof big);
    snprintf(key, sizeof key, "nm:list:%d", round++);
    o.request_timeout_ms = 0;
    o.read_timeout_ms = -1;
    c = mk(&o);
    if (!th_ok(c && ping_ok(c, 3000), "%s: loss without memory: connected", MODE)) { drop(c); return; }
    th_server_sigstop(&srv);
    /* written, not idempotent; written, idempotent; then big ones that the
       socket buffers cannot all take (some stay unwritten) */
    for (i = 0; i < NL_SMALL; i++) { snprintf(id, sizeof id, "%d", i); cmd(c, &r[i], "RPUSH %s %s", key, id); }
    for (i = NL_SMALL; i < 2 * NL_SMALL; i++) cmd(c, &r[i], "GET nm:k");
    for (i = 2 * NL_SMALL; i < NL_N; i++) {
        char v[16];
        snprintf(v, sizeof v, "%d", i);
        memcpy(big, v, strlen(v) + 1);   /* the id, NUL, then padding */
        cmd(c, &r[i], "RPUSH %s:big %s%b", key, v, big + strlen(v), sizeof big - strlen(v));
    }
    run_for(300);
    pend = ar_client_pending_output(c);
    th_ok(pend > 0, "%s: loss without memory: %zu bytes still unwritten (the window exists)", MODE, pend);
    g_refuse = 1;
    th_server_kill(&srv);               /* SIGKILL: stopped or not */
    wait_recs(r, NL_N, 3000);
    g_refuse = 0;
    for (i = 0; i < NL_N; i++) {
        if (r[i].calls >= 1) early++;
        if (r[i].calls && r[i].err != AR_OK && !lost(r[i].err)) typed = 0;
        if (r[i].calls && !maybe(&r[i])) unwritten++;
    }
    th_is_int(early, NL_N, "%s: loss without memory: every callback ran at once, nothing kept for the next connection", MODE);
    th_ok(typed, "%s: loss without memory: every failure typed EOF/IO", MODE);
    th_ok(unwritten > 0 && unwritten < NL_N,
          "%s: loss without memory: %d not-written ones fail without the maybe flag, the written ones with it", MODE, unwritten);
    th_ok(r[0].calls == 1 && maybe(&r[0]) && lost(r[0].err), "%s: loss without memory: the first RPUSH (written): maybe-executed", MODE);
    th_ok(r[NL_SMALL].calls == 1 && maybe(&r[NL_SMALL]), "%s: loss without memory: a written GET fails too (no memory to keep it), maybe flag", MODE);
    th_ok(g_refused > 0, "%s: loss without memory: the allocator did refuse (%ld)", MODE, g_refused);
    th_ok(th_server_restart(&srv) == 0, "%s: loss without memory: server restarted (AOF)", MODE);
    th_ok(ping_ok(c, 5000), "%s: loss without memory: the client reconnects once memory is back", MODE);
    memset(present, 0, sizeof present);
    in_list = list_ids(srv.port, key, present, NL_N + 1, &stray);
    for (i = 0; i < NL_SMALL; i++) if (present[i] && !maybe(&r[i])) ran_unflagged++;
    for (i = 2 * NL_SMALL; i < NL_N; i++) big_flagged += maybe(&r[i]);
    {
        char bk[80];
        snprintf(bk, sizeof bk, "%s:big", key);
        raw1(srv.port, buf, sizeof buf, "LLEN", bk, NULL);
        if (buf[0] == ':') big_len = atoll(buf + 1);
    }
    th_ok(in_list >= 0 && stray == 0 && ran_unflagged == 0 && big_len >= 0 && big_len <= big_flagged,
          "%s: loss without memory: the server (AOF) ran none of those reported not executed (%ld small, %lld big in the lists)",
          MODE, in_list, big_len);
    run_for(30);
    once = all_once(r, NL_N);
    th_ok(once, "%s: loss without memory: each of %d callbacks exactly once", MODE, NL_N);
    drop(c);
}

/* ------------------------------------------- the setup cannot get memory */
static void test_setup_without_memory(void) {
    evs e;
    ar_options o = nopts(&e);
    ar_client *c;
    rec r[2];
    char buf[256];
    int i, nomem = 0;
    memset(r, 0, sizeof r);
    o.db = 3;
    raw1(srv.port, buf, sizeof buf, "FLUSHALL", NULL, NULL);
    g_refuse = 0;
    c = mk(&o);
    if (!th_ok(c != NULL, "%s: setup without memory: client", MODE)) return;
    g_refuse = 1;
    run_for(300);
    for (i = 0; i < e.disconnects && i < EV_MAX; i++) if (e.reason[i] == AR_ERR_NOMEM) nomem++;
    th_ok(e.connects == 0, "%s: setup without memory: never connected while memory is refused", MODE);
    th_ok(nomem > 0 || e.disconnects > 0 || ar_client_state(c) != AR_STATE_CONNECTED,
          "%s: setup without memory: attempts fail (%d disconnects, %d for AR_ERR_NOMEM)", MODE, e.disconnects, nomem);
    g_refuse = 0;
    cmd(c, &r[0], "SET nm:db v");
    wait_recs(r, 1, 5000);
    th_ok(r[0].calls == 1 && r[0].err == AR_OK, "%s: setup without memory: connects and runs a command once memory is back (%s)",
          MODE, ar_strerror(r[0].err));
    {
        int fd = th_raw_connect(srv.port);
        long n = -1;
        if (fd >= 0) {
            th_raw_cmd(fd, buf, sizeof buf, "SELECT", "3", NULL);
            n = th_raw_cmd(fd, buf, sizeof buf, "EXISTS", "nm:db", NULL);
            close(fd);
        }
        th_ok(n > 0 && strncmp(buf, ":1", 2) == 0, "%s: setup without memory: SELECT 3 ran first (the key is in db 3)", MODE);
    }
    drop(c);
}

/* ------------------------------------------ refusals, churning */
/* every third allocation fails while clients come and go (each new one
   allocates its rings and buffers; the old one is freed with commands in
   flight) and values of 1 B - 5 MB make buffers grow and be given back */
#define RR_N 400
static void test_random_refusals(void) {
    evs e;
    ar_options o = nopts(&e);
    ar_client *c = NULL;
    static rec r[RR_N];
    static char val[5 * 1024 * 1024 + 4096];
    int i, accepted = 0, refused = 0, bad_rc = 0, untyped = 0, dup = 0, missing = 0, clients = 0, new_refused = 0;
    unsigned long long s = 12345;
    long allocs0;
    memset(r, 0, sizeof r);
    memset(val, 'r', sizeof val);
    o.request_timeout_ms = 0;
    g_refused = 0;
    allocs0 = g_allocs;
    for (i = 0; i < RR_N; i++) {
        size_t len;
        int rc;
        if (i % 40 == 0) { /* a new client; the old one goes with what it has in flight */
            if (c) drop(c);
            g_refuse_pct = 33;
            while ((c = drv_client(&D, &o, NULL)) == NULL) new_refused++;
            clients++;
        }
        s ^= s << 13; s ^= s >> 7; s ^= s << 17;
        len = (size_t)(s % 16 == 0 ? 4 * 1024 * 1024 + s % (1024 * 1024) : s % 64) + 1;
        if (i % 2 == 0) rc = cmd(c, &r[i], "SET nm:r:%d %b", i % 16, val, len);
        else rc = cmd(c, &r[i], "GET nm:r:%d", (i - 1) % 16);
        if (rc == AR_OK) accepted++;
        else if (rc == AR_ERR_NOMEM) refused++;
        else bad_rc++;
        if (i % 10 == 9) run_for(5);
    }
    g_refuse_pct = 0;
    for (i = 0; i < RR_N; i++) if (r[i].rc == AR_OK && r[i].calls == 0) wait_recs(&r[i], 1, 10000);
    run_for(50);
    for (i = 0; i < RR_N; i++) {
        if (r[i].rc == AR_OK) {
            if (r[i].calls == 0) missing++;
            if (r[i].calls > 1) dup++;
            if (r[i].calls && r[i].err != AR_OK && r[i].err != AR_ERR_NOMEM && r[i].err != AR_ERR_CLOSED && !lost(r[i].err))
                { if (!untyped++) th_diag("untyped: command %d failed with %s (%d)", i, ar_strerror(r[i].err), (int)r[i].err); }
        } else if (r[i].calls) dup++;
    }
    th_ok(g_refused >= 10, "%s: refusals: %ld of %ld allocations refused (%d at client creation); %d commands accepted, %d refused, %d clients",
          MODE, g_refused, g_allocs - allocs0, new_refused, accepted, refused, clients);
    th_is_int(bad_rc, 0, "%s: refusals: submissions return AR_OK or AR_ERR_NOMEM only", MODE);
    th_is_int(missing, 0, "%s: refusals: every accepted command called back", MODE);
    th_is_int(dup, 0, "%s: refusals: none twice, a refused one never", MODE);
    th_is_int(untyped, 0, "%s: refusals: every failure typed (NOMEM, CLOSED, EOF, IO)", MODE);
    th_ok(ping_ok(c, 5000), "%s: refusals: the last client works afterwards", MODE);
    drop(c);
}


/* ------------------------------------------- fork with no memory at all */
/* The child's first call finds the parent's commands in flight: they must
   fail there exactly once with AR_ERR_FORKED although every allocation is
   refused (they are moved whole, nothing is allocated for them). */
typedef struct fk { int calls[3], errs[3], own_rc, inside; } fk;
static void test_fork_without_memory(void) {
    evs e;
    ar_options o = nopts(&e);
    ar_client *c = mk(&o);
    rec r[3];
    int pfd[2], i, st = 0;
    pid_t pid;
    fk f;
    memset(r, 0, sizeof r);
    memset(&f, 0, sizeof f);
    if (!th_ok(c && ping_ok(c, 3000), "%s: fork/no memory: connected", MODE)) { drop(c); return; }
    th_server_sigstop(&srv);
    for (i = 0; i < 3; i++) cmd(c, &r[i], "INCR nomem:fork");
    wait_written(c, 2000);
    if (pipe(pfd) != 0) { th_server_sigcont(&srv); drop(c); th_ok(0, "pipe"); return; }
    fflush(stdout); fflush(stderr);
    pid = fork();
    if (pid == 0) {
        rec cr;
        long long end;
        alarm(10);
        close(pfd[0]);
        memset(&cr, 0, sizeof cr);
        g_refuse = 1;                          /* from here on: no memory */
        f.own_rc = cmd(c, &cr, "PING");         /* the first call in the child */
        f.inside = r[0].calls + r[1].calls + r[2].calls;
        end = ar_now_ms() + 3000;
        while ((r[0].calls < 1 || r[1].calls < 1 || r[2].calls < 1) && ar_now_ms() < end) drv_turn(&D, 10);
        for (i = 0; i < 3; i++) { f.calls[i] = r[i].calls; f.errs[i] = r[i].err; }
        if (write(pfd[1], &f, sizeof f) != (ssize_t)sizeof f) _exit(3);
        _exit(0);
    }
    close(pfd[1]);
    {
        ssize_t got = read(pfd[0], &f, sizeof f);
        close(pfd[0]);
        waitpid(pid, &st, 0);
        th_ok(got == (ssize_t)sizeof f && WIFEXITED(st) && WEXITSTATUS(st) == 0, "%s: fork/no memory: the child reported", MODE);
    }
    th_is_int(f.inside, 0, "%s: fork/no memory: nothing ran inside the child's first call", MODE);
    th_ok(f.calls[0] == 1 && f.calls[1] == 1 && f.calls[2] == 1 && f.errs[0] == AR_ERR_FORKED && f.errs[1] == AR_ERR_FORKED &&
          f.errs[2] == AR_ERR_FORKED, "%s: fork/no memory: the parent's 3 commands fail once each with AR_ERR_FORKED in the child "
          "(%d %d %d)", MODE, f.calls[0], f.calls[1], f.calls[2]);
    th_ok(f.own_rc == AR_ERR_NOMEM || f.own_rc == AR_OK, "%s: fork/no memory: the child's own submission typed (%d)", MODE, f.own_rc);
    th_server_sigcont(&srv);
    wait_recs(r, 3, 5000);
    th_ok(all_once(r, 3) && r[0].err == AR_OK && r[2].integer == r[0].integer + 2, "%s: fork/no memory: the parent's commands complete in the parent", MODE);
    drop(c);
}

static void run_mode(drv_mode m) {
    drv_init(&D, m);
    th_note("---- drive mode: %s", drv_names[m]);
    test_submit_refused();
    test_loss_without_memory();
    test_setup_without_memory();
    test_random_refusals();
    test_fork_without_memory();
    drv_free(&D);
    if (srv.stopped) th_server_sigcont(&srv);
    if (srv.pid <= 0 && th_server_restart(&srv) != 0) th_bail("cannot restart redis-server");
}

int main(void) {
    const char *aof[] = { "--appendonly", "yes", "--appendfsync", "always", NULL };
    th_watchdog(240);
    count_sigpipes();
    if (th_server_start(&srv, aof) != 0) th_bail("cannot start redis-server");
    run_mode(DRV_LOOP);
    run_mode(DRV_HOOKS);
    run_mode(DRV_PUMP);
    th_is_int(g_violations, 0, "no callback ever ran inside a submitting call");
    th_is_int(g_sigpipes, 0, "the library never raised SIGPIPE");
    th_server_stop(&srv);
    return th_done();
}
