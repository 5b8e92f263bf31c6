/* tests/test_script.c - scripts (ar_script_*, ar_fcall*) and the SHA1
   behind them.

   The SHA1 is checked against the standard vectors and, for every length
   0..130 (every way to cross a 64-byte block), against sha1sum run by the
   test. The client part runs against a real redis-server under all three
   drive modes; the server is the judge: with slowlog-log-slower-than 0 its
   SLOWLOG lists every command it ran, in order, with its arguments, so the
   tests read there that EVALSHA was tried first, that EVAL ran exactly
   once after a NOSCRIPT, that the next run is EVALSHA alone, and that a key
   prefix reached the keys and not the arguments. Every submission goes
   through SUBMIT(): a callback that runs inside it is a violation. */
#include "harness.h"
#define ASYNCREDIS_IMPLEMENTATION
#include "../asyncredis_commands.h"
#include "drive.h"

static th_server srv;
static drv D;
static int g_in_submit, g_violations;
static long g_accepted, g_called;   /* accepted runs, callbacks run: equal at the end */

#define SUBMIT(rc, call) do { g_in_submit = 1; (rc) = (call); g_in_submit = 0; if ((rc) == AR_OK) g_accepted++; } while (0)
#define CHECK_CB() do { if (g_in_submit) g_violations++; g_called++; } while (0)

