/* tests/faultserver.h - header-only fault-injecting RESP server for tests.

   For faults a real redis-server cannot produce: replies split byte by
   byte, replies cut off then a stall, a reset or a clean close, silence,
   a listener that never accepts, a connect that never completes, a port
   that refuses. Include after (or instead of) tests/harness.h; the same
   feature-macro rule applies (include first, or -D_DEFAULT_SOURCE).

   The server runs in a forked child process (its own process group), never
   in the test's event loop; each accepted connection is handled by its own
   forked grandchild with blocking I/O. Children are registered with the
   harness, so they die with the test (cleanup handlers + PDEATHSIG).

   SCRIPT
   An array of fs_action. Each incoming command (RESP array of bulk
   strings, or an inline command line) on a connection consumes the next
   action; the last action repeats. FS_NEXT_CONN separates per-connection
   scripts: connection k (0-based, in accept order) uses script
   min(k, nscripts - 1). Actions at the start of a script marked with
   fs_now(...) run right after accept, before any command is read.

       fs_action a[] = { fs_reply("+OK\r\n"), fs_reply_reset(NULL) };
       fs_server f;
       fs_start(&f, a, 2);   // 1st command: +OK, 2nd: connection reset
       ... connect to 127.0.0.1:f.port ...
       fs_stop(&f);

   Action constructors (return an fs_action by value):
       fs_reply(data)             send data (NUL-terminated)
       fs_reply_n(data, len)      send len bytes (binary)
       fs_reply_delayed(ms, data) wait ms, then send data
       fs_reply_slow(data, ms)    send one byte at a time, ms between bytes
                                  (0 means 1 ms); TCP_NODELAY is on
       fs_echo()                  reply argument 1 as a bulk string
                                  (GET k -> "$1\r\nk\r\n")
       fs_echo_arg(n)             reply argument n (0 = command name);
                                  "$-1\r\n" if there is no such argument
       fs_reply_stall(data)       send data (NULL: nothing), then never send
                                  again; the socket stays open, commands are
                                  still read and counted
       fs_reply_reset(data)       send data (NULL: nothing), then RST
                                  (SO_LINGER 0 + close)
       fs_reply_close(data)       send data (NULL: nothing), then a clean
                                  close (FIN)
       fs_silent()                no reply to this command; go on
       fs_next_conn()             separator: the next connection's script
       fs_now(action)             run at accept time (leading actions only)

   SERVER
       fs_start(s, actions, n)            scripted server; 0 or -1
       fs_start_mode(s, mode, actions, n) modes:
           FS_MODE_SCRIPT     the script above (default)
           FS_MODE_NO_READ    accepts and holds connections, never reads
                              (tiny receive buffer: client writes back up)
           FS_MODE_NO_ACCEPT  listens, never accepts: connect completes via
                              the kernel backlog, nothing is ever read
           FS_MODE_BLACKHOLE  listen backlog filled up: connect() itself
                              never completes (for connect timeouts)
           FS_MODE_REFUSE     nothing listens: a bound, non-listening port
                              (connect gets ECONNREFUSED); no child process
       fs_stop(s)                         kill the children, reap; idempotent
       s->port                            the TCP port on 127.0.0.1
       fs_commands_seen(s)                commands received, all connections
       fs_connections_seen(s)             connections accepted
       fs_wait_commands(s, n, timeout_ms) wait until >= n commands; returns
                                          the count seen
       fs_wait_connections(s, n, timeout_ms)
       fs_log(s)                          every command received, one per
                                          line, arguments joined by spaces
                                          (non-printable bytes shown as '?';
                                          first 64 KiB). Valid until fs_stop.
       fs_hold(s, on)                     on: every command read from now on
                                          is counted and logged, then waits
                                          before its action (its reply) until
                                          fs_hold(s, 0): the test, not the
                                          machine's speed, decides when the
                                          replies come
   Counters are kept in shared memory; a command is counted before its
   action runs, so once a client got a reply the count includes it.
*/
#ifndef TH_FAULTSERVER_H
#define TH_FAULTSERVER_H

#include "harness.h"
#include <sys/mman.h>

enum {
    FS_REPLY = 1,
    FS_REPLY_SLOW,
    FS_ECHO_ARG,
    FS_STALL,
    FS_RESET,
    FS_CLOSE,
    FS_SILENT,
    FS_NEXT_CONN
};
#define FS_NOW 0x100
#define FS_KIND(k) ((k) & 0xff)

