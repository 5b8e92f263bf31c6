/* The generated arcmd_ wrappers (a C99 program: options structs filled with
   designated initialisers) against a real redis-server, one block per
   data-type group, and the reply helpers (INFO, field/value pairs, TIME)
   (TAP). Each wrapper call is judged twice: the argv it built (recorded at
   the wrapper's submission seam, ARCMD__SUBMIT, then submitted as usual)
   must be the one written next to it, and what the server answers or holds
   afterwards must be what that command does. Refused calls: the error code
   at once, nothing submitted, the callback never runs. Memory: a client with
   a counting allocator shows that an argv beyond the stack bound comes from
   the client's allocator and is given back, and that a refused allocation is
   AR_ERR_NOMEM. */
#include "harness.h"
#include "argv_render.h"
#include "../asyncredis.h"

/* the seam: every wrapper submits through here */
static char sent[16384];          /* the last argv (tests/argv_render.h) */
static const ar_cmd_opts *sent_call;
static const void *sent_argv;     /* where the argv array lived */
static void *watch_blk;           /* the allocator's last block when the argv was submitted */
static size_t watch_sz;
static int watch_freed;
static size_t n_alloc, n_free, watch_nalloc;   /* the counting allocator's counts */
static int rec_submit(ar_client *c, const ar_cmd_opts *co, ar_callback *cb, void *ud,
                      int argc, const char *const *argv, const size_t *argvlen);
#define ARCMD__SUBMIT rec_submit
#define ASYNCREDIS_IMPLEMENTATION
#include "../asyncredis_commands.h"


static void *last_blk;            /* the counting allocator's last block */
static size_t last_sz;
static int rec_submit(ar_client *c, const ar_cmd_opts *co, ar_callback *cb, void *ud,
                      int argc, const char *const *argv, const size_t *argvlen) {
    argv_render(sent, sizeof sent, argc, argv, argvlen);
    sent_call = co;
    sent_argv = argv;
    watch_blk = last_blk;
    watch_sz = last_sz;
    watch_freed = 0;
    watch_nalloc = n_alloc;
    return ar_command_argv_ex(c, co, cb, ud, argc, argv, argvlen);
}

static ar_loop *loop;
static ar_client *cli;
static ar_reply *last;     /* copy of the last reply */
static int fired;

static void on_reply(ar_client *c, const ar_reply *r, void *ud) {
    (void)c; (void)ud;
    if (last) ar_reply_free(last);
    last = ar_reply_dup(r, NULL);
    fired++;
}

static void reset(void) { sent[0] = 0; sent_call = NULL; sent_argv = NULL; }

/* a submission that returned rc: the argv sent must be want; wait for the reply */
static const ar_reply *run_(const char *want, int rc) {
    long long deadline = th_now_ms() + 5000;
    if (rc != AR_OK) {
        th_diag("submission refused: %s (%s)", ar_strerror(rc), ar_client_errstr(cli));
        return NULL;
    }
    if (strcmp(sent, want) != 0) {
        th_diag("argv sent: %s", sent);
        th_diag("expected:  %s", want);
        while (!fired && th_now_ms() < deadline) ar_loop_run_once(loop, 50);
        fired = 0;
        return NULL;
    }
    while (!fired && th_now_ms() < deadline) ar_loop_run_once(loop, 50);
    if (!fired) { th_diag("no reply"); return NULL; }
    fired = 0;
    return last;
}
#define RUN(want, call) (reset(), run_((want), (call)))

/* a refused call: rc at once, nothing submitted, no callback */
static int refused_(int rc, int want) {
    int ok = rc == want && sent[0] == 0;
    ar_loop_run_once(loop, 0);
    if (!ok) th_diag("rc %s, sent '%s'", ar_strerror(rc), sent);
    return ok && fired == 0;
}
#define REFUSED(call) (reset(), refused_((call), AR_ERR_INVALID))

#define A AR_STRS   /* count, array */
#define O(cmd, ...) (&(const arcmd_##cmd##_opts){ __VA_ARGS__ })
#define LL(v) (&(const long long){ v })
#define DBL(v) (&(const double){ v })
#define SZ(v) (&(const size_t){ v })

static int is_str(const ar_reply *r, const char *s) {
    int ok = r && r->err == AR_OK && (r->type == AR_REPLY_STRING || r->type == AR_REPLY_STATUS) &&
             r->len == strlen(s) && memcmp(r->str, s, r->len) == 0;
    if (!ok && r) th_diag("got type %s '%.*s'", ar_reply_type_name(r->type), (int)r->len, r->str ? r->str : "");
    return ok;
}

static int is_int(const ar_reply *r, long long v) {
    int ok = r && r->type == AR_REPLY_INTEGER && r->integer == v;
    if (!ok && r) th_diag("got type %s %lld '%.*s'", ar_reply_type_name(r->type), r->integer, (int)r->len, r->str ? r->str : "");
    return ok;
}

static int is_nil(const ar_reply *r) {
    int ok = r && r->type == AR_REPLY_NIL;
    if (!ok && r) th_diag("got type %s '%.*s'", ar_reply_type_name(r->type), (int)r->len, r->str ? r->str : "");
    return ok;
}

static int is_err(const ar_reply *r, const char *prefix) {
    int ok = r && r->type == AR_REPLY_ERROR && r->len >= strlen(prefix) && memcmp(r->str, prefix, strlen(prefix)) == 0;
    if (!ok && r) th_diag("got type %s '%.*s'", ar_reply_type_name(r->type), (int)r->len, r->str ? r->str : "");
    return ok;
}

static int is_arr(const ar_reply *r, size_t n) {
    int ok = r && r->type == AR_REPLY_ARRAY && r->elements == n;
    if (!ok && r) th_diag("got type %s, %d elements '%.*s'", ar_reply_type_name(r->type), (int)r->elements, (int)r->len, r->str ? r->str : "");
    return ok;
}

static int el_is(const ar_reply *r, size_t i, const char *s) {
    return r && r->type == AR_REPLY_ARRAY && i < r->elements && is_str(&r->element[i], s);
}

static int el_int(const ar_reply *r, size_t i, long long v) {
    return r && r->type == AR_REPLY_ARRAY && i < r->elements && is_int(&r->element[i], v);
}

/* the server's answer to a command sent without the wrappers (an oracle) */
static long long ttl_of(const char *cmd, const char *key) {
    const ar_reply *r;
    reset();
    r = run_("", ar_command(cli, on_reply, NULL, "%s %s", cmd, key));
    (void)r;
    return last && last->type == AR_REPLY_INTEGER ? last->integer : -99;
}

