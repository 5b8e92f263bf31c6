/* asyncredis.h - v0.1.0 - non-blocking Redis client for C, one header, libc only

   DO THIS in exactly one C or C++ file, before the #include:

       #define ASYNCREDIS_IMPLEMENTATION
       #include "asyncredis.h"

   Every other file just includes "asyncredis.h". The implementation uses
   POSIX (sockets, poll, clock_gettime, pthreads for the host-name
   resolver); epoll is used on Linux. Link with -pthread where the C library
   wants it (glibc before 2.34).

   EXAMPLE (built-in loop)

       #define ASYNCREDIS_IMPLEMENTATION
       #include "asyncredis.h"
       #include <stdio.h>
       #include <string.h>

       static void on_get(ar_client *c, const ar_reply *r, void *ud) {
           if (r->err) printf("failed: %s\n", r->str);          // typed client error
           else if (r->type == AR_REPLY_STRING)                 // binary safe: len counts
               printf("%zu bytes, NUL at 2: %d\n", r->len, r->str[2] == 0);
           ar_client_close(c);                  // graceful: finishes, then frees
           ar_loop_stop((ar_loop *)ud);
       }

       int main(void) {
           ar_loop *loop = ar_loop_new(NULL);
           ar_options o;                        // zero means default
           memset(&o, 0, sizeof o);             // (or `= {0}` in C)
           o.host = "127.0.0.1"; o.port = 6379; o.loop = loop;
           const char *why;
           ar_client *c = ar_client_new(&o, &why);
           if (!c) { fprintf(stderr, "%s\n", why); return 1; }
           ar_command(c, NULL, NULL, "SET %s %b", "greeting", "hi\0there", (size_t)8);
           ar_command(c, on_get, loop, "GET greeting");
           ar_loop_run(loop);
           ar_loop_free(loop);
           return 0;
       }

   CONFIGURATION MACROS (define before including the implementation)

       ASYNCREDIS_IMPLEMENTATION  compile the implementation into this file
       ASYNCREDIS_API             linkage of public functions (default: extern;
                                  define as `static` for a private copy)
       ASYNCREDIS_MALLOC(sz)      default allocator; define all three or none
       ASYNCREDIS_REALLOC(p,sz)     (default: libc malloc/realloc/free). A
       ASYNCREDIS_FREE(p)           per-client/per-loop ar_allocator wins.
       ASYNCREDIS_USE_POLL        use poll(2) in the built-in loop even on
                                  Linux (default there: epoll)
       ASYNCREDIS_GETADDRINFO(h,s,hints,res) and ASYNCREDIS_FREEADDRINFO(ai)
                                  the host-name resolver (default getaddrinfo
                                  / freeaddrinfo; define both or neither)
       ASYNCREDIS_NO_EPOLL        same as ASYNCREDIS_USE_POLL
       ASYNCREDIS_CLOCK_MS()      ms clock of timers and timeouts (monotonic)

   OPTIONS (ar_options; every field zero = default)

       host / port          TCP peer; IPv4 or IPv6 literal or a host name
                            (names are resolved off the loop, section 6).
                            Default 127.0.0.1:6379.
       path                 Unix socket path (instead of host/port)
       connect_timeout_ms   default 10000; -1 = none
       max_inflight         commands submitted but not answered; default
                            1048576. Past it: AR_ERR_QUEUE_FULL at submit.
       max_output           bytes of encoded commands waiting for the kernel;
                            default 1 GiB. Past it: AR_ERR_OUTPUT_FULL.
       limits               protocol limits for replies (ar_limits, below)
       read_chunk           bytes read per read(2) call, default 65536
       loop / hooks         how the client is driven (section 3); both NULL:
                            pump mode
       allocator            per-client allocator (NULL: the macros above)
       key_prefix, prefixer every key, key pattern (KEYS, SCAN MATCH) and
                            channel gets key_prefix; EVAL/FCALL prefix exactly
                            numkeys keys. Needs o.prefixer =
                            ar_cmdtab_prefix_argv from asyncredis_commands.h
                            (the core has no command table). A command whose
                            keys cannot be found (unknown, DEBUG) is refused
                            at the call with AR_ERR_PREFIX: never sent
                            unprefixed. prefix_flags go to the prefixer.
       uri, username, password, db, client_name   connection setup (section 6)
       tls                  set by rediss:// URIs; TLS is not compiled in yet,
                            so ar_client_new refuses it with a message
       read/write/request_timeout_ms, blocking_timeout_buffer_ms,
       resolve_timeout_ms   timeouts (section 6)
       no_reconnect, reconnect_delay_ms, reconnect_delay_max_ms,
       reconnect_factor, reconnect_jitter, reconnect_max_attempts,
       offline_queue_max, idempotent_commands, fork_error   (section 6)
       on_error, on_reconnect   events (section 6)
       on_connect, on_disconnect, data   events, with user data.
                            on_disconnect(c, reason, data) runs once when a
                            connection ends (AR_ERR_EOF, AR_ERR_IO,
                            AR_ERR_PROTOCOL, AR_ERR_CLOSED by close/free) and
                            also when a connect attempt fails (AR_ERR_CONNECT,
                            AR_ERR_TIMEOUT, AR_ERR_RESOLVE)

   ar_limits (zero = default): max_bulk_len 512 MiB, max_array_len 16777216
   elements, max_depth 32 nested arrays, max_line_len 65536 bytes for
   +status, -error and :integer lines. A violation is a protocol error.

   1. REPLIES

   A callback receives `const ar_reply *r`, never NULL. It is a VIEW: its
   strings point into the connection's read buffer and it is valid only until
   the callback returns. Keep one with ar_reply_dup() and release the copy
   with ar_reply_free().

       r->err      AR_OK when the server answered; otherwise the typed client
                   failure (AR_ERR_EOF, AR_ERR_IO, AR_ERR_PROTOCOL,
                   AR_ERR_CLOSED, ...); then r->type is AR_REPLY_NONE and
                   r->str holds a readable message.
       r->type     AR_REPLY_STATUS (+OK), AR_REPLY_ERROR (-ERR ...),
                   AR_REPLY_INTEGER, AR_REPLY_STRING, AR_REPLY_NIL (nil bulk
                   or nil array), AR_REPLY_ARRAY.
       r->str, r->len     text of STATUS / ERROR / STRING, binary safe, and
                   always followed by a NUL byte (not counted in len).
       r->integer  value of an INTEGER reply.
       r->elements, r->element[i]  children of an ARRAY (a contiguous array
                   of ar_reply; nested arrays nest).
       r->flags    AR_REPLY_F_MAYBE_EXECUTED: the command was written to the
                   server but the connection failed before its reply arrived.
       ar_reply_is_error(r, "WRONGTYPE") tests an error reply's prefix.

   2. COMMANDS

       ar_command(c, cb, ud, "SET %s %b", key, val, vallen);
       ar_command_argv(c, cb, ud, argc, argv, argvlen);   // argvlen NULL: strlen

   Format: spaces separate arguments. %s (NUL-terminated), %b (pointer,
   size_t), %d %i %u %x %X %o with length l, ll or z (%ld %lld %llu %zu
   ...), %f %g %e %G %E (double), %% (a literal %). Numbers take the flags
   - + 0, a width and a precision of up to two digits each (%05d, %.3f). Conversions can
   sit inside a larger argument ("user:%d:name"). An empty %s still makes an
   argument. Any other conversion is refused at the call: AR_ERR_FORMAT, and
   nothing is sent.

   A submission returns AR_OK (the callback will run exactly once, never from
   inside this call) or an error code (the callback never runs):
   AR_ERR_FORMAT, AR_ERR_INVALID, AR_ERR_QUEUE_FULL, AR_ERR_OUTPUT_FULL,
   AR_ERR_OFFLINE_FULL, AR_ERR_PREFIX, AR_ERR_CLOSED (client closing),
   AR_ERR_NOMEM. While (re)connecting, commands wait in the offline queue
   (section 6); a client that gave up fails them on the next loop turn with
   AR_ERR_DISCONNECTED. cb may be NULL (the reply is dropped).

   Commands submitted while a loop turn runs are written together: the
   library writes once per turn (or when the socket becomes writable again).

   Per command options: ar_command_ex / ar_command_argv_ex take an
   ar_cmd_opts. flags:
       AR_CMD_NOCOPY      zero copy: every %b / %s piece (or argv element)
                          of AR_NOCOPY_MIN (4096) bytes or more is sent from
                          your memory with sendmsg(2) instead of being copied.
                          It must stay valid and unchanged until the
                          command's callback has run. Use it for large values
                          submitted from a loop: copying 64 MB into fresh
                          memory costs the submitting call ~10-200 ms.
       AR_CMD_IDEMPOTENT  (accepted; used by the coming reconnect/retry rules)
   timeout_ms is accepted and reserved for the coming request timeouts.

   3. DRIVING THE CLIENT: three ways

   a) Built-in loop: ar_loop_new(), set o.loop, ar_loop_run() /
      ar_loop_run_once(loop, timeout_ms) / ar_loop_stop(). Many clients per
      loop. Timers for your own use: ar_timer_init / ar_timer_start /
      ar_timer_stop (no allocation; the ar_timer lives in your memory).
   b) Foreign loop: fill ar_hooks (add/del read, add/del write, set_timer,
      cleanup) and set o.hooks; call ar_handle_read(c), ar_handle_write(c),
      ar_handle_timer(c) when your loop says so. Hooks are only called when
      the wanted state changes.
   c) Pump (frame loops): leave o.loop and o.hooks NULL and call
      ar_pump(c) every frame. It does all non-blocking work ready now and
      returns the milliseconds until the client next needs attention
      (0 = call again soon, -1 = nothing scheduled, -2 = the client was
      freed during this call: do not use it again).

   4. BLOCKING HELPERS (scripts, tests, bootstrap; never from a loop)

       ar_client *c = ar_connect_sync(&o, 2000, &why);
       ar_reply *r = ar_command_sync(c, 2000, "GET %s", "k"); ... ar_reply_free(r);

   They wait privately on this client's socket only. A _sync command returns
   a copy owned by you (never NULL unless out of memory); a failure is a
   reply with r->err set. Not allowed from inside this client's callbacks
   (the reply is AR_ERR_BUSY).

   5. CLOSING

   ar_client_close(c): graceful. New submissions are refused with
   AR_ERR_CLOSED; pending commands finish; then the socket is closed,
   on_disconnect runs with AR_ERR_CLOSED (if it was connected), and the
   client is freed (on a later loop turn).
   ar_client_free(c): immediate. Pending callbacks run at once with
   AR_ERR_CLOSED, then the client is freed. Both are safe from inside any
   callback (the memory is released when the callback returns).

   6. RESILIENCE: timeouts, reconnect, retry safety, setup, DNS, fork

   Timeouts (ms; 0 = default, -1 = none). request_timeout_ms (5000, per
   command, ar_cmd_opts.timeout_ms overrides): a command past its deadline
   fails with AR_ERR_TIMEOUT. If it had been written, RESP2 cannot skip its
   late reply, so the connection is reset too (the others then follow the
   retry rules below); if not, it is dropped unsent. Blocking commands (BLPOP,
   BRPOP, BLMOVE, BRPOPLPUSH, BLMPOP, BZPOPMIN, BZPOPMAX, BZMPOP, XREAD /
   XREADGROUP BLOCK, WAIT, WAITAOF) get their own timeout plus
   blocking_timeout_buffer_ms (2000) instead; their timeout 0 means no
   deadline. read_timeout_ms (30000): replies are owed (and the oldest is not
   a blocking command) but nothing arrived for that long: reset.
   write_timeout_ms (30000): output pending and none written: reset.
   connect_timeout_ms (10000) per address; resolve_timeout_ms (5000). One
   timer per client covers all of them: no timer per command.

   Reconnect (on; o.no_reconnect = 1 turns it off). After a loss the client
   waits reconnect_delay_ms (100) * reconnect_factor (2) ^ (attempt - 1),
   capped at reconnect_delay_max_ms (60000), times 1 +- reconnect_jitter
   (0.25) * random; on_reconnect(c, attempt, delay) reports each one.
   reconnect_max_attempts (0 = forever) ends it: what is queued fails with
   the last error and on_error runs. on_disconnect(reason) runs for every
   loss and failed attempt, on_connect after every successful setup.

   Retry safety. At a loss, a command that was not (completely) written is
   kept and sent on the next connection, in order; a written one with no
   reply fails with the reason and AR_REPLY_F_MAYBE_EXECUTED, unless it is
   idempotent (AR_CMD_IDEMPOTENT, or its name in o.idempotent_commands:
   default GET MGET EXISTS TYPE TTL PTTL KEYS SCAN INFO PING ECHO TIME
   DBSIZE): then it is sent again. A command whose reply broke the protocol
   is never sent again. While not connected (the first connect included), up
   to offline_queue_max (1000) commands wait; past that: AR_ERR_OFFLINE_FULL
   at the call (raise it to queue a large burst before the first connect). A client that
   has given up (or never reconnects) fails new commands on the next turn
   with AR_ERR_DISCONNECTED. To re-send, the client keeps each command's
   bytes until its reply arrives. Should the allocator refuse the small list
   this needs at the moment of a loss, nothing is kept: every queued command
   fails with the reason (maybe-executed when written) and the client still
   reconnects. A refused allocation elsewhere is AR_ERR_NOMEM at the call
   (nothing queued) or a reset with reason AR_ERR_NOMEM (read buffer, setup).

   Setup. username/password (AUTH), db (SELECT), client_name (CLIENT
   SETNAME), or the same from o.uri (ar_parse_uri), go out first on every
   connection, in one write; user commands follow only once they succeed.
   A refusal is AR_ERR_AUTH: no reconnect storm, queued commands fail.

   DNS. A host name is resolved on a short-lived thread that answers through
   a pipe the loop watches, so the loop never waits; /etc/hosts is honoured
   (getaddrinfo) and every address is tried in order. IP literals skip it.

   Fork. A client used in a child after fork() notices (a counter bumped by
   pthread_atfork: the library's only process-wide value). It closes its
   copy of the parent's socket without writing to it, fails the parent's
   commands in the child with AR_ERR_FORKED (on a later turn), and opens a
   connection of its own, or with o.fork_error stays down and refuses work
   with AR_ERR_FORKED. The built-in loop makes its own epoll set in the child
   (the parent's is shared across fork). A foreign loop must be fork-aware
   itself (e.g. uv_loop_fork).

   7. RESP PARSER (standalone, no connection needed)

       ar_parser *p = ar_parser_new(NULL, NULL);
       ar_parser_feed(p, bytes, n);               // or ar_parser_space+commit
       const ar_reply *r;
       while ((rc = ar_parser_next(p, &r)) == AR_PARSE_REPLY) use(r);
       if (rc == AR_PARSE_ERROR) puts(ar_parser_error(p));

   A reply from ar_parser_next stays valid until the next call on the parser.

   CHANGELOG
       0.1.0  parser, encoder, in-flight ring, connections, built-in loop,
              hooks, pump, sync helpers, zero-copy submissions, stats,
              timeouts, reconnect, retry safety, setup, URIs, DNS, fork.
              Command table, key extraction and wrappers: see
              asyncredis_commands.h.

   LICENSE: MIT or public domain, see the end of this file.
*/
#if defined(ASYNCREDIS_IMPLEMENTATION) && !defined(_POSIX_C_SOURCE) && !defined(_GNU_SOURCE) && !defined(_DEFAULT_SOURCE) && !defined(_XOPEN_SOURCE) && !defined(__APPLE__)
#define _POSIX_C_SOURCE 200809L /* the implementation needs POSIX; include this header first */
#ifdef __linux__
#define _DEFAULT_SOURCE 1       /* and madvise(MADV_HUGEPAGE) */
#endif
#endif
#ifndef ASYNCREDIS_H
#define ASYNCREDIS_H

#define ASYNCREDIS_VERSION_MAJOR 0
#define ASYNCREDIS_VERSION_MINOR 1
#define ASYNCREDIS_VERSION_PATCH 0
#define ASYNCREDIS_VERSION "0.1.0"

#include <stddef.h>
#include <stdarg.h>

#ifndef ASYNCREDIS_API
#define ASYNCREDIS_API extern
#endif
#define AR_API ASYNCREDIS_API

#ifdef __cplusplus
extern "C" {
#endif

/* >>errors ---------------------------------------------------------------- */
typedef enum ar_err {
    AR_OK = 0,
    AR_ERR_NOMEM,         /* an allocation failed */
    AR_ERR_INVALID,       /* bad argument or option */
    AR_ERR_FORMAT,        /* bad command format string */
    AR_ERR_QUEUE_FULL,    /* in-flight limit reached */
    AR_ERR_OUTPUT_FULL,   /* pending output byte limit reached */
    AR_ERR_CLOSED,        /* client closed or freed by the user */
    AR_ERR_DISCONNECTED,  /* submitted while not connected */
    AR_ERR_CONNECT,       /* connection attempt failed */
    AR_ERR_RESOLVE,       /* host name could not be resolved */
    AR_ERR_EOF,           /* server closed the connection */
    AR_ERR_IO,            /* read/write error on the socket */
    AR_ERR_PROTOCOL,      /* malformed or over-limit reply; connection reset */
    AR_ERR_TIMEOUT,       /* a deadline passed */
    AR_ERR_BUSY,          /* call not allowed in this state (e.g. _sync inside a callback) */
    AR_ERR_PREFIX,        /* key_prefix set and this command's keys cannot be found */
    AR_ERR_AUTH,          /* AUTH / SELECT / CLIENT SETNAME refused on connect: not retried */
    AR_ERR_OFFLINE_FULL,  /* disconnected and the offline queue is full */
    AR_ERR_FORKED,        /* used in a child after fork(): the parent's commands are not ours */
    AR_ERR_COUNT_
} ar_err;

/* A static, human-readable description of an error code. */
AR_API const char *ar_strerror(int err);

/* >>replies --------------------------------------------------------------- */
typedef enum ar_reply_type {
    AR_REPLY_NONE = 0,   /* no server reply: see err */
    AR_REPLY_STATUS,
    AR_REPLY_ERROR,
    AR_REPLY_INTEGER,
    AR_REPLY_STRING,
    AR_REPLY_NIL,
    AR_REPLY_ARRAY
} ar_reply_type;

#define AR_REPLY_F_MAYBE_EXECUTED 0x1u  /* written, no reply: may have run */
#define AR_REPLY_F_NIL_ARRAY      0x2u  /* NIL came as *-1 rather than $-1 */
#define AR_REPLY_F_OWNED          0x4u  /* from ar_reply_dup / _sync: free it */

typedef struct ar_reply {
    ar_reply_type type;
    ar_err err;
    unsigned flags;
    long long integer;
    const char *str;
    size_t len;
    size_t elements;
    struct ar_reply *element;
} ar_reply;

typedef struct ar_allocator {
    void *(*alloc)(size_t size, void *user);
    void *(*realloc)(void *ptr, size_t size, void *user);
    void (*free)(void *ptr, void *user);
    void *user;
} ar_allocator;

/* Deep copy in one allocation; release with ar_reply_free. a may be NULL. */
AR_API ar_reply *ar_reply_dup(const ar_reply *r, const ar_allocator *a);
AR_API void ar_reply_free(ar_reply *r);
/* 1 if r is an error reply whose first word equals prefix (e.g. "WRONGTYPE") */
AR_API int ar_reply_is_error(const ar_reply *r, const char *prefix);
AR_API const char *ar_reply_type_name(ar_reply_type t);

/* >>parser ---------------------------------------------------------------- */
typedef struct ar_limits {
    size_t max_bulk_len;   /* 0: 512 MiB */
    size_t max_array_len;  /* 0: 16777216 */
    int max_depth;         /* 0: 32 */
    size_t max_line_len;   /* 0: 65536 */
} ar_limits;

typedef struct ar_parser ar_parser;
enum { AR_PARSE_ERROR = -1, AR_PARSE_MORE = 0, AR_PARSE_REPLY = 1 };

AR_API ar_parser *ar_parser_new(const ar_limits *lim, const ar_allocator *a);
AR_API void ar_parser_free(ar_parser *p);
/* Copies bytes in. AR_OK or AR_ERR_NOMEM. */
AR_API int ar_parser_feed(ar_parser *p, const void *data, size_t len);
/* Writable space at the end of the buffer (at least `want` bytes, grown if
   needed); read into it, then ar_parser_commit the count. NULL: no memory. */
AR_API char *ar_parser_space(ar_parser *p, size_t want, size_t *avail);
AR_API void ar_parser_commit(ar_parser *p, size_t n);
/* AR_PARSE_REPLY (*out set; valid until the next call on p), AR_PARSE_MORE,
   or AR_PARSE_ERROR (sticky until ar_parser_reset; also when an allocation
   failed, with a message that starts "out of memory"). */
AR_API int ar_parser_next(ar_parser *p, const ar_reply **out);
AR_API const char *ar_parser_error(const ar_parser *p);
AR_API void ar_parser_reset(ar_parser *p);
/* bytes buffered and not yet consumed */
AR_API size_t ar_parser_pending(const ar_parser *p);

/* >>format ---------------------------------------------------------------- */
/* Encode a command as RESP into a new buffer (release with ar_free_buffer).
   Returns AR_OK or AR_ERR_FORMAT / AR_ERR_NOMEM; on error *why (if not
   NULL) is a static message. Handy for tests and for sending elsewhere. */
AR_API int ar_format(char **out, size_t *outlen, const char **why, const char *fmt, ...);
AR_API int ar_vformat(char **out, size_t *outlen, const char **why, const char *fmt, va_list ap);
AR_API int ar_format_argv(char **out, size_t *outlen, int argc, const char *const *argv, const size_t *argvlen);
AR_API void ar_free_buffer(char *buf);

/* >>loop ------------------------------------------------------------------ */
typedef struct ar_loop ar_loop;
typedef struct ar_timer ar_timer;
typedef void ar_timer_cb(ar_timer *t, void *ud);

struct ar_timer {             /* treat as opaque; lives in your memory */
    ar_loop *loop;
    long long when_ms;
    long long repeat_ms;
    ar_timer_cb *cb;
    void *ud;
    size_t heap_idx;          /* (size_t)-1 when not armed */
};

typedef struct ar_loop_options {
    const ar_allocator *allocator;
    int use_poll;             /* 1: force poll(2) even where epoll exists */
} ar_loop_options;

AR_API ar_loop *ar_loop_new(const ar_loop_options *o);
/* Clients still attached are freed (their callbacks get AR_ERR_CLOSED). */
AR_API void ar_loop_free(ar_loop *loop);
/* Runs until ar_loop_stop, or until nothing is left to wait for. */
AR_API int ar_loop_run(ar_loop *loop);
/* One turn: waits at most timeout_ms (-1: until something happens). Returns
   the number of events handled (fds + timers + deferred), or -1 on error. */
AR_API int ar_loop_run_once(ar_loop *loop, int timeout_ms);
AR_API void ar_loop_stop(ar_loop *loop);
AR_API const char *ar_loop_backend(const ar_loop *loop); /* "epoll" / "poll" */
AR_API long long ar_now_ms(void);                         /* monotonic clock */

AR_API void ar_timer_init(ar_loop *loop, ar_timer *t);
/* Fire after `after_ms`, then every repeat_ms if > 0. Restarting is fine. */
AR_API void ar_timer_start(ar_timer *t, long long after_ms, long long repeat_ms,
                           ar_timer_cb *cb, void *ud);
AR_API void ar_timer_stop(ar_timer *t);
AR_API int ar_timer_active(const ar_timer *t);

/* >>client ---------------------------------------------------------------- */
typedef struct ar_client ar_client;
typedef void ar_callback(ar_client *c, const ar_reply *r, void *ud);

/* Hooks for a foreign event loop. `data` is yours (per client). */
typedef struct ar_hooks {
    void *data;
    void (*add_read)(void *data, int fd);
    void (*del_read)(void *data, int fd);
    void (*add_write)(void *data, int fd);
    void (*del_write)(void *data, int fd);
    /* call ar_handle_timer after `ms` milliseconds; ms < 0: cancel;
       ms == 0: as soon as possible (next turn) */
    void (*set_timer)(void *data, long long ms);
    /* the client is going away: drop every watcher and timer for it */
    void (*cleanup)(void *data);
} ar_hooks;

/* Key prefixing hook. asyncredis_commands.h provides one:
   o.prefixer = ar_cmdtab_prefix_argv. It fills out_argv/out_len (argc
   entries; prefixed arguments live in buf) and returns >= 0, or a negative
   code: with *bufneed > bufcap the buffer was too small (the client grows it
   and calls again), otherwise the command is refused and *why says why. */
typedef int ar_prefix_fn(const char *prefix, size_t prefixlen, unsigned flags,
                         int argc, const char *const *argv, const size_t *argvlen,
                         const char **out_argv, size_t *out_len,
                         char *buf, size_t bufcap, size_t *bufneed, const char **why);

typedef struct ar_options {
    const char *host;            /* default "127.0.0.1" */
    int port;                    /* default 6379 */
    const char *path;            /* Unix socket; excludes host/port */
    int connect_timeout_ms;      /* 0: 10000, -1: none */
    size_t max_inflight;         /* 0: 1048576 */
    size_t max_output;           /* 0: 1 GiB */
    size_t read_chunk;           /* 0: 65536 */
    ar_limits limits;
    ar_loop *loop;               /* drive with the built-in loop */
    const ar_hooks *hooks;       /* or with a foreign loop (copied) */
    const ar_allocator *allocator;
    void (*on_connect)(ar_client *c, void *data);
    void (*on_disconnect)(ar_client *c, ar_err reason, void *data);
    void *data;
    const char *key_prefix;      /* every key (and key pattern) gets it */
    ar_prefix_fn *prefixer;      /* required with key_prefix */
    unsigned prefix_flags;       /* passed to the prefixer */

    /* connection setup, sent before any user command on every connect */
    const char *uri;             /* redis://, rediss://, redis+unix://, unix:// (see
                                    ar_parse_uri); overrides host/port/path, fills
                                    the setup fields below that are not set */
    const char *username;        /* ACL user (with password) */
    const char *password;        /* AUTH [username] password */
    int db;                      /* SELECT db when > 0 */
    const char *client_name;     /* CLIENT SETNAME */
    int tls;                     /* rediss:// (TLS is not compiled in yet: refused) */

    /* timeouts in ms: 0 = default, -1 = none */
    int read_timeout_ms;         /* 30000: replies owed and nothing read for this long */
    int write_timeout_ms;        /* 30000: output pending and nothing written for this long */
    int request_timeout_ms;      /* 5000: per command (ar_cmd_opts.timeout_ms overrides) */
    int blocking_timeout_buffer_ms; /* 2000: added to BLPOP & co.'s own timeout */
    int resolve_timeout_ms;      /* 5000: host name lookup */

    /* reconnect (on unless no_reconnect) */
    int no_reconnect;
    int reconnect_delay_ms;      /* 100: first delay */
    int reconnect_delay_max_ms;  /* 60000: cap */
    double reconnect_factor;     /* 2.0: growth per attempt */
    double reconnect_jitter;     /* 0.25: delay * (1 +- jitter * random); -1: none */
    int reconnect_max_attempts;  /* 0: unlimited */
    size_t offline_queue_max;    /* 1000: commands kept while disconnected */
    const char *const *idempotent_commands; /* NULL-terminated names re-sent after a
                                    reconnect even if written; NULL: GET MGET EXISTS
                                    TYPE TTL PTTL KEYS SCAN INFO PING ECHO TIME DBSIZE */
    int fork_error;              /* 1: in a forked child fail with AR_ERR_FORKED
                                    instead of opening a fresh connection */
    void (*on_error)(ar_client *c, ar_err err, const char *msg, void *data);
    /* each scheduled reconnect: attempt 1, 2, ... and its delay */
    void (*on_reconnect)(ar_client *c, int attempt, long long delay_ms, void *data);
} ar_options;

/* Parse a connection URI into o (host/port/path, username, password, db,
   client_name, tls, timeouts). Decoded strings are written to buf, which must
   outlive o's use. Forms:
     redis://[[user]:password@]host[:port][/db][?option=value&...]
     rediss://...                      (sets o->tls)
     redis+unix:///path/to.sock[?db=N&...]   unix:///path/to.sock[?db=N]
   host may be an IPv6 literal in brackets ([::1]); user, password and path
   are percent-decoded. Options: db, name (client name), connect_timeout,
   read_timeout, write_timeout, request_timeout (seconds, fractions allowed,
   or with a ms suffix: 250ms). Returns AR_OK, or AR_ERR_INVALID with *why
   saying what is wrong (AR_ERR_NOMEM: buf too small). */
AR_API int ar_parse_uri(const char *uri, ar_options *o, char *buf, size_t bufsize, const char **why);

#define AR_CMD_IDEMPOTENT 0x1u   /* safe to re-send after a reconnect */
/* Zero copy: arguments (or %b/%s pieces) of AR_NOCOPY_MIN bytes or more are
   sent straight from your memory instead of being copied; it must stay
   valid and unchanged until the command's callback has run. */
#define AR_CMD_NOCOPY 0x2u
#define AR_NOCOPY_MIN 4096

typedef struct ar_cmd_opts {
    unsigned flags;
    int timeout_ms;              /* 0: client default */
} ar_cmd_opts;

typedef enum ar_state {
    AR_STATE_CONNECTING = 1,     /* resolving, connecting or sending the setup */
    AR_STATE_CONNECTED,
    AR_STATE_DISCONNECTED,       /* for good: reconnect off, gave up, or refused */
    AR_STATE_CLOSING,
    AR_STATE_RECONNECTING        /* waiting for the next attempt (backoff) */
} ar_state;

/* Creates the client and starts a non-blocking connect. NULL on bad
   options or no memory; *why (if not NULL) then says what is wrong. */
AR_API ar_client *ar_client_new(const ar_options *o, const char **why);
AR_API void ar_client_close(ar_client *c);
AR_API void ar_client_free(ar_client *c);

AR_API int ar_command(ar_client *c, ar_callback *cb, void *ud, const char *fmt, ...);
AR_API int ar_vcommand(ar_client *c, ar_callback *cb, void *ud, const char *fmt, va_list ap);
AR_API int ar_command_argv(ar_client *c, ar_callback *cb, void *ud,
                           int argc, const char *const *argv, const size_t *argvlen);
AR_API int ar_command_ex(ar_client *c, const ar_cmd_opts *co, ar_callback *cb, void *ud,
                         const char *fmt, ...);
AR_API int ar_command_argv_ex(ar_client *c, const ar_cmd_opts *co, ar_callback *cb, void *ud,
                              int argc, const char *const *argv, const size_t *argvlen);

AR_API ar_state ar_client_state(const ar_client *c);
AR_API int ar_client_fd(const ar_client *c);           /* -1 if none */
AR_API size_t ar_client_inflight(const ar_client *c);  /* callbacks still owed */
AR_API size_t ar_client_pending_output(const ar_client *c);
AR_API void *ar_client_data(const ar_client *c);
/* Last connection-level error text ("connect: Connection refused"). */
AR_API const char *ar_client_errstr(const ar_client *c);

/* Counters since the client was created. */
typedef struct ar_stats {
    unsigned long long commands;    /* accepted submissions */
    unsigned long long replies;     /* server replies delivered */
    unsigned long long failures;    /* callbacks run with a client error */
    unsigned long long writes;      /* sendmsg(2) calls */
    unsigned long long reads;       /* recv(2) calls */
    unsigned long long bytes_out, bytes_in;
    unsigned long long connects;    /* successful connections */
} ar_stats;
AR_API void ar_client_stats(const ar_client *c, ar_stats *out);

/* foreign-loop entry points (b) */
AR_API void ar_handle_read(ar_client *c);
AR_API void ar_handle_write(ar_client *c);
AR_API void ar_handle_timer(ar_client *c);
/* pump (c): returns ms until the next deadline, 0 = more work now, -1 = none,
   -2 = the client was freed during this call */
AR_API long long ar_pump(ar_client *c);

/* >>sync ------------------------------------------------------------------ */
AR_API ar_client *ar_connect_sync(const ar_options *o, int timeout_ms, const char **why);
AR_API ar_reply *ar_command_sync(ar_client *c, int timeout_ms, const char *fmt, ...);
AR_API ar_reply *ar_command_argv_sync(ar_client *c, int timeout_ms, int argc,
                                      const char *const *argv, const size_t *argvlen);

#ifdef __cplusplus
}
#endif
#endif /* ASYNCREDIS_H */

