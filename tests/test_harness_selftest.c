/* Self-test of tests/harness.h and tests/faultserver.h (TAP).

   cc -std=c99 -Wall -Wextra -pedantic -Werror -D_DEFAULT_SOURCE \
      -o /tmp/hs tests/test_harness_selftest.c && prove /tmp/hs
   C++:  g++ -std=c++11 -Wall -Wextra -pedantic -Werror -x c++ -o /tmp/hs tests/test_harness_selftest.c */
#include "faultserver.h"

static const char *A_PING[] = { "PING" };
static const char *A_GET[] = { "GET" };
static const char *A_GETK[] = { "GET", "k" };
static const char *A_A[] = { "A" };
static const char *A_B[] = { "B" };
static const char *A_C[] = { "C" };

static int path_exists(const char *p, mode_t type) {
    struct stat st;
    if (lstat(p, &st) != 0) return 0;
    return type ? (st.st_mode & S_IFMT) == type : 1;
}

/* Has pid exited (gone or a zombie) within timeout_ms? */
static int pid_gone(pid_t pid, int timeout_ms) {
    long long deadline = th_now_ms() + timeout_ms;
    for (;;) {
        char path[64], buf[256];
        FILE *f;
        int zombie = 0;
        if (kill(pid, 0) != 0 && errno == ESRCH) return 1;
        snprintf(path, sizeof path, "/proc/%d/stat", (int)pid);
        f = fopen(path, "r");
        if (f) {
            if (fgets(buf, sizeof buf, f)) {
                char *rp = strrchr(buf, ')');
                if (rp && rp[1] == ' ' && (rp[2] == 'Z' || rp[2] == 'X')) zombie = 1;
            }
            fclose(f);
        }
        if (zombie) return 1;
        if (th_now_ms() >= deadline) return 0;
        th_sleep_ms(10);
    }
}

/* Read until n bytes or EOF/error/timeout; returns bytes, *reads = calls. */
static long read_some(int fd, char *buf, size_t n, int timeout_ms, int *reads, int *err) {
    long long deadline = th_now_ms() + timeout_ms;
    size_t have = 0;
    *reads = 0;
    *err = 0;
    while (have < n) {
        ssize_t r;
        if (th__wait_fd(fd, POLLIN, deadline) <= 0) { *err = ETIMEDOUT; break; }
        r = recv(fd, buf + have, n - have, 0);
        if (r < 0 && errno == EINTR) continue;
        if (r < 0) { *err = errno; break; }
        if (r == 0) { *err = -1; break; } /* EOF */
        (*reads)++;
        have += (size_t)r;
    }
    return (long)have;
}

/* Run fn in a child with stdout+stderr captured; returns its exit status. */
static int capture(void (*fn)(void), char *out, size_t outsz) {
    int pfd[2], st = 0;
    size_t have = 0;
    pid_t pid;
    if (pipe(pfd) != 0) th_bail("pipe");
    fflush(stdout);
    fflush(stderr);
    pid = fork();
    if (pid == 0) {
        close(pfd[0]);
        dup2(pfd[1], 1);
        dup2(pfd[1], 2);
        close(pfd[1]);
        memset(&th__st, 0, sizeof th__st);
        fn();
        _exit(99);
    }
    close(pfd[1]);
    for (;;) {
        ssize_t n = read(pfd[0], out + have, outsz - 1 - have);
        if (n <= 0) break;
        have += (size_t)n;
        if (have == outsz - 1) break;
    }
    out[have] = 0;
    close(pfd[0]);
    waitpid(pid, &st, 0);
    return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}

static void failing_tests(void) {
    const char bin[] = "a\0b";
    th_ok(1, "fine # not a directive");
    th_ok(0, "broken\nline");
    th_is_int(3, 4, "ints");
    th_is_str(bin, 3, "a", "bin");
    th_is_str("x", TH_RAW_TIMEOUT, "x", "error length");
    th_skip(1, "why");
    exit(th_done());
}

static void planned_short(void) {
    th_plan(3);
    th_ok(1, "one");
    exit(th_done());
}

static void bailing(void) {
    th_ok(1, "one");
    th_bail("enough");
}

