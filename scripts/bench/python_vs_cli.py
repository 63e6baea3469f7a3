#!/usr/bin/env python3
"""Throughput of the Python package against the command line, on the same documents.

Usage (in a virtual environment where the package is installed, e.g. by bindings/python/ci.sh
with GAZETTE_PY_PROFILE=release, or `pip install ./bindings/python`):

    python scripts/bench/python_vs_cli.py ../shared/data [--copies 4] [--runs 5] [--bin target/release/gazette]

The corpus is the articles of 10kGNAD's test split (DATA_DIR/news-10kgnad-de/test.csv), each
one document, repeated --copies times (4: 4,112 documents, 11 MB). It is written as JSON Lines
under target/bench-python/ (CC BY-NC-SA 4.0: never committed) for the command line, which reads
it with `--input jsonl --format jsonl` (one document a line in, one a line out, to /dev/null).
The package gets the same texts as a list of str and returns lists of dicts.

Before timing, the package's output is checked to be the command line's on every document.
Each row is the best of --runs wall-clock runs (the machine is shared: the best run is the one
least slowed down by others), with the CPU seconds it used (all threads, and the child
process for the command line), which other processes on the machine disturb less than wall
time; MB = 10^6 bytes of UTF-8 text.
"""

import argparse
import concurrent.futures
import csv
import json
import os
import pathlib
import platform
import resource
import subprocess
import sys
import time

import gazette

ROOT = pathlib.Path(__file__).resolve().parents[2]


def load_articles(data_dir):
    src = pathlib.Path(data_dir) / "news-10kgnad-de" / "test.csv"
    with open(src, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter=";", quotechar="'"))
    articles = [" ".join(r[1].split()) for r in rows if len(r) >= 2 and r[1].strip()]
    if not articles:
        sys.exit(f"no articles in {src}")
    return articles


def cpu_seconds():
    """CPU time (user + system) of this process's threads and its finished children."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def best(runs, fn):
    """Best and median wall-clock seconds, and the CPU seconds of the best run."""
    times = []
    for _ in range(runs):
        c0, t0 = cpu_seconds(), time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0, cpu_seconds() - c0))
    wall = sorted(t for t, _ in times)
    return min(times)[0], wall[len(wall) // 2], min(times)[1]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data_dir")
    ap.add_argument("--copies", type=int, default=4)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--bin", default=str(ROOT / "target" / "release" / "gazette"))
    a = ap.parse_args()

    texts = load_articles(a.data_dir) * a.copies
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    out_dir = ROOT / "target" / "bench-python"
    out_dir.mkdir(parents=True, exist_ok=True)
    jsonl = out_dir / "corpus.jsonl"
    with open(jsonl, "w", encoding="utf-8") as f:
        for i, t in enumerate(texts):
            f.write(json.dumps({"id": str(i), "text": t}, ensure_ascii=False) + "\n")

    def cli(jobs, stdout=subprocess.DEVNULL):
        return subprocess.run(
            [a.bin, "--input", "jsonl", "--format", "jsonl", "--jobs", str(jobs), "--quiet", str(jsonl)],
            check=True,
            stdout=stdout,
        )

    # Same output first: the command line's entities for every document.
    lines = cli(1, subprocess.PIPE).stdout.decode("utf-8").splitlines()
    want = {int(d["id"]): d["entities"] for d in map(json.loads, lines)}
    extractor = gazette.Extractor()
    got = extractor.extract_many(texts)
    mentions = sum(map(len, got))
    assert len(want) == len(texts) and all(got[i] == want[i] for i in range(len(texts))), "outputs differ"
    assert [extractor.extract(t) for t in texts[:200]] == got[:200]

    def threads(n):
        with concurrent.futures.ThreadPoolExecutor(max_workers=n) as pool:
            return list(pool.map(extractor.extract, texts, chunksize=64))

    rows = [
        ("CLI `--jobs 1` (JSONL in, JSONL out)", lambda: cli(1)),
        ("CLI `--jobs 2` (JSONL in, JSONL out)", lambda: cli(2)),
        ("Python: loop of `extract`", lambda: [extractor.extract(t) for t in texts]),
        ("Python: loop of `gazette.extract`", lambda: [gazette.extract(t) for t in texts]),
        ("Python: `extract` on 2 threads (ThreadPoolExecutor)", lambda: threads(2)),
        ("Python: `extract_many` (rayon, all cores)", lambda: extractor.extract_many(texts)),
    ]
    load_start = os.getloadavg()
    results = [(name, *best(a.runs, fn)) for name, fn in rows]
    load_end = os.getloadavg()
    base = results[0][1]
    print(f"{len(texts):,} documents, {mb:.1f} MB, {mentions:,} mentions; outputs identical; "
          f"best of {a.runs} runs; {os.cpu_count()} cores; Python {platform.python_version()}; "
          f"gazette {gazette.__version__}")
    print(f"load average {load_start[0]:.2f} at start, {load_end[0]:.2f} at end\n")
    base_cpu = results[0][3]
    print("| run | best s | median s | MB/s | documents/s | vs CLI `--jobs 1` | CPU s | CPU vs CLI `--jobs 1` |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, t, median, cpu in results:
        print(f"| {name} | {t:.3f} | {median:.3f} | {mb / t:.1f} | {len(texts) / t:,.0f} | {base / t:.2f}× "
              f"| {cpu:.3f} | {cpu / base_cpu:.2f}× |")


if __name__ == "__main__":
    main()
