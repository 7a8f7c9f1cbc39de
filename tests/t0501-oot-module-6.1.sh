#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
#
# t0501-oot-module-6.1: testdata/oot-module-6.1, an out-of-tree module with
# Linux 6.1 section mismatches of several kinds (text/data -> init, exit
# and meminit, meminit -> init, exit -> meminit, init -> exit across
# files, exported init and exit symbols, *driver and *_template tables,
# an __ex_table fixup in an unknown executable section), built with the
# usual "make -C KDIR M=DIR modules" against the newest installed
# /usr/src/linux-headers-6.1.0-*-amd64.  Kbuild's own 6.1 modpost prints
# the module's lines during that build; its command is taken from
# "make V=1" and replayed (same directory, same inputs) for its exit status
# and for -W and -E.  modpost-lite must print exactly those lines, with
# that status, for the .ko with no --kernel (the profile comes from the
# module's vermagic) and for -T modules.order in the module directory
# (6.1's modules.order lists .ko files), and for the other input forms.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/oot.sh"

oot_setup oot-module-6.1 6.1

M=$TMP/oot61
cp -r "$TOP/testdata/oot-module-6.1" "$M"
if ! make -C "$KDIR" M="$M" V=1 modules >"$TMP/build.out" 2>"$TMP/build.err" ||
   [ ! -f "$M/oot61.ko" ]; then
	fail "oot-module-6.1: make -C $KDIR M=... modules"
	tail -20 "$TMP/build.err" | sed 's/^/    /'
	exit 0
fi
pass "oot-module-6.1: built against $(basename "$KDIR")"
if grep -q 'vermagic=6\.1\.' "$M/oot61.ko"; then
	pass "oot-module-6.1: the .ko's vermagic is a 6.1 one"
else
	fail "oot-module-6.1: no vermagic=6.1. in oot61.ko"
fi
if grep -q '\.ko$' "$M/modules.order"; then
	pass "oot-module-6.1: modules.order lists .ko files"
else
	fail "oot-module-6.1: modules.order: $(cat "$M/modules.order")"
fi

# Kbuild's modpost command (make V=1 echoes it; it runs in KDIR).
cmd=$(grep 'scripts/mod/modpost ' "$TMP/build.out" | tail -n1 | sed 's/^[[:space:]]*//')
if [ -z "$cmd" ]; then
	fail "oot-module-6.1: no modpost command in the make V=1 output"
	exit 0
fi
# replay OUT [OPTION...]: Kbuild's modpost command with its output file in
# TMP and the options added; its stderr to OUT, returns its status
replay() {
	local out=$1 c
	shift
	c=$(printf '%s\n' "$cmd" | sed -e "s|-o [^ ]*Module.symvers|-o $TMP/replay.symvers|" \
		-e "s|scripts/mod/modpost |scripts/mod/modpost $* |")
	(cd "$KDIR" && bash -c "$c") >/dev/null 2>"$out"
}
replay "$TMP/kbuild.txt"
rc_kbuild=$?
replay "$TMP/kbuild-W.txt" -W
rc_kbuild_W=$?
replay "$TMP/kbuild-E.txt" -E
rc_kbuild_E=$?

# The replay must be what the build printed: a contiguous block of make's
# stderr (which also holds compiler and BTF notes).
if python3 - "$TMP/build.err" "$TMP/kbuild.txt" <<'PY'
import sys
build = open(sys.argv[1]).read().splitlines()
mine = open(sys.argv[2]).read().splitlines()
ok = bool(mine) and any(build[i:i + len(mine)] == mine
                        for i in range(len(build) - len(mine) + 1))
sys.exit(0 if ok else 1)
PY
then
	pass "oot-module-6.1: the replayed modpost prints what Kbuild's modpost printed ($(wc -l <"$TMP/kbuild.txt") lines)"
else
	fail "oot-module-6.1: the replayed modpost command differs from the build's output"
	diff "$TMP/build.err" "$TMP/kbuild.txt" | head -20 | sed 's/^/    /'
fi

