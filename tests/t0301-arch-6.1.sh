#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Cross-architecture checks of the Linux 6.1 profile.
#
# For every variant of $MPL_ARCH_VARIANTS_61 (testdata/arch/variants.sh:
# all of t0300's, among them i686, arm and mips as 32-bit REL
# architectures, s390x, ppc64 and mips as big-endian ones) whose cross
# compiler is installed: compile
# testdata/arch/*.c/*.S with -DMPL_KERNEL_6_1 (6.1's ksymtab exports),
# link them with the arch's "ld -r" into vmlinux.o, and check, as
# multisets of lines, that
#   - modpost-lite --kernel=6.1 -M on the objects prints what Debian's
#     linux-kbuild-6.1 modpost prints for vmlinux.o, with its exit status,
#   - the reference still prints testdata/arch/expected-6.1/VARIANT.txt
#     (toolchain drift; regenerate with
#     tests/regen-arch-expected.sh --kernel=6.1),
#   - modpost-lite prints testdata/arch/expected-6.1/VARIANT.txt.
# Then the same three checks for t0310's synthetic objects
# (testdata/arch/synthetic: hand-encoded REL instructions for arm, mips
# and i386, MIPS64's r_info, RISC-V's and LoongArch's __ex_table pairs,
# which 6.1 skips only on RISC-V, and objects of more than 65279
# sections), against expected-6.1/synthetic-CASE.txt.
. "$(dirname "$0")/lib.sh"
. "$TOP/testdata/arch/variants.sh"
. "$TOP/testdata/arch/synthetic/gen.sh"
. "$TOP/tests/arch.sh"

ARCH_KERNEL=6.1
EXP=$SRC/expected-6.1
REF=$(ref_modpost 6.1) || REF=

if [ ! -x "$MPL" ]; then
	fail "arch-6.1: $MPL is not built"
	exit 0
fi

mpl_arch_variants_61 | arch_check_variants arch-6.1

MKELF=$TMP/mkelf
if ! cc -Wall -Werror -o "$MKELF" "$TOP/tests/tools/mkelf.c" -lelf \
	>"$TMP/mkelf.log" 2>&1; then
	fail "arch-6.1/synthetic: build tests/tools/mkelf.c (needs libelf-dev)"
	exit 0
fi
arch_check_synthetic arch-6.1/synthetic "$MKELF"
exit 0
