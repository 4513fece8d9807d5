#!/usr/bin/env bash
# Score the extractor on the shared dev set: half A (the 1st, 3rd, 5th … gold file in name
# order), half B (the 2nd, 4th …) and the whole set, with the shared scorer.
# Develop on one half while watching the other: a rule that lifts one half only fits
# articles, not the language.
# usage: score-halves.sh SHARED_DIR BRIEFDESK_BIN [score.py options, e.g. --per-article]
set -euo pipefail
shared=$1; bin=$2; shift 2
dev=$(cd "$shared/corpus/dev" && pwd)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
"$bin" extract "$dev"/articles/*.txt --json --out "$work/pred" >/dev/null
mkdir -p "$work/A" "$work/B"
i=0
for g in "$dev"/gold/*.json; do
  half=A; [ $((i % 2)) -eq 1 ] && half=B
  ln -s "$g" "$work/$half/"
  i=$((i + 1))
done
for half in A B; do
  echo "== half $half ($(ls "$work/$half" | wc -l) articles)"
  python3 "$shared/eval/score.py" --gold "$work/$half" --pred "$work/pred" "$@"
done
echo "== whole dev set ($i articles)"
python3 "$shared/eval/score.py" --gold "$dev/gold" --pred "$work/pred" "$@"
