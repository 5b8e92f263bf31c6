/* tests/test_uri.c - ar_parse_uri: a table of valid URIs and their fields, a
   table of malformed ones (AR_ERR_INVALID, a reason, *o untouched), and
   every buffer size from 0 to the one needed with the buffer right before a
   PROT_NONE guard page (AR_ERR_NOMEM, never a byte written outside it).
   No server needed. */
#include "harness.h"
#define ASYNCREDIS_IMPLEMENTATION
#include "../asyncredis.h"
#include <sys/mman.h>

#if !defined(MAP_ANONYMOUS) && defined(MAP_ANON)
#define MAP_ANONYMOUS MAP_ANON
#endif

typedef struct vcase {
    const char *uri;
    const char *host;
    int port;
    const char *path;
    const char *user;
    const char *pass;
    int db;
    const char *name;
    int tls;
    int ct, rt, wt, qt;          /* connect, read, write, request timeouts */
} vcase;

static const vcase valid[] = {
    /* uri                                          host            port  path   user  pass  db name tls ct rt wt qt */
    { "redis://localhost",                          "localhost",    6379, NULL, NULL, NULL, 0, NULL, 0, 0, 0, 0, 0 },
    { "redis://localhost:6380",                     "localhost",    6380, NULL, NULL, NULL, 0, NULL, 0, 0, 0, 0, 0 },
    { "redis://127.0.0.1:6379/0",                   "127.0.0.1",    6379, NULL, NULL, NULL, 0, NULL, 0, 0, 0, 0, 0 },
    { "redis://h/3",                                "h",            6379, NULL, NULL, NULL, 3, NULL, 0, 0, 0, 0, 0 },
    { "redis://h:1/15",                             "h",               1, NULL, NULL, NULL, 15, NULL, 0, 0, 0, 0, 0 },
    { "redis://h:65535",                            "h",           65535, NULL, NULL, NULL, 0, NULL, 0, 0, 0, 0, 0 },
    { "redis://h:06380",                            "h",            6380, NULL, NULL, NULL, 0, NULL, 0, 0, 0, 0, 0 },
    { "REDIS://Example.COM:7000/1",                 "Example.COM",  7000, NULL, NULL, NULL, 1, NULL, 0, 0, 0, 0, 0 },
    { "redis://my_host-1.local:6379",               "my_host-1.local", 6379, NULL, NULL, NULL, 0, NULL, 0, 0, 0, 0, 0 },
    { "rediss://secure.example.com",                "secure.example.com", 6379, NULL, NULL, NULL, 0, NULL, 1, 0, 0, 0, 0 },
    { "rediss://:s3cret@secure.example.com:6390/2", "secure.example.com", 6390, NULL, NULL, "s3cret", 2, NULL, 1, 0, 0, 0, 0 },
    { "ReDiSs://h",                                 "h",            6379, NULL, NULL, NULL, 0, NULL, 1, 0, 0, 0, 0 },
    { "redis://:pw@h",                              "h",            6379, NULL, NULL, "pw", 0, NULL, 0, 0, 0, 0, 0 },
    { "redis://alice:pw@h",                         "h",            6379, NULL, "alice", "pw", 0, NULL, 0, 0, 0, 0, 0 },
    { "redis://alice:@h",                           "h",            6379, NULL, "alice", "", 0, NULL, 0, 0, 0, 0, 0 },
    { "redis://:@h",                                "h",            6379, NULL, NULL, NULL, 0, NULL, 0, 0, 0, 0, 0 },
    { "redis://@h",                                 "h",            6379, NULL, NULL, NULL, 0, NULL, 0, 0, 0, 0, 0 },
    { "redis://:p%40ss%3Aw%2Fd@h",                  "h",            6379, NULL, NULL, "p@ss:w/d", 0, NULL, 0, 0, 0, 0, 0 },
    { "redis://us%3aer:pa:ss@h",                    "h",            6379, NULL, "us:er", "pa:ss", 0, NULL, 0, 0, 0, 0, 0 },
    { "redis://:p@ss@h:7",                          "h",               7, NULL, NULL, "p@ss", 0, NULL, 0, 0, 0, 0, 0 },
    { "redis://:%C3%A9t%c3%a9@h",                   "h",            6379, NULL, NULL, "\xc3\xa9t\xc3\xa9", 0, NULL, 0, 0, 0, 0, 0 },
    { "redis://[::1]",                              "::1",          6379, NULL, NULL, NULL, 0, NULL, 0, 0, 0, 0, 0 },
    { "redis://[::1]:6380/2",                       "::1",          6380, NULL, NULL, NULL, 2, NULL, 0, 0, 0, 0, 0 },
    { "redis://[2001:DB8::42]:7000",                "2001:DB8::42", 7000, NULL, NULL, NULL, 0, NULL, 0, 0, 0, 0, 0 },
    { "redis://[::ffff:192.0.2.1]/1",               "::ffff:192.0.2.1", 6379, NULL, NULL, NULL, 1, NULL, 0, 0, 0, 0, 0 },
    { "redis://[fe80::1%eth0]:6379",                "fe80::1%eth0", 6379, NULL, NULL, NULL, 0, NULL, 0, 0, 0, 0, 0 },
    { "redis://:pw@[::1]:6380/4?name=app",          "::1",          6380, NULL, NULL, "pw", 4, "app", 0, 0, 0, 0, 0 },
    { "redis://h?db=5",                             "h",            6379, NULL, NULL, NULL, 5, NULL, 0, 0, 0, 0, 0 },
    { "redis://h/5?db=5",                           "h",            6379, NULL, NULL, NULL, 5, NULL, 0, 0, 0, 0, 0 },
    { "redis://h/05?db=5",                          "h",            6379, NULL, NULL, NULL, 5, NULL, 0, 0, 0, 0, 0 },
    { "redis://h/2147483647",                       "h",            6379, NULL, NULL, NULL, 2147483647, NULL, 0, 0, 0, 0, 0 },
    { "redis://h/%32",                              "h",            6379, NULL, NULL, NULL, 2, NULL, 0, 0, 0, 0, 0 },
    { "redis://h/",                                 "h",            6379, NULL, NULL, NULL, 0, NULL, 0, 0, 0, 0, 0 },
    { "redis://h?",                                 "h",            6379, NULL, NULL, NULL, 0, NULL, 0, 0, 0, 0, 0 },
    { "redis://h/?db=0",                            "h",            6379, NULL, NULL, NULL, 0, NULL, 0, 0, 0, 0, 0 },
    { "redis://h?name=worker-1",                    "h",            6379, NULL, NULL, NULL, 0, "worker-1", 0, 0, 0, 0, 0 },
    { "redis://h?client_name=x.y_z",                "h",            6379, NULL, NULL, NULL, 0, "x.y_z", 0, 0, 0, 0, 0 },
    { "redis://h?NAME=Abc",                         "h",            6379, NULL, NULL, NULL, 0, "Abc", 0, 0, 0, 0, 0 },
    { "redis://h?name=%41%62",                      "h",            6379, NULL, NULL, NULL, 0, "Ab", 0, 0, 0, 0, 0 },
    { "redis://h?name=a?b=c+d",                     "h",            6379, NULL, NULL, NULL, 0, "a?b=c+d", 0, 0, 0, 0, 0 },
    { "redis://h?db=%31%32",                        "h",            6379, NULL, NULL, NULL, 12, NULL, 0, 0, 0, 0, 0 },
    { "redis://h?db=1&&name=n&",                    "h",            6379, NULL, NULL, NULL, 1, "n", 0, 0, 0, 0, 0 },
    { "redis://h?connect_timeout=0.5",              "h",            6379, NULL, NULL, NULL, 0, NULL, 0, 500, 0, 0, 0 },
    { "redis://h?read_timeout=250ms&write_timeout=2", "h",          6379, NULL, NULL, NULL, 0, NULL, 0, 0, 250, 2000, 0 },
    { "redis://h?request_timeout=1.0001",           "h",            6379, NULL, NULL, NULL, 0, NULL, 0, 0, 0, 0, 1001 },
    { "redis://h?connect_timeout=0.0001",           "h",            6379, NULL, NULL, NULL, 0, NULL, 0, 1, 0, 0, 0 },
    { "redis://h?connect_timeout=1.000",            "h",            6379, NULL, NULL, NULL, 0, NULL, 0, 1000, 0, 0, 0 },
    { "redis://h?connect_timeout=86400",            "h",            6379, NULL, NULL, NULL, 0, NULL, 0, 86400000, 0, 0, 0 },
    { "redis://h?connect_timeout=86400000ms",       "h",            6379, NULL, NULL, NULL, 0, NULL, 0, 86400000, 0, 0, 0 },
    { "redis://h?connect_timeout=%32%35%30ms",      "h",            6379, NULL, NULL, NULL, 0, NULL, 0, 250, 0, 0, 0 },
    { "redis://h?Connect_Timeout=1.25&read_timeout=3&write_timeout=100MS&request_timeout=0.75",
                                                    "h",            6379, NULL, NULL, NULL, 0, NULL, 0, 1250, 3000, 100, 750 },
    { "rediss://bob:pw%26x@cache.example.org:6380/9?name=api&connect_timeout=2&read_timeout=1.5",
                                                    "cache.example.org", 6380, NULL, "bob", "pw&x", 9, "api", 1, 2000, 1500, 0, 0 },
    { "unix:///tmp/redis.sock",                     NULL,              0, "/tmp/redis.sock", NULL, NULL, 0, NULL, 0, 0, 0, 0, 0 },
    { "UNIX:///tmp/redis.sock?db=3",                NULL,              0, "/tmp/redis.sock", NULL, NULL, 3, NULL, 0, 0, 0, 0, 0 },
    { "redis+unix:///var/run/redis/redis.sock?db=1&name=sock", NULL,   0, "/var/run/redis/redis.sock", NULL, NULL, 1, "sock", 0, 0, 0, 0, 0 },
    { "redis+unix://:pw@/tmp/r.sock",               NULL,              0, "/tmp/r.sock", NULL, "pw", 0, NULL, 0, 0, 0, 0, 0 },
    { "redis+unix://u:pw@/tmp/r.sock?db=2",         NULL,              0, "/tmp/r.sock", "u", "pw", 2, NULL, 0, 0, 0, 0, 0 },
    { "unix://:pw@/s",                              NULL,              0, "/s", NULL, "pw", 0, NULL, 0, 0, 0, 0, 0 },
    { "unix:///tmp/with%20space.sock",              NULL,              0, "/tmp/with space.sock", NULL, NULL, 0, NULL, 0, 0, 0, 0, 0 },
    { "unix:///tmp/a@b:c.sock",                     NULL,              0, "/tmp/a@b:c.sock", NULL, NULL, 0, NULL, 0, 0, 0, 0, 0 },
    { "unix:///tmp/%3f%23.sock?",                   NULL,              0, "/tmp/?#.sock", NULL, NULL, 0, NULL, 0, 0, 0, 0, 0 },
    { "Redis+Unix:///s?connect_timeout=5&request_timeout=10ms", NULL,  0, "/s", NULL, NULL, 0, NULL, 0, 5000, 0, 0, 10 },
};

