#!/usr/bin/env python3
"""Tests of gen_commands.py (TAP). Python 3 standard library only.

- the committed asyncredis_commands.h and tests/key_cases.txt are what the
  generator makes from commands.json + key_overrides.json (--check);
- generation is deterministic; the header's counts match commands.json;
- --check fails, with a diff summary, on a stale header;
- key_overrides.json entries all carry a note; bad overrides are refused;
- regenerating commands.json from a live redis-server (TCP and unix socket)
  reproduces the committed file when the same server version runs.

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
    decls = re.findall(r"^AR_API int (arcmd_[a-z0-9_]+)\([^;{]*\);$", h1, re.M)
    defs = re.findall(r"^AR_API int (arcmd_[a-z0-9_]+)\([^;{]*\)\n\{", h1, re.M)
    structs = re.findall(r"^typedef struct (arcmd_[a-z0-9_]+)_opts \{\s+const ar_cmd_opts \*call;", h1, re.M)
    leaves = set(gen.wrapper_name(e) for e in m.entries if not e.get("subcommands"))
    ok(set(decls) == leaves and len(decls) == len(leaves) and sorted(defs) == sorted(decls) and
       sorted(structs) == sorted(decls),
       "one wrapper per command/subcommand (%d): one options struct (call first), one "
       "declaration, one definition each; no _b twins" % len(leaves))
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
    good = len(rows) == 13
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
            f.write(h1.replace("arcmd_get(", "arcmd_got(", 1))
        rc, out, err = run("--check", "-o", stale, "--cases", "", "--wrapper-cases", "")
        ok(rc == 1 and "differs" in err and "make commands" in err,
           "--check exits 1 with a diff summary on a stale header")
        rc, out, err = run("-o", stale, "--cases", "", "--wrapper-cases", "")
        rc2, _, _ = run("--check", "-o", stale, "--cases", "", "--wrapper-cases", "")
        ok(rc == 0 and rc2 == 0, "regenerating fixes it")
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

    # live server
    with redis_server() as srv:
        if not srv:
            skip(3, "no redis-server")
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

    print("1..%d" % n)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
