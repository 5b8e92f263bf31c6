# asyncredis - build, test, demo.
#   make             build the examples (build/)
#   make demo        start a throwaway redis-server, run examples/demo.c, stop it
#   make test        the full suite against real redis-servers (TAP via prove),
#                    then examples/chat.c against a throwaway server
#   make test-asan   the suite under AddressSanitizer + UBSan
#   make test-valgrind  the suite under valgrind (memcheck)
#   make fuzz        libFuzzer: parser and format encoder, FUZZ_TIME s each
#   make commands    regenerate asyncredis_commands.h from commands.json
#   make commands-json REDIS=host:port   re-read commands.json from a server
#   make adapters    the libuv / libevent / libev adapter examples (adapters/)
#   make portability static musl and ARM 32-bit (qemu-user) builds of the demo
#                    run against a throwaway server, -Os object sizes
#   make install     headers and pkg-config files (PREFIX=/usr/local, DESTDIR)
#   make clean
CC      ?= cc
CLANG   ?= clang
CFLAGS  ?= -O2 -g
WARN     = -std=c99 -Wall -Wextra -pedantic -Werror -pthread
TFLAGS   = $(WARN) -D_DEFAULT_SOURCE -I.
B        = build
FUZZ_TIME ?= 300
FUZZ_SHORT ?= 10
PROVE   ?= prove
CXX     ?= c++
PYTHON  ?= python3

EXAMPLES = $(B)/hello $(B)/frame_loop $(B)/demo $(B)/arbench $(B)/chat $(B)/otel_trace
EXAMPLES += $(B)/worker_queue $(B)/rate_limiter $(B)/cache_aside $(B)/game_loop
# adapters/: each needs its library only when used; built when it is
# installed, otherwise tests/optional-build.sh writes a stub that reports the skip
ADAPTERS = libuv libevent libev
LIBS_libuv = -luv
LIBS_libevent = -levent
LIBS_libev = -lev
ADAPTER_EXAMPLES = $(ADAPTERS:%=$(B)/adapter_%)
TESTS    =
TESTS   += $(B)/t/test_parser
TESTS   += $(B)/t/test_format
TESTS   += $(B)/t/test_client
TESTS   += $(B)/t/test_client_poll
TESTS   += $(B)/t/test_faults
TESTS   += $(B)/t/test_tick
TESTS   += $(B)/t/test_prefix_client
TESTS   += $(B)/t/test_alloc
TESTS   += $(B)/t/test_uri
TESTS   += $(B)/t/test_resilience
TESTS   += $(B)/t/test_resilience2
TESTS   += $(B)/t/test_tick_resilience
TESTS   += $(B)/t/test_dns
TESTS   += $(B)/t/test_nomem
TESTS   += $(B)/t/test_tx
TESTS   += $(B)/t/test_state
TESTS   += $(B)/t/test_outbuf
TESTS   += $(B)/t/test_script
TESTS   += $(B)/t/test_scan
TESTS   += $(B)/t/test_blocking
TESTS   += $(B)/t/test_pool
TESTS   += $(B)/t/test_hooks
TESTS   += $(B)/t/test_memory
TESTS   += $(B)/t/test_pubsub
TESTS   += $(B)/t/test_observe
TESTS   += $(B)/t/test_harness_selftest
TESTS   += $(B)/t/test_adapter_libuv
TESTS   += $(B)/t/test_adapter_libevent
TESTS   += $(B)/t/test_adapter_libev
TESTS   += $(B)/t/test_tls
TESTS   += $(B)/t/test_learn
CMD_TESTS = $(B)/t/test_cmd_keys $(B)/t/test_cmd_prefix $(B)/t/test_cmd_wrappers $(B)/t/test_cmd_argv $(B)/t/test_cmd_cxx
ASAN_TESTS = $(TESTS:$(B)/t/%=$(B)/asan/%) $(B)/asan/test_cmd_keys $(B)/asan/test_cmd_prefix $(B)/asan/test_cmd_wrappers $(B)/asan/test_cmd_argv
HDRS     = asyncredis.h asyncredis_commands.h tests/harness.h tests/faultserver.h tests/drive.h tests/resilience.h tests/proxy.h tests/testclock.h tests/tick.h tests/delayproxy.h tests/wrapper_cases.h tests/argv_render.h

