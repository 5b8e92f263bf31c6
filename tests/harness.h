/* tests/harness.h - header-only test helper for the asyncredis test programs.

   Everything here is static to the including file and prefixed th_ (public)
   or th__ (private). C99 or C++11, POSIX 2008; Linux extras where present.

   FEATURE MACROS
   Include this header FIRST (before any system header), or compile with
   -D_DEFAULT_SOURCE (or -D_POSIX_C_SOURCE=200809L). When no feature macro is
   defined this header defines _POSIX_C_SOURCE 200809L itself; the code only
   needs POSIX 2008, so it also works after asyncredis.h's implementation.

   1. TAP (output to stdout, flushed after every line; diagnostics to stderr)
      th_plan(n)                        optional; prints "1..n" first
      th_ok(cond, fmt, ...)             one test point; returns cond (0/1)
      th_is_int(got, want, fmt, ...)    integers (as long long)
      th_is_str(got, gotlen, want, fmt, ...)  binary-safe: got[0..gotlen)
                                        must equal the C string want;
                                        gotlen < 0 (an error code) fails
      th_is_cstr(got, want, fmt, ...)   both NUL-terminated (NULL allowed)
      th_diag(fmt, ...)                 "# ..." on stderr (shown by prove)
      th_note(fmt, ...)                 "# ..." on stdout (prove -v only)
      th_skip(n, fmt, ...)              n points "ok N # skip reason"
      th_skip_all(fmt, ...)             "1..0 # SKIP reason", exit(0)
      th_bail(fmt, ...)                 "Bail out! ...", cleanup, exit(255)
      th_done()                         prints "1..N" if no plan; returns the
                                        exit status: 0 all passed, else the
                                        number failed (max 254), 255 on a
                                        plan mismatch. Use: return th_done();
      th_watchdog(seconds)              alarm(): on expiry print "Bail out!",
                                        clean up, die by SIGALRM
      th_failed()                       failures so far

   2. redis-server management (see th_server below)
      th_server_start(s, extra_args)    temp dir, free port, fork/exec, wait
                                        for PING (10 s); 0 or -1
      th_server_stop(s)                 SIGTERM (5 s) then SIGKILL, reap,
                                        remove the temp dir
      th_server_kill(s)                 SIGKILL + reap; keeps dir and port
      th_server_sigstop(s) / th_server_sigcont(s)
      th_server_restart(s)              start again on the same port + socket
   Every child is registered: an atexit handler and handlers for SIGINT,
   SIGTERM, SIGHUP, SIGALRM (when not already handled) and SIGSEGV, SIGBUS,
   SIGFPE, SIGABRT, SIGILL (chaining to an earlier handler, e.g. a
   sanitizer's) kill them and remove their temp dirs; children also get
   PR_SET_PDEATHSIG(SIGKILL).

   3. Raw blocking RESP client (independent of the library; an oracle)
      th_raw(port, out, outsz, "CONFIG", "SET", "k", "v", (char *)NULL)
                                        connect, one command, read one whole
                                        reply (raw bytes, NUL-terminated),
                                        close; returns the reply's length
      th_raw_command(port, out, outsz, argc, argv)        same, argv form
      th_raw_command_timeout(port, out, outsz, ms, argc, argv)
      th_raw_connect(port) / th_raw_connect_timeout(port, ms)  127.0.0.1
      th_raw_connect6(port, ms) / th_raw_connect_unix(path, ms)
      th_raw_cmd(fd, out, outsz, arg0, ..., (char *)NULL) on an open fd
      th_raw_command_fd(fd, out, outsz, ms, argc, argv)
      th_raw_send(fd, argc, argv, argvlen)   send one RESP command
      th_raw_read(fd, out, outsz, ms)        read exactly one reply
      th_raw_write(fd, buf, len)             write all (MSG_NOSIGNAL)
      th_resp_len(buf, len)                  length of the first complete
                                             RESP2/3 value, 0 incomplete,
                                             -1 malformed
      th_reply_int(reply, &v)                parse ":N\r\n"
   4. th_now_ms() (monotonic), th_sleep_ms(ms), th_free_port(),
      th_redis_major(), th_server_log_tail(s, lines)

   Return codes of the raw helpers: >= 0 success (a length), TH_RAW_ERR (-1)
   I/O error (errno), EOF (errno 0) or malformed reply (EPROTO),
   TH_RAW_TIMEOUT (-2).
*/
#ifndef TH_HARNESS_H
#define TH_HARNESS_H

#if !defined(_POSIX_C_SOURCE) && !defined(_GNU_SOURCE) && !defined(_DEFAULT_SOURCE) && !defined(_XOPEN_SOURCE) && !defined(__APPLE__)
#define _POSIX_C_SOURCE 200809L
#endif

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdarg.h>
#include <errno.h>
#include <signal.h>
#include <time.h>
#include <unistd.h>
#include <fcntl.h>
#include <poll.h>
#include <dirent.h>
#include <sys/types.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <arpa/inet.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

#if defined(__GLIBC__) && !defined(__USE_XOPEN2K8)
#error "tests/harness.h needs POSIX 2008: include it before any system header or compile with -D_DEFAULT_SOURCE"
#endif

#if defined(__GNUC__) || defined(__clang__)
#define TH_FN static __attribute__((unused))
#define TH_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define TH_FN static
#define TH_PRINTF(a, b)
#endif

#ifndef MSG_NOSIGNAL
#define MSG_NOSIGNAL 0
#endif

#define TH_RAW_ERR (-1)
#define TH_RAW_TIMEOUT (-2)
#define TH_RAW_DEFAULT_TIMEOUT_MS 5000
#define TH_START_TIMEOUT_MS 10000

#define TH_PATH_MAX 256
#define TH_DIR_MAX 128
#define TH_MAX_CHILDREN 64
#define TH_MAX_EXTRA 64
#define TH_EXTRA_BUF 4096

/* A redis-server started by th_server_start. Read the fields; don't write. */
typedef struct th_server {
    int port;                 /* TCP port on 127.0.0.1 (and ::1 if ipv6) */
    int ipv6;                 /* 1 if also bound to ::1 */
    pid_t pid;                /* 0 when not running */
    int stopped;              /* 1 after th_server_sigstop */
    char dir[TH_DIR_MAX];     /* temp dir (removed by th_server_stop) */
    char sock[TH_PATH_MAX];   /* unix socket path: dir/redis.sock */
    char log[TH_PATH_MAX];    /* dir/redis.log (server log + stdout/stderr) */
    int reg;                  /* registry slot, private */
    int nextra;               /* copy of the extra args, private */
    int extra_off[TH_MAX_EXTRA];
    char extra_buf[TH_EXTRA_BUF];
} th_server;

