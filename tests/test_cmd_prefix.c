/* Key prefixing (seed 001 section 11.1) with ar_cmdtab_prefix_argv: pure
   checks of the rewritten argv, then every data-type group run against a
   real redis-server, checking with unprefixed raw commands that the data
   landed under the prefixed names (TAP). */
#include "harness.h"
#define ASYNCREDIS_IMPLEMENTATION
#include "../asyncredis_commands.h"

#define P "app:"

static ar_client *cli;
static int port;

/* ---------------------------------------------------------------- helpers */

typedef struct pres {
    int rc;
    int argc;
    const char *why;
    const char *argv[64];
    size_t len[64];
    char buf[4096];
} pres;

static int prefix_with(pres *r, const char *prefix, unsigned flags, int argc, const char *const *argv) {
    size_t need = 0;
    r->argc = argc;
    r->rc = ar_cmdtab_prefix_argv(prefix, strlen(prefix), flags, argc, argv, NULL, r->argv, r->len,
                                  r->buf, sizeof r->buf, &need, &r->why);
    return r->rc;
}

/* the prefixed argv joined with spaces */
static const char *joined(const pres *r) {
    static char out[4096];
    size_t o = 0;
    int i;
    out[0] = 0;
    for (i = 0; i < r->argc && o + 1 < sizeof out; i++)
        o += (size_t)snprintf(out + o, sizeof out - o, "%s%.*s", i ? " " : "", (int)r->len[i], r->argv[i]);
    return out;
}

#define ARGV(...) (const char *const[]){ __VA_ARGS__ }
#define NARGS(...) ((int)(sizeof((const char *const[]){ __VA_ARGS__ }) / sizeof(const char *)))

/* prefix "app:" and compare the joined result */
#define IS_PREFIXED(want, name, ...) do { \
        pres r_; \
        prefix_with(&r_, P, 0, NARGS(__VA_ARGS__), ARGV(__VA_ARGS__)); \
        if (r_.rc < 0) th_diag("%s", r_.why ? r_.why : "?"); \
        th_is_cstr(r_.rc < 0 ? "<refused>" : joined(&r_), want, name); \
    } while (0)

#define REFUSED(code, name, ...) do { \
        pres r_; \
        prefix_with(&r_, P, 0, NARGS(__VA_ARGS__), ARGV(__VA_ARGS__)); \
        th_ok(r_.rc == (code) && r_.why != NULL, "%s (refused: %s)", name, r_.why ? r_.why : "-"); \
    } while (0)

/* send a command through the prefixer; returns the reply (free it) */
static ar_reply *pcmd(int argc, const char *const *argv) {
    pres r;
    if (prefix_with(&r, P, 0, argc, argv) < 0) {
        th_diag("prefix refused %s: %s", argv[0], r.why);
        return NULL;
    }
    return ar_command_argv_sync(cli, 5000, argc, r.argv, r.len);
}

#define PCMD(...) pcmd(NARGS(__VA_ARGS__), ARGV(__VA_ARGS__))

/* send without prefix */
static ar_reply *px_cmd(int argc, const char *const *argv) {
    return ar_command_argv_sync(cli, 5000, argc, argv, NULL);
}
#define RCMD(...) px_cmd(NARGS(__VA_ARGS__), ARGV(__VA_ARGS__))

static int reply_is(ar_reply *r, const char *s) {
    int ok = r && r->err == AR_OK &&
             (r->type == AR_REPLY_STRING || r->type == AR_REPLY_STATUS) &&
             r->len == strlen(s) && memcmp(r->str, s, r->len) == 0;
    if (!ok && r) th_diag("reply: type %d '%.*s'", r->type, (int)r->len, r->str ? r->str : "");
    if (r) ar_reply_free(r);
    return ok;
}

static long long reply_int(ar_reply *r) {
    long long v = r && r->type == AR_REPLY_INTEGER ? r->integer : -999;
    if (r && r->type != AR_REPLY_INTEGER) th_diag("not an integer: type %d %.*s", r->type, (int)r->len, r->str ? r->str : "");
    if (r) ar_reply_free(r);
    return v;
}

