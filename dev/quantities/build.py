#!/usr/bin/env python3
"""Turns news-dev.txt (our own quantity dev sentences) into the scorer's gold JSON (NewsQuant form).

  build.py news-dev.txt > news-dev.json
"""
import json
import sys


def read(path):
    items = []
    for raw in open(path, encoding='utf-8'):
        line = raw.rstrip('\n')
        if not line.strip() or line.startswith('#'):
            continue
        if line.startswith('  '):
            value, unit, change = [p.strip() for p in line.split('|')]
            items[-1]['quantities'].append({'value': value, 'normalized_unit': unit, 'change': change})
        else:
            items.append({'text': line.strip(), 'quantities': []})
    return items


if __name__ == '__main__':
    json.dump(read(sys.argv[1]), sys.stdout, ensure_ascii=False, indent=1)
    print()
