#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
#
# t0540-oot-dirwalk: a directory argument is walked for modules, as after
# "make modules_install".  testdata/oot-module and testdata/oot-counter are
# built by Kbuild against Debian's linux-headers-6.12.*-amd64 and installed
# with modules_install (which compresses them with xz, as Debian's config
# says); more copies are added as .ko.zst, .ko.gz and .ko.  Walking the
# tree must print, for each module (its unit named by its path without the
# suffix), the lines Kbuild's modpost printed for it, with the replayed
# modpost's exit status, in sorted path order, the same for every run and
# thread count and the same as naming the files one by one.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/oot.sh"

oot_setup "oot dirwalk"
oot_need_tools "oot dirwalk" xz zstd gzip

S=$TMP/src
mkdir -p "$S"
cp -r "$TOP/testdata/oot-module" "$S/demo"
cp -r "$TOP/testdata/oot-counter" "$S/ctr"
oot_build "oot dirwalk: demo" "$S/demo" || exit 0
oot_build "oot dirwalk: ctr" "$S/ctr" || exit 0
rc_all=0
for m in demo ctr; do
	oot_replay "$S/$m" "$TMP/replay-$m.txt"
	rc=$?
	[ $rc -gt $rc_all ] && rc_all=$rc
	grep '^WARNING: \|^ERROR: ' "$TMP/replay-$m.txt" >"$TMP/replay-$m.lines"
	check_same_lines "oot dirwalk: $m: replayed modpost = the build's lines" \
		"$S/$m.kbuild" "$TMP/replay-$m.lines"
done

R=$TMP/root
for m in demo ctr; do
	# CONFIG_MODULE_SIG_ALL off: there is no signing key in the headers
	if ! make -C "$KDIR" M="$S/$m" INSTALL_MOD_PATH="$R" \
		INSTALL_MOD_DIR="extra/$m" CONFIG_MODULE_SIG_ALL= \
		modules_install >"$TMP/install-$m.log" 2>&1; then
		fail "oot dirwalk: make modules_install ($m)"
		tail -20 "$TMP/install-$m.log" | sed 's/^/    /'
		exit 0
	fi
