#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
#
# make check-kbuild: test kbuild/modpost-lite-6.12.patch on real Linux 6.12
# builds.  Each configuration is compiled once (cached), then the stage after
# the objects (vmlinux.a to vmlinux, modpost, the modules' final link) runs
# with the stock tree and with the patched tree, on the same source and O=
# paths, with reproducible build variables, and the results are compared:
#
#   x86     x86_64 tinyconfig + modules, MODVERSIONS, X86_KERNEL_IBT off:
#           the modpost-lite path, no vmlinux.o.  Also: the stage's -E exit
#           status, make modules, make vmlinux.o, a stale vmlinux.o, make M=,
#           incremental rebuilds, stock->patched->stock, make clean/mrproper.
#   arm64   the same for arm64 (cross, gcc-aarch64-linux-gnu) with EFI, so
#           that KBUILD_VMLINUX_LIBS holds libstub/lib.a (modpost-lite --lib).
#   ibt     x86_64 with X86_KERNEL_IBT: vmlinux.o is still linked (objtool
#           --link), byte-identical to stock; modpost-lite does the checks.
#
# All three build drivers/mpltest/ (testdata/kbuild/mpltest/): section
# mismatches, exports of every kind, built-in module information, modules
# using them.  Builds use SECTION_MISMATCH_WARN_ONLY so that the artefacts
# exist; the stage's saved commands are then replayed with -E.
#
# Environment: MPL (the modpost-lite to test, default build/modpost-lite),
# MPL_KBUILD_DIR (cache, default /var/tmp/mpl-kbuild), MPL_KBUILD_JOBS (make
# -j, default 2), MPL_KBUILD_CONFIGS (default "x86 arm64 ibt"),
# MPL_KBUILD_TARBALL.  The pristine source is extracted once; the patch is
# applied and reverted by this script (the tree is left pristine).  A
# configuration's objects are compiled once and kept while its options and
# the tarball stay the same: they are compiled from the pristine tree, and
# the patch touches only the build system and modpost, which every run
# exercises anew, so the cache does not depend on the patch.
#
# Prints PASS/FAIL/SKIP lines and ends with "N passed, N failed, N skipped".
set -u
TOP=$(cd "$(dirname "$0")/.." && pwd)
: "${MPL:=$TOP/build/modpost-lite}"
DIR=${MPL_KBUILD_DIR:-/var/tmp/mpl-kbuild}
JOBS=${MPL_KBUILD_JOBS:-2}
CONFIGS=${MPL_KBUILD_CONFIGS:-x86 arm64 ibt}
TARBALL=${MPL_KBUILD_TARBALL:-/usr/src/linux-source-6.12.tar.xz}
PATCH=$TOP/kbuild/modpost-lite-6.12.patch
INJECT=$TOP/testdata/kbuild/mpltest
SRC=$DIR/linux-6.12
export LC_ALL=C
export KBUILD_BUILD_TIMESTAMP='Thu Jan  1 00:00:00 UTC 2026'
export KBUILD_BUILD_USER=mpl KBUILD_BUILD_HOST=mpl KBUILD_BUILD_VERSION=1

P=0 F=0 S=0
pass() { echo "PASS: $*"; P=$((P + 1)); }
fail() { echo "FAIL: $*"; F=$((F + 1)); }
skip() { echo "SKIP: $*"; S=$((S + 1)); }
summary() {
	local cpu
	times >"$DIR/times"	# the second line: the children's user, system
	cpu=$(tail -1 "$DIR/times")
	echo "check-kbuild: $(($(date +%s) - START)) s in all; CPU of the builds: user ${cpu% *}, system ${cpu#* }"
	echo "$P passed, $F failed, $S skipped"
	[ "$F" -eq 0 ]
	exit
}
check() {	# check WHAT COMMAND...: PASS when COMMAND succeeds
	local what=$1
	shift
	if "$@"; then pass "$what"; else fail "$what"; fi
}
indent() { head -"${1:-20}" | sed 's/^/    /'; }
# A log's lines, sorted, without modpost-lite's MPL_DEBUG_JOBS lines, and
# with make's line numbers (in the patched Makefiles they differ) as N.
sorted() {
	grep -Ev '^modpost-lite: (jobserver|pool)' "$1" |
		sed -E 's/(Makefile[._a-z]*):[0-9]+:/\1:N:/g' | sort
}
# same_lines WHAT A B: A and B hold the same lines, in any order
same_lines() {
	if cmp -s <(sorted "$2") <(sorted "$3"); then
		pass "$1 ($(sorted "$2" | wc -l) lines)"
	else
		fail "$1"
		diff -u <(sorted "$2") <(sorted "$3") | indent 30
	fi
}
# The kinds of lines modpost-lite reports, from modpost's output.
mismatch_lines() {
	grep -E 'section mismatch in reference|EXPORT_SYMBOL used for|unexpected non-allocatable|exported twice|is COMMON symbol|\.export_symbol section|was exported|unknown license' "$@"
}
# ... and the ERROR that -E adds
errors_E() {
	mismatch_lines "$1"
	grep -A1 '^ERROR: modpost: Section mismatches detected' "$1"
}
START=$(date +%s)

