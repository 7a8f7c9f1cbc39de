#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
#
# Regenerate the expected output of the testdata cases with the reference
# modpost: compile the case with the kernel-like flags, "ld -r" the objects
# into vmlinux.o and keep the stderr of "modpost [-M] -o /dev/null
# vmlinux.o".  Needs only gcc, clang, ld and the reference modpost (not
# modpost-lite).
#   default (6.12): testdata/cases/<case>/expected.{gcc,clang}, from
#                   Debian's linux-kbuild-6.12 with -M
#   --kernel=6.1:   testdata/cases/<case>/ and testdata/cases-6.1/<case>/
#                   expected-6.1.{gcc,clang}, compiled with -DMPL_KERNEL_6_1
#                   (and the case's cflags-6.1), from linux-kbuild-6.1
#                   without -M; plus expected-6.1<opts>.{gcc,clang} for each
#                   option set in the case's flags-6.1 (tests/lib.sh)
#
# Usage: tests/regen-expected.sh [--kernel=6.1] [-n] [CASE...]
#   (default: every case; a CASE is a directory name under either tree)
#   -n  dry run: show what would change, write nothing.
# Review every changed expected file by eye before committing it.
set -u
. "$(dirname "$0")/lib.sh"

kernel=6.12
dry=0
while [ $# -gt 0 ]; do
	case "$1" in
	--kernel=*) kernel=${1#--kernel=}; shift ;;
	-n) dry=1; shift ;;
	*) break ;;
	esac
done
case "$kernel" in
6.12|6.1) ;;
*) echo "regen-expected: --kernel=$kernel: 6.12 or 6.1" >&2; exit 2 ;;
esac
ref_modpost "$kernel" >/dev/null || {
	echo "regen-expected: no reference modpost for $kernel (apt-get install $(ref_package "$kernel"))" >&2
	exit 2
}

# case_dirs NAME...: the case directories to regenerate
case_dirs() {
	local c d found
	if [ $# -eq 0 ]; then
		if [ "$kernel" = 6.1 ]; then
			mpl_case_dirs_61
		else
			for d in "$MPL_CASES"/*/; do echo "${d%/}"; done
		fi
		return
	fi
	for c in "$@"; do
		found=
		for d in "$MPL_CASES/$c" "$MPL_CASES_61/$c"; do
			[ "$kernel" = 6.12 ] && [ "$d" = "$MPL_CASES_61/$c" ] && continue
			[ -d "$d" ] && { echo "$d"; found=1; }
		done
		[ -n "$found" ] || echo "regen-expected: no case $c" >&2
	done
}

# build_61 CASEDIR CC OUTDIR: compile one case in 6.1 mode, print objects
build_61() {
	local dir=$1 cc=$2 out=$3 src xflags
	# shellcheck disable=SC2207 # flags are blank-separated words
	xflags=($(mpl_case_cflags_61 "$dir"))
	mkdir -p "$out" || return 1
	while read -r src; do
		case "$src" in
		*.S) "$cc" "${MPL_KCFLAGS[@]}" "${MPL_KCFLAGS_61[@]}" "${xflags[@]}" \
			-D__ASSEMBLY__ -c -o "$out/${src%.*}.o" "$dir/$src" ;;
		*) "$cc" "${MPL_KCFLAGS[@]}" "${MPL_KCFLAGS_61[@]}" "${xflags[@]}" \
			-c -o "$out/${src%.*}.o" "$dir/$src" ;;
		esac || return 1
		echo "$out/${src%.*}.o"
	done < <(mpl_case_sources "$dir")
}

# store WHAT EXPFILE NEWFILE RC
store() {
	local state
	if [ -f "$2" ] && cmp -s "$2" "$3"; then
		state=same
	else
		state=CHANGED
		[ "$dry" -eq 1 ] || cp "$3" "$2"
	fi
	printf '%-40s exit=%d lines=%-3d %s\n' "$1" "$4" "$(wc -l <"$3")" "$state"
}

status=0
while read -r dir; do
	c=$(basename "$dir")
	[ "$kernel" = 6.1 ] && c=$(mpl_case_name_61 "$dir")
	for cc in gcc clang; do
		out=$TMP/$c/$cc
		mkdir -p "$out"
		if [ "$kernel" = 6.1 ]; then
			objs=$(build_61 "$dir" "$cc" "$out")
		else
			objs=$(mpl_build_case "$dir" "$cc" "$out")
		fi || {
			echo "regen-expected: $c/$cc: build failed" >&2
			status=1
			continue
		}
		mapfile -t objs <<<"$objs"
		optsets=("")
		if [ "$kernel" = 6.1 ]; then
			while read -r o; do optsets+=("$o"); done < <(mpl_case_optsets_61 "$dir")
		fi
		for opts in "${optsets[@]}"; do
			# shellcheck disable=SC2086 # an option set is blank-separated
			if [ "$kernel" = 6.1 ]; then
				mpl_ref_run_61 "$out" "$out/stderr" $opts -- "${objs[@]}"
				rc=$?
				exp=$(mpl_expected_61 "$dir" "$cc" "$opts")
			else
				mpl_ref_run "$out" "$out/stderr" -M -- "${objs[@]}"
				rc=$?
				exp=$dir/expected.$cc
			fi
			if [ "$rc" -eq 125 ]; then
				echo "regen-expected: $c/$cc: link/reference failed" >&2
				status=1
				continue
			fi
			if [ "$rc" -ne "$(mpl_expected_status "$out/stderr")" ]; then
				echo "regen-expected: $c/$cc $opts: odd exit status $rc" >&2
			fi
			store "$c $cc $opts" "$exp" "$out/stderr" "$rc"
		done
	done
done < <(case_dirs "$@")
exit "$status"
