/* asyncredis_commands.h: the command table and key extraction, with a real
   redis-server as the oracle (TAP).

   - the table matches the server: COMMAND COUNT, COMMAND LIST, every
     container's subcommand list, arity and flags from COMMAND INFO;
   - lookups: every entry by name and full name, any case, by argv;
   - key extraction: for every argv of tests/key_cases.txt (generated from
     commands.json by gen_commands.py: every command, optional keywords,
     variadic forms, every oneof alternative, plus hand-written cases), the
     keys found by ar_cmdtab_getkeys equal COMMAND GETKEYS's answer.

   Usage: test_cmd_keys [tests/key_cases.txt]   (run from the repo root) */
#include "harness.h"
#define ASYNCREDIS_IMPLEMENTATION
#include "../asyncredis_commands.h"

static ar_client *cli;

static ar_reply *run(int argc, const char *const *argv) {
    return ar_command_argv_sync(cli, 5000, argc, argv, NULL);
}

static ar_reply *run2(const char *a, const char *b) {
    const char *v[2];
    v[0] = a; v[1] = b;
    return run(b ? 2 : 1, v);
}

static const char *flag_names[] = {
    "write", "readonly", "denyoom", "module", "admin", "pubsub", "noscript",
    "blocking", "loading", "stale", "skip_monitor", "skip_slowlog", "asking",
    "fast", "no_auth", "may_replicate", "sentinel", "only_sentinel",
    "no_mandatory_keys", "protected", "module_getkeys", "module_no_cluster",
    "no_async_loading", "no_multi", "movablekeys", "allow_busy",
    "module_getchannels", "touches_arbitrary_keys", NULL
};

static unsigned long flag_bit(const char *s, size_t n) {
    int i;
    for (i = 0; flag_names[i]; i++)
        if (strlen(flag_names[i]) == n && memcmp(flag_names[i], s, n) == 0) return 1ul << i;
    return 0;
}

/* COMMAND INFO entry -> compare arity and flags with the table */
static int check_info(const ar_reply *e, const ar_cmdtab_cmd *cmd, char *msg, size_t msgsz) {
    unsigned long fl = 0;
    size_t i;
    if (e->type != AR_REPLY_ARRAY || e->elements < 10) { snprintf(msg, msgsz, "bad COMMAND INFO"); return 0; }
    if (e->element[1].integer != cmd->arity) {
        snprintf(msg, msgsz, "arity %lld != %d", e->element[1].integer, cmd->arity);
        return 0;
    }
    for (i = 0; i < e->element[2].elements; i++) {
        const ar_reply *f = &e->element[2].element[i];
        unsigned long b = flag_bit(f->str, f->len);
        if (!b) { snprintf(msg, msgsz, "unknown flag %.*s", (int)f->len, f->str); return 0; }
        fl |= b;
    }
    if (fl != cmd->flags) { snprintf(msg, msgsz, "flags %#lx != %#lx", fl, cmd->flags); return 0; }
    return 1;
}

static void lower(char *d, const char *s, size_t n) {
    size_t i;
    for (i = 0; i < n; i++) d[i] = (char)((s[i] >= 'A' && s[i] <= 'Z') ? s[i] + 32 : s[i]);
    d[n] = 0;
}

