#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# The command line: help, version, usage errors, make install.
. "$(dirname "$0")/lib.sh"

expect_rc() {	# expect_rc WHAT RC CMD...
	local what=$1 want=$2 rc
	shift 2
	"$@" >"$TMP/out" 2>"$TMP/err"
	rc=$?
	[ $rc -eq "$want" ] && pass "$what: exit $want" ||
		fail "$what: exit $rc, expected $want"
}

expect_rc "--help" 0 "$MPL" --help
grep -q -- '-T FILE' "$TMP/out" && grep -q -- '--module' "$TMP/out" &&
	pass "--help lists -T and --module" || fail "--help text"
expect_rc "--version" 0 "$MPL" --version
grep -q '^modpost-lite [0-9]' "$TMP/out" && pass "--version text" ||
	fail "--version text"
expect_rc "no input" 2 "$MPL"
expect_rc "unknown option" 2 "$MPL" --bogus x.o
[ "$(head -1 "$TMP/err")" = "modpost-lite: unknown option '--bogus'" ] &&
	pass "unknown option: named by modpost-lite, not the binary's path" ||
	fail "unknown option message: $(head -1 "$TMP/err")"
expect_rc "option without its argument" 2 "$MPL" -T
[ "$(head -1 "$TMP/err")" = "modpost-lite: option '-T' needs an argument" ] &&
	pass "option without its argument: one line naming it" ||
	fail "missing argument message: $(head -1 "$TMP/err")"
# modpost's flags: what they mean there, accepted with no effect, or refused
for f in -t "-u x" "-d x"; do
	# shellcheck disable=SC2086
	expect_rc "modpost's $f is refused" 2 "$MPL" $f x.o
	grep -q "^modpost-lite: ${f%% *} is not supported: .*use modpost$" "$TMP/err" &&
		pass "modpost's $f: the reason, in one line" ||
		fail "modpost's $f: $(cat "$TMP/err")"
done
printf 'int f(void) { return 0; }\n' >"$TMP/ok.c"
gcc -O2 -fno-pic -c -o "$TMP/ok.o" "$TMP/ok.c"
for f in -w -N -a -b -x -W -m -e -n; do
	expect_rc "modpost's $f is accepted" 0 "$MPL" $f "$TMP/ok.o"
done
expect_rc "-m is modversions, not --module: -M -m -T works" 0 \
	"$MPL" -M -m "$TMP/ok.o"
grep -q -- '--module=NAME' "$TMP/out" || "$MPL" --help | grep -q -- '--module=NAME' &&
	pass "--module has no short form (-m is modpost's modversions)" ||
	fail "--module in --help"
# -n (make -i): a missing input is noted as ignored, as modpost -n does
cp "$TMP/ok.o" "$TMP/gone.o"
(cd "$TMP" && rm -f thin.a && ar cDPrST thin.a ok.o gone.o && rm gone.o)
expect_rc "missing thin member" 2 "$MPL" "$TMP/thin.a"
[ "$(cat "$TMP/err")" = "modpost-lite: $TMP/thin.a($TMP/gone.o): No such file or directory" ] &&
	pass "missing thin member: ARCHIVE(MEMBER): reason" ||
	fail "missing thin member: $(cat "$TMP/err")"
expect_rc "-n: missing thin member" 0 "$MPL" -n "$TMP/thin.a"
[ "$(cat "$TMP/err")" = "modpost-lite: $TMP/thin.a($TMP/gone.o): No such file or directory (ignored)" ] &&
	pass "-n: missing thin member: noted as ignored" ||
	fail "-n: missing thin member: $(cat "$TMP/err")"
expect_rc "-n: missing object" 0 "$MPL" -n "$TMP/gone.o" "$TMP/ok.o"
expect_rc "-n: an object that is no ELF still fails" 2 "$MPL" -n "$TMP/ok.c"
expect_rc "-j 0" 2 "$MPL" -j 0 x.o
expect_rc "unknown format" 2 "$MPL" --format=xml x.o
expect_rc "missing file" 2 "$MPL" "$TMP/nonexistent.o"
if [ "$(cat "$TMP/err")" = "modpost-lite: $TMP/nonexistent.o: No such file or directory" ]; then
	pass "missing file: one line naming it"
else
	fail "missing file message: $(cat "$TMP/err")"
fi

# make install honours PREFIX and DESTDIR
if make -s -C "$TOP" install DESTDIR="$TMP/dest" PREFIX=/opt/mpl >/dev/null 2>&1 &&
   [ -x "$TMP/dest/opt/mpl/bin/modpost-lite" ] &&
   [ -f "$TMP/dest/opt/mpl/share/man/man1/modpost-lite.1" ]; then
	pass "make install PREFIX=/opt/mpl DESTDIR=..."
else
	fail "make install PREFIX=/opt/mpl DESTDIR=..."
fi
if command -v groff >/dev/null; then
	w=$(groff -man -Tutf8 -ww -z "$TOP/man/modpost-lite.1" 2>&1)
	[ -z "$w" ] && pass "man page renders without warnings" ||
		fail "man page: $w"
else
	skip "man page render (groff not installed)"
fi