typedef enum fs_mode {
    FS_MODE_SCRIPT = 0,
    FS_MODE_NO_READ,
    FS_MODE_NO_ACCEPT,
    FS_MODE_BLACKHOLE,
    FS_MODE_REFUSE
} fs_mode;

typedef struct fs_action {
    int kind;          /* FS_REPLY ... , optionally | FS_NOW */
    const char *data;  /* bytes to send, or NULL */
    size_t len;        /* length of data */
    int arg;           /* FS_ECHO_ARG: argument index */
    int delay_ms;      /* FS_REPLY_SLOW: between bytes; others: before */
} fs_action;

#define FS_LOG_MAX 65536
#define FS_MAXARGS 64

typedef struct fs_shared {
    volatile long commands;
    volatile long conns;
    volatile long ready;   /* FS_MODE_BLACKHOLE: the backlog is full */
    volatile long hold;    /* fs_hold: actions wait while set */
    volatile long log_len;
    char log[FS_LOG_MAX];
} fs_shared;

typedef struct fs_server {
    int port;          /* 127.0.0.1:port */
    pid_t pid;         /* the acceptor child (0 in FS_MODE_REFUSE / stopped) */
    int mode;
    int hold_fd;       /* FS_MODE_REFUSE: the bound, non-listening socket */
    int reg;           /* harness registry slot, private */
    fs_shared *sh;     /* shared counters and log */
    long final_commands, final_conns;
} fs_server;

/* --------------------------------------------------------- constructors */

TH_FN fs_action fs__mk(int kind, const char *data, size_t len, int arg, int delay_ms) {
    fs_action a;
    a.kind = kind;
    a.data = data;
    a.len = data ? len : 0;
    a.arg = arg;
    a.delay_ms = delay_ms;
    return a;
}
TH_FN fs_action fs_reply(const char *data) { return fs__mk(FS_REPLY, data, data ? strlen(data) : 0, 0, 0); }
TH_FN fs_action fs_reply_n(const char *data, size_t len) { return fs__mk(FS_REPLY, data, len, 0, 0); }
TH_FN fs_action fs_reply_delayed(int delay_ms, const char *data) { return fs__mk(FS_REPLY, data, data ? strlen(data) : 0, 0, delay_ms); }
TH_FN fs_action fs_reply_slow(const char *data, int byte_delay_ms) { return fs__mk(FS_REPLY_SLOW, data, data ? strlen(data) : 0, 0, byte_delay_ms); }
TH_FN fs_action fs_echo(void) { return fs__mk(FS_ECHO_ARG, NULL, 0, 1, 0); }
TH_FN fs_action fs_echo_arg(int n) { return fs__mk(FS_ECHO_ARG, NULL, 0, n, 0); }
TH_FN fs_action fs_reply_stall(const char *data) { return fs__mk(FS_STALL, data, data ? strlen(data) : 0, 0, 0); }
TH_FN fs_action fs_reply_reset(const char *data) { return fs__mk(FS_RESET, data, data ? strlen(data) : 0, 0, 0); }
TH_FN fs_action fs_reply_close(const char *data) { return fs__mk(FS_CLOSE, data, data ? strlen(data) : 0, 0, 0); }
TH_FN fs_action fs_silent(void) { return fs__mk(FS_SILENT, NULL, 0, 0, 0); }
TH_FN fs_action fs_next_conn(void) { return fs__mk(FS_NEXT_CONN, NULL, 0, 0, 0); }
TH_FN fs_action fs_now(fs_action a) { a.kind |= FS_NOW; return a; }

/* ------------------------------------------------------------ the child */

TH_FN void fs__log_cmd(fs_shared *sh, int argc, const char *const *av, const size_t *al) {
    char line[600];
    size_t o = 0;
    long at;
    int i;
    for (i = 0; i < argc && o < sizeof line - 2; i++) {
        size_t j, n = al[i] > 128 ? 128 : al[i];
        if (i) line[o++] = ' ';
        for (j = 0; j < n && o < sizeof line - 2; j++) {
            unsigned char c = (unsigned char)av[i][j];
            line[o++] = (c < 32 || c >= 127) ? '?' : (char)c;
        }
    }
    line[o++] = '\n';
    at = __sync_fetch_and_add(&sh->log_len, (long)o);
    if (at + (long)o < FS_LOG_MAX) memcpy(sh->log + at, line, o);
}

