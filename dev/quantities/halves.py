#!/usr/bin/env python3
"""Scores a quantity gold file whole and in two halves (even / odd sentences: fit / confirm).

  halves.py GOLD.json OUT.jsonl WORKDIR   -> one line per part: "<part> <scorer's last line>"

Uses ../shared/eval/quantities/score.py unchanged: a half is a gold file holding every second
sentence, and the output ids are renumbered to match it.
"""
import json
import os
import subprocess
import sys

SCORE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'shared', 'eval',
                     'quantities', 'score.py')


def last_line(gold, out):
    lines = subprocess.run([sys.executable, SCORE, 'score', gold, out], capture_output=True,
                           text=True).stdout.strip().splitlines()
    return lines[-1] if lines else '?'


def main(gold, out, work):
    os.makedirs(work, exist_ok=True)
    items = json.load(open(gold, encoding='utf-8'))
    outs = {}
    for line in open(out, encoding='utf-8'):
        if line.startswith('{'):
            o = json.loads(line)
            outs[o['id']] = o
    print('all', last_line(gold, out))
    for name, parity in (('fit', 0), ('confirm', 1)):
        hgold = os.path.join(work, 'q-%s.json' % name)
        hout = os.path.join(work, 'q-%s.out.jsonl' % name)
        json.dump([g for i, g in enumerate(items) if i % 2 == parity], open(hgold, 'w', encoding='utf-8'))
        with open(hout, 'w', encoding='utf-8') as f:
            for n, i in enumerate(range(parity, len(items), 2)):
                o = outs.get('q-%d' % i)
                if o is not None:
                    f.write(json.dumps(dict(o, id='q-%d' % n), ensure_ascii=False) + '\n')
        print(name, last_line(hgold, hout))


if __name__ == '__main__':
    main(*sys.argv[1:4])
