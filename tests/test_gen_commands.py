#!/usr/bin/env python3
"""Tests of gen_commands.py (TAP). Python 3 standard library only.

- the committed asyncredis_commands.h and tests/key_cases.txt are what the
  generator makes from commands.json + key_overrides.json (--check);
- generation is deterministic; the header's counts match commands.json;
- --check fails, with a diff summary, on a stale header;
- the generator rewrites only the header's generated regions ("@generated
  NAME {" ... "@generated NAME }"): hand-written edits survive, a missing or
  broken marker is an error naming the region;
- key_overrides.json entries all carry a note; bad overrides are refused;
- regenerating commands.json from a live redis-server (TCP and unix socket)
  reproduces the committed file when the same server version runs, and so
  do its COMMAND INFO / DOCS replies saved by redis-cli --json (RESP2, RESP3);
- a newer server's command files (tests/commands-valkey, and any source
  trees named in ASYNCREDIS_SERVER_SRC) give a header that compiles and
  knows the commands the committed table does not (WAITAOF, ...).

Run from anywhere: python3 tests/test_gen_commands.py
"""
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import contextlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.dont_write_bytecode = True
sys.path.insert(0, ROOT)
import gen_commands as gen  # noqa: E402

n = 0
failed = 0


def ok(cond, name):
    global n, failed
    n += 1
    if not cond:
        failed += 1
    print("%s %d - %s" % ("ok" if cond else "not ok", n, name), flush=True)
    return cond


def skip(count, why):
    global n
    for _ in range(count):
        n += 1
        print("ok %d # skip %s" % (n, why), flush=True)


def run(*args):
    p = subprocess.run([sys.executable, os.path.join(ROOT, "gen_commands.py")] + list(args),
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, universal_newlines=True)
    return p.returncode, p.stdout, p.stderr


def load_model():
    with open(os.path.join(ROOT, "commands.json")) as f:
        cj = json.load(f)
    with open(os.path.join(ROOT, "key_overrides.json")) as f:
        ov = json.load(f)
    return cj, ov


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    p = s.getsockname()[1]
    s.close()
    return p


@contextlib.contextmanager
def redis_server():
    exe = os.environ.get("REDIS_SERVER") or shutil.which("redis-server")
    if not exe:
        yield None
        return
    d = tempfile.mkdtemp(prefix="gen-redis-")
    port = free_port()
    sock = os.path.join(d, "redis.sock")
    proc = subprocess.Popen([exe, "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                             "--appendonly", "no", "--daemonize", "no", "--dir", d,
                             "--unixsocket", sock],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.time() + 10
        while time.time() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.05)
        yield ("127.0.0.1:%d" % port, sock)
    finally:
        proc.terminate()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        shutil.rmtree(d, ignore_errors=True)


# A header generated for another server, compiled and asked about command
# lines: each line of the input file is one argv (space separated); the
# program prints, per line, the table entry's full name (or "-"), the key
# positions (or the negative code) and ar_cmdtab_block_timeout's rc and ms.
CHECK_C = r"""
#define ASYNCREDIS_IMPLEMENTATION
#include "asyncredis_commands.h"
#include <stdio.h>
#include <string.h>
int main(int argc, char **argv) {
    char line[512];
    FILE *f = argc > 1 ? fopen(argv[1], "r") : NULL;
    int i, bad = 0;
    if (!f) return 2;
    for (i = 0; i < ar_cmdtab_count(); i++) {   /* every entry is found by its name */
        const ar_cmdtab_cmd *c = ar_cmdtab_at(i);
        if (ar_cmdtab_lookup(c->fullname, (size_t)-1) != c) bad++;
    }
    printf("version %s count %d top %d lookups_bad %d\n", AR_CMDTAB_SERVER_VERSION, ar_cmdtab_count(),
           AR_CMDTAB_TOPLEVEL_COUNT, bad);
    while (fgets(line, sizeof line, f)) {
        const char *v[32];
        int n = 0, pos[32], k, b;
        long long ms = -7;
        char *t = strtok(line, " \n");
        const ar_cmdtab_cmd *c;
        while (t && n < 32) { v[n++] = t; t = strtok(NULL, " \n"); }
        if (!n) continue;
        c = ar_cmdtab_lookup_argv(n, v, NULL);
        k = ar_cmdtab_getkeys(c, n, v, NULL, pos, NULL, 32);
        b = ar_cmdtab_block_timeout(c, n, v, NULL, &ms);
        printf("%s keys", c ? c->fullname : "-");
        if (k < 0) printf(" %d", k);
        for (i = 0; i < k; i++) printf(" %d", pos[i]);
        printf(" block %d %lld\n", b, b == 1 ? ms : -1);
    }
    fclose(f);
    return 0;
}
"""