/* ------------------------------------------------------------------ state */

typedef struct th__child {
    pid_t pid;      /* running child, or 0 */
    pid_t owner;    /* process that registered it; only it cleans up */
    int group;      /* kill the whole process group -pid */
    int used;
    char dir[TH_DIR_MAX];
} th__child;

static struct th__state {
    int has_plan, planned, count, failed, done;
    int handlers, atexit_done;
    int ipv6;          /* 0 unknown, 1 works, 2 broken */
    int redis_major;   /* 0 unknown, -1 failed to detect */
    int watchdog_s;
    th__child kids[TH_MAX_CHILDREN];
} th__st;

/* ----------------------------------------------------------------- time */

TH_FN long long th_now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

TH_FN void th_sleep_ms(long ms) {
    struct timespec ts, rem;
    if (ms <= 0) return;
    ts.tv_sec = ms / 1000;
    ts.tv_nsec = (ms % 1000) * 1000000L;
    while (nanosleep(&ts, &rem) != 0 && errno == EINTR) ts = rem;
}

/* ------------------------------------------------------------------ TAP */

TH_FN void th__vfmt(char *buf, size_t sz, const char *fmt, va_list ap) {
    if (!fmt) { buf[0] = 0; return; }
    vsnprintf(buf, sz, fmt, ap);
}

/* Print each line of msg prefixed with "# " to f. */
TH_FN void th__comment(FILE *f, const char *msg) {
    const char *p = msg;
    fflush(stdout);
    for (;;) {
        const char *nl = strchr(p, '\n');
        int n = nl ? (int)(nl - p) : (int)strlen(p);
        fprintf(f, "# %.*s\n", n, p);
        if (!nl || !nl[1]) break;
        p = nl + 1;
    }
    fflush(f);
}

TH_PRINTF(1, 2) TH_FN void th_diag(const char *fmt, ...) {
    char buf[4096];
    va_list ap;
    va_start(ap, fmt);
    th__vfmt(buf, sizeof buf, fmt, ap);
    va_end(ap);
    th__comment(stderr, buf);
}

TH_PRINTF(1, 2) TH_FN void th_note(const char *fmt, ...) {
    char buf[4096];
    va_list ap;
    va_start(ap, fmt);
    th__vfmt(buf, sizeof buf, fmt, ap);
    va_end(ap);
    th__comment(stdout, buf);
}

TH_FN void th_plan(int n) {
    th__st.has_plan = 1;
    th__st.planned = n;
    printf("1..%d\n", n);
    fflush(stdout);
}

TH_FN int th_failed(void) { return th__st.failed; }

/* TAP-safe description: '#' escaped, newlines become spaces. */
TH_FN void th__desc(char *out, size_t outsz, const char *in) {
    size_t o = 0;
    for (; *in && o + 3 < outsz; in++) {
        if (*in == '#') { out[o++] = '\\'; out[o++] = '#'; }
        else if (*in == '\n' || *in == '\r') out[o++] = ' ';
        else out[o++] = *in;
    }
    out[o] = 0;
}

TH_FN int th__vok(const char *file, int line, int cond, const char *fmt, va_list ap) {
    char raw[1024], desc[2100];
    th__vfmt(raw, sizeof raw, fmt, ap);
    th__desc(desc, sizeof desc, raw);
    cond = cond ? 1 : 0;
    th__st.count++;
    printf("%sok %d%s%s\n", cond ? "" : "not ", th__st.count, desc[0] ? " - " : "", desc);
    fflush(stdout);
    if (!cond) {
        th__st.failed++;
        if (desc[0]) th_diag("  Failed test '%s'\n  at %s line %d.", desc, file, line);
        else th_diag("  Failed test at %s line %d.", file, line);
    }
    return cond;
}

TH_PRINTF(4, 5) TH_FN int th__ok(const char *file, int line, int cond, const char *fmt, ...) {
    va_list ap;
    int r;
    va_start(ap, fmt);
    r = th__vok(file, line, cond, fmt, ap);
    va_end(ap);
    return r;
}

TH_PRINTF(5, 6) TH_FN int th__is_int(const char *file, int line, long long got, long long want, const char *fmt, ...) {
    va_list ap;
    int r;
    va_start(ap, fmt);
    r = th__vok(file, line, got == want, fmt, ap);
    va_end(ap);
    if (!r) th_diag("         got: %lld\n    expected: %lld", got, want);
    return r;
}

/* C-escape s[0..len) into out (truncated with "..."). */
TH_FN void th__escape(char *out, size_t outsz, const char *s, long len) {
    size_t o = 0;
    long i;
    static const char hex[] = "0123456789abcdef";
    if (outsz < 8) { if (outsz) out[0] = 0; return; }
    for (i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (o + 8 >= outsz) { memcpy(out + o, "...", 3); o += 3; break; }
        if (c == '\r') { out[o++] = '\\'; out[o++] = 'r'; }
        else if (c == '\n') { out[o++] = '\\'; out[o++] = 'n'; }
        else if (c == '\t') { out[o++] = '\\'; out[o++] = 't'; }
        else if (c == '\\' || c == '"') { out[o++] = '\\'; out[o++] = (char)c; }
        else if (c < 32 || c >= 127) {
            out[o++] = '\\'; out[o++] = 'x'; out[o++] = hex[c >> 4]; out[o++] = hex[c & 15];
        } else out[o++] = (char)c;
    }
    out[o] = 0;
}

TH_FN void th__str_diag(const char *got, long gotlen, const char *want) {
    char g[600], w[600];
    if (!got) strcpy(g, "NULL");
    else if (gotlen < 0) snprintf(g, sizeof g, "<error %ld>", gotlen);
    else { g[0] = '"'; th__escape(g + 1, sizeof g - 2, got, gotlen); strcat(g, "\""); }
    if (!want) strcpy(w, "NULL");
    else { w[0] = '"'; th__escape(w + 1, sizeof w - 2, want, (long)strlen(want)); strcat(w, "\""); }
    th_diag("         got: %s\n    expected: %s", g, w);
}

TH_PRINTF(6, 7) TH_FN int th__is_str(const char *file, int line, const char *got, long gotlen, const char *want, const char *fmt, ...) {
    va_list ap;
    int r, eq;
    if (!want) eq = (got == NULL);
    else eq = got && gotlen >= 0 && (size_t)gotlen == strlen(want) && memcmp(got, want, (size_t)gotlen) == 0;
    va_start(ap, fmt);
    r = th__vok(file, line, eq, fmt, ap);
    va_end(ap);
    if (!r) th__str_diag(got, gotlen, want);
    return r;
}

