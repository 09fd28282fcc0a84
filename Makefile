# Leones build. `make` builds build/leones; `make test` runs every test suite;
# `make demo` runs the seed experiments against the peers present.
MAKEFLAGS += -j$(shell nproc 2>/dev/null || echo 2)
CC      ?= gcc
OPT     ?= -O2
CFLAGS  ?= $(OPT) -g
WARN    := -Wall -Wextra -Werror -Wno-unused-parameter -Wno-missing-field-initializers
ALLCFLAGS := -std=gnu11 $(WARN) -fno-strict-aliasing -Isrc -Iinclude $(CFLAGS) $(EXTRA_CFLAGS)
LDLIBS  := -lgmp -ledit -lutf8proc -lpcre2-8 -lcrypto -lm $(EXTRA_LDLIBS)
BUILD   ?= build
PREFIX  ?= /usr/local

SRC := $(shell find src -name '*.c' | sort)
OBJ := $(SRC:%.c=$(BUILD)/obj/%.o)
STAMP := $(BUILD)/.deps-ok

.PHONY: all deps test test-asan test-gc-stress test-py test-c test-jit demo bench install clean regen-expected format

all: $(BUILD)/leones

$(STAMP): tools/install-deps.sh
	@mkdir -p $(BUILD)
	bash tools/install-deps.sh
	@touch $@

deps: $(STAMP)

$(BUILD)/leones: $(OBJ)
	$(CC) $(ALLCFLAGS) -o $@ $(OBJ) $(LDLIBS) $(EXTRA_LDFLAGS)

$(BUILD)/obj/%.o: %.c | $(STAMP)
	@mkdir -p $(dir $@)
	$(CC) $(ALLCFLAGS) -MMD -MP -c $< -o $@

-include $(OBJ:.o=.d)

test: $(BUILD)/leones
	python3 tests/run.py --leones $(BUILD)/leones $(TESTFLAGS)

# CTEST_FLAGS: tests/c link against the instrumented objects, so they need the sanitizer runtimes too;
# the longer timeout because instrumented runs are several times slower than the plain build.
test-asan:
	$(MAKE) BUILD=build-asan OPT=-O1 EXTRA_CFLAGS="-fsanitize=address,undefined -fno-omit-frame-pointer -DLEONES_ASAN" \
	    EXTRA_LDFLAGS="-fsanitize=address,undefined" build-asan/leones
	ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
	    CTEST_FLAGS="-fsanitize=address,undefined" LEONES_TEST_TIMEOUT=300 \
	    python3 tests/run.py --leones build-asan/leones $(TESTFLAGS)

# The whole suite with a collection every 4 KiB of allocation: finds values the collector cannot see.
test-gc-stress: $(BUILD)/leones
	LEONES_GC_STRESS=1 LEONES_TEST_TIMEOUT=300 python3 tests/run.py --leones $(BUILD)/leones $(TESTFLAGS)

regen-expected:
	python3 tests/run.py --regen

# demo/bench still run when build/leones fails to build: the table marks it.
demo:
	-$(MAKE) $(BUILD)/leones
	bash tools/install-deps.sh --bench
	python3 bench/run --demo --leones $(BUILD)/leones

bench:
	-$(MAKE) $(BUILD)/leones
	bash tools/install-deps.sh --bench
	python3 bench/run --all --leones $(BUILD)/leones

install: $(BUILD)/leones
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib/leones
	install -m 755 $(BUILD)/leones $(DESTDIR)$(PREFIX)/bin/leones
	cp -r lib/. $(DESTDIR)$(PREFIX)/lib/leones/

format:
	clang-format -i $(SRC) $(shell find src include -name '*.h')

clean:
	rm -rf build build-asan
