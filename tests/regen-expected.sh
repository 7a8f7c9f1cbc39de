#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
#
# Regenerate testdata/cases/<case>/expected.{gcc,clang} with the reference
# modpost (Debian linux-kbuild-6.12): compile the case with the kernel-like
# flags, "ld -r" the objects into vmlinux.o and keep the stderr of
# "modpost -M -o /dev/null vmlinux.o".  Needs only gcc, clang, ld and the
# reference modpost (not modpost-lite).
#
# Usage: tests/regen-expected.sh [-n] [CASE...]   (default: every case)
#   -n  dry run: show what would change, write nothing.
# Review every changed expected file by eye before committing it.
set -u
. "$(dirname "$0")/lib.sh"

dry=0
if [ "${1:-}" = "-n" ]; then dry=1; shift; fi
ref_modpost >/dev/null || { echo "regen-expected: no reference modpost" >&2; exit 2; }

cases=("$@")
if [ ${#cases[@]} -eq 0 ]; then
	for d in "$MPL_CASES"/*/; do cases+=("$(basename "$d")"); done
fi

status=0
for c in "${cases[@]}"; do
	dir=$MPL_CASES/$c
	[ -d "$dir" ] || { echo "regen-expected: no case $c" >&2; status=1; continue; }
	for cc in gcc clang; do
		out=$TMP/$c/$cc
		mkdir -p "$out"
		if ! objs=$(mpl_build_case "$dir" "$cc" "$out"); then
			echo "regen-expected: $c/$cc: build failed" >&2
			status=1
			continue
		fi
		mapfile -t objs <<<"$objs"
		mpl_ref_run "$out" "$out/stderr" -M -- "${objs[@]}"
		rc=$?
		if [ "$rc" -eq 125 ]; then
			echo "regen-expected: $c/$cc: link/reference failed" >&2
			status=1
			continue
		fi
		if [ "$rc" -ne "$(mpl_expected_status "$out/stderr")" ]; then
			echo "regen-expected: $c/$cc: odd exit status $rc" >&2
		fi
		exp=$dir/expected.$cc
		if [ -f "$exp" ] && cmp -s "$exp" "$out/stderr"; then
			state=same
		else
			state=CHANGED
			[ "$dry" -eq 1 ] || cp "$out/stderr" "$exp"
		fi
		printf '%-28s %-5s exit=%d lines=%-3d %s\n' "$c" "$cc" "$rc" \
			"$(wc -l <"$out/stderr")" "$state"
	done
done
exit "$status"