TH_PRINTF(5, 6) TH_FN int th__is_cstr(const char *file, int line, const char *got, const char *want, const char *fmt, ...) {
    va_list ap;
    int r, eq;
    if (!want || !got) eq = (got == want);
    else eq = strcmp(got, want) == 0;
    va_start(ap, fmt);
    r = th__vok(file, line, eq, fmt, ap);
    va_end(ap);
    if (!r) th__str_diag(got, got ? (long)strlen(got) : 0, want);
    return r;
}

#define th_ok(cond, ...) th__ok(__FILE__, __LINE__, (cond) ? 1 : 0, __VA_ARGS__)
#define th_is_int(got, want, ...) th__is_int(__FILE__, __LINE__, (long long)(got), (long long)(want), __VA_ARGS__)
#define th_is_str(got, gotlen, want, ...) th__is_str(__FILE__, __LINE__, (got), (long)(gotlen), (want), __VA_ARGS__)
#define th_is_cstr(got, want, ...) th__is_cstr(__FILE__, __LINE__, (got), (want), __VA_ARGS__)

TH_PRINTF(2, 3) TH_FN void th_skip(int n, const char *fmt, ...) {
    char raw[1024], desc[2100];
    va_list ap;
    int i;
    va_start(ap, fmt);
    th__vfmt(raw, sizeof raw, fmt, ap);
    va_end(ap);
    th__desc(desc, sizeof desc, raw);
    for (i = 0; i < n; i++) {
        th__st.count++;
        printf("ok %d # skip %s\n", th__st.count, desc);
    }
    fflush(stdout);
}

TH_FN void th__cleanup_all(int from_signal);

TH_PRINTF(1, 2) TH_FN void th_skip_all(const char *fmt, ...) {
    char raw[1024], desc[2100];
    va_list ap;
    va_start(ap, fmt);
    th__vfmt(raw, sizeof raw, fmt, ap);
    va_end(ap);
    th__desc(desc, sizeof desc, raw);
    printf("1..0 # SKIP %s\n", desc);
    fflush(stdout);
    th__st.done = 1;
    th__cleanup_all(0);
    exit(0);
}

TH_PRINTF(1, 2) TH_FN void th_bail(const char *fmt, ...) {
    char raw[1024], desc[2100];
    va_list ap;
    va_start(ap, fmt);
    th__vfmt(raw, sizeof raw, fmt, ap);
    va_end(ap);
    th__desc(desc, sizeof desc, raw);
    printf("Bail out! %s\n", desc);
    fflush(stdout);
    th__st.done = 1;
    th__cleanup_all(0);
    exit(255);
}

TH_FN int th_done(void) {
    int rc = 0;
    if (th__st.done) return th__st.failed ? (th__st.failed > 254 ? 254 : th__st.failed) : 0;
    th__st.done = 1;
    if (!th__st.has_plan) {
        printf("1..%d\n", th__st.count);
        fflush(stdout);
    } else if (th__st.planned != th__st.count) {
        th_diag("Looks like you planned %d tests but ran %d.", th__st.planned, th__st.count);
        rc = 255;
    }
    if (th__st.failed) {
        th_diag("Looks like you failed %d test%s of %d.", th__st.failed, th__st.failed == 1 ? "" : "s", th__st.count);
        if (!rc) rc = th__st.failed > 254 ? 254 : th__st.failed;
    }
    return rc;
}

/* --------------------------------------------------------- fds, cleanup */

TH_FN void th__cloexec(int fd) {
    int fl = fcntl(fd, F_GETFD);
    if (fl >= 0) fcntl(fd, F_SETFD, fl | FD_CLOEXEC);
}

TH_FN int th__set_nonblock(int fd, int on) {
    int fl = fcntl(fd, F_GETFL);
    if (fl < 0) return -1;
    return fcntl(fd, F_SETFL, on ? (fl | O_NONBLOCK) : (fl & ~O_NONBLOCK));
}

/* In a freshly forked child: close every fd >= 3 except keep (-1: none). */
TH_FN void th__close_fds(int keep) {
    int pass;
    for (pass = 0; pass < 8; pass++) {
        int fds[512], n = 0, i, more = 0;
        DIR *d = opendir("/proc/self/fd");
        struct dirent *e;
        if (!d) break;
        while ((e = readdir(d)) != NULL) {
            int fd;
            if (e->d_name[0] < '0' || e->d_name[0] > '9') continue;
            fd = atoi(e->d_name);
            if (fd < 3 || fd == keep || fd == dirfd(d)) continue;
            if (n == (int)(sizeof fds / sizeof fds[0])) { more = 1; break; }
            fds[n++] = fd;
        }
        closedir(d);
        for (i = 0; i < n; i++) close(fds[i]);
        if (!more) return;
    }
    {   /* no /proc: brute force */
        long max = sysconf(_SC_OPEN_MAX), fd;
        if (max < 0 || max > 65536) max = 65536;
        for (fd = 3; fd < max; fd++) if (fd != keep) close((int)fd);
    }
}

/* Child side of every fork: die with the parent, default signals. */
TH_FN void th__child_setup(pid_t parent) {
    sigset_t none;
    int sigs[] = { SIGINT, SIGTERM, SIGHUP, SIGSEGV, SIGBUS, SIGFPE, SIGABRT, SIGILL, SIGALRM, SIGPIPE, SIGCHLD };
    size_t i;
    for (i = 0; i < sizeof sigs / sizeof sigs[0]; i++) signal(sigs[i], SIG_DFL);
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    alarm(0);
#ifdef __linux__
    prctl(PR_SET_PDEATHSIG, SIGKILL);
#endif
    if (getppid() != parent) _exit(127);
    setpgid(0, 0);
}

/* Recursive removal (normal context). */
TH_FN int th__rmrf(const char *path) {
    struct stat st;
    if (lstat(path, &st) != 0) return errno == ENOENT ? 0 : -1;
    if (S_ISDIR(st.st_mode)) {
        DIR *d = opendir(path);
        struct dirent *e;
        if (d) {
            while ((e = readdir(d)) != NULL) {
                char sub[1024];
                if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
                snprintf(sub, sizeof sub, "%s/%s", path, e->d_name);
                th__rmrf(sub);
            }
            closedir(d);
        }
        return rmdir(path);
    }
    return unlink(path);
}

