# SPDX-License-Identifier: GPL-2.0-only
# Build variants of the arch test set (sourced by tests/t0300-arch.sh and
# tests/regen-arch-expected.sh).
#
# One line per variant, fields separated by '|':
#   name | tool prefix | Debian package | extra compiler flags | extra sources
# The common sources (a.c b.c c.c d.S e.c) are always built first, in that
# order, then the extra sources; the objects are linked in that order.

MPL_ARCH_COMMON_SOURCES="a.c b.c c.c d.S e.c"

MPL_ARCH_CFLAGS="-O2 -fno-PIE -fno-pic -ffreestanding -nostdinc \
-fno-asynchronous-unwind-tables -fno-common -fno-stack-protector \
-fno-strict-aliasing -fno-delete-null-pointer-checks -std=gnu11 -w"

mpl_arch_variants() {
	cat <<'EOF'
x86_64|x86_64-linux-gnu-|gcc|-mcmodel=kernel -mno-red-zone -mno-sse -mno-mmx|rel.S
x86_64-ffs|x86_64-linux-gnu-|gcc|-mcmodel=kernel -mno-red-zone -mno-sse -ffunction-sections -fdata-sections|rel.S
i686|i686-linux-gnu-|gcc-i686-linux-gnu|-m32 -march=i686 -mregparm=3 -mpreferred-stack-boundary=2 -mno-sse -mno-mmx|rel.S i386.S
aarch64|aarch64-linux-gnu-|gcc-aarch64-linux-gnu|-mgeneral-regs-only -mcmodel=small|rel.S
arm|arm-linux-gnueabihf-|gcc-arm-linux-gnueabihf|-marm -mcpu=cortex-a15 -mfloat-abi=soft -mno-unaligned-access|rel.S arm.S
arm-thumb2|arm-linux-gnueabihf-|gcc-arm-linux-gnueabihf|-mthumb -mcpu=cortex-a15 -mfloat-abi=soft -mno-unaligned-access|rel.S arm.S
arm-v5|arm-linux-gnueabihf-|gcc-arm-linux-gnueabihf|-marm -march=armv5te -mfloat-abi=soft -mword-relocations|rel.S arm.S
ppc32|powerpc-linux-gnu-|gcc-powerpc-linux-gnu|-m32 -msoft-float -mno-altivec -ffixed-r2 -mmultiple -msdata=none|rel.S
ppc64le|powerpc64le-linux-gnu-|gcc-powerpc64le-linux-gnu|-m64 -mabi=elfv2 -mcmodel=medium -msoft-float -mno-altivec -mno-pointers-to-nested-functions|rel.S
ppc64-elfv1|powerpc64-linux-gnu-|gcc-powerpc64-linux-gnu|-m64 -mabi=elfv1 -mcmodel=medium -msoft-float -mno-altivec -mno-pointers-to-nested-functions|rel.S
ppc64-elfv2|powerpc64-linux-gnu-|gcc-powerpc64-linux-gnu|-m64 -mabi=elfv2 -mcmodel=medium -msoft-float -mno-altivec|rel.S
riscv64|riscv64-linux-gnu-|gcc-riscv64-linux-gnu|-march=rv64imac_zicsr_zifencei -mabi=lp64 -mcmodel=medany -mno-save-restore|rel.S
s390x|s390x-linux-gnu-|gcc-s390x-linux-gnu|-march=z10 -mpacked-stack -mbackchain -msoft-float|rel.S
mips|mips-linux-gnu-|gcc-mips-linux-gnu|-mabi=32 -march=mips32r2 -mno-abicalls -G 0 -msoft-float|rel.S mips.S
mipsel|mipsel-linux-gnu-|gcc-mipsel-linux-gnu|-mabi=32 -march=mips32r2 -mno-abicalls -G 0 -msoft-float|rel.S mips.S
mips64el|mips64el-linux-gnuabi64-|gcc-mips64el-linux-gnuabi64|-mabi=64 -march=mips64r2 -mno-abicalls -G 0 -msoft-float|rel.S mips.S
mips64|mips64-linux-gnuabi64-|gcc-mips64-linux-gnuabi64|-mabi=64 -march=mips64r2 -mno-abicalls -G 0 -msoft-float|rel.S mips.S
sparc64|sparc64-linux-gnu-|gcc-sparc64-linux-gnu|-m64 -mcmodel=medlow -mcpu=ultrasparc -mno-fpu -ffixed-g4 -ffixed-g5 -ffixed-g7|rel.S
hppa|hppa-linux-gnu-|gcc-hppa-linux-gnu|-mno-space-regs -mfast-indirect-calls -mdisable-fpregs -ffunction-sections|
m68k|m68k-linux-gnu-|gcc-m68k-linux-gnu|-mcpu=68040 -msoft-float|rel.S
sh4|sh4-linux-gnu-|gcc-sh4-linux-gnu|-m4-nofpu|rel.S
alpha|alpha-linux-gnu-|gcc-alpha-linux-gnu|-mno-fp-regs -ffixed-8 -msmall-data|rel.S
EOF
}

