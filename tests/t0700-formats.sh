#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
#
# t0700-formats: the output formats (modpost, gnu, json, sarif), source
# lines against addr2line, --explain, --color, baselines.  The objects are
# testdata/formats/*.c compiled with -g and the kernel flags, from the top
# of the tree with relative source paths, as Kbuild compiles.
. "$(dirname "$0")/lib.sh"

SRC=testdata/formats
CC=${MPL_FORMATS_CC:-gcc}
if ! command -v "$CC" >/dev/null; then
	skip "formats ($CC not installed)"
	exit 0
fi

build() {	# build NAME OUT [CFLAG...]
	local name=$1 out=$2
	shift 2
	(cd "$TOP" && "$CC" -g "${MPL_KCFLAGS[@]}" "$@" -c -o "$out" \
		"$SRC/$name.c")
}
for f in board driver extra renamed; do
	build $f "$TMP/$f.o" || { fail "formats: compile $f.c"; exit 0; }
done
build renamed "$TMP/renamed3.o" -DMPL_SUFFIX='"isra.3"' ||
	fail "formats: compile renamed.c with isra.3"
nm "$TMP/renamed3.o" | grep -q ' renamed_fn\.isra\.3$' &&
	pass "formats: renamed_fn.isra.3 built" || fail "formats: renamed_fn.isra.3"

# a module of two objects, the second without a symbol before its call
build neighbour-a "$TMP/neighbour-a.o" &&
	(cd "$TOP" && "$CC" -g "${MPL_KCFLAGS[@]}" -D__ASSEMBLY__ -Wa,-gdwarf-2 \
		-c -o "$TMP/neighbour-b.o" "$SRC/neighbour-b.S") &&
	ld -r -o "$TMP/neighbour.ko" "$TMP/neighbour-a.o" "$TMP/neighbour-b.o" ||
	fail "formats: build neighbour.ko"

# run OUT ERR OPTION... : modpost-lite from the top of the tree; status in $rc
run() {
	local out=$1 err=$2
	shift 2
	(cd "$TOP" && exec "$MPL" "$@") >"$out" 2>"$err"
	rc=$?
}
# expect WHAT FILE <<EOF: FILE must be the here-document, with @TMP@ for
# the scratch directory
expect() {
	sed "s|@TMP@|$TMP|g" >"$TMP/expected"
	check_eq "$1" "$TMP/expected" "$2"
}
expect_rc() {	# expect_rc WHAT WANT
	[ "$rc" -eq "$2" ] && pass "$1: exit $2" || fail "$1: exit $rc, want $2"
}
line_of() {	# line_of FILE MARKER: the line number of MARKER in FILE
	grep -n "$2" "$TOP/$SRC/$1" | cut -d: -f1
}

OBJS=("$TMP/board.o" "$TMP/driver.o")
L_EXIT=$(line_of board.c LINE-INIT-TO-EXIT)
L_RESUME=$(line_of driver.c LINE-RESUME)
L_EXTRA=$(line_of extra.c LINE-EXTRA)

# ---- modpost format: the default, unchanged --------------------------------
run "$TMP/m.out" "$TMP/m.err" -M "${OBJS[@]}"
expect_rc "modpost format" 0
expect "modpost format: modpost's lines" "$TMP/m.err" <<'EOF'
WARNING: modpost: vmlinux: board_detect: EXPORT_SYMBOL used for init symbol. Remove __init or EXPORT_SYMBOL.
WARNING: modpost: vmlinux: section mismatch in reference: board_init+0xa (section: .init.text) -> board_shutdown (section: .exit.text)
WARNING: modpost: vmlinux: section mismatch in reference: driver_resume+0x5 (section: .text) -> board_detect (section: .init.text)
WARNING: modpost: vmlinux: section mismatch in reference: driver_irq_table+0x0 (section: .data) -> board_irqs (section: .init.data)
EOF
[ -s "$TMP/m.out" ] && fail "modpost format: stdout not empty" ||
	pass "modpost format: nothing on stdout"
