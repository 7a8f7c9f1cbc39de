#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# The link's and the layout's name table (modpost-lite/nametab.c), on its
# own: tests/tools/nametab-test.c stores and looks up 100,000 names, lets
# the table grow, stores a name twice, makes every hash collide and walks
# the indexes of one hash.
. "$(dirname "$0")/lib.sh"

T=$TMP/nametab-test
if ! cc -std=gnu11 -O2 -Wall -Wextra -Werror -D_GNU_SOURCE -I"$TOP/include" -o "$T" \
	"$TOP/tests/tools/nametab-test.c" "$TOP/modpost-lite/nametab.c" \
	"$TOP/modpost-lite/util.c" >"$TMP/cc.log" 2>&1; then
	fail "nametab: build tests/tools/nametab-test.c"
	sed 's/^/    /' "$TMP/cc.log" | head -20
	exit 0
fi
for s in many grow first collide byhash hash; do
	if "$T" "$s" >"$TMP/out" 2>&1; then
		pass "nametab: $s"
	else
		fail "nametab: $s: $(head -1 "$TMP/out")"
	fi
done
