#!/usr/bin/env python3
"""Sanity checks for a gold set (dev4, and the other sets through it): sidecars, JSON validity, gold spans, ids, word counts."""
import json, os, re, sys


def check(D, NEW_SOURCES, NEW_PLACES, words=lambda f: (150, 600), registry=True):
    """Checks the gold set in directory D; NEW_SOURCES and NEW_PLACES are ids the set
    adds to the registry and the gazetteer (listed in its notes.md); words gives the
    word-count bounds of an article file; registry=False skips the registry and
    gazetteer ids (the sets before dev4). Exits 1 on an error."""
    bad = 0
    def err(*a):
        nonlocal bad; bad += 1; print('ERROR', *a)
    txts = sorted(f for f in os.listdir(D) if f.endswith('.txt'))
    for f in txts:
        side = os.path.join(D, f[:-4] + '.json')
        if not os.path.exists(side): err('no sidecar for', f); continue
        m = json.load(open(side, encoding='utf-8'))
        if not re.fullmatch(r'\d{4}-\d{2}-\d{2}', m.get('published', '')): err('bad published', f)
        n = len(open(os.path.join(D, f), encoding='utf-8').read().split())
        lo, hi = words(f)
        if not lo <= n <= hi: err("word count", f, n)
    g = json.load(open(os.path.join(D, 'gold.json'), encoding='utf-8'))
    arts = {a['key']: a for a in g['articles']}
    if sorted(a['file'] for a in g['articles']) != txts: err('articles list does not match files')
    text = {k: open(os.path.join(D, a['file']), encoding='utf-8').read() for k, a in arts.items()}
    events = {e['id'] for e in g['events']}
    OUT = {'killed', 'wounded', 'captured', 'missing', 'killed_or_wounded'}
    GRP = {'fighters', 'civilians', 'us_forces', 'syrian_army', 'pro_government', 'iran_backed', 'sdf', 'unknown'}
    QUAL = {'exact', 'about', 'at_least', 'at_most', 'range', 'vague'}
    ACT = {'us', 'coalition', 'israel', 'russia', 'turkey', 'syria_gov', 'iran_backed', 'sdf', 'isis', 'unknown'}
    ST = {'asserts', 'denies', 'unconfirmed', 'unknown'}
    for kind in ('figures', 'actors', 'targets'):
        for x in g[kind]:
            if x['article'] not in arts: err(kind, 'unknown article', x)
            t = x.get('text')
            if t is not None and t not in text[x['article']]: err(kind, 'text not in article', x['article'], t)
            if x['event'] is not None and x['event'] not in events: err(kind, 'unknown event', x)
            if not re.fullmatch(r'[a-z][a-z0-9_]*', x['source']): err(kind, 'bad source id', x['source'])
    for x in g['figures']:
        if x['outcome'] not in OUT or x['group'] not in GRP or x['qualifier'] not in QUAL: err('figure enum', x)
        if x['high'] is not None and x['low'] > x['high']: err('low>high', x)
        if x['qualifier'] in ('exact', 'about') and x['low'] != x['high']: err('exact/about need low==high', x)
        if x['qualifier'] == 'at_least' and x['high'] is not None: err('at_least needs high null', x)
    for x in g['figures']:
        if x.get('zero') and not (x['low'] == 0 and x['high'] == 0): err('zero figure must be 0-0', x)
    for x in g['actors']:
        if x['actor'] not in ACT or x['stance'] not in ST: err('actor enum', x)
    for x in g['targets']:
        if x['class'] not in ('military', 'civilian'): err('target class', x)
    for x in g['dates'] + g['places']:
        if x['event'] not in events or x['article'] not in arts: err('date/place ref', x)
    for d in g['discrepancies']:
        if d['event'] not in events or d['kind'] not in ('casualties', 'perpetrator', 'target', 'occurrence', 'revision', 'gap'): err('discrepancy', d)
    print(f"{len(txts)} articles, {len(g['events'])} events, {len(g['figures'])} figures, {len(g['actors'])} actors, "
          f"{len(g['targets'])} targets, {len(g['discrepancies'])} discrepancies; errors: {bad}")
    if bad: sys.exit(1)
    if not registry:
        return
    # additions since dev4: source ids must be in the registry (or listed as new in notes.md); place ids in the gazetteer (or new)
    R = os.path.join(D, '..', '..')
    def ids(path):
        return {l.split('\t')[0] for l in open(path, encoding='utf-8') if l.strip() and not l.startswith('#')}
    try:
        SRC = ids(os.path.join(R, 'sources', 'data', 'sources.tsv')) | NEW_SOURCES
        PLC = ids(os.path.join(R, 'claims', 'places', 'data', 'places.tsv')) | NEW_PLACES
        bad2 = 0
        for kind in ('figures', 'actors', 'targets'):
            for x in g[kind]:
                for s in [x['source']] + x.get('via', []):
                    if s not in SRC: bad2 += 1; print('ERROR unknown source id', s, x['article'])
        for a in g['articles']:
            if a['outlet_id'] not in SRC: bad2 += 1; print('ERROR unknown outlet id', a['outlet_id'])
        for d in g['discrepancies']:
            for s in d['sources']:
                if s not in SRC: bad2 += 1; print('ERROR unknown source id in discrepancy', s, d['event'])
        for x in g['events'] + g['places']:
            for p in x['places']:
                if p not in PLC: bad2 += 1; print('ERROR unknown place id', p)
        for e in g['events']:
            if e.get('response_to') and e['response_to'] not in events: bad2 += 1; print('ERROR bad response_to', e['id'])
        print('registry/gazetteer check errors:', bad2)
        if bad2: sys.exit(1)
    except FileNotFoundError as ex:
        print('registry/gazetteer not found, skipped:', ex)


if __name__ == '__main__':
    check(os.path.dirname(os.path.abspath(__file__)), {'afrin_hro', 'ahrar_horan'},
          {'jabal_bishri', 'tal_nasri', 'um_hosh', 'shahba', 'muqaylibah', 'uqayribat', 'abu_al_zandin_crossing'})
