#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
#
# t0710-baseline-keys: baseline keys of names the compiler numbers.
# testdata/counters/counters.c is compiled twice with the kernel's flags;
# -DMPL_MORE_COUNTERS adds one __COUNTER__ use and one more
# function-local static, which renumbers __UNIQUE_ID_hookN and gcc's
# __already_done.N.  Each build must print what ld -r + the reference
# modpost print, and a baseline of the first must leave no new finding in
# the second.
. "$(dirname "$0")/lib.sh"

command -v gcc >/dev/null || { skip "baseline keys: no gcc"; exit 0; }
SRC=$TOP/testdata/counters/counters.c
mkdir -p "$TMP/a" "$TMP/b"
if ! mpl_compile gcc "$SRC" "$TMP/a/counters.o" ||
   ! gcc "${MPL_KCFLAGS[@]}" -DMPL_MORE_COUNTERS -c -o "$TMP/b/counters.o" "$SRC"; then
	fail "baseline keys: compiling $SRC"
	exit 0
fi

# The builds differ in exactly the numbered names.
syms() { nm "$1" | grep -o '__UNIQUE_ID_hook[0-9]*\|__already_done\.[0-9]*' | sort | paste -sd' '; }
sa=$(syms "$TMP/a/counters.o") sb=$(syms "$TMP/b/counters.o")
if [ "$sa" = "__UNIQUE_ID_hook0 __already_done.0" ] &&
   [ "$sb" = "__UNIQUE_ID_hook1 __already_done.0 __already_done.1" ]; then
	pass "baseline keys: the second build renumbers ($sa -> $sb)"
else
	fail "baseline keys: names '$sa' and '$sb'"
fi

for v in a b; do
	mpl_ref_run "$TMP/$v" "$TMP/$v.ref" -- "$TMP/$v/counters.o"
	ref_rc=$?
	if [ $ref_rc -eq 125 ]; then
		skip "baseline keys: reference modpost (linux-kbuild-6.12.*) not installed"
		break
	fi
	"$MPL" "$TMP/$v/counters.o" 2>"$TMP/$v.mpl"
	rc=$?
	check_same_lines "baseline keys: build $v = ld -r + reference modpost" \
		"$TMP/$v.ref" "$TMP/$v.mpl"
	[ $rc -eq $ref_rc ] && pass "baseline keys: build $v: exit status $rc" ||
		fail "baseline keys: build $v: exit $rc, reference $ref_rc"
done

BL=$TMP/known.txt
"$MPL" --write-baseline "$BL" "$TMP/a/counters.o" 2>/dev/null
cat >"$TMP/want" <<'EOF'
# modpost-lite baseline v2: unit	rule	from	from-section	to	to-section
vmlinux	text-to-init-exit	__UNIQUE_ID_hook	.data	demo_setup	.init.text
vmlinux	text-to-init-exit	__already_done	.data	demo_setup	.init.text
EOF
check_eq "baseline keys: no counters in the keys" "$TMP/want" "$BL"
"$MPL" -E --baseline "$BL" "$TMP/b/counters.o" >"$TMP/out" 2>&1
rc=$?
[ $rc -eq 0 ] && [ ! -s "$TMP/out" ] &&
	pass "baseline keys: the renumbered build has no new findings (-E, exit 0)" ||
	fail "baseline keys: the renumbered build: exit $rc, $(head -1 "$TMP/out")"