static void test_strings(void) {
    const ar_reply *r;
    long long t;
    th_ok(is_str(RUN("SET s:a v1", arcmd_set(cli, on_reply, NULL, "s:a", "v1", NULL)), "OK") &&
          is_str(RUN("GET s:a", arcmd_get(cli, on_reply, NULL, "s:a", NULL)), "v1"),
          "strings: SET k v / GET k, options NULL");
    th_ok(is_str(RUN("SET s:a v2 EX 100", arcmd_set(cli, on_reply, NULL, "s:a", "v2", O(set, .ex = LL(100)))), "OK") &&
          (t = ttl_of("TTL", "s:a")) > 90 && t <= 100, "strings: SET EX 100");
    th_ok(is_str(RUN("SET s:a v3 PX 100000", arcmd_set(cli, on_reply, NULL, "s:a", "v3", O(set, .px = LL(100000)))), "OK") &&
          (t = ttl_of("PTTL", "s:a")) > 90000 && t <= 100000, "strings: SET PX 100000");
    th_ok(is_str(RUN("SET s:a v4 EXAT 4102444800", arcmd_set(cli, on_reply, NULL, "s:a", "v4", O(set, .exat = LL(4102444800LL)))), "OK") &&
          (t = ttl_of("EXPIRETIME", "s:a")) == 4102444800LL, "strings: SET EXAT");
    th_ok(is_str(RUN("SET s:a v5 PXAT 4102444800123", arcmd_set(cli, on_reply, NULL, "s:a", "v5", O(set, .pxat = LL(4102444800123LL)))), "OK") &&
          (t = ttl_of("PEXPIRETIME", "s:a")) == 4102444800123LL, "strings: SET PXAT");
    th_ok(is_str(RUN("SET s:a v6 KEEPTTL", arcmd_set(cli, on_reply, NULL, "s:a", "v6", O(set, .keepttl = 1))), "OK") &&
          (t = ttl_of("PEXPIRETIME", "s:a")) == 4102444800123LL, "strings: SET KEEPTTL keeps the expiry");
    th_ok(is_str(RUN("SET s:a v7", arcmd_set(cli, on_reply, NULL, "s:a", "v7", NULL)), "OK") &&
          ttl_of("TTL", "s:a") == -1, "strings: SET without KEEPTTL drops the expiry");
    th_ok(is_nil(RUN("SET s:a v8 NX", arcmd_set(cli, on_reply, NULL, "s:a", "v8", O(set, .nx = 1)))) &&
          is_str(RUN("GET s:a", arcmd_get(cli, on_reply, NULL, "s:a", NULL)), "v7"),
          "strings: SET NX on an existing key: nil, value kept");
    th_ok(is_nil(RUN("SET s:new v XX", arcmd_set(cli, on_reply, NULL, "s:new", "v", O(set, .xx = 1)))) &&
          is_int(RUN("EXISTS s:new", arcmd_exists(cli, on_reply, NULL, A("s:new"), NULL)), 0),
          "strings: SET XX on a missing key: nil, not created");
    th_ok(is_str(RUN("SET s:a v9 XX GET EX 50", arcmd_set(cli, on_reply, NULL, "s:a", "v9", O(set, .xx = 1, .get = 1, .ex = LL(50)))), "v7") &&
          is_str(RUN("GET s:a", arcmd_get(cli, on_reply, NULL, "s:a", NULL)), "v9") && ttl_of("TTL", "s:a") > 40,
          "strings: SET XX GET EX: the old value back, the new one stored with its TTL");
    th_ok(is_err(RUN("SET s:a v EX 0", arcmd_set(cli, on_reply, NULL, "s:a", "v", O(set, .ex = LL(0)))), "ERR invalid expire time"),
          "strings: EX 0 is sent (a value is set by pointing at it, 0 included): the server refuses it");
    th_ok(REFUSED(arcmd_set(cli, on_reply, NULL, "s:a", "v", O(set, .nx = 1, .xx = 1))) &&
          strstr(ar_client_errstr(cli), "SET: at most one of nx, xx") != NULL,
          "strings: NX and XX together: AR_ERR_INVALID at once (%s)", ar_client_errstr(cli));
    th_ok(REFUSED(arcmd_set(cli, on_reply, NULL, "s:a", "v", O(set, .ex = LL(1), .keepttl = 1))),
          "strings: EX and KEEPTTL together: refused");
    th_ok(REFUSED(arcmd_get(cli, on_reply, NULL, NULL, NULL)), "strings: NULL key: refused");
    th_ok(REFUSED(arcmd_mset(cli, on_reply, NULL, A("a", "1", "b"), NULL)), "strings: MSET with an odd count: refused");
    /* binary safety: lengths by pointer (NULL: strlen) */
    th_ok(is_str(RUN("SET s:\\x00bin v\\x00v", arcmd_set(cli, on_reply, NULL, "s:\0bin", "v\0v", O(set, .key_len = SZ(6), .value_len = SZ(3)))), "OK") &&
          (r = RUN("GET s:\\x00bin", arcmd_get(cli, on_reply, NULL, "s:\0bin", O(get, .key_len = SZ(6))))) &&
          r->len == 3 && memcmp(r->str, "v\0v", 3) == 0, "strings: binary key and value with NULs round-trip");
    th_ok(is_str(RUN("SET s:empty \"\"", arcmd_set(cli, on_reply, NULL, "s:empty", "not sent", O(set, .value_len = SZ(0)))), "OK") &&
          is_int(RUN("STRLEN s:empty", arcmd_strlen(cli, on_reply, NULL, "s:empty", NULL)), 0),
          "strings: an explicit length 0 sends an empty argument");
    th_ok(is_str(RUN("MSET s:m1 1 s:m2 2", arcmd_mset(cli, on_reply, NULL, A("s:m1", "1", "s:m2", "2"), NULL)), "OK") &&
          (r = RUN("MGET s:m1 s:m2 s:none", arcmd_mget(cli, on_reply, NULL, A("s:m1", "s:m2", "s:none"), NULL))) &&
          is_arr(r, 3) && el_is(r, 1, "2") && r->element[2].type == AR_REPLY_NIL, "strings: MSET pairs, MGET");
    {
        const char *kv[] = { "s:b1", "x\0y", "s:b2", "" };
        size_t kl[] = { 4, 3, 4, 0 };
        th_ok(is_str(RUN("MSET s:b1 x\\x00y s:b2 \"\"", arcmd_mset(cli, on_reply, NULL, 4, kv, O(mset, .key_value_len = kl))), "OK") &&
              is_int(RUN("STRLEN s:b1", arcmd_strlen(cli, on_reply, NULL, "s:b1", NULL)), 3),
              "strings: MSET with a lengths array (binary and empty values)");
    }
    th_ok(is_int(RUN("INCR s:n", arcmd_incr(cli, on_reply, NULL, "s:n", NULL)), 1) &&
          is_int(RUN("INCRBY s:n -5", arcmd_incrby(cli, on_reply, NULL, "s:n", -5, NULL)), -4) &&
          is_str(RUN("INCRBYFLOAT s:n 2.5", arcmd_incrbyfloat(cli, on_reply, NULL, "s:n", 2.5, NULL)), "-1.5"),
          "strings: INCR, INCRBY (long long), INCRBYFLOAT (double)");
    th_ok(is_int(RUN("SETRANGE s:a 6 world", arcmd_setrange(cli, on_reply, NULL, "s:a", 6, "world", NULL)), 11) &&
          (r = RUN("GETRANGE s:a 0 -1", arcmd_getrange(cli, on_reply, NULL, "s:a", 0, -1, NULL))) &&
          r->len == 11 && memcmp(r->str, "v9\0\0\0\0world", 11) == 0, "strings: SETRANGE, GETRANGE with a negative index");
    RUN("EXPIRE s:a 100", arcmd_expire(cli, on_reply, NULL, "s:a", 100, NULL));
    th_ok((r = RUN("GETEX s:a PERSIST", arcmd_getex(cli, on_reply, NULL, "s:a", O(getex, .persist = 1)))) && r->len == 11 &&
          ttl_of("TTL", "s:a") == -1, "strings: GETEX PERSIST drops the expiry");
    {
        ar_cmd_opts co;
        memset(&co, 0, sizeof co);
        co.flags = AR_CMD_IDEMPOTENT;
        th_ok(is_str(RUN("GET s:m1", arcmd_get(cli, on_reply, NULL, "s:m1", O(get, .call = &co))), "1") && sent_call == &co,
              "per-call ar_cmd_opts reach the submission (o.call)");
    }
}