name=$M/oot61
n=$(grep -c "^WARNING: modpost: $name\.o" "$TMP/kbuild.txt")
if [ "$n" -ge 14 ] &&
   grep -q '(section: .text[a-z.]*) -> .*(section: .meminit.text)' "$TMP/kbuild.txt" &&
   grep -q '(section: .meminit.text) -> .*(section: .init.text)' "$TMP/kbuild.txt" &&
   grep -q 'init_module (section: .init.text) -> .*(section: .exit.text)' "$TMP/kbuild.txt" &&
   grep -q 'EXPORT_SYMBOL used for init/exit symbol: oot61_start' "$TMP/kbuild.txt" &&
   grep -q "^WARNING: modpost: $name\.o(__ex_table+" "$TMP/kbuild.txt" &&
   ! grep -q 'oot61_template' "$TMP/kbuild.txt" &&
   ! grep -q 'oot61_driver .*exit' "$TMP/kbuild.txt" &&
   grep -q 'oot61_driver .*exit' "$TMP/kbuild-W.txt"; then
	pass "oot-module-6.1: Kbuild's modpost printed the expected kinds ($n lines for DIR/oot61.o)"
else
	fail "oot-module-6.1: Kbuild's modpost printed unexpected lines for $name.o"
	sed 's/^/    /' "$TMP/kbuild.txt"
fi

# run WHAT EXPECTED WANT-STATUS [STDIN] -- ARGS...: modpost-lite ARGS in the
# module directory
run() {
	local what=$1 exp=$2 want=$3 in=/dev/null rc
	shift 3
	if [ "$1" != "--" ]; then in=$1; shift; fi
	shift
	(cd "$M" && exec timeout 60 "$MPL" "$@") <"$in" >"$TMP/run.err.out" 2>"$TMP/run.err"
	rc=$?
	check_status "oot-module-6.1: $what: exit status = Kbuild's modpost's" "$rc" "$want"
	check_mpl_lines "oot-module-6.1: $what = Kbuild's modpost" "$exp" "$TMP/run.err"
}
K=$TMP/kbuild.txt
run "modpost-lite DIR/oot61.ko (no --kernel)" "$K" "$rc_kbuild" -- "$name.ko"
run "modpost-lite -T modules.order (no --kernel)" "$K" "$rc_kbuild" -- -T modules.order
run "modpost-lite --kernel=6.1 -T modules.order" "$K" "$rc_kbuild" -- --kernel=6.1 -T modules.order
run "modpost-lite --kernel=6.1 -T - <modules.order" "$K" "$rc_kbuild" "$M/modules.order" -- \
	--kernel=6.1 -T -
run "modpost-lite -M DIR/oot61.ko" "$K" "$rc_kbuild" -- -M "$name.ko"
# shellcheck disable=SC2046 # oot61.mod: one path a line
run "modpost-lite --kernel=6.1 --module DIR/oot61 (the objects of oot61.mod)" "$K" "$rc_kbuild" -- \
	--kernel=6.1 --module "$name" $(cat "$M/oot61.mod")
run "modpost-lite --kernel=6.1 --module DIR/oot61 oot61.o (the linked object)" "$K" "$rc_kbuild" -- \
	--kernel=6.1 --module "$name" oot61.o
run "modpost-lite -W DIR/oot61.ko = Kbuild's modpost -W (W=1)" "$TMP/kbuild-W.txt" "$rc_kbuild_W" -- \
	-W "$name.ko"
run "modpost-lite -W -T modules.order" "$TMP/kbuild-W.txt" "$rc_kbuild_W" -- -W -T modules.order
run "modpost-lite -E DIR/oot61.ko = Kbuild's modpost -E" "$TMP/kbuild-E.txt" "$rc_kbuild_E" -- \
	-E "$name.ko"

# The 6.1 reference from linux-kbuild-6.1 on the same oot61.o gives the
# same section-check lines (the replay above is Kbuild's own binary).
if REF=$(ref_modpost 6.1); then
	(cd "$M" && "$REF" -m -e -i "$KDIR/Module.symvers" -o "$TMP/ref.symvers" "$name.o") \
		>/dev/null 2>"$TMP/ref.txt"
	check_same_lines "oot-module-6.1: linux-kbuild-6.1's modpost on oot61.o = Kbuild's lines" \
		"$K" "$TMP/ref.txt"
else
	skip "oot-module-6.1: linux-kbuild-6.1 reference (apt-get install $(ref_package 6.1))"
fi
