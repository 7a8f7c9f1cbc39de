#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
#
# t0530-oot-compressed: compressed modules, as distributions install them.
# testdata/oot-module is built by Kbuild against Debian's
# linux-headers-6.12.*-amd64; its .ko compressed with xz -k, zstd and
# gzip -k must give exactly the lines Kbuild's modpost printed, and the
# exit status of that modpost command replayed (also with -E added).
# The format is found by magic bytes, not by name; bad compressed data
# (truncated, corrupt, trailing bytes, expanding past the bound) gets one
# line and exit status 2 while the other inputs are still checked.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/oot.sh"

oot_setup "oot compressed"
oot_need_tools "oot compressed" xz zstd gzip

M=$TMP/oot
cp -r "$TOP/testdata/oot-module" "$M"
oot_build "oot compressed" "$M" || exit 0
name=$M/oot_demo
[ "$(grep -c "modpost: $name: " "$M.kbuild")" -eq 8 ] &&
	pass "oot compressed: Kbuild's modpost printed 8 lines for DIR/oot_demo" ||
	fail "oot compressed: Kbuild's modpost printed $(wc -l <"$M.kbuild") lines, expected 8"

oot_replay "$M" "$TMP/replay.txt"
ref_rc=$?
grep '^WARNING: \|^ERROR: ' "$TMP/replay.txt" >"$TMP/replay.lines"
check_same_lines "oot compressed: Kbuild's modpost command replayed prints the build's lines" \
	"$M.kbuild" "$TMP/replay.lines"
oot_replay "$M" "$TMP/replayE.txt" -E
refE_rc=$?

xz -k "$name.ko"
zstd -q "$name.ko" -o "$name.ko.zst"
gzip -k "$name.ko"
for ext in ko ko.xz ko.zst ko.gz; do
	oot_mpl "$TMP/$ext.txt" "$name.$ext"
	rc=$?
	check_same_lines "oot compressed: DIR/oot_demo.$ext = Kbuild's modpost" \
		"$M.kbuild" "$TMP/$ext.txt"
	check_rc "oot compressed: DIR/oot_demo.$ext" $rc $ref_rc
	oot_mpl "$TMP/$ext.E.txt" -E "$name.$ext"
	rc=$?
	check_same_lines "oot compressed: -E DIR/oot_demo.$ext = modpost -E" \
		"$TMP/replayE.txt" "$TMP/$ext.E.txt"
	check_rc "oot compressed: -E DIR/oot_demo.$ext" $rc $refE_rc
done
[ "$ref_rc" -eq 0 ] && [ "$refE_rc" -eq 1 ] &&
	pass "oot compressed: the replayed modpost exits 0, and 1 with -E" ||
	fail "oot compressed: the replayed modpost exits $ref_rc, $refE_rc with -E"

# Found by magic bytes: xz data named .ko, and a .ko.gz that is plain ELF.
mkdir -p "$TMP/named"
cp "$name.ko.xz" "$TMP/named/oot_demo.ko"
cp "$name.ko" "$TMP/named/plain.ko.gz"
sed "s|modpost: $name: |modpost: $TMP/named/oot_demo: |" "$M.kbuild" \
	>"$TMP/named1.want"
oot_mpl "$TMP/named1.txt" "$TMP/named/oot_demo.ko"
check_same_lines "oot compressed: xz data named .ko is read as xz" \
	"$TMP/named1.want" "$TMP/named1.txt"
sed "s|modpost: $name: |modpost: $TMP/named/plain: |" "$M.kbuild" \
	>"$TMP/named2.want"
oot_mpl "$TMP/named2.txt" "$TMP/named/plain.ko.gz"
check_same_lines "oot compressed: a plain .ko named .ko.gz is read as ELF" \
	"$TMP/named2.want" "$TMP/named2.txt"

# --module NAME names the unit of a compressed .ko too.
sed "s|modpost: $name: |modpost: mymod: |" "$M.kbuild" >"$TMP/mod.want"
oot_mpl "$TMP/mod.txt" --module mymod "$name.ko.zst"
check_same_lines "oot compressed: --module mymod DIR/oot_demo.ko.zst: unit mymod" \
	"$TMP/mod.want" "$TMP/mod.txt"

# Bad compressed data: one line each, exit 2, the good module still checked.
B=$TMP/bad
mkdir -p "$B"
head -c 20000 "$name.ko.xz" >"$B/trunc.ko.xz"
head -c 20000 "$name.ko.zst" >"$B/trunc.ko.zst"
head -c 20000 "$name.ko.gz" >"$B/trunc.ko.gz"
for ext in xz zst gz; do
	cp "$name.ko.$ext" "$B/corrupt.ko.$ext"
	printf '\377\377\377\377' |
		dd of="$B/corrupt.ko.$ext" bs=1 seek=3000 conv=notrunc 2>/dev/null
done
{ cat "$name.ko.gz"; printf 'junk'; } >"$B/trailing.ko.gz"
head -c 40M /dev/zero | xz -0 >"$B/bomb.ko.xz"
head -c 40M /dev/zero | zstd -q -1 >"$B/bomb.ko.zst"
head -c 40M /dev/zero | gzip -1 >"$B/bomb.ko.gz"
: | xz >"$B/nothing.ko.xz"
head -c 100 /dev/zero | xz >"$B/zeros.ko.xz"
limit() {	# the message for a bomb FILE of format FMT
	echo "modpost-lite: $2: $1 data expands to more than 33554432 bytes, the limit for $(stat -c %s "$2") compressed bytes (64 times that, at least 32 MiB, at most 256 MiB)"
}
cat >"$TMP/bad.want" <<EOF
$(limit gzip "$B/bomb.ko.gz")
$(limit xz "$B/bomb.ko.xz")
$(limit zstd "$B/bomb.ko.zst")
modpost-lite: $B/corrupt.ko.gz: corrupt gzip data (DETAIL)
modpost-lite: $B/corrupt.ko.xz: corrupt xz data
modpost-lite: $B/corrupt.ko.zst: corrupt zstd data (DETAIL)
modpost-lite: $B/nothing.ko.xz: xz data expands to nothing
modpost-lite: $B/trailing.ko.gz: 4 bytes of trailing data after the gzip data
modpost-lite: $B/trunc.ko.gz: truncated gzip data
modpost-lite: $B/trunc.ko.xz: truncated xz data
modpost-lite: $B/trunc.ko.zst: truncated zstd data
modpost-lite: $B/zeros.ko.xz: not an ELF object file
EOF
oot_mpl "$TMP/bad.txt" $(LC_ALL=C ls -d "$B"/*) "$name.ko.xz"
rc=$?
# the library's own words depend on where the bytes were hit
grep '^modpost-lite: ' "$TMP/bad.txt" |
	sed -E 's/(corrupt [a-z]+ data) \([^)]+\)$/\1 (DETAIL)/' >"$TMP/bad.lines"
check_eq "oot compressed: bad compressed data: one line each" \
	"$TMP/bad.want" "$TMP/bad.lines"
grep -v '^modpost-lite: ' "$TMP/bad.txt" >"$TMP/bad.good"
check_same_lines "oot compressed: the good module is still checked" \
	"$M.kbuild" "$TMP/bad.good"
check_rc "oot compressed: bad compressed data" $rc 2
