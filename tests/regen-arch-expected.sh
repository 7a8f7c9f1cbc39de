#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
# Regenerate testdata/arch/expected/*.txt from the reference modpost:
#   <variant>.txt            for every build variant of testdata/arch/variants.sh
#                            whose cross compiler is installed
#   synthetic-<case>.txt     for the objects of tests/t0310-arch-synthetic.sh
#   TOOLCHAINS.txt           the tool versions they were made with
# With --kernel=6.1: testdata/arch/expected-6.1/<variant>.txt for the
# variants of $MPL_ARCH_VARIANTS_61, built with -DMPL_KERNEL_6_1, and
# synthetic-<case>.txt, from Debian's linux-kbuild-6.1 modpost (no -M),
# and its TOOLCHAINS.txt.
# Variants whose compiler is missing keep their old file (a note is printed).
# Usage: tests/regen-arch-expected.sh [--kernel=6.1] [NAME...]   (default: all)
set -u
TOP=$(cd "$(dirname "$0")/.." && pwd)
. "$TOP/testdata/arch/variants.sh"
. "$TOP/testdata/arch/synthetic/gen.sh"

kernel=6.12
case "${1:-}" in
--kernel=6.1) kernel=6.1; shift ;;
--kernel=6.12) shift ;;
--kernel=*) echo "regen: ${1}: 6.12 or 6.1" >&2; exit 2 ;;
esac

SRC=$TOP/testdata/arch
EXP=$SRC/expected
REF=
if [ "$kernel" = 6.1 ]; then
	EXP=$SRC/expected-6.1
	[ -x /usr/lib/linux-kbuild-6.1/scripts/mod/modpost ] &&
		REF=/usr/lib/linux-kbuild-6.1/scripts/mod/modpost
	[ -n "$REF" ] || { echo "regen: no reference modpost (linux-kbuild-6.1)" >&2; exit 1; }
else
	for m in /usr/lib/linux-kbuild-6.12.*/scripts/mod/modpost; do
		[ -x "$m" ] && REF=$m
	done
	[ -n "$REF" ] || { echo "regen: no reference modpost (linux-kbuild-6.12)" >&2; exit 1; }
fi
TMP=$(mktemp -d "${TMPDIR:-/tmp}/mpl-regen.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$EXP"

wanted() {
	[ $# -eq 1 ] && return 0
	local n=$1 w
	shift
	for w in "$@"; do
		[ "$w" = "$n" ] && return 0
	done
	return 1
}

rc=0
tools=$TMP/tools.txt
{
	echo "# Made by tests/regen-arch-expected.sh; reference:"
	if [ "$kernel" = 6.1 ]; then pkgs=linux-kbuild-6.1; else pkgs='linux-kbuild-6.12*'; fi
	dpkg-query -W -f '${Package} ${Version}\n' "$pkgs" 2>/dev/null
} >"$tools"
variants() {
	if [ "$kernel" = 6.1 ]; then mpl_arch_variants_61; else mpl_arch_variants; fi
}
while IFS='|' read -r name prefix pkg flags extra; do
	[ -n "$name" ] || continue
	wanted "$name" "$@" || continue
	if ! command -v "${prefix}gcc" >/dev/null 2>&1; then
		echo "regen: $name: ${prefix}gcc missing (apt-get install $pkg); kept old file"
		continue
	fi
	dir=$TMP/$name
	# shellcheck disable=SC2086 # $objlist: one path a line, no blanks
	if ! objlist=$(mpl_arch_build "$SRC" "$dir" "$prefix" "$flags" "$extra") ||
	   ! mpl_arch_link "$prefix" "$dir" $objlist; then
		echo "regen: $name: build failed" >&2
		cat "$dir/build.log" >&2
		rc=1
		continue
	fi
	if [ "$kernel" = 6.1 ]; then
		mpl_arch_reference_61 "$REF" "$dir" >"$EXP/$name.txt"
	else
		mpl_arch_reference "$REF" "$dir" >"$EXP/$name.txt"
	fi
	echo "regen: $name: $(wc -l <"$EXP/$name.txt") lines"
	echo "$name: $("${prefix}gcc" --version | head -n1); $("${prefix}ld" --version | head -n1)" >>"$tools"
done < <(variants)


MKELF=$TMP/mkelf
cc -Wall -Werror -o "$MKELF" "$TOP/tests/tools/mkelf.c" -lelf || exit 1
while read -r name; do
	wanted "synthetic-$name" "$@" || continue
	dir=$TMP/synthetic-$name
	st=0
	msg=$(mpl_synth_build "$name" "$SRC/synthetic" "$dir" "$MKELF") || st=$?
	if [ "$st" -eq 2 ]; then
		echo "regen: synthetic-$name: $msg; kept old file"
		continue
	elif [ "$st" -ne 0 ]; then
		echo "regen: synthetic-$name: build failed" >&2
		cat "$dir/build.log" >&2
		rc=1
		continue
	fi
	if [ "$kernel" = 6.1 ]; then
		mpl_arch_reference_61 "$REF" "$dir" >"$EXP/synthetic-$name.txt"
	else
		mpl_arch_reference "$REF" "$dir" >"$EXP/synthetic-$name.txt"
	fi
	echo "regen: synthetic-$name: $(wc -l <"$EXP/synthetic-$name.txt") lines"
done < <(mpl_synth_cases "$SRC/synthetic")
echo "synthetic many-gas: $(x86_64-linux-gnu-as --version 2>/dev/null | head -n1)" >>"$tools"

# TOOLCHAINS.txt only describes a full regeneration
[ $# -eq 0 ] && cp "$tools" "$EXP/TOOLCHAINS.txt"
exit "$rc"
