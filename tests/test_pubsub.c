/* tests/test_pubsub.c - pub/sub against a real redis-server, under all three
   drive modes (the tick test: the built-in loop only):
     - a flood of 100,000 messages over 16 channels and 2 patterns from a
       second client (pipelined): none lost, none duplicated, each to the
       right handle(s) once, order per channel kept, PUBLISH's receiver
       counts as the subscriptions say;
     - two handles on one channel (each message to each once, one
       subscription on the server, the other keeps receiving when one lets
       go), the same name twice in one call;
     - binary names and payloads (NUL in channel and pattern names, all 256
       byte values, 1 MB, empty);
     - unsubscribing while messages flow (from inside on_message and between
       turns): no delivery to a handle after its unsubscribe call returned,
       the rest counted as dropped exactly;
     - resubscribe after a server kill + restart on the same port and after
       CLIENT KILL: the server holds every subscription before on_connect,
       on_resubscribe once per new connection, messages flow again; a
       SUBSCRIBE written to a stopped server completes once;
     - isolation while subscribed (GET, MULTI, pipelines, transactions, raw
       SUBSCRIBE refused at the call; PING's array), normal mode after
       unsubscribing everything (a GET queued right behind the UNSUBSCRIBE);
     - the slow subscriber the server disconnects (client-output-buffer-limit
       pubsub): a typed on_disconnect and on_resubscribe, never silent;
     - sharded pub/sub, the key prefix on channels, patterns and shard
       channels, the PUBSUB wrappers of asyncredis_commands.h;
     - a SUBSCRIBE the server refuses (ACL), a client that gives up;
     - freeing the client from inside on_message and with confirmations and
       unsubscribes pending (each callback once, with AR_ERR_CLOSED);
     - zero allocator calls per message after warm-up;
     - a 10 ms timer keeps ticking while a flood arrives (counts).
   Every on_confirm and unsubscribe callback is recorded: exactly once, never
   inside the submitting call. */
#include "resilience.h"
#include "../asyncredis_commands.h"

static th_server srv;

/* ---------------------------------------------------------- raw oracle */
/* the last integer of a raw reply (":N" after a CRLF, or at the start) */
static long long raw_last_int(const char *buf, long len) {
    long i;
    long long v = -1;
    if (len <= 0) return -1;
    if (buf[0] == ':') return strtoll(buf + 1, NULL, 10);
    for (i = len - 3; i >= 2; i--)
        if (buf[i] == ':' && buf[i - 1] == '\n' && buf[i - 2] == '\r') { v = strtoll(buf + i + 1, NULL, 10); break; }
    return v;
}
static long long raw_intv(int argc, const char **argv) {
    char buf[4096];
    long n = th_raw_command(srv.port, buf, sizeof buf, argc, argv);
    return raw_last_int(buf, n);
}
/* PUBSUB NUMSUB / SHARDNUMSUB name: subscribers on the server */
static long long numsub(const char *sub, const char *name) {
    const char *av[3];
    av[0] = "PUBSUB"; av[1] = sub; av[2] = name;
    return raw_intv(3, av);
}
static long long numpat(void) {
    const char *av[2];
    av[0] = "PUBSUB"; av[1] = "NUMPAT";
    return raw_intv(2, av);
}
static int raw_config(const char *k, const char *v) {
    char buf[256];
    return th_raw(srv.port, buf, sizeof buf, "CONFIG", "SET", k, v, (char *)NULL) > 0 && strcmp(buf, "+OK\r\n") == 0;
}
/* PUBLISH (or SPUBLISH) n messages pipelined on one raw connection; the
   payload of message i comes from mk(i, buf, cap) -> length. Returns the sum
   of the receiver counts, -1 on failure. */
typedef size_t raw_payload_fn(long i, char *buf, size_t cap, const char **chan, size_t *chanlen);
static long long raw_publish_many(const char *cmd, long n, raw_payload_fn *mk, size_t cap) {
    int fd = th_raw_connect(srv.port);
    char *pay = (char *)malloc(cap), rbuf[64];
    long i;
    long long sum = 0;
    if (fd < 0 || !pay) { if (fd >= 0) close(fd); free(pay); return -1; }
    for (i = 0; i < n; i++) {
        const char *av[3];
        size_t al[3];
        av[0] = cmd; al[0] = strlen(cmd);
        al[2] = mk(i, pay, cap, &av[1], &al[1]);
        av[2] = pay;
        if (th_raw_send(fd, 3, av, al) < 0) { sum = -1; break; }
    }
    for (i = 0; sum >= 0 && i < n; i++) {
        long k = th_raw_read(fd, rbuf, sizeof rbuf, 20000);
        long long v;
        if (k <= 0 || th_reply_int(rbuf, &v) != 0) { sum = -1; break; }
        sum += v;
    }
    close(fd);
    free(pay);
    return sum;
}

/* ------------------------------------------------------ a handle's record */
#define NCH 16
typedef struct hrec {
    const char *label;
    ar_sub *s;
    int kind;                 /* the kind every message must have */
    const char *pattern;      /* pmessage: the pattern expected */
    size_t patlen;
    unsigned long long chmask; /* flood: the channel indexes it may get */
    long got;                 /* deliveries */
    long per[NCH];            /* per channel index */
    long next[NCH];           /* the next sequence number expected */
    int bad;                  /* wrong handle, kind, channel or pattern */
    int disorder;             /* a sequence number out of turn (lost, doubled, reordered) */
    int late;                 /* delivered after its unsubscribe call returned */
    int gone;                 /* its unsubscribe call (of everything) returned */
    int nested;               /* a message inside a submitting call */
    rec confirm, unsub;
    /* what the last message was (copied) */
    char lastch[64]; size_t lastchlen;
    char *lastpay; size_t lastpaylen;
    int lastpay_nul;          /* payload[len] == 0 */
    int lastkind;
    char lastpat[64]; size_t lastpatlen;
    /* hooks for single tests */
    void (*hook)(ar_client *c, struct hrec *h, const ar_message *m);
    long hook_arg;
    long tick_at[2];          /* tick test: messages at two moments */
} hrec;

static void h_reset(hrec *h, const char *label, int kind) {
    free(h->lastpay);
    memset(h, 0, sizeof *h);
    h->label = label;
    h->kind = kind;
}

/* the flood's payloads: "<channel index>:<sequence>" on "fl.c<index>" */
static int parse_flood(const ar_message *m, int *idx, long *seq) {
    char tmp[40];
    char *colon;
    if (m->payload_len == 0 || m->payload_len >= sizeof tmp) return -1;
    memcpy(tmp, m->payload, m->payload_len);
    tmp[m->payload_len] = 0;
    colon = strchr(tmp, ':');
    if (!colon) return -1;
    *idx = atoi(tmp);
    *seq = atol(colon + 1);
    return *idx >= 0 && *idx < NCH ? 0 : -1;
}

static void h_msg(ar_client *c, ar_sub *s, const ar_message *m, void *ud) {
    hrec *h = (hrec *)ud;
    size_t n;
    (void)c;
    if (g_in_submit) h->nested++;
    if (h->gone) h->late++;
    if (s != h->s || m->kind != h->kind) h->bad++;
    if (h->kind == AR_SUB_PATTERN) {
        if (!m->pattern || m->pattern_len != h->patlen || memcmp(m->pattern, h->pattern, h->patlen) != 0) h->bad++;
    } else if (m->pattern || m->pattern_len) h->bad++;
    h->got++;
    h->lastkind = m->kind;
    n = m->channel_len < sizeof h->lastch ? m->channel_len : sizeof h->lastch - 1;
    memcpy(h->lastch, m->channel, n); h->lastch[n] = 0; h->lastchlen = m->channel_len;
    if (m->pattern) {
        n = m->pattern_len < sizeof h->lastpat ? m->pattern_len : sizeof h->lastpat - 1;
        memcpy(h->lastpat, m->pattern, n); h->lastpat[n] = 0; h->lastpatlen = m->pattern_len;
    }
    if (h->chmask) { /* a flood message */
        int idx;
        long seq;
        char want[16];
        if (parse_flood(m, &idx, &seq) != 0) { h->bad++; return; }
        snprintf(want, sizeof want, "fl.c%d", idx);
        if (m->channel_len != strlen(want) || memcmp(m->channel, want, m->channel_len) != 0) h->bad++;
        if (!(h->chmask & (1ull << idx))) h->bad++;
        if (seq != h->next[idx]) h->disorder++;
        h->next[idx] = seq + 1;
        h->per[idx]++;
    } else {
        free(h->lastpay);
        h->lastpay = (char *)malloc(m->payload_len + 1);
        memcpy(h->lastpay, m->payload, m->payload_len);
        h->lastpay[m->payload_len] = 0;
        h->lastpaylen = m->payload_len;
        h->lastpay_nul = m->payload[m->payload_len] == 0;
    }
    if (h->hook) h->hook(c, h, m);
}
static void h_confirm(ar_client *c, const ar_reply *r, void *ud) { rec_cb(c, r, &((hrec *)ud)->confirm); }
static void h_unsub(ar_client *c, const ar_reply *r, void *ud) { rec_cb(c, r, &((hrec *)ud)->unsub); }

static int sub_lens(ar_client *c, hrec *h, int n, const char *const *names, const size_t *lens) {
    int rc;
    g_in_submit = 1;
    rc = ar_subscribe(c, h->kind, n, names, lens, h_msg, h_confirm, h, &h->s);
    g_in_submit = 0;
    h->confirm.rc = rc;
    return rc;
}
static int sub(ar_client *c, hrec *h, int n, const char *const *names) { return sub_lens(c, h, n, names, NULL); }
static int sub1(ar_client *c, hrec *h, const char *name) { return sub_lens(c, h, 1, &name, NULL); }
/* unsubscribe names (n = 0: all of them) */
static int unsub(hrec *h, int n, const char *const *names) {
    int rc;
    g_in_submit = 1;
    rc = ar_sub_unsubscribe(h->s, n, names, NULL, h_unsub, h);
    g_in_submit = 0;
    h->unsub.rc = rc;
    if (rc == AR_OK && n == 0) h->gone = 1;
    return rc;
}

static int c_got(void *a) { hrec *h = (hrec *)a; return h->got >= h->hook_arg; }
static int wait_got(hrec *h, long n, int ms) { h->hook_arg = n; return drv_run_until(&D, c_got, h, ms); }

/* one command's reply on a client, waited for */
static int cmd_wait(ar_client *c, rec *r, const char *fmt, const char *a1) {
    memset(r, 0, sizeof *r);
    if (cmd(c, r, fmt, a1) != AR_OK) return 0;
    return wait_recs(r, 1, 5000);
}
/* publish one message (binary) and wait for its reply: the receiver count */
static long long pub(ar_client *c, const char *ch, size_t chlen, const void *msg, size_t len) {
    rec r;
    int rc;
    memset(&r, 0, sizeof r);
    g_in_submit = 1;
    rc = ar_publish(c, ch, chlen, msg, len, rec_cb, &r);
    g_in_submit = 0;
    if (rc != AR_OK || !wait_recs(&r, 1, 10000) || r.err || r.type != AR_REPLY_INTEGER) return -1;
    return r.integer;
}
static long long spub(ar_client *c, const char *ch, const void *msg, size_t len) {
    rec r;
    memset(&r, 0, sizeof r);
    if (ar_spublish(c, ch, strlen(ch), msg, len, rec_cb, &r) != AR_OK || !wait_recs(&r, 1, 10000) || r.err ||
        r.type != AR_REPLY_INTEGER) return -1;
    return r.integer;
}

/* a second client: the publisher */
static ar_client *mk_pub(void) {
    ar_options o = opts(srv.port, NULL);
    return mk(&o);
}

/* -------------------------------------------------------------- flood */
#define FLOOD_N 100000L
static const char *const fl_names[NCH] = {
    "fl.c0", "fl.c1", "fl.c2", "fl.c3", "fl.c4", "fl.c5", "fl.c6", "fl.c7",
    "fl.c8", "fl.c9", "fl.c10", "fl.c11", "fl.c12", "fl.c13", "fl.c14", "fl.c15"
};
#define P1_MASK ((1ull << 1) | (0x3full << 10))                          /* fl.c1* */
#define P2_MASK ((1ull << 0) | (1ull << 2) | (1ull << 4) | (1ull << 6) | (1ull << 8)) /* fl.c[02468] */
static int fl_receivers(int idx) { return 1 + (int)((P1_MASK >> idx) & 1) + (int)((P2_MASK >> idx) & 1); }

