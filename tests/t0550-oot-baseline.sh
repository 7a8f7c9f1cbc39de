#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
#
# t0550-oot-baseline: baselines survive rebuilds and checkouts.
# testdata/oot-counter's mismatches come from names made with __COUNTER__
# (__UNIQUE_ID_ctr_hookN).  It is built by Kbuild against Debian's
# linux-headers-6.12.*-amd64 in two copies at different paths; in the
# second, ctr_hooks.c gains one more __COUNTER__ use (a MODULE_INFO line),
# which renumbers the names Kbuild's modpost prints.  A baseline written in
# the first copy must leave no new finding in the second (-T list, .ko.xz,
# directory), and a finding whose key is missing must still be reported.
# testdata/oot-pair, one module name in two directories a/ and b/ of a
# tree, must stay two keys.  Old (v1) and malformed baseline files get one
# line "modpost-lite: FILE:LINE: reason" and exit status 2.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/oot.sh"

oot_setup "oot baseline"

C1=$TMP/work/one/ctr
C2=$TMP/elsewhere/two/ctr
mkdir -p "${C1%/*}" "${C2%/*}"
cp -r "$TOP/testdata/oot-counter" "$C1"
cp -r "$TOP/testdata/oot-counter" "$C2"
sed -i 's|^/\* MPL-COUNTER:.*|MODULE_INFO(mpl_copy, "two");|' "$C2/ctr_hooks.c"
grep -q '^MODULE_INFO(mpl_copy' "$C2/ctr_hooks.c" ||
	{ fail "oot baseline: the second copy's edit"; exit 0; }
oot_build "oot baseline: copy 1" "$C1" || exit 0
oot_build "oot baseline: copy 2" "$C2" || exit 0

# The edit renumbered the __UNIQUE_ID names Kbuild's modpost printed.
ids() { grep -o '__UNIQUE_ID_ctr_hook[0-9]*' "$1" | sort | paste -sd' '; }
id1=$(ids "$C1.kbuild") id2=$(ids "$C2.kbuild")
n1=$(grep -c . "$C1.kbuild")
if [ "$n1" -eq 3 ] && [ -n "$id1" ] && [ -n "$id2" ] && [ "$id1" != "$id2" ]; then
	pass "oot baseline: Kbuild printed 3 lines in each copy, renumbered ($id1 -> $id2)"
else
	fail "oot baseline: Kbuild printed $n1 lines, names '$id1' and '$id2'"
fi

for c in "$C1" "$C2"; do
	oot_replay "$c" "$TMP/replay.txt"
	ref_rc=$?
	(cd "$c" && oot_mpl "$TMP/mpl.txt" -T modules.order)
	rc=$?
	check_same_lines "oot baseline: ${c#$TMP/}: -T modules.order = Kbuild's modpost" \
		"$c.kbuild" "$TMP/mpl.txt"
	check_rc "oot baseline: ${c#$TMP/}: -T modules.order" $rc $ref_rc
done

BL=$TMP/known.txt
(cd "$C1" && oot_mpl "$TMP/w.txt" --write-baseline "$BL" -T modules.order)
check_rc "oot baseline: --write-baseline in copy 1" $? 0
printf '# modpost-lite baseline v2: unit\trule\tfrom\tfrom-section\tto\tto-section\n' >"$TMP/bl.want"
printf 'oot_ctr\ttext-to-init-exit\t%s\t%s\t%s\t%s\n' \
	__UNIQUE_ID_ctr_hook .data ctr_early_setup .init.text \
	__UNIQUE_ID_ctr_hook .data ctr_late_setup .init.text \
	ctr_lookup .text ctr_boot_values .init.data >>"$TMP/bl.want"
check_eq "oot baseline: keys without counters or paths" "$TMP/bl.want" "$BL"

(cd "$C2" && oot_mpl "$TMP/b.txt" -E --baseline "$BL" -T modules.order)
rc=$?
[ $rc -eq 0 ] && [ ! -s "$TMP/b.txt" ] &&
	pass "oot baseline: copy 2, -T modules.order, -E: no new findings, exit 0" ||
	fail "oot baseline: copy 2, -T modules.order: exit $rc, $(head -1 "$TMP/b.txt")"
xz -k "$C2/oot_ctr.ko"
oot_mpl "$TMP/b.txt" -E --baseline "$BL" "$C2/oot_ctr.ko.xz"
rc=$?
[ $rc -eq 0 ] && [ ! -s "$TMP/b.txt" ] &&
	pass "oot baseline: copy 2, DIR/oot_ctr.ko.xz, -E: no new findings, exit 0" ||
	fail "oot baseline: copy 2, DIR/oot_ctr.ko.xz: exit $rc, $(head -1 "$TMP/b.txt")"
# A directory's modules are keyed relative to it: extra/ holds oot_ctr.
mkdir -p "$TMP/inst/kernel/extra"
mv "$C2/oot_ctr.ko.xz" "$TMP/inst/kernel/extra/"
(cd / && oot_mpl "$TMP/b.txt" -E --baseline "$BL" "$TMP/inst/kernel/extra")
rc=$?
[ $rc -eq 0 ] && [ ! -s "$TMP/b.txt" ] &&
	pass "oot baseline: copy 2 installed, directory walked, -E: no new findings, exit 0" ||
	fail "oot baseline: copy 2 installed, directory: exit $rc, $(head -1 "$TMP/b.txt")"
