/* tests/test_tls.c - TLS (ASYNCREDIS_TLS, manual section 15) against real
   redis-servers started with --tls-port, under the three drive modes
   (tests/drive.h). Compiled with -DASYNCREDIS_TLS and linked -lssl -lcrypto
   (the Makefile does it when OpenSSL is present; otherwise `make test`
   shows this program as skipped).

   The certificates are made by the test with the openssl CLI in a temporary
   directory: a CA, a server certificate it signed (SAN IP:127.0.0.1 and
   DNS:localhost), a client certificate it signed, and an unrelated
   self-signed CA with a client certificate of its own. Two servers: srv
   (tls-auth-clients no) and srv_auth (tls-auth-clients yes); each keeps a
   plaintext port for the harness's readiness PING and for the test's own
   oracle (raw RESP over plaintext: what the server holds).

   Time: the library runs on the test's clock (tests/testclock.h, via
   tests/resilience.h), held still: no timeout, deadline or backoff fires
   unless the test moves it, so "AR_ERR_TIMEOUT at connect_timeout_ms" is
   checked exactly (nothing at 299 ms, the failure at 300) and waits for
   real I/O have a real-time budget (WAIT) that is only a safety net; the
   tick test alone lets the clock run.

   Per drive mode: commands over TLS (IP and DNS names, ca_file, ca_dir,
   SNI); rediss:// with AUTH, SELECT and CLIENT SETNAME in the setup; the
   system store (which does not know our CA); a wrong CA (AR_ERR_TLS saying
   verification failed, not retried: one connection made - counted by a
   proxy that adds no delay, as redis does not count a failed handshake -,
   no on_reconnect, queued commands failed at once, new ones refused, until
   ar_client_reconnect); a wrong name and a wrong IP (hostname / IP
   mismatch); client certificates (tls-auth-clients yes: none over TLS 1.3
   and TLS 1.2, ours, a combined PEM, one from the unrelated CA, a key that
   does not match); the user's own SSL_CTX (a reference taken; TLS 1.2
   only; no CA loaded; the name check kept); insecure_skip_verify; 1 MB and
   64 MB values (copied and AR_CMD_NOCOPY); many replies read through a
   small read_chunk; reconnect after the server is killed and restarted; a
   peer that stalls mid-handshake (silent, or half a ServerHello) ->
   AR_ERR_TIMEOUT at connect_timeout_ms naming the handshake, and retried;
   a plaintext port -> a handshake failure that is retried; exactly-once
   accounting across a connection killed under load (server state checked);
   freeing the client inside callbacks (run under ASan by make test-asan);
   graceful close; a connection pool of TLS connections (and one with the
   wrong CA). Then the tick test (see section 14 below): a 10 ms timer on
   the same loop keeps ticking while the delay proxy (tests/delayproxy.h)
   holds each flight of the handshake and then a reply for as long as the
   test wants, and through 50 ms of latency each way, in every drive mode.
   Once: ar_client_new refuses missing or bad files with the reason.

   Over TLS 1.3 a refused client certificate arrives as an alert after the
   handshake: typed AR_ERR_TLS and not retried all the same. */
/* how many bytes one SSL_read may ask for: small in one test, so that a
   TLS record outlasts a read call (the rest waits inside OpenSSL) */
static int tls_read_max = 1 << 30;
#define ASYNCREDIS_TLS_READ_MAX tls_read_max
#include "resilience.h"
#include "delayproxy.h"
#ifndef ASYNCREDIS_TLS
#error "tests/test_tls.c needs -DASYNCREDIS_TLS (and -lssl -lcrypto)"
#endif

static th_server srv, srv_auth;
static int tls_port, tls_port_auth;
static fs_server fs_silent_hs, fs_half_hello, fs_plain;
static dp dproxy, dcount;   /* 50 ms each way; none (counts connections) */
static char certdir[128];
static char f_ca[256], f_cadir[256], f_srv_crt[256], f_srv_key[256], f_cli_crt[256], f_cli_key[256],
    f_cli_pem[256], f_other_crt[256], f_other_key[256], f_ocli_crt[256], f_ocli_key[256], f_bad[256];

/* ------------------------------------------------------- certificates */
static void cpath(char *out, const char *name) { snprintf(out, 256, "%s/%s", certdir, name); }

/* run a shell command line in certdir (output to certdir/openssl.log) */
static int sh(const char *fmt, ...) TH_PRINTF(1, 2);
static int sh(const char *fmt, ...) {
    char line[2048], full[2400];
    va_list ap;
    int rc;
    va_start(ap, fmt);
    vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    snprintf(full, sizeof full, "cd '%s' && { %s ; } >>openssl.log 2>&1", certdir, line);
    rc = system(full);
    return rc == 0 ? 0 : -1;
}

static void make_certs(void) {
    const char *tmp = getenv("TMPDIR");
    char hash[64], cmdline[512];
    FILE *p;
    size_t n;
    if (!tmp || !*tmp || strlen(tmp) > 60) tmp = "/tmp";
    snprintf(certdir, sizeof certdir, "%s/ar-tls-XXXXXX", tmp);
    if (!mkdtemp(certdir)) th_bail("mkdtemp: %s", strerror(errno));
    if (th__reg_add(0, 0, certdir) < 0) th_bail("cannot register %s", certdir);   /* removed at exit */
    {
        FILE *f;
        char cnf[256];
        cpath(cnf, "x509.cnf");
        f = fopen(cnf, "w");
        if (!f) th_bail("cannot write %s", cnf);
        fputs("[req]\ndistinguished_name = dn\nprompt = no\n[dn]\nCN = unused\n"
              "[v3_ca]\nbasicConstraints = critical,CA:TRUE\nkeyUsage = critical,keyCertSign,cRLSign\n"
              "subjectKeyIdentifier = hash\n"
              "[v3_server]\nbasicConstraints = CA:FALSE\nsubjectAltName = IP:127.0.0.1,DNS:localhost\n"
              "extendedKeyUsage = serverAuth\n"
              "[v3_client]\nbasicConstraints = CA:FALSE\nextendedKeyUsage = clientAuth\n", f);
        fclose(f);
    }
#define AR_T_EC "-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes"
    if (sh("openssl req -x509 -config x509.cnf -extensions v3_ca " AR_T_EC " -keyout ca.key -out ca.crt "
           "-days 3 -subj '/CN=asyncredis test CA'") ||
        sh("openssl req -x509 -config x509.cnf -extensions v3_ca " AR_T_EC " -keyout other.key -out other.crt "
           "-days 3 -subj '/CN=an unrelated CA'") ||
        sh("openssl req -new -config x509.cnf " AR_T_EC " -keyout server.key -out server.csr -subj '/CN=localhost'") ||
        sh("openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -set_serial 2 -days 3 "
           "-extfile x509.cnf -extensions v3_server -out server.crt") ||
        sh("openssl req -new -config x509.cnf " AR_T_EC " -keyout client.key -out client.csr "
           "-subj '/CN=asyncredis test client'") ||
        sh("openssl x509 -req -in client.csr -CA ca.crt -CAkey ca.key -set_serial 3 -days 3 "
           "-extfile x509.cnf -extensions v3_client -out client.crt") ||
        sh("openssl req -new -config x509.cnf " AR_T_EC " -keyout oclient.key -out oclient.csr "
           "-subj '/CN=a client of the unrelated CA'") ||
        sh("openssl x509 -req -in oclient.csr -CA other.crt -CAkey other.key -set_serial 4 -days 3 "
           "-extfile x509.cnf -extensions v3_client -out oclient.crt") ||
        sh("cat client.crt client.key > client.pem && chmod 644 *.key && mkdir cadir && "
           "echo 'not a certificate' > bad.pem")) {
        char log[300];
        snprintf(log, sizeof log, "%s/openssl.log", certdir);
        {
            FILE *f = fopen(log, "r");
            char line[512];
            while (f && fgets(line, sizeof line, f)) th_diag("%s", line);
            if (f) fclose(f);
        }
        th_bail("the openssl CLI could not make the test certificates (see above)");
    }
#undef AR_T_EC
    /* ca_dir: the CA under its subject hash (what c_rehash / openssl rehash make) */
    snprintf(cmdline, sizeof cmdline, "openssl x509 -hash -noout -in '%s/ca.crt'", certdir);
    p = popen(cmdline, "r");
    n = p && fgets(hash, sizeof hash, p) ? strcspn(hash, "\r\n") : 0;
    if (p) pclose(p);
    hash[n] = 0;
    if (!n || sh("cp ca.crt cadir/%s.0", hash)) th_bail("cannot make the hashed CA directory");
    cpath(f_ca, "ca.crt"); cpath(f_cadir, "cadir");
    cpath(f_srv_crt, "server.crt"); cpath(f_srv_key, "server.key");
    cpath(f_cli_crt, "client.crt"); cpath(f_cli_key, "client.key"); cpath(f_cli_pem, "client.pem");
    cpath(f_other_crt, "other.crt"); cpath(f_other_key, "other.key");
    cpath(f_ocli_crt, "oclient.crt"); cpath(f_ocli_key, "oclient.key");
    cpath(f_bad, "bad.pem");
}

