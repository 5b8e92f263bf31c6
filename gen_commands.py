#!/usr/bin/env python3
"""gen_commands.py - generate asyncredis's command data and header.

Python 3, standard library only. Output is deterministic.

  gen_commands.py --from-server HOST:PORT [-o commands.json]
  gen_commands.py --from-server /path/to/redis.sock [-o commands.json]
      Talk RESP3 to a running redis-server, read COMMAND INFO and COMMAND
      DOCS (subcommands included) and write commands.json: arity, flags, ACL
      categories, key specs, tips, the argument tree, group, since-version,
      summary, complexity, history, deprecation.

  gen_commands.py [--json commands.json] [--overrides key_overrides.json]
                  [-o asyncredis_commands.h] [--template HEADER]
                  [--cases tests/key_cases.txt]
                  [--wrapper-cases tests/wrapper_cases.h]
      Read commands.json + key_overrides.json and rewrite the generated
      regions of asyncredis_commands.h (and, with --cases, write the
      representative argvs that the key-extraction test compares with the
      server's COMMAND GETKEYS; with --wrapper-cases, the wrapper calls and
      the argvs they must send that tests/test_cmd_argv.c runs: by default
      when the header is the default one). The header is written by hand except for
      its generated regions: the lines between a line containing
      "@generated NAME {" and one containing "@generated NAME }". Only those
      are replaced; the C code, the manual and everything else in the file
      are left as they are. A region marker that is missing, unclosed or
      unknown is an error. With -o to a file that does not exist yet, the
      hand-written parts come from --template (default: the
      asyncredis_commands.h next to this script).

  gen_commands.py --check [same options]
      Generate in memory and compare with the files on disk (for the
      header: its generated regions); exit 1 with a diff summary when they
      differ (used by `make test`).

  gen_commands.py --check-json --from-server HOST:PORT
      Fetch from the server and compare with the committed commands.json
      (only meaningful when the same server version runs).

  gen_commands.py --from-files info.json docs.json [--server-version V]
                  [-o commands.json]
      Build commands.json from a newer (or any) server without connecting
      to it: its COMMAND INFO and COMMAND DOCS replies saved as JSON by
          redis-cli --json COMMAND INFO > info.json
          redis-cli --json COMMAND DOCS > docs.json
      (RESP3: maps are JSON objects; or redis-cli -2 --json: RESP2, maps are
      flat [key, value, ...] arrays; both accepted, files in either order).
      valkey-cli works the same. From the 7.0.15 server this gives the
      committed commands.json byte for byte.

  gen_commands.py --from-dir path/to/redis/src/commands [--server-version V]
                  [-o commands.json]
      The same from a server source tree's command files (redis 7.0 or
      later, valkey): the server's derivations are applied as it applies
      them (movablekeys, the legacy first/last/step, implicit ACL
      categories, hidden flags; experimental and sentinel-only commands
      left out). The version is read from version.h next to the directory
      when it holds a release number. From redis 7.0.15's files this gives
      the committed commands.json byte for byte.

  Then `gen_commands.py --json new.json -o path/asyncredis_commands.h`
  writes a header for that server (commands the committed table does not
  know, e.g. WAITAOF, HEXPIRE, CLIENT NO-TOUCH, get their table entries,
  key specs and wrappers); key_overrides.json still applies (an override
  for a command the server does not have is an error: remove it).
"""

import argparse
import difflib
import json
import os
import re
import socket
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------
# A tiny RESP3 client
# --------------------------------------------------------------------------


class RespError(Exception):
    pass


class Resp3:
    def __init__(self, where, password=None, user=None, timeout=10.0):
        if where.startswith("/") or where.startswith("."):
            s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            s.settimeout(timeout)
            s.connect(where)
        else:
            host, _, port = where.rpartition(":")
            if not host:
                host = "127.0.0.1"
            host = host.strip("[]")
            s = socket.create_connection((host, int(port)), timeout=timeout)
        self.sock = s
        self.buf = b""
        hello = ["HELLO", "3"]
        if password is not None:
            hello += ["AUTH", user or "default", password]
        self.call(*hello)

    def close(self):
        self.sock.close()

    def call(self, *args):
        out = [b"*%d\r\n" % len(args)]
        for a in args:
            if isinstance(a, str):
                a = a.encode()
            out.append(b"$%d\r\n%s\r\n" % (len(a), a))
        self.sock.sendall(b"".join(out))
        r = self._read()
        if isinstance(r, RespError):
            raise r
        return r

    def _fill(self):
        d = self.sock.recv(1 << 16)
        if not d:
            raise ConnectionError("server closed the connection")
        self.buf += d

    def _line(self):
        while True:
            i = self.buf.find(b"\r\n")
            if i >= 0:
                line, self.buf = self.buf[:i], self.buf[i + 2:]
                return line
            self._fill()

    def _bytes(self, n):
        while len(self.buf) < n + 2:
            self._fill()
        d, self.buf = self.buf[:n], self.buf[n + 2:]
        return d

    def _read(self):
        line = self._line()
        t, rest = line[:1], line[1:]
        if t == b"+":
            return rest.decode()
        if t == b"-":
            return RespError(rest.decode())
        if t == b":":
            return int(rest)
        if t == b"(":
            return int(rest)
        if t == b",":
            return float(rest)
        if t == b"#":
            return rest == b"t"
        if t == b"_":
            return None
        if t in (b"$", b"=", b"!"):
            n = int(rest)
            if n < 0:
                return None
            d = self._bytes(n).decode()
            if t == b"=":
                d = d[4:]
            if t == b"!":
                return RespError(d)
            return d
        if t in (b"*", b"~", b">"):
            n = int(rest)
            if n < 0:
                return None
            return [self._read() for _ in range(n)]
        if t == b"%":
            n = int(rest)
            d = {}
            for _ in range(n):
                k = self._read()
                d[k] = self._read()
            return d
        if t == b"|":
            n = int(rest)
            for _ in range(2 * n):
                self._read()
            return self._read()
        raise ValueError("bad RESP type byte %r" % t)


# --------------------------------------------------------------------------
# --from-server: build commands.json
# --------------------------------------------------------------------------


def _keyspec(ks):
    bs = ks.get("begin_search", {})
    fk = ks.get("find_keys", {})
    out = {
        "flags": sorted(x.lower() for x in ks.get("flags", [])),
        "begin_search": {"type": bs.get("type", "unknown"), "spec": bs.get("spec") or {}},
        "find_keys": {"type": fk.get("type", "unknown"), "spec": fk.get("spec") or {}},
    }
    if ks.get("notes"):
        out["notes"] = ks["notes"]
    return out


def _argument(a):
    out = {}
    for k in ("name", "type", "display_text", "key_spec_index", "token",
              "summary", "since", "deprecated_since"):
        if k in a and a[k] is not None:
            out[k] = a[k]
    if a.get("flags"):
        out["flags"] = sorted(a["flags"])
    if a.get("arguments"):
        out["arguments"] = [_argument(x) for x in a["arguments"]]
    return out


def _info_entry(info):
    name, arity, flags, first, last, step, acl, tips, specs, subs = info[:10]
    e = {
        "name": name.lower(),
        "arity": arity,
        "flags": sorted(f.lower() for f in flags),
        "first_key": first,
        "last_key": last,
        "step": step,
        "acl_categories": sorted(c.lstrip("@").lower() for c in acl),
        "tips": sorted(tips or []),
        "key_specs": [_keyspec(k) for k in (specs or [])],
    }
    if subs:
        e["subcommands"] = {}
        for s in subs:
            se = _info_entry(s)
            e["subcommands"][se["name"]] = se
    return e


def _merge_docs(e, d):
    d = d or {}
    for k in ("summary", "since", "group", "complexity", "deprecated_since",
              "replaced_by"):
        if d.get(k) is not None:
            e[k] = d[k]
    if d.get("doc_flags"):
        e["doc_flags"] = sorted(d["doc_flags"])
    if d.get("history"):
        e["history"] = [list(h) for h in d["history"]]
    e["arguments"] = [_argument(a) for a in (d.get("arguments") or [])]
    for sname, se in e.get("subcommands", {}).items():
        _merge_docs(se, (d.get("subcommands") or {}).get(sname))


def fetch_from_server(where, password=None, user=None):
    r = Resp3(where, password=password, user=user)
    try:
        info_all = r.call("COMMAND", "INFO")
        docs = r.call("COMMAND", "DOCS")
        count = r.call("COMMAND", "COUNT")
        sinfo = r.call("INFO", "server")
    finally:
        r.close()
    version = ""
    for line in sinfo.splitlines():
        if line.startswith("redis_version:"):
            version = line.split(":", 1)[1].strip()
    cmds = {}
    for info in info_all:
        if info is None:
            continue
        e = _info_entry(info)
        _merge_docs(e, docs.get(e["name"]))
        cmds[e["name"]] = e
    if len(cmds) != count:
        raise SystemExit("COMMAND INFO gave %d commands, COMMAND COUNT says %d"
                         % (len(cmds), count))
    return {
        "_comment": "Generated by gen_commands.py --from-server from a real "
                    "redis-server (COMMAND INFO + COMMAND DOCS). Do not edit; "
                    "put fixes in key_overrides.json.",
        "server_version": version,
        "command_count": count,
        "commands": {k: cmds[k] for k in sorted(cmds)},
    }


# --------------------------------------------------------------------------
# --from-files / --from-dir: build commands.json without a live server
# --------------------------------------------------------------------------
# Accepted forms (any server version; Redis 7.0 or later, Valkey):
#   1. COMMAND INFO and COMMAND DOCS replies saved as JSON, e.g.
#        redis-cli --json COMMAND INFO > info.json      (RESP3: maps are objects)
#        redis-cli --json COMMAND DOCS > docs.json
#      or with -2 (RESP2: maps are flat [key, value, ...] arrays); either
#      form, in either order.
#   2. a directory of the server source's command files (src/commands/*.json
#      of redis or valkey, one object per command or subcommand, subcommands
#      naming their "container"); the server's own derivations are applied
#      as the server does (movablekeys, the legacy first/last/step key
#      triple, implicit ACL categories); EXPERIMENTAL and sentinel-only
#      commands are left out, as a server that is not a sentinel does.
# The server version comes from --server-version, else (form 2) from the
# version.h next to the directory when it holds a release number.


def _pairs(x):
    """A RESP2 map (flat [k, v, k, v, ...] list) or a RESP3 one (dict) -> dict."""
    if isinstance(x, dict):
        return x
    if isinstance(x, list) and len(x) % 2 == 0 and all(isinstance(k, str) for k in x[0::2]):
        return dict(zip(x[0::2], x[1::2]))
    raise SystemExit("expected a map (an object or a flat key/value array), got %r" % (x,)[:80])


def _norm_arg(a):
    a = _pairs(a)
    if a.get("arguments"):
        a = dict(a, arguments=[_norm_arg(x) for x in a["arguments"]])
    return a


