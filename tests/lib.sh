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

# ref_modpost [KERNEL]: the reference modpost for kernel 6.12 (default) or
# 6.1: Debian's linux-kbuild-6.12.* or linux-kbuild-6.1 (a wrapper that
# picks modpost.real-{lsb,msb}-{32,64} from the input's ELF class and byte
# order).  Prints its path; returns 1 when it is not installed.
ref_modpost() {
	local m
	case "${1:-6.12}" in
	6.12)
		for m in /usr/lib/linux-kbuild-6.12.*/scripts/mod/modpost; do
			[ -x "$m" ] && { echo "$m"; return 0; }
		done
		;;
	6.1)
		m=/usr/lib/linux-kbuild-6.1/scripts/mod/modpost
		[ -x "$m" ] && { echo "$m"; return 0; }
		;;
	esac
	return 1
}

# ref_package KERNEL: the Debian package that installs ref_modpost KERNEL.
ref_package() {
	case "$1" in
	6.1) echo linux-kbuild-6.1 ;;
	*) echo 'linux-kbuild-6.12.117+deb12' ;;
	esac
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
	local ref=${MPL_REF_BIN:-}
	[ -n "$ref" ] || ref=$(ref_modpost) || return 125
	MPL_REF_BIN=$ref
	ref_run_linked "$ref" "$@"
}

