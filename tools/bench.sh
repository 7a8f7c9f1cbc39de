#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
#
# make bench: modpost-lite against ld -r + the reference modpost and
# against the read floor (tools/readfloor.c), on the real-kernel corpus,
# all measured in the same run: the clean tree, and the same tree with the
# injected objects laid over it (tests/corpus.sh's inject).
#
# Every tool is its own process, started by this shell and measured by it
# (bash's `time`: wall and user+system CPU to the millisecond); peak RSS is
# /usr/bin/time's %M of a second run.  /usr/bin/time alone prints times in
# steps of 10 ms, a quarter of the floor.  The reference is the
# modpost.real-* binary itself, not Debian's wrapper that execs it.  The
# tools run in rounds (RUNS rounds, default 5), so that a change in the
# machine's load hits them all alike: in each, ld -r and the reference
# once, then the fast ones (the floors, modpost-lite, the baseline) FAST
# times over (default 5), one run of each in turn.  Every figure is the
# median of its runs (RSS: the maximum), with a warm page cache.  The fast
# ones take 35 to 90 ms here, where runs of one tool a round apart differ
# by 10 to 15%: 7 runs each put the -j2 / floor ratio anywhere from 1.26
# to 1.37 on one unchanged build, hence their 35.
#
# GROWTH=1 also builds x2, x4, x8 copies of the clean corpus and shows how
# time and memory grow (GROWTH_COPIES="2 4" picks the copies).  The copies
# are made by tools/mkcopy.c, which renames every symbol like
# "objcopy --prefix-symbols=cN_" but keeps the export labels
# "__export_symbol_NAME" valid (objcopy would turn them into labels modpost
# calls strange, and the copies would then measure thousands of errors).
# BASELINE=PATH/TO/other/modpost-lite adds its two rows (-jN, -j1) to
# every table, measured in the same rounds: before/after a change.
# Usage: tools/bench.sh PATH/TO/modpost-lite
set -u
MPL=${1:?usage: bench.sh MODPOST_LITE}
MPL=$(cd "$(dirname "$MPL")" && pwd)/$(basename "$MPL")
TOP=$(cd "$(dirname "$0")/.." && pwd)
. "$TOP/tools/corpus/locate.sh"
CORPUS=$(mpl_find_corpus "$TOP") || CORPUS=
RUNS=${RUNS:-5}
FAST=${FAST:-5}
WORK=${BENCH_WORK:-/tmp/mpl-bench}
REFW=$(ls /usr/lib/linux-kbuild-6.12.*/scripts/mod/modpost 2>/dev/null | head -1)
REF=${REFW:+$REFW.real-lsb-64}	# the corpus is x86-64
LDR="ld -m elf_x86_64 -z noexecstack --no-warn-rwx-segments -r"
NCPU=$(nproc)

[ -x "$REF" ] || { echo "bench: reference modpost not installed (make deps)"; exit 2; }
[ -n "$CORPUS" ] ||
	{ echo "bench: no corpus in $(mpl_corpus_places "$TOP" | paste -sd' ') (make corpus)"; exit 2; }
[ -x /usr/bin/time ] || apt-get install -y -qq time >/dev/null

mkdir -p "$WORK"
cc -O2 -o "$WORK/readfloor" "$TOP/tools/readfloor.c" || exit 2
if [ ! -f "$WORK/x1/vmlinux.a" ]; then
	mkdir -p "$WORK/x1"
	tar xJf "$CORPUS/linux-6.12-x86_64-defconfig.tar.xz" -C "$WORK/x1"
fi
if [ ! -f "$WORK/inj/touched.txt" ]; then
	rm -rf "$WORK/inj" "$WORK/inj.tmp"
	cp -a "$WORK/x1" "$WORK/inj.tmp"
	mkdir -p "$WORK/inj.x"
	tar xJf "$CORPUS/injected-v.tar.xz" -C "$WORK/inj.x"
	cp -a "$WORK/inj.x/objs/." "$WORK/inj.tmp/"
	cp "$WORK/inj.x/touched.txt" "$WORK/inj.tmp/"
	rm -rf "$WORK/inj.x"
	mv "$WORK/inj.tmp" "$WORK/inj"
fi

TIMEFORMAT='%3R %3U %3S'
export LC_NUMERIC=C	# $EPOCHREALTIME's decimal point
# timed NAME CMD...: one run of CMD in the current directory; appends
# "wall cpu" to $WORK/t.NAME.  The wall time is bash's $EPOCHREALTIME
# before and after (microseconds: `time` prints milliseconds, 3% of a
# 30 ms run, which made the ratios jump in steps of 0.04); the CPU time
# is `time`'s user + system.  Both span the same fork, exec and wait.
timed() {
	local name=$1 start end wall user sys
	shift
	start=$EPOCHREALTIME
	{ time "$@" >/dev/null 2>"$WORK/stderr"; } 2>"$WORK/time1"
	end=$EPOCHREALTIME
	read -r wall user sys <"$WORK/time1"
	awk -v s="$start" -v e="$end" -v u="$user" -v y="$sys" \
		'BEGIN { printf "%.6f %.3f\n", e - s, u + y }' >>"$WORK/t.$name"
}

