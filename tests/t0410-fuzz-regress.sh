#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
#
# Inputs the fuzzer once crashed on (tests/fuzz/regress/, see
# tests/fuzz/README.md), replayed through $MPL: exit 0, 1 or 2, nothing
# from a sanitizer or valgrind, and with exit 2 one "modpost-lite:" line
# for the object or for each bad archive member.  archive-* files are the
# fuzz-archive target's inputs, which it puts "!<arch>\n" in front of;
# the others are objects.
. "$(dirname "$0")/lib.sh"

n=0
for f in "$TOP"/tests/fuzz/regress/*; do
	[ -f "$f" ] || continue
	name=${f##*/}
	case $name in
	README* | *.md) continue ;;
	archive-*)
		in=$TMP/$name.a
		{ printf '!<arch>\n'; cat "$f"; } >"$in"
		;;
	*)
		in=$TMP/$name.o
		cp "$f" "$in"
		;;
	esac
	n=$((n + 1))
	for opts in "-M -j 1" "-E -j 2"; do
		# shellcheck disable=SC2086
		timeout 60 "$MPL" $opts "$in" >"$TMP/out" 2>"$TMP/err"
		rc=$?
		lines=$(grep -c '^modpost-lite: ' "$TMP/err")
		# one line per bad input (an archive member is an input)
		dups=$(sed -n 's/^modpost-lite: \([^:]*\): .*/\1/p' "$TMP/err" |
		       sort | uniq -d)
		if [ $rc -gt 2 ]; then
			fail "regress $name ($opts): exit $rc"
			head -5 "$TMP/err" | sed 's/^/    /'
		elif grep -qE 'Sanitizer|runtime error|^==[0-9]+==' "$TMP/err"; then
			fail "regress $name ($opts): sanitizer or valgrind report"
			head -5 "$TMP/err" | sed 's/^/    /'
		elif [ $rc -eq 2 ] && { [ "$lines" -lt 1 ] || [ -n "$dups" ]; }; then
			fail "regress $name ($opts): exit 2 with $lines lines"
		else
			pass "regress $name ($opts): exit $rc"
		fi
	done
done
[ $n -gt 0 ] || skip "fuzz regressions: tests/fuzz/regress/ is empty"