static void test_lists(void) {
    const ar_reply *r;
    th_ok(is_int(RUN("RPUSH l:a a b c a b a", arcmd_rpush(cli, on_reply, NULL, "l:a", A("a", "b", "c", "a", "b", "a"), NULL)), 6),
          "lists: RPUSH several");
    th_ok(is_int(RUN("LPUSH l:a z y", arcmd_lpush(cli, on_reply, NULL, "l:a", A("z", "y"), NULL)), 8), "lists: LPUSH several");
    r = RUN("LRANGE l:a 0 -1", arcmd_lrange(cli, on_reply, NULL, "l:a", 0, -1, NULL));
    th_ok(is_arr(r, 8) && el_is(r, 0, "y") && el_is(r, 7, "a"), "lists: LRANGE");
    th_ok(is_int(RUN("LPOS l:a a", arcmd_lpos(cli, on_reply, NULL, "l:a", "a", NULL)), 2), "lists: LPOS");
    th_ok(is_int(RUN("LPOS l:a a RANK 2", arcmd_lpos(cli, on_reply, NULL, "l:a", "a", O(lpos, .rank = LL(2)))), 5),
          "lists: LPOS RANK 2");
    th_ok(is_int(RUN("LPOS l:a a RANK -1", arcmd_lpos(cli, on_reply, NULL, "l:a", "a", O(lpos, .rank = LL(-1)))), 7),
          "lists: LPOS RANK -1");
    r = RUN("LPOS l:a a COUNT 0", arcmd_lpos(cli, on_reply, NULL, "l:a", "a", O(lpos, .count = LL(0))));
    th_ok(is_arr(r, 3) && el_int(r, 0, 2) && el_int(r, 2, 7), "lists: LPOS COUNT 0 (all matches: 0 is a value, not 'unset')");
    r = RUN("LPOS l:a a COUNT 5 MAXLEN 6", arcmd_lpos(cli, on_reply, NULL, "l:a", "a", O(lpos, .count = LL(5), .maxlen = LL(6))));
    th_ok(is_arr(r, 2) && el_int(r, 1, 5), "lists: LPOS COUNT MAXLEN");
    th_ok(is_int(RUN("LINSERT l:a BEFORE c x", arcmd_linsert(cli, on_reply, NULL, "l:a", "BEFORE", "c", "x", NULL)), 9) &&
          is_int(RUN("LINSERT l:a after c w", arcmd_linsert(cli, on_reply, NULL, "l:a", "after", "c", "w", NULL)), 10),
          "lists: LINSERT with a token choice (any case)");
    th_ok(REFUSED(arcmd_linsert(cli, on_reply, NULL, "l:a", "MIDDLE", "c", "x", NULL)) &&
          strstr(ar_client_errstr(cli), "LINSERT") != NULL, "lists: a choice that is not a token: refused (%s)", ar_client_errstr(cli));
    th_ok(is_str(RUN("LMOVE l:a l:b LEFT RIGHT", arcmd_lmove(cli, on_reply, NULL, "l:a", "l:b", "LEFT", "RIGHT", NULL)), "y"),
          "lists: LMOVE");
    r = RUN("BLPOP l:none l:b 0.5", arcmd_blpop(cli, on_reply, NULL, A("l:none", "l:b"), 0.5, NULL));
    th_ok(is_arr(r, 2) && el_is(r, 0, "l:b") && el_is(r, 1, "y"), "lists: BLPOP keys then a double timeout");
    r = RUN("LMPOP 2 l:none l:a LEFT COUNT 2", arcmd_lmpop(cli, on_reply, NULL, A("l:none", "l:a"), "LEFT", O(lmpop, .count = LL(2))));
    th_ok(is_arr(r, 2) && el_is(r, 0, "l:a") && is_arr(&r->element[1], 2) && el_is(&r->element[1], 0, "z"),
          "lists: LMPOP numkeys filled in from the key array, COUNT");
    th_ok(REFUSED(arcmd_lmpop(cli, on_reply, NULL, 0, NULL, "LEFT", NULL)), "lists: an empty required key array: refused");
}

static void test_sets(void) {
    const ar_reply *r;
    th_ok(is_int(RUN("SADD t:a 1 2 3", arcmd_sadd(cli, on_reply, NULL, "t:a", A("1", "2", "3"), NULL)), 3) &&
          is_int(RUN("SADD t:b 2 3 4", arcmd_sadd(cli, on_reply, NULL, "t:b", A("2", "3", "4"), NULL)), 3), "sets: SADD");
    th_ok(is_int(RUN("SINTERCARD 2 t:a t:b", arcmd_sintercard(cli, on_reply, NULL, A("t:a", "t:b"), NULL)), 2) &&
          is_int(RUN("SINTERCARD 2 t:a t:b LIMIT 1", arcmd_sintercard(cli, on_reply, NULL, A("t:a", "t:b"), O(sintercard, .limit = LL(1)))), 1),
          "sets: SINTERCARD, LIMIT");
    r = RUN("SMISMEMBER t:a 1 9", arcmd_smismember(cli, on_reply, NULL, "t:a", A("1", "9"), NULL));
    th_ok(is_arr(r, 2) && el_int(r, 0, 1) && el_int(r, 1, 0), "sets: SMISMEMBER");
    th_ok(is_int(RUN("SMOVE t:a t:b 1", arcmd_smove(cli, on_reply, NULL, "t:a", "t:b", "1", NULL)), 1) &&
          is_int(RUN("SCARD t:b", arcmd_scard(cli, on_reply, NULL, "t:b", NULL)), 4), "sets: SMOVE, SCARD");
    r = RUN("SSCAN t:b 0 MATCH [34] COUNT 100", arcmd_sscan(cli, on_reply, NULL, "t:b", "0", O(sscan, .match = "[34]", .count = LL(100))));
    th_ok(is_arr(r, 2) && is_arr(&r->element[1], 2), "sets: SSCAN MATCH COUNT");
}

static void test_zsets(void) {
    const ar_reply *r;
    th_ok(is_int(RUN("ZADD z:a 1 one 2 two 3 three", arcmd_zadd(cli, on_reply, NULL, "z:a", A("1", "one", "2", "two", "3", "three"), NULL)), 3),
          "sorted sets: ZADD score/member pairs");
    th_ok(is_int(RUN("ZADD z:a NX 9 one 4 four", arcmd_zadd(cli, on_reply, NULL, "z:a", A("9", "one", "4", "four"), O(zadd, .nx = 1))), 1) &&
          is_str(RUN("ZSCORE z:a one", arcmd_zscore(cli, on_reply, NULL, "z:a", "one", NULL)), "1"),
          "sorted sets: ZADD NX adds only new members");
    th_ok(is_int(RUN("ZADD z:a XX CH 5 one 5 five", arcmd_zadd(cli, on_reply, NULL, "z:a", A("5", "one", "5", "five"), O(zadd, .xx = 1, .ch = 1))), 1) &&
          is_nil(RUN("ZSCORE z:a five", arcmd_zscore(cli, on_reply, NULL, "z:a", "five", NULL))),
          "sorted sets: ZADD XX CH updates only existing members and counts changes");
    th_ok(is_int(RUN("ZADD z:a GT CH 4 one 6 two", arcmd_zadd(cli, on_reply, NULL, "z:a", A("4", "one", "6", "two"), O(zadd, .gt = 1, .ch = 1))), 1) &&
          is_str(RUN("ZSCORE z:a one", arcmd_zscore(cli, on_reply, NULL, "z:a", "one", NULL)), "5"),
          "sorted sets: ZADD GT: only a greater score updates");
    th_ok(is_int(RUN("ZADD z:a LT CH 7 three 1 four", arcmd_zadd(cli, on_reply, NULL, "z:a", A("7", "three", "1", "four"), O(zadd, .lt = 1, .ch = 1))), 1) &&
          is_str(RUN("ZSCORE z:a three", arcmd_zscore(cli, on_reply, NULL, "z:a", "three", NULL)), "3"),
          "sorted sets: ZADD LT: only a lower score updates");
    th_ok(is_str(RUN("ZADD z:a INCR 2.5 one", arcmd_zadd(cli, on_reply, NULL, "z:a", A("2.5", "one"), O(zadd, .incr = 1))), "7.5"),
          "sorted sets: ZADD INCR answers the new score");
    th_ok(REFUSED(arcmd_zadd(cli, on_reply, NULL, "z:a", A("1", "x"), O(zadd, .gt = 1, .lt = 1))), "sorted sets: GT with LT: refused");
    th_ok(REFUSED(arcmd_zadd(cli, on_reply, NULL, "z:a", A("1", "x", "2"), NULL)), "sorted sets: a half pair: refused");
    th_ok(is_str(RUN("ZINCRBY z:a 1.5 four", arcmd_zincrby(cli, on_reply, NULL, "z:a", "1.5", "four", NULL)), "2.5"),
          "sorted sets: ZINCRBY");
    r = RUN("ZRANGE z:a +inf 2 BYSCORE REV LIMIT 0 2 WITHSCORES",
            arcmd_zrange(cli, on_reply, NULL, "z:a", "+inf", "2", O(zrange, .byscore = 1, .rev = 1, .limit_offset = LL(0), .limit_count = LL(2), .withscores = 1)));
    th_ok(is_arr(r, 4) && el_is(r, 0, "one") && el_is(r, 1, "7.5") && el_is(r, 2, "two"),
          "sorted sets: ZRANGE BYSCORE REV LIMIT 0 2 WITHSCORES");
    th_ok(REFUSED(arcmd_zrange(cli, on_reply, NULL, "z:a", "0", "1", O(zrange, .limit_offset = LL(0)))) &&
          strstr(ar_client_errstr(cli), "missing limit_count") != NULL, "sorted sets: LIMIT without its count: refused (%s)", ar_client_errstr(cli));
    th_ok(is_int(RUN("ZUNIONSTORE z:u 2 z:a z:a WEIGHTS 1 2 AGGREGATE MAX",
                     arcmd_zunionstore(cli, on_reply, NULL, "z:u", A("z:a", "z:a"), O(zunionstore, .weights_count = 2, .weights = (const char *const[]){ "1", "2" }, .aggregate = "MAX"))), 4) &&
          is_str(RUN("ZSCORE z:u three", arcmd_zscore(cli, on_reply, NULL, "z:u", "three", NULL)), "6"),
          "sorted sets: ZUNIONSTORE numkeys filled in, WEIGHTS, AGGREGATE");
    r = RUN("ZMPOP 1 z:a MIN COUNT 2", arcmd_zmpop(cli, on_reply, NULL, A("z:a"), "MIN", O(zmpop, .count = LL(2))));
    th_ok(is_arr(r, 2) && el_is(r, 0, "z:a") && is_arr(&r->element[1], 2), "sorted sets: ZMPOP COUNT");
}

