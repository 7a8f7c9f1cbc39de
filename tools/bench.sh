#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
#
# make bench: modpost-lite against ld -r + the reference modpost on the
# real-kernel corpus, measured in the same run.  Every row is the median
# of RUNS runs (default 5) with a warm page cache; CPU is user+system;
# peak RSS from /usr/bin/time.  GROWTH=1 also builds x2, x4, x8 copies of
# the corpus and shows how time and memory grow (GROWTH_COPIES="2 4" picks
# the copies).  The copies are made by tools/mkcopy.c, which renames every
# symbol like "objcopy --prefix-symbols=cN_" but keeps the export labels
# "__export_symbol_NAME" valid (objcopy would turn them into labels modpost
# calls strange, and the copies would then measure thousands of errors).
# Usage: tools/bench.sh PATH/TO/modpost-lite
set -u
MPL=${1:?usage: bench.sh MODPOST_LITE}
TOP=$(cd "$(dirname "$0")/.." && pwd)
. "$TOP/tools/corpus/locate.sh"
CORPUS=$(mpl_find_corpus "$TOP") || CORPUS=
RUNS=${RUNS:-5}
WORK=${BENCH_WORK:-/tmp/mpl-bench}
REF=$(ls /usr/lib/linux-kbuild-6.12.*/scripts/mod/modpost 2>/dev/null | head -1)
LDR="ld -m elf_x86_64 -z noexecstack --no-warn-rwx-segments -r"

[ -x "$REF" ] || { echo "bench: reference modpost not installed (make deps)"; exit 2; }
[ -n "$CORPUS" ] ||
	{ echo "bench: no corpus in $(mpl_corpus_places "$TOP" | paste -sd' ') (make corpus)"; exit 2; }
[ -x /usr/bin/time ] || apt-get install -y -qq time >/dev/null

mkdir -p "$WORK"
cc -O2 -o "$WORK/readfloor" "$TOP/tools/readfloor.c" -lelf || exit 2
if [ ! -f "$WORK/x1/vmlinux.a" ]; then
	mkdir -p "$WORK/x1"
	tar xJf "$CORPUS/linux-6.12-x86_64-defconfig.tar.xz" -C "$WORK/x1"
fi

# measure NAME CMD...: RUNS runs in the current directory; prints
# "wall cpu rss" medians (rss: the maximum).
measure() {
	local i out
	: >"$WORK/times"
	for ((i = 0; i < RUNS; i++)); do
		/usr/bin/time -f "%e %U %S %M" -o "$WORK/t1" "$@" \
			>/dev/null 2>"$WORK/stderr" || true
		# (a failing command adds a "Command exited" line first)
		grep -E '^[0-9.]+ ' "$WORK/t1" >>"$WORK/times"
	done
	awk '{ w[NR] = $1; c[NR] = $2 + $3; if ($4 > r) r = $4 }
	     function med(a, n,   i, j, t) {
		for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++)
			if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
		return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
	     END { printf "%.3f %.3f %d\n", med(w, NR), med(c, NR), r / 1024 }' \
		"$WORK/times"
}

row() {	# row NAME "wall cpu rss" BASE_WALL
	local w c r
	read -r w c r <<<"$2"
	printf '| %-44s | %8s | %7s | %8s | %9s |\n' "$1" "$w" "$c" "$r" \
		"$(awk -v a="$w" -v b="$3" 'BEGIN { printf "1/%.1f", b / a }')"
}

