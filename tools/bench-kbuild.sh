#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
#
# make bench-kbuild: the Kbuild stage after the objects, stock Linux 6.12
# against kbuild/modpost-lite-6.12.patch (no vmlinux.o), in one run, on an
# x86_64 defconfig with X86_KERNEL_IBT and DEBUG_ENTRY (hence
# NOINSTR_VALIDATION) off and MODVERSIONS on, the configuration where the
# patch's path applies (kbuild/README.md says why this one).
#
# The tree is built once, under nice, and cached in $MPL_KBENCH_DIR (default
# /var/tmp/mpl-kbench; 25-60 minutes on 2 cores, longer on a loaded
# machine).  Then RUNS rounds (default 5); each round measures both
# variants, in alternating order (stock first in odd rounds), switching the
# patch and rebuilding modpost untimed in between, so that a change of the
# machine's load hits both alike:
#   stage   rm the stage's outputs; make vmlinux modules: from an up-to-date
#           vmlinux.a to vmlinux, modpost and the modules' final link,
#           with make's walk of the tree
#   exports the stage's commands up to Module.symvers and modules.builtin
#           written, run in sequence outside make, as Kbuild saved them:
#           stock: ld -r vmlinux.o, objcopy .modinfo, modules.builtin,
#           modpost; patched: modpost-lite --builtin-modinfo,
#           modules.builtin, modpost-lite; modpost -L
#           (three runs per round)
#   incr    touch init/version.c (built into vmlinux.a); make vmlinux modules
# Wall-clock medians, CPU (user+system) medians, peak RSS (the largest
# process, the maximum over the runs), and the disk vmlinux.o takes.
# MPL is the modpost-lite (default build/modpost-lite); BENCH_JOBS the make
# -j (default 2).  The table goes to stdout and to $MPL_KBENCH_DIR/bench.md.
set -u
TOP=$(cd "$(dirname "$0")/.." && pwd)
: "${MPL:=$TOP/build/modpost-lite}"
B=${MPL_KBENCH_DIR:-/var/tmp/mpl-kbench}
RUNS=${RUNS:-5}
JOBS=${BENCH_JOBS:-2}
TARBALL=${MPL_KBUILD_TARBALL:-/usr/src/linux-source-6.12.tar.xz}
PATCH=$TOP/kbuild/modpost-lite-6.12.patch
SRC=$B/linux
OUT=$B/out
TOUCHED=init/version.c
export LC_ALL=C
export KBUILD_BUILD_TIMESTAMP='Thu Jan  1 00:00:00 UTC 2026'
export KBUILD_BUILD_USER=mpl KBUILD_BUILD_HOST=mpl KBUILD_BUILD_VERSION=1

die() { echo "bench-kbuild: $*" >&2; exit 2; }
[ -x "$MPL" ] || die "$MPL is not built"
MPL=$(cd "$(dirname "$MPL")" && pwd)/$(basename "$MPL")
[ -f "$TARBALL" ] || die "$TARBALL not found (apt-get install linux-source-6.12)"
[ -x /usr/bin/time ] || die "/usr/bin/time not found (apt-get install time)"
KM=(make -s -C "$SRC" O="$OUT" ARCH=x86_64 -j"$JOBS")
mkdir -p "$B"

# The source, pristine (the patch is applied for the patched runs only;
# $B/applied.patch is what is applied).
revert_patch() {
	[ -f "$B/applied.patch" ] || return 0
	(cd "$SRC" && patch -R -p1 -s --batch --no-backup-if-mismatch) \
		<"$B/applied.patch" >/dev/null || die "cannot revert the patch"
	rm -f "$B/applied.patch"
}
apply_patch() {
	[ -f "$B/applied.patch" ] && return 0
	(cd "$SRC" && patch -p1 -s --batch --no-backup-if-mismatch) <"$PATCH" ||
		die "the patch does not apply"
	cp "$PATCH" "$B/applied.patch"
}
if [ ! -f "$SRC/Makefile" ]; then
	echo "== extracting $(basename "$TARBALL") into $SRC"
	mkdir -p "$SRC"
	tar -xJf "$TARBALL" -C "$SRC" --strip-components=1 || die "extract"
fi
revert_patch

# The build, once (stock tree).
if [ ! -f "$OUT/.mpl-built" ]; then
	mkdir -p "$OUT"
	"${KM[@]}" defconfig >/dev/null &&
	"$SRC/scripts/config" --file "$OUT/.config" -d X86_KERNEL_IBT \
		-d DEBUG_ENTRY -e MODVERSIONS &&
	"${KM[@]}" olddefconfig >/dev/null || die "configure"
	echo "== building the tree (once; log: $B/build.log)"
	nice -n 10 "${KM[@]}" vmlinux modules >"$B/build.log" 2>&1 ||
		die "build failed, see $B/build.log"
	touch "$OUT/.mpl-built"
fi
for c in X86_KERNEL_IBT NOINSTR_VALIDATION LTO_CLANG BUILTIN_MODULE_RANGES \
	 TRIM_UNUSED_KSYMS; do
	grep -q "^CONFIG_$c=y" "$OUT/.config" && die "CONFIG_$c is set"
done

stage_outputs() {
	echo vmlinux vmlinux.o vmlinux.symvers Module.symvers modules.builtin \
	     modules.builtin.modinfo .vmlinux.objs .vmlinux.export.c \
	     .vmlinux.export.o System.map .tmp_vmlinux*
	sed 's/\.o$//' "$OUT/modules.order" | while read -r m; do
		echo "$m.ko $m.mod.c $m.mod.o"
	done
}
# (word splitting and the .tmp_vmlinux* glob wanted)
# shellcheck disable=SC2046
rm_stage() { (cd "$OUT" && rm -f $(stage_outputs)); }

