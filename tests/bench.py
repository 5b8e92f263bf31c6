#!/usr/bin/env python3
"""bench.py - `make bench`: redis-benchmark, a hiredis baseline and arbench
side by side, on one throwaway redis-server, in one run.

    tests/bench.py --arbench build/arbench --hiredis build/hiredis_bench [--out DIR]
                   [--ps-bench build/ps_bench] [--extra LABEL=PATH ...]

--extra adds arbench-compatible binaries (e.g. arbench built against a
patched asyncredis.h) as more columns, run interleaved with the others:
a before/after comparison under the same noise.

For every row of the matrix (SET and GET; 16 B and 1 KB values; 1 and 50
clients; pipeline depth 1, 16, 128, 1024) the three clients run the same
test with the same flags (-c, -P, -d, -r 100000 keys, -n) against the same
server. The server is pinned to CPU 0 and every client to CPU 1 (taskset).
-n is chosen per row so that a run takes about BENCH_SECONDS (a short
arbench run calibrates it); the three clients then run BENCH_REPS times
each, interleaved, and the table shows medians of:

  ops/s            what the tool itself reports (requests / test time)
  CPU ns/op        user+sys CPU time of the whole client process
                   (os.wait4 rusage) divided by the requests
  user ns/op       the user part of it alone: the client's own code, without
                   the kernel's TCP work (which every client pays alike)

and, because CPU time on a shared VM moves by tens of percent between two
runs, a noise-free measure of the client's own work for the 1-client rows
at depth 128 and 1024:

  instructions/op  valgrind --tool=callgrind on the client, run with N and
                   with 2N requests; (I(2N) - I(N)) / N, so start-up cancels
                   out. User-space instructions only (the kernel is not
                   counted), the benchmark's own code (key generation, reply
                   counting; the same source for hiredis and asyncredis)
                   included.

GET rows run on a keyspace filled first (every key 0..99999 holds a value
of the row's size), so every GET hits.

Then the depth sweep: SET of 16 B, 1 client, DEPTH commands kept in flight
(arbench --window: every reply sends the next command, so the output buffer
never drains, and with reconnect on every command's bytes stay in it until
its reply arrives), for depths 1,024 to 16,384, with reconnect on and off
(arbench --no-reconnect); callgrind instructions per command as above. The
cost per command should not depend on the depth; this shows whether it
does. asyncredis and the --extra binaries only (redis-benchmark has no such
mode; hiredis keeps nothing for a resend).

Then explicit pipeline vs auto-pipelining: GET of 16 B (every key filled),
1 client, batches of 1,000 commands, run both ways by the same arbench on
the same server: auto (the default: 1,000 ar_command_argv calls in one loop
turn, which the library writes together) and explicit (arbench
--explicit-pipeline: the 1,000 commands queued in one ar_pipeline, one
exec, one completion with an ARRAY of the 1,000 replies). BENCH_REPS runs
of each, interleaved, medians of ops/s and user ns/op, callgrind
instructions per op as above, and the ratio explicit/auto of each.
asyncredis and the --extra binaries only.

Then the connection pool: GET of 16 B (every key filled), one command in
flight per user (-P 1), three ways by the same arbench: 8 plain clients
(-c 8: the wire traffic of a pool of 8 kept busy), 8 users of a pool of
8 connections (-c 8 --pool 8: every command an ar_pool_command_argv; a
connection is always free) and 50 users of a pool of 8 (-c 50 --pool 8:
42 users wait at any time, each command is copied, waits, and is handed
a connection as another comes back). Medians of ops/s, user and CPU ns/op
over BENCH_REPS interleaved runs, callgrind instructions per op, and the
pool's overhead per acquire and release: a pool row minus the plain row.

Then pub/sub (BENCH_ONLY=pubsub: that alone): the receive path of a
subscriber. examples/ps_bench.c subscribes (asyncredis: ar_subscribe;
hiredis: redisAsyncCommand SUBSCRIBE on the same kind of epoll loop as
hiredis_bench) to one channel or to a pattern, says "ready" and stops
turning its loop; redis-benchmark (a second process) publishes N messages
of 16 B or 1 KB, pipelined (-P 1000), which the server holds for the
subscriber (client-output-buffer-limit pubsub 0 0 0); then the subscriber
reads them all as fast as it can. Per run: messages/s and CPU ns/message
(getrusage of the subscriber from "go" to the N-th message: read(2),
parsing, routing, the callback), BENCH_REPS runs per client interleaved,
medians; with callgrind, user-space instructions per message
((I(2N') - I(N')) / N', N' = N/10).

Then memory per idle connection (issue 18): 1,000 and 10,000 connections
on one event loop, each sends one PING once connected; when every PONG is
in, the client process's resident memory (RSS, /proc/self/statm) grown
per connection, measured from after one warm-up connection (so the code
and what is made once are not counted), and the time from the first
connect to the last PONG (arbench --idle, hiredis_bench --idle on async
contexts and the same kind of epoll loop, hiredis_bench --idle --sync on
blocking contexts made one after another). Its own redis-server, with
maxclients and tcp-backlog raised; the open-file limit is raised to its
hard limit here (sizes above it are left out, with a note). BENCH_REPS
runs, medians. Environment knobs:

  BENCH_REPS=3  BENCH_SECONDS=1.5  BENCH_KEYS=100000
  BENCH_ONLY='SET:16:50:1024,GET'   rows whose TEST[:SIZE[:CLIENTS[:DEPTH]]] match;
                                    the word 'sweep' selects the depth sweep
                                    (BENCH_ONLY=sweep: the sweep alone; a
                                    BENCH_ONLY without it leaves the sweep out)
                                    and the word 'pipeline' the explicit vs auto
                                    comparison, the word 'pool' the pool
                                    comparison, the word 'pubsub' the pub/sub
                                    rows, the word 'memory' the memory row, the
                                    same way
  BENCH_PIPELINE_BATCH=1000         the batch of that comparison
  BENCH_PUBSUB_N=1000000            messages per pub/sub run of 16 B (1 KB: a fifth)
  BENCH_MEMORY_CLIENTS='1000,10000' the connection counts of the memory row
  BENCH_SWEEP_DEPTHS='1024,1100,1200,2048,4096,16384'
  BENCH_TOOLS='redis-benchmark,hiredis,asyncredis'
  BENCH_CALLGRIND=1                 0: skip the instruction counts

The table (Markdown) and the raw runs (CSV) go to DIR (default build/bench).
"""
import argparse
import csv
import io
import os
import platform
import resource
import selectors
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time