/* ========================================================================= */
/* >>implementation                                                          */
/* ========================================================================= */
#if defined(ASYNCREDIS_IMPLEMENTATION) && !defined(ASYNCREDIS_IMPLEMENTED)
#define ASYNCREDIS_IMPLEMENTED

#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include <errno.h>
#include <limits.h>
#include <time.h>
#include <unistd.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/types.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <arpa/inet.h>
#include <netdb.h>
#include <pthread.h>

#if defined(__linux__)
#include <sys/mman.h>           /* madvise(MADV_HUGEPAGE) for huge read buffers */
#endif

#if defined(__linux__) && !defined(ASYNCREDIS_USE_POLL) && !defined(ASYNCREDIS_NO_EPOLL)
#define AR__HAVE_EPOLL 1
#include <sys/epoll.h>
#else
#define AR__HAVE_EPOLL 0
#endif

#if defined(ASYNCREDIS_MALLOC) && defined(ASYNCREDIS_REALLOC) && defined(ASYNCREDIS_FREE)
/* all three given */
#elif !defined(ASYNCREDIS_MALLOC) && !defined(ASYNCREDIS_REALLOC) && !defined(ASYNCREDIS_FREE)
#define ASYNCREDIS_MALLOC(sz) malloc(sz)
#define ASYNCREDIS_REALLOC(p, sz) realloc(p, sz)
#define ASYNCREDIS_FREE(p) free(p)
#else
#error "define all of ASYNCREDIS_MALLOC, ASYNCREDIS_REALLOC and ASYNCREDIS_FREE, or none"
#endif

/* the resolver (called on the resolver thread); a test or a custom resolver
   may replace both */
#ifndef ASYNCREDIS_GETADDRINFO
#define ASYNCREDIS_GETADDRINFO getaddrinfo
#define ASYNCREDIS_FREEADDRINFO freeaddrinfo
#endif

#ifdef MSG_NOSIGNAL
#define AR__SEND_FLAGS MSG_NOSIGNAL
#else
#define AR__SEND_FLAGS 0
#endif

#define AR__READ 1u
#define AR__WRITE 2u

/* >>alloc ----------------------------------------------------------------- */
static void *ar__def_alloc(size_t n, void *u) { (void)u; return ASYNCREDIS_MALLOC(n); }
static void *ar__def_realloc(void *p, size_t n, void *u) { (void)u; return ASYNCREDIS_REALLOC(p, n); }
static void ar__def_free(void *p, void *u) { (void)u; ASYNCREDIS_FREE(p); }

static ar_allocator ar__pick_alloc(const ar_allocator *a) {
    ar_allocator d;
    if (a && a->alloc && a->realloc && a->free) return *a;
    d.alloc = ar__def_alloc; d.realloc = ar__def_realloc; d.free = ar__def_free; d.user = NULL;
    return d;
}
#define AR__ALLOC(A, n) ((A)->alloc((n), (A)->user))
#define AR__REALLOC(A, p, n) ((A)->realloc((p), (n), (A)->user))
#define AR__FREE(A, p) do { if (p) (A)->free((p), (A)->user); } while (0)

/* grow *buf (element size es) to hold at least need elements; doubling */
static int ar__grow(const ar_allocator *a, void **buf, size_t *cap, size_t need, size_t es, size_t minc) {
    size_t nc = *cap ? *cap : minc;
    void *nb;
    if (need <= *cap) return 0;
    while (nc < need) {
        if (nc > ((size_t)-1) / 4 / es) { nc = need; break; }
        nc *= 2;
    }
    if (nc > ((size_t)-1) / es) return -1;
    nb = AR__REALLOC(a, *buf, nc * es);
    if (!nb) return -1;
    *buf = nb; *cap = nc;
    return 0;
}

/* >>errors impl ----------------------------------------------------------- */
AR_API const char *ar_strerror(int err) {
    switch (err) {
    case AR_OK: return "success";
    case AR_ERR_NOMEM: return "out of memory";
    case AR_ERR_INVALID: return "invalid argument";
    case AR_ERR_FORMAT: return "bad command format string";
    case AR_ERR_QUEUE_FULL: return "too many commands in flight (max_inflight reached)";
    case AR_ERR_OUTPUT_FULL: return "too much output pending (max_output reached)";
    case AR_ERR_CLOSED: return "client closed";
    case AR_ERR_DISCONNECTED: return "not connected";
    case AR_ERR_CONNECT: return "connection failed";
    case AR_ERR_RESOLVE: return "host name could not be resolved";
    case AR_ERR_EOF: return "server closed the connection";
    case AR_ERR_IO: return "I/O error";
    case AR_ERR_PROTOCOL: return "protocol error";
    case AR_ERR_TIMEOUT: return "timed out";
    case AR_ERR_BUSY: return "not allowed here (inside a callback of this client)";
    case AR_ERR_PREFIX: return "cannot apply key_prefix: this command's keys cannot be determined";
    case AR_ERR_AUTH: return "connection setup refused (AUTH, SELECT or CLIENT SETNAME)";
    case AR_ERR_OFFLINE_FULL: return "disconnected and the offline queue is full";
    case AR_ERR_FORKED: return "client used in a child process after fork()";
    default: return "unknown error";
    }
}

AR_API const char *ar_reply_type_name(ar_reply_type t) {
    switch (t) {
    case AR_REPLY_NONE: return "none";
    case AR_REPLY_STATUS: return "status";
    case AR_REPLY_ERROR: return "error";
    case AR_REPLY_INTEGER: return "integer";
    case AR_REPLY_STRING: return "string";
    case AR_REPLY_NIL: return "nil";
    case AR_REPLY_ARRAY: return "array";
    }
    return "unknown";
}

AR_API int ar_reply_is_error(const ar_reply *r, const char *prefix) {
    size_t n;
    if (!r || r->type != AR_REPLY_ERROR) return 0;
    if (!prefix) return 1;
    n = strlen(prefix);
    if (r->len < n || memcmp(r->str, prefix, n) != 0) return 0;
    return r->len == n || r->str[n] == ' ';
}

/* >>dup ------------------------------------------------------------------- */
typedef struct ar__dup_hdr { ar_allocator a; size_t total; } ar__dup_hdr;
#define AR__DUP_HDR_SIZE ((sizeof(ar__dup_hdr) + 15u) & ~(size_t)15u)

static void ar__dup_measure(const ar_reply *r, size_t *nodes, size_t *bytes) {
    size_t i;
    if (r->type == AR_REPLY_ARRAY) {
        *nodes += r->elements;
        for (i = 0; i < r->elements; i++) ar__dup_measure(&r->element[i], nodes, bytes);
    } else if (r->str) {
        *bytes += r->len + 1;
    }
}

static void ar__dup_copy(const ar_reply *src, ar_reply *dst, ar_reply **nodep, char **strp) {
    size_t i;
    *dst = *src;
    dst->flags &= ~AR_REPLY_F_OWNED; /* only the root (set by ar_reply_dup) */
    if (src->type == AR_REPLY_ARRAY) {
        dst->element = src->elements ? *nodep : NULL;
        *nodep += src->elements;
        for (i = 0; i < src->elements; i++)
            ar__dup_copy(&src->element[i], &dst->element[i], nodep, strp);
    } else if (src->str) {
        memcpy(*strp, src->str, src->len);
        (*strp)[src->len] = 0;
        dst->str = *strp;
        *strp += src->len + 1;
    }
}

AR_API ar_reply *ar_reply_dup(const ar_reply *r, const ar_allocator *a) {
    size_t nodes = 1, bytes = 0, total;
    ar_allocator al = ar__pick_alloc(a);
    char *mem, *strp;
    ar_reply *root, *nodep;
    ar__dup_hdr *h;
    if (!r) return NULL;
    ar__dup_measure(r, &nodes, &bytes);
    total = AR__DUP_HDR_SIZE + nodes * sizeof(ar_reply) + bytes;
    mem = (char *)AR__ALLOC(&al, total);
    if (!mem) return NULL;
    h = (ar__dup_hdr *)(void *)mem;
    h->a = al; h->total = total;
    root = (ar_reply *)(void *)(mem + AR__DUP_HDR_SIZE);
    nodep = root + 1;
    strp = (char *)(root + nodes);
    ar__dup_copy(r, root, &nodep, &strp);
    root->flags |= AR_REPLY_F_OWNED;
    return root;
}

AR_API void ar_reply_free(ar_reply *r) {
    ar__dup_hdr *h;
    ar_allocator a;
    if (!r || !(r->flags & AR_REPLY_F_OWNED)) return;
    h = (ar__dup_hdr *)(void *)((char *)r - AR__DUP_HDR_SIZE);
    a = h->a;
    a.free(h, a.user);
}

/* >>parser impl ----------------------------------------------------------- */
#if defined(__GNUC__) || defined(__clang__)
#define AR__NOINLINE __attribute__((noinline))
#define AR__INLINE __inline__ __attribute__((always_inline))
#else
#define AR__NOINLINE
#define AR__INLINE
#endif

/* Nodes are appended in arrival (pre-)order, so memory grows only with the
   bytes received: a header claiming 16M elements costs nothing until they
   arrive. A reply with arrays inside arrays is then laid out once more
   (into `lay`) so that every array's children are contiguous. */
typedef struct ar__pframe { size_t node, remaining; } ar__pframe;

struct ar_parser {
    ar_allocator a;
    ar_limits lim;
    char *buf;
    size_t cap, len;
    size_t pos;        /* first byte of the reply being parsed */
    size_t cur;        /* next unparsed byte */
    size_t scan;       /* where the CR search for the current line resumes */
    ar_reply *nodes;   /* node pool, reused; strings hold offsets until done */
    size_t ncap, nused;
    ar_reply *lay;     /* layout pool for nested replies, reused */
    size_t laycap;
    int nested;        /* this reply has an array inside an array */
    ar__pframe *stack;
    int depth;
    int in_bulk;       /* waiting for the payload of a bulk string */
    size_t bulk_start, bulk_len;
    int failed;        /* 1: bad input; 2: out of memory (not the input's fault) */
    int have_reply;    /* a reply was handed out: consume it on the next call */
    char err[160];
};

#define AR__PARSER_MIN_BUF 16384u
#define AR__PARSER_KEEP_BUF (4u * 1024u * 1024u)
#define AR__PARSER_KEEP_NODES 65536u
#define AR__PARSER_HUGE_BUF (8u * 1024u * 1024u)

/* Ask for transparent huge pages on a big buffer (Linux with THP in
   "madvise" mode; elsewhere, or without MADV_HUGEPAGE, nothing). */
static void ar__hint_huge(char *b, size_t n) {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    const size_t hp = (size_t)2 * 1024 * 1024;
    size_t lead = (hp - ((size_t)b & (hp - 1))) & (hp - 1);
    if (n > lead + hp) madvise(b + lead, (n - lead) & ~(hp - 1), MADV_HUGEPAGE);
#else
    (void)b; (void)n;
#endif
}

static ar_limits ar__limits_fill(const ar_limits *l) {
    ar_limits r;
    memset(&r, 0, sizeof r);
    if (l) r = *l;
    if (!r.max_bulk_len) r.max_bulk_len = (size_t)512 * 1024 * 1024;
    if (!r.max_array_len) r.max_array_len = (size_t)1 << 24;
    if (r.max_depth <= 0) r.max_depth = 32;
    if (!r.max_line_len) r.max_line_len = 65536;
    return r;
}

static int ar__parser_init(ar_parser *p, const ar_limits *lim, const ar_allocator *a) {
    memset(p, 0, sizeof *p);
    p->a = ar__pick_alloc(a);
    p->lim = ar__limits_fill(lim);
    p->stack = (ar__pframe *)AR__ALLOC(&p->a, sizeof(ar__pframe) * (size_t)(p->lim.max_depth + 1));
    return p->stack ? 0 : -1;
}

static void ar__parser_destroy(ar_parser *p) {
    AR__FREE(&p->a, p->buf);
    AR__FREE(&p->a, p->nodes);
    AR__FREE(&p->a, p->lay);
    AR__FREE(&p->a, p->stack);
    p->buf = NULL; p->nodes = NULL; p->stack = NULL; p->lay = NULL;
}

AR_API ar_parser *ar_parser_new(const ar_limits *lim, const ar_allocator *a) {
    ar_allocator al = ar__pick_alloc(a);
    ar_parser *p = (ar_parser *)AR__ALLOC(&al, sizeof *p);
    if (!p) return NULL;
    if (ar__parser_init(p, lim, &al) != 0) { AR__FREE(&al, p); return NULL; }
    return p;
}

AR_API void ar_parser_free(ar_parser *p) {
    ar_allocator a;
    if (!p) return;
    a = p->a;
    ar__parser_destroy(p);
    AR__FREE(&a, p);
}

/* drop the reply handed out last time; reset when the buffer is empty */
static void ar__parser_release(ar_parser *p) {
    if (!p->have_reply) return;
    p->have_reply = 0;
    p->pos = p->cur;
    p->nused = 0;
    p->nested = 0;
    if (p->pos == p->len) {
        p->pos = p->cur = p->len = p->scan = 0;
        if (p->cap > AR__PARSER_KEEP_BUF) {
            AR__FREE(&p->a, p->buf);
            p->buf = NULL; p->cap = 0;
        }
        if (p->ncap > AR__PARSER_KEEP_NODES) {
            AR__FREE(&p->a, p->nodes);
            p->nodes = NULL; p->ncap = 0;
        }
        if (p->laycap > AR__PARSER_KEEP_NODES) {
            AR__FREE(&p->a, p->lay);
            p->lay = NULL; p->laycap = 0;
        }
    }
}

AR_API void ar_parser_reset(ar_parser *p) {
    p->pos = p->cur = p->len = p->scan = 0;
    p->nused = 0; p->depth = 0; p->in_bulk = 0; p->nested = 0;
    p->failed = 0; p->have_reply = 0; p->err[0] = 0;
    if (p->cap > AR__PARSER_KEEP_BUF) { AR__FREE(&p->a, p->buf); p->buf = NULL; p->cap = 0; }
}

AR_API const char *ar_parser_error(const ar_parser *p) { return p->failed ? p->err : ""; }
AR_API size_t ar_parser_pending(const ar_parser *p) { return p->len - (p->have_reply ? p->cur : p->pos); }

static void ar__pnodes_rel(ar_parser *p, int to_ptr);
AR_API char *ar_parser_space(ar_parser *p, size_t want, size_t *avail) {
    size_t need;
    ar__parser_release(p);
    if (want == 0) want = 1;
    /* a bulk payload is read straight into place: make room for all of it,
       and no more than it still misses (so the buffer grows once) */
    need = p->in_bulk ? (p->bulk_start - p->pos) + p->bulk_len + 2 : 0;
    if (p->in_bulk && p->len - p->pos < need && want > need - (p->len - p->pos)) want = need - (p->len - p->pos);
    if (p->cap - p->len < want || p->cap - p->pos < need) {
        ar__pnodes_rel(p, 0); /* a partial reply's strings: pointers -> offsets */
        if (p->pos > 0) { /* compact: offsets are relative to pos, so cheap */
            size_t keep = p->len - p->pos;
            if (keep) memmove(p->buf, p->buf + p->pos, keep);
            p->cur -= p->pos; p->scan = p->scan > p->pos ? p->scan - p->pos : 0;
            if (p->in_bulk) p->bulk_start -= p->pos;
            p->len = keep; p->pos = 0;
        }
        if (need < p->len + want) need = p->len + want;
        if (need > p->cap) {
            size_t nc = p->cap ? p->cap : AR__PARSER_MIN_BUF;
            char *nb;
            while (nc < need) nc = nc > ((size_t)-1) / 2 ? need : nc * 2;
            if (p->in_bulk && nc > need && need > AR__PARSER_KEEP_BUF) nc = need; /* exact for huge bulks */
            if (nc >= AR__PARSER_HUGE_BUF) {
                /* fresh memory, hinted for huge pages before it is touched:
                   4 KB page faults otherwise cost more than the copy */
                nb = (char *)AR__ALLOC(&p->a, nc);
                if (!nb) { ar__pnodes_rel(p, 1); return NULL; }
                ar__hint_huge(nb, nc);
                if (p->len) memcpy(nb, p->buf, p->len);
                AR__FREE(&p->a, p->buf);
            } else {
                nb = (char *)AR__REALLOC(&p->a, p->buf, nc);
                if (!nb) { ar__pnodes_rel(p, 1); return NULL; }
            }
            p->buf = nb; p->cap = nc;
        }
        ar__pnodes_rel(p, 1);
    }
    if (avail) *avail = p->cap - p->len;
    return p->buf + p->len;
}

AR_API void ar_parser_commit(ar_parser *p, size_t n) {
    if (n > p->cap - p->len) n = p->cap - p->len;
    p->len += n;
}

AR_API int ar_parser_feed(ar_parser *p, const void *data, size_t len) {
    const char *d = (const char *)data;
    while (len) {
        size_t avail, n;
        char *s = ar_parser_space(p, len, &avail);
        if (!s) return AR_ERR_NOMEM;
        n = avail < len ? avail : len;
        memcpy(s, d, n);
        p->len += n; d += n; len -= n;
    }
    return AR_OK;
}

static int ar__perr(ar_parser *p, const char *fmt, long long v) {
    p->failed = 1;
    snprintf(p->err, sizeof p->err, fmt, v);
    return AR_PARSE_ERROR;
}
static int ar__perr_nomem(ar_parser *p, const char *msg) {
    p->failed = 2;
    snprintf(p->err, sizeof p->err, "%s", msg);
    return AR_PARSE_ERROR;
}

/* strict decimal: optional '-', 1..19 digits, no overflow */
static int ar__parse_ll(const char *s, size_t n, long long *out) {
    size_t i = 0;
    int neg = 0;
    unsigned long long v = 0, lim;
    if (n == 0) return -1;
    if (s[0] == '-') { neg = 1; i = 1; if (n == 1) return -1; }
    if (n - i <= 18) { /* up to 18 digits cannot overflow (< 10^18 < 2^63) */
        for (; i < n; i++) {
            unsigned d = (unsigned)(unsigned char)s[i] - '0';
            if (d > 9) return -1;
            v = v * 10 + d;
        }
        *out = neg ? -(long long)v : (long long)v;
        return 0;
    }
    lim = neg ? (unsigned long long)LLONG_MAX + 1ull : (unsigned long long)LLONG_MAX;
    for (; i < n; i++) {
        unsigned d = (unsigned)(unsigned char)s[i] - '0';
        if (d > 9) return -1;
        if (v > (lim - d) / 10) return -1;
        v = v * 10 + d;
    }
    *out = neg ? (long long)(0 - v) : (long long)v;
    if (neg && v == (unsigned long long)LLONG_MAX + 1ull) *out = LLONG_MIN;
    return 0;
}

/* String nodes of a reply still being parsed point into buf. Before the
   buffer moves (ar_parser_space compacts or grows it) they become offsets
   from pos (kept in `integer`), and pointers again after the move. */
static void ar__pnodes_rel(ar_parser *p, int to_ptr) {
    size_t i;
    for (i = 0; i < p->nused; i++) {
        ar_reply *r = &p->nodes[i];
        if (r->type != AR_REPLY_STATUS && r->type != AR_REPLY_ERROR && r->type != AR_REPLY_STRING) continue;
        if (to_ptr) { r->str = p->buf + p->pos + (size_t)r->integer; r->integer = 0; }
        else { r->integer = (long long)(r->str - (p->buf + p->pos)); r->str = NULL; }
    }
}

/* a value finished inside an array: climb out of finished arrays; 1 when
   the reply is done. A finished array keeps the end of its subtree in len
   (for the layout). */
static int ar__pdone(ar_parser *p) {
    while (p->depth > 0) {
        ar__pframe *f = &p->stack[p->depth - 1];
        if (--f->remaining > 0) return 0;
        p->nodes[f->node].len = p->nused;
        p->depth--;
    }
    return 1;
}

/* copy the subtree at nodes[src] (already copied to *dst) into lay[] with
   each array's children contiguous; *next is the first free lay slot */
static void ar__playout(ar_parser *p, size_t src, ar_reply *dst, size_t *next) {
    size_t k, c = src + 1, blk;
    if (dst->type != AR_REPLY_ARRAY) return;
    dst->len = 0;
    if (!dst->elements) { dst->element = NULL; return; }
    blk = *next;
    *next += dst->elements;
    dst->element = p->lay + blk;
    for (k = 0; k < dst->elements; k++) {
        const ar_reply *sc = &p->nodes[c];
        p->lay[blk + k] = *sc;
        ar__playout(p, c, &p->lay[blk + k], next);
        c = (sc->type == AR_REPLY_ARRAY && sc->elements) ? sc->len : c + 1;
    }
}

/* the reply is complete: link the arrays; returns the root or NULL */
static ar_reply *ar__pfinish(ar_parser *p) {
    size_t next = 1;
    ar_reply *r = &p->nodes[0];
    if (!p->nested) { /* flat: the root's children are nodes[1..] already */
        if (r->type == AR_REPLY_ARRAY) { r->element = r->elements ? p->nodes + 1 : NULL; r->len = 0; }
        return r;
    }
    if (ar__grow(&p->a, (void **)&p->lay, &p->laycap, p->nused, sizeof(ar_reply), 64) != 0) return NULL;
    p->lay[0] = p->nodes[0];
    ar__playout(p, 0, &p->lay[0], &next);
    return &p->lay[0];
}

/* the first CR in [s, e), or NULL. Lines are short: eight bytes at a time
   (little-endian machines with GCC/clang builtins), else byte by byte;
   memchr past 64 bytes. */