[ -x "$MPL" ] || { fail "kbuild: $MPL is not built"; summary; }
MPL=$(cd "$(dirname "$MPL")" && pwd)/$(basename "$MPL")
if [ ! -f "$TARBALL" ]; then
	skip "kbuild: $TARBALL not found (apt-get install linux-source-6.12)"
	summary
fi
mkdir -p "$DIR" || { fail "kbuild: cannot create $DIR"; summary; }

# ---------------------------------------------------------------------------
# The source: extracted once, pristine but for drivers/mpltest/.  The patch
# is applied for the patched runs and reverted afterwards; a copy of what is
# applied is kept in $DIR/applied.patch, so an interrupted run is undone.
patch_files() { sed -n 's|^+++ b/\([^[:space:]]*\).*|\1|p' "$1"; }
restore_from_tarball() {	# restore_from_tarball PATCHFILE
	# shellcheck disable=SC2046
	tar -xJf "$TARBALL" -C "$SRC" --strip-components=1 \
		$(patch_files "$1" | sed 's|^|linux-source-6.12/|')
}
revert_patch() {
	[ -f "$DIR/applied.patch" ] || return 0
	if ! (cd "$SRC" && patch -R -p1 -s --batch --no-backup-if-mismatch) \
		<"$DIR/applied.patch" >/dev/null; then
		echo "== reverting failed: restoring the files from the tarball"
		restore_from_tarball "$DIR/applied.patch" || return 1
	fi
	rm -f "$DIR/applied.patch"
}
apply_patch() {
	[ -f "$DIR/applied.patch" ] && return 0
	(cd "$SRC" && patch -p1 -s --batch --no-backup-if-mismatch) <"$PATCH" &&
		cp "$PATCH" "$DIR/applied.patch"
}

tarstamp=$(stat -c %s.%Y "$TARBALL")
rm -rf "$DIR/linux-source-6.12" "$DIR/out"	# the old harness's layout
if [ "$(cat "$DIR/src.stamp" 2>/dev/null)" != "$tarstamp" ] ||
   [ ! -f "$SRC/Makefile" ]; then
	echo "== extracting $(basename "$TARBALL") into $SRC"
	rm -rf "$SRC" "$DIR"/out-* "$DIR/src.stamp" "$DIR/applied.patch"
	mkdir -p "$SRC"
	if ! tar -xJf "$TARBALL" -C "$SRC" --strip-components=1 ||
	   [ ! -f "$SRC/Makefile" ]; then
		fail "kbuild: extract $TARBALL"
		summary
	fi
	echo 'obj-y += mpltest/' >>"$SRC/drivers/Makefile"
	echo "$tarstamp" >"$DIR/src.stamp"
fi
revert_patch || { fail "kbuild: the cached source cannot be made pristine"; summary; }
if ! (cd "$SRC" && patch -p1 -s --batch --dry-run --no-backup-if-mismatch) <"$PATCH" >/dev/null; then
	fail "kbuild: the patch applies to Linux 6.12"
	summary
fi
# The test code: copied only when changed, so make sees what is new.
mkdir -p "$SRC/drivers/mpltest"
for f in "$INJECT"/*; do
	cmp -s "$f" "$SRC/drivers/mpltest/${f##*/}" || cp "$f" "$SRC/drivers/mpltest/"
