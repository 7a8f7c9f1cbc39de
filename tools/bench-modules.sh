#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
#
# make bench-modules: checking every installed module (compressed, as
# Debian installs them), measured in one run against what it takes
# without modpost-lite: expanding the modules into a tree of .ko files and
# running the reference modpost on them (its -T list of X.o names, X.o a
# link to X.ko, X.mod empty; -i the kernel's Module.symvers from the
# linux-headers package).  Also the floor: only expanding them (xz -dc, as many in
# parallel as there are CPUs).  Every row is the median of RUNS runs
# (default 3) with a warm page cache; CPU is user+system; peak RSS from
# /usr/bin/time.  It then checks that modpost-lite on the compressed tree
# prints the reference's section-check lines on the expanded one (less
# the .BTF sections of the final module link, which a .ko stands in for).
# Usage: tools/bench-modules.sh MODPOST_LITE [DIR]
#   DIR: default /lib/modules/$(uname -r)/kernel, else the newest there is
set -u
MPL=${1:?usage: bench-modules.sh MODPOST_LITE [DIR]}
DIR=${2:-/lib/modules/$(uname -r)/kernel}
[ -d "$DIR" ] || DIR=$(ls -d /lib/modules/*/kernel 2>/dev/null | sort -V | tail -1)
RUNS=${RUNS:-3}
WORK=${BENCH_WORK:-/var/tmp/mpl-bench-modules}
REF=$(ls /usr/lib/linux-kbuild-6.12.*/scripts/mod/modpost 2>/dev/null | head -1)
NCPU=$(nproc)

[ -d "$DIR" ] || { echo "bench-modules: no module directory"; exit 2; }
[ -x "$REF" ] || { echo "bench-modules: reference modpost not installed (make deps)"; exit 2; }
[ -x /usr/bin/time ] || { echo "bench-modules: /usr/bin/time missing (make deps)"; exit 2; }
DIR=$(cd "$DIR" && pwd)
mkdir -p "$WORK"
(cd "$DIR" && find . -name '*.ko.xz' | LC_ALL=C sort) >"$WORK/modules.txt"
n=$(wc -l <"$WORK/modules.txt")
[ "$n" -gt 0 ] || { echo "bench-modules: no .ko.xz under $DIR"; exit 2; }

# measure CMD...: RUNS runs; prints "wall cpu rss" (medians; rss: maximum)
measure() {
	local i out
	for ((i = 0; i < RUNS; i++)); do
		out=$(/usr/bin/time -f '%e %U %S %M' "$@" 2>&1 >/dev/null |
			grep -v '^Command exited' | tail -1)
		echo "$out"
	done | awk '{ w[NR] = $1; c[NR] = $2 + $3; if ($4 > r) r = $4 }
		function med(a, n,   i, j, t) {
			for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++)
				if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
			return a[int((n + 1) / 2)] }
		END { printf "%.3f %.3f %d\n", med(w, NR), med(c, NR), r / 1024 }'
}

expand_tree() {	# the expanded tree, as modpost would need it
	rm -rf "$WORK/tree"
	mkdir -p "$WORK/tree"
	(cd "$DIR" && sed 's|/[^/]*$||' "$WORK/modules.txt" | sort -u |
		(cd "$WORK/tree" && xargs mkdir -p))
	# X.o links to X.ko; an empty X.mod, which modpost reads for CRCs
	(cd "$DIR" && xargs -P "$NCPU" -n 64 sh -c \
		'for f; do o=${f%.ko.xz}; xz -dc "$f" >"$0/$o.ko"; ln -sf "${o##*/}.ko" "$0/$o.o"; : >"$0/$o.mod"; done' \
		"$WORK/tree" <"$WORK/modules.txt")
	sed 's|\.ko\.xz$|.o|' "$WORK/modules.txt" >"$WORK/tree/modules.order"
}
export -f expand_tree
export DIR WORK NCPU
floor() {
	(cd "$DIR" && xargs -P "$NCPU" -n 64 xz -dc <"$WORK/modules.txt" >/dev/null)
}
export -f floor
# The kernel's own exports, as Kbuild hands them to modpost for external
# modules (else every module's kernel symbols are "undefined" errors).
SYMVERS=$DIR/../build/Module.symvers
[ -f "$SYMVERS" ] || { echo "bench-modules: no $SYMVERS (install the linux-headers of $DIR)"; exit 2; }
ref_run() {
	(cd "$WORK/tree" &&
	 "$REF" -M -o /dev/null -i "$SYMVERS" -T modules.order 2>"$WORK/ref.all")
}
export -f ref_run
export REF SYMVERS

echo "bench-modules: $n modules under $DIR, $NCPU CPUs, median of $RUNS runs"
expand_tree
read -r w1 c1 r1 < <(measure bash -c expand_tree)
read -r w2 c2 r2 < <(measure bash -c ref_run)
read -r w3 c3 r3 < <(measure bash -c floor)
read -r w4 c4 r4 < <(measure "$MPL" -M "$DIR")
read -r w5 c5 r5 < <(measure "$MPL" -M -j1 "$DIR")
ws=$(echo "$w1 + $w2" | bc) cs=$(echo "$c1 + $c2" | bc)
ratio() { echo "scale=2; $1 / $2" | bc; }

printf '| %-44s | %8s | %7s | %8s | %9s |\n' tool "wall s" "cpu s" "peak MiB" "vs stock"
printf '|%s|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..46})" ---------- \
	--------- ---------- -----------
row() { printf '| %-44s | %8s | %7s | %8s | %9s |\n' "$1" "$2" "$3" "$4" "$(ratio "$2" "$ws")"; }
row "expand to .ko (xz -dc, -P$NCPU) + links" "$w1" "$c1" "$r1"
row "reference modpost -M on the .ko tree" "$w2" "$c2" "$r2"
row "stock: expand + reference modpost" "$ws" "$cs" "$r2"
row "floor: expand only (xz -dc > /dev/null)" "$w3" "$c3" "$r3"
row "modpost-lite -M DIR (default -j$NCPU)" "$w4" "$c4" "$r4"
row "modpost-lite -M -j1 DIR" "$w5" "$c5" "$r5"
echo
echo "modpost-lite / stock = $(ratio "$w4" "$ws"); modpost-lite / floor = $(ratio "$w4" "$w3"); -j1 / -j$NCPU = $(ratio "$w5" "$w4")"

# The same lines as the reference on the expanded tree.
grepl() { grep -E 'section mismatch in reference|EXPORT_SYMBOL used for|unexpected non-allocatable|is COMMON symbol|\.export_symbol section' "$@" |
	grep -v ' (.BTF): unexpected non-allocatable' || true; }
ref_run
grepl "$WORK/ref.all" >"$WORK/ref.txt"
"$MPL" -M "$DIR" 2>&1 | sed "s|modpost: $DIR/|modpost: |" | grepl >"$WORK/mpl.txt"
sed -i 's|modpost: \./|modpost: |' "$WORK/ref.txt"
if cmp -s <(sort "$WORK/ref.txt") <(sort "$WORK/mpl.txt"); then
	echo "output: identical to the reference on the expanded tree ($(wc -l <"$WORK/ref.txt") lines)"
else
	echo "output: DIFFERS from the reference on the expanded tree:"
	diff <(sort "$WORK/ref.txt") <(sort "$WORK/mpl.txt") | head -20
	exit 1
fi
