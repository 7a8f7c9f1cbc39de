#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
#
# Malformed inputs (tests/tools/mkbad.py makes them from an object compiled
# here): each one is given together with a good object that has a known
# mismatch.  The bad input must get exactly its line from
# tests/t0400-malformed.expected, the good object's warning must still be
# printed, and the exit status must be 2.
#
# All of it twice: from a base object of a few KiB, which the scan reads
# whole, and from one padded to more than 16 KiB, whose tables the scan
# reads apart (packed into a buffer of their own: elfobj.c's
# read_tables()), with the same lines expected but where the padding
# changes the file itself (tests/t0400-malformed-parts.expected: a
# truncation that now cuts before the section header table, a section
# moved onto a table that now runs past the end).
. "$(dirname "$0")/lib.sh"

command -v python3 >/dev/null || { skip "malformed inputs: no python3"; exit 0; }
command -v gcc >/dev/null || { skip "malformed inputs: no gcc"; exit 0; }

# malformed_set LABEL PAD N [OVERRIDES]: every case, from a base object
# with the C line PAD added, in $TMP/setN; LABEL is appended to the checks'
# names; OVERRIDES holds the lines that differ for this base object.
malformed_set() {
	local in=$1 pad=$2 T=$TMP/set$3 over=${4:-/dev/null} alt
	local B=$T/bad GOOD WARN subst all n name line rc f k v
	mkdir -p "$T"
	cat >"$T/base.c" <<-EOC
	#define __init __attribute__((__section__(".init.text")))
	#define __initdata __attribute__((__section__(".init.data")))
	int boot_val __initdata = 3;
	int runtime_val = 5;
	int __init board_setup(int x)
	{
		return x * boot_val;
	}
	int driver_probe(int x)
	{
		return x + runtime_val;
	}
	int *driver_table[] = { &runtime_val, &runtime_val };
	$pad
	EOC
	cat >"$T/mismatch.c" <<-'EOC'
	#define __initdata __attribute__((__section__(".init.data")))
	int init_val __initdata = 3;
	int *mismatch_table[] = { &init_val };
	EOC
	if ! mpl_compile gcc "$T/base.c" "$T/base.o" ||
	   ! mpl_compile gcc "$T/mismatch.c" "$T/mismatch.o"; then
		fail "malformed inputs$in: compiling the base objects"
		return
	fi
	if ! python3 "$TOP/tests/tools/mkbad.py" "$T/base.o" "$B"; then
		fail "malformed inputs$in: mkbad.py"
		return
	fi

	# a FIFO: must not block (it would, opened for reading without a writer)
	mkfifo "$B/fifo.o" 2>/dev/null
	GOOD=$T/mismatch.o
	WARN='WARNING: modpost: vmlinux: section mismatch in reference: mismatch_table+0x0 (section: .data) -> init_val (section: .init.data)'

	"$MPL" -j 1 "$GOOD" 2>"$T/err"
	rc=$?
	if [ $rc -eq 0 ] && [ "$(cat "$T/err")" = "$WARN" ]; then
		pass "malformed inputs$in: the good object alone warns"
	else
		fail "malformed inputs$in: the good object alone: exit $rc, $(cat "$T/err")"
	fi

	# @NAME@ in the expected lines: B (the directory) and mkbad.py's vars.
	subst=(-e "s|@B@|$B|g")
	while IFS='=' read -r k v; do
		subst+=(-e "s|@$k@|$v|g")
	done <"$B/vars"

	all=()
	: >"$T/all.expected"
	n=0
	while IFS=$'\t' read -r name line; do
		case $name in '#'* | '') continue ;; esac
		n=$((n + 1))
		alt=$(awk -F'\t' -v n="$name" '$1 == n { print $2 }' "$over")
		[ -z "$alt" ] || line=$alt
		line=$(sed "${subst[@]}" <<<"$line")
		printf '%s\n%s\n' "$line" "$WARN" >"$T/expected"
		echo "$line" >>"$T/all.expected"
		all+=("$B/$name")
		timeout 60 "$MPL" -j 1 "$B/$name" "$GOOD" >"$T/out" 2>"$T/err"
		rc=$?
		if [ $rc -ne 2 ]; then
			fail "malformed $name$in: exit $rc, expected 2"
			sed 's/^/    /' "$T/err" | head -5
			continue
		fi
		check_eq "malformed $name$in: one line, the good object still checked" \
			"$T/expected" "$T/err"
	done <"$TOP/tests/t0400-malformed.expected"

	# Every case mkbad.py made has an expected line.
	for f in "$B"/*; do
		case ${f##*/} in vars | good.o) continue ;; esac
		grep -q "^${f##*/}	" "$TOP/tests/t0400-malformed.expected" ||
			fail "malformed ${f##*/}$in: no expected line"
	done

	# A response file that names itself twice: one line, not one per path.
	printf '@%s\n@%s\n' "$T/loop.rsp" "$T/loop.rsp" >"$T/loop.rsp"
	printf '%s\n%s\n' "modpost-lite: $T/loop.rsp: response files nested too deeply" \
		"$WARN" >"$T/expected"
	timeout 60 "$MPL" -j 1 "@$T/loop.rsp" "$GOOD" >"$T/out" 2>"$T/err"
	rc=$?
	[ $rc -eq 2 ] && pass "malformed @FILE naming itself$in: exit 2" ||
		fail "malformed @FILE naming itself$in: exit $rc"
	check_eq "malformed @FILE naming itself$in: one line" "$T/expected" "$T/err"

	# All at once, with two threads: still one line each, and the warning.
	echo "$WARN" >>"$T/all.expected"
	timeout 120 "$MPL" -j 2 "${all[@]}" "$GOOD" >"$T/out" 2>"$T/err"
	rc=$?
	[ $rc -eq 2 ] && pass "malformed$in: all $n at once: exit 2" ||
		fail "malformed$in: all $n at once: exit $rc"
	check_same_lines "malformed$in: all $n at once: one line each" \
		"$T/all.expected" "$T/err"
}

malformed_set "" "" 0
# 24 KiB of .data: more than the 16 KiB an object is read whole up to
malformed_set " (read in parts)" "char mpl_pad[24576] = { 1 };" 1 \
	"$TOP/tests/t0400-malformed-parts.expected"