#if (defined(__GNUC__) || defined(__clang__)) && defined(__BYTE_ORDER__) && defined(__ORDER_LITTLE_ENDIAN__)
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define AR__SWAR_CR 1
#endif
#endif
static char *ar__find_cr(char *s, char *e) {
    char *q = e - s > 64 ? s + 64 : e;
#ifdef AR__SWAR_CR
    while (q - s >= 8) {
        unsigned long long x;
        memcpy(&x, s, 8);
        x ^= 0x0d0d0d0d0d0d0d0dull; /* a CR byte becomes 0 */
        x = (x - 0x0101010101010101ull) & ~x & 0x8080808080808080ull;
        if (x) return s + (__builtin_ctzll(x) >> 3); /* the lowest flag is exact */
        s += 8;
    }
#endif
    while (s < q && *s != '\r') s++;
    if (s < q) return s;
    return q < e ? (char *)memchr(q, '\r', (size_t)(e - q)) : NULL;
}

/* digits (at most 18, so no overflow) at s, then CRLF, all before e: the
   end of the digits, or NULL when the line is anything else (the general
   path then deals with it, errors included) */
static const char *ar__pnum(const char *s, const char *e, long long *v) {
    const char *d = s, *dl;
    unsigned long long u = 0;
    int neg = 0;
    if (d < e && *d == '-') { neg = 1; d++; }
#ifdef AR__SWAR_CR
    if (e - d >= 9) { /* up to 7 digits, CR (in the eight bytes), LF (the ninth) */
        unsigned long long x, m;
        unsigned n;
        memcpy(&x, d, 8);
        /* a byte is a digit when its high nibble is 3 and adding 6 keeps it
           so; a carry out of a non-digit only spoils the bytes after it */
        m = ((x & 0xf0f0f0f0f0f0f0f0ull) ^ 0x3030303030303030ull) |
            (((x + 0x0606060606060606ull) & 0xf0f0f0f0f0f0f0f0ull) ^ 0x3030303030303030ull);
        if (m) {
            n = (unsigned)__builtin_ctzll(m) >> 3;          /* leading digits */
            if (n == 0 || d[n] != '\r' || d[n + 1] != '\n') return NULL;
            /* the digits to the top bytes (zeros in front are leading 0s),
               then pairs, fours and eights combined by multiplication */
            x = (x << (64 - 8 * n)) & 0x0f0f0f0f0f0f0f0full;
            x = x * 10 + (x >> 8);
            x = (((x & 0x000000ff000000ffull) * (100 + (1000000ull << 32))) +
                 (((x >> 16) & 0x000000ff000000ffull) * (1 + (10000ull << 32)))) >> 32;
            *v = neg ? -(long long)x : (long long)x;
            return d + n;
        }
    }
#endif
    dl = e - s > 18 + neg ? s + 18 + neg : e;
    while (d < dl) {
        unsigned c = (unsigned)(unsigned char)*d - '0';
        if (c > 9) break;
        u = u * 10 + c;
        d++;
    }
    if (e - d < 2 || d[0] != '\r' || d[1] != '\n' || d - s <= neg) return NULL;
    *v = neg ? -(long long)u : (long long)u;
    return d;
}

static AR__NOINLINE int ar__parser_loop(ar_parser *p, const ar_reply **out);

AR_API int ar_parser_next(ar_parser *p, const ar_reply **out) {
    char *b;
    size_t cur, len;
    ar__parser_release(p);
    if (p->failed) return AR_PARSE_ERROR;
    b = p->buf; cur = p->cur; len = p->len;
    /* fast path: a whole reply that is one value (+, -, :, $) and is all
       here; anything else (arrays, partial input, errors) takes the loop */
    if (cur < len && !p->in_bulk && !p->depth && !p->scan && p->ncap) {
        char *s = b + cur + 1, *e = b + len, *cr = NULL, *next = NULL;
        ar_reply *r = p->nodes;
        long long v;
        r->err = AR_OK; r->flags = 0; r->integer = 0; r->str = NULL; r->len = 0;
        r->elements = 0; r->element = NULL;
        switch (s[-1]) {
        case '+': case '-':
#ifdef AR__SWAR_CR
            if (e - s >= 8) { /* "+OK\r\n": one step of ar__find_cr, inline */
                unsigned long long x;
                memcpy(&x, s, 8);
                x ^= 0x0d0d0d0d0d0d0d0dull;
                x = (x - 0x0101010101010101ull) & ~x & 0x8080808080808080ull;
                cr = x ? s + (__builtin_ctzll(x) >> 3) : ar__find_cr(s + 8, e);
            } else
#endif
            cr = ar__find_cr(s, e);
            if (!cr || e - cr < 2 || cr[1] != '\n' || (size_t)(cr - s) > p->lim.max_line_len) break;
            r->type = s[-1] == '+' ? AR_REPLY_STATUS : AR_REPLY_ERROR;
            r->str = s;
            r->len = (size_t)(cr - s);
            *cr = 0;
            next = cr + 2;
            break;
        case ':': case '$':
            cr = (char *)ar__pnum(s, e, &v);
            if (!cr || (size_t)(cr - s) > p->lim.max_line_len) break;
            if (s[-1] == ':') {
                r->type = AR_REPLY_INTEGER;
                r->integer = v;
                next = cr + 2;
                break;
            }
            if (v < 0 || (unsigned long long)v > (unsigned long long)p->lim.max_bulk_len ||
                (size_t)(e - cr) - 2 < (size_t)v + 2 || cr[2 + v] != '\r' || cr[3 + v] != '\n') break;
            r->type = AR_REPLY_STRING;
            r->str = cr + 2;
            r->len = (size_t)v;
            cr[2 + v] = 0;
            next = cr + 4 + v;
            break;
        default: break;
        }
        if (next) {
            p->cur = (size_t)(next - b);
            p->nused = 1;
            p->have_reply = 1;
            *out = r;
            return AR_PARSE_REPLY;
        }
    }
    return ar__parser_loop(p, out);
}

/* the general parser: any reply, any split of the input */
static int ar__parser_loop(ar_parser *p, const ar_reply **out) {
    char *b = p->buf;
    size_t cur = p->cur, len = p->len;
    for (;;) {
        ar_reply *r;
        char *cr, *line;
        size_t llen;
        long long v = 0;
        char t;
        if (p->in_bulk) {
            size_t end = p->bulk_start + p->bulk_len;
            if (len < end + 2) return AR_PARSE_MORE;
            if (b[end] != '\r' || b[end + 1] != '\n')
                return ar__perr(p, "bulk string of %lld bytes not followed by CRLF", (long long)p->bulk_len);
            r = &p->nodes[p->nused - 1]; /* the node made at the $ header */
            r->type = AR_REPLY_STRING;
            r->str = b + p->bulk_start;
            r->len = p->bulk_len;
            b[end] = 0;
            p->cur = cur = end + 2;
            p->in_bulk = 0;
        } else {
            if (cur >= len) return AR_PARSE_MORE;
            t = b[cur];
            line = b + cur + 1;
            cr = NULL;
            if (t == '$' || t == ':' || t == '*') {
                /* the usual number line: digits and its end in one pass */
                const char *d = line, *e = b + len, *dl;
                unsigned long long u = 0;
                int neg = 0;
                if (d < e && *d == '-') { neg = 1; d++; }
                dl = e - d > 18 ? d + 18 : e; /* at most 18 digits here: no overflow */
                while (d < dl) {
                    unsigned c = (unsigned)(unsigned char)*d - '0';
                    if (c > 9) break;
                    u = u * 10 + c;
                    d++;
                }
                if (e - d >= 2 && d[0] == '\r' && d[1] == '\n' && d - line > neg &&
                    (size_t)(d - line) <= p->lim.max_line_len) {
                    v = neg ? -(long long)u : (long long)u;
                    cr = (char *)d;
                }
            } else if (t != '+' && t != '-') { /* refuse at once, not at the CR */
                return ar__perr(p, "unexpected byte 0x%02llx where a reply type was expected",
                                (long long)(unsigned char)t);
            }
            if (!cr) { /* the general way: find the CR, check, parse */
                size_t from = p->scan > cur + 1 ? p->scan : cur + 1;
                cr = from < len ? ar__find_cr(b + from, b + len) : NULL;
                if (!cr) {
                    if (len - cur - 1 > p->lim.max_line_len)
                        return ar__perr(p, "reply line longer than max_line_len (%lld)", (long long)p->lim.max_line_len);
                    p->scan = len;
                    return AR_PARSE_MORE;
                }
                llen = (size_t)(cr - line);
                if (llen > p->lim.max_line_len)
                    return ar__perr(p, "reply line longer than max_line_len (%lld)", (long long)p->lim.max_line_len);
                if ((size_t)(cr - b) + 1 >= len) { p->scan = (size_t)(cr - b); return AR_PARSE_MORE; }
                if (cr[1] != '\n') return ar__perr(p, "CR not followed by LF at byte %lld of the reply", (long long)(cr - (b + p->pos)));
                if (t != '+' && t != '-' && (ar__parse_ll(line, llen, &v) != 0 || (t != ':' && v < -1)))
                    return ar__perr(p, t == ':' ? "bad integer reply%.0lld" : t == '$' ? "bad bulk length%.0lld"
                                                                                  : "bad array length%.0lld", 0);
            } else if (v < -1 && t != ':') {
                return ar__perr(p, t == '$' ? "bad bulk length%.0lld" : "bad array length%.0lld", 0);
            }
            llen = (size_t)(cr - line);
            p->scan = 0;
            if (p->nused == p->ncap &&
                ar__grow(&p->a, (void **)&p->nodes, &p->ncap, p->nused + 1, sizeof(ar_reply), 64) != 0)
                return ar__perr_nomem(p, "out of memory for reply nodes");
            r = &p->nodes[p->nused++];
            memset(r, 0, sizeof *r);
            p->cur = cur = (size_t)(cr - b) + 2;
            switch (t) {
            case '+': case '-':
                r->type = t == '+' ? AR_REPLY_STATUS : AR_REPLY_ERROR;
                r->str = line;
                r->len = llen;
                *cr = 0;
                break;
            case ':':
                r->type = AR_REPLY_INTEGER; r->integer = v;
                break;
            case '$':
                if (v == -1) { r->type = AR_REPLY_NIL; break; }
                if ((unsigned long long)v > (unsigned long long)p->lim.max_bulk_len)
                    return ar__perr(p, "bulk length %lld exceeds max_bulk_len", v);
                if (len - cur >= (size_t)v + 2) { /* all here: no waiting state */
                    char *end = b + cur + (size_t)v;
                    if (end[0] != '\r' || end[1] != '\n')
                        return ar__perr(p, "bulk string of %lld bytes not followed by CRLF", v);
                    r->type = AR_REPLY_STRING;
                    r->str = b + cur;
                    r->len = (size_t)v;
                    *end = 0;
                    p->cur = cur = cur + (size_t)v + 2;
                    break;
                }
                p->in_bulk = 1;
                p->bulk_start = cur;
                p->bulk_len = (size_t)v;
                continue;
            default: /* '*' */
                if (v == -1) { r->type = AR_REPLY_NIL; r->flags = AR_REPLY_F_NIL_ARRAY; break; }
                if ((unsigned long long)v > (unsigned long long)p->lim.max_array_len)
                    return ar__perr(p, "array length %lld exceeds max_array_len", v);
                r->type = AR_REPLY_ARRAY;
                r->elements = (size_t)v;
                if (v == 0) break;
                if (p->depth >= p->lim.max_depth)
                    return ar__perr(p, "arrays nested deeper than max_depth (%lld)", (long long)p->lim.max_depth);
                if (p->depth > 0) p->nested = 1;
                p->stack[p->depth].node = p->nused - 1;
                p->stack[p->depth].remaining = (size_t)v;
                p->depth++;
                continue;
            }
        }
        if (p->depth == 0 || ar__pdone(p)) {
            const ar_reply *root = ar__pfinish(p);
            if (!root) return ar__perr_nomem(p, "out of memory laying out a nested reply");
            p->have_reply = 1;
            *out = root;
            return AR_PARSE_REPLY;
        }
    }
}

/* >>format impl ----------------------------------------------------------- */
/* The encoder reads its arguments through a source, so the same code serves
   va_list callers and the fuzzer (which invents arguments of the right type). */
enum { AR__A_INT, AR__A_UINT, AR__A_LONG, AR__A_ULONG, AR__A_LLONG, AR__A_ULLONG,
       AR__A_SIZE, AR__A_SSIZE, AR__A_DOUBLE, AR__A_STR, AR__A_BIN };

typedef struct ar__argval {
    long long i; unsigned long long u; double d;
    const char *p; size_t n;
} ar__argval;

typedef struct ar__argsrc {
    void (*next)(struct ar__argsrc *s, int kind, ar__argval *v);
    va_list ap;
    void *user;
} ar__argsrc;

static void ar__va_next(ar__argsrc *s, int kind, ar__argval *v) {
    switch (kind) {
    case AR__A_INT: v->i = va_arg(s->ap, int); break;
    case AR__A_UINT: v->u = va_arg(s->ap, unsigned); break;
    case AR__A_LONG: v->i = va_arg(s->ap, long); break;
    case AR__A_ULONG: v->u = va_arg(s->ap, unsigned long); break;
    case AR__A_LLONG: v->i = va_arg(s->ap, long long); break;
    case AR__A_ULLONG: v->u = va_arg(s->ap, unsigned long long); break;
    case AR__A_SIZE: v->u = va_arg(s->ap, size_t); break;
    case AR__A_SSIZE: v->i = (long long)va_arg(s->ap, ptrdiff_t); break;
    case AR__A_DOUBLE: v->d = va_arg(s->ap, double); break;
    case AR__A_STR: v->p = va_arg(s->ap, const char *); v->n = v->p ? strlen(v->p) : 0; break;
    case AR__A_BIN: v->p = va_arg(s->ap, const char *); v->n = va_arg(s->ap, size_t); break;
    default: break;
    }
}

/* a piece of an argument: bytes at p (user memory / format text) or, when
   p is NULL, at scratch offset off */
typedef struct ar__seg { const char *p; size_t off, n; } ar__seg;
typedef struct ar__arg { size_t first, nseg, len; } ar__arg;

typedef struct ar__enc {
    ar__seg *segs; size_t nsegs, segcap;
    ar__arg *args; size_t nargs, argcap;
    char *scratch; size_t slen, scap;
} ar__enc;

static void ar__enc_free(const ar_allocator *a, ar__enc *e) {
    AR__FREE(a, e->segs); AR__FREE(a, e->args); AR__FREE(a, e->scratch);
    memset(e, 0, sizeof *e);
}

static int ar__enc_seg(const ar_allocator *a, ar__enc *e, const char *p, size_t off, size_t n) {
    ar__arg *cur = &e->args[e->nargs - 1];
    if (n == 0) return 0;
    if (p && cur->nseg && e->segs[e->nsegs - 1].p && e->segs[e->nsegs - 1].p + e->segs[e->nsegs - 1].n == p) {
        e->segs[e->nsegs - 1].n += n; /* contiguous literal text */
    } else {
        if (ar__grow(a, (void **)&e->segs, &e->segcap, e->nsegs + 1, sizeof(ar__seg), 16) != 0) return -1;
        e->segs[e->nsegs].p = p; e->segs[e->nsegs].off = off; e->segs[e->nsegs].n = n;
        e->nsegs++; cur->nseg++;
    }
    cur->len += n;
    return 0;
}

static int ar__enc_newarg(const ar_allocator *a, ar__enc *e) {
    if (ar__grow(a, (void **)&e->args, &e->argcap, e->nargs + 1, sizeof(ar__arg), 8) != 0) return -1;
    e->args[e->nargs].first = e->nsegs; e->args[e->nargs].nseg = 0; e->args[e->nargs].len = 0;
    e->nargs++;
    return 0;
}

/* Parse fmt into args/segments. AR_OK, AR_ERR_FORMAT (*why set), AR_ERR_NOMEM. */
static int ar__enc_parse(const ar_allocator *a, ar__enc *e, const char *fmt, ar__argsrc *src, const char **why) {
    const char *c = fmt;
    int inarg = 0;
    e->nsegs = e->nargs = e->slen = 0;
    if (!fmt) { *why = "format string is NULL"; return AR_ERR_FORMAT; }
    while (*c) {
        if (*c == ' ') { inarg = 0; c++; continue; }
        if (!inarg) { if (ar__enc_newarg(a, e) != 0) return AR_ERR_NOMEM; inarg = 1; }
        if (*c != '%') {
            const char *s = c;
            while (*c && *c != ' ' && *c != '%') c++;
            if (ar__enc_seg(a, e, s, 0, (size_t)(c - s)) != 0) return AR_ERR_NOMEM;
            continue;
        }
        c++; /* past '%' */
        if (*c == '%') { if (ar__enc_seg(a, e, c, 0, 1) != 0) return AR_ERR_NOMEM; c++; continue; }
        if (*c == 's' || *c == 'b') {
            ar__argval v;
            memset(&v, 0, sizeof v);
            src->next(src, *c == 's' ? AR__A_STR : AR__A_BIN, &v);
            if (!v.p && (*c == 's' || v.n)) { *why = *c == 's' ? "NULL string for %s" : "NULL pointer with non-zero length for %b"; return AR_ERR_FORMAT; }
            if (ar__enc_seg(a, e, v.p, 0, v.n) != 0) return AR_ERR_NOMEM;
            c++;
            continue;
        } else {
            /* numeric: [flags][width][.prec][length]conv */
            char spec[32], tmp[512];
            size_t sl = 0;
            int kind, nd, n = 0, width_digits = 0, prec_digits = 0;
            ar__argval v;
            spec[sl++] = '%';
            while (*c && strchr("-+0", *c) && sl < 8) spec[sl++] = *c++;
            while (*c >= '0' && *c <= '9') { if (++width_digits > 2) { *why = "field width too large in format"; return AR_ERR_FORMAT; } spec[sl++] = *c++; }
            if (*c == '.') {
                spec[sl++] = *c++;
                while (*c >= '0' && *c <= '9') { if (++prec_digits > 2) { *why = "precision too large in format"; return AR_ERR_FORMAT; } spec[sl++] = *c++; }
            }
            nd = 0;
            if (c[0] == 'l' && c[1] == 'l') { nd = 2; }
            else if (c[0] == 'l' || c[0] == 'z') { nd = 1; }
            memcpy(spec + sl, c, (size_t)nd); sl += (size_t)nd;
            switch (c[nd]) {
            case 'd': case 'i':
                kind = nd == 2 ? AR__A_LLONG : nd == 1 ? (c[0] == 'z' ? AR__A_SSIZE : AR__A_LONG) : AR__A_INT; break;
            case 'u': case 'x': case 'X': case 'o':
                kind = nd == 2 ? AR__A_ULLONG : nd == 1 ? (c[0] == 'z' ? AR__A_SIZE : AR__A_ULONG) : AR__A_UINT; break;
            case 'f': case 'g': case 'e': case 'G': case 'E':
                if (nd) { *why = "length modifier not allowed with %f/%g"; return AR_ERR_FORMAT; }
                kind = AR__A_DOUBLE; break;
            case 0: *why = "format ends in the middle of a % conversion"; return AR_ERR_FORMAT;
            default: *why = "unknown % conversion in format (allowed: s b d i u x o f g e ld lld lu llu zu zd %%)"; return AR_ERR_FORMAT;
            }
            spec[sl++] = c[nd]; spec[sl] = 0;
            c += nd + 1;
            memset(&v, 0, sizeof v);
            src->next(src, kind, &v);
            switch (kind) {
            case AR__A_INT: n = snprintf(tmp, sizeof tmp, spec, (int)v.i); break;
            case AR__A_UINT: n = snprintf(tmp, sizeof tmp, spec, (unsigned)v.u); break;
            case AR__A_LONG: n = snprintf(tmp, sizeof tmp, spec, (long)v.i); break;
            case AR__A_ULONG: n = snprintf(tmp, sizeof tmp, spec, (unsigned long)v.u); break;
            case AR__A_LLONG: n = snprintf(tmp, sizeof tmp, spec, v.i); break;
            case AR__A_ULLONG: n = snprintf(tmp, sizeof tmp, spec, v.u); break;
            case AR__A_SIZE: n = snprintf(tmp, sizeof tmp, spec, (size_t)v.u); break;
            case AR__A_SSIZE: n = snprintf(tmp, sizeof tmp, spec, (ptrdiff_t)v.i); break;
            default: n = snprintf(tmp, sizeof tmp, spec, v.d); break;
            }
            if (n < 0 || (size_t)n >= sizeof tmp) { *why = "numeric conversion too long"; return AR_ERR_FORMAT; }
            if (n == 0) continue; /* e.g. "%.0d" of 0: nothing to add */
            if (ar__grow(a, (void **)&e->scratch, &e->scap, e->slen + (size_t)n, 1, 256) != 0) return AR_ERR_NOMEM;
            memcpy(e->scratch + e->slen, tmp, (size_t)n);
            if (ar__enc_seg(a, e, NULL, e->slen, (size_t)n) != 0) return AR_ERR_NOMEM;
            e->slen += (size_t)n;
        }
    }
    if (e->nargs == 0) { *why = "empty command"; return AR_ERR_FORMAT; }
    return AR_OK;
}

static size_t ar__ulen(unsigned long long v) {
    size_t n = 1;
    if (v < 10) return 1;
    if (v < 100) return 2;
    while (v >= 10) { v /= 10; n++; }
    return n;
}

/* v >= 100: the digits written from the end, two at a time */
static AR__NOINLINE char *ar__put_hdr_long(char *o, char t, unsigned long long v) {
    static const char pairs[] =
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
        "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
        "8081828384858687888990919293949596979899";
    unsigned long long q = v;
    size_t n = 1; /* digits */
    char *w;
    while (q >= 100) { q /= 100; n += 2; }
    if (q >= 10) n++;
    *o = t;
    w = o + 1 + n;
    w[0] = '\r'; w[1] = '\n';
    while (v >= 100) {
        unsigned r = (unsigned)(v % 100);
        v /= 100;
        w -= 2; w[0] = pairs[2 * r]; w[1] = pairs[2 * r + 1];
    }
    if (v >= 10) { w -= 2; w[0] = pairs[2 * v]; w[1] = pairs[2 * v + 1]; }
    else *--w = (char)('0' + v);
    return o + 1 + n + 2;
}

/* "<t><v>\r\n"; headers are short: one and two digits without a loop */
static AR__INLINE char *ar__put_hdr(char *o, char t, unsigned long long v) {
    if (v >= 100) return ar__put_hdr_long(o, t, v);
    o[0] = t;
    if (v < 10) { o[1] = (char)('0' + v); o[2] = '\r'; o[3] = '\n'; return o + 4; }
    o[1] = (char)('0' + v / 10); o[2] = (char)('0' + v % 10); o[3] = '\r'; o[4] = '\n';
    return o + 5;
}

static size_t ar__enc_size(const ar__enc *e) {
    size_t i, t = 3 + ar__ulen(e->nargs);
    for (i = 0; i < e->nargs; i++) t += 5 + ar__ulen(e->args[i].len) + e->args[i].len;
    return t;
}

static size_t ar__argv_size(int argc, const char *const *argv, const size_t *argvlen) {
    size_t t = 3 + ar__ulen((unsigned long long)argc);
    int i;
    for (i = 0; i < argc; i++) {
        size_t l = argvlen ? argvlen[i] : strlen(argv[i]);
        t += 5 + ar__ulen(l) + l;
    }
    return t;
}

typedef struct ar__ref { size_t at; const char *p; size_t n; } ar__ref;

/* RESP out of a parsed format. With refs, pieces of AR_NOCOPY_MIN+ bytes
   become references (position in base[], pointer, length), not copies. */
static char *ar__enc_emit_refs(const ar__enc *e, char *o, const char *base, ar__ref *refs) {
    size_t i, j;
    o = ar__put_hdr(o, '*', e->nargs);
    for (i = 0; i < e->nargs; i++) {
        const ar__arg *g = &e->args[i];
        o = ar__put_hdr(o, '$', g->len);
        for (j = 0; j < g->nseg; j++) {
            const ar__seg *sg = &e->segs[g->first + j];
            if (refs && sg->p && sg->n >= AR_NOCOPY_MIN) {
                refs->at = (size_t)(o - base); refs->p = sg->p; refs->n = sg->n; refs++;
                continue;
            }
            memcpy(o, sg->p ? sg->p : e->scratch + sg->off, sg->n);
            o += sg->n;
        }
        *o++ = '\r'; *o++ = '\n';
    }
    return o;
}

static char *ar__enc_emit(const ar__enc *e, char *o) { return ar__enc_emit_refs(e, o, NULL, NULL); }

/* n bytes from s to o; small ones (keys, short values) without a call */
static AR__INLINE char *ar__put_bytes(char *o, const char *s, size_t n) {
    if (n > 16) { memcpy(o, s, n); return o + n; }
    if (n >= 8) { /* two 8-byte moves that may overlap */
        unsigned long long x, y;
        memcpy(&x, s, 8); memcpy(&y, s + n - 8, 8);
        memcpy(o, &x, 8); memcpy(o + n - 8, &y, 8);
    } else if (n >= 4) {
        unsigned x, y;
        memcpy(&x, s, 4); memcpy(&y, s + n - 4, 4);
        memcpy(o, &x, 4); memcpy(o + n - 4, &y, 4);
    } else if (n) { /* 1 to 3 bytes */
        o[0] = s[0]; o[n >> 1] = s[n >> 1]; o[n - 1] = s[n - 1];
    }
    return o + n;
}

/* RESP out of an argv; with c and refs, zero-copy references as above */
static int ar__foreign_ptr(const struct ar_client *c, const char *p);
static char *ar__client_outbase(const struct ar_client *c);
static char *ar__argv_emit_refs(const struct ar_client *c, char *o, ar__ref *refs, int argc, const char *const *argv, const size_t *argvlen) {
    const char *base = c ? ar__client_outbase(c) : NULL;
    int i;
    o = ar__put_hdr(o, '*', (unsigned long long)argc);
    for (i = 0; i < argc; i++) {
        size_t l = argvlen ? argvlen[i] : strlen(argv[i]);
        o = ar__put_hdr(o, '$', l);
        if (refs && l >= AR_NOCOPY_MIN && ar__foreign_ptr(c, argv[i])) {
            refs->at = (size_t)(o - base); refs->p = argv[i]; refs->n = l; refs++;
        } else {
            o = ar__put_bytes(o, argv[i], l);
        }
        *o++ = '\r'; *o++ = '\n';
    }
    return o;
}

static char *ar__argv_emit(char *o, int argc, const char *const *argv, const size_t *argvlen) {
    return ar__argv_emit_refs(NULL, o, NULL, argc, argv, argvlen);
}

static int ar__argv_check(int argc, const char *const *argv, const size_t *argvlen) {
    int i;
    if (argc <= 0 || !argv) return AR_ERR_INVALID;
    for (i = 0; i < argc; i++)
        if (!argv[i] && (!argvlen || argvlen[i])) return AR_ERR_INVALID;
    return AR_OK;
}

