# SPDX-License-Identifier: GPL-2.0-only
# shellcheck shell=bash
# The checks t0300-arch.sh (6.12), t0301-arch-6.1.sh and t0310-arch-synthetic.sh
# share, after lib.sh, testdata/arch/variants.sh and synthetic/gen.sh.  The
# script sets ARCH_KERNEL ("" for the default profile, or 6.1), EXP (the
# expected-output directory) and REF (the reference modpost, or empty).

SRC=$TOP/testdata/arch

# arch_run_mpl DIR OBJ...: modpost-lite -M (with ARCH_KERNEL's profile) on
# the objects inside DIR; its stderr on stdout.  Its exit status.
arch_run_mpl() {
	if [ -n "$ARCH_KERNEL" ]; then
		mpl_arch_run_mpl_61 "$MPL" "$@"
	else
		mpl_arch_run_mpl "$MPL" "$@"
	fi
}

# arch_verdicts LABEL EXPNAME DIR STATUS WHAT: the checks on DIR/mpl.txt,
# modpost-lite's output with exit STATUS (WHAT: its command, for the label):
#   - it equals the reference's on DIR/vmlinux.o (6.1: with its status),
#   - the reference still prints EXP/EXPNAME.txt (toolchain drift),
#   - modpost-lite prints EXP/EXPNAME.txt,
# all as multisets of lines.
arch_verdicts() {
	local label=$1 exp=$EXP/$2.txt dir=$3 st=$4 what=$5 rst
	local shown=${EXP##*/}/$2.txt
	local regen="tests/regen-arch-expected.sh${ARCH_KERNEL:+ --kernel=$ARCH_KERNEL}"

	mpl_arch_note_status "$st"
	if [ -n "$REF" ]; then
		if [ -n "$ARCH_KERNEL" ]; then
			mpl_arch_reference_61 "$REF" "$dir" >"$dir/ref.txt"
		else
			mpl_arch_reference "$REF" "$dir" >"$dir/ref.txt"
		fi
		check_same_lines "$label: $what = reference on vmlinux.o" \
			"$dir/ref.txt" "$dir/mpl.txt"
		if [ -n "$ARCH_KERNEL" ]; then
			rst=$(cd "$dir" && "$REF" -o /dev/null vmlinux.o >/dev/null 2>&1; echo $?)
			check_status "$label: modpost-lite exit status = reference's" \
				"$st" "$rst"
		fi
		if [ -f "$exp" ]; then
			check_same_lines "$label: reference output = $shown" \
				"$exp" "$dir/ref.txt"
		else
			fail "$label: $shown missing ($regen)"
		fi
	else
		skip "$label: reference comparison (apt-get install $(ref_package "$ARCH_KERNEL"))"
	fi
	if [ -f "$exp" ]; then
		check_same_lines "$label: modpost-lite output = $shown" \
			"$exp" "$dir/mpl.txt"
	elif [ -z "$REF" ]; then
		fail "$label: $shown missing ($regen)"
	fi
}

# arch_check_variant LABEL NAME PREFIX PKG FLAGS EXTRA: build the sources
# for one line of mpl_arch_variants, link vmlinux.o, check.
arch_check_variant() {
	local label=$1/$2 name=$2 prefix=$3 pkg=$4 flags=$5 extra=$6
	local dir=$TMP/$name objs o rel=() st=0

	if ! command -v "${prefix}gcc" >/dev/null 2>&1 ||
	   ! command -v "${prefix}ld" >/dev/null 2>&1; then
		skip "$label (${prefix}gcc not installed: apt-get install $pkg)"
		return
	fi
	# shellcheck disable=SC2086 # $objs: one path a line, no blanks
	if ! objs=$(mpl_arch_build "$SRC" "$dir" "$prefix" "$flags" "$extra") ||
	   ! mpl_arch_link "$prefix" "$dir" $objs; then
		fail "$label: build"
		grep -v 'GNU-stack\|deprecated' "$dir/build.log" | head -20 | sed 's/^/    /'
		return
	fi
	for o in $objs; do
		rel+=("${o##*/}")
	done
	arch_run_mpl "$dir" "${rel[@]}" >"$dir/mpl.txt" || st=$?
	arch_verdicts "$label" "$name" "$dir" "$st" \
		"modpost-lite${ARCH_KERNEL:+ --kernel=$ARCH_KERNEL} -M ${rel[*]}"
}

# arch_check_variants LABEL: arch_check_variant on every line read from
# stdin, two at a time (the machine has 2 cores); the output is collected
# per variant and printed in the lines' order.
arch_check_variants() {
	local label=$1 name prefix pkg flags extra i=0 pids=()

	mkdir -p "$TMP/out"
	while IFS='|' read -r name prefix pkg flags extra; do
		[ -n "$name" ] || continue
		arch_check_variant "$label" "$name" "$prefix" "$pkg" "$flags" \
			"$extra" >"$TMP/out/$(printf %03d $i)" 2>&1 &
		pids+=($!)
		i=$((i + 1))
		if [ ${#pids[@]} -ge 2 ]; then
			wait "${pids[0]}"
			pids=("${pids[@]:1}")
		fi
	done
	wait
	cat "$TMP"/out/*
	rm -rf "$TMP/out"
}

# arch_check_synthetic LABEL MKELF: every case of testdata/arch/synthetic,
# built with MKELF (tests/tools/mkelf.c), checked against
# EXP/synthetic-CASE.txt.
arch_check_synthetic() {
	local label=$1 mkelf=$2 name dir st inputs

	while read -r name; do
		dir=$TMP/synthetic-$name
		st=0
		inputs=$(mpl_synth_build "$name" "$SRC/synthetic" "$dir" "$mkelf") || st=$?
		if [ "$st" -eq 2 ]; then
			skip "$label/$name ($inputs)"
			continue
		elif [ "$st" -ne 0 ]; then
			fail "$label/$name: build"
			head -20 "$dir/build.log" | sed 's/^/    /'
			continue
		fi
		st=0
		# shellcheck disable=SC2086 # $inputs: one path a line, no blanks
		arch_run_mpl "$dir" $inputs >"$dir/mpl.txt" || st=$?
		arch_verdicts "$label/$name" "synthetic-$name" "$dir" "$st" \
			"modpost-lite${ARCH_KERNEL:+ --kernel=$ARCH_KERNEL} -M ${inputs//$'\n'/ }"
	done < <(mpl_synth_cases "$SRC/synthetic")
}