run "$TMP/m2.out" "$TMP/m2.err" -M --format=modpost "${OBJS[@]}"
check_eq "--format=modpost == default" "$TMP/m.err" "$TMP/m2.err"
run "$TMP/m3.out" "$TMP/m3.err" -M --format=modpost --color=always "${OBJS[@]}"
check_eq "--format=modpost --color=always: no colour, unchanged" \
	"$TMP/m.err" "$TMP/m3.err"

# ---- gnu format ----------------------------------------------------------
run "$TMP/g.out" "$TMP/g.err" -M --format=gnu "${OBJS[@]}"
expect_rc "gnu format" 0
expect "gnu format: file:line, object, wording, notes" "$TMP/g.err" <<'EOF'
@TMP@/board.o: warning: EXPORT_SYMBOL used for __init function board_detect() (.init.text) [export-init-exit]
@TMP@/board.o: note: remove __init/__exit from the symbol or remove the EXPORT_SYMBOL
testdata/formats/board.c:27: warning: section mismatch: board_init() (.init.text) references __exit function board_shutdown() (.exit.text) [init-to-exit]
testdata/formats/board.c:27: note: drop __exit from the referenced function, or stop calling it from init code
testdata/formats/driver.c:14: warning: section mismatch: driver_resume() (.text) references __init function board_detect() (.init.text) [text-to-init-exit]
testdata/formats/driver.c:14: note: add __init (__initdata) to the referencing symbol, drop __init from the referenced one, or mark the reference __ref/__refdata if it is known to be safe
@TMP@/driver.o: warning: section mismatch: driver_irq_table+0x0 (.data) references __initdata variable board_irqs (.init.data) [text-to-init-exit]
@TMP@/driver.o: note: add __init (__initdata) to the referencing symbol, drop __init from the referenced one, or mark the reference __ref/__refdata if it is known to be safe
EOF
[ "$L_EXIT" = 27 ] && [ "$L_RESUME" = 14 ] &&
	pass "gnu format: lines are the marked source lines" ||
	fail "gnu format: markers at $L_EXIT/$L_RESUME, expected 27/14"
run "$TMP/gE.out" "$TMP/gE.err" -M -E --format=gnu "${OBJS[@]}"
expect_rc "gnu format -E" 1
grep -c ': error: section mismatch' "$TMP/gE.err" >"$TMP/n"
[ "$(cat "$TMP/n")" = 3 ] && pass "gnu format -E: mismatches are errors" ||
	fail "gnu format -E: $(cat "$TMP/n") error lines, want 3"
run "$TMP/gj.out" "$TMP/gj.err" -M -j1 --format=gnu "${OBJS[@]}"
run "$TMP/gj4.out" "$TMP/gj4.err" -M -j4 --format=gnu "${OBJS[@]}"
check_eq "gnu format: -j1 == -j4" "$TMP/gj.err" "$TMP/gj4.err"

# an archive member's lines come from the member (read through a memfd)
(cd "$TMP" && ar rcs lib.a board.o driver.o) || fail "ar"
run "$TMP/a.out" "$TMP/a.err" --format=gnu "$TMP/lib.a"
grep -q "^testdata/formats/driver.c:$L_RESUME: warning: section mismatch: driver_resume()" \
	"$TMP/a.err" && pass "gnu format: source line of an archive member" ||
	{ fail "gnu format: archive member"; sed 's/^/    /' "$TMP/a.err"; }

# ---- json ----------------------------------------------------------------
run "$TMP/j.out" "$TMP/j.err" -M --format=json "${OBJS[@]}"
expect_rc "json format" 0
if jq -e . "$TMP/j.out" >/dev/null 2>&1 && [ ! -s "$TMP/j.err" ]; then
	pass "json: every line parses with jq, nothing on stderr"
else
	fail "json: does not parse"
fi
[ "$(wc -l <"$TMP/j.out")" = 4 ] && [ "$(jq -c . "$TMP/j.out" | wc -l)" = 4 ] &&
	pass "json: one object per line" || fail "json: not one object a line"