AR_API int ar_vformat(char **out, size_t *outlen, const char **why, const char *fmt, va_list ap) {
    ar_allocator a = ar__pick_alloc(NULL);
    ar__enc e;
    ar__argsrc src;
    const char *w = NULL;
    int rc;
    size_t sz;
    char *buf;
    memset(&e, 0, sizeof e);
    src.next = ar__va_next; src.user = NULL;
    va_copy(src.ap, ap);
    rc = ar__enc_parse(&a, &e, fmt, &src, &w);
    va_end(src.ap);
    if (rc == AR_OK) {
        sz = ar__enc_size(&e);
        buf = (char *)AR__ALLOC(&a, sz + 1);
        if (!buf) rc = AR_ERR_NOMEM;
        else { ar__enc_emit(&e, buf); buf[sz] = 0; *out = buf; if (outlen) *outlen = sz; }
    }
    if (rc == AR_ERR_NOMEM) w = "out of memory";
    if (why) *why = rc ? w : NULL;
    ar__enc_free(&a, &e);
    return rc;
}

AR_API int ar_format(char **out, size_t *outlen, const char **why, const char *fmt, ...) {
    va_list ap;
    int rc;
    va_start(ap, fmt);
    rc = ar_vformat(out, outlen, why, fmt, ap);
    va_end(ap);
    return rc;
}

AR_API int ar_format_argv(char **out, size_t *outlen, int argc, const char *const *argv, const size_t *argvlen) {
    ar_allocator a = ar__pick_alloc(NULL);
    size_t sz;
    char *buf;
    if (ar__argv_check(argc, argv, argvlen) != AR_OK) return AR_ERR_INVALID;
    sz = ar__argv_size(argc, argv, argvlen);
    buf = (char *)AR__ALLOC(&a, sz + 1);
    if (!buf) return AR_ERR_NOMEM;
    ar__argv_emit(buf, argc, argv, argvlen);
    buf[sz] = 0;
    *out = buf;
    if (outlen) *outlen = sz;
    return AR_OK;
}

AR_API void ar_free_buffer(char *buf) { ASYNCREDIS_FREE(buf); }

/* >>fork: the only process-wide value in the library: how many fork()s led
   to this process (pthread_atfork bumps it in each child). A client compares
   it with the value its socket was made under: a mismatch means it is being
   used in a child, where the parent's socket must not be touched. */
static volatile unsigned long ar__forks;
static pthread_once_t ar__fork_once = PTHREAD_ONCE_INIT;
static void ar__atfork_child(void) { ar__forks++; }
static void ar__fork_init(void) { pthread_atfork(NULL, NULL, ar__atfork_child); }
static unsigned long ar__fork_generation(void) {
    pthread_once(&ar__fork_once, ar__fork_init);
    return ar__forks;
}

/* >>loop impl ------------------------------------------------------------- */
#define AR__COARSE_MS 10 /* >= one tick of CLOCK_MONOTONIC_COARSE (HZ >= 100) */

/* The clock of every timer and deadline. ASYNCREDIS_CLOCK_MS() replaces it
   (a test's fake clock, a frame clock): it must never go backwards. */
#ifndef ASYNCREDIS_CLOCK_MS
static long long ar__clock_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}
#define ASYNCREDIS_CLOCK_MS() ar__clock_ms()
#define AR__OWN_CLOCK 1
#endif

/* now + t ms for a request deadline. The coarse clock (Linux) costs ~4 ns
   instead of ~28; it lags the precise one by less than its resolution
   (a tick), which is added: a deadline is never early, at most a tick late.
   A clock of the user's is read as it is: the deadline is exact. */
static long long ar__deadline_ms(long long t) {
#if defined(CLOCK_MONOTONIC_COARSE) && defined(AR__OWN_CLOCK)
    struct timespec ts;
    if (clock_gettime(CLOCK_MONOTONIC_COARSE, &ts) == 0)
        return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000 + t + AR__COARSE_MS;
#endif
    return ar_now_ms() + t;
}

AR_API long long ar_now_ms(void) { return (long long)(ASYNCREDIS_CLOCK_MS()); }

typedef void ar__io_cb(ar_loop *l, int fd, unsigned events, void *ud);

typedef struct ar__watch {
    ar__io_cb *cb;
    void *ud;
    unsigned want;    /* AR__READ | AR__WRITE wanted by the owner */
    unsigned kmask;   /* what the kernel (epoll) or poll set has */
    int armed;        /* write interest armed for real (optimistic write failed) */
    int in_flush;
} ar__watch;

struct ar_loop {
    ar_allocator a;
    int epfd;          /* -1: poll backend */
    ar__watch *w; size_t wcap;
    int maxfd;
    size_t nwant;      /* watchers with want != 0 */
    ar_timer **heap; size_t hlen, hcap;
    int *flush; size_t nflush, flushcap;
    struct pollfd *pfds; size_t pcap;
#if AR__HAVE_EPOLL
    struct epoll_event evs[128];
#endif
    int stop;
    ar_client *clients;   /* attached clients, freed with the loop */
    unsigned long fork_gen;
};

/* timers: binary min-heap of pointers into user memory */
static void ar__heap_swap(ar_loop *l, size_t i, size_t j) {
    ar_timer *t = l->heap[i];
    l->heap[i] = l->heap[j]; l->heap[j] = t;
    l->heap[i]->heap_idx = i; l->heap[j]->heap_idx = j;
}
static void ar__heap_up(ar_loop *l, size_t i) {
    while (i > 0) {
        size_t p = (i - 1) / 2;
        if (l->heap[p]->when_ms <= l->heap[i]->when_ms) break;
        ar__heap_swap(l, i, p); i = p;
    }
}
static void ar__heap_down(ar_loop *l, size_t i) {
    for (;;) {
        size_t a = 2 * i + 1, b = a + 1, m = i;
        if (a < l->hlen && l->heap[a]->when_ms < l->heap[m]->when_ms) m = a;
        if (b < l->hlen && l->heap[b]->when_ms < l->heap[m]->when_ms) m = b;
        if (m == i) break;
        ar__heap_swap(l, i, m); i = m;
    }
}
static void ar__heap_remove(ar_loop *l, ar_timer *t) {
    size_t i = t->heap_idx;
    if (i == (size_t)-1 || i >= l->hlen || l->heap[i] != t) return;
    l->hlen--;
    if (i != l->hlen) {
        l->heap[i] = l->heap[l->hlen]; l->heap[i]->heap_idx = i;
        ar__heap_down(l, i); ar__heap_up(l, i);
    }
    t->heap_idx = (size_t)-1;
}

AR_API void ar_timer_init(ar_loop *loop, ar_timer *t) {
    memset(t, 0, sizeof *t);
    t->loop = loop;
    t->heap_idx = (size_t)-1;
}
AR_API int ar_timer_active(const ar_timer *t) { return t->heap_idx != (size_t)-1; }
AR_API void ar_timer_stop(ar_timer *t) { if (t->loop) ar__heap_remove(t->loop, t); }

AR_API void ar_timer_start(ar_timer *t, long long after_ms, long long repeat_ms, ar_timer_cb *cb, void *ud) {
    ar_loop *l = t->loop;
    if (!l) return;
    ar__heap_remove(l, t);
    t->when_ms = ar_now_ms() + (after_ms > 0 ? after_ms : 0);
    t->repeat_ms = repeat_ms > 0 ? repeat_ms : 0;
    t->cb = cb; t->ud = ud;
    if (ar__grow(&l->a, (void **)&l->heap, &l->hcap, l->hlen + 1, sizeof(ar_timer *), 16) != 0) return;
    t->heap_idx = l->hlen;
    l->heap[l->hlen++] = t;
    ar__heap_up(l, t->heap_idx);
}

AR_API ar_loop *ar_loop_new(const ar_loop_options *o) {
    ar_allocator a = ar__pick_alloc(o ? o->allocator : NULL);
    ar_loop *l = (ar_loop *)AR__ALLOC(&a, sizeof *l);
    if (!l) return NULL;
    memset(l, 0, sizeof *l);
    l->a = a;
    l->epfd = -1;
    l->maxfd = -1;
    l->fork_gen = ar__fork_generation();
#if AR__HAVE_EPOLL
    if (!(o && o->use_poll)) {
        l->epfd = epoll_create1(EPOLL_CLOEXEC);
        if (l->epfd < 0) { AR__FREE(&a, l); return NULL; }
    }
#endif
    return l;
}

AR_API const char *ar_loop_backend(const ar_loop *l) { return l->epfd >= 0 ? "epoll" : "poll"; }
AR_API void ar_loop_stop(ar_loop *l) { l->stop = 1; }

static ar__watch *ar__watch_get(ar_loop *l, int fd, int create) {
    if (fd < 0) return NULL;
    if ((size_t)fd >= l->wcap) {
        size_t old = l->wcap;
        if (!create) return NULL;
        if (ar__grow(&l->a, (void **)&l->w, &l->wcap, (size_t)fd + 1, sizeof(ar__watch), 64) != 0) return NULL;
        memset(l->w + old, 0, (l->wcap - old) * sizeof(ar__watch));
    }
    if (fd > l->maxfd) l->maxfd = fd;
    return &l->w[fd];
}

/* bring the kernel's view of fd in line with want/armed */
static void ar__watch_sync(ar_loop *l, int fd, ar__watch *w) {
    unsigned m = (w->want & AR__READ) | ((w->want & AR__WRITE) && w->armed ? AR__WRITE : 0);
    if (m == w->kmask) return;
#if AR__HAVE_EPOLL
    if (l->epfd >= 0) {
        struct epoll_event ev;
        memset(&ev, 0, sizeof ev);
        ev.events = (m & AR__READ ? EPOLLIN : 0u) | (m & AR__WRITE ? EPOLLOUT : 0u);
        ev.data.fd = fd;
        if (w->kmask == 0) epoll_ctl(l->epfd, EPOLL_CTL_ADD, fd, &ev);
        else if (m == 0) epoll_ctl(l->epfd, EPOLL_CTL_DEL, fd, &ev);
        else epoll_ctl(l->epfd, EPOLL_CTL_MOD, fd, &ev);
    }
#else
    (void)fd; (void)l;
#endif
    w->kmask = m;
}

/* In a child after fork() the epoll set is the parent's (shared across fork):
   editing it would change what the parent watches. Make a set of our own. */
static void ar__loop_forkcheck(ar_loop *l) {
    int fd;
    if (l->fork_gen == ar__forks) return;
    l->fork_gen = ar__forks;
#if AR__HAVE_EPOLL
    if (l->epfd >= 0) {
        close(l->epfd);
        l->epfd = epoll_create1(EPOLL_CLOEXEC);
        for (fd = 0; fd <= l->maxfd; fd++) l->w[fd].kmask = 0;
        for (fd = 0; fd <= l->maxfd; fd++) if (l->w[fd].want) ar__watch_sync(l, fd, &l->w[fd]);
    }
#else
    (void)fd;
#endif
}

static void ar__watch_set(ar_loop *l, int fd, unsigned want, ar__io_cb *cb, void *ud) {
    ar__watch *w;
    ar__loop_forkcheck(l);
    w = ar__watch_get(l, fd, want != 0);
    if (!w) return;
    if ((w->want != 0) != (want != 0)) { if (want) l->nwant++; else l->nwant--; }
    if (want) { w->cb = cb; w->ud = ud; }
    if (!(want & AR__WRITE)) w->armed = 0;
    if ((want & AR__WRITE) && !(w->want & AR__WRITE) && !w->in_flush) {
        /* optimistic: write at the end of this turn, arm only if it blocks */
        if (ar__grow(&l->a, (void **)&l->flush, &l->flushcap, l->nflush + 1, sizeof(int), 16) == 0) {
            l->flush[l->nflush++] = fd;
            w->in_flush = 1;
        } else {
            w->armed = 1;
        }
    }
    w->want = want;
    ar__watch_sync(l, fd, w);
    if (!want) { w->cb = NULL; w->ud = NULL; }
}

static int ar__loop_flush(ar_loop *l) {
    size_t i, n = l->nflush;
    int handled = 0;
    for (i = 0; i < n && i < l->nflush; i++) {
        int fd = l->flush[i];
        ar__watch *w = ar__watch_get(l, fd, 0);
        if (!w) continue;
        w->in_flush = 0;
        if ((w->want & AR__WRITE) && !w->armed && w->cb) {
            w->cb(l, fd, AR__WRITE, w->ud);
            handled++;
            w = ar__watch_get(l, fd, 0);
            if (w && (w->want & AR__WRITE) && !w->armed) { w->armed = 1; ar__watch_sync(l, fd, w); }
        }
    }
    /* entries added during the callbacks stay for the next round */
    if (n < l->nflush) memmove(l->flush, l->flush + n, (l->nflush - n) * sizeof(int));
    l->nflush -= n < l->nflush ? n : l->nflush;
    return handled;
}

static int ar__loop_wait(ar_loop *l, int timeout) {
    int handled = 0;
#if AR__HAVE_EPOLL
    if (l->epfd >= 0) {
        int n, i;
        n = epoll_wait(l->epfd, l->evs, (int)(sizeof l->evs / sizeof l->evs[0]), timeout);
        if (n < 0) return errno == EINTR ? 0 : -1;
        for (i = 0; i < n; i++) {
            int fd = l->evs[i].data.fd;
            unsigned ev = 0, e = l->evs[i].events;
            ar__watch *w = ar__watch_get(l, fd, 0);
            if (!w || !w->cb) continue;
            if (e & (EPOLLIN | EPOLLHUP | EPOLLERR)) ev |= AR__READ;
            if (e & (EPOLLOUT | EPOLLERR)) ev |= AR__WRITE;
            ev &= w->kmask | (e & (EPOLLHUP | EPOLLERR) ? AR__READ : 0u);
            if (ev) { w->cb(l, fd, ev, w->ud); handled++; }
        }
        return handled;
    }
#endif
    {
        size_t np = 0, i;
        int fd, n;
        for (fd = 0; fd <= l->maxfd; fd++) {
            ar__watch *w = &l->w[fd];
            if (!w->kmask) continue;
            if (ar__grow(&l->a, (void **)&l->pfds, &l->pcap, np + 1, sizeof(struct pollfd), 16) != 0) return -1;
            l->pfds[np].fd = fd;
            l->pfds[np].events = (short)((w->kmask & AR__READ ? POLLIN : 0) | (w->kmask & AR__WRITE ? POLLOUT : 0));
            l->pfds[np].revents = 0;
            np++;
        }
        n = poll(l->pfds, (nfds_t)np, timeout);
        if (n < 0) return errno == EINTR ? 0 : -1;
        for (i = 0; i < np && n > 0; i++) {
            unsigned ev = 0;
            short re = l->pfds[i].revents;
            ar__watch *w;
            if (!re) continue;
            n--;
            fd = l->pfds[i].fd;
            w = ar__watch_get(l, fd, 0);
            if (!w || !w->cb) continue;
            if (re & (POLLIN | POLLHUP | POLLERR | POLLNVAL)) ev |= AR__READ;
            if (re & (POLLOUT | POLLERR)) ev |= AR__WRITE;
            ev &= w->kmask | (re & (POLLHUP | POLLERR | POLLNVAL) ? AR__READ : 0u);
            if (ev) { w->cb(l, fd, ev, w->ud); handled++; }
        }
    }
    return handled;
}

static int ar__loop_timers(ar_loop *l) {
    long long now = ar_now_ms();
    int handled = 0;
    /* run only what is due now; timers re-armed for "now" wait a turn */
    size_t budget = l->hlen;
    while (l->hlen && l->heap[0]->when_ms <= now && budget--) {
        ar_timer *t = l->heap[0];
        ar__heap_remove(l, t);
        if (t->repeat_ms > 0) {
            t->when_ms += t->repeat_ms;
            if (t->when_ms <= now) t->when_ms = now + t->repeat_ms; /* we fell behind: skip */
            if (ar__grow(&l->a, (void **)&l->heap, &l->hcap, l->hlen + 1, sizeof(ar_timer *), 16) == 0) {
                t->heap_idx = l->hlen; l->heap[l->hlen++] = t; ar__heap_up(l, t->heap_idx);
            }
        }
        handled++;
        if (t->cb) t->cb(t, t->ud);
    }
    return handled;
}

AR_API int ar_loop_run_once(ar_loop *l, int timeout_ms) {
    int handled, n;
    long long now;
    ar__loop_forkcheck(l);
    handled = ar__loop_flush(l);
    now = ar_now_ms();
    if (l->nflush || l->stop) timeout_ms = 0;
    if (l->hlen) {
        long long d = l->heap[0]->when_ms - now;
        if (d < 0) d = 0;
        if (timeout_ms < 0 || d < timeout_ms) timeout_ms = (int)(d > INT_MAX ? INT_MAX : d);
    }
    n = ar__loop_wait(l, timeout_ms);
    if (n < 0) return -1;
    handled += n;
    handled += ar__loop_timers(l);
    return handled;
}

AR_API int ar_loop_run(ar_loop *l) {
    int rc = 0;
    while (!l->stop) {
        if (l->nwant == 0 && l->hlen == 0 && l->nflush == 0) break;
        if (ar_loop_run_once(l, -1) < 0) { rc = -1; break; }
    }
    l->stop = 0;
    return rc;
}

/* >>uri impl -------------------------------------------------------------- */
/* ar_parse_uri. Uses only the caller's buf (no allocation, no global state)
   and needs <string.h>, <stdio.h> (snprintf), <limits.h>, <arpa/inet.h>
   (inet_pton) and <sys/un.h>, all included by the implementation.

   Semantics, beyond the declaration's comment:
   - Schemes redis, rediss, redis+unix, unix (case-insensitive), then "//".
     rediss sets tls = 1; every other scheme sets tls = 0.
   - The authority ends at the first '/' or '?'; the user info is everything
     before its LAST '@', split at its FIRST ':' (so a password may hold raw
     ':' and '@'; a '/', '?' or '#' in it must be written %2F %3F %23).
       :pw@host        password only (AUTH pw)
       user:pw@host    ACL user and password (AUTH user pw)
       user:@host      ACL user with an empty password (a nopass user)
       user@host       error: a user needs a password
       @host, :@host   no credentials (username = password = NULL): an
                       empty password alone would only make AUTH fail
   - TCP host: letters, digits, '-', '.', '_' (at most 255 bytes), not
     percent-decoded; or an IPv6 literal in brackets (checked with
     inet_pton), stored without the brackets, optionally with a zone taken
     literally: [fe80::1%eth0] gives "fe80::1%eth0" (the RFC 6874 form %25
     is not decoded). A host is required (no default host in a URI).
   - port: digits only, 1..65535; absent: 6379.
   - redis(s) path: "" or "/" (no db) or "/N" with N the db; anything else
     is an error. db: 1..10 decimal digits (percent-decoded), <= INT_MAX.
     db in the path and ?db= both: allowed only when equal.
   - redis+unix and unix are the same form: [[user]:password@] is allowed,
     a host is not (unix://host/path is an error: use three slashes). The
     path is percent-decoded, starts with '/', must not end with '/' and
     must fit sockaddr_un's sun_path. host = NULL, port = 0; db only by ?db=.
   - Query: option=value pairs split at '&' (empty pairs are skipped); names
     are matched case-insensitively and not decoded; values are
     percent-decoded ('+' is a literal plus). Known: db, name (or its alias
     client_name), connect_timeout, read_timeout, write_timeout,
     request_timeout. An unknown option, a missing "=value" or the same
     option twice (name and client_name count as one) is an error.
   - name: non-empty, only bytes '!'..'~' (CLIENT SETNAME refuses others).
   - Timeouts: DIGITS[.DIGITS] seconds or DIGITSms milliseconds; fractions
     of a millisecond round up; 0 is an error (0 means "default" in
     ar_options and there is no URI spelling of "none"), so is more than
     24 h, a sign, an exponent, an empty value or anything else.
   - Percent-escapes are %XX with two hex digits (either case); %00 is an
     error (the strings are C strings). A bad escape's message names the
     part and its offset in the URI; it is written into buf when it fits
     (then *why points into buf), else a static text is used. Offsets
     count bytes from 0.
   - Raw spaces, control characters and '#' (no fragments) are errors.
   - On success every one of host, port, path, username, password, db,
     client_name, tls, connect_timeout_ms, read_timeout_ms, write_timeout_ms
     and request_timeout_ms is written (absent: NULL / 0 = default), no
     other field of *o, and *why (if why is not NULL) is set to NULL.
   - uri or o NULL, or buf NULL with bufsize > 0: AR_ERR_INVALID.
   - On failure *o is not touched; buf's content is unspecified.
   - AR_ERR_NOMEM only for an otherwise valid URI (AR_ERR_INVALID wins);
     bufsize >= strlen(uri) + 1 is always enough. Nothing is ever written
     at or past buf + bufsize. */

#define AR__URI_NONE ((size_t)-1)
#define AR__URI_24H_MS 86400000LL

typedef struct ar__uri {
    const char *uri;
    char *buf;
    size_t cap, len;       /* len counts every byte wanted, even past cap */
    const char *why;       /* first error (static text) */
    const char *esc;       /* a bad percent-escape: where, */
    const char *part;      /* in which part, */
    int escnul;            /* and whether it was %00 */
} ar__uri;

typedef struct ar__uri_res {
    size_t host, path, user, pass, name;   /* offsets in buf, or AR__URI_NONE */
    int port, tls, db, db_path, db_query;  /* db_*: -1 when not given */
    int ct, rt, wt, qt;                    /* timeouts in ms, 0 when not given */
} ar__uri_res;

static int ar__uri_fail(ar__uri *u, const char *why) {
    u->why = why;
    return -1;
}

