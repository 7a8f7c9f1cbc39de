#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
#
# t0011-profiles: choosing the kernel profile.  --kernel=VERSION names one
# of the profiles (6.1, 6.12, 7.0, 7.2); anything else is a usage error
# (exit 2, one "modpost-lite: " line naming the profiles).  Without
# --kernel the profile comes from the inputs: a module's vermagic, or the
# kind of export records an object holds (6.1's ___ksymtab+NAME sections,
# 6.12's .export_symbol); inputs of two kernels together are refused
# (exit 2) unless --kernel says which rules to apply.  Small modules are
# made here: a mismatch and a .modinfo vermagic, linked with ld -r.
. "$(dirname "$0")/lib.sh"

# run_rc WHAT WANT CMD...: exit status check; output in $TMP/out, $TMP/err
run_rc() {
	local what=$1 want=$2 rc
	shift 2
	"$@" >"$TMP/out" 2>"$TMP/err"
	rc=$?
	check_status "$what: exit $want" "$rc" "$want"
}

# one_line_naming WHAT WORD...: stderr is one "modpost-lite: " line holding
# every WORD, stdout is empty
one_line_naming() {
	local what=$1 w missing=
	shift
	for w in "$@"; do
		grep -qF -- "$w" "$TMP/err" || missing="$missing $w"
	done
	if [ -s "$TMP/out" ] || [ "$(wc -l <"$TMP/err")" -ne 1 ] ||
	   ! grep -q '^modpost-lite: ' "$TMP/err" || [ -n "$missing" ]; then
		fail "$what: one line naming $* (missing:${missing:- none})"
		sed 's/^/    /' "$TMP/err" | head -5
	else
		pass "$what: one line naming$(printf ' %s' "$@")"
	fi
}

# mkmod NAME VERMAGIC: NAME.o with fk_text (.text) calling fk_init
# (.init.text), a license, and a vermagic; NAME.ko is NAME.o linked again
mkmod() {
	cat >"$TMP/$1.c" <<EOC
#define __section(s) __attribute__((__section__(s)))
int __section(".init.text") __attribute__((noinline)) fk_init(int v) { return v * 3; }
int fk_text(int v) { return fk_init(v) + 1; }
static const char fk_license[] __section(".modinfo") __attribute__((used, aligned(1))) = "license=GPL";
static const char fk_vermagic[] __section(".modinfo") __attribute__((used, aligned(1))) = "vermagic=$2";
EOC
	gcc "${MPL_KCFLAGS[@]}" -c -o "$TMP/$1.o" "$TMP/$1.c" &&
		ld -r -o "$TMP/$1.ko" "$TMP/$1.o"
}

if ! mkmod fk61 "6.1.0-57-amd64 SMP preempt mod_unload modversions " ||
   ! mkmod fk612 "6.12.117+deb12-amd64 SMP preempt mod_unload modversions "; then
	fail "profiles: building the test modules"
	exit 0
fi
# objects whose export records tell the kernel apart
printf '#include "mpl-kernel.h"\nint ex61(void) { return 1; }\nEXPORT_SYMBOL(ex61);\n' >"$TMP/ex61.c"
printf '#include "mpl-kernel.h"\nint ex612(void) { return 2; }\nEXPORT_SYMBOL(ex612);\n' >"$TMP/ex612.c"
if ! gcc "${MPL_KCFLAGS[@]}" "${MPL_KCFLAGS_61[@]}" -c -o "$TMP/ex61.o" "$TMP/ex61.c" ||
   ! gcc "${MPL_KCFLAGS[@]}" -c -o "$TMP/ex612.o" "$TMP/ex612.c"; then
	fail "profiles: building the export objects"
	exit 0
fi

# --- --kernel=VERSION
run_rc "--kernel=6.6" 2 "$MPL" --kernel=6.6 "$TMP/ex61.o"
one_line_naming "--kernel=6.6" 6.6 6.1 6.12 7.0 7.2
run_rc "--kernel=6" 2 "$MPL" --kernel=6 "$TMP/ex61.o"
one_line_naming "--kernel=6" 6.1 6.12 7.0 7.2
for k in 6.1 6.12 7.0 7.2; do
	run_rc "--kernel=$k on a clean object" 0 "$MPL" --kernel=$k "$TMP/ex612.o"
done

# --- the profile from a module's vermagic
cd "$TMP" || exit 0
want61="WARNING: modpost: fk61.o: section mismatch in reference: fk_text (section: .text) -> fk_init (section: .init.text)"
run_rc "fk61.ko (vermagic 6.1) without --kernel" 0 "$MPL" fk61.ko
if [ "$(cat "$TMP/err")" = "$want61" ]; then
	pass "fk61.ko without --kernel: 6.1's line"
else
	fail "fk61.ko without --kernel: $(head -3 "$TMP/err")"
fi
if REF=$(ref_modpost 6.1); then
	"$REF" -o /dev/null fk61.o >/dev/null 2>"$TMP/ref61"
	if [ "$(cat "$TMP/ref61")" = "$want61" ]; then
		pass "fk61.o: the 6.1 reference prints that line"
	else
		fail "fk61.o: the 6.1 reference prints $(head -3 "$TMP/ref61")"
	fi
else
	skip "fk61.o: 6.1 reference (apt-get install $(ref_package 6.1))"
fi
run_rc "fk612.ko (vermagic 6.12) without --kernel" 0 "$MPL" fk612.ko
if REF=$(ref_modpost 6.12); then
	"$REF" -M -o /dev/null fk612.o >/dev/null 2>"$TMP/ref612"
	if [ -s "$TMP/ref612" ] && cmp -s "$TMP/ref612" "$TMP/err"; then
		pass "fk612.ko without --kernel: 6.12's line, as the 6.12 reference on fk612.o"
	else
		fail "fk612.ko without --kernel: $(head -3 "$TMP/err") (reference: $(head -3 "$TMP/ref612"))"
	fi
else
	skip "fk612.ko without --kernel: 6.12 reference (apt-get install $(ref_package 6.12))"
fi
run_rc "fk612.ko with --kernel=6.1" 0 "$MPL" --kernel=6.1 fk612.ko
if [ "$(cat "$TMP/err")" = "${want61/fk61/fk612}" ]; then
	pass "fk612.ko with --kernel=6.1: --kernel wins over vermagic"
else
	fail "fk612.ko with --kernel=6.1: $(head -3 "$TMP/err")"
fi

# --- inputs of two kernels
run_rc "fk61.ko fk612.ko without --kernel" 2 "$MPL" fk61.ko fk612.ko
one_line_naming "fk61.ko fk612.ko" fk61.ko fk612.ko 6.1 6.12
run_rc "fk61.ko fk612.ko with --kernel=6.12" 0 "$MPL" --kernel=6.12 fk61.ko fk612.ko
run_rc "ex61.o (6.1 ksymtab) ex612.o (.export_symbol) without --kernel" 2 \
	"$MPL" -M ex61.o ex612.o
one_line_naming "ex61.o ex612.o" ex61.o ex612.o 6.1 6.12
run_rc "ex61.o ex612.o with --kernel=6.1" 0 "$MPL" --kernel=6.1 ex61.o ex612.o
run_rc "fk61.ko ex612.o without --kernel" 2 "$MPL" -M fk61.ko ex612.o
one_line_naming "fk61.ko ex612.o" fk61.ko ex612.o