static void test_hashes(void) {
    const ar_reply *r, *k, *v;
    ar_pairs_iter it;
    int n = 0, ok = 1;
    th_ok(is_int(RUN("HSET h:a f1 v1 f2 v2 f3 v3", arcmd_hset(cli, on_reply, NULL, "h:a", A("f1", "v1", "f2", "v2", "f3", "v3"), NULL)), 3),
          "hashes: HSET several fields");
    th_ok(is_str(RUN("HGET h:a f2", arcmd_hget(cli, on_reply, NULL, "h:a", "f2", NULL)), "v2"), "hashes: HGET");
    th_ok(is_int(RUN("HINCRBY h:a n 7", arcmd_hincrby(cli, on_reply, NULL, "h:a", "n", 7, NULL)), 7), "hashes: HINCRBY");
    r = RUN("HGETALL h:a", arcmd_hgetall(cli, on_reply, NULL, "h:a", NULL));
    th_ok(ar_pairs_init(&it, r) == AR_OK, "reply helper: ar_pairs_init on HGETALL");
    while (ar_pairs_next(&it, &k, &v)) {
        n++;
        if (k->len == 2 && memcmp(k->str, "f3", 2) == 0 && !(v->len == 2 && memcmp(v->str, "v3", 2) == 0)) ok = 0;
    }
    th_ok(n == 4 && ok, "reply helper: ar_pairs_next iterates 4 field/value pairs");
    v = ar_pairs_get(r, "n", (size_t)-1);
    th_ok(v && v->len == 1 && v->str[0] == '7', "reply helper: ar_pairs_get");
    th_ok(ar_pairs_get(r, "nosuch", 6) == NULL, "reply helper: ar_pairs_get missing field");
    r = RUN("HSCAN h:a 0 MATCH f* COUNT 100", arcmd_hscan(cli, on_reply, NULL, "h:a", "0", O(hscan, .match = "f*", .count = LL(100))));
    th_ok(is_arr(r, 2) && is_arr(&r->element[1], 6), "hashes: HSCAN MATCH COUNT with a string cursor");
    r = RUN("HRANDFIELD h:a -6 WITHVALUES", arcmd_hrandfield(cli, on_reply, NULL, "h:a", O(hrandfield, .count = LL(-6), .withvalues = 1)));
    th_ok(is_arr(r, 12), "hashes: HRANDFIELD count WITHVALUES");
    th_ok(REFUSED(arcmd_hrandfield(cli, on_reply, NULL, "h:a", O(hrandfield, .withvalues = 1))),
          "hashes: WITHVALUES without count: refused");
    {
        ar_pairs_iter bad;
        ar_reply odd;
        memset(&odd, 0, sizeof odd);
        odd.type = AR_REPLY_ARRAY;
        odd.elements = 1;
        th_ok(ar_pairs_init(&bad, &odd) == AR_ERR_INVALID && !ar_pairs_next(&bad, &k, &v),
              "reply helper: odd array refused");
    }
}

static void test_generic(void) {
    const ar_reply *r;
    int i, seen = 0, rounds = 0;
    char cursor[32] = "0";
    th_ok(is_int(RUN("EXISTS s:a s:none l:a", arcmd_exists(cli, on_reply, NULL, A("s:a", "s:none", "l:a"), NULL)), 2), "keys: EXISTS");
    th_ok(is_int(RUN("EXPIRE s:m1 100", arcmd_expire(cli, on_reply, NULL, "s:m1", 100, NULL)), 1), "keys: EXPIRE");
    th_ok(is_int(RUN("EXPIRE s:m1 200 NX", arcmd_expire(cli, on_reply, NULL, "s:m1", 200, O(expire, .nx = 1))), 0) &&
          is_int(RUN("EXPIRE s:m2 200 NX", arcmd_expire(cli, on_reply, NULL, "s:m2", 200, O(expire, .nx = 1))), 1),
          "keys: EXPIRE NX only sets an expiry on a key without one");
    th_ok(is_int(RUN("EXPIRE s:m1 50 GT", arcmd_expire(cli, on_reply, NULL, "s:m1", 50, O(expire, .gt = 1))), 0) &&
          is_int(RUN("EXPIRE s:m1 50 LT", arcmd_expire(cli, on_reply, NULL, "s:m1", 50, O(expire, .lt = 1))), 1) &&
          is_int(RUN("EXPIRE s:none 50 XX", arcmd_expire(cli, on_reply, NULL, "s:none", 50, O(expire, .xx = 1))), 0),
          "keys: EXPIRE GT / LT / XX");
    th_ok(is_int(RUN("TTL s:m1", arcmd_ttl(cli, on_reply, NULL, "s:m1", NULL)), 50) || (last && last->integer > 45), "keys: TTL");
    th_ok(is_str(RUN("TYPE l:a", arcmd_type(cli, on_reply, NULL, "l:a", NULL)), "list"), "keys: TYPE");
    th_ok(is_int(RUN("COPY s:m2 s:m3", arcmd_copy(cli, on_reply, NULL, "s:m2", "s:m3", NULL)), 1) &&
          is_int(RUN("COPY s:m1 s:m3", arcmd_copy(cli, on_reply, NULL, "s:m1", "s:m3", NULL)), 0) &&
          is_int(RUN("COPY s:m1 s:m3 REPLACE", arcmd_copy(cli, on_reply, NULL, "s:m1", "s:m3", O(copy, .replace = 1))), 1),
          "keys: COPY, REPLACE");
    th_ok(RUN("OBJECT ENCODING l:a", arcmd_object_encoding(cli, on_reply, NULL, "l:a", NULL)) && last->type == AR_REPLY_STRING &&
          (strcmp(last->str, "listpack") == 0 || strcmp(last->str, "quicklist") == 0), "keys: OBJECT ENCODING (a subcommand)");
    /* SCAN MATCH COUNT TYPE: iterate to the end */
    do {
        char want[96];
        snprintf(want, sizeof want, "SCAN %s MATCH s:m* COUNT 2 TYPE string", cursor);
        r = RUN(want, arcmd_scan(cli, on_reply, NULL, cursor, O(scan, .match = "s:m*", .count = LL(2), .type = "string")));
        if (!is_arr(r, 2)) break;
        seen += (int)r->element[1].elements;
        snprintf(cursor, sizeof cursor, "%.*s", (int)r->element[0].len, r->element[0].str);
    } while (strcmp(cursor, "0") != 0 && ++rounds < 100);
    th_ok(strcmp(cursor, "0") == 0 && seen == 3, "keys: SCAN MATCH COUNT TYPE to the end: %d keys", seen);
    r = RUN("SCAN 0 MATCH l:* TYPE string", arcmd_scan(cli, on_reply, NULL, "0", O(scan, .match = "l:*", .type = "string")));
    th_ok(is_arr(r, 2) && r->element[1].elements == 0, "keys: SCAN TYPE filters");
    /* SORT BY LIMIT GET ASC ALPHA STORE */
    RUN("RPUSH so:l 3 1 2", arcmd_rpush(cli, on_reply, NULL, "so:l", A("3", "1", "2"), NULL));
    RUN("MSET so:w_1 30 so:w_2 20 so:w_3 10 so:n_1 one so:n_2 two so:n_3 three",
        arcmd_mset(cli, on_reply, NULL, A("so:w_1", "30", "so:w_2", "20", "so:w_3", "10", "so:n_1", "one", "so:n_2", "two", "so:n_3", "three"), NULL));
    r = RUN("SORT so:l BY so:w_* GET # GET so:n_*", arcmd_sort(cli, on_reply, NULL, "so:l", O(sort, .by = "so:w_*", .get_count = 2, .get = (const char *const[]){ "#", "so:n_*" })));
    th_ok(is_arr(r, 6) && el_is(r, 0, "3") && el_is(r, 1, "three") && el_is(r, 5, "one"), "keys: SORT BY GET GET (GET repeated per pattern)");
    r = RUN("SORT so:l LIMIT 1 2 ASC", arcmd_sort(cli, on_reply, NULL, "so:l", O(sort, .limit_offset = LL(1), .limit_count = LL(2), .asc = 1)));
    th_ok(is_arr(r, 2) && el_is(r, 0, "2") && el_is(r, 1, "3"), "keys: SORT LIMIT ASC");
    r = RUN("SORT so:l BY nosort GET so:n_* DESC ALPHA", arcmd_sort(cli, on_reply, NULL, "so:l", O(sort, .by = "nosort", .get_count = 1, .get = (const char *const[]){ "so:n_*" }, .desc = 1, .alpha = 1)));
    th_ok(is_arr(r, 3), "keys: SORT BY nosort GET DESC ALPHA");
    th_ok(is_int(RUN("SORT so:l ALPHA STORE so:out", arcmd_sort(cli, on_reply, NULL, "so:l", O(sort, .alpha = 1, .store = "so:out"))), 3) &&
          (r = RUN("LRANGE so:out 0 -1", arcmd_lrange(cli, on_reply, NULL, "so:out", 0, -1, NULL))) && el_is(r, 0, "1") && el_is(r, 2, "3"),
          "keys: SORT ALPHA STORE: the stored list");
    r = RUN("KEYS so:w_*", arcmd_keys(cli, on_reply, NULL, "so:w_*", NULL));
    th_ok(is_arr(r, 3), "keys: KEYS");
    th_ok(is_int(RUN("DEL s:m1 s:m2 s:m3 s:none", arcmd_del(cli, on_reply, NULL, A("s:m1", "s:m2", "s:m3", "s:none"), NULL)), 3),
          "keys: DEL several keys");
    (void)i;
}

