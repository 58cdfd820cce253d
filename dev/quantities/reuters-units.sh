#!/usr/bin/env bash
# The unit check of issue #12 on real wire copy: extracts the first N (default 2000) articles of
# ../shared/corpus/reuters21578 and prints how many distinct units the quantity facts of each
# dimension but count have, the most frequent ones, and the money facts without a currency.
#   dev/quantities/reuters-units.sh [N]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
n="${1:-2000}"
out="${EVAL_OUT:-/tmp/newsfacts-quantities}"
mkdir -p "$out"
head -n "$n" "$here/../shared/corpus/reuters21578/articles.jsonl" > "$out/reuters.jsonl"
nice -n 10 "$here/newsfacts" extract "$out/reuters.jsonl" > "$out/reuters.out.jsonl" 2>"$out/reuters.log"
python3 - "$out/reuters.out.jsonl" <<'PY'
import collections, json, sys
units, dims, no_currency, total = collections.Counter(), collections.Counter(), [], 0
for line in open(sys.argv[1], encoding='utf-8'):
    if not line.startswith('{'):
        continue
    for f in json.loads(line).get('facts', []):
        if f.get('kind') != 'quantity':
            continue
        total += 1
        dims[f.get('dimension')] += 1
        if f.get('dimension') == 'currency' and not f.get('currency'):
            no_currency.append(f.get('text'))
        if f.get('dimension') != 'count':
            units[f.get('unit')] += 1
print('quantity facts %d; by dimension: %s' % (total, ', '.join('%s %d' % kv for kv in dims.most_common())))
print('distinct units outside count: %d' % len(units))
print('most frequent: %s' % ', '.join('%s %d' % kv for kv in units.most_common(25)))
print('money facts without currency: %d %s' % (len(no_currency), no_currency[:20]))
PY