done
for f in "$SRC"/drivers/mpltest/*; do
	[ -e "$INJECT/${f##*/}" ] || [ "${f##*/}" = built-in.a ] || [ -d "$f" ] ||
		rm -f "$f"
done

# ---------------------------------------------------------------------------
# One configuration.  KM is the make command for it (stock: MODPOST_LITE
# empty, which the stock tree ignores anyway; patched: MODPOST_LITE=$MPL).
# KBUILD_MODPOST_WARN=1 (-w) turns mpl_user's undefined symbol into a
# warning, so the stage also shows modpost's checks of the modules.
setup_config() {	# setup_config NAME ARCH CROSS_COMPILE OPTIONS...
	NAME=$1 ARCH=$2 CROSS=$3
	shift 3
	OUT=$DIR/out-$NAME
	W=$DIR/work-$NAME
	KM=(make -s -C "$SRC" O="$OUT" ARCH="$ARCH" ${CROSS:+CROSS_COMPILE=$CROSS}
	    KBUILD_MODPOST_WARN=1 -j"$JOBS")
	local stamp
	stamp=$(echo "$ARCH $CROSS $* $tarstamp" | sha256sum | cut -c1-16)
	if [ "$(cat "$OUT/.mpl-cfgstamp" 2>/dev/null)" != "$stamp" ]; then
		rm -rf "$OUT"
		mkdir -p "$OUT"
		if ! { "${KM[@]}" tinyconfig >/dev/null &&
		       "$SRC/scripts/config" --file "$OUT/.config" "$@" &&
		       "${KM[@]}" olddefconfig >/dev/null; }; then
			fail "$NAME: configure"
			return 1
		fi
		echo "$stamp" >"$OUT/.mpl-cfgstamp"
	fi
	rm -rf "$W"
	mkdir -p "$W"
}
cfg() { grep -q "^CONFIG_$1=y" "$OUT/.config"; }
nocfg() { ! grep -q "^CONFIG_$1=y" "$OUT/.config"; }

compile() {	# the objects, with the stock tree (cached)
	local t0 how=cached
	t0=$(date +%s)
	if [ ! -f "$OUT/.mpl-built" ]; then
		echo "== $NAME: compiling (log: $W/compile.log)"
		how=compiled
		if ! nice -n 10 "${KM[@]}" MODPOST_LITE= vmlinux modules \
			>"$W/compile.log" 2>&1; then
			fail "$NAME: compile vmlinux and modules (stock); last lines:"
			tail -20 "$W/compile.log" | indent
			return 1
		fi
		touch "$OUT/.mpl-built"
	fi
	pass "$NAME: objects $how ($(($(date +%s) - t0)) s)"
}

# The files the stage writes (its inputs, vmlinux.a and the objects, stay).
stage_outputs() {
	echo vmlinux vmlinux.o vmlinux.o.map vmlinux.symvers Module.symvers \
	     modules-only.symvers modules.builtin modules.builtin.modinfo \
	     .vmlinux.objs .vmlinux.export.c .vmlinux.export.o System.map \
	     vmlinux.map .tmp_vmlinux* .btf.vmlinux.bin.o
	sed 's/\.o$//' "$OUT/modules.order" | while read -r m; do
		echo "$m.ko $m.mod.c $m.mod.o"
	done
}
# (word splitting and the .tmp_vmlinux* glob wanted)
# shellcheck disable=SC2046
rm_stage() { (cd "$OUT" && rm -f $(stage_outputs)); }

# stage LABEL LOG [MAKE ARGS]: make vmlinux modules, timed
stage() {
	local label=$1 log=$2 t0
	t0=$(date +%s)
	shift 2
	# shellcheck disable=SC2086 # GOALS: words, or none for plain make
	if "${KM[@]}" "$@" ${GOALS-vmlinux modules} >"$log" 2>&1; then
		pass "$label ($(($(date +%s) - t0)) s)"
	else
		fail "$label; last lines of $log:"
		tail -20 "$log" | indent
		return 1
	fi
}
stock() { stage "$@" MODPOST_LITE=; }
patched() { local l=$1 g=$2; shift 2; stage "$l" "$g" MODPOST_LITE="$MPL" "$@"; }

# The artefacts compared: vmlinux, every .ko, Module.symvers, modules.builtin,
# modules.builtin.modinfo (and .vmlinux.export.c, vmlinux.o when present).
art_files() {
	echo vmlinux Module.symvers modules.builtin modules.builtin.modinfo \
	     .vmlinux.export.c
	sed 's/\.o$/.ko/' "$OUT/modules.order"
}
save_art() {	# save_art DEST
	local f
	rm -rf "$1"
	mkdir -p "$1"
	for f in $(art_files) vmlinux.o; do
		[ -e "$OUT/$f" ] || continue
		mkdir -p "$1/$(dirname "$f")"
		cp -p "$OUT/$f" "$1/$f"
	done
}
# same_art WHAT SAVED [novo]: the tree's artefacts equal SAVED's; vmlinux.o
# too when the tree has one (unless novo)
same_art() {
	local what=$1 ref=$2 f bad='' nko=0 vo=''
	for f in $(art_files); do
		[ "${f%.ko}" != "$f" ] && nko=$((nko + 1))
		cmp -s "$ref/$f" "$OUT/$f" || bad="$bad $f"
	done
	if [ -e "$OUT/vmlinux.o" ] && [ -z "${3:-}" ]; then
		vo=", vmlinux.o"
		cmp -s "$ref/vmlinux.o" "$OUT/vmlinux.o" || bad="$bad vmlinux.o"
	fi
	if [ -z "$bad" ]; then
		pass "$what: vmlinux, $nko .ko, Module.symvers, modules.builtin(.modinfo), .vmlinux.export.c$vo byte-identical to stock"
	else
		fail "$what: differ from stock:$bad"
	fi
}
stage_cmd() {	# the stage's saved command
	sed -n 's/^savedcmd_[^ ]*symvers := *//p' "$OUT/.Module.symvers.cmd"
}
# replay LOG: run the stage's saved command with -E (mismatches are errors)
# in the build tree; prints the exit status
replay() {
	local cmd
	cmd=$(stage_cmd | sed -e "s|^$MPL |$MPL -E |" \
		-e 's|^scripts/mod/modpost |scripts/mod/modpost -E |' \
		-e 's|; scripts/mod/modpost |; scripts/mod/modpost -E |')
	# as Kbuild's $(cmd) runs it: set -e, and the .cmd file written after
	(cd "$OUT" && sh -c "set -e; $cmd; :") >"$1" 2>&1
	echo $?
}
mtime() { stat -c %Y.%y "$OUT/$1" 2>/dev/null; }

oot_build() {	# oot_build DIR LOG [MAKE ARGS]: make M=DIR modules
	local d=$1 log=$2
	shift 2
	make -s -C "$OUT" M="$d" KBUILD_MODPOST_WARN=1 "$@" modules >"$log" 2>&1
}

# ---------------------------------------------------------------------------
# The stock runs: the reference for everything after.
stock_reference() {
	rm_stage
	stock "$NAME: stock stage (make -j$JOBS vmlinux modules)" "$W/stock.log" || return 1
	save_art "$W/stock"
	stage_cmd >"$W/stock.cmd"
	cp "$OUT/scripts/mod/modpost" "$W/modpost.stock"
	STOCK_E=$(replay "$W/stock-E.log")
	[ -e "$OUT/vmlinux.o" ] &&
		pass "$NAME: the stock stage links vmlinux.o ($(du -k "$OUT/vmlinux.o" | cut -f1) KiB)" ||
		fail "$NAME: the stock stage made no vmlinux.o"
	local nv
	nv=$(grep -c 'modpost: vmlinux: .*mpl_' "$W/stock.log")
	[ "$nv" -ge 6 ] &&
		pass "$NAME: stock modpost reports the injected mismatches ($nv in vmlinux, $(grep -c 'mpltest/mpl_' "$W/stock.log") in modules)" ||
		fail "$NAME: stock modpost reports only $nv injected mismatches in vmlinux"
}

# The patched stage from the same objects, compared with the stock one.
patched_stage() {	# patched_STAGE EXPECT_VMLINUX_O(yes|no)
	rm_stage
	MPL_DEBUG_JOBS=1 patched "$NAME: patched stage (make -j$JOBS vmlinux modules)" \
		"$W/patched.log" || return 1
	save_art "$W/patched"
	stage_cmd >"$W/patched.cmd"
	if [ "$1" = no ]; then
		check "$NAME: the patched stage makes no vmlinux.o" test ! -e "$OUT/vmlinux.o"
	else
		check "$NAME: the patched stage still links vmlinux.o" test -e "$OUT/vmlinux.o"
	fi
	same_art "$NAME: patched stage" "$W/stock"
	same_lines "$NAME: the patched stage prints the stock stage's lines" \
		"$W/stock.log" "$W/patched.log"
	local e
	e=$(replay "$W/patched-E.log")
	if [ "$e" = "$STOCK_E" ] && [ "$e" != 0 ]; then
		pass "$NAME: the stage's commands replayed with -E: exit status $e, as stock"
	else
		fail "$NAME: the stage's commands replayed with -E: exit status $e, stock $STOCK_E"
	fi
	# (modpost's other lines come after modpost-lite's ERROR in stock only:
	# the patched stage stops there; kbuild/README.md, Limits)
	errors_E "$W/stock-E.log" >"$W/stock-E.mm"
	errors_E "$W/patched-E.log" >"$W/patched-E.mm"
	same_lines "$NAME: -E replay: the section mismatch and ERROR lines of stock" \
		"$W/stock-E.mm" "$W/patched-E.mm"
	if [ "$JOBS" -gt 1 ]; then
		local js
		js=$(sed -n 's/^modpost-lite: jobserver //p' "$W/patched.log" | head -1)
		[ -n "$js" ] && [ "${js%unusable*}" = "$js" ] &&
			pass "$NAME: modpost-lite took its threads from make's jobserver ($js)" ||
			fail "$NAME: modpost-lite did not use make's jobserver (${js:-none})"
	fi
}

# What the stage's command line must show.
lite_cmd_checks() {
	local c w ok=y
	c=$(cat "$W/patched.cmd")
	for w in "--vmlinux-symvers vmlinux.symvers" "-T modules.order" \
		 "--vmlinux-export-c .vmlinux.export.c" " vmlinux.a " \
		 "; scripts/mod/modpost " " -L vmlinux.symvers" " -S"; do
		case $c in *"$w"*) ;; *) ok= ;; esac
	done
	case $c in "$MPL "*) ;; *) ok= ;; esac
	[ -n "$ok" ] &&
		pass "$NAME: the stage runs modpost-lite for vmlinux's exports, then modpost -S -L" ||
		fail "$NAME: unexpected stage command: $c"
	case $c in
	*vmlinux.o*) fail "$NAME: the stage's command names vmlinux.o" ;;
	*) pass "$NAME: the stage's command does not read vmlinux.o" ;;
	esac
	case "$c $(cat "$OUT/.modules.builtin.modinfo.cmd")" in
	*" -n "*) fail "$NAME: -n without make -i: $c" ;;
	*) pass "$NAME: without make -i, no -n for modpost-lite or modpost" ;;
	esac
	grep -q "^savedcmd_modules.builtin.modinfo := $MPL .*--builtin-modinfo modules.builtin.modinfo vmlinux.a" \
		"$OUT/.modules.builtin.modinfo.cmd" &&
		pass "$NAME: modules.builtin.modinfo comes from modpost-lite --builtin-modinfo" ||
		fail "$NAME: modules.builtin.modinfo: $(cat "$OUT/.modules.builtin.modinfo.cmd" 2>/dev/null)"
}