/* a counting allocator: where the last block went, and whether it came back */
static int fail_next;
static void *c_alloc(size_t n, void *u) {
    void *p;
    (void)u;
    if (fail_next) { fail_next = 0; return NULL; }
    p = malloc(n);
    if (p) { n_alloc++; last_blk = p; last_sz = n; }
    return p;
}
static void *c_realloc(void *p, size_t n, void *u) {
    void *q;
    (void)u;
    if (fail_next) { fail_next = 0; return NULL; }
    q = realloc(p, n);
    if (q && !p) n_alloc++;
    return q;
}
static void c_free(void *p, void *u) {
    (void)u;
    if (!p) return;
    if (p == watch_blk) watch_freed = 1;
    n_free++;
    free(p);
}

static void test_memory(int port) {
    ar_options o;
    ar_allocator al;
    ar_client *mc;
    const char *why;
    const char *many[300];
    char names[300][16];
    char want[4096];
    size_t off, na, nf;
    int i, rc;
    al.alloc = c_alloc; al.realloc = c_realloc; al.free = c_free; al.user = NULL;
    memset(&o, 0, sizeof o);
    o.port = port;
    o.loop = loop;
    o.allocator = &al;
    mc = ar_connect_sync(&o, 5000, &why);
    if (!mc) { th_ok(0, "memory: connect with a counting allocator: %s", why); return; }
    off = (size_t)snprintf(want, sizeof want, "RPUSH m:big");
    for (i = 0; i < 300; i++) {
        snprintf(names[i], sizeof names[i], "e%d", i);
        many[i] = names[i];
        off += (size_t)snprintf(want + off, sizeof want - off, " %s", names[i]);
    }
    /* 302 arguments > ASYNCREDIS_CMD_STACK_ARGS (32) */
    reset();
    na = n_alloc;
    rc = arcmd_rpush(mc, on_reply, NULL, "m:big", 300, many, NULL);
    th_ok(rc == AR_OK && n_alloc > na && sent_argv && (const char *)sent_argv >= (const char *)watch_blk &&
          (const char *)sent_argv < (const char *)watch_blk + watch_sz && watch_freed,
          "memory: an argv of 302 arguments lives in a block from the client's allocator, freed before the wrapper returns");
    th_ok(is_int(run_(want, rc), 300), "memory: ... and the server got all 300 elements in order");
    /* the same from the stack: no allocation of the wrapper's own */
    reset();
    na = n_alloc; nf = n_free;
    rc = arcmd_lpos(mc, on_reply, NULL, "m:big", "e299", O(lpos, .rank = LL(1), .count = LL(1), .maxlen = LL(0)));
    th_ok(rc == AR_OK && sent_argv && watch_nalloc == na, "memory: a short argv stays on the stack (no allocation before the submission)");
    (void)na; (void)nf;
    th_ok((run_("LPOS m:big e299 RANK 1 COUNT 1 MAXLEN 0", rc), is_arr(last, 1) && el_int(last, 0, 299)),
          "memory: ... LPOS MAXLEN 0 (no limit) answers 299");
    /* the wrapper's allocation refused: AR_ERR_NOMEM, nothing sent, no callback, the list unchanged */
    reset();
    fail_next = 1;
    rc = arcmd_rpush(mc, on_reply, NULL, "m:big", 300, many, NULL);
    fail_next = 0;
    ar_loop_run_once(loop, 0);
    th_ok(rc == AR_ERR_NOMEM && sent[0] == 0 && fired == 0, "memory: the allocator refuses: AR_ERR_NOMEM at once, nothing sent (%s)",
          ar_strerror(rc));
    th_ok(is_int(RUN("LLEN m:big", arcmd_llen(mc, on_reply, NULL, "m:big", NULL)), 300), "memory: ... the list unchanged");
    th_ok(is_int(RUN("DEL m:big", arcmd_del(mc, on_reply, NULL, A("m:big"), NULL)), 1), "memory: cleanup");
    ar_client_free(mc);
    th_ok(n_alloc == n_free, "memory: every block of the client's allocator given back (%zu allocations)", n_alloc);
}

/* a raw connection (the oracle's): its id and address */
static int raw_client(int port, const char *name, long long *id, char *addr, size_t addrcap) {
    char out[4096];
    const char *p;
    int fd = th_raw_connect(port);
    if (fd < 0) return -1;
    if (th_raw_cmd(fd, out, sizeof out, "CLIENT", "SETNAME", name, (char *)NULL) < 0 ||
        th_raw_cmd(fd, out, sizeof out, "CLIENT", "ID", (char *)NULL) < 0 || th_reply_int(out, id) != 0 ||
        th_raw_cmd(fd, out, sizeof out, "CLIENT", "INFO", (char *)NULL) < 0 || !(p = strstr(out, " addr="))) {
        close(fd);
        return -1;
    }
    p += 6;
    snprintf(addr, addrcap, "%.*s", (int)strcspn(p, " "), p);
    return fd;
}

