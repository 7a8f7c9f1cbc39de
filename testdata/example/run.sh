#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
#
# "make example": compile testdata/example/*.c the way the kernel compiles
# built-in code and run modpost-lite -M on the two objects.
#
# Usage: testdata/example/run.sh [MODPOST-LITE]   (CC=clang to use clang)
set -u
here=$(cd "$(dirname "$0")" && pwd)
mpl=${1:-$here/../../build/modpost-lite}
cc=${CC:-gcc}
case "$cc" in cc) cc=gcc ;; esac
out=$(mktemp -d "${TMPDIR:-/tmp}/mpl-example.XXXXXX")
trap 'rm -rf "$out"' EXIT

flags=(-O2 -fno-PIE -fno-pic -mcmodel=kernel -fno-asynchronous-unwind-tables
	-fno-common -ffreestanding -nostdinc -fno-stack-protector
	-I"$here/../include")
for f in board driver; do
	echo "  CC      $f.o"
	"$cc" "${flags[@]}" -c -o "$out/$f.o" "$here/$f.c" || exit 1
done
echo "  MPL     modpost-lite -M board.o driver.o"
cd "$out" && "$mpl" -M board.o driver.o
