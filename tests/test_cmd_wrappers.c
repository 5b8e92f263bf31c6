/* The generated arcmd_ wrappers against a real redis-server, one block per
   data-type group, and the reply helpers (INFO, field/value pairs, TIME)
   (TAP). The wrappers are asynchronous: each call runs the built-in loop
   until its callback has fired. */
#include "harness.h"
#define ASYNCREDIS_IMPLEMENTATION
#include "../asyncredis_commands.h"

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

/* wait for the callback of a submission that returned rc */
static const ar_reply *done(int rc) {
    long long deadline = th_now_ms() + 5000;
    if (rc != AR_OK) {
        th_diag("submission refused: %s", ar_strerror(rc));
        return NULL;
    }
    while (!fired && th_now_ms() < deadline) ar_loop_run_once(loop, 50);
    if (!fired) { th_diag("no reply"); return NULL; }
    fired = 0;
    return last;
}

#define CALL(fn, ...) done(fn(cli, NULL, on_reply, NULL, __VA_ARGS__))
#define CALL0(fn) done(fn(cli, NULL, on_reply, NULL))
#define A(...) (const char *const[]){ __VA_ARGS__ }
#define N(...) ((int)(sizeof((const char *const[]){ __VA_ARGS__ }) / sizeof(const char *)))
#define ARR(...) N(__VA_ARGS__), A(__VA_ARGS__), NULL

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

static int is_arr(const ar_reply *r, size_t n) {
    int ok = r && r->type == AR_REPLY_ARRAY && r->elements == n;
    if (!ok && r) th_diag("got type %s, %d elements '%.*s'", ar_reply_type_name(r->type), (int)r->elements, (int)r->len, r->str ? r->str : "");
    return ok;
}

static int el_is(const ar_reply *r, size_t i, const char *s) {
    return r && r->type == AR_REPLY_ARRAY && i < r->elements && is_str(&r->element[i], s);
}

static void test_strings(void) {
    th_ok(is_str(CALL(arcmd_set, "str:a", "hello", 0, NULL, NULL), "OK"), "strings: arcmd_set");
    th_ok(is_str(CALL(arcmd_get, "str:a"), "hello"), "strings: arcmd_get");
    th_ok(CALL(arcmd_set, "str:b", "x", ARR("EX", "100", "GET")) && last->type == AR_REPLY_NIL,
          "strings: arcmd_set with an optional tail (EX 100 GET)");
    th_ok(is_str(CALL(arcmd_set_b, "str:\0bin", 8, "v\0v", 3, 0, NULL, NULL), "OK"), "strings: arcmd_set_b binary key/value");
    {
        const ar_reply *r = CALL(arcmd_get_b, "str:\0bin", 8);
        th_ok(r && r->len == 3 && memcmp(r->str, "v\0v", 3) == 0, "strings: arcmd_get_b binary round trip");
    }
    th_ok(is_int(CALL(arcmd_incrby, "str:n", -5), -5), "strings: arcmd_incrby with a long long");
    th_ok(is_str(CALL(arcmd_incrbyfloat, "str:n", "2.5"), "-2.5"), "strings: arcmd_incrbyfloat");
    th_ok(is_str(CALL(arcmd_mset, ARR("str:m1", "1", "str:m2", "2")), "OK"), "strings: arcmd_mset key/value array");
    th_is_int(arcmd_mset(cli, NULL, on_reply, NULL, ARR("a", "1", "b")), AR_ERR_INVALID,
              "strings: arcmd_mset with an odd count: AR_ERR_INVALID at once");
    {
        const ar_reply *r = CALL(arcmd_mget, ARR("str:m1", "str:m2", "str:none"));
        th_ok(is_arr(r, 3) && el_is(r, 1, "2") && r->element[2].type == AR_REPLY_NIL, "strings: arcmd_mget");
    }
    th_ok(is_int(CALL(arcmd_setrange, "str:a", 6, "world"), 11), "strings: arcmd_setrange");
    th_ok(CALL(arcmd_getrange, "str:a", 0, -1) && last->len == 11 && memcmp(last->str, "hello\0world", 11) == 0,
          "strings: arcmd_getrange with negative index");
    th_is_int(arcmd_get(cli, NULL, on_reply, NULL, NULL), AR_ERR_INVALID, "strings: NULL key: AR_ERR_INVALID at once");
}