# ref_run_linked REF DIR ERRFILE [MODPOST-OPTION...] -- OBJ...: what
# mpl_ref_run and mpl_ref_run_61 do, with the reference modpost REF.
ref_run_linked() {
	local ref=$1 dir=$2 err=$3 opts=() o link=0
	shift 3
	while [ $# -gt 0 ] && [ "$1" != "--" ]; do opts+=("$1"); shift; done
	[ $# -gt 0 ] && shift
	# relink unless DIR/vmlinux.o is newer than every object
	[ -f "$dir/vmlinux.o" ] || link=1
	for o in "$@"; do [ "$o" -nt "$dir/vmlinux.o" ] && link=1; done
	if [ "$link" -eq 1 ]; then
		ld -r -o "$dir/vmlinux.o" "$@" || return 125
	fi
	(cd "$dir" && exec "$ref" "${opts[@]}" -o /dev/null vmlinux.o) \
		>/dev/null 2>"$err"
}

# mpl_expected_status FILE: the exit status modpost has when it printed FILE
# (1 if some line is an ERROR, or a FATAL one as 6.1 prints, else 0).
mpl_expected_status() {
	if grep -q '^ERROR: \|^FATAL: ' "$1"; then echo 1; else echo 0; fi
}

# mpl_build_all_cases ROOT CC...: compile every case with every CC, one
# compiler run per case and compiler, as many in parallel as there are
# CPUs.  Objects land in ROOT/<case>/<cc>/; ROOT/<case>/<cc>/objs lists them
# in link order and ROOT/<case>/<cc>/build.log collects the compiler's
# messages.  A failed compilation leaves objects missing (see mpl_objs_ok).
# (mpl-kernel.h switches to its assembly part on __ASSEMBLER__, so .c and
# .S files can share one compiler command line.)
mpl_build_all_cases() {
	local root=$1 dir cc
	shift
	for dir in "$MPL_CASES"/*/; do
		for cc in "$@"; do
			mpl_compile_case_bg "${dir%/}" "$root/$(basename "$dir")/$cc" \
				"$cc"
		done
	done
	wait
	MPL_BG_RUNNING=0
}

# mpl_compile_case_bg CASEDIR OUTDIR CC [FLAG...]: one compiler run, in the
# background, on the case's sources with the kernel flags and FLAGs:
# objects in OUTDIR, their list in link order in OUTDIR/objs, the messages
# in OUTDIR/build.log.  Waits first while as many runs as there are CPUs
# are going (the caller waits for the last ones).
mpl_compile_case_bg() {
	local dir=$1 out=$2 cc=$3 src srcs=()
	shift 3
	mkdir -p "$out"
	: >"$out/objs"
	while read -r src; do
		srcs+=("$dir/$src")
		rm -f "$out/${src%.*}.o"
		echo "$out/${src%.*}.o" >>"$out/objs"
	done < <(mpl_case_sources "$dir")
	if [ "${MPL_BG_RUNNING:-0}" -ge "$(nproc 2>/dev/null || echo 2)" ]; then
		wait -n
		MPL_BG_RUNNING=$((MPL_BG_RUNNING - 1))
	fi
	(cd "$out" && exec "$cc" -pipe "${MPL_KCFLAGS[@]}" "$@" -c "${srcs[@]}") \
		>"$out/build.log" 2>&1 &
	MPL_BG_RUNNING=$((${MPL_BG_RUNNING:-0} + 1))
}

# mpl_case_ready WHAT CC EXPECTED OUTDIR REGEN: what must hold before a
# compiled case is checked: CC is installed (else a SKIP line), EXPECTED
# exists (else a FAIL line telling to run REGEN) and every object was
# built into OUTDIR (else a FAIL line and the compiler's messages).
mpl_case_ready() {
	if ! command -v "$2" >/dev/null; then
		skip "$1 ($2 not installed)"
		return 1
	fi
	if [ ! -f "$3" ]; then
		fail "$1: no $(basename "$3") (run $5)"
		return 1
	fi
	if ! mpl_objs_ok "$4/objs"; then
		fail "$1: build"
		sed 's/^/    /' "$4/build.log" | head -20
		return 1
	fi
}

# mpl_objs_ok OBJLIST: true when every object named in OBJLIST exists.
mpl_objs_ok() {
	local o
	[ -s "$1" ] || return 1
	while read -r o; do [ -s "$o" ] || return 1; done <"$1"
}

# ---------------------------------------------------------------------------
# Helpers for the Linux 6.1 profile tests (tests/t*-6.1*.sh and the regen
# scripts with --kernel=6.1).  The shared cases in testdata/cases/ are
# compiled with -DMPL_KERNEL_6_1 (mpl-kernel.h then emits 6.1's ksymtab
# records and .meminit.* sections); testdata/cases-6.1/ holds the cases
# only 6.1 has rules for.  Per case directory:
#   expected-6.1.<cc>        the 6.1 reference's stderr on "ld -r" of the
#                            objects (tests/regen-expected.sh --kernel=6.1)
#   cflags-6.1               extra compiler flags, one line (optional)
#   flags-6.1                extra modpost option sets, one per line
#                            (optional); each has expected-6.1<opts>.<cc>,
#                            <opts> being the options without blanks
#                            ("-W" -> expected-6.1-W.gcc)

MPL_CASES_61=$TOP/testdata/cases-6.1
MPL_KCFLAGS_61=(-DMPL_KERNEL_6_1)

# mpl_case_dirs_61: every case directory the 6.1 tests use, one a line.
mpl_case_dirs_61() {
	local d
	for d in "$MPL_CASES"/*/ "$MPL_CASES_61"/*/; do
		[ -d "$d" ] && echo "${d%/}"
	done
}

# mpl_case_name_61 CASEDIR: "cases/NAME" or "cases-6.1/NAME".
mpl_case_name_61() {
	echo "$(basename "$(dirname "$1")")/$(basename "$1")"
}

# mpl_case_cflags_61 CASEDIR: the case's extra compiler flags (may be empty).
mpl_case_cflags_61() {
	[ -f "$1/cflags-6.1" ] && sed -e 's/#.*//' "$1/cflags-6.1" | tr '\n' ' '
	return 0
}

# mpl_case_optsets_61 CASEDIR: the extra modpost option sets, one a line.
mpl_case_optsets_61() {
	[ -f "$1/flags-6.1" ] && sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$1/flags-6.1"
	return 0
}

# mpl_expected_61 CASEDIR CC [OPTS]: the expected file for that option set.
mpl_expected_61() {
	echo "$1/expected-6.1$(echo "${3:-}" | tr -d ' \t').$2"
}

# mpl_build_cases_61 ROOT CC...: compile every 6.1 case with every CC as
# mpl_build_all_cases does (objects in ROOT/<cases|cases-6.1>/<case>/<cc>/,
# the list in .../objs, messages in .../build.log), with 6.1's flags.
mpl_build_cases_61() {
	local root=$1 dir cc xflags
	shift
	while read -r dir; do
		# shellcheck disable=SC2207 # flags are blank-separated words
		xflags=($(mpl_case_cflags_61 "$dir"))
		for cc in "$@"; do
			mpl_compile_case_bg "$dir" \
				"$root/$(mpl_case_name_61 "$dir")/$cc" "$cc" \
				"${MPL_KCFLAGS_61[@]}" "${xflags[@]}"
		done
	done < <(mpl_case_dirs_61)
	wait
	MPL_BG_RUNNING=0
}

# mpl_ref_run_61 DIR ERRFILE [MODPOST-OPTION...] -- OBJ...: as mpl_ref_run,
# with the 6.1 reference (which has no -M: never pass it).  Returns the
# reference's exit status, or 125 if there is no reference or ld failed.
mpl_ref_run_61() {
	local ref
	ref=$(ref_modpost 6.1) || return 125
	ref_run_linked "$ref" "$@"
}

# mpl_run DIR ERRFILE [OPTION...] -- OBJ...: "$MPL" with the options on the
# objects, from inside DIR (at most MPL_TIMEOUT seconds, default 60);
# stderr to ERRFILE, stdout to ERRFILE.out.  Returns modpost-lite's status.
mpl_run() {
	local dir=$1 err=$2 opts=()
	shift 2
	while [ $# -gt 0 ] && [ "$1" != "--" ]; do opts+=("$1"); shift; done
	[ $# -gt 0 ] && shift
	(cd "$dir" && exec timeout "${MPL_TIMEOUT:-60}" "$MPL" "${opts[@]}" "$@") \
		>"$err.out" 2>"$err"
}

# mpl_run_61 DIR ERRFILE [OPTION...] -- OBJ...: mpl_run with --kernel=6.1.
mpl_run_61() {
	mpl_run "$1" "$2" --kernel=6.1 "${@:3}"
}

# check_mpl_lines WHAT EXPECTED ERRFILE: after mpl_run, nothing on stdout
# (ERRFILE.out) and the stderr lines as EXPECTED's, as multisets.
check_mpl_lines() {
	if [ -s "$3.out" ]; then
		fail "$1 (unexpected stdout)"
		head -5 "$3.out" | sed 's/^/    /'
	else
		check_same_lines "$1" "$2" "$3"
	fi
}

# check_status WHAT GOT WANT: one PASS/FAIL line comparing exit statuses.
check_status() {
	if [ "$2" = "$3" ]; then pass "$1"; else fail "$1 (exit $2, want $3)"; fi
}

# mpl_headers_61: the newest /usr/src/linux-headers-6.1.0-*-amd64 with a
# Makefile (Debian bumps the ABI number with each update); 1 if none.
mpl_headers_61() {
	local d best=
	# ls -v sorts the ABI numbers numerically (57 before 100)
	while read -r d; do
		[ -f "$d/Makefile" ] && best=$d
	done < <(ls -dv /usr/src/linux-headers-6.1.0-*-amd64 2>/dev/null)
	[ -n "$best" ] && echo "$best"
}
