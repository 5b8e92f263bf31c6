/* tests/delayproxy.h - a TCP proxy that adds latency: every chunk it reads,
   in either direction, is held `delay_ms` before it is sent on (in order).
   Loopback has no latency and this kernel has no netem (tc qdisc ... netem
   delay 50ms), so this is how a test puts a real round trip between a
   client and a server: a TLS handshake through it takes at least one
   round trip of 2 * delay_ms per flight exchange, and a loop that blocked
   on it would stall for all of that.

   The proxy runs in a forked child (registered with tests/harness.h, so it
   dies with the test). Each accepted connection gets its own connection to
   127.0.0.1:upstream; a side's EOF is passed on (shutdown) after the bytes
   held before it; an error resets both sides.

       dp_start(&p, upstream_port, delay_ms)   0 or -1; clients connect to p.port
       dp_hold(&p, 1)    server -> client: keep every chunk, however long
                         (the test, not the clock, decides when the server's
                         answer arrives); dp_hold(&p, 0) lets them go on
       dp_step(&p)       while holding: send on what is held now (after its
                         delay), keep holding what comes later
       dp_queued(&p, d)  chunks waiting in direction d now (delayed or held)
       dp_held(&p)       server -> client chunks held now (waiting for a
                         step or dp_hold(&p, 0), not just for their delay)
       dp_conns(&p)      connections accepted so far
       dp_chunks(&p, d)  chunks forwarded so far: d = 0 client -> server,
                         1 server -> client
       dp_stop(&p)
   The control calls are acknowledged by the proxy before they return.

   Include after tests/harness.h. */
#ifndef AR_TEST_DELAYPROXY_H
#define AR_TEST_DELAYPROXY_H

#include <sys/socket.h>
#include <sys/mman.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <poll.h>

typedef struct dp_shared { volatile long conns, chunks[2], queued[2], held; } dp_shared;
typedef struct dp { int port, reg, ctl; pid_t pid; dp_shared *sh; } dp;

#define DP_MAX 32

typedef struct dp__chunk { struct dp__chunk *next; long long due; size_t len, off; int free; char data[1]; } dp__chunk;
typedef struct dp__dir {            /* one direction of one connection */
    int from, to;
    dp__chunk *head, *tail;
    int eof;                        /* from said EOF; shut `to` once the queue is empty */
    int shut;
} dp__dir;
typedef struct dp__conn { int used; dp__dir d[2]; } dp__conn;

static int dp__connect_up(int port) {
    struct sockaddr_in sa;
    int fd = socket(AF_INET, SOCK_STREAM, 0), one = 1;
    if (fd < 0) return -1;
    memset(&sa, 0, sizeof sa);
    sa.sin_family = AF_INET;
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    sa.sin_port = htons((unsigned short)port);
    if (connect(fd, (struct sockaddr *)&sa, sizeof sa) != 0) { close(fd); return -1; }
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    return fd;
}