# (argv, expected output line)
NEWER_CASES = [
    ("WAITAOF 1 0 250", "waitaof keys block 1 250"),
    ("CLIENT NO-TOUCH ON", "client|no-touch keys block 0 -1"),
    ("CLIENT CAPA redirect", "client|capa keys block 0 -1"),
    ("CLIENT SETINFO LIB-NAME x", "client|setinfo keys block 0 -1"),
    ("CLUSTER MYSHARDID", "cluster|myshardid keys block 0 -1"),
    ("SCRIPT SHOW abc", "script|show keys block 0 -1"),
    ("HEXPIRE h 10 FIELDS 1 f", "hexpire keys 1 block 0 -1"),
    ("ZUNIONSTORE d 2 a b", "zunionstore keys 1 3 4 block 0 -1"),
    ("XREAD COUNT 1 BLOCK 10 STREAMS s1 s2 0 0", "xread keys 6 7 block 1 10"),
    ("BLMPOP 1.5 2 a b LEFT", "blmpop keys 3 4 block 1 1500"),
    ("SET k v EX 10", "set keys 1 block 0 -1"),
    ("GET k", "get keys 1 block 0 -1"),
]


def newer_server(d, src, version, label):
    """--from-dir src -> commands.json -> a header in d (not the committed
    one) -> compiled -> NEWER_CASES. Returns (data, {argv: output line}, summary line)."""
    cj = os.path.join(d, "commands.json")
    rc, out, err = run("--from-dir", src, "-o", cj, *(["--server-version", version] if version else []))
    if rc != 0:
        return None, {}, "gen_commands.py --from-dir failed: " + err.strip()[-300:]
    with open(cj) as f:
        data = json.load(f)
    have = set(data["commands"])
    for e in data["commands"].values():
        have.update(e.get("subcommands", {}))
    with open(os.path.join(ROOT, "key_overrides.json")) as f:
        ov = json.load(f)
    ov["commands"] = {k: v for k, v in ov["commands"].items() if k in have}
    ov["extra_cases"] = [c for c in ov.get("extra_cases", []) if c["argv"][0].lower() in have]
    ovp = os.path.join(d, "overrides.json")
    with open(ovp, "w") as f:
        json.dump(ov, f)
    hdr = os.path.join(d, "asyncredis_commands.h")
    rc, out, err = run("--json", cj, "--overrides", ovp, "-o", hdr, "--cases", os.path.join(d, "cases.txt"))
    if rc != 0:
        return data, {}, "generation failed: " + err.strip()[-300:]
    with open(os.path.join(d, "check.c"), "w") as f:
        f.write(CHECK_C)
    with open(os.path.join(d, "argv.txt"), "w") as f:
        f.write("".join(a + "\n" for a, _ in NEWER_CASES))
    exe = os.path.join(d, "check")
    p = subprocess.run(["cc", "-std=c99", "-Wall", "-Wextra", "-pedantic", "-Werror", "-D_DEFAULT_SOURCE",
                        "-I" + d, "-I" + ROOT, os.path.join(d, "check.c"), "-o", exe, "-pthread"],
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, universal_newlines=True)
    if p.returncode != 0:
        return data, {}, "compile failed: " + p.stdout[-400:]
    p = subprocess.run([exe, os.path.join(d, "argv.txt")], stdout=subprocess.PIPE, universal_newlines=True)
    lines = p.stdout.splitlines()
    return data, dict(zip([a for a, _ in NEWER_CASES], lines[1:])), lines[0] if lines else "no output"


