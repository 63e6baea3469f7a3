#!/usr/bin/env bash
# Scores a gazette binary on the date corpora with the shared scorer
# (../shared/tools/eval_ner.py score-dates): overlap-span P/R/F1 of DATE and the value accuracy
# on the spans found, one table row per corpus. Each document is resolved against its own
# reference date (the corpora's "ref" field, read with --date-field).
#
#   scripts/eval/dates.sh BIN SHARED_DIR [DATASET...]
#
# DATASET defaults to recognizers-de recognizers-en wikiwars-de duckling-de duckling-en
# ctparse-de ctparse-en. Documents are made once under $EVAL_DIR (default target/eval-dates);
# each corpus's predictions, scores and error lists (--errors 40) are kept there.
set -euo pipefail
bin=$(realpath "$1") shared=$(realpath "$2"); shift 2
sets=("$@")
[[ ${#sets[@]} -gt 0 ]] ||
  sets=(recognizers-de recognizers-en wikiwars-de duckling-de duckling-en ctparse-de ctparse-en)
dir=${EVAL_DIR:-target/eval-dates}; mkdir -p "$dir"
scorer="$shared/tools/eval_ner.py"
printf '| data | gold | overlap P / R / F1 | value accuracy |\n|---|---:|---|---:|\n'
for s in "${sets[@]}"; do
  [[ -f $dir/$s/docs.jsonl ]] || python3 "$scorer" make-docs "$s" "$dir/$s" --data "$shared/data" >/dev/null
  python3 "$scorer" run-cmd --jsonl-stdin \
    "$bin --format jsonl --input jsonl --date-field ref --types date" \
    "$dir/$s/docs.jsonl" "$dir/$s/pred.jsonl" >/dev/null 2>&1
  python3 "$scorer" score-dates "$dir/$s/gold.jsonl" "$dir/$s/pred.jsonl" --errors 40 \
    --json "$dir/$s/score.json" >"$dir/$s/score.txt" 2>&1
  python3 - "$s" "$dir/$s/score.json" <<'PY'
import json, sys
name, path = sys.argv[1], sys.argv[2]
j = json.load(open(path))
t, v = j["types"]["DATE"], j["values"]["DATE"]
o = t["overlap"]
print(f"| {name} | {t['gold']:,} | {o['p']:.2f} / {o['r']:.2f} / {o['f1']:.2f} | {v['accuracy']:.2f} |")
PY
done