jq -S -c . "$TMP/j.out" >"$TMP/j.norm"
expect "json: fields and values" "$TMP/j.norm" <<'EOF'
{"description":"EXPORT_SYMBOL used for __init function board_detect() (.init.text)","file":null,"kind":"export-init-exit","line":null,"message":"WARNING: modpost: vmlinux: board_detect: EXPORT_SYMBOL used for init symbol. Remove __init or EXPORT_SYMBOL.","object":"@TMP@/board.o","offset":8,"rule":"export-init-exit","section":".export_symbol","severity":"warning","symbol":null,"symbol_offset":null,"target":"board_detect","target_kind":"__init function","target_section":".init.text","unit":"vmlinux"}
{"description":"section mismatch: board_init()+0xa (.init.text) references __exit function board_shutdown() (.exit.text)","file":"testdata/formats/board.c","kind":"section-mismatch","line":27,"message":"WARNING: modpost: vmlinux: section mismatch in reference: board_init+0xa (section: .init.text) -> board_shutdown (section: .exit.text)","object":"@TMP@/board.o","offset":23,"rule":"init-to-exit","section":".init.text","severity":"warning","symbol":"board_init","symbol_offset":10,"target":"board_shutdown","target_kind":"__exit function","target_section":".exit.text","unit":"vmlinux"}
{"description":"section mismatch: driver_resume()+0x5 (.text) references __init function board_detect() (.init.text)","file":"testdata/formats/driver.c","kind":"section-mismatch","line":14,"message":"WARNING: modpost: vmlinux: section mismatch in reference: driver_resume+0x5 (section: .text) -> board_detect (section: .init.text)","object":"@TMP@/driver.o","offset":5,"rule":"text-to-init-exit","section":".text","severity":"warning","symbol":"driver_resume","symbol_offset":5,"target":"board_detect","target_kind":"__init function","target_section":".init.text","unit":"vmlinux"}
{"description":"section mismatch: driver_irq_table+0x0 (.data) references __initdata variable board_irqs (.init.data)","file":null,"kind":"section-mismatch","line":null,"message":"WARNING: modpost: vmlinux: section mismatch in reference: driver_irq_table+0x0 (section: .data) -> board_irqs (section: .init.data)","object":"@TMP@/driver.o","offset":0,"rule":"text-to-init-exit","section":".data","severity":"warning","symbol":"driver_irq_table","symbol_offset":0,"target":"board_irqs","target_kind":"__initdata variable","target_section":".init.data","unit":"vmlinux"}
EOF
# "message" is exactly what the modpost format prints
jq -r .message "$TMP/j.out" >"$TMP/j.msg"
check_eq "json: message == the modpost format's line" "$TMP/m.err" "$TMP/j.msg"