.PHONY: all examples adapters test test-programs asan-programs test-asan test-valgrind fuzz fuzz-build demo deps clean commands commands-json check-commands FORCE
all: examples

examples: $(EXAMPLES)
$(B)/%: examples/%.c asyncredis.h
	@mkdir -p $(B)
	$(CC) $(WARN) $(CFLAGS) -I. $< -o $@

adapters: $(ADAPTER_EXAMPLES)
# $(B)/have/LIB says whether LIB can be used; it changes (and what uses LIB
# is rebuilt) when the library is installed or removed
FORCE:
$(ADAPTERS:%=$(B)/have/%): $(B)/have/%: FORCE
	@mkdir -p $(B)/have
	@bash tests/optional-build.sh --probe $* $(CC) > $@.new; cmp -s $@.new $@ || mv $@.new $@; rm -f $@.new
$(B)/adapter_%: examples/adapter_%.c adapters/asyncredis_%.h asyncredis.h $(B)/have/%
	@mkdir -p $(B)
	bash tests/optional-build.sh $* $@ $(CC) $(WARN) $(CFLAGS) -D_DEFAULT_SOURCE -I. $< -o $@ $(LIBS_$*)

deps:
	@bash tests/ensure-deps.sh test fuzz cxx
	@bash tests/ensure-deps.sh adapters install || echo "make: the adapters' libraries (or pkg-config) could not be installed: what needs them is skipped, and prove says so"

# ---------------------------------------------------------------- tests
$(B)/t/test_client_poll: tests/test_client.c $(HDRS)
	@mkdir -p $(B)/t
	$(CC) $(TFLAGS) $(CFLAGS) -DASYNCREDIS_USE_POLL $< -o $@
$(B)/t/%: tests/%.c $(HDRS)
	@mkdir -p $(B)/t
	$(CC) $(TFLAGS) $(CFLAGS) $< -o $@

$(B)/t/test_adapter_%: tests/test_adapter_%.c tests/adapter_tests.h adapters/asyncredis_%.h $(HDRS) $(B)/have/%
	@mkdir -p $(B)/t
	bash tests/optional-build.sh $* $@ $(CC) $(TFLAGS) $(CFLAGS) $< -o $@ $(LIBS_$*)
# TLS (tests/test_tls.c, build/arbench-tls): OpenSSL, as the adapters' libraries
TLS_LIBS  = -lssl -lcrypto
$(B)/have/openssl: FORCE
	@mkdir -p $(B)/have
	@bash tests/optional-build.sh --probe openssl $(CC) > $@.new; cmp -s $@.new $@ || mv $@.new $@; rm -f $@.new
$(B)/t/test_tls: tests/test_tls.c $(HDRS) $(B)/have/openssl
	@mkdir -p $(B)/t
	bash tests/optional-build.sh openssl $@ $(CC) $(TFLAGS) $(CFLAGS) -DASYNCREDIS_TLS $< -o $@ $(TLS_LIBS)

$(B)/t/test_cmd_cxx: tests/test_cmd_cxx.cc $(HDRS)
	@mkdir -p $(B)/t
	$(CXX) -std=c++11 -Wall -Wextra -Werror -pthread -D_DEFAULT_SOURCE -I. -g $< -o $@

ASAN = -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
$(B)/asan/test_client_poll: tests/test_client.c $(HDRS)
	@mkdir -p $(B)/asan
	$(CC) $(TFLAGS) -O1 -g $(ASAN) -DASYNCREDIS_USE_POLL $< -o $@
$(B)/asan/%: tests/%.c $(HDRS)
	@mkdir -p $(B)/asan
	$(CC) $(TFLAGS) -O1 -g $(ASAN) $< -o $@