/* Removal from a signal handler: only async-signal-safe calls. */
TH_FN void th__rmrf_signal(const char *dir) {
    static const char *names[] = { "redis.log", "redis.sock", "dump.rdb", "redis.pid", "appendonly.aof", "nodes.conf" };
    char p[TH_PATH_MAX + 32];
    size_t i, dl = strlen(dir);
    pid_t pid;
    for (i = 0; i < sizeof names / sizeof names[0]; i++) {
        size_t nl = strlen(names[i]);
        if (dl + 1 + nl + 1 > sizeof p) continue;
        memcpy(p, dir, dl);
        p[dl] = '/';
        memcpy(p + dl + 1, names[i], nl + 1);
        unlink(p);
    }
    if (rmdir(dir) == 0 || errno == ENOENT) return;
    pid = fork();
    if (pid == 0) {
        char *argv[4];
        char *envp[1];
        argv[0] = (char *)"rm"; argv[1] = (char *)"-rf"; argv[2] = (char *)dir; argv[3] = NULL;
        envp[0] = NULL;
        execve("/bin/rm", argv, envp);
        _exit(127);
    }
    if (pid > 0) while (waitpid(pid, NULL, 0) < 0 && errno == EINTR) {}
}

TH_FN void th__kill_child(th__child *k) {
    if (k->pid > 0) {
        kill(k->group ? -k->pid : k->pid, SIGCONT);
        kill(k->group ? -k->pid : k->pid, SIGKILL);
        kill(k->pid, SIGKILL);
        while (waitpid(k->pid, NULL, 0) < 0 && errno == EINTR) {}
        k->pid = 0;
    }
}

TH_FN void th__cleanup_all(int from_signal) {
    int i;
    pid_t me = getpid();
    for (i = 0; i < TH_MAX_CHILDREN; i++) {
        th__child *k = &th__st.kids[i];
        if (!k->used || k->owner != me) continue;
        th__kill_child(k);
        if (k->dir[0]) {
            if (from_signal) th__rmrf_signal(k->dir);
            else th__rmrf(k->dir);
            k->dir[0] = 0;
        }
        k->used = 0;
    }
}

TH_FN void th__atexit(void) { th__cleanup_all(0); }

/* Signals we handle. The fatal ones chain to a handler that was there
   before (e.g. a sanitizer's); the others are only taken when default. */
static const int th__sigs[] = { SIGSEGV, SIGBUS, SIGFPE, SIGABRT, SIGILL, SIGINT, SIGTERM, SIGHUP, SIGALRM };
#define TH__NSIGS ((int)(sizeof th__sigs / sizeof th__sigs[0]))
#define TH__NFATAL 5
static struct sigaction th__old_sa[TH__NSIGS];

TH_FN void th__on_signal(int sig, siginfo_t *si, void *ctx) {
    int i;
    if (sig == SIGALRM) {
        static const char msg[] = "Bail out! watchdog timeout: test took too long\n";
        ssize_t w = write(1, msg, sizeof msg - 1);
        (void)w;
    }
    th__cleanup_all(1);
    for (i = 0; i < TH__NSIGS; i++) {
        if (th__sigs[i] != sig) continue;
        sigaction(sig, &th__old_sa[i], NULL);
        if (th__old_sa[i].sa_flags & SA_SIGINFO) {
            th__old_sa[i].sa_sigaction(sig, si, ctx);
            return;
        }
        if (th__old_sa[i].sa_handler != SIG_DFL && th__old_sa[i].sa_handler != SIG_IGN) {
            th__old_sa[i].sa_handler(sig);
            return;
        }
        break;
    }
    signal(sig, SIG_DFL);
    raise(sig);
}

TH_FN void th__install_handlers(void) {
    int i;
    if (!th__st.atexit_done) {
        th__st.atexit_done = 1;
        atexit(th__atexit);
    }
    if (th__st.handlers) return;
    th__st.handlers = 1;
    for (i = 0; i < TH__NSIGS; i++) {
        struct sigaction sa, *old = &th__old_sa[i];
        int custom;
        if (sigaction(th__sigs[i], NULL, old) != 0) continue;
        custom = (old->sa_flags & SA_SIGINFO) || old->sa_handler != SIG_DFL;
        if (!(old->sa_flags & SA_SIGINFO) && old->sa_handler == SIG_IGN) continue;
        if (custom && i >= TH__NFATAL) continue;   /* someone else's INT/TERM/... */
        memset(&sa, 0, sizeof sa);
        sa.sa_sigaction = th__on_signal;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_SIGINFO | SA_NODEFER;
#ifdef SA_ONSTACK
        sa.sa_flags |= old->sa_flags & SA_ONSTACK;
#endif
        sigaction(th__sigs[i], &sa, NULL);
    }
}

/* Kill the test (with cleanup) if it runs longer than seconds. */
TH_FN void th_watchdog(unsigned seconds) {
    th__install_handlers();
    th__st.watchdog_s = (int)seconds;
    alarm(seconds);
}

TH_FN int th__reg_add(pid_t pid, int group, const char *dir) {
    int i;
    th__install_handlers();
    for (i = 0; i < TH_MAX_CHILDREN; i++) {
        th__child *k = &th__st.kids[i];
        if (k->used) continue;
        k->pid = pid;
        k->owner = getpid();
        k->group = group;
        k->dir[0] = 0;
        if (dir) snprintf(k->dir, sizeof k->dir, "%s", dir);
        k->used = 1;
        return i;
    }
    return -1;
}

TH_FN void th__reg_pid(int slot, pid_t pid) {
    if (slot >= 0 && slot < TH_MAX_CHILDREN) th__st.kids[slot].pid = pid;
}

TH_FN void th__reg_del(int slot) {
    if (slot >= 0 && slot < TH_MAX_CHILDREN) {
        th__st.kids[slot].pid = 0;
        th__st.kids[slot].dir[0] = 0;
        th__st.kids[slot].used = 0;
    }
}

/* ------------------------------------------------------------- sockets */

/* A TCP port on 127.0.0.1 that was free a moment ago (0 on failure). */
TH_FN int th_free_port(void) {
    struct sockaddr_in sa;
    socklen_t len = sizeof sa;
    int fd = socket(AF_INET, SOCK_STREAM, 0), port = 0;
    if (fd < 0) return 0;
    memset(&sa, 0, sizeof sa);
    sa.sin_family = AF_INET;
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    sa.sin_port = 0;
    if (bind(fd, (struct sockaddr *)&sa, sizeof sa) == 0 &&
        getsockname(fd, (struct sockaddr *)&sa, &len) == 0)
        port = ntohs(sa.sin_port);
    close(fd);
    return port;
}