# modpost-lite by hand on what Kbuild left: its lines are the stock
# modpost's, for vmlinux and each module, from any thread count.
by_hand() {
	local libs m
	libs=$(sed -n 's/.* vmlinux\.a \(\(--lib=[^ ]* \)*\).*/\1/p' "$W/patched.cmd")
	mismatch_lines "$W/stock.log" >"$W/ref.mm"
	grep 'modpost: vmlinux: ' "$W/ref.mm" >"$W/ref-vmlinux.mm"
	(cd "$OUT" && "$MPL" -M vmlinux.a $libs) 2>"$W/mpl-vmlinux.txt"
	same_lines "$NAME: modpost-lite -M vmlinux.a $libs = stock modpost on vmlinux.o" \
		"$W/ref-vmlinux.mm" "$W/mpl-vmlinux.txt"
	while read -r m; do
		m=${m%.o}
		grep -F "modpost: $m: " "$W/ref.mm" >"$W/ref-one.mm"
		(cd "$OUT" && "$MPL" -M "$m.ko") 2>"$W/mpl-ko.txt"
		same_lines "$NAME: modpost-lite -M $m.ko = stock modpost on $m.o" \
			"$W/ref-one.mm" "$W/mpl-ko.txt"
	done <"$OUT/modules.order"
	(cd "$OUT" && "$MPL" -M -j1 vmlinux.a $libs -T modules.order) 2>"$W/j1.txt"
	(cd "$OUT" && "$MPL" -M -j2 vmlinux.a $libs -T modules.order) 2>"$W/j2.txt"
	check "$NAME: modpost-lite -j1 and -j2 byte-identical" cmp -s "$W/j1.txt" "$W/j2.txt"
}

