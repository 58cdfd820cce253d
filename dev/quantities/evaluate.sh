#!/usr/bin/env bash
# Quantity dev figures: our own news sentences (news-dev.txt, news-unseen.txt, news-fresh.txt,
# news-beat.txt, news-desk.txt, news-field.txt, news-quant.txt) whole and in two halves (fit on
# one, confirm on the other), and the Recognizers-Text specs of ../shared/eval/quantities (recall
# and unit accuracy only: each file annotates one kind of quantity).
#   dev/quantities/evaluate.sh            extract and score
#   SCORE_ONLY=1 dev/quantities/evaluate.sh   re-score the last outputs
# Outputs and error lists (--errors) go to ${EVAL_OUT:-/tmp/newsfacts-quantities}.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
Q="$here/../shared/eval/quantities"
out="${EVAL_OUT:-/tmp/newsfacts-quantities}"
mkdir -p "$out"
# news-unseen.txt: a second set written and annotated before any tuning on it (the unseen check);
# news-fresh.txt: a third, weighted towards the hard cases of issue #12, annotated the same way;
# news-beat.txt: a fourth, from beats the others lack (economic releases, health, weather, energy,
# tech specs, courts, timetables), annotated the same way; news-desk.txt: a fifth (market wires,
# health, weather, tech, courts, council budgets, science, web idioms), annotated the same way;
# news-field.txt: a sixth (sports, elections, disasters, science and space, real estate,
# transport, agriculture, energy prices), annotated the same way; news-quant.txt: a seventh
# (defence, migration, education, labour, cars, aviation and shipping, culture, food, climate,
# wildlife, tourism, crypto, mining, telecoms, obituaries, lotteries, archaeology), the same way;
# news-x.txt: an eighth (results, markets, energy, sports, weather, health, elections, science,
# property, transport, written the way wire copy reads, money in many currencies), the same way;
# news-y.txt: a ninth (general news across business, the economy, politics, conflict, sports,
# science, health, disasters, courts, transport), the same way (session 13).
# news-z.txt: a tenth (markets and earnings in prose, box scores, doses and rates, weather, polls,
# cents and pence, "X, up from Y", ratios, fractions, ranges with one unit), the same way (session 14).
sets=(news-dev news-unseen news-fresh news-beat news-desk news-field news-quant news-x news-y news-z)
golds=()
for s in "${sets[@]}"; do
  python3 "$here/dev/quantities/build.py" "$here/dev/quantities/$s.txt" > "$out/$s.json"
  golds+=("$out/$s.json")
done
if [ -d "$Q/recognizers" ]; then
  for f in DimensionModel CurrencyModel TemperatureModel AgeModel; do
    sets+=("$f"); golds+=("$Q/recognizers/$f.json")
  done
fi
# One extract run for all sets (the models load once): ids are prefixed with the set's name.
: > "$out/all.jsonl"
for i in "${!sets[@]}"; do
  python3 "$Q/score.py" to-jsonl "${golds[$i]}" | sed "s/\"id\": \"/\"id\": \"${sets[$i]}:/" >> "$out/all.jsonl"
done
if [ -z "${SCORE_ONLY:-}" ]; then
  nice -n 10 "$here/newsfacts" extract "$out/all.jsonl" > "$out/all.out.jsonl" 2>"$out/all.log"
fi
for i in "${!sets[@]}"; do
  s="${sets[$i]}"; g="${golds[$i]}"
  grep -F "\"id\":\"$s:" "$out/all.out.jsonl" | sed "s/\"id\":\"$s:/\"id\":\"/" > "$out/$s.out.jsonl" || true
  python3 "$Q/score.py" score "$g" "$out/$s.out.jsonl" --errors > "$out/$s.errors.txt" || true
  if [ "${s#news-}" != "$s" ]; then
    python3 "$here/dev/quantities/halves.py" "$g" "$out/$s.out.jsonl" "$out/halves-$s" | sed "s/^/$s /"
  else
    echo "$s $(tail -1 "$out/$s.errors.txt")"
  fi
done
