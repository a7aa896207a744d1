#!/usr/bin/env python3
"""Validate heldout/gold.json against the article texts and sidecars."""
import json, os, re, sys
H = os.path.dirname(os.path.abspath(__file__))
g = json.load(open(os.path.join(H, "gold.json")))
err = []
arts = {a["key"]: a for a in g["articles"]}
texts = {}
for a in g["articles"]:
    p = os.path.join(H, a["file"])
    texts[a["key"]] = open(p, encoding="utf-8").read()
    side = p[:-4] + ".json"
    if not os.path.exists(side):
        err.append("no sidecar for " + a["file"]); continue
    s = json.load(open(side))
    if s.get("published") != a["published"]:
        err.append("published mismatch " + a["file"])
    if a.get("credit"):
        if "outlet" in s: err.append("credit-line article has outlet in sidecar: " + a["file"])
        if a["credit"] not in texts[a["key"]]: err.append("credit line missing in " + a["file"])
    elif s.get("outlet") != a["outlet"]:
        err.append("outlet mismatch " + a["file"])
    n = len(texts[a["key"]].split())
    if not 120 <= n <= 400: err.append("%s has %d words" % (a["file"], n))
txts = sorted(f for f in os.listdir(H) if f.endswith(".txt"))
if txts != sorted(a["file"] for a in g["articles"]): err.append("txt files and gold articles differ")
evs = {e["id"] for e in g["events"]}
slug = re.compile(r"^[a-z][a-z0-9_]*$")
OUT = {"killed", "wounded", "captured", "missing", "killed_or_wounded"}
GRP = {"fighters", "civilians", "us_forces", "syrian_army", "pro_government", "iran_backed", "sdf", "unknown"}
ACT = {"us", "coalition", "israel", "russia", "turkey", "syria_gov", "iran_backed", "sdf", "isis", "unknown"}
for sec in ("figures", "actors", "targets", "dates", "places"):
    for r in g[sec]:
        if r["article"] not in arts: err.append("%s: bad article %r" % (sec, r))
        if r.get("event") is not None and r["event"] not in evs: err.append("%s: bad event %r" % (sec, r))
        if "source" in r and not slug.match(r["source"]): err.append("bad source id %r" % r["source"])
for f in g["figures"]:
    t = texts[f["article"]]
    if f["text"] not in t: err.append("text not in article: %s %r" % (f["article"], f["text"]))
    if f.get("headline") and f["text"] not in t.split("\n", 1)[0]: err.append("headline text not in first line: %r" % f["text"])
    if f["outcome"] not in OUT or f["group"] not in GRP: err.append("bad outcome/group %r" % f)
    q, lo, hi = f["qualifier"], f["low"], f["high"]
    ok = {"exact": lo == hi, "about": lo == hi, "at_least": hi is None, "at_most": lo == 0 and hi is not None,
          "range": hi is not None and lo < hi, "vague": hi is not None and lo < hi}.get(q)
    if not ok: err.append("qualifier/bounds mismatch %r" % f)
for a in g["actors"]:
    if a["actor"] not in ACT or a["stance"] not in {"asserts", "denies", "unconfirmed", "unknown"}: err.append("bad actor %r" % a)
for t in g["targets"]:
    if t["class"] not in {"military", "civilian"}: err.append("bad class %r" % t)
places_md = open(os.path.join(H, "places.md"), encoding="utf-8").read()
for r in g["places"] + g["events"]:
    for p in r["places"]:
        if "| %s |" % p not in places_md: err.append("place id not in places.md: " + p)
for d in g["discrepancies"]:
    if d["event"] not in evs or d["kind"] not in {"casualties", "perpetrator", "target", "occurrence", "revision", "gap"}:
        err.append("bad discrepancy %r" % d)
for n in g.get("non_casualty_numbers", []):
    if n["text"] not in texts[n["article"]]: err.append("trap text not in article: %r" % n)
for e in err: print("ERROR:", e)
print("articles %d, figures %d, actors %d, targets %d, events %d, discrepancies %d" % (
    len(g["articles"]), len(g["figures"]), len(g["actors"]), len(g["targets"]), len(g["events"]), len(g["discrepancies"])))
sys.exit(1 if err else 0)