/* One command from b[0..len): consumed bytes, 0 incomplete, -1 malformed. */
TH_FN long fs__parse(const char *b, size_t len, const char **av, size_t *al, int *ac) {
    *ac = 0;
    if (len == 0) return 0;
    if (b[0] == '*') {
        long n = th_resp_len(b, len), count, k;
        size_t pos;
        char *end;
        if (n <= 0) return n;
        count = strtol(b + 1, &end, 10);
        pos = (size_t)(strchr(b, '\n') - b) + 1;
        for (k = 0; k < count; k++) {
            long bl;
            if (b[pos] != '$') return -1;
            bl = strtol(b + pos + 1, &end, 10);
            if (bl < 0) return -1;
            pos = (size_t)(strchr(b + pos, '\n') - b) + 1;
            if (*ac < FS_MAXARGS) { av[*ac] = b + pos; al[*ac] = (size_t)bl; (*ac)++; }
            pos += (size_t)bl + 2;
        }
        return n;
    } else {   /* inline command */
        const char *nl = (const char *)memchr(b, '\n', len);
        size_t i = 0, end;
        if (!nl) return len > 65536 ? -1 : 0;
        end = (size_t)(nl - b);
        if (end > 0 && b[end - 1] == '\r') end--;
        while (i < end) {
            size_t st;
            while (i < end && (b[i] == ' ' || b[i] == '\t')) i++;
            if (i >= end) break;
            st = i;
            while (i < end && b[i] != ' ' && b[i] != '\t') i++;
            if (*ac < FS_MAXARGS) { av[*ac] = b + st; al[*ac] = i - st; (*ac)++; }
        }
        return (long)(nl - b) + 1;
    }
}

TH_FN void fs__send(int fd, const char *data, size_t len) {
    if (data && len) th_raw_write(fd, data, len);
}

/* Perform one action. Returns 1 when the connection is finished. */
TH_FN int fs__do(int fd, const fs_action *a, int argc, const char *const *av, const size_t *al, int *stalled) {
    int kind = FS_KIND(a->kind);
    if (kind != FS_REPLY_SLOW && a->delay_ms > 0) th_sleep_ms(a->delay_ms);
    switch (kind) {
    case FS_REPLY:
        fs__send(fd, a->data, a->len);
        return 0;
    case FS_REPLY_SLOW: {
        size_t i;
        for (i = 0; i < a->len; i++) {
            if (th_raw_write(fd, a->data + i, 1) != 0) return 1;
            if (i + 1 < a->len) th_sleep_ms(a->delay_ms > 0 ? a->delay_ms : 1);
        }
        return 0;
    }
    case FS_ECHO_ARG: {
        char hdr[32];
        if (a->arg < 0 || a->arg >= argc) { fs__send(fd, "$-1\r\n", 5); return 0; }
        snprintf(hdr, sizeof hdr, "$%lu\r\n", (unsigned long)al[a->arg]);
        fs__send(fd, hdr, strlen(hdr));
        fs__send(fd, av[a->arg], al[a->arg]);
        fs__send(fd, "\r\n", 2);
        return 0;
    }
    case FS_STALL:
        fs__send(fd, a->data, a->len);
        *stalled = 1;
        return 0;
    case FS_RESET: {
        struct linger l;
        fs__send(fd, a->data, a->len);
        l.l_onoff = 1;
        l.l_linger = 0;
        setsockopt(fd, SOL_SOCKET, SO_LINGER, &l, sizeof l);
        close(fd);
        return 1;
    }
    case FS_CLOSE: {
        char junk[4096];
        long long deadline = th_now_ms() + 2000;
        fs__send(fd, a->data, a->len);
        shutdown(fd, SHUT_WR);
        /* drain so unread input does not turn the close into an RST */
        while (th__wait_fd(fd, POLLIN, deadline) > 0) {
            ssize_t n = read(fd, junk, sizeof junk);
            if (n <= 0) break;
        }
        close(fd);
        return 1;
    }
    case FS_SILENT:
    default:
        return 0;
    }
}