typedef struct icase {
    const char *uri;
    const char *why;             /* expected substring of *why */
} icase;

static const icase invalid[] = {
    { "",                                   "missing scheme" },
    { "localhost:6379",                     "unknown scheme" },
    { "127.0.0.1:6379",                     "unknown scheme" },
    { "http://h",                           "unknown scheme" },
    { "rediss+unix:///tmp/s",               "unknown scheme" },
    { "/tmp/redis.sock",                    "missing scheme" },
    { "redis:h",                            "expected //" },
    { "redis:/h",                           "expected //" },
    { "unix:/tmp/s",                        "expected //" },
    { "redis://",                           "missing host" },
    { "redis://:6379",                      "missing host" },
    { "redis://:pw@",                       "missing host" },
    { "redis://:pw@/2",                     "missing host" },
    { "redis://?db=1",                      "missing host" },
    { "redis://user@h",                     "a user needs a password" },
    { "redis+unix://user@/tmp/s",           "a user needs a password" },
    { "redis://h:0",                        "port must be 1-65535" },
    { "redis://h:65536",                    "port must be 1-65535" },
    { "redis://h:99999999999999999999999",  "port must be 1-65535" },
    { "redis://h:",                         "port must be 1-65535" },
    { "redis://h:/1",                       "port must be 1-65535" },
    { "redis://h:abc",                      "port must be 1-65535" },
    { "redis://h:-1",                       "port must be 1-65535" },
    { "redis://h:+1",                       "port must be 1-65535" },
    { "redis://h:63x",                      "junk after port" },
    { "redis://[::1",                       "not closed with ]" },
    { "redis://[fe80::1%e/0]",              "not closed with ]" },
    { "redis://[::1]x",                     "junk after IPv6" },
    { "redis://[::1]:",                     "port must be 1-65535" },
    { "redis://[::1]:0",                    "port must be 1-65535" },
    { "redis://[]",                         "bad IPv6 address" },
    { "redis://[::g]",                      "bad IPv6 address" },
    { "redis://[1.2.3.4]",                  "bad IPv6 address" },
    { "redis://[1:2:3:4:5:6:7:8:9]",        "bad IPv6 address" },
    { "redis://[localhost]",                "bad IPv6 address" },
    { "redis://[fe80::1%]",                 "empty IPv6 zone" },
    { "redis://[fe80::1%e!]",               "bad IPv6 zone" },
    { "redis://::1",                        "in brackets" },
    { "redis://fe80::1:6379",               "in brackets" },
    { "redis://h%41",                       "host may contain only" },
    { "redis://ho$t",                       "host may contain only" },
    { "redis://h\xc3\xa9",                  "host may contain only" },
    { "redis://h st",                       "space or control" },
    { "redis://h\t",                        "space or control" },
    { "redis://h\x7f",                      "space or control" },
    { "redis://:p w@h",                     "space or control" },
    { "redis://h#frag",                     "'#' is not allowed" },
    { "redis://:p#ss@h",                    "'#' is not allowed" },
    { "redis://h?db=1#x",                   "'#' is not allowed" },
    { "redis://h/x",                        "db must be a non-negative integer" },
    { "redis://h/-1",                       "db must be a non-negative integer" },
    { "redis://h/1/2",                      "db must be a non-negative integer" },
    { "redis://h//",                        "db must be a non-negative integer" },
    { "redis://h/12345678901",              "at most 10 digits" },
    { "redis://h/2147483648",               "db is too large" },
    { "redis://h/1?db=2",                   "db given twice" },
    { "redis://h?db=",                      "db must be a non-negative integer" },
    { "redis://h?db=x",                     "db must be a non-negative integer" },
    { "redis://h?db=+1",                    "db must be a non-negative integer" },
    { "redis://h?db=1.0",                   "db must be a non-negative integer" },
    { "redis://h?db=1&db=1",                "given twice" },
    { "redis://h?name=a&client_name=b",     "given twice" },
    { "redis://h?name=",                    "client name is empty" },
    { "redis://h?name=a%20b",               "client name must not contain" },
    { "redis://h?name=%7F",                 "client name must not contain" },
    { "redis://h?name=%C3%A9",              "client name must not contain" },
    { "redis://h?foo=1",                    "unknown query option" },
    { "redis://h?password=x",               "unknown query option" },
    { "redis://h?=1",                       "unknown query option" },
    { "redis://h?d%62=1",                   "unknown query option" },
    { "redis://h?db",                       "without a value" },
    { "redis://h?name=a&db",                "without a value" },
    { "redis://h?connect_timeout=",         "timeout is empty" },
    { "redis://h?connect_timeout=-1",       "negative" },
    { "redis://h?connect_timeout=%2D1",     "negative" },
    { "redis://h?connect_timeout=abc",      "timeout must be seconds" },
    { "redis://h?connect_timeout=0",        "greater than 0" },
    { "redis://h?connect_timeout=0ms",      "greater than 0" },
    { "redis://h?connect_timeout=0.000",    "greater than 0" },
    { "redis://h?read_timeout=86401",       "at most 24h" },
    { "redis://h?read_timeout=86400.001",   "at most 24h" },
    { "redis://h?write_timeout=86400001ms", "at most 24h" },
    { "redis://h?connect_timeout=99999999999999999999999", "at most 24h" },
    { "redis://h?write_timeout=1e3",        "timeout must be seconds" },
    { "redis://h?request_timeout=.5",       "timeout must be seconds" },
    { "redis://h?request_timeout=5.",       "timeout must be seconds" },
    { "redis://h?request_timeout=1.5ms",    "timeout must be seconds" },
    { "redis://h?request_timeout=5s",       "timeout must be seconds" },
    { "redis://h?request_timeout=5m",       "timeout must be seconds" },
    { "redis://h?request_timeout=+5",       "timeout must be seconds" },
    { "redis://h?read_timeout=1&read_timeout=2", "given twice" },
    { "redis://:p%G1@h",                    "bad percent-escape" },
    { "redis://:p%4@h",                     "bad percent-escape" },
    { "redis://:p%@h",                      "bad percent-escape" },
    { "redis://u%x:p@h",                    "bad percent-escape" },
    { "unix:///tmp/s%",                     "bad percent-escape" },
    { "redis://h?name=%zz",                 "bad percent-escape" },
    { "redis://h?db=%3",                    "bad percent-escape" },
    { "redis://h/%3x",                      "bad percent-escape" },
    { "redis://h?connect_timeout=1%2",      "bad percent-escape" },
    { "redis://:a%00b@h",                   "%00" },
    { "unix:///tmp/%00",                    "%00" },
    { "unix://",                            "missing unix socket path" },
    { "unix:///",                           "missing unix socket path" },
    { "redis+unix://?db=1",                 "missing unix socket path" },
    { "redis+unix://:pw@",                  "missing unix socket path" },
    { "unix://host/tmp/s",                  "must be absolute" },
    { "unix://tmp/redis.sock",              "must be absolute" },
    { "redis+unix://:pw@h/tmp/s",           "must be absolute" },
    { "unix:///tmp/",                       "must name a file" },
    { "unix:///tmp/s%2f",                   "must name a file" },
    { "unix:///tmp/s?x=1",                  "unknown query option" },
    { "unix:///tmp/s.sock?db=-1",           "db must be a non-negative integer" },
};

