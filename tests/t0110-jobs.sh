#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
#
# t0110-jobs: modpost-lite's output must not depend on its thread count or
# on scheduling.  For every testdata/cases/<case> (GCC objects; set
# MPL_JOBS_CCS="gcc clang" for both compilers): stderr and exit status of
# "-M -j1", "-M -j2" and "-M -j8" are byte-identical, and three repeated
# "-M -j8" runs are byte-identical.
set -u
. "$(dirname "$0")/lib.sh"

read -r -a ccs <<<"${MPL_JOBS_CCS:-gcc}"
MPL_TIMEOUT=${MPL_TIMEOUT:-30}

# run OUT OBJLIST OPTION...: stderr + "exit N" line into OUT
run() {
	local out=$1 list=$2 rc
	shift 2
	mapfile -t objs <"$list"
	timeout "$MPL_TIMEOUT" "$MPL" "$@" "${objs[@]}" >/dev/null 2>"$out"
	rc=$?
	echo "exit $rc" >>"$out"
}

mpl_build_all_cases "$TMP" "${ccs[@]}"

for dir in "$MPL_CASES"/*/; do
	c=$(basename "$dir")
	for cc in "${ccs[@]}"; do
		what="cases/$c/$cc"
		out=$TMP/$c/$cc
		if ! mpl_objs_ok "$out/objs"; then
			fail "$what: build"
			sed 's/^/    /' "$out/build.log" | head -20
			continue
		fi
		for j in 1 2 8; do
			run "$out/j$j" "$out/objs" -M -j "$j"
		done
		if cmp -s "$out/j1" "$out/j2"; then
			check_eq "$what: -j1, -j2, -j8 identical" "$out/j1" "$out/j8"
		else
			check_eq "$what: -j1, -j2, -j8 identical" "$out/j1" "$out/j2"
		fi
		run "$out/r2" "$out/objs" -M -j 8
		run "$out/r3" "$out/objs" -M -j 8
		if cmp -s "$out/j8" "$out/r2"; then
			check_eq "$what: 3 runs of -j8 identical" "$out/j8" "$out/r3"
		else
			check_eq "$what: 3 runs of -j8 identical" "$out/j8" "$out/r2"
		fi
	done
done
