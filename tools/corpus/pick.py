#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-only
"""Pick real kernel symbols to mutate into section mismatches.

usage: pick.py SRC BUILD SEED COUNT > picks.tsv
Writes lines: kind <TAB> symbol <TAB> source file <TAB> line number.
kinds: init (a function gets __init), initdata (data gets __initdata),
exit (a function gets __exit), weak-init (the strong override of a weak
function gets __init).
"""
import os, random, re, subprocess, sys
from collections import defaultdict

src, build, seed, count = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
objs = subprocess.run(['ar', 't', 'vmlinux.a'], capture_output=True, cwd=build,
                      text=True, check=True).stdout.split()
defs = defaultdict(list)      # name -> [(obj, type)]
users = defaultdict(set)      # name -> {obj}
cache = os.path.join(build, '.nm-cache')
if not os.path.exists(cache):
    with open(cache, 'w') as c:
        for i in range(0, len(objs), 200):
            c.write(subprocess.run(['nm', '-A'] + objs[i:i + 200], cwd=build,
                                   capture_output=True, text=True).stdout)
for raw in open(cache):
    o, _, line = raw.rstrip('\n').partition(':')
    f = line.split()
    if len(f) == 3 and f[1] in 'TDBW':
        defs[f[2]].append((o, f[1]))
    elif len(f) == 2 and f[0] == 'U':
        users[f[1]].add(o)

def find_line(cfile, name, data):
    try:
        lines = open(cfile, encoding='utf-8', errors='replace').read().split('\n')
    except OSError:
        return None
    if data:
        pat = re.compile(r'^(?!static|extern|const|typedef|#)[A-Za-z_][\w \*]*\b' + re.escape(name) + r'\b(\[[^\]]*\])*\s*(=|;)')
    else:
        pat = re.compile(r'^(?!static|extern|#)[A-Za-z_][\w \*]*\b' + re.escape(name) + r'\(')
    hits = [i for i, l in enumerate(lines) if pat.search(l) and not l.rstrip().endswith(';') or (data and pat.search(l))]
    if len(hits) != 1:
        return None
    l = lines[hits[0]]
    if not data and ('__init' in l or '__exit' in l or '__ref' in l or 'inline' in l):
        return None
    if data and ('__init' in l or 'const' in l or '__read_mostly' in l or 'DEFINE' in l or '__section' in l):
        return None
    return hits[0] + 1

cands = defaultdict(list)
for name, ds in defs.items():
    strong = [d for d in ds if d[1] in 'TDB']
    weak = [d for d in ds if d[1] == 'W']
    n_users = len(users.get(name, ()))
    if not (1 <= n_users <= 3) or len(strong) != 1:
        continue
    o, t = strong[0]
    cfile = os.path.join(src, o[:-2] + '.c')
    if not os.path.exists(cfile):
        continue
    line = find_line(cfile, name, t in 'DB')
    if not line:
        continue
    rel = o[:-2] + '.c'
    if weak:
        cands['weak-init'].append((name, rel, line))
    elif t == 'T':
        cands['init'].append((name, rel, line))
        cands['exit'].append((name, rel, line))
    else:
        cands['initdata'].append((name, rel, line))

rng = random.Random(seed)
quota = {'init': count // 2, 'exit': count // 6, 'initdata': count // 6, 'weak-init': count // 6}
used_files = set()
for kind, k in quota.items():
    pool = sorted(cands[kind]); rng.shuffle(pool)
    taken = 0
    for name, rel, line in pool:
        if taken >= k:
            break
        if rel in used_files:
            continue
        used_files.add(rel)
        print(f'{kind}\t{name}\t{rel}\t{line}')
        taken += 1
for kind in cands:
    print(f'# {kind}: {len(cands[kind])} candidates', file=sys.stderr)