TH_FN int th__wait_fd(int fd, short events, long long deadline) {
    for (;;) {
        struct pollfd p;
        int r, to;
        if (deadline < 0) to = -1;
        else {
            long long left = deadline - th_now_ms();
            to = left < 0 ? 0 : (int)left;
        }
        p.fd = fd; p.events = events; p.revents = 0;
        r = poll(&p, 1, to);
        if (r > 0) return 1;
        if (r == 0) return 0;
        if (errno != EINTR) return -1;
    }
}

TH_FN int th__connect_sa(const struct sockaddr *sa, socklen_t salen, int timeout_ms) {
    int fd = socket(sa->sa_family, SOCK_STREAM, 0), err = 0, r;
    socklen_t elen = sizeof err;
    long long deadline = timeout_ms < 0 ? -1 : th_now_ms() + timeout_ms;
    if (fd < 0) return TH_RAW_ERR;
    th__cloexec(fd);
    th__set_nonblock(fd, 1);
    do r = connect(fd, sa, salen); while (r < 0 && errno == EINTR);
    if (r < 0 && errno != EINPROGRESS) { err = errno; close(fd); errno = err; return TH_RAW_ERR; }
    if (r < 0) {
        r = th__wait_fd(fd, POLLOUT, deadline);
        if (r == 0) { close(fd); errno = ETIMEDOUT; return TH_RAW_TIMEOUT; }
        if (r < 0 || getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &elen) != 0) err = errno;
        if (err) { close(fd); errno = err; return TH_RAW_ERR; }
    }
    th__set_nonblock(fd, 0);
    if (sa->sa_family != AF_UNIX) {
        int one = 1;
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    }
    return fd;
}

/* TCP connect to 127.0.0.1:port. fd, TH_RAW_ERR or TH_RAW_TIMEOUT. */
TH_FN int th_raw_connect_timeout(int port, int timeout_ms) {
    struct sockaddr_in sa;
    memset(&sa, 0, sizeof sa);
    sa.sin_family = AF_INET;
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    sa.sin_port = htons((unsigned short)port);
    return th__connect_sa((struct sockaddr *)&sa, sizeof sa, timeout_ms);
}

TH_FN int th_raw_connect(int port) { return th_raw_connect_timeout(port, TH_RAW_DEFAULT_TIMEOUT_MS); }

/* TCP connect to [::1]:port. */
TH_FN int th_raw_connect6(int port, int timeout_ms) {
    struct sockaddr_in6 sa;
    memset(&sa, 0, sizeof sa);
    sa.sin6_family = AF_INET6;
    sa.sin6_addr = in6addr_loopback;
    sa.sin6_port = htons((unsigned short)port);
    return th__connect_sa((struct sockaddr *)&sa, sizeof sa, timeout_ms);
}

TH_FN int th_raw_connect_unix(const char *path, int timeout_ms) {
    struct sockaddr_un sa;
    memset(&sa, 0, sizeof sa);
    sa.sun_family = AF_UNIX;
    if (strlen(path) >= sizeof sa.sun_path) { errno = ENAMETOOLONG; return TH_RAW_ERR; }
    strcpy(sa.sun_path, path);
    return th__connect_sa((struct sockaddr *)&sa, sizeof sa, timeout_ms);
}

/* Write all of buf (MSG_NOSIGNAL). 0 or TH_RAW_ERR. */
TH_FN int th_raw_write(int fd, const void *buf, size_t len) {
    const char *p = (const char *)buf;
    while (len > 0) {
        ssize_t n = send(fd, p, len, MSG_NOSIGNAL);
        if (n < 0 && errno == ENOTSOCK) n = write(fd, p, len);
        if (n < 0) {
            if (errno == EINTR) continue;
            if (errno == EAGAIN || errno == EWOULDBLOCK) { th__wait_fd(fd, POLLOUT, -1); continue; }
            return TH_RAW_ERR;
        }
        p += n;
        len -= (size_t)n;
    }
    return 0;
}

/* Send one command as a RESP array of bulk strings. argvlen NULL: strlen. */
TH_FN int th_raw_send(int fd, int argc, const char *const *argv, const size_t *argvlen) {
    size_t cap = 32, len = 0;
    int i, rc;
    char *buf;
    for (i = 0; i < argc; i++) cap += 32 + (argvlen ? argvlen[i] : strlen(argv[i]));
    buf = (char *)malloc(cap);
    if (!buf) return TH_RAW_ERR;
    len += (size_t)sprintf(buf + len, "*%d\r\n", argc);
    for (i = 0; i < argc; i++) {
        size_t al = argvlen ? argvlen[i] : strlen(argv[i]);
        len += (size_t)sprintf(buf + len, "$%lu\r\n", (unsigned long)al);
        memcpy(buf + len, argv[i], al);
        len += al;
        buf[len++] = '\r';
        buf[len++] = '\n';
    }
    rc = th_raw_write(fd, buf, len);
    free(buf);
    return rc;
}

/* Length of the first complete RESP2/RESP3 value in buf[0..len): > 0,
   0 if incomplete, -1 if malformed. */
TH_FN long th_resp_len(const char *buf, size_t len) ;

TH_FN long th__resp_len(const char *buf, size_t len, int depth) {
    size_t i, hdr;
    long long n = 0;
    int neg = 0, digits = 0;
    char t;
    if (depth > 64) return -1;
    if (len < 1) return 0;
    for (i = 1; i + 1 < len; i++) if (buf[i] == '\r' && buf[i + 1] == '\n') break;
    if (i + 1 >= len) return len > (1u << 20) ? -1 : 0;
    hdr = i + 2;
    t = buf[0];
    switch (t) {
    case '+': case '-': case ':': case '_': case ',': case '#': case '(':
        return (long)hdr;
    case '$': case '!': case '=': case '*': case '~': case '>': case '%': case '|':
        break;
    default:
        return -1;
    }
    for (i = 1; i < hdr - 2; i++) {
        char c = buf[i];
        if (i == 1 && c == '-') { neg = 1; continue; }
        if (c < '0' || c > '9' || n > 1000000000000LL) return -1;
        n = n * 10 + (c - '0');
        digits++;
    }
    if (!digits) return -1;
    if (neg) return n == 1 ? (long)hdr : -1;
    if (t == '$' || t == '!' || t == '=') {
        if ((unsigned long long)n + hdr + 2 > (unsigned long long)len) return 0;
        if (buf[hdr + n] != '\r' || buf[hdr + n + 1] != '\n') return -1;
        return (long)(hdr + (size_t)n + 2);
    } else {
        long long count = (t == '%' || t == '|') ? 2 * n : n, k;
        size_t pos = hdr;
        for (k = 0; k < count; k++) {
            long r = th__resp_len(buf + pos, len - pos, depth + 1);
            if (r <= 0) return r;
            pos += (size_t)r;
        }
        if (t == '|') { /* an attribute precedes the real value */
            long r = th__resp_len(buf + pos, len - pos, depth + 1);
            if (r <= 0) return r;
            pos += (size_t)r;
        }
        return (long)pos;
    }
}