bench_tree() {	# bench_tree DIR LABEL COPIES
	local d=$1 ld ref lite lite1 floor base
	cd "$d" || exit 2
	ar t vmlinux.a >"$WORK/objs.list"
	cat $(cat "$WORK/objs.list") >/dev/null	# warm the page cache
	ld=$(measure $LDR -o vmlinux.o --whole-archive vmlinux.a --no-whole-archive)
	ref=$(measure "$REF" -M -o /dev/null vmlinux.o)
	lite=$(measure "$MPL" -M vmlinux.a)
	lite1=$(measure "$MPL" -M -j1 vmlinux.a)
	floor=$(measure "$WORK/readfloor" "@$WORK/objs.list")
	base=$(awk -v a="${ld%% *}" -v b="${ref%% *}" 'BEGIN { print a + b }')
	echo
	echo "### $2: $(wc -l <"$WORK/objs.list") objects, $RUNS runs each, medians"
	echo
	printf '| %-44s | %8s | %7s | %8s | %9s |\n' tool "wall s" "cpu s" \
		"peak MiB" "vs ld+ref"
	echo "|----------------------------------------------|----------|---------|----------|-----------|"
	row "ld -r (vmlinux.a -> vmlinux.o)" "$ld" "$base"
	row "reference modpost -M on vmlinux.o" "$ref" "$base"
	row "ld -r + reference modpost (sum of walls)" "$base ${ld#* }" "$base"
	row "modpost-lite -M vmlinux.a (default -j$(nproc))" "$lite" "$base"
	row "modpost-lite -M -j1 vmlinux.a" "$lite1" "$base"
	row "floor: read symtab, strtab, rela (libelf)" "$floor" "$base"
	echo
	awk -v l="${lite%% *}" -v r="${ref%% *}" -v b="$base" 'BEGIN {
		printf "modpost-lite / (ld -r + modpost) = 1/%.1f; modpost-lite / modpost alone = %.2f\n", b / l, l / r }'
	# the same verdicts, or the timings compare different work
	"$REF" -M -o /dev/null vmlinux.o >"$WORK/ref.out" 2>&1
	"$MPL" -M vmlinux.a >"$WORK/lite.out" 2>&1
	if cmp -s "$WORK/ref.out" "$WORK/lite.out"; then
		echo "output: identical to the reference's ($(wc -l <"$WORK/ref.out") lines)"
	else
		echo "output: DIFFERS from the reference's (diff $WORK/ref.out $WORK/lite.out)"
	fi
	echo "$3 $(wc -l <"$WORK/objs.list") $base ${ref%% *} ${lite%% *} ${lite1%% *} ${ref##* } ${lite##* }" \
		>>"$WORK/growth"
	rm -f vmlinux.o
}

# The growth table: every size against x1.
growth_table() {
	echo
	echo "### growth (medians; per copy = time / copies, relative to x1)"
	echo
	echo "| copies | objects | ld -r + modpost s | modpost s | modpost-lite s | -j1 s | lite per copy vs x1 | modpost MiB | lite MiB | lite MiB per copy vs x1 |"
	echo "|--------|---------|-------------------|-----------|----------------|-------|---------------------|-------------|----------|-------------------------|"
	awk 'NR == 1 { t1 = $5; m1 = $8 }
	     { printf "| x%d | %d | %.3f | %.3f | %.3f | %.3f | %.2f | %d | %d | %.2f |\n",
		$1, $2, $3, $4, $5, $6, ($5 / $1) / t1, $7, $8, ($8 / $1) / m1 }' \
		"$WORK/growth"
}

echo "## modpost-lite benchmark ($(date -u +%Y-%m-%d), $(nproc) CPUs, $("$MPL" --version))"
: >"$WORK/growth"
bench_tree "$WORK/x1" "corpus x1" 1

if [ "${GROWTH:-0}" = 1 ]; then
	cc -O2 -o "$WORK/mkcopy" "$TOP/tools/mkcopy.c" -lelf || exit 2
	(cd "$WORK/x1" && ar t vmlinux.a) >"$WORK/objs1.list"
	for n in ${GROWTH_COPIES:-2 4 8}; do
		d=$WORK/g$n
		if [ ! -f "$d/vmlinux.a" ]; then
			echo "bench: building x$n copy (tools/mkcopy.c)..." >&2
			rm -rf "$d"
			for ((c = 0; c < n; c++)); do
				"$WORK/mkcopy" "c${c}_" "$WORK/x1" "$d/c$c" \
					<"$WORK/objs1.list" || exit 2
			done
			(cd "$d" &&
			 for ((c = 0; c < n; c++)); do sed "s|^|c$c/|" "$WORK/objs1.list"; done |
			 xargs ar cDPrST vmlinux.a) || exit 2
		fi
		bench_tree "$d" "corpus x$n" "$n"
	done
	growth_table
fi