static void test_table(void) {
    ar_reply *r;
    int i, bad, sorted = 1, self = 1, anycase = 1, argvok = 1;
    size_t k;
    char name[128], up[128];

    r = run2("COMMAND", "COUNT");
    th_is_int(r->integer, AR_CMDTAB_TOPLEVEL_COUNT, "COMMAND COUNT equals the table's top-level count");
    ar_reply_free(r);
    th_is_int(ar_cmdtab_count(), AR_CMDTAB_TOPLEVEL_COUNT + AR_CMDTAB_SUBCOMMAND_COUNT,
              "table holds commands + subcommands");

    /* COMMAND LIST (7.0 lists subcommands too, as parent|sub): every name
       is in the table, as many of each kind */
    r = run2("COMMAND", "LIST");
    {
        int ntop = 0, nsub = 0;
        bad = 0;
        for (k = 0; k < r->elements; k++) {
            const ar_cmdtab_cmd *c = ar_cmdtab_lookup(r->element[k].str, r->element[k].len);
            int issub = memchr(r->element[k].str, '|', r->element[k].len) != NULL;
            if (issub) nsub++; else ntop++;
            if (!c || (c->parent != -1) != issub) { bad++; th_diag("not in table: %s", r->element[k].str); }
        }
        th_ok(bad == 0 && ntop == AR_CMDTAB_TOPLEVEL_COUNT && nsub == AR_CMDTAB_SUBCOMMAND_COUNT,
              "COMMAND LIST (%d commands, %d subcommands) all found in the table", ntop, nsub);
    }
    ar_reply_free(r);

    /* every container's subcommands; arity and flags of every entry */
    {
        int subs_ok = 1, info_ok = 1, nsubs = 0;
        char msg[200];
        for (i = 0; i < AR_CMDTAB_TOPLEVEL_COUNT; i++) {
            const ar_cmdtab_cmd *c = ar_cmdtab_at(i);
            ar_reply *e;
            const char *v[3];
            v[0] = "COMMAND"; v[1] = "INFO"; v[2] = c->name;
            e = run(3, v);
            if (e->type != AR_REPLY_ARRAY || e->elements != 1) { info_ok = 0; ar_reply_free(e); continue; }
            if (!check_info(&e->element[0], c, msg, sizeof msg)) {
                info_ok = 0;
                th_diag("%s: %s", c->fullname, msg);
            }
            {
                const ar_reply *sl = &e->element[0].element[9];
                size_t si;
                if ((int)sl->elements != c->sub_count) {
                    subs_ok = 0;
                    th_diag("%s: server has %d subcommands, table %d", c->name, (int)sl->elements, c->sub_count);
                }
                for (si = 0; si < sl->elements; si++) {
                    const ar_reply *se = &sl->element[si];
                    const ar_cmdtab_cmd *sc = ar_cmdtab_lookup(se->element[0].str, se->element[0].len);
                    nsubs++;
                    if (!sc || sc->parent != i) {
                        subs_ok = 0;
                        th_diag("subcommand %s not in table", se->element[0].str);
                        continue;
                    }
                    if (!check_info(se, sc, msg, sizeof msg)) {
                        info_ok = 0;
                        th_diag("%s: %s", sc->fullname, msg);
                    }
                }
            }
            ar_reply_free(e);
        }
        th_ok(subs_ok && nsubs == AR_CMDTAB_SUBCOMMAND_COUNT,
              "every container's subcommand list matches COMMAND INFO (%d subcommands)", nsubs);
        th_ok(info_ok, "arity and flags of every entry match COMMAND INFO");
    }

    /* lookups */
    for (i = 0; i < ar_cmdtab_count(); i++) {
        const ar_cmdtab_cmd *c = ar_cmdtab_at(i);
        const ar_cmdtab_cmd *prev = i > 0 ? ar_cmdtab_at(i - 1) : NULL;
        size_t n = strlen(c->fullname);
        if (prev && prev->parent == c->parent && strcmp(prev->name, c->name) >= 0) sorted = 0;
        if (ar_cmdtab_lookup(c->fullname, (size_t)-1) != c) self = 0;
        for (k = 0; k <= n; k++) up[k] = (char)((c->fullname[k] >= 'a' && c->fullname[k] <= 'z') ? c->fullname[k] - 32 : c->fullname[k]);
        if (ar_cmdtab_lookup(up, n) != c) anycase = 0;
        lower(name, c->fullname, n);
        if (c->parent >= 0) {
            const char *v[3];
            size_t vl[3];
            const char *bar = strchr(up, '|');
            v[0] = up; vl[0] = (size_t)(bar - up);
            v[1] = bar + 1; vl[1] = strlen(bar + 1);
            v[2] = "x"; vl[2] = 1;
            if (ar_cmdtab_lookup_argv(3, v, vl) != c) argvok = 0;
            if (ar_cmdtab_lookup_sub(ar_cmdtab_parent(c), c->name, (size_t)-1) != c) argvok = 0;
        } else {
            const char *v[1];
            v[0] = c->name;
            if (ar_cmdtab_lookup_argv(1, v, NULL) != c) argvok = 0;
        }
    }
    th_ok(sorted, "names sorted within each run (binary search precondition)");
    th_ok(self, "every entry found by its full name");
    th_ok(anycase, "lookup ignores case");
    th_ok(argvok, "lookup_argv / lookup_sub resolve every entry");
    th_ok(ar_cmdtab_lookup("nosuchcommand", (size_t)-1) == NULL, "unknown name: NULL");
    th_ok(ar_cmdtab_lookup("client|nosuch", (size_t)-1) == NULL, "unknown subcommand: NULL");
    th_ok(ar_cmdtab_lookup("ge", 2) == NULL && ar_cmdtab_lookup("gett", 4) == NULL, "prefixes and longer names don't match");
    {
        const char *v[] = { "CONFIG", "NOSUCH" };
        const char *w[] = { "CONFIG" };
        th_ok(ar_cmdtab_lookup_argv(2, v, NULL) == NULL, "argv with unknown subcommand: NULL");
        th_ok(ar_cmdtab_lookup_argv(1, w, NULL) == ar_cmdtab_lookup("config", 6), "container alone: the container");
    }
    {
        const ar_cmdtab_cmd *g = ar_cmdtab_lookup("blpop", 5);
        th_ok(g && (g->flags & AR_CMDTAB_F_BLOCKING) && (g->flags & AR_CMDTAB_F_WRITE) &&
              g->group == AR_CMDTAB_GROUP_LIST && (g->acl & AR_CMDTAB_ACL_BLOCKING) &&
              strcmp(ar_cmdtab_group_name(g->group), "list") == 0,
              "BLPOP: blocking, write, group list, @blocking");
        g = ar_cmdtab_lookup("get", 3);
        th_ok(g && (g->flags & AR_CMDTAB_F_READONLY) && (g->flags & AR_CMDTAB_F_FAST) &&
              g->arity == 2 && strcmp(g->since, "1.0.0") == 0 && g->deprecated_since == NULL,
              "GET: readonly fast, arity 2, since 1.0.0");
        g = ar_cmdtab_lookup("georadius", (size_t)-1);
        th_ok(g && g->deprecated_since != NULL, "GEORADIUS is marked deprecated");
        g = ar_cmdtab_lookup("keys", 4);
        th_ok(g && (g->tips & AR_CMDTAB_TIP_REQUEST_POLICY_ALL_SHARDS), "KEYS tip request_policy:all_shards");
    }
}