typedef struct pubrun {
    ar_client *c;
    long next, total, inflight, replies, wrong, errors;
} pubrun;
static void pubrun_batch(pubrun *p);
static void pubrun_cb(ar_client *c, const ar_reply *r, void *ud) {
    pubrun *p = (pubrun *)ud;
    long k = p->replies++;
    (void)c;
    if (r->err || r->type != AR_REPLY_INTEGER) p->errors++;
    else if (r->integer != fl_receivers((int)(k % NCH))) p->wrong++;
    if (--p->inflight == 0) pubrun_batch(p);
}
static void pubrun_batch(pubrun *p) {
    int i;
    for (i = 0; i < 1000 && p->next < p->total; i++, p->next++) {
        char pay[40];
        int idx = (int)(p->next % NCH), n;
        n = snprintf(pay, sizeof pay, "%d:%ld", idx, p->next / NCH);
        if (ar_publish(p->c, fl_names[idx], strlen(fl_names[idx]), pay, (size_t)n, pubrun_cb, p) != AR_OK) p->errors++;
        else p->inflight++;
    }
}
typedef struct flood_w { pubrun *p; hrec *h; int nh; long want; } flood_w;
static int c_flood(void *a) {
    flood_w *w = (flood_w *)a;
    long got = 0;
    int i;
    for (i = 0; i < w->nh; i++) got += w->h[i].got;
    return w->p->replies >= w->p->total && got >= w->want;
}

static void test_flood(void) {
    evs e;
    ar_options o = opts(srv.port, &e);
    ar_client *sc = mk(&o), *pc = mk_pub();
    hrec h[4];
    pubrun p;
    flood_w w;
    ar_stats st;
    long want = 0, k;
    int i, j, ok;
    static const char *const p1 = "fl.c1*", *const p2 = "fl.c[02468]";
    memset(h, 0, sizeof h);
    /* connected first: each on_confirm then shows the count its own command left */
    if (!th_ok(sc && pc && ping_ok(sc, 5000), "%s: flood: clients", MODE)) { drop(sc); drop(pc); return; }
    h_reset(&h[0], "A", AR_SUB_CHANNEL); h[0].chmask = 0x00ffull;
    h_reset(&h[1], "B", AR_SUB_CHANNEL); h[1].chmask = 0xff00ull;
    h_reset(&h[2], "P1", AR_SUB_PATTERN); h[2].chmask = P1_MASK; h[2].pattern = p1; h[2].patlen = strlen(p1);
    h_reset(&h[3], "P2", AR_SUB_PATTERN); h[3].chmask = P2_MASK; h[3].pattern = p2; h[3].patlen = strlen(p2);
    th_is_int(ar_client_modes(sc) & AR_MODE_SUBSCRIBED, 0, "%s: flood: not subscribed before ar_subscribe", MODE);
    th_ok(sub(sc, &h[0], 8, fl_names) == AR_OK && sub(sc, &h[1], 8, fl_names + 8) == AR_OK &&
          sub(sc, &h[2], 1, &p1) == AR_OK && sub(sc, &h[3], 1, &p2) == AR_OK && h[0].s && h[3].s,
          "%s: flood: 4 handles subscribed (8 + 8 channels, 2 patterns)", MODE);
    th_ok(ar_client_modes(sc) & AR_MODE_SUBSCRIBED, "%s: flood: AR_MODE_SUBSCRIBED at once", MODE);
    th_is_int(ar_sub_names(h[0].s), 8, "%s: flood: ar_sub_names", MODE);
    ok = wait_recs(&h[0].confirm, 1, 5000) && wait_recs(&h[1].confirm, 1, 5000) &&
         wait_recs(&h[2].confirm, 1, 5000) && wait_recs(&h[3].confirm, 1, 5000);
    th_ok(ok && h[0].confirm.type == AR_REPLY_INTEGER && h[0].confirm.integer == 8 && h[1].confirm.integer == 16 &&
          h[2].confirm.integer == 17 && h[3].confirm.integer == 18,
          "%s: flood: each on_confirm once all its confirmations are in: the connection's count (%lld %lld %lld %lld)",
          MODE, h[0].confirm.integer, h[1].confirm.integer, h[2].confirm.integer, h[3].confirm.integer);
    th_is_int(numpat(), 2, "%s: flood: the server holds 2 patterns", MODE);
    th_is_int(numsub("NUMSUB", "fl.c9"), 1, "%s: flood: and the channels", MODE);

    memset(&p, 0, sizeof p);
    p.c = pc; p.total = FLOOD_N;
    for (k = 0; k < FLOOD_N; k++) want += fl_receivers((int)(k % NCH));
    pubrun_batch(&p);
    w.p = &p; w.h = h; w.nh = 4; w.want = want;
    ok = drv_run_until(&D, c_flood, &w, 120000);
    th_ok(ok, "%s: flood: %ld messages published and %ld deliveries made", MODE, p.replies, want);
    th_ok(p.errors == 0 && p.wrong == 0, "%s: flood: every PUBLISH answered with the receivers the subscriptions "
          "make (%ld errors, %ld other counts)", MODE, p.errors, p.wrong);
    run_for(50); /* anything extra (a duplicate) would arrive now */
    {
        int bad = 0, dis = 0, count_ok = 1, nested = 0;
        long got = 0;
        for (i = 0; i < 4; i++) {
            bad += h[i].bad; dis += h[i].disorder; got += h[i].got; nested += h[i].nested;
            for (j = 0; j < NCH; j++) {
                long exp = (h[i].chmask >> j) & 1 ? FLOOD_N / NCH : 0;
                if (h[i].per[j] != exp || (exp && h[i].next[j] != exp)) count_ok = 0;
            }
        }
        th_is_int(got, want, "%s: flood: deliveries: as many as the subscriptions make, none lost or doubled", MODE);
        th_ok(count_ok, "%s: flood: every handle got each message of its channels exactly once (%ld per channel)",
              MODE, FLOOD_N / NCH);
        th_is_int(bad, 0, "%s: flood: every message went to a handle holding it, with its kind, channel, pattern", MODE);
        th_is_int(dis, 0, "%s: flood: order per channel kept", MODE);
        th_is_int(nested, 0, "%s: flood: no message inside a submitting call", MODE);
    }
    ar_client_stats(sc, &st);
    th_is_int((long long)st.messages, want, "%s: flood: stats.messages counts the deliveries", MODE);
    th_is_int((long long)st.messages_dropped, 0, "%s: flood: nothing dropped", MODE);
    for (i = 0; i < 4; i++) { unsub(&h[i], 0, NULL); }
    ok = wait_recs(&h[0].unsub, 1, 5000) && wait_recs(&h[1].unsub, 1, 5000) && wait_recs(&h[2].unsub, 1, 5000) &&
         wait_recs(&h[3].unsub, 1, 5000);
    th_ok(ok && h[3].unsub.type == AR_REPLY_INTEGER && h[3].unsub.integer == 0,
          "%s: flood: unsubscribe callbacks once each; the last says 0 subscriptions left", MODE);
    th_is_int(ar_client_modes(sc) & AR_MODE_SUBSCRIBED, 0, "%s: flood: normal mode again", MODE);
    th_is_int(numpat() + numsub("NUMSUB", "fl.c0"), 0, "%s: flood: the server holds nothing", MODE);
    for (i = 0; i < 4; i++) {
        th_ok(h[i].confirm.calls == 1 && h[i].unsub.calls == 1, "%s: flood: %s: confirm and unsubscribe callbacks "
              "exactly once (%d, %d)", MODE, h[i].label, h[i].confirm.calls, h[i].unsub.calls);
        h_reset(&h[i], "", 0);
    }
    drop(sc); drop(pc);
}

/* ----------------------------------------------------- two handles, one name */
static void test_two_handles(void) {
    ar_options o = opts(srv.port, NULL);
    ar_client *sc = mk(&o), *pc = mk_pub();
    hrec h1, h2, h3;
    rec r;
    long i;
    int ok;
    static const char *const two[] = { "dup", "dup2" }, *const twice[] = { "twice", "twice" };
    memset(&h1, 0, sizeof h1); memset(&h2, 0, sizeof h2); memset(&h3, 0, sizeof h3);
    h_reset(&h1, "H1", AR_SUB_CHANNEL); h_reset(&h2, "H2", AR_SUB_CHANNEL); h_reset(&h3, "H3", AR_SUB_CHANNEL);
    if (!th_ok(sc && pc, "%s: two handles: clients", MODE)) { drop(sc); drop(pc); return; }
    sub1(sc, &h1, "dup");
    sub(sc, &h2, 2, two);
    sub(sc, &h3, 2, twice);
    ok = wait_recs(&h1.confirm, 1, 5000) && wait_recs(&h2.confirm, 1, 5000) && wait_recs(&h3.confirm, 1, 5000);
    th_ok(ok && h1.confirm.type == AR_REPLY_INTEGER && h2.confirm.type == AR_REPLY_INTEGER &&
          h3.confirm.type == AR_REPLY_INTEGER, "%s: two handles: all confirmed", MODE);
    th_is_int(h3.confirm.integer, 3, "%s: two handles: dup, dup2, twice: 3 subscriptions on the connection", MODE);
    th_is_int(ar_sub_names(h3.s), 1, "%s: two handles: a name twice in one call is held once", MODE);
    /* PUBSUB NUMSUB through the generated wrapper */
    memset(&r, 0, sizeof r);
    ok = arcmd_pubsub_numsub(pc, rec_cb, &r, &(arcmd_pubsub_numsub_opts){ .channel_count = 2, .channel = two }) == AR_OK && wait_recs(&r, 1, 5000);
    th_ok(ok && r.type == AR_REPLY_ARRAY && r.elements == 4, "%s: two handles: arcmd_pubsub_numsub answers", MODE);
    th_is_int(numsub("NUMSUB", "dup"), 1, "%s: two handles: one subscription on the server for the name both hold", MODE);
    for (i = 0; i < 50; i++) {
        char m[16];
        int n = snprintf(m, sizeof m, "m%ld", i);
        if (pub(pc, "dup", 3, m, (size_t)n) != 1) break;
    }
    th_is_int(i, 50, "%s: two handles: 50 PUBLISH reach one receiver (the connection)", MODE);
    ok = wait_got(&h1, 50, 5000) && wait_got(&h2, 50, 5000);
    run_for(30);
    th_ok(ok && h1.got == 50 && h2.got == 50 && h1.bad + h2.bad == 0,
          "%s: two handles: each handle got each message once (%ld, %ld)", MODE, h1.got, h2.got);
    th_ok(h1.lastpay && strcmp(h1.lastpay, "m49") == 0 && h2.lastpay && strcmp(h2.lastpay, "m49") == 0,
          "%s: two handles: the last message is the last published", MODE);
    /* H1 lets go: H2 keeps the name, the server keeps its subscription */
    th_is_int(unsub(&h1, 0, NULL), AR_OK, "%s: two handles: H1 unsubscribes everything", MODE);
    th_ok(wait_recs(&h1.unsub, 1, 5000) && h1.unsub.err == AR_OK, "%s: two handles: its callback ran", MODE);
    th_is_int(numsub("NUMSUB", "dup"), 1, "%s: two handles: the server still has dup (H2 holds it)", MODE);
    for (i = 0; i < 20; i++) if (pub(pc, "dup", 3, "after", 5) != 1) break;
    ok = wait_got(&h2, 70, 5000);
    run_for(30);
    th_ok(ok && h2.got == 70 && h1.got == 50 && h1.late == 0, "%s: two handles: H2 keeps receiving (%ld), H1 gets "
          "nothing after its unsubscribe (%ld)", MODE, h2.got, h1.got);
    th_is_int(unsub(&h2, 1, two), AR_OK, "%s: two handles: H2 lets go of dup only", MODE);
    th_is_int(ar_sub_names(h2.s), 1, "%s: two handles: H2 holds 1 name", MODE);
    ok = wait_recs(&h2.unsub, 1, 5000);
    th_ok(ok && h2.unsub.type == AR_REPLY_INTEGER && h2.unsub.integer == 2,
          "%s: two handles: partial unsubscribe answered (2 left: dup2, twice): %lld", MODE, h2.unsub.integer);
    th_ok(numsub("NUMSUB", "dup") == 0 && numsub("NUMSUB", "dup2") == 1, "%s: two handles: dup left the server with "
          "its last handle, dup2 stays", MODE);
    th_is_int(pub(pc, "dup", 3, "x", 1), 0, "%s: two handles: nobody receives dup", MODE);
    memset(&r, 0, sizeof r);
    g_in_submit = 1;
    th_is_int(ar_unsubscribe_all(sc, rec_cb, &r), AR_OK, "%s: two handles: ar_unsubscribe_all", MODE);
    g_in_submit = 0;
    h2.gone = h3.gone = 1;
    th_ok(wait_recs(&r, 1, 5000) && r.type == AR_REPLY_INTEGER && r.integer == 0,
          "%s: two handles: its callback: 0 subscriptions left", MODE);
    th_ok(numsub("NUMSUB", "dup2") == 0 && numsub("NUMSUB", "twice") == 0, "%s: two handles: the server holds nothing", MODE);
    run_for(30);
    th_ok(h1.confirm.calls == 1 && h2.confirm.calls == 1 && h3.confirm.calls == 1 && h1.unsub.calls == 1 &&
          h2.unsub.calls == 1 && r.calls == 1 && h3.unsub.calls == 0, "%s: two handles: every callback exactly once", MODE);
    th_is_int(ar_client_modes(sc) & AR_MODE_SUBSCRIBED, 0, "%s: two handles: normal mode again", MODE);
    h_reset(&h1, "", 0); h_reset(&h2, "", 0); h_reset(&h3, "", 0);
    drop(sc); drop(pc);
}