static void test_tap_helpers(void) {
    static char out[8192];
    long long v = 0;
    int rc;
    th_ok(1, "th_ok passes; a description with a # hash is escaped");
    th_is_int(2 + 2, 4, "th_is_int");
    th_is_str("+OK\r\n", 5, "+OK\r\n", "th_is_str binary-safe match");
    th_is_cstr("abc", "abc", "th_is_cstr");
    th_is_int(th_resp_len("*2\r\n$1\r\na\r\n:1\r\n", 15), 15, "th_resp_len array");
    th_is_int(th_resp_len("*2\r\n$1\r\na\r\n:1\r", 14), 0, "th_resp_len incomplete");
    th_is_int(th_resp_len("%1\r\n+a\r\n_\r\n", 11), 11, "th_resp_len RESP3 map");
    th_is_int(th_resp_len("?x\r\n", 4), -1, "th_resp_len malformed");
    th_ok(th_reply_int(":42\r\n", &v) == 0 && v == 42, "th_reply_int");
    th_skip(1, "th_skip works");

    rc = capture(failing_tests, out, sizeof out);
    th_is_int(rc, 4, "th_done returns the failure count");
    th_ok(strstr(out, "ok 1 - fine \\# not a directive\n") != NULL, "'#' escaped in descriptions");
    th_ok(strstr(out, "not ok 2 - broken line\n") != NULL, "failure line, newline flattened");
    th_ok(strstr(out, "#   Failed test 'broken line'\n#   at ") != NULL, "failure diagnostic");
    th_ok(strstr(out, "#          got: 3\n#     expected: 4\n") != NULL, "th_is_int diagnostic");
    th_ok(strstr(out, "got: \"a\\x00b\"") != NULL, "th_is_str escapes binary");
    th_ok(strstr(out, "got: <error -2>") != NULL, "th_is_str with an error length fails");
    th_ok(strstr(out, "ok 6 # skip why\n") != NULL, "skip line");
    th_ok(strstr(out, "\n1..6\n") != NULL, "trailing plan");
    rc = capture(planned_short, out, sizeof out);
    th_ok(rc == 255 && strncmp(out, "1..3\nok 1 - one\n", 16) == 0, "plan mismatch: exit 255 (%d)", rc);
    rc = capture(bailing, out, sizeof out);
    th_ok(rc == 255 && strstr(out, "Bail out! enough\n") != NULL, "th_bail (%d)", rc);
}