# rss NAME CMD...: one run under /usr/bin/time; appends KiB to $WORK/r.NAME.
rss() {
	local name=$1
	shift
	/usr/bin/time -f "%M" -o "$WORK/t1" "$@" >/dev/null 2>"$WORK/stderr"
	# (a failing command adds a "Command exited" line first)
	tail -1 "$WORK/t1" >>"$WORK/r.$name"
}

# result NAME: "wall cpu rss_MiB" (medians; rss the maximum, - if none)
result() {
	awk -v rf="$WORK/r.$1" '
	     function med(a, n,   i, j, t) {
		for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++)
			if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
		return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
	     { w[NR] = $1; c[NR] = $2 }
	     END {
		r = -1
		while ((getline v < rf) > 0) if (v + 0 > r) r = v + 0
		printf "%.4f %.3f %s\n", med(w, NR), med(c, NR),
			r < 0 ? "-" : sprintf("%.1f", r / 1024) }' "$WORK/t.$1"
}

row() {	# row LABEL "wall cpu rss"
	local w c r
	read -r w c r <<<"$2"
	printf '| %-46s | %7s | %7s | %8s |\n' "$1" "$w" "$c" "$r"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

# verdict VALUE OP LIMIT: "yes" or "NO"
verdict() {
	awk -v v="$1" -v l="$3" -v op="$2" 'BEGIN {
		ok = op == "<=" ? v <= l : v >= l; print ok ? "yes" : "NO" }'
}

bench_tree() {	# bench_tree DIR LABEL COPIES
	local d=$1 i k t ld ref lite lite1 floorn floorw floor base
	cd "$d" || exit 2
	ar t vmlinux.a >"$WORK/objs.list"
	cat $(cat "$WORK/objs.list") >/dev/null	# warm the page cache
	rm -f "$WORK"/t.* "$WORK"/r.*
	# ld -r's memory, once: it is the slow one (and this makes vmlinux.o)
	rss ld $LDR -o vmlinux.o --whole-archive vmlinux.a --no-whole-archive
	for ((i = 0; i < RUNS; i++)); do
		timed ld $LDR -o vmlinux.o --whole-archive vmlinux.a \
			--no-whole-archive
		# ld's 70 MB of dirty pages are written back now, not while
		# the next tools run (seen: 0.1 s of system time in them)
		sync
		timed ref "$REF" -M -o /dev/null vmlinux.o
		for ((k = 0; k < FAST; k++)); do
			timed floorn "$WORK/readfloor" "@$WORK/objs.list"
			timed floorw "$WORK/readfloor" -w "@$WORK/objs.list"
			timed lite "$MPL" -M vmlinux.a
			timed lite1 "$MPL" -M -j1 vmlinux.a
			if [ -n "${BASELINE:-}" ]; then
				timed base2 "$BASELINE" -M vmlinux.a
				timed base1 "$BASELINE" -M -j1 vmlinux.a
			fi
		done
		[ -n "${BASELINE:-}" ] && rss base2 "$BASELINE" -M vmlinux.a
		rss ref "$REF" -M -o /dev/null vmlinux.o
		rss lite "$MPL" -M vmlinux.a
		rss lite1 "$MPL" -M -j1 vmlinux.a
		rss floorn "$WORK/readfloor" "@$WORK/objs.list"
		rss floorw "$WORK/readfloor" -w "@$WORK/objs.list"
	done
	for t in floorn floorw lite lite1 ref ld; do
		eval "$t=\$(result $t)"
	done
	base=$(awk -v a="${ld%% *}" -v b="${ref%% *}" 'BEGIN { printf "%.4f", a + b }')
	# the floor: the faster of the two ways to read
	floor=${floorn%% *}
	awk -v a="${floorw%% *}" -v b="$floor" 'BEGIN { exit !(a < b) }' &&
		floor=${floorw%% *}
	echo
	echo "### $2: $(wc -l <"$WORK/objs.list") objects, $RUNS rounds (the fast tools $FAST runs each a round), medians"
	echo
	printf '| %-46s | %7s | %7s | %8s |\n' tool "wall s" "cpu s" "peak MiB"
	echo "|------------------------------------------------|---------|---------|----------|"
	row "ld -r (vmlinux.a -> vmlinux.o)" "$ld"
	row "reference modpost -M on vmlinux.o" "$ref"
	row "ld -r + reference modpost (sum of medians)" "$base - -"
	row "modpost-lite -M vmlinux.a (default -j$NCPU)" "$lite"
	row "modpost-lite -M -j1 vmlinux.a" "$lite1"
	if [ -n "${BASELINE:-}" ]; then
		row "baseline -M vmlinux.a (default -j$NCPU)" "$(result base2)"
		row "baseline -M -j1 vmlinux.a" "$(result base1)"
	fi
	row "floor: needed sections (readfloor)" "$floorn"
	row "floor: whole files (readfloor -w)" "$floorw"
	echo
	local r2 r1 rb rb1 rm
	r2=$(ratio "${lite%% *}" "$floor")
	r1=$(ratio "${lite1%% *}" "$floor")
	rb=$(ratio "$base" "${lite%% *}")
	rb1=$(ratio "$base" "${lite1%% *}")
	rm=$(ratio "${lite##* }" "${ref##* }")
	echo "| ratio (same run)                        | value | target | met |"
	echo "|-----------------------------------------|-------|--------|-----|"
	echo "| modpost-lite -j$NCPU / floor ($floor s)     | $r2 | <= 1.3 | $(verdict "$r2" "<=" 1.3) |"
	echo "| modpost-lite -j1 / floor                | $r1 | <= 2   | $(verdict "$r1" "<=" 2) |"
	echo "| (ld -r + modpost) / modpost-lite -j$NCPU    | $rb | >= 30  | $(verdict "$rb" ">=" 30) |"
	echo "| (ld -r + modpost) / modpost-lite -j1    | $rb1 | -      | -   |"
	echo "| modpost-lite peak RSS / modpost's       | $rm | <= 1   | $(verdict "$rm" "<=" 1) |"
	# CPU time does not count waiting for a CPU: steadier on a busy machine
	local c1 cf
	c1=$(awk '{ print $2 }' <<<"$lite1")
	cf=$(awk -v a="$floorn" -v b="$floorw" 'BEGIN { split(a, x, " "); split(b, y, " ");
		print x[1] <= y[1] ? x[2] : y[2] }')
	echo "| cpu: modpost-lite -j1 / floor           | $(ratio "$c1" "$cf") | -      | -   |"
	echo
	# the same verdicts, or the timings compare different work
	"$REF" -M -o /dev/null vmlinux.o >"$WORK/ref.out" 2>&1
	"$MPL" -M vmlinux.a >"$WORK/lite.out" 2>&1
	if cmp -s <(LC_ALL=C sort "$WORK/ref.out") <(LC_ALL=C sort "$WORK/lite.out"); then
		echo "output: the same lines as the reference's ($(wc -l <"$WORK/ref.out") lines)"
	else
		echo "output: DIFFERS from the reference's (diff $WORK/ref.out $WORK/lite.out)"
	fi
	echo "$3 $(wc -l <"$WORK/objs.list") $base ${ref%% *} ${lite%% *} ${lite1%% *} $floor ${ref##* } ${lite##* } $c1" \
		>>"$WORK/growth"
	rm -f vmlinux.o
}