/* ------------------------------------------------------------- binary */
static void test_binary(void) {
    ar_options o = opts(srv.port, NULL);
    ar_client *sc = mk(&o), *pc = mk_pub();
    hrec hc, hp;
    static const char chname[] = "bin\0ch", patname[] = "bin\0p*", pchan[] = "bin\0px\xff";
    const char *cn = chname, *pn = patname;
    size_t cl = sizeof chname - 1, pl = sizeof patname - 1, big = 1u << 20, i;
    char all[256], *mb = (char *)malloc(big);
    int ok;
    memset(&hc, 0, sizeof hc); memset(&hp, 0, sizeof hp);
    h_reset(&hc, "ch", AR_SUB_CHANNEL);
    h_reset(&hp, "pat", AR_SUB_PATTERN); hp.pattern = patname; hp.patlen = pl;
    for (i = 0; i < 256; i++) all[i] = (char)i;
    for (i = 0; i < big; i++) mb[i] = (char)((i * 131) ^ (i >> 9));
    if (!th_ok(sc && pc && mb, "%s: binary: clients", MODE)) { drop(sc); drop(pc); free(mb); return; }
    sub_lens(sc, &hc, 1, &cn, &cl);
    sub_lens(sc, &hp, 1, &pn, &pl);
    ok = wait_recs(&hc.confirm, 1, 5000) && wait_recs(&hp.confirm, 1, 5000);
    th_ok(ok && hc.confirm.type == AR_REPLY_INTEGER && hp.confirm.integer == 2,
          "%s: binary: a channel and a pattern with a NUL in the name subscribed", MODE);
    th_is_int(pub(pc, chname, cl, all, 256), 1, "%s: binary: 256 byte values published to \"bin\\0ch\"", MODE);
    ok = wait_got(&hc, 1, 5000);
    th_ok(ok && hc.lastchlen == cl && memcmp(hc.lastch, chname, cl) == 0 && hc.lastpaylen == 256 &&
          memcmp(hc.lastpay, all, 256) == 0 && hc.lastpay_nul, "%s: binary: received whole (channel with its NUL, all "
          "256 byte values, NUL after the payload)", MODE);
    th_is_int(pub(pc, chname, cl, mb, big), 1, "%s: binary: 1 MB published", MODE);
    ok = wait_got(&hc, 2, 10000);
    th_ok(ok && hc.lastpaylen == big && memcmp(hc.lastpay, mb, big) == 0 && hc.lastpay_nul,
          "%s: binary: the 1 MB payload received intact", MODE);
    th_is_int(pub(pc, chname, cl, "", 0), 1, "%s: binary: an empty payload published", MODE);
    ok = wait_got(&hc, 3, 5000);
    th_ok(ok && hc.lastpaylen == 0 && hc.lastpay_nul, "%s: binary: the empty payload arrives empty", MODE);
    th_is_int(pub(pc, pchan, sizeof pchan - 1, mb, 100000), 1, "%s: binary: a pattern match on \"bin\\0px\\xff\"", MODE);
    ok = wait_got(&hp, 1, 5000);
    th_ok(ok && hp.bad == 0 && hp.lastkind == AR_SUB_PATTERN && hp.lastchlen == sizeof pchan - 1 &&
          memcmp(hp.lastch, pchan, sizeof pchan - 1) == 0 && hp.lastpatlen == pl && memcmp(hp.lastpat, patname, pl) == 0 &&
          hp.lastpaylen == 100000 && memcmp(hp.lastpay, mb, 100000) == 0,
          "%s: binary: pmessage with the binary pattern, channel and payload", MODE);
    th_ok(hc.got == 3 && hc.bad == 0, "%s: binary: the channel handle got its 3 and nothing else (%ld)", MODE, hc.got);
    h_reset(&hc, "", 0); h_reset(&hp, "", 0);
    free(mb);
    drop(sc); drop(pc);
}

/* ------------------------------------------- unsubscribe while messages flow */
static hrec pu;
static ar_stats pu_st0;
static size_t pu_payload(long i, char *buf, size_t cap, const char **chan, size_t *chanlen) {
    static const char *const ch[2] = { "pu.a", "pu.b" };
    size_t n = cap;
    *chan = ch[i & 1]; *chanlen = 4;
    memset(buf, 'a' + (int)(i & 1), n);
    snprintf(buf, 16, "%ld", i);
    return n;
}
static long pu_a, pu_b, pu_late_a, pu_late_b;
static int pu_a_gone, pu_b_gone;
/* at the 100th message of pu.a: let go of pu.a from inside the callback */
static void pu_hook(ar_client *c, hrec *h, const ar_message *m) {
    static const char *const a[] = { "pu.a" };
    (void)c;
    if (m->channel_len == 4 && m->channel[3] == 'a') { if (pu_a_gone) pu_late_a++; pu_a++; }
    if (m->channel_len == 4 && m->channel[3] == 'b') { if (pu_b_gone) pu_late_b++; pu_b++; }
    if (m->channel[3] == 'a' && pu_a == 100) {
        if (ar_sub_unsubscribe(h->s, 1, a, NULL, h_unsub, h) == AR_OK) pu_a_gone = 1;
    }
}
static int c_pu_b(void *a) { (void)a; return pu_b >= 1; }
static int c_pu_all(void *a) { (void)a; return pu_b >= 1000; }

static void test_partial_flow(void) {
    ar_options o = opts(srv.port, NULL);
    ar_client *sc;
    ar_stats st;
    static const char *const ab[] = { "pu.a", "pu.b" }, *const b[] = { "pu.b" };
    long long rx;
    int ok;
    o.read_chunk = 16384;
    sc = mk(&o);
    h_reset(&pu, "PU", AR_SUB_CHANNEL);
    pu_a = pu_b = pu_late_a = pu_late_b = 0; pu_a_gone = pu_b_gone = 0;
    pu.hook = pu_hook;
    if (!th_ok(sc != NULL, "%s: partial: client", MODE)) return;
    sub(sc, &pu, 2, ab);
    th_ok(wait_recs(&pu.confirm, 1, 5000), "%s: partial: pu.a and pu.b subscribed", MODE);
    ar_client_stats(sc, &pu_st0);
    /* 2,000 messages (1,000 on each) in the socket before the client reads any */
    rx = raw_publish_many("PUBLISH", 2000, pu_payload, 200);
    th_is_int(rx, 2000, "%s: partial: 2,000 published while the client was not reading", MODE);
    ok = drv_run_until(&D, c_pu_all, NULL, 10000) && wait_recs(&pu.unsub, 1, 5000);
    th_ok(ok && pu_a_gone, "%s: partial: pu.a let go from inside its 100th message; its callback ran", MODE);
    th_is_int(pu_a, 100, "%s: partial: no pu.a message reached the handle after that call returned", MODE);
    th_is_int(pu_late_a, 0, "%s: partial: (late deliveries)", MODE);
    th_is_int(pu_b, 1000, "%s: partial: every pu.b message still arrived", MODE);
    ar_client_stats(sc, &st);
    th_is_int((long long)(st.messages_dropped - pu_st0.messages_dropped), 900,
              "%s: partial: the 900 pu.a messages already on the way were dropped (counted)", MODE);
    th_is_int(ar_sub_names(pu.s), 1, "%s: partial: the handle holds pu.b", MODE);
    th_is_int(numsub("NUMSUB", "pu.a"), 0, "%s: partial: pu.a left the server", MODE);

    /* between turns: 500 big messages on pu.b; let go once some arrived */
    pu.hook = pu_hook;
    pu_b = 0; pu_a = 0;
    memset(&pu.unsub, 0, sizeof pu.unsub);
    ar_client_stats(sc, &pu_st0);
    {
        /* odd i only: pu.b */
        long i;
        int fd = th_raw_connect(srv.port);
        char *big = (char *)malloc(8192), rb[64];
        for (i = 0; i < 500 && fd >= 0; i++) {
            const char *av[3];
            size_t al[3];
            av[0] = "PUBLISH"; al[0] = 7; av[1] = "pu.b"; al[1] = 4;
            memset(big, 'b', 8192); al[2] = 8192; av[2] = big;
            th_raw_send(fd, 3, av, al);
        }
        rx = 0;
        for (i = 0; i < 500 && fd >= 0; i++) { long long v; if (th_raw_read(fd, rb, sizeof rb, 20000) > 0 && th_reply_int(rb, &v) == 0) rx += v; }
        if (fd >= 0) close(fd);
        free(big);
    }
    th_is_int(rx, 500, "%s: partial: 500 x 8 KB on pu.b published while the client was not reading", MODE);
    ok = drv_run_until(&D, c_pu_b, NULL, 10000);
    th_ok(ok && pu_b < 500, "%s: partial: some pu.b messages arrived, not all yet (%ld)", MODE, pu_b);
    {
        long seen = pu_b;
        th_is_int(unsub(&pu, 1, b), AR_OK, "%s: partial: pu.b let go between two turns", MODE);
        pu_b_gone = 1;
        th_ok(wait_recs(&pu.unsub, 1, 10000), "%s: partial: its callback ran", MODE);
        run_for(50);
        th_ok(pu_b == seen && pu_late_b == 0, "%s: partial: nothing reached the handle after the call (%ld then %ld)",
              MODE, seen, pu_b);
        ar_client_stats(sc, &st);
        th_is_int((long long)(st.messages_dropped - pu_st0.messages_dropped), 500 - seen,
                  "%s: partial: the rest was dropped, counted", MODE);
    }
    th_is_int(ar_client_modes(sc) & AR_MODE_SUBSCRIBED, 0, "%s: partial: the handle held nothing: gone, normal mode", MODE);
    th_is_int(pu.confirm.calls + pu.unsub.calls, 2, "%s: partial: callbacks once each", MODE);
    h_reset(&pu, "", 0);
    drop(sc);
}

/* ------------------------------------------------------- resubscribe */
typedef struct rsev { int resubs; size_t count; int connects; long long numsub_at_connect, numpat_at_connect; int order_bad; } rsev;
static rsev RS;
static evs RSE;
static void rs_resub(ar_client *c, size_t count, void *data) {
    (void)c; (void)data;
    RS.resubs++;
    RS.count = count;
    if (g_in_submit) RS.order_bad++;
}
static void rs_connect(ar_client *c, void *data) {
    ev_connect(c, data);
    /* the server must hold every subscription before the connection counts as ready */
    RS.numsub_at_connect = numsub("NUMSUB", "rs.a");
    RS.numpat_at_connect = numpat();
}