static void start_tls_server(th_server *s, int *port, const char *auth_clients) {
    char ps[16];
    const char *args[16];
    int k = 0;
    *port = th_free_port();
    snprintf(ps, sizeof ps, "%d", *port);
    args[k++] = "--tls-port"; args[k++] = ps;
    args[k++] = "--tls-cert-file"; args[k++] = f_srv_crt;
    args[k++] = "--tls-key-file"; args[k++] = f_srv_key;
    args[k++] = "--tls-ca-cert-file"; args[k++] = f_ca;
    args[k++] = "--tls-auth-clients"; args[k++] = auth_clients;
    args[k] = NULL;
    if (th_server_start(s, args) != 0) th_bail("cannot start redis-server with --tls-port (is it built with TLS?)");
}

/* ------------------------------------------------------------- helpers */
static ar_options topts(int port, evs *e) {
    ar_options o = opts(port, e);
    o.tls = 1;
    o.tls_options.ca_file = f_ca;
    return o;
}

static int has(const char *s, const char *needle) { return s && strstr(s, needle) != NULL; }

/* the raw reply of one command over the plaintext port */
static const char *rawv(int port, char *buf, size_t sz, const char *a0, ...) {
    const char *argv[16];
    int argc = 0;
    va_list ap;
    const char *a = a0;
    va_start(ap, a0);
    while (a && argc < 16) { argv[argc++] = a; a = va_arg(ap, const char *); }
    va_end(ap);
    if (th_raw_command(port, buf, sz, argc, argv) < 0) buf[0] = 0;
    return buf;
}


/* the client gave up (DISCONNECTED) */
static int c_down(void *a) { return ar_client_state((ar_client *)a) == AR_STATE_DISCONNECTED; }

/* the held clock moved on step ms at a time, a few turns after each, until
   cond(arg) (real-time budget WAIT: a safety net) */
static int nudge_until(int (*cond)(void *), void *arg, int step) {
    long long end = tc_real_ms() + WAIT;
    while (!cond(arg)) {
        if (tc_real_ms() >= end) return 0;
        tc_add(step);
        settle();
        drv_turn(&D, 2);
    }
    return 1;
}

/* -------------------------------------------------- 1. commands over TLS */
static void test_basic(void) {
    evs e;
    ar_options o = topts(tls_port, &e);
    ar_client *c;
    rec r[4];
    ar_stats st;
    char buf[256];
    static const char bin[] = "a\0b\r\nc";
    memset(r, 0, sizeof r);
    c = mk(&o);
    if (!th_ok(c != NULL, "%s: basic: client created (127.0.0.1, ca_file)", MODE)) return;
    cmd(c, &r[0], "SET tls:basic %b", bin, (size_t)6);
    cmd(c, &r[1], "GET tls:basic");
    cmd(c, &r[2], "INCR tls:basic:n");
    cmd(c, &r[3], "PING");
    th_ok(none_ran(r, 4), "%s: basic: nothing ran inside the submissions (queued behind the handshake)", MODE);
    wait_recs(r, 4, WAIT);
    th_ok(all_once(r, 4), "%s: basic: each callback exactly once", MODE);
    th_ok(r[0].err == AR_OK && r[0].type == AR_REPLY_STATUS, "%s: basic: SET over TLS -> +OK (%s: %s)", MODE, ar_strerror(r[0].err), r[0].str);
    th_ok(r[1].type == AR_REPLY_STRING && r[1].len == 6 && memcmp(r[1].str, bin, 6) == 0, "%s: basic: GET over TLS: the binary value back", MODE);
    th_ok(r[2].type == AR_REPLY_INTEGER && r[2].integer >= 1, "%s: basic: INCR -> %lld", MODE, r[2].integer);
    th_ok(r[3].type == AR_REPLY_STATUS && !strcmp(r[3].str, "PONG"), "%s: basic: PING -> PONG", MODE);
    ar_client_stats(c, &st);
    th_ok(st.connects == 1 && e.connects == 1 && e.disconnects == 0 && st.bytes_in > 0,
          "%s: basic: one connection, on_connect once (%llu, %d)", MODE, st.connects, e.connects);
    th_is_cstr(rawv(srv.port, buf, sizeof buf, "STRLEN", "tls:basic", (char *)NULL), ":6\r\n",
               "%s: basic: the server holds the value (plaintext oracle)", MODE);
    drop(c);

    /* a host name: resolved off the loop, verified against DNS:localhost */
    o = topts(tls_port, &e);
    o.host = "localhost";
    c = mk(&o);
    th_ok(c && ping_ok(c, WAIT), "%s: basic: host \"localhost\" verified against the certificate's DNS name (%s)", MODE,
          c ? ar_client_errstr(c) : "-");
    drop(c);
    /* the CA from a hashed directory */
    o = topts(tls_port, &e);
    o.tls_options.ca_file = NULL;
    o.tls_options.ca_dir = f_cadir;
    c = mk(&o);
    th_ok(c && ping_ok(c, WAIT), "%s: basic: ca_dir (hashed directory) instead of ca_file (%s)", MODE, c ? ar_client_errstr(c) : "-");
    drop(c);
    /* host 127.0.0.1, server_name localhost: SNI and the name check use it */
    o = topts(tls_port, &e);
    o.tls_options.server_name = "localhost";
    c = mk(&o);
    th_ok(c && ping_ok(c, WAIT), "%s: basic: server_name \"localhost\" with host 127.0.0.1 (%s)", MODE, c ? ar_client_errstr(c) : "-");
    drop(c);
}

/* ------------------------------------------------------------ 2. rediss:// */
static void test_uri(void) {
    evs e;
    ar_options o;
    ar_client *c;
    rec r[4];
    char uri[256], buf[256];
    int fd;
    memset(r, 0, sizeof r);
    rawv(srv.port, buf, sizeof buf, "ACL", "SETUSER", "tlsuser", "on", ">tls pw", "~*", "&*", "+@all", (char *)NULL);
    th_is_cstr(buf, "+OK\r\n", "%s: uri: ACL user made", MODE);
    snprintf(uri, sizeof uri, "rediss://tlsuser:tls%%20pw@127.0.0.1:%d/3?name=tls-uri-client", tls_port);
    o = opts(0, &e);
    o.host = NULL;
    o.uri = uri;                     /* o.tls stays 0: the scheme sets it */
    o.tls_options.ca_file = f_ca;
    c = mk(&o);
    if (!th_ok(c != NULL, "%s: uri: client from %s", MODE, uri)) return;
    cmd(c, &r[0], "ACL WHOAMI");
    cmd(c, &r[1], "CLIENT GETNAME");
    cmd(c, &r[2], "SET tls:uri in-db-3");
    wait_recs(r, 3, WAIT);
    th_ok(all_once(r, 3), "%s: uri: each callback exactly once", MODE);
    th_ok(r[0].type == AR_REPLY_STRING && !strcmp(r[0].str, "tlsuser"), "%s: uri: AUTH in the setup over TLS: ACL WHOAMI -> %s (%s)", MODE,
          r[0].str, ar_strerror(r[0].err));
    th_ok(r[1].type == AR_REPLY_STRING && !strcmp(r[1].str, "tls-uri-client"), "%s: uri: CLIENT SETNAME in the setup -> %s", MODE, r[1].str);
    fd = th_raw_connect(srv.port);
    buf[0] = 0;
    if (fd >= 0) {
        th_raw_cmd(fd, buf, sizeof buf, "SELECT", "3", (char *)NULL);
        th_raw_cmd(fd, buf, sizeof buf, "GET", "tls:uri", (char *)NULL);
        close(fd);
    }
    th_is_cstr(buf, "$7\r\nin-db-3\r\n", "%s: uri: SELECT 3 in the setup: the key is in db 3", MODE);
    th_ok(e.connects == 1 && e.disconnects == 0, "%s: uri: one connection (%d, %d)", MODE, e.connects, e.disconnects);
    drop(c);

    /* rediss:// and no CA given: the system store, which does not know our CA */
    snprintf(uri, sizeof uri, "rediss://127.0.0.1:%d", tls_port);
    o = opts(0, &e);
    o.host = NULL;
    o.uri = uri;
    c = mk(&o);
    if (!th_ok(c != NULL, "%s: uri: client with the system CA store", MODE)) return;
    cmd(c, &r[3], "PING");
    wait_recs(&r[3], 1, WAIT);
    th_ok(r[3].calls == 1 && r[3].err == AR_ERR_TLS && has(r[3].str, "verification failed"),
          "%s: uri: the system store does not trust the test CA: AR_ERR_TLS (%s)", MODE, r[3].str);
    drop(c);
}

/* ----------------------------------------- 3. verification failures: final */
/* a client whose handshake is refused by verification: what it must show.
   label names the case; want_text must be in the error text */
