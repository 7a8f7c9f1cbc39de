#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
#
# make bench: modpost-lite against ld -r + the reference modpost on the
# real-kernel corpus, measured in the same run.  Every row is the median
# of RUNS runs (default 5) with a warm page cache; CPU is user+system;
# peak RSS from /usr/bin/time.  GROWTH=1 also builds x2, x4, x8 copies of
# the corpus (objcopy --prefix-symbols=cN_) and shows how time and memory
# grow (GROWTH_COPIES="2 4" picks the copies).
# Usage: tools/bench.sh PATH/TO/modpost-lite
set -u
MPL=${1:?usage: bench.sh MODPOST_LITE}
TOP=$(cd "$(dirname "$0")/.." && pwd)
CORPUS=${MPL_CORPUS:-$TOP/../shared/corpus}
# A clone elsewhere (CI's) finds the workplace's shared corpus.
[ -d "$CORPUS" ] || [ -n "${MPL_CORPUS:-}" ] || CORPUS=/work/shared/corpus
RUNS=${RUNS:-5}
WORK=${BENCH_WORK:-/tmp/mpl-bench}
REF=$(ls /usr/lib/linux-kbuild-6.12.*/scripts/mod/modpost 2>/dev/null | head -1)
LDR="ld -m elf_x86_64 -z noexecstack --no-warn-rwx-segments -r"

[ -x "$REF" ] || { echo "bench: reference modpost not installed (make deps)"; exit 2; }
[ -f "$CORPUS/linux-6.12-x86_64-defconfig.tar.xz" ] ||
	{ echo "bench: corpus not found at $CORPUS"; exit 2; }
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

bench_tree() {	# bench_tree DIR LABEL
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
	row "floor: read symtab+strtab+rela bytes (libelf)" "$floor" "$base"
	echo
	awk -v l="${lite%% *}" -v r="${ref%% *}" -v b="$base" 'BEGIN {
		printf "modpost-lite / (ld -r + modpost) = 1/%.1f; modpost-lite / modpost alone = %.2f\n", b / l, l / r }'
	rm -f vmlinux.o
}

echo "## modpost-lite benchmark ($(date -u +%Y-%m-%d), $(nproc) CPUs, $("$MPL" --version))"
bench_tree "$WORK/x1" "corpus x1"

if [ "${GROWTH:-0}" = 1 ]; then
	for n in ${GROWTH_COPIES:-2 4 8}; do
		d=$WORK/x$n
		if [ ! -f "$d/vmlinux.a" ]; then
			echo "bench: building x$n copy (objcopy --prefix-symbols)..." >&2
			mkdir -p "$d"
			(cd "$WORK/x1" && ar t vmlinux.a) >"$WORK/objs1.list"
			for ((c = 0; c < n; c++)); do
				(cd "$WORK/x1" && cat "$WORK/objs1.list") |
				xargs -P "$(nproc)" -I{} sh -c \
					'mkdir -p "$(dirname "$0/c'$c'/{}")" && objcopy --prefix-symbols=c'$c'_ "'"$WORK"'/x1/{}" "$0/c'$c'/{}"' "$d"
			done
			(cd "$d" && rm -f vmlinux.a &&
			 for ((c = 0; c < n; c++)); do sed "s|^|c$c/|" "$WORK/objs1.list"; done |
			 xargs ar cDPrST vmlinux.a)
		fi
		bench_tree "$d" "corpus x$n"
	done
fi