def _norm_docs(docs):
    """COMMAND DOCS reply (RESP3 object or RESP2 flat array) -> {name: doc dict}."""
    out = {}
    for name, d in _pairs(docs).items():
        d = dict(_pairs(d))
        if d.get("arguments"):
            d["arguments"] = [_norm_arg(x) for x in d["arguments"]]
        if d.get("subcommands"):
            d["subcommands"] = _norm_docs(d["subcommands"])
        out[name.lower()] = d
    return out


def _norm_info(info):
    """COMMAND INFO entry with its key specs as dicts (RESP2 gives flat arrays)."""
    info = list(info)
    if len(info) > 8 and info[8]:
        specs = []
        for ks in info[8]:
            ks = dict(_pairs(ks))
            for k in ("begin_search", "find_keys"):
                if k in ks:
                    ks[k] = dict(_pairs(ks[k]))
                    if "spec" in ks[k]:
                        ks[k]["spec"] = _pairs(ks[k]["spec"]) if ks[k]["spec"] else {}
            specs.append(ks)
        info[8] = specs
    if len(info) > 9 and info[9]:
        info[9] = [_norm_info(x) for x in info[9]]
    return info


def _wrap_commands(cmds, version, how):
    return {
        "_comment": "Generated by gen_commands.py %s. Do not edit; put fixes in "
                    "key_overrides.json." % how,
        "server_version": version,
        "command_count": len(cmds),
        "commands": {k: cmds[k] for k in sorted(cmds)},
    }


def load_saved(paths, version=None):
    """commands.json from saved COMMAND INFO and COMMAND DOCS replies (form 1)."""
    info = docs = None
    for path in paths:
        with open(path, encoding="utf-8") as f:
            d = json.load(f)
        if isinstance(d, list) and d and isinstance(d[0], list) and len(d[0]) >= 10 \
                and isinstance(d[0][1], int):
            info = d
        elif isinstance(d, list) and not d:
            raise SystemExit("%s: an empty reply" % path)
        else:
            docs = d
    if info is None or docs is None:
        raise SystemExit("--from-files needs two files: a saved COMMAND INFO and a saved "
                         "COMMAND DOCS reply (redis-cli --json COMMAND INFO > info.json)")
    docs = _norm_docs(docs)
    cmds = {}
    for i in info:
        if i is None:
            continue
        e = _info_entry(_norm_info(i))
        _merge_docs(e, docs.get(e["name"]))
        cmds[e["name"]] = e
    return _wrap_commands(cmds, version or "unknown",
                          "--from-files from saved COMMAND INFO + COMMAND DOCS replies")


# what the server derives when it loads its command table
_IMPLICIT_ACL = [("write", "write"), ("readonly", "read"), ("admin", "admin"),
                 ("admin", "dangerous"), ("pubsub", "pubsub"), ("fast", "fast"),
                 ("blocking", "blocking")]


# flags COMMAND INFO does not show ("hidden on purpose" in the server)
_HIDDEN_FLAGS = {"may_replicate", "sentinel", "only_sentinel", "protected",
                 "touches_arbitrary_keys", "experimental"}


def _src_keyspec(ks):
    bs, fk = ks.get("begin_search") or {}, ks.get("find_keys") or {}
    if "index" in bs:
        b = {"type": "index", "spec": {"index": bs["index"]["pos"]}}
    elif "keyword" in bs:
        b = {"type": "keyword", "spec": {"keyword": bs["keyword"]["keyword"],
                                         "startfrom": bs["keyword"]["startfrom"]}}
    else:
        b = {"type": "unknown", "spec": {}}
    if "range" in fk:
        r = fk["range"]
        f = {"type": "range", "spec": {"lastkey": r["lastkey"], "keystep": r["step"],
                                       "limit": r["limit"]}}
    elif "keynum" in fk:
        r = fk["keynum"]
        f = {"type": "keynum", "spec": {"keynumidx": r["keynumidx"], "firstkey": r["firstkey"],
                                        "keystep": r["step"]}}
    else:
        f = {"type": "unknown", "spec": {}}
    return _keyspec({"flags": ks.get("flags", []), "begin_search": b, "find_keys": f,
                     "notes": ks.get("notes")})


def _src_argument(a):
    d = {k: a[k] for k in ("name", "type", "key_spec_index", "token", "summary", "since",
                           "deprecated_since") if k in a}
    if "display" in a:
        d["display_text"] = a["display"]
    # the server's generator lower-cases names and upper-cases tokens
    d["name"] = d["name"].lower()
    if "token" in d:   # (and writes the empty token, '""' in the files, as "")
        d["token"] = "" if d["token"] == '""' else d["token"].upper()
    fl = [f for f in ("optional", "multiple", "multiple_token") if a.get(f)]
    if fl:
        d["flags"] = fl
    if a.get("arguments"):
        d["arguments"] = [_src_argument(x) for x in a["arguments"]]
    return _argument(d)


def _legacy_range(specs, flags):
    """COMMAND INFO's first/last/step, as the server derives them from the
    key specs (populateCommandLegacyRangeSpec); adds movablekeys to flags."""
    if not specs:
        return 0, 0, 0
    plain = [s for s in specs if s["begin_search"]["type"] == "index" and
             s["find_keys"]["type"] == "range"]
    if len(specs) == 1 and plain:
        s = specs[0]
        if "incomplete" in s["flags"]:
            flags.add("movablekeys")
        first, last = s["begin_search"]["spec"]["index"], s["find_keys"]["spec"]["lastkey"]
        return first, (last + first if last >= 0 else last), s["find_keys"]["spec"]["keystep"]
    first, last, prev = None, 0, 0
    for s in specs:
        if s not in plain:
            flags.add("movablekeys")
            continue
        pos, fs = s["begin_search"]["spec"]["index"], s["find_keys"]["spec"]
        if fs["keystep"] != 1 or (prev and prev != pos - 1):
            flags.add("movablekeys")
            continue
        if "incomplete" in s["flags"]:
            flags.add("movablekeys")
        first = pos if first is None else min(first, pos)
        lk = fs["lastkey"] + pos if fs["lastkey"] >= 0 else fs["lastkey"]
        last = max(last & 0xFFFFFFFF, lk & 0xFFFFFFFF)   # the server compares unsigned
        last = last - (1 << 32) if last >= 1 << 31 else last
        prev = last
    if first is None:
        flags.add("movablekeys")
        return 0, 0, 0
    return first, last, 1


def _src_entry(name, c):
    flags = set(f.lower() for f in c.get("command_flags", []))
    specs = [_src_keyspec(k) for k in c.get("key_specs", [])]
    first, last, step = _legacy_range(specs, flags)
    acl = set(x.lower() for x in c.get("acl_categories", []))
    for f, cat in _IMPLICIT_ACL:
        if f in flags and not (cat == "read" and "scripting" in acl):
            acl.add(cat)
    if "fast" not in acl:
        acl.add("slow")
    e = {
        "name": name,
        "arity": c["arity"],
        "flags": sorted(flags - _HIDDEN_FLAGS),
        "first_key": first,
        "last_key": last,
        "step": step,
        "acl_categories": sorted(acl),
        "tips": sorted(t.lower() for t in c.get("command_tips", [])),
        "key_specs": specs,
    }
    d = {k: c[k] for k in ("summary", "since", "complexity", "deprecated_since", "replaced_by",
                           "history") if k in c}
    if "group" in c:
        d["group"] = c["group"].replace("_", "-")
    if c.get("doc_flags"):
        d["doc_flags"] = [x.lower() for x in c["doc_flags"]]
    d["arguments"] = [_src_argument(a) for a in c.get("arguments", [])]
    _merge_docs(e, d)
    return e


def _src_version(d):
    for p in (os.path.join(d, "..", "version.h"), os.path.join(d, "version.h")):
        if os.path.exists(p):
            m = re.search(r'#define (?:REDIS|VALKEY)_VERSION "([^"]+)"', _read(p))
            if m and m.group(1) != "255.255.255":
                return m.group(1)
    return None


def load_source_dir(d, version=None):
    """commands.json from a server source's src/commands/*.json (form 2)."""
    files = sorted(f for f in os.listdir(d) if f.endswith(".json"))
    if not files:
        raise SystemExit("%s: no *.json command files" % d)
    top, subs = {}, []
    for fn in files:
        with open(os.path.join(d, fn), encoding="utf-8") as f:
            obj = json.load(f)
        if not isinstance(obj, dict):
            raise SystemExit("%s: not a command file (expected {\"NAME\": {...}})" % fn)
        for name, c in obj.items():
            fl = c.get("command_flags", [])
            if "EXPERIMENTAL" in fl or "ONLY_SENTINEL" in fl:
                continue
            if "arity" not in c:
                raise SystemExit("%s: %s has no arity: not a command file" % (fn, name))
            if c.get("container"):
                subs.append((c["container"].lower(), name.lower(), c))
            else:
                top[name.lower()] = _src_entry(name.lower(), c)
    for parent, name, c in subs:
        if parent not in top:
            raise SystemExit("%s|%s: its container is not among the files" % (parent, name))
        full = parent + "|" + name
        top[parent].setdefault("subcommands", {})[full] = _src_entry(full, c)
    for e in top.values():
        if "subcommands" in e:
            e["subcommands"] = {k: e["subcommands"][k] for k in sorted(e["subcommands"])}
    return _wrap_commands(top, version or _src_version(d) or "unknown",
                          "--from-dir from a server source's src/commands/*.json")


def dump_json(obj):
    return json.dumps(obj, indent=1, sort_keys=True, ensure_ascii=True) + "\n"


# --------------------------------------------------------------------------
# Fixed bit assignments (stable across server versions; a new name found in
# commands.json is an error until it is added here)
# --------------------------------------------------------------------------

CMD_FLAGS = [
    "write", "readonly", "denyoom", "module", "admin", "pubsub", "noscript",
    "blocking", "loading", "stale", "skip_monitor", "skip_slowlog", "asking",
    "fast", "no_auth", "may_replicate", "sentinel", "only_sentinel",
    "no_mandatory_keys", "protected", "module_getkeys", "module_no_cluster",
    "no_async_loading", "no_multi", "movablekeys", "allow_busy",
    "module_getchannels", "touches_arbitrary_keys",
]
ACL_CATS = [
    "keyspace", "read", "write", "set", "sortedset", "list", "hash", "string",
    "bitmap", "hyperloglog", "geo", "stream", "pubsub", "admin", "fast",
    "slow", "blocking", "dangerous", "connection", "transaction", "scripting",
]
KS_FLAGS = [
    "ro", "rw", "ow", "rm", "access", "update", "insert", "delete", "not_key",
    "incomplete", "variable_flags",
]
TIPS = [
    "nondeterministic_output", "nondeterministic_output_order",
    "request_policy:all_nodes", "request_policy:all_shards",
    "request_policy:multi_shard", "request_policy:special",
    "response_policy:one_succeeded", "response_policy:all_succeeded",
    "response_policy:agg_logical_and", "response_policy:agg_logical_or",
    "response_policy:agg_min", "response_policy:agg_max",
    "response_policy:agg_sum", "response_policy:special",
]
GROUPS = [
    "generic", "string", "list", "set", "sorted-set", "hash", "pubsub",
    "transactions", "connection", "server", "scripting", "hyperloglog",
    "cluster", "sentinel", "geo", "stream", "bitmap", "module",
]
ROLES = ["key", "pattern", "template", "channel", "channel_pattern", "key_prefix"]
# commands that block the connection for `timeout` milliseconds without the
# blocking flag
BLOCK_MS_TIMEOUT = ["wait", "waitaof"]