static void check_verify_failure(const char *label, ar_options *o, evs *e, const char *want_text) {
    ar_client *c;
    rec r[4];
    long before;
    int rc;
    memset(r, 0, sizeof r);
    o->port = dcount.port;   /* through the counting proxy (redis counts no failed handshake) */
    before = dp_conns(&dcount);
    c = mk(o);
    if (!th_ok(c != NULL, "%s: %s: client created", MODE, label)) return;
    cmd(c, &r[0], "PING");
    cmdx(c, 0, 0, &r[1], "SET tls:never-set x");
    cmdx(c, AR_CMD_IDEMPOTENT, 0, &r[2], "GET tls:never-set");
    th_ok(none_ran(r, 3), "%s: %s: nothing ran inside the submissions", MODE, label);
    wait_recs(r, 3, WAIT);
    th_ok(all_once(r, 3), "%s: %s: each queued callback exactly once (%d %d %d)", MODE, label, r[0].calls, r[1].calls, r[2].calls);
    th_ok(r[0].err == AR_ERR_TLS && r[1].err == AR_ERR_TLS && r[2].err == AR_ERR_TLS,
          "%s: %s: the queued commands failed with AR_ERR_TLS (%s %s %s)", MODE, label,
          ar_strerror(r[0].err), ar_strerror(r[1].err), ar_strerror(r[2].err));
    th_ok(!maybe(&r[0]) && !maybe(&r[1]) && !maybe(&r[2]), "%s: %s: none flagged maybe-executed (never written)", MODE, label);
    th_ok(has(r[0].str, want_text) && has(ar_client_errstr(c), want_text),
          "%s: %s: the error says \"%s\" (%s)", MODE, label, want_text, ar_client_errstr(c));
    th_ok(r[0].seq < r[1].seq && r[1].seq < r[2].seq, "%s: %s: in submission order", MODE, label);
    /* a retry would be announced (on_reconnect) and start within 200 ms
       (reconnect_delay_max_ms): move the held clock past it */
    clock_at(tc_now() + 1000);
    run_for(50);
    th_ok(e->reconnects == 0 && e->disconnects == 1 && e->reason[0] == AR_ERR_TLS,
          "%s: %s: not retried: no on_reconnect (%d), one on_disconnect(AR_ERR_TLS) (%d)", MODE, label, e->reconnects, e->disconnects);
    th_is_int(dp_conns(&dcount) - before, 1, "%s: %s: one connection was made, no other", MODE, label);
    th_ok(e->errors == 1 && e->error_err == AR_ERR_TLS && has(e->error_msg, want_text),
          "%s: %s: on_error(AR_ERR_TLS) once (%d: %s)", MODE, label, e->errors, e->error_msg);
    th_is_int(ar_client_state(c), AR_STATE_DISCONNECTED, "%s: %s: the client gave up (DISCONNECTED)", MODE, label);
    rc = cmd(c, &r[3], "PING");
    th_ok(rc == AR_ERR_TLS && r[3].calls == 0, "%s: %s: a new command is refused at the call with AR_ERR_TLS (%s)", MODE, label, ar_strerror(rc));
    /* on purpose: one more attempt, refused the same way */
    memset(&r[3], 0, sizeof r[3]);
    rc = ar_client_reconnect(c);
    th_ok(rc == AR_OK, "%s: %s: ar_client_reconnect accepted (%s)", MODE, label, ar_strerror(rc));
    cmd(c, &r[3], "PING");
    wait_recs(&r[3], 1, WAIT);
    th_ok(r[3].calls == 1 && r[3].err == AR_ERR_TLS && e->disconnects == 2 && e->reconnects == 0,
          "%s: %s: after ar_client_reconnect: one more attempt, refused the same way (%s, %d disconnects)", MODE, label,
          ar_strerror(r[3].err), e->disconnects);
    th_ok(drv_run_until(&D, c_down, c, WAIT), "%s: %s: and DISCONNECTED again", MODE, label);
    clock_at(tc_now() + 1000);
    run_for(50);
    th_is_int(dp_conns(&dcount) - before, 2, "%s: %s: two connections in all", MODE, label);
    drop(c);
}

static void test_verify(void) {
    evs e;
    ar_options o;
    o = topts(tls_port, &e);
    o.tls_options.ca_file = f_other_crt;
    check_verify_failure("wrong CA", &o, &e, "verification failed");
    o = topts(tls_port, &e);
    o.tls_options.server_name = "wrong.example";
    check_verify_failure("wrong hostname", &o, &e, "hostname mismatch");
    o = topts(tls_port, &e);
    o.tls_options.server_name = "10.9.8.7";
    check_verify_failure("wrong IP address", &o, &e, "IP address mismatch");
}

/* --------------------------------------------------- 4. client certificates */
static void test_client_cert(void) {
    evs e;
    ar_options o;
    ar_client *c;
    rec r[2];
    const char *why = NULL;

    /* none: the server refuses the handshake. TLS 1.3: its verdict comes
       after the client's Finished, as an alert, so the client has already
       counted the connection up: the failure must still be typed, name the
       certificate, and (a configuration error like a failed verification)
       not be retried. Judged at the first loss. */
    memset(r, 0, sizeof r);
    o = topts(tls_port_auth, &e);
    c = mk(&o);
    if (c) {
        cmd(c, &r[0], "PING");
        wait_int(&e.disconnects, 1, WAIT);
        settle();
        th_ok(e.disconnects >= 1 && e.reason[0] == AR_ERR_TLS && has(ar_client_errstr(c), "certificate"),
                  "%s: client cert: none, tls-auth-clients yes -> AR_ERR_TLS naming the certificate (%s: %s)", MODE,
                  e.disconnects ? ar_strerror(e.reason[0]) : "-", ar_client_errstr(c));
        th_ok(e.reconnects == 0 && ar_client_state(c) == AR_STATE_DISCONNECTED && r[0].calls == 1 && r[0].err == AR_ERR_TLS,
                  "%s: client cert: none: not retried, the command failed with it (%d on_reconnect; %s)", MODE,
                  e.reconnects, r[0].calls ? ar_strerror(r[0].err) : "still queued");
        drop(c);
        th_ok(r[0].calls == 1, "%s: client cert: none: the command completed once", MODE);
    } else th_ok(0, "%s: client cert: client created", MODE);

    /* none, TLS 1.2 (the user's context): there the server refuses inside
       the handshake itself */
    {
        SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
        memset(r, 0, sizeof r);
        o = topts(tls_port_auth, &e);
        if (ctx) {
            SSL_CTX_load_verify_locations(ctx, f_ca, NULL);
            SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, NULL);
            SSL_CTX_set_max_proto_version(ctx, TLS1_2_VERSION);
        }
        o.tls_options.ssl_ctx = ctx;
        c = ctx ? mk(&o) : NULL;
        if (ctx) SSL_CTX_free(ctx);
        if (c) {
            cmd(c, &r[0], "PING");
            wait_int(&e.disconnects, 1, WAIT);
            th_ok(e.disconnects >= 1 && e.reason[0] == AR_ERR_TLS && e.connects == 0 && has(ar_client_errstr(c), "TLS handshake failed"),
                  "%s: client cert: none, TLS 1.2 -> AR_ERR_TLS from the handshake, never connected (%s: %s)", MODE,
                  e.disconnects ? ar_strerror(e.reason[0]) : "-", ar_client_errstr(c));
            drop(c);
        } else th_ok(0, "%s: client cert: client created (TLS 1.2)", MODE);
    }

    /* ours (cert_file + key_file) */
    o = topts(tls_port_auth, &e);
    o.tls_options.cert_file = f_cli_crt;
    o.tls_options.key_file = f_cli_key;
    c = mk(&o);
    th_ok(c && ping_ok(c, WAIT), "%s: client cert: cert_file + key_file accepted by tls-auth-clients yes (%s)", MODE,
          c ? ar_client_errstr(c) : "-");
    drop(c);
    /* certificate and key in one PEM file, key_file NULL */
    o = topts(tls_port_auth, &e);
    o.tls_options.cert_file = f_cli_pem;
    c = mk(&o);
    th_ok(c && ping_ok(c, WAIT), "%s: client cert: one PEM with certificate and key (key_file NULL) (%s)", MODE, c ? ar_client_errstr(c) : "-");
    drop(c);
    /* a client certificate the server's CA did not sign */
    memset(r, 0, sizeof r);
    o = topts(tls_port_auth, &e);
    o.tls_options.cert_file = f_ocli_crt;
    o.tls_options.key_file = f_ocli_key;
    c = mk(&o);
    if (c) {
        cmd(c, &r[1], "PING");
        wait_int(&e.disconnects, 1, WAIT);
        settle();
        th_ok(e.disconnects >= 1 && e.reason[0] == AR_ERR_TLS,
                  "%s: client cert: one from the unrelated CA is refused: AR_ERR_TLS (%s: %s)", MODE,
                  e.disconnects ? ar_strerror(e.reason[0]) : "-", ar_client_errstr(c));
        th_ok(e.reconnects == 0,
                  "%s: client cert: unrelated CA: not retried (%d on_reconnect)", MODE, e.reconnects);
        drop(c);
    } else th_ok(0, "%s: client cert: client created (unrelated CA)", MODE);
    /* a key that does not belong to the certificate: refused at ar_client_new */
    o = topts(tls_port_auth, &e);
    o.tls_options.cert_file = f_cli_crt;
    o.tls_options.key_file = f_srv_key;
    c = drv_client(&D, &o, &why);
    th_ok(!c && has(why, "key_file"), "%s: client cert: a key that does not match: ar_client_new NULL (%s)", MODE, why ? why : "-");
    if (c) drop(c);
}

