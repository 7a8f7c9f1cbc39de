#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
#
# Build a mutated copy of a kernel corpus and the reference modpost's verdict.
# usage: mutate.sh SRC BUILD PICKS.tsv OUTDIR
# Edits SRC per PICKS (lines "kind<TAB>symbol<TAB>file<TAB>line", from
# pick.py), rebuilds only the touched objects in BUILD, stores them under
# OUTDIR/objs/ (same relative paths) with OUTDIR/touched.txt, the tree's own
# modpost's output on ld -r of the mutated vmlinux.a in OUTDIR/oracle.txt,
# then restores SRC and the clean objects (also when a step fails).
# MPL_CORPUS_JOBS: make -j (default 2).
set -eu
src=$1 build=$2 picks=$3 out=$4
jobs=${MPL_CORPUS_JOBS:-2}
mkdir -p "$out/objs"
touched=()

restore() {
	local kind name file line
	while IFS=$'\t' read -r kind name file line; do
		[ -z "$kind" ] && continue
		if [ -f "$src/$file.mpl-orig" ]; then
			mv "$src/$file.mpl-orig" "$src/$file"
			touch "$src/$file"
		fi
	done <"$picks"
}
trap restore EXIT

while IFS=$'\t' read -r kind name file line; do
	[ -z "$kind" ] && continue
	cp -n "$src/$file" "$src/$file.mpl-orig"
	case $kind in
	init|weak-init) sed -i "${line}s/\b${name}(/__init ${name}(/" "$src/$file" ;;
	exit) sed -i "${line}s/\b${name}(/__exit ${name}(/" "$src/$file" ;;
	initdata) sed -i -E "${line}s/\b${name}((\[[^]]*\])*)[[:space:]]*(=|;)/${name}\1 __initdata \3/" "$src/$file" ;;
	*) echo "mutate.sh: $picks: unknown kind '$kind'" >&2; exit 1 ;;
	esac
	sed -n "${line}p" "$src/$file" | grep -q "__init\|__exit" ||
		{ echo "mutate.sh: no edit: $kind $name $file:$line" >&2; exit 1; }
	touched+=("${file%.c}.o")
done <"$picks"
(cd "$src" && make -s -j"$jobs" O="$build" "${touched[@]}")
for o in "${touched[@]}"; do
	mkdir -p "$out/objs/$(dirname "$o")"
	cp "$build/$o" "$out/objs/$o"
done
printf '%s\n' "${touched[@]}" >"$out/touched.txt"
tmp=$(mktemp -d)
(cd "$build" && ld -m elf_x86_64 -z noexecstack --no-warn-rwx-segments -r \
	-o "$tmp/vmlinux.o" --whole-archive vmlinux.a --no-whole-archive)
(cd "$tmp" && "$build/scripts/mod/modpost" -M -o /dev/null vmlinux.o \
	2>oracle.txt || true)
cp "$tmp/oracle.txt" "$out/oracle.txt"
rm -rf "$tmp"
# restore the sources and the clean objects
restore
trap - EXIT
(cd "$src" && make -s -j"$jobs" O="$build" "${touched[@]}")
echo "$(grep -c . "$out/oracle.txt") oracle lines from ${#touched[@]} touched objects"