static int ar__uri_hex(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static int ar__uri_lower(int c) { return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c; }

static int ar__uri_alnum(int c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* [s, e) equals the lower-case word w, ignoring case */
static int ar__uri_is(const char *s, const char *e, const char *w) {
    for (; s < e && *w; s++, w++)
        if (ar__uri_lower((unsigned char)*s) != *w) return 0;
    return s == e && !*w;
}

/* first c in [s, e), or e */
static const char *ar__uri_find(const char *s, const char *e, char c) {
    while (s < e && *s != c) s++;
    return s;
}

/* Next decoded byte of [*pp, e), advancing *pp: 0..255; -1 at the end; -2 a
   bad escape (u->why set, *pp left at the '%'). */
static int ar__uri_getc(ar__uri *u, const char **pp, const char *e, const char *part) {
    const char *p = *pp;
    int h, l;
    if (p >= e) return -1;
    if (*p != '%') { *pp = p + 1; return (unsigned char)*p; }
    h = e - p >= 3 ? ar__uri_hex((unsigned char)p[1]) : -1;
    l = e - p >= 3 ? ar__uri_hex((unsigned char)p[2]) : -1;
    u->esc = p;
    u->part = part;
    if (h < 0 || l < 0) { u->why = "bad percent-escape (%XX needs two hex digits)"; return -2; }
    if (h == 0 && l == 0) { u->why = "percent-escape %00 (a NUL byte) is not allowed"; u->escnul = 1; return -2; }
    u->esc = NULL;
    *pp = p + 3;
    return h * 16 + l;
}

static void ar__uri_put(ar__uri *u, int c) {
    if (u->len < u->cap) u->buf[u->len] = (char)c;
    u->len++;
}

/* Append [s, e) to buf as a C string, percent-decoded when decode is set.
   name: only '!'..'~' allowed. *off: where it starts; *n, *last: decoded
   length and last byte (-1 when empty). 0, or -1 with u->why set. */
static int ar__uri_str(ar__uri *u, const char *s, const char *e, int decode, const char *part,
                       int name, size_t *off, size_t *n, int *last) {
    size_t start = u->len;
    int c, prev = -1;
    for (;;) {
        c = decode ? ar__uri_getc(u, &s, e, part) : (s < e ? (unsigned char)*s++ : -1);
        if (c == -1) break;
        if (c < 0) return -1;
        if (name && (c < '!' || c > '~'))
            return ar__uri_fail(u, "client name must not contain spaces or special characters (only ! to ~)");
        ar__uri_put(u, c);
        prev = c;
    }
    ar__uri_put(u, 0);
    *off = start;
    if (n) *n = u->len - 1 - start;
    if (last) *last = prev;
    return 0;
}

/* db: 1..10 decimal digits, percent-decoded, <= INT_MAX */
static int ar__uri_db(ar__uri *u, const char *s, const char *e, const char *part, int *out) {
    long long v = 0;
    int c, nd = 0;
    while ((c = ar__uri_getc(u, &s, e, part)) >= 0) {
        if (c < '0' || c > '9') return ar__uri_fail(u, "db must be a non-negative integer");
        if (++nd > 10) return ar__uri_fail(u, "db must be a non-negative integer of at most 10 digits");
        v = v * 10 + (c - '0');
    }
    if (c == -2) return -1;
    if (nd == 0) return ar__uri_fail(u, "db must be a non-negative integer (it is empty)");
    if (v > INT_MAX) return ar__uri_fail(u, "db is too large (at most 2147483647)");
    *out = (int)v;
    return 0;
}

/* timeout: DIGITS[.DIGITS] seconds or DIGITSms; 1 ms .. 24 h */
static int ar__uri_timeout(ar__uri *u, const char *s, const char *e, const char *part, int *out) {
    const char *bad = "timeout must be seconds (5, 0.5) or milliseconds (250ms)";
    long long ip = 0, ms, frac = 0;
    int c, nd = 0, nf = 0, rest = 0, unit_ms = 0;
    c = ar__uri_getc(u, &s, e, part);
    if (c == -1) return ar__uri_fail(u, "timeout is empty");
    if (c == '-') return ar__uri_fail(u, "timeout must not be negative");
    for (; c >= '0' && c <= '9'; c = ar__uri_getc(u, &s, e, part)) {
        nd++;
        if (ip <= AR__URI_24H_MS) ip = ip * 10 + (c - '0');   /* saturates past 24 h */
    }
    if (nd == 0) return c == -2 ? -1 : ar__uri_fail(u, bad);
    if (c == '.') {
        for (c = ar__uri_getc(u, &s, e, part); c >= '0' && c <= '9'; c = ar__uri_getc(u, &s, e, part)) {
            if (nf < 3) frac = frac * 10 + (c - '0');
            else if (c != '0') rest = 1;
            nf++;
        }
        if (nf == 0) return c == -2 ? -1 : ar__uri_fail(u, bad);
        for (; nf < 3; nf++) frac *= 10;
    } else if (c == 'm' || c == 'M') {
        c = ar__uri_getc(u, &s, e, part);
        if (c != 's' && c != 'S') return c == -2 ? -1 : ar__uri_fail(u, bad);
        unit_ms = 1;
        c = ar__uri_getc(u, &s, e, part);
    }
    if (c != -1) return c == -2 ? -1 : ar__uri_fail(u, bad);
    ms = unit_ms ? ip : ip * 1000 + frac + rest;   /* a fraction of a ms rounds up */
    if (ms == 0) return ar__uri_fail(u, "timeout must be greater than 0");
    if (ms > AR__URI_24H_MS) return ar__uri_fail(u, "timeout must be at most 24h (86400 or 86400000ms)");
    *out = (int)ms;
    return 0;
}

/* [[user]:password@] of [s, e) */
static int ar__uri_userinfo(ar__uri *u, ar__uri_res *r, const char *s, const char *e) {
    const char *colon = ar__uri_find(s, e, ':');
    if (colon == e) {
        if (s == e) return 0;                                  /* "@host" */
        return ar__uri_fail(u, "a user needs a password (user:password@host; a password alone: :password@host)");
    }
    if (colon == s && colon + 1 == e) return 0;                /* ":@host" */
    if (colon > s && ar__uri_str(u, s, colon, 1, "user name", 0, &r->user, NULL, NULL) != 0) return -1;
    return ar__uri_str(u, colon + 1, e, 1, "password", 0, &r->pass, NULL, NULL);
}

/* host[:port] of a redis:// or rediss:// URI */
static int ar__uri_hostport(ar__uri *u, ar__uri_res *r, const char *h, const char *e) {
    const char *he, *p;
    long port = 0;
    if (h == e) return ar__uri_fail(u, "missing host");
    if (*h == '[') {
        const char *rb = ar__uri_find(h, e, ']'), *zone;
        char addr[64];
        unsigned char a6[16];
        if (rb == e) return ar__uri_fail(u, "IPv6 address not closed with ]");
        zone = ar__uri_find(h + 1, rb, '%');
        for (p = h + 1; p < zone; p++)
            if (ar__uri_hex((unsigned char)*p) < 0 && *p != ':' && *p != '.')
                return ar__uri_fail(u, "bad IPv6 address (only hex digits, ':' and '.' in [brackets])");
        if (zone - (h + 1) < 2 || zone - (h + 1) >= (long)sizeof addr)
            return ar__uri_fail(u, "bad IPv6 address");
        memcpy(addr, h + 1, (size_t)(zone - (h + 1)));
        addr[zone - (h + 1)] = 0;
        if (inet_pton(AF_INET6, addr, a6) != 1) return ar__uri_fail(u, "bad IPv6 address");
        if (zone < rb) {
            if (zone + 1 == rb) return ar__uri_fail(u, "empty IPv6 zone after %");
            for (p = zone + 1; p < rb; p++)
                if (!ar__uri_alnum((unsigned char)*p) && *p != '-' && *p != '.' && *p != '_' && *p != '~')
                    return ar__uri_fail(u, "bad IPv6 zone (letters, digits, '-', '.', '_', '~' after %)");
        }
        if (ar__uri_str(u, h + 1, rb, 0, NULL, 0, &r->host, NULL, NULL) != 0) return -1;
        p = rb + 1;
        if (p < e && *p != ':') return ar__uri_fail(u, "junk after IPv6 address (expected ]:port)");
    } else {
        he = ar__uri_find(h, e, ':');
        if (he < e && ar__uri_find(he + 1, e, ':') < e)
            return ar__uri_fail(u, "IPv6 address must be in brackets: redis://[::1]:6379");
        if (he == h) return ar__uri_fail(u, "missing host");
        if (he - h > 255) return ar__uri_fail(u, "host name longer than 255 bytes");
        for (p = h; p < he; p++)
            if (!ar__uri_alnum((unsigned char)*p) && *p != '-' && *p != '.' && *p != '_')
                return ar__uri_fail(u, "host may contain only letters, digits, '-', '.' and '_' "
                                       "(no percent-escapes; IPv6 goes in [brackets])");
        if (ar__uri_str(u, h, he, 0, NULL, 0, &r->host, NULL, NULL) != 0) return -1;
        p = he;
    }
    r->port = 6379;
    if (p == e) return 0;
    p++;                                                        /* the ':' */
    if (p == e || *p < '0' || *p > '9') return ar__uri_fail(u, "port must be 1-65535 (digits only)");
    for (; p < e && *p >= '0' && *p <= '9'; p++)
        if (port <= 65535) port = port * 10 + (*p - '0');
    if (p < e) return ar__uri_fail(u, "junk after port");
    if (port < 1 || port > 65535) return ar__uri_fail(u, "port must be 1-65535");
    r->port = (int)port;
    return 0;
}

static int ar__uri_query(ar__uri *u, ar__uri_res *r, const char *q) {
    static const char *const names[] = { "db", "name", "client_name", "connect_timeout",
                                         "read_timeout", "write_timeout", "request_timeout" };
    static const int bits[] = { 1, 2, 2, 4, 8, 16, 32 };
    const char *end = q + strlen(q);
    unsigned seen = 0;
    while (q < end) {
        const char *pe = ar__uri_find(q, end, '&'), *eq = ar__uri_find(q, pe, '='), *v = eq + 1;
        int k, rc = 0;
        if (pe == q) { q++; continue; }                          /* empty pair */
        if (eq == pe) return ar__uri_fail(u, "query option without a value (option=value)");
        for (k = 0; k < (int)(sizeof names / sizeof names[0]); k++)
            if (ar__uri_is(q, eq, names[k])) break;
        if (k == (int)(sizeof names / sizeof names[0]))
            return ar__uri_fail(u, "unknown query option (known: db, name, client_name, connect_timeout, "
                                   "read_timeout, write_timeout, request_timeout)");
        if (seen & (unsigned)bits[k])
            return ar__uri_fail(u, "query option given twice (name and client_name are the same option)");
        seen |= (unsigned)bits[k];
        switch (k) {
        case 0: rc = ar__uri_db(u, v, pe, "db value", &r->db_query); break;
        case 1: case 2:
            if (v == pe) return ar__uri_fail(u, "client name is empty");
            rc = ar__uri_str(u, v, pe, 1, "client name", 1, &r->name, NULL, NULL);
            break;
        case 3: rc = ar__uri_timeout(u, v, pe, "connect_timeout value", &r->ct); break;
        case 4: rc = ar__uri_timeout(u, v, pe, "read_timeout value", &r->rt); break;
        case 5: rc = ar__uri_timeout(u, v, pe, "write_timeout value", &r->wt); break;
        default: rc = ar__uri_timeout(u, v, pe, "request_timeout value", &r->qt); break;
        }
        if (rc) return rc;
        q = pe;
    }
    return 0;
}

static int ar__uri_parse(ar__uri *u, ar__uri_res *r) {
    const char *s = u->uri, *p, *a, *ae, *at, *pe;
    int is_unix;
    for (p = s; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (c <= ' ' || c == 0x7f) return ar__uri_fail(u, "URI contains a space or control character (percent-encode it)");
        if (c == '#') return ar__uri_fail(u, "'#' is not allowed (no fragments; write %23 in a password or value)");
    }
    for (p = s; ar__uri_alnum((unsigned char)*p) || *p == '+' || *p == '.' || *p == '-'; p++) {}
    if (p == s || *p != ':')
        return ar__uri_fail(u, "missing scheme (use redis://, rediss://, redis+unix:// or unix://)");
    if (ar__uri_is(s, p, "redis")) is_unix = 0;
    else if (ar__uri_is(s, p, "rediss")) { is_unix = 0; r->tls = 1; }
    else if (ar__uri_is(s, p, "redis+unix") || ar__uri_is(s, p, "unix")) is_unix = 1;
    else return ar__uri_fail(u, "unknown scheme (use redis://, rediss://, redis+unix:// or unix://)");
    if (p[1] != '/' || p[2] != '/')
        return ar__uri_fail(u, "expected // after the scheme (redis://host, unix:///path/to.sock)");
    a = p + 3;
    for (ae = a; *ae && *ae != '/' && *ae != '?'; ae++) {}
    for (at = ae; at > a && at[-1] != '@'; at--) {}
    if (at > a && ar__uri_userinfo(u, r, a, at - 1) != 0) return -1;   /* at: just past the last '@' */
    if (is_unix) {
        size_t n;
        int last;
        if (at != ae)
            return ar__uri_fail(u, "unix socket path must be absolute: unix:///path/to.sock "
                                   "(three slashes; a host is not allowed)");
        if (*ae != '/') return ar__uri_fail(u, "missing unix socket path (unix:///path/to.sock)");
        for (pe = ae; *pe && *pe != '?'; pe++) {}
        if (ar__uri_str(u, ae, pe, 1, "socket path", 0, &r->path, &n, &last) != 0) return -1;
        if (n == 1) return ar__uri_fail(u, "missing unix socket path (unix:///path/to.sock)");
        if (last == '/') return ar__uri_fail(u, "unix socket path must name a file (it ends with /)");
        if (n >= sizeof(((struct sockaddr_un *)0)->sun_path)) return ar__uri_fail(u, "unix socket path too long");
    } else {
        if (ar__uri_hostport(u, r, at, ae) != 0) return -1;
        for (pe = ae; *pe && *pe != '?'; pe++) {}
        if (pe - ae > 1 && ar__uri_db(u, ae + 1, pe, "db path segment", &r->db_path) != 0) return -1;
    }
    if (*pe == '?' && ar__uri_query(u, r, pe + 1) != 0) return -1;
    if (r->db_path >= 0 && r->db_query >= 0 && r->db_path != r->db_query)
        return ar__uri_fail(u, "db given twice with different values (in the path and as ?db=)");
    r->db = r->db_path >= 0 ? r->db_path : r->db_query >= 0 ? r->db_query : 0;
    return 0;
}

AR_API int ar_parse_uri(const char *uri, ar_options *o, char *buf, size_t bufsize, const char **why) {
    ar__uri u;
    ar__uri_res r;
    if (!uri || !o || (!buf && bufsize)) {
        if (why) *why = !uri ? "uri is NULL" : !o ? "options are NULL" : "buf is NULL but bufsize is not 0";
        return AR_ERR_INVALID;
    }
    memset(&u, 0, sizeof u);
    u.uri = uri; u.buf = buf; u.cap = bufsize;
    r.host = r.path = r.user = r.pass = r.name = AR__URI_NONE;
    r.port = r.tls = r.db = 0;
    r.db_path = r.db_query = -1;
    r.ct = r.rt = r.wt = r.qt = 0;
    if (ar__uri_parse(&u, &r) != 0) {
        const char *w = u.why;
        if (u.esc && bufsize) {
            int n = snprintf(buf, bufsize, u.escnul
                             ? "percent-escape %%00 (a NUL byte) in the %s at offset %lu of the URI is not allowed"
                             : "bad percent-escape in the %s at offset %lu of the URI (%%XX needs two hex digits)",
                             u.part, (unsigned long)(u.esc - uri));
            if (n > 0 && (size_t)n < bufsize) w = buf;
        }
        if (why) *why = w;
        return AR_ERR_INVALID;
    }
    if (u.len > bufsize) {
        if (why) *why = "buffer too small for the decoded URI";
        return AR_ERR_NOMEM;
    }
    o->host = r.host == AR__URI_NONE ? NULL : buf + r.host;
    o->port = r.port;
    o->path = r.path == AR__URI_NONE ? NULL : buf + r.path;
    o->username = r.user == AR__URI_NONE ? NULL : buf + r.user;
    o->password = r.pass == AR__URI_NONE ? NULL : buf + r.pass;
    o->db = r.db;
    o->client_name = r.name == AR__URI_NONE ? NULL : buf + r.name;
    o->tls = r.tls;
    o->connect_timeout_ms = r.ct;
    o->read_timeout_ms = r.rt;
    o->write_timeout_ms = r.wt;
    o->request_timeout_ms = r.qt;
    if (why) *why = NULL;
    return AR_OK;
}

/* >>client impl ----------------------------------------------------------- */
/* One command owed a callback. Its bytes stay in out[] (and its zero-copy
   references in zc[]) until its reply arrives, so that after a reconnect
   the commands that were never written, and the idempotent ones, can be
   sent again. Positions are absolute (out_lbase / zc_base count what the
   buffers dropped), so compaction does not have to touch the entries. */
typedef struct ar__entry {
    ar_callback *cb;
    void *ud;
    unsigned long long end;    /* stream offset just past its bytes (this connection) */
    size_t len;                /* its stream bytes: local + referenced */
    unsigned long long lstart; /* absolute position of its first byte in out[] */
    size_t llen;               /* its bytes in out[] */
    unsigned long long zfirst; /* absolute index of its first zero-copy reference */
    size_t zn;                 /* its references */
    long long deadline;        /* absolute ms; 0: none */
    unsigned flags;            /* AR_CMD_* and AR__E_* */
    ar_err err;                /* for the failed ring: the error to deliver */
} ar__entry;
#define AR__E_SETUP 0x100u     /* AUTH / SELECT / CLIENT SETNAME of the client's own */
#define AR__E_BLOCKING 0x200u  /* BLPOP & co: no read timeout while it waits */
#define AR__E_EXPIRED 0x400u   /* its deadline passed: fail it, never resend */
#define AR__E_SENT 0x800u      /* kept after a loss although written (idempotent) */
#define AR__E_POISON 0x1000u   /* its reply broke the protocol: fail it, never resend */

typedef struct ar__ring { ar__entry *e; size_t cap, head, n; } ar__ring;

enum { AR__M_PUMP = 0, AR__M_HOOKS, AR__M_LOOP };
#define AR__F_FREEING 0x1u
#define AR__F_CLOSING 0x2u
#define AR__F_FINALIZE 0x4u     /* graceful close: finish on the next turn */
#define AR__F_CONNFAIL 0x8u     /* connect failed at once: report next turn */
#define AR__F_READING 0x10u
#define AR__F_MORE 0x40u        /* pump: read cap hit, more data may wait */
#define AR__F_SETUP 0x80u       /* socket up, setup commands in flight */
#define AR__F_GAVEUP 0x100u     /* no more reconnects (refused setup, max attempts, no_reconnect) */
#define AR__F_RESOLVING 0x200u  /* fd is the resolver thread's pipe */
#define AR__F_FORKED 0x400u     /* fork_error: this child's client refuses work */

#define AR__MAX_READ_PER_CALL (1024u * 1024u)   /* per read event: keeps loop turns short */
#define AR__OUT_KEEP (4u * 1024u * 1024u)

struct ar_client {
    ar_allocator a;
    ar_options o;
    char *host, *path, *prefix;
    size_t prefixlen;
    /* prefixing scratch: argv views, prefixed bytes */
    const char **pargv; size_t *plen; size_t pcap, plcap;
    char *pbuf; size_t pbufcap;
    const char **fargv; size_t *flen; size_t fcap, flcap; /* format args as argv */
    char *fbuf; size_t fbufcap;
    int fd;
    ar_state state;
    unsigned flags;
    int refs;
    int cb_depth;
    ar_parser parser;
    ar__ring inflight;            /* accepted, waiting for a reply (FIFO) */
    ar__ring failed;              /* accepted, already failed: deliver next turn */
    ar_err connfail_err;
    /* output: encoded bytes in out[], with zero-copy references to user
       memory spliced in at positions zc[i].at */
    char *out; size_t out_cap, out_len, out_pos;
    struct ar__ref *zc; size_t nzc, zccap, zc_head, zc_off;
    unsigned long long q_total, q_written; /* stream bytes queued / written, this connection */
    unsigned long long out_lbase, zc_base; /* absolute position of out[0] / zc[0] */
    size_t wlimit;                /* during setup: out[] bytes that may be written */
    int hs_pending;               /* setup replies still owed */
    /* resilience */
    char *username, *password, *client_name;
    char **idem; size_t nidem, nidem_want; /* idempotent command names (upper case) */
    int attempt;                  /* reconnect attempts since the last success */
    long long reconnect_at;       /* RECONNECTING: when to try again */
    long long last_rw;            /* last time bytes moved (read or written) */
    long long wsince;             /* output pending since / last write progress */
    long long dl_min;             /* earliest entry deadline (may be stale-early); 0: none */
    ar_err last_err;              /* why the last connection (attempt) ended */
    long long reconnect_delay;    /* the delay just scheduled (for on_reconnect) */
    struct ar__dns *dns;          /* the lookup in progress */
    struct addrinfo *ai, *ai_next; /* the addresses of this attempt, the next to try */
    unsigned rng;                 /* jitter */
    unsigned long fork_gen;       /* process fork generation when the socket was made */
    ar__enc enc;
    long long connect_deadline;   /* absolute ms, 0: none */
    /* driver state: what the driver has been told */
    int mode;
    ar_hooks hooks;
    ar_loop *loop;
    ar_timer ltimer;
    int io_fd;
    unsigned io_want;
    long long timer_at;           /* -1 none, 0 as soon as possible, else absolute ms */
    ar_client *lnext, *lprev;
    ar_stats st;
    char errstr[320];
};

/* ring */
/* cap is 0 or a power of two (64, doubling): positions wrap with a mask */
static AR__NOINLINE int ar__ring_grow(const ar_allocator *a, ar__ring *r) {
    size_t nc = r->cap ? r->cap * 2 : 64, i;
    ar__entry *ne = (ar__entry *)AR__ALLOC(a, nc * sizeof(ar__entry));
    if (!ne) return -1;
    for (i = 0; i < r->n; i++) ne[i] = r->e[(r->head + i) & (r->cap - 1)];
    AR__FREE(a, r->e);
    r->e = ne; r->cap = nc; r->head = 0;
    return 0;
}
static AR__INLINE int ar__ring_push(const ar_allocator *a, ar__ring *r, const ar__entry *e) {
    if (r->n == r->cap && ar__ring_grow(a, r) != 0) return -1;
    r->e[(r->head + r->n) & (r->cap - 1)] = *e;
    r->n++;
    return 0;
}
/* room for k more entries, so that pushing them cannot fail */
static int ar__ring_reserve(const ar_allocator *a, ar__ring *r, size_t k) {
    while (r->cap - r->n < k) if (ar__ring_grow(a, r) != 0) return -1;
    return 0;
}
static ar__entry ar__ring_pop(ar__ring *r) {
    ar__entry e = r->e[r->head];
    r->head = (r->head + 1) & (r->cap - 1);
    r->n--;
    return e;
}

static void ar__loop_client_io(ar_loop *l, int fd, unsigned ev, void *ud);

/* driver plumbing: tell the driver only what changed */
static void ar__io_set(ar_client *c, unsigned want) {
    int fd = c->fd;
    if (fd < 0) want = 0;
    if (c->io_fd != fd && c->io_want) { /* the fd changed: drop the old one first */
        unsigned old = c->io_want;
        c->io_want = 0;
        if (c->mode == AR__M_HOOKS) {
            if (old & AR__READ) c->hooks.del_read(c->hooks.data, c->io_fd);
            if (old & AR__WRITE) c->hooks.del_write(c->hooks.data, c->io_fd);
        } else if (c->mode == AR__M_LOOP) {
            ar__watch_set(c->loop, c->io_fd, 0, NULL, NULL);
        }
    }
    c->io_fd = fd;
    if (want == c->io_want) return;
    if (c->mode == AR__M_HOOKS) {
        unsigned on = want & ~c->io_want, off = c->io_want & ~want;
        c->io_want = want;
        if (on & AR__READ) c->hooks.add_read(c->hooks.data, fd);
        if (on & AR__WRITE) c->hooks.add_write(c->hooks.data, fd);
        if (off & AR__READ) c->hooks.del_read(c->hooks.data, fd);
        if (off & AR__WRITE) c->hooks.del_write(c->hooks.data, fd);
    } else if (c->mode == AR__M_LOOP) {
        c->io_want = want;
        ar__watch_set(c->loop, fd, want, ar__loop_client_io, c);
    } else {
        c->io_want = want;
    }
}

static void ar__timer_cb_loop(ar_timer *t, void *ud) { (void)t; ar_handle_timer((ar_client *)ud); }

static void ar__timer_set(ar_client *c, long long at) {
    if (at == c->timer_at && at != 0) return;
    c->timer_at = at;
    if (c->mode == AR__M_PUMP) return;
    if (at < 0) {
        if (c->mode == AR__M_HOOKS) c->hooks.set_timer(c->hooks.data, -1);
        else ar_timer_stop(&c->ltimer);
    } else {
        long long d = at == 0 ? 0 : at - ar_now_ms();
        if (d < 0) d = 0;
        if (c->mode == AR__M_HOOKS) c->hooks.set_timer(c->hooks.data, d);
        else ar_timer_start(&c->ltimer, d, 0, ar__timer_cb_loop, c);
    }
}

static ar__entry *ar__ring_at(const ar__ring *r, size_t i) { return &r->e[(r->head + i) & (r->cap - 1)]; }

#define AR__MIN_AT(at, t) do { long long t_ = (t); if (t_ > 0 && ((at) < 0 || t_ < (at))) (at) = t_; } while (0)

/* the read/write timeout deadlines that apply now (0: none) */
static long long ar__read_deadline(const ar_client *c) {
    const ar__entry *h;
    if (c->o.read_timeout_ms <= 0 || !c->inflight.n || c->fd < 0) return 0;
    h = ar__ring_at(&c->inflight, 0);
    if (h->end > c->q_written || (h->flags & AR__E_BLOCKING)) return 0; /* nothing owed yet, or BLPOP waits */
    return c->last_rw + c->o.read_timeout_ms;
}
static long long ar__write_deadline(const ar_client *c) {
    if (c->o.write_timeout_ms <= 0 || c->q_written >= c->q_total || c->fd < 0) return 0;
    if (c->state == AR_STATE_CONNECTING && !(c->flags & AR__F_SETUP)) return 0;
    return c->wsince + c->o.write_timeout_ms;
}

/* the earliest thing this client must do without I/O: one timer per client */
static void ar__timer_update(ar_client *c) {
    long long at = -1;
    if (c->flags & AR__F_FREEING) { ar__timer_set(c, -1); return; }
    if (c->failed.n || (c->flags & (AR__F_FINALIZE | AR__F_CONNFAIL))) { ar__timer_set(c, 0); return; }
    if (c->state == AR_STATE_CONNECTING && c->connect_deadline) AR__MIN_AT(at, c->connect_deadline);
    if (c->state == AR_STATE_RECONNECTING) AR__MIN_AT(at, c->reconnect_at);
    AR__MIN_AT(at, c->dl_min);
    AR__MIN_AT(at, ar__read_deadline(c));
    AR__MIN_AT(at, ar__write_deadline(c));
    ar__timer_set(c, at);
}

static void ar__want_write(ar_client *c, int on) {
    unsigned w = c->io_want;
    if (c->state == AR_STATE_CONNECTED || c->state == AR_STATE_CLOSING) w |= AR__READ;
    w = on ? (w | AR__WRITE) : (w & ~AR__WRITE);
    ar__io_set(c, w);
}

static void ar__seterr(ar_client *c, const char *what, int e) {
    if (e) snprintf(c->errstr, sizeof c->errstr, "%s: %s", what, strerror(e));
    else snprintf(c->errstr, sizeof c->errstr, "%s", what);
}

static void ar__deliver(ar_client *c, const ar__entry *e, const ar_reply *r) {
    if (!e->cb) return;
    c->cb_depth++;
    e->cb(c, r, e->ud);
    c->cb_depth--;
}

static void ar__fail_entry(ar_client *c, const ar__entry *e, ar_err err, int written) {
    ar_reply r;
    memset(&r, 0, sizeof r);
    r.type = AR_REPLY_NONE;
    r.err = err;
    r.flags = written ? AR_REPLY_F_MAYBE_EXECUTED : 0;
    r.str = c->errstr[0] && err != AR_ERR_CLOSED && err != AR_ERR_DISCONNECTED && err != AR_ERR_OFFLINE_FULL ? c->errstr : ar_strerror(err);
    r.len = strlen(r.str);
    c->st.failures++;
    ar__deliver(c, e, &r);
}

static void ar__close_fd(ar_client *c) {
    ar__io_set(c, 0);
    if (c->fd >= 0) { close(c->fd); c->fd = -1; }
    c->io_fd = -1;
}

static void ar__free_mem(ar_client *c);
static void ar__out_clear(ar_client *c);

static void ar__unref(ar_client *c) {
    if (--c->refs == 0 && (c->flags & AR__F_FREEING)) ar__free_mem(c);
}

/* Is this (written) entry safe to send again? By flag, or by its name (the
   first argument, read back from its own bytes) in the idempotent list. */
static int ar__idempotent(const ar_client *c, const ar__entry *e) {
    const char *b, *nm;
    size_t i, n = 0, avail;
    if (e->flags & AR_CMD_IDEMPOTENT) return 1;
    if (!c->nidem || e->lstart < c->out_lbase) return 0;
    b = c->out + (e->lstart - c->out_lbase);
    avail = e->llen;
    /* "*N\r\n$L\r\nNAME\r\n" */
    for (i = 0; i < avail && b[i] != '\n'; i++) {}
    if (++i >= avail || b[i] != '$') return 0;
    for (i++; i < avail && b[i] >= '0' && b[i] <= '9'; i++) n = n * 10 + (size_t)(b[i] - '0');
    i += 2;
    if (n == 0 || n > 32 || i + n > avail) return 0;
    nm = b + i;
    for (i = 0; i < c->nidem; i++) {
        size_t k;
        const char *w = c->idem[i];
        for (k = 0; k < n && w[k]; k++) {
            char ch = nm[k];
            if (ch >= 'a' && ch <= 'z') ch = (char)(ch - 32);
            if (ch != w[k]) break;
        }
        if (k == n && !w[k]) return 1;
    }
    return 0;
}

/* Keep the entries for which keep() is true, from ring index `from` on, and
   move their bytes down so that they are contiguous again; the others are
   moved to `out` (to be failed by the caller). from = 0 restarts the stream
   (a new connection): positions and stream offsets start over. */
static int ar__requeue(ar_client *c, size_t from, int (*keep)(ar_client *, ar__entry *, void *), void *arg, ar__ring *out) {
    size_t i, k = from, n = c->inflight.n;
    unsigned long long dl = 0, dz = 0, send = 0;   /* from 0: everything starts over */
    if (from > 0 && from >= n) return 0;
    /* every push below has its room: a failure leaves the ring untouched */
    if (n > from && ar__ring_reserve(&c->a, out, n - from) != 0) return -1;
    if (from > 0) {
        ar__entry *f = ar__ring_at(&c->inflight, from);
        dl = f->lstart - c->out_lbase;
        dz = f->zfirst - c->zc_base;
        send = f->end - f->len;
    }
    for (i = from; i < n; i++) {
        ar__entry e = *ar__ring_at(&c->inflight, i);
        if (!keep(c, &e, arg)) {
            ar__ring_push(&c->a, out, &e);
            continue;
        }
        {
            size_t src = (size_t)(e.lstart - c->out_lbase), z, zs = (size_t)(e.zfirst - c->zc_base);
            if (e.llen && src != dl) memmove(c->out + dl, c->out + src, e.llen);
            for (z = 0; z < e.zn; z++) {
                ar__ref r = c->zc[zs + z];
                r.at = r.at - src + (size_t)dl;
                c->zc[dz + z] = r;
            }
            e.lstart = c->out_lbase + dl;
            e.zfirst = c->zc_base + dz;
            dl += e.llen; dz += e.zn;
            send += e.len;
            e.end = send;
        }
        *ar__ring_at(&c->inflight, k++) = e;
    }
    c->inflight.n = k;
    c->out_len = (size_t)dl;
    c->nzc = (size_t)dz;
    c->q_total = send;
    if (from == 0) { c->q_written = 0; c->out_pos = 0; c->zc_head = 0; c->zc_off = 0; }
    return 0;
}

static void ar__recompute_dl(ar_client *c) {
    size_t i;
    c->dl_min = 0;
    for (i = 0; i < c->inflight.n; i++) {
        long long d = ar__ring_at(&c->inflight, i)->deadline;
        if (d > 0 && (c->dl_min == 0 || d < c->dl_min)) c->dl_min = d;
    }
}

/* deliver the failures collected by a requeue, in order */
/* (these are in no ring the client can see: if a callback frees the client,
   the rest still complete, with AR_ERR_CLOSED) */
static void ar__fail_all(ar_client *c, ar__ring *r, ar_err err, unsigned long long written_upto) {
    while (r->n) {
        ar__entry e = ar__ring_pop(r);
        int w = e.end <= written_upto || (e.flags & AR__E_SENT); /* SENT: written on an earlier connection */
        if (e.flags & AR__E_SETUP) continue;
        if (c->flags & AR__F_FREEING) ar__fail_entry(c, &e, AR_ERR_CLOSED, w);
        else ar__fail_entry(c, &e, (e.flags & AR__E_EXPIRED) ? AR_ERR_TIMEOUT : err, w);
    }
    AR__FREE(&c->a, r->e);
    r->e = NULL; r->cap = 0;
}

static int ar__keep_on_loss(ar_client *c, ar__entry *e, void *arg) {
    unsigned long long written = *(unsigned long long *)arg;
    if (e->flags & (AR__E_SETUP | AR__E_EXPIRED | AR__E_POISON)) return 0;
    if (e->end > written) return 1;                  /* not (fully) written: the server cannot have run it */
    if (!ar__idempotent(c, e)) return 0;             /* written, no reply: maybe executed */
    e->flags |= AR__E_SENT;
    return 1;
}
static int ar__keep_none(ar_client *c, ar__entry *e, void *arg) { (void)c; (void)e; (void)arg; return 0; }

static void ar__schedule_reconnect(ar_client *c, ar_err why);
static void ar__give_up(ar_client *c, ar_err err);
static void ar__dns_drop(ar_client *c);
static void ar__forked(ar_client *c);
#define AR__FORKCHECK(c) do { if ((c)->fork_gen != ar__forks) ar__forked(c); } while (0)

/* The connection is gone (or an attempt failed). Commands never written, and
   written idempotent ones, are kept for the next connection; written ones
   fail with err and the maybe-executed flag; then reconnect, or give up. */
static void ar__conn_fail(ar_client *c, ar_err err) {
    unsigned long long written = c->q_written;
    ar__ring failing;
    int retry = !(c->flags & (AR__F_GAVEUP | AR__F_CLOSING | AR__F_FREEING)) && err != AR_ERR_AUTH && !c->o.no_reconnect;
    int gave_up = 0;
    memset(&failing, 0, sizeof failing);
    c->last_err = err;
    ar__dns_drop(c);
    if (c->ai) { ASYNCREDIS_FREEADDRINFO(c->ai); c->ai = c->ai_next = NULL; }
    ar__close_fd(c);
    c->connect_deadline = 0;
    c->flags &= ~(AR__F_CONNFAIL | AR__F_SETUP);
    c->hs_pending = 0;
    ar_parser_reset(&c->parser);
    c->refs++;
    if (ar__requeue(c, 0, retry ? ar__keep_on_loss : ar__keep_none, &written, &failing) != 0) {
        /* no memory to list the failures: nothing is kept for the next
           connection, the whole ring fails (moved out whole: callbacks may
           queue new commands meanwhile) */
        failing = c->inflight;
        memset(&c->inflight, 0, sizeof c->inflight);
        ar__out_clear(c);
    }
    if (retry) {
        c->state = AR_STATE_RECONNECTING;
        ar__recompute_dl(c);
        ar__schedule_reconnect(c, err);
        gave_up = (c->flags & AR__F_GAVEUP) != 0;
    } else {
        c->state = AR_STATE_DISCONNECTED;
        if (!(c->flags & AR__F_CLOSING)) c->flags |= AR__F_GAVEUP;
    }
    if (!(c->flags & AR__F_FREEING) && c->o.on_disconnect) c->o.on_disconnect(c, err, c->o.data);
    if (retry && !gave_up && !(c->flags & AR__F_FREEING) && c->state == AR_STATE_RECONNECTING && c->o.on_reconnect)
        c->o.on_reconnect(c, c->attempt, c->reconnect_delay, c->o.data);
    ar__fail_all(c, &failing, err, written);
    if (gave_up && !(c->flags & AR__F_FREEING)) ar__give_up(c, err);
    if (!retry && !(c->flags & AR__F_FREEING)) {
        ar__out_clear(c);
        if (!(c->flags & (AR__F_FREEING | AR__F_CLOSING)) && err != AR_ERR_CLOSED) {
            if (c->o.on_error) c->o.on_error(c, err, c->errstr[0] ? c->errstr : ar_strerror(err), c->o.data);
        }
    }
    if (!(c->flags & AR__F_FREEING) && (c->flags & AR__F_CLOSING)) c->flags |= AR__F_FINALIZE;
    if (!(c->flags & AR__F_FREEING)) ar__timer_update(c);
    ar__unref(c);
}

/* every queued command fails, in order (ar__fail_all on the ring moved
   out: commands queued by the callbacks are not among them) */
static void ar__fail_queued(ar_client *c, ar_err err, unsigned long long written) {
    ar__ring r = c->inflight;
    memset(&c->inflight, 0, sizeof c->inflight);
    ar__fail_all(c, &r, err, written);
}

/* no more attempts: everything queued fails with err, typed */
static void ar__give_up(ar_client *c, ar_err err) {
    c->flags |= AR__F_GAVEUP;
    c->state = AR_STATE_DISCONNECTED;
    c->refs++;
    ar__fail_queued(c, err, 0);
    if (!(c->flags & AR__F_FREEING)) {
        ar__out_clear(c);
        c->dl_min = 0;
        if (c->o.on_error) c->o.on_error(c, err, c->errstr[0] ? c->errstr : ar_strerror(err), c->o.data);
        ar__timer_update(c);
    }
    ar__unref(c);
}

static void ar__schedule_reconnect(ar_client *c, ar_err why) {
    double d;
    c->attempt++;
    (void)why;
    if (c->o.reconnect_max_attempts > 0 && c->attempt > c->o.reconnect_max_attempts) {
        c->attempt = 0;
        c->flags |= AR__F_GAVEUP;
        c->state = AR_STATE_DISCONNECTED;
        return;
    }
    d = (double)c->o.reconnect_delay_ms;
    {
        int i;
        for (i = 1; i < c->attempt && d < (double)c->o.reconnect_delay_max_ms; i++) d *= c->o.reconnect_factor;
    }
    if (d > (double)c->o.reconnect_delay_max_ms) d = (double)c->o.reconnect_delay_max_ms;
    if (c->o.reconnect_jitter > 0) {
        double u;
        c->rng = c->rng * 1103515245u + 12345u;
        u = (double)((c->rng >> 8) & 0xffffu) / 65535.0 * 2.0 - 1.0; /* [-1, 1] */
        d *= 1.0 + c->o.reconnect_jitter * u;
    }
    if (d < 0) d = 0;
    c->reconnect_at = ar_now_ms() + (long long)d;
    c->reconnect_delay = (long long)d; /* reported by ar__conn_fail, after on_disconnect */
}

static void ar__finalize_close(ar_client *c) {
    int was = c->state == AR_STATE_CONNECTED || c->state == AR_STATE_CLOSING;
    c->flags &= ~AR__F_FINALIZE;
    ar__close_fd(c);
    c->state = AR_STATE_DISCONNECTED;
    if (was && c->o.on_disconnect) c->o.on_disconnect(c, AR_ERR_CLOSED, c->o.data);
    if (!(c->flags & AR__F_FREEING)) ar_client_free(c);
}

static void ar__check_close(ar_client *c) {
    if ((c->flags & AR__F_CLOSING) && !(c->flags & AR__F_FREEING) &&
        c->inflight.n == 0 && c->failed.n == 0) {
        c->flags |= AR__F_FINALIZE;
        ar__timer_update(c);
    }
}

/* >>connect */
static int ar__set_nonblock(int fd) {
    int fl = fcntl(fd, F_GETFL, 0);
    if (fl < 0 || fcntl(fd, F_SETFL, fl | O_NONBLOCK) < 0) return -1;
    fcntl(fd, F_SETFD, FD_CLOEXEC);
    return 0;
}

/* >>dns: a name is looked up on a detached thread that writes one byte to a
   socket pair when done; the client watches the pipe like a socket, so the loop
   never waits. Whoever lets go of the job last (client or thread) frees it:
   a client that gave up (timeout, free) just lets go. */
typedef struct ar__dns {
    pthread_mutex_t mu;
    int refs;
    int wfd;
    ar_allocator a;
    char host[256], port[8];
    struct addrinfo *res;
    int gai;
} ar__dns;

static void ar__dns_unref(ar__dns *d) {
    int last;
    pthread_mutex_lock(&d->mu);
    last = --d->refs == 0;
    pthread_mutex_unlock(&d->mu);
    if (!last) return;
    if (d->res) ASYNCREDIS_FREEADDRINFO(d->res);
    if (d->wfd >= 0) close(d->wfd);
    pthread_mutex_destroy(&d->mu);
    d->a.free(d, d->a.user);
}

static void *ar__dns_thread(void *arg) {
    ar__dns *d = (ar__dns *)arg;
    struct addrinfo hints, *res = NULL;
    char one = 1;
    int gai;
    ssize_t w;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    gai = ASYNCREDIS_GETADDRINFO(d->host, d->port, &hints, &res);
    pthread_mutex_lock(&d->mu);
    d->res = res;
    d->gai = gai;
    pthread_mutex_unlock(&d->mu);
    /* the client may have let go (closed its end): no SIGPIPE for that */
    do w = send(d->wfd, &one, 1, AR__SEND_FLAGS); while (w < 0 && errno == EINTR);
    ar__dns_unref(d);
    return NULL;
}

/* drop the lookup in progress (if any) and its pipe */
static void ar__dns_drop(ar_client *c) {
    if (!c->dns) return;
    ar__io_set(c, 0);
    if (c->fd >= 0) { close(c->fd); c->fd = -1; }
    c->io_fd = -1;
    ar__dns_unref(c->dns);
    c->dns = NULL;
    c->flags &= ~AR__F_RESOLVING;
}

static void ar__connect_next(ar_client *c, ar_err err);

/* open a socket to one address and start a non-blocking connect */
static void ar__connect_addr(ar_client *c, const struct sockaddr *sa, socklen_t sl) {
    int fd, rc, e;
    fd = socket(sa->sa_family, SOCK_STREAM, 0);
    if (fd < 0) { ar__seterr(c, "socket", errno); ar__connect_next(c, AR_ERR_CONNECT); return; }
    ar__set_nonblock(fd);
    if (sa->sa_family != AF_UNIX) {
        int one = 1;
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &one, sizeof one);
    }
#ifdef SO_NOSIGPIPE
    { int one = 1; setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &one, sizeof one); }
#endif
    c->connect_deadline = c->o.connect_timeout_ms > 0 ? ar_now_ms() + c->o.connect_timeout_ms : 0;
    c->fork_gen = ar__fork_generation();
    do rc = connect(fd, sa, sl); while (rc < 0 && errno == EINTR);
    e = errno;
    c->fd = fd;
    if (rc < 0 && e != EINPROGRESS) {
        ar__seterr(c, "connect", e);
        /* reported on the next turn, never inside the call that started it */
        c->connfail_err = AR_ERR_CONNECT; c->flags |= AR__F_CONNFAIL;
        ar__timer_update(c);
        return;
    }
    ar__io_set(c, AR__WRITE); /* writable = connected (or failed) */
    ar__timer_update(c);
}

