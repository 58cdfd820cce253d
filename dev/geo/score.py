#!/usr/bin/env python3
"""Scores the geocoder on hand-resolved toponyms (dev/geo/toponyms-dev.tsv), stdlib only.

  score.py articles GOLD.tsv > /tmp/geo.jsonl          the gold's articles, from ../shared/corpus
  ./newsfacts extract /tmp/geo.jsonl > /tmp/geo.out.jsonl
  score.py score GOLD.tsv /tmp/geo.out.jsonl [--errors]

A gold row is one place an article names, by the string it is written as. It is recognised when
some occurrence of that string (whole words) overlaps a LOCATION mention of extract's output, and
it is placed right when that mention's point is within 161 km (100 miles) of the truth; an
unresolved recognised place counts as wrong. Halves A and B are the gold's odd and even articles
(in file order), for fitting a change on one and confirming it on the other.
Last line: accuracy@161km of recognised, recognition, and the counts.
"""
import json, math, os, re, sys

CORPUS = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'shared', 'corpus')
SOURCES = ['wikinews/articles.jsonl', 'reuters21578/articles.jsonl']


def read_gold(path):
    rows = []
    with open(path, encoding='utf-8') as f:
        for line in f:
            if line.strip() and not line.startswith('#'):
                article, mention, lat, lon = line.rstrip('\n').split('\t')[:4]
                rows.append((article, mention, float(lat), float(lon)))
    return rows


def articles(gold_path):
    wanted = {row[0] for row in read_gold(gold_path)}
    found = set()
    for source in SOURCES:
        with open(os.path.join(CORPUS, source), encoding='utf-8') as f:
            for line in f:
                doc = json.loads(line)
                if doc['id'] in wanted and doc['id'] not in found:
                    found.add(doc['id'])
                    print(json.dumps({k: doc.get(k) for k in ('id', 'title', 'published', 'text')}))
    missing = wanted - found
    if missing:
        sys.exit('articles not found: ' + ', '.join(sorted(missing)))


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(min(1, math.sqrt(a)))


def placed(doc, mention):
    """The LOCATION mention overlapping an occurrence of the string (located ones first), or None."""
    best = None
    for occurrence in re.finditer(r'(?<!\w)' + re.escape(mention) + r'(?!\w)', doc['text']):
        for m in doc.get('mentions', []):
            if m['type'] == 'LOCATION' and m['start'] < occurrence.end() and occurrence.start() < m['end']:
                if m.get('lat') is not None:
                    return m
                best = best or m
    return best


def score(gold_path, out_path, errors):
    docs = {}
    with open(out_path, encoding='utf-8') as f:
        for line in f:
            if line.strip():
                doc = json.loads(line)
                docs[doc['id']] = doc
    order = []
    for row in read_gold(gold_path):
        if row[0] not in order:
            order.append(row[0])
    totals = {'all': [0, 0, 0], 'A': [0, 0, 0], 'B': [0, 0, 0]}
    for article, mention, lat, lon in read_gold(gold_path):
        half = 'A' if order.index(article) % 2 == 0 else 'B'
        doc = docs.get(article)
        if doc is None:
            sys.exit('no output for ' + article)
        m = placed(doc, mention)
        right = m is not None and m.get('lat') is not None and km(lat, lon, m['lat'], m['lon']) <= 161
        for key in ('all', half):
            totals[key][0] += 1
            totals[key][1] += m is not None
            totals[key][2] += right
        if errors and not right:
            if m is None:
                print(f'{article}\t{mention}\tnot recognised')
            elif m.get('lat') is None:
                print(f'{article}\t{mention}\tnot placed ({m.get("canonical")})')
            else:
                print(f'{article}\t{mention}\t{km(lat, lon, m["lat"], m["lon"]):.0f} km off: '
                      f'{m.get("canonical")} {m["lat"]},{m["lon"]} {m.get("country")} {m.get("gazetteerId")}')
    def line(key):
        n, recognised, right = totals[key]
        return f'{key} {right / max(1, recognised):.3f} rec {recognised / max(1, n):.3f} ({right}/{recognised}/{n})'
    print(line('A') + ' | ' + line('B'))
    print('accuracy@161km ' + line('all'))


if __name__ == '__main__':
    if len(sys.argv) >= 3 and sys.argv[1] == 'articles':
        articles(sys.argv[2])
    elif len(sys.argv) >= 4 and sys.argv[1] == 'score':
        score(sys.argv[2], sys.argv[3], '--errors' in sys.argv)
    else:
        sys.exit(__doc__)
