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
       >>wrappers         one prototype per command with its syntax, by
                          group: >>wrappers:generic, >>wrappers:string, ...
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
                                  (default 32); longer commands use one
                                  ASYNCREDIS_MALLOC/FREE (or malloc/free)
                                  allocation for the call's duration.

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

   One function per command and subcommand (declared in the header part,
   defined in the implementation): GET is
   arcmd_get, CLIENT KILL is arcmd_client_kill, CLIENT NO-EVICT is
   arcmd_client_no_evict. Every wrapper starts with
       (ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud, ...)
   (opts may be NULL) and returns what ar_command_argv_ex returns
   (AR_OK, or an error code and the callback never runs; AR_ERR_INVALID
   for a NULL string or a bad count). Then come the leading required
   arguments, typed:
       key / value / other strings   const char *name  (NUL-terminated)
       integers                      long long name
       a choice of tokens            const char *name  ("LEFT", "RIGHT")
       a required repeated argument  int name_count, const char *const *name,
                                     const size_t *name_len (may be NULL);
                                     a repeated group (MSET key value) is
                                     flattened: name_count counts strings
                                     (a count that does not fit the group
                                     gives AR_ERR_INVALID); a numkeys that
                                     counts such a key array is filled in
                                     (ZUNIONSTORE dest, 2 keys, ...)
   and, when the command has more arguments (optional ones, or ones that do
   not type naturally), the tail, passed through as is:
       int argc, const char *const *argv, const size_t *argvlen
   (argvlen may be NULL: strlen; argc 0 and argv NULL for none). A wrapper
   with string parameters has a binary-safe twin with suffix _b that takes
   every string as (const char *name, size_t name_len) (token choices stay
   NUL-terminated). Cursors (SCAN ...) and ZINCRBY's increment are strings
   although the docs call them integers (unsigned 64-bit; a float).

       arcmd_set(c, NULL, cb, ud, "k", "v", 0, NULL, NULL);
       const char *ex[] = {"EX", "10"};
       arcmd_set_b(c, NULL, cb, ud, "k", 1, buf, buflen, 2, ex, NULL);
       arcmd_config_get(c, NULL, cb, ud, 1, params, NULL);

   Each wrapper's comment gives the command's syntax. Wrappers do not
   prefix keys themselves; that is the client's key_prefix option.
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
/* @generated wrapper declarations { */

/* >>wrappers:generic ----------------------------------------------------- */

/* COPY source destination [DB destination-db] [REPLACE]
   Copy a key. (generic, since 6.2.0) */
AR_API int arcmd_copy(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *source,
    const char *destination,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_copy_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *source, size_t source_len,
    const char *destination, size_t destination_len,
    int argc, const char *const *argv, const size_t *argvlen);

/* DEL key [key ...]
   Delete a key. (generic, since 1.0.0) */
AR_API int arcmd_del(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int key_count, const char *const *key, const size_t *key_len);

/* DUMP key
   Return a serialized version of the value stored at the specified key.
   (generic, since 2.6.0) */
AR_API int arcmd_dump(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key);
AR_API int arcmd_dump_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len);

/* EXISTS key [key ...]
   Determine if a key exists. (generic, since 1.0.0) */
AR_API int arcmd_exists(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int key_count, const char *const *key, const size_t *key_len);

/* EXPIRE key seconds [NX | XX | GT | LT]
   Set a key's time to live in seconds. (generic, since 1.0.0) */
AR_API int arcmd_expire(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    long long seconds,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_expire_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    long long seconds,
    int argc, const char *const *argv, const size_t *argvlen);

/* EXPIREAT key unix-time-seconds [NX | XX | GT | LT]
   Set the expiration for a key as a UNIX timestamp. (generic, since 1.2.0) */
AR_API int arcmd_expireat(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    long long unix_time_seconds,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_expireat_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    long long unix_time_seconds,
    int argc, const char *const *argv, const size_t *argvlen);

/* EXPIRETIME key
   Get the expiration Unix timestamp for a key. (generic, since 7.0.0) */
AR_API int arcmd_expiretime(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key);
AR_API int arcmd_expiretime_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len);

/* KEYS pattern
   Find all keys matching the given pattern. (generic, since 1.0.0) */
AR_API int arcmd_keys(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *pattern);
AR_API int arcmd_keys_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *pattern, size_t pattern_len);

/* MIGRATE host port <key | ""> destination-db timeout [COPY] [REPLACE]
   [[AUTH password] | [AUTH2 username password]] [KEYS key [key ...]]
   Atomically transfer a key from a Redis instance to another one. (generic,
   since 2.6.0) */
AR_API int arcmd_migrate(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *host,
    long long port,
    const char *key_or_empty_string,
    long long destination_db,
    long long timeout,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_migrate_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *host, size_t host_len,
    long long port,
    const char *key_or_empty_string, size_t key_or_empty_string_len,
    long long destination_db,
    long long timeout,
    int argc, const char *const *argv, const size_t *argvlen);

/* MOVE key db
   Move a key to another database. (generic, since 1.0.0) */
AR_API int arcmd_move(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    long long db);
AR_API int arcmd_move_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    long long db);

/* OBJECT ENCODING key
   Inspect the internal encoding of a Redis object. (generic, since 2.2.3) */
AR_API int arcmd_object_encoding(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key);
AR_API int arcmd_object_encoding_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len);

/* OBJECT FREQ key
   Get the logarithmic access frequency counter of a Redis object. (generic,
   since 4.0.0) */
AR_API int arcmd_object_freq(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key);
AR_API int arcmd_object_freq_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len);

/* OBJECT HELP
   Show helpful text about the different subcommands. (generic, since 6.2.0) */
AR_API int arcmd_object_help(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* OBJECT IDLETIME key
   Get the time since a Redis object was last accessed. (generic, since
   2.2.3) */
AR_API int arcmd_object_idletime(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key);
AR_API int arcmd_object_idletime_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len);

/* OBJECT REFCOUNT key
   Get the number of references to the value of the key. (generic, since
   2.2.3) */
AR_API int arcmd_object_refcount(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key);
AR_API int arcmd_object_refcount_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len);

/* PERSIST key
   Remove the expiration from a key. (generic, since 2.2.0) */
AR_API int arcmd_persist(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key);
AR_API int arcmd_persist_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len);

/* PEXPIRE key milliseconds [NX | XX | GT | LT]
   Set a key's time to live in milliseconds. (generic, since 2.6.0) */
AR_API int arcmd_pexpire(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    long long milliseconds,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_pexpire_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    long long milliseconds,
    int argc, const char *const *argv, const size_t *argvlen);

/* PEXPIREAT key unix-time-milliseconds [NX | XX | GT | LT]
   Set the expiration for a key as a UNIX timestamp specified in
   milliseconds. (generic, since 2.6.0) */
AR_API int arcmd_pexpireat(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    long long unix_time_milliseconds,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_pexpireat_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    long long unix_time_milliseconds,
    int argc, const char *const *argv, const size_t *argvlen);

/* PEXPIRETIME key
   Get the expiration Unix timestamp for a key in milliseconds. (generic,
   since 7.0.0) */
AR_API int arcmd_pexpiretime(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key);
AR_API int arcmd_pexpiretime_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len);

/* PTTL key
   Get the time to live for a key in milliseconds. (generic, since 2.6.0) */
AR_API int arcmd_pttl(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key);
AR_API int arcmd_pttl_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len);

/* RANDOMKEY
   Return a random key from the keyspace. (generic, since 1.0.0) */
AR_API int arcmd_randomkey(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* RENAME key newkey
   Rename a key. (generic, since 1.0.0) */
AR_API int arcmd_rename(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *newkey);
AR_API int arcmd_rename_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *newkey, size_t newkey_len);

/* RENAMENX key newkey
   Rename a key, only if the new key does not exist. (generic, since 1.0.0) */
AR_API int arcmd_renamenx(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *newkey);
AR_API int arcmd_renamenx_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *newkey, size_t newkey_len);

/* RESTORE key ttl serialized-value [REPLACE] [ABSTTL] [IDLETIME seconds]
   [FREQ frequency]
   Create a key using the provided serialized value, previously obtained
   using DUMP. (generic, since 2.6.0) */
AR_API int arcmd_restore(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    long long ttl,
    const char *serialized_value,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_restore_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    long long ttl,
    const char *serialized_value, size_t serialized_value_len,
    int argc, const char *const *argv, const size_t *argvlen);

/* SCAN cursor [MATCH pattern] [COUNT count] [TYPE type]
   Incrementally iterate the keys space. (generic, since 2.8.0) */
AR_API int arcmd_scan(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *cursor,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_scan_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *cursor, size_t cursor_len,
    int argc, const char *const *argv, const size_t *argvlen);

/* SORT key [BY pattern] [LIMIT offset count] [GET pattern [GET pattern ...]]
   [ASC | DESC] [ALPHA] [STORE destination]
   Sort the elements in a list, set or sorted set. (generic, since 1.0.0) */
AR_API int arcmd_sort(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_sort_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int argc, const char *const *argv, const size_t *argvlen);

/* SORT_RO key [BY pattern] [LIMIT offset count] [GET pattern [GET pattern
   ...]] [ASC | DESC] [ALPHA]
   Sort the elements in a list, set or sorted set. Read-only variant of SORT.
   (generic, since 7.0.0) */
AR_API int arcmd_sort_ro(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_sort_ro_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int argc, const char *const *argv, const size_t *argvlen);

/* TOUCH key [key ...]
   Alters the last access time of a key(s). Returns the number of existing
   keys specified. (generic, since 3.2.1) */
AR_API int arcmd_touch(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int key_count, const char *const *key, const size_t *key_len);

/* TTL key
   Get the time to live for a key in seconds. (generic, since 1.0.0) */
AR_API int arcmd_ttl(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key);
AR_API int arcmd_ttl_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len);

/* TYPE key
   Determine the type stored at key. (generic, since 1.0.0) */
AR_API int arcmd_type(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key);
AR_API int arcmd_type_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len);

/* UNLINK key [key ...]
   Delete a key asynchronously in another thread. Otherwise it is just as
   DEL, but non blocking. (generic, since 4.0.0) */
AR_API int arcmd_unlink(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int key_count, const char *const *key, const size_t *key_len);

/* WAIT numreplicas timeout
   Wait for the synchronous replication of all the write commands sent in the
   context of the current connection. (generic, since 3.0.0) */
AR_API int arcmd_wait(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    long long numreplicas,
    long long timeout);


/* >>wrappers:string ------------------------------------------------------ */

/* APPEND key value
   Append a value to a key. (string, since 2.0.0) */
AR_API int arcmd_append(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *value);
AR_API int arcmd_append_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *value, size_t value_len);

/* DECR key
   Decrement the integer value of a key by one. (string, since 1.0.0) */
AR_API int arcmd_decr(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key);
AR_API int arcmd_decr_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len);

/* DECRBY key decrement
   Decrement the integer value of a key by the given number. (string, since
   1.0.0) */
AR_API int arcmd_decrby(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    long long decrement);
AR_API int arcmd_decrby_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    long long decrement);

/* GET key
   Get the value of a key. (string, since 1.0.0) */
AR_API int arcmd_get(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key);
AR_API int arcmd_get_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len);

/* GETDEL key
   Get the value of a key and delete the key. (string, since 6.2.0) */
AR_API int arcmd_getdel(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key);
AR_API int arcmd_getdel_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len);

/* GETEX key [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT
   unix-time-milliseconds | PERSIST]
   Get the value of a key and optionally set its expiration. (string, since
   6.2.0) */
AR_API int arcmd_getex(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_getex_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int argc, const char *const *argv, const size_t *argvlen);

/* GETRANGE key start end
   Get a substring of the string stored at a key. (string, since 2.4.0) */
AR_API int arcmd_getrange(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    long long start,
    long long end);
AR_API int arcmd_getrange_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    long long start,
    long long end);

/* GETSET key value
   Set the string value of a key and return its old value. (string, since
   1.0.0, deprecated since 6.2.0 (use SET with the !GET argument)) */
AR_API int arcmd_getset(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *value);
AR_API int arcmd_getset_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *value, size_t value_len);

/* INCR key
   Increment the integer value of a key by one. (string, since 1.0.0) */
AR_API int arcmd_incr(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key);
AR_API int arcmd_incr_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len);

/* INCRBY key increment
   Increment the integer value of a key by the given amount. (string, since
   1.0.0) */
AR_API int arcmd_incrby(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    long long increment);
AR_API int arcmd_incrby_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    long long increment);

/* INCRBYFLOAT key increment
   Increment the float value of a key by the given amount. (string, since
   2.6.0) */
AR_API int arcmd_incrbyfloat(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *increment);
AR_API int arcmd_incrbyfloat_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *increment, size_t increment_len);

/* LCS key1 key2 [LEN] [IDX] [MINMATCHLEN len] [WITHMATCHLEN]
   Find longest common substring. (string, since 7.0.0) */
AR_API int arcmd_lcs(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key1,
    const char *key2,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_lcs_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key1, size_t key1_len,
    const char *key2, size_t key2_len,
    int argc, const char *const *argv, const size_t *argvlen);

/* MGET key [key ...]
   Get the values of all the given keys. (string, since 1.0.0) */
AR_API int arcmd_mget(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int key_count, const char *const *key, const size_t *key_len);

/* MSET key value [key value ...]
   Set multiple keys to multiple values. (string, since 1.0.1) */
AR_API int arcmd_mset(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int key_value_count, const char *const *key_value, const size_t *key_value_len);

/* MSETNX key value [key value ...]
   Set multiple keys to multiple values, only if none of the keys exist.
   (string, since 1.0.1) */
AR_API int arcmd_msetnx(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int key_value_count, const char *const *key_value, const size_t *key_value_len);

/* PSETEX key milliseconds value
   Set the value and expiration in milliseconds of a key. (string, since
   2.6.0) */
AR_API int arcmd_psetex(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    long long milliseconds,
    const char *value);
AR_API int arcmd_psetex_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    long long milliseconds,
    const char *value, size_t value_len);

/* SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT
   unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]
   Set the string value of a key. (string, since 1.0.0) */
AR_API int arcmd_set(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *value,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_set_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *value, size_t value_len,
    int argc, const char *const *argv, const size_t *argvlen);

/* SETEX key seconds value
   Set the value and expiration of a key. (string, since 2.0.0) */
AR_API int arcmd_setex(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    long long seconds,
    const char *value);
AR_API int arcmd_setex_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    long long seconds,
    const char *value, size_t value_len);

/* SETNX key value
   Set the value of a key, only if the key does not exist. (string, since
   1.0.0) */
AR_API int arcmd_setnx(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *value);
AR_API int arcmd_setnx_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *value, size_t value_len);

/* SETRANGE key offset value
   Overwrite part of a string at key starting at the specified offset.
   (string, since 2.2.0) */
AR_API int arcmd_setrange(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    long long offset,
    const char *value);
AR_API int arcmd_setrange_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    long long offset,
    const char *value, size_t value_len);

/* STRLEN key
   Get the length of the value stored in a key. (string, since 2.2.0) */
AR_API int arcmd_strlen(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key);
AR_API int arcmd_strlen_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len);

/* SUBSTR key start end
   Get a substring of the string stored at a key. (string, since 1.0.0,
   deprecated since 2.0.0 (use GETRANGE)) */
AR_API int arcmd_substr(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    long long start,
    long long end);
AR_API int arcmd_substr_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    long long start,
    long long end);


/* >>wrappers:list -------------------------------------------------------- */

/* BLMOVE source destination <LEFT | RIGHT> <LEFT | RIGHT> timeout
   Pop an element from a list, push it to another list and return it; or
   block until one is available. (list, since 6.2.0) */
AR_API int arcmd_blmove(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *source,
    const char *destination,
    const char *wherefrom,
    const char *whereto,
    const char *timeout);
AR_API int arcmd_blmove_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *source, size_t source_len,
    const char *destination, size_t destination_len,
    const char *wherefrom,
    const char *whereto,
    const char *timeout, size_t timeout_len);

/* BLMPOP timeout numkeys key [key ...] <LEFT | RIGHT> [COUNT count]
   Pop elements from a list, or block until one is available. (list, since
   7.0.0) */
AR_API int arcmd_blmpop(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *timeout,
    int key_count, const char *const *key, const size_t *key_len,
    const char *where,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_blmpop_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *timeout, size_t timeout_len,
    int key_count, const char *const *key, const size_t *key_len,
    const char *where,
    int argc, const char *const *argv, const size_t *argvlen);

/* BLPOP key [key ...] timeout
   Remove and get the first element in a list, or block until one is
   available. (list, since 2.0.0) */
AR_API int arcmd_blpop(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int key_count, const char *const *key, const size_t *key_len,
    const char *timeout);
AR_API int arcmd_blpop_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int key_count, const char *const *key, const size_t *key_len,
    const char *timeout, size_t timeout_len);

/* BRPOP key [key ...] timeout
   Remove and get the last element in a list, or block until one is
   available. (list, since 2.0.0) */
AR_API int arcmd_brpop(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int key_count, const char *const *key, const size_t *key_len,
    const char *timeout);
AR_API int arcmd_brpop_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int key_count, const char *const *key, const size_t *key_len,
    const char *timeout, size_t timeout_len);

/* BRPOPLPUSH source destination timeout
   Pop an element from a list, push it to another list and return it; or
   block until one is available. (list, since 2.2.0, deprecated since 6.2.0
   (use BLMOVE with the RIGHT and LEFT arguments)) */
AR_API int arcmd_brpoplpush(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *source,
    const char *destination,
    const char *timeout);
AR_API int arcmd_brpoplpush_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *source, size_t source_len,
    const char *destination, size_t destination_len,
    const char *timeout, size_t timeout_len);

/* LINDEX key index
   Get an element from a list by its index. (list, since 1.0.0) */
AR_API int arcmd_lindex(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    long long index);
AR_API int arcmd_lindex_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    long long index);

/* LINSERT key <BEFORE | AFTER> pivot element
   Insert an element before or after another element in a list. (list, since
   2.2.0) */
AR_API int arcmd_linsert(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *where,
    const char *pivot,
    const char *element);
AR_API int arcmd_linsert_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *where,
    const char *pivot, size_t pivot_len,
    const char *element, size_t element_len);

/* LLEN key
   Get the length of a list. (list, since 1.0.0) */
AR_API int arcmd_llen(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key);
AR_API int arcmd_llen_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len);

/* LMOVE source destination <LEFT | RIGHT> <LEFT | RIGHT>
   Pop an element from a list, push it to another list and return it. (list,
   since 6.2.0) */
AR_API int arcmd_lmove(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *source,
    const char *destination,
    const char *wherefrom,
    const char *whereto);
AR_API int arcmd_lmove_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *source, size_t source_len,
    const char *destination, size_t destination_len,
    const char *wherefrom,
    const char *whereto);

/* LMPOP numkeys key [key ...] <LEFT | RIGHT> [COUNT count]
   Pop elements from a list. (list, since 7.0.0) */
AR_API int arcmd_lmpop(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int key_count, const char *const *key, const size_t *key_len,
    const char *where,
    int argc, const char *const *argv, const size_t *argvlen);

/* LPOP key [count]
   Remove and get the first elements in a list. (list, since 1.0.0) */
AR_API int arcmd_lpop(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_lpop_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int argc, const char *const *argv, const size_t *argvlen);

/* LPOS key element [RANK rank] [COUNT num-matches] [MAXLEN len]
   Return the index of matching elements on a list. (list, since 6.0.6) */
AR_API int arcmd_lpos(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *element,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_lpos_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *element, size_t element_len,
    int argc, const char *const *argv, const size_t *argvlen);

/* LPUSH key element [element ...]
   Prepend one or multiple elements to a list. (list, since 1.0.0) */
AR_API int arcmd_lpush(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int element_count, const char *const *element, const size_t *element_len);
AR_API int arcmd_lpush_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int element_count, const char *const *element, const size_t *element_len);

/* LPUSHX key element [element ...]
   Prepend an element to a list, only if the list exists. (list, since 2.2.0) */
AR_API int arcmd_lpushx(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int element_count, const char *const *element, const size_t *element_len);
AR_API int arcmd_lpushx_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int element_count, const char *const *element, const size_t *element_len);

/* LRANGE key start stop
   Get a range of elements from a list. (list, since 1.0.0) */
AR_API int arcmd_lrange(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    long long start,
    long long stop);
AR_API int arcmd_lrange_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    long long start,
    long long stop);

/* LREM key count element
   Remove elements from a list. (list, since 1.0.0) */
AR_API int arcmd_lrem(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    long long count,
    const char *element);
AR_API int arcmd_lrem_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    long long count,
    const char *element, size_t element_len);

/* LSET key index element
   Set the value of an element in a list by its index. (list, since 1.0.0) */
AR_API int arcmd_lset(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    long long index,
    const char *element);
AR_API int arcmd_lset_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    long long index,
    const char *element, size_t element_len);

/* LTRIM key start stop
   Trim a list to the specified range. (list, since 1.0.0) */
AR_API int arcmd_ltrim(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    long long start,
    long long stop);
AR_API int arcmd_ltrim_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    long long start,
    long long stop);

/* RPOP key [count]
   Remove and get the last elements in a list. (list, since 1.0.0) */
AR_API int arcmd_rpop(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_rpop_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int argc, const char *const *argv, const size_t *argvlen);

/* RPOPLPUSH source destination
   Remove the last element in a list, prepend it to another list and return
   it. (list, since 1.2.0, deprecated since 6.2.0 (use LMOVE with the RIGHT
   and LEFT arguments)) */
AR_API int arcmd_rpoplpush(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *source,
    const char *destination);
AR_API int arcmd_rpoplpush_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *source, size_t source_len,
    const char *destination, size_t destination_len);

/* RPUSH key element [element ...]
   Append one or multiple elements to a list. (list, since 1.0.0) */
AR_API int arcmd_rpush(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int element_count, const char *const *element, const size_t *element_len);
AR_API int arcmd_rpush_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int element_count, const char *const *element, const size_t *element_len);

/* RPUSHX key element [element ...]
   Append an element to a list, only if the list exists. (list, since 2.2.0) */
AR_API int arcmd_rpushx(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int element_count, const char *const *element, const size_t *element_len);
AR_API int arcmd_rpushx_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int element_count, const char *const *element, const size_t *element_len);


/* >>wrappers:set --------------------------------------------------------- */

/* SADD key member [member ...]
   Add one or more members to a set. (set, since 1.0.0) */
AR_API int arcmd_sadd(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int member_count, const char *const *member, const size_t *member_len);
AR_API int arcmd_sadd_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int member_count, const char *const *member, const size_t *member_len);

/* SCARD key
   Get the number of members in a set. (set, since 1.0.0) */
AR_API int arcmd_scard(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key);
AR_API int arcmd_scard_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len);

/* SDIFF key [key ...]
   Subtract multiple sets. (set, since 1.0.0) */
AR_API int arcmd_sdiff(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int key_count, const char *const *key, const size_t *key_len);

/* SDIFFSTORE destination key [key ...]
   Subtract multiple sets and store the resulting set in a key. (set, since
   1.0.0) */
AR_API int arcmd_sdiffstore(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *destination,
    int key_count, const char *const *key, const size_t *key_len);
AR_API int arcmd_sdiffstore_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *destination, size_t destination_len,
    int key_count, const char *const *key, const size_t *key_len);

/* SINTER key [key ...]
   Intersect multiple sets. (set, since 1.0.0) */
AR_API int arcmd_sinter(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int key_count, const char *const *key, const size_t *key_len);

/* SINTERCARD numkeys key [key ...] [LIMIT limit]
   Intersect multiple sets and return the cardinality of the result. (set,
   since 7.0.0) */
