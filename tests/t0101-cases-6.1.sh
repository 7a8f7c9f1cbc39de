#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
#
# t0101-cases-6.1: the Linux 6.1 profile on every scenario of
# testdata/cases/ (compiled with -DMPL_KERNEL_6_1: 6.1's ksymtab exports
# and .meminit.* sections) and of testdata/cases-6.1/ (the rules only 6.1
# has), built with gcc and with clang.  Per (case, compiler):
#   ref        the 6.1 reference (Debian's linux-kbuild-6.1, no -M) on
#              "ld -r" of the objects still prints expected-6.1.<cc> (as a
#              multiset of lines; catches toolchain drift)
#   -M         modpost-lite --kernel=6.1 -M on the objects prints the same
#              lines on stderr, nothing on stdout
#   status     ... and exits 1 exactly when an ERROR or FATAL line is expected
#   no -M      without -M it prints the same (6.1 always checks exports)
#   -E         modpost-lite --kernel=6.1 -M -E prints what the reference -E
#              prints, with its exit status (live reference only)
#   flags-6.1  each extra option set of the case (e.g. -W): the reference
#              and modpost-lite both print expected-6.1<opts>.<cc>
# Regenerate the expectations with tests/regen-expected.sh --kernel=6.1.
set -u
. "$(dirname "$0")/lib.sh"

REF=$(ref_modpost 6.1) || REF=
MPL_TIMEOUT=${MPL_TIMEOUT:-30}

ccs=()
for cc in gcc clang; do command -v "$cc" >/dev/null && ccs+=("$cc"); done
mpl_build_cases_61 "$TMP" "${ccs[@]}"

while read -r dir; do
	c=$(mpl_case_name_61 "$dir")
	for cc in gcc clang; do
		what="$c/$cc (6.1)"
		exp=$(mpl_expected_61 "$dir" "$cc")
		out=$TMP/$c/$cc
		mpl_case_ready "$what" "$cc" "$exp" "$out" \
			"tests/regen-expected.sh --kernel=6.1 $(basename "$dir")" ||
			continue
		mapfile -t objs <"$out/objs"

		if [ -n "$REF" ]; then
			mpl_ref_run_61 "$out" "$out/ref" -- "${objs[@]}"
			check_same_lines "$what: reference matches $(basename "$exp")" \
				"$exp" "$out/ref"
		else
			skip "$what: reference (apt-get install $(ref_package 6.1))"
		fi

		mpl_run_61 "$out" "$out/mpl.M" -M -- "${objs[@]}"
		rc=$?
		check_mpl_lines "$what: modpost-lite --kernel=6.1 -M output" "$exp" "$out/mpl.M"
		check_status "$what: modpost-lite --kernel=6.1 -M exit status" \
			"$rc" "$(mpl_expected_status "$exp")"

		mpl_run_61 "$out" "$out/mpl" -- "${objs[@]}"
		rc2=$?
		if [ "$rc2" = "$rc" ] && cmp -s "$out/mpl" "$out/mpl.M"; then
			pass "$what: without -M the same output and status"
		else
			fail "$what: without -M: exit $rc2 (with -M $rc), output differs"
			diff "$out/mpl.M" "$out/mpl" | head -10 | sed 's/^/    /'
		fi

		if [ -n "$REF" ]; then
			mpl_ref_run_61 "$out" "$out/ref.E" -E -- "${objs[@]}"
			rc_ref=$?
			mpl_run_61 "$out" "$out/mpl.E" -M -E -- "${objs[@]}"
			rc=$?
			check_mpl_lines "$what: modpost-lite --kernel=6.1 -M -E output" \
				"$out/ref.E" "$out/mpl.E"
			check_status "$what: modpost-lite --kernel=6.1 -M -E exit status" \
				"$rc" "$rc_ref"
		else
			skip "$what: -E (no reference modpost 6.1)"
		fi

		while read -r opts; do
			w="$what $opts"
			oexp=$(mpl_expected_61 "$dir" "$cc" "$opts")
			if [ ! -f "$oexp" ]; then
				fail "$w: no $(basename "$oexp") (run tests/regen-expected.sh --kernel=6.1 $(basename "$dir"))"
				continue
			fi
			# shellcheck disable=SC2086 # an option set is blank-separated
			if [ -n "$REF" ]; then
				mpl_ref_run_61 "$out" "$out/ref.o" $opts -- "${objs[@]}"
				check_same_lines "$w: reference matches $(basename "$oexp")" \
					"$oexp" "$out/ref.o"
			fi
			# shellcheck disable=SC2086
			mpl_run_61 "$out" "$out/mpl.o" -M $opts -- "${objs[@]}"
			rc=$?
			check_mpl_lines "$w: modpost-lite --kernel=6.1 -M $opts output" \
				"$oexp" "$out/mpl.o"
			check_status "$w: modpost-lite --kernel=6.1 -M $opts exit status" \
				"$rc" "$(mpl_expected_status "$oexp")"
		done < <(mpl_case_optsets_61 "$dir")
	done
done < <(mpl_case_dirs_61)

# The README quick-start example in 6.1 mode, against the live reference.
for cc in "${ccs[@]}"; do
	what="example/$cc (6.1): modpost-lite --kernel=6.1 matches the reference"
	if [ -z "$REF" ]; then
		skip "$what (no reference modpost 6.1)"
		continue
	fi
	out=$TMP/example/$cc
	mkdir -p "$out"
	if ! "$cc" "${MPL_KCFLAGS[@]}" "${MPL_KCFLAGS_61[@]}" -c \
		-o "$out/board.o" "$TOP/testdata/example/board.c" ||
	   ! "$cc" "${MPL_KCFLAGS[@]}" "${MPL_KCFLAGS_61[@]}" -c \
		-o "$out/driver.o" "$TOP/testdata/example/driver.c"; then
		fail "$what (build)"
		continue
	fi
	mpl_ref_run_61 "$out" "$out/ref" -- "$out/board.o" "$out/driver.o"
	rc_ref=$?
	mpl_run_61 "$out" "$out/mpl" -- board.o driver.o
	rc=$?
	if [ "$rc" != "$rc_ref" ]; then
		fail "$what (exit $rc, reference $rc_ref)"
	else
		check_same_lines "$what" "$out/ref" "$out/mpl"
	fi
done
