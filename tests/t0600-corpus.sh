#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
#
# The real-kernel corpus (Linux 6.12 x86_64 defconfig), read as Kbuild
# hands it over: vmlinux.a (a thin archive) and -T modules.order.  Clean
# and injected builds must print what ld -r + the reference modpost print
# on that very tree; on the stored corpus also what is known of it (the
# clean build prints nothing, the injected one the reference's 88 lines
# in injected-v.oracle.txt).  Thread count must not matter.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/corpus.sh"

corpus_setup "corpus"

if corpus_is_stored; then
	"$MPL" -M vmlinux.a -T modules.order 2>"$TMP/clean.err"
	rc=$?
	if [ $rc -eq 0 ] && [ ! -s "$TMP/clean.err" ]; then
		pass "corpus clean: no output, exit 0"
	else
		fail "corpus clean: exit $rc, output:"
		head -5 "$TMP/clean.err" | sed 's/^/    /'
	fi
else
	same_as_ld_ref "corpus clean ($(sed -n 's/^gcc: //p' "$CORPUS/corpus.info" | cut -d' ' -f1))"
fi

# Each module against the reference run on its linked .o, as Kbuild does.
"$REF" -M -o /dev/null -T modules.order 2>"$TMP/ref-mod.all"
mismatch_lines "$TMP/ref-mod.all" >"$TMP/ref-mod.txt"
"$MPL" -M -T modules.order 2>"$TMP/mpl-mod.txt"
check_same_lines "corpus modules via -T and .mod files" "$TMP/ref-mod.txt" \
	"$TMP/mpl-mod.txt"
: >"$TMP/mpl-ko.txt"
while read -r m; do
	"$MPL" -M "${m%.o}.ko" 2>>"$TMP/mpl-ko.txt"
done <modules.order
# a .ko names its unit after its path, as modpost names the module .o
check_same_lines "corpus modules as .ko files" "$TMP/ref-mod.txt" \
	"$TMP/mpl-ko.txt"

inject "$T"
same_as_ld_ref "corpus injected"
cp "$TMP/mpl.txt" "$TMP/inj.txt"
if corpus_is_stored; then
	check_same_lines "corpus injected: the reference's 88 lines" \
		"$CORPUS/injected-v.oracle.txt" "$TMP/inj.txt"
fi
n=$(grep -c 'section mismatch in reference' "$TMP/inj.txt")
[ "$n" -ge 24 ] &&
	pass "corpus injected: $n mismatches, at least one per injected symbol" ||
	fail "corpus injected: only $n mismatches for 24 injected symbols"

"$MPL" -M -E vmlinux.a 2>"$TMP/injE.txt"
rc=$?
if [ $rc -eq 1 ] && tail -2 "$TMP/injE.txt" | head -1 |
	grep -qx 'ERROR: modpost: Section mismatches detected.'; then
	pass "corpus injected -E: exit 1 and the ERROR text"
else
	fail "corpus injected -E: exit $rc"
fi

for j in 1 2 8; do
	"$MPL" -M -j$j vmlinux.a 2>"$TMP/inj-j$j.txt"
done
check_eq "corpus injected: -j1 and -j2 byte-identical" "$TMP/inj-j1.txt" \
	"$TMP/inj-j2.txt"
check_eq "corpus injected: -j1 and -j8 byte-identical" "$TMP/inj-j1.txt" \
	"$TMP/inj-j8.txt"
"$MPL" -M -j2 vmlinux.a 2>"$TMP/inj-again.txt"
check_eq "corpus injected: two runs byte-identical" "$TMP/inj-j2.txt" \
	"$TMP/inj-again.txt"

# The same objects as a response file (paths relative to the tree).
ar t vmlinux.a >"$TMP/objs.list"
"$MPL" -M "@$TMP/objs.list" 2>"$TMP/inj-rsp.txt"
check_eq "corpus injected: @response file same as vmlinux.a" \
	"$TMP/inj-j1.txt" "$TMP/inj-rsp.txt"

# A regular (non-thin) archive of the same objects.
ar rcs "$TMP/vmlinux-full.a" $(cat "$TMP/objs.list") 2>/dev/null
"$MPL" -M "$TMP/vmlinux-full.a" 2>"$TMP/inj-full.txt"
sed "s|$TMP/vmlinux-full.a|vmlinux.a|" "$TMP/inj-full.txt" >/dev/null
check_eq "corpus injected: regular archive same as thin" \
	"$TMP/inj-j1.txt" "$TMP/inj-full.txt"