$(B)/asan/test_adapter_%: tests/test_adapter_%.c tests/adapter_tests.h adapters/asyncredis_%.h $(HDRS) $(B)/have/%
	@mkdir -p $(B)/asan
	bash tests/optional-build.sh $* $@ $(CC) $(TFLAGS) -O1 -g $(ASAN) $< -o $@ $(LIBS_$*)
$(B)/asan/test_tls: tests/test_tls.c $(HDRS) $(B)/have/openssl
	@mkdir -p $(B)/asan
	bash tests/optional-build.sh openssl $@ $(CC) $(TFLAGS) -O1 -g $(ASAN) -DASYNCREDIS_TLS $< -o $@ $(TLS_LIBS)

FUZZERS = $(B)/fuzz/fuzz_parser $(B)/fuzz/fuzz_format
$(B)/fuzz/%: tests/%.c asyncredis.h
	@mkdir -p $(B)/fuzz
	$(CLANG) -g -O1 -pthread -D_DEFAULT_SOURCE -I. -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined $< -o $@

# the fuzzers, FUZZ_SHORT seconds each, as one TAP test
$(B)/t/fuzz-short.sh: $(FUZZERS)
	@mkdir -p $(B)/t
	@printf '#!/usr/bin/env bash\nexec bash tests/run-fuzz.sh %s %s\n' "$(FUZZ_SHORT)" "$(B)/fuzz" > $@
	@chmod +x $@

# The programs are built on every core first (about 45 programs of 8-12 s
# each: built one at a time they took half of make test's 15 minutes).
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
test-programs: $(TESTS) $(CMD_TESTS) $(B)/t/fuzz-short.sh examples adapters
asan-programs: $(ASAN_TESTS)

test: deps check-commands
	@$(MAKE) --no-print-directory -j$(JOBS) test-programs
	$(PROVE) --exec '' tests/compile.sh tests/builds.sh $(TESTS) $(CMD_TESTS) tests/test_gen_commands.py \
	    $(B)/t/fuzz-short.sh tests/examples.sh tests/run-examples.sh tests/install.sh

test-asan: deps
	@$(MAKE) --no-print-directory -j$(JOBS) asan-programs
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 $(PROVE) --exec '' $(ASAN_TESTS)

# The resilience programs measure 100-500 ms windows (timeouts, backoff):
# under valgrind's ~30x slowdown they would test valgrind, not the library.
# They run in `make test` and `make test-asan`; memcheck covers the rest.
# test_tls too (handshake timeouts, its tick test; and OpenSSL under memcheck).
VG_SKIP  = $(B)/t/test_resilience $(B)/t/test_resilience2 $(B)/t/test_tick_resilience $(B)/t/test_dns $(B)/t/test_tls
VG_TESTS = $(filter-out $(VG_SKIP),$(TESTS))
VALGRIND = valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect --track-fds=no
test-valgrind: deps $(TESTS) $(CMD_TESTS)
	@bash tests/ensure-deps.sh valgrind
	@mkdir -p $(B)/vg
	@for t in $(VG_TESTS); do printf '#!/usr/bin/env bash\nAR_TEST_VALGRIND=1 exec $(VALGRIND) %s "$$@"\n' "$$t" > $(B)/vg/$$(basename $$t); chmod +x $(B)/vg/$$(basename $$t); done
	@for t in test_cmd_keys test_cmd_prefix test_cmd_wrappers test_cmd_argv; do printf '#!/usr/bin/env bash\nAR_TEST_VALGRIND=1 exec $(VALGRIND) %s "$$@"\n' "$(B)/t/$$t" > $(B)/vg/$$t; chmod +x $(B)/vg/$$t; done
	$(PROVE) --exec '' $(VG_TESTS:$(B)/t/%=$(B)/vg/%) $(B)/vg/test_cmd_keys $(B)/vg/test_cmd_prefix $(B)/vg/test_cmd_wrappers $(B)/vg/test_cmd_argv

fuzz-build: $(FUZZERS)
fuzz: $(FUZZERS)
	@bash tests/ensure-deps.sh fuzz
	bash tests/run-fuzz.sh $(FUZZ_TIME) $(B)/fuzz