# Stock-built tree, then patched (without removing anything): a correct build.
stock_then_patched() {
	apply_patch || { fail "$NAME: apply the patch"; return 1; }
	patched "$NAME: patched make over a stock-built tree" "$W/s2p.log" || return 1
	same_art "$NAME: stock-built, then patched make" "$W/stock"
	same_lines "$NAME: patched make over a stock build prints the stock stage's lines" \
		"$W/stock.log" "$W/s2p.log"
}

# make modules after a full build: vmlinux.a, no "is missing" warning.
modules_after_build() {
	rm -f "$OUT/Module.symvers"
	if "${KM[@]}" MODPOST_LITE="$MPL" modules >"$W/modules.log" 2>&1; then
		pass "$NAME: make modules after a full build"
	else
		fail "$NAME: make modules after a full build"
		tail -10 "$W/modules.log" | indent
		return 1
	fi
	grep -q 'is missing' "$W/modules.log" &&
		fail "$NAME: make modules warns: $(grep 'is missing' "$W/modules.log")" ||
		pass "$NAME: make modules: no 'is missing' warning"
	grep -q ' vmlinux\.a ' "$OUT/.Module.symvers.cmd" &&
		pass "$NAME: make modules reads vmlinux.a" ||
		fail "$NAME: make modules does not read vmlinux.a"
	same_art "$NAME: make modules" "$W/stock"
}

# make vmlinux.o by name still makes one; a stale vmlinux.o is never read.
vmlinux_o_checks() {
	# (stock 6.12 takes vmlinux.o for a single target and fails; the
	# patch makes it work, and make vmlinux_o too)
	local g
	for g in vmlinux.o vmlinux_o; do
		rm -f "$OUT/vmlinux.o"
		if "${KM[@]}" MODPOST_LITE="$MPL" $g >"$W/$g.log" 2>&1 &&
		   cmp -s "$OUT/vmlinux.o" "$W/stock/vmlinux.o"; then
			pass "$NAME: make $g makes vmlinux.o, byte-identical to stock's"
		else
			fail "$NAME: make $g"
			tail -5 "$W/$g.log" | indent
		fi
	done
	# (with make -i, which gives modpost and modpost-lite -n)
	echo 'not an object: a stale vmlinux.o must not be read' >"$OUT/vmlinux.o"
	rm -f "$OUT/Module.symvers" "$OUT/modules.builtin.modinfo" "$OUT/vmlinux"
	patched "$NAME: make -i with a stale vmlinux.o" "$W/stale.log" -i &&
		same_art "$NAME: with a stale vmlinux.o" "$W/stock" novo
	local c
	c=$(stage_cmd)
	case $c in
	"$MPL "*" -n "*"; scripts/mod/modpost "*" -n "*) ;;
	*) c= ;;
	esac
	[ -n "$c" ] && grep -q -- " -n --builtin-modinfo" "$OUT/.modules.builtin.modinfo.cmd" &&
		pass "$NAME: make -i gives modpost-lite (both runs) and modpost -n" ||
		fail "$NAME: make -i: $(stage_cmd)"
	grep -q '^not an object' "$OUT/vmlinux.o" &&
		pass "$NAME: the stale vmlinux.o was not read or relinked" ||
		fail "$NAME: the stale vmlinux.o was replaced"
	rm -f "$OUT/vmlinux.o"
}

