#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Synthetic objects made with tests/tools/mkelf (and the host assembler):
#   - testdata/arch/synthetic/*.spec: LoongArch (no cross compiler in
#     Debian 12) with R_LARCH_SUB32 in __ex_table and R_LARCH_RELAX /
#     R_LARCH_ALIGN relocations, RISC-V with R_RISCV_SUB32 in __ex_table,
#     and hand-encoded SHT_REL instructions for arm, mips and i386, plus
#     MIPS64's r_info layout;
#   - many-mkelf: one object with more than 65279 sections (SHN_XINDEX,
#     SHT_SYMTAB_SHNDX);
#   - many-gas: the same made by the assembler, linked with a second object.
# The reference reads the single object (or the ld -r output) named
# vmlinux.o; modpost-lite reads the same object(s). Checks: modpost-lite =
# reference, reference = expected/synthetic-CASE.txt, modpost-lite =
# expected file.
. "$(dirname "$0")/lib.sh"
. "$TOP/testdata/arch/variants.sh"
. "$TOP/testdata/arch/synthetic/gen.sh"
. "$TOP/tests/arch.sh"

ARCH_KERNEL=
EXP=$SRC/expected
REF=$(ref_modpost) || REF=
MKELF=$TMP/mkelf

if [ ! -x "$MPL" ]; then
	fail "arch-synthetic: $MPL is not built"
	exit 0
fi
if ! cc -Wall -Werror -o "$MKELF" "$TOP/tests/tools/mkelf.c" -lelf \
	>"$TMP/mkelf.log" 2>&1; then
	fail "arch-synthetic: build tests/tools/mkelf.c (needs libelf-dev)"
	sed 's/^/    /' "$TMP/mkelf.log" | head -20
	exit 0
fi
pass "arch-synthetic: mkelf builds with -Wall -Werror"

arch_check_synthetic arch-synthetic "$MKELF"

# mkelf itself: the many-sections object really uses extended numbering.
if [ -f "$TMP/synthetic-many-mkelf/vmlinux.o" ] && command -v readelf >/dev/null; then
	hdr=$(readelf -hW "$TMP/synthetic-many-mkelf/vmlinux.o" 2>&1)
	if grep -q 'Number of section headers: *0 (70' <<<"$hdr" &&
	   grep -q 'string table index: *65535 (70' <<<"$hdr" &&
	   readelf -SW "$TMP/synthetic-many-mkelf/vmlinux.o" | grep -q "SYMTAB SECTION INDICES"; then
		pass "arch-synthetic: mkelf object uses e_shnum=0, SHN_XINDEX and .symtab_shndx"
	else
		fail "arch-synthetic: mkelf object does not use extended section numbering"
		head -20 <<<"$hdr" | sed 's/^/    /'
	fi
fi
exit 0