TH_FN long th_resp_len(const char *buf, size_t len) { return th__resp_len(buf, len, 0); }

/* Read exactly one complete reply (never more bytes than it has). Copies
   min(len, outsz-1) bytes to out, NUL-terminates, and returns the reply's
   full length (> outsz-1 means truncated), TH_RAW_ERR or TH_RAW_TIMEOUT.
   timeout_ms < 0: wait forever. */
TH_FN long th_raw_read(int fd, char *out, size_t outsz, int timeout_ms) {
    size_t cap = 4096, have = 0;
    long long deadline = timeout_ms < 0 ? -1 : th_now_ms() + timeout_ms;
    char *buf = (char *)malloc(cap);
    long rc;
    if (!buf) return TH_RAW_ERR;
    for (;;) {
        ssize_t n;
        long full;
        int w;
        if (have == cap) {
            char *nb;
            if (cap >= ((size_t)1 << 28)) { rc = TH_RAW_ERR; errno = EMSGSIZE; break; }
            nb = (char *)realloc(buf, cap * 2);
            if (!nb) { rc = TH_RAW_ERR; break; }
            buf = nb;
            cap *= 2;
        }
        w = th__wait_fd(fd, POLLIN, deadline);
        if (w == 0) { rc = TH_RAW_TIMEOUT; errno = ETIMEDOUT; break; }
        if (w < 0) { rc = TH_RAW_ERR; break; }
        n = recv(fd, buf + have, cap - have, MSG_PEEK);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) continue;
        if (n == 0) { errno = 0; rc = TH_RAW_ERR; break; }   /* EOF: errno 0 */
        if (n < 0) { rc = TH_RAW_ERR; break; }
        full = th_resp_len(buf, have + (size_t)n);
        if (full < 0) { rc = TH_RAW_ERR; errno = EPROTO; break; }
        /* consume what belongs to this reply: all of it, or up to its end */
        {
            size_t take = full > 0 ? (size_t)full - have : (size_t)n;
            size_t got = 0;
            while (got < take) {
                ssize_t m = recv(fd, buf + have + got, take - got, 0);
                if (m < 0 && errno == EINTR) continue;
                if (m <= 0) break;
                got += (size_t)m;
            }
            have += got;
            if (got < take) { rc = TH_RAW_ERR; break; }
        }
        if (full > 0) {
            size_t c = (size_t)full < outsz ? (size_t)full : (outsz ? outsz - 1 : 0);
            if (out && outsz) { memcpy(out, buf, c); out[c] = 0; }
            rc = full;
            break;
        }
    }
    free(buf);
    if (rc < 0 && out && outsz) out[0] = 0;
    return rc;
}

/* Send a command on fd and read its reply (see th_raw_read). */
TH_FN long th_raw_command_fd(int fd, char *out, size_t outsz, int timeout_ms, int argc, const char *const *argv) {
    if (th_raw_send(fd, argc, argv, NULL) != 0) { if (out && outsz) out[0] = 0; return TH_RAW_ERR; }
    return th_raw_read(fd, out, outsz, timeout_ms);
}

/* Connect to 127.0.0.1:port, run one command, close. timeout_ms covers the
   connect and the reply separately. */
TH_FN long th_raw_command_timeout(int port, char *out, size_t outsz, int timeout_ms, int argc, const char *const *argv) {
    int fd = th_raw_connect_timeout(port, timeout_ms), saved;
    long r;
    if (fd < 0) { if (out && outsz) out[0] = 0; return fd; }
    r = th_raw_command_fd(fd, out, outsz, timeout_ms, argc, argv);
    saved = errno;
    close(fd);
    errno = saved;
    return r;
}

TH_FN long th_raw_command(int port, char *out, size_t outsz, int argc, const char *const *argv) {
    return th_raw_command_timeout(port, out, outsz, TH_RAW_DEFAULT_TIMEOUT_MS, argc, argv);
}

#define TH__MAXARGS 64
TH_FN int th__collect(const char **argv, const char *arg0, va_list ap) {
    int argc = 0;
    const char *a = arg0;
    while (a && argc < TH__MAXARGS) {
        argv[argc++] = a;
        a = va_arg(ap, const char *);
    }
    return argc;
}

/* th_raw_cmd(fd, out, outsz, "LLEN", "list", (char *)NULL): on an open fd. */
TH_FN long th_raw_cmd(int fd, char *out, size_t outsz, const char *arg0, ...) {
    const char *argv[TH__MAXARGS];
    int argc;
    va_list ap;
    va_start(ap, arg0);
    argc = th__collect(argv, arg0, ap);
    va_end(ap);
    return th_raw_command_fd(fd, out, outsz, TH_RAW_DEFAULT_TIMEOUT_MS, argc, argv);
}

/* th_raw(port, out, outsz, "CONFIG", "SET", "x", "y", (char *)NULL):
   connect, one command, close. */
TH_FN long th_raw(int port, char *out, size_t outsz, const char *arg0, ...) {
    const char *argv[TH__MAXARGS];
    int argc;
    va_list ap;
    va_start(ap, arg0);
    argc = th__collect(argv, arg0, ap);
    va_end(ap);
    return th_raw_command(port, out, outsz, argc, argv);
}

/* Parse ":123\r\n" into *v. 0 on success, -1 otherwise. */
TH_FN int th_reply_int(const char *reply, long long *v) {
    char *end;
    if (!reply || reply[0] != ':') return -1;
    errno = 0;
    *v = strtoll(reply + 1, &end, 10);
    if (errno || end == reply + 1 || end[0] != '\r') return -1;
    return 0;
}

/* ------------------------------------------------------- redis-server */

TH_FN const char *th__redis_bin(void) {
    const char *b = getenv("REDIS_SERVER");
    return (b && *b) ? b : "redis-server";
}