static void test_resubscribe(void) {
    ar_options o = opts(srv.port, &RSE);
    ar_client *sc, *pc;
    hrec ha, hp, hs, hl;
    static const char *const ch[] = { "rs.a", "rs.b" }, *const pat[] = { "rs.p*" }, *const sh[] = { "rs.s" };
    int ok;
    memset(&RS, 0, sizeof RS);
    o.on_resubscribe = rs_resub;
    o.on_connect = rs_connect;
    o.request_timeout_ms = 2000;
    sc = mk(&o);
    pc = mk_pub();
    memset(&ha, 0, sizeof ha); memset(&hp, 0, sizeof hp); memset(&hs, 0, sizeof hs); memset(&hl, 0, sizeof hl);
    h_reset(&ha, "ch", AR_SUB_CHANNEL); h_reset(&hp, "pat", AR_SUB_PATTERN); h_reset(&hs, "shard", AR_SUB_SHARD);
    h_reset(&hl, "late", AR_SUB_CHANNEL);
    hp.pattern = "rs.p*"; hp.patlen = 5;
    if (!th_ok(sc && pc, "%s: resubscribe: clients", MODE)) { drop(sc); drop(pc); return; }
    sub(sc, &ha, 2, ch); sub(sc, &hp, 1, pat); sub(sc, &hs, 1, sh);
    ok = wait_recs(&ha.confirm, 1, 5000) && wait_recs(&hp.confirm, 1, 5000) && wait_recs(&hs.confirm, 1, 5000);
    th_ok(ok && hs.confirm.type == AR_REPLY_INTEGER, "%s: resubscribe: 2 channels, a pattern, a shard channel", MODE);
    th_is_int(RS.resubs, 0, "%s: resubscribe: no on_resubscribe on the first connection", MODE);

    /* 1. the server killed and restarted on the same port */
    th_server_kill(&srv);
    th_ok(wait_int(&RSE.disconnects, 1, 5000) && lost(RSE.reason[0]), "%s: resubscribe: the loss seen (%s)", MODE,
          ar_strerror(RSE.reason[0]));
    th_ok(th_server_restart(&srv) == 0, "%s: resubscribe: server restarted on port %d", MODE, srv.port);
    ok = wait_int(&RS.resubs, 1, 10000);
    th_ok(ok && RS.resubs == 1 && RS.count == 4, "%s: resubscribe: on_resubscribe once with 4 names (%d, %zu)", MODE,
          RS.resubs, RS.count);
    th_ok(RSE.connects == 2 && RS.numsub_at_connect == 1 && RS.numpat_at_connect == 1,
          "%s: resubscribe: subscribed again before on_connect (NUMSUB %lld, NUMPAT %lld)", MODE,
          RS.numsub_at_connect, RS.numpat_at_connect);
    th_ok(numsub("NUMSUB", "rs.b") == 1 && numpat() == 1 && numsub("SHARDNUMSUB", "rs.s") == 1,
          "%s: resubscribe: the server holds rs.b, rs.p* and the shard channel rs.s", MODE);
    th_ok(ping_ok(pc, 5000), "%s: resubscribe: the publisher is back", MODE);
    th_ok(pub(pc, "rs.a", 4, "1", 1) == 1 && pub(pc, "rs.px", 5, "2", 1) == 1 && spub(pc, "rs.s", "3", 1) == 1,
          "%s: resubscribe: publishing reaches the subscriber again", MODE);
    ok = wait_got(&ha, 1, 5000) && wait_got(&hp, 1, 5000) && wait_got(&hs, 1, 5000);
    th_ok(ok && ha.bad + hp.bad + hs.bad == 0 && hs.lastkind == AR_SUB_SHARD, "%s: resubscribe: messages flow to all three "
          "handles", MODE);

    /* 2. CLIENT KILL of the subscriber's connection */
    {
        char buf[256];
        long n = th_raw(srv.port, buf, sizeof buf, "CLIENT", "KILL", "TYPE", "pubsub", (char *)NULL);
        th_ok(n > 0 && strcmp(buf, ":1\r\n") == 0, "%s: resubscribe: CLIENT KILL TYPE pubsub killed 1 (%s)", MODE,
              n > 0 ? buf : "?");
    }
    ok = wait_int(&RS.resubs, 2, 10000);
    th_ok(ok && RS.resubs == 2 && RS.count == 4 && RSE.disconnects == 2 && lost(RSE.reason[1]),
          "%s: resubscribe: typed on_disconnect (%s) and on_resubscribe again", MODE, ar_strerror(RSE.reason[1]));
    th_ok(RSE.connects == 3 && RS.numsub_at_connect == 1 && RS.numpat_at_connect == 1,
          "%s: resubscribe: again subscribed before on_connect", MODE);
    th_ok(numsub("NUMSUB", "rs.a") == 1 && numpat() == 1 && numsub("SHARDNUMSUB", "rs.s") == 1,
          "%s: resubscribe: the server holds them all", MODE);
    th_ok(pub(pc, "rs.b", 4, "4", 1) == 1 && pub(pc, "rs.py", 5, "5", 1) == 1, "%s: resubscribe: published", MODE);
    ok = wait_got(&ha, 2, 5000) && wait_got(&hp, 2, 5000);
    th_ok(ok && ha.lastpay && strcmp(ha.lastpay, "4") == 0 && hp.lastpay && strcmp(hp.lastpay, "5") == 0,
          "%s: resubscribe: messages flow again", MODE);

    /* 3. a SUBSCRIBE written to a stopped server, which is then killed */
    th_server_sigstop(&srv);
    sub1(sc, &hl, "rs.late");
    th_ok(wait_written(sc, 2000), "%s: resubscribe: SUBSCRIBE rs.late written, no answer", MODE);
    th_server_kill(&srv);
    th_ok(th_server_restart(&srv) == 0, "%s: resubscribe: server restarted", MODE);
    ok = wait_recs(&hl.confirm, 1, 10000) && wait_int(&RS.resubs, 3, 10000);
    run_for(50);
    th_ok(ok && hl.confirm.calls == 1 && hl.confirm.err == AR_OK && hl.confirm.type == AR_REPLY_INTEGER,
          "%s: resubscribe: its on_confirm ran once, confirmed on the new connection (%s)", MODE,
          hl.confirm.err ? ar_strerror(hl.confirm.err) : "ok");
    th_is_int((long long)RS.count, 4, "%s: resubscribe: the 4 confirmed names replayed (rs.late's own SUBSCRIBE was sent again)", MODE);
    th_is_int(numsub("NUMSUB", "rs.late"), 1, "%s: resubscribe: the server holds rs.late", MODE);
    th_ok(ping_ok(pc, 5000) && pub(pc, "rs.late", 7, "6", 1) == 1 && wait_got(&hl, 1, 5000),
          "%s: resubscribe: and it receives", MODE);
    th_ok(ha.confirm.calls == 1 && hp.confirm.calls == 1 && hs.confirm.calls == 1 && hl.confirm.calls == 1,
          "%s: resubscribe: every on_confirm exactly once across three connections", MODE);
    th_is_int(ha.disorder + ha.bad + hl.bad + RS.order_bad, 0, "%s: resubscribe: no stray delivery", MODE);
    h_reset(&ha, "", 0); h_reset(&hp, "", 0); h_reset(&hs, "", 0); h_reset(&hl, "", 0);
    drop(sc); drop(pc);
}

/* --------------------------------------------------------- isolation */
static void test_isolation(void) {
    ar_options o = opts(srv.port, NULL);
    ar_client *sc = mk(&o);
    hrec h;
    rec r[12], pp;
    ar_pipeline *pl;
    ar_tx *tx;
    ar_stats s0, s1;
    int i, ok, rc;
    static const char *const names[] = { "iso" };
    memset(r, 0, sizeof r);
    memset(&h, 0, sizeof h);
    h_reset(&h, "iso", AR_SUB_CHANNEL);
    if (!th_ok(sc != NULL, "%s: isolation: client", MODE)) return;
    th_ok(cmd_wait(sc, &r[0], "SET iso:k %s", "v1") && r[0].type == AR_REPLY_STATUS, "%s: isolation: SET before", MODE);
    sub(sc, &h, 1, names);
    /* refused at the call, even before the confirmation */
    ar_client_stats(sc, &s0);
    th_is_int(cmd(sc, &r[1], "GET iso:k"), AR_ERR_MODE, "%s: isolation: GET refused with AR_ERR_MODE", MODE);
    th_ok(strstr(ar_client_errstr(sc), "subscribed") != NULL, "%s: isolation: the refusal says why (%s)", MODE,
          ar_client_errstr(sc));
    th_is_int(cmd(sc, &r[2], "MULTI"), AR_ERR_MODE, "%s: isolation: MULTI refused", MODE);
    th_is_int(cmd(sc, &r[3], "SUBSCRIBE %s", "raw"), AR_ERR_MODE, "%s: isolation: raw SUBSCRIBE refused", MODE);
    th_is_int(cmd(sc, &r[4], "unsubscribe %s", "iso"), AR_ERR_MODE, "%s: isolation: raw unsubscribe refused", MODE);
    {
        static const char *const w[] = { "x" };
        th_is_int(arcmd_subscribe(sc, rec_cb, &r[5], 1, w, NULL), AR_ERR_MODE,
                  "%s: isolation: arcmd_subscribe refused (use ar_subscribe)", MODE);
    }
    th_is_int(cmd(sc, &r[6], "RESET"), AR_ERR_MODE, "%s: isolation: RESET refused", MODE);
    pl = ar_pipeline_new(sc, NULL);
    ok = pl && ar_pipeline_command(pl, "PING") == AR_OK;
    rc = pl ? ar_pipeline_exec(pl, rec_cb, &r[7]) : -1;
    th_ok(ok && rc == AR_ERR_MODE, "%s: isolation: a pipeline refused at exec (%s)", MODE, ar_strerror(rc));
    if (pl) ar_pipeline_discard(pl);
    tx = ar_tx_new(sc, NULL);
    ok = tx && ar_tx_command(tx, "INCR iso:n") == AR_OK;
    rc = tx ? ar_tx_exec(tx, rec_cb, &r[8]) : -1;
    th_ok(ok && rc == AR_ERR_MODE, "%s: isolation: a transaction refused at exec (%s)", MODE, ar_strerror(rc));
    if (tx) ar_tx_discard(tx);
    th_ok(wait_recs(&h.confirm, 1, 5000), "%s: isolation: subscribed", MODE);
    th_is_int(cmd(sc, &r[9], "SET iso:k %s", "v2"), AR_ERR_MODE, "%s: isolation: SET refused after the confirmation", MODE);
    ar_client_stats(sc, &s1);
    th_ok(s1.commands == s0.commands, "%s: isolation: nothing refused was counted as accepted (%llu)",
          MODE, s1.commands - s0.commands);
    /* PING: accepted, its subscribed-mode answer is an array */
    memset(&pp, 0, sizeof pp);
    th_ok(cmd_wait(sc, &pp, "PING", NULL) && pp.type == AR_REPLY_ARRAY && pp.elements == 2 && strcmp(pp.str, "") == 0,
          "%s: isolation: PING answered [\"pong\", \"\"]", MODE);
    memset(&pp, 0, sizeof pp);
    th_ok(cmd_wait(sc, &pp, "PING %s", "hello") && pp.type == AR_REPLY_ARRAY && pp.elements == 2 &&
          strcmp(pp.str, "hello") == 0, "%s: isolation: PING hello answered [\"pong\", \"hello\"]", MODE);
    /* everything let go: a GET queued right behind the UNSUBSCRIBE gets its own reply */
    memset(&pp, 0, sizeof pp);
    g_in_submit = 1;
    rc = ar_unsubscribe_all(sc, rec_cb, &pp);
    g_in_submit = 0;
    h.gone = 1;
    th_is_int(rc, AR_OK, "%s: isolation: ar_unsubscribe_all", MODE);
    th_is_int(ar_client_modes(sc) & AR_MODE_SUBSCRIBED, 0, "%s: isolation: normal mode as soon as nothing is held", MODE);
    memset(&r[10], 0, sizeof r[10]);
    th_is_int(cmd(sc, &r[10], "GET iso:k"), AR_OK, "%s: isolation: GET accepted right after", MODE);
    ok = wait_recs(&r[10], 1, 5000) && wait_recs(&pp, 1, 5000);
    th_ok(ok && r[10].type == AR_REPLY_STRING && strcmp(r[10].str, "v1") == 0, "%s: isolation: and answered (%s)", MODE,
          r[10].str);
    th_ok(pp.calls == 1 && pp.type == AR_REPLY_INTEGER && pp.integer == 0 && pp.seq < r[10].seq,
          "%s: isolation: the unsubscribe callback first, 0 left", MODE);
    memset(&r[11], 0, sizeof r[11]);
    th_ok(cmd_wait(sc, &r[11], "PING", NULL) && r[11].type == AR_REPLY_STATUS && strcmp(r[11].str, "PONG") == 0,
          "%s: isolation: PING is +PONG again", MODE);
    tx = ar_tx_new(sc, NULL);
    memset(&r[8], 0, sizeof r[8]);
    ok = tx && ar_tx_command(tx, "INCR iso:n") == AR_OK && ar_tx_exec(tx, rec_cb, &r[8]) == AR_OK && wait_recs(&r[8], 1, 5000);
    th_ok(ok && r[8].type == AR_REPLY_ARRAY, "%s: isolation: transactions work again", MODE);
    for (i = 1; i <= 7; i++) if (r[i].calls) break;
    th_is_int(i, 8, "%s: isolation: no refused command's callback ever ran", MODE);
    th_is_int(h.confirm.calls, 1, "%s: isolation: on_confirm once", MODE);
    h_reset(&h, "", 0);
    drop(sc);
}