TOOLS = ["redis-benchmark", "hiredis", "asyncredis"]


def log(*a):
    print(*a, file=sys.stderr, flush=True)


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    p = s.getsockname()[1]
    s.close()
    return p


def ping(port):
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5) as s:
            s.sendall(b"PING\r\n")
            return s.recv(64).startswith(b"+PONG")
    except OSError:
        return False


def command(port, *args):
    """one command over a fresh connection (RESP), returns the raw reply"""
    out = b"*%d\r\n" % len(args)
    for a in args:
        a = a if isinstance(a, bytes) else str(a).encode()
        out += b"$%d\r\n%s\r\n" % (len(a), a)
    with socket.create_connection(("127.0.0.1", port), timeout=30) as s:
        s.sendall(out)
        return s.recv(65536)


class Server:
    def __init__(self, pin, extra=()):
        self.dir = tempfile.mkdtemp(prefix="asyncredis-bench.")
        self.proc = None
        for _ in range(5):
            self.port = free_port()
            cmd = ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--dir", self.dir,
                   "--save", "", "--appendonly", "no", "--daemonize", "no",
                   "--logfile", os.path.join(self.dir, "redis.log")] + list(extra)
            if pin is not None:
                cmd = ["taskset", "-c", str(pin)] + cmd
            self.proc = subprocess.Popen(cmd)
            for _ in range(100):
                if ping(self.port):
                    return
                if self.proc.poll() is not None:
                    break
                time.sleep(0.1)
            self.stop()
        raise SystemExit("bench: redis-server did not start")

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None

    def cleanup(self):
        self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)


def run_measured(argv, pin, timeout=120):
    """fork/exec with wait4: the child's rusage (user+sys) and its stdout"""
    if pin is not None:
        argv = ["taskset", "-c", str(pin)] + argv
    rfd, wfd = os.pipe()
    efd_r, efd_w = os.pipe()
    t0 = time.monotonic()
    pid = os.fork()
    if pid == 0:
        try:
            os.dup2(wfd, 1)
            os.dup2(efd_w, 2)
            os.close(rfd)
            os.close(efd_r)
            os.execvp(argv[0], argv)
        finally:
            os._exit(127)
    os.close(wfd)
    os.close(efd_w)
    chunks, echunks = [], []
    sel = selectors.DefaultSelector()
    sel.register(rfd, selectors.EVENT_READ, chunks)
    sel.register(efd_r, selectors.EVENT_READ, echunks)
    open_fds = 2
    deadline = t0 + timeout
    while open_fds:
        left = deadline - time.monotonic()
        if left <= 0:
            os.kill(pid, signal.SIGKILL)
            break
        for key, _ in sel.select(timeout=left):
            data = os.read(key.fd, 65536)
            if not data:
                sel.unregister(key.fd)
                os.close(key.fd)
                open_fds -= 1
            else:
                key.data.append(data)
    _, status, ru = os.wait4(pid, 0)
    wall = time.monotonic() - t0
    out = b"".join(chunks).decode(errors="replace")
    err = b"".join(echunks).decode(errors="replace")
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        raise RuntimeError("%s exited with %d: %s" % (" ".join(argv), code, err.strip()[-500:]))
    return out, err, ru.ru_utime + ru.ru_stime, wall, ru.ru_utime


def callgrind_total(argv, pin):
    """user-space instructions of one run of argv under callgrind"""
    with tempfile.TemporaryDirectory(prefix="asyncredis-bcg.") as tmp:
        outf = os.path.join(tmp, "cg.out")
        run_measured(["valgrind", "--tool=callgrind", "--callgrind-out-file=" + outf] + argv, pin, timeout=900)
        with open(outf) as f:
            for line in f:
                if line.startswith("summary:") or line.startswith("totals:"):
                    return int(line.split()[1])
    raise RuntimeError("callgrind: no totals for %s" % " ".join(argv))


def callgrind_per_op(argv_for_n, batch, pin):
    """(I(2N) - I(N)) / N: instructions per request with start-up cancelled"""
    n = max(32768, 8 * batch)
    n = (n + batch - 1) // batch * batch
    i1 = callgrind_total(argv_for_n(n), pin)
    i2 = callgrind_total(argv_for_n(2 * n), pin)
    return (i2 - i1) / float(n)


def parse_csv(out, test):
    rows = list(csv.DictReader(io.StringIO(out)))
    for r in rows:
        if r.get("test") == test:
            return r
    raise RuntimeError("no CSV row for %s in output: %r" % (test, out[-300:]))


def tool_argv(tool, exe, port, test, size, clients, depth, n, keys):
    common = ["-h", "127.0.0.1", "-p", str(port), "-c", str(clients), "-P", str(depth),
              "-d", str(size), "-r", str(keys), "-n", str(n), "-t", test.lower(), "--csv"]
    return [exe] + common


def median(xs):
    return statistics.median(xs) if xs else float("nan")


def fmt_int(v):
    return "-" if v != v else "{:,.0f}".format(v)


def fmt_ratio(a, b):
    if a != a or b != b or b == 0:
        return "-"
    return "%.2f" % (a / b)


def machine_info():
    cpu = "?"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    osname = platform.platform()
    try:
        with open("/etc/os-release") as f:
            for line in f:
                if line.startswith("PRETTY_NAME="):
                    osname = line.split("=", 1)[1].strip().strip('"')
    except OSError:
        pass
    rv = subprocess.run(["redis-server", "--version"], capture_output=True, text=True).stdout.strip()
    rv = next((w[2:] for w in rv.split() if w.startswith("v=")), rv)
    hv = "?"
    try:
        with open("/usr/include/hiredis/hiredis.h") as f:
            d = {}
            for line in f:
                for k in ("HIREDIS_MAJOR", "HIREDIS_MINOR", "HIREDIS_PATCH"):
                    if line.startswith("#define " + k + " "):
                        d[k] = line.split()[2]
            hv = "%s.%s.%s" % (d.get("HIREDIS_MAJOR"), d.get("HIREDIS_MINOR"), d.get("HIREDIS_PATCH"))
    except OSError:
        pass
    cc = subprocess.run(["cc", "--version"], capture_output=True, text=True).stdout.splitlines()
    return {"cpu": cpu, "ncpu": os.cpu_count(), "os": osname, "kernel": platform.release(),
            "redis": rv, "hiredis": hv, "cc": cc[0] if cc else "?"}


def selected(only, test, size, clients, depth):
    if not only:
        return True
    for pat in only.split(","):
        parts = pat.strip().split(":")
        vals = [test, str(size), str(clients), str(depth)]
        if all(p == "" or p.upper() == v.upper() for p, v in zip(parts, vals)):
            return True
    return False


