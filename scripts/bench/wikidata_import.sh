#!/usr/bin/env bash
# How long `gazette gazetteer import --wikidata` takes on a million entities, and its peak memory.
#
# Usage: scripts/bench/wikidata_import.sh [N]
#   N  entities in the generated dump (default 1000000)
#
# Builds gazette (cargo build --release), writes a made-up dump of N entities in Wikidata's
# JSON format with scripts/bench/make_wikidata_dump.py (about 2 KB an entity; kept when it
# exists) to target/bench/wikidata/dump.json and a gzipped copy, then imports each once with
# /usr/bin/time -v (wall time, peak RSS) into a compiled gazetteer and once into CSV. Prints a
# Markdown table, also written to target/bench/wikidata/results.md. No timing is asserted.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
N=${1:-1000000}
OUT=target/bench/wikidata
mkdir -p "$OUT"
cargo build --release --quiet
BIN=target/release/gazette
DUMP=$OUT/dump.json
if [[ ! -f $DUMP || $(cat "$OUT/dump.n" 2>/dev/null) != "$N" ]]; then
    python3 scripts/bench/make_wikidata_dump.py "$N" "$DUMP"
    echo "$N" > "$OUT/dump.n"
    rm -f "$DUMP.gz"
fi
[[ -f $DUMP.gz ]] || gzip -1 -k "$DUMP"

# Runs one import under /usr/bin/time -v; prints a table row.
measure() {
    local name=$1 input=$2 output=$3
    /usr/bin/time -v "$BIN" gazetteer import --wikidata "$input" -o "$output" \
        2> "$OUT/$name.time" || { cat "$OUT/$name.time" >&2; exit 1; }
    local secs rss
    secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0;
        for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$OUT/$name.time")
    rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$OUT/$name.time")
    printf '| %s | %s | %.1f | %.0f | %s |\n' "$name" "$(du -h "$input" | cut -f1)" "$secs" \
        "$(echo "$N / $secs" | bc -l)" "$rss"
    grep '^gazette: read' "$OUT/$name.time" >&2
}

{
    echo "| import ($N entities) | dump | seconds | entities/s | peak RSS (MB) |"
    echo "|---|---:|---:|---:|---:|"
    measure "json → gzt" "$DUMP" "$OUT/out.gzt"
    measure "json.gz → gzt" "$DUMP.gz" "$OUT/out-gz.gzt"
    measure "json → csv" "$DUMP" "$OUT/out.csv"
} | tee "$OUT/results.md"
ls -l "$OUT"/out.gzt "$OUT"/out.csv >&2