/* ---------------------------------------------------- slow subscriber */
static size_t slow_payload(long i, char *buf, size_t cap, const char **chan, size_t *chanlen) {
    *chan = "slow"; *chanlen = 4;
    memset(buf, 's', cap);
    snprintf(buf, 16, "%ld", i);
    return cap;
}
static void test_slow(void) {
    evs e;
    ar_options o = opts(srv.port, &e);
    ar_client *sc, *pc;
    hrec h;
    long long rx;
    long before;
    int ok;
    memset(&RS, 0, sizeof RS);
    o.on_resubscribe = rs_resub;
    sc = mk(&o);
    pc = mk_pub();
    memset(&h, 0, sizeof h);
    h_reset(&h, "slow", AR_SUB_CHANNEL);
    if (!th_ok(sc && pc, "%s: slow: clients", MODE)) { drop(sc); drop(pc); return; }
    th_ok(raw_config("client-output-buffer-limit", "pubsub 64kb 32kb 1"), "%s: slow: pubsub output limit 64 KB", MODE);
    sub1(sc, &h, "slow");
    th_ok(wait_recs(&h.confirm, 1, 5000) && ping_ok(pc, 5000), "%s: slow: subscribed", MODE);
    /* the subscriber's loop stands still: 2,000 x 10 KB pile up on the server */
    rx = raw_publish_many("PUBLISH", 2000, slow_payload, 10240);
    th_ok(rx > 0, "%s: slow: 20 MB published to a subscriber that does not read (%lld receivers)", MODE, rx);
    th_is_int(numsub("NUMSUB", "slow"), 0, "%s: slow: the server dropped the subscriber (output limit)", MODE);
    ok = wait_int(&RS.resubs, 1, 15000);
    before = h.got;
    th_ok(ok && e.disconnects == 1 && lost(e.reason[0]), "%s: slow: a typed on_disconnect (%s) and on_resubscribe "
          "(%d) once the loop turns again", MODE, e.disconnects ? ar_strerror(e.reason[0]) : "none", RS.resubs);
    th_ok(before < 2000, "%s: slow: messages lost (%ld of 2000 arrived): at most once, as the manual says", MODE, before);
    th_is_int(numsub("NUMSUB", "slow"), 1, "%s: slow: subscribed again on the server", MODE);
    th_ok(raw_config("client-output-buffer-limit", "pubsub 32mb 8mb 60"), "%s: slow: the limit back to its default", MODE);
    th_is_int(pub(pc, "slow", 4, "again", 5), 1, "%s: slow: a new message", MODE);
    ok = wait_got(&h, before + 1, 5000);
    th_ok(ok && h.lastpay && strcmp(h.lastpay, "again") == 0, "%s: slow: reaches the handle", MODE);
    th_is_int(h.confirm.calls + h.bad + h.disorder, 1, "%s: slow: on_confirm once, nothing stray", MODE);
    h_reset(&h, "", 0);
    drop(sc); drop(pc);
}

/* ------------------------------------------------------------ sharded */
static void test_shard(void) {
    ar_options o = opts(srv.port, NULL);
    ar_client *sc = mk(&o), *pc = mk_pub();
    hrec hs, hc;
    rec r;
    static const char *const sh[] = { "sh.a", "sh.b" };
    int ok;
    memset(&hs, 0, sizeof hs); memset(&hc, 0, sizeof hc);
    h_reset(&hs, "shard", AR_SUB_SHARD); h_reset(&hc, "chan", AR_SUB_CHANNEL);
    if (!th_ok(sc && pc && ping_ok(sc, 5000), "%s: shard: clients", MODE)) { drop(sc); drop(pc); return; }
    sub(sc, &hs, 2, sh);
    sub1(sc, &hc, "sh.a");   /* the same name as an ordinary channel: another subscription */
    ok = wait_recs(&hs.confirm, 1, 5000) && wait_recs(&hc.confirm, 1, 5000);
    th_ok(ok && hs.confirm.type == AR_REPLY_INTEGER && hs.confirm.integer == 2, "%s: shard: SSUBSCRIBE sh.a sh.b "
          "confirmed (%lld)", MODE, hs.confirm.integer);
    th_ok(ar_client_modes(sc) & AR_MODE_SUBSCRIBED, "%s: shard: subscribed mode", MODE);
    memset(&r, 0, sizeof r);
    ok = arcmd_pubsub_shardchannels(pc, rec_cb, &r, NULL) == AR_OK && wait_recs(&r, 1, 5000);
    th_ok(ok && r.type == AR_REPLY_ARRAY && r.elements == 2, "%s: shard: arcmd_pubsub_shardchannels: 2", MODE);
    memset(&r, 0, sizeof r);
    ok = arcmd_pubsub_shardnumsub(pc, rec_cb, &r, &(arcmd_pubsub_shardnumsub_opts){ .shardchannel_count = 2, .shardchannel = sh }) == AR_OK && wait_recs(&r, 1, 5000);
    th_ok(ok && r.type == AR_REPLY_ARRAY && r.elements == 4, "%s: shard: arcmd_pubsub_shardnumsub answers", MODE);
    th_is_int(numsub("SHARDNUMSUB", "sh.b"), 1, "%s: shard: the server holds sh.b", MODE);
    th_is_int(spub(pc, "sh.a", "s1", 2), 1, "%s: shard: SPUBLISH sh.a: 1 receiver", MODE);
    th_is_int(pub(pc, "sh.a", 4, "c1", 2), 1, "%s: shard: PUBLISH sh.a: 1 receiver", MODE);
    ok = wait_got(&hs, 1, 5000) && wait_got(&hc, 1, 5000);
    run_for(30);
    th_ok(ok && hs.got == 1 && hs.lastkind == AR_SUB_SHARD && strcmp(hs.lastch, "sh.a") == 0 &&
          strcmp(hs.lastpay, "s1") == 0 && hs.bad == 0, "%s: shard: the smessage went to the shard handle", MODE);
    th_ok(hc.got == 1 && hc.lastkind == AR_SUB_CHANNEL && strcmp(hc.lastpay, "c1") == 0 && hc.bad == 0,
          "%s: shard: the message to the channel handle", MODE);
    th_is_int(unsub(&hs, 1, sh), AR_OK, "%s: shard: SUNSUBSCRIBE sh.a", MODE);
    th_ok(wait_recs(&hs.unsub, 1, 5000) && numsub("SHARDNUMSUB", "sh.a") == 0 && numsub("SHARDNUMSUB", "sh.b") == 1,
          "%s: shard: sh.a left the server, sh.b stays", MODE);
    th_is_int(spub(pc, "sh.a", "s2", 2), 0, "%s: shard: nobody gets sh.a now", MODE);
    th_is_int(spub(pc, "sh.b", "s3", 2), 1, "%s: shard: sh.b still delivered", MODE);
    ok = wait_got(&hs, 2, 5000);
    th_ok(ok && strcmp(hs.lastch, "sh.b") == 0 && hs.late == 0, "%s: shard: sh.b arrived", MODE);
    memset(&r, 0, sizeof r);
    ok = ar_unsubscribe_all(sc, rec_cb, &r) == AR_OK && wait_recs(&r, 1, 5000);
    th_ok(ok && r.type == AR_REPLY_INTEGER && r.integer == 0, "%s: shard: all let go: 0 left (%lld)", MODE, r.integer);
    th_ok(numsub("SHARDNUMSUB", "sh.b") == 0 && numsub("NUMSUB", "sh.a") == 0, "%s: shard: the server holds nothing", MODE);
    th_is_int(ar_client_modes(sc) & AR_MODE_SUBSCRIBED, 0, "%s: shard: normal mode", MODE);
    memset(&r, 0, sizeof r);
    th_ok(cmd_wait(sc, &r, "GET %s", "sh.none") && r.type == AR_REPLY_NIL, "%s: shard: GET works again", MODE);
    /* shard channels alone: PING's array, SUNSUBSCRIBE back to normal mode */
    h_reset(&hs, "shard", AR_SUB_SHARD);
    sub(sc, &hs, 2, sh);
    ok = wait_recs(&hs.confirm, 1, 5000);
    th_ok(ok && hs.confirm.integer == 2 && cmd(sc, &r, "GET %s", "x") == AR_ERR_MODE, "%s: shard only: subscribed mode", MODE);
    memset(&r, 0, sizeof r);
    th_ok(cmd_wait(sc, &r, "PING", NULL) && r.type == AR_REPLY_ARRAY && r.elements == 2, "%s: shard only: PING's array", MODE);
    th_is_int(unsub(&hs, 0, NULL), AR_OK, "%s: shard only: let go", MODE);
    memset(&r, 0, sizeof r);
    th_ok(cmd_wait(sc, &r, "GET %s", "sh.none") && r.type == AR_REPLY_NIL && hs.unsub.calls == 1 &&
          hs.unsub.integer == 0, "%s: shard only: a GET right behind SUNSUBSCRIBE answered", MODE);
    h_reset(&hs, "", 0); h_reset(&hc, "", 0);
    drop(sc); drop(pc);
}

