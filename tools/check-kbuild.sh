#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
#
# make check-kbuild: build a small real Linux 6.12 (x86_64 tinyconfig with
# modules) with kbuild/modpost-lite-6.12.patch applied and the section
# mismatches of testdata/kbuild/mpltest/ added to the tree, and check that
# modpost-lite prints what the tree's own modpost prints on vmlinux.o and on
# each module, both at Kbuild's modpost stage and run by hand.
#
# The source and the build are kept in $MPL_KBUILD_DIR (default
# /var/tmp/mpl-kbuild), so a second run only rebuilds what changed.
# MPL is the modpost-lite to test (default build/modpost-lite); MPL_KBUILD_JOBS
# the make -j (default 2).  Prints PASS/FAIL/SKIP lines and ends with
# "N passed, N failed, N skipped".
set -u
TOP=$(cd "$(dirname "$0")/.." && pwd)
: "${MPL:=$TOP/build/modpost-lite}"
DIR=${MPL_KBUILD_DIR:-/var/tmp/mpl-kbuild}
JOBS=${MPL_KBUILD_JOBS:-2}
TARBALL=${MPL_KBUILD_TARBALL:-/usr/src/linux-source-6.12.tar.xz}
PATCH=$TOP/kbuild/modpost-lite-6.12.patch
INJECT=$TOP/testdata/kbuild/mpltest
SRC=$DIR/linux-source-6.12
OUT=$DIR/out
KMAKE=(make -s -C "$SRC" O="$OUT" ARCH=x86_64)

P=0 F=0 S=0
pass() { echo "PASS: $*"; P=$((P + 1)); }
fail() { echo "FAIL: $*"; F=$((F + 1)); }
skip() { echo "SKIP: $*"; S=$((S + 1)); }
summary() { echo "$P passed, $F failed, $S skipped"; [ "$F" -eq 0 ]; exit; }
# same_lines WHAT A B: A and B hold the same lines, in any order
same_lines() {
	if cmp -s <(LC_ALL=C sort "$2") <(LC_ALL=C sort "$3"); then
		pass "$1 ($(wc -l <"$2") lines)"
	else
		fail "$1"
		diff -u <(LC_ALL=C sort "$2") <(LC_ALL=C sort "$3") | head -40 |
			sed 's/^/    /'
	fi
}
# The lines of the kinds modpost-lite reports, from modpost's output.
mismatch_lines() {
	grep -E 'section mismatch in reference|EXPORT_SYMBOL used for|unexpected non-allocatable|exported twice|is COMMON symbol|\.export_symbol section|was exported|unknown license' "$@" || true
}

[ -x "$MPL" ] || { fail "kbuild: $MPL is not built"; summary; }
MPL=$(cd "$(dirname "$MPL")" && pwd)/$(basename "$MPL")
if [ ! -f "$TARBALL" ]; then
	skip "kbuild: $TARBALL not found (apt-get install linux-source-6.12)"
	summary
fi
mkdir -p "$DIR" || { fail "kbuild: cannot create $DIR"; summary; }
start=$(date +%s)

# 1. The source, patched.  A new tarball means a fresh tree; a new patch
# only puts back the files the old one changed and applies the new one, so
# the cached build is kept (make rebuilds what the patch touches).
tarstamp=$(stat -c %s.%Y "$TARBALL")
patch_files() { sed -n 's|^+++ b/\([^[:space:]]*\).*|\1|p' "$1"; }
if [ "$(cat "$DIR/stamp" 2>/dev/null)" != "$tarstamp" ] || [ ! -f "$SRC/Makefile" ]; then
	echo "== extracting $(basename "$TARBALL") into $DIR"
	rm -rf "$SRC" "$OUT" "$DIR/stamp" "$DIR/applied.patch"
	if ! tar -xJf "$TARBALL" -C "$DIR" || [ ! -f "$SRC/Makefile" ]; then
		fail "kbuild: extract $TARBALL"
		summary
	fi
	echo 'obj-y += mpltest/' >>"$SRC/drivers/Makefile"
	echo "$tarstamp" >"$DIR/stamp"
