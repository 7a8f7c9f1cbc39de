#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Cross-architecture section mismatch checks.
#
# For every build variant of testdata/arch/variants.sh whose cross
# compiler is installed (tests/arch-packages.txt lists the packages):
# compile testdata/arch/*.c/*.S into objects, link them with the arch's
# "ld -r" into vmlinux.o, and check, as multisets of lines, that
#   - modpost-lite -M on the objects prints what the reference modpost -M
#     prints for vmlinux.o,
#   - the reference still prints testdata/arch/expected/VARIANT.txt
#     (toolchain drift; regenerate with tests/regen-arch-expected.sh),
#   - modpost-lite prints testdata/arch/expected/VARIANT.txt.
# Variants without a compiler print one SKIP line naming the package.
. "$(dirname "$0")/lib.sh"
. "$TOP/testdata/arch/variants.sh"
. "$TOP/tests/arch.sh"

ARCH_KERNEL=
EXP=$SRC/expected
REF=$(ref_modpost) || REF=

if [ ! -x "$MPL" ]; then
	fail "arch: $MPL is not built"
	exit 0
fi

mpl_arch_variants | arch_check_variants arch
exit 0
