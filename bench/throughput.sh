#!/usr/bin/env bash
# Throughput benchmark: `newsfacts ingest` against the obvious CoreNLP program, both timed as whole
# processes (model loading included) on the same articles, in the same run.
#
#   bench/throughput.sh [ARTICLES.jsonl] [N]
#
# Defaults: ../shared/corpus/reuters21578/articles.jsonl, first 300 articles. Prints both wall
# times, the ratio, tokens per second and peak memory (resident set size) of each process, and
# ingest's scaling from one extraction thread to two.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${1:-$here/../shared/corpus/reuters21578/articles.jsonl}"
n="${2:-300}"
if [ ! -f "$corpus" ]; then
  echo "bench: no corpus at $corpus (give a .jsonl of articles as the first argument)" >&2
  exit 2
fi
if [ ! -x /usr/bin/time ]; then
  echo "bench: needs /usr/bin/time (Debian package 'time') for peak memory" >&2
  exit 2
fi

"$here/newsfacts" --version >/dev/null   # build first, outside the timings
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
head -n "$n" "$corpus" > "$work/articles.jsonl"
# Like the build, the launcher's class-data archive is made once per build, outside the timings.
head -n 1 "$work/articles.jsonl" > "$work/warm-up.jsonl"
"$here/newsfacts" extract "$work/warm-up.jsonl" > /dev/null 2>&1

echo "bench: $(wc -l < "$work/articles.jsonl") articles from $corpus on $(nproc) cores" >&2

echo "bench: naive CoreNLP (tokenize,ssplit,pos,lemma,ner; default settings; -Xmx2g)..." >&2
/usr/bin/time -f "%e %M %U %S" -o "$work/naive.time" \
  java -Xmx2g -cp "$here/target/newsfacts.jar" org.newsfacts.bench.NaiveCoreNlp \
  "$work/articles.jsonl" > "$work/naive.out" 2> "$work/naive.err"

echo "bench: newsfacts ingest (fresh index; heap ${NEWSFACTS_HEAP:-2g})..." >&2
/usr/bin/time -f "%e %M %U %S" -o "$work/ingest.time" \
  "$here/newsfacts" ingest --rebuild --index "$work/index" "$work/articles.jsonl" \
  > /dev/null 2> "$work/ingest.err" || { cat "$work/ingest.err" >&2; exit 1; }

echo "bench: newsfacts ingest --threads 1 (for the scaling efficiency)..." >&2
/usr/bin/time -f "%e %M %U %S" -o "$work/ingest1.time" \
  "$here/newsfacts" ingest --threads 1 --rebuild --index "$work/index1" "$work/articles.jsonl" \
  > /dev/null 2> "$work/ingest1.err" || { cat "$work/ingest1.err" >&2; exit 1; }

read -r one_s _ < "$work/ingest1.time"
read -r naive_s naive_kb naive_user naive_sys < "$work/naive.time"
read -r ingest_s ingest_kb ingest_user ingest_sys < "$work/ingest.time"
tokens="$(awk '{print $4}' "$work/naive.out")"
# CPU seconds are printed too: on a shared machine they show what wall time hides.
awk -v ns="$naive_s" -v nk="$naive_kb" -v nu="$naive_user" -v nsy="$naive_sys" \
    -v is="$ingest_s" -v ik="$ingest_kb" -v iu="$ingest_user" -v isy="$ingest_sys" \
    -v t="$tokens" -v one="$one_s" -v load="$(cut -d' ' -f1 /proc/loadavg)" 'BEGIN {
  nc = nu + nsy; ic = iu + isy
  printf "                    wall    tokens/s     CPU   peak RSS\n"
  printf "naive CoreNLP    %7.1f s  %8.0f  %6.1f s  %5.0f MB\n", ns, t / ns, nc, nk / 1024
  printf "newsfacts ingest %7.1f s  %8.0f  %6.1f s  %5.0f MB\n", is, t / is, ic, ik / 1024
  printf "speed-up         %7.2fx wall, %.2fx CPU  (%d tokens; load average %s)\n", ns / is, nc / ic, t, load
  printf "ingest, 1 thread %7.1f s  -> 2 threads are %.2fx faster (scaling efficiency %.0f%%)\n", one, one / is, 50 * one / is
}'
grep -h "ingest:" "$work/ingest.err" >&2 || true