C_KEYWORDS = set("""auto break case char const continue default do double else enum
extern float for goto if inline int long register restrict return short signed
sizeof static struct switch typedef union unsigned void volatile while bool
class delete new operator private protected public template this throw try
catch typename virtual explicit export friend mutable namespace using
asm false true typeid wchar_t and or not xor bitand bitor compl and_eq or_eq
xor_eq not_eq alignas alignof char16_t char32_t constexpr decltype noexcept
nullptr static_assert thread_local""".split())


def cident(s):
    return re.sub(r"[^a-z0-9_]", "_", s.lower())


def macro(s):
    return re.sub(r"[^A-Z0-9_]", "_", s.upper())


def cstr(s):
    out = ['"']
    for ch in s:
        o = ord(ch)
        if ch in '"\\':
            out.append("\\" + ch)
        elif 32 <= o < 127:
            if ch == "?":
                out.append("\\?")  # no trigraphs
            else:
                out.append(ch)
        else:
            out.append("\\%03o" % (o & 0xFF))
    out.append('"')
    return "".join(out)


def ccomment(s):
    s = s.replace("*/", "* /").replace("/*", "/ *").replace("??", "? ?")
    s = s.replace("\\\n", "\\ \n")
    return "".join(ch if 32 <= ord(ch) < 127 or ch == "\n" else "?" for ch in s)


def bits(names, known, what, cmd):
    v = []
    for n in names:
        if n not in known:
            raise SystemExit("%s: unknown %s %r: add it to gen_commands.py" % (cmd, what, n))
        v.append(known.index(n))
    return sorted(set(v))


def bitexpr(prefix, names, known, what, cmd):
    idx = bits(names, known, what, cmd)
    if not idx:
        return "0"
    return "|".join(prefix + macro(known[i]) for i in idx)


# --------------------------------------------------------------------------
# Model: commands.json + key_overrides.json
# --------------------------------------------------------------------------


def all_entries(cmds):
    """Top-level commands sorted by name, then each container's subcommands
    (sorted), in the order of their containers."""
    top = [cmds[k] for k in sorted(cmds)]
    subs = []
    for c in top:
        for sk in sorted(c.get("subcommands", {})):
            subs.append(c["subcommands"][sk])
    return top, subs


def has_key_arg(args):
    for a in args:
        if a["type"] == "key" or has_key_arg(a.get("arguments", [])):
            return True
    return False


class Model:
    def __init__(self, cj, ov):
        self.cj = cj
        self.ov = ov
        self.server_version = cj.get("server_version", "")
        self.top, self.subs = all_entries(cj["commands"])
        self.entries = self.top + self.subs
        self.index = {e["name"]: i for i, e in enumerate(self.entries)}
        self.ovc = ov.get("commands", {})
        for name in self.ovc:
            if name not in self.index:
                raise SystemExit("key_overrides.json: %s is not a command" % name)
            if not self.ovc[name].get("note"):
                raise SystemExit("key_overrides.json: %s needs a note saying why" % name)
        self._resolve()

    def _resolve(self):
        self.specs = []      # flattened key specs
        self.rules = []      # flattened position rules
        self.options = []    # flattened option tables: list of (first, count)
        self.optitems = []   # flattened options
        self.cinfo = []      # per entry: dict for the C table
        for e in self.entries:
            o = self.ovc.get(e["name"], {})
            how = o.get("keys", "specs")
            if how not in ("specs", "none", "unknown", "migrate"):
                raise SystemExit("%s: bad keys %r" % (e["name"], how))
            specs = o.get("key_specs", e["key_specs"]) if how in ("specs", "migrate") else []
            if how == "migrate":
                specs = []   # the C handler finds MIGRATE's keys itself
            for ks in specs:
                bad = (ks["begin_search"]["type"] == "unknown" or
                       ks["find_keys"]["type"] == "unknown" or
                       "incomplete" in ks["flags"])
                if bad and how == "specs":
                    raise SystemExit(
                        "%s: key spec is unknown/incomplete; add an override to "
                        "key_overrides.json" % e["name"])
            if how == "specs" and not specs and has_key_arg(e["arguments"]) \
                    and "key_specs" not in o:
                raise SystemExit("%s: takes keys but has no key specs; add an "
                                 "override" % e["name"])
            spec_first = len(self.specs)
            self.specs.extend(specs)
            rule_first = len(self.rules)
            for p in o.get("positions", []):
                if p["role"] not in ROLES:
                    raise SystemExit("%s: bad role %r" % (e["name"], p["role"]))
                if p["type"] == "index":
                    self.rules.append(("INDEX", p["role"], p["index"], p["index"], None))
                elif p["type"] == "range":
                    self.rules.append(("RANGE", p["role"], p["first"], p["last"], None))
                else:
                    raise SystemExit("%s: bad position type" % e["name"])
            if "options" in o:
                opt = o["options"]
                ofirst = len(self.optitems)
                for it in opt["table"]:
                    role = it.get("role")
                    if role is not None and role not in ROLES:
                        raise SystemExit("%s: bad role %r" % (e["name"], role))
                    if it.get("last") and (it["nargs"] != 1 or
                                           sum(1 for x in opt["table"] if x.get("last")) > 1):
                        raise SystemExit("%s: 'last' needs nargs 1 and one such "
                                         "option per table" % e["name"])
                    self.optitems.append(it)
                self.rules.append(("OPTIONS", None, opt["start"], 0,
                                   (ofirst, len(opt["table"]))))
            blk = self._block_rule(e)
            self.cinfo.append({
                "how": how, "spec_first": spec_first, "spec_count": len(specs),
                "rule_first": rule_first, "rule_count": len(self.rules) - rule_first,
                "block": blk,
            })

    def _block_rule(self, e):
        """Where a command that can block the connection keeps its server-side
        timeout: (kind, index, opt_first, opt_count). Derived from the docs:
        a required `timeout` argument (seconds; WAIT: milliseconds) at a fixed
        position or last, or an optional `BLOCK milliseconds` option."""
        args = e["arguments"]
        if "blocking" not in e["flags"] and e["name"] not in BLOCK_MS_TIMEOUT:
            return ("NONE", 0, 0, 0)
        base = len(e["name"].split("|"))
        fixed = True
        for i, a in enumerate(args):
            fl = set(a.get("flags", []))
            if a["name"] == "timeout" and not fl:
                kind = "ARG_MS" if e["name"] in BLOCK_MS_TIMEOUT else "ARG_SECONDS"
                if fixed:
                    return (kind, base + i, 0, 0)
                if i == len(args) - 1:
                    return (kind, -1, 0, 0)
                raise SystemExit("%s: cannot locate its timeout" % e["name"])
            if fl or a["type"] in ("oneof", "block") and any(
                    x.get("flags") or x["type"] in ("oneof", "block") for x in a.get("arguments", [])):
                fixed = False
            if a["type"] == "block" and not a.get("token"):
                fixed = False
        # BLOCK milliseconds among keyword options
        table = []
        found = False
        for a in args:
            tok = a.get("token")
            if not tok:
                break
            if a["type"] == "pure-token":
                nargs = 0
            elif a["type"] in SIMPLE:
                nargs = 1
            elif a["type"] == "block" and all(_is_simple(x) for x in a["arguments"]):
                nargs = len(a["arguments"])
            else:
                table.append({"keyword": tok, "nargs": -1})   # scanning stops here
                break
            role = None
            if tok == "BLOCK" and a["type"] == "integer":
                role, found = "timeout_ms", True
            table.append({"keyword": tok, "nargs": nargs, "role": role})
        if found:
            first = len(self.optitems)
            self.optitems.extend(table)
            return ("OPTION_MS", base, first, len(table))
        raise SystemExit("%s: blocking, but no timeout found" % e["name"])

    def parent_of(self, e):
        if "|" in e["name"]:
            return self.index[e["name"].split("|")[0]]
        return -1

    def sub_range(self, e):
        subs = e.get("subcommands")
        if not subs:
            return 0, 0
        first = min(self.index[s] for s in subs)
        return first, len(subs)


# --------------------------------------------------------------------------
# Syntax rendering (for the wrapper docs)
# --------------------------------------------------------------------------


def render_arg(a, top=True):
    t = a["type"]
    fl = a.get("flags", [])
    tok = a.get("token")
    if t == "pure-token":
        s = tok if tok else '""'
    elif t == "oneof":
        s = " | ".join(render_arg(x, False) for x in a["arguments"])
        if "optional" not in fl and len(a["arguments"]) > 1:
            s = "<" + s + ">"
    elif t == "block":
        s = " ".join(render_arg(x, False) for x in a["arguments"])
    else:
        s = a.get("display_text", a["name"])
    if tok and t != "pure-token":
        if t == "oneof" and "optional" not in fl:
            s = tok + " " + s
        else:
            s = tok + " " + s
    if "multiple" in fl:
        if tok and t != "pure-token":
            inner = s[len(tok) + 1:]
            if "multiple_token" in fl:
                s = "%s [%s %s ...]" % (s, tok, inner)
            else:
                s = "%s [%s ...]" % (s, inner)
        else:
            s = "%s [%s ...]" % (s, s)
    if "optional" in fl:
        s = "[" + s + "]"
    return s


def render_syntax(e):
    name = e["name"].upper().replace("|", " ")
    parts = [name] + [render_arg(a) for a in e["arguments"]]
    return " ".join(parts)


# --------------------------------------------------------------------------
# Wrapper planning
# --------------------------------------------------------------------------

SIMPLE = ("key", "string", "pattern", "double", "integer", "unix-time")


def _is_simple(a):
    return a["type"] in SIMPLE and not (set(a.get("flags", [])) & {"optional", "multiple"})


# Wrapper parameters typed as strings although the docs say integer:
# cursors are unsigned 64-bit (they do not fit a long long and come back as
# strings), ZINCRBY's increment is a float.
STRING_PARAMS = {"scan": ["cursor"], "hscan": ["cursor"], "sscan": ["cursor"],
                 "zscan": ["cursor"], "zincrby": ["increment"]}


# A wrapper's shape, from the command's argument tree (COMMAND DOCS):
# required top-level arguments become typed parameters, everything optional
# (and required choices between valued alternatives) becomes a field of the
# command's options struct. The plan is a tree of nodes; each node knows the
# fields it owns, the C that pushes its arguments and (for fields) the C
# expression that says whether the user set it.

