/* tests/test_hooks.c - the foreign-loop hook contract of the manual
   (section 3 b), checked call by call by a recording glue of its own:

   - hooks run from inside ar_client_new, before it returns;
   - del_read / del_write for a watched fd come before that fd is closed
     (the glue checks the fd is still open when the del arrives) and
     before the add_* of the next fd (name resolution's pipe, then the
     socket; the socket of each reconnect, often with the same number);
   - cleanup is the last call: every watch deleted, the timer cancelled,
     nothing after it;
   - cleanup runs inside ar_handle_read when a reply callback frees the
     client, inside ar_handle_timer when ar_client_close finishes, and
     inside ar_client_free called outside any callback. */
#include "harness.h"
#define ASYNCREDIS_IMPLEMENTATION
#include "../asyncredis.h"
#include <fcntl.h>

static th_server srv;

enum { IN_NONE = 0, IN_NEW, IN_READ, IN_WRITE, IN_TIMER, IN_FREE };
static const char *const in_names[] = { "nothing", "ar_client_new", "ar_handle_read",
                                        "ar_handle_write", "ar_handle_timer", "ar_client_free" };

typedef struct glue {            /* the foreign loop's record of one client */
    ar_client *c;
    int dead;                    /* cleanup ran */
    int fd;                      /* watched fd, -1 none */
    unsigned want;               /* 1 read, 2 write */
    long long timer_at;          /* -1 none */
    int calls, calls_in_new;
    int cleanup_in;              /* IN_*: where cleanup ran */
    int fds_seen, same_number;   /* distinct registrations; a new fd with the old number */
    int last_fd;
    int violations;
    char first_violation[160];
} glue;

static int g_in = IN_NONE;

static void violation(glue *g, const char *what, int fd) {
    if (!g->violations++)
        snprintf(g->first_violation, sizeof g->first_violation, "%s (fd %d, in %s)", what, fd, in_names[g_in]);
}
static int fd_open(int fd) { return fd >= 0 && fcntl(fd, F_GETFD) != -1; }

static void hook_begin(glue *g) {
    g->calls++;
    if (g_in == IN_NEW) g->calls_in_new++;
    if (g->dead) violation(g, "a hook after cleanup", -1);
}
static void hook_add(glue *g, int fd, unsigned bit) {
    hook_begin(g);
    if (!fd_open(fd)) violation(g, "add for a closed fd", fd);
    if (g->want && g->fd != fd) violation(g, "add for a new fd before the del of the old one", fd);
    if (g->want & bit) violation(g, "add for what is already watched", fd);
    if (!g->want && fd != g->fd) {
        g->fds_seen++;
        if (fd == g->last_fd) g->same_number++;
    }
    g->fd = fd;
    g->want |= bit;
}
static void hook_del(glue *g, int fd, unsigned bit) {
    hook_begin(g);
    if (fd != g->fd || !(g->want & bit)) violation(g, "del for what is not watched", fd);
    if (!fd_open(fd)) violation(g, "del after the fd was closed", fd);
    g->want &= ~bit;
    if (!g->want) { g->last_fd = g->fd; g->fd = -1; }
}
static void h_add_read(void *d, int fd) { hook_add((glue *)d, fd, 1u); }
static void h_add_write(void *d, int fd) { hook_add((glue *)d, fd, 2u); }
static void h_del_read(void *d, int fd) { hook_del((glue *)d, fd, 1u); }
static void h_del_write(void *d, int fd) { hook_del((glue *)d, fd, 2u); }
static void h_set_timer(void *d, long long ms) {
    glue *g = (glue *)d;
    hook_begin(g);
    g->timer_at = ms < 0 ? -1 : ar_now_ms() + ms;
}
static void h_cleanup(void *d) {
    glue *g = (glue *)d;
    hook_begin(g);
    if (g->want) violation(g, "cleanup with a watch not deleted", g->fd);
    if (g->timer_at >= 0) violation(g, "cleanup with the timer not cancelled", -1);
    g->dead = 1;
    g->cleanup_in = g_in;
}