/* ------------------------------------------------------ 5. the user's SSL_CTX */
static void test_user_ctx(void) {
    evs e;
    ar_options o;
    ar_client *c;
    rec r[3];
    char buf[256];
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    memset(r, 0, sizeof r);
    if (!th_ok(ctx && SSL_CTX_load_verify_locations(ctx, f_ca, NULL) == 1, "%s: user ctx: made (TLS 1.2 only, our CA, verify peer)", MODE)) {
        if (ctx) SSL_CTX_free(ctx);
        return;
    }
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, NULL);
    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    SSL_CTX_set_max_proto_version(ctx, TLS1_2_VERSION);
    o = topts(tls_port, &e);
    o.tls_options.ca_file = f_other_crt;     /* unused with ssl_ctx */
    o.tls_options.ssl_ctx = ctx;
    c = mk(&o);
    SSL_CTX_free(ctx);                       /* the client holds its own reference */
    if (!th_ok(c != NULL, "%s: user ctx: client created", MODE)) return;
    th_ok(ping_ok(c, WAIT), "%s: user ctx: PING over the user's SSL_CTX (TLS 1.2) (%s)", MODE, ar_client_errstr(c));
    /* a new connection (the server drops this one) still has the context */
    rawv(srv.port, buf, sizeof buf, "CLIENT", "KILL", "TYPE", "normal", (char *)NULL);
    wait_int(&e.disconnects, 1, WAIT);
    cmd(c, &r[0], "PING");
    follow_recs(&e, r, 1);
    th_ok(r[0].err == AR_OK && e.connects == 2, "%s: user ctx: after the server dropped it, a new handshake with the same context (%s, %d connects)",
          MODE, ar_strerror(r[0].err), e.connects);
    drop(c);

    /* the name check is ours even with the user's context */
    ctx = SSL_CTX_new(TLS_client_method());
    SSL_CTX_load_verify_locations(ctx, f_ca, NULL);
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, NULL);
    o = topts(tls_port, &e);
    o.tls_options.ssl_ctx = ctx;
    o.tls_options.server_name = "wrong.example";
    c = mk(&o);
    SSL_CTX_free(ctx);
    if (c) {
        cmd(c, &r[1], "PING");
        wait_recs(&r[1], 1, WAIT);
        th_ok(r[1].err == AR_ERR_TLS && has(r[1].str, "hostname mismatch"), "%s: user ctx: the name is still checked: %s", MODE, r[1].str);
        drop(c);
    }
    /* a context with no CA: its verification fails */
    ctx = SSL_CTX_new(TLS_client_method());
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, NULL);
    o = topts(tls_port, &e);
    o.tls_options.ssl_ctx = ctx;
    c = mk(&o);
    SSL_CTX_free(ctx);
    if (c) {
        cmd(c, &r[2], "PING");
        wait_recs(&r[2], 1, WAIT);
        th_ok(r[2].err == AR_ERR_TLS && has(r[2].str, "verification failed") && e.reconnects == 0,
              "%s: user ctx: no CA loaded -> AR_ERR_TLS, not retried (%s)", MODE, r[2].str);
        drop(c);
    }
}

/* ------------------------------------------------- 6. insecure_skip_verify */
static void test_insecure(void) {
    evs e;
    ar_options o = topts(tls_port, &e);
    ar_client *c;
    o.tls_options.ca_file = f_other_crt;
    o.tls_options.insecure_skip_verify = 1;
    c = mk(&o);
    th_ok(c && ping_ok(c, WAIT), "%s: insecure_skip_verify: works against the unrelated CA (%s)", MODE, c ? ar_client_errstr(c) : "-");
    drop(c);
    o = topts(tls_port, &e);
    o.tls_options.server_name = "wrong.example";
    o.tls_options.insecure_skip_verify = 1;
    c = mk(&o);
    th_ok(c && ping_ok(c, WAIT), "%s: insecure_skip_verify: and with a wrong name (%s)", MODE, c ? ar_client_errstr(c) : "-");
    drop(c);
}

/* ------------------------------------------------------- 7. big values */
typedef struct bigrec { int calls; ar_err err; ar_reply_type type; int same; size_t len; } bigrec;
static const char *g_big;
static void big_cb(ar_client *c, const ar_reply *r, void *ud) {
    bigrec *b = (bigrec *)ud;
    (void)c;
    if (g_in_submit) g_violations++;
    b->calls++;
    b->err = r->err;
    b->type = r->type;
    b->len = r->len;
    b->same = r->type == AR_REPLY_STRING && g_big && memcmp(r->str, g_big, r->len) == 0;
}
typedef struct w_big { bigrec *b; int n; } w_big;
static int c_big(void *a) { w_big *w = (w_big *)a; int i; for (i = 0; i < w->n; i++) if (!w->b[i].calls) return 0; return 1; }

static char *g_bigbuf;
static size_t g_bign;
static void test_big(void) {
    const char *v = g_bigbuf;
    size_t maxn = g_bign;
    static const size_t sizes[2] = { 1u << 20, 64u << 20 };
    evs e;
    ar_options o = topts(tls_port, &e);
    ar_client *c;
    int k, nc;
    char buf[64], want[64];
    c = mk(&o);
    if (!th_ok(c && ping_ok(c, WAIT), "%s: big: connected", MODE)) { drop(c); return; }
    g_big = v;
    for (k = 0; k < 2; k++) {
        size_t n = sizes[k];
        if (n > maxn) n = maxn;
        for (nc = 0; nc < 2; nc++) {
            bigrec b[2];
            w_big w;
            ar_cmd_opts co;
            int rc;
            memset(b, 0, sizeof b);
            memset(&co, 0, sizeof co);
            co.flags = nc ? AR_CMD_NOCOPY : 0;
            g_in_submit = 1;
            rc = ar_command_ex(c, &co, big_cb, &b[0], "SET tls:big %b", v, n);
            rc |= ar_command(c, big_cb, &b[1], "GET tls:big");
            g_in_submit = 0;
            w.b = b; w.n = 2;
            drv_run_until(&D, c_big, &w, 4 * WAIT);
            th_ok(rc == AR_OK && b[0].calls == 1 && b[0].err == AR_OK && b[0].type == AR_REPLY_STATUS,
                  "%s: big: SET of %zu MB over TLS%s -> +OK (%s)", MODE, n >> 20, nc ? " (AR_CMD_NOCOPY)" : "", ar_strerror(b[0].err));
            th_ok(b[1].calls == 1 && b[1].len == n && b[1].same, "%s: big: GET of %zu MB%s: every byte back (%zu bytes, %s)", MODE, n >> 20,
                  nc ? " (after a NOCOPY SET)" : "", b[1].len, ar_strerror(b[1].err));
            snprintf(want, sizeof want, ":%zu\r\n", n);
            th_is_cstr(rawv(srv.port, buf, sizeof buf, "STRLEN", "tls:big", (char *)NULL), want,
                       "%s: big: the server holds %zu bytes", MODE, n);
        }
    }
    th_ok(e.connects == 1 && e.disconnects == 0, "%s: big: on one connection (%d, %d)", MODE, e.connects, e.disconnects);
    rawv(srv.port, buf, sizeof buf, "DEL", "tls:big", (char *)NULL);
    g_big = NULL;
    drop(c);
}

/* many replies read through a small read_chunk: SSL_read hands out part of
   a record and keeps the rest; nothing may wait behind it */
static void test_small_reads(void) {
    enum { N = 400 };
    evs e;
    ar_options o = topts(tls_port, &e);
    ar_client *c;
    rec *r = (rec *)calloc(N + 2, sizeof *r);
    char val[3000];
    int i, bad = 0;
    memset(val, 'v', sizeof val);
    o.read_chunk = 100;
    c = mk(&o);
    if (!th_ok(c && r && ping_ok(c, WAIT), "%s: small reads: connected (read_chunk 100)", MODE)) { drop(c); free(r); return; }
    cmd(c, &r[0], "SET tls:sr %b", val, sizeof val);
    cmd(c, &r[1], "DEL tls:srl");
    for (i = 0; i < 300; i++) ar_command(c, NULL, NULL, "RPUSH tls:srl %d", i);
    for (i = 2; i < N; i++) {
        if (i % 3 == 0) cmd(c, &r[i], "LRANGE tls:srl 0 -1");
        else cmd(c, &r[i], "GET tls:sr");
    }
    cmd(c, &r[N], "PING");
    wait_recs(r, N + 1, WAIT);
    for (i = 2; i < N; i++) {
        int b0 = bad;
        if (r[i].calls != 1 || r[i].err) bad++;
        else if (i % 3 == 0 ? r[i].elements != 300 : r[i].len != sizeof val) bad++;
        if (bad != b0 && bad <= 5)
            th_diag("%s: small reads: command %d (%s): %d calls, %s, %s, len %zu, %zu elements: %.60s", MODE, i, i % 3 == 0 ? "LRANGE" : "GET",
                    r[i].calls, ar_strerror(r[i].err), ar_reply_type_name(r[i].type), r[i].len, r[i].elements, r[i].str);
    }
    th_ok(all_once(r, N + 1) && bad == 0 && r[N].err == AR_OK, "%s: small reads: %d replies (3000-byte values, 300-element arrays), all whole (%d bad, last %s)",
          MODE, N - 2, bad, ar_strerror(r[N].err));
    th_ok(e.disconnects == 0, "%s: small reads: no timeout or reset (%d disconnects)", MODE, e.disconnects);

    /* a record longer than what one read call takes (SSL_read capped at 32
       bytes: 64 reads are 2 KB): the rest is decrypted inside OpenSSL, the
       socket is empty and says nothing; the reply must still arrive, with
       no more data coming to wake the loop */
    {
        static char big[12000];
        rec g[3];
        memset(big, 'w', sizeof big);
        memset(g, 0, sizeof g);
        cmd(c, &g[0], "SET tls:sr:rec %b", big, sizeof big);
        wait_recs(g, 1, WAIT);
        tls_read_max = 32;
        cmd(c, &g[1], "GET tls:sr:rec");
        cmd(c, &g[2], "PING");
        wait_recs(g, 3, WAIT);
        tls_read_max = 1 << 30;
        th_ok(g[1].calls == 1 && g[1].err == AR_OK && g[1].len == sizeof big && g[2].calls == 1 && g[2].err == AR_OK,
              "%s: small reads: a 12,000-byte reply read 32 bytes per SSL_read (one record outlasts a read call) arrives whole, "
              "and the PING behind it (%d %s %zu; %d %s)", MODE, g[1].calls, ar_strerror(g[1].err), g[1].len, g[2].calls, ar_strerror(g[2].err));
    }
    th_ok(e.disconnects == 0, "%s: small reads: still no timeout or reset (%d disconnects)", MODE, e.disconnects);
    drop(c);
    free(r);
}

