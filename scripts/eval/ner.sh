#!/usr/bin/env bash
# Scores a gazette binary on the entity corpora with the shared scorer
# (../shared/tools/eval_ner.py): exact-span P/R/F1 per type, one table row per corpus.
#
#   scripts/eval/ner.sh BIN SHARED_DIR [DATASET...]
#
# DATASET defaults to the corpora the issues quote: germeval-test-news wikigold smartdata-test
# europeana btc hipe-test-de hipe-test-en. Documents are made once under $EVAL_DIR (default
# target/eval); the HIPE-2020 sets, which the shared scorer has no loader for, by
# scripts/eval/hipe.py from $SHARED_DIR/data/ner-hipe2020-de-en in the scorer's format.
set -euo pipefail
bin=$(realpath "$1") shared=$(realpath "$2"); shift 2
sets=("$@"); [[ ${#sets[@]} -gt 0 ]] || sets=(germeval-test-news wikigold smartdata-test europeana btc hipe-test-de hipe-test-en)
dir=${EVAL_DIR:-target/eval}; mkdir -p "$dir"
scorer="$shared/tools/eval_ner.py"
printf '| data | PER P / R / F1 | LOC P / R / F1 | ORG P / R / F1 |\n|---|---|---|---|\n'
for s in "${sets[@]}"; do
  if [[ ! -f $dir/$s/docs.jsonl ]]; then
    case $s in
      hipe-*) python3 "$(dirname "$0")/hipe.py" \
        "$shared/data/ner-hipe2020-de-en/HIPE-data-v1.4-${s#hipe-}.tsv" "$dir/$s" ;;
      *) python3 "$scorer" make-docs "$s" "$dir/$s" --data "$shared/data" >/dev/null ;;
    esac
  fi
  python3 "$scorer" run-cmd --jsonl-stdin "$bin --format jsonl --input jsonl" \
    "$dir/$s/docs.jsonl" "$dir/$s/pred.jsonl" >/dev/null 2>&1
  python3 "$scorer" score "$dir/$s/gold.jsonl" "$dir/$s/pred.jsonl" --types PER,LOC,ORG \
    --json "$dir/$s/score.json" >"$dir/$s/score.txt" 2>&1
  python3 - "$s" "$dir/$s/score.json" <<'PY'
import json, sys
name, path = sys.argv[1], sys.argv[2]
j = json.load(open(path))
def find(d, t):
    # The scorer's JSON: look for the exact-span figures of type t.
    for k in ("exact", "types", "by_type"):
        if isinstance(d, dict) and k in d:
            d2 = d[k]
            if isinstance(d2, dict) and t in d2:
                return d2[t]
    return d.get(t) if isinstance(d, dict) else None
cells = []
for t in ("PER", "LOC", "ORG"):
    f = find(j, t)
    if isinstance(f, dict) and "exact" in f: f = f["exact"]
    if not isinstance(f, dict):
        cells.append("?"); continue
    p, r, f1 = (f.get(k, 0) for k in ("p", "r", "f1"))
    cells.append(f"{p:.2f} / {r:.2f} / {f1:.2f}")
print(f"| {name} | " + " | ".join(cells) + " |")
PY
done