static void test_lists(void) {
    const ar_reply *r;
    th_ok(is_int(CALL(arcmd_rpush, "list:a", ARR("a", "b", "c")), 3), "lists: arcmd_rpush");
    th_ok(is_int(CALL(arcmd_lpush, "list:a", ARR("z")), 4), "lists: arcmd_lpush");
    r = CALL(arcmd_lrange, "list:a", 0, -1);
    th_ok(is_arr(r, 4) && el_is(r, 0, "z") && el_is(r, 3, "c"), "lists: arcmd_lrange");
    th_ok(is_int(CALL(arcmd_linsert, "list:a", "BEFORE", "b", "x"), 5), "lists: arcmd_linsert with a token choice");
    th_ok(is_str(CALL(arcmd_lmove, "list:a", "list:b", "LEFT", "RIGHT"), "z"), "lists: arcmd_lmove");
    r = CALL(arcmd_blpop, ARR("list:none", "list:b"), "1");
    th_ok(is_arr(r, 2) && el_is(r, 0, "list:b") && el_is(r, 1, "z"), "lists: arcmd_blpop keys then timeout");
    r = CALL(arcmd_lmpop, ARR("list:none", "list:a"), "LEFT", ARR("COUNT", "2"));
    th_ok(is_arr(r, 2) && el_is(r, 0, "list:a") && is_arr(&r->element[1], 2),
          "lists: arcmd_lmpop numkeys filled in from the key array");
}

static void test_sets(void) {
    const ar_reply *r;
    th_ok(is_int(CALL(arcmd_sadd, "set:a", ARR("1", "2", "3")), 3), "sets: arcmd_sadd");
    th_ok(is_int(CALL(arcmd_sadd, "set:b", ARR("2", "3", "4")), 3), "sets: arcmd_sadd");
    r = CALL(arcmd_sinter, ARR("set:a", "set:b"));
    th_ok(is_arr(r, 2), "sets: arcmd_sinter");
    th_ok(is_int(CALL(arcmd_sintercard, ARR("set:a", "set:b"), 0, NULL, NULL), 2), "sets: arcmd_sintercard");
    th_ok(is_int(CALL(arcmd_sismember, "set:a", "1"), 1), "sets: arcmd_sismember");
    th_ok(is_int(CALL(arcmd_smove, "set:a", "set:b", "1"), 1), "sets: arcmd_smove");
    th_ok(is_int(CALL(arcmd_scard, "set:b"), 4), "sets: arcmd_scard");
}

static void test_zsets(void) {
    const ar_reply *r;
    th_ok(is_int(CALL(arcmd_zadd, "z:a", ARR("1", "one", "2", "two", "3", "three")), 3), "sorted sets: arcmd_zadd (tail)");
    th_ok(is_str(CALL(arcmd_zincrby, "z:a", "1.5", "one"), "2.5"), "sorted sets: arcmd_zincrby takes a float string");
    r = CALL(arcmd_zrange, "z:a", "0", "-1", ARR("WITHSCORES"));
    th_ok(is_arr(r, 6) && el_is(r, 0, "two") && el_is(r, 3, "2.5"), "sorted sets: arcmd_zrange WITHSCORES");
    th_ok(is_int(CALL(arcmd_zunionstore, "z:u", ARR("z:a", "z:a"), ARR("AGGREGATE", "MAX")), 3),
          "sorted sets: arcmd_zunionstore numkeys filled in");
    th_ok(is_str(CALL(arcmd_zscore, "z:u", "three"), "3"), "sorted sets: arcmd_zscore");
    r = CALL(arcmd_zmpop, ARR("z:a"), "MIN", 0, NULL, NULL);
    th_ok(is_arr(r, 2) && el_is(r, 0, "z:a"), "sorted sets: arcmd_zmpop");
}