static int raw_gone(int fd) {
    char out[256];
    return th_raw_cmd(fd, out, sizeof out, "PING", (char *)NULL) < 0;
}

static void test_client_kill(int port) {
    long long id1 = 0, id2 = 0, id3 = 0, id4 = 0;
    char a1[64], a2[64], a3[64], a4[64], want[160];
    int f1 = raw_client(port, "victim1", &id1, a1, sizeof a1);
    int f2 = raw_client(port, "victim2", &id2, a2, sizeof a2);
    int f3 = raw_client(port, "victim3", &id3, a3, sizeof a3);
    int f4 = raw_client(port, "victim4", &id4, a4, sizeof a4);
    if (f1 < 0 || f2 < 0 || f3 < 0 || f4 < 0) { th_ok(0, "server: CLIENT KILL: raw clients"); return; }
    snprintf(want, sizeof want, "CLIENT KILL ID %lld", id1);
    th_ok(is_int(RUN(want, arcmd_client_kill(cli, on_reply, NULL, O(client_kill, .id = &id1))), 1) && raw_gone(f1) && !raw_gone(f2),
          "server: CLIENT KILL ID: that client is gone, another stays");
    snprintf(want, sizeof want, "CLIENT KILL ADDR %s SKIPME yes", a2);
    th_ok(is_int(RUN(want, arcmd_client_kill(cli, on_reply, NULL, O(client_kill, .addr = a2, .skipme = "yes"))), 1) && raw_gone(f2),
          "server: CLIENT KILL ADDR SKIPME");
    snprintf(want, sizeof want, "CLIENT KILL %s", a3);
    th_ok(is_str(RUN(want, arcmd_client_kill(cli, on_reply, NULL, O(client_kill, .ip_port = a3))), "OK") && raw_gone(f3),
          "server: CLIENT KILL ip:port (the old form)");
    th_ok(is_int(RUN("CLIENT KILL TYPE normal USER default SKIPME yes",
                     arcmd_client_kill(cli, on_reply, NULL, O(client_kill, .type = "normal", .user = "default", .skipme = "yes"))), 1) &&
          raw_gone(f4), "server: CLIENT KILL TYPE USER SKIPME: the other normal client, not this one");
    th_ok(is_str(RUN("PING", arcmd_ping(cli, on_reply, NULL, NULL)), "PONG"), "server: ... this client still answers");
    th_ok(REFUSED(arcmd_client_kill(cli, on_reply, NULL, O(client_kill, .ip_port = a1, .id = &id1))) &&
          REFUSED(arcmd_client_kill(cli, on_reply, NULL, NULL)), "server: CLIENT KILL old and new forms, or neither: refused");
    th_ok(REFUSED(arcmd_client_kill(cli, on_reply, NULL, O(client_kill, .type = "bogus"))), "server: CLIENT KILL TYPE bogus: refused");
    close(f1); close(f2); close(f3); close(f4);
}

static void test_server(int port) {
    const ar_reply *r;
    ar_info_iter it;
    ar_info_field f;
    const char *v;
    size_t vl;
    int nfields = 0, sawserver = 0;
    long long sec = 0, usec = 0;
    r = RUN("INFO", arcmd_info(cli, on_reply, NULL, NULL));
    th_ok(r && r->type == AR_REPLY_STRING, "server: INFO");
    th_ok(ar_info_init_reply(&it, r) == AR_OK, "reply helper: ar_info_init_reply");
    while (ar_info_next(&it, &f)) {
        nfields++;
        if (f.section_len == 6 && memcmp(f.section, "Server", 6) == 0 &&
            f.key_len == 13 && memcmp(f.key, "redis_version", 13) == 0 && f.value_len > 0) sawserver = 1;
    }
    th_ok(nfields > 50 && sawserver, "reply helper: INFO iterated (%d fields, sections)", nfields);
    th_ok(ar_info_find(r, "tcp_port", &v, &vl) && vl > 0, "reply helper: ar_info_find tcp_port");
    th_ok(ar_info_find(r, "executable", &v, &vl) && memchr(v, '/', vl), "reply helper: value with ':'/'/' kept whole");
    th_ok(!ar_info_find(r, "no_such_field", &v, &vl), "reply helper: missing field");
    r = RUN("INFO keyspace", arcmd_info(cli, on_reply, NULL, O(info, .section_count = 1, .section = (const char *const[]){ "keyspace" })));
    th_ok(ar_info_find(r, "db0", &v, &vl) && ar_info_subfield(v, vl, "keys", &v, &vl) && vl > 0 && v[0] >= '1',
          "reply helper: INFO keyspace db0 keys= subfield");
    {
        const char *t = "# Sec\r\na:1\r\nb:x=1,y=22\r\n\r\n# Two\r\nc:\r\n";
        const char *sv;
        size_t sl;
        int n = 0;
        ar_info_init(&it, t, strlen(t));
        while (ar_info_next(&it, &f)) n++;
        th_ok(n == 3 && f.section_len == 3 && memcmp(f.section, "Two", 3) == 0 && f.value_len == 0,
              "reply helper: INFO text parsing (sections, empty value)");
        th_ok(ar_info_subfield("x=1,y=22", 8, "y", &sv, &sl) && sl == 2 && memcmp(sv, "22", 2) == 0 &&
              !ar_info_subfield("x=1,y=22", 8, "z", &sv, &sl), "reply helper: ar_info_subfield");
    }
    r = RUN("TIME", arcmd_time(cli, on_reply, NULL, NULL));
    th_ok(ar_time_parse(r, &sec, &usec) == AR_OK && sec > 1600000000LL && usec >= 0 && usec < 1000000,
          "reply helper: ar_time_parse (%lld s %lld us)", sec, usec);
    th_ok(ar_time_parse(RUN("ECHO x", arcmd_echo(cli, on_reply, NULL, "x", NULL)), &sec, &usec) == AR_ERR_INVALID,
          "reply helper: TIME parse refuses a string");
    r = RUN("CONFIG GET maxmemory port", arcmd_config_get(cli, on_reply, NULL, A("maxmemory", "port"), NULL));
    th_ok(ar_pairs_get(r, "maxmemory", (size_t)-1) && ar_pairs_get(r, "port", 4), "server: CONFIG GET + pairs");
    th_ok(is_str(RUN("CLIENT SETNAME wrappers", arcmd_client_setname(cli, on_reply, NULL, "wrappers", NULL)), "OK") &&
          is_str(RUN("CLIENT GETNAME", arcmd_client_getname(cli, on_reply, NULL, NULL)), "wrappers"), "server: CLIENT SETNAME / GETNAME");
    th_ok(RUN("DBSIZE", arcmd_dbsize(cli, on_reply, NULL, NULL)) && last->type == AR_REPLY_INTEGER && last->integer > 5, "server: DBSIZE");
    th_ok(is_str(RUN("PING hi", arcmd_ping(cli, on_reply, NULL, O(ping, .message = "hi"))), "hi"), "server: PING with the optional message");
    test_client_kill(port);
}