static int exists_raw(const char *key) {
    return (int)reply_int(RCMD("EXISTS", key));
}

/* ------------------------------------------------------------ pure tests */

static void test_pure(void) {
    /* strings, generic */
    IS_PREFIXED("GET app:k", "GET", "GET", "k");
    IS_PREFIXED("SET app:k v EX 10", "SET: only the key", "SET", "k", "v", "EX", "10");
    IS_PREFIXED("MSET app:a 1 app:b 2", "MSET: every other argument", "MSET", "a", "1", "b", "2");
    IS_PREFIXED("DEL app:a app:b app:c", "DEL: all", "DEL", "a", "b", "c");
    IS_PREFIXED("RENAME app:a app:b", "RENAME: both", "RENAME", "a", "b");
    IS_PREFIXED("COPY app:a app:b DB 0 REPLACE", "COPY", "COPY", "a", "b", "DB", "0", "REPLACE");
    IS_PREFIXED("OBJECT ENCODING app:k", "OBJECT ENCODING: key after subcommand", "OBJECT", "ENCODING", "k");
    IS_PREFIXED("MEMORY USAGE app:k SAMPLES 5", "MEMORY USAGE", "MEMORY", "USAGE", "k", "SAMPLES", "5");
    IS_PREFIXED("BITOP AND app:d app:a app:b", "BITOP: not the operation", "BITOP", "AND", "d", "a", "b");
    /* lists, sets, zsets, hashes, streams, geo, hll */
    IS_PREFIXED("LMOVE app:a app:b LEFT RIGHT", "LMOVE", "LMOVE", "a", "b", "LEFT", "RIGHT");
    IS_PREFIXED("BLMPOP 0 2 app:a app:b LEFT COUNT 2", "BLMPOP numkeys", "BLMPOP", "0", "2", "a", "b", "LEFT", "COUNT", "2");
    IS_PREFIXED("SINTERCARD 2 app:a app:b LIMIT 1", "SINTERCARD", "SINTERCARD", "2", "a", "b", "LIMIT", "1");
    IS_PREFIXED("ZUNIONSTORE app:d 2 app:a app:b WEIGHTS 1 2", "ZUNIONSTORE", "ZUNIONSTORE", "d", "2", "a", "b", "WEIGHTS", "1", "2");
    IS_PREFIXED("HSET app:h f v", "HSET: not fields", "HSET", "h", "f", "v");
    IS_PREFIXED("XREAD COUNT 2 STREAMS app:s1 app:s2 0 0", "XREAD: streams, not ids", "XREAD", "COUNT", "2", "STREAMS", "s1", "s2", "0", "0");
    IS_PREFIXED("XREADGROUP GROUP g c STREAMS app:s >", "XREADGROUP", "XREADGROUP", "GROUP", "g", "c", "STREAMS", "s", ">");
    IS_PREFIXED("GEORADIUS app:g 0 0 1 km STORE app:d", "GEORADIUS STORE", "GEORADIUS", "g", "0", "0", "1", "km", "STORE", "d");
    IS_PREFIXED("PFMERGE app:d app:a app:b", "PFMERGE", "PFMERGE", "d", "a", "b");
    /* scripting */
    IS_PREFIXED("EVAL s 2 app:a app:b x y", "EVAL: exactly numkeys keys", "EVAL", "s", "2", "a", "b", "x", "y");
    IS_PREFIXED("EVALSHA abc 0 x", "EVALSHA numkeys 0: args untouched", "EVALSHA", "abc", "0", "x");
    IS_PREFIXED("FCALL f 1 app:a x", "FCALL", "FCALL", "f", "1", "a", "x");
    IS_PREFIXED("FCALL_RO f 1 app:a x", "FCALL_RO", "FCALL_RO", "f", "1", "a", "x");
    REFUSED(AR_CMDTAB_EINVALID, "EVAL numkeys larger than the arguments", "EVAL", "s", "5", "a");
    /* patterns */
    IS_PREFIXED("KEYS app:user:*", "KEYS pattern", "KEYS", "user:*");
    IS_PREFIXED("SCAN 0 MATCH app:u* COUNT 10 TYPE string", "SCAN MATCH", "SCAN", "0", "MATCH", "u*", "COUNT", "10", "TYPE", "string");
    IS_PREFIXED("SCAN 0 COUNT 10", "SCAN without MATCH", "SCAN", "0", "COUNT", "10");
    IS_PREFIXED("HSCAN app:h 0 MATCH f*", "HSCAN: the key, not the field pattern", "HSCAN", "h", "0", "MATCH", "f*");
    IS_PREFIXED("SORT app:l BY app:w_* GET # GET app:o_*->f STORE app:d", "SORT BY/GET/STORE", "SORT", "l", "BY", "w_*", "GET", "#", "GET", "o_*->f", "STORE", "d");
    IS_PREFIXED("SORT app:l STORE a LIMIT 0 1 store app:d", "SORT: only the last STORE's argument is a key", "SORT", "l", "STORE", "a", "LIMIT", "0", "1", "store", "d");
    IS_PREFIXED("SORT app:l STORE app:d STORE", "SORT: a STORE without an argument is not one", "SORT", "l", "STORE", "d", "STORE");
    IS_PREFIXED("SORT_RO app:l BY app:nosort", "SORT_RO BY: still no '*', still no sorting", "SORT_RO", "l", "BY", "nosort");
    IS_PREFIXED("CLIENT TRACKING ON BCAST PREFIX app:a PREFIX app:b", "CLIENT TRACKING PREFIX", "CLIENT", "TRACKING", "ON", "BCAST", "PREFIX", "a", "PREFIX", "b");
    /* pub/sub */
    IS_PREFIXED("PUBLISH app:ch msg", "PUBLISH channel", "PUBLISH", "ch", "msg");
    IS_PREFIXED("SPUBLISH app:ch msg", "SPUBLISH shard channel", "SPUBLISH", "ch", "msg");
    IS_PREFIXED("SUBSCRIBE app:a app:b", "SUBSCRIBE", "SUBSCRIBE", "a", "b");
    IS_PREFIXED("PSUBSCRIBE app:a* app:b?", "PSUBSCRIBE patterns", "PSUBSCRIBE", "a*", "b?");
    IS_PREFIXED("PUNSUBSCRIBE app:a*", "PUNSUBSCRIBE", "PUNSUBSCRIBE", "a*");
    IS_PREFIXED("UNSUBSCRIBE", "UNSUBSCRIBE with no channels", "UNSUBSCRIBE");
    IS_PREFIXED("PUBSUB NUMSUB app:a app:b", "PUBSUB NUMSUB", "PUBSUB", "NUMSUB", "a", "b");
    IS_PREFIXED("PUBSUB CHANNELS app:n*", "PUBSUB CHANNELS pattern", "PUBSUB", "CHANNELS", "n*");
    /* transactions, server: no keys, nothing changes */
    IS_PREFIXED("WATCH app:a app:b", "WATCH", "WATCH", "a", "b");
    IS_PREFIXED("MULTI", "MULTI", "MULTI");
    IS_PREFIXED("CONFIG GET maxmemory", "CONFIG GET untouched", "CONFIG", "GET", "maxmemory");
    IS_PREFIXED("PING hello", "PING untouched", "PING", "hello");
    /* MIGRATE */
    IS_PREFIXED("MIGRATE h 1 app:k 0 10", "MIGRATE single key", "MIGRATE", "h", "1", "k", "0", "10");
    IS_PREFIXED("MIGRATE h 1  0 10 AUTH KEYS KEYS app:a app:b", "MIGRATE KEYS after AUTH password", "MIGRATE", "h", "1", "", "0", "10", "AUTH", "KEYS", "KEYS", "a", "b");
    /* refusals */
    REFUSED(AR_CMDTAB_EUNKNOWN, "unknown (module) command refused", "FT.SEARCH", "idx", "q");
    REFUSED(AR_CMDTAB_EUNKNOWN, "unknown subcommand refused", "OBJECT", "NOSUCH", "k");
    REFUSED(AR_CMDTAB_EUNDETERMINED, "DEBUG refused", "DEBUG", "OBJECT", "k");
    REFUSED(AR_CMDTAB_EINVALID, "wrong arity refused", "GET");

    /* glob escaping of the prefix in patterns only */
    {
        pres r;
        prefix_with(&r, "a*[x]?:", 0, 2, ARGV("KEYS", "u*"));
        th_is_cstr(joined(&r), "KEYS a\\*\\[x\\]\\?:u*", "pattern: glob characters of the prefix escaped");
        prefix_with(&r, "a*[x]?:", 0, 2, ARGV("GET", "u*"));
        th_is_cstr(joined(&r), "GET a*[x]?:u*", "key: prefix literal");
        prefix_with(&r, "a*:", 0, 4, ARGV("SORT", "l", "BY", "w_*"));
        th_ok(r.rc == AR_CMDTAB_EPREFIX && r.why, "'*' in the prefix refused for SORT BY");
    }
    /* flags, empty prefix, capacity, binary */
    {
        pres r;
        prefix_with(&r, P, AR_CMDTAB_PREFIX_NO_CHANNELS, 3, ARGV("PUBLISH", "ch", "m"));
        th_is_cstr(joined(&r), "PUBLISH ch m", "NO_CHANNELS leaves channels alone");
        prefix_with(&r, P, AR_CMDTAB_PREFIX_NO_CHANNELS, 2, ARGV("PSUBSCRIBE", "a*"));
        th_is_cstr(joined(&r), "PSUBSCRIBE a*", "NO_CHANNELS leaves channel patterns alone");
        prefix_with(&r, "", 0, 2, ARGV("FT.SEARCH", "x"));
        th_ok(r.rc == 0 && r.argv[1] != NULL, "empty prefix: nothing to do, nothing refused");
        th_is_int(prefix_with(&r, P, 0, 2, ARGV("GET", "k")), 1, "returns the number of prefixed arguments");
    }
    {
        const char *v[] = { "MSET", "a", "1", "b", "2" };
        const char *o[5];
        size_t ol[5], need = 0;
        char small[8];
        const char *why;
        int rc = ar_cmdtab_prefix_argv(P, 4, 0, 5, v, NULL, o, ol, small, sizeof small, &need, &why);
        th_ok(rc == AR_CMDTAB_ECAPACITY && need == 12 && o[1] == v[1], "buffer too small: ECAPACITY, need reported, argv untouched");
    }
    {
        const char *v[] = { "SET", "k\0x", "v" };
        size_t vl[] = { 3, 3, 1 };
        const char *o[3];
        size_t ol[3], need;
        char buf[64];
        int rc = ar_cmdtab_prefix_argv("p\0:", 3, 0, 3, v, vl, o, ol, buf, sizeof buf, &need, NULL);
        th_ok(rc == 1 && ol[1] == 6 && memcmp(o[1], "p\0:k\0x", 6) == 0 && o[2] == v[2] && ol[2] == 1,
              "binary prefix and key");
    }
    {
        int pos[8];
        unsigned roles[8];
        const char *v[] = { "SORT", "l", "BY", "w_*", "STORE", "d" };
        const char *why;
        int n = ar_cmdtab_prefix_positions(ar_cmdtab_lookup_argv(6, v, NULL), P, 4, 0, 6, v, NULL, pos, roles, 8, &why);
        th_ok(n == 3 && pos[0] == 1 && roles[0] == AR_CMDTAB_POS_KEY && pos[1] == 3 &&
              roles[1] == AR_CMDTAB_POS_TEMPLATE && pos[2] == 5 && roles[2] == AR_CMDTAB_POS_KEY,
              "prefix_positions: positions and roles");
        v[0] = "KEYS"; v[1] = "x*";
        n = ar_cmdtab_prefix_positions(ar_cmdtab_lookup("keys", 4), P, 4, 0, 2, v, NULL, pos, roles, 8, &why);
        th_ok(n == 1 && pos[0] == 1 && roles[0] == AR_CMDTAB_POS_PATTERN, "prefix_positions: KEYS pattern role");
    }
}