/* ------------------------------------------------------------------ SHA1 */
static void test_sha1(void) {
    static const struct { const char *in; const char *want; } v[] = {
        { "", "da39a3ee5e6b4b0d3255bfef95601890afd80709" },
        { "abc", "a9993e364706816aba3e25717850c26c9cd0d89d" },
        { "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "84983e441c3bd26ebaae4aa1f95129e5e54670f1" },
        { "The quick brown fox jumps over the lazy dog", "2fd4e1c67a2d28fced849ee1bb76e7391b93eb12" },
    };
    char out[41], dir[] = "/tmp/ar-sha1-XXXXXX", path[128], cmd[64], line[256];
    size_t i;
    int n, ok = 0, seen = 0;
    char *m = (char *)malloc(1000000);
    FILE *f;
    for (i = 0; i < sizeof v / sizeof v[0]; i++) {
        ar_sha1_hex(v[i].in, strlen(v[i].in), out);
        th_is_cstr(out, v[i].want, "sha1(\"%.20s%s\")", v[i].in, strlen(v[i].in) > 20 ? "..." : "");
    }
    memset(m, 'a', 1000000);
    ar_sha1_hex(m, 1000000, out);
    th_is_cstr(out, "34aa973cd4c4daa4f61eeb2bdbad27316534016f", "sha1(a million 'a')");
    ar_sha1_hex(NULL, 0, out);
    th_is_cstr(out, "da39a3ee5e6b4b0d3255bfef95601890afd80709", "sha1(NULL, 0) is the empty message");

    /* lengths 0..130, mixed bytes (NUL and high bit included), against sha1sum */
    if (!th_ok(mkdtemp(dir) != NULL, "sha1: temp dir")) { free(m); return; }
    for (n = 0; n <= 130; n++) {
        for (i = 0; i < (size_t)n; i++) m[i] = (char)(unsigned char)(i * 131u + (unsigned)n * 7u + 1u);
        snprintf(path, sizeof path, "%s/%03d", dir, n);
        f = fopen(path, "wb");
        if (f) { if (n) fwrite(m, 1, (size_t)n, f); fclose(f); }
    }
    snprintf(cmd, sizeof cmd, "cd %s && sha1sum *", dir);
    f = popen(cmd, "r");
    while (f && fgets(line, sizeof line, f)) {
        int len;
        if (strlen(line) < 44 || sscanf(line + 42, "%d", &len) != 1 || len < 0 || len > 130) continue;
        for (i = 0; i < (size_t)len; i++) m[i] = (char)(unsigned char)(i * 131u + (unsigned)len * 7u + 1u);
        ar_sha1_hex(m, (size_t)len, out);
        seen++;
        if (memcmp(out, line, 40) == 0) ok++;
        else th_diag("length %d: ours %s, sha1sum %.40s", len, out, line);
    }
    if (f) pclose(f);
    th_is_int(seen, 131, "sha1sum ran over the 131 files (lengths 0..130)");
    th_is_int(ok, 131, "sha1 equals sha1sum at every length 0..130 (every block boundary)");
    for (n = 0; n <= 130; n++) { snprintf(path, sizeof path, "%s/%03d", dir, n); unlink(path); }
    rmdir(dir);
    /* a large input in one call vs the same bytes fed in odd pieces is not
       an API; instead: the script object computes the same digest */
    {
        ar_script s;
        th_is_int(ar_script_init(&s, "return 1", 0), AR_OK, "ar_script_init: AR_OK");
        th_is_cstr(s.sha1, "e0e1f9fabfc9d4800c877a703b823ac0578ff8db", "ar_script_init: sha1 of \"return 1\" (redis SCRIPT LOAD says so)");
        th_ok(s.len == 8, "ar_script_init: len 0 means strlen");
        th_is_int(ar_script_init(NULL, "x", 0), AR_ERR_INVALID, "ar_script_init(NULL): AR_ERR_INVALID");
        th_is_int(ar_script_init(&s, NULL, 0), AR_ERR_INVALID, "ar_script_init(src NULL): AR_ERR_INVALID");
    }
    free(m);
}

/* --------------------------------------------------------- server oracle */
static char rawbuf[1 << 20];

static long raw(const char *a0, const char *a1, const char *a2, const char *a3) {
    const char *argv[4];
    int n = 0;
    argv[n++] = a0;
    if (a1) argv[n++] = a1;
    if (a2) argv[n++] = a2;
    if (a3) argv[n++] = a3;
    return th_raw_command(srv.port, rawbuf, sizeof rawbuf, n, argv);
}

/* one line per EVAL* / FCALL* entry of the SLOWLOG, oldest first: the
   arguments joined by spaces, non-printable bytes as '?' */
static void fmt_args(char *out, size_t outsz, int argc, const char *const *argv, const size_t *lens) {
    size_t o = strlen(out), k;
    int i;
    for (i = 0; i < argc; i++) {
        size_t l = lens ? lens[i] : strlen(argv[i]);
        if (i && o + 1 < outsz) out[o++] = ' ';
        for (k = 0; k < l && o + 1 < outsz; k++) {
            unsigned char ch = (unsigned char)argv[i][k];
            out[o++] = ch >= 32 && ch < 127 ? (char)ch : '?';
        }
    }
    if (o + 1 < outsz) out[o++] = '\n';
    out[o] = 0;
}

static void slowlog(char *out, size_t outsz) {
    ar_parser *p = ar_parser_new(NULL, NULL);
    const ar_reply *r;
    long n;
    out[0] = 0;
    n = raw("SLOWLOG", "GET", "1000", NULL);
    if (n <= 0 || ar_parser_feed(p, rawbuf, (size_t)n) != AR_OK || ar_parser_next(p, &r) != AR_PARSE_REPLY ||
        r->type != AR_REPLY_ARRAY) {
        th_diag("SLOWLOG GET failed");
        ar_parser_free(p);
        return;
    }
    {
        size_t i = r->elements, k;
        while (i-- > 0) {   /* newest first on the server: walk backwards */
            const ar_reply *e = &r->element[i], *args;
            const char *argv[64];
            size_t lens[64];
            if (e->type != AR_REPLY_ARRAY || e->elements < 4) continue;
            args = &e->element[3];
            if (args->type != AR_REPLY_ARRAY || args->elements == 0 || args->elements > 64) continue;
            if (strncasecmp(args->element[0].str, "EVAL", 4) != 0 && strncasecmp(args->element[0].str, "FCALL", 5) != 0) continue;
            for (k = 0; k < args->elements; k++) { argv[k] = args->element[k].str; lens[k] = args->element[k].len; }
            fmt_args(out, outsz, (int)args->elements, argv, lens);
        }
    }
    ar_parser_free(p);
}

/* the expected slowlog line of a command */
static void expect(char *out, size_t outsz, const char *a0, const char *a1, int nkeys, const char *const *keys,
                   int nargs, const char *const *args, const size_t *arglens, const char *keyprefix) {
    const char *argv[64];
    size_t lens[64];
    char nk[16], pk[8][64];
    int i, n = 0;
    snprintf(nk, sizeof nk, "%d", nkeys);
    argv[n] = a0; lens[n++] = strlen(a0);
    argv[n] = a1; lens[n++] = strlen(a1);
    argv[n] = nk; lens[n++] = strlen(nk);
    for (i = 0; i < nkeys; i++) {
        snprintf(pk[i], sizeof pk[i], "%s%s", keyprefix ? keyprefix : "", keys[i]);
        argv[n] = pk[i]; lens[n++] = strlen(pk[i]);
    }
    for (i = 0; i < nargs; i++) { argv[n] = args[i]; lens[n++] = arglens ? arglens[i] : strlen(args[i]); }
    fmt_args(out, outsz, n, argv, lens);
}

/* SCRIPT EXISTS sha: 1, 0, or -1 on a bad answer */
static int script_exists(const char *sha) {
    if (raw("SCRIPT", "EXISTS", sha, NULL) <= 0) return -1;
    if (strcmp(rawbuf, "*1\r\n:1\r\n") == 0) return 1;
    if (strcmp(rawbuf, "*1\r\n:0\r\n") == 0) return 0;
    return -1;
}

static int raw_int(const char *a0, const char *a1, const char *a2) {
    long long v = -1;
    if (raw(a0, a1, a2, NULL) > 0) th_reply_int(rawbuf, &v);
    return (int)v;
}

/* --------------------------------------------------------------- client */
typedef struct res { int n; ar_reply *r; } res;
static void res_cb(ar_client *c, const ar_reply *r, void *ud) {
    res *s = (res *)ud;
    (void)c;
    CHECK_CB();
    if (!s->r) s->r = ar_reply_dup(r, NULL);
    s->n++;
}
static int res_done(void *a) { return ((res *)a)->n >= 1; }
static void res_clear(res *s) { if (s->r) ar_reply_free(s->r); memset(s, 0, sizeof *s); }
static void settle(void) { int i; for (i = 0; i < 10; i++) drv_turn(&D, 2); }

static ar_client *mk(const char *prefix) {
    ar_options o;
    const char *why = NULL;
    ar_client *c;
    memset(&o, 0, sizeof o);
    o.host = "127.0.0.1";
    o.port = srv.port;
    if (prefix) { o.key_prefix = prefix; o.prefixer = ar_cmdtab_prefix_argv; }
    c = drv_client(&D, &o, &why);
    if (!c) th_diag("client: %s", why ? why : "?");
    return c;
}
static void unmk(ar_client *c) { ar_client_free(c); drv_forget(&D, c); }

static const char *M;   /* mode name */

/* run s once with keys/args, wait for its one callback */
static int run(ar_client *c, const ar_script *s, int ro, int nkeys, const char *const *keys,
               int nargs, const char *const *args, const size_t *arglens, res *out) {
    int rc;
    memset(out, 0, sizeof *out);
    if (ro) SUBMIT(rc, ar_script_eval_ro(c, s, NULL, nkeys, keys, NULL, nargs, args, arglens, res_cb, out));
    else SUBMIT(rc, ar_script_eval(c, s, NULL, nkeys, keys, NULL, nargs, args, arglens, res_cb, out));
    if (rc != AR_OK) { th_diag("eval refused: %d %s", rc, ar_client_errstr(c)); return rc; }
    if (!drv_run_until(&D, res_done, out, 5000)) return -1;
    settle();
    return AR_OK;
}

static int is_str(const ar_reply *r, const char *s, size_t n) {
    return r && r->err == AR_OK && r->type == AR_REPLY_STRING && r->len == n && memcmp(r->str, s, n) == 0;
}

/* EVALSHA, NOSCRIPT, EVAL once; then EVALSHA alone; again after SCRIPT FLUSH */
static void test_fallback(void) {
    ar_client *c = mk(NULL);
    ar_script s;
    res r;
    const char *keys[] = { "sk1" };
    const char *args[] = { "a1", "a\0b" };
    size_t arglens[] = { 2, 3 };
    char got[8192], want[8192];
    int round;
    if (!th_ok(c != NULL, "%s: client", M)) return;
    ar_script_init(&s, "return {KEYS[1], ARGV[1], ARGV[2], 'fallback'}", 0);
    raw("SCRIPT", "FLUSH", NULL, NULL);
    for (round = 0; round < 3; round++) {
        const char *what = round == 0 ? "first run" : round == 1 ? "second run" : "after SCRIPT FLUSH";
        if (round == 2) raw("SCRIPT", "FLUSH", NULL, NULL);
        raw("SLOWLOG", "RESET", NULL, NULL);
        th_is_int(run(c, &s, 0, 1, keys, 2, args, arglens, &r), AR_OK, "%s: %s: accepted and answered", M, what);
        th_is_int(r.n, 1, "%s: %s: callback exactly once", M, what);
        th_ok(r.r && r.r->type == AR_REPLY_ARRAY && r.r->elements == 4 && is_str(&r.r->element[0], "sk1", 3) &&
              is_str(&r.r->element[1], "a1", 2) && is_str(&r.r->element[2], "a\0b", 3) &&
              is_str(&r.r->element[3], "fallback", 8), "%s: %s: the script's result (binary-safe args)", M, what);
        slowlog(got, sizeof got);
        want[0] = 0;
        expect(want, sizeof want, "EVALSHA", s.sha1, 1, keys, 2, args, arglens, NULL);
        if (round != 1) expect(want, sizeof want, "EVAL", s.src, 1, keys, 2, args, arglens, NULL);
        th_is_cstr(got, want, round == 1 ? "%s: %s: the server ran EVALSHA only" :
                   "%s: %s: the server ran EVALSHA, then EVAL once (NOSCRIPT never reached the user)", M, what);
        th_is_int(script_exists(s.sha1), 1, "%s: %s: the script is cached on the server now", M, what);
        res_clear(&r);
    }
    /* SCRIPT LOAD: the server's SHA1 is ours; then no fallback is needed */
    raw("SCRIPT", "FLUSH", NULL, NULL);
    {
        int rc;
        ar_script s2;
        ar_script_init(&s2, "return 'loaded'", 0);
        memset(&r, 0, sizeof r);
        SUBMIT(rc, ar_script_load(c, &s2, res_cb, &r));
        th_ok(rc == AR_OK && drv_run_until(&D, res_done, &r, 5000) && is_str(r.r, s2.sha1, 40),
              "%s: SCRIPT LOAD answers our SHA1 (%s)", M, s2.sha1);
        res_clear(&r);
        raw("SLOWLOG", "RESET", NULL, NULL);
        th_ok(run(c, &s2, 0, 0, NULL, 0, NULL, NULL, &r) == AR_OK && is_str(r.r, "loaded", 6), "%s: loaded script runs", M);
        slowlog(got, sizeof got);
        want[0] = 0;
        expect(want, sizeof want, "EVALSHA", s2.sha1, 0, NULL, 0, NULL, NULL, NULL);
        th_is_cstr(got, want, "%s: after SCRIPT LOAD only EVALSHA ran", M);
        res_clear(&r);
    }
    /* many keys and args (more than any stack array) */
    {
        const char *k[20], *a[20];
        char kb[20][16], ab[20][16];
        int i;
        ar_script s3;
        for (i = 0; i < 20; i++) {
            snprintf(kb[i], sizeof kb[i], "k%d", i); k[i] = kb[i];
            snprintf(ab[i], sizeof ab[i], "a%d", i); a[i] = ab[i];
        }
        ar_script_init(&s3, "return #KEYS * 1000 + #ARGV * 10 + (KEYS[20] == 'k19' and ARGV[17] == 'a16' and 1 or 0)", 0);
        th_ok(run(c, &s3, 0, 20, k, 17, a, NULL, &r) == AR_OK && r.r && r.r->type == AR_REPLY_INTEGER && r.r->integer == 20171,
              "%s: 20 keys and 17 args arrive in order (through the fallback)", M);
        res_clear(&r);
        th_ok(run(c, &s3, 0, 20, k, 17, a, NULL, &r) == AR_OK && r.r && r.r->type == AR_REPLY_INTEGER && r.r->integer == 20171,
              "%s: ... and through EVALSHA", M);
        res_clear(&r);
    }
    unmk(c);
}

/* a server restart forgets the scripts: the next run falls back */
static int connects_ge(void *a) {
    ar_stats st;
    void **v = (void **)a;
    ar_client_stats((ar_client *)v[0], &st);
    return st.connects >= *(unsigned long long *)v[1];
}
static void test_restart(void) {
    ar_client *c = mk(NULL);
    ar_script s;
    res r;
    ar_stats st;
    unsigned long long want_conn;
    void *arg[2];
    const char *keys[] = { "rk" };
    char got[4096], want[4096];
    if (!th_ok(c != NULL, "%s: restart: client", M)) return;
    ar_script_init(&s, "return 'after restart ' .. KEYS[1]", 0);
    th_ok(run(c, &s, 0, 1, keys, 0, NULL, NULL, &r) == AR_OK && is_str(r.r, "after restart rk", 16), "%s: restart: first run", M);
    res_clear(&r);
    ar_client_stats(c, &st);
    want_conn = st.connects + 1;
    if (!th_ok(th_server_restart(&srv) == 0, "%s: restart: server restarted", M)) { unmk(c); return; }
    arg[0] = c; arg[1] = &want_conn;
    th_ok(drv_run_until(&D, connects_ge, arg, 10000), "%s: restart: the client reconnected", M);
    raw("SLOWLOG", "RESET", NULL, NULL);
    th_is_int(script_exists(s.sha1), 0, "%s: restart: the new server does not know the script", M);
    th_ok(run(c, &s, 0, 1, keys, 0, NULL, NULL, &r) == AR_OK && r.n == 1 && is_str(r.r, "after restart rk", 16),
          "%s: restart: the run succeeds, once, with EVAL's reply", M);
    res_clear(&r);
    slowlog(got, sizeof got);
    want[0] = 0;
    expect(want, sizeof want, "EVALSHA", s.sha1, 1, keys, 0, NULL, NULL, NULL);
    expect(want, sizeof want, "EVAL", s.src, 1, keys, 0, NULL, NULL, NULL);
    th_is_cstr(got, want, "%s: restart: EVALSHA, then EVAL once", M);
    raw("SLOWLOG", "RESET", NULL, NULL);
    th_ok(run(c, &s, 0, 1, keys, 0, NULL, NULL, &r) == AR_OK && is_str(r.r, "after restart rk", 16), "%s: restart: the next run", M);
    res_clear(&r);
    slowlog(got, sizeof got);
    want[0] = 0;
    expect(want, sizeof want, "EVALSHA", s.sha1, 1, keys, 0, NULL, NULL, NULL);
    th_is_cstr(got, want, "%s: restart: ... is EVALSHA alone", M);
    unmk(c);
}

/* EVALSHA_RO / EVAL_RO; a Lua error is an error reply */
static void test_ro_and_errors(void) {
    ar_client *c = mk(NULL);
    ar_script s, w, e1, e2;
    res r;
    const char *keys[] = { "rok" };
    const char *args[] = { "x" };
    char got[4096], want[4096];
    if (!th_ok(c != NULL, "%s: ro: client", M)) return;
    raw("SET", "rok", "ro-value", NULL);
    raw("SCRIPT", "FLUSH", NULL, NULL);
    raw("SLOWLOG", "RESET", NULL, NULL);
    ar_script_init(&s, "return redis.call('GET', KEYS[1])", 0);
    th_ok(run(c, &s, 1, 1, keys, 0, NULL, NULL, &r) == AR_OK && is_str(r.r, "ro-value", 8), "%s: ro: EVAL_RO reads", M);
    res_clear(&r);
    th_ok(run(c, &s, 1, 1, keys, 0, NULL, NULL, &r) == AR_OK && is_str(r.r, "ro-value", 8), "%s: ro: EVALSHA_RO reads", M);
    res_clear(&r);
    slowlog(got, sizeof got);
    want[0] = 0;
    expect(want, sizeof want, "EVALSHA_RO", s.sha1, 1, keys, 0, NULL, NULL, NULL);
    expect(want, sizeof want, "EVAL_RO", s.src, 1, keys, 0, NULL, NULL, NULL);
    expect(want, sizeof want, "EVALSHA_RO", s.sha1, 1, keys, 0, NULL, NULL, NULL);
    th_is_cstr(got, want, "%s: ro: EVALSHA_RO, EVAL_RO once, then EVALSHA_RO", M);

    ar_script_init(&w, "return redis.call('SET', KEYS[1], ARGV[1])", 0);
    th_ok(run(c, &w, 1, 1, keys, 1, args, NULL, &r) == AR_OK && r.n == 1 && r.r && r.r->err == AR_OK &&
          r.r->type == AR_REPLY_ERROR, "%s: ro: a write in EVAL_RO is an error reply (%s)", M, r.r && r.r->str ? r.r->str : "");
    res_clear(&r);
    th_is_int(raw("GET", "rok", NULL, NULL) > 0 && strstr(rawbuf, "ro-value") != NULL, 1, "%s: ro: the key is unchanged", M);

    ar_script_init(&e1, "return redis.error_reply('MYERR boom')", 0);
    th_ok(run(c, &e1, 0, 0, NULL, 0, NULL, NULL, &r) == AR_OK && r.n == 1 && r.r && r.r->err == AR_OK &&
          ar_reply_is_error(r.r, "MYERR") && strstr(r.r->str, "boom"), "%s: error_reply through the fallback: AR_REPLY_ERROR MYERR", M);
    res_clear(&r);
    th_ok(run(c, &e1, 0, 0, NULL, 0, NULL, NULL, &r) == AR_OK && r.n == 1 && ar_reply_is_error(r.r, "MYERR"),
          "%s: ... and through EVALSHA", M);
    res_clear(&r);
    ar_script_init(&e2, "return redis.call('INCR', KEYS[1])", 0);
    th_ok(run(c, &e2, 0, 1, keys, 0, NULL, NULL, &r) == AR_OK && r.n == 1 && r.r && r.r->err == AR_OK &&
          r.r->type == AR_REPLY_ERROR && r.r->len > 0, "%s: a failing redis.call is an error reply (%s)", M, r.r && r.r->str ? r.r->str : "");
    res_clear(&r);
    {   /* a script that does not compile: EVALSHA -> NOSCRIPT -> EVAL -> compile error */
        ar_script bad;
        ar_script_init(&bad, "this is not lua", 0);
        th_ok(run(c, &bad, 0, 0, NULL, 0, NULL, NULL, &r) == AR_OK && r.n == 1 && r.r && r.r->type == AR_REPLY_ERROR &&
              !ar_reply_is_error(r.r, "NOSCRIPT"), "%s: a compile error arrives as EVAL's error, not NOSCRIPT (%.40s)", M, r.r && r.r->str ? r.r->str : "");
        res_clear(&r);
    }
    unmk(c);
}

/* FCALL / FCALL_RO with a FUNCTION LOAD'ed library */
static const char *LIB =
    "#!lua name=artestlib\n"
    "redis.register_function('tset', function(keys, args) redis.call('SET', keys[1], args[1]) return keys[1] end)\n"
    "redis.register_function{function_name='tget', callback=function(keys, args) return redis.call('GET', keys[1]) end, flags={'no-writes'}}\n"
    "redis.register_function('tcount', function(keys, args) return #keys * 1000 + #args end)\n";

static void test_fcall(const char *prefix) {
    ar_client *c = mk(prefix);
    res r;
    int rc;
    const char *keys[] = { "fk" };
    const char *args[] = { "fv" };
    const char *k3[3] = { "a", "b", "c" }, *a17[17];
    char got[4096], want[4096], rawkey[64];
    int i;
    const char *tag = prefix ? "fcall+prefix" : "fcall";
    if (!th_ok(c != NULL, "%s: %s: client", M, tag)) return;
    for (i = 0; i < 17; i++) a17[i] = "x";
    {
        const char *argv[] = { "FUNCTION", "LOAD", "REPLACE", LIB };
        th_raw_command(srv.port, rawbuf, sizeof rawbuf, 4, argv);
        th_ok(strstr(rawbuf, "artestlib") != NULL, "%s: %s: FUNCTION LOAD", M, tag);
    }
    raw("SLOWLOG", "RESET", NULL, NULL);
    memset(&r, 0, sizeof r);
    SUBMIT(rc, ar_fcall(c, NULL, "tset", 1, keys, NULL, 1, args, NULL, res_cb, &r));
    snprintf(rawkey, sizeof rawkey, "%sfk", prefix ? prefix : "");
    th_ok(rc == AR_OK && drv_run_until(&D, res_done, &r, 5000) && is_str(r.r, rawkey, strlen(rawkey)),
          "%s: %s: FCALL tset returns its key (%s)", M, tag, rawkey);
    res_clear(&r);
    th_ok(raw("GET", rawkey, NULL, NULL) > 0 && strcmp(rawbuf, "$2\r\nfv\r\n") == 0, "%s: %s: the server has %s = fv", M, tag, rawkey);
    SUBMIT(rc, ar_fcall_ro(c, NULL, "tget", 1, keys, NULL, 0, NULL, NULL, res_cb, &r));
    th_ok(rc == AR_OK && drv_run_until(&D, res_done, &r, 5000) && is_str(r.r, "fv", 2), "%s: %s: FCALL_RO tget reads it", M, tag);
    res_clear(&r);
    SUBMIT(rc, ar_fcall_ro(c, NULL, "tset", 1, keys, NULL, 1, args, NULL, res_cb, &r));
    th_ok(rc == AR_OK && drv_run_until(&D, res_done, &r, 5000) && r.r && r.r->type == AR_REPLY_ERROR,
          "%s: %s: FCALL_RO of a writing function: error reply", M, tag);
    res_clear(&r);
    SUBMIT(rc, ar_fcall(c, NULL, "tcount", 3, k3, NULL, 17, a17, NULL, res_cb, &r));
    th_ok(rc == AR_OK && drv_run_until(&D, res_done, &r, 5000) && r.r && r.r->type == AR_REPLY_INTEGER && r.r->integer == 3017,
          "%s: %s: FCALL with 3 keys and 17 args", M, tag);
    res_clear(&r);
    settle();
    slowlog(got, sizeof got);
    want[0] = 0;
    expect(want, sizeof want, "FCALL", "tset", 1, keys, 1, args, NULL, prefix);
    expect(want, sizeof want, "FCALL_RO", "tget", 1, keys, 0, NULL, NULL, prefix);
    expect(want, sizeof want, "FCALL_RO", "tset", 1, keys, 1, args, NULL, prefix);
    expect(want, sizeof want, "FCALL", "tcount", 3, k3, 17, a17, NULL, prefix);
    th_is_cstr(got, want, "%s: %s: the server ran exactly these (keys %s, arguments untouched)", M, tag, prefix ? "prefixed" : "as given");
    unmk(c);
}

/* key_prefix: the keys get it, the args do not, on both submissions */
static void test_prefix(void) {
    ar_client *c = mk("pfx:");
    ar_script s;
    res r;
    const char *keys[] = { "pk", "pk2" };
    const char *args[] = { "pv", "pk" };
    char got[4096], want[4096];
    if (!th_ok(c != NULL, "%s: prefix: client", M)) return;
    raw("DEL", "pfx:pk", "pk", NULL);
    raw("SCRIPT", "FLUSH", NULL, NULL);
    raw("SLOWLOG", "RESET", NULL, NULL);
    ar_script_init(&s, "redis.call('SET', KEYS[1], ARGV[1]) return {KEYS[1], KEYS[2], ARGV[2]}", 0);
    th_ok(run(c, &s, 0, 2, keys, 2, args, NULL, &r) == AR_OK && r.n == 1 && r.r && r.r->type == AR_REPLY_ARRAY &&
          r.r->elements == 3 && is_str(&r.r->element[0], "pfx:pk", 6) && is_str(&r.r->element[1], "pfx:pk2", 7) &&
          is_str(&r.r->element[2], "pk", 2), "%s: prefix: the script saw prefixed keys and plain args (fallback)", M);
    res_clear(&r);
    th_ok(raw("GET", "pfx:pk", NULL, NULL) > 0 && strcmp(rawbuf, "$2\r\npv\r\n") == 0 && raw_int("EXISTS", "pk", NULL) == 0,
          "%s: prefix: the server has pfx:pk = pv, and no pk", M);
    th_ok(run(c, &s, 0, 2, keys, 2, args, NULL, &r) == AR_OK && r.r && r.r->type == AR_REPLY_ARRAY && r.r->elements == 3 &&
          is_str(&r.r->element[0], "pfx:pk", 6), "%s: prefix: the same through EVALSHA", M);
    res_clear(&r);
    slowlog(got, sizeof got);
    want[0] = 0;
    expect(want, sizeof want, "EVALSHA", s.sha1, 2, keys, 2, args, NULL, "pfx:");
    expect(want, sizeof want, "EVAL", s.src, 2, keys, 2, args, NULL, "pfx:");
    expect(want, sizeof want, "EVALSHA", s.sha1, 2, keys, 2, args, NULL, "pfx:");
    th_is_cstr(got, want, "%s: prefix: on the server: keys prefixed on EVALSHA and on EVAL, args untouched", M);
    unmk(c);
}

/* refused calls return a code and never call back */
static void test_refusals(void) {
    ar_client *c = mk(NULL);
    ar_script s, z;
    res r;
    int rc;
    const char *nullkey[] = { NULL };
    const char *keys[] = { "k" };
    if (!th_ok(c != NULL, "%s: refusals: client", M)) return;
    memset(&r, 0, sizeof r);
    memset(&z, 0, sizeof z);
    ar_script_init(&s, "return 1", 0);
    SUBMIT(rc, ar_script_eval(c, &z, NULL, 0, NULL, NULL, 0, NULL, NULL, res_cb, &r));
    th_is_int(rc, AR_ERR_INVALID, "%s: refusals: an uninitialised script", M);
    SUBMIT(rc, ar_script_eval(c, NULL, NULL, 0, NULL, NULL, 0, NULL, NULL, res_cb, &r));
    th_is_int(rc, AR_ERR_INVALID, "%s: refusals: a NULL script", M);
    SUBMIT(rc, ar_script_eval(c, &s, NULL, -1, NULL, NULL, 0, NULL, NULL, res_cb, &r));
    th_is_int(rc, AR_ERR_INVALID, "%s: refusals: nkeys < 0", M);
    SUBMIT(rc, ar_script_eval(c, &s, NULL, 1, NULL, NULL, 0, NULL, NULL, res_cb, &r));
    th_is_int(rc, AR_ERR_INVALID, "%s: refusals: nkeys 1 and keys NULL", M);
    SUBMIT(rc, ar_script_eval_ro(c, &s, NULL, 1, nullkey, NULL, 0, NULL, NULL, res_cb, &r));
    th_is_int(rc, AR_ERR_INVALID, "%s: refusals: a NULL key (%s)", M, ar_client_errstr(c));
    SUBMIT(rc, ar_script_eval(c, &s, NULL, 1, keys, NULL, 1, nullkey, NULL, res_cb, &r));
    th_is_int(rc, AR_ERR_INVALID, "%s: refusals: a NULL arg", M);
    SUBMIT(rc, ar_fcall(c, NULL, NULL, 0, NULL, NULL, 0, NULL, NULL, res_cb, &r));
    th_is_int(rc, AR_ERR_INVALID, "%s: refusals: FCALL without a name", M);
    SUBMIT(rc, ar_fcall_ro(c, NULL, "f", 0, NULL, NULL, -2, NULL, NULL, res_cb, &r));
    th_is_int(rc, AR_ERR_INVALID, "%s: refusals: FCALL_RO nargs < 0", M);
    SUBMIT(rc, ar_script_load(c, NULL, res_cb, &r));
    th_is_int(rc, AR_ERR_INVALID, "%s: refusals: SCRIPT LOAD of NULL", M);
    th_is_int(ar_script_eval(NULL, &s, NULL, 0, NULL, NULL, 0, NULL, NULL, res_cb, &r), AR_ERR_INVALID, "%s: refusals: NULL client", M);
    ar_client_close(c);
    SUBMIT(rc, ar_script_eval(c, &s, NULL, 0, NULL, NULL, 0, NULL, NULL, res_cb, &r));
    th_is_int(rc, AR_ERR_CLOSED, "%s: refusals: a closing client: AR_ERR_CLOSED", M);
    SUBMIT(rc, ar_fcall(c, NULL, "f", 0, NULL, NULL, 0, NULL, NULL, res_cb, &r));
    th_is_int(rc, AR_ERR_CLOSED, "%s: refusals: FCALL on a closing client: AR_ERR_CLOSED", M);
    settle();
    th_is_int(r.n, 0, "%s: refusals: no callback ran for any of them", M);
    /* the closed client frees itself on a later turn (or with the driver) */
}

/* the client goes away with a run pending */
typedef struct freer { ar_client *c; int n; size_t inflight; } freer;
static void free_cb(ar_client *c, const ar_reply *r, void *ud) {
    freer *f = (freer *)ud;
    (void)r;
    CHECK_CB();
    f->n++;
    f->inflight = ar_client_inflight(c);
    ar_client_free(c);
}
static int freer_done(void *a) { return ((freer *)a)->n >= 1; }

static void test_gone(void) {
    ar_script s;
    res r;
    freer f;
    int rc;
    const char *keys[] = { "gk" };
    char got[4096];
    ar_client *c;
    ar_script_init(&s, "return 'gone ' .. KEYS[1]", 0);

    /* 1. freed from a callback while the EVAL fallback is pending */
    c = mk(NULL);
    if (!th_ok(c != NULL, "%s: gone: client", M)) return;
    raw("SCRIPT", "FLUSH", NULL, NULL);
    memset(&r, 0, sizeof r);
    memset(&f, 0, sizeof f);
    SUBMIT(rc, ar_script_eval(c, &s, NULL, 1, keys, NULL, 0, NULL, NULL, res_cb, &r));
    th_is_int(rc, AR_OK, "%s: gone/free-in-callback: eval accepted", M);
    SUBMIT(rc, ar_command(c, free_cb, &f, "PING"));
    th_ok(drv_run_until(&D, freer_done, &f, 5000), "%s: gone/free-in-callback: PING's callback freed the client", M);
    settle();
    th_is_int(f.inflight, 1, "%s: gone/free-in-callback: the EVAL fallback was pending then", M);
    th_ok(r.n == 1 && r.r && r.r->err == AR_ERR_CLOSED && r.r->type == AR_REPLY_NONE && r.r->str && r.r->len > 0,
          "%s: gone/free-in-callback: the run completed once, typed AR_ERR_CLOSED (%s)", M, r.r && r.r->str ? r.r->str : "");
    res_clear(&r);

    /* 2. graceful close with EVALSHA pending: the fallback is refused */
    c = mk(NULL);
    if (!th_ok(c != NULL, "%s: gone: client 2", M)) return;
    raw("SCRIPT", "FLUSH", NULL, NULL);
    raw("SLOWLOG", "RESET", NULL, NULL);
    memset(&r, 0, sizeof r);
    SUBMIT(rc, ar_script_eval(c, &s, NULL, 1, keys, NULL, 0, NULL, NULL, res_cb, &r));
    ar_client_close(c);
    th_ok(rc == AR_OK && drv_run_until(&D, res_done, &r, 5000), "%s: gone/close: the run completed", M);
    settle();
    th_ok(r.n == 1 && r.r && r.r->err == AR_ERR_CLOSED && r.r->str && strlen(r.r->str) == r.r->len,
          "%s: gone/close: once, typed AR_ERR_CLOSED: the EVAL could not be sent (%s)", M, r.r && r.r->str ? r.r->str : "");
    res_clear(&r);
    {
        char want[4096];
        want[0] = 0;
        expect(want, sizeof want, "EVALSHA", s.sha1, 1, keys, 0, NULL, NULL, NULL);
        slowlog(got, sizeof got);
        th_is_cstr(got, want, "%s: gone/close: the server saw EVALSHA and no EVAL", M);
    }

    /* 3. freed from outside with EVALSHA pending */
    c = mk(NULL);
    if (!th_ok(c != NULL, "%s: gone: client 3", M)) return;
    memset(&r, 0, sizeof r);
    SUBMIT(rc, ar_script_eval(c, &s, NULL, 1, keys, NULL, 0, NULL, NULL, res_cb, &r));
    unmk(c);
    th_ok(rc == AR_OK && r.n == 1 && r.r && r.r->err == AR_ERR_CLOSED, "%s: gone/free: the pending run completed once with AR_ERR_CLOSED", M);
    settle();
    th_is_int(r.n, 1, "%s: gone/free: and never again", M);
    res_clear(&r);
}

static void run_mode(drv_mode m) {
    drv_init(&D, m);
    M = drv_names[m];
    th_note("---- drive mode: %s", M);
    test_fallback();
    test_restart();
    test_ro_and_errors();
    test_fcall(NULL);
    test_fcall("fp:");
    test_prefix();
    test_refusals();
    test_gone();
    drv_free(&D);
}

int main(void) {
    const char *extra[] = { "--slowlog-log-slower-than", "0", "--slowlog-max-len", "1000", NULL };
    th_watchdog(300);
    test_sha1();
    if (th_server_start(&srv, extra) != 0) th_bail("cannot start redis-server");
    if (th_redis_major() < 7) th_bail("redis-server 7 or later needed (EVAL_RO, FCALL)");
    run_mode(DRV_LOOP);
    run_mode(DRV_HOOKS);
    run_mode(DRV_PUMP);
    th_is_int(g_violations, 0, "no callback ever ran inside the call that submitted it");
    th_is_int(g_called, g_accepted, "every accepted call completed exactly once (%ld)", g_accepted);
    th_server_stop(&srv);
    return th_done();
}