fi
if ! cmp -s "$PATCH" "$DIR/applied.patch"; then
	if [ -f "$DIR/applied.patch" ]; then
		echo "== the patch changed: restoring $(patch_files "$DIR/applied.patch" | tr '\n' ' ')"
		# shellcheck disable=SC2046
		tar -xJf "$TARBALL" -C "$DIR" $(patch_files "$DIR/applied.patch" |
			sed "s|^|$(basename "$SRC")/|") || { fail "kbuild: restore"; summary; }
		rm -f "$DIR/applied.patch"
	fi
	if (cd "$SRC" && patch -p1 -s --no-backup-if-mismatch) <"$PATCH"; then
		pass "kbuild: patch applies to Linux 6.12"
		cp "$PATCH" "$DIR/applied.patch"
	else
		fail "kbuild: patch applies to Linux 6.12"
		summary
	fi
else
	pass "kbuild: patched tree cached in $SRC"
fi
# The injected mismatches: copied only when changed, so make sees new ones.
mkdir -p "$SRC/drivers/mpltest"
for f in "$INJECT"/*; do
	cmp -s "$f" "$SRC/drivers/mpltest/${f##*/}" || cp "$f" "$SRC/drivers/mpltest/"
done

# 2. The configuration: tinyconfig, 64-bit, modules, warnings only, and a
# few tristate options as modules.
cfg=(-e 64BIT -e MODULES -e MODULE_UNLOAD -e SECTION_MISMATCH_WARN_ONLY
	-e PRINTK -e BINFMT_ELF
	-m BINFMT_MISC -m CRC_CCITT -m CRC_ITU_T -m CRC7 -m CRC8)
cfgstamp=$(echo "${cfg[*]}" | sha256sum | cut -c1-16)
if [ ! -f "$OUT/.config" ] || [ "$(cat "$OUT/.cfgstamp" 2>/dev/null)" != "$cfgstamp" ]; then
	mkdir -p "$OUT"
	if ! { "${KMAKE[@]}" tinyconfig >/dev/null &&
	       "$SRC/scripts/config" --file "$OUT/.config" "${cfg[@]}" &&
	       "${KMAKE[@]}" olddefconfig >/dev/null; }; then
		fail "kbuild: configure"
		summary
	fi
	echo "$cfgstamp" >"$OUT/.cfgstamp"
fi
grep -q '^CONFIG_MODULES=y' "$OUT/.config" &&
	grep -q '^CONFIG_SECTION_MISMATCH_WARN_ONLY=y' "$OUT/.config" &&
	[ "$(grep -c '=m$' "$OUT/.config")" -ge 3 ] &&
	pass "kbuild: config has MODULES=y, WARN_ONLY=y, $(grep -c '=m$' "$OUT/.config") options =m" ||
	fail "kbuild: config (MODULES, WARN_ONLY, =m options)"

# 3. The build.  Removing Module.symvers makes the modpost stage run again
# even when nothing else changed, so its output is in this run's log.
rm -f "$OUT/Module.symvers"
echo "== make -j$JOBS vmlinux modules (log: $DIR/build.log)"
bstart=$(date +%s)
if MPL_DEBUG_JOBS=1 "${KMAKE[@]}" -j"$JOBS" MODPOST_LITE="$MPL" vmlinux modules \
	>"$DIR/build.log" 2>&1; then
	pass "kbuild: make -j$JOBS vmlinux modules with the patch ($(($(date +%s) - bstart)) s)"
else
	fail "kbuild: make -j$JOBS vmlinux modules; last lines of $DIR/build.log:"
	tail -20 "$DIR/build.log" | sed 's/^/    /'
	summary
fi
cd "$OUT" || summary

# The stage's command: "modpost-lite ARGS && scripts/mod/modpost ARGS".
mplcmd=$(sed -n 's/^savedcmd_Module.symvers := *//p' .Module.symvers.cmd |
	 sed 's/ *&&.*//')
