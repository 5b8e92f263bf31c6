#!/usr/bin/env python3
"""bench_parser.py - `make bench-parser`: the asyncredis parser against
hiredis's reader on the same byte streams (tests/bench_parser.c).

    tests/bench_parser.py --exe build/bench_parser [--out DIR]

1. Time: bench_parser without arguments times every case for both
   libraries (pinned to CPU 1 when there are two CPUs): ns per reply,
   median of 5 runs.
2. Instructions: for every case and library, valgrind --tool=callgrind runs
   `bench_parser --lib L --case C --n N` with N = M*K and N = 2*M*K replies
   (K replies per stream); the difference of the two totals divided by M*K
   is the instruction count of one reply, with start-up and stream set-up
   cancelled out. Instruction counts do not depend on the machine's noise.

Note on the 100 MB bulk: valgrind counts a `rep movsb` copy (which glibc's
memcpy uses for mid-sized copies such as a 64 KB chunk) as one instruction
per byte, while a large copy done with vector instructions costs ~1/32 per
byte; so its instruction counts are dominated by how the copies are done,
not by parsing. Its time (MB/s) is the number to read.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile
import time

CASES = ["ok", "int", "bulk16", "bulk1k", "array10", "nested", "big"]
LABEL = {"ok": "+OK", "int": ":12345", "bulk16": "16 B bulk", "bulk1k": "1 KB bulk",
         "array10": "array of ten 16 B bulks", "nested": "nested array (29 nodes, 3 levels)",
         "big": "100 MB bulk, 64 KB chunks"}


def log(*a):
    print(*a, file=sys.stderr, flush=True)


def pin():
    return ["taskset", "-c", "1"] if (os.cpu_count() or 1) >= 2 and shutil_which("taskset") else []


def shutil_which(x):
    from shutil import which
    return which(x)


def callgrind_total(exe, lib, case, n, tmp):
    out = os.path.join(tmp, "cg.%s.%s.%d" % (lib, case, n))
    subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out,
                    exe, "--lib", lib, "--case", case, "--n", str(n)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(out) as f:
        for line in f:
            m = re.match(r"(summary|totals):\s+(\d+)", line)
            if m:
                return int(m.group(2))
    raise RuntimeError("no totals in " + out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--exe", required=True)
    ap.add_argument("--out", default="build/bench")
    ap.add_argument("--no-callgrind", action="store_true")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    t0 = time.monotonic()

    log("bench-parser: timing (%s)" % ("pinned to CPU 1" if pin() else "not pinned"))
    res = subprocess.run(pin() + [a.exe], check=True, capture_output=True, text=True).stdout
    timing = {}
    for line in res.splitlines()[1:]:
        w = line.split()
        if len(w) >= 4 and w[0] in CASES:
            timing[w[0]] = {"k": int(w[1]), "ar": float(w[2]), "hi": float(w[3])}
    for c in CASES:
        if c not in timing:
            raise SystemExit("bench-parser: no timing for %s in:\n%s" % (c, res))

    instr = {}
    if not a.no_callgrind:
        with tempfile.TemporaryDirectory(prefix="asyncredis-cg.") as tmp:
            for c in CASES:
                k = timing[c]["k"]
                m = 1 if c == "big" else max(1, 100000 // k)
                instr[c] = {}
                for lib in ("ar", "hiredis"):
                    i1 = callgrind_total(a.exe, lib, c, m * k, tmp)
                    i2 = callgrind_total(a.exe, lib, c, 2 * m * k, tmp)
                    instr[c][lib] = (i2 - i1) / float(m * k)
                log("bench-parser: %-8s callgrind: asyncredis %.1f, hiredis %.1f instructions per reply"
                    % (c, instr[c]["ar"], instr[c]["hiredis"]))

    gcc = subprocess.run(["cc", "--version"], capture_output=True, text=True).stdout.splitlines()
    hv = "?"
    try:
        txt = open("/usr/include/hiredis/hiredis.h").read()
        hv = ".".join(re.search(r"#define HIREDIS_%s (\d+)" % k, txt).group(1) for k in ("MAJOR", "MINOR", "PATCH"))
    except (OSError, AttributeError):
        pass
    lines = []
    lines.append("asyncredis parser (ar_parser_feed + ar_parser_next) vs hiredis %s reader (redisReaderFeed + "
                 "redisReaderGetReply + freeReplyObject), same streams, fed in 16 KB chunks (the 100 MB bulk in "
                 "64 KB chunks); %s; ns: median of 5 runs, %s; instructions: callgrind, N vs 2N replies."
                 % (hv, gcc[0] if gcc else "cc", "pinned to CPU 1" if pin() else "not pinned"))
    lines.append("")
    lines.append("| reply | ns/reply asyncredis | ns/reply hiredis | ar/hiredis | instructions/reply asyncredis "
                 "| instructions/reply hiredis | ar/hiredis |")
    lines.append("|---|--:|--:|--:|--:|--:|--:|")
    for c in CASES:
        t = timing[c]
        if c == "big":
            mb = 100.0
            ns_ar = "%.1f ms (%.0f MB/s)" % (t["ar"] / 1e6, mb / (t["ar"] / 1e9))
            ns_hi = "%.1f ms (%.0f MB/s)" % (t["hi"] / 1e6, mb / (t["hi"] / 1e9))
            ratio_t = "%.3f (%.1fx throughput)" % (t["ar"] / t["hi"], t["hi"] / t["ar"])
        else:
            ns_ar, ns_hi = "%.1f" % t["ar"], "%.1f" % t["hi"]
            ratio_t = "%.3f" % (t["ar"] / t["hi"])
        if c in instr:
            ia, ih = instr[c]["ar"], instr[c]["hiredis"]
            fi = (lambda v: "{:,.0f}".format(v)) if c == "big" else (lambda v: "%.1f" % v)
            row_i = (fi(ia), fi(ih), "%.3f" % (ia / ih))
        else:
            row_i = ("-", "-", "-")
        lines.append("| %s | %s | %s | %s | %s | %s | %s |" % ((LABEL[c], ns_ar, ns_hi, ratio_t) + row_i))
    text = "\n".join(lines) + "\n"
    with open(os.path.join(a.out, "bench-parser.md"), "w") as f:
        f.write(text)
    print(text)
    log("bench-parser: %.0f s; written %s" % (time.monotonic() - t0, os.path.join(a.out, "bench-parser.md")))


if __name__ == "__main__":
    main()