/* ----------------------------------------------- groups against a server */

static void test_server(void) {
    ar_reply *r;

    /* strings */
    th_ok(reply_is(PCMD("SET", "s1", "v1"), "OK") && exists_raw(P "s1") == 1 && exists_raw("s1") == 0,
          "strings: SET stores under the prefix");
    th_ok(reply_is(PCMD("GET", "s1"), "v1"), "strings: GET reads it back");
    r = PCMD("MSET", "s2", "a", "s3", "b");
    ar_reply_free(r);
    r = PCMD("MGET", "s2", "s3");
    th_ok(r && r->elements == 2 && r->element[1].len == 1 && r->element[1].str[0] == 'b' && exists_raw(P "s3"),
          "strings: MSET/MGET");
    ar_reply_free(r);
    th_is_int(reply_int(PCMD("APPEND", "s1", "x")), 3, "strings: APPEND");

    /* lists */
    reply_int(PCMD("RPUSH", "l1", "a", "b", "c"));
    th_ok(reply_is(PCMD("LMOVE", "l1", "l2", "LEFT", "RIGHT"), "a") && exists_raw(P "l2") == 1,
          "lists: RPUSH + LMOVE between prefixed keys");
    r = PCMD("BLMPOP", "1", "2", "nolist", "l1", "LEFT", "COUNT", "1");
    th_ok(r && r->type == AR_REPLY_ARRAY && r->elements == 2 && r->element[0].len == strlen(P "l1") &&
          memcmp(r->element[0].str, P "l1", r->element[0].len) == 0,
          "lists: BLMPOP numkeys form; the reply names the prefixed key");
    ar_reply_free(r);

    /* sets */
    reply_int(PCMD("SADD", "set1", "a", "b"));
    reply_int(PCMD("SADD", "set2", "b", "c"));
    th_is_int(reply_int(PCMD("SINTERSTORE", "set3", "set1", "set2")), 1, "sets: SINTERSTORE");
    th_is_int(reply_int(PCMD("SINTERCARD", "2", "set1", "set2")), 1, "sets: SINTERCARD numkeys");
    th_ok(exists_raw(P "set3") == 1, "sets: destination prefixed");

    /* sorted sets */
    reply_int(PCMD("ZADD", "z1", "1", "a", "2", "b"));
    reply_int(PCMD("ZADD", "z2", "3", "b"));
    th_is_int(reply_int(PCMD("ZUNIONSTORE", "z3", "2", "z1", "z2", "WEIGHTS", "1", "1")), 2, "sorted sets: ZUNIONSTORE");
    th_ok(reply_is(PCMD("ZSCORE", "z3", "b"), "5") && exists_raw(P "z3"), "sorted sets: scores summed under the prefix");

    /* hashes */
    reply_int(PCMD("HSET", "h1", "f1", "v1", "f2", "v2"));
    th_ok(reply_is(PCMD("HGET", "h1", "f2"), "v2") && exists_raw(P "h1"), "hashes: HSET/HGET");
    r = PCMD("HSCAN", "h1", "0", "MATCH", "f1");
    th_ok(r && r->elements == 2 && r->element[1].elements == 2, "hashes: HSCAN MATCH matches fields, unprefixed");
    ar_reply_free(r);

    /* keys / generic */
    r = PCMD("KEYS", "s?");
    th_ok(r && r->type == AR_REPLY_ARRAY && r->elements == 3, "keys: KEYS pattern sees only prefixed keys (%d)", r ? (int)r->elements : -1);
    ar_reply_free(r);
    reply_is(RCMD("SET", "s9", "outside"), "OK");
    r = PCMD("SCAN", "0", "MATCH", "s?", "COUNT", "1000");
    th_ok(r && r->elements == 2 && r->element[1].elements == 3, "keys: SCAN MATCH gets the prefix");
    ar_reply_free(r);
    th_ok(reply_is(PCMD("RENAME", "s2", "s2b"), "OK") && exists_raw(P "s2b"), "keys: RENAME");
    th_is_int(reply_int(PCMD("COPY", "s2b", "s2c")), 1, "keys: COPY");
    th_is_int(reply_int(PCMD("DEL", "s2b", "s2c")), 2, "keys: DEL");
    reply_int(PCMD("RPUSH", "sortme", "2", "1"));
    reply_is(PCMD("SET", "w_1", "20"), "OK");
    reply_is(PCMD("SET", "w_2", "10"), "OK");
    reply_is(PCMD("SET", "o_1", "one"), "OK");
    reply_is(PCMD("SET", "o_2", "two"), "OK");
    r = PCMD("SORT", "sortme", "BY", "w_*", "GET", "#", "GET", "o_*");
    th_ok(r && r->elements == 4 && r->element[0].len == 1 && r->element[0].str[0] == '2' &&
          r->element[1].len == 3 && memcmp(r->element[1].str, "two", 3) == 0,
          "keys: SORT BY/GET templates resolve under the prefix");
    ar_reply_free(r);
    th_is_int(reply_int(PCMD("SORT", "sortme", "BY", "w_*", "STORE", "sorted")), 2, "keys: SORT STORE");
    th_ok(exists_raw(P "sorted") == 1, "keys: SORT STORE destination prefixed");
    r = PCMD("OBJECT", "ENCODING", "s1");
    th_ok(r && r->type == AR_REPLY_STRING, "keys: OBJECT ENCODING finds the prefixed key");
    ar_reply_free(r);
    th_is_int(reply_int(PCMD("EXPIRE", "s1", "100")), 1, "keys: EXPIRE");

    /* server: no keys, passes through */
    th_ok(reply_is(PCMD("PING", "hi"), "hi"), "server: PING untouched");
    r = PCMD("CONFIG", "GET", "maxmemory");
    th_ok(r && r->elements == 2, "server: CONFIG GET untouched");
    ar_reply_free(r);

    /* streams */
    r = PCMD("XADD", "st1", "1-1", "f", "v");
    ar_reply_free(r);
    r = PCMD("XADD", "st2", "1-1", "f", "v");
    ar_reply_free(r);
    r = PCMD("XREAD", "COUNT", "5", "STREAMS", "st1", "st2", "0", "0");
    th_ok(r && r->elements == 2 && r->element[0].element[0].len == strlen(P "st1"),
          "streams: XREAD STREAMS prefixes the streams, not the ids");
    ar_reply_free(r);
    th_ok(reply_is(PCMD("XGROUP", "CREATE", "st1", "g", "0"), "OK"), "streams: XGROUP CREATE");
    r = PCMD("XREADGROUP", "GROUP", "g", "c", "COUNT", "1", "STREAMS", "st1", ">");
    th_ok(r && r->elements == 1, "streams: XREADGROUP");
    ar_reply_free(r);

    /* geo */
    reply_int(PCMD("GEOADD", "geo1", "13.361389", "38.115556", "Palermo", "15.087269", "37.502669", "Catania"));
    th_is_int(reply_int(PCMD("GEOSEARCHSTORE", "geo2", "geo1", "FROMLONLAT", "15", "37", "BYRADIUS", "200", "km")), 2,
              "geo: GEOSEARCHSTORE");
    th_is_int(reply_int(PCMD("GEORADIUS", "geo1", "15", "37", "200", "km", "STORE", "geo3")), 2, "geo: GEORADIUS STORE");
    th_ok(exists_raw(P "geo2") && exists_raw(P "geo3"), "geo: destinations prefixed");

    /* hyperloglog */
    reply_int(PCMD("PFADD", "hll1", "a", "b"));
    reply_int(PCMD("PFADD", "hll2", "c"));
    th_ok(reply_is(PCMD("PFMERGE", "hll3", "hll1", "hll2"), "OK"), "hyperloglog: PFMERGE");
    th_is_int(reply_int(PCMD("PFCOUNT", "hll3")), 3, "hyperloglog: PFCOUNT");

    /* bitmaps */
    reply_int(PCMD("SETBIT", "b1", "1", "1"));
    reply_int(PCMD("SETBIT", "b2", "2", "1"));
    th_is_int(reply_int(PCMD("BITOP", "OR", "b3", "b1", "b2")), 1, "bitmaps: BITOP");
    th_is_int(reply_int(PCMD("BITCOUNT", "b3")), 2, "bitmaps: BITCOUNT of the prefixed destination");

    /* scripting */
    r = PCMD("EVAL", "return {KEYS[1], KEYS[2], ARGV[1]}", "2", "ka", "kb", "arg");
    th_ok(r && r->elements == 3 && r->element[0].len == strlen(P "ka") &&
          memcmp(r->element[0].str, P "ka", r->element[0].len) == 0 &&
          r->element[2].len == 3 && memcmp(r->element[2].str, "arg", 3) == 0,
          "scripting: EVAL prefixes exactly numkeys keys");
    ar_reply_free(r);
    r = PCMD("EVAL", "return ARGV[1]", "0", "plain");
    th_ok(reply_is(r, "plain"), "scripting: EVAL 0 keys leaves args alone");
    {
        ar_reply *l = RCMD("SCRIPT", "LOAD", "return KEYS[1]");
        char sha[64];
        snprintf(sha, sizeof sha, "%.*s", (int)l->len, l->str);
        ar_reply_free(l);
        th_ok(reply_is(PCMD("EVALSHA", sha, "1", "kk"), P "kk"), "scripting: EVALSHA");
    }

    /* pub/sub, publish side */
    {
        int fd = th_raw_connect(port);
        char out[256];
        const char *sub[] = { "SUBSCRIBE", P "news" };
        th_raw_send(fd, 2, sub, NULL);
        th_raw_read(fd, out, sizeof out, 2000);
        th_is_int(reply_int(PCMD("PUBLISH", "news", "hello")), 1, "pub/sub: PUBLISH reaches the prefixed channel");
        r = PCMD("PUBSUB", "NUMSUB", "news");
        th_ok(r && r->elements == 2 && r->element[1].integer == 1, "pub/sub: PUBSUB NUMSUB");
        ar_reply_free(r);
        r = PCMD("PUBSUB", "CHANNELS", "ne*");
        th_ok(r && r->elements == 1, "pub/sub: PUBSUB CHANNELS pattern");
        ar_reply_free(r);
        close(fd);
    }

    /* transactions */
    th_ok(reply_is(PCMD("WATCH", "tx1"), "OK"), "transactions: WATCH");
    th_ok(reply_is(PCMD("MULTI"), "OK"), "transactions: MULTI");
    th_ok(reply_is(PCMD("SET", "tx1", "1"), "QUEUED"), "transactions: queued SET");
    r = PCMD("EXEC");
    th_ok(r && r->type == AR_REPLY_ARRAY && r->elements == 1 && exists_raw(P "tx1"), "transactions: EXEC wrote the prefixed key");
    ar_reply_free(r);
}

int main(void) {
    th_server srv;
    ar_options o;
    const char *why;
    th_watchdog(120);
    test_pure();
    if (th_server_start(&srv, NULL) != 0) th_bail("cannot start redis-server");
    port = srv.port;
    memset(&o, 0, sizeof o);
    o.port = srv.port;
    cli = ar_connect_sync(&o, 5000, &why);
    if (!cli) th_bail("connect: %s", why);
    test_server();
    ar_client_free(cli);
    th_server_stop(&srv);
    return th_done();
}
