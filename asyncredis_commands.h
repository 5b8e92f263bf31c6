/* asyncredis_commands.h - Redis command table, key extraction, key
   prefixing, reply helpers and one wrapper per command, for asyncredis.h

   DO THIS in the one C or C++ file that compiles asyncredis.h's
   implementation, instead of including asyncredis.h there:

       #define ASYNCREDIS_IMPLEMENTATION
       #include "asyncredis_commands.h"     (it includes asyncredis.h)

   Every other file just includes "asyncredis_commands.h" (or only
   "asyncredis.h" if it does not use this file). As in asyncredis.h, the
   part above ">>implementation" holds declarations only (constants, types,
   prototypes): a file that includes it defines no data and no function.
   The tables and the functions are compiled once, in the implementation
   file, however often this header is included there (the
   ASYNCREDIS_API / AR_API linkage of asyncredis.h applies: with
   `#define ASYNCREDIS_API static` the table and the wrappers are private to
   that file too). A program whose implementation file includes only
   asyncredis.h gets undefined references to ar_cmdtab_* / arcmd_* when it
   uses them: include this header there.

   CONTENTS
   This manual: DO THIS, GENERATED REGIONS, A NEWER SERVER, CONFIGURATION
   MACROS, then 1. THE COMMAND TABLE, 2. KEY EXTRACTION (and blocking
   timeouts), 3. KEY PREFIXING, 4. REPLY HELPERS, 5. COMMAND WRAPPERS. The
   code below is in parts marked ">>name" (search for them), in this order:
     declarations (what every file sees)
       >>table-constants  counts, flag / ACL / tip / key-spec bits, groups
                          (generated)
       >>table-types      ar_cmdtab_cmd, ar_cmdtab_keyspec, the option and
                          position rules, result codes
       >>table-api        lookup and walking the table (section 1)
       >>keys             ar_cmdtab_getkeys (section 2)
       >>blocking         ar_cmdtab_block_timeout (section 2)
       >>prefix           ar_cmdtab_prefix_argv / _positions (section 3)
       >>learn            commands learned from a server: ar_cmdtab_learned,
                          ar_cmdtab_learn, ar_cmdtab_prefix_learned (section 3)
       >>replies          INFO, field/value pairs, TIME (section 4)
       >>wrappers         per command: its syntax, options struct and
                          prototype, by group: >>wrappers:generic, ...
                          (generated; section 5)
     >>implementation     (the file that defines ASYNCREDIS_IMPLEMENTATION)
       >>table-data       the tables (generated)
       >>table-api impl   binary search, entries
       >>keys impl        key specs and override rules walked over an argv
       >>blocking impl    the table's view over asyncredis.h's reader
       >>prefix impl      prefixing, glob escaping
       >>learn impl       reading COMMAND INFO's key specs
       >>replies impl     the reply helpers
       >>wrapper-support  the argv builder the wrappers share
       >>wrappers impl    the wrappers' definitions (generated)

   GENERATED REGIONS
   This file is written by hand, except for the lines between a line
   "@generated NAME {" and a line "@generated NAME }": gen_commands.py
   writes those from commands.json (COMMAND INFO + COMMAND DOCS of a real
   redis-server) and key_overrides.json. Do not edit inside them: change
   the JSON or the generator and run `make commands`, which rewrites the
   regions in place and leaves the rest of this file alone (`make test`
   checks that they are up to date). This copy's data:
   @generated source {
       COMMAND INFO + COMMAND DOCS of redis-server 7.0.15: 240 commands,
       126 subcommands (AR_CMDTAB_SERVER_VERSION, AR_CMDTAB_*_COUNT).
   @generated source }

   A NEWER SERVER (7.2, 7.4, 8.x, valkey): commands this table does not
   know are refused while a key prefix is set and have no wrapper. Build
   the table for your server without waiting for a release:
       redis-cli --json COMMAND INFO > info.json   (-3 or -2: RESP3 or 2, both read)
       redis-cli --json COMMAND DOCS > docs.json
       python3 gen_commands.py --from-files info.json docs.json -o my.json
   (--server-version 7.4.0 names the version; or --from-dir
   path/to/redis/src/commands: the server source's command files), then
       python3 gen_commands.py --json my.json -o asyncredis_commands.h
   rewrites this file's generated regions for that server. `gen_commands.py
   --help` describes the forms accepted.

   CONFIGURATION MACROS (define before including the implementation)

       ASYNCREDIS_CMD_STACK_ARGS  argv slots a wrapper keeps on the stack
                                  (default 32, at least 4); a longer
                                  command takes its argv from the client's
                                  allocator (ar_options.allocator) for the
                                  call's duration.

   1. THE COMMAND TABLE (prefix ar_cmdtab_, constants AR_CMDTAB_)

       const ar_cmdtab_cmd *cmd = ar_cmdtab_lookup("get", 3);        // any case
       cmd = ar_cmdtab_lookup("CONFIG|GET", (size_t)-1);             // (size_t)-1: strlen
       cmd = ar_cmdtab_lookup_sub(ar_cmdtab_lookup("client", 6), "KILL", 4);
       cmd = ar_cmdtab_lookup_argv(argc, argv, argvlen);  // resolves subcommands
       if (cmd && (cmd->flags & AR_CMDTAB_F_BLOCKING)) ...

   Lookup is a binary search over lower-case names (no allocation). Each
   ar_cmdtab_cmd has name (a subcommand's own name, "kill"), fullname
   ("client|kill"), arity (Redis convention: > 0 exact argc, < 0 at least
   -arity; argv[0] and a subcommand's name count), flags (AR_CMDTAB_F_*),
   acl (AR_CMDTAB_ACL_*), tips (AR_CMDTAB_TIP_*), group (AR_CMDTAB_GROUP_*),
   since, deprecated_since, the legacy first/last/step key triple, and its
   key specs (ar_cmdtab_keyspecs). ar_cmdtab_at(i) for 0 <= i <
   AR_CMDTAB_COUNT walks all entries: top-level commands first (sorted),
   then the subcommands; ar_cmdtab_count() is AR_CMDTAB_COUNT,
   ar_cmdtab_index(cmd) the inverse of ar_cmdtab_at, ar_cmdtab_parent(cmd)
   a subcommand's container (NULL at the top level). ar_cmdtab_arity_ok(cmd,
   argc) checks an argc, ar_cmdtab_has_keys(cmd) says whether the command
   can take keys, ar_cmdtab_group_name(group) names a group ("sorted-set")
   and ar_cmdtab_strerror(rc) an AR_CMDTAB_E* code.

   2. KEY EXTRACTION

       int pos[16]; unsigned kf[16];
       int n = ar_cmdtab_getkeys(cmd, argc, argv, argvlen, pos, kf, 16);

   Returns how many argv positions hold keys (written to pos[], with their
   AR_CMDTAB_KS_* flags in kf[] if kf is not NULL), in the order of the
   key specs (what COMMAND GETKEYS answers, plus shard channels flagged
   AR_CMDTAB_KS_NOT_KEY), or a negative code:
       AR_CMDTAB_EUNKNOWN       cmd is NULL: a command the table does not know
                                (module, newer server). Callers that need
                                keys (prefixing, cluster) must refuse it.
       AR_CMDTAB_EUNDETERMINED  known, but its keys cannot be found from argv
                                (e.g. DEBUG).
       AR_CMDTAB_EINVALID       argv does not fit the command (arity, a bad
                                numkeys, ...); the server would reject it.
       AR_CMDTAB_ECAPACITY      more keys than cap (cap = argc always fits).
   argvlen may be NULL (strlen). Keys are found from the key specs of
   COMMAND INFO, as the server does, plus the fixes in key_overrides.json.

   Blocking commands: ar_cmdtab_block_timeout(cmd, argc, argv, argvlen, &ms)
   gives the server-side timeout of BLPOP & co. (seconds argument), WAIT
   and WAITAOF (milliseconds) and XREAD/XREADGROUP BLOCK ms: 1 and ms (0:
   forever), 0 if this argv does not block, or a negative code. It is the
   client's own reading (asyncredis.h's, which sets blocking commands'
   deadlines), and the server's: seconds are a float ("1e1", "0x1p3")
   rounded up to whole ms, milliseconds a strict integer.

   3. KEY PREFIXING (no client needed, no allocation)

       const char *oargv[N]; size_t olen[N]; char buf[4096]; size_t need;
       const char *why;
       int n = ar_cmdtab_prefix_argv("app:", 4, 0, argc, argv, argvlen,
                                     oargv, olen, buf, sizeof buf, &need, &why);

   Fills oargv/olen (argc entries) with the command to send: every key gets
   the prefix, and so do key patterns (KEYS, SCAN ... MATCH; the prefix's
   glob characters are escaped), SORT BY/GET templates (not GET #), CLIENT
   TRACKING PREFIX, channels (PUBLISH, SUBSCRIBE, SPUBLISH, PUBSUB NUMSUB,
   ...) and channel patterns (PSUBSCRIBE, PUNSUBSCRIBE, PUBSUB CHANNELS).
   EVAL / EVALSHA / FCALL (and _RO) prefix exactly numkeys keys. Untouched
   arguments point at the caller's strings; prefixed ones live in buf (each
   NUL-terminated). Returns the number of prefixed arguments, or
   AR_CMDTAB_ECAPACITY (*need says how many bytes buf needs; nothing
   else changed), or another negative code with *why set: unknown commands
   and commands whose keys cannot be determined are refused. Flags:
   AR_CMDTAB_PREFIX_NO_CHANNELS leaves channels and channel patterns alone.
   HSCAN/SSCAN/ZSCAN MATCH patterns match fields/members, not key names, so
   they are not prefixed. ar_cmdtab_prefix_positions reports the positions
   and their roles (AR_CMDTAB_POS_*) instead of building the argv.

   Commands this table does not know (a newer server's, a module's) can be
   learned from the connected server instead of regenerating (asyncredis.h,
   section 2, "Learned commands"):
       o.prefixer_learned = ar_cmdtab_prefix_learned;   // the table, then what was learned
       o.learner = ar_cmdtab_learn;                     // COMMAND INFO -> ar_cmdtab_learned
   ar_cmdtab_learn(info, out, cap, &need, &why) turns one element of COMMAND
   INFO's reply into an ar_cmdtab_learned (its first member an ar_cmdtab_cmd
   with keys_how AR_CMDTAB_KEYS_LEARNED and key specs of its own: at most
   AR_CMDTAB_LEARN_SPECS (8), a name under AR_CMDTAB_LEARN_NAME (64) bytes,
   keywords under AR_CMDTAB_LEARN_KEYWORD (32)); the same key-spec walk then
   finds its keys, so ar_cmdtab_getkeys, ar_cmdtab_keyspecs and
   ar_cmdtab_prefix_positions take it like a table entry. It refuses nil
   (AR_CMDTAB_EUNKNOWN: the server does not know the command), containers
   with subcommands, movablekeys without key specs and replies without key
   specs (a server before Redis 7). The position rules of key_overrides.json
   do not apply to learned commands: their channels are found where key
   specs say not_key (SPUBLISH), not PUBLISH-like. ar_cmdtab_prefix_learned
   (learned, prefix, ...) is ar_cmdtab_prefix_argv that, for a command the
   table does not know, looks in learned: ar_cmdtab_learned_lookup(learned,
   name, len) gives the learned command (NULL: not learned). A test build
   can make the table forget top-level names: define
   ASYNCREDIS_CMDTAB_FORGET(name, len) as a predicate (tests/test_learn.c).

   4. REPLY HELPERS (views over a const ar_reply *, no allocation)

       ar_info_iter it; ar_info_field f;            // INFO text
       ar_info_init_reply(&it, r);                  // or ar_info_init(&it, text, len)
       while (ar_info_next(&it, &f)) printf("%.*s %.*s=%.*s\n", ...);
       ar_info_find(r, "redis_version", &v, &vlen);
       ar_info_subfield(v, vlen, "keys", &x, &xlen);  // "keys=1,expires=0"

       ar_pairs_iter pi; const ar_reply *k, *v;    // HGETALL, CONFIG GET, ...
       ar_pairs_init(&pi, r); while (ar_pairs_next(&pi, &k, &v)) ...
       v = ar_pairs_get(r, "maxmemory", (size_t)-1);

       long long sec, usec; ar_time_parse(r, &sec, &usec);   // TIME

   5. COMMAND WRAPPERS (prefix arcmd_)

   One function per command and subcommand, its shape read from the COMMAND
   DOCS argument tree: GET is arcmd_get, CLIENT KILL arcmd_client_kill,
   CLIENT NO-EVICT arcmd_client_no_evict. Each has a one-line comment
   (syntax, summary, group, since), an options struct and a prototype:

       int arcmd_NAME(ar_client *c, ar_callback *cb, void *ud,
                      <the required arguments, in order>,
                      const arcmd_NAME_opts *o);          (o NULL: no options)

   It returns what ar_command_argv_ex returns: AR_OK, or an error code and
   the callback never runs. Refused at once with AR_ERR_INVALID, nothing
   sent and ar_client_errstr saying why ("SET: at most one of nx, xx"): a
   NULL client or required string, a bad count, a choice that is not one of
   the command's tokens, options that exclude each other, part of a block
   missing. AR_ERR_NOMEM: an argv beyond ASYNCREDIS_CMD_STACK_ARGS that the
   client's allocator refused. Nothing else is allocated.

   Required arguments are positional and typed:
       key, string, pattern     const char *name       NUL-terminated, or
                                                        see lengths below
       integer, unix-time       long long name
       double                   double name            sent as %.17g
       a choice of tokens       const char *name       one of them, any case
                                                        ("LEFT", "before")
       a token or a value       const char *name       XADD: "*" or an id
       repeated                 int name_count,        at least one; a group
                                const char *const *name  (MSET key value) is
                                                        flattened: 4 for two
                                                        pairs; a numkeys that
                                                        counts it is filled in
   Cursors (SCAN ...) and ZINCRBY's increment are strings.

   Everything optional is a field of arcmd_NAME_opts, named after its
   keyword (ex, match, withscores) or else its argument (count, element).
   Zero is "not sent" and anything else is sent as given -- 0 included,
   since values are given by pointer, so no value needs a "set" flag:
       call                     const ar_cmd_opts *    per-call options
                                                        (timeout, flags)
       [NX]                     int nx                 1: sent
       [EX seconds]             const long long *ex    &v: EX v (EX 0 too)
       [BYRADIUS radius]        const double *         likewise
       [MATCH pattern]          const char *match      NULL: not sent
       [NX | XX]                int nx, xx             at most one set
       [EX s | PX ms | KEEPTTL] a field each           at most one set
       [TYPE NORMAL | MASTER]   const char *type       one of the tokens
       [LIMIT offset count]     limit_offset,          a keyword block's
                                limit_count            parts: keyword_part;
                                                        all or none
       [FULL [COUNT count]]     int full; count        COUNT implies FULL
       [GET pattern ...]        int get_count;         repeated: count and
                                const char *const *get  array (GET before each)
       <FROMMEMBER m | FROMLONLAT lon lat>            a required choice of
                                frommember,            valued alternatives:
                                fromlonlat_longitude,  exactly one set (o
                                fromlonlat_latitude    cannot be NULL then)
   A name met twice in one command is prefixed with its block's name
   (GEOSEARCH: circle_unit, box_unit). Arguments that no struct can type
   (BITFIELD's operations) are an untyped argc / argv / argvlen in the
   options, sent in their place.

   Binary safety: every string argument, required or optional, has a
   `const size_t *NAME_len` in the options (for an array: its lengths).
   NULL: strlen; else exactly that many bytes, NULs included; &0 sends an
   empty argument whatever the pointer points at.

       long long ttl = 10;
       size_t kl = 6, vl = 3;
       arcmd_get(c, cb, ud, "k", NULL);
       arcmd_set(c, cb, ud, "k", "v", &(arcmd_set_opts){ .ex = &ttl, .nx = 1 });
       arcmd_set(c, cb, ud, "k\0bin", "v\0v",
                 &(arcmd_set_opts){ .key_len = &kl, .value_len = &vl });
       arcmd_del(c, cb, ud, AR_STRS("a", "b", "c"), NULL);
       arcmd_geosearch(c, cb, ud, "geo", &(arcmd_geosearch_opts){
                       .frommember = "Palermo", .byradius = &r,
                       .circle_unit = "km", .asc = 1 });

   C99 fills the structs with designated initialisers, as above; C++11
   zero-initialises and assigns (arcmd_set_opts o = {}; o.ex = &ttl;
   o.nx = 1; arcmd_set(c, cb, ud, "k", "v", &o);). AR_STRS(...) (C
   only) expands to the count and a compound-literal array of its strings.
   Wrappers do not prefix keys themselves: that is the client's key_prefix
   option.

   Common commands, wrapper next to format string; characters as
   written (f: format string; w: wrapper, one expression; s: the wrapper
   with its options in a `static const` object made once):

   @generated common calls {
   GET           f  36  ar_command(c, cb, ud, "GET %s", key)
                 w  31  arcmd_get(c, cb, ud, key, NULL)
   SET           f  44  ar_command(c, cb, ud, "SET %s %s", key, val)
                 w  36  arcmd_set(c, cb, ud, key, val, NULL)
   SET EX NX     f  60  ar_command(c, cb, ud, "SET %s %s EX %lld NX", key, val, ttl)
                 w  72  arcmd_set(c, cb, ud, key, val, &(arcmd_set_opts){ .ex = &ttl, .nx = 1 })
                 s  38  arcmd_set(c, cb, ud, key, val, &ex_nx)
   DEL 3 keys    f  49  ar_command(c, cb, ud, "DEL %s %s %s", k1, k2, k3)
                 w  47  arcmd_del(c, cb, ud, AR_STRS(k1, k2, k3), NULL)
   DEL n keys    f  --  (no format string: ar_command_argv and a built argv)
                 w  35  arcmd_del(c, cb, ud, n, keys, NULL)
   INCR          f  37  ar_command(c, cb, ud, "INCR %s", key)
                 w  32  arcmd_incr(c, cb, ud, key, NULL)
   INCRBY        f  47  ar_command(c, cb, ud, "INCRBY %s %lld", key, n)
                 w  37  arcmd_incrby(c, cb, ud, key, n, NULL)
   HSET 2 pairs  f  65  ar_command(c, cb, ud, "HSET %s %s %s %s %s", key, f1, v1, f2, v2)
                 w  57  arcmd_hset(c, cb, ud, key, AR_STRS(f1, v1, f2, v2), NULL)
   HGETALL       f  40  ar_command(c, cb, ud, "HGETALL %s", key)
                 w  35  arcmd_hgetall(c, cb, ud, key, NULL)
   LPUSH 3       f  56  ar_command(c, cb, ud, "LPUSH %s %s %s %s", key, a, b, d)
                 w  51  arcmd_lpush(c, cb, ud, key, AR_STRS(a, b, d), NULL)
   LRANGE        f  52  ar_command(c, cb, ud, "LRANGE %s %d %d", key, 0, -1)
                 w  41  arcmd_lrange(c, cb, ud, key, 0, -1, NULL)
   EXPIRE        f  49  ar_command(c, cb, ud, "EXPIRE %s %lld", key, ttl)
                 w  39  arcmd_expire(c, cb, ud, key, ttl, NULL)
   EXPIRE NX     f  52  ar_command(c, cb, ud, "EXPIRE %s %lld NX", key, ttl)
                 w  66  arcmd_expire(c, cb, ud, key, ttl, &(arcmd_expire_opts){ .nx = 1 })
                 s  38  arcmd_expire(c, cb, ud, key, ttl, &nx)
   ZADD          f  51  ar_command(c, cb, ud, "ZADD %s %s %s", key, s1, m1)
                 w  49  arcmd_zadd(c, cb, ud, key, AR_STRS(s1, m1), NULL)
   ZADD GT CH    f  71  ar_command(c, cb, ud, "ZADD %s GT CH %s %s %s %s", key, s1, m1, s2, m2)
                 w  91  arcmd_zadd(c, cb, ud, key, AR_STRS(s1, m1, s2, m2),
                          &(arcmd_zadd_opts){ .gt = 1, .ch = 1 })
                 s  59  arcmd_zadd(c, cb, ud, key, AR_STRS(s1, m1, s2, m2), &gt_ch)
   XADD MAXLEN ~ f  68  ar_command(c, cb, ud, "XADD %s MAXLEN ~ %s * %s %s", key, max, f, v)
                 w 128  arcmd_xadd(c, cb, ud, key, "*", AR_STRS(f, v),
                          &(arcmd_xadd_opts){ .strategy = "MAXLEN", .approximately = 1,
                          .threshold = max })
                 s  55  arcmd_xadd(c, cb, ud, key, "*", AR_STRS(f, v), &capped)
   @generated common calls }
   Without options the wrapper is the shorter (every row above without an
   s line). With options in one expression it is longer by the options
   struct's name and the fields' names (C has no keyword arguments), and
   shorter again with the options made once, for example at file scope:

       static const long long ten = 10;
       static const arcmd_set_opts ex_nx = { .ex = &ten, .nx = 1 };
       static const arcmd_expire_opts nx = { .nx = 1 };
       static const arcmd_zadd_opts gt_ch = { .gt = 1, .ch = 1 };
       static const arcmd_xadd_opts capped = { .strategy = "MAXLEN",
                                               .approximately = 1, .threshold = "1000" };

   What the wrapper gives for it: every argument typed and named, binary
   safe, counted, checked against the command's tokens and rules before
   anything is sent. (tests/test_gen_commands.py compiles every line of
   the table and these definitions, and checks the lengths.)
*/
#ifndef ASYNCREDIS_COMMANDS_H
#define ASYNCREDIS_COMMANDS_H

#include "asyncredis.h"

/* >>table-constants ----------------------------------------------------- */
/* @generated constants { */
#define AR_CMDTAB_SERVER_VERSION "7.0.15"  /* the server commands.json came from */
#define AR_CMDTAB_TOPLEVEL_COUNT 240    /* == COMMAND COUNT */
#define AR_CMDTAB_SUBCOMMAND_COUNT 126
#define AR_CMDTAB_COUNT 366

/* command flags (ar_cmdtab_cmd.flags), from COMMAND INFO */
#define AR_CMDTAB_F_WRITE (1ul << 0)
#define AR_CMDTAB_F_READONLY (1ul << 1)
#define AR_CMDTAB_F_DENYOOM (1ul << 2)
#define AR_CMDTAB_F_MODULE (1ul << 3)
#define AR_CMDTAB_F_ADMIN (1ul << 4)
#define AR_CMDTAB_F_PUBSUB (1ul << 5)
#define AR_CMDTAB_F_NOSCRIPT (1ul << 6)
#define AR_CMDTAB_F_BLOCKING (1ul << 7)
#define AR_CMDTAB_F_LOADING (1ul << 8)
#define AR_CMDTAB_F_STALE (1ul << 9)
#define AR_CMDTAB_F_SKIP_MONITOR (1ul << 10)
#define AR_CMDTAB_F_SKIP_SLOWLOG (1ul << 11)
#define AR_CMDTAB_F_ASKING (1ul << 12)
#define AR_CMDTAB_F_FAST (1ul << 13)
#define AR_CMDTAB_F_NO_AUTH (1ul << 14)
#define AR_CMDTAB_F_MAY_REPLICATE (1ul << 15)
#define AR_CMDTAB_F_SENTINEL (1ul << 16)
#define AR_CMDTAB_F_ONLY_SENTINEL (1ul << 17)
#define AR_CMDTAB_F_NO_MANDATORY_KEYS (1ul << 18)
#define AR_CMDTAB_F_PROTECTED (1ul << 19)
#define AR_CMDTAB_F_MODULE_GETKEYS (1ul << 20)
#define AR_CMDTAB_F_MODULE_NO_CLUSTER (1ul << 21)
#define AR_CMDTAB_F_NO_ASYNC_LOADING (1ul << 22)
#define AR_CMDTAB_F_NO_MULTI (1ul << 23)
#define AR_CMDTAB_F_MOVABLEKEYS (1ul << 24)
#define AR_CMDTAB_F_ALLOW_BUSY (1ul << 25)
#define AR_CMDTAB_F_MODULE_GETCHANNELS (1ul << 26)
#define AR_CMDTAB_F_TOUCHES_ARBITRARY_KEYS (1ul << 27)

/* ACL categories (ar_cmdtab_cmd.acl) */
#define AR_CMDTAB_ACL_KEYSPACE (1ul << 0)
#define AR_CMDTAB_ACL_READ (1ul << 1)
#define AR_CMDTAB_ACL_WRITE (1ul << 2)
#define AR_CMDTAB_ACL_SET (1ul << 3)
#define AR_CMDTAB_ACL_SORTEDSET (1ul << 4)
#define AR_CMDTAB_ACL_LIST (1ul << 5)
#define AR_CMDTAB_ACL_HASH (1ul << 6)
#define AR_CMDTAB_ACL_STRING (1ul << 7)
#define AR_CMDTAB_ACL_BITMAP (1ul << 8)
#define AR_CMDTAB_ACL_HYPERLOGLOG (1ul << 9)
#define AR_CMDTAB_ACL_GEO (1ul << 10)
#define AR_CMDTAB_ACL_STREAM (1ul << 11)
#define AR_CMDTAB_ACL_PUBSUB (1ul << 12)
#define AR_CMDTAB_ACL_ADMIN (1ul << 13)
#define AR_CMDTAB_ACL_FAST (1ul << 14)
#define AR_CMDTAB_ACL_SLOW (1ul << 15)
#define AR_CMDTAB_ACL_BLOCKING (1ul << 16)
#define AR_CMDTAB_ACL_DANGEROUS (1ul << 17)
#define AR_CMDTAB_ACL_CONNECTION (1ul << 18)
#define AR_CMDTAB_ACL_TRANSACTION (1ul << 19)
#define AR_CMDTAB_ACL_SCRIPTING (1ul << 20)

/* command tips (ar_cmdtab_cmd.tips), for cluster routing */
#define AR_CMDTAB_TIP_NONDETERMINISTIC_OUTPUT (1ul << 0)
#define AR_CMDTAB_TIP_NONDETERMINISTIC_OUTPUT_ORDER (1ul << 1)
#define AR_CMDTAB_TIP_REQUEST_POLICY_ALL_NODES (1ul << 2)
#define AR_CMDTAB_TIP_REQUEST_POLICY_ALL_SHARDS (1ul << 3)
#define AR_CMDTAB_TIP_REQUEST_POLICY_MULTI_SHARD (1ul << 4)
#define AR_CMDTAB_TIP_REQUEST_POLICY_SPECIAL (1ul << 5)
#define AR_CMDTAB_TIP_RESPONSE_POLICY_ONE_SUCCEEDED (1ul << 6)
#define AR_CMDTAB_TIP_RESPONSE_POLICY_ALL_SUCCEEDED (1ul << 7)
#define AR_CMDTAB_TIP_RESPONSE_POLICY_AGG_LOGICAL_AND (1ul << 8)
#define AR_CMDTAB_TIP_RESPONSE_POLICY_AGG_LOGICAL_OR (1ul << 9)
#define AR_CMDTAB_TIP_RESPONSE_POLICY_AGG_MIN (1ul << 10)
#define AR_CMDTAB_TIP_RESPONSE_POLICY_AGG_MAX (1ul << 11)
#define AR_CMDTAB_TIP_RESPONSE_POLICY_AGG_SUM (1ul << 12)
#define AR_CMDTAB_TIP_RESPONSE_POLICY_SPECIAL (1ul << 13)

/* key spec flags (ar_cmdtab_keyspec.flags and the kflags of a key) */
#define AR_CMDTAB_KS_RO (1u << 0)
#define AR_CMDTAB_KS_RW (1u << 1)
#define AR_CMDTAB_KS_OW (1u << 2)
#define AR_CMDTAB_KS_RM (1u << 3)
#define AR_CMDTAB_KS_ACCESS (1u << 4)
#define AR_CMDTAB_KS_UPDATE (1u << 5)
#define AR_CMDTAB_KS_INSERT (1u << 6)
#define AR_CMDTAB_KS_DELETE (1u << 7)
#define AR_CMDTAB_KS_NOT_KEY (1u << 8)
#define AR_CMDTAB_KS_INCOMPLETE (1u << 9)
#define AR_CMDTAB_KS_VARIABLE_FLAGS (1u << 10)

/* command groups (ar_cmdtab_cmd.group) */
enum {
    AR_CMDTAB_GROUP_GENERIC = 0,
    AR_CMDTAB_GROUP_STRING = 1,
    AR_CMDTAB_GROUP_LIST = 2,
    AR_CMDTAB_GROUP_SET = 3,
    AR_CMDTAB_GROUP_SORTED_SET = 4,
    AR_CMDTAB_GROUP_HASH = 5,
    AR_CMDTAB_GROUP_PUBSUB = 6,
    AR_CMDTAB_GROUP_TRANSACTIONS = 7,
    AR_CMDTAB_GROUP_CONNECTION = 8,
    AR_CMDTAB_GROUP_SERVER = 9,
    AR_CMDTAB_GROUP_SCRIPTING = 10,
    AR_CMDTAB_GROUP_HYPERLOGLOG = 11,
    AR_CMDTAB_GROUP_CLUSTER = 12,
    AR_CMDTAB_GROUP_SENTINEL = 13,
    AR_CMDTAB_GROUP_GEO = 14,
    AR_CMDTAB_GROUP_STREAM = 15,
    AR_CMDTAB_GROUP_BITMAP = 16,
    AR_CMDTAB_GROUP_MODULE = 17,
    AR_CMDTAB_GROUP_COUNT_ = 18
};
/* @generated constants } */

/* >>table-types ---------------------------------------------------------- */
enum {
    AR_CMDTAB_BS_UNKNOWN = 0, AR_CMDTAB_BS_INDEX, AR_CMDTAB_BS_KEYWORD
};
enum {
    AR_CMDTAB_FK_UNKNOWN = 0, AR_CMDTAB_FK_RANGE, AR_CMDTAB_FK_KEYNUM
};
/* how a command's keys are found */
enum {
    AR_CMDTAB_KEYS_SPECS = 0,  /* from its key specs (possibly none) */
    AR_CMDTAB_KEYS_NONE,       /* override: no keys */
    AR_CMDTAB_KEYS_UNKNOWN,    /* override: takes keys that cannot be located */
    AR_CMDTAB_KEYS_MIGRATE,    /* MIGRATE's key or KEYS list (built in) */
    AR_CMDTAB_KEYS_LEARNED     /* learned from a server (>>learn): key specs of its own */
};
/* how a command blocks the connection (ar_cmdtab_block_timeout) */
enum {
    AR_CMDTAB_BLOCK_NONE = 0,
    AR_CMDTAB_BLOCK_ARG_SECONDS,  /* timeout argument in seconds (BLPOP, BLMPOP, ...) */
    AR_CMDTAB_BLOCK_ARG_MS,       /* timeout argument in milliseconds (WAIT) */
    AR_CMDTAB_BLOCK_OPTION_MS     /* optional BLOCK milliseconds (XREAD, XREADGROUP) */
};
#define AR_CMDTAB__TIMEOUT_MS 0x100u  /* option role: the BLOCK timeout */
/* roles of argv positions (prefixing); ar_cmdtab_option.role */
#define AR_CMDTAB_POS_KEY             0x01u  /* a key */
#define AR_CMDTAB_POS_PATTERN         0x02u  /* glob over key names (KEYS, SCAN MATCH) */
#define AR_CMDTAB_POS_TEMPLATE        0x04u  /* key name with '*' substituted (SORT BY/GET) */
#define AR_CMDTAB_POS_CHANNEL         0x08u  /* a pub/sub channel */
#define AR_CMDTAB_POS_CHANNEL_PATTERN 0x10u  /* glob over channels (PSUBSCRIBE) */
#define AR_CMDTAB_POS_KEY_PREFIX      0x20u  /* a literal key prefix (CLIENT TRACKING PREFIX) */
#define AR_CMDTAB_POS_HASH_LITERAL    0x40u  /* modifier: "#" is not a template (SORT GET #) */
#define AR_CMDTAB_POS_LAST            0x80u  /* modifier: only the last occurrence's
                                                argument counts (SORT ... STORE) */
/* position rule kinds */
enum { AR_CMDTAB_PR_INDEX = 1, AR_CMDTAB_PR_RANGE, AR_CMDTAB_PR_OPTIONS };

/* result codes of extraction and prefixing */
enum {
    AR_CMDTAB_EUNKNOWN = -1,       /* command not in the table */
    AR_CMDTAB_EUNDETERMINED = -2,  /* its keys cannot be determined from argv */
    AR_CMDTAB_EINVALID = -3,       /* argv does not fit the command */
    AR_CMDTAB_ECAPACITY = -4,      /* caller's array or buffer too small */
    AR_CMDTAB_EPREFIX = -5         /* the prefix cannot be applied here */
};
/* ar_cmdtab_prefix_argv / _positions flags */
#define AR_CMDTAB_PREFIX_NO_CHANNELS 0x1u  /* leave channels and channel patterns alone */

/* One key spec, as in COMMAND INFO (begin_search + find_keys). */
typedef struct ar_cmdtab_keyspec {
    unsigned flags;          /* AR_CMDTAB_KS_* */
    int bs_type;             /* AR_CMDTAB_BS_* */
    int bs_index;            /* INDEX: argv position where the search begins */
    const char *bs_keyword;  /* KEYWORD: upper-case keyword */
    int bs_startfrom;        /* KEYWORD: start; < 0: from the end, backwards */
    int fk_type;             /* AR_CMDTAB_FK_* */
    int fk_lastkey;          /* RANGE: last key, relative; < 0: from the end */
    int fk_keystep;          /* RANGE, KEYNUM: distance between keys */
    int fk_limit;            /* RANGE with lastkey < 0: keys are 1/limit of the rest */
    int fk_keynumidx;        /* KEYNUM: position of numkeys, relative */
    int fk_firstkey;         /* KEYNUM: first key, relative */
} ar_cmdtab_keyspec;

/* An option keyword found by scanning argv (SORT, SCAN, CLIENT TRACKING). */
typedef struct ar_cmdtab_option {
    const char *keyword;     /* upper case */
    int nargs;               /* arguments it takes; -1: all the rest */
    unsigned role;           /* AR_CMDTAB_POS_* of those arguments, or 0 */
    unsigned key_flags;      /* AR_CMDTAB_KS_* when role is a key */
} ar_cmdtab_option;

/* Prefixable positions that key specs do not cover (key_overrides.json). */
typedef struct ar_cmdtab_posrule {
    int kind;                /* AR_CMDTAB_PR_* */
    unsigned role;           /* INDEX, RANGE: AR_CMDTAB_POS_* */
    int first, last;         /* INDEX: first; RANGE: first..last (< 0: argc+last);
                                OPTIONS: the scan starts at first */
    int opt_first, opt_count;/* OPTIONS: the option table */
} ar_cmdtab_posrule;

typedef struct ar_cmdtab_cmd {
    const char *name;        /* lower case; a subcommand's own name ("kill") */
    const char *fullname;    /* "get", "client|kill" */
    int parent;              /* table index of the container; -1: top level */
    int sub_first, sub_count;/* table indexes of the subcommands (sorted) */
    int arity;               /* > 0: exact argc; < 0: at least -arity */
    unsigned long flags;     /* AR_CMDTAB_F_* */
    unsigned long acl;       /* AR_CMDTAB_ACL_* */
    unsigned long tips;      /* AR_CMDTAB_TIP_* */
    int group;               /* AR_CMDTAB_GROUP_* */
    const char *since;       /* Redis version that added it */
    const char *deprecated_since; /* NULL unless deprecated */
    int first_key, last_key, key_step; /* legacy COMMAND INFO key triple */
    int keys_how;            /* AR_CMDTAB_KEYS_* */
    int spec_first, spec_count; /* its key specs (ar_cmdtab_keyspecs) */
    int rule_first, rule_count; /* its extra position rules */
    int block_kind;          /* AR_CMDTAB_BLOCK_*: where its server-side timeout is */
    int block_index;         /* ARG_*: argv index (< 0: from the end);
                                OPTION_MS: where the option scan starts */
    int block_opt_first, block_opt_count; /* OPTION_MS: option table */
} ar_cmdtab_cmd;

#ifdef __cplusplus
extern "C" {
#endif

/* >>table-api ------------------------------------------------------------ */
AR_API int ar_cmdtab_count(void);

/* Entry i (0 <= i < AR_CMDTAB_COUNT), NULL outside. */
AR_API const ar_cmdtab_cmd *ar_cmdtab_at(int i);
AR_API int ar_cmdtab_index(const ar_cmdtab_cmd *cmd);

/* The container of a subcommand; NULL for a top-level command. */
AR_API const ar_cmdtab_cmd *ar_cmdtab_parent(const ar_cmdtab_cmd *cmd);

/* A subcommand of parent by name (any case); NULL if none. */
AR_API const ar_cmdtab_cmd *ar_cmdtab_lookup_sub(const ar_cmdtab_cmd *parent,
                                               const char *sub, size_t len);

/* A command by name, any case; "parent|sub" finds a subcommand.
   len (size_t)-1: name is NUL-terminated. NULL if unknown. */
AR_API const ar_cmdtab_cmd *ar_cmdtab_lookup(const char *name, size_t len);

/* The entry for a whole command line: argv[0] and, for a container such as
   CONFIG, argv[1]. A container without a subcommand argument gives the
   container (its arity then rejects the argv); an unknown subcommand, NULL. */
AR_API const ar_cmdtab_cmd *ar_cmdtab_lookup_argv(int argc, const char *const *argv,
                                                const size_t *argvlen);

/* The key specs of cmd (after overrides); *n gets their count. */
AR_API const ar_cmdtab_keyspec *ar_cmdtab_keyspecs(const ar_cmdtab_cmd *cmd, int *n);

/* 1 if argc fits cmd's arity */
AR_API int ar_cmdtab_arity_ok(const ar_cmdtab_cmd *cmd, int argc);

/* 1 if the command can take keys (key specs, movable keys or an override) */
AR_API int ar_cmdtab_has_keys(const ar_cmdtab_cmd *cmd);
AR_API const char *ar_cmdtab_group_name(int group);
AR_API const char *ar_cmdtab_strerror(int rc);

/* >>keys ----------------------------------------------------------------- */
/* Key positions of argv for cmd (see section 2 at the top). */
AR_API int ar_cmdtab_getkeys(const ar_cmdtab_cmd *cmd, int argc, const char *const *argv,
                             const size_t *argvlen, int *pos, unsigned *kflags, int cap);

/* >>blocking ------------------------------------------------------------- */
/* The server-side timeout of a command that can block the connection, for
   deadlines (the client adds its own margin), read as the server reads it
   and as the client's own deadlines do (one implementation, in
   asyncredis.h). Returns 1 and sets *timeout_ms (0: blocks until data
   arrives) when argv blocks, 0 when it does not (not a blocking command,
   or XREAD without BLOCK), or a negative code (AR_CMDTAB_EUNKNOWN;
   AR_CMDTAB_EINVALID: arity, or a timeout the server refuses). Seconds
   (BLPOP & co.) are a float ("1.5", "1e1") rounded up to whole ms (0.0001
   is 1, not forever); milliseconds (WAIT, WAITAOF, XREAD BLOCK) a strict
   integer. */
AR_API int ar_cmdtab_block_timeout(const ar_cmdtab_cmd *cmd, int argc,
                                   const char *const *argv, const size_t *argvlen,
                                   long long *timeout_ms);

/* >>prefix --------------------------------------------------------------- */
/* The positions to prefix and their roles (AR_CMDTAB_POS_*; a glob role
   means the prefix must be glob-escaped). Returns the count or a negative
   code (*why set when why is not NULL). cap = argc always fits. */
AR_API int ar_cmdtab_prefix_positions(const ar_cmdtab_cmd *cmd, const char *prefix,
                                      size_t prefixlen, unsigned pflags, int argc,
                                      const char *const *argv, const size_t *argvlen,
                                      int *pos, unsigned *roles, int cap,
                                      const char **why);

/* Build the prefixed command (see section 3 at the top). */
AR_API int ar_cmdtab_prefix_argv(const char *prefix, size_t prefixlen, unsigned pflags,
                                 int argc, const char *const *argv, const size_t *argvlen,
                                 const char **out_argv, size_t *out_len,
                                 char *buf, size_t bufcap, size_t *bufneed,
                                 const char **why);

/* >>learn ---------------------------------------------------------------- */
/* Commands learned from the connected server (section 3 above; asyncredis.h
   manual, section 2, "Learned commands"). With o.learner = ar_cmdtab_learn
   and o.prefixer_learned = ar_cmdtab_prefix_learned, a client asks COMMAND
   INFO about a command this table does not know, keeps what ar_cmdtab_learn
   made of the answer (an ar_cmdtab_learned, in the client's memory, found
   again through the ar_learned the prefixer gets) and prefixes the command
   as the table would: the learned command is an ar_cmdtab_cmd whose key
   specs are its own (keys_how AR_CMDTAB_KEYS_LEARNED), walked by the same
   code as the table's. */
#define AR_CMDTAB_LEARN_SPECS 8       /* key specs a learned command may have */
#define AR_CMDTAB_LEARN_NAME 64       /* bytes of its name, NUL included */
#define AR_CMDTAB_LEARN_KEYWORD 32    /* bytes of a begin_search keyword, NUL included */
typedef struct ar_cmdtab_learned {
    ar_cmdtab_cmd cmd;                /* first member: a learned command is an ar_cmdtab_cmd */
    char name[AR_CMDTAB_LEARN_NAME];  /* lower case (cmd.name, cmd.fullname) */
    ar_cmdtab_keyspec specs[AR_CMDTAB_LEARN_SPECS];
    char keywords[AR_CMDTAB_LEARN_SPECS][AR_CMDTAB_LEARN_KEYWORD];
} ar_cmdtab_learned;

/* o.learner: one element of COMMAND INFO's reply into an ar_cmdtab_learned
   at out (cap bytes). Returns 0, or AR_CMDTAB_ECAPACITY (out too small:
   nothing written, *need says sizeof(ar_cmdtab_learned)), or a refusal with
   *why (a static string): AR_CMDTAB_EUNKNOWN for nil (the server does not
   know the command), AR_CMDTAB_EUNDETERMINED when its keys cannot be
   located from key specs (a container with subcommands, movablekeys or
   legacy key positions without key specs, more than AR_CMDTAB_LEARN_SPECS
   key specs, a name or keyword too long), AR_CMDTAB_EINVALID for a reply
   that is not Redis 7's. Key specs the walk cannot follow (begin_search or
   find_keys "unknown", the incomplete flag) are kept: prefixing then
   refuses the command. Channels are found from key specs only (not_key:
   SPUBLISH's shard channel), not from the table's own position rules
   (PUBLISH). */
AR_API int ar_cmdtab_learn(const ar_reply *info, void *out, size_t cap, size_t *need, const char **why);

/* o.prefixer_learned: ar_cmdtab_prefix_argv, and for a command the table
   does not know, what the client learned. A command known to neither is
   AR_CMDTAB_EUNKNOWN (== AR_PREFIX_UNKNOWN): the client learns it. */
AR_API int ar_cmdtab_prefix_learned(const ar_learned *learned, const char *prefix, size_t prefixlen,
                                    unsigned pflags, int argc, const char *const *argv,
                                    const size_t *argvlen, const char **out_argv, size_t *out_len,
                                    char *buf, size_t bufcap, size_t *bufneed, const char **why);

/* A command the client learned (any case; len (size_t)-1: strlen), as an
   ar_cmdtab_cmd for ar_cmdtab_getkeys & co. (not ar_cmdtab_index: it is not
   in the table); NULL: not learned (or learned NULL). */
AR_API const ar_cmdtab_cmd *ar_cmdtab_learned_lookup(const ar_learned *learned, const char *name, size_t len);

/* >>replies -------------------------------------------------------------- */
typedef struct ar_info_field {
    const char *section; size_t section_len;  /* "Server" ("" before any header) */
    const char *key; size_t key_len;          /* "redis_version" */
    const char *value; size_t value_len;      /* "7.0.15" */
} ar_info_field;

typedef struct ar_info_iter {
    const char *p, *end;
    const char *section; size_t section_len;
} ar_info_iter;

/* Field/value pairs of a flat array reply (HGETALL, CONFIG GET, ...). */
typedef struct ar_pairs_iter { const ar_reply *r; size_t i; } ar_pairs_iter;

AR_API void ar_info_init(ar_info_iter *it, const char *text, size_t len);

/* AR_OK, or AR_ERR_INVALID (it then yields nothing) if r is not a string */
AR_API int ar_info_init_reply(ar_info_iter *it, const ar_reply *r);

/* Next "key:value" line: 1 (and *f filled), or 0 at the end. */
AR_API int ar_info_next(ar_info_iter *it, ar_info_field *f);

/* Find a field of an INFO reply: 1 (and *value, *len set) or 0. */
AR_API int ar_info_find(const ar_reply *r, const char *key, const char **value, size_t *len);

/* In a value such as "keys=1,expires=0,avg_ttl=0" find name: 1 or 0. */
AR_API int ar_info_subfield(const char *value, size_t len, const char *name,
                            const char **out, size_t *outlen);

/* AR_OK, or AR_ERR_INVALID (it then yields nothing) if r is not an array
   of even length. A NIL reply counts as empty. */
AR_API int ar_pairs_init(ar_pairs_iter *it, const ar_reply *r);
AR_API int ar_pairs_next(ar_pairs_iter *it, const ar_reply **field, const ar_reply **value);

/* The value whose field equals name[0..len) (len (size_t)-1: strlen); NULL if none. */
AR_API const ar_reply *ar_pairs_get(const ar_reply *r, const char *name, size_t len);

/* TIME reply -> seconds and microseconds. AR_OK or AR_ERR_INVALID. */
AR_API int ar_time_parse(const ar_reply *r, long long *sec, long long *usec);

/* >>wrappers ------------------------------------------------------------- */
#ifndef __cplusplus
/* a repeated argument from a list of strings: its count, then the array (C99) */
#define AR_STRS(...) (int)(sizeof((const char *const[]){ __VA_ARGS__ }) / sizeof(const char *)), \
    (const char *const[]){ __VA_ARGS__ }
#endif
/* @generated wrapper declarations { */

/* >>wrappers:generic ----------------------------------------------------- */
/* COPY source destination [DB destination-db] [REPLACE] -- Copy a key (generic, 6.2.0) */
typedef struct arcmd_copy_opts { const ar_cmd_opts *call; const long long *db; int replace;
    const size_t *source_len, *destination_len; } arcmd_copy_opts;
AR_API int arcmd_copy(ar_client *c, ar_callback *cb, void *ud, const char *source,
    const char *destination, const arcmd_copy_opts *o);
/* DEL key [key ...] -- Delete a key (generic, 1.0.0) */
typedef struct arcmd_del_opts { const ar_cmd_opts *call; const size_t *key_len; } arcmd_del_opts;
AR_API int arcmd_del(ar_client *c, ar_callback *cb, void *ud, int key_count, const char *const *key,
    const arcmd_del_opts *o);
/* DUMP key -- Return a serialized version of the value stored at the specified key (generic, 2.6.0)
   */
typedef struct arcmd_dump_opts { const ar_cmd_opts *call; const size_t *key_len; } arcmd_dump_opts;
AR_API int arcmd_dump(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_dump_opts *o);
/* EXISTS key [key ...] -- Determine if a key exists (generic, 1.0.0) */
typedef struct arcmd_exists_opts { const ar_cmd_opts *call;
    const size_t *key_len; } arcmd_exists_opts;
AR_API int arcmd_exists(ar_client *c, ar_callback *cb, void *ud, int key_count,
    const char *const *key, const arcmd_exists_opts *o);
/* EXPIRE key seconds [NX | XX | GT | LT] -- Set a key's time to live in seconds (generic, 1.0.0) */
typedef struct arcmd_expire_opts { const ar_cmd_opts *call; int nx, xx, gt, lt;
    const size_t *key_len; } arcmd_expire_opts;
AR_API int arcmd_expire(ar_client *c, ar_callback *cb, void *ud, const char *key, long long seconds,
    const arcmd_expire_opts *o);
/* EXPIREAT key unix-time-seconds [NX | XX | GT | LT] -- Set the expiration for a key as a UNIX
   timestamp (generic, 1.2.0) */
typedef struct arcmd_expireat_opts { const ar_cmd_opts *call; int nx, xx, gt, lt;
    const size_t *key_len; } arcmd_expireat_opts;
AR_API int arcmd_expireat(ar_client *c, ar_callback *cb, void *ud, const char *key,
    long long unix_time_seconds, const arcmd_expireat_opts *o);
/* EXPIRETIME key -- Get the expiration Unix timestamp for a key (generic, 7.0.0) */
typedef struct arcmd_expiretime_opts { const ar_cmd_opts *call;
    const size_t *key_len; } arcmd_expiretime_opts;
AR_API int arcmd_expiretime(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_expiretime_opts *o);
/* KEYS pattern -- Find all keys matching the given pattern (generic, 1.0.0) */
typedef struct arcmd_keys_opts { const ar_cmd_opts *call;
    const size_t *pattern_len; } arcmd_keys_opts;
AR_API int arcmd_keys(ar_client *c, ar_callback *cb, void *ud, const char *pattern,
    const arcmd_keys_opts *o);
/* MIGRATE host port <key | ""> destination-db timeout [COPY] [REPLACE] [[AUTH password] | [AUTH2
   username password]] [KEYS key [key ...]] -- Atomically transfer a key from a Redis instance to
   another one (generic, 2.6.0) */
typedef struct arcmd_migrate_opts { const ar_cmd_opts *call; int copy, replace;
    const char *auth, *auth2_username, *auth2_password; int keys_count; const char *const *keys;
    const size_t *host_len, *key_len, *auth_len, *auth2_username_len, *auth2_password_len, *keys_len; } arcmd_migrate_opts;
AR_API int arcmd_migrate(ar_client *c, ar_callback *cb, void *ud, const char *host, long long port,
    const char *key, long long destination_db, long long timeout, const arcmd_migrate_opts *o);
/* MOVE key db -- Move a key to another database (generic, 1.0.0) */
typedef struct arcmd_move_opts { const ar_cmd_opts *call; const size_t *key_len; } arcmd_move_opts;
AR_API int arcmd_move(ar_client *c, ar_callback *cb, void *ud, const char *key, long long db,
    const arcmd_move_opts *o);
/* OBJECT ENCODING key -- Inspect the internal encoding of a Redis object (generic, 2.2.3) */
typedef struct arcmd_object_encoding_opts { const ar_cmd_opts *call;
    const size_t *key_len; } arcmd_object_encoding_opts;
AR_API int arcmd_object_encoding(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_object_encoding_opts *o);
/* OBJECT FREQ key -- Get the logarithmic access frequency counter of a Redis object (generic,
   4.0.0) */
typedef struct arcmd_object_freq_opts { const ar_cmd_opts *call;
    const size_t *key_len; } arcmd_object_freq_opts;
AR_API int arcmd_object_freq(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_object_freq_opts *o);
/* OBJECT HELP -- Show helpful text about the different subcommands (generic, 6.2.0) */
typedef struct arcmd_object_help_opts { const ar_cmd_opts *call; } arcmd_object_help_opts;
AR_API int arcmd_object_help(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_object_help_opts *o);
/* OBJECT IDLETIME key -- Get the time since a Redis object was last accessed (generic, 2.2.3) */
typedef struct arcmd_object_idletime_opts { const ar_cmd_opts *call;
    const size_t *key_len; } arcmd_object_idletime_opts;
AR_API int arcmd_object_idletime(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_object_idletime_opts *o);
/* OBJECT REFCOUNT key -- Get the number of references to the value of the key (generic, 2.2.3) */
typedef struct arcmd_object_refcount_opts { const ar_cmd_opts *call;
    const size_t *key_len; } arcmd_object_refcount_opts;
AR_API int arcmd_object_refcount(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_object_refcount_opts *o);
/* PERSIST key -- Remove the expiration from a key (generic, 2.2.0) */
typedef struct arcmd_persist_opts { const ar_cmd_opts *call;
    const size_t *key_len; } arcmd_persist_opts;
AR_API int arcmd_persist(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_persist_opts *o);
/* PEXPIRE key milliseconds [NX | XX | GT | LT] -- Set a key's time to live in milliseconds
   (generic, 2.6.0) */
typedef struct arcmd_pexpire_opts { const ar_cmd_opts *call; int nx, xx, gt, lt;
    const size_t *key_len; } arcmd_pexpire_opts;
AR_API int arcmd_pexpire(ar_client *c, ar_callback *cb, void *ud, const char *key,
    long long milliseconds, const arcmd_pexpire_opts *o);
/* PEXPIREAT key unix-time-milliseconds [NX | XX | GT | LT] -- Set the expiration for a key as a
   UNIX timestamp specified in milliseconds (generic, 2.6.0) */
typedef struct arcmd_pexpireat_opts { const ar_cmd_opts *call; int nx, xx, gt, lt;
    const size_t *key_len; } arcmd_pexpireat_opts;
AR_API int arcmd_pexpireat(ar_client *c, ar_callback *cb, void *ud, const char *key,
    long long unix_time_milliseconds, const arcmd_pexpireat_opts *o);
/* PEXPIRETIME key -- Get the expiration Unix timestamp for a key in milliseconds (generic, 7.0.0)
   */
typedef struct arcmd_pexpiretime_opts { const ar_cmd_opts *call;
    const size_t *key_len; } arcmd_pexpiretime_opts;
AR_API int arcmd_pexpiretime(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_pexpiretime_opts *o);
/* PTTL key -- Get the time to live for a key in milliseconds (generic, 2.6.0) */
typedef struct arcmd_pttl_opts { const ar_cmd_opts *call; const size_t *key_len; } arcmd_pttl_opts;
AR_API int arcmd_pttl(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_pttl_opts *o);
/* RANDOMKEY -- Return a random key from the keyspace (generic, 1.0.0) */
typedef struct arcmd_randomkey_opts { const ar_cmd_opts *call; } arcmd_randomkey_opts;
AR_API int arcmd_randomkey(ar_client *c, ar_callback *cb, void *ud, const arcmd_randomkey_opts *o);
/* RENAME key newkey -- Rename a key (generic, 1.0.0) */
typedef struct arcmd_rename_opts { const ar_cmd_opts *call;
    const size_t *key_len, *newkey_len; } arcmd_rename_opts;
AR_API int arcmd_rename(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const char *newkey, const arcmd_rename_opts *o);
/* RENAMENX key newkey -- Rename a key, only if the new key does not exist (generic, 1.0.0) */
typedef struct arcmd_renamenx_opts { const ar_cmd_opts *call;
    const size_t *key_len, *newkey_len; } arcmd_renamenx_opts;
AR_API int arcmd_renamenx(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const char *newkey, const arcmd_renamenx_opts *o);
/* RESTORE key ttl serialized-value [REPLACE] [ABSTTL] [IDLETIME seconds] [FREQ frequency] -- Create
   a key using the provided serialized value, previously obtained using DUMP (generic, 2.6.0) */
typedef struct arcmd_restore_opts { const ar_cmd_opts *call; int replace, absttl;
    const long long *idletime, *freq;
    const size_t *key_len, *serialized_value_len; } arcmd_restore_opts;
AR_API int arcmd_restore(ar_client *c, ar_callback *cb, void *ud, const char *key, long long ttl,
    const char *serialized_value, const arcmd_restore_opts *o);
/* SCAN cursor [MATCH pattern] [COUNT count] [TYPE type] -- Incrementally iterate the keys space
   (generic, 2.8.0) */
typedef struct arcmd_scan_opts { const ar_cmd_opts *call; const char *match; const long long *count;
    const char *type; const size_t *cursor_len, *match_len, *type_len; } arcmd_scan_opts;
AR_API int arcmd_scan(ar_client *c, ar_callback *cb, void *ud, const char *cursor,
    const arcmd_scan_opts *o);
/* SORT key [BY pattern] [LIMIT offset count] [GET pattern [GET pattern ...]] [ASC | DESC] [ALPHA]
   [STORE destination] -- Sort the elements in a list, set or sorted set (generic, 1.0.0) */
typedef struct arcmd_sort_opts { const ar_cmd_opts *call; const char *by;
    const long long *limit_offset, *limit_count; int get_count; const char *const *get;
    int asc, desc, alpha; const char *store;
    const size_t *key_len, *by_len, *get_len, *store_len; } arcmd_sort_opts;
AR_API int arcmd_sort(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_sort_opts *o);
/* SORT_RO key [BY pattern] [LIMIT offset count] [GET pattern [GET pattern ...]] [ASC | DESC]
   [ALPHA] -- Sort the elements in a list, set or sorted set. Read-only variant of SORT (generic,
   7.0.0) */
typedef struct arcmd_sort_ro_opts { const ar_cmd_opts *call; const char *by;
    const long long *limit_offset, *limit_count; int get_count; const char *const *get;
    int asc, desc, alpha; const size_t *key_len, *by_len, *get_len; } arcmd_sort_ro_opts;
AR_API int arcmd_sort_ro(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_sort_ro_opts *o);
/* TOUCH key [key ...] -- Alters the last access time of a key(s). Returns the number of existing
   keys specified (generic, 3.2.1) */
typedef struct arcmd_touch_opts { const ar_cmd_opts *call;
    const size_t *key_len; } arcmd_touch_opts;
AR_API int arcmd_touch(ar_client *c, ar_callback *cb, void *ud, int key_count,
    const char *const *key, const arcmd_touch_opts *o);
/* TTL key -- Get the time to live for a key in seconds (generic, 1.0.0) */
typedef struct arcmd_ttl_opts { const ar_cmd_opts *call; const size_t *key_len; } arcmd_ttl_opts;
AR_API int arcmd_ttl(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_ttl_opts *o);
/* TYPE key -- Determine the type stored at key (generic, 1.0.0) */
typedef struct arcmd_type_opts { const ar_cmd_opts *call; const size_t *key_len; } arcmd_type_opts;
AR_API int arcmd_type(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_type_opts *o);
/* UNLINK key [key ...] -- Delete a key asynchronously in another thread. Otherwise it is just as
   DEL, but non blocking (generic, 4.0.0) */
typedef struct arcmd_unlink_opts { const ar_cmd_opts *call;
    const size_t *key_len; } arcmd_unlink_opts;
AR_API int arcmd_unlink(ar_client *c, ar_callback *cb, void *ud, int key_count,
    const char *const *key, const arcmd_unlink_opts *o);
/* WAIT numreplicas timeout -- Wait for the synchronous replication of all the write commands sent
   in the context of the current connection (generic, 3.0.0) */
typedef struct arcmd_wait_opts { const ar_cmd_opts *call; } arcmd_wait_opts;
AR_API int arcmd_wait(ar_client *c, ar_callback *cb, void *ud, long long numreplicas,
    long long timeout, const arcmd_wait_opts *o);

/* >>wrappers:string ------------------------------------------------------ */
/* APPEND key value -- Append a value to a key (string, 2.0.0) */
typedef struct arcmd_append_opts { const ar_cmd_opts *call;
    const size_t *key_len, *value_len; } arcmd_append_opts;
AR_API int arcmd_append(ar_client *c, ar_callback *cb, void *ud, const char *key, const char *value,
    const arcmd_append_opts *o);
/* DECR key -- Decrement the integer value of a key by one (string, 1.0.0) */
typedef struct arcmd_decr_opts { const ar_cmd_opts *call; const size_t *key_len; } arcmd_decr_opts;
AR_API int arcmd_decr(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_decr_opts *o);
/* DECRBY key decrement -- Decrement the integer value of a key by the given number (string, 1.0.0)
   */
typedef struct arcmd_decrby_opts { const ar_cmd_opts *call;
    const size_t *key_len; } arcmd_decrby_opts;
AR_API int arcmd_decrby(ar_client *c, ar_callback *cb, void *ud, const char *key,
    long long decrement, const arcmd_decrby_opts *o);
/* GET key -- Get the value of a key (string, 1.0.0) */
typedef struct arcmd_get_opts { const ar_cmd_opts *call; const size_t *key_len; } arcmd_get_opts;
AR_API int arcmd_get(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_get_opts *o);
/* GETDEL key -- Get the value of a key and delete the key (string, 6.2.0) */
typedef struct arcmd_getdel_opts { const ar_cmd_opts *call;
    const size_t *key_len; } arcmd_getdel_opts;
AR_API int arcmd_getdel(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_getdel_opts *o);
/* GETEX key [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds |
   PERSIST] -- Get the value of a key and optionally set its expiration (string, 6.2.0) */
typedef struct arcmd_getex_opts { const ar_cmd_opts *call; const long long *ex, *px, *exat, *pxat;
    int persist; const size_t *key_len; } arcmd_getex_opts;
AR_API int arcmd_getex(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_getex_opts *o);
/* GETRANGE key start end -- Get a substring of the string stored at a key (string, 2.4.0) */
typedef struct arcmd_getrange_opts { const ar_cmd_opts *call;
    const size_t *key_len; } arcmd_getrange_opts;
AR_API int arcmd_getrange(ar_client *c, ar_callback *cb, void *ud, const char *key, long long start,
    long long end, const arcmd_getrange_opts *o);
/* GETSET key value -- Set the string value of a key and return its old value (string, 1.0.0,
   deprecated 6.2.0: SET with the !GET argument) */
typedef struct arcmd_getset_opts { const ar_cmd_opts *call;
    const size_t *key_len, *value_len; } arcmd_getset_opts;
AR_API int arcmd_getset(ar_client *c, ar_callback *cb, void *ud, const char *key, const char *value,
    const arcmd_getset_opts *o);
/* INCR key -- Increment the integer value of a key by one (string, 1.0.0) */
typedef struct arcmd_incr_opts { const ar_cmd_opts *call; const size_t *key_len; } arcmd_incr_opts;
AR_API int arcmd_incr(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_incr_opts *o);
/* INCRBY key increment -- Increment the integer value of a key by the given amount (string, 1.0.0)
   */
typedef struct arcmd_incrby_opts { const ar_cmd_opts *call;
    const size_t *key_len; } arcmd_incrby_opts;
AR_API int arcmd_incrby(ar_client *c, ar_callback *cb, void *ud, const char *key,
    long long increment, const arcmd_incrby_opts *o);
/* INCRBYFLOAT key increment -- Increment the float value of a key by the given amount (string,
   2.6.0) */
typedef struct arcmd_incrbyfloat_opts { const ar_cmd_opts *call;
    const size_t *key_len; } arcmd_incrbyfloat_opts;
AR_API int arcmd_incrbyfloat(ar_client *c, ar_callback *cb, void *ud, const char *key,
    double increment, const arcmd_incrbyfloat_opts *o);
/* LCS key1 key2 [LEN] [IDX] [MINMATCHLEN len] [WITHMATCHLEN] -- Find longest common substring
   (string, 7.0.0) */
typedef struct arcmd_lcs_opts { const ar_cmd_opts *call; int len, idx; const long long *minmatchlen;
    int withmatchlen; const size_t *key1_len, *key2_len; } arcmd_lcs_opts;
AR_API int arcmd_lcs(ar_client *c, ar_callback *cb, void *ud, const char *key1, const char *key2,
    const arcmd_lcs_opts *o);
/* MGET key [key ...] -- Get the values of all the given keys (string, 1.0.0) */
typedef struct arcmd_mget_opts { const ar_cmd_opts *call; const size_t *key_len; } arcmd_mget_opts;
AR_API int arcmd_mget(ar_client *c, ar_callback *cb, void *ud, int key_count,
    const char *const *key, const arcmd_mget_opts *o);
/* MSET key value [key value ...] -- Set multiple keys to multiple values (string, 1.0.1) */
typedef struct arcmd_mset_opts { const ar_cmd_opts *call;
    const size_t *key_value_len; } arcmd_mset_opts;
AR_API int arcmd_mset(ar_client *c, ar_callback *cb, void *ud, int key_value_count,
    const char *const *key_value, const arcmd_mset_opts *o);
/* MSETNX key value [key value ...] -- Set multiple keys to multiple values, only if none of the
   keys exist (string, 1.0.1) */
typedef struct arcmd_msetnx_opts { const ar_cmd_opts *call;
    const size_t *key_value_len; } arcmd_msetnx_opts;
AR_API int arcmd_msetnx(ar_client *c, ar_callback *cb, void *ud, int key_value_count,
    const char *const *key_value, const arcmd_msetnx_opts *o);
/* PSETEX key milliseconds value -- Set the value and expiration in milliseconds of a key (string,
   2.6.0) */
typedef struct arcmd_psetex_opts { const ar_cmd_opts *call;
    const size_t *key_len, *value_len; } arcmd_psetex_opts;
AR_API int arcmd_psetex(ar_client *c, ar_callback *cb, void *ud, const char *key,
    long long milliseconds, const char *value, const arcmd_psetex_opts *o);
/* SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT
   unix-time-milliseconds | KEEPTTL] -- Set the string value of a key (string, 1.0.0) */
typedef struct arcmd_set_opts { const ar_cmd_opts *call; int nx, xx, get;
    const long long *ex, *px, *exat, *pxat; int keepttl;
    const size_t *key_len, *value_len; } arcmd_set_opts;
AR_API int arcmd_set(ar_client *c, ar_callback *cb, void *ud, const char *key, const char *value,
    const arcmd_set_opts *o);
/* SETEX key seconds value -- Set the value and expiration of a key (string, 2.0.0) */
typedef struct arcmd_setex_opts { const ar_cmd_opts *call;
    const size_t *key_len, *value_len; } arcmd_setex_opts;
AR_API int arcmd_setex(ar_client *c, ar_callback *cb, void *ud, const char *key, long long seconds,
    const char *value, const arcmd_setex_opts *o);
/* SETNX key value -- Set the value of a key, only if the key does not exist (string, 1.0.0) */
typedef struct arcmd_setnx_opts { const ar_cmd_opts *call;
    const size_t *key_len, *value_len; } arcmd_setnx_opts;
AR_API int arcmd_setnx(ar_client *c, ar_callback *cb, void *ud, const char *key, const char *value,
    const arcmd_setnx_opts *o);
/* SETRANGE key offset value -- Overwrite part of a string at key starting at the specified offset
   (string, 2.2.0) */
typedef struct arcmd_setrange_opts { const ar_cmd_opts *call;
    const size_t *key_len, *value_len; } arcmd_setrange_opts;
AR_API int arcmd_setrange(ar_client *c, ar_callback *cb, void *ud, const char *key,
    long long offset, const char *value, const arcmd_setrange_opts *o);
/* STRLEN key -- Get the length of the value stored in a key (string, 2.2.0) */
typedef struct arcmd_strlen_opts { const ar_cmd_opts *call;
    const size_t *key_len; } arcmd_strlen_opts;
AR_API int arcmd_strlen(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_strlen_opts *o);
/* SUBSTR key start end -- Get a substring of the string stored at a key (string, 1.0.0, deprecated
   2.0.0: GETRANGE) */
typedef struct arcmd_substr_opts { const ar_cmd_opts *call;
    const size_t *key_len; } arcmd_substr_opts;
AR_API int arcmd_substr(ar_client *c, ar_callback *cb, void *ud, const char *key, long long start,
    long long end, const arcmd_substr_opts *o);

/* >>wrappers:list -------------------------------------------------------- */
/* BLMOVE source destination <LEFT | RIGHT> <LEFT | RIGHT> timeout -- Pop an element from a list,
   push it to another list and return it; or block until one is available (list, 6.2.0) */
typedef struct arcmd_blmove_opts { const ar_cmd_opts *call;
    const size_t *source_len, *destination_len; } arcmd_blmove_opts;
AR_API int arcmd_blmove(ar_client *c, ar_callback *cb, void *ud, const char *source,
    const char *destination, const char *wherefrom, const char *whereto, double timeout,
    const arcmd_blmove_opts *o);
/* BLMPOP timeout numkeys key [key ...] <LEFT | RIGHT> [COUNT count] -- Pop elements from a list, or
   block until one is available (list, 7.0.0) */
typedef struct arcmd_blmpop_opts { const ar_cmd_opts *call; const long long *count;
    const size_t *key_len; } arcmd_blmpop_opts;
AR_API int arcmd_blmpop(ar_client *c, ar_callback *cb, void *ud, double timeout, int key_count,
    const char *const *key, const char *where, const arcmd_blmpop_opts *o);
/* BLPOP key [key ...] timeout -- Remove and get the first element in a list, or block until one is
   available (list, 2.0.0) */
typedef struct arcmd_blpop_opts { const ar_cmd_opts *call;
    const size_t *key_len; } arcmd_blpop_opts;
AR_API int arcmd_blpop(ar_client *c, ar_callback *cb, void *ud, int key_count,
    const char *const *key, double timeout, const arcmd_blpop_opts *o);
/* BRPOP key [key ...] timeout -- Remove and get the last element in a list, or block until one is
   available (list, 2.0.0) */
typedef struct arcmd_brpop_opts { const ar_cmd_opts *call;
    const size_t *key_len; } arcmd_brpop_opts;
AR_API int arcmd_brpop(ar_client *c, ar_callback *cb, void *ud, int key_count,
    const char *const *key, double timeout, const arcmd_brpop_opts *o);
/* BRPOPLPUSH source destination timeout -- Pop an element from a list, push it to another list and
   return it; or block until one is available (list, 2.2.0, deprecated 6.2.0: BLMOVE with the RIGHT
   and LEFT arguments) */
typedef struct arcmd_brpoplpush_opts { const ar_cmd_opts *call;
    const size_t *source_len, *destination_len; } arcmd_brpoplpush_opts;
AR_API int arcmd_brpoplpush(ar_client *c, ar_callback *cb, void *ud, const char *source,
    const char *destination, double timeout, const arcmd_brpoplpush_opts *o);
/* LINDEX key index -- Get an element from a list by its index (list, 1.0.0) */
typedef struct arcmd_lindex_opts { const ar_cmd_opts *call;
    const size_t *key_len; } arcmd_lindex_opts;
AR_API int arcmd_lindex(ar_client *c, ar_callback *cb, void *ud, const char *key, long long index,
    const arcmd_lindex_opts *o);
/* LINSERT key <BEFORE | AFTER> pivot element -- Insert an element before or after another element
   in a list (list, 2.2.0) */
typedef struct arcmd_linsert_opts { const ar_cmd_opts *call;
    const size_t *key_len, *pivot_len, *element_len; } arcmd_linsert_opts;
AR_API int arcmd_linsert(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const char *where, const char *pivot, const char *element, const arcmd_linsert_opts *o);
/* LLEN key -- Get the length of a list (list, 1.0.0) */
typedef struct arcmd_llen_opts { const ar_cmd_opts *call; const size_t *key_len; } arcmd_llen_opts;
AR_API int arcmd_llen(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_llen_opts *o);
/* LMOVE source destination <LEFT | RIGHT> <LEFT | RIGHT> -- Pop an element from a list, push it to
   another list and return it (list, 6.2.0) */
typedef struct arcmd_lmove_opts { const ar_cmd_opts *call;
    const size_t *source_len, *destination_len; } arcmd_lmove_opts;
AR_API int arcmd_lmove(ar_client *c, ar_callback *cb, void *ud, const char *source,
    const char *destination, const char *wherefrom, const char *whereto, const arcmd_lmove_opts *o);
/* LMPOP numkeys key [key ...] <LEFT | RIGHT> [COUNT count] -- Pop elements from a list (list,
   7.0.0) */
typedef struct arcmd_lmpop_opts { const ar_cmd_opts *call; const long long *count;
    const size_t *key_len; } arcmd_lmpop_opts;
AR_API int arcmd_lmpop(ar_client *c, ar_callback *cb, void *ud, int key_count,
    const char *const *key, const char *where, const arcmd_lmpop_opts *o);
/* LPOP key [count] -- Remove and get the first elements in a list (list, 1.0.0) */
typedef struct arcmd_lpop_opts { const ar_cmd_opts *call; const long long *count;
    const size_t *key_len; } arcmd_lpop_opts;
AR_API int arcmd_lpop(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_lpop_opts *o);
/* LPOS key element [RANK rank] [COUNT num-matches] [MAXLEN len] -- Return the index of matching
   elements on a list (list, 6.0.6) */
typedef struct arcmd_lpos_opts { const ar_cmd_opts *call; const long long *rank, *count, *maxlen;
    const size_t *key_len, *element_len; } arcmd_lpos_opts;
AR_API int arcmd_lpos(ar_client *c, ar_callback *cb, void *ud, const char *key, const char *element,
    const arcmd_lpos_opts *o);
/* LPUSH key element [element ...] -- Prepend one or multiple elements to a list (list, 1.0.0) */
typedef struct arcmd_lpush_opts { const ar_cmd_opts *call;
    const size_t *key_len, *element_len; } arcmd_lpush_opts;
AR_API int arcmd_lpush(ar_client *c, ar_callback *cb, void *ud, const char *key, int element_count,
    const char *const *element, const arcmd_lpush_opts *o);
/* LPUSHX key element [element ...] -- Prepend an element to a list, only if the list exists (list,
   2.2.0) */
typedef struct arcmd_lpushx_opts { const ar_cmd_opts *call;
    const size_t *key_len, *element_len; } arcmd_lpushx_opts;
AR_API int arcmd_lpushx(ar_client *c, ar_callback *cb, void *ud, const char *key, int element_count,
    const char *const *element, const arcmd_lpushx_opts *o);
/* LRANGE key start stop -- Get a range of elements from a list (list, 1.0.0) */
typedef struct arcmd_lrange_opts { const ar_cmd_opts *call;
    const size_t *key_len; } arcmd_lrange_opts;
AR_API int arcmd_lrange(ar_client *c, ar_callback *cb, void *ud, const char *key, long long start,
    long long stop, const arcmd_lrange_opts *o);
/* LREM key count element -- Remove elements from a list (list, 1.0.0) */
typedef struct arcmd_lrem_opts { const ar_cmd_opts *call;
    const size_t *key_len, *element_len; } arcmd_lrem_opts;
AR_API int arcmd_lrem(ar_client *c, ar_callback *cb, void *ud, const char *key, long long count,
    const char *element, const arcmd_lrem_opts *o);
/* LSET key index element -- Set the value of an element in a list by its index (list, 1.0.0) */
typedef struct arcmd_lset_opts { const ar_cmd_opts *call;
    const size_t *key_len, *element_len; } arcmd_lset_opts;
AR_API int arcmd_lset(ar_client *c, ar_callback *cb, void *ud, const char *key, long long index,
    const char *element, const arcmd_lset_opts *o);
/* LTRIM key start stop -- Trim a list to the specified range (list, 1.0.0) */
typedef struct arcmd_ltrim_opts { const ar_cmd_opts *call;
    const size_t *key_len; } arcmd_ltrim_opts;
AR_API int arcmd_ltrim(ar_client *c, ar_callback *cb, void *ud, const char *key, long long start,
    long long stop, const arcmd_ltrim_opts *o);
/* RPOP key [count] -- Remove and get the last elements in a list (list, 1.0.0) */
typedef struct arcmd_rpop_opts { const ar_cmd_opts *call; const long long *count;
    const size_t *key_len; } arcmd_rpop_opts;
AR_API int arcmd_rpop(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_rpop_opts *o);
/* RPOPLPUSH source destination -- Remove the last element in a list, prepend it to another list and
   return it (list, 1.2.0, deprecated 6.2.0: LMOVE with the RIGHT and LEFT arguments) */
typedef struct arcmd_rpoplpush_opts { const ar_cmd_opts *call;
    const size_t *source_len, *destination_len; } arcmd_rpoplpush_opts;
AR_API int arcmd_rpoplpush(ar_client *c, ar_callback *cb, void *ud, const char *source,
    const char *destination, const arcmd_rpoplpush_opts *o);
/* RPUSH key element [element ...] -- Append one or multiple elements to a list (list, 1.0.0) */
typedef struct arcmd_rpush_opts { const ar_cmd_opts *call;
    const size_t *key_len, *element_len; } arcmd_rpush_opts;
AR_API int arcmd_rpush(ar_client *c, ar_callback *cb, void *ud, const char *key, int element_count,
    const char *const *element, const arcmd_rpush_opts *o);
/* RPUSHX key element [element ...] -- Append an element to a list, only if the list exists (list,
   2.2.0) */
typedef struct arcmd_rpushx_opts { const ar_cmd_opts *call;
    const size_t *key_len, *element_len; } arcmd_rpushx_opts;
AR_API int arcmd_rpushx(ar_client *c, ar_callback *cb, void *ud, const char *key, int element_count,
    const char *const *element, const arcmd_rpushx_opts *o);

/* >>wrappers:set --------------------------------------------------------- */
/* SADD key member [member ...] -- Add one or more members to a set (set, 1.0.0) */
typedef struct arcmd_sadd_opts { const ar_cmd_opts *call;
    const size_t *key_len, *member_len; } arcmd_sadd_opts;
AR_API int arcmd_sadd(ar_client *c, ar_callback *cb, void *ud, const char *key, int member_count,
    const char *const *member, const arcmd_sadd_opts *o);
/* SCARD key -- Get the number of members in a set (set, 1.0.0) */
typedef struct arcmd_scard_opts { const ar_cmd_opts *call;
    const size_t *key_len; } arcmd_scard_opts;
AR_API int arcmd_scard(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_scard_opts *o);
/* SDIFF key [key ...] -- Subtract multiple sets (set, 1.0.0) */
typedef struct arcmd_sdiff_opts { const ar_cmd_opts *call;
    const size_t *key_len; } arcmd_sdiff_opts;
AR_API int arcmd_sdiff(ar_client *c, ar_callback *cb, void *ud, int key_count,
    const char *const *key, const arcmd_sdiff_opts *o);
/* SDIFFSTORE destination key [key ...] -- Subtract multiple sets and store the resulting set in a
   key (set, 1.0.0) */
typedef struct arcmd_sdiffstore_opts { const ar_cmd_opts *call;
    const size_t *destination_len, *key_len; } arcmd_sdiffstore_opts;
AR_API int arcmd_sdiffstore(ar_client *c, ar_callback *cb, void *ud, const char *destination,
    int key_count, const char *const *key, const arcmd_sdiffstore_opts *o);
/* SINTER key [key ...] -- Intersect multiple sets (set, 1.0.0) */
typedef struct arcmd_sinter_opts { const ar_cmd_opts *call;
    const size_t *key_len; } arcmd_sinter_opts;
AR_API int arcmd_sinter(ar_client *c, ar_callback *cb, void *ud, int key_count,
    const char *const *key, const arcmd_sinter_opts *o);
/* SINTERCARD numkeys key [key ...] [LIMIT limit] -- Intersect multiple sets and return the
   cardinality of the result (set, 7.0.0) */
typedef struct arcmd_sintercard_opts { const ar_cmd_opts *call; const long long *limit;
    const size_t *key_len; } arcmd_sintercard_opts;
AR_API int arcmd_sintercard(ar_client *c, ar_callback *cb, void *ud, int key_count,
    const char *const *key, const arcmd_sintercard_opts *o);
/* SINTERSTORE destination key [key ...] -- Intersect multiple sets and store the resulting set in a
   key (set, 1.0.0) */
typedef struct arcmd_sinterstore_opts { const ar_cmd_opts *call;
    const size_t *destination_len, *key_len; } arcmd_sinterstore_opts;
AR_API int arcmd_sinterstore(ar_client *c, ar_callback *cb, void *ud, const char *destination,
    int key_count, const char *const *key, const arcmd_sinterstore_opts *o);
/* SISMEMBER key member -- Determine if a given value is a member of a set (set, 1.0.0) */
typedef struct arcmd_sismember_opts { const ar_cmd_opts *call;
    const size_t *key_len, *member_len; } arcmd_sismember_opts;
AR_API int arcmd_sismember(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const char *member, const arcmd_sismember_opts *o);
/* SMEMBERS key -- Get all the members in a set (set, 1.0.0) */
typedef struct arcmd_smembers_opts { const ar_cmd_opts *call;
    const size_t *key_len; } arcmd_smembers_opts;
AR_API int arcmd_smembers(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_smembers_opts *o);
/* SMISMEMBER key member [member ...] -- Returns the membership associated with the given elements
   for a set (set, 6.2.0) */
typedef struct arcmd_smismember_opts { const ar_cmd_opts *call;
    const size_t *key_len, *member_len; } arcmd_smismember_opts;
AR_API int arcmd_smismember(ar_client *c, ar_callback *cb, void *ud, const char *key,
    int member_count, const char *const *member, const arcmd_smismember_opts *o);
/* SMOVE source destination member -- Move a member from one set to another (set, 1.0.0) */
typedef struct arcmd_smove_opts { const ar_cmd_opts *call;
    const size_t *source_len, *destination_len, *member_len; } arcmd_smove_opts;
AR_API int arcmd_smove(ar_client *c, ar_callback *cb, void *ud, const char *source,
    const char *destination, const char *member, const arcmd_smove_opts *o);
/* SPOP key [count] -- Remove and return one or multiple random members from a set (set, 1.0.0) */
typedef struct arcmd_spop_opts { const ar_cmd_opts *call; const long long *count;
    const size_t *key_len; } arcmd_spop_opts;
AR_API int arcmd_spop(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_spop_opts *o);
/* SRANDMEMBER key [count] -- Get one or multiple random members from a set (set, 1.0.0) */
typedef struct arcmd_srandmember_opts { const ar_cmd_opts *call; const long long *count;
    const size_t *key_len; } arcmd_srandmember_opts;
AR_API int arcmd_srandmember(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_srandmember_opts *o);
/* SREM key member [member ...] -- Remove one or more members from a set (set, 1.0.0) */
typedef struct arcmd_srem_opts { const ar_cmd_opts *call;
    const size_t *key_len, *member_len; } arcmd_srem_opts;
AR_API int arcmd_srem(ar_client *c, ar_callback *cb, void *ud, const char *key, int member_count,
    const char *const *member, const arcmd_srem_opts *o);
/* SSCAN key cursor [MATCH pattern] [COUNT count] -- Incrementally iterate Set elements (set, 2.8.0)
   */
typedef struct arcmd_sscan_opts { const ar_cmd_opts *call; const char *match;
    const long long *count; const size_t *key_len, *cursor_len, *match_len; } arcmd_sscan_opts;
AR_API int arcmd_sscan(ar_client *c, ar_callback *cb, void *ud, const char *key, const char *cursor,
    const arcmd_sscan_opts *o);
/* SUNION key [key ...] -- Add multiple sets (set, 1.0.0) */
typedef struct arcmd_sunion_opts { const ar_cmd_opts *call;
    const size_t *key_len; } arcmd_sunion_opts;
AR_API int arcmd_sunion(ar_client *c, ar_callback *cb, void *ud, int key_count,
    const char *const *key, const arcmd_sunion_opts *o);
/* SUNIONSTORE destination key [key ...] -- Add multiple sets and store the resulting set in a key
   (set, 1.0.0) */
typedef struct arcmd_sunionstore_opts { const ar_cmd_opts *call;
    const size_t *destination_len, *key_len; } arcmd_sunionstore_opts;
AR_API int arcmd_sunionstore(ar_client *c, ar_callback *cb, void *ud, const char *destination,
    int key_count, const char *const *key, const arcmd_sunionstore_opts *o);

/* >>wrappers:sorted-set -------------------------------------------------- */
/* BZMPOP timeout numkeys key [key ...] <MIN | MAX> [COUNT count] -- Remove and return members with
   scores in a sorted set or block until one is available (sorted-set, 7.0.0) */
typedef struct arcmd_bzmpop_opts { const ar_cmd_opts *call; const long long *count;
    const size_t *key_len; } arcmd_bzmpop_opts;
AR_API int arcmd_bzmpop(ar_client *c, ar_callback *cb, void *ud, double timeout, int key_count,
    const char *const *key, const char *where, const arcmd_bzmpop_opts *o);
/* BZPOPMAX key [key ...] timeout -- Remove and return the member with the highest score from one or
   more sorted sets, or block until one is available (sorted-set, 5.0.0) */
typedef struct arcmd_bzpopmax_opts { const ar_cmd_opts *call;
    const size_t *key_len; } arcmd_bzpopmax_opts;
AR_API int arcmd_bzpopmax(ar_client *c, ar_callback *cb, void *ud, int key_count,
    const char *const *key, double timeout, const arcmd_bzpopmax_opts *o);
/* BZPOPMIN key [key ...] timeout -- Remove and return the member with the lowest score from one or
   more sorted sets, or block until one is available (sorted-set, 5.0.0) */
typedef struct arcmd_bzpopmin_opts { const ar_cmd_opts *call;
    const size_t *key_len; } arcmd_bzpopmin_opts;
AR_API int arcmd_bzpopmin(ar_client *c, ar_callback *cb, void *ud, int key_count,
    const char *const *key, double timeout, const arcmd_bzpopmin_opts *o);
/* ZADD key [NX | XX] [GT | LT] [CH] [INCR] score member [score member ...] -- Add one or more
   members to a sorted set, or update its score if it already exists (sorted-set, 1.2.0) */
typedef struct arcmd_zadd_opts { const ar_cmd_opts *call; int nx, xx, gt, lt, ch, incr;
    const size_t *key_len, *score_member_len; } arcmd_zadd_opts;
AR_API int arcmd_zadd(ar_client *c, ar_callback *cb, void *ud, const char *key,
    int score_member_count, const char *const *score_member, const arcmd_zadd_opts *o);
/* ZCARD key -- Get the number of members in a sorted set (sorted-set, 1.2.0) */
typedef struct arcmd_zcard_opts { const ar_cmd_opts *call;
    const size_t *key_len; } arcmd_zcard_opts;
AR_API int arcmd_zcard(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_zcard_opts *o);
/* ZCOUNT key min max -- Count the members in a sorted set with scores within the given values
   (sorted-set, 2.0.0) */
typedef struct arcmd_zcount_opts { const ar_cmd_opts *call;
    const size_t *key_len; } arcmd_zcount_opts;
AR_API int arcmd_zcount(ar_client *c, ar_callback *cb, void *ud, const char *key, double min,
    double max, const arcmd_zcount_opts *o);
/* ZDIFF numkeys key [key ...] [WITHSCORES] -- Subtract multiple sorted sets (sorted-set, 6.2.0) */
typedef struct arcmd_zdiff_opts { const ar_cmd_opts *call; int withscores;
    const size_t *key_len; } arcmd_zdiff_opts;
AR_API int arcmd_zdiff(ar_client *c, ar_callback *cb, void *ud, int key_count,
    const char *const *key, const arcmd_zdiff_opts *o);
/* ZDIFFSTORE destination numkeys key [key ...] -- Subtract multiple sorted sets and store the
   resulting sorted set in a new key (sorted-set, 6.2.0) */
typedef struct arcmd_zdiffstore_opts { const ar_cmd_opts *call;
    const size_t *destination_len, *key_len; } arcmd_zdiffstore_opts;
AR_API int arcmd_zdiffstore(ar_client *c, ar_callback *cb, void *ud, const char *destination,
    int key_count, const char *const *key, const arcmd_zdiffstore_opts *o);
/* ZINCRBY key increment member -- Increment the score of a member in a sorted set (sorted-set,
   1.2.0) */
typedef struct arcmd_zincrby_opts { const ar_cmd_opts *call;
    const size_t *key_len, *increment_len, *member_len; } arcmd_zincrby_opts;
AR_API int arcmd_zincrby(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const char *increment, const char *member, const arcmd_zincrby_opts *o);
/* ZINTER numkeys key [key ...] [WEIGHTS weight [weight ...]] [AGGREGATE SUM | MIN | MAX]
   [WITHSCORES] -- Intersect multiple sorted sets (sorted-set, 6.2.0) */
typedef struct arcmd_zinter_opts { const ar_cmd_opts *call; int weights_count;
    const char *const *weights; const char *aggregate; int withscores;
    const size_t *key_len, *weights_len; } arcmd_zinter_opts;
AR_API int arcmd_zinter(ar_client *c, ar_callback *cb, void *ud, int key_count,
    const char *const *key, const arcmd_zinter_opts *o);
/* ZINTERCARD numkeys key [key ...] [LIMIT limit] -- Intersect multiple sorted sets and return the
   cardinality of the result (sorted-set, 7.0.0) */
typedef struct arcmd_zintercard_opts { const ar_cmd_opts *call; const long long *limit;
    const size_t *key_len; } arcmd_zintercard_opts;
AR_API int arcmd_zintercard(ar_client *c, ar_callback *cb, void *ud, int key_count,
    const char *const *key, const arcmd_zintercard_opts *o);
/* ZINTERSTORE destination numkeys key [key ...] [WEIGHTS weight [weight ...]] [AGGREGATE SUM | MIN
   | MAX] -- Intersect multiple sorted sets and store the resulting sorted set in a new key
   (sorted-set, 2.0.0) */
typedef struct arcmd_zinterstore_opts { const ar_cmd_opts *call; int weights_count;
    const char *const *weights; const char *aggregate;
    const size_t *destination_len, *key_len, *weights_len; } arcmd_zinterstore_opts;
AR_API int arcmd_zinterstore(ar_client *c, ar_callback *cb, void *ud, const char *destination,
    int key_count, const char *const *key, const arcmd_zinterstore_opts *o);
/* ZLEXCOUNT key min max -- Count the number of members in a sorted set between a given
   lexicographical range (sorted-set, 2.8.9) */
typedef struct arcmd_zlexcount_opts { const ar_cmd_opts *call;
    const size_t *key_len, *min_len, *max_len; } arcmd_zlexcount_opts;
AR_API int arcmd_zlexcount(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const char *min, const char *max, const arcmd_zlexcount_opts *o);
/* ZMPOP numkeys key [key ...] <MIN | MAX> [COUNT count] -- Remove and return members with scores in
   a sorted set (sorted-set, 7.0.0) */
typedef struct arcmd_zmpop_opts { const ar_cmd_opts *call; const long long *count;
    const size_t *key_len; } arcmd_zmpop_opts;
AR_API int arcmd_zmpop(ar_client *c, ar_callback *cb, void *ud, int key_count,
    const char *const *key, const char *where, const arcmd_zmpop_opts *o);
/* ZMSCORE key member [member ...] -- Get the score associated with the given members in a sorted
   set (sorted-set, 6.2.0) */
typedef struct arcmd_zmscore_opts { const ar_cmd_opts *call;
    const size_t *key_len, *member_len; } arcmd_zmscore_opts;
AR_API int arcmd_zmscore(ar_client *c, ar_callback *cb, void *ud, const char *key, int member_count,
    const char *const *member, const arcmd_zmscore_opts *o);
/* ZPOPMAX key [count] -- Remove and return members with the highest scores in a sorted set
   (sorted-set, 5.0.0) */
typedef struct arcmd_zpopmax_opts { const ar_cmd_opts *call; const long long *count;
    const size_t *key_len; } arcmd_zpopmax_opts;
AR_API int arcmd_zpopmax(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_zpopmax_opts *o);
/* ZPOPMIN key [count] -- Remove and return members with the lowest scores in a sorted set
   (sorted-set, 5.0.0) */
typedef struct arcmd_zpopmin_opts { const ar_cmd_opts *call; const long long *count;
    const size_t *key_len; } arcmd_zpopmin_opts;
AR_API int arcmd_zpopmin(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_zpopmin_opts *o);
/* ZRANDMEMBER key [count [WITHSCORES]] -- Get one or multiple random elements from a sorted set
   (sorted-set, 6.2.0) */
typedef struct arcmd_zrandmember_opts { const ar_cmd_opts *call; const long long *count;
    int withscores; const size_t *key_len; } arcmd_zrandmember_opts;
AR_API int arcmd_zrandmember(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_zrandmember_opts *o);
/* ZRANGE key start stop [BYSCORE | BYLEX] [REV] [LIMIT offset count] [WITHSCORES] -- Return a range
   of members in a sorted set (sorted-set, 1.2.0) */
typedef struct arcmd_zrange_opts { const ar_cmd_opts *call; int byscore, bylex, rev;
    const long long *limit_offset, *limit_count; int withscores;
    const size_t *key_len, *start_len, *stop_len; } arcmd_zrange_opts;
AR_API int arcmd_zrange(ar_client *c, ar_callback *cb, void *ud, const char *key, const char *start,
    const char *stop, const arcmd_zrange_opts *o);
/* ZRANGEBYLEX key min max [LIMIT offset count] -- Return a range of members in a sorted set, by
   lexicographical range (sorted-set, 2.8.9, deprecated 6.2.0: ZRANGE with the BYLEX argument) */
typedef struct arcmd_zrangebylex_opts { const ar_cmd_opts *call;
    const long long *limit_offset, *limit_count;
    const size_t *key_len, *min_len, *max_len; } arcmd_zrangebylex_opts;
AR_API int arcmd_zrangebylex(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const char *min, const char *max, const arcmd_zrangebylex_opts *o);
/* ZRANGEBYSCORE key min max [WITHSCORES] [LIMIT offset count] -- Return a range of members in a
   sorted set, by score (sorted-set, 1.0.5, deprecated 6.2.0: ZRANGE with the BYSCORE argument) */
typedef struct arcmd_zrangebyscore_opts { const ar_cmd_opts *call; int withscores;
    const long long *limit_offset, *limit_count; const size_t *key_len; } arcmd_zrangebyscore_opts;
AR_API int arcmd_zrangebyscore(ar_client *c, ar_callback *cb, void *ud, const char *key, double min,
    double max, const arcmd_zrangebyscore_opts *o);
/* ZRANGESTORE dst src min max [BYSCORE | BYLEX] [REV] [LIMIT offset count] -- Store a range of
   members from sorted set into another key (sorted-set, 6.2.0) */
typedef struct arcmd_zrangestore_opts { const ar_cmd_opts *call; int byscore, bylex, rev;
    const long long *limit_offset, *limit_count;
    const size_t *dst_len, *src_len, *min_len, *max_len; } arcmd_zrangestore_opts;
AR_API int arcmd_zrangestore(ar_client *c, ar_callback *cb, void *ud, const char *dst,
    const char *src, const char *min, const char *max, const arcmd_zrangestore_opts *o);
/* ZRANK key member -- Determine the index of a member in a sorted set (sorted-set, 2.0.0) */
typedef struct arcmd_zrank_opts { const ar_cmd_opts *call;
    const size_t *key_len, *member_len; } arcmd_zrank_opts;
AR_API int arcmd_zrank(ar_client *c, ar_callback *cb, void *ud, const char *key, const char *member,
    const arcmd_zrank_opts *o);
/* ZREM key member [member ...] -- Remove one or more members from a sorted set (sorted-set, 1.2.0)
   */
typedef struct arcmd_zrem_opts { const ar_cmd_opts *call;
    const size_t *key_len, *member_len; } arcmd_zrem_opts;
AR_API int arcmd_zrem(ar_client *c, ar_callback *cb, void *ud, const char *key, int member_count,
    const char *const *member, const arcmd_zrem_opts *o);
/* ZREMRANGEBYLEX key min max -- Remove all members in a sorted set between the given
   lexicographical range (sorted-set, 2.8.9) */
typedef struct arcmd_zremrangebylex_opts { const ar_cmd_opts *call;
    const size_t *key_len, *min_len, *max_len; } arcmd_zremrangebylex_opts;
AR_API int arcmd_zremrangebylex(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const char *min, const char *max, const arcmd_zremrangebylex_opts *o);
/* ZREMRANGEBYRANK key start stop -- Remove all members in a sorted set within the given indexes
   (sorted-set, 2.0.0) */
typedef struct arcmd_zremrangebyrank_opts { const ar_cmd_opts *call;
    const size_t *key_len; } arcmd_zremrangebyrank_opts;
AR_API int arcmd_zremrangebyrank(ar_client *c, ar_callback *cb, void *ud, const char *key,
    long long start, long long stop, const arcmd_zremrangebyrank_opts *o);
/* ZREMRANGEBYSCORE key min max -- Remove all members in a sorted set within the given scores
   (sorted-set, 1.2.0) */
typedef struct arcmd_zremrangebyscore_opts { const ar_cmd_opts *call;
    const size_t *key_len; } arcmd_zremrangebyscore_opts;
AR_API int arcmd_zremrangebyscore(ar_client *c, ar_callback *cb, void *ud, const char *key,
    double min, double max, const arcmd_zremrangebyscore_opts *o);
/* ZREVRANGE key start stop [WITHSCORES] -- Return a range of members in a sorted set, by index,
   with scores ordered from high to low (sorted-set, 1.2.0, deprecated 6.2.0: ZRANGE with the REV
   argument) */
typedef struct arcmd_zrevrange_opts { const ar_cmd_opts *call; int withscores;
    const size_t *key_len; } arcmd_zrevrange_opts;
AR_API int arcmd_zrevrange(ar_client *c, ar_callback *cb, void *ud, const char *key,
    long long start, long long stop, const arcmd_zrevrange_opts *o);
/* ZREVRANGEBYLEX key max min [LIMIT offset count] -- Return a range of members in a sorted set, by
   lexicographical range, ordered from higher to lower strings (sorted-set, 2.8.9, deprecated 6.2.0:
   ZRANGE with the REV and BYLEX arguments) */
typedef struct arcmd_zrevrangebylex_opts { const ar_cmd_opts *call;
    const long long *limit_offset, *limit_count;
    const size_t *key_len, *max_len, *min_len; } arcmd_zrevrangebylex_opts;
AR_API int arcmd_zrevrangebylex(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const char *max, const char *min, const arcmd_zrevrangebylex_opts *o);
/* ZREVRANGEBYSCORE key max min [WITHSCORES] [LIMIT offset count] -- Return a range of members in a
   sorted set, by score, with scores ordered from high to low (sorted-set, 2.2.0, deprecated 6.2.0:
   ZRANGE with the REV and BYSCORE arguments) */
typedef struct arcmd_zrevrangebyscore_opts { const ar_cmd_opts *call; int withscores;
    const long long *limit_offset, *limit_count;
    const size_t *key_len; } arcmd_zrevrangebyscore_opts;
AR_API int arcmd_zrevrangebyscore(ar_client *c, ar_callback *cb, void *ud, const char *key,
    double max, double min, const arcmd_zrevrangebyscore_opts *o);
/* ZREVRANK key member -- Determine the index of a member in a sorted set, with scores ordered from
   high to low (sorted-set, 2.0.0) */
typedef struct arcmd_zrevrank_opts { const ar_cmd_opts *call;
    const size_t *key_len, *member_len; } arcmd_zrevrank_opts;
AR_API int arcmd_zrevrank(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const char *member, const arcmd_zrevrank_opts *o);
/* ZSCAN key cursor [MATCH pattern] [COUNT count] -- Incrementally iterate sorted sets elements and
   associated scores (sorted-set, 2.8.0) */
typedef struct arcmd_zscan_opts { const ar_cmd_opts *call; const char *match;
    const long long *count; const size_t *key_len, *cursor_len, *match_len; } arcmd_zscan_opts;
AR_API int arcmd_zscan(ar_client *c, ar_callback *cb, void *ud, const char *key, const char *cursor,
    const arcmd_zscan_opts *o);
/* ZSCORE key member -- Get the score associated with the given member in a sorted set (sorted-set,
   1.2.0) */
typedef struct arcmd_zscore_opts { const ar_cmd_opts *call;
    const size_t *key_len, *member_len; } arcmd_zscore_opts;
AR_API int arcmd_zscore(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const char *member, const arcmd_zscore_opts *o);
/* ZUNION numkeys key [key ...] [WEIGHTS weight [weight ...]] [AGGREGATE SUM | MIN | MAX]
   [WITHSCORES] -- Add multiple sorted sets (sorted-set, 6.2.0) */
typedef struct arcmd_zunion_opts { const ar_cmd_opts *call; int weights_count;
    const char *const *weights; const char *aggregate; int withscores;
    const size_t *key_len, *weights_len; } arcmd_zunion_opts;
AR_API int arcmd_zunion(ar_client *c, ar_callback *cb, void *ud, int key_count,
    const char *const *key, const arcmd_zunion_opts *o);
/* ZUNIONSTORE destination numkeys key [key ...] [WEIGHTS weight [weight ...]] [AGGREGATE SUM | MIN
   | MAX] -- Add multiple sorted sets and store the resulting sorted set in a new key (sorted-set,
   2.0.0) */
typedef struct arcmd_zunionstore_opts { const ar_cmd_opts *call; int weights_count;
    const char *const *weights; const char *aggregate;
    const size_t *destination_len, *key_len, *weights_len; } arcmd_zunionstore_opts;
AR_API int arcmd_zunionstore(ar_client *c, ar_callback *cb, void *ud, const char *destination,
    int key_count, const char *const *key, const arcmd_zunionstore_opts *o);

/* >>wrappers:hash -------------------------------------------------------- */
/* HDEL key field [field ...] -- Delete one or more hash fields (hash, 2.0.0) */
typedef struct arcmd_hdel_opts { const ar_cmd_opts *call;
    const size_t *key_len, *field_len; } arcmd_hdel_opts;
AR_API int arcmd_hdel(ar_client *c, ar_callback *cb, void *ud, const char *key, int field_count,
    const char *const *field, const arcmd_hdel_opts *o);
/* HEXISTS key field -- Determine if a hash field exists (hash, 2.0.0) */
typedef struct arcmd_hexists_opts { const ar_cmd_opts *call;
    const size_t *key_len, *field_len; } arcmd_hexists_opts;
AR_API int arcmd_hexists(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const char *field, const arcmd_hexists_opts *o);
/* HGET key field -- Get the value of a hash field (hash, 2.0.0) */
typedef struct arcmd_hget_opts { const ar_cmd_opts *call;
    const size_t *key_len, *field_len; } arcmd_hget_opts;
AR_API int arcmd_hget(ar_client *c, ar_callback *cb, void *ud, const char *key, const char *field,
    const arcmd_hget_opts *o);
/* HGETALL key -- Get all the fields and values in a hash (hash, 2.0.0) */
typedef struct arcmd_hgetall_opts { const ar_cmd_opts *call;
    const size_t *key_len; } arcmd_hgetall_opts;
AR_API int arcmd_hgetall(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_hgetall_opts *o);
/* HINCRBY key field increment -- Increment the integer value of a hash field by the given number
   (hash, 2.0.0) */
typedef struct arcmd_hincrby_opts { const ar_cmd_opts *call;
    const size_t *key_len, *field_len; } arcmd_hincrby_opts;
AR_API int arcmd_hincrby(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const char *field, long long increment, const arcmd_hincrby_opts *o);
/* HINCRBYFLOAT key field increment -- Increment the float value of a hash field by the given amount
   (hash, 2.6.0) */
typedef struct arcmd_hincrbyfloat_opts { const ar_cmd_opts *call;
    const size_t *key_len, *field_len; } arcmd_hincrbyfloat_opts;
AR_API int arcmd_hincrbyfloat(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const char *field, double increment, const arcmd_hincrbyfloat_opts *o);
/* HKEYS key -- Get all the fields in a hash (hash, 2.0.0) */
typedef struct arcmd_hkeys_opts { const ar_cmd_opts *call;
    const size_t *key_len; } arcmd_hkeys_opts;
AR_API int arcmd_hkeys(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_hkeys_opts *o);
/* HLEN key -- Get the number of fields in a hash (hash, 2.0.0) */
typedef struct arcmd_hlen_opts { const ar_cmd_opts *call; const size_t *key_len; } arcmd_hlen_opts;
AR_API int arcmd_hlen(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_hlen_opts *o);
/* HMGET key field [field ...] -- Get the values of all the given hash fields (hash, 2.0.0) */
typedef struct arcmd_hmget_opts { const ar_cmd_opts *call;
    const size_t *key_len, *field_len; } arcmd_hmget_opts;
AR_API int arcmd_hmget(ar_client *c, ar_callback *cb, void *ud, const char *key, int field_count,
    const char *const *field, const arcmd_hmget_opts *o);
/* HMSET key field value [field value ...] -- Set multiple hash fields to multiple values (hash,
   2.0.0, deprecated 4.0.0: HSET with multiple field-value pairs) */
typedef struct arcmd_hmset_opts { const ar_cmd_opts *call;
    const size_t *key_len, *field_value_len; } arcmd_hmset_opts;
AR_API int arcmd_hmset(ar_client *c, ar_callback *cb, void *ud, const char *key,
    int field_value_count, const char *const *field_value, const arcmd_hmset_opts *o);
/* HRANDFIELD key [count [WITHVALUES]] -- Get one or multiple random fields from a hash (hash,
   6.2.0) */
typedef struct arcmd_hrandfield_opts { const ar_cmd_opts *call; const long long *count;
    int withvalues; const size_t *key_len; } arcmd_hrandfield_opts;
AR_API int arcmd_hrandfield(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_hrandfield_opts *o);
/* HSCAN key cursor [MATCH pattern] [COUNT count] -- Incrementally iterate hash fields and
   associated values (hash, 2.8.0) */
typedef struct arcmd_hscan_opts { const ar_cmd_opts *call; const char *match;
    const long long *count; const size_t *key_len, *cursor_len, *match_len; } arcmd_hscan_opts;
AR_API int arcmd_hscan(ar_client *c, ar_callback *cb, void *ud, const char *key, const char *cursor,
    const arcmd_hscan_opts *o);
/* HSET key field value [field value ...] -- Set the string value of a hash field (hash, 2.0.0) */
typedef struct arcmd_hset_opts { const ar_cmd_opts *call;
    const size_t *key_len, *field_value_len; } arcmd_hset_opts;
AR_API int arcmd_hset(ar_client *c, ar_callback *cb, void *ud, const char *key,
    int field_value_count, const char *const *field_value, const arcmd_hset_opts *o);
/* HSETNX key field value -- Set the value of a hash field, only if the field does not exist (hash,
   2.0.0) */
typedef struct arcmd_hsetnx_opts { const ar_cmd_opts *call;
    const size_t *key_len, *field_len, *value_len; } arcmd_hsetnx_opts;
AR_API int arcmd_hsetnx(ar_client *c, ar_callback *cb, void *ud, const char *key, const char *field,
    const char *value, const arcmd_hsetnx_opts *o);
/* HSTRLEN key field -- Get the length of the value of a hash field (hash, 3.2.0) */
typedef struct arcmd_hstrlen_opts { const ar_cmd_opts *call;
    const size_t *key_len, *field_len; } arcmd_hstrlen_opts;
AR_API int arcmd_hstrlen(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const char *field, const arcmd_hstrlen_opts *o);
/* HVALS key -- Get all the values in a hash (hash, 2.0.0) */
typedef struct arcmd_hvals_opts { const ar_cmd_opts *call;
    const size_t *key_len; } arcmd_hvals_opts;
AR_API int arcmd_hvals(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_hvals_opts *o);

/* >>wrappers:pubsub ------------------------------------------------------ */
/* PSUBSCRIBE pattern [pattern ...] -- Listen for messages published to channels matching the given
   patterns (pubsub, 2.0.0) */
typedef struct arcmd_psubscribe_opts { const ar_cmd_opts *call;
    const size_t *pattern_len; } arcmd_psubscribe_opts;
AR_API int arcmd_psubscribe(ar_client *c, ar_callback *cb, void *ud, int pattern_count,
    const char *const *pattern, const arcmd_psubscribe_opts *o);
/* PUBLISH channel message -- Post a message to a channel (pubsub, 2.0.0) */
typedef struct arcmd_publish_opts { const ar_cmd_opts *call;
    const size_t *channel_len, *message_len; } arcmd_publish_opts;
AR_API int arcmd_publish(ar_client *c, ar_callback *cb, void *ud, const char *channel,
    const char *message, const arcmd_publish_opts *o);
/* PUBSUB CHANNELS [pattern] -- List active channels (pubsub, 2.8.0) */
typedef struct arcmd_pubsub_channels_opts { const ar_cmd_opts *call; const char *pattern;
    const size_t *pattern_len; } arcmd_pubsub_channels_opts;
AR_API int arcmd_pubsub_channels(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_pubsub_channels_opts *o);
/* PUBSUB HELP -- Show helpful text about the different subcommands (pubsub, 6.2.0) */
typedef struct arcmd_pubsub_help_opts { const ar_cmd_opts *call; } arcmd_pubsub_help_opts;
AR_API int arcmd_pubsub_help(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_pubsub_help_opts *o);
/* PUBSUB NUMPAT -- Get the count of unique patterns pattern subscriptions (pubsub, 2.8.0) */
typedef struct arcmd_pubsub_numpat_opts { const ar_cmd_opts *call; } arcmd_pubsub_numpat_opts;
AR_API int arcmd_pubsub_numpat(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_pubsub_numpat_opts *o);
/* PUBSUB NUMSUB [channel [channel ...]] -- Get the count of subscribers for channels (pubsub,
   2.8.0) */
typedef struct arcmd_pubsub_numsub_opts { const ar_cmd_opts *call; int channel_count;
    const char *const *channel; const size_t *channel_len; } arcmd_pubsub_numsub_opts;
AR_API int arcmd_pubsub_numsub(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_pubsub_numsub_opts *o);
/* PUBSUB SHARDCHANNELS [pattern] -- List active shard channels (pubsub, 7.0.0) */
typedef struct arcmd_pubsub_shardchannels_opts { const ar_cmd_opts *call; const char *pattern;
    const size_t *pattern_len; } arcmd_pubsub_shardchannels_opts;
AR_API int arcmd_pubsub_shardchannels(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_pubsub_shardchannels_opts *o);
/* PUBSUB SHARDNUMSUB [shardchannel [shardchannel ...]] -- Get the count of subscribers for shard
   channels (pubsub, 7.0.0) */
typedef struct arcmd_pubsub_shardnumsub_opts { const ar_cmd_opts *call; int shardchannel_count;
    const char *const *shardchannel;
    const size_t *shardchannel_len; } arcmd_pubsub_shardnumsub_opts;
AR_API int arcmd_pubsub_shardnumsub(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_pubsub_shardnumsub_opts *o);
/* PUNSUBSCRIBE [pattern [pattern ...]] -- Stop listening for messages posted to channels matching
   the given patterns (pubsub, 2.0.0) */
typedef struct arcmd_punsubscribe_opts { const ar_cmd_opts *call; int pattern_count;
    const char *const *pattern; const size_t *pattern_len; } arcmd_punsubscribe_opts;
AR_API int arcmd_punsubscribe(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_punsubscribe_opts *o);
/* SPUBLISH shardchannel message -- Post a message to a shard channel (pubsub, 7.0.0) */
typedef struct arcmd_spublish_opts { const ar_cmd_opts *call;
    const size_t *shardchannel_len, *message_len; } arcmd_spublish_opts;
AR_API int arcmd_spublish(ar_client *c, ar_callback *cb, void *ud, const char *shardchannel,
    const char *message, const arcmd_spublish_opts *o);
/* SSUBSCRIBE shardchannel [shardchannel ...] -- Listen for messages published to the given shard
   channels (pubsub, 7.0.0) */
typedef struct arcmd_ssubscribe_opts { const ar_cmd_opts *call;
    const size_t *shardchannel_len; } arcmd_ssubscribe_opts;
AR_API int arcmd_ssubscribe(ar_client *c, ar_callback *cb, void *ud, int shardchannel_count,
    const char *const *shardchannel, const arcmd_ssubscribe_opts *o);
/* SUBSCRIBE channel [channel ...] -- Listen for messages published to the given channels (pubsub,
   2.0.0) */
typedef struct arcmd_subscribe_opts { const ar_cmd_opts *call;
    const size_t *channel_len; } arcmd_subscribe_opts;
AR_API int arcmd_subscribe(ar_client *c, ar_callback *cb, void *ud, int channel_count,
    const char *const *channel, const arcmd_subscribe_opts *o);
/* SUNSUBSCRIBE [shardchannel [shardchannel ...]] -- Stop listening for messages posted to the given
   shard channels (pubsub, 7.0.0) */
typedef struct arcmd_sunsubscribe_opts { const ar_cmd_opts *call; int shardchannel_count;
    const char *const *shardchannel; const size_t *shardchannel_len; } arcmd_sunsubscribe_opts;
AR_API int arcmd_sunsubscribe(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_sunsubscribe_opts *o);
/* UNSUBSCRIBE [channel [channel ...]] -- Stop listening for messages posted to the given channels
   (pubsub, 2.0.0) */
typedef struct arcmd_unsubscribe_opts { const ar_cmd_opts *call; int channel_count;
    const char *const *channel; const size_t *channel_len; } arcmd_unsubscribe_opts;
AR_API int arcmd_unsubscribe(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_unsubscribe_opts *o);

/* >>wrappers:transactions ------------------------------------------------ */
/* DISCARD -- Discard all commands issued after MULTI (transactions, 2.0.0) */
typedef struct arcmd_discard_opts { const ar_cmd_opts *call; } arcmd_discard_opts;
AR_API int arcmd_discard(ar_client *c, ar_callback *cb, void *ud, const arcmd_discard_opts *o);
/* EXEC -- Execute all commands issued after MULTI (transactions, 1.2.0) */
typedef struct arcmd_exec_opts { const ar_cmd_opts *call; } arcmd_exec_opts;
AR_API int arcmd_exec(ar_client *c, ar_callback *cb, void *ud, const arcmd_exec_opts *o);
/* MULTI -- Mark the start of a transaction block (transactions, 1.2.0) */
typedef struct arcmd_multi_opts { const ar_cmd_opts *call; } arcmd_multi_opts;
AR_API int arcmd_multi(ar_client *c, ar_callback *cb, void *ud, const arcmd_multi_opts *o);
/* UNWATCH -- Forget about all watched keys (transactions, 2.2.0) */
typedef struct arcmd_unwatch_opts { const ar_cmd_opts *call; } arcmd_unwatch_opts;
AR_API int arcmd_unwatch(ar_client *c, ar_callback *cb, void *ud, const arcmd_unwatch_opts *o);
/* WATCH key [key ...] -- Watch the given keys to determine execution of the MULTI/EXEC block
   (transactions, 2.2.0) */
typedef struct arcmd_watch_opts { const ar_cmd_opts *call;
    const size_t *key_len; } arcmd_watch_opts;
AR_API int arcmd_watch(ar_client *c, ar_callback *cb, void *ud, int key_count,
    const char *const *key, const arcmd_watch_opts *o);

/* >>wrappers:connection -------------------------------------------------- */
/* AUTH [username] password -- Authenticate to the server (connection, 1.0.0) */
typedef struct arcmd_auth_opts { const ar_cmd_opts *call; const char *username;
    const size_t *username_len, *password_len; } arcmd_auth_opts;
AR_API int arcmd_auth(ar_client *c, ar_callback *cb, void *ud, const char *password,
    const arcmd_auth_opts *o);
/* CLIENT CACHING <YES | NO> -- Instruct the server about tracking or not keys in the next request
   (connection, 6.0.0) */
typedef struct arcmd_client_caching_opts { const ar_cmd_opts *call; } arcmd_client_caching_opts;
AR_API int arcmd_client_caching(ar_client *c, ar_callback *cb, void *ud, const char *mode,
    const arcmd_client_caching_opts *o);
/* CLIENT GETNAME -- Get the current connection name (connection, 2.6.9) */
typedef struct arcmd_client_getname_opts { const ar_cmd_opts *call; } arcmd_client_getname_opts;
AR_API int arcmd_client_getname(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_client_getname_opts *o);
/* CLIENT GETREDIR -- Get tracking notifications redirection client ID if any (connection, 6.0.0) */
typedef struct arcmd_client_getredir_opts { const ar_cmd_opts *call; } arcmd_client_getredir_opts;
AR_API int arcmd_client_getredir(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_client_getredir_opts *o);
/* CLIENT HELP -- Show helpful text about the different subcommands (connection, 5.0.0) */
typedef struct arcmd_client_help_opts { const ar_cmd_opts *call; } arcmd_client_help_opts;
AR_API int arcmd_client_help(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_client_help_opts *o);
/* CLIENT ID -- Returns the client ID for the current connection (connection, 5.0.0) */
typedef struct arcmd_client_id_opts { const ar_cmd_opts *call; } arcmd_client_id_opts;
AR_API int arcmd_client_id(ar_client *c, ar_callback *cb, void *ud, const arcmd_client_id_opts *o);
/* CLIENT INFO -- Returns information about the current client connection (connection, 6.2.0) */
typedef struct arcmd_client_info_opts { const ar_cmd_opts *call; } arcmd_client_info_opts;
AR_API int arcmd_client_info(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_client_info_opts *o);
/* CLIENT KILL <ip:port | <[ID client-id] | [TYPE NORMAL | MASTER | SLAVE | REPLICA | PUBSUB] |
   [USER username] | [ADDR ip:port] | [LADDR ip:port] | [SKIPME yes/no]> [<[ID client-id] | [TYPE
   NORMAL | MASTER | SLAVE | REPLICA | PUBSUB] | [USER username] | [ADDR ip:port] | [LADDR ip:port]
   | [SKIPME yes/no]> ...]> -- Kill the connection of a client (connection, 2.4.0) */
typedef struct arcmd_client_kill_opts { const ar_cmd_opts *call; const char *ip_port;
    const long long *id; const char *type, *user, *addr, *laddr, *skipme;
    const size_t *ip_port_len, *user_len, *addr_len, *laddr_len, *skipme_len; } arcmd_client_kill_opts;
AR_API int arcmd_client_kill(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_client_kill_opts *o);
/* CLIENT LIST [TYPE NORMAL | MASTER | REPLICA | PUBSUB] [ID client-id [client-id ...]] -- Get the
   list of client connections (connection, 2.4.0) */
typedef struct arcmd_client_list_opts { const ar_cmd_opts *call; const char *type;
    int id_client_id_count; const char *const *id_client_id;
    const size_t *id_client_id_len; } arcmd_client_list_opts;
AR_API int arcmd_client_list(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_client_list_opts *o);
/* CLIENT NO-EVICT <ON | OFF> -- Set client eviction mode for the current connection (connection,
   7.0.0) */
typedef struct arcmd_client_no_evict_opts { const ar_cmd_opts *call; } arcmd_client_no_evict_opts;
AR_API int arcmd_client_no_evict(ar_client *c, ar_callback *cb, void *ud, const char *enabled,
    const arcmd_client_no_evict_opts *o);
/* CLIENT PAUSE timeout [WRITE | ALL] -- Stop processing commands from clients for some time
   (connection, 2.9.50) */
typedef struct arcmd_client_pause_opts { const ar_cmd_opts *call;
    int write, all; } arcmd_client_pause_opts;
AR_API int arcmd_client_pause(ar_client *c, ar_callback *cb, void *ud, long long timeout,
    const arcmd_client_pause_opts *o);
/* CLIENT REPLY <ON | OFF | SKIP> -- Instruct the server whether to reply to commands (connection,
   3.2.0) */
typedef struct arcmd_client_reply_opts { const ar_cmd_opts *call; } arcmd_client_reply_opts;
AR_API int arcmd_client_reply(ar_client *c, ar_callback *cb, void *ud, const char *on_off_skip,
    const arcmd_client_reply_opts *o);
/* CLIENT SETNAME connection-name -- Set the current connection name (connection, 2.6.9) */
typedef struct arcmd_client_setname_opts { const ar_cmd_opts *call;
    const size_t *connection_name_len; } arcmd_client_setname_opts;
AR_API int arcmd_client_setname(ar_client *c, ar_callback *cb, void *ud,
    const char *connection_name, const arcmd_client_setname_opts *o);
/* CLIENT TRACKING <ON | OFF> [REDIRECT client-id] [PREFIX prefix [PREFIX prefix ...]] [BCAST]
   [OPTIN] [OPTOUT] [NOLOOP] -- Enable or disable server assisted client side caching support
   (connection, 6.0.0) */
typedef struct arcmd_client_tracking_opts { const ar_cmd_opts *call; const long long *redirect;
    int prefix_count; const char *const *prefix; int bcast, optin, optout, noloop;
    const size_t *prefix_len; } arcmd_client_tracking_opts;
AR_API int arcmd_client_tracking(ar_client *c, ar_callback *cb, void *ud, const char *status,
    const arcmd_client_tracking_opts *o);
/* CLIENT TRACKINGINFO -- Return information about server assisted client side caching for the
   current connection (connection, 6.2.0) */
typedef struct arcmd_client_trackinginfo_opts {
    const ar_cmd_opts *call; } arcmd_client_trackinginfo_opts;
AR_API int arcmd_client_trackinginfo(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_client_trackinginfo_opts *o);
/* CLIENT UNBLOCK client-id [TIMEOUT | ERROR] -- Unblock a client blocked in a blocking command from
   a different connection (connection, 5.0.0) */
typedef struct arcmd_client_unblock_opts { const ar_cmd_opts *call;
    int timeout, error; } arcmd_client_unblock_opts;
AR_API int arcmd_client_unblock(ar_client *c, ar_callback *cb, void *ud, long long client_id,
    const arcmd_client_unblock_opts *o);
/* CLIENT UNPAUSE -- Resume processing of clients that were paused (connection, 6.2.0) */
typedef struct arcmd_client_unpause_opts { const ar_cmd_opts *call; } arcmd_client_unpause_opts;
AR_API int arcmd_client_unpause(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_client_unpause_opts *o);
/* ECHO message -- Echo the given string (connection, 1.0.0) */
typedef struct arcmd_echo_opts { const ar_cmd_opts *call;
    const size_t *message_len; } arcmd_echo_opts;
AR_API int arcmd_echo(ar_client *c, ar_callback *cb, void *ud, const char *message,
    const arcmd_echo_opts *o);
/* HELLO [protover [AUTH username password] [SETNAME clientname]] -- Handshake with Redis
   (connection, 6.0.0) */
typedef struct arcmd_hello_opts { const ar_cmd_opts *call; const long long *protover;
    const char *auth_username, *auth_password, *setname;
    const size_t *auth_username_len, *auth_password_len, *setname_len; } arcmd_hello_opts;
AR_API int arcmd_hello(ar_client *c, ar_callback *cb, void *ud, const arcmd_hello_opts *o);
/* PING [message] -- Ping the server (connection, 1.0.0) */
typedef struct arcmd_ping_opts { const ar_cmd_opts *call; const char *message;
    const size_t *message_len; } arcmd_ping_opts;
AR_API int arcmd_ping(ar_client *c, ar_callback *cb, void *ud, const arcmd_ping_opts *o);
/* QUIT -- Close the connection (connection, 1.0.0) */
typedef struct arcmd_quit_opts { const ar_cmd_opts *call; } arcmd_quit_opts;
AR_API int arcmd_quit(ar_client *c, ar_callback *cb, void *ud, const arcmd_quit_opts *o);
/* RESET -- Reset the connection (connection, 6.2.0) */
typedef struct arcmd_reset_opts { const ar_cmd_opts *call; } arcmd_reset_opts;
AR_API int arcmd_reset(ar_client *c, ar_callback *cb, void *ud, const arcmd_reset_opts *o);
/* SELECT index -- Change the selected database for the current connection (connection, 1.0.0) */
typedef struct arcmd_select_opts { const ar_cmd_opts *call; } arcmd_select_opts;
AR_API int arcmd_select(ar_client *c, ar_callback *cb, void *ud, long long index,
    const arcmd_select_opts *o);

/* >>wrappers:server ------------------------------------------------------ */
/* ACL CAT [categoryname] -- List the ACL categories or the commands inside a category (server,
   6.0.0) */
typedef struct arcmd_acl_cat_opts { const ar_cmd_opts *call; const char *categoryname;
    const size_t *categoryname_len; } arcmd_acl_cat_opts;
AR_API int arcmd_acl_cat(ar_client *c, ar_callback *cb, void *ud, const arcmd_acl_cat_opts *o);
/* ACL DELUSER username [username ...] -- Remove the specified ACL users and the associated rules
   (server, 6.0.0) */
typedef struct arcmd_acl_deluser_opts { const ar_cmd_opts *call;
    const size_t *username_len; } arcmd_acl_deluser_opts;
AR_API int arcmd_acl_deluser(ar_client *c, ar_callback *cb, void *ud, int username_count,
    const char *const *username, const arcmd_acl_deluser_opts *o);
/* ACL DRYRUN username command [arg [arg ...]] -- Returns whether the user can execute the given
   command without executing the command (server, 7.0.0) */
typedef struct arcmd_acl_dryrun_opts { const ar_cmd_opts *call; int arg_count;
    const char *const *arg;
    const size_t *username_len, *command_len, *arg_len; } arcmd_acl_dryrun_opts;
AR_API int arcmd_acl_dryrun(ar_client *c, ar_callback *cb, void *ud, const char *username,
    const char *command, const arcmd_acl_dryrun_opts *o);
/* ACL GENPASS [bits] -- Generate a pseudorandom secure password to use for ACL users (server,
   6.0.0) */
typedef struct arcmd_acl_genpass_opts { const ar_cmd_opts *call;
    const long long *bits; } arcmd_acl_genpass_opts;
AR_API int arcmd_acl_genpass(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_acl_genpass_opts *o);
/* ACL GETUSER username -- Get the rules for a specific ACL user (server, 6.0.0) */
typedef struct arcmd_acl_getuser_opts { const ar_cmd_opts *call;
    const size_t *username_len; } arcmd_acl_getuser_opts;
AR_API int arcmd_acl_getuser(ar_client *c, ar_callback *cb, void *ud, const char *username,
    const arcmd_acl_getuser_opts *o);
/* ACL HELP -- Show helpful text about the different subcommands (server, 6.0.0) */
typedef struct arcmd_acl_help_opts { const ar_cmd_opts *call; } arcmd_acl_help_opts;
AR_API int arcmd_acl_help(ar_client *c, ar_callback *cb, void *ud, const arcmd_acl_help_opts *o);
/* ACL LIST -- List the current ACL rules in ACL config file format (server, 6.0.0) */
typedef struct arcmd_acl_list_opts { const ar_cmd_opts *call; } arcmd_acl_list_opts;
AR_API int arcmd_acl_list(ar_client *c, ar_callback *cb, void *ud, const arcmd_acl_list_opts *o);
/* ACL LOAD -- Reload the ACLs from the configured ACL file (server, 6.0.0) */
typedef struct arcmd_acl_load_opts { const ar_cmd_opts *call; } arcmd_acl_load_opts;
AR_API int arcmd_acl_load(ar_client *c, ar_callback *cb, void *ud, const arcmd_acl_load_opts *o);
/* ACL LOG [count | RESET] -- List latest events denied because of ACLs in place (server, 6.0.0) */
typedef struct arcmd_acl_log_opts { const ar_cmd_opts *call; const long long *count;
    int reset; } arcmd_acl_log_opts;
AR_API int arcmd_acl_log(ar_client *c, ar_callback *cb, void *ud, const arcmd_acl_log_opts *o);
/* ACL SAVE -- Save the current ACL rules in the configured ACL file (server, 6.0.0) */
typedef struct arcmd_acl_save_opts { const ar_cmd_opts *call; } arcmd_acl_save_opts;
AR_API int arcmd_acl_save(ar_client *c, ar_callback *cb, void *ud, const arcmd_acl_save_opts *o);
/* ACL SETUSER username [rule [rule ...]] -- Modify or create the rules for a specific ACL user
   (server, 6.0.0) */
typedef struct arcmd_acl_setuser_opts { const ar_cmd_opts *call; int rule_count;
    const char *const *rule; const size_t *username_len, *rule_len; } arcmd_acl_setuser_opts;
AR_API int arcmd_acl_setuser(ar_client *c, ar_callback *cb, void *ud, const char *username,
    const arcmd_acl_setuser_opts *o);
/* ACL USERS -- List the username of all the configured ACL rules (server, 6.0.0) */
typedef struct arcmd_acl_users_opts { const ar_cmd_opts *call; } arcmd_acl_users_opts;
AR_API int arcmd_acl_users(ar_client *c, ar_callback *cb, void *ud, const arcmd_acl_users_opts *o);
/* ACL WHOAMI -- Return the name of the user associated to the current connection (server, 6.0.0) */
typedef struct arcmd_acl_whoami_opts { const ar_cmd_opts *call; } arcmd_acl_whoami_opts;
AR_API int arcmd_acl_whoami(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_acl_whoami_opts *o);
/* BGREWRITEAOF -- Asynchronously rewrite the append-only file (server, 1.0.0) */
typedef struct arcmd_bgrewriteaof_opts { const ar_cmd_opts *call; } arcmd_bgrewriteaof_opts;
AR_API int arcmd_bgrewriteaof(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_bgrewriteaof_opts *o);
/* BGSAVE [SCHEDULE] -- Asynchronously save the dataset to disk (server, 1.0.0) */
typedef struct arcmd_bgsave_opts { const ar_cmd_opts *call; int schedule; } arcmd_bgsave_opts;
AR_API int arcmd_bgsave(ar_client *c, ar_callback *cb, void *ud, const arcmd_bgsave_opts *o);
/* COMMAND COUNT -- Get total number of Redis commands (server, 2.8.13) */
typedef struct arcmd_command_count_opts { const ar_cmd_opts *call; } arcmd_command_count_opts;
AR_API int arcmd_command_count(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_command_count_opts *o);
/* COMMAND DOCS [command-name [command-name ...]] -- Get array of specific Redis command
   documentation (server, 7.0.0) */
typedef struct arcmd_command_docs_opts { const ar_cmd_opts *call; int command_name_count;
    const char *const *command_name; const size_t *command_name_len; } arcmd_command_docs_opts;
AR_API int arcmd_command_docs(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_command_docs_opts *o);
/* COMMAND GETKEYS -- Extract keys given a full Redis command (server, 2.8.13) */
typedef struct arcmd_command_getkeys_opts { const ar_cmd_opts *call; int argc;
    const char *const *argv; const size_t *argvlen; } arcmd_command_getkeys_opts;
AR_API int arcmd_command_getkeys(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_command_getkeys_opts *o);
/* COMMAND GETKEYSANDFLAGS -- Extract keys and access flags given a full Redis command (server,
   7.0.0) */
typedef struct arcmd_command_getkeysandflags_opts { const ar_cmd_opts *call; int argc;
    const char *const *argv; const size_t *argvlen; } arcmd_command_getkeysandflags_opts;
AR_API int arcmd_command_getkeysandflags(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_command_getkeysandflags_opts *o);
/* COMMAND HELP -- Show helpful text about the different subcommands (server, 5.0.0) */
typedef struct arcmd_command_help_opts { const ar_cmd_opts *call; } arcmd_command_help_opts;
AR_API int arcmd_command_help(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_command_help_opts *o);
/* COMMAND INFO [command-name [command-name ...]] -- Get array of specific Redis command details, or
   all when no argument is given (server, 2.8.13) */
typedef struct arcmd_command_info_opts { const ar_cmd_opts *call; int command_name_count;
    const char *const *command_name; const size_t *command_name_len; } arcmd_command_info_opts;
AR_API int arcmd_command_info(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_command_info_opts *o);
/* COMMAND LIST [FILTERBY MODULE module-name | ACLCAT category | PATTERN pattern] -- Get an array of
   Redis command names (server, 7.0.0) */
typedef struct arcmd_command_list_opts { const ar_cmd_opts *call;
    const char *module, *aclcat, *pattern;
    const size_t *module_len, *aclcat_len, *pattern_len; } arcmd_command_list_opts;
AR_API int arcmd_command_list(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_command_list_opts *o);
/* CONFIG GET parameter [parameter ...] -- Get the values of configuration parameters (server,
   2.0.0) */
typedef struct arcmd_config_get_opts { const ar_cmd_opts *call;
    const size_t *parameter_len; } arcmd_config_get_opts;
AR_API int arcmd_config_get(ar_client *c, ar_callback *cb, void *ud, int parameter_count,
    const char *const *parameter, const arcmd_config_get_opts *o);
/* CONFIG HELP -- Show helpful text about the different subcommands (server, 5.0.0) */
typedef struct arcmd_config_help_opts { const ar_cmd_opts *call; } arcmd_config_help_opts;
AR_API int arcmd_config_help(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_config_help_opts *o);
/* CONFIG RESETSTAT -- Reset the stats returned by INFO (server, 2.0.0) */
typedef struct arcmd_config_resetstat_opts { const ar_cmd_opts *call; } arcmd_config_resetstat_opts;
AR_API int arcmd_config_resetstat(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_config_resetstat_opts *o);
/* CONFIG REWRITE -- Rewrite the configuration file with the in memory configuration (server, 2.8.0)
   */
typedef struct arcmd_config_rewrite_opts { const ar_cmd_opts *call; } arcmd_config_rewrite_opts;
AR_API int arcmd_config_rewrite(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_config_rewrite_opts *o);
/* CONFIG SET parameter value [parameter value ...] -- Set configuration parameters to the given
   values (server, 2.0.0) */
typedef struct arcmd_config_set_opts { const ar_cmd_opts *call;
    const size_t *parameter_value_len; } arcmd_config_set_opts;
AR_API int arcmd_config_set(ar_client *c, ar_callback *cb, void *ud, int parameter_value_count,
    const char *const *parameter_value, const arcmd_config_set_opts *o);
/* DBSIZE -- Return the number of keys in the selected database (server, 1.0.0) */
typedef struct arcmd_dbsize_opts { const ar_cmd_opts *call; } arcmd_dbsize_opts;
AR_API int arcmd_dbsize(ar_client *c, ar_callback *cb, void *ud, const arcmd_dbsize_opts *o);
/* DEBUG -- A container for debugging commands (server, 1.0.0) */
typedef struct arcmd_debug_opts { const ar_cmd_opts *call; int argc; const char *const *argv;
    const size_t *argvlen; } arcmd_debug_opts;
AR_API int arcmd_debug(ar_client *c, ar_callback *cb, void *ud, const arcmd_debug_opts *o);
/* FAILOVER [TO host port [FORCE]] [ABORT] [TIMEOUT milliseconds] -- Start a coordinated failover
   between this server and one of its replicas (server, 6.2.0) */
typedef struct arcmd_failover_opts { const ar_cmd_opts *call; const char *to_host;
    const long long *to_port; int force, abort; const long long *timeout;
    const size_t *to_host_len; } arcmd_failover_opts;
AR_API int arcmd_failover(ar_client *c, ar_callback *cb, void *ud, const arcmd_failover_opts *o);
/* FLUSHALL [ASYNC | SYNC] -- Remove all keys from all databases (server, 1.0.0) */
typedef struct arcmd_flushall_opts { const ar_cmd_opts *call;
    int async, sync; } arcmd_flushall_opts;
AR_API int arcmd_flushall(ar_client *c, ar_callback *cb, void *ud, const arcmd_flushall_opts *o);
/* FLUSHDB [ASYNC | SYNC] -- Remove all keys from the current database (server, 1.0.0) */
typedef struct arcmd_flushdb_opts { const ar_cmd_opts *call; int async, sync; } arcmd_flushdb_opts;
AR_API int arcmd_flushdb(ar_client *c, ar_callback *cb, void *ud, const arcmd_flushdb_opts *o);
/* INFO [section [section ...]] -- Get information and statistics about the server (server, 1.0.0)
   */
typedef struct arcmd_info_opts { const ar_cmd_opts *call; int section_count;
    const char *const *section; const size_t *section_len; } arcmd_info_opts;
AR_API int arcmd_info(ar_client *c, ar_callback *cb, void *ud, const arcmd_info_opts *o);
/* LASTSAVE -- Get the UNIX time stamp of the last successful save to disk (server, 1.0.0) */
typedef struct arcmd_lastsave_opts { const ar_cmd_opts *call; } arcmd_lastsave_opts;
AR_API int arcmd_lastsave(ar_client *c, ar_callback *cb, void *ud, const arcmd_lastsave_opts *o);
/* LATENCY DOCTOR -- Return a human readable latency analysis report (server, 2.8.13) */
typedef struct arcmd_latency_doctor_opts { const ar_cmd_opts *call; } arcmd_latency_doctor_opts;
AR_API int arcmd_latency_doctor(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_latency_doctor_opts *o);
/* LATENCY GRAPH event -- Return a latency graph for the event (server, 2.8.13) */
typedef struct arcmd_latency_graph_opts { const ar_cmd_opts *call;
    const size_t *event_len; } arcmd_latency_graph_opts;
AR_API int arcmd_latency_graph(ar_client *c, ar_callback *cb, void *ud, const char *event,
    const arcmd_latency_graph_opts *o);
/* LATENCY HELP -- Show helpful text about the different subcommands (server, 2.8.13) */
typedef struct arcmd_latency_help_opts { const ar_cmd_opts *call; } arcmd_latency_help_opts;
AR_API int arcmd_latency_help(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_latency_help_opts *o);
/* LATENCY HISTOGRAM [command [command ...]] -- Return the cumulative distribution of latencies of a
   subset of commands or all (server, 7.0.0) */
typedef struct arcmd_latency_histogram_opts { const ar_cmd_opts *call; int command_count;
    const char *const *command; const size_t *command_len; } arcmd_latency_histogram_opts;
AR_API int arcmd_latency_histogram(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_latency_histogram_opts *o);
/* LATENCY HISTORY event -- Return timestamp-latency samples for the event (server, 2.8.13) */
typedef struct arcmd_latency_history_opts { const ar_cmd_opts *call;
    const size_t *event_len; } arcmd_latency_history_opts;
AR_API int arcmd_latency_history(ar_client *c, ar_callback *cb, void *ud, const char *event,
    const arcmd_latency_history_opts *o);
/* LATENCY LATEST -- Return the latest latency samples for all events (server, 2.8.13) */
typedef struct arcmd_latency_latest_opts { const ar_cmd_opts *call; } arcmd_latency_latest_opts;
AR_API int arcmd_latency_latest(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_latency_latest_opts *o);
/* LATENCY RESET [event [event ...]] -- Reset latency data for one or more events (server, 2.8.13)
   */
typedef struct arcmd_latency_reset_opts { const ar_cmd_opts *call; int event_count;
    const char *const *event; const size_t *event_len; } arcmd_latency_reset_opts;
AR_API int arcmd_latency_reset(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_latency_reset_opts *o);
/* LOLWUT [VERSION version] -- Display some computer art and the Redis version (server, 5.0.0) */
typedef struct arcmd_lolwut_opts { const ar_cmd_opts *call;
    const long long *version; } arcmd_lolwut_opts;
AR_API int arcmd_lolwut(ar_client *c, ar_callback *cb, void *ud, const arcmd_lolwut_opts *o);
/* MEMORY DOCTOR -- Outputs memory problems report (server, 4.0.0) */
typedef struct arcmd_memory_doctor_opts { const ar_cmd_opts *call; } arcmd_memory_doctor_opts;
AR_API int arcmd_memory_doctor(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_memory_doctor_opts *o);
/* MEMORY HELP -- Show helpful text about the different subcommands (server, 4.0.0) */
typedef struct arcmd_memory_help_opts { const ar_cmd_opts *call; } arcmd_memory_help_opts;
AR_API int arcmd_memory_help(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_memory_help_opts *o);
/* MEMORY MALLOC-STATS -- Show allocator internal stats (server, 4.0.0) */
typedef struct arcmd_memory_malloc_stats_opts {
    const ar_cmd_opts *call; } arcmd_memory_malloc_stats_opts;
AR_API int arcmd_memory_malloc_stats(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_memory_malloc_stats_opts *o);
/* MEMORY PURGE -- Ask the allocator to release memory (server, 4.0.0) */
typedef struct arcmd_memory_purge_opts { const ar_cmd_opts *call; } arcmd_memory_purge_opts;
AR_API int arcmd_memory_purge(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_memory_purge_opts *o);
/* MEMORY STATS -- Show memory usage details (server, 4.0.0) */
typedef struct arcmd_memory_stats_opts { const ar_cmd_opts *call; } arcmd_memory_stats_opts;
AR_API int arcmd_memory_stats(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_memory_stats_opts *o);
/* MEMORY USAGE key [SAMPLES count] -- Estimate the memory usage of a key (server, 4.0.0) */
typedef struct arcmd_memory_usage_opts { const ar_cmd_opts *call; const long long *samples;
    const size_t *key_len; } arcmd_memory_usage_opts;
AR_API int arcmd_memory_usage(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_memory_usage_opts *o);
/* MODULE HELP -- Show helpful text about the different subcommands (server, 5.0.0) */
typedef struct arcmd_module_help_opts { const ar_cmd_opts *call; } arcmd_module_help_opts;
AR_API int arcmd_module_help(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_module_help_opts *o);
/* MODULE LIST -- List all modules loaded by the server (server, 4.0.0) */
typedef struct arcmd_module_list_opts { const ar_cmd_opts *call; } arcmd_module_list_opts;
AR_API int arcmd_module_list(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_module_list_opts *o);
/* MODULE LOAD path [arg [arg ...]] -- Load a module (server, 4.0.0) */
typedef struct arcmd_module_load_opts { const ar_cmd_opts *call; int arg_count;
    const char *const *arg; const size_t *path_len, *arg_len; } arcmd_module_load_opts;
AR_API int arcmd_module_load(ar_client *c, ar_callback *cb, void *ud, const char *path,
    const arcmd_module_load_opts *o);
/* MODULE LOADEX path [CONFIG name value [CONFIG name value ...]] [ARGS arg [arg ...]] -- Load a
   module with extended parameters (server, 7.0.0) */
typedef struct arcmd_module_loadex_opts { const ar_cmd_opts *call; int config_count;
    const char *const *config; int args_count; const char *const *args;
    const size_t *path_len, *config_len, *args_len; } arcmd_module_loadex_opts;
AR_API int arcmd_module_loadex(ar_client *c, ar_callback *cb, void *ud, const char *path,
    const arcmd_module_loadex_opts *o);
/* MODULE UNLOAD name -- Unload a module (server, 4.0.0) */
typedef struct arcmd_module_unload_opts { const ar_cmd_opts *call;
    const size_t *name_len; } arcmd_module_unload_opts;
AR_API int arcmd_module_unload(ar_client *c, ar_callback *cb, void *ud, const char *name,
    const arcmd_module_unload_opts *o);
/* MONITOR -- Listen for all requests received by the server in real time (server, 1.0.0) */
typedef struct arcmd_monitor_opts { const ar_cmd_opts *call; } arcmd_monitor_opts;
AR_API int arcmd_monitor(ar_client *c, ar_callback *cb, void *ud, const arcmd_monitor_opts *o);
/* PSYNC replicationid offset -- Internal command used for replication (server, 2.8.0) */
typedef struct arcmd_psync_opts { const ar_cmd_opts *call;
    const size_t *replicationid_len; } arcmd_psync_opts;
AR_API int arcmd_psync(ar_client *c, ar_callback *cb, void *ud, const char *replicationid,
    long long offset, const arcmd_psync_opts *o);
/* REPLCONF -- An internal command for configuring the replication stream (server, 3.0.0) */
typedef struct arcmd_replconf_opts { const ar_cmd_opts *call; int argc; const char *const *argv;
    const size_t *argvlen; } arcmd_replconf_opts;
AR_API int arcmd_replconf(ar_client *c, ar_callback *cb, void *ud, const arcmd_replconf_opts *o);
/* REPLICAOF <host port | NO ONE> -- Make the server a replica of another instance, or promote it as
   master (server, 5.0.0) */
typedef struct arcmd_replicaof_opts { const ar_cmd_opts *call; const char *host;
    const long long *port; int no_one; const size_t *host_len; } arcmd_replicaof_opts;
AR_API int arcmd_replicaof(ar_client *c, ar_callback *cb, void *ud, const arcmd_replicaof_opts *o);
/* RESTORE-ASKING key ttl serialized-value [REPLACE] [ABSTTL] [IDLETIME seconds] [FREQ frequency] --
   An internal command for migrating keys in a cluster (server, 3.0.0) */
typedef struct arcmd_restore_asking_opts { const ar_cmd_opts *call; int replace, absttl;
    const long long *idletime, *freq;
    const size_t *key_len, *serialized_value_len; } arcmd_restore_asking_opts;
AR_API int arcmd_restore_asking(ar_client *c, ar_callback *cb, void *ud, const char *key,
    long long ttl, const char *serialized_value, const arcmd_restore_asking_opts *o);
/* ROLE -- Return the role of the instance in the context of replication (server, 2.8.12) */
typedef struct arcmd_role_opts { const ar_cmd_opts *call; } arcmd_role_opts;
AR_API int arcmd_role(ar_client *c, ar_callback *cb, void *ud, const arcmd_role_opts *o);
/* SAVE -- Synchronously save the dataset to disk (server, 1.0.0) */
typedef struct arcmd_save_opts { const ar_cmd_opts *call; } arcmd_save_opts;
AR_API int arcmd_save(ar_client *c, ar_callback *cb, void *ud, const arcmd_save_opts *o);
/* SHUTDOWN [NOSAVE | SAVE] [NOW] [FORCE] [ABORT] -- Synchronously save the dataset to disk and then
   shut down the server (server, 1.0.0) */
typedef struct arcmd_shutdown_opts { const ar_cmd_opts *call;
    int nosave, save, now, force, abort; } arcmd_shutdown_opts;
AR_API int arcmd_shutdown(ar_client *c, ar_callback *cb, void *ud, const arcmd_shutdown_opts *o);
/* SLAVEOF <host port | NO ONE> -- Make the server a replica of another instance, or promote it as
   master (server, 1.0.0, deprecated 5.0.0: REPLICAOF) */
typedef struct arcmd_slaveof_opts { const ar_cmd_opts *call; const char *host;
    const long long *port; int no_one; const size_t *host_len; } arcmd_slaveof_opts;
AR_API int arcmd_slaveof(ar_client *c, ar_callback *cb, void *ud, const arcmd_slaveof_opts *o);
/* SLOWLOG GET [count] -- Get the slow log's entries (server, 2.2.12) */
typedef struct arcmd_slowlog_get_opts { const ar_cmd_opts *call;
    const long long *count; } arcmd_slowlog_get_opts;
AR_API int arcmd_slowlog_get(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_slowlog_get_opts *o);
/* SLOWLOG HELP -- Show helpful text about the different subcommands (server, 6.2.0) */
typedef struct arcmd_slowlog_help_opts { const ar_cmd_opts *call; } arcmd_slowlog_help_opts;
AR_API int arcmd_slowlog_help(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_slowlog_help_opts *o);
/* SLOWLOG LEN -- Get the slow log's length (server, 2.2.12) */
typedef struct arcmd_slowlog_len_opts { const ar_cmd_opts *call; } arcmd_slowlog_len_opts;
AR_API int arcmd_slowlog_len(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_slowlog_len_opts *o);
/* SLOWLOG RESET -- Clear all entries from the slow log (server, 2.2.12) */
typedef struct arcmd_slowlog_reset_opts { const ar_cmd_opts *call; } arcmd_slowlog_reset_opts;
AR_API int arcmd_slowlog_reset(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_slowlog_reset_opts *o);
/* SWAPDB index1 index2 -- Swaps two Redis databases (server, 4.0.0) */
typedef struct arcmd_swapdb_opts { const ar_cmd_opts *call; } arcmd_swapdb_opts;
AR_API int arcmd_swapdb(ar_client *c, ar_callback *cb, void *ud, long long index1, long long index2,
    const arcmd_swapdb_opts *o);
/* SYNC -- Internal command used for replication (server, 1.0.0) */
typedef struct arcmd_sync_opts { const ar_cmd_opts *call; } arcmd_sync_opts;
AR_API int arcmd_sync(ar_client *c, ar_callback *cb, void *ud, const arcmd_sync_opts *o);
/* TIME -- Return the current server time (server, 2.6.0) */
typedef struct arcmd_time_opts { const ar_cmd_opts *call; } arcmd_time_opts;
AR_API int arcmd_time(ar_client *c, ar_callback *cb, void *ud, const arcmd_time_opts *o);

/* >>wrappers:scripting --------------------------------------------------- */
/* EVAL script numkeys [key [key ...]] [arg [arg ...]] -- Execute a Lua script server side
   (scripting, 2.6.0) */
typedef struct arcmd_eval_opts { const ar_cmd_opts *call; int key_count; const char *const *key;
    int arg_count; const char *const *arg;
    const size_t *script_len, *key_len, *arg_len; } arcmd_eval_opts;
AR_API int arcmd_eval(ar_client *c, ar_callback *cb, void *ud, const char *script,
    const arcmd_eval_opts *o);
/* EVAL_RO script numkeys [key [key ...]] [arg [arg ...]] -- Execute a read-only Lua script server
   side (scripting, 7.0.0) */
typedef struct arcmd_eval_ro_opts { const ar_cmd_opts *call; int key_count; const char *const *key;
    int arg_count; const char *const *arg;
    const size_t *script_len, *key_len, *arg_len; } arcmd_eval_ro_opts;
AR_API int arcmd_eval_ro(ar_client *c, ar_callback *cb, void *ud, const char *script,
    const arcmd_eval_ro_opts *o);
/* EVALSHA sha1 numkeys [key [key ...]] [arg [arg ...]] -- Execute a Lua script server side
   (scripting, 2.6.0) */
typedef struct arcmd_evalsha_opts { const ar_cmd_opts *call; int key_count; const char *const *key;
    int arg_count; const char *const *arg;
    const size_t *sha1_len, *key_len, *arg_len; } arcmd_evalsha_opts;
AR_API int arcmd_evalsha(ar_client *c, ar_callback *cb, void *ud, const char *sha1,
    const arcmd_evalsha_opts *o);
/* EVALSHA_RO sha1 numkeys [key [key ...]] [arg [arg ...]] -- Execute a read-only Lua script server
   side (scripting, 7.0.0) */
typedef struct arcmd_evalsha_ro_opts { const ar_cmd_opts *call; int key_count;
    const char *const *key; int arg_count; const char *const *arg;
    const size_t *sha1_len, *key_len, *arg_len; } arcmd_evalsha_ro_opts;
AR_API int arcmd_evalsha_ro(ar_client *c, ar_callback *cb, void *ud, const char *sha1,
    const arcmd_evalsha_ro_opts *o);
/* FCALL function numkeys [key [key ...]] [arg [arg ...]] -- Invoke a function (scripting, 7.0.0) */
typedef struct arcmd_fcall_opts { const ar_cmd_opts *call; int key_count; const char *const *key;
    int arg_count; const char *const *arg;
    const size_t *function_len, *key_len, *arg_len; } arcmd_fcall_opts;
AR_API int arcmd_fcall(ar_client *c, ar_callback *cb, void *ud, const char *function,
    const arcmd_fcall_opts *o);
/* FCALL_RO function numkeys [key [key ...]] [arg [arg ...]] -- Invoke a read-only function
   (scripting, 7.0.0) */
typedef struct arcmd_fcall_ro_opts { const ar_cmd_opts *call; int key_count; const char *const *key;
    int arg_count; const char *const *arg;
    const size_t *function_len, *key_len, *arg_len; } arcmd_fcall_ro_opts;
AR_API int arcmd_fcall_ro(ar_client *c, ar_callback *cb, void *ud, const char *function,
    const arcmd_fcall_ro_opts *o);
/* FUNCTION DELETE library-name -- Delete a function by name (scripting, 7.0.0) */
typedef struct arcmd_function_delete_opts { const ar_cmd_opts *call;
    const size_t *library_name_len; } arcmd_function_delete_opts;
AR_API int arcmd_function_delete(ar_client *c, ar_callback *cb, void *ud, const char *library_name,
    const arcmd_function_delete_opts *o);
/* FUNCTION DUMP -- Dump all functions into a serialized binary payload (scripting, 7.0.0) */
typedef struct arcmd_function_dump_opts { const ar_cmd_opts *call; } arcmd_function_dump_opts;
AR_API int arcmd_function_dump(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_function_dump_opts *o);
/* FUNCTION FLUSH [ASYNC | SYNC] -- Deleting all functions (scripting, 7.0.0) */
typedef struct arcmd_function_flush_opts { const ar_cmd_opts *call;
    int async, sync; } arcmd_function_flush_opts;
AR_API int arcmd_function_flush(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_function_flush_opts *o);
/* FUNCTION HELP -- Show helpful text about the different subcommands (scripting, 7.0.0) */
typedef struct arcmd_function_help_opts { const ar_cmd_opts *call; } arcmd_function_help_opts;
AR_API int arcmd_function_help(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_function_help_opts *o);
/* FUNCTION KILL -- Kill the function currently in execution (scripting, 7.0.0) */
typedef struct arcmd_function_kill_opts { const ar_cmd_opts *call; } arcmd_function_kill_opts;
AR_API int arcmd_function_kill(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_function_kill_opts *o);
/* FUNCTION LIST [LIBRARYNAME library-name-pattern] [WITHCODE] -- List information about all the
   functions (scripting, 7.0.0) */
typedef struct arcmd_function_list_opts { const ar_cmd_opts *call; const char *libraryname;
    int withcode; const size_t *libraryname_len; } arcmd_function_list_opts;
AR_API int arcmd_function_list(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_function_list_opts *o);
/* FUNCTION LOAD [REPLACE] function-code -- Create a function with the given arguments (name, code,
   description) (scripting, 7.0.0) */
typedef struct arcmd_function_load_opts { const ar_cmd_opts *call; int replace;
    const size_t *function_code_len; } arcmd_function_load_opts;
AR_API int arcmd_function_load(ar_client *c, ar_callback *cb, void *ud, const char *function_code,
    const arcmd_function_load_opts *o);
/* FUNCTION RESTORE serialized-value [FLUSH | APPEND | REPLACE] -- Restore all the functions on the
   given payload (scripting, 7.0.0) */
typedef struct arcmd_function_restore_opts { const ar_cmd_opts *call; int flush, append, replace;
    const size_t *serialized_value_len; } arcmd_function_restore_opts;
AR_API int arcmd_function_restore(ar_client *c, ar_callback *cb, void *ud,
    const char *serialized_value, const arcmd_function_restore_opts *o);
/* FUNCTION STATS -- Return information about the function currently running (name, description,
   duration) (scripting, 7.0.0) */
typedef struct arcmd_function_stats_opts { const ar_cmd_opts *call; } arcmd_function_stats_opts;
AR_API int arcmd_function_stats(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_function_stats_opts *o);
/* SCRIPT DEBUG <YES | SYNC | NO> -- Set the debug mode for executed scripts (scripting, 3.2.0) */
typedef struct arcmd_script_debug_opts { const ar_cmd_opts *call; } arcmd_script_debug_opts;
AR_API int arcmd_script_debug(ar_client *c, ar_callback *cb, void *ud, const char *mode,
    const arcmd_script_debug_opts *o);
/* SCRIPT EXISTS sha1 [sha1 ...] -- Check existence of scripts in the script cache (scripting,
   2.6.0) */
typedef struct arcmd_script_exists_opts { const ar_cmd_opts *call;
    const size_t *sha1_len; } arcmd_script_exists_opts;
AR_API int arcmd_script_exists(ar_client *c, ar_callback *cb, void *ud, int sha1_count,
    const char *const *sha1, const arcmd_script_exists_opts *o);
/* SCRIPT FLUSH [ASYNC | SYNC] -- Remove all the scripts from the script cache (scripting, 2.6.0) */
typedef struct arcmd_script_flush_opts { const ar_cmd_opts *call;
    int async, sync; } arcmd_script_flush_opts;
AR_API int arcmd_script_flush(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_script_flush_opts *o);
/* SCRIPT HELP -- Show helpful text about the different subcommands (scripting, 5.0.0) */
typedef struct arcmd_script_help_opts { const ar_cmd_opts *call; } arcmd_script_help_opts;
AR_API int arcmd_script_help(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_script_help_opts *o);
/* SCRIPT KILL -- Kill the script currently in execution (scripting, 2.6.0) */
typedef struct arcmd_script_kill_opts { const ar_cmd_opts *call; } arcmd_script_kill_opts;
AR_API int arcmd_script_kill(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_script_kill_opts *o);
/* SCRIPT LOAD script -- Load the specified Lua script into the script cache (scripting, 2.6.0) */
typedef struct arcmd_script_load_opts { const ar_cmd_opts *call;
    const size_t *script_len; } arcmd_script_load_opts;
AR_API int arcmd_script_load(ar_client *c, ar_callback *cb, void *ud, const char *script,
    const arcmd_script_load_opts *o);

/* >>wrappers:hyperloglog ------------------------------------------------- */
/* PFADD key [element [element ...]] -- Adds the specified elements to the specified HyperLogLog
   (hyperloglog, 2.8.9) */
typedef struct arcmd_pfadd_opts { const ar_cmd_opts *call; int element_count;
    const char *const *element; const size_t *key_len, *element_len; } arcmd_pfadd_opts;
AR_API int arcmd_pfadd(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_pfadd_opts *o);
/* PFCOUNT key [key ...] -- Return the approximated cardinality of the set(s) observed by the
   HyperLogLog at key(s) (hyperloglog, 2.8.9) */
typedef struct arcmd_pfcount_opts { const ar_cmd_opts *call;
    const size_t *key_len; } arcmd_pfcount_opts;
AR_API int arcmd_pfcount(ar_client *c, ar_callback *cb, void *ud, int key_count,
    const char *const *key, const arcmd_pfcount_opts *o);
/* PFDEBUG subcommand key -- Internal commands for debugging HyperLogLog values (hyperloglog, 2.8.9)
   */
typedef struct arcmd_pfdebug_opts { const ar_cmd_opts *call;
    const size_t *subcommand_len, *key_len; } arcmd_pfdebug_opts;
AR_API int arcmd_pfdebug(ar_client *c, ar_callback *cb, void *ud, const char *subcommand,
    const char *key, const arcmd_pfdebug_opts *o);
/* PFMERGE destkey sourcekey [sourcekey ...] -- Merge N different HyperLogLogs into a single one
   (hyperloglog, 2.8.9) */
typedef struct arcmd_pfmerge_opts { const ar_cmd_opts *call;
    const size_t *destkey_len, *sourcekey_len; } arcmd_pfmerge_opts;
AR_API int arcmd_pfmerge(ar_client *c, ar_callback *cb, void *ud, const char *destkey,
    int sourcekey_count, const char *const *sourcekey, const arcmd_pfmerge_opts *o);
/* PFSELFTEST -- An internal command for testing HyperLogLog values (hyperloglog, 2.8.9) */
typedef struct arcmd_pfselftest_opts { const ar_cmd_opts *call; } arcmd_pfselftest_opts;
AR_API int arcmd_pfselftest(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_pfselftest_opts *o);

/* >>wrappers:cluster ----------------------------------------------------- */
/* ASKING -- Sent by cluster clients after an -ASK redirect (cluster, 3.0.0) */
typedef struct arcmd_asking_opts { const ar_cmd_opts *call; } arcmd_asking_opts;
AR_API int arcmd_asking(ar_client *c, ar_callback *cb, void *ud, const arcmd_asking_opts *o);
/* CLUSTER ADDSLOTS slot [slot ...] -- Assign new hash slots to receiving node (cluster, 3.0.0) */
typedef struct arcmd_cluster_addslots_opts { const ar_cmd_opts *call;
    const size_t *slot_len; } arcmd_cluster_addslots_opts;
AR_API int arcmd_cluster_addslots(ar_client *c, ar_callback *cb, void *ud, int slot_count,
    const char *const *slot, const arcmd_cluster_addslots_opts *o);
/* CLUSTER ADDSLOTSRANGE start-slot end-slot [start-slot end-slot ...] -- Assign new hash slots to
   receiving node (cluster, 7.0.0) */
typedef struct arcmd_cluster_addslotsrange_opts { const ar_cmd_opts *call;
    const size_t *start_slot_end_slot_len; } arcmd_cluster_addslotsrange_opts;
AR_API int arcmd_cluster_addslotsrange(ar_client *c, ar_callback *cb, void *ud,
    int start_slot_end_slot_count, const char *const *start_slot_end_slot,
    const arcmd_cluster_addslotsrange_opts *o);
/* CLUSTER BUMPEPOCH -- Advance the cluster config epoch (cluster, 3.0.0) */
typedef struct arcmd_cluster_bumpepoch_opts {
    const ar_cmd_opts *call; } arcmd_cluster_bumpepoch_opts;
AR_API int arcmd_cluster_bumpepoch(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_cluster_bumpepoch_opts *o);
/* CLUSTER COUNT-FAILURE-REPORTS node-id -- Return the number of failure reports active for a given
   node (cluster, 3.0.0) */
typedef struct arcmd_cluster_count_failure_reports_opts { const ar_cmd_opts *call;
    const size_t *node_id_len; } arcmd_cluster_count_failure_reports_opts;
AR_API int arcmd_cluster_count_failure_reports(ar_client *c, ar_callback *cb, void *ud,
    const char *node_id, const arcmd_cluster_count_failure_reports_opts *o);
/* CLUSTER COUNTKEYSINSLOT slot -- Return the number of local keys in the specified hash slot
   (cluster, 3.0.0) */
typedef struct arcmd_cluster_countkeysinslot_opts {
    const ar_cmd_opts *call; } arcmd_cluster_countkeysinslot_opts;
AR_API int arcmd_cluster_countkeysinslot(ar_client *c, ar_callback *cb, void *ud, long long slot,
    const arcmd_cluster_countkeysinslot_opts *o);
/* CLUSTER DELSLOTS slot [slot ...] -- Set hash slots as unbound in receiving node (cluster, 3.0.0)
   */
typedef struct arcmd_cluster_delslots_opts { const ar_cmd_opts *call;
    const size_t *slot_len; } arcmd_cluster_delslots_opts;
AR_API int arcmd_cluster_delslots(ar_client *c, ar_callback *cb, void *ud, int slot_count,
    const char *const *slot, const arcmd_cluster_delslots_opts *o);
/* CLUSTER DELSLOTSRANGE start-slot end-slot [start-slot end-slot ...] -- Set hash slots as unbound
   in receiving node (cluster, 7.0.0) */
typedef struct arcmd_cluster_delslotsrange_opts { const ar_cmd_opts *call;
    const size_t *start_slot_end_slot_len; } arcmd_cluster_delslotsrange_opts;
AR_API int arcmd_cluster_delslotsrange(ar_client *c, ar_callback *cb, void *ud,
    int start_slot_end_slot_count, const char *const *start_slot_end_slot,
    const arcmd_cluster_delslotsrange_opts *o);
/* CLUSTER FAILOVER [FORCE | TAKEOVER] -- Forces a replica to perform a manual failover of its
   master (cluster, 3.0.0) */
typedef struct arcmd_cluster_failover_opts { const ar_cmd_opts *call;
    int force, takeover; } arcmd_cluster_failover_opts;
AR_API int arcmd_cluster_failover(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_cluster_failover_opts *o);
/* CLUSTER FLUSHSLOTS -- Delete a node's own slots information (cluster, 3.0.0) */
typedef struct arcmd_cluster_flushslots_opts {
    const ar_cmd_opts *call; } arcmd_cluster_flushslots_opts;
AR_API int arcmd_cluster_flushslots(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_cluster_flushslots_opts *o);
/* CLUSTER FORGET node-id -- Remove a node from the nodes table (cluster, 3.0.0) */
typedef struct arcmd_cluster_forget_opts { const ar_cmd_opts *call;
    const size_t *node_id_len; } arcmd_cluster_forget_opts;
AR_API int arcmd_cluster_forget(ar_client *c, ar_callback *cb, void *ud, const char *node_id,
    const arcmd_cluster_forget_opts *o);
/* CLUSTER GETKEYSINSLOT slot count -- Return local key names in the specified hash slot (cluster,
   3.0.0) */
typedef struct arcmd_cluster_getkeysinslot_opts {
    const ar_cmd_opts *call; } arcmd_cluster_getkeysinslot_opts;
AR_API int arcmd_cluster_getkeysinslot(ar_client *c, ar_callback *cb, void *ud, long long slot,
    long long count, const arcmd_cluster_getkeysinslot_opts *o);
/* CLUSTER HELP -- Show helpful text about the different subcommands (cluster, 5.0.0) */
typedef struct arcmd_cluster_help_opts { const ar_cmd_opts *call; } arcmd_cluster_help_opts;
AR_API int arcmd_cluster_help(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_cluster_help_opts *o);
/* CLUSTER INFO -- Provides info about Redis Cluster node state (cluster, 3.0.0) */
typedef struct arcmd_cluster_info_opts { const ar_cmd_opts *call; } arcmd_cluster_info_opts;
AR_API int arcmd_cluster_info(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_cluster_info_opts *o);
/* CLUSTER KEYSLOT key -- Returns the hash slot of the specified key (cluster, 3.0.0) */
typedef struct arcmd_cluster_keyslot_opts { const ar_cmd_opts *call;
    const size_t *key_len; } arcmd_cluster_keyslot_opts;
AR_API int arcmd_cluster_keyslot(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_cluster_keyslot_opts *o);
/* CLUSTER LINKS -- Returns a list of all TCP links to and from peer nodes in cluster (cluster,
   7.0.0) */
typedef struct arcmd_cluster_links_opts { const ar_cmd_opts *call; } arcmd_cluster_links_opts;
AR_API int arcmd_cluster_links(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_cluster_links_opts *o);
/* CLUSTER MEET ip port [cluster_bus_port] -- Force a node cluster to handshake with another node
   (cluster, 3.0.0) */
typedef struct arcmd_cluster_meet_opts { const ar_cmd_opts *call; const long long *cluster_bus_port;
    const size_t *ip_len; } arcmd_cluster_meet_opts;
AR_API int arcmd_cluster_meet(ar_client *c, ar_callback *cb, void *ud, const char *ip,
    long long port, const arcmd_cluster_meet_opts *o);
/* CLUSTER MYID -- Return the node id (cluster, 3.0.0) */
typedef struct arcmd_cluster_myid_opts { const ar_cmd_opts *call; } arcmd_cluster_myid_opts;
AR_API int arcmd_cluster_myid(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_cluster_myid_opts *o);
/* CLUSTER NODES -- Get Cluster config for the node (cluster, 3.0.0) */
typedef struct arcmd_cluster_nodes_opts { const ar_cmd_opts *call; } arcmd_cluster_nodes_opts;
AR_API int arcmd_cluster_nodes(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_cluster_nodes_opts *o);
/* CLUSTER REPLICAS node-id -- List replica nodes of the specified master node (cluster, 5.0.0) */
typedef struct arcmd_cluster_replicas_opts { const ar_cmd_opts *call;
    const size_t *node_id_len; } arcmd_cluster_replicas_opts;
AR_API int arcmd_cluster_replicas(ar_client *c, ar_callback *cb, void *ud, const char *node_id,
    const arcmd_cluster_replicas_opts *o);
/* CLUSTER REPLICATE node-id -- Reconfigure a node as a replica of the specified master node
   (cluster, 3.0.0) */
typedef struct arcmd_cluster_replicate_opts { const ar_cmd_opts *call;
    const size_t *node_id_len; } arcmd_cluster_replicate_opts;
AR_API int arcmd_cluster_replicate(ar_client *c, ar_callback *cb, void *ud, const char *node_id,
    const arcmd_cluster_replicate_opts *o);
/* CLUSTER RESET [HARD | SOFT] -- Reset a Redis Cluster node (cluster, 3.0.0) */
typedef struct arcmd_cluster_reset_opts { const ar_cmd_opts *call;
    int hard, soft; } arcmd_cluster_reset_opts;
AR_API int arcmd_cluster_reset(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_cluster_reset_opts *o);
/* CLUSTER SAVECONFIG -- Forces the node to save cluster state on disk (cluster, 3.0.0) */
typedef struct arcmd_cluster_saveconfig_opts {
    const ar_cmd_opts *call; } arcmd_cluster_saveconfig_opts;
AR_API int arcmd_cluster_saveconfig(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_cluster_saveconfig_opts *o);
/* CLUSTER SET-CONFIG-EPOCH config-epoch -- Set the configuration epoch in a new node (cluster,
   3.0.0) */
typedef struct arcmd_cluster_set_config_epoch_opts {
    const ar_cmd_opts *call; } arcmd_cluster_set_config_epoch_opts;
AR_API int arcmd_cluster_set_config_epoch(ar_client *c, ar_callback *cb, void *ud,
    long long config_epoch, const arcmd_cluster_set_config_epoch_opts *o);
/* CLUSTER SETSLOT slot <IMPORTING node-id | MIGRATING node-id | NODE node-id | STABLE> -- Bind a
   hash slot to a specific node (cluster, 3.0.0) */
typedef struct arcmd_cluster_setslot_opts { const ar_cmd_opts *call;
    const char *importing, *migrating, *node; int stable;
    const size_t *importing_len, *migrating_len, *node_len; } arcmd_cluster_setslot_opts;
AR_API int arcmd_cluster_setslot(ar_client *c, ar_callback *cb, void *ud, long long slot,
    const arcmd_cluster_setslot_opts *o);
/* CLUSTER SHARDS -- Get array of cluster slots to node mappings (cluster, 7.0.0) */
typedef struct arcmd_cluster_shards_opts { const ar_cmd_opts *call; } arcmd_cluster_shards_opts;
AR_API int arcmd_cluster_shards(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_cluster_shards_opts *o);
/* CLUSTER SLAVES node-id -- List replica nodes of the specified master node (cluster, 3.0.0,
   deprecated 5.0.0: CLUSTER REPLICAS) */
typedef struct arcmd_cluster_slaves_opts { const ar_cmd_opts *call;
    const size_t *node_id_len; } arcmd_cluster_slaves_opts;
AR_API int arcmd_cluster_slaves(ar_client *c, ar_callback *cb, void *ud, const char *node_id,
    const arcmd_cluster_slaves_opts *o);
/* CLUSTER SLOTS -- Get array of Cluster slot to node mappings (cluster, 3.0.0, deprecated 7.0.0:
   CLUSTER SHARDS) */
typedef struct arcmd_cluster_slots_opts { const ar_cmd_opts *call; } arcmd_cluster_slots_opts;
AR_API int arcmd_cluster_slots(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_cluster_slots_opts *o);
/* READONLY -- Enables read queries for a connection to a cluster replica node (cluster, 3.0.0) */
typedef struct arcmd_readonly_opts { const ar_cmd_opts *call; } arcmd_readonly_opts;
AR_API int arcmd_readonly(ar_client *c, ar_callback *cb, void *ud, const arcmd_readonly_opts *o);
/* READWRITE -- Disables read queries for a connection to a cluster replica node (cluster, 3.0.0) */
typedef struct arcmd_readwrite_opts { const ar_cmd_opts *call; } arcmd_readwrite_opts;
AR_API int arcmd_readwrite(ar_client *c, ar_callback *cb, void *ud, const arcmd_readwrite_opts *o);

/* >>wrappers:geo --------------------------------------------------------- */
/* GEOADD key [NX | XX] [CH] longitude latitude member [longitude latitude member ...] -- Add one or
   more geospatial items in the geospatial index represented using a sorted set (geo, 3.2.0) */
typedef struct arcmd_geoadd_opts { const ar_cmd_opts *call; int nx, xx, ch;
    const size_t *key_len, *longitude_latitude_member_len; } arcmd_geoadd_opts;
AR_API int arcmd_geoadd(ar_client *c, ar_callback *cb, void *ud, const char *key,
    int longitude_latitude_member_count, const char *const *longitude_latitude_member,
    const arcmd_geoadd_opts *o);
/* GEODIST key member1 member2 [M | KM | FT | MI] -- Returns the distance between two members of a
   geospatial index (geo, 3.2.0) */
typedef struct arcmd_geodist_opts { const ar_cmd_opts *call; int m, km, ft, mi;
    const size_t *key_len, *member1_len, *member2_len; } arcmd_geodist_opts;
AR_API int arcmd_geodist(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const char *member1, const char *member2, const arcmd_geodist_opts *o);
/* GEOHASH key member [member ...] -- Returns members of a geospatial index as standard geohash
   strings (geo, 3.2.0) */
typedef struct arcmd_geohash_opts { const ar_cmd_opts *call;
    const size_t *key_len, *member_len; } arcmd_geohash_opts;
AR_API int arcmd_geohash(ar_client *c, ar_callback *cb, void *ud, const char *key, int member_count,
    const char *const *member, const arcmd_geohash_opts *o);
/* GEOPOS key member [member ...] -- Returns longitude and latitude of members of a geospatial index
   (geo, 3.2.0) */
typedef struct arcmd_geopos_opts { const ar_cmd_opts *call;
    const size_t *key_len, *member_len; } arcmd_geopos_opts;
AR_API int arcmd_geopos(ar_client *c, ar_callback *cb, void *ud, const char *key, int member_count,
    const char *const *member, const arcmd_geopos_opts *o);
/* GEORADIUS key longitude latitude radius <M | KM | FT | MI> [WITHCOORD] [WITHDIST] [WITHHASH]
   [COUNT count [ANY]] [ASC | DESC] [STORE key] [STOREDIST key] -- Query a sorted set representing a
   geospatial index to fetch members matching a given maximum distance from a point (geo, 3.2.0,
   deprecated 6.2.0: GEOSEARCH and GEOSEARCHSTORE with the BYRADIUS argument) */
typedef struct arcmd_georadius_opts { const ar_cmd_opts *call; int withcoord, withdist, withhash;
    const long long *count; int any, asc, desc; const char *store, *storedist;
    const size_t *key_len, *store_len, *storedist_len; } arcmd_georadius_opts;
AR_API int arcmd_georadius(ar_client *c, ar_callback *cb, void *ud, const char *key,
    double longitude, double latitude, double radius, const char *unit,
    const arcmd_georadius_opts *o);
/* GEORADIUS_RO key longitude latitude radius <M | KM | FT | MI> [WITHCOORD] [WITHDIST] [WITHHASH]
   [COUNT count [ANY]] [ASC | DESC] -- A read-only variant for GEORADIUS (geo, 3.2.10, deprecated
   6.2.0: GEOSEARCH with the BYRADIUS argument) */
typedef struct arcmd_georadius_ro_opts { const ar_cmd_opts *call; int withcoord, withdist, withhash;
    const long long *count; int any, asc, desc; const size_t *key_len; } arcmd_georadius_ro_opts;
AR_API int arcmd_georadius_ro(ar_client *c, ar_callback *cb, void *ud, const char *key,
    double longitude, double latitude, double radius, const char *unit,
    const arcmd_georadius_ro_opts *o);
/* GEORADIUSBYMEMBER key member radius <M | KM | FT | MI> [WITHCOORD] [WITHDIST] [WITHHASH] [COUNT
   count [ANY]] [ASC | DESC] [STORE key] [STOREDIST key] -- Query a sorted set representing a
   geospatial index to fetch members matching a given maximum distance from a member (geo, 3.2.0,
   deprecated 6.2.0: GEOSEARCH and GEOSEARCHSTORE with the BYRADIUS and FROMMEMBER arguments) */
typedef struct arcmd_georadiusbymember_opts { const ar_cmd_opts *call;
    int withcoord, withdist, withhash; const long long *count; int any, asc, desc;
    const char *store, *storedist;
    const size_t *key_len, *member_len, *store_len, *storedist_len; } arcmd_georadiusbymember_opts;
AR_API int arcmd_georadiusbymember(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const char *member, double radius, const char *unit, const arcmd_georadiusbymember_opts *o);
/* GEORADIUSBYMEMBER_RO key member radius <M | KM | FT | MI> [WITHCOORD] [WITHDIST] [WITHHASH]
   [COUNT count [ANY]] [ASC | DESC] -- A read-only variant for GEORADIUSBYMEMBER (geo, 3.2.10,
   deprecated 6.2.0: GEOSEARCH with the BYRADIUS and FROMMEMBER arguments) */
typedef struct arcmd_georadiusbymember_ro_opts { const ar_cmd_opts *call;
    int withcoord, withdist, withhash; const long long *count; int any, asc, desc;
    const size_t *key_len, *member_len; } arcmd_georadiusbymember_ro_opts;
AR_API int arcmd_georadiusbymember_ro(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const char *member, double radius, const char *unit, const arcmd_georadiusbymember_ro_opts *o);
/* GEOSEARCH key <FROMMEMBER member | FROMLONLAT longitude latitude> <BYRADIUS radius <M | KM | FT |
   MI> | BYBOX width height <M | KM | FT | MI>> [ASC | DESC] [COUNT count [ANY]] [WITHCOORD]
   [WITHDIST] [WITHHASH] -- Query a sorted set representing a geospatial index to fetch members
   inside an area of a box or a circle (geo, 6.2.0) */
typedef struct arcmd_geosearch_opts { const ar_cmd_opts *call; const char *frommember;
    const double *fromlonlat_longitude, *fromlonlat_latitude, *byradius; const char *circle_unit;
    const double *bybox, *height; const char *box_unit; int asc, desc; const long long *count;
    int any, withcoord, withdist, withhash;
    const size_t *key_len, *frommember_len; } arcmd_geosearch_opts;
AR_API int arcmd_geosearch(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_geosearch_opts *o);
/* GEOSEARCHSTORE destination source <FROMMEMBER member | FROMLONLAT longitude latitude> <BYRADIUS
   radius <M | KM | FT | MI> | BYBOX width height <M | KM | FT | MI>> [ASC | DESC] [COUNT count
   [ANY]] [STOREDIST] -- Query a sorted set representing a geospatial index to fetch members inside
   an area of a box or a circle, and store the result in another key (geo, 6.2.0) */
typedef struct arcmd_geosearchstore_opts { const ar_cmd_opts *call; const char *frommember;
    const double *fromlonlat_longitude, *fromlonlat_latitude, *byradius; const char *circle_unit;
    const double *bybox, *height; const char *box_unit; int asc, desc; const long long *count;
    int any, storedist;
    const size_t *destination_len, *source_len, *frommember_len; } arcmd_geosearchstore_opts;
AR_API int arcmd_geosearchstore(ar_client *c, ar_callback *cb, void *ud, const char *destination,
    const char *source, const arcmd_geosearchstore_opts *o);

/* >>wrappers:stream ------------------------------------------------------ */
/* XACK key group id [id ...] -- Marks a pending message as correctly processed, effectively
   removing it from the pending entries list of the consumer group. Return value of the command is
   the number of messages successfully acknowledged, that is, the IDs we were actually able to
   resolve in the PEL (stream, 5.0.0) */
typedef struct arcmd_xack_opts { const ar_cmd_opts *call;
    const size_t *key_len, *group_len, *id_len; } arcmd_xack_opts;
AR_API int arcmd_xack(ar_client *c, ar_callback *cb, void *ud, const char *key, const char *group,
    int id_count, const char *const *id, const arcmd_xack_opts *o);
/* XADD key [NOMKSTREAM] [<MAXLEN | MINID> [= | ~] threshold [LIMIT count]] <* | id> field value
   [field value ...] -- Appends a new entry to a stream (stream, 5.0.0) */
typedef struct arcmd_xadd_opts { const ar_cmd_opts *call; int nomkstream; const char *strategy;
    int equal, approximately; const char *threshold; const long long *limit;
    const size_t *key_len, *threshold_len, *id_len, *field_value_len; } arcmd_xadd_opts;
AR_API int arcmd_xadd(ar_client *c, ar_callback *cb, void *ud, const char *key, const char *id,
    int field_value_count, const char *const *field_value, const arcmd_xadd_opts *o);
/* XAUTOCLAIM key group consumer min-idle-time start [COUNT count] [JUSTID] -- Changes (or acquires)
   ownership of messages in a consumer group, as if the messages were delivered to the specified
   consumer (stream, 6.2.0) */
typedef struct arcmd_xautoclaim_opts { const ar_cmd_opts *call; const long long *count; int justid;
    const size_t *key_len, *group_len, *consumer_len, *min_idle_time_len, *start_len; } arcmd_xautoclaim_opts;
AR_API int arcmd_xautoclaim(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const char *group, const char *consumer, const char *min_idle_time, const char *start,
    const arcmd_xautoclaim_opts *o);
/* XCLAIM key group consumer min-idle-time id [id ...] [IDLE ms] [TIME unix-time-milliseconds]
   [RETRYCOUNT count] [FORCE] [JUSTID] [LASTID id] -- Changes (or acquires) ownership of a message
   in a consumer group, as if the message was delivered to the specified consumer (stream, 5.0.0) */
typedef struct arcmd_xclaim_opts { const ar_cmd_opts *call;
    const long long *idle, *time, *retrycount; int force, justid; const char *lastid;
    const size_t *key_len, *group_len, *consumer_len, *min_idle_time_len, *id_len, *lastid_len; } arcmd_xclaim_opts;
AR_API int arcmd_xclaim(ar_client *c, ar_callback *cb, void *ud, const char *key, const char *group,
    const char *consumer, const char *min_idle_time, int id_count, const char *const *id,
    const arcmd_xclaim_opts *o);
/* XDEL key id [id ...] -- Removes the specified entries from the stream. Returns the number of
   items actually deleted, that may be different from the number of IDs passed in case certain IDs
   do not exist (stream, 5.0.0) */
typedef struct arcmd_xdel_opts { const ar_cmd_opts *call;
    const size_t *key_len, *id_len; } arcmd_xdel_opts;
AR_API int arcmd_xdel(ar_client *c, ar_callback *cb, void *ud, const char *key, int id_count,
    const char *const *id, const arcmd_xdel_opts *o);
/* XGROUP CREATE key groupname <id | $> [MKSTREAM] [ENTRIESREAD entries_read] -- Create a consumer
   group (stream, 5.0.0) */
typedef struct arcmd_xgroup_create_opts { const ar_cmd_opts *call; int mkstream;
    const long long *entriesread;
    const size_t *key_len, *groupname_len, *id_len; } arcmd_xgroup_create_opts;
AR_API int arcmd_xgroup_create(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const char *groupname, const char *id, const arcmd_xgroup_create_opts *o);
/* XGROUP CREATECONSUMER key groupname consumername -- Create a consumer in a consumer group
   (stream, 6.2.0) */
typedef struct arcmd_xgroup_createconsumer_opts { const ar_cmd_opts *call;
    const size_t *key_len, *groupname_len, *consumername_len; } arcmd_xgroup_createconsumer_opts;
AR_API int arcmd_xgroup_createconsumer(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const char *groupname, const char *consumername, const arcmd_xgroup_createconsumer_opts *o);
/* XGROUP DELCONSUMER key groupname consumername -- Delete a consumer from a consumer group (stream,
   5.0.0) */
typedef struct arcmd_xgroup_delconsumer_opts { const ar_cmd_opts *call;
    const size_t *key_len, *groupname_len, *consumername_len; } arcmd_xgroup_delconsumer_opts;
AR_API int arcmd_xgroup_delconsumer(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const char *groupname, const char *consumername, const arcmd_xgroup_delconsumer_opts *o);
/* XGROUP DESTROY key groupname -- Destroy a consumer group (stream, 5.0.0) */
typedef struct arcmd_xgroup_destroy_opts { const ar_cmd_opts *call;
    const size_t *key_len, *groupname_len; } arcmd_xgroup_destroy_opts;
AR_API int arcmd_xgroup_destroy(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const char *groupname, const arcmd_xgroup_destroy_opts *o);
/* XGROUP HELP -- Show helpful text about the different subcommands (stream, 5.0.0) */
typedef struct arcmd_xgroup_help_opts { const ar_cmd_opts *call; } arcmd_xgroup_help_opts;
AR_API int arcmd_xgroup_help(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_xgroup_help_opts *o);
/* XGROUP SETID key groupname <id | $> [ENTRIESREAD entries_read] -- Set a consumer group to an
   arbitrary last delivered ID value (stream, 5.0.0) */
typedef struct arcmd_xgroup_setid_opts { const ar_cmd_opts *call; const long long *entriesread;
    const size_t *key_len, *groupname_len, *id_len; } arcmd_xgroup_setid_opts;
AR_API int arcmd_xgroup_setid(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const char *groupname, const char *id, const arcmd_xgroup_setid_opts *o);
/* XINFO CONSUMERS key groupname -- List the consumers in a consumer group (stream, 5.0.0) */
typedef struct arcmd_xinfo_consumers_opts { const ar_cmd_opts *call;
    const size_t *key_len, *groupname_len; } arcmd_xinfo_consumers_opts;
AR_API int arcmd_xinfo_consumers(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const char *groupname, const arcmd_xinfo_consumers_opts *o);
/* XINFO GROUPS key -- List the consumer groups of a stream (stream, 5.0.0) */
typedef struct arcmd_xinfo_groups_opts { const ar_cmd_opts *call;
    const size_t *key_len; } arcmd_xinfo_groups_opts;
AR_API int arcmd_xinfo_groups(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_xinfo_groups_opts *o);
/* XINFO HELP -- Show helpful text about the different subcommands (stream, 5.0.0) */
typedef struct arcmd_xinfo_help_opts { const ar_cmd_opts *call; } arcmd_xinfo_help_opts;
AR_API int arcmd_xinfo_help(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_xinfo_help_opts *o);
/* XINFO STREAM key [FULL [COUNT count]] -- Get information about a stream (stream, 5.0.0) */
typedef struct arcmd_xinfo_stream_opts { const ar_cmd_opts *call; int full; const long long *count;
    const size_t *key_len; } arcmd_xinfo_stream_opts;
AR_API int arcmd_xinfo_stream(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_xinfo_stream_opts *o);
/* XLEN key -- Return the number of entries in a stream (stream, 5.0.0) */
typedef struct arcmd_xlen_opts { const ar_cmd_opts *call; const size_t *key_len; } arcmd_xlen_opts;
AR_API int arcmd_xlen(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_xlen_opts *o);
/* XPENDING key group [[IDLE min-idle-time] start end count [consumer]] -- Return information and
   entries from a stream consumer group pending entries list, that are messages fetched but never
   acknowledged (stream, 5.0.0) */
typedef struct arcmd_xpending_opts { const ar_cmd_opts *call; const long long *idle;
    const char *start, *end; const long long *count; const char *consumer;
    const size_t *key_len, *group_len, *start_len, *end_len, *consumer_len; } arcmd_xpending_opts;
AR_API int arcmd_xpending(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const char *group, const arcmd_xpending_opts *o);
/* XRANGE key start end [COUNT count] -- Return a range of elements in a stream, with IDs matching
   the specified IDs interval (stream, 5.0.0) */
typedef struct arcmd_xrange_opts { const ar_cmd_opts *call; const long long *count;
    const size_t *key_len, *start_len, *end_len; } arcmd_xrange_opts;
AR_API int arcmd_xrange(ar_client *c, ar_callback *cb, void *ud, const char *key, const char *start,
    const char *end, const arcmd_xrange_opts *o);
/* XREAD [COUNT count] [BLOCK milliseconds] STREAMS key [key ...] id [id ...] -- Return never seen
   elements in multiple streams, with IDs greater than the ones reported by the caller for each
   stream. Can block (stream, 5.0.0) */
typedef struct arcmd_xread_opts { const ar_cmd_opts *call; const long long *count, *block;
    const size_t *key_len, *id_len; } arcmd_xread_opts;
AR_API int arcmd_xread(ar_client *c, ar_callback *cb, void *ud, int key_count,
    const char *const *key, int id_count, const char *const *id, const arcmd_xread_opts *o);
/* XREADGROUP GROUP group consumer [COUNT count] [BLOCK milliseconds] [NOACK] STREAMS key [key ...]
   id [id ...] -- Return new entries from a stream using a consumer group, or access the history of
   the pending entries for a given consumer. Can block (stream, 5.0.0) */
typedef struct arcmd_xreadgroup_opts { const ar_cmd_opts *call; const long long *count, *block;
    int noack; const size_t *group_len, *consumer_len, *key_len, *id_len; } arcmd_xreadgroup_opts;
AR_API int arcmd_xreadgroup(ar_client *c, ar_callback *cb, void *ud, const char *group,
    const char *consumer, int key_count, const char *const *key, int id_count,
    const char *const *id, const arcmd_xreadgroup_opts *o);
/* XREVRANGE key end start [COUNT count] -- Return a range of elements in a stream, with IDs
   matching the specified IDs interval, in reverse order (from greater to smaller IDs) compared to
   XRANGE (stream, 5.0.0) */
typedef struct arcmd_xrevrange_opts { const ar_cmd_opts *call; const long long *count;
    const size_t *key_len, *end_len, *start_len; } arcmd_xrevrange_opts;
AR_API int arcmd_xrevrange(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const char *end, const char *start, const arcmd_xrevrange_opts *o);
/* XSETID key last-id [ENTRIESADDED entries_added] [MAXDELETEDID max_deleted_entry_id] -- An
   internal command for replicating stream values (stream, 5.0.0) */
typedef struct arcmd_xsetid_opts { const ar_cmd_opts *call; const long long *entriesadded;
    const char *maxdeletedid;
    const size_t *key_len, *last_id_len, *maxdeletedid_len; } arcmd_xsetid_opts;
AR_API int arcmd_xsetid(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const char *last_id, const arcmd_xsetid_opts *o);
/* XTRIM key <MAXLEN | MINID> [= | ~] threshold [LIMIT count] -- Trims the stream to (approximately
   if '~' is passed) a certain size (stream, 5.0.0) */
typedef struct arcmd_xtrim_opts { const ar_cmd_opts *call; int equal, approximately;
    const long long *limit; const size_t *key_len, *threshold_len; } arcmd_xtrim_opts;
AR_API int arcmd_xtrim(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const char *strategy, const char *threshold, const arcmd_xtrim_opts *o);

/* >>wrappers:bitmap ------------------------------------------------------ */
/* BITCOUNT key [start end [BYTE | BIT]] -- Count set bits in a string (bitmap, 2.6.0) */
typedef struct arcmd_bitcount_opts { const ar_cmd_opts *call; const long long *start, *end;
    int byte, bit; const size_t *key_len; } arcmd_bitcount_opts;
AR_API int arcmd_bitcount(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_bitcount_opts *o);
/* BITFIELD key [GET encoding offset | [OVERFLOW WRAP | SAT | FAIL] <SET encoding offset value |
   INCRBY encoding offset increment> [GET encoding offset | [OVERFLOW WRAP | SAT | FAIL] <SET
   encoding offset value | INCRBY encoding offset increment> ...]] -- Perform arbitrary bitfield
   integer operations on strings (bitmap, 3.2.0) */
typedef struct arcmd_bitfield_opts { const ar_cmd_opts *call; int argc; const char *const *argv;
    const size_t *argvlen, *key_len; } arcmd_bitfield_opts;
AR_API int arcmd_bitfield(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_bitfield_opts *o);
/* BITFIELD_RO key [GET encoding offset [GET encoding offset ...]] -- Perform arbitrary bitfield
   integer operations on strings. Read-only variant of BITFIELD (bitmap, 6.0.0) */
typedef struct arcmd_bitfield_ro_opts { const ar_cmd_opts *call; int get_count;
    const char *const *get; const size_t *key_len, *get_len; } arcmd_bitfield_ro_opts;
AR_API int arcmd_bitfield_ro(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_bitfield_ro_opts *o);
/* BITOP operation destkey key [key ...] -- Perform bitwise operations between strings (bitmap,
   2.6.0) */
typedef struct arcmd_bitop_opts { const ar_cmd_opts *call;
    const size_t *operation_len, *destkey_len, *key_len; } arcmd_bitop_opts;
AR_API int arcmd_bitop(ar_client *c, ar_callback *cb, void *ud, const char *operation,
    const char *destkey, int key_count, const char *const *key, const arcmd_bitop_opts *o);
/* BITPOS key bit [start [end [BYTE | BIT]]] -- Find first bit set or clear in a string (bitmap,
   2.8.7) */
typedef struct arcmd_bitpos_opts { const ar_cmd_opts *call; const long long *start, *end;
    int byte, bit; const size_t *key_len; } arcmd_bitpos_opts;
AR_API int arcmd_bitpos(ar_client *c, ar_callback *cb, void *ud, const char *key, long long bit,
    const arcmd_bitpos_opts *o);
/* GETBIT key offset -- Returns the bit value at offset in the string value stored at key (bitmap,
   2.2.0) */
typedef struct arcmd_getbit_opts { const ar_cmd_opts *call;
    const size_t *key_len; } arcmd_getbit_opts;
AR_API int arcmd_getbit(ar_client *c, ar_callback *cb, void *ud, const char *key, long long offset,
    const arcmd_getbit_opts *o);
/* SETBIT key offset value -- Sets or clears the bit at offset in the string value stored at key
   (bitmap, 2.2.0) */
typedef struct arcmd_setbit_opts { const ar_cmd_opts *call;
    const size_t *key_len; } arcmd_setbit_opts;
AR_API int arcmd_setbit(ar_client *c, ar_callback *cb, void *ud, const char *key, long long offset,
    long long value, const arcmd_setbit_opts *o);
/* @generated wrapper declarations } */

#ifdef __cplusplus
}
#endif
#endif /* ASYNCREDIS_COMMANDS_H */

/* >>implementation ------------------------------------------------------- */
/* Compiled where ASYNCREDIS_IMPLEMENTATION is defined (the file that compiles
   asyncredis.h's implementation), once however often this file is included
   there. */
#if defined(ASYNCREDIS_IMPLEMENTATION) && !defined(ASYNCREDIS_COMMANDS_IMPLEMENTED)
#define ASYNCREDIS_COMMANDS_IMPLEMENTED
#include "asyncredis.h"   /* its implementation, if not compiled here already */
#include <string.h>
#include <stdio.h>    /* snprintf: the wrappers' doubles and refusals */

/* >>table-data ----------------------------------------------------------- */
/* @generated tables { */
static const ar_cmdtab_keyspec ar_cmdtab__specs[214] = {
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_INSERT, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_ACCESS|AR_CMDTAB_KS_UPDATE|AR_CMDTAB_KS_VARIABLE_FLAGS, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_OW|AR_CMDTAB_KS_UPDATE, AR_CMDTAB_BS_INDEX, 2, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 3, NULL, 0, AR_CMDTAB_FK_RANGE, -1, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_ACCESS|AR_CMDTAB_KS_DELETE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_INSERT, AR_CMDTAB_BS_INDEX, 2, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_ACCESS|AR_CMDTAB_KS_DELETE, AR_CMDTAB_BS_INDEX, 2, NULL, 0, AR_CMDTAB_FK_KEYNUM, 0, 1, 0, 0, 1},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_ACCESS|AR_CMDTAB_KS_DELETE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, -2, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_ACCESS|AR_CMDTAB_KS_DELETE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, -2, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_ACCESS|AR_CMDTAB_KS_DELETE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_INSERT, AR_CMDTAB_BS_INDEX, 2, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_ACCESS|AR_CMDTAB_KS_DELETE, AR_CMDTAB_BS_INDEX, 2, NULL, 0, AR_CMDTAB_FK_KEYNUM, 0, 1, 0, 0, 1},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_ACCESS|AR_CMDTAB_KS_DELETE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, -2, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_ACCESS|AR_CMDTAB_KS_DELETE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, -2, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_OW|AR_CMDTAB_KS_UPDATE, AR_CMDTAB_BS_INDEX, 2, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_ACCESS|AR_CMDTAB_KS_UPDATE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_ACCESS|AR_CMDTAB_KS_UPDATE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RM|AR_CMDTAB_KS_DELETE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, -1, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_ACCESS|AR_CMDTAB_KS_UPDATE, AR_CMDTAB_BS_INDEX, 2, NULL, 0, AR_CMDTAB_FK_KEYNUM, 0, 1, 0, 0, 1},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 2, NULL, 0, AR_CMDTAB_FK_KEYNUM, 0, 1, 0, 0, 1},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_ACCESS|AR_CMDTAB_KS_UPDATE, AR_CMDTAB_BS_INDEX, 2, NULL, 0, AR_CMDTAB_FK_KEYNUM, 0, 1, 0, 0, 1},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 2, NULL, 0, AR_CMDTAB_FK_KEYNUM, 0, 1, 0, 0, 1},
    {AR_CMDTAB_KS_RO, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, -1, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_UPDATE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_UPDATE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_ACCESS|AR_CMDTAB_KS_UPDATE, AR_CMDTAB_BS_INDEX, 2, NULL, 0, AR_CMDTAB_FK_KEYNUM, 0, 1, 0, 0, 1},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 2, NULL, 0, AR_CMDTAB_FK_KEYNUM, 0, 1, 0, 0, 1},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_UPDATE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_OW|AR_CMDTAB_KS_UPDATE, AR_CMDTAB_BS_KEYWORD, 0, "STORE", 6, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_OW|AR_CMDTAB_KS_UPDATE, AR_CMDTAB_BS_KEYWORD, 0, "STOREDIST", 6, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_OW|AR_CMDTAB_KS_UPDATE, AR_CMDTAB_BS_KEYWORD, 0, "STORE", 5, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_OW|AR_CMDTAB_KS_UPDATE, AR_CMDTAB_BS_KEYWORD, 0, "STOREDIST", 5, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_OW|AR_CMDTAB_KS_UPDATE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 2, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_ACCESS|AR_CMDTAB_KS_DELETE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_ACCESS|AR_CMDTAB_KS_UPDATE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_ACCESS|AR_CMDTAB_KS_UPDATE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_DELETE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_ACCESS|AR_CMDTAB_KS_UPDATE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_ACCESS|AR_CMDTAB_KS_UPDATE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_UPDATE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_UPDATE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_INSERT, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_ACCESS|AR_CMDTAB_KS_UPDATE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_ACCESS|AR_CMDTAB_KS_UPDATE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_ACCESS|AR_CMDTAB_KS_UPDATE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 1, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_INSERT, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_ACCESS|AR_CMDTAB_KS_DELETE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_INSERT, AR_CMDTAB_BS_INDEX, 2, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_ACCESS|AR_CMDTAB_KS_DELETE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_KEYNUM, 0, 1, 0, 0, 1},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_ACCESS|AR_CMDTAB_KS_DELETE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_INSERT, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_INSERT, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_DELETE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_UPDATE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_DELETE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, -1, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_ACCESS|AR_CMDTAB_KS_UPDATE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_OW|AR_CMDTAB_KS_UPDATE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, -1, 2, 0, 0, 0},
    {AR_CMDTAB_KS_OW|AR_CMDTAB_KS_INSERT, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, -1, 2, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_UPDATE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_UPDATE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_UPDATE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_INSERT, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, -1, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 2, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_ACCESS|AR_CMDTAB_KS_INSERT, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 2, NULL, 0, AR_CMDTAB_FK_RANGE, -1, 1, 0, 0, 0},
    {AR_CMDTAB_KS_OW|AR_CMDTAB_KS_UPDATE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_ACCESS|AR_CMDTAB_KS_DELETE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_OW|AR_CMDTAB_KS_UPDATE, AR_CMDTAB_BS_INDEX, 2, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_ACCESS|AR_CMDTAB_KS_DELETE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_OW|AR_CMDTAB_KS_INSERT, AR_CMDTAB_BS_INDEX, 2, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_OW|AR_CMDTAB_KS_UPDATE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_OW|AR_CMDTAB_KS_UPDATE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_ACCESS|AR_CMDTAB_KS_DELETE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_ACCESS|AR_CMDTAB_KS_DELETE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_INSERT, AR_CMDTAB_BS_INDEX, 2, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_INSERT, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_INSERT, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_INSERT, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, -1, 1, 0, 0, 0},
    {AR_CMDTAB_KS_OW|AR_CMDTAB_KS_UPDATE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 2, NULL, 0, AR_CMDTAB_FK_RANGE, -1, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_ACCESS|AR_CMDTAB_KS_UPDATE|AR_CMDTAB_KS_VARIABLE_FLAGS, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_ACCESS|AR_CMDTAB_KS_UPDATE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_OW|AR_CMDTAB_KS_UPDATE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_OW|AR_CMDTAB_KS_INSERT, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_UPDATE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, -1, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_KEYNUM, 0, 1, 0, 0, 1},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_UPDATE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 2, NULL, 0, AR_CMDTAB_FK_RANGE, -1, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_ACCESS|AR_CMDTAB_KS_DELETE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_INSERT, AR_CMDTAB_BS_INDEX, 2, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_ACCESS|AR_CMDTAB_KS_DELETE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_NOT_KEY, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_DELETE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_NOT_KEY, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, -1, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, -1, 1, 0, 0, 0},
    {AR_CMDTAB_KS_OW|AR_CMDTAB_KS_UPDATE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 2, NULL, 0, AR_CMDTAB_FK_RANGE, -1, 1, 0, 0, 0},
    {AR_CMDTAB_KS_NOT_KEY, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, -1, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, -1, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RM|AR_CMDTAB_KS_DELETE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, -1, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, -1, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_UPDATE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_UPDATE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_DELETE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_UPDATE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_DELETE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_KEYWORD, 0, "STREAMS", 1, AR_CMDTAB_FK_RANGE, -1, 1, 2, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_KEYWORD, 0, "STREAMS", 4, AR_CMDTAB_FK_RANGE, -1, 1, 2, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_UPDATE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_DELETE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_UPDATE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_KEYNUM, 0, 1, 0, 0, 1},
    {AR_CMDTAB_KS_OW|AR_CMDTAB_KS_UPDATE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 2, NULL, 0, AR_CMDTAB_FK_KEYNUM, 0, 1, 0, 0, 1},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_ACCESS|AR_CMDTAB_KS_UPDATE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_KEYNUM, 0, 1, 0, 0, 1},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_KEYNUM, 0, 1, 0, 0, 1},
    {AR_CMDTAB_KS_OW|AR_CMDTAB_KS_UPDATE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 2, NULL, 0, AR_CMDTAB_FK_KEYNUM, 0, 1, 0, 0, 1},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_ACCESS|AR_CMDTAB_KS_DELETE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_KEYNUM, 0, 1, 0, 0, 1},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_ACCESS|AR_CMDTAB_KS_DELETE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_ACCESS|AR_CMDTAB_KS_DELETE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_OW|AR_CMDTAB_KS_UPDATE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 2, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_DELETE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_DELETE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_DELETE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_DELETE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_KEYNUM, 0, 1, 0, 0, 1},
    {AR_CMDTAB_KS_OW|AR_CMDTAB_KS_UPDATE, AR_CMDTAB_BS_INDEX, 1, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 2, NULL, 0, AR_CMDTAB_FK_KEYNUM, 0, 1, 0, 0, 1},
    {AR_CMDTAB_KS_RO, AR_CMDTAB_BS_INDEX, 2, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO, AR_CMDTAB_BS_INDEX, 2, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO, AR_CMDTAB_BS_INDEX, 2, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO, AR_CMDTAB_BS_INDEX, 2, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO, AR_CMDTAB_BS_INDEX, 2, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_INSERT, AR_CMDTAB_BS_INDEX, 2, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_INSERT, AR_CMDTAB_BS_INDEX, 2, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_DELETE, AR_CMDTAB_BS_INDEX, 2, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_DELETE, AR_CMDTAB_BS_INDEX, 2, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RW|AR_CMDTAB_KS_UPDATE, AR_CMDTAB_BS_INDEX, 2, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 2, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 2, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
    {AR_CMDTAB_KS_RO|AR_CMDTAB_KS_ACCESS, AR_CMDTAB_BS_INDEX, 2, NULL, 0, AR_CMDTAB_FK_RANGE, 0, 1, 0, 0, 0},
};

static const ar_cmdtab_option ar_cmdtab__options[20] = {
    {"MATCH", 1, AR_CMDTAB_POS_PATTERN, 0},
    {"COUNT", 1, 0, 0},
    {"TYPE", 1, 0, 0},
    {"LIMIT", 2, 0, 0},
    {"BY", 1, AR_CMDTAB_POS_TEMPLATE, 0},
    {"GET", 1, AR_CMDTAB_POS_TEMPLATE|AR_CMDTAB_POS_HASH_LITERAL, 0},
    {"STORE", 1, AR_CMDTAB_POS_KEY|AR_CMDTAB_POS_LAST, AR_CMDTAB_KS_OW|AR_CMDTAB_KS_UPDATE},
    {"LIMIT", 2, 0, 0},
    {"BY", 1, AR_CMDTAB_POS_TEMPLATE, 0},
    {"GET", 1, AR_CMDTAB_POS_TEMPLATE|AR_CMDTAB_POS_HASH_LITERAL, 0},
    {"COUNT", 1, 0, 0},
    {"BLOCK", 1, AR_CMDTAB__TIMEOUT_MS, 0},
    {"STREAMS", -1, 0, 0},
    {"GROUP", 2, 0, 0},
    {"COUNT", 1, 0, 0},
    {"BLOCK", 1, AR_CMDTAB__TIMEOUT_MS, 0},
    {"NOACK", 0, 0, 0},
    {"STREAMS", -1, 0, 0},
    {"REDIRECT", 1, 0, 0},
    {"PREFIX", 1, AR_CMDTAB_POS_KEY_PREFIX, 0},
};

static const ar_cmdtab_posrule ar_cmdtab__rules[14] = {
    {AR_CMDTAB_PR_INDEX, AR_CMDTAB_POS_PATTERN, 1, 1, 0, 0},
    {AR_CMDTAB_PR_RANGE, AR_CMDTAB_POS_CHANNEL_PATTERN, 1, -1, 0, 0},
    {AR_CMDTAB_PR_INDEX, AR_CMDTAB_POS_CHANNEL, 1, 1, 0, 0},
    {AR_CMDTAB_PR_RANGE, AR_CMDTAB_POS_CHANNEL_PATTERN, 1, -1, 0, 0},
    {AR_CMDTAB_PR_OPTIONS, 0, 2, 0, 0, 3},
    {AR_CMDTAB_PR_OPTIONS, 0, 2, 0, 3, 4},
    {AR_CMDTAB_PR_OPTIONS, 0, 2, 0, 7, 3},
    {AR_CMDTAB_PR_RANGE, AR_CMDTAB_POS_CHANNEL, 1, -1, 0, 0},
    {AR_CMDTAB_PR_RANGE, AR_CMDTAB_POS_CHANNEL, 1, -1, 0, 0},
    {AR_CMDTAB_PR_OPTIONS, 0, 3, 0, 18, 2},
    {AR_CMDTAB_PR_INDEX, AR_CMDTAB_POS_CHANNEL_PATTERN, 2, 2, 0, 0},
    {AR_CMDTAB_PR_RANGE, AR_CMDTAB_POS_CHANNEL, 2, -1, 0, 0},
    {AR_CMDTAB_PR_INDEX, AR_CMDTAB_POS_CHANNEL_PATTERN, 2, 2, 0, 0},
    {AR_CMDTAB_PR_RANGE, AR_CMDTAB_POS_CHANNEL, 2, -1, 0, 0},
};

static const char ar_cmdtab__group_names[AR_CMDTAB_GROUP_COUNT_][13] = {
    "generic", "string", "list", "set", "sorted-set", "hash", "pubsub", "transactions", "connection", "server", "scripting", "hyperloglog", "cluster", "sentinel", "geo", "stream", "bitmap", "module"
};

static const char ar_cmdtab__flag_names[28][24] = {
    "write", "readonly", "denyoom", "module", "admin", "pubsub", "noscript", "blocking", "loading", "stale", "skip_monitor", "skip_slowlog", "asking", "fast", "no_auth", "may_replicate", "sentinel", "only_sentinel", "no_mandatory_keys", "protected", "module_getkeys", "module_no_cluster", "no_async_loading", "no_multi", "movablekeys", "allow_busy", "module_getchannels", "touches_arbitrary_keys"
};
static const char ar_cmdtab__ks_names[11][24] = {
    "ro", "rw", "ow", "rm", "access", "update", "insert", "delete", "not_key", "incomplete", "variable_flags"
};

/* Top-level commands sorted by name [0, AR_CMDTAB_TOPLEVEL_COUNT), then each
   container's subcommands, sorted, as one contiguous run per container. */
static const ar_cmdtab_cmd ar_cmdtab__cmds[AR_CMDTAB_COUNT] = {
    /* 0 */ {"acl", "acl", -1, 240, 13, -2,
        0,
        AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_SERVER, "6.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 0, 0, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 1 */ {"append", "append", -1, 0, 0, 3,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_DENYOOM|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_STRING|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_STRING, "2.0.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 0, 1, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 2 */ {"asking", "asking", -1, 0, 0, 1,
        AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_FAST|AR_CMDTAB_ACL_CONNECTION,
        0,
        AR_CMDTAB_GROUP_CLUSTER, "3.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 1, 0, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 3 */ {"auth", "auth", -1, 0, 0, -2,
        AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE|AR_CMDTAB_F_FAST|AR_CMDTAB_F_NO_AUTH|AR_CMDTAB_F_ALLOW_BUSY,
        AR_CMDTAB_ACL_FAST|AR_CMDTAB_ACL_CONNECTION,
        0,
        AR_CMDTAB_GROUP_CONNECTION, "1.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 1, 0, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 4 */ {"bgrewriteaof", "bgrewriteaof", -1, 0, 0, 1,
        AR_CMDTAB_F_ADMIN|AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_NO_ASYNC_LOADING,
        AR_CMDTAB_ACL_ADMIN|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS,
        0,
        AR_CMDTAB_GROUP_SERVER, "1.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 1, 0, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 5 */ {"bgsave", "bgsave", -1, 0, 0, -1,
        AR_CMDTAB_F_ADMIN|AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_NO_ASYNC_LOADING,
        AR_CMDTAB_ACL_ADMIN|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS,
        0,
        AR_CMDTAB_GROUP_SERVER, "1.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 1, 0, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 6 */ {"bitcount", "bitcount", -1, 0, 0, -2,
        AR_CMDTAB_F_READONLY,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_BITMAP|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_BITMAP, "2.6.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 1, 1, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 7 */ {"bitfield", "bitfield", -1, 0, 0, -2,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_DENYOOM,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_BITMAP|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_BITMAP, "3.2.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 2, 1, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 8 */ {"bitfield_ro", "bitfield_ro", -1, 0, 0, -2,
        AR_CMDTAB_F_READONLY|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_BITMAP|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_BITMAP, "6.0.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 3, 1, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 9 */ {"bitop", "bitop", -1, 0, 0, -4,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_DENYOOM,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_BITMAP|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_BITMAP, "2.6.0", NULL, 2, -1, 1,
        AR_CMDTAB_KEYS_SPECS, 4, 2, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 10 */ {"bitpos", "bitpos", -1, 0, 0, -3,
        AR_CMDTAB_F_READONLY,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_BITMAP|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_BITMAP, "2.8.7", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 6, 1, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 11 */ {"blmove", "blmove", -1, 0, 0, 6,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_DENYOOM|AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_BLOCKING,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_LIST|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_BLOCKING,
        0,
        AR_CMDTAB_GROUP_LIST, "6.2.0", NULL, 1, 2, 1,
        AR_CMDTAB_KEYS_SPECS, 7, 2, 0, 0,
        AR_CMDTAB_BLOCK_ARG_SECONDS, 5, 0, 0},
    /* 12 */ {"blmpop", "blmpop", -1, 0, 0, -5,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_BLOCKING|AR_CMDTAB_F_MOVABLEKEYS,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_LIST|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_BLOCKING,
        0,
        AR_CMDTAB_GROUP_LIST, "7.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 9, 1, 0, 0,
        AR_CMDTAB_BLOCK_ARG_SECONDS, 1, 0, 0},
    /* 13 */ {"blpop", "blpop", -1, 0, 0, -3,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_BLOCKING,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_LIST|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_BLOCKING,
        0,
        AR_CMDTAB_GROUP_LIST, "2.0.0", NULL, 1, -2, 1,
        AR_CMDTAB_KEYS_SPECS, 10, 1, 0, 0,
        AR_CMDTAB_BLOCK_ARG_SECONDS, -1, 0, 0},
    /* 14 */ {"brpop", "brpop", -1, 0, 0, -3,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_BLOCKING,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_LIST|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_BLOCKING,
        0,
        AR_CMDTAB_GROUP_LIST, "2.0.0", NULL, 1, -2, 1,
        AR_CMDTAB_KEYS_SPECS, 11, 1, 0, 0,
        AR_CMDTAB_BLOCK_ARG_SECONDS, -1, 0, 0},
    /* 15 */ {"brpoplpush", "brpoplpush", -1, 0, 0, 4,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_DENYOOM|AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_BLOCKING,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_LIST|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_BLOCKING,
        0,
        AR_CMDTAB_GROUP_LIST, "2.2.0", "6.2.0", 1, 2, 1,
        AR_CMDTAB_KEYS_SPECS, 12, 2, 0, 0,
        AR_CMDTAB_BLOCK_ARG_SECONDS, 3, 0, 0},
    /* 16 */ {"bzmpop", "bzmpop", -1, 0, 0, -5,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_BLOCKING|AR_CMDTAB_F_MOVABLEKEYS,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_SORTEDSET|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_BLOCKING,
        0,
        AR_CMDTAB_GROUP_SORTED_SET, "7.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 14, 1, 0, 0,
        AR_CMDTAB_BLOCK_ARG_SECONDS, 1, 0, 0},
    /* 17 */ {"bzpopmax", "bzpopmax", -1, 0, 0, -3,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_BLOCKING|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_SORTEDSET|AR_CMDTAB_ACL_FAST|AR_CMDTAB_ACL_BLOCKING,
        0,
        AR_CMDTAB_GROUP_SORTED_SET, "5.0.0", NULL, 1, -2, 1,
        AR_CMDTAB_KEYS_SPECS, 15, 1, 0, 0,
        AR_CMDTAB_BLOCK_ARG_SECONDS, -1, 0, 0},
    /* 18 */ {"bzpopmin", "bzpopmin", -1, 0, 0, -3,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_BLOCKING|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_SORTEDSET|AR_CMDTAB_ACL_FAST|AR_CMDTAB_ACL_BLOCKING,
        0,
        AR_CMDTAB_GROUP_SORTED_SET, "5.0.0", NULL, 1, -2, 1,
        AR_CMDTAB_KEYS_SPECS, 16, 1, 0, 0,
        AR_CMDTAB_BLOCK_ARG_SECONDS, -1, 0, 0},
    /* 19 */ {"client", "client", -1, 253, 16, -2,
        0,
        AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_CONNECTION, "2.4.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 17, 0, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 20 */ {"cluster", "cluster", -1, 269, 27, -2,
        0,
        AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_CLUSTER, "3.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 17, 0, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 21 */ {"command", "command", -1, 296, 7, -1,
        AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_CONNECTION,
        AR_CMDTAB_TIP_NONDETERMINISTIC_OUTPUT_ORDER,
        AR_CMDTAB_GROUP_SERVER, "2.8.13", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 17, 0, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 22 */ {"config", "config", -1, 303, 5, -2,
        0,
        AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_SERVER, "2.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 17, 0, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 23 */ {"copy", "copy", -1, 0, 0, -3,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_DENYOOM,
        AR_CMDTAB_ACL_KEYSPACE|AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_GENERIC, "6.2.0", NULL, 1, 2, 1,
        AR_CMDTAB_KEYS_SPECS, 17, 2, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 24 */ {"dbsize", "dbsize", -1, 0, 0, 1,
        AR_CMDTAB_F_READONLY|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_KEYSPACE|AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_FAST,
        AR_CMDTAB_TIP_REQUEST_POLICY_ALL_SHARDS|AR_CMDTAB_TIP_RESPONSE_POLICY_AGG_SUM,
        AR_CMDTAB_GROUP_SERVER, "1.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 19, 0, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 25 */ {"debug", "debug", -1, 0, 0, -2,
        AR_CMDTAB_F_ADMIN|AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_ADMIN|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS,
        0,
        AR_CMDTAB_GROUP_SERVER, "1.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_UNKNOWN, 19, 0, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 26 */ {"decr", "decr", -1, 0, 0, 2,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_DENYOOM|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_STRING|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_STRING, "1.0.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 19, 1, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 27 */ {"decrby", "decrby", -1, 0, 0, 3,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_DENYOOM|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_STRING|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_STRING, "1.0.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 20, 1, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 28 */ {"del", "del", -1, 0, 0, -2,
        AR_CMDTAB_F_WRITE,
        AR_CMDTAB_ACL_KEYSPACE|AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_SLOW,
        AR_CMDTAB_TIP_REQUEST_POLICY_MULTI_SHARD|AR_CMDTAB_TIP_RESPONSE_POLICY_AGG_SUM,
        AR_CMDTAB_GROUP_GENERIC, "1.0.0", NULL, 1, -1, 1,
        AR_CMDTAB_KEYS_SPECS, 21, 1, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 29 */ {"discard", "discard", -1, 0, 0, 1,
        AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE|AR_CMDTAB_F_FAST|AR_CMDTAB_F_ALLOW_BUSY,
        AR_CMDTAB_ACL_FAST|AR_CMDTAB_ACL_TRANSACTION,
        0,
        AR_CMDTAB_GROUP_TRANSACTIONS, "2.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 22, 0, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 30 */ {"dump", "dump", -1, 0, 0, 2,
        AR_CMDTAB_F_READONLY,
        AR_CMDTAB_ACL_KEYSPACE|AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_SLOW,
        AR_CMDTAB_TIP_NONDETERMINISTIC_OUTPUT,
        AR_CMDTAB_GROUP_GENERIC, "2.6.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 22, 1, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 31 */ {"echo", "echo", -1, 0, 0, 2,
        AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_FAST|AR_CMDTAB_ACL_CONNECTION,
        0,
        AR_CMDTAB_GROUP_CONNECTION, "1.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 23, 0, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 32 */ {"eval", "eval", -1, 0, 0, -3,
        AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_STALE|AR_CMDTAB_F_SKIP_MONITOR|AR_CMDTAB_F_NO_MANDATORY_KEYS|AR_CMDTAB_F_MOVABLEKEYS,
        AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_SCRIPTING,
        0,
        AR_CMDTAB_GROUP_SCRIPTING, "2.6.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 23, 1, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 33 */ {"eval_ro", "eval_ro", -1, 0, 0, -3,
        AR_CMDTAB_F_READONLY|AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_STALE|AR_CMDTAB_F_SKIP_MONITOR|AR_CMDTAB_F_NO_MANDATORY_KEYS|AR_CMDTAB_F_MOVABLEKEYS,
        AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_SCRIPTING,
        0,
        AR_CMDTAB_GROUP_SCRIPTING, "7.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 24, 1, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 34 */ {"evalsha", "evalsha", -1, 0, 0, -3,
        AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_STALE|AR_CMDTAB_F_SKIP_MONITOR|AR_CMDTAB_F_NO_MANDATORY_KEYS|AR_CMDTAB_F_MOVABLEKEYS,
        AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_SCRIPTING,
        0,
        AR_CMDTAB_GROUP_SCRIPTING, "2.6.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 25, 1, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 35 */ {"evalsha_ro", "evalsha_ro", -1, 0, 0, -3,
        AR_CMDTAB_F_READONLY|AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_STALE|AR_CMDTAB_F_SKIP_MONITOR|AR_CMDTAB_F_NO_MANDATORY_KEYS|AR_CMDTAB_F_MOVABLEKEYS,
        AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_SCRIPTING,
        0,
        AR_CMDTAB_GROUP_SCRIPTING, "7.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 26, 1, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 36 */ {"exec", "exec", -1, 0, 0, 1,
        AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE|AR_CMDTAB_F_SKIP_SLOWLOG,
        AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_TRANSACTION,
        0,
        AR_CMDTAB_GROUP_TRANSACTIONS, "1.2.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 27, 0, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 37 */ {"exists", "exists", -1, 0, 0, -2,
        AR_CMDTAB_F_READONLY|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_KEYSPACE|AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_FAST,
        AR_CMDTAB_TIP_REQUEST_POLICY_MULTI_SHARD|AR_CMDTAB_TIP_RESPONSE_POLICY_AGG_SUM,
        AR_CMDTAB_GROUP_GENERIC, "1.0.0", NULL, 1, -1, 1,
        AR_CMDTAB_KEYS_SPECS, 27, 1, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 38 */ {"expire", "expire", -1, 0, 0, -3,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_KEYSPACE|AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_GENERIC, "1.0.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 28, 1, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 39 */ {"expireat", "expireat", -1, 0, 0, -3,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_KEYSPACE|AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_GENERIC, "1.2.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 29, 1, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 40 */ {"expiretime", "expiretime", -1, 0, 0, 2,
        AR_CMDTAB_F_READONLY|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_KEYSPACE|AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_GENERIC, "7.0.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 30, 1, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 41 */ {"failover", "failover", -1, 0, 0, -1,
        AR_CMDTAB_F_ADMIN|AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_ADMIN|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS,
        0,
        AR_CMDTAB_GROUP_SERVER, "6.2.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 31, 0, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 42 */ {"fcall", "fcall", -1, 0, 0, -3,
        AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_STALE|AR_CMDTAB_F_SKIP_MONITOR|AR_CMDTAB_F_NO_MANDATORY_KEYS|AR_CMDTAB_F_MOVABLEKEYS,
        AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_SCRIPTING,
        0,
        AR_CMDTAB_GROUP_SCRIPTING, "7.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 31, 1, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 43 */ {"fcall_ro", "fcall_ro", -1, 0, 0, -3,
        AR_CMDTAB_F_READONLY|AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_STALE|AR_CMDTAB_F_SKIP_MONITOR|AR_CMDTAB_F_NO_MANDATORY_KEYS|AR_CMDTAB_F_MOVABLEKEYS,
        AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_SCRIPTING,
        0,
        AR_CMDTAB_GROUP_SCRIPTING, "7.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 32, 1, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 44 */ {"flushall", "flushall", -1, 0, 0, -1,
        AR_CMDTAB_F_WRITE,
        AR_CMDTAB_ACL_KEYSPACE|AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS,
        AR_CMDTAB_TIP_REQUEST_POLICY_ALL_SHARDS|AR_CMDTAB_TIP_RESPONSE_POLICY_ALL_SUCCEEDED,
        AR_CMDTAB_GROUP_SERVER, "1.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 33, 0, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 45 */ {"flushdb", "flushdb", -1, 0, 0, -1,
        AR_CMDTAB_F_WRITE,
        AR_CMDTAB_ACL_KEYSPACE|AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS,
        AR_CMDTAB_TIP_REQUEST_POLICY_ALL_SHARDS|AR_CMDTAB_TIP_RESPONSE_POLICY_ALL_SUCCEEDED,
        AR_CMDTAB_GROUP_SERVER, "1.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 33, 0, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 46 */ {"function", "function", -1, 308, 9, -2,
        0,
        AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_SCRIPTING, "7.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 33, 0, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 47 */ {"geoadd", "geoadd", -1, 0, 0, -5,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_DENYOOM,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_GEO|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_GEO, "3.2.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 33, 1, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 48 */ {"geodist", "geodist", -1, 0, 0, -4,
        AR_CMDTAB_F_READONLY,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_GEO|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_GEO, "3.2.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 34, 1, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 49 */ {"geohash", "geohash", -1, 0, 0, -2,
        AR_CMDTAB_F_READONLY,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_GEO|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_GEO, "3.2.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 35, 1, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 50 */ {"geopos", "geopos", -1, 0, 0, -2,
        AR_CMDTAB_F_READONLY,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_GEO|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_GEO, "3.2.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 36, 1, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 51 */ {"georadius", "georadius", -1, 0, 0, -6,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_DENYOOM|AR_CMDTAB_F_MOVABLEKEYS,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_GEO|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_GEO, "3.2.0", "6.2.0", 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 37, 3, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 52 */ {"georadius_ro", "georadius_ro", -1, 0, 0, -6,
        AR_CMDTAB_F_READONLY,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_GEO|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_GEO, "3.2.10", "6.2.0", 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 40, 1, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 53 */ {"georadiusbymember", "georadiusbymember", -1, 0, 0, -5,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_DENYOOM|AR_CMDTAB_F_MOVABLEKEYS,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_GEO|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_GEO, "3.2.0", "6.2.0", 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 41, 3, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 54 */ {"georadiusbymember_ro", "georadiusbymember_ro", -1, 0, 0, -5,
        AR_CMDTAB_F_READONLY,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_GEO|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_GEO, "3.2.10", "6.2.0", 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 44, 1, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 55 */ {"geosearch", "geosearch", -1, 0, 0, -7,
        AR_CMDTAB_F_READONLY,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_GEO|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_GEO, "6.2.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 45, 1, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 56 */ {"geosearchstore", "geosearchstore", -1, 0, 0, -8,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_DENYOOM,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_GEO|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_GEO, "6.2.0", NULL, 1, 2, 1,
        AR_CMDTAB_KEYS_SPECS, 46, 2, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 57 */ {"get", "get", -1, 0, 0, 2,
        AR_CMDTAB_F_READONLY|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_STRING|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_STRING, "1.0.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 48, 1, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 58 */ {"getbit", "getbit", -1, 0, 0, 3,
        AR_CMDTAB_F_READONLY|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_BITMAP|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_BITMAP, "2.2.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 49, 1, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 59 */ {"getdel", "getdel", -1, 0, 0, 2,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_STRING|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_STRING, "6.2.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 50, 1, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 60 */ {"getex", "getex", -1, 0, 0, -2,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_STRING|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_STRING, "6.2.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 51, 1, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 61 */ {"getrange", "getrange", -1, 0, 0, 4,
        AR_CMDTAB_F_READONLY,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_STRING|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_STRING, "2.4.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 52, 1, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 62 */ {"getset", "getset", -1, 0, 0, 3,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_DENYOOM|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_STRING|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_STRING, "1.0.0", "6.2.0", 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 53, 1, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 63 */ {"hdel", "hdel", -1, 0, 0, -3,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_HASH|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_HASH, "2.0.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 54, 1, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 64 */ {"hello", "hello", -1, 0, 0, -1,
        AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE|AR_CMDTAB_F_FAST|AR_CMDTAB_F_NO_AUTH|AR_CMDTAB_F_ALLOW_BUSY,
        AR_CMDTAB_ACL_FAST|AR_CMDTAB_ACL_CONNECTION,
        0,
        AR_CMDTAB_GROUP_CONNECTION, "6.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 55, 0, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 65 */ {"hexists", "hexists", -1, 0, 0, 3,
        AR_CMDTAB_F_READONLY|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_HASH|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_HASH, "2.0.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 55, 1, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 66 */ {"hget", "hget", -1, 0, 0, 3,
        AR_CMDTAB_F_READONLY|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_HASH|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_HASH, "2.0.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 56, 1, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 67 */ {"hgetall", "hgetall", -1, 0, 0, 2,
        AR_CMDTAB_F_READONLY,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_HASH|AR_CMDTAB_ACL_SLOW,
        AR_CMDTAB_TIP_NONDETERMINISTIC_OUTPUT_ORDER,
        AR_CMDTAB_GROUP_HASH, "2.0.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 57, 1, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 68 */ {"hincrby", "hincrby", -1, 0, 0, 4,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_DENYOOM|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_HASH|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_HASH, "2.0.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 58, 1, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 69 */ {"hincrbyfloat", "hincrbyfloat", -1, 0, 0, 4,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_DENYOOM|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_HASH|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_HASH, "2.6.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 59, 1, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 70 */ {"hkeys", "hkeys", -1, 0, 0, 2,
        AR_CMDTAB_F_READONLY,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_HASH|AR_CMDTAB_ACL_SLOW,
        AR_CMDTAB_TIP_NONDETERMINISTIC_OUTPUT_ORDER,
        AR_CMDTAB_GROUP_HASH, "2.0.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 60, 1, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 71 */ {"hlen", "hlen", -1, 0, 0, 2,
        AR_CMDTAB_F_READONLY|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_HASH|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_HASH, "2.0.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 61, 1, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 72 */ {"hmget", "hmget", -1, 0, 0, -3,
        AR_CMDTAB_F_READONLY|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_HASH|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_HASH, "2.0.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 62, 1, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 73 */ {"hmset", "hmset", -1, 0, 0, -4,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_DENYOOM|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_HASH|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_HASH, "2.0.0", "4.0.0", 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 63, 1, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 74 */ {"hrandfield", "hrandfield", -1, 0, 0, -2,
        AR_CMDTAB_F_READONLY,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_HASH|AR_CMDTAB_ACL_SLOW,
        AR_CMDTAB_TIP_NONDETERMINISTIC_OUTPUT,
        AR_CMDTAB_GROUP_HASH, "6.2.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 64, 1, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 75 */ {"hscan", "hscan", -1, 0, 0, -3,
        AR_CMDTAB_F_READONLY,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_HASH|AR_CMDTAB_ACL_SLOW,
        AR_CMDTAB_TIP_NONDETERMINISTIC_OUTPUT,
        AR_CMDTAB_GROUP_HASH, "2.8.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 65, 1, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 76 */ {"hset", "hset", -1, 0, 0, -4,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_DENYOOM|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_HASH|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_HASH, "2.0.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 66, 1, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 77 */ {"hsetnx", "hsetnx", -1, 0, 0, 4,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_DENYOOM|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_HASH|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_HASH, "2.0.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 67, 1, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 78 */ {"hstrlen", "hstrlen", -1, 0, 0, 3,
        AR_CMDTAB_F_READONLY|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_HASH|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_HASH, "3.2.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 68, 1, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 79 */ {"hvals", "hvals", -1, 0, 0, 2,
        AR_CMDTAB_F_READONLY,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_HASH|AR_CMDTAB_ACL_SLOW,
        AR_CMDTAB_TIP_NONDETERMINISTIC_OUTPUT_ORDER,
        AR_CMDTAB_GROUP_HASH, "2.0.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 69, 1, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 80 */ {"incr", "incr", -1, 0, 0, 2,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_DENYOOM|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_STRING|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_STRING, "1.0.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 70, 1, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 81 */ {"incrby", "incrby", -1, 0, 0, 3,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_DENYOOM|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_STRING|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_STRING, "1.0.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 71, 1, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 82 */ {"incrbyfloat", "incrbyfloat", -1, 0, 0, 3,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_DENYOOM|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_STRING|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_STRING, "2.6.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 72, 1, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 83 */ {"info", "info", -1, 0, 0, -1,
        AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS,
        AR_CMDTAB_TIP_NONDETERMINISTIC_OUTPUT|AR_CMDTAB_TIP_REQUEST_POLICY_ALL_SHARDS|AR_CMDTAB_TIP_RESPONSE_POLICY_SPECIAL,
        AR_CMDTAB_GROUP_SERVER, "1.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 73, 0, 0, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 84 */ {"keys", "keys", -1, 0, 0, 2,
        AR_CMDTAB_F_READONLY,
        AR_CMDTAB_ACL_KEYSPACE|AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS,
        AR_CMDTAB_TIP_NONDETERMINISTIC_OUTPUT_ORDER|AR_CMDTAB_TIP_REQUEST_POLICY_ALL_SHARDS,
        AR_CMDTAB_GROUP_GENERIC, "1.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 73, 0, 0, 1,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 85 */ {"lastsave", "lastsave", -1, 0, 0, 1,
        AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_ADMIN|AR_CMDTAB_ACL_FAST|AR_CMDTAB_ACL_DANGEROUS,
        AR_CMDTAB_TIP_NONDETERMINISTIC_OUTPUT,
        AR_CMDTAB_GROUP_SERVER, "1.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 73, 0, 1, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 86 */ {"latency", "latency", -1, 317, 7, -2,
        0,
        AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_SERVER, "2.8.13", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 73, 0, 1, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 87 */ {"lcs", "lcs", -1, 0, 0, -3,
        AR_CMDTAB_F_READONLY,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_STRING|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_STRING, "7.0.0", NULL, 1, 2, 1,
        AR_CMDTAB_KEYS_SPECS, 73, 1, 1, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 88 */ {"lindex", "lindex", -1, 0, 0, 3,
        AR_CMDTAB_F_READONLY,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_LIST|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_LIST, "1.0.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 74, 1, 1, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 89 */ {"linsert", "linsert", -1, 0, 0, 5,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_DENYOOM,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_LIST|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_LIST, "2.2.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 75, 1, 1, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 90 */ {"llen", "llen", -1, 0, 0, 2,
        AR_CMDTAB_F_READONLY|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_LIST|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_LIST, "1.0.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 76, 1, 1, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 91 */ {"lmove", "lmove", -1, 0, 0, 5,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_DENYOOM,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_LIST|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_LIST, "6.2.0", NULL, 1, 2, 1,
        AR_CMDTAB_KEYS_SPECS, 77, 2, 1, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 92 */ {"lmpop", "lmpop", -1, 0, 0, -4,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_MOVABLEKEYS,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_LIST|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_LIST, "7.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 79, 1, 1, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 93 */ {"lolwut", "lolwut", -1, 0, 0, -1,
        AR_CMDTAB_F_READONLY|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_SERVER, "5.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 80, 0, 1, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 94 */ {"lpop", "lpop", -1, 0, 0, -2,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_LIST|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_LIST, "1.0.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 80, 1, 1, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 95 */ {"lpos", "lpos", -1, 0, 0, -3,
        AR_CMDTAB_F_READONLY,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_LIST|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_LIST, "6.0.6", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 81, 1, 1, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 96 */ {"lpush", "lpush", -1, 0, 0, -3,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_DENYOOM|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_LIST|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_LIST, "1.0.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 82, 1, 1, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 97 */ {"lpushx", "lpushx", -1, 0, 0, -3,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_DENYOOM|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_LIST|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_LIST, "2.2.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 83, 1, 1, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 98 */ {"lrange", "lrange", -1, 0, 0, 4,
        AR_CMDTAB_F_READONLY,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_LIST|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_LIST, "1.0.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 84, 1, 1, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 99 */ {"lrem", "lrem", -1, 0, 0, 4,
        AR_CMDTAB_F_WRITE,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_LIST|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_LIST, "1.0.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 85, 1, 1, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 100 */ {"lset", "lset", -1, 0, 0, 4,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_DENYOOM,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_LIST|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_LIST, "1.0.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 86, 1, 1, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 101 */ {"ltrim", "ltrim", -1, 0, 0, 4,
        AR_CMDTAB_F_WRITE,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_LIST|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_LIST, "1.0.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 87, 1, 1, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 102 */ {"memory", "memory", -1, 324, 6, -2,
        0,
        AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_SERVER, "4.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 88, 0, 1, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 103 */ {"mget", "mget", -1, 0, 0, -2,
        AR_CMDTAB_F_READONLY|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_STRING|AR_CMDTAB_ACL_FAST,
        AR_CMDTAB_TIP_REQUEST_POLICY_MULTI_SHARD,
        AR_CMDTAB_GROUP_STRING, "1.0.0", NULL, 1, -1, 1,
        AR_CMDTAB_KEYS_SPECS, 88, 1, 1, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 104 */ {"migrate", "migrate", -1, 0, 0, -6,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_MOVABLEKEYS,
        AR_CMDTAB_ACL_KEYSPACE|AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS,
        AR_CMDTAB_TIP_NONDETERMINISTIC_OUTPUT,
        AR_CMDTAB_GROUP_GENERIC, "2.6.0", NULL, 3, 3, 1,
        AR_CMDTAB_KEYS_MIGRATE, 89, 0, 1, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 105 */ {"module", "module", -1, 330, 5, -2,
        0,
        AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_SERVER, "4.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 89, 0, 1, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 106 */ {"monitor", "monitor", -1, 0, 0, 1,
        AR_CMDTAB_F_ADMIN|AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_ADMIN|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS,
        0,
        AR_CMDTAB_GROUP_SERVER, "1.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 89, 0, 1, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 107 */ {"move", "move", -1, 0, 0, 3,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_KEYSPACE|AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_GENERIC, "1.0.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 89, 1, 1, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 108 */ {"mset", "mset", -1, 0, 0, -3,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_DENYOOM,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_STRING|AR_CMDTAB_ACL_SLOW,
        AR_CMDTAB_TIP_REQUEST_POLICY_MULTI_SHARD|AR_CMDTAB_TIP_RESPONSE_POLICY_ALL_SUCCEEDED,
        AR_CMDTAB_GROUP_STRING, "1.0.1", NULL, 1, -1, 2,
        AR_CMDTAB_KEYS_SPECS, 90, 1, 1, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 109 */ {"msetnx", "msetnx", -1, 0, 0, -3,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_DENYOOM,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_STRING|AR_CMDTAB_ACL_SLOW,
        AR_CMDTAB_TIP_REQUEST_POLICY_MULTI_SHARD|AR_CMDTAB_TIP_RESPONSE_POLICY_AGG_MIN,
        AR_CMDTAB_GROUP_STRING, "1.0.1", NULL, 1, -1, 2,
        AR_CMDTAB_KEYS_SPECS, 91, 1, 1, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 110 */ {"multi", "multi", -1, 0, 0, 1,
        AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE|AR_CMDTAB_F_FAST|AR_CMDTAB_F_ALLOW_BUSY,
        AR_CMDTAB_ACL_FAST|AR_CMDTAB_ACL_TRANSACTION,
        0,
        AR_CMDTAB_GROUP_TRANSACTIONS, "1.2.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 92, 0, 1, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 111 */ {"object", "object", -1, 335, 5, -2,
        0,
        AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_GENERIC, "2.2.3", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 92, 0, 1, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 112 */ {"persist", "persist", -1, 0, 0, 2,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_KEYSPACE|AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_GENERIC, "2.2.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 92, 1, 1, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 113 */ {"pexpire", "pexpire", -1, 0, 0, -3,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_KEYSPACE|AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_GENERIC, "2.6.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 93, 1, 1, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 114 */ {"pexpireat", "pexpireat", -1, 0, 0, -3,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_KEYSPACE|AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_GENERIC, "2.6.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 94, 1, 1, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 115 */ {"pexpiretime", "pexpiretime", -1, 0, 0, 2,
        AR_CMDTAB_F_READONLY|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_KEYSPACE|AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_GENERIC, "7.0.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 95, 1, 1, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 116 */ {"pfadd", "pfadd", -1, 0, 0, -2,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_DENYOOM|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_HYPERLOGLOG|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_HYPERLOGLOG, "2.8.9", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 96, 1, 1, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 117 */ {"pfcount", "pfcount", -1, 0, 0, -2,
        AR_CMDTAB_F_READONLY,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_HYPERLOGLOG|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_HYPERLOGLOG, "2.8.9", NULL, 1, -1, 1,
        AR_CMDTAB_KEYS_SPECS, 97, 1, 1, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 118 */ {"pfdebug", "pfdebug", -1, 0, 0, 3,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_DENYOOM|AR_CMDTAB_F_ADMIN,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_HYPERLOGLOG|AR_CMDTAB_ACL_ADMIN|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS,
        0,
        AR_CMDTAB_GROUP_HYPERLOGLOG, "2.8.9", NULL, 2, 2, 1,
        AR_CMDTAB_KEYS_SPECS, 98, 1, 1, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 119 */ {"pfmerge", "pfmerge", -1, 0, 0, -2,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_DENYOOM,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_HYPERLOGLOG|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_HYPERLOGLOG, "2.8.9", NULL, 1, -1, 1,
        AR_CMDTAB_KEYS_SPECS, 99, 2, 1, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 120 */ {"pfselftest", "pfselftest", -1, 0, 0, 1,
        AR_CMDTAB_F_ADMIN,
        AR_CMDTAB_ACL_HYPERLOGLOG|AR_CMDTAB_ACL_ADMIN|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS,
        0,
        AR_CMDTAB_GROUP_HYPERLOGLOG, "2.8.9", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 101, 0, 1, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 121 */ {"ping", "ping", -1, 0, 0, -1,
        AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_FAST|AR_CMDTAB_ACL_CONNECTION,
        AR_CMDTAB_TIP_REQUEST_POLICY_ALL_SHARDS|AR_CMDTAB_TIP_RESPONSE_POLICY_ALL_SUCCEEDED,
        AR_CMDTAB_GROUP_CONNECTION, "1.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 101, 0, 1, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 122 */ {"psetex", "psetex", -1, 0, 0, 4,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_DENYOOM,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_STRING|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_STRING, "2.6.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 101, 1, 1, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 123 */ {"psubscribe", "psubscribe", -1, 0, 0, -2,
        AR_CMDTAB_F_PUBSUB|AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_PUBSUB|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_PUBSUB, "2.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 102, 0, 1, 1,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 124 */ {"psync", "psync", -1, 0, 0, -3,
        AR_CMDTAB_F_ADMIN|AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_NO_ASYNC_LOADING|AR_CMDTAB_F_NO_MULTI,
        AR_CMDTAB_ACL_ADMIN|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS,
        0,
        AR_CMDTAB_GROUP_SERVER, "2.8.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 102, 0, 2, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 125 */ {"pttl", "pttl", -1, 0, 0, 2,
        AR_CMDTAB_F_READONLY|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_KEYSPACE|AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_FAST,
        AR_CMDTAB_TIP_NONDETERMINISTIC_OUTPUT,
        AR_CMDTAB_GROUP_GENERIC, "2.6.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 102, 1, 2, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 126 */ {"publish", "publish", -1, 0, 0, 3,
        AR_CMDTAB_F_PUBSUB|AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_PUBSUB|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_PUBSUB, "2.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 103, 0, 2, 1,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 127 */ {"pubsub", "pubsub", -1, 340, 6, -2,
        0,
        AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_PUBSUB, "2.8.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 103, 0, 3, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 128 */ {"punsubscribe", "punsubscribe", -1, 0, 0, -1,
        AR_CMDTAB_F_PUBSUB|AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_PUBSUB|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_PUBSUB, "2.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 103, 0, 3, 1,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 129 */ {"quit", "quit", -1, 0, 0, -1,
        AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE|AR_CMDTAB_F_FAST|AR_CMDTAB_F_NO_AUTH|AR_CMDTAB_F_ALLOW_BUSY,
        AR_CMDTAB_ACL_FAST|AR_CMDTAB_ACL_CONNECTION,
        0,
        AR_CMDTAB_GROUP_CONNECTION, "1.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 103, 0, 4, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 130 */ {"randomkey", "randomkey", -1, 0, 0, 1,
        AR_CMDTAB_F_READONLY,
        AR_CMDTAB_ACL_KEYSPACE|AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_SLOW,
        AR_CMDTAB_TIP_NONDETERMINISTIC_OUTPUT|AR_CMDTAB_TIP_REQUEST_POLICY_ALL_SHARDS,
        AR_CMDTAB_GROUP_GENERIC, "1.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 103, 0, 4, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 131 */ {"readonly", "readonly", -1, 0, 0, 1,
        AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_FAST|AR_CMDTAB_ACL_CONNECTION,
        0,
        AR_CMDTAB_GROUP_CLUSTER, "3.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 103, 0, 4, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 132 */ {"readwrite", "readwrite", -1, 0, 0, 1,
        AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_FAST|AR_CMDTAB_ACL_CONNECTION,
        0,
        AR_CMDTAB_GROUP_CLUSTER, "3.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 103, 0, 4, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 133 */ {"rename", "rename", -1, 0, 0, 3,
        AR_CMDTAB_F_WRITE,
        AR_CMDTAB_ACL_KEYSPACE|AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_GENERIC, "1.0.0", NULL, 1, 2, 1,
        AR_CMDTAB_KEYS_SPECS, 103, 2, 4, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 134 */ {"renamenx", "renamenx", -1, 0, 0, 3,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_KEYSPACE|AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_GENERIC, "1.0.0", NULL, 1, 2, 1,
        AR_CMDTAB_KEYS_SPECS, 105, 2, 4, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 135 */ {"replconf", "replconf", -1, 0, 0, -1,
        AR_CMDTAB_F_ADMIN|AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE|AR_CMDTAB_F_ALLOW_BUSY,
        AR_CMDTAB_ACL_ADMIN|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS,
        0,
        AR_CMDTAB_GROUP_SERVER, "3.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 107, 0, 4, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 136 */ {"replicaof", "replicaof", -1, 0, 0, 3,
        AR_CMDTAB_F_ADMIN|AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_STALE|AR_CMDTAB_F_NO_ASYNC_LOADING,
        AR_CMDTAB_ACL_ADMIN|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS,
        0,
        AR_CMDTAB_GROUP_SERVER, "5.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 107, 0, 4, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 137 */ {"reset", "reset", -1, 0, 0, 1,
        AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE|AR_CMDTAB_F_FAST|AR_CMDTAB_F_NO_AUTH|AR_CMDTAB_F_ALLOW_BUSY,
        AR_CMDTAB_ACL_FAST|AR_CMDTAB_ACL_CONNECTION,
        0,
        AR_CMDTAB_GROUP_CONNECTION, "6.2.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 107, 0, 4, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 138 */ {"restore", "restore", -1, 0, 0, -4,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_DENYOOM,
        AR_CMDTAB_ACL_KEYSPACE|AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS,
        0,
        AR_CMDTAB_GROUP_GENERIC, "2.6.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 107, 1, 4, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 139 */ {"restore-asking", "restore-asking", -1, 0, 0, -4,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_DENYOOM|AR_CMDTAB_F_ASKING,
        AR_CMDTAB_ACL_KEYSPACE|AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS,
        0,
        AR_CMDTAB_GROUP_SERVER, "3.0.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 108, 1, 4, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 140 */ {"role", "role", -1, 0, 0, 1,
        AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_ADMIN|AR_CMDTAB_ACL_FAST|AR_CMDTAB_ACL_DANGEROUS,
        0,
        AR_CMDTAB_GROUP_SERVER, "2.8.12", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 109, 0, 4, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 141 */ {"rpop", "rpop", -1, 0, 0, -2,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_LIST|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_LIST, "1.0.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 109, 1, 4, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 142 */ {"rpoplpush", "rpoplpush", -1, 0, 0, 3,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_DENYOOM,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_LIST|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_LIST, "1.2.0", "6.2.0", 1, 2, 1,
        AR_CMDTAB_KEYS_SPECS, 110, 2, 4, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 143 */ {"rpush", "rpush", -1, 0, 0, -3,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_DENYOOM|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_LIST|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_LIST, "1.0.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 112, 1, 4, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 144 */ {"rpushx", "rpushx", -1, 0, 0, -3,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_DENYOOM|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_LIST|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_LIST, "2.2.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 113, 1, 4, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 145 */ {"sadd", "sadd", -1, 0, 0, -3,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_DENYOOM|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_SET|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_SET, "1.0.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 114, 1, 4, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 146 */ {"save", "save", -1, 0, 0, 1,
        AR_CMDTAB_F_ADMIN|AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_NO_ASYNC_LOADING|AR_CMDTAB_F_NO_MULTI,
        AR_CMDTAB_ACL_ADMIN|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS,
        0,
        AR_CMDTAB_GROUP_SERVER, "1.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 115, 0, 4, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 147 */ {"scan", "scan", -1, 0, 0, -2,
        AR_CMDTAB_F_READONLY,
        AR_CMDTAB_ACL_KEYSPACE|AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_SLOW,
        AR_CMDTAB_TIP_NONDETERMINISTIC_OUTPUT|AR_CMDTAB_TIP_REQUEST_POLICY_SPECIAL,
        AR_CMDTAB_GROUP_GENERIC, "2.8.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 115, 0, 4, 1,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 148 */ {"scard", "scard", -1, 0, 0, 2,
        AR_CMDTAB_F_READONLY|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_SET|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_SET, "1.0.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 115, 1, 5, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 149 */ {"script", "script", -1, 346, 6, -2,
        0,
        AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_SCRIPTING, "2.6.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 116, 0, 5, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 150 */ {"sdiff", "sdiff", -1, 0, 0, -2,
        AR_CMDTAB_F_READONLY,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_SET|AR_CMDTAB_ACL_SLOW,
        AR_CMDTAB_TIP_NONDETERMINISTIC_OUTPUT_ORDER,
        AR_CMDTAB_GROUP_SET, "1.0.0", NULL, 1, -1, 1,
        AR_CMDTAB_KEYS_SPECS, 116, 1, 5, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 151 */ {"sdiffstore", "sdiffstore", -1, 0, 0, -3,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_DENYOOM,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_SET|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_SET, "1.0.0", NULL, 1, -1, 1,
        AR_CMDTAB_KEYS_SPECS, 117, 2, 5, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 152 */ {"select", "select", -1, 0, 0, 2,
        AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_FAST|AR_CMDTAB_ACL_CONNECTION,
        0,
        AR_CMDTAB_GROUP_CONNECTION, "1.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 119, 0, 5, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 153 */ {"set", "set", -1, 0, 0, -3,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_DENYOOM,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_STRING|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_STRING, "1.0.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 119, 1, 5, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 154 */ {"setbit", "setbit", -1, 0, 0, 4,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_DENYOOM,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_BITMAP|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_BITMAP, "2.2.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 120, 1, 5, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 155 */ {"setex", "setex", -1, 0, 0, 4,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_DENYOOM,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_STRING|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_STRING, "2.0.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 121, 1, 5, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 156 */ {"setnx", "setnx", -1, 0, 0, 3,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_DENYOOM|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_STRING|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_STRING, "1.0.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 122, 1, 5, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 157 */ {"setrange", "setrange", -1, 0, 0, 4,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_DENYOOM,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_STRING|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_STRING, "2.2.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 123, 1, 5, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 158 */ {"shutdown", "shutdown", -1, 0, 0, -1,
        AR_CMDTAB_F_ADMIN|AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE|AR_CMDTAB_F_NO_MULTI|AR_CMDTAB_F_ALLOW_BUSY,
        AR_CMDTAB_ACL_ADMIN|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS,
        0,
        AR_CMDTAB_GROUP_SERVER, "1.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 124, 0, 5, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 159 */ {"sinter", "sinter", -1, 0, 0, -2,
        AR_CMDTAB_F_READONLY,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_SET|AR_CMDTAB_ACL_SLOW,
        AR_CMDTAB_TIP_NONDETERMINISTIC_OUTPUT_ORDER,
        AR_CMDTAB_GROUP_SET, "1.0.0", NULL, 1, -1, 1,
        AR_CMDTAB_KEYS_SPECS, 124, 1, 5, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 160 */ {"sintercard", "sintercard", -1, 0, 0, -3,
        AR_CMDTAB_F_READONLY|AR_CMDTAB_F_MOVABLEKEYS,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_SET|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_SET, "7.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 125, 1, 5, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 161 */ {"sinterstore", "sinterstore", -1, 0, 0, -3,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_DENYOOM,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_SET|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_SET, "1.0.0", NULL, 1, -1, 1,
        AR_CMDTAB_KEYS_SPECS, 126, 2, 5, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 162 */ {"sismember", "sismember", -1, 0, 0, 3,
        AR_CMDTAB_F_READONLY|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_SET|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_SET, "1.0.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 128, 1, 5, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 163 */ {"slaveof", "slaveof", -1, 0, 0, 3,
        AR_CMDTAB_F_ADMIN|AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_STALE|AR_CMDTAB_F_NO_ASYNC_LOADING,
        AR_CMDTAB_ACL_ADMIN|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS,
        0,
        AR_CMDTAB_GROUP_SERVER, "1.0.0", "5.0.0", 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 129, 0, 5, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 164 */ {"slowlog", "slowlog", -1, 352, 4, -2,
        0,
        AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_SERVER, "2.2.12", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 129, 0, 5, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 165 */ {"smembers", "smembers", -1, 0, 0, 2,
        AR_CMDTAB_F_READONLY,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_SET|AR_CMDTAB_ACL_SLOW,
        AR_CMDTAB_TIP_NONDETERMINISTIC_OUTPUT_ORDER,
        AR_CMDTAB_GROUP_SET, "1.0.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 129, 1, 5, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 166 */ {"smismember", "smismember", -1, 0, 0, -3,
        AR_CMDTAB_F_READONLY|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_SET|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_SET, "6.2.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 130, 1, 5, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 167 */ {"smove", "smove", -1, 0, 0, 4,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_SET|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_SET, "1.0.0", NULL, 1, 2, 1,
        AR_CMDTAB_KEYS_SPECS, 131, 2, 5, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 168 */ {"sort", "sort", -1, 0, 0, -2,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_DENYOOM|AR_CMDTAB_F_MOVABLEKEYS,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_SET|AR_CMDTAB_ACL_SORTEDSET|AR_CMDTAB_ACL_LIST|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS,
        0,
        AR_CMDTAB_GROUP_GENERIC, "1.0.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 133, 1, 5, 1,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 169 */ {"sort_ro", "sort_ro", -1, 0, 0, -2,
        AR_CMDTAB_F_READONLY|AR_CMDTAB_F_MOVABLEKEYS,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_SET|AR_CMDTAB_ACL_SORTEDSET|AR_CMDTAB_ACL_LIST|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS,
        0,
        AR_CMDTAB_GROUP_GENERIC, "7.0.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 134, 1, 6, 1,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 170 */ {"spop", "spop", -1, 0, 0, -2,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_SET|AR_CMDTAB_ACL_FAST,
        AR_CMDTAB_TIP_NONDETERMINISTIC_OUTPUT,
        AR_CMDTAB_GROUP_SET, "1.0.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 135, 1, 7, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 171 */ {"spublish", "spublish", -1, 0, 0, 3,
        AR_CMDTAB_F_PUBSUB|AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_PUBSUB|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_PUBSUB, "7.0.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 136, 1, 7, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 172 */ {"srandmember", "srandmember", -1, 0, 0, -2,
        AR_CMDTAB_F_READONLY,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_SET|AR_CMDTAB_ACL_SLOW,
        AR_CMDTAB_TIP_NONDETERMINISTIC_OUTPUT,
        AR_CMDTAB_GROUP_SET, "1.0.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 137, 1, 7, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 173 */ {"srem", "srem", -1, 0, 0, -3,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_SET|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_SET, "1.0.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 138, 1, 7, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 174 */ {"sscan", "sscan", -1, 0, 0, -3,
        AR_CMDTAB_F_READONLY,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_SET|AR_CMDTAB_ACL_SLOW,
        AR_CMDTAB_TIP_NONDETERMINISTIC_OUTPUT,
        AR_CMDTAB_GROUP_SET, "2.8.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 139, 1, 7, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 175 */ {"ssubscribe", "ssubscribe", -1, 0, 0, -2,
        AR_CMDTAB_F_PUBSUB|AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_PUBSUB|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_PUBSUB, "7.0.0", NULL, 1, -1, 1,
        AR_CMDTAB_KEYS_SPECS, 140, 1, 7, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 176 */ {"strlen", "strlen", -1, 0, 0, 2,
        AR_CMDTAB_F_READONLY|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_STRING|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_STRING, "2.2.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 141, 1, 7, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 177 */ {"subscribe", "subscribe", -1, 0, 0, -2,
        AR_CMDTAB_F_PUBSUB|AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_PUBSUB|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_PUBSUB, "2.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 142, 0, 7, 1,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 178 */ {"substr", "substr", -1, 0, 0, 4,
        AR_CMDTAB_F_READONLY,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_STRING|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_STRING, "1.0.0", "2.0.0", 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 142, 1, 8, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 179 */ {"sunion", "sunion", -1, 0, 0, -2,
        AR_CMDTAB_F_READONLY,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_SET|AR_CMDTAB_ACL_SLOW,
        AR_CMDTAB_TIP_NONDETERMINISTIC_OUTPUT_ORDER,
        AR_CMDTAB_GROUP_SET, "1.0.0", NULL, 1, -1, 1,
        AR_CMDTAB_KEYS_SPECS, 143, 1, 8, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 180 */ {"sunionstore", "sunionstore", -1, 0, 0, -3,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_DENYOOM,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_SET|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_SET, "1.0.0", NULL, 1, -1, 1,
        AR_CMDTAB_KEYS_SPECS, 144, 2, 8, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 181 */ {"sunsubscribe", "sunsubscribe", -1, 0, 0, -1,
        AR_CMDTAB_F_PUBSUB|AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_PUBSUB|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_PUBSUB, "7.0.0", NULL, 1, -1, 1,
        AR_CMDTAB_KEYS_SPECS, 146, 1, 8, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 182 */ {"swapdb", "swapdb", -1, 0, 0, 3,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_KEYSPACE|AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_FAST|AR_CMDTAB_ACL_DANGEROUS,
        0,
        AR_CMDTAB_GROUP_SERVER, "4.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 147, 0, 8, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 183 */ {"sync", "sync", -1, 0, 0, 1,
        AR_CMDTAB_F_ADMIN|AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_NO_ASYNC_LOADING|AR_CMDTAB_F_NO_MULTI,
        AR_CMDTAB_ACL_ADMIN|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS,
        0,
        AR_CMDTAB_GROUP_SERVER, "1.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 147, 0, 8, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 184 */ {"time", "time", -1, 0, 0, 1,
        AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_FAST,
        AR_CMDTAB_TIP_NONDETERMINISTIC_OUTPUT,
        AR_CMDTAB_GROUP_SERVER, "2.6.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 147, 0, 8, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 185 */ {"touch", "touch", -1, 0, 0, -2,
        AR_CMDTAB_F_READONLY|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_KEYSPACE|AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_FAST,
        AR_CMDTAB_TIP_REQUEST_POLICY_MULTI_SHARD|AR_CMDTAB_TIP_RESPONSE_POLICY_AGG_SUM,
        AR_CMDTAB_GROUP_GENERIC, "3.2.1", NULL, 1, -1, 1,
        AR_CMDTAB_KEYS_SPECS, 147, 1, 8, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 186 */ {"ttl", "ttl", -1, 0, 0, 2,
        AR_CMDTAB_F_READONLY|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_KEYSPACE|AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_FAST,
        AR_CMDTAB_TIP_NONDETERMINISTIC_OUTPUT,
        AR_CMDTAB_GROUP_GENERIC, "1.0.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 148, 1, 8, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 187 */ {"type", "type", -1, 0, 0, 2,
        AR_CMDTAB_F_READONLY|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_KEYSPACE|AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_GENERIC, "1.0.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 149, 1, 8, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 188 */ {"unlink", "unlink", -1, 0, 0, -2,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_KEYSPACE|AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_FAST,
        AR_CMDTAB_TIP_REQUEST_POLICY_MULTI_SHARD|AR_CMDTAB_TIP_RESPONSE_POLICY_AGG_SUM,
        AR_CMDTAB_GROUP_GENERIC, "4.0.0", NULL, 1, -1, 1,
        AR_CMDTAB_KEYS_SPECS, 150, 1, 8, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 189 */ {"unsubscribe", "unsubscribe", -1, 0, 0, -1,
        AR_CMDTAB_F_PUBSUB|AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_PUBSUB|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_PUBSUB, "2.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 151, 0, 8, 1,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 190 */ {"unwatch", "unwatch", -1, 0, 0, 1,
        AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE|AR_CMDTAB_F_FAST|AR_CMDTAB_F_ALLOW_BUSY,
        AR_CMDTAB_ACL_FAST|AR_CMDTAB_ACL_TRANSACTION,
        0,
        AR_CMDTAB_GROUP_TRANSACTIONS, "2.2.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 151, 0, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 191 */ {"wait", "wait", -1, 0, 0, 3,
        AR_CMDTAB_F_NOSCRIPT,
        AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_CONNECTION,
        AR_CMDTAB_TIP_REQUEST_POLICY_ALL_SHARDS|AR_CMDTAB_TIP_RESPONSE_POLICY_AGG_MIN,
        AR_CMDTAB_GROUP_GENERIC, "3.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 151, 0, 9, 0,
        AR_CMDTAB_BLOCK_ARG_MS, 2, 0, 0},
    /* 192 */ {"watch", "watch", -1, 0, 0, -2,
        AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE|AR_CMDTAB_F_FAST|AR_CMDTAB_F_ALLOW_BUSY,
        AR_CMDTAB_ACL_FAST|AR_CMDTAB_ACL_TRANSACTION,
        0,
        AR_CMDTAB_GROUP_TRANSACTIONS, "2.2.0", NULL, 1, -1, 1,
        AR_CMDTAB_KEYS_SPECS, 151, 1, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 193 */ {"xack", "xack", -1, 0, 0, -4,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_STREAM|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_STREAM, "5.0.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 152, 1, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 194 */ {"xadd", "xadd", -1, 0, 0, -5,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_DENYOOM|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_STREAM|AR_CMDTAB_ACL_FAST,
        AR_CMDTAB_TIP_NONDETERMINISTIC_OUTPUT,
        AR_CMDTAB_GROUP_STREAM, "5.0.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 153, 1, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 195 */ {"xautoclaim", "xautoclaim", -1, 0, 0, -6,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_STREAM|AR_CMDTAB_ACL_FAST,
        AR_CMDTAB_TIP_NONDETERMINISTIC_OUTPUT,
        AR_CMDTAB_GROUP_STREAM, "6.2.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 154, 1, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 196 */ {"xclaim", "xclaim", -1, 0, 0, -6,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_STREAM|AR_CMDTAB_ACL_FAST,
        AR_CMDTAB_TIP_NONDETERMINISTIC_OUTPUT,
        AR_CMDTAB_GROUP_STREAM, "5.0.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 155, 1, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 197 */ {"xdel", "xdel", -1, 0, 0, -3,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_STREAM|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_STREAM, "5.0.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 156, 1, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 198 */ {"xgroup", "xgroup", -1, 356, 6, -2,
        0,
        AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_STREAM, "5.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 157, 0, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 199 */ {"xinfo", "xinfo", -1, 362, 4, -2,
        0,
        AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_STREAM, "5.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 157, 0, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 200 */ {"xlen", "xlen", -1, 0, 0, 2,
        AR_CMDTAB_F_READONLY|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_STREAM|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_STREAM, "5.0.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 157, 1, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 201 */ {"xpending", "xpending", -1, 0, 0, -3,
        AR_CMDTAB_F_READONLY,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_STREAM|AR_CMDTAB_ACL_SLOW,
        AR_CMDTAB_TIP_NONDETERMINISTIC_OUTPUT,
        AR_CMDTAB_GROUP_STREAM, "5.0.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 158, 1, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 202 */ {"xrange", "xrange", -1, 0, 0, -4,
        AR_CMDTAB_F_READONLY,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_STREAM|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_STREAM, "5.0.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 159, 1, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 203 */ {"xread", "xread", -1, 0, 0, -4,
        AR_CMDTAB_F_READONLY|AR_CMDTAB_F_BLOCKING|AR_CMDTAB_F_MOVABLEKEYS,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_STREAM|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_BLOCKING,
        0,
        AR_CMDTAB_GROUP_STREAM, "5.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 160, 1, 9, 0,
        AR_CMDTAB_BLOCK_OPTION_MS, 1, 10, 3},
    /* 204 */ {"xreadgroup", "xreadgroup", -1, 0, 0, -7,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_BLOCKING|AR_CMDTAB_F_MOVABLEKEYS,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_STREAM|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_BLOCKING,
        0,
        AR_CMDTAB_GROUP_STREAM, "5.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 161, 1, 9, 0,
        AR_CMDTAB_BLOCK_OPTION_MS, 1, 13, 5},
    /* 205 */ {"xrevrange", "xrevrange", -1, 0, 0, -4,
        AR_CMDTAB_F_READONLY,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_STREAM|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_STREAM, "5.0.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 162, 1, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 206 */ {"xsetid", "xsetid", -1, 0, 0, -3,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_DENYOOM|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_STREAM|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_STREAM, "5.0.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 163, 1, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 207 */ {"xtrim", "xtrim", -1, 0, 0, -4,
        AR_CMDTAB_F_WRITE,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_STREAM|AR_CMDTAB_ACL_SLOW,
        AR_CMDTAB_TIP_NONDETERMINISTIC_OUTPUT,
        AR_CMDTAB_GROUP_STREAM, "5.0.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 164, 1, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 208 */ {"zadd", "zadd", -1, 0, 0, -4,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_DENYOOM|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_SORTEDSET|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_SORTED_SET, "1.2.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 165, 1, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 209 */ {"zcard", "zcard", -1, 0, 0, 2,
        AR_CMDTAB_F_READONLY|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_SORTEDSET|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_SORTED_SET, "1.2.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 166, 1, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 210 */ {"zcount", "zcount", -1, 0, 0, 4,
        AR_CMDTAB_F_READONLY|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_SORTEDSET|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_SORTED_SET, "2.0.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 167, 1, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 211 */ {"zdiff", "zdiff", -1, 0, 0, -3,
        AR_CMDTAB_F_READONLY|AR_CMDTAB_F_MOVABLEKEYS,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_SORTEDSET|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_SORTED_SET, "6.2.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 168, 1, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 212 */ {"zdiffstore", "zdiffstore", -1, 0, 0, -4,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_DENYOOM|AR_CMDTAB_F_MOVABLEKEYS,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_SORTEDSET|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_SORTED_SET, "6.2.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 169, 2, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 213 */ {"zincrby", "zincrby", -1, 0, 0, 4,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_DENYOOM|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_SORTEDSET|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_SORTED_SET, "1.2.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 171, 1, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 214 */ {"zinter", "zinter", -1, 0, 0, -3,
        AR_CMDTAB_F_READONLY|AR_CMDTAB_F_MOVABLEKEYS,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_SORTEDSET|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_SORTED_SET, "6.2.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 172, 1, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 215 */ {"zintercard", "zintercard", -1, 0, 0, -3,
        AR_CMDTAB_F_READONLY|AR_CMDTAB_F_MOVABLEKEYS,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_SORTEDSET|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_SORTED_SET, "7.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 173, 1, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 216 */ {"zinterstore", "zinterstore", -1, 0, 0, -4,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_DENYOOM|AR_CMDTAB_F_MOVABLEKEYS,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_SORTEDSET|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_SORTED_SET, "2.0.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 174, 2, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 217 */ {"zlexcount", "zlexcount", -1, 0, 0, 4,
        AR_CMDTAB_F_READONLY|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_SORTEDSET|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_SORTED_SET, "2.8.9", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 176, 1, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 218 */ {"zmpop", "zmpop", -1, 0, 0, -4,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_MOVABLEKEYS,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_SORTEDSET|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_SORTED_SET, "7.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 177, 1, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 219 */ {"zmscore", "zmscore", -1, 0, 0, -3,
        AR_CMDTAB_F_READONLY|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_SORTEDSET|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_SORTED_SET, "6.2.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 178, 1, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 220 */ {"zpopmax", "zpopmax", -1, 0, 0, -2,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_SORTEDSET|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_SORTED_SET, "5.0.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 179, 1, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 221 */ {"zpopmin", "zpopmin", -1, 0, 0, -2,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_SORTEDSET|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_SORTED_SET, "5.0.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 180, 1, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 222 */ {"zrandmember", "zrandmember", -1, 0, 0, -2,
        AR_CMDTAB_F_READONLY,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_SORTEDSET|AR_CMDTAB_ACL_SLOW,
        AR_CMDTAB_TIP_NONDETERMINISTIC_OUTPUT,
        AR_CMDTAB_GROUP_SORTED_SET, "6.2.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 181, 1, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 223 */ {"zrange", "zrange", -1, 0, 0, -4,
        AR_CMDTAB_F_READONLY,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_SORTEDSET|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_SORTED_SET, "1.2.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 182, 1, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 224 */ {"zrangebylex", "zrangebylex", -1, 0, 0, -4,
        AR_CMDTAB_F_READONLY,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_SORTEDSET|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_SORTED_SET, "2.8.9", "6.2.0", 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 183, 1, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 225 */ {"zrangebyscore", "zrangebyscore", -1, 0, 0, -4,
        AR_CMDTAB_F_READONLY,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_SORTEDSET|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_SORTED_SET, "1.0.5", "6.2.0", 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 184, 1, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 226 */ {"zrangestore", "zrangestore", -1, 0, 0, -5,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_DENYOOM,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_SORTEDSET|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_SORTED_SET, "6.2.0", NULL, 1, 2, 1,
        AR_CMDTAB_KEYS_SPECS, 185, 2, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 227 */ {"zrank", "zrank", -1, 0, 0, 3,
        AR_CMDTAB_F_READONLY|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_SORTEDSET|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_SORTED_SET, "2.0.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 187, 1, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 228 */ {"zrem", "zrem", -1, 0, 0, -3,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_SORTEDSET|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_SORTED_SET, "1.2.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 188, 1, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 229 */ {"zremrangebylex", "zremrangebylex", -1, 0, 0, 4,
        AR_CMDTAB_F_WRITE,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_SORTEDSET|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_SORTED_SET, "2.8.9", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 189, 1, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 230 */ {"zremrangebyrank", "zremrangebyrank", -1, 0, 0, 4,
        AR_CMDTAB_F_WRITE,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_SORTEDSET|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_SORTED_SET, "2.0.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 190, 1, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 231 */ {"zremrangebyscore", "zremrangebyscore", -1, 0, 0, 4,
        AR_CMDTAB_F_WRITE,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_SORTEDSET|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_SORTED_SET, "1.2.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 191, 1, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 232 */ {"zrevrange", "zrevrange", -1, 0, 0, -4,
        AR_CMDTAB_F_READONLY,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_SORTEDSET|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_SORTED_SET, "1.2.0", "6.2.0", 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 192, 1, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 233 */ {"zrevrangebylex", "zrevrangebylex", -1, 0, 0, -4,
        AR_CMDTAB_F_READONLY,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_SORTEDSET|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_SORTED_SET, "2.8.9", "6.2.0", 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 193, 1, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 234 */ {"zrevrangebyscore", "zrevrangebyscore", -1, 0, 0, -4,
        AR_CMDTAB_F_READONLY,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_SORTEDSET|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_SORTED_SET, "2.2.0", "6.2.0", 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 194, 1, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 235 */ {"zrevrank", "zrevrank", -1, 0, 0, 3,
        AR_CMDTAB_F_READONLY|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_SORTEDSET|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_SORTED_SET, "2.0.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 195, 1, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 236 */ {"zscan", "zscan", -1, 0, 0, -3,
        AR_CMDTAB_F_READONLY,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_SORTEDSET|AR_CMDTAB_ACL_SLOW,
        AR_CMDTAB_TIP_NONDETERMINISTIC_OUTPUT,
        AR_CMDTAB_GROUP_SORTED_SET, "2.8.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 196, 1, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 237 */ {"zscore", "zscore", -1, 0, 0, 3,
        AR_CMDTAB_F_READONLY|AR_CMDTAB_F_FAST,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_SORTEDSET|AR_CMDTAB_ACL_FAST,
        0,
        AR_CMDTAB_GROUP_SORTED_SET, "1.2.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 197, 1, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 238 */ {"zunion", "zunion", -1, 0, 0, -3,
        AR_CMDTAB_F_READONLY|AR_CMDTAB_F_MOVABLEKEYS,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_SORTEDSET|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_SORTED_SET, "6.2.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 198, 1, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 239 */ {"zunionstore", "zunionstore", -1, 0, 0, -4,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_DENYOOM|AR_CMDTAB_F_MOVABLEKEYS,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_SORTEDSET|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_SORTED_SET, "2.0.0", NULL, 1, 1, 1,
        AR_CMDTAB_KEYS_SPECS, 199, 2, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 240 */ {"cat", "acl|cat", 0, 0, 0, -2,
        AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_SERVER, "6.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 241 */ {"deluser", "acl|deluser", 0, 0, 0, -3,
        AR_CMDTAB_F_ADMIN|AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_ADMIN|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS,
        0,
        AR_CMDTAB_GROUP_SERVER, "6.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 242 */ {"dryrun", "acl|dryrun", 0, 0, 0, -4,
        AR_CMDTAB_F_ADMIN|AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_ADMIN|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS,
        0,
        AR_CMDTAB_GROUP_SERVER, "7.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 243 */ {"genpass", "acl|genpass", 0, 0, 0, -2,
        AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_SERVER, "6.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 244 */ {"getuser", "acl|getuser", 0, 0, 0, 3,
        AR_CMDTAB_F_ADMIN|AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_ADMIN|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS,
        0,
        AR_CMDTAB_GROUP_SERVER, "6.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 245 */ {"help", "acl|help", 0, 0, 0, 2,
        AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_SERVER, "6.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 246 */ {"list", "acl|list", 0, 0, 0, 2,
        AR_CMDTAB_F_ADMIN|AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_ADMIN|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS,
        0,
        AR_CMDTAB_GROUP_SERVER, "6.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 247 */ {"load", "acl|load", 0, 0, 0, 2,
        AR_CMDTAB_F_ADMIN|AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_ADMIN|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS,
        0,
        AR_CMDTAB_GROUP_SERVER, "6.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 248 */ {"log", "acl|log", 0, 0, 0, -2,
        AR_CMDTAB_F_ADMIN|AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_ADMIN|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS,
        0,
        AR_CMDTAB_GROUP_SERVER, "6.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 249 */ {"save", "acl|save", 0, 0, 0, 2,
        AR_CMDTAB_F_ADMIN|AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_ADMIN|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS,
        0,
        AR_CMDTAB_GROUP_SERVER, "6.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 250 */ {"setuser", "acl|setuser", 0, 0, 0, -3,
        AR_CMDTAB_F_ADMIN|AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_ADMIN|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS,
        0,
        AR_CMDTAB_GROUP_SERVER, "6.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 251 */ {"users", "acl|users", 0, 0, 0, 2,
        AR_CMDTAB_F_ADMIN|AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_ADMIN|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS,
        0,
        AR_CMDTAB_GROUP_SERVER, "6.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 252 */ {"whoami", "acl|whoami", 0, 0, 0, 2,
        AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_SERVER, "6.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 253 */ {"caching", "client|caching", 19, 0, 0, 3,
        AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_CONNECTION,
        0,
        AR_CMDTAB_GROUP_CONNECTION, "6.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 254 */ {"getname", "client|getname", 19, 0, 0, 2,
        AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_CONNECTION,
        0,
        AR_CMDTAB_GROUP_CONNECTION, "2.6.9", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 255 */ {"getredir", "client|getredir", 19, 0, 0, 2,
        AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_CONNECTION,
        0,
        AR_CMDTAB_GROUP_CONNECTION, "6.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 256 */ {"help", "client|help", 19, 0, 0, 2,
        AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_CONNECTION,
        0,
        AR_CMDTAB_GROUP_CONNECTION, "5.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 257 */ {"id", "client|id", 19, 0, 0, 2,
        AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_CONNECTION,
        0,
        AR_CMDTAB_GROUP_CONNECTION, "5.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 258 */ {"info", "client|info", 19, 0, 0, 2,
        AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_CONNECTION,
        AR_CMDTAB_TIP_NONDETERMINISTIC_OUTPUT,
        AR_CMDTAB_GROUP_CONNECTION, "6.2.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 259 */ {"kill", "client|kill", 19, 0, 0, -3,
        AR_CMDTAB_F_ADMIN|AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_ADMIN|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS|AR_CMDTAB_ACL_CONNECTION,
        0,
        AR_CMDTAB_GROUP_CONNECTION, "2.4.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 260 */ {"list", "client|list", 19, 0, 0, -2,
        AR_CMDTAB_F_ADMIN|AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_ADMIN|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS|AR_CMDTAB_ACL_CONNECTION,
        AR_CMDTAB_TIP_NONDETERMINISTIC_OUTPUT,
        AR_CMDTAB_GROUP_CONNECTION, "2.4.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 261 */ {"no-evict", "client|no-evict", 19, 0, 0, 3,
        AR_CMDTAB_F_ADMIN|AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_ADMIN|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS|AR_CMDTAB_ACL_CONNECTION,
        0,
        AR_CMDTAB_GROUP_CONNECTION, "7.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 262 */ {"pause", "client|pause", 19, 0, 0, -3,
        AR_CMDTAB_F_ADMIN|AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_ADMIN|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS|AR_CMDTAB_ACL_CONNECTION,
        0,
        AR_CMDTAB_GROUP_CONNECTION, "2.9.50", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 263 */ {"reply", "client|reply", 19, 0, 0, 3,
        AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_CONNECTION,
        0,
        AR_CMDTAB_GROUP_CONNECTION, "3.2.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 264 */ {"setname", "client|setname", 19, 0, 0, 3,
        AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_CONNECTION,
        0,
        AR_CMDTAB_GROUP_CONNECTION, "2.6.9", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 9, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 265 */ {"tracking", "client|tracking", 19, 0, 0, -3,
        AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_CONNECTION,
        0,
        AR_CMDTAB_GROUP_CONNECTION, "6.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 9, 1,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 266 */ {"trackinginfo", "client|trackinginfo", 19, 0, 0, 2,
        AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_CONNECTION,
        0,
        AR_CMDTAB_GROUP_CONNECTION, "6.2.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 267 */ {"unblock", "client|unblock", 19, 0, 0, -3,
        AR_CMDTAB_F_ADMIN|AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_ADMIN|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS|AR_CMDTAB_ACL_CONNECTION,
        0,
        AR_CMDTAB_GROUP_CONNECTION, "5.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 268 */ {"unpause", "client|unpause", 19, 0, 0, 2,
        AR_CMDTAB_F_ADMIN|AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_ADMIN|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS|AR_CMDTAB_ACL_CONNECTION,
        0,
        AR_CMDTAB_GROUP_CONNECTION, "6.2.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 269 */ {"addslots", "cluster|addslots", 20, 0, 0, -3,
        AR_CMDTAB_F_ADMIN|AR_CMDTAB_F_STALE|AR_CMDTAB_F_NO_ASYNC_LOADING,
        AR_CMDTAB_ACL_ADMIN|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS,
        0,
        AR_CMDTAB_GROUP_CLUSTER, "3.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 270 */ {"addslotsrange", "cluster|addslotsrange", 20, 0, 0, -4,
        AR_CMDTAB_F_ADMIN|AR_CMDTAB_F_STALE|AR_CMDTAB_F_NO_ASYNC_LOADING,
        AR_CMDTAB_ACL_ADMIN|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS,
        0,
        AR_CMDTAB_GROUP_CLUSTER, "7.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 271 */ {"bumpepoch", "cluster|bumpepoch", 20, 0, 0, 2,
        AR_CMDTAB_F_ADMIN|AR_CMDTAB_F_STALE|AR_CMDTAB_F_NO_ASYNC_LOADING,
        AR_CMDTAB_ACL_ADMIN|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS,
        AR_CMDTAB_TIP_NONDETERMINISTIC_OUTPUT,
        AR_CMDTAB_GROUP_CLUSTER, "3.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 272 */ {"count-failure-reports", "cluster|count-failure-reports", 20, 0, 0, 3,
        AR_CMDTAB_F_ADMIN|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_ADMIN|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS,
        AR_CMDTAB_TIP_NONDETERMINISTIC_OUTPUT,
        AR_CMDTAB_GROUP_CLUSTER, "3.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 273 */ {"countkeysinslot", "cluster|countkeysinslot", 20, 0, 0, 3,
        AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_CLUSTER, "3.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 274 */ {"delslots", "cluster|delslots", 20, 0, 0, -3,
        AR_CMDTAB_F_ADMIN|AR_CMDTAB_F_STALE|AR_CMDTAB_F_NO_ASYNC_LOADING,
        AR_CMDTAB_ACL_ADMIN|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS,
        0,
        AR_CMDTAB_GROUP_CLUSTER, "3.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 275 */ {"delslotsrange", "cluster|delslotsrange", 20, 0, 0, -4,
        AR_CMDTAB_F_ADMIN|AR_CMDTAB_F_STALE|AR_CMDTAB_F_NO_ASYNC_LOADING,
        AR_CMDTAB_ACL_ADMIN|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS,
        0,
        AR_CMDTAB_GROUP_CLUSTER, "7.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 276 */ {"failover", "cluster|failover", 20, 0, 0, -2,
        AR_CMDTAB_F_ADMIN|AR_CMDTAB_F_STALE|AR_CMDTAB_F_NO_ASYNC_LOADING,
        AR_CMDTAB_ACL_ADMIN|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS,
        0,
        AR_CMDTAB_GROUP_CLUSTER, "3.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 277 */ {"flushslots", "cluster|flushslots", 20, 0, 0, 2,
        AR_CMDTAB_F_ADMIN|AR_CMDTAB_F_STALE|AR_CMDTAB_F_NO_ASYNC_LOADING,
        AR_CMDTAB_ACL_ADMIN|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS,
        0,
        AR_CMDTAB_GROUP_CLUSTER, "3.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 278 */ {"forget", "cluster|forget", 20, 0, 0, 3,
        AR_CMDTAB_F_ADMIN|AR_CMDTAB_F_STALE|AR_CMDTAB_F_NO_ASYNC_LOADING,
        AR_CMDTAB_ACL_ADMIN|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS,
        0,
        AR_CMDTAB_GROUP_CLUSTER, "3.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 279 */ {"getkeysinslot", "cluster|getkeysinslot", 20, 0, 0, 4,
        AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_SLOW,
        AR_CMDTAB_TIP_NONDETERMINISTIC_OUTPUT,
        AR_CMDTAB_GROUP_CLUSTER, "3.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 280 */ {"help", "cluster|help", 20, 0, 0, 2,
        AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_CLUSTER, "5.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 281 */ {"info", "cluster|info", 20, 0, 0, 2,
        AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_SLOW,
        AR_CMDTAB_TIP_NONDETERMINISTIC_OUTPUT,
        AR_CMDTAB_GROUP_CLUSTER, "3.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 282 */ {"keyslot", "cluster|keyslot", 20, 0, 0, 3,
        AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_CLUSTER, "3.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 283 */ {"links", "cluster|links", 20, 0, 0, 2,
        AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_SLOW,
        AR_CMDTAB_TIP_NONDETERMINISTIC_OUTPUT,
        AR_CMDTAB_GROUP_CLUSTER, "7.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 284 */ {"meet", "cluster|meet", 20, 0, 0, -4,
        AR_CMDTAB_F_ADMIN|AR_CMDTAB_F_STALE|AR_CMDTAB_F_NO_ASYNC_LOADING,
        AR_CMDTAB_ACL_ADMIN|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS,
        0,
        AR_CMDTAB_GROUP_CLUSTER, "3.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 285 */ {"myid", "cluster|myid", 20, 0, 0, 2,
        AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_CLUSTER, "3.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 286 */ {"nodes", "cluster|nodes", 20, 0, 0, 2,
        AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_SLOW,
        AR_CMDTAB_TIP_NONDETERMINISTIC_OUTPUT,
        AR_CMDTAB_GROUP_CLUSTER, "3.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 287 */ {"replicas", "cluster|replicas", 20, 0, 0, 3,
        AR_CMDTAB_F_ADMIN|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_ADMIN|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS,
        AR_CMDTAB_TIP_NONDETERMINISTIC_OUTPUT,
        AR_CMDTAB_GROUP_CLUSTER, "5.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 288 */ {"replicate", "cluster|replicate", 20, 0, 0, 3,
        AR_CMDTAB_F_ADMIN|AR_CMDTAB_F_STALE|AR_CMDTAB_F_NO_ASYNC_LOADING,
        AR_CMDTAB_ACL_ADMIN|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS,
        0,
        AR_CMDTAB_GROUP_CLUSTER, "3.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 289 */ {"reset", "cluster|reset", 20, 0, 0, -2,
        AR_CMDTAB_F_ADMIN|AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_ADMIN|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS,
        0,
        AR_CMDTAB_GROUP_CLUSTER, "3.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 290 */ {"saveconfig", "cluster|saveconfig", 20, 0, 0, 2,
        AR_CMDTAB_F_ADMIN|AR_CMDTAB_F_STALE|AR_CMDTAB_F_NO_ASYNC_LOADING,
        AR_CMDTAB_ACL_ADMIN|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS,
        0,
        AR_CMDTAB_GROUP_CLUSTER, "3.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 291 */ {"set-config-epoch", "cluster|set-config-epoch", 20, 0, 0, 3,
        AR_CMDTAB_F_ADMIN|AR_CMDTAB_F_STALE|AR_CMDTAB_F_NO_ASYNC_LOADING,
        AR_CMDTAB_ACL_ADMIN|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS,
        0,
        AR_CMDTAB_GROUP_CLUSTER, "3.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 292 */ {"setslot", "cluster|setslot", 20, 0, 0, -4,
        AR_CMDTAB_F_ADMIN|AR_CMDTAB_F_STALE|AR_CMDTAB_F_NO_ASYNC_LOADING,
        AR_CMDTAB_ACL_ADMIN|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS,
        0,
        AR_CMDTAB_GROUP_CLUSTER, "3.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 293 */ {"shards", "cluster|shards", 20, 0, 0, 2,
        AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_SLOW,
        AR_CMDTAB_TIP_NONDETERMINISTIC_OUTPUT,
        AR_CMDTAB_GROUP_CLUSTER, "7.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 294 */ {"slaves", "cluster|slaves", 20, 0, 0, 3,
        AR_CMDTAB_F_ADMIN|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_ADMIN|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS,
        AR_CMDTAB_TIP_NONDETERMINISTIC_OUTPUT,
        AR_CMDTAB_GROUP_CLUSTER, "3.0.0", "5.0.0", 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 295 */ {"slots", "cluster|slots", 20, 0, 0, 2,
        AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_SLOW,
        AR_CMDTAB_TIP_NONDETERMINISTIC_OUTPUT,
        AR_CMDTAB_GROUP_CLUSTER, "3.0.0", "7.0.0", 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 296 */ {"count", "command|count", 21, 0, 0, 2,
        AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_CONNECTION,
        0,
        AR_CMDTAB_GROUP_SERVER, "2.8.13", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 297 */ {"docs", "command|docs", 21, 0, 0, -2,
        AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_CONNECTION,
        AR_CMDTAB_TIP_NONDETERMINISTIC_OUTPUT_ORDER,
        AR_CMDTAB_GROUP_SERVER, "7.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 298 */ {"getkeys", "command|getkeys", 21, 0, 0, -4,
        AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_CONNECTION,
        0,
        AR_CMDTAB_GROUP_SERVER, "2.8.13", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 299 */ {"getkeysandflags", "command|getkeysandflags", 21, 0, 0, -4,
        AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_CONNECTION,
        0,
        AR_CMDTAB_GROUP_SERVER, "7.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 300 */ {"help", "command|help", 21, 0, 0, 2,
        AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_CONNECTION,
        0,
        AR_CMDTAB_GROUP_SERVER, "5.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 301 */ {"info", "command|info", 21, 0, 0, -2,
        AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_CONNECTION,
        AR_CMDTAB_TIP_NONDETERMINISTIC_OUTPUT_ORDER,
        AR_CMDTAB_GROUP_SERVER, "2.8.13", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 302 */ {"list", "command|list", 21, 0, 0, -2,
        AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_CONNECTION,
        AR_CMDTAB_TIP_NONDETERMINISTIC_OUTPUT_ORDER,
        AR_CMDTAB_GROUP_SERVER, "7.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 303 */ {"get", "config|get", 22, 0, 0, -3,
        AR_CMDTAB_F_ADMIN|AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_ADMIN|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS,
        0,
        AR_CMDTAB_GROUP_SERVER, "2.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 304 */ {"help", "config|help", 22, 0, 0, 2,
        AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_SERVER, "5.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 305 */ {"resetstat", "config|resetstat", 22, 0, 0, 2,
        AR_CMDTAB_F_ADMIN|AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_ADMIN|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS,
        0,
        AR_CMDTAB_GROUP_SERVER, "2.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 306 */ {"rewrite", "config|rewrite", 22, 0, 0, 2,
        AR_CMDTAB_F_ADMIN|AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_ADMIN|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS,
        0,
        AR_CMDTAB_GROUP_SERVER, "2.8.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 307 */ {"set", "config|set", 22, 0, 0, -4,
        AR_CMDTAB_F_ADMIN|AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_ADMIN|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS,
        AR_CMDTAB_TIP_REQUEST_POLICY_ALL_NODES|AR_CMDTAB_TIP_RESPONSE_POLICY_ALL_SUCCEEDED,
        AR_CMDTAB_GROUP_SERVER, "2.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 308 */ {"delete", "function|delete", 46, 0, 0, 3,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_NOSCRIPT,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_SCRIPTING,
        AR_CMDTAB_TIP_REQUEST_POLICY_ALL_SHARDS|AR_CMDTAB_TIP_RESPONSE_POLICY_ALL_SUCCEEDED,
        AR_CMDTAB_GROUP_SCRIPTING, "7.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 309 */ {"dump", "function|dump", 46, 0, 0, 2,
        AR_CMDTAB_F_NOSCRIPT,
        AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_SCRIPTING,
        0,
        AR_CMDTAB_GROUP_SCRIPTING, "7.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 310 */ {"flush", "function|flush", 46, 0, 0, -2,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_NOSCRIPT,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_SCRIPTING,
        AR_CMDTAB_TIP_REQUEST_POLICY_ALL_SHARDS|AR_CMDTAB_TIP_RESPONSE_POLICY_ALL_SUCCEEDED,
        AR_CMDTAB_GROUP_SCRIPTING, "7.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 311 */ {"help", "function|help", 46, 0, 0, 2,
        AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_SCRIPTING,
        0,
        AR_CMDTAB_GROUP_SCRIPTING, "7.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 312 */ {"kill", "function|kill", 46, 0, 0, 2,
        AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_ALLOW_BUSY,
        AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_SCRIPTING,
        AR_CMDTAB_TIP_REQUEST_POLICY_ALL_SHARDS|AR_CMDTAB_TIP_RESPONSE_POLICY_ONE_SUCCEEDED,
        AR_CMDTAB_GROUP_SCRIPTING, "7.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 313 */ {"list", "function|list", 46, 0, 0, -2,
        AR_CMDTAB_F_NOSCRIPT,
        AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_SCRIPTING,
        AR_CMDTAB_TIP_NONDETERMINISTIC_OUTPUT_ORDER,
        AR_CMDTAB_GROUP_SCRIPTING, "7.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 314 */ {"load", "function|load", 46, 0, 0, -3,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_DENYOOM|AR_CMDTAB_F_NOSCRIPT,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_SCRIPTING,
        AR_CMDTAB_TIP_REQUEST_POLICY_ALL_SHARDS|AR_CMDTAB_TIP_RESPONSE_POLICY_ALL_SUCCEEDED,
        AR_CMDTAB_GROUP_SCRIPTING, "7.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 315 */ {"restore", "function|restore", 46, 0, 0, -3,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_DENYOOM|AR_CMDTAB_F_NOSCRIPT,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_SCRIPTING,
        AR_CMDTAB_TIP_REQUEST_POLICY_ALL_SHARDS|AR_CMDTAB_TIP_RESPONSE_POLICY_ALL_SUCCEEDED,
        AR_CMDTAB_GROUP_SCRIPTING, "7.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 316 */ {"stats", "function|stats", 46, 0, 0, 2,
        AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_ALLOW_BUSY,
        AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_SCRIPTING,
        AR_CMDTAB_TIP_NONDETERMINISTIC_OUTPUT|AR_CMDTAB_TIP_REQUEST_POLICY_ALL_SHARDS|AR_CMDTAB_TIP_RESPONSE_POLICY_SPECIAL,
        AR_CMDTAB_GROUP_SCRIPTING, "7.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 317 */ {"doctor", "latency|doctor", 86, 0, 0, 2,
        AR_CMDTAB_F_ADMIN|AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_ADMIN|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS,
        AR_CMDTAB_TIP_NONDETERMINISTIC_OUTPUT|AR_CMDTAB_TIP_REQUEST_POLICY_ALL_NODES|AR_CMDTAB_TIP_RESPONSE_POLICY_SPECIAL,
        AR_CMDTAB_GROUP_SERVER, "2.8.13", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 318 */ {"graph", "latency|graph", 86, 0, 0, 3,
        AR_CMDTAB_F_ADMIN|AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_ADMIN|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS,
        AR_CMDTAB_TIP_NONDETERMINISTIC_OUTPUT|AR_CMDTAB_TIP_REQUEST_POLICY_ALL_NODES|AR_CMDTAB_TIP_RESPONSE_POLICY_SPECIAL,
        AR_CMDTAB_GROUP_SERVER, "2.8.13", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 319 */ {"help", "latency|help", 86, 0, 0, 2,
        AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_SERVER, "2.8.13", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 320 */ {"histogram", "latency|histogram", 86, 0, 0, -2,
        AR_CMDTAB_F_ADMIN|AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_ADMIN|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS,
        AR_CMDTAB_TIP_NONDETERMINISTIC_OUTPUT|AR_CMDTAB_TIP_REQUEST_POLICY_ALL_NODES|AR_CMDTAB_TIP_RESPONSE_POLICY_SPECIAL,
        AR_CMDTAB_GROUP_SERVER, "7.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 321 */ {"history", "latency|history", 86, 0, 0, 3,
        AR_CMDTAB_F_ADMIN|AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_ADMIN|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS,
        AR_CMDTAB_TIP_NONDETERMINISTIC_OUTPUT|AR_CMDTAB_TIP_REQUEST_POLICY_ALL_NODES|AR_CMDTAB_TIP_RESPONSE_POLICY_SPECIAL,
        AR_CMDTAB_GROUP_SERVER, "2.8.13", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 322 */ {"latest", "latency|latest", 86, 0, 0, 2,
        AR_CMDTAB_F_ADMIN|AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_ADMIN|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS,
        AR_CMDTAB_TIP_NONDETERMINISTIC_OUTPUT|AR_CMDTAB_TIP_REQUEST_POLICY_ALL_NODES|AR_CMDTAB_TIP_RESPONSE_POLICY_SPECIAL,
        AR_CMDTAB_GROUP_SERVER, "2.8.13", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 323 */ {"reset", "latency|reset", 86, 0, 0, -2,
        AR_CMDTAB_F_ADMIN|AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_ADMIN|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS,
        AR_CMDTAB_TIP_REQUEST_POLICY_ALL_NODES|AR_CMDTAB_TIP_RESPONSE_POLICY_ALL_SUCCEEDED,
        AR_CMDTAB_GROUP_SERVER, "2.8.13", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 324 */ {"doctor", "memory|doctor", 102, 0, 0, 2,
        0,
        AR_CMDTAB_ACL_SLOW,
        AR_CMDTAB_TIP_NONDETERMINISTIC_OUTPUT|AR_CMDTAB_TIP_REQUEST_POLICY_ALL_SHARDS|AR_CMDTAB_TIP_RESPONSE_POLICY_SPECIAL,
        AR_CMDTAB_GROUP_SERVER, "4.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 325 */ {"help", "memory|help", 102, 0, 0, 2,
        AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_SERVER, "4.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 326 */ {"malloc-stats", "memory|malloc-stats", 102, 0, 0, 2,
        0,
        AR_CMDTAB_ACL_SLOW,
        AR_CMDTAB_TIP_NONDETERMINISTIC_OUTPUT|AR_CMDTAB_TIP_REQUEST_POLICY_ALL_SHARDS|AR_CMDTAB_TIP_RESPONSE_POLICY_SPECIAL,
        AR_CMDTAB_GROUP_SERVER, "4.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 327 */ {"purge", "memory|purge", 102, 0, 0, 2,
        0,
        AR_CMDTAB_ACL_SLOW,
        AR_CMDTAB_TIP_REQUEST_POLICY_ALL_SHARDS|AR_CMDTAB_TIP_RESPONSE_POLICY_ALL_SUCCEEDED,
        AR_CMDTAB_GROUP_SERVER, "4.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 328 */ {"stats", "memory|stats", 102, 0, 0, 2,
        0,
        AR_CMDTAB_ACL_SLOW,
        AR_CMDTAB_TIP_NONDETERMINISTIC_OUTPUT|AR_CMDTAB_TIP_REQUEST_POLICY_ALL_SHARDS|AR_CMDTAB_TIP_RESPONSE_POLICY_SPECIAL,
        AR_CMDTAB_GROUP_SERVER, "4.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 201, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 329 */ {"usage", "memory|usage", 102, 0, 0, -3,
        AR_CMDTAB_F_READONLY,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_SERVER, "4.0.0", NULL, 2, 2, 1,
        AR_CMDTAB_KEYS_SPECS, 201, 1, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 330 */ {"help", "module|help", 105, 0, 0, 2,
        AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_SERVER, "5.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 202, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 331 */ {"list", "module|list", 105, 0, 0, 2,
        AR_CMDTAB_F_ADMIN|AR_CMDTAB_F_NOSCRIPT,
        AR_CMDTAB_ACL_ADMIN|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS,
        AR_CMDTAB_TIP_NONDETERMINISTIC_OUTPUT_ORDER,
        AR_CMDTAB_GROUP_SERVER, "4.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 202, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 332 */ {"load", "module|load", 105, 0, 0, -3,
        AR_CMDTAB_F_ADMIN|AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_NO_ASYNC_LOADING,
        AR_CMDTAB_ACL_ADMIN|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS,
        0,
        AR_CMDTAB_GROUP_SERVER, "4.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 202, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 333 */ {"loadex", "module|loadex", 105, 0, 0, -3,
        AR_CMDTAB_F_ADMIN|AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_NO_ASYNC_LOADING,
        AR_CMDTAB_ACL_ADMIN|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS,
        0,
        AR_CMDTAB_GROUP_SERVER, "7.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 202, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 334 */ {"unload", "module|unload", 105, 0, 0, 3,
        AR_CMDTAB_F_ADMIN|AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_NO_ASYNC_LOADING,
        AR_CMDTAB_ACL_ADMIN|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS,
        0,
        AR_CMDTAB_GROUP_SERVER, "4.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 202, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 335 */ {"encoding", "object|encoding", 111, 0, 0, 3,
        AR_CMDTAB_F_READONLY,
        AR_CMDTAB_ACL_KEYSPACE|AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_SLOW,
        AR_CMDTAB_TIP_NONDETERMINISTIC_OUTPUT,
        AR_CMDTAB_GROUP_GENERIC, "2.2.3", NULL, 2, 2, 1,
        AR_CMDTAB_KEYS_SPECS, 202, 1, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 336 */ {"freq", "object|freq", 111, 0, 0, 3,
        AR_CMDTAB_F_READONLY,
        AR_CMDTAB_ACL_KEYSPACE|AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_SLOW,
        AR_CMDTAB_TIP_NONDETERMINISTIC_OUTPUT,
        AR_CMDTAB_GROUP_GENERIC, "4.0.0", NULL, 2, 2, 1,
        AR_CMDTAB_KEYS_SPECS, 203, 1, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 337 */ {"help", "object|help", 111, 0, 0, 2,
        AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_KEYSPACE|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_GENERIC, "6.2.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 204, 0, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 338 */ {"idletime", "object|idletime", 111, 0, 0, 3,
        AR_CMDTAB_F_READONLY,
        AR_CMDTAB_ACL_KEYSPACE|AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_SLOW,
        AR_CMDTAB_TIP_NONDETERMINISTIC_OUTPUT,
        AR_CMDTAB_GROUP_GENERIC, "2.2.3", NULL, 2, 2, 1,
        AR_CMDTAB_KEYS_SPECS, 204, 1, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 339 */ {"refcount", "object|refcount", 111, 0, 0, 3,
        AR_CMDTAB_F_READONLY,
        AR_CMDTAB_ACL_KEYSPACE|AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_SLOW,
        AR_CMDTAB_TIP_NONDETERMINISTIC_OUTPUT,
        AR_CMDTAB_GROUP_GENERIC, "2.2.3", NULL, 2, 2, 1,
        AR_CMDTAB_KEYS_SPECS, 205, 1, 10, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 340 */ {"channels", "pubsub|channels", 127, 0, 0, -2,
        AR_CMDTAB_F_PUBSUB|AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_PUBSUB|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_PUBSUB, "2.8.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 206, 0, 10, 1,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 341 */ {"help", "pubsub|help", 127, 0, 0, 2,
        AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_PUBSUB, "6.2.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 206, 0, 11, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 342 */ {"numpat", "pubsub|numpat", 127, 0, 0, 2,
        AR_CMDTAB_F_PUBSUB|AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_PUBSUB|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_PUBSUB, "2.8.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 206, 0, 11, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 343 */ {"numsub", "pubsub|numsub", 127, 0, 0, -2,
        AR_CMDTAB_F_PUBSUB|AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_PUBSUB|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_PUBSUB, "2.8.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 206, 0, 11, 1,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 344 */ {"shardchannels", "pubsub|shardchannels", 127, 0, 0, -2,
        AR_CMDTAB_F_PUBSUB|AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_PUBSUB|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_PUBSUB, "7.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 206, 0, 12, 1,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 345 */ {"shardnumsub", "pubsub|shardnumsub", 127, 0, 0, -2,
        AR_CMDTAB_F_PUBSUB|AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_PUBSUB|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_PUBSUB, "7.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 206, 0, 13, 1,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 346 */ {"debug", "script|debug", 149, 0, 0, 3,
        AR_CMDTAB_F_NOSCRIPT,
        AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_SCRIPTING,
        0,
        AR_CMDTAB_GROUP_SCRIPTING, "3.2.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 206, 0, 14, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 347 */ {"exists", "script|exists", 149, 0, 0, -3,
        AR_CMDTAB_F_NOSCRIPT,
        AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_SCRIPTING,
        AR_CMDTAB_TIP_REQUEST_POLICY_ALL_SHARDS|AR_CMDTAB_TIP_RESPONSE_POLICY_AGG_LOGICAL_AND,
        AR_CMDTAB_GROUP_SCRIPTING, "2.6.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 206, 0, 14, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 348 */ {"flush", "script|flush", 149, 0, 0, -2,
        AR_CMDTAB_F_NOSCRIPT,
        AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_SCRIPTING,
        AR_CMDTAB_TIP_REQUEST_POLICY_ALL_NODES|AR_CMDTAB_TIP_RESPONSE_POLICY_ALL_SUCCEEDED,
        AR_CMDTAB_GROUP_SCRIPTING, "2.6.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 206, 0, 14, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 349 */ {"help", "script|help", 149, 0, 0, 2,
        AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_SCRIPTING,
        0,
        AR_CMDTAB_GROUP_SCRIPTING, "5.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 206, 0, 14, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 350 */ {"kill", "script|kill", 149, 0, 0, 2,
        AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_ALLOW_BUSY,
        AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_SCRIPTING,
        AR_CMDTAB_TIP_REQUEST_POLICY_ALL_SHARDS|AR_CMDTAB_TIP_RESPONSE_POLICY_ONE_SUCCEEDED,
        AR_CMDTAB_GROUP_SCRIPTING, "2.6.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 206, 0, 14, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 351 */ {"load", "script|load", 149, 0, 0, 3,
        AR_CMDTAB_F_NOSCRIPT|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_SCRIPTING,
        AR_CMDTAB_TIP_REQUEST_POLICY_ALL_NODES|AR_CMDTAB_TIP_RESPONSE_POLICY_ALL_SUCCEEDED,
        AR_CMDTAB_GROUP_SCRIPTING, "2.6.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 206, 0, 14, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 352 */ {"get", "slowlog|get", 164, 0, 0, -2,
        AR_CMDTAB_F_ADMIN|AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_ADMIN|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS,
        AR_CMDTAB_TIP_NONDETERMINISTIC_OUTPUT|AR_CMDTAB_TIP_REQUEST_POLICY_ALL_NODES,
        AR_CMDTAB_GROUP_SERVER, "2.2.12", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 206, 0, 14, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 353 */ {"help", "slowlog|help", 164, 0, 0, 2,
        AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_SERVER, "6.2.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 206, 0, 14, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 354 */ {"len", "slowlog|len", 164, 0, 0, 2,
        AR_CMDTAB_F_ADMIN|AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_ADMIN|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS,
        AR_CMDTAB_TIP_NONDETERMINISTIC_OUTPUT|AR_CMDTAB_TIP_REQUEST_POLICY_ALL_NODES|AR_CMDTAB_TIP_RESPONSE_POLICY_AGG_SUM,
        AR_CMDTAB_GROUP_SERVER, "2.2.12", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 206, 0, 14, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 355 */ {"reset", "slowlog|reset", 164, 0, 0, 2,
        AR_CMDTAB_F_ADMIN|AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_ADMIN|AR_CMDTAB_ACL_SLOW|AR_CMDTAB_ACL_DANGEROUS,
        AR_CMDTAB_TIP_REQUEST_POLICY_ALL_NODES|AR_CMDTAB_TIP_RESPONSE_POLICY_ALL_SUCCEEDED,
        AR_CMDTAB_GROUP_SERVER, "2.2.12", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 206, 0, 14, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 356 */ {"create", "xgroup|create", 198, 0, 0, -5,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_DENYOOM,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_STREAM|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_STREAM, "5.0.0", NULL, 2, 2, 1,
        AR_CMDTAB_KEYS_SPECS, 206, 1, 14, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 357 */ {"createconsumer", "xgroup|createconsumer", 198, 0, 0, 5,
        AR_CMDTAB_F_WRITE|AR_CMDTAB_F_DENYOOM,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_STREAM|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_STREAM, "6.2.0", NULL, 2, 2, 1,
        AR_CMDTAB_KEYS_SPECS, 207, 1, 14, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 358 */ {"delconsumer", "xgroup|delconsumer", 198, 0, 0, 5,
        AR_CMDTAB_F_WRITE,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_STREAM|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_STREAM, "5.0.0", NULL, 2, 2, 1,
        AR_CMDTAB_KEYS_SPECS, 208, 1, 14, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 359 */ {"destroy", "xgroup|destroy", 198, 0, 0, 4,
        AR_CMDTAB_F_WRITE,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_STREAM|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_STREAM, "5.0.0", NULL, 2, 2, 1,
        AR_CMDTAB_KEYS_SPECS, 209, 1, 14, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 360 */ {"help", "xgroup|help", 198, 0, 0, 2,
        AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_STREAM|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_STREAM, "5.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 210, 0, 14, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 361 */ {"setid", "xgroup|setid", 198, 0, 0, -5,
        AR_CMDTAB_F_WRITE,
        AR_CMDTAB_ACL_WRITE|AR_CMDTAB_ACL_STREAM|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_STREAM, "5.0.0", NULL, 2, 2, 1,
        AR_CMDTAB_KEYS_SPECS, 210, 1, 14, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 362 */ {"consumers", "xinfo|consumers", 199, 0, 0, 4,
        AR_CMDTAB_F_READONLY,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_STREAM|AR_CMDTAB_ACL_SLOW,
        AR_CMDTAB_TIP_NONDETERMINISTIC_OUTPUT,
        AR_CMDTAB_GROUP_STREAM, "5.0.0", NULL, 2, 2, 1,
        AR_CMDTAB_KEYS_SPECS, 211, 1, 14, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 363 */ {"groups", "xinfo|groups", 199, 0, 0, 3,
        AR_CMDTAB_F_READONLY,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_STREAM|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_STREAM, "5.0.0", NULL, 2, 2, 1,
        AR_CMDTAB_KEYS_SPECS, 212, 1, 14, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 364 */ {"help", "xinfo|help", 199, 0, 0, 2,
        AR_CMDTAB_F_LOADING|AR_CMDTAB_F_STALE,
        AR_CMDTAB_ACL_STREAM|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_STREAM, "5.0.0", NULL, 0, 0, 0,
        AR_CMDTAB_KEYS_SPECS, 213, 0, 14, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
    /* 365 */ {"stream", "xinfo|stream", 199, 0, 0, -3,
        AR_CMDTAB_F_READONLY,
        AR_CMDTAB_ACL_READ|AR_CMDTAB_ACL_STREAM|AR_CMDTAB_ACL_SLOW,
        0,
        AR_CMDTAB_GROUP_STREAM, "5.0.0", NULL, 2, 2, 1,
        AR_CMDTAB_KEYS_SPECS, 213, 1, 14, 0,
        AR_CMDTAB_BLOCK_NONE, 0, 0, 0},
};
/* @generated tables } */

/* >>table-api impl ------------------------------------------------------- */
static int ar_cmdtab__lower(int ch) { return (ch >= 'A' && ch <= 'Z') ? ch + 32 : ch; }

/* s[0..n) compared case-insensitively with a lower-case NUL-terminated name */
static int ar_cmdtab__cmp(const char *s, size_t n, const char *name) {
    size_t i;
    for (i = 0; i < n; i++) {
        int a = ar_cmdtab__lower((unsigned char)s[i]), b = (unsigned char)name[i];
        if (b == 0) return 1;
        if (a != b) return a < b ? -1 : 1;
    }
    return name[n] ? -1 : 0;
}

static const ar_cmdtab_cmd *ar_cmdtab__search(int lo, int hi, const char *s, size_t n) {
#ifdef ASYNCREDIS_CMDTAB_FORGET /* a test build: top-level names the table pretends not to know (>>learn) */
    if (lo == 0 && hi == AR_CMDTAB_TOPLEVEL_COUNT && ASYNCREDIS_CMDTAB_FORGET(s, n)) return NULL;
#endif
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        int r = ar_cmdtab__cmp(s, n, ar_cmdtab__cmds[mid].name);
        if (r == 0) return &ar_cmdtab__cmds[mid];
        if (r < 0) hi = mid; else lo = mid + 1;
    }
    return NULL;
}

AR_API int ar_cmdtab_count(void) { return AR_CMDTAB_COUNT; }

AR_API const ar_cmdtab_cmd *ar_cmdtab_at(int i) {
    return (i >= 0 && i < AR_CMDTAB_COUNT) ? &ar_cmdtab__cmds[i] : NULL;
}

AR_API int ar_cmdtab_index(const ar_cmdtab_cmd *cmd) {
    return (int)(cmd - ar_cmdtab__cmds);
}

AR_API const ar_cmdtab_cmd *ar_cmdtab_parent(const ar_cmdtab_cmd *cmd) {
    return (cmd && cmd->parent >= 0) ? &ar_cmdtab__cmds[cmd->parent] : NULL;
}

AR_API const ar_cmdtab_cmd *ar_cmdtab_lookup_sub(const ar_cmdtab_cmd *parent,
                                               const char *sub, size_t len) {
    if (!parent || !sub || parent->sub_count == 0) return NULL;
    if (len == (size_t)-1) len = strlen(sub);
    return ar_cmdtab__search(parent->sub_first, parent->sub_first + parent->sub_count, sub, len);
}

AR_API const ar_cmdtab_cmd *ar_cmdtab_lookup(const char *name, size_t len) {
    const char *bar;
    if (!name) return NULL;
    if (len == (size_t)-1) len = strlen(name);
    bar = len ? (const char *)memchr(name, '|', len) : NULL;
    if (bar) {
        size_t pl = (size_t)(bar - name);
        return ar_cmdtab_lookup_sub(ar_cmdtab__search(0, AR_CMDTAB_TOPLEVEL_COUNT, name, pl),
                                    bar + 1, len - pl - 1);
    }
    return ar_cmdtab__search(0, AR_CMDTAB_TOPLEVEL_COUNT, name, len);
}

static size_t ar_cmdtab__len(const char *const *argv, const size_t *argvlen, int i) {
    return argvlen ? argvlen[i] : strlen(argv[i]);
}

AR_API const ar_cmdtab_cmd *ar_cmdtab_lookup_argv(int argc, const char *const *argv,
                                                const size_t *argvlen) {
    const ar_cmdtab_cmd *cmd;
    if (argc < 1 || !argv || !argv[0]) return NULL;
    cmd = ar_cmdtab__search(0, AR_CMDTAB_TOPLEVEL_COUNT, argv[0], ar_cmdtab__len(argv, argvlen, 0));
    if (!cmd || cmd->sub_count == 0 || argc < 2) return cmd;
    return ar_cmdtab_lookup_sub(cmd, argv[1], ar_cmdtab__len(argv, argvlen, 1));
}

AR_API const ar_cmdtab_keyspec *ar_cmdtab_keyspecs(const ar_cmdtab_cmd *cmd, int *n) {
    if (n) *n = cmd ? cmd->spec_count : 0;
    if (cmd && cmd->keys_how == AR_CMDTAB_KEYS_LEARNED) return ((const ar_cmdtab_learned *)(const void *)cmd)->specs;
    return cmd ? &ar_cmdtab__specs[cmd->spec_first] : NULL;
}

AR_API int ar_cmdtab_arity_ok(const ar_cmdtab_cmd *cmd, int argc) {
    if (!cmd) return 0;
    return cmd->arity >= 0 ? argc == cmd->arity : argc >= -cmd->arity;
}

AR_API int ar_cmdtab_has_keys(const ar_cmdtab_cmd *cmd) {
    return cmd && (cmd->spec_count > 0 || cmd->keys_how == AR_CMDTAB_KEYS_MIGRATE ||
                   cmd->keys_how == AR_CMDTAB_KEYS_UNKNOWN ||
                   (cmd->flags & AR_CMDTAB_F_MOVABLEKEYS));
}

AR_API const char *ar_cmdtab_group_name(int group) {
    return (group >= 0 && group < AR_CMDTAB_GROUP_COUNT_) ? ar_cmdtab__group_names[group] : "unknown";
}

AR_API const char *ar_cmdtab_strerror(int rc) {
    switch (rc) {
    case AR_CMDTAB_EUNKNOWN: return "unknown command: its keys are unknown";
    case AR_CMDTAB_EUNDETERMINED: return "the command's keys cannot be determined";
    case AR_CMDTAB_EINVALID: return "the arguments do not fit the command";
    case AR_CMDTAB_ECAPACITY: return "the output array or buffer is too small";
    case AR_CMDTAB_EPREFIX: return "the key prefix cannot be applied to this command";
    default: return rc >= 0 ? "ok" : "unknown error";
    }
}

/* >>keys impl ------------------------------------------------------------ */
/* 1 if argv[i] equals the upper-case keyword kw, ignoring case */
static int ar_cmdtab__is(const char *const *argv, const size_t *argvlen, int i,
                                const char *kw) {
    size_t n = ar_cmdtab__len(argv, argvlen, i), j;
    const char *s = argv[i];
    for (j = 0; j < n; j++) {
        int a = (unsigned char)s[j];
        if (a >= 'a' && a <= 'z') a -= 32;
        if (kw[j] == 0 || a != (unsigned char)kw[j]) return 0;
    }
    return kw[n] == 0;
}

/* strict decimal integer */
static int ar_cmdtab__ll(const char *s, size_t n, long long *out) {
    size_t i = 0;
    int neg = 0;
    unsigned long long v = 0;
    if (n == 0) return 0;
    if (s[0] == '-') { neg = 1; i = 1; if (n == 1) return 0; }
    for (; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') return 0;
        if (v > 922337203685477580ull) return 0;
        v = v * 10 + (unsigned)(s[i] - '0');
        if (v > 9223372036854775807ull) return 0;
    }
    *out = neg ? -(long long)v : (long long)v;
    return 1;
}

typedef int ar_cmdtab__visit_fn(void *ctx, int pos, unsigned role, unsigned kflags);

static int ar_cmdtab__migrate(int argc, const char *const *argv, const size_t *argvlen,
                                     ar_cmdtab__visit_fn *visit, void *ctx) {
    /* MIGRATE host port key|"" destination-db timeout [COPY] [REPLACE]
       [AUTH password | AUTH2 username password] [KEYS key [key ...]] */
    const unsigned kf = AR_CMDTAB_KS_RW | AR_CMDTAB_KS_ACCESS | AR_CMDTAB_KS_DELETE;
    int i, rc;
    for (i = 6; i < argc; i++) {
        if (ar_cmdtab__is(argv, argvlen, i, "KEYS")) {
            int j;
            if (ar_cmdtab__len(argv, argvlen, 3) != 0) return AR_CMDTAB_EINVALID;
            if (i + 1 >= argc) return AR_CMDTAB_EINVALID;
            for (j = i + 1; j < argc; j++)
                if ((rc = visit(ctx, j, AR_CMDTAB_POS_KEY, kf)) != 0) return rc;
            return 0;
        }
        if (ar_cmdtab__is(argv, argvlen, i, "AUTH")) i += 1;
        else if (ar_cmdtab__is(argv, argvlen, i, "AUTH2")) i += 2;
    }
    return visit(ctx, 3, AR_CMDTAB_POS_KEY, kf);
}

static int ar_cmdtab__scan_options(const ar_cmdtab_posrule *r, int argc,
                                     const char *const *argv, const size_t *argvlen,
                                     ar_cmdtab__visit_fn *visit, void *ctx) {
    int i = r->first, rc, last_pos = 0;
    unsigned last_role = 0, last_kf = 0;
    while (i < argc) {
        int k, adv = 1;
        for (k = 0; k < r->opt_count; k++) {
            const ar_cmdtab_option *o = &ar_cmdtab__options[r->opt_first + k];
            if (ar_cmdtab__is(argv, argvlen, i, o->keyword)) {
                int n = o->nargs < 0 ? argc - i - 1 : o->nargs, j;
                unsigned role = o->role & ~(AR_CMDTAB_POS_HASH_LITERAL | AR_CMDTAB_POS_LAST);
                if (o->role & AR_CMDTAB_POS_LAST) {
                    /* a later one replaces it (SORT k STORE a STORE b
                       stores into b); without its argument it is not one */
                    if (i + 1 < argc) { last_pos = i + 1; last_role = role; last_kf = o->key_flags; }
                    role = 0;
                }
                for (j = i + 1; role && j <= i + n && j < argc; j++) {
                    if ((o->role & AR_CMDTAB_POS_HASH_LITERAL) &&
                        ar_cmdtab__len(argv, argvlen, j) == 1 && argv[j][0] == '#')
                        continue;
                    if ((rc = visit(ctx, j, role, o->key_flags)) != 0) return rc;
                }
                adv = n + 1;
                break;
            }
        }
        i += adv;
    }
    if (last_pos && last_role) return visit(ctx, last_pos, last_role, last_kf);
    return 0;
}

/* Visit every position of the command that holds a key (role KEY, or
   CHANNEL for shard channels, with the spec's flags), then, if `extra`,
   the positions of the override rules (patterns, channels, ...). */
static int ar_cmdtab__walk(const ar_cmdtab_cmd *cmd, int argc, const char *const *argv,
                                  const size_t *argvlen, int extra,
                                  ar_cmdtab__visit_fn *visit, void *ctx) {
    int s, i, rc;
    if (!cmd) return AR_CMDTAB_EUNKNOWN;
    if (argc < 1 || !argv) return AR_CMDTAB_EINVALID;
    for (i = 0; i < argc; i++)
        if (!argv[i]) return AR_CMDTAB_EINVALID;
    if (!ar_cmdtab_arity_ok(cmd, argc)) return AR_CMDTAB_EINVALID;
    if (cmd->keys_how == AR_CMDTAB_KEYS_UNKNOWN) return AR_CMDTAB_EUNDETERMINED;
    if (cmd->keys_how == AR_CMDTAB_KEYS_MIGRATE &&
        (rc = ar_cmdtab__migrate(argc, argv, argvlen, visit, ctx)) != 0)
        return rc;
    for (s = 0; s < cmd->spec_count; s++) {
        const ar_cmdtab_keyspec *ks = cmd->keys_how == AR_CMDTAB_KEYS_LEARNED /* (>>learn: its own) */
                                      ? &((const ar_cmdtab_learned *)(const void *)cmd)->specs[s]
                                      : &ar_cmdtab__specs[cmd->spec_first + s];
        int first = 0, last, step;
        unsigned role = (ks->flags & AR_CMDTAB_KS_NOT_KEY) ? AR_CMDTAB_POS_CHANNEL
                                                           : AR_CMDTAB_POS_KEY;
        if (ks->flags & AR_CMDTAB_KS_INCOMPLETE) return AR_CMDTAB_EUNDETERMINED;
        if (ks->bs_type == AR_CMDTAB_BS_INDEX) {
            first = ks->bs_index;
            if (first >= argc) continue;           /* optional key absent */
        } else if (ks->bs_type == AR_CMDTAB_BS_KEYWORD) {
            int start = ks->bs_startfrom > 0 ? ks->bs_startfrom : argc + ks->bs_startfrom;
            int end = ks->bs_startfrom > 0 ? argc - 1 : 0;
            for (i = start; i != end; i = start <= end ? i + 1 : i - 1) {
                if (i >= argc || i < 1) break;
                if (ar_cmdtab__is(argv, argvlen, i, ks->bs_keyword)) { first = i + 1; break; }
            }
            if (!first) continue;                  /* keyword absent */
        } else {
            return AR_CMDTAB_EUNDETERMINED;
        }
        if (ks->fk_type == AR_CMDTAB_FK_RANGE) {
            if (ks->fk_lastkey >= 0) last = first + ks->fk_lastkey;
            else if (!ks->fk_limit) last = argc + ks->fk_lastkey;
            else last = first + ((argc - first) / ks->fk_limit + ks->fk_lastkey);
            step = ks->fk_keystep;
        } else if (ks->fk_type == AR_CMDTAB_FK_KEYNUM) {
            long long nk;
            int at = first + ks->fk_keynumidx;
            step = ks->fk_keystep;
            if (at >= argc) return AR_CMDTAB_EINVALID;
            if (!ar_cmdtab__ll(argv[at], ar_cmdtab__len(argv, argvlen, at), &nk) ||
                nk < 0 || nk > argc)
                return AR_CMDTAB_EINVALID;
            if (nk == 0) {
                if (cmd->flags & AR_CMDTAB_F_NO_MANDATORY_KEYS) continue;
                return AR_CMDTAB_EINVALID;
            }
            first += ks->fk_firstkey;
            last = first + (int)nk - 1;
        } else {
            return AR_CMDTAB_EUNDETERMINED;
        }
        if (last >= argc || last < first || first >= argc) return AR_CMDTAB_EINVALID;
        if (step < 1) step = 1;
        for (i = first; i <= last; i += step)
            if ((rc = visit(ctx, i, role, ks->flags)) != 0) return rc;
    }
    for (s = 0; s < cmd->rule_count; s++) {
        const ar_cmdtab_posrule *r = &ar_cmdtab__rules[cmd->rule_first + s];
        if (r->kind == AR_CMDTAB_PR_OPTIONS) {
            /* options carry both key and non-key roles; the visitor filters */
            if ((rc = ar_cmdtab__scan_options(r, argc, argv, argvlen, visit, ctx)) != 0) return rc;
        } else if (extra) {
            int last = r->kind == AR_CMDTAB_PR_INDEX ? r->first
                     : (r->last < 0 ? argc + r->last : r->last);
            for (i = r->first; i <= last && i < argc; i++)
                if ((rc = visit(ctx, i, r->role, 0)) != 0) return rc;
        }
    }
    return 0;
}

typedef struct ar_cmdtab__keys_ctx { int *pos; unsigned *kflags; int n, cap; } ar_cmdtab__keys_ctx;

static int ar_cmdtab__keys_visit(void *ctx, int pos, unsigned role, unsigned kflags) {
    ar_cmdtab__keys_ctx *k = (ar_cmdtab__keys_ctx *)ctx;
    if (role != AR_CMDTAB_POS_KEY &&
        !(role == AR_CMDTAB_POS_CHANNEL && (kflags & AR_CMDTAB_KS_NOT_KEY)))
        return 0;
    if (k->n >= k->cap) return AR_CMDTAB_ECAPACITY;
    k->pos[k->n] = pos;
    if (k->kflags) k->kflags[k->n] = kflags;
    k->n++;
    return 0;
}

AR_API int ar_cmdtab_getkeys(const ar_cmdtab_cmd *cmd, int argc, const char *const *argv,
                             const size_t *argvlen, int *pos, unsigned *kflags, int cap) {
    ar_cmdtab__keys_ctx k;
    int rc;
    k.pos = pos; k.kflags = kflags; k.n = 0; k.cap = pos ? cap : 0;
    rc = ar_cmdtab__walk(cmd, argc, argv, argvlen, 0, ar_cmdtab__keys_visit, &k);
    return rc < 0 ? rc : k.n;
}

/* >>blocking impl -------------------------------------------------------- */
/* The core's reading of the timeout (asyncredis.h, ar__block_timeout: the
   same one the client's deadlines use), behind the table's view of which
   commands block. */
AR_API int ar_cmdtab_block_timeout(const ar_cmdtab_cmd *cmd, int argc,
                                   const char *const *argv, const size_t *argvlen,
                                   long long *timeout_ms) {
    ar__args aa;
    long long v;
    int i;
    if (!cmd) return AR_CMDTAB_EUNKNOWN;
    if (!argv || !ar_cmdtab_arity_ok(cmd, argc)) return AR_CMDTAB_EINVALID;
    for (i = 0; i < argc; i++)
        if (!argv[i]) return AR_CMDTAB_EINVALID;
    if (cmd->block_kind == AR_CMDTAB_BLOCK_NONE) return 0;
    aa.argc = argc; aa.argv = argv; aa.argvlen = argvlen; aa.enc = NULL;
    v = ar__block_timeout(&aa);
    if (v == -1) return 0;
    if (v < 0) return AR_CMDTAB_EINVALID;
    if (timeout_ms) *timeout_ms = v;
    return 1;
}

/* >>prefix impl ---------------------------------------------------------- */
static int ar_cmdtab__wanted(unsigned role, unsigned pflags) {
    if (pflags & AR_CMDTAB_PREFIX_NO_CHANNELS)
        return !(role & (AR_CMDTAB_POS_CHANNEL | AR_CMDTAB_POS_CHANNEL_PATTERN));
    return 1;
}

static int ar_cmdtab__is_glob(unsigned role) {
    return (role & (AR_CMDTAB_POS_PATTERN | AR_CMDTAB_POS_CHANNEL_PATTERN)) != 0;
}

static size_t ar_cmdtab__glob_len(const char *p, size_t n) {
    size_t i, out = n;
    for (i = 0; i < n; i++)
        if (p[i] == '*' || p[i] == '?' || p[i] == '[' || p[i] == ']' || p[i] == '\\') out++;
    return out;
}

typedef struct ar_cmdtab__pfx_ctx {
    const char *prefix; size_t plen;
    unsigned pflags;
    const char *const *argv; const size_t *argvlen;
    int *pos; unsigned *roles; int n, cap;  /* _positions */
    const char **oargv; size_t *olen;       /* _argv */
    char *buf; size_t need, off;
    int pass;
    const char **why;
} ar_cmdtab__pfx_ctx;

static int ar_cmdtab__pos_visit(void *ctx, int pos, unsigned role, unsigned kflags) {
    ar_cmdtab__pfx_ctx *p = (ar_cmdtab__pfx_ctx *)ctx;
    (void)kflags;
    if (!ar_cmdtab__wanted(role, p->pflags)) return 0;
    if ((role & AR_CMDTAB_POS_TEMPLATE) && memchr(p->prefix, '*', p->plen)) {
        if (p->why) *p->why = "a key prefix containing '*' cannot be applied to SORT BY/GET patterns";
        return AR_CMDTAB_EPREFIX;
    }
    if (p->n >= p->cap) return AR_CMDTAB_ECAPACITY;
    if (p->pos) p->pos[p->n] = pos;
    if (p->roles) p->roles[p->n] = role;
    p->n++;
    return 0;
}

static const char *ar_cmdtab__refusal(int rc) {
    switch (rc) {
    case AR_CMDTAB_EUNKNOWN:
        return "unknown command: its keys cannot be determined, so it is refused while a key prefix is set";
    case AR_CMDTAB_EUNDETERMINED:
        return "the command's keys cannot be determined, so it is refused while a key prefix is set";
    case AR_CMDTAB_EINVALID:
        return "the arguments do not fit the command, so its keys cannot be prefixed";
    default: return ar_cmdtab_strerror(rc);
    }
}

AR_API int ar_cmdtab_prefix_positions(const ar_cmdtab_cmd *cmd, const char *prefix,
                                      size_t prefixlen, unsigned pflags, int argc,
                                      const char *const *argv, const size_t *argvlen,
                                      int *pos, unsigned *roles, int cap,
                                      const char **why) {
    ar_cmdtab__pfx_ctx p;
    int rc;
    memset(&p, 0, sizeof p);
    p.prefix = prefix ? prefix : ""; p.plen = prefix ? prefixlen : 0; p.pflags = pflags;
    p.pos = pos; p.roles = roles; p.cap = cap; p.why = why;
    if (why) *why = NULL;
    rc = ar_cmdtab__walk(cmd, argc, argv, argvlen, 1, ar_cmdtab__pos_visit, &p);
    if (rc < 0) {
        if (why && !*why) *why = ar_cmdtab__refusal(rc);
        return rc;
    }
    return p.n;
}

static int ar_cmdtab__argv_visit(void *ctx, int pos, unsigned role, unsigned kflags) {
    ar_cmdtab__pfx_ctx *p = (ar_cmdtab__pfx_ctx *)ctx;
    size_t len, i;
    int glob = ar_cmdtab__is_glob(role);
    (void)kflags;
    if (!ar_cmdtab__wanted(role, p->pflags)) return 0;
    if ((role & AR_CMDTAB_POS_TEMPLATE) && memchr(p->prefix, '*', p->plen)) {
        if (p->why) *p->why = "a key prefix containing '*' cannot be applied to SORT BY/GET patterns";
        return AR_CMDTAB_EPREFIX;
    }
    len = ar_cmdtab__len(p->argv, p->argvlen, pos);
    if (p->pass == 1) {
        if (p->oargv[pos] == NULL) return 0;          /* counted already */
        p->oargv[pos] = NULL;
        p->need += (glob ? ar_cmdtab__glob_len(p->prefix, p->plen) : p->plen) + len + 1;
        return 0;
    }
    if (p->oargv[pos] != p->argv[pos]) return 0;      /* done already */
    {
        char *d = p->buf + p->off, *w = d;
        for (i = 0; i < p->plen; i++) {
            char ch = p->prefix[i];
            if (glob && (ch == '*' || ch == '?' || ch == '[' || ch == ']' || ch == '\\'))
                *w++ = '\\';
            *w++ = ch;
        }
        if (len) memcpy(w, p->argv[pos], len);
        w += len;
        *w = 0;
        p->oargv[pos] = d;
        p->olen[pos] = (size_t)(w - d);
        p->off += (size_t)(w - d) + 1;
        p->n++;
    }
    return 0;
}

/* ar_cmdtab_prefix_argv; with learned (ar_cmdtab_prefix_learned, >>learn),
   a command the table does not know is looked up there */
static int ar_cmdtab__prefix_build(const ar_learned *learned, const char *prefix, size_t prefixlen,
                                   unsigned pflags, int argc, const char *const *argv, const size_t *argvlen,
                                   const char **out_argv, size_t *out_len, char *buf, size_t bufcap,
                                   size_t *bufneed, const char **why) {
    ar_cmdtab__pfx_ctx p;
    const ar_cmdtab_cmd *cmd;
    int rc, i;
    if (why) *why = NULL;
    if (bufneed) *bufneed = 0;
    if (argc < 1 || !argv || !out_argv || !out_len) {
        if (why) *why = "bad arguments";
        return AR_CMDTAB_EINVALID;
    }
    for (i = 0; i < argc; i++) {
        if (!argv[i]) { if (why) *why = "NULL argument"; return AR_CMDTAB_EINVALID; }
        out_argv[i] = argv[i];
        out_len[i] = ar_cmdtab__len(argv, argvlen, i);
    }
    if (!prefix || prefixlen == 0) return 0;
    cmd = ar_cmdtab_lookup_argv(argc, argv, argvlen);
    if (!cmd && learned) cmd = ar_cmdtab_learned_lookup(learned, argv[0], out_len[0]);
    memset(&p, 0, sizeof p);
    p.prefix = prefix; p.plen = prefixlen; p.pflags = pflags;
    p.argv = argv; p.argvlen = argvlen; p.oargv = out_argv; p.olen = out_len;
    p.buf = buf; p.why = why; p.pass = 1;
    rc = ar_cmdtab__walk(cmd, argc, argv, argvlen, 1, ar_cmdtab__argv_visit, &p);
    for (i = 0; i < argc; i++) out_argv[i] = argv[i];
    if (rc < 0) {
        if (why && !*why) *why = ar_cmdtab__refusal(rc);
        return rc;
    }
    if (bufneed) *bufneed = p.need;
    if (p.need > bufcap || (p.need && !buf)) {
        if (why) *why = "prefix buffer too small";
        return AR_CMDTAB_ECAPACITY;
    }
    p.pass = 2;
    rc = ar_cmdtab__walk(cmd, argc, argv, argvlen, 1, ar_cmdtab__argv_visit, &p);
    if (rc < 0) {   /* cannot happen: the same walk succeeded above */
        for (i = 0; i < argc; i++) { out_argv[i] = argv[i]; out_len[i] = ar_cmdtab__len(argv, argvlen, i); }
        if (why && !*why) *why = ar_cmdtab__refusal(rc);
        return rc;
    }
    return p.n;
}
AR_API int ar_cmdtab_prefix_argv(const char *prefix, size_t prefixlen, unsigned pflags,
                                 int argc, const char *const *argv, const size_t *argvlen,
                                 const char **out_argv, size_t *out_len,
                                 char *buf, size_t bufcap, size_t *bufneed,
                                 const char **why) {
    return ar_cmdtab__prefix_build(NULL, prefix, prefixlen, pflags, argc, argv, argvlen, out_argv, out_len,
                                   buf, bufcap, bufneed, why);
}

/* >>learn impl ----------------------------------------------------------- */
AR_API const ar_cmdtab_cmd *ar_cmdtab_learned_lookup(const ar_learned *learned, const char *name, size_t len) {
    const ar_cmdtab_learned *lc;
    if (!learned || !name) return NULL;
    if (len == (size_t)-1) len = strlen(name);
    lc = (const ar_cmdtab_learned *)learned->find(learned, name, len);
    return lc ? &lc->cmd : NULL;
}

AR_API int ar_cmdtab_prefix_learned(const ar_learned *learned, const char *prefix, size_t prefixlen,
                                    unsigned pflags, int argc, const char *const *argv,
                                    const size_t *argvlen, const char **out_argv, size_t *out_len,
                                    char *buf, size_t bufcap, size_t *bufneed, const char **why) {
    return ar_cmdtab__prefix_build(learned, prefix, prefixlen, pflags, argc, argv, argvlen, out_argv, out_len,
                                   buf, bufcap, bufneed, why);
}

/* reading COMMAND INFO: a string element equal to w (any case; asyncredis.h's
   compare: ar_cmdtab__cmp stays the lookup's own, inlined there) */
static int ar_cmdtab__r_is(const ar_reply *r, const char *w) {
    return r && (r->type == AR_REPLY_STRING || r->type == AR_REPLY_STATUS) && r->len == strlen(w) &&
           ar__name_eq(r->str, w, r->len);
}
/* the value after key in a flat map (RESP2: key, value, key, value, ...) */
static const ar_reply *ar_cmdtab__r_get(const ar_reply *m, const char *key) {
    size_t i;
    if (!m || m->type != AR_REPLY_ARRAY) return NULL;
    for (i = 0; i + 1 < m->elements; i += 2)
        if (ar_cmdtab__r_is(&m->element[i], key)) return &m->element[i + 1];
    return NULL;
}
static int ar_cmdtab__r_int(const ar_reply *m, const char *key, int dflt) {
    const ar_reply *v = ar_cmdtab__r_get(m, key);
    return v && v->type == AR_REPLY_INTEGER && v->integer > -1000000 && v->integer < 1000000 ? (int)v->integer : dflt;
}
/* flag names (any case) to bits, by their place in names */
static unsigned long ar_cmdtab__r_flags(const ar_reply *a, const char (*names)[24], int n) {
    unsigned long f = 0;
    size_t i;
    int k;
    if (!a || a->type != AR_REPLY_ARRAY) return 0;
    for (i = 0; i < a->elements; i++)
        for (k = 0; k < n; k++)
            if (ar_cmdtab__r_is(&a->element[i], names[k])) { f |= 1ul << k; break; }
    return f;
}

AR_API int ar_cmdtab_learn(const ar_reply *info, void *out, size_t cap, size_t *need, const char **why) {
    ar_cmdtab_learned *lc = (ar_cmdtab_learned *)out;
    const ar_reply *specs;
    size_t i, k;
    if (why) *why = NULL;
    if (need) *need = 0;
    if (!info) { if (why) *why = "no reply"; return AR_CMDTAB_EINVALID; }
    if (info->type == AR_REPLY_NIL) {
        if (why) *why = "the server does not know this command (COMMAND INFO answered nil)";
        return AR_CMDTAB_EUNKNOWN;
    }
    if (info->type != AR_REPLY_ARRAY || info->elements < 10 || info->element[0].type != AR_REPLY_STRING ||
        info->element[1].type != AR_REPLY_INTEGER || info->element[8].type != AR_REPLY_ARRAY) {
        if (why) *why = "COMMAND INFO did not answer with key specs (Redis 7 or later is needed to learn a command)";
        return AR_CMDTAB_EINVALID;
    }
    specs = &info->element[8];
    if (info->element[0].len >= AR_CMDTAB_LEARN_NAME) {
        if (why) *why = "the command's name is longer than a learned command's may be (AR_CMDTAB_LEARN_NAME)";
        return AR_CMDTAB_EUNDETERMINED;
    }
    if (info->element[9].type == AR_REPLY_ARRAY && info->element[9].elements) {
        if (why) *why = "a command with subcommands (a container): subcommands are not learned";
        return AR_CMDTAB_EUNDETERMINED;
    }
    if (specs->elements > AR_CMDTAB_LEARN_SPECS) {
        if (why) *why = "the command has more key specs than a learned command may have (AR_CMDTAB_LEARN_SPECS)";
        return AR_CMDTAB_EUNDETERMINED;
    }
    if (need) *need = sizeof(ar_cmdtab_learned);
    if (!out || cap < sizeof(ar_cmdtab_learned)) {
        if (why) *why = "learned command buffer too small";
        return AR_CMDTAB_ECAPACITY;
    }
    memset(lc, 0, sizeof *lc);
    for (i = 0; i < info->element[0].len; i++) lc->name[i] = (char)ar_cmdtab__lower((unsigned char)info->element[0].str[i]);
    lc->cmd.name = lc->cmd.fullname = lc->name;
    lc->cmd.parent = -1;
    lc->cmd.arity = info->element[1].integer > -1000000 && info->element[1].integer < 1000000 ? (int)info->element[1].integer : 0;
    lc->cmd.flags = ar_cmdtab__r_flags(&info->element[2], ar_cmdtab__flag_names,
                                       (int)(sizeof ar_cmdtab__flag_names / sizeof ar_cmdtab__flag_names[0]));
    lc->cmd.group = (lc->cmd.flags & AR_CMDTAB_F_MODULE) ? AR_CMDTAB_GROUP_MODULE : AR_CMDTAB_GROUP_GENERIC;
    lc->cmd.since = "";
    lc->cmd.first_key = info->element[3].type == AR_REPLY_INTEGER ? (int)info->element[3].integer : 0;
    lc->cmd.last_key = info->element[4].type == AR_REPLY_INTEGER ? (int)info->element[4].integer : 0;
    lc->cmd.key_step = info->element[5].type == AR_REPLY_INTEGER ? (int)info->element[5].integer : 0;
    lc->cmd.keys_how = AR_CMDTAB_KEYS_LEARNED;
    lc->cmd.spec_count = (int)specs->elements;
    if (!specs->elements && (lc->cmd.first_key || (lc->cmd.flags & AR_CMDTAB_F_MOVABLEKEYS))) {
        if (why) *why = "the server finds this command's keys with code of its own (no key specs say where they are)";
        return AR_CMDTAB_EUNDETERMINED;
    }
    for (k = 0; k < specs->elements; k++) {
        const ar_reply *ks = &specs->element[k], *bs = ar_cmdtab__r_get(ks, "begin_search"),
                       *fk = ar_cmdtab__r_get(ks, "find_keys"), *bsp = ar_cmdtab__r_get(bs, "spec"),
                       *fkp = ar_cmdtab__r_get(fk, "spec"), *bst = ar_cmdtab__r_get(bs, "type"),
                       *fkt = ar_cmdtab__r_get(fk, "type"), *kw = ar_cmdtab__r_get(bsp, "keyword");
        ar_cmdtab_keyspec *sp = &lc->specs[k];
        sp->flags = (unsigned)ar_cmdtab__r_flags(ar_cmdtab__r_get(ks, "flags"), ar_cmdtab__ks_names,
                                                 (int)(sizeof ar_cmdtab__ks_names / sizeof ar_cmdtab__ks_names[0]));
        if (ar_cmdtab__r_is(bst, "index")) {
            sp->bs_type = AR_CMDTAB_BS_INDEX;
            sp->bs_index = ar_cmdtab__r_int(bsp, "index", 0);
        } else if (ar_cmdtab__r_is(bst, "keyword") && kw && kw->type == AR_REPLY_STRING) {
            if (kw->len >= AR_CMDTAB_LEARN_KEYWORD) {
                if (why) *why = "a key spec's keyword is longer than a learned one may be (AR_CMDTAB_LEARN_KEYWORD)";
                return AR_CMDTAB_EUNDETERMINED;
            }
            for (i = 0; i < kw->len; i++) {
                char ch = kw->str[i];
                lc->keywords[k][i] = (char)(ch >= 'a' && ch <= 'z' ? ch - 32 : ch);
            }
            sp->bs_type = AR_CMDTAB_BS_KEYWORD;
            sp->bs_keyword = lc->keywords[k];
            sp->bs_startfrom = ar_cmdtab__r_int(bsp, "startfrom", 0);
        } /* else AR_CMDTAB_BS_UNKNOWN: the walk refuses it */
        sp->fk_keystep = ar_cmdtab__r_int(fkp, "keystep", 1);
        if (ar_cmdtab__r_is(fkt, "range")) {
            sp->fk_type = AR_CMDTAB_FK_RANGE;
            sp->fk_lastkey = ar_cmdtab__r_int(fkp, "lastkey", 0);
            sp->fk_limit = ar_cmdtab__r_int(fkp, "limit", 0);
        } else if (ar_cmdtab__r_is(fkt, "keynum")) {
            sp->fk_type = AR_CMDTAB_FK_KEYNUM;
            sp->fk_keynumidx = ar_cmdtab__r_int(fkp, "keynumidx", 0);
            sp->fk_firstkey = ar_cmdtab__r_int(fkp, "firstkey", 1);
        } /* else AR_CMDTAB_FK_UNKNOWN: the walk refuses it */
    }
    return 0;
}

/* >>replies impl --------------------------------------------------------- */
AR_API void ar_info_init(ar_info_iter *it, const char *text, size_t len) {
    it->p = text; it->end = text ? text + len : text;
    it->section = ""; it->section_len = 0;
}

AR_API int ar_info_init_reply(ar_info_iter *it, const ar_reply *r) {
    if (!r || r->err || r->type != AR_REPLY_STRING) { ar_info_init(it, NULL, 0); return AR_ERR_INVALID; }
    ar_info_init(it, r->str, r->len);
    return AR_OK;
}

AR_API int ar_info_next(ar_info_iter *it, ar_info_field *f) {
    while (it->p && it->p < it->end) {
        const char *ls = it->p, *le = (const char *)memchr(ls, '\n', (size_t)(it->end - ls));
        const char *ne = le ? le + 1 : it->end, *colon;
        if (!le) le = it->end;
        it->p = ne;
        if (le > ls && le[-1] == '\r') le--;
        if (le == ls) continue;
        if (*ls == '#') {
            ls++;
            while (ls < le && *ls == ' ') ls++;
            it->section = ls; it->section_len = (size_t)(le - ls);
            continue;
        }
        colon = (const char *)memchr(ls, ':', (size_t)(le - ls));
        if (!colon) continue;
        f->section = it->section; f->section_len = it->section_len;
        f->key = ls; f->key_len = (size_t)(colon - ls);
        f->value = colon + 1; f->value_len = (size_t)(le - colon - 1);
        return 1;
    }
    return 0;
}

AR_API int ar_info_find(const ar_reply *r, const char *key, const char **value, size_t *len) {
    ar_info_iter it;
    ar_info_field f;
    size_t kl = strlen(key);
    ar_info_init_reply(&it, r);
    while (ar_info_next(&it, &f)) {
        if (f.key_len == kl && memcmp(f.key, key, kl) == 0) {
            if (value) *value = f.value;
            if (len) *len = f.value_len;
            return 1;
        }
    }
    return 0;
}

AR_API int ar_info_subfield(const char *value, size_t len, const char *name,
                            const char **out, size_t *outlen) {
    size_t nl = strlen(name);
    const char *p = value, *end = value + len;
    while (p < end) {
        const char *e = (const char *)memchr(p, ',', (size_t)(end - p));
        const char *eq;
        if (!e) e = end;
        eq = (const char *)memchr(p, '=', (size_t)(e - p));
        if (eq && (size_t)(eq - p) == nl && memcmp(p, name, nl) == 0) {
            if (out) *out = eq + 1;
            if (outlen) *outlen = (size_t)(e - eq - 1);
            return 1;
        }
        p = e + 1;
    }
    return 0;
}

AR_API int ar_pairs_init(ar_pairs_iter *it, const ar_reply *r) {
    it->r = NULL; it->i = 0;
    if (!r || r->err) return AR_ERR_INVALID;
    if (r->type == AR_REPLY_NIL) return AR_OK;
    if (r->type != AR_REPLY_ARRAY || (r->elements & 1u)) return AR_ERR_INVALID;
    it->r = r;
    return AR_OK;
}

AR_API int ar_pairs_next(ar_pairs_iter *it, const ar_reply **field, const ar_reply **value) {
    if (!it->r || it->i + 2 > it->r->elements) return 0;
    if (field) *field = &it->r->element[it->i];
    if (value) *value = &it->r->element[it->i + 1];
    it->i += 2;
    return 1;
}

AR_API const ar_reply *ar_pairs_get(const ar_reply *r, const char *name, size_t len) {
    ar_pairs_iter it;
    const ar_reply *k, *v;
    if (len == (size_t)-1) len = strlen(name);
    ar_pairs_init(&it, r);
    while (ar_pairs_next(&it, &k, &v))
        if (k->len == len && (len == 0 || memcmp(k->str, name, len) == 0)) return v;
    return NULL;
}

AR_API int ar_time_parse(const ar_reply *r, long long *sec, long long *usec) {
    long long s, u;
    if (!r || r->err || r->type != AR_REPLY_ARRAY || r->elements != 2 ||
        r->element[0].type != AR_REPLY_STRING || r->element[1].type != AR_REPLY_STRING ||
        !ar_cmdtab__ll(r->element[0].str, r->element[0].len, &s) ||
        !ar_cmdtab__ll(r->element[1].str, r->element[1].len, &u))
        return AR_ERR_INVALID;
    if (sec) *sec = s;
    if (usec) *usec = u;
    return AR_OK;
}

/* >>wrapper-support ------------------------------------------------------ */
/* What every arcmd_ wrapper does: collect the argv (on the stack up to
   ASYNCREDIS_CMD_STACK_ARGS arguments, beyond that through the client's
   allocator, freed before the wrapper returns), check the options, submit
   with ar_command_argv_ex. A refused call sets ar_client_errstr and counts
   as a refused submission. */
#ifndef ASYNCREDIS_CMD_STACK_ARGS
#define ASYNCREDIS_CMD_STACK_ARGS 32
#endif
#if ASYNCREDIS_CMD_STACK_ARGS < 4
#error "ASYNCREDIS_CMD_STACK_ARGS must be at least 4"
#endif
#define ARCMD__NUMS 8          /* numbers one wrapper may format (gen_commands.py checks) */
#ifndef ARCMD__SUBMIT          /* a test may record the argv here */
#define ARCMD__SUBMIT ar_command_argv_ex
#endif

typedef struct arcmd__v {
    ar_client *c;
    const char **v;
    size_t *l;
    int n, cap, nn, rc;
    const char *why;           /* why the arguments were refused */
    const char *w1, *w2;       /* the command's name */
    void *heap;                /* argv beyond the stack (client allocator) */
    const char *sv[ASYNCREDIS_CMD_STACK_ARGS];
    size_t sl[ASYNCREDIS_CMD_STACK_ARGS];
    char num[ARCMD__NUMS][32]; /* formatted numbers */
} arcmd__v;

/* a wrapper's first statement: x, the options (zero when o is NULL), the
   command's name */
#define ARCMD__BEGIN(T, w1, w2) \
    arcmd__v x; T z; \
    if (!o) { memset(&z, 0, sizeof z); o = &z; } \
    arcmd__begin(&x, c, w1, w2)

static AR__NOINLINE void arcmd__bad(arcmd__v *x, const char *why) {
    if (!x->rc) { x->rc = AR_ERR_INVALID; x->why = why; }
}

static AR__NOINLINE void arcmd__put(arcmd__v *x, const char *s, size_t len) {
    if (x->rc) return;
    if (x->n == x->cap) {
        size_t nc = (size_t)x->cap * 2, each = sizeof(char *) + sizeof(size_t);
        void *h = nc <= 0x7fffffff / each ? AR__ALLOC(&x->c->a, nc * each) : NULL;
        if (!h) { x->rc = AR_ERR_NOMEM; x->why = "no memory for the argument vector"; return; }
        memcpy(h, x->l, (size_t)x->n * sizeof(size_t));
        memcpy((size_t *)h + nc, x->v, (size_t)x->n * sizeof(char *));
        if (x->heap) AR__FREE(&x->c->a, x->heap);
        x->heap = h;
        x->l = (size_t *)h;
        x->v = (const char **)(void *)(x->l + nc);
        x->cap = (int)nc;
    }
    x->v[x->n] = s;
    x->l[x->n] = len;
    x->n++;
}

static AR__NOINLINE void arcmd__t(arcmd__v *x, const char *tok) { arcmd__put(x, tok, strlen(tok)); }

static AR__NOINLINE void arcmd__begin(arcmd__v *x, ar_client *c, const char *w1, const char *w2) {
    x->c = c;
    x->v = x->sv;
    x->l = x->sl;
    x->n = x->nn = 0;
    x->cap = ASYNCREDIS_CMD_STACK_ARGS;
    x->rc = c ? AR_OK : AR_ERR_INVALID;
    x->why = "no client";
    x->heap = NULL;
    x->w1 = w1;
    x->w2 = w2;
    arcmd__t(x, w1);
    if (w2) arcmd__t(x, w2);
}

/* a pure token, sent when on */
static AR__NOINLINE void arcmd__f(arcmd__v *x, const char *tok, int on) {
    if (on) arcmd__t(x, tok);
}

/* an optional string (NULL: not sent) after its token (or none); len NULL: strlen */
static AR__NOINLINE void arcmd__s(arcmd__v *x, const char *tok, const char *s, const size_t *len) {
    if (!s) return;
    if (tok) arcmd__t(x, tok);
    arcmd__put(x, s, len ? *len : strlen(s));
}

/* a required string */
static AR__NOINLINE void arcmd__rs(arcmd__v *x, const char *tok, const char *s, const size_t *len) {
    if (!s) arcmd__bad(x, "a required string is NULL");
    arcmd__s(x, tok, s, len);
}

static char *arcmd__nb(arcmd__v *x, const char *tok) {
    if (tok) arcmd__t(x, tok);
    if (x->nn >= ARCMD__NUMS) { arcmd__bad(x, "too many numbers"); return NULL; }
    return x->num[x->nn++];
}

/* an integer (p NULL: not sent) */
static AR__NOINLINE void arcmd__ll(arcmd__v *x, const char *tok, const long long *p) {
    char tmp[24], *nb;
    int i = 0, j = 0;
    unsigned long long u;
    if (!p || !(nb = arcmd__nb(x, tok))) return;
    u = *p < 0 ? 0ull - (unsigned long long)*p : (unsigned long long)*p;
    do { tmp[i++] = (char)('0' + (int)(u % 10)); u /= 10; } while (u);
    if (*p < 0) nb[j++] = '-';
    while (i) nb[j++] = tmp[--i];
    nb[j] = 0;
    arcmd__put(x, nb, (size_t)j);
}

/* numkeys: the length of the key array that follows */
static AR__NOINLINE void arcmd__n(arcmd__v *x, int count) {
    long long v = count;
    arcmd__ll(x, NULL, &v);
}

/* a double (p NULL: not sent), %.17g: read back as the same double */
static AR__NOINLINE void arcmd__d(arcmd__v *x, const char *tok, const double *p) {
    char *nb, *q;
    if (!p || !(nb = arcmd__nb(x, tok))) return;
    snprintf(nb, sizeof x->num[0], "%.17g", *p);
    for (q = nb; *q; q++) if (*q == ',') *q = '.';   /* a locale's decimal comma */
    arcmd__put(x, nb, strlen(nb));
}

static int arcmd__ieq(const char *a, const char *b) {
    for (; *a && *b; a++, b++) {
        int p = *a >= 'a' && *a <= 'z' ? *a - 32 : *a, q = *b >= 'a' && *b <= 'z' ? *b - 32 : *b;
        if (p != q) return 0;
    }
    return *a == *b;
}

/* one of the tokens in alts ("A\0B\0"), any case; NULL: not sent (refused when req) */
static AR__NOINLINE void arcmd__c(arcmd__v *x, const char *tok, const char *s, const char *alts, int req) {
    const char *a;
    if (!s) {
        if (req) arcmd__bad(x, "a required choice is NULL");
        return;
    }
    for (a = alts; *a && !arcmd__ieq(a, s); a += strlen(a) + 1) {}
    if (!*a) { arcmd__bad(x, "a choice that is not one of the command's tokens"); return; }
    if (tok) arcmd__t(x, tok);
    arcmd__t(x, s);
}

/* n strings (a multiple of group), tok before the first (or before each
   group); fewer than min: refused; n 0 and min 0: not sent */
static AR__NOINLINE void arcmd__a(arcmd__v *x, const char *tok, int each, int min, int n, const char *const *v,
                     const size_t *l, int group) {
    int i;
    if (n == 0 && min == 0) return;
    if (n < min || n < 0 || !v || n % group != 0) {
        arcmd__bad(x, "a bad count (or a NULL array) for a repeated argument");
        return;
    }
    for (i = 0; i < n; i++) {
        if (!v[i] && (!l || l[i])) { arcmd__bad(x, "a NULL string in an array"); return; }
        if (tok && (i == 0 || (each && i % group == 0))) arcmd__t(x, tok);
        arcmd__put(x, v[i] ? v[i] : "", l ? l[i] : strlen(v[i]));
    }
}

static AR__NOINLINE int arcmd__send(arcmd__v *x, const ar_cmd_opts *call, ar_callback *cb, void *ud) {
    int rc = x->rc;
    if (!rc) {
        rc = ARCMD__SUBMIT(x->c, call, cb, ud, x->n, x->v, x->l);
    } else if (x->c && !(x->c->flags & AR__F_OBSERVING)) {
        snprintf(x->c->errstr, sizeof x->c->errstr, "%s%s%s: %s", x->w1, x->w2 ? " " : "",
                 x->w2 ? x->w2 : "", x->why);
        if (ar__refused_count(x->c, rc)) ar__refused_args(x->c, rc, 0, NULL, x->w1);
    }
    if (x->heap) AR__FREE(&x->c->a, x->heap);
    return rc;
}

/* >>wrappers impl -------------------------------------------------------- */
/* @generated wrapper definitions { */
AR_API int arcmd_copy(ar_client *c, ar_callback *cb, void *ud, const char *source,
    const char *destination, const arcmd_copy_opts *o)
{
    ARCMD__BEGIN(arcmd_copy_opts, "COPY", NULL);
    arcmd__rs(&x, NULL, source, o->source_len);
    arcmd__rs(&x, NULL, destination, o->destination_len);
    arcmd__ll(&x, "DB", o->db);
    arcmd__f(&x, "REPLACE", o->replace);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_del(ar_client *c, ar_callback *cb, void *ud, int key_count, const char *const *key,
    const arcmd_del_opts *o)
{
    ARCMD__BEGIN(arcmd_del_opts, "DEL", NULL);
    arcmd__a(&x, NULL, 0, 1, key_count, key, o->key_len, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_dump(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_dump_opts *o)
{
    ARCMD__BEGIN(arcmd_dump_opts, "DUMP", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_exists(ar_client *c, ar_callback *cb, void *ud, int key_count,
    const char *const *key, const arcmd_exists_opts *o)
{
    ARCMD__BEGIN(arcmd_exists_opts, "EXISTS", NULL);
    arcmd__a(&x, NULL, 0, 1, key_count, key, o->key_len, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_expire(ar_client *c, ar_callback *cb, void *ud, const char *key, long long seconds,
    const arcmd_expire_opts *o)
{
    ARCMD__BEGIN(arcmd_expire_opts, "EXPIRE", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__ll(&x, NULL, &seconds);
    if ((o->nx != 0) + (o->xx != 0) + (o->gt != 0) + (o->lt != 0) > 1) arcmd__bad(&x, "at most one of nx, xx, gt, lt");
    arcmd__f(&x, "NX", o->nx);
    arcmd__f(&x, "XX", o->xx);
    arcmd__f(&x, "GT", o->gt);
    arcmd__f(&x, "LT", o->lt);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_expireat(ar_client *c, ar_callback *cb, void *ud, const char *key,
    long long unix_time_seconds, const arcmd_expireat_opts *o)
{
    ARCMD__BEGIN(arcmd_expireat_opts, "EXPIREAT", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__ll(&x, NULL, &unix_time_seconds);
    if ((o->nx != 0) + (o->xx != 0) + (o->gt != 0) + (o->lt != 0) > 1) arcmd__bad(&x, "at most one of nx, xx, gt, lt");
    arcmd__f(&x, "NX", o->nx);
    arcmd__f(&x, "XX", o->xx);
    arcmd__f(&x, "GT", o->gt);
    arcmd__f(&x, "LT", o->lt);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_expiretime(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_expiretime_opts *o)
{
    ARCMD__BEGIN(arcmd_expiretime_opts, "EXPIRETIME", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_keys(ar_client *c, ar_callback *cb, void *ud, const char *pattern,
    const arcmd_keys_opts *o)
{
    ARCMD__BEGIN(arcmd_keys_opts, "KEYS", NULL);
    arcmd__rs(&x, NULL, pattern, o->pattern_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_migrate(ar_client *c, ar_callback *cb, void *ud, const char *host, long long port,
    const char *key, long long destination_db, long long timeout, const arcmd_migrate_opts *o)
{
    ARCMD__BEGIN(arcmd_migrate_opts, "MIGRATE", NULL);
    arcmd__rs(&x, NULL, host, o->host_len);
    arcmd__ll(&x, NULL, &port);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__ll(&x, NULL, &destination_db);
    arcmd__ll(&x, NULL, &timeout);
    arcmd__f(&x, "COPY", o->copy);
    arcmd__f(&x, "REPLACE", o->replace);
    if ((o->auth != 0) + ((o->auth2_username || o->auth2_password) != 0) > 1) arcmd__bad(&x, "at most one of auth, auth2_username+auth2_password");
    if (o->auth) {
        arcmd__s(&x, "AUTH", o->auth, o->auth_len);
    } else if ((o->auth2_username || o->auth2_password)) {
        if (!o->auth2_username) arcmd__bad(&x, "missing auth2_username");
        if (!o->auth2_password) arcmd__bad(&x, "missing auth2_password");
        arcmd__t(&x, "AUTH2");
        arcmd__s(&x, NULL, o->auth2_username, o->auth2_username_len);
        arcmd__s(&x, NULL, o->auth2_password, o->auth2_password_len);
    }
    arcmd__a(&x, "KEYS", 0, 0, o->keys_count, o->keys, o->keys_len, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_move(ar_client *c, ar_callback *cb, void *ud, const char *key, long long db,
    const arcmd_move_opts *o)
{
    ARCMD__BEGIN(arcmd_move_opts, "MOVE", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__ll(&x, NULL, &db);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_object_encoding(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_object_encoding_opts *o)
{
    ARCMD__BEGIN(arcmd_object_encoding_opts, "OBJECT", "ENCODING");
    arcmd__rs(&x, NULL, key, o->key_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_object_freq(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_object_freq_opts *o)
{
    ARCMD__BEGIN(arcmd_object_freq_opts, "OBJECT", "FREQ");
    arcmd__rs(&x, NULL, key, o->key_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_object_help(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_object_help_opts *o)
{
    ARCMD__BEGIN(arcmd_object_help_opts, "OBJECT", "HELP");
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_object_idletime(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_object_idletime_opts *o)
{
    ARCMD__BEGIN(arcmd_object_idletime_opts, "OBJECT", "IDLETIME");
    arcmd__rs(&x, NULL, key, o->key_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_object_refcount(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_object_refcount_opts *o)
{
    ARCMD__BEGIN(arcmd_object_refcount_opts, "OBJECT", "REFCOUNT");
    arcmd__rs(&x, NULL, key, o->key_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_persist(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_persist_opts *o)
{
    ARCMD__BEGIN(arcmd_persist_opts, "PERSIST", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_pexpire(ar_client *c, ar_callback *cb, void *ud, const char *key,
    long long milliseconds, const arcmd_pexpire_opts *o)
{
    ARCMD__BEGIN(arcmd_pexpire_opts, "PEXPIRE", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__ll(&x, NULL, &milliseconds);
    if ((o->nx != 0) + (o->xx != 0) + (o->gt != 0) + (o->lt != 0) > 1) arcmd__bad(&x, "at most one of nx, xx, gt, lt");
    arcmd__f(&x, "NX", o->nx);
    arcmd__f(&x, "XX", o->xx);
    arcmd__f(&x, "GT", o->gt);
    arcmd__f(&x, "LT", o->lt);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_pexpireat(ar_client *c, ar_callback *cb, void *ud, const char *key,
    long long unix_time_milliseconds, const arcmd_pexpireat_opts *o)
{
    ARCMD__BEGIN(arcmd_pexpireat_opts, "PEXPIREAT", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__ll(&x, NULL, &unix_time_milliseconds);
    if ((o->nx != 0) + (o->xx != 0) + (o->gt != 0) + (o->lt != 0) > 1) arcmd__bad(&x, "at most one of nx, xx, gt, lt");
    arcmd__f(&x, "NX", o->nx);
    arcmd__f(&x, "XX", o->xx);
    arcmd__f(&x, "GT", o->gt);
    arcmd__f(&x, "LT", o->lt);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_pexpiretime(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_pexpiretime_opts *o)
{
    ARCMD__BEGIN(arcmd_pexpiretime_opts, "PEXPIRETIME", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_pttl(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_pttl_opts *o)
{
    ARCMD__BEGIN(arcmd_pttl_opts, "PTTL", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_randomkey(ar_client *c, ar_callback *cb, void *ud, const arcmd_randomkey_opts *o)
{
    ARCMD__BEGIN(arcmd_randomkey_opts, "RANDOMKEY", NULL);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_rename(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const char *newkey, const arcmd_rename_opts *o)
{
    ARCMD__BEGIN(arcmd_rename_opts, "RENAME", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__rs(&x, NULL, newkey, o->newkey_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_renamenx(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const char *newkey, const arcmd_renamenx_opts *o)
{
    ARCMD__BEGIN(arcmd_renamenx_opts, "RENAMENX", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__rs(&x, NULL, newkey, o->newkey_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_restore(ar_client *c, ar_callback *cb, void *ud, const char *key, long long ttl,
    const char *serialized_value, const arcmd_restore_opts *o)
{
    ARCMD__BEGIN(arcmd_restore_opts, "RESTORE", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__ll(&x, NULL, &ttl);
    arcmd__rs(&x, NULL, serialized_value, o->serialized_value_len);
    arcmd__f(&x, "REPLACE", o->replace);
    arcmd__f(&x, "ABSTTL", o->absttl);
    arcmd__ll(&x, "IDLETIME", o->idletime);
    arcmd__ll(&x, "FREQ", o->freq);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_scan(ar_client *c, ar_callback *cb, void *ud, const char *cursor,
    const arcmd_scan_opts *o)
{
    ARCMD__BEGIN(arcmd_scan_opts, "SCAN", NULL);
    arcmd__rs(&x, NULL, cursor, o->cursor_len);
    arcmd__s(&x, "MATCH", o->match, o->match_len);
    arcmd__ll(&x, "COUNT", o->count);
    arcmd__s(&x, "TYPE", o->type, o->type_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_sort(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_sort_opts *o)
{
    ARCMD__BEGIN(arcmd_sort_opts, "SORT", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__s(&x, "BY", o->by, o->by_len);
    if ((o->limit_offset || o->limit_count)) {
        if (!o->limit_offset) arcmd__bad(&x, "missing limit_offset");
        if (!o->limit_count) arcmd__bad(&x, "missing limit_count");
        arcmd__t(&x, "LIMIT");
        arcmd__ll(&x, NULL, o->limit_offset);
        arcmd__ll(&x, NULL, o->limit_count);
    }
    arcmd__a(&x, "GET", 1, 0, o->get_count, o->get, o->get_len, 1);
    if ((o->asc != 0) + (o->desc != 0) > 1) arcmd__bad(&x, "at most one of asc, desc");
    arcmd__f(&x, "ASC", o->asc);
    arcmd__f(&x, "DESC", o->desc);
    arcmd__f(&x, "ALPHA", o->alpha);
    arcmd__s(&x, "STORE", o->store, o->store_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_sort_ro(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_sort_ro_opts *o)
{
    ARCMD__BEGIN(arcmd_sort_ro_opts, "SORT_RO", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__s(&x, "BY", o->by, o->by_len);
    if ((o->limit_offset || o->limit_count)) {
        if (!o->limit_offset) arcmd__bad(&x, "missing limit_offset");
        if (!o->limit_count) arcmd__bad(&x, "missing limit_count");
        arcmd__t(&x, "LIMIT");
        arcmd__ll(&x, NULL, o->limit_offset);
        arcmd__ll(&x, NULL, o->limit_count);
    }
    arcmd__a(&x, "GET", 1, 0, o->get_count, o->get, o->get_len, 1);
    if ((o->asc != 0) + (o->desc != 0) > 1) arcmd__bad(&x, "at most one of asc, desc");
    arcmd__f(&x, "ASC", o->asc);
    arcmd__f(&x, "DESC", o->desc);
    arcmd__f(&x, "ALPHA", o->alpha);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_touch(ar_client *c, ar_callback *cb, void *ud, int key_count,
    const char *const *key, const arcmd_touch_opts *o)
{
    ARCMD__BEGIN(arcmd_touch_opts, "TOUCH", NULL);
    arcmd__a(&x, NULL, 0, 1, key_count, key, o->key_len, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_ttl(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_ttl_opts *o)
{
    ARCMD__BEGIN(arcmd_ttl_opts, "TTL", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_type(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_type_opts *o)
{
    ARCMD__BEGIN(arcmd_type_opts, "TYPE", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_unlink(ar_client *c, ar_callback *cb, void *ud, int key_count,
    const char *const *key, const arcmd_unlink_opts *o)
{
    ARCMD__BEGIN(arcmd_unlink_opts, "UNLINK", NULL);
    arcmd__a(&x, NULL, 0, 1, key_count, key, o->key_len, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_wait(ar_client *c, ar_callback *cb, void *ud, long long numreplicas,
    long long timeout, const arcmd_wait_opts *o)
{
    ARCMD__BEGIN(arcmd_wait_opts, "WAIT", NULL);
    arcmd__ll(&x, NULL, &numreplicas);
    arcmd__ll(&x, NULL, &timeout);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_append(ar_client *c, ar_callback *cb, void *ud, const char *key, const char *value,
    const arcmd_append_opts *o)
{
    ARCMD__BEGIN(arcmd_append_opts, "APPEND", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__rs(&x, NULL, value, o->value_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_decr(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_decr_opts *o)
{
    ARCMD__BEGIN(arcmd_decr_opts, "DECR", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_decrby(ar_client *c, ar_callback *cb, void *ud, const char *key,
    long long decrement, const arcmd_decrby_opts *o)
{
    ARCMD__BEGIN(arcmd_decrby_opts, "DECRBY", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__ll(&x, NULL, &decrement);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_get(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_get_opts *o)
{
    ARCMD__BEGIN(arcmd_get_opts, "GET", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_getdel(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_getdel_opts *o)
{
    ARCMD__BEGIN(arcmd_getdel_opts, "GETDEL", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_getex(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_getex_opts *o)
{
    ARCMD__BEGIN(arcmd_getex_opts, "GETEX", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    if ((o->ex != 0) + (o->px != 0) + (o->exat != 0) + (o->pxat != 0) + (o->persist != 0) > 1) arcmd__bad(&x, "at most one of ex, px, exat, pxat, persist");
    arcmd__ll(&x, "EX", o->ex);
    arcmd__ll(&x, "PX", o->px);
    arcmd__ll(&x, "EXAT", o->exat);
    arcmd__ll(&x, "PXAT", o->pxat);
    arcmd__f(&x, "PERSIST", o->persist);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_getrange(ar_client *c, ar_callback *cb, void *ud, const char *key, long long start,
    long long end, const arcmd_getrange_opts *o)
{
    ARCMD__BEGIN(arcmd_getrange_opts, "GETRANGE", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__ll(&x, NULL, &start);
    arcmd__ll(&x, NULL, &end);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_getset(ar_client *c, ar_callback *cb, void *ud, const char *key, const char *value,
    const arcmd_getset_opts *o)
{
    ARCMD__BEGIN(arcmd_getset_opts, "GETSET", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__rs(&x, NULL, value, o->value_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_incr(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_incr_opts *o)
{
    ARCMD__BEGIN(arcmd_incr_opts, "INCR", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_incrby(ar_client *c, ar_callback *cb, void *ud, const char *key,
    long long increment, const arcmd_incrby_opts *o)
{
    ARCMD__BEGIN(arcmd_incrby_opts, "INCRBY", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__ll(&x, NULL, &increment);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_incrbyfloat(ar_client *c, ar_callback *cb, void *ud, const char *key,
    double increment, const arcmd_incrbyfloat_opts *o)
{
    ARCMD__BEGIN(arcmd_incrbyfloat_opts, "INCRBYFLOAT", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__d(&x, NULL, &increment);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_lcs(ar_client *c, ar_callback *cb, void *ud, const char *key1, const char *key2,
    const arcmd_lcs_opts *o)
{
    ARCMD__BEGIN(arcmd_lcs_opts, "LCS", NULL);
    arcmd__rs(&x, NULL, key1, o->key1_len);
    arcmd__rs(&x, NULL, key2, o->key2_len);
    arcmd__f(&x, "LEN", o->len);
    arcmd__f(&x, "IDX", o->idx);
    arcmd__ll(&x, "MINMATCHLEN", o->minmatchlen);
    arcmd__f(&x, "WITHMATCHLEN", o->withmatchlen);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_mget(ar_client *c, ar_callback *cb, void *ud, int key_count,
    const char *const *key, const arcmd_mget_opts *o)
{
    ARCMD__BEGIN(arcmd_mget_opts, "MGET", NULL);
    arcmd__a(&x, NULL, 0, 1, key_count, key, o->key_len, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_mset(ar_client *c, ar_callback *cb, void *ud, int key_value_count,
    const char *const *key_value, const arcmd_mset_opts *o)
{
    ARCMD__BEGIN(arcmd_mset_opts, "MSET", NULL);
    arcmd__a(&x, NULL, 0, 1, key_value_count, key_value, o->key_value_len, 2);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_msetnx(ar_client *c, ar_callback *cb, void *ud, int key_value_count,
    const char *const *key_value, const arcmd_msetnx_opts *o)
{
    ARCMD__BEGIN(arcmd_msetnx_opts, "MSETNX", NULL);
    arcmd__a(&x, NULL, 0, 1, key_value_count, key_value, o->key_value_len, 2);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_psetex(ar_client *c, ar_callback *cb, void *ud, const char *key,
    long long milliseconds, const char *value, const arcmd_psetex_opts *o)
{
    ARCMD__BEGIN(arcmd_psetex_opts, "PSETEX", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__ll(&x, NULL, &milliseconds);
    arcmd__rs(&x, NULL, value, o->value_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_set(ar_client *c, ar_callback *cb, void *ud, const char *key, const char *value,
    const arcmd_set_opts *o)
{
    ARCMD__BEGIN(arcmd_set_opts, "SET", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__rs(&x, NULL, value, o->value_len);
    if ((o->nx != 0) + (o->xx != 0) > 1) arcmd__bad(&x, "at most one of nx, xx");
    arcmd__f(&x, "NX", o->nx);
    arcmd__f(&x, "XX", o->xx);
    arcmd__f(&x, "GET", o->get);
    if ((o->ex != 0) + (o->px != 0) + (o->exat != 0) + (o->pxat != 0) + (o->keepttl != 0) > 1) arcmd__bad(&x, "at most one of ex, px, exat, pxat, keepttl");
    arcmd__ll(&x, "EX", o->ex);
    arcmd__ll(&x, "PX", o->px);
    arcmd__ll(&x, "EXAT", o->exat);
    arcmd__ll(&x, "PXAT", o->pxat);
    arcmd__f(&x, "KEEPTTL", o->keepttl);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_setex(ar_client *c, ar_callback *cb, void *ud, const char *key, long long seconds,
    const char *value, const arcmd_setex_opts *o)
{
    ARCMD__BEGIN(arcmd_setex_opts, "SETEX", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__ll(&x, NULL, &seconds);
    arcmd__rs(&x, NULL, value, o->value_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_setnx(ar_client *c, ar_callback *cb, void *ud, const char *key, const char *value,
    const arcmd_setnx_opts *o)
{
    ARCMD__BEGIN(arcmd_setnx_opts, "SETNX", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__rs(&x, NULL, value, o->value_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_setrange(ar_client *c, ar_callback *cb, void *ud, const char *key,
    long long offset, const char *value, const arcmd_setrange_opts *o)
{
    ARCMD__BEGIN(arcmd_setrange_opts, "SETRANGE", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__ll(&x, NULL, &offset);
    arcmd__rs(&x, NULL, value, o->value_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_strlen(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_strlen_opts *o)
{
    ARCMD__BEGIN(arcmd_strlen_opts, "STRLEN", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_substr(ar_client *c, ar_callback *cb, void *ud, const char *key, long long start,
    long long end, const arcmd_substr_opts *o)
{
    ARCMD__BEGIN(arcmd_substr_opts, "SUBSTR", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__ll(&x, NULL, &start);
    arcmd__ll(&x, NULL, &end);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_blmove(ar_client *c, ar_callback *cb, void *ud, const char *source,
    const char *destination, const char *wherefrom, const char *whereto, double timeout,
    const arcmd_blmove_opts *o)
{
    ARCMD__BEGIN(arcmd_blmove_opts, "BLMOVE", NULL);
    arcmd__rs(&x, NULL, source, o->source_len);
    arcmd__rs(&x, NULL, destination, o->destination_len);
    arcmd__c(&x, NULL, wherefrom, "LEFT\000RIGHT\000", 1);
    arcmd__c(&x, NULL, whereto, "LEFT\000RIGHT\000", 1);
    arcmd__d(&x, NULL, &timeout);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_blmpop(ar_client *c, ar_callback *cb, void *ud, double timeout, int key_count,
    const char *const *key, const char *where, const arcmd_blmpop_opts *o)
{
    ARCMD__BEGIN(arcmd_blmpop_opts, "BLMPOP", NULL);
    arcmd__d(&x, NULL, &timeout);
    arcmd__n(&x, key_count);
    arcmd__a(&x, NULL, 0, 1, key_count, key, o->key_len, 1);
    arcmd__c(&x, NULL, where, "LEFT\000RIGHT\000", 1);
    arcmd__ll(&x, "COUNT", o->count);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_blpop(ar_client *c, ar_callback *cb, void *ud, int key_count,
    const char *const *key, double timeout, const arcmd_blpop_opts *o)
{
    ARCMD__BEGIN(arcmd_blpop_opts, "BLPOP", NULL);
    arcmd__a(&x, NULL, 0, 1, key_count, key, o->key_len, 1);
    arcmd__d(&x, NULL, &timeout);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_brpop(ar_client *c, ar_callback *cb, void *ud, int key_count,
    const char *const *key, double timeout, const arcmd_brpop_opts *o)
{
    ARCMD__BEGIN(arcmd_brpop_opts, "BRPOP", NULL);
    arcmd__a(&x, NULL, 0, 1, key_count, key, o->key_len, 1);
    arcmd__d(&x, NULL, &timeout);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_brpoplpush(ar_client *c, ar_callback *cb, void *ud, const char *source,
    const char *destination, double timeout, const arcmd_brpoplpush_opts *o)
{
    ARCMD__BEGIN(arcmd_brpoplpush_opts, "BRPOPLPUSH", NULL);
    arcmd__rs(&x, NULL, source, o->source_len);
    arcmd__rs(&x, NULL, destination, o->destination_len);
    arcmd__d(&x, NULL, &timeout);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_lindex(ar_client *c, ar_callback *cb, void *ud, const char *key, long long index,
    const arcmd_lindex_opts *o)
{
    ARCMD__BEGIN(arcmd_lindex_opts, "LINDEX", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__ll(&x, NULL, &index);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_linsert(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const char *where, const char *pivot, const char *element, const arcmd_linsert_opts *o)
{
    ARCMD__BEGIN(arcmd_linsert_opts, "LINSERT", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__c(&x, NULL, where, "BEFORE\000AFTER\000", 1);
    arcmd__rs(&x, NULL, pivot, o->pivot_len);
    arcmd__rs(&x, NULL, element, o->element_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_llen(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_llen_opts *o)
{
    ARCMD__BEGIN(arcmd_llen_opts, "LLEN", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_lmove(ar_client *c, ar_callback *cb, void *ud, const char *source,
    const char *destination, const char *wherefrom, const char *whereto, const arcmd_lmove_opts *o)
{
    ARCMD__BEGIN(arcmd_lmove_opts, "LMOVE", NULL);
    arcmd__rs(&x, NULL, source, o->source_len);
    arcmd__rs(&x, NULL, destination, o->destination_len);
    arcmd__c(&x, NULL, wherefrom, "LEFT\000RIGHT\000", 1);
    arcmd__c(&x, NULL, whereto, "LEFT\000RIGHT\000", 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_lmpop(ar_client *c, ar_callback *cb, void *ud, int key_count,
    const char *const *key, const char *where, const arcmd_lmpop_opts *o)
{
    ARCMD__BEGIN(arcmd_lmpop_opts, "LMPOP", NULL);
    arcmd__n(&x, key_count);
    arcmd__a(&x, NULL, 0, 1, key_count, key, o->key_len, 1);
    arcmd__c(&x, NULL, where, "LEFT\000RIGHT\000", 1);
    arcmd__ll(&x, "COUNT", o->count);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_lpop(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_lpop_opts *o)
{
    ARCMD__BEGIN(arcmd_lpop_opts, "LPOP", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__ll(&x, NULL, o->count);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_lpos(ar_client *c, ar_callback *cb, void *ud, const char *key, const char *element,
    const arcmd_lpos_opts *o)
{
    ARCMD__BEGIN(arcmd_lpos_opts, "LPOS", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__rs(&x, NULL, element, o->element_len);
    arcmd__ll(&x, "RANK", o->rank);
    arcmd__ll(&x, "COUNT", o->count);
    arcmd__ll(&x, "MAXLEN", o->maxlen);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_lpush(ar_client *c, ar_callback *cb, void *ud, const char *key, int element_count,
    const char *const *element, const arcmd_lpush_opts *o)
{
    ARCMD__BEGIN(arcmd_lpush_opts, "LPUSH", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__a(&x, NULL, 0, 1, element_count, element, o->element_len, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_lpushx(ar_client *c, ar_callback *cb, void *ud, const char *key, int element_count,
    const char *const *element, const arcmd_lpushx_opts *o)
{
    ARCMD__BEGIN(arcmd_lpushx_opts, "LPUSHX", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__a(&x, NULL, 0, 1, element_count, element, o->element_len, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_lrange(ar_client *c, ar_callback *cb, void *ud, const char *key, long long start,
    long long stop, const arcmd_lrange_opts *o)
{
    ARCMD__BEGIN(arcmd_lrange_opts, "LRANGE", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__ll(&x, NULL, &start);
    arcmd__ll(&x, NULL, &stop);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_lrem(ar_client *c, ar_callback *cb, void *ud, const char *key, long long count,
    const char *element, const arcmd_lrem_opts *o)
{
    ARCMD__BEGIN(arcmd_lrem_opts, "LREM", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__ll(&x, NULL, &count);
    arcmd__rs(&x, NULL, element, o->element_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_lset(ar_client *c, ar_callback *cb, void *ud, const char *key, long long index,
    const char *element, const arcmd_lset_opts *o)
{
    ARCMD__BEGIN(arcmd_lset_opts, "LSET", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__ll(&x, NULL, &index);
    arcmd__rs(&x, NULL, element, o->element_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_ltrim(ar_client *c, ar_callback *cb, void *ud, const char *key, long long start,
    long long stop, const arcmd_ltrim_opts *o)
{
    ARCMD__BEGIN(arcmd_ltrim_opts, "LTRIM", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__ll(&x, NULL, &start);
    arcmd__ll(&x, NULL, &stop);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_rpop(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_rpop_opts *o)
{
    ARCMD__BEGIN(arcmd_rpop_opts, "RPOP", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__ll(&x, NULL, o->count);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_rpoplpush(ar_client *c, ar_callback *cb, void *ud, const char *source,
    const char *destination, const arcmd_rpoplpush_opts *o)
{
    ARCMD__BEGIN(arcmd_rpoplpush_opts, "RPOPLPUSH", NULL);
    arcmd__rs(&x, NULL, source, o->source_len);
    arcmd__rs(&x, NULL, destination, o->destination_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_rpush(ar_client *c, ar_callback *cb, void *ud, const char *key, int element_count,
    const char *const *element, const arcmd_rpush_opts *o)
{
    ARCMD__BEGIN(arcmd_rpush_opts, "RPUSH", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__a(&x, NULL, 0, 1, element_count, element, o->element_len, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_rpushx(ar_client *c, ar_callback *cb, void *ud, const char *key, int element_count,
    const char *const *element, const arcmd_rpushx_opts *o)
{
    ARCMD__BEGIN(arcmd_rpushx_opts, "RPUSHX", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__a(&x, NULL, 0, 1, element_count, element, o->element_len, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_sadd(ar_client *c, ar_callback *cb, void *ud, const char *key, int member_count,
    const char *const *member, const arcmd_sadd_opts *o)
{
    ARCMD__BEGIN(arcmd_sadd_opts, "SADD", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__a(&x, NULL, 0, 1, member_count, member, o->member_len, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_scard(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_scard_opts *o)
{
    ARCMD__BEGIN(arcmd_scard_opts, "SCARD", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_sdiff(ar_client *c, ar_callback *cb, void *ud, int key_count,
    const char *const *key, const arcmd_sdiff_opts *o)
{
    ARCMD__BEGIN(arcmd_sdiff_opts, "SDIFF", NULL);
    arcmd__a(&x, NULL, 0, 1, key_count, key, o->key_len, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_sdiffstore(ar_client *c, ar_callback *cb, void *ud, const char *destination,
    int key_count, const char *const *key, const arcmd_sdiffstore_opts *o)
{
    ARCMD__BEGIN(arcmd_sdiffstore_opts, "SDIFFSTORE", NULL);
    arcmd__rs(&x, NULL, destination, o->destination_len);
    arcmd__a(&x, NULL, 0, 1, key_count, key, o->key_len, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_sinter(ar_client *c, ar_callback *cb, void *ud, int key_count,
    const char *const *key, const arcmd_sinter_opts *o)
{
    ARCMD__BEGIN(arcmd_sinter_opts, "SINTER", NULL);
    arcmd__a(&x, NULL, 0, 1, key_count, key, o->key_len, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_sintercard(ar_client *c, ar_callback *cb, void *ud, int key_count,
    const char *const *key, const arcmd_sintercard_opts *o)
{
    ARCMD__BEGIN(arcmd_sintercard_opts, "SINTERCARD", NULL);
    arcmd__n(&x, key_count);
    arcmd__a(&x, NULL, 0, 1, key_count, key, o->key_len, 1);
    arcmd__ll(&x, "LIMIT", o->limit);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_sinterstore(ar_client *c, ar_callback *cb, void *ud, const char *destination,
    int key_count, const char *const *key, const arcmd_sinterstore_opts *o)
{
    ARCMD__BEGIN(arcmd_sinterstore_opts, "SINTERSTORE", NULL);
    arcmd__rs(&x, NULL, destination, o->destination_len);
    arcmd__a(&x, NULL, 0, 1, key_count, key, o->key_len, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_sismember(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const char *member, const arcmd_sismember_opts *o)
{
    ARCMD__BEGIN(arcmd_sismember_opts, "SISMEMBER", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__rs(&x, NULL, member, o->member_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_smembers(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_smembers_opts *o)
{
    ARCMD__BEGIN(arcmd_smembers_opts, "SMEMBERS", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_smismember(ar_client *c, ar_callback *cb, void *ud, const char *key,
    int member_count, const char *const *member, const arcmd_smismember_opts *o)
{
    ARCMD__BEGIN(arcmd_smismember_opts, "SMISMEMBER", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__a(&x, NULL, 0, 1, member_count, member, o->member_len, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_smove(ar_client *c, ar_callback *cb, void *ud, const char *source,
    const char *destination, const char *member, const arcmd_smove_opts *o)
{
    ARCMD__BEGIN(arcmd_smove_opts, "SMOVE", NULL);
    arcmd__rs(&x, NULL, source, o->source_len);
    arcmd__rs(&x, NULL, destination, o->destination_len);
    arcmd__rs(&x, NULL, member, o->member_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_spop(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_spop_opts *o)
{
    ARCMD__BEGIN(arcmd_spop_opts, "SPOP", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__ll(&x, NULL, o->count);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_srandmember(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_srandmember_opts *o)
{
    ARCMD__BEGIN(arcmd_srandmember_opts, "SRANDMEMBER", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__ll(&x, NULL, o->count);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_srem(ar_client *c, ar_callback *cb, void *ud, const char *key, int member_count,
    const char *const *member, const arcmd_srem_opts *o)
{
    ARCMD__BEGIN(arcmd_srem_opts, "SREM", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__a(&x, NULL, 0, 1, member_count, member, o->member_len, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_sscan(ar_client *c, ar_callback *cb, void *ud, const char *key, const char *cursor,
    const arcmd_sscan_opts *o)
{
    ARCMD__BEGIN(arcmd_sscan_opts, "SSCAN", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__rs(&x, NULL, cursor, o->cursor_len);
    arcmd__s(&x, "MATCH", o->match, o->match_len);
    arcmd__ll(&x, "COUNT", o->count);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_sunion(ar_client *c, ar_callback *cb, void *ud, int key_count,
    const char *const *key, const arcmd_sunion_opts *o)
{
    ARCMD__BEGIN(arcmd_sunion_opts, "SUNION", NULL);
    arcmd__a(&x, NULL, 0, 1, key_count, key, o->key_len, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_sunionstore(ar_client *c, ar_callback *cb, void *ud, const char *destination,
    int key_count, const char *const *key, const arcmd_sunionstore_opts *o)
{
    ARCMD__BEGIN(arcmd_sunionstore_opts, "SUNIONSTORE", NULL);
    arcmd__rs(&x, NULL, destination, o->destination_len);
    arcmd__a(&x, NULL, 0, 1, key_count, key, o->key_len, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_bzmpop(ar_client *c, ar_callback *cb, void *ud, double timeout, int key_count,
    const char *const *key, const char *where, const arcmd_bzmpop_opts *o)
{
    ARCMD__BEGIN(arcmd_bzmpop_opts, "BZMPOP", NULL);
    arcmd__d(&x, NULL, &timeout);
    arcmd__n(&x, key_count);
    arcmd__a(&x, NULL, 0, 1, key_count, key, o->key_len, 1);
    arcmd__c(&x, NULL, where, "MIN\000MAX\000", 1);
    arcmd__ll(&x, "COUNT", o->count);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_bzpopmax(ar_client *c, ar_callback *cb, void *ud, int key_count,
    const char *const *key, double timeout, const arcmd_bzpopmax_opts *o)
{
    ARCMD__BEGIN(arcmd_bzpopmax_opts, "BZPOPMAX", NULL);
    arcmd__a(&x, NULL, 0, 1, key_count, key, o->key_len, 1);
    arcmd__d(&x, NULL, &timeout);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_bzpopmin(ar_client *c, ar_callback *cb, void *ud, int key_count,
    const char *const *key, double timeout, const arcmd_bzpopmin_opts *o)
{
    ARCMD__BEGIN(arcmd_bzpopmin_opts, "BZPOPMIN", NULL);
    arcmd__a(&x, NULL, 0, 1, key_count, key, o->key_len, 1);
    arcmd__d(&x, NULL, &timeout);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_zadd(ar_client *c, ar_callback *cb, void *ud, const char *key,
    int score_member_count, const char *const *score_member, const arcmd_zadd_opts *o)
{
    ARCMD__BEGIN(arcmd_zadd_opts, "ZADD", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    if ((o->nx != 0) + (o->xx != 0) > 1) arcmd__bad(&x, "at most one of nx, xx");
    arcmd__f(&x, "NX", o->nx);
    arcmd__f(&x, "XX", o->xx);
    if ((o->gt != 0) + (o->lt != 0) > 1) arcmd__bad(&x, "at most one of gt, lt");
    arcmd__f(&x, "GT", o->gt);
    arcmd__f(&x, "LT", o->lt);
    arcmd__f(&x, "CH", o->ch);
    arcmd__f(&x, "INCR", o->incr);
    arcmd__a(&x, NULL, 0, 1, score_member_count, score_member, o->score_member_len, 2);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_zcard(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_zcard_opts *o)
{
    ARCMD__BEGIN(arcmd_zcard_opts, "ZCARD", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_zcount(ar_client *c, ar_callback *cb, void *ud, const char *key, double min,
    double max, const arcmd_zcount_opts *o)
{
    ARCMD__BEGIN(arcmd_zcount_opts, "ZCOUNT", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__d(&x, NULL, &min);
    arcmd__d(&x, NULL, &max);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_zdiff(ar_client *c, ar_callback *cb, void *ud, int key_count,
    const char *const *key, const arcmd_zdiff_opts *o)
{
    ARCMD__BEGIN(arcmd_zdiff_opts, "ZDIFF", NULL);
    arcmd__n(&x, key_count);
    arcmd__a(&x, NULL, 0, 1, key_count, key, o->key_len, 1);
    arcmd__f(&x, "WITHSCORES", o->withscores);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_zdiffstore(ar_client *c, ar_callback *cb, void *ud, const char *destination,
    int key_count, const char *const *key, const arcmd_zdiffstore_opts *o)
{
    ARCMD__BEGIN(arcmd_zdiffstore_opts, "ZDIFFSTORE", NULL);
    arcmd__rs(&x, NULL, destination, o->destination_len);
    arcmd__n(&x, key_count);
    arcmd__a(&x, NULL, 0, 1, key_count, key, o->key_len, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_zincrby(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const char *increment, const char *member, const arcmd_zincrby_opts *o)
{
    ARCMD__BEGIN(arcmd_zincrby_opts, "ZINCRBY", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__rs(&x, NULL, increment, o->increment_len);
    arcmd__rs(&x, NULL, member, o->member_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_zinter(ar_client *c, ar_callback *cb, void *ud, int key_count,
    const char *const *key, const arcmd_zinter_opts *o)
{
    ARCMD__BEGIN(arcmd_zinter_opts, "ZINTER", NULL);
    arcmd__n(&x, key_count);
    arcmd__a(&x, NULL, 0, 1, key_count, key, o->key_len, 1);
    arcmd__a(&x, "WEIGHTS", 0, 0, o->weights_count, o->weights, o->weights_len, 1);
    arcmd__c(&x, "AGGREGATE", o->aggregate, "SUM\000MIN\000MAX\000", 0);
    arcmd__f(&x, "WITHSCORES", o->withscores);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_zintercard(ar_client *c, ar_callback *cb, void *ud, int key_count,
    const char *const *key, const arcmd_zintercard_opts *o)
{
    ARCMD__BEGIN(arcmd_zintercard_opts, "ZINTERCARD", NULL);
    arcmd__n(&x, key_count);
    arcmd__a(&x, NULL, 0, 1, key_count, key, o->key_len, 1);
    arcmd__ll(&x, "LIMIT", o->limit);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_zinterstore(ar_client *c, ar_callback *cb, void *ud, const char *destination,
    int key_count, const char *const *key, const arcmd_zinterstore_opts *o)
{
    ARCMD__BEGIN(arcmd_zinterstore_opts, "ZINTERSTORE", NULL);
    arcmd__rs(&x, NULL, destination, o->destination_len);
    arcmd__n(&x, key_count);
    arcmd__a(&x, NULL, 0, 1, key_count, key, o->key_len, 1);
    arcmd__a(&x, "WEIGHTS", 0, 0, o->weights_count, o->weights, o->weights_len, 1);
    arcmd__c(&x, "AGGREGATE", o->aggregate, "SUM\000MIN\000MAX\000", 0);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_zlexcount(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const char *min, const char *max, const arcmd_zlexcount_opts *o)
{
    ARCMD__BEGIN(arcmd_zlexcount_opts, "ZLEXCOUNT", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__rs(&x, NULL, min, o->min_len);
    arcmd__rs(&x, NULL, max, o->max_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_zmpop(ar_client *c, ar_callback *cb, void *ud, int key_count,
    const char *const *key, const char *where, const arcmd_zmpop_opts *o)
{
    ARCMD__BEGIN(arcmd_zmpop_opts, "ZMPOP", NULL);
    arcmd__n(&x, key_count);
    arcmd__a(&x, NULL, 0, 1, key_count, key, o->key_len, 1);
    arcmd__c(&x, NULL, where, "MIN\000MAX\000", 1);
    arcmd__ll(&x, "COUNT", o->count);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_zmscore(ar_client *c, ar_callback *cb, void *ud, const char *key, int member_count,
    const char *const *member, const arcmd_zmscore_opts *o)
{
    ARCMD__BEGIN(arcmd_zmscore_opts, "ZMSCORE", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__a(&x, NULL, 0, 1, member_count, member, o->member_len, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_zpopmax(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_zpopmax_opts *o)
{
    ARCMD__BEGIN(arcmd_zpopmax_opts, "ZPOPMAX", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__ll(&x, NULL, o->count);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_zpopmin(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_zpopmin_opts *o)
{
    ARCMD__BEGIN(arcmd_zpopmin_opts, "ZPOPMIN", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__ll(&x, NULL, o->count);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_zrandmember(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_zrandmember_opts *o)
{
    ARCMD__BEGIN(arcmd_zrandmember_opts, "ZRANDMEMBER", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    if ((o->count || o->withscores)) {
        if (!o->count) arcmd__bad(&x, "missing count");
        arcmd__ll(&x, NULL, o->count);
        arcmd__f(&x, "WITHSCORES", o->withscores);
    }
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_zrange(ar_client *c, ar_callback *cb, void *ud, const char *key, const char *start,
    const char *stop, const arcmd_zrange_opts *o)
{
    ARCMD__BEGIN(arcmd_zrange_opts, "ZRANGE", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__rs(&x, NULL, start, o->start_len);
    arcmd__rs(&x, NULL, stop, o->stop_len);
    if ((o->byscore != 0) + (o->bylex != 0) > 1) arcmd__bad(&x, "at most one of byscore, bylex");
    arcmd__f(&x, "BYSCORE", o->byscore);
    arcmd__f(&x, "BYLEX", o->bylex);
    arcmd__f(&x, "REV", o->rev);
    if ((o->limit_offset || o->limit_count)) {
        if (!o->limit_offset) arcmd__bad(&x, "missing limit_offset");
        if (!o->limit_count) arcmd__bad(&x, "missing limit_count");
        arcmd__t(&x, "LIMIT");
        arcmd__ll(&x, NULL, o->limit_offset);
        arcmd__ll(&x, NULL, o->limit_count);
    }
    arcmd__f(&x, "WITHSCORES", o->withscores);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_zrangebylex(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const char *min, const char *max, const arcmd_zrangebylex_opts *o)
{
    ARCMD__BEGIN(arcmd_zrangebylex_opts, "ZRANGEBYLEX", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__rs(&x, NULL, min, o->min_len);
    arcmd__rs(&x, NULL, max, o->max_len);
    if ((o->limit_offset || o->limit_count)) {
        if (!o->limit_offset) arcmd__bad(&x, "missing limit_offset");
        if (!o->limit_count) arcmd__bad(&x, "missing limit_count");
        arcmd__t(&x, "LIMIT");
        arcmd__ll(&x, NULL, o->limit_offset);
        arcmd__ll(&x, NULL, o->limit_count);
    }
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_zrangebyscore(ar_client *c, ar_callback *cb, void *ud, const char *key, double min,
    double max, const arcmd_zrangebyscore_opts *o)
{
    ARCMD__BEGIN(arcmd_zrangebyscore_opts, "ZRANGEBYSCORE", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__d(&x, NULL, &min);
    arcmd__d(&x, NULL, &max);
    arcmd__f(&x, "WITHSCORES", o->withscores);
    if ((o->limit_offset || o->limit_count)) {
        if (!o->limit_offset) arcmd__bad(&x, "missing limit_offset");
        if (!o->limit_count) arcmd__bad(&x, "missing limit_count");
        arcmd__t(&x, "LIMIT");
        arcmd__ll(&x, NULL, o->limit_offset);
        arcmd__ll(&x, NULL, o->limit_count);
    }
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_zrangestore(ar_client *c, ar_callback *cb, void *ud, const char *dst,
    const char *src, const char *min, const char *max, const arcmd_zrangestore_opts *o)
{
    ARCMD__BEGIN(arcmd_zrangestore_opts, "ZRANGESTORE", NULL);
    arcmd__rs(&x, NULL, dst, o->dst_len);
    arcmd__rs(&x, NULL, src, o->src_len);
    arcmd__rs(&x, NULL, min, o->min_len);
    arcmd__rs(&x, NULL, max, o->max_len);
    if ((o->byscore != 0) + (o->bylex != 0) > 1) arcmd__bad(&x, "at most one of byscore, bylex");
    arcmd__f(&x, "BYSCORE", o->byscore);
    arcmd__f(&x, "BYLEX", o->bylex);
    arcmd__f(&x, "REV", o->rev);
    if ((o->limit_offset || o->limit_count)) {
        if (!o->limit_offset) arcmd__bad(&x, "missing limit_offset");
        if (!o->limit_count) arcmd__bad(&x, "missing limit_count");
        arcmd__t(&x, "LIMIT");
        arcmd__ll(&x, NULL, o->limit_offset);
        arcmd__ll(&x, NULL, o->limit_count);
    }
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_zrank(ar_client *c, ar_callback *cb, void *ud, const char *key, const char *member,
    const arcmd_zrank_opts *o)
{
    ARCMD__BEGIN(arcmd_zrank_opts, "ZRANK", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__rs(&x, NULL, member, o->member_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_zrem(ar_client *c, ar_callback *cb, void *ud, const char *key, int member_count,
    const char *const *member, const arcmd_zrem_opts *o)
{
    ARCMD__BEGIN(arcmd_zrem_opts, "ZREM", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__a(&x, NULL, 0, 1, member_count, member, o->member_len, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_zremrangebylex(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const char *min, const char *max, const arcmd_zremrangebylex_opts *o)
{
    ARCMD__BEGIN(arcmd_zremrangebylex_opts, "ZREMRANGEBYLEX", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__rs(&x, NULL, min, o->min_len);
    arcmd__rs(&x, NULL, max, o->max_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_zremrangebyrank(ar_client *c, ar_callback *cb, void *ud, const char *key,
    long long start, long long stop, const arcmd_zremrangebyrank_opts *o)
{
    ARCMD__BEGIN(arcmd_zremrangebyrank_opts, "ZREMRANGEBYRANK", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__ll(&x, NULL, &start);
    arcmd__ll(&x, NULL, &stop);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_zremrangebyscore(ar_client *c, ar_callback *cb, void *ud, const char *key,
    double min, double max, const arcmd_zremrangebyscore_opts *o)
{
    ARCMD__BEGIN(arcmd_zremrangebyscore_opts, "ZREMRANGEBYSCORE", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__d(&x, NULL, &min);
    arcmd__d(&x, NULL, &max);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_zrevrange(ar_client *c, ar_callback *cb, void *ud, const char *key,
    long long start, long long stop, const arcmd_zrevrange_opts *o)
{
    ARCMD__BEGIN(arcmd_zrevrange_opts, "ZREVRANGE", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__ll(&x, NULL, &start);
    arcmd__ll(&x, NULL, &stop);
    arcmd__f(&x, "WITHSCORES", o->withscores);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_zrevrangebylex(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const char *max, const char *min, const arcmd_zrevrangebylex_opts *o)
{
    ARCMD__BEGIN(arcmd_zrevrangebylex_opts, "ZREVRANGEBYLEX", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__rs(&x, NULL, max, o->max_len);
    arcmd__rs(&x, NULL, min, o->min_len);
    if ((o->limit_offset || o->limit_count)) {
        if (!o->limit_offset) arcmd__bad(&x, "missing limit_offset");
        if (!o->limit_count) arcmd__bad(&x, "missing limit_count");
        arcmd__t(&x, "LIMIT");
        arcmd__ll(&x, NULL, o->limit_offset);
        arcmd__ll(&x, NULL, o->limit_count);
    }
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_zrevrangebyscore(ar_client *c, ar_callback *cb, void *ud, const char *key,
    double max, double min, const arcmd_zrevrangebyscore_opts *o)
{
    ARCMD__BEGIN(arcmd_zrevrangebyscore_opts, "ZREVRANGEBYSCORE", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__d(&x, NULL, &max);
    arcmd__d(&x, NULL, &min);
    arcmd__f(&x, "WITHSCORES", o->withscores);
    if ((o->limit_offset || o->limit_count)) {
        if (!o->limit_offset) arcmd__bad(&x, "missing limit_offset");
        if (!o->limit_count) arcmd__bad(&x, "missing limit_count");
        arcmd__t(&x, "LIMIT");
        arcmd__ll(&x, NULL, o->limit_offset);
        arcmd__ll(&x, NULL, o->limit_count);
    }
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_zrevrank(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const char *member, const arcmd_zrevrank_opts *o)
{
    ARCMD__BEGIN(arcmd_zrevrank_opts, "ZREVRANK", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__rs(&x, NULL, member, o->member_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_zscan(ar_client *c, ar_callback *cb, void *ud, const char *key, const char *cursor,
    const arcmd_zscan_opts *o)
{
    ARCMD__BEGIN(arcmd_zscan_opts, "ZSCAN", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__rs(&x, NULL, cursor, o->cursor_len);
    arcmd__s(&x, "MATCH", o->match, o->match_len);
    arcmd__ll(&x, "COUNT", o->count);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_zscore(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const char *member, const arcmd_zscore_opts *o)
{
    ARCMD__BEGIN(arcmd_zscore_opts, "ZSCORE", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__rs(&x, NULL, member, o->member_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_zunion(ar_client *c, ar_callback *cb, void *ud, int key_count,
    const char *const *key, const arcmd_zunion_opts *o)
{
    ARCMD__BEGIN(arcmd_zunion_opts, "ZUNION", NULL);
    arcmd__n(&x, key_count);
    arcmd__a(&x, NULL, 0, 1, key_count, key, o->key_len, 1);
    arcmd__a(&x, "WEIGHTS", 0, 0, o->weights_count, o->weights, o->weights_len, 1);
    arcmd__c(&x, "AGGREGATE", o->aggregate, "SUM\000MIN\000MAX\000", 0);
    arcmd__f(&x, "WITHSCORES", o->withscores);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_zunionstore(ar_client *c, ar_callback *cb, void *ud, const char *destination,
    int key_count, const char *const *key, const arcmd_zunionstore_opts *o)
{
    ARCMD__BEGIN(arcmd_zunionstore_opts, "ZUNIONSTORE", NULL);
    arcmd__rs(&x, NULL, destination, o->destination_len);
    arcmd__n(&x, key_count);
    arcmd__a(&x, NULL, 0, 1, key_count, key, o->key_len, 1);
    arcmd__a(&x, "WEIGHTS", 0, 0, o->weights_count, o->weights, o->weights_len, 1);
    arcmd__c(&x, "AGGREGATE", o->aggregate, "SUM\000MIN\000MAX\000", 0);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_hdel(ar_client *c, ar_callback *cb, void *ud, const char *key, int field_count,
    const char *const *field, const arcmd_hdel_opts *o)
{
    ARCMD__BEGIN(arcmd_hdel_opts, "HDEL", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__a(&x, NULL, 0, 1, field_count, field, o->field_len, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_hexists(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const char *field, const arcmd_hexists_opts *o)
{
    ARCMD__BEGIN(arcmd_hexists_opts, "HEXISTS", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__rs(&x, NULL, field, o->field_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_hget(ar_client *c, ar_callback *cb, void *ud, const char *key, const char *field,
    const arcmd_hget_opts *o)
{
    ARCMD__BEGIN(arcmd_hget_opts, "HGET", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__rs(&x, NULL, field, o->field_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_hgetall(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_hgetall_opts *o)
{
    ARCMD__BEGIN(arcmd_hgetall_opts, "HGETALL", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_hincrby(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const char *field, long long increment, const arcmd_hincrby_opts *o)
{
    ARCMD__BEGIN(arcmd_hincrby_opts, "HINCRBY", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__rs(&x, NULL, field, o->field_len);
    arcmd__ll(&x, NULL, &increment);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_hincrbyfloat(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const char *field, double increment, const arcmd_hincrbyfloat_opts *o)
{
    ARCMD__BEGIN(arcmd_hincrbyfloat_opts, "HINCRBYFLOAT", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__rs(&x, NULL, field, o->field_len);
    arcmd__d(&x, NULL, &increment);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_hkeys(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_hkeys_opts *o)
{
    ARCMD__BEGIN(arcmd_hkeys_opts, "HKEYS", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_hlen(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_hlen_opts *o)
{
    ARCMD__BEGIN(arcmd_hlen_opts, "HLEN", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_hmget(ar_client *c, ar_callback *cb, void *ud, const char *key, int field_count,
    const char *const *field, const arcmd_hmget_opts *o)
{
    ARCMD__BEGIN(arcmd_hmget_opts, "HMGET", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__a(&x, NULL, 0, 1, field_count, field, o->field_len, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_hmset(ar_client *c, ar_callback *cb, void *ud, const char *key,
    int field_value_count, const char *const *field_value, const arcmd_hmset_opts *o)
{
    ARCMD__BEGIN(arcmd_hmset_opts, "HMSET", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__a(&x, NULL, 0, 1, field_value_count, field_value, o->field_value_len, 2);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_hrandfield(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_hrandfield_opts *o)
{
    ARCMD__BEGIN(arcmd_hrandfield_opts, "HRANDFIELD", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    if ((o->count || o->withvalues)) {
        if (!o->count) arcmd__bad(&x, "missing count");
        arcmd__ll(&x, NULL, o->count);
        arcmd__f(&x, "WITHVALUES", o->withvalues);
    }
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_hscan(ar_client *c, ar_callback *cb, void *ud, const char *key, const char *cursor,
    const arcmd_hscan_opts *o)
{
    ARCMD__BEGIN(arcmd_hscan_opts, "HSCAN", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__rs(&x, NULL, cursor, o->cursor_len);
    arcmd__s(&x, "MATCH", o->match, o->match_len);
    arcmd__ll(&x, "COUNT", o->count);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_hset(ar_client *c, ar_callback *cb, void *ud, const char *key,
    int field_value_count, const char *const *field_value, const arcmd_hset_opts *o)
{
    ARCMD__BEGIN(arcmd_hset_opts, "HSET", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__a(&x, NULL, 0, 1, field_value_count, field_value, o->field_value_len, 2);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_hsetnx(ar_client *c, ar_callback *cb, void *ud, const char *key, const char *field,
    const char *value, const arcmd_hsetnx_opts *o)
{
    ARCMD__BEGIN(arcmd_hsetnx_opts, "HSETNX", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__rs(&x, NULL, field, o->field_len);
    arcmd__rs(&x, NULL, value, o->value_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_hstrlen(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const char *field, const arcmd_hstrlen_opts *o)
{
    ARCMD__BEGIN(arcmd_hstrlen_opts, "HSTRLEN", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__rs(&x, NULL, field, o->field_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_hvals(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_hvals_opts *o)
{
    ARCMD__BEGIN(arcmd_hvals_opts, "HVALS", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_psubscribe(ar_client *c, ar_callback *cb, void *ud, int pattern_count,
    const char *const *pattern, const arcmd_psubscribe_opts *o)
{
    ARCMD__BEGIN(arcmd_psubscribe_opts, "PSUBSCRIBE", NULL);
    arcmd__a(&x, NULL, 0, 1, pattern_count, pattern, o->pattern_len, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_publish(ar_client *c, ar_callback *cb, void *ud, const char *channel,
    const char *message, const arcmd_publish_opts *o)
{
    ARCMD__BEGIN(arcmd_publish_opts, "PUBLISH", NULL);
    arcmd__rs(&x, NULL, channel, o->channel_len);
    arcmd__rs(&x, NULL, message, o->message_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_pubsub_channels(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_pubsub_channels_opts *o)
{
    ARCMD__BEGIN(arcmd_pubsub_channels_opts, "PUBSUB", "CHANNELS");
    arcmd__s(&x, NULL, o->pattern, o->pattern_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_pubsub_help(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_pubsub_help_opts *o)
{
    ARCMD__BEGIN(arcmd_pubsub_help_opts, "PUBSUB", "HELP");
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_pubsub_numpat(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_pubsub_numpat_opts *o)
{
    ARCMD__BEGIN(arcmd_pubsub_numpat_opts, "PUBSUB", "NUMPAT");
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_pubsub_numsub(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_pubsub_numsub_opts *o)
{
    ARCMD__BEGIN(arcmd_pubsub_numsub_opts, "PUBSUB", "NUMSUB");
    arcmd__a(&x, NULL, 0, 0, o->channel_count, o->channel, o->channel_len, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_pubsub_shardchannels(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_pubsub_shardchannels_opts *o)
{
    ARCMD__BEGIN(arcmd_pubsub_shardchannels_opts, "PUBSUB", "SHARDCHANNELS");
    arcmd__s(&x, NULL, o->pattern, o->pattern_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_pubsub_shardnumsub(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_pubsub_shardnumsub_opts *o)
{
    ARCMD__BEGIN(arcmd_pubsub_shardnumsub_opts, "PUBSUB", "SHARDNUMSUB");
    arcmd__a(&x, NULL, 0, 0, o->shardchannel_count, o->shardchannel, o->shardchannel_len, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_punsubscribe(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_punsubscribe_opts *o)
{
    ARCMD__BEGIN(arcmd_punsubscribe_opts, "PUNSUBSCRIBE", NULL);
    arcmd__a(&x, NULL, 0, 0, o->pattern_count, o->pattern, o->pattern_len, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_spublish(ar_client *c, ar_callback *cb, void *ud, const char *shardchannel,
    const char *message, const arcmd_spublish_opts *o)
{
    ARCMD__BEGIN(arcmd_spublish_opts, "SPUBLISH", NULL);
    arcmd__rs(&x, NULL, shardchannel, o->shardchannel_len);
    arcmd__rs(&x, NULL, message, o->message_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_ssubscribe(ar_client *c, ar_callback *cb, void *ud, int shardchannel_count,
    const char *const *shardchannel, const arcmd_ssubscribe_opts *o)
{
    ARCMD__BEGIN(arcmd_ssubscribe_opts, "SSUBSCRIBE", NULL);
    arcmd__a(&x, NULL, 0, 1, shardchannel_count, shardchannel, o->shardchannel_len, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_subscribe(ar_client *c, ar_callback *cb, void *ud, int channel_count,
    const char *const *channel, const arcmd_subscribe_opts *o)
{
    ARCMD__BEGIN(arcmd_subscribe_opts, "SUBSCRIBE", NULL);
    arcmd__a(&x, NULL, 0, 1, channel_count, channel, o->channel_len, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_sunsubscribe(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_sunsubscribe_opts *o)
{
    ARCMD__BEGIN(arcmd_sunsubscribe_opts, "SUNSUBSCRIBE", NULL);
    arcmd__a(&x, NULL, 0, 0, o->shardchannel_count, o->shardchannel, o->shardchannel_len, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_unsubscribe(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_unsubscribe_opts *o)
{
    ARCMD__BEGIN(arcmd_unsubscribe_opts, "UNSUBSCRIBE", NULL);
    arcmd__a(&x, NULL, 0, 0, o->channel_count, o->channel, o->channel_len, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_discard(ar_client *c, ar_callback *cb, void *ud, const arcmd_discard_opts *o)
{
    ARCMD__BEGIN(arcmd_discard_opts, "DISCARD", NULL);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_exec(ar_client *c, ar_callback *cb, void *ud, const arcmd_exec_opts *o)
{
    ARCMD__BEGIN(arcmd_exec_opts, "EXEC", NULL);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_multi(ar_client *c, ar_callback *cb, void *ud, const arcmd_multi_opts *o)
{
    ARCMD__BEGIN(arcmd_multi_opts, "MULTI", NULL);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_unwatch(ar_client *c, ar_callback *cb, void *ud, const arcmd_unwatch_opts *o)
{
    ARCMD__BEGIN(arcmd_unwatch_opts, "UNWATCH", NULL);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_watch(ar_client *c, ar_callback *cb, void *ud, int key_count,
    const char *const *key, const arcmd_watch_opts *o)
{
    ARCMD__BEGIN(arcmd_watch_opts, "WATCH", NULL);
    arcmd__a(&x, NULL, 0, 1, key_count, key, o->key_len, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_auth(ar_client *c, ar_callback *cb, void *ud, const char *password,
    const arcmd_auth_opts *o)
{
    ARCMD__BEGIN(arcmd_auth_opts, "AUTH", NULL);
    arcmd__s(&x, NULL, o->username, o->username_len);
    arcmd__rs(&x, NULL, password, o->password_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_client_caching(ar_client *c, ar_callback *cb, void *ud, const char *mode,
    const arcmd_client_caching_opts *o)
{
    ARCMD__BEGIN(arcmd_client_caching_opts, "CLIENT", "CACHING");
    arcmd__c(&x, NULL, mode, "YES\000NO\000", 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_client_getname(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_client_getname_opts *o)
{
    ARCMD__BEGIN(arcmd_client_getname_opts, "CLIENT", "GETNAME");
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_client_getredir(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_client_getredir_opts *o)
{
    ARCMD__BEGIN(arcmd_client_getredir_opts, "CLIENT", "GETREDIR");
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_client_help(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_client_help_opts *o)
{
    ARCMD__BEGIN(arcmd_client_help_opts, "CLIENT", "HELP");
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_client_id(ar_client *c, ar_callback *cb, void *ud, const arcmd_client_id_opts *o)
{
    ARCMD__BEGIN(arcmd_client_id_opts, "CLIENT", "ID");
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_client_info(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_client_info_opts *o)
{
    ARCMD__BEGIN(arcmd_client_info_opts, "CLIENT", "INFO");
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_client_kill(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_client_kill_opts *o)
{
    ARCMD__BEGIN(arcmd_client_kill_opts, "CLIENT", "KILL");
    if ((o->ip_port != 0) + ((o->id || o->type || o->user || o->addr || o->laddr || o->skipme) != 0) != 1) arcmd__bad(&x, "exactly one of ip_port, id/type/user/addr/laddr/skipme");
    if (o->ip_port) {
        arcmd__s(&x, NULL, o->ip_port, o->ip_port_len);
    } else if ((o->id || o->type || o->user || o->addr || o->laddr || o->skipme)) {
        arcmd__ll(&x, "ID", o->id);
        arcmd__c(&x, "TYPE", o->type, "NORMAL\000MASTER\000SLAVE\000REPLICA\000PUBSUB\000", 0);
        arcmd__s(&x, "USER", o->user, o->user_len);
        arcmd__s(&x, "ADDR", o->addr, o->addr_len);
        arcmd__s(&x, "LADDR", o->laddr, o->laddr_len);
        arcmd__s(&x, "SKIPME", o->skipme, o->skipme_len);
    }
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_client_list(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_client_list_opts *o)
{
    ARCMD__BEGIN(arcmd_client_list_opts, "CLIENT", "LIST");
    arcmd__c(&x, "TYPE", o->type, "NORMAL\000MASTER\000REPLICA\000PUBSUB\000", 0);
    if (o->id_client_id_count) {
        if (!o->id_client_id_count) arcmd__bad(&x, "missing id_client_id");
        arcmd__t(&x, "ID");
        arcmd__a(&x, NULL, 0, 0, o->id_client_id_count, o->id_client_id, o->id_client_id_len, 1);
    }
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_client_no_evict(ar_client *c, ar_callback *cb, void *ud, const char *enabled,
    const arcmd_client_no_evict_opts *o)
{
    ARCMD__BEGIN(arcmd_client_no_evict_opts, "CLIENT", "NO-EVICT");
    arcmd__c(&x, NULL, enabled, "ON\000OFF\000", 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_client_pause(ar_client *c, ar_callback *cb, void *ud, long long timeout,
    const arcmd_client_pause_opts *o)
{
    ARCMD__BEGIN(arcmd_client_pause_opts, "CLIENT", "PAUSE");
    arcmd__ll(&x, NULL, &timeout);
    if ((o->write != 0) + (o->all != 0) > 1) arcmd__bad(&x, "at most one of write, all");
    arcmd__f(&x, "WRITE", o->write);
    arcmd__f(&x, "ALL", o->all);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_client_reply(ar_client *c, ar_callback *cb, void *ud, const char *on_off_skip,
    const arcmd_client_reply_opts *o)
{
    ARCMD__BEGIN(arcmd_client_reply_opts, "CLIENT", "REPLY");
    arcmd__c(&x, NULL, on_off_skip, "ON\000OFF\000SKIP\000", 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_client_setname(ar_client *c, ar_callback *cb, void *ud,
    const char *connection_name, const arcmd_client_setname_opts *o)
{
    ARCMD__BEGIN(arcmd_client_setname_opts, "CLIENT", "SETNAME");
    arcmd__rs(&x, NULL, connection_name, o->connection_name_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_client_tracking(ar_client *c, ar_callback *cb, void *ud, const char *status,
    const arcmd_client_tracking_opts *o)
{
    ARCMD__BEGIN(arcmd_client_tracking_opts, "CLIENT", "TRACKING");
    arcmd__c(&x, NULL, status, "ON\000OFF\000", 1);
    arcmd__ll(&x, "REDIRECT", o->redirect);
    arcmd__a(&x, "PREFIX", 1, 0, o->prefix_count, o->prefix, o->prefix_len, 1);
    arcmd__f(&x, "BCAST", o->bcast);
    arcmd__f(&x, "OPTIN", o->optin);
    arcmd__f(&x, "OPTOUT", o->optout);
    arcmd__f(&x, "NOLOOP", o->noloop);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_client_trackinginfo(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_client_trackinginfo_opts *o)
{
    ARCMD__BEGIN(arcmd_client_trackinginfo_opts, "CLIENT", "TRACKINGINFO");
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_client_unblock(ar_client *c, ar_callback *cb, void *ud, long long client_id,
    const arcmd_client_unblock_opts *o)
{
    ARCMD__BEGIN(arcmd_client_unblock_opts, "CLIENT", "UNBLOCK");
    arcmd__ll(&x, NULL, &client_id);
    if ((o->timeout != 0) + (o->error != 0) > 1) arcmd__bad(&x, "at most one of timeout, error");
    arcmd__f(&x, "TIMEOUT", o->timeout);
    arcmd__f(&x, "ERROR", o->error);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_client_unpause(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_client_unpause_opts *o)
{
    ARCMD__BEGIN(arcmd_client_unpause_opts, "CLIENT", "UNPAUSE");
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_echo(ar_client *c, ar_callback *cb, void *ud, const char *message,
    const arcmd_echo_opts *o)
{
    ARCMD__BEGIN(arcmd_echo_opts, "ECHO", NULL);
    arcmd__rs(&x, NULL, message, o->message_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_hello(ar_client *c, ar_callback *cb, void *ud, const arcmd_hello_opts *o)
{
    ARCMD__BEGIN(arcmd_hello_opts, "HELLO", NULL);
    if ((o->protover || (o->auth_username || o->auth_password) || o->setname)) {
        if (!o->protover) arcmd__bad(&x, "missing protover");
        arcmd__ll(&x, NULL, o->protover);
        if ((o->auth_username || o->auth_password)) {
            if (!o->auth_username) arcmd__bad(&x, "missing auth_username");
            if (!o->auth_password) arcmd__bad(&x, "missing auth_password");
            arcmd__t(&x, "AUTH");
            arcmd__s(&x, NULL, o->auth_username, o->auth_username_len);
            arcmd__s(&x, NULL, o->auth_password, o->auth_password_len);
        }
        arcmd__s(&x, "SETNAME", o->setname, o->setname_len);
    }
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_ping(ar_client *c, ar_callback *cb, void *ud, const arcmd_ping_opts *o)
{
    ARCMD__BEGIN(arcmd_ping_opts, "PING", NULL);
    arcmd__s(&x, NULL, o->message, o->message_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_quit(ar_client *c, ar_callback *cb, void *ud, const arcmd_quit_opts *o)
{
    ARCMD__BEGIN(arcmd_quit_opts, "QUIT", NULL);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_reset(ar_client *c, ar_callback *cb, void *ud, const arcmd_reset_opts *o)
{
    ARCMD__BEGIN(arcmd_reset_opts, "RESET", NULL);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_select(ar_client *c, ar_callback *cb, void *ud, long long index,
    const arcmd_select_opts *o)
{
    ARCMD__BEGIN(arcmd_select_opts, "SELECT", NULL);
    arcmd__ll(&x, NULL, &index);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_acl_cat(ar_client *c, ar_callback *cb, void *ud, const arcmd_acl_cat_opts *o)
{
    ARCMD__BEGIN(arcmd_acl_cat_opts, "ACL", "CAT");
    arcmd__s(&x, NULL, o->categoryname, o->categoryname_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_acl_deluser(ar_client *c, ar_callback *cb, void *ud, int username_count,
    const char *const *username, const arcmd_acl_deluser_opts *o)
{
    ARCMD__BEGIN(arcmd_acl_deluser_opts, "ACL", "DELUSER");
    arcmd__a(&x, NULL, 0, 1, username_count, username, o->username_len, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_acl_dryrun(ar_client *c, ar_callback *cb, void *ud, const char *username,
    const char *command, const arcmd_acl_dryrun_opts *o)
{
    ARCMD__BEGIN(arcmd_acl_dryrun_opts, "ACL", "DRYRUN");
    arcmd__rs(&x, NULL, username, o->username_len);
    arcmd__rs(&x, NULL, command, o->command_len);
    arcmd__a(&x, NULL, 0, 0, o->arg_count, o->arg, o->arg_len, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_acl_genpass(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_acl_genpass_opts *o)
{
    ARCMD__BEGIN(arcmd_acl_genpass_opts, "ACL", "GENPASS");
    arcmd__ll(&x, NULL, o->bits);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_acl_getuser(ar_client *c, ar_callback *cb, void *ud, const char *username,
    const arcmd_acl_getuser_opts *o)
{
    ARCMD__BEGIN(arcmd_acl_getuser_opts, "ACL", "GETUSER");
    arcmd__rs(&x, NULL, username, o->username_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_acl_help(ar_client *c, ar_callback *cb, void *ud, const arcmd_acl_help_opts *o)
{
    ARCMD__BEGIN(arcmd_acl_help_opts, "ACL", "HELP");
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_acl_list(ar_client *c, ar_callback *cb, void *ud, const arcmd_acl_list_opts *o)
{
    ARCMD__BEGIN(arcmd_acl_list_opts, "ACL", "LIST");
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_acl_load(ar_client *c, ar_callback *cb, void *ud, const arcmd_acl_load_opts *o)
{
    ARCMD__BEGIN(arcmd_acl_load_opts, "ACL", "LOAD");
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_acl_log(ar_client *c, ar_callback *cb, void *ud, const arcmd_acl_log_opts *o)
{
    ARCMD__BEGIN(arcmd_acl_log_opts, "ACL", "LOG");
    if ((o->count != 0) + (o->reset != 0) > 1) arcmd__bad(&x, "at most one of count, reset");
    arcmd__ll(&x, NULL, o->count);
    arcmd__f(&x, "RESET", o->reset);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_acl_save(ar_client *c, ar_callback *cb, void *ud, const arcmd_acl_save_opts *o)
{
    ARCMD__BEGIN(arcmd_acl_save_opts, "ACL", "SAVE");
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_acl_setuser(ar_client *c, ar_callback *cb, void *ud, const char *username,
    const arcmd_acl_setuser_opts *o)
{
    ARCMD__BEGIN(arcmd_acl_setuser_opts, "ACL", "SETUSER");
    arcmd__rs(&x, NULL, username, o->username_len);
    arcmd__a(&x, NULL, 0, 0, o->rule_count, o->rule, o->rule_len, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_acl_users(ar_client *c, ar_callback *cb, void *ud, const arcmd_acl_users_opts *o)
{
    ARCMD__BEGIN(arcmd_acl_users_opts, "ACL", "USERS");
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_acl_whoami(ar_client *c, ar_callback *cb, void *ud, const arcmd_acl_whoami_opts *o)
{
    ARCMD__BEGIN(arcmd_acl_whoami_opts, "ACL", "WHOAMI");
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_bgrewriteaof(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_bgrewriteaof_opts *o)
{
    ARCMD__BEGIN(arcmd_bgrewriteaof_opts, "BGREWRITEAOF", NULL);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_bgsave(ar_client *c, ar_callback *cb, void *ud, const arcmd_bgsave_opts *o)
{
    ARCMD__BEGIN(arcmd_bgsave_opts, "BGSAVE", NULL);
    arcmd__f(&x, "SCHEDULE", o->schedule);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_command_count(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_command_count_opts *o)
{
    ARCMD__BEGIN(arcmd_command_count_opts, "COMMAND", "COUNT");
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_command_docs(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_command_docs_opts *o)
{
    ARCMD__BEGIN(arcmd_command_docs_opts, "COMMAND", "DOCS");
    arcmd__a(&x, NULL, 0, 0, o->command_name_count, o->command_name, o->command_name_len, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_command_getkeys(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_command_getkeys_opts *o)
{
    ARCMD__BEGIN(arcmd_command_getkeys_opts, "COMMAND", "GETKEYS");
    arcmd__a(&x, NULL, 0, 0, o->argc, o->argv, o->argvlen, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_command_getkeysandflags(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_command_getkeysandflags_opts *o)
{
    ARCMD__BEGIN(arcmd_command_getkeysandflags_opts, "COMMAND", "GETKEYSANDFLAGS");
    arcmd__a(&x, NULL, 0, 0, o->argc, o->argv, o->argvlen, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_command_help(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_command_help_opts *o)
{
    ARCMD__BEGIN(arcmd_command_help_opts, "COMMAND", "HELP");
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_command_info(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_command_info_opts *o)
{
    ARCMD__BEGIN(arcmd_command_info_opts, "COMMAND", "INFO");
    arcmd__a(&x, NULL, 0, 0, o->command_name_count, o->command_name, o->command_name_len, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_command_list(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_command_list_opts *o)
{
    ARCMD__BEGIN(arcmd_command_list_opts, "COMMAND", "LIST");
    if ((o->module != 0) + (o->aclcat != 0) + (o->pattern != 0) > 1) arcmd__bad(&x, "at most one of module, aclcat, pattern");
    if ((o->module || o->aclcat || o->pattern)) arcmd__t(&x, "FILTERBY");
    arcmd__s(&x, "MODULE", o->module, o->module_len);
    arcmd__s(&x, "ACLCAT", o->aclcat, o->aclcat_len);
    arcmd__s(&x, "PATTERN", o->pattern, o->pattern_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_config_get(ar_client *c, ar_callback *cb, void *ud, int parameter_count,
    const char *const *parameter, const arcmd_config_get_opts *o)
{
    ARCMD__BEGIN(arcmd_config_get_opts, "CONFIG", "GET");
    arcmd__a(&x, NULL, 0, 1, parameter_count, parameter, o->parameter_len, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_config_help(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_config_help_opts *o)
{
    ARCMD__BEGIN(arcmd_config_help_opts, "CONFIG", "HELP");
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_config_resetstat(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_config_resetstat_opts *o)
{
    ARCMD__BEGIN(arcmd_config_resetstat_opts, "CONFIG", "RESETSTAT");
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_config_rewrite(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_config_rewrite_opts *o)
{
    ARCMD__BEGIN(arcmd_config_rewrite_opts, "CONFIG", "REWRITE");
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_config_set(ar_client *c, ar_callback *cb, void *ud, int parameter_value_count,
    const char *const *parameter_value, const arcmd_config_set_opts *o)
{
    ARCMD__BEGIN(arcmd_config_set_opts, "CONFIG", "SET");
    arcmd__a(&x, NULL, 0, 1, parameter_value_count, parameter_value, o->parameter_value_len, 2);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_dbsize(ar_client *c, ar_callback *cb, void *ud, const arcmd_dbsize_opts *o)
{
    ARCMD__BEGIN(arcmd_dbsize_opts, "DBSIZE", NULL);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_debug(ar_client *c, ar_callback *cb, void *ud, const arcmd_debug_opts *o)
{
    ARCMD__BEGIN(arcmd_debug_opts, "DEBUG", NULL);
    arcmd__a(&x, NULL, 0, 0, o->argc, o->argv, o->argvlen, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_failover(ar_client *c, ar_callback *cb, void *ud, const arcmd_failover_opts *o)
{
    ARCMD__BEGIN(arcmd_failover_opts, "FAILOVER", NULL);
    if ((o->to_host || o->to_port || o->force)) {
        if (!o->to_host) arcmd__bad(&x, "missing to_host");
        if (!o->to_port) arcmd__bad(&x, "missing to_port");
        arcmd__t(&x, "TO");
        arcmd__s(&x, NULL, o->to_host, o->to_host_len);
        arcmd__ll(&x, NULL, o->to_port);
        arcmd__f(&x, "FORCE", o->force);
    }
    arcmd__f(&x, "ABORT", o->abort);
    arcmd__ll(&x, "TIMEOUT", o->timeout);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_flushall(ar_client *c, ar_callback *cb, void *ud, const arcmd_flushall_opts *o)
{
    ARCMD__BEGIN(arcmd_flushall_opts, "FLUSHALL", NULL);
    if ((o->async != 0) + (o->sync != 0) > 1) arcmd__bad(&x, "at most one of async, sync");
    arcmd__f(&x, "ASYNC", o->async);
    arcmd__f(&x, "SYNC", o->sync);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_flushdb(ar_client *c, ar_callback *cb, void *ud, const arcmd_flushdb_opts *o)
{
    ARCMD__BEGIN(arcmd_flushdb_opts, "FLUSHDB", NULL);
    if ((o->async != 0) + (o->sync != 0) > 1) arcmd__bad(&x, "at most one of async, sync");
    arcmd__f(&x, "ASYNC", o->async);
    arcmd__f(&x, "SYNC", o->sync);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_info(ar_client *c, ar_callback *cb, void *ud, const arcmd_info_opts *o)
{
    ARCMD__BEGIN(arcmd_info_opts, "INFO", NULL);
    arcmd__a(&x, NULL, 0, 0, o->section_count, o->section, o->section_len, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_lastsave(ar_client *c, ar_callback *cb, void *ud, const arcmd_lastsave_opts *o)
{
    ARCMD__BEGIN(arcmd_lastsave_opts, "LASTSAVE", NULL);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_latency_doctor(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_latency_doctor_opts *o)
{
    ARCMD__BEGIN(arcmd_latency_doctor_opts, "LATENCY", "DOCTOR");
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_latency_graph(ar_client *c, ar_callback *cb, void *ud, const char *event,
    const arcmd_latency_graph_opts *o)
{
    ARCMD__BEGIN(arcmd_latency_graph_opts, "LATENCY", "GRAPH");
    arcmd__rs(&x, NULL, event, o->event_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_latency_help(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_latency_help_opts *o)
{
    ARCMD__BEGIN(arcmd_latency_help_opts, "LATENCY", "HELP");
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_latency_histogram(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_latency_histogram_opts *o)
{
    ARCMD__BEGIN(arcmd_latency_histogram_opts, "LATENCY", "HISTOGRAM");
    arcmd__a(&x, NULL, 0, 0, o->command_count, o->command, o->command_len, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_latency_history(ar_client *c, ar_callback *cb, void *ud, const char *event,
    const arcmd_latency_history_opts *o)
{
    ARCMD__BEGIN(arcmd_latency_history_opts, "LATENCY", "HISTORY");
    arcmd__rs(&x, NULL, event, o->event_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_latency_latest(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_latency_latest_opts *o)
{
    ARCMD__BEGIN(arcmd_latency_latest_opts, "LATENCY", "LATEST");
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_latency_reset(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_latency_reset_opts *o)
{
    ARCMD__BEGIN(arcmd_latency_reset_opts, "LATENCY", "RESET");
    arcmd__a(&x, NULL, 0, 0, o->event_count, o->event, o->event_len, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_lolwut(ar_client *c, ar_callback *cb, void *ud, const arcmd_lolwut_opts *o)
{
    ARCMD__BEGIN(arcmd_lolwut_opts, "LOLWUT", NULL);
    arcmd__ll(&x, "VERSION", o->version);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_memory_doctor(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_memory_doctor_opts *o)
{
    ARCMD__BEGIN(arcmd_memory_doctor_opts, "MEMORY", "DOCTOR");
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_memory_help(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_memory_help_opts *o)
{
    ARCMD__BEGIN(arcmd_memory_help_opts, "MEMORY", "HELP");
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_memory_malloc_stats(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_memory_malloc_stats_opts *o)
{
    ARCMD__BEGIN(arcmd_memory_malloc_stats_opts, "MEMORY", "MALLOC-STATS");
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_memory_purge(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_memory_purge_opts *o)
{
    ARCMD__BEGIN(arcmd_memory_purge_opts, "MEMORY", "PURGE");
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_memory_stats(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_memory_stats_opts *o)
{
    ARCMD__BEGIN(arcmd_memory_stats_opts, "MEMORY", "STATS");
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_memory_usage(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_memory_usage_opts *o)
{
    ARCMD__BEGIN(arcmd_memory_usage_opts, "MEMORY", "USAGE");
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__ll(&x, "SAMPLES", o->samples);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_module_help(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_module_help_opts *o)
{
    ARCMD__BEGIN(arcmd_module_help_opts, "MODULE", "HELP");
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_module_list(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_module_list_opts *o)
{
    ARCMD__BEGIN(arcmd_module_list_opts, "MODULE", "LIST");
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_module_load(ar_client *c, ar_callback *cb, void *ud, const char *path,
    const arcmd_module_load_opts *o)
{
    ARCMD__BEGIN(arcmd_module_load_opts, "MODULE", "LOAD");
    arcmd__rs(&x, NULL, path, o->path_len);
    arcmd__a(&x, NULL, 0, 0, o->arg_count, o->arg, o->arg_len, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_module_loadex(ar_client *c, ar_callback *cb, void *ud, const char *path,
    const arcmd_module_loadex_opts *o)
{
    ARCMD__BEGIN(arcmd_module_loadex_opts, "MODULE", "LOADEX");
    arcmd__rs(&x, NULL, path, o->path_len);
    arcmd__a(&x, "CONFIG", 1, 0, o->config_count, o->config, o->config_len, 2);
    arcmd__a(&x, "ARGS", 0, 0, o->args_count, o->args, o->args_len, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_module_unload(ar_client *c, ar_callback *cb, void *ud, const char *name,
    const arcmd_module_unload_opts *o)
{
    ARCMD__BEGIN(arcmd_module_unload_opts, "MODULE", "UNLOAD");
    arcmd__rs(&x, NULL, name, o->name_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_monitor(ar_client *c, ar_callback *cb, void *ud, const arcmd_monitor_opts *o)
{
    ARCMD__BEGIN(arcmd_monitor_opts, "MONITOR", NULL);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_psync(ar_client *c, ar_callback *cb, void *ud, const char *replicationid,
    long long offset, const arcmd_psync_opts *o)
{
    ARCMD__BEGIN(arcmd_psync_opts, "PSYNC", NULL);
    arcmd__rs(&x, NULL, replicationid, o->replicationid_len);
    arcmd__ll(&x, NULL, &offset);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_replconf(ar_client *c, ar_callback *cb, void *ud, const arcmd_replconf_opts *o)
{
    ARCMD__BEGIN(arcmd_replconf_opts, "REPLCONF", NULL);
    arcmd__a(&x, NULL, 0, 0, o->argc, o->argv, o->argvlen, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_replicaof(ar_client *c, ar_callback *cb, void *ud, const arcmd_replicaof_opts *o)
{
    ARCMD__BEGIN(arcmd_replicaof_opts, "REPLICAOF", NULL);
    if (((o->host || o->port) != 0) + (o->no_one != 0) != 1) arcmd__bad(&x, "exactly one of host+port, no_one");
    if ((o->host || o->port)) {
        if (!o->host) arcmd__bad(&x, "missing host");
        if (!o->port) arcmd__bad(&x, "missing port");
        arcmd__s(&x, NULL, o->host, o->host_len);
        arcmd__ll(&x, NULL, o->port);
    } else if (o->no_one) {
        if (o->no_one) {
            arcmd__t(&x, "NO");
            arcmd__t(&x, "ONE");
        }
    }
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_restore_asking(ar_client *c, ar_callback *cb, void *ud, const char *key,
    long long ttl, const char *serialized_value, const arcmd_restore_asking_opts *o)
{
    ARCMD__BEGIN(arcmd_restore_asking_opts, "RESTORE-ASKING", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__ll(&x, NULL, &ttl);
    arcmd__rs(&x, NULL, serialized_value, o->serialized_value_len);
    arcmd__f(&x, "REPLACE", o->replace);
    arcmd__f(&x, "ABSTTL", o->absttl);
    arcmd__ll(&x, "IDLETIME", o->idletime);
    arcmd__ll(&x, "FREQ", o->freq);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_role(ar_client *c, ar_callback *cb, void *ud, const arcmd_role_opts *o)
{
    ARCMD__BEGIN(arcmd_role_opts, "ROLE", NULL);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_save(ar_client *c, ar_callback *cb, void *ud, const arcmd_save_opts *o)
{
    ARCMD__BEGIN(arcmd_save_opts, "SAVE", NULL);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_shutdown(ar_client *c, ar_callback *cb, void *ud, const arcmd_shutdown_opts *o)
{
    ARCMD__BEGIN(arcmd_shutdown_opts, "SHUTDOWN", NULL);
    if ((o->nosave != 0) + (o->save != 0) > 1) arcmd__bad(&x, "at most one of nosave, save");
    arcmd__f(&x, "NOSAVE", o->nosave);
    arcmd__f(&x, "SAVE", o->save);
    arcmd__f(&x, "NOW", o->now);
    arcmd__f(&x, "FORCE", o->force);
    arcmd__f(&x, "ABORT", o->abort);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_slaveof(ar_client *c, ar_callback *cb, void *ud, const arcmd_slaveof_opts *o)
{
    ARCMD__BEGIN(arcmd_slaveof_opts, "SLAVEOF", NULL);
    if (((o->host || o->port) != 0) + (o->no_one != 0) != 1) arcmd__bad(&x, "exactly one of host+port, no_one");
    if ((o->host || o->port)) {
        if (!o->host) arcmd__bad(&x, "missing host");
        if (!o->port) arcmd__bad(&x, "missing port");
        arcmd__s(&x, NULL, o->host, o->host_len);
        arcmd__ll(&x, NULL, o->port);
    } else if (o->no_one) {
        if (o->no_one) {
            arcmd__t(&x, "NO");
            arcmd__t(&x, "ONE");
        }
    }
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_slowlog_get(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_slowlog_get_opts *o)
{
    ARCMD__BEGIN(arcmd_slowlog_get_opts, "SLOWLOG", "GET");
    arcmd__ll(&x, NULL, o->count);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_slowlog_help(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_slowlog_help_opts *o)
{
    ARCMD__BEGIN(arcmd_slowlog_help_opts, "SLOWLOG", "HELP");
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_slowlog_len(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_slowlog_len_opts *o)
{
    ARCMD__BEGIN(arcmd_slowlog_len_opts, "SLOWLOG", "LEN");
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_slowlog_reset(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_slowlog_reset_opts *o)
{
    ARCMD__BEGIN(arcmd_slowlog_reset_opts, "SLOWLOG", "RESET");
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_swapdb(ar_client *c, ar_callback *cb, void *ud, long long index1, long long index2,
    const arcmd_swapdb_opts *o)
{
    ARCMD__BEGIN(arcmd_swapdb_opts, "SWAPDB", NULL);
    arcmd__ll(&x, NULL, &index1);
    arcmd__ll(&x, NULL, &index2);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_sync(ar_client *c, ar_callback *cb, void *ud, const arcmd_sync_opts *o)
{
    ARCMD__BEGIN(arcmd_sync_opts, "SYNC", NULL);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_time(ar_client *c, ar_callback *cb, void *ud, const arcmd_time_opts *o)
{
    ARCMD__BEGIN(arcmd_time_opts, "TIME", NULL);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_eval(ar_client *c, ar_callback *cb, void *ud, const char *script,
    const arcmd_eval_opts *o)
{
    ARCMD__BEGIN(arcmd_eval_opts, "EVAL", NULL);
    arcmd__rs(&x, NULL, script, o->script_len);
    arcmd__n(&x, o->key_count);
    arcmd__a(&x, NULL, 0, 0, o->key_count, o->key, o->key_len, 1);
    arcmd__a(&x, NULL, 0, 0, o->arg_count, o->arg, o->arg_len, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_eval_ro(ar_client *c, ar_callback *cb, void *ud, const char *script,
    const arcmd_eval_ro_opts *o)
{
    ARCMD__BEGIN(arcmd_eval_ro_opts, "EVAL_RO", NULL);
    arcmd__rs(&x, NULL, script, o->script_len);
    arcmd__n(&x, o->key_count);
    arcmd__a(&x, NULL, 0, 0, o->key_count, o->key, o->key_len, 1);
    arcmd__a(&x, NULL, 0, 0, o->arg_count, o->arg, o->arg_len, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_evalsha(ar_client *c, ar_callback *cb, void *ud, const char *sha1,
    const arcmd_evalsha_opts *o)
{
    ARCMD__BEGIN(arcmd_evalsha_opts, "EVALSHA", NULL);
    arcmd__rs(&x, NULL, sha1, o->sha1_len);
    arcmd__n(&x, o->key_count);
    arcmd__a(&x, NULL, 0, 0, o->key_count, o->key, o->key_len, 1);
    arcmd__a(&x, NULL, 0, 0, o->arg_count, o->arg, o->arg_len, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_evalsha_ro(ar_client *c, ar_callback *cb, void *ud, const char *sha1,
    const arcmd_evalsha_ro_opts *o)
{
    ARCMD__BEGIN(arcmd_evalsha_ro_opts, "EVALSHA_RO", NULL);
    arcmd__rs(&x, NULL, sha1, o->sha1_len);
    arcmd__n(&x, o->key_count);
    arcmd__a(&x, NULL, 0, 0, o->key_count, o->key, o->key_len, 1);
    arcmd__a(&x, NULL, 0, 0, o->arg_count, o->arg, o->arg_len, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_fcall(ar_client *c, ar_callback *cb, void *ud, const char *function,
    const arcmd_fcall_opts *o)
{
    ARCMD__BEGIN(arcmd_fcall_opts, "FCALL", NULL);
    arcmd__rs(&x, NULL, function, o->function_len);
    arcmd__n(&x, o->key_count);
    arcmd__a(&x, NULL, 0, 0, o->key_count, o->key, o->key_len, 1);
    arcmd__a(&x, NULL, 0, 0, o->arg_count, o->arg, o->arg_len, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_fcall_ro(ar_client *c, ar_callback *cb, void *ud, const char *function,
    const arcmd_fcall_ro_opts *o)
{
    ARCMD__BEGIN(arcmd_fcall_ro_opts, "FCALL_RO", NULL);
    arcmd__rs(&x, NULL, function, o->function_len);
    arcmd__n(&x, o->key_count);
    arcmd__a(&x, NULL, 0, 0, o->key_count, o->key, o->key_len, 1);
    arcmd__a(&x, NULL, 0, 0, o->arg_count, o->arg, o->arg_len, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_function_delete(ar_client *c, ar_callback *cb, void *ud, const char *library_name,
    const arcmd_function_delete_opts *o)
{
    ARCMD__BEGIN(arcmd_function_delete_opts, "FUNCTION", "DELETE");
    arcmd__rs(&x, NULL, library_name, o->library_name_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_function_dump(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_function_dump_opts *o)
{
    ARCMD__BEGIN(arcmd_function_dump_opts, "FUNCTION", "DUMP");
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_function_flush(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_function_flush_opts *o)
{
    ARCMD__BEGIN(arcmd_function_flush_opts, "FUNCTION", "FLUSH");
    if ((o->async != 0) + (o->sync != 0) > 1) arcmd__bad(&x, "at most one of async, sync");
    arcmd__f(&x, "ASYNC", o->async);
    arcmd__f(&x, "SYNC", o->sync);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_function_help(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_function_help_opts *o)
{
    ARCMD__BEGIN(arcmd_function_help_opts, "FUNCTION", "HELP");
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_function_kill(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_function_kill_opts *o)
{
    ARCMD__BEGIN(arcmd_function_kill_opts, "FUNCTION", "KILL");
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_function_list(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_function_list_opts *o)
{
    ARCMD__BEGIN(arcmd_function_list_opts, "FUNCTION", "LIST");
    arcmd__s(&x, "LIBRARYNAME", o->libraryname, o->libraryname_len);
    arcmd__f(&x, "WITHCODE", o->withcode);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_function_load(ar_client *c, ar_callback *cb, void *ud, const char *function_code,
    const arcmd_function_load_opts *o)
{
    ARCMD__BEGIN(arcmd_function_load_opts, "FUNCTION", "LOAD");
    arcmd__f(&x, "REPLACE", o->replace);
    arcmd__rs(&x, NULL, function_code, o->function_code_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_function_restore(ar_client *c, ar_callback *cb, void *ud,
    const char *serialized_value, const arcmd_function_restore_opts *o)
{
    ARCMD__BEGIN(arcmd_function_restore_opts, "FUNCTION", "RESTORE");
    arcmd__rs(&x, NULL, serialized_value, o->serialized_value_len);
    if ((o->flush != 0) + (o->append != 0) + (o->replace != 0) > 1) arcmd__bad(&x, "at most one of flush, append, replace");
    arcmd__f(&x, "FLUSH", o->flush);
    arcmd__f(&x, "APPEND", o->append);
    arcmd__f(&x, "REPLACE", o->replace);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_function_stats(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_function_stats_opts *o)
{
    ARCMD__BEGIN(arcmd_function_stats_opts, "FUNCTION", "STATS");
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_script_debug(ar_client *c, ar_callback *cb, void *ud, const char *mode,
    const arcmd_script_debug_opts *o)
{
    ARCMD__BEGIN(arcmd_script_debug_opts, "SCRIPT", "DEBUG");
    arcmd__c(&x, NULL, mode, "YES\000SYNC\000NO\000", 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_script_exists(ar_client *c, ar_callback *cb, void *ud, int sha1_count,
    const char *const *sha1, const arcmd_script_exists_opts *o)
{
    ARCMD__BEGIN(arcmd_script_exists_opts, "SCRIPT", "EXISTS");
    arcmd__a(&x, NULL, 0, 1, sha1_count, sha1, o->sha1_len, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_script_flush(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_script_flush_opts *o)
{
    ARCMD__BEGIN(arcmd_script_flush_opts, "SCRIPT", "FLUSH");
    if ((o->async != 0) + (o->sync != 0) > 1) arcmd__bad(&x, "at most one of async, sync");
    arcmd__f(&x, "ASYNC", o->async);
    arcmd__f(&x, "SYNC", o->sync);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_script_help(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_script_help_opts *o)
{
    ARCMD__BEGIN(arcmd_script_help_opts, "SCRIPT", "HELP");
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_script_kill(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_script_kill_opts *o)
{
    ARCMD__BEGIN(arcmd_script_kill_opts, "SCRIPT", "KILL");
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_script_load(ar_client *c, ar_callback *cb, void *ud, const char *script,
    const arcmd_script_load_opts *o)
{
    ARCMD__BEGIN(arcmd_script_load_opts, "SCRIPT", "LOAD");
    arcmd__rs(&x, NULL, script, o->script_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_pfadd(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_pfadd_opts *o)
{
    ARCMD__BEGIN(arcmd_pfadd_opts, "PFADD", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__a(&x, NULL, 0, 0, o->element_count, o->element, o->element_len, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_pfcount(ar_client *c, ar_callback *cb, void *ud, int key_count,
    const char *const *key, const arcmd_pfcount_opts *o)
{
    ARCMD__BEGIN(arcmd_pfcount_opts, "PFCOUNT", NULL);
    arcmd__a(&x, NULL, 0, 1, key_count, key, o->key_len, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_pfdebug(ar_client *c, ar_callback *cb, void *ud, const char *subcommand,
    const char *key, const arcmd_pfdebug_opts *o)
{
    ARCMD__BEGIN(arcmd_pfdebug_opts, "PFDEBUG", NULL);
    arcmd__rs(&x, NULL, subcommand, o->subcommand_len);
    arcmd__rs(&x, NULL, key, o->key_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_pfmerge(ar_client *c, ar_callback *cb, void *ud, const char *destkey,
    int sourcekey_count, const char *const *sourcekey, const arcmd_pfmerge_opts *o)
{
    ARCMD__BEGIN(arcmd_pfmerge_opts, "PFMERGE", NULL);
    arcmd__rs(&x, NULL, destkey, o->destkey_len);
    arcmd__a(&x, NULL, 0, 1, sourcekey_count, sourcekey, o->sourcekey_len, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_pfselftest(ar_client *c, ar_callback *cb, void *ud, const arcmd_pfselftest_opts *o)
{
    ARCMD__BEGIN(arcmd_pfselftest_opts, "PFSELFTEST", NULL);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_asking(ar_client *c, ar_callback *cb, void *ud, const arcmd_asking_opts *o)
{
    ARCMD__BEGIN(arcmd_asking_opts, "ASKING", NULL);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_cluster_addslots(ar_client *c, ar_callback *cb, void *ud, int slot_count,
    const char *const *slot, const arcmd_cluster_addslots_opts *o)
{
    ARCMD__BEGIN(arcmd_cluster_addslots_opts, "CLUSTER", "ADDSLOTS");
    arcmd__a(&x, NULL, 0, 1, slot_count, slot, o->slot_len, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_cluster_addslotsrange(ar_client *c, ar_callback *cb, void *ud,
    int start_slot_end_slot_count, const char *const *start_slot_end_slot,
    const arcmd_cluster_addslotsrange_opts *o)
{
    ARCMD__BEGIN(arcmd_cluster_addslotsrange_opts, "CLUSTER", "ADDSLOTSRANGE");
    arcmd__a(&x, NULL, 0, 1, start_slot_end_slot_count, start_slot_end_slot, o->start_slot_end_slot_len, 2);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_cluster_bumpepoch(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_cluster_bumpepoch_opts *o)
{
    ARCMD__BEGIN(arcmd_cluster_bumpepoch_opts, "CLUSTER", "BUMPEPOCH");
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_cluster_count_failure_reports(ar_client *c, ar_callback *cb, void *ud,
    const char *node_id, const arcmd_cluster_count_failure_reports_opts *o)
{
    ARCMD__BEGIN(arcmd_cluster_count_failure_reports_opts, "CLUSTER", "COUNT-FAILURE-REPORTS");
    arcmd__rs(&x, NULL, node_id, o->node_id_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_cluster_countkeysinslot(ar_client *c, ar_callback *cb, void *ud, long long slot,
    const arcmd_cluster_countkeysinslot_opts *o)
{
    ARCMD__BEGIN(arcmd_cluster_countkeysinslot_opts, "CLUSTER", "COUNTKEYSINSLOT");
    arcmd__ll(&x, NULL, &slot);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_cluster_delslots(ar_client *c, ar_callback *cb, void *ud, int slot_count,
    const char *const *slot, const arcmd_cluster_delslots_opts *o)
{
    ARCMD__BEGIN(arcmd_cluster_delslots_opts, "CLUSTER", "DELSLOTS");
    arcmd__a(&x, NULL, 0, 1, slot_count, slot, o->slot_len, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_cluster_delslotsrange(ar_client *c, ar_callback *cb, void *ud,
    int start_slot_end_slot_count, const char *const *start_slot_end_slot,
    const arcmd_cluster_delslotsrange_opts *o)
{
    ARCMD__BEGIN(arcmd_cluster_delslotsrange_opts, "CLUSTER", "DELSLOTSRANGE");
    arcmd__a(&x, NULL, 0, 1, start_slot_end_slot_count, start_slot_end_slot, o->start_slot_end_slot_len, 2);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_cluster_failover(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_cluster_failover_opts *o)
{
    ARCMD__BEGIN(arcmd_cluster_failover_opts, "CLUSTER", "FAILOVER");
    if ((o->force != 0) + (o->takeover != 0) > 1) arcmd__bad(&x, "at most one of force, takeover");
    arcmd__f(&x, "FORCE", o->force);
    arcmd__f(&x, "TAKEOVER", o->takeover);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_cluster_flushslots(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_cluster_flushslots_opts *o)
{
    ARCMD__BEGIN(arcmd_cluster_flushslots_opts, "CLUSTER", "FLUSHSLOTS");
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_cluster_forget(ar_client *c, ar_callback *cb, void *ud, const char *node_id,
    const arcmd_cluster_forget_opts *o)
{
    ARCMD__BEGIN(arcmd_cluster_forget_opts, "CLUSTER", "FORGET");
    arcmd__rs(&x, NULL, node_id, o->node_id_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_cluster_getkeysinslot(ar_client *c, ar_callback *cb, void *ud, long long slot,
    long long count, const arcmd_cluster_getkeysinslot_opts *o)
{
    ARCMD__BEGIN(arcmd_cluster_getkeysinslot_opts, "CLUSTER", "GETKEYSINSLOT");
    arcmd__ll(&x, NULL, &slot);
    arcmd__ll(&x, NULL, &count);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_cluster_help(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_cluster_help_opts *o)
{
    ARCMD__BEGIN(arcmd_cluster_help_opts, "CLUSTER", "HELP");
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_cluster_info(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_cluster_info_opts *o)
{
    ARCMD__BEGIN(arcmd_cluster_info_opts, "CLUSTER", "INFO");
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_cluster_keyslot(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_cluster_keyslot_opts *o)
{
    ARCMD__BEGIN(arcmd_cluster_keyslot_opts, "CLUSTER", "KEYSLOT");
    arcmd__rs(&x, NULL, key, o->key_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_cluster_links(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_cluster_links_opts *o)
{
    ARCMD__BEGIN(arcmd_cluster_links_opts, "CLUSTER", "LINKS");
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_cluster_meet(ar_client *c, ar_callback *cb, void *ud, const char *ip,
    long long port, const arcmd_cluster_meet_opts *o)
{
    ARCMD__BEGIN(arcmd_cluster_meet_opts, "CLUSTER", "MEET");
    arcmd__rs(&x, NULL, ip, o->ip_len);
    arcmd__ll(&x, NULL, &port);
    arcmd__ll(&x, NULL, o->cluster_bus_port);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_cluster_myid(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_cluster_myid_opts *o)
{
    ARCMD__BEGIN(arcmd_cluster_myid_opts, "CLUSTER", "MYID");
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_cluster_nodes(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_cluster_nodes_opts *o)
{
    ARCMD__BEGIN(arcmd_cluster_nodes_opts, "CLUSTER", "NODES");
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_cluster_replicas(ar_client *c, ar_callback *cb, void *ud, const char *node_id,
    const arcmd_cluster_replicas_opts *o)
{
    ARCMD__BEGIN(arcmd_cluster_replicas_opts, "CLUSTER", "REPLICAS");
    arcmd__rs(&x, NULL, node_id, o->node_id_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_cluster_replicate(ar_client *c, ar_callback *cb, void *ud, const char *node_id,
    const arcmd_cluster_replicate_opts *o)
{
    ARCMD__BEGIN(arcmd_cluster_replicate_opts, "CLUSTER", "REPLICATE");
    arcmd__rs(&x, NULL, node_id, o->node_id_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_cluster_reset(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_cluster_reset_opts *o)
{
    ARCMD__BEGIN(arcmd_cluster_reset_opts, "CLUSTER", "RESET");
    if ((o->hard != 0) + (o->soft != 0) > 1) arcmd__bad(&x, "at most one of hard, soft");
    arcmd__f(&x, "HARD", o->hard);
    arcmd__f(&x, "SOFT", o->soft);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_cluster_saveconfig(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_cluster_saveconfig_opts *o)
{
    ARCMD__BEGIN(arcmd_cluster_saveconfig_opts, "CLUSTER", "SAVECONFIG");
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_cluster_set_config_epoch(ar_client *c, ar_callback *cb, void *ud,
    long long config_epoch, const arcmd_cluster_set_config_epoch_opts *o)
{
    ARCMD__BEGIN(arcmd_cluster_set_config_epoch_opts, "CLUSTER", "SET-CONFIG-EPOCH");
    arcmd__ll(&x, NULL, &config_epoch);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_cluster_setslot(ar_client *c, ar_callback *cb, void *ud, long long slot,
    const arcmd_cluster_setslot_opts *o)
{
    ARCMD__BEGIN(arcmd_cluster_setslot_opts, "CLUSTER", "SETSLOT");
    arcmd__ll(&x, NULL, &slot);
    if ((o->importing != 0) + (o->migrating != 0) + (o->node != 0) + (o->stable != 0) != 1) arcmd__bad(&x, "exactly one of importing, migrating, node, stable");
    arcmd__s(&x, "IMPORTING", o->importing, o->importing_len);
    arcmd__s(&x, "MIGRATING", o->migrating, o->migrating_len);
    arcmd__s(&x, "NODE", o->node, o->node_len);
    arcmd__f(&x, "STABLE", o->stable);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_cluster_shards(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_cluster_shards_opts *o)
{
    ARCMD__BEGIN(arcmd_cluster_shards_opts, "CLUSTER", "SHARDS");
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_cluster_slaves(ar_client *c, ar_callback *cb, void *ud, const char *node_id,
    const arcmd_cluster_slaves_opts *o)
{
    ARCMD__BEGIN(arcmd_cluster_slaves_opts, "CLUSTER", "SLAVES");
    arcmd__rs(&x, NULL, node_id, o->node_id_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_cluster_slots(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_cluster_slots_opts *o)
{
    ARCMD__BEGIN(arcmd_cluster_slots_opts, "CLUSTER", "SLOTS");
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_readonly(ar_client *c, ar_callback *cb, void *ud, const arcmd_readonly_opts *o)
{
    ARCMD__BEGIN(arcmd_readonly_opts, "READONLY", NULL);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_readwrite(ar_client *c, ar_callback *cb, void *ud, const arcmd_readwrite_opts *o)
{
    ARCMD__BEGIN(arcmd_readwrite_opts, "READWRITE", NULL);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_geoadd(ar_client *c, ar_callback *cb, void *ud, const char *key,
    int longitude_latitude_member_count, const char *const *longitude_latitude_member,
    const arcmd_geoadd_opts *o)
{
    ARCMD__BEGIN(arcmd_geoadd_opts, "GEOADD", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    if ((o->nx != 0) + (o->xx != 0) > 1) arcmd__bad(&x, "at most one of nx, xx");
    arcmd__f(&x, "NX", o->nx);
    arcmd__f(&x, "XX", o->xx);
    arcmd__f(&x, "CH", o->ch);
    arcmd__a(&x, NULL, 0, 1, longitude_latitude_member_count, longitude_latitude_member, o->longitude_latitude_member_len, 3);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_geodist(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const char *member1, const char *member2, const arcmd_geodist_opts *o)
{
    ARCMD__BEGIN(arcmd_geodist_opts, "GEODIST", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__rs(&x, NULL, member1, o->member1_len);
    arcmd__rs(&x, NULL, member2, o->member2_len);
    if ((o->m != 0) + (o->km != 0) + (o->ft != 0) + (o->mi != 0) > 1) arcmd__bad(&x, "at most one of m, km, ft, mi");
    arcmd__f(&x, "M", o->m);
    arcmd__f(&x, "KM", o->km);
    arcmd__f(&x, "FT", o->ft);
    arcmd__f(&x, "MI", o->mi);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_geohash(ar_client *c, ar_callback *cb, void *ud, const char *key, int member_count,
    const char *const *member, const arcmd_geohash_opts *o)
{
    ARCMD__BEGIN(arcmd_geohash_opts, "GEOHASH", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__a(&x, NULL, 0, 1, member_count, member, o->member_len, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_geopos(ar_client *c, ar_callback *cb, void *ud, const char *key, int member_count,
    const char *const *member, const arcmd_geopos_opts *o)
{
    ARCMD__BEGIN(arcmd_geopos_opts, "GEOPOS", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__a(&x, NULL, 0, 1, member_count, member, o->member_len, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_georadius(ar_client *c, ar_callback *cb, void *ud, const char *key,
    double longitude, double latitude, double radius, const char *unit,
    const arcmd_georadius_opts *o)
{
    ARCMD__BEGIN(arcmd_georadius_opts, "GEORADIUS", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__d(&x, NULL, &longitude);
    arcmd__d(&x, NULL, &latitude);
    arcmd__d(&x, NULL, &radius);
    arcmd__c(&x, NULL, unit, "M\000KM\000FT\000MI\000", 1);
    arcmd__f(&x, "WITHCOORD", o->withcoord);
    arcmd__f(&x, "WITHDIST", o->withdist);
    arcmd__f(&x, "WITHHASH", o->withhash);
    if ((o->count || o->any)) {
        if (!o->count) arcmd__bad(&x, "missing count");
        arcmd__ll(&x, "COUNT", o->count);
        arcmd__f(&x, "ANY", o->any);
    }
    if ((o->asc != 0) + (o->desc != 0) > 1) arcmd__bad(&x, "at most one of asc, desc");
    arcmd__f(&x, "ASC", o->asc);
    arcmd__f(&x, "DESC", o->desc);
    arcmd__s(&x, "STORE", o->store, o->store_len);
    arcmd__s(&x, "STOREDIST", o->storedist, o->storedist_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_georadius_ro(ar_client *c, ar_callback *cb, void *ud, const char *key,
    double longitude, double latitude, double radius, const char *unit,
    const arcmd_georadius_ro_opts *o)
{
    ARCMD__BEGIN(arcmd_georadius_ro_opts, "GEORADIUS_RO", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__d(&x, NULL, &longitude);
    arcmd__d(&x, NULL, &latitude);
    arcmd__d(&x, NULL, &radius);
    arcmd__c(&x, NULL, unit, "M\000KM\000FT\000MI\000", 1);
    arcmd__f(&x, "WITHCOORD", o->withcoord);
    arcmd__f(&x, "WITHDIST", o->withdist);
    arcmd__f(&x, "WITHHASH", o->withhash);
    if ((o->count || o->any)) {
        if (!o->count) arcmd__bad(&x, "missing count");
        arcmd__ll(&x, "COUNT", o->count);
        arcmd__f(&x, "ANY", o->any);
    }
    if ((o->asc != 0) + (o->desc != 0) > 1) arcmd__bad(&x, "at most one of asc, desc");
    arcmd__f(&x, "ASC", o->asc);
    arcmd__f(&x, "DESC", o->desc);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_georadiusbymember(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const char *member, double radius, const char *unit, const arcmd_georadiusbymember_opts *o)
{
    ARCMD__BEGIN(arcmd_georadiusbymember_opts, "GEORADIUSBYMEMBER", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__rs(&x, NULL, member, o->member_len);
    arcmd__d(&x, NULL, &radius);
    arcmd__c(&x, NULL, unit, "M\000KM\000FT\000MI\000", 1);
    arcmd__f(&x, "WITHCOORD", o->withcoord);
    arcmd__f(&x, "WITHDIST", o->withdist);
    arcmd__f(&x, "WITHHASH", o->withhash);
    if ((o->count || o->any)) {
        if (!o->count) arcmd__bad(&x, "missing count");
        arcmd__ll(&x, "COUNT", o->count);
        arcmd__f(&x, "ANY", o->any);
    }
    if ((o->asc != 0) + (o->desc != 0) > 1) arcmd__bad(&x, "at most one of asc, desc");
    arcmd__f(&x, "ASC", o->asc);
    arcmd__f(&x, "DESC", o->desc);
    arcmd__s(&x, "STORE", o->store, o->store_len);
    arcmd__s(&x, "STOREDIST", o->storedist, o->storedist_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_georadiusbymember_ro(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const char *member, double radius, const char *unit, const arcmd_georadiusbymember_ro_opts *o)
{
    ARCMD__BEGIN(arcmd_georadiusbymember_ro_opts, "GEORADIUSBYMEMBER_RO", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__rs(&x, NULL, member, o->member_len);
    arcmd__d(&x, NULL, &radius);
    arcmd__c(&x, NULL, unit, "M\000KM\000FT\000MI\000", 1);
    arcmd__f(&x, "WITHCOORD", o->withcoord);
    arcmd__f(&x, "WITHDIST", o->withdist);
    arcmd__f(&x, "WITHHASH", o->withhash);
    if ((o->count || o->any)) {
        if (!o->count) arcmd__bad(&x, "missing count");
        arcmd__ll(&x, "COUNT", o->count);
        arcmd__f(&x, "ANY", o->any);
    }
    if ((o->asc != 0) + (o->desc != 0) > 1) arcmd__bad(&x, "at most one of asc, desc");
    arcmd__f(&x, "ASC", o->asc);
    arcmd__f(&x, "DESC", o->desc);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_geosearch(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_geosearch_opts *o)
{
    ARCMD__BEGIN(arcmd_geosearch_opts, "GEOSEARCH", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    if ((o->frommember != 0) + ((o->fromlonlat_longitude || o->fromlonlat_latitude) != 0) != 1) arcmd__bad(&x, "exactly one of frommember, fromlonlat_longitude+fromlonlat_latitude");
    if (o->frommember) {
        arcmd__s(&x, "FROMMEMBER", o->frommember, o->frommember_len);
    } else if ((o->fromlonlat_longitude || o->fromlonlat_latitude)) {
        if (!o->fromlonlat_longitude) arcmd__bad(&x, "missing fromlonlat_longitude");
        if (!o->fromlonlat_latitude) arcmd__bad(&x, "missing fromlonlat_latitude");
        arcmd__t(&x, "FROMLONLAT");
        arcmd__d(&x, NULL, o->fromlonlat_longitude);
        arcmd__d(&x, NULL, o->fromlonlat_latitude);
    }
    if (((o->byradius || o->circle_unit) != 0) + ((o->bybox || o->height || o->box_unit) != 0) != 1) arcmd__bad(&x, "exactly one of byradius+circle_unit, bybox+height+box_unit");
    if ((o->byradius || o->circle_unit)) {
        if (!o->byradius) arcmd__bad(&x, "missing byradius");
        if (!o->circle_unit) arcmd__bad(&x, "missing circle_unit");
        arcmd__d(&x, "BYRADIUS", o->byradius);
        arcmd__c(&x, NULL, o->circle_unit, "M\000KM\000FT\000MI\000", 0);
    } else if ((o->bybox || o->height || o->box_unit)) {
        if (!o->bybox) arcmd__bad(&x, "missing bybox");
        if (!o->height) arcmd__bad(&x, "missing height");
        if (!o->box_unit) arcmd__bad(&x, "missing box_unit");
        arcmd__d(&x, "BYBOX", o->bybox);
        arcmd__d(&x, NULL, o->height);
        arcmd__c(&x, NULL, o->box_unit, "M\000KM\000FT\000MI\000", 0);
    }
    if ((o->asc != 0) + (o->desc != 0) > 1) arcmd__bad(&x, "at most one of asc, desc");
    arcmd__f(&x, "ASC", o->asc);
    arcmd__f(&x, "DESC", o->desc);
    if ((o->count || o->any)) {
        if (!o->count) arcmd__bad(&x, "missing count");
        arcmd__ll(&x, "COUNT", o->count);
        arcmd__f(&x, "ANY", o->any);
    }
    arcmd__f(&x, "WITHCOORD", o->withcoord);
    arcmd__f(&x, "WITHDIST", o->withdist);
    arcmd__f(&x, "WITHHASH", o->withhash);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_geosearchstore(ar_client *c, ar_callback *cb, void *ud, const char *destination,
    const char *source, const arcmd_geosearchstore_opts *o)
{
    ARCMD__BEGIN(arcmd_geosearchstore_opts, "GEOSEARCHSTORE", NULL);
    arcmd__rs(&x, NULL, destination, o->destination_len);
    arcmd__rs(&x, NULL, source, o->source_len);
    if ((o->frommember != 0) + ((o->fromlonlat_longitude || o->fromlonlat_latitude) != 0) != 1) arcmd__bad(&x, "exactly one of frommember, fromlonlat_longitude+fromlonlat_latitude");
    if (o->frommember) {
        arcmd__s(&x, "FROMMEMBER", o->frommember, o->frommember_len);
    } else if ((o->fromlonlat_longitude || o->fromlonlat_latitude)) {
        if (!o->fromlonlat_longitude) arcmd__bad(&x, "missing fromlonlat_longitude");
        if (!o->fromlonlat_latitude) arcmd__bad(&x, "missing fromlonlat_latitude");
        arcmd__t(&x, "FROMLONLAT");
        arcmd__d(&x, NULL, o->fromlonlat_longitude);
        arcmd__d(&x, NULL, o->fromlonlat_latitude);
    }
    if (((o->byradius || o->circle_unit) != 0) + ((o->bybox || o->height || o->box_unit) != 0) != 1) arcmd__bad(&x, "exactly one of byradius+circle_unit, bybox+height+box_unit");
    if ((o->byradius || o->circle_unit)) {
        if (!o->byradius) arcmd__bad(&x, "missing byradius");
        if (!o->circle_unit) arcmd__bad(&x, "missing circle_unit");
        arcmd__d(&x, "BYRADIUS", o->byradius);
        arcmd__c(&x, NULL, o->circle_unit, "M\000KM\000FT\000MI\000", 0);
    } else if ((o->bybox || o->height || o->box_unit)) {
        if (!o->bybox) arcmd__bad(&x, "missing bybox");
        if (!o->height) arcmd__bad(&x, "missing height");
        if (!o->box_unit) arcmd__bad(&x, "missing box_unit");
        arcmd__d(&x, "BYBOX", o->bybox);
        arcmd__d(&x, NULL, o->height);
        arcmd__c(&x, NULL, o->box_unit, "M\000KM\000FT\000MI\000", 0);
    }
    if ((o->asc != 0) + (o->desc != 0) > 1) arcmd__bad(&x, "at most one of asc, desc");
    arcmd__f(&x, "ASC", o->asc);
    arcmd__f(&x, "DESC", o->desc);
    if ((o->count || o->any)) {
        if (!o->count) arcmd__bad(&x, "missing count");
        arcmd__ll(&x, "COUNT", o->count);
        arcmd__f(&x, "ANY", o->any);
    }
    arcmd__f(&x, "STOREDIST", o->storedist);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_xack(ar_client *c, ar_callback *cb, void *ud, const char *key, const char *group,
    int id_count, const char *const *id, const arcmd_xack_opts *o)
{
    ARCMD__BEGIN(arcmd_xack_opts, "XACK", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__rs(&x, NULL, group, o->group_len);
    arcmd__a(&x, NULL, 0, 1, id_count, id, o->id_len, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_xadd(ar_client *c, ar_callback *cb, void *ud, const char *key, const char *id,
    int field_value_count, const char *const *field_value, const arcmd_xadd_opts *o)
{
    ARCMD__BEGIN(arcmd_xadd_opts, "XADD", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__f(&x, "NOMKSTREAM", o->nomkstream);
    if ((o->strategy || (o->equal || o->approximately) || o->threshold || o->limit)) {
        if (!o->strategy) arcmd__bad(&x, "missing strategy");
        if (!o->threshold) arcmd__bad(&x, "missing threshold");
        arcmd__c(&x, NULL, o->strategy, "MAXLEN\000MINID\000", 0);
        if ((o->equal != 0) + (o->approximately != 0) > 1) arcmd__bad(&x, "at most one of equal, approximately");
        arcmd__f(&x, "=", o->equal);
        arcmd__f(&x, "~", o->approximately);
        arcmd__s(&x, NULL, o->threshold, o->threshold_len);
        arcmd__ll(&x, "LIMIT", o->limit);
    }
    arcmd__rs(&x, NULL, id, o->id_len);
    arcmd__a(&x, NULL, 0, 1, field_value_count, field_value, o->field_value_len, 2);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_xautoclaim(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const char *group, const char *consumer, const char *min_idle_time, const char *start,
    const arcmd_xautoclaim_opts *o)
{
    ARCMD__BEGIN(arcmd_xautoclaim_opts, "XAUTOCLAIM", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__rs(&x, NULL, group, o->group_len);
    arcmd__rs(&x, NULL, consumer, o->consumer_len);
    arcmd__rs(&x, NULL, min_idle_time, o->min_idle_time_len);
    arcmd__rs(&x, NULL, start, o->start_len);
    arcmd__ll(&x, "COUNT", o->count);
    arcmd__f(&x, "JUSTID", o->justid);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_xclaim(ar_client *c, ar_callback *cb, void *ud, const char *key, const char *group,
    const char *consumer, const char *min_idle_time, int id_count, const char *const *id,
    const arcmd_xclaim_opts *o)
{
    ARCMD__BEGIN(arcmd_xclaim_opts, "XCLAIM", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__rs(&x, NULL, group, o->group_len);
    arcmd__rs(&x, NULL, consumer, o->consumer_len);
    arcmd__rs(&x, NULL, min_idle_time, o->min_idle_time_len);
    arcmd__a(&x, NULL, 0, 1, id_count, id, o->id_len, 1);
    arcmd__ll(&x, "IDLE", o->idle);
    arcmd__ll(&x, "TIME", o->time);
    arcmd__ll(&x, "RETRYCOUNT", o->retrycount);
    arcmd__f(&x, "FORCE", o->force);
    arcmd__f(&x, "JUSTID", o->justid);
    arcmd__s(&x, "LASTID", o->lastid, o->lastid_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_xdel(ar_client *c, ar_callback *cb, void *ud, const char *key, int id_count,
    const char *const *id, const arcmd_xdel_opts *o)
{
    ARCMD__BEGIN(arcmd_xdel_opts, "XDEL", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__a(&x, NULL, 0, 1, id_count, id, o->id_len, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_xgroup_create(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const char *groupname, const char *id, const arcmd_xgroup_create_opts *o)
{
    ARCMD__BEGIN(arcmd_xgroup_create_opts, "XGROUP", "CREATE");
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__rs(&x, NULL, groupname, o->groupname_len);
    arcmd__rs(&x, NULL, id, o->id_len);
    arcmd__f(&x, "MKSTREAM", o->mkstream);
    arcmd__ll(&x, "ENTRIESREAD", o->entriesread);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_xgroup_createconsumer(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const char *groupname, const char *consumername, const arcmd_xgroup_createconsumer_opts *o)
{
    ARCMD__BEGIN(arcmd_xgroup_createconsumer_opts, "XGROUP", "CREATECONSUMER");
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__rs(&x, NULL, groupname, o->groupname_len);
    arcmd__rs(&x, NULL, consumername, o->consumername_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_xgroup_delconsumer(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const char *groupname, const char *consumername, const arcmd_xgroup_delconsumer_opts *o)
{
    ARCMD__BEGIN(arcmd_xgroup_delconsumer_opts, "XGROUP", "DELCONSUMER");
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__rs(&x, NULL, groupname, o->groupname_len);
    arcmd__rs(&x, NULL, consumername, o->consumername_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_xgroup_destroy(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const char *groupname, const arcmd_xgroup_destroy_opts *o)
{
    ARCMD__BEGIN(arcmd_xgroup_destroy_opts, "XGROUP", "DESTROY");
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__rs(&x, NULL, groupname, o->groupname_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_xgroup_help(ar_client *c, ar_callback *cb, void *ud,
    const arcmd_xgroup_help_opts *o)
{
    ARCMD__BEGIN(arcmd_xgroup_help_opts, "XGROUP", "HELP");
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_xgroup_setid(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const char *groupname, const char *id, const arcmd_xgroup_setid_opts *o)
{
    ARCMD__BEGIN(arcmd_xgroup_setid_opts, "XGROUP", "SETID");
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__rs(&x, NULL, groupname, o->groupname_len);
    arcmd__rs(&x, NULL, id, o->id_len);
    arcmd__ll(&x, "ENTRIESREAD", o->entriesread);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_xinfo_consumers(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const char *groupname, const arcmd_xinfo_consumers_opts *o)
{
    ARCMD__BEGIN(arcmd_xinfo_consumers_opts, "XINFO", "CONSUMERS");
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__rs(&x, NULL, groupname, o->groupname_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_xinfo_groups(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_xinfo_groups_opts *o)
{
    ARCMD__BEGIN(arcmd_xinfo_groups_opts, "XINFO", "GROUPS");
    arcmd__rs(&x, NULL, key, o->key_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_xinfo_help(ar_client *c, ar_callback *cb, void *ud, const arcmd_xinfo_help_opts *o)
{
    ARCMD__BEGIN(arcmd_xinfo_help_opts, "XINFO", "HELP");
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_xinfo_stream(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_xinfo_stream_opts *o)
{
    ARCMD__BEGIN(arcmd_xinfo_stream_opts, "XINFO", "STREAM");
    arcmd__rs(&x, NULL, key, o->key_len);
    if ((o->full || o->count)) {
        arcmd__t(&x, "FULL");
        arcmd__ll(&x, "COUNT", o->count);
    }
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_xlen(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_xlen_opts *o)
{
    ARCMD__BEGIN(arcmd_xlen_opts, "XLEN", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_xpending(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const char *group, const arcmd_xpending_opts *o)
{
    ARCMD__BEGIN(arcmd_xpending_opts, "XPENDING", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__rs(&x, NULL, group, o->group_len);
    if ((o->idle || o->start || o->end || o->count || o->consumer)) {
        if (!o->start) arcmd__bad(&x, "missing start");
        if (!o->end) arcmd__bad(&x, "missing end");
        if (!o->count) arcmd__bad(&x, "missing count");
        arcmd__ll(&x, "IDLE", o->idle);
        arcmd__s(&x, NULL, o->start, o->start_len);
        arcmd__s(&x, NULL, o->end, o->end_len);
        arcmd__ll(&x, NULL, o->count);
        arcmd__s(&x, NULL, o->consumer, o->consumer_len);
    }
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_xrange(ar_client *c, ar_callback *cb, void *ud, const char *key, const char *start,
    const char *end, const arcmd_xrange_opts *o)
{
    ARCMD__BEGIN(arcmd_xrange_opts, "XRANGE", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__rs(&x, NULL, start, o->start_len);
    arcmd__rs(&x, NULL, end, o->end_len);
    arcmd__ll(&x, "COUNT", o->count);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_xread(ar_client *c, ar_callback *cb, void *ud, int key_count,
    const char *const *key, int id_count, const char *const *id, const arcmd_xread_opts *o)
{
    ARCMD__BEGIN(arcmd_xread_opts, "XREAD", NULL);
    arcmd__ll(&x, "COUNT", o->count);
    arcmd__ll(&x, "BLOCK", o->block);
    arcmd__t(&x, "STREAMS");
    arcmd__a(&x, NULL, 0, 1, key_count, key, o->key_len, 1);
    arcmd__a(&x, NULL, 0, 1, id_count, id, o->id_len, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_xreadgroup(ar_client *c, ar_callback *cb, void *ud, const char *group,
    const char *consumer, int key_count, const char *const *key, int id_count,
    const char *const *id, const arcmd_xreadgroup_opts *o)
{
    ARCMD__BEGIN(arcmd_xreadgroup_opts, "XREADGROUP", NULL);
    arcmd__t(&x, "GROUP");
    arcmd__rs(&x, NULL, group, o->group_len);
    arcmd__rs(&x, NULL, consumer, o->consumer_len);
    arcmd__ll(&x, "COUNT", o->count);
    arcmd__ll(&x, "BLOCK", o->block);
    arcmd__f(&x, "NOACK", o->noack);
    arcmd__t(&x, "STREAMS");
    arcmd__a(&x, NULL, 0, 1, key_count, key, o->key_len, 1);
    arcmd__a(&x, NULL, 0, 1, id_count, id, o->id_len, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_xrevrange(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const char *end, const char *start, const arcmd_xrevrange_opts *o)
{
    ARCMD__BEGIN(arcmd_xrevrange_opts, "XREVRANGE", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__rs(&x, NULL, end, o->end_len);
    arcmd__rs(&x, NULL, start, o->start_len);
    arcmd__ll(&x, "COUNT", o->count);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_xsetid(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const char *last_id, const arcmd_xsetid_opts *o)
{
    ARCMD__BEGIN(arcmd_xsetid_opts, "XSETID", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__rs(&x, NULL, last_id, o->last_id_len);
    arcmd__ll(&x, "ENTRIESADDED", o->entriesadded);
    arcmd__s(&x, "MAXDELETEDID", o->maxdeletedid, o->maxdeletedid_len);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_xtrim(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const char *strategy, const char *threshold, const arcmd_xtrim_opts *o)
{
    ARCMD__BEGIN(arcmd_xtrim_opts, "XTRIM", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__c(&x, NULL, strategy, "MAXLEN\000MINID\000", 1);
    if ((o->equal != 0) + (o->approximately != 0) > 1) arcmd__bad(&x, "at most one of equal, approximately");
    arcmd__f(&x, "=", o->equal);
    arcmd__f(&x, "~", o->approximately);
    arcmd__rs(&x, NULL, threshold, o->threshold_len);
    arcmd__ll(&x, "LIMIT", o->limit);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_bitcount(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_bitcount_opts *o)
{
    ARCMD__BEGIN(arcmd_bitcount_opts, "BITCOUNT", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    if ((o->start || o->end || (o->byte || o->bit))) {
        if (!o->start) arcmd__bad(&x, "missing start");
        if (!o->end) arcmd__bad(&x, "missing end");
        arcmd__ll(&x, NULL, o->start);
        arcmd__ll(&x, NULL, o->end);
        if ((o->byte != 0) + (o->bit != 0) > 1) arcmd__bad(&x, "at most one of byte, bit");
        arcmd__f(&x, "BYTE", o->byte);
        arcmd__f(&x, "BIT", o->bit);
    }
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_bitfield(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_bitfield_opts *o)
{
    ARCMD__BEGIN(arcmd_bitfield_opts, "BITFIELD", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__a(&x, NULL, 0, 0, o->argc, o->argv, o->argvlen, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_bitfield_ro(ar_client *c, ar_callback *cb, void *ud, const char *key,
    const arcmd_bitfield_ro_opts *o)
{
    ARCMD__BEGIN(arcmd_bitfield_ro_opts, "BITFIELD_RO", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__a(&x, "GET", 1, 0, o->get_count, o->get, o->get_len, 2);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_bitop(ar_client *c, ar_callback *cb, void *ud, const char *operation,
    const char *destkey, int key_count, const char *const *key, const arcmd_bitop_opts *o)
{
    ARCMD__BEGIN(arcmd_bitop_opts, "BITOP", NULL);
    arcmd__rs(&x, NULL, operation, o->operation_len);
    arcmd__rs(&x, NULL, destkey, o->destkey_len);
    arcmd__a(&x, NULL, 0, 1, key_count, key, o->key_len, 1);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_bitpos(ar_client *c, ar_callback *cb, void *ud, const char *key, long long bit,
    const arcmd_bitpos_opts *o)
{
    ARCMD__BEGIN(arcmd_bitpos_opts, "BITPOS", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__ll(&x, NULL, &bit);
    if ((o->start || (o->end || (o->byte || o->bit)))) {
        if (!o->start) arcmd__bad(&x, "missing start");
        arcmd__ll(&x, NULL, o->start);
        if ((o->end || (o->byte || o->bit))) {
            if (!o->end) arcmd__bad(&x, "missing end");
            arcmd__ll(&x, NULL, o->end);
            if ((o->byte != 0) + (o->bit != 0) > 1) arcmd__bad(&x, "at most one of byte, bit");
            arcmd__f(&x, "BYTE", o->byte);
            arcmd__f(&x, "BIT", o->bit);
        }
    }
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_getbit(ar_client *c, ar_callback *cb, void *ud, const char *key, long long offset,
    const arcmd_getbit_opts *o)
{
    ARCMD__BEGIN(arcmd_getbit_opts, "GETBIT", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__ll(&x, NULL, &offset);
    return arcmd__send(&x, o->call, cb, ud);
}
AR_API int arcmd_setbit(ar_client *c, ar_callback *cb, void *ud, const char *key, long long offset,
    long long value, const arcmd_setbit_opts *o)
{
    ARCMD__BEGIN(arcmd_setbit_opts, "SETBIT", NULL);
    arcmd__rs(&x, NULL, key, o->key_len);
    arcmd__ll(&x, NULL, &offset);
    arcmd__ll(&x, NULL, &value);
    return arcmd__send(&x, o->call, cb, ud);
}
/* @generated wrapper definitions } */

#endif /* ASYNCREDIS_IMPLEMENTATION */
