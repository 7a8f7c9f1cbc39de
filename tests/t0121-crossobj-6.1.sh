#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
#
# t0121-crossobj-6.1: t0120's generated cross-object scenario for the
# Linux 6.1 profile.  tests/tools/gen-crossobj.py (kernel 6.1: __meminit
# code and data, and the data-table names 6.1 allows: *_template, *_timer,
# *_sht, *_probe_one, *driver) writes ~200 C files, compiled with
# -DMPL_KERNEL_6_1 (6.1's ksymtab exports) by gcc and by clang.  For each
# compiler and option set (none, -E, -W), "modpost-lite --kernel=6.1 -M"
# on the objects must print what "ld -r" + the 6.1 reference prints on
# vmlinux.o (stderr lines as a multiset) with its exit status.
#
# Environment: MPL_CROSSOBJ_SEED (default 20241125), MPL_CROSSOBJ_N (200).
set -u
. "$(dirname "$0")/lib.sh"

seed=${MPL_CROSSOBJ_SEED:-20241125}
nfiles=${MPL_CROSSOBJ_N:-200}
what="crossobj-6.1: $nfiles generated objects (seed $seed)"

if ! ref_modpost 6.1 >/dev/null; then
	skip "$what (no reference modpost: apt-get install $(ref_package 6.1))"
	exit 0
fi
if ! command -v python3 >/dev/null; then
	skip "$what (python3 missing)"
	exit 0
fi

src=$TMP/src
mkdir -p "$src"
if ! python3 "$TOP/tests/tools/gen-crossobj.py" "$src" "$seed" "$nfiles" 6.1; then
	fail "$what (generator failed)"
	exit 0
fi
mapfile -t all < <(cd "$src" && ls -1 -- *.c)
max=$(nproc 2>/dev/null || echo 2)

for cc in gcc clang; do
	if ! command -v "$cc" >/dev/null; then
		skip "$what, $cc ($cc not installed)"
		continue
	fi
	obj=$TMP/$cc
	mkdir -p "$obj"
	# one compiler run per CPU, each on a share of the files
	for ((k = 0; k < max; k++)); do
		part=()
		for ((i = k; i < ${#all[@]}; i += max)); do part+=("$src/${all[i]}"); done
		[ ${#part[@]} -gt 0 ] || continue
		(cd "$obj" && exec "$cc" -pipe "${MPL_KCFLAGS[@]}" \
			"${MPL_KCFLAGS_61[@]}" -c "${part[@]}") \
			>"$obj/build.$k.log" 2>&1 &
	done
	wait
	objs=()
	while read -r f; do objs+=("$obj/${f%.c}.o"); done <"$src/order"
	bad=
	for o in "${objs[@]}"; do [ -s "$o" ] || bad=$o; done
	if [ -n "$bad" ]; then
		fail "$what, $cc: build failed ($bad)"
		cat "$obj"/build.*.log | grep -m 20 error | sed 's/^/    /'
		continue
	fi
	for opts in "" "-E" "-W"; do
		w="$what, $cc${opts:+ $opts}: modpost-lite --kernel=6.1 matches the reference"
		# shellcheck disable=SC2086 # $opts: zero or one word
		mpl_ref_run_61 "$obj" "$obj/ref$opts.txt" $opts -- "${objs[@]}"
		rc_ref=$?
		# shellcheck disable=SC2086
		mpl_run_61 "$obj" "$obj/mpl$opts.txt" -M $opts -- "${objs[@]}"
		rc=$?
		lines=$(wc -l <"$obj/ref$opts.txt")
		if [ "$rc" -ne "$rc_ref" ]; then
			fail "$w (exit $rc, reference $rc_ref)"
			diff -u <(LC_ALL=C sort "$obj/ref$opts.txt") \
				<(LC_ALL=C sort "$obj/mpl$opts.txt") |
				head -40 | sed 's/^/    /'
		else
			check_same_lines "$w ($lines lines)" "$obj/ref$opts.txt" \
				"$obj/mpl$opts.txt"
		fi
	done
done
if [ -n "${MPL_CROSSOBJ_KEEP:-}" ]; then
	rm -rf "$MPL_CROSSOBJ_KEEP" && cp -r "$TMP" "$MPL_CROSSOBJ_KEEP"
fi