SWEEP_DEPTHS = [1024, 1100, 1200, 2048, 4096, 16384]


def sweep_selected(only):
    return not only or any(p.strip().lower() == "sweep" for p in only.split(","))


def pipeline_selected(only):
    return not only or any(p.strip().lower() == "pipeline" for p in only.split(","))


def pool_selected(only):
    return not only or any(p.strip().lower() == "pool" for p in only.split(","))


def memory_selected(only):
    return not only or any(p.strip().lower() == "memory" for p in only.split(","))


MEMORY_CLIENTS = [1000, 10000]
# the memory row's columns: (label, tool whose binary runs, extra flags)
MEM_HIREDIS = [("hiredis async", "hiredis", []), ("hiredis sync", "hiredis", ["--sync"])]


def raise_nofile(want):
    """the open-file limit up to want (at most the hard limit): the new soft limit"""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < want:
        new = want if hard == resource.RLIM_INFINITY else min(want, hard)
        resource.setrlimit(resource.RLIMIT_NOFILE, (new, hard))
        soft = new
    return soft


def run_memory(columns, exe, sizes, reps, spin, cpin, raw):
    """N connections, one PING each: {(label, N): {"rss": bytes per conn, "ms": connect ms}}; its own server"""
    res = {}
    srv = Server(spin, ["--maxclients", str(max(sizes) + 100), "--tcp-backlog", "4096"])
    try:
        for n in sizes:
            per = {c[0]: {"rss": [], "ms": []} for c in columns}
            for rep in range(reps):
                order = columns[rep % len(columns):] + columns[:rep % len(columns)]
                for (label, tool, flags) in order:
                    argv = [exe[tool], "-h", "127.0.0.1", "-p", str(srv.port), "-c", str(n), "--idle", "--csv"] + flags
                    out, _, _, wall, _ = run_measured(argv, cpin, timeout=300)
                    r = parse_csv(out, "IDLE")
                    per[label]["rss"].append(float(r["rss_bytes_per_client"]))
                    per[label]["ms"].append(float(r["connect_ms"]))
                    raw.append([n, label, rep, r["rss_before_bytes"], r["rss_after_bytes"], r["rss_bytes_per_client"],
                                r["connect_ms"], "%.3f" % wall])
            for (label, _, _) in columns:
                res[(label, n)] = {"rss": median(per[label]["rss"]), "ms": median(per[label]["ms"])}
            log("bench: memory, %s connections: %s" % ("{:,}".format(n), "; ".join(
                "%s %s B/conn %.0f ms" % (label, fmt_int(res[(label, n)]["rss"]), res[(label, n)]["ms"])
                for (label, _, _) in columns)))
    finally:
        srv.cleanup()
    return res


def memory_table(columns, sizes, reps, res):
    labels = [c[0] for c in columns]
    md = ["Memory per idle connection: N connections on one event loop, each sends one PING once connected; "
          "when every PONG is in, the resident memory (RSS) the client process grew by, per connection, counted "
          "from after one warm-up connection, and the time from the first connect to the last PONG (median of %d "
          "runs). hiredis async: redisAsyncContext on the same kind of epoll loop; hiredis sync: blocking "
          "redisContext, connected one after another. Target (issue 18): asyncredis <= 2 KB per connection."
          % reps, ""]
    head = "| connections |" + "".join(" RSS/conn %s |" % l for l in labels)
    rule = "|--:|" + "--:|" * len(labels)
    others = [l for l in labels if l != "asyncredis"]
    if "asyncredis" in labels:
        head += "".join(" asyncredis/%s |" % l for l in others)
        rule += "--:|" * len(others)
    head += "".join(" connect ms %s |" % l for l in labels)
    rule += "--:|" * len(labels)
    md += [head, rule]
    for n in sizes:
        line = "| %s |" % "{:,}".format(n)
        line += "".join(" %s B |" % fmt_int(res[(l, n)]["rss"]) for l in labels)
        if "asyncredis" in labels:
            line += "".join(" %s |" % fmt_ratio(res[("asyncredis", n)]["rss"], res[(l, n)]["rss"]) for l in others)
        line += "".join(" %.0f |" % res[(l, n)]["ms"] for l in labels)
        md.append(line)
    md.append("")
    return md


def fill_keys(arbench, port, keys, size, cpin):
    """every key 0..keys-1 gets a value of this size"""
    run_measured([arbench, "-h", "127.0.0.1", "-p", str(port), "-c", "50", "-P", "256",
                  "-d", str(size), "-r", str(keys), "-n", str(keys), "-t", "set",
                  "--sequential", "--csv"], cpin)


PIPE_MODES = [("auto", []), ("explicit", ["--explicit-pipeline"])]


def run_pipeline_cmp(tools, exe, port, keys, batch, reps, target, cpin, use_cg, raw):
    """GET 16 B, 1 client, batches of `batch`: auto-pipelined commands vs one
    explicit pipeline object per batch. {(tool, mode): {rps, user, cpu, instr}}"""
    test, size, clients = "GET", 16, 1
    # calibrate -n with a short auto run (also a warm-up)
    out, _, _, _, _ = run_measured(tool_argv("asyncredis", exe["asyncredis"], port, test, size, clients, batch,
                                             max(20000, 4 * batch), keys), cpin)
    n = int(float(parse_csv(out, test)["rps"]) * target)
    n = max(n, 8 * batch, 10000)
    n = (n + batch - 1) // batch * batch
    runs = [(t, m, flags) for t in tools for (m, flags) in PIPE_MODES]
    per = {(t, m): {"rps": [], "user": [], "cpu": []} for (t, m, _) in runs}
    for rep in range(reps):
        order = runs[rep % len(runs):] + runs[:rep % len(runs)]
        for (t, m, flags) in order:
            argv = tool_argv(t, exe[t], port, test, size, clients, batch, n, keys) + flags
            out, _, cpu, wall, user = run_measured(argv, cpin, timeout=max(120, 20 * target))
            r = parse_csv(out, test)
            per[(t, m)]["rps"].append(float(r["rps"]))
            per[(t, m)]["user"].append(user * 1e9 / n)
            per[(t, m)]["cpu"].append(cpu * 1e9 / n)
            raw.append([test, size, clients, batch, n, t if m == "auto" else t + " --explicit-pipeline", rep,
                        r["rps"], "%.1f" % (cpu * 1e9 / n), r.get("client_cpu_ns_per_req", ""),
                        r.get("p50_latency_ms", ""), r.get("p99_latency_ms", ""), r.get("max_latency_ms", ""),
                        "%.3f" % wall, "%.1f" % (user * 1e9 / n)])
    res = {}
    for (t, m, flags) in runs:
        res[(t, m)] = {"rps": median(per[(t, m)]["rps"]), "user": median(per[(t, m)]["user"]),
                       "cpu": median(per[(t, m)]["cpu"]), "instr": float("nan")}
        if use_cg:
            res[(t, m)]["instr"] = callgrind_per_op(
                lambda nn, t=t, flags=flags: tool_argv(t, exe[t], port, test, size, clients, batch, nn, keys) + flags,
                batch, cpin)
    for t in tools:
        log("bench: %s GET 16 B c=1 batch %d n=%d: %s" % (t, batch, n, "; ".join(
            "%s %s ops/s %s user ns/op %s instr/op" % (m, fmt_int(res[(t, m)]["rps"]), fmt_int(res[(t, m)]["user"]),
                                                    fmt_int(res[(t, m)]["instr"])) for (m, _) in PIPE_MODES)))
    return res, n


