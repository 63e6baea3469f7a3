#!/usr/bin/env bash
# Runs a gazette binary over every file of a data directory, as text (csv and jsonl output) and,
# for JSON Lines files, as --input jsonl (csv and jsonl output), with a fixed reference date, and
# writes the outputs under OUT_DIR. Two runs (say, before and after a refactor) are compared with
# `diff -r` or `cmp`; the refactor of the pipeline was checked this way.
#
#   scripts/compare/outputs.sh BIN DATA_DIR OUT_DIR
set -euo pipefail
bin=$1 data=$2 out=$3
mkdir -p "$out"
find "$data" -type f \( -name '*.md' -prune -o -print \) | LC_ALL=C sort | while read -r f; do
  name=$(echo "${f#"$data"/}" | tr '/' '_')
  for fmt in csv jsonl; do
    "$bin" --reference-date 2024-06-15 --format "$fmt" "$f" >"$out/$name.text.$fmt" 2>"$out/$name.text.$fmt.err" || true
  done
  if [[ $f == *.jsonl ]]; then
    for fmt in csv jsonl; do
      "$bin" --reference-date 2024-06-15 --input jsonl --format "$fmt" "$f" >"$out/$name.jsonl.$fmt" 2>"$out/$name.jsonl.$fmt.err" || true
    done
  fi
done
