#!/usr/bin/env bash
# Main-text F1 of `newsfacts text` on the five dev sets of ../shared/eval (§1 and §4), one table.
# Usage: bench/text-eval.sh [OUT_DIR]   (default /tmp/newsfacts-text-eval)
# Each set's per-page scores go to OUT_DIR/<set>.tsv; pages with an even number in the sorted
# order are half "a", odd ones half "b", so a change can be fitted on one half and confirmed on
# the other. Needs ../shared; reads nothing into the repository.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${NEWSFACTS_SHARED:-$here/../shared}"
out="${1:-/tmp/newsfacts-text-eval}"
score="$shared/eval/extraction/score.py"
if [ ! -f "$score" ]; then
  echo "text-eval: $shared/eval not found; nothing to measure" >&2
  exit 0
fi
mkdir -p "$out"
printf '%-14s %6s %6s %6s %6s %6s %6s\n' set pages F1 P R F1-a F1-b
for set in extraction l3s-gn1 dragnet readability-js wcxb-article; do
  if [ "$set" = extraction ]; then d="$shared/eval/extraction"; gold=(); else
    d="$shared/eval/extraction-more/$set"; gold=(--gold "$d/ground-truth.json"); fi
  rm -rf "$out/$set" && mkdir -p "$out/$set"
  "$here/newsfacts" text --out-dir "$out/$set" "$d"/html/*.html 2>"$out/$set.err" || true
  line=$(python3 "$score" "$out/$set" "${gold[@]}" --per-page "$out/$set.tsv" | tail -1)
  halves=$(python3 - "$score" "$out/$set" "${gold[@]}" <<'PY'
import importlib.util, sys
from pathlib import Path
spec = importlib.util.spec_from_file_location('score', sys.argv[1])
score = importlib.util.module_from_spec(spec); spec.loader.exec_module(score)
pred = score.load_dir(Path(sys.argv[2]))
gold = score.load_any(Path(sys.argv[4]) if len(sys.argv) > 4 else score.DEFAULT_GOLD)
ids = sorted(gold)
for half in (ids[0::2], ids[1::2]):
    tfs = [score.shingle_tp_fp_fn(gold[k], pred.get(k, '')) for k in half]
    print('%.3f' % score.aggregate(tfs)['f1'], end=' ')
print()
PY
)
  read -r f1 p r pages <<<"$(echo "$line" | awk '{print $2, $4, $6, $8}')"
  read -r fa fb <<<"$halves"
  printf '%-14s %6s %6s %6s %6s %6s %6s\n' "$set" "$pages" "$f1" "$p" "$r" "$fa" "$fb"
done