static ar_client *mk(glue *g, const char *host) {
    ar_options o;
    ar_hooks h;
    const char *why = NULL;
    memset(g, 0, sizeof *g);
    g->fd = g->last_fd = -1;
    g->timer_at = -1;
    memset(&h, 0, sizeof h);
    h.data = g;
    h.add_read = h_add_read; h.del_read = h_del_read;
    h.add_write = h_add_write; h.del_write = h_del_write;
    h.set_timer = h_set_timer; h.cleanup = h_cleanup;
    memset(&o, 0, sizeof o);
    o.host = host;
    o.port = srv.port;
    o.hooks = &h;
    o.reconnect_delay_ms = 10;
    g_in = IN_NEW;
    g->c = ar_client_new(&o, &why);
    g_in = IN_NONE;
    if (!g->c) th_diag("ar_client_new: %s", why ? why : "?");
    return g->c;
}

/* one turn of the glue's poll loop; stops touching the client once its
   cleanup ran (the record is dead) */
static void turn(glue *g, int max_ms) {
    struct pollfd pf;
    int n = 0, timeout = max_ms;
    long long now = ar_now_ms();
    if (g->dead) return;
    if (g->timer_at >= 0) {
        long long t = g->timer_at - now;
        if (t < 0) t = 0;
        if (t < timeout) timeout = (int)t;
    }
    if (g->want && g->fd >= 0) {
        pf.fd = g->fd;
        pf.events = (short)((g->want & 1u ? POLLIN : 0) | (g->want & 2u ? POLLOUT : 0));
        pf.revents = 0;
        n = 1;
    }
    if (poll(&pf, (nfds_t)n, timeout) > 0 && n) {
        short re = pf.revents;
        if ((re & (POLLOUT | POLLERR | POLLHUP)) && (g->want & 2u) && pf.fd == g->fd) {
            g_in = IN_WRITE; ar_handle_write(g->c); g_in = IN_NONE;
        }
        if (g->dead) return;  /* freed inside: do not touch it */
        if ((re & (POLLIN | POLLERR | POLLHUP)) && (g->want & 1u) && pf.fd == g->fd) {
            g_in = IN_READ; ar_handle_read(g->c); g_in = IN_NONE;
        }
        if (g->dead) return;
    }
    if (g->timer_at >= 0 && g->timer_at <= ar_now_ms()) {
        g->timer_at = -1;
        g_in = IN_TIMER; ar_handle_timer(g->c); g_in = IN_NONE;
    }
}

typedef struct res { int n; ar_err err; ar_reply_type type; glue *free_me; } res;

static void on_reply(ar_client *c, const ar_reply *r, void *ud) {
    res *s = (res *)ud;
    s->n++;
    s->err = r->err;
    s->type = r->type;
    if (s->free_me) ar_client_free(c);
}

static int run_until(glue *g, const res *s, int n, int ms) {
    long long end = ar_now_ms() + ms;
    while (s->n < n && !g->dead && ar_now_ms() < end) turn(g, 20);
    return s->n >= n;
}

static void report(glue *g, const char *what) {
    th_ok(g->violations == 0, "%s: hook contract kept over %d calls%s%s", what, g->calls,
          g->violations ? ": " : "", g->violations ? g->first_violation : "");
}

/* a host name (the resolver's pipe, then the socket), a reconnect after the
   server drops the connection, then a reply callback that frees the client */
