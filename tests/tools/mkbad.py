#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-only
"""mkbad - make malformed inputs for modpost-lite from a good object.

Usage: mkbad.py GOOD.o OUTDIR

GOOD.o is a relocatable ELF object (any class and byte order) with a symbol
table, a .rela* or .rel* section and at least two named symbols.  OUTDIR
receives one file per case, named after the case (CASE.o, CASE.a, ...),
and OUTDIR/vars, shell assignments of the numbers the expected messages
depend on (section and symbol indexes of GOOD.o, file sizes):

  nsec=14 symtab=12 rel=4 nsym+1=8 ...

(NAME+N is NAME's value plus N.)

Every case is made by truncating GOOD.o or by changing one field found by
parsing its ELF header and section headers.  Python 3 standard library
only.
"""
import os
import struct
import sys

SHT_SYMTAB, SHT_STRTAB, SHT_RELA, SHT_REL, SHT_PROGBITS = 2, 3, 4, 9, 1
SHF_ALLOC = 2


class Elf:
    def __init__(self, data):
        self.data = bytes(data)
        if self.data[:4] != b"\x7fELF":
            raise SystemExit("mkbad: not an ELF file")
        self.is64 = self.data[4] == 2
        self.e = ">" if self.data[5] == 2 else "<"
        e = self.e
        if self.is64:
            self.f_shoff, self.f_shentsize = (40, "Q"), (58, "H")
            self.f_shnum, self.f_shstrndx = (60, "H"), (62, "H")
            self.shfmt = e + "IIQQQQIIQQ"
            self.symfmt = e + "IBBHQQ"
            self.sym_f = {"name": (0, "I"), "shndx": (6, "H")}
        else:
            self.f_shoff, self.f_shentsize = (32, "I"), (46, "H")
            self.f_shnum, self.f_shstrndx = (48, "H"), (50, "H")
            self.shfmt = e + "IIIIIIIIII"
            self.symfmt = e + "IIIBBH"
            self.sym_f = {"name": (0, "I"), "shndx": (14, "H")}
        self.shsize = struct.calcsize(self.shfmt)
        self.symsize = struct.calcsize(self.symfmt)
        self.shoff = self.get(*self.f_shoff)
        self.shnum = self.get(*self.f_shnum)
        self.shstrndx = self.get(*self.f_shstrndx)
        self.sh = []
        for i in range(self.shnum):
            v = struct.unpack_from(self.shfmt, self.data,
                                   self.shoff + i * self.shsize)
            self.sh.append(dict(zip(("name", "type", "flags", "addr",
                                     "offset", "size", "link", "info",
                                     "align", "entsize"), v)))
        strtab = self.sh[self.shstrndx]
        for s in self.sh:
            s["sname"] = self.cstr(strtab["offset"] + s["name"])

    def get(self, off, fmt):
        return struct.unpack_from(self.e + fmt, self.data, off)[0]

    def cstr(self, off):
        end = self.data.index(b"\0", off)
        return self.data[off:end].decode()

    # offsets of section header fields, as (offset, format)
    def shf(self, i, field):
        names = ("name", "type", "flags", "addr", "offset", "size", "link",
                 "info", "align", "entsize")
        fmts = self.shfmt[1:]
        off = self.shoff + i * self.shsize
        for n, f in zip(names, fmts):
            if n == field:
                return off, f
            off += struct.calcsize(self.e + f)
        raise KeyError(field)

    def find(self, pred):
        for i, s in enumerate(self.sh):
            if pred(s):
                return i
        raise SystemExit("mkbad: GOOD.o lacks a section this needs")

    def patch(self, edits):
        """A copy with (offset, format, value) edits applied."""
        b = bytearray(self.data)
        for off, fmt, val in edits:
            struct.pack_into(self.e + fmt, b, off, val)
        return bytes(b)


def ar_header(name, size):
    h = b"%-16s%-12d%-6d%-6d%-8o%-10d`\n" % (name.encode(), 0, 0, 0, 0o644,
                                              size)
    assert len(h) == 60
    return h


def ar_regular(members):
    out = bytearray(b"!<arch>\n")
    for name, data in members:
        out += ar_header(name + "/", len(data)) + data
        if len(data) & 1:
            out += b"\n"
    return bytes(out)


def ar_thin(members):
    """members: (name, size) pairs; names are paths relative to the archive."""
    out = bytearray(b"!<thin>\n")
    for name, size in members:
        out += ar_header(name + "/", size)
    return bytes(out)