/* ---------------------------------------------------------------- GETKEYS */

#define MAXARGS 64

static int split(char *line, const char **argv, size_t *lens) {
    int argc = 0;
    char *p = line;
    while (*p && argc < MAXARGS) {
        char *s = p;
        while (*p && *p != ' ') p++;
        if (*p) *p++ = 0;
        if (strcmp(s, "\"\"") == 0) { argv[argc] = ""; lens[argc] = 0; }
        else { argv[argc] = s; lens[argc] = strlen(s); }
        argc++;
    }
    return argc;
}

static void fmt_argv(char *out, size_t sz, int argc, const char *const *argv) {
    size_t o = 0;
    int i;
    out[0] = 0;
    for (i = 0; i < argc && o + 2 < sz; i++)
        o += (size_t)snprintf(out + o, sz - o, "%s%s", i ? " " : "", argv[i][0] ? argv[i] : "\"\"");
}

static int total_cases, agree_cases, keyed_cases;
static char covered[AR_CMDTAB_COUNT];  /* the server found keys in some argv */

/* 1 if the library agrees with COMMAND GETKEYS on argv */
static int compare_case(int argc, const char **argv, const size_t *lens) {
    const char *v[MAXARGS + 2];
    size_t vl[MAXARGS + 2];
    int pos[MAXARGS];
    unsigned kf[MAXARGS];
    int i, n, nk = 0, ok = 1;
    char buf[1024], got[512];
    ar_reply *r;
    const ar_cmdtab_cmd *cmd = ar_cmdtab_lookup_argv(argc, argv, lens);

    v[0] = "COMMAND"; vl[0] = 7;
    v[1] = "GETKEYS"; vl[1] = 7;
    for (i = 0; i < argc; i++) { v[i + 2] = argv[i]; vl[i + 2] = lens[i]; }
    /* COMMAND GETKEYS needs the command plus an argument: a command alone
       has no keys to find */
    r = argc > 1 ? ar_command_argv_sync(cli, 5000, argc + 2, v, vl) : NULL;
    n = ar_cmdtab_getkeys(cmd, argc, argv, lens, pos, kf, MAXARGS);
    got[0] = 0;
    if (n >= 0) {
        size_t o = 0;
        for (i = 0; i < n; i++) {
            if (kf[i] & AR_CMDTAB_KS_NOT_KEY) continue;  /* GETKEYS leaves shard channels out */
            pos[nk++] = pos[i];
            o += (size_t)snprintf(got + o, sizeof got - o, "%s%s", o ? "," : "", argv[pos[i]]);
        }
    } else {
        snprintf(got, sizeof got, "<%s>", ar_cmdtab_strerror(n));
    }
    if (!r) {
        ok = n == 0;
    } else if (r->type == AR_REPLY_ARRAY) {
        if (r->elements > 0) {
            keyed_cases++;
            if (cmd) covered[ar_cmdtab_index(cmd)] = 1;
        }
        if (n < 0 || (size_t)nk != r->elements) ok = 0;
        for (i = 0; ok && i < nk; i++)
            if (r->element[i].len != lens[pos[i]] ||
                memcmp(r->element[i].str, argv[pos[i]], lens[pos[i]]) != 0) ok = 0;
    } else if (r->type == AR_REPLY_ERROR && strstr(r->str, "no key arguments")) {
        ok = (n >= 0 && nk == 0) || n == AR_CMDTAB_EUNDETERMINED;
    } else if (r->type == AR_REPLY_ERROR && strstr(r->str, "Invalid arguments")) {
        ok = n == AR_CMDTAB_EINVALID;   /* the server would reject the command too */
    } else {
        ok = 0;
    }
    if (!ok) {
        size_t o = 0;
        fmt_argv(buf, sizeof buf, argc, argv);
        th_diag("GETKEYS differs: %s", buf);
        if (!r) {
            th_diag("  library: %s", got);
        } else if (r->type == AR_REPLY_ARRAY) {
            char sv[512];
            sv[0] = 0;
            for (i = 0; i < (int)r->elements; i++)
                o += (size_t)snprintf(sv + o, sizeof sv - o, "%s%s", i ? "," : "", r->element[i].str);
            th_diag("  server: [%s]  library: %s", sv, got);
        } else {
            th_diag("  server: %s  library: %s", r->str ? r->str : "?", got);
        }
    }
    if (r) ar_reply_free(r);
    total_cases++;
    agree_cases += ok;
    return ok;
}

