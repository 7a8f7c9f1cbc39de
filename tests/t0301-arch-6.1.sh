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

SRC=$TOP/testdata/arch
EXP=$SRC/expected-6.1
REF=$(ref_modpost 6.1) || REF=

if [ ! -x "$MPL" ]; then
	fail "arch-6.1: $MPL is not built"
	exit 0
fi

build_and_check() {
	local name=$1 prefix=$2 pkg=$3 flags=$4 extra=$5
	local dir=$TMP/$name objs o rel=() exp=$EXP/$name.txt st=0 rst

	if ! command -v "${prefix}gcc" >/dev/null 2>&1 ||
	   ! command -v "${prefix}ld" >/dev/null 2>&1; then
		skip "arch-6.1/$name (${prefix}gcc not installed: apt-get install $pkg)"
		return
	fi
	# shellcheck disable=SC2086 # $objs: one path a line, no blanks
	if ! objs=$(mpl_arch_build "$SRC" "$dir" "$prefix" "$flags" "$extra") ||
	   ! mpl_arch_link "$prefix" "$dir" $objs; then
		fail "arch-6.1/$name: build"
		grep -v 'GNU-stack\|deprecated' "$dir/build.log" | head -20 | sed 's/^/    /'
		return
	fi
	for o in $objs; do
		rel+=("${o##*/}")
	done
	mpl_arch_run_mpl_61 "$MPL" "$dir" "${rel[@]}" >"$dir/mpl.txt" || st=$?
	mpl_arch_note_status "$st"

	if [ -n "$REF" ]; then
		mpl_arch_reference_61 "$REF" "$dir" >"$dir/ref.txt"
		check_same_lines "arch-6.1/$name: modpost-lite --kernel=6.1 ${rel[*]} = reference on vmlinux.o" \
			"$dir/ref.txt" "$dir/mpl.txt"
		rst=$(cd "$dir" && "$REF" -o /dev/null vmlinux.o >/dev/null 2>&1; echo $?)
		check_status "arch-6.1/$name: modpost-lite exit status = reference's" \
			"$st" "$rst"
		if [ -f "$exp" ]; then
			check_same_lines "arch-6.1/$name: reference output = expected-6.1/$name.txt" \
				"$exp" "$dir/ref.txt"
		else
			fail "arch-6.1/$name: expected-6.1/$name.txt missing (tests/regen-arch-expected.sh --kernel=6.1)"
		fi
	else
		skip "arch-6.1/$name: reference comparison (apt-get install $(ref_package 6.1))"
	fi
	if [ -f "$exp" ]; then
		check_same_lines "arch-6.1/$name: modpost-lite output = expected-6.1/$name.txt" \
			"$exp" "$dir/mpl.txt"
	elif [ -z "$REF" ]; then
		fail "arch-6.1/$name: expected-6.1/$name.txt missing"
	fi
}

# Two variants at a time (the machine has 2 cores); output is collected
# per variant and printed in table order.
mkdir -p "$TMP/out"
i=0
pids=()
while IFS='|' read -r name prefix pkg flags extra; do
	[ -n "$name" ] || continue
	build_and_check "$name" "$prefix" "$pkg" "$flags" "$extra" \
		>"$TMP/out/$(printf %03d $i)" 2>&1 &
	pids+=($!)
	i=$((i + 1))
	if [ ${#pids[@]} -ge 2 ]; then
		wait "${pids[0]}"
		pids=("${pids[@]:1}")
	fi
done < <(mpl_arch_variants_61)
wait
cat "$TMP"/out/*

MKELF=$TMP/mkelf
if ! cc -Wall -Werror -o "$MKELF" "$TOP/tests/tools/mkelf.c" -lelf \
	>"$TMP/mkelf.log" 2>&1; then
	fail "arch-6.1/synthetic: build tests/tools/mkelf.c (needs libelf-dev)"
	exit 0
fi
while read -r name; do
	dir=$TMP/synthetic-$name
	exp=$EXP/synthetic-$name.txt
	st=0
	inputs=$(mpl_synth_build "$name" "$SRC/synthetic" "$dir" "$MKELF") || st=$?
	if [ "$st" -eq 2 ]; then
		skip "arch-6.1/synthetic-$name ($inputs)"
		continue
	elif [ "$st" -ne 0 ]; then
		fail "arch-6.1/synthetic-$name: build"
		continue
	fi
	st=0
	# shellcheck disable=SC2086 # $inputs: one path a line, no blanks
	mpl_arch_run_mpl_61 "$MPL" "$dir" $inputs >"$dir/mpl.txt" || st=$?
	mpl_arch_note_status "$st"
	if [ -n "$REF" ]; then
		mpl_arch_reference_61 "$REF" "$dir" >"$dir/ref.txt"
		check_same_lines "arch-6.1/synthetic-$name: modpost-lite --kernel=6.1 = reference" \
			"$dir/ref.txt" "$dir/mpl.txt"
		rst=$(cd "$dir" && "$REF" -o /dev/null vmlinux.o >/dev/null 2>&1; echo $?)
		check_status "arch-6.1/synthetic-$name: exit status = reference's" \
			"$st" "$rst"
	else
		skip "arch-6.1/synthetic-$name: reference comparison (apt-get install $(ref_package 6.1))"
	fi
	if [ -f "$exp" ]; then
		check_same_lines "arch-6.1/synthetic-$name: modpost-lite output = expected-6.1/synthetic-$name.txt" \
			"$exp" "$dir/mpl.txt"
		[ -z "$REF" ] || check_same_lines "arch-6.1/synthetic-$name: reference = expected-6.1/synthetic-$name.txt" \
			"$exp" "$dir/ref.txt"
	else
		fail "arch-6.1/synthetic-$name: expected-6.1/synthetic-$name.txt missing (tests/regen-arch-expected.sh --kernel=6.1)"
	fi
done < <(mpl_synth_cases "$SRC/synthetic")
exit 0
