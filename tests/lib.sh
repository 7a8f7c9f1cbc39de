# SPDX-License-Identifier: GPL-2.0-only
# Shared helpers for modpost-lite test scripts (sourced by tests/t*.sh).
#
# Every check prints exactly one line: "PASS: <what>", "FAIL: <what>" or
# "SKIP: <what> (<why>)". tests/run counts these lines over all scripts.

set -u

TOP=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
: "${MPL:=$TOP/build/modpost-lite}"
# Scratch space for one test script; removed when it exits.
TMP=$(mktemp -d "${TMPDIR:-/tmp}/mpl-test.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

pass() { echo "PASS: $*"; }
fail() { echo "FAIL: $*"; }
skip() { echo "SKIP: $*"; }

# The reference modpost of Debian's linux-kbuild-6.12.* (a wrapper that picks
# modpost.real-{lsb,msb}-{32,64} from the input's ELF class and byte order).
ref_modpost() {
	local m
	for m in /usr/lib/linux-kbuild-6.12.*/scripts/mod/modpost; do
		[ -x "$m" ] && { echo "$m"; return 0; }
	done
	return 1
}

# check_eq WHAT EXPECTED_FILE ACTUAL_FILE: exact comparison, diff on failure.
check_eq() {
	if cmp -s "$2" "$3"; then
		pass "$1"
	else
		fail "$1"
		diff -u "$2" "$3" | head -40 | sed 's/^/    /'
	fi
}

# check_same_lines WHAT A B: compare as multisets of lines (sorted).
check_same_lines() {
	if cmp -s <(LC_ALL=C sort "$2") <(LC_ALL=C sort "$3"); then
		pass "$1"
	else
		fail "$1"
		diff -u <(LC_ALL=C sort "$2") <(LC_ALL=C sort "$3") | head -40 | sed 's/^/    /'
	fi
}

# ---------------------------------------------------------------------------
# Helpers for the testdata/cases tests (tests/t01*.sh, tests/regen-expected.sh)

MPL_CASES=$TOP/testdata/cases
# Kernel-like compile flags (x86-64, built-in code, no libc).
MPL_KCFLAGS=(-O2 -fno-PIE -fno-pic -mcmodel=kernel
	-fno-asynchronous-unwind-tables -fno-common -ffreestanding -nostdinc
	-fno-stack-protector -I"$TOP/testdata/include")

# mpl_case_sources CASEDIR: the case's source file names (no directory), one
# per line, in link order: the file "order" if present (blank lines and
# #-comments ignored), else every *.c and *.S in C-locale alphabetical order.
mpl_case_sources() {
	if [ -f "$1/order" ]; then
		sed -e 's/#.*//' -e 's/[[:space:]]//g' -e '/^$/d' "$1/order"
	else
		(cd "$1" && for f in *.c *.S; do [ -f "$f" ] && echo "$f"; done) |
			LC_ALL=C sort
	fi
}

# mpl_compile CC SRC OBJ: compile one .c or .S file with the kernel flags.
mpl_compile() {
	case "$2" in
	*.S) "$1" "${MPL_KCFLAGS[@]}" -D__ASSEMBLY__ -c -o "$3" "$2" ;;
	*) "$1" "${MPL_KCFLAGS[@]}" -c -o "$3" "$2" ;;
	esac
}

# mpl_build_case CASEDIR CC OUTDIR: compile the case's sources into OUTDIR
# (<basename>.o each) and print the object paths in link order, one a line.
# Returns 1 (after printing the compiler's messages on stderr) on failure.
mpl_build_case() {
	local dir=$1 cc=$2 out=$3 src
	mkdir -p "$out" || return 1
	while read -r src; do
		mpl_compile "$cc" "$dir/$src" "$out/${src%.*}.o" || return 1
		echo "$out/${src%.*}.o"
	done < <(mpl_case_sources "$dir")
}

# mpl_ref_run DIR ERRFILE [MODPOST-OPTION...] -- OBJ...: link OBJs with
# "ld -r" into DIR/vmlinux.o and run the reference modpost on it from inside
# DIR (so the unit is named "vmlinux"; .vmlinux.export.c lands in DIR).
# The link is skipped when DIR/vmlinux.o is already newer than every OBJ.
# modpost's stderr goes to ERRFILE; returns modpost's exit status, or 125 if
# there is no reference or ld failed.
mpl_ref_run() {
	local dir=$1 err=$2 ref opts=()
	shift 2
	while [ $# -gt 0 ] && [ "$1" != "--" ]; do opts+=("$1"); shift; done
	[ $# -gt 0 ] && shift
	ref=${MPL_REF_BIN:-}
	[ -n "$ref" ] || ref=$(ref_modpost) || return 125
	MPL_REF_BIN=$ref
	# relink unless DIR/vmlinux.o is newer than every object
	local o link=0
	[ -f "$dir/vmlinux.o" ] || link=1
	for o in "$@"; do [ "$o" -nt "$dir/vmlinux.o" ] && link=1; done
	if [ "$link" -eq 1 ]; then
		ld -r -o "$dir/vmlinux.o" "$@" || return 125
	fi
	(cd "$dir" && exec "$ref" "${opts[@]}" -o /dev/null vmlinux.o) \
		>/dev/null 2>"$err"
}

# mpl_expected_status FILE: the exit status modpost has when it printed FILE
# (1 if some line is an ERROR, else 0).
mpl_expected_status() {
	if grep -q '^ERROR: ' "$1"; then echo 1; else echo 0; fi
}

# mpl_build_all_cases ROOT CC...: compile every case with every CC, one
# compiler run per case and compiler, as many in parallel as there are
# CPUs.  Objects land in ROOT/<case>/<cc>/; ROOT/<case>/<cc>/objs lists them
# in link order and ROOT/<case>/<cc>/build.log collects the compiler's
# messages.  A failed compilation leaves objects missing (see mpl_objs_ok).
# (mpl-kernel.h switches to its assembly part on __ASSEMBLER__, so .c and
# .S files can share one compiler command line.)
mpl_build_all_cases() {
	local root=$1 dir c cc src out running=0 max srcs
	shift
	max=$(nproc 2>/dev/null || echo 2)
	for dir in "$MPL_CASES"/*/; do
		c=$(basename "$dir")
		for cc in "$@"; do
			out=$root/$c/$cc
			mkdir -p "$out"
			srcs=()
			: >"$out/objs"
			while read -r src; do
				srcs+=("$dir$src")
				rm -f "$out/${src%.*}.o"
				echo "$out/${src%.*}.o" >>"$out/objs"
			done < <(mpl_case_sources "$dir")
			(cd "$out" && exec "$cc" -pipe "${MPL_KCFLAGS[@]}" -c "${srcs[@]}") \
				>"$out/build.log" 2>&1 &
			running=$((running + 1))
			if [ "$running" -ge "$max" ]; then
				wait -n
				running=$((running - 1))
			fi
		done
	done
	wait
}

# mpl_objs_ok OBJLIST: true when every object named in OBJLIST exists.
mpl_objs_ok() {
	local o
	[ -s "$1" ] || return 1
	while read -r o; do [ -s "$o" ] || return 1; done <"$1"
}
