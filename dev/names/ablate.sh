#!/usr/bin/env bash
# Measures the name rules on the name dev sets without running CoreNLP again for each change:
# CoreNLP's annotations of each set are cached once (about as long as one dev/eval-all.sh run),
# then every run of the rules takes seconds (NameRuleBench, in the test classes).
#   dev/names/ablate.sh SET...          every rule on, each set whole and in halves (as eval-all)
#   ABLATE=1 dev/names/ablate.sh SET... also each rule left out in turn, as the change in F1
#   NAMES_OFF=A,B dev/names/ablate.sh   also the rules A and B left out together
# SET in: conll wiki uner nf n2 n3 n4 n5. Build first (mvn -q package -DskipTests); a change to CoreNLP's
# configuration or to MentionBuilder needs the cache removed (rm $OUT/*.annotated.jsonl).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
E="$here/../shared/eval"
out="${EVAL_OUT:-/tmp/newsfacts-eval}/ablate"
mkdir -p "$out"
cp=("$here/target/newsfacts.jar:$here/target/test-classes")
bench() { nice -n 10 java -Xmx2g ${NAMES_OFF:+-Dnames.off=$NAMES_OFF} -cp "${cp[@]}" org.newsfacts.extract.NameRuleBench "$@" 2>>"$out/bench.log"; }

for s in "$@"; do
  case "$s" in conll) g="$E/ner/conll2003-dev.conll";; wiki) g="$E/ner/wikigold-dev.conll";;
               uner) g="$E/ner-more/uner-pud-news-dev.conll";;
               nf) g="$out/names-fresh.conll"; python3 "$here/dev/names/to-conll.py" "$here/dev/names/fresh.txt" > "$g";;
               n2) g="$out/names-fresh2.conll"; python3 "$here/dev/names/to-conll.py" "$here/dev/names/fresh2.txt" > "$g";;
               n3) g="$out/names-fresh3.conll"; python3 "$here/dev/names/to-conll.py" "$here/dev/names/fresh3.txt" > "$g";;
               n4) g="$out/names-fresh4.conll"; python3 "$here/dev/names/to-conll.py" "$here/dev/names/fresh4.txt" > "$g";;
               n5) g="$out/names-fresh5.conll"; python3 "$here/dev/names/to-conll.py" "$here/dev/names/fresh5.txt" > "$g";;
               *) echo "unknown set $s" >&2; exit 2;; esac
  cache="$out/$s.annotated.jsonl"
  if [ ! -s "$cache" ]; then
    python3 "$E/ner/ner_score.py" to-jsonl "$g" > "$out/$s.jsonl"
    bench annotate "$out/$s.jsonl" "$cache.tmp" && mv "$cache.tmp" "$cache"
  fi
  rm -rf "$out/$s" && bench rules "$cache" "$out/$s" ${ABLATE:+ablate}
  for variant in "$out/$s/all.jsonl" $(ls "$out/$s"/*.jsonl | grep -v '/all.jsonl$'); do
    name="$(basename "$variant" .jsonl)"
    echo "$s $name $(python3 "$here/dev/halves.py" ner "$g" "$variant" "$out/halves")"
  done
done | python3 -c '
import json, re, sys
num = lambda s: float((re.findall(r"F1 ([\d.]+)", s) or ["nan"])[0])
org = lambda r: next((t.split() for t in r.get("types", []) if t.startswith("ORG")), None)
base = {}
print("| set | rules | all | half A | half B | ORG P / R |")
print("| --- | --- | --- | --- | --- | --- |")
for line in sys.stdin:
    s, name, js = line.split(" ", 2)
    r = json.loads(js)
    f = (num(r["all"]), num(r["A"]), num(r["B"]))
    o = org(r)
    orgs = "%s / %s" % (o[4], o[5]) if o else "?"
    if name == "all":
        base[s] = f
        print("| %s | all | %.2f | %.2f | %.2f | %s |" % ((s,) + f + (orgs,)))
    else:
        d = tuple(x - y for x, y in zip(f, base[s]))
        print("| %s | %s | %+.2f | %+.2f | %+.2f | %s |" % ((s, name) + d + (orgs,)))
'
