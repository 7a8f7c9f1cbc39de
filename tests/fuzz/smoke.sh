#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
#
# make fuzz-smoke: build the seed corpora, then run build-fuzz/fuzz-object
# and build-fuzz/fuzz-archive for FUZZ_SECONDS in total (default 60; 3/4
# to the object target).  Prints PASS/FAIL lines and tests/run's summary
# line.  A crash, leak, timeout or out-of-memory fails; its input is kept
# in build-fuzz/crashes/ (copy it to tests/fuzz/regress/ once fixed).
#
# The corpora grow in build-fuzz/corpus/{object,archive} from run to run;
# the seeds (build-fuzz/seeds/) are remade when their sources change, from:
#   testdata/cases compiled with gcc and clang, testdata/arch with clang
#   for 32/64-bit and big-endian targets, tests/tools/mkbad.py's malformed
#   inputs, tests/fuzz/regress/.
set -u
cd "$(dirname "$0")/../.." || exit 2
. tests/lib.sh

F=$PWD/build-fuzz
total=${FUZZ_SECONDS:-60}
P=0 N=0

for t in fuzz-object fuzz-archive; do
	[ -x "$F/$t" ] || { echo "fuzz-smoke: $F/$t missing (make fuzz)"; exit 2; }
done

seeds() {
	local s=$F/seeds o=$TMP/o c cc tgt n=0 f
	rm -rf "$s"
	mkdir -p "$s/object" "$s/archive" "$o"
	mpl_build_all_cases "$o/cases" $(command -v gcc clang | xargs -n1 basename)
	for f in "$o"/cases/*/*/*.o; do
		n=$((n + 1))
		cp "$f" "$s/object/$n.o"
	done
	# other classes, byte orders and machines (no cross binutils needed)
	if command -v clang >/dev/null; then
		for tgt in i686-linux-gnu arm-linux-gnueabi mips-linux-gnu \
			   mips64el-linux-gnuabi64 riscv64-linux-gnu \
			   aarch64-linux-gnu powerpc64-linux-gnu \
			   s390x-linux-gnu; do
			mkdir -p "$o/$tgt"
			(cd "$o/$tgt" && exec clang --target=$tgt -O2 \
				-ffreestanding -nostdinc -fno-pic \
				-fno-asynchronous-unwind-tables \
				-I"$TOP/testdata/include" -c "$TOP"/testdata/arch/*.c) \
				2>/dev/null &
		done
		wait
		for f in "$o"/*-linux-*/*.o; do
			[ -f "$f" ] || continue
			n=$((n + 1))
			cp "$f" "$s/object/$n.o"
		done
	fi
	if command -v python3 >/dev/null && [ -f "$s/object/1.o" ]; then
		python3 tests/tools/mkbad.py "$s/object/1.o" "$o/bad" >/dev/null
		for f in "$o"/bad/*.o; do
			[ -f "$f" ] && cp "$f" "$s/object/bad-${f##*/}"
		done
		for f in "$o"/bad/*.a; do
			[ -f "$f" ] && tail -c +9 "$f" >"$s/archive/bad-${f##*/}"
		done
	fi
	# archives of a few objects each, without the "!<arch>\n" the
	# archive target puts in front
	for n in 1 2 3 4 5 6 7 8; do
		set -- $(ls "$s/object" | shuf -n 3 --random-source=<(yes $n))
		(cd "$s/object" && ar rcS "$o/$n.a" "$@") 2>/dev/null &&
			tail -c +9 "$o/$n.a" >"$s/archive/$n"
	done
	for f in tests/fuzz/regress/*; do
		[ -f "$f" ] || continue
		cp "$f" "$s/object/regress-${f##*/}"
		cp "$f" "$s/archive/regress-${f##*/}"
	done
}

run() {	# run TARGET SECONDS
	local t=$1 secs=$2 log=$F/$1.log rc
	mkdir -p "$F/corpus/${t#fuzz-}" "$F/crashes"
	"$F/$t" -max_total_time="$secs" -rss_limit_mb=2048 -timeout=10 \
		-max_len=65536 -print_final_stats=1 \
		-artifact_prefix="$F/crashes/$t-" \
		"$F/corpus/${t#fuzz-}" "$F/seeds/${t#fuzz-}" >"$log" 2>&1
	rc=$?
	N=$((N + 1))
	if [ $rc -eq 0 ]; then
		P=$((P + 1))
		echo "PASS: $t: $(grep -m1 '^stat::number_of_executed_units' "$log" |
			awk '{print $2}') runs in ${secs}s, no crash"
	else
		echo "FAIL: $t: exit $rc (log: $log)"
		grep -E 'ERROR|SUMMARY|runtime error|Test unit written' "$log" |
			head -8 | sed 's/^/    /'
	fi
}

# remake the seeds only when what they are made of changed
stamp=$F/seeds/.stamp
if [ ! -f "$stamp" ] ||
   [ -n "$(find testdata tests/tools/mkbad.py tests/fuzz/regress \
	   -newer "$stamp" -print -quit)" ]; then
	seeds
	touch "$stamp"
fi
echo "fuzz-smoke: $(ls "$F/seeds/object" | wc -l) object seeds, $(ls "$F/seeds/archive" | wc -l) archive seeds"
run fuzz-object $((total * 3 / 4))
run fuzz-archive $((total - total * 3 / 4))
echo "$P passed, $((N - P)) failed, 0 skipped"
[ $P -eq $N ]
