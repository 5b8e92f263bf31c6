# asyncredis - build, test, demo.
#   make             build the examples (build/)
#   make demo        start a throwaway redis-server, run examples/demo.c, stop it
#   make test        the full suite against real redis-servers (TAP via prove)
#   make test-asan   the suite under AddressSanitizer + UBSan
#   make test-valgrind  the suite under valgrind (memcheck)
#   make fuzz        libFuzzer: parser and format encoder, FUZZ_TIME s each
#   make clean
CC      ?= cc
CLANG   ?= clang
CFLAGS  ?= -O2 -g
WARN     = -std=c99 -Wall -Wextra -pedantic -Werror
TFLAGS   = $(WARN) -D_DEFAULT_SOURCE -I.
B        = build
FUZZ_TIME ?= 300
FUZZ_SHORT ?= 10
PROVE   ?= prove

EXAMPLES = $(B)/hello $(B)/frame_loop $(B)/demo
TESTS    = $(B)/t/test_parser $(B)/t/test_format $(B)/t/test_client $(B)/t/test_client_poll \
           $(B)/t/test_faults $(B)/t/test_tick $(B)/t/test_harness_selftest
ASAN_TESTS = $(TESTS:$(B)/t/%=$(B)/asan/%)
HDRS     = asyncredis.h tests/harness.h tests/faultserver.h tests/drive.h

.PHONY: all examples test test-asan test-valgrind fuzz fuzz-build demo deps clean
all: examples

examples: $(EXAMPLES)
$(B)/%: examples/%.c asyncredis.h
	@mkdir -p $(B)
	$(CC) $(WARN) $(CFLAGS) -I. $< -o $@

deps:
	@bash tests/ensure-deps.sh test fuzz cxx

# ---------------------------------------------------------------- tests
$(B)/t/test_client_poll: tests/test_client.c $(HDRS)
	@mkdir -p $(B)/t
	$(CC) $(TFLAGS) $(CFLAGS) -DASYNCREDIS_USE_POLL $< -o $@
$(B)/t/%: tests/%.c $(HDRS)
	@mkdir -p $(B)/t
	$(CC) $(TFLAGS) $(CFLAGS) $< -o $@

ASAN = -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
$(B)/asan/test_client_poll: tests/test_client.c $(HDRS)
	@mkdir -p $(B)/asan
	$(CC) $(TFLAGS) -O1 -g $(ASAN) -DASYNCREDIS_USE_POLL $< -o $@
$(B)/asan/%: tests/%.c $(HDRS)
	@mkdir -p $(B)/asan
	$(CC) $(TFLAGS) -O1 -g $(ASAN) $< -o $@

FUZZERS = $(B)/fuzz/fuzz_parser $(B)/fuzz/fuzz_format
$(B)/fuzz/%: tests/%.c asyncredis.h
	@mkdir -p $(B)/fuzz
	$(CLANG) -g -O1 -D_DEFAULT_SOURCE -I. -fsanitize=fuzzer,address,undefined $< -o $@

# the fuzzers, FUZZ_SHORT seconds each, as one TAP test
$(B)/t/fuzz-short.sh: $(FUZZERS)
	@mkdir -p $(B)/t
	@printf '#!/usr/bin/env bash\nexec bash tests/run-fuzz.sh %s %s\n' "$(FUZZ_SHORT)" "$(B)/fuzz" > $@
	@chmod +x $@

test: deps $(TESTS) $(B)/t/fuzz-short.sh examples
	$(PROVE) --exec '' tests/compile.sh $(TESTS) $(B)/t/fuzz-short.sh

test-asan: deps $(ASAN_TESTS)
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 $(PROVE) --exec '' $(ASAN_TESTS)

VALGRIND = valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect --track-fds=no
test-valgrind: deps $(TESTS)
	@bash tests/ensure-deps.sh valgrind
	@mkdir -p $(B)/vg
	@for t in $(TESTS); do printf '#!/usr/bin/env bash\nAR_TEST_VALGRIND=1 exec $(VALGRIND) %s "$$@"\n' "$$t" > $(B)/vg/$$(basename $$t); chmod +x $(B)/vg/$$(basename $$t); done
	$(PROVE) --exec '' $(TESTS:$(B)/t/%=$(B)/vg/%)

fuzz-build: $(FUZZERS)
fuzz: $(FUZZERS)
	@bash tests/ensure-deps.sh fuzz
	bash tests/run-fuzz.sh $(FUZZ_TIME) $(B)/fuzz

# ---------------------------------------------------------------- demo
demo: $(B)/demo
	@bash examples/run-demo.sh $(B)/demo

clean:
	rm -rf $(B)