(cd / && oot_mpl "$TMP/b.txt" --write-baseline "$TMP/inst.txt" "$TMP/inst/kernel")
cut -f1 "$TMP/inst.txt" | sed 1d | sort -u >"$TMP/inst.units"
echo extra/oot_ctr >"$TMP/inst.want"
check_eq "oot baseline: walking kernel/, the unit is keyed extra/oot_ctr" \
	"$TMP/inst.want" "$TMP/inst.units"

# A key missing from the baseline: that finding is new, with its line.
grep -v ctr_late_setup "$BL" >"$TMP/partial.txt"
(cd "$C2" && oot_mpl "$TMP/p.txt" --baseline "$TMP/partial.txt" -T modules.order)
rc=$?
grep ctr_late_setup "$C2.kbuild" >"$TMP/p.want"
check_eq "oot baseline: a finding not in the baseline is reported" \
	"$TMP/p.want" "$TMP/p.txt"
check_rc "oot baseline: one new finding, without -E" $rc 0

# One module name in two directories of a tree: two keys.
P=$TMP/pair
mkdir -p "$P/a" "$P/b"
cp -r "$TOP/testdata/oot-pair/." "$P/a/"
cp -r "$TOP/testdata/oot-pair/." "$P/b/"
oot_build "oot baseline: pair a" "$P/a" || exit 0
oot_build "oot baseline: pair b" "$P/b" || exit 0
oot_mpl "$TMP/pw.txt" --write-baseline "$TMP/pair.txt" "$P"
cut -f1 "$TMP/pair.txt" | sed 1d | sort -u | paste -sd' ' >"$TMP/pair.units"
echo 'a/core b/core' >"$TMP/pair.want"
check_eq "oot baseline: a/core and b/core stay apart (directory walked)" \
	"$TMP/pair.want" "$TMP/pair.units"
grep -v '^b/core' "$TMP/pair.txt" >"$TMP/pair-a.txt"
oot_mpl "$TMP/pa.txt" --baseline "$TMP/pair-a.txt" "$P"
check_same_lines "oot baseline: a/core's keys do not hide b/core's findings" \
	"$P/b.kbuild" "$TMP/pa.txt"

# Old and malformed baseline files: one line, exit status 2, and the
# findings are printed unfiltered (as for a missing file).
H2=$(head -1 "$BL")
bad() {	# bad NAME LINE-CONTENT...: a baseline file of these lines
	printf '%s\n' "${@:2}" >"$TMP/$1.txt"
}
bad v1 '# modpost-lite baseline v1: unit	rule	from	from-section	to	to-section' \
	"$C1/oot_ctr	text-to-init-exit	__UNIQUE_ID_ctr_hook457	.data	ctr_early_setup	.init.text"
bad v3 '# modpost-lite baseline v3: unit	rule	from	from-section	to	to-section'
bad noheader 'oot_ctr	text-to-init-exit	ctr_lookup	.text	ctr_boot_values	.init.data'
bad noversion '# modpost-lite baseline vX: unit'
bad fields "$H2" '' '# a comment' 'oot_ctr	text-to-init-exit	ctr_lookup	.text	ctr_boot_values'
bad many "$H2" 'oot_ctr	text-to-init-exit	ctr_lookup	.text	ctr_boot_values	.init.data	x'
bad emptyfield "$H2" 'oot_ctr	text-to-init-exit		.text	ctr_boot_values	.init.data'
bad rule "$H2" 'oot_ctr	text-to-init	ctr_lookup	.text	ctr_boot_values	.init.data'
: >"$TMP/empty.txt"
printf '%s\noot_ctr\0\n' "$H2" >"$TMP/nul.txt"
while IFS='|' read -r name want; do
	(cd "$C2" && oot_mpl "$TMP/bad.txt" --baseline "$TMP/$name.txt" -T modules.order)
	rc=$?
	grep '^modpost-lite: ' "$TMP/bad.txt" >"$TMP/bad.lines"
	echo "modpost-lite: $TMP/$name.txt$want" >"$TMP/bad.want"
	grep -v '^modpost-lite: ' "$TMP/bad.txt" >"$TMP/bad.rest"
	if cmp -s "$TMP/bad.want" "$TMP/bad.lines" && [ $rc -eq 2 ] &&
	   cmp -s <(sort "$C2.kbuild") <(sort "$TMP/bad.rest"); then
		pass "oot baseline: $name: one line, exit 2, findings unfiltered"
	else
		fail "oot baseline: $name: exit $rc"
		diff "$TMP/bad.want" "$TMP/bad.lines" | sed 's/^/    /'
	fi
done <<'EOF'
v1|:1: a v1 baseline, whose keys change with rebuilds and checkouts: regenerate it with --write-baseline
v3|:1: a v3 baseline, newer than this modpost-lite reads (v2)
noheader|:1: not a modpost-lite baseline: the first line is not "# modpost-lite baseline v2: ..." (write one with --write-baseline)
noversion|:1: bad header line: no format version after "# modpost-lite baseline v"
fields|:4: 5 fields; a key has 6, separated by tabs: unit, rule, from, from-section, to, to-section
many|:2: 7 fields; a key has 6, separated by tabs: unit, rule, from, from-section, to, to-section
emptyfield|:2: field 3 (from) is empty; '-' stands for none
rule|:2: unknown rule 'text-to-init' (see --explain=list)
empty|: empty, not a modpost-lite baseline (write one with --write-baseline)
nul|:2: a NUL byte: not a text file
EOF