# The growth table: every size against x1.
growth_table() {
	echo
	echo "### growth (medians; per copy = time / copies, relative to x1)"
	echo
	echo "| copies | objects | ld -r + modpost s | modpost s | lite s | lite -j1 s | floor s | lite / floor | lite per copy vs x1 | lite -j1 cpu s | its cpu per copy vs x1 | modpost MiB | lite MiB | lite MiB per copy vs x1 |"
	echo "|--------|---------|-------------------|-----------|--------|------------|---------|--------------|---------------------|----------------|------------------------|-------------|----------|-------------------------|"
	awk 'NR == 1 { t1 = $5; m1 = $9; c1 = $10 }
	     { printf "| x%d | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %.2f | %.2f | %.3f | %.2f | %.0f | %.0f | %.2f |\n",
		$1, $2, $3, $4, $5, $6, $7, $5 / $7, ($5 / $1) / t1, $10,
		($10 / $1) / c1, $8, $9, ($9 / $1) / m1 }' "$WORK/growth"
}

echo "## modpost-lite benchmark ($(date -u +%Y-%m-%d), $NCPU CPUs, $("$MPL" --version))"
echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
awk -v n="$NCPU" '$1 > n / 2 { print "bench: the machine is busy (load " $1 \
	" on " n " CPUs): walls include waiting for a CPU" }' /proc/loadavg
: >"$WORK/growth"
bench_tree "$WORK/x1" "corpus x1, clean" 1
bench_tree "$WORK/inj" "corpus x1, injected mismatches" 1

if [ "${GROWTH:-0}" = 1 ]; then
	cc -O2 -o "$WORK/mkcopy" "$TOP/tools/mkcopy.c" -lelf || exit 2
	(cd "$WORK/x1" && ar t vmlinux.a) >"$WORK/objs1.list"
	# the growth table is of the clean tree: drop the injected row
	head -1 "$WORK/growth" >"$WORK/growth.x1" && mv "$WORK/growth.x1" "$WORK/growth"
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
		bench_tree "$d" "corpus x$n, clean" "$n"
	done
	growth_table
fi
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