done
KV=$(echo "$R"/lib/modules/*)
ls "$KV"/extra/demo/oot_demo.ko.xz "$KV"/extra/ctr/oot_ctr.ko.xz >/dev/null &&
	pass "oot dirwalk: modules_install wrote oot_demo.ko.xz and oot_ctr.ko.xz" ||
	{ fail "oot dirwalk: modules_install wrote no .ko.xz"; exit 0; }
mkdir -p "$KV/misc/z" "$KV/misc/g"
# (copies of oot_ctr only: a second oot_demo would export its symbols twice)
zstd -q "$S/ctr/oot_ctr.ko" -o "$KV/misc/z/ctr.ko.zst"
gzip -c "$S/ctr/oot_ctr.ko" >"$KV/misc/g/ctr.ko.gz"
cp "$S/ctr/oot_ctr.ko" "$KV/misc/plain.ko"
echo 'not a module' >"$KV/misc/README"
cp "$S/demo/oot_main.o" "$KV/misc/"

# What Kbuild printed, for each installed path (unit = path - suffix).
: >"$TMP/want.txt"
: >"$TMP/want.units"
while read -r path src; do
	unit=${path%.ko*}
	sed "s|modpost: $S/$src: |modpost: $unit: |" \
		"$S/${src%/*}.kbuild" >>"$TMP/want.txt"
	echo "$unit" >>"$TMP/want.units"
done <<EOF
$KV/extra/ctr/oot_ctr.ko.xz ctr/oot_ctr
$KV/extra/demo/oot_demo.ko.xz demo/oot_demo
$KV/misc/g/ctr.ko.gz ctr/oot_ctr
$KV/misc/plain.ko ctr/oot_ctr
$KV/misc/z/ctr.ko.zst ctr/oot_ctr
EOF
LC_ALL=C sort -o "$TMP/want.units" "$TMP/want.units"

oot_mpl "$TMP/walk.txt" "$R"
rc=$?
check_same_lines "oot dirwalk: ROOT walked: each module's lines from Kbuild's modpost" \
	"$TMP/want.txt" "$TMP/walk.txt"
check_rc "oot dirwalk: ROOT walked" $rc $rc_all
sed -n 's/^WARNING: modpost: \([^:]*\): .*/\1/p' "$TMP/walk.txt" | uniq \
	>"$TMP/walk.units"
check_eq "oot dirwalk: modules in sorted path order, each its own unit" \
	"$TMP/want.units" "$TMP/walk.units"

for j in 1 2 8; do
	"$MPL" -M -j$j "$R" 2>"$TMP/walk-j$j.txt"
done
check_eq "oot dirwalk: -j1 and -j2 byte-identical" "$TMP/walk-j1.txt" \
	"$TMP/walk-j2.txt"
check_eq "oot dirwalk: -j1 and -j8 byte-identical" "$TMP/walk-j1.txt" \
	"$TMP/walk-j8.txt"
check_eq "oot dirwalk: same as the default thread count" "$TMP/walk.txt" \
	"$TMP/walk-j2.txt"
oot_mpl "$TMP/files.txt" $(find "$R" -name '*.ko*' | LC_ALL=C sort)
check_eq "oot dirwalk: same as the module files named one by one" \
	"$TMP/walk.txt" "$TMP/files.txt"
oot_mpl "$TMP/slash.txt" "$R/"
check_eq "oot dirwalk: ROOT/ (trailing slash) same as ROOT" \
	"$TMP/walk.txt" "$TMP/slash.txt"
echo "$R" >"$TMP/list"
oot_mpl "$TMP/rsp.txt" "@$TMP/list"
check_eq "oot dirwalk: a directory in a response file" \
	"$TMP/walk.txt" "$TMP/rsp.txt"
oot_mpl "$TMP/E.txt" -E "$R"
check_rc "oot dirwalk: -E ROOT (mismatches are errors)" $? 1

# Errors: one line each, exit status 2, the other inputs still checked.
E=$TMP/err
mkdir -p "$E/empty" "$E/nomod" "$E/dup"
cp "$S/demo/oot_main.o" "$E/nomod/"
echo 'no modules here' >"$E/nomod/README.ko.txt"
cp "$S/ctr/oot_ctr.ko" "$E/dup/"
xz -k "$E/dup/oot_ctr.ko"
sed "s|modpost: $S/ctr/oot_ctr: |modpost: $E/dup/oot_ctr: |" \
	"$S/ctr.kbuild" >"$TMP/dup.want"
cat "$S/demo.kbuild" >>"$TMP/dup.want"
oot_mpl "$TMP/e.txt" "$E/empty" "$E/nomod" "$E/dup" "$S/demo/oot_demo.ko"
rc=$?
cat >"$TMP/e.want" <<EOF
modpost-lite: $E/empty: no modules (*.ko, *.ko.xz, *.ko.zst, *.ko.gz) in this directory
modpost-lite: $E/nomod: no modules (*.ko, *.ko.xz, *.ko.zst, *.ko.gz) in this directory
modpost-lite: $E/dup/oot_ctr.ko.xz: module $E/dup/oot_ctr is also $E/dup/oot_ctr.ko: not checked twice
EOF
grep '^modpost-lite: ' "$TMP/e.txt" >"$TMP/e.lines"
check_eq "oot dirwalk: empty, module-less and duplicate directories: one line each" \
	"$TMP/e.want" "$TMP/e.lines"
grep -v '^modpost-lite: ' "$TMP/e.txt" >"$TMP/e.good"
check_same_lines "oot dirwalk: the duplicate module checked once, the other input checked" \
	"$TMP/dup.want" "$TMP/e.good"
check_rc "oot dirwalk: bad directories" $rc 2
oot_mpl "$TMP/m.txt" --module foo "$R"
rc=$?
echo "modpost-lite: $R: a directory of modules, each its own unit: --module does not apply" \
	>"$TMP/m.want"
check_eq "oot dirwalk: --module with a directory: one line" "$TMP/m.want" \
	"$TMP/m.txt"
check_rc "oot dirwalk: --module with a directory" $rc 2
