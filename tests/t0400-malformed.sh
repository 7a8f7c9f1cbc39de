#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
#
# Malformed inputs (tests/tools/mkbad.py makes them from an object compiled
# here): each one is given together with a good object that has a known
# mismatch.  The bad input must get exactly its line from
# tests/t0400-malformed.expected, the good object's warning must still be
# printed, and the exit status must be 2.
. "$(dirname "$0")/lib.sh"

command -v python3 >/dev/null || { skip "malformed inputs: no python3"; exit 0; }
command -v gcc >/dev/null || { skip "malformed inputs: no gcc"; exit 0; }

B=$TMP/bad
cat >"$TMP/base.c" <<'EOC'
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
EOC
cat >"$TMP/mismatch.c" <<'EOC'
#define __initdata __attribute__((__section__(".init.data")))
int init_val __initdata = 3;
int *mismatch_table[] = { &init_val };
EOC
if ! mpl_compile gcc "$TMP/base.c" "$TMP/base.o" ||
   ! mpl_compile gcc "$TMP/mismatch.c" "$TMP/mismatch.o"; then
	fail "malformed inputs: compiling the base objects"
	exit 0
fi
if ! python3 "$TOP/tests/tools/mkbad.py" "$TMP/base.o" "$B"; then
	fail "malformed inputs: mkbad.py"
	exit 0
fi

# a FIFO: must not block (it would, opened for reading without a writer)
mkfifo "$B/fifo.o" 2>/dev/null
GOOD=$TMP/mismatch.o
WARN='WARNING: modpost: vmlinux: section mismatch in reference: mismatch_table+0x0 (section: .data) -> init_val (section: .init.data)'

"$MPL" -j 1 "$GOOD" 2>"$TMP/err"
rc=$?
if [ $rc -eq 0 ] && [ "$(cat "$TMP/err")" = "$WARN" ]; then
	pass "malformed inputs: the good object alone warns"
else
	fail "malformed inputs: the good object alone: exit $rc, $(cat "$TMP/err")"
fi

# @NAME@ in the expected lines: B (the directory) and mkbad.py's vars.
subst=(-e "s|@B@|$B|g")
while IFS='=' read -r k v; do
	subst+=(-e "s|@$k@|$v|g")
done <"$B/vars"

all=()
: >"$TMP/all.expected"
n=0
while IFS=$'\t' read -r name line; do
	case $name in '#'* | '') continue ;; esac
	n=$((n + 1))
	line=$(sed "${subst[@]}" <<<"$line")
	printf '%s\n%s\n' "$line" "$WARN" >"$TMP/expected"
	echo "$line" >>"$TMP/all.expected"
	all+=("$B/$name")
	timeout 60 "$MPL" -j 1 "$B/$name" "$GOOD" >"$TMP/out" 2>"$TMP/err"
	rc=$?
	if [ $rc -ne 2 ]; then
		fail "malformed $name: exit $rc, expected 2"
		sed 's/^/    /' "$TMP/err" | head -5
		continue
	fi
	check_eq "malformed $name: one line, the good object still checked" \
		"$TMP/expected" "$TMP/err"
done <"$TOP/tests/t0400-malformed.expected"

# Every case mkbad.py made has an expected line.
for f in "$B"/*; do
	case ${f##*/} in vars | good.o) continue ;; esac
	grep -q "^${f##*/}	" "$TOP/tests/t0400-malformed.expected" ||
		fail "malformed ${f##*/}: no expected line"
done

# A response file that names itself twice: one line, not one per path.
printf '@%s\n@%s\n' "$TMP/loop.rsp" "$TMP/loop.rsp" >"$TMP/loop.rsp"
printf '%s\n%s\n' "modpost-lite: $TMP/loop.rsp: response files nested too deeply" \
	"$WARN" >"$TMP/expected"
timeout 60 "$MPL" -j 1 "@$TMP/loop.rsp" "$GOOD" >"$TMP/out" 2>"$TMP/err"
rc=$?
[ $rc -eq 2 ] && pass "malformed @FILE naming itself: exit 2" ||
	fail "malformed @FILE naming itself: exit $rc"
check_eq "malformed @FILE naming itself: one line" "$TMP/expected" "$TMP/err"

# All at once, with two threads: still one line each, and the warning.
echo "$WARN" >>"$TMP/all.expected"
timeout 120 "$MPL" -j 2 "${all[@]}" "$GOOD" >"$TMP/out" 2>"$TMP/err"
rc=$?
[ $rc -eq 2 ] && pass "malformed: all $n at once: exit 2" ||
	fail "malformed: all $n at once: exit $rc"
check_same_lines "malformed: all $n at once: one line each" \
	"$TMP/all.expected" "$TMP/err"
