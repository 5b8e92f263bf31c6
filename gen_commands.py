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
      Read commands.json + key_overrides.json and rewrite the generated
      regions of asyncredis_commands.h (and, with --cases, write the
      representative argvs that the key-extraction test compares with the
      server's COMMAND GETKEYS). The header is written by hand except for
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


def plan_wrapper(e):
    """Return the list of items of the typed part and whether a tail follows.
    Items: ('tok', TOKEN) | ('str', name) | ('choice', name) | ('int', name)
           | ('arr', name, group)"""
    items = []
    args = e["arguments"]
    i = 0
    while i < len(args):
        a = args[i]
        fl = set(a.get("flags", []))
        t = a["type"]
        if "optional" in fl:
            break
        if "multiple" not in fl:
            nxt = args[i + 1] if i + 1 < len(args) else None
            if (t == "integer" and a["name"] == "numkeys" and nxt and nxt["type"] == "key"
                    and set(nxt.get("flags", [])) == {"multiple"} and not nxt.get("token")):
                # numkeys is the length of the key array that follows: filled in
                items.append(("count", nxt["name"]))
            elif t in SIMPLE:
                if a.get("token"):
                    items.append(("tok", a["token"]))
                typ = "int" if t in ("integer", "unix-time") else "str"
                if a["name"] in STRING_PARAMS.get(e["name"], []):
                    typ = "str"
                items.append((typ, a["name"]))
            elif t == "pure-token":
                items.append(("tok", a["token"]))
            elif t == "oneof" and not a.get("token") and all(
                    (x["type"] == "pure-token" or (x["type"] in SIMPLE and not x.get("token")))
                    and not x.get("flags") for x in a["arguments"]):
                items.append(("choice" if all(x["type"] == "pure-token" for x in a["arguments"])
                              else "str", a["name"]))
            elif t == "block" and all(_is_simple(x) or (x["type"] == "pure-token")
                                      for x in a["arguments"]):
                if a.get("token"):
                    items.append(("tok", a["token"]))
                for x in a["arguments"]:
                    if x["type"] == "pure-token":
                        items.append(("tok", x["token"]))
                        continue
                    if x.get("token"):
                        items.append(("tok", x["token"]))
                    items.append(("int" if x["type"] in ("integer", "unix-time") else "str",
                                  x["name"]))
            else:
                break
        else:
            if "multiple_token" in fl or a.get("token"):
                break
            if t in SIMPLE:
                items.append(("arr", a["name"], 1))
            elif t == "block" and all(_is_simple(x) and not x.get("token")
                                      for x in a["arguments"]):
                items.append(("arr", a["name"], len(a["arguments"])))
            else:
                break
        i += 1
    tail = i < len(args) or (not args and e["arity"] < 0 and "subcommands" not in e
                             and e["name"] not in ("quit",))
    return items, tail


def wrapper_name(e):
    return "arcmd_" + cident(e["name"].replace("|", "_"))


# --------------------------------------------------------------------------
# Header generation
# --------------------------------------------------------------------------

# The generated regions of asyncredis_commands.h. The header is written by
# hand, except for the lines between a line containing "@generated NAME {"
# and one containing "@generated NAME }": the generator replaces those and
# leaves every other byte of the file alone.

REGIONS = ("source", "constants", "wrapper declarations", "tables", "wrapper definitions")
_REGION_RE = re.compile(r"@generated ([a-z][a-z ]*[a-z]) ([{}])")


def gen_regions(m):
    """The text of each generated region (whole lines, each ending in a newline)."""
    ntop, nsub = len(m.top), len(m.subs)
    r = {}
    r["source"] = ("       COMMAND INFO + COMMAND DOCS of redis-server %s: %d commands,\n"
                   "       %d subcommands (AR_CMDTAB_SERVER_VERSION, AR_CMDTAB_*_COUNT).\n"
                   % (m.server_version, ntop, nsub))
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

RESERVED = {"c", "opts", "cb", "ud", "argc", "argv", "argvlen"}


def _param_names(items):
    used = set(RESERVED)
    names = []
    for it in items:
        if it[0] in ("tok", "count"):
            names.append(None)
            continue
        base = cident(it[1]).strip("_") or "arg"
        if base[0].isdigit() or base in C_KEYWORDS or base.startswith("arcmd"):
            base = base + "_"
        n, k = base, 2
        while n in used or n + "_len" in used or n + "_count" in used:
            n = "%s%d" % (base, k)
            k += 1
        used.update({n, n + "_len", n + "_count"})
        names.append(n)
    return names


def _wrap_comment(e, items, tail):
    lines = []
    syn = render_syntax(e)
    import textwrap
    for i, l in enumerate(textwrap.wrap(syn, 74, break_long_words=False,
                                        break_on_hyphens=False)):
        lines.append(("   " if i else "") + l)
    meta = []
    if e.get("summary"):
        meta.append(e["summary"].rstrip(".") + ".")
    g = "%s, since %s" % (e.get("group", "?"), e.get("since", "?"))
    if e.get("deprecated_since"):
        g += ", deprecated since %s" % e["deprecated_since"]
        if e.get("replaced_by"):
            g += " (use %s)" % e["replaced_by"].replace("`", "")
    meta.append("(" + g + ")")
    for l in textwrap.wrap(" ".join(meta), 74, break_long_words=False):
        lines.append("   " + l)
    return "/* " + ccomment("\n".join(lines)) + " */\n"


def gen_wrapper(e, binary):
    items, tail = plan_wrapper(e)
    names = _param_names(items)
    words = e["name"].upper().split("|")
    fname = wrapper_name(e) + ("_b" if binary else "")
    params = ["ar_client *c, const ar_cmd_opts *opts, ar_callback *cb, void *ud"]
    body = []
    fixed = len(words)
    nints = 0
    counts = []
    for it, n in zip(items, names):
        k = it[0]
        if k == "tok":
            fixed += 1
            body.append("    arcmd__put(&x, %s, %d);\n" % (cstr(it[1]), len(it[1])))
        elif k == "str":
            fixed += 1
            if binary:
                params.append("const char *%s, size_t %s_len" % (n, n))
                body.append("    arcmd__put(&x, %s, %s_len);\n" % (n, n))
            else:
                params.append("const char *%s" % n)
                body.append("    arcmd__z(&x, %s);\n" % n)
        elif k == "choice":
            fixed += 1
            params.append("const char *%s" % n)
            body.append("    arcmd__z(&x, %s);\n" % n)
        elif k == "int":
            fixed += 1
            params.append("long long %s" % n)
            body.append("    arcmd__ll(&x, nb[%d], %s);\n" % (nints, n))
            nints += 1
        elif k == "count":
            fixed += 1
            body.append(None)   # patched below: the array's name is known later
        elif k == "arr":
            params.append("int %s_count, const char *const *%s, const size_t *%s_len" % (n, n, n))
            body.append("    arcmd__arr(&x, %s_count, %s, %s_len, %d);\n" % (n, n, n, it[2]))
            counts.append("%s_count" % n)
    if None in body:
        # numkeys = the count of the key array that follows it
        ci = [j for j, it in enumerate(items) if it[0] == "count"][0]
        arrname = names[[j for j, it in enumerate(items) if it[0] == "arr" and j > ci][0]]
        body[body.index(None)] = "    arcmd__ll(&x, nb[%d], (long long)%s_count);\n" % (nints, arrname)
        nints += 1
    if tail:
        params.append("int argc, const char *const *argv, const size_t *argvlen")
        body.append("    arcmd__arr(&x, argc, argv, argvlen, 1);\n")
        counts.append("argc")
    total = str(fixed) + "".join(" + arcmd__cnt(%s)" % c for c in counts)
    out = []
    out.append("AR_API int %s(%s)\n{\n" % (fname, ",\n    ".join(params)))
    out.append("    arcmd__vec x;\n")
    if nints:
        out.append("    char nb[%d][24];\n" % nints)
    out.append("    if (arcmd__begin(&x, %s) != 0) return AR_ERR_NOMEM;\n" % total)
    for wd in words:
        out.append("    arcmd__put(&x, %s, %d);\n" % (cstr(wd), len(wd)))
    out.extend(body)
    out.append("    return arcmd__send(&x, c, opts, cb, ud);\n}\n")
    return "".join(out), any(it[0] == "str" for it in items)


def _split_wrapper(code):
    """A wrapper's definition -> (its prototype, the definition)."""
    return code[:code.index("\n{\n")] + ";\n", code


def gen_wrappers(m):
    """(declarations, definitions): the wrappers' prototypes with their docs,
    by group (header part), and their definitions (implementation part)."""
    out = []
    defs = []
    seen = set()
    bygroup = {}
    for e in m.entries:
        if e.get("subcommands"):
            continue   # containers: use their subcommands' wrappers
        bygroup.setdefault(e.get("group", "generic"), []).append(e)
    for g in GROUPS:
        if g not in bygroup:
            continue
        out.append("\n/* >>wrappers:%s %s */\n\n" % (g, "-" * (60 - len(g))))
        for e in sorted(bygroup[g], key=lambda x: x["name"]):
            items, tail = plan_wrapper(e)
            fn = wrapper_name(e)
            for n in (fn, fn + "_b"):
                if n in seen:
                    raise SystemExit("wrapper name collision: %s" % n)
            seen.add(fn)
            code, has_str = gen_wrapper(e, False)
            out.append(_wrap_comment(e, items, tail))
            for d in [code] + ([gen_wrapper(e, True)[0]] if has_str else []):
                proto, body = _split_wrapper(d)
                out.append(proto)
                defs.append(body + "\n")
            if has_str:
                seen.add(fn + "_b")
            out.append("\n")
    return "".join(out), "".join(defs)


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