static void test_getkeys(const char *path) {
    FILE *f = fopen(path, "r");
    char line[2048], cur[128] = "", prevname[128] = "";
    int cmd_cases = 0, cmd_ok = 1, ncmds = 0, have = 0;
    if (!f) {
        th_ok(0, "open %s", path);
        return;
    }
    for (;;) {
        const char *argv[MAXARGS];
        size_t lens[MAXARGS];
        int argc;
        char *got = fgets(line, sizeof line, f);
        if (got) {
            size_t l = strlen(line);
            while (l && (line[l - 1] == '\n' || line[l - 1] == '\r')) line[--l] = 0;
            if (!l || line[0] == '#') continue;
        }
        if (got) {
            argc = split(line, argv, lens);
            /* group results per command (its first one or two words) */
            {
                const ar_cmdtab_cmd *c = ar_cmdtab_lookup_argv(argc, argv, lens);
                snprintf(cur, sizeof cur, "%s", c ? c->fullname : argv[0]);
            }
        } else {
            cur[0] = 0;
            argc = 0;
        }
        if (have && strcmp(cur, prevname) != 0) {
            th_ok(cmd_ok, "GETKEYS agrees on %s (%d argvs)", prevname, cmd_cases);
            ncmds++;
            cmd_cases = 0;
            cmd_ok = 1;
            have = 0;
        }
        if (!got) break;
        snprintf(prevname, sizeof prevname, "%s", cur);
        have = 1;
        cmd_cases++;
        if (!compare_case(argc, argv, lens)) cmd_ok = 0;
    }
    fclose(f);
    th_ok(agree_cases == total_cases && total_cases > 500,
          "COMMAND GETKEYS agreement: %d / %d argvs over %d commands", agree_cases, total_cases, ncmds);
    printf("# GETKEYS agreement: %d / %d (%d with keys)\n", agree_cases, total_cases, keyed_cases);
    {
        int i, missing = 0, haskeys = 0;
        for (i = 0; i < ar_cmdtab_count(); i++) {
            const ar_cmdtab_cmd *c = ar_cmdtab_at(i);
            int real = 0, s, nspec;
            const ar_cmdtab_keyspec *ks = ar_cmdtab_keyspecs(c, &nspec);
            for (s = 0; s < nspec; s++) if (!(ks[s].flags & AR_CMDTAB_KS_NOT_KEY)) real = 1;
            if (c->keys_how == AR_CMDTAB_KEYS_MIGRATE) real = 1;
            if (!real) continue;
            haskeys++;
            if (!covered[i]) { missing++; th_diag("no argv with keys for %s", c->fullname); }
        }
        th_ok(missing == 0, "every command with keys (%d) had an argv where the server found keys", haskeys);
    }
}

/* ------------------------------------------------------------ edge cases */