/* ---------------------------------------------- 8. reconnect after restart */
static void test_restart(void) {
    evs e;
    ar_options o = topts(tls_port, &e);
    ar_client *c;
    rec r[4];
    ar_stats st;
    memset(r, 0, sizeof r);
    c = mk(&o);
    if (!th_ok(c && ping_ok(c, WAIT), "%s: restart: connected", MODE)) { drop(c); return; }
    th_server_kill(&srv);
    wait_int(&e.disconnects, 1, WAIT);  /* seen: what is submitted now waits for a connection */
    cmd(c, &r[0], "SET tls:restart 1");
    cmd(c, &r[1], "GET tls:restart");
    follow_int(&e, &e.reconnects, 3);   /* it tries (the clock moved to each announced attempt), the port refuses */
    th_ok(e.disconnects >= 3 && lost(e.reason[0]) && reasons_all(&e, 1, AR_ERR_CONNECT) && none_ran(r, 2),
          "%s: restart: the loss seen (%s), reconnects tried and refused (%d), the commands wait", MODE,
          e.disconnects ? ar_strerror(e.reason[0]) : "-", e.reconnects);
    if (th_server_restart(&srv) != 0) th_bail("cannot restart redis-server");
    follow_recs(&e, r, 2);
    th_ok(all_once(r, 2) && r[0].err == AR_OK && r[1].type == AR_REPLY_STRING && !strcmp(r[1].str, "1"),
          "%s: restart: a new TLS handshake, then the waiting SET and GET ran (%s %s)", MODE, ar_strerror(r[0].err), r[1].str);
    ar_client_stats(c, &st);
    th_ok(e.connects == 2 && st.connects == 2, "%s: restart: on_connect twice (%d, stats %llu)", MODE, e.connects, st.connects);
    th_ok(ping_ok(c, WAIT), "%s: restart: and it keeps working", MODE);
    drop(c);
}

/* ---------------------------------------- 9. a peer that stalls mid-handshake */
static void check_stall(const char *label, fs_server *f) {
    evs e;
    ar_options o = topts(f->port, &e);
    ar_client *c;
    rec r[1];
    long conns0 = fs_connections_seen(f);
    long long t0;
    memset(r, 0, sizeof r);
    o.connect_timeout_ms = 300;
    o.no_reconnect = 1;
    t0 = tc_now();
    c = mk(&o);
    if (!th_ok(c != NULL, "%s: %s: client created", MODE, label)) return;
    cmd(c, &r[0], "PING");
    fs_wait_connections(f, conns0 + 1, WAIT);
    run_for(50);           /* the ClientHello goes out; the clock stands still */
    clock_at(t0 + 299);
    th_ok(r[0].calls == 0 && ar_client_state(c) == AR_STATE_CONNECTING, "%s: %s: still waiting at 299 ms", MODE, label);
    clock_at(t0 + 300);
    wait_recs(r, 1, WAIT);
    th_ok(r[0].calls == 1 && r[0].err == AR_ERR_TIMEOUT && took(&r[0]) == 300,
          "%s: %s: AR_ERR_TIMEOUT at connect_timeout_ms, 300 ms (%s, %lld ms)", MODE, label, ar_strerror(r[0].err), took(&r[0]));
    th_ok(has(r[0].str, "TLS handshake") && has(ar_client_errstr(c), "TLS handshake"), "%s: %s: the error names the TLS handshake (%s)", MODE,
          label, r[0].str);
    th_ok(fs_connections_seen(f) - conns0 == 1, "%s: %s: one connection", MODE, label);
    drop(c);
    /* a timeout is a loss, not a verdict on the certificate: retried */
    o = topts(f->port, &e);
    o.connect_timeout_ms = 150;
    t0 = tc_now();
    c = mk(&o);
    fs_wait_connections(f, conns0 + 2, WAIT);
    run_for(50);
    clock_at(t0 + 150);
    wait_int(&e.disconnects, 1, WAIT);
    settle();
    th_ok(e.disconnects == 1 && e.reason[0] == AR_ERR_TIMEOUT && e.reconnects == 1 && ar_client_state(c) == AR_STATE_RECONNECTING,
          "%s: %s: with reconnect on the timeout is retried (on_reconnect %d, reason %s)", MODE, label, e.reconnects,
          e.disconnects ? ar_strerror(e.reason[0]) : "-");
    drop(c);
}

static void test_stall(void) {
    check_stall("silent peer", &fs_silent_hs);
    check_stall("half a ServerHello", &fs_half_hello);
}

/* ----------------------------------------------- 10. TLS to a plaintext port */
static int c_two_losses(void *a) { return ((evs *)a)->disconnects >= 2; }
static void test_plaintext(void) {
    evs e;
    ar_options o = topts(fs_plain.port, &e);
    ar_client *c;
    rec r[2];
    memset(r, 0, sizeof r);
    /* a plaintext server that speaks first: the answer is no TLS record */
    c = mk(&o);
    if (!th_ok(c != NULL, "%s: plaintext: client created", MODE)) return;
    cmd(c, &r[0], "PING");
    follow_int(&e, &e.disconnects, 2);
    th_ok(e.disconnects >= 2 && reasons_all(&e, 0, AR_ERR_TLS), "%s: plaintext: AR_ERR_TLS at every attempt (%d, %s)", MODE, e.disconnects,
          e.disconnects ? ar_strerror(e.reason[0]) : "-");
    th_ok(has(ar_client_errstr(c), "TLS handshake failed") && !has(ar_client_errstr(c), "verification"),
          "%s: plaintext: a handshake failure, not a verification one (%s)", MODE, ar_client_errstr(c));
    th_ok(e.reconnects >= 2 && e.errors == 0 && r[0].calls == 0, "%s: plaintext: retried (%d on_reconnect), the command still queued", MODE, e.reconnects);
    drop(c);
    th_ok(r[0].calls == 1 && r[0].err == AR_ERR_CLOSED, "%s: plaintext: freed: the queued command completed once (%s)", MODE, ar_strerror(r[0].err));
    /* redis's own plaintext port: it may answer the ClientHello (an error
       line, if its random bytes hold a newline) or wait for more (then the
       connect deadline ends it): either way a typed failure, retried */
    o = topts(srv.port, &e);
    o.connect_timeout_ms = 200;
    c = mk(&o);
    cmd(c, &r[1], "PING");
    nudge_until(c_two_losses, &e, 50);
    th_ok(e.reconnects >= 2 && e.disconnects >= 2 && (e.reason[0] == AR_ERR_TLS || e.reason[0] == AR_ERR_TIMEOUT) && e.errors == 0,
          "%s: plaintext: redis's plaintext port: %s, retried (%d on_reconnect)", MODE, e.disconnects ? ar_strerror(e.reason[0]) : "-",
          e.reconnects);
    drop(c);
}

