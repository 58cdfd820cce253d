#!/usr/bin/env python3
"""Writes dev/names/fresh.txt (inline [TYPE words] marks) as a CoNLL file (token, IOB2 tag) on stdout.

    python3 dev/names/to-conll.py dev/names/fresh.txt > /tmp/fresh.conll
"""
import re
import sys

MARK = re.compile(r'\[(PER|LOC|ORG|MISC) ([^\]]+?)\s*\]|(\S+)')


def main(path):
    out = sys.stdout
    for line in open(path, encoding='utf-8'):
        line = line.strip()
        if not line or line.startswith('#'):
            continue
        if line == '-DOCSTART-':
            out.write('-DOCSTART- O\n\n')
            continue
        for kind, name, word in MARK.findall(line):
            if kind:
                for i, w in enumerate(name.split()):
                    out.write('%s %s-%s\n' % (w, 'B' if i == 0 else 'I', kind))
            else:
                out.write('%s O\n' % word)
        out.write('\n')


if __name__ == '__main__':
    main(sys.argv[1])