TH_FN void fs__handle(int fd, const fs_action *acts, int nacts, long connidx, fs_shared *sh) {
    const fs_action *sc = acts, *cmds;
    int n = 0, i, ncmds, stalled = 0, st = 0;
    long script = 0, seen = 0;
    size_t cap = 65536, have = 0;
    char *buf;
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    /* script number connidx, or the last one */
    for (i = 0; i <= nacts; i++) {
        if (i == nacts || FS_KIND(acts[i].kind) == FS_NEXT_CONN) {
            sc = acts + st;
            n = i - st;
            if (script == connidx) break;
            script++;
            st = i + 1;
        }
    }
    for (i = 0; i < n && (sc[i].kind & FS_NOW); i++)
        if (fs__do(fd, &sc[i], 0, NULL, NULL, &stalled)) _exit(0);
    cmds = sc + i;
    ncmds = n - i;
    buf = (char *)malloc(cap);
    if (!buf) _exit(1);
    for (;;) {
        ssize_t r;
        size_t off = 0;
        if (have == cap) {
            char *nb = (char *)realloc(buf, cap * 2);
            if (!nb) _exit(1);
            buf = nb;
            cap *= 2;
        }
        r = read(fd, buf + have, cap - have);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) _exit(0);
        have += (size_t)r;
        for (;;) {
            const char *av[FS_MAXARGS];
            size_t al[FS_MAXARGS];
            int ac;
            long used = fs__parse(buf + off, have - off, av, al, &ac);
            if (used == 0) break;
            if (used < 0) {
                fs__send(fd, "-ERR Protocol error\r\n", 21);
                close(fd);
                _exit(0);
            }
            off += (size_t)used;
            if (ac == 0) continue;
            fs__log_cmd(sh, ac, av, al);
            __sync_fetch_and_add(&sh->commands, 1);
            if (stalled || ncmds == 0) { seen++; continue; }
            while (__sync_fetch_and_add(&sh->hold, 0)) th_sleep_ms(1);
            if (fs__do(fd, &cmds[seen < ncmds ? seen : ncmds - 1], ac, av, al, &stalled)) _exit(0);
            seen++;
        }
        if (off) {
            memmove(buf, buf + off, have - off);
            have -= off;
        }
    }
}

TH_FN void fs__acceptor(int lfd, int mode, const fs_action *acts, int nacts, fs_shared *sh) {
    pid_t me = getpid();
    if (mode == FS_MODE_BLACKHOLE) {
        /* fill the accept queue so further SYNs are dropped */
        struct sockaddr_in sa;
        socklen_t sl = sizeof sa;
        int i;
        getsockname(lfd, (struct sockaddr *)&sa, &sl);
        for (i = 0; i < 64; i++) {
            int fd = th__connect_sa((struct sockaddr *)&sa, sl, 200);
            if (fd == TH_RAW_TIMEOUT || fd < 0) break;
            /* connected: it sits in the queue; keep it open */
        }
        sh->ready = 1;
    }
    if (mode == FS_MODE_NO_ACCEPT || mode == FS_MODE_BLACKHOLE) {
        for (;;) pause();
    }
    if (mode == FS_MODE_SCRIPT) {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = SIG_IGN;   /* auto-reap connection handlers */
        sigemptyset(&sa.sa_mask);
        sigaction(SIGCHLD, &sa, NULL);
    }
    for (;;) {
        long idx;
        pid_t pid;
        int fd = accept(lfd, NULL, NULL);
        if (fd < 0) {
            if (errno == EMFILE || errno == ENFILE || errno == ENOBUFS || errno == ENOMEM) th_sleep_ms(10);
            continue;
        }
        idx = __sync_fetch_and_add(&sh->conns, 1);
        if (mode == FS_MODE_NO_READ) continue;   /* keep fd open, never read */
        pid = fork();
        if (pid == 0) {
            th__child_setup(me);
            setpgid(0, me);          /* stay in the server's group */
            close(lfd);
            fs__handle(fd, acts, nacts, idx, sh);
            _exit(0);
        }
        close(fd);
    }
}

/* ------------------------------------------------------------ the API */