/* ---------------------------------------------------------- key prefix */
static int raw_has(const char *sub, const char *name) {
    char buf[4096];
    long n = th_raw(srv.port, buf, sizeof buf, "PUBSUB", sub, (char *)NULL);
    size_t l = strlen(name);
    long i;
    for (i = 0; n > 0 && i + (long)l + 2 <= n; i++)
        if (buf[i] == '\n' && memcmp(buf + i + 1, name, l) == 0 && buf[i + 1 + l] == '\r') return 1;
    return 0;
}
static long long raw_pub(const char *cmdname, const char *ch, const char *msg) {
    char buf[64];
    long long v = -1;
    if (th_raw(srv.port, buf, sizeof buf, cmdname, ch, msg, (char *)NULL) > 0) th_reply_int(buf, &v);
    return v;
}
static void test_prefix(void) {
    ar_options o = opts(srv.port, NULL), po = opts(srv.port, NULL);
    ar_client *sc, *pc;
    hrec hc, hp, hs;
    rec r;
    static const char *const news[] = { "news" }, *const pat[] = { "n*" }, *const sh[] = { "sn" };
    int ok;
    o.key_prefix = "app:"; o.prefixer = ar_cmdtab_prefix_argv;
    po.key_prefix = "app:"; po.prefixer = ar_cmdtab_prefix_argv;
    sc = mk(&o); pc = mk(&po);
    memset(&hc, 0, sizeof hc); memset(&hp, 0, sizeof hp); memset(&hs, 0, sizeof hs);
    h_reset(&hc, "chan", AR_SUB_CHANNEL); h_reset(&hp, "pat", AR_SUB_PATTERN); h_reset(&hs, "shard", AR_SUB_SHARD);
    hp.pattern = "n*"; hp.patlen = 2;
    if (!th_ok(sc && pc, "%s: prefix: clients with key_prefix app:", MODE)) { drop(sc); drop(pc); return; }
    sub(sc, &hc, 1, news); sub(sc, &hp, 1, pat); sub(sc, &hs, 1, sh);
    ok = wait_recs(&hc.confirm, 1, 5000) && wait_recs(&hp.confirm, 1, 5000) && wait_recs(&hs.confirm, 1, 5000);
    th_ok(ok && hs.confirm.type == AR_REPLY_INTEGER, "%s: prefix: subscribed", MODE);
    th_ok(raw_has("CHANNELS", "app:news") && !raw_has("CHANNELS", "news"), "%s: prefix: the server sees app:news", MODE);
    th_ok(raw_has("SHARDCHANNELS", "app:sn") && !raw_has("SHARDCHANNELS", "sn"), "%s: prefix: and shard channel app:sn", MODE);
    th_is_int(raw_pub("PUBLISH", "news", "x"), 0, "%s: prefix: nobody listens on the bare name", MODE);
    th_is_int(raw_pub("PUBLISH", "nx", "x"), 0, "%s: prefix: the pattern is app:n*, not n*", MODE);
    th_is_int(raw_pub("PUBLISH", "app:news", "raw"), 2, "%s: prefix: PUBLISH app:news: the channel and the pattern", MODE);
    ok = wait_got(&hc, 1, 5000) && wait_got(&hp, 1, 5000);
    th_ok(ok && strcmp(hc.lastch, "news") == 0 && hc.lastchlen == 4 && strcmp(hc.lastpay, "raw") == 0,
          "%s: prefix: the handler sees channel \"news\" (%s)", MODE, hc.lastch);
    th_ok(hp.bad == 0 && strcmp(hp.lastpat, "n*") == 0 && strcmp(hp.lastch, "news") == 0,
          "%s: prefix: pmessage: pattern \"n*\", channel \"news\" (%s, %s)", MODE, hp.lastpat, hp.lastch);
    th_is_int(pub(pc, "news", 4, "via", 3), 2, "%s: prefix: ar_publish on a prefixed client reaches both", MODE);
    th_is_int(spub(pc, "sn", "sv", 2), 1, "%s: prefix: ar_spublish too", MODE);
    ok = wait_got(&hc, 2, 5000) && wait_got(&hs, 1, 5000);
    th_ok(ok && strcmp(hc.lastpay, "via") == 0 && strcmp(hs.lastch, "sn") == 0 && hs.lastkind == AR_SUB_SHARD,
          "%s: prefix: received under the bare names", MODE);
    memset(&r, 0, sizeof r);
    ok = arcmd_pubsub_numsub(pc, rec_cb, &r, &(arcmd_pubsub_numsub_opts){ .channel_count = 1, .channel = news }) == AR_OK && wait_recs(&r, 1, 5000);
    th_ok(ok && r.type == AR_REPLY_ARRAY && r.elements == 2 && strcmp(r.str, "1") != 0,
          "%s: prefix: arcmd_pubsub_numsub on the prefixed client answers", MODE);
    memset(&r, 0, sizeof r);
    ok = arcmd_pubsub_channels(pc, rec_cb, &r, &(arcmd_pubsub_channels_opts){ .pattern = pat[0] }) == AR_OK && wait_recs(&r, 1, 5000);
    th_ok(ok && r.type == AR_REPLY_ARRAY && r.elements == 1 && strcmp(r.str, "app:news") == 0,
          "%s: prefix: arcmd_pubsub_channels n* lists app:news (%s)", MODE, r.str);
    th_is_int(unsub(&hc, 1, news), AR_OK, "%s: prefix: unsubscribe news", MODE);
    th_ok(wait_recs(&hc.unsub, 1, 5000) && numsub("NUMSUB", "app:news") == 0, "%s: prefix: app:news left the server", MODE);
    th_is_int(unsub(&hp, 0, NULL), AR_OK, "%s: prefix: unsubscribe the pattern", MODE);
    th_ok(wait_recs(&hp.unsub, 1, 5000) && numpat() == 0, "%s: prefix: app:n* left the server", MODE);
    th_ok(hc.late + hp.late + hc.bad + hp.bad + hs.bad == 0, "%s: prefix: nothing stray", MODE);
    h_reset(&hc, "", 0); h_reset(&hp, "", 0); h_reset(&hs, "", 0);
    drop(sc); drop(pc);
}

/* ---------------------------------------------------- freeing the client */
static ar_client *fr_client;
static int fr_after;
static void fr_hook(ar_client *c, hrec *h, const ar_message *m) {
    (void)m; (void)h;
    if (!fr_client) { fr_after++; return; }
    ar_client_free(c);
    fr_client = NULL;
}
static int c_fr(void *a) { (void)a; return fr_client == NULL; }
static void test_free(void) {
    ar_options o = opts(srv.port, NULL);
    ar_client *sc = mk(&o), *pc = mk_pub();
    hrec h1, h2, h3, h4;
    static const char *const names[] = { "fr.a", "fr.b" };
    long long rx;
    int ok;
    memset(&h1, 0, sizeof h1); memset(&h2, 0, sizeof h2); memset(&h3, 0, sizeof h3); memset(&h4, 0, sizeof h4);
    h_reset(&h1, "h1", AR_SUB_CHANNEL); h_reset(&h2, "h2", AR_SUB_CHANNEL); h_reset(&h3, "h3", AR_SUB_CHANNEL);
    h_reset(&h4, "h4", AR_SUB_PATTERN);
    if (!th_ok(sc && pc, "%s: free: clients", MODE)) { drop(sc); drop(pc); return; }
    /* 1. freed right after subscribing: on_confirm once, AR_ERR_CLOSED */
    sub(sc, &h1, 2, names);
    drop(sc);
    th_ok(h1.confirm.calls == 1 && h1.confirm.err == AR_ERR_CLOSED, "%s: free: a pending on_confirm ran once with "
          "AR_ERR_CLOSED (%d, %s)", MODE, h1.confirm.calls, ar_strerror(h1.confirm.err));
    /* 2. freed inside on_message with more messages queued, a SUBSCRIBE and an
       UNSUBSCRIBE pending */
    sc = mk(&o);
    fr_client = sc; fr_after = 0;
    h2.hook = fr_hook;
    sub1(sc, &h2, "fr.a");
    sub1(sc, &h3, "fr.b");
    th_ok(wait_recs(&h2.confirm, 1, 5000) && wait_recs(&h3.confirm, 1, 5000), "%s: free: subscribed again", MODE);
    rx = raw_publish_many("PUBLISH", 100, pu_payload, 64); /* pu.a / pu.b: nobody */
    th_is_int(raw_pub("PUBLISH", "fr.a", "1"), 1, "%s: free: fr.a published", MODE);
    th_is_int(raw_pub("PUBLISH", "fr.a", "2"), 1, "%s: free: again", MODE);
    (void)rx;
    h4.pattern = "fr.*"; h4.patlen = 4;
    sub1(sc, &h4, "fr.*");       /* its confirmation comes after the two messages */
    unsub(&h3, 0, NULL);         /* so does this one's */
    ok = drv_run_until(&D, c_fr, NULL, 5000);
    th_ok(ok && h2.got == 1 && fr_after == 0, "%s: free: freed inside on_message: no message after (%ld)", MODE, h2.got);
    th_ok(h4.confirm.calls == 1 && h4.confirm.err == AR_ERR_CLOSED, "%s: free: the pending on_confirm ran once, "
          "AR_ERR_CLOSED (%s)", MODE, ar_strerror(h4.confirm.err));
    th_ok(h3.unsub.calls == 1 && h3.unsub.err == AR_ERR_CLOSED, "%s: free: the pending unsubscribe callback once, "
          "AR_ERR_CLOSED (%s)", MODE, ar_strerror(h3.unsub.err));
    drv_forget(&D, sc);
    run_for(30);
    th_ok(h2.confirm.calls == 1 && h3.confirm.calls == 1 && h4.confirm.calls == 1 && h3.unsub.calls == 1 && h4.got == 0,
          "%s: free: nothing ran twice or after", MODE);
    h_reset(&h1, "", 0); h_reset(&h2, "", 0); h_reset(&h3, "", 0); h_reset(&h4, "", 0);
    drop(pc);
}

/* ---------------------------------------- refused by the server; giving up */
static void test_refused(void) {
    evs e;
    ar_options o = opts(srv.port, &e);
    ar_client *sc;
    hrec h, h2;
    rec r;
    int ok;
    char buf[256];
    th_raw(srv.port, buf, sizeof buf, "ACL", "SETUSER", "nochan", "on", ">pw", "~*", "resetchannels", "&ok.*", "+@all", (char *)NULL);
    o.username = "nochan"; o.password = "pw";
    sc = mk(&o);
    memset(&h, 0, sizeof h); memset(&h2, 0, sizeof h2);
    h_reset(&h, "refused", AR_SUB_CHANNEL); h_reset(&h2, "ok", AR_SUB_CHANNEL);
    if (!th_ok(sc && ping_ok(sc, 5000), "%s: refused: client (ACL user nochan: channels ok.* only)", MODE)) { drop(sc); return; }
    sub1(sc, &h2, "ok.1");
    sub1(sc, &h, "secret");
    ok = wait_recs(&h.confirm, 1, 5000) && wait_recs(&h2.confirm, 1, 5000);
    th_ok(ok && h.confirm.type == AR_REPLY_ERROR && strncmp(h.confirm.str, "NOPERM", 6) == 0,
          "%s: refused: on_confirm gets the server's error (%s)", MODE, h.confirm.str);
    th_ok(h2.confirm.type == AR_REPLY_INTEGER, "%s: refused: the allowed one confirmed", MODE);
    th_ok(ar_client_modes(sc) & AR_MODE_SUBSCRIBED, "%s: refused: still subscribed (ok.1)", MODE);
    memset(&r, 0, sizeof r);
    ok = ar_unsubscribe_all(sc, rec_cb, &r) == AR_OK && wait_recs(&r, 1, 5000);
    th_ok(ok && r.type == AR_REPLY_INTEGER && r.integer == 0, "%s: refused: unsubscribe all: 0 left (the refused "
          "name was never held)", MODE);
    th_is_int(ar_client_modes(sc) & AR_MODE_SUBSCRIBED, 0, "%s: refused: normal mode (the refused handle is gone)", MODE);
    memset(&r, 0, sizeof r);
    th_ok(cmd_wait(sc, &r, "GET %s", "x") && r.type == AR_REPLY_NIL, "%s: refused: GET works", MODE);
    th_is_int(h.confirm.calls + h2.confirm.calls, 2, "%s: refused: on_confirm once each", MODE);
    h_reset(&h, "", 0); h_reset(&h2, "", 0);
    drop(sc);

    /* the same, subscribed before the first connection is up */
    o = opts(srv.port, &e);
    o.username = "nochan"; o.password = "pw";
    sc = mk(&o);
    h_reset(&h, "refused", AR_SUB_CHANNEL);
    if (!th_ok(sc != NULL, "%s: refused early: client", MODE)) return;
    sub1(sc, &h, "secret");
    ok = wait_recs(&h.confirm, 1, 5000);
    th_ok(ok && h.confirm.calls == 1, "%s: refused early: on_confirm once", MODE);
    th_ok(h.confirm.type == AR_REPLY_ERROR && strncmp(h.confirm.str, "NOPERM", 6) == 0,
              "%s: refused early: on_confirm gets the server's error (%s)", MODE, h.confirm.str);
    run_for(100);
    th_ok(ar_client_state(sc) == AR_STATE_CONNECTED && e.disconnects == 0,
              "%s: refused early: the connection stays up (state %d, %d disconnects, %s)", MODE,
              (int)ar_client_state(sc), e.disconnects, ar_client_errstr(sc));
    th_is_int(ar_client_modes(sc) & AR_MODE_SUBSCRIBED, 0, "%s: refused early: the refused handle is gone", MODE);
    h_reset(&h, "", 0);
    drop(sc);
}