def _ident(s):
    b = cident(s).strip("_") or "arg"
    b = re.sub(r"_+", "_", b)
    if b[0].isdigit():
        b = "n" + b
    return b


def _tokname(tok):
    """A token usable as a name (EX -> ex), or None ('=', '~', '*', '')."""
    if tok and re.match(r"^[A-Za-z][A-Za-z0-9_-]*$", tok):
        return _ident(tok)
    return None


class _Field:
    """A field of an options struct. kind: flag, str, ll, d, choice, arr,
    tail, len (the length of a positional string)."""

    def __init__(self, plan, kind, base, path):
        self.kind, self.base, self.path, self.k = kind, base, list(path), 0
        self.name = None
        plan.fields.append(self)

    def cand(self):
        ps = [_ident(p) for p in self.path if p]
        return "_".join((ps[len(ps) - self.k:] if self.k else []) + [self.base])

    def names(self, n):
        if self.kind == "str":
            return {n, n + "_len"}
        if self.kind == "arr":
            return {n, n + "_count", n + "_len"}
        if self.kind == "len":
            return {n + "_len"}
        if self.kind == "tail":
            return {"argc", "argv", "argvlen"}
        return {n}

    def ref(self, suffix=""):
        return "o->" + self.name + suffix


class _Node:
    tok = None

    def present(self):          # C expression: the user set this (optional nodes)
        return None

    def emit(self, w, ind):     # append C lines that push the arguments
        pass

    def leaves(self):
        return [self]


def _t(tok):
    return "arcmd__t(&x, %s);" % cstr(tok)


class _Tok(_Node):
    def __init__(self, tok):
        self.tok = tok

    def emit(self, w, ind):
        w(ind + _t(self.tok))


class _Flag(_Node):
    def __init__(self, plan, tok, base, path):
        self.tok, self.f = tok, _Field(plan, "flag", base, path)

    def present(self):
        return self.f.ref()

    def emit(self, w, ind):
        w(ind + "arcmd__f(&x, %s, %s);" % (cstr(self.tok), self.f.ref()))


class _Val(_Node):
    """One string / integer / double: a parameter (param is its name) or a field."""

    def __init__(self, plan, kind, tok, base, path, param=None):
        self.kind, self.tok, self.param = kind, tok, param
        self.f = None
        if param is None:
            self.f = _Field(plan, kind, base, path)
        elif kind == "str":
            self.lf = _Field(plan, "len", param, ())
        plan.nums += kind in ("ll", "d")

    def present(self):
        return self.f.ref() if self.f else None

    def emit(self, w, ind):
        t = cstr(self.tok) if self.tok else "NULL"
        if self.f:
            if self.kind == "str":
                w(ind + "arcmd__s(&x, %s, %s, %s);" % (t, self.f.ref(), self.f.ref("_len")))
            else:
                w(ind + "arcmd__%s(&x, %s, %s);" % (self.kind, t, self.f.ref()))
        elif self.kind == "str":   # a parameter: required, NULL is refused
            w(ind + "arcmd__rs(&x, %s, %s, %s);" % (t, self.param, "o->" + self.lf.name + "_len"))
        else:
            w(ind + "arcmd__%s(&x, %s, &%s);" % (self.kind, t, self.param))


class _Choice(_Node):
    def __init__(self, plan, tok, alts, base, path, param=None):
        self.tok, self.alts, self.param = tok, alts, param
        self.f = None if param else _Field(plan, "choice", base, path)

    def present(self):
        return self.f.ref() if self.f else None

    def emit(self, w, ind):
        lst = "".join(a + "\0" for a in self.alts)
        if "" in self.alts:
            raise SystemExit("an empty token in a choice")
        w(ind + "arcmd__c(&x, %s, %s, %s, %d);" % (cstr(self.tok) if self.tok else "NULL",
                                                  self.param or self.f.ref(), cstr(lst),
                                                  1 if self.param else 0))


class _Arr(_Node):
    def __init__(self, plan, tok, each, group, base, path, param=None):
        self.tok, self.each, self.group, self.param = tok, each, group, param
        if param:
            self.lf = _Field(plan, "len", param, ())
            self.f = None
        else:
            self.f = _Field(plan, "arr", base, path)

    def count(self):
        return self.param + "_count" if self.param else self.f.ref("_count")

    def present(self):
        return self.f.ref("_count") if self.f else None

    def emit(self, w, ind):
        if self.f:
            v, l, mn = self.f.ref(), self.f.ref("_len"), 0
        else:
            v, l, mn = self.param, "o->" + self.lf.name + "_len", 1
        w(ind + "arcmd__a(&x, %s, %d, %d, %s, %s, %s, %d);" % (
            cstr(self.tok) if self.tok else "NULL", 1 if self.each else 0, mn,
            self.count(), v, l, self.group))


class _NumKeys(_Node):
    def __init__(self, plan, arr):
        self.arr = arr
        plan.nums += 1

    def emit(self, w, ind):
        w(ind + "arcmd__n(&x, %s);" % self.arr.count())


class _Tail(_Node):
    def __init__(self, plan):
        self.f = _Field(plan, "tail", "argv", ())

    def present(self):
        return "o->argc"

    def emit(self, w, ind):
        w(ind + "arcmd__a(&x, NULL, 0, 0, o->argc, o->argv, o->argvlen, 1);")


def _owns(n):
    """Does the node own a field (so that it can be present or not)?"""
    if isinstance(n, (_Seq, _OneOf)):
        return any(_owns(k) for k in n.kids)
    return isinstance(n, (_Tail, _FlagSeq)) or getattr(n, "f", None) is not None


def _or(nodes):
    ps = [n.present() for n in nodes if n.present()]
    if not ps:
        return None
    return ps[0] if len(ps) == 1 else "(" + " || ".join(ps) + ")"


def _names(nodes):
    out = []
    for n in nodes:
        if isinstance(n, (_Seq, _OneOf)):
            out.append("/".join(_names(n.kids)) if isinstance(n, _OneOf) else "+".join(_names(n.kids)))
        elif getattr(n, "f", None) is not None:
            out.append(n.f.name)
    return out


class _Seq(_Node):
    """A block (or the whole command): children in order. Optional children
    are sent when set; required ones must be set when the block is sent (a
    block of fields is sent when one of them is set)."""

    flag = None

    def __init__(self, tok, kids, reqs, optional):
        self.tok, self.kids, self.reqs, self.optional = tok, kids, reqs, optional

    def present(self):
        p = _or(self.kids)
        if self.flag:
            return "(%s || %s)" % (self.flag.ref(), p) if p else self.flag.ref()
        return p

    def emit(self, w, ind, guarded=False):
        inner = ind
        if self.optional and not guarded:
            w(ind + "if (%s) {" % self.present())
            inner = ind + "    "
        if self.optional:
            for k, r in zip(self.kids, self.reqs):
                if r and k.present():
                    w(inner + "if (!%s) arcmd__bad(&x, \"missing %s\");" % (
                        k.present(), "/".join(_names([k]))))
        if self.tok:
            w(inner + _t(self.tok))
        for k in self.kids:
            k.emit(w, inner)
        if self.optional and not guarded:
            w(ind + "}")


class _OneOf(_Node):
    """Alternatives given as fields: at most one (optional) or exactly one
    (required) of them set; with multiple, any of them (each once)."""

    def __init__(self, tok, kids, required, multiple):
        self.tok, self.kids, self.required, self.multiple = tok, kids, required, multiple

    def present(self):
        return _or(self.kids)

    def emit(self, w, ind):
        ps = [k.present() for k in self.kids]
        nm = ", ".join(_names(self.kids))
        if not self.multiple:
            cnt = " + ".join("(%s != 0)" % p for p in ps)
            if self.required:
                w(ind + "if (%s != 1) arcmd__bad(&x, \"exactly one of %s\");" % (cnt, nm))
            else:
                w(ind + "if (%s > 1) arcmd__bad(&x, \"at most one of %s\");" % (cnt, nm))
        elif self.required:
            w(ind + "if (!%s) arcmd__bad(&x, \"one of %s is needed\");" % (_or(self.kids), nm))
        if self.tok:
            w(ind + "if (%s) %s" % (self.present(), _t(self.tok)))
        if all(isinstance(k, (_Flag, _Val, _Arr, _Choice)) for k in self.kids):
            for k in self.kids:
                k.emit(w, ind)
            return
        for i, k in enumerate(self.kids):
            w(ind + ("if (%s) {" if i == 0 or self.multiple else "} else if (%s) {") % k.present())
            if isinstance(k, _Seq):
                k.emit(w, ind + "    ", True)
            else:
                k.emit(w, ind + "    ")
            if self.multiple:
                w(ind + "}")
        if not self.multiple:
            w(ind + "}")


_NUM = {"integer": "ll", "unix-time": "ll", "double": "d"}


def _simple_member(x):
    return x["type"] in SIMPLE and not x.get("flags") and not x.get("token")


