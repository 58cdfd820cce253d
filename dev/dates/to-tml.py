#!/usr/bin/env python3
"""Writes the hand-annotated articles of fresh.txt as TimeML files the TempEval-3 scorer reads.

  dev/dates/to-tml.py [SOURCE] [OUT_DIR]     (defaults: dev/dates/fresh.txt, dev/dates/fresh)

In SOURCE each article is a block "=== id", then "DCT: YYYY-MM-DD", "TITLE: ...", a blank line and
the body, in which every time expression is written [text|TYPE|VALUE]. The .tml file has the DCT,
the title and the body as TEXT (between newlines, as in MEANTIME), each expression a TIMEX3.
"""
import os, re, sys
from xml.sax.saxutils import escape, quoteattr

HERE = os.path.dirname(os.path.abspath(__file__))
MARK = re.compile(r'\[([^\[\]|]+)\|(DATE|TIME|DURATION|SET)\|([^\[\]|]+)\]')


def articles(source):
    block = None
    for line in open(source, encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith('=== '):
            if block:
                yield block
            block = {'id': line[4:].strip(), 'body': []}
        elif block is None or line.startswith('#') and not block['body']:
            continue
        elif line.startswith('DCT: ') and 'dct' not in block:
            block['dct'] = line[5:].strip()
        elif line.startswith('TITLE: ') and 'title' not in block:
            block['title'] = line[7:].strip()
        else:
            block['body'].append(line)
    if block:
        yield block


def to_tml(a):
    body = '\n'.join(a['body']).strip('\n')
    stray = MARK.sub('', body)
    if '[' in stray or ']' in stray:
        raise ValueError('%s: malformed markup near %r' % (a['id'], stray[stray.find('['):][:60]))
    tid, out, pos = 0, [], 0
    for m in MARK.finditer(body):
        tid += 1
        out.append(escape(body[pos:m.start()]))
        out.append('<TIMEX3 tid="t%d" type="%s" value=%s>%s</TIMEX3>'
                   % (tid, m.group(2), quoteattr(m.group(3)), escape(m.group(1))))
        pos = m.end()
    out.append(escape(body[pos:]))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<TimeML>\n<DOCID>%s</DOCID>\n\n'
            '<DCT><TIMEX3 tid="t0" type="DATE" value="%s" temporalFunction="false" '
            'functionInDocument="CREATION_TIME">%s</TIMEX3></DCT>\n\n<TITLE>%s</TITLE>\n\n'
            '<TEXT>\n%s\n</TEXT>\n\n</TimeML>\n'
            % (escape(a['id']), a['dct'], a['dct'], escape(a['title']), ''.join(out))), tid


def main():
    source = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'fresh.txt')
    out_dir = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, 'fresh')
    os.makedirs(out_dir, exist_ok=True)
    docs = total = 0
    for a in articles(source):
        text, n = to_tml(a)
        with open(os.path.join(out_dir, a['id'] + '.tml'), 'w', encoding='utf-8') as f:
            f.write(text)
        docs, total = docs + 1, total + n
    print('%d articles, %d TIMEX3 -> %s' % (docs, total, out_dir), file=sys.stderr)


if __name__ == '__main__':
    main()