def check_newer(src, version, label, expect_unknown=()):
    """ok() lines for one server's command files."""
    d = tempfile.mkdtemp(prefix="gen-newer-")
    try:
        before = open(os.path.join(ROOT, "asyncredis_commands.h")).read()
        data, got, head = newer_server(d, src, version, label)
        after = open(os.path.join(ROOT, "asyncredis_commands.h")).read()
        ok(data is not None and got and before == after,
           "%s: --from-dir -> commands.json -> a header in a temporary directory, compiled "
           "warning-free (the committed header unchanged)" % label)
        if not got:
            sys.stdout.write("# %s\n" % head)
            return None
        nsub = sum(len(e.get("subcommands", {})) for e in data["commands"].values())
        ok(head == "version %s count %d top %d lookups_bad 0" % (
            data["server_version"], len(data["commands"]) + nsub, len(data["commands"])),
           "%s: %s" % (label, head))
        have = set(data["commands"])
        for e in data["commands"].values():
            have.update(e.get("subcommands", {}))
        bad = []
        for argv, want in NEWER_CASES:
            if want.split()[0] not in have:
                want = "- keys -1 block -1 -1"   # a command this server does not have
            elif argv in expect_unknown:
                bad.append("%s: expected to be unknown to %s" % (argv, label))
            if got.get(argv) != want:
                bad.append("%s: got %r, want %r" % (argv, got.get(argv), want))
        ok(not bad, "%s: table entries, key positions and blocking timeouts of %d command lines "
           "(WAITAOF, CLIENT NO-TOUCH/CAPA/SETINFO, ...)" % (label, len(NEWER_CASES)))
        for b in bad:
            sys.stdout.write("# %s\n" % b)
        return data
    finally:
        shutil.rmtree(d, ignore_errors=True)


COMMON_PRELUDE = r"""
#include "asyncredis_commands.h"
static const long long ten = 10;
static const arcmd_set_opts ex_nx = { .ex = &ten, .nx = 1 };
static const arcmd_expire_opts nx = { .nx = 1 };
static const arcmd_zadd_opts gt_ch = { .gt = 1, .ch = 1 };
static const arcmd_xadd_opts capped = { .strategy = "MAXLEN", .approximately = 1, .threshold = "1000" };
int common_calls(ar_client *c, ar_callback *cb, void *ud, const char *key, const char *val, long long ttl,
                 const char *k1, const char *k2, const char *k3, int n, const char *const *keys,
                 const char *f1, const char *v1, const char *f2, const char *v2,
                 const char *a, const char *b, const char *d, const char *s1, const char *m1,
                 const char *s2, const char *m2, const char *f, const char *v, const char *max);
int common_calls(ar_client *c, ar_callback *cb, void *ud, const char *key, const char *val, long long ttl,
                 const char *k1, const char *k2, const char *k3, int n, const char *const *keys,
                 const char *f1, const char *v1, const char *f2, const char *v2,
                 const char *a, const char *b, const char *d, const char *s1, const char *m1,
                 const char *s2, const char *m2, const char *f, const char *v, const char *max) {
    int rc = 0;
"""


def check_common_calls():
    """the manual's table of common calls: every line compiles (C99; the
    options made once are the manual's); the lengths: main() below"""
    src = [COMMON_PRELUDE]
    for name, f, w, so in gen.COMMON_CALLS:
        for code in (f, w, so):
            if code:
                src.append("    rc |= %s;\n" % code)
    src.append("    return rc;\n}\n")
    d = tempfile.mkdtemp(prefix="ar-common.")
    try:
        with open(os.path.join(d, "common.c"), "w") as fh:
            fh.write("".join(src))
        p = subprocess.run(["cc", "-std=c99", "-Wall", "-Wextra", "-pedantic", "-Werror", "-fsyntax-only",
                            "-I" + ROOT, os.path.join(d, "common.c")],
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, universal_newlines=True)
    finally:
        shutil.rmtree(d, ignore_errors=True)
    ok(p.returncode == 0, "manual's common calls: every format-string and wrapper line compiles (C99 -Wall -Wextra "
       "-pedantic -Werror)%s" % ("" if p.returncode == 0 else ": " + p.stdout[-400:].replace("\n", " | ")))
    with open(os.path.join(ROOT, "asyncredis_commands.h")) as fh:
        hdr = fh.read()
    ok(all(line in hdr for line in COMMON_PRELUDE.splitlines()[2:6]),
       "manual's common calls: the options made once in the test are the manual's")