static void test_redis_server(void) {
    th_server s;
    const char *extra[] = { "--maxclients", "123", NULL };
    char buf[4096], dir[TH_DIR_MAX];
    long r;
    int port, fd;
    long long t0;

    if (!th_ok(th_server_start(&s, extra) == 0, "th_server_start")) th_bail("no redis-server");
    th_note("redis-server pid %d port %d ipv6 %d dir %s", (int)s.pid, s.port, s.ipv6, s.dir);
    port = s.port;
    snprintf(dir, sizeof dir, "%s", s.dir);
    th_ok(path_exists(s.sock, S_IFSOCK), "unix socket %s exists", s.sock);

    r = th_raw(s.port, buf, sizeof buf, "PING", (char *)NULL);
    th_is_str(buf, r, "+PONG\r\n", "PING over TCP");
    fd = th_raw_connect_unix(s.sock, 1000);
    th_ok(fd >= 0, "connect to the unix socket");
    if (fd >= 0) {
        r = th_raw_cmd(fd, buf, sizeof buf, "PING", (char *)NULL);
        th_is_str(buf, r, "+PONG\r\n", "PING over the unix socket");
        close(fd);
    }
    if (s.ipv6) {
        fd = th_raw_connect6(s.port, 1000);
        th_ok(fd >= 0, "connect to [::1]");
        if (fd >= 0) {
            r = th_raw_cmd(fd, buf, sizeof buf, "PING", (char *)NULL);
            th_is_str(buf, r, "+PONG\r\n", "PING over IPv6");
            close(fd);
        }
    } else th_skip(2, "no IPv6 loopback");

    r = th_raw(s.port, buf, sizeof buf, "SET", "k", "v\r\nx", (char *)NULL);
    th_is_str(buf, r, "+OK\r\n", "SET");
    r = th_raw(s.port, buf, sizeof buf, "GET", "k", (char *)NULL);
    th_is_str(buf, r, "$4\r\nv\r\nx\r\n", "GET returns the binary value");
    r = th_raw(s.port, buf, sizeof buf, "RPUSH", "l", "a", "b", "c", (char *)NULL);
    th_is_str(buf, r, ":3\r\n", "RPUSH");
    r = th_raw(s.port, buf, sizeof buf, "LRANGE", "l", "0", "-1", (char *)NULL);
    th_is_str(buf, r, "*3\r\n$1\r\na\r\n$1\r\nb\r\n$1\r\nc\r\n", "LRANGE (array reply read whole)");
    r = th_raw(s.port, buf, sizeof buf, "CONFIG", "GET", "maxclients", (char *)NULL);
    th_is_str(buf, r, "*2\r\n$10\r\nmaxclients\r\n$3\r\n123\r\n", "extra args reach the server");
    r = th_raw(s.port, buf, 8, "LRANGE", "l", "0", "-1", (char *)NULL);
    th_ok(r == 25 && strlen(buf) == 7, "a truncated reply reports its full length");
    r = th_raw(s.port, buf, sizeof buf, "DEBUG", "SLEEP", "0", (char *)NULL);
    th_is_str(buf, r, "+OK\r\n", "DEBUG is enabled");

    th_ok(th_server_sigstop(&s) == 0, "th_server_sigstop");
    t0 = th_now_ms();
    r = th_raw_command_timeout(s.port, buf, sizeof buf, 300, 1, A_PING);
    th_is_int(r, TH_RAW_TIMEOUT, "PING to a stopped server times out");
    th_ok(th_now_ms() - t0 >= 290 && th_now_ms() - t0 < 30000, "after ~300 ms, not before (%lld; 30 s only catches a hang)", th_now_ms() - t0);
    th_ok(th_server_sigcont(&s) == 0, "th_server_sigcont");
    r = th_raw(s.port, buf, sizeof buf, "PING", (char *)NULL);
    th_is_str(buf, r, "+PONG\r\n", "PING after SIGCONT");

    th_ok(th_server_kill(&s) == 0 && s.pid == 0, "th_server_kill");
    r = th_raw_command_timeout(port, buf, sizeof buf, 1000, 1, A_PING);
    th_ok(r == TH_RAW_ERR && errno == ECONNREFUSED, "killed server refuses connections");
    th_ok(path_exists(dir, S_IFDIR), "temp dir kept after kill");

    th_ok(th_server_restart(&s) == 0, "th_server_restart");
    th_is_int(s.port, port, "same port after restart");
    r = th_raw(s.port, buf, sizeof buf, "PING", (char *)NULL);
    th_is_str(buf, r, "+PONG\r\n", "PING after restart");
    r = th_raw(s.port, buf, sizeof buf, "GET", "k", (char *)NULL);
    th_is_str(buf, r, "$-1\r\n", "no persistence: key is gone");
    r = th_raw(s.port, buf, sizeof buf, "CONFIG", "GET", "maxclients", (char *)NULL);
    th_is_str(buf, r, "*2\r\n$10\r\nmaxclients\r\n$3\r\n123\r\n", "extra args survive the restart");
    fd = th_raw_connect_unix(s.sock, 1000);
    th_ok(fd >= 0, "unix socket works after restart");
    if (fd >= 0) close(fd);

    /* restart while running (kills first), then stop */
    th_ok(th_server_restart(&s) == 0 && s.port == port, "restart of a running server");
    th_ok(th_server_stop(&s) == 0, "th_server_stop");
    th_ok(!path_exists(dir, 0), "temp dir %s removed", dir);
    th_ok(th_server_stop(&s) == 0, "th_server_stop is idempotent");
}

/* A child process starts a server then dies in some way; the server must
   not outlive it and (unless SIGKILLed) the temp dir must be removed. */
