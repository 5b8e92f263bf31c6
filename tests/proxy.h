/* tests/proxy.h - a TCP proxy for tests that need a reply held or lost on
   purpose: "executed by the server, never answered" is a window a killed
   server almost never shows, so the test makes it.

   The proxy runs in a forked child (registered with tests/harness.h, so it
   dies with the test). Each accepted connection gets its own connection to
   127.0.0.1:upstream. Client -> server bytes always flow; server -> client
   bytes flow unless held. Commands from the test, each applied before the
   call returns (the child acknowledges):

       px_start(&p, upstream_port)   0 or -1; clients connect to p.port
       px_hold(&p, 1)                stop forwarding replies (they wait in
                                     the server's socket)
       px_hold(&p, 0)                forward again
       px_reset(&p)                  RST every connection, both sides; held
                                     replies are lost with them
       px_conns(&p)                  connections accepted so far
       px_stop(&p)

   Include after tests/harness.h. */
#ifndef AR_TEST_PROXY_H
#define AR_TEST_PROXY_H

#include <sys/socket.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <poll.h>

typedef struct px { int port, ctl, reg; pid_t pid; } px;

#define PX_MAX 64

static int px__connect_up(int port) {
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

static void px__rst(int fd) {
    struct linger lg;
    lg.l_onoff = 1; lg.l_linger = 0;
    setsockopt(fd, SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
    close(fd);
}

/* copy what is readable on from to to (blocking write); 0 at EOF/error */
static int px__pump(int from, int to) {
    char buf[65536];
    ssize_t n = recv(from, buf, sizeof buf, 0), off = 0;
    if (n <= 0) return 0;
    while (off < n) {
        ssize_t w = send(to, buf + off, (size_t)(n - off), MSG_NOSIGNAL);
        if (w <= 0) return 0;
        off += w;
    }
    return 1;
}

static void px__run(int lfd, int ctl, int upstream) {
    int cl[PX_MAX], sv[PX_MAX], n = 0, hold = 0, i, accepted = 0;
    for (;;) {
        struct pollfd pf[2 + 2 * PX_MAX];
        int np = 0;
        pf[np].fd = lfd; pf[np].events = POLLIN; pf[np].revents = 0; np++;
        pf[np].fd = ctl; pf[np].events = POLLIN; pf[np].revents = 0; np++;
        for (i = 0; i < n; i++) {
            pf[np].fd = cl[i]; pf[np].events = POLLIN; pf[np].revents = 0; np++;
            pf[np].fd = sv[i]; pf[np].events = hold ? 0 : POLLIN; pf[np].revents = 0; np++;
        }
        if (poll(pf, (nfds_t)np, -1) < 0) continue;
        if (pf[1].revents) {
            char cmd, ack = '.';
            if (read(ctl, &cmd, 1) != 1) _exit(0);
            if (cmd == 'H') hold = 1;
            else if (cmd == 'F') hold = 0;
            else if (cmd == 'K') { for (i = 0; i < n; i++) { px__rst(cl[i]); px__rst(sv[i]); } n = 0; }
            else if (cmd == 'N') ack = (char)(accepted > 120 ? 120 : accepted);
            if (write(ctl, &ack, 1) != 1) _exit(0);
            continue; /* the fd set changed */
        }
        for (i = 0; i < n; i++) {
            short rc = pf[2 + 2 * i].revents, rs = pf[3 + 2 * i].revents;
            int dead = 0;
            if (rc && !px__pump(cl[i], sv[i])) dead = 1;
            if (!dead && rs && !px__pump(sv[i], cl[i])) dead = 1;
            if (dead) {
                px__rst(cl[i]); px__rst(sv[i]);
                cl[i] = cl[n - 1]; sv[i] = sv[n - 1]; n--;
                break; /* indexes moved: poll again */
            }
        }
        if (pf[0].revents & POLLIN) {
            int c = accept(lfd, NULL, NULL), s, one = 1;
            if (c < 0) continue;
            accepted++;
            s = n < PX_MAX ? px__connect_up(upstream) : -1;
            if (s < 0) { px__rst(c); continue; }
            setsockopt(c, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
            cl[n] = c; sv[n] = s; n++;
        }
    }
}

static int px__ctl(px *p, char cmd) {
    char ack;
    if (write(p->ctl, &cmd, 1) != 1) return -1;
    if (read(p->ctl, &ack, 1) != 1) return -1;
    return (unsigned char)ack;
}

TH_FN int px_start(px *p, int upstream) {
    struct sockaddr_in sa;
    socklen_t sl = sizeof sa;
    int fd, sp[2], one = 1;
    pid_t pid, parent = getpid();
    memset(p, 0, sizeof *p);
    p->ctl = -1; p->reg = -1;
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
        px__run(fd, sp[1], upstream);
        _exit(0);
    }
    setpgid(pid, pid);
    close(fd); close(sp[1]);
    p->ctl = sp[0];
    p->pid = pid;
    th__reg_pid(p->reg, pid);
    return 0;
}

TH_FN int px_hold(px *p, int on) { return px__ctl(p, on ? 'H' : 'F') < 0 ? -1 : 0; }
TH_FN int px_reset(px *p) { return px__ctl(p, 'K') < 0 ? -1 : 0; }
TH_FN int px_conns(px *p) { return px__ctl(p, 'N'); }
TH_FN void px_stop(px *p) {
    if (p->pid > 0) { kill(p->pid, SIGKILL); while (waitpid(p->pid, NULL, 0) < 0 && errno == EINTR) {} }
    if (p->reg >= 0) th__reg_del(p->reg);
    if (p->ctl >= 0) close(p->ctl);
    p->pid = 0; p->ctl = -1; p->reg = -1;
}

#endif