TH_FN fs_shared *fs__shared_new(void) {
    void *p;
#if defined(MAP_ANONYMOUS)
    p = mmap(NULL, sizeof(fs_shared), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
#elif defined(MAP_ANON)
    p = mmap(NULL, sizeof(fs_shared), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANON, -1, 0);
#else
    {
        const char *tmp = getenv("TMPDIR");
        char path[TH_PATH_MAX];
        int fd;
        snprintf(path, sizeof path, "%s/fs-shm-XXXXXX", (tmp && *tmp && strlen(tmp) < 200) ? tmp : "/tmp");
        fd = mkstemp(path);
        if (fd < 0) return NULL;
        unlink(path);
        if (ftruncate(fd, (off_t)sizeof(fs_shared)) != 0) { close(fd); return NULL; }
        p = mmap(NULL, sizeof(fs_shared), PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
        close(fd);
    }
#endif
    if (p == MAP_FAILED) return NULL;
    memset(p, 0, sizeof(fs_shared));
    return (fs_shared *)p;
}

TH_FN int fs_start_mode(fs_server *s, int mode, const fs_action *actions, int nactions) {
    struct sockaddr_in sa;
    socklen_t sl = sizeof sa;
    int fd, one = 1;
    pid_t pid, parent = getpid();
    memset(s, 0, sizeof *s);
    s->hold_fd = -1;
    s->reg = -1;
    s->mode = mode;
    s->sh = fs__shared_new();
    if (!s->sh) { th_diag("fs_start: shared memory: %s", strerror(errno)); return -1; }
    fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) goto fail;
    th__cloexec(fd);
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (mode == FS_MODE_NO_READ) {
        int small = 4096;
        setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &small, sizeof small);
    }
    memset(&sa, 0, sizeof sa);
    sa.sin_family = AF_INET;
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    sa.sin_port = 0;
    if (bind(fd, (struct sockaddr *)&sa, sizeof sa) != 0 ||
        getsockname(fd, (struct sockaddr *)&sa, &sl) != 0) { close(fd); goto fail; }
    s->port = ntohs(sa.sin_port);
    if (mode == FS_MODE_REFUSE) {   /* bound, never listening: RST on SYN */
        s->hold_fd = fd;
        return 0;
    }
    if (listen(fd, mode == FS_MODE_BLACKHOLE ? 0 : 128) != 0) { close(fd); goto fail; }
    s->reg = th__reg_add(0, 1, NULL);
    if (s->reg < 0) { close(fd); th_diag("fs_start: too many children"); goto fail2; }
    fflush(stdout);
    fflush(stderr);
    pid = fork();
    if (pid < 0) { close(fd); th__reg_del(s->reg); s->reg = -1; goto fail; }
    if (pid == 0) {
        th__child_setup(parent);
        if (fd != 3) { dup2(fd, 3); close(fd); fd = 3; }
        th__close_fds(3);
        fs__acceptor(fd, mode, actions, nactions, s->sh);
        _exit(0);
    }
    setpgid(pid, pid);
    close(fd);
    s->pid = pid;
    th__reg_pid(s->reg, pid);
    if (mode == FS_MODE_BLACKHOLE) { /* don't hand out the port before the backlog is full */
        long long end = th_now_ms() + 10000;
        while (!s->sh->ready && th_now_ms() < end) th_sleep_ms(5);
        if (!s->sh->ready) th_diag("fs_start: blackhole backlog not filled in time");
    }
    return 0;
fail:
    th_diag("fs_start: %s", strerror(errno));
fail2:
    munmap((void *)s->sh, sizeof(fs_shared));
    s->sh = NULL;
    return -1;
}

TH_FN int fs_start(fs_server *s, const fs_action *actions, int nactions) {
    return fs_start_mode(s, FS_MODE_SCRIPT, actions, nactions);
}

TH_FN long fs_commands_seen(const fs_server *s) {
    return s->sh ? __sync_fetch_and_add(&s->sh->commands, 0) : s->final_commands;
}

TH_FN long fs_connections_seen(const fs_server *s) {
    return s->sh ? __sync_fetch_and_add(&s->sh->conns, 0) : s->final_conns;
}

TH_FN long fs_wait_commands(const fs_server *s, long n, int timeout_ms) {
    long long deadline = th_now_ms() + timeout_ms;
    long c;
    while ((c = fs_commands_seen(s)) < n && th_now_ms() < deadline) th_sleep_ms(1);
    return c;
}

TH_FN long fs_wait_connections(const fs_server *s, long n, int timeout_ms) {
    long long deadline = th_now_ms() + timeout_ms;
    long c;
    while ((c = fs_connections_seen(s)) < n && th_now_ms() < deadline) th_sleep_ms(1);
    return c;
}

TH_FN void fs_hold(fs_server *s, int on) {
    if (!s->sh) return;
    if (on) __sync_lock_test_and_set(&s->sh->hold, 1);
    else __sync_lock_release(&s->sh->hold);
}

TH_FN const char *fs_log(const fs_server *s) {
    return s->sh ? s->sh->log : "";
}

TH_FN void fs_stop(fs_server *s) {
    if (s->pid > 0) {
        kill(-s->pid, SIGKILL);
        kill(s->pid, SIGKILL);
        while (waitpid(s->pid, NULL, 0) < 0 && errno == EINTR) {}
        s->pid = 0;
    }
    if (s->reg >= 0) { th__reg_del(s->reg); s->reg = -1; }
    if (s->hold_fd >= 0) { close(s->hold_fd); s->hold_fd = -1; }
    if (s->sh) {
        s->final_commands = s->sh->commands;
        s->final_conns = s->sh->conns;
        munmap((void *)s->sh, sizeof(fs_shared));
        s->sh = NULL;
    }
}

#endif /* TH_FAULTSERVER_H */