# every file:line agrees with addr2line on the object's section and offset
if command -v addr2line >/dev/null; then
	ok=1 n=0
	while IFS=$'\t' read -r obj sec off file line; do
		a=$(addr2line -e "$obj" -j "$sec" "$(printf '0x%x' "$off")")
		a=${a#"$TOP"/}
		a=${a%% *}
		n=$((n + 1))
		[ "$a" = "$file:$line" ] || { ok=0; echo "    $file:$line vs addr2line $a"; }
	done < <(jq -r 'select(.file) | [.object, .section, .offset, .file, .line] | @tsv' "$TMP/j.out")
	[ "$ok" = 1 ] && [ "$n" = 2 ] &&
		pass "json/gnu: file:line == addr2line -j SECTION OFFSET ($n)" ||
		fail "json/gnu: addr2line disagrees ($n)"
else
	skip "addr2line comparison (binutils not installed)"
fi

# JSON string escaping: symbols with quotes, backslashes, control bytes and
# a byte that is not UTF-8 (renamed with objcopy, which takes any bytes)
cat >"$TMP/esc.s" <<'EOF'
	.section .init.text,"ax"
	.globl	weirdinit
weirdinit:
	ret
	.text
	.globl	symq
symq:
	call	weirdinit
	ret
EOF
if as -o "$TMP/esc0.o" "$TMP/esc.s" 2>/dev/null &&
   objcopy --redefine-sym 'weirdinit=we"ird\init' \
	   --redefine-sym "$(printf 'symq=sym\twith"q\001\377')" \
	   "$TMP/esc0.o" "$TMP/esc.o"; then
	run "$TMP/e.out" "$TMP/e.err" --format=json "$TMP/esc.o"
	got=$(jq -r '.symbol + "|" + .target' "$TMP/e.out" 2>/dev/null)
	if [ "$got" = "$(printf 'sym\twith"q\001\357\277\275|we"ird\\init')" ] &&
	   grep -qF '"symbol":"sym\twith\"q\u0001\ufffd"' "$TMP/e.out"; then
		pass "json: quotes, backslashes, control bytes, bad UTF-8 escaped"
	else
		fail "json: escaping"
		sed 's/^/    /' "$TMP/e.out"
	fi
else
	skip "json escaping (as or objcopy failed)"
fi

# ---- a .ko: DWARF decides which function a reference is in -------------------
run "$TMP/nb.out" "$TMP/nb.err" -M "$TMP/neighbour.ko"
grep -q 'neighbour_last+0x.* (section: .text) -> neighbour_init (section: .init.text)' "$TMP/nb.err" &&
	pass "gnu/.ko: the modpost format names modpost's neighbour symbol" ||
	fail "gnu/.ko: modpost format: $(cat "$TMP/nb.err")"
run "$TMP/nb.out" "$TMP/nb.err" -M --format=gnu "$TMP/neighbour.ko"
grep -q '^testdata/formats/neighbour-b.S:11: warning: section mismatch: .text+0x[0-9a-f]* references __init function neighbour_init() (.init.text)' "$TMP/nb.err" &&
	! grep -q neighbour_last "$TMP/nb.err" &&
	pass "gnu/.ko: not the neighbour from another file, where DWARF knows the file" ||
	fail "gnu/.ko: $(cat "$TMP/nb.err")"
run "$TMP/nb.out" "$TMP/nb.err" -M --format=json "$TMP/neighbour.ko"
[ "$(jq -r '.symbol' "$TMP/nb.out")" = null ] &&
	pass "json/.ko: no neighbour symbol either" ||
	fail "json/.ko: symbol $(jq -r '.symbol' "$TMP/nb.out")"

# ---- sarif ---------------------------------------------------------------
run "$TMP/s.sarif" "$TMP/s.err" -M --format=sarif "${OBJS[@]}"
expect_rc "sarif format" 0
jq -r '.version, (.runs[0].tool.driver.rules | length),
	(.runs[0].results[] | [.ruleId, .level,
	 .locations[0].physicalLocation.artifactLocation.uri,
	 (.locations[0].physicalLocation.region.startLine // "-"),
	 (.locations[0].logicalLocations | map(.name + ":" + .kind) | join(","))]
	 | @tsv)' "$TMP/s.sarif" >"$TMP/s.sum" 2>&1
tmpuri=$TMP
expect "sarif: rules, results, locations" "$TMP/s.sum" <<EOF
2.1.0
13
export-init-exit	warning	file://$tmpuri/board.o	-	board_detect:function
init-to-exit	warning	testdata/formats/board.c	27	board_init:function,board_shutdown:function
text-to-init-exit	warning	testdata/formats/driver.c	14	driver_resume:function,board_detect:function
text-to-init-exit	warning	file://$tmpuri/driver.o	-	driver_irq_table:variable,board_irqs:variable
EOF
jq -r '.runs[0].tool.driver.rules[] | select(.id == "text-to-init-exit") |
	.help.text' "$TMP/s.sarif" | grep -q '__ref' &&
	pass "sarif: rule help is the explanation" || fail "sarif: rule help"

# ---- every finding kind, over testdata/cases -------------------------------
# One gnu line and one json object per finding the modpost format prints,
# the same exit status, json "message" == the modpost lines, and every
# rule id used.
mpl_build_all_cases "$TMP/cases" "$CC"
: >"$TMP/rules.seen"
n_ok=0 n_bad=0
for dir in "$MPL_CASES"/*/; do
	c=$(basename "$dir")
	out=$TMP/cases/$c/$CC
	mpl_objs_ok "$out/objs" || { n_bad=$((n_bad + 1)); echo "    $c: build"; continue; }
	mapfile -t objs <"$out/objs"
	(cd "$out" && "$MPL" -M "${objs[@]}") >/dev/null 2>"$out/m.err"
	mrc=$?
	(cd "$out" && "$MPL" -M --format=gnu "${objs[@]}") >/dev/null 2>"$out/g.err"
	grc=$?
	(cd "$out" && "$MPL" -M --format=json "${objs[@]}") >"$out/j.out" 2>/dev/null
	jrc=$?
	nm=$(grep -cE '^(WARNING|ERROR): modpost: ' "$out/m.err")
	ng=$(grep -vc ': note: ' "$out/g.err")
	nj=$(jq -c . "$out/j.out" | wc -l)
	jq -r .message "$out/j.out" | grep -v '^$' >"$out/j.msg"
	if [ "$nm" = "$ng" ] && [ "$nm" = "$nj" ] && [ $mrc = $grc ] &&
	   [ $mrc = $jrc ] && cmp -s <(grep -v '^$' "$out/m.err") "$out/j.msg"; then
		n_ok=$((n_ok + 1))
	else
		n_bad=$((n_bad + 1))
		echo "    $c: $nm modpost, $ng gnu, $nj json; exit $mrc/$grc/$jrc"
	fi
	jq -r .rule "$out/j.out" >>"$TMP/rules.seen"
	[ "$(grep -c ': note: ' "$out/g.err")" = "$ng" ] ||
		{ n_bad=$((n_bad + 1)); echo "    $c: not one note per finding"; }
done
[ "$n_bad" = 0 ] && [ "$n_ok" -gt 30 ] &&
	pass "cases: one gnu line, one json object per finding ($n_ok cases)" ||
	fail "cases: gnu/json do not match the modpost format ($n_bad)"
printf 'int common_thing;\nint common_user(void) { return common_thing; }\n' \
	>"$TMP/common.c"
"$CC" -O2 -fcommon -c -o "$TMP/cases/common.o" "$TMP/common.c" &&
	(cd "$TMP/cases" && "$MPL" --format=json common.o) |
	jq -r .rule >>"$TMP/rules.seen"
# an export without a CRC: with -m and a .vmlinux.export.c to write
mkdir -p "$TMP/crc" && cp "$TOP/testdata/exports/crc/b.S" "$TMP/crc/" &&
	printf 'savedcmd_b.o := as\n' >"$TMP/crc/.b.o.cmd" &&
	mpl_compile "$CC" "$TMP/crc/b.S" "$TMP/crc/b.o" &&
	(cd "$TMP/crc" && "$MPL" -M -m --vmlinux-export-c=x.c --format=json b.o) |
	jq -r .rule >>"$TMP/rules.seen"
# every rule but 6.1's own (meminit-to-init: the 6.1 tests have it)
"$MPL" --explain=list | awk '$1 != "meminit-to-init" {print $1}' |
	sort >"$TMP/rules.all"
sort -u "$TMP/rules.seen" >"$TMP/rules.used"
check_eq "cases: every rule id occurs" "$TMP/rules.all" "$TMP/rules.used"

gnu_case() {	# gnu_case CASE: the gnu lines of CASE, without notes
	(cd "$TMP/cases/$1/$CC" && "$MPL" -M --format=gnu *.o 2>&1) |
		grep -v ': note: '
}
{
	gnu_case export-errors
	gnu_case extable-nonexec
	gnu_case extable-altinstr
	gnu_case nonalloc
	(cd "$TMP/cases" && "$MPL" --format=gnu common.o 2>&1) | grep -v ': note: '
} >"$TMP/kinds.gnu"
expect "gnu format: wording of every kind" "$TMP/kinds.gnu" <<'EOF'
a.o: error: local symbol 'hidden' was exported [export-malformed]
a.o: error: unknown license 'BSD' was specified for 'visible2' [export-malformed]
b.o: error: .export_symbol section references 'real_fn', but it does not seem to be an export symbol [export-malformed]
b.o: error: .export_symbol section contains strange symbol 'odd_label' [export-malformed]
c.o: error: 'real_fn' exported twice. Previous export was in vmlinux [exported-twice]
a.o: warning: exception table entry __ex_table+0x10 references variable ex_fixup_data (.data), which is not in an authorized text section [extable-to-non-text]
a.o: error: __ex_table entry at __ex_table+0x10 references non-executable section '.data' [extable-section]
a.o: warning: exception table entry __ex_table+0x28 references variable ex_fixup_ro (.rodata), which is not in an authorized text section [extable-to-non-text]
a.o: error: __ex_table entry at __ex_table+0x28 references non-executable section '.rodata' [extable-section]
b.o: warning: exception table entry __ex_table+0x4 references variable fixup_flag (.data), which is not in an authorized text section [extable-to-non-text]
b.o: error: __ex_table entry at __ex_table+0x4 references non-executable section '.data' [extable-section]
a.o: warning: exception table entry __ex_table+0x4 references an unnamed location in .altinstr_replacement, which is not in an authorized text section [extable-to-non-text]
a.o: error: __ex_table entry at __ex_table+0x4 references black-listed section '.altinstr_replacement' [extable-section]
a.o: warning: unexpected non-allocatable section '.mpl_table' [non-alloc-section]
b.o: warning: unexpected non-allocatable section '.mpl_other' [non-alloc-section]
common.o: warning: 'common_thing' is a COMMON symbol [common-symbol]
EOF
# a second SARIF log with errors and __ex_table findings, for the validator
(cd "$TMP/cases/export-errors/$CC" && "$MPL" -M --format=sarif *.o) \
	>"$TMP/s2.sarif" 2>/dev/null
jq -e '.runs[0].results | length == 5' "$TMP/s2.sarif" >/dev/null &&
	pass "sarif: export errors" || fail "sarif: export errors"

# a real validator; installed once into a cache under $HOME
if command -v npx >/dev/null; then
	export npm_config_cache=${MPL_NPM_CACHE:-$HOME/.cache/modpost-lite-npm}
	npx --yes @microsoft/sarif-multitool validate "$TMP/s.sarif" \
		"$TMP/s2.sarif" \
		>"$TMP/v.out" 2>&1
	vrc=$?
	if grep -q 'Analysis completed successfully' "$TMP/v.out"; then
		if [ $vrc -eq 0 ] && ! grep -q ': error ' "$TMP/v.out"; then
			pass "sarif: sarif-multitool validate: no errors"
		else
			fail "sarif: sarif-multitool validate"
			grep ': error ' "$TMP/v.out" | head -5 | sed 's/^/    /'
		fi
	else
		skip "sarif validator (could not install or run @microsoft/sarif-multitool)"
	fi
else
	skip "sarif validator (npx not installed)"
fi

# ---- --explain -------------------------------------------------------------
run "$TMP/x.out" "$TMP/x.err" --explain=init-to-exit
expect_rc "--explain=init-to-exit" 0
head -1 "$TMP/x.out" >"$TMP/x.1"
expect "--explain=ID: title line" "$TMP/x.1" <<'EOF'
init-to-exit: __init code or data references __exit code or data
EOF
grep -q '^Usual fix: drop __exit' "$TMP/x.out" &&
	pass "--explain=ID: usual fix" || fail "--explain=ID: usual fix"
run "$TMP/x.out" "$TMP/x.err" --explain=list
[ "$(wc -l <"$TMP/x.out")" = 13 ] && pass "--explain=list: 13 rules" ||
	fail "--explain=list"
run "$TMP/x.out" "$TMP/x.err" --explain=bogus
expect_rc "--explain=bogus" 2
run "$TMP/x.out" "$TMP/x.err" --explain "$TMP/board.o"
grep -v '^note:' "$TMP/x.err" >"$TMP/x.nonote"
expect "--explain in the modpost format: the lines stay" "$TMP/x.nonote" <<'EOF'
WARNING: modpost: vmlinux: section mismatch in reference: board_init+0xa (section: .init.text) -> board_shutdown (section: .exit.text)
EOF
grep -q '^note: A built-in kernel discards .exit' "$TMP/x.err" &&
	pass "--explain in the modpost format: note lines" ||
	fail "--explain in the modpost format: note lines"
run "$TMP/x.out" "$TMP/x.err" --explain --format=gnu "$TMP/board.o"
grep -q "^testdata/formats/board.c:27: note: A built-in kernel discards" \
	"$TMP/x.err" && pass "--explain in the gnu format: note lines" ||
	fail "--explain in the gnu format"

# ---- colour ----------------------------------------------------------------
esc=$(printf '\033')
run "$TMP/c.out" "$TMP/c.err" -M --format=gnu --color=always "${OBJS[@]}"
grep -q "$esc\[1;35mwarning:$esc\[0m" "$TMP/c.err" &&
	pass "--color=always: escapes in the gnu format" ||
	fail "--color=always: no escapes"
sed "s/$esc\[[0-9;]*m//g" "$TMP/c.err" >"$TMP/c.plain"
check_eq "--color=always: same text without the escapes" "$TMP/g.err" \
	"$TMP/c.plain"
(cd "$TOP" && "$MPL" -M --format=gnu --color=auto "${OBJS[@]}" 2>&1 | cat) \
	>"$TMP/c2.err"
grep -q "$esc" "$TMP/c2.err" && fail "--color=auto into a pipe: escapes" ||
	pass "--color=auto into a pipe: no escapes"
(cd "$TOP" && "$MPL" -M --format=gnu "${OBJS[@]}" 2>&1 | cat) >"$TMP/c3.err"
grep -q "$esc" "$TMP/c3.err" && fail "default colour into a pipe: escapes" ||
	pass "default colour into a pipe: no escapes"
run "$TMP/c4.out" "$TMP/c4.err" -M --format=json --color=always "${OBJS[@]}"
grep -q "$esc" "$TMP/c4.out" && fail "json --color=always: escapes" ||
	pass "json --color=always: no escapes"
run "$TMP/c5.out" "$TMP/c5.err" --color=sometimes "$TMP/board.o"
expect_rc "--color=sometimes" 2

# ---- baselines -------------------------------------------------------------
BL=$TMP/base.txt
run "$TMP/b.out" "$TMP/b.err" -M --write-baseline "$BL" "${OBJS[@]}" \
	"$TMP/renamed.o"
expect_rc "--write-baseline" 0
expect "--write-baseline: file" "$BL" <<'EOF'
# modpost-lite baseline v2: unit	rule	from	from-section	to	to-section
vmlinux	export-init-exit	-	-	board_detect	.init.text
vmlinux	init-to-exit	board_init	.init.text	board_shutdown	.exit.text
vmlinux	text-to-init-exit	driver_irq_table	.data	board_irqs	.init.data
vmlinux	text-to-init-exit	driver_resume	.text	board_detect	.init.text
vmlinux	text-to-init-exit	renamed_fn	.text	board_detect	.init.text
EOF
run "$TMP/b.out" "$TMP/b.err" -M -E --baseline "$BL" "${OBJS[@]}" \
	"$TMP/renamed.o"
expect_rc "--baseline, same objects, -E" 0
[ -s "$TMP/b.err" ] || [ -s "$TMP/b.out" ] &&
	fail "--baseline: same objects print something" ||
	pass "--baseline: same objects print nothing"
run "$TMP/b.out" "$TMP/b.err" -M -E --baseline "$BL" "${OBJS[@]}" \
	"$TMP/renamed3.o"
expect_rc "--baseline: renamed_fn.isra.3 matches renamed_fn.isra.0" 0
run "$TMP/b.out" "$TMP/b.err" -M -E --baseline "$BL" "${OBJS[@]}" \
	"$TMP/renamed.o" "$TMP/extra.o"
expect_rc "--baseline, one new mismatch, -E" 1
expect "--baseline: only the new mismatch" "$TMP/b.err" <<'EOF'
WARNING: modpost: vmlinux: section mismatch in reference: extra_probe+0x6 (section: .text) -> board_irqs (section: .init.data)
ERROR: modpost: Section mismatches detected.
Set CONFIG_SECTION_MISMATCH_WARN_ONLY=y to allow them.
EOF
run "$TMP/b.out" "$TMP/b.err" -M --baseline "$BL" --format=json \
	"${OBJS[@]}" "$TMP/renamed.o" "$TMP/extra.o"
expect_rc "--baseline, json, without -E" 0
jq -r '[.symbol, .target, .file, .line] | @tsv' "$TMP/b.out" >"$TMP/b.sum"
expect "--baseline: json names the new one with its line" "$TMP/b.sum" <<EOF
extra_probe	board_irqs	testdata/formats/extra.c	$L_EXTRA
EOF
run "$TMP/b.out" "$TMP/b.err" --baseline "$TMP/nonexistent" "$TMP/board.o"
expect_rc "--baseline of a missing file" 2