/* a client that gives up: the SUBSCRIBE it never sent fails once and the
   handle is gone (brief: "with r->err ... the handle is gone after the
   callback") */
static void test_giveup(void) {
    evs e;
    int port = th_free_port();
    ar_options o = opts(port, &e);
    ar_client *sc;
    hrec h;
    memset(&RS, 0, sizeof RS);
    o.reconnect_max_attempts = 2;
    o.on_resubscribe = rs_resub;
    sc = mk(&o);
    memset(&h, 0, sizeof h);
    h_reset(&h, "giveup", AR_SUB_CHANNEL);
    if (!th_ok(sc != NULL, "%s: give up: client to a port nobody listens on", MODE)) return;
    th_is_int(sub1(sc, &h, "gu"), AR_OK, "%s: give up: ar_subscribe accepted offline", MODE);
    th_ok(wait_state(sc, AR_STATE_DISCONNECTED, 10000), "%s: give up: the client gave up", MODE);
    run_for(20);
    th_ok(h.confirm.calls == 1 && h.confirm.err != AR_OK, "%s: give up: on_confirm once with an error (%s)", MODE,
          ar_strerror(h.confirm.err));
    th_is_int(ar_client_modes(sc) & AR_MODE_SUBSCRIBED, 0, "%s: give up: the failed handle is gone: not subscribed", MODE);
    h_reset(&h, "", 0);
    drop(sc);
}

/* the server's count of subscriptions belongs to a connection: a new one,
   holding none, reads its replies as replies */
static void test_stale_count(void) {
    evs e;
    ar_options o = opts(srv.port, &e);
    ar_client *sc;
    hrec h;
    rec r;
    int ok;
    char buf[256];
    o.no_reconnect = 1;
    o.request_timeout_ms = 1500;
    o.client_name = "stale";
    sc = mk(&o);
    memset(&h, 0, sizeof h);
    h_reset(&h, "stale", AR_SUB_CHANNEL);
    if (!th_ok(sc != NULL, "%s: new connection: client", MODE)) return;
    sub1(sc, &h, "st.a");
    th_ok(wait_recs(&h.confirm, 1, 5000), "%s: new connection: subscribed", MODE);
    th_raw(srv.port, buf, sizeof buf, "CLIENT", "KILL", "TYPE", "pubsub", (char *)NULL);
    th_ok(wait_state(sc, AR_STATE_DISCONNECTED, 5000), "%s: new connection: lost, no reconnect: given up", MODE);
    memset(&r, 0, sizeof r);
    ok = ar_unsubscribe_all(sc, rec_cb, &r) == AR_OK && wait_recs(&r, 1, 5000);
    th_ok(ok, "%s: new connection: unsubscribed while down (%s)", MODE, r.err ? ar_strerror(r.err) : "ok");
    th_is_int(ar_client_modes(sc) & AR_MODE_SUBSCRIBED, 0, "%s: new connection: normal mode", MODE);
    th_is_int(ar_client_reconnect(sc), AR_OK, "%s: new connection: ar_client_reconnect", MODE);
    th_ok(wait_state(sc, AR_STATE_CONNECTED, 5000), "%s: new connection: connected again", MODE);
    th_raw(srv.port, buf, sizeof buf, "DEL", "st:list", (char *)NULL);
    th_raw(srv.port, buf, sizeof buf, "RPUSH", "st:list", "message", "st.a", "payload", (char *)NULL);
    memset(&r, 0, sizeof r);
    ok = cmd_wait(sc, &r, "LRANGE %s 0 -1", "st:list");
    th_ok(ok && r.err == AR_OK && r.type == AR_REPLY_ARRAY && r.elements == 3,
          "%s: new connection: LRANGE answering [message, st.a, payload] is a reply, not a message (%s)", MODE,
          r.err ? ar_strerror(r.err) : ar_reply_type_name(r.type));
    th_is_int(h.got, 0, "%s: new connection: no message delivered", MODE);
    h_reset(&h, "", 0);
    drop(sc);
}

/* ------------------------------------------------------------ edges */
/* inside on_message: the handle lets go of everything (freed inside its own
   callback) while the same message still goes to a second handle */
static void self_unsub_hook(ar_client *c, hrec *h, const ar_message *m) {
    (void)c; (void)m;
    if (h->got == 2 && !h->gone && ar_sub_unsubscribe(h->s, 0, NULL, NULL, h_unsub, h) == AR_OK) h->gone = 1;
}
static void test_edges(void) {
    ar_options o = opts(srv.port, NULL);
    ar_client *sc = mk(&o), *pc = mk_pub();
    hrec ha, hb, hc, hp, hn, hbig;
    rec r;
    int ok, rc, i;
    char (*names)[24];
    const char **nv;
    memset(&ha, 0, sizeof ha); memset(&hb, 0, sizeof hb); memset(&hc, 0, sizeof hc);
    memset(&hp, 0, sizeof hp); memset(&hn, 0, sizeof hn); memset(&hbig, 0, sizeof hbig);
    if (!th_ok(sc && pc && ping_ok(sc, 5000), "%s: edges: clients", MODE)) { drop(sc); drop(pc); return; }

    /* 1. a handle that lets go from inside its own callback, a second handle on the name */
    h_reset(&ha, "self", AR_SUB_CHANNEL); h_reset(&hb, "other", AR_SUB_CHANNEL);
    ha.hook = self_unsub_hook;
    sub1(sc, &ha, "ed.x"); sub1(sc, &hb, "ed.x");
    ok = wait_recs(&ha.confirm, 1, 5000) && wait_recs(&hb.confirm, 1, 5000);
    for (i = 0; i < 5; i++) pub(pc, "ed.x", 4, "m", 1);
    ok = ok && wait_got(&hb, 5, 5000) && wait_recs(&ha.unsub, 1, 5000);
    run_for(30);
    th_ok(ok && ha.got == 2 && ha.late == 0 && hb.got == 5, "%s: edges: a handle freed inside its own on_message "
          "gets nothing more, the other handle everything (%ld, %ld)", MODE, ha.got, hb.got);
    th_is_int(numsub("NUMSUB", "ed.x"), 1, "%s: edges: the name stays on the server for the other handle", MODE);

    /* 2. unsubscribe before the SUBSCRIBE is answered: on_confirm first, then the
       unsubscribe's callback; nothing delivered; the handle refuses a second call */
    h_reset(&hc, "early", AR_SUB_CHANNEL);
    sub1(sc, &hc, "ed.early");
    th_is_int(unsub(&hc, 0, NULL), AR_OK, "%s: edges: unsubscribe before the confirmation", MODE);
    g_in_submit = 1;
    rc = ar_sub_unsubscribe(hc.s, 0, NULL, NULL, rec_cb, &r);
    g_in_submit = 0;
    th_is_int(rc, AR_ERR_INVALID, "%s: edges: a second unsubscribe of a handle letting go is refused", MODE);
    ok = wait_recs(&hc.confirm, 1, 5000) && wait_recs(&hc.unsub, 1, 5000);
    th_ok(ok && hc.confirm.type == AR_REPLY_INTEGER && hc.unsub.type == AR_REPLY_INTEGER &&
          hc.confirm.seq < hc.unsub.seq, "%s: edges: on_confirm, then the unsubscribe callback, once each", MODE);
    th_is_int(numsub("NUMSUB", "ed.early"), 0, "%s: edges: the server does not hold it", MODE);

    /* 2b. a confirmed handle stays valid (refusing more) until its unsubscribe
       callback has run: after letting go of everything, and of its last name */
    {
        hrec hv, hw;
        static const char *const last[] = { "ed.last" };
        memset(&hv, 0, sizeof hv); memset(&hw, 0, sizeof hw);
        h_reset(&hv, "valid", AR_SUB_CHANNEL); h_reset(&hw, "last", AR_SUB_CHANNEL);
        sub1(sc, &hv, "ed.valid"); sub1(sc, &hw, "ed.last");
        ok = wait_recs(&hv.confirm, 1, 5000) && wait_recs(&hw.confirm, 1, 5000);
        th_ok(ok && unsub(&hv, 0, NULL) == AR_OK && unsub(&hw, 1, last) == AR_OK, "%s: edges: two confirmed handles let go", MODE);
        th_ok(ar_sub_names(hv.s) == 0 && ar_sub_names(hw.s) == 0, "%s: edges: both hold nothing (the handles are "
              "still valid before their callbacks)", MODE);
        th_ok(ar_sub_unsubscribe(hv.s, 0, NULL, NULL, rec_cb, &r) == AR_ERR_INVALID &&
              ar_sub_unsubscribe(hw.s, 1, last, NULL, rec_cb, &r) == AR_ERR_INVALID,
              "%s: edges: and refuse another unsubscribe", MODE);
        ok = wait_recs(&hv.unsub, 1, 5000) && wait_recs(&hw.unsub, 1, 5000);
        th_ok(ok && hv.unsub.calls == 1 && hw.unsub.calls == 1, "%s: edges: their callbacks once each", MODE);
        h_reset(&hv, "", 0); h_reset(&hw, "", 0);
    }

    /* 3. unsubscribing a name the handle does not hold: nothing for the server,
       the callback still once, on a later turn */
    h_reset(&hn, "none", AR_SUB_CHANNEL);
    sub1(sc, &hn, "ed.n");
    {
        static const char *const other[] = { "ed.other" };
        ok = wait_recs(&hn.confirm, 1, 5000);
        th_is_int(unsub(&hn, 1, other), AR_OK, "%s: edges: unsubscribe a name it does not hold", MODE);
        th_is_int(hn.unsub.calls, 0, "%s: edges: (not inside the call)", MODE);
        ok = ok && wait_recs(&hn.unsub, 1, 5000);
        th_ok(ok && hn.unsub.err == AR_OK && hn.unsub.type == AR_REPLY_INTEGER && ar_sub_names(hn.s) == 1,
              "%s: edges: its callback once, the handle keeps ed.n", MODE);
    }

    /* 4. a channel named like a pattern, and the pattern: each to its own handle */
    h_reset(&hp, "pat", AR_SUB_PATTERN); hp.pattern = "ed.*"; hp.patlen = 4;
    h_reset(&hb, "lit", AR_SUB_CHANNEL);
    sub1(sc, &hp, "ed.*"); sub1(sc, &hb, "ed.*");
    ok = wait_recs(&hp.confirm, 1, 5000) && wait_recs(&hb.confirm, 1, 5000);
    th_is_int(pub(pc, "ed.*", 4, "lit", 3), 2, "%s: edges: PUBLISH ed.*: the channel and the pattern", MODE);
    ok = ok && wait_got(&hp, 1, 5000) && wait_got(&hb, 1, 5000);
    th_ok(ok && hb.lastkind == AR_SUB_CHANNEL && hp.lastkind == AR_SUB_PATTERN && hp.bad == 0 && hb.bad == 0,
          "%s: edges: message to the channel handle, pmessage to the pattern handle", MODE);
    th_is_int(pub(pc, "ed.y", 4, "p", 1), 1, "%s: edges: PUBLISH ed.y: the pattern only", MODE);
    ok = wait_got(&hp, 2, 5000);
    run_for(20);
    th_ok(ok && hb.got == 1 && hp.got == 2, "%s: edges: (%ld, %ld)", MODE, hb.got, hp.got);

    /* 5. 10,000 names in one handle; replayed after CLIENT KILL */
    names = (char (*)[24])malloc(10000 * sizeof *names);
    nv = (const char **)malloc(10000 * sizeof *nv);
    for (i = 0; i < 10000; i++) { snprintf(names[i], sizeof names[i], "ed.big.%d", i); nv[i] = names[i]; }
    h_reset(&hbig, "big", AR_SUB_CHANNEL);
    sub(sc, &hbig, 10000, nv);
    ok = wait_recs(&hbig.confirm, 1, 10000);
    th_ok(ok && hbig.confirm.type == AR_REPLY_INTEGER && ar_sub_names(hbig.s) == 10000,
          "%s: edges: 10,000 channels in one handle (%lld on the connection)", MODE, hbig.confirm.integer);
    {
        char buf[64];
        memset(&RS, 0, sizeof RS);
        th_raw(srv.port, buf, sizeof buf, "CLIENT", "KILL", "TYPE", "pubsub", (char *)NULL);
        /* no on_resubscribe hook on this client: wait for the server to hold them again */
        for (i = 0; i < 200 && numsub("NUMSUB", "ed.big.9999") != 1; i++) run_for(20);
        th_ok(numsub("NUMSUB", "ed.big.0") == 1 && numsub("NUMSUB", "ed.big.9999") == 1 && numsub("NUMSUB", "ed.x") == 1,
              "%s: edges: all replayed after CLIENT KILL", MODE);
        {
            int pok = ping_ok(pc, 5000);
            long long rcv = pub(pc, "ed.big.5000", 11, "big", 3);
            ok = wait_got(&hbig, 1, 5000);
            th_ok(pok && rcv == 2 && ok, "%s: edges: and delivered (with ed.*) (%d %lld %ld %d)", MODE, pok, rcv, hbig.got, hbig.bad);
        }
    }
    memset(&r, 0, sizeof r);
    ok = ar_unsubscribe_all(sc, rec_cb, &r) == AR_OK && wait_recs(&r, 1, 10000);
    th_ok(ok && r.type == AR_REPLY_INTEGER && r.integer == 0 && numsub("NUMSUB", "ed.big.77") == 0,
          "%s: edges: everything let go in one call", MODE);
    free(names); free(nv);
    th_ok(ha.confirm.calls == 1 && hb.confirm.calls == 1 && hc.confirm.calls == 1 && hn.confirm.calls == 1 &&
          hp.confirm.calls == 1 && hbig.confirm.calls == 1 && ha.unsub.calls == 1 && hc.unsub.calls == 1 &&
          hn.unsub.calls == 1 && r.calls == 1, "%s: edges: every callback exactly once", MODE);

    /* 6. ar_client_close while subscribed: drains and frees itself */
    h_reset(&ha, "close", AR_SUB_CHANNEL);
    sub1(sc, &ha, "ed.close");
    ok = wait_recs(&ha.confirm, 1, 5000);
    ar_client_close(sc);
    ok = ok && (D.mode == DRV_PUMP ? 1 : 1);
    {
        int k;
        for (k = 0; k < 100; k++) {
            int alive = 0, j;
            run_for(10);
            for (j = 0; j < DRV_MAX; j++) if ((D.mode == DRV_PUMP && D.pump[j] == sc) || (D.mode == DRV_HOOKS && D.w[j].used && D.w[j].c == sc)) alive = 1;
            if (D.mode == DRV_LOOP) { ar_client *x; alive = 0; for (x = D.loop->clients; x; x = x->lnext) if (x == sc) alive = 1; }
            if (!alive) break;
        }
        th_ok(k < 100, "%s: edges: ar_client_close of a subscribed client finishes (freed)", MODE);
        if (k >= 100) drop(sc);
    }
    h_reset(&ha, "", 0); h_reset(&hb, "", 0); h_reset(&hc, "", 0); h_reset(&hp, "", 0); h_reset(&hn, "", 0); h_reset(&hbig, "", 0);
    drop(pc);
}