# mpl_arch_build SRCDIR OUTDIR PREFIX FLAGS EXTRA_SOURCES
# Compiles the sources into OUTDIR and prints the object paths (in link
# order) on stdout. Compiler messages go to OUTDIR/build.log. Returns 1 on
# a build failure.
mpl_arch_build() {
	local src=$1 out=$2 prefix=$3 flags=$4 extra=$5 f o objs=()
	mkdir -p "$out" || return 1
	: >"$out/build.log"
	for f in $MPL_ARCH_COMMON_SOURCES $extra; do
		o=$out/${f%.*}.o
		# shellcheck disable=SC2086
		if ! "${prefix}gcc" $MPL_ARCH_CFLAGS $flags -I"$src" -c \
			"$src/$f" -o "$o" >>"$out/build.log" 2>&1; then
			echo "mpl_arch_build: ${prefix}gcc failed on $f" >>"$out/build.log"
			return 1
		fi
		objs+=("$o")
	done
	printf '%s\n' "${objs[@]}"
}

# mpl_arch_link PREFIX OUTDIR OBJS...: ld -r into OUTDIR/vmlinux.o
mpl_arch_link() {
	local prefix=$1 out=$2
	shift 2
	"${prefix}ld" -r -o "$out/vmlinux.o" "$@" >>"$out/build.log" 2>&1
}

# mpl_arch_reference MODPOST OUTDIR: the reference's stderr for
# OUTDIR/vmlinux.o (run inside OUTDIR, as Kbuild does).
mpl_arch_reference() {
	# shellcheck disable=SC2069 # stderr only, on purpose
	(cd "$2" && "$1" -M -o /dev/null vmlinux.o 2>&1 >/dev/null)
	return 0
}

# mpl_arch_run_mpl MPL DIR OBJS...: modpost-lite's stderr for the objects,
# run inside DIR with the object paths as given (at most 120 seconds).
# Returns modpost-lite's exit status.
mpl_arch_run_mpl() {
	local mpl=$1 dir=$2
	shift 2
	# shellcheck disable=SC2069 # stderr only, on purpose
	(cd "$dir" && timeout 120 "$mpl" -M "$@" 2>&1 >/dev/null)
}

# mpl_arch_note_status STATUS: explain a crash or a timeout (indented, for
# after a FAIL line).
mpl_arch_note_status() {
	if [ "$1" -eq 124 ]; then
		echo "    modpost-lite timed out"
	elif [ "$1" -gt 128 ]; then
		echo "    modpost-lite was killed by signal $(($1 - 128))"
	fi
}

# ---- Linux 6.1 (tests/t0301-arch-6.1.sh, regen-arch-expected.sh --kernel=6.1)
# The variants checked against Debian's linux-kbuild-6.1 modpost: all of
# them, among them 32-bit REL (i686, arm, mips, mipsel), big-endian RELA
# (s390x, ppc64, sparc64, m68k, hppa) and big-endian REL (mips).  The
# sources are built with -DMPL_KERNEL_6_1 (6.1's exports: PREL32 entries
# on x86 and arm64, kernel_symbol structs elsewhere); expectations live in
# expected-6.1/.
MPL_ARCH_VARIANTS_61="x86_64 x86_64-ffs i686 aarch64 arm arm-thumb2 arm-v5 \
ppc32 ppc64le ppc64-elfv1 ppc64-elfv2 riscv64 s390x mips mipsel mips64el \
mips64 sparc64 hppa m68k sh4 alpha"

# mpl_arch_variants_61: the lines of mpl_arch_variants for those variants,
# with the 6.1 compiler flag added to the flags field.
mpl_arch_variants_61() {
	local name prefix pkg flags extra v
	while IFS='|' read -r name prefix pkg flags extra; do
		for v in $MPL_ARCH_VARIANTS_61; do
			[ "$v" = "$name" ] &&
				echo "$name|$prefix|$pkg|$flags -DMPL_KERNEL_6_1|$extra"
		done
	done < <(mpl_arch_variants)
}

# mpl_arch_reference_61 MODPOST OUTDIR [OPTION...]: the 6.1 reference's
# stderr for OUTDIR/vmlinux.o (no -M: 6.1 has none).
mpl_arch_reference_61() {
	local ref=$1 dir=$2
	shift 2
	# shellcheck disable=SC2069 # stderr only, on purpose
	(cd "$dir" && "$ref" "$@" -o /dev/null vmlinux.o 2>&1 >/dev/null)
	return 0
}

# mpl_arch_run_mpl_61 MPL DIR OBJS...: as mpl_arch_run_mpl, with
# --kernel=6.1.
mpl_arch_run_mpl_61() {
	local mpl=$1 dir=$2
	shift 2
	# shellcheck disable=SC2069 # stderr only, on purpose
	(cd "$dir" && timeout 120 "$mpl" --kernel=6.1 -M "$@" 2>&1 >/dev/null)
}