def pipeline_table(tools, batch, n, reps, res):
    md = ["Explicit pipeline vs auto-pipelining: GET of 16 B, 1 client, batches of %s GETs "
          "(-n %s, median of %d runs): auto = %s ar_command_argv calls in one loop turn (the library "
          "writes them together), explicit = one ar_pipeline of the same %s GETs (arbench "
          "--explicit-pipeline), whose one completion carries all replies, copied per slot to be "
          "delivered together: the ratios explicit/auto show what that costs."
          % ("{:,}".format(batch), "{:,}".format(n), reps, "{:,}".format(batch), "{:,}".format(batch)), ""]
    md.append("| client | ops/s auto | ops/s explicit | explicit/auto | user ns/op auto | user ns/op explicit "
              "| explicit/auto | instr/op auto | instr/op explicit | explicit/auto |")
    md.append("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|")
    for t in tools:
        a, e = res[(t, "auto")], res[(t, "explicit")]
        md.append("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
            t, fmt_int(a["rps"]), fmt_int(e["rps"]), fmt_ratio(e["rps"], a["rps"]),
            fmt_int(a["user"]), fmt_int(e["user"]), fmt_ratio(e["user"], a["user"]),
            fmt_int(a["instr"]), fmt_int(e["instr"]), fmt_ratio(e["instr"], a["instr"])))
    md.append("")
    return md


# (label, users, extra flags): the plain clients first (the reference)
POOL_MODES = [("plain", 8, []), ("pool, free", 8, ["--pool", "8"]), ("pool, waiting", 50, ["--pool", "8"])]


def run_pool_cmp(tools, exe, port, keys, reps, target, cpin, use_cg, raw):
    """GET 16 B, -P 1: 8 plain clients vs 8 and 50 users of a pool of 8
    connections. {(tool, mode): {rps, user, cpu, instr}}"""
    test, size, depth = "GET", 16, 1
    out, _, _, _, _ = run_measured(tool_argv("asyncredis", exe["asyncredis"], port, test, size, 8, depth, 20000,
                                             keys), cpin)
    n = int(float(parse_csv(out, test)["rps"]) * target)
    n = max(n, 10000)
    n = (n + 199) // 200 * 200          # whole batches for 8 and for 50 users
    runs = [(t, m, users, flags) for t in tools for (m, users, flags) in POOL_MODES]
    per = {(t, m): {"rps": [], "user": [], "cpu": []} for (t, m, _, _) in runs}
    for rep in range(reps):
        order = runs[rep % len(runs):] + runs[:rep % len(runs)]
        for (t, m, users, flags) in order:
            argv = tool_argv(t, exe[t], port, test, size, users, depth, n, keys) + flags
            out, _, cpu, wall, user = run_measured(argv, cpin, timeout=max(120, 20 * target))
            r = parse_csv(out, test)
            per[(t, m)]["rps"].append(float(r["rps"]))
            per[(t, m)]["user"].append(user * 1e9 / n)
            per[(t, m)]["cpu"].append(cpu * 1e9 / n)
            raw.append([test, size, users, depth, n, "%s %s" % (t, " ".join(flags)) if flags else t, rep,
                        r["rps"], "%.1f" % (cpu * 1e9 / n), r.get("client_cpu_ns_per_req", ""),
                        r.get("p50_latency_ms", ""), r.get("p99_latency_ms", ""), r.get("max_latency_ms", ""),
                        "%.3f" % wall, "%.1f" % (user * 1e9 / n)])
    res = {}
    for (t, m, users, flags) in runs:
        res[(t, m)] = {"rps": median(per[(t, m)]["rps"]), "user": median(per[(t, m)]["user"]),
                       "cpu": median(per[(t, m)]["cpu"]), "instr": float("nan")}
        if use_cg:
            res[(t, m)]["instr"] = callgrind_per_op(
                lambda nn, t=t, users=users, flags=flags: tool_argv(t, exe[t], port, test, size, users, depth, nn,
                                                                    keys) + flags,
                users, cpin)
    for t in tools:
        log("bench: %s pool GET 16 B -P 1 n=%d: %s" % (t, n, "; ".join(
            "%s %s ops/s %s user ns/op %s instr/op" % (m, fmt_int(res[(t, m)]["rps"]), fmt_int(res[(t, m)]["user"]),
                                                    fmt_int(res[(t, m)]["instr"])) for (m, _, _) in POOL_MODES)))
    return res, n


def pool_table(tools, n, reps, res):
    md = ["Connection pool: GET of 16 B, one command in flight per user (-P 1, -n %s, median of %d runs). "
          "plain = 8 clients (the traffic of 8 pooled connections kept busy); pool, free = 8 users of a pool of 8 "
          "(arbench --pool 8: each command an ar_pool_command_argv, a connection always free); pool, waiting = 50 "
          "users of a pool of 8 (42 wait at any time: each command is copied, queued, and handed a connection as "
          "one comes back). Overhead = the pool row minus the plain row: the cost of one acquire and release."
          % ("{:,}".format(n), reps), ""]
    md.append("| client | mode | users | connections | ops/s | user ns/op | CPU ns/op | instr/op "
              "| overhead instr/op | overhead user ns/op | overhead CPU ns/op |")
    md.append("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|")
    for t in tools:
        base = res[(t, POOL_MODES[0][0])]
        for (m, users, flags) in POOL_MODES:
            r = res[(t, m)]
            d = lambda k: "-" if not flags or r[k] != r[k] or base[k] != base[k] else "{:,.0f}".format(r[k] - base[k])
            md.append("| %s | %s | %d | %d | %s | %s | %s | %s | %s | %s | %s |" % (
                t, m, users, 8, fmt_int(r["rps"]), fmt_int(r["user"]), fmt_int(r["cpu"]), fmt_int(r["instr"]),
                d("instr"), d("user"), d("cpu")))
    md.append("")
    return md


