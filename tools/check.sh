#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
#
# make check: install what is needed, build with warnings as errors, run
# the whole suite, then run it again with the AddressSanitizer and
# UndefinedBehaviorSanitizer build, fuzz both fuzz targets for a minute
# (tests/fuzz/smoke.sh) and run the suite under valgrind; MPL_NO_SAN=1,
# MPL_NO_FUZZ=1, MPL_NO_VALGRIND=1 leave those out.  Ends with one line:
# "N passed, N failed, N skipped" over all runs.
set -u
cd "$(dirname "$0")/.." || exit 2

P=0 F=0 S=0
tally() {	# tally LOGFILE: add the counts of tests/run's summary line
	local line p f s
	line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$1" | tail -1)
	if [ -z "$line" ]; then
		F=$((F + 1))
		return
	fi
	read -r p _ f _ s _ <<<"${line//,/}"
	P=$((P + p)) F=$((F + f)) S=$((S + ${s:-0}))
}

log=$(mktemp)
trap 'rm -f "$log"' EXIT

if ! bash tools/deps.sh; then
	echo "check: installing dependencies failed"
	echo "0 passed, 1 failed"
	exit 1
fi

echo "== build (warnings are errors)"
if ! make -s WERROR=1; then
	echo "0 passed, 1 failed"
	exit 1
fi
echo "== test suite"
MPL=$PWD/build/modpost-lite tests/run 2>&1 | tee "$log"
tally "$log"

# Real Linux 6.12 builds, stock against the Kbuild patch (three small
# kernels: about 12 minutes the first time on 2 cores, cached in
# MPL_KBUILD_DIR); MPL_NO_KBUILD=1 leaves it out.
if [ "${MPL_NO_KBUILD:-0}" != 1 ]; then
	echo "== Linux 6.12 build with kbuild/modpost-lite-6.12.patch"
	MPL=$PWD/build/modpost-lite bash tools/check-kbuild.sh 2>&1 | tee "$log"
	tally "$log"
fi

if [ "${MPL_NO_SAN:-0}" != 1 ]; then
	echo "== build with ASan+UBSan"
	if make -s san WERROR=1; then
		echo "== test suite under ASan+UBSan"
		ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
		UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
		MPL_SANITIZED=1 MPL=$PWD/build-san/modpost-lite \
			tests/run 2>&1 | tee "$log"
		tally "$log"
	else
		F=$((F + 1))
	fi
fi

# libFuzzer on both fuzz targets for ~60 s (tests/fuzz/README.md).
if [ "${MPL_NO_FUZZ:-0}" != 1 ]; then
	echo "== fuzz smoke run"
	make -s fuzz-smoke WERROR=1 FUZZ_SECONDS="${FUZZ_SECONDS:-60}" 2>&1 |
		tee "$log"
	tally "$log"
fi

# The suite under valgrind, less the scripts in VALGRIND_SKIP (Makefile).
if [ "${MPL_NO_VALGRIND:-0}" != 1 ]; then
	echo "== test suite under valgrind"
	make -s check-valgrind 2>&1 | tee "$log"
	tally "$log"
fi

echo "$P passed, $F failed, $S skipped"
[ "$F" -eq 0 ]