# make M=: testdata/oot-module (mismatches) and testdata/kbuild/oot-dup (an
# export vmlinux has: "exported twice", printed once, the stage fails).
oot_stock() {
	local m
	for m in oot-module kbuild/oot-dup; do
		rm -rf "${W:?}/$(basename $m)"
		cp -r "$TOP/testdata/$m" "$W/$(basename $m)"
	done
	if oot_build "$W/oot-module" "$W/oot-stock.log"; then
		mkdir -p "$W/oot-stock"
		cp "$W/oot-module/oot_demo.ko" "$W/oot-module/Module.symvers" "$W/oot-stock/"
	else
		fail "$NAME: stock make M=testdata/oot-module"
		tail -10 "$W/oot-stock.log" | indent
	fi
	oot_build "$W/oot-dup" "$W/dup-stock.log"
	DUP_RC=$?
}
oot_patched() {
	local m rc
	for m in oot-module oot-dup; do
		rm -rf "${W:?}/$m"
		cp -r "$TOP/testdata/${m/oot-dup/kbuild/oot-dup}" "$W/$m"
	done
	if oot_build "$W/oot-module" "$W/oot-patched.log" MODPOST_LITE="$MPL"; then
		pass "$NAME: make M=testdata/oot-module against the patched tree"
		grep -q "$MPL" "$W/oot-module/.Module.symvers.cmd" &&
			pass "$NAME: make M= ran modpost-lite" ||
			fail "$NAME: make M= did not run modpost-lite"
		same_lines "$NAME: make M= prints the stock lines" \
			"$W/oot-stock.log" "$W/oot-patched.log"
		cmp -s "$W/oot-stock/oot_demo.ko" "$W/oot-module/oot_demo.ko" &&
		cmp -s "$W/oot-stock/Module.symvers" "$W/oot-module/Module.symvers" &&
			pass "$NAME: make M=: oot_demo.ko and its Module.symvers byte-identical to stock" ||
			fail "$NAME: make M=: oot_demo.ko or its Module.symvers differ from stock"
	else
		fail "$NAME: make M=testdata/oot-module against the patched tree"
		tail -10 "$W/oot-patched.log" | indent
	fi
	oot_build "$W/oot-dup" "$W/dup-patched.log" MODPOST_LITE="$MPL"
	rc=$?
	[ "$rc" = "$DUP_RC" ] && [ "$rc" != 0 ] &&
		pass "$NAME: make M=testdata/kbuild/oot-dup fails as stock (exit $rc)" ||
		fail "$NAME: make M=testdata/kbuild/oot-dup: exit $rc, stock $DUP_RC"
	grep 'modpost' "$W/dup-stock.log" >"$W/dup-stock.txt"
	grep 'modpost' "$W/dup-patched.log" >"$W/dup-patched.txt"
	[ "$(grep -c 'exported twice' "$W/dup-patched.txt")" = 1 ] &&
		pass "$NAME: make M=: 'exported twice' printed once" ||
		fail "$NAME: make M=: 'exported twice' printed $(grep -c 'exported twice' "$W/dup-patched.txt") times"
	same_lines "$NAME: make M=testdata/kbuild/oot-dup prints the stock lines" \
		"$W/dup-stock.txt" "$W/dup-patched.txt"
}