/* Major version of the redis-server binary (cached; -1 unknown). */
TH_FN int th_redis_major(void) {
    int pfd[2];
    pid_t pid, parent = getpid();
    char buf[512];
    size_t have = 0;
    const char *v;
    if (th__st.redis_major) return th__st.redis_major;
    th__st.redis_major = -1;
    if (pipe(pfd) != 0) return -1;
    fflush(stdout);
    fflush(stderr);
    pid = fork();
    if (pid < 0) { close(pfd[0]); close(pfd[1]); return -1; }
    if (pid == 0) {
        int dn = open("/dev/null", O_RDWR);
        th__child_setup(parent);
        dup2(pfd[1], 1);
        if (dn >= 0) { dup2(dn, 0); dup2(dn, 2); }
        th__close_fds(-1);
        execlp(th__redis_bin(), th__redis_bin(), "--version", (char *)NULL);
        _exit(127);
    }
    close(pfd[1]);
    for (;;) {
        ssize_t n = read(pfd[0], buf + have, sizeof buf - 1 - have);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        have += (size_t)n;
        if (have >= sizeof buf - 1) break;
    }
    buf[have] = 0;
    close(pfd[0]);
    while (waitpid(pid, NULL, 0) < 0 && errno == EINTR) {}
    v = strstr(buf, "v=");
    if (v && v[2] >= '0' && v[2] <= '9') th__st.redis_major = atoi(v + 2);
    return th__st.redis_major;
}

TH_FN long th__file_size(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 ? (long)st.st_size : 0;
}

/* Does the log, from offset on, contain needle? */
TH_FN int th__log_has(const char *path, long offset, const char *needle) {
    FILE *f = fopen(path, "r");
    char line[2048];
    int found = 0;
    if (!f) return 0;
    if (offset > 0) fseek(f, offset, SEEK_SET);
    while (!found && fgets(line, sizeof line, f)) if (strstr(line, needle)) found = 1;
    fclose(f);
    return found;
}

/* Print the last lines of the server log as TAP diagnostics. */
TH_FN void th_server_log_tail(const th_server *s, int maxlines) {
    FILE *f = fopen(s->log, "r");
    char buf[8192];
    long size, from;
    size_t n;
    int lines = 0;
    char *p;
    if (!f) { th_diag("(no log file %s)", s->log); return; }
    fseek(f, 0, SEEK_END);
    size = ftell(f);
    from = size > (long)sizeof buf - 1 ? size - (long)sizeof buf + 1 : 0;
    fseek(f, from, SEEK_SET);
    n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = 0;
    if (n && buf[n - 1] == '\n') buf[--n] = 0;
    p = buf + n;
    while (p > buf) {
        if (p[-1] == '\n' && ++lines >= maxlines) break;
        p--;
    }
    th_diag("--- tail of %s ---\n%s", s->log, p);
}

/* fork/exec redis-server on s->port. Returns pid or -1. */
TH_FN pid_t th__spawn(th_server *s, int ipv6) {
    const char *argv[48 + TH_MAX_EXTRA];
    char portstr[16];
    int argc = 0, i, logfd;
    pid_t pid, parent = getpid();
    int major = th_redis_major();
    snprintf(portstr, sizeof portstr, "%d", s->port);
    argv[argc++] = th__redis_bin();
    argv[argc++] = "--port"; argv[argc++] = portstr;
    argv[argc++] = "--bind"; argv[argc++] = "127.0.0.1";
    if (ipv6) argv[argc++] = "::1";
    argv[argc++] = "--unixsocket"; argv[argc++] = s->sock;
    argv[argc++] = "--unixsocketperm"; argv[argc++] = "700";
    argv[argc++] = "--dir"; argv[argc++] = s->dir;
    argv[argc++] = "--save"; argv[argc++] = "";
    argv[argc++] = "--appendonly"; argv[argc++] = "no";
    argv[argc++] = "--daemonize"; argv[argc++] = "no";
    argv[argc++] = "--logfile"; argv[argc++] = s->log;
    if (major >= 7) {
        argv[argc++] = "--enable-debug-command"; argv[argc++] = "yes";
        argv[argc++] = "--enable-protected-configs"; argv[argc++] = "yes";
    }
    for (i = 0; i < s->nextra; i++) argv[argc++] = s->extra_buf + s->extra_off[i];
    argv[argc] = NULL;

    logfd = open(s->log, O_WRONLY | O_CREAT | O_APPEND, 0600);
    if (logfd < 0) { th_diag("cannot open %s: %s", s->log, strerror(errno)); return -1; }
    fflush(stdout);
    fflush(stderr);
    pid = fork();
    if (pid < 0) { th_diag("fork: %s", strerror(errno)); close(logfd); return -1; }
    if (pid == 0) {
        int dn = open("/dev/null", O_RDONLY);
        th__child_setup(parent);
        if (dn >= 0) dup2(dn, 0);
        dup2(logfd, 1);
        dup2(logfd, 2);
        th__close_fds(-1);
        execvp(argv[0], (char *const *)argv);
        fprintf(stderr, "th_server: exec %s: %s\n", argv[0], strerror(errno));
        _exit(127);
    }
    close(logfd);
    setpgid(pid, pid);
    s->pid = pid;
    s->stopped = 0;
    th__reg_pid(s->reg, pid);
    return pid;
}

/* Reap if exited. 1 if s->pid is still alive. */
TH_FN int th__alive(th_server *s) {
    int st;
    pid_t r;
    if (s->pid <= 0) return 0;
    do r = waitpid(s->pid, &st, WNOHANG); while (r < 0 && errno == EINTR);
    if (r == s->pid || (r < 0 && errno == ECHILD)) {
        s->pid = 0;
        th__reg_pid(s->reg, 0);
        return 0;
    }
    return 1;
}

/* 0 ready, -1 the server exited, -2 timeout (server still running). */
TH_FN int th__wait_ready(th_server *s, int timeout_ms) {
    long long deadline = th_now_ms() + timeout_ms;
    const char *ping[1];
    char buf[256];
    ping[0] = "PING";
    for (;;) {
        int fd;
        if (!th__alive(s)) return -1;
        /* the unix socket is ours alone; redis creates it after binding TCP */
        fd = th_raw_connect_unix(s->sock, 1000);
        if (fd >= 0) {
            long r = th_raw_command_fd(fd, buf, sizeof buf, 1000, 1, ping);
            close(fd);
            if (r > 0 && !strcmp(buf, "+PONG\r\n") && th__alive(s)) {
                r = th_raw_command_timeout(s->port, buf, sizeof buf, 1000, 1, ping);
                if (r > 0 && !strcmp(buf, "+PONG\r\n")) return 0;
            }
        }
        if (th_now_ms() >= deadline) return -2;
        th_sleep_ms(10);
    }
}

TH_FN void th__hard_kill(th_server *s) {
    if (s->pid > 0) {
        kill(s->pid, SIGKILL);
        while (waitpid(s->pid, NULL, 0) < 0 && errno == EINTR) {}
        s->pid = 0;
        s->stopped = 0;
        th__reg_pid(s->reg, 0);
    }
}

