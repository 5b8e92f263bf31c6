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
                  [-o asyncredis_commands.h] [--cases tests/key_cases.txt]
      Read commands.json + key_overrides.json and write asyncredis_commands.h
      (and, with --cases, the representative argvs that the key-extraction
      test compares with the server's COMMAND GETKEYS).

  gen_commands.py --check [same options]
      Generate in memory and compare with the files on disk; exit 1 with a
      diff summary when they differ (used by `make test`).

  gen_commands.py --check-json --from-server HOST:PORT
      Fetch from the server and compare with the committed commands.json
      (only meaningful when the same server version runs).
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


# --------------------------------------------------------------------------
# Header generation
# --------------------------------------------------------------------------

def gen_header(m):
    out = []
    w = out.append
    cj = m.cj
    ntop = len(m.top)
    nsub = len(m.subs)
    w(HEADER_DOC.replace("@@VERSION@@", m.server_version)
      .replace("@@NTOP@@", str(ntop)).replace("@@NSUB@@", str(nsub))
      .replace("@@COMMON@@", _common_table()))
    w("#ifndef ASYNCREDIS_COMMANDS_H\n#define ASYNCREDIS_COMMANDS_H\n\n")
    w('#include "asyncredis.h"\n#include <string.h>\n')
    w("\n")
    w("/* >>table-constants ----------------------------------------------------- */\n")
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
    w("    AR_CMDTAB_GROUP_COUNT_ = %d\n};\n\n" % len(GROUPS))
    w(RUNTIME_TYPES)

    # ---- data
    w("/* >>table-data ---------------------------------------------------------- */\n")
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
    w("};\n\n")
    w(RUNTIME_CODE)
    decls, defs = gen_wrappers(m)
    w(WRAPPER_DECLS_HEAD)
    w(decls)
    w(WRAPPER_DECLS_TAIL)
    w("\n#if defined(ASYNCREDIS_IMPLEMENTATION) && !defined(ASYNCREDIS_COMMANDS_IMPLEMENTED)\n"
      "#define ASYNCREDIS_COMMANDS_IMPLEMENTED\n")
    w(WRAPPER_SUPPORT)
    w("/* >>wrappers impl -------------------------------------------------------- */\n")
    w(defs)
    w("#endif /* ASYNCREDIS_IMPLEMENTATION */\n")
    w("\n#endif /* ASYNCREDIS_COMMANDS_H */\n")
    return "".join(out)


HEADER_DOC = r"""/* asyncredis_commands.h - Redis command table, key extraction, key
   prefixing, reply helpers and one wrapper per command, for asyncredis.h

   GENERATED by gen_commands.py from commands.json (COMMAND INFO + COMMAND
   DOCS of redis-server @@VERSION@@: @@NTOP@@ commands, @@NSUB@@ subcommands) and
   key_overrides.json. Do not edit: change the generator or the JSON and run
   `make commands`.

   DO THIS: include it; in the one translation unit that defines
   ASYNCREDIS_IMPLEMENTATION, include it too (after the define):

       #define ASYNCREDIS_IMPLEMENTATION
       #include "asyncredis_commands.h"     (it includes asyncredis.h)

   The command table and the reply helpers are `static const` data and
   `static inline` functions. The arcmd_ wrappers (section 5) are declared
   for every translation unit and defined in the implementation's, like the
   rest of asyncredis.h. C99 or C++11.

   CONFIGURATION MACROS (define before the implementation's include)

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
   then the subcommands.

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
   (milliseconds) and XREAD/XREADGROUP BLOCK ms: 1 and ms (0: forever),
   0 if this argv does not block, or a negative code.

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

   4. REPLY HELPERS (views over a const ar_reply *, no allocation)

       ar_info_iter it; ar_info_field f;            // INFO text
       ar_info_init_reply(&it, r);
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

@@COMMON@@
   Without options the wrapper is the shorter; with options in one
   expression it is longer by the options struct's name and the fields'
   names (C has no keyword arguments), and shorter again when the options
   are made once. What the wrapper gives for it: every argument typed and
   named, binary safe, counted, checked against the command's tokens and
   rules before anything is sent.
*/
"""

# The manual's side-by-side table (section 5): format string (f), the
# wrapper in one expression (w), and with the options made once (s).
COMMON_CALLS = [
    ("GET", 'ar_command(c, cb, ud, "GET %s", key)', 'arcmd_get(c, cb, ud, key, NULL)', None),
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
    ("EXPIRE NX", 'ar_command(c, cb, ud, "EXPIRE %s %lld NX", key, ttl)',
     'arcmd_expire(c, cb, ud, key, ttl, &(arcmd_expire_opts){ .nx = 1 })', 'arcmd_expire(c, cb, ud, key, ttl, &nx)'),
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


RUNTIME_TYPES = r"""/* >>table-types ---------------------------------------------------------- */
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
    AR_CMDTAB_KEYS_MIGRATE     /* MIGRATE's key or KEYS list (built in) */
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

"""

RUNTIME_CODE = r"""/* >>table-api ----------------------------------------------------------- */
static inline int ar_cmdtab__lower(int ch) { return (ch >= 'A' && ch <= 'Z') ? ch + 32 : ch; }

/* s[0..n) compared case-insensitively with a lower-case NUL-terminated name */
static inline int ar_cmdtab__cmp(const char *s, size_t n, const char *name) {
    size_t i;
    for (i = 0; i < n; i++) {
        int a = ar_cmdtab__lower((unsigned char)s[i]), b = (unsigned char)name[i];
        if (b == 0) return 1;
        if (a != b) return a < b ? -1 : 1;
    }
    return name[n] ? -1 : 0;
}

static inline const ar_cmdtab_cmd *ar_cmdtab__search(int lo, int hi, const char *s, size_t n) {
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        int r = ar_cmdtab__cmp(s, n, ar_cmdtab__cmds[mid].name);
        if (r == 0) return &ar_cmdtab__cmds[mid];
        if (r < 0) hi = mid; else lo = mid + 1;
    }
    return NULL;
}

static inline int ar_cmdtab_count(void) { return AR_CMDTAB_COUNT; }

/* Entry i (0 <= i < AR_CMDTAB_COUNT), NULL outside. */
static inline const ar_cmdtab_cmd *ar_cmdtab_at(int i) {
    return (i >= 0 && i < AR_CMDTAB_COUNT) ? &ar_cmdtab__cmds[i] : NULL;
}

static inline int ar_cmdtab_index(const ar_cmdtab_cmd *cmd) {
    return (int)(cmd - ar_cmdtab__cmds);
}

/* The container of a subcommand; NULL for a top-level command. */
static inline const ar_cmdtab_cmd *ar_cmdtab_parent(const ar_cmdtab_cmd *cmd) {
    return (cmd && cmd->parent >= 0) ? &ar_cmdtab__cmds[cmd->parent] : NULL;
}

/* A subcommand of parent by name (any case); NULL if none. */
static inline const ar_cmdtab_cmd *ar_cmdtab_lookup_sub(const ar_cmdtab_cmd *parent,
                                                      const char *sub, size_t len) {
    if (!parent || !sub || parent->sub_count == 0) return NULL;
    if (len == (size_t)-1) len = strlen(sub);
    return ar_cmdtab__search(parent->sub_first, parent->sub_first + parent->sub_count, sub, len);
}

/* A command by name, any case; "parent|sub" finds a subcommand.
   len (size_t)-1: name is NUL-terminated. NULL if unknown. */
static inline const ar_cmdtab_cmd *ar_cmdtab_lookup(const char *name, size_t len) {
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

static inline size_t ar_cmdtab__len(const char *const *argv, const size_t *argvlen, int i) {
    return argvlen ? argvlen[i] : strlen(argv[i]);
}

/* The entry for a whole command line: argv[0] and, for a container such as
   CONFIG, argv[1]. A container without a subcommand argument gives the
   container (its arity then rejects the argv); an unknown subcommand, NULL. */
static inline const ar_cmdtab_cmd *ar_cmdtab_lookup_argv(int argc, const char *const *argv,
                                                       const size_t *argvlen) {
    const ar_cmdtab_cmd *cmd;
    if (argc < 1 || !argv || !argv[0]) return NULL;
    cmd = ar_cmdtab__search(0, AR_CMDTAB_TOPLEVEL_COUNT, argv[0], ar_cmdtab__len(argv, argvlen, 0));
    if (!cmd || cmd->sub_count == 0 || argc < 2) return cmd;
    return ar_cmdtab_lookup_sub(cmd, argv[1], ar_cmdtab__len(argv, argvlen, 1));
}

/* The key specs of cmd (after overrides); *n gets their count. */
static inline const ar_cmdtab_keyspec *ar_cmdtab_keyspecs(const ar_cmdtab_cmd *cmd, int *n) {
    if (n) *n = cmd ? cmd->spec_count : 0;
    return cmd ? &ar_cmdtab__specs[cmd->spec_first] : NULL;
}

/* 1 if argc fits cmd's arity */
static inline int ar_cmdtab_arity_ok(const ar_cmdtab_cmd *cmd, int argc) {
    if (!cmd) return 0;
    return cmd->arity >= 0 ? argc == cmd->arity : argc >= -cmd->arity;
}

/* 1 if the command can take keys (key specs, movable keys or an override) */
static inline int ar_cmdtab_has_keys(const ar_cmdtab_cmd *cmd) {
    return cmd && (cmd->spec_count > 0 || cmd->keys_how == AR_CMDTAB_KEYS_MIGRATE ||
                   cmd->keys_how == AR_CMDTAB_KEYS_UNKNOWN ||
                   (cmd->flags & AR_CMDTAB_F_MOVABLEKEYS));
}

static inline const char *ar_cmdtab_group_name(int group) {
    static const char names[][@@GROUPNAMELEN@@] = {@@GROUPNAMES@@};
    return (group >= 0 && group < AR_CMDTAB_GROUP_COUNT_) ? names[group] : "unknown";
}

static inline const char *ar_cmdtab_strerror(int rc) {
    switch (rc) {
    case AR_CMDTAB_EUNKNOWN: return "unknown command: its keys are unknown";
    case AR_CMDTAB_EUNDETERMINED: return "the command's keys cannot be determined";
    case AR_CMDTAB_EINVALID: return "the arguments do not fit the command";
    case AR_CMDTAB_ECAPACITY: return "the output array or buffer is too small";
    case AR_CMDTAB_EPREFIX: return "the key prefix cannot be applied to this command";
    default: return rc >= 0 ? "ok" : "unknown error";
    }
}

/* >>keys ----------------------------------------------------------------- */
/* 1 if argv[i] equals the upper-case keyword kw, ignoring case */
static inline int ar_cmdtab__is(const char *const *argv, const size_t *argvlen, int i,
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
static inline int ar_cmdtab__ll(const char *s, size_t n, long long *out) {
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

static inline int ar_cmdtab__migrate(int argc, const char *const *argv, const size_t *argvlen,
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

static inline int ar_cmdtab__scan_options(const ar_cmdtab_posrule *r, int argc,
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
static inline int ar_cmdtab__walk(const ar_cmdtab_cmd *cmd, int argc, const char *const *argv,
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
        const ar_cmdtab_keyspec *ks = &ar_cmdtab__specs[cmd->spec_first + s];
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

static inline int ar_cmdtab__keys_visit(void *ctx, int pos, unsigned role, unsigned kflags) {
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

/* Key positions of argv for cmd (see section 2 at the top). */
static inline int ar_cmdtab_getkeys(const ar_cmdtab_cmd *cmd, int argc, const char *const *argv,
                                    const size_t *argvlen, int *pos, unsigned *kflags, int cap) {
    ar_cmdtab__keys_ctx k;
    int rc;
    k.pos = pos; k.kflags = kflags; k.n = 0; k.cap = pos ? cap : 0;
    rc = ar_cmdtab__walk(cmd, argc, argv, argvlen, 0, ar_cmdtab__keys_visit, &k);
    return rc < 0 ? rc : k.n;
}

/* >>blocking ------------------------------------------------------------- */
/* "1.5" seconds -> 1500 ms (decimal only; Redis also takes exponents) */
static inline int ar_cmdtab__seconds_ms(const char *s, size_t n, long long *ms) {
    size_t i = 0;
    long long whole = 0, frac = 0, scale = 1000;
    int digits = 0;
    if (i < n && s[i] == '+') i++;
    for (; i < n && s[i] >= '0' && s[i] <= '9'; i++, digits++) {
        if (whole > 922337203685477LL) return 0;
        whole = whole * 10 + (s[i] - '0');
    }
    if (i < n && s[i] == '.') {
        for (i++; i < n && s[i] >= '0' && s[i] <= '9'; i++, digits++) {
            if (scale > 1) { scale /= 10; frac += (s[i] - '0') * scale; }
        }
    }
    if (i != n || !digits) return 0;
    *ms = whole * 1000 + frac;
    return 1;
}

/* The server-side timeout of a command that can block the connection, for
   deadlines (the client adds its own margin). Returns 1 and sets
   *timeout_ms (0: blocks until data arrives) when argv blocks, 0 when it
   does not (not a blocking command, or XREAD without BLOCK), or a negative
   code (AR_CMDTAB_EUNKNOWN, AR_CMDTAB_EINVALID: arity or a timeout that is
   not a non-negative number). */
static inline int ar_cmdtab_block_timeout(const ar_cmdtab_cmd *cmd, int argc,
                                          const char *const *argv, const size_t *argvlen,
                                          long long *timeout_ms) {
    long long v = 0;
    int at = -1, k;
    if (!cmd) return AR_CMDTAB_EUNKNOWN;
    if (!argv || !ar_cmdtab_arity_ok(cmd, argc)) return AR_CMDTAB_EINVALID;
    if (cmd->block_kind == AR_CMDTAB_BLOCK_NONE) return 0;
    if (cmd->block_kind == AR_CMDTAB_BLOCK_OPTION_MS) {
        int i = cmd->block_index;
        while (i < argc && at < 0) {
            int adv = 1, stop = 0;
            for (k = 0; k < cmd->block_opt_count; k++) {
                const ar_cmdtab_option *o = &ar_cmdtab__options[cmd->block_opt_first + k];
                if (ar_cmdtab__is(argv, argvlen, i, o->keyword)) {
                    if (o->nargs < 0) stop = 1;
                    else if (o->role == AR_CMDTAB__TIMEOUT_MS && i + 1 < argc) at = i + 1;
                    else adv = o->nargs + 1;
                    break;
                }
            }
            if (stop) break;
            i += adv;
        }
        if (at < 0) return 0;
    } else {
        at = cmd->block_index < 0 ? argc + cmd->block_index : cmd->block_index;
        if (at < 1 || at >= argc) return AR_CMDTAB_EINVALID;
    }
    if (cmd->block_kind == AR_CMDTAB_BLOCK_ARG_SECONDS) {
        if (!ar_cmdtab__seconds_ms(argv[at], ar_cmdtab__len(argv, argvlen, at), &v))
            return AR_CMDTAB_EINVALID;
    } else if (!ar_cmdtab__ll(argv[at], ar_cmdtab__len(argv, argvlen, at), &v) || v < 0) {
        return AR_CMDTAB_EINVALID;
    }
    if (timeout_ms) *timeout_ms = v;
    return 1;
}

/* >>prefix --------------------------------------------------------------- */
static inline int ar_cmdtab__wanted(unsigned role, unsigned pflags) {
    if (pflags & AR_CMDTAB_PREFIX_NO_CHANNELS)
        return !(role & (AR_CMDTAB_POS_CHANNEL | AR_CMDTAB_POS_CHANNEL_PATTERN));
    return 1;
}

static inline int ar_cmdtab__is_glob(unsigned role) {
    return (role & (AR_CMDTAB_POS_PATTERN | AR_CMDTAB_POS_CHANNEL_PATTERN)) != 0;
}

static inline size_t ar_cmdtab__glob_len(const char *p, size_t n) {
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

static inline int ar_cmdtab__pos_visit(void *ctx, int pos, unsigned role, unsigned kflags) {
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

static inline const char *ar_cmdtab__refusal(int rc) {
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

/* The positions to prefix and their roles (AR_CMDTAB_POS_*; a glob role
   means the prefix must be glob-escaped). Returns the count or a negative
   code (*why set when why is not NULL). cap = argc always fits. */
static inline int ar_cmdtab_prefix_positions(const ar_cmdtab_cmd *cmd, const char *prefix,
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

static inline int ar_cmdtab__argv_visit(void *ctx, int pos, unsigned role, unsigned kflags) {
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

/* Build the prefixed command (see section 3 at the top). */
static inline int ar_cmdtab_prefix_argv(const char *prefix, size_t prefixlen, unsigned pflags,
                                        int argc, const char *const *argv, const size_t *argvlen,
                                        const char **out_argv, size_t *out_len,
                                        char *buf, size_t bufcap, size_t *bufneed,
                                        const char **why) {
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

static inline void ar_info_init(ar_info_iter *it, const char *text, size_t len) {
    it->p = text; it->end = text ? text + len : text;
    it->section = ""; it->section_len = 0;
}

/* AR_OK, or AR_ERR_INVALID (it then yields nothing) if r is not a string */
static inline int ar_info_init_reply(ar_info_iter *it, const ar_reply *r) {
    if (!r || r->err || r->type != AR_REPLY_STRING) { ar_info_init(it, NULL, 0); return AR_ERR_INVALID; }
    ar_info_init(it, r->str, r->len);
    return AR_OK;
}

/* Next "key:value" line: 1 (and *f filled), or 0 at the end. */
static inline int ar_info_next(ar_info_iter *it, ar_info_field *f) {
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

/* Find a field of an INFO reply: 1 (and *value, *len set) or 0. */
static inline int ar_info_find(const ar_reply *r, const char *key, const char **value, size_t *len) {
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

/* In a value such as "keys=1,expires=0,avg_ttl=0" find name: 1 or 0. */
static inline int ar_info_subfield(const char *value, size_t len, const char *name,
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

/* Field/value pairs of a flat array reply (HGETALL, CONFIG GET, ...). */
typedef struct ar_pairs_iter { const ar_reply *r; size_t i; } ar_pairs_iter;

/* AR_OK, or AR_ERR_INVALID (it then yields nothing) if r is not an array
   of even length. A NIL reply counts as empty. */
static inline int ar_pairs_init(ar_pairs_iter *it, const ar_reply *r) {
    it->r = NULL; it->i = 0;
    if (!r || r->err) return AR_ERR_INVALID;
    if (r->type == AR_REPLY_NIL) return AR_OK;
    if (r->type != AR_REPLY_ARRAY || (r->elements & 1u)) return AR_ERR_INVALID;
    it->r = r;
    return AR_OK;
}

static inline int ar_pairs_next(ar_pairs_iter *it, const ar_reply **field, const ar_reply **value) {
    if (!it->r || it->i + 2 > it->r->elements) return 0;
    if (field) *field = &it->r->element[it->i];
    if (value) *value = &it->r->element[it->i + 1];
    it->i += 2;
    return 1;
}

/* The value whose field equals name[0..len) (len (size_t)-1: strlen); NULL if none. */
static inline const ar_reply *ar_pairs_get(const ar_reply *r, const char *name, size_t len) {
    ar_pairs_iter it;
    const ar_reply *k, *v;
    if (len == (size_t)-1) len = strlen(name);
    ar_pairs_init(&it, r);
    while (ar_pairs_next(&it, &k, &v))
        if (k->len == len && (len == 0 || memcmp(k->str, name, len) == 0)) return v;
    return NULL;
}

/* TIME reply -> seconds and microseconds. AR_OK or AR_ERR_INVALID. */
static inline int ar_time_parse(const ar_reply *r, long long *sec, long long *usec) {
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

"""

WRAPPER_DECLS_HEAD = r"""/* >>wrappers ------------------------------------------------------------- */
#ifndef __cplusplus
/* a repeated argument from a list of strings: its count, then the array (C99) */
#define AR_STRS(...) (int)(sizeof((const char *const[]){ __VA_ARGS__ }) / sizeof(const char *)), \
    (const char *const[]){ __VA_ARGS__ }
#else
extern "C" {
#endif
"""

WRAPPER_DECLS_TAIL = r"""
#ifdef __cplusplus
}
#endif
"""

WRAPPER_SUPPORT = r"""
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

"""
RUNTIME_CODE = RUNTIME_CODE.replace(
    "@@GROUPNAMES@@", ", ".join(cstr(g) for g in GROUPS)).replace(
    "@@GROUPNAMELEN@@", str(max(len(g) for g in GROUPS) + 1))


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
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--from-server", metavar="HOST:PORT|SOCKET")
    ap.add_argument("--password")
    ap.add_argument("--user")
    ap.add_argument("--json", default=os.path.join(HERE, "commands.json"))
    ap.add_argument("--overrides", default=os.path.join(HERE, "key_overrides.json"))
    ap.add_argument("-o", "--output")
    ap.add_argument("--cases", default=os.path.join(HERE, "tests", "key_cases.txt"),
                    help="also write the key-extraction test argvs here ('' to skip)")
    ap.add_argument("--wrapper-cases", default=os.path.join(HERE, "tests", "wrapper_cases.h"),
                    help="also write the wrapper test cases here ('' to skip)")
    ap.add_argument("--check", action="store_true",
                    help="compare generated output with the files on disk")
    ap.add_argument("--check-json", action="store_true",
                    help="with --from-server: compare with the committed commands.json")
    a = ap.parse_args(argv)

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
    outs = [(a.output or os.path.join(HERE, "asyncredis_commands.h"), gen_header(m))]
    if a.cases:
        outs.append((a.cases, gen_cases(m)))
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
