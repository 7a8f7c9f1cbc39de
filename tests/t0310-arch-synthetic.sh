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

SRC=$TOP/testdata/arch
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

while read -r name; do
	dir=$TMP/$name
	exp=$EXP/synthetic-$name.txt
	st=0
	inputs=$(mpl_synth_build "$name" "$SRC/synthetic" "$dir" "$MKELF") || st=$?
	if [ "$st" -eq 2 ]; then
		skip "arch-synthetic/$name ($inputs)"
		continue
	elif [ "$st" -ne 0 ]; then
		fail "arch-synthetic/$name: build"
		head -20 "$dir/build.log" | sed 's/^/    /'
		continue
	fi
	st=0
	# shellcheck disable=SC2086
	mpl_arch_run_mpl "$MPL" "$dir" $inputs >"$dir/mpl.txt" || st=$?
	mpl_arch_note_status "$st"
	if [ -n "$REF" ]; then
		mpl_arch_reference "$REF" "$dir" >"$dir/ref.txt"
		check_same_lines "arch-synthetic/$name: modpost-lite -M ${inputs//$'\n'/ } = reference" \
			"$dir/ref.txt" "$dir/mpl.txt"
		if [ -f "$exp" ]; then
			check_same_lines "arch-synthetic/$name: reference output = expected/synthetic-$name.txt" \
				"$exp" "$dir/ref.txt"
		else
			fail "arch-synthetic/$name: expected/synthetic-$name.txt missing (tests/regen-arch-expected.sh)"
		fi
	else
		skip "arch-synthetic/$name: reference comparison (no reference modpost)"
	fi
	if [ -f "$exp" ]; then
		check_same_lines "arch-synthetic/$name: modpost-lite output = expected/synthetic-$name.txt" \
			"$exp" "$dir/mpl.txt"
	elif [ -z "$REF" ]; then
		fail "arch-synthetic/$name: expected/synthetic-$name.txt missing"
	fi
done < <(mpl_synth_cases "$SRC/synthetic")

# mkelf itself: the many-sections object really uses extended numbering.
if [ -f "$TMP/many-mkelf/vmlinux.o" ] && command -v readelf >/dev/null; then
	hdr=$(readelf -hW "$TMP/many-mkelf/vmlinux.o" 2>&1)
	if grep -q 'Number of section headers: *0 (70' <<<"$hdr" &&
	   grep -q 'string table index: *65535 (70' <<<"$hdr" &&
	   readelf -SW "$TMP/many-mkelf/vmlinux.o" | grep -q "SYMTAB SECTION INDICES"; then
		pass "arch-synthetic: mkelf object uses e_shnum=0, SHN_XINDEX and .symtab_shndx"
	else
		fail "arch-synthetic: mkelf object does not use extended section numbering"
		head -20 <<<"$hdr" | sed 's/^/    /'
	fi
fi
exit 0