# Touch one built-in .c and one module .c: vmlinux is relinked, the module
# too, .vmlinux.export.o is not recompiled; then a make with nothing to do.
# With GOALS="" (x86), plain make: also the boot image, compared as well.
incremental() {	# incremental stock|patched
	local how=$1 v0 e0 k0 v1 e1 k1 ko what=make
	ko=drivers/mpltest/mpl_mod.ko
	[ "${GOALS-x}" = "" ] && what="plain make"
	v0=$(mtime vmlinux) e0=$(mtime .vmlinux.export.o) k0=$(mtime $ko)
	sleep 1
	touch "$SRC/drivers/mpltest/mpl_builtin_b.c" "$SRC/drivers/mpltest/mpl_mod_helper.c"
	"$how" "$NAME: $how $what after touching a built-in and a module .c" \
		"$W/incr-$how.log" || return 1
	v1=$(mtime vmlinux) e1=$(mtime .vmlinux.export.o) k1=$(mtime $ko)
	[ "$v0" != "$v1" ] && [ "$k0" != "$k1" ] &&
		pass "$NAME: $how incremental: vmlinux and $ko relinked" ||
		fail "$NAME: $how incremental: vmlinux ${v1/$v0/not }relinked, $ko ${k1/$k0/not }relinked"
	[ "$e0" = "$e1" ] &&
		pass "$NAME: $how incremental: .vmlinux.export.o not recompiled" ||
		fail "$NAME: $how incremental: .vmlinux.export.o recompiled"
	same_art "$NAME: $how incremental" "$W/stock"
	if [ -n "${BOOTIMG:-}" ]; then
		if [ "$how" = patched ]; then
			cp "$OUT/$BOOTIMG" "$W/bootimg.patched"
		else
			check "$NAME: $BOOTIMG of plain make: stock rebuild = patched rebuild" \
				cmp -s "$OUT/$BOOTIMG" "$W/bootimg.patched"
		fi
	fi
	MI=$(mtime modules.builtin.modinfo)
	[ "$how" = patched ] || return 0
	"$how" "$NAME: $how make with nothing to do" "$W/noop-$how.log" || return 1
	[ "$v1" = "$(mtime vmlinux)" ] && [ "$(mtime modules.builtin.modinfo)" = "$MI" ] &&
		pass "$NAME: $how make with nothing to do relinks nothing" ||
		fail "$NAME: $how make with nothing to do relinked vmlinux or rewrote modules.builtin.modinfo"
}

# An object modpost-lite cannot read fails the stage with its one-line
# reason and leaves vmlinux's exports as they were (no half-written file);
# once the object is back, make recovers.
unreadable_object() {
	local o=drivers/mpltest/mpl_builtin_b.o s1 s2
	cp -p "$OUT/$o" "$W/good.o"
	echo 'not an object' >"$OUT/$o"
	touch -r "$W/good.o" "$OUT/$o"	# so that make does not rebuild it
	rm -f "$OUT/Module.symvers" "$OUT/modules.builtin.modinfo"
	s1=$(cd "$OUT" && cat vmlinux.symvers .vmlinux.export.c | sha256sum)
	if "${KM[@]}" MODPOST_LITE="$MPL" vmlinux modules >"$W/bad.log" 2>&1; then
		fail "$NAME: the stage succeeded with an unreadable $o"
	else
		grep -q "^modpost-lite: .*$o.*: " "$W/bad.log" &&
			pass "$NAME: an unreadable $o fails the stage: $(grep -m1 "^modpost-lite: .*$o" "$W/bad.log")" ||
			fail "$NAME: an unreadable $o: no modpost-lite line naming it"
	fi
	s2=$(cd "$OUT" && cat vmlinux.symvers .vmlinux.export.c | sha256sum)
	[ "$s1" = "$s2" ] && [ ! -e "$OUT/Module.symvers" ] &&
		pass "$NAME: ... vmlinux.symvers, .vmlinux.export.c untouched, no Module.symvers" ||
		fail "$NAME: ... the failed stage changed vmlinux.symvers or .vmlinux.export.c, or wrote Module.symvers"
	cp -p "$W/good.o" "$OUT/$o"
	patched "$NAME: make after the object is back" "$W/recover.log" &&
		same_art "$NAME: recovered" "$W/stock"
}

# make clean and make mrproper, on a copy of the patched build tree.
clean_checks() {
	local c=$OUT.clean left
	rm -rf "$c"
	cp -a "$OUT" "$c"
	if make -s -C "$SRC" O="$c" ARCH="$ARCH" MODPOST_LITE="$MPL" clean >"$W/clean.log" 2>&1; then
		left=$(cd "$c" && { ls -d vmlinux vmlinux.[oa] vmlinux.symvers modules.builtin* \
			.vmlinux.export.* .vmlinux.objs 2>/dev/null
			find . \( -name '*.o' -o -name '*.ko' -o -name '*.mod.c' -o -name '*.a' \) -print; } | head)
		[ -z "$left" ] && [ -f "$c/Module.symvers" ] &&
			pass "$NAME: make clean removes the build products, keeps Module.symvers" ||
			fail "$NAME: make clean left: ${left:-(Module.symvers removed)}"
	else
		fail "$NAME: make clean"
		tail -5 "$W/clean.log" | indent
	fi
	if make -s -C "$SRC" O="$c" ARCH="$ARCH" MODPOST_LITE="$MPL" mrproper >"$W/mrproper.log" 2>&1 &&
	   [ ! -e "$c/.config" ] && [ ! -e "$c/Module.symvers" ] && [ ! -e "$c/include/config" ]; then
		pass "$NAME: make mrproper removes .config, Module.symvers, include/config"
	else
		fail "$NAME: make mrproper"
		tail -5 "$W/mrproper.log" | indent
	fi
	rm -rf "$c"
}