AR_API int arcmd_sintercard(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int key_count, const char *const *key, const size_t *key_len,
    int argc, const char *const *argv, const size_t *argvlen);

/* SINTERSTORE destination key [key ...]
   Intersect multiple sets and store the resulting set in a key. (set, since
   1.0.0) */
AR_API int arcmd_sinterstore(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *destination,
    int key_count, const char *const *key, const size_t *key_len);
AR_API int arcmd_sinterstore_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *destination, size_t destination_len,
    int key_count, const char *const *key, const size_t *key_len);

/* SISMEMBER key member
   Determine if a given value is a member of a set. (set, since 1.0.0) */
AR_API int arcmd_sismember(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *member);
AR_API int arcmd_sismember_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *member, size_t member_len);

/* SMEMBERS key
   Get all the members in a set. (set, since 1.0.0) */
AR_API int arcmd_smembers(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key);
AR_API int arcmd_smembers_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len);

/* SMISMEMBER key member [member ...]
   Returns the membership associated with the given elements for a set. (set,
   since 6.2.0) */
AR_API int arcmd_smismember(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int member_count, const char *const *member, const size_t *member_len);
AR_API int arcmd_smismember_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int member_count, const char *const *member, const size_t *member_len);

/* SMOVE source destination member
   Move a member from one set to another. (set, since 1.0.0) */
AR_API int arcmd_smove(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *source,
    const char *destination,
    const char *member);
AR_API int arcmd_smove_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *source, size_t source_len,
    const char *destination, size_t destination_len,
    const char *member, size_t member_len);

/* SPOP key [count]
   Remove and return one or multiple random members from a set. (set, since
   1.0.0) */
AR_API int arcmd_spop(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_spop_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int argc, const char *const *argv, const size_t *argvlen);

/* SRANDMEMBER key [count]
   Get one or multiple random members from a set. (set, since 1.0.0) */
AR_API int arcmd_srandmember(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_srandmember_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int argc, const char *const *argv, const size_t *argvlen);

/* SREM key member [member ...]
   Remove one or more members from a set. (set, since 1.0.0) */
AR_API int arcmd_srem(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int member_count, const char *const *member, const size_t *member_len);
AR_API int arcmd_srem_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int member_count, const char *const *member, const size_t *member_len);

/* SSCAN key cursor [MATCH pattern] [COUNT count]
   Incrementally iterate Set elements. (set, since 2.8.0) */
AR_API int arcmd_sscan(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *cursor,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_sscan_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *cursor, size_t cursor_len,
    int argc, const char *const *argv, const size_t *argvlen);

/* SUNION key [key ...]
   Add multiple sets. (set, since 1.0.0) */
AR_API int arcmd_sunion(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int key_count, const char *const *key, const size_t *key_len);

/* SUNIONSTORE destination key [key ...]
   Add multiple sets and store the resulting set in a key. (set, since 1.0.0) */
AR_API int arcmd_sunionstore(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *destination,
    int key_count, const char *const *key, const size_t *key_len);
AR_API int arcmd_sunionstore_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *destination, size_t destination_len,
    int key_count, const char *const *key, const size_t *key_len);


/* >>wrappers:sorted-set -------------------------------------------------- */

/* BZMPOP timeout numkeys key [key ...] <MIN | MAX> [COUNT count]
   Remove and return members with scores in a sorted set or block until one
   is available. (sorted-set, since 7.0.0) */
AR_API int arcmd_bzmpop(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *timeout,
    int key_count, const char *const *key, const size_t *key_len,
    const char *where,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_bzmpop_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *timeout, size_t timeout_len,
    int key_count, const char *const *key, const size_t *key_len,
    const char *where,
    int argc, const char *const *argv, const size_t *argvlen);

/* BZPOPMAX key [key ...] timeout
   Remove and return the member with the highest score from one or more
   sorted sets, or block until one is available. (sorted-set, since 5.0.0) */
AR_API int arcmd_bzpopmax(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int key_count, const char *const *key, const size_t *key_len,
    const char *timeout);
AR_API int arcmd_bzpopmax_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int key_count, const char *const *key, const size_t *key_len,
    const char *timeout, size_t timeout_len);

/* BZPOPMIN key [key ...] timeout
   Remove and return the member with the lowest score from one or more sorted
   sets, or block until one is available. (sorted-set, since 5.0.0) */
AR_API int arcmd_bzpopmin(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int key_count, const char *const *key, const size_t *key_len,
    const char *timeout);
AR_API int arcmd_bzpopmin_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int key_count, const char *const *key, const size_t *key_len,
    const char *timeout, size_t timeout_len);

/* ZADD key [NX | XX] [GT | LT] [CH] [INCR] score member [score member ...]
   Add one or more members to a sorted set, or update its score if it already
   exists. (sorted-set, since 1.2.0) */
AR_API int arcmd_zadd(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_zadd_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int argc, const char *const *argv, const size_t *argvlen);

/* ZCARD key
   Get the number of members in a sorted set. (sorted-set, since 1.2.0) */
AR_API int arcmd_zcard(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key);
AR_API int arcmd_zcard_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len);

/* ZCOUNT key min max
   Count the members in a sorted set with scores within the given values.
   (sorted-set, since 2.0.0) */
AR_API int arcmd_zcount(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *min,
    const char *max);
AR_API int arcmd_zcount_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *min, size_t min_len,
    const char *max, size_t max_len);

/* ZDIFF numkeys key [key ...] [WITHSCORES]
   Subtract multiple sorted sets. (sorted-set, since 6.2.0) */
AR_API int arcmd_zdiff(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int key_count, const char *const *key, const size_t *key_len,
    int argc, const char *const *argv, const size_t *argvlen);

/* ZDIFFSTORE destination numkeys key [key ...]
   Subtract multiple sorted sets and store the resulting sorted set in a new
   key. (sorted-set, since 6.2.0) */
AR_API int arcmd_zdiffstore(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *destination,
    int key_count, const char *const *key, const size_t *key_len);
AR_API int arcmd_zdiffstore_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *destination, size_t destination_len,
    int key_count, const char *const *key, const size_t *key_len);

/* ZINCRBY key increment member
   Increment the score of a member in a sorted set. (sorted-set, since 1.2.0) */
AR_API int arcmd_zincrby(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *increment,
    const char *member);
AR_API int arcmd_zincrby_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *increment, size_t increment_len,
    const char *member, size_t member_len);

/* ZINTER numkeys key [key ...] [WEIGHTS weight [weight ...]] [AGGREGATE SUM
   | MIN | MAX] [WITHSCORES]
   Intersect multiple sorted sets. (sorted-set, since 6.2.0) */
AR_API int arcmd_zinter(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int key_count, const char *const *key, const size_t *key_len,
    int argc, const char *const *argv, const size_t *argvlen);

/* ZINTERCARD numkeys key [key ...] [LIMIT limit]
   Intersect multiple sorted sets and return the cardinality of the result.
   (sorted-set, since 7.0.0) */
AR_API int arcmd_zintercard(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int key_count, const char *const *key, const size_t *key_len,
    int argc, const char *const *argv, const size_t *argvlen);

/* ZINTERSTORE destination numkeys key [key ...] [WEIGHTS weight [weight
   ...]] [AGGREGATE SUM | MIN | MAX]
   Intersect multiple sorted sets and store the resulting sorted set in a new
   key. (sorted-set, since 2.0.0) */
AR_API int arcmd_zinterstore(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *destination,
    int key_count, const char *const *key, const size_t *key_len,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_zinterstore_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *destination, size_t destination_len,
    int key_count, const char *const *key, const size_t *key_len,
    int argc, const char *const *argv, const size_t *argvlen);

/* ZLEXCOUNT key min max
   Count the number of members in a sorted set between a given
   lexicographical range. (sorted-set, since 2.8.9) */
AR_API int arcmd_zlexcount(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *min,
    const char *max);
AR_API int arcmd_zlexcount_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *min, size_t min_len,
    const char *max, size_t max_len);

/* ZMPOP numkeys key [key ...] <MIN | MAX> [COUNT count]
   Remove and return members with scores in a sorted set. (sorted-set, since
   7.0.0) */
AR_API int arcmd_zmpop(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int key_count, const char *const *key, const size_t *key_len,
    const char *where,
    int argc, const char *const *argv, const size_t *argvlen);

/* ZMSCORE key member [member ...]
   Get the score associated with the given members in a sorted set. (sorted-
   set, since 6.2.0) */
AR_API int arcmd_zmscore(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int member_count, const char *const *member, const size_t *member_len);
AR_API int arcmd_zmscore_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int member_count, const char *const *member, const size_t *member_len);

/* ZPOPMAX key [count]
   Remove and return members with the highest scores in a sorted set.
   (sorted-set, since 5.0.0) */
AR_API int arcmd_zpopmax(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_zpopmax_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int argc, const char *const *argv, const size_t *argvlen);

/* ZPOPMIN key [count]
   Remove and return members with the lowest scores in a sorted set. (sorted-
   set, since 5.0.0) */
AR_API int arcmd_zpopmin(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_zpopmin_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int argc, const char *const *argv, const size_t *argvlen);

/* ZRANDMEMBER key [count [WITHSCORES]]
   Get one or multiple random elements from a sorted set. (sorted-set, since
   6.2.0) */
AR_API int arcmd_zrandmember(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_zrandmember_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int argc, const char *const *argv, const size_t *argvlen);

/* ZRANGE key start stop [BYSCORE | BYLEX] [REV] [LIMIT offset count]
   [WITHSCORES]
   Return a range of members in a sorted set. (sorted-set, since 1.2.0) */
AR_API int arcmd_zrange(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *start,
    const char *stop,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_zrange_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *start, size_t start_len,
    const char *stop, size_t stop_len,
    int argc, const char *const *argv, const size_t *argvlen);

/* ZRANGEBYLEX key min max [LIMIT offset count]
   Return a range of members in a sorted set, by lexicographical range.
   (sorted-set, since 2.8.9, deprecated since 6.2.0 (use ZRANGE with the
   BYLEX argument)) */
AR_API int arcmd_zrangebylex(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *min,
    const char *max,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_zrangebylex_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *min, size_t min_len,
    const char *max, size_t max_len,
    int argc, const char *const *argv, const size_t *argvlen);

/* ZRANGEBYSCORE key min max [WITHSCORES] [LIMIT offset count]
   Return a range of members in a sorted set, by score. (sorted-set, since
   1.0.5, deprecated since 6.2.0 (use ZRANGE with the BYSCORE argument)) */
AR_API int arcmd_zrangebyscore(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *min,
    const char *max,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_zrangebyscore_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *min, size_t min_len,
    const char *max, size_t max_len,
    int argc, const char *const *argv, const size_t *argvlen);

/* ZRANGESTORE dst src min max [BYSCORE | BYLEX] [REV] [LIMIT offset count]
   Store a range of members from sorted set into another key. (sorted-set,
   since 6.2.0) */
AR_API int arcmd_zrangestore(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *dst,
    const char *src,
    const char *min,
    const char *max,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_zrangestore_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *dst, size_t dst_len,
    const char *src, size_t src_len,
    const char *min, size_t min_len,
    const char *max, size_t max_len,
    int argc, const char *const *argv, const size_t *argvlen);

/* ZRANK key member
   Determine the index of a member in a sorted set. (sorted-set, since 2.0.0) */
AR_API int arcmd_zrank(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *member);
AR_API int arcmd_zrank_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *member, size_t member_len);

/* ZREM key member [member ...]
   Remove one or more members from a sorted set. (sorted-set, since 1.2.0) */
AR_API int arcmd_zrem(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int member_count, const char *const *member, const size_t *member_len);
AR_API int arcmd_zrem_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int member_count, const char *const *member, const size_t *member_len);

/* ZREMRANGEBYLEX key min max
   Remove all members in a sorted set between the given lexicographical
   range. (sorted-set, since 2.8.9) */
AR_API int arcmd_zremrangebylex(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *min,
    const char *max);
AR_API int arcmd_zremrangebylex_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *min, size_t min_len,
    const char *max, size_t max_len);

/* ZREMRANGEBYRANK key start stop
   Remove all members in a sorted set within the given indexes. (sorted-set,
   since 2.0.0) */
AR_API int arcmd_zremrangebyrank(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    long long start,
    long long stop);
AR_API int arcmd_zremrangebyrank_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    long long start,
    long long stop);

/* ZREMRANGEBYSCORE key min max
   Remove all members in a sorted set within the given scores. (sorted-set,
   since 1.2.0) */
AR_API int arcmd_zremrangebyscore(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *min,
    const char *max);
AR_API int arcmd_zremrangebyscore_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *min, size_t min_len,
    const char *max, size_t max_len);

/* ZREVRANGE key start stop [WITHSCORES]
   Return a range of members in a sorted set, by index, with scores ordered
   from high to low. (sorted-set, since 1.2.0, deprecated since 6.2.0 (use
   ZRANGE with the REV argument)) */
AR_API int arcmd_zrevrange(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    long long start,
    long long stop,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_zrevrange_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    long long start,
    long long stop,
    int argc, const char *const *argv, const size_t *argvlen);

/* ZREVRANGEBYLEX key max min [LIMIT offset count]
   Return a range of members in a sorted set, by lexicographical range,
   ordered from higher to lower strings. (sorted-set, since 2.8.9, deprecated
   since 6.2.0 (use ZRANGE with the REV and BYLEX arguments)) */
AR_API int arcmd_zrevrangebylex(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *max,
    const char *min,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_zrevrangebylex_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *max, size_t max_len,
    const char *min, size_t min_len,
    int argc, const char *const *argv, const size_t *argvlen);

/* ZREVRANGEBYSCORE key max min [WITHSCORES] [LIMIT offset count]
   Return a range of members in a sorted set, by score, with scores ordered
   from high to low. (sorted-set, since 2.2.0, deprecated since 6.2.0 (use
   ZRANGE with the REV and BYSCORE arguments)) */
AR_API int arcmd_zrevrangebyscore(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *max,
    const char *min,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_zrevrangebyscore_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *max, size_t max_len,
    const char *min, size_t min_len,
    int argc, const char *const *argv, const size_t *argvlen);

/* ZREVRANK key member
   Determine the index of a member in a sorted set, with scores ordered from
   high to low. (sorted-set, since 2.0.0) */
AR_API int arcmd_zrevrank(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *member);
AR_API int arcmd_zrevrank_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *member, size_t member_len);

/* ZSCAN key cursor [MATCH pattern] [COUNT count]
   Incrementally iterate sorted sets elements and associated scores. (sorted-
   set, since 2.8.0) */
AR_API int arcmd_zscan(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *cursor,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_zscan_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *cursor, size_t cursor_len,
    int argc, const char *const *argv, const size_t *argvlen);

/* ZSCORE key member
   Get the score associated with the given member in a sorted set. (sorted-
   set, since 1.2.0) */
AR_API int arcmd_zscore(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *member);
AR_API int arcmd_zscore_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *member, size_t member_len);

/* ZUNION numkeys key [key ...] [WEIGHTS weight [weight ...]] [AGGREGATE SUM
   | MIN | MAX] [WITHSCORES]
   Add multiple sorted sets. (sorted-set, since 6.2.0) */
AR_API int arcmd_zunion(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int key_count, const char *const *key, const size_t *key_len,
    int argc, const char *const *argv, const size_t *argvlen);

/* ZUNIONSTORE destination numkeys key [key ...] [WEIGHTS weight [weight
   ...]] [AGGREGATE SUM | MIN | MAX]
   Add multiple sorted sets and store the resulting sorted set in a new key.
   (sorted-set, since 2.0.0) */
AR_API int arcmd_zunionstore(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *destination,
    int key_count, const char *const *key, const size_t *key_len,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_zunionstore_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *destination, size_t destination_len,
    int key_count, const char *const *key, const size_t *key_len,
    int argc, const char *const *argv, const size_t *argvlen);


/* >>wrappers:hash -------------------------------------------------------- */

/* HDEL key field [field ...]
   Delete one or more hash fields. (hash, since 2.0.0) */
AR_API int arcmd_hdel(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int field_count, const char *const *field, const size_t *field_len);
AR_API int arcmd_hdel_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int field_count, const char *const *field, const size_t *field_len);

/* HEXISTS key field
   Determine if a hash field exists. (hash, since 2.0.0) */
AR_API int arcmd_hexists(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *field);
AR_API int arcmd_hexists_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *field, size_t field_len);

/* HGET key field
   Get the value of a hash field. (hash, since 2.0.0) */
AR_API int arcmd_hget(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *field);
AR_API int arcmd_hget_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *field, size_t field_len);

/* HGETALL key
   Get all the fields and values in a hash. (hash, since 2.0.0) */
AR_API int arcmd_hgetall(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key);
AR_API int arcmd_hgetall_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len);

/* HINCRBY key field increment
   Increment the integer value of a hash field by the given number. (hash,
   since 2.0.0) */
AR_API int arcmd_hincrby(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *field,
    long long increment);
AR_API int arcmd_hincrby_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *field, size_t field_len,
    long long increment);

/* HINCRBYFLOAT key field increment
   Increment the float value of a hash field by the given amount. (hash,
   since 2.6.0) */
AR_API int arcmd_hincrbyfloat(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *field,
    const char *increment);
AR_API int arcmd_hincrbyfloat_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *field, size_t field_len,
    const char *increment, size_t increment_len);

/* HKEYS key
   Get all the fields in a hash. (hash, since 2.0.0) */
AR_API int arcmd_hkeys(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key);
AR_API int arcmd_hkeys_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len);

/* HLEN key
   Get the number of fields in a hash. (hash, since 2.0.0) */
AR_API int arcmd_hlen(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key);
AR_API int arcmd_hlen_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len);

/* HMGET key field [field ...]
   Get the values of all the given hash fields. (hash, since 2.0.0) */
AR_API int arcmd_hmget(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int field_count, const char *const *field, const size_t *field_len);
AR_API int arcmd_hmget_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int field_count, const char *const *field, const size_t *field_len);

/* HMSET key field value [field value ...]
   Set multiple hash fields to multiple values. (hash, since 2.0.0,
   deprecated since 4.0.0 (use HSET with multiple field-value pairs)) */
AR_API int arcmd_hmset(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int field_value_count, const char *const *field_value, const size_t *field_value_len);
AR_API int arcmd_hmset_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int field_value_count, const char *const *field_value, const size_t *field_value_len);

/* HRANDFIELD key [count [WITHVALUES]]
   Get one or multiple random fields from a hash. (hash, since 6.2.0) */
AR_API int arcmd_hrandfield(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_hrandfield_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int argc, const char *const *argv, const size_t *argvlen);

/* HSCAN key cursor [MATCH pattern] [COUNT count]
   Incrementally iterate hash fields and associated values. (hash, since
   2.8.0) */
AR_API int arcmd_hscan(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *cursor,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_hscan_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *cursor, size_t cursor_len,
    int argc, const char *const *argv, const size_t *argvlen);

/* HSET key field value [field value ...]
   Set the string value of a hash field. (hash, since 2.0.0) */
AR_API int arcmd_hset(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int field_value_count, const char *const *field_value, const size_t *field_value_len);
AR_API int arcmd_hset_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int field_value_count, const char *const *field_value, const size_t *field_value_len);

/* HSETNX key field value
   Set the value of a hash field, only if the field does not exist. (hash,
   since 2.0.0) */
AR_API int arcmd_hsetnx(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *field,
    const char *value);
AR_API int arcmd_hsetnx_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *field, size_t field_len,
    const char *value, size_t value_len);

/* HSTRLEN key field
   Get the length of the value of a hash field. (hash, since 3.2.0) */
AR_API int arcmd_hstrlen(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *field);
AR_API int arcmd_hstrlen_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *field, size_t field_len);

/* HVALS key
   Get all the values in a hash. (hash, since 2.0.0) */
AR_API int arcmd_hvals(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key);
AR_API int arcmd_hvals_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len);


/* >>wrappers:pubsub ------------------------------------------------------ */

/* PSUBSCRIBE pattern [pattern ...]
   Listen for messages published to channels matching the given patterns.
   (pubsub, since 2.0.0) */
AR_API int arcmd_psubscribe(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int pattern_count, const char *const *pattern, const size_t *pattern_len);

/* PUBLISH channel message
   Post a message to a channel. (pubsub, since 2.0.0) */
AR_API int arcmd_publish(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *channel,
    const char *message);
AR_API int arcmd_publish_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *channel, size_t channel_len,
    const char *message, size_t message_len);

/* PUBSUB CHANNELS [pattern]
   List active channels. (pubsub, since 2.8.0) */
AR_API int arcmd_pubsub_channels(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen);

/* PUBSUB HELP
   Show helpful text about the different subcommands. (pubsub, since 6.2.0) */
