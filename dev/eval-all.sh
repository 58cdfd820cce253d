#!/usr/bin/env bash
# Runs the date and name dev sets of ../shared/eval through `./newsfacts extract` (nice'd) and
# prints one table: each set whole and in two halves (even / odd documents, dev/halves.py).
#   dev/eval-all.sh [SET...]      SET in: tb aq mt fr conll wiki uner nf n2 n3 n4 n5 (default: all twelve)
#   (fr: our own fresh date set, dev/dates/fresh, annotated before any tuning on it;
#    nf, n2: our own fresh names sets, dev/names/fresh.txt and fresh2.txt, annotated before the
#    extractor ran on them)
#   SCORE_ONLY=1 dev/eval-all.sh  re-scores the outputs of the last run without extracting
# Outputs go to ${EVAL_OUT:-/tmp/newsfacts-eval}/<set>.out.jsonl; error lists with --errors there too.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
E="$here/../shared/eval"
out="${EVAL_OUT:-/tmp/newsfacts-eval}"
mkdir -p "$out"
sets=("$@"); [ ${#sets[@]} -eq 0 ] && sets=(tb aq mt fr conll wiki uner nf n2 n3 n4 n5)

extract() {  # in.jsonl -> out.jsonl
  [ -n "${SCORE_ONLY:-}" ] && return 0
  local t0=$SECONDS
  nice -n 10 "$here/newsfacts" extract "$1" > "$2"
  echo "  $(basename "$2"): extracted in $((SECONDS - t0)) s" >&2
}

rows=()
for s in "${sets[@]}"; do
  case "$s" in
    tb|aq|mt|fr)
      case "$s" in tb) g="$E/time/timebank";; aq) g="$E/time/aquaint";; mt) g="$E/time-more/meantime";;
                   fr) g="$here/dev/dates/fresh";; esac
      [ -z "${SCORE_ONLY:-}" ] && python3 "$E/time/score.py" to-jsonl "$g" > "$out/$s.jsonl"
      extract "$out/$s.jsonl" "$out/$s.out.jsonl"
      rm -rf "$out/$s.pred" && python3 "$E/time/score.py" from-jsonl "$out/$s.out.jsonl" "$out/$s.pred" >/dev/null
      python3 "$E/time/score.py" "$g" "$out/$s.pred" --errors > "$out/$s.errors.txt" 2>&1 || true
      rows+=("$s $(python3 "$here/dev/halves.py" time "$g" "$out/$s.pred" "$out/halves")") ;;
    conll|wiki|uner|nf|n2|n3|n4|n5)
      case "$s" in conll) g="$E/ner/conll2003-dev.conll";; wiki) g="$E/ner/wikigold-dev.conll";;
                   uner) g="$E/ner-more/uner-pud-news-dev.conll";;
                   nf) g="$out/names-fresh.conll"; python3 "$here/dev/names/to-conll.py" "$here/dev/names/fresh.txt" > "$g";;
                   n2) g="$out/names-fresh2.conll"; python3 "$here/dev/names/to-conll.py" "$here/dev/names/fresh2.txt" > "$g";;
                   n3) g="$out/names-fresh3.conll"; python3 "$here/dev/names/to-conll.py" "$here/dev/names/fresh3.txt" > "$g";;
                   n4) g="$out/names-fresh4.conll"; python3 "$here/dev/names/to-conll.py" "$here/dev/names/fresh4.txt" > "$g";;
                   n5) g="$out/names-fresh5.conll"; python3 "$here/dev/names/to-conll.py" "$here/dev/names/fresh5.txt" > "$g";; esac
      [ -z "${SCORE_ONLY:-}" ] && python3 "$E/ner/ner_score.py" to-jsonl "$g" > "$out/$s.jsonl"
      extract "$out/$s.jsonl" "$out/$s.out.jsonl"
      python3 "$E/ner/ner_score.py" score "$g" "$out/$s.out.jsonl" --errors 400 > "$out/$s.errors.txt" 2>&1 || true
      rows+=("$s $(python3 "$here/dev/halves.py" ner "$g" "$out/$s.out.jsonl" "$out/halves")") ;;
    *) echo "unknown set $s" >&2; exit 2 ;;
  esac
done

printf '%s\n' "${rows[@]}" | python3 -c '
import json, re, sys
print("| set | all | half A | half B | detail |")
print("| --- | --- | --- | --- | --- |")
for line in sys.stdin:
    name, js = line.split(" ", 1)
    r = json.loads(js)
    num = lambda s: (re.findall(r"F1 ([\d.]+)", s) or ["?"])[0]
    detail = r["all"]
    if "types" in r:
        detail += " ; " + " ; ".join(" ".join(t.split()) for t in r["types"])
    print("| %s | %s | %s | %s | %s |" % (name, num(r["all"]), num(r["A"]), num(r["B"]), detail))
'
