#!/usr/bin/env python3
"""Report 4-word runs shared with other articles, after folding diacritics, hamza, ى/ي and ة/ه. Usage: check_overlap.py "dev2/*.txt" "seeds/*.txt" (run from testdata/)."""
import re, sys, glob, unicodedata
def fold(t):
    t = re.sub(r'[\u064B-\u065F\u0670\u0640]', '', t)
    t = re.sub('[أإآٱ]', 'ا', t).replace('ى','ي').replace('ة','ه').replace('ؤ','و').replace('ئ','ي')
    t = t.translate(str.maketrans('٠١٢٣٤٥٦٧٨٩','0123456789'))
    return re.findall(r'\w+', t.lower())
def grams(ws, n=4): return {tuple(ws[i:i+n]) for i in range(len(ws)-n+1)}
ref = {}
for pat in sys.argv[2:]:
    for f in glob.glob(pat):
        for g in grams(fold(open(f).read())): ref.setdefault(g, f)
bad = 0
for f in sorted(glob.glob(sys.argv[1])):
    ws = fold(open(f).read())
    for i in range(len(ws)-3):
        g = tuple(ws[i:i+4])
        if g in ref:
            bad += 1; print(f.split('/')[-1], ' '.join(g), '<-', ref[g].split('/')[-1])
print('overlaps', bad)
