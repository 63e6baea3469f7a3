#!/usr/bin/env bash
# End-to-end throughput of gazette against its peers on the same German news corpus.
#
# Usage: scripts/bench/run.sh [DATA_DIR]
#   DATA_DIR  the shared data folder holding news-10kgnad-de/test.csv (default: ../shared/data,
#             relative to the repository root)
# Environment (all optional):
#   BENCH_MB=100      size of the corpus in MB (10^6 bytes); the 10kGNAD articles are repeated
#   BENCH_RUNS=3      hyperfine runs per command (after one warm-up run)
#   BENCH_SKIP_PEERS=1  only gazette (no venv, no Python peers)
#
# Builds gazette (cargo build --release) and the bare Aho-Corasick baseline, writes the corpus
# (one article per line) to target/bench/corpus.txt, a directory of 200 files and a JSONL copy,
# installs the pinned Python peers (scripts/bench/requirements.txt) into target/bench/venv, runs
# everything with hyperfine, measures start-up and peak RSS, and prints a Markdown table, also
# written to target/bench/results.md. Takes about 10 minutes on 2 cores. No timing is asserted.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
HERE=scripts/bench
DATA_ARG=${1:-../shared/data}
if [[ ! -f "$DATA_ARG/news-10kgnad-de/test.csv" ]]; then
    echo "error: $DATA_ARG/news-10kgnad-de/test.csv not found (give the shared data folder)" >&2
    exit 2
fi
DATA=$(cd "$DATA_ARG" && pwd)
OUT=target/bench
MB=${BENCH_MB:-100}
RUNS=${BENCH_RUNS:-3}
mkdir -p "$OUT"
rm -f "$OUT"/hf-*.json "$OUT"/hf-*.failed "$OUT"/rss-*.txt "$OUT"/timings.jsonl "$OUT"/notes.txt

log() { printf '\n== %s\n' "$*" >&2; }
note() { echo "$*" >>"$OUT/notes.txt"; echo "note: $*" >&2; }

apt_install() {
    apt-get install -y "$@" >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y "$@" >/dev/null; }
}

note "load average at start: $(cut -d' ' -f1-3 /proc/loadavg) (other processes on the machine slow every row down)"

log "tools"
command -v hyperfine >/dev/null || apt_install hyperfine
[[ -x /usr/bin/time ]] || apt_install time
hyperfine --version >&2

log "cargo build --release"
cargo build --release
GAZ=$ROOT/target/release/gazette
cargo build --release --quiet --manifest-path $HERE/ac-baseline/Cargo.toml --target-dir $OUT/ac-target
AC=$ROOT/$OUT/ac-target/release/ac-baseline

log "corpus from $DATA"
python3 $HERE/make_corpus.py "$DATA" "$OUT" --mb "$MB" --files 200
python3 $HERE/aliases.py gazetteers "$OUT/aliases.tsv"

# hf NAME WARMUP COMMAND: one hyperfine benchmark, exported to $OUT/hf-NAME.json. A failing
# command is recorded (hf-NAME.failed) and the rest of the script goes on.
hf() {
    local name=$1 warmup=$2
    shift 2
    log "hyperfine: $name"
    if ! hyperfine --style basic --warmup "$warmup" --runs "$RUNS" --export-json "$OUT/hf-$name.json" "$@"; then
        touch "$OUT/hf-$name.failed"
        rm -f "$OUT/hf-$name.json"
        note "$name failed: $*"
    fi
}
# rss NAME COMMAND...: peak RSS of one run with GNU time.
rss() {
    local name=$1
    shift
    /usr/bin/time -v -o "$OUT/rss-$name.txt" "$@" >/dev/null || note "$name failed under /usr/bin/time"
}