# one KEY COMMAND...: one timed run; appends "wall cpu rss_kib" to $B/t.KEY
one() {
	local key=$1
	shift
	/usr/bin/time -f "%e %U %S %M" -o "$B/t1" "$@" >"$B/last.log" 2>&1 ||
		die "failed: $*; see $B/last.log"
	awk '/^[0-9.]+ / { print $1, $2 + $3, $4 }' "$B/t1" >>"$B/t.$key"
}

# The stage's commands up to Module.symvers and modules.builtin, as saved.
saved() { sed -n "s/^savedcmd_$1 := //p" "$OUT/.$1.cmd"; }
exports_script() {	# exports_script FILE: the commands, in build order
	{
		echo 'set -e'
		saved .vmlinux.objs
		[ -f "$OUT/.vmlinux.o.cmd" ] && [ -z "$LITE" ] && saved vmlinux.o
		saved modules.builtin.modinfo
		saved modules.builtin
		saved Module.symvers
	} | sed 's/\$\$/$/g' >"$1"
}

# switch_to stock|patched: the tree, with its modpost built (untimed)
switch_to() {
	if [ "$1" = patched ]; then
		apply_patch
		LITE=y MP=(MODPOST_LITE="$MPL")
	else
		revert_patch
		LITE='' MP=(MODPOST_LITE=)
	fi
	"${KM[@]}" "${MP[@]}" prepare >"$B/prepare.log" 2>&1 ||
		die "$1: make prepare failed, see $B/prepare.log"
}

# one_round VARIANT: a run of each measurement
one_round() {
	local v=$1 i
	switch_to "$v"
	rm_stage
	one "stage-$v" "${KM[@]}" "${MP[@]}" vmlinux modules
	if [ ! -d "$B/art-$v" ]; then
		mkdir -p "$B/art-$v"
		(cd "$OUT" && cp vmlinux Module.symvers modules.builtin \
			modules.builtin.modinfo "$B/art-$v/")
		[ "$v" = stock ] && cp -p "$OUT/vmlinux.o" "$B/vmlinux.o.stock"
		exports_script "$B/exports-$v.sh"
	fi
	for ((i = 0; i < 3; i++)); do
		(cd "$OUT" && one "exports-$v" sh "$B/exports-$v.sh")
	done
	touch "$SRC/$TOUCHED"
	one "incr-$v" "${KM[@]}" "${MP[@]}" vmlinux modules
}

rm -rf "$B"/t.* "$B"/art-* "$B"/exports-*.sh
start=$(date +%s)
for ((r = 0; r < RUNS; r++)); do
	echo "== round $((r + 1)) of $RUNS"
	if ((r % 2 == 0)); then
		one_round stock
		one_round patched
	else
		one_round patched
		one_round stock
	fi
done
revert_patch

# med KEY: "wall cpu rss_mib" (medians; rss the maximum)
med() {
	awk '{ w[NR] = $1; c[NR] = $2; if ($3 > r) r = $3 }
	     function m(a, n,   i, j, t) {
		for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++)
			if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
		return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
	     END { printf "%.2f %.2f %d\n", m(w, NR), m(c, NR), r / 1024 }' "$B/t.$1"
}
row() {	# row LABEL KEY
	local sw sc sr pw pc pr
	read -r sw sc sr <<<"$(med "$2-stock")"
	read -r pw pc pr <<<"$(med "$2-patched")"
	printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$1" "$sw" "$pw" \
		"$(awk -v a="$pw" -v b="$sw" 'BEGIN { printf "%.2f", a / b }')" \
		"$sc" "$pc" "$sr" "$pr"
}
ident=identical
for f in vmlinux Module.symvers modules.builtin modules.builtin.modinfo; do
	cmp -s "$B/art-stock/$f" "$B/art-patched/$f" || ident="DIFFERENT ($f)"
done
nobj=$(ar t "$OUT/vmlinux.a" | wc -l)
nmod=$(wc -l <"$OUT/modules.order")
{
	echo "x86_64 defconfig (X86_KERNEL_IBT, DEBUG_ENTRY off; MODVERSIONS on):"
	echo "$nobj objects in vmlinux.a, $nmod modules; make -j$JOBS; $RUNS rounds of"
	echo "both variants, alternating (the exports row: 3 runs per round);"
	echo "$(nproc) CPUs, load average at the end $(cut -d' ' -f1-3 /proc/loadavg)."
	echo
	echo "| step | stock wall s | patched wall s | patched/stock | stock cpu s | patched cpu s | stock peak MiB | patched peak MiB |"
	echo "|---|---|---|---|---|---|---|---|"
	row "stage: vmlinux.a to vmlinux + modules (make)" stage
	row "up to Module.symvers + modules.builtin" exports
	row "incremental: touch $TOUCHED, make" incr
	echo
	echo "vmlinux.o (stock only): $(du -k "$B/vmlinux.o.stock" | cut -f1) KiB on disk;"
	echo "artefacts (vmlinux, Module.symvers, modules.builtin(.modinfo)): $ident."
	echo "Measured in $(($(date +%s) - start)) s."
} | tee "$B/bench.md"
rm -f "$B/vmlinux.o.stock"