/* this address failed: try the next one the lookup gave, or give up on the attempt */
static void ar__connect_next(ar_client *c, ar_err err) {
    ar__io_set(c, 0);
    if (c->fd >= 0) { close(c->fd); c->fd = -1; }
    c->io_fd = -1;
    while (c->ai_next) {
        struct addrinfo *ai = c->ai_next;
        c->ai_next = ai->ai_next;
        if (ai->ai_family != AF_INET && ai->ai_family != AF_INET6) continue;
        ar__connect_addr(c, ai->ai_addr, (socklen_t)ai->ai_addrlen);
        return;
    }
    if (c->ai) { ASYNCREDIS_FREEADDRINFO(c->ai); c->ai = c->ai_next = NULL; }
    ar__conn_fail(c, err);
}

static void ar__connect_start(ar_client *c) {
    struct sockaddr_storage ss;
    socklen_t sl = 0;
    memset(&ss, 0, sizeof ss);
    c->errstr[0] = 0;
    c->state = AR_STATE_CONNECTING;
    c->flags &= ~AR__F_SETUP;
    if (c->ai) { ASYNCREDIS_FREEADDRINFO(c->ai); c->ai = c->ai_next = NULL; }
    if (c->path) {
        struct sockaddr_un *su = (struct sockaddr_un *)(void *)&ss;
        su->sun_family = AF_UNIX;
        memcpy(su->sun_path, c->path, strlen(c->path) + 1);
        sl = (socklen_t)sizeof *su;
    } else {
        struct sockaddr_in *s4 = (struct sockaddr_in *)(void *)&ss;
        struct sockaddr_in6 *s6 = (struct sockaddr_in6 *)(void *)&ss;
        char h[256];
        size_t hl = strlen(c->host);
        if (hl >= 2 && c->host[0] == '[' && c->host[hl - 1] == ']' && hl - 2 < sizeof h) {
            memcpy(h, c->host + 1, hl - 2); h[hl - 2] = 0;
        } else {
            snprintf(h, sizeof h, "%s", c->host);
        }
        if (inet_pton(AF_INET, h, &s4->sin_addr) == 1) {
            s4->sin_family = AF_INET; s4->sin_port = htons((unsigned short)c->o.port);
            sl = (socklen_t)sizeof *s4;
        } else if (inet_pton(AF_INET6, h, &s6->sin6_addr) == 1) {
            s6->sin6_family = AF_INET6; s6->sin6_port = htons((unsigned short)c->o.port);
            sl = (socklen_t)sizeof *s6;
        } else {
            /* a name: resolve on a thread, watch its pipe */
            ar__dns *d = (ar__dns *)AR__ALLOC(&c->a, sizeof *d);
            int pfd[2];
            pthread_t th;
            pthread_attr_t at;
            int ok = 0;
            if (d && socketpair(AF_UNIX, SOCK_STREAM, 0, pfd) == 0) {
                memset(d, 0, sizeof *d);
                pthread_mutex_init(&d->mu, NULL);
                d->refs = 2;
                d->wfd = pfd[1];
                d->a = c->a;
                snprintf(d->host, sizeof d->host, "%s", h);
                snprintf(d->port, sizeof d->port, "%d", c->o.port);
                ar__set_nonblock(pfd[0]);
                fcntl(pfd[1], F_SETFD, FD_CLOEXEC);
#ifdef SO_NOSIGPIPE
                { int one = 1; setsockopt(pfd[1], SOL_SOCKET, SO_NOSIGPIPE, &one, sizeof one); }
#endif
                pthread_attr_init(&at);
                pthread_attr_setdetachstate(&at, PTHREAD_CREATE_DETACHED);
                if (pthread_create(&th, &at, ar__dns_thread, d) == 0) ok = 1;
                pthread_attr_destroy(&at);
                if (!ok) { close(pfd[0]); close(pfd[1]); pthread_mutex_destroy(&d->mu); }
            }
            if (!ok) {
                AR__FREE(&c->a, d);
                snprintf(c->errstr, sizeof c->errstr, "resolve %s: cannot start the resolver thread", h);
                c->connfail_err = AR_ERR_RESOLVE; c->flags |= AR__F_CONNFAIL;
                ar__timer_update(c);
                return;
            }
            c->dns = d;
            c->fd = pfd[0];
            c->flags |= AR__F_RESOLVING;
            c->connect_deadline = c->o.resolve_timeout_ms > 0 ? ar_now_ms() + c->o.resolve_timeout_ms : 0;
            ar__io_set(c, AR__READ);
            ar__timer_update(c);
            return;
        }
    }
    ar__connect_addr(c, (struct sockaddr *)(void *)&ss, sl);
}

/* the resolver's pipe is readable: take its answer and connect */
static void ar__dns_done(ar_client *c) {
    char b;
    ssize_t n;
    ar__dns *d = c->dns;
    struct addrinfo *res;
    int gai;
    n = read(c->fd, &b, 1);
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)) return;
    pthread_mutex_lock(&d->mu);
    res = d->res; d->res = NULL;
    gai = d->gai;
    pthread_mutex_unlock(&d->mu);
    ar__dns_drop(c);
    if (gai != 0 || !res) {
        snprintf(c->errstr, sizeof c->errstr, "resolve %s: %s", c->host, gai ? gai_strerror(gai) : "no address");
        if (res) ASYNCREDIS_FREEADDRINFO(res);
        ar__conn_fail(c, AR_ERR_RESOLVE);
        return;
    }
    c->ai = c->ai_next = res;
    ar__connect_next(c, AR_ERR_RESOLVE);
}

static void ar__flush(ar_client *c);

/* Setup replies: any error refuses the connection for good (AR_ERR_AUTH);
   when the last one is in, the connection is ready for user commands. */
static void ar__setup_cb(ar_client *c, const ar_reply *r, void *ud) {
    (void)ud;
    if (r->err) return; /* the connection failed: handled there */
    if (r->type == AR_REPLY_ERROR) {
        snprintf(c->errstr, sizeof c->errstr, "connection setup refused: %.*s", (int)(r->len > 250 ? 250 : r->len), r->str);
        ar__conn_fail(c, AR_ERR_AUTH);
        return;
    }
    if (--c->hs_pending > 0) return;
    c->flags &= ~AR__F_SETUP;
    c->wlimit = 0;
    c->state = (c->flags & AR__F_CLOSING) ? AR_STATE_CLOSING : AR_STATE_CONNECTED;
    c->attempt = 0;
    c->st.connects++;
    if (c->q_written < c->q_total) ar__want_write(c, 1);
    if (c->o.on_connect) c->o.on_connect(c, c->o.data);
}

/* in front of the first entry; the caller reserved the room */
static void ar__ring_push_front(ar__ring *r, const ar__entry *e) {
    r->head = (r->head + r->cap - 1) & (r->cap - 1);
    r->e[r->head] = *e;
    r->n++;
}

/* Put AUTH / SELECT / CLIENT SETNAME in front of everything queued. Only
   they are written until their replies are in (wlimit). Returns -1: no memory. */
static int ar__setup_begin(ar_client *c) {
    const char *av[4][4];
    int ac[4], nc = 0, i;
    size_t total = 0, sz[4];
    char dbs[24];
    char *o;
    if (c->password) {
        av[nc][0] = "AUTH";
        if (c->username) { av[nc][1] = c->username; av[nc][2] = c->password; ac[nc] = 3; }
        else { av[nc][1] = c->password; ac[nc] = 2; }
        nc++;
    }
    if (c->o.db > 0) { snprintf(dbs, sizeof dbs, "%d", c->o.db); av[nc][0] = "SELECT"; av[nc][1] = dbs; ac[nc] = 2; nc++; }
    if (c->client_name) { av[nc][0] = "CLIENT"; av[nc][1] = "SETNAME"; av[nc][2] = c->client_name; ac[nc] = 3; nc++; }
    if (!nc) return 0;
    for (i = 0; i < nc; i++) { sz[i] = ar__argv_size(ac[i], av[i], NULL); total += sz[i]; }
    /* room at the front of out[]: everything queued moves up by total */
    if (ar__grow(&c->a, (void **)&c->out, &c->out_cap, c->out_len + total, 1, 16384) != 0) return -1;
    if (ar__ring_reserve(&c->a, &c->inflight, (size_t)nc) != 0) return -1;
    memmove(c->out + total, c->out, c->out_len);
    c->out_len += total;
    for (i = 0; i < (int)c->nzc; i++) c->zc[i].at += total;
    for (i = 0; i < (int)c->inflight.n; i++) {
        ar__entry *e = ar__ring_at(&c->inflight, (size_t)i);
        e->lstart += total;
        e->end += total;
    }
    c->q_total += total;
    o = c->out;
    for (i = nc - 1; i >= 0; i--) {
        ar__entry e;
        size_t off = 0;
        int k;
        for (k = 0; k < i; k++) off += sz[k];
        memset(&e, 0, sizeof e);
        e.cb = ar__setup_cb;
        e.flags = AR__E_SETUP;
        e.lstart = c->out_lbase + off;
        e.llen = e.len = sz[i];
        e.end = off + sz[i];
        e.zfirst = c->zc_base;
        ar__argv_emit(o + off, ac[i], av[i], NULL);
        ar__ring_push_front(&c->inflight, &e);
    }
    c->hs_pending = nc;
    c->wlimit = total;
    c->flags |= AR__F_SETUP;
    return 1;
}

static void ar__on_connected(ar_client *c) {
    int rc;
    c->connect_deadline = 0;
    c->last_rw = c->wsince = ar_now_ms();
    rc = ar__setup_begin(c);
    if (rc < 0) { ar__seterr(c, "out of memory for the connection setup", 0); ar__conn_fail(c, AR_ERR_NOMEM); return; }
    ar__io_set(c, AR__READ | (c->q_total > c->q_written ? AR__WRITE : 0u));
    if (rc == 0) { /* nothing to set up: ready */
        c->state = (c->flags & AR__F_CLOSING) ? AR_STATE_CLOSING : AR_STATE_CONNECTED;
        c->attempt = 0;
            c->st.connects++;
        ar__timer_update(c);
        if (c->o.on_connect) c->o.on_connect(c, c->o.data);
        if (c->flags & AR__F_FREEING) return;
        ar__check_close(c);
        return;
    }
    ar__timer_update(c);
}

/* >>write */
/* drop everything in out[] and zc[] (the absolute bases move on); a big
   buffer is given back when `shrink` */
static void ar__out_restart(ar_client *c, int shrink) {
    c->out_lbase += c->out_len; c->zc_base += c->nzc;
    c->out_len = c->out_pos = 0;
    c->nzc = c->zc_head = c->zc_off = 0;
    if (shrink && c->out_cap > AR__OUT_KEEP) { AR__FREE(&c->a, c->out); c->out = NULL; c->out_cap = 0; }
}
static void ar__out_clear(ar_client *c) {
    ar__out_restart(c, 1);
    c->q_total = c->q_written;
}

/* n more stream bytes reached the kernel: walk out[] and the references */
static void ar__out_advance(ar_client *c, size_t n) {
    c->q_written += n;
    while (n) {
        size_t next, take;
        if (c->zc_head < c->nzc && c->zc[c->zc_head].at == c->out_pos) {
            size_t left = c->zc[c->zc_head].n - c->zc_off;
            if (n < left) { c->zc_off += n; return; }
            n -= left; c->zc_head++; c->zc_off = 0;
            continue;
        }
        next = c->zc_head < c->nzc ? c->zc[c->zc_head].at : c->out_len;
        take = next - c->out_pos;
        if (take > n) take = n;
        if (!take) break;
        c->out_pos += take; n -= take;
    }
}

static void ar__flush(ar_client *c) {
    while (c->q_written < c->q_total) {
        struct iovec iov[64];
        struct msghdr mh;
        size_t pos = c->out_pos, i = c->zc_head, off = c->zc_off, want = 0;
        size_t lim = (c->flags & AR__F_SETUP) ? c->wlimit : c->out_len; /* setup first, alone */
        int niov = 0;
        ssize_t n;
        if (pos >= lim && (c->flags & AR__F_SETUP)) { ar__want_write(c, 0); return; }
        while (niov < 64) {
            size_t next;
            if (i < c->nzc && c->zc[i].at == pos && pos < lim) {
                iov[niov].iov_base = (void *)(size_t)(c->zc[i].p + off); /* const dropped: only read */
                iov[niov].iov_len = c->zc[i].n - off;
                want += iov[niov].iov_len; niov++; off = 0; i++;
                continue;
            }
            next = i < c->nzc ? c->zc[i].at : c->out_len;
            if (next > lim) next = lim;
            if (next <= pos) break;
            iov[niov].iov_base = c->out + pos;
            iov[niov].iov_len = next - pos;
            want += next - pos; niov++; pos = next;
        }
        memset(&mh, 0, sizeof mh);
        mh.msg_iov = iov;
        mh.msg_iovlen = (size_t)niov;
        n = sendmsg(c->fd, &mh, AR__SEND_FLAGS);
        c->st.writes++;
        if (n > 0) {
            c->st.bytes_out += (unsigned long long)n;
            ar__out_advance(c, (size_t)n);
            c->last_rw = c->wsince = ar_now_ms();
            if ((size_t)n < want) { ar__want_write(c, 1); return; } /* kernel full: wait */
            continue;
        }
        if (n < 0 && errno == EINTR) continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) { ar__want_write(c, 1); return; }
        ar__seterr(c, "write", n < 0 ? errno : EPIPE);
        ar__conn_fail(c, AR_ERR_IO);
        return;
    }
    if (c->inflight.n == 0) ar__out_restart(c, 1); /* nothing retained */
    ar__want_write(c, 0);
    ar__check_close(c);
}

AR_API void ar_handle_write(ar_client *c) {
    if (c->flags & AR__F_FREEING) return;
    c->refs++;
    AR__FORKCHECK(c);
    if (c->state == AR_STATE_CONNECTING && c->fd >= 0 && !(c->flags & (AR__F_CONNFAIL | AR__F_SETUP | AR__F_RESOLVING))) {
        struct pollfd pf;
        int err = 0;
        socklen_t el = (socklen_t)sizeof err;
        pf.fd = c->fd; pf.events = POLLOUT; pf.revents = 0;
        if (poll(&pf, 1, 0) > 0) {
            if (getsockopt(c->fd, SOL_SOCKET, SO_ERROR, &err, &el) < 0) err = errno;
            if (err) { ar__seterr(c, "connect", err); ar__connect_next(c, AR_ERR_CONNECT); }
            else {
                if (c->ai) { ASYNCREDIS_FREEADDRINFO(c->ai); c->ai = c->ai_next = NULL; }
                ar__on_connected(c);
            }
        }
    }
    if (!(c->flags & AR__F_FREEING) && c->fd >= 0 &&
        (c->state == AR_STATE_CONNECTED || c->state == AR_STATE_CLOSING || (c->flags & AR__F_SETUP)))
        ar__flush(c);
    if (!(c->flags & AR__F_FREEING)) ar__timer_update(c);
    ar__unref(c);
}