static void test_edges(void) {
    int pos[8];
    unsigned kf[8];
    const ar_cmdtab_cmd *c;
    {
        const char *v[] = { "MGET", "a", "b", "c" };
        c = ar_cmdtab_lookup_argv(4, v, NULL);
        th_is_int(ar_cmdtab_getkeys(c, 4, v, NULL, pos, kf, 2), AR_CMDTAB_ECAPACITY, "capacity too small");
        th_is_int(ar_cmdtab_getkeys(c, 4, v, NULL, pos, NULL, 3), 3, "capacity exact; kflags may be NULL");
    }
    {
        const char *v[] = { "FOO.BAR", "a" };
        th_is_int(ar_cmdtab_getkeys(ar_cmdtab_lookup_argv(2, v, NULL), 2, v, NULL, pos, kf, 8),
                  AR_CMDTAB_EUNKNOWN, "unknown command: EUNKNOWN");
    }
    {
        const char *v[] = { "GET" };
        th_is_int(ar_cmdtab_getkeys(ar_cmdtab_lookup("get", 3), 1, v, NULL, pos, kf, 8),
                  AR_CMDTAB_EINVALID, "wrong arity: EINVALID");
    }
    {
        const char *v[] = { "EVAL", "s", "x", "k" };
        const char *w[] = { "EVAL", "s", "3", "k" };
        const char *z[] = { "EVAL", "s", "-1", "k" };
        c = ar_cmdtab_lookup("eval", 4);
        th_is_int(ar_cmdtab_getkeys(c, 4, v, NULL, pos, kf, 8), AR_CMDTAB_EINVALID, "EVAL numkeys not a number");
        th_is_int(ar_cmdtab_getkeys(c, 4, w, NULL, pos, kf, 8), AR_CMDTAB_EINVALID, "EVAL numkeys too large");
        th_is_int(ar_cmdtab_getkeys(c, 4, z, NULL, pos, kf, 8), AR_CMDTAB_EINVALID, "EVAL numkeys negative");
    }
    {
        const char *v[] = { "ZUNION", "0", "k" };
        th_is_int(ar_cmdtab_getkeys(ar_cmdtab_lookup("zunion", 6), 3, v, NULL, pos, kf, 8),
                  AR_CMDTAB_EINVALID, "ZUNION numkeys 0 (keys mandatory)");
    }
    {
        const char *v[] = { "DEBUG", "OBJECT", "k" };
        th_is_int(ar_cmdtab_getkeys(ar_cmdtab_lookup("debug", 5), 3, v, NULL, pos, kf, 8),
                  AR_CMDTAB_EUNDETERMINED, "DEBUG: keys cannot be determined");
    }
    {
        const char *v[] = { "SET", "k", "v" };
        int n = ar_cmdtab_getkeys(ar_cmdtab_lookup("set", 3), 3, v, NULL, pos, kf, 8);
        th_ok(n == 1 && pos[0] == 1 && (kf[0] & AR_CMDTAB_KS_RW) && (kf[0] & AR_CMDTAB_KS_UPDATE),
              "SET key flags RW|UPDATE");
    }
    {
        const char *v[] = { "SPUBLISH", "ch", "m" };
        int n = ar_cmdtab_getkeys(ar_cmdtab_lookup("spublish", 8), 3, v, NULL, pos, kf, 8);
        th_ok(n == 1 && pos[0] == 1 && (kf[0] & AR_CMDTAB_KS_NOT_KEY), "SPUBLISH channel flagged NOT_KEY");
    }
    {
        const char *v[] = { "GET", "a\0b" };
        size_t l[] = { 3, 3 };
        int n = ar_cmdtab_getkeys(ar_cmdtab_lookup("get", 3), 2, v, l, pos, kf, 8);
        th_ok(n == 1 && pos[0] == 1, "binary key with argvlen");
    }
    {
        int n;
        const ar_cmdtab_keyspec *ks = ar_cmdtab_keyspecs(ar_cmdtab_lookup("xread", 5), &n);
        th_ok(n == 1 && ks[0].bs_type == AR_CMDTAB_BS_KEYWORD && strcmp(ks[0].bs_keyword, "STREAMS") == 0 &&
              ks[0].fk_type == AR_CMDTAB_FK_RANGE && ks[0].fk_limit == 2,
              "XREAD key spec data: keyword STREAMS, range limit 2");
    }
}

/* ------------------------------------------------- SORT ... STORE, run */

/* When STORE's argument is spelled like an option (BY, GET, LIMIT, STORE),
   the server's sortGetKeys reads it as that option, so COMMAND GETKEYS
   names a key SORT never writes (SORT k STORE limit STORE d: GETKEYS says
   limit, SORT writes d). The library follows SORT: these argvs are run and
   the key SORT wrote must be the one the library reports (with a plain
   repeated STORE, where GETKEYS agrees, as a check of the check). */
static void test_sort_store_run(void) {
    static const char *const cases[][7] = {
        { "SORT", "sl", "STORE", "limit", "STORE", "d1", NULL },
        { "SORT", "sl", "STORE", "get", "STORE", "d2", NULL },
        { "sort", "sl", "store", "by", "Store", "d3", NULL },
        { "SORT", "sl", "STORE", "store", "ASC", NULL, NULL },
        { "SORT", "sl", "STORE", "d4", "STORE", "d5", NULL },
    };
    static const char *const written[] = { "d1", "d2", "d3", "store", "d5" };
    static const char *const others[] = { "limit", "get", "by", "ASC", "d4" };
    size_t i;
    ar_reply *r;
    const char *push[] = { "RPUSH", "sl", "3", "1", "2" };
    r = run(5, push);
    th_ok(r && r->type == AR_REPLY_INTEGER, "SORT STORE run: list created");
    ar_reply_free(r);
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        int argc = 0, pos[8], n;
        char what[200];
        const char *ex[3];
        ar_reply *e1, *e2;
        while (argc < 7 && cases[i][argc]) argc++;
        fmt_argv(what, sizeof what, argc, cases[i]);
        r = run(argc, cases[i]);
        ex[0] = "EXISTS"; ex[1] = written[i];
        e1 = run(2, ex);
        ex[1] = others[i];
        e2 = run(2, ex);
        n = ar_cmdtab_getkeys(ar_cmdtab_lookup_argv(argc, cases[i], NULL), argc, cases[i], NULL, pos, NULL, 8);
        th_ok(r && r->type == AR_REPLY_INTEGER && r->integer == 3 && e1->integer == 1 && e2->integer == 0,
              "%s: the server wrote %s only", what, written[i]);
        th_ok(n == 2 && pos[0] == 1 && strcmp(cases[i][pos[1]], written[i]) == 0,
              "%s: library keys sl,%s (got %d keys, last %s)", what, written[i], n,
              n > 0 ? cases[i][pos[n - 1]] : "-");
        ar_reply_free(r);
        ar_reply_free(e1);
        ar_reply_free(e2);
        ex[0] = "DEL"; ex[1] = written[i];
        ar_reply_free(run(2, ex));
    }
}

