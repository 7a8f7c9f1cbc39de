# SPDX-License-Identifier: GPL-2.0-only
#
# modpost-lite: make            build build/modpost-lite
#               make test       run the test suite (tests/run)
#               make check-san  the suite under ASan+UBSan
#               make example    run the checker on testdata/example
#               make bench      benchmark against ld -r + modpost
#               make bench-modules  installed .ko.xz modules, against the reference
#               make fuzz       libFuzzer targets in build-fuzz/ (clang)
#               make fuzz-smoke run them ~60 s on a seed corpus
#               make check-valgrind  the suite under valgrind
#               make check-kbuild    build small kernels with the kbuild/ patch
#               make bench-kbuild    the Kbuild stage, stock against patched
#               make corpus     build the real-kernel corpus (25-40 min)
#               make install    PREFIX=/usr/local DESTDIR=

PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
MANDIR ?= $(PREFIX)/share/man
DESTDIR ?=

CC ?= cc
O ?= build
WERROR ?=
CFLAGS ?= -O2 -g
MPL_CFLAGS := -std=gnu11 -Wall -Wextra -Wshadow -Wstrict-prototypes \
	-Wmissing-prototypes -Wno-sign-compare -D_GNU_SOURCE -Iinclude \
	$(if $(WERROR),-Werror) -pthread
LDLIBS := -ldw -lelf -llzma -lzstd -lz -pthread

SRCS := $(wildcard modpost-lite/*.c modpost-lite/arch/*.c)
OBJS := $(patsubst modpost-lite/%.c,$(O)/obj/%.o,$(SRCS))

all: $(O)/modpost-lite

ifeq ($(V),1)
Q :=
quiet = @:
else
Q := @
quiet = @printf '  %-6s %s\n'
endif

$(O)/modpost-lite: $(OBJS)
	$(quiet) LD $@
	$(Q)$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(OBJS) $(LDLIBS)

$(O)/obj/%.o: modpost-lite/%.c $(wildcard include/modpost-lite/*.h)
	@mkdir -p $(dir $@)
	$(quiet) CC $<
	$(Q)$(CC) $(CFLAGS) $(MPL_CFLAGS) -c -o $@ $<

# Debian packages the build and the tests need (idempotent).
deps:
	@bash tools/deps.sh

deps-build:
	@MPL_DEPS=build bash tools/deps.sh >/dev/null

test: all
	MPL=$(CURDIR)/$(O)/modpost-lite tests/run

# Everything CI runs: deps, -Werror build, the suite, the suite under
# ASan+UBSan.  Ends with "N passed, N failed, N skipped".
check:
	@bash tools/check.sh

san:
	$(MAKE) O=build-san CC=clang \
		CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all"

check-san: san
	ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
		MPL=$(CURDIR)/build-san/modpost-lite tests/run

# libFuzzer targets (tests/fuzz/README.md): the program without main.o,
# with ASan+UBSan; every sanitizer report is a crash.
FUZZ_CC ?= clang
FUZZ_CFLAGS := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer \
	-fno-sanitize-recover=all
FUZZ_OBJS = $(filter-out $(O)/obj/main.o,$(OBJS))

fuzz:
	$(MAKE) O=build-fuzz CC=$(FUZZ_CC) \
		CFLAGS="$(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link" fuzz-targets

fuzz-targets: $(O)/fuzz-object $(O)/fuzz-archive

$(O)/fuzz-object: tests/fuzz/fuzz-object.c $(FUZZ_OBJS)
	$(quiet) LD $@
	$(Q)$(CC) $(CFLAGS) $(MPL_CFLAGS) -fsanitize=fuzzer -o $@ $^ $(LDLIBS)

$(O)/fuzz-archive: tests/fuzz/fuzz-object.c $(FUZZ_OBJS)
	$(quiet) LD $@
	$(Q)$(CC) $(CFLAGS) $(MPL_CFLAGS) -DFUZZ_ARCHIVE -fsanitize=fuzzer \
		-o $@ $^ $(LDLIBS)

# FUZZ_SECONDS (default 60) split between the two targets; fails on a crash.
fuzz-smoke: fuzz
	@bash tests/fuzz/smoke.sh

# The suite with every run of modpost-lite under valgrind (memcheck),
# except the scripts in VALGRIND_SKIP: the thread-count test runs every
# case six times (~230 runs, ~10 minutes there; tests/fuzz/README.md).
# VALGRIND_SKIP= runs them all.
VALGRIND_SKIP ?= t0110
VALGRIND_TESTS = $(filter-out $(foreach t,$(VALGRIND_SKIP),tests/$(t)%), \
	$(sort $(wildcard tests/t[0-9]*.sh)))

check-valgrind: all
	MPL=$(CURDIR)/tests/tools/valgrind-mpl \
		MPL_VALGRIND_BIN=$(CURDIR)/$(O)/modpost-lite \
		tests/run $(VALGRIND_TESTS)

example: deps-build
	@$(MAKE) -s all
	@bash testdata/example/run.sh $(CURDIR)/$(O)/modpost-lite

# Build small Linux 6.12 kernels stock and with kbuild/modpost-lite-6.12.patch
# and compare (cached in MPL_KBUILD_DIR, default /var/tmp/mpl-kbuild).
check-kbuild: all
	@MPL=$(CURDIR)/$(O)/modpost-lite bash tools/check-kbuild.sh

# The Kbuild stage of an x86_64 defconfig, stock against patched (the tree is
# built once and cached in MPL_KBENCH_DIR, default /var/tmp/mpl-kbench).
bench-kbuild: all
	@MPL=$(CURDIR)/$(O)/modpost-lite bash tools/bench-kbuild.sh

bench: all
	@bash tools/bench.sh $(CURDIR)/$(O)/modpost-lite

# Every installed module (/lib/modules/$(uname -r)/kernel, .ko.xz) checked
# by modpost-lite against expanding them + the reference modpost.
bench-modules: all
	@bash tools/bench-modules.sh $(CURDIR)/$(O)/modpost-lite $(MODULES_DIR)

# The real-kernel corpus of the corpus tests and the benchmark, built from
# Debian's linux-source-6.12 (x86_64 defconfig, the system gcc) into
# MPL_CORPUS_DIR (default /var/tmp/mpl-corpus); not part of make check.
corpus:
	@bash tools/corpus/build.sh

install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1
	install -m 755 $(O)/modpost-lite $(DESTDIR)$(BINDIR)/modpost-lite
	install -m 644 man/modpost-lite.1 $(DESTDIR)$(MANDIR)/man1/modpost-lite.1

clean:
	rm -rf build build-san build-fuzz

.PHONY: all deps deps-build test check san check-san example bench install \
	clean check-kbuild bench-kbuild corpus bench-modules fuzz fuzz-targets \
	fuzz-smoke check-valgrind
