#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
#
# t0130-profiles: choosing a kernel profile, and the profiles that have no
# reference binary here (7.0, 7.2), by cases of our own:
#   - releases map by ranges: 6.13 to 6.18 speak 6.12's modpost (the same
#     output on every case), 7.0/7.1 and 7.2 on their own;
#   - testdata/cases/wl-versions: what 7.0 (no "*_probe") and 7.2
#     ("*_ops.llvm.*") change, expected-7.0 and expected-7.2 written from
#     the reference's expected.gcc and the two upstream commits;
#   - releases no profile covers, and inputs that disagree, are refused.
. "$(dirname "$0")/lib.sh"

mpl_build_all_cases "$TMP/cases" gcc

# run_case CASE OPTION...: modpost-lite -M on the case's objects
run_case() {
	local c=$1
	shift
	mapfile -t objs <"$TMP/cases/$c/gcc/objs"
	(cd "$TMP/cases/$c/gcc" && "$MPL" -M "$@" "${objs[@]}") 2>&1
}

bad=0 n=0
for dir in "$MPL_CASES"/*/; do
	c=$(basename "$dir")
	mpl_objs_ok "$TMP/cases/$c/gcc/objs" || continue
	for rel in 6.13 6.15.3 6.18.0-1-amd64; do
		n=$((n + 1))
		if ! cmp -s <(run_case "$c") <(run_case "$c" --kernel="$rel"); then
			bad=$((bad + 1))
			echo "    $c: --kernel=$rel differs from 6.12"
		fi
	done
done
[ $bad -eq 0 ] && [ $n -gt 90 ] &&
	pass "profiles: 6.13 to 6.18 print what 6.12 prints ($n runs)" ||
	fail "profiles: 6.13..6.18 differ from 6.12 in $bad of $n runs"

W=$MPL_CASES/wl-versions
run_case wl-versions >"$TMP/v612"
check_same_lines "profiles: 6.12 on wl-versions = the reference's" \
	"$W/expected.gcc" "$TMP/v612"
for rel in 7.0 7.1.3; do
	run_case wl-versions --kernel=$rel >"$TMP/v70"
	check_same_lines "profiles: --kernel=$rel: *_probe no longer allowed" \
		"$W/expected-7.0" "$TMP/v70"
done
for rel in 7.2 7.5-rc1 8.0; do
	run_case wl-versions --kernel=$rel >"$TMP/v72"
	check_same_lines "profiles: --kernel=$rel: *_ops.llvm.* allowed" \
		"$W/expected-7.2" "$TMP/v72"
done

# refused: a release without profile, text that is no release
for rel in 6.6 5.15.0-1 6.19; do
	"$MPL" --kernel=$rel x.o 2>"$TMP/err"
	rc=$?
	[ $rc -eq 2 ] && grep -q "no profile for Linux" "$TMP/err" &&
		grep -q '6.1 (6.1), 6.12 (6.12 to 6.18), 7.0 (7.0 and 7.1), 7.2 (7.2 and later)' "$TMP/err" &&
		pass "profiles: --kernel=$rel refused, naming the profiles" ||
		fail "profiles: --kernel=$rel: exit $rc: $(cat "$TMP/err")"
done
"$MPL" --kernel=latest x.o 2>"$TMP/err"
[ $? -eq 2 ] && grep -q "'latest' is not a kernel release" "$TMP/err" &&
	pass "profiles: --kernel=latest refused" ||
	fail "profiles: --kernel=latest: $(cat "$TMP/err")"

# modules that say their kernel: vermagic in .modinfo
mkko() {	# mkko NAME VERMAGIC: a module object with that vermagic
	printf 'static const char v[] __attribute__((used, section(".modinfo"))) = "vermagic=%s SMP mod_unload ";\nint %s_fn(void) { return 0; }\n' \
		"$2" "$1" >"$TMP/$1.c"
	gcc -O2 -fno-pic -c -o "$TMP/$1.ko" "$TMP/$1.c"
}
mkko m72 "7.2.0-1-amd64"
mkko m612 "6.12.117+deb12-amd64"
mkko m66 "6.6.30"
"$MPL" -M "$TMP/m72.ko" 2>"$TMP/err"
[ $? -eq 0 ] && [ ! -s "$TMP/err" ] &&
	pass "profiles: a module's vermagic picks its profile (7.2)" ||
	fail "profiles: vermagic 7.2: $(cat "$TMP/err")"
"$MPL" -M "$TMP/m72.ko" "$TMP/m612.ko" 2>"$TMP/err"
rc=$?
[ $rc -eq 2 ] && grep -q 'the inputs are for different kernels: .*m72.ko: vermagic 7.2 (profile 7.2), .*m612.ko: vermagic 6.12 (profile 6.12); choose one with --kernel' "$TMP/err" &&
	pass "profiles: modules of different kernels: refused, both named" ||
	fail "profiles: mixed modules: exit $rc: $(cat "$TMP/err")"
"$MPL" -M --kernel=6.12 "$TMP/m72.ko" "$TMP/m612.ko" 2>"$TMP/err"
[ $? -eq 0 ] && pass "profiles: --kernel settles modules that disagree" ||
	fail "profiles: --kernel with mixed modules: $(cat "$TMP/err")"
"$MPL" -M "$TMP/m66.ko" 2>"$TMP/err"
rc=$?
[ $rc -eq 2 ] && grep -q 'm66.ko: vermagic 6.6: no profile for this kernel' "$TMP/err" &&
	pass "profiles: a module of a kernel without profile: refused" ||
	fail "profiles: vermagic 6.6: exit $rc: $(cat "$TMP/err")"
# -K DIR: the kernel build directory's release
mkdir -p "$TMP/kdir/include/config"
echo 7.2.1 >"$TMP/kdir/include/config/kernel.release"
: >"$TMP/kdir/Module.symvers"
"$MPL" -M -K "$TMP/kdir" "$TMP/m612.ko" 2>"$TMP/err"
rc=$?
[ $rc -eq 2 ] && grep -q 'kernel.release: 7.2.1 (profile 7.2)' "$TMP/err" &&
	pass "profiles: -K DIR's release is a hint like any other" ||
	fail "profiles: -K with a 6.12 module: exit $rc: $(cat "$TMP/err")"