/* ------------------------------------------------------ blocking timeouts */

static int btimeout(int argc, const char *const *argv, long long *ms) {
    *ms = -7;
    return ar_cmdtab_block_timeout(ar_cmdtab_lookup_argv(argc, argv, NULL), argc, argv, NULL, ms);
}

#define BT(argvv) btimeout((int)(sizeof(argvv) / sizeof(argvv[0])), argvv, &ms)

static void test_block_timeout(void) {
    long long ms;
    static const char *a1[] = { "BLPOP", "a", "b", "1.5" };
    static const char *a2[] = { "blmpop", "0", "2", "a", "b", "LEFT" };
    static const char *a3[] = { "BLMOVE", "a", "b", "LEFT", "RIGHT", "0.25" };
    static const char *a4[] = { "XREAD", "COUNT", "1", "BLOCK", "200", "STREAMS", "s", "0" };
    static const char *a5[] = { "XREAD", "STREAMS", "BLOCK", "0" };
    static const char *a6[] = { "XREADGROUP", "GROUP", "BLOCK", "c", "NOACK", "BLOCK", "5", "STREAMS", "s", ">" };
    static const char *a7[] = { "WAIT", "1", "100" };
    static const char *a8[] = { "GET", "k" };
    static const char *a9[] = { "BLPOP", "k", "-1" };
    static const char *a10[] = { "BZPOPMIN", "k", "x" };
    static const char *a11[] = { "BRPOPLPUSH", "a", "b", "3" };
    th_ok(BT(a1) == 1 && ms == 1500, "block timeout: BLPOP last argument, seconds -> 1500 ms");
    th_ok(BT(a2) == 1 && ms == 0, "block timeout: BLMPOP first argument, 0 = forever");
    th_ok(BT(a3) == 1 && ms == 250, "block timeout: BLMOVE argv[5]");
    th_ok(BT(a4) == 1 && ms == 200, "block timeout: XREAD BLOCK 200");
    th_ok(BT(a5) == 0, "block timeout: XREAD without BLOCK (a stream named BLOCK) does not block");
    th_ok(BT(a6) == 1 && ms == 5, "block timeout: XREADGROUP skips GROUP's two arguments");
    th_ok(BT(a7) == 1 && ms == 100, "block timeout: WAIT milliseconds");
    th_ok(BT(a8) == 0, "block timeout: GET does not block");
    th_ok(BT(a9) == AR_CMDTAB_EINVALID && BT(a10) == AR_CMDTAB_EINVALID, "block timeout: negative / non-numeric refused");
    th_ok(BT(a11) == 1 && ms == 3000, "block timeout: BRPOPLPUSH");
    {
        int i, bad = 0;
        for (i = 0; i < ar_cmdtab_count(); i++) {
            const ar_cmdtab_cmd *c = ar_cmdtab_at(i);
            if ((c->flags & AR_CMDTAB_F_BLOCKING) && c->block_kind == AR_CMDTAB_BLOCK_NONE) {
                bad++;
                th_diag("%s is blocking but has no timeout rule", c->fullname);
            }
        }
        th_ok(bad == 0, "every blocking command has a timeout rule");
    }
}

/* The timeout as the server reads it, judged by the server: each timeout
   string in each blocking command, on keys that hold data (the server
   checks the timeout first, then answers at once: an error when it refuses
   the timeout, data otherwise), must get the same verdict from
   ar_cmdtab_block_timeout (1 vs AR_CMDTAB_EINVALID), and the milliseconds
   the server's arithmetic gives (seconds: times 1000 rounded up). These are
   the points where the table's old reader and the core's disagreed with
   each other or with the server: exponents, hex floats, rounding
   (0.0001 s is 1 ms, not forever), signs, spaces, NaN/inf, strict integers
   for milliseconds, the last BLOCK of XREAD. */
typedef struct bt_case { const char *t; long long ms; } bt_case; /* ms < 0: the server refuses it */

static int bt_server_accepts(int argc, const char **argv) {
    ar_reply *r = run(argc, argv);
    int ok = r && !r->err && r->type != AR_REPLY_ERROR;
    ar_reply_free(r);
    return ok;
}

static void setup_bt_keys(void) {
    static const char *c1[] = { "RPUSH", "bt:l", "a", "b" };
    static const char *c2[] = { "ZADD", "bt:z", "1", "m", "2", "n" };
    ar_reply_free(run(4, c1));
    ar_reply_free(run(6, c2));
}

/* each timeout of cases in each form (rows of up to W strings, "@" for the
   timeout, a row starting with NULL at the end): one ok line */