# ---------------------------------------------------------------------------
run_x86() {
	setup_config x86 x86_64 "" -e 64BIT -e MODULES -e MODULE_UNLOAD \
		-e MODVERSIONS -e SECTION_MISMATCH_WARN_ONLY -e PRINTK \
		-e BINFMT_ELF -e MODULE_ALLOW_MISSING_NAMESPACE_IMPORTS \
		-d X86_KERNEL_IBT -m BINFMT_MISC -m CRC_CCITT -m CRC_ITU_T \
		-m CRC7 -m CRC8 || return
	lite_config_checks
	compile || return
	stock_reference || return
	oot_stock
	stock_then_patched || return
	patched_stage no || return
	lite_cmd_checks
	by_hand
	modules_after_build
	vmlinux_o_checks
	oot_patched
	GOALS='' BOOTIMG=arch/x86/boot/bzImage incremental patched
	unreadable_object
	clean_checks
	revert_patch || { fail "$NAME: revert the patch"; return 1; }
	# patched-built, then stock: a correct build, and vmlinux.o is back
	GOALS='' BOOTIMG=arch/x86/boot/bzImage incremental stock
	check "$NAME: a stock make over a patched build links vmlinux.o again" \
		test -e "$OUT/vmlinux.o"
}

lite_config_checks() {
	local n
	n=$(grep -c '=m$' "$OUT/.config")
	cfg MODULES && cfg MODVERSIONS && cfg SECTION_MISMATCH_WARN_ONLY &&
	[ "$n" -ge 5 ] && nocfg LTO_CLANG && nocfg X86_KERNEL_IBT &&
	nocfg NOINSTR_VALIDATION && nocfg BUILTIN_MODULE_RANGES &&
	nocfg TRIM_UNUSED_KSYMS &&
		pass "$NAME: config: MODULES, MODVERSIONS, WARN_ONLY, $n =m; no LTO, IBT, NOINSTR_VALIDATION, BUILTIN_MODULE_RANGES, TRIM_UNUSED_KSYMS" ||
		fail "$NAME: config does not take the modpost-lite path"
}

run_arm64() {
	if ! command -v aarch64-linux-gnu-gcc >/dev/null; then
		skip "arm64: aarch64-linux-gnu-gcc not installed (tools/deps.sh)"
		return
	fi
	setup_config arm64 arm64 aarch64-linux-gnu- -e MODULES -e MODULE_UNLOAD \
		-e MODVERSIONS -e SECTION_MISMATCH_WARN_ONLY -e PRINTK \
		-e BINFMT_ELF -e MODULE_ALLOW_MISSING_NAMESPACE_IMPORTS -e EFI \
		-m BINFMT_MISC -m CRC_CCITT -m CRC_ITU_T -m CRC7 -m CRC8 || return
	lite_config_checks
	check "arm64: config has EFI_STUB (KBUILD_VMLINUX_LIBS: libstub/lib.a)" cfg EFI_STUB
	compile || return
	stock_reference || return
	apply_patch || { fail "$NAME: apply the patch"; return; }
	patched_stage no
	lite_cmd_checks
	grep -Eq -- '--lib=(\./)?drivers/firmware/efi/libstub/lib\.a' "$W/patched.cmd" &&
		pass "arm64: the stage passes --lib=drivers/firmware/efi/libstub/lib.a" ||
		fail "arm64: no --lib=drivers/firmware/efi/libstub/lib.a in the stage"
	by_hand
	incremental patched
	revert_patch || fail "$NAME: revert the patch"
}

run_ibt() {
	setup_config ibt x86_64 "" -e 64BIT -e MODULES -e MODULE_UNLOAD \
		-e MODVERSIONS -e SECTION_MISMATCH_WARN_ONLY -e PRINTK \
		-e BINFMT_ELF -e MODULE_ALLOW_MISSING_NAMESPACE_IMPORTS \
		-e X86_KERNEL_IBT -m BINFMT_MISC -m CRC_CCITT || return
	check "ibt: config has X86_KERNEL_IBT, MODULES, MODVERSIONS" \
		eval 'cfg X86_KERNEL_IBT && cfg MODULES && cfg MODVERSIONS'
	compile || return
	stock_reference || return
	apply_patch || { fail "$NAME: apply the patch"; return; }
	patched_stage yes
	case $(cat "$W/patched.cmd") in
	"$MPL "*" vmlinux.a "*"; scripts/mod/modpost "*" vmlinux.o "*"-S")
		pass "ibt: modpost-lite checks vmlinux.a, modpost -S reads vmlinux.o" ;;
	*)	fail "ibt: unexpected stage command: $(cat "$W/patched.cmd")" ;;
	esac
	revert_patch || fail "$NAME: revert the patch"
}

for c in $CONFIGS; do
	t0=$(date +%s)
	case $c in
	x86) run_x86 ;;
	arm64) run_arm64 ;;
	ibt) run_ibt ;;
	*) fail "kbuild: unknown configuration $c" ;;
	esac
	revert_patch || fail "kbuild: revert the patch"
	echo "== $c: $(($(date +%s) - t0)) s"
done
summary