/* ------------------------------------------------- 11. exactly once under load */
static void test_exactly_once(void) {
    enum { A = 500, B = 1500, N = 2000 };
    evs e;
    ar_options o = topts(tls_port, &e);
    ar_client *c;
    rec *r = (rec *)calloc(N, sizeof *r);
    int *seen = (int *)calloc(N, sizeof *seen), stray = 0, i, bad_ok = 0, bad_fail = 0, dup = 0, nmaybe = 0;
    long n;
    char buf[256];
    rawv(srv.port, buf, sizeof buf, "DEL", "tls:eo", (char *)NULL);
    c = mk(&o);
    if (!th_ok(c && r && seen && ping_ok(c, WAIT), "%s: exactly once: connected", MODE)) { drop(c); free(r); free(seen); return; }
    for (i = 0; i < A; i++) cmd(c, &r[i], "RPUSH tls:eo %d", i);
    wait_recs(r, A, WAIT);
    /* the server stops running writes; the next ones are written, unanswered */
    th_is_cstr(rawv(srv.port, buf, sizeof buf, "CLIENT", "PAUSE", "10000", "WRITE", (char *)NULL), "+OK\r\n",
               "%s: exactly once: the server pauses writes", MODE);
    for (i = A; i < B; i++) cmd(c, &r[i], "RPUSH tls:eo %d", i);
    th_ok(none_ran(r + A, B - A), "%s: exactly once: nothing ran inside the submissions", MODE);
    wait_written(c, WAIT);
    run_for(50);
    rawv(srv.port, buf, sizeof buf, "CLIENT", "KILL", "TYPE", "normal", (char *)NULL);
    th_ok(buf[0] == ':' && atoi(buf + 1) >= 1, "%s: exactly once: the connection killed under load (%.20s)", MODE, buf);
    th_is_cstr(rawv(srv.port, buf, sizeof buf, "CLIENT", "UNPAUSE", (char *)NULL), "+OK\r\n", "%s: exactly once: writes resumed", MODE);
    wait_int(&e.disconnects, 1, WAIT);  /* the loss seen: what follows goes to the next connection */
    for (i = B; i < N; i++) cmd(c, &r[i], "RPUSH tls:eo %d", i);
    follow_recs(&e, r, N);
    run_for(50);
    th_ok(all_once(r, N), "%s: exactly once: every one of %d callbacks ran exactly once", MODE, N);
    n = list_ids(srv.port, "tls:eo", seen, N, &stray);
    for (i = 0; i < N; i++) {
        if (seen[i] > 1) dup++;
        if (r[i].err == AR_OK) { if (seen[i] != 1) bad_ok++; }
        else if (!maybe(&r[i])) { if (seen[i] != 0 || !(r[i].err == AR_ERR_EOF || r[i].err == AR_ERR_IO)) bad_fail++; }
        else {
            nmaybe++;
            if (!(r[i].err == AR_ERR_EOF || r[i].err == AR_ERR_IO)) bad_fail++;
        }
    }
    th_ok(n >= 0 && dup == 0 && stray == 0, "%s: exactly once: no command ran twice (%ld ids on the server, %d twice, %d stray)", MODE, n, dup, stray);
    th_ok(bad_ok == 0, "%s: exactly once: every success is on the server once (%d not)", MODE, bad_ok);
    th_ok(bad_fail == 0, "%s: exactly once: every failure is a typed loss, maybe-executed exactly when written (%d not)", MODE, bad_fail);
    for (i = 0; i < A; i++) if (r[i].err) break;
    th_ok(i == A, "%s: exactly once: the first %d (answered before the kill) succeeded", MODE, A);
    for (i = B; i < N; i++) if (r[i].err) break;
    th_ok(i == N, "%s: exactly once: the last %d (after it) succeeded on the new connection", MODE, N - B);
    th_ok(nmaybe > 0, "%s: exactly once: %d written during the pause failed maybe-executed", MODE, nmaybe);
    th_ok(e.connects == 2 && e.disconnects == 1, "%s: exactly once: one loss, one new TLS connection (%d, %d)", MODE, e.connects, e.disconnects);
    drop(c);
    free(r);
    free(seen);
}

/* ------------------------------------------- 12. free inside callbacks (ASan) */
typedef struct fic { int calls; ar_err err; int freed; } fic;
static fic g_fic[64];
static int g_fic_freed;
static void fic_free_cb(ar_client *c, const ar_reply *r, void *ud) {
    fic *f = (fic *)ud;
    if (g_in_submit) g_violations++;
    f->calls++;
    f->err = r->err;
    if (!g_fic_freed) { g_fic_freed = 1; f->freed = 1; ar_client_free(c); }
}
static void fic_cb(ar_client *c, const ar_reply *r, void *ud) {
    fic *f = (fic *)ud;
    (void)c;
    if (g_in_submit) g_violations++;
    f->calls++;
    f->err = r->err;
}
static void fic_on_connect(ar_client *c, void *d) { (void)d; if (!g_fic_freed) { g_fic_freed = 1; ar_client_free(c); } }
static void fic_on_disconnect(ar_client *c, ar_err why, void *d) { (void)d; (void)why; if (!g_fic_freed) { g_fic_freed = 1; ar_client_free(c); } }
static int c_fic(void *a) { int n = *(int *)a, i; for (i = 0; i < n; i++) if (!g_fic[i].calls) return 0; return g_fic_freed; }

static int fic_all_once(int n) { int i; for (i = 0; i < n; i++) if (g_fic[i].calls != 1) return 0; return 1; }

static void test_free_in_callbacks(void) {
    ar_options o;
    ar_client *c;
    int i, n, closed;
    /* (a) in a reply callback, with 40 more commands in flight over TLS */
    memset(g_fic, 0, sizeof g_fic); g_fic_freed = 0;
    o = topts(tls_port, NULL);
    c = mk(&o);
    if (c) {
        g_in_submit = 1;
        ar_command(c, fic_cb, &g_fic[0], "SET tls:fic %s", "v");
        ar_command(c, fic_free_cb, &g_fic[1], "GET tls:fic");
        for (i = 2; i < 42; i++) ar_command(c, fic_cb, &g_fic[i], "INCR tls:fic:n");
        g_in_submit = 0;
        n = 42;
        drv_run_until(&D, c_fic, &n, WAIT);
        drv_forget(&D, c);
        for (closed = 0, i = 2; i < 42; i++) closed += g_fic[i].err == AR_ERR_CLOSED || g_fic[i].err == AR_OK;
        th_ok(g_fic_freed && fic_all_once(42) && g_fic[0].err == AR_OK && g_fic[1].err == AR_OK && closed == 40,
              "%s: free in callback: freed in a reply callback over TLS; the other 40 completed once (AR_OK or AR_ERR_CLOSED)", MODE);
    }
    /* (b) in the callback of a command failed by the handshake */
    memset(g_fic, 0, sizeof g_fic); g_fic_freed = 0;
    o = topts(tls_port, NULL);
    o.tls_options.ca_file = f_other_crt;
    c = mk(&o);
    if (c) {
        g_in_submit = 1;
        ar_command(c, fic_free_cb, &g_fic[0], "PING");
        for (i = 1; i < 5; i++) ar_command(c, fic_cb, &g_fic[i], "PING");
        g_in_submit = 0;
        n = 5;
        drv_run_until(&D, c_fic, &n, WAIT);
        drv_forget(&D, c);
        for (closed = 0, i = 1; i < 5; i++) closed += g_fic[i].err == AR_ERR_CLOSED || g_fic[i].err == AR_ERR_TLS;
        th_ok(g_fic_freed && fic_all_once(5) && g_fic[0].err == AR_ERR_TLS && closed == 4,
              "%s: free in callback: freed in the AR_ERR_TLS callback of a failed handshake; the rest completed once", MODE);
    }
    /* (c) in on_connect, right after the handshake */
    memset(g_fic, 0, sizeof g_fic); g_fic_freed = 0;
    o = topts(tls_port, NULL);
    o.on_connect = fic_on_connect;
    c = mk(&o);
    if (c) {
        g_in_submit = 1;
        for (i = 0; i < 3; i++) ar_command(c, fic_cb, &g_fic[i], "PING");
        g_in_submit = 0;
        n = 3;
        drv_run_until(&D, c_fic, &n, WAIT);
        drv_forget(&D, c);
        th_ok(g_fic_freed && fic_all_once(3) && g_fic[0].err == AR_ERR_CLOSED,
              "%s: free in callback: freed in on_connect after the handshake; the queued commands got AR_ERR_CLOSED once (%s)", MODE,
              ar_strerror(g_fic[0].err));
    }
    /* (d) in on_disconnect of a handshake that timed out */
    memset(g_fic, 0, sizeof g_fic); g_fic_freed = 0;
    o = topts(fs_half_hello.port, NULL);
    o.connect_timeout_ms = 150;
    o.on_disconnect = fic_on_disconnect;
    c = mk(&o);
    if (c) {
        g_in_submit = 1;
        for (i = 0; i < 3; i++) ar_command(c, fic_cb, &g_fic[i], "PING");
        g_in_submit = 0;
        n = 3;
        run_for(50);
        nudge_until(c_fic, &n, 50);
        drv_forget(&D, c);
        th_ok(g_fic_freed && fic_all_once(3), "%s: free in callback: freed in on_disconnect of a handshake timeout; the queued commands completed once (%s)",
              MODE, ar_strerror(g_fic[0].err));
    }
}

/* ------------------------------------------------------ 13. graceful close */
static void test_close(void) {
    evs e;
    ar_options o = topts(tls_port, &e);
    ar_client *c;
    rec r[20];
    int i;
    memset(r, 0, sizeof r);
    c = mk(&o);
    if (!c) { th_ok(0, "%s: close: client created", MODE); return; }
    for (i = 0; i < 20; i++) cmd(c, &r[i], "INCR tls:close");
    ar_client_close(c);   /* finishes what is queued (handshake first), then frees */
    wait_recs(r, 20, WAIT);
    run_for(50);
    for (i = 0; i < 20; i++) if (r[i].calls != 1 || r[i].err != AR_OK) break;
    th_ok(i == 20, "%s: close: ar_client_close before the handshake ended: all 20 answered once", MODE);
    drv_forget(&D, c);
}

/* ----------------------------------------------------- 14a. through a pool */
/* the pool in the drive mode: its clients on the built-in loop, on hooks of
   the foreign loop (a drv_watch each, the pool's timer here), or pumped */