def run_sweep(tools, exe, port, keys, depths, cpin):
    """callgrind instructions per command with DEPTH commands in flight
    (--window), reconnect on and off: {(tool, depth, reconnect): instr}"""
    res = {}
    for depth in depths:
        for reconnect in (True, False):
            for t in tools:
                def argv(nn, t=t, depth=depth, reconnect=reconnect):
                    v = tool_argv(t, exe[t], port, "SET", 16, 1, depth, nn, keys) + ["--window"]
                    return v if reconnect else v + ["--no-reconnect"]
                res[(t, depth, reconnect)] = callgrind_per_op(argv, depth, cpin)
            log("bench: sweep SET 16 B depth %d in flight, reconnect %s, instructions/op: %s" % (
                depth, "on" if reconnect else "off",
                ", ".join("%s %s" % (t, fmt_int(res[(t, depth, reconnect)])) for t in tools)))
    return res


def sweep_table(tools, depths, res):
    md = ["Depth sweep: SET of 16 B, 1 client, DEPTH commands kept in flight (arbench --window: a new "
          "command per reply), callgrind instructions per command (N vs 2N requests), reconnect on "
          "(every command's bytes kept until its reply) and off (--no-reconnect).", ""]
    head = "| depth in flight |"
    rule = "|--:|"
    for t in tools:
        head += " instr/op %s, reconnect on | instr/op %s, reconnect off |" % (t, t)
        rule += "--:|--:|"
    md += [head, rule]
    for d in depths:
        line = "| %s |" % "{:,}".format(d)
        for t in tools:
            line += " %s | %s |" % (fmt_int(res[(t, d, True)]), fmt_int(res[(t, d, False)]))
        md.append(line)
    md.append("")
    return md


def pubsub_selected(only):
    return not only or any(p.strip().lower() == "pubsub" for p in only.split(","))


PS_LIBS = ["hiredis", "asyncredis"]
PS_PAYLOAD = {16: "0123456789abcdef", 1024: ("0123456789abcdef" * 64)}


def ps_run(ps_bench, lib, port, n, size, target, cpin, wrap=None):
    """one pub/sub receive run: the subscriber says ready, redis-benchmark
    publishes n messages while it waits, then it reads them all; returns
    its CSV line as a dict (or, under callgrind, the instruction total)"""
    argv = [ps_bench, "--lib", lib, "-h", "127.0.0.1", "-p", str(port), "-n", str(n)]
    argv += ["--pattern", "bench.*"] if target == "pattern" else ["--channel", "bench.ch"]
    cgout = None
    if wrap == "callgrind":
        cgdir = tempfile.mkdtemp(prefix="asyncredis-pscg.")
        cgout = os.path.join(cgdir, "cg.out")
        argv = ["valgrind", "--tool=callgrind", "--callgrind-out-file=" + cgout] + argv
    if cpin is not None:
        argv = ["taskset", "-c", str(cpin)] + argv
    p = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = p.stdout.readline().strip()
        if line != "ready":
            raise RuntimeError("ps_bench %s: %r %s" % (lib, line, p.stderr.read()[-300:]))
        pub = ["redis-benchmark", "-h", "127.0.0.1", "-p", str(port), "-c", "1", "-n", str(n), "-P", "1000",
               "-q", "PUBLISH", "bench.ch", PS_PAYLOAD[size]]
        if cpin is not None:
            pub = ["taskset", "-c", str(cpin)] + pub
        subprocess.run(pub, check=True, stdout=subprocess.DEVNULL, timeout=600)
        p.stdin.write("go\n")
        p.stdin.flush()
        out = p.stdout.readline().strip()
        err = p.stderr.read()
        if p.wait(600) != 0 or not out:
            raise RuntimeError("ps_bench %s failed: %s" % (lib, err[-300:]))
    finally:
        if p.poll() is None:
            p.kill()
            p.wait()
    if cgout:
        with open(cgout) as f:
            for ln in f:
                if ln.startswith("summary:") or ln.startswith("totals:"):
                    shutil.rmtree(os.path.dirname(cgout), ignore_errors=True)
                    return int(ln.split()[1])
        raise RuntimeError("callgrind: no totals for ps_bench %s" % lib)
    f = out.split(",")
    return {"lib": f[0], "n": int(f[1]), "secs": float(f[2]), "mps": float(f[3]), "cpu": float(f[4]),
            "user": float(f[5]), "bytes": int(f[6])}


