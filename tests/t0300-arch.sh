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

SRC=$TOP/testdata/arch
EXP=$SRC/expected
REF=$(ref_modpost) || REF=

if [ ! -x "$MPL" ]; then
	fail "arch: $MPL is not built"
	exit 0
fi

build_and_check() {
	local name=$1 prefix=$2 pkg=$3 flags=$4 extra=$5
	local dir=$TMP/$name objs o rel=() exp=$EXP/$name.txt st=0

	if ! command -v "${prefix}gcc" >/dev/null 2>&1 ||
	   ! command -v "${prefix}ld" >/dev/null 2>&1; then
		skip "arch/$name (${prefix}gcc not installed: apt-get install $pkg)"
		return
	fi
	# shellcheck disable=SC2086 # $objs: one path a line, no blanks
	if ! objs=$(mpl_arch_build "$SRC" "$dir" "$prefix" "$flags" "$extra") ||
	   ! mpl_arch_link "$prefix" "$dir" $objs; then
		fail "arch/$name: build"
		grep -v 'GNU-stack\|deprecated' "$dir/build.log" | head -20 | sed 's/^/    /'
		return
	fi
	for o in $objs; do
		rel+=("${o##*/}")
	done
	mpl_arch_run_mpl "$MPL" "$dir" "${rel[@]}" >"$dir/mpl.txt" || st=$?
	mpl_arch_note_status "$st"

	if [ -n "$REF" ]; then
		mpl_arch_reference "$REF" "$dir" >"$dir/ref.txt"
		check_same_lines "arch/$name: modpost-lite -M ${rel[*]} = reference on vmlinux.o" \
			"$dir/ref.txt" "$dir/mpl.txt"
		if [ -f "$exp" ]; then
			check_same_lines "arch/$name: reference output = expected/$name.txt" \
				"$exp" "$dir/ref.txt"
		else
			fail "arch/$name: expected/$name.txt missing (tests/regen-arch-expected.sh)"
		fi
	else
		skip "arch/$name: reference comparison (no reference modpost)"
	fi
	if [ -f "$exp" ]; then
		check_same_lines "arch/$name: modpost-lite output = expected/$name.txt" \
			"$exp" "$dir/mpl.txt"
	elif [ -z "$REF" ]; then
		fail "arch/$name: expected/$name.txt missing"
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
done < <(mpl_arch_variants)
wait
cat "$TMP"/out/*
exit 0
