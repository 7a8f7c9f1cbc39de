#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
#
# make corpus: build the real-kernel corpus the corpus tests and the
# benchmark read, from Debian's linux-source-6.12, the way
# ../shared/corpus/README.md describes it: an x86_64 defconfig built with
# the system gcc, the files Kbuild hands to modpost packed into
# linux-6.12-x86_64-defconfig.tar.xz, and the injected-mismatch set of
# tools/corpus/injected-v.picks.tsv made by tools/corpus/mutate.sh
# (injected-v.tar.xz, injected-v.oracle.txt).
#
# MPL_CORPUS_DIR   output directory (default /var/tmp/mpl-corpus); the
#                  source and build tree stay in its work/ (2.4 GB) so a
#                  second run only repeats what is missing
# MPL_CORPUS_JOBS  make -j (default 2)
# MPL_CORPUS_TARBALL  the kernel source (default
#                  /usr/src/linux-source-6.12.tar.xz)
#
# Everything runs under nice -n 10.  A defconfig build takes 25 to 40
# minutes on 2 cores.  corpus.info records the compiler and the source; a
# different gcc gives different objects, so the tests compare with ld -r +
# the reference modpost on this very tree, not with stored output.
set -eu
TOP=$(cd "$(dirname "$0")/../.." && pwd)
DIR=${MPL_CORPUS_DIR:-/var/tmp/mpl-corpus}
JOBS=${MPL_CORPUS_JOBS:-2}
TARBALL=${MPL_CORPUS_TARBALL:-/usr/src/linux-source-6.12.tar.xz}
PICKS=$TOP/tools/corpus/injected-v.picks.tsv
WORK=$DIR/work
SRC=$WORK/linux-source-6.12
BUILD=$WORK/build
KMAKE=(nice -n 10 make -s -C "$SRC" O="$BUILD" ARCH=x86_64)

say() { echo "corpus: $*"; }
die() { echo "corpus: $*" >&2; exit 1; }

[ -f "$TARBALL" ] ||
	die "$TARBALL not found (apt-get install linux-source-6.12)"
for t in flex bison bc gcc ld xz; do
	command -v $t >/dev/null || die "$t missing (bash tools/deps.sh)"
done
[ -f /usr/include/openssl/ssl.h ] || die "libssl-dev missing (bash tools/deps.sh)"
mkdir -p "$WORK" || die "cannot create $WORK"
start=$(date +%s)

# 1. The source.
tarstamp=$(stat -c %s.%Y "$TARBALL")
if [ "$(cat "$WORK/src.stamp" 2>/dev/null)" != "$tarstamp" ] ||
   [ ! -f "$SRC/Makefile" ]; then
	say "extracting $TARBALL into $WORK"
	rm -rf "$SRC" "$BUILD" "$WORK/src.stamp"
	tar -xJf "$TARBALL" -C "$WORK"
	[ -f "$SRC/Makefile" ] || die "$TARBALL has no linux-source-6.12/Makefile"
	echo "$tarstamp" >"$WORK/src.stamp"
fi
# An interrupted mutate.sh may have left edited sources.
find "$SRC" -name '*.mpl-orig' | while read -r f; do
	mv "$f" "${f%.mpl-orig}" && touch "${f%.mpl-orig}"
done

# 2. The build: defconfig, vmlinux and the modules.
if [ ! -f "$BUILD/.config" ]; then
	say "make defconfig"
	"${KMAKE[@]}" defconfig >/dev/null
fi
say "make -j$JOBS vmlinux modules (log: $DIR/build.log)"
bstart=$(date +%s)
"${KMAKE[@]}" -j"$JOBS" vmlinux modules >"$DIR/build.log" 2>&1 ||
	die "kernel build failed; last lines of $DIR/build.log:
$(tail -20 "$DIR/build.log")"
say "kernel built in $(($(date +%s) - bstart)) s"

# 3. The clean corpus: what Kbuild hands to modpost.
cd "$BUILD"
{
	echo vmlinux.a
	ar t vmlinux.a
	echo modules.order
	while read -r m; do
		echo "${m%.o}.mod" "$m" "${m%.o}.ko"
		cat "${m%.o}.mod"
	done <modules.order
} | tr ' ' '\n' | grep . | sort -u >"$WORK/files.txt"
TARX=(tar --sort=name --owner=0 --group=0 --numeric-owner)
# (written as .tmp and renamed at the end, so a corpus already there stays
# usable until the new one is complete)
"${TARX[@]}" -cJf "$DIR/linux-6.12-x86_64-defconfig.tar.xz.tmp" \
	-T "$WORK/files.txt"
say "clean corpus: $(ar t vmlinux.a | wc -l) objects in vmlinux.a, $(wc -l <modules.order) modules"

# 4. The injected set.
rm -rf "$WORK/injected"
nice -n 10 env MPL_CORPUS_JOBS="$JOBS" bash "$TOP/tools/corpus/mutate.sh" \
	"$SRC" "$BUILD" "$PICKS" "$WORK/injected"
"${TARX[@]}" -cJf "$DIR/injected-v.tar.xz.tmp" -C "$WORK/injected" \
	objs touched.txt

# 5. What it was built from and with.
{
	echo "made-by: make corpus (tools/corpus/build.sh)"
	echo "source: $(basename "$TARBALL") $(make -s -C "$SRC" kernelversion)"
	echo "config: x86_64 defconfig"
	echo "gcc: $(gcc -dumpfullversion) ($(gcc --version | head -1))"
	echo "binutils: $(ld --version | head -1)"
	echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
} >"$DIR/corpus.info.tmp"
cp "$WORK/injected/oracle.txt" "$DIR/injected-v.oracle.txt"
cp "$PICKS" "$DIR/injected-v.picks.tsv"
for f in corpus.info injected-v.tar.xz linux-6.12-x86_64-defconfig.tar.xz; do
	mv "$DIR/$f.tmp" "$DIR/$f"
done
say "done in $(($(date +%s) - start)) s: $DIR"
