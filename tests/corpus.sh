# SPDX-License-Identifier: GPL-2.0-only
# Helpers for the tests on the real-kernel corpus (sourced after lib.sh).

. "$TOP/tools/corpus/locate.sh"
CORPUS=$(mpl_find_corpus "$TOP") || CORPUS=
LDR="ld -m elf_x86_64 -z noexecstack --no-warn-rwx-segments -r"

# unpack_corpus DIR: the clean Linux 6.12 x86_64 defconfig build tree.
unpack_corpus() {
	mkdir -p "$1" && tar xJf "$CORPUS/linux-6.12-x86_64-defconfig.tar.xz" -C "$1"
}

# inject DIR: lay the injected-mismatch objects over an unpacked tree.
inject() {
	local t
	t=$(mktemp -d "$TMP/inj.XXXX")
	tar xJf "$CORPUS/injected-v.tar.xz" -C "$t"
	cp -a "$t"/objs/. "$1"/
	rm -rf "$t"
}

# The lines of kinds modpost-lite reports, from a reference modpost run.
mismatch_lines() {
	grep -E 'section mismatch in reference|EXPORT_SYMBOL used for|unexpected non-allocatable|exported twice|is COMMON symbol|\.export_symbol section|was exported|unknown license' "$@" || true
}

have_corpus() {
	[ -n "$CORPUS" ]
}

# corpus_is_stored: the corpus is the stored one (../shared/corpus), whose
# oracle files and counts were made on that very tree.  A corpus built by
# "make corpus" (it has corpus.info) may differ with the compiler: its
# tests compare with ld -r + the reference modpost on it, live.
corpus_is_stored() {
	[ ! -f "$CORPUS/corpus.info" ]
}

# corpus_setup LABEL [6.1]: the common start of a corpus test.  Without
# the corpus the test is skipped (exit 0); without the 6.12 reference
# modpost it fails, without the 6.1 one (an optional package) it is
# skipped.  Otherwise REF is set and the clean tree is unpacked into
# T=$TMP/tree, which becomes the current directory.
corpus_setup() {
	if ! have_corpus; then
		skip "$1: no corpus in $(mpl_corpus_places "$TOP" | paste -sd' ' | sed 's/ / or /g') (build one with 'make corpus', 25-40 minutes; see README)"
		exit 0
	fi
	if [ "${2:-}" = 6.1 ]; then
		REF=$(ref_modpost 6.1) || {
			skip "$1: no reference modpost (apt-get install $(ref_package 6.1))"
			exit 0
		}
	else
		REF=$(ref_modpost) || { fail "$1: reference modpost missing"; exit 0; }
	fi
	T=$TMP/tree
	unpack_corpus "$T"
	cd "$T" || exit 1
}

# corpus_mutate STEP [meminit]: rename sections of every STEP-th member of
# ./vmlinux.a with objcopy (.text -> .init.text, .data -> .init.data,
# .rodata -> .exit.data, .text.unlikely -> .exit.text; with "meminit" also
# .text -> .meminit.text and .data -> .meminit.data, for 6.1's rules), so
# that thousands of references cross into init and exit sections.
corpus_mutate() {
	local i=0 m meminit=${2:-}
	for m in $(ar t vmlinux.a); do
		i=$((i + 1))
		case $((i % $1)) in
		0) objcopy --rename-section .text=.init.text "$m" ;;
		11) [ -z "$meminit" ] ||
			objcopy --rename-section .text=.meminit.text "$m" ;;
		17) objcopy --rename-section .data=.init.data "$m" ;;
		23) [ -z "$meminit" ] ||
			objcopy --rename-section .data=.meminit.data "$m" ;;
		31) objcopy --rename-section .rodata=.exit.data "$m" ;;
		41) objcopy --rename-section .text.unlikely=.exit.text "$m" ;;
		esac
	done
}

# same_as_ld_ref LABEL: link ./vmlinux.a into vmlinux.o, run the reference
# modpost -M on it ($TMP/ref.txt) and modpost-lite -M on vmlinux.a
# ($TMP/mpl.txt), and check that both print the same lines with the same
# exit status.  $TMP/ref.txt stays for the caller's own checks.
same_as_ld_ref() {
	local rc ref_rc

	$LDR -o vmlinux.o --whole-archive vmlinux.a --no-whole-archive
	"$REF" -M -o /dev/null vmlinux.o 2>"$TMP/ref.txt"
	ref_rc=$?
	rm -f vmlinux.o
	"$MPL" -M vmlinux.a 2>"$TMP/mpl.txt"
	rc=$?
	check_same_lines "$1: same lines as ld -r + modpost" \
		"$TMP/ref.txt" "$TMP/mpl.txt"
	[ $rc -eq $ref_rc ] && pass "$1: same exit status ($rc)" ||
		fail "$1: exit $rc, reference $ref_rc"
}