log "gazette"
hf gazette-j1 1 "$GAZ --jobs 1 $OUT/corpus.txt > /dev/null"
hf gazette-j2-dir 1 "$GAZ --jobs 2 $OUT/corpus_dir/ -o /dev/null --quiet"
hf gazette-jsonl-j1 1 "$GAZ --jobs 1 --input jsonl --format jsonl --quiet $OUT/corpus.jsonl > /dev/null"
hf gazette-jsonl-j2 1 "$GAZ --jobs 2 --input jsonl --format jsonl --quiet $OUT/corpus.jsonl > /dev/null"
rss gazette-j1 "$GAZ" --jobs 1 "$OUT/corpus.txt"
rss gazette-j2-dir "$GAZ" --jobs 2 "$OUT/corpus_dir/" -o /dev/null --quiet
rss gazette-jsonl-j1 "$GAZ" --jobs 1 --input jsonl --format jsonl --quiet "$OUT/corpus.jsonl"
rss gazette-jsonl-j2 "$GAZ" --jobs 2 --input jsonl --format jsonl --quiet "$OUT/corpus.jsonl"

log "start-up"
hyperfine --style basic -N --warmup 10 --runs 100 --export-json "$OUT/hf-startup.json" \
    "$GAZ $OUT/berlin.txt" || note "start-up (-N) failed"
hyperfine --style basic --warmup 10 --runs 100 --export-json "$OUT/hf-startup-pipe.json" \
    "echo Berlin | $GAZ" || note "start-up (pipe) failed"

log "bare Aho-Corasick baseline"
hf ac-baseline 1 "$AC $OUT/aliases.tsv $OUT/corpus.txt > /dev/null"
rss ac-baseline "$AC" "$OUT/aliases.tsv" "$OUT/corpus.txt"

if [[ "${BENCH_SKIP_PEERS:-0}" != 1 ]]; then
    log "Python peers: venv $OUT/venv"
    [[ -x $OUT/venv/bin/python ]] || python3 -m venv "$OUT/venv"
    PY=$ROOT/$OUT/venv/bin/python
    "$PY" -m pip install -q --upgrade pip >/dev/null 2>&1 || true
    : >"$OUT/install-times.tsv"
    while read -r spec; do
        [[ -z "$spec" || "$spec" == \#* ]] && continue
        pkg=${spec%%==*}
        if [[ "$("$PY" -m pip show "$pkg" 2>/dev/null </dev/null | sed -n 's/^Version: //p')" == "${spec#*==}" ]]; then
            # Installed by an earlier run: report the time it took then, if recorded.
            was=$(awk -F'\t' -v s="$spec" '$1 == s {t = $2} END {print t}' "$OUT/venv/install-times.tsv" 2>/dev/null || true)
            printf '%s\t%s\n' "$spec" "${was:+$was (earlier run)}${was:-already installed}" >>"$OUT/install-times.tsv"
            continue
        fi
        start=$SECONDS
        if timeout 900 "$PY" -m pip install -q "$spec" </dev/null >&2; then
            took="$((SECONDS - start)) s"
            printf '%s\t%s\n' "$spec" "$took" | tee -a "$OUT/venv/install-times.tsv" >>"$OUT/install-times.tsv"
        else
            printf '%s\tfailed\n' "$spec" >>"$OUT/install-times.tsv"
            note "pip install $spec failed or took more than 15 minutes; its peer is skipped"
        fi
    done <$HERE/requirements.txt
    "$PY" -m pip freeze 2>/dev/null | grep -iE '^(flashtext|pyahocorasick|spacy|dateparser)==' >&2 || true

    T=$ROOT/$OUT/timings.jsonl
    peer() { # peer NAME MODULE INPUT WARMUP
        if "$PY" -c "import $2" 2>/dev/null; then
            hf "$1" "$4" "$PY $HERE/peer_$1.py $OUT/aliases.tsv $OUT/$3 --timing $T > /dev/null"
        else
            note "$1 skipped: Python module $2 is not installed"
        fi
    }
    peer flashtext flashtext corpus.txt 1
    peer pyahocorasick ahocorasick corpus.txt 1
    peer spacy spacy slice-spacy.txt 0
    peer dateparser dateparser slice-dateparser.txt 0
fi

note "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"

log "results"
python3 $HERE/report.py "$OUT"