#define NVALID ((int)(sizeof valid / sizeof valid[0]))
#define NINVALID ((int)(sizeof invalid / sizeof invalid[0]))

static ar_hooks dummy_hooks;
static int dummy_loop_obj;

/* options as a caller might have them before parsing: every byte set, a few
   real fields filled in */
static void prefill(ar_options *o) {
    memset(o, 0x5a, sizeof *o);
    o->loop = (ar_loop *)(void *)&dummy_loop_obj;
    o->hooks = &dummy_hooks;
    o->max_inflight = 77;
    o->key_prefix = "pfx:";
    o->reconnect_factor = 1.5;
}

static int str_eq(const char *a, const char *b) {
    if (!a || !b) return a == b;
    return strcmp(a, b) == 0;
}

/* every parsed field as expected? diagnostics for those that are not */
static int fields_ok(const ar_options *o, const vcase *v) {
    int ok = 1;
#define CHK_S(f, want) if (!str_eq(o->f, want)) { ok = 0; th_diag("  %s: got %s%s%s, want %s%s%s", #f, \
        o->f ? "\"" : "", o->f ? o->f : "NULL", o->f ? "\"" : "", want ? "\"" : "", want ? want : "NULL", want ? "\"" : ""); }
#define CHK_I(f, want) if (o->f != (want)) { ok = 0; th_diag("  %s: got %d, want %d", #f, (int)o->f, (int)(want)); }
    CHK_S(host, v->host)
    CHK_I(port, v->port)
    CHK_S(path, v->path)
    CHK_S(username, v->user)
    CHK_S(password, v->pass)
    CHK_I(db, v->db)
    CHK_S(client_name, v->name)
    CHK_I(tls, v->tls)
    CHK_I(connect_timeout_ms, v->ct)
    CHK_I(read_timeout_ms, v->rt)
    CHK_I(write_timeout_ms, v->wt)
    CHK_I(request_timeout_ms, v->qt)
