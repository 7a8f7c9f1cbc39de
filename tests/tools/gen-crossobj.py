#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-only
"""gen-crossobj.py OUTDIR SEED NFILES [KERNEL]: the generated cross-object
scenario of tests/t0120-crossobj.sh (KERNEL 6.12, the default) and
tests/t0121-crossobj-6.1.sh (KERNEL 6.1: also __meminit code and data, and
the data names 6.1 allows).  Writes OUTDIR/fNNN.c and OUTDIR/order (the
shuffled link order).  Deterministic for a given seed."""
import random
import sys

out, seed, n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
kernel = sys.argv[4] if len(sys.argv) > 4 else "6.12"
rng = random.Random(seed)

# function kinds: (name, attribute)
FKINDS = [("text", "noinline"), ("init", "noinline __init"),
          ("exit", "noinline __exit"), ("ref", "__ref"),
          ("unlikely", "noinline __text_unlikely"), ("sched", "__sched")]
FWEIGHTS = [50, 22, 10, 6, 6, 6]
# data kinds: (name, attribute, const?)
DKINDS = [("data", "", False), ("initdata", "__initdata", False),
          ("exitdata", "__exitdata", False), ("refdata", "__refdata", False),
          ("initconst", "__initconst", True), ("rodata", "", True)]
DWEIGHTS = [40, 25, 10, 5, 10, 10]
# names of pointer tables; in .data some may point into init/exit sections
SUFFIXES = ["tab", "tab", "tab", "ops", "probe", "console"]
if kernel == "6.1":
    # 6.1 has .meminit.* rules and a longer allow-list (*_template,
    # *_timer, *_sht, *_probe_one; *driver -> .meminit.*, and -> .exit.*
    # without -W)
    FKINDS.append(("meminit", "noinline __meminit"))
    FWEIGHTS.append(10)
    DKINDS.append(("meminitdata", "__meminitdata", False))
    DWEIGHTS.append(10)
    SUFFIXES += ["template", "timer", "sht", "probe_one", "driver"]


def pick(kinds, weights):
    return rng.choices(kinds, weights)[0]


funcs = {}     # name -> (file, kind)
data = {}      # name -> (file, kind)   int arrays [8]
defs = [[] for _ in range(n)]   # per file: list of ("func"|"data"|..., name)

for i in range(n):
    for j in range(rng.randint(2, 5)):
        name = "f%03d_fn%d" % (i, j)
        funcs[name] = (i, pick(FKINDS, FWEIGHTS))
        defs[i].append(("func", name))
    for j in range(rng.randint(1, 3)):
        name = "f%03d_d%d" % (i, j)
        data[name] = (i, pick(DKINDS, DWEIGHTS))
        defs[i].append(("data", name))

# weak/strong pairs and weak-only symbols
weak = {}      # name -> list of (file, kind, is_weak)
for k in range(24):
    name = "ws%02d" % k
    a = rng.randrange(n)
    entries = [(a, pick(FKINDS, FWEIGHTS), True)]
    if k < 18:
        b = rng.randrange(n)
        while b == a:
            b = rng.randrange(n)
        entries.append((b, pick(FKINDS, FWEIGHTS), False))
    weak[name] = entries
    for (f, kind, w) in entries:
        defs[f].append(("weak" if w else "strong", name, kind))

callable_names = list(funcs) + list(weak)
data_names = list(data)

exports = {}   # file -> [names]
for name in rng.sample(callable_names + data_names, 60):
    f = rng.randrange(n)
    exports.setdefault(f, []).append(name)

extable = {}   # file -> [(from, to)]
for _ in range(12):
    f = rng.randrange(n)
    frm = rng.choice([x for x in funcs if funcs[x][1][0] == "text"])
    to = rng.choice(callable_names + data_names)
    extable.setdefault(f, []).append((frm, to))


def body(i, lines, externs):
    """Statements of a function body: calls and data reads."""
    stmts = []
    for _ in range(rng.randint(0, 3)):
        r = rng.random()
        if r < 0.15:
            callee = "helper"
        elif r < 0.22:
            callee = "undef_fn%d" % rng.randrange(5)
            externs.add(("func", callee))
        else:
            callee = rng.choice(callable_names)
            externs.add(("func", callee))
        stmts.append("\tif (v & %d)\n\t\tv += %s(v);" % (1 << rng.randrange(6), callee))
    for _ in range(rng.randint(0, 2)):
        if rng.random() < 0.25:
            stmts.append("\tv += sdata[(v + %d) & 7];" % rng.randrange(8))
        else:
            d = rng.choice(data_names)
            externs.add(("data", d))
            stmts.append("\tv += %s[(v + %d) & 7];" % (d, rng.randrange(8)))
    stmts.append("\treturn v + mpl_sink;")
    return "\n".join(stmts)


