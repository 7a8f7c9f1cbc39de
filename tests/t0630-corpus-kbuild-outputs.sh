#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
#
# What Kbuild made from vmlinux.o, made from the corpus's objects instead:
# vmlinux's Module.symvers lines (--vmlinux-symvers, -o), .vmlinux.export.c
# and modules.builtin.modinfo (--builtin-modinfo), against ld -r + the
# reference modpost -M -o and objcopy -j .modinfo -O binary, on the clean
# and on the injected corpus (whose exports of __init symbols are warnings,
# so the files are still written).
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/corpus.sh"

corpus_setup "corpus outputs"

outputs() {	# outputs LABEL
	local rc
	$LDR -o vmlinux.o --whole-archive vmlinux.a --no-whole-archive
	mkdir -p "$TMP/ref"
	# named vmlinux.o in the current directory, or it is a module
	"$REF" -M -o "$TMP/ref/vmlinux.symvers" vmlinux.o >/dev/null 2>&1
	mv .vmlinux.export.c "$TMP/ref/.vmlinux.export.c"
	objcopy -j .modinfo -O binary vmlinux.o "$TMP/ref/modinfo"
	rm -f vmlinux.o
	"$MPL" -M --vmlinux-symvers="$TMP/mpl.symvers" -o "$TMP/mpl-o.symvers" \
		--vmlinux-export-c="$TMP/mpl.export.c" \
		--builtin-modinfo="$TMP/mpl.modinfo" vmlinux.a 2>/dev/null
	rc=$?
	[ $rc -eq 0 ] && pass "$1: exit 0" || fail "$1: exit $rc"
	check_eq "$1: --vmlinux-symvers = modpost -o on vmlinux.o ($(wc -l <"$TMP/ref/vmlinux.symvers") exports)" \
		"$TMP/ref/vmlinux.symvers" "$TMP/mpl.symvers"
	check_eq "$1: -o = modpost -o on vmlinux.o" \
		"$TMP/ref/vmlinux.symvers" "$TMP/mpl-o.symvers"
	check_eq "$1: --vmlinux-export-c = modpost's .vmlinux.export.c" \
		"$TMP/ref/.vmlinux.export.c" "$TMP/mpl.export.c"
	check_eq "$1: --builtin-modinfo = objcopy -j .modinfo ($(wc -c <"$TMP/ref/modinfo") bytes)" \
		"$TMP/ref/modinfo" "$TMP/mpl.modinfo"
	# --no-checks (the patch's modules.builtin.modinfo rule): the same
	# files, without the section checks' findings
	"$MPL" -M --no-checks --vmlinux-symvers="$TMP/nc.symvers" \
		--vmlinux-export-c="$TMP/nc.export.c" \
		--builtin-modinfo="$TMP/nc.modinfo" vmlinux.a >"$TMP/nc.out" 2>&1
	rc=$?
	[ $rc -eq 0 ] && pass "$1: --no-checks: exit 0" ||
		fail "$1: --no-checks: exit $rc"
	cmp -s "$TMP/mpl.symvers" "$TMP/nc.symvers" &&
		cmp -s "$TMP/mpl.export.c" "$TMP/nc.export.c" &&
		cmp -s "$TMP/mpl.modinfo" "$TMP/nc.modinfo" &&
		pass "$1: --no-checks: the same three files" ||
		fail "$1: --no-checks: the files differ"
	if grep -Eq 'section mismatch|EXPORT_SYMBOL used for' "$TMP/nc.out"; then
		fail "$1: --no-checks: section checks ran"
		sed 's/^/    /' "$TMP/nc.out" | head -5
	else
		pass "$1: --no-checks: no section check's finding"
	fi
}

outputs "corpus outputs, clean"
inject "$T"
outputs "corpus outputs, injected"
grep -q 'section mismatch' "$CORPUS/injected-v.oracle.txt" &&
	pass "corpus outputs: the injected tree has section mismatches" ||
	fail "corpus outputs: no section mismatch in the injected oracle"
grep -q 'EXPORT_SYMBOL' "$CORPUS/injected-v.oracle.txt" &&
	pass "corpus outputs: the injected tree exports __init symbols" ||
	fail "corpus outputs: no export finding in the injected oracle"