/* >>read */
static void ar__dispatch(ar_client *c) {
    while (!(c->flags & AR__F_FREEING) && c->fd >= 0) {
        const ar_reply *r;
        ar__entry e;
        int rc = ar_parser_next(&c->parser, &r);
        if (rc == AR_PARSE_MORE) break;
        if (rc == AR_PARSE_ERROR && c->parser.failed == 2) { /* no memory: the reply is not to blame */
            snprintf(c->errstr, sizeof c->errstr, "%s", ar_parser_error(&c->parser));
            ar__conn_fail(c, AR_ERR_NOMEM);
            return;
        }
        if (rc == AR_PARSE_ERROR) {
            snprintf(c->errstr, sizeof c->errstr, "protocol error: %s", ar_parser_error(&c->parser));
            if (c->inflight.n) ar__ring_at(&c->inflight, 0)->flags |= AR__E_POISON; /* sending it again would fail again */
            ar__conn_fail(c, AR_ERR_PROTOCOL);
            return;
        }
        /* Seam for pub/sub and RESP3 pushes: a message that belongs to a
           subscription is routed to its owner here and never pops an entry. */
        if (c->inflight.n == 0) {
            snprintf(c->errstr, sizeof c->errstr, "protocol error: reply of type %s with no command waiting",
                     ar_reply_type_name(r->type));
            ar__conn_fail(c, AR_ERR_PROTOCOL);
            return;
        }
        e = ar__ring_pop(&c->inflight);
        c->st.replies++;
        ar__deliver(c, &e, r);
    }
    ar__check_close(c);
}

AR_API void ar_handle_read(ar_client *c) {
    size_t total = 0;
    int i;
    if (c->flags & (AR__F_FREEING | AR__F_READING)) return;
    if (c->fork_gen != ar__forks) { c->refs++; ar__forked(c); ar__unref(c); return; }
    if (c->flags & AR__F_RESOLVING) {
        c->refs++;
        ar__dns_done(c);
        if (!(c->flags & AR__F_FREEING)) ar__timer_update(c);
        ar__unref(c);
        return;
    }
    if (c->fd < 0 || (c->state != AR_STATE_CONNECTED && c->state != AR_STATE_CLOSING && !(c->flags & AR__F_SETUP))) return;
    c->refs++;
    c->flags |= AR__F_READING;
    c->flags &= ~AR__F_MORE;
    for (i = 0; i < 64; i++) {
        size_t avail;
        ssize_t n;
        char *sp = ar_parser_space(&c->parser, c->o.read_chunk, &avail);
        if (!sp) { ar__seterr(c, "out of memory for the read buffer", 0); ar__conn_fail(c, AR_ERR_NOMEM); break; }
        n = recv(c->fd, sp, avail, 0);
        c->st.reads++;
        if (n > 0) {
            c->st.bytes_in += (unsigned long long)n;
            c->last_rw = ar_now_ms();
            ar_parser_commit(&c->parser, (size_t)n);
            total += (size_t)n;
            ar__dispatch(c);
            if ((c->flags & AR__F_FREEING) || c->fd < 0) break;
            if ((size_t)n < avail) break;              /* drained the socket */
            if (total >= AR__MAX_READ_PER_CALL) { c->flags |= AR__F_MORE; break; } /* be fair */
            continue;
        }
        if (n == 0) { ar__seterr(c, "server closed the connection", 0); ar__conn_fail(c, AR_ERR_EOF); break; }
        if (errno == EINTR) continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK) break;
        ar__seterr(c, "read", errno);
        ar__conn_fail(c, AR_ERR_IO);
        break;
    }
    c->flags &= ~AR__F_READING;
    if (!(c->flags & AR__F_FREEING)) ar__timer_update(c);
    ar__unref(c);
}

static int ar__keep_unexpired(ar_client *c, ar__entry *e, void *arg) {
    (void)c;
    return !(e->deadline > 0 && e->deadline <= *(long long *)arg);
}

/* Request deadlines. A written command past its deadline fails with
   AR_ERR_TIMEOUT and resets the connection (RESP2 cannot skip its late
   reply); one never written is just dropped and failed. */
static void ar__expire(ar_client *c) {
    long long now = ar_now_ms();
    size_t i, first_unwritten = c->inflight.n;
    int reset = 0;
    for (i = 0; i < c->inflight.n; i++) {
        ar__entry *e = ar__ring_at(&c->inflight, i);
        int started = c->fd >= 0 && (e->end - e->len) < c->q_written;
        if (!started && first_unwritten == c->inflight.n) first_unwritten = i;
        if (e->deadline > 0 && e->deadline <= now && started) {
            e->flags |= AR__E_EXPIRED;
            reset = 1;
        }
    }
    if (reset) {
        snprintf(c->errstr, sizeof c->errstr, "request timed out; connection reset");
        ar__conn_fail(c, AR_ERR_TIMEOUT);
        return;
    }
    {
        ar__ring failing;
        memset(&failing, 0, sizeof failing);
        c->refs++;
        if (ar__requeue(c, first_unwritten, ar__keep_unexpired, &now, &failing) == 0) {
            ar__recompute_dl(c);
            snprintf(c->errstr, sizeof c->errstr, "request timed out before it could be sent");
            while (failing.n) {
                ar__entry e = ar__ring_pop(&failing);
                ar__fail_entry(c, &e, (c->flags & AR__F_FREEING) ? AR_ERR_CLOSED : AR_ERR_TIMEOUT, 0);
            }
        }
        AR__FREE(&c->a, failing.e);
        if (!(c->flags & AR__F_FREEING)) { ar__check_close(c); ar__timer_update(c); }
        ar__unref(c);
    }
}

AR_API void ar_handle_timer(ar_client *c) {
    if (c->flags & AR__F_FREEING) return;
    c->refs++;
    AR__FORKCHECK(c);
    c->timer_at = -1; /* fired */
    if (c->flags & AR__F_CONNFAIL) {
        c->flags &= ~AR__F_CONNFAIL;
        ar__connect_next(c, c->connfail_err);
    }
    if (!(c->flags & AR__F_FREEING) && c->failed.n) {
        size_t n = c->failed.n; /* only those queued before this turn */
        while (n-- && c->failed.n && !(c->flags & AR__F_FREEING)) {
            ar__entry e = ar__ring_pop(&c->failed);
            ar__fail_entry(c, &e, e.err, 0);
        }
        ar__check_close(c);
    }
    if (!(c->flags & AR__F_FREEING) && c->state == AR_STATE_CONNECTING && c->connect_deadline &&
        ar_now_ms() >= c->connect_deadline) {
        if (c->flags & AR__F_RESOLVING) {
            snprintf(c->errstr, sizeof c->errstr, "resolve %s: no answer in %d ms", c->host, c->o.resolve_timeout_ms);
            ar__dns_drop(c);
            ar__conn_fail(c, AR_ERR_RESOLVE);
        } else if (c->flags & AR__F_SETUP) {
            snprintf(c->errstr, sizeof c->errstr, "connection setup got no answer in %d ms", c->o.connect_timeout_ms);
            ar__conn_fail(c, AR_ERR_TIMEOUT);
        } else {
            snprintf(c->errstr, sizeof c->errstr, "connect timed out after %d ms", c->o.connect_timeout_ms);
            ar__connect_next(c, AR_ERR_TIMEOUT);
        }
    }
    if (!(c->flags & AR__F_FREEING) && c->dl_min && ar_now_ms() >= c->dl_min) ar__expire(c);
    if (!(c->flags & AR__F_FREEING) && c->fd >= 0) {
        long long now = ar_now_ms(), rd = ar__read_deadline(c), wd = ar__write_deadline(c);
        if (rd && now >= rd) {
            snprintf(c->errstr, sizeof c->errstr, "read timeout: no reply for %d ms", c->o.read_timeout_ms);
            ar__conn_fail(c, AR_ERR_TIMEOUT);
        } else if (wd && now >= wd) {
            snprintf(c->errstr, sizeof c->errstr, "write timeout: nothing written for %d ms", c->o.write_timeout_ms);
            ar__conn_fail(c, AR_ERR_TIMEOUT);
        }
    }
    if (!(c->flags & AR__F_FREEING) && c->state == AR_STATE_RECONNECTING && ar_now_ms() >= c->reconnect_at)
        ar__connect_start(c);
    if (!(c->flags & AR__F_FREEING) && (c->flags & AR__F_FINALIZE)) ar__finalize_close(c);
    if (!(c->flags & AR__F_FREEING)) ar__timer_update(c);
    ar__unref(c);
}

/* the built-in loop calls this for the client's fd */
static void ar__loop_client_io(ar_loop *l, int fd, unsigned ev, void *ud) {
    ar_client *c = (ar_client *)ud;
    (void)l; (void)fd;
    c->refs++;
    if (ev & AR__WRITE) ar_handle_write(c);
    if ((ev & AR__READ) && !(c->flags & AR__F_FREEING)) ar_handle_read(c);
    ar__unref(c);
}

/* >>forked: the first call in a child after fork() lands here. The socket
   is the parent's: closed here without a byte written. The commands in
   flight are the parent's: they fail here (next turn) with AR_ERR_FORKED.
   Then a fresh connection of the child's own, or (fork_error) none. */
static void ar__forked(ar_client *c) {
    size_t i;
    c->fork_gen = ar__forks;
    if (c->dns) { /* the resolver thread stayed in the parent: just let go */
        c->dns = NULL;
        c->flags &= ~AR__F_RESOLVING;
    }
    if (c->ai) { ASYNCREDIS_FREEADDRINFO(c->ai); c->ai = c->ai_next = NULL; }
    ar__io_set(c, 0);
    if (c->fd >= 0) { close(c->fd); c->fd = -1; }
    c->io_fd = -1;
    for (i = 0; i < c->inflight.n; i++) {
        ar__entry e = *ar__ring_at(&c->inflight, i);
        if (e.flags & AR__E_SETUP) continue;
        e.err = AR_ERR_FORKED;
        ar__ring_push(&c->a, &c->failed, &e);
    }
    c->inflight.n = 0;
    c->dl_min = 0;
    c->hs_pending = 0;
    c->flags &= ~(AR__F_SETUP | AR__F_CONNFAIL | AR__F_MORE);
    ar_parser_reset(&c->parser);
    ar__out_clear(c);
    c->q_total = c->q_written = 0;
    snprintf(c->errstr, sizeof c->errstr, "client used in a child process after fork()");
    if (c->o.fork_error || (c->flags & AR__F_CLOSING)) {
        c->state = AR_STATE_DISCONNECTED;
        c->flags |= AR__F_GAVEUP | AR__F_FORKED;
    } else {
        c->attempt = 0;
        c->flags &= ~AR__F_GAVEUP;
        ar__connect_start(c);
    }
    ar__timer_update(c);
}
/* >>submit */
static int ar__submit_check(ar_client *c) {
    if (!c) return AR_ERR_INVALID;
    AR__FORKCHECK(c);
    if (c->flags & (AR__F_FREEING | AR__F_CLOSING)) return AR_ERR_CLOSED;
    if (c->inflight.n + c->failed.n >= c->o.max_inflight) return AR_ERR_QUEUE_FULL;
    if ((c->state == AR_STATE_CONNECTING || c->state == AR_STATE_RECONNECTING) &&
        c->inflight.n - (size_t)c->hs_pending >= c->o.offline_queue_max) return AR_ERR_OFFLINE_FULL;
    return AR_OK;
}

static char *ar__out_reserve(ar_client *c, size_t n) {
    if (c->out_len && !c->inflight.n && c->q_written == c->q_total) {
        /* all written, nothing retained (a pipeline's last reply is in):
           start the buffer over, so it stays one batch long and warm */
        ar__out_restart(c, 0);
    }
    if (c->out && c->out_cap - c->out_len >= n) return c->out + c->out_len; /* room already */
    if (c->out_cap - c->out_len < n) {
        /* compact: drop what is written and no longer owed a reply (the
           oldest command's bytes are kept for a resend after a reconnect) */
        size_t drop = c->out_pos, zdrop = c->zc_head, i;
        if (c->inflight.n && !c->o.no_reconnect) {
            const ar__entry *h = ar__ring_at(&c->inflight, 0);
            size_t hl = (size_t)(h->lstart - c->out_lbase), hz = (size_t)(h->zfirst - c->zc_base);
            if (hl < drop) drop = hl;
            if (hz < zdrop) zdrop = hz;
        }
        if (drop > 0 || zdrop > 0) {
            memmove(c->out, c->out + drop, c->out_len - drop);
            for (i = zdrop; i < c->nzc; i++) {
                c->zc[i - zdrop] = c->zc[i];
                c->zc[i - zdrop].at -= drop;
            }
            c->nzc -= zdrop; c->zc_head -= zdrop; c->zc_base += zdrop;
            c->out_len -= drop; c->out_pos -= drop; c->out_lbase += drop;
        }
    }
    if (ar__grow(&c->a, (void **)&c->out, &c->out_cap, c->out_len + n, 1, 16384) != 0) return NULL;
    return c->out + c->out_len;
}

/* a command's arguments, from an argv or from a parsed format */
typedef struct ar__args { int argc; const char *const *argv; const size_t *argvlen; const ar__enc *enc; } ar__args;

/* argument i: its bytes (joined into tmp, truncated, when in pieces) */
static size_t ar__argn(const ar__args *a, int i, char *tmp, size_t tmpsz, const char **p) {
    if (a->enc) {
        const ar__arg *g = &a->enc->args[i];
        size_t j, n = 0;
        if (g->nseg == 1) {
            const ar__seg *sg = &a->enc->segs[g->first];
            *p = sg->p ? sg->p : a->enc->scratch + sg->off;
            return sg->n;
        }
        for (j = 0; j < g->nseg && n < tmpsz; j++) {
            const ar__seg *sg = &a->enc->segs[g->first + j];
            size_t k = sg->n < tmpsz - n ? sg->n : tmpsz - n;
            memcpy(tmp + n, sg->p ? sg->p : a->enc->scratch + sg->off, k);
            n += k;
        }
        *p = tmp;
        return g->len;
    }
    *p = a->argv[i];
    return a->argvlen ? a->argvlen[i] : strlen(a->argv[i]);
}

static int ar__arg_is(const ar__args *a, int i, const char *word) {
    char tmp[16];
    const char *p;
    size_t n = ar__argn(a, i, tmp, sizeof tmp, &p), k;
    for (k = 0; k < n; k++) {
        char ch = p[k];
        if (ch >= 'a' && ch <= 'z') ch = (char)(ch - 32);
        if (!word[k] || ch != word[k]) return 0;
    }
    return word[n] == 0;
}

/* argument i as a timeout: seconds (fractions allowed) or ms; -1: not a number */
static long long ar__arg_timeout(const ar__args *a, int i, int seconds) {
    char tmp[40], num[40], *end;
    const char *p;
    size_t n = ar__argn(a, i, tmp, sizeof tmp, &p);
    double v;
    if (n == 0 || n >= sizeof num) return -1;
    memcpy(num, p, n); num[n] = 0;
    v = strtod(num, &end);
    if (*end || v < 0 || v > 1e12) return -1;
    return (long long)(seconds ? v * 1000.0 + 0.5 : v);
}

/* Blocking commands wait server-side: their deadline is their own timeout
   plus a buffer. Returns the server timeout in ms (0: forever) or -1. */
static long long ar__block_ms(const ar__args *a) {
    char tmp[16];
    const char *p;
    int i;
    if (a->argc < 2) return -1;
    if (!ar__argn(a, 0, tmp, sizeof tmp, &p)) return -1;
    switch (p[0]) { /* most commands stop here */
    case 'b': case 'B': case 'x': case 'X': case 'w': case 'W': break;
    default: return -1;
    }
    if (ar__arg_is(a, 0, "BLPOP") || ar__arg_is(a, 0, "BRPOP") || ar__arg_is(a, 0, "BZPOPMIN") ||
        ar__arg_is(a, 0, "BZPOPMAX") || ar__arg_is(a, 0, "BLMOVE") || ar__arg_is(a, 0, "BRPOPLPUSH"))
        return ar__arg_timeout(a, a->argc - 1, 1);
    if (ar__arg_is(a, 0, "BLMPOP") || ar__arg_is(a, 0, "BZMPOP")) return ar__arg_timeout(a, 1, 1);
    if (ar__arg_is(a, 0, "WAIT") && a->argc >= 3) return ar__arg_timeout(a, 2, 0);
    if (ar__arg_is(a, 0, "WAITAOF") && a->argc >= 4) return ar__arg_timeout(a, 3, 0);
    if (ar__arg_is(a, 0, "XREAD") || ar__arg_is(a, 0, "XREADGROUP")) {
        for (i = 1; i + 1 < a->argc; i++) {
            if (ar__arg_is(a, i, "STREAMS")) break;
            if (ar__arg_is(a, i, "BLOCK")) return ar__arg_timeout(a, i + 1, 0);
        }
    }
    return -1;
}

/* bytes were appended (or, disconnected, nothing): register the entry.
   nref: zero-copy references it added; block_ms: >= 0 for a blocking
   command (its server-side timeout, 0 = forever), -1 otherwise. */
static int ar__submit_entry(ar_client *c, const ar_cmd_opts *co, ar_callback *cb, void *ud, size_t added, size_t outb,
                            size_t nref, long long block_ms) {
    ar__entry e;
    long long t;
    memset(&e, 0, sizeof e);
    e.cb = cb; e.ud = ud;
    e.flags = co ? co->flags : 0;
    t = co && co->timeout_ms ? co->timeout_ms : c->o.request_timeout_ms;
    if (block_ms >= 0) {
        e.flags |= AR__E_BLOCKING;
        t = block_ms == 0 ? -1 : block_ms + c->o.blocking_timeout_buffer_ms;
    }
    if (t > 0) e.deadline = ar__deadline_ms(t);
    if (c->state == AR_STATE_DISCONNECTED) {
        e.err = (c->flags & AR__F_FORKED) ? AR_ERR_FORKED : AR_ERR_DISCONNECTED;
        if (ar__ring_push(&c->a, &c->failed, &e) != 0) return AR_ERR_NOMEM;
        c->st.commands++;
        ar__timer_update(c);
        return AR_OK;
    }
    e.end = c->q_total + added;
    e.len = added;
    e.lstart = c->out_lbase + c->out_len;
    e.llen = outb;
    e.zfirst = c->zc_base + c->nzc - nref;
    e.zn = nref;
    if (ar__ring_push(&c->a, &c->inflight, &e) != 0) { c->nzc -= nref; return AR_ERR_NOMEM; }
    c->st.commands++;
    if (c->q_written == c->q_total) c->wsince = ar_now_ms();
    c->out_len += outb;
    c->q_total += added;
    if (e.deadline && (c->dl_min == 0 || e.deadline < c->dl_min)) {
        c->dl_min = e.deadline;
        if (c->timer_at < 0 || c->timer_at > e.deadline) ar__timer_update(c);
    } else if (c->o.read_timeout_ms > 0 && c->timer_at < 0) ar__timer_update(c);
    if (c->state == AR_STATE_CONNECTED && !(c->io_want & AR__WRITE)) ar__want_write(c, 1);
    return AR_OK;
}

static int ar__submit_argv(ar_client *c, const ar_cmd_opts *co, ar_callback *cb, void *ud,
                           int argc, const char *const *argv, const size_t *argvlen);
static int ar__enc_as_argv(ar_client *c);

static int ar__submit_fmt(ar_client *c, const ar_cmd_opts *co, ar_callback *cb, void *ud, const char *fmt, va_list ap) {
    ar__argsrc src;
    const char *why = NULL;
    long long block;
    size_t sz;
    char *o;
    int rc = ar__submit_check(c);
    if (rc) return rc;
    src.next = ar__va_next; src.user = NULL;
    va_copy(src.ap, ap);
    rc = ar__enc_parse(&c->a, &c->enc, fmt, &src, &why);
    va_end(src.ap);
    if (rc == AR_ERR_FORMAT) { snprintf(c->errstr, sizeof c->errstr, "format: %s", why); return rc; }
    if (rc) return rc;
    if (c->prefixlen && c->state != AR_STATE_DISCONNECTED) {
        rc = ar__enc_as_argv(c);
        if (rc) return rc;
        return ar__submit_argv(c, co, cb, ud, (int)c->enc.nargs, c->fargv, c->flen);
    }
    if (c->state == AR_STATE_DISCONNECTED) return ar__submit_entry(c, co, cb, ud, 0, 0, 0, -1);
    {
        ar__args aa;
        aa.argc = (int)c->enc.nargs; aa.argv = NULL; aa.argvlen = NULL; aa.enc = &c->enc;
        block = ar__block_ms(&aa);
    }
    sz = ar__enc_size(&c->enc);
    if (c->q_total - c->q_written + sz > c->o.max_output) return AR_ERR_OUTPUT_FULL;
    if (co && (co->flags & AR_CMD_NOCOPY)) {
        size_t i, nref = 0, refb = 0;
        for (i = 0; i < c->enc.nsegs; i++)
            if (c->enc.segs[i].p && c->enc.segs[i].n >= AR_NOCOPY_MIN) { nref++; refb += c->enc.segs[i].n; }
        if (nref) {
            if (ar__grow(&c->a, (void **)&c->zc, &c->zccap, c->nzc + nref, sizeof(ar__ref), 8) != 0) return AR_ERR_NOMEM;
            o = ar__out_reserve(c, sz - refb);
            if (!o) return AR_ERR_NOMEM;
            ar__enc_emit_refs(&c->enc, o, c->out, c->zc + c->nzc);
            c->nzc += nref;
            return ar__submit_entry(c, co, cb, ud, sz, sz - refb, nref, block);
        }
    }
    o = ar__out_reserve(c, sz);
    if (!o) return AR_ERR_NOMEM;
    ar__enc_emit(&c->enc, o);
    return ar__submit_entry(c, co, cb, ud, sz, sz, 0, block);
}

/* Run the prefixer over argv; on success *argvp / *lenp point at the
   prefixed views (kept in c->pargv / c->plen / c->pbuf until the next call). */
static int ar__apply_prefix(ar_client *c, int argc, const char *const **argvp, const size_t **lenp) {
    const char *why = NULL;
    size_t need = 0;
    int rc, tries;
    if (ar__grow(&c->a, (void **)&c->pargv, &c->pcap, (size_t)argc, sizeof(char *), 8) != 0 ||
        ar__grow(&c->a, (void **)&c->plen, &c->plcap, (size_t)argc, sizeof(size_t), 8) != 0) return AR_ERR_NOMEM;
    for (tries = 0; tries < 2; tries++) {
        rc = c->o.prefixer(c->prefix, c->prefixlen, c->o.prefix_flags, argc, *argvp, *lenp,
                           c->pargv, c->plen, c->pbuf, c->pbufcap, &need, &why);
        if (rc >= 0) { *argvp = c->pargv; *lenp = c->plen; return AR_OK; }
        if (need > c->pbufcap) {
            char *nb = (char *)AR__REALLOC(&c->a, c->pbuf, need);
            if (!nb) return AR_ERR_NOMEM;
            c->pbuf = nb; c->pbufcap = need;
            continue;
        }
        break;
    }
    snprintf(c->errstr, sizeof c->errstr, "key_prefix: %s", why ? why : "command refused");
    return AR_ERR_PREFIX;
}

static char *ar__client_outbase(const ar_client *c) { return c->out; }

/* may a zero-copy submission reference p? Not if it lives in our scratch */
static int ar__foreign_ptr(const ar_client *c, const char *p) {
    if (c->pbuf && p >= c->pbuf && p < c->pbuf + c->pbufcap) return 0;
    if (c->enc.scratch && p >= c->enc.scratch && p < c->enc.scratch + c->enc.scap) return 0;
    if (c->fbuf && p >= c->fbuf && p < c->fbuf + c->fbufcap) return 0;
    return 1;
}

/* the parsed format as an argv (for prefixing): single-piece arguments are
   views, multi-piece ones are joined in c->fbuf */
static int ar__enc_as_argv(ar_client *c) {
    const ar__enc *e = &c->enc;
    size_t i, j, join = 0;
    char *w;
    if (ar__grow(&c->a, (void **)&c->fargv, &c->fcap, e->nargs, sizeof(char *), 8) != 0 ||
        ar__grow(&c->a, (void **)&c->flen, &c->flcap, e->nargs, sizeof(size_t), 8) != 0) return AR_ERR_NOMEM;
    for (i = 0; i < e->nargs; i++) if (e->args[i].nseg > 1) join += e->args[i].len;
    if (join > c->fbufcap) {
        char *nb = (char *)AR__REALLOC(&c->a, c->fbuf, join);
        if (!nb) return AR_ERR_NOMEM;
        c->fbuf = nb; c->fbufcap = join;
    }
    w = c->fbuf;
    for (i = 0; i < e->nargs; i++) {
        const ar__arg *g = &e->args[i];
        c->flen[i] = g->len;
        if (g->nseg == 0) { c->fargv[i] = ""; continue; }
        if (g->nseg == 1) {
            const ar__seg *sg = &e->segs[g->first];
            c->fargv[i] = sg->p ? sg->p : e->scratch + sg->off;
            continue;
        }
        c->fargv[i] = w;
        for (j = 0; j < g->nseg; j++) {
            const ar__seg *sg = &e->segs[g->first + j];
            memcpy(w, sg->p ? sg->p : e->scratch + sg->off, sg->n);
            w += sg->n;
        }
    }
    return AR_OK;
}

static int ar__submit_argv(ar_client *c, const ar_cmd_opts *co, ar_callback *cb, void *ud,
                           int argc, const char *const *argv, const size_t *argvlen) {
    size_t sz;
    char *o;
    long long block;
    int rc;
    if (c->prefixlen && c->state != AR_STATE_DISCONNECTED) {
        rc = ar__apply_prefix(c, argc, &argv, &argvlen);
        if (rc) return rc;
    }
    if (c->state == AR_STATE_DISCONNECTED) return ar__submit_entry(c, co, cb, ud, 0, 0, 0, -1);
    block = -1;
    if (argc >= 2 && (argvlen ? argvlen[0] : 1)) {
        switch (argv[0][0] | 0x20) { /* the first letter of every blocking command */
        case 'b': case 'x': case 'w': {
            ar__args aa;
            aa.argc = argc; aa.argv = argv; aa.argvlen = argvlen; aa.enc = NULL;
            block = ar__block_ms(&aa);
            break;
        }
        default: break;
        }
    }
    if (argvlen && !(co && (co->flags & AR_CMD_NOCOPY))) {
        /* one pass: reserve an upper bound (a header is at most 1 + 20 + 2
           bytes), emit, count what was written */
        size_t room = c->o.max_output - (size_t)(c->q_total - c->q_written), ub = 23, i;
        int fits = c->q_total - c->q_written <= c->o.max_output && ub <= room;
        for (i = 0; i < (size_t)argc && fits; i++) {
            if (argvlen[i] > room - ub || room - ub - argvlen[i] < 25) fits = 0;
            else ub += argvlen[i] + 25;
        }
        if (fits) {
            o = ar__out_reserve(c, ub);
            if (!o) return AR_ERR_NOMEM;
            sz = (size_t)(ar__argv_emit(o, argc, argv, argvlen) - o);
            return ar__submit_entry(c, co, cb, ud, sz, sz, 0, block);
        }
    }
    sz = ar__argv_size(argc, argv, argvlen);
    if (c->q_total - c->q_written + sz > c->o.max_output) return AR_ERR_OUTPUT_FULL;
    if (co && (co->flags & AR_CMD_NOCOPY)) {
        size_t nref = 0, refb = 0;
        int i;
        for (i = 0; i < argc; i++) {
            size_t l = argvlen ? argvlen[i] : strlen(argv[i]);
            if (l >= AR_NOCOPY_MIN && ar__foreign_ptr(c, argv[i])) { nref++; refb += l; }
        }
        if (nref) {
            if (ar__grow(&c->a, (void **)&c->zc, &c->zccap, c->nzc + nref, sizeof(ar__ref), 8) != 0) return AR_ERR_NOMEM;
            o = ar__out_reserve(c, sz - refb);
            if (!o) return AR_ERR_NOMEM;
            ar__argv_emit_refs(c, o, c->zc + c->nzc, argc, argv, argvlen);
            c->nzc += nref;
            return ar__submit_entry(c, co, cb, ud, sz, sz - refb, nref, block);
        }
    }
    o = ar__out_reserve(c, sz);
    if (!o) return AR_ERR_NOMEM;
    ar__argv_emit(o, argc, argv, argvlen);
    return ar__submit_entry(c, co, cb, ud, sz, sz, 0, block);
}