def main():
    cj, ov = load_model()

    rc, out, err = run("--check")
    ok(rc == 0, "committed asyncredis_commands.h and tests/key_cases.txt are up to date (--check)")
    if rc != 0:
        sys.stdout.write("".join("# " + l + "\n" for l in err.splitlines()[:30]))

    m = gen.Model(cj, ov)
    h1 = gen.gen_header(m)
    h2 = gen.gen_header(gen.Model(json.loads(json.dumps(cj)), ov))
    ok(h1 == h2, "header generation is deterministic")
    ok(gen.gen_cases(m) == gen.gen_cases(gen.Model(cj, ov)), "cases generation is deterministic")

    nsub = sum(len(c.get("subcommands", {})) for c in cj["commands"].values())
    ok("#define AR_CMDTAB_TOPLEVEL_COUNT %d " % len(cj["commands"]) in h1 and
       len(cj["commands"]) == cj["command_count"],
       "header top-level count = commands.json (%d)" % len(cj["commands"]))
    ok("#define AR_CMDTAB_SUBCOMMAND_COUNT %d\n" % nsub in h1,
       "header subcommand count = commands.json (%d)" % nsub)
    import re
    regions = dict((nm, t) for nm, t in gen.split_regions(h1, "h") if nm)
    decls = re.findall(r"^AR_API int (arcmd_[a-z0-9_]+)\([^;{]*\);$", regions["wrapper declarations"], re.M)
    defs = re.findall(r"^AR_API int (arcmd_[a-z0-9_]+)\([^;{]*\)\n\{", regions["wrapper definitions"], re.M)
    structs = re.findall(r"^typedef struct (arcmd_[a-z0-9_]+)_opts \{\s+const ar_cmd_opts \*call;",
                         regions["wrapper declarations"], re.M)
    ok(decls == defs and "\n{\n" not in regions["wrapper declarations"] and
       regions["wrapper definitions"].count("\n{\n") == len(defs),
       "wrapper prototypes (header part) and definitions (implementation part) match, one for one")
    hdr, impl = h1.split("#endif /* ASYNCREDIS_COMMANDS_H */", 1)
    ok(hdr.count("@generated wrapper declarations {") == 1 and hdr.count("@generated constants {") == 1 and
       impl.count("@generated tables {") == 1 and impl.count("@generated wrapper definitions {") == 1 and
       impl.lstrip().startswith("/* >>implementation") and
       "#if defined(ASYNCREDIS_IMPLEMENTATION) && !defined(ASYNCREDIS_COMMANDS_IMPLEMENTED)" in impl,
       "declarations in the header part, tables and definitions in the implementation part")
    leaves = set(gen.wrapper_name(e) for e in m.entries if not e.get("subcommands"))
    ok(set(decls) == leaves and len(decls) == len(leaves) and sorted(defs) == sorted(decls) and
       sorted(structs) == sorted(decls),
       "one wrapper per command/subcommand (%d): one options struct (call first), one "
       "declaration, one definition each; no _b twins" % len(leaves))
    check_common_calls()
    # the manual's side-by-side table: the counts are the lengths of the calls
    # shown, and without options the wrapper is never the longer
    man = h1[h1.index("   Common commands, wrapper next"):h1.index("   Without options the wrapper")]
    rows, cur, last = [], None, None
    for line in man.splitlines():
        mm = re.match(r"^   (\S.{0,13}?)?\s+([fws]) +(\d+|--)  (.*)$", line)
        if mm:
            if mm.group(1):
                cur = {"name": mm.group(1).strip()}
                rows.append(cur)
            last = cur[mm.group(2)] = [mm.group(3), mm.group(4)]
        elif line.startswith(" " * 26) and last:
            last[1] += " " + line.strip()
    good = len(rows) == len(gen.COMMON_CALLS)
    for r in rows:
        for k in "fws":
            if k in r and r[k][0] != "--" and int(r[k][0]) != len(r[k][1]):
                good = False
                print("# %s %s: %s counted, %d long" % (r["name"], k, r[k][0], len(r[k][1])))
        if r["f"][0] != "--" and "opts" not in r["w"][1] and int(r["w"][0]) > int(r["f"][0]):
            good = False
            print("# %s: the wrapper without options is longer" % r["name"])
        if "s" in r and int(r["s"][0]) > int(r["f"][0]):
            good = False
    ok(good, "the manual's side-by-side table: %d rows, counts exact, the wrapper not longer "
       "without options or with options made once" % len(rows))

    # --check on a stale copy
    d = tempfile.mkdtemp(prefix="gen-test-")
    try:
        stale = os.path.join(d, "h.h")
        with open(stale, "w") as f:
            f.write(h1.replace("AR_API int arcmd_get(", "AR_API int arcmd_got(", 1))
        rc, out, err = run("--check", "-o", stale, "--cases", "", "--wrapper-cases", "")
        ok(rc == 1 and "differs" in err and "make commands" in err,
           "--check exits 1 with a diff summary on a stale header")
        rc, out, err = run("-o", stale, "--cases", "", "--wrapper-cases", "")
        rc2, _, _ = run("--check", "-o", stale, "--cases", "", "--wrapper-cases", "")
        ok(rc == 0 and rc2 == 0, "regenerating fixes it")
        # the hand-written parts are the file's own: an edit outside the
        # regions survives regeneration and --check does not mind it
        with open(stale) as f:
            cur = f.read()
        mark = "/* >>table-api"
        edited = cur.replace(mark, "/* a reader's note */\n" + mark, 1)
        with open(stale, "w") as f:
            f.write(edited.replace("AR_API int arcmd_get(", "AR_API int arcmd_got(", 1))
        rc, out, err = run("-o", stale, "--cases", "")
        with open(stale) as f:
            after = f.read()
        ok(rc == 0 and after == edited and mark in cur,
           "regenerating rewrites the generated regions only (a hand-written edit stays)")
        rc, out, err = run("--check", "-o", stale, "--cases", "")
        ok(rc == 0, "--check compares the generated regions only")
        parts = gen.split_regions(h1, "h")
        names = [nm for nm, _ in parts if nm]
        ok(names == list(gen.REGIONS) and "".join(t for _, t in parts) == h1,
           "the header's generated regions, in order: %s" % ", ".join(names))
        hand = "".join(t for nm, t in parts if not nm)
        ok(not re.search(r"^static const [\w ]+ ar_cmdtab__\w+\[", hand, re.M) and
           "#define AR_CMDTAB_COUNT" not in hand and "@@" not in hand and
           "@@" not in open(os.path.join(ROOT, "gen_commands.py")).read(),
           "no generated data outside the regions, no @@ placeholders left")
        # a missing or broken marker is an error that names the region
        for what, edit in (("a missing end marker", lambda t: t.replace("/* @generated tables } */\n", "", 1)),
                           ("a missing region", lambda t: t.replace("/* @generated constants { */\n", "", 1)
                            .replace("/* @generated constants } */\n", "", 1)),
                           ("a misnamed end marker", lambda t: t.replace("@generated tables }", "@generated table }", 1))):
            with open(stale, "w") as f:
                f.write(edit(h1))
            rc, out, err = run("--check", "-o", stale, "--cases", "")
            rc2, out2, err2 = run("-o", stale, "--cases", "")
            ok(rc == 1 and rc2 == 1 and "@generated" not in out and
               ("tables" in err or "constants" in err) and "Traceback" not in err + err2,
               "%s: --check and generation fail and say which (%s)" % (what, err.strip().splitlines()[-1][:90]))
        # no file yet: the committed header is the template
        fresh = os.path.join(d, "new", "asyncredis_commands.h")
        os.makedirs(os.path.dirname(fresh))
        rc, out, err = run("-o", fresh, "--cases", "")
        ok(rc == 0 and open(fresh).read() == h1, "a header written where none exists takes the committed one as its template")
    finally:
        shutil.rmtree(d, ignore_errors=True)

    # overrides: notes and validation
    ok(all(v.get("note") for v in ov["commands"].values()), "every key override has a note")
    bad = json.loads(json.dumps(ov))
    bad["commands"]["keys"]["note"] = ""
    try:
        gen.Model(cj, bad)
        ok(False, "an override without a note is refused")
    except SystemExit:
        ok(True, "an override without a note is refused")
    bad = json.loads(json.dumps(ov))
    del bad["commands"]["sort"]
    try:
        gen.Model(cj, bad)
        ok(False, "SORT without its override is refused (unknown key specs)")
    except SystemExit as e:
        ok("sort" in str(e), "SORT without its override is refused (unknown key specs)")
    for what, edit in (("with nargs 2", lambda t: t[-1].update(nargs=2)),
                       ("twice in a table", lambda t: t[1].update(last=True))):
        bad = json.loads(json.dumps(ov))
        edit(bad["commands"]["sort"]["options"]["table"])
        try:
            gen.Model(cj, bad)
            ok(False, "an option marked 'last' %s is refused" % what)
        except SystemExit as e:
            ok("last" in str(e), "an option marked 'last' %s is refused" % what)
    bad = json.loads(json.dumps(ov))
    bad["commands"]["nosuchcmd"] = {"note": "x"}
    try:
        gen.Model(cj, bad)
        ok(False, "an override for an unknown command is refused")
    except SystemExit:
        ok(True, "an override for an unknown command is refused")

    # a newer server's command files (valkey 8.1-dev, tests/commands-valkey)
    check_newer(os.path.join(ROOT, "tests", "commands-valkey"), "valkey-8.1-dev", "valkey files",
                expect_unknown=("HEXPIRE h 10 FIELDS 1 f",))
    # more: ASYNCREDIS_SERVER_SRC=dir[:dir...] (redis or valkey source trees,
    # or their src/commands): each regenerated and checked the same way; a
    # 7.0.15 tree must reproduce the committed commands.json
    for src in [x for x in os.environ.get("ASYNCREDIS_SERVER_SRC", "").split(":") if x]:
        cdir = os.path.join(src, "src", "commands") if os.path.isdir(os.path.join(src, "src", "commands")) else src
        data = check_newer(cdir, None, "%s" % src)
        if data and data["server_version"] == cj["server_version"]:
            a, b = dict(data), dict(cj)
            a.pop("_comment"), b.pop("_comment")
            ok(a == b, "%s: the same data as the committed commands.json (from a live %s)" % (src, cj["server_version"]))

    # live server
    with redis_server() as srv:
        if not srv:
            skip(5, "no redis-server")
        else:
            tcp, unix = srv
            data = gen.fetch_from_server(tcp)
            text = gen.dump_json(data)
            with open(os.path.join(ROOT, "commands.json")) as f:
                committed = f.read()
            same = data["server_version"] == cj["server_version"]
            ok(data["command_count"] == len(data["commands"]),
               "live server: COMMAND COUNT = commands fetched (%d)" % data["command_count"])
            if same:
                ok(text == committed,
                   "regenerating from redis-server %s reproduces commands.json" % data["server_version"])
                if text != committed:
                    sys.stdout.write("# " + gen._diff_summary("commands.json", committed, text)
                                     .replace("\n", "\n# ") + "\n")
            else:
                skip(1, "server %s, commands.json from %s" % (data["server_version"],
                                                            cj["server_version"]))
            d2 = gen.dump_json(gen.fetch_from_server(unix))
            ok(d2 == text, "--from-server via a unix socket gives the same JSON")
            rc, out, err = run("--from-server", tcp, "--check-json")
            if same:
                ok(rc == 0, "--check-json against the live server")
            else:
                skip(1, "different server version")
            # saved replies: redis-cli --json, RESP2 (-2: maps as flat
            # arrays) and RESP3 (-3: maps as objects)
            cli = shutil.which("redis-cli")
            if not cli:
                skip(2, "no redis-cli")
            else:
                port = tcp.rsplit(":", 1)[1]
                d = tempfile.mkdtemp(prefix="gen-saved-")
                try:
                    for proto in ("-2", "-3"):
                        files = []
                        for what in ("DOCS", "INFO"):
                            path = os.path.join(d, "%s%s.json" % (what, proto))
                            with open(path, "w") as f:
                                subprocess.run([cli, proto, "-p", port, "--json", "COMMAND", what],
                                               stdout=f, check=True)
                            files.append(path)
                        out = os.path.join(d, "c%s.json" % proto)
                        rc, o, err = run("--from-files", files[0], files[1], "--server-version",
                                         data["server_version"], "-o", out)
                        got = json.load(open(out)) if rc == 0 else {}
                        got.pop("_comment", None)
                        want = json.loads(text)
                        want.pop("_comment", None)
                        ok(rc == 0 and got == want,
                           "--from-files with redis-cli %s --json COMMAND DOCS / INFO gives what "
                           "--from-server gives" % proto)
                        if rc != 0:
                            sys.stdout.write("# %s\n" % err.strip()[-300:])
                finally:
                    shutil.rmtree(d, ignore_errors=True)

    print("1..%d" % n)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