static void test_hashes(void) {
    const ar_reply *r, *k, *v;
    ar_pairs_iter it;
    int n = 0, ok = 1;
    th_ok(is_int(CALL(arcmd_hset, "h:a", ARR("f1", "v1", "f2", "v2", "f3", "v3")), 3), "hashes: arcmd_hset pairs");
    th_ok(is_str(CALL(arcmd_hget, "h:a", "f2"), "v2"), "hashes: arcmd_hget");
    th_ok(is_int(CALL(arcmd_hincrby, "h:a", "n", 7), 7), "hashes: arcmd_hincrby");
    r = CALL(arcmd_hgetall, "h:a");
    th_ok(ar_pairs_init(&it, r) == AR_OK, "reply helper: ar_pairs_init on HGETALL");
    while (ar_pairs_next(&it, &k, &v)) {
        n++;
        if (k->len == 2 && memcmp(k->str, "f3", 2) == 0 && !(v->len == 2 && memcmp(v->str, "v3", 2) == 0)) ok = 0;
    }
    th_ok(n == 4 && ok, "reply helper: ar_pairs_next iterates 4 field/value pairs");
    v = ar_pairs_get(r, "n", (size_t)-1);
    th_ok(v && v->len == 1 && v->str[0] == '7', "reply helper: ar_pairs_get");
    th_ok(ar_pairs_get(r, "nosuch", 6) == NULL, "reply helper: ar_pairs_get missing field");
    r = CALL(arcmd_hscan, "h:a", "0", ARR("MATCH", "f*"));
    th_ok(is_arr(r, 2) && is_arr(&r->element[1], 6), "hashes: arcmd_hscan with a string cursor");
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
    th_ok(is_int(CALL(arcmd_exists, ARR("str:a", "str:none", "list:a")), 2), "keys: arcmd_exists");
    th_ok(is_int(CALL(arcmd_expire, "str:a", 100, 0, NULL, NULL), 1), "keys: arcmd_expire");
    th_ok(is_int(CALL(arcmd_ttl, "str:a"), 100), "keys: arcmd_ttl");
    th_ok(is_str(CALL(arcmd_type, "list:a"), "list"), "keys: arcmd_type");
    th_ok(is_str(CALL(arcmd_rename, "str:m1", "str:m3"), "OK"), "keys: arcmd_rename");
    th_ok(is_int(CALL(arcmd_copy, "str:m3", "str:m4", 0, NULL, NULL), 1), "keys: arcmd_copy");
    th_ok(CALL(arcmd_object_encoding, "list:a") && last->type == AR_REPLY_STRING &&
          (strcmp(last->str, "listpack") == 0 || strcmp(last->str, "quicklist") == 0),
          "keys: arcmd_object_encoding (subcommand)");
    r = CALL(arcmd_scan, "0", ARR("MATCH", "str:m*", "COUNT", "1000"));
    th_ok(is_arr(r, 2) && is_arr(&r->element[1], 3), "keys: arcmd_scan");
    r = CALL(arcmd_keys, "set:*");
    th_ok(is_arr(r, 2), "keys: arcmd_keys");
    th_ok(is_int(CALL(arcmd_del, ARR("str:m3", "str:m4")), 2), "keys: arcmd_del");
    r = CALL(arcmd_sort, "list:a", ARR("ALPHA", "LIMIT", "0", "2"));
    th_ok(is_arr(r, 2), "keys: arcmd_sort with options");
    {
        /* a tail longer than the stack array takes the heap path */
        const char *many[100];
        char names[100][16];
        int i;
        for (i = 0; i < 100; i++) { snprintf(names[i], sizeof names[i], "e%d", i); many[i] = names[i]; }
        th_ok(is_int(CALL(arcmd_rpush, "list:big", 100, many, NULL), 100), "keys: 100-argument command (heap argv)");
        th_ok(is_int(CALL(arcmd_del, 1, many, NULL), 0), "keys: arcmd_del none");
    }
}