static void test_name_reconnect_free_in_read(void) {
    glue g;
    res s;
    ar_stats st;
    int fd0;
    ar_client *c = mk(&g, "localhost");
    if (!th_ok(c != NULL, "localhost: client created")) return;
    th_ok(g.calls_in_new > 0 && g.want == 1u, "localhost: hooks ran inside ar_client_new (%d calls: the resolver's pipe watched for reading)",
          g.calls_in_new);
    memset(&s, 0, sizeof s);
    ar_command(c, on_reply, &s, "PING");
    th_ok(run_until(&g, &s, 1, 5000) && s.err == AR_OK && s.type == AR_REPLY_STATUS, "localhost: PING answered");
    fd0 = ar_client_fd(c);
    th_ok(g.fds_seen >= 2, "localhost: the pipe, then the socket (%d fds registered)", g.fds_seen);
    /* the server closes this connection after its reply: a reconnect */
    memset(&s, 0, sizeof s);
    ar_command(c, on_reply, &s, "CLIENT KILL SKIPME no");
    run_until(&g, &s, 1, 5000);
    memset(&s, 0, sizeof s);
    ar_command(c, on_reply, &s, "PING");
    th_ok(run_until(&g, &s, 1, 5000) && s.err == AR_OK, "reconnect: PING answered on a new connection");
    ar_client_stats(c, &st);
    th_ok(st.connects == 2, "reconnect: two connections (%llu)", st.connects);
    th_note("old socket fd %d, new %d; %d registrations reused the previous number",
            fd0, ar_client_fd(c), g.same_number);
    /* a reply callback frees the client: cleanup inside ar_handle_read */
    memset(&s, 0, sizeof s);
    s.free_me = &g;
    ar_command(c, on_reply, &s, "PING");
    run_until(&g, &s, 1, 5000);
    th_ok(s.n == 1 && g.dead && g.cleanup_in == IN_READ,
          "free in a reply callback: cleanup ran inside %s", in_names[g.cleanup_in]);
    report(&g, "localhost, reconnect, free in a callback");
}

/* ar_client_close finishes inside ar_handle_timer */
static void test_close(void) {
    glue g;
    res s;
    long long end;
    ar_client *c = mk(&g, "127.0.0.1");
    if (!th_ok(c != NULL, "close: client created")) return;
    th_ok(g.calls_in_new > 0 && g.want == 2u, "close: ar_client_new watched the connecting socket for writing");
    memset(&s, 0, sizeof s);
    ar_command(c, on_reply, &s, "PING");
    run_until(&g, &s, 1, 5000);
    ar_client_close(c);
    th_ok(!g.dead, "close: the client is not freed inside ar_client_close");
    end = ar_now_ms() + 5000;
    while (!g.dead && ar_now_ms() < end) turn(&g, 20);
    th_ok(g.dead && g.cleanup_in == IN_TIMER, "close: cleanup ran inside %s", in_names[g.cleanup_in]);
    report(&g, "close");
}

/* ar_client_free outside callbacks, while connecting and while connected */
static void test_free(void) {
    glue g;
    res s;
    ar_client *c = mk(&g, "127.0.0.1");
    if (!th_ok(c != NULL, "free: client created")) return;
    g_in = IN_FREE; ar_client_free(c); g_in = IN_NONE;
    th_ok(g.dead && g.cleanup_in == IN_FREE, "free while connecting: cleanup ran inside %s", in_names[g.cleanup_in]);
    report(&g, "free while connecting");
    c = mk(&g, "127.0.0.1");
    if (!c) return;
    memset(&s, 0, sizeof s);
    ar_command(c, on_reply, &s, "PING");
    run_until(&g, &s, 1, 5000);
    ar_command(c, on_reply, &s, "PING");  /* still owed when freed */
    g_in = IN_FREE; ar_client_free(c); g_in = IN_NONE;
    th_ok(s.n == 2 && s.err == AR_ERR_CLOSED && g.dead && g.cleanup_in == IN_FREE,
          "free while connected: the owed callback ran (AR_ERR_CLOSED), cleanup inside %s", in_names[g.cleanup_in]);
    report(&g, "free while connected");
}

int main(void) {
    th_watchdog(60);
    if (th_server_start(&srv, NULL) != 0) th_bail("cannot start redis-server");
    test_name_reconnect_free_in_read();
    test_close();
    test_free();
    th_server_stop(&srv);
    return th_done();
}