#undef CHK_S
#undef CHK_I
    return ok;
}

/* nothing but the twelve URI fields changed */
static int others_untouched(const ar_options *o, const ar_options *pre) {
    ar_options exp;
    memcpy(&exp, pre, sizeof exp);
    exp.host = o->host; exp.port = o->port; exp.path = o->path;
    exp.username = o->username; exp.password = o->password; exp.db = o->db;
    exp.client_name = o->client_name; exp.tls = o->tls;
    exp.connect_timeout_ms = o->connect_timeout_ms; exp.read_timeout_ms = o->read_timeout_ms;
    exp.write_timeout_ms = o->write_timeout_ms; exp.request_timeout_ms = o->request_timeout_ms;
    return memcmp(&exp, o, sizeof exp) == 0;
}

static int in_buf(const char *p, const char *buf, size_t n) {
    return !p || (p >= buf && p < buf + n && memchr(p, 0, (size_t)(buf + n - p)) != NULL);
}

static int strings_in_buf(const ar_options *o, const char *buf, size_t n) {
    return in_buf(o->host, buf, n) && in_buf(o->path, buf, n) && in_buf(o->username, buf, n) &&
           in_buf(o->password, buf, n) && in_buf(o->client_name, buf, n);
}

/* the guard: one writable page followed by a PROT_NONE page */
static unsigned char *g_page;
static size_t g_ps;