static void test_server(void) {
    const ar_reply *r;
    ar_info_iter it;
    ar_info_field f;
    const char *v;
    size_t vl;
    int nfields = 0, sawserver = 0;
    long long sec = 0, usec = 0;
    r = CALL(arcmd_info, 0, NULL, NULL);
    th_ok(r && r->type == AR_REPLY_STRING, "server: arcmd_info");
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
    r = CALL(arcmd_info, ARR("keyspace"));
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
    r = CALL0(arcmd_time);
    th_ok(ar_time_parse(r, &sec, &usec) == AR_OK && sec > 1600000000LL && usec >= 0 && usec < 1000000,
          "reply helper: ar_time_parse (%lld s %lld us)", sec, usec);
    th_ok(ar_time_parse(CALL(arcmd_echo, "x"), &sec, &usec) == AR_ERR_INVALID, "reply helper: TIME parse refuses a string");
    r = CALL(arcmd_config_get, ARR("maxmemory", "port"));
    th_ok(ar_pairs_get(r, "maxmemory", (size_t)-1) && ar_pairs_get(r, "port", 4), "server: arcmd_config_get + pairs");
    th_ok(is_str(CALL(arcmd_client_setname, "wrappers"), "OK"), "server: arcmd_client_setname");
    th_ok(is_str(CALL0(arcmd_client_getname), "wrappers"), "server: arcmd_client_getname");
    th_ok(CALL0(arcmd_dbsize) && last->type == AR_REPLY_INTEGER && last->integer > 5, "server: arcmd_dbsize");
    th_ok(is_str(CALL(arcmd_ping, ARR("hi")), "hi"), "server: arcmd_ping with the optional message");
    th_ok(is_str(CALL(arcmd_ping, 0, NULL, NULL), "PONG"), "server: arcmd_ping bare");
}

static void test_streams(void) {
    const ar_reply *r;
    th_ok(CALL(arcmd_xadd, "st:a", ARR("1-1", "f", "v")) && is_str(last, "1-1"), "streams: arcmd_xadd");
    th_ok(CALL(arcmd_xadd, "st:a", ARR("*", "f", "w")) && last->type == AR_REPLY_STRING, "streams: arcmd_xadd auto id");
    th_ok(is_int(CALL(arcmd_xlen, "st:a"), 2), "streams: arcmd_xlen");
    r = CALL(arcmd_xrange, "st:a", "-", "+", ARR("COUNT", "1"));
    th_ok(is_arr(r, 1), "streams: arcmd_xrange");
    th_ok(is_str(CALL(arcmd_xgroup_create, "st:a", "g", "0", 0, NULL, NULL), "OK"), "streams: arcmd_xgroup_create");
    r = CALL(arcmd_xreadgroup, "g", "c", ARR("COUNT", "5", "STREAMS", "st:a", ">"));
    th_ok(is_arr(r, 1) && is_arr(&r->element[0].element[1], 2), "streams: arcmd_xreadgroup");
    r = CALL(arcmd_xread, ARR("STREAMS", "st:a", "0"));
    th_ok(is_arr(r, 1), "streams: arcmd_xread");
    r = CALL(arcmd_xinfo_stream, "st:a", 0, NULL, NULL);
    th_ok(r && r->type == AR_REPLY_ARRAY && r->elements > 4, "streams: arcmd_xinfo_stream (subcommand)");
}

static void test_geo_hll_bits(void) {
    const ar_reply *r;
    th_ok(is_int(CALL(arcmd_geoadd, "geo:a", ARR("13.361389", "38.115556", "Palermo", "15.087269", "37.502669", "Catania")), 2),
          "geo: arcmd_geoadd");
    r = CALL(arcmd_geodist, "geo:a", "Palermo", "Catania", ARR("km"));
    th_ok(r && r->type == AR_REPLY_STRING && strncmp(r->str, "166.27", 6) == 0, "geo: arcmd_geodist");
    r = CALL(arcmd_geosearch, "geo:a", ARR("FROMLONLAT", "15", "37", "BYRADIUS", "200", "km", "ASC"));
    th_ok(is_arr(r, 2) && el_is(r, 0, "Catania"), "geo: arcmd_geosearch");
    th_ok(is_int(CALL(arcmd_pfadd, "hll:a", ARR("a", "b", "c")), 1), "hyperloglog: arcmd_pfadd");
    th_ok(is_int(CALL(arcmd_pfcount, ARR("hll:a")), 3), "hyperloglog: arcmd_pfcount");
    th_ok(is_str(CALL(arcmd_pfmerge, "hll:b", ARR("hll:a")), "OK"), "hyperloglog: arcmd_pfmerge");
    th_ok(is_int(CALL(arcmd_setbit, "bit:a", 7, 1), 0), "bitmaps: arcmd_setbit (two long longs)");
    th_ok(is_int(CALL(arcmd_getbit, "bit:a", 7), 1), "bitmaps: arcmd_getbit");
    th_ok(is_int(CALL(arcmd_bitcount, "bit:a", 0, NULL, NULL), 1), "bitmaps: arcmd_bitcount");
    th_ok(is_int(CALL(arcmd_bitop, "OR", "bit:c", ARR("bit:a")), 1), "bitmaps: arcmd_bitop");
    th_ok(is_int(CALL(arcmd_bitpos, "bit:a", 1, 0, NULL, NULL), 7), "bitmaps: arcmd_bitpos");
}