/* Start a redis-server. extra_args: NULL-terminated list of additional
   command-line arguments (e.g. {"--requirepass", "pw", NULL}) or NULL.
   0 on success; -1 with diagnostics (log tail) on failure. */
TH_FN int th_server_start(th_server *s, const char *const *extra_args) {
    const char *tmp = getenv("TMPDIR");
    size_t used = 0;
    int attempt;
    memset(s, 0, sizeof *s);
    s->reg = -1;
    if (extra_args) {
        for (; extra_args[s->nextra]; s->nextra++) {
            size_t l = strlen(extra_args[s->nextra]) + 1;
            if (s->nextra >= TH_MAX_EXTRA || used + l > TH_EXTRA_BUF) {
                th_diag("th_server_start: too many extra args");
                return -1;
            }
            memcpy(s->extra_buf + used, extra_args[s->nextra], l);
            s->extra_off[s->nextra] = (int)used;
            used += l;
        }
    }
    /* sun_path is ~108 bytes: fall back to /tmp for long TMPDIRs */
    if (!tmp || !*tmp || strlen(tmp) > 60) tmp = "/tmp";
    snprintf(s->dir, sizeof s->dir, "%s/th-redis-XXXXXX", tmp);
    if (!mkdtemp(s->dir)) {
        th_diag("mkdtemp(%s): %s", s->dir, strerror(errno));
        s->dir[0] = 0;
        return -1;
    }
    snprintf(s->sock, sizeof s->sock, "%s/redis.sock", s->dir);
    snprintf(s->log, sizeof s->log, "%s/redis.log", s->dir);
    s->reg = th__reg_add(0, 1, s->dir);
    if (s->reg < 0) {
        th_diag("th_server_start: too many children");
        th__rmrf(s->dir);
        return -1;
    }
    for (attempt = 0; attempt < 6; attempt++) {
        int ipv6 = th__st.ipv6 != 2, r;
        long off = th__file_size(s->log);
        s->port = th_free_port();
        if (!s->port) continue;
        if (th__spawn(s, ipv6) < 0) break;
        r = th__wait_ready(s, TH_START_TIMEOUT_MS);
        if (r == 0) {
            s->ipv6 = ipv6;
            if (ipv6) th__st.ipv6 = 1;
            return 0;
        }
        th__hard_kill(s);
        if (r == -2) {
            th_diag("redis-server on port %d did not answer PING within %d ms", s->port, TH_START_TIMEOUT_MS);
            continue;
        }
        if (ipv6 && th__st.ipv6 == 0 && th__log_has(s->log, off, "::1")) {
            th__st.ipv6 = 2;   /* ::1 unusable here: IPv4 only from now on */
            attempt--;
            continue;
        }
        if (th__log_has(s->log, off, "th_server: exec")) break;
    }
    th_diag("th_server_start: could not start %s", th__redis_bin());
    th_server_log_tail(s, 25);
    th__hard_kill(s);
    th__rmrf(s->dir);
    th__reg_del(s->reg);
    s->reg = -1;
    s->dir[0] = 0;
    return -1;
}

/* SIGKILL + reap. The temp dir, port and socket path stay for a restart. */
TH_FN int th_server_kill(th_server *s) {
    if (s->pid <= 0) return -1;
    th__hard_kill(s);
    return 0;
}

/* Start again on the same port and socket (kills it first if running).
   Retries for a few seconds while the address is still in use. */
TH_FN int th_server_restart(th_server *s) {
    long long deadline = th_now_ms() + 8000;
    if (!s->dir[0]) return -1;
    if (s->pid > 0) th__hard_kill(s);
    for (;;) {
        int r;
        if (th__spawn(s, s->ipv6) < 0) break;
        r = th__wait_ready(s, TH_START_TIMEOUT_MS);
        if (r == 0) return 0;
        th__hard_kill(s);
        if (r == -2 || th_now_ms() >= deadline) break;
        th_sleep_ms(100);
    }
    th_diag("th_server_restart: could not restart on port %d", s->port);
    th_server_log_tail(s, 25);
    return -1;
}

/* Wait (with timeout) for the child to report stopped (want_stop=1) or
   continued (0). */
TH_FN int th__wait_state(th_server *s, int want_stop) {
    long long deadline = th_now_ms() + 3000;
    for (;;) {
        int st;
        pid_t r = waitpid(s->pid, &st, WNOHANG | (want_stop ? WUNTRACED : WCONTINUED));
        if (r == s->pid) {
            if (WIFEXITED(st) || WIFSIGNALED(st)) { s->pid = 0; th__reg_pid(s->reg, 0); return -1; }
            if (want_stop && WIFSTOPPED(st)) return 0;
            if (!want_stop && WIFCONTINUED(st)) return 0;
        } else if (r < 0 && errno != EINTR) return -1;
        if (th_now_ms() >= deadline) return -1;
        th_sleep_ms(1);
    }
}

/* SIGSTOP the server and wait until it is stopped: it accepts TCP
   connections (kernel backlog) but never answers. */
TH_FN int th_server_sigstop(th_server *s) {
    if (s->pid <= 0) return -1;
    if (s->stopped) return 0;
    if (kill(s->pid, SIGSTOP) != 0) return -1;
    if (th__wait_state(s, 1) != 0) return -1;
    s->stopped = 1;
    return 0;
}

TH_FN int th_server_sigcont(th_server *s) {
    if (s->pid <= 0) return -1;
    if (kill(s->pid, SIGCONT) != 0) return -1;
    if (s->stopped) {
        s->stopped = 0;
        if (th__wait_state(s, 0) != 0) return -1;
    }
    return 0;
}

/* SIGTERM (SIGKILL after 5 s), reap, remove the temp dir. Idempotent. */
TH_FN int th_server_stop(th_server *s) {
    int rc = 0;
    if (s->pid > 0) {
        long long deadline = th_now_ms() + 5000;
        kill(s->pid, SIGCONT);
        kill(s->pid, SIGTERM);
        while (th__alive(s)) {
            if (th_now_ms() >= deadline) {
                th_diag("redis-server %d ignored SIGTERM; SIGKILL", (int)s->pid);
                th__hard_kill(s);
                rc = -1;
                break;
            }
            th_sleep_ms(5);
        }
        s->pid = 0;
        s->stopped = 0;
    }
    if (s->dir[0]) {
        if (th__rmrf(s->dir) != 0) rc = -1;
        s->dir[0] = 0;
    }
    th__reg_del(s->reg);
    s->reg = -1;
    return rc;
}

#endif /* TH_HARNESS_H */
