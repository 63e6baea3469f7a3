#!/usr/bin/env python3
"""Builds the benchmark inputs from the 10kGNAD test split (German news, one article per line).

Usage: make_corpus.py DATA_DIR OUT_DIR [--mb 100] [--files 200] [--spacy-mb 2] [--dateparser-mb 1]

Writes into OUT_DIR:
  corpus.txt        the articles, one per line, repeated until at least --mb MB (10^6 bytes)
  corpus.jsonl      the same lines as {"id": N, "text": ...}
  corpus_dir/       corpus.txt cut into --files files of whole lines (for the directory test)
  slice-spacy.txt   the first articles of corpus.txt, at least --spacy-mb MB
  slice-dateparser.txt  the first articles, at least --dateparser-mb MB
  corpus-small.txt  the 1,028 articles once (for GAZETTE_BENCH_CORPUS)
  berlin.txt        "Berlin\n" (start-up)
The corpus is CC BY-NC-SA 4.0: these files stay under target/ and are never committed.
"""
import argparse
import csv
import json
import os
import shutil
import sys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("data_dir")
    ap.add_argument("out_dir")
    ap.add_argument("--mb", type=float, default=100)
    ap.add_argument("--files", type=int, default=200)
    ap.add_argument("--spacy-mb", type=float, default=2)
    ap.add_argument("--dateparser-mb", type=float, default=1)
    a = ap.parse_args()

    src = os.path.join(a.data_dir, "news-10kgnad-de", "test.csv")
    with open(src, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter=";", quotechar="'"))
    articles = [" ".join(r[1].split()) for r in rows if len(r) >= 2 and r[1].strip()]
    if not articles:
        sys.exit(f"no articles in {src}")
    os.makedirs(a.out_dir, exist_ok=True)
    target = int(a.mb * 1e6)

    lines = []
    size = 0
    while size < target:
        for art in articles:
            lines.append(art)
            size += len(art.encode("utf-8")) + 1
            if size >= target:
                break

    def write_lines(path, ls):
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            for line in ls:
                f.write(line)
                f.write("\n")

    write_lines(os.path.join(a.out_dir, "corpus.txt"), lines)
    write_lines(os.path.join(a.out_dir, "corpus-small.txt"), articles)
    with open(os.path.join(a.out_dir, "corpus.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, line in enumerate(lines):
            f.write(json.dumps({"id": i, "text": line}, ensure_ascii=False))
            f.write("\n")

    d = os.path.join(a.out_dir, "corpus_dir")
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    per = -(-len(lines) // a.files)
    for k in range(a.files):
        chunk = lines[k * per:(k + 1) * per]
        if chunk:
            write_lines(os.path.join(d, f"part-{k:04d}.txt"), chunk)

    for name, mb in (("slice-spacy.txt", a.spacy_mb), ("slice-dateparser.txt", a.dateparser_mb)):
        out, n = [], 0
        for line in lines:
            if n >= mb * 1e6:
                break
            out.append(line)
            n += len(line.encode("utf-8")) + 1
        write_lines(os.path.join(a.out_dir, name), out)

    with open(os.path.join(a.out_dir, "berlin.txt"), "w", encoding="utf-8") as f:
        f.write("Berlin\n")
    print(f"corpus: {len(lines)} lines, {size / 1e6:.1f} MB from {len(articles)} articles; "
          f"{min(a.files, -(-len(lines) // per))} files in corpus_dir/", file=sys.stderr)


if __name__ == "__main__":
    main()