class _Plan:
    def __init__(self, e):
        self.e = e
        self.fields = []
        self.params = []    # (ctype, name)
        self.nums = 0
        self.tail = False
        self.used = {"c", "cb", "ud", "o", "x", "z"}
        args = e["arguments"]
        kids, reqs = self.seq(args, "pos", [])
        if not args and e["arity"] < 0 and "subcommands" not in e and e["name"] != "quit":
            kids.append(_Tail(self))
            reqs.append(False)
            self.tail = True
        self.root = _Seq(None, kids, reqs, False)
        self.name_fields()

    def param(self, name):
        n, k = _ident(name), 2
        base = n if n not in C_KEYWORDS else n + "_"
        n = base
        while n in self.used or n + "_count" in self.used:
            n, k = "%s%d" % (base, k), k + 1
        self.used.update({n, n + "_count"})
        return n

    def seq(self, args, mode, path, tprefix=None):
        kids, reqs = [], []
        i = 0
        while i < len(args):
            a = args[i]
            nxt = args[i + 1] if i + 1 < len(args) else None
            if (a["type"] == "integer" and "numkeys" in a["name"].replace("-", "") and nxt
                    and nxt["type"] == "key" and "multiple" in nxt.get("flags", [])
                    and not nxt.get("token")):
                arr = self.node(nxt, mode, path, tprefix)
                kids += [_NumKeys(self, arr), arr]
                reqs += [True, "optional" not in nxt.get("flags", [])]
                i += 2
                continue
            kids.append(self.node(a, mode, path, tprefix))
            reqs.append("optional" not in a.get("flags", []))
            i += 1
        return kids, reqs

    def node(self, a, mode, path, tprefix=None):
        n = self._node(a, mode, path, tprefix)
        n.j = a     # the argument it came from (tests/wrapper_cases.h)
        return n

    def _node(self, a, mode, path, tprefix=None):
        fl = set(a.get("flags", []))
        t, tok = a["type"], a.get("token")
        optional, multiple = "optional" in fl, "multiple" in fl
        if optional:
            mode = "opt"
        if a["name"] in STRING_PARAMS.get(self.e["name"], []):
            t = "string"
        base = _tokname(tok) or _ident(a["name"])
        if tprefix and not tok:
            base = tprefix + "_" + base
        pos = mode == "pos"
        if multiple:
            group = None
            if t in SIMPLE:
                group = 1
            elif t == "block" and all(_simple_member(x) for x in a["arguments"]):
                group = len(a["arguments"])
            if group:
                p = self.param(a["name"]) if pos else None
                if p:
                    self.params.append(("int", p + "_count"))
                    self.params.append(("const char *const *", p))
                return _Arr(self, tok, "multiple_token" in fl, group, base, path, p)
            if t == "oneof" and all("optional" in x.get("flags", []) and "multiple" not in x.get("flags", [])
                                    for x in a["arguments"]):
                kids = [self.node(x, "opt", path + [a["name"]]) for x in a["arguments"]]
                return _OneOf(tok, kids, not optional, True)
            self.tail = True
            return _Tail(self)
        if t == "pure-token":
            if not optional and mode == "pos":
                return _Tok(tok)
            if not optional:
                return _Tok(tok)
            return _Flag(self, tok, base, path)
        if t in SIMPLE:
            kind = _NUM.get(t, "str")
            if pos:
                p = self.param(a["name"])
                self.params.append(({"str": "const char *", "ll": "long long", "d": "double"}[kind], p))
                return _Val(self, kind, tok, None, path, p)
            return _Val(self, kind, tok, base, path)
        if t == "oneof":
            alts = a["arguments"]
            if all(x["type"] == "pure-token" for x in alts):
                toks = [x["token"] for x in alts]
                if optional and not tok:
                    return _OneOf(None, [self.node(dict(x, flags=["optional"]), "opt", path + [a["name"]])
                                         for x in alts], False, False)
                if pos:
                    p = self.param(a["name"])
                    self.params.append(("const char *", p))
                    return _Choice(self, tok, toks, None, path, p)
                return _Choice(self, tok, toks, base, path)
            if pos and not tok and all(x["type"] == "pure-token" or _simple_member(x) for x in alts):
                vals = [x["name"] for x in alts if x["type"] != "pure-token"]
                p = self.param(vals[0] if len(vals) == 1 else a["name"])
                self.params.append(("const char *", p))
                return _Val(self, "str", None, None, path, p)
            kids = []
            for x in alts:
                xf = [f for f in x.get("flags", []) if f != "optional"] + ["optional"]
                kids.append(self.node(dict(x, flags=xf), "opt", path + [a["name"]]))
            return _OneOf(tok, kids, not optional, False)
        if t == "block":
            sub = a["arguments"]
            tp = _tokname(tok) if tok else None
            if pos:
                kids, reqs = self.seq(sub, "pos", path + [a["name"]], None)
                return _Seq(tok, kids, reqs, False)
            first = len(self.fields)
            kids, reqs = self.seq(sub, "opt", path + [a["name"]], tp)
            if not any(_owns(k) for k in kids):
                # a block of tokens only: a flag says whether to send it
                f = _Flag(self, None, base, path)
                s = _Seq(tok, kids, reqs, False)
                f.sub = s
                return _FlagSeq(f, s)
            s = _Seq(tok, kids, reqs, optional or mode == "opt")
            if tok and not any(r and _owns(k) for k, r in zip(kids, reqs)):
                # FULL [COUNT count]: the block can be sent without any of its
                # members: a flag sends it (setting a member implies it)
                s.flag = _Field(self, "flag", base, path)
                self.fields.insert(first, self.fields.pop())   # before its members
            return s
        raise SystemExit("%s: argument type %r" % (self.e["name"], t))

    def name_fields(self):
        fs = self.fields
        taken = {"call"}
        for _ in range(8):
            seen = {}
            for f in fs:
                for n in f.names(f.cand()):
                    seen.setdefault(n, []).append(f)
            clash = set()
            for n, lst in seen.items():
                if len(lst) > 1 or (n in taken and lst[0].kind != "len"):
                    clash.update(x for x in lst if x.kind != "len")
            clash = [f for f in clash if f.k < len([p for p in f.path if p])]
            if not clash:
                break
            for f in clash:
                f.k += 1
        used = set(taken)
        for f in fs:
            n, k = f.cand(), 2
            if f.kind != "len" and (n in C_KEYWORDS or n == "call"):
                n += "_"
            base = n
            while f.names(n) & used:
                n, k = "%s%d" % (base, k), k + 1
            used |= f.names(n)
            f.name = n


class _FlagSeq(_Node):
    def __init__(self, f, s):
        self.f, self.s = f.f, s

    def present(self):
        return self.f.ref()

    def emit(self, w, ind):
        w(ind + "if (%s) {" % self.f.ref())
        self.s.emit(w, ind + "    ")
        w(ind + "}")


def plan_wrapper(e):
    return _Plan(e)


def wrapper_name(e):
    return "arcmd_" + cident(e["name"].replace("|", "_"))


# The manual's side-by-side table (section 5): format string (f), the
# wrapper in one expression (w), and with the options made once (s).
COMMON_CALLS = [
    ("GET", 'ar_command(c, cb, ud, "GET %s", key)', 'arcmd_get(c, cb, ud, key, NULL)', None),
    ("SET", 'ar_command(c, cb, ud, "SET %s %s", key, val)', 'arcmd_set(c, cb, ud, key, val, NULL)', None),
    ("SET EX NX", 'ar_command(c, cb, ud, "SET %s %s EX %lld NX", key, val, ttl)',
     'arcmd_set(c, cb, ud, key, val, &(arcmd_set_opts){ .ex = &ttl, .nx = 1 })',
     'arcmd_set(c, cb, ud, key, val, &ex_nx)'),
    ("DEL 3 keys", 'ar_command(c, cb, ud, "DEL %s %s %s", k1, k2, k3)',
     'arcmd_del(c, cb, ud, AR_STRS(k1, k2, k3), NULL)', None),
    ("DEL n keys", None, 'arcmd_del(c, cb, ud, n, keys, NULL)', None),
    ("INCR", 'ar_command(c, cb, ud, "INCR %s", key)', 'arcmd_incr(c, cb, ud, key, NULL)', None),
    ("INCRBY", 'ar_command(c, cb, ud, "INCRBY %s %lld", key, n)', 'arcmd_incrby(c, cb, ud, key, n, NULL)', None),
    ("HSET 2 pairs", 'ar_command(c, cb, ud, "HSET %s %s %s %s %s", key, f1, v1, f2, v2)',
     'arcmd_hset(c, cb, ud, key, AR_STRS(f1, v1, f2, v2), NULL)', None),
    ("HGETALL", 'ar_command(c, cb, ud, "HGETALL %s", key)', 'arcmd_hgetall(c, cb, ud, key, NULL)', None),
    ("LPUSH 3", 'ar_command(c, cb, ud, "LPUSH %s %s %s %s", key, a, b, d)',
     'arcmd_lpush(c, cb, ud, key, AR_STRS(a, b, d), NULL)', None),
    ("LRANGE", 'ar_command(c, cb, ud, "LRANGE %s %d %d", key, 0, -1)', 'arcmd_lrange(c, cb, ud, key, 0, -1, NULL)', None),
    ("EXPIRE", 'ar_command(c, cb, ud, "EXPIRE %s %lld", key, ttl)', 'arcmd_expire(c, cb, ud, key, ttl, NULL)', None),
    ("EXPIRE NX", 'ar_command(c, cb, ud, "EXPIRE %s %lld NX", key, ttl)',
     'arcmd_expire(c, cb, ud, key, ttl, &(arcmd_expire_opts){ .nx = 1 })', 'arcmd_expire(c, cb, ud, key, ttl, &nx)'),
    ("ZADD", 'ar_command(c, cb, ud, "ZADD %s %s %s", key, s1, m1)', 'arcmd_zadd(c, cb, ud, key, AR_STRS(s1, m1), NULL)', None),
    ("ZADD GT CH", 'ar_command(c, cb, ud, "ZADD %s GT CH %s %s %s %s", key, s1, m1, s2, m2)',
     'arcmd_zadd(c, cb, ud, key, AR_STRS(s1, m1, s2, m2), &(arcmd_zadd_opts){ .gt = 1, .ch = 1 })',
     'arcmd_zadd(c, cb, ud, key, AR_STRS(s1, m1, s2, m2), &gt_ch)'),
    ("XADD MAXLEN ~", 'ar_command(c, cb, ud, "XADD %s MAXLEN ~ %s * %s %s", key, max, f, v)',
     'arcmd_xadd(c, cb, ud, key, "*", AR_STRS(f, v), &(arcmd_xadd_opts){ .strategy = "MAXLEN", '
     '.approximately = 1, .threshold = max })',
     'arcmd_xadd(c, cb, ud, key, "*", AR_STRS(f, v), &capped)'),
]


def _common_table():
    out = []
    for name, f, w, so in COMMON_CALLS:
        first = True
        for k, code in (("f", f), ("w", w), ("s", so)):
            if code is None and k != "f":
                continue
            head = "   %-14s%s %3s  " % (name if first else "", k, len(code) if code else "--")
            first = False
            text = code if code else "(no format string: ar_command_argv and a built argv)"
            lines = _pack(head, text.split(", "), ", ", "", 100, " " * 26).rstrip("\n")
            out.append(lines)
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------
# Header generation
# --------------------------------------------------------------------------

# The generated regions of asyncredis_commands.h. The header is written by
# hand, except for the lines between a line containing "@generated NAME {"
# and one containing "@generated NAME }": the generator replaces those and
# leaves every other byte of the file alone.

REGIONS = ("source", "common calls", "constants", "wrapper declarations", "tables",
           "wrapper definitions")
_REGION_RE = re.compile(r"@generated ([a-z][a-z ]*[a-z]) ([{}])")