static void test_scripting(void) {
    const ar_reply *r;
    char sha[48];
    r = CALL(arcmd_eval, "return {KEYS[1], ARGV[1]}", 1, ARR("k", "a"));
    th_ok(is_arr(r, 2) && el_is(r, 0, "k") && el_is(r, 1, "a"), "scripting: arcmd_eval");
    r = CALL(arcmd_script_load, "return 42");
    th_ok(r && r->len == 40, "scripting: arcmd_script_load");
    snprintf(sha, sizeof sha, "%.*s", (int)(r ? r->len : 0), r ? r->str : "");
    th_ok(is_int(CALL(arcmd_evalsha, sha, 0, 0, NULL, NULL), 42), "scripting: arcmd_evalsha");
    r = CALL(arcmd_script_exists, ARR(sha));
    th_ok(is_arr(r, 1) && r->element[0].integer == 1, "scripting: arcmd_script_exists");
    th_ok(is_int(CALL(arcmd_eval_ro, "return 7", 0, 0, NULL, NULL), 7), "scripting: arcmd_eval_ro");
}

static void test_pubsub_tx(void) {
    const ar_reply *r;
    th_ok(is_int(CALL(arcmd_publish, "chan", "msg"), 0), "pub/sub: arcmd_publish");
    th_ok(is_int(CALL(arcmd_spublish, "chan", "msg"), 0), "pub/sub: arcmd_spublish");
    r = CALL(arcmd_pubsub_numsub, ARR("chan"));
    th_ok(is_arr(r, 2), "pub/sub: arcmd_pubsub_numsub");
    th_ok(is_str(CALL(arcmd_watch, ARR("tx:a")), "OK"), "transactions: arcmd_watch");
    th_ok(is_str(CALL0(arcmd_multi), "OK"), "transactions: arcmd_multi");
    th_ok(is_str(CALL(arcmd_set, "tx:a", "1", 0, NULL, NULL), "QUEUED"), "transactions: queued");
    th_ok(is_str(CALL(arcmd_incrby, "tx:a", 2), "QUEUED"), "transactions: queued");
    r = CALL0(arcmd_exec);
    th_ok(is_arr(r, 2) && is_int(&r->element[1], 3), "transactions: arcmd_exec");
    th_ok(is_str(CALL0(arcmd_multi), "OK") && is_str(CALL0(arcmd_discard), "OK"), "transactions: arcmd_discard");
    th_ok(is_str(CALL0(arcmd_unwatch), "OK"), "transactions: arcmd_unwatch");
}

int main(void) {
    th_server srv;
    ar_options o;
    const char *why;
    ar_cmd_opts co;
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
    test_server();
    test_streams();
    test_geo_hll_bits();
    test_scripting();
    test_pubsub_tx();
    memset(&co, 0, sizeof co);
    co.flags = AR_CMD_IDEMPOTENT;
    th_ok(is_str(done(arcmd_get(cli, &co, on_reply, NULL, "tx:a")), "3"), "per-command options passed through");
    ar_client_free(cli);
    ar_loop_free(loop);
    if (last) ar_reply_free(last);
    th_server_stop(&srv);
    return th_done();
}