read -r -a mplwords <<<"$mplcmd"
libs=$(echo "$mplcmd" | sed -n 's/.* vmlinux\.a\( .*\)\?$/\1/p' | xargs)
if [ "${mplwords[0]:-}" = "$MPL" ] &&
   echo "$mplcmd" | grep -qw -- '-T modules.order' &&
   echo "$mplcmd" | grep -qw -- 'vmlinux.a' &&
   grep -q -- ' && scripts/mod/modpost .* -S$' .Module.symvers.cmd; then
	pass "kbuild: the modpost stage ran modpost-lite, and modpost with -S"
else
	fail "kbuild: .Module.symvers.cmd does not show modpost-lite and modpost -S"
	sed 's/^/    /' .Module.symvers.cmd
fi

# MPL_DEBUG_JOBS=1 makes modpost-lite say which jobserver it used.
js=$(sed -n 's/^modpost-lite: jobserver //p' "$DIR/build.log" | head -1)
if [ "$JOBS" -gt 1 ]; then
	[ -n "$js" ] && [ "${js%unusable*}" = "$js" ] &&
		pass "kbuild: modpost-lite took its threads from make's jobserver ($js)" ||
		fail "kbuild: modpost-lite did not use make's jobserver (${js:-none})"
fi

# 4. The reference: the tree's own modpost on vmlinux.o and the modules'
# linked objects, with its section checks (no -S), as unpatched Kbuild runs it.
scripts/mod/modpost -M -o "$DIR/ref.symvers" vmlinux.o -T modules.order \
	>/dev/null 2>"$DIR/ref.all"
mismatch_lines "$DIR/ref.all" >"$DIR/ref.txt"
grep 'modpost: vmlinux: ' "$DIR/ref.txt" >"$DIR/ref-vmlinux.txt"
grep -v 'modpost: vmlinux: ' "$DIR/ref.txt" >"$DIR/ref-modules.txt"
nv=$(grep -c mpl_ "$DIR/ref-vmlinux.txt")
nm=$(grep -c mpl_ "$DIR/ref-modules.txt")
[ "$nv" -ge 6 ] && [ "$nm" -ge 5 ] &&
	pass "kbuild: reference modpost reports the injected mismatches ($nv in vmlinux, $nm in modules)" ||
	fail "kbuild: reference modpost reports only $nv + $nm injected mismatches"

# modpost -S: no section checks, same exports.
scripts/mod/modpost -M -S -o "$DIR/s.symvers" vmlinux.o -T modules.order \
	>/dev/null 2>"$DIR/s.all"
[ ! -s "$(mismatch_lines "$DIR/s.all" >"$DIR/s.txt"; echo "$DIR/s.txt")" ] &&
	pass "kbuild: modpost -S prints no section checks" ||
	fail "kbuild: modpost -S still prints $(wc -l <"$DIR/s.txt") section lines"
cmp -s "$DIR/ref.symvers" "$DIR/s.symvers" && grep -q mpl_probe "$DIR/s.symvers" &&
	pass "kbuild: modpost -S writes the same Module.symvers" ||
	fail "kbuild: modpost -S changes Module.symvers"

# 5. What the build printed at the modpost stage.
grep '^WARNING: modpost: \|^ERROR: modpost: ' "$DIR/build.log" |
	mismatch_lines >"$DIR/build.txt"
same_lines "kbuild: modpost stage output equals modpost on vmlinux.o + modules" \
	"$DIR/ref.txt" "$DIR/build.txt"

# 6. modpost-lite by hand on what Kbuild left.
"$MPL" -M vmlinux.a $libs 2>"$DIR/mpl-vmlinux.txt"
same_lines "kbuild: modpost-lite vmlinux.a${libs:+ $libs} = modpost vmlinux.o" \
	"$DIR/ref-vmlinux.txt" "$DIR/mpl-vmlinux.txt"
"$MPL" -M -T modules.order 2>"$DIR/mpl-modules.txt"
same_lines "kbuild: modpost-lite -T modules.order = modpost on the modules" \
	"$DIR/ref-modules.txt" "$DIR/mpl-modules.txt"