static int guard_setup(void) {
    void *m;
    long ps = sysconf(_SC_PAGESIZE);
    g_ps = ps > 0 ? (size_t)ps : 4096;
#ifdef MAP_ANONYMOUS
    m = mmap(NULL, 2 * g_ps, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
#else
    {
        int fd = open("/dev/zero", O_RDWR);
        m = fd < 0 ? MAP_FAILED : mmap(NULL, 2 * g_ps, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
        if (fd >= 0) close(fd);
    }
#endif
    if (m == MAP_FAILED) return -1;
    g_page = (unsigned char *)m;
    if (mprotect(g_page + g_ps, g_ps, PROT_NONE) != 0) return -1;
    return 0;
}

/* a buffer of n bytes ending exactly at the guard page; the rest of the
   writable page is a canary */
static char *guard_buf(size_t n) {
    memset(g_page, 0xee, g_ps);
    return (char *)(g_page + g_ps - n);
}

static int canary_ok(size_t n) {
    size_t i;
    for (i = 0; i < g_ps - n; i++) if (g_page[i] != 0xee) return 0;
    return 1;
}

static void test_valid(void) {
    int i;
    for (i = 0; i < NVALID; i++) {
        const vcase *v = &valid[i];
        ar_options o, pre;
        char buf[1024];
        const char *why = "unset";
        int rc;
        prefill(&pre);
        memcpy(&o, &pre, sizeof o);
        rc = ar_parse_uri(v->uri, &o, buf, sizeof buf, &why);
        if (!th_is_int(rc, AR_OK, "valid %s", v->uri)) { th_diag("  why: %s", why ? why : "NULL"); continue; }
        th_ok(why == NULL, "  *why is NULL on success");
        th_ok(fields_ok(&o, v), "  fields of %s", v->uri);
        th_ok(others_untouched(&o, &pre) && strings_in_buf(&o, buf, sizeof buf),
              "  other fields untouched, strings inside buf");
    }
    /* why may be NULL */
    {
        ar_options o;
        char buf[64];
        prefill(&o);
        th_is_int(ar_parse_uri("redis://h:1/2", &o, buf, sizeof buf, NULL), AR_OK, "why == NULL is allowed (success)");
        th_is_int(ar_parse_uri("redis://h:0", &o, buf, sizeof buf, NULL), AR_ERR_INVALID, "why == NULL is allowed (error)");
        th_is_int(ar_parse_uri("redis://hh", &o, buf, 2, NULL), AR_ERR_NOMEM, "why == NULL is allowed (too small)");
    }
}

static void test_invalid(void) {
    int i;
    for (i = 0; i < NINVALID; i++) {
        const icase *c = &invalid[i];
        ar_options o, pre;
        char buf[1024];
        const char *why = NULL;
        int rc;
        prefill(&pre);
        memcpy(&o, &pre, sizeof o);
        rc = ar_parse_uri(c->uri, &o, buf, sizeof buf, &why);
        th_is_int(rc, AR_ERR_INVALID, "invalid \"%s\"", c->uri);
        if (!th_ok(why && strstr(why, c->why), "  why mentions \"%s\"", c->why))
            th_diag("  why: %s", why ? why : "NULL");
        th_ok(memcmp(&o, &pre, sizeof o) == 0, "  *o unchanged");
        /* the same with no buffer at all: still AR_ERR_INVALID, not NOMEM */
        why = NULL;
        rc = ar_parse_uri(c->uri, &o, NULL, 0, &why);
        th_ok(rc == AR_ERR_INVALID && why && strstr(why, c->why) && memcmp(&o, &pre, sizeof o) == 0,
              "  and with no buffer (why: %s)", why ? why : "NULL");
    }
}

static void test_bad_args(void) {
    ar_options o, pre;
    char buf[64];
    const char *why;
    prefill(&pre);
    memcpy(&o, &pre, sizeof o);
    why = NULL;
    th_is_int(ar_parse_uri(NULL, &o, buf, sizeof buf, &why), AR_ERR_INVALID, "uri NULL");
    th_ok(why != NULL && memcmp(&o, &pre, sizeof o) == 0, "  reason given, *o unchanged");
    why = NULL;
    th_is_int(ar_parse_uri("redis://h", NULL, buf, sizeof buf, &why), AR_ERR_INVALID, "o NULL");
    th_ok(why != NULL, "  reason given");
    why = NULL;
    th_is_int(ar_parse_uri("redis://h", &o, NULL, 10, &why), AR_ERR_INVALID, "buf NULL with bufsize 10");
    th_ok(why != NULL && memcmp(&o, &pre, sizeof o) == 0, "  reason given, *o unchanged");
    why = NULL;
    th_is_int(ar_parse_uri("redis://h", &o, NULL, 0, &why), AR_ERR_NOMEM, "buf NULL, bufsize 0: too small");
    th_is_cstr(why, "buffer too small for the decoded URI", "  reason");
    th_ok(memcmp(&o, &pre, sizeof o) == 0, "  *o unchanged");
}

/* exact percent-escape messages (written into buf when it fits) */
static void test_escape_messages(void) {
    static const struct { const char *uri, *msg; } m[] = {
        { "redis://:p%G1@h", "bad percent-escape in the password at offset 10 of the URI (%XX needs two hex digits)" },
        { "redis://u%4:p@h", "bad percent-escape in the user name at offset 9 of the URI (%XX needs two hex digits)" },
        { "unix:///tmp/s%", "bad percent-escape in the socket path at offset 13 of the URI (%XX needs two hex digits)" },
        { "redis://h/1%", "bad percent-escape in the db path segment at offset 11 of the URI (%XX needs two hex digits)" },
        { "redis://h?db=%3", "bad percent-escape in the db value at offset 13 of the URI (%XX needs two hex digits)" },
        { "redis://h?name=a%zz", "bad percent-escape in the client name at offset 16 of the URI (%XX needs two hex digits)" },
        { "redis://h?read_timeout=1%", "bad percent-escape in the read_timeout value at offset 24 of the URI (%XX needs two hex digits)" },
        { "redis://:a%00b@h", "percent-escape %00 (a NUL byte) in the password at offset 10 of the URI is not allowed" },
    };
    int i;
    for (i = 0; i < (int)(sizeof m / sizeof m[0]); i++) {
        ar_options o, pre;
        char buf[256];
        const char *why = NULL;
        size_t n, len = strlen(m[i].msg);
        int rc, bad = 0;
        prefill(&pre);
        memcpy(&o, &pre, sizeof o);
        rc = ar_parse_uri(m[i].uri, &o, buf, sizeof buf, &why);
        th_is_int(rc, AR_ERR_INVALID, "%s", m[i].uri);
        th_is_cstr(why, m[i].msg, "  message names the part and the offset");
        /* every buffer size: the message only when it fits, a static reason otherwise */
        for (n = 0; n <= len + 2; n++) {
            char *b = guard_buf(n);
            why = NULL;
            rc = ar_parse_uri(m[i].uri, &o, n ? b : NULL, n, &why);
            if (rc != AR_ERR_INVALID || !why || !canary_ok(n) || memcmp(&o, &pre, sizeof o) != 0 ||
                (n > len ? strcmp(why, m[i].msg) != 0 : strstr(why, "percent-escape") == NULL) ||
                (why >= b && why < b + n && !memchr(why, 0, (size_t)(b + n - why)))) {
                th_diag("  bufsize %lu: rc %d why %s", (unsigned long)n, rc, why ? why : "NULL");
                bad = 1;
                break;
            }
        }
        th_ok(!bad, "  bufsize 0..%lu before a guard page: a reason every time, nothing written outside",
              (unsigned long)(len + 2));
    }
}

/* every size from 0 to the needed one, for every valid URI */
static void test_sizes(void) {
    int i;
    for (i = 0; i < NVALID; i++) {
        const vcase *v = &valid[i];
        size_t n, limit = strlen(v->uri) + 1;
        int ok = 0, bad = 0;
        for (n = 0; n <= limit && !ok && !bad; n++) {
            ar_options o, pre;
            const char *why = NULL;
            char *b = guard_buf(n);
            int rc;
            prefill(&pre);
            memcpy(&o, &pre, sizeof o);
            rc = ar_parse_uri(v->uri, &o, n ? b : NULL, n, &why);
            if (!canary_ok(n)) { th_diag("  bufsize %lu: wrote before the buffer", (unsigned long)n); bad = 1; }
            else if (rc == AR_ERR_NOMEM) {
                if (!why || strcmp(why, "buffer too small for the decoded URI") != 0 || memcmp(&o, &pre, sizeof o) != 0) {
                    th_diag("  bufsize %lu: NOMEM but why %s / *o changed", (unsigned long)n, why ? why : "NULL");
                    bad = 1;
                }
            } else if (rc == AR_OK) {
                ok = 1;
                if (!fields_ok(&o, v) || !others_untouched(&o, &pre) || !strings_in_buf(&o, b, n)) {
                    th_diag("  bufsize %lu: fields wrong", (unsigned long)n);
                    bad = 1;
                }
            } else {
                th_diag("  bufsize %lu: rc %d (%s)", (unsigned long)n, rc, why ? why : "NULL");
                bad = 1;
            }
            if (ok || bad) break;
        }
        th_ok(ok && !bad, "sizes: %s: NOMEM for 0..%lu, OK at %lu <= strlen+1 = %lu", v->uri,
              (unsigned long)(n ? n - 1 : 0), (unsigned long)n, (unsigned long)limit);
    }
}

/* limits that depend on the platform or need long strings */
static void test_lengths(void) {
    char uri[1024], buf[1024];
    size_t sun = sizeof(((struct sockaddr_un *)0)->sun_path), i;
    ar_options o;
    const char *why = NULL;
    /* a host of 255 bytes is fine, 256 is not */
    strcpy(uri, "redis://");
    for (i = 0; i < 255; i++) uri[8 + i] = (char)('a' + i % 26);
    uri[8 + 255] = 0;
    prefill(&o);
    th_is_int(ar_parse_uri(uri, &o, buf, sizeof buf, &why), AR_OK, "host of 255 bytes");
    th_is_int(o.host ? (long long)strlen(o.host) : -1, 255, "  host length");
    strcat(uri, "x:1");
    th_is_int(ar_parse_uri(uri, &o, buf, sizeof buf, &why), AR_ERR_INVALID, "host of 256 bytes");
    th_ok(why && strstr(why, "255"), "  reason: %s", why ? why : "NULL");
    /* a socket path of sizeof(sun_path) - 1 bytes fits, one more does not */
    strcpy(uri, "unix://");
    for (i = 0; i < sun - 1; i++) uri[7 + i] = i == 0 ? '/' : (char)('a' + i % 26);
    uri[7 + sun - 1] = 0;
    th_is_int(ar_parse_uri(uri, &o, buf, sizeof buf, &why), AR_OK, "socket path of %lu bytes", (unsigned long)(sun - 1));
    th_is_int(o.path ? (long long)strlen(o.path) : -1, (long long)(sun - 1), "  path length");
    strcat(uri, "z");
    th_is_int(ar_parse_uri(uri, &o, buf, sizeof buf, &why), AR_ERR_INVALID, "socket path of %lu bytes", (unsigned long)sun);
    th_ok(why && strstr(why, "too long"), "  reason: %s", why ? why : "NULL");
    /* percent-encoded to 3x its length: decoded length is what counts */
    strcpy(uri, "unix:///");
    for (i = 0; i < sun - 2; i++) strcat(uri, "%61");
    th_is_int(ar_parse_uri(uri, &o, buf, sizeof buf, &why), AR_OK, "encoded socket path of %lu decoded bytes", (unsigned long)(sun - 1));
    /* a reparse of the same options overwrites every URI field */
    prefill(&o);
    th_is_int(ar_parse_uri("rediss://u:p@h:7/3?name=n&connect_timeout=1&read_timeout=1&write_timeout=1&request_timeout=1",
                           &o, buf, sizeof buf, &why), AR_OK, "full URI");
    th_is_int(ar_parse_uri("unix:///s", &o, buf + 512, 512, &why), AR_OK, "then a plain unix one");
    th_ok(!o.host && !o.port && o.path && !strcmp(o.path, "/s") && !o.username && !o.password && !o.db &&
          !o.client_name && !o.tls && !o.connect_timeout_ms && !o.read_timeout_ms && !o.write_timeout_ms &&
          !o.request_timeout_ms, "  every URI field reset to NULL / 0");
}

/* rediss:// parses (tls = 1); this program is built without ASYNCREDIS_TLS,
   so ar_client_new refuses it at once (no connection attempt), naming the
   switch that turns TLS on */
static void test_tls_refused(void) {
    ar_options o;
    const char *why;
    ar_client *c;
    int k;
    for (k = 0; k < 2; k++) {
        memset(&o, 0, sizeof o);
        if (k == 0) o.uri = "rediss://127.0.0.1:1";
        else { o.host = "127.0.0.1"; o.port = 1; o.tls = 1; }
        why = NULL;
        c = ar_client_new(&o, &why);
        if (c) ar_client_free(c);
        th_ok(!c && why && strstr(why, "TLS") && strstr(why, "ASYNCREDIS_TLS") && strstr(why, "-lssl"),
              "%s: refused by ar_client_new, naming ASYNCREDIS_TLS: %s", k ? "o.tls = 1" : "rediss://", why ? why : "(no reason)");
    }
}

int main(void) {
    th_watchdog(120);
    if (guard_setup() != 0) th_bail("mmap/mprotect guard page: %s", strerror(errno));
    th_note("%d valid URIs, %d invalid URIs", NVALID, NINVALID);
    test_valid();
    test_invalid();
    test_bad_args();
    test_escape_messages();
    test_sizes();
    test_lengths();
    test_tls_refused();
    munmap(g_page, 2 * g_ps);
    return th_done();
}
