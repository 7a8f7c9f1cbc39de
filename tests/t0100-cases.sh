#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
#
# t0100-cases: every scenario in testdata/cases/, built with gcc and with
# clang.  Per (case, compiler):
#   ref      the reference modpost -M on "ld -r" of the objects still prints
#            expected.<cc> (as a multiset of lines; catches toolchain drift)
#   -M       modpost-lite -M on the objects prints the same lines on stderr,
#            nothing on stdout
#   status   modpost-lite -M exits 1 exactly when an ERROR line is expected
#   -E       modpost-lite -M -E prints what the reference -M -E prints
#   -E st    ... and exits with the reference's status
set -u
. "$(dirname "$0")/lib.sh"

REF=$(ref_modpost) || REF=
MPL_TIMEOUT=${MPL_TIMEOUT:-30}

# Build everything first, in parallel.
ccs=()
for cc in gcc clang; do command -v "$cc" >/dev/null && ccs+=("$cc"); done
mpl_build_all_cases "$TMP" "${ccs[@]}"

for dir in "$MPL_CASES"/*/; do
	c=$(basename "$dir")
	for cc in gcc clang; do
		what="cases/$c/$cc"
		exp=$dir/expected.$cc
		out=$TMP/$c/$cc
		mpl_case_ready "$what" "$cc" "$exp" "$out" \
			"tests/regen-expected.sh $c" || continue
		mapfile -t objs <"$out/objs"

		# (a) the reference still agrees with the stored expectation
		if [ -n "$REF" ]; then
			mpl_ref_run "$out" "$out/ref.M" -M -- "${objs[@]}"
			check_same_lines "$what: reference -M matches expected.$cc" \
				"$exp" "$out/ref.M"
		else
			skip "$what: reference -M (no reference modpost)"
		fi

		# (b) modpost-lite prints the same lines
		mpl_run "$out" "$out/mpl.M" -M -- "${objs[@]}"
		rc=$?
		check_mpl_lines "$what: modpost-lite -M output" "$exp" "$out/mpl.M"

		# (c) exit status: 1 iff an ERROR line is expected
		check_status "$what: modpost-lite -M exit status" \
			"$rc" "$(mpl_expected_status "$exp")"

		# -E: mismatches become errors
		if [ -n "$REF" ]; then
			mpl_ref_run "$out" "$out/ref.E" -M -E -- "${objs[@]}"
			rc_ref=$?
			mpl_run "$out" "$out/mpl.E" -M -E -- "${objs[@]}"
			rc=$?
			check_same_lines "$what: modpost-lite -M -E output" \
				"$out/ref.E" "$out/mpl.E"
			check_status "$what: modpost-lite -M -E exit status" \
				"$rc" "$rc_ref"
		else
			skip "$what: -M -E (no reference modpost)"
		fi
	done
done

# The README quick-start example (testdata/example) against the reference.
for cc in "${ccs[@]}"; do
	what="example/$cc: modpost-lite -M matches the reference"
	if [ -z "$REF" ]; then
		skip "$what (no reference modpost)"
		continue
	fi
	out=$TMP/example/$cc
	mkdir -p "$out"
	if ! mpl_compile "$cc" "$TOP/testdata/example/board.c" "$out/board.o" ||
		! mpl_compile "$cc" "$TOP/testdata/example/driver.c" "$out/driver.o"; then
		fail "$what (build)"
		continue
	fi
	mpl_ref_run "$out" "$out/ref" -M -- "$out/board.o" "$out/driver.o"
	rc_ref=$?
	mpl_run "$out" "$out/mpl" -M -- board.o driver.o
	rc=$?
	if [ "$rc" != "$rc_ref" ]; then
		fail "$what (exit $rc, reference $rc_ref)"
	elif [ "$(wc -l <"$out/ref")" -ne 4 ]; then
		fail "$what (the reference no longer reports the 4 mismatches the README describes)"
		sed 's/^/    /' "$out/ref"
	else
		check_same_lines "$what" "$out/ref" "$out/mpl"
	fi
done