static void test_streams(void) {
    const ar_reply *r;
    int i;
    th_ok(is_nil(RUN("XADD x:none NOMKSTREAM * f v", arcmd_xadd(cli, on_reply, NULL, "x:none", "*", A("f", "v"), O(xadd, .nomkstream = 1)))) &&
          is_int(RUN("EXISTS x:none", arcmd_exists(cli, on_reply, NULL, A("x:none"), NULL)), 0),
          "streams: XADD NOMKSTREAM on a missing stream: nil, not created");
    th_ok(is_str(RUN("XADD x:a 1-1 f v", arcmd_xadd(cli, on_reply, NULL, "x:a", "1-1", A("f", "v"), NULL)), "1-1"), "streams: XADD an explicit id");
    for (i = 2; i <= 5; i++) {
        char id[16], want[64];
        snprintf(id, sizeof id, "%d-1", i);
        snprintf(want, sizeof want, "XADD x:a %s f %s", id, id);
        RUN(want, arcmd_xadd(cli, on_reply, NULL, "x:a", id, A("f", id), NULL));
    }
    th_ok(is_int(RUN("XLEN x:a", arcmd_xlen(cli, on_reply, NULL, "x:a", NULL)), 5), "streams: XLEN 5");
    th_ok(RUN("XADD x:a MAXLEN = 3 * f w", arcmd_xadd(cli, on_reply, NULL, "x:a", "*", A("f", "w"), O(xadd, .strategy = "MAXLEN", .equal = 1, .threshold = "3"))) &&
          last->type == AR_REPLY_STRING && is_int(RUN("XLEN x:a", arcmd_xlen(cli, on_reply, NULL, "x:a", NULL)), 3),
          "streams: XADD MAXLEN = 3: trimmed to 3");
    th_ok(RUN("XADD x:a MAXLEN ~ 1 LIMIT 10 * f w", arcmd_xadd(cli, on_reply, NULL, "x:a", "*", A("f", "w"), O(xadd, .strategy = "MAXLEN", .approximately = 1, .threshold = "1", .limit = LL(10)))) &&
          last->type == AR_REPLY_STRING && is_int(RUN("XLEN x:a", arcmd_xlen(cli, on_reply, NULL, "x:a", NULL)), 4),
          "streams: XADD MAXLEN ~ 1 LIMIT 10: approximate (whole nodes only): nothing trimmed");
    th_ok(RUN("XADD x:a minid 5-0 * f m", arcmd_xadd(cli, on_reply, NULL, "x:a", "*", A("f", "m"), O(xadd, .strategy = "minid", .threshold = "5-0"))) &&
          last->type == AR_REPLY_STRING, "streams: XADD MINID (a choice in any case is sent as given)");
    r = RUN("XRANGE x:a - + COUNT 10", arcmd_xrange(cli, on_reply, NULL, "x:a", "-", "+", O(xrange, .count = LL(10))));
    th_ok(is_arr(r, 4) && r->element[0].type == AR_REPLY_ARRAY && el_is(&r->element[0], 0, "5-1"),
          "streams: XADD MINID 5-0 dropped the entries below 5-0 (XRANGE COUNT)");
    th_ok(REFUSED(arcmd_xadd(cli, on_reply, NULL, "x:a", "*", A("f", "v"), O(xadd, .threshold = "3"))),
          "streams: a threshold without MAXLEN/MINID: refused");
    th_ok(REFUSED(arcmd_xadd(cli, on_reply, NULL, "x:a", "*", A("f", "v"), O(xadd, .strategy = "MAXLEN", .equal = 1, .approximately = 1, .threshold = "3"))),
          "streams: = with ~: refused");
    th_ok(is_int(RUN("XTRIM x:a MAXLEN = 2", arcmd_xtrim(cli, on_reply, NULL, "x:a", "MAXLEN", "2", O(xtrim, .equal = 1))), 2), "streams: XTRIM MAXLEN =");
    th_ok(is_str(RUN("XGROUP CREATE x:g g 0 MKSTREAM", arcmd_xgroup_create(cli, on_reply, NULL, "x:g", "g", "0", O(xgroup_create, .mkstream = 1))), "OK"),
          "streams: XGROUP CREATE MKSTREAM");
    RUN("XADD x:g 1-1 f v", arcmd_xadd(cli, on_reply, NULL, "x:g", "1-1", A("f", "v"), NULL));
    r = RUN("XREADGROUP GROUP g c COUNT 5 STREAMS x:g >", arcmd_xreadgroup(cli, on_reply, NULL, "g", "c", A("x:g"), A(">"), O(xreadgroup, .count = LL(5))));
    th_ok(is_arr(r, 1) && is_arr(&r->element[0].element[1], 1), "streams: XREADGROUP COUNT STREAMS");
    r = RUN("XREAD COUNT 1 BLOCK 10 STREAMS x:a x:g 0 0", arcmd_xread(cli, on_reply, NULL, A("x:a", "x:g"), A("0", "0"), O(xread, .count = LL(1), .block = LL(10))));
    th_ok(is_arr(r, 2), "streams: XREAD COUNT BLOCK STREAMS two keys and two ids");
    r = RUN("XINFO STREAM x:a FULL", arcmd_xinfo_stream(cli, on_reply, NULL, "x:a", O(xinfo_stream, .full = 1)));
    th_ok(r && r->type == AR_REPLY_ARRAY && r->elements > 4, "streams: XINFO STREAM FULL (a block flag)");
    r = RUN("XINFO STREAM x:a FULL COUNT 1", arcmd_xinfo_stream(cli, on_reply, NULL, "x:a", O(xinfo_stream, .count = LL(1))));
    th_ok(r && r->type == AR_REPLY_ARRAY && r->elements > 4, "streams: XINFO STREAM FULL COUNT (COUNT implies its block)");
}

static void test_geo_hll_bits(void) {
    const ar_reply *r;
    th_ok(is_int(RUN("GEOADD geo:a 13.361389 38.115556 Palermo 15.087269 37.502669 Catania",
                     arcmd_geoadd(cli, on_reply, NULL, "geo:a", A("13.361389", "38.115556", "Palermo", "15.087269", "37.502669", "Catania"), NULL)), 2),
          "geo: GEOADD");
    r = RUN("GEODIST geo:a Palermo Catania KM", arcmd_geodist(cli, on_reply, NULL, "geo:a", "Palermo", "Catania", O(geodist, .km = 1)));
    th_ok(r && r->type == AR_REPLY_STRING && strncmp(r->str, "166.27", 6) == 0, "geo: GEODIST KM");
    r = RUN("GEOSEARCH geo:a FROMMEMBER Palermo BYRADIUS 200 km ASC COUNT 1 ANY WITHCOORD WITHDIST",
            arcmd_geosearch(cli, on_reply, NULL, "geo:a", O(geosearch, .frommember = "Palermo", .byradius = DBL(200), .circle_unit = "km",
                                                             .asc = 1, .count = LL(1), .any = 1, .withcoord = 1, .withdist = 1)));
    th_ok(is_arr(r, 1) && is_arr(&r->element[0], 3) && el_is(&r->element[0], 0, "Palermo"),
          "geo: GEOSEARCH FROMMEMBER BYRADIUS ASC COUNT ANY WITHCOORD WITHDIST");
    r = RUN("GEOSEARCH geo:a FROMLONLAT 15 37 BYBOX 400 400 km DESC WITHHASH",
            arcmd_geosearch(cli, on_reply, NULL, "geo:a", O(geosearch, .fromlonlat_longitude = DBL(15), .fromlonlat_latitude = DBL(37),
                                                             .bybox = DBL(400), .height = DBL(400), .box_unit = "km", .desc = 1, .withhash = 1)));
    th_ok(is_arr(r, 2) && is_arr(&r->element[0], 2) && el_is(&r->element[0], 0, "Palermo"), "geo: GEOSEARCH FROMLONLAT BYBOX DESC WITHHASH");
    r = RUN("GEOSEARCH geo:a FROMLONLAT 15.087268999999999 37.502668999999997 BYRADIUS 1 m",
            arcmd_geosearch(cli, on_reply, NULL, "geo:a", O(geosearch, .fromlonlat_longitude = DBL(15.087269), .fromlonlat_latitude = DBL(37.502669),
                                                             .byradius = DBL(1), .circle_unit = "m")));
    th_ok(is_arr(r, 1) && el_is(r, 0, "Catania"), "geo: doubles sent as %%.17g (read back exactly)");
    th_ok(REFUSED(arcmd_geosearch(cli, on_reply, NULL, "geo:a", O(geosearch, .frommember = "Palermo"))) &&
          REFUSED(arcmd_geosearch(cli, on_reply, NULL, "geo:a", O(geosearch, .frommember = "Palermo", .byradius = DBL(1), .circle_unit = "km", .bybox = DBL(1)))) &&
          REFUSED(arcmd_geosearch(cli, on_reply, NULL, "geo:a", O(geosearch, .frommember = "Palermo", .byradius = DBL(1)))),
          "geo: GEOSEARCH without BYRADIUS/BYBOX, with both, or BYRADIUS without a unit: refused");
    th_ok(is_int(RUN("PFADD hll:a a b c", arcmd_pfadd(cli, on_reply, NULL, "hll:a", O(pfadd, .element_count = 3, .element = (const char *const[]){ "a", "b", "c" }))), 1) &&
          is_int(RUN("PFCOUNT hll:a", arcmd_pfcount(cli, on_reply, NULL, A("hll:a"), NULL)), 3) &&
          is_str(RUN("PFMERGE hll:b hll:a", arcmd_pfmerge(cli, on_reply, NULL, "hll:b", A("hll:a"), NULL)), "OK"),
          "hyperloglog: PFADD, PFCOUNT, PFMERGE");
    th_ok(is_int(RUN("SETBIT bit:a 7 1", arcmd_setbit(cli, on_reply, NULL, "bit:a", 7, 1, NULL)), 0) &&
          is_int(RUN("GETBIT bit:a 7", arcmd_getbit(cli, on_reply, NULL, "bit:a", 7, NULL)), 1), "bitmaps: SETBIT, GETBIT");
    th_ok(is_int(RUN("BITCOUNT bit:a 0 7 BIT", arcmd_bitcount(cli, on_reply, NULL, "bit:a", O(bitcount, .start = LL(0), .end = LL(7), .bit = 1))), 1) &&
          is_int(RUN("BITCOUNT bit:a 1 1 BYTE", arcmd_bitcount(cli, on_reply, NULL, "bit:a", O(bitcount, .start = LL(1), .end = LL(1), .byte = 1))), 0),
          "bitmaps: BITCOUNT start end BIT / BYTE");
    th_ok(REFUSED(arcmd_bitcount(cli, on_reply, NULL, "bit:a", O(bitcount, .bit = 1))), "bitmaps: BIT without start end: refused");
    th_ok(is_int(RUN("BITPOS bit:a 1 0", arcmd_bitpos(cli, on_reply, NULL, "bit:a", 1, O(bitpos, .start = LL(0)))), 7), "bitmaps: BITPOS start");
    th_ok(is_int(RUN("BITOP OR bit:c bit:a", arcmd_bitop(cli, on_reply, NULL, "OR", "bit:c", A("bit:a"), NULL)), 1), "bitmaps: BITOP");
    r = RUN("BITFIELD bit:f SET u8 0 255 GET u8 0 INCRBY u8 0 1",
            arcmd_bitfield(cli, on_reply, NULL, "bit:f", O(bitfield, .argc = 11, .argv = (const char *const[]){ "SET", "u8", "0", "255", "GET", "u8", "0", "INCRBY", "u8", "0", "1" })));
    th_ok(is_arr(r, 3) && el_int(r, 0, 0) && el_int(r, 1, 255) && el_int(r, 2, 0), "bitmaps: BITFIELD (untyped tail in the options)");
    r = RUN("BITFIELD_RO bit:f GET u4 0 GET u4 4", arcmd_bitfield_ro(cli, on_reply, NULL, "bit:f", O(bitfield_ro, .get_count = 4, .get = (const char *const[]){ "u4", "0", "u4", "4" })));
    th_ok(is_arr(r, 2) && el_int(r, 0, 0) && el_int(r, 1, 0), "bitmaps: BITFIELD_RO GET per group");
}