for i in range(n):
    externs = set()
    parts = []
    hk = pick(FKINDS, FWEIGHTS)
    sk = pick(DKINDS[:4], DWEIGHTS[:4])
    bk = pick(DKINDS[:4], DWEIGHTS[:4])
    parts.append("static int sdata[8] %s = { %d };" % (sk[1], i))
    # referenced at constant offsets from pointer tables: section symbol +
    # addend relocations, often far from any symbol
    parts.append("static int sbig[64] %s __used = { %d };" % (bk[1], i))
    parts.append("static %s int helper(int v)\n{\n%s\n}" %
                 (hk[1], body(i, parts, externs)))
    for d in defs[i]:
        if d[0] == "func":
            name = d[1]
            attr = funcs[name][1][1]
            parts.append("%s int %s(int v)\n{\n%s\n}" %
                         (attr, name, body(i, parts, externs)))
        elif d[0] == "data":
            name = d[1]
            kind = data[name][1]
            parts.append("%sint %s[8] %s = { %d, %d };" %
                         ("const " if kind[2] else "", name, kind[1],
                          i, rng.randrange(100)))
        else:
            tag, name, kind = d
            attr = kind[1] + (" __weak" if tag == "weak" else "")
            parts.append("%s int %s(int v)\n{\n%s\n}" %
                         (attr, name, body(i, parts, externs)))
    # pointer tables
    for t in range(rng.randint(0, 2)):
        kind = pick(DKINDS, DWEIGHTS)
        elems = []
        for _ in range(rng.randint(1, 4)):
            r = rng.random()
            if r < 0.5:
                x = rng.choice(callable_names)
                externs.add(("func", x))
                elems.append("(void *)%s" % x)
            elif r < 0.75:
                x = rng.choice(data_names)
                externs.add(("data", x))
                elems.append("(void *)&%s[%d]" % (x, rng.randrange(8)))
            elif r < 0.9:
                elems.append("&sbig[%d]" % rng.randrange(64))
            else:
                elems.append("(void *)helper")
        # names ending in _ops/_probe/_console are whitelisted in .data
        suffix = rng.choice(SUFFIXES)
        if kernel == "6.1":
            # the suffix last, so that the allow-list patterns match
            tname = "f%03d_%d_%s" % (i, t, suffix)
        else:
            tname = "f%03d_%s%d" % (i, suffix, t)
        parts.append("void *%s%s[] %s = { %s };" %
                     ("const " if kind[2] else "", tname, kind[1],
                      ", ".join(elems)))
    for name in exports.get(i, []):
        if name in data:
            externs.add(("data", name))
        else:
            externs.add(("func", name))
        parts.append("EXPORT_SYMBOL%s(%s);" %
                     (rng.choice(["", "_GPL"]), name))
    for (frm, to) in extable.get(i, []):
        externs.add(("func", frm))
        externs.add(("data", to) if to in data else ("func", to))
        parts.append("MPL_EXTABLE_ENTRY(%s, %s);" % (frm, to))

    decls = []
    for (k, x) in sorted(externs):
        if k == "func":
            decls.append("extern int %s(int);" % x)
        elif data.get(x, (0, DKINDS[0]))[1][2]:
            decls.append("extern const int %s[8];" % x)
        else:
            decls.append("extern int %s[8];" % x)
    with open("%s/f%03d.c" % (out, i), "w") as fh:
        fh.write("// SPDX-License-Identifier: GPL-2.0-only\n")
        fh.write("/* generated by tests/%s, seed %d */\n" %
                 ("t0121-crossobj-6.1.sh" if kernel == "6.1" else
                  "t0120-crossobj.sh", seed))
        fh.write('#include "mpl-kernel.h"\n\n')
        fh.write("\n".join(decls) + "\n\n")
        fh.write("\n\n".join(parts) + "\n")

order = ["f%03d.c" % i for i in range(n)]
rng.shuffle(order)
with open("%s/order" % out, "w") as fh:
    fh.write("\n".join(order) + "\n")