def gen_regions(m):
    """The text of each generated region (whole lines, each ending in a newline)."""
    ntop, nsub = len(m.top), len(m.subs)
    r = {}
    r["source"] = ("       COMMAND INFO + COMMAND DOCS of redis-server %s: %d commands,\n"
                   "       %d subcommands (AR_CMDTAB_SERVER_VERSION, AR_CMDTAB_*_COUNT).\n"
                   % (m.server_version, ntop, nsub))
    r["common calls"] = _common_table()
    out = []
    w = out.append
    w("#define AR_CMDTAB_SERVER_VERSION %s  /* the server commands.json came from */\n"
      % cstr(m.server_version))
    w("#define AR_CMDTAB_TOPLEVEL_COUNT %d    /* == COMMAND COUNT */\n" % ntop)
    w("#define AR_CMDTAB_SUBCOMMAND_COUNT %d\n" % nsub)
    w("#define AR_CMDTAB_COUNT %d\n\n" % (ntop + nsub))
    w("/* command flags (ar_cmdtab_cmd.flags), from COMMAND INFO */\n")
    for i, f in enumerate(CMD_FLAGS):
        w("#define AR_CMDTAB_F_%s (1ul << %d)\n" % (macro(f), i))
    w("\n/* ACL categories (ar_cmdtab_cmd.acl) */\n")
    for i, f in enumerate(ACL_CATS):
        w("#define AR_CMDTAB_ACL_%s (1ul << %d)\n" % (macro(f), i))
    w("\n/* command tips (ar_cmdtab_cmd.tips), for cluster routing */\n")
    for i, f in enumerate(TIPS):
        w("#define AR_CMDTAB_TIP_%s (1ul << %d)\n" % (macro(f), i))
    w("\n/* key spec flags (ar_cmdtab_keyspec.flags and the kflags of a key) */\n")
    for i, f in enumerate(KS_FLAGS):
        w("#define AR_CMDTAB_KS_%s (1u << %d)\n" % (macro(f), i))
    w("\n/* command groups (ar_cmdtab_cmd.group) */\nenum {\n")
    for i, g in enumerate(GROUPS):
        w("    AR_CMDTAB_GROUP_%s = %d,\n" % (macro(g), i))
    w("    AR_CMDTAB_GROUP_COUNT_ = %d\n};\n" % len(GROUPS))
    r["constants"] = "".join(out)
    r["tables"] = gen_tables(m)
    r["wrapper declarations"], r["wrapper definitions"] = gen_wrappers(m)
    return r


def gen_tables(m):
    out = []
    w = out.append
    w("static const ar_cmdtab_keyspec ar_cmdtab__specs[%d] = {\n" % max(1, len(m.specs)))
    for ks in m.specs or [None]:
        if ks is None:
            w("    {0, 0, 0, NULL, 0, 0, 0, 0, 0, 0, 0}\n")
            continue
        bs, fk = ks["begin_search"], ks["find_keys"]
        bst = {"index": "INDEX", "keyword": "KEYWORD"}.get(bs["type"], "UNKNOWN")
        fkt = {"range": "RANGE", "keynum": "KEYNUM"}.get(fk["type"], "UNKNOWN")
        bsp, fkp = bs.get("spec", {}), fk.get("spec", {})
        w("    {%s, AR_CMDTAB_BS_%s, %d, %s, %d, AR_CMDTAB_FK_%s, %d, %d, %d, %d, %d},\n" % (
            bitexpr("AR_CMDTAB_KS_", ks["flags"], KS_FLAGS, "key spec flag", "spec"),
            bst, bsp.get("index", 0),
            cstr(bsp["keyword"].upper()) if "keyword" in bsp else "NULL",
            bsp.get("startfrom", 0), fkt,
            fkp.get("lastkey", 0), fkp.get("keystep", 1), fkp.get("limit", 0),
            fkp.get("keynumidx", 0), fkp.get("firstkey", 0)))
    w("};\n\n")
    w("static const ar_cmdtab_option ar_cmdtab__options[%d] = {\n" % max(1, len(m.optitems)))
    for it in m.optitems or [None]:
        if it is None:
            w("    {NULL, 0, 0, 0}\n")
            continue
        role = "AR_CMDTAB_POS_%s" % macro(it["role"]) if it.get("role") else "0"
        if it.get("role") == "timeout_ms":
            role = "AR_CMDTAB__TIMEOUT_MS"
        if it.get("hash_literal"):
            role += "|AR_CMDTAB_POS_HASH_LITERAL"
        if it.get("last"):
            role += "|AR_CMDTAB_POS_LAST"
        w("    {%s, %d, %s, %s},\n" % (cstr(it["keyword"].upper()), it["nargs"], role,
                                     bitexpr("AR_CMDTAB_KS_", it.get("key_flags", []),
                                             KS_FLAGS, "key flag", it["keyword"])))
    w("};\n\n")
    w("static const ar_cmdtab_posrule ar_cmdtab__rules[%d] = {\n" % max(1, len(m.rules)))
    for r in m.rules or [None]:
        if r is None:
            w("    {0, 0, 0, 0, 0, 0}\n")
            continue
        kind, role, a, b, opt = r
        w("    {AR_CMDTAB_PR_%s, %s, %d, %d, %d, %d},\n" % (
            kind, "AR_CMDTAB_POS_%s" % macro(role) if role else "0", a, b,
            opt[0] if opt else 0, opt[1] if opt else 0))
    w("};\n\n")
    w("static const char ar_cmdtab__group_names[AR_CMDTAB_GROUP_COUNT_][%d] = {\n    %s\n};\n\n"
      % (max(len(g) for g in GROUPS) + 1, ", ".join(cstr(g) for g in GROUPS)))
    # >>learn: COMMAND INFO's flag names, by bit (ar_cmdtab_learn reads them)
    w("static const char ar_cmdtab__flag_names[%d][24] = {\n    %s\n};\n"
      % (len(CMD_FLAGS), ", ".join(cstr(f) for f in CMD_FLAGS)))
    w("static const char ar_cmdtab__ks_names[%d][24] = {\n    %s\n};\n\n"
      % (len(KS_FLAGS), ", ".join(cstr(f) for f in KS_FLAGS)))
    w("/* Top-level commands sorted by name [0, AR_CMDTAB_TOPLEVEL_COUNT), then each\n"
      "   container's subcommands, sorted, as one contiguous run per container. */\n")
    w("static const ar_cmdtab_cmd ar_cmdtab__cmds[AR_CMDTAB_COUNT] = {\n")
    for i, e in enumerate(m.entries):
        ci = m.cinfo[i]
        sf, sc = m.sub_range(e)
        short = e["name"].split("|")[-1]
        w("    /* %d */ {%s, %s, %d, %d, %d, %d,\n" % (
            i, cstr(short), cstr(e["name"]), m.parent_of(e), sf, sc, e["arity"]))
        w("        %s,\n" % bitexpr("AR_CMDTAB_F_", e["flags"], CMD_FLAGS, "flag", e["name"]))
        w("        %s,\n" % bitexpr("AR_CMDTAB_ACL_", e["acl_categories"], ACL_CATS,
                                   "ACL category", e["name"]))
        tips = [t.lower() for t in e.get("tips", [])]
        w("        %s,\n" % bitexpr("AR_CMDTAB_TIP_", tips, TIPS, "tip", e["name"]))
        grp = e.get("group", "generic")
        if grp not in GROUPS:
            raise SystemExit("%s: unknown group %r" % (e["name"], grp))
        w("        AR_CMDTAB_GROUP_%s, %s, %s, %d, %d, %d,\n" % (
            macro(grp), cstr(e.get("since", "")),
            cstr(e["deprecated_since"]) if e.get("deprecated_since") else "NULL",
            e["first_key"], e["last_key"], e["step"]))
        w("        AR_CMDTAB_KEYS_%s, %d, %d, %d, %d,\n" % (
            macro(ci["how"]), ci["spec_first"], ci["spec_count"],
            ci["rule_first"], ci["rule_count"]))
        w("        AR_CMDTAB_BLOCK_%s, %d, %d, %d},\n" % ci["block"])
    w("};\n")
    return "".join(out)


def split_regions(text, path):
    """[(name or None, text)]: the file cut into hand-written runs (None)
    and the contents of its generated regions; the marker lines belong to
    the hand-written runs. SystemExit on an unclosed, unopened, nested or
    repeated region."""
    parts, cur, name, seen = [], [], None, set()
    for no, line in enumerate(text.splitlines(True), 1):
        mk = _REGION_RE.search(line)
        if mk and mk.group(2) == "}":
            if name != mk.group(1):
                raise SystemExit("%s:%d: '@generated %s }' closes %s" % (
                    path, no, mk.group(1), "region '%s'" % name if name else "no region"))
            parts.append((name, "".join(cur)))
            cur, name = [line], None
            continue
        cur.append(line)
        if mk:
            if name:
                raise SystemExit("%s:%d: region '%s' opens inside region '%s'" % (
                    path, no, mk.group(1), name))
            if mk.group(1) in seen:
                raise SystemExit("%s:%d: region '%s' appears twice" % (path, no, mk.group(1)))
            seen.add(mk.group(1))
            parts.append((None, "".join(cur)))
            cur, name = [], mk.group(1)
    if name:
        raise SystemExit("%s: region '%s' is not closed (no '@generated %s }' line)"
                         % (path, name, name))
    parts.append((None, "".join(cur)))
    return parts


def fill_regions(template, regions, path):
    """template with each generated region's contents replaced by regions[name]."""
    parts = split_regions(template, path)
    have = [n for n, _ in parts if n]
    missing = [n for n in regions if n not in have]
    if missing:
        raise SystemExit("%s: generated region%s %s missing: the file needs a line with "
                         "'@generated NAME {' and one with '@generated NAME }' for each"
                         % (path, "s" if len(missing) > 1 else "",
                            ", ".join("'%s'" % n for n in missing) +
                            (" are" if len(missing) > 1 else " is")))
    unknown = [n for n in have if n not in regions]
    if unknown:
        raise SystemExit("%s: unknown generated region%s %s (known: %s)" % (
            path, "s" if len(unknown) > 1 else "", ", ".join("'%s'" % n for n in unknown),
            ", ".join(regions)))
    return "".join(regions[n] if n else t for n, t in parts)


def default_header():
    return os.path.join(HERE, "asyncredis_commands.h")


def gen_header(m, template=None, path=None):
    """The header: template (default: the committed asyncredis_commands.h)
    with its generated regions filled from m."""
    path = path or default_header()
    if template is None:
        template = _read(default_header())
    return fill_regions(template, gen_regions(m), path)


# --------------------------------------------------------------------------
# Wrappers
# --------------------------------------------------------------------------


def _wrap(text, width=100, indent="    "):
    """Break a line of C at spaces (never inside a string) to fit width."""
    import textwrap
    if len(text) <= width:
        return [text]
    return textwrap.wrap(text, width, subsequent_indent=indent, break_long_words=False,
                         break_on_hyphens=False)


def _pack(head, items, sep, tail, width=100, indent="    "):
    """head + items joined by sep + tail, broken between items to fit width."""
    lines, cur = [], head
    for i, it in enumerate(items):
        piece = it + (sep if i + 1 < len(items) else tail)
        if len(cur) + len(piece.rstrip()) > width and cur.strip():
            lines.append(cur.rstrip())
            cur = indent
        cur += piece
    lines.append(cur.rstrip())
    return "\n".join(lines) + "\n"


def _wrap_comment(e):
    doc = render_syntax(e)
    if e.get("summary"):
        doc += " -- " + e["summary"].rstrip(".")
    g = "%s, %s" % (e.get("group", "?"), e.get("since", "?"))
    if e.get("deprecated_since"):
        g += ", deprecated %s" % e["deprecated_since"]
        if e.get("replaced_by"):
            g += ": " + e["replaced_by"].replace("`", "")
    doc = ccomment("%s (%s)" % (doc, g))
    return "\n".join(_wrap("/* " + doc + " */", 100, "   ")) + "\n"