#define bt_judge(forms, cases, ncases, what) \
    bt_judge_((const char *const *)(forms), (int)(sizeof(forms)[0] / sizeof(forms)[0][0]), cases, ncases, what)
static void bt_judge_(const char *const *forms, int width, const bt_case *cases, size_t ncases, const char *what) {
    size_t i;
    int bad = 0, n = 0;
    for (i = 0; i < ncases; i++) {
        const char *const *form;
        for (form = forms; form[0]; form += width) {
            const char *v[16];
            long long ms = -7;
            int ac, rc, srv;
            for (ac = 0; ac < width && form[ac]; ac++) v[ac] = strcmp(form[ac], "@") ? form[ac] : cases[i].t;
            setup_bt_keys();
            rc = btimeout(ac, v, &ms);
            srv = bt_server_accepts(ac, v);
            n++;
            if (srv != (cases[i].ms >= 0) || rc != (srv ? 1 : AR_CMDTAB_EINVALID) || (srv && ms != cases[i].ms)) {
                bad++;
                th_diag("%s timeout \"%s\": server %s, table rc %d ms %lld, expected ms %lld", v[0], cases[i].t,
                        srv ? "accepts" : "refuses", rc, ms, cases[i].ms);
            }
        }
    }
    th_ok(bad == 0, "%s (%d command lines)", what, n);
}

