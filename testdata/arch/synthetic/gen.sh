# SPDX-License-Identifier: GPL-2.0-only
# Synthetic objects for tests/t0310-arch-synthetic.sh and
# tests/regen-arch-expected.sh.
#
# mpl_synth_cases: the case names, one a line.
# mpl_synth_build NAME SRCDIR OUTDIR MKELF: makes OUTDIR/vmlinux.o (the
#   reference's input) and prints modpost-lite's inputs (file names
#   relative to OUTDIR, in order) on stdout. Returns 2 when a needed tool
#   is missing (message on stdout), 1 on other failures (OUTDIR/build.log).

mpl_synth_cases() {
	local f
	for f in "$1"/*.spec; do
		f=${f##*/}
		echo "${f%.spec}"
	done
	echo many-mkelf
	echo many-gas
}

# 70000 one-function sections (more than SHN_LORESERVE - 1 = 65279) with
# .init.text, .exit.text and .data placed after them, so their indexes
# and those of the symbols in them need SHN_XINDEX/.symtab_shndx.
mpl_synth_many_spec() {
	awk -v N=70000 'BEGIN {
	print "elf 64 lsb x86_64"
	print "section .init.data progbits aw 8"
	print "fill .init.data 64"
	print "symbol low_init_data .init.data 0 64 global object"
	for (i = 0; i < N; i++)
		printf "section .text.f%d progbits ax 1\nfill .text.f%d 8\nsymbol f%d .text.f%d 0 8 global func\n", i, i, i, i
	print "section .init.text progbits ax 16"
	print "fill .init.text 32"
	print "symbol hi_init_fn .init.text 0 16 global func"
	print "symbol hi_init_local .init.text 16 16 local func"
	print "section .exit.text progbits ax 16"
	print "fill .exit.text 16"
	print "symbol hi_exit_fn .exit.text 0 16 global func"
	print "section .data progbits aw 8"
	print "fill .data 32"
	print "symbol hi_data .data 0 32 global object"
	print "rela .text.f3 4 R_X86_64_PLT32 hi_init_fn -4"
	print "rela .text.f69998 2 R_X86_64_PC32 @.init.text 12"
	print "rela .text.f69999 4 R_X86_64_PLT32 hi_exit_fn -4"
	print "rela .text.f65300 1 R_X86_64_32S low_init_data 8"
	print "rela .text.f65279 1 R_X86_64_32S @.init.data 40"
	print "rela .init.text 20 R_X86_64_PLT32 hi_exit_fn -4"
	print "rela .data 8 R_X86_64_64 @.init.text 16"
	print "rela .data 16 R_X86_64_64 f69000 0"
	print "rela .data 24 R_X86_64_64 @.exit.text 0"
	}'
}

# The same with the real assembler, then linked with a second object.
mpl_synth_many_gas() {
	awk -v N=70000 'BEGIN {
	for (i = 0; i < N; i++)
		printf ".section .text.f%d,\"ax\"\n.globl f%d\n.type f%d,@function\nf%d: ret\n", i, i, i, i
	print ".section .init.text,\"ax\""
	print ".globl big_init"
	print ".type big_init,@function"
	print "big_init: ret"
	print "static_init: ret"
	print ".section .init.data,\"aw\""
	print "tbl: .long 1,2,3,4,5,6,7,8,9,10,11,12"
	print ".section .text.f_last,\"ax\""
	print ".globl f_last"
	print "f_last: call big_init"
	print "  call static_init"
	print "  movl tbl+40(%rip),%eax"
	print "  ret"
	print ".data"
	print "many_data: .quad tbl+4, f69999, static_init"
	}'
}

mpl_synth_small_gas() {
	cat <<'EOS'
	.section .init.text,"ax"
	.globl small_init
small_init:
	ret
	.text
	.globl small_fn
small_fn:
	call small_init
	call big_init
	ret
	.section .text.f5,"ax"
small_f5:
	call big_init
	ret
	.section .text.f69999,"ax"
small_f69999:
	jmp small_init
EOS
}

mpl_synth_build() {
	local name=$1 src=$2 out=$3 mkelf=$4 as=x86_64-linux-gnu-as
	local ld=x86_64-linux-gnu-ld
	mkdir -p "$out" || return 1
	: >"$out/build.log"
	case $name in
	many-mkelf)
		mpl_synth_many_spec >"$out/many.spec" &&
			"$mkelf" -o "$out/vmlinux.o" "$out/many.spec" \
				>>"$out/build.log" 2>&1 || return 1
		echo vmlinux.o
		;;
	many-gas)
		if ! command -v "$as" >/dev/null || ! command -v "$ld" >/dev/null; then
			echo "$as/$ld not installed (binutils-x86-64-linux-gnu)"
			return 2
		fi
		mpl_synth_many_gas >"$out/many.s" &&
			mpl_synth_small_gas >"$out/small.s" &&
			"$as" -o "$out/many.o" "$out/many.s" >>"$out/build.log" 2>&1 &&
			"$as" -o "$out/small.o" "$out/small.s" >>"$out/build.log" 2>&1 &&
			"$ld" -r -o "$out/vmlinux.o" "$out/many.o" "$out/small.o" \
				>>"$out/build.log" 2>&1 || return 1
		echo many.o
		echo small.o
		;;
	*)
		[ -f "$src/$name.spec" ] || return 1
		"$mkelf" -o "$out/vmlinux.o" "$src/$name.spec" \
			>>"$out/build.log" 2>&1 || return 1
		echo vmlinux.o
		;;
	esac
}