def _opts_type(e):
    return wrapper_name(e) + "_opts"


def _decl_struct(p):
    """The options struct: `call` first, the fields in argument order
    (neighbours of one type share a declaration), then the lengths."""
    groups = []

    def add(ctype, d):
        if groups and groups[-1][0] == ctype:
            groups[-1][1].append(d)
        else:
            groups.append((ctype, [d]))
    add("const ar_cmd_opts", "*call")
    lens = []
    for f in p.fields:
        k, n = f.kind, f.name
        if k == "flag":
            add("int", n)
        elif k in ("str", "choice"):
            add("const char", "*" + n)
            if k == "str":
                lens.append(n + "_len")
        elif k == "ll":
            add("const long long", "*" + n)
        elif k == "d":
            add("const double", "*" + n)
        elif k == "arr":
            add("int", n + "_count")
            add("const char *const", "*" + n)
            lens.append(n + "_len")
        elif k == "len":
            lens.append(n + "_len")
        elif k == "tail":
            add("int", "argc")
            add("const char *const", "*argv")
            add("const size_t", "*argvlen")
    for n in lens:
        add("const size_t", "*" + n)
    decls = ["%s %s;" % (t, ", ".join(ds)) for t, ds in groups]
    t = _opts_type(p.e)
    return _pack("typedef struct %s { " % t, decls, " ", " } %s;" % t)


def _proto(p, end):
    ps = ["ar_client *c", "ar_callback *cb", "void *ud"]
    i = 0
    while i < len(p.params):
        t, n = p.params[i]
        ps.append(("%s%s" if t.endswith("*") else "%s %s") % (t, n))
        i += 1
    ps.append("const %s *o" % _opts_type(p.e))
    return _pack("AR_API int %s(" % wrapper_name(p.e), ps, ", ", ")" + end)


def gen_wrapper(e):
    """(declaration, definition) of one command's wrapper."""
    p = plan_wrapper(e)
    decl = _wrap_comment(e) + _decl_struct(p) + _proto(p, ";")
    words = e["name"].upper().split("|")
    body = []
    p.root.emit(body.append, "    ")
    d = _proto(p, "") + "{\n"
    d += "    ARCMD__BEGIN(%s, %s, %s);\n" % (_opts_type(e), cstr(words[0]),
                                            cstr(words[1]) if len(words) > 1 else "NULL")
    d += "".join(l + "\n" for l in body)
    d += "    return arcmd__send(&x, o->call, cb, ud);\n}\n"
    return decl, d, p


WRAPPER_NUMS = 8   # ARCMD__NUMS in the wrapper support: numbers one wrapper may format


def gen_wrappers(m):
    """(decls, defs): the options structs, one-line docs and prototypes (for
    every translation unit) and the definitions (the implementation's)."""
    decls = []
    defs = []
    seen = set()
    bygroup = {}
    nums = 1
    for e in m.entries:
        if e.get("subcommands"):
            continue   # containers: use their subcommands' wrappers
        bygroup.setdefault(e.get("group", "generic"), []).append(e)
    for g in GROUPS:
        if g not in bygroup:
            continue
        decls.append("\n/* >>wrappers:%s %s */\n" % (g, "-" * (60 - len(g))))
        for e in sorted(bygroup[g], key=lambda x: x["name"]):
            fn = wrapper_name(e)
            if fn in seen:
                raise SystemExit("wrapper name collision: %s" % fn)
            seen.add(fn)
            dc, df, p = gen_wrapper(e)
            nums = max(nums, p.nums)
            decls.append(dc)
            defs.append(df)
    if nums > WRAPPER_NUMS:
        raise SystemExit("a wrapper formats %d numbers: raise ARCMD__NUMS (and WRAPPER_NUMS)" % nums)
    return "".join(decls), "".join(defs)


# --------------------------------------------------------------------------
# Wrapper cases (tests/wrapper_cases.h): every wrapper called with all its
# options set, with none, and with each alternative of each choice; next to
# each call the argv the argument tree says it must send. The C calls come
# from the wrapper plans, the argvs straight from the trees (a second,
# independent reading of COMMAND DOCS).
# --------------------------------------------------------------------------

REP = 2   # a repeated argument is given twice


class _Case:
    def __init__(self, m):
        self.jid = 0
        self.orig = {}

    def number(self, args):
        for a in args:
            self.jid += 1
            a["_jid"] = self.jid
            self.orig[self.jid] = a
            self.number(a.get("arguments", []))


# placeholders the server must understand for the command to parse at all
CASE_VALUES = {"operation": "AND"}   # BITOP operation (a string in the docs)


def _cval(a, r):
    """The value a leaf gets (repetition r): distinct per argument."""
    j, t = a["_jid"], a["type"]
    if t == "string" and a["name"] in CASE_VALUES:
        return CASE_VALUES[a["name"]]
    sfx = "" if r == 0 else "x%d" % r
    if t in ("integer", "unix-time"):
        return str(j * 10 + r)
    if t == "double":
        return "%d.5" % (j * 10 + r)
    return ("k%d" if t == "key" else "s%d") % j + sfx


def _untyped(a):
    fl = set(a.get("flags", []))
    t = a["type"]
    if "multiple" not in fl:
        return False
    if t in SIMPLE:
        return False
    if t == "block" and all(_simple_member(x) for x in a["arguments"]):
        return False
    if t == "oneof" and all("optional" in x.get("flags", []) and "multiple" not in x.get("flags", [])
                            for x in a["arguments"]):
        return False
    return True


def _jargv(e, args, inc, choice, out):
    """The argv the tree prescribes: optional arguments when inc, choice[jid]
    for each oneof (default the first), repeated arguments REP times."""
    i = 0
    while i < len(args):
        a = args[i]
        nxt = args[i + 1] if i + 1 < len(args) else None
        if (a["type"] == "integer" and "numkeys" in a["name"].replace("-", "") and nxt
                and nxt["type"] == "key" and "multiple" in nxt.get("flags", []) and not nxt.get("token")):
            tmp = []
            _jarg(e, nxt, inc, choice, tmp)
            out.append(str(len(tmp)))
            out.extend(tmp)
            i += 2
            continue
        _jarg(e, a, inc, choice, out)
        i += 1


def _jarg(e, a, inc, choice, out, force=False):
    fl = set(a.get("flags", []))
    t, tok = a["type"], a.get("token")
    if "optional" in fl and not inc and not force:
        return
    if a["name"] in STRING_PARAMS.get(e["name"], []):
        a = dict(a, type="string")
        t = "string"
    if "multiple" in fl:
        if _untyped(a):
            return
        if t == "oneof":   # each alternative once
            if tok:
                out.append(tok)
            for x in a["arguments"]:
                _jarg(e, x, inc, choice, out, True)
            return
        for r in range(REP):
            if tok is not None and (r == 0 or "multiple_token" in fl):
                out.append(tok)
            if t == "block":
                out.extend(_cval(x, r) for x in a["arguments"])
            else:
                out.append(_cval(a, r))
        return
    if t == "pure-token":
        out.append(tok)
        return
    if tok is not None:
        out.append(tok)
    if t in SIMPLE:
        out.append(_cval(a, 0))
    elif t == "oneof":
        x = a["arguments"][choice.get(a["_jid"], 0)]
        _jarg(e, x, inc, choice, out, True)
    elif t == "block":
        _jargv(e, a["arguments"], inc, choice, out)


class _CSet:
    """The C that sets a wrapper's parameters and options for one case."""

    def __init__(self, cs, inc, choice):
        self.cs, self.inc, self.choice = cs, inc, choice
        self.pre = []      # declarations
        self.sets = []     # o.x = ...;
        self.params = {}   # name -> C expression
        self.n = 0

    def opt(self, node):
        j = getattr(node, "j", None)
        return j is not None and "optional" in self.cs.orig[j["_jid"]].get("flags", [])

    def arr(self, vals):
        self.n += 1
        self.pre.append("static const char *const a%d[] = { %s };" % (
            self.n, ", ".join(cstr(v) for v in vals)))
        return "a%d" % self.n

    def num(self, ctype, v):
        self.n += 1
        self.pre.append("%s v%d = %s;" % (ctype, self.n, v))
        return "&v%d" % self.n

    def walk(self, node, force=False):
        if self.opt(node) and not self.inc and not force:
            return
        if isinstance(node, (_Tok, _NumKeys, _Tail)):
            return
        j = getattr(node, "j", None)
        if isinstance(node, _Flag):
            self.sets.append("o.%s = 1;" % node.f.name)
        elif isinstance(node, _FlagSeq):
            self.sets.append("o.%s = 1;" % node.f.name)
        elif isinstance(node, _Val):
            if node.param is not None and j["type"] == "oneof":
                x = j["arguments"][self.choice.get(j["_jid"], 0)]
                v = x["token"] if x["type"] == "pure-token" else _cval(x, 0)
                self.params[node.param] = cstr(v)
                return
            t = j["type"] if node.kind == "str" and j["type"] in ("key", "string", "pattern") else \
                {"str": "string", "ll": "integer", "d": "double"}[node.kind]
            v = _cval(dict(j, type=t), 0)
            if node.param is not None:
                self.params[node.param] = cstr(v) if node.kind == "str" else v
            elif node.kind == "str":
                self.sets.append("o.%s = %s;" % (node.f.name, cstr(v)))
            else:
                self.sets.append("o.%s = %s;" % (node.f.name, self.num(
                    "long long" if node.kind == "ll" else "double", v)))
        elif isinstance(node, _Choice):
            v = j["arguments"][self.choice.get(j["_jid"], 0)]["token"]
            if node.param is not None:
                self.params[node.param] = cstr(v)
            else:
                self.sets.append("o.%s = %s;" % (node.f.name, cstr(v)))
        elif isinstance(node, _Arr):
            vals = []
            jj = dict(j, type="string") if j["type"] in SIMPLE and j["name"] in STRING_PARAMS.get(
                self.cs.e["name"], []) else j
            for r in range(REP):
                if jj["type"] == "block":
                    vals.extend(_cval(x, r) for x in jj["arguments"])
                else:
                    vals.append(_cval(jj, r))
            a = self.arr(vals)
            if node.param is not None:
                self.params[node.param + "_count"] = str(len(vals))
                self.params[node.param] = a
            else:
                self.sets.append("o.%s_count = %d; o.%s = %s;" % (node.f.name, len(vals), node.f.name, a))
        elif isinstance(node, _Seq):
            if node.flag is not None and (self.inc or force):
                self.sets.append("o.%s = 1;" % node.flag.name)
            for k in node.kids:
                self.walk(k)
        elif isinstance(node, _OneOf):
            if node.multiple:
                for k in node.kids:
                    self.walk(k, True)
            else:
                k = node.kids[self.choice.get(j["_jid"], 0)]
                self.walk(k, True)