"$MPL" -M -T - <modules.order 2>"$DIR/mpl-stdin.txt"
cmp -s "$DIR/mpl-modules.txt" "$DIR/mpl-stdin.txt" &&
	pass "kbuild: -T - (standard input) same as -T modules.order" ||
	fail "kbuild: -T - differs from -T modules.order"
while read -r m; do
	name=${m%.o}
	grep -F "modpost: $name: " "$DIR/ref-modules.txt" >"$DIR/ref-one.txt"
	"$MPL" -M "$name.ko" 2>"$DIR/mpl-ko.txt"
	same_lines "kbuild: module $name: $name.ko" "$DIR/ref-one.txt" "$DIR/mpl-ko.txt"
	# shellcheck disable=SC2046
	"$MPL" -M --module "$name" $(cat "$name.mod") 2>"$DIR/mpl-parts.txt"
	same_lines "kbuild: module $name: --module with the objects of $name.mod" \
		"$DIR/ref-one.txt" "$DIR/mpl-parts.txt"
done <modules.order
"$MPL" -M -j1 vmlinux.a $libs -T modules.order 2>"$DIR/mpl-j1.txt"
"$MPL" -M -j2 vmlinux.a $libs -T modules.order 2>"$DIR/mpl-j2.txt"
cmp -s "$DIR/mpl-j1.txt" "$DIR/mpl-j2.txt" &&
	pass "kbuild: -j1 and -j2 byte-identical" ||
	fail "kbuild: -j1 and -j2 differ"

# -E (CONFIG_SECTION_MISMATCH_WARN_ONLY=n): the same ERROR, exit status 1.
"$MPL" -M -E vmlinux.a $libs -T modules.order 2>"$DIR/mplE.txt"
mrc=$?
scripts/mod/modpost -M -E -o /dev/null vmlinux.o -T modules.order \
	>/dev/null 2>"$DIR/refE.all"
rrc=$?
{ mismatch_lines "$DIR/refE.all"; grep -A1 '^ERROR: modpost: Section mismatches' "$DIR/refE.all"; } >"$DIR/refE.txt"
if [ $mrc -eq 1 ] && [ $rrc -eq 1 ]; then
	same_lines "kbuild: -E: same lines and ERROR as modpost -E, exit 1" \
		"$DIR/refE.txt" "$DIR/mplE.txt"
else
	fail "kbuild: -E: modpost-lite exit $mrc, modpost exit $rrc (expected 1 and 1)"
fi

# 7. An external module (testdata/oot-module) built against the patched
# tree: its modpost stage runs modpost-lite -T on the module's modules.order.
M=$DIR/oot-module
rm -rf "$M"
cp -r "$TOP/testdata/oot-module" "$M"
if make -C "$OUT" M="$M" MODPOST_LITE="$MPL" modules >"$DIR/oot.log" 2>&1; then
	grep '^WARNING: modpost: \|^ERROR: modpost: ' "$DIR/oot.log" |
		mismatch_lines >"$DIR/oot.txt"
	scripts/mod/modpost -M -e -i Module.symvers -o /dev/null "$M/oot_demo.o" \
		>/dev/null 2>"$DIR/oot-ref.all"
	mismatch_lines "$DIR/oot-ref.all" >"$DIR/oot-ref.txt"
	grep -q "$MPL" "$M/.Module.symvers.cmd" &&
		pass "kbuild: make M=testdata/oot-module ran modpost-lite" ||
		fail "kbuild: make M=testdata/oot-module did not run modpost-lite"
	same_lines "kbuild: make M=testdata/oot-module prints modpost's lines" \
		"$DIR/oot-ref.txt" "$DIR/oot.txt"
else
	fail "kbuild: make M=testdata/oot-module modules; last lines of $DIR/oot.log:"
	tail -10 "$DIR/oot.log" | sed 's/^/    /'
fi

echo "check-kbuild: $(($(date +%s) - start)) s"
summary
