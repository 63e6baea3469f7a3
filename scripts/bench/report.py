#!/usr/bin/env python3
"""Turns what run.sh measured (target/bench/hf-*.json, rss-*.txt, timings.jsonl,
install-times.tsv) into a Markdown table, printed and written to target/bench/results.md.

Usage: report.py OUT_DIR
"""
import json
import os
import platform
import re
import statistics
import subprocess
import sys

# key, tool, how, input (relative to OUT_DIR), timing-tool name in timings.jsonl
ROWS = [
    ("gazette-j1", "gazette `--jobs 1`", "one file, one document", "corpus.txt", None),
    ("gazette-j2-dir", "gazette `--jobs 2`", "directory of files", "corpus_dir", None),
    ("gazette-jsonl-j1", "gazette `--jobs 1 --input jsonl`", "JSONL, JSONL out", "corpus.jsonl", None),
    ("gazette-jsonl-j2", "gazette `--jobs 2 --input jsonl`", "JSONL, JSONL out", "corpus.jsonl", None),
    ("ac-baseline", "bare Rust aho-corasick 1.1.5", "names only, no dates", "corpus.txt", None),
    ("flashtext", "flashtext 2.7", "names only", "corpus.txt", "flashtext"),
    ("pyahocorasick", "pyahocorasick 2.3.1", "names only", "corpus.txt", "pyahocorasick"),
    ("spacy", "spaCy 3.8 EntityRuler", "names only, slice", "slice-spacy.txt", "spacy"),
    ("dateparser", "dateparser `search_dates`", "dates only, slice", "slice-dateparser.txt", "dateparser"),
]


def size_of(path):
    if os.path.isdir(path):
        return sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(path) for f in fs)
    return os.path.getsize(path) if os.path.exists(path) else 0


def hyperfine(out, key):
    p = os.path.join(out, f"hf-{key}.json")
    if not os.path.exists(p):
        return None
    with open(p) as f:
        r = json.load(f)["results"][0]
    return r


def rss_mib(out, key):
    p = os.path.join(out, f"rss-{key}.txt")
    if not os.path.exists(p):
        return None
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", open(p).read())
    return int(m.group(1)) / 1024 if m else None


def timings(out):
    res = {}
    p = os.path.join(out, "timings.jsonl")
    if os.path.exists(p):
        for line in open(p):
            try:
                r = json.loads(line)
            except ValueError:
                continue
            res.setdefault(r["tool"], []).append(r)
    return res


def sh(cmd):
    try:
        return subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=30).stdout.strip()
    except Exception:
        return ""


def machine():
    cpu = sh("lscpu | sed -n 's/^Model name: *//p' | head -1") or platform.processor()
    mem = sh("free -g | awk '/^Mem:/{print $2}'")
    os_name = sh(". /etc/os-release && echo $PRETTY_NAME")
    return (f"{cpu}, {os.cpu_count()} cores, {mem} GiB RAM, {os_name}, kernel {platform.release()}; "
            f"{sh('rustc --version')}; Python {platform.python_version()}; {sh('hyperfine --version')}")


def main():
    out = sys.argv[1]
    t = timings(out)
    base = hyperfine(out, "gazette-j1")
    base_mbs = None
    if base:
        base_mbs = size_of(os.path.join(out, "corpus.txt")) / 1e6 / base["mean"]

    lines = []
    lines.append(f"Machine: {machine()}.")
    rev = sh("git rev-parse --short HEAD") + (" (dirty)" if sh("git status --porcelain --untracked-files=no") else "")
    lines.append(f"gazette: {sh('target/release/gazette --version')}, git {rev}. "
                 "MB = 10^6 bytes of UTF-8 input; seconds = hyperfine mean ± σ, end to end "
                 "(process start, loading or building the automaton, reading, matching, writing CSV to /dev/null).")
    p = os.path.join(out, "aliases.tsv")
    if os.path.exists(p):
        n = sum(1 for _ in open(p, encoding="utf-8"))
        lines.append(f"Peers and the bare baseline match the same {n:,} aliases (aliases.py: `canonical` + "
                     "`aliases` of gazetteers/*.csv); gazette does its whole job (all types, dates, CSV).")
    lines.append("")
    lines.append("| tool | input | input MB | seconds | MB/s | vs gazette `--jobs 1` | peak RSS MiB | build s | MB/s w/o build |")
    lines.append("|---|---|---:|---:|---:|---:|---:|---:|---:|")
    for key, tool, how, inp, tkey in ROWS:
        r = hyperfine(out, key)
        mb = size_of(os.path.join(out, inp)) / 1e6
        failed = os.path.exists(os.path.join(out, f"hf-{key}.failed"))
        if r is None:
            why = "failed" if failed else "skipped"
            lines.append(f"| {tool} | {how} | {mb:.1f} | {why} | | | | | |")
            continue
        mbs = mb / r["mean"]
        ratio = ""
        if base_mbs:
            x = mbs / base_mbs
            ratio = f"{x:.2f}×" if x >= 0.1 else f"{x:.4f}×" if x < 0.01 else f"{x:.3f}×"
        rss = rss_mib(out, key)
        build = nobuild = ""
        if tkey and t.get(tkey):
            recs = t[tkey]
            b = statistics.median(x["build_s"] for x in recs)
            m = statistics.median(x["match_s"] for x in recs)
            build = f"{b:.2f}"
            nobuild = f"{recs[0]['bytes'] / 1e6 / m:.2f}" if m > 0 else ""
            if rss is None:
                rss = max(x["max_rss_kib"] for x in recs) / 1024
        rss_s = f"{rss:.0f}" if rss is not None else ""
        lines.append(f"| {tool} | {how} | {mb:.1f} | {r['mean']:.2f} ± {r['stddev'] or 0:.2f} | "
                     f"{mbs:.2f} | {ratio} | {rss_s} | {build} | {nobuild} |")

    lines.append("")
    for key, what in (("startup", "`gazette berlin.txt` (hyperfine -N, no shell)"),
                      ("startup-pipe", "`echo Berlin | gazette` (through a shell, shell cost subtracted)")):
        r = hyperfine(out, key)
        if r:
            lines.append(f"- Start-up, {what}: median {r['median'] * 1000:.1f} ms "
                         f"(mean {r['mean'] * 1000:.1f} ± {(r['stddev'] or 0) * 1000:.1f} ms, {len(r['times'])} runs).")
    p = os.path.join(out, "install-times.tsv")
    if os.path.exists(p):
        items = [l.rstrip("\n").split("\t") for l in open(p) if l.strip()]
        lines.append("- Peer install times (pip, into target/bench/venv): "
                     + "; ".join(f"{a} {b}" for a, b in items) + ".")
    p = os.path.join(out, "notes.txt")
    if os.path.exists(p):
        for l in open(p):
            if l.strip():
                lines.append(f"- {l.strip()}")

    text = "\n".join(lines) + "\n"
    with open(os.path.join(out, "results.md"), "w") as f:
        f.write(text)
    print(text)


if __name__ == "__main__":
    main()