def _oneofs(args, acc):
    for a in args:
        if a["type"] == "oneof" and "multiple" not in a.get("flags", []) and len(a["arguments"]) > 1:
            acc.append(a)
        _oneofs(a.get("arguments", []), acc)
    return acc


def gen_wrapper_cases(m):
    cs = _Case(m)
    out = ["/* tests/wrapper_cases.h - GENERATED by gen_commands.py from commands.json: one",
           "   function per wrapper case (every option set, none set, each alternative of",
           "   each choice), each calling WC_CASE(group, flags, expected argv, call).",
           "   tests/test_cmd_argv.c defines WC_CASE. Do not edit: run `make commands`. */",
           ""]
    names = []
    for e in m.entries:
        if e.get("subcommands"):
            continue
        cs.number(e["arguments"])
        cs.e = e
        p = plan_wrapper(e)
        fn = wrapper_name(e)
        words = e["name"].upper().split("|")
        variants = [(True, {}), (False, {})]
        for a in _oneofs(e["arguments"], []):
            for k in range(1, len(a["arguments"])):
                variants.append((True, {a["_jid"]: k}))
        seen = set()
        for inc, choice in variants:
            argv = list(words)
            _jargv(e, e["arguments"], inc, choice, argv)
            c = _CSet(cs, inc, choice)
            c.walk(p.root)
            key = tuple(argv)
            if key in seen:
                continue
            seen.add(key)
            args = []
            for t, n in p.params:
                args.append(c.params.get(n, "0" if t == "int" else "NULL"))
            name = "wc_%s_%d" % (fn[6:], len(seen))
            names.append(name)
            flags = "|".join("WC_" + macro(f) for f in ("blocking",) if f in e["flags"]) or "0"
            out.append("static void %s(void) {" % name)
            out.append("    %s o;" % _opts_type(e))
            for d in c.pre:
                out.append("    " + d)
            out.append("    memset(&o, 0, sizeof o);")
            for s in c.sets:
                out.append("    " + s)
            call = "%s(WC_CLIENT, WC_CB, NULL%s, &o)" % (fn, "".join(", " + x for x in args))
            out.append("    WC_CASE(%s, %s, %s, %s);" % (cstr(e.get("group", "")), flags,
                                                       cstr(" ".join(_case_arg(x) for x in argv)), call))
            out.append("}")
    out.append("")
    out.append("#define WC_NCASES %d" % len(names))
    out.append("static void wc_run_all(void) {")
    for n in names:
        out.append("    %s();" % n)
    out.append("}")
    return "\n".join(out) + "\n"


def _case_arg(a):
    """An argument as tests/test_cmd_argv.c renders it."""
    if a == "":
        return '""'
    return "".join(ch if 0x20 < ord(ch) < 0x7f and ch != "\\" else "\\x%02x" % ord(ch) for ch in a)


# --------------------------------------------------------------------------
# Representative argvs for the key-extraction test (COMMAND GETKEYS oracle)
# --------------------------------------------------------------------------


class _Gen:
    def __init__(self, rep, optional, choices):
        self.rep = rep
        self.optional = optional
        self.choices = choices   # path -> alternative index
        self.n = {"k": 0, "s": 0}
        self.oneofs = []         # (path, count) met

    def val(self, a):
        t = a["type"]
        if t == "key":
            self.n["k"] += 1
            return "k%d" % self.n["k"]
        if t in ("integer", "unix-time"):
            return "1"
        if t == "double":
            return "1.5"
        self.n["s"] += 1
        return "s%d" % self.n["s"]

    def args(self, args, path, out):
        # returns list of generated strings; handles numkeys coupling
        pending = None
        for i, a in enumerate(args):
            p = path + (i,)
            if a["type"] == "integer" and "numkeys" in a["name"].replace("-", ""):
                out.append(None)
                pending = len(out) - 1
                continue
            before = len(out)
            self.arg(a, p, out)
            if pending is not None and a["type"] == "key":
                out[pending] = str(len(out) - before)
                pending = None
        if pending is not None:
            out[pending] = "0"

    def arg(self, a, path, out):
        fl = set(a.get("flags", []))
        if "optional" in fl and not self.optional:
            return
        reps = self.rep if "multiple" in fl else 1
        for r in range(reps):
            if a.get("token") is not None and (r == 0 or "multiple_token" in fl or a["type"] == "pure-token"):
                out.append(a["token"])
            t = a["type"]
            if t == "pure-token":
                break
            if t == "oneof":
                self.oneofs.append((path, len(a["arguments"])))
                k = self.choices.get(path, 0)
                self.args([dict(a["arguments"][k], flags=[
                    f for f in a["arguments"][k].get("flags", []) if f != "optional"])],
                    path + (k,), out)
            elif t == "block":
                self.args(a["arguments"], path, out)
            else:
                out.append(self.val(a))


def cases_for(e, extra_opts=None):
    words = e["name"].upper().split("|")
    res = []
    seen = set()

    def add(argv):
        t = tuple(argv)
        if t not in seen:
            seen.add(t)
            res.append(argv)

    base = [(1, False), (1, True), (2, True), (3, True), (2, False)]
    oneofs = []
    for rep, opt in base:
        g = _Gen(rep, opt, {})
        out = []
        g.args(e["arguments"], (), out)
        add(words + out)
        if opt and rep == 1:
            oneofs = g.oneofs
    for path, cnt in oneofs:
        for k in range(1, cnt):
            for rep, opt in ((1, True), (2, False)):
                g = _Gen(rep, opt, {path: k})
                out = []
                g.args(e["arguments"], (), out)
                add(words + out)
    # only argvs the arity admits
    ar = e["arity"]
    return [c for c in res if (len(c) == ar if ar > 0 else len(c) >= -ar)]


def gen_cases(m):
    lines = ["# Representative argvs, generated by gen_commands.py from commands.json;",
             "# tests/test_cmd_keys.c compares ar_cmdtab_getkeys with COMMAND GETKEYS on each.",
             "# One argv per line, arguments separated by one space; \"\" is an empty",
             "# argument. Do not edit: run `make commands`."]
    for e in m.entries:
        if e.get("subcommands"):
            continue
        for c in cases_for(e):
            lines.append(_case_line(c))
    for c in m.ov.get("extra_cases", []):
        lines.append(_case_line(c["argv"]))
    return "\n".join(lines) + "\n"


def _case_line(argv):
    for a in argv:
        if re.search(r"[\s\"\\]", a):
            raise SystemExit("case argument %r needs escaping" % a)
    return " ".join(a if a else '""' for a in argv)


# --------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------


def _read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def _write(path, text):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    os.replace(tmp, path)


def _diff_summary(path, old, new):
    d = list(difflib.unified_diff(old.splitlines(), new.splitlines(),
                                  path + " (on disk)", path + " (generated)", lineterm="", n=1))
    add = sum(1 for l in d if l.startswith("+") and not l.startswith("+++"))
    rem = sum(1 for l in d if l.startswith("-") and not l.startswith("---"))
    head = "\n".join(d[:40])
    return "%s differs: %d lines added, %d removed\n%s%s" % (
        path, add, rem, head, "\n..." if len(d) > 40 else "")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[1],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--from-server", metavar="HOST:PORT|SOCKET")
    ap.add_argument("--password")
    ap.add_argument("--user")
    ap.add_argument("--json", default=os.path.join(HERE, "commands.json"))
    ap.add_argument("--overrides", default=os.path.join(HERE, "key_overrides.json"))
    ap.add_argument("-o", "--output", help="the header to write (default: asyncredis_commands.h "
                    "next to this script); its generated regions are rewritten in place")
    ap.add_argument("--template", help="take the hand-written parts from this header (default: "
                    "the output file if it exists, else asyncredis_commands.h next to this script)")
    ap.add_argument("--cases", default=os.path.join(HERE, "tests", "key_cases.txt"),
                    help="also write the key-extraction test argvs here ('' to skip)")
    ap.add_argument("--wrapper-cases", default=None,
                    help="also write the wrapper test cases here ('' to skip; default: "
                    "tests/wrapper_cases.h, unless -o names another header)")
    ap.add_argument("--check", action="store_true",
                    help="compare generated output with the files on disk")
    ap.add_argument("--check-json", action="store_true",
                    help="with --from-server: compare with the committed commands.json")
    ap.add_argument("--from-files", nargs=2, metavar=("INFO.json", "DOCS.json"),
                    help="build commands.json (-o, default --json) from saved COMMAND INFO and "
                    "COMMAND DOCS replies: redis-cli --json COMMAND INFO > info.json (RESP3) "
                    "or with -2 (RESP2), either order")
    ap.add_argument("--from-dir", metavar="DIR",
                    help="build commands.json from a server source's src/commands/*.json "
                    "(redis 7.0 or later, valkey)")
    ap.add_argument("--server-version", help="with --from-files / --from-dir: the server's version "
                    "(default: from version.h next to DIR, else 'unknown')")
    a = ap.parse_args(argv)

    if a.from_files or a.from_dir:
        data = (load_saved(a.from_files, a.server_version) if a.from_files
                else load_source_dir(a.from_dir, a.server_version))
        out = a.output or a.json
        _write(out, dump_json(data))
        print("wrote %s: %d commands, %d subcommands, server %s" % (
            out, data["command_count"],
            sum(len(e.get("subcommands", {})) for e in data["commands"].values()),
            data["server_version"]))
        return 0

    if a.from_server:
        data = fetch_from_server(a.from_server, a.password, a.user)
        text = dump_json(data)
        if a.check_json:
            old = _read(a.json)
            if old != text:
                sys.stderr.write(_diff_summary(a.json, old, text) + "\n")
                return 1
            print("%s matches redis-server %s" % (a.json, data["server_version"]))
            return 0
        _write(a.output or a.json, text)
        print("wrote %s: %d commands from redis-server %s" % (
            a.output or a.json, data["command_count"], data["server_version"]))
        return 0

    m = Model(json.loads(_read(a.json)), json.loads(_read(a.overrides)))
    hpath = a.output or default_header()
    tpl = a.template or (hpath if os.path.exists(hpath) else default_header())
    outs = [(hpath, gen_header(m, _read(tpl), tpl))]
    if a.cases:
        outs.append((a.cases, gen_cases(m)))
    if a.wrapper_cases is None and not a.output:
        a.wrapper_cases = os.path.join(HERE, "tests", "wrapper_cases.h")
    if a.wrapper_cases:
        outs.append((a.wrapper_cases, gen_wrapper_cases(m)))
    if a.check:
        bad = 0
        for path, text in outs:
            old = _read(path) if os.path.exists(path) else ""
            if old != text:
                sys.stderr.write(_diff_summary(path, old, text) + "\n")
                bad = 1
        if bad:
            sys.stderr.write("generated files are stale: run `make commands`\n")
            return 1
        print("generated files are up to date")
        return 0
    for path, text in outs:
        _write(path, text)
        print("wrote %s" % path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