AR_API int arcmd_pubsub_help(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* PUBSUB NUMPAT
   Get the count of unique patterns pattern subscriptions. (pubsub, since
   2.8.0) */
AR_API int arcmd_pubsub_numpat(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* PUBSUB NUMSUB [channel [channel ...]]
   Get the count of subscribers for channels. (pubsub, since 2.8.0) */
AR_API int arcmd_pubsub_numsub(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen);

/* PUBSUB SHARDCHANNELS [pattern]
   List active shard channels. (pubsub, since 7.0.0) */
AR_API int arcmd_pubsub_shardchannels(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen);

/* PUBSUB SHARDNUMSUB [shardchannel [shardchannel ...]]
   Get the count of subscribers for shard channels. (pubsub, since 7.0.0) */
AR_API int arcmd_pubsub_shardnumsub(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen);

/* PUNSUBSCRIBE [pattern [pattern ...]]
   Stop listening for messages posted to channels matching the given
   patterns. (pubsub, since 2.0.0) */
AR_API int arcmd_punsubscribe(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen);

/* SPUBLISH shardchannel message
   Post a message to a shard channel. (pubsub, since 7.0.0) */
AR_API int arcmd_spublish(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *shardchannel,
    const char *message);
AR_API int arcmd_spublish_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *shardchannel, size_t shardchannel_len,
    const char *message, size_t message_len);

/* SSUBSCRIBE shardchannel [shardchannel ...]
   Listen for messages published to the given shard channels. (pubsub, since
   7.0.0) */
AR_API int arcmd_ssubscribe(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int shardchannel_count, const char *const *shardchannel, const size_t *shardchannel_len);

/* SUBSCRIBE channel [channel ...]
   Listen for messages published to the given channels. (pubsub, since 2.0.0) */
AR_API int arcmd_subscribe(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int channel_count, const char *const *channel, const size_t *channel_len);

/* SUNSUBSCRIBE [shardchannel [shardchannel ...]]
   Stop listening for messages posted to the given shard channels. (pubsub,
   since 7.0.0) */
AR_API int arcmd_sunsubscribe(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen);

/* UNSUBSCRIBE [channel [channel ...]]
   Stop listening for messages posted to the given channels. (pubsub, since
   2.0.0) */
AR_API int arcmd_unsubscribe(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen);


/* >>wrappers:transactions ------------------------------------------------ */

/* DISCARD
   Discard all commands issued after MULTI. (transactions, since 2.0.0) */
AR_API int arcmd_discard(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* EXEC
   Execute all commands issued after MULTI. (transactions, since 1.2.0) */
AR_API int arcmd_exec(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* MULTI
   Mark the start of a transaction block. (transactions, since 1.2.0) */
AR_API int arcmd_multi(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* UNWATCH
   Forget about all watched keys. (transactions, since 2.2.0) */
AR_API int arcmd_unwatch(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* WATCH key [key ...]
   Watch the given keys to determine execution of the MULTI/EXEC block.
   (transactions, since 2.2.0) */
AR_API int arcmd_watch(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int key_count, const char *const *key, const size_t *key_len);


/* >>wrappers:connection -------------------------------------------------- */

/* AUTH [username] password
   Authenticate to the server. (connection, since 1.0.0) */
AR_API int arcmd_auth(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen);

/* CLIENT CACHING <YES | NO>
   Instruct the server about tracking or not keys in the next request.
   (connection, since 6.0.0) */
AR_API int arcmd_client_caching(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *mode);

/* CLIENT GETNAME
   Get the current connection name. (connection, since 2.6.9) */
AR_API int arcmd_client_getname(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* CLIENT GETREDIR
   Get tracking notifications redirection client ID if any. (connection,
   since 6.0.0) */
AR_API int arcmd_client_getredir(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* CLIENT HELP
   Show helpful text about the different subcommands. (connection, since
   5.0.0) */
AR_API int arcmd_client_help(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* CLIENT ID
   Returns the client ID for the current connection. (connection, since
   5.0.0) */
AR_API int arcmd_client_id(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* CLIENT INFO
   Returns information about the current client connection. (connection,
   since 6.2.0) */
AR_API int arcmd_client_info(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* CLIENT KILL <ip:port | <[ID client-id] | [TYPE NORMAL | MASTER | SLAVE |
   REPLICA | PUBSUB] | [USER username] | [ADDR ip:port] | [LADDR ip:port] |
   [SKIPME yes/no]> [<[ID client-id] | [TYPE NORMAL | MASTER | SLAVE |
   REPLICA | PUBSUB] | [USER username] | [ADDR ip:port] | [LADDR ip:port] |
   [SKIPME yes/no]> ...]>
   Kill the connection of a client. (connection, since 2.4.0) */
AR_API int arcmd_client_kill(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen);

/* CLIENT LIST [TYPE NORMAL | MASTER | REPLICA | PUBSUB] [ID client-id
   [client-id ...]]
   Get the list of client connections. (connection, since 2.4.0) */
AR_API int arcmd_client_list(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen);

/* CLIENT NO-EVICT <ON | OFF>
   Set client eviction mode for the current connection. (connection, since
   7.0.0) */
AR_API int arcmd_client_no_evict(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *enabled);

/* CLIENT PAUSE timeout [WRITE | ALL]
   Stop processing commands from clients for some time. (connection, since
   2.9.50) */
AR_API int arcmd_client_pause(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    long long timeout,
    int argc, const char *const *argv, const size_t *argvlen);

/* CLIENT REPLY <ON | OFF | SKIP>
   Instruct the server whether to reply to commands. (connection, since
   3.2.0) */
AR_API int arcmd_client_reply(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *on_off_skip);

/* CLIENT SETNAME connection-name
   Set the current connection name. (connection, since 2.6.9) */
AR_API int arcmd_client_setname(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *connection_name);
AR_API int arcmd_client_setname_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *connection_name, size_t connection_name_len);

/* CLIENT TRACKING <ON | OFF> [REDIRECT client-id] [PREFIX prefix [PREFIX
   prefix ...]] [BCAST] [OPTIN] [OPTOUT] [NOLOOP]
   Enable or disable server assisted client side caching support.
   (connection, since 6.0.0) */
AR_API int arcmd_client_tracking(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *status,
    int argc, const char *const *argv, const size_t *argvlen);

/* CLIENT TRACKINGINFO
   Return information about server assisted client side caching for the
   current connection. (connection, since 6.2.0) */
AR_API int arcmd_client_trackinginfo(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* CLIENT UNBLOCK client-id [TIMEOUT | ERROR]
   Unblock a client blocked in a blocking command from a different
   connection. (connection, since 5.0.0) */
AR_API int arcmd_client_unblock(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    long long client_id,
    int argc, const char *const *argv, const size_t *argvlen);

/* CLIENT UNPAUSE
   Resume processing of clients that were paused. (connection, since 6.2.0) */
AR_API int arcmd_client_unpause(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* ECHO message
   Echo the given string. (connection, since 1.0.0) */
AR_API int arcmd_echo(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *message);
AR_API int arcmd_echo_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *message, size_t message_len);

/* HELLO [protover [AUTH username password] [SETNAME clientname]]
   Handshake with Redis. (connection, since 6.0.0) */
AR_API int arcmd_hello(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen);

/* PING [message]
   Ping the server. (connection, since 1.0.0) */
AR_API int arcmd_ping(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen);

/* QUIT
   Close the connection. (connection, since 1.0.0) */
AR_API int arcmd_quit(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* RESET
   Reset the connection. (connection, since 6.2.0) */
AR_API int arcmd_reset(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* SELECT index
   Change the selected database for the current connection. (connection,
   since 1.0.0) */
AR_API int arcmd_select(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    long long index);


/* >>wrappers:server ------------------------------------------------------ */

/* ACL CAT [categoryname]
   List the ACL categories or the commands inside a category. (server, since
   6.0.0) */
AR_API int arcmd_acl_cat(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen);

/* ACL DELUSER username [username ...]
   Remove the specified ACL users and the associated rules. (server, since
   6.0.0) */
AR_API int arcmd_acl_deluser(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int username_count, const char *const *username, const size_t *username_len);

/* ACL DRYRUN username command [arg [arg ...]]
   Returns whether the user can execute the given command without executing
   the command. (server, since 7.0.0) */
AR_API int arcmd_acl_dryrun(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *username,
    const char *command,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_acl_dryrun_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *username, size_t username_len,
    const char *command, size_t command_len,
    int argc, const char *const *argv, const size_t *argvlen);

/* ACL GENPASS [bits]
   Generate a pseudorandom secure password to use for ACL users. (server,
   since 6.0.0) */
AR_API int arcmd_acl_genpass(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen);

/* ACL GETUSER username
   Get the rules for a specific ACL user. (server, since 6.0.0) */
AR_API int arcmd_acl_getuser(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *username);
AR_API int arcmd_acl_getuser_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *username, size_t username_len);

/* ACL HELP
   Show helpful text about the different subcommands. (server, since 6.0.0) */
AR_API int arcmd_acl_help(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* ACL LIST
   List the current ACL rules in ACL config file format. (server, since
   6.0.0) */
AR_API int arcmd_acl_list(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* ACL LOAD
   Reload the ACLs from the configured ACL file. (server, since 6.0.0) */
AR_API int arcmd_acl_load(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* ACL LOG [count | RESET]
   List latest events denied because of ACLs in place. (server, since 6.0.0) */
AR_API int arcmd_acl_log(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen);

/* ACL SAVE
   Save the current ACL rules in the configured ACL file. (server, since
   6.0.0) */
AR_API int arcmd_acl_save(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* ACL SETUSER username [rule [rule ...]]
   Modify or create the rules for a specific ACL user. (server, since 6.0.0) */
AR_API int arcmd_acl_setuser(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *username,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_acl_setuser_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *username, size_t username_len,
    int argc, const char *const *argv, const size_t *argvlen);

/* ACL USERS
   List the username of all the configured ACL rules. (server, since 6.0.0) */
AR_API int arcmd_acl_users(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* ACL WHOAMI
   Return the name of the user associated to the current connection. (server,
   since 6.0.0) */
AR_API int arcmd_acl_whoami(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* BGREWRITEAOF
   Asynchronously rewrite the append-only file. (server, since 1.0.0) */
AR_API int arcmd_bgrewriteaof(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* BGSAVE [SCHEDULE]
   Asynchronously save the dataset to disk. (server, since 1.0.0) */
AR_API int arcmd_bgsave(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen);

/* COMMAND COUNT
   Get total number of Redis commands. (server, since 2.8.13) */
AR_API int arcmd_command_count(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* COMMAND DOCS [command-name [command-name ...]]
   Get array of specific Redis command documentation. (server, since 7.0.0) */
AR_API int arcmd_command_docs(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen);

/* COMMAND GETKEYS
   Extract keys given a full Redis command. (server, since 2.8.13) */
AR_API int arcmd_command_getkeys(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen);

/* COMMAND GETKEYSANDFLAGS
   Extract keys and access flags given a full Redis command. (server, since
   7.0.0) */
AR_API int arcmd_command_getkeysandflags(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen);

/* COMMAND HELP
   Show helpful text about the different subcommands. (server, since 5.0.0) */
AR_API int arcmd_command_help(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* COMMAND INFO [command-name [command-name ...]]
   Get array of specific Redis command details, or all when no argument is
   given. (server, since 2.8.13) */
AR_API int arcmd_command_info(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen);

/* COMMAND LIST [FILTERBY MODULE module-name | ACLCAT category | PATTERN
   pattern]
   Get an array of Redis command names. (server, since 7.0.0) */
AR_API int arcmd_command_list(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen);

/* CONFIG GET parameter [parameter ...]
   Get the values of configuration parameters. (server, since 2.0.0) */
AR_API int arcmd_config_get(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int parameter_count, const char *const *parameter, const size_t *parameter_len);

/* CONFIG HELP
   Show helpful text about the different subcommands. (server, since 5.0.0) */
AR_API int arcmd_config_help(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* CONFIG RESETSTAT
   Reset the stats returned by INFO. (server, since 2.0.0) */
AR_API int arcmd_config_resetstat(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* CONFIG REWRITE
   Rewrite the configuration file with the in memory configuration. (server,
   since 2.8.0) */
AR_API int arcmd_config_rewrite(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* CONFIG SET parameter value [parameter value ...]
   Set configuration parameters to the given values. (server, since 2.0.0) */
AR_API int arcmd_config_set(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int parameter_value_count, const char *const *parameter_value, const size_t *parameter_value_len);

/* DBSIZE
   Return the number of keys in the selected database. (server, since 1.0.0) */
AR_API int arcmd_dbsize(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* DEBUG
   A container for debugging commands. (server, since 1.0.0) */
AR_API int arcmd_debug(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen);

/* FAILOVER [TO host port [FORCE]] [ABORT] [TIMEOUT milliseconds]
   Start a coordinated failover between this server and one of its replicas.
   (server, since 6.2.0) */
AR_API int arcmd_failover(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen);

/* FLUSHALL [ASYNC | SYNC]
   Remove all keys from all databases. (server, since 1.0.0) */
AR_API int arcmd_flushall(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen);

/* FLUSHDB [ASYNC | SYNC]
   Remove all keys from the current database. (server, since 1.0.0) */
AR_API int arcmd_flushdb(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen);

/* INFO [section [section ...]]
   Get information and statistics about the server. (server, since 1.0.0) */
AR_API int arcmd_info(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen);

/* LASTSAVE
   Get the UNIX time stamp of the last successful save to disk. (server,
   since 1.0.0) */
AR_API int arcmd_lastsave(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* LATENCY DOCTOR
   Return a human readable latency analysis report. (server, since 2.8.13) */
AR_API int arcmd_latency_doctor(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* LATENCY GRAPH event
   Return a latency graph for the event. (server, since 2.8.13) */
AR_API int arcmd_latency_graph(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *event);
AR_API int arcmd_latency_graph_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *event, size_t event_len);

/* LATENCY HELP
   Show helpful text about the different subcommands. (server, since 2.8.13) */
AR_API int arcmd_latency_help(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* LATENCY HISTOGRAM [command [command ...]]
   Return the cumulative distribution of latencies of a subset of commands or
   all. (server, since 7.0.0) */
AR_API int arcmd_latency_histogram(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen);

/* LATENCY HISTORY event
   Return timestamp-latency samples for the event. (server, since 2.8.13) */
AR_API int arcmd_latency_history(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *event);
AR_API int arcmd_latency_history_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *event, size_t event_len);

/* LATENCY LATEST
   Return the latest latency samples for all events. (server, since 2.8.13) */
AR_API int arcmd_latency_latest(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* LATENCY RESET [event [event ...]]
   Reset latency data for one or more events. (server, since 2.8.13) */
AR_API int arcmd_latency_reset(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen);

/* LOLWUT [VERSION version]
   Display some computer art and the Redis version. (server, since 5.0.0) */
AR_API int arcmd_lolwut(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen);

/* MEMORY DOCTOR
   Outputs memory problems report. (server, since 4.0.0) */
AR_API int arcmd_memory_doctor(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* MEMORY HELP
   Show helpful text about the different subcommands. (server, since 4.0.0) */
AR_API int arcmd_memory_help(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* MEMORY MALLOC-STATS
   Show allocator internal stats. (server, since 4.0.0) */
AR_API int arcmd_memory_malloc_stats(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* MEMORY PURGE
   Ask the allocator to release memory. (server, since 4.0.0) */
AR_API int arcmd_memory_purge(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* MEMORY STATS
   Show memory usage details. (server, since 4.0.0) */
AR_API int arcmd_memory_stats(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* MEMORY USAGE key [SAMPLES count]
   Estimate the memory usage of a key. (server, since 4.0.0) */
AR_API int arcmd_memory_usage(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_memory_usage_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int argc, const char *const *argv, const size_t *argvlen);

/* MODULE HELP
   Show helpful text about the different subcommands. (server, since 5.0.0) */
AR_API int arcmd_module_help(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* MODULE LIST
   List all modules loaded by the server. (server, since 4.0.0) */
AR_API int arcmd_module_list(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* MODULE LOAD path [arg [arg ...]]
   Load a module. (server, since 4.0.0) */
AR_API int arcmd_module_load(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *path,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_module_load_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *path, size_t path_len,
    int argc, const char *const *argv, const size_t *argvlen);

/* MODULE LOADEX path [CONFIG name value [CONFIG name value ...]] [ARGS arg
   [arg ...]]
   Load a module with extended parameters. (server, since 7.0.0) */
AR_API int arcmd_module_loadex(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *path,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_module_loadex_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *path, size_t path_len,
    int argc, const char *const *argv, const size_t *argvlen);

/* MODULE UNLOAD name
   Unload a module. (server, since 4.0.0) */
AR_API int arcmd_module_unload(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *name);
AR_API int arcmd_module_unload_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *name, size_t name_len);

/* MONITOR
   Listen for all requests received by the server in real time. (server,
   since 1.0.0) */
AR_API int arcmd_monitor(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* PSYNC replicationid offset
   Internal command used for replication. (server, since 2.8.0) */
AR_API int arcmd_psync(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *replicationid,
    long long offset);
AR_API int arcmd_psync_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *replicationid, size_t replicationid_len,
    long long offset);

/* REPLCONF
   An internal command for configuring the replication stream. (server, since
   3.0.0) */
AR_API int arcmd_replconf(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen);

/* REPLICAOF <host port | NO ONE>
   Make the server a replica of another instance, or promote it as master.
   (server, since 5.0.0) */
AR_API int arcmd_replicaof(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen);

/* RESTORE-ASKING key ttl serialized-value [REPLACE] [ABSTTL] [IDLETIME
   seconds] [FREQ frequency]
   An internal command for migrating keys in a cluster. (server, since 3.0.0) */
AR_API int arcmd_restore_asking(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    long long ttl,
    const char *serialized_value,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_restore_asking_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    long long ttl,
    const char *serialized_value, size_t serialized_value_len,
    int argc, const char *const *argv, const size_t *argvlen);

/* ROLE
   Return the role of the instance in the context of replication. (server,
   since 2.8.12) */
AR_API int arcmd_role(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* SAVE
   Synchronously save the dataset to disk. (server, since 1.0.0) */
AR_API int arcmd_save(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* SHUTDOWN [NOSAVE | SAVE] [NOW] [FORCE] [ABORT]
   Synchronously save the dataset to disk and then shut down the server.
   (server, since 1.0.0) */
AR_API int arcmd_shutdown(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen);

/* SLAVEOF <host port | NO ONE>
   Make the server a replica of another instance, or promote it as master.
   (server, since 1.0.0, deprecated since 5.0.0 (use REPLICAOF)) */
AR_API int arcmd_slaveof(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen);

/* SLOWLOG GET [count]
   Get the slow log's entries. (server, since 2.2.12) */
AR_API int arcmd_slowlog_get(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen);

/* SLOWLOG HELP
   Show helpful text about the different subcommands. (server, since 6.2.0) */
AR_API int arcmd_slowlog_help(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* SLOWLOG LEN
   Get the slow log's length. (server, since 2.2.12) */
AR_API int arcmd_slowlog_len(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* SLOWLOG RESET
   Clear all entries from the slow log. (server, since 2.2.12) */
AR_API int arcmd_slowlog_reset(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* SWAPDB index1 index2
   Swaps two Redis databases. (server, since 4.0.0) */
AR_API int arcmd_swapdb(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    long long index1,
    long long index2);

/* SYNC
   Internal command used for replication. (server, since 1.0.0) */
AR_API int arcmd_sync(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* TIME
   Return the current server time. (server, since 2.6.0) */
AR_API int arcmd_time(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);


/* >>wrappers:scripting --------------------------------------------------- */

/* EVAL script numkeys [key [key ...]] [arg [arg ...]]
   Execute a Lua script server side. (scripting, since 2.6.0) */
AR_API int arcmd_eval(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *script,
    long long numkeys,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_eval_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *script, size_t script_len,
    long long numkeys,
    int argc, const char *const *argv, const size_t *argvlen);

/* EVAL_RO script numkeys [key [key ...]] [arg [arg ...]]
   Execute a read-only Lua script server side. (scripting, since 7.0.0) */
AR_API int arcmd_eval_ro(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *script,
    long long numkeys,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_eval_ro_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *script, size_t script_len,
    long long numkeys,
    int argc, const char *const *argv, const size_t *argvlen);

/* EVALSHA sha1 numkeys [key [key ...]] [arg [arg ...]]
   Execute a Lua script server side. (scripting, since 2.6.0) */
AR_API int arcmd_evalsha(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *sha1,
    long long numkeys,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_evalsha_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *sha1, size_t sha1_len,
    long long numkeys,
    int argc, const char *const *argv, const size_t *argvlen);

/* EVALSHA_RO sha1 numkeys [key [key ...]] [arg [arg ...]]
   Execute a read-only Lua script server side. (scripting, since 7.0.0) */
AR_API int arcmd_evalsha_ro(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *sha1,
    long long numkeys,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_evalsha_ro_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *sha1, size_t sha1_len,
    long long numkeys,
    int argc, const char *const *argv, const size_t *argvlen);

/* FCALL function numkeys [key [key ...]] [arg [arg ...]]
   Invoke a function. (scripting, since 7.0.0) */
AR_API int arcmd_fcall(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *function,
    long long numkeys,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_fcall_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *function, size_t function_len,
    long long numkeys,
    int argc, const char *const *argv, const size_t *argvlen);

/* FCALL_RO function numkeys [key [key ...]] [arg [arg ...]]
   Invoke a read-only function. (scripting, since 7.0.0) */
AR_API int arcmd_fcall_ro(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *function,
    long long numkeys,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_fcall_ro_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *function, size_t function_len,
    long long numkeys,
    int argc, const char *const *argv, const size_t *argvlen);

/* FUNCTION DELETE library-name
   Delete a function by name. (scripting, since 7.0.0) */
AR_API int arcmd_function_delete(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *library_name);
AR_API int arcmd_function_delete_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *library_name, size_t library_name_len);

/* FUNCTION DUMP
   Dump all functions into a serialized binary payload. (scripting, since
   7.0.0) */
AR_API int arcmd_function_dump(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* FUNCTION FLUSH [ASYNC | SYNC]
   Deleting all functions. (scripting, since 7.0.0) */
AR_API int arcmd_function_flush(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen);

/* FUNCTION HELP
   Show helpful text about the different subcommands. (scripting, since
   7.0.0) */
AR_API int arcmd_function_help(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* FUNCTION KILL
   Kill the function currently in execution. (scripting, since 7.0.0) */
AR_API int arcmd_function_kill(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* FUNCTION LIST [LIBRARYNAME library-name-pattern] [WITHCODE]
   List information about all the functions. (scripting, since 7.0.0) */
AR_API int arcmd_function_list(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen);

/* FUNCTION LOAD [REPLACE] function-code
   Create a function with the given arguments (name, code, description).
   (scripting, since 7.0.0) */
AR_API int arcmd_function_load(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen);

/* FUNCTION RESTORE serialized-value [FLUSH | APPEND | REPLACE]
   Restore all the functions on the given payload. (scripting, since 7.0.0) */
AR_API int arcmd_function_restore(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *serialized_value,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_function_restore_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *serialized_value, size_t serialized_value_len,
    int argc, const char *const *argv, const size_t *argvlen);

/* FUNCTION STATS
   Return information about the function currently running (name,
   description, duration). (scripting, since 7.0.0) */
AR_API int arcmd_function_stats(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* SCRIPT DEBUG <YES | SYNC | NO>
   Set the debug mode for executed scripts. (scripting, since 3.2.0) */
AR_API int arcmd_script_debug(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *mode);

/* SCRIPT EXISTS sha1 [sha1 ...]
   Check existence of scripts in the script cache. (scripting, since 2.6.0) */
AR_API int arcmd_script_exists(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int sha1_count, const char *const *sha1, const size_t *sha1_len);

/* SCRIPT FLUSH [ASYNC | SYNC]
   Remove all the scripts from the script cache. (scripting, since 2.6.0) */
AR_API int arcmd_script_flush(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen);

/* SCRIPT HELP
   Show helpful text about the different subcommands. (scripting, since
   5.0.0) */
AR_API int arcmd_script_help(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* SCRIPT KILL
   Kill the script currently in execution. (scripting, since 2.6.0) */
AR_API int arcmd_script_kill(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* SCRIPT LOAD script
   Load the specified Lua script into the script cache. (scripting, since
   2.6.0) */
AR_API int arcmd_script_load(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *script);
AR_API int arcmd_script_load_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *script, size_t script_len);


/* >>wrappers:hyperloglog ------------------------------------------------- */

/* PFADD key [element [element ...]]
   Adds the specified elements to the specified HyperLogLog. (hyperloglog,
   since 2.8.9) */
AR_API int arcmd_pfadd(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_pfadd_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int argc, const char *const *argv, const size_t *argvlen);

/* PFCOUNT key [key ...]
   Return the approximated cardinality of the set(s) observed by the
   HyperLogLog at key(s). (hyperloglog, since 2.8.9) */
AR_API int arcmd_pfcount(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int key_count, const char *const *key, const size_t *key_len);

/* PFDEBUG subcommand key
   Internal commands for debugging HyperLogLog values. (hyperloglog, since
   2.8.9) */
AR_API int arcmd_pfdebug(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *subcommand,
    const char *key);
AR_API int arcmd_pfdebug_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *subcommand, size_t subcommand_len,
    const char *key, size_t key_len);

/* PFMERGE destkey sourcekey [sourcekey ...]
   Merge N different HyperLogLogs into a single one. (hyperloglog, since
   2.8.9) */
AR_API int arcmd_pfmerge(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *destkey,
    int sourcekey_count, const char *const *sourcekey, const size_t *sourcekey_len);
AR_API int arcmd_pfmerge_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *destkey, size_t destkey_len,
    int sourcekey_count, const char *const *sourcekey, const size_t *sourcekey_len);

/* PFSELFTEST
   An internal command for testing HyperLogLog values. (hyperloglog, since
   2.8.9) */
AR_API int arcmd_pfselftest(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);


/* >>wrappers:cluster ----------------------------------------------------- */

/* ASKING
   Sent by cluster clients after an -ASK redirect. (cluster, since 3.0.0) */
AR_API int arcmd_asking(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* CLUSTER ADDSLOTS slot [slot ...]
   Assign new hash slots to receiving node. (cluster, since 3.0.0) */
AR_API int arcmd_cluster_addslots(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int slot_count, const char *const *slot, const size_t *slot_len);

/* CLUSTER ADDSLOTSRANGE start-slot end-slot [start-slot end-slot ...]
   Assign new hash slots to receiving node. (cluster, since 7.0.0) */
AR_API int arcmd_cluster_addslotsrange(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int start_slot_end_slot_count, const char *const *start_slot_end_slot, const size_t *start_slot_end_slot_len);

/* CLUSTER BUMPEPOCH
   Advance the cluster config epoch. (cluster, since 3.0.0) */
AR_API int arcmd_cluster_bumpepoch(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* CLUSTER COUNT-FAILURE-REPORTS node-id
   Return the number of failure reports active for a given node. (cluster,
   since 3.0.0) */
AR_API int arcmd_cluster_count_failure_reports(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *node_id);
AR_API int arcmd_cluster_count_failure_reports_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *node_id, size_t node_id_len);

/* CLUSTER COUNTKEYSINSLOT slot
   Return the number of local keys in the specified hash slot. (cluster,
   since 3.0.0) */
AR_API int arcmd_cluster_countkeysinslot(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    long long slot);

/* CLUSTER DELSLOTS slot [slot ...]
   Set hash slots as unbound in receiving node. (cluster, since 3.0.0) */
AR_API int arcmd_cluster_delslots(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int slot_count, const char *const *slot, const size_t *slot_len);

/* CLUSTER DELSLOTSRANGE start-slot end-slot [start-slot end-slot ...]
   Set hash slots as unbound in receiving node. (cluster, since 7.0.0) */
AR_API int arcmd_cluster_delslotsrange(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int start_slot_end_slot_count, const char *const *start_slot_end_slot, const size_t *start_slot_end_slot_len);

/* CLUSTER FAILOVER [FORCE | TAKEOVER]
   Forces a replica to perform a manual failover of its master. (cluster,
   since 3.0.0) */
AR_API int arcmd_cluster_failover(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen);

/* CLUSTER FLUSHSLOTS
   Delete a node's own slots information. (cluster, since 3.0.0) */
AR_API int arcmd_cluster_flushslots(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* CLUSTER FORGET node-id
   Remove a node from the nodes table. (cluster, since 3.0.0) */
AR_API int arcmd_cluster_forget(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *node_id);
AR_API int arcmd_cluster_forget_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *node_id, size_t node_id_len);

/* CLUSTER GETKEYSINSLOT slot count
   Return local key names in the specified hash slot. (cluster, since 3.0.0) */
AR_API int arcmd_cluster_getkeysinslot(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    long long slot,
    long long count);

/* CLUSTER HELP
   Show helpful text about the different subcommands. (cluster, since 5.0.0) */
AR_API int arcmd_cluster_help(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* CLUSTER INFO
   Provides info about Redis Cluster node state. (cluster, since 3.0.0) */
AR_API int arcmd_cluster_info(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* CLUSTER KEYSLOT key
   Returns the hash slot of the specified key. (cluster, since 3.0.0) */
AR_API int arcmd_cluster_keyslot(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key);
AR_API int arcmd_cluster_keyslot_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len);

/* CLUSTER LINKS
   Returns a list of all TCP links to and from peer nodes in cluster.
   (cluster, since 7.0.0) */
AR_API int arcmd_cluster_links(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* CLUSTER MEET ip port [cluster_bus_port]
   Force a node cluster to handshake with another node. (cluster, since
   3.0.0) */
AR_API int arcmd_cluster_meet(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *ip,
    long long port,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_cluster_meet_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *ip, size_t ip_len,
    long long port,
    int argc, const char *const *argv, const size_t *argvlen);

/* CLUSTER MYID
   Return the node id. (cluster, since 3.0.0) */
AR_API int arcmd_cluster_myid(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* CLUSTER NODES
   Get Cluster config for the node. (cluster, since 3.0.0) */
AR_API int arcmd_cluster_nodes(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* CLUSTER REPLICAS node-id
   List replica nodes of the specified master node. (cluster, since 5.0.0) */
AR_API int arcmd_cluster_replicas(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *node_id);
AR_API int arcmd_cluster_replicas_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *node_id, size_t node_id_len);

/* CLUSTER REPLICATE node-id
   Reconfigure a node as a replica of the specified master node. (cluster,
   since 3.0.0) */
AR_API int arcmd_cluster_replicate(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *node_id);
AR_API int arcmd_cluster_replicate_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *node_id, size_t node_id_len);

/* CLUSTER RESET [HARD | SOFT]
   Reset a Redis Cluster node. (cluster, since 3.0.0) */
AR_API int arcmd_cluster_reset(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen);

/* CLUSTER SAVECONFIG
   Forces the node to save cluster state on disk. (cluster, since 3.0.0) */
AR_API int arcmd_cluster_saveconfig(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* CLUSTER SET-CONFIG-EPOCH config-epoch
   Set the configuration epoch in a new node. (cluster, since 3.0.0) */
AR_API int arcmd_cluster_set_config_epoch(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    long long config_epoch);

/* CLUSTER SETSLOT slot <IMPORTING node-id | MIGRATING node-id | NODE node-id
   | STABLE>
   Bind a hash slot to a specific node. (cluster, since 3.0.0) */
AR_API int arcmd_cluster_setslot(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    long long slot,
    int argc, const char *const *argv, const size_t *argvlen);

/* CLUSTER SHARDS
   Get array of cluster slots to node mappings. (cluster, since 7.0.0) */
AR_API int arcmd_cluster_shards(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* CLUSTER SLAVES node-id
   List replica nodes of the specified master node. (cluster, since 3.0.0,
   deprecated since 5.0.0 (use CLUSTER REPLICAS)) */
AR_API int arcmd_cluster_slaves(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *node_id);
AR_API int arcmd_cluster_slaves_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *node_id, size_t node_id_len);

/* CLUSTER SLOTS
   Get array of Cluster slot to node mappings. (cluster, since 3.0.0,
   deprecated since 7.0.0 (use CLUSTER SHARDS)) */
AR_API int arcmd_cluster_slots(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* READONLY
   Enables read queries for a connection to a cluster replica node. (cluster,
   since 3.0.0) */
AR_API int arcmd_readonly(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* READWRITE
   Disables read queries for a connection to a cluster replica node.
   (cluster, since 3.0.0) */
AR_API int arcmd_readwrite(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);


/* >>wrappers:geo --------------------------------------------------------- */

/* GEOADD key [NX | XX] [CH] longitude latitude member [longitude latitude
   member ...]
   Add one or more geospatial items in the geospatial index represented using
   a sorted set. (geo, since 3.2.0) */
AR_API int arcmd_geoadd(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_geoadd_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int argc, const char *const *argv, const size_t *argvlen);

/* GEODIST key member1 member2 [M | KM | FT | MI]
   Returns the distance between two members of a geospatial index. (geo,
   since 3.2.0) */
AR_API int arcmd_geodist(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *member1,
    const char *member2,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_geodist_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *member1, size_t member1_len,
    const char *member2, size_t member2_len,
    int argc, const char *const *argv, const size_t *argvlen);

/* GEOHASH key member [member ...]
   Returns members of a geospatial index as standard geohash strings. (geo,
   since 3.2.0) */
AR_API int arcmd_geohash(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int member_count, const char *const *member, const size_t *member_len);
AR_API int arcmd_geohash_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int member_count, const char *const *member, const size_t *member_len);

/* GEOPOS key member [member ...]
   Returns longitude and latitude of members of a geospatial index. (geo,
   since 3.2.0) */
AR_API int arcmd_geopos(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int member_count, const char *const *member, const size_t *member_len);
AR_API int arcmd_geopos_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int member_count, const char *const *member, const size_t *member_len);

/* GEORADIUS key longitude latitude radius <M | KM | FT | MI> [WITHCOORD]
   [WITHDIST] [WITHHASH] [COUNT count [ANY]] [ASC | DESC] [STORE key]
   [STOREDIST key]
   Query a sorted set representing a geospatial index to fetch members
   matching a given maximum distance from a point. (geo, since 3.2.0,
   deprecated since 6.2.0 (use GEOSEARCH and GEOSEARCHSTORE with the BYRADIUS
   argument)) */
AR_API int arcmd_georadius(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *longitude,
    const char *latitude,
    const char *radius,
    const char *unit,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_georadius_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *longitude, size_t longitude_len,
    const char *latitude, size_t latitude_len,
    const char *radius, size_t radius_len,
    const char *unit,
    int argc, const char *const *argv, const size_t *argvlen);

/* GEORADIUS_RO key longitude latitude radius <M | KM | FT | MI> [WITHCOORD]
   [WITHDIST] [WITHHASH] [COUNT count [ANY]] [ASC | DESC]
   A read-only variant for GEORADIUS. (geo, since 3.2.10, deprecated since
   6.2.0 (use GEOSEARCH with the BYRADIUS argument)) */
AR_API int arcmd_georadius_ro(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *longitude,
    const char *latitude,
    const char *radius,
    const char *unit,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_georadius_ro_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *longitude, size_t longitude_len,
    const char *latitude, size_t latitude_len,
    const char *radius, size_t radius_len,
    const char *unit,
    int argc, const char *const *argv, const size_t *argvlen);

/* GEORADIUSBYMEMBER key member radius <M | KM | FT | MI> [WITHCOORD]
   [WITHDIST] [WITHHASH] [COUNT count [ANY]] [ASC | DESC] [STORE key]
   [STOREDIST key]
   Query a sorted set representing a geospatial index to fetch members
   matching a given maximum distance from a member. (geo, since 3.2.0,
   deprecated since 6.2.0 (use GEOSEARCH and GEOSEARCHSTORE with the BYRADIUS
   and FROMMEMBER arguments)) */
AR_API int arcmd_georadiusbymember(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *member,
    const char *radius,
    const char *unit,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_georadiusbymember_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *member, size_t member_len,
    const char *radius, size_t radius_len,
    const char *unit,
    int argc, const char *const *argv, const size_t *argvlen);

/* GEORADIUSBYMEMBER_RO key member radius <M | KM | FT | MI> [WITHCOORD]
   [WITHDIST] [WITHHASH] [COUNT count [ANY]] [ASC | DESC]
   A read-only variant for GEORADIUSBYMEMBER. (geo, since 3.2.10, deprecated
   since 6.2.0 (use GEOSEARCH with the BYRADIUS and FROMMEMBER arguments)) */
AR_API int arcmd_georadiusbymember_ro(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *member,
    const char *radius,
    const char *unit,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_georadiusbymember_ro_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *member, size_t member_len,
    const char *radius, size_t radius_len,
    const char *unit,
    int argc, const char *const *argv, const size_t *argvlen);

/* GEOSEARCH key <FROMMEMBER member | FROMLONLAT longitude latitude>
   <BYRADIUS radius <M | KM | FT | MI> | BYBOX width height <M | KM | FT |
   MI>> [ASC | DESC] [COUNT count [ANY]] [WITHCOORD] [WITHDIST] [WITHHASH]
   Query a sorted set representing a geospatial index to fetch members inside
   an area of a box or a circle. (geo, since 6.2.0) */
AR_API int arcmd_geosearch(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_geosearch_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int argc, const char *const *argv, const size_t *argvlen);

/* GEOSEARCHSTORE destination source <FROMMEMBER member | FROMLONLAT
   longitude latitude> <BYRADIUS radius <M | KM | FT | MI> | BYBOX width
   height <M | KM | FT | MI>> [ASC | DESC] [COUNT count [ANY]] [STOREDIST]
   Query a sorted set representing a geospatial index to fetch members inside
   an area of a box or a circle, and store the result in another key. (geo,
   since 6.2.0) */
AR_API int arcmd_geosearchstore(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *destination,
    const char *source,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_geosearchstore_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *destination, size_t destination_len,
    const char *source, size_t source_len,
    int argc, const char *const *argv, const size_t *argvlen);


/* >>wrappers:stream ------------------------------------------------------ */

/* XACK key group id [id ...]
   Marks a pending message as correctly processed, effectively removing it
   from the pending entries list of the consumer group. Return value of the
   command is the number of messages successfully acknowledged, that is, the
   IDs we were actually able to resolve in the PEL. (stream, since 5.0.0) */
AR_API int arcmd_xack(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *group,
    int id_count, const char *const *id, const size_t *id_len);
AR_API int arcmd_xack_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *group, size_t group_len,
    int id_count, const char *const *id, const size_t *id_len);

/* XADD key [NOMKSTREAM] [<MAXLEN | MINID> [= | ~] threshold [LIMIT count]]
   <* | id> field value [field value ...]
   Appends a new entry to a stream. (stream, since 5.0.0) */
AR_API int arcmd_xadd(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_xadd_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int argc, const char *const *argv, const size_t *argvlen);

/* XAUTOCLAIM key group consumer min-idle-time start [COUNT count] [JUSTID]
   Changes (or acquires) ownership of messages in a consumer group, as if the
   messages were delivered to the specified consumer. (stream, since 6.2.0) */
AR_API int arcmd_xautoclaim(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *group,
    const char *consumer,
    const char *min_idle_time,
    const char *start,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_xautoclaim_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *group, size_t group_len,
    const char *consumer, size_t consumer_len,
    const char *min_idle_time, size_t min_idle_time_len,
    const char *start, size_t start_len,
    int argc, const char *const *argv, const size_t *argvlen);

/* XCLAIM key group consumer min-idle-time id [id ...] [IDLE ms] [TIME
   unix-time-milliseconds] [RETRYCOUNT count] [FORCE] [JUSTID] [LASTID id]
   Changes (or acquires) ownership of a message in a consumer group, as if
   the message was delivered to the specified consumer. (stream, since 5.0.0) */
AR_API int arcmd_xclaim(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *group,
    const char *consumer,
    const char *min_idle_time,
    int id_count, const char *const *id, const size_t *id_len,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_xclaim_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *group, size_t group_len,
    const char *consumer, size_t consumer_len,
    const char *min_idle_time, size_t min_idle_time_len,
    int id_count, const char *const *id, const size_t *id_len,
    int argc, const char *const *argv, const size_t *argvlen);

/* XDEL key id [id ...]
   Removes the specified entries from the stream. Returns the number of items
   actually deleted, that may be different from the number of IDs passed in
   case certain IDs do not exist. (stream, since 5.0.0) */
AR_API int arcmd_xdel(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int id_count, const char *const *id, const size_t *id_len);
AR_API int arcmd_xdel_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int id_count, const char *const *id, const size_t *id_len);

/* XGROUP CREATE key groupname <id | $> [MKSTREAM] [ENTRIESREAD entries_read]
   Create a consumer group. (stream, since 5.0.0) */
AR_API int arcmd_xgroup_create(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *groupname,
    const char *id,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_xgroup_create_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *groupname, size_t groupname_len,
    const char *id, size_t id_len,
    int argc, const char *const *argv, const size_t *argvlen);

/* XGROUP CREATECONSUMER key groupname consumername
   Create a consumer in a consumer group. (stream, since 6.2.0) */
AR_API int arcmd_xgroup_createconsumer(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *groupname,
    const char *consumername);
AR_API int arcmd_xgroup_createconsumer_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *groupname, size_t groupname_len,
    const char *consumername, size_t consumername_len);

/* XGROUP DELCONSUMER key groupname consumername
   Delete a consumer from a consumer group. (stream, since 5.0.0) */
AR_API int arcmd_xgroup_delconsumer(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *groupname,
    const char *consumername);
AR_API int arcmd_xgroup_delconsumer_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *groupname, size_t groupname_len,
    const char *consumername, size_t consumername_len);

/* XGROUP DESTROY key groupname
   Destroy a consumer group. (stream, since 5.0.0) */
AR_API int arcmd_xgroup_destroy(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *groupname);
AR_API int arcmd_xgroup_destroy_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *groupname, size_t groupname_len);

/* XGROUP HELP
   Show helpful text about the different subcommands. (stream, since 5.0.0) */
AR_API int arcmd_xgroup_help(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* XGROUP SETID key groupname <id | $> [ENTRIESREAD entries_read]
   Set a consumer group to an arbitrary last delivered ID value. (stream,
   since 5.0.0) */
AR_API int arcmd_xgroup_setid(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *groupname,
    const char *id,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_xgroup_setid_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *groupname, size_t groupname_len,
    const char *id, size_t id_len,
    int argc, const char *const *argv, const size_t *argvlen);

/* XINFO CONSUMERS key groupname
   List the consumers in a consumer group. (stream, since 5.0.0) */
AR_API int arcmd_xinfo_consumers(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *groupname);
AR_API int arcmd_xinfo_consumers_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *groupname, size_t groupname_len);

/* XINFO GROUPS key
   List the consumer groups of a stream. (stream, since 5.0.0) */
AR_API int arcmd_xinfo_groups(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key);
AR_API int arcmd_xinfo_groups_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len);

/* XINFO HELP
   Show helpful text about the different subcommands. (stream, since 5.0.0) */
AR_API int arcmd_xinfo_help(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud);

/* XINFO STREAM key [FULL [COUNT count]]
   Get information about a stream. (stream, since 5.0.0) */
AR_API int arcmd_xinfo_stream(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_xinfo_stream_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int argc, const char *const *argv, const size_t *argvlen);

/* XLEN key
   Return the number of entries in a stream. (stream, since 5.0.0) */
AR_API int arcmd_xlen(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key);
AR_API int arcmd_xlen_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len);

/* XPENDING key group [[IDLE min-idle-time] start end count [consumer]]
   Return information and entries from a stream consumer group pending
   entries list, that are messages fetched but never acknowledged. (stream,
   since 5.0.0) */
AR_API int arcmd_xpending(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *group,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_xpending_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *group, size_t group_len,
    int argc, const char *const *argv, const size_t *argvlen);

/* XRANGE key start end [COUNT count]
   Return a range of elements in a stream, with IDs matching the specified
   IDs interval. (stream, since 5.0.0) */
AR_API int arcmd_xrange(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *start,
    const char *end,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_xrange_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *start, size_t start_len,
    const char *end, size_t end_len,
    int argc, const char *const *argv, const size_t *argvlen);

/* XREAD [COUNT count] [BLOCK milliseconds] STREAMS key [key ...] id [id ...]
   Return never seen elements in multiple streams, with IDs greater than the
   ones reported by the caller for each stream. Can block. (stream, since
   5.0.0) */
AR_API int arcmd_xread(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen);

/* XREADGROUP GROUP group consumer [COUNT count] [BLOCK milliseconds] [NOACK]
   STREAMS key [key ...] id [id ...]
   Return new entries from a stream using a consumer group, or access the
   history of the pending entries for a given consumer. Can block. (stream,
   since 5.0.0) */
AR_API int arcmd_xreadgroup(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *group,
    const char *consumer,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_xreadgroup_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *group, size_t group_len,
    const char *consumer, size_t consumer_len,
    int argc, const char *const *argv, const size_t *argvlen);

/* XREVRANGE key end start [COUNT count]
   Return a range of elements in a stream, with IDs matching the specified
   IDs interval, in reverse order (from greater to smaller IDs) compared to
   XRANGE. (stream, since 5.0.0) */
AR_API int arcmd_xrevrange(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *end,
    const char *start,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_xrevrange_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *end, size_t end_len,
    const char *start, size_t start_len,
    int argc, const char *const *argv, const size_t *argvlen);

/* XSETID key last-id [ENTRIESADDED entries_added] [MAXDELETEDID
   max_deleted_entry_id]
   An internal command for replicating stream values. (stream, since 5.0.0) */
AR_API int arcmd_xsetid(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *last_id,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_xsetid_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *last_id, size_t last_id_len,
    int argc, const char *const *argv, const size_t *argvlen);

/* XTRIM key <MAXLEN | MINID> [= | ~] threshold [LIMIT count]
   Trims the stream to (approximately if '~' is passed) a certain size.
   (stream, since 5.0.0) */
AR_API int arcmd_xtrim(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_xtrim_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int argc, const char *const *argv, const size_t *argvlen);


/* >>wrappers:bitmap ------------------------------------------------------ */

/* BITCOUNT key [start end [BYTE | BIT]]
   Count set bits in a string. (bitmap, since 2.6.0) */
AR_API int arcmd_bitcount(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_bitcount_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int argc, const char *const *argv, const size_t *argvlen);

/* BITFIELD key [GET encoding offset | [OVERFLOW WRAP | SAT | FAIL] <SET
   encoding offset value | INCRBY encoding offset increment> [GET encoding
   offset | [OVERFLOW WRAP | SAT | FAIL] <SET encoding offset value | INCRBY
   encoding offset increment> ...]]
   Perform arbitrary bitfield integer operations on strings. (bitmap, since
   3.2.0) */
AR_API int arcmd_bitfield(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_bitfield_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int argc, const char *const *argv, const size_t *argvlen);

/* BITFIELD_RO key [GET encoding offset [GET encoding offset ...]]
   Perform arbitrary bitfield integer operations on strings. Read-only
   variant of BITFIELD. (bitmap, since 6.0.0) */
AR_API int arcmd_bitfield_ro(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_bitfield_ro_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int argc, const char *const *argv, const size_t *argvlen);

/* BITOP operation destkey key [key ...]
   Perform bitwise operations between strings. (bitmap, since 2.6.0) */
AR_API int arcmd_bitop(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *operation,
    const char *destkey,
    int key_count, const char *const *key, const size_t *key_len);
AR_API int arcmd_bitop_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *operation, size_t operation_len,
    const char *destkey, size_t destkey_len,
    int key_count, const char *const *key, const size_t *key_len);

/* BITPOS key bit [start [end [BYTE | BIT]]]
   Find first bit set or clear in a string. (bitmap, since 2.8.7) */
AR_API int arcmd_bitpos(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    long long bit,
    int argc, const char *const *argv, const size_t *argvlen);
AR_API int arcmd_bitpos_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    long long bit,
    int argc, const char *const *argv, const size_t *argvlen);

/* GETBIT key offset
   Returns the bit value at offset in the string value stored at key.
   (bitmap, since 2.2.0) */
AR_API int arcmd_getbit(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    long long offset);
AR_API int arcmd_getbit_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    long long offset);

/* SETBIT key offset value
   Sets or clears the bit at offset in the string value stored at key.
   (bitmap, since 2.2.0) */
AR_API int arcmd_setbit(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    long long offset,
    long long value);
AR_API int arcmd_setbit_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    long long offset,
    long long value);

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
#if !defined(ASYNCREDIS_MALLOC) || !defined(ASYNCREDIS_FREE)
#include <stdlib.h>
#endif

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
#ifndef ASYNCREDIS_CMD_STACK_ARGS
#define ASYNCREDIS_CMD_STACK_ARGS 32
#endif
#if defined(ASYNCREDIS_MALLOC) && defined(ASYNCREDIS_FREE)
#define ARCMD__MALLOC(sz) ASYNCREDIS_MALLOC(sz)
#define ARCMD__FREE(p) ASYNCREDIS_FREE(p)
#else
#define ARCMD__MALLOC(sz) malloc(sz)
#define ARCMD__FREE(p) free(p)
#endif

typedef struct arcmd__vec {
    const char **v; size_t *l; int n, cap, bad;
    void *heap;
    const char *sv[ASYNCREDIS_CMD_STACK_ARGS];
    size_t sl[ASYNCREDIS_CMD_STACK_ARGS];
} arcmd__vec;

static inline long arcmd__cnt(int n) { return n > 0 ? (long)n : 0; }

static inline int arcmd__begin(arcmd__vec *x, long total) {
    x->n = 0; x->bad = 0; x->heap = NULL;
    if (total <= ASYNCREDIS_CMD_STACK_ARGS) {
        x->v = x->sv; x->l = x->sl; x->cap = ASYNCREDIS_CMD_STACK_ARGS;
        return 0;
    }
    if (total > 0x7fffffffL / (long)(sizeof(char *) + sizeof(size_t))) return -1;
    x->heap = ARCMD__MALLOC((size_t)total * (sizeof(char *) + sizeof(size_t)));
    if (!x->heap) return -1;
    x->l = (size_t *)x->heap;
    x->v = (const char **)(void *)(x->l + total);
    x->cap = (int)total;
    return 0;
}

static inline void arcmd__put(arcmd__vec *x, const char *s, size_t len) {
    if (!s && len) { x->bad = 1; return; }
    if (x->n >= x->cap) { x->bad = 1; return; }
    x->v[x->n] = s ? s : "";
    x->l[x->n] = len;
    x->n++;
}

static inline void arcmd__z(arcmd__vec *x, const char *s) {
    if (!s) { x->bad = 1; return; }
    arcmd__put(x, s, strlen(s));
}

static inline void arcmd__ll(arcmd__vec *x, char *nb, long long v) {
    char tmp[24];
    int i = 0, j = 0;
    unsigned long long u = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
    do { tmp[i++] = (char)('0' + (int)(u % 10)); u /= 10; } while (u);
    if (v < 0) nb[j++] = '-';
    while (i) nb[j++] = tmp[--i];
    nb[j] = 0;
    arcmd__put(x, nb, (size_t)j);
}

static inline void arcmd__arr(arcmd__vec *x, int n, const char *const *v, const size_t *l,
                              int group) {
    int i;
    if (n < 0 || (n > 0 && !v) || n % group != 0) { x->bad = 1; return; }
    for (i = 0; i < n; i++) {
        if (!v[i]) { x->bad = 1; return; }
        arcmd__put(x, v[i], l ? l[i] : strlen(v[i]));
    }
}

static inline int arcmd__send(arcmd__vec *x, ar_client *c, const ar_cmd_opts *opts,
                              ar_callback *cb, void *ud) {
    int rc = x->bad ? (int)AR_ERR_INVALID
                    : ar_command_argv_ex(c, opts, cb, ud, x->n, x->v, x->l);
    if (x->heap) ARCMD__FREE(x->heap);
    return rc;
}

/* >>wrappers impl -------------------------------------------------------- */
/* @generated wrapper definitions { */
AR_API int arcmd_copy(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *source,
    const char *destination,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "COPY", 4);
    arcmd__z(&x, source);
    arcmd__z(&x, destination);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_copy_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *source, size_t source_len,
    const char *destination, size_t destination_len,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "COPY", 4);
    arcmd__put(&x, source, source_len);
    arcmd__put(&x, destination, destination_len);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_del(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int key_count, const char *const *key, const size_t *key_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 1 + arcmd__cnt(key_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "DEL", 3);
    arcmd__arr(&x, key_count, key, key_len, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_dump(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "DUMP", 4);
    arcmd__z(&x, key);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_dump_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "DUMP", 4);
    arcmd__put(&x, key, key_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_exists(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int key_count, const char *const *key, const size_t *key_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 1 + arcmd__cnt(key_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "EXISTS", 6);
    arcmd__arr(&x, key_count, key, key_len, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_expire(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    long long seconds,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 3 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "EXPIRE", 6);
    arcmd__z(&x, key);
    arcmd__ll(&x, nb[0], seconds);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_expire_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    long long seconds,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 3 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "EXPIRE", 6);
    arcmd__put(&x, key, key_len);
    arcmd__ll(&x, nb[0], seconds);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_expireat(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    long long unix_time_seconds,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 3 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "EXPIREAT", 8);
    arcmd__z(&x, key);
    arcmd__ll(&x, nb[0], unix_time_seconds);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_expireat_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    long long unix_time_seconds,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 3 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "EXPIREAT", 8);
    arcmd__put(&x, key, key_len);
    arcmd__ll(&x, nb[0], unix_time_seconds);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_expiretime(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "EXPIRETIME", 10);
    arcmd__z(&x, key);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_expiretime_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "EXPIRETIME", 10);
    arcmd__put(&x, key, key_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_keys(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *pattern)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "KEYS", 4);
    arcmd__z(&x, pattern);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_keys_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *pattern, size_t pattern_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "KEYS", 4);
    arcmd__put(&x, pattern, pattern_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_migrate(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *host,
    long long port,
    const char *key_or_empty_string,
    long long destination_db,
    long long timeout,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    char nb[3][24];
    if (arcmd__begin(&x, 6 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "MIGRATE", 7);
    arcmd__z(&x, host);
    arcmd__ll(&x, nb[0], port);
    arcmd__z(&x, key_or_empty_string);
    arcmd__ll(&x, nb[1], destination_db);
    arcmd__ll(&x, nb[2], timeout);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_migrate_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *host, size_t host_len,
    long long port,
    const char *key_or_empty_string, size_t key_or_empty_string_len,
    long long destination_db,
    long long timeout,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    char nb[3][24];
    if (arcmd__begin(&x, 6 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "MIGRATE", 7);
    arcmd__put(&x, host, host_len);
    arcmd__ll(&x, nb[0], port);
    arcmd__put(&x, key_or_empty_string, key_or_empty_string_len);
    arcmd__ll(&x, nb[1], destination_db);
    arcmd__ll(&x, nb[2], timeout);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_move(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    long long db)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "MOVE", 4);
    arcmd__z(&x, key);
    arcmd__ll(&x, nb[0], db);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_move_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    long long db)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "MOVE", 4);
    arcmd__put(&x, key, key_len);
    arcmd__ll(&x, nb[0], db);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_object_encoding(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "OBJECT", 6);
    arcmd__put(&x, "ENCODING", 8);
    arcmd__z(&x, key);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_object_encoding_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "OBJECT", 6);
    arcmd__put(&x, "ENCODING", 8);
    arcmd__put(&x, key, key_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_object_freq(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "OBJECT", 6);
    arcmd__put(&x, "FREQ", 4);
    arcmd__z(&x, key);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_object_freq_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "OBJECT", 6);
    arcmd__put(&x, "FREQ", 4);
    arcmd__put(&x, key, key_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_object_help(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "OBJECT", 6);
    arcmd__put(&x, "HELP", 4);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_object_idletime(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "OBJECT", 6);
    arcmd__put(&x, "IDLETIME", 8);
    arcmd__z(&x, key);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_object_idletime_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "OBJECT", 6);
    arcmd__put(&x, "IDLETIME", 8);
    arcmd__put(&x, key, key_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_object_refcount(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "OBJECT", 6);
    arcmd__put(&x, "REFCOUNT", 8);
    arcmd__z(&x, key);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_object_refcount_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "OBJECT", 6);
    arcmd__put(&x, "REFCOUNT", 8);
    arcmd__put(&x, key, key_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_persist(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "PERSIST", 7);
    arcmd__z(&x, key);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_persist_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "PERSIST", 7);
    arcmd__put(&x, key, key_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_pexpire(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    long long milliseconds,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 3 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "PEXPIRE", 7);
    arcmd__z(&x, key);
    arcmd__ll(&x, nb[0], milliseconds);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_pexpire_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    long long milliseconds,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 3 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "PEXPIRE", 7);
    arcmd__put(&x, key, key_len);
    arcmd__ll(&x, nb[0], milliseconds);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_pexpireat(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    long long unix_time_milliseconds,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 3 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "PEXPIREAT", 9);
    arcmd__z(&x, key);
    arcmd__ll(&x, nb[0], unix_time_milliseconds);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_pexpireat_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    long long unix_time_milliseconds,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 3 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "PEXPIREAT", 9);
    arcmd__put(&x, key, key_len);
    arcmd__ll(&x, nb[0], unix_time_milliseconds);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_pexpiretime(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "PEXPIRETIME", 11);
    arcmd__z(&x, key);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_pexpiretime_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "PEXPIRETIME", 11);
    arcmd__put(&x, key, key_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_pttl(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "PTTL", 4);
    arcmd__z(&x, key);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_pttl_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "PTTL", 4);
    arcmd__put(&x, key, key_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_randomkey(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 1) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "RANDOMKEY", 9);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_rename(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *newkey)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "RENAME", 6);
    arcmd__z(&x, key);
    arcmd__z(&x, newkey);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_rename_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *newkey, size_t newkey_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "RENAME", 6);
    arcmd__put(&x, key, key_len);
    arcmd__put(&x, newkey, newkey_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_renamenx(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *newkey)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "RENAMENX", 8);
    arcmd__z(&x, key);
    arcmd__z(&x, newkey);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_renamenx_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *newkey, size_t newkey_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "RENAMENX", 8);
    arcmd__put(&x, key, key_len);
    arcmd__put(&x, newkey, newkey_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_restore(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    long long ttl,
    const char *serialized_value,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 4 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "RESTORE", 7);
    arcmd__z(&x, key);
    arcmd__ll(&x, nb[0], ttl);
    arcmd__z(&x, serialized_value);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_restore_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    long long ttl,
    const char *serialized_value, size_t serialized_value_len,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 4 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "RESTORE", 7);
    arcmd__put(&x, key, key_len);
    arcmd__ll(&x, nb[0], ttl);
    arcmd__put(&x, serialized_value, serialized_value_len);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_scan(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *cursor,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SCAN", 4);
    arcmd__z(&x, cursor);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_scan_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *cursor, size_t cursor_len,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SCAN", 4);
    arcmd__put(&x, cursor, cursor_len);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_sort(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SORT", 4);
    arcmd__z(&x, key);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_sort_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SORT", 4);
    arcmd__put(&x, key, key_len);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_sort_ro(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SORT_RO", 7);
    arcmd__z(&x, key);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_sort_ro_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SORT_RO", 7);
    arcmd__put(&x, key, key_len);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_touch(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int key_count, const char *const *key, const size_t *key_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 1 + arcmd__cnt(key_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "TOUCH", 5);
    arcmd__arr(&x, key_count, key, key_len, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_ttl(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "TTL", 3);
    arcmd__z(&x, key);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_ttl_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "TTL", 3);
    arcmd__put(&x, key, key_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_type(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "TYPE", 4);
    arcmd__z(&x, key);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_type_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "TYPE", 4);
    arcmd__put(&x, key, key_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_unlink(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int key_count, const char *const *key, const size_t *key_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 1 + arcmd__cnt(key_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "UNLINK", 6);
    arcmd__arr(&x, key_count, key, key_len, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_wait(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    long long numreplicas,
    long long timeout)
{
    arcmd__vec x;
    char nb[2][24];
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "WAIT", 4);
    arcmd__ll(&x, nb[0], numreplicas);
    arcmd__ll(&x, nb[1], timeout);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_append(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *value)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "APPEND", 6);
    arcmd__z(&x, key);
    arcmd__z(&x, value);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_append_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *value, size_t value_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "APPEND", 6);
    arcmd__put(&x, key, key_len);
    arcmd__put(&x, value, value_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_decr(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "DECR", 4);
    arcmd__z(&x, key);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_decr_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "DECR", 4);
    arcmd__put(&x, key, key_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_decrby(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    long long decrement)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "DECRBY", 6);
    arcmd__z(&x, key);
    arcmd__ll(&x, nb[0], decrement);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_decrby_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    long long decrement)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "DECRBY", 6);
    arcmd__put(&x, key, key_len);
    arcmd__ll(&x, nb[0], decrement);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_get(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "GET", 3);
    arcmd__z(&x, key);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_get_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "GET", 3);
    arcmd__put(&x, key, key_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_getdel(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "GETDEL", 6);
    arcmd__z(&x, key);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_getdel_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "GETDEL", 6);
    arcmd__put(&x, key, key_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_getex(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "GETEX", 5);
    arcmd__z(&x, key);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_getex_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "GETEX", 5);
    arcmd__put(&x, key, key_len);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_getrange(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    long long start,
    long long end)
{
    arcmd__vec x;
    char nb[2][24];
    if (arcmd__begin(&x, 4) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "GETRANGE", 8);
    arcmd__z(&x, key);
    arcmd__ll(&x, nb[0], start);
    arcmd__ll(&x, nb[1], end);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_getrange_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    long long start,
    long long end)
{
    arcmd__vec x;
    char nb[2][24];
    if (arcmd__begin(&x, 4) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "GETRANGE", 8);
    arcmd__put(&x, key, key_len);
    arcmd__ll(&x, nb[0], start);
    arcmd__ll(&x, nb[1], end);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_getset(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *value)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "GETSET", 6);
    arcmd__z(&x, key);
    arcmd__z(&x, value);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_getset_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *value, size_t value_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "GETSET", 6);
    arcmd__put(&x, key, key_len);
    arcmd__put(&x, value, value_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_incr(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "INCR", 4);
    arcmd__z(&x, key);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_incr_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "INCR", 4);
    arcmd__put(&x, key, key_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_incrby(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    long long increment)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "INCRBY", 6);
    arcmd__z(&x, key);
    arcmd__ll(&x, nb[0], increment);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_incrby_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    long long increment)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "INCRBY", 6);
    arcmd__put(&x, key, key_len);
    arcmd__ll(&x, nb[0], increment);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_incrbyfloat(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *increment)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "INCRBYFLOAT", 11);
    arcmd__z(&x, key);
    arcmd__z(&x, increment);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_incrbyfloat_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *increment, size_t increment_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "INCRBYFLOAT", 11);
    arcmd__put(&x, key, key_len);
    arcmd__put(&x, increment, increment_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_lcs(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key1,
    const char *key2,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "LCS", 3);
    arcmd__z(&x, key1);
    arcmd__z(&x, key2);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_lcs_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key1, size_t key1_len,
    const char *key2, size_t key2_len,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "LCS", 3);
    arcmd__put(&x, key1, key1_len);
    arcmd__put(&x, key2, key2_len);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_mget(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int key_count, const char *const *key, const size_t *key_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 1 + arcmd__cnt(key_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "MGET", 4);
    arcmd__arr(&x, key_count, key, key_len, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_mset(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int key_value_count, const char *const *key_value, const size_t *key_value_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 1 + arcmd__cnt(key_value_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "MSET", 4);
    arcmd__arr(&x, key_value_count, key_value, key_value_len, 2);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_msetnx(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int key_value_count, const char *const *key_value, const size_t *key_value_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 1 + arcmd__cnt(key_value_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "MSETNX", 6);
    arcmd__arr(&x, key_value_count, key_value, key_value_len, 2);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_psetex(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    long long milliseconds,
    const char *value)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 4) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "PSETEX", 6);
    arcmd__z(&x, key);
    arcmd__ll(&x, nb[0], milliseconds);
    arcmd__z(&x, value);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_psetex_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    long long milliseconds,
    const char *value, size_t value_len)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 4) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "PSETEX", 6);
    arcmd__put(&x, key, key_len);
    arcmd__ll(&x, nb[0], milliseconds);
    arcmd__put(&x, value, value_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_set(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *value,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SET", 3);
    arcmd__z(&x, key);
    arcmd__z(&x, value);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_set_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *value, size_t value_len,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SET", 3);
    arcmd__put(&x, key, key_len);
    arcmd__put(&x, value, value_len);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_setex(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    long long seconds,
    const char *value)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 4) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SETEX", 5);
    arcmd__z(&x, key);
    arcmd__ll(&x, nb[0], seconds);
    arcmd__z(&x, value);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_setex_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    long long seconds,
    const char *value, size_t value_len)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 4) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SETEX", 5);
    arcmd__put(&x, key, key_len);
    arcmd__ll(&x, nb[0], seconds);
    arcmd__put(&x, value, value_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_setnx(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *value)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SETNX", 5);
    arcmd__z(&x, key);
    arcmd__z(&x, value);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_setnx_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *value, size_t value_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SETNX", 5);
    arcmd__put(&x, key, key_len);
    arcmd__put(&x, value, value_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_setrange(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    long long offset,
    const char *value)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 4) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SETRANGE", 8);
    arcmd__z(&x, key);
    arcmd__ll(&x, nb[0], offset);
    arcmd__z(&x, value);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_setrange_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    long long offset,
    const char *value, size_t value_len)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 4) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SETRANGE", 8);
    arcmd__put(&x, key, key_len);
    arcmd__ll(&x, nb[0], offset);
    arcmd__put(&x, value, value_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_strlen(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "STRLEN", 6);
    arcmd__z(&x, key);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_strlen_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "STRLEN", 6);
    arcmd__put(&x, key, key_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_substr(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    long long start,
    long long end)
{
    arcmd__vec x;
    char nb[2][24];
    if (arcmd__begin(&x, 4) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SUBSTR", 6);
    arcmd__z(&x, key);
    arcmd__ll(&x, nb[0], start);
    arcmd__ll(&x, nb[1], end);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_substr_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    long long start,
    long long end)
{
    arcmd__vec x;
    char nb[2][24];
    if (arcmd__begin(&x, 4) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SUBSTR", 6);
    arcmd__put(&x, key, key_len);
    arcmd__ll(&x, nb[0], start);
    arcmd__ll(&x, nb[1], end);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_blmove(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *source,
    const char *destination,
    const char *wherefrom,
    const char *whereto,
    const char *timeout)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 6) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "BLMOVE", 6);
    arcmd__z(&x, source);
    arcmd__z(&x, destination);
    arcmd__z(&x, wherefrom);
    arcmd__z(&x, whereto);
    arcmd__z(&x, timeout);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_blmove_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *source, size_t source_len,
    const char *destination, size_t destination_len,
    const char *wherefrom,
    const char *whereto,
    const char *timeout, size_t timeout_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 6) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "BLMOVE", 6);
    arcmd__put(&x, source, source_len);
    arcmd__put(&x, destination, destination_len);
    arcmd__z(&x, wherefrom);
    arcmd__z(&x, whereto);
    arcmd__put(&x, timeout, timeout_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_blmpop(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *timeout,
    int key_count, const char *const *key, const size_t *key_len,
    const char *where,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 4 + arcmd__cnt(key_count) + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "BLMPOP", 6);
    arcmd__z(&x, timeout);
    arcmd__ll(&x, nb[0], (long long)key_count);
    arcmd__arr(&x, key_count, key, key_len, 1);
    arcmd__z(&x, where);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_blmpop_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *timeout, size_t timeout_len,
    int key_count, const char *const *key, const size_t *key_len,
    const char *where,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 4 + arcmd__cnt(key_count) + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "BLMPOP", 6);
    arcmd__put(&x, timeout, timeout_len);
    arcmd__ll(&x, nb[0], (long long)key_count);
    arcmd__arr(&x, key_count, key, key_len, 1);
    arcmd__z(&x, where);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_blpop(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int key_count, const char *const *key, const size_t *key_len,
    const char *timeout)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(key_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "BLPOP", 5);
    arcmd__arr(&x, key_count, key, key_len, 1);
    arcmd__z(&x, timeout);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_blpop_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int key_count, const char *const *key, const size_t *key_len,
    const char *timeout, size_t timeout_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(key_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "BLPOP", 5);
    arcmd__arr(&x, key_count, key, key_len, 1);
    arcmd__put(&x, timeout, timeout_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_brpop(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int key_count, const char *const *key, const size_t *key_len,
    const char *timeout)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(key_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "BRPOP", 5);
    arcmd__arr(&x, key_count, key, key_len, 1);
    arcmd__z(&x, timeout);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_brpop_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int key_count, const char *const *key, const size_t *key_len,
    const char *timeout, size_t timeout_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(key_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "BRPOP", 5);
    arcmd__arr(&x, key_count, key, key_len, 1);
    arcmd__put(&x, timeout, timeout_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_brpoplpush(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *source,
    const char *destination,
    const char *timeout)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 4) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "BRPOPLPUSH", 10);
    arcmd__z(&x, source);
    arcmd__z(&x, destination);
    arcmd__z(&x, timeout);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_brpoplpush_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *source, size_t source_len,
    const char *destination, size_t destination_len,
    const char *timeout, size_t timeout_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 4) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "BRPOPLPUSH", 10);
    arcmd__put(&x, source, source_len);
    arcmd__put(&x, destination, destination_len);
    arcmd__put(&x, timeout, timeout_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_lindex(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    long long index)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "LINDEX", 6);
    arcmd__z(&x, key);
    arcmd__ll(&x, nb[0], index);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_lindex_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    long long index)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "LINDEX", 6);
    arcmd__put(&x, key, key_len);
    arcmd__ll(&x, nb[0], index);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_linsert(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *where,
    const char *pivot,
    const char *element)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 5) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "LINSERT", 7);
    arcmd__z(&x, key);
    arcmd__z(&x, where);
    arcmd__z(&x, pivot);
    arcmd__z(&x, element);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_linsert_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *where,
    const char *pivot, size_t pivot_len,
    const char *element, size_t element_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 5) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "LINSERT", 7);
    arcmd__put(&x, key, key_len);
    arcmd__z(&x, where);
    arcmd__put(&x, pivot, pivot_len);
    arcmd__put(&x, element, element_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_llen(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "LLEN", 4);
    arcmd__z(&x, key);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_llen_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "LLEN", 4);
    arcmd__put(&x, key, key_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_lmove(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *source,
    const char *destination,
    const char *wherefrom,
    const char *whereto)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 5) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "LMOVE", 5);
    arcmd__z(&x, source);
    arcmd__z(&x, destination);
    arcmd__z(&x, wherefrom);
    arcmd__z(&x, whereto);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_lmove_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *source, size_t source_len,
    const char *destination, size_t destination_len,
    const char *wherefrom,
    const char *whereto)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 5) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "LMOVE", 5);
    arcmd__put(&x, source, source_len);
    arcmd__put(&x, destination, destination_len);
    arcmd__z(&x, wherefrom);
    arcmd__z(&x, whereto);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_lmpop(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int key_count, const char *const *key, const size_t *key_len,
    const char *where,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 3 + arcmd__cnt(key_count) + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "LMPOP", 5);
    arcmd__ll(&x, nb[0], (long long)key_count);
    arcmd__arr(&x, key_count, key, key_len, 1);
    arcmd__z(&x, where);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_lpop(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "LPOP", 4);
    arcmd__z(&x, key);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_lpop_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "LPOP", 4);
    arcmd__put(&x, key, key_len);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_lpos(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *element,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "LPOS", 4);
    arcmd__z(&x, key);
    arcmd__z(&x, element);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_lpos_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *element, size_t element_len,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "LPOS", 4);
    arcmd__put(&x, key, key_len);
    arcmd__put(&x, element, element_len);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_lpush(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int element_count, const char *const *element, const size_t *element_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(element_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "LPUSH", 5);
    arcmd__z(&x, key);
    arcmd__arr(&x, element_count, element, element_len, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_lpush_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int element_count, const char *const *element, const size_t *element_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(element_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "LPUSH", 5);
    arcmd__put(&x, key, key_len);
    arcmd__arr(&x, element_count, element, element_len, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_lpushx(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int element_count, const char *const *element, const size_t *element_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(element_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "LPUSHX", 6);
    arcmd__z(&x, key);
    arcmd__arr(&x, element_count, element, element_len, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_lpushx_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int element_count, const char *const *element, const size_t *element_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(element_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "LPUSHX", 6);
    arcmd__put(&x, key, key_len);
    arcmd__arr(&x, element_count, element, element_len, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_lrange(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    long long start,
    long long stop)
{
    arcmd__vec x;
    char nb[2][24];
    if (arcmd__begin(&x, 4) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "LRANGE", 6);
    arcmd__z(&x, key);
    arcmd__ll(&x, nb[0], start);
    arcmd__ll(&x, nb[1], stop);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_lrange_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    long long start,
    long long stop)
{
    arcmd__vec x;
    char nb[2][24];
    if (arcmd__begin(&x, 4) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "LRANGE", 6);
    arcmd__put(&x, key, key_len);
    arcmd__ll(&x, nb[0], start);
    arcmd__ll(&x, nb[1], stop);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_lrem(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    long long count,
    const char *element)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 4) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "LREM", 4);
    arcmd__z(&x, key);
    arcmd__ll(&x, nb[0], count);
    arcmd__z(&x, element);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_lrem_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    long long count,
    const char *element, size_t element_len)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 4) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "LREM", 4);
    arcmd__put(&x, key, key_len);
    arcmd__ll(&x, nb[0], count);
    arcmd__put(&x, element, element_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_lset(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    long long index,
    const char *element)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 4) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "LSET", 4);
    arcmd__z(&x, key);
    arcmd__ll(&x, nb[0], index);
    arcmd__z(&x, element);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_lset_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    long long index,
    const char *element, size_t element_len)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 4) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "LSET", 4);
    arcmd__put(&x, key, key_len);
    arcmd__ll(&x, nb[0], index);
    arcmd__put(&x, element, element_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_ltrim(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    long long start,
    long long stop)
{
    arcmd__vec x;
    char nb[2][24];
    if (arcmd__begin(&x, 4) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "LTRIM", 5);
    arcmd__z(&x, key);
    arcmd__ll(&x, nb[0], start);
    arcmd__ll(&x, nb[1], stop);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_ltrim_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    long long start,
    long long stop)
{
    arcmd__vec x;
    char nb[2][24];
    if (arcmd__begin(&x, 4) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "LTRIM", 5);
    arcmd__put(&x, key, key_len);
    arcmd__ll(&x, nb[0], start);
    arcmd__ll(&x, nb[1], stop);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_rpop(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "RPOP", 4);
    arcmd__z(&x, key);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_rpop_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "RPOP", 4);
    arcmd__put(&x, key, key_len);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_rpoplpush(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *source,
    const char *destination)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "RPOPLPUSH", 9);
    arcmd__z(&x, source);
    arcmd__z(&x, destination);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_rpoplpush_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *source, size_t source_len,
    const char *destination, size_t destination_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "RPOPLPUSH", 9);
    arcmd__put(&x, source, source_len);
    arcmd__put(&x, destination, destination_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_rpush(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int element_count, const char *const *element, const size_t *element_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(element_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "RPUSH", 5);
    arcmd__z(&x, key);
    arcmd__arr(&x, element_count, element, element_len, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_rpush_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int element_count, const char *const *element, const size_t *element_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(element_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "RPUSH", 5);
    arcmd__put(&x, key, key_len);
    arcmd__arr(&x, element_count, element, element_len, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_rpushx(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int element_count, const char *const *element, const size_t *element_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(element_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "RPUSHX", 6);
    arcmd__z(&x, key);
    arcmd__arr(&x, element_count, element, element_len, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_rpushx_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int element_count, const char *const *element, const size_t *element_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(element_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "RPUSHX", 6);
    arcmd__put(&x, key, key_len);
    arcmd__arr(&x, element_count, element, element_len, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_sadd(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int member_count, const char *const *member, const size_t *member_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(member_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SADD", 4);
    arcmd__z(&x, key);
    arcmd__arr(&x, member_count, member, member_len, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_sadd_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int member_count, const char *const *member, const size_t *member_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(member_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SADD", 4);
    arcmd__put(&x, key, key_len);
    arcmd__arr(&x, member_count, member, member_len, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_scard(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SCARD", 5);
    arcmd__z(&x, key);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_scard_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SCARD", 5);
    arcmd__put(&x, key, key_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_sdiff(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int key_count, const char *const *key, const size_t *key_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 1 + arcmd__cnt(key_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SDIFF", 5);
    arcmd__arr(&x, key_count, key, key_len, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_sdiffstore(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *destination,
    int key_count, const char *const *key, const size_t *key_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(key_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SDIFFSTORE", 10);
    arcmd__z(&x, destination);
    arcmd__arr(&x, key_count, key, key_len, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_sdiffstore_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *destination, size_t destination_len,
    int key_count, const char *const *key, const size_t *key_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(key_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SDIFFSTORE", 10);
    arcmd__put(&x, destination, destination_len);
    arcmd__arr(&x, key_count, key, key_len, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_sinter(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int key_count, const char *const *key, const size_t *key_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 1 + arcmd__cnt(key_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SINTER", 6);
    arcmd__arr(&x, key_count, key, key_len, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_sintercard(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int key_count, const char *const *key, const size_t *key_len,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 2 + arcmd__cnt(key_count) + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SINTERCARD", 10);
    arcmd__ll(&x, nb[0], (long long)key_count);
    arcmd__arr(&x, key_count, key, key_len, 1);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_sinterstore(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *destination,
    int key_count, const char *const *key, const size_t *key_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(key_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SINTERSTORE", 11);
    arcmd__z(&x, destination);
    arcmd__arr(&x, key_count, key, key_len, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_sinterstore_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *destination, size_t destination_len,
    int key_count, const char *const *key, const size_t *key_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(key_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SINTERSTORE", 11);
    arcmd__put(&x, destination, destination_len);
    arcmd__arr(&x, key_count, key, key_len, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_sismember(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *member)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SISMEMBER", 9);
    arcmd__z(&x, key);
    arcmd__z(&x, member);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_sismember_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *member, size_t member_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SISMEMBER", 9);
    arcmd__put(&x, key, key_len);
    arcmd__put(&x, member, member_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_smembers(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SMEMBERS", 8);
    arcmd__z(&x, key);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_smembers_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SMEMBERS", 8);
    arcmd__put(&x, key, key_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_smismember(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int member_count, const char *const *member, const size_t *member_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(member_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SMISMEMBER", 10);
    arcmd__z(&x, key);
    arcmd__arr(&x, member_count, member, member_len, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_smismember_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int member_count, const char *const *member, const size_t *member_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(member_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SMISMEMBER", 10);
    arcmd__put(&x, key, key_len);
    arcmd__arr(&x, member_count, member, member_len, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_smove(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *source,
    const char *destination,
    const char *member)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 4) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SMOVE", 5);
    arcmd__z(&x, source);
    arcmd__z(&x, destination);
    arcmd__z(&x, member);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_smove_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *source, size_t source_len,
    const char *destination, size_t destination_len,
    const char *member, size_t member_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 4) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SMOVE", 5);
    arcmd__put(&x, source, source_len);
    arcmd__put(&x, destination, destination_len);
    arcmd__put(&x, member, member_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_spop(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SPOP", 4);
    arcmd__z(&x, key);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_spop_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SPOP", 4);
    arcmd__put(&x, key, key_len);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_srandmember(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SRANDMEMBER", 11);
    arcmd__z(&x, key);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_srandmember_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SRANDMEMBER", 11);
    arcmd__put(&x, key, key_len);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_srem(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int member_count, const char *const *member, const size_t *member_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(member_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SREM", 4);
    arcmd__z(&x, key);
    arcmd__arr(&x, member_count, member, member_len, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_srem_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int member_count, const char *const *member, const size_t *member_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(member_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SREM", 4);
    arcmd__put(&x, key, key_len);
    arcmd__arr(&x, member_count, member, member_len, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_sscan(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *cursor,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SSCAN", 5);
    arcmd__z(&x, key);
    arcmd__z(&x, cursor);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_sscan_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *cursor, size_t cursor_len,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SSCAN", 5);
    arcmd__put(&x, key, key_len);
    arcmd__put(&x, cursor, cursor_len);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_sunion(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int key_count, const char *const *key, const size_t *key_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 1 + arcmd__cnt(key_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SUNION", 6);
    arcmd__arr(&x, key_count, key, key_len, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_sunionstore(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *destination,
    int key_count, const char *const *key, const size_t *key_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(key_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SUNIONSTORE", 11);
    arcmd__z(&x, destination);
    arcmd__arr(&x, key_count, key, key_len, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_sunionstore_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *destination, size_t destination_len,
    int key_count, const char *const *key, const size_t *key_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(key_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SUNIONSTORE", 11);
    arcmd__put(&x, destination, destination_len);
    arcmd__arr(&x, key_count, key, key_len, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_bzmpop(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *timeout,
    int key_count, const char *const *key, const size_t *key_len,
    const char *where,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 4 + arcmd__cnt(key_count) + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "BZMPOP", 6);
    arcmd__z(&x, timeout);
    arcmd__ll(&x, nb[0], (long long)key_count);
    arcmd__arr(&x, key_count, key, key_len, 1);
    arcmd__z(&x, where);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_bzmpop_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *timeout, size_t timeout_len,
    int key_count, const char *const *key, const size_t *key_len,
    const char *where,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 4 + arcmd__cnt(key_count) + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "BZMPOP", 6);
    arcmd__put(&x, timeout, timeout_len);
    arcmd__ll(&x, nb[0], (long long)key_count);
    arcmd__arr(&x, key_count, key, key_len, 1);
    arcmd__z(&x, where);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_bzpopmax(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int key_count, const char *const *key, const size_t *key_len,
    const char *timeout)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(key_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "BZPOPMAX", 8);
    arcmd__arr(&x, key_count, key, key_len, 1);
    arcmd__z(&x, timeout);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_bzpopmax_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int key_count, const char *const *key, const size_t *key_len,
    const char *timeout, size_t timeout_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(key_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "BZPOPMAX", 8);
    arcmd__arr(&x, key_count, key, key_len, 1);
    arcmd__put(&x, timeout, timeout_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_bzpopmin(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int key_count, const char *const *key, const size_t *key_len,
    const char *timeout)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(key_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "BZPOPMIN", 8);
    arcmd__arr(&x, key_count, key, key_len, 1);
    arcmd__z(&x, timeout);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_bzpopmin_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int key_count, const char *const *key, const size_t *key_len,
    const char *timeout, size_t timeout_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(key_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "BZPOPMIN", 8);
    arcmd__arr(&x, key_count, key, key_len, 1);
    arcmd__put(&x, timeout, timeout_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_zadd(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ZADD", 4);
    arcmd__z(&x, key);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_zadd_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ZADD", 4);
    arcmd__put(&x, key, key_len);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_zcard(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ZCARD", 5);
    arcmd__z(&x, key);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_zcard_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ZCARD", 5);
    arcmd__put(&x, key, key_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_zcount(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *min,
    const char *max)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 4) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ZCOUNT", 6);
    arcmd__z(&x, key);
    arcmd__z(&x, min);
    arcmd__z(&x, max);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_zcount_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *min, size_t min_len,
    const char *max, size_t max_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 4) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ZCOUNT", 6);
    arcmd__put(&x, key, key_len);
    arcmd__put(&x, min, min_len);
    arcmd__put(&x, max, max_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_zdiff(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int key_count, const char *const *key, const size_t *key_len,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 2 + arcmd__cnt(key_count) + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ZDIFF", 5);
    arcmd__ll(&x, nb[0], (long long)key_count);
    arcmd__arr(&x, key_count, key, key_len, 1);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_zdiffstore(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *destination,
    int key_count, const char *const *key, const size_t *key_len)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 3 + arcmd__cnt(key_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ZDIFFSTORE", 10);
    arcmd__z(&x, destination);
    arcmd__ll(&x, nb[0], (long long)key_count);
    arcmd__arr(&x, key_count, key, key_len, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_zdiffstore_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *destination, size_t destination_len,
    int key_count, const char *const *key, const size_t *key_len)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 3 + arcmd__cnt(key_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ZDIFFSTORE", 10);
    arcmd__put(&x, destination, destination_len);
    arcmd__ll(&x, nb[0], (long long)key_count);
    arcmd__arr(&x, key_count, key, key_len, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_zincrby(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *increment,
    const char *member)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 4) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ZINCRBY", 7);
    arcmd__z(&x, key);
    arcmd__z(&x, increment);
    arcmd__z(&x, member);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_zincrby_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *increment, size_t increment_len,
    const char *member, size_t member_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 4) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ZINCRBY", 7);
    arcmd__put(&x, key, key_len);
    arcmd__put(&x, increment, increment_len);
    arcmd__put(&x, member, member_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_zinter(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int key_count, const char *const *key, const size_t *key_len,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 2 + arcmd__cnt(key_count) + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ZINTER", 6);
    arcmd__ll(&x, nb[0], (long long)key_count);
    arcmd__arr(&x, key_count, key, key_len, 1);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_zintercard(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int key_count, const char *const *key, const size_t *key_len,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 2 + arcmd__cnt(key_count) + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ZINTERCARD", 10);
    arcmd__ll(&x, nb[0], (long long)key_count);
    arcmd__arr(&x, key_count, key, key_len, 1);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_zinterstore(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *destination,
    int key_count, const char *const *key, const size_t *key_len,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 3 + arcmd__cnt(key_count) + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ZINTERSTORE", 11);
    arcmd__z(&x, destination);
    arcmd__ll(&x, nb[0], (long long)key_count);
    arcmd__arr(&x, key_count, key, key_len, 1);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_zinterstore_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *destination, size_t destination_len,
    int key_count, const char *const *key, const size_t *key_len,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 3 + arcmd__cnt(key_count) + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ZINTERSTORE", 11);
    arcmd__put(&x, destination, destination_len);
    arcmd__ll(&x, nb[0], (long long)key_count);
    arcmd__arr(&x, key_count, key, key_len, 1);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_zlexcount(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *min,
    const char *max)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 4) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ZLEXCOUNT", 9);
    arcmd__z(&x, key);
    arcmd__z(&x, min);
    arcmd__z(&x, max);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_zlexcount_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *min, size_t min_len,
    const char *max, size_t max_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 4) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ZLEXCOUNT", 9);
    arcmd__put(&x, key, key_len);
    arcmd__put(&x, min, min_len);
    arcmd__put(&x, max, max_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_zmpop(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int key_count, const char *const *key, const size_t *key_len,
    const char *where,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 3 + arcmd__cnt(key_count) + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ZMPOP", 5);
    arcmd__ll(&x, nb[0], (long long)key_count);
    arcmd__arr(&x, key_count, key, key_len, 1);
    arcmd__z(&x, where);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_zmscore(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int member_count, const char *const *member, const size_t *member_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(member_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ZMSCORE", 7);
    arcmd__z(&x, key);
    arcmd__arr(&x, member_count, member, member_len, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_zmscore_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int member_count, const char *const *member, const size_t *member_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(member_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ZMSCORE", 7);
    arcmd__put(&x, key, key_len);
    arcmd__arr(&x, member_count, member, member_len, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_zpopmax(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ZPOPMAX", 7);
    arcmd__z(&x, key);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_zpopmax_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ZPOPMAX", 7);
    arcmd__put(&x, key, key_len);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_zpopmin(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ZPOPMIN", 7);
    arcmd__z(&x, key);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_zpopmin_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ZPOPMIN", 7);
    arcmd__put(&x, key, key_len);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_zrandmember(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ZRANDMEMBER", 11);
    arcmd__z(&x, key);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_zrandmember_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ZRANDMEMBER", 11);
    arcmd__put(&x, key, key_len);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_zrange(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *start,
    const char *stop,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 4 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ZRANGE", 6);
    arcmd__z(&x, key);
    arcmd__z(&x, start);
    arcmd__z(&x, stop);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_zrange_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *start, size_t start_len,
    const char *stop, size_t stop_len,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 4 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ZRANGE", 6);
    arcmd__put(&x, key, key_len);
    arcmd__put(&x, start, start_len);
    arcmd__put(&x, stop, stop_len);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_zrangebylex(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *min,
    const char *max,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 4 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ZRANGEBYLEX", 11);
    arcmd__z(&x, key);
    arcmd__z(&x, min);
    arcmd__z(&x, max);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_zrangebylex_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *min, size_t min_len,
    const char *max, size_t max_len,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 4 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ZRANGEBYLEX", 11);
    arcmd__put(&x, key, key_len);
    arcmd__put(&x, min, min_len);
    arcmd__put(&x, max, max_len);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_zrangebyscore(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *min,
    const char *max,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 4 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ZRANGEBYSCORE", 13);
    arcmd__z(&x, key);
    arcmd__z(&x, min);
    arcmd__z(&x, max);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_zrangebyscore_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *min, size_t min_len,
    const char *max, size_t max_len,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 4 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ZRANGEBYSCORE", 13);
    arcmd__put(&x, key, key_len);
    arcmd__put(&x, min, min_len);
    arcmd__put(&x, max, max_len);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_zrangestore(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *dst,
    const char *src,
    const char *min,
    const char *max,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 5 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ZRANGESTORE", 11);
    arcmd__z(&x, dst);
    arcmd__z(&x, src);
    arcmd__z(&x, min);
    arcmd__z(&x, max);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_zrangestore_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *dst, size_t dst_len,
    const char *src, size_t src_len,
    const char *min, size_t min_len,
    const char *max, size_t max_len,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 5 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ZRANGESTORE", 11);
    arcmd__put(&x, dst, dst_len);
    arcmd__put(&x, src, src_len);
    arcmd__put(&x, min, min_len);
    arcmd__put(&x, max, max_len);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_zrank(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *member)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ZRANK", 5);
    arcmd__z(&x, key);
    arcmd__z(&x, member);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_zrank_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *member, size_t member_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ZRANK", 5);
    arcmd__put(&x, key, key_len);
    arcmd__put(&x, member, member_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_zrem(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int member_count, const char *const *member, const size_t *member_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(member_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ZREM", 4);
    arcmd__z(&x, key);
    arcmd__arr(&x, member_count, member, member_len, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_zrem_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int member_count, const char *const *member, const size_t *member_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(member_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ZREM", 4);
    arcmd__put(&x, key, key_len);
    arcmd__arr(&x, member_count, member, member_len, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_zremrangebylex(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *min,
    const char *max)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 4) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ZREMRANGEBYLEX", 14);
    arcmd__z(&x, key);
    arcmd__z(&x, min);
    arcmd__z(&x, max);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_zremrangebylex_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *min, size_t min_len,
    const char *max, size_t max_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 4) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ZREMRANGEBYLEX", 14);
    arcmd__put(&x, key, key_len);
    arcmd__put(&x, min, min_len);
    arcmd__put(&x, max, max_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_zremrangebyrank(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    long long start,
    long long stop)
{
    arcmd__vec x;
    char nb[2][24];
    if (arcmd__begin(&x, 4) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ZREMRANGEBYRANK", 15);
    arcmd__z(&x, key);
    arcmd__ll(&x, nb[0], start);
    arcmd__ll(&x, nb[1], stop);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_zremrangebyrank_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    long long start,
    long long stop)
{
    arcmd__vec x;
    char nb[2][24];
    if (arcmd__begin(&x, 4) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ZREMRANGEBYRANK", 15);
    arcmd__put(&x, key, key_len);
    arcmd__ll(&x, nb[0], start);
    arcmd__ll(&x, nb[1], stop);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_zremrangebyscore(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *min,
    const char *max)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 4) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ZREMRANGEBYSCORE", 16);
    arcmd__z(&x, key);
    arcmd__z(&x, min);
    arcmd__z(&x, max);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_zremrangebyscore_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *min, size_t min_len,
    const char *max, size_t max_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 4) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ZREMRANGEBYSCORE", 16);
    arcmd__put(&x, key, key_len);
    arcmd__put(&x, min, min_len);
    arcmd__put(&x, max, max_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_zrevrange(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    long long start,
    long long stop,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    char nb[2][24];
    if (arcmd__begin(&x, 4 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ZREVRANGE", 9);
    arcmd__z(&x, key);
    arcmd__ll(&x, nb[0], start);
    arcmd__ll(&x, nb[1], stop);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_zrevrange_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    long long start,
    long long stop,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    char nb[2][24];
    if (arcmd__begin(&x, 4 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ZREVRANGE", 9);
    arcmd__put(&x, key, key_len);
    arcmd__ll(&x, nb[0], start);
    arcmd__ll(&x, nb[1], stop);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_zrevrangebylex(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *max,
    const char *min,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 4 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ZREVRANGEBYLEX", 14);
    arcmd__z(&x, key);
    arcmd__z(&x, max);
    arcmd__z(&x, min);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_zrevrangebylex_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *max, size_t max_len,
    const char *min, size_t min_len,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 4 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ZREVRANGEBYLEX", 14);
    arcmd__put(&x, key, key_len);
    arcmd__put(&x, max, max_len);
    arcmd__put(&x, min, min_len);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_zrevrangebyscore(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *max,
    const char *min,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 4 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ZREVRANGEBYSCORE", 16);
    arcmd__z(&x, key);
    arcmd__z(&x, max);
    arcmd__z(&x, min);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_zrevrangebyscore_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *max, size_t max_len,
    const char *min, size_t min_len,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 4 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ZREVRANGEBYSCORE", 16);
    arcmd__put(&x, key, key_len);
    arcmd__put(&x, max, max_len);
    arcmd__put(&x, min, min_len);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_zrevrank(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *member)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ZREVRANK", 8);
    arcmd__z(&x, key);
    arcmd__z(&x, member);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_zrevrank_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *member, size_t member_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ZREVRANK", 8);
    arcmd__put(&x, key, key_len);
    arcmd__put(&x, member, member_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_zscan(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *cursor,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ZSCAN", 5);
    arcmd__z(&x, key);
    arcmd__z(&x, cursor);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_zscan_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *cursor, size_t cursor_len,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ZSCAN", 5);
    arcmd__put(&x, key, key_len);
    arcmd__put(&x, cursor, cursor_len);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_zscore(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *member)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ZSCORE", 6);
    arcmd__z(&x, key);
    arcmd__z(&x, member);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_zscore_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *member, size_t member_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ZSCORE", 6);
    arcmd__put(&x, key, key_len);
    arcmd__put(&x, member, member_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_zunion(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int key_count, const char *const *key, const size_t *key_len,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 2 + arcmd__cnt(key_count) + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ZUNION", 6);
    arcmd__ll(&x, nb[0], (long long)key_count);
    arcmd__arr(&x, key_count, key, key_len, 1);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_zunionstore(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *destination,
    int key_count, const char *const *key, const size_t *key_len,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 3 + arcmd__cnt(key_count) + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ZUNIONSTORE", 11);
    arcmd__z(&x, destination);
    arcmd__ll(&x, nb[0], (long long)key_count);
    arcmd__arr(&x, key_count, key, key_len, 1);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_zunionstore_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *destination, size_t destination_len,
    int key_count, const char *const *key, const size_t *key_len,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 3 + arcmd__cnt(key_count) + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ZUNIONSTORE", 11);
    arcmd__put(&x, destination, destination_len);
    arcmd__ll(&x, nb[0], (long long)key_count);
    arcmd__arr(&x, key_count, key, key_len, 1);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_hdel(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int field_count, const char *const *field, const size_t *field_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(field_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "HDEL", 4);
    arcmd__z(&x, key);
    arcmd__arr(&x, field_count, field, field_len, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_hdel_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int field_count, const char *const *field, const size_t *field_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(field_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "HDEL", 4);
    arcmd__put(&x, key, key_len);
    arcmd__arr(&x, field_count, field, field_len, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_hexists(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *field)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "HEXISTS", 7);
    arcmd__z(&x, key);
    arcmd__z(&x, field);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_hexists_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *field, size_t field_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "HEXISTS", 7);
    arcmd__put(&x, key, key_len);
    arcmd__put(&x, field, field_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_hget(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *field)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "HGET", 4);
    arcmd__z(&x, key);
    arcmd__z(&x, field);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_hget_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *field, size_t field_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "HGET", 4);
    arcmd__put(&x, key, key_len);
    arcmd__put(&x, field, field_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_hgetall(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "HGETALL", 7);
    arcmd__z(&x, key);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_hgetall_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "HGETALL", 7);
    arcmd__put(&x, key, key_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_hincrby(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *field,
    long long increment)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 4) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "HINCRBY", 7);
    arcmd__z(&x, key);
    arcmd__z(&x, field);
    arcmd__ll(&x, nb[0], increment);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_hincrby_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *field, size_t field_len,
    long long increment)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 4) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "HINCRBY", 7);
    arcmd__put(&x, key, key_len);
    arcmd__put(&x, field, field_len);
    arcmd__ll(&x, nb[0], increment);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_hincrbyfloat(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *field,
    const char *increment)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 4) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "HINCRBYFLOAT", 12);
    arcmd__z(&x, key);
    arcmd__z(&x, field);
    arcmd__z(&x, increment);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_hincrbyfloat_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *field, size_t field_len,
    const char *increment, size_t increment_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 4) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "HINCRBYFLOAT", 12);
    arcmd__put(&x, key, key_len);
    arcmd__put(&x, field, field_len);
    arcmd__put(&x, increment, increment_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_hkeys(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "HKEYS", 5);
    arcmd__z(&x, key);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_hkeys_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "HKEYS", 5);
    arcmd__put(&x, key, key_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_hlen(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "HLEN", 4);
    arcmd__z(&x, key);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_hlen_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "HLEN", 4);
    arcmd__put(&x, key, key_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_hmget(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int field_count, const char *const *field, const size_t *field_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(field_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "HMGET", 5);
    arcmd__z(&x, key);
    arcmd__arr(&x, field_count, field, field_len, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_hmget_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int field_count, const char *const *field, const size_t *field_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(field_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "HMGET", 5);
    arcmd__put(&x, key, key_len);
    arcmd__arr(&x, field_count, field, field_len, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_hmset(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int field_value_count, const char *const *field_value, const size_t *field_value_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(field_value_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "HMSET", 5);
    arcmd__z(&x, key);
    arcmd__arr(&x, field_value_count, field_value, field_value_len, 2);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_hmset_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int field_value_count, const char *const *field_value, const size_t *field_value_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(field_value_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "HMSET", 5);
    arcmd__put(&x, key, key_len);
    arcmd__arr(&x, field_value_count, field_value, field_value_len, 2);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_hrandfield(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "HRANDFIELD", 10);
    arcmd__z(&x, key);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_hrandfield_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "HRANDFIELD", 10);
    arcmd__put(&x, key, key_len);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_hscan(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *cursor,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "HSCAN", 5);
    arcmd__z(&x, key);
    arcmd__z(&x, cursor);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_hscan_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *cursor, size_t cursor_len,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "HSCAN", 5);
    arcmd__put(&x, key, key_len);
    arcmd__put(&x, cursor, cursor_len);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_hset(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int field_value_count, const char *const *field_value, const size_t *field_value_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(field_value_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "HSET", 4);
    arcmd__z(&x, key);
    arcmd__arr(&x, field_value_count, field_value, field_value_len, 2);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_hset_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int field_value_count, const char *const *field_value, const size_t *field_value_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(field_value_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "HSET", 4);
    arcmd__put(&x, key, key_len);
    arcmd__arr(&x, field_value_count, field_value, field_value_len, 2);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_hsetnx(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *field,
    const char *value)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 4) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "HSETNX", 6);
    arcmd__z(&x, key);
    arcmd__z(&x, field);
    arcmd__z(&x, value);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_hsetnx_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *field, size_t field_len,
    const char *value, size_t value_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 4) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "HSETNX", 6);
    arcmd__put(&x, key, key_len);
    arcmd__put(&x, field, field_len);
    arcmd__put(&x, value, value_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_hstrlen(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *field)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "HSTRLEN", 7);
    arcmd__z(&x, key);
    arcmd__z(&x, field);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_hstrlen_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *field, size_t field_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "HSTRLEN", 7);
    arcmd__put(&x, key, key_len);
    arcmd__put(&x, field, field_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_hvals(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "HVALS", 5);
    arcmd__z(&x, key);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_hvals_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "HVALS", 5);
    arcmd__put(&x, key, key_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_psubscribe(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int pattern_count, const char *const *pattern, const size_t *pattern_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 1 + arcmd__cnt(pattern_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "PSUBSCRIBE", 10);
    arcmd__arr(&x, pattern_count, pattern, pattern_len, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_publish(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *channel,
    const char *message)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "PUBLISH", 7);
    arcmd__z(&x, channel);
    arcmd__z(&x, message);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_publish_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *channel, size_t channel_len,
    const char *message, size_t message_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "PUBLISH", 7);
    arcmd__put(&x, channel, channel_len);
    arcmd__put(&x, message, message_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_pubsub_channels(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "PUBSUB", 6);
    arcmd__put(&x, "CHANNELS", 8);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_pubsub_help(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "PUBSUB", 6);
    arcmd__put(&x, "HELP", 4);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_pubsub_numpat(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "PUBSUB", 6);
    arcmd__put(&x, "NUMPAT", 6);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_pubsub_numsub(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "PUBSUB", 6);
    arcmd__put(&x, "NUMSUB", 6);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_pubsub_shardchannels(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "PUBSUB", 6);
    arcmd__put(&x, "SHARDCHANNELS", 13);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_pubsub_shardnumsub(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "PUBSUB", 6);
    arcmd__put(&x, "SHARDNUMSUB", 11);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_punsubscribe(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 1 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "PUNSUBSCRIBE", 12);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_spublish(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *shardchannel,
    const char *message)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SPUBLISH", 8);
    arcmd__z(&x, shardchannel);
    arcmd__z(&x, message);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_spublish_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *shardchannel, size_t shardchannel_len,
    const char *message, size_t message_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SPUBLISH", 8);
    arcmd__put(&x, shardchannel, shardchannel_len);
    arcmd__put(&x, message, message_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_ssubscribe(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int shardchannel_count, const char *const *shardchannel, const size_t *shardchannel_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 1 + arcmd__cnt(shardchannel_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SSUBSCRIBE", 10);
    arcmd__arr(&x, shardchannel_count, shardchannel, shardchannel_len, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_subscribe(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int channel_count, const char *const *channel, const size_t *channel_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 1 + arcmd__cnt(channel_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SUBSCRIBE", 9);
    arcmd__arr(&x, channel_count, channel, channel_len, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_sunsubscribe(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 1 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SUNSUBSCRIBE", 12);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_unsubscribe(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 1 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "UNSUBSCRIBE", 11);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_discard(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 1) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "DISCARD", 7);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_exec(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 1) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "EXEC", 4);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_multi(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 1) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "MULTI", 5);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_unwatch(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 1) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "UNWATCH", 7);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_watch(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int key_count, const char *const *key, const size_t *key_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 1 + arcmd__cnt(key_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "WATCH", 5);
    arcmd__arr(&x, key_count, key, key_len, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_auth(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 1 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "AUTH", 4);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_client_caching(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *mode)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "CLIENT", 6);
    arcmd__put(&x, "CACHING", 7);
    arcmd__z(&x, mode);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_client_getname(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "CLIENT", 6);
    arcmd__put(&x, "GETNAME", 7);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_client_getredir(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "CLIENT", 6);
    arcmd__put(&x, "GETREDIR", 8);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_client_help(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "CLIENT", 6);
    arcmd__put(&x, "HELP", 4);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_client_id(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "CLIENT", 6);
    arcmd__put(&x, "ID", 2);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_client_info(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "CLIENT", 6);
    arcmd__put(&x, "INFO", 4);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_client_kill(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "CLIENT", 6);
    arcmd__put(&x, "KILL", 4);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_client_list(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "CLIENT", 6);
    arcmd__put(&x, "LIST", 4);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_client_no_evict(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *enabled)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "CLIENT", 6);
    arcmd__put(&x, "NO-EVICT", 8);
    arcmd__z(&x, enabled);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_client_pause(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    long long timeout,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 3 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "CLIENT", 6);
    arcmd__put(&x, "PAUSE", 5);
    arcmd__ll(&x, nb[0], timeout);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_client_reply(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *on_off_skip)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "CLIENT", 6);
    arcmd__put(&x, "REPLY", 5);
    arcmd__z(&x, on_off_skip);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_client_setname(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *connection_name)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "CLIENT", 6);
    arcmd__put(&x, "SETNAME", 7);
    arcmd__z(&x, connection_name);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_client_setname_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *connection_name, size_t connection_name_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "CLIENT", 6);
    arcmd__put(&x, "SETNAME", 7);
    arcmd__put(&x, connection_name, connection_name_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_client_tracking(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *status,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "CLIENT", 6);
    arcmd__put(&x, "TRACKING", 8);
    arcmd__z(&x, status);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_client_trackinginfo(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "CLIENT", 6);
    arcmd__put(&x, "TRACKINGINFO", 12);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_client_unblock(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    long long client_id,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 3 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "CLIENT", 6);
    arcmd__put(&x, "UNBLOCK", 7);
    arcmd__ll(&x, nb[0], client_id);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_client_unpause(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "CLIENT", 6);
    arcmd__put(&x, "UNPAUSE", 7);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_echo(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *message)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ECHO", 4);
    arcmd__z(&x, message);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_echo_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *message, size_t message_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ECHO", 4);
    arcmd__put(&x, message, message_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_hello(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 1 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "HELLO", 5);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_ping(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 1 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "PING", 4);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_quit(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 1) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "QUIT", 4);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_reset(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 1) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "RESET", 5);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_select(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    long long index)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SELECT", 6);
    arcmd__ll(&x, nb[0], index);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_acl_cat(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ACL", 3);
    arcmd__put(&x, "CAT", 3);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_acl_deluser(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int username_count, const char *const *username, const size_t *username_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(username_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ACL", 3);
    arcmd__put(&x, "DELUSER", 7);
    arcmd__arr(&x, username_count, username, username_len, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_acl_dryrun(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *username,
    const char *command,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 4 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ACL", 3);
    arcmd__put(&x, "DRYRUN", 6);
    arcmd__z(&x, username);
    arcmd__z(&x, command);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_acl_dryrun_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *username, size_t username_len,
    const char *command, size_t command_len,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 4 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ACL", 3);
    arcmd__put(&x, "DRYRUN", 6);
    arcmd__put(&x, username, username_len);
    arcmd__put(&x, command, command_len);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_acl_genpass(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ACL", 3);
    arcmd__put(&x, "GENPASS", 7);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_acl_getuser(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *username)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ACL", 3);
    arcmd__put(&x, "GETUSER", 7);
    arcmd__z(&x, username);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_acl_getuser_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *username, size_t username_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ACL", 3);
    arcmd__put(&x, "GETUSER", 7);
    arcmd__put(&x, username, username_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_acl_help(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ACL", 3);
    arcmd__put(&x, "HELP", 4);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_acl_list(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ACL", 3);
    arcmd__put(&x, "LIST", 4);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_acl_load(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ACL", 3);
    arcmd__put(&x, "LOAD", 4);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_acl_log(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ACL", 3);
    arcmd__put(&x, "LOG", 3);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_acl_save(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ACL", 3);
    arcmd__put(&x, "SAVE", 4);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_acl_setuser(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *username,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ACL", 3);
    arcmd__put(&x, "SETUSER", 7);
    arcmd__z(&x, username);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_acl_setuser_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *username, size_t username_len,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ACL", 3);
    arcmd__put(&x, "SETUSER", 7);
    arcmd__put(&x, username, username_len);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_acl_users(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ACL", 3);
    arcmd__put(&x, "USERS", 5);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_acl_whoami(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ACL", 3);
    arcmd__put(&x, "WHOAMI", 6);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_bgrewriteaof(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 1) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "BGREWRITEAOF", 12);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_bgsave(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 1 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "BGSAVE", 6);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_command_count(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "COMMAND", 7);
    arcmd__put(&x, "COUNT", 5);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_command_docs(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "COMMAND", 7);
    arcmd__put(&x, "DOCS", 4);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_command_getkeys(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "COMMAND", 7);
    arcmd__put(&x, "GETKEYS", 7);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_command_getkeysandflags(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "COMMAND", 7);
    arcmd__put(&x, "GETKEYSANDFLAGS", 15);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_command_help(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "COMMAND", 7);
    arcmd__put(&x, "HELP", 4);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_command_info(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "COMMAND", 7);
    arcmd__put(&x, "INFO", 4);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_command_list(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "COMMAND", 7);
    arcmd__put(&x, "LIST", 4);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_config_get(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int parameter_count, const char *const *parameter, const size_t *parameter_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(parameter_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "CONFIG", 6);
    arcmd__put(&x, "GET", 3);
    arcmd__arr(&x, parameter_count, parameter, parameter_len, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_config_help(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "CONFIG", 6);
    arcmd__put(&x, "HELP", 4);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_config_resetstat(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "CONFIG", 6);
    arcmd__put(&x, "RESETSTAT", 9);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_config_rewrite(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "CONFIG", 6);
    arcmd__put(&x, "REWRITE", 7);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_config_set(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int parameter_value_count, const char *const *parameter_value, const size_t *parameter_value_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(parameter_value_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "CONFIG", 6);
    arcmd__put(&x, "SET", 3);
    arcmd__arr(&x, parameter_value_count, parameter_value, parameter_value_len, 2);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_dbsize(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 1) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "DBSIZE", 6);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_debug(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 1 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "DEBUG", 5);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_failover(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 1 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "FAILOVER", 8);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_flushall(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 1 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "FLUSHALL", 8);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_flushdb(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 1 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "FLUSHDB", 7);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_info(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 1 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "INFO", 4);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_lastsave(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 1) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "LASTSAVE", 8);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_latency_doctor(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "LATENCY", 7);
    arcmd__put(&x, "DOCTOR", 6);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_latency_graph(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *event)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "LATENCY", 7);
    arcmd__put(&x, "GRAPH", 5);
    arcmd__z(&x, event);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_latency_graph_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *event, size_t event_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "LATENCY", 7);
    arcmd__put(&x, "GRAPH", 5);
    arcmd__put(&x, event, event_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_latency_help(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "LATENCY", 7);
    arcmd__put(&x, "HELP", 4);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_latency_histogram(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "LATENCY", 7);
    arcmd__put(&x, "HISTOGRAM", 9);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_latency_history(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *event)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "LATENCY", 7);
    arcmd__put(&x, "HISTORY", 7);
    arcmd__z(&x, event);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_latency_history_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *event, size_t event_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "LATENCY", 7);
    arcmd__put(&x, "HISTORY", 7);
    arcmd__put(&x, event, event_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_latency_latest(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "LATENCY", 7);
    arcmd__put(&x, "LATEST", 6);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_latency_reset(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "LATENCY", 7);
    arcmd__put(&x, "RESET", 5);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_lolwut(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 1 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "LOLWUT", 6);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_memory_doctor(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "MEMORY", 6);
    arcmd__put(&x, "DOCTOR", 6);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_memory_help(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "MEMORY", 6);
    arcmd__put(&x, "HELP", 4);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_memory_malloc_stats(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "MEMORY", 6);
    arcmd__put(&x, "MALLOC-STATS", 12);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_memory_purge(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "MEMORY", 6);
    arcmd__put(&x, "PURGE", 5);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_memory_stats(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "MEMORY", 6);
    arcmd__put(&x, "STATS", 5);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_memory_usage(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "MEMORY", 6);
    arcmd__put(&x, "USAGE", 5);
    arcmd__z(&x, key);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_memory_usage_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "MEMORY", 6);
    arcmd__put(&x, "USAGE", 5);
    arcmd__put(&x, key, key_len);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_module_help(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "MODULE", 6);
    arcmd__put(&x, "HELP", 4);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_module_list(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "MODULE", 6);
    arcmd__put(&x, "LIST", 4);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_module_load(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *path,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "MODULE", 6);
    arcmd__put(&x, "LOAD", 4);
    arcmd__z(&x, path);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_module_load_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *path, size_t path_len,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "MODULE", 6);
    arcmd__put(&x, "LOAD", 4);
    arcmd__put(&x, path, path_len);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_module_loadex(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *path,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "MODULE", 6);
    arcmd__put(&x, "LOADEX", 6);
    arcmd__z(&x, path);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_module_loadex_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *path, size_t path_len,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "MODULE", 6);
    arcmd__put(&x, "LOADEX", 6);
    arcmd__put(&x, path, path_len);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_module_unload(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *name)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "MODULE", 6);
    arcmd__put(&x, "UNLOAD", 6);
    arcmd__z(&x, name);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_module_unload_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *name, size_t name_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "MODULE", 6);
    arcmd__put(&x, "UNLOAD", 6);
    arcmd__put(&x, name, name_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_monitor(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 1) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "MONITOR", 7);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_psync(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *replicationid,
    long long offset)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "PSYNC", 5);
    arcmd__z(&x, replicationid);
    arcmd__ll(&x, nb[0], offset);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_psync_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *replicationid, size_t replicationid_len,
    long long offset)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "PSYNC", 5);
    arcmd__put(&x, replicationid, replicationid_len);
    arcmd__ll(&x, nb[0], offset);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_replconf(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 1 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "REPLCONF", 8);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_replicaof(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 1 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "REPLICAOF", 9);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_restore_asking(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    long long ttl,
    const char *serialized_value,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 4 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "RESTORE-ASKING", 14);
    arcmd__z(&x, key);
    arcmd__ll(&x, nb[0], ttl);
    arcmd__z(&x, serialized_value);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_restore_asking_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    long long ttl,
    const char *serialized_value, size_t serialized_value_len,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 4 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "RESTORE-ASKING", 14);
    arcmd__put(&x, key, key_len);
    arcmd__ll(&x, nb[0], ttl);
    arcmd__put(&x, serialized_value, serialized_value_len);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_role(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 1) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ROLE", 4);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_save(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 1) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SAVE", 4);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_shutdown(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 1 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SHUTDOWN", 8);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_slaveof(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 1 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SLAVEOF", 7);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_slowlog_get(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SLOWLOG", 7);
    arcmd__put(&x, "GET", 3);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_slowlog_help(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SLOWLOG", 7);
    arcmd__put(&x, "HELP", 4);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_slowlog_len(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SLOWLOG", 7);
    arcmd__put(&x, "LEN", 3);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_slowlog_reset(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SLOWLOG", 7);
    arcmd__put(&x, "RESET", 5);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_swapdb(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    long long index1,
    long long index2)
{
    arcmd__vec x;
    char nb[2][24];
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SWAPDB", 6);
    arcmd__ll(&x, nb[0], index1);
    arcmd__ll(&x, nb[1], index2);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_sync(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 1) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SYNC", 4);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_time(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 1) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "TIME", 4);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_eval(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *script,
    long long numkeys,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 3 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "EVAL", 4);
    arcmd__z(&x, script);
    arcmd__ll(&x, nb[0], numkeys);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_eval_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *script, size_t script_len,
    long long numkeys,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 3 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "EVAL", 4);
    arcmd__put(&x, script, script_len);
    arcmd__ll(&x, nb[0], numkeys);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_eval_ro(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *script,
    long long numkeys,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 3 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "EVAL_RO", 7);
    arcmd__z(&x, script);
    arcmd__ll(&x, nb[0], numkeys);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_eval_ro_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *script, size_t script_len,
    long long numkeys,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 3 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "EVAL_RO", 7);
    arcmd__put(&x, script, script_len);
    arcmd__ll(&x, nb[0], numkeys);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_evalsha(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *sha1,
    long long numkeys,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 3 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "EVALSHA", 7);
    arcmd__z(&x, sha1);
    arcmd__ll(&x, nb[0], numkeys);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_evalsha_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *sha1, size_t sha1_len,
    long long numkeys,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 3 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "EVALSHA", 7);
    arcmd__put(&x, sha1, sha1_len);
    arcmd__ll(&x, nb[0], numkeys);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_evalsha_ro(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *sha1,
    long long numkeys,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 3 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "EVALSHA_RO", 10);
    arcmd__z(&x, sha1);
    arcmd__ll(&x, nb[0], numkeys);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_evalsha_ro_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *sha1, size_t sha1_len,
    long long numkeys,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 3 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "EVALSHA_RO", 10);
    arcmd__put(&x, sha1, sha1_len);
    arcmd__ll(&x, nb[0], numkeys);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_fcall(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *function,
    long long numkeys,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 3 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "FCALL", 5);
    arcmd__z(&x, function);
    arcmd__ll(&x, nb[0], numkeys);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_fcall_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *function, size_t function_len,
    long long numkeys,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 3 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "FCALL", 5);
    arcmd__put(&x, function, function_len);
    arcmd__ll(&x, nb[0], numkeys);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_fcall_ro(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *function,
    long long numkeys,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 3 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "FCALL_RO", 8);
    arcmd__z(&x, function);
    arcmd__ll(&x, nb[0], numkeys);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_fcall_ro_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *function, size_t function_len,
    long long numkeys,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 3 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "FCALL_RO", 8);
    arcmd__put(&x, function, function_len);
    arcmd__ll(&x, nb[0], numkeys);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_function_delete(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *library_name)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "FUNCTION", 8);
    arcmd__put(&x, "DELETE", 6);
    arcmd__z(&x, library_name);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_function_delete_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *library_name, size_t library_name_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "FUNCTION", 8);
    arcmd__put(&x, "DELETE", 6);
    arcmd__put(&x, library_name, library_name_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_function_dump(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "FUNCTION", 8);
    arcmd__put(&x, "DUMP", 4);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_function_flush(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "FUNCTION", 8);
    arcmd__put(&x, "FLUSH", 5);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_function_help(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "FUNCTION", 8);
    arcmd__put(&x, "HELP", 4);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_function_kill(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "FUNCTION", 8);
    arcmd__put(&x, "KILL", 4);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_function_list(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "FUNCTION", 8);
    arcmd__put(&x, "LIST", 4);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_function_load(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "FUNCTION", 8);
    arcmd__put(&x, "LOAD", 4);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_function_restore(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *serialized_value,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "FUNCTION", 8);
    arcmd__put(&x, "RESTORE", 7);
    arcmd__z(&x, serialized_value);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_function_restore_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *serialized_value, size_t serialized_value_len,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "FUNCTION", 8);
    arcmd__put(&x, "RESTORE", 7);
    arcmd__put(&x, serialized_value, serialized_value_len);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_function_stats(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "FUNCTION", 8);
    arcmd__put(&x, "STATS", 5);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_script_debug(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *mode)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SCRIPT", 6);
    arcmd__put(&x, "DEBUG", 5);
    arcmd__z(&x, mode);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_script_exists(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int sha1_count, const char *const *sha1, const size_t *sha1_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(sha1_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SCRIPT", 6);
    arcmd__put(&x, "EXISTS", 6);
    arcmd__arr(&x, sha1_count, sha1, sha1_len, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_script_flush(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SCRIPT", 6);
    arcmd__put(&x, "FLUSH", 5);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_script_help(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SCRIPT", 6);
    arcmd__put(&x, "HELP", 4);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_script_kill(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SCRIPT", 6);
    arcmd__put(&x, "KILL", 4);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_script_load(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *script)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SCRIPT", 6);
    arcmd__put(&x, "LOAD", 4);
    arcmd__z(&x, script);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_script_load_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *script, size_t script_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SCRIPT", 6);
    arcmd__put(&x, "LOAD", 4);
    arcmd__put(&x, script, script_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_pfadd(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "PFADD", 5);
    arcmd__z(&x, key);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_pfadd_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "PFADD", 5);
    arcmd__put(&x, key, key_len);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_pfcount(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int key_count, const char *const *key, const size_t *key_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 1 + arcmd__cnt(key_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "PFCOUNT", 7);
    arcmd__arr(&x, key_count, key, key_len, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_pfdebug(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *subcommand,
    const char *key)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "PFDEBUG", 7);
    arcmd__z(&x, subcommand);
    arcmd__z(&x, key);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_pfdebug_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *subcommand, size_t subcommand_len,
    const char *key, size_t key_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "PFDEBUG", 7);
    arcmd__put(&x, subcommand, subcommand_len);
    arcmd__put(&x, key, key_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_pfmerge(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *destkey,
    int sourcekey_count, const char *const *sourcekey, const size_t *sourcekey_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(sourcekey_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "PFMERGE", 7);
    arcmd__z(&x, destkey);
    arcmd__arr(&x, sourcekey_count, sourcekey, sourcekey_len, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_pfmerge_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *destkey, size_t destkey_len,
    int sourcekey_count, const char *const *sourcekey, const size_t *sourcekey_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(sourcekey_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "PFMERGE", 7);
    arcmd__put(&x, destkey, destkey_len);
    arcmd__arr(&x, sourcekey_count, sourcekey, sourcekey_len, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_pfselftest(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 1) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "PFSELFTEST", 10);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_asking(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 1) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "ASKING", 6);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_cluster_addslots(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int slot_count, const char *const *slot, const size_t *slot_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(slot_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "CLUSTER", 7);
    arcmd__put(&x, "ADDSLOTS", 8);
    arcmd__arr(&x, slot_count, slot, slot_len, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_cluster_addslotsrange(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int start_slot_end_slot_count, const char *const *start_slot_end_slot, const size_t *start_slot_end_slot_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(start_slot_end_slot_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "CLUSTER", 7);
    arcmd__put(&x, "ADDSLOTSRANGE", 13);
    arcmd__arr(&x, start_slot_end_slot_count, start_slot_end_slot, start_slot_end_slot_len, 2);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_cluster_bumpepoch(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "CLUSTER", 7);
    arcmd__put(&x, "BUMPEPOCH", 9);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_cluster_count_failure_reports(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *node_id)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "CLUSTER", 7);
    arcmd__put(&x, "COUNT-FAILURE-REPORTS", 21);
    arcmd__z(&x, node_id);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_cluster_count_failure_reports_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *node_id, size_t node_id_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "CLUSTER", 7);
    arcmd__put(&x, "COUNT-FAILURE-REPORTS", 21);
    arcmd__put(&x, node_id, node_id_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_cluster_countkeysinslot(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    long long slot)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "CLUSTER", 7);
    arcmd__put(&x, "COUNTKEYSINSLOT", 15);
    arcmd__ll(&x, nb[0], slot);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_cluster_delslots(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int slot_count, const char *const *slot, const size_t *slot_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(slot_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "CLUSTER", 7);
    arcmd__put(&x, "DELSLOTS", 8);
    arcmd__arr(&x, slot_count, slot, slot_len, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_cluster_delslotsrange(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int start_slot_end_slot_count, const char *const *start_slot_end_slot, const size_t *start_slot_end_slot_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(start_slot_end_slot_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "CLUSTER", 7);
    arcmd__put(&x, "DELSLOTSRANGE", 13);
    arcmd__arr(&x, start_slot_end_slot_count, start_slot_end_slot, start_slot_end_slot_len, 2);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_cluster_failover(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "CLUSTER", 7);
    arcmd__put(&x, "FAILOVER", 8);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_cluster_flushslots(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "CLUSTER", 7);
    arcmd__put(&x, "FLUSHSLOTS", 10);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_cluster_forget(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *node_id)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "CLUSTER", 7);
    arcmd__put(&x, "FORGET", 6);
    arcmd__z(&x, node_id);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_cluster_forget_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *node_id, size_t node_id_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "CLUSTER", 7);
    arcmd__put(&x, "FORGET", 6);
    arcmd__put(&x, node_id, node_id_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_cluster_getkeysinslot(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    long long slot,
    long long count)
{
    arcmd__vec x;
    char nb[2][24];
    if (arcmd__begin(&x, 4) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "CLUSTER", 7);
    arcmd__put(&x, "GETKEYSINSLOT", 13);
    arcmd__ll(&x, nb[0], slot);
    arcmd__ll(&x, nb[1], count);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_cluster_help(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "CLUSTER", 7);
    arcmd__put(&x, "HELP", 4);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_cluster_info(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "CLUSTER", 7);
    arcmd__put(&x, "INFO", 4);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_cluster_keyslot(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "CLUSTER", 7);
    arcmd__put(&x, "KEYSLOT", 7);
    arcmd__z(&x, key);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_cluster_keyslot_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "CLUSTER", 7);
    arcmd__put(&x, "KEYSLOT", 7);
    arcmd__put(&x, key, key_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_cluster_links(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "CLUSTER", 7);
    arcmd__put(&x, "LINKS", 5);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_cluster_meet(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *ip,
    long long port,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 4 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "CLUSTER", 7);
    arcmd__put(&x, "MEET", 4);
    arcmd__z(&x, ip);
    arcmd__ll(&x, nb[0], port);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_cluster_meet_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *ip, size_t ip_len,
    long long port,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 4 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "CLUSTER", 7);
    arcmd__put(&x, "MEET", 4);
    arcmd__put(&x, ip, ip_len);
    arcmd__ll(&x, nb[0], port);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_cluster_myid(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "CLUSTER", 7);
    arcmd__put(&x, "MYID", 4);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_cluster_nodes(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "CLUSTER", 7);
    arcmd__put(&x, "NODES", 5);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_cluster_replicas(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *node_id)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "CLUSTER", 7);
    arcmd__put(&x, "REPLICAS", 8);
    arcmd__z(&x, node_id);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_cluster_replicas_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *node_id, size_t node_id_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "CLUSTER", 7);
    arcmd__put(&x, "REPLICAS", 8);
    arcmd__put(&x, node_id, node_id_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_cluster_replicate(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *node_id)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "CLUSTER", 7);
    arcmd__put(&x, "REPLICATE", 9);
    arcmd__z(&x, node_id);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_cluster_replicate_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *node_id, size_t node_id_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "CLUSTER", 7);
    arcmd__put(&x, "REPLICATE", 9);
    arcmd__put(&x, node_id, node_id_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_cluster_reset(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "CLUSTER", 7);
    arcmd__put(&x, "RESET", 5);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_cluster_saveconfig(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "CLUSTER", 7);
    arcmd__put(&x, "SAVECONFIG", 10);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_cluster_set_config_epoch(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    long long config_epoch)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "CLUSTER", 7);
    arcmd__put(&x, "SET-CONFIG-EPOCH", 16);
    arcmd__ll(&x, nb[0], config_epoch);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_cluster_setslot(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    long long slot,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 3 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "CLUSTER", 7);
    arcmd__put(&x, "SETSLOT", 7);
    arcmd__ll(&x, nb[0], slot);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_cluster_shards(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "CLUSTER", 7);
    arcmd__put(&x, "SHARDS", 6);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_cluster_slaves(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *node_id)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "CLUSTER", 7);
    arcmd__put(&x, "SLAVES", 6);
    arcmd__z(&x, node_id);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_cluster_slaves_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *node_id, size_t node_id_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "CLUSTER", 7);
    arcmd__put(&x, "SLAVES", 6);
    arcmd__put(&x, node_id, node_id_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_cluster_slots(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "CLUSTER", 7);
    arcmd__put(&x, "SLOTS", 5);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_readonly(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 1) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "READONLY", 8);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_readwrite(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 1) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "READWRITE", 9);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_geoadd(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "GEOADD", 6);
    arcmd__z(&x, key);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_geoadd_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "GEOADD", 6);
    arcmd__put(&x, key, key_len);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_geodist(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *member1,
    const char *member2,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 4 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "GEODIST", 7);
    arcmd__z(&x, key);
    arcmd__z(&x, member1);
    arcmd__z(&x, member2);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_geodist_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *member1, size_t member1_len,
    const char *member2, size_t member2_len,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 4 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "GEODIST", 7);
    arcmd__put(&x, key, key_len);
    arcmd__put(&x, member1, member1_len);
    arcmd__put(&x, member2, member2_len);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_geohash(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int member_count, const char *const *member, const size_t *member_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(member_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "GEOHASH", 7);
    arcmd__z(&x, key);
    arcmd__arr(&x, member_count, member, member_len, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_geohash_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int member_count, const char *const *member, const size_t *member_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(member_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "GEOHASH", 7);
    arcmd__put(&x, key, key_len);
    arcmd__arr(&x, member_count, member, member_len, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_geopos(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int member_count, const char *const *member, const size_t *member_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(member_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "GEOPOS", 6);
    arcmd__z(&x, key);
    arcmd__arr(&x, member_count, member, member_len, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_geopos_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int member_count, const char *const *member, const size_t *member_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(member_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "GEOPOS", 6);
    arcmd__put(&x, key, key_len);
    arcmd__arr(&x, member_count, member, member_len, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_georadius(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *longitude,
    const char *latitude,
    const char *radius,
    const char *unit,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 6 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "GEORADIUS", 9);
    arcmd__z(&x, key);
    arcmd__z(&x, longitude);
    arcmd__z(&x, latitude);
    arcmd__z(&x, radius);
    arcmd__z(&x, unit);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_georadius_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *longitude, size_t longitude_len,
    const char *latitude, size_t latitude_len,
    const char *radius, size_t radius_len,
    const char *unit,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 6 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "GEORADIUS", 9);
    arcmd__put(&x, key, key_len);
    arcmd__put(&x, longitude, longitude_len);
    arcmd__put(&x, latitude, latitude_len);
    arcmd__put(&x, radius, radius_len);
    arcmd__z(&x, unit);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_georadius_ro(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *longitude,
    const char *latitude,
    const char *radius,
    const char *unit,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 6 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "GEORADIUS_RO", 12);
    arcmd__z(&x, key);
    arcmd__z(&x, longitude);
    arcmd__z(&x, latitude);
    arcmd__z(&x, radius);
    arcmd__z(&x, unit);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_georadius_ro_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *longitude, size_t longitude_len,
    const char *latitude, size_t latitude_len,
    const char *radius, size_t radius_len,
    const char *unit,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 6 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "GEORADIUS_RO", 12);
    arcmd__put(&x, key, key_len);
    arcmd__put(&x, longitude, longitude_len);
    arcmd__put(&x, latitude, latitude_len);
    arcmd__put(&x, radius, radius_len);
    arcmd__z(&x, unit);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_georadiusbymember(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *member,
    const char *radius,
    const char *unit,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 5 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "GEORADIUSBYMEMBER", 17);
    arcmd__z(&x, key);
    arcmd__z(&x, member);
    arcmd__z(&x, radius);
    arcmd__z(&x, unit);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_georadiusbymember_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *member, size_t member_len,
    const char *radius, size_t radius_len,
    const char *unit,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 5 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "GEORADIUSBYMEMBER", 17);
    arcmd__put(&x, key, key_len);
    arcmd__put(&x, member, member_len);
    arcmd__put(&x, radius, radius_len);
    arcmd__z(&x, unit);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_georadiusbymember_ro(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *member,
    const char *radius,
    const char *unit,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 5 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "GEORADIUSBYMEMBER_RO", 20);
    arcmd__z(&x, key);
    arcmd__z(&x, member);
    arcmd__z(&x, radius);
    arcmd__z(&x, unit);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_georadiusbymember_ro_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *member, size_t member_len,
    const char *radius, size_t radius_len,
    const char *unit,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 5 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "GEORADIUSBYMEMBER_RO", 20);
    arcmd__put(&x, key, key_len);
    arcmd__put(&x, member, member_len);
    arcmd__put(&x, radius, radius_len);
    arcmd__z(&x, unit);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_geosearch(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "GEOSEARCH", 9);
    arcmd__z(&x, key);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_geosearch_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "GEOSEARCH", 9);
    arcmd__put(&x, key, key_len);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_geosearchstore(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *destination,
    const char *source,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "GEOSEARCHSTORE", 14);
    arcmd__z(&x, destination);
    arcmd__z(&x, source);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_geosearchstore_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *destination, size_t destination_len,
    const char *source, size_t source_len,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "GEOSEARCHSTORE", 14);
    arcmd__put(&x, destination, destination_len);
    arcmd__put(&x, source, source_len);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_xack(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *group,
    int id_count, const char *const *id, const size_t *id_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3 + arcmd__cnt(id_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "XACK", 4);
    arcmd__z(&x, key);
    arcmd__z(&x, group);
    arcmd__arr(&x, id_count, id, id_len, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_xack_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *group, size_t group_len,
    int id_count, const char *const *id, const size_t *id_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3 + arcmd__cnt(id_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "XACK", 4);
    arcmd__put(&x, key, key_len);
    arcmd__put(&x, group, group_len);
    arcmd__arr(&x, id_count, id, id_len, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_xadd(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "XADD", 4);
    arcmd__z(&x, key);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_xadd_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "XADD", 4);
    arcmd__put(&x, key, key_len);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_xautoclaim(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *group,
    const char *consumer,
    const char *min_idle_time,
    const char *start,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 6 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "XAUTOCLAIM", 10);
    arcmd__z(&x, key);
    arcmd__z(&x, group);
    arcmd__z(&x, consumer);
    arcmd__z(&x, min_idle_time);
    arcmd__z(&x, start);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_xautoclaim_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *group, size_t group_len,
    const char *consumer, size_t consumer_len,
    const char *min_idle_time, size_t min_idle_time_len,
    const char *start, size_t start_len,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 6 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "XAUTOCLAIM", 10);
    arcmd__put(&x, key, key_len);
    arcmd__put(&x, group, group_len);
    arcmd__put(&x, consumer, consumer_len);
    arcmd__put(&x, min_idle_time, min_idle_time_len);
    arcmd__put(&x, start, start_len);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_xclaim(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *group,
    const char *consumer,
    const char *min_idle_time,
    int id_count, const char *const *id, const size_t *id_len,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 5 + arcmd__cnt(id_count) + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "XCLAIM", 6);
    arcmd__z(&x, key);
    arcmd__z(&x, group);
    arcmd__z(&x, consumer);
    arcmd__z(&x, min_idle_time);
    arcmd__arr(&x, id_count, id, id_len, 1);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_xclaim_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *group, size_t group_len,
    const char *consumer, size_t consumer_len,
    const char *min_idle_time, size_t min_idle_time_len,
    int id_count, const char *const *id, const size_t *id_len,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 5 + arcmd__cnt(id_count) + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "XCLAIM", 6);
    arcmd__put(&x, key, key_len);
    arcmd__put(&x, group, group_len);
    arcmd__put(&x, consumer, consumer_len);
    arcmd__put(&x, min_idle_time, min_idle_time_len);
    arcmd__arr(&x, id_count, id, id_len, 1);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_xdel(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int id_count, const char *const *id, const size_t *id_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(id_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "XDEL", 4);
    arcmd__z(&x, key);
    arcmd__arr(&x, id_count, id, id_len, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_xdel_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int id_count, const char *const *id, const size_t *id_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(id_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "XDEL", 4);
    arcmd__put(&x, key, key_len);
    arcmd__arr(&x, id_count, id, id_len, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_xgroup_create(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *groupname,
    const char *id,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 5 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "XGROUP", 6);
    arcmd__put(&x, "CREATE", 6);
    arcmd__z(&x, key);
    arcmd__z(&x, groupname);
    arcmd__z(&x, id);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_xgroup_create_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *groupname, size_t groupname_len,
    const char *id, size_t id_len,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 5 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "XGROUP", 6);
    arcmd__put(&x, "CREATE", 6);
    arcmd__put(&x, key, key_len);
    arcmd__put(&x, groupname, groupname_len);
    arcmd__put(&x, id, id_len);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_xgroup_createconsumer(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *groupname,
    const char *consumername)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 5) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "XGROUP", 6);
    arcmd__put(&x, "CREATECONSUMER", 14);
    arcmd__z(&x, key);
    arcmd__z(&x, groupname);
    arcmd__z(&x, consumername);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_xgroup_createconsumer_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *groupname, size_t groupname_len,
    const char *consumername, size_t consumername_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 5) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "XGROUP", 6);
    arcmd__put(&x, "CREATECONSUMER", 14);
    arcmd__put(&x, key, key_len);
    arcmd__put(&x, groupname, groupname_len);
    arcmd__put(&x, consumername, consumername_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_xgroup_delconsumer(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *groupname,
    const char *consumername)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 5) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "XGROUP", 6);
    arcmd__put(&x, "DELCONSUMER", 11);
    arcmd__z(&x, key);
    arcmd__z(&x, groupname);
    arcmd__z(&x, consumername);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_xgroup_delconsumer_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *groupname, size_t groupname_len,
    const char *consumername, size_t consumername_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 5) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "XGROUP", 6);
    arcmd__put(&x, "DELCONSUMER", 11);
    arcmd__put(&x, key, key_len);
    arcmd__put(&x, groupname, groupname_len);
    arcmd__put(&x, consumername, consumername_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_xgroup_destroy(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *groupname)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 4) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "XGROUP", 6);
    arcmd__put(&x, "DESTROY", 7);
    arcmd__z(&x, key);
    arcmd__z(&x, groupname);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_xgroup_destroy_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *groupname, size_t groupname_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 4) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "XGROUP", 6);
    arcmd__put(&x, "DESTROY", 7);
    arcmd__put(&x, key, key_len);
    arcmd__put(&x, groupname, groupname_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_xgroup_help(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "XGROUP", 6);
    arcmd__put(&x, "HELP", 4);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_xgroup_setid(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *groupname,
    const char *id,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 5 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "XGROUP", 6);
    arcmd__put(&x, "SETID", 5);
    arcmd__z(&x, key);
    arcmd__z(&x, groupname);
    arcmd__z(&x, id);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_xgroup_setid_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *groupname, size_t groupname_len,
    const char *id, size_t id_len,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 5 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "XGROUP", 6);
    arcmd__put(&x, "SETID", 5);
    arcmd__put(&x, key, key_len);
    arcmd__put(&x, groupname, groupname_len);
    arcmd__put(&x, id, id_len);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_xinfo_consumers(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *groupname)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 4) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "XINFO", 5);
    arcmd__put(&x, "CONSUMERS", 9);
    arcmd__z(&x, key);
    arcmd__z(&x, groupname);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_xinfo_consumers_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *groupname, size_t groupname_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 4) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "XINFO", 5);
    arcmd__put(&x, "CONSUMERS", 9);
    arcmd__put(&x, key, key_len);
    arcmd__put(&x, groupname, groupname_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_xinfo_groups(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "XINFO", 5);
    arcmd__put(&x, "GROUPS", 6);
    arcmd__z(&x, key);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_xinfo_groups_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "XINFO", 5);
    arcmd__put(&x, "GROUPS", 6);
    arcmd__put(&x, key, key_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_xinfo_help(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "XINFO", 5);
    arcmd__put(&x, "HELP", 4);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_xinfo_stream(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "XINFO", 5);
    arcmd__put(&x, "STREAM", 6);
    arcmd__z(&x, key);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_xinfo_stream_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "XINFO", 5);
    arcmd__put(&x, "STREAM", 6);
    arcmd__put(&x, key, key_len);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_xlen(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "XLEN", 4);
    arcmd__z(&x, key);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_xlen_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "XLEN", 4);
    arcmd__put(&x, key, key_len);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_xpending(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *group,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "XPENDING", 8);
    arcmd__z(&x, key);
    arcmd__z(&x, group);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_xpending_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *group, size_t group_len,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "XPENDING", 8);
    arcmd__put(&x, key, key_len);
    arcmd__put(&x, group, group_len);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_xrange(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *start,
    const char *end,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 4 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "XRANGE", 6);
    arcmd__z(&x, key);
    arcmd__z(&x, start);
    arcmd__z(&x, end);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_xrange_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *start, size_t start_len,
    const char *end, size_t end_len,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 4 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "XRANGE", 6);
    arcmd__put(&x, key, key_len);
    arcmd__put(&x, start, start_len);
    arcmd__put(&x, end, end_len);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_xread(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 1 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "XREAD", 5);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_xreadgroup(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *group,
    const char *consumer,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 4 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "XREADGROUP", 10);
    arcmd__put(&x, "GROUP", 5);
    arcmd__z(&x, group);
    arcmd__z(&x, consumer);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_xreadgroup_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *group, size_t group_len,
    const char *consumer, size_t consumer_len,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 4 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "XREADGROUP", 10);
    arcmd__put(&x, "GROUP", 5);
    arcmd__put(&x, group, group_len);
    arcmd__put(&x, consumer, consumer_len);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_xrevrange(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *end,
    const char *start,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 4 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "XREVRANGE", 9);
    arcmd__z(&x, key);
    arcmd__z(&x, end);
    arcmd__z(&x, start);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_xrevrange_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *end, size_t end_len,
    const char *start, size_t start_len,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 4 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "XREVRANGE", 9);
    arcmd__put(&x, key, key_len);
    arcmd__put(&x, end, end_len);
    arcmd__put(&x, start, start_len);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_xsetid(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    const char *last_id,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "XSETID", 6);
    arcmd__z(&x, key);
    arcmd__z(&x, last_id);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_xsetid_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    const char *last_id, size_t last_id_len,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "XSETID", 6);
    arcmd__put(&x, key, key_len);
    arcmd__put(&x, last_id, last_id_len);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_xtrim(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "XTRIM", 5);
    arcmd__z(&x, key);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_xtrim_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "XTRIM", 5);
    arcmd__put(&x, key, key_len);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_bitcount(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "BITCOUNT", 8);
    arcmd__z(&x, key);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_bitcount_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "BITCOUNT", 8);
    arcmd__put(&x, key, key_len);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_bitfield(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "BITFIELD", 8);
    arcmd__z(&x, key);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_bitfield_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "BITFIELD", 8);
    arcmd__put(&x, key, key_len);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_bitfield_ro(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "BITFIELD_RO", 11);
    arcmd__z(&x, key);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_bitfield_ro_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 2 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "BITFIELD_RO", 11);
    arcmd__put(&x, key, key_len);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_bitop(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *operation,
    const char *destkey,
    int key_count, const char *const *key, const size_t *key_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3 + arcmd__cnt(key_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "BITOP", 5);
    arcmd__z(&x, operation);
    arcmd__z(&x, destkey);
    arcmd__arr(&x, key_count, key, key_len, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_bitop_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *operation, size_t operation_len,
    const char *destkey, size_t destkey_len,
    int key_count, const char *const *key, const size_t *key_len)
{
    arcmd__vec x;
    if (arcmd__begin(&x, 3 + arcmd__cnt(key_count)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "BITOP", 5);
    arcmd__put(&x, operation, operation_len);
    arcmd__put(&x, destkey, destkey_len);
    arcmd__arr(&x, key_count, key, key_len, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_bitpos(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    long long bit,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 3 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "BITPOS", 6);
    arcmd__z(&x, key);
    arcmd__ll(&x, nb[0], bit);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_bitpos_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    long long bit,
    int argc, const char *const *argv, const size_t *argvlen)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 3 + arcmd__cnt(argc)) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "BITPOS", 6);
    arcmd__put(&x, key, key_len);
    arcmd__ll(&x, nb[0], bit);
    arcmd__arr(&x, argc, argv, argvlen, 1);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_getbit(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    long long offset)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "GETBIT", 6);
    arcmd__z(&x, key);
    arcmd__ll(&x, nb[0], offset);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_getbit_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    long long offset)
{
    arcmd__vec x;
    char nb[1][24];
    if (arcmd__begin(&x, 3) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "GETBIT", 6);
    arcmd__put(&x, key, key_len);
    arcmd__ll(&x, nb[0], offset);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_setbit(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key,
    long long offset,
    long long value)
{
    arcmd__vec x;
    char nb[2][24];
    if (arcmd__begin(&x, 4) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SETBIT", 6);
    arcmd__z(&x, key);
    arcmd__ll(&x, nb[0], offset);
    arcmd__ll(&x, nb[1], value);
    return arcmd__send(&x, c, opts, cb, ud);
}

AR_API int arcmd_setbit_b(ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud,
    const char *key, size_t key_len,
    long long offset,
    long long value)
{
    arcmd__vec x;
    char nb[2][24];
    if (arcmd__begin(&x, 4) != 0) return AR_ERR_NOMEM;
    arcmd__put(&x, "SETBIT", 6);
    arcmd__put(&x, key, key_len);
    arcmd__ll(&x, nb[0], offset);
    arcmd__ll(&x, nb[1], value);
    return arcmd__send(&x, c, opts, cb, ud);
}

/* @generated wrapper definitions } */

#endif /* ASYNCREDIS_IMPLEMENTATION */