static ar_pool *g_pool;
static long long g_ptimer = -1;
static void pk_set_timer(void *data, long long ms) { (void)data; g_ptimer = ms < 0 ? -1 : ar_now_ms() + ms; }
static void pk_on_free(ar_pool *p, void *data) { (void)data; if (g_pool == p) g_pool = NULL; }
static void pool_turn(void) {
    if (D.mode == DRV_PUMP) {
        long long r = g_pool ? ar_pool_pump(g_pool) : -1;
        if (r == -2) g_pool = NULL;
        drv_turn(&D, r == 0 ? 0 : 1);
        return;
    }
    drv_turn(&D, 5);
    if (D.mode == DRV_HOOKS && g_pool && g_ptimer >= 0 && ar_now_ms() >= g_ptimer) { g_ptimer = -1; ar_pool_handle_timer(g_pool); }
}
static int pool_until(int (*cond)(void *), void *arg) {
    long long end = tc_real_ms() + WAIT;
    while (!cond(arg)) { if (tc_real_ms() >= end) return 0; pool_turn(); }
    return 1;
}
static ar_pool *mk_pool(ar_pool_options *po, int port, const char *ca) {
    const char *why = NULL;
    memset(po, 0, sizeof *po);
    po->client = topts(port, NULL);
    po->client.tls_options.ca_file = ca;   /* the pool copies the strings */
    po->min = 2;
    po->max = 4;
    po->on_free = pk_on_free;
    if (D.mode == DRV_LOOP) po->client.loop = D.loop;
    else if (D.mode == DRV_HOOKS) { po->client_hooks = drv_pool_client_hooks; po->client_made = drv_pool_client_made; po->data = &D; po->set_timer = pk_set_timer; }
    g_ptimer = -1;
    g_pool = ar_pool_new(po, &why);
    if (!g_pool) th_diag("%s: ar_pool_new: %s", MODE, why ? why : "?");
    return g_pool;
}
static void test_pool(void) {
    ar_pool_options po;
    ar_pool_stats st;
    rec r[24];
    w_recs w;
    char ca[256];
    int i, okc = 0;
    memset(r, 0, sizeof r);
    snprintf(ca, sizeof ca, "%s", f_ca);
    if (!th_ok(mk_pool(&po, tls_port, ca) != NULL, "%s: pool: a pool of TLS connections (min 2, max 4)", MODE)) return;
    memset(ca, 0, sizeof ca);             /* the pool kept its own copy */
    for (i = 0; i < 20; i++) {
        g_in_submit = 1;
        r[i].rc = ar_pool_command(g_pool, rec_cb, &r[i], "INCR tls:pool");
        g_in_submit = 0;
    }
    w.r = r; w.n = 20;
    pool_until(c_recs, &w);
    for (i = 0; i < 20; i++) okc += r[i].calls == 1 && r[i].err == AR_OK && r[i].type == AR_REPLY_INTEGER;
    ar_pool_get_stats(g_pool, &st);
    if (!th_ok(okc == 20, "%s: pool: 20 pooled commands over TLS answered once each (%d)", MODE, okc))
        th_diag("%s: pool: first: %d calls, rc %s, %s, %s (%s); stats: active %zu idle %zu waiting %zu connecting %zu created %llu failures %llu",
                MODE, r[0].calls, ar_strerror(r[0].rc), ar_strerror(r[0].err), ar_reply_type_name(r[0].type), r[0].str, st.active, st.idle,
                st.waiting, st.connecting, st.created, st.connect_failures);
    th_ok(st.created >= 2 && st.created <= 4 && st.connect_failures == 0, "%s: pool: %llu TLS connections made, no failure", MODE, st.created);
    ar_pool_free(g_pool);
    g_pool = NULL;
    /* the wrong CA: the connects fail verified, typed, and the waiter with them */
    if (!th_ok(mk_pool(&po, tls_port, f_other_crt) != NULL, "%s: pool: a pool with the wrong CA", MODE)) return;
    g_in_submit = 1;
    r[20].rc = ar_pool_command(g_pool, rec_cb, &r[20], "PING");
    g_in_submit = 0;
    w.r = r + 20; w.n = 1;
    pool_until(c_recs, &w);
    th_ok(r[20].calls == 1 && r[20].err == AR_ERR_TLS && has(ar_pool_errstr(g_pool), "verification failed"),
          "%s: pool: wrong CA: the pooled command fails with AR_ERR_TLS (%s; %s)", MODE, ar_strerror(r[20].err), ar_pool_errstr(g_pool));
    ar_pool_free(g_pool);
    g_pool = NULL;
}

/* --------------------------------------------- 14. the tick test */
/* A 10 ms timer on the loop that drives the client: the built-in loop's
   ar_timer, or a deadline of the foreign poll loop's (hooks) and the frame
   loop's (pump) own that bounds each of their waits. The library's clock
   runs (tc_thaw) for this part: the timer is the library's. Two judgements.
   Held: the delay proxy keeps the server's answer (each flight of the
   handshake, then a reply) for as long as the test wants; while it is held
   the timer must tick TICKS times with the client still waiting - a loop
   that blocked on the handshake or the reply could never get there (it
   would hang: the watchdog bails out after the last note). The held
   windows of a handshake are its round trips (TLS 1.3: 1, TLS 1.2: 2).
   Latency: then through the same proxy without holding (every chunk 50 ms
   each way), the handshake and sequential commands: each round trip is at
   least 100 ms, ~10 ticks; a blocked loop would see at most one; the bar is
   3 per round trip. */
#define TICKS 50
static int g_ticks;
static long long g_tick_next, g_tick_last, g_tick_gap;
static ar_timer g_tt;
static void tick_note(void) {
    long long now = tc_real_ms();
    if (g_tick_last && now - g_tick_last > g_tick_gap) g_tick_gap = now - g_tick_last;
    g_tick_last = now;
    g_ticks++;
}
static void tick_cb(ar_timer *t, void *ud) { (void)t; (void)ud; tick_note(); }
static void tick_start(void) {
    g_ticks = 0; g_tick_gap = 0; g_tick_last = 0;
    if (D.mode == DRV_LOOP) { ar_timer_init(D.loop, &g_tt); ar_timer_start(&g_tt, 10, 10, tick_cb, NULL); }
    else g_tick_next = tc_real_ms() + 10;
}
static void tick_stop(void) { if (D.mode == DRV_LOOP) ar_timer_stop(&g_tt); }
static void tick_turn(void) {
    long long now = tc_real_ms(), wait = 50;
    if (D.mode != DRV_LOOP) {
        if (now >= g_tick_next) { tick_note(); g_tick_next = now + 10; }
        wait = g_tick_next - now;
    }
    drv_turn(&D, (int)wait);
}
/* turn until cond(arg) (real-time budget WAIT: a safety net) */
static int tick_until(int (*cond)(void *), void *arg) {
    long long end = tc_real_ms() + WAIT;
    while (!cond(arg)) {
        if (tc_real_ms() >= end) return 0;
        tick_turn();
    }
    return 1;
}
/* the held window: TICKS ticks, held(arg) true after every turn */
static int tick_window(const char *what, int (*held)(void *), void *arg) {
    long long end = tc_real_ms() + 2 * WAIT;
    int t0 = g_ticks;
    if (!held(arg)) { th_diag("%s: %s: not held at the start", MODE, what); return 0; }
    while (g_ticks - t0 < TICKS) {
        if (tc_real_ms() >= end) { th_diag("%s: %s: safety net: %d ticks", MODE, what, g_ticks - t0); return 0; }
        tick_turn();
        if (!held(arg)) { th_diag("%s: %s: released after %d ticks", MODE, what, g_ticks - t0); return 0; }
    }
    return 1;
}

typedef struct tk { int connected, ticks_at_connect; ar_client *c; } tk;
static void tk_on_connect(ar_client *c, void *d) {
    tk *t = (tk *)d;
    (void)c;
    if (!t->connected++) t->ticks_at_connect = g_ticks;
}
static int c_tk(void *a) { return ((tk *)a)->connected > 0; }
/* the server's answer waits at the proxy, or the handshake is over */
static int c_answer_held(void *a) { return ((tk *)a)->connected > 0 || dp_held(&dproxy) > 0; }
/* held: the client still connecting, the server's answer at the proxy */
static int hs_held(void *a) { tk *t = (tk *)a; return !t->connected && ar_client_state(t->c) == AR_STATE_CONNECTING && dp_held(&dproxy) > 0; }
static int c_rec1(void *a) { return ((rec *)a)->calls > 0; }
static int reply_held(void *a) { return ((rec *)a)->calls == 0 && dp_held(&dproxy) > 0; }
static int c_queued(void *a) { (void)a; return dp_held(&dproxy) > 0; }
typedef struct w_n { const rec *r; int n; } w_n;
static int c_recn(void *a) { w_n *w = (w_n *)a; int i; for (i = 0; i < w->n; i++) if (!w->r[i].calls) return 0; return 1; }

