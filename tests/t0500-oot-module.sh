#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
#
# t0500-oot-module: testdata/oot-module, built as an out-of-tree module
# against Debian's linux-headers-6.12.*-amd64 with the usual
# "make -C KDIR M=DIR modules".  Kbuild's own modpost prints the module's
# section mismatches during that build; modpost-lite must print exactly
# those lines when given the .ko, the part objects with --module, or the
# module directory's modules.order with -T.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/oot.sh"

oot_setup oot-module

M=$TMP/oot
cp -r "$TOP/testdata/oot-module" "$M"
if ! make -C "$KDIR" M="$M" modules >"$TMP/build.log" 2>&1 ||
   [ ! -f "$M/oot_demo.ko" ]; then
	fail "oot-module: make -C $KDIR M=... modules"
	tail -20 "$TMP/build.log" | sed 's/^/    /'
	exit 0
fi
pass "oot-module: built against $(basename "$KDIR")"
grep '^WARNING: modpost: \|^ERROR: modpost: ' "$TMP/build.log" >"$TMP/kbuild.txt"
name=$M/oot_demo
# the kinds testdata/oot-module has: text->init (same file and across
# files), data->init, data->exit, init->exit (across files), exported init
# and exit symbols
n=$(grep -c "modpost: $name: " "$TMP/kbuild.txt")
if [ "$n" -eq 8 ] &&
   grep -q '(section: .text) -> .*(section: .init.text)' "$TMP/kbuild.txt" &&
   grep -q '(section: .data) -> .*(section: .exit.text)' "$TMP/kbuild.txt" &&
   grep -q '(section: .init.text) -> .*(section: .exit.text)' "$TMP/kbuild.txt" &&
   grep -q 'EXPORT_SYMBOL used for init symbol' "$TMP/kbuild.txt"; then
	pass "oot-module: Kbuild's modpost printed the 8 expected lines for DIR/oot_demo"
else
	fail "oot-module: Kbuild's modpost printed $n lines for $name, expected 8"
	sed 's/^/    /' "$TMP/kbuild.txt"
fi

# run WHAT OUT ARGS...: modpost-lite -M ARGS in the module directory
run() {
	local what=$1 out=$2 rc
	shift 2
	(cd "$M" && exec "$MPL" -M "$@") >/dev/null 2>"$out"
	rc=$?
	[ $rc -eq 0 ] || fail "oot-module: $what: exit $rc"
	check_same_lines "oot-module: $what = Kbuild's modpost" "$TMP/kbuild.txt" "$out"
}
run "modpost-lite DIR/oot_demo.ko" "$TMP/ko.txt" "$name.ko"
run "modpost-lite --module DIR/oot_demo (the objects of oot_demo.mod)" "$TMP/mod.txt" \
	--module "$name" $(cat "$M/oot_demo.mod")
run "modpost-lite --module DIR/oot_demo oot_main.o oot_ops.o oot_table.o" \
	"$TMP/mod2.txt" --module "$name" oot_main.o oot_ops.o oot_table.o
run "modpost-lite -T modules.order" "$TMP/order.txt" -T modules.order
run "modpost-lite -T - <modules.order" "$TMP/stdin.txt" -T - <"$M/modules.order"

# The linked module object Kbuild's modpost read, for comparison.
run "modpost-lite --module DIR/oot_demo oot_demo.o (the linked object)" "$TMP/o.txt" \
	--module "$name" oot_demo.o

# The reference modpost from linux-kbuild on the same oot_demo.o.
if REF=$(ref_modpost); then
	(cd "$M" && "$REF" -M -o /dev/null "$name.o") >/dev/null 2>"$TMP/ref.all"
	grep -E 'section mismatch|EXPORT_SYMBOL used' "$TMP/ref.all" >"$TMP/ref.txt"
	check_same_lines "oot-module: reference modpost on oot_demo.o = Kbuild's lines" \
		"$TMP/kbuild.txt" "$TMP/ref.txt"
else
	skip "oot-module: reference modpost (linux-kbuild-6.12.*) not installed"
fi

# A .ko has no .export_symbol section: without -M nothing about exports.
(cd "$M" && "$MPL" "$name.ko") 2>"$TMP/noM.txt"
grep -v 'EXPORT_SYMBOL' "$TMP/kbuild.txt" >"$TMP/kbuild-noM.txt"
check_same_lines "oot-module: DIR/oot_demo.ko without -M: no export lines" \
	"$TMP/kbuild-noM.txt" "$TMP/noM.txt"

# A ".ko" that still has its .export_symbol section (the parts linked with
# ld -r): exports are taken from that section, each reported once.
(cd "$M" && ld -r -o "$TMP/keep.ko" oot_main.o oot_ops.o oot_table.o &&
	"$MPL" -M "$TMP/keep.ko") 2>"$TMP/keep.txt"
sed "s|modpost: $name: |modpost: $TMP/keep: |" "$TMP/kbuild.txt" >"$TMP/keep-want.txt"
check_same_lines "oot-module: a .ko with .export_symbol: each export reported once" \
	"$TMP/keep-want.txt" "$TMP/keep.txt"