static void test_block_timeout_server(void) {
    static const bt_case secs[] = {
        {"1.5", 1500}, {"1e1", 10000}, {"+2", 2000}, {"0x1p3", 8000}, {"0.0001", 1},
        {"-0.0001", 0}, {"0", 0}, {"-0", 0}, {".5", 500}, {"1.", 1000}, {"1e-400", 1},
        {"2.0001", 2001}, {"1000000000", 1000000000000LL},
        {"-1", -1}, {"-1.5", -1}, {"x", -1}, {"", -1}, {" 1", -1}, {"1 ", -1}, {"nan", -1},
        {"inf", -1}, {"-inf", -1}, {"1e400", -1}, {"1e16", -1}, {"0x", -1}, {"1..", -1},
    };
    static const bt_case msecs[] = {
        {"100", 100}, {"0", 0}, {"1000000000000000000", 1000000000000000000LL},
        {"1e3", -1}, {"+5", -1}, {"01", -1}, {"-0", -1}, {"-5", -1}, {"1.5", -1}, {"", -1},
        {" 5", -1}, {"5 ", -1}, {"9223372036854775808", -1}, {"99999999999999999999", -1},
        /* (LLONG_MAX itself: 7.0 takes it, later servers refuse it: it
           overflows their clock; left out) */
    };
    static const char *mk[] = { "XADD", "bt:s", "1-1", "f", "v" };
    static const char *grp[] = { "XGROUP", "CREATE", "bt:s", "g", "0" };
    /* "@" is where the timeout goes; NULL ends a form */
    static const char *const sec_forms[][8] = {
        { "BLPOP", "bt:l", "@" }, { "BLMPOP", "@", "1", "bt:l", "LEFT" }, { "BZPOPMIN", "bt:z", "@" },
        { "BZMPOP", "@", "1", "bt:z", "MIN" }, { "BRPOPLPUSH", "bt:l", "bt:l", "@" },
        { "BLMOVE", "bt:l", "bt:l", "LEFT", "RIGHT", "@" }, { NULL },
    };
    static const char *const ms_forms[][10] = {
        { "WAIT", "0", "@" }, { "XREAD", "COUNT", "1", "BLOCK", "@", "STREAMS", "bt:s", "0" },
        { "XREADGROUP", "GROUP", "g", "c", "BLOCK", "@", "STREAMS", "bt:s", "0" }, { NULL },
    };
    ar_reply_free(run(5, mk));
    ar_reply_free(run(5, grp));
    bt_judge(sec_forms, secs, sizeof secs / sizeof secs[0],
             "seconds timeouts (BLPOP, BLMPOP, BZPOPMIN, BZMPOP, BRPOPLPUSH, BLMOVE): the server's verdict and the table's agree, and the ms");
    bt_judge(ms_forms, msecs, sizeof msecs / sizeof msecs[0],
             "millisecond timeouts (WAIT, XREAD/XREADGROUP BLOCK): the server's verdict and the table's agree, and the ms");
    {   /* XREAD: every BLOCK is checked, the last one counts */
        static const char *x1[] = { "XREAD", "BLOCK", "5", "BLOCK", "70", "STREAMS", "bt:s", "0" };
        static const char *x2[] = { "XREAD", "BLOCK", "x", "BLOCK", "70", "STREAMS", "bt:s", "0" };
        static const char *x3[] = { "XREAD", "BLOCK", "5", "BLOCK", "-1", "STREAMS", "bt:s", "0" };
        long long ms = -7;
        int r1 = BT(x1), m1 = (int)ms;
        th_ok(r1 == 1 && m1 == 70 && bt_server_accepts(8, x1), "XREAD BLOCK 5 BLOCK 70: the last BLOCK (70 ms)");
        th_ok(BT(x2) == AR_CMDTAB_EINVALID && !bt_server_accepts(8, x2) && BT(x3) == AR_CMDTAB_EINVALID &&
              !bt_server_accepts(8, x3), "XREAD with a bad BLOCK among two: refused, as the server does");
    }
    {   /* 0.0001 s is a 1 ms wait, not forever: on an empty list the server
           answers nil (a wait forever would end at the 5 s sync timeout) */
        static const char *b[] = { "BLPOP", "bt:empty", "0.0001" };
        long long ms = -7;
        ar_reply *r = run(3, b);
        th_ok(r && r->type == AR_REPLY_NIL && BT(b) == 1 && ms == 1,
              "BLPOP 0.0001 on an empty list: the server answers nil (a 1 ms wait), the table says 1 ms");
        ar_reply_free(r);
    }
    {   /* the core's reader directly (this file is the implementation):
           WAITAOF, which the 7.0 table does not know, and what the client's
           deadlines make of a wait beyond 2^50 ms (forever) */
        static const char *w1[] = { "WAITAOF", "0", "0", "250" };
        static const char *w2[] = { "waitaof", "1", "0", "1e3" };
        static const char *b1[] = { "BLPOP", "k", "1e15" };
        static const char *b2[] = { "BLPOP", "k", "1e12" };
        long long ms = -7;
        ar__args aa;
        memset(&aa, 0, sizeof aa);
        aa.argc = 4; aa.argv = w1;
        th_ok(ar__block_timeout(&aa) == 250 && ar__block_ms(&aa) == 250, "core: WAITAOF's timeout (argv[3], ms)");
        aa.argv = w2;
        th_ok(ar__block_timeout(&aa) == -2 && ar__block_ms(&aa) < 0, "core: WAITAOF 1e3 refused (milliseconds are integers)");
        th_ok(ar_cmdtab_lookup("waitaof", 7) != NULL || BT(w1) == AR_CMDTAB_EUNKNOWN,
              "the table without WAITAOF says unknown (regenerated from a newer server it knows it: test_gen_commands.py)");
        aa.argc = 3; aa.argv = b1;
        th_ok(ar__block_timeout(&aa) == 1000000000000000000LL && ar__block_ms(&aa) == 0,
              "core: a 1e15 s wait is read exactly, and is forever for the deadline (no overflow)");
        aa.argv = b2;
        th_ok(ar__block_ms(&aa) == 1000000000000000LL, "core: a 1e12 s wait keeps its deadline");
    }
    {   /* every command the table says blocks is one the core reads */
        int i2, bad2 = 0;
        for (i2 = 0; i2 < ar_cmdtab_count(); i2++) {
            const ar_cmdtab_cmd *c = ar_cmdtab_at(i2);
            const char *v[12];
            char nm[64];
            int k, ac = 0;
            long long ms;
            if (c->block_kind == AR_CMDTAB_BLOCK_NONE) continue;
            snprintf(nm, sizeof nm, "%s", c->fullname);
            v[ac++] = nm;
            /* a command line of the arity with "7" everywhere: the timeout
               position (from the docs) holds 7; XREAD/XREADGROUP get BLOCK 7 */
            if (c->block_kind == AR_CMDTAB_BLOCK_OPTION_MS) {
                if (c->parent < 0 && strcmp(nm, "xreadgroup") == 0) { v[ac++] = "GROUP"; v[ac++] = "g"; v[ac++] = "c"; }
                v[ac++] = "BLOCK"; v[ac++] = "7"; v[ac++] = "STREAMS"; v[ac++] = "s"; v[ac++] = "0";
            } else {
                int need = c->arity < 0 ? -c->arity : c->arity;
                for (k = 1; k < need; k++) v[ac++] = "7";
            }
            ms = -7;
            k = ar_cmdtab_block_timeout(c, ac, v, NULL, &ms);
            if (k != 1 || ms != (c->block_kind == AR_CMDTAB_BLOCK_ARG_SECONDS ? 7000 : 7)) {
                bad2++;
                th_diag("%s: the table says it blocks, the core's reader gives rc %d ms %lld", c->fullname, k, ms);
            }
        }
        th_ok(bad2 == 0, "every command the table marks as blocking is one the core's reader knows");
    }
}

int main(int argc, char **argv) {
    th_server srv;
    ar_options o;
    const char *why;
    th_watchdog(300);
    if (th_server_start(&srv, NULL) != 0) th_bail("cannot start redis-server");
    memset(&o, 0, sizeof o);
    o.port = srv.port;
    cli = ar_connect_sync(&o, 5000, &why);
    if (!cli) th_bail("connect: %s", why);
    test_table();
    test_edges();
    test_block_timeout();
    test_block_timeout_server();
    test_sort_store_run();
    test_getkeys(argc > 1 ? argv[1] : "tests/key_cases.txt");
    ar_client_free(cli);
    th_server_stop(&srv);
    return th_done();
}
