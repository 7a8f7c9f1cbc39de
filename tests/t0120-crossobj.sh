#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
#
# t0120-crossobj: a larger generated scenario.  tests/tools/gen-crossobj.py
# (fixed seed) writes ~200 C files with random cross-object calls, data
# references and function-pointer tables; some targets are __init, __exit,
# __initdata, __exitdata, __ref or in .text.unlikely/.sched.text; some
# symbols have a weak and a strong definition (in random link order), some
# only a weak one; files share same-named static helpers; some symbols are
# exported (possibly from another object), a few __ex_table entries and
# undefined references are thrown in.  The objects (GCC, link order
# shuffled) are checked with "modpost-lite -M" against "ld -r" + the
# reference "modpost -M": same stderr lines (as a multiset), same exit
# status.  One PASS/FAIL line.
#
# Environment: MPL_CROSSOBJ_SEED (default 20241125), MPL_CROSSOBJ_N (200),
# MPL_CROSSOBJ_CC (gcc).
set -u
. "$(dirname "$0")/lib.sh"

seed=${MPL_CROSSOBJ_SEED:-20241125}
nfiles=${MPL_CROSSOBJ_N:-200}
cc=${MPL_CROSSOBJ_CC:-gcc}
what="crossobj: $nfiles generated objects ($cc, seed $seed) match the reference"

if ! ref_modpost >/dev/null; then
	skip "$what (no reference modpost)"
	exit 0
fi
if ! command -v python3 >/dev/null || ! command -v "$cc" >/dev/null; then
	skip "$what (python3 or $cc missing)"
	exit 0
fi

src=$TMP/src
obj=$TMP/obj
mkdir -p "$src" "$obj"

if ! python3 "$TOP/tests/tools/gen-crossobj.py" "$src" "$seed" "$nfiles"; then
	fail "$what (generator failed)"
	exit 0
fi

# compile: one compiler run per CPU, each on a share of the files
max=$(nproc 2>/dev/null || echo 2)
mapfile -t all < <(cd "$src" && ls -1 -- *.c)
for ((k = 0; k < max; k++)); do
	part=()
	for ((i = k; i < ${#all[@]}; i += max)); do part+=("$src/${all[i]}"); done
	[ ${#part[@]} -gt 0 ] || continue
	(cd "$obj" && exec "$cc" -pipe "${MPL_KCFLAGS[@]}" -c "${part[@]}") \
		>"$TMP/build.$k.log" 2>&1 &
done
wait
cat "$TMP"/build.*.log >"$TMP/build.log" 2>/dev/null
objs=()
while read -r f; do objs+=("$obj/${f%.c}.o"); done <"$src/order"
for o in "${objs[@]}"; do
	if [ ! -s "$o" ]; then
		fail "$what (build failed: $o)"
		grep -m 20 error "$TMP/build.log" | sed 's/^/    /'
		exit 0
	fi
done

mkdir -p "$TMP/ref"
mpl_ref_run "$TMP/ref" "$TMP/ref.txt" -M -- "${objs[@]}"
rc_ref=$?
timeout "${MPL_TIMEOUT:-60}" "$MPL" -M "${objs[@]}" >/dev/null 2>"$TMP/mpl.txt"
rc=$?
lines=$(wc -l <"$TMP/ref.txt")
if [ "$rc" -ne "$rc_ref" ]; then
	fail "$what (exit $rc, reference $rc_ref)"
	diff -u <(LC_ALL=C sort "$TMP/ref.txt") <(LC_ALL=C sort "$TMP/mpl.txt") |
		head -40 | sed 's/^/    /'
else
	check_same_lines "$what ($lines lines)" "$TMP/ref.txt" "$TMP/mpl.txt"
fi
if [ -n "${MPL_CROSSOBJ_KEEP:-}" ]; then
	rm -rf "$MPL_CROSSOBJ_KEEP" && cp -r "$TMP" "$MPL_CROSSOBJ_KEEP"
fi
