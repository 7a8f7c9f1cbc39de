#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
#
# t0601-corpus-6.1: the Linux 6.1 profile at kernel scale.  The corpus is a
# 6.12 build, but 6.1's modpost judges its vmlinux.o all the same (with 6.1's
# rules, allow-list and symbol searches over 143,000 symbols, 40,000 of them
# globals whose order is ld's hash table's), so modpost-lite --kernel=6.1
# on vmlinux.a must print what ld -r + Debian's linux-kbuild-6.1 modpost
# print: for the clean tree, the injected one, and the injected one with
# -E and -W, with the same exit status; for the modules through
# -T modules.order; and for the tree with sections of every 53rd object
# renamed into init, exit and meminit sections (as t0610 does, plus
# .meminit.*), which makes thousands of mismatches across objects.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/corpus.sh"

corpus_setup corpus-6.1 6.1

# same61 LABEL [OPTION...]: vmlinux.a against ld -r + the 6.1 reference
same61() {
	local what=$1 rc ref_rc
	shift
	"$REF" "$@" -o /dev/null vmlinux.o 2>"$TMP/ref.txt"
	ref_rc=$?
	"$MPL" --kernel=6.1 "$@" vmlinux.a 2>"$TMP/mpl.txt"
	rc=$?
	check_same_lines "$what: same lines as ld -r + 6.1's modpost ($(wc -l <"$TMP/ref.txt") lines)" \
		"$TMP/ref.txt" "$TMP/mpl.txt"
	check_status "$what: same exit status" "$rc" "$ref_rc"
}

$LDR -o vmlinux.o --whole-archive vmlinux.a --no-whole-archive
same61 "corpus-6.1 clean"

# the modules: modules.order as 6.1's Kbuild writes it (X.ko lines)
sed 's/\.o$/.ko/' modules.order >modules.order-6.1
sed 's/ko$/o/' modules.order-6.1 | "$REF" -o /dev/null -T - >/dev/null 2>"$TMP/ref-mod.all"
mismatch_lines "$TMP/ref-mod.all" >"$TMP/ref-mod.txt"
"$MPL" -T modules.order-6.1 2>"$TMP/mpl-mod.txt"
check_same_lines "corpus-6.1 modules via -T (X.ko lines) and .mod files" \
	"$TMP/ref-mod.txt" "$TMP/mpl-mod.txt"

inject "$T"
rm -f vmlinux.o
$LDR -o vmlinux.o --whole-archive vmlinux.a --no-whole-archive
same61 "corpus-6.1 injected"
same61 "corpus-6.1 injected -E" -E
same61 "corpus-6.1 injected -W" -W

corpus_mutate 53 meminit
rm -f vmlinux.o
$LDR -o vmlinux.o --whole-archive vmlinux.a --no-whole-archive
same61 "corpus-6.1 mutated"
n=$(wc -l <"$TMP/ref.txt")
[ "$n" -gt 1000 ] && pass "corpus-6.1 mutated: the reference reports $n lines" ||
	fail "corpus-6.1 mutated: the reference reports only $n lines"
rm -f vmlinux.o
