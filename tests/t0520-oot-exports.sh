#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
#
# t0520-oot-exports: exports judged as Kbuild's modpost judges them for
# out-of-tree modules (testdata/oot-exports/README.md), built with
# "make -C KDIR M=DIR V=1 modules" against Debian's linux-headers-6.12.
# modpost-lite must print the lines Kbuild's modpost printed and exit with
# the status modpost's own command (replayed from the V=1 log) has.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/oot.sh"

oot_setup oot-exports

kinds() {	# the kinds of lines modpost-lite reports
	grep -E 'section mismatch in reference|EXPORT_SYMBOL used for|exported twice|is COMMON symbol|\.export_symbol section|was exported|unknown license' "$@" || true
}

# build NAME: make -C KDIR M=$TMP/NAME V=1 modules; sets B_RC, REF_RC
# (modpost's command replayed) and $TMP/NAME.kbuild (its lines)
build() {
	local m=$TMP/$1 cmd
	cp -r "$TOP/testdata/oot-exports/$1" "$m"
	make -C "$KDIR" M="$m" V=1 modules >"$TMP/$1.log" 2>&1
	B_RC=$?
	kinds "$TMP/$1.log" >"$TMP/$1.kbuild"
	cmd=$(grep -E '^ *scripts/mod/modpost ' "$TMP/$1.log" | tail -1)
	if [ -z "$cmd" ]; then
		fail "oot-exports: $1: no modpost command in the V=1 log"
		REF_RC=-1
		return
	fi
	# shellcheck disable=SC2086
	(cd "$KDIR" && exec $cmd) >/dev/null 2>&1
	REF_RC=$?
}

# expect WHAT NAME RC-WANTED MPL-ARGS...: modpost-lite in the module dir
expect() {
	local what=$1 name=$2 want=$3 rc
	shift 3
	(cd "$TMP/$name" && exec "$MPL" "$@") >/dev/null 2>"$TMP/$name.mpl"
	rc=$?
	check_same_lines "oot-exports: $name: $what: Kbuild's lines" \
		"$TMP/$name.kbuild" "$TMP/$name.mpl"
	[ $rc -eq "$want" ] && pass "oot-exports: $name: $what: exit $rc" ||
		fail "oot-exports: $name: $what: exit $rc, want $want"
}

# Two modules of one M= directory export one name: not reported.
build shared
[ $B_RC -eq 0 ] && [ $REF_RC -eq 0 ] && [ -f "$TMP/shared/oot_exp_b.ko" ] &&
	pass "oot-exports: shared: Kbuild built both modules, modpost exit 0" ||
	fail "oot-exports: shared: make exit $B_RC, modpost exit $REF_RC"
expect "-M -T modules.order (external: no vmlinux input)" shared 0 \
	-M -T modules.order
expect "-M -m -T modules.order (-m is modversions, as in modpost)" shared 0 \
	-M -m -T modules.order
expect "-M -K KDIR -T modules.order" shared 0 -M -K "$KDIR" -T modules.order
(cd "$TMP/shared" && "$MPL" -M -m -K "$KDIR" -T modules.order \
	-o "$TMP/shared.symvers") 2>/dev/null
check_eq "oot-exports: shared: -m -K -o writes Kbuild's Module.symvers (CRCs too)" \
	"$TMP/shared/Module.symvers" "$TMP/shared.symvers"
# in-tree judging (-e not in effect because a vmlinux unit is there) is
# t0200's; here -e and no vmlinux are the same
expect "-e -M -T modules.order" shared 0 -e -M -T modules.order

# A module exporting a name vmlinux exports: Kbuild's modpost fails.
build vmdup
[ $B_RC -ne 0 ] && [ $REF_RC -eq 1 ] && [ -s "$TMP/vmdup.kbuild" ] &&
	pass "oot-exports: vmdup: Kbuild's modpost failed with $(wc -l <"$TMP/vmdup.kbuild") line(s)" ||
	fail "oot-exports: vmdup: make exit $B_RC, modpost exit $REF_RC"
expect "-M -K KDIR -T modules.order" vmdup 1 -M -K "$KDIR" -T modules.order
expect "-M -i KDIR/Module.symvers -e -T modules.order" vmdup 1 \
	-M -i "$KDIR/Module.symvers" -e -T modules.order
expect "-M -K KDIR on the .ko's part object" vmdup 1 -M -K "$KDIR" \
	--module "$TMP/vmdup/oot_vmdup" oot_vmdup.o
(cd "$TMP/vmdup" && "$MPL" -M -T modules.order) 2>"$TMP/vmdup.alone"
[ ! -s "$TMP/vmdup.alone" ] &&
	pass "oot-exports: vmdup: without -K/-i nothing is known of vmlinux" ||
	fail "oot-exports: vmdup: without -K: $(cat "$TMP/vmdup.alone")"