static void test_crash_cleanup(void) {
    static const char *how[] = { "abort()", "SIGTERM", "exit() without stop", "SIGSEGV", "SIGKILL (PDEATHSIG only)" };
    int v;
    for (v = 0; v < 5; v++) {
        int pfd[2], st = 0;
        pid_t child;
        struct { pid_t pid; char dir[TH_DIR_MAX]; } info;
        ssize_t n;
        if (pipe(pfd) != 0) th_bail("pipe");
        fflush(stdout);
        child = fork();
        if (child == 0) {
            th_server s;
            close(pfd[0]);
            /* if the test itself dies, this child must not linger */
            signal(SIGPIPE, SIG_IGN);
#ifdef __linux__
            prctl(PR_SET_PDEATHSIG, SIGTERM);
#endif
            memset(&info, 0, sizeof info);
            if (th_server_start(&s, NULL) == 0) { info.pid = s.pid; memcpy(info.dir, s.dir, sizeof info.dir); }
            n = write(pfd[1], &info, sizeof info);
            (void)n;
            close(pfd[1]);
            if (v == 0) abort();
            if (v == 2) exit(3);
            if (v == 3) raise(SIGSEGV);
            for (;;) pause();
        }
        close(pfd[1]);
        memset(&info, 0, sizeof info);
        n = read(pfd[0], &info, sizeof info);
        close(pfd[0]);
        if (!th_ok(n == (ssize_t)sizeof info && info.pid > 0, "%s: child started a server", how[v])) {
            kill(child, SIGKILL);
            waitpid(child, NULL, 0);
            continue;
        }
        if (v == 1) kill(child, SIGTERM);
        if (v == 4) kill(child, SIGKILL);
        waitpid(child, &st, 0);
        th_ok(pid_gone(info.pid, 3000), "%s: redis-server %d is gone", how[v], (int)info.pid);
        if (v == 4) {
            th_ok(path_exists(info.dir, S_IFDIR), "%s: dir stays (nothing could run)", how[v]);
            th__rmrf(info.dir);
        } else {
            th_ok(!path_exists(info.dir, 0), "%s: temp dir removed", how[v]);
        }
    }
}

