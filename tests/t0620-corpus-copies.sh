#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
#
# The benchmark's growth copies, checked: two copies of the injected build
# made by tools/mkcopy.c (every symbol renamed "cN_", export labels kept
# valid) and linked together.  Each copy's references must resolve inside
# that copy, the renamed names go through modpost's allow-lists, and the
# result must be what ld -r + the reference modpost print for the same
# objects.  It also shows that the copies the benchmark times are a clean
# kernel's work, not a flood of "strange symbol" errors.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/corpus.sh"

corpus_setup "corpus copies"
inject "$T"
# How many mismatches one injected tree has: known for the stored corpus,
# from ld -r + the reference on the tree for one built by make corpus.
if corpus_is_stored; then
	m=$(grep -c 'section mismatch in reference' "$CORPUS/injected-v.oracle.txt")
else
	$LDR -o vmlinux.o --whole-archive vmlinux.a --no-whole-archive
	"$REF" -M -o /dev/null vmlinux.o 2>"$TMP/one.txt"
	rm -f vmlinux.o
	m=$(grep -c 'section mismatch in reference' "$TMP/one.txt")
fi
if ! cc -O2 -o "$TMP/mkcopy" "$TOP/tools/mkcopy.c" -lelf; then
	fail "corpus copies: tools/mkcopy.c does not build"
	exit 0
fi
ar t vmlinux.a >"$TMP/objs.list"
C=$TMP/copies
for c in 0 1; do
	"$TMP/mkcopy" "c${c}_" "$T" "$C/c$c" <"$TMP/objs.list" ||
		fail "corpus copies: mkcopy c${c}_"
done
rm -rf "$T"
cd "$C" || exit 1
for c in 0 1; do sed "s|^|c$c/|" "$TMP/objs.list"; done |
	xargs ar cDPrST vmlinux.a

same_as_ld_ref "corpus copies"
n=$(grep -c 'section mismatch in reference' "$TMP/ref.txt")
if [ "$n" -eq $((2 * m)) ]; then
	pass "corpus copies: reference finds each of the $m mismatches twice"
else
	fail "corpus copies: reference finds $n mismatches, expected $((2 * m))"
fi
if grep -q 'strange symbol\|exported twice' "$TMP/ref.txt"; then
	fail "corpus copies: export labels broken by the renaming"
else
	pass "corpus copies: no strange export labels, nothing exported twice"
fi