# ------------------------------------------------------------ commands
commands:
	$(PYTHON) gen_commands.py
commands-json:
	@test -n "$(REDIS)" || { echo "usage: make commands-json REDIS=host:port (or a socket path)"; exit 2; }
	$(PYTHON) gen_commands.py --from-server $(REDIS)
	$(PYTHON) gen_commands.py
check-commands:
	@$(PYTHON) gen_commands.py --check

# ---------------------------------------------------------------- demo
demo: $(B)/demo
	@bash examples/run-demo.sh $(B)/demo

clean:
	rm -rf $(B)

# --------------------------------------------------------- portability
# static musl and ARM 32-bit builds (qemu-user) of the demo and of test
# programs, run against local redis-servers, and -Os object sizes
# (tests/portability.sh; ~4 min, test_parser under qemu is most of it)
.PHONY: portability
portability:
	@bash tests/ensure-deps.sh portability
	$(PROVE) -v --exec '' tests/portability.sh

# ------------------------------------------------------------- install
# The header alone is the product; this is for those who want it installed:
# $(DESTDIR)$(PREFIX)/include/asyncredis/ gets the headers laid out as in this
# repository (asyncredis.h, asyncredis_commands.h, adapters/*.h), so the same
# #include lines work with -I<repo> and with `pkg-config --cflags asyncredis`;
# $(DESTDIR)$(PREFIX)/lib/pkgconfig/ gets asyncredis.pc and one .pc per adapter
# (asyncredis-libuv, asyncredis-libevent, asyncredis-libev: they bring the
# library's flags).
PREFIX  ?= /usr/local
DESTDIR ?=
INCDIR   = $(DESTDIR)$(PREFIX)/include/asyncredis
PCDIR    = $(DESTDIR)$(PREFIX)/lib/pkgconfig
VERSION := $(shell sed -n 's/^\#define ASYNCREDIS_VERSION "\(.*\)"/\1/p' asyncredis.h)
PC_HEAD  = prefix=$(PREFIX)\nincludedir=$${prefix}/include\n\n
PCREQ_libuv = libuv
PCREQ_libevent = libevent
PCLIBS_libev = -lev
.PHONY: install uninstall
install:
	install -d $(INCDIR)/adapters $(PCDIR)
	install -m 644 asyncredis.h asyncredis_commands.h $(INCDIR)/
	install -m 644 $(ADAPTERS:%=adapters/asyncredis_%.h) $(INCDIR)/adapters/
	printf '$(PC_HEAD)Name: asyncredis\nDescription: non-blocking Redis client for C in one header (define ASYNCREDIS_IMPLEMENTATION in one file)\nVersion: $(VERSION)\nCflags: -I$${includedir}/asyncredis\nLibs: -pthread\n' > $(PCDIR)/asyncredis.pc
	for a in $(ADAPTERS); do \
	  case $$a in libuv) req=libuv libs= ;; libevent) req=libevent libs= ;; *) req= libs=-l$${a#lib} ;; esac; \
	  printf '$(PC_HEAD)Name: asyncredis-%s\nDescription: asyncredis driven by %s (adapters/asyncredis_%s.h)\nVersion: $(VERSION)\nRequires: asyncredis %s\nLibs: %s\n' \
	    $$a $$a $$a "$$req" "$$libs" > $(PCDIR)/asyncredis-$$a.pc; \
	done
uninstall:
	rm -f $(INCDIR)/asyncredis.h $(INCDIR)/asyncredis_commands.h $(ADAPTERS:%=$(INCDIR)/adapters/asyncredis_%.h)
	rm -f $(PCDIR)/asyncredis.pc $(ADAPTERS:%=$(PCDIR)/asyncredis-%.pc)
	-rmdir $(INCDIR)/adapters $(INCDIR) 2>/dev/null

# ---------------------------------------------------------------- bench
# make bench         a throwaway redis-server; redis-benchmark, a hiredis
#                    baseline (examples/hiredis_bench.c) and arbench side by
#                    side (tests/bench.py: knobs BENCH_REPS, BENCH_SECONDS,
#                    BENCH_ONLY, BENCH_TOOLS); table in build/bench/bench.md;
#                    then a depth sweep: callgrind instructions per SET with
#                    1,024 .. 16,384 commands kept in flight, reconnect on
#                    and off (BENCH_ONLY=sweep: the sweep alone); and GET
#                    in batches of 1,000 auto-pipelined vs as one explicit
#                    ar_pipeline (BENCH_ONLY=pipeline: that alone); and the
#                    connection pool: 8 plain clients vs 8 and 50 users of a
#                    pool of 8, the overhead per acquire/release
#                    (BENCH_ONLY=pool: that alone); and pub/sub receive:
#                    16 B and 1 KB messages to a channel and to a pattern,
#                    asyncredis vs a hiredis subscriber (examples/ps_bench.c;
#                    BENCH_ONLY=pubsub: that alone); and memory per idle
#                    connection: RSS per connection and the time to connect
#                    1,000 and 10,000 connections on one loop, asyncredis
#                    next to hiredis async and sync (BENCH_ONLY=memory: that
#                    alone; raises the open-file limit to its hard limit);
#                    and TLS: SET/GET 16 B at depths 1, 128, 1024, arbench
#                    built with -DASYNCREDIS_TLS (build/arbench-tls) and
#                    redis-benchmark, each with and without --tls, ops/s and
#                    client CPU per op (BENCH_ONLY=tls: that alone; left out
#                    without OpenSSL)
# make bench-parser  the asyncredis parser vs hiredis's reader: ns and
#                    callgrind instructions per reply; build/bench/bench-parser.md
# Both install what they need (tests/ensure-deps.sh bench: libhiredis-dev,
# valgrind, util-linux, redis-tools) or say what to install.
.PHONY: bench bench-parser bench-deps arbench-tls-if
$(B)/arbench: examples/arbench.c examples/bench_common.h asyncredis.h
	@mkdir -p $(B)
	$(CC) $(WARN) $(CFLAGS) -I. $< -o $@
$(B)/arbench-tls: examples/arbench.c examples/bench_common.h asyncredis.h
	@mkdir -p $(B)
	$(CC) $(WARN) $(CFLAGS) -DASYNCREDIS_TLS -I. $< -o $@ $(TLS_LIBS)
# with OpenSSL: build/arbench-tls for the TLS rows; without: none (bench.py says so)
arbench-tls-if: $(B)/have/openssl
	@if grep -q '^yes' $(B)/have/openssl; then $(MAKE) --no-print-directory $(B)/arbench-tls; \
	  else echo "bench: no OpenSSL (libssl-dev): no TLS arbench, the TLS rows are left out"; rm -f $(B)/arbench-tls; fi
$(B)/hiredis_bench: examples/hiredis_bench.c examples/bench_common.h
	@mkdir -p $(B)
	$(CC) $(WARN) $(CFLAGS) $< -lhiredis -o $@
$(B)/ps_bench: examples/ps_bench.c asyncredis.h
	@mkdir -p $(B)
	$(CC) $(WARN) $(CFLAGS) -I. $< -lhiredis -o $@
$(B)/bench_parser: tests/bench_parser.c asyncredis.h
	@mkdir -p $(B)
	$(CC) $(TFLAGS) $(CFLAGS) $< -lhiredis -o $@
bench-deps:
	@bash tests/ensure-deps.sh bench
bench: bench-deps $(B)/arbench $(B)/hiredis_bench $(B)/ps_bench arbench-tls-if
	$(PYTHON) tests/bench.py --arbench $(B)/arbench --hiredis $(B)/hiredis_bench --ps-bench $(B)/ps_bench \
	  --arbench-tls $(B)/arbench-tls --out $(B)/bench
bench-parser: bench-deps $(B)/bench_parser
	$(PYTHON) tests/bench_parser.py --exe $(B)/bench_parser --out $(B)/bench