static void tick_case(const char *label, SSL_CTX *ctx, int rtts_hs) {
    ar_options o = topts(dproxy.port, NULL);
    ar_client *c;
    tk t;
    rec r[110];
    char *v = (char *)malloc(256 * 1024);
    int i, ok = 1, windows = 0, win_ok = 1, t0, t1, rtts_cmd = 0, hs_ticks;
    w_n w;
    memset(&t, 0, sizeof t);
    memset(r, 0, sizeof r);
    memset(v, 'x', 256 * 1024);
    o.on_connect = tk_on_connect;
    o.data = &t;
    o.tls_options.ssl_ctx = ctx;
    o.connect_timeout_ms = -1;    /* the held handshake takes as long as the test holds it */
    tick_start();

    /* held: every flight of the server waits at the proxy for TICKS ticks */
    dp_hold(&dproxy, 1);
    t0 = g_ticks;
    c = t.c = mk(&o);
    if (!c) { dp_hold(&dproxy, 0); tick_stop(); free(v); th_ok(0, "%s: tick %s: client created", MODE, label); return; }
    while (!t.connected && windows < 6 && win_ok) {
        char what[64];
        if (!tick_until(c_answer_held, &t)) { win_ok = 0; break; }
        if (t.connected) break;
        snprintf(what, sizeof what, "tick %s: handshake flight %d", label, windows + 1);
        win_ok = tick_window(what, hs_held, &t);
        windows++;
        dp_step(&dproxy);    /* this flight goes on; the next one is held again */
    }
    dp_hold(&dproxy, 0);
    ok = tick_until(c_tk, &t);
    th_ok(ok && win_ok && windows >= rtts_hs, "%s: tick %s: the handshake held %d time%s (%d round trip%s): %d ticks each while it waited, then connected",
          MODE, label, windows, windows == 1 ? "" : "s", rtts_hs, rtts_hs > 1 ? "s" : "", TICKS);
    th_ok(t.ticks_at_connect - t0 >= TICKS * rtts_hs, "%s: tick %s: %d ticks during the held handshake (>= %d: %d per round trip)", MODE, label,
          t.ticks_at_connect - t0, TICKS * rtts_hs, TICKS);
    /* held: a 256 KB SET and its GET, the GET's reply waiting at the proxy */
    cmd(c, &r[0], "SET tls:tick %b", v, (size_t)256 * 1024);
    ok = tick_until(c_rec1, &r[0]) && r[0].err == AR_OK;
    dp_hold(&dproxy, 1);
    cmd(c, &r[1], "GET tls:tick");
    ok &= tick_until(c_queued, NULL);
    win_ok = tick_window("held GET", reply_held, &r[1]);
    dp_hold(&dproxy, 0);
    ok &= tick_until(c_rec1, &r[1]) && r[1].len == 256 * 1024;
    th_ok(ok && win_ok, "%s: tick %s: %d ticks while a 256 KB reply was held, then it arrived whole", MODE, label, TICKS);
    drop(c);

    /* latency, nothing held: a handshake and sequential round trips */
    memset(&t, 0, sizeof t);
    memset(r, 0, sizeof r);
    t0 = g_ticks;
    c = t.c = mk(&o);
    ok = c && tick_until(c_tk, &t);
    hs_ticks = t.ticks_at_connect - t0;
    t1 = g_ticks;
    for (i = 0; ok && i < 5; i++) { cmd(c, &r[i], "PING"); ok &= tick_until(c_rec1, &r[i]) && r[i].err == AR_OK; rtts_cmd++; }
    if (ok) { cmd(c, &r[5], "SET tls:tick %b", v, (size_t)256 * 1024); ok &= tick_until(c_rec1, &r[5]) && r[5].err == AR_OK; rtts_cmd++; }
    if (ok) { cmd(c, &r[6], "GET tls:tick"); ok &= tick_until(c_rec1, &r[6]) && r[6].len == 256 * 1024; rtts_cmd++; }
    if (ok) {
        for (i = 7; i < 107; i++) cmd(c, &r[i], "INCR tls:tick:n");
        w.r = r + 7; w.n = 100;
        ok &= tick_until(c_recn, &w); rtts_cmd++;
        for (i = 7; i < 107; i++) ok &= r[i].err == AR_OK;
    }
    th_ok(ok, "%s: tick %s: 50 ms each way: connected, the commands answered", MODE, label);
    th_ok(hs_ticks >= 3 * rtts_hs, "%s: tick %s: 50 ms each way: %d ticks during the handshake (%d round trip%s, >= %d wanted)", MODE, label,
          hs_ticks, rtts_hs, rtts_hs > 1 ? "s" : "", 3 * rtts_hs);
    th_ok(g_ticks - t1 >= 3 * rtts_cmd, "%s: tick %s: 50 ms each way: %d ticks during %d sequential command round trips (>= %d wanted)", MODE,
          label, g_ticks - t1, rtts_cmd, 3 * rtts_cmd);
    th_note("%s: tick %s: longest gap between ticks %lld ms (not judged)", MODE, label, g_tick_gap);
    tick_stop();
    drop(c);
    free(v);
}

static void test_tick(void) {
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    tc_thaw();            /* real time for this part: the timer is the library's */
    th_note("%s: tick: from here on the loop must keep ticking (a bail-out before the next result: it blocked)", MODE);
    fflush(stdout);
    tick_case("TLS 1.3", NULL, 1);
    if (th_ok(ctx != NULL, "%s: tick: a TLS 1.2 context", MODE)) {
        SSL_CTX_load_verify_locations(ctx, f_ca, NULL);
        SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, NULL);
        SSL_CTX_set_max_proto_version(ctx, TLS1_2_VERSION);
        tick_case("TLS 1.2", ctx, 2);
        SSL_CTX_free(ctx);
    }
    tc_freeze();
}

/* ------------------------------------------- once: files refused at creation */
static void test_bad_files(void) {
    struct { const char *label, *ca, *cert, *key, *want; } k[] = {
        { "a missing ca_file", "/nonexistent/ca.pem", NULL, NULL, "ca_file" },
        { "a ca_file that is not PEM", NULL, NULL, NULL, "ca_file" },
        { "a missing cert_file", NULL, "/nonexistent/client.crt", "/nonexistent/client.key", "cert_file" },
        { "a missing key_file", NULL, NULL, "/nonexistent/client.key", "key_file" },
        { "key_file without cert_file", NULL, NULL, NULL, "cert_file" },
    };
    size_t i;
    k[1].ca = f_bad;
    k[3].cert = f_cli_crt;
    k[4].key = f_cli_key;
    for (i = 0; i < sizeof k / sizeof k[0]; i++) {
        ar_options o = topts(tls_port, NULL);
        const char *why = NULL;
        ar_client *c;
        ar_loop *l = ar_loop_new(NULL);
        o.loop = l;
        if (k[i].ca) o.tls_options.ca_file = k[i].ca;
        o.tls_options.cert_file = k[i].cert;
        o.tls_options.key_file = k[i].key;
        c = ar_client_new(&o, &why);
        th_ok(!c && has(why, k[i].want), "ar_client_new refuses %s: NULL, \"%s\"", k[i].label, why ? why : "(no reason)");
        if (c) ar_client_free(c);
        ar_loop_free(l);
    }
}

static void run_mode(drv_mode m) {
    drv_init(&D, m);
    th_note("---- drive mode: %s", drv_names[m]);
    test_basic();
    test_uri();
    test_verify();
    test_client_cert();
    test_user_ctx();
    test_insecure();
    test_big();
    test_small_reads();
    test_restart();
    test_stall();
    test_plaintext();
    test_exactly_once();
    test_free_in_callbacks();
    test_close();
    test_pool();
    test_tick();
    drv_free(&D);
}

int main(void) {
    static const char half_hello[] = {
        0x16, 0x03, 0x03, 0x00, 0x7a,   /* a handshake record of 122 bytes ... */
        0x02, 0x00, 0x00, 0x76,         /* ... a ServerHello of 118 ... */
        0x03, 0x03, 0x11, 0x22, 0x33    /* ... of which only these arrive */
    };
    fs_action a_silent[1], a_half[1], a_plain[2];
    size_t i;
    int valgrind = getenv("AR_TEST_VALGRIND") != NULL;
    th_watchdog(600);
    count_sigpipes();
    if (system("command -v openssl >/dev/null 2>&1") != 0)
        th_skip_all("the openssl CLI is not installed (it makes the test certificates; Debian: apt-get install openssl, or make deps)");
    make_certs();
    start_tls_server(&srv, &tls_port, "no");
    start_tls_server(&srv_auth, &tls_port_auth, "yes");
    a_silent[0] = fs_now(fs_reply_stall(NULL));
    a_half[0] = fs_now(fs__mk(FS_STALL, half_hello, sizeof half_hello, 0, 0));
    a_plain[0] = fs_now(fs_reply("-ERR this is a plaintext server\r\n"));
    a_plain[1] = fs_reply_close("-ERR unknown command\r\n");
    if (fs_start(&fs_silent_hs, a_silent, 1) != 0 || fs_start(&fs_half_hello, a_half, 1) != 0 || fs_start(&fs_plain, a_plain, 2) != 0)
        th_bail("cannot start the fault servers");
    if (dp_start(&dproxy, tls_port, 50) != 0 || dp_start(&dcount, tls_port, 0) != 0) th_bail("cannot start the proxies");
    g_bign = (size_t)(valgrind ? 4 : 64) << 20;
    g_bigbuf = (char *)malloc(g_bign);
    if (!g_bigbuf) th_bail("no memory for the big value");
    for (i = 0; i < g_bign; i++) g_bigbuf[i] = (char)(i * 7 + (i >> 12));

    tc_freeze();   /* the library's clock moves only when a test moves it (the tick test lets it run) */
    test_bad_files();
    run_mode(DRV_LOOP);
    run_mode(DRV_HOOKS);
    run_mode(DRV_PUMP);
    th_is_int(g_violations, 0, "no callback ever ran inside a submitting call");
    th_is_int(g_sigpipes, 0, "the library never raised SIGPIPE");
    free(g_bigbuf);
    dp_stop(&dproxy);
    dp_stop(&dcount);
    fs_stop(&fs_silent_hs);
    fs_stop(&fs_half_hello);
    fs_stop(&fs_plain);
    th_server_stop(&srv_auth);
    th_server_stop(&srv);
    return th_done();
}