def main():
    if len(sys.argv) != 3:
        sys.stderr.write("usage: mkbad.py GOOD.o OUTDIR\n")
        return 2
    good, outdir = sys.argv[1], sys.argv[2]
    with open(good, "rb") as f:
        raw = f.read()
    o = Elf(raw)
    os.makedirs(outdir, exist_ok=True)
    size = len(raw)
    cases = {}

    symtab = o.find(lambda s: s["type"] == SHT_SYMTAB)
    sy = o.sh[symtab]
    nsym = sy["size"] // o.symsize
    rel = o.find(lambda s: s["type"] in (SHT_RELA, SHT_REL) and
                 s["size"] > 0 and o.sh[s["info"]]["flags"] & SHF_ALLOC)
    rs = o.sh[rel]
    text = o.find(lambda s: s["sname"] == ".text")
    data = o.find(lambda s: s["type"] == SHT_PROGBITS and s["size"] > 0 and
                  s["offset"] > o.sh[text]["offset"])
    # the first symbol with a name, and the last (a global)
    named = [i for i in range(1, nsym) if struct.unpack_from(
        o.e + "I", o.data, sy["offset"] + i * o.symsize)[0]]
    sym = named[-1]
    symoff = sy["offset"] + sym * o.symsize
    symname = o.cstr(o.sh[sy["link"]]["offset"] + struct.unpack_from(
        o.e + "I", o.data, symoff)[0])
    r_info_off = rs["offset"] + (8 if o.is64 else 4)

    def symf(field):
        off, fmt = o.sym_f[field]
        return symoff + off, fmt

    # --- not objects at all
    cases["empty.o"] = b""
    cases["text.o"] = b"this is not an object file\n"
    cases["bitcode.o"] = b"BC\xc0\xde" + b"\x35\x14\x00\x00" * 8
    cases["bitcode-wrapper.o"] = (struct.pack("<IIIII", 0x0B17C0DE, 0, 20,
                                              32, 0x01000007) +
                                  b"BC\xc0\xde" + b"\0" * 28)
    # --- the ELF header
    cases["trunc-ident.o"] = raw[:6]
    cases["trunc-ehdr.o"] = raw[:40]
    cases["class.o"] = raw[:4] + b"\x07" + raw[5:]
    cases["byteorder.o"] = raw[:5] + b"\x09" + raw[6:]
    cases["exec.o"] = o.patch([(16, "H", 2)])
    cases["dyn.o"] = o.patch([(16, "H", 3)])
    cases["core.o"] = o.patch([(16, "H", 4)])
    cases["shoff-eof.o"] = o.patch([(o.f_shoff[0], o.f_shoff[1], size + 64)])
    cases["shnum-huge.o"] = o.patch([(o.f_shnum[0], "H", 0xfeff)])
    # extended numbering: e_shnum 0, the count in section 0's sh_size
    cases["shnum-ext-huge.o"] = o.patch([
        (o.f_shnum[0], "H", 0),
        (*o.shf(0, "size"), 0xffffffff)])
    cases["shentsize.o"] = o.patch([(o.f_shentsize[0], "H", 32)])
    cases["shstrndx.o"] = o.patch([(o.f_shstrndx[0], "H", o.shnum + 5)])
    # --- truncation
    cases["trunc-shdr.o"] = raw[:o.shoff + o.shsize * 2 + 10]
    cases["trunc-last.o"] = raw[:-1]
    cases["trunc-half.o"] = raw[:size // 2]
    # --- section headers
    cases["shname.o"] = o.patch([(*o.shf(text, "name"), 0xfffffff)])
    cases["sec-offset-eof.o"] = o.patch([(*o.shf(data, "offset"),
                                          size + 16)])
    cases["sec-size-huge.o"] = o.patch([(*o.shf(data, "size"),
                                         0x7fffffff if not o.is64 else
                                         0x7fffffffffffffff)])
    cases["sec-overlap.o"] = o.patch([(*o.shf(data, "offset"),
                                       sy["offset"])])
    cases["sec-overlap-ehdr.o"] = o.patch([(*o.shf(text, "offset"), 16)])
    # the section names run 8 bytes into the section header table (read
    # in parts, the run of tables is cut where the table starts)
    shstr = o.sh[o.shstrndx]
    cases["sec-overlap-shdr.o"] = o.patch([(*o.shf(o.shstrndx, "size"),
                                            o.shoff + 8 -
                                            shstr["offset"])])
    cases["symtab-size-eof.o"] = o.patch([(*o.shf(symtab, "size"),
                                           size - sy["offset"] +
                                           o.symsize)])
    cases["symtab-size-odd.o"] = o.patch([(*o.shf(symtab, "size"),
                                           sy["size"] - 1)])
    cases["symtab-entsize-0.o"] = o.patch([(*o.shf(symtab, "entsize"), 0)])
    cases["symtab-entsize-7.o"] = o.patch([(*o.shf(symtab, "entsize"), 7)])
    cases["symtab-info.o"] = o.patch([(*o.shf(symtab, "info"), nsym + 1)])
    cases["symtab-link.o"] = o.patch([(*o.shf(symtab, "link"), 999)])
    cases["no-symtab.o"] = o.patch([(*o.shf(symtab, "type"), SHT_PROGBITS)])
    cases["rel-link.o"] = o.patch([(*o.shf(rel, "link"), 999)])
    cases["rel-link-text.o"] = o.patch([(*o.shf(rel, "link"), text)])
    cases["rel-info.o"] = o.patch([(*o.shf(rel, "info"), 999)])
    cases["rel-info-0.o"] = o.patch([(*o.shf(rel, "info"), 0)])
    cases["rel-entsize-0.o"] = o.patch([(*o.shf(rel, "entsize"), 0)])
    cases["rel-entsize-7.o"] = o.patch([(*o.shf(rel, "entsize"), 7)])
    cases["rel-compressed.o"] = o.patch([(*o.shf(rel, "flags"),
                                          rs["flags"] | 0x800)])
    cases["rel-size-odd.o"] = o.patch([(*o.shf(rel, "size"),
                                        rs["size"] - 1)])
    # --- symbols and relocations
    cases["stname.o"] = o.patch([(*symf("name"), 0xfffffff)])
    cases["stshndx.o"] = o.patch([(*symf("shndx"), o.shnum + 3)])
    cases["xindex.o"] = o.patch([(*symf("shndx"), 0xffff)])
    if o.is64:
        info = struct.unpack_from(o.e + "Q", o.data, r_info_off)[0]
        cases["rsym.o"] = o.patch([(r_info_off, "Q", (info & 0xffffffff) |
                                    ((nsym + 100) << 32))])
    else:
        info = struct.unpack_from(o.e + "I", o.data, r_info_off)[0]
        cases["rsym.o"] = o.patch([(r_info_off, "I", (info & 0xff) |
                                    ((nsym + 100) << 8))])
    cases["roffset.o"] = o.patch([(rs["offset"], "Q" if o.is64 else "I",
                                   0x7ffffff0)])
    # --- archives
    bad = cases["trunc-shdr.o"]
    cases["ar-bad-member.a"] = ar_regular([("good.o", raw),
                                           ("bad.o", bad)])
    full = ar_regular([("good.o", raw), ("last.o", raw)])
    cases["ar-trunc-member.a"] = full[:len(full) - 100]
    hdr2 = 8 + 60 + size + (size & 1)
    b = bytearray(full)
    b[hdr2 + 58:hdr2 + 60] = b"XX"
    cases["ar-bad-header.a"] = bytes(b)
    b = bytearray(full)
    b[hdr2 + 48:hdr2 + 58] = b"12x4      "
    cases["ar-bad-size.a"] = bytes(b)
    cases["ar-trunc-header.a"] = full[:hdr2 + 30]
    cases["ar-nested.a"] = ar_regular([("inner.a", ar_regular(
        [("good.o", raw)]))])
    cases["ar-bitcode.a"] = ar_regular([("lto.o", cases["bitcode.o"])])
    cases["thin-missing.a"] = ar_thin([("good.o", size),
                                       ("missing.o", size)])
    t = bytearray(ar_thin([("good.o", size), ("gone.o", size)]))
    t[8 + 60 + 58:8 + 60 + 60] = b"XX"
    cases["thin-bad-header.a"] = bytes(t)

    for name, blob in cases.items():
        with open(os.path.join(outdir, name), "wb") as f:
            f.write(blob)
    with open(os.path.join(outdir, "good.o"), "wb") as f:
        f.write(raw)
    os.makedirs(os.path.join(outdir, "dir.o"), exist_ok=True)
    v = {
        "size": size, "nsec": o.shnum, "shoff": o.shoff,
        "symtab": symtab, "nsym": nsym, "rel": rel,
        "relname": rs["sname"], "relinfo": rs["info"],
        "relinfoname": o.sh[rs["info"]]["sname"], "text": text,
        "data": data, "dataname": o.sh[data]["sname"], "sym": sym,
        "symname": symname, "strtab": sy["link"],
        "halfsize": size // 2, "hdr2": hdr2, "shsize": o.shsize,
        "symsize": o.symsize, "symoff": sy["offset"],
        "symtabsize": sy["size"], "relsize": rs["size"],
        "relent": rs["entsize"], "datasize": o.sh[data]["size"],
        "dataoff": o.sh[data]["offset"], "shstrndx": o.shstrndx,
        "shdrcut": len(cases["trunc-shdr.o"]),
        "ehsize": 64 if o.is64 else 52,
        "memberpresent": len(cases["ar-trunc-member.a"]) - (hdr2 + 60),
    }
    for k in ("nsec", "nsym", "size", "relsize", "symtabsize"):
        for d in (-1, 1, 3, 5, 16, 64, 100):
            v["%s%+d" % (k, d)] = v[k] + d
    v["symtabeof"] = size - sy["offset"] + o.symsize
    with open(os.path.join(outdir, "vars"), "w") as f:
        for k, val in v.items():
            f.write("%s=%s\n" % (k, val))
    return 0


if __name__ == "__main__":
    sys.exit(main())