static void dp__drop(dp__conn *k) {
    int i;
    struct linger lg;
    lg.l_onoff = 1; lg.l_linger = 0;
    for (i = 0; i < 2; i++) {
        while (k->d[i].head) { dp__chunk *c = k->d[i].head; k->d[i].head = c->next; free(c); }
        setsockopt(k->d[i].from, SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
        close(k->d[i].from);
    }
    memset(k, 0, sizeof *k);
}

/* send what is due in direction d (blocking sends: this is the child);
   server -> client chunks wait while held unless freed by a step */
static int dp__flush(dp__dir *d, long long now, dp_shared *sh, int dir, int hold) {
    while (d->head && d->head->due <= now && (dir == 0 || !hold || d->head->free)) {
        dp__chunk *c = d->head;
        while (c->off < c->len) {
            ssize_t w = send(d->to, c->data + c->off, c->len - c->off, MSG_NOSIGNAL);
            if (w < 0 && errno == EINTR) continue;
            if (w <= 0) return -1;
            c->off += (size_t)w;
        }
        d->head = c->next;
        if (!d->head) d->tail = NULL;
        free(c);
        __sync_fetch_and_add(&sh->chunks[dir], 1);
    }
    if (!d->head && d->eof && !d->shut) { shutdown(d->to, SHUT_WR); d->shut = 1; }
    return 0;
}

/* the counters the test reads: what waits in each direction, what is held */
static void dp__count(dp__conn *k, int hold, dp_shared *sh) {
    long q[2] = { 0, 0 }, held = 0;
    int i, j;
    for (i = 0; i < DP_MAX; i++) {
        dp__chunk *c;
        if (!k[i].used) continue;
        for (j = 0; j < 2; j++)
            for (c = k[i].d[j].head; c; c = c->next) {
                q[j]++;
                if (j == 1 && hold && !c->free) held++;
            }
    }
    sh->queued[0] = q[0];
    sh->queued[1] = q[1];
    sh->held = held;
}

static void dp__run(int lfd, int ctl, int upstream, int delay_ms, dp_shared *sh) {
    dp__conn k[DP_MAX];
    int hold = 0;
    memset(k, 0, sizeof k);
    for (;;) {
        struct pollfd pf[2 + 2 * DP_MAX];
        int who[2 + 2 * DP_MAX], np = 0, i, j, timeout = -1;
        long long now = th_now_ms();
        pf[np].fd = lfd; pf[np].events = POLLIN; pf[np].revents = 0; who[np++] = -1;
        pf[np].fd = ctl; pf[np].events = POLLIN; pf[np].revents = 0; who[np++] = -2;
        for (i = 0; i < DP_MAX; i++) {
            if (!k[i].used) continue;
            for (j = 0; j < 2; j++) {
                dp__dir *d = &k[i].d[j];
                if (d->head && (j == 0 || !hold || d->head->free)) {
                    long long t = d->head->due - now;
                    if (t < 0) t = 0;
                    if (timeout < 0 || t < timeout) timeout = (int)t;
                }
                if (d->eof) continue;
                pf[np].fd = d->from; pf[np].events = POLLIN; pf[np].revents = 0; who[np++] = 2 * i + j;
            }
        }
        dp__count(k, hold, sh);
        if (poll(pf, (nfds_t)np, timeout) < 0 && errno != EINTR) _exit(1);
        now = th_now_ms();
        if (pf[1].revents) {
            char cmd, ack = '.';
            if (read(ctl, &cmd, 1) != 1) _exit(0);
            if (cmd == 'H') hold = 1;
            else if (cmd == 'F') hold = 0;
            else if (cmd == 'S') {   /* what is held now goes on */
                for (i = 0; i < DP_MAX; i++) {
                    dp__chunk *c;
                    if (k[i].used) for (c = k[i].d[1].head; c; c = c->next) c->free = 1;
                }
            }
            dp__count(k, hold, sh);   /* before the ack: the test reads them next */
            if (write(ctl, &ack, 1) != 1) _exit(0);
            continue;
        }
        for (i = 2; i < np; i++) {
            dp__conn *c;
            dp__dir *d;
            char buf[65536];
            ssize_t n;
            if (!pf[i].revents) continue;
            c = &k[who[i] / 2];
            d = &c->d[who[i] % 2];
            if (!c->used) continue;
            n = recv(d->from, buf, sizeof buf, 0);
            if (n < 0 && (errno == EINTR || errno == EAGAIN)) continue;
            if (n < 0) { dp__drop(c); continue; }
            if (n == 0) { d->eof = 1; continue; }
            {
                dp__chunk *ch = (dp__chunk *)malloc(sizeof *ch + (size_t)n);
                if (!ch) _exit(1);
                ch->next = NULL; ch->due = now + delay_ms; ch->len = (size_t)n; ch->off = 0; ch->free = 0;
                memcpy(ch->data, buf, (size_t)n);
                if (d->tail) d->tail->next = ch; else d->head = ch;
                d->tail = ch;
            }
        }
        for (i = 0; i < DP_MAX; i++) {
            if (!k[i].used) continue;
            for (j = 0; j < 2 && k[i].used; j++)
                if (dp__flush(&k[i].d[j], now, sh, j, hold) != 0) dp__drop(&k[i]);
            if (k[i].used && k[i].d[0].shut && k[i].d[1].shut) {
                close(k[i].d[0].from); close(k[i].d[1].from);
                memset(&k[i], 0, sizeof k[i]);
            }
        }
        if (pf[0].revents & POLLIN) {
            int cfd = accept(lfd, NULL, NULL), sfd, one = 1;
            if (cfd < 0) continue;
            __sync_fetch_and_add(&sh->conns, 1);
            for (i = 0; i < DP_MAX && k[i].used; i++) {}
            sfd = i < DP_MAX ? dp__connect_up(upstream) : -1;
            if (sfd < 0) { close(cfd); continue; }
            setsockopt(cfd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
            memset(&k[i], 0, sizeof k[i]);
            k[i].used = 1;
            k[i].d[0].from = cfd; k[i].d[0].to = sfd;    /* client -> server */
            k[i].d[1].from = sfd; k[i].d[1].to = cfd;    /* server -> client */
        }
    }
}

TH_FN int dp_start(dp *p, int upstream, int delay_ms) {
    struct sockaddr_in sa;
    socklen_t sl = sizeof sa;
    int fd, one = 1, sp[2];
    pid_t pid, parent = getpid();
    memset(p, 0, sizeof *p);
    p->reg = -1;
    p->ctl = -1;
    p->sh = (dp_shared *)mmap(NULL, sizeof *p->sh, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (p->sh == MAP_FAILED) { p->sh = NULL; return -1; }
    memset((void *)p->sh, 0, sizeof *p->sh);
    fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) return -1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    memset(&sa, 0, sizeof sa);
    sa.sin_family = AF_INET;
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (bind(fd, (struct sockaddr *)&sa, sizeof sa) != 0 || getsockname(fd, (struct sockaddr *)&sa, &sl) != 0 ||
        listen(fd, 128) != 0 || socketpair(AF_UNIX, SOCK_STREAM, 0, sp) != 0) { close(fd); return -1; }
    p->port = ntohs(sa.sin_port);
    p->reg = th__reg_add(0, 1, NULL);
    fflush(stdout); fflush(stderr);
    pid = fork();
    if (pid < 0) { close(fd); close(sp[0]); close(sp[1]); return -1; }
    if (pid == 0) {
        th__child_setup(parent);
        close(sp[0]);
        dp__run(fd, sp[1], upstream, delay_ms, p->sh);
        _exit(0);
    }
    setpgid(pid, pid);
    close(fd);
    close(sp[1]);
    p->ctl = sp[0];
    p->pid = pid;
    th__reg_pid(p->reg, pid);
    return 0;
}

static int dp__ctl(dp *p, char cmd) {
    char ack;
    if (p->ctl < 0 || write(p->ctl, &cmd, 1) != 1 || read(p->ctl, &ack, 1) != 1) return -1;
    return 0;
}
TH_FN int dp_hold(dp *p, int on) { return dp__ctl(p, on ? 'H' : 'F'); }
TH_FN int dp_step(dp *p) { return dp__ctl(p, 'S'); }
TH_FN long dp_queued(const dp *p, int dir) { return p->sh ? p->sh->queued[dir & 1] : -1; }
TH_FN long dp_held(const dp *p) { return p->sh ? p->sh->held : -1; }
TH_FN long dp_conns(const dp *p) { return p->sh ? p->sh->conns : -1; }
TH_FN long dp_chunks(const dp *p, int dir) { return p->sh ? p->sh->chunks[dir & 1] : -1; }
TH_FN void dp_stop(dp *p) {
    if (p->pid > 0) { kill(p->pid, SIGKILL); while (waitpid(p->pid, NULL, 0) < 0 && errno == EINTR) {} }
    if (p->reg >= 0) th__reg_del(p->reg);
    if (p->sh) munmap((void *)p->sh, sizeof *p->sh);
    if (p->ctl >= 0) close(p->ctl);
    p->pid = 0; p->reg = -1; p->sh = NULL; p->ctl = -1;
}

#endif
