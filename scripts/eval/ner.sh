#!/usr/bin/env bash
# Scores a gazette binary on the NER corpora of ../shared/data with ../shared/tools/eval_ner.py.
#
# Usage: scripts/eval/ner.sh [BIN] [OUT_DIR] [CORPUS...]
#   BIN      default target/release/gazette
#   OUT_DIR  default a new temporary directory; holds <corpus>/{docs,gold,pred}.jsonl, the
#            score text (score.txt, and score-neutral.txt with --neutral-aux) and JSON figures
#   CORPUS   default: germeval-test-news wikigold smartdata-test europeana btc
# Types city and region count as LOC (the scorer's default mapping); nationality is not scored.
set -euo pipefail
BIN=${1:-target/release/gazette}
OUT=${2:-$(mktemp -d)}
shift $(( $# > 2 ? 2 : $# ))
CORPORA=("$@")
[ ${#CORPORA[@]} -gt 0 ] || CORPORA=(germeval-test-news wikigold smartdata-test europeana btc)
HERE=$(cd "$(dirname "$0")/../.." && pwd)
EVAL=${EVAL_NER:-$HERE/../shared/tools/eval_ner.py}
[ -f "$EVAL" ] || EVAL=/work/shared/tools/eval_ner.py
BIN=$(realpath "$BIN")
for c in "${CORPORA[@]}"; do
    d=$OUT/$c
    mkdir -p "$d"
    [ -f "$d/docs.jsonl" ] || python3 "$EVAL" make-docs "$c" "$d" >/dev/null
    python3 "$EVAL" run-cmd --files "$BIN --format jsonl {files}" "$d/docs.jsonl" "$d/pred.jsonl" >/dev/null
    python3 "$EVAL" score "$d/gold.jsonl" "$d/pred.jsonl" --types PER,LOC,ORG --errors 30 \
        --json "$d/score.json" > "$d/score.txt"
    python3 "$EVAL" score "$d/gold.jsonl" "$d/pred.jsonl" --types PER,LOC,ORG --neutral-aux \
        --json "$d/score-neutral.json" > "$d/score-neutral.txt"
    echo "== $c"
    grep -E "^(PER|LOC|ORG|LOC-country)|exact|^type" "$d/score.txt" | head -12 || true
done
echo "outputs in $OUT"