def run_pubsub(ps_bench, port, n16, reps, cpin, use_cg, raw):
    """{(size, target, lib): {mps, cpu, user, instr}}"""
    command(port, "CONFIG", "SET", "client-output-buffer-limit", "pubsub 0 0 0")
    res = {}
    cases = [(16, "channel"), (16, "pattern"), (1024, "channel"), (1024, "pattern")]
    for (size, target) in cases:
        n = n16 if size == 16 else max(n16 // 5, 1000)
        ps_run(ps_bench, "asyncredis", port, min(n, 50000), size, target, cpin)   # warm-up
        per = {lib: {"mps": [], "cpu": [], "user": []} for lib in PS_LIBS}
        for rep in range(reps):
            order = PS_LIBS[rep % 2:] + PS_LIBS[:rep % 2]
            for lib in order:
                r = ps_run(ps_bench, lib, port, n, size, target, cpin)
                if r["bytes"] != n * size:
                    raise RuntimeError("ps_bench %s: %d payload bytes, %d expected" % (lib, r["bytes"], n * size))
                for k in ("mps", "cpu", "user"):
                    per[lib][k].append(r[k])
                raw.append(["PUBSUB:" + target, size, 1, 1000, n, lib, rep, "%.0f" % r["mps"], "%.1f" % r["cpu"],
                            "", "", "", "", "%.3f" % r["secs"], "%.1f" % r["user"]])
        for lib in PS_LIBS:
            res[(size, target, lib)] = {"mps": median(per[lib]["mps"]), "cpu": median(per[lib]["cpu"]),
                                        "user": median(per[lib]["user"]), "instr": float("nan"), "n": n}
            if use_cg:
                nc = max(n // 10, 10000)
                i1 = ps_run(ps_bench, lib, port, nc, size, target, cpin, wrap="callgrind")
                i2 = ps_run(ps_bench, lib, port, 2 * nc, size, target, cpin, wrap="callgrind")
                res[(size, target, lib)]["instr"] = (i2 - i1) / float(nc)
        log("bench: pubsub %s B to a %s, n=%d: %s" % (size, target, n, "; ".join(
            "%s %s msgs/s %s CPU ns/msg %s instr/msg" % (lib, fmt_int(res[(size, target, lib)]["mps"]),
                                                         fmt_int(res[(size, target, lib)]["cpu"]),
                                                         fmt_int(res[(size, target, lib)]["instr"]))
            for lib in PS_LIBS)))
    return res, cases


def pubsub_table(res, cases, reps):
    md = ["Pub/sub receive: one subscriber (examples/ps_bench.c) to one channel (SUBSCRIBE bench.ch) or to a "
          "pattern (PSUBSCRIBE bench.*); N messages published to bench.ch by redis-benchmark (-P 1000) while "
          "the subscriber does not read, then read by it as fast as it can (median of %d runs each, "
          "interleaved): messages/s, CPU ns per message (getrusage of the subscriber while it reads: "
          "user + sys) and user ns per message; instructions per message from callgrind (N/10 vs N/5 "
          "messages). hiredis: redisAsyncContext on an ae-style epoll adapter." % reps, ""]
    md.append("| payload | subscribed to | N | msgs/s hiredis | msgs/s asyncredis | ar/hiredis | CPU ns/msg hiredis "
              "| CPU ns/msg asyncredis | ar/hiredis | user ns/msg hiredis | user ns/msg asyncredis | ar/hiredis "
              "| instr/msg hiredis | instr/msg asyncredis | ar/hiredis |")
    md.append("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|")
    for (size, target) in cases:
        h, a = res[(size, target, "hiredis")], res[(size, target, "asyncredis")]
        md.append("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
            "1 KB" if size == 1024 else "%d B" % size, "a channel" if target == "channel" else "a pattern",
            "{:,}".format(a["n"]), fmt_int(h["mps"]), fmt_int(a["mps"]), fmt_ratio(a["mps"], h["mps"]),
            fmt_int(h["cpu"]), fmt_int(a["cpu"]), fmt_ratio(a["cpu"], h["cpu"]),
            fmt_int(h["user"]), fmt_int(a["user"]), fmt_ratio(a["user"], h["user"]),
            fmt_int(h["instr"]), fmt_int(a["instr"]), fmt_ratio(a["instr"], h["instr"])))
    md.append("")
    return md


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--arbench", required=True)
    ap.add_argument("--hiredis", required=True)
    ap.add_argument("--out", default="build/bench")
    ap.add_argument("--ps-bench", default=None, help="examples/ps_bench.c built: the pub/sub rows")
    ap.add_argument("--extra", action="append", default=[], metavar="LABEL=PATH",
                    help="another arbench-compatible client to run and show")
    a = ap.parse_args()

    reps = int(os.environ.get("BENCH_REPS", "3"))
    target = float(os.environ.get("BENCH_SECONDS", "1.5"))
    keys = int(os.environ.get("BENCH_KEYS", "100000"))
    only = os.environ.get("BENCH_ONLY", "")
    tools = [t.strip() for t in os.environ.get("BENCH_TOOLS", ",".join(TOOLS)).split(",") if t.strip()]
    for t in tools:
        if t not in TOOLS:
            raise SystemExit("bench: unknown tool %r in BENCH_TOOLS" % t)
    for exe in ("redis-server", "redis-benchmark", "taskset"):
        if not shutil.which(exe):
            raise SystemExit("bench: %s not found (Debian: apt-get install -y redis-server redis-tools util-linux)" % exe)
    ncpu = os.cpu_count() or 1
    spin, cpin = (0, 1) if ncpu >= 2 else (None, None)
    if spin is None:
        log("bench: only one CPU: server and client are not pinned apart")
    exe = {"hiredis": a.hiredis, "asyncredis": a.arbench, "redis-benchmark": "redis-benchmark"}
    extras = []
    for x in a.extra:
        label, _, path = x.partition("=")
        if not label or not path or label in exe:
            raise SystemExit("bench: --extra wants LABEL=PATH with a new label, got %r" % x)
        exe[label] = path
        extras.append(label)
    tools = tools + extras
    use_cg = os.environ.get("BENCH_CALLGRIND", "1") != "0"
    if use_cg and not shutil.which("valgrind"):
        raise SystemExit("bench: valgrind not found (apt-get install -y valgrind), or BENCH_CALLGRIND=0")
    os.makedirs(a.out, exist_ok=True)
    info = machine_info()

    rows = []
    only_rows = ",".join(p for p in only.split(",") if p.strip().lower() not in ("sweep", "pipeline", "pool", "pubsub",
                                                                                   "memory"))
    if only_rows or not only:
        for test_size in [("SET", 16), ("GET", 16), ("SET", 1024), ("GET", 1024)]:
            for clients in (1, 50):
                for depth in (1, 16, 128, 1024):
                    test, size = test_size
                    if selected(only_rows, test, size, clients, depth):
                        rows.append((test, size, clients, depth))
    do_sweep = sweep_selected(only)
    if do_sweep and not use_cg:
        log("bench: the depth sweep counts instructions: BENCH_CALLGRIND=0 leaves it out")
        do_sweep = False
    sweep_tools = [t for t in tools if t not in ("redis-benchmark", "hiredis")]
    if do_sweep and not sweep_tools:
        log("bench: the depth sweep runs asyncredis or --extra binaries only: none in BENCH_TOOLS")
        do_sweep = False
    depths = [int(x) for x in os.environ.get("BENCH_SWEEP_DEPTHS", ",".join(map(str, SWEEP_DEPTHS))).split(",")
              if x.strip()]
    do_pipe = pipeline_selected(only)
    pipe_batch = int(os.environ.get("BENCH_PIPELINE_BATCH", "1000"))
    if do_pipe and not sweep_tools:
        log("bench: explicit vs auto pipeline runs asyncredis or --extra binaries only: none in BENCH_TOOLS")
        do_pipe = False
    do_pool = pool_selected(only)
    if do_pool and not sweep_tools:
        log("bench: the pool comparison runs asyncredis or --extra binaries only: none in BENCH_TOOLS")
        do_pool = False
    do_ps = pubsub_selected(only)
    n16 = int(os.environ.get("BENCH_PUBSUB_N", "1000000"))
    if do_ps and not a.ps_bench:
        if only:
            raise SystemExit("bench: the pub/sub rows need --ps-bench build/ps_bench")
        do_ps = False
    do_mem = memory_selected(only)
    mem_sizes = [int(x) for x in os.environ.get("BENCH_MEMORY_CLIENTS", ",".join(map(str, MEMORY_CLIENTS))).split(",")
                 if x.strip()]
    mem_cols = [(t, t, []) for t in tools if t not in ("redis-benchmark", "hiredis")]
    if "hiredis" in tools:
        mem_cols = mem_cols[:1] + MEM_HIREDIS + mem_cols[1:]
    if do_mem and mem_sizes:
        limit = raise_nofile(max(mem_sizes) + 256)
        if any(n + 64 > limit for n in mem_sizes):
            log("bench: memory row: open-file limit %d: leaving out %s connections (raise the hard limit, "
                "ulimit -Hn)" % (limit, ", ".join(str(n) for n in mem_sizes if n + 64 > limit)))
            mem_sizes = [n for n in mem_sizes if n + 64 <= limit]
    if do_mem and (not mem_cols or not mem_sizes):
        log("bench: the memory row runs asyncredis, hiredis or --extra binaries: none in BENCH_TOOLS, or no size")
        do_mem = False
    if not rows and not do_sweep and not do_pipe and not do_pool and not do_ps and not do_mem:
        raise SystemExit("bench: BENCH_ONLY=%r selects no row" % only)

    srv = Server(spin)
    raw = []
    results = []
    t_begin = time.monotonic()
    filled = None
    try:
        log("bench: redis-server %s on 127.0.0.1:%d (CPU %s), clients on CPU %s; %d rows x %d tools x %d reps"
            % (info["redis"], srv.port, spin, cpin, len(rows), len(tools), reps))
        for (test, size, clients, depth) in rows:
            if test == "GET" and filled != size:
                fill_keys(a.arbench, srv.port, keys, size, cpin)
                filled = size
            # calibrate -n with a short arbench run (also a warm-up)
            batch = clients * depth
            n_cal = max(20000, 4 * batch)
            out, _, _, _, _ = run_measured(tool_argv("asyncredis", a.arbench, srv.port, test, size, clients,
                                                  depth, n_cal, keys), cpin)
            rps = float(parse_csv(out, test)["rps"])
            n = int(rps * target)
            n = max(n, 8 * batch, 10000)
            n = (n + batch - 1) // batch * batch  # whole batches for every client
            per = {t: {"rps": [], "cpu": [], "cpu_in": [], "user": []} for t in tools}
            for rep in range(reps):
                order = tools[rep % len(tools):] + tools[:rep % len(tools)]
                for tool in order:
                    argv = tool_argv(tool, exe[tool], srv.port, test, size, clients, depth, n, keys)
                    out, _, cpu, wall, user = run_measured(argv, cpin, timeout=max(120, 20 * target))
                    r = parse_csv(out, test)
                    per[tool]["rps"].append(float(r["rps"]))
                    per[tool]["cpu"].append(cpu * 1e9 / n)
                    per[tool]["user"].append(user * 1e9 / n)
                    if "client_cpu_ns_per_req" in r:
                        per[tool]["cpu_in"].append(float(r["client_cpu_ns_per_req"]))
                    raw.append([test, size, clients, depth, n, tool, rep, r["rps"], "%.1f" % (cpu * 1e9 / n),
                                r.get("client_cpu_ns_per_req", ""), r.get("p50_latency_ms", ""),
                                r.get("p99_latency_ms", ""), r.get("max_latency_ms", ""), "%.3f" % wall,
                                "%.1f" % (user * 1e9 / n)])
            res = {"test": test, "size": size, "clients": clients, "depth": depth, "n": n}
            for t in tools:
                res[t] = {"rps": median(per[t]["rps"]), "cpu": median(per[t]["cpu"]),
                          "cpu_in": median(per[t]["cpu_in"]), "user": median(per[t]["user"]),
                          "instr": float("nan")}
            if use_cg and clients == 1 and depth >= 128:
                for t in tools:
                    res[t]["instr"] = callgrind_per_op(
                        lambda nn: tool_argv(t, exe[t], srv.port, test, size, clients, depth, nn, keys), batch, cpin)
                log("bench: %s %d B c=%d P=%d instructions/op: %s" % (test, size, clients, depth, ", ".join(
                    "%s %s" % (t, fmt_int(res[t]["instr"])) for t in tools)))
            results.append(res)
            line = "%-3s %5d B  c=%-2d P=%-4d n=%-8d" % (test, size, clients, depth, n)
            for t in tools:
                line += "  %s %s ops/s %s ns/op" % (t, fmt_int(res[t]["rps"]), fmt_int(res[t]["cpu"]))
            log(line)
        if do_sweep:
            log("bench: depth sweep, %d depths x reconnect on/off x %d tools, under callgrind"
                % (len(depths), len(sweep_tools)))
            sweep = run_sweep(sweep_tools, exe, srv.port, keys, depths, cpin)
        if do_pipe:
            log("bench: explicit pipeline vs auto-pipelining, GET 16 B, batch %d, %d tools x 2 x %d reps%s"
                % (pipe_batch, len(sweep_tools), reps, ", then callgrind" if use_cg else ""))
            fill_keys(a.arbench, srv.port, keys, 16, cpin)   # SET rows may have left other sizes
            pipe, pipe_n = run_pipeline_cmp(sweep_tools, exe, srv.port, keys, pipe_batch, reps, target, cpin,
                                            use_cg, raw)
        if do_pool:
            log("bench: connection pool, GET 16 B -P 1, %d tools x %d ways x %d reps%s"
                % (len(sweep_tools), len(POOL_MODES), reps, ", then callgrind" if use_cg else ""))
            if not do_pipe:
                fill_keys(a.arbench, srv.port, keys, 16, cpin)
            pool, pool_n = run_pool_cmp(sweep_tools, exe, srv.port, keys, reps, target, cpin, use_cg, raw)
        if do_ps:
            log("bench: pub/sub receive, 16 B and 1 KB, a channel and a pattern, hiredis and asyncredis x %d reps%s"
                % (reps, ", then callgrind" if use_cg else ""))
            ps, ps_cases = run_pubsub(a.ps_bench, srv.port, n16, reps, cpin, use_cg, raw)
    finally:
        srv.cleanup()
    mem_raw = []
    if do_mem:
        log("bench: memory per idle connection, %s connections x %d clients x %d reps"
            % (" and ".join("{:,}".format(n) for n in mem_sizes), len(mem_cols), reps))
        mem = run_memory(mem_cols, exe, mem_sizes, reps, spin, cpin, mem_raw)
    elapsed = time.monotonic() - t_begin

    def g(res, t, k):
        return res[t][k] if t in res else float("nan")

    md = []
    md.append("Machine: %s, %s CPUs, %s (kernel %s); redis-server %s; hiredis %s (Debian libhiredis-dev); %s."
              % (info["cpu"], info["ncpu"], info["os"], info["kernel"], info["redis"], info["hiredis"], info["cc"]))
    md.append("Server pinned to CPU %s, client to CPU %s; -r %d keys; %s`make bench` took %.0f s."
              % (spin, cpin, keys, "median of %d runs; " % reps if rows or do_pipe or do_pool or do_ps else "", elapsed))
    md.append("")
    md.append("| test | value | clients | depth | ops/s redis-benchmark | ops/s hiredis | ops/s asyncredis "
              "| ar/hiredis | ar/redis-bench | CPU ns/op redis-benchmark | CPU ns/op hiredis | CPU ns/op asyncredis "
              "| ar/hiredis | ar/redis-bench |")
    if extras:
        md[-1] += "".join(" ops/s %s | CPU ns/op %s | %s/hiredis ops/s | %s/hiredis CPU |" % (x, x, x, x)
                          for x in extras)
    md.append("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|" + "--:|--:|--:|--:|" * len(extras))
    for r in results:
        rb, hi, ar = ("redis-benchmark", "hiredis", "asyncredis")
        line = "| %s | %s | %d | %d | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
            r["test"], "1 KB" if r["size"] == 1024 else "%d B" % r["size"], r["clients"], r["depth"],
            fmt_int(g(r, rb, "rps")), fmt_int(g(r, hi, "rps")), fmt_int(g(r, ar, "rps")),
            fmt_ratio(g(r, ar, "rps"), g(r, hi, "rps")), fmt_ratio(g(r, ar, "rps"), g(r, rb, "rps")),
            fmt_int(g(r, rb, "cpu")), fmt_int(g(r, hi, "cpu")), fmt_int(g(r, ar, "cpu")),
            fmt_ratio(g(r, ar, "cpu"), g(r, hi, "cpu")), fmt_ratio(g(r, ar, "cpu"), g(r, rb, "cpu")))
        for x in extras:
            line += " %s | %s | %s | %s |" % (fmt_int(g(r, x, "rps")), fmt_int(g(r, x, "cpu")),
                                              fmt_ratio(g(r, x, "rps"), g(r, hi, "rps")),
                                              fmt_ratio(g(r, x, "cpu"), g(r, hi, "cpu")))
        md.append(line)
    md.append("")
    md.append("The client's own work: user CPU ns/op (rusage, median) and, for the 1-client rows at depth 128 "
              "and 1024, user-space instructions per op (callgrind, N vs 2N requests).")
    md.append("")
    md.append("| test | value | clients | depth | user ns/op redis-benchmark | user ns/op hiredis | user ns/op asyncredis "
              "| ar/hiredis | instr/op redis-benchmark | instr/op hiredis | instr/op asyncredis | ar/hiredis | ar/redis-bench |")
    md.append("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|")
    for r in results:
        rb, hi, ar = ("redis-benchmark", "hiredis", "asyncredis")
        md.append("| %s | %s | %d | %d | %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
            r["test"], "1 KB" if r["size"] == 1024 else "%d B" % r["size"], r["clients"], r["depth"],
            fmt_int(g(r, rb, "user")), fmt_int(g(r, hi, "user")), fmt_int(g(r, ar, "user")),
            fmt_ratio(g(r, ar, "user"), g(r, hi, "user")),
            fmt_int(g(r, rb, "instr")), fmt_int(g(r, hi, "instr")), fmt_int(g(r, ar, "instr")),
            fmt_ratio(g(r, ar, "instr"), g(r, hi, "instr")), fmt_ratio(g(r, ar, "instr"), g(r, rb, "instr"))))
    if not rows:   # the sweep, the pipeline / pool comparisons, pub/sub or memory alone: no matrix tables
        md = md[:3]
    if do_sweep:
        if rows:
            md.append("")
        md += sweep_table(sweep_tools, depths, sweep)
        with open(os.path.join(a.out, "bench-sweep.csv"), "w", newline="") as f:
            w = csv.writer(f)
            w.writerow(["test", "size", "clients", "depth_in_flight", "reconnect", "tool", "instr_per_op"])
            for d in depths:
                for rc in (True, False):
                    for t in sweep_tools:
                        w.writerow(["SET", 16, 1, d, "on" if rc else "off", t, "%.1f" % sweep[(t, d, rc)]])
    if do_pipe:
        if rows and not do_sweep:
            md.append("")
        md += pipeline_table(sweep_tools, pipe_batch, pipe_n, reps, pipe)
    if do_pool:
        if rows and not do_sweep and not do_pipe:
            md.append("")
        md += pool_table(sweep_tools, pool_n, reps, pool)
    if do_ps:
        if rows or do_sweep or do_pipe or do_pool:
            md.append("")
        md += pubsub_table(ps, ps_cases, reps)
    if do_mem:
        if rows or do_sweep or do_pipe or do_pool or do_ps:
            md.append("")
        md += memory_table(mem_cols, mem_sizes, reps, mem)
        with open(os.path.join(a.out, "bench-memory.csv"), "w", newline="") as f:
            w = csv.writer(f)
            w.writerow(["connections", "client", "rep", "rss_before_bytes", "rss_after_bytes", "rss_bytes_per_conn",
                        "connect_ms", "wall_s"])
            w.writerows(mem_raw)
    text = "\n".join(md) + "\n"
    with open(os.path.join(a.out, "bench.md"), "w") as f:
        f.write(text)
    with open(os.path.join(a.out, "bench-raw.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["test", "size", "clients", "depth", "n", "tool", "rep", "rps", "cpu_ns_per_op_rusage",
                    "cpu_ns_per_op_in_test", "p50_ms", "p99_ms", "max_ms", "wall_s", "user_ns_per_op"])
        w.writerows(raw)
    print(text)
    log("bench: written %s and %s%s%s" % (os.path.join(a.out, "bench.md"), os.path.join(a.out, "bench-raw.csv"),
                                          " and " + os.path.join(a.out, "bench-sweep.csv") if do_sweep else "",
                                          " and " + os.path.join(a.out, "bench-memory.csv") if do_mem else ""))


if __name__ == "__main__":
    main()