AR_API int ar_command_argv_ex(ar_client *c, const ar_cmd_opts *co, ar_callback *cb, void *ud,
                              int argc, const char *const *argv, const size_t *argvlen) {
    int rc = ar__submit_check(c);
    if (rc) return rc;
    if (ar__argv_check(argc, argv, argvlen) != AR_OK) {
        snprintf(c->errstr, sizeof c->errstr, "argv: argc must be > 0 and every argument non-NULL");
        return AR_ERR_INVALID;
    }
    return ar__submit_argv(c, co, cb, ud, argc, argv, argvlen);
}

AR_API int ar_command_argv(ar_client *c, ar_callback *cb, void *ud, int argc, const char *const *argv, const size_t *argvlen) {
    return ar_command_argv_ex(c, NULL, cb, ud, argc, argv, argvlen);
}
AR_API int ar_vcommand(ar_client *c, ar_callback *cb, void *ud, const char *fmt, va_list ap) {
    return ar__submit_fmt(c, NULL, cb, ud, fmt, ap);
}
AR_API int ar_command(ar_client *c, ar_callback *cb, void *ud, const char *fmt, ...) {
    va_list ap;
    int rc;
    va_start(ap, fmt);
    rc = ar__submit_fmt(c, NULL, cb, ud, fmt, ap);
    va_end(ap);
    return rc;
}
AR_API int ar_command_ex(ar_client *c, const ar_cmd_opts *co, ar_callback *cb, void *ud, const char *fmt, ...) {
    va_list ap;
    int rc;
    va_start(ap, fmt);
    rc = ar__submit_fmt(c, co, cb, ud, fmt, ap);
    va_end(ap);
    return rc;
}

/* >>lifecycle */
static const char *ar__check_options(const ar_options *o) {
    if (!o) return "options are NULL";
    if (o->path && (o->host || o->port)) return "set either path (Unix socket) or host/port, not both";
    if (o->path && !o->path[0]) return "path is empty";
    if (o->path && strlen(o->path) >= sizeof(((struct sockaddr_un *)0)->sun_path)) return "Unix socket path too long";
    if (o->port < 0 || o->port > 65535) return "port must be between 1 and 65535";
    if (o->host && !o->host[0]) return "host is empty";
    if (o->host && strlen(o->host) > 255) return "host name longer than 255 bytes";
    if (o->connect_timeout_ms < -1) return "connect_timeout_ms must be >= -1 (-1: no timeout)";
    if (o->loop && o->hooks) return "set either loop or hooks, not both";
    if (o->hooks && (!o->hooks->add_read || !o->hooks->del_read || !o->hooks->add_write ||
                     !o->hooks->del_write || !o->hooks->set_timer))
        return "hooks: add_read, del_read, add_write, del_write and set_timer are all required";
    if (o->limits.max_depth < 0) return "limits.max_depth must be >= 0";
    if (o->limits.max_depth > 4096) return "limits.max_depth must be <= 4096";
    if (o->key_prefix && o->key_prefix[0] && !o->prefixer)
        return "key_prefix needs a prefixer: include asyncredis_commands.h and set o.prefixer = ar_cmdtab_prefix_argv";
    if (o->read_timeout_ms < -1 || o->write_timeout_ms < -1 || o->request_timeout_ms < -1 || o->resolve_timeout_ms < -1)
        return "timeouts must be >= -1 (0: default, -1: none)";
    if (o->blocking_timeout_buffer_ms < 0) return "blocking_timeout_buffer_ms must be >= 0";
    if (o->reconnect_delay_ms < 0 || o->reconnect_delay_max_ms < 0 || o->reconnect_max_attempts < 0)
        return "reconnect delays and attempts must be >= 0";
    if (o->reconnect_factor != 0 && o->reconnect_factor < 1.0) return "reconnect_factor must be >= 1";
    if (o->reconnect_jitter != 0 && o->reconnect_jitter != -1 && (o->reconnect_jitter < 0 || o->reconnect_jitter > 1))
        return "reconnect_jitter must be between 0 and 1 (-1: none)";
    if (o->db < 0) return "db must be >= 0";
    if (o->username && !o->password) return "username needs a password";
    if (o->tls) return "TLS (rediss://) is not compiled into this build";
    if (o->idempotent_commands) {
        size_t i;
        for (i = 0; o->idempotent_commands[i]; i++)
            if (!o->idempotent_commands[i][0] || strlen(o->idempotent_commands[i]) > 32) return "idempotent_commands: names are 1 to 32 bytes";
    }
    return NULL;
}

static char *ar__strdup(const ar_allocator *a, const char *s) {
    size_t n = strlen(s) + 1;
    char *d = (char *)AR__ALLOC(a, n);
    if (d) memcpy(d, s, n);
    return d;
}

/* o with its uri applied: host/port/path from the URI; the setup fields and
   timeouts from the URI where o leaves them unset. ubuf holds the strings. */
static int ar__apply_uri(const ar_options *o, ar_options *out, char *ubuf, size_t ubufsz, const char **why) {
    ar_options u;
    int rc;
    *out = *o;
    if (!o->uri) return AR_OK;
    memset(&u, 0, sizeof u);
    rc = ar_parse_uri(o->uri, &u, ubuf, ubufsz, why);
    if (rc != AR_OK) return rc;
    out->host = u.host; out->port = u.port; out->path = u.path;
    if (!out->username && !out->password) { out->username = u.username; out->password = u.password; }
    if (!out->db) out->db = u.db;
    if (!out->client_name) out->client_name = u.client_name;
    if (u.tls) out->tls = 1;
    if (!out->connect_timeout_ms) out->connect_timeout_ms = u.connect_timeout_ms;
    if (!out->read_timeout_ms) out->read_timeout_ms = u.read_timeout_ms;
    if (!out->write_timeout_ms) out->write_timeout_ms = u.write_timeout_ms;
    if (!out->request_timeout_ms) out->request_timeout_ms = u.request_timeout_ms;
    return AR_OK;
}

AR_API ar_client *ar_client_new(const ar_options *oin, const char **why) {
    const char *w;
    ar_allocator a;
    ar_client *c;
    ar_options ob;
    const ar_options *o = &ob;
    char ubuf_small[512], *ubuf = ubuf_small;
    size_t ulen;
    if (!oin) { if (why) *why = "options are NULL"; return NULL; }
    ulen = oin->uri ? strlen(oin->uri) + 1 : 0;
    if (ulen > sizeof ubuf_small) {
        ar_allocator ta = ar__pick_alloc(oin->allocator);
        ubuf = (char *)AR__ALLOC(&ta, ulen);
        if (!ubuf) { if (why) *why = "out of memory"; return NULL; }
    }
    w = NULL;
    if (ar__apply_uri(oin, &ob, ubuf, ulen > sizeof ubuf_small ? ulen : sizeof ubuf_small, &w) != AR_OK) {
        if (w && w >= ubuf && w < ubuf + (ulen > sizeof ubuf_small ? ulen : sizeof ubuf_small))
            w = "bad percent-escape in the URI (%XX needs two hex digits, not %00)"; /* the detailed text lives in our buffer */
        if (why) *why = w ? w : "bad uri";
        if (ubuf != ubuf_small) { ar_allocator ta = ar__pick_alloc(oin->allocator); AR__FREE(&ta, ubuf); }
        return NULL;
    }
    w = ar__check_options(o);
    if (w) {
        if (why) *why = w;
        if (ubuf != ubuf_small) { ar_allocator ta = ar__pick_alloc(oin->allocator); AR__FREE(&ta, ubuf); }
        return NULL;
    }
    a = ar__pick_alloc(o->allocator);
    c = (ar_client *)AR__ALLOC(&a, sizeof *c);
    if (!c) { if (why) *why = "out of memory"; return NULL; }
    memset(c, 0, sizeof *c);
    c->a = a;
    c->o = *o;
    c->o.allocator = NULL;
    c->o.hooks = NULL;
    c->fd = c->io_fd = -1;
    c->timer_at = -1;
    if (!c->o.port) c->o.port = 6379;
    if (!c->o.connect_timeout_ms) c->o.connect_timeout_ms = 10000;
    if (!c->o.max_inflight) c->o.max_inflight = (size_t)1 << 20;
    if (!c->o.max_output) c->o.max_output = (size_t)1 << 30;
    if (!c->o.read_chunk) c->o.read_chunk = 65536;
    if (!c->o.read_timeout_ms) c->o.read_timeout_ms = 30000;
    if (!c->o.write_timeout_ms) c->o.write_timeout_ms = 30000;
    if (!c->o.request_timeout_ms) c->o.request_timeout_ms = 5000;
    if (!c->o.blocking_timeout_buffer_ms) c->o.blocking_timeout_buffer_ms = 2000;
    if (!c->o.resolve_timeout_ms) c->o.resolve_timeout_ms = 5000;
    if (!c->o.reconnect_delay_ms) c->o.reconnect_delay_ms = 100;
    if (!c->o.reconnect_delay_max_ms) c->o.reconnect_delay_max_ms = 60000;
    if (c->o.reconnect_factor == 0) c->o.reconnect_factor = 2.0;
    if (c->o.reconnect_jitter == 0) c->o.reconnect_jitter = 0.25;
    if (!c->o.offline_queue_max) c->o.offline_queue_max = 1000;
    c->rng = (unsigned)(size_t)c ^ (unsigned)ar_now_ms();
    c->fork_gen = ar__fork_generation();
    {
        static const char *const defaults[] = { "GET", "MGET", "EXISTS", "TYPE", "TTL", "PTTL", "KEYS", "SCAN",
                                                "INFO", "PING", "ECHO", "TIME", "DBSIZE", NULL };
        const char *const *names = o->idempotent_commands ? o->idempotent_commands : defaults;
        size_t n = 0, i, k;
        while (names[n]) n++;
        c->nidem_want = n;
        if (n) {
            c->idem = (char **)AR__ALLOC(&a, n * (sizeof(char *) + 33));
            if (c->idem) {
                char *sp = (char *)(c->idem + n);
                for (i = 0; i < n; i++, sp += 33) {
                    for (k = 0; names[i][k] && k < 32; k++) {
                        char ch = names[i][k];
                        sp[k] = (char)(ch >= 'a' && ch <= 'z' ? ch - 32 : ch);
                    }
                    sp[k] = 0;
                    c->idem[i] = sp;
                }
                c->nidem = n;
            }
        }
    }
    if (o->password) c->password = ar__strdup(&a, o->password);
    if (o->username) c->username = ar__strdup(&a, o->username);
    if (o->client_name) c->client_name = ar__strdup(&a, o->client_name);
    if (o->path) c->path = ar__strdup(&a, o->path);
    else c->host = ar__strdup(&a, o->host ? o->host : "127.0.0.1");
    if (o->key_prefix && o->key_prefix[0]) { c->prefix = ar__strdup(&a, o->key_prefix); c->prefixlen = strlen(o->key_prefix); }
    if ((o->path && !c->path) || (!o->path && !c->host) || (c->prefixlen && !c->prefix) ||
        (o->password && !c->password) || (o->username && !c->username) || (o->client_name && !c->client_name) ||
        (!c->idem && c->nidem_want) || ar__parser_init(&c->parser, &o->limits, &a) != 0) {
        ar__parser_destroy(&c->parser);
        AR__FREE(&a, c->path); AR__FREE(&a, c->host); AR__FREE(&a, c->prefix);
        AR__FREE(&a, c->password); AR__FREE(&a, c->username); AR__FREE(&a, c->client_name);
        AR__FREE(&a, c->idem); AR__FREE(&a, c);
        if (ubuf != ubuf_small) AR__FREE(&a, ubuf);
        if (why) *why = "out of memory";
        return NULL;
    }
    if (ubuf != ubuf_small) AR__FREE(&a, ubuf); /* everything from the URI is copied now */
    c->o.host = c->host; c->o.path = c->path; c->o.key_prefix = c->prefix;
    c->o.username = c->username; c->o.password = c->password; c->o.client_name = c->client_name;
    c->o.uri = NULL; c->o.idempotent_commands = NULL;
    if (o->hooks) { c->mode = AR__M_HOOKS; c->hooks = *o->hooks; }
    else if (o->loop) {
        c->mode = AR__M_LOOP; c->loop = o->loop;
        ar_timer_init(o->loop, &c->ltimer);
        c->lnext = o->loop->clients;
        if (c->lnext) c->lnext->lprev = c;
        o->loop->clients = c;
    }
    ar__connect_start(c);
    return c;
}

static void ar__free_mem(ar_client *c) {
    ar_allocator a = c->a;
    if (c->mode == AR__M_HOOKS && c->hooks.cleanup) c->hooks.cleanup(c->hooks.data);
    if (c->mode == AR__M_LOOP) {
        ar_timer_stop(&c->ltimer);
        if (c->lprev) c->lprev->lnext = c->lnext; else c->loop->clients = c->lnext;
        if (c->lnext) c->lnext->lprev = c->lprev;
    }
    ar__parser_destroy(&c->parser);
    ar__enc_free(&a, &c->enc);
    AR__FREE(&a, c->out);
    AR__FREE(&a, c->zc);
    AR__FREE(&a, c->inflight.e);
    AR__FREE(&a, c->failed.e);
    AR__FREE(&a, c->host);
    AR__FREE(&a, c->path);
    AR__FREE(&a, c->prefix);
    AR__FREE(&a, c->idem);
    AR__FREE(&a, c->password);
    AR__FREE(&a, c->username);
    AR__FREE(&a, c->client_name);
    AR__FREE(&a, c->pargv);
    AR__FREE(&a, c->plen);
    AR__FREE(&a, c->pbuf);
    AR__FREE(&a, c->fargv);
    AR__FREE(&a, c->flen);
    AR__FREE(&a, c->fbuf);
    AR__FREE(&a, c);
}

AR_API void ar_client_free(ar_client *c) {
    unsigned long long written;
    int was;
    if (!c || (c->flags & AR__F_FREEING)) return;
    if (c->fork_gen != ar__forks) { c->o.fork_error = 1; ar__forked(c); } /* never the parent's socket */
    c->flags |= AR__F_FREEING;
    c->refs++;
    written = c->q_written;
    was = c->state == AR_STATE_CONNECTED || c->state == AR_STATE_CLOSING;
    ar__dns_drop(c);
    if (c->ai) { ASYNCREDIS_FREEADDRINFO(c->ai); c->ai = c->ai_next = NULL; }
    ar__close_fd(c);
    ar__timer_set(c, -1);
    c->state = AR_STATE_DISCONNECTED;
    ar__fail_queued(c, AR_ERR_CLOSED, written);
    while (c->failed.n) {
        ar__entry e = ar__ring_pop(&c->failed);
        ar__fail_entry(c, &e, e.err, 0);
    }
    if (was && !(c->flags & AR__F_FINALIZE) && c->o.on_disconnect) c->o.on_disconnect(c, AR_ERR_CLOSED, c->o.data);
    ar__unref(c);
}

AR_API void ar_client_close(ar_client *c) {
    if (!c || (c->flags & (AR__F_FREEING | AR__F_CLOSING))) return;
    c->flags |= AR__F_CLOSING;
    if (c->state == AR_STATE_CONNECTED) c->state = AR_STATE_CLOSING;
    if (c->state == AR_STATE_RECONNECTING) {
        /* no connection to finish them on: what is queued fails, closed */
        c->refs++;
        c->state = AR_STATE_DISCONNECTED;
        ar__fail_queued(c, AR_ERR_CLOSED, 0);
        if (!(c->flags & AR__F_FREEING)) ar__out_clear(c);
        c->dl_min = 0;
        ar__unref(c);
        if (c->flags & AR__F_FREEING) return;
    }
    if (c->state == AR_STATE_DISCONNECTED) c->flags |= AR__F_FINALIZE; /* nothing to wait for but failed entries */
    ar__check_close(c);
    ar__timer_update(c);
}

AR_API ar_state ar_client_state(const ar_client *c) { return c->state; }
AR_API int ar_client_fd(const ar_client *c) { return c->fd; }
AR_API size_t ar_client_inflight(const ar_client *c) { return c->inflight.n + c->failed.n; }
AR_API size_t ar_client_pending_output(const ar_client *c) { return (size_t)(c->q_total - c->q_written); }
AR_API void *ar_client_data(const ar_client *c) { return c->o.data; }
AR_API const char *ar_client_errstr(const ar_client *c) { return c->errstr; }
AR_API void ar_client_stats(const ar_client *c, ar_stats *out) { *out = c->st; }

AR_API void ar_loop_free(ar_loop *l) {
    if (!l) return;
    while (l->clients) {
        ar_client *c = l->clients;
        ar_client_free(c);
        if (l->clients == c) { /* still referenced by a running callback: detach */
            l->clients = c->lnext;
            if (c->lnext) c->lnext->lprev = NULL;
            c->mode = AR__M_PUMP;
        }
    }
#if AR__HAVE_EPOLL
    if (l->epfd >= 0) close(l->epfd);
#endif
    AR__FREE(&l->a, l->w);
    AR__FREE(&l->a, l->heap);
    AR__FREE(&l->a, l->flush);
    AR__FREE(&l->a, l->pfds);
    AR__FREE(&l->a, l);
}

/* >>pump */
AR_API long long ar_pump(ar_client *c) {
    long long r = -1, now;
    if (!c || (c->flags & AR__F_FREEING)) return -2;
    c->refs++;
    AR__FORKCHECK(c);
    if (c->flags & AR__F_RESOLVING) ar_handle_read(c);
    if (c->state == AR_STATE_CONNECTING && !(c->flags & (AR__F_SETUP | AR__F_RESOLVING))) ar_handle_write(c);
    if (!(c->flags & AR__F_FREEING) && c->fd >= 0 &&
        (c->state == AR_STATE_CONNECTED || c->state == AR_STATE_CLOSING || (c->flags & AR__F_SETUP)))
        ar_handle_read(c);
    if (!(c->flags & AR__F_FREEING) && c->fd >= 0 && (c->io_want & AR__WRITE) &&
        (c->state != AR_STATE_CONNECTING || (c->flags & AR__F_SETUP)))
        ar__flush(c);
    now = ar_now_ms();
    if (!(c->flags & AR__F_FREEING) && c->timer_at >= 0 && (c->timer_at == 0 || now >= c->timer_at))
        ar_handle_timer(c);
    if (c->flags & AR__F_FREEING) r = -2;
    else if ((c->flags & AR__F_MORE) || c->timer_at == 0 || c->failed.n) r = 0;
    else if (c->timer_at > 0) r = c->timer_at > now ? c->timer_at - now : 0;
    else if (c->io_want) r = -1;
    ar__unref(c);
    return r;
}

/* >>sync */
typedef struct ar__sync_slot { int done; ar_reply *r; ar_allocator a; } ar__sync_slot;

static void ar__sync_cb(ar_client *c, const ar_reply *r, void *ud) {
    ar__sync_slot *s = (ar__sync_slot *)ud;
    (void)c;
    s->r = ar_reply_dup(r, &s->a);
    s->done = 1;
}

static ar_reply *ar__sync_err(ar_client *c, ar_err err, const char *msg) {
    ar_reply r;
    memset(&r, 0, sizeof r);
    r.err = err;
    r.str = msg ? msg : ar_strerror(err);
    r.len = strlen(r.str);
    return ar_reply_dup(&r, c ? &c->a : NULL);
}

/* wait privately on this client's socket until *done or deadline */
typedef int ar__sync_cond(ar_client *c, void *arg);
static int ar__cond_done(ar_client *c, void *arg) { (void)c; return ((ar__sync_slot *)arg)->done; }
static int ar__cond_connected(ar_client *c, void *arg) { (void)arg; return c->state != AR_STATE_CONNECTING; }

static int ar__sync_wait(ar_client *c, ar__sync_cond *cond, void *arg, long long deadline) {
    while (!cond(c, arg) && !(c->flags & AR__F_FREEING)) {
        long long now = ar_now_ms(), t = deadline - now;
        struct pollfd pf;
        int n;
        if (deadline && t <= 0) return -1;
        if (c->timer_at == 0 || (c->flags & AR__F_MORE)) t = 0;
        else if (c->timer_at > 0 && (!deadline || c->timer_at - now < t)) t = c->timer_at - now;
        if (!deadline && c->timer_at < 0) t = 1000;
        if (t < 0) t = 0;
        pf.fd = c->fd;
        pf.events = (short)((c->io_want & AR__READ ? POLLIN : 0) | (c->io_want & AR__WRITE ? POLLOUT : 0));
        pf.revents = 0;
        n = poll(&pf, c->fd >= 0 && pf.events ? 1u : 0u, (int)(t > INT_MAX ? INT_MAX : t));
        if (n < 0 && errno != EINTR) return -1;
        if (n > 0 && (pf.revents & (POLLOUT | POLLERR | POLLHUP))) ar_handle_write(c);
        if (n > 0 && (pf.revents & (POLLIN | POLLERR | POLLHUP)) && !(c->flags & AR__F_FREEING)) ar_handle_read(c);
        if ((c->flags & AR__F_MORE) && !(c->flags & AR__F_FREEING)) ar_handle_read(c);
        if (!(c->flags & AR__F_FREEING) && c->timer_at >= 0 && (c->timer_at == 0 || ar_now_ms() >= c->timer_at))
            ar_handle_timer(c);
    }
    return cond(c, arg) ? 0 : -1;
}

static void ar__sync_forget(ar__ring *r, void *slot) {
    size_t i;
    for (i = 0; i < r->n; i++) {
        ar__entry *e = ar__ring_at(r, i);
        if (e->ud == slot && e->cb == ar__sync_cb) e->cb = NULL;
    }
}

static ar_reply *ar__sync_finish(ar_client *c, int rc, ar__sync_slot *s, long long deadline) {
    if (rc != AR_OK) {
        ar_reply *r = ar__sync_err(c, (ar_err)rc, c->errstr[0] && (rc == AR_ERR_FORMAT || rc == AR_ERR_PREFIX) ? c->errstr : NULL);
        return r;
    }
    c->refs++;
    /* the command carries its own deadline; this wait has a margin on top */
    if (ar__sync_wait(c, ar__cond_done, s, deadline ? deadline + 1000 : 0) != 0 && !s->done) {
        ar__sync_forget(&c->inflight, s);
        ar__sync_forget(&c->failed, s);
    }
    ar__unref(c);
    if (!s->done) return ar__sync_err(NULL, AR_ERR_TIMEOUT, "command timed out (sync helper)");
    return s->r;
}

AR_API ar_reply *ar_command_sync(ar_client *c, int timeout_ms, const char *fmt, ...) {
    ar__sync_slot s;
    ar_cmd_opts co;
    va_list ap;
    int rc;
    if (!c) return ar__sync_err(NULL, AR_ERR_INVALID, NULL);
    if (c->cb_depth > 0) return ar__sync_err(c, AR_ERR_BUSY, NULL);
    memset(&s, 0, sizeof s);
    memset(&co, 0, sizeof co);
    co.timeout_ms = timeout_ms > 0 ? timeout_ms : 0;
    s.a = c->a;
    va_start(ap, fmt);
    rc = ar__submit_fmt(c, &co, ar__sync_cb, &s, fmt, ap);
    va_end(ap);
    return ar__sync_finish(c, rc, &s, timeout_ms > 0 ? ar_now_ms() + timeout_ms : 0);
}

AR_API ar_reply *ar_command_argv_sync(ar_client *c, int timeout_ms, int argc, const char *const *argv, const size_t *argvlen) {
    ar__sync_slot s;
    ar_cmd_opts co;
    int rc;
    if (!c) return ar__sync_err(NULL, AR_ERR_INVALID, NULL);
    if (c->cb_depth > 0) return ar__sync_err(c, AR_ERR_BUSY, NULL);
    memset(&s, 0, sizeof s);
    memset(&co, 0, sizeof co);
    co.timeout_ms = timeout_ms > 0 ? timeout_ms : 0;
    s.a = c->a;
    rc = ar_command_argv_ex(c, &co, ar__sync_cb, &s, argc, argv, argvlen);
    return ar__sync_finish(c, rc, &s, timeout_ms > 0 ? ar_now_ms() + timeout_ms : 0);
}

AR_API ar_client *ar_connect_sync(const ar_options *o, int timeout_ms, const char **why) {
    ar_client *c = ar_client_new(o, why);
    long long deadline = timeout_ms > 0 ? ar_now_ms() + timeout_ms : 0;
    if (!c) return NULL;
    c->refs++;
    ar__sync_wait(c, ar__cond_connected, NULL, deadline);
    if (c->state != AR_STATE_CONNECTED) {
        const char *m = ar_strerror(c->last_err ? c->last_err : AR_ERR_CONNECT);
        if (c->state == AR_STATE_CONNECTING) m = ar_strerror(AR_ERR_TIMEOUT);
        if (why) *why = m;
        c->refs--;
        ar_client_free(c);
        return NULL;
    }
    ar__unref(c);
    return c;
}


#endif /* ASYNCREDIS_IMPLEMENTATION */

/*
------------------------------------------------------------------------------
This software is available under 2 licenses -- choose whichever you prefer.
------------------------------------------------------------------------------
ALTERNATIVE A - MIT License
Copyright (c) 2026 the asyncredis authors
Permission is hereby granted, free of charge, to any person obtaining a copy of
this software and associated documentation files (the "Software"), to deal in
the Software without restriction, including without limitation the rights to
use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies
of the Software, and to permit persons to whom the Software is furnished to do
so, subject to the following conditions:
The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.
THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
------------------------------------------------------------------------------
ALTERNATIVE B - Public Domain (www.unlicense.org)
This is free and unencumbered software released into the public domain.
Anyone is free to copy, modify, publish, use, compile, sell, or distribute this
software, either in source code form or as a compiled binary, for any purpose,
commercial or non-commercial, and by any means.
In jurisdictions that recognize copyright laws, the author or authors of this
software dedicate any and all copyright interest in the software to the public
domain. We make this dedication in the spirit of continuing to make
improvements to the software. We dedicate this to the public domain for the
benefit of the public at large and to the detriment of our heirs and
successors. We intend this dedication to be an overt act of relinquishment in
perpetuity of all present and future rights to this software under copyright
law.
------------------------------------------------------------------------------
*/
