#!/usr/bin/env python3
"""Scores one dev set whole and in two halves (even / odd documents), for fit-and-confirm checks.

  halves.py ner  GOLD.conll OUT.jsonl WORKDIR   -> prints "all F1 P R | A F1 | B F1 | per-type"
  halves.py time GOLD_DIR   PRED_DIR  WORKDIR   -> prints "all value-F1 | A | B"

Uses the scorers in ../shared/eval unchanged: a half is a gold file (or folder) holding every
second document, and the output ids are renamed to match it.
"""
import json, os, subprocess, sys

EVAL = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'shared', 'eval')
NER = os.path.join(EVAL, 'ner', 'ner_score.py')
TIME = os.path.join(EVAL, 'time', 'score.py')


def last_line(cmd):
    out = subprocess.run(cmd, capture_output=True, text=True).stdout.strip().splitlines()
    return out[-1] if out else '?', out


def ner(gold, out, work):
    sys.path.insert(0, os.path.dirname(NER))
    import ner_score
    docs = ner_score.read_conll(gold)
    stem = os.path.splitext(os.path.basename(gold))[0]
    outs = {}
    with open(out, encoding='utf-8') as f:
        for line in f:
            if line.strip():
                o = json.loads(line)
                outs[o['id']] = o
    res = {}
    line, lines = last_line([sys.executable, NER, 'score', gold, out])
    res['all'] = line
    res['types'] = [l for l in lines if l.strip().split()[:1] and l.split()[0] in ('PER', 'LOC', 'ORG')]
    for half, parity in (('A', 0), ('B', 1)):
        hstem = '%s-%s' % (stem, half)
        hgold = os.path.join(work, hstem + '.conll')
        hout = os.path.join(work, hstem + '.out.jsonl')
        # non-empty documents only: that is how the scorer numbers them
        kept = [d for d in docs if any(d)]
        with open(hgold, 'w', encoding='utf-8') as g, open(hout, 'w', encoding='utf-8') as o:
            for n, i in enumerate(range(parity, len(kept), 2)):
                g.write('-DOCSTART- -X- -X- O\n\n')
                for sent in kept[i]:
                    for tok, tag in sent:
                        g.write('%s %s\n' % (tok, tag))
                    g.write('\n')
                src = outs.get('%s-%d' % (stem, i))
                if src is not None:
                    src = dict(src)
                    src['id'] = '%s-%d' % (hstem, n)
                    o.write(json.dumps(src) + '\n')
        res[half] = last_line([sys.executable, NER, 'score', hgold, hout])[0]
    return res


def time(gold, pred, work):
    res = {'all': last_line([sys.executable, TIME, gold, pred])[0]}
    files = sorted(f for f in os.listdir(gold) if f.endswith('.tml'))
    for half, parity in (('A', 0), ('B', 1)):
        d = os.path.join(work, os.path.basename(gold.rstrip('/')) + '-' + half)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            os.remove(os.path.join(d, f))
        for f in files[parity::2]:
            os.symlink(os.path.abspath(os.path.join(gold, f)), os.path.join(d, f))
        res[half] = last_line([sys.executable, TIME, d, pred])[0]
    return res


if __name__ == '__main__':
    kind, gold, out, work = sys.argv[1:5]
    os.makedirs(work, exist_ok=True)
    r = (ner if kind == 'ner' else time)(gold, out, work)
    print(json.dumps(r))
