#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
#
# t0125-layout-align: an input section whose sh_addralign is no power of
# two (24: out of the ELF specification, and neither gas nor libelf write
# one, so tests/tools/mkelf's object is patched here).  ld.bfd aligns such
# a section to the lowest set bit of the value (24 aligns as 8), and so
# must the merged layout: a.o's .init.data is 12 bytes with a_s at 0; b.o's
# (24, 4 bytes) is placed at 16, so b.o's reference to its own section
# symbol + 1 is 17 bytes after a_s and the nearest-symbol search (20 bytes
# at most) names it.  Aligned to 24, the target would be 25 bytes away
# and print as an address.  Checks, for 6.12 and 6.1: the reference on
# ld -r's output prints the expected line, and modpost-lite on the two
# objects prints the same.
set -u
. "$(dirname "$0")/lib.sh"

what="layout-align: sh_addralign 24 aligns as ld's 8"
if ! command -v python3 >/dev/null || ! command -v gcc >/dev/null; then
	skip "$what (python3 or gcc missing)"
	exit 0
fi
if ! cc -Wall -Werror -o "$TMP/mkelf" "$TOP/tests/tools/mkelf.c" -lelf \
	>"$TMP/mkelf.log" 2>&1; then
	fail "$what (build tests/tools/mkelf.c)"
	exit 0
fi

cat >"$TMP/a.S" <<'EOS'
	.section .init.data,"aw",@nobits
	.balign 8
	.globl a_s
a_s:
	.zero 12
EOS
cat >"$TMP/b.spec" <<'EOS'
elf 64 lsb x86_64
section .init.data nobits aw 8
fill .init.data 4
section .data progbits aw 8
fill .data 8
symbol b_ref .data 0 8 global object
rela .data 0 R_X86_64_64 @.init.data 1
EOS
# sh_addralign of b.o's .init.data: 8 -> 24
patch_align() {
	python3 - "$1" <<'EOP'
import struct, sys
path = sys.argv[1]
b = bytearray(open(path, "rb").read())
shoff = struct.unpack_from("<Q", b, 0x28)[0]
shentsize, shnum, shstrndx = struct.unpack_from("<HHH", b, 0x3a)
names = struct.unpack_from("<Q", b, shoff + shstrndx * shentsize + 0x18)[0]
done = 0
for i in range(shnum):
    sh = shoff + i * shentsize
    at = names + struct.unpack_from("<I", b, sh)[0]
    if b[at:b.index(0, at)] == b".init.data":
        struct.pack_into("<Q", b, sh + 0x30, 24)
        done += 1
if done != 1:
    sys.exit("t0125: no single .init.data in " + path)
open(path, "wb").write(b)
EOP
}
if ! gcc -c -o "$TMP/a.o" "$TMP/a.S" ||
   ! "$TMP/mkelf" -o "$TMP/b.o" "$TMP/b.spec" || ! patch_align "$TMP/b.o"; then
	fail "$what (building the objects)"
	exit 0
fi
if ! readelf -SW "$TMP/b.o" | grep -q '\.init\.data .* 24$'; then
	fail "$what (b.o's .init.data is not aligned 24)"
	readelf -SW "$TMP/b.o" | sed 's/^/    /'
	exit 0
fi

want='WARNING: modpost: vmlinux: section mismatch in reference: b_ref+0x0 (section: .data) -> a_s (section: .init.data)'
echo "$want" >"$TMP/want.6.12"
echo "$want" | sed 's/vmlinux: /vmlinux.o: /; s/b_ref+0x0/b_ref/' >"$TMP/want.6.1"
for k in 6.12 6.1; do
	mkdir -p "$TMP/$k"
	if ref=$(ref_modpost "$k"); then
		ref_run_linked "$ref" "$TMP/$k" "$TMP/$k/ref" -- "$TMP/a.o" "$TMP/b.o"
		check_eq "$what: the $k reference on ld -r's output" \
			"$TMP/want.$k" "$TMP/$k/ref"
	else
		skip "$what: the $k reference (not installed: $(ref_package "$k"))"
	fi
	mpl_run "$TMP/$k" "$TMP/$k/mpl" --kernel="$k" -- "$TMP/a.o" "$TMP/b.o"
	check_mpl_lines "$what: modpost-lite --kernel=$k" "$TMP/want.$k" "$TMP/$k/mpl"
done
exit 0