/* ------------------------------------------------------ zero allocation */
static long al_calls[2];
static void *ca_alloc(size_t n, void *u) { al_calls[*(int *)u]++; return malloc(n); }
static void *ca_realloc(void *p, size_t n, void *u) { al_calls[*(int *)u]++; return realloc(p, n); }
static void ca_free(void *p, void *u) { if (p) al_calls[*(int *)u]++; free(p); }
static int al_idx0 = 0, al_idx1 = 1;
static size_t warm_payload(long i, char *buf, size_t cap, const char **chan, size_t *chanlen) {
    *chan = "al.warm"; *chanlen = 7;
    memset(buf, 'w', cap);
    buf[0] = (char)('0' + i % 10);
    return cap;
}
static void test_alloc(void) {
    ar_allocator a0, a1;
    ar_options o = opts(srv.port, NULL), po = opts(srv.port, NULL);
    ar_client *sc, *pc;
    hrec h[4];
    pubrun p;
    flood_w w;
    long want, k, calls;
    int i, ok;
    static const char *const p1 = "fl.c1*", *const p2 = "fl.c[02468]";
    a0.alloc = ca_alloc; a0.realloc = ca_realloc; a0.free = ca_free; a0.user = &al_idx0;
    a1 = a0; a1.user = &al_idx1;
    o.allocator = &a0; po.allocator = &a1;
    al_calls[0] = al_calls[1] = 0;
    sc = mk(&o); pc = mk(&po);
    memset(h, 0, sizeof h);
    if (!th_ok(sc && pc, "%s: alloc: clients with counting allocators", MODE)) { drop(sc); drop(pc); return; }
    h_reset(&h[0], "A", AR_SUB_CHANNEL); h[0].chmask = 0x00ffull;
    h_reset(&h[1], "B", AR_SUB_CHANNEL); h[1].chmask = 0xff00ull;
    h_reset(&h[2], "P1", AR_SUB_PATTERN); h[2].chmask = P1_MASK; h[2].pattern = p1; h[2].patlen = strlen(p1);
    h_reset(&h[3], "P2", AR_SUB_PATTERN); h[3].chmask = P2_MASK; h[3].pattern = p2; h[3].patlen = strlen(p2);
    sub(sc, &h[0], 8, fl_names); sub(sc, &h[1], 8, fl_names + 8); sub(sc, &h[2], 1, &p1); sub(sc, &h[3], 1, &p2);
    ok = wait_recs(&h[3].confirm, 1, 5000);
    th_ok(ok, "%s: alloc: subscribed", MODE);
    /* warm-up: 20,000 messages */
    memset(&p, 0, sizeof p);
    p.c = pc; p.total = 20000;
    for (want = 0, k = 0; k < p.total; k++) want += fl_receivers((int)(k % NCH));
    pubrun_batch(&p);
    w.p = &p; w.h = h; w.nh = 4; w.want = want;
    ok = drv_run_until(&D, c_flood, &w, 60000);
    th_ok(ok, "%s: alloc: warm-up: 20,000 messages", MODE);
    /* and one 100 KB message: the read buffer grows to 128 KB. A stream grows
       it so once anyway: a full 64 KB read that ends inside a message keeps
       that part and reads the next 64 KB behind it (when that first happens
       depends on timing); after that it never needs to grow again */
    {
        hrec hw;
        static const char *const warm[] = { "al.warm" };
        memset(&hw, 0, sizeof hw);
        h_reset(&hw, "warm", AR_SUB_CHANNEL);
        sub(sc, &hw, 1, warm);
        ok = wait_recs(&hw.confirm, 1, 5000) && raw_publish_many("PUBLISH", 1, warm_payload, 100000) == 1 &&
             wait_got(&hw, 1, 20000);
        th_ok(ok && hw.lastpaylen == 100000, "%s: alloc: warm-up: a 100 KB message", MODE);
        unsub(&hw, 0, NULL);
        ok = wait_recs(&hw.unsub, 1, 5000);
        h_reset(&hw, "", 0);
    }
    calls = al_calls[0];
    /* 100,000 more: the subscriber's allocator must not be called */
    p.total = 120000;
    for (k = 20000; k < p.total; k++) want += fl_receivers((int)(k % NCH));
    w.want = want;
    pubrun_batch(&p);
    ok = drv_run_until(&D, c_flood, &w, 120000);
    {
        long got = 0, dis = 0;
        for (i = 0; i < 4; i++) { got += h[i].got; dis += h[i].disorder + h[i].bad; }
        th_ok(ok && got == want && dis == 0, "%s: alloc: 100,000 more messages delivered (%ld deliveries)", MODE, got);
    }
    th_is_int(al_calls[0] - calls, 0, "%s: alloc: zero allocator calls in the subscriber for 100,000 messages "
              "(%ld deliveries)", MODE, want);
    th_ok(calls > 0 && al_calls[1] > 0, "%s: alloc: the counting allocators were used at all (%ld, %ld)", MODE, calls,
          al_calls[1]);
    for (i = 0; i < 4; i++) h_reset(&h[i], "", 0);
    drop(sc); drop(pc);
}

/* ------------------------------------------------------------- tick */
#define TICK_MAX 4096
static long tk_msgs[TICK_MAX];
static int tk_n;
static hrec tk_h;
static void tk_cb(ar_timer *t, void *ud) {
    (void)t; (void)ud;
    if (tk_n < TICK_MAX) tk_msgs[tk_n++] = tk_h.got;
}
static size_t tk_payload(long i, char *buf, size_t cap, const char **chan, size_t *chanlen) {
    *chan = "tk"; *chanlen = 2;
    memset(buf, 't', cap);
    snprintf(buf, 16, "%ld", i);
    return cap;
}
static int c_tk(void *a) { return tk_h.got >= *(long *)a; }
/* one attempt: 1 if the timer kept ticking while the flood came in */
static int tick_attempt(long n, int verbose) {
    ar_timer t;
    pid_t pid;
    long want = tk_h.got + n, base = tk_h.got, maxgap = 0, during = 0;
    int i, status, first = -1, last = -1, ok;
    tk_n = 0;
    ar_timer_init(D.loop, &t);
    ar_timer_start(&t, 10, 10, tk_cb, NULL);
    pid = fork();
    if (pid == 0) {
        long long rx = raw_publish_many("PUBLISH", n, tk_payload, 512);
        _exit(rx == n ? 0 : 1);
    }
    ok = drv_run_until(&D, c_tk, &want, 60000);
    ar_timer_stop(&t);
    waitpid(pid, &status, 0);
    if (!ok) { th_diag("tick: %ld of %ld messages", tk_h.got - base, n); return 0; }
    /* the ticks that fell between the first and the last message */
    for (i = 0; i < tk_n; i++) {
        if (tk_msgs[i] > base && first < 0) first = i;
        if (tk_msgs[i] < want) last = i;
    }
    for (i = first; first >= 0 && i <= last; i++) {
        long d = tk_msgs[i] - (i ? tk_msgs[i - 1] : base);
        if (d > maxgap) maxgap = d;
        during++;
    }
    (void)verbose;
    th_note("tick: %ld messages, %d ticks in all, %ld while they arrived, at most %ld messages between two ticks",
                n, tk_n, during, maxgap);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0 && during >= 20 && maxgap <= n / 4;
}
static void test_tick(void) {
    ar_options o = opts(srv.port, NULL);
    ar_client *sc = mk(&o);
    int attempt, ok = 0;
    h_reset(&tk_h, "tick", AR_SUB_CHANNEL);
    if (!th_ok(sc != NULL, "%s: tick: client", MODE)) return;
    sub1(sc, &tk_h, "tk");
    th_ok(wait_recs(&tk_h.confirm, 1, 5000), "%s: tick: subscribed", MODE);
    for (attempt = 1; attempt <= 3 && !ok; attempt++) ok = tick_attempt(200000, attempt == 3);
    th_ok(ok, "%s: tick: a 10 ms timer kept firing while 200,000 messages arrived: >= 20 ticks, none with more "
          "than a quarter of the flood since the last (attempts: %d)", MODE, attempt - 1);
    th_is_int(tk_h.bad, 0, "%s: tick: nothing stray", MODE);
    h_reset(&tk_h, "", 0);
    drop(sc);
}

/* ------------------------------------------------------------- modes */
static void run_mode(drv_mode m) {
    drv_init(&D, m);
    th_note("---- drive mode: %s", drv_names[m]);
    test_flood();
    test_two_handles();
    test_binary();
    test_partial_flow();
    test_isolation();
    test_shard();
    test_prefix();
    test_free();
    test_edges();
    test_refused();
    test_alloc();
    test_slow();
    test_resubscribe();
    test_giveup();
    test_stale_count();
    if (m == DRV_LOOP) test_tick();
    drv_free(&D);
}

int main(void) {
    th_watchdog(600);
    count_sigpipes();
    if (th_server_start(&srv, NULL) != 0) th_bail("cannot start redis-server");
    run_mode(DRV_LOOP);
    run_mode(DRV_HOOKS);
    run_mode(DRV_PUMP);
    th_is_int(g_violations, 0, "no callback ever ran inside a submitting call");
    th_is_int(g_sigpipes, 0, "the library never raised SIGPIPE");
    th_server_stop(&srv);
    return th_done();
}
