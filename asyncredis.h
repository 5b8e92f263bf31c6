/* asyncredis.h - v0.2.0 - non-blocking Redis client for C, one header, libc only

   DO THIS in exactly one C or C++ file, before the #include:

       #define ASYNCREDIS_IMPLEMENTATION
       #include "asyncredis.h"

   Every other file just includes "asyncredis.h". A program that uses the
   command table, key prefixing or the wrappers includes
   "asyncredis_commands.h" in that file instead (it includes asyncredis.h
   and compiles both implementations there). The implementation uses
   POSIX (sockets, poll, clock_gettime, pthreads for the host-name
   resolver); epoll is used on Linux. Link with -pthread where the C library
   wants it (glibc before 2.34).

   CONTENTS
   This manual: EXAMPLE, CONFIGURATION MACROS, OPTIONS, then 1. REPLIES,
   2. COMMANDS, 3. DRIVING THE CLIENT (built-in loop, foreign loop hooks,
   pump; looking at a client), 4. BLOCKING HELPERS, 5. CLOSING,
   6. RESILIENCE, 7. RESP PARSER, 8. CONNECTION STATE AND MODES,
   9. PIPELINES, 10. TRANSACTIONS, 11. BLOCKING COMMANDS, 12. SCRIPTS,
   13. SCAN ITERATORS, 14. PUB/SUB, 15. TLS, 16. CONNECTION POOL,
   17. OBSERVABILITY, CHANGELOG, LICENSE. The code below is in parts
   marked ">>name" (search for them):
     declarations    >>errors  >>replies  >>parser  >>format  >>loop
                     >>client  >>pipeline (pipelines, transactions)
                     >>pubsub  >>pool (connection pool)  >>sync  >>script
                     >>scan
     >>implementation
       >>alloc         default allocator, growable arrays
       >>errors impl   ar_strerror, ar_reply_type_name
       >>dup           ar_reply_dup, ar_reply_free
       >>parser impl   the RESP parser
       >>format impl   the command encoder (format strings, argv)
       >>fork          the fork counter, the only process-wide value
       >>loop impl     the built-in loop: epoll or poll, timer heap
       >>uri impl      ar_parse_uri
       >>client impl   in-flight ring, driver plumbing, timeouts, reconnect;
                       then >>observe (the trace and log hooks, redaction),
                       >>connect, >>dns (the resolver thread), >>write,
                       >>read, >>forked (use after fork), >>submit,
                       >>learn (commands learned from the server),
                       >>tls (OpenSSL, behind ASYNCREDIS_TLS),
                       >>pipeline impl (ar_pipeline, ar_tx), >>optimistic
                       (ar_tx_optimistic), >>pubsub impl (subscriptions,
                       routing), >>lifecycle (options,
                       ar_client_new, free, close), >>pump, >>sync (the
                       blocking helpers)
       >>script impl   SHA1, ar_script, ar_fcall
       >>scan impl     the SCAN iterators
       >>pool impl     the connection pool

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
                                  define as `static` for a private copy: the
                                  functions that file does not call do not
                                  warn under GCC and clang)
       ASYNCREDIS_MALLOC(sz)      default allocator; define all three or none
       ASYNCREDIS_REALLOC(p,sz)     (default: libc malloc/realloc/free). A
       ASYNCREDIS_FREE(p)           per-client/per-loop ar_allocator wins.
       ASYNCREDIS_USE_POLL        use poll(2) in the built-in loop even on
                                  Linux (default there: epoll)
       ASYNCREDIS_GETADDRINFO(h,s,hints,res) and ASYNCREDIS_FREEADDRINFO(ai)
                                  the host-name resolver (default getaddrinfo
                                  / freeaddrinfo; define both or neither)
       ASYNCREDIS_NO_EPOLL        same as ASYNCREDIS_USE_POLL
       ASYNCREDIS_TLS             TLS with OpenSSL (section 15): link -lssl -lcrypto
       ASYNCREDIS_CLOCK_MS()      ms clock of timers and timeouts (monotonic)
       ASYNCREDIS_TLS_READ_MAX    most bytes one SSL_read asks for (default
                                  INT_MAX; the tests make it small so that a
                                  TLS record outlasts one read call)

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
       read_chunk           room made in the client's own read buffer for
                            one read(2), default 65536; with the built-in
                            loop also the size of the loop's shared read
                            buffer (its clients' largest). See "Memory" in
                            section 3
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
       prefixer_learned, learner, learn_max, learn_commands
                            a command the table does not know (a newer
                            server's, a module's) is learned from the
                            server: section 2, "Learned commands"
       uri, username, password, db, client_name   connection setup (section 6)
       tls, tls_options     TLS (section 15; rediss:// sets tls); without
                            ASYNCREDIS_TLS ar_client_new refuses it
       on_resubscribe       pub/sub: subscribed again after a reconnect
                            (section 14)
       refuse_behind_blocking   section 11
       on_trace, trace_name_only, trace_statement_max, on_log, log_level
                            observability (section 17)
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
   elements, max_depth 32 nested arrays, max_line_len for +status and
   -error lines: max_bulk_len (a server's error line, e.g. a script's
   error_reply or a module's message, can be as long as a bulk). Number
   lines ($ * :) are at most 32 bytes whatever the limits. A violation is
   a protocol error.

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
                   AR_REPLY_F_NIL_ARRAY: a NIL that came as a nil array (*-1)
                   rather than a nil bulk string ($-1).
                   AR_REPLY_F_OWNED: a copy that is yours (ar_reply_dup, the
                   _sync helpers); ar_reply_free releases it. ar_reply_free
                   does nothing for NULL or a reply without the flag (a
                   view, an element inside a copy).
       ar_reply_is_error(r, "WRONGTYPE") tests an error reply's prefix.
       ar_reply_type_name(r->type) names a type ("string", "array", ...).
       ar_strerror(err) describes an error code: r->err, what a submission
                   returned, on_disconnect's reason (a static string).

   2. COMMANDS

       ar_command(c, cb, ud, "SET %s %b", key, val, vallen);
       ar_command_argv(c, cb, ud, argc, argv, argvlen);   // argvlen NULL: strlen
       ar_vcommand(c, cb, ud, fmt, ap);                   // with a va_list

   Format: spaces separate arguments. %s (NUL-terminated), %b (pointer,
   size_t), %d %i %u %x %X %o with length l, ll or z (%ld %lld %llu %zu
   ...), %f %g %e %G %E (double), %% (a literal %). Numbers take the flags
   - + 0, a width and a precision of up to two digits each (%05d, %.3f). Conversions can
   sit inside a larger argument ("user:%d:name"). An empty %s still makes an
   argument. Any other conversion is refused at the call: AR_ERR_FORMAT, and
   nothing is sent.

   The encoder alone: ar_format(&buf, &len, &why, fmt, ...) (ar_vformat
   with a va_list) and ar_format_argv(&buf, &len, argc, argv, argvlen)
   write a command as RESP into a new NUL-terminated buffer (from
   ASYNCREDIS_MALLOC); release it with ar_free_buffer(buf). They return AR_OK,
   AR_ERR_FORMAT (*why says why), AR_ERR_INVALID (a bad argv) or
   AR_ERR_NOMEM. For tests, or to send the bytes some other way.

   A submission returns AR_OK (the callback will run exactly once, never from
   inside this call) or an error code (the callback never runs):
   AR_ERR_FORMAT, AR_ERR_INVALID, AR_ERR_QUEUE_FULL, AR_ERR_OUTPUT_FULL,
   AR_ERR_OFFLINE_FULL, AR_ERR_PREFIX, AR_ERR_CLOSED (client closing),
   AR_ERR_NOMEM, AR_ERR_MODE (section 8), or - after the client gave up -
   the cause (AR_ERR_AUTH, AR_ERR_CONNECT, ...; AR_ERR_DISCONNECTED when
   there is none to tell). Every refusal writes what
   was hit, and the option that raises a limit, to ar_client_errstr. While
   (re)connecting, commands wait in the offline queue (section 6). cb may be
   NULL (the reply is dropped).

   Commands submitted while a loop turn runs are written together: the
   library writes once per turn (or when the socket becomes writable again).

   Learned commands. With key_prefix set, a command the prefixer does not
   know - a newer server's (HEXPIRE), a module's (JSON.SET) - is refused,
   unless the client may learn it from the server it is connected to:

       o.key_prefix = "app:";
       o.prefixer_learned = ar_cmdtab_prefix_learned;  // instead of o.prefixer
       o.learner = ar_cmdtab_learn;                    // both from asyncredis_commands.h
       o.learn_commands = "HEXPIRE JSON.SET";          // optional: learned at connect

   Then the first use of an unknown command on a connection is accepted: the
   client sends COMMAND INFO <name> in front of it and holds the command
   (and whatever is submitted after it: order is kept on the wire and in
   the callbacks) until the answer; o.learner reads the key specs from it,
   and the command goes out prefixed as the table would have done. Later
   uses are prefixed at the call like a known command, without allocation.
   The COMMAND INFO is a command of the client's own: it counts in
   ar_stats.commands and is traced like one.
   What is learned belongs to the connection: it is forgotten when the
   connection ends (the server behind a reconnect may be another version)
   and learned again on first use; a learn still unanswered at the loss is
   sent again on the next connection, and the commands held behind it were
   never written, so they are sent then too. o.learn_commands (names
   separated by spaces or commas) are learned in the setup of every
   connection (a name the server does not know is remembered as such; the
   setup does not fail).
   A held command fails in its turn, AR_ERR_PREFIX, never sent, when the
   server does not know it (COMMAND INFO answers nil), when its learned key
   specs do not locate its keys (no key spec but keys found by the server's
   own code, begin_search or find_keys "unknown", incomplete specs, a
   container with subcommands: they are not learned), when its arguments do
   not fit the learned arity, or when the server refuses COMMAND INFO; the
   learn's own failure (timeout, loss after giving up) is its failure. The
   connection remembers the answer: the next use is refused at the call
   with the reason. Refused at the call, with the way out in
   ar_client_errstr: more than o.learn_max names learned or being learned
   on this connection (default 32, at most 1024: AR_ERR_PREFIX, "raise
   o.learn_max"); a name of 64 bytes or more; an unlearned command inside a
   MULTI the user opened (COMMAND INFO would be queued in the transaction:
   AR_ERR_MODE, list it in o.learn_commands); a new learn while a blocking
   command is queued or in flight (AR_ERR_MODE: it would wait behind BLPOP;
   a learn already on its way is joined). An ar_pipeline or ar_tx (whose
   commands are all known when it is executed) learns before the unit: an
   unknown command is queued unprefixed, ar_*_exec sends COMMAND INFO for
   its name in front of the unit (MULTI) and holds the unit whole until
   the answer, then it goes out prefixed, as one; if a name cannot be
   prefixed, no command of the unit is sent and the unit fails with that
   AR_ERR_PREFIX (a transaction's EXEC becomes UNWATCH: a WATCH before it
   ends as EXEC would have ended it). A pool (section 16) passes the
   options to its connections; ar_pool_command accepts an unknown command
   at the call and its connection learns it. ar_client_learned(c) is what
   c's connection learned: ar_cmdtab_learned_lookup(ar_client_learned(c),
   "hexpire", 7) gives the learned command (for ar_cmdtab_getkeys & co.),
   NULL if not learned. Another learner: o.learner(info, out, cap, &need,
   &why) gets one element of COMMAND INFO's reply (nil when the server does
   not know the command) and writes what o.prefixer_learned will find with
   ar_learned_find(learned, name, len) (at most 8 KB; it stays where it is
   written); a prefixer returns AR_PREFIX_UNKNOWN for a command it does not
   know.

   Per command options: ar_command_ex / ar_command_argv_ex take an
   ar_cmd_opts. flags:
       AR_CMD_NOCOPY      zero copy: every %b / %s piece (or argv element)
                          of AR_NOCOPY_MIN (4096) bytes or more is sent from
                          your memory with sendmsg(2) instead of being copied.
                          It must stay valid and unchanged until the
                          command's callback has run. Use it for large values
                          submitted from a loop: copying 64 MB into fresh
                          memory costs the submitting call ~10-200 ms.
       AR_CMD_IDEMPOTENT  safe to send again after a reconnect even if it
                          was written, like a name in o.idempotent_commands
                          (section 6, retry safety).
   timeout_ms: this command's deadline, in ms from the submission: 0 = the
   client's request_timeout_ms, -1 = none, > 0 = that many. Past it the
   command fails with AR_ERR_TIMEOUT (section 6). A blocking command (BLPOP
   & co.) keeps its own timeout plus blocking_timeout_buffer_ms whatever
   timeout_ms says. Without a deadline a command still fails with its
   connection, and read_timeout_ms resets a connection that owes replies
   and stays silent.

   3. DRIVING THE CLIENT: three ways

   a) Built-in loop: ar_loop_new(&lo) (lo may be NULL; lo.allocator for
      the loop's memory, lo.use_poll = 1 for poll(2) where epoll exists;
      ar_loop_backend(loop) says "epoll" or "poll"), set o.loop, then
      ar_loop_run(loop) (until ar_loop_stop or nothing is left to wait for;
      0, or -1 if waiting failed) or ar_loop_run_once(loop, timeout_ms) (one
      turn, -1: wait until something happens; the number of events handled,
      or -1). ar_loop_free frees the clients still attached (their callbacks
      get AR_ERR_CLOSED). Many clients per loop, one thread per loop. Timers
      for your own use, no allocation (the ar_timer lives in your memory):
      ar_timer_init(loop, &t) once, ar_timer_start(&t, after_ms, repeat_ms,
      cb, ud) (repeats every repeat_ms if > 0; restarting is fine),
      ar_timer_stop(&t), ar_timer_active(&t) (1 while armed). ar_now_ms():
      a monotonic clock (CLOCK_MONOTONIC) in ms.
   b) Foreign loop (libuv, libevent, your own poll): fill an ar_hooks and
      set o.hooks (copied). hooks.data goes to every hook: one record of
      yours per client.
          add_read(data, fd) / del_read(data, fd)    watch fd for reading
          add_write(data, fd) / del_write(data, fd)  watch fd for writing
          set_timer(data, ms)  the client's one timer: call ar_handle_timer
                               in ms (0: on the next turn); each call
                               replaces the last; ms < 0 cancels it
          cleanup(data)        the client is gone: drop your record
      Call ar_handle_read(c) / ar_handle_write(c) when the fd is readable /
      writable (report an error or hang-up as both) and ar_handle_timer(c)
      when the timer is due; a call with nothing to do is harmless. Hooks
      are called only when the wanted state changes, from inside any call on
      the client (ar_client_new included, before it returns: have data
      ready first). The contract:
      - del_read / del_write for a watched fd always come before that fd
        is closed, and before the add_* of the next one. The fd changes
        with every (re)connect, and while a host name is resolved it is the
        resolver's pipe, not a socket. A new fd may have the old one's
        number (the kernel reuses numbers): follow the calls, do not
        compare numbers.
      - cleanup(data) is the last call. By then every watch was deleted and
        the timer cancelled; right after it the ar_client is freed memory.
      - cleanup can run inside ar_handle_read / ar_handle_write /
        ar_handle_timer: a callback that frees the client (ar_client_free,
        or the end of ar_client_close, which finishes inside
        ar_handle_timer) releases it as that call returns. So after each
        ar_handle_* call, check before touching the client again (the next
        ar_handle_* for the same event included): mark your record dead in
        cleanup and test it. tests/drive.h does this with w->used. Called
        outside any callback, ar_client_free runs cleanup before it returns.
      Ready-made: adapters/asyncredis_libuv.h, asyncredis_libevent.h and
      asyncredis_libev.h (one header each, included after this one) fill
      the hooks for you: ar_libuv_client_new(uv_loop, &o, &why),
      ar_libevent_client_new(event_base, ...), ar_libev_client_new(ev_loop,
      ...), then use the client as always.
   c) Pump (frame loops): leave o.loop and o.hooks NULL and call
      ar_pump(c) every frame. It does all non-blocking work ready now and
      returns the milliseconds until the client next needs attention
      (0 = call again soon, -1 = nothing scheduled, -2 = the client was
      freed during this call: do not use it again).

   Looking at a client (any mode): ar_client_state(c) is
   AR_STATE_CONNECTING (resolving, connecting or sending the setup),
   AR_STATE_CONNECTED, AR_STATE_RECONNECTING (waiting for the next attempt),
   AR_STATE_CLOSING (ar_client_close is finishing) or AR_STATE_DISCONNECTED
   (for good: reconnect off, gave up, or refused). ar_client_fd(c): the fd
   it watches now (-1: none). ar_client_inflight(c): callbacks still owed.
   ar_client_pending_output(c): bytes of commands not yet written.
   ar_client_data(c): o.data. ar_client_errstr(c): the last
   connection-level error text ("connect: Connection refused").
   ar_client_stats(c, &st) copies counters kept since ar_client_new:
   commands (accepted), replies (from the server), failures (callbacks run
   with a client error), writes / reads (system calls), bytes_out,
   bytes_in, connects (successful connections), and the counters of
   section 17 (by outcome, by error code, losses, in flight, ...).

   Memory (any mode). A connected client with nothing to do holds one
   allocation: the ar_client and its strings (host or path, password,
   user name, client name, key prefix, TLS server name), about 1.9 KB on
   x86-64 with the default options (tests/test_memory.c holds it under
   2 KB; `make bench` shows the resident memory per connection next to
   hiredis). With TLS, OpenSSL's state for the connection comes on top
   (from OpenSSL's allocator); pub/sub keeps its names and handles. The
   rest is made when work needs it, and given back when the client is
   quiet again (no reply owed, nothing buffered, nothing unwritten):
     - Reads go into a buffer lent for the read: the built-in loop's, one
       for all its clients (64 KB, made with the loop, grown to the largest
       read_chunk), or 4 KB on the stack of ar_handle_read / ar_pump with
       hooks or pump. A reply that arrives whole is parsed where it was
       read, never copied. The client's own read buffer holds only what
       must wait: the part of a reply at the end of a read (from 512
       bytes), a reply larger than half the lent buffer, and with hooks or
       pump the rest of a read that filled the 4 KB.
     - Commands stay encoded (from 128 bytes, doubling) until their replies
       arrive, each with a 96-byte entry in the in-flight ring (from 4,
       doubling); arrays in replies use the parser's node pool (56 bytes a
       value); the format and key-prefix scratch is kept between commands.
   When a read leaves the client quiet, all of that goes back at once,
   unless the client is in steady use: more than 16 replies since it was
   last quiet, or that was less than a second ago. Then it keeps them (a
   stream of commands, one by one or in batches, makes no allocator call
   per command) and gives them back after a second without work, on its
   timer. A buffer over 4 MB goes back as soon as it drains. What the
   options change: read_chunk (the loop's shared buffer, and the room one
   read gets in the client's own buffer); limits (max_bulk_len,
   max_array_len, max_depth bound how far a reply can grow the client's
   read buffer and node pool); max_output and max_inflight bound the
   encoded commands and the ring; the strings cost their bytes.
   ar_client_errstr keeps the first 159 bytes of a message.

   4. BLOCKING HELPERS (scripts, tests, bootstrap; never from a loop)

       ar_client *c = ar_connect_sync(&o, 2000, &why);
       ar_reply *r = ar_command_sync(c, 2000, "GET %s", "k"); ... ar_reply_free(r);
       r = ar_command_argv_sync(c, 2000, argc, argv, argvlen);

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
   DBSIZE): then it is sent again. o.idempotent_commands replaces that list
   (a NULL-terminated array of command names, any case, 1 to 32 bytes each);
   an array holding just NULL means nothing is idempotent by name. A command
   whose reply broke the protocol is never sent again. Transactions, pipelines and WATCH have their own
   rules (section 8). While not connected (the first connect included),
   commands wait in the offline queue, bounded like the connected path by
   max_inflight and max_output (offline_queue_max, default max_inflight,
   sets a smaller bound: AR_ERR_OFFLINE_FULL past it): a burst submitted
   before the first connect behaves like one submitted after it.

   Giving up. reconnect_max_attempts used up, AUTH / SELECT / SETNAME
   refused, or a loss with no_reconnect: the client is DISCONNECTED, what
   was queued fails with the cause, on_error runs, and the client holds no
   fd and no timer (a built-in loop with nothing else returns). New
   submissions are refused at the call with the cause (AR_ERR_AUTH,
   AR_ERR_CONNECT, AR_ERR_TIMEOUT, ...; ar_client_errstr tells the story).
   ar_client_reconnect(c) tries again on purpose (e.g. after rotating a
   password): attempts count from 1 again, the outcome arrives as events;
   AR_ERR_BUSY if the client has not given up. To re-send, the client keeps each command's
   bytes until its reply arrives. Should the allocator refuse the small list
   this needs at the moment of a loss, nothing is kept: every queued command
   fails with the reason (maybe-executed when written) and the client still
   reconnects. A refused allocation elsewhere is AR_ERR_NOMEM at the call
   (nothing queued) or a reset with reason AR_ERR_NOMEM (read buffer,
   setup).

   Setup. username/password (AUTH), db (SELECT), client_name (CLIENT
   SETNAME), or the same from o.uri (ar_parse_uri), go out first on every
   connection, in one write; user commands follow only once they succeed.
   connect_timeout_ms covers the TCP connect and the setup together: a
   server that accepts and never answers AUTH fails the attempt at that
   deadline (AR_ERR_TIMEOUT), not at read_timeout_ms. A refusal is
   AR_ERR_AUTH: no reconnect storm, queued commands fail.
   ar_parse_uri(uri, &o, buf, bufsize, &why) parses a URI into o on its own
   (no allocation: decoded strings go to buf, which must outlive o):
   redis://[[user]:password@]host[:port][/db][?option=value&...],
   rediss://... (sets o.tls), redis+unix:///path[?db=N&...] and
   unix:///path; host may be [IPv6]; options db, name, connect_timeout,
   read_timeout, write_timeout, request_timeout (seconds, or 250ms). It
   returns AR_OK, AR_ERR_INVALID with *why, or AR_ERR_NOMEM (buf too small).

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

       ar_parser *p = ar_parser_new(NULL, NULL);  // ar_limits, allocator
       ar_parser_feed(p, bytes, n);               // copies; or AR_ERR_NOMEM
       const ar_reply *r;
       while ((rc = ar_parser_next(p, &r)) == AR_PARSE_REPLY) use(r);
       if (rc == AR_PARSE_ERROR) puts(ar_parser_error(p));
       ar_parser_free(p);

   AR_PARSE_MORE: the next reply is not complete yet, feed more.
   AR_PARSE_ERROR (a failed allocation too: its message then starts "out
   of memory") stays until ar_parser_reset(p), which also drops what is
   buffered. Without the copy: char *sp = ar_parser_space(p, want, &avail)
   gives at least want writable bytes (NULL: no memory); read into it, then
   ar_parser_commit(p, n). ar_parser_pending(p): bytes buffered and not
   consumed yet.
   A reply from ar_parser_next stays valid until the next call on the parser.

   8. CONNECTION STATE AND MODES

   A client owns one connection at a time; its state machine is the one
   owner of what lives on it:

       ar_client_new / ar_client_reconnect
             |
             v                 CONNECTING (public state)
         resolve name --> connect --> setup: AUTH, SELECT, CLIENT SETNAME
             |               |          |   (one connect_timeout_ms for all)
             |  fail/timeout |          | all +OK
             +---------------+----+     v
                                  |   CONNECTED ---- ar_client_close ----> CLOSING
                                  |     |                                  (pending
                                  v     | EOF, I/O error, timeout,          finish,
            RECONNECTING <---- loss <---+ protocol error                    then free)
            (backoff)           |
                 | attempts     | no_reconnect, max attempts, AUTH refused
                 | left         v
                 +-------> DISCONNECTED: no fd, no timer (a loop with only it
                           returns); submissions refused at the call with the
                           cause (AR_ERR_AUTH, AR_ERR_CONNECT, ...) until
                           ar_client_reconnect(c)

   ar_client_state(c) reads it. On top of it the client tracks the modes the
   commands submitted so far put the connection in (submission order is
   execution order, so this is what the server will see), as a bit set from
   ar_client_modes(c):

       AR_MODE_MULTI    MULTI submitted, EXEC / DISCARD not yet
       AR_MODE_WATCH    WATCH submitted, EXEC / DISCARD / UNWATCH not yet
       AR_MODE_BLOCKED  a blocking command (BLPOP & co.) queued or in flight
       AR_MODE_LOST     the open MULTI or WATCH was on a connection that was
                        lost: what is submitted for it fails (below)
       AR_MODE_SUBSCRIBED  a pub/sub handle exists (section 14): only PING
                        and QUIT besides pub/sub

   What may be submitted:

       normal           anything except MONITOR and RESET (refused with
                        AR_ERR_MODE: RESET would undo the setup behind the
                        client's back), raw (P|S)SUBSCRIBE (use ar_subscribe,
                        section 14), EXEC and DISCARD (without MULTI)
       in MULTI         anything queued; MULTI and WATCH refused (AR_ERR_MODE);
                        blocking commands do not block (Redis runs them at
                        EXEC without waiting) and get no blocking deadline
       WATCHing         anything; the EXEC that follows depends on the WATCH
       BLOCKED          anything (it waits behind the blocking command: head
                        of line, section 11), or with o.refuse_behind_blocking
                        only more blocking commands (others: AR_ERR_MODE)
       LOST             the commands of the lost MULTI, its EXEC, a MULTI or
                        WATCH of the lost WATCH: accepted and failed on the
                        next turn, never sent: AR_ERR_TX_ABORTED (the MULTI was
                        lost) or AR_ERR_WATCH_LOST (the WATCH was lost). EXEC,
                        DISCARD (or UNWATCH for a WATCH) end it.

   Across a reconnect (invariant: nothing submitted inside a transaction
   ever runs outside it):
   - a transaction (MULTI ... EXEC, raw or ar_tx) or a pipeline (ar_pipeline)
     is one unit. If none of it had reached the server, it is sent whole on
     the next connection. If any of it had (a command written or answered),
     none of it is sent again: written commands fail with the loss and
     AR_REPLY_F_MAYBE_EXECUTED, the unwritten ones with AR_ERR_TX_ABORTED,
     whatever their idempotent marking;
   - a WATCH that had reached the server is gone with the connection: the
     EXEC that depended on it (and its MULTI and queued commands) fails with
     AR_ERR_WATCH_LOST and never runs, so a lost update cannot happen; a
     WATCH not yet written is simply sent first on the new connection;
   - the setup (AUTH, SELECT, CLIENT SETNAME) and every subscription are
     replayed on every connection; a SELECT the user sent (outside MULTI) and the server
     accepted becomes the db the setup selects;
   - a blocking command follows the retry rules of section 6 (written: maybe
     executed, unless idempotent).

   9. PIPELINES

       ar_pipeline *p = ar_pipeline_new(c, NULL);    // client's allocator
       ar_pipeline_command(p, "SET %s %s", "a", "1");
       ar_pipeline_command(p, "INCR %s", "a");
       ar_pipeline_command_argv(p, argc, argv, lens);
       ar_pipeline_exec(p, on_all, ud);              // p belongs to the library now

       static void on_all(ar_client *c, const ar_reply *r, void *ud) {
           if (r->err) { ...; return; }              // the unit failed as a whole
           for (size_t i = 0; i < r->elements; i++)  // one slot per command
               if (r->element[i].type == AR_REPLY_ERROR) ...   // that command's error
       }

   Commands are checked, key-prefixed and encoded when queued (a bad format,
   an unprefixable key or a mode-changing command - MULTI, EXEC, DISCARD,
   WATCH, UNWATCH, SUBSCRIBE, MONITOR, RESET - is refused there; they are
   copied, AR_CMD_NOCOPY does not apply). ar_pipeline_exec submits them as
   one unit: all or none (room in the ring and the output buffer is taken
   first; refusals: the limits of section 2, AR_ERR_MODE while a MULTI is
   open, AR_ERR_INVALID for an empty pipeline), written in one go, with one
   deadline (ar_pipeline_opts.timeout_ms, 0: request_timeout_ms, -1: none).
   The completion runs once: an ARRAY with each command's reply in order (a
   Redis error in a slot is that slot's AR_REPLY_ERROR), or, when anything
   failed on the way (loss, timeout, protocol error, no memory), r->err with
   AR_REPLY_F_MAYBE_EXECUTED if something may have run: no slot is ever shown
   without its reply. A refused exec leaves p yours: discard it with
   ar_pipeline_discard (also for one never executed). max_commands (100000)
   bounds a pipeline: AR_ERR_QUEUE_FULL at ar_pipeline_command;
   ar_pipeline_size(p) says how many are queued. ar_pipeline_vcommand takes
   a va_list.
   Auto-pipelining already writes everything submitted in one loop turn with
   one write: an explicit pipeline adds the one completion, the one deadline
   and the all-or-nothing unit (it copies each reply to deliver them
   together: `make bench` compares both).

   10. TRANSACTIONS

       ar_tx *t = ar_tx_new(c, NULL);
       ar_tx_command(t, "DECRBY %s %d", "balance", 100);
       ar_tx_command(t, "INCR %s", "purchases");
       ar_tx_exec(t, on_exec, ud);       // MULTI, the commands, EXEC: one unit

   The completion gets EXEC's outcome: an ARRAY of the results (a command
   that failed while running is its slot's AR_REPLY_ERROR), AR_REPLY_NIL
   when a WATCHed key changed (a conflict: nothing ran; not an error), an
   AR_REPLY_ERROR "EXECABORT ..." when the server refused a queued command,
   or r->err: AR_ERR_WATCH_LOST, AR_ERR_TX_ABORTED, or the loss with
   AR_REPLY_F_MAYBE_EXECUTED when EXEC was written and not answered. Queuing
   rules, the deadline and ownership are those of pipelines (ar_tx_opts is
   ar_pipeline_opts; ar_tx_vcommand and ar_tx_command_argv as for
   pipelines). ar_tx_exec is refused (AR_ERR_MODE) while a raw MULTI is
   open on the client. Raw MULTI / EXEC / DISCARD / WATCH / UNWATCH through
   ar_command follow the same rules (section 8).

   Optimistic locking (check-and-set) with retries:

       static void fn(ar_client *c, ar_tx *tx, int attempt, void *ud) {
           ar_command(c, on_balance, tx, "GET balance");  // keys are WATCHed
       }
       static void on_balance(ar_client *c, const ar_reply *r, void *ud) {
           ar_tx *tx = ud;
           if (r->err || atoll(r->str) < 100) { ar_tx_discard(tx); return; }
           ar_tx_command(tx, "DECRBY balance 100");
           ar_tx_exec(tx, NULL, NULL);                     // commit
       }
       const char *keys[] = { "balance" };
       ar_tx_optimistic(c, NULL, 1, keys, NULL, fn, on_done, ud);

   WATCH keys; once it is answered fn runs (attempt 1, 2, ...) and must end,
   now or from a later callback, with exactly one ar_tx_exec(tx, NULL, NULL)
   or ar_tx_discard(tx). A conflict (EXEC nil) starts over - WATCH again, a
   fresh tx - up to ar_tx_opts.max_attempts (16) runs; on_done then gets the
   NIL. on_done runs exactly once: EXEC's outcome, AR_ERR_TX_ABORTED after a
   discard (UNWATCH is sent), or the failure of the WATCH. A tx holds a
   reference on its client: one never executed must be discarded, also
   after ar_client_free (the memory is released then).

   11. BLOCKING COMMANDS

   BLPOP, BRPOP, BLMOVE, BRPOPLPUSH, BLMPOP, BZPOPMIN, BZPOPMAX, BZMPOP,
   XREAD / XREADGROUP BLOCK, WAIT and WAITAOF are ordinary commands with
   their own deadline (section 6: their timeout + blocking_timeout_buffer_ms,
   counted from when no other blocking command is ahead of them on the
   connection; timeout 0: none). On timeout the server answers nil: RESP2
   sends *-1, so r->type is AR_REPLY_NIL with AR_REPLY_F_NIL_ARRAY.

   Head of line: RESP2 answers in order, so while a BLPOP waits on a
   connection every command behind it waits too (a GET behind BLPOP q 1
   waits up to a second). The practical answer: give blocking commands a
   client of their own (clients are cheap; many wait on one loop without
   blocking each other or the loop). To have the library enforce it, set
   o.refuse_behind_blocking = 1 on that client: while a blocking command is
   queued or in flight, any other command is refused at the call with
   AR_ERR_MODE (more blocking commands are accepted and queue up).

   12. SCRIPTS

       ar_script s;                                  // your memory, e.g. static
       ar_script_init(&s, "return redis.call('INCRBY', KEYS[1], ARGV[1])", 0);
       const char *keys[] = { "counter" }, *args[] = { "5" };
       ar_script_eval(c, &s, NULL, 1, keys, NULL, 1, args, NULL, on_reply, ud);

   ar_script_init computes the SHA1 locally (ar_sha1_hex); s->src is not
   copied: it must stay valid while runs are pending. ar_script_eval sends
   EVALSHA sha numkeys keys... args...; if the server answers NOSCRIPT (first
   use, SCRIPT FLUSH, a restart or failover), it sends EVAL src with the same
   keys and args, and the callback gets EVAL's reply: the user never sees
   NOSCRIPT, and the next run is EVALSHA alone. Keys are given apart from the
   args so that key_prefix reaches exactly the keys. The keys and args are
   copied (one allocation from the client's allocator, freed after the
   callback); keylens / arglens NULL means strlen. Exactly one callback per
   accepted run: the reply (a Lua error is an AR_REPLY_ERROR), or a typed
   failure: AR_ERR_CLOSED if the client was closed or freed before EVAL
   could be sent, and whatever refused the EVAL otherwise. co (may be NULL)
   applies to both submissions. ar_script_eval_ro uses EVALSHA_RO / EVAL_RO.
   ar_script_load(c, &s, cb, ud) sends SCRIPT LOAD (the reply is s.sha1).
   ar_fcall / ar_fcall_ro(c, co, "fname", nkeys, keys, keylens, nargs, args,
   arglens, cb, ud) send FCALL / FCALL_RO the same way (no fallback: a
   missing function is the server's error reply). Refused at the call
   (AR_ERR_INVALID): an uninitialised script, nkeys or nargs < 0, a NULL
   array or element, a NULL function name.

   13. SCAN ITERATORS

       static int on_batch(ar_client *c, const ar_reply *b, int last, void *ud) {
           if (b->err || b->type == AR_REPLY_ERROR) { report(b->str); return 0; }
           for (size_t i = 0; i < b->elements; i++) use(b->element[i].str, b->element[i].len);
           if (last) done(ud);
           return 0;                             // non-zero: stop here
       }
       ar_scan_opts so;                          // zero means default
       memset(&so, 0, sizeof so);
       so.match = "user:*"; so.count = 500;
       ar_scan_start(c, &so, on_batch, ud);

   so.kind: AR_SCAN_KEYS (SCAN, the default), AR_SCAN_HASH (HSCAN so.key:
   field, value, field, value, ...), AR_SCAN_SET (SSCAN: members),
   AR_SCAN_ZSET (ZSCAN: member, score, ...). so.key / keylen (0: strlen)
   name the hash, set or zset; so.match / matchlen, so.count (a hint),
   so.type (SCAN TYPE, keys only) go on every call; so.timeout_ms is per
   SCAN call. The iterator comes from the client's allocator, keeps the
   cursor itself, and is freed after the final call or a stop.

   The callback runs once per batch, never from inside ar_scan_start. batch
   is an ARRAY view of this batch's items, valid during the call. Empty
   intermediate batches (the server returns them, often with MATCH or TYPE)
   are skipped; the final call (cursor 0, last = 1) is always made, and its
   batch may be empty. An error ends the iteration with one final call,
   last = 1: an error reply (WRONGTYPE: batch->type AR_REPLY_ERROR) or a
   client failure (batch->err, e.g. AR_ERR_CLOSED when the client was
   closed or freed meanwhile, also from this callback, AR_ERR_TIMEOUT).
   last is 1 exactly once. Returning non-zero stops it: no further calls.
   SCAN follows Redis's guarantee: an element present for the whole
   iteration is handed out at least once; one may come twice; elements
   added or removed meanwhile may or may not appear. The SCAN calls are
   marked idempotent, so a reconnect resumes the iteration.

   With key_prefix, the prefix applies to the key of HSCAN/SSCAN/ZSCAN and
   to the MATCH pattern of SCAN (its glob characters escaped); a SCAN
   without MATCH gets MATCH <prefix>*, so it sees only the client's own
   keys. Key names come back with the prefix unless so.strip_prefix is set
   (SCAN only; fields and members are never touched).

   14. PUB/SUB

       static void on_msg(ar_client *c, ar_sub *s, const ar_message *m, void *ud) {
           printf("%.*s: %.*s\n", (int)m->channel_len, m->channel,
                  (int)m->payload_len, m->payload);        // views: copy to keep
       }
       const char *chans[] = { "news", "alerts" };
       ar_sub *s;
       ar_subscribe(c, AR_SUB_CHANNEL, 2, chans, NULL, on_msg, on_ready, ud, &s);
       ...
       ar_sub_unsubscribe(s, 0, NULL, NULL, on_gone, ud);  // all of s's names

   ar_subscribe(c, kind, n, names, lens, on_message, on_confirm, ud, &s)
   sends SUBSCRIBE (AR_SUB_CHANNEL), PSUBSCRIBE (AR_SUB_PATTERN) or
   SSUBSCRIBE (AR_SUB_SHARD) for n names (lens NULL: strlen) and returns a
   handle. on_confirm runs once, when the server confirmed every name:
   r->type AR_REPLY_INTEGER, r->integer the subscriptions the connection
   now holds; an AR_REPLY_ERROR (the server refused: ACL, ...) or r->err
   means the handle holds nothing and is gone after that callback (with
   r->err after giving up, the names stay registered and are subscribed
   again by ar_client_reconnect). on_message(c, s, m, ud) runs for every
   message of a name the handle holds, with m->kind (AR_SUB_CHANNEL:
   message, AR_SUB_PATTERN: pmessage, AR_SUB_SHARD: smessage), m->channel,
   m->pattern (pmessage only) and m->payload, binary safe views valid
   during the call, the key prefix taken off. Messages never consume a
   command's reply; ar_stats.messages counts them (messages_dropped: those
   that arrived after every handle let go of their name).

   Handles and names. Each name is subscribed once on the server, however
   many handles hold it; each handle gets each message once. A handle lets
   go with ar_sub_unsubscribe(s, n, names, lens, cb, ud) (n = 0: all its
   names) and ar_unsubscribe_all(c, cb, ud) lets go of everything; a name
   leaves the server (UNSUBSCRIBE, PUNSUBSCRIBE, SUNSUBSCRIBE) when its last
   handle lets go. From the moment the call returns, no message reaches the
   handle for those names. cb runs once, when the server confirmed (on a
   later turn if nothing had to be sent). A handle that holds nothing is
   freed once its own SUBSCRIBE was answered: do not use it after its
   unsubscribe callback (or after ar_client_free). ar_sub_names(s) says how
   many names a handle holds.

   Mode. While any handle exists the connection is subscribed
   (AR_MODE_SUBSCRIBED): RESP2 then allows only the pub/sub commands, so
   ar_command accepts only PING (its reply is the array ["pong", ""]) and
   QUIT; anything else, pipelines and transactions are refused at the call
   with AR_ERR_MODE (use another client: PUBLISH goes on an ordinary one,
   ar_publish / ar_spublish). Raw SUBSCRIBE through ar_command is refused:
   its messages would have no handle. Letting go of everything returns the
   connection to normal once the server confirmed. PUBSUB CHANNELS, NUMSUB,
   NUMPAT, SHARDCHANNELS and SHARDNUMSUB are ordinary commands (the
   arcmd_pubsub_* wrappers of asyncredis_commands.h).

   Reconnect. Every new connection subscribes again to every name a server
   had confirmed, in its setup, before it counts as ready (on_connect); then
   o.on_resubscribe(c, count, data) tells you how many (a SUBSCRIBE still
   unanswered at the loss is sent again on its own, and confirms its
   handle as usual; a replay the server refuses is a refused setup:
   AR_ERR_AUTH, no storm). Redis pub/sub is
   at-most-once: what was published while the connection was down is lost.
   A subscriber too slow for the server's client-output-buffer-limit pubsub
   is disconnected by the server: on_disconnect(AR_ERR_EOF), then the
   reconnect and on_resubscribe, never a silent loss. The key prefix
   applies to channels and patterns as the command table says. SUBSCRIBE
   inside MULTI is refused.

   15. TLS

       #define ASYNCREDIS_TLS              // before the implementation; link -lssl -lcrypto
       #define ASYNCREDIS_IMPLEMENTATION
       #include "asyncredis.h"
       ...
       o.uri = "rediss://:secret@redis.example.com:6380/0";   // or o.tls = 1
       o.tls_options.ca_file = "/etc/redis/ca.pem";            // NULL: the system store

   Without ASYNCREDIS_TLS the library references no OpenSSL symbol and
   ar_client_new refuses o.tls with a message saying so. With it, TLS runs
   on the same client in every drive mode. The handshake is a state of the
   connection (after TCP connect, before the setup): it never blocks, the
   driver is told whether it waits to read or to write, and
   connect_timeout_ms covers TCP connect + handshake + AUTH together (a peer
   that stalls mid-handshake ends at that deadline: AR_ERR_TIMEOUT).
   Reconnects repeat the handshake; zero-copy submissions (AR_CMD_NOCOPY)
   work: SSL_write reads your memory directly.

   ar_tls_options (o.tls_options, zero = default): ca_file / ca_dir (trusted
   CAs; neither: the system store), cert_file / key_file (a client
   certificate, for tls-auth-clients), server_name (sent as SNI and
   verified; NULL: the host; an IP address is verified as an IP), ssl_ctx
   (your own SSL_CTX *: we take a reference and use it as it is - its
   verify mode is yours - plus the name check), insecure_skip_verify.
   The peer's certificate chain and its name (or IP) are verified by
   default. insecure_skip_verify = 1 turns both off: WARNING: anyone on the
   path can then read and change everything, AUTH password included; use
   it only against a test server.

   Failures are typed: AR_ERR_TLS with ar_client_errstr saying why
   ("certificate verification failed: hostname mismatch", "... unable to
   get local issuer certificate", "TLS handshake failed: wrong version
   number", ...). A verification failure is a configuration error like a
   refused AUTH: not retried, what is queued fails with it at once, and new
   commands are refused with AR_ERR_TLS until ar_client_reconnect. So is a
   client certificate the server refuses: over TLS 1.3 that verdict comes
   after the handshake, as an alert ("the server refused the client
   certificate: tlsv13 alert certificate required"), found on a read or,
   when the server's reset meets our write first, read after the write's
   failure before the loss is judged. Other handshake failures are losses
   (retried with backoff). Decrypted bytes never wait inside OpenSSL
   between read calls (the socket would not announce them). A bad ca_file,
   cert_file or key_file makes ar_client_new return NULL with the reason.
   Reads and writes use a BIO of the library's own (send with MSG_NOSIGNAL:
   no SIGPIPE).

   16. CONNECTION POOL

       ar_pool_options po;                       // zero means default
       memset(&po, 0, sizeof po);
       po.client.host = "127.0.0.1"; po.client.port = 6379;  // every ar_options field
       po.client.loop = loop;                    // the built-in loop (or below)
       po.min = 2; po.max = 10;
       ar_pool *pool = ar_pool_new(&po, &why);

       static void on_conn(ar_pool *p, ar_client *c, ar_err err, void *ud) {
           if (err) { report(ar_strerror(err)); return; }   // no connection
           ar_command(c, on_incr, p, "INCR %s", "hits");    // c is yours now
       }
       static void on_incr(ar_client *c, const ar_reply *r, void *ud) {
           ...;
           ar_pool_release((ar_pool *)ud, c);               // exactly once
       }
       ar_pool_acquire(pool, on_conn, NULL);

       ar_pool_command(pool, on_reply, ud, "GET %s", "k");  // acquire, GET, release

   A pool keeps up to max clients to one server and lends each to one user
   at a time; it is the way to share connections between users of a loop
   that need a connection to themselves for a while (a transaction, WATCH,
   a BLPOP) or that should not wait behind each other's commands. (Plain
   commands need no pool: one client pipelines thousands at once.) Every
   accepted ar_pool_acquire, ar_pool_with and ar_pool_command completes its
   callback exactly once, on a later turn, never inside the call; a refused
   one returns its code and never calls back: AR_ERR_INVALID, AR_ERR_CLOSED
   (the pool is closing), AR_ERR_QUEUE_FULL (max_waiters acquires already
   wait), AR_ERR_NOMEM, and for ar_pool_command what ar_command refuses
   (AR_ERR_FORMAT, AR_ERR_PREFIX, ...: checked at the call also when the
   command has to wait).

   Options (ar_pool_options, zero = default). client: the options of every
   connection, all of them passed through (uri, host/port/path, username,
   password, db, client_name, tls and tls_options, timeouts,
   key_prefix/prefixer, reconnect, limits, allocator - the pool's memory
   comes from it too); strings are copied, the URI is applied once (its db
   and name are the pool's). Its events on_connect, on_disconnect,
   on_error, on_reconnect and on_resubscribe run for every pooled
   connection with client.data (ar_client_data on a pooled client belongs
   to the pool). min (0) connections are opened at once and
   kept open; max (10, up to 65536) bounds in use + idle + connecting +
   cleaning. acquire_timeout_ms (5000, -1: none) bounds the wait in the
   queue: past it the callback gets AR_ERR_TIMEOUT. idle_timeout_ms
   (60000, -1: never): idle connections beyond min close after that long,
   the least recently used first. health_check: AR_POOL_CHECK_IDLE (the
   default: a connection idle health_idle_ms (5000) or longer gets a PING
   before it is handed out), AR_POOL_CHECK_ALWAYS, AR_POOL_CHECK_NEVER; the
   PING's deadline is health_timeout_ms (1000). on_dirty: AR_POOL_DESTROY
   (default) or AR_POOL_CLEANUP with cleanup_timeout_ms (5000). max_waiters
   (1048576). on_change(p, data) runs after every change of the counters
   (metrics, tests: call only ar_pool_get_stats in it); on_free(p, data)
   is the pool's last call, as its memory goes.

   Driving. With client.loop the pool runs on that loop (an ar_timer of its
   own). A foreign loop: leave client.loop and client.hooks NULL and set
   client_hooks(p, &h, data), which fills the ar_hooks of each new
   connection (h->data: a record of yours, dropped by its cleanup hook),
   client_made(p, h.data, c, data), which tells you the client made with
   them (c NULL: none was, and no cleanup will come: drop the record), and
   set_timer(data, ms): the pool's one timer, like the client's (call
   ar_pool_handle_timer(p) when due; each call replaces the last; ms < 0
   cancels). Pump: neither: call ar_pool_pump(p) every frame; it pumps every
   connection and the pool, and returns the ms until the next deadline (0:
   again soon, -1: none, -2: the pool is gone). Nothing polls: the timer is
   set only for a callback due now, the oldest waiter's deadline, the least
   recently used idle connection's timeout and the connect backoff.

   Waiting and hand-off. An acquire takes the most recently used idle
   connection if one is free and nobody waits; otherwise it waits in a FIFO
   queue and new connections are opened while the pool is below max (one
   per waiter not covered by a connect in progress). A connection that
   comes back, connects or frees a slot goes to the oldest waiter: claimed
   for it (counted in use, off the idle list, the waiter off the queue) in
   that same step, before its callback runs on the pool's next turn, so a
   release from a callback, a waiter timing out, a connection dying, or the
   pool closing at any point cannot push the count past max. Hand-offs
   happen in the order the calls were made: acquire and scope callbacks
   run in that order (except that one whose connection needs a health
   check runs when its PING is answered) and pooled commands are sent in
   it (their replies come back as their connections answer). The acquire
   timeout covers the queue only: a waiter whose connection is claimed
   gets it, even if its deadline passes during the PING. A failed check (or a
   connection lost while claimed) closes that connection and the waiter
   goes back to its place in the queue. A connect that fails (refused,
   connect or setup timeout: AR_ERR_CONNECT; AR_ERR_RESOLVE; AR_ERR_AUTH;
   AR_ERR_TLS) fails the oldest waiter with that code (ar_pool_errstr(p) has the text)
   and the next connects wait like a client's reconnect:
   client.reconnect_delay_ms (100) growing by reconnect_factor (2) up to
   reconnect_delay_max_ms (60000), back to none after a success.

   Release and dirty connections. ar_pool_release(p, c) gives back what
   an acquire gave (AR_ERR_INVALID for anything else: twice, a scoped or a
   pooled command's connection, a pointer that is not the pool's now). A
   connection comes back clean only if its state machine says so; what
   ar_pool_dirty(p, c) returns, and the release finds:
       AR_MODE_MULTI, AR_MODE_WATCH, AR_MODE_BLOCKED, AR_MODE_LOST,
       AR_MODE_SUBSCRIBED, AR_MODE_MONITOR   its modes (ar_client_modes,
                        section 8): a MULTI or WATCH still open, a blocking
                        command, a lost transaction, subscriptions
       AR_POOL_DIRTY_INFLIGHT  callbacks still owed (ar_client_inflight > 0)
       AR_POOL_DIRTY_LOST      its connection was lost or reset while it was
                        out (EOF, I/O or protocol error, a request timeout
                        after the write: on_disconnect), even if it has
                        reconnected since
       AR_POOL_DIRTY_STATE     not CONNECTED (reconnecting, given up, closing
                        after ar_client_close)
       AR_POOL_DIRTY_DB        a SELECT moved it off the pool's db (client.db
                        or the URI's): the client records a SELECT outside
                        MULTI that the server accepted; one inside a MULTI is
                        not tracked by the client - do not
       AR_POOL_DIRTY_NAME      a name other than the pool's client_name. The
                        client does not track CLIENT SETNAME (a name is a
                        label for CLIENT LIST and logs: no command behaves
                        differently), so today a renamed connection comes back
                        with the name it was given; every new connection
                        gets client_name from the setup
   AR_POOL_DESTROY: a dirty connection is closed (ar_client_free: what it
   still owes completes at once with AR_ERR_CLOSED, a BLPOP included) and a
   new one is opened when a waiter or min needs it: a fresh connection is
   clean for sure, at the cost of a connect and the setup. AR_POOL_CLEANUP:
   when the only dirt is MULTI, WATCH or the db, the pool sends DISCARD (or
   UNWATCH) and SELECT <pool's db> with cleanup_timeout_ms as their
   deadline; all answered +OK and the connection clean again: back to the
   idle list; anything else (an error, the deadline, a loss): closed. Never
   cleaned up, always closed: subscriptions (a subscribed connection never
   returns to the idle list: the unsubscribe replies would have to be
   drained), commands in flight (their replies would reach the next user),
   a blocking command, a loss, a protocol error, another state. Do not
   close or free a pooled client yourself: release it (a closing one is
   dirty and closed then; one you freed is dropped by the pool and counted
   AR_POOL_GONE_LOST). Subscriptions belong on a client of their own.

   Scoped use (the recommended form: the release cannot be forgotten or
   doubled):

       static int work(ar_pool *p, ar_client *c, ar_pool_scope s, void *ud) {
           job *j = ud;
           j->scope = s;
           ar_tx *t = ar_tx_new(c, NULL);
           ar_tx_command(t, "DECRBY %s %d", "balance", 100);
           if (ar_tx_exec(t, on_exec, j) != AR_OK) { ar_tx_discard(t); return -1; }
           return 0;                             // ends later
       }
       static void on_exec(ar_client *c, const ar_reply *r, void *ud) {
           job *j = ud;
           ar_pool_done(j->pool, j->scope, r->err ? r->err : AR_OK); // released here
       }
       ar_pool_with(pool, work, on_done, j);     // on_done(p, status, ud): once

   work(p, c, scope, ud) runs (from the pool's turn) with a connection and
   must end the scope with exactly one ar_pool_done(p, scope, status), now
   or from a later callback; a non-zero return is that call with the
   returned value (ignored when done was called already). ar_pool_done
   releases the connection (dirty detection as above: work that failed
   inside a MULTI leaves it dirty, and it is closed) and done(p, status, ud)
   follows on the pool's next turn. A scope is a generation-checked handle:
   a second ar_pool_done, or one after the pool closed the connection, is
   AR_ERR_INVALID and changes nothing. done runs exactly once: with the
   status, or with the acquire's error when work never ran (AR_ERR_TIMEOUT,
   AR_ERR_CLOSED, a connect error), or AR_ERR_CLOSED when ar_pool_free ended
   the scope. done may be NULL.

   Pooled command. ar_pool_command / ar_pool_vcommand / ar_pool_command_argv
   (p, cb, ud, ...): when an idle connection needs no health check and
   nobody waits, the command goes straight to it (nothing copied); else it
   is copied (arguments and format) and waits like an acquire, and is sent
   at the hand-off. When the reply arrives the connection is released
   first (a command cb submits can take it at once) and then cb(NULL, r,
   ud) runs: c is always NULL, the connection is not the caller's; the
   reply view stays valid for the callback. r->err: the command's failure,
   or no connection (AR_ERR_TIMEOUT, AR_ERR_CLOSED, a connect error). cb
   may be NULL.

   Stats: ar_pool_get_stats(p, &st): active (handed out, or claimed for a
   user whose callback is due), idle, waiting, connecting, cleaning, total
   (their sum: never above max), peak_active, peak_total; acquires (hand-
   offs), waits (of those, the ones that had to wait), wait_total_ms and
   wait_max_ms (from the call to the hand-off), timeouts, connect_failures,
   created, destroyed and destroyed_by[AR_POOL_GONE_DIRTY, _CLEANUP, _LOST
   (lost while idle or on its way to a user, or freed by the user),
   _HEALTH, _IDLE, _CONNECT, _CLOSED] (AR_POOL_GONE_COUNT entries),
   released_dirty, cleanups and cleanups_ok, health_checks and
   health_failures. ar_pool_data(p): the options' data.

   Closing. ar_pool_close(p): waiters (and the callbacks of connections
   claimed but not yet delivered) fail with AR_ERR_CLOSED on the next turn,
   idle, connecting and cleaning connections close now, connections in use
   close as they are released (or their scope ends); then the pool frees
   itself (on_free tells you): do not ar_pool_free it after a close.
   ar_pool_free(p): everything at once - every connection closes (what it
   owes completes with AR_ERR_CLOSED), every waiter, scope and pooled
   command completes with AR_ERR_CLOSED inside the call, and the
   connections users hold are gone. Both are safe from
   any callback; freed from inside a pooled client's callback, the memory
   goes on the pool's next turn (ar_pool_pump returns -2 then; the hooks
   get set_timer(0)). Free or close a pool before its loop.

   The pool's own cost: `make bench` (BENCH_ONLY=pool) runs GET with one
   command in flight per user on 8 plain clients, by 8 users of a pool of
   8 and by 50 users of a pool of 8. Measured with callgrind: a plain GET
   costs the client about 2,200 instructions; a pooled one about 490 more
   when a connection is free (the command goes straight to it) and about
   760 more when it waits (copied, queued, handed over).

   17. OBSERVABILITY

   A trace hook that sees every command once (what an OpenTelemetry span
   needs), counters in ar_stats, a log hook; no dependency. Unset (the
   default) they cost nothing per command: no allocation, no clock read
   (tests/test_observe.c counts the allocations; examples/arbench with
   ARBENCH_TRACE=1 shows what tracing costs).

       static void on_trace(ar_client *c, const ar_trace *t, void *data) {
           printf("%s %.*s %lld us %s\n", t->command, (int)t->statement_len, t->statement,
                  t->reply_us - t->submit_us, t->outcome == AR_TRACE_REPLY ? "ok" : t->error);
       }
       o.on_trace = on_trace;          // examples/otel_trace.c: JSON spans and metrics

   Trace. o.on_trace(c, t, data) runs once per command: an accepted one when
   it completes, just before its callback (a reply, an error reply, a
   failure; by any path: pipelines, transactions, scripts, pub/sub, SCAN);
   a refused one inside the call that refused it (the one hook that runs
   inside a submitting call). t and its strings are valid during the call:
       command, subcommand   the name, upper case ("GET"; "" when a refused
                    format did not parse); the subcommand of ACL, CLIENT,
                    CLUSTER, COMMAND, CONFIG, DEBUG, FUNCTION, LATENCY,
                    MEMORY, MODULE, OBJECT, PUBSUB, SCRIPT, SENTINEL,
                    SLOWLOG, XGROUP, XINFO ("GET" of CONFIG GET), else ""
       statement, statement_len   the command as sent (key prefix included),
                    arguments separated by spaces; one with a space, a
                    quote, a backslash, a byte outside printable ASCII, or
                    empty, in double quotes with \" \\ \n \r \t \xNN;
                    passwords [REDACTED] (below). At most
                    o.trace_statement_max bytes (0: 256, at most 1024), cut
                    with "..." (AR_TRACE_F_TRUNCATED). o.trace_name_only = 1:
                    the name (and subcommand) alone: "CONFIG GET".
       peer, port   the server's host name or address and port, or the Unix
                    socket path and 0; db: the db selected when it completed
       submit_us, write_us, reply_us   microseconds on the ar_now_ms clock
                    (CLOCK_MONOTONIC; ar_now_ms() is submit_us / 1000 at
                    submission): submitted, its last byte handed to the
                    kernel (0: never completely written), completed. For
                    wall-clock time add once CLOCK_REALTIME - CLOCK_MONOTONIC
                    (examples/otel_trace.c does). A refusal: submit = reply.
       outcome      AR_TRACE_REPLY, AR_TRACE_REDIS_ERROR (an error reply),
                    AR_TRACE_CLIENT_ERROR (failed; never reached the server),
                    AR_TRACE_MAYBE_EXECUTED (failed after it was written),
                    AR_TRACE_REFUSED
       err          the failure's or the refusal's code; else AR_OK
       error, error_len   REDIS_ERROR: the error reply ("WRONGTYPE ..."),
                    only its first word when an argument was redacted
                    (servers quote arguments in errors: ACL SETUSER does);
                    failures and refusals: the text (ar_client_errstr's
                    story or ar_strerror); else ""
       bytes_out, bytes_in   the command's size in RESP; its reply's bytes
                    (a (P|S)(UN)SUBSCRIBE: its last confirmation; 0: none)
       flags        AR_TRACE_F_PIPELINE (a command of an ar_pipeline),
                    AR_TRACE_F_TRANSACTION (MULTI, what is queued, EXEC: ar_tx
                    or raw), AR_TRACE_F_SCRIPT (EVAL, EVALSHA, EVAL_RO,
                    EVALSHA_RO, FCALL, FCALL_RO), AR_TRACE_F_PUBSUB,
                    AR_TRACE_F_POOL (sent on a connection of an ar_pool, whose
                    hooks get po.client.data), AR_TRACE_F_BLOCKING, AR_TRACE_F_RESENT (written
                    on a connection that was lost and sent again: idempotent),
                    AR_TRACE_F_REDACTED, AR_TRACE_F_TRUNCATED
   With the hook set a command costs one allocation (its record, from the
   client's allocator, freed after the trace) and up to three clock reads;
   without memory for the record the command runs untraced (the counters
   still count it). The connection's setup (AUTH, SELECT, CLIENT SETNAME,
   subscriptions replayed) is not traced.

   The hooks only look: from inside on_trace or on_log a submission is
   refused with AR_ERR_BUSY (and not traced); reading calls are fine
   (ar_client_stats, ar_client_state, ar_client_errstr); never close or
   free the client there.

   Counters. ar_client_stats(c, &st), at any time, from the loop's thread:
       commands     accepted; each ends in replies or failures (until then:
                    inflight)
       replies      answered by the server; redis_errors: with an error reply
       failures     failed with a client error; maybe_executed: after it was
                    written
       refused      refused at the call (not in commands; a refused pipeline
                    or transaction counts each command, MULTI and EXEC too;
                    ar_subscribe and ar_sub_unsubscribe only return theirs)
       errors[AR_ERR_COUNT_]   failures and refusals by code:
                    st.errors[AR_ERR_TIMEOUT], st.errors[AR_ERR_MODE], ...
                    (each stops at 4,294,967,295: kept in 32 bits)
       disconnects  connections lost and connection attempts failed;
                    reconnects: attempts scheduled (as on_reconnect reports);
                    timeouts: losses caused by a deadline (connect, setup,
                    TLS, read, write, or a written command's request timeout:
                    that command also counts in errors[AR_ERR_TIMEOUT])
       inflight     now: callbacks owed (ar_client_inflight); inflight_peak:
                    the most at once; offline_queue: now, commands waiting
                    for a connection
   and those of section 3. A pool's own figures: ar_pool_get_stats (section 16).

   Log. o.on_log(c, level, msg, data) gets one line per event. Levels:
   AR_LOG_ERROR, AR_LOG_WARN, AR_LOG_INFO, AR_LOG_DEBUG; o.log_level is the
   most detailed passed on (0: AR_LOG_INFO); a line is formatted only when
   it passes. Every state change ("state CONNECTING -> SETUP: connected to
   127.0.0.1:6379; setup: AUTH [REDACTED], SELECT 2"; connecting, connected
   and ready at INFO, the rest at DEBUG); each loss or failed attempt, what
   became of the commands and the decision, with its delay ("connection lost
   to 127.0.0.1:6379: server closed the connection (...); 3 commands kept for
   the next connection, 1 failed (1 maybe executed); reconnect attempt 1 in
   100 ms": WARN, ERROR when giving up); protocol errors (ERROR with sizes;
   16 of the offending bytes in hex at DEBUG only). Never a value or an
   argument: names, sizes, counts. on_log runs inside any call on the
   client, ar_client_new included.

   Redaction, in traces, log lines, error texts and ar_client_errstr, names
   matched in any case:
       AUTH [user] pw            every argument
       HELLO ... AUTH user pw    pw
       MIGRATE ... AUTH pw, AUTH2 user pw    pw (before KEYS)
       CONFIG SET name value ... the value of requirepass, masterauth,
                                 masteruser and of any name holding "pass"
                                 (tls-key-file-pass, tls-client-key-file-pass)
       ACL SETUSER user rule ... the rules >pw <pw #hash !hash: >[REDACTED]
       SENTINEL ... name value   the value after a name holding "pass"
                                 (auth-pass, sentinel-pass)
   These are the arguments the command table (commands.json) calls password
   (AUTH, HELLO, MIGRATE) and rule (ACL SETUSER), and the config parameters
   and Sentinel options it does not describe; tests/test_observe.c fails if
   the table gains another. The connection's own password (o.password, the
   URI's) never shows: the setup is logged as AUTH [REDACTED], a URI that
   does not parse is not quoted, and a server echoing it in an error has it
   replaced in errstr, error texts and log lines (4 bytes or more). Keys
   and values are shown; trace_name_only keeps them out.

   CHANGELOG
       next   learned commands (section 2): with key_prefix, a command the
              table does not know is learned from the server (COMMAND
              INFO) once per connection and prefixed like a known one:
              options prefixer_learned, learner, learn_max, learn_commands;
              ar_learned_find, ar_client_learned, AR_PREFIX_UNKNOWN. The
              prefixer hook is unchanged (ar_prefix_learned_fn is the one
              with a context).
              asyncredis_commands.h: wrappers typed from the argument
              trees with an options struct each, no _b twins (breaking:
              every arcmd_* call changes); its tables and functions are
              compiled only where ASYNCREDIS_IMPLEMENTATION is defined
              (breaking: that file must include asyncredis_commands.h);
              one blocking-timeout reader (0.0001 s is 1 ms, not forever).
              TLS: a certificate refusal that arrives behind a write's
              reset is AR_ERR_TLS (was: an I/O error, retried); no
              decrypted bytes left inside OpenSSL between reads.
       0.2.0  one connection state machine and the connection's modes
              (MULTI, WATCH, blocked, subscribed, lost): transactions and
              pipelines never split across a reconnect, a lost WATCH fails
              its EXEC; pipelines, transactions, optimistic locking,
              scripts (SHA1, EVALSHA with NOSCRIPT fallback), SCAN
              iterators, blocking-command deadlines and
              refuse_behind_blocking, pub/sub, TLS (ASYNCREDIS_TLS).
              Behaviour changes: a client that gave up refuses submissions
              at the call with the cause (was: accepted, failed next turn
              with AR_ERR_DISCONNECTED); offline_queue_max defaults to
              max_inflight (was 1000); connect_timeout_ms covers the setup;
              stricter RESP2 (bare LF, non-canonical lengths); ar_err is
              signed; new error codes AR_ERR_MODE, AR_ERR_TX_ABORTED,
              AR_ERR_WATCH_LOST, AR_ERR_TLS.
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
#define ASYNCREDIS_VERSION_MINOR 2
#define ASYNCREDIS_VERSION_PATCH 0
#define ASYNCREDIS_VERSION "0.2.0"

#include <stddef.h>
#include <stdarg.h>

#ifndef ASYNCREDIS_API
#define ASYNCREDIS_API extern
#define AR_API ASYNCREDIS_API
#elif defined(__GNUC__)
/* the user's linkage, e.g. static (a private copy): the functions that file
   does not call are not worth a warning */
#define AR_API ASYNCREDIS_API __attribute__((unused))
#else
#define AR_API ASYNCREDIS_API
#endif

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
    AR_ERR_MODE,          /* not allowed in the connection's mode (MULTI in MULTI, EXEC without
                             MULTI, SUBSCRIBE/MONITOR, behind a blocking command when refused) */
    AR_ERR_TX_ABORTED,    /* its transaction or pipeline was cut by a connection loss (or
                             discarded): never sent, never run outside it */
    AR_ERR_WATCH_LOST,    /* its WATCH was on a lost connection: the transaction did not run */
    AR_ERR_TLS,           /* TLS handshake failed; a failed verification is not retried */
    AR_ERR_COUNT_,
    AR_ERR_SIGNED_ = -1   /* not a code: makes ar_err a signed type (int), so the
                             ar_err of replies and events and the int returned by
                             submissions mix without sign-conversion warnings */
} ar_err;

/* A static, human-readable description of an error code: takes the
   ar_err of a reply or event and the int a submission returns alike. */
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
    size_t max_line_len;   /* +status/-error lines; 0: max_bulk_len (number
                              lines are at most 32 bytes regardless) */
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
/* Learned commands (manual section 2): what a client learned from its
   server, handed to o.prefixer_learned; ar_learned_find(l, name, len) gives
   what o.learner made of a command's COMMAND INFO (any case; NULL: not
   learned, or refused): l->find(l, name, len) is the same without a link
   to the implementation (asyncredis_commands.h uses it). A prefixer
   returns AR_PREFIX_UNKNOWN for a command it does not know: with o.learner
   set the client then learns it. */
typedef struct ar_learned {
    const void *(*find)(const struct ar_learned *l, const char *name, size_t len);
} ar_learned;
#define AR_PREFIX_UNKNOWN (-1)
typedef int ar_prefix_learned_fn(const ar_learned *learned, const char *prefix, size_t prefixlen, unsigned flags,
                                 int argc, const char *const *argv, const size_t *argvlen,
                                 const char **out_argv, size_t *out_len,
                                 char *buf, size_t bufcap, size_t *bufneed, const char **why);
/* One element of COMMAND INFO's reply (nil: the server does not know the
   command) into out (cap bytes; *need says how many it wants). 0, or
   negative: AR_PREFIX_UNKNOWN / another refusal with *why (a static string);
   with *need > cap nothing was written and the client calls again. */
typedef int ar_learn_fn(const ar_reply *info, void *out, size_t cap, size_t *need, const char **why);
AR_API const void *ar_learned_find(const ar_learned *learned, const char *name, size_t len);
/* what client c learned on its connection (NULL: nothing yet); for
   ar_cmdtab_learned_lookup and the prefixer */
AR_API const ar_learned *ar_client_learned(const ar_client *c);

/* TLS (manual section 15; compiled in with ASYNCREDIS_TLS and -lssl -lcrypto) */
typedef struct ar_tls_options {
    const char *ca_file;         /* PEM file of trusted CAs (NULL: the system store, or ca_dir) */
    const char *ca_dir;          /* directory of hashed CA certificates */
    const char *cert_file;       /* client certificate (PEM), for tls-auth-clients */
    const char *key_file;        /* its private key (PEM) */
    const char *server_name;     /* the name sent (SNI) and verified; NULL: host */
    int insecure_skip_verify;    /* 1: DANGER: no certificate or name check (anyone can listen in) */
    void *ssl_ctx;               /* your own SSL_CTX * (we take a reference; the files above unused) */
} ar_tls_options;

/* what o.on_trace receives for each command (section 17) */
typedef struct ar_trace ar_trace;

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
    ar_prefix_fn *prefixer;      /* required with key_prefix (or prefixer_learned) */
    unsigned prefix_flags;       /* passed to the prefixer */
    /* learned commands (section 2): a command the prefixer does not know is
       learned from the server (COMMAND INFO), once per connection */
    int learn_max;               /* commands learned (or being learned) per connection: 0: 32, max 1024 */
    ar_prefix_learned_fn *prefixer_learned; /* ar_cmdtab_prefix_learned: used instead of prefixer */
    ar_learn_fn *learner;        /* ar_cmdtab_learn: learning on (with prefixer_learned) */
    const char *learn_commands;  /* "HEXPIRE JSON.SET": learned in the setup of every connection */

    /* connection setup, sent before any user command on every connect */
    const char *uri;             /* redis://, rediss://, redis+unix://, unix:// (see
                                    ar_parse_uri); overrides host/port/path, fills
                                    the setup fields below that are not set */
    const char *username;        /* ACL user (with password) */
    const char *password;        /* AUTH [username] password */
    int db;                      /* SELECT db when > 0 */
    const char *client_name;     /* CLIENT SETNAME */
    int tls;                     /* 1: TLS (rediss:// sets it); needs ASYNCREDIS_TLS (section 15) */
    ar_tls_options tls_options;  /* zero: verify the peer against the system store, SNI = host */

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
    /* pub/sub: a new connection subscribed again to everything (count names) */
    void (*on_resubscribe)(ar_client *c, size_t count, void *data);
    int refuse_behind_blocking;  /* 1: while a blocking command (BLPOP & co.) is queued or in
                                    flight, other commands are refused with AR_ERR_MODE instead
                                    of waiting behind it (section 8) */

    /* observability (section 17). The hooks only look: from inside them a
       submission is refused (AR_ERR_BUSY); never close or free the client there. */
    int trace_name_only;         /* 1: t->statement is the command name (and subcommand) alone */
    /* every command once, as it completes (before its callback) or is refused (inside the call) */
    void (*on_trace)(ar_client *c, const ar_trace *t, void *data);
    int trace_statement_max;     /* bytes of t->statement at most; 0: 256, above 1024: 1024 */
    int log_level;               /* the most detailed level passed on: AR_LOG_*; 0: AR_LOG_INFO */
    /* connects, setup, state changes, reconnect decisions, protocol errors: one line each */
    void (*on_log)(ar_client *c, int level, const char *msg, void *data);
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

/* The connection's modes (section 8), as the commands submitted so far
   leave it: a bit set of AR_MODE_*. */
#define AR_MODE_MULTI   0x1u   /* a MULTI is open (no EXEC / DISCARD yet) */
#define AR_MODE_WATCH   0x2u   /* keys are WATCHed (no EXEC / DISCARD / UNWATCH yet) */
#define AR_MODE_BLOCKED 0x4u   /* a blocking command is queued or in flight */
#define AR_MODE_LOST    0x8u   /* the open MULTI or WATCH was lost with a connection: what
                                  is submitted for it fails until EXEC / DISCARD / UNWATCH */
#define AR_MODE_SUBSCRIBED 0x10u /* SUBSCRIBE / PSUBSCRIBE / SSUBSCRIBE active (pub/sub) */
#define AR_MODE_MONITOR 0x20u  /* reserved: MONITOR is refused at the call */
AR_API unsigned ar_client_modes(const ar_client *c);
/* After the client gave up (DISCONNECTED: AUTH refused, reconnect_max_attempts
   used up, no_reconnect after a loss): try again now, attempts counted from
   1. AR_OK (the outcome arrives as events, never inside this call),
   AR_ERR_BUSY when it has not given up, AR_ERR_CLOSED when closing. */
AR_API int ar_client_reconnect(ar_client *c);
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
    unsigned long long messages;    /* pub/sub messages delivered to a handle */
    unsigned long long messages_dropped; /* ... that no handle held any more (unsubscribed meanwhile) */
    /* by outcome (section 17): every accepted command ends as one of replies or failures */
    unsigned long long redis_errors;    /* replies that were error replies (-ERR ...; also in replies) */
    unsigned long long maybe_executed;  /* failures flagged AR_REPLY_F_MAYBE_EXECUTED (also in failures) */
    unsigned long long refused;         /* submissions refused at the call (not in commands) */
    unsigned long long errors[AR_ERR_COUNT_]; /* failures and refusals by code: errors[AR_ERR_TIMEOUT]
                                           (each stops at 4294967295) */
    unsigned long long disconnects;     /* connections lost and connection attempts failed */
    unsigned long long reconnects;      /* reconnect attempts scheduled (as on_reconnect reports them) */
    unsigned long long timeouts;        /* ... of those, ended by a deadline (connect, setup, read,
                                           write, a written command's request timeout) */
    unsigned long long inflight;        /* now: callbacks owed (ar_client_inflight) */
    unsigned long long inflight_peak;   /* the most callbacks owed at once */
    unsigned long long offline_queue;   /* now: commands waiting for a connection */
    /* (a pool's own figures: ar_pool_get_stats) */
} ar_stats;
AR_API void ar_client_stats(const ar_client *c, ar_stats *out);

/* Observability (section 17): one ar_trace per command to o.on_trace. */
enum {
    AR_TRACE_REPLY = 1,          /* the server answered (not with an error reply) */
    AR_TRACE_REDIS_ERROR,        /* the server answered with an error reply */
    AR_TRACE_CLIENT_ERROR,       /* a typed client failure (err); never ran on the server */
    AR_TRACE_MAYBE_EXECUTED,     /* written, no reply (err says why): it may have run */
    AR_TRACE_REFUSED             /* refused at the call (err: what it returned); never sent */
};
#define AR_TRACE_F_PIPELINE    0x1u   /* a command of an ar_pipeline */
#define AR_TRACE_F_TRANSACTION 0x2u   /* MULTI, a command queued in it, EXEC (ar_tx or raw) */
#define AR_TRACE_F_SCRIPT      0x4u   /* EVAL, EVALSHA, EVAL_RO, EVALSHA_RO, FCALL, FCALL_RO */
#define AR_TRACE_F_PUBSUB      0x8u   /* (P|S)SUBSCRIBE, (P|S)UNSUBSCRIBE */
#define AR_TRACE_F_POOL        0x10u  /* sent on a connection of an ar_pool */
#define AR_TRACE_F_BLOCKING    0x20u  /* BLPOP & co. (section 11) */
#define AR_TRACE_F_RESENT      0x40u  /* written on a connection that was lost, sent again (idempotent) */
#define AR_TRACE_F_REDACTED    0x80u  /* arguments of it are shown as [REDACTED] */
#define AR_TRACE_F_TRUNCATED   0x100u /* statement cut at trace_statement_max (it ends with ...) */
struct ar_trace {                /* valid during the call to on_trace */
    const char *command;         /* the command's name, upper case ("" if a refused format did not parse) */
    const char *subcommand;      /* of CONFIG, CLIENT, ACL, ... ("GET" of CONFIG GET), upper case; else "" */
    const char *statement;       /* as sent: arguments separated by spaces, passwords [REDACTED] */
    size_t statement_len;
    const char *peer;            /* the server: host name or address, or the Unix socket path */
    int port;                    /* 0 for a Unix socket */
    int db;                      /* the db selected on the connection when it completed */
    long long submit_us;         /* microseconds on the ar_now_ms clock (ar_now_ms() * 1000 + ...) */
    long long write_us;          /* its last byte went to the kernel; 0: never completely written */
    long long reply_us;          /* it completed (answered, failed, refused) */
    int outcome;                 /* AR_TRACE_REPLY ... AR_TRACE_REFUSED */
    ar_err err;                  /* CLIENT_ERROR, MAYBE_EXECUTED, REFUSED: the code; else AR_OK */
    const char *error;           /* REDIS_ERROR: the error reply (only its first word when the
                                    command was redacted); client errors: the message; else "" */
    size_t error_len;
    size_t bytes_out;            /* the command's bytes on the wire (RESP) */
    size_t bytes_in;             /* its reply's bytes (0: none) */
    unsigned flags;              /* AR_TRACE_F_* */
};
/* o.on_log levels: each includes the ones above it */
enum { AR_LOG_ERROR = 1, AR_LOG_WARN, AR_LOG_INFO, AR_LOG_DEBUG };

/* foreign-loop entry points (b) */
AR_API void ar_handle_read(ar_client *c);
AR_API void ar_handle_write(ar_client *c);
AR_API void ar_handle_timer(ar_client *c);
/* pump (c): returns ms until the next deadline, 0 = more work now, -1 = none,
   -2 = the client was freed during this call */
AR_API long long ar_pump(ar_client *c);

/* >>pipeline ------------------------------------------------------------- */
/* Explicit pipelines and transactions (manual sections 9 and 10). Queue
   commands (encoded, key prefix applied, at once: a bad format or key is
   refused there), then execute them as one unit with one completion:
   cb(c, r, ud) with r->type AR_REPLY_ARRAY and one element per command
   (a Redis error in a slot is that slot's AR_REPLY_ERROR), or r->err set
   when the unit failed as a whole (connection loss, timeout, protocol
   error: no slot is shown without its reply). Objects come from the
   client's allocator; exec hands them to the library (freed after the
   completion); a refused exec leaves them yours (discard or try again). */
typedef struct ar_batch_opts {
    int timeout_ms;          /* one deadline for the whole unit. 0: request_timeout_ms, -1: none */
    size_t max_commands;     /* 0: 100000; past it ar_*_command returns AR_ERR_QUEUE_FULL */
    int max_attempts;        /* ar_tx_optimistic: EXEC conflicts retried up to this many runs (0: 16) */
} ar_batch_opts;
typedef ar_batch_opts ar_pipeline_opts;
typedef ar_batch_opts ar_tx_opts;

typedef struct ar_batch ar_batch;   /* what both are */
typedef ar_batch ar_pipeline;
typedef ar_batch ar_tx;

AR_API ar_pipeline *ar_pipeline_new(ar_client *c, const ar_pipeline_opts *o);
AR_API int ar_pipeline_command(ar_pipeline *p, const char *fmt, ...);
AR_API int ar_pipeline_vcommand(ar_pipeline *p, const char *fmt, va_list ap);
AR_API int ar_pipeline_command_argv(ar_pipeline *p, int argc, const char *const *argv, const size_t *argvlen);
AR_API size_t ar_pipeline_size(const ar_pipeline *p);
AR_API int ar_pipeline_exec(ar_pipeline *p, ar_callback *cb, void *ud);
AR_API void ar_pipeline_discard(ar_pipeline *p);

/* MULTI, the queued commands and EXEC, sent together as one unit. The
   completion gets EXEC's reply: an ARRAY of results (per-slot errors
   inside), AR_REPLY_NIL when a WATCHed key changed (nothing ran: a
   conflict, not an error), an AR_REPLY_ERROR (EXECABORT) when the server
   refused a queued command, or r->err: AR_ERR_WATCH_LOST (the WATCH was on
   a lost connection), AR_ERR_TX_ABORTED (cut by a loss before EXEC was
   written), a loss error with AR_REPLY_F_MAYBE_EXECUTED (EXEC written, no
   answer). Never does a command of it run outside the transaction. */
AR_API ar_tx *ar_tx_new(ar_client *c, const ar_tx_opts *o);
AR_API int ar_tx_command(ar_tx *t, const char *fmt, ...);
AR_API int ar_tx_vcommand(ar_tx *t, const char *fmt, va_list ap);
AR_API int ar_tx_command_argv(ar_tx *t, int argc, const char *const *argv, const size_t *argvlen);
AR_API int ar_tx_exec(ar_tx *t, ar_callback *cb, void *ud);
AR_API void ar_tx_discard(ar_tx *t);

/* Optimistic locking: WATCH keys, then fn(c, tx, attempt, ud) runs; read
   what you need (ar_command on c: the connection is WATCHing), queue the
   writes on tx and call ar_tx_exec(tx, NULL, NULL) to commit, or
   ar_tx_discard(tx) to give up (done then gets AR_ERR_TX_ABORTED) - now or
   from a later callback, exactly one of the two. A conflict (EXEC nil)
   starts over (WATCH again, a fresh tx, attempt + 1) up to max_attempts;
   then done gets the NIL. done(c, r, ud) runs exactly once. */
typedef void ar_tx_fn(ar_client *c, ar_tx *tx, int attempt, void *ud);
AR_API int ar_tx_optimistic(ar_client *c, const ar_tx_opts *o, int nkeys, const char *const *keys,
                            const size_t *keylens, ar_tx_fn *fn, ar_callback *done, void *ud);

/* >>pubsub --------------------------------------------------------------- */
/* Subscriptions (manual section 14). A handle holds channels (SUBSCRIBE),
   patterns (PSUBSCRIBE) or shard channels (SSUBSCRIBE); each message goes
   to the handles that hold its channel or pattern, as a view valid during
   the call; it never consumes a command's reply. */
enum { AR_SUB_CHANNEL = 0, AR_SUB_PATTERN = 1, AR_SUB_SHARD = 2 };
typedef struct ar_sub ar_sub;
typedef struct ar_message {
    int kind;                  /* AR_SUB_CHANNEL (message), AR_SUB_PATTERN (pmessage), AR_SUB_SHARD (smessage) */
    const char *channel; size_t channel_len;   /* key_prefix taken off */
    const char *pattern; size_t pattern_len;   /* pmessage: the pattern that matched; else NULL, 0 */
    const char *payload; size_t payload_len;   /* binary safe, NUL after it */
} ar_message;
typedef void ar_message_cb(ar_client *c, ar_sub *s, const ar_message *m, void *ud);

AR_API int ar_subscribe(ar_client *c, int kind, int n, const char *const *names, const size_t *lens,
                        ar_message_cb *on_message, ar_callback *on_confirm, void *ud, ar_sub **out);
AR_API int ar_sub_unsubscribe(ar_sub *s, int n, const char *const *names, const size_t *lens,
                              ar_callback *cb, void *ud);
AR_API int ar_unsubscribe_all(ar_client *c, ar_callback *cb, void *ud);
AR_API size_t ar_sub_names(const ar_sub *s);
AR_API int ar_publish(ar_client *c, const char *channel, size_t channel_len, const void *msg, size_t len,
                      ar_callback *cb, void *ud);
AR_API int ar_spublish(ar_client *c, const char *channel, size_t channel_len, const void *msg, size_t len,
                       ar_callback *cb, void *ud);

/* >>pool ------------------------------------------------------------------ */
/* Connection pool (manual section 16): up to max clients to one server,
   lent out one user at a time. Every accepted acquire, scoped use and
   pooled command completes its callback exactly once, never from inside the
   call that started it; a refused one returns an error code at once. */
typedef struct ar_pool ar_pool;

#define AR_POOL_DESTROY 0        /* on_dirty: close a dirty connection (a fresh one is opened when needed) */
#define AR_POOL_CLEANUP 1        /* on_dirty: DISCARD / UNWATCH / SELECT it back within cleanup_timeout_ms */

#define AR_POOL_CHECK_IDLE 0     /* health_check: PING a connection idle health_idle_ms or longer */
#define AR_POOL_CHECK_ALWAYS 1   /* PING before every hand-out */
#define AR_POOL_CHECK_NEVER 2

/* Why a released connection is dirty (ar_pool_dirty): its AR_MODE_* bits
   (MULTI, WATCH, BLOCKED, LOST, SUBSCRIBED, MONITOR) and these. */
#define AR_POOL_DIRTY_INFLIGHT 0x100u  /* callbacks still owed: commands in flight */
#define AR_POOL_DIRTY_LOST     0x200u  /* its connection was lost or reset (EOF, I/O or protocol error,
                                          timeout) while it was handed out */
#define AR_POOL_DIRTY_STATE    0x400u  /* not connected now (reconnecting, closing, given up) */
#define AR_POOL_DIRTY_DB       0x800u  /* a SELECT moved it off the pool's db */
#define AR_POOL_DIRTY_NAME     0x1000u /* its name differs from the pool's client_name */

/* ar_pool_stats.destroyed_by[]: why connections were closed */
enum { AR_POOL_GONE_DIRTY = 0,   /* released dirty (and not cleaned up) */
       AR_POOL_GONE_CLEANUP,     /* the cleanup failed or ran out of time */
       AR_POOL_GONE_LOST,        /* lost while idle or on its way to a user, or the user closed it */
       AR_POOL_GONE_HEALTH,      /* the health check PING failed */
       AR_POOL_GONE_IDLE,        /* idle_timeout_ms passed (beyond min) */
       AR_POOL_GONE_CONNECT,     /* its connect (or setup) failed */
       AR_POOL_GONE_CLOSED,      /* the pool was closed or freed */
       AR_POOL_GONE_COUNT };

typedef unsigned long long ar_pool_scope;   /* one scoped use (ar_pool_with); 0 is never one */

/* c: the connection, yours until ar_pool_release (NULL when err is set:
   AR_ERR_TIMEOUT, AR_ERR_CLOSED, or why the connect failed) */
typedef void ar_pool_acquire_cb(ar_pool *p, ar_client *c, ar_err err, void *ud);
/* the scoped work: use c, then call ar_pool_done(p, scope, status) once,
   now or from a later callback. A non-zero return is ar_pool_done(p, scope,
   that value) unless it was called already. */
typedef int ar_pool_work(ar_pool *p, ar_client *c, ar_pool_scope scope, void *ud);
/* the end of a scoped use: the status given to ar_pool_done (or returned
   by work), or the acquire's error when work never ran */
typedef void ar_pool_done_cb(ar_pool *p, int status, void *ud);

typedef struct ar_pool_options { /* zero = default */
    ar_options client;           /* every connection's options: uri, host/port/path, username, password,
                                    db, client_name, timeouts, key_prefix, allocator, reconnect, events
                                    (called with client.data) ...; client.loop: the built-in loop */
    int min;                     /* connections kept open (warm); default 0 */
    int max;                     /* connections at most, in use + idle + connecting + cleaning; 0: 10 */
    int acquire_timeout_ms;      /* wait for a connection at most this long; 0: 5000, -1: no limit */
    int idle_timeout_ms;         /* close idle connections beyond min after this long; 0: 60000, -1: never */
    int health_check;            /* AR_POOL_CHECK_IDLE (default), AR_POOL_CHECK_ALWAYS, AR_POOL_CHECK_NEVER */
    int health_idle_ms;          /* AR_POOL_CHECK_IDLE: idle at least this long; 0: 5000 */
    int health_timeout_ms;       /* the PING's deadline; 0: 1000 */
    int on_dirty;                /* AR_POOL_DESTROY (default) or AR_POOL_CLEANUP */
    int cleanup_timeout_ms;      /* AR_POOL_CLEANUP: the cleanup's deadline; 0: 5000 */
    size_t max_waiters;          /* acquires waiting at most; past it AR_ERR_QUEUE_FULL; 0: 1048576 */
    /* a foreign loop (client.loop NULL): each new connection gets hooks of its own */
    int (*client_hooks)(ar_pool *p, ar_hooks *h, void *data);    /* fill h (h->data: a record of yours);
                                    non-zero: no connection now */
    void (*client_made)(ar_pool *p, void *hooks_data, ar_client *c, void *data); /* the client made with
                                    those hooks (NULL: none was; no cleanup hook will come) */
    void (*set_timer)(void *data, long long ms); /* the pool's one timer: call ar_pool_handle_timer in ms
                                    (0: next turn); each call replaces the last; ms < 0 cancels it */
    void (*on_change)(ar_pool *p, void *data);   /* after every change of the counters (ar_pool_get_stats
                                    only, no other pool call in it) */
    void (*on_free)(ar_pool *p, void *data);     /* the pool's last call, as its memory goes */
    void *data;                  /* given to the hooks above */
} ar_pool_options;

typedef struct ar_pool_stats {
    size_t active;               /* handed out (or claimed for a user whose callback is due) */
    size_t idle;                 /* connected, waiting for a user */
    size_t waiting;              /* acquires waiting for a connection */
    size_t connecting;           /* being opened */
    size_t cleaning;             /* AR_POOL_CLEANUP in progress */
    size_t total;                /* active + idle + connecting + cleaning: never above max */
    size_t peak_active, peak_total; /* the most seen at once */
    unsigned long long acquires; /* connections handed out (acquire, with, command) */
    unsigned long long waits;    /* of those, how many had to wait */
    long long wait_total_ms, wait_max_ms; /* from the call to the hand-off, over acquires */
    unsigned long long timeouts; /* acquires ended with AR_ERR_TIMEOUT */
    unsigned long long connect_failures; /* connects (or setups) that failed */
    unsigned long long created;  /* connections opened */
    unsigned long long destroyed; /* connections closed: the sum of destroyed_by */
    unsigned long long destroyed_by[AR_POOL_GONE_COUNT];
    unsigned long long released_dirty; /* releases that found a dirty bit */
    unsigned long long cleanups, cleanups_ok;
    unsigned long long health_checks, health_failures;
} ar_pool_stats;

/* NULL on bad options or no memory (*why says what). min connections are
   opened at once. */
AR_API ar_pool *ar_pool_new(const ar_pool_options *o, const char **why);
/* AR_OK (cb runs exactly once, on a later turn) or AR_ERR_INVALID,
   AR_ERR_CLOSED (the pool is closing), AR_ERR_QUEUE_FULL, AR_ERR_NOMEM. */
AR_API int ar_pool_acquire(ar_pool *p, ar_pool_acquire_cb *cb, void *ud);
/* Give c back: clean, it waits for the next user; dirty, it is closed (or
   cleaned up). AR_OK, or AR_ERR_INVALID: not handed out by this pool now
   (released already, scoped, a pooled command's). */
AR_API int ar_pool_release(ar_pool *p, ar_client *c);
/* Acquire, run work, release when work signals the end; done(p, status,
   ud) then runs exactly once. Refusals as ar_pool_acquire. */
AR_API int ar_pool_with(ar_pool *p, ar_pool_work *work, ar_pool_done_cb *done, void *ud);
/* End a scoped use (releases its connection). AR_OK, or AR_ERR_INVALID
   when scope is not open (ended already). */
AR_API int ar_pool_done(ar_pool *p, ar_pool_scope scope, int status);
/* One command on a pooled connection: acquire, run it, release, then
   cb(NULL, r, ud) with its reply (or r->err: no connection, or the
   command failed). Refused at the call: as ar_command, and as
   ar_pool_acquire. */
AR_API int ar_pool_command(ar_pool *p, ar_callback *cb, void *ud, const char *fmt, ...);
AR_API int ar_pool_vcommand(ar_pool *p, ar_callback *cb, void *ud, const char *fmt, va_list ap);
AR_API int ar_pool_command_argv(ar_pool *p, ar_callback *cb, void *ud, int argc,
                                const char *const *argv, const size_t *argvlen);
/* What a release of c would find now: AR_MODE_* and AR_POOL_DIRTY_* bits
   (0: clean, or c is not one of the pool's connections). */
AR_API unsigned ar_pool_dirty(const ar_pool *p, const ar_client *c);
AR_API void ar_pool_get_stats(const ar_pool *p, ar_pool_stats *out);
/* Graceful: waiters fail with AR_ERR_CLOSED, idle connections close,
   connections in use close as they come back; then the pool frees itself. */
AR_API void ar_pool_close(ar_pool *p);
/* Immediate: everything pending completes now with AR_ERR_CLOSED. */
AR_API void ar_pool_free(ar_pool *p);
/* foreign loop: the pool's timer is due (set_timer) */
AR_API void ar_pool_handle_timer(ar_pool *p);
/* pump mode (no loop, no hooks): drives every connection and the pool; ms
   until the next deadline, 0 = again soon, -1 = none, -2 = the pool is gone */
AR_API long long ar_pool_pump(ar_pool *p);
AR_API void *ar_pool_data(const ar_pool *p);
/* why the last connect failed ("connect: Connection refused"), or "" */
AR_API const char *ar_pool_errstr(const ar_pool *p);

/* >>sync ------------------------------------------------------------------ */
AR_API ar_client *ar_connect_sync(const ar_options *o, int timeout_ms, const char **why);
AR_API ar_reply *ar_command_sync(ar_client *c, int timeout_ms, const char *fmt, ...);
AR_API ar_reply *ar_command_argv_sync(ar_client *c, int timeout_ms, int argc,
                                      const char *const *argv, const size_t *argvlen);

/* >>script ---------------------------------------------------------------- */
/* SHA1 of data as 40 lower-case hex digits and a NUL. */
AR_API void ar_sha1_hex(const void *data, size_t len, char out[41]);

/* A Lua script that knows its SHA1. Lives in your memory; src is not
   copied and must stay valid while the script is in use (runs pending). */
typedef struct ar_script {
    const char *src;
    size_t len;
    char sha1[41];
} ar_script;

/* s->src = src, s->len = len (0: strlen), s->sha1 computed here (no I/O).
   AR_OK, or AR_ERR_INVALID (s or src NULL). */
AR_API int ar_script_init(ar_script *s, const char *src, size_t len);
/* EVALSHA sha nkeys keys... args...; on a NOSCRIPT error reply, EVAL src
   with the same keys and args: cb gets the reply of whichever ran (never
   NOSCRIPT). Keys are passed apart from args so that key_prefix reaches
   exactly them. keylens / arglens NULL: strlen. co may be NULL. Returns
   AR_OK (cb runs exactly once) or an error code (cb never runs). */
AR_API int ar_script_eval(ar_client *c, const ar_script *s, const ar_cmd_opts *co,
                          int nkeys, const char *const *keys, const size_t *keylens,
                          int nargs, const char *const *args, const size_t *arglens,
                          ar_callback *cb, void *ud);
/* the same with EVALSHA_RO / EVAL_RO (Redis 7) */
AR_API int ar_script_eval_ro(ar_client *c, const ar_script *s, const ar_cmd_opts *co,
                             int nkeys, const char *const *keys, const size_t *keylens,
                             int nargs, const char *const *args, const size_t *arglens,
                             ar_callback *cb, void *ud);
/* SCRIPT LOAD src (the reply is the SHA1, equal to s->sha1) */
AR_API int ar_script_load(ar_client *c, const ar_script *s, ar_callback *cb, void *ud);
/* FCALL / FCALL_RO fname nkeys keys... args... (Redis 7 functions) */
AR_API int ar_fcall(ar_client *c, const ar_cmd_opts *co, const char *fname,
                    int nkeys, const char *const *keys, const size_t *keylens,
                    int nargs, const char *const *args, const size_t *arglens,
                    ar_callback *cb, void *ud);
AR_API int ar_fcall_ro(ar_client *c, const ar_cmd_opts *co, const char *fname,
                       int nkeys, const char *const *keys, const size_t *keylens,
                       int nargs, const char *const *args, const size_t *arglens,
                       ar_callback *cb, void *ud);

/* >>scan ------------------------------------------------------------------ */
typedef enum ar_scan_kind {
    AR_SCAN_KEYS = 0,            /* SCAN: key names */
    AR_SCAN_HASH,                /* HSCAN key: field, value, field, value, ... */
    AR_SCAN_SET,                 /* SSCAN key: members */
    AR_SCAN_ZSET                 /* ZSCAN key: member, score, member, score, ... */
} ar_scan_kind;

typedef struct ar_scan_opts {    /* zero = default */
    ar_scan_kind kind;           /* AR_SCAN_KEYS */
    const char *key;             /* HASH / SET / ZSET: the key to scan */
    size_t keylen;               /* 0: strlen(key) */
    const char *match;           /* MATCH pattern; NULL: none */
    size_t matchlen;             /* 0: strlen(match) */
    long long count;             /* COUNT hint; 0: the server's (10) */
    const char *type;            /* SCAN TYPE (KEYS only), e.g. "hash"; NULL: any */
    int strip_prefix;            /* KEYS: hand out key names without key_prefix */
    int timeout_ms;              /* per SCAN call; 0: the client's request timeout */
} ar_scan_opts;

/* One call per batch (empty intermediate batches are skipped). batch: an
   ARRAY view of the items (or, last = 1 only, a failure: batch->err set, or
   batch->type AR_REPLY_ERROR). last is 1 on the final call, exactly once;
   its batch may be empty. Return non-zero to stop: no further calls. */
typedef int ar_scan_cb(ar_client *c, const ar_reply *batch, int last, void *ud);

/* Start an iteration; the iterator comes from the client's allocator and is
   released by the library after the final call (or a stop). AR_OK (cb
   runs until last or a stop, never inside this call) or an error code (cb
   never runs). */
AR_API int ar_scan_start(ar_client *c, const ar_scan_opts *o, ar_scan_cb *cb, void *ud);

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
#ifdef ASYNCREDIS_TLS
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <openssl/x509v3.h>
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
    case AR_ERR_MODE: return "command not allowed in the connection's current mode";
    case AR_ERR_TX_ABORTED: return "transaction or pipeline cut by a connection loss: not sent";
    case AR_ERR_WATCH_LOST: return "WATCH was lost with its connection: the transaction did not run";
    case AR_ERR_TLS: return "TLS handshake failed";
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

/* Memory: nothing is allocated up front. A reply that is one value (+ - :
   $, all here) is handed out from `one`; the node pool, the layout pool and
   the array stack are made by the first reply that needs them, the buffer
   by the first bytes that must wait in it. A connection's parser may work
   in a buffer lent to it (ar__parser_lend, the client's read path); what is
   left unparsed moves to its own buffer when the lender takes it back. */
struct ar_parser {
    const ar_allocator *a; /* the client's, or kept after the parser (ar_parser_new) */
    const ar_limits *lim;  /* filled in (ar__limits_fill); the same */
    char *buf;         /* its own buffer, or the lent one (lent) */
    size_t cap, len;
    size_t pos;        /* first byte of the reply being parsed */
    size_t cur;        /* next unparsed byte */
    size_t scan;       /* where the CR search for the current line resumes */
    ar_reply *nodes;   /* node pool, reused; strings hold offsets until done */
    size_t ncap, nused;
    ar_reply *lay;     /* layout pool for nested replies, reused */
    size_t laycap;
    ar__pframe *stack; /* open arrays; grown to max_depth at most */
    size_t scap;
    int nested;        /* this reply has an array inside an array */
    int depth;
    int in_bulk;       /* waiting for the payload of a bulk string */
    int failed;        /* 1: bad input; 2: out of memory (not the input's fault) */
    int have_reply;    /* a reply was handed out: consume it on the next call */
    int lent;          /* buf is lent (never grown or freed here); own/owncap: its own */
    size_t bulk_start, bulk_len;
    char *own;
    size_t owncap;
    ar_reply one;      /* the reply of the fast path (one value) */
    char err[64];      /* the longest message is 63 bytes with a 19-digit number */
};

#define AR__PARSER_MIN_BUF 16384u
#define AR__PARSER_PARK_MIN 512u   /* the first own buffer of a parser that was lent one */
#define AR__PARSER_MIN_NODES 16u
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
    if (!r.max_line_len) r.max_line_len = r.max_bulk_len; /* a +/- line can be as long as a bulk */
    return r;
}

/* a: complete (ar__pick_alloc), lim: filled in (ar__limits_fill); both
   outlive the parser */
static int ar__parser_init(ar_parser *p, const ar_limits *lim, const ar_allocator *a) {
    memset(p, 0, sizeof *p);
    p->a = a;
    p->lim = lim;
    return 0;
}

/* a lent buffer goes back to its lender as it is (its bytes are dropped) */
static void ar__parser_drop_lent(ar_parser *p) {
    if (!p->lent) return;
    p->buf = p->own; p->cap = p->owncap;
    p->own = NULL; p->owncap = 0; p->lent = 0;
}

static void ar__parser_destroy(ar_parser *p) {
    ar__parser_drop_lent(p);
    AR__FREE(p->a, p->buf);
    AR__FREE(p->a, p->nodes);
    AR__FREE(p->a, p->lay);
    AR__FREE(p->a, p->stack);
    p->buf = NULL; p->nodes = NULL; p->stack = NULL; p->lay = NULL;
    p->cap = p->ncap = p->laycap = p->scap = 0;
}

/* one allocation: the parser, then its allocator and limits */
typedef struct ar__parser_box { ar_parser p; ar_allocator a; ar_limits lim; } ar__parser_box;
AR_API ar_parser *ar_parser_new(const ar_limits *lim, const ar_allocator *a) {
    ar_allocator al = ar__pick_alloc(a);
    ar__parser_box *b = (ar__parser_box *)AR__ALLOC(&al, sizeof *b);
    if (!b) return NULL;
    b->a = al;
    b->lim = ar__limits_fill(lim);
    if (ar__parser_init(&b->p, &b->lim, &b->a) != 0) { AR__FREE(&al, b); return NULL; }
    return &b->p;
}

AR_API void ar_parser_free(ar_parser *p) {
    ar_allocator a;
    if (!p) return;
    a = *p->a;
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
        if (p->cap > AR__PARSER_KEEP_BUF && !p->lent) {
            AR__FREE(p->a, p->buf);
            p->buf = NULL; p->cap = 0;
        }
        if (p->ncap > AR__PARSER_KEEP_NODES) {
            AR__FREE(p->a, p->nodes);
            p->nodes = NULL; p->ncap = 0;
        }
        if (p->laycap > AR__PARSER_KEEP_NODES) {
            AR__FREE(p->a, p->lay);
            p->lay = NULL; p->laycap = 0;
        }
    }
}

AR_API void ar_parser_reset(ar_parser *p) {
    ar__parser_drop_lent(p);
    p->pos = p->cur = p->len = p->scan = 0;
    p->nused = 0; p->depth = 0; p->in_bulk = 0; p->nested = 0;
    p->failed = 0; p->have_reply = 0; p->err[0] = 0;
    if (p->cap > AR__PARSER_KEEP_BUF) { AR__FREE(p->a, p->buf); p->buf = NULL; p->cap = 0; }
}

AR_API const char *ar_parser_error(const ar_parser *p) { return p->failed ? p->err : ""; }
AR_API size_t ar_parser_pending(const ar_parser *p) { return p->len - (p->have_reply ? p->cur : p->pos); }

static void ar__pnodes_rel(ar_parser *p, int to_ptr);

/* positions become relative to pos (pos = 0) */
static void ar__prebase(ar_parser *p) {
    p->cur -= p->pos; p->scan = p->scan > p->pos ? p->scan - p->pos : 0;
    if (p->in_bulk) p->bulk_start -= p->pos;
    p->len -= p->pos; p->pos = 0;
}
/* move the bytes from pos to the front: offsets are relative to pos, so
   the nodes (holding offsets now) need no change */
static void ar__pcompact(ar_parser *p) {
    if (!p->pos) return;
    if (p->len > p->pos) memmove(p->buf, p->buf + p->pos, p->len - p->pos);
    ar__prebase(p);
}

/* Room for need bytes in a compacted buffer (pos 0, nodes as offsets). Its
   own buffer grows (doubling; exact for a huge bulk; past
   AR__PARSER_HUGE_BUF fresh memory hinted for huge pages before it is
   touched: 4 KB page faults otherwise cost more than the copy). A lent
   buffer never grows: the bytes move to the parser's own buffer (made or
   grown for them), which is the buffer again. -1: no memory, nothing changed. */
static int ar__pgrow(ar_parser *p, size_t need) {
    char *nb;
    size_t nc;
    if (p->lent && p->owncap >= need) {
        nb = p->own; nc = p->owncap;
        if (p->len) memcpy(nb, p->buf, p->len);
    } else {
        size_t have = p->lent ? p->owncap : p->cap;
        nc = have ? have : p->lent ? AR__PARSER_PARK_MIN : AR__PARSER_MIN_BUF;
        while (nc < need) nc = nc > ((size_t)-1) / 2 ? need : nc * 2;
        if (p->in_bulk && nc > need && need > AR__PARSER_KEEP_BUF) nc = need; /* exact for huge bulks */
        if (p->lent || nc >= AR__PARSER_HUGE_BUF) {
            nb = (char *)AR__ALLOC(p->a, nc);
            if (!nb) return -1;
            if (nc >= AR__PARSER_HUGE_BUF) ar__hint_huge(nb, nc);
            if (p->len) memcpy(nb, p->buf, p->len);
            if (p->lent) AR__FREE(p->a, p->own); /* its old bytes are dead */
            else AR__FREE(p->a, p->buf);
        } else {
            nb = (char *)AR__REALLOC(p->a, p->buf, nc);
            if (!nb) return -1;
        }
    }
    p->buf = nb; p->cap = nc;
    p->own = NULL; p->owncap = 0; p->lent = 0;
    return 0;
}

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
        ar__pcompact(p);
        if (need < p->len + want) need = p->len + want;
        if (need > p->cap && ar__pgrow(p, need) != 0) { ar__pnodes_rel(p, 1); return NULL; }
        ar__pnodes_rel(p, 1);
    }
    if (avail) *avail = p->cap - p->len;
    return p->buf + p->len;
}

/* Lend b (bcap bytes) to the parser: it reads and parses there, so replies
   that arrive whole are never copied. The unparsed bytes (part of a reply)
   move into b first; not when they would fill more than half of b, or the
   bulk string they are in would not fit: then the parser stays in its own
   buffer. ar_parser_space never grows b: past it the bytes move to the
   parser's own buffer. 1: lent. */
static int ar__parser_lend(ar_parser *p, char *b, size_t bcap) {
    size_t keep;
    if (p->lent || p->failed) return 0;
    ar__parser_release(p);
    keep = p->len - p->pos;
    if (keep > bcap / 2 || (p->in_bulk && (p->bulk_start - p->pos) + p->bulk_len + 2 > bcap)) return 0;
    ar__pnodes_rel(p, 0);
    if (keep) memcpy(b, p->buf + p->pos, keep);
    p->own = p->buf; p->owncap = p->cap;
    p->buf = b; p->cap = bcap; p->lent = 1;
    ar__prebase(p);
    ar__pnodes_rel(p, 1);
    return 1;
}

/* Take the lent buffer back: the unparsed bytes (part of a reply) move to
   the parser's own buffer, made or grown for them. -1: no memory for that;
   the parser is then reset with an out-of-memory error (the bytes are lost). */
static int ar__parser_unlend(ar_parser *p) {
    if (!p->lent) return 0;
    ar__parser_release(p);
    if (p->len == p->pos) {
        ar__parser_drop_lent(p);
        p->pos = p->cur = p->len = p->scan = 0;
        return 0;
    }
    ar__pnodes_rel(p, 0);
    ar__pcompact(p);
    if (ar__pgrow(p, p->len) != 0) {
        ar_parser_reset(p);
        p->failed = 2;
        snprintf(p->err, sizeof p->err, "out of memory for a partial reply");
        return -1;
    }
    ar__pnodes_rel(p, 1);
    return 0;
}

/* Give back all the parser's memory while it holds nothing: no reply
   handed out, nothing buffered, nothing lent. The next reply that needs a
   piece makes it again. */
static void ar__parser_trim(ar_parser *p) {
    if (p->lent || p->have_reply || p->len != p->pos || p->depth || p->in_bulk) return;
    ar__parser_destroy(p); /* its memory; then an empty parser */
    p->pos = p->cur = p->len = p->scan = 0;
    p->nused = 0;
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

/* Numbers in reply lines are canonical decimals, the way Redis writes them
   (ll2string): "0", or an optional '-' and a digit 1-9 and more digits,
   within a long long. No '+', no leading zeros, no "-0", nothing else on
   the line. So for ':' an integer, for '$' and '*' a length: -1 (nil) or
   a non-negative number; "$-0", "$01", "*00", "$+1" or ":-0" are protocol
   errors, never read as an empty bulk, an empty array or a nil. A number
   line is at most AR__NUM_LINE_MAX bytes, whatever the limits. */
#define AR__NUM_LINE_MAX 32

static int ar__perr(ar_parser *p, const char *fmt, long long v) {
    p->failed = 1;
    snprintf(p->err, sizeof p->err, fmt, v);
    return AR_PARSE_ERROR;
}
static int ar__perr_long(ar_parser *p, char t) {
    if (t != '+' && t != '-') return ar__perr(p, "number line longer than %lld bytes", (long long)AR__NUM_LINE_MAX);
    return ar__perr(p, "reply line longer than max_line_len (%lld)", (long long)p->lim->max_line_len);
}
static int ar__perr_nomem(ar_parser *p, const char *msg) {
    p->failed = 2;
    snprintf(p->err, sizeof p->err, "%s", msg);
    return AR_PARSE_ERROR;
}

/* a canonical decimal (above) of 1..19 digits, no overflow */
static int ar__parse_ll(const char *s, size_t n, long long *out) {
    size_t i = 0;
    int neg = 0;
    unsigned long long v = 0, lim;
    if (n == 0) return -1;
    if (s[0] == '-') { neg = 1; i = 1; if (n == 1) return -1; }
    if (s[i] == '0' && (neg || n > 1)) return -1; /* leading zero or -0 */
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
    if (ar__grow(p->a, (void **)&p->lay, &p->laycap, p->nused, sizeof(ar_reply), AR__PARSER_MIN_NODES) != 0) return NULL;
    p->lay[0] = p->nodes[0];
    ar__playout(p, 0, &p->lay[0], &next);
    return &p->lay[0];
}

/* the first CR or LF in [s, e), or NULL: a line ends at its first CR,
   and an LF before it is a protocol error (a bare LF ends no line; taking
   it into the text would join two replies into one). Lines are short:
   eight bytes at a time (little-endian machines with GCC/clang builtins),
   else byte by byte; memchr past 64 bytes (the CR, then an LF before it). */
#if (defined(__GNUC__) || defined(__clang__)) && defined(__BYTE_ORDER__) && defined(__ORDER_LITTLE_ENDIAN__)
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define AR__SWAR_CR 1
#endif
#endif
static char *ar__find_eol(char *s, char *e) {
    char *q = e - s > 64 ? s + 64 : e, *cr, *lf;
#ifdef AR__SWAR_CR
    while (q - s >= 8) {
        unsigned long long x, c, l;
        memcpy(&x, s, 8);
        c = x ^ 0x0d0d0d0d0d0d0d0dull; /* a CR byte becomes 0 */
        l = x ^ 0x0a0a0a0a0a0a0a0aull; /* an LF byte becomes 0 */
        /* the lowest flag of each is exact, so the lowest of both is too */
        x = (((c - 0x0101010101010101ull) & ~c) | ((l - 0x0101010101010101ull) & ~l)) & 0x8080808080808080ull;
        if (x) return s + (__builtin_ctzll(x) >> 3);
        s += 8;
    }
#endif
    while (s < q && *s != '\r' && *s != '\n') s++;
    if (s < q) return s;
    if (q == e) return NULL;
    cr = (char *)memchr(q, '\r', (size_t)(e - q));
    lf = (char *)memchr(q, '\n', (size_t)((cr ? cr : e) - q));
    return lf ? lf : cr;
}

/* a canonical number (digits at most 18, so no overflow) at s, then CRLF,
   all before e: the end of the digits, or NULL when the line is anything
   else (the general path then deals with it, errors included) */
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
            if ((unsigned char)x == '0' && (n > 1 || neg)) return NULL; /* leading zero or -0 */
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
    if (s[neg] == '0' && d - s > 1) return NULL; /* leading zero or -0 */
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
    if (cur < len && !p->in_bulk && !p->depth && !p->scan) {
        char *s = b + cur + 1, *e = b + len, *cr = NULL, *next = NULL;
        ar_reply *r = &p->one;
        long long v;
        r->err = AR_OK; r->flags = 0; r->integer = 0; r->str = NULL; r->len = 0;
        r->elements = 0; r->element = NULL;
        switch (s[-1]) {
        case '+': case '-':
#ifdef AR__SWAR_CR
            if (e - s >= 8) { /* "+OK\r\n": the first byte below 0x0e in eight
                                 (exact for the lowest: CR, LF or another
                                 control byte; not a CR: the loop decides) */
                unsigned long long x;
                memcpy(&x, s, 8);
                x = (x - 0x0e0e0e0e0e0e0e0eull) & ~x & 0x8080808080808080ull;
                cr = x ? s + (__builtin_ctzll(x) >> 3) : ar__find_eol(s + 8, e);
            } else
#endif
            cr = ar__find_eol(s, e);
            if (!cr || e - cr < 2 || cr[0] != '\r' || cr[1] != '\n' || (size_t)(cr - s) > p->lim->max_line_len) break;
            r->type = s[-1] == '+' ? AR_REPLY_STATUS : AR_REPLY_ERROR;
            r->str = s;
            r->len = (size_t)(cr - s);
            *cr = 0;
            next = cr + 2;
            break;
        case ':': case '$':
            cr = (char *)ar__pnum(s, e, &v); /* at most 19 bytes: a number line's bound holds */
            if (!cr) break;
            if (s[-1] == ':') {
                r->type = AR_REPLY_INTEGER;
                r->integer = v;
                next = cr + 2;
                break;
            }
            if (v < 0 || (unsigned long long)v > (unsigned long long)p->lim->max_bulk_len ||
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
            p->nused = 0;
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
                    (line[neg] != '0' || d - line == 1)) { /* canonical; 19 bytes at most */
                    v = neg ? -(long long)u : (long long)u;
                    cr = (char *)d;
                }
            } else if (t != '+' && t != '-') { /* refuse at once, not at the CR */
                return ar__perr(p, "unexpected byte 0x%02llx where a reply type was expected",
                                (long long)(unsigned char)t);
            }
            if (!cr) { /* the general way: find the CR, check, parse */
                size_t from = p->scan > cur + 1 ? p->scan : cur + 1;
                size_t lmax = t == '+' || t == '-' ? p->lim->max_line_len : AR__NUM_LINE_MAX;
                cr = from < len ? ar__find_eol(b + from, b + len) : NULL;
                if (!cr) {
                    if (len - cur - 1 > lmax) return ar__perr_long(p, t);
                    p->scan = len;
                    return AR_PARSE_MORE;
                }
                if (*cr == '\n') return ar__perr(p, "LF without CR at byte %lld of the reply", (long long)(cr - (b + p->pos)));
                llen = (size_t)(cr - line);
                if (llen > lmax) return ar__perr_long(p, t);
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
                ar__grow(p->a, (void **)&p->nodes, &p->ncap, p->nused + 1, sizeof(ar_reply), AR__PARSER_MIN_NODES) != 0)
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
                if ((unsigned long long)v > (unsigned long long)p->lim->max_bulk_len)
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
                if ((unsigned long long)v > (unsigned long long)p->lim->max_array_len)
                    return ar__perr(p, "array length %lld exceeds max_array_len", v);
                r->type = AR_REPLY_ARRAY;
                r->elements = (size_t)v;
                if (v == 0) break;
                if (p->depth >= p->lim->max_depth)
                    return ar__perr(p, "arrays nested deeper than max_depth (%lld)", (long long)p->lim->max_depth);
                if (p->depth > 0) p->nested = 1;
                if ((size_t)p->depth >= p->scap &&
                    ar__grow(p->a, (void **)&p->stack, &p->scap, (size_t)p->depth + 1, sizeof(ar__pframe), 4) != 0)
                    return ar__perr_nomem(p, "out of memory for the array stack");
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
        if (ar__grow(a, (void **)&e->segs, &e->segcap, e->nsegs + 1, sizeof(ar__seg), 4) != 0) return -1;
        e->segs[e->nsegs].p = p; e->segs[e->nsegs].off = off; e->segs[e->nsegs].n = n;
        e->nsegs++; cur->nseg++;
    }
    cur->len += n;
    return 0;
}

static int ar__enc_newarg(const ar_allocator *a, ar__enc *e) {
    if (ar__grow(a, (void **)&e->args, &e->argcap, e->nargs + 1, sizeof(ar__arg), 4) != 0) return -1;
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
    char *rbuf; size_t rcap; /* the read buffer the clients share (ar__loop_rbuf) */
    int rbusy;            /* lent to a client now */
};

/* The clients of a loop read into one buffer of the loop's, lent to one at
   a time (a client reading inside another one's callback finds it taken:
   NULL, and reads on its stack). Made with the loop (AR__LOOP_RBUF, the
   default read_chunk; made before the clients' memory, it never sits
   among their short-lived allocations), grown to the largest read_chunk
   asked for; freed with the loop. */
#define AR__LOOP_RBUF 65536u
static char *ar__loop_rbuf(ar_loop *l, size_t want, size_t *cap) {
    if (l->rbusy) return NULL;
    if (l->rcap < want) {
        char *nb = (char *)AR__ALLOC(&l->a, want);
        if (!nb) return NULL;
        AR__FREE(&l->a, l->rbuf);
        l->rbuf = nb; l->rcap = want;
    }
    l->rbusy = 1;
    *cap = l->rcap;
    return l->rbuf;
}

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
    l->rbuf = (char *)AR__ALLOC(&a, AR__LOOP_RBUF);
    if (!l->rbuf) { AR__FREE(&a, l); return NULL; }
    l->rcap = AR__LOOP_RBUF;
#if AR__HAVE_EPOLL
    if (!(o && o->use_poll)) {
        l->epfd = epoll_create1(EPOLL_CLOEXEC);
        if (l->epfd < 0) { AR__FREE(&a, l->rbuf); AR__FREE(&a, l); return NULL; }
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
    static const char names[][16] = { "db", "name", "client_name", "connect_timeout",
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
    unsigned unit;             /* a transaction or pipeline it belongs to (0: none) */
    unsigned wgen;             /* the WATCH epoch it was submitted in (0: none) */
    int db;                    /* AR__E_SELECT: the db it selects */
    int pend, pend_total;      /* AR__E_PUBSUB: confirmations still owed / owed in all */
} ar__entry;
#define AR__E_SETUP 0x100u     /* AUTH / SELECT / CLIENT SETNAME of the client's own */
#define AR__E_BLOCKING 0x200u  /* BLPOP & co: no read timeout while it waits */
#define AR__E_EXPIRED 0x400u   /* its deadline passed: fail it, never resend */
#define AR__E_SENT 0x800u      /* kept after a loss although written (idempotent) */
#define AR__E_POISON 0x1000u   /* its reply broke the protocol: fail it, never resend */
#define AR__E_UNIT_FIRST 0x2000u /* the first command of its unit (MULTI, a pipeline's first) */
#define AR__E_WATCH_FIRST 0x4000u /* the WATCH that opened its epoch */
#define AR__E_CUT 0x8000u      /* its unit (or watch) was cut by a loss: fail with err, never resend */
#define AR__E_SELECT 0x10000u  /* a user SELECT: on +OK the setup selects this db from now on */
#define AR__E_PUBSUB 0x20000u  /* (P|S)(UN)SUBSCRIBE: answered by `pend` confirmations, not one reply */
/* >>learn's: */
#define AR__E_HOLD 0x40000u    /* the output stops before its bytes (the hold point: the first one) */
#define AR__E_LEARN 0x80000u   /* its bytes are unprefixed: replaced once its name is learned */
#define AR__E_SUBST 0x100000u  /* a PING stands in for it: its reply delivers err (`pend`: the reason) */
#define AR__E_LEARNQ 0x200000u /* the library's COMMAND INFO <name> (callback ar__learn_cb) */

typedef struct ar__ring { ar__entry *e; size_t cap, head, n; } ar__ring;

/* What a submission works in, kept between submissions (no allocation per
   command) and given back with the client's other buffers when it is
   quiet: the parsed format, the prefixer's argv views and prefixed bytes,
   a format's arguments as an argv (also pub/sub's names). */
typedef struct ar__scratch {
    ar__enc enc;
    const char **pargv; size_t *plen; size_t pcap, plcap;
    char *pbuf; size_t pbufcap;
    const char **fargv; size_t *flen; size_t fcap, flcap; /* format args as argv */
    char *fbuf; size_t fbufcap;
} ar__scratch;

/* The counters as kept (ar_client_stats widens them into an ar_stats):
   errors by code in 32 bits, saturating, and no room for what is computed
   when read (inflight, offline_queue): 104 bytes less per client. */
typedef struct ar__stats {
    unsigned long long commands, replies, failures, writes, reads, bytes_out, bytes_in, connects;
    unsigned long long messages, messages_dropped;
    unsigned long long redis_errors, maybe_executed, refused, disconnects, reconnects, timeouts, inflight_peak;
    unsigned errors[AR_ERR_COUNT_];
} ar__stats;
#define AR__COUNT_ERR(c, code) do { \
        if ((code) > 0 && (code) < AR_ERR_COUNT_ && (c)->st.errors[code] != UINT_MAX) (c)->st.errors[code]++; \
    } while (0)

enum { AR__M_PUMP = 0, AR__M_HOOKS, AR__M_LOOP };

/* The connection's state: one at a time, changed only by ar__enter (which
   sets the I/O interest and the timer that state needs).

       new / ar_client_reconnect
             |
             v            name                  connect(2) in progress
       +-> RESOLVING ------------> CONNECTING ----------------+
       |      | fail / timeout       | refused / timeout      | connected
       |      v                      v (next address first)   v
       |   (loss) <-------------- (loss) <----------------- SETUP
       |      |                                               | AUTH, SELECT,
       |      | reconnect on, attempts left                   | SETNAME all +OK
       |      v                                               v
       +-- BACKOFF            ar_client_close: DRAINING <---- READY
              |                          (finish, then free)   |
              | no reconnect / max attempts / AUTH refused     | EOF, I/O error,
              v                                                | timeout, protocol
            DOWN  <----------------------------- (loss) <------+
       (no fd, no timer; submissions refused with down_err until
        ar_client_reconnect)

   Lifecycle flags below are not states: FREEING (ar_client_free ran; memory
   goes when the last entry point returns) and CLOSING (the user asked for a
   graceful close: READY becomes DRAINING). */
/* What one submission does to the connection's modes: worked out before
   it is encoded (a refusal changes nothing), committed once it is in. */
typedef struct ar__plan {
    unsigned flags, unit, wgen; /* for its entry */
    ar_err doom;                /* != AR_OK: accepted but failed next turn, never sent */
    int kind;                   /* AR__K_* */
    int db;                     /* SELECT's argument */
    long long block;            /* >= 0: a blocking command (its server timeout, 0 = forever) */
    int pend;                   /* AR__E_PUBSUB: the confirmations it will get */
    int argc;                   /* its argument count */
} ar__plan;

typedef enum ar__cstate {
    AR__S_RESOLVING = 1,   /* fd: the resolver thread's pipe */
    AR__S_CONNECTING,      /* fd: a socket, connect(2) in progress (connfail_err: failed at once) */
    AR__S_TLS,             /* connected; the TLS handshake runs (tls_want: what it waits for) */
    AR__S_SETUP,           /* connected; only the setup commands are written */
    AR__S_READY,
    AR__S_DRAINING,        /* closing: pending commands finish, then the client is freed */
    AR__S_BACKOFF,         /* no fd; the next attempt at reconnect_at */
    AR__S_DOWN             /* no fd, no timer: gave up (down_err), closed, or forked (fork_error) */
} ar__cstate;

#define AR__F_FREEING 0x1u
#define AR__F_CLOSING 0x2u
#define AR__F_READING 0x10u
#define AR__F_MORE 0x40u        /* pump: read cap hit, more data may wait */
#define AR__F_OBSERVING 0x2000u /* inside o.on_trace / o.on_log: submissions refused (AR_ERR_BUSY) */
#define AR__F_POOLED 0x4000u    /* a pool's connection: its traces carry AR_TRACE_F_POOL (>>observe) */

#define AR__MAX_READ_PER_CALL (1024u * 1024u)   /* per read event: keeps loop turns short */
#define AR__OUT_KEEP (4u * 1024u * 1024u)
#define AR__OUT_MIN 128u        /* out[] starts this small and doubles */
#define AR__READ_STACK 4096u    /* the read buffer on the stack, outside the built-in loop */
#define AR__IDLE_MS 1000        /* quiet this long: a client in steady use gives its buffers back */
#define AR__QUIET_REPLIES 16u   /* at most this many replies since the last quiet point: not steady use */

struct ar_client {
    ar_allocator a;
    ar_options o;
    char *host, *path, *prefix;
    size_t prefixlen;
    struct ar__scratch *sx;       /* the submissions' scratch (ar__sx): made by the first that needs it */
    struct ar__learn *lrn;        /* >>learn: what this connection learned, the hold point (NULL: nothing yet) */
    int fd;
    ar__cstate cs;                /* the connection's state (see the diagram above) */
    ar_err down_err;              /* DOWN: why (refusals at the call carry it) */
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
    /* connection modes, as the commands submitted so far leave the server
       (submission order is execution order): the open transaction, the
       WATCH epoch, blocking commands queued; what a loss did to them */
    unsigned unit_seq, tx_unit;   /* tx_unit: the MULTI still open (0: none) */
    unsigned watch_seq, wgen;     /* wgen: the WATCH epoch still open (0: none) */
    ar_err tx_doomed;             /* the open MULTI was cut by a loss: its commands fail with this */
    int watch_lost;               /* the open epoch's WATCH was on a lost connection */
    size_t nblocking;             /* blocking commands in flight (outside MULTI) */
    ar__ring parent;              /* after fork(): the parent's commands, failed next turn */
    ar__plan pl;                  /* the submission in progress */
    /* pub/sub: every subscribed name (wire form: prefixed), hashed; the
       handles; the server's counts as its confirmations tell them */
    struct ar__chan **ctab; size_t ccap, cn;
    struct ar_sub *subs;
    long long srv_cp, srv_sh;     /* channels + patterns, shard channels */
    int psub_internal;            /* the library is submitting a (P|S)(UN)SUBSCRIBE */
    unsigned chan_gen;            /* bumped when a name or its holders change (routing rescans) */
    int noprefix;                 /* ... with names already prefixed */
    /* TLS (ASYNCREDIS_TLS): the context, this connection's session, what
       the handshake or a read/write waits for, a verification that failed */
    void *tls_ctx, *tls_ssl, *tls_bio_meth;
    char *tls_sni;                /* tls_options.server_name, copied */
    unsigned tls_want;
    int tls_fatal;
    unsigned long long msg_seq;   /* messages routed (stamps) */
    size_t replayed;              /* names the setup subscribes to again */
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
    long long connect_deadline;   /* absolute ms, 0: none */
    /* driver state: what the driver has been told */
    int mode;
    unsigned quiet_done;          /* replies + failures delivered by the last quiet point (ar__quiet_point) */
    union { ar_hooks hooks; ar_timer ltimer; } drv; /* the foreign loop's hooks, or the built-in loop's timer */
    ar_loop *loop;
    int io_fd;
    unsigned io_want;
    long long timer_at;           /* -1 none, 0 as soon as possible, else absolute ms */
    ar_client *lnext, *lprev;
    ar__stats st;                 /* ar_client_stats reads it */
    char errstr[160];             /* longer messages are cut (a host name of 120+ bytes) */
    unsigned long long out_moved; /* bytes moved by compaction of out[] and zc[] (tests/test_outbuf.c) */
    /* memory (ar__quiet_point): buffers go back when the client is quiet */
    long long quiet_ms;           /* the last quiet point (0: none yet) */
    long long trim_at;            /* steady use: give them back then if still quiet (0: not armed) */
};

/* >>learn (types and helpers used before its section) */
#define AR__LEARN_NAME 64
#define AR__LEARN_BLOB 8192
enum { AR__L_PENDING = 0, AR__L_KNOWN, AR__L_REFUSED };
enum { AR__LR_NONE = 0, AR__LR_UNKNOWN, AR__LR_KEYS, AR__LR_REFUSED, AR__LR_ARGS };
typedef struct ar__lrec {
    void *blob;                   /* KNOWN: what o.learner made of COMMAND INFO */
    const char *why;              /* REFUSED: why (a static string) */
    int state, reason;            /* AR__L_*; REFUSED: AR__LR_* */
    int unsent;                   /* made by a unit's exec, its COMMAND INFO not queued yet */
    size_t nlen;
    char name[AR__LEARN_NAME];    /* lower case */
} ar__lrec;
struct ar__learn {
    ar_learned pub;               /* first: what the prefixer gets (find) */
    ar__lrec **r; size_t n, cap;  /* the records of this connection (n <= learn_max) */
    size_t nhold;                 /* ring entries flagged HOLD */
    unsigned long long hold_q;    /* the first one's first byte: stream offset and ... */
    unsigned long long hold_l;    /* ... absolute position in out[] */
};
#define AR__LEARN_NEEDED 1000     /* ar__apply_prefix: unknown to the prefixer, learnable (never returned) */
/* stream bytes that may be written: up to the hold point, if any */
#define AR__QLIM(c) ((c)->lrn && (c)->lrn->nhold ? (c)->lrn->hold_q : (c)->q_total)
static void ar__hold_fix(ar_client *c);
static void ar__learn_drop(ar_client *c);
static void ar__learn_free(ar_client *c);
static int ar__learn_deliver(ar_client *c, const ar__entry *e);
static void ar__learn_cb(ar_client *c, const ar_reply *rep, void *ud);
static int ar__learn_setup_argv(ar_client *c, const char ***argvp, size_t **lensp);
static void ar__learn_setup_reply(ar_client *c, const ar_reply *rep);

/* >>observe helpers used before their section (a no-op unless a hook is set) */
static void ar__trace_cb(ar_client *c, const ar_reply *r, void *ud);
static void ar__trace_resp(ar_client *c, ar__entry *e, unsigned flags, const char *o, size_t pos, size_t end,
                           const struct ar__ref *z, size_t nz);
static void ar__trace_written(ar_client *c, size_t n);
static void ar__trace_undo(ar_client *c, ar__entry *e);
struct ar__args;
static void ar__trace_args(ar_client *c, ar__entry *e, unsigned flags, int argc, const struct ar__args *a);
static void ar__refused_args(ar_client *c, int rc, int argc, const struct ar__args *a, const char *name);
static void ar__refused_resp(ar_client *c, int rc, const char *o, size_t len, unsigned flags);
static int ar__refused_count(ar_client *c, int rc);
static void ar__scrub(const ar_client *c, char *s, size_t cap);
static void ar__log_state(ar_client *c, ar__cstate from, ar__cstate s);
static void ar__log_loss(ar_client *c, ar_err err, ar__cstate from, int retry, int exhausted,
                         const ar__ring *failing, unsigned long long written);
static void ar__log_proto(ar_client *c);
static void ar__log(ar_client *c, int level, const char *fmt, ...)
#if defined(__GNUC__) || defined(__clang__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
#define AR__LOG_ON(c, lvl) ((c)->o.on_log && (lvl) <= ((c)->o.log_level ? (c)->o.log_level : AR_LOG_INFO))
#define AR__LOG(c, lvl, ...) do { if (AR__LOG_ON(c, lvl)) ar__log(c, lvl, __VA_ARGS__); } while (0)

/* ring */
/* cap is 0 or a power of two (4, doubling): positions wrap with a mask */
static AR__NOINLINE int ar__ring_grow(const ar_allocator *a, ar__ring *r) {
    size_t nc = r->cap ? r->cap * 2 : 4, i;
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
            if (old & AR__READ) c->drv.hooks.del_read(c->drv.hooks.data, c->io_fd);
            if (old & AR__WRITE) c->drv.hooks.del_write(c->drv.hooks.data, c->io_fd);
        } else if (c->mode == AR__M_LOOP) {
            ar__watch_set(c->loop, c->io_fd, 0, NULL, NULL);
        }
    }
    c->io_fd = fd;
    if (want == c->io_want) return;
    if (c->mode == AR__M_HOOKS) {
        unsigned on = want & ~c->io_want, off = c->io_want & ~want;
        c->io_want = want;
        if (on & AR__READ) c->drv.hooks.add_read(c->drv.hooks.data, fd);
        if (on & AR__WRITE) c->drv.hooks.add_write(c->drv.hooks.data, fd);
        if (off & AR__READ) c->drv.hooks.del_read(c->drv.hooks.data, fd);
        if (off & AR__WRITE) c->drv.hooks.del_write(c->drv.hooks.data, fd);
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
        if (c->mode == AR__M_HOOKS) c->drv.hooks.set_timer(c->drv.hooks.data, -1);
        else ar_timer_stop(&c->drv.ltimer);
    } else {
        long long d = at == 0 ? 0 : at - ar_now_ms();
        if (d < 0) d = 0;
        if (c->mode == AR__M_HOOKS) c->drv.hooks.set_timer(c->drv.hooks.data, d);
        else ar_timer_start(&c->drv.ltimer, d, 0, ar__timer_cb_loop, c);
    }
}

static ar__entry *ar__ring_at(const ar__ring *r, size_t i) { return &r->e[(r->head + i) & (r->cap - 1)]; }

#define AR__MIN_AT(at, t) do { long long t_ = (t); if (t_ > 0 && ((at) < 0 || t_ < (at))) (at) = t_; } while (0)

/* the read/write timeout deadlines that apply now (0: none) */
static long long ar__read_deadline(const ar_client *c) {
    const ar__entry *h;
    if (c->o.read_timeout_ms <= 0 || !c->inflight.n || c->fd < 0) return 0;
    if (c->cs != AR__S_SETUP && c->cs != AR__S_READY && c->cs != AR__S_DRAINING) return 0;
    h = ar__ring_at(&c->inflight, 0);
    if (h->end > c->q_written || (h->flags & AR__E_BLOCKING)) return 0; /* nothing owed yet, or BLPOP waits */
    return c->last_rw + c->o.read_timeout_ms;
}
static long long ar__write_deadline(const ar_client *c) {
    if (c->o.write_timeout_ms <= 0 || c->q_written >= AR__QLIM(c) || c->fd < 0) return 0;
    if (c->cs != AR__S_SETUP && c->cs != AR__S_READY && c->cs != AR__S_DRAINING) return 0;
    return c->wsince + c->o.write_timeout_ms;
}

/* a graceful close has nothing left to finish: free on the next turn */
static int ar__drained(const ar_client *c) {
    return (c->flags & AR__F_CLOSING) && c->inflight.n == 0 && c->failed.n == 0 && c->parent.n == 0;
}

/* the earliest thing this client must do without I/O: one timer per client.
   DOWN with nothing to deliver arms none (a loop with only it returns). */
static void ar__timer_update(ar_client *c) {
    long long at = -1;
    if (c->flags & AR__F_FREEING) { ar__timer_set(c, -1); return; }
    if (c->failed.n || c->parent.n || ar__drained(c) || (c->cs == AR__S_CONNECTING && c->connfail_err)) {
        ar__timer_set(c, 0);
        return;
    }
    switch (c->cs) {
    case AR__S_RESOLVING: case AR__S_CONNECTING: case AR__S_TLS: case AR__S_SETUP:
        if (c->connect_deadline) AR__MIN_AT(at, c->connect_deadline);
        break;
    case AR__S_BACKOFF: AR__MIN_AT(at, c->reconnect_at); break;
    case AR__S_DOWN: ar__timer_set(c, -1); return;
    default: break;
    }
    AR__MIN_AT(at, c->dl_min);
    AR__MIN_AT(at, ar__read_deadline(c));
    AR__MIN_AT(at, ar__write_deadline(c));
    AR__MIN_AT(at, c->trim_at);
    ar__timer_set(c, at);
}

/* the I/O interest a state has: the pipe or socket to read, a connect to
   finish, output to write (the optimistic write of the loop makes WRITE cheap) */
static unsigned ar__io_for(const ar_client *c) {
    switch (c->cs) {
    case AR__S_RESOLVING: return AR__READ;
    case AR__S_CONNECTING: return c->connfail_err ? 0u : AR__WRITE;
    case AR__S_TLS: return c->tls_want;
    case AR__S_SETUP: return AR__READ | (c->out_pos < c->wlimit ? AR__WRITE : 0u); /* setup bytes lead out[] */
    case AR__S_READY: case AR__S_DRAINING:
        /* a TLS write that waits for a read is resumed by the read */
        return AR__READ | (c->q_written < AR__QLIM(c) && !(c->tls_want & AR__READ) ? AR__WRITE : 0u);
    default: return 0;
    }
}

static void ar__want_write(ar_client *c, int on) {
    unsigned w = ar__io_for(c) & AR__READ;
    if (c->cs == AR__S_CONNECTING) w = c->io_want;
    ar__io_set(c, on ? (w | AR__WRITE) : w);
}

static void ar__seterr(ar_client *c, const char *what, int e) {
    if (e) snprintf(c->errstr, sizeof c->errstr, "%s: %s", what, strerror(e));
    else snprintf(c->errstr, sizeof c->errstr, "%s", what);
}

/* The one way a user callback runs. Returns 1 if the client may still be
   used afterwards, 0 if the callback freed it (the caller holds a ref, so
   the memory is still there: unwind without touching anything else). */
static AR__INLINE int ar__deliver(ar_client *c, const ar__entry *e, const ar_reply *r) {
    if (r->type == AR_REPLY_ERROR && !(e->flags & AR__E_SETUP)) c->st.redis_errors++;
    if (e->cb) { /* with o.on_trace: ar__trace_cb, which traces, then calls the command's own */
        c->cb_depth++;
        e->cb(c, r, e->ud);
        c->cb_depth--;
    }
    return !(c->flags & AR__F_FREEING);
}
#define AR__ALIVE(c) (!((c)->flags & AR__F_FREEING))

/* errors whose text is the connection's story (errstr); the others have their own */
static int ar__err_has_story(ar_err err) {
    switch (err) {
    case AR_ERR_CONNECT: case AR_ERR_RESOLVE: case AR_ERR_EOF: case AR_ERR_IO: case AR_ERR_PROTOCOL:
    case AR_ERR_TIMEOUT: case AR_ERR_AUTH: case AR_ERR_NOMEM: case AR_ERR_FORKED: case AR_ERR_TLS: return 1;
    default: return 0;
    }
}

static int ar__fail_entry(ar_client *c, const ar__entry *e, ar_err err, int written) {
    ar_reply r;
    memset(&r, 0, sizeof r);
    r.type = AR_REPLY_NONE;
    r.err = err;
    r.flags = written ? AR_REPLY_F_MAYBE_EXECUTED : 0;
    r.str = c->errstr[0] && ar__err_has_story(err) ? c->errstr : ar_strerror(err);
    r.len = strlen(r.str);
    if (!(e->flags & AR__E_SETUP) && err != AR_OK) {
        c->st.failures++;
        if (written) c->st.maybe_executed++;
        AR__COUNT_ERR(c, err);
    }
    return ar__deliver(c, e, &r);
}

static void ar__tls_drop(ar_client *c);
static void ar__close_fd(ar_client *c) {
    ar__tls_drop(c);
    ar__io_set(c, 0);
    if (c->fd >= 0) { close(c->fd); c->fd = -1; }
    c->io_fd = -1;
}

static void ar__free_mem(ar_client *c);
static void ar__pubsub_free(ar_client *c);
static void ar__out_clear(ar_client *c);

static void ar__unref(ar_client *c) {
    if (--c->refs == 0 && (c->flags & AR__F_FREEING)) ar__free_mem(c);
}

/* the idempotent commands when o.idempotent_commands is NULL (c->idem is
   NULL then: nothing allocated) */
static const char ar__idem_defaults[][8] = { "GET", "MGET", "EXISTS", "TYPE", "TTL", "PTTL", "KEYS", "SCAN",
                                             "INFO", "PING", "ECHO", "TIME", "DBSIZE" };

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
        const char *w = c->idem ? c->idem[i] : ar__idem_defaults[i];
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

/* A blocking command queued behind another one keeps its wait as a
   negative deadline until it is the first blocking command in the ring;
   then its clock starts. */
static void ar__arm_blocking(ar_client *c) {
    size_t i;
    for (i = 0; i < c->inflight.n; i++) {
        ar__entry *e = ar__ring_at(&c->inflight, i);
        if (!(e->flags & AR__E_BLOCKING)) continue;
        if (e->deadline < 0) {
            e->deadline = ar__deadline_ms(-e->deadline);
            if (c->dl_min == 0 || e->deadline < c->dl_min) c->dl_min = e->deadline;
        }
        return;
    }
}

/* after entries came and went in bulk: the earliest deadline and the
   number of blocking commands, counted again */
static void ar__recompute_dl(ar_client *c) {
    size_t i;
    c->dl_min = 0;
    c->nblocking = 0;
    ar__arm_blocking(c);
    for (i = 0; i < c->inflight.n; i++) {
        const ar__entry *e = ar__ring_at(&c->inflight, i);
        long long d = e->deadline;
        if (d > 0 && (c->dl_min == 0 || d < c->dl_min)) c->dl_min = d;
        if (e->flags & AR__E_BLOCKING) c->nblocking++;
    }
    if (c->lrn) ar__hold_fix(c); /* (>>learn) entries moved or went */
}

/* deliver the failures collected by a requeue, in order */
/* (these are in no ring the client can see: if a callback frees the client,
   the rest still complete, with AR_ERR_CLOSED) */
static void ar__fail_all(ar_client *c, ar__ring *r, ar_err err, unsigned long long written_upto) {
    while (r->n) {
        ar__entry e = ar__ring_pop(r);
        int w = e.end <= written_upto || (e.flags & AR__E_SENT); /* SENT: written on an earlier connection */
        ar_err why = err;
        if (e.flags & AR__E_SETUP) continue;
        if (e.flags & AR__E_EXPIRED) why = AR_ERR_TIMEOUT;
        else if ((e.flags & AR__E_CUT) && !w && e.err) why = e.err; /* never sent: its unit was cut */
        if (e.flags & AR__E_SUBST) w = 0; /* its PING was written, never the command (>>learn) */
        if (!AR__ALIVE(c)) why = AR_ERR_CLOSED;
        ar__fail_entry(c, &e, why, w);
    }
    AR__FREE(&c->a, r->e);
    r->e = NULL; r->cap = 0;
}

static int ar__keep_on_loss(ar_client *c, ar__entry *e, void *arg) {
    unsigned long long written = *(unsigned long long *)arg;
    if (e->flags & (AR__E_SETUP | AR__E_EXPIRED | AR__E_POISON | AR__E_CUT)) return 0;
    if (e->flags & AR__E_PUBSUB) { e->pend = e->pend_total; return 1; } /* idempotent: sent again, counted again */
    if (e->end > written) return 1;                  /* not (fully) written: the server cannot have run it */
    if (!ar__idempotent(c, e)) return 0;             /* written, no reply: maybe executed */
    e->flags |= AR__E_SENT;
    return 1;
}
static int ar__keep_none(ar_client *c, ar__entry *e, void *arg) { (void)c; (void)e; (void)arg; return 0; }

/* its first byte reached the server (on this connection) */
static int ar__started(const ar_client *c, const ar__entry *e, unsigned long long written) {
    return c->fd >= 0 && e->end - e->len < written;
}

/* At a loss: what the lost connection held for transactions and WATCH.
   A unit (MULTI ... EXEC, a pipeline) that started on it (a command of it
   answered or written) is cut: none of it is sent again, its unwritten
   commands fail with TX_ABORTED. A WATCH epoch whose WATCH reached the
   server is lost: its unwritten commands (EXEC above all) fail with
   WATCH_LOST. Units and epochs are contiguous in the ring (submission
   order is execution order). What is still open at the submit side (a
   MULTI without EXEC, a WATCH without EXEC/UNWATCH) is marked, so that
   what the user submits next for it fails too instead of running alone. */
static void ar__mark_cut(ar_client *c, unsigned long long written) {
    size_t i, j, n = c->inflight.n;
    unsigned seen_g = 0, seen_u = 0;
    int g_lost = 0, cur_g_seen = 0, cur_u_seen = 0;
    ar_err u_err = AR_OK;
    for (i = 0; i < n; i++) {
        ar__entry *e = ar__ring_at(&c->inflight, i);
        if (e->flags & AR__E_SETUP) continue;
        if (e->wgen && e->wgen != seen_g) {
            seen_g = e->wgen;
            g_lost = !(e->flags & AR__E_WATCH_FIRST) || ar__started(c, e, written);
            if (seen_g == c->wgen) { cur_g_seen = 1; if (g_lost) c->watch_lost = 1; }
        }
        if (e->unit && e->unit != seen_u) {
            int started = !(e->flags & AR__E_UNIT_FIRST) || ar__started(c, e, written);
            seen_u = e->unit;
            u_err = AR_OK;
            if (e->wgen && g_lost) u_err = AR_ERR_WATCH_LOST;
            else if (started) u_err = AR_ERR_TX_ABORTED;
            for (j = i; u_err && j < n && ar__ring_at(&c->inflight, j)->unit == seen_u; j++) {
                ar__entry *f = ar__ring_at(&c->inflight, j);
                f->flags |= AR__E_CUT;
                f->err = u_err;
            }
            if (seen_u == c->tx_unit) { cur_u_seen = 1; if (u_err) c->tx_doomed = u_err; }
        }
        if (e->wgen && g_lost && !(e->flags & AR__E_CUT)) { e->flags |= AR__E_CUT; e->err = AR_ERR_WATCH_LOST; }
    }
    /* nothing of the open epoch / MULTI waits here: its WATCH / MULTI was answered */
    if (c->wgen && !cur_g_seen) c->watch_lost = 1;
    if (c->tx_unit && !cur_u_seen) c->tx_doomed = c->watch_lost && c->wgen ? AR_ERR_WATCH_LOST : AR_ERR_TX_ABORTED;
}

static int ar__schedule_reconnect(ar_client *c);
static int ar__enter(ar_client *c, ar__cstate s);
static void ar__dns_drop(ar_client *c);
static void ar__forked(ar_client *c);
#define AR__FORKCHECK(c) do { if ((c)->fork_gen != ar__forks) ar__forked(c); } while (0)

/* The connection is gone (or an attempt failed). Commands never written, and
   written idempotent ones, are kept for the next connection; written ones
   fail with err and the maybe-executed flag; then reconnect (BACKOFF), or
   give up (DOWN: everything queued fails with err). */
static void ar__conn_fail(ar_client *c, ar_err err) {
    unsigned long long written = c->fd >= 0 && c->cs != AR__S_RESOLVING ? c->q_written : 0;
    ar__ring failing;
    int retry = !(c->flags & (AR__F_CLOSING | AR__F_FREEING)) && c->cs != AR__S_DOWN &&
                err != AR_ERR_AUTH && !(err == AR_ERR_TLS && c->tls_fatal) && !c->o.no_reconnect;
    int exhausted = 0;
    ar__cstate from = c->cs;
    memset(&failing, 0, sizeof failing);
    c->last_err = err;
    c->refs++;
    ar__scrub(c, c->errstr, sizeof c->errstr); /* a server's text never shows the password */
    c->st.disconnects++;
    if (err == AR_ERR_TIMEOUT) c->st.timeouts++;
    ar__mark_cut(c, written);
    ar__dns_drop(c);
    if (c->ai) { ASYNCREDIS_FREEADDRINFO(c->ai); c->ai = c->ai_next = NULL; }
    ar__close_fd(c);
    c->connect_deadline = 0;
    c->connfail_err = AR_OK;
    c->hs_pending = 0;
    c->wlimit = 0;
    c->srv_cp = c->srv_sh = 0; /* a new connection holds no subscription until its setup replays them */
    ar_parser_reset(&c->parser);
    if (retry && !ar__schedule_reconnect(c)) { retry = 0; exhausted = 1; }
    if (retry) c->st.reconnects++;
    if (ar__requeue(c, 0, retry ? ar__keep_on_loss : ar__keep_none, &written, &failing) != 0) {
        /* no memory to list the failures: nothing is kept for the next
           connection, the whole ring fails (moved out whole: callbacks may
           queue new commands meanwhile); a list half grown is given back */
        AR__FREE(&c->a, failing.e);
        failing = c->inflight;
        memset(&c->inflight, 0, sizeof c->inflight);
        ar__out_clear(c);
    }
    ar__recompute_dl(c);
    if (!retry) {
        ar__out_clear(c);
        c->down_err = (c->flags & (AR__F_CLOSING | AR__F_FREEING)) ? AR_ERR_CLOSED : err;
    }
    if (c->o.on_log) ar__log_loss(c, err, from, retry, exhausted, &failing, written);
    ar__enter(c, retry ? AR__S_BACKOFF : AR__S_DOWN);
    if (AR__ALIVE(c) && c->o.on_disconnect) c->o.on_disconnect(c, err, c->o.data);
    if (retry && AR__ALIVE(c) && c->cs == AR__S_BACKOFF && c->o.on_reconnect)
        c->o.on_reconnect(c, c->attempt, c->reconnect_delay, c->o.data);
    ar__fail_all(c, &failing, err, written);
    if (!retry && AR__ALIVE(c) && !(c->flags & AR__F_CLOSING) && err != AR_ERR_CLOSED && c->o.on_error)
        c->o.on_error(c, err, c->errstr[0] ? c->errstr : ar_strerror(err), c->o.data);
    if (AR__ALIVE(c)) ar__timer_update(c);
    ar__unref(c);
}

/* every queued command fails, in order (ar__fail_all on the ring moved
   out: commands queued by the callbacks are not among them) */
static void ar__fail_queued(ar_client *c, ar_err err, unsigned long long written) {
    ar__ring r = c->inflight;
    memset(&c->inflight, 0, sizeof c->inflight);
    c->nblocking = 0;
    c->dl_min = 0;
    if (c->lrn) c->lrn->nhold = 0;
    ar__fail_all(c, &r, err, written);
}

/* The next attempt's delay; 0 when reconnect_max_attempts is used up. */
static int ar__schedule_reconnect(ar_client *c) {
    double d;
    int i;
    c->attempt++;
    if (c->o.reconnect_max_attempts > 0 && c->attempt > c->o.reconnect_max_attempts) {
        c->attempt = 0;
        return 0;
    }
    d = (double)c->o.reconnect_delay_ms;
    for (i = 1; i < c->attempt && d < (double)c->o.reconnect_delay_max_ms; i++) d *= c->o.reconnect_factor;
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
    return 1;
}

/* a graceful close is done: close, tell, free */
static void ar__finalize_close(ar_client *c) {
    int was = c->cs == AR__S_READY || c->cs == AR__S_DRAINING;
    ar__close_fd(c);
    c->down_err = AR_ERR_CLOSED;
    c->cs = AR__S_DOWN;
    if (was && c->o.on_disconnect) c->o.on_disconnect(c, AR_ERR_CLOSED, c->o.data);
    if (AR__ALIVE(c)) ar_client_free(c);
}

/* The one place the connection changes state: the I/O interest and the
   timer follow the state; reaching READY (or DRAINING, when a close came
   during the setup) from a connect raises on_connect. Returns 1 if the
   client may still be used (0: a callback freed it). */
static int ar__enter(ar_client *c, ar__cstate s) {
    ar__cstate from = c->cs;
    if (s == AR__S_READY && (c->flags & AR__F_CLOSING)) s = AR__S_DRAINING;
    c->cs = s;
    if (c->lrn && s != AR__S_SETUP && s != AR__S_READY && s != AR__S_DRAINING && s != AR__S_TLS)
        ar__learn_drop(c); /* what a connection learned ends with it (>>learn) */
    if (c->o.on_log) ar__log_state(c, from, s);
    ar__io_set(c, ar__io_for(c));
    if ((s == AR__S_READY || s == AR__S_DRAINING) && from != AR__S_READY && from != AR__S_DRAINING) {
        c->attempt = 0;
        c->wlimit = 0;
        c->connect_deadline = 0;
        c->st.connects++;
        ar__timer_update(c);
        if (c->o.on_connect) c->o.on_connect(c, c->o.data);
        return AR__ALIVE(c);
    }
    ar__timer_update(c);
    return AR__ALIVE(c);
}

/* >>tls: OpenSSL behind ASYNCREDIS_TLS. The handshake is a state of the
   connection (AR__S_TLS) driven by readiness: SSL_do_handshake says what it
   waits for (tls_want) and the driver is told exactly that. Reads and
   writes go through SSL_read / SSL_write on a BIO of our own that uses
   recv / send(MSG_NOSIGNAL) (OpenSSL's socket BIO writes with write(2): a
   vanished peer would raise SIGPIPE); one BIO method per client, so no
   process-wide state. Without the macro these are stubs and no OpenSSL
   symbol is referenced. */
#ifdef ASYNCREDIS_TLS
static int ar__bio_write(BIO *b, const char *buf, int len) {
    int fd = (int)(size_t)BIO_get_data(b);
    ssize_t n;
    BIO_clear_retry_flags(b);
    do n = send(fd, buf, (size_t)len, AR__SEND_FLAGS); while (n < 0 && errno == EINTR);
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) BIO_set_retry_write(b);
    return (int)n;
}
static int ar__bio_read(BIO *b, char *buf, int len) {
    int fd = (int)(size_t)BIO_get_data(b);
    ssize_t n;
    BIO_clear_retry_flags(b);
    do n = recv(fd, buf, (size_t)len, 0); while (n < 0 && errno == EINTR);
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) BIO_set_retry_read(b);
    return (int)n;
}
static long ar__bio_ctrl(BIO *b, int cmd, long num, void *ptr) {
    (void)b; (void)num; (void)ptr;
    return cmd == BIO_CTRL_FLUSH ? 1 : 0;
}
static int ar__bio_create(BIO *b) { BIO_set_init(b, 1); return 1; }
static int ar__bio_destroy(BIO *b) { (void)b; return 1; }

/* the context, at ar_client_new: NULL, or what is wrong (static text) */
static const char *ar__tls_new(ar_client *c) {
    const ar_tls_options *t = &c->o.tls_options;
    SSL_CTX *ctx;
    BIO_METHOD *m;
    if (!c->o.tls) return NULL;
    if (t->ssl_ctx) {
        ctx = (SSL_CTX *)t->ssl_ctx;
        SSL_CTX_up_ref(ctx);
    } else {
        ctx = SSL_CTX_new(TLS_client_method());
        if (!ctx) return "TLS: cannot create an SSL_CTX";
        SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
        if (t->ca_file || t->ca_dir) {
            if (SSL_CTX_load_verify_locations(ctx, t->ca_file, t->ca_dir) != 1) {
                SSL_CTX_free(ctx);
                return "TLS: cannot load tls_options.ca_file / ca_dir";
            }
        } else if (SSL_CTX_set_default_verify_paths(ctx) != 1) {
            SSL_CTX_free(ctx);
            return "TLS: cannot load the system's CA store";
        }
        if (t->cert_file || t->key_file) {
            if (!t->cert_file || SSL_CTX_use_certificate_chain_file(ctx, t->cert_file) != 1) {
                SSL_CTX_free(ctx);
                return "TLS: cannot load tls_options.cert_file (a PEM certificate; key_file needs it)";
            }
            if (SSL_CTX_use_PrivateKey_file(ctx, t->key_file ? t->key_file : t->cert_file, SSL_FILETYPE_PEM) != 1 ||
                SSL_CTX_check_private_key(ctx) != 1) {
                SSL_CTX_free(ctx);
                return "TLS: cannot load tls_options.key_file, or it does not match cert_file";
            }
        }
        SSL_CTX_set_verify(ctx, t->insecure_skip_verify ? SSL_VERIFY_NONE : SSL_VERIFY_PEER, NULL);
    }
    m = BIO_meth_new(BIO_get_new_index() | BIO_TYPE_SOURCE_SINK, "asyncredis socket");
    if (!m || !BIO_meth_set_write(m, ar__bio_write) || !BIO_meth_set_read(m, ar__bio_read) ||
        !BIO_meth_set_ctrl(m, ar__bio_ctrl) || !BIO_meth_set_create(m, ar__bio_create) ||
        !BIO_meth_set_destroy(m, ar__bio_destroy)) {
        if (m) BIO_meth_free(m);
        SSL_CTX_free(ctx);
        return "TLS: cannot create the BIO method";
    }
    c->tls_ctx = ctx;
    c->tls_bio_meth = m;
    return NULL;
}

static void ar__tls_free(ar_client *c) {
    if (c->tls_ssl) SSL_free((SSL *)c->tls_ssl);
    if (c->tls_ctx) SSL_CTX_free((SSL_CTX *)c->tls_ctx);
    if (c->tls_bio_meth) BIO_meth_free((BIO_METHOD *)c->tls_bio_meth);
    c->tls_ssl = c->tls_ctx = c->tls_bio_meth = NULL;
}

/* this connection's session goes (no close_notify: never writes) */
static void ar__tls_drop(ar_client *c) {
    if (c->tls_ssl) SSL_free((SSL *)c->tls_ssl);
    c->tls_ssl = NULL;
    c->tls_want = 0;
}

/* a session on the connected socket: SNI and the name to verify */
static int ar__tls_start(ar_client *c) {
    const ar_tls_options *t = &c->o.tls_options;
    SSL *ssl = SSL_new((SSL_CTX *)c->tls_ctx);
    BIO *bio = ssl ? BIO_new((BIO_METHOD *)c->tls_bio_meth) : NULL;
    char name[256];
    unsigned char ip[16];
    int is_ip;
    if (!ssl || !bio) { if (ssl) SSL_free(ssl); ar__seterr(c, "TLS: out of memory for the session", 0); return -1; }
    BIO_set_data(bio, (void *)(size_t)c->fd);
    SSL_set_bio(ssl, bio, bio);
    SSL_set_mode(ssl, SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
    name[0] = 0;
    if (t->server_name) snprintf(name, sizeof name, "%s", t->server_name);
    else if (c->host) {
        size_t hl = strlen(c->host);
        if (hl >= 2 && c->host[0] == '[' && c->host[hl - 1] == ']') snprintf(name, sizeof name, "%.*s", (int)(hl - 2), c->host + 1);
        else snprintf(name, sizeof name, "%s", c->host);
    }
    is_ip = inet_pton(AF_INET, name, ip) == 1 || inet_pton(AF_INET6, name, ip) == 1;
    if (name[0] && !is_ip) SSL_set_tlsext_host_name(ssl, name);
    if (name[0] && !t->insecure_skip_verify) {
        if (is_ip) X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(ssl), name);
        else SSL_set1_host(ssl, name);
    }
    SSL_set_connect_state(ssl);
    c->tls_ssl = ssl;
    c->tls_want = 0;
    return 0;
}

static void ar__setup_or_ready(ar_client *c);

/* one step of the handshake: done (setup next), waiting (tell the driver
   what for), or failed: a verification failure is final (like a refused
   AUTH), anything else is a loss (retried) */
static void ar__tls_step(ar_client *c) {
    SSL *ssl = (SSL *)c->tls_ssl;
    int rc, e;
    long v;
    ERR_clear_error();
    rc = SSL_do_handshake(ssl);
    if (rc == 1) { c->tls_want = 0; ar__setup_or_ready(c); return; }
    e = SSL_get_error(ssl, rc);
    if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE) {
        c->tls_want = e == SSL_ERROR_WANT_READ ? AR__READ : AR__WRITE;
        ar__io_set(c, c->tls_want);
        return;
    }
    v = SSL_get_verify_result(ssl);
    if (v != X509_V_OK) {
        snprintf(c->errstr, sizeof c->errstr, "TLS: certificate verification failed: %s%s",
                 X509_verify_cert_error_string(v),
                 v == X509_V_ERR_HOSTNAME_MISMATCH || v == X509_V_ERR_IP_ADDRESS_MISMATCH
                     ? " (the certificate is for another name: see tls_options.server_name)" : "");
        c->tls_fatal = 1;
    } else {
        unsigned long le = ERR_peek_last_error();
        const char *why = le ? ERR_reason_error_string(le) : NULL;
        snprintf(c->errstr, sizeof c->errstr, "TLS handshake failed: %s",
                 why ? why : e == SSL_ERROR_SYSCALL ? "the peer closed the connection" : "protocol error");
    }
    ar__conn_fail(c, AR_ERR_TLS);
}

/* the last TLS error an alert refusing our client certificate? (TLS 1.3:
   the server's verdict comes after the handshake, on the first read):
   a configuration error, typed and final like a failed verification */
static int ar__tls_refused(ar_client *c) {
    unsigned long le = ERR_peek_last_error();
    int why = le ? ERR_GET_REASON(le) : 0;
    if (why == SSL_R_TLSV13_ALERT_CERTIFICATE_REQUIRED || why == SSL_R_SSLV3_ALERT_BAD_CERTIFICATE ||
        why == SSL_R_TLSV1_ALERT_UNKNOWN_CA || why == SSL_R_SSLV3_ALERT_CERTIFICATE_UNKNOWN ||
        why == SSL_R_SSLV3_ALERT_CERTIFICATE_EXPIRED || why == SSL_R_SSLV3_ALERT_CERTIFICATE_REVOKED ||
        why == SSL_R_TLSV1_ALERT_ACCESS_DENIED || why == SSL_R_SSLV3_ALERT_UNSUPPORTED_CERTIFICATE) {
        snprintf(c->errstr, sizeof c->errstr, "TLS: the server refused the client certificate: %s",
                 ERR_reason_error_string(le));
        c->tls_fatal = 1;
        return 1;
    }
    return 0;
}

/* SSL_read into buf: > 0 bytes, 0 at EOF, -1 with EAGAIN (wait), -2 an I/O
   failure, -3 a TLS failure (errstr says which) */
#ifndef ASYNCREDIS_TLS_READ_MAX
#define ASYNCREDIS_TLS_READ_MAX INT_MAX
#endif
static long ar__tls_recv(ar_client *c, char *buf, size_t n) {
    SSL *ssl = (SSL *)c->tls_ssl;
    int rc, e;
    ERR_clear_error();
    if (n > (size_t)(ASYNCREDIS_TLS_READ_MAX)) n = (size_t)(ASYNCREDIS_TLS_READ_MAX);
    rc = SSL_read(ssl, buf, n > (size_t)INT_MAX ? INT_MAX : (int)n);
    if (rc > 0) return rc;
    e = SSL_get_error(ssl, rc);
    if (e == SSL_ERROR_ZERO_RETURN) return 0;
    if (e == SSL_ERROR_WANT_READ) { errno = EAGAIN; return -1; }
    if (e == SSL_ERROR_WANT_WRITE) { c->tls_want |= AR__WRITE; ar__io_set(c, c->io_want | AR__WRITE); errno = EAGAIN; return -1; }
    if (e == SSL_ERROR_SYSCALL && !ERR_peek_error()) {
        if (rc == 0 || errno == 0) return 0; /* closed without close_notify */
        ar__seterr(c, "TLS read", errno);
        return -2;
    }
    if (!ar__tls_refused(c))
        snprintf(c->errstr, sizeof c->errstr, "TLS read failed: %s",
                 ERR_peek_last_error() ? ERR_reason_error_string(ERR_peek_last_error()) : "protocol error");
    return -3;
}

/* decrypted bytes (or a record's start) kept inside OpenSSL: the socket
   will not say they are there, so a read must not stop while any are */
static int ar__tls_pending(const ar_client *c) {
    return c->tls_ssl && SSL_has_pending((const SSL *)c->tls_ssl);
}

/* A write failed. TLS 1.3: the server judges our certificate after the
   handshake, says no with an alert and closes; its reset can meet our
   write before our read meets the alert, which is still in the socket.
   Read it (without consuming data) before deciding: -3 when it was a
   refusal (errstr says so), -2 otherwise (errstr: the write's failure). */
static long ar__tls_write_failed(ar_client *c) {
    SSL *ssl = (SSL *)c->tls_ssl;
    char b[1];
    int rc;
    ERR_clear_error();
    rc = SSL_peek(ssl, b, 1);
    if (rc <= 0 && SSL_get_error(ssl, rc) == SSL_ERROR_SSL && ar__tls_refused(c)) return -3;
    return -2;
}

/* SSL_write of the pieces in order: the bytes taken (> 0), -1 with EAGAIN
   (wait; tls_want says for what), -2 an I/O failure, -3 the server refused
   us with an alert (errstr says which) */
static long ar__tls_sendv(ar_client *c, const struct iovec *iov, int niov) {
    SSL *ssl = (SSL *)c->tls_ssl;
    long total = 0;
    int i;
    c->tls_want &= ~(unsigned)AR__READ;
    for (i = 0; i < niov; i++) {
        size_t off = 0, len = iov[i].iov_len;
        while (off < len) {
            size_t chunk = len - off > (size_t)INT_MAX ? (size_t)INT_MAX : len - off;
            int rc, e;
            ERR_clear_error();
            rc = SSL_write(ssl, (const char *)iov[i].iov_base + off, (int)chunk);
            if (rc > 0) { off += (size_t)rc; total += rc; if ((size_t)rc < chunk) return total; continue; }
            e = SSL_get_error(ssl, rc);
            if (total) return total;
            if (e == SSL_ERROR_WANT_WRITE) { errno = EAGAIN; return -1; }
            if (e == SSL_ERROR_WANT_READ) { c->tls_want |= AR__READ; errno = EAGAIN; return -1; }
            if (e == SSL_ERROR_SYSCALL && !ERR_peek_error()) ar__seterr(c, "TLS write", errno ? errno : EPIPE);
            else snprintf(c->errstr, sizeof c->errstr, "TLS write failed: %s",
                          ERR_peek_last_error() ? ERR_reason_error_string(ERR_peek_last_error()) : "protocol error");
            return ar__tls_write_failed(c);
        }
    }
    return total;
}
#else
static const char *ar__tls_new(ar_client *c) { (void)c; return NULL; }
static void ar__tls_free(ar_client *c) { (void)c; }
static void ar__tls_drop(ar_client *c) { (void)c; }
static int ar__tls_start(ar_client *c) { (void)c; return -1; }
static void ar__tls_step(ar_client *c) { (void)c; }
static long ar__tls_recv(ar_client *c, char *buf, size_t n) { (void)c; (void)buf; (void)n; return -2; }
static long ar__tls_sendv(ar_client *c, const struct iovec *iov, int niov) { (void)c; (void)iov; (void)niov; return -2; }
static int ar__tls_pending(const ar_client *c) { (void)c; return 0; }
#endif

/* >>observe: the trace hook, the log hook, redaction (manual section 17).
   Nothing here runs unless o.on_trace or o.on_log is set: without them a
   command costs no allocation and no clock read more. With on_trace, each
   command gets a record (ar__tr, one allocation) at submission: its name,
   its statement (redacted, escaped, cut), its submit time, and its
   callback: the entry's callback becomes ar__trace_cb with the record as
   its data. So the entry keeps its size (the rings copy entries by value),
   and the trace rides the one way every accepted command completes,
   exactly once (ar__deliver runs the entry's callback): ar__trace_cb hands
   the trace to the hook, frees the record, then runs the command's own
   callback. ar__flush stamps the time a command's last byte went to the
   kernel. Refusals are traced inside the refused call from what the caller
   gave. The statement is read back from the command's RESP bytes (out[] and
   its zero-copy references), so every way of submitting (formats, argv,
   pipelines, transactions, scripts, pub/sub) is traced alike, key prefix
   included. Code that looks for an entry by its callback and data must look
   through ar__trace_cb (ar__trace_forget). */
typedef struct ar__tr {
    ar_callback *cb;               /* the command's own callback and data */
    void *ud;
    long long submit_us, write_us;
    size_t bytes_out;
    unsigned flags;                /* AR_TRACE_F_* known at submission */
    unsigned len;                  /* statement bytes; the statement follows the record */
    char name[32], sub[32];
} ar__tr;
#define AR__TRACE_MAX 1024

static long long ar__now_us(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

/* The password never shows in a text the library makes (error texts, log
   lines), should a server ever echo it: each occurrence (4 bytes or more)
   becomes [REDACTED], in place, within cap. */
static void ar__scrub(const ar_client *c, char *s, size_t cap) {
    size_t pl, at = 0;
    if (!c->password || (pl = strlen(c->password)) < 4) return;
    for (;;) {
        char *p = strstr(s + at, c->password);
        size_t off, tail;
        if (!p) return;
        off = (size_t)(p - s);
        tail = strlen(p + pl);
        if (off + 10 >= cap) { *p = 0; return; }
        if (off + 10 + tail >= cap) tail = cap - 1 - off - 10;
        memmove(p + 10, p + pl, tail);
        memcpy(p, "[REDACTED]", 10);
        p[10 + tail] = 0;
        at = off + 10;
    }
}

/* "host:port", "[::1]:port" or "unix:/path" */
static void ar__peer(const ar_client *c, char *b, size_t n) {
    if (c->path) snprintf(b, n, "unix:%s", c->path);
    else if (c->host && strchr(c->host, ':')) snprintf(b, n, "[%s]:%d", c->host, c->o.port);
    else snprintf(b, n, "%s:%d", c->host ? c->host : "", c->o.port);
}

/* --- the statement: arguments in, redacted and escaped text out */
enum { AR__RD_NONE = 0, AR__RD_AUTH, AR__RD_HELLO, AR__RD_MIGRATE, AR__RD_CONFIG_SET, AR__RD_ACL_SETUSER,
       AR__RD_SENTINEL };
typedef struct ar__stb {
    char out[AR__TRACE_MAX + 1];
    size_t len, cap;              /* cap: trace_statement_max */
    int i;                        /* the next argument's index */
    int cls;                      /* what the name says (AR__NC_*) */
    int rule, skip, red, stop;    /* redaction: pass `skip` arguments, then redact `red` */
    int name_only, full;          /* full: cut ("..." written), nothing more is shown */
    unsigned flags;
    char name[32], sub[32];
} ar__stb;

/* the names that matter: containers (their first argument names what they
   do: CONFIG GET, CLIENT KILL), scripts, and those with a redaction rule */
enum { AR__NC_CONTAINER = 1, AR__NC_SCRIPT = 2, AR__NC_AUTH = 4, AR__NC_HELLO = 8, AR__NC_MIGRATE = 16,
       AR__NC_CONFIG = 32, AR__NC_ACL = 64, AR__NC_SENTINEL = 128 };
typedef struct ar__name { char name[11]; unsigned char cls; } ar__name;
static const ar__name ar__names[] = {
    { "ACL", AR__NC_CONTAINER | AR__NC_ACL }, { "AUTH", AR__NC_AUTH }, { "CLIENT", AR__NC_CONTAINER },
    { "CLUSTER", AR__NC_CONTAINER }, { "COMMAND", AR__NC_CONTAINER }, { "CONFIG", AR__NC_CONTAINER | AR__NC_CONFIG },
    { "DEBUG", AR__NC_CONTAINER }, { "EVAL", AR__NC_SCRIPT }, { "EVALSHA", AR__NC_SCRIPT },
    { "EVALSHA_RO", AR__NC_SCRIPT }, { "EVAL_RO", AR__NC_SCRIPT }, { "FCALL", AR__NC_SCRIPT },
    { "FCALL_RO", AR__NC_SCRIPT }, { "FUNCTION", AR__NC_CONTAINER }, { "HELLO", AR__NC_HELLO },
    { "LATENCY", AR__NC_CONTAINER }, { "MEMORY", AR__NC_CONTAINER }, { "MIGRATE", AR__NC_MIGRATE },
    { "MODULE", AR__NC_CONTAINER }, { "OBJECT", AR__NC_CONTAINER }, { "PUBSUB", AR__NC_CONTAINER },
    { "SCRIPT", AR__NC_CONTAINER }, { "SENTINEL", AR__NC_CONTAINER | AR__NC_SENTINEL },
    { "SLOWLOG", AR__NC_CONTAINER }, { "XGROUP", AR__NC_CONTAINER }, { "XINFO", AR__NC_CONTAINER } };

static int ar__name_class(const char *u) {
    size_t k;
    for (k = 0; k < sizeof ar__names / sizeof ar__names[0]; k++)
        if (ar__names[k].name[0] == u[0] && strcmp(ar__names[k].name, u) == 0) return ar__names[k].cls;
    return 0;
}

static void ar__stb_init(ar__stb *st, const ar_client *c) {
    st->len = 0; st->i = 0; st->cls = 0; st->rule = AR__RD_NONE; st->skip = st->red = st->stop = 0;
    st->full = 0; st->flags = 0; st->name[0] = st->sub[0] = 0; st->out[0] = 0;
    st->name_only = c->o.trace_name_only;
    st->cap = c->o.trace_statement_max <= 0 ? 256 : (size_t)c->o.trace_statement_max;
    if (st->cap > AR__TRACE_MAX) st->cap = AR__TRACE_MAX;
    if (st->cap < 32) st->cap = 32;
}

/* the statement ends here: "..." (the last 3 bytes of cap are kept for it) */
static void ar__stb_cut(ar__stb *st) {
    if (st->full) return;
    memcpy(st->out + st->len, "...", 3);
    st->len += 3;
    st->full = 1;
    st->flags |= AR_TRACE_F_TRUNCATED;
}
/* n bytes of text if they fit; else the cut */
static int ar__stb_put(ar__stb *st, const char *s, size_t n) {
    if (st->full) return 0;
    if (st->len + n > st->cap - 3) { ar__stb_cut(st); return 0; }
    memcpy(st->out + st->len, s, n);
    st->len += n;
    return 1;
}

static const char ar__bare[257] = /* 1: the byte shows as itself (printable, not space, " or \\) */
    "0000000000000000000000000000000001011111111111111111111111111111"
    "1111111111111111111111111111011111111111111111111111111111111110"
    "0000000000000000000000000000000000000000000000000000000000000000"
    "0000000000000000000000000000000000000000000000000000000000000000";

/* an argument as text: bare when it is printable without spaces, quotes or
   backslashes; else in double quotes with \" \\ \n \r \t \xNN */
static void ar__stb_text(ar__stb *st, const unsigned char *p, size_t n, size_t full) {
    size_t k;
    int quote = n == 0;
    for (k = 0; k < n; k++) if (ar__bare[p[k]] == '0') { quote = 1; break; }
    if (!quote) {
        size_t room = st->cap - 3 - st->len;
        if (st->full) return;
        if (n > room) { memcpy(st->out + st->len, p, room); st->len += room; ar__stb_cut(st); return; }
        memcpy(st->out + st->len, p, n);
        st->len += n;
    } else {
        if (!ar__stb_put(st, "\"", 1)) return;
        for (k = 0; k < n; k++) {
            char u[4];
            size_t m = 1;
            unsigned char ch = p[k];
            u[0] = (char)ch;
            if (ch == '"' || ch == '\\') { u[0] = '\\'; u[1] = (char)ch; m = 2; }
            else if (ch == '\n') { u[0] = '\\'; u[1] = 'n'; m = 2; }
            else if (ch == '\r') { u[0] = '\\'; u[1] = 'r'; m = 2; }
            else if (ch == '\t') { u[0] = '\\'; u[1] = 't'; m = 2; }
            else if (ch < 0x20 || ch >= 0x7f) {
                u[0] = '\\'; u[1] = 'x'; u[2] = "0123456789abcdef"[ch >> 4]; u[3] = "0123456789abcdef"[ch & 15]; m = 4;
            }
            if (!ar__stb_put(st, u, m)) return;
        }
        if (n == full && !ar__stb_put(st, "\"", 1)) return;
    }
    if (n < full) ar__stb_cut(st);
}

/* u (upper case, NUL-terminated) is a config parameter that holds a secret */
static int ar__secret_param(const char *u) {
    return strstr(u, "PASS") != NULL || strcmp(u, "MASTERAUTH") == 0 || strcmp(u, "MASTERUSER") == 0;
}

/* argument i: p[0..n) of its full bytes. Name, subcommand, membership,
   redaction (the rules of manual section 17), then the text. */
static void ar__stb_arg(ar__stb *st, const char *p, size_t n, size_t full) {
    char up[32];
    size_t k, un = n < sizeof up - 1 ? n : sizeof up - 1;
    int i = st->i++, redact = 0, exact = full == un;
    char keep = 0;
    /* upper case, for the name, the subcommand and the rules (the others are only shown) */
    if (i == 0 || (i == 1 && (st->cls & AR__NC_CONTAINER)) || st->rule != AR__RD_NONE) {
        for (k = 0; k < un; k++) up[k] = (char)(p[k] >= 'a' && p[k] <= 'z' ? p[k] - 32 : p[k]);
        up[un] = 0;
    } else {
        up[0] = 0;
    }
#define AR__W(w) (exact && strcmp(up, w) == 0)
    if (i == 0) {
        memcpy(st->name, up, un + 1);
        st->cls = exact && un ? ar__name_class(up) : 0;
        if (st->cls & AR__NC_SCRIPT) st->flags |= AR_TRACE_F_SCRIPT;
        st->rule = st->cls & AR__NC_AUTH ? AR__RD_AUTH : st->cls & AR__NC_HELLO ? AR__RD_HELLO :
                   st->cls & AR__NC_MIGRATE ? AR__RD_MIGRATE : AR__RD_NONE;
    } else if (i == 1 && (st->cls & AR__NC_CONTAINER)) {
        memcpy(st->sub, up, un + 1);
        if ((st->cls & AR__NC_CONFIG) && AR__W("SET")) st->rule = AR__RD_CONFIG_SET;
        else if ((st->cls & AR__NC_ACL) && AR__W("SETUSER")) st->rule = AR__RD_ACL_SETUSER;
        else if (st->cls & AR__NC_SENTINEL) st->rule = AR__RD_SENTINEL;
    }
    if (i > 0 && st->rule != AR__RD_NONE) {
        if (st->skip) st->skip--;                 /* passed on unexamined (a user name, a value) */
        else if (st->red) { st->red--; redact = 1; }
        else switch (st->rule) {
        case AR__RD_AUTH: redact = 1; break;       /* AUTH [user] password: all of it */
        case AR__RD_HELLO:                         /* HELLO v [AUTH user password] [SETNAME name] */
            if (i >= 2 && AR__W("AUTH")) { st->skip = 1; st->red = 1; }
            else if (i >= 2 && AR__W("SETNAME")) st->skip = 1;
            break;
        case AR__RD_MIGRATE:                       /* ... [AUTH password | AUTH2 user password] [KEYS k...] */
            if (i < 6 || st->stop) break;
            if (AR__W("AUTH")) st->red = 1;
            else if (AR__W("AUTH2")) { st->skip = 1; st->red = 1; }
            else if (AR__W("KEYS")) st->stop = 1;  /* keys from here on, whatever their names */
            break;
        case AR__RD_CONFIG_SET:                    /* CONFIG SET name value [name value ...] */
            if (i >= 2) { if (ar__secret_param(up)) st->red = 1; else st->skip = 1; }
            break;
        case AR__RD_ACL_SETUSER:                   /* ACL SETUSER name rule...: >pw <pw #hash !hash */
            if (i >= 3 && n && (p[0] == '>' || p[0] == '<' || p[0] == '#' || p[0] == '!')) { redact = 1; keep = p[0]; }
            break;
        case AR__RD_SENTINEL:                      /* SENTINEL SET m auth-pass pw, CONFIG SET sentinel-pass pw */
            if (i >= 2 && strstr(up, "PASS")) st->red = 1;
            break;
        default: break;
        }
    }
#undef AR__W
    if (redact) st->flags |= AR_TRACE_F_REDACTED;
    if (st->name_only || st->full) return;
    if (i > 0 && !ar__stb_put(st, " ", 1)) return;
    if (redact) {
        if (keep && !ar__stb_put(st, &keep, 1)) return;
        ar__stb_put(st, "[REDACTED]", 10);
        return;
    }
    ar__stb_text(st, (const unsigned char *)p, n, full);
}

static void ar__stb_done(ar__stb *st) {
    if (st->name_only) {
        st->len = 0;
        ar__stb_put(st, st->name, strlen(st->name));
        if (st->sub[0] && ar__stb_put(st, " ", 1)) ar__stb_put(st, st->sub, strlen(st->sub));
    }
    st->out[st->len] = 0;
}

/* RESP bytes of one command: out[pos..end) with zero-copy references
   spliced in where z[i].at says (positions relative to o) */
typedef struct ar__rcur { const char *o; size_t pos, end; const ar__ref *z; size_t zi, zn, zoff; } ar__rcur;

/* take up to n bytes (into dst, or skipped when dst is NULL); how many there were */
static size_t ar__rc_take(ar__rcur *k, char *dst, size_t n) {
    size_t got = 0;
    while (got < n) {
        size_t t, lim;
        if (k->zi < k->zn && k->z[k->zi].at == k->pos) {
            const ar__ref *r = &k->z[k->zi];
            t = r->n - k->zoff;
            if (t > n - got) t = n - got;
            if (dst) memcpy(dst + got, r->p + k->zoff, t);
            k->zoff += t; got += t;
            if (k->zoff == r->n) { k->zi++; k->zoff = 0; }
            continue;
        }
        lim = k->zi < k->zn && k->z[k->zi].at < k->end ? k->z[k->zi].at : k->end;
        if (k->pos >= lim) break;
        t = lim - k->pos;
        if (t > n - got) t = n - got;
        if (dst) memcpy(dst + got, k->o + k->pos, t);
        k->pos += t; got += t;
    }
    return got;
}

/* a "*N\r\n" or "$N\r\n" header (always in out[]: references carry only
   payloads); -1 if it is not one */
static int ar__rc_num(ar__rcur *k, char type, size_t *v) {
    size_t p = k->pos;
    int nd = 0;
    *v = 0;
    if (k->zi < k->zn && k->z[k->zi].at == p && k->zoff < k->z[k->zi].n) return -1;
    if (p >= k->end || k->o[p] != type) return -1;
    for (p++; p < k->end && k->o[p] >= '0' && k->o[p] <= '9' && nd < 19; p++, nd++) *v = *v * 10 + (size_t)(k->o[p] - '0');
    if (!nd || p + 1 >= k->end || k->o[p] != '\r' || k->o[p + 1] != '\n') return -1;
    k->pos = p + 2;
    return 0;
}

/* (past the cut the arguments are still read while a redaction rule
   applies: whether something was redacted decides the error text) */
static void ar__stb_resp(ar__stb *st, const char *o, size_t pos, size_t end, const ar__ref *z, size_t nz) {
    ar__rcur k;
    char raw[AR__TRACE_MAX];
    size_t argc, i, len;
    k.o = o; k.pos = pos; k.end = end; k.z = z; k.zi = 0; k.zn = nz; k.zoff = 0;
    if (ar__rc_num(&k, '*', &argc) != 0) return;
    for (i = 0; i < argc && !(st->full && st->i >= 2 && st->rule == AR__RD_NONE); i++) {
        size_t want;
        if (ar__rc_num(&k, '$', &len) != 0) return;
        want = len < st->cap ? len : st->cap;
        if (ar__rc_take(&k, raw, want) != want) return;
        ar__rc_take(&k, NULL, len - want + 2);
        ar__stb_arg(st, raw, want, len);
    }
}

/* the same from arguments not encoded (a refusal, a doomed command): the
   argv or parsed format of >>submit */
struct ar__args;
static size_t ar__argn(const struct ar__args *a, int i, char *tmp, size_t tmpsz, const char **p);
static void ar__stb_args(ar__stb *st, int argc, const struct ar__args *a) {
    char tmp[AR__TRACE_MAX];
    int i;
    for (i = 0; i < argc && !(st->full && st->i >= 2 && st->rule == AR__RD_NONE); i++) {
        const char *p;
        size_t full = ar__argn(a, i, tmp, st->cap, &p);
        ar__stb_arg(st, p, full < st->cap ? full : st->cap, full);
    }
}

/* the record of a command being accepted, put between its entry and its
   callback (without memory for it the command goes untraced) */
static void ar__tr_attach(ar_client *c, ar__entry *e, const ar__stb *st, unsigned flags) {
    ar__tr *t = (ar__tr *)AR__ALLOC(&c->a, sizeof(ar__tr) + st->len + 1);
    if (!t) return;
    t->cb = e->cb; t->ud = e->ud;
    t->submit_us = ar__now_us();
    t->write_us = 0;
    t->bytes_out = e->len;
    t->flags = flags | st->flags;
    t->len = (unsigned)st->len;
    memcpy(t->name, st->name, sizeof t->name);
    memcpy(t->sub, st->sub, sizeof t->sub);
    memcpy((char *)(t + 1), st->out, st->len + 1);
    e->cb = ar__trace_cb; e->ud = t;
}

static void ar__trace_resp(ar_client *c, ar__entry *e, unsigned flags, const char *o, size_t pos, size_t end,
                           const ar__ref *z, size_t nz) {
    ar__stb st;
    ar__stb_init(&st, c);
    ar__stb_resp(&st, o, pos, end, z, nz);
    ar__stb_done(&st);
    ar__tr_attach(c, e, &st, flags);
}

static void ar__trace_args(ar_client *c, ar__entry *e, unsigned flags, int argc, const struct ar__args *a) {
    ar__stb st;
    ar__stb_init(&st, c);
    ar__stb_args(&st, argc, a);
    ar__stb_done(&st);
    ar__tr_attach(c, e, &st, flags);
}

/* the entry was not accepted after all (no memory for the ring) */
static void ar__trace_undo(ar_client *c, ar__entry *e) {
    ar__tr *t;
    if (e->cb != ar__trace_cb) return;
    t = (ar__tr *)e->ud;
    e->cb = t->cb; e->ud = t->ud;
    AR__FREE(&c->a, t);
}

/* ar__sync_forget: the entry with callback cb and data slot lets go of them */
static void ar__trace_forget(ar__entry *e, void *slot, ar_callback *cb) {
    ar__tr *t = e->cb == ar__trace_cb ? (ar__tr *)e->ud : NULL;
    if (t && t->ud == slot && t->cb == cb) t->cb = NULL;
}

/* the hook, observing only: submissions from it are refused (AR_ERR_BUSY) */
static void ar__trace_call(ar_client *c, ar_trace *t) {
    unsigned was = c->flags & AR__F_OBSERVING;
    t->peer = c->path ? c->path : c->host ? c->host : "";
    t->port = c->path ? 0 : c->o.port;
    t->db = c->o.db;
    if (c->flags & AR__F_POOLED) t->flags |= AR_TRACE_F_POOL;
    c->flags |= AR__F_OBSERVING;
    c->o.on_trace(c, t, c->o.data);
    c->flags = (c->flags & ~AR__F_OBSERVING) | was;
}

/* an accepted command completes (the callback of its entry, from
   ar__deliver): the trace, the record freed, then its own callback (which
   may free the client) */
static void ar__trace_cb(ar_client *c, const ar_reply *r, void *ud) {
    ar__tr *tr = (ar__tr *)ud;
    ar_callback *cb = tr->cb;
    void *cbud = tr->ud;
    if (c->o.on_trace) {
        ar_trace t;
        memset(&t, 0, sizeof t);
        t.command = tr->name; t.subcommand = tr->sub;
        t.statement = (const char *)(tr + 1);
        t.statement_len = tr->len;
        t.submit_us = tr->submit_us; t.write_us = tr->write_us;
        t.reply_us = ar__now_us();
        t.bytes_out = tr->bytes_out;
        t.flags = tr->flags;
        t.error = "";
        if (r->err) {
            t.outcome = r->flags & AR_REPLY_F_MAYBE_EXECUTED ? AR_TRACE_MAYBE_EXECUTED : AR_TRACE_CLIENT_ERROR;
            t.err = r->err;
            t.error = r->str ? r->str : ar_strerror(r->err);
            t.error_len = r->str ? r->len : strlen(t.error);
        } else {
            /* the reply being handed out is parser.buf[pos..cur) (a pub/sub
               command's: its last confirmation) */
            if (r->type != AR_REPLY_NONE) t.bytes_in = c->parser.cur - c->parser.pos;
            t.outcome = AR_TRACE_REPLY;
            if (r->type == AR_REPLY_ERROR) {
                size_t n = r->len;
                t.outcome = AR_TRACE_REDIS_ERROR;
                /* a redacted command's error may quote its arguments: the code alone */
                if (t.flags & AR_TRACE_F_REDACTED) for (n = 0; n < r->len && r->str[n] != ' '; n++) {}
                t.error = r->str; t.error_len = n;
            }
        }
        ar__trace_call(c, &t);
    }
    AR__FREE(&c->a, tr);
    if (cb) cb(c, r, cbud);
}

/* n more stream bytes reached the kernel (ar__flush): the commands whose
   last byte was among them are written now. Their ends ascend in the ring. */
static void ar__trace_written(ar_client *c, size_t n) {
    unsigned long long hi = c->q_written, lo = hi - n;
    size_t a = 0, b = c->inflight.n;
    long long now = 0;
    while (a < b) {
        size_t m = a + (b - a) / 2;
        if (ar__ring_at(&c->inflight, m)->end <= lo) a = m + 1; else b = m;
    }
    for (; a < c->inflight.n; a++) {
        ar__entry *e = ar__ring_at(&c->inflight, a);
        if (e->end > hi) break;
        if (e->cb == ar__trace_cb) {
            ar__tr *t = (ar__tr *)e->ud;
            if (!now) now = ar__now_us();
            if (t->write_us) t->flags |= AR_TRACE_F_RESENT; /* written on a lost connection before */
            t->write_us = now;
        }
    }
}

/* refused at the call: counted (ar__refused_count says whether to trace:
   not from inside a hook, no recursion), and traced from what the caller gave */
static void ar__refused_stb(ar_client *c, int rc, ar__stb *st, unsigned flags) {
    ar_trace t;
    memset(&t, 0, sizeof t);
    ar__stb_done(st);
    t.command = st->name; t.subcommand = st->sub;
    t.statement = st->out; t.statement_len = st->len;
    t.submit_us = t.reply_us = ar__now_us();
    t.outcome = AR_TRACE_REFUSED;
    t.err = (ar_err)rc;
    /* what the refusal wrote to errstr (a limit, a rule, the cause of giving up) */
    t.error = rc == AR_ERR_NOMEM || rc == AR_ERR_CLOSED || !c->errstr[0] ? ar_strerror(rc) : c->errstr;
    t.error_len = strlen(t.error);
    t.flags = flags | st->flags;
    ar__trace_call(c, &t);
}
static int ar__refused_count(ar_client *c, int rc) {
    c->st.refused++;
    AR__COUNT_ERR(c, rc);
    return c->o.on_trace && !(c->flags & AR__F_OBSERVING);
}
static void ar__refused_args(ar_client *c, int rc, int argc, const struct ar__args *a, const char *name) {
    ar__stb st;
    ar__stb_init(&st, c);
    if (a) ar__stb_args(&st, argc, a);
    else if (name) { /* a format that did not parse: its first word, if literal */
        size_t n = 0;
        while (name[n] && name[n] != ' ' && name[n] != '%') n++;
        if (!name[n] || name[n] == ' ') ar__stb_arg(&st, name, n, n);
    }
    ar__refused_stb(c, rc, &st, 0);
}
static void ar__refused_resp(ar_client *c, int rc, const char *o, size_t len, unsigned flags) {
    ar__stb st;
    ar__stb_init(&st, c);
    ar__stb_resp(&st, o, 0, len, NULL, 0);
    ar__refused_stb(c, rc, &st, flags);
}

/* --- the log hook */
static void ar__log(ar_client *c, int level, const char *fmt, ...) {
    char msg[512];
    va_list ap;
    unsigned was = c->flags & AR__F_OBSERVING;
    if (!AR__LOG_ON(c, level) || was) return;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    ar__scrub(c, msg, sizeof msg);
    c->flags |= AR__F_OBSERVING;
    c->o.on_log(c, level, msg, c->o.data);
    c->flags = (c->flags & ~AR__F_OBSERVING) | was;
}

static const char ar__cs_names[][11] = { "NEW", "RESOLVING", "CONNECTING", "TLS", "SETUP", "READY", "DRAINING",
                                         "BACKOFF", "DOWN" };

/* ar__enter: one line per state change */
static void ar__log_state(ar_client *c, ar__cstate from, ar__cstate s) {
    char peer[300], what[640];
    int lvl = s == AR__S_TLS || s == AR__S_BACKOFF || s == AR__S_DOWN ? AR_LOG_DEBUG : AR_LOG_INFO;
    if (!AR__LOG_ON(c, lvl)) return; /* nothing formatted for a level not passed on */
    ar__peer(c, peer, sizeof peer);
    what[0] = 0;
    switch (s) {
    case AR__S_RESOLVING: snprintf(what, sizeof what, "resolving %s", c->host ? c->host : ""); break;
    case AR__S_CONNECTING:
        snprintf(what, sizeof what, "connecting to %s%s", peer, c->connfail_err ? " (failed at once)" : ""); break;
    case AR__S_TLS: snprintf(what, sizeof what, "TLS handshake with %s", peer); break;
    case AR__S_SETUP: { /* what ar__setup_begin sent: the password never, the user name neither */
        char items[200];
        int l = 0;
        items[0] = 0;
        if (c->password) l += snprintf(items + l, sizeof items - (size_t)l, ", AUTH [REDACTED]");
        if (c->o.db > 0) l += snprintf(items + l, sizeof items - (size_t)l, ", SELECT %d", c->o.db);
        if (c->client_name) l += snprintf(items + l, sizeof items - (size_t)l, ", CLIENT SETNAME %.100s", c->client_name);
        if (c->replayed && l < (int)sizeof items)
            snprintf(items + l, sizeof items - (size_t)l, ", %zu subscriptions again", c->replayed);
        snprintf(what, sizeof what, "connected to %s; setup: %s", peer, items + 2);
        break;
    }
    case AR__S_READY:
        if (from == AR__S_SETUP) snprintf(what, sizeof what, "ready: setup done");
        else snprintf(what, sizeof what, "connected to %s; ready", peer);
        break;
    case AR__S_DRAINING:
        snprintf(what, sizeof what, "closing: %zu callbacks still owed", c->inflight.n + c->failed.n); break;
    case AR__S_BACKOFF:
        snprintf(what, sizeof what, "reconnect attempt %d in %lld ms", c->attempt, c->reconnect_delay); break;
    default:
        snprintf(what, sizeof what, "down (%s)", ar_strerror(c->down_err)); break;
    }
    ar__log(c, lvl, "state %s -> %s: %s", ar__cs_names[from <= AR__S_DOWN ? from : 0],
                ar__cs_names[s <= AR__S_DOWN ? s : 0], what);
}

/* ar__conn_fail: what was lost, what happens to the commands, what next */
static void ar__log_loss(ar_client *c, ar_err err, ar__cstate from, int retry, int exhausted,
                         const ar__ring *failing, unsigned long long written) {
    char peer[300], next[160];
    size_t i, maybe = 0, nfail = 0;
    int connected = from == AR__S_SETUP || from == AR__S_READY || from == AR__S_DRAINING;
    int lvl = retry ? AR_LOG_WARN : (c->flags & (AR__F_CLOSING | AR__F_FREEING)) ? AR_LOG_INFO : AR_LOG_ERROR;
    if (!AR__LOG_ON(c, lvl)) return;
    ar__peer(c, peer, sizeof peer);
    for (i = 0; i < failing->n; i++) {
        const ar__entry *e = ar__ring_at(failing, i);
        if (e->flags & AR__E_SETUP) continue;
        nfail++;
        if (e->end <= written || (e->flags & AR__E_SENT)) maybe++;
    }
    if (retry) snprintf(next, sizeof next, "reconnect attempt %d in %lld ms", c->attempt, c->reconnect_delay);
    else if (c->flags & (AR__F_CLOSING | AR__F_FREEING)) snprintf(next, sizeof next, "closing");
    else if (exhausted) snprintf(next, sizeof next, "giving up: reconnect_max_attempts (%d) used up", c->o.reconnect_max_attempts);
    else if (err == AR_ERR_AUTH || err == AR_ERR_TLS) snprintf(next, sizeof next, "giving up: not retried (a configuration error)");
    else snprintf(next, sizeof next, "giving up: no_reconnect");
    ar__log(c, lvl, "%s %s: %s (%s); %zu commands kept for the next connection, %zu failed (%zu maybe executed); %s",
            connected ? "connection lost to" : "connection attempt failed to", peer, c->errstr[0] ? c->errstr : "-",
            ar_strerror(err), retry ? c->inflight.n : (size_t)0, nfail, maybe, next);
}

/* ar__dispatch: a reply that breaks the protocol. The offending bytes go
   to DEBUG only (they may hold data): 16 bytes in hex, where parsing stopped */
static void ar__log_proto(ar_client *c) {
    const ar_parser *p = &c->parser;
    char hex[16 * 3 + 1];
    size_t i, from, n;
    if (!AR__LOG_ON(c, AR_LOG_ERROR)) return;
    ar__log(c, AR_LOG_ERROR, "%s (the reply had %zu bytes so far; %zu bytes buffered)", c->errstr,
            p->cur - p->pos, p->len - p->pos);
    if (!AR__LOG_ON(c, AR_LOG_DEBUG)) return;
    from = p->cur >= p->pos + 8 ? p->cur - 8 : p->pos;
    if (from > p->len) from = p->len;
    n = p->len - from < 16 ? p->len - from : 16;
    for (i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)p->buf[from + i];
        hex[3 * i] = "0123456789abcdef"[ch >> 4]; hex[3 * i + 1] = "0123456789abcdef"[ch & 15]; hex[3 * i + 2] = ' ';
    }
    hex[n ? 3 * n - 1 : 0] = 0;
    ar__log(c, AR_LOG_DEBUG, "protocol error: bytes at offset %zu of the reply: %s", from - p->pos, hex);
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
        c->connfail_err = AR_ERR_CONNECT;
    }
    ar__enter(c, AR__S_CONNECTING); /* writable = connected (or failed) */
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
    c->connfail_err = AR_OK;
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
                snprintf(c->errstr, sizeof c->errstr, "resolve %.110s: cannot start the resolver thread", h);
                c->connfail_err = AR_ERR_RESOLVE; /* reported next turn, as a failed connect */
                ar__enter(c, AR__S_CONNECTING);
                return;
            }
            c->dns = d;
            c->fd = pfd[0];
            c->connect_deadline = c->o.resolve_timeout_ms > 0 ? ar_now_ms() + c->o.resolve_timeout_ms : 0;
            ar__enter(c, AR__S_RESOLVING);
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
    if (r->err) return; /* the connection failed: handled there */
    if (ud == (void *)&c->o.learn_commands) ar__learn_setup_reply(c, r); /* not a refusal of the setup (>>learn) */
    else if (r->type == AR_REPLY_ERROR) {
        snprintf(c->errstr, sizeof c->errstr, "connection setup refused: %.*s", (int)(r->len > 250 ? 250 : r->len), r->str);
        ar__conn_fail(c, AR_ERR_AUTH);
        return;
    }
    if (--c->hs_pending > 0) return;
    if (!ar__enter(c, AR__S_READY)) return;
    /* subscribed again after a loss (the first connection just subscribes) */
    if (c->replayed && c->st.connects > 1 && c->o.on_resubscribe) c->o.on_resubscribe(c, c->replayed, c->o.data);
}

/* in front of the first entry; the caller reserved the room */
static void ar__ring_push_front(ar__ring *r, const ar__entry *e) {
    r->head = (r->head + r->cap - 1) & (r->cap - 1);
    r->e[r->head] = *e;
    r->n++;
}

/* Put AUTH / SELECT / CLIENT SETNAME in front of everything queued. Only
   they are written until their replies are in (wlimit). Returns -1: no memory. */
static int ar__sub_argv(ar_client *c, int kind, const char ***argvp, size_t **lensp);
static int ar__setup_begin(ar_client *c) {
    const char *av[3][4], *const *argv[7];
    const size_t *argl[7];
    const char **rav[4] = { NULL, NULL, NULL, NULL };
    size_t *ral[4] = { NULL, NULL, NULL, NULL };
    int ac[7], nc = 0, i, k, pend[7], nl;
    size_t total = 0, sz[7];
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
    for (i = 0; i < nc; i++) { argv[i] = av[i]; argl[i] = NULL; pend[i] = 0; }
    /* every subscription, again: the connection is not ready before they are */
    c->replayed = 0;
    for (k = 0; k < 3; k++) {
        int n = ar__sub_argv(c, k, &rav[k], &ral[k]);
        if (n < 0) { for (k = 0; k < 3; k++) AR__FREE(&c->a, rav[k]); return -1; }
        if (!n) continue;
        argv[nc] = rav[k]; argl[nc] = ral[k]; ac[nc] = n; pend[nc] = n - 1;
        c->replayed += (size_t)(n - 1);
        nc++;
    }
    /* o.learn_commands: learned again on every connection (>>learn) */
    if ((nl = ar__learn_setup_argv(c, &rav[3], &ral[3])) < 0) { for (k = 0; k < 3; k++) AR__FREE(&c->a, rav[k]); return -1; }
    if (nl) { argv[nc] = rav[3]; argl[nc] = ral[3]; ac[nc] = nl; pend[nc] = -1; nc++; }
    if (!nc) return 0;
    for (i = 0; i < nc; i++) { sz[i] = ar__argv_size(ac[i], argv[i], argl[i]); total += sz[i]; }
    /* room at the front of out[]: everything queued moves up by total */
    if (ar__grow(&c->a, (void **)&c->out, &c->out_cap, c->out_len + total, 1, 16384) != 0 ||
        ar__ring_reserve(&c->a, &c->inflight, (size_t)nc) != 0) {
        for (k = 0; k < 4; k++) AR__FREE(&c->a, rav[k]);
        return -1;
    }
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
        for (k = 0; k < i; k++) off += sz[k];
        memset(&e, 0, sizeof e);
        e.cb = ar__setup_cb;
        if (pend[i] < 0) { e.ud = (void *)&c->o.learn_commands; pend[i] = 0; } /* the learn (>>learn) */
        e.flags = AR__E_SETUP | (pend[i] ? AR__E_PUBSUB : 0u);
        e.pend = e.pend_total = pend[i];
        e.lstart = c->out_lbase + off;
        e.llen = e.len = sz[i];
        e.end = off + sz[i];
        e.zfirst = c->zc_base;
        ar__argv_emit(o + off, ac[i], argv[i], argl[i]);
        ar__ring_push_front(&c->inflight, &e);
    }
    for (k = 0; k < 4; k++) AR__FREE(&c->a, rav[k]);
    c->hs_pending = nc;
    c->wlimit = total;
    if (c->lrn) ar__hold_fix(c); /* everything moved up (>>learn) */
    return 1;
}

/* TCP is up: SETUP when there is AUTH / SELECT / SETNAME to send (the
   connect deadline goes on covering it), else READY */
static void ar__setup_or_ready(ar_client *c) {
    int rc = ar__setup_begin(c);
    if (rc < 0) { ar__seterr(c, "out of memory for the connection setup", 0); ar__conn_fail(c, AR_ERR_NOMEM); return; }
    ar__enter(c, rc ? AR__S_SETUP : AR__S_READY);
}

static void ar__on_connected(ar_client *c) {
    c->last_rw = c->wsince = ar_now_ms();
    if (c->o.tls) { /* the handshake first, under the same connect deadline */
        if (ar__tls_start(c) != 0) { ar__conn_fail(c, AR_ERR_NOMEM); return; }
        ar__enter(c, AR__S_TLS);
        ar__tls_step(c);
        return;
    }
    ar__setup_or_ready(c);
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
    while (c->q_written < AR__QLIM(c)) {
        struct iovec iov[64];
        struct msghdr mh;
        size_t pos = c->out_pos, i = c->zc_head, off = c->zc_off, want = 0;
        size_t lim = c->cs == AR__S_SETUP ? c->wlimit : c->out_len; /* setup first, alone */
        int niov = 0;
        ssize_t n;
        if (c->lrn && c->lrn->nhold && (size_t)(c->lrn->hold_l - c->out_lbase) < lim)
            lim = (size_t)(c->lrn->hold_l - c->out_lbase); /* never past a held command (>>learn) */
        if (pos >= lim && c->cs == AR__S_SETUP) { ar__want_write(c, 0); return; }
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
        if (c->tls_ssl) {
            n = (ssize_t)ar__tls_sendv(c, iov, niov);
            c->st.writes++;
            if (n == -2) { ar__conn_fail(c, AR_ERR_IO); return; }
            if (n == -3) { ar__conn_fail(c, AR_ERR_TLS); return; }
            if (n < 0 && (c->tls_want & AR__READ)) { ar__want_write(c, 0); return; } /* resumed by a read */
        } else {
            memset(&mh, 0, sizeof mh);
            mh.msg_iov = iov;
            mh.msg_iovlen = (size_t)niov;
            n = sendmsg(c->fd, &mh, AR__SEND_FLAGS);
            c->st.writes++;
        }
        if (n > 0) {
            c->st.bytes_out += (unsigned long long)n;
            ar__out_advance(c, (size_t)n);
            if (c->o.on_trace) ar__trace_written(c, (size_t)n);
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
    if (ar__drained(c)) ar__timer_update(c);
}

AR_API void ar_handle_write(ar_client *c) {
    if (!AR__ALIVE(c)) return;
    c->refs++;
    AR__FORKCHECK(c);
    if (c->cs == AR__S_CONNECTING && c->fd >= 0 && !c->connfail_err) {
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
    if (AR__ALIVE(c) && c->cs == AR__S_TLS) ar__tls_step(c);
    if (AR__ALIVE(c) && c->fd >= 0 && (c->cs == AR__S_SETUP || c->cs == AR__S_READY || c->cs == AR__S_DRAINING))
        ar__flush(c);
    if (AR__ALIVE(c)) ar__timer_update(c);
    ar__unref(c);
}

/* >>read */
static int ar__pubsub_reply(ar_client *c, const ar_reply *r);
/* A user SELECT that succeeded: new connections select the same db. */
static void ar__reply_effects(ar_client *c, const ar__entry *e, const ar_reply *r) {
    if ((e->flags & AR__E_SELECT) && r->type == AR_REPLY_STATUS) c->o.db = e->db;
}

static void ar__dispatch(ar_client *c) {
    while (AR__ALIVE(c) && c->fd >= 0) {
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
            if (c->o.on_log) ar__log_proto(c);
            ar__conn_fail(c, AR_ERR_PROTOCOL);
            return;
        }
        /* pub/sub: a message goes to its owner and never pops an entry; a
           confirmation counts down its command */
        if (c->srv_cp + c->srv_sh > 0 || (c->inflight.n && (ar__ring_at(&c->inflight, 0)->flags & AR__E_PUBSUB))) {
            int pr = ar__pubsub_reply(c, r);
            if (pr < 0) {
                snprintf(c->errstr, sizeof c->errstr, "protocol error: a pub/sub reply that fits no subscription or command");
                if (c->o.on_log) ar__log_proto(c);
                ar__conn_fail(c, AR_ERR_PROTOCOL);
                return;
            }
            if (pr > 0) continue;
        }
        if (c->inflight.n == 0) {
            snprintf(c->errstr, sizeof c->errstr, "protocol error: reply of type %s with no command waiting",
                     ar_reply_type_name(r->type));
            if (c->o.on_log) ar__log_proto(c);
            ar__conn_fail(c, AR_ERR_PROTOCOL);
            return;
        }
        e = ar__ring_pop(&c->inflight);
        if (e.flags & AR__E_BLOCKING) {
            c->nblocking--;
            if (c->nblocking) ar__arm_blocking(c);
        }
        if (e.flags & AR__E_SELECT) ar__reply_effects(c, &e, r);
        if (e.flags & AR__E_SUBST) { if (!ar__learn_deliver(c, &e)) return; continue; } /* (>>learn) */
        if (!(e.flags & AR__E_SETUP)) c->st.replies++;
        if (!ar__deliver(c, &e, r)) return;
    }
}

/* Memory. A client holds buffers only while it has work: out[] and zc[]
   (commands not answered yet), the rings, the parser's pools and its own
   buffer (part of a reply that must wait), the encoder's and the key
   prefixer's scratch. Reads go to a buffer lent to the parser (the loop's
   shared one, else one on the stack: ar_handle_read), so replies that
   arrive whole are parsed where they were read, and an idle client holds
   no read buffer at all. When a read leaves the client quiet (nothing
   owed, buffered or unwritten) its buffers go back at once unless it is in
   steady use: more than AR__QUIET_REPLIES replies since the last quiet
   point, or that one less than AR__IDLE_MS ago. A client in steady use
   (commands one after another or in batches) keeps them, so a stream
   makes no allocator calls per command; it gives them back once it has
   been quiet for AR__IDLE_MS (trim_at, on its timer). Buffers past
   AR__OUT_KEEP / AR__PARSER_KEEP_BUF go back as soon as they drain. */
static int ar__quiet(const ar_client *c) {
    return c->cs == AR__S_READY && !c->inflight.n && !c->failed.n && !c->parent.n && c->q_written == c->q_total &&
           !c->parser.lent && !c->parser.have_reply && c->parser.len == c->parser.pos && !c->cb_depth;
}
static void ar__ring_trim(const ar_allocator *a, ar__ring *r) {
    if (r->n) return;
    AR__FREE(a, r->e);
    r->e = NULL; r->cap = r->head = 0;
}
static ar__scratch *ar__sx(ar_client *c) {
    if (!c->sx && (c->sx = (ar__scratch *)AR__ALLOC(&c->a, sizeof *c->sx)) != NULL) memset(c->sx, 0, sizeof *c->sx);
    return c->sx;
}
static void ar__sx_free(ar_client *c) {
    ar__scratch *x = c->sx;
    if (!x) return;
    ar__enc_free(&c->a, &x->enc);
    AR__FREE(&c->a, x->pargv); AR__FREE(&c->a, x->plen); AR__FREE(&c->a, x->pbuf);
    AR__FREE(&c->a, x->fargv); AR__FREE(&c->a, x->flen); AR__FREE(&c->a, x->fbuf);
    AR__FREE(&c->a, x);
    c->sx = NULL;
}
static void ar__idle_trim(ar_client *c) {
    c->trim_at = 0;
    ar__out_restart(c, 0);      /* nothing in it is owed or unwritten: bases move on */
    AR__FREE(&c->a, c->out); c->out = NULL; c->out_cap = 0;
    AR__FREE(&c->a, c->zc); c->zc = NULL; c->zccap = 0;
    ar__ring_trim(&c->a, &c->inflight);
    ar__ring_trim(&c->a, &c->failed);
    ar__ring_trim(&c->a, &c->parent);
    ar__parser_trim(&c->parser);
    ar__sx_free(c);
}
/* the end of a read: quiet now? (see above) */
static void ar__quiet_point(ar_client *c) {
    unsigned done = (unsigned)(c->st.replies + c->st.failures);
    long long now;
    if (!ar__quiet(c)) return;
    now = ar_now_ms();
    if (done - c->quiet_done <= AR__QUIET_REPLIES && (!c->quiet_ms || now - c->quiet_ms >= AR__IDLE_MS))
        ar__idle_trim(c);
    else if (!c->trim_at)
        c->trim_at = now + AR__IDLE_MS;
    c->quiet_ms = now;
    c->quiet_done = done;
}
/* trim_at came: quiet since the last quiet point for AR__IDLE_MS? (busy:
   the next quiet point decides again) */
static void ar__trim_tick(ar_client *c) {
    long long now = ar_now_ms();
    c->trim_at = 0;
    if (!ar__quiet(c)) return;
    if (now - c->quiet_ms >= AR__IDLE_MS) ar__idle_trim(c);
    else c->trim_at = c->quiet_ms + AR__IDLE_MS;
}

AR_API void ar_handle_read(ar_client *c) {
    char stk[AR__READ_STACK];
    char *lb;
    size_t total = 0, lcap = 0;
    int i, shared;
    if (c->flags & (AR__F_FREEING | AR__F_READING)) return;
    if (c->fork_gen != ar__forks) { c->refs++; ar__forked(c); ar__unref(c); return; }
    if (c->cs == AR__S_RESOLVING) {
        c->refs++;
        ar__dns_done(c);
        if (AR__ALIVE(c)) ar__timer_update(c);
        ar__unref(c);
        return;
    }
    if (c->cs == AR__S_TLS) {
        c->refs++;
        ar__tls_step(c);
        if (AR__ALIVE(c) && c->fd >= 0 && (c->cs == AR__S_SETUP || c->cs == AR__S_READY)) ar__flush(c);
        if (AR__ALIVE(c)) ar__timer_update(c);
        ar__unref(c);
        return;
    }
    if (c->fd < 0 || (c->cs != AR__S_SETUP && c->cs != AR__S_READY && c->cs != AR__S_DRAINING)) return;
    c->refs++;
    c->flags |= AR__F_READING;
    c->flags &= ~AR__F_MORE;
    /* the buffer lent to the parser: the loop's shared one, or the stack's
       (in use further up the stack, or no loop); after a full read of the
       small stack buffer the rest of this read goes to the parser's own */
    lb = c->mode == AR__M_LOOP ? ar__loop_rbuf(c->loop, c->o.read_chunk, &lcap) : NULL;
    shared = lb != NULL;
    if (!lb) { lb = stk; lcap = sizeof stk; }
    for (i = 0; i < 64 || ar__tls_pending(c); i++) { /* (TLS: never leave bytes inside OpenSSL) */
        size_t avail;
        ssize_t n;
        char *sp;
        if (lb) ar__parser_lend(&c->parser, lb, lcap);
        sp = ar_parser_space(&c->parser, c->parser.lent ? lcap / 2 : c->o.read_chunk, &avail);
        if (!sp) { ar__seterr(c, "out of memory for the read buffer", 0); ar__conn_fail(c, AR_ERR_NOMEM); break; }
        n = c->tls_ssl ? (ssize_t)ar__tls_recv(c, sp, avail) : recv(c->fd, sp, avail, 0);
        c->st.reads++;
        if (n == -2) { ar__conn_fail(c, AR_ERR_IO); break; } /* TLS: errstr says why */
        if (n == -3) { ar__conn_fail(c, AR_ERR_TLS); break; } /* a TLS alert or protocol failure */
        if (n > 0) {
            c->st.bytes_in += (unsigned long long)n;
            c->last_rw = ar_now_ms();
            ar_parser_commit(&c->parser, (size_t)n);
            total += (size_t)n;
            ar__dispatch(c);
            if (!AR__ALIVE(c) || c->fd < 0) break;
            if ((size_t)n < avail && !c->tls_ssl) break; /* drained the socket (TLS: one record at a time) */
            if (total >= AR__MAX_READ_PER_CALL && !ar__tls_pending(c)) { c->flags |= AR__F_MORE; break; } /* be fair */
            if (!shared && (size_t)n == avail) lb = NULL; /* the stack's 4 KB came back full */
            continue;
        }
        if (n == 0) { ar__seterr(c, "server closed the connection", 0); ar__conn_fail(c, AR_ERR_EOF); break; }
        if (errno == EINTR) continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK) break;
        ar__seterr(c, "read", errno);
        ar__conn_fail(c, AR_ERR_IO);
        break;
    }
    /* the lent buffer goes back; part of a reply moves to the parser's own */
    if (c->parser.lent) {
        if (!AR__ALIVE(c) || c->fd < 0) ar_parser_reset(&c->parser);
        else if (ar__parser_unlend(&c->parser) != 0) {
            ar__seterr(c, "out of memory for a partial reply", 0);
            ar__conn_fail(c, AR_ERR_NOMEM);
        }
    }
    if (shared && c->mode == AR__M_LOOP) c->loop->rbusy = 0; /* (ar_loop_free in a callback: detached, loop gone) */
    c->flags &= ~AR__F_READING;
    /* a TLS write that waited for this read goes on */
    if (AR__ALIVE(c) && c->tls_ssl && (c->tls_want & AR__READ) && c->q_written < c->q_total) ar__flush(c);
    if (AR__ALIVE(c)) {
        if (total) ar__quiet_point(c); /* (a pump reads when nothing came: not a quiet point) */
        ar__timer_update(c);
    }
    ar__unref(c);
}

static int ar__keep_unexpired(ar_client *c, ar__entry *e, void *arg) {
    (void)c;
    return !(e->flags & AR__E_EXPIRED) && !(e->deadline > 0 && e->deadline <= *(long long *)arg);
}

/* Request deadlines. A written command past its deadline fails with
   AR_ERR_TIMEOUT and resets the connection (RESP2 cannot skip its late
   reply); one never written is just dropped and failed. Units stay whole:
   an unwritten command of a transaction or pipeline that has started on
   the wire resets the connection too (the unit is then cut), and one of a
   unit not yet started takes its whole unit with it; an expired opening
   WATCH takes its epoch with it (the EXEC would run unprotected). */
static void ar__expire(ar_client *c) {
    long long now = ar_now_ms();
    size_t i, j, first_unwritten = c->inflight.n, nfailed = 0;
    unsigned started_unit = 0;
    int reset = 0;
    for (i = 0; i < c->inflight.n; i++) {
        ar__entry *e = ar__ring_at(&c->inflight, i);
        int started = ar__started(c, e, c->q_written);
        if (e->unit && (started || (!(e->flags & AR__E_UNIT_FIRST) && (i == 0 || ar__ring_at(&c->inflight, i - 1)->unit != e->unit))))
            started_unit = e->unit;
        if (!started && first_unwritten == c->inflight.n) first_unwritten = i;
        if (!(e->deadline > 0 && e->deadline <= now) && !(e->flags & AR__E_EXPIRED)) continue;
        if (started || (e->unit && e->unit == started_unit)) { e->flags |= AR__E_EXPIRED; reset = 1; continue; }
        e->flags |= AR__E_EXPIRED;
        for (j = i + 1; j < c->inflight.n; j++) { /* the rest of its unit / epoch goes with it */
            ar__entry *f = ar__ring_at(&c->inflight, j);
            if ((e->unit && f->unit == e->unit) || ((e->flags & AR__E_WATCH_FIRST) && f->wgen == e->wgen))
                f->flags |= AR__E_EXPIRED;
        }
        if (e->unit && e->unit == c->tx_unit) c->tx_doomed = AR_ERR_TX_ABORTED;
        if ((e->flags & AR__E_WATCH_FIRST) && e->wgen == c->wgen) c->watch_lost = 1;
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
            if (failing.n) snprintf(c->errstr, sizeof c->errstr, "request timed out before it could be sent");
            while (failing.n) {
                ar__entry e = ar__ring_pop(&failing);
                nfailed++;
                ar__fail_entry(c, &e, AR__ALIVE(c) ? AR_ERR_TIMEOUT : AR_ERR_CLOSED, 0);
            }
        }
        (void)nfailed;
        AR__FREE(&c->a, failing.e);
        if (AR__ALIVE(c)) ar__timer_update(c);
        ar__unref(c);
    }
}

/* deliver what is in a failed ring (those queued before this turn) */
static void ar__deliver_failed(ar_client *c, ar__ring *r) {
    size_t n = r->n;
    while (n-- && r->n && AR__ALIVE(c)) {
        ar__entry e = ar__ring_pop(r);
        ar__fail_entry(c, &e, e.err, 0);
    }
}

AR_API void ar_handle_timer(ar_client *c) {
    long long now;
    if (!AR__ALIVE(c)) return;
    c->refs++;
    AR__FORKCHECK(c);
    c->timer_at = -1; /* fired */
    if (c->cs == AR__S_CONNECTING && c->connfail_err) {
        ar_err e = c->connfail_err;
        c->connfail_err = AR_OK;
        ar__connect_next(c, e);
    }
    if (AR__ALIVE(c) && c->parent.n) ar__deliver_failed(c, &c->parent);
    if (AR__ALIVE(c) && c->failed.n) ar__deliver_failed(c, &c->failed);
    now = ar_now_ms();
    if (AR__ALIVE(c) && c->connect_deadline && now >= c->connect_deadline) {
        if (c->cs == AR__S_RESOLVING) {
            snprintf(c->errstr, sizeof c->errstr, "resolve %s: no answer in %d ms", c->host, c->o.resolve_timeout_ms);
            ar__conn_fail(c, AR_ERR_RESOLVE);
        } else if (c->cs == AR__S_TLS) {
            snprintf(c->errstr, sizeof c->errstr, "TLS handshake got no answer within connect_timeout_ms (%d ms)",
                     c->o.connect_timeout_ms);
            ar__conn_fail(c, AR_ERR_TIMEOUT);
        } else if (c->cs == AR__S_SETUP) {
            snprintf(c->errstr, sizeof c->errstr, "connection setup (AUTH / SELECT / CLIENT SETNAME) got no answer "
                     "within connect_timeout_ms (%d ms)", c->o.connect_timeout_ms);
            ar__conn_fail(c, AR_ERR_TIMEOUT);
        } else if (c->cs == AR__S_CONNECTING) {
            snprintf(c->errstr, sizeof c->errstr, "connect timed out after %d ms", c->o.connect_timeout_ms);
            ar__connect_next(c, AR_ERR_TIMEOUT);
        }
    }
    if (AR__ALIVE(c) && c->dl_min && ar_now_ms() >= c->dl_min) ar__expire(c);
    if (AR__ALIVE(c) && c->fd >= 0) {
        long long rd = ar__read_deadline(c), wd = ar__write_deadline(c);
        now = ar_now_ms();
        if (rd && now >= rd) {
            snprintf(c->errstr, sizeof c->errstr, "read timeout: no reply for %d ms", c->o.read_timeout_ms);
            ar__conn_fail(c, AR_ERR_TIMEOUT);
        } else if (wd && now >= wd) {
            snprintf(c->errstr, sizeof c->errstr, "write timeout: nothing written for %d ms", c->o.write_timeout_ms);
            ar__conn_fail(c, AR_ERR_TIMEOUT);
        }
    }
    if (AR__ALIVE(c) && c->cs == AR__S_BACKOFF && ar_now_ms() >= c->reconnect_at) ar__connect_start(c);
    if (AR__ALIVE(c) && ar__drained(c)) ar__finalize_close(c);
    if (AR__ALIVE(c) && c->trim_at && ar_now_ms() >= c->trim_at) ar__trim_tick(c);
    if (AR__ALIVE(c)) ar__timer_update(c);
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
    ar__ring *to = NULL;
    c->fork_gen = ar__forks;
    if (c->dns) c->dns = NULL; /* the resolver thread stayed in the parent: just let go */
    if (c->ai) { ASYNCREDIS_FREEADDRINFO(c->ai); c->ai = c->ai_next = NULL; }
    ar__tls_drop(c); /* the parent's session: freed here, nothing written */
    ar__io_set(c, 0);
    if (c->fd >= 0) { close(c->fd); c->fd = -1; }
    c->io_fd = -1;
    /* the parent's commands fail on the next turn. Moved whole (no memory
       needed): into `parent`, or `failed` if a second fork finds `parent`
       still full; only if both are full is memory asked for, and without it
       they fail at once (the one case a callback may run inside the call
       that noticed the fork) */
    for (i = 0; i < c->inflight.n; i++) ar__ring_at(&c->inflight, i)->err = AR_ERR_FORKED;
    if (c->parent.n == 0) to = &c->parent;
    else if (c->failed.n == 0) to = &c->failed;
    if (to) {
        ar__ring t = *to;
        *to = c->inflight;
        c->inflight = t;
        c->inflight.n = 0;
    } else if (ar__ring_reserve(&c->a, &c->parent, c->inflight.n) == 0) {
        while (c->inflight.n) { ar__entry e = ar__ring_pop(&c->inflight); ar__ring_push(&c->a, &c->parent, &e); }
    } else {
        ar__ring r = c->inflight;
        memset(&c->inflight, 0, sizeof c->inflight);
        c->refs++;
        ar__fail_all(c, &r, AR_ERR_FORKED, 0);
        ar__unref(c);
        if (!AR__ALIVE(c)) return;
    }
    c->dl_min = 0;
    c->nblocking = 0;
    if (c->lrn) c->lrn->nhold = 0; /* (>>learn) the held ones went with the rest */
    c->hs_pending = 0;
    c->connfail_err = AR_OK;
    c->flags &= ~AR__F_MORE;
    /* the parent's connection modes are not the child's */
    c->tx_unit = 0; c->wgen = 0; c->tx_doomed = AR_OK; c->watch_lost = 0;
    c->srv_cp = c->srv_sh = 0;
    ar_parser_reset(&c->parser);
    ar__out_clear(c);
    c->q_total = c->q_written = 0;
    snprintf(c->errstr, sizeof c->errstr, "client used in a child process after fork()");
    if (c->o.fork_error || (c->flags & AR__F_CLOSING)) {
        c->down_err = AR_ERR_FORKED;
        ar__enter(c, AR__S_DOWN);
    } else {
        c->attempt = 0;
        ar__connect_start(c);
    }
    ar__timer_update(c);
}
/* >>submit */
/* A refusal at the call: its code, and errstr says which limit or rule */
static int ar__refuse(ar_client *c, int rc, const char *msg, size_t v) {
    snprintf(c->errstr, sizeof c->errstr, msg, v);
    return rc;
}

static int ar__submit_check(ar_client *c) {
    if (!c) return AR_ERR_INVALID;
    AR__FORKCHECK(c);
    if (c->flags & (AR__F_FREEING | AR__F_CLOSING | AR__F_OBSERVING))
        return c->flags & AR__F_OBSERVING ? AR_ERR_BUSY : AR_ERR_CLOSED; /* a trace or log hook only looks */
    if (c->cs == AR__S_DOWN) return c->down_err ? c->down_err : AR_ERR_DISCONNECTED; /* errstr tells the cause */
    if (c->inflight.n + c->failed.n >= c->o.max_inflight)
        return ar__refuse(c, AR_ERR_QUEUE_FULL, "%zu commands already wait for replies: the max_inflight limit "
                          "(raise o.max_inflight)", c->o.max_inflight);
    if (c->cs != AR__S_READY && c->cs != AR__S_DRAINING && c->inflight.n - (size_t)c->hs_pending >= c->o.offline_queue_max)
        return ar__refuse(c, AR_ERR_OFFLINE_FULL, "%zu commands already wait for the connection: the "
                          "offline_queue_max limit (raise o.offline_queue_max)", c->o.offline_queue_max);
    return AR_OK;
}

enum { AR__K_NONE = 0, AR__K_MULTI, AR__K_EXEC, AR__K_DISCARD, AR__K_WATCH, AR__K_UNWATCH, AR__K_SELECT,
       AR__K_RESET, AR__K_SUBSCRIBE, AR__K_UNSUBSCRIBE, AR__K_MONITOR, AR__K_PING, AR__K_QUIT };

/* the commands that change the connection's mode, from the name */
static int ar__cmd_kind(const char *p, size_t n) {
    char u[12];
    size_t i;
    if (n < 4 || n > 12) return AR__K_NONE; /* GET, SET, ... stop here */
    switch (p[0] | 0x20) {
    case 'm': case 'e': case 'd': case 'w': case 'u': case 's': case 'r': case 'p': case 'q': break;
    default: return AR__K_NONE;
    }
    for (i = 0; i < n; i++) u[i] = (char)(p[i] >= 'a' && p[i] <= 'z' ? p[i] - 32 : p[i]);
#define AR__IS(w) (sizeof(w) - 1 == n && memcmp(u, w, n) == 0)
    if (AR__IS("MULTI")) return AR__K_MULTI;
    if (AR__IS("EXEC")) return AR__K_EXEC;
    if (AR__IS("DISCARD")) return AR__K_DISCARD;
    if (AR__IS("WATCH")) return AR__K_WATCH;
    if (AR__IS("UNWATCH")) return AR__K_UNWATCH;
    if (AR__IS("SELECT")) return AR__K_SELECT;
    if (AR__IS("RESET")) return AR__K_RESET;
    if (AR__IS("SUBSCRIBE") || AR__IS("PSUBSCRIBE") || AR__IS("SSUBSCRIBE")) return AR__K_SUBSCRIBE;
    if (AR__IS("UNSUBSCRIBE") || AR__IS("PUNSUBSCRIBE") || AR__IS("SUNSUBSCRIBE")) return AR__K_UNSUBSCRIBE;
    if (AR__IS("PING")) return AR__K_PING;
    if (AR__IS("QUIT")) return AR__K_QUIT;
    if (AR__IS("MONITOR")) return AR__K_MONITOR;
#undef AR__IS
    return AR__K_NONE;
}

/* Decide what the command in c->pl (kind, block set by the caller) does to
   the modes; AR_OK or a refusal (nothing changes). */
static int ar__plan_check(ar_client *c) {
    ar__plan *pl = &c->pl;
    pl->flags = 0; pl->unit = c->tx_unit; pl->wgen = c->wgen;
    pl->doom = c->tx_unit ? c->tx_doomed : AR_OK;
    if (pl->unit) pl->block = -1; /* inside MULTI nothing blocks: it runs at EXEC */
    switch (pl->kind) {
    case AR__K_NONE: break;
    case AR__K_MULTI:
        if (c->tx_unit) return ar__refuse(c, AR_ERR_MODE, "MULTI inside MULTI: transactions do not nest (EXEC or DISCARD first)%.0zu", 0);
        pl->unit = c->unit_seq + 1;
        pl->flags |= AR__E_UNIT_FIRST;
        pl->doom = c->wgen && c->watch_lost ? AR_ERR_WATCH_LOST : AR_OK;
        break;
    case AR__K_EXEC: case AR__K_DISCARD:
        if (!c->tx_unit) return ar__refuse(c, AR_ERR_MODE, "EXEC or DISCARD without MULTI%.0zu", 0);
        break;
    case AR__K_WATCH:
        if (c->tx_unit) return ar__refuse(c, AR_ERR_MODE, "WATCH inside MULTI is not allowed (WATCH before MULTI)%.0zu", 0);
        if (!c->wgen) { pl->wgen = c->watch_seq + 1; pl->flags |= AR__E_WATCH_FIRST; }
        if (c->wgen && c->watch_lost) pl->doom = AR_ERR_WATCH_LOST;
        break;
    case AR__K_UNWATCH:
        if (!c->tx_unit) pl->wgen = 0; /* it does not depend on the watch */
        break;
    case AR__K_SELECT:
        if (!c->tx_unit) pl->flags |= AR__E_SELECT;
        break;
    case AR__K_RESET:
        return ar__refuse(c, AR_ERR_MODE, "RESET is not supported: it would undo the connection's setup (AUTH, "
                          "SELECT) behind the client's back; close the client instead%.0zu", 0);
    case AR__K_SUBSCRIBE: case AR__K_UNSUBSCRIBE:
        if (!c->psub_internal)
            return ar__refuse(c, AR_ERR_MODE, "(P|S)SUBSCRIBE and (P|S)UNSUBSCRIBE go through ar_subscribe / "
                              "ar_sub_unsubscribe (the messages need a handle to go to)%.0zu", 0);
        pl->flags |= AR__E_PUBSUB;
        pl->pend = c->pl.argc - 1;
        pl->wgen = 0;
        pl->block = -1;
        break;
    case AR__K_PING: case AR__K_QUIT: break;
    default: /* MONITOR */
        return ar__refuse(c, AR_ERR_MODE, "MONITOR is not supported: it turns the connection into an event "
                          "stream%.0zu", 0);
    }
    if (c->subs && pl->kind != AR__K_SUBSCRIBE && pl->kind != AR__K_UNSUBSCRIBE && pl->kind != AR__K_PING &&
        pl->kind != AR__K_QUIT)
        return ar__refuse(c, AR_ERR_MODE, "the connection is subscribed: only (P|S)SUBSCRIBE, (P|S)UNSUBSCRIBE, "
                          "PING and QUIT until every subscription is let go (use another client)%.0zu", 0);
    if (c->o.refuse_behind_blocking && c->nblocking > 0 && pl->block < 0)
        return ar__refuse(c, AR_ERR_MODE, "a blocking command holds this connection (%zu in flight) and "
                          "o.refuse_behind_blocking is set: send it on another client", c->nblocking);
    return AR_OK;
}

/* the submission was accepted: the modes move on */
static void ar__plan_commit(ar_client *c) {
    ar__plan *pl = &c->pl;
    switch (pl->kind) {
    case AR__K_MULTI: c->tx_unit = ++c->unit_seq; c->tx_doomed = pl->doom; break;
    case AR__K_WATCH: if (!c->wgen) c->wgen = ++c->watch_seq; break;
    case AR__K_EXEC: case AR__K_DISCARD:
        c->tx_unit = 0; c->tx_doomed = AR_OK; c->wgen = 0; c->watch_lost = 0;
        break;
    case AR__K_UNWATCH: if (!c->tx_unit) { c->wgen = 0; c->watch_lost = 0; } break;
    default: break;
    }
}

static int ar__out_full(ar_client *c, size_t sz) {
    (void)sz;
    return ar__refuse(c, AR_ERR_OUTPUT_FULL, "%zu bytes of commands already wait to be written: the max_output "
                      "limit (raise o.max_output)", (size_t)(c->q_total - c->q_written));
}

/* callbacks owed now: the peak of it (ar_stats.inflight_peak) */
static AR__NOINLINE void ar__note_owed_slow(ar_client *c) {
    size_t n = c->inflight.n + c->failed.n + c->parent.n - (size_t)c->hs_pending;
    if (n > c->st.inflight_peak) c->st.inflight_peak = n;
}
/* (the sum tested first is never below what is owed but after a fork) */
#define AR__NOTE_OWED(c) do { if ((c)->inflight.n + (c)->failed.n > (c)->st.inflight_peak) ar__note_owed_slow(c); } while (0)

/* o.on_trace: the membership flags a submission knows (c->pl describes it) */
static unsigned ar__trace_sflags(const ar_client *c, unsigned eflags) {
    unsigned f = 0;
    if (c->pl.unit)
        f |= c->pl.unit == c->tx_unit || c->pl.kind == AR__K_MULTI ? AR_TRACE_F_TRANSACTION : AR_TRACE_F_PIPELINE;
    if (eflags & AR__E_PUBSUB) f |= AR_TRACE_F_PUBSUB;
    if (eflags & AR__E_BLOCKING) f |= AR_TRACE_F_BLOCKING;
    return f;
}

/* a doomed command (its transaction or watch was lost): accepted, failed
   on the next turn with the reason, never sent */
static int ar__submit_doomed(ar_client *c, ar_callback *cb, void *ud, const struct ar__args *aa, int argc) {
    ar__entry e;
    memset(&e, 0, sizeof e);
    e.cb = cb; e.ud = ud;
    e.err = c->pl.doom;
    if (c->o.on_trace) ar__trace_args(c, &e, ar__trace_sflags(c, 0), argc, aa);
    if (ar__ring_push(&c->a, &c->failed, &e) != 0) { ar__trace_undo(c, &e); return AR_ERR_NOMEM; }
    ar__plan_commit(c);
    c->st.commands++;
    AR__NOTE_OWED(c);
    ar__timer_update(c);
    return AR_OK;
}

/* Room for n more bytes at the end of out[]. From out[0], out[] holds: bytes
   written and owed nothing (`drop` of them: dead), then the bytes kept (the
   commands still owed a reply, for a resend after a reconnect, and what is
   not written yet). When it is full, room comes from compaction (the kept
   bytes move to the front: it costs the kept bytes) or from growth (ar__grow,
   doubling: amortized).
   Compaction whenever anything is dead made the cost per command grow with
   the depth: with DEPTH commands kept in flight the kept bytes are almost the
   whole buffer, and every compaction freed the few commands answered since
   the last one and moved all the others (SET of 16 B, 1,100 in flight: 6,300
   bytes moved per 59-byte command; callgrind: 7,500 instructions per command
   instead of 1,700).
   So: compact only when it frees at least as much as it moves (drop >= kept),
   grow otherwise. Every byte moved is then paid for by a byte dropped, and a
   byte is dropped once: compaction moves at most one byte per byte submitted,
   at any depth (tests/test_outbuf.c counts it: out_moved). Memory stays
   bounded: growth happens only when the kept bytes are more than half of
   out_len, so out_cap < 2 * (out_len + n) < 4 * kept + 2 * n; and a big buffer
   is still given back after a drain (ar__out_restart, AR__OUT_KEEP). Steady
   traffic grows the buffer to its size once, then compaction alone makes the
   room: no allocation per command (tests/test_alloc.c). */
static char *ar__out_reserve(ar_client *c, size_t n) {
    size_t drop, zdrop, i;
    if (c->out_len && !c->inflight.n && c->q_written == c->q_total) {
        /* all written, nothing retained (a pipeline's last reply is in):
           start the buffer over, so it stays one batch long and warm */
        ar__out_restart(c, 0);
    }
    if (c->out && c->out_cap - c->out_len >= n) return c->out + c->out_len; /* room already */
    /* what may go: what is written and no longer owed a reply (the oldest
       command's bytes are kept for a resend after a reconnect) */
    drop = c->out_pos; zdrop = c->zc_head;
    if (c->inflight.n && !c->o.no_reconnect) {
        const ar__entry *h = ar__ring_at(&c->inflight, 0);
        size_t hl = (size_t)(h->lstart - c->out_lbase), hz = (size_t)(h->zfirst - c->zc_base);
        if (hl < drop) drop = hl;
        if (hz < zdrop) zdrop = hz;
    }
    /* compaction would move more than it frees: grow (when that fails,
       compact all the same: what it frees may be enough) */
    if (drop < c->out_len - drop &&
        ar__grow(&c->a, (void **)&c->out, &c->out_cap, c->out_len + n, 1, AR__OUT_MIN) == 0)
        return c->out + c->out_len;
    if (drop > 0 || zdrop > 0) {
        c->out_moved += (c->out_len - drop) + (c->nzc - zdrop) * sizeof(ar__ref);
        memmove(c->out, c->out + drop, c->out_len - drop);
        for (i = zdrop; i < c->nzc; i++) {
            c->zc[i - zdrop] = c->zc[i];
            c->zc[i - zdrop].at -= drop;
        }
        c->nzc -= zdrop; c->zc_head -= zdrop; c->zc_base += zdrop;
        c->out_len -= drop; c->out_pos -= drop; c->out_lbase += drop;
        if (c->cs == AR__S_SETUP) c->wlimit -= drop; /* out[]-relative (drop <= out_pos <= wlimit) */
    }
    if (ar__grow(&c->a, (void **)&c->out, &c->out_cap, c->out_len + n, 1, AR__OUT_MIN) != 0) return NULL;
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

/* Argument i as the server reads a blocking timeout
   (getTimeoutFromObjectOrReply): in seconds (BLPOP & co.) a float as
   strtold takes it ("1.5", "1e1", "+2", "0x1p3"; no leading space, NaN,
   trailing bytes or range error), times 1000 rounded up (0.0001 s is 1 ms,
   not 0 = forever; a value above -1 ms rounds to 0 = forever, as the
   server's ceill does); in milliseconds (WAIT, WAITAOF, XREAD BLOCK) a
   strict decimal integer (string2ll: no '+', no leading zero, no space).
   Returns the milliseconds (0: forever) or -2: the server refuses it
   (negative, not a number, above LLONG_MAX ms; and here: longer than 63
   bytes) and answers at once with an error. (Servers after 7.0 also
   refuse a wait that overflows when added to their clock, within ~2^41 ms
   of LLONG_MAX: read here as a very long wait; the error comes at once.)
   strtold follows LC_NUMERIC, as the server's does. */
static long long ar__arg_timeout(const ar__args *a, int i, int seconds) {
    char tmp[64], num[64], *end;
    const char *p;
    size_t n = ar__argn(a, i, tmp, sizeof tmp, &p), k;
    if (n == 0 || n >= sizeof num) return -2;
    if (seconds) {
        long double v, ms;
        long long r;
        memcpy(num, p, n); num[n] = 0;
        if (num[0] == ' ' || (num[0] >= '\t' && num[0] <= '\r')) return -2;
        errno = 0;
        v = strtold(num, &end);
        if (*end || v != v || (errno == ERANGE && (v == 0 || v > 1e30L || v < -1e30L))) return -2;
        ms = v * 1000.0L;
        if (ms >= 9223372036854775807.0L || ms <= -1.0L) return -2;
        if (ms <= 0) return 0;
        r = (long long)ms;
        return (long double)r < ms ? r + 1 : r;
    }
    if (n == 1 && p[0] == '0') return 0;
    if (p[0] == '-' || p[0] < '1' || p[0] > '9' || n > 19) return -2; /* negative, or not string2ll's */
    {
        unsigned long long v = 0;
        for (k = 0; k < n; k++) {
            if (p[k] < '0' || p[k] > '9') return -2;
            v = v * 10 + (unsigned)(p[k] - '0');
        }
        return v > 9223372036854775807ull ? -2 : (long long)v;
    }
}

/* The server-side timeout of a blocking command, as the server reads it:
   ms >= 0 (0: forever), -1: argv does not block (not a blocking command,
   XREAD without BLOCK), -2: a blocking command whose timeout the server
   refuses (it answers at once). The one implementation: the command
   table's ar_cmdtab_block_timeout (asyncredis_commands.h) reports it. */
static long long ar__block_timeout(const ar__args *a) {
    char tmp[16];
    const char *p;
    int i;
    long long ms = -1;
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
        /* options walked with their operands, as the server does (a group
           or consumer named BLOCK is a name, not the option); the server
           checks each BLOCK as it meets it and the last one counts */
        for (i = 1; i + 1 < a->argc;) {
            if (ar__arg_is(a, i, "STREAMS")) break;
            if (ar__arg_is(a, i, "BLOCK")) {
                if ((ms = ar__arg_timeout(a, i + 1, 0)) < 0) return ms;
                i += 2;
            } else if (ar__arg_is(a, i, "GROUP")) i += 3;
            else if (ar__arg_is(a, i, "COUNT")) i += 2;
            else i++;
        }
    }
    return ms;
}

/* Blocking commands wait server-side: their deadline is their own timeout
   plus a buffer. The server timeout in ms (0: forever; beyond 2^50 ms,
   35,000 years, forever too: no overflow when the buffer is added) or < 0:
   no blocking deadline. */
static long long ar__block_ms(const ar__args *a) {
    long long ms = ar__block_timeout(a);
    return ms > ((long long)1 << 50) ? 0 : ms;
}

/* bytes were appended: register the entry (c->pl says what it does to the
   modes). nref: zero-copy references it added. */
static int ar__submit_entry(ar_client *c, const ar_cmd_opts *co, ar_callback *cb, void *ud, size_t added, size_t outb,
                            size_t nref) {
    ar__entry e;
    long long t, block_ms = c->pl.block;
    memset(&e, 0, sizeof e);
    e.cb = cb; e.ud = ud;
    e.flags = (co ? co->flags : 0) | c->pl.flags;
    e.unit = c->pl.unit; e.wgen = c->pl.wgen;
    e.db = c->pl.db;
    e.pend = e.pend_total = c->pl.pend;
    t = co && co->timeout_ms ? co->timeout_ms : c->o.request_timeout_ms;
    if (c->pl.flags & AR__E_PUBSUB) t = -1; /* answered by confirmations; kept across a reconnect */
    if (block_ms >= 0) {
        e.flags |= AR__E_BLOCKING;
        t = block_ms == 0 ? -1 : block_ms + c->o.blocking_timeout_buffer_ms;
        /* behind another blocking command the server starts its wait only
           when that one ends: the deadline is armed then (ar__arm_blocking) */
        if (t > 0 && c->nblocking) { e.deadline = -t; t = -1; }
    }
    if (t > 0) e.deadline = ar__deadline_ms(t);
    e.end = c->q_total + added;
    e.len = added;
    e.lstart = c->out_lbase + c->out_len;
    e.llen = outb;
    e.zfirst = c->zc_base + c->nzc - nref;
    e.zn = nref;
    if (c->o.on_trace) /* its statement, read back from its bytes */
        ar__trace_resp(c, &e, ar__trace_sflags(c, e.flags), c->out, c->out_len, c->out_len + outb,
                       c->zc + c->nzc - nref, nref);
    if (ar__ring_push(&c->a, &c->inflight, &e) != 0) { c->nzc -= nref; ar__trace_undo(c, &e); return AR_ERR_NOMEM; }
    if (c->pl.kind) ar__plan_commit(c);
    if (block_ms >= 0) c->nblocking++;
    c->st.commands++;
    AR__NOTE_OWED(c);
    if (c->q_written == c->q_total) c->wsince = ar_now_ms();
    c->out_len += outb;
    c->q_total += added;
    if (e.deadline && (c->dl_min == 0 || e.deadline < c->dl_min)) {
        c->dl_min = e.deadline;
        if (c->timer_at < 0 || c->timer_at > e.deadline) ar__timer_update(c);
    } else if (c->o.read_timeout_ms > 0 && c->timer_at < 0) ar__timer_update(c);
    if ((c->cs == AR__S_READY || c->cs == AR__S_DRAINING) && !(c->io_want & AR__WRITE)) ar__want_write(c, 1);
    return AR_OK;
}

/* the name (argument 0) of the command being submitted: its kind, and
   whether it blocks; then the mode rules */
static int ar__classify(ar_client *c, const ar__args *aa) {
    char tmp[16];
    const char *p;
    size_t n = ar__argn(aa, 0, tmp, sizeof tmp, &p);
    c->pl.kind = ar__cmd_kind(p, n);
    c->pl.block = -1;
    c->pl.db = 0;
    c->pl.pend = 0;
    c->pl.argc = aa->argc;
    if (aa->argc >= 2 && n) {
        switch (p[0] | 0x20) { /* the first letter of every blocking command */
        case 'b': case 'x': case 'w': c->pl.block = ar__block_ms(aa); break;
        default: break;
        }
    }
    if (c->pl.kind == AR__K_SELECT && aa->argc == 2) {
        char num[16];
        const char *q;
        size_t k = ar__argn(aa, 1, num, sizeof num, &q), i;
        long long v = 0;
        for (i = 0; i < k && i < 10 && q[i] >= '0' && q[i] <= '9'; i++) v = v * 10 + (q[i] - '0');
        if (i == k && k && v <= INT_MAX) c->pl.db = (int)v; else c->pl.kind = AR__K_NONE; /* the server refuses it */
    }
    if (!c->pl.kind && !c->tx_unit && !c->o.refuse_behind_blocking && !c->subs) { /* the usual case: nothing to decide */
        c->pl.flags = 0; c->pl.unit = 0; c->pl.wgen = c->wgen; c->pl.doom = AR_OK;
        return AR_OK;
    }
    return ar__plan_check(c);
}

static int ar__submit_argv(ar_client *c, const ar_cmd_opts *co, ar_callback *cb, void *ud,
                           int argc, const char *const *argv, const size_t *argvlen);
static int ar__enc_as_argv(ar_client *c);

static int ar__submit_fmt(ar_client *c, const ar_cmd_opts *co, ar_callback *cb, void *ud, const char *fmt, va_list ap) {
    ar__argsrc src;
    const char *why = NULL;
    size_t sz;
    char *o;
    ar__scratch *x;
    int rc = ar__submit_check(c);
    if (rc) return rc;
    if (!(x = ar__sx(c))) return AR_ERR_NOMEM;
    src.next = ar__va_next; src.user = NULL;
    va_copy(src.ap, ap);
    rc = ar__enc_parse(&c->a, &x->enc, fmt, &src, &why);
    va_end(src.ap);
    if (rc == AR_ERR_FORMAT) { snprintf(c->errstr, sizeof c->errstr, "format: %s", why); return rc; }
    if (rc) return rc;
    if (c->prefixlen) {
        rc = ar__enc_as_argv(c);
        if (rc) return rc;
        return ar__submit_argv(c, co, cb, ud, (int)x->enc.nargs, x->fargv, x->flen);
    }
    {
        ar__args aa;
        aa.argc = (int)x->enc.nargs; aa.argv = NULL; aa.argvlen = NULL; aa.enc = &x->enc;
        rc = ar__classify(c, &aa);
        if (rc) return rc;
        if (c->pl.doom) return ar__submit_doomed(c, cb, ud, &aa, aa.argc);
    }
    sz = ar__enc_size(&x->enc);
    if (c->q_total - c->q_written + sz > c->o.max_output) return ar__out_full(c, sz);
    if (co && (co->flags & AR_CMD_NOCOPY)) {
        size_t i, nref = 0, refb = 0;
        for (i = 0; i < x->enc.nsegs; i++)
            if (x->enc.segs[i].p && x->enc.segs[i].n >= AR_NOCOPY_MIN) { nref++; refb += x->enc.segs[i].n; }
        if (nref) {
            if (ar__grow(&c->a, (void **)&c->zc, &c->zccap, c->nzc + nref, sizeof(ar__ref), 8) != 0) return AR_ERR_NOMEM;
            o = ar__out_reserve(c, sz - refb);
            if (!o) return AR_ERR_NOMEM;
            ar__enc_emit_refs(&x->enc, o, c->out, c->zc + c->nzc);
            c->nzc += nref;
            return ar__submit_entry(c, co, cb, ud, sz, sz - refb, nref);
        }
    }
    o = ar__out_reserve(c, sz);
    if (!o) return AR_ERR_NOMEM;
    ar__enc_emit(&x->enc, o);
    return ar__submit_entry(c, co, cb, ud, sz, sz, 0);
}

/* a refused formatted submission (rc != 0): counted, and traced with
   o.on_trace (the format parsed again for its arguments). Called by the
   public functions, after ar__submit_fmt: its success path stays as it was. */
static AR__NOINLINE void ar__refused_fmt(ar_client *c, int rc, const char *fmt, va_list ap) {
    ar__argsrc src;
    const char *why = NULL;
    ar__scratch *x;
    int prc = AR_ERR_NOMEM;
    if (!c || !ar__refused_count(c, rc)) return;
    if ((x = ar__sx(c)) != NULL) {
        src.next = ar__va_next; src.user = NULL;
        va_copy(src.ap, ap);
        prc = ar__enc_parse(&c->a, &x->enc, fmt, &src, &why);
        va_end(src.ap);
    }
    if (prc == AR_OK) {
        ar__args aa;
        aa.argc = (int)x->enc.nargs; aa.argv = NULL; aa.argvlen = NULL; aa.enc = &x->enc;
        ar__refused_args(c, rc, aa.argc, &aa, NULL);
    } else {
        ar__refused_args(c, rc, 0, NULL, fmt);
    }
}

/* Run the prefixer over argv; on success *argvp / *lenp point at the
   prefixed views (kept in the scratch's pargv / plen / pbuf until the next call). */
static int ar__apply_prefix(ar_client *c, int argc, const char *const **argvp, const size_t **lenp) {
    const char *why = NULL;
    size_t need = 0;
    int rc, tries;
    ar__scratch *x = ar__sx(c);
    if (!x) return AR_ERR_NOMEM;
    if (ar__grow(&c->a, (void **)&x->pargv, &x->pcap, (size_t)argc, sizeof(char *), 8) != 0 ||
        ar__grow(&c->a, (void **)&x->plen, &x->plcap, (size_t)argc, sizeof(size_t), 8) != 0) return AR_ERR_NOMEM;
    for (tries = 0; tries < 2; tries++) {
        if (c->o.prefixer_learned) /* with what this connection learned (>>learn) */
            rc = c->o.prefixer_learned((const ar_learned *)c->lrn, c->prefix, c->prefixlen, c->o.prefix_flags, argc, *argvp, *lenp,
                                       x->pargv, x->plen, x->pbuf, x->pbufcap, &need, &why);
        else
            rc = c->o.prefixer(c->prefix, c->prefixlen, c->o.prefix_flags, argc, *argvp, *lenp,
                               x->pargv, x->plen, x->pbuf, x->pbufcap, &need, &why);
        if (rc >= 0) { *argvp = x->pargv; *lenp = x->plen; return AR_OK; }
        if (rc == AR_PREFIX_UNKNOWN && c->o.learner) return AR__LEARN_NEEDED; /* the caller learns it, or refuses */
        if (need > x->pbufcap) {
            char *nb = (char *)AR__REALLOC(&c->a, x->pbuf, need);
            if (!nb) return AR_ERR_NOMEM;
            x->pbuf = nb; x->pbufcap = need;
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
    const ar__scratch *x = c->sx;
    if (!x) return 1;
    if (x->pbuf && p >= x->pbuf && p < x->pbuf + x->pbufcap) return 0;
    if (x->enc.scratch && p >= x->enc.scratch && p < x->enc.scratch + x->enc.scap) return 0;
    if (x->fbuf && p >= x->fbuf && p < x->fbuf + x->fbufcap) return 0;
    return 1;
}

/* the parsed format as an argv (for prefixing): single-piece arguments are
   views, multi-piece ones are joined in the scratch's fbuf */
static int ar__enc_as_argv(ar_client *c) {
    ar__scratch *x = c->sx; /* made by the format's parse */
    const ar__enc *e = &x->enc;
    size_t i, j, join = 0;
    char *w;
    if (ar__grow(&c->a, (void **)&x->fargv, &x->fcap, e->nargs, sizeof(char *), 8) != 0 ||
        ar__grow(&c->a, (void **)&x->flen, &x->flcap, e->nargs, sizeof(size_t), 8) != 0) return AR_ERR_NOMEM;
    for (i = 0; i < e->nargs; i++) if (e->args[i].nseg > 1) join += e->args[i].len;
    if (join > x->fbufcap) {
        char *nb = (char *)AR__REALLOC(&c->a, x->fbuf, join);
        if (!nb) return AR_ERR_NOMEM;
        x->fbuf = nb; x->fbufcap = join;
    }
    w = x->fbuf;
    for (i = 0; i < e->nargs; i++) {
        const ar__arg *g = &e->args[i];
        x->flen[i] = g->len;
        if (g->nseg == 0) { x->fargv[i] = ""; continue; }
        if (g->nseg == 1) {
            const ar__seg *sg = &e->segs[g->first];
            x->fargv[i] = sg->p ? sg->p : e->scratch + sg->off;
            continue;
        }
        x->fargv[i] = w;
        for (j = 0; j < g->nseg; j++) {
            const ar__seg *sg = &e->segs[g->first + j];
            memcpy(w, sg->p ? sg->p : e->scratch + sg->off, sg->n);
            w += sg->n;
        }
    }
    return AR_OK;
}

/* >>learn: commands learned from the server (manual section 2, "Learned
   commands"). With o.learner and o.prefixer_learned, a command the
   prefixer does not know (AR_PREFIX_UNKNOWN) is accepted and held: an
   internal COMMAND INFO <name> goes into the ring ahead of it, and the
   command's entry is made at once with its bytes unprefixed in out[], but
   flagged HOLD: the output is never written past the first held entry (the
   hold point, lrn->hold_q / hold_l), while later submissions queue up
   behind it as usual, so order is kept on the wire and in the callbacks.
   When COMMAND INFO answers, o.learner turns the answer into the record's
   blob and every command waiting for that name gets its prefixed bytes in
   place (ar__learn_put moves what follows); one that cannot be prefixed
   (the server does not know it, its key specs do not locate its keys, the
   learn failed) gets a PING instead (SUBST): its reply delivers the typed
   failure, in order. Records belong to the connection: what was learned is
   dropped when the connection ends (ar__enter), a learn still owed is kept
   with its COMMAND INFO (sent again on the next connection, like any
   command never answered); o.learn_commands are learned again by every
   setup. Bounds: o.learn_max records per connection, names below
   AR__LEARN_NAME bytes, the learner's blob at most AR__LEARN_BLOB bytes. */

static int ar__name_eq(const char *a, const char *b, size_t n) { /* any case */
    size_t i;
    for (i = 0; i < n; i++) {
        char x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z') x = (char)(x + 32);
        if (y >= 'A' && y <= 'Z') y = (char)(y + 32);
        if (x != y) return 0;
    }
    return 1;
}
static int ar__lname_eq(const ar__lrec *r, const char *p, size_t n) { return n == r->nlen && ar__name_eq(r->name, p, n); }
static ar__lrec *ar__learn_rec(const ar_client *c, const char *p, size_t n) {
    size_t i;
    if (!c->lrn) return NULL;
    for (i = 0; i < c->lrn->n; i++) if (ar__lname_eq(c->lrn->r[i], p, n)) return c->lrn->r[i];
    return NULL;
}
static const void *ar__learned_find(const ar_learned *pub, const char *name, size_t len) {
    const struct ar__learn *l = (const struct ar__learn *)(const void *)pub; /* pub is its first member */
    size_t i;
    for (i = 0; i < l->n; i++)
        if (l->r[i]->state == AR__L_KNOWN && ar__lname_eq(l->r[i], name, len)) return l->r[i]->blob;
    return NULL;
}
AR_API const void *ar_learned_find(const ar_learned *l, const char *name, size_t len) {
    return l && name ? l->find(l, name, len) : NULL;
}
AR_API const ar_learned *ar_client_learned(const ar_client *c) { return c && c->lrn ? &c->lrn->pub : NULL; }
static void ar__lrec_free(ar_client *c, ar__lrec *r) { AR__FREE(&c->a, r->blob); AR__FREE(&c->a, r); }
/* a new record (PENDING) for name; NULL: no memory (the bound is the caller's) */
static ar__lrec *ar__learn_add(ar_client *c, const char *p, size_t n) {
    ar__lrec *r;
    size_t i;
    if (!c->lrn) {
        if (!(c->lrn = (struct ar__learn *)AR__ALLOC(&c->a, sizeof *c->lrn))) return NULL;
        memset(c->lrn, 0, sizeof *c->lrn);
        c->lrn->pub.find = ar__learned_find;
    }
    if (ar__grow(&c->a, (void **)&c->lrn->r, &c->lrn->cap, c->lrn->n + 1, sizeof(ar__lrec *), 4) != 0) return NULL;
    if (!(r = (ar__lrec *)AR__ALLOC(&c->a, sizeof *r))) return NULL;
    memset(r, 0, sizeof *r);
    for (i = 0; i < n; i++) r->name[i] = (char)(p[i] >= 'A' && p[i] <= 'Z' ? p[i] + 32 : p[i]);
    r->nlen = n;
    c->lrn->r[c->lrn->n++] = r;
    return r;
}
static void ar__learn_del(ar_client *c, ar__lrec *r) {
    size_t i;
    for (i = 0; i < c->lrn->n; i++)
        if (c->lrn->r[i] == r) { c->lrn->r[i] = c->lrn->r[--c->lrn->n]; break; }
    ar__lrec_free(c, r);
}
/* the connection ended (ar__enter): what it learned goes; a learn still
   owed stays with its COMMAND INFO, which the next connection answers */
static void ar__learn_drop(ar_client *c) {
    size_t i, k = 0;
    for (i = 0; i < c->lrn->n; i++) {
        if (c->lrn->r[i]->state == AR__L_PENDING) c->lrn->r[k++] = c->lrn->r[i];
        else ar__lrec_free(c, c->lrn->r[i]);
    }
    c->lrn->n = k;
}
static void ar__learn_free(ar_client *c) {
    size_t i;
    if (!c->lrn) return;
    for (i = 0; i < c->lrn->n; i++) ar__lrec_free(c, c->lrn->r[i]);
    AR__FREE(&c->a, c->lrn->r);
    AR__FREE(&c->a, c->lrn);
    c->lrn = NULL;
}

/* the hold point again, after entries moved or went (requeue, setup) */
static void ar__hold_fix(ar_client *c) {
    size_t i, n = 0;
    for (i = 0; i < c->inflight.n; i++) {
        const ar__entry *e = ar__ring_at(&c->inflight, i);
        if (!(e->flags & AR__E_HOLD)) continue;
        if (!n++) { c->lrn->hold_q = e->end - e->len; c->lrn->hold_l = e->lstart; }
    }
    c->lrn->nhold = n;
}

/* a refusal at the call naming the command: AR_ERR_PREFIX (or rc) */
static int ar__learn_refuse_rc(ar_client *c, int rc, size_t n, const char *p, const char *what) {
    snprintf(c->errstr, sizeof c->errstr, "key_prefix: %.*s %s", (int)(n > 32 ? 32 : n), p, what);
    return rc;
}
static int ar__learn_refuse(ar_client *c, size_t n, const char *p, const char *what) {
    return ar__learn_refuse_rc(c, AR_ERR_PREFIX, n, p, what);
}

/* COMMAND INFO <name>: its size; and into the ring (room reserved by the
   caller), sent again after a loss (idempotent), with the deadline of the
   command(s) it is for */
static size_t ar__learn_qsize(size_t n) { return 4 + 13 + 10 + 5 + ar__ulen(n) + n; } /* *3 $7 COMMAND $4 INFO $n name */
static void ar__learn_query(ar_client *c, ar__lrec *r, int timeout_ms) {
    const char *qv[3];
    size_t ql[3], sz = ar__learn_qsize(r->nlen);
    ar_cmd_opts qo;
    qv[0] = "COMMAND"; qv[1] = "INFO"; qv[2] = r->name; ql[0] = 7; ql[1] = 4; ql[2] = r->nlen;
    memset(&c->pl, 0, sizeof c->pl);
    c->pl.block = -1;
    c->pl.flags = AR__E_LEARNQ;
    qo.flags = AR_CMD_IDEMPOTENT; qo.timeout_ms = timeout_ms;
    ar__argv_emit(c->out + c->out_len, 3, qv, ql);
    ar__submit_entry(c, &qo, ar__learn_cb, r, sz, sz, 0); /* the ring has room: cannot fail */
}

/* A command the prefixer does not know: learn it (or wait for the learn
   already on its way), the command held behind it. Refusals at the call
   name the way out. */
static AR__NOINLINE int ar__learn_submit(ar_client *c, const ar_cmd_opts *co, ar_callback *cb, void *ud,
                                         int argc, const char *const *argv, const size_t *argvlen) {
    const char *nm = argv[0];
    size_t n = argvlen ? argvlen[0] : strlen(argv[0]), szq = 0, szx, i;
    ar__lrec *r = ar__learn_rec(c, nm, n);
    ar__args aa;
    ar__plan xp;
    ar_cmd_opts qo;
    char *o;
    int rc, fresh = 0;
    if (r && r->state != AR__L_PENDING) /* refused on this connection already */
        return ar__learn_refuse(c, n, nm, r->why ? r->why : "cannot be prefixed");
    if (n == 0 || n >= AR__LEARN_NAME)
        return ar__learn_refuse(c, n, nm, "is unknown, and its name is too long to be learned");
    aa.argc = argc; aa.argv = argv; aa.argvlen = argvlen; aa.enc = NULL;
    rc = ar__classify(c, &aa);
    if (rc) return rc;
    if (c->pl.doom) return ar__submit_doomed(c, cb, ud, &aa, aa.argc); /* never sent: nothing to learn */
    if (c->tx_unit)
        return ar__learn_refuse_rc(c, AR_ERR_MODE, n, nm, "needs COMMAND INFO, not sendable inside MULTI: list it in "
                                   "o.learn_commands");
    if (!r && c->nblocking)
        return ar__learn_refuse_rc(c, AR_ERR_MODE, n, nm, "needs COMMAND INFO, which would wait behind a blocking "
                                   "command: use o.learn_commands");
    if (!r && c->lrn && c->lrn->n >= (size_t)c->o.learn_max) {
        snprintf(c->errstr, sizeof c->errstr, "key_prefix: %.*s must be learned, but %d commands are learned "
                 "on this connection: the learn_max limit (raise o.learn_max)", (int)(n > 32 ? 32 : n), nm, c->o.learn_max);
        return AR_ERR_PREFIX;
    }
    if (!r) szq = ar__learn_qsize(n);
    szx = ar__argv_size(argc, argv, argvlen);
    if (c->q_total - c->q_written + szq + szx > c->o.max_output) return ar__out_full(c, szq + szx);
    if (c->inflight.n + c->failed.n + (r ? 1u : 2u) > c->o.max_inflight)
        return ar__refuse(c, AR_ERR_QUEUE_FULL, "%zu commands already wait for replies: the max_inflight limit "
                          "(raise o.max_inflight)", c->o.max_inflight);
    if (ar__ring_reserve(&c->a, &c->inflight, 2) != 0) return AR_ERR_NOMEM;
    if (!r) {
        if (!(r = ar__learn_add(c, nm, n))) return AR_ERR_NOMEM;
        fresh = 1;
    }
    if (!(o = ar__out_reserve(c, szq + szx))) { if (fresh) ar__learn_del(c, r); return AR_ERR_NOMEM; }
    (void)o;
    xp = c->pl;
    if (fresh) ar__learn_query(c, r, co ? co->timeout_ms : 0);
    c->pl = xp;
    c->pl.flags |= AR__E_HOLD | AR__E_LEARN;
    ar__argv_emit(c->out + c->out_len, argc, argv, argvlen); /* unprefixed: never written before its learn */
    qo.flags = co ? co->flags & ~AR_CMD_NOCOPY : 0; qo.timeout_ms = co ? co->timeout_ms : 0;
    ar__submit_entry(c, &qo, cb, ud, szx, szx, 0);
    if (c->lrn->nhold++ == 0) {
        const ar__entry *e = ar__ring_at(&c->inflight, c->inflight.n - 1);
        c->lrn->hold_q = e->end - e->len;
        c->lrn->hold_l = e->lstart;
    }
    (void)i;
    return AR_OK;
}

/* the name of a held entry, read from its (unprefixed) bytes */
static size_t ar__entry_name(const ar_client *c, const ar__entry *e, const char **p) {
    const char *b = c->out + (size_t)(e->lstart - c->out_lbase);
    size_t i = 0, n = 0;
    while (i < e->llen && b[i] != '\n') i++;
    for (i += 2; i < e->llen && b[i] >= '0' && b[i] <= '9'; i++) n = n * 10 + (size_t)(b[i] - '0');
    *p = b + i + 2;
    return n;
}

/* the bytes of ring entry k become n bytes from src (not in out[]): what
   follows moves (it was never written: the hold) */
static int ar__learn_put(ar_client *c, size_t k, const char *src, size_t n) {
    ar__entry *e = ar__ring_at(&c->inflight, k);
    size_t pos = (size_t)(e->lstart - c->out_lbase), old = e->llen, i;
    if (n > old && ar__grow(&c->a, (void **)&c->out, &c->out_cap, c->out_len + (n - old), 1, AR__OUT_MIN) != 0)
        return -1;
    memmove(c->out + pos + n, c->out + pos + old, c->out_len - pos - old);
    memcpy(c->out + pos, src, n);
    c->out_len = c->out_len + n - old;
    for (i = c->zc_head; i < c->nzc; i++) if (c->zc[i].at >= pos + old) c->zc[i].at = c->zc[i].at + n - old;
    for (i = k + 1; i < c->inflight.n; i++) {
        ar__entry *f = ar__ring_at(&c->inflight, i);
        f->lstart = f->lstart + n - old;
        f->end = f->end + n - old;
    }
    e->end = e->end + n - old;
    e->llen = e->len = n;
    c->q_total = c->q_total + n - old;
    return 0;
}

/* entry k cannot go out as submitted: a PING in its place, whose reply
   delivers err (reason: the text) in its turn. In a unit (a pipeline or
   transaction held whole for a learn: nothing of it was written) every
   command of the unit goes so: none of it runs; its EXEC becomes UNWATCH
   (a WATCH before it ends as EXEC would have ended it). */
static void ar__learn_subst1(ar_client *c, size_t k, ar_err err, int reason) {
    static const char ping[] = "*1\r\n$4\r\nPING\r\n", unwatch[] = "*1\r\n$7\r\nUNWATCH\r\n", exec[] = "*1\r\n$4\r\nEXEC\r\n";
    ar__entry *e = ar__ring_at(&c->inflight, k);
    int is_exec = e->llen == sizeof exec - 1 && memcmp(c->out + (size_t)(e->lstart - c->out_lbase), exec, e->llen) == 0;
    if (ar__learn_put(c, k, is_exec ? unwatch : ping, is_exec ? sizeof unwatch - 1 : sizeof ping - 1) != 0) {
        err = AR_ERR_NOMEM; reason = AR__LR_NONE; /* (it shrinks or stays: cannot fail) */
    }
    e = ar__ring_at(&c->inflight, k);
    e->flags = (e->flags & ~(AR__E_HOLD | AR__E_LEARN | AR__E_BLOCKING | AR__E_SELECT | AR__E_UNIT_FIRST | AR__E_WATCH_FIRST)) |
               AR__E_SUBST | AR_CMD_IDEMPOTENT;
    e->unit = 0; e->wgen = 0;
    e->err = err;
    e->pend = reason;
    e->deadline = 0;
}
static void ar__learn_subst(ar_client *c, size_t k, ar_err err, int reason) {
    unsigned u = ar__ring_at(&c->inflight, k)->unit;
    size_t a = k, z = k, i;
    if (!u) { ar__learn_subst1(c, k, err, reason); return; }
    while (a > 0 && ar__ring_at(&c->inflight, a - 1)->unit == u) a--;
    while (z + 1 < c->inflight.n && ar__ring_at(&c->inflight, z + 1)->unit == u) z++;
    for (i = a; i <= z; i++) ar__learn_subst1(c, i, err, reason);
}
/* entry k of unit u has its bytes: the unit is let go when none of it waits */
static void ar__learn_unit_ready(ar_client *c, size_t k, unsigned u) {
    size_t a = k, z = k, i;
    while (a > 0 && ar__ring_at(&c->inflight, a - 1)->unit == u) a--;
    while (z + 1 < c->inflight.n && ar__ring_at(&c->inflight, z + 1)->unit == u) z++;
    for (i = a; i <= z; i++) if (ar__ring_at(&c->inflight, i)->flags & AR__E_LEARN) return;
    for (i = a; i <= z; i++) ar__ring_at(&c->inflight, i)->flags &= ~AR__E_HOLD;
}

static const char *ar__learn_text(int reason) {
    switch (reason) {
    case AR__LR_UNKNOWN: return "key_prefix: the server does not know this command (COMMAND INFO answered nil): "
                                "it cannot be prefixed, and it was not sent";
    case AR__LR_KEYS: return "key_prefix: the key specs learned from the server (COMMAND INFO) do not locate this "
                             "command's keys: it was not sent";
    case AR__LR_REFUSED: return "key_prefix: the server refused COMMAND INFO, needed to learn this command's keys: "
                                "it was not sent";
    case AR__LR_ARGS: return "key_prefix: the arguments do not fit the command as learned from the server (COMMAND "
                             "INFO): it was not sent";
    default: return NULL;
    }
}

/* the reply of a SUBST entry (its PING's) arrived: the failure it stands for */
static int ar__learn_deliver(ar_client *c, const ar__entry *e) {
    ar_reply r;
    const char *t = ar__learn_text(e->pend);
    if (!t) return ar__fail_entry(c, e, e->err, 0);
    memset(&r, 0, sizeof r);
    r.type = AR_REPLY_NONE;
    r.err = e->err;
    r.str = t;
    r.len = strlen(t);
    c->st.failures++;
    AR__COUNT_ERR(c, e->err);
    return ar__deliver(c, e, &r);
}

/* The learn of r is over (err: it failed, r stays PENDING and goes; else
   r is KNOWN or REFUSED): every command held for it gets its bytes. */
static void ar__learn_release(ar_client *c, ar__lrec *r, ar_err err) {
    size_t k;
    ar__scratch *x = ar__sx(c);
    for (k = 0; k < c->inflight.n; k++) {
        ar__entry *e = ar__ring_at(&c->inflight, k);
        const char *p, *b, *why = NULL;
        size_t n, i = 0, need = 0, sz;
        int argc = 0, rc;
        char *tmp;
        if (!(e->flags & AR__E_LEARN)) continue;
        n = ar__entry_name(c, e, &p);
        if (!ar__lname_eq(r, p, n)) continue;
        if (err || r->state != AR__L_KNOWN || !x) {
            ar__learn_subst(c, k, err ? err : x ? AR_ERR_PREFIX : AR_ERR_NOMEM, err || !x ? AR__LR_NONE : r->reason);
            continue;
        }
        /* its argv, as views into out[] (parsed back from what we wrote) */
        b = c->out + (size_t)(e->lstart - c->out_lbase);
        for (i = 1; b[i] != '\r'; i++) argc = argc * 10 + (b[i] - '0');
        if (ar__grow(&c->a, (void **)&x->fargv, &x->fcap, (size_t)argc, sizeof(char *), 8) != 0 ||
            ar__grow(&c->a, (void **)&x->flen, &x->flcap, (size_t)argc, sizeof(size_t), 8) != 0 ||
            ar__grow(&c->a, (void **)&x->pargv, &x->pcap, (size_t)argc, sizeof(char *), 8) != 0 ||
            ar__grow(&c->a, (void **)&x->plen, &x->plcap, (size_t)argc, sizeof(size_t), 8) != 0) {
            ar__learn_subst(c, k, AR_ERR_NOMEM, AR__LR_NONE);
            continue;
        }
        i += 2;
        for (rc = 0; rc < argc; rc++) {
            size_t l = 0;
            for (i++; b[i] != '\r'; i++) l = l * 10 + (size_t)(b[i] - '0');
            x->fargv[rc] = b + i + 2; x->flen[rc] = l;
            i += 2 + l + 2;
        }
        for (rc = -1, i = 0; i < 2 && rc < 0; i++) {
            rc = c->o.prefixer_learned((const ar_learned *)c->lrn, c->prefix, c->prefixlen, c->o.prefix_flags, argc, x->fargv, x->flen,
                                       x->pargv, x->plen, x->pbuf, x->pbufcap, &need, &why);
            if (rc < 0 && need > x->pbufcap) {
                char *nb = (char *)AR__REALLOC(&c->a, x->pbuf, need);
                if (!nb) break;
                x->pbuf = nb; x->pbufcap = need;
            } else if (rc < 0) {
                break;
            }
        }
        if (rc < 0) {
            AR__LOG(c, AR_LOG_WARN, "learned command %s: not sent: %s", r->name, why ? why : "no memory");
            ar__learn_subst(c, k, need > x->pbufcap ? AR_ERR_NOMEM : AR_ERR_PREFIX,
                            need > x->pbufcap ? AR__LR_NONE : rc == -3 ? AR__LR_ARGS : AR__LR_KEYS);
            continue;
        }
        sz = ar__argv_size(argc, x->pargv, x->plen);
        tmp = (char *)AR__ALLOC(&c->a, sz); /* learning: once per held command */
        if (!tmp) { ar__learn_subst(c, k, AR_ERR_NOMEM, AR__LR_NONE); continue; }
        ar__argv_emit(tmp, argc, x->pargv, x->plen);
        if (ar__learn_put(c, k, tmp, sz) != 0) {
            ar__learn_subst(c, k, AR_ERR_NOMEM, AR__LR_NONE);
        } else {
            e = ar__ring_at(&c->inflight, k);
            e->flags &= ~(AR__E_HOLD | AR__E_LEARN);
            if (e->unit) ar__learn_unit_ready(c, k, e->unit);
            if (e->cb == ar__trace_cb) { /* traced: the statement as sent now, prefixed; the same submit time */
                ar__tr *t = (ar__tr *)e->ud;
                long long su = t->submit_us;
                unsigned fl = t->flags & (AR_TRACE_F_PIPELINE | AR_TRACE_F_TRANSACTION | AR_TRACE_F_BLOCKING);
                ar__trace_undo(c, e);
                ar__trace_resp(c, e, fl, c->out, (size_t)(e->lstart - c->out_lbase), (size_t)(e->lstart - c->out_lbase) + sz,
                               NULL, 0);
                if (e->cb == ar__trace_cb) ((ar__tr *)e->ud)->submit_us = su;
            }
        }
        AR__FREE(&c->a, tmp);
    }
    ar__hold_fix(c);
    ar__recompute_dl(c);
    if ((c->cs == AR__S_READY || c->cs == AR__S_DRAINING) && c->q_written < AR__QLIM(c)) ar__want_write(c, 1);
}

/* what o.learner makes of one element of COMMAND INFO's reply; -1: no
   memory for it (r stays PENDING: not remembered as refused) */
static int ar__learn_store(ar_client *c, ar__lrec *r, const ar_reply *info) {
    size_t need = 0;
    const char *why = NULL;
    int rc = c->o.learner(info, NULL, 0, &need, &why);
    if (rc < 0 && need && need <= AR__LEARN_BLOB) {
        if (!(r->blob = AR__ALLOC(&c->a, need))) return -1;
        rc = c->o.learner(info, r->blob, need, &need, &why);
    } else if (rc < 0 && need > AR__LEARN_BLOB) {
        why = "is too big to learn (the learner asks for more than 8 KB)";
    }
    r->state = AR__L_REFUSED;
    r->reason = AR__LR_KEYS;
    if (rc >= 0 && r->blob) { r->state = AR__L_KNOWN; r->why = NULL; return 0; }
    if (rc == AR_PREFIX_UNKNOWN) r->reason = AR__LR_UNKNOWN;
    AR__FREE(&c->a, r->blob);
    r->blob = NULL;
    r->why = why ? why : "could not be learned";
    AR__LOG(c, AR_LOG_WARN, "learning %s: %s", r->name, r->why);
    return 0;
}

/* COMMAND INFO <name> answered (or failed) */
static void ar__learn_cb(ar_client *c, const ar_reply *rep, void *ud) {
    ar__lrec *r = (ar__lrec *)ud;
    if (!AR__ALIVE(c)) return; /* freed: the records go with the client */
    if (rep->err) { ar__learn_release(c, r, rep->err); ar__learn_del(c, r); return; }
    if (rep->type == AR_REPLY_ARRAY && rep->elements == 1) {
        if (ar__learn_store(c, r, &rep->element[0]) != 0) { /* no memory: fails now, learned again next time */
            ar__learn_release(c, r, AR_ERR_NOMEM);
            ar__learn_del(c, r);
            return;
        }
    } else {
        r->state = AR__L_REFUSED;
        r->reason = AR__LR_REFUSED;
        r->why = "could not be learned: the server refused COMMAND INFO (an ACL rule?)";
        AR__LOG(c, AR_LOG_WARN, "learning %s: COMMAND INFO refused: %.*s", r->name,
                (int)(rep->len > 200 ? 200 : rep->len), rep->str ? rep->str : "");
    }
    ar__learn_release(c, r, AR_OK);
}

/* the setup's COMMAND INFO for o.learn_commands: argv "COMMAND" "INFO"
   names... in memory of its own (*argvp; freed by the caller); 0: none */
static int ar__learn_setup_argv(ar_client *c, const char ***argvp, size_t **lensp) {
    const char *s = c->o.learn_commands, *p;
    size_t n = 0, i;
    const char **av;
    size_t *al;
    *argvp = NULL; *lensp = NULL;
    if (!s || !c->o.learner) return 0;
    for (p = s; *p;) { while (*p == ' ' || *p == ',') p++; if (!*p) break; n++; while (*p && *p != ' ' && *p != ',') p++; }
    if (!n) return 0;
    av = (const char **)AR__ALLOC(&c->a, (n + 2) * (sizeof(char *) + sizeof(size_t)));
    if (!av) return -1;
    al = (size_t *)(void *)(av + n + 2);
    av[0] = "COMMAND"; al[0] = 7; av[1] = "INFO"; al[1] = 4;
    for (i = 2, p = s; *p;) {
        while (*p == ' ' || *p == ',') p++;
        if (!*p) break;
        av[i] = p;
        while (*p && *p != ' ' && *p != ',') p++;
        al[i] = (size_t)(p - av[i]);
        i++;
    }
    *argvp = av; *lensp = al;
    return (int)(n + 2);
}

/* its reply: each name learned (or refused) for this connection; a name
   whose own learn is on its way keeps waiting for that one */
static void ar__learn_setup_reply(ar_client *c, const ar_reply *rep) {
    const char *s = c->o.learn_commands, *p, *q;
    size_t k = 0;
    if (rep->type != AR_REPLY_ARRAY) {
        AR__LOG(c, AR_LOG_WARN, "learn_commands: COMMAND INFO refused: %.*s", (int)(rep->len > 200 ? 200 : rep->len),
                rep->str ? rep->str : "");
        return;
    }
    for (p = s; *p && k < rep->elements; k++) {
        ar__lrec *r;
        while (*p == ' ' || *p == ',') p++;
        if (!*p) break;
        q = p;
        while (*p && *p != ' ' && *p != ',') p++;
        if ((size_t)(p - q) >= AR__LEARN_NAME || ar__learn_rec(c, q, (size_t)(p - q))) continue;
        if ((r = ar__learn_add(c, q, (size_t)(p - q))) != NULL && ar__learn_store(c, r, &rep->element[k]) != 0)
            ar__learn_del(c, r); /* no memory: learned on first use instead */
    }
}

static AR__INLINE int ar__submit_argv_i(ar_client *c, const ar_cmd_opts *co, ar_callback *cb, void *ud,
                           int argc, const char *const *argv, const size_t *argvlen) {
    size_t sz;
    char *o;
    int rc;
    if (c->prefixlen && !c->noprefix) {
        rc = ar__apply_prefix(c, argc, &argv, &argvlen);
        if (rc) return rc == AR__LEARN_NEEDED ? ar__learn_submit(c, co, cb, ud, argc, argv, argvlen) : rc;
    }
    {
        ar__args aa;
        aa.argc = argc; aa.argv = argv; aa.argvlen = argvlen; aa.enc = NULL;
        rc = ar__classify(c, &aa);
        if (rc) return rc;
        if (c->pl.doom) return ar__submit_doomed(c, cb, ud, &aa, aa.argc);
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
            return ar__submit_entry(c, co, cb, ud, sz, sz, 0);
        }
    }
    sz = ar__argv_size(argc, argv, argvlen);
    if (c->q_total - c->q_written + sz > c->o.max_output) return ar__out_full(c, sz);
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
            return ar__submit_entry(c, co, cb, ud, sz, sz - refb, nref);
        }
    }
    o = ar__out_reserve(c, sz);
    if (!o) return AR_ERR_NOMEM;
    ar__argv_emit(o, argc, argv, argvlen);
    return ar__submit_entry(c, co, cb, ud, sz, sz, 0);
}

static int ar__submit_argv(ar_client *c, const ar_cmd_opts *co, ar_callback *cb, void *ud,
                           int argc, const char *const *argv, const size_t *argvlen) {
    return ar__submit_argv_i(c, co, cb, ud, argc, argv, argvlen);
}

/* a refused argv submission: counted, and traced with o.on_trace */
static AR__NOINLINE void ar__refused_argv(ar_client *c, int rc, int argc, const char *const *argv, const size_t *argvlen) {
    ar__args aa;
    int valid = ar__argv_check(argc, argv, argvlen) == AR_OK;
    if (!c || !ar__refused_count(c, rc)) return;
    aa.argc = argc; aa.argv = argv; aa.argvlen = argvlen; aa.enc = NULL;
    ar__refused_args(c, rc, valid ? argc : 0, valid ? &aa : NULL, NULL);
}

AR_API int ar_command_argv_ex(ar_client *c, const ar_cmd_opts *co, ar_callback *cb, void *ud,
                              int argc, const char *const *argv, const size_t *argvlen) {
    int rc = ar__submit_check(c);
    if (!rc && ar__argv_check(argc, argv, argvlen) != AR_OK) {
        snprintf(c->errstr, sizeof c->errstr, "argv: argc must be > 0 and every argument non-NULL");
        rc = AR_ERR_INVALID;
    }
    if (!rc) rc = ar__submit_argv_i(c, co, cb, ud, argc, argv, argvlen); /* inline: the refusal check is free */
    if (rc) ar__refused_argv(c, rc, argc, argv, argvlen);
    return rc;
}

AR_API int ar_command_argv(ar_client *c, ar_callback *cb, void *ud, int argc, const char *const *argv, const size_t *argvlen) {
    return ar_command_argv_ex(c, NULL, cb, ud, argc, argv, argvlen);
}
AR_API int ar_vcommand(ar_client *c, ar_callback *cb, void *ud, const char *fmt, va_list ap) {
    int rc = ar__submit_fmt(c, NULL, cb, ud, fmt, ap);
    if (rc) ar__refused_fmt(c, rc, fmt, ap);
    return rc;
}
AR_API int ar_command(ar_client *c, ar_callback *cb, void *ud, const char *fmt, ...) {
    va_list ap;
    int rc;
    va_start(ap, fmt);
    rc = ar__submit_fmt(c, NULL, cb, ud, fmt, ap);
    if (rc) ar__refused_fmt(c, rc, fmt, ap);
    va_end(ap);
    return rc;
}
AR_API int ar_command_ex(ar_client *c, const ar_cmd_opts *co, ar_callback *cb, void *ud, const char *fmt, ...) {
    va_list ap;
    int rc;
    va_start(ap, fmt);
    rc = ar__submit_fmt(c, co, cb, ud, fmt, ap);
    if (rc) ar__refused_fmt(c, rc, fmt, ap);
    va_end(ap);
    return rc;
}

/* >>pipeline impl */
/* A pipeline or a transaction: commands encoded at queue time into buf
   (key prefix applied), submitted as one unit at exec (ring and output
   room reserved first, so the unit goes in whole or not at all). Every
   entry's callback comes here, in order; the last one completes the unit.
   While it exists the batch holds a reference on its client, so a client
   freed meanwhile stays in memory until the batch is executed or
   discarded. */
enum { AR__B_PIPE = 1, AR__B_TX };
/* the pipeline's replies are kept in chunks of 64 KB (or one reply's size),
   so keeping a slot is a copy, not an allocation */
typedef struct ar__chunk { struct ar__chunk *next; size_t used, cap; } ar__chunk;
#define AR__CHUNK_HDR ((sizeof(ar__chunk) + 15u) & ~(size_t)15u)
typedef struct ar__bcmd { size_t off, len; long long block; int kind, db, learn; } ar__bcmd; /* learn: >>learn's */
typedef struct ar__opt ar__opt;

struct ar_batch {
    ar_client *c;
    ar_allocator a;
    int type;
    int executing;
    ar_batch_opts o;
    char *buf; size_t blen, bcap;
    ar__bcmd *cmds; size_t n, ccap;
    size_t nlearn;                /* (>>learn) commands queued unprefixed, to be learned */
    ar_callback *cb; void *ud;
    size_t total, done;           /* entries submitted, completed */
    ar_err err; unsigned eflags;  /* the first client failure */
    char emsg[256];
    ar_reply *slots;              /* pipeline: each slot's reply, its insides in the arena */
    struct ar__chunk *arena;      /* pipeline: chunks the slots' children and strings live in */
    ar__opt *opt;                 /* ar_tx_optimistic's run, if any */
};

static ar_batch *ar__batch_new(ar_client *c, const ar_batch_opts *o, int type) {
    ar_batch *b;
    if (!c || !AR__ALIVE(c)) return NULL;
    b = (ar_batch *)AR__ALLOC(&c->a, sizeof *b);
    if (!b) return NULL;
    memset(b, 0, sizeof *b);
    b->c = c; b->a = c->a; b->type = type;
    if (o) b->o = *o;
    if (!b->o.max_commands) b->o.max_commands = 100000;
    if (!b->o.max_attempts) b->o.max_attempts = 16;
    c->refs++;
    return b;
}

static void ar__batch_free(ar_batch *b) {
    ar_allocator a = b->a;
    ar_client *c = b->c;
    while (b->arena) { struct ar__chunk *k = b->arena; b->arena = k->next; AR__FREE(&a, k); }
    AR__FREE(&a, b->slots);
    AR__FREE(&a, b->buf);
    AR__FREE(&a, b->cmds);
    AR__FREE(&a, b);
    if (c) ar__unref(c);
}

/* queue one command: checked, prefixed and encoded now */
static int ar__batch_add(ar_batch *b, int argc, const char *const *argv, const size_t *argvlen) {
    ar_client *c = b->c;
    ar__args aa;
    ar__bcmd *bc;
    char tmp[16];
    const char *p;
    size_t n, sz;
    int kind, rc, learn = 0;
    if (b->executing) return AR_ERR_INVALID;
    if (!AR__ALIVE(c) || (c->flags & AR__F_CLOSING)) return AR_ERR_CLOSED;
    if (ar__argv_check(argc, argv, argvlen) != AR_OK)
        return ar__refuse(c, AR_ERR_INVALID, "argv: argc must be > 0 and every argument non-NULL%.0zu", 0);
    if (b->n >= b->o.max_commands)
        return ar__refuse(c, AR_ERR_QUEUE_FULL, "this pipeline / transaction already holds max_commands (%zu) "
                          "commands (raise max_commands in its options)", b->o.max_commands);
    aa.argc = argc; aa.argv = argv; aa.argvlen = argvlen; aa.enc = NULL;
    n = ar__argn(&aa, 0, tmp, sizeof tmp, &p);
    kind = ar__cmd_kind(p, n);
    if (kind && kind != AR__K_SELECT && kind != AR__K_PING && kind != AR__K_QUIT)
        return ar__refuse(c, AR_ERR_MODE, "MULTI, EXEC, DISCARD, WATCH, UNWATCH, RESET, SUBSCRIBE and MONITOR "
                          "cannot be queued in a pipeline or transaction (use ar_tx / ar_tx_optimistic)%.0zu", 0);
    if (c->prefixlen) {
        rc = ar__apply_prefix(c, argc, &argv, &argvlen);
        if (rc == AR__LEARN_NEEDED && n && n < AR__LEARN_NAME) { /* queued unprefixed, learned before the unit (>>learn) */
            ar__lrec *r = ar__learn_rec(c, p, n);
            if (r && r->state == AR__L_REFUSED) return ar__learn_refuse(c, n, p, r->why ? r->why : "cannot be prefixed");
            rc = AR_OK;
            learn = 1;
        } else if (rc == AR__LEARN_NEEDED) {
            return ar__learn_refuse(c, n, p, "is unknown, and its name is too long to be learned");
        }
        if (rc) return rc;
        aa.argv = argv; aa.argvlen = argvlen;
    }
    if (ar__grow(&b->a, (void **)&b->cmds, &b->ccap, b->n + 1, sizeof(ar__bcmd), 16) != 0) return AR_ERR_NOMEM;
    sz = ar__argv_size(argc, argv, argvlen);
    if (ar__grow(&b->a, (void **)&b->buf, &b->bcap, b->blen + sz, 1, 1024) != 0) return AR_ERR_NOMEM;
    bc = &b->cmds[b->n];
    memset(bc, 0, sizeof *bc);
    bc->off = b->blen; bc->len = sz; bc->block = -1;
    bc->learn = learn; /* (>>learn) still unprefixed */
    ar__argv_emit(b->buf + b->blen, argc, argv, argvlen);
    if (b->type == AR__B_PIPE) { /* inside MULTI nothing blocks and SELECT waits for EXEC */
        if (argc >= 2 && n && ((p[0] | 0x20) == 'b' || (p[0] | 0x20) == 'x' || (p[0] | 0x20) == 'w')) bc->block = ar__block_ms(&aa);
        if (kind == AR__K_SELECT && argc == 2) {
            const char *q;
            size_t k = ar__argn(&aa, 1, tmp, sizeof tmp, &q), i;
            long long v = 0;
            for (i = 0; i < k && i < 10 && q[i] >= '0' && q[i] <= '9'; i++) v = v * 10 + (q[i] - '0');
            if (i == k && k && v <= INT_MAX) { bc->kind = AR__K_SELECT; bc->db = (int)v; }
        }
    }
    b->blen += sz;
    b->n++;
    b->nlearn += (size_t)learn;
    return AR_OK;
}

static int ar__batch_vadd(ar_batch *b, const char *fmt, va_list ap) {
    ar_client *c = b->c;
    ar__argsrc src;
    const char *why = NULL;
    ar__scratch *x;
    int rc;
    if (b->executing) return AR_ERR_INVALID;
    if (!AR__ALIVE(c) || (c->flags & AR__F_CLOSING)) return AR_ERR_CLOSED;
    if (!(x = ar__sx(c))) return AR_ERR_NOMEM;
    src.next = ar__va_next; src.user = NULL;
    va_copy(src.ap, ap);
    rc = ar__enc_parse(&c->a, &x->enc, fmt, &src, &why);
    va_end(src.ap);
    if (rc == AR_ERR_FORMAT) { snprintf(c->errstr, sizeof c->errstr, "format: %s", why); return rc; }
    if (rc) return rc;
    rc = ar__enc_as_argv(c);
    if (rc) return rc;
    return ar__batch_add(b, (int)x->enc.nargs, x->fargv, x->flen);
}

static void ar__opt_result(ar__opt *op, ar_client *c, const ar_reply *r);

/* the unit is complete: one delivery, then the batch is gone */
static void ar__batch_finish(ar_batch *b, ar_client *c, const ar_reply *last) {
    ar_reply fr;
    const ar_reply *out = last; /* a transaction: EXEC's outcome tells it all */
    memset(&fr, 0, sizeof fr);
    if (b->type == AR__B_PIPE) {
        if (b->err) {
            fr.err = b->err; fr.flags = b->eflags;
            fr.str = b->emsg; fr.len = strlen(b->emsg);
        } else {
            fr.type = AR_REPLY_ARRAY; fr.elements = b->n; fr.element = b->slots;
        }
        out = &fr;
    }
    if (b->opt) ar__opt_result(b->opt, c, out);
    else if (b->cb) b->cb(c, out, b->ud);
    ar__batch_free(b);
}

/* a slot's reply, copied: the root into the slot, the rest into the arena */
static int ar__batch_keep(ar_batch *b, const ar_reply *r, ar_reply *slot) {
    size_t nodes = 0, bytes = 0, need;
    ar_reply *nodep;
    char *strp;
    ar__chunk *k = b->arena;
    ar__dup_measure(r, &nodes, &bytes);
    need = (nodes * sizeof(ar_reply) + bytes + 15u) & ~(size_t)15u;
    if (need && (!k || k->cap - k->used < need)) {
        size_t cap = need > 65536u ? need : 65536u;
        k = (ar__chunk *)AR__ALLOC(&b->a, AR__CHUNK_HDR + cap);
        if (!k) return -1;
        k->next = b->arena; k->used = 0; k->cap = cap;
        b->arena = k;
    }
    nodep = need ? (ar_reply *)(void *)((char *)k + AR__CHUNK_HDR + k->used) : NULL;
    strp = need ? (char *)(nodep + nodes) : NULL;
    if (need) k->used += need;
    ar__dup_copy(r, slot, &nodep, &strp);
    return 0;
}

static void ar__batch_cb(ar_client *c, const ar_reply *r, void *ud) {
    ar_batch *b = (ar_batch *)ud;
    size_t idx = b->done++;
    if (r->err) {
        if (!b->err) {
            b->err = r->err;
            snprintf(b->emsg, sizeof b->emsg, "%.*s", (int)(r->len < 255 ? r->len : 255), r->str);
        }
        b->eflags |= r->flags & AR_REPLY_F_MAYBE_EXECUTED;
    } else if (b->type == AR__B_PIPE && b->slots) {
        if (ar__batch_keep(b, r, &b->slots[idx]) != 0 && !b->err) {
            b->err = AR_ERR_NOMEM;
            snprintf(b->emsg, sizeof b->emsg, "out of memory keeping a pipeline reply");
        }
    }
    if (b->done == b->total) ar__batch_finish(b, c, r);
}

static const char ar__multi_resp[] = "*1\r\n$5\r\nMULTI\r\n";
static const char ar__exec_resp[] = "*1\r\n$4\r\nEXEC\r\n";

/* >>learn's part of a unit: a command unknown when queued (bc->learn, kept
   unprefixed) is learned before the unit: its name's COMMAND INFO goes in
   front of the unit (unless a learn of it is on its way already) and the
   unit is held whole - its first command is a hold point - until every
   such name is answered; then it goes out as one, prefixed
   (ar__learn_release), or, when a name cannot be prefixed, none of it
   does: every command of it fails with the reason. Checked here as a
   command is at the call (learn_max, a blocking command ahead); the
   records made are taken back if the exec is refused after all. */
static size_t ar__bcmd_name(const ar_batch *b, const ar__bcmd *bc, const char **p) {
    const char *s = b->buf + bc->off;
    size_t i = 0, n = 0;
    while (s[i] != '\n') i++;
    for (i += 2; s[i] >= '0' && s[i] <= '9'; i++) n = n * 10 + (size_t)(s[i] - '0');
    *p = s + i + 2;
    return n;
}
static void ar__batch_learn_undo(ar_client *c) {
    size_t i = 0;
    while (c->lrn && i < c->lrn->n) {
        if (c->lrn->r[i]->unsent) ar__learn_del(c, c->lrn->r[i]); /* (moves the last one here) */
        else i++;
    }
}
static int ar__batch_learn_prep(ar_batch *b, size_t total, size_t bytes, size_t *nq, size_t *qbytes) {
    ar_client *c = b->c;
    size_t i, j, fresh = 0, fb = 0, n, m;
    const char *p, *q;
    *nq = 0; *qbytes = 0;
    for (i = 0; i < b->n; i++) {
        ar__lrec *r;
        if (!b->cmds[i].learn) continue;
        n = ar__bcmd_name(b, &b->cmds[i], &p);
        if ((r = ar__learn_rec(c, p, n)) != NULL) {
            if (r->state == AR__L_REFUSED) return ar__learn_refuse(c, n, p, r->why ? r->why : "cannot be prefixed");
            continue;
        }
        for (j = 0; j < i; j++) { /* the same name earlier in this unit */
            if (!b->cmds[j].learn) continue;
            m = ar__bcmd_name(b, &b->cmds[j], &q);
            if (m == n && ar__name_eq(p, q, n)) break;
        }
        if (j == i) { fresh++; fb += ar__learn_qsize(n); }
    }
    if (fresh && c->nblocking)
        return ar__refuse(c, AR_ERR_MODE, "key_prefix: the unit needs %zu commands learned (COMMAND INFO), which would "
                          "wait behind a blocking command: use o.learn_commands", fresh);
    if (fresh && (c->lrn ? c->lrn->n : 0) + fresh > (size_t)c->o.learn_max)
        return ar__refuse(c, AR_ERR_PREFIX, "key_prefix: the unit's unknown commands are more than learn_max (%zu) "
                          "allows on this connection (raise o.learn_max)", (size_t)c->o.learn_max);
    if (c->inflight.n + c->failed.n + total + fresh > c->o.max_inflight)
        return ar__refuse(c, AR_ERR_QUEUE_FULL, "the unit does not fit under max_inflight (%zu): raise o.max_inflight",
                          c->o.max_inflight);
    if (c->q_total - c->q_written + bytes + fb > c->o.max_output) return ar__out_full(c, bytes + fb);
    for (i = 0; i < b->n; i++) {
        ar__lrec *r;
        if (!b->cmds[i].learn) continue;
        n = ar__bcmd_name(b, &b->cmds[i], &p);
        if (ar__learn_rec(c, p, n)) continue;
        if (!(r = ar__learn_add(c, p, n))) { ar__batch_learn_undo(c); return AR_ERR_NOMEM; }
        r->unsent = 1;
    }
    *nq = fresh; *qbytes = fb;
    return AR_OK;
}
/* in the ring: the COMMAND INFOs first (then the caller queues the unit) */
static void ar__batch_learn_queries(ar_client *c, int timeout_ms) {
    size_t i;
    for (i = 0; c->lrn && i < c->lrn->n; i++)
        if (c->lrn->r[i]->unsent) { c->lrn->r[i]->unsent = 0; ar__learn_query(c, c->lrn->r[i], timeout_ms); }
}
/* the unit is queued: the hold point, and what was learned meanwhile applied now */
static void ar__batch_learn_queued(ar_batch *b) {
    ar_client *c = b->c;
    size_t i, n;
    const char *p;
    ar__hold_fix(c);
    for (i = 0; i < b->n; i++) {
        ar__lrec *r;
        if (!b->cmds[i].learn) continue;
        n = ar__bcmd_name(b, &b->cmds[i], &p);
        if ((r = ar__learn_rec(c, p, n)) != NULL && r->state == AR__L_KNOWN) ar__learn_release(c, r, AR_OK);
    }
}

static int ar__batch_exec(ar_batch *b, ar_callback *cb, void *ud) {
    ar_client *c = b->c;
    ar_cmd_opts co;
    size_t total = b->n + (b->type == AR__B_TX ? 2 : 0), bytes = b->blen, i, nonblock = 0, nq = 0, qbytes = 0;
    int rc;
    char *o;
    if (b->executing) return AR_ERR_INVALID;
    rc = ar__submit_check(c);
    if (rc) return rc;
    if (b->type == AR__B_PIPE && b->n == 0) return ar__refuse(c, AR_ERR_INVALID, "the pipeline is empty%.0zu", 0);
    if (c->tx_unit) return ar__refuse(c, AR_ERR_MODE, "a MULTI is open on this client: EXEC or DISCARD it first%.0zu", 0);
    if (c->subs) return ar__refuse(c, AR_ERR_MODE, "the connection is subscribed: pipelines and transactions need "
                                   "another client%.0zu", 0);
    if (b->type == AR__B_TX) bytes += sizeof ar__multi_resp - 1 + sizeof ar__exec_resp - 1;
    for (i = 0; i < b->n; i++) if (b->cmds[i].block < 0) nonblock++;
    if (c->o.refuse_behind_blocking && c->nblocking && (nonblock || b->type == AR__B_TX))
        return ar__refuse(c, AR_ERR_MODE, "a blocking command holds this connection (%zu in flight) and "
                          "o.refuse_behind_blocking is set", c->nblocking);
    if (c->inflight.n + c->failed.n + total > c->o.max_inflight)
        return ar__refuse(c, AR_ERR_QUEUE_FULL, "the unit does not fit under max_inflight (%zu): raise o.max_inflight",
                          c->o.max_inflight);
    if (c->cs != AR__S_READY && c->cs != AR__S_DRAINING && c->inflight.n - (size_t)c->hs_pending + total > c->o.offline_queue_max)
        return ar__refuse(c, AR_ERR_OFFLINE_FULL, "the unit does not fit in the offline queue (offline_queue_max %zu)",
                          c->o.offline_queue_max);
    if (c->q_total - c->q_written + bytes > c->o.max_output) return ar__out_full(c, bytes);
    if (b->type == AR__B_PIPE) {
        b->slots = (ar_reply *)AR__ALLOC(&b->a, b->n * sizeof(ar_reply));
        if (!b->slots) return AR_ERR_NOMEM;
        memset(b->slots, 0, b->n * sizeof(ar_reply));
    }
    b->cb = cb; b->ud = ud;
    if (b->type == AR__B_TX && c->wgen && c->watch_lost) {
        /* the WATCH it relies on was lost: nothing is sent, it fails next turn */
        ar__entry e;
        memset(&e, 0, sizeof e);
        e.cb = ar__batch_cb; e.ud = b; e.err = AR_ERR_WATCH_LOST;
        if (c->o.on_trace) /* one entry for the unit: traced as its EXEC */
            ar__trace_resp(c, &e, AR_TRACE_F_TRANSACTION, ar__exec_resp, 0, sizeof ar__exec_resp - 1, NULL, 0);
        if (ar__ring_push(&c->a, &c->failed, &e) != 0) { ar__trace_undo(c, &e); return AR_ERR_NOMEM; }
        c->wgen = 0; c->watch_lost = 0;
        b->executing = 1; b->total = 1;
        c->st.commands++;
        AR__NOTE_OWED(c);
        ar__timer_update(c);
        return AR_OK;
    }
    if (b->nlearn && (rc = ar__batch_learn_prep(b, total, bytes, &nq, &qbytes)) != AR_OK) return rc; /* (>>learn) */
    if (ar__ring_reserve(&c->a, &c->inflight, total + nq) != 0) { ar__batch_learn_undo(c); return AR_ERR_NOMEM; }
    o = ar__out_reserve(c, bytes + qbytes);
    if (!o) { ar__batch_learn_undo(c); return AR_ERR_NOMEM; }
    /* from here nothing can fail: every command goes in */
    b->executing = 1; b->total = total;
    memset(&co, 0, sizeof co);
    co.timeout_ms = b->o.timeout_ms;
    if (nq) ar__batch_learn_queries(c, co.timeout_ms);
    if (b->type == AR__B_PIPE) {
        unsigned unit = ++c->unit_seq;
        for (i = 0; i < b->n; i++) {
            const ar__bcmd *bc = &b->cmds[i];
            memcpy(c->out + c->out_len, b->buf + bc->off, bc->len);
            memset(&c->pl, 0, sizeof c->pl);
            c->pl.unit = unit; c->pl.wgen = c->wgen; c->pl.block = bc->block; c->pl.db = bc->db;
            c->pl.flags = (i == 0 ? AR__E_UNIT_FIRST : 0u) | (bc->kind == AR__K_SELECT ? AR__E_SELECT : 0u) |
                          (bc->learn ? AR__E_HOLD | AR__E_LEARN : 0u) | (i == 0 && b->nlearn ? AR__E_HOLD : 0u);
            ar__submit_entry(c, &co, ar__batch_cb, b, bc->len, bc->len, 0);
        }
        if (b->nlearn) ar__batch_learn_queued(b);
        return AR_OK;
    }
    memcpy(c->out + c->out_len, ar__multi_resp, sizeof ar__multi_resp - 1);
    memset(&c->pl, 0, sizeof c->pl);
    c->pl.kind = AR__K_MULTI; c->pl.unit = c->unit_seq + 1; c->pl.wgen = c->wgen; c->pl.block = -1;
    c->pl.flags = AR__E_UNIT_FIRST | (b->nlearn ? AR__E_HOLD : 0u);
    ar__submit_entry(c, &co, ar__batch_cb, b, sizeof ar__multi_resp - 1, sizeof ar__multi_resp - 1, 0);
    for (i = 0; i < b->n; i++) {
        const ar__bcmd *bc = &b->cmds[i];
        memcpy(c->out + c->out_len, b->buf + bc->off, bc->len);
        memset(&c->pl, 0, sizeof c->pl);
        c->pl.unit = c->tx_unit; c->pl.wgen = c->wgen; c->pl.block = -1;
        c->pl.flags = bc->learn ? AR__E_HOLD | AR__E_LEARN : 0u;
        ar__submit_entry(c, &co, ar__batch_cb, b, bc->len, bc->len, 0);
    }
    memcpy(c->out + c->out_len, ar__exec_resp, sizeof ar__exec_resp - 1);
    memset(&c->pl, 0, sizeof c->pl);
    c->pl.kind = AR__K_EXEC; c->pl.unit = c->tx_unit; c->pl.wgen = c->wgen; c->pl.block = -1;
    ar__submit_entry(c, &co, ar__batch_cb, b, sizeof ar__exec_resp - 1, sizeof ar__exec_resp - 1, 0);
    if (b->nlearn) ar__batch_learn_queued(b);
    return AR_OK;
}

AR_API ar_pipeline *ar_pipeline_new(ar_client *c, const ar_pipeline_opts *o) { return ar__batch_new(c, o, AR__B_PIPE); }
AR_API ar_tx *ar_tx_new(ar_client *c, const ar_tx_opts *o) { return ar__batch_new(c, o, AR__B_TX); }
AR_API size_t ar_pipeline_size(const ar_pipeline *p) { return p->n; }

AR_API int ar_pipeline_vcommand(ar_pipeline *p, const char *fmt, va_list ap) {
    return p && p->type == AR__B_PIPE ? ar__batch_vadd(p, fmt, ap) : AR_ERR_INVALID;
}
AR_API int ar_pipeline_command(ar_pipeline *p, const char *fmt, ...) {
    va_list ap;
    int rc;
    va_start(ap, fmt);
    rc = ar_pipeline_vcommand(p, fmt, ap);
    va_end(ap);
    return rc;
}
AR_API int ar_pipeline_command_argv(ar_pipeline *p, int argc, const char *const *argv, const size_t *argvlen) {
    return p && p->type == AR__B_PIPE ? ar__batch_add(p, argc, argv, argvlen) : AR_ERR_INVALID;
}
/* a refused exec: each of its commands counted and traced as refused */
static int ar__batch_refused(ar_batch *b, int rc) {
    ar_client *c = b->c;
    size_t i;
    int trace = 0;
    if (!rc || b->executing || !c || !AR__ALIVE(c)) return rc;
    for (i = 0; i < b->n + (b->type == AR__B_TX ? 2u : 0u); i++) trace = ar__refused_count(c, rc);
    if (!trace) return rc;
    if (b->type == AR__B_TX) ar__refused_resp(c, rc, ar__multi_resp, sizeof ar__multi_resp - 1, AR_TRACE_F_TRANSACTION);
    for (i = 0; i < b->n; i++)
        ar__refused_resp(c, rc, b->buf + b->cmds[i].off, b->cmds[i].len,
                         b->type == AR__B_TX ? AR_TRACE_F_TRANSACTION : AR_TRACE_F_PIPELINE);
    if (b->type == AR__B_TX) ar__refused_resp(c, rc, ar__exec_resp, sizeof ar__exec_resp - 1, AR_TRACE_F_TRANSACTION);
    return rc;
}

AR_API int ar_pipeline_exec(ar_pipeline *p, ar_callback *cb, void *ud) {
    return p && p->type == AR__B_PIPE ? ar__batch_refused(p, ar__batch_exec(p, cb, ud)) : AR_ERR_INVALID;
}
AR_API void ar_pipeline_discard(ar_pipeline *p) {
    if (p && p->type == AR__B_PIPE && !p->executing) ar__batch_free(p);
}

AR_API int ar_tx_vcommand(ar_tx *t, const char *fmt, va_list ap) {
    return t && t->type == AR__B_TX ? ar__batch_vadd(t, fmt, ap) : AR_ERR_INVALID;
}
AR_API int ar_tx_command(ar_tx *t, const char *fmt, ...) {
    va_list ap;
    int rc;
    va_start(ap, fmt);
    rc = ar_tx_vcommand(t, fmt, ap);
    va_end(ap);
    return rc;
}
AR_API int ar_tx_command_argv(ar_tx *t, int argc, const char *const *argv, const size_t *argvlen) {
    return t && t->type == AR__B_TX ? ar__batch_add(t, argc, argv, argvlen) : AR_ERR_INVALID;
}
AR_API int ar_tx_exec(ar_tx *t, ar_callback *cb, void *ud) {
    return t && t->type == AR__B_TX ? ar__batch_refused(t, ar__batch_exec(t, cb, ud)) : AR_ERR_INVALID;
}

/* >>optimistic: WATCH, the user's reads and writes, EXEC; again on conflict */
struct ar__opt {
    ar_allocator a;
    ar_batch_opts o;
    int nkeys, attempt;
    const char **keys;            /* "WATCH" then the keys, copied after the arrays */
    size_t *klens;
    ar_tx_fn *fn;
    ar_callback *done;
    void *ud;
};

static void ar__opt_free(ar__opt *op) { ar_allocator a = op->a; AR__FREE(&a, op); }

/* done runs, the run is over */
static void ar__opt_end(ar__opt *op, ar_client *c, const ar_reply *r) {
    ar_callback *done = op->done;
    void *ud = op->ud;
    ar__opt_free(op);
    if (done) done(c, r, ud);
}

static void ar__opt_fail(ar__opt *op, ar_client *c, ar_err err) {
    ar_reply r;
    memset(&r, 0, sizeof r);
    r.err = err;
    r.str = c->errstr[0] && (err == AR_ERR_MODE || err == AR_ERR_QUEUE_FULL || err == AR_ERR_OFFLINE_FULL ||
                              err == AR_ERR_OUTPUT_FULL || ar__err_has_story(err)) ? c->errstr : ar_strerror(err);
    r.len = strlen(r.str);
    ar__opt_end(op, c, &r);
}

static void ar__opt_watch_cb(ar_client *c, const ar_reply *r, void *ud) {
    ar__opt *op = (ar__opt *)ud;
    ar_tx *tx;
    if (r->err || r->type == AR_REPLY_ERROR || !AR__ALIVE(c)) { ar__opt_end(op, c, r); return; }
    tx = ar__batch_new(c, &op->o, AR__B_TX);
    if (!tx) { ar__opt_fail(op, c, AR_ERR_NOMEM); return; }
    tx->opt = op;
    op->attempt++;
    op->fn(c, tx, op->attempt, op->ud);
}

static int ar__opt_watch(ar__opt *op, ar_client *c) {
    return ar_command_argv_ex(c, NULL, ar__opt_watch_cb, op, op->nkeys + 1, op->keys, op->klens);
}

/* EXEC's outcome: a conflict (nil) starts over while attempts remain */
static void ar__opt_result(ar__opt *op, ar_client *c, const ar_reply *r) {
    if (!r->err && r->type == AR_REPLY_NIL && op->attempt < op->o.max_attempts && AR__ALIVE(c)) {
        int rc = ar__opt_watch(op, c);
        if (rc == AR_OK) return;
        ar__opt_fail(op, c, (ar_err)rc);
        return;
    }
    ar__opt_end(op, c, r);
}

static void ar__opt_abort_cb(ar_client *c, const ar_reply *r, void *ud) {
    ar_reply x = *r;
    ar__opt *op = (ar__opt *)ud;
    if (r->err == AR_ERR_TX_ABORTED) { x.str = "ar_tx_discard: the optimistic transaction was given up"; x.len = strlen(x.str); }
    ar__opt_end(op, c, &x);
}

AR_API void ar_tx_discard(ar_tx *t) {
    ar_client *c;
    ar__opt *op;
    if (!t || t->type != AR__B_TX || t->executing) return;
    c = t->c; op = t->opt;
    if (op) { /* an optimistic run given up: UNWATCH, done gets TX_ABORTED next turn */
        ar__entry e;
        t->opt = NULL;
        memset(&e, 0, sizeof e);
        e.cb = ar__opt_abort_cb; e.ud = op; e.err = AR_ERR_TX_ABORTED;
        if (AR__ALIVE(c) && !(c->flags & AR__F_CLOSING)) {
            const char *uw[1];
            uw[0] = "UNWATCH";
            ar_command_argv(c, NULL, NULL, 1, uw, NULL);
        }
        if (!AR__ALIVE(c)) e.err = AR_ERR_CLOSED;
        if (!AR__ALIVE(c) || ar__ring_push(&c->a, &c->failed, &e) != 0) ar__fail_entry(c, &e, e.err, 0);
        else ar__timer_update(c);
    }
    ar__batch_free(t);
}

AR_API int ar_tx_optimistic(ar_client *c, const ar_tx_opts *o, int nkeys, const char *const *keys,
                            const size_t *keylens, ar_tx_fn *fn, ar_callback *done, void *ud) {
    ar__opt *op;
    size_t bytes = 0, i;
    char *w;
    int rc;
    if (!c || nkeys <= 0 || !keys || !fn) return AR_ERR_INVALID;
    rc = ar__submit_check(c);
    if (rc) return rc;
    for (i = 0; i < (size_t)nkeys; i++) {
        if (!keys[i]) return AR_ERR_INVALID;
        bytes += keylens ? keylens[i] : strlen(keys[i]);
    }
    op = (ar__opt *)AR__ALLOC(&c->a, sizeof *op + (size_t)(nkeys + 1) * (sizeof(char *) + sizeof(size_t)) + bytes + 8);
    if (!op) return AR_ERR_NOMEM;
    memset(op, 0, sizeof *op);
    op->a = c->a;
    if (o) op->o = *o;
    if (!op->o.max_attempts) op->o.max_attempts = 16;
    op->nkeys = nkeys; op->fn = fn; op->done = done; op->ud = ud;
    op->keys = (const char **)(void *)(op + 1);
    op->klens = (size_t *)(void *)(op->keys + nkeys + 1);
    w = (char *)(op->klens + nkeys + 1);
    op->keys[0] = "WATCH"; op->klens[0] = 5;
    for (i = 0; i < (size_t)nkeys; i++) {
        size_t l = keylens ? keylens[i] : strlen(keys[i]);
        memcpy(w, keys[i], l);
        op->keys[i + 1] = w; op->klens[i + 1] = l;
        w += l;
    }
    rc = ar__opt_watch(op, c);
    if (rc != AR_OK) ar__opt_free(op);
    return rc;
}

/* >>pubsub impl */
/* Every subscribed name is one ar__chan (by kind and wire name: with the
   key prefix), found by hash, listing the handles that hold it. A handle
   lists its ar__chan. A name goes to the server when its first handle
   takes it and leaves when its last handle lets go. The table is what a
   new connection subscribes to again (the setup replays it). */
typedef struct ar__chan {
    struct ar__chan *next;       /* hash chain */
    unsigned hash;
    int kind;
    size_t len;
    char *name;                  /* after the struct, NUL-terminated */
    ar_sub **subs; size_t nsubs, subcap;
    int confirmed;               /* a server confirmed it: a new connection replays it (an
                                    unconfirmed one still has its own SUBSCRIBE queued) */
} ar__chan;

struct ar_sub {
    ar_client *c;
    ar_sub *next, *prev;         /* the client's list */
    int kind;
    ar_message_cb *on_message;
    ar_callback *on_confirm;
    void *ud;
    ar__chan **chans; size_t nch, chcap;
    int pending;                 /* its SUBSCRIBE's confirmation still owed */
    int closing;                 /* holds nothing any more: freed when nothing is owed */
    struct ar__subop *unsub_op;  /* the unsubscribe that emptied it: the handle stays
                                    valid until that one's callback has run */
    unsigned long long stamp;    /* the last message delivered to it */
};

/* an unsubscribe in progress: its server commands, one user callback; the
   answered handles it emptied wait in `closed` (off the client's list, so
   the mode is back to normal) until that callback has run */
typedef struct ar__subop { ar_callback *cb; void *ud; int pending; ar_err err; char msg[200]; ar_sub *closed; } ar__subop;

static const char ar__sub_cmd[3][12] = { "SUBSCRIBE", "PSUBSCRIBE", "SSUBSCRIBE" };
static const char ar__unsub_cmd[3][13] = { "UNSUBSCRIBE", "PUNSUBSCRIBE", "SUNSUBSCRIBE" };

static unsigned ar__chash(int kind, const char *p, size_t n) {
    unsigned h = 2166136261u ^ (unsigned)kind;
    size_t i;
    for (i = 0; i < n; i++) { h ^= (unsigned char)p[i]; h *= 16777619u; }
    return h;
}

static ar__chan *ar__chan_find(const ar_client *c, int kind, const char *p, size_t n) {
    ar__chan *ch;
    unsigned h;
    if (!c->ccap) return NULL;
    h = ar__chash(kind, p, n);
    for (ch = c->ctab[h & (c->ccap - 1)]; ch; ch = ch->next)
        if (ch->hash == h && ch->kind == kind && ch->len == n && memcmp(ch->name, p, n) == 0) return ch;
    return NULL;
}

static int ar__chan_rehash(ar_client *c, size_t ncap) {
    ar__chan **nt = (ar__chan **)AR__ALLOC(&c->a, ncap * sizeof(ar__chan *));
    size_t i;
    if (!nt) return -1;
    memset(nt, 0, ncap * sizeof(ar__chan *));
    for (i = 0; i < c->ccap; i++) {
        ar__chan *ch = c->ctab[i], *nx;
        for (; ch; ch = nx) { nx = ch->next; ch->next = nt[ch->hash & (ncap - 1)]; nt[ch->hash & (ncap - 1)] = ch; }
    }
    AR__FREE(&c->a, c->ctab);
    c->ctab = nt; c->ccap = ncap;
    return 0;
}

static ar__chan *ar__chan_get(ar_client *c, int kind, const char *p, size_t n) {
    ar__chan *ch = ar__chan_find(c, kind, p, n);
    if (ch) return ch;
    if (c->cn + 1 > c->ccap && ar__chan_rehash(c, c->ccap ? c->ccap * 2 : 16) != 0) return NULL;
    ch = (ar__chan *)AR__ALLOC(&c->a, sizeof *ch + n + 1);
    if (!ch) return NULL;
    memset(ch, 0, sizeof *ch);
    ch->kind = kind; ch->len = n; ch->hash = ar__chash(kind, p, n);
    ch->name = (char *)(ch + 1);
    memcpy(ch->name, p, n); ch->name[n] = 0;
    ch->next = c->ctab[ch->hash & (c->ccap - 1)];
    c->ctab[ch->hash & (c->ccap - 1)] = ch;
    c->cn++;
    return ch;
}

static void ar__chan_drop(ar_client *c, ar__chan *ch) {
    ar__chan **pp = &c->ctab[ch->hash & (c->ccap - 1)];
    while (*pp && *pp != ch) pp = &(*pp)->next;
    if (*pp) *pp = ch->next;
    c->cn--;
    c->chan_gen++;
    AR__FREE(&c->a, ch->subs);
    AR__FREE(&c->a, ch);
}

static int ar__chan_has(const ar__chan *ch, const ar_sub *s) {
    size_t i;
    for (i = 0; i < ch->nsubs; i++) if (ch->subs[i] == s) return 1;
    return 0;
}

/* s lets go of ch (kept in the table; the caller drops it when unheld) */
static void ar__chan_unlink(ar__chan *ch, ar_sub *s) {
    size_t i;
    s->c->chan_gen++;
    for (i = 0; i < ch->nsubs; i++) if (ch->subs[i] == s) { ch->subs[i] = ch->subs[--ch->nsubs]; break; }
    for (i = 0; i < s->nch; i++) if (s->chans[i] == ch) { s->chans[i] = s->chans[--s->nch]; break; }
}

static void ar__sub_free(ar_sub *s) {
    ar_client *c = s->c;
    if (s->prev) s->prev->next = s->next; else c->subs = s->next;
    if (s->next) s->next->prev = s->prev;
    AR__FREE(&c->a, s->chans);
    AR__FREE(&c->a, s);
}

/* every name of kind the table holds, as an argv after the command name
   (for the setup's replay and for unsubscribe-all); 0 when there is none,
   -1 without memory */
static int ar__sub_argv(ar_client *c, int kind, const char ***argvp, size_t **lensp) {
    size_t i, k = 1, n = 0;
    const char **av;
    size_t *al;
    for (i = 0; i < c->ccap; i++) { const ar__chan *ch; for (ch = c->ctab[i]; ch; ch = ch->next) if (ch->kind == kind && ch->confirmed) n++; }
    if (!n) return 0;
    av = (const char **)AR__ALLOC(&c->a, (n + 1) * (sizeof(char *) + sizeof(size_t)));
    if (!av) return -1;
    al = (size_t *)(void *)(av + n + 1);
    av[0] = ar__sub_cmd[kind]; al[0] = strlen(av[0]);
    for (i = 0; i < c->ccap; i++) {
        const ar__chan *ch;
        for (ch = c->ctab[i]; ch; ch = ch->next) if (ch->kind == kind && ch->confirmed) { av[k] = ch->name; al[k] = ch->len; k++; }
    }
    *argvp = av; *lensp = al;
    return (int)k;
}

/* the handles' state on the wire is counted in confirmations; a message
   or confirmation is an array whose first element names it */
enum { AR__P_NONE = 0, AR__P_MESSAGE, AR__P_PMESSAGE, AR__P_SMESSAGE, AR__P_CONFIRM, AR__P_SCONFIRM, AR__P_PONG };
static int ar__push_kind(const ar_reply *r) {
    const ar_reply *h;
    if (r->type != AR_REPLY_ARRAY || r->elements < 2 || r->elements > 4) return AR__P_NONE;
    h = &r->element[0];
    if (h->type != AR_REPLY_STRING) return AR__P_NONE;
    switch (h->len) {
    case 4: return memcmp(h->str, "pong", 4) == 0 && r->elements == 2 ? AR__P_PONG : AR__P_NONE;
    case 7:
        if (memcmp(h->str, "message", 7) == 0 && r->elements == 3) return AR__P_MESSAGE;
        return AR__P_NONE;
    case 8:
        if (r->elements == 3 && memcmp(h->str, "smessage", 8) == 0) return AR__P_SMESSAGE;
        if (r->elements == 4 && memcmp(h->str, "pmessage", 8) == 0) return AR__P_PMESSAGE;
        return AR__P_NONE;
    case 9: case 10: case 11: case 12:
        if (r->elements != 3 || r->element[2].type != AR_REPLY_INTEGER) return AR__P_NONE;
        if ((h->len == 9 && memcmp(h->str, "subscribe", 9) == 0) || (h->len == 10 && memcmp(h->str, "psubscribe", 10) == 0) ||
            (h->len == 11 && memcmp(h->str, "unsubscribe", 11) == 0) || (h->len == 12 && memcmp(h->str, "punsubscribe", 12) == 0))
            return AR__P_CONFIRM;
        if ((h->len == 10 && memcmp(h->str, "ssubscribe", 10) == 0) || (h->len == 12 && memcmp(h->str, "sunsubscribe", 12) == 0))
            return AR__P_SCONFIRM;
        return AR__P_NONE;
    default: return AR__P_NONE;
    }
}

/* a message: to every handle holding its channel (or pattern), each once
   (stamped with the message's number). The handle is looked up in the
   table again before each delivery, so one that lets go, or joins, or the
   client freed from inside a callback is seen at once. */
static int ar__route(ar_client *c, const ar_reply *r, int pk) {
    ar_message m;
    const ar_reply *key = &r->element[1];
    int kind = pk == AR__P_PMESSAGE ? AR_SUB_PATTERN : pk == AR__P_SMESSAGE ? AR_SUB_SHARD : AR_SUB_CHANNEL;
    unsigned long long seq = ++c->msg_seq;
    int delivered = 0;
    ar__chan *ch;
    unsigned gen;
    size_t i;
    if (key->type != AR_REPLY_STRING) return -1;
    memset(&m, 0, sizeof m);
    m.kind = kind;
    if (pk == AR__P_PMESSAGE) {
        m.pattern = key->str; m.pattern_len = key->len;
        m.channel = r->element[2].str; m.channel_len = r->element[2].len;
        m.payload = r->element[3].str; m.payload_len = r->element[3].len;
    } else {
        m.channel = key->str; m.channel_len = key->len;
        m.payload = r->element[2].str; m.payload_len = r->element[2].len;
    }
    if (!m.channel || !m.payload) return -1;
    if (c->prefixlen) { /* the user sees the names it subscribed with */
        if (m.channel_len >= c->prefixlen && memcmp(m.channel, c->prefix, c->prefixlen) == 0) {
            m.channel += c->prefixlen; m.channel_len -= c->prefixlen;
        }
        if (m.pattern && m.pattern_len >= c->prefixlen && memcmp(m.pattern, c->prefix, c->prefixlen) == 0) {
            m.pattern += c->prefixlen; m.pattern_len -= c->prefixlen;
        }
    }
    /* every handle holding the name, once each, although a callback may
       subscribe or let go (then the name is looked up again) */
    ch = ar__chan_find(c, kind, key->str, key->len);
    gen = c->chan_gen;
    for (i = 0;;) {
        ar_sub *s = NULL;
        if (c->chan_gen != gen) { ch = ar__chan_find(c, kind, key->str, key->len); gen = c->chan_gen; i = 0; }
        if (ch) for (; i < ch->nsubs && !s; i++) if (ch->subs[i]->stamp != seq) s = ch->subs[i];
        if (!s) break;
        s->stamp = seq;
        delivered = 1;
        c->st.messages++;
        c->cb_depth++;
        s->on_message(c, s, &m, s->ud);
        c->cb_depth--;
        if (!AR__ALIVE(c)) return 1;
    }
    if (!delivered) c->st.messages_dropped++;
    return 0;
}

/* a pub/sub reply on the wire: a message is routed, a confirmation counts
   down its command (popped at the last), a PONG answers its PING.
   Returns 1 when handled (or the client was freed: check AR__ALIVE), 0 when
   r is an ordinary reply, -1 on a protocol error. */
static int ar__pubsub_reply(ar_client *c, const ar_reply *r) {
    ar__entry *h = c->inflight.n ? ar__ring_at(&c->inflight, 0) : NULL;
    int pk;
    if (!(c->srv_cp + c->srv_sh > 0 || (h && (h->flags & AR__E_PUBSUB)))) return 0;
    pk = ar__push_kind(r);
    switch (pk) {
    case AR__P_MESSAGE: case AR__P_PMESSAGE: case AR__P_SMESSAGE:
        if (c->srv_cp + c->srv_sh == 0) return 0;
        return ar__route(c, r, pk) < 0 ? -1 : 1;
    case AR__P_CONFIRM: case AR__P_SCONFIRM: {
        ar__entry e;
        ar_reply x;
        if (!h || !(h->flags & AR__E_PUBSUB)) return -1;
        if (pk == AR__P_CONFIRM) c->srv_cp = r->element[2].integer; else c->srv_sh = r->element[2].integer;
        {   /* a name subscribed: from now on a new connection replays it */
            const ar_reply *w = &r->element[0], *nm = &r->element[1];
            int kind = w->len == 9 ? AR_SUB_CHANNEL : w->str[0] == 'p' ? AR_SUB_PATTERN : AR_SUB_SHARD;
            if ((w->len == 9 || w->len == 10) && nm->type == AR_REPLY_STRING) {
                ar__chan *ch = ar__chan_find(c, kind, nm->str, nm->len);
                if (ch) ch->confirmed = 1;
            }
        }
        if (--h->pend > 0) return 1;
        e = ar__ring_pop(&c->inflight);
        if (!(e.flags & AR__E_SETUP)) c->st.replies++;
        memset(&x, 0, sizeof x);
        x.type = AR_REPLY_INTEGER;
        x.integer = c->srv_cp + c->srv_sh;
        ar__deliver(c, &e, &x);
        return 1;
    }
    default: return 0; /* PONG and errors: ordinary replies to the head */
    }
}

/* the library's own (P|S)(UN)SUBSCRIBE: names already prefixed, pend set */
static int ar__psub_submit(ar_client *c, int argc, const char *const *argv, const size_t *lens, ar_callback *cb, void *ud) {
    int rc;
    c->psub_internal = 1;
    c->noprefix = 1;
    rc = ar__submit_argv(c, NULL, cb, ud, argc, argv, lens);
    c->psub_internal = 0;
    c->noprefix = 0;
    return rc;
}

/* names through the key prefix (as the command table says for channels
   and patterns): views in the scratch's fargv / flen, [0] the command */
static int ar__sub_names(ar_client *c, const char *cmd, int n, const char *const *names, const size_t *lens,
                         const char *const **avp, const size_t **alp) {
    int i, rc;
    ar__scratch *x = ar__sx(c);
    if (!x) return AR_ERR_NOMEM;
    if (ar__grow(&c->a, (void **)&x->fargv, &x->fcap, (size_t)n + 1, sizeof(char *), 8) != 0 ||
        ar__grow(&c->a, (void **)&x->flen, &x->flcap, (size_t)n + 1, sizeof(size_t), 8) != 0) return AR_ERR_NOMEM;
    x->fargv[0] = cmd; x->flen[0] = strlen(cmd);
    for (i = 0; i < n; i++) {
        if (!names[i]) return ar__refuse(c, AR_ERR_INVALID, "subscribe: a NULL name%.0zu", 0);
        x->fargv[i + 1] = names[i];
        x->flen[i + 1] = lens ? lens[i] : strlen(names[i]);
    }
    *avp = x->fargv; *alp = x->flen;
    if (!c->prefixlen) return AR_OK;
    rc = ar__apply_prefix(c, n + 1, avp, alp);
    return rc == AR__LEARN_NEEDED ? AR_ERR_PREFIX : rc;
}

static void ar__sub_confirm_cb(ar_client *c, const ar_reply *r, void *ud) {
    ar_sub *s = (ar_sub *)ud;
    /* the server said no (ACL, cross-slot...), or the command failed (the
       client gave up, was closed or freed, a protocol error): the handle
       holds nothing, and is freed after the callback */
    int refused = r->err || r->type == AR_REPLY_ERROR;
    s->pending--;
    if (refused) {
        while (s->nch) {
            ar__chan *ch = s->chans[0];
            ar__chan_unlink(ch, s);
            if (!ch->nsubs) ar__chan_drop(c, ch);
        }
        s->closing = 1;
    }
    if (s->on_confirm) {
        c->cb_depth++;
        s->on_confirm(c, r, s->ud);
        c->cb_depth--;
    }
    if (AR__ALIVE(c) && s->closing && !s->pending && !s->unsub_op) ar__sub_free(s);
}

AR_API int ar_subscribe(ar_client *c, int kind, int n, const char *const *names, const size_t *lens,
                        ar_message_cb *on_message, ar_callback *on_confirm, void *ud, ar_sub **out) {
    const char *const *av;
    const size_t *al;
    ar_sub *s;
    int i, rc;
    if (out) *out = NULL;
    rc = ar__submit_check(c);
    if (rc) return rc;
    if (kind < AR_SUB_CHANNEL || kind > AR_SUB_SHARD || n <= 0 || !names || !on_message)
        return ar__refuse(c, AR_ERR_INVALID, "ar_subscribe: kind, n > 0, names and on_message are required%.0zu", 0);
    if (c->tx_unit) return ar__refuse(c, AR_ERR_MODE, "SUBSCRIBE inside MULTI is not supported%.0zu", 0);
    rc = ar__sub_names(c, ar__sub_cmd[kind], n, names, lens, &av, &al);
    if (rc) return rc;
    s = (ar_sub *)AR__ALLOC(&c->a, sizeof *s);
    if (!s) return AR_ERR_NOMEM;
    memset(s, 0, sizeof *s);
    s->c = c; s->kind = kind; s->on_message = on_message; s->on_confirm = on_confirm; s->ud = ud;
    s->next = c->subs; if (c->subs) c->subs->prev = s; c->subs = s;
    for (i = 1; i <= n; i++) {
        ar__chan *ch = ar__chan_get(c, kind, av[i], al[i]);
        if (!ch) goto nomem;
        if (ar__chan_has(ch, s)) continue; /* the same name twice in one call */
        if (ar__grow(&c->a, (void **)&ch->subs, &ch->subcap, ch->nsubs + 1, sizeof(ar_sub *), 2) != 0 ||
            ar__grow(&c->a, (void **)&s->chans, &s->chcap, s->nch + 1, sizeof(ar__chan *), 4) != 0) {
            if (!ch->nsubs) ar__chan_drop(c, ch);
            goto nomem;
        }
        ch->subs[ch->nsubs++] = s;
        s->chans[s->nch++] = ch;
    }
    rc = ar__psub_submit(c, n + 1, av, al, ar__sub_confirm_cb, s);
    if (rc) goto undo;
    s->pending = 1;
    if (out) *out = s;
    return AR_OK;
nomem:
    rc = AR_ERR_NOMEM;
undo:
    while (s->nch) {
        ar__chan *ch = s->chans[0];
        ar__chan_unlink(ch, s);
        if (!ch->nsubs) ar__chan_drop(c, ch);
    }
    ar__sub_free(s);
    return rc;
}

/* the handles op emptied: valid until now; freed unless a SUBSCRIBE is owed */
static void ar__subop_release(ar_client *c, ar__subop *op) {
    ar_sub *s, *nx;
    for (s = op->closed; s; s = nx) { /* answered, off the list: always freed here */
        nx = s->next;
        AR__FREE(&c->a, s->chans);
        AR__FREE(&c->a, s);
    }
    op->closed = NULL;
    for (s = c->subs; s; s = nx) {
        nx = s->next;
        if (s->unsub_op != op) continue;
        s->unsub_op = NULL;
        if (AR__ALIVE(c) && !s->pending) ar__sub_free(s);
    }
}

static void ar__subop_cb(ar_client *c, const ar_reply *r, void *ud) {
    ar__subop *op = (ar__subop *)ud;
    ar_reply x;
    if (r->err && !op->err) {
        op->err = r->err;
        snprintf(op->msg, sizeof op->msg, "%.*s", (int)(r->len < 199 ? r->len : 199), r->str);
    }
    if (--op->pending > 0) return;
    memset(&x, 0, sizeof x);
    if (op->err) { x.err = op->err; x.str = op->msg; x.len = strlen(op->msg); }
    else { x.type = AR_REPLY_INTEGER; x.integer = c->srv_cp + c->srv_sh; }
    if (op->cb) {
        c->cb_depth++;
        op->cb(c, &x, op->ud);
        c->cb_depth--;
    }
    ar__subop_release(c, op);
    AR__FREE(&c->a, op);
}

/* the names in list[0..n) let go by s (NULL: every handle); those no handle
   holds any more go to the server in one (P|S)UNSUBSCRIBE per kind */
static int ar__unsub(ar_client *c, ar_sub *only, int n, const char *const *names, const size_t *lens,
                     ar_callback *cb, void *ud) {
    ar__subop *op;
    const char **av[3] = { NULL, NULL, NULL };
    size_t *al[3] = { NULL, NULL, NULL }, cnt[3] = { 0, 0, 0 }, cap[3] = { 0, 0, 0 };
    ar__chan **gone = NULL;
    size_t ngone = 0, gcap = 0, i;
    int k, rc = AR_OK, sent = 0, local;
    ar_sub *s, *nx;
    if (!c) return AR_ERR_INVALID;
    AR__FORKCHECK(c);
    if (c->flags & (AR__F_FREEING | AR__F_CLOSING)) return AR_ERR_CLOSED;
    local = c->cs == AR__S_DOWN; /* nothing to tell a server: done here */
    op = (ar__subop *)AR__ALLOC(&c->a, sizeof *op);
    if (!op) return AR_ERR_NOMEM;
    memset(op, 0, sizeof *op);
    op->cb = cb; op->ud = ud;
    if (only && n > 0) {
        const char *const *pv;
        const size_t *pl;
        rc = ar__sub_names(c, ar__unsub_cmd[only->kind], n, names, lens, &pv, &pl);
        if (rc) { AR__FREE(&c->a, op); return rc; }
        for (i = 1; i <= (size_t)n; i++) {
            ar__chan *ch = ar__chan_find(c, only->kind, pv[i], pl[i]);
            if (!ch || !ar__chan_has(ch, only)) continue;
            ar__chan_unlink(ch, only);
            if (!ch->nsubs) {
                if (ar__grow(&c->a, (void **)&gone, &gcap, ngone + 1, sizeof(ar__chan *), 8) != 0) { rc = AR_ERR_NOMEM; break; }
                gone[ngone++] = ch;
            }
        }
    } else {
        for (s = only ? only : c->subs; s; s = only ? NULL : s->next) {
            while (s->nch && rc == AR_OK) {
                ar__chan *ch = s->chans[0];
                ar__chan_unlink(ch, s);
                if (!ch->nsubs) {
                    if (ar__grow(&c->a, (void **)&gone, &gcap, ngone + 1, sizeof(ar__chan *), 8) != 0) { rc = AR_ERR_NOMEM; break; }
                    gone[ngone++] = ch;
                }
            }
        }
    }
    /* the argv per kind: the names point into the ar__chan, freed after */
    for (i = 0; i < ngone && rc == AR_OK; i++) {
        size_t acap;
        k = gone[i]->kind;
        acap = cap[k];
        if (ar__grow(&c->a, (void **)&av[k], &cap[k], cnt[k] + 2, sizeof(char *), 8) != 0 ||
            ar__grow(&c->a, (void **)&al[k], &acap, cnt[k] + 2, sizeof(size_t), 8) != 0) { rc = AR_ERR_NOMEM; break; }
        if (cnt[k] == 0) { av[k][0] = ar__unsub_cmd[k]; al[k][0] = strlen(ar__unsub_cmd[k]); cnt[k] = 1; }
        av[k][cnt[k]] = gone[i]->name; al[k][cnt[k]] = gone[i]->len; cnt[k]++;
    }
    for (k = 0; k < 3 && rc == AR_OK; k++) {
        if (!cnt[k] || local) continue;
        op->pending++;
        if (ar__psub_submit(c, (int)cnt[k], av[k], al[k], ar__subop_cb, op) != AR_OK) { op->pending--; rc = AR_ERR_NOMEM; }
        else sent++;
    }
    for (i = 0; i < ngone; i++) ar__chan_drop(c, gone[i]);
    for (k = 0; k < 3; k++) { AR__FREE(&c->a, av[k]); AR__FREE(&c->a, al[k]); }
    AR__FREE(&c->a, gone);
    /* handles that hold nothing now are freed once their SUBSCRIBE is answered
       and this unsubscribe's callback has run (until then they refuse more) */
    for (s = c->subs; s; s = nx) {
        nx = s->next;
        if (s->nch || s->closing) continue;
        s->closing = 1;
        s->unsub_op = op;
        if (!s->pending) { /* answered: off the client's list now, freed after the callback */
            if (s->prev) s->prev->next = s->next; else c->subs = s->next;
            if (s->next) s->next->prev = s->prev;
            s->prev = NULL;
            s->next = op->closed;
            op->closed = s;
        }
    }
    if (!sent) { /* nothing for the server: completed on the next turn */
        ar__entry e;
        memset(&e, 0, sizeof e);
        e.cb = ar__subop_cb; e.ud = op; e.err = AR_OK;
        op->pending = 1;
        if (ar__ring_push(&c->a, &c->failed, &e) != 0) { ar__subop_release(c, op); AR__FREE(&c->a, op); return AR_ERR_NOMEM; }
        ar__timer_update(c);
        return rc;
    }
    return rc;
}

AR_API int ar_sub_unsubscribe(ar_sub *s, int n, const char *const *names, const size_t *lens, ar_callback *cb, void *ud) {
    if (!s || s->closing) return AR_ERR_INVALID;
    if (n < 0 || (n > 0 && !names)) return AR_ERR_INVALID;
    return ar__unsub(s->c, s, n, names, lens, cb, ud);
}
AR_API int ar_unsubscribe_all(ar_client *c, ar_callback *cb, void *ud) { return ar__unsub(c, NULL, 0, NULL, NULL, cb, ud); }
AR_API size_t ar_sub_names(const ar_sub *s) { return s ? s->nch : 0; }

static int ar__publish(ar_client *c, const char *cmd, const char *ch, size_t chlen, const void *msg, size_t len,
                       ar_callback *cb, void *ud) {
    const char *av[3];
    size_t al[3];
    if (!ch || (!msg && len)) return AR_ERR_INVALID;
    av[0] = cmd; al[0] = strlen(cmd);
    av[1] = ch; al[1] = chlen ? chlen : strlen(ch);
    av[2] = msg ? (const char *)msg : ""; al[2] = len;
    return ar_command_argv(c, cb, ud, 3, av, al);
}
AR_API int ar_publish(ar_client *c, const char *channel, size_t channel_len, const void *msg, size_t len, ar_callback *cb, void *ud) {
    return ar__publish(c, "PUBLISH", channel, channel_len, msg, len, cb, ud);
}
AR_API int ar_spublish(ar_client *c, const char *channel, size_t channel_len, const void *msg, size_t len, ar_callback *cb, void *ud) {
    return ar__publish(c, "SPUBLISH", channel, channel_len, msg, len, cb, ud);
}

/* ar_client_free: every handle and name goes */
static void ar__pubsub_free(ar_client *c) {
    size_t i;
    while (c->subs) ar__sub_free(c->subs);
    for (i = 0; i < c->ccap; i++) {
        ar__chan *ch = c->ctab[i], *nx;
        for (; ch; ch = nx) { nx = ch->next; AR__FREE(&c->a, ch->subs); AR__FREE(&c->a, ch); }
    }
    AR__FREE(&c->a, c->ctab);
    c->ctab = NULL; c->ccap = c->cn = 0;
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
    if (o->key_prefix && o->key_prefix[0] && !o->prefixer && !o->prefixer_learned)
        return "key_prefix needs a prefixer: include asyncredis_commands.h and set o.prefixer = ar_cmdtab_prefix_argv";
    if (!o->learner != !o->prefixer_learned)
        return "learning commands needs both o.learner = ar_cmdtab_learn and o.prefixer_learned = ar_cmdtab_prefix_learned";
    if (o->learn_max < 0 || o->learn_max > 1024) return "learn_max must be between 0 (default: 32) and 1024";
    if (o->learn_commands) {
        const char *q = o->learn_commands;
        int n = 0, l;
        while (*q) {
            while (*q == ' ' || *q == ',') q++;
            if (!*q) break;
            for (l = 0; q[l] && q[l] != ' ' && q[l] != ','; l++) {}
            if (l >= 64) return "learn_commands: a name longer than 63 bytes";
            n++; q += l;
        }
        if (n > (o->learn_max ? o->learn_max : 32)) return "learn_commands lists more names than learn_max (raise o.learn_max)";
    }
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
#ifndef ASYNCREDIS_TLS
    if (o->tls) return "TLS (rediss://) needs the implementation compiled with ASYNCREDIS_TLS defined and "
                       "linked with -lssl -lcrypto (OpenSSL)";
#endif
    if (o->tls && o->tls_options.key_file && !o->tls_options.cert_file) return "tls_options.key_file needs cert_file";
    if (o->idempotent_commands) {
        size_t i;
        for (i = 0; o->idempotent_commands[i]; i++)
            if (!o->idempotent_commands[i][0] || strlen(o->idempotent_commands[i]) > 32) return "idempotent_commands: names are 1 to 32 bytes";
    }
    return NULL;
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

/* bytes of s with its NUL (0 for NULL); s copied to *sp (NULL for NULL) */
static size_t ar__slen(const char *s) { return s ? strlen(s) + 1 : 0; }
static char *ar__stail(char **sp, const char *s) {
    char *d = *sp;
    size_t n = ar__slen(s);
    if (!s) return NULL;
    memcpy(d, s, n);
    *sp += n;
    return d;
}

AR_API ar_client *ar_client_new(const ar_options *oin, const char **why) {
    const char *w, *hostsrc, *prefsrc;
    ar_allocator a;
    ar_client *c;
    size_t tail;
    char *sp;
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
    /* the strings it keeps go after the struct, in the same allocation */
    hostsrc = o->path ? NULL : o->host ? o->host : "127.0.0.1";
    prefsrc = o->key_prefix && o->key_prefix[0] ? o->key_prefix : NULL;
    tail = ar__slen(o->password) + ar__slen(o->username) + ar__slen(o->client_name) + ar__slen(o->path) +
           ar__slen(hostsrc) + ar__slen(prefsrc) + ar__slen(o->tls_options.server_name) + ar__slen(o->learn_commands);
    c = (ar_client *)AR__ALLOC(&a, sizeof *c + tail);
    if (!c) { if (why) *why = "out of memory"; return NULL; }
    memset(c, 0, sizeof *c);
    c->a = a;
    c->o = *o;
    c->o.allocator = NULL;
    c->o.hooks = NULL;
    c->o.limits = ar__limits_fill(&o->limits); /* the parser reads them here */
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
    if (!c->o.offline_queue_max) c->o.offline_queue_max = c->o.max_inflight; /* bounded like the connected path */
    if (!c->o.learn_max) c->o.learn_max = 32;
    c->rng = (unsigned)(size_t)c ^ (unsigned)ar_now_ms();
    c->fork_gen = ar__fork_generation();
    {
        const char *const *names = o->idempotent_commands;
        size_t n = 0, i, k;
        if (names) while (names[n]) n++;
        else c->nidem = sizeof ar__idem_defaults / sizeof ar__idem_defaults[0]; /* read from the table */
        c->nidem_want = n;
        if (n) {
            c->idem = (char **)AR__ALLOC(&a, n * (sizeof(char *) + 33));
            if (c->idem) {
                char *sp = (char *)(c->idem + n);
                for (i = 0; i < n; i++, sp += 33) {
                    const char *name = names[i];
                    for (k = 0; name[k] && k < 32; k++) {
                        char ch = name[k];
                        sp[k] = (char)(ch >= 'a' && ch <= 'z' ? ch - 32 : ch);
                    }
                    sp[k] = 0;
                    c->idem[i] = sp;
                }
                c->nidem = n;
            }
        }
    }
    sp = (char *)(c + 1);
    c->password = ar__stail(&sp, o->password);
    c->username = ar__stail(&sp, o->username);
    c->client_name = ar__stail(&sp, o->client_name);
    c->path = ar__stail(&sp, o->path);
    c->host = ar__stail(&sp, hostsrc);
    c->prefix = ar__stail(&sp, prefsrc);
    c->prefixlen = prefsrc ? strlen(prefsrc) : 0;
    c->tls_sni = ar__stail(&sp, o->tls_options.server_name);
    c->o.learn_commands = ar__stail(&sp, o->learn_commands);
    if ((!c->idem && c->nidem_want) || ar__parser_init(&c->parser, &c->o.limits, &c->a) != 0) {
        ar__parser_destroy(&c->parser);
        AR__FREE(&a, c->idem); AR__FREE(&a, c);
        if (ubuf != ubuf_small) AR__FREE(&a, ubuf);
        if (why) *why = "out of memory";
        return NULL;
    }
    if (ubuf != ubuf_small) AR__FREE(&a, ubuf); /* everything from the URI is copied now */
    {
        const char *tw = ar__tls_new(c);
        if (tw) {
            ar__tls_free(c);
            ar__parser_destroy(&c->parser);
            AR__FREE(&a, c->idem); AR__FREE(&a, c);
            if (why) *why = tw;
            return NULL;
        }
        c->o.tls_options.server_name = c->tls_sni;
        c->o.tls_options.ca_file = c->o.tls_options.ca_dir = NULL; /* loaded: the user's strings are not kept */
        c->o.tls_options.cert_file = c->o.tls_options.key_file = NULL;
        c->o.tls_options.ssl_ctx = NULL;
    }
    c->o.host = c->host; c->o.path = c->path; c->o.key_prefix = c->prefix;
    c->o.username = c->username; c->o.password = c->password; c->o.client_name = c->client_name;
    c->o.uri = NULL; c->o.idempotent_commands = NULL;
    if (o->hooks) { c->mode = AR__M_HOOKS; c->drv.hooks = *o->hooks; }
    else if (o->loop) {
        c->mode = AR__M_LOOP; c->loop = o->loop;
        ar_timer_init(o->loop, &c->drv.ltimer);
        c->lnext = o->loop->clients;
        if (c->lnext) c->lnext->lprev = c;
        o->loop->clients = c;
    }
    ar__connect_start(c);
    return c;
}

static void ar__free_mem(ar_client *c) {
    ar_allocator a = c->a;
    if (c->mode == AR__M_HOOKS && c->drv.hooks.cleanup) c->drv.hooks.cleanup(c->drv.hooks.data);
    if (c->mode == AR__M_LOOP) {
        ar_timer_stop(&c->drv.ltimer);
        if (c->lprev) c->lprev->lnext = c->lnext; else c->loop->clients = c->lnext;
        if (c->lnext) c->lnext->lprev = c->lprev;
    }
    ar__pubsub_free(c);
    ar__tls_free(c);
    ar__parser_destroy(&c->parser);
    ar__sx_free(c);
    ar__learn_free(c);
    AR__FREE(&a, c->out);
    AR__FREE(&a, c->zc);
    AR__FREE(&a, c->inflight.e);
    AR__FREE(&a, c->failed.e);
    AR__FREE(&a, c->idem);
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
    was = c->cs == AR__S_READY || c->cs == AR__S_DRAINING;
    ar__dns_drop(c);
    if (c->ai) { ASYNCREDIS_FREEADDRINFO(c->ai); c->ai = c->ai_next = NULL; }
    ar__close_fd(c);
    ar__timer_set(c, -1);
    c->cs = AR__S_DOWN;
    c->down_err = AR_ERR_CLOSED;
    ar__fail_queued(c, AR_ERR_CLOSED, written);
    ar__fail_all(c, &c->parent, AR_ERR_CLOSED, 0);
    ar__fail_all(c, &c->failed, AR_ERR_CLOSED, 0);
    if (was && c->o.on_disconnect) c->o.on_disconnect(c, AR_ERR_CLOSED, c->o.data);
    ar__unref(c);
}

AR_API void ar_client_close(ar_client *c) {
    if (!c || (c->flags & (AR__F_FREEING | AR__F_CLOSING))) return;
    c->flags |= AR__F_CLOSING;
    c->refs++;
    if (c->cs == AR__S_READY) ar__enter(c, AR__S_DRAINING);
    else if (c->cs == AR__S_BACKOFF) {
        /* no connection to finish them on: what is queued fails, closed */
        c->down_err = AR_ERR_CLOSED;
        ar__enter(c, AR__S_DOWN);
        ar__fail_queued(c, AR_ERR_CLOSED, 0);
        if (AR__ALIVE(c)) ar__out_clear(c);
    }
    /* connecting: the connection is finished, then drained; DOWN: only
       what is already failed is delivered. Either way the timer frees the
       client once nothing is left (ar__drained). */
    if (AR__ALIVE(c)) ar__timer_update(c);
    ar__unref(c);
}

AR_API int ar_client_reconnect(ar_client *c) {
    if (!c) return AR_ERR_INVALID;
    AR__FORKCHECK(c);
    if (c->flags & (AR__F_FREEING | AR__F_CLOSING)) return AR_ERR_CLOSED;
    if (c->cs != AR__S_DOWN) return ar__refuse(c, AR_ERR_BUSY, "ar_client_reconnect: the client has not given up "
                                               "(it is connecting, connected or waiting to reconnect)%.0zu", 0);
    c->attempt = 0;
    c->down_err = AR_OK;
    c->tls_fatal = 0;
    ar__connect_start(c); /* failures are reported on a later turn, never inside this call */
    return AR_OK;
}

AR_API ar_state ar_client_state(const ar_client *c) {
    switch (c->cs) {
    case AR__S_RESOLVING: case AR__S_CONNECTING: case AR__S_TLS: case AR__S_SETUP: return AR_STATE_CONNECTING;
    case AR__S_READY: return AR_STATE_CONNECTED;
    case AR__S_DRAINING: return AR_STATE_CLOSING;
    case AR__S_BACKOFF: return AR_STATE_RECONNECTING;
    default: return AR_STATE_DISCONNECTED;
    }
}

AR_API unsigned ar_client_modes(const ar_client *c) {
    unsigned m = 0;
    if (c->tx_unit) m |= AR_MODE_MULTI;
    if (c->wgen) m |= AR_MODE_WATCH;
    if (c->nblocking) m |= AR_MODE_BLOCKED;
    if (c->subs) m |= AR_MODE_SUBSCRIBED;
    if (c->tx_doomed || c->watch_lost) m |= AR_MODE_LOST;
    return m;
}

AR_API int ar_client_fd(const ar_client *c) { return c->fd; }
AR_API size_t ar_client_inflight(const ar_client *c) { return c->inflight.n + c->failed.n + c->parent.n; }
AR_API size_t ar_client_pending_output(const ar_client *c) { return (size_t)(c->q_total - c->q_written); }
AR_API void *ar_client_data(const ar_client *c) { return c->o.data; }
AR_API const char *ar_client_errstr(const ar_client *c) { return c->errstr; }
AR_API void ar_client_stats(const ar_client *c, ar_stats *out) {
    const ar__stats *s = &c->st;
    int i;
    out->commands = s->commands; out->replies = s->replies; out->failures = s->failures;
    out->writes = s->writes; out->reads = s->reads; out->bytes_out = s->bytes_out; out->bytes_in = s->bytes_in;
    out->connects = s->connects; out->messages = s->messages; out->messages_dropped = s->messages_dropped;
    out->redis_errors = s->redis_errors; out->maybe_executed = s->maybe_executed; out->refused = s->refused;
    out->disconnects = s->disconnects; out->reconnects = s->reconnects; out->timeouts = s->timeouts;
    out->inflight_peak = s->inflight_peak;
    for (i = 0; i < AR_ERR_COUNT_; i++) out->errors[i] = s->errors[i];
    out->inflight = c->inflight.n + c->failed.n + c->parent.n - (size_t)c->hs_pending;
    out->offline_queue = c->cs == AR__S_READY || c->cs == AR__S_DRAINING ? 0u : c->inflight.n - (size_t)c->hs_pending;
}

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
    AR__FREE(&l->a, l->rbuf);
    AR__FREE(&l->a, l);
}

/* >>pump */
AR_API long long ar_pump(ar_client *c) {
    long long r = -1, now;
    if (!c || !AR__ALIVE(c)) return -2;
    c->refs++;
    AR__FORKCHECK(c);
    if (c->cs == AR__S_RESOLVING) ar_handle_read(c);
    if (AR__ALIVE(c) && ((c->cs == AR__S_CONNECTING && !c->connfail_err) || c->cs == AR__S_TLS)) ar_handle_write(c);
    if (AR__ALIVE(c) && c->fd >= 0 && (c->cs == AR__S_SETUP || c->cs == AR__S_READY || c->cs == AR__S_DRAINING))
        ar_handle_read(c);
    if (AR__ALIVE(c) && c->fd >= 0 && (c->io_want & AR__WRITE) &&
        (c->cs == AR__S_SETUP || c->cs == AR__S_READY || c->cs == AR__S_DRAINING))
        ar__flush(c);
    now = ar_now_ms();
    if (AR__ALIVE(c) && c->timer_at >= 0 && (c->timer_at == 0 || now >= c->timer_at))
        ar_handle_timer(c);
    if (!AR__ALIVE(c)) r = -2;
    else if ((c->flags & AR__F_MORE) || c->timer_at == 0 || c->failed.n || c->parent.n) r = 0;
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
static int ar__cond_connected(ar_client *c, void *arg) { (void)arg; return ar_client_state(c) != AR_STATE_CONNECTING; }

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
        ar__trace_forget(e, slot, ar__sync_cb); /* traced: the callback is behind ar__trace_cb */
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
    if (rc) ar__refused_fmt(c, rc, fmt, ap);
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
    if (c->cs != AR__S_READY) {
        const char *m = ar_strerror(c->last_err ? c->last_err : AR_ERR_CONNECT);
        if (ar_client_state(c) == AR_STATE_CONNECTING) m = ar_strerror(AR_ERR_TIMEOUT);
        if (why) *why = m;
        c->refs--;
        ar_client_free(c);
        return NULL;
    }
    ar__unref(c);
    return c;
}


/* >>script impl */
/* SHA1 (FIPS 180-4), 32-bit words kept in unsigned long and masked */
#define AR__ROL32(x, k) ((((x) << (k)) | ((x) >> (32 - (k)))) & 0xffffffffUL)
typedef struct ar__sha1 { unsigned long h[5]; unsigned long long n; unsigned char b[64]; size_t fill; } ar__sha1;

static void ar__sha1_block(unsigned long h[5], const unsigned char *p) {
    unsigned long w[80], a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f, k, t;
    int i;
    for (i = 0; i < 16; i++, p += 4)
        w[i] = ((unsigned long)p[0] << 24) | ((unsigned long)p[1] << 16) | ((unsigned long)p[2] << 8) | (unsigned long)p[3];
    for (; i < 80; i++) w[i] = AR__ROL32(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    for (i = 0; i < 80; i++) {
        if (i < 20) { f = (b & c) | (~b & d); k = 0x5a827999UL; }
        else if (i < 40) { f = b ^ c ^ d; k = 0x6ed9eba1UL; }
        else if (i < 60) { f = (b & c) | (b & d) | (c & d); k = 0x8f1bbcdcUL; }
        else { f = b ^ c ^ d; k = 0xca62c1d6UL; }
        t = (AR__ROL32(a, 5) + (f & 0xffffffffUL) + e + k + w[i]) & 0xffffffffUL;
        e = d; d = c; c = AR__ROL32(b, 30); b = a; a = t;
    }
    h[0] = (h[0] + a) & 0xffffffffUL; h[1] = (h[1] + b) & 0xffffffffUL; h[2] = (h[2] + c) & 0xffffffffUL;
    h[3] = (h[3] + d) & 0xffffffffUL; h[4] = (h[4] + e) & 0xffffffffUL;
}

static void ar__sha1_update(ar__sha1 *s, const unsigned char *p, size_t n) {
    s->n += n;
    if (s->fill) {
        size_t k = 64 - s->fill < n ? 64 - s->fill : n;
        memcpy(s->b + s->fill, p, k);
        s->fill += k; p += k; n -= k;
        if (s->fill < 64) return;
        ar__sha1_block(s->h, s->b);
        s->fill = 0;
    }
    for (; n >= 64; p += 64, n -= 64) ar__sha1_block(s->h, p);
    if (n) { memcpy(s->b, p, n); s->fill = n; }
}

AR_API void ar_sha1_hex(const void *data, size_t len, char out[41]) {
    static const char hex[] = "0123456789abcdef";
    ar__sha1 s;
    unsigned char pad[72];
    unsigned long long bits;
    size_t np;
    int i;
    memset(&s, 0, sizeof s);
    s.h[0] = 0x67452301UL; s.h[1] = 0xefcdab89UL; s.h[2] = 0x98badcfeUL; s.h[3] = 0x10325476UL; s.h[4] = 0xc3d2e1f0UL;
    if (len) ar__sha1_update(&s, (const unsigned char *)data, len);
    bits = s.n * 8;
    np = (s.fill < 56 ? 56 : 120) - s.fill;   /* 0x80, zeros, to 8 bytes short of a block */
    memset(pad, 0, sizeof pad);
    pad[0] = 0x80;
    for (i = 0; i < 8; i++) pad[np + (size_t)i] = (unsigned char)(bits >> (56 - 8 * i));
    ar__sha1_update(&s, pad, np + 8);
    for (i = 0; i < 20; i++) {
        unsigned v = (unsigned)(s.h[i / 4] >> (24 - 8 * (i % 4))) & 0xffu;
        out[2 * i] = hex[v >> 4]; out[2 * i + 1] = hex[v & 15];
    }
    out[40] = 0;
}

AR_API int ar_script_init(ar_script *s, const char *src, size_t len) {
    if (!s || !src) return AR_ERR_INVALID;
    s->src = src;
    s->len = len ? len : strlen(src);
    ar_sha1_hex(src, s->len, s->sha1);
    return AR_OK;
}

/* a typed failure as a reply view (str: the client's message for refusals
   that explain themselves, else the error's name) */
static void ar__typed_reply(const ar_client *c, ar_reply *r, int rc) {
    memset(r, 0, sizeof *r);
    r->type = AR_REPLY_NONE;
    r->err = (ar_err)rc;
    r->str = (rc == AR_ERR_PREFIX || rc == AR_ERR_INVALID) && c->errstr[0] ? c->errstr : ar_strerror(rc);
    r->len = strlen(r->str);
}

/* keys and args of EVAL / EVALSHA / FCALL: counts and pointers usable? */
static int ar__kv_check(ar_client *c, int nkeys, const char *const *keys, int nargs, const char *const *args) {
    int i, null = 0;
    if (nkeys < 0 || nargs < 0 || nargs > INT_MAX - 3 || nkeys > INT_MAX - 3 - nargs ||
        (nkeys && !keys) || (nargs && !args)) {
        snprintf(c->errstr, sizeof c->errstr, "script: nkeys and nargs must be >= 0, with their arrays");
        return AR_ERR_INVALID;
    }
    for (i = 0; i < nkeys; i++) if (!keys[i]) null = 1;
    for (i = 0; i < nargs; i++) if (!args[i]) null = 1;
    if (null) {
        snprintf(c->errstr, sizeof c->errstr, "script: a key or argument is NULL");
        return AR_ERR_INVALID;
    }
    return AR_OK;
}

/* argv[2..]: numkeys, the keys, the args, as views of the caller's memory */
static void ar__kv_fill(const char **argv, size_t *lens, const char *numkeys,
                        int nkeys, const char *const *keys, const size_t *keylens,
                        int nargs, const char *const *args, const size_t *arglens) {
    int i, k = 3;
    argv[2] = numkeys; lens[2] = strlen(numkeys);
    for (i = 0; i < nkeys; i++, k++) { argv[k] = keys[i]; lens[k] = keylens ? keylens[i] : strlen(keys[i]); }
    for (i = 0; i < nargs; i++, k++) { argv[k] = args[i]; lens[k] = arglens ? arglens[i] : strlen(args[i]); }
}

/* offsets inside one allocation that holds a struct, size_t[] and char*[] */
typedef union ar__align { void *p; size_t z; long long ll; double d; } ar__align;
#define AR__ALIGN_UP(n) (((n) + sizeof(ar__align) - 1) / sizeof(ar__align) * sizeof(ar__align))

/* One script run: EVALSHA first, EVAL on NOSCRIPT. A single allocation:
   this struct, the argv lengths and views, then a copy of the keys and
   args (for the second submission). */
typedef struct ar__script_run {
    ar_callback *cb;
    void *ud;
    const char *src;
    size_t srclen;
    ar_cmd_opts co;
    int has_co, ro, fallback, argc;
    const char **argv;
    size_t *argvlen;
    char sha1[41];
    char numkeys[16];
} ar__script_run;

static void ar__script_cb(ar_client *c, const ar_reply *r, void *ud) {
    ar__script_run *run = (ar__script_run *)ud;
    ar_allocator a = c->a;
    ar_callback *cb = run->cb;
    void *cud = run->ud;
    ar_reply fail;
    if (!run->fallback && r->err == AR_OK && ar_reply_is_error(r, "NOSCRIPT")) {
        int rc;
        run->fallback = 1;
        run->argv[0] = run->ro ? "EVAL_RO" : "EVAL";
        run->argvlen[0] = run->ro ? 7 : 4;
        run->argv[1] = run->src;
        run->argvlen[1] = run->srclen;
        rc = ar_command_argv_ex(c, run->has_co ? &run->co : NULL, ar__script_cb, run, run->argc, run->argv, run->argvlen);
        if (rc == AR_OK) return;          /* the user sees EVAL's reply */
        ar__typed_reply(c, &fail, rc);    /* refused (client closing, ...): typed, once */
        r = &fail;
    }
    AR__FREE(&a, run);
    if (cb) cb(c, r, cud);
}

static int ar__script_eval(ar_client *c, const ar_script *s, const ar_cmd_opts *co, int ro,
                           int nkeys, const char *const *keys, const size_t *keylens,
                           int nargs, const char *const *args, const size_t *arglens,
                           ar_callback *cb, void *ud) {
    ar__script_run *run;
    size_t bytes, off_len, off_argv, off_data;
    int argc, i, rc;
    char *w;
    if (!c) return AR_ERR_INVALID;
    for (i = 0; s && i < 40 && ((s->sha1[i] >= '0' && s->sha1[i] <= '9') || (s->sha1[i] >= 'a' && s->sha1[i] <= 'f')); i++) {}
    if (!s || !s->src || i < 40 || s->sha1[40]) {
        snprintf(c->errstr, sizeof c->errstr, "script: not initialised (ar_script_init)");
        return AR_ERR_INVALID;
    }
    rc = ar__kv_check(c, nkeys, keys, nargs, args);
    if (rc) return rc;
    argc = 3 + nkeys + nargs;
    for (i = 0, bytes = 0; i < nkeys + nargs; i++) {   /* the copies' size */
        size_t l = i < nkeys ? (keylens ? keylens[i] : strlen(keys[i]))
                             : (arglens ? arglens[i - nkeys] : strlen(args[i - nkeys]));
        if (l > (size_t)-1 / 4 - bytes) return AR_ERR_INVALID;
        bytes += l;
    }
    off_len = AR__ALIGN_UP(sizeof(ar__script_run));
    off_argv = off_len + AR__ALIGN_UP((size_t)argc * sizeof(size_t));
    off_data = off_argv + (size_t)argc * sizeof(char *);
    run = (ar__script_run *)AR__ALLOC(&c->a, off_data + bytes + 1);
    if (!run) return AR_ERR_NOMEM;
    memset(run, 0, sizeof *run);
    run->argvlen = (size_t *)(void *)((char *)run + off_len);
    run->argv = (const char **)(void *)((char *)run + off_argv);
    snprintf(run->numkeys, sizeof run->numkeys, "%d", nkeys);
    ar__kv_fill(run->argv, run->argvlen, run->numkeys, nkeys, keys, keylens, nargs, args, arglens);
    w = (char *)run + off_data;
    for (i = 3; i < argc; i++) {   /* the keys and args, copied for the EVAL */
        if (run->argvlen[i]) memcpy(w, run->argv[i], run->argvlen[i]);
        run->argv[i] = w;
        w += run->argvlen[i];
    }
    run->cb = cb; run->ud = ud; run->ro = ro; run->argc = argc;
    run->src = s->src; run->srclen = s->len;
    if (co) { run->co = *co; run->has_co = 1; }
    memcpy(run->sha1, s->sha1, 41);
    run->argv[0] = ro ? "EVALSHA_RO" : "EVALSHA";
    run->argvlen[0] = ro ? 10 : 7;
    run->argv[1] = run->sha1;
    run->argvlen[1] = 40;
    rc = ar_command_argv_ex(c, co, ar__script_cb, run, argc, run->argv, run->argvlen);
    if (rc != AR_OK) AR__FREE(&c->a, run);
    return rc;
}

AR_API int ar_script_eval(ar_client *c, const ar_script *s, const ar_cmd_opts *co,
                          int nkeys, const char *const *keys, const size_t *keylens,
                          int nargs, const char *const *args, const size_t *arglens,
                          ar_callback *cb, void *ud) {
    return ar__script_eval(c, s, co, 0, nkeys, keys, keylens, nargs, args, arglens, cb, ud);
}
AR_API int ar_script_eval_ro(ar_client *c, const ar_script *s, const ar_cmd_opts *co,
                             int nkeys, const char *const *keys, const size_t *keylens,
                             int nargs, const char *const *args, const size_t *arglens,
                             ar_callback *cb, void *ud) {
    return ar__script_eval(c, s, co, 1, nkeys, keys, keylens, nargs, args, arglens, cb, ud);
}

AR_API int ar_script_load(ar_client *c, const ar_script *s, ar_callback *cb, void *ud) {
    const char *argv[3];
    size_t lens[3];
    if (!c) return AR_ERR_INVALID;
    if (!s || !s->src) {
        snprintf(c->errstr, sizeof c->errstr, "script: not initialised (ar_script_init)");
        return AR_ERR_INVALID;
    }
    argv[0] = "SCRIPT"; lens[0] = 6;
    argv[1] = "LOAD"; lens[1] = 4;
    argv[2] = s->src; lens[2] = s->len;
    return ar_command_argv_ex(c, NULL, cb, ud, 3, argv, lens);
}

static int ar__fcall(ar_client *c, const ar_cmd_opts *co, int ro, const char *fname,
                     int nkeys, const char *const *keys, const size_t *keylens,
                     int nargs, const char *const *args, const size_t *arglens,
                     ar_callback *cb, void *ud) {
    const char *sargv[16];
    size_t slen[16], *lens = slen, off;
    const char **argv = sargv;
    char numkeys[16];
    void *heap = NULL;
    int argc, rc;
    if (!c) return AR_ERR_INVALID;
    if (!fname) {
        snprintf(c->errstr, sizeof c->errstr, "fcall: the function name is NULL");
        return AR_ERR_INVALID;
    }
    rc = ar__kv_check(c, nkeys, keys, nargs, args);
    if (rc) return rc;
    argc = 3 + nkeys + nargs;
    if (argc > 16) {   /* views only: the submission copies the bytes */
        off = AR__ALIGN_UP((size_t)argc * sizeof(size_t));
        heap = AR__ALLOC(&c->a, off + (size_t)argc * sizeof(char *));
        if (!heap) return AR_ERR_NOMEM;
        lens = (size_t *)heap;
        argv = (const char **)(void *)((char *)heap + off);
    }
    snprintf(numkeys, sizeof numkeys, "%d", nkeys);
    argv[0] = ro ? "FCALL_RO" : "FCALL"; lens[0] = ro ? 8 : 5;
    argv[1] = fname; lens[1] = strlen(fname);
    ar__kv_fill(argv, lens, numkeys, nkeys, keys, keylens, nargs, args, arglens);
    rc = ar_command_argv_ex(c, co, cb, ud, argc, argv, lens);
    AR__FREE(&c->a, heap);
    return rc;
}

AR_API int ar_fcall(ar_client *c, const ar_cmd_opts *co, const char *fname,
                    int nkeys, const char *const *keys, const size_t *keylens,
                    int nargs, const char *const *args, const size_t *arglens,
                    ar_callback *cb, void *ud) {
    return ar__fcall(c, co, 0, fname, nkeys, keys, keylens, nargs, args, arglens, cb, ud);
}
AR_API int ar_fcall_ro(ar_client *c, const ar_cmd_opts *co, const char *fname,
                       int nkeys, const char *const *keys, const size_t *keylens,
                       int nargs, const char *const *args, const size_t *arglens,
                       ar_callback *cb, void *ud) {
    return ar__fcall(c, co, 1, fname, nkeys, keys, keylens, nargs, args, arglens, cb, ud);
}

/* >>scan impl */
/* The iterator: options copied into one allocation, the cursor (digits
   copied out of each reply), and for strip_prefix a scratch array of
   shallow element copies. */
typedef struct ar__scan {
    ar_scan_cb *cb;
    void *ud;
    int kind, strip;
    ar_cmd_opts co;
    const char *key, *match, *type;    /* into this block (NULL: not given) */
    size_t keylen, matchlen, typelen;
    char count[24];
    char cursor[24];
    size_t countlen, cursorlen;
    ar_reply *copy;                    /* strip_prefix scratch */
    size_t copycap;
} ar__scan;

static void ar__scan_cb(ar_client *c, const ar_reply *r, void *ud);

/* send the next SCAN / HSCAN / SSCAN / ZSCAN with the current cursor */
static int ar__scan_next(ar_client *c, ar__scan *it) {
    static const char names[4][6] = { "SCAN", "HSCAN", "SSCAN", "ZSCAN" };
    const char *argv[10];
    size_t lens[10];
    int n = 0;
    argv[n] = names[it->kind]; lens[n++] = it->kind == AR_SCAN_KEYS ? 4 : 5;
    if (it->kind != AR_SCAN_KEYS) { argv[n] = it->key; lens[n++] = it->keylen; }
    argv[n] = it->cursor; lens[n++] = it->cursorlen;
    if (it->match) {
        argv[n] = "MATCH"; lens[n++] = 5;
        argv[n] = it->match; lens[n++] = it->matchlen;
    } else if (it->kind == AR_SCAN_KEYS && c->prefixlen) {
        /* under a key prefix a SCAN sees only the client's own keys: the
           prefixer turns this into MATCH <escaped prefix>* */
        argv[n] = "MATCH"; lens[n++] = 5;
        argv[n] = "*"; lens[n++] = 1;
    }
    if (it->countlen) {
        argv[n] = "COUNT"; lens[n++] = 5;
        argv[n] = it->count; lens[n++] = it->countlen;
    }
    if (it->type) {
        argv[n] = "TYPE"; lens[n++] = 4;
        argv[n] = it->type; lens[n++] = it->typelen;
    }
    return ar_command_argv_ex(c, &it->co, ar__scan_cb, it, n, argv, lens);
}

static void ar__scan_free(ar_allocator *a, ar__scan *it) {
    AR__FREE(a, it->copy);
    AR__FREE(a, it);
}

static void ar__scan_cb(ar_client *c, const ar_reply *r, void *ud) {
    ar__scan *it = (ar__scan *)ud;
    ar_allocator a = c->a;
    const ar_reply *batch = r;
    ar_reply fail, view;
    int last = 1, rc;
    if (r->err == AR_OK && r->type != AR_REPLY_ERROR) {
        const ar_reply *cur = r->type == AR_REPLY_ARRAY && r->elements == 2 ? &r->element[0] : NULL;
        size_t i;
        int ok = cur && cur->type == AR_REPLY_STRING && cur->len > 0 && cur->len < sizeof it->cursor &&
                 r->element[1].type == AR_REPLY_ARRAY;
        for (i = 0; ok && i < cur->len; i++) ok = cur->str[i] >= '0' && cur->str[i] <= '9';
        if (!ok) {
            memset(&fail, 0, sizeof fail);
            fail.err = AR_ERR_PROTOCOL;
            fail.str = "scan: the reply is not [cursor, [items]]";
            fail.len = strlen(fail.str);
            batch = &fail;
        } else {
            memcpy(it->cursor, cur->str, cur->len);
            it->cursor[cur->len] = 0;
            it->cursorlen = cur->len;
            last = cur->len == 1 && cur->str[0] == '0';
            batch = &r->element[1];
            if (!last && batch->elements == 0) goto next;   /* empty intermediate batch: skipped */
            if (it->strip && c->prefixlen && batch->elements) {
                if (ar__grow(&a, (void **)&it->copy, &it->copycap, batch->elements, sizeof(ar_reply), 16) != 0) {
                    ar__typed_reply(c, &fail, AR_ERR_NOMEM);
                    batch = &fail;
                    last = 1;
                } else {
                    for (i = 0; i < batch->elements; i++) {
                        ar_reply *e = &it->copy[i];
                        *e = batch->element[i];
                        if (e->type == AR_REPLY_STRING && e->len >= c->prefixlen &&
                            memcmp(e->str, c->prefix, c->prefixlen) == 0) {
                            e->str += c->prefixlen;
                            e->len -= c->prefixlen;
                        }
                    }
                    view = *batch;
                    view.element = it->copy;
                    batch = &view;
                }
            }
        }
    }
    if (it->cb(c, batch, last, it->ud) != 0 || last) { ar__scan_free(&a, it); return; }
next:
    rc = ar__scan_next(c, it);
    if (rc == AR_OK) return;
    ar__typed_reply(c, &fail, rc);   /* refused (the client was closed or freed, ...): the end */
    it->cb(c, &fail, 1, it->ud);
    ar__scan_free(&a, it);
}

AR_API int ar_scan_start(ar_client *c, const ar_scan_opts *o, ar_scan_cb *cb, void *ud) {
    ar_scan_opts z;
    ar__scan *it;
    size_t keylen, matchlen, typelen;
    char *w;
    const char *bad = NULL;
    int rc;
    if (!c) return AR_ERR_INVALID;
    if (!o) { memset(&z, 0, sizeof z); o = &z; }
    if (!cb) bad = "scan: a callback is required";
    else if ((int)o->kind < (int)AR_SCAN_KEYS || (int)o->kind > (int)AR_SCAN_ZSET) bad = "scan: unknown kind";
    else if (o->kind != AR_SCAN_KEYS && !o->key) bad = "scan: HASH, SET and ZSET need a key";
    else if (o->kind == AR_SCAN_KEYS && o->key) bad = "scan: key is for HASH, SET and ZSET";
    else if (o->kind != AR_SCAN_KEYS && o->type) bad = "scan: type is for KEYS (SCAN TYPE)";
    else if (o->count < 0) bad = "scan: count must be >= 0";
    else if (o->timeout_ms < -1) bad = "scan: timeout_ms must be >= -1";
    if (bad) { snprintf(c->errstr, sizeof c->errstr, "%s", bad); return AR_ERR_INVALID; }
    keylen = o->key ? (o->keylen ? o->keylen : strlen(o->key)) : 0;
    matchlen = o->match ? (o->matchlen ? o->matchlen : strlen(o->match)) : 0;
    typelen = o->type ? strlen(o->type) : 0;
    if (keylen > (size_t)-1 / 4 || matchlen > (size_t)-1 / 4 || typelen > (size_t)-1 / 4) return AR_ERR_INVALID;
    it = (ar__scan *)AR__ALLOC(&c->a, sizeof *it + keylen + matchlen + typelen + 3);
    if (!it) return AR_ERR_NOMEM;
    memset(it, 0, sizeof *it);
    w = (char *)(it + 1);
    if (o->key) { memcpy(w, o->key, keylen); w[keylen] = 0; it->key = w; it->keylen = keylen; w += keylen + 1; }
    if (o->match) { memcpy(w, o->match, matchlen); w[matchlen] = 0; it->match = w; it->matchlen = matchlen; w += matchlen + 1; }
    if (o->type) { memcpy(w, o->type, typelen); w[typelen] = 0; it->type = w; it->typelen = typelen; }
    if (o->count > 0) it->countlen = (size_t)snprintf(it->count, sizeof it->count, "%lld", o->count);
    it->cursor[0] = '0'; it->cursorlen = 1;
    it->cb = cb; it->ud = ud;
    it->kind = (int)o->kind;
    it->strip = o->strip_prefix && o->kind == AR_SCAN_KEYS;
    it->co.flags = AR_CMD_IDEMPOTENT;   /* read-only: safe to send again after a reconnect */
    it->co.timeout_ms = o->timeout_ms;
    rc = ar__scan_next(c, it);
    if (rc != AR_OK) ar__scan_free(&c->a, it);
    return rc;
}

/* >>pool impl */
/* The pool lends clients of its own (made from o.client) one user at a
   time. Each connection has a slot (allocated once: max of them) and one
   state; the counters follow the states (ar__pool_set is the one place a
   state changes):

       CONNECTING --on_connect--> IDLE <---- clean release, cleanup done
           | failed                |  ^
           v                       |  |              +--> CLEANING (on_dirty = CLEANUP,
         (gone)          claim for |  |              |     MULTI / WATCH / db only)
                       the oldest  v  | (requeue)    |
                         waiter  CHECKING --PONG--> HANDED --callback--> ACTIVE --release-+
                                (PING)            (claimed; the user's           |  dirty
                                                   callback is due)              v
                                                                               (gone)
   Seed 002: a connection is claimed for a waiter (HANDED: counted as
   active, taken off the idle list, the waiter off the queue) in the same
   step that decides the hand-off; the waiter's callback runs later, from
   the pool's timer, and never claims anything. active + idle + connecting
   + cleaning <= max holds after every step, whatever the callbacks do.
   Seed 003: nothing polls. A waiter is served when a connection comes
   back, connects or is freed (ar__pool_serve); the pool's one timer covers
   deliveries (now), the oldest waiter's deadline (waiters are in age
   order, all with the same timeout), the idle list's oldest entry (the
   list is in release order) and the connect backoff.
   Internal callbacks (PING, cleanup, a pooled command) check that the
   slot still holds the client they were sent on (c == pc->c): a slot is
   reused as soon as its client is freed, and a freed client can still
   deliver the failures of its last connection. For the same reason the
   pool's memory is released on a later turn when it is freed from inside
   one of its clients' callbacks. */
enum { AR__PC_FREE = 0, AR__PC_CONNECTING, AR__PC_IDLE, AR__PC_CHECKING, AR__PC_HANDED, AR__PC_ACTIVE,
       AR__PC_CLEANING };
enum { AR__PW_ACQUIRE = 1, AR__PW_WITH, AR__PW_CMD };
enum { AR__PQ_NONE = 0, AR__PQ_WAIT, AR__PQ_READY };

/* one acquire (ar_pool_acquire, ar_pool_with, ar_pool_command) */
typedef struct ar__pwait {
    struct ar__pwait *next, *prev;
    ar_pool *p;
    int kind, q;
    int waited;                  /* no connection was free when it came */
    int done_due;                /* WITH: the scope ended; done(err) is due */
    int err;                     /* the outcome when it gets no connection; WITH: the status */
    unsigned long long seq;      /* age: the wait queue is in this order */
    long long t0, deadline;
    ar_pool_acquire_cb *acb;
    ar_pool_work *work;
    ar_pool_done_cb *done;
    ar_callback *ccb;
    void *ud;
    struct ar__pconn *pc;        /* the connection claimed for it (CMD: its command runs there) */
    int argc;                    /* CMD while waiting: the command, copied: lens, argv, bytes */
    char *buf;
    size_t bufcap;
} ar__pwait;

typedef struct ar__pconn {
    ar_client *c;
    ar_pool *p;
    int st;
    unsigned idx, gen;           /* gen: scopes opened on this slot (ar_pool_scope) */
    int lost;                    /* a loss was seen while it was handed out */
    int scoped;                  /* ACTIVE in an ar_pool_with scope (w: its record) */
    int owed, bad;               /* CLEANING: replies owed, a refusal seen */
    long long idle_since;
    struct ar__pconn *prev, *next; /* the idle list (newest first), or the free slots */
    ar__pwait *w;                /* CHECKING, HANDED: for whom; ACTIVE: the scope or pooled command */
} ar__pconn;

struct ar_pool {
    ar_allocator a;
    ar_pool_options o;           /* defaults applied; o.client: the URI applied, strings copied */
    char *strs;                  /* the copies */
    int mode;                    /* AR__M_LOOP, AR__M_HOOKS, AR__M_PUMP */
    ar_timer timer;              /* AR__M_LOOP */
    long long timer_at;          /* what the timer is set to (absolute ms), -1: nothing */
    ar__pconn *slots;
    unsigned nslots, hi;         /* hi: slots ever used (pump mode walks them) */
    ar__pconn *freeslot;
    ar__pconn *idle_head, *idle_tail;
    ar__pwait *wq_head, *wq_tail, *rq_head, *rq_tail; /* waiting (by age), ready to deliver (FIFO) */
    size_t nwait, nready;
    ar__pwait *spare;            /* records kept for reuse */
    size_t nspare;
    unsigned *hash;              /* client -> slot index + 1 (linear probing) */
    size_t hmask;
    size_t active, idle, connecting, cleaning;
    int closing, freeing, free_later, serving, again, depth, cdepth;
    unsigned long long seq;
    long long warm_at, warm_delay, delay0, delay_max;
    double factor;
    ar_pool_stats st;
    ar__enc enc;                 /* ar_pool_command's format, parsed */
    const char **pargv;          /* key_prefix check scratch */
    size_t *plen, pcap, plcap;
    char *pbuf;
    size_t pbufcap;
    char errstr[320];
};

#define AR__POOL_SPARE_MAX 4096

/* the pool's clock: coarse (a deadline from ar__deadline_ms is never early
   against it) */
static long long ar__pool_now(void) {
#ifdef CLOCK_MONOTONIC_COARSE
    struct timespec ts;
    if (clock_gettime(CLOCK_MONOTONIC_COARSE, &ts) == 0) return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
#endif
    return ar_now_ms();
}

static size_t ar__pool_total(const ar_pool *p) { return p->active + p->idle + p->connecting + p->cleaning; }

static void ar__pool_note(ar_pool *p) {
    size_t t = ar__pool_total(p);
    if (p->active > p->st.peak_active) p->st.peak_active = p->active;
    if (t > p->st.peak_total) p->st.peak_total = t;
    if (p->o.on_change) p->o.on_change(p, p->o.data);
}

static size_t *ar__pool_counter(ar_pool *p, int st) {
    switch (st) {
    case AR__PC_CONNECTING: return &p->connecting;
    case AR__PC_IDLE: return &p->idle;
    case AR__PC_CHECKING: case AR__PC_HANDED: case AR__PC_ACTIVE: return &p->active;
    case AR__PC_CLEANING: return &p->cleaning;
    default: return NULL;
    }
}

/* the one place a connection changes state */
static void ar__pool_set(ar_pool *p, ar__pconn *pc, int st) {
    size_t *from = ar__pool_counter(p, pc->st), *to = ar__pool_counter(p, st);
    pc->st = st;
    if (from == to) return;
    if (from) (*from)--;
    if (to) (*to)++;
    ar__pool_note(p);
}

/* ------------------------------------------------------------ lists */
static void ar__pool_idle_push(ar_pool *p, ar__pconn *pc) {
    pc->prev = NULL;
    pc->next = p->idle_head;
    if (p->idle_head) p->idle_head->prev = pc; else p->idle_tail = pc;
    p->idle_head = pc;
}
static void ar__pool_idle_remove(ar_pool *p, ar__pconn *pc) {
    if (pc->prev) pc->prev->next = pc->next; else p->idle_head = pc->next;
    if (pc->next) pc->next->prev = pc->prev; else p->idle_tail = pc->prev;
    pc->prev = pc->next = NULL;
}

static void ar__pool_q_remove(ar_pool *p, ar__pwait *w) {
    ar__pwait **head = w->q == AR__PQ_WAIT ? &p->wq_head : &p->rq_head;
    ar__pwait **tail = w->q == AR__PQ_WAIT ? &p->wq_tail : &p->rq_tail;
    if (w->q == AR__PQ_NONE) return;
    if (w->prev) w->prev->next = w->next; else *head = w->next;
    if (w->next) w->next->prev = w->prev; else *tail = w->prev;
    if (w->q == AR__PQ_WAIT) { p->nwait--; ar__pool_note(p); }
    else p->nready--;
    w->prev = w->next = NULL;
    w->q = AR__PQ_NONE;
}
static void ar__pool_ready(ar_pool *p, ar__pwait *w) {
    w->next = NULL;
    w->prev = p->rq_tail;
    if (p->rq_tail) p->rq_tail->next = w; else p->rq_head = w;
    p->rq_tail = w;
    w->q = AR__PQ_READY;
    p->nready++;
}
/* into the wait queue at its age (new ones go last; one whose claimed
   connection failed goes back in front of the younger ones) */
static void ar__pool_wait(ar_pool *p, ar__pwait *w) {
    ar__pwait *at = p->wq_tail;
    while (at && at->seq > w->seq) at = at->prev;
    w->prev = at;
    w->next = at ? at->next : p->wq_head;
    if (w->next) w->next->prev = w; else p->wq_tail = w;
    if (at) at->next = w; else p->wq_head = w;
    w->q = AR__PQ_WAIT;
    p->nwait++;
    ar__pool_note(p);
}

static ar__pwait *ar__pool_walloc(ar_pool *p) {
    ar__pwait *w = p->spare;
    char *buf = NULL;
    size_t cap = 0;
    if (w) { p->spare = w->next; p->nspare--; buf = w->buf; cap = w->bufcap; }
    else if (!(w = (ar__pwait *)AR__ALLOC(&p->a, sizeof *w))) return NULL;
    memset(w, 0, sizeof *w);
    w->p = p; w->buf = buf; w->bufcap = cap;
    return w;
}
static void ar__pool_wfree(ar_pool *p, ar__pwait *w) {
    if (p->nspare < AR__POOL_SPARE_MAX && !p->freeing) { w->next = p->spare; p->spare = w; p->nspare++; return; }
    AR__FREE(&p->a, w->buf);
    AR__FREE(&p->a, w);
}

/* ------------------------------------------------ client -> slot */
static size_t ar__pool_h(const ar_pool *p, const ar_client *c) {
    size_t h = (size_t)c;
    h ^= h >> 7;
    h *= (size_t)2654435761u;
    return (h ^ (h >> 15)) & p->hmask;
}
static void ar__pool_hash_add(ar_pool *p, ar__pconn *pc) {
    size_t i = ar__pool_h(p, pc->c);
    while (p->hash[i]) i = (i + 1) & p->hmask;
    p->hash[i] = pc->idx + 1;
}
static ar__pconn *ar__pool_find(const ar_pool *p, const ar_client *c) {
    size_t i;
    if (!c) return NULL;
    for (i = ar__pool_h(p, c); p->hash[i]; i = (i + 1) & p->hmask)
        if (p->slots[p->hash[i] - 1].c == c) return &p->slots[p->hash[i] - 1];
    return NULL;
}
static void ar__pool_hash_del(ar_pool *p, ar__pconn *pc) {
    size_t i = ar__pool_h(p, pc->c), j, k;
    while (p->hash[i] && p->hash[i] != pc->idx + 1) i = (i + 1) & p->hmask;
    if (!p->hash[i]) return;
    /* backward shift: the entries after it move up where their probe allows */
    for (j = i;;) {
        j = (j + 1) & p->hmask;
        if (!p->hash[j]) break;
        k = ar__pool_h(p, p->slots[p->hash[j] - 1].c);
        if ((j > i && (k <= i || k > j)) || (j < i && k <= i && k > j)) { p->hash[i] = p->hash[j]; i = j; }
    }
    p->hash[i] = 0;
}

/* ------------------------------------------------ the timer */
static void ar__pool_timer_cb(ar_timer *t, void *ud) { (void)t; ar_pool_handle_timer((ar_pool *)ud); }

/* when the pool next has something to do without I/O: -1 nothing, 0 now,
   else an absolute time (the clock is read only for the backoff) */
static long long ar__pool_next(const ar_pool *p) {
    long long at = -1;
    if (p->rq_head || p->free_later) return 0;
    if (p->wq_head && p->wq_head->deadline) at = p->wq_head->deadline;
    if (p->idle_tail && p->o.idle_timeout_ms > 0 && ar__pool_total(p) > (size_t)p->o.min)
        AR__MIN_AT(at, p->idle_tail->idle_since + p->o.idle_timeout_ms);
    if (p->warm_at && !p->closing && (p->nwait > p->connecting || ar__pool_total(p) < (size_t)p->o.min) &&
        p->warm_at > ar__pool_now())
        AR__MIN_AT(at, p->warm_at);
    return at;
}

/* set the timer to ar__pool_next (timer_at: what it is set to; 0 = the
   next turn) */
static void ar__pool_arm(ar_pool *p) {
    long long at = ar__pool_next(p), d;
    if (at == p->timer_at) return;
    p->timer_at = at;
    if (p->mode == AR__M_PUMP) return;
    if (at < 0) {
        if (p->mode == AR__M_LOOP) ar_timer_stop(&p->timer);
        else p->o.set_timer(p->o.data, -1);
        return;
    }
    d = at == 0 ? 0 : at - ar__pool_now();
    if (d < 0) d = 0;
    if (p->mode == AR__M_LOOP) ar_timer_start(&p->timer, d, 0, ar__pool_timer_cb, p);
    else p->o.set_timer(p->o.data, d);
}

static void ar__pool_release_mem(ar_pool *p) {
    ar_allocator a = p->a;
    ar__pwait *w;
    if (p->mode == AR__M_LOOP) ar_timer_stop(&p->timer);
    else if (p->mode == AR__M_HOOKS && p->timer_at >= 0) p->o.set_timer(p->o.data, -1);
    if (p->o.on_free) p->o.on_free(p, p->o.data);
    while ((w = p->spare) != NULL) { p->spare = w->next; AR__FREE(&a, w->buf); AR__FREE(&a, w); }
    ar__enc_free(&a, &p->enc);
    AR__FREE(&a, p->pargv);
    AR__FREE(&a, p->plen);
    AR__FREE(&a, p->pbuf);
    AR__FREE(&a, p->hash);
    AR__FREE(&a, p->slots);
    AR__FREE(&a, p->strs);
    AR__FREE(&a, p);
}

/* a graceful close has nothing left */
static int ar__pool_drained(const ar_pool *p) {
    return ar__pool_total(p) == 0 && !p->rq_head && !p->wq_head;
}

/* The end of every entry into the pool. At the outermost one the timer
   is set; a pool that is done (freed, or closed and drained) releases its
   memory here - or, when this is one of its clients' callbacks (in_client),
   or such a callback asked for it, on the pool's next turn: the client
   calling us may still deliver failures to the pool's records. Returns 1
   when the memory is gone. */
static int ar__pool_leave(ar_pool *p, int in_client) {
    if (--p->depth > 0) return 0;
    if (p->closing && !p->freeing && ar__pool_drained(p)) p->freeing = 1;
    if (p->freeing) {
        if (in_client || p->cdepth) p->free_later = 1;
        if (!p->free_later) { ar__pool_release_mem(p); return 1; }
    }
    ar__pool_arm(p);
    return 0;
}

/* ------------------------------------------------ connections */
static void ar__pool_serve(ar_pool *p);
static void ar__pool_on_connect(ar_client *c, void *data);
static void ar__pool_on_disconnect(ar_client *c, ar_err reason, void *data);
static void ar__pool_on_error(ar_client *c, ar_err err, const char *msg, void *data);
static void ar__pool_on_reconnect(ar_client *c, int attempt, long long delay_ms, void *data);
static void ar__pool_on_resubscribe(ar_client *c, size_t count, void *data);
/* observability (section 17): the user's hooks with the user's data */
static void ar__pool_on_trace(ar_client *c, const ar_trace *t, void *data) {
    ar_pool *p = ((ar__pconn *)data)->p;
    p->o.client.on_trace(c, t, p->o.client.data);
}
static void ar__pool_on_log(ar_client *c, int level, const char *msg, void *data) {
    ar_pool *p = ((ar__pconn *)data)->p;
    p->o.client.on_log(c, level, msg, p->o.client.data);
}

/* open one more connection; 0, or -1 (no slot, hooks refused, no memory) */
static int ar__pool_spawn(ar_pool *p) {
    ar__pconn *pc = p->freeslot;
    ar_options o;
    ar_hooks h;
    ar_client *c;
    const char *why = NULL;
    if (!pc) return -1;
    o = p->o.client;
    o.data = pc;
    o.on_connect = ar__pool_on_connect;
    o.on_disconnect = ar__pool_on_disconnect;
    o.on_error = ar__pool_on_error;
    o.on_reconnect = ar__pool_on_reconnect;
    o.on_resubscribe = ar__pool_on_resubscribe;
    if (o.on_trace) o.on_trace = ar__pool_on_trace;
    if (o.on_log) o.on_log = ar__pool_on_log;
    o.allocator = &p->a;
    if (p->mode == AR__M_HOOKS) {
        memset(&h, 0, sizeof h);
        if (p->o.client_hooks(p, &h, p->o.data) != 0) {
            snprintf(p->errstr, sizeof p->errstr, "client_hooks refused a new connection");
            return -1;
        }
        o.hooks = &h;
    }
    p->freeslot = pc->next;
    pc->next = pc->prev = NULL;
    pc->p = p;
    pc->w = NULL;
    pc->lost = pc->scoped = pc->owed = pc->bad = 0;
    if (pc->idx + 1 > p->hi) p->hi = pc->idx + 1;
    c = ar_client_new(&o, &why);
    if (p->mode == AR__M_HOOKS && p->o.client_made) p->o.client_made(p, h.data, c, p->o.data);
    if (!c) {
        snprintf(p->errstr, sizeof p->errstr, "ar_client_new: %s", why ? why : "failed");
        pc->next = p->freeslot;
        p->freeslot = pc;
        return -1;
    }
    pc->c = c;
    c->flags |= AR__F_POOLED; /* its traces say so (AR_TRACE_F_POOL) */
    ar__pool_hash_add(p, pc);
    p->st.created++;
    ar__pool_set(p, pc, AR__PC_CONNECTING);
    return 0;
}

/* Close a connection (free: ar_client_free it; 0 when the user did). What
   it was doing is settled first: a waiter it was claimed for goes back to
   the queue at its age (or fails with AR_ERR_CLOSED when the pool is
   closing); an open scope ends with done(AR_ERR_CLOSED). The slot is free
   at once; the client's last callbacks (AR_ERR_CLOSED) find it moved on. */
static void ar__pool_destroy(ar_pool *p, ar__pconn *pc, int why, int free_client) {
    ar_client *c = pc->c;
    ar__pwait *w = pc->w;
    if (pc->st == AR__PC_FREE) return;
    if (pc->st == AR__PC_IDLE) ar__pool_idle_remove(p, pc);
    pc->w = NULL;
    if (w && (pc->st == AR__PC_CHECKING || pc->st == AR__PC_HANDED)) {
        w->pc = NULL;
        if (p->closing) {
            w->err = AR_ERR_CLOSED;
            if (w->q != AR__PQ_READY) ar__pool_ready(p, w);
        } else {
            ar__pool_q_remove(p, w);
            ar__pool_wait(p, w);
        }
    } else if (w && pc->scoped) {
        w->pc = NULL;
        w->err = AR_ERR_CLOSED;
        w->done_due = 1;
        ar__pool_ready(p, w);
    }
    pc->scoped = 0;
    if (c) ar__pool_hash_del(p, pc);
    pc->c = NULL;
    ar__pool_set(p, pc, AR__PC_FREE);
    pc->next = p->freeslot;
    pc->prev = NULL;
    p->freeslot = pc;
    p->st.destroyed++;
    p->st.destroyed_by[why]++;
    if (c && free_client) ar_client_free(c);
}

static unsigned ar__pool_dirty_bits(const ar_pool *p, const ar__pconn *pc) {
    const ar_client *c = pc->c;
    const char *a = c->o.client_name, *b = p->o.client.client_name;
    unsigned d = ar_client_modes(c);
    if (ar_client_inflight(c)) d |= AR_POOL_DIRTY_INFLIGHT;
    if (pc->lost) d |= AR_POOL_DIRTY_LOST;
    if (ar_client_state(c) != AR_STATE_CONNECTED) d |= AR_POOL_DIRTY_STATE;
    if (c->o.db != p->o.client.db) d |= AR_POOL_DIRTY_DB;
    if ((a == NULL) != (b == NULL) || (a && strcmp(a, b) != 0)) d |= AR_POOL_DIRTY_NAME;
    return d;
}

static void ar__pool_to_idle(ar_pool *p, ar__pconn *pc) {
    pc->idle_since = ar__pool_now();
    pc->lost = 0;
    ar__pool_set(p, pc, AR__PC_IDLE);
    ar__pool_idle_push(p, pc);
}

static void ar__pool_clean_cb(ar_client *c, const ar_reply *r, void *ud);

/* a dirty connection that only needs DISCARD / UNWATCH / SELECT */
static void ar__pool_cleanup(ar_pool *p, ar__pconn *pc, unsigned d) {
    const char *av[2];
    size_t lv[2];
    char dbs[16];
    ar_cmd_opts co;
    int rc = AR_OK;
    memset(&co, 0, sizeof co);
    co.timeout_ms = p->o.cleanup_timeout_ms;
    ar__pool_set(p, pc, AR__PC_CLEANING);
    p->st.cleanups++;
    pc->owed = pc->bad = 0;
    if (d & (AR_MODE_MULTI | AR_MODE_WATCH)) {
        av[0] = d & AR_MODE_MULTI ? "DISCARD" : "UNWATCH"; /* DISCARD ends a WATCH too */
        lv[0] = 7;
        rc = ar_command_argv_ex(pc->c, &co, ar__pool_clean_cb, pc, 1, av, lv);
        if (rc == AR_OK) pc->owed++;
    }
    if (rc == AR_OK && (d & AR_POOL_DIRTY_DB)) {
        av[0] = "SELECT"; lv[0] = 6;
        lv[1] = (size_t)snprintf(dbs, sizeof dbs, "%d", p->o.client.db);
        av[1] = dbs;
        rc = ar_command_argv_ex(pc->c, &co, ar__pool_clean_cb, pc, 2, av, lv);
        if (rc == AR_OK) pc->owed++;
    }
    if (rc != AR_OK || !pc->owed) ar__pool_destroy(p, pc, AR_POOL_GONE_CLEANUP, 1);
}

static void ar__pool_hand(ar_pool *p, ar__pconn *pc, ar__pwait *w);

/* A connection comes back from a user. Clean, with a waiter: straight to
   the oldest one (it was in use until now: no idle time, no health check
   due unless AR_POOL_CHECK_ALWAYS); clean: to the idle list. */
static void ar__pool_put(ar_pool *p, ar__pconn *pc) {
    unsigned d;
    if (p->closing) { ar__pool_destroy(p, pc, AR_POOL_GONE_CLOSED, 1); return; }
    d = ar__pool_dirty_bits(p, pc);
    if (!d && p->wq_head && p->o.health_check != AR_POOL_CHECK_ALWAYS && !p->serving) {
        ar__pwait *w = p->wq_head;
        ar__pool_q_remove(p, w);
        ar__pool_hand(p, pc, w);
        return;
    }
    if (!d) { ar__pool_to_idle(p, pc); if (p->wq_head) ar__pool_serve(p); return; }
    p->st.released_dirty++;
    if (p->o.on_dirty == AR_POOL_CLEANUP && !(d & ~(AR_MODE_MULTI | AR_MODE_WATCH | AR_POOL_DIRTY_DB)))
        ar__pool_cleanup(p, pc, d);
    else
        ar__pool_destroy(p, pc, AR_POOL_GONE_DIRTY, 1);
    ar__pool_serve(p);
}

static void ar__pool_cmd_cb(ar_client *c, const ar_reply *r, void *ud);

/* the pooled command a waiter carries, on its connection */
static int ar__pool_cmd_submit(ar__pconn *pc, ar__pwait *w) {
    size_t *lens = (size_t *)(void *)w->buf;
    size_t off = ((size_t)w->argc * sizeof(size_t) + sizeof(void *) - 1) / sizeof(void *) * sizeof(void *);
    const char *const *argv = (const char *const *)(void *)(w->buf + off);
    pc->w = w;
    w->pc = pc;
    return ar_command_argv_ex(pc->c, NULL, ar__pool_cmd_cb, w, w->argc, argv, lens);
}

/* a connection reached a user: the acquire counters */
static void ar__pool_count(ar_pool *p, const ar__pwait *w) {
    long long t = ar__pool_now() - w->t0;
    p->st.acquires++;
    if (w->waited) p->st.waits++;
    if (t > 0) { p->st.wait_total_ms += t; if (t > p->st.wait_max_ms) p->st.wait_max_ms = t; }
}

/* The hand-off: pc is the waiter's now. A pooled command goes out at
   once (no user code runs for it here); the others are delivered by the
   pool's timer. */
static void ar__pool_hand(ar_pool *p, ar__pconn *pc, ar__pwait *w) {
    pc->w = w;
    w->pc = pc;
    if (w->kind == AR__PW_CMD) {
        int rc;
        ar__pool_set(p, pc, AR__PC_ACTIVE);
        rc = ar__pool_cmd_submit(pc, w);
        if (rc == AR_OK) ar__pool_count(p, w);
        else { /* refused: it fails (next turn), the connection is as it was */
            pc->w = NULL;
            w->pc = NULL;
            w->err = rc;
            snprintf(p->errstr, sizeof p->errstr, "%s", ar_client_errstr(pc->c));
            ar__pool_ready(p, w);
            if (ar__pool_dirty_bits(p, pc)) ar__pool_destroy(p, pc, AR_POOL_GONE_DIRTY, 1);
            else ar__pool_to_idle(p, pc);
            ar__pool_serve(p); /* the next waiter: from serve's loop, not by recursion */
        }
        return;
    }
    ar__pool_set(p, pc, AR__PC_HANDED);
    ar__pool_ready(p, w);
}

static void ar__pool_check_cb(ar_client *c, const ar_reply *r, void *ud);

static int ar__pool_needs_check(const ar_pool *p, const ar__pconn *pc) {
    if (p->o.health_check == AR_POOL_CHECK_ALWAYS) return 1;
    if (p->o.health_check == AR_POOL_CHECK_NEVER) return 0;
    return ar__pool_now() - pc->idle_since >= p->o.health_idle_ms;
}

/* an idle connection for the oldest waiter (both already off their lists) */
static void ar__pool_claim(ar_pool *p, ar__pconn *pc, ar__pwait *w) {
    const char *ping[1];
    size_t pinglen[1];
    ar_cmd_opts co;
    if (!ar__pool_needs_check(p, pc)) { ar__pool_hand(p, pc, w); return; }
    ping[0] = "PING";
    pinglen[0] = 4;
    memset(&co, 0, sizeof co);
    co.timeout_ms = p->o.health_timeout_ms;
    pc->w = w;
    w->pc = pc;
    ar__pool_set(p, pc, AR__PC_CHECKING);
    p->st.health_checks++;
    if (ar_command_argv_ex(pc->c, &co, ar__pool_check_cb, pc, 1, ping, pinglen) != AR_OK) {
        p->st.health_failures++;
        ar__pool_destroy(p, pc, AR_POOL_GONE_HEALTH, 1); /* w goes back to the queue */
    }
}

/* Serve the waiters from the idle list (the newest idle connection to the
   oldest waiter), then open connections: one per waiter not yet covered by
   a connect in progress, and up to min, within max and the backoff. Runs
   again if anything it did (a refusal, a callback) changed the lists. */
static void ar__pool_serve(ar_pool *p) {
    if (p->serving) { p->again = 1; return; }
    p->serving = 1;
    do {
        p->again = 0;
        while (p->wq_head && p->idle_head && !p->closing) {
            ar__pconn *pc = p->idle_head;
            ar__pwait *w = p->wq_head;
            ar__pool_idle_remove(p, pc);
            ar__pool_q_remove(p, w);
            ar__pool_claim(p, pc, w);
        }
        if (!p->closing && (!p->warm_at || ar__pool_now() >= p->warm_at)) {
            while (p->nwait > p->connecting && ar__pool_total(p) < (size_t)p->o.max)
                if (ar__pool_spawn(p) != 0) { p->warm_at = ar__pool_now() + p->delay0; break; }
            while (ar__pool_total(p) < (size_t)p->o.min)
                if (ar__pool_spawn(p) != 0) { p->warm_at = ar__pool_now() + p->delay0; break; }
        }
    } while (p->again);
    p->serving = 0;
}

/* ------------------------------------------------ client events */
static ar_err ar__pool_connect_err(ar_err reason) {
    switch (reason) {
    case AR_ERR_RESOLVE: case AR_ERR_AUTH: case AR_ERR_TLS: case AR_ERR_NOMEM: return reason;
    default: return AR_ERR_CONNECT;
    }
}

static void ar__pool_on_connect(ar_client *c, void *data) {
    ar__pconn *pc = (ar__pconn *)data;
    ar_pool *p = pc->p;
    p->depth++; p->cdepth++;
    if (pc->c == c && pc->st == AR__PC_CONNECTING && !p->closing) {
        p->warm_at = 0;
        p->warm_delay = 0;
        ar__pool_to_idle(p, pc);
        ar__pool_serve(p);
    }
    if (p->o.client.on_connect) p->o.client.on_connect(c, p->o.client.data);
    p->cdepth--;
    ar__pool_leave(p, 1);
}

static void ar__pool_on_disconnect(ar_client *c, ar_err reason, void *data) {
    ar__pconn *pc = (ar__pconn *)data;
    ar_pool *p = pc->p;
    p->depth++; p->cdepth++;
    if (pc->c == c) {
        switch (pc->st) {
        case AR__PC_CONNECTING: {
            /* the connect (or its setup) failed: the oldest waiter gets the
               cause; opening more waits like a reconnect would */
            long long d = p->warm_delay ? (long long)((double)p->warm_delay * p->factor) : p->delay0;
            p->warm_delay = d > p->delay_max ? p->delay_max : d;
            p->warm_at = ar__pool_now() + p->warm_delay;
            p->st.connect_failures++;
            snprintf(p->errstr, sizeof p->errstr, "%s", c->errstr[0] ? c->errstr : ar_strerror(reason));
            ar__pool_destroy(p, pc, AR_POOL_GONE_CONNECT, 1);
            if (p->wq_head) {
                ar__pwait *w = p->wq_head;
                ar__pool_q_remove(p, w);
                w->err = ar__pool_connect_err(reason);
                ar__pool_ready(p, w);
            }
            ar__pool_serve(p);
            break;
        }
        case AR__PC_IDLE: case AR__PC_CHECKING: case AR__PC_HANDED:
            ar__pool_destroy(p, pc, AR_POOL_GONE_LOST, 1);
            ar__pool_serve(p);
            break;
        case AR__PC_CLEANING:
            ar__pool_destroy(p, pc, AR_POOL_GONE_CLEANUP, 1);
            ar__pool_serve(p);
            break;
        case AR__PC_ACTIVE:
            if (reason == AR_ERR_CLOSED && (c->flags & (AR__F_FREEING | AR__F_CLOSING))) {
                /* the user closed or freed it: it is gone from the pool */
                ar__pool_destroy(p, pc, AR_POOL_GONE_LOST, 0);
                ar__pool_serve(p);
            } else {
                pc->lost = 1;
            }
            break;
        default: break;
        }
    }
    if (p->o.client.on_disconnect) p->o.client.on_disconnect(c, reason, p->o.client.data);
    p->cdepth--;
    ar__pool_leave(p, 1);
}

static void ar__pool_on_error(ar_client *c, ar_err err, const char *msg, void *data) {
    ar_pool *p = ((ar__pconn *)data)->p;
    if (!p->o.client.on_error) return;
    p->depth++; p->cdepth++;
    p->o.client.on_error(c, err, msg, p->o.client.data);
    p->cdepth--;
    ar__pool_leave(p, 1);
}

static void ar__pool_on_reconnect(ar_client *c, int attempt, long long delay_ms, void *data) {
    ar_pool *p = ((ar__pconn *)data)->p;
    if (!p->o.client.on_reconnect) return;
    p->depth++; p->cdepth++;
    p->o.client.on_reconnect(c, attempt, delay_ms, p->o.client.data);
    p->cdepth--;
    ar__pool_leave(p, 1);
}

static void ar__pool_on_resubscribe(ar_client *c, size_t count, void *data) {
    ar_pool *p = ((ar__pconn *)data)->p;
    if (!p->o.client.on_resubscribe) return;
    p->depth++; p->cdepth++;
    p->o.client.on_resubscribe(c, count, p->o.client.data);
    p->cdepth--;
    ar__pool_leave(p, 1);
}

static void ar__pool_check_cb(ar_client *c, const ar_reply *r, void *ud) {
    ar__pconn *pc = (ar__pconn *)ud;
    ar_pool *p = pc->p;
    if (pc->c != c || pc->st != AR__PC_CHECKING) return; /* the slot moved on */
    p->depth++; p->cdepth++;
    if (!r->err && r->type == AR_REPLY_STATUS && r->len == 4 && memcmp(r->str, "PONG", 4) == 0 && !pc->lost) {
        ar__pool_hand(p, pc, pc->w);
    } else {
        p->st.health_failures++;
        snprintf(p->errstr, sizeof p->errstr, "health check: %.*s", (int)(r->len > 200 ? 200 : r->len), r->str ? r->str : "");
        ar__pool_destroy(p, pc, AR_POOL_GONE_HEALTH, 1);
    }
    ar__pool_serve(p);
    p->cdepth--;
    ar__pool_leave(p, 1);
}

static void ar__pool_clean_cb(ar_client *c, const ar_reply *r, void *ud) {
    ar__pconn *pc = (ar__pconn *)ud;
    ar_pool *p = pc->p;
    if (pc->c != c || pc->st != AR__PC_CLEANING) return;
    p->depth++; p->cdepth++;
    if (r->err || r->type == AR_REPLY_ERROR) pc->bad = 1;
    if (--pc->owed == 0) {
        if (!pc->bad && ar__pool_dirty_bits(p, pc) == 0) {
            p->st.cleanups_ok++;
            ar__pool_to_idle(p, pc);
        } else {
            ar__pool_destroy(p, pc, AR_POOL_GONE_CLEANUP, 1);
        }
        ar__pool_serve(p);
    }
    p->cdepth--;
    ar__pool_leave(p, 1);
}

/* A pooled command's reply: the connection goes back first (it owes
   nothing now: the reply was its last entry), so a command the callback
   submits can take it at once; then the user's callback, with c NULL (the
   connection is not the user's any more). The reply is a view into the
   client's read buffer, which the release does not touch. */
static void ar__pool_cmd_cb(ar_client *c, const ar_reply *r, void *ud) {
    ar__pwait *w = (ar__pwait *)ud;
    ar_pool *p = w->p;
    ar__pconn *pc = w->pc;
    ar_callback *cb = w->ccb;
    void *uud = w->ud;
    p->depth++; p->cdepth++;
    if (pc && pc->c == c && pc->w == w) {
        pc->w = NULL;
        if (pc->st == AR__PC_ACTIVE) ar__pool_put(p, pc);
    }
    ar__pool_wfree(p, w);
    if (cb) cb(NULL, r, uud);
    p->cdepth--;
    ar__pool_leave(p, 1);
}

/* ------------------------------------------------ deliveries */
static ar_pool_scope ar__pool_scope_of(const ar__pconn *pc) {
    return ((unsigned long long)pc->gen << 32) | (unsigned long long)(pc->idx + 1);
}

static void ar__pool_deliver(ar_pool *p, ar__pwait *w) {
    ar__pconn *pc = w->pc;
    void *ud = w->ud;
    ar_reply r;
    if (w->kind == AR__PW_ACQUIRE) {
        ar_pool_acquire_cb *cb = w->acb;
        int err = w->err;
        if (pc) ar__pool_count(p, w);
        ar__pool_wfree(p, w);
        if (pc) {
            pc->w = NULL;
            ar__pool_set(p, pc, AR__PC_ACTIVE);
            cb(p, pc->c, AR_OK, ud);
        } else {
            cb(p, NULL, (ar_err)err, ud);
        }
        return;
    }
    if (w->kind == AR__PW_WITH && pc && !w->done_due) {
        ar_pool_scope s;
        int rc;
        ar__pool_count(p, w);
        ar__pool_set(p, pc, AR__PC_ACTIVE);
        pc->scoped = 1;
        pc->gen++;
        pc->w = w;
        w->pc = NULL;
        s = ar__pool_scope_of(pc);
        rc = w->work(p, pc->c, s, ud);
        if (rc != 0) ar_pool_done(p, s, rc); /* refused when it ended already */
        return;
    }
    if (w->kind == AR__PW_WITH) {
        ar_pool_done_cb *done = w->done;
        int st = w->err;
        ar__pool_wfree(p, w);
        if (done) done(p, st, ud);
        return;
    }
    /* a pooled command that got no connection, or was refused */
    memset(&r, 0, sizeof r);
    r.err = (ar_err)w->err;
    r.str = (w->err == AR_ERR_CONNECT || w->err == AR_ERR_RESOLVE || w->err == AR_ERR_AUTH || w->err == AR_ERR_PREFIX) &&
            p->errstr[0] ? p->errstr : ar_strerror(w->err);
    r.len = strlen(r.str);
    {
        ar_callback *cb = w->ccb;
        ar__pool_wfree(p, w);
        if (cb) cb(NULL, &r, ud);
    }
}

/* the timer's work: waiters past their deadline, idle connections past
   theirs, connections to open, then the callbacks that are due */
static void ar__pool_run(ar_pool *p) {
    long long now = ar__pool_now();
    size_t n;
    while (p->wq_head && p->wq_head->deadline && p->wq_head->deadline <= now) {
        ar__pwait *w = p->wq_head;
        ar__pool_q_remove(p, w);
        w->err = AR_ERR_TIMEOUT;
        p->st.timeouts++;
        ar__pool_ready(p, w);
    }
    if (p->o.idle_timeout_ms > 0)
        while (p->idle_tail && ar__pool_total(p) > (size_t)p->o.min &&
               p->idle_tail->idle_since + p->o.idle_timeout_ms <= now)
            ar__pool_destroy(p, p->idle_tail, AR_POOL_GONE_IDLE, 1);
    ar__pool_serve(p);
    /* what is due now; what the callbacks make due waits for the next turn */
    for (n = p->nready; n > 0 && p->rq_head && !p->freeing; n--) {
        ar__pwait *w = p->rq_head;
        ar__pool_q_remove(p, w);
        ar__pool_deliver(p, w);
    }
}

/* everything still pending completes now with AR_ERR_CLOSED (ar_pool_free) */
static void ar__pool_flush_closed(ar_pool *p) {
    while (p->wq_head || p->rq_head) {
        ar__pwait *w;
        while ((w = p->wq_head) != NULL) {
            ar__pool_q_remove(p, w);
            w->err = AR_ERR_CLOSED;
            ar__pool_ready(p, w);
        }
        w = p->rq_head;
        ar__pool_q_remove(p, w);
        if (w->pc && !w->done_due) { w->pc = NULL; w->err = AR_ERR_CLOSED; }
        if (w->kind == AR__PW_WITH && !w->done_due) w->err = AR_ERR_CLOSED;
        ar__pool_deliver(p, w);
    }
}

/* closing: no new hand-offs; connections not in a user's hands close */
static void ar__pool_shut(ar_pool *p, int all) {
    unsigned i;
    ar__pwait *w;
    while ((w = p->wq_head) != NULL) {
        ar__pool_q_remove(p, w);
        w->err = AR_ERR_CLOSED;
        ar__pool_ready(p, w);
    }
    for (i = 0; i < p->hi; i++) {
        ar__pconn *pc = &p->slots[i];
        if (pc->st == AR__PC_FREE || (pc->st == AR__PC_ACTIVE && !all)) continue;
        ar__pool_destroy(p, pc, AR_POOL_GONE_CLOSED, 1);
    }
}

/* ------------------------------------------------ public */
static char *ar__pool_dup(char **w, const char *s) {
    size_t n;
    char *d = *w;
    if (!s) return NULL;
    n = strlen(s) + 1;
    memcpy(d, s, n);
    *w += n;
    return d;
}

AR_API ar_pool *ar_pool_new(const ar_pool_options *oin, const char **why) {
    ar_pool_options o;
    ar_options eff;
    char ubuf_small[512], *ubuf = ubuf_small, *w;
    size_t ulen, need = 0, nidem = 0, i, hcap;
    const char *bad = NULL;
    ar_allocator a;
    ar_pool *p;
    if (!oin) { if (why) *why = "options are NULL"; return NULL; }
    o = *oin;
    if (o.max == 0) o.max = 10;
    if (!o.acquire_timeout_ms) o.acquire_timeout_ms = 5000;
    if (!o.idle_timeout_ms) o.idle_timeout_ms = 60000;
    if (!o.health_idle_ms) o.health_idle_ms = 5000;
    if (!o.health_timeout_ms) o.health_timeout_ms = 1000;
    if (!o.cleanup_timeout_ms) o.cleanup_timeout_ms = 5000;
    if (!o.max_waiters) o.max_waiters = (size_t)1 << 20;
    if (o.max < 1 || o.max > 65536) bad = "pool: max must be between 1 and 65536";
    else if (o.min < 0 || o.min > o.max) bad = "pool: min must be between 0 and max";
    else if (o.acquire_timeout_ms < -1 || o.idle_timeout_ms < -1 || o.health_idle_ms < 0 ||
             o.health_timeout_ms < -1 || o.cleanup_timeout_ms < -1)
        bad = "pool: timeouts must be >= -1 (0: default, -1: none)";
    else if (o.health_check < AR_POOL_CHECK_IDLE || o.health_check > AR_POOL_CHECK_NEVER)
        bad = "pool: health_check must be AR_POOL_CHECK_IDLE, AR_POOL_CHECK_ALWAYS or AR_POOL_CHECK_NEVER";
    else if (o.on_dirty != AR_POOL_DESTROY && o.on_dirty != AR_POOL_CLEANUP)
        bad = "pool: on_dirty must be AR_POOL_DESTROY or AR_POOL_CLEANUP";
    else if (o.client.hooks)
        bad = "pool: client.hooks cannot serve many connections: set client_hooks (and client_made, set_timer)";
    else if (o.client_hooks && o.client.loop) bad = "pool: set either client.loop or client_hooks, not both";
    else if (o.client_hooks && !o.set_timer) bad = "pool: client_hooks needs set_timer (the pool's own timer)";
    if (bad) { if (why) *why = bad; return NULL; }
    /* the URI applied once: every connection gets the same effective options */
    ulen = o.client.uri ? strlen(o.client.uri) + 1 : 0;
    a = ar__pick_alloc(o.client.allocator);
    if (ulen > sizeof ubuf_small && !(ubuf = (char *)AR__ALLOC(&a, ulen))) { if (why) *why = "out of memory"; return NULL; }
    if (ar__apply_uri(&o.client, &eff, ubuf, ulen > sizeof ubuf_small ? ulen : sizeof ubuf_small, &bad) != AR_OK) {
        if (bad && bad >= ubuf && bad < ubuf + (ulen > sizeof ubuf_small ? ulen : sizeof ubuf_small))
            bad = "bad percent-escape in the URI (%XX needs two hex digits, not %00)";
        if (!bad) bad = "bad uri";
    } else {
        bad = ar__check_options(&eff);
    }
    if (bad) {
        if (why) *why = bad;
        if (ubuf != ubuf_small) AR__FREE(&a, ubuf);
        return NULL;
    }
    eff.uri = NULL;
    if (eff.host) need += strlen(eff.host) + 1;
    if (eff.path) need += strlen(eff.path) + 1;
    if (eff.username) need += strlen(eff.username) + 1;
    if (eff.password) need += strlen(eff.password) + 1;
    if (eff.client_name) need += strlen(eff.client_name) + 1;
    if (eff.key_prefix) need += strlen(eff.key_prefix) + 1;
    if (eff.learn_commands) need += strlen(eff.learn_commands) + 1;
    if (eff.tls_options.ca_file) need += strlen(eff.tls_options.ca_file) + 1;
    if (eff.tls_options.ca_dir) need += strlen(eff.tls_options.ca_dir) + 1;
    if (eff.tls_options.cert_file) need += strlen(eff.tls_options.cert_file) + 1;
    if (eff.tls_options.key_file) need += strlen(eff.tls_options.key_file) + 1;
    if (eff.tls_options.server_name) need += strlen(eff.tls_options.server_name) + 1;
    if (eff.idempotent_commands) {
        while (eff.idempotent_commands[nidem]) need += strlen(eff.idempotent_commands[nidem++]) + 1;
        need += (nidem + 1) * sizeof(char *);
    }
    hcap = 8;
    while (hcap < (size_t)o.max * 2) hcap *= 2;
    p = (ar_pool *)AR__ALLOC(&a, sizeof *p);
    if (p) {
        memset(p, 0, sizeof *p);
        p->a = a;
        p->strs = (char *)AR__ALLOC(&a, need + 1);
        p->slots = (ar__pconn *)AR__ALLOC(&a, (size_t)o.max * sizeof(ar__pconn));
        p->hash = (unsigned *)AR__ALLOC(&a, hcap * sizeof(unsigned));
    }
    if (!p || !p->strs || !p->slots || !p->hash) {
        if (p) { AR__FREE(&a, p->strs); AR__FREE(&a, p->slots); AR__FREE(&a, p->hash); AR__FREE(&a, p); }
        if (ubuf != ubuf_small) AR__FREE(&a, ubuf);
        if (why) *why = "out of memory";
        return NULL;
    }
    /* the table of names first (pointer-aligned), then the strings */
    w = p->strs;
    if (nidem) {
        const char **names = (const char **)(void *)w;
        w += (nidem + 1) * sizeof(char *);
        for (i = 0; i < nidem; i++) names[i] = ar__pool_dup(&w, eff.idempotent_commands[i]);
        names[nidem] = NULL;
        eff.idempotent_commands = names;
    }
    eff.host = ar__pool_dup(&w, eff.host);
    eff.path = ar__pool_dup(&w, eff.path);
    eff.username = ar__pool_dup(&w, eff.username);
    eff.password = ar__pool_dup(&w, eff.password);
    eff.client_name = ar__pool_dup(&w, eff.client_name);
    eff.key_prefix = ar__pool_dup(&w, eff.key_prefix);
    eff.learn_commands = ar__pool_dup(&w, eff.learn_commands);
    eff.tls_options.ca_file = ar__pool_dup(&w, eff.tls_options.ca_file);
    eff.tls_options.ca_dir = ar__pool_dup(&w, eff.tls_options.ca_dir);
    eff.tls_options.cert_file = ar__pool_dup(&w, eff.tls_options.cert_file);
    eff.tls_options.key_file = ar__pool_dup(&w, eff.tls_options.key_file);
    eff.tls_options.server_name = ar__pool_dup(&w, eff.tls_options.server_name);
    if (ubuf != ubuf_small) AR__FREE(&a, ubuf);
    eff.allocator = NULL;
    o.client = eff;
    p->o = o;
    p->mode = o.client.loop ? AR__M_LOOP : o.client_hooks ? AR__M_HOOKS : AR__M_PUMP;
    if (p->mode == AR__M_LOOP) ar_timer_init(o.client.loop, &p->timer);
    p->timer_at = -1;
    p->nslots = (unsigned)o.max;
    memset(p->slots, 0, (size_t)o.max * sizeof(ar__pconn));
    for (i = (size_t)o.max; i-- > 0;) {
        p->slots[i].idx = (unsigned)i;
        p->slots[i].p = p;
        p->slots[i].next = p->freeslot;
        p->freeslot = &p->slots[i];
    }
    memset(p->hash, 0, hcap * sizeof(unsigned));
    p->hmask = hcap - 1;
    p->delay0 = eff.reconnect_delay_ms > 0 ? eff.reconnect_delay_ms : 100;
    p->delay_max = eff.reconnect_delay_max_ms > 0 ? eff.reconnect_delay_max_ms : 60000;
    p->factor = eff.reconnect_factor >= 1.0 ? eff.reconnect_factor : 2.0;
    p->depth++;
    ar__pool_serve(p);   /* min connections */
    ar__pool_leave(p, 0);
    return p;
}

static int ar__pool_check(const ar_pool *p) {
    if (!p) return AR_ERR_INVALID;
    if (p->closing) return AR_ERR_CLOSED;
    if (p->nwait >= p->o.max_waiters) return AR_ERR_QUEUE_FULL;
    return AR_OK;
}

/* queue w and serve */
static int ar__pool_enqueue(ar_pool *p, ar__pwait *w) {
    long long now = ar__pool_now();
    w->t0 = now;
    w->seq = ++p->seq;
    w->deadline = p->o.acquire_timeout_ms > 0 ? ar__deadline_ms(p->o.acquire_timeout_ms) : 0;
    w->waited = p->wq_head || !p->idle_head;
    p->depth++;
    ar__pool_wait(p, w);
    ar__pool_serve(p);
    ar__pool_leave(p, 0);
    return AR_OK;
}

AR_API int ar_pool_acquire(ar_pool *p, ar_pool_acquire_cb *cb, void *ud) {
    ar__pwait *w;
    int rc = ar__pool_check(p);
    if (rc) return rc;
    if (!cb) return AR_ERR_INVALID;
    if (!(w = ar__pool_walloc(p))) return AR_ERR_NOMEM;
    w->kind = AR__PW_ACQUIRE;
    w->acb = cb;
    w->ud = ud;
    return ar__pool_enqueue(p, w);
}

AR_API int ar_pool_with(ar_pool *p, ar_pool_work *work, ar_pool_done_cb *done, void *ud) {
    ar__pwait *w;
    int rc = ar__pool_check(p);
    if (rc) return rc;
    if (!work) return AR_ERR_INVALID;
    if (!(w = ar__pool_walloc(p))) return AR_ERR_NOMEM;
    w->kind = AR__PW_WITH;
    w->work = work;
    w->done = done;
    w->ud = ud;
    return ar__pool_enqueue(p, w);
}

AR_API int ar_pool_release(ar_pool *p, ar_client *c) {
    ar__pconn *pc;
    if (!p || p->freeing) return AR_ERR_INVALID;
    pc = ar__pool_find(p, c);
    if (!pc || pc->st != AR__PC_ACTIVE || pc->scoped || pc->w) return AR_ERR_INVALID;
    p->depth++;
    ar__pool_put(p, pc);
    ar__pool_leave(p, 0);
    return AR_OK;
}

AR_API int ar_pool_done(ar_pool *p, ar_pool_scope scope, int status) {
    unsigned long long idx = scope & 0xffffffffull;
    ar__pconn *pc;
    ar__pwait *w;
    if (!p || p->freeing || idx == 0 || idx > p->nslots) return AR_ERR_INVALID;
    pc = &p->slots[idx - 1];
    if (pc->st != AR__PC_ACTIVE || !pc->scoped || pc->gen != (unsigned)(scope >> 32) || !pc->w) return AR_ERR_INVALID;
    w = pc->w;
    p->depth++;
    pc->scoped = 0;
    pc->w = NULL;
    w->err = status;
    w->done_due = 1;
    ar__pool_ready(p, w);
    ar__pool_put(p, pc);
    ar__pool_leave(p, 0);
    return AR_OK;
}

/* key_prefix: would the client refuse this command? (checked at the call,
   as a command submitted at once would be) */
static int ar__pool_prefix_ok(ar_pool *p, int argc, const char *const *argv, const size_t *lens) {
    const char *why = NULL;
    size_t need = 0;
    int tries, rc;
    if (!p->o.client.key_prefix || !p->o.client.key_prefix[0]) return AR_OK;
    if (ar__grow(&p->a, (void **)&p->pargv, &p->pcap, (size_t)argc, sizeof(char *), 8) != 0 ||
        ar__grow(&p->a, (void **)&p->plen, &p->plcap, (size_t)argc, sizeof(size_t), 8) != 0) return AR_ERR_NOMEM;
    for (tries = 0; tries < 2; tries++) {
        if (p->o.client.prefixer_learned) /* no connection here: what the table knows */
            rc = p->o.client.prefixer_learned(NULL, p->o.client.key_prefix, strlen(p->o.client.key_prefix),
                                              p->o.client.prefix_flags, argc, argv, lens, p->pargv, p->plen, p->pbuf,
                                              p->pbufcap, &need, &why);
        else
            rc = p->o.client.prefixer(p->o.client.key_prefix, strlen(p->o.client.key_prefix), p->o.client.prefix_flags,
                                      argc, argv, lens, p->pargv, p->plen, p->pbuf, p->pbufcap, &need, &why);
        if (rc >= 0 || (rc == AR_PREFIX_UNKNOWN && p->o.client.learner)) return AR_OK; /* the connection learns it */
        if (need > p->pbufcap) {
            char *nb = (char *)AR__REALLOC(&p->a, p->pbuf, need);
            if (!nb) return AR_ERR_NOMEM;
            p->pbuf = nb; p->pbufcap = need;
            continue;
        }
        break;
    }
    snprintf(p->errstr, sizeof p->errstr, "key_prefix: %s", why ? why : "command refused");
    return AR_ERR_PREFIX;
}

/* the pooled command into w->buf: lens, argv, then the bytes */
static int ar__pool_copy_args(ar_pool *p, ar__pwait *w, int argc, const char *const *argv, const size_t *lens,
                              const ar__enc *e) {
    size_t off = ((size_t)argc * sizeof(size_t) + sizeof(void *) - 1) / sizeof(void *) * sizeof(void *);
    size_t need = off + (size_t)argc * sizeof(char *), i, j;
    size_t *ol;
    const char **ov;
    char *b;
    for (i = 0; i < (size_t)argc; i++) need += e ? e->args[i].len : lens ? lens[i] : strlen(argv[i]);
    if (need > w->bufcap) {
        char *nb = (char *)AR__REALLOC(&p->a, w->buf, need);
        if (!nb) return AR_ERR_NOMEM;
        w->buf = nb; w->bufcap = need;
    }
    ol = (size_t *)(void *)w->buf;
    ov = (const char **)(void *)(w->buf + off);
    b = w->buf + off + (size_t)argc * sizeof(char *);
    for (i = 0; i < (size_t)argc; i++) {
        ov[i] = b;
        if (e) {
            const ar__arg *g = &e->args[i];
            for (j = 0; j < g->nseg; j++) {
                const ar__seg *sg = &e->segs[g->first + j];
                memcpy(b, sg->p ? sg->p : e->scratch + sg->off, sg->n);
                b += sg->n;
            }
            ol[i] = g->len;
        } else {
            ol[i] = lens ? lens[i] : strlen(argv[i]);
            if (ol[i]) memcpy(b, argv[i], ol[i]);
            b += ol[i];
        }
    }
    w->argc = argc;
    return AR_OK;
}

/* Pooled command. An idle connection that needs no health check and no
   waiter ahead: the command goes straight to it (no copy). Otherwise it
   is copied and waits like an acquire; it is sent at the hand-off. */
static int ar__pool_cmd(ar_pool *p, ar_callback *cb, void *ud, int argc, const char *const *argv,
                        const size_t *lens, const char *fmt, va_list ap) {
    ar__pwait *w;
    ar__pconn *pc;
    int rc = ar__pool_check(p);
    if (rc) return rc;
    if (!(w = ar__pool_walloc(p))) return AR_ERR_NOMEM;
    w->kind = AR__PW_CMD;
    w->ccb = cb;
    w->ud = ud;
    pc = p->idle_head;
    if (!p->wq_head && pc && !ar__pool_needs_check(p, pc)) {
        ar__pool_idle_remove(p, pc);
        pc->w = w;
        w->pc = pc;
        ar__pool_set(p, pc, AR__PC_ACTIVE);
        rc = fmt ? ar_vcommand(pc->c, ar__pool_cmd_cb, w, fmt, ap)
                 : ar_command_argv_ex(pc->c, NULL, ar__pool_cmd_cb, w, argc, argv, lens);
        if (rc != AR_OK) { /* as it was: nothing was sent */
            snprintf(p->errstr, sizeof p->errstr, "%s", ar_client_errstr(pc->c));
            pc->w = NULL;
            ar__pool_set(p, pc, AR__PC_IDLE);
            ar__pool_idle_push(p, pc);
            ar__pool_wfree(p, w);
            return rc;
        }
        p->st.acquires++;
        return AR_OK;
    }
    if (fmt) {
        ar__argsrc src;
        const char *why = NULL;
        src.next = ar__va_next; src.user = NULL;
        va_copy(src.ap, ap);
        rc = ar__enc_parse(&p->a, &p->enc, fmt, &src, &why);
        va_end(src.ap);
        if (rc == AR_ERR_FORMAT) snprintf(p->errstr, sizeof p->errstr, "format: %s", why);
        if (rc == AR_OK) rc = ar__pool_copy_args(p, w, (int)p->enc.nargs, NULL, NULL, &p->enc);
    } else {
        rc = ar__pool_copy_args(p, w, argc, argv, lens, NULL);
    }
    if (rc == AR_OK) {
        size_t off = ((size_t)w->argc * sizeof(size_t) + sizeof(void *) - 1) / sizeof(void *) * sizeof(void *);
        rc = ar__pool_prefix_ok(p, w->argc, (const char *const *)(void *)(w->buf + off), (const size_t *)(void *)w->buf);
    }
    if (rc != AR_OK) { ar__pool_wfree(p, w); return rc; }
    return ar__pool_enqueue(p, w);
}

AR_API int ar_pool_vcommand(ar_pool *p, ar_callback *cb, void *ud, const char *fmt, va_list ap) {
    if (!fmt) return AR_ERR_FORMAT;
    return ar__pool_cmd(p, cb, ud, 0, NULL, NULL, fmt, ap);
}

AR_API int ar_pool_command(ar_pool *p, ar_callback *cb, void *ud, const char *fmt, ...) {
    va_list ap;
    int rc;
    va_start(ap, fmt);
    rc = ar_pool_vcommand(p, cb, ud, fmt, ap);
    va_end(ap);
    return rc;
}

AR_API int ar_pool_command_argv(ar_pool *p, ar_callback *cb, void *ud, int argc, const char *const *argv,
                                const size_t *argvlen) {
    va_list none;
    if (ar__argv_check(argc, argv, argvlen) != AR_OK) return AR_ERR_INVALID;
    memset(&none, 0, sizeof none);
    return ar__pool_cmd(p, cb, ud, argc, argv, argvlen, NULL, none);
}

AR_API unsigned ar_pool_dirty(const ar_pool *p, const ar_client *c) {
    const ar__pconn *pc = p ? ar__pool_find(p, c) : NULL;
    return pc ? ar__pool_dirty_bits(p, pc) : 0u;
}

AR_API void ar_pool_get_stats(const ar_pool *p, ar_pool_stats *out) {
    *out = p->st;
    out->active = p->active;
    out->idle = p->idle;
    out->waiting = p->nwait;
    out->connecting = p->connecting;
    out->cleaning = p->cleaning;
    out->total = ar__pool_total(p);
}

AR_API void ar_pool_close(ar_pool *p) {
    if (!p || p->closing) return;
    p->closing = 1;
    p->depth++;
    ar__pool_shut(p, 0);
    ar__pool_leave(p, 0);
}

AR_API void ar_pool_free(ar_pool *p) {
    if (!p || p->freeing) return;
    p->closing = 1;
    p->freeing = 1;
    p->depth++;
    ar__pool_shut(p, 1);
    ar__pool_flush_closed(p);
    ar__pool_leave(p, 0);
}

AR_API void ar_pool_handle_timer(ar_pool *p) {
    if (!p) return;
    p->timer_at = -1;
    if (p->free_later) {
        if (p->depth == 0) ar__pool_release_mem(p);
        return;
    }
    p->depth++;
    ar__pool_run(p);
    ar__pool_leave(p, 0);
}

AR_API long long ar_pool_pump(ar_pool *p) {
    long long next = -1, r, now;
    unsigned i;
    if (!p) return -2;
    if (p->free_later && p->depth == 0) { ar__pool_release_mem(p); return -2; }
    p->depth++;
    if (p->mode == AR__M_PUMP) {
        for (i = 0; i < p->hi; i++) {
            ar_client *c = p->slots[i].c;
            if (!c) continue;
            r = ar_pump(c);
            if (r >= 0 && (next < 0 || r < next)) next = r;
        }
    }
    now = ar__pool_now();
    if (p->rq_head || p->timer_at == 0 || (p->timer_at > 0 && p->timer_at <= now)) {
        p->timer_at = -1;
        if (!p->free_later) ar__pool_run(p);
    }
    if (ar__pool_leave(p, 0)) return -2;
    if (p->free_later) { ar__pool_release_mem(p); return -2; }
    if (p->timer_at >= 0) {
        r = p->timer_at > now ? p->timer_at - now : 0;
        if (next < 0 || r < next) next = r;
    }
    return next;
}

AR_API void *ar_pool_data(const ar_pool *p) { return p->o.data; }
AR_API const char *ar_pool_errstr(const ar_pool *p) { return p->errstr; }

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