static void test_scripting(void) {
    const ar_reply *r;
    char sha[48];
    r = RUN("EVAL return\\x20{KEYS[1],ARGV[1]} 1 k a", arcmd_eval(cli, on_reply, NULL, "return {KEYS[1],ARGV[1]}",
                                                               O(eval, .key_count = 1, .key = (const char *const[]){ "k" }, .arg_count = 1, .arg = (const char *const[]){ "a" })));
    th_ok(is_arr(r, 2) && el_is(r, 0, "k") && el_is(r, 1, "a"), "scripting: EVAL numkeys from the key array");
    r = RUN("SCRIPT LOAD return\\x2042", arcmd_script_load(cli, on_reply, NULL, "return 42", NULL));
    th_ok(r && r->len == 40, "scripting: SCRIPT LOAD");
    snprintf(sha, sizeof sha, "%.*s", (int)(r ? r->len : 0), r ? r->str : "");
    {
        char want[96];
        snprintf(want, sizeof want, "EVALSHA %s 0", sha);
        th_ok(is_int(RUN(want, arcmd_evalsha(cli, on_reply, NULL, sha, NULL)), 42), "scripting: EVALSHA sha 0 (numkeys 0: no keys)");
        snprintf(want, sizeof want, "SCRIPT EXISTS %s 0", sha);
        r = RUN(want, arcmd_script_exists(cli, on_reply, NULL, A(sha, "0"), NULL));
        th_ok(is_arr(r, 2) && el_int(r, 0, 1) && el_int(r, 1, 0), "scripting: SCRIPT EXISTS");
    }
    th_ok(is_int(RUN("EVAL_RO return\\x207 0", arcmd_eval_ro(cli, on_reply, NULL, "return 7", NULL)), 7), "scripting: EVAL_RO");
}

static void test_pubsub_tx(void) {
    const ar_reply *r;
    th_ok(is_int(RUN("PUBLISH chan msg", arcmd_publish(cli, on_reply, NULL, "chan", "msg", NULL)), 0), "pub/sub: PUBLISH");
    th_ok(is_int(RUN("SPUBLISH chan msg", arcmd_spublish(cli, on_reply, NULL, "chan", "msg", NULL)), 0), "pub/sub: SPUBLISH");
    r = RUN("PUBSUB NUMSUB chan", arcmd_pubsub_numsub(cli, on_reply, NULL, O(pubsub_numsub, .channel_count = 1, .channel = (const char *const[]){ "chan" })));
    th_ok(is_arr(r, 2), "pub/sub: PUBSUB NUMSUB");
    th_ok(is_str(RUN("WATCH tx:a", arcmd_watch(cli, on_reply, NULL, A("tx:a"), NULL)), "OK"), "transactions: WATCH");
    th_ok(is_str(RUN("MULTI", arcmd_multi(cli, on_reply, NULL, NULL)), "OK"), "transactions: MULTI");
    th_ok(is_str(RUN("SET tx:a 1", arcmd_set(cli, on_reply, NULL, "tx:a", "1", NULL)), "QUEUED") &&
          is_str(RUN("INCRBY tx:a 2", arcmd_incrby(cli, on_reply, NULL, "tx:a", 2, NULL)), "QUEUED"), "transactions: queued");
    r = RUN("EXEC", arcmd_exec(cli, on_reply, NULL, NULL));
    th_ok(is_arr(r, 2) && is_int(&r->element[1], 3), "transactions: EXEC");
    th_ok(is_str(RUN("MULTI", arcmd_multi(cli, on_reply, NULL, NULL)), "OK") && is_str(RUN("DISCARD", arcmd_discard(cli, on_reply, NULL, NULL)), "OK"),
          "transactions: DISCARD");
    th_ok(is_str(RUN("UNWATCH", arcmd_unwatch(cli, on_reply, NULL, NULL)), "OK"), "transactions: UNWATCH");
    th_ok(REFUSED(arcmd_get(NULL, on_reply, NULL, "k", NULL)), "a NULL client: refused");
}

int main(void) {
    th_server srv;
    ar_options o;
    const char *why;
    th_watchdog(120);
    if (th_server_start(&srv, NULL) != 0) th_bail("cannot start redis-server");
    loop = ar_loop_new(NULL);
    memset(&o, 0, sizeof o);
    o.port = srv.port;
    o.loop = loop;
    cli = ar_connect_sync(&o, 5000, &why);
    if (!cli) th_bail("connect: %s", why);
    test_strings();
    test_lists();
    test_sets();
    test_zsets();
    test_hashes();
    test_generic();
    test_server(srv.port);
    test_streams();
    test_geo_hll_bits();
    test_scripting();
    test_pubsub_tx();
    test_memory(srv.port);
    ar_client_free(cli);
    ar_loop_free(loop);
    if (last) ar_reply_free(last);
    th_server_stop(&srv);
    return th_done();
}