static void test_faultserver(void) {
    fs_server f;
    char buf[4096];
    long r;
    int fd, reads, err;
    long long t0;

    /* byte-by-byte reply */
    {
        fs_action a[1];
        const char *want = "*2\r\n$5\r\nhello\r\n:12345\r\n";
        a[0] = fs_reply_slow(want, 2);
        th_ok(fs_start(&f, a, 1) == 0, "fs_start (slow reply)");
        fd = th_raw_connect(f.port);
        th_raw_send(fd, 2, A_GETK, NULL);
        t0 = th_now_ms();
        r = read_some(fd, buf, strlen(want), 30000, &reads, &err);
        th_is_str(buf, r, want, "slow reply arrives intact");
        th_ok(reads > 5, "in many pieces (%d reads)", reads);
        th_ok(th_now_ms() - t0 >= 2 * ((long long)strlen(want) - 1) - 5, "paced (%lld ms)", th_now_ms() - t0);
        r = th_raw_cmd(fd, buf, sizeof buf, "GET", "k", (char *)NULL);
        th_is_str(buf, r, want, "last action repeats; th_raw_read assembles it");
        close(fd);
        th_is_int(fs_commands_seen(&f), 2, "fs_commands_seen");
        fs_stop(&f);
    }

    /* reply, then reset */
    {
        fs_action a[2];
        a[0] = fs_reply("+OK\r\n");
        a[1] = fs_reply_reset(NULL);
        th_ok(fs_start(&f, a, 2) == 0, "fs_start (reset)");
        fd = th_raw_connect(f.port);
        r = th_raw_cmd(fd, buf, sizeof buf, "SET", "k", "v", (char *)NULL);
        th_is_str(buf, r, "+OK\r\n", "first command answered");
        th_raw_send(fd, 1, A_PING, NULL);
        r = read_some(fd, buf, 1, 30000, &reads, &err);
        th_ok(r == 0 && (err == ECONNRESET || err == -1), "second command: ECONNRESET or EOF (err %d)", err);
        th_is_int(fs_wait_commands(&f, 2, 30000), 2, "two commands seen");
        th_is_int(fs_connections_seen(&f), 1, "one connection seen");
        th_ok(strcmp(fs_log(&f), "SET k v\nPING\n") == 0, "fs_log: %s", fs_log(&f));
        close(fd);
        fs_stop(&f);
        th_is_int(fs_commands_seen(&f), 2, "count still readable after fs_stop");
    }

    /* echo, pipelined commands and inline commands */
    {
        fs_action a[3];
        a[0] = fs_echo();
        a[1] = fs_echo_arg(2);
        a[2] = fs_echo_arg(0);
        th_ok(fs_start(&f, a, 3) == 0, "fs_start (echo)");
        fd = th_raw_connect(f.port);
        {
            const char *pipe3 = "*2\r\n$3\r\nGET\r\n$3\r\nkey\r\n*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$3\r\nval\r\nPING\r\n";
            th_raw_write(fd, pipe3, strlen(pipe3));
        }
        r = th_raw_read(fd, buf, sizeof buf, 30000);
        th_is_str(buf, r, "$3\r\nkey\r\n", "echo replies arg 1");
        r = th_raw_read(fd, buf, sizeof buf, 30000);
        th_is_str(buf, r, "$3\r\nval\r\n", "echo-arg 2");
        r = th_raw_read(fd, buf, sizeof buf, 30000);
        th_is_str(buf, r, "$4\r\nPING\r\n", "echo-arg 0 on an inline command");
        r = th_raw_cmd(fd, buf, sizeof buf, "X", (char *)NULL);
        th_is_str(buf, r, "$1\r\nX\r\n", "last action repeats");
        close(fd);
        fs_stop(&f);
    }

    /* partial reply then stall; partial reply then clean close */
    {
        fs_action a[3];
        a[0] = fs_reply_stall("$5\r\nab");
        a[1] = fs_next_conn();
        a[2] = fs_reply_close("$5\r\nab");
        th_ok(fs_start(&f, a, 3) == 0, "fs_start (stall | close)");
        fd = th_raw_connect(f.port);
        r = th_raw_command_fd(fd, buf, sizeof buf, 300, 1, A_GET);
        th_is_int(r, TH_RAW_TIMEOUT, "stall: the reply never completes");
        th_raw_send(fd, 1, A_PING, NULL);
        th_is_int(fs_wait_commands(&f, 2, 30000), 2, "stalled connection still counts commands");
        r = read_some(fd, buf, 1, 200, &reads, &err);
        th_ok(r == 0 && err == ETIMEDOUT, "stalled connection stays open and silent");
        close(fd);
        fd = th_raw_connect(f.port);
        th_raw_send(fd, 1, A_GET, NULL);
        r = read_some(fd, buf, sizeof buf, 30000, &reads, &err);
        th_ok(r == 6 && memcmp(buf, "$5\r\nab", 6) == 0 && err == -1, "2nd connection: partial reply then EOF (err %d)", err);
        close(fd);
        th_is_int(fs_connections_seen(&f), 2, "two connections");
        fs_stop(&f);
    }

    /* per-connection scripts, fs_now, silence, delayed reply */
    {
        fs_action a[6];
        a[0] = fs_now(fs_reply("-ERR greeting\r\n"));
        a[1] = fs_silent();
        a[2] = fs_reply_delayed(50, "+LATE\r\n");
        a[3] = fs_next_conn();
        a[4] = fs_now(fs_reply_reset(NULL));
        a[5] = fs_next_conn();   /* empty last script: silent forever */
        th_ok(fs_start(&f, a, 6) == 0, "fs_start (scripts)");
        fd = th_raw_connect(f.port);
        r = th_raw_read(fd, buf, sizeof buf, 30000);
        th_is_str(buf, r, "-ERR greeting\r\n", "fs_now: sent at accept");
        r = th_raw_command_fd(fd, buf, sizeof buf, 200, 1, A_A);
        th_is_int(r, TH_RAW_TIMEOUT, "fs_silent: no reply");
        t0 = th_now_ms();
        r = th_raw_read(fd, buf, sizeof buf, 2000);
        th_ok(r == TH_RAW_TIMEOUT, "still nothing");
        th_raw_send(fd, 1, A_B, NULL);
        t0 = th_now_ms();
        r = th_raw_read(fd, buf, sizeof buf, 30000);
        th_is_str(buf, r, "+LATE\r\n", "delayed reply");
        th_ok(th_now_ms() - t0 >= 45, "after the delay");
        close(fd);
        fd = th_raw_connect(f.port);
        r = read_some(fd, buf, 1, 30000, &reads, &err);
        th_ok(r == 0 && (err == ECONNRESET || err == -1), "2nd connection reset at accept (err %d)", err);
        close(fd);
        fd = th_raw_connect(f.port);
        r = th_raw_command_fd(fd, buf, sizeof buf, 200, 1, A_C);
        th_is_int(r, TH_RAW_TIMEOUT, "3rd connection: empty script is silent");
        close(fd);
        fs_stop(&f);
    }

    /* fs_hold: the command is read and counted; its reply waits for the release */
    {
        fs_action a[1];
        a[0] = fs_reply("+OK\r\n");
        th_ok(fs_start(&f, a, 1) == 0, "fs_start (hold)");
        fs_hold(&f, 1);
        fd = th_raw_connect(f.port);
        th_ok(fd >= 0 && th_raw_send(fd, 1, A_PING, NULL) == 0, "fs_hold: command sent");
        th_is_int(fs_wait_commands(&f, 1, 10000), 1, "fs_hold: the command was read and counted");
        r = th_raw_read(fd, buf, sizeof buf, 200);
        th_is_int(r, TH_RAW_TIMEOUT, "fs_hold: no reply while held");
        fs_hold(&f, 0);
        r = th_raw_read(fd, buf, sizeof buf, 10000);
        th_is_str(buf, r, "+OK\r\n", "fs_hold: the reply once released");
        if (fd >= 0) close(fd);
        fs_stop(&f);
    }

    /* server-level modes */
    th_ok(fs_start_mode(&f, FS_MODE_REFUSE, NULL, 0) == 0, "fs_start_mode REFUSE");
    fd = th_raw_connect_timeout(f.port, 1000);
    th_ok(fd == TH_RAW_ERR && errno == ECONNREFUSED, "REFUSE: ECONNREFUSED");
    fs_stop(&f);

    th_ok(fs_start_mode(&f, FS_MODE_NO_ACCEPT, NULL, 0) == 0, "fs_start_mode NO_ACCEPT");
    fd = th_raw_connect_timeout(f.port, 1000);
    th_ok(fd >= 0, "NO_ACCEPT: connect completes");
    if (fd >= 0) {
        r = th_raw_command_fd(fd, buf, sizeof buf, 200, 1, A_PING);
        th_is_int(r, TH_RAW_TIMEOUT, "NO_ACCEPT: no reply");
        close(fd);
    }
    th_is_int(fs_connections_seen(&f), 0, "NO_ACCEPT: nothing accepted");
    fs_stop(&f);

    th_ok(fs_start_mode(&f, FS_MODE_BLACKHOLE, NULL, 0) == 0, "fs_start_mode BLACKHOLE");
    th_sleep_ms(500); /* let the child fill the backlog */
    t0 = th_now_ms();
    fd = th_raw_connect_timeout(f.port, 300);
    th_is_int(fd, TH_RAW_TIMEOUT, "BLACKHOLE: connect times out");
    if (fd >= 0) close(fd);
    fs_stop(&f);

    th_ok(fs_start_mode(&f, FS_MODE_NO_READ, NULL, 0) == 0, "fs_start_mode NO_READ");
    fd = th_raw_connect(f.port);
    th_ok(fd >= 0, "NO_READ: connect");
    if (fd >= 0) {
        static char chunk[65536];
        long total = 0;
        th__set_nonblock(fd, 1);
        while (total < (64L << 20)) {
            ssize_t w = send(fd, chunk, sizeof chunk, MSG_NOSIGNAL);
            if (w < 0) break;
            total += w;
        }
        th_ok(total < (64L << 20) && (errno == EAGAIN || errno == EWOULDBLOCK), "NO_READ: writes back up after %ld bytes", total);
        close(fd);
    }
    th_is_int(fs_wait_connections(&f, 1, 30000), 1, "NO_READ: connection accepted");
    fs_stop(&f);
}

int main(void) {
    th_watchdog(180);
    test_tap_helpers();
    test_redis_server();
    test_crash_cleanup();
    test_faultserver();
    return th_done();
}
