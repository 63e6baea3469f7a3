#!/usr/bin/env python3
"""Scaling out: gazette as a `pipe()` stage in PySpark (local mode).

Each Spark partition streams its JSON Lines through one `gazette --input jsonl --format jsonl`
process; gazette writes exactly one JSON object per input line, in order, so the output RDD
lines up with the input. The script checks that every document comes back (same ids, same
order, one output line per input line) and exits non-zero if not.

Usage (normally through examples/spark_pipe.sh, which builds gazette and the venv):
    python examples/spark_pipe.py [INPUT.jsonl] [--gazette PATH] [--partitions N] [--from-10kgnad DIR]

Without INPUT, a sample JSONL of a few hundred documents is written to target/spark/sample.jsonl:
made from the project's own benchmark texts (benches/texts/), or with --from-10kgnad DIR from
the articles of DIR/news-10kgnad-de/test.csv. Each input line must be a JSON object with "id" and
"text" fields.
"""
import argparse
import collections
import csv
import json
import os
import random
import shlex
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def sample_from_texts(path, n=400):
    """Documents made of sentences of benches/texts/{de,en}.txt, plus a few awkward ones."""
    sentences = []
    for name in ("de.txt", "en.txt"):
        with open(os.path.join(ROOT, "benches", "texts", name), encoding="utf-8") as f:
            text = f.read()
        sentences += [s.strip() + "." for s in text.replace("\n", " ").split(". ") if s.strip()]
    rng = random.Random(42)
    docs = []
    for i in range(n):
        k = rng.randint(1, 6)
        docs.append({"id": f"doc-{i:04d}", "text": " ".join(rng.choice(sentences) for _ in range(k))})
    # Edge cases: empty text, no entities, quotes and a line break inside the JSON string,
    # non-Latin script, a numeric id.
    docs.append({"id": "empty", "text": ""})
    docs.append({"id": "nothing", "text": "nichts zu finden hier, nothing to find here"})
    docs.append({"id": "quotes", "text": 'He said "Berlin"\nand then: \u201eFrankreich\u201c am 3. Oktober 2024.'})
    docs.append({"id": "cyrillic", "text": "Германия и Франция подписали договор."})
    docs.append({"id": 12345, "text": "Olaf Scholz met Emmanuel Macron in Paris."})
    write_jsonl(path, docs)


def sample_from_10kgnad(data_dir, path, n=500):
    src = os.path.join(data_dir, "news-10kgnad-de", "test.csv")
    with open(src, encoding="utf-8", newline="") as f:
        rows = [r for r in csv.reader(f, delimiter=";", quotechar="'") if len(r) >= 2]
    docs = [{"id": f"10kgnad-{i}", "label": r[0], "text": r[1]} for i, r in enumerate(rows[:n])]
    write_jsonl(path, docs)


def write_jsonl(path, docs):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("input", nargs="?", help="JSON Lines file with id and text fields")
    ap.add_argument("--gazette", default=os.path.join(ROOT, "target", "release", "gazette"))
    ap.add_argument("--partitions", type=int, default=4)
    ap.add_argument("--from-10kgnad", metavar="DIR", help="make the sample from DIR/news-10kgnad-de/test.csv")
    a = ap.parse_args()

    gazette = os.path.abspath(a.gazette)
    if not os.access(gazette, os.X_OK):
        sys.exit(f"error: {gazette} is not an executable (run cargo build --release)")
    path = a.input
    if path is None:
        path = os.path.join(ROOT, "target", "spark", "sample.jsonl")
        if a.from_10kgnad:
            sample_from_10kgnad(a.from_10kgnad, path)
        else:
            sample_from_texts(path)
    path = os.path.abspath(path)

    def id_of(line):
        try:
            doc = json.loads(line)
        except ValueError:
            return None  # not JSON: gazette reports it; the check below still counts the line
        return doc.get("id") if isinstance(doc, dict) else None

    with open(path, encoding="utf-8") as f:
        sent = [id_of(line) for line in f if line.strip()]

    from pyspark.sql import SparkSession

    spark = (
        SparkSession.builder.master("local[2]")
        .appName("gazette-pipe")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    sc = spark.sparkContext

    command = f"{shlex.quote(gazette)} --input jsonl --format jsonl --quiet"
    lines = sc.textFile(path, minPartitions=a.partitions).filter(lambda line: line.strip() != "")
    partitions = lines.getNumPartitions()
    try:
        out = lines.pipe(command, checkCode=True).collect()
    except Exception as e:  # a gazette process exited non-zero (Py4JJavaError)
        first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        print(f"FAILED: the pipe stage failed: {first}", file=sys.stderr)
        return 1
    finally:
        spark.stop()

    results = [json.loads(line) for line in out]
    got = [r.get("id") for r in results]
    labels = collections.Counter(e["type"] for r in results for e in r["entities"])
    print(f"input: {path}")
    print(f"stage: sc.textFile(...).pipe({command!r}) over {partitions} partitions, local[2]")
    print(f"documents sent: {len(sent)}, output lines: {len(out)}, "
          f"mentions: {sum(labels.values())} ({', '.join(f'{k} {v}' for k, v in sorted(labels.items()))})")
    shown = 0
    for r in results:
        for e in r["entities"][:2]:
            print(f"  {r['id']!s:>12}  {e['type']:<12} {e['text']!r} -> {e.get('canonical')!r} {e.get('value') or e.get('id') or ''}")
            shown += 1
        if shown >= 8:
            break

    ok = True
    if len(out) != len(sent):
        print(f"MISMATCH: {len(sent)} documents sent, {len(out)} lines came back", file=sys.stderr)
        ok = False
    if collections.Counter(map(json.dumps, got)) != collections.Counter(map(json.dumps, sent)):
        missing = collections.Counter(map(json.dumps, sent)) - collections.Counter(map(json.dumps, got))
        extra = collections.Counter(map(json.dumps, got)) - collections.Counter(map(json.dumps, sent))
        print(f"MISMATCH: ids missing {list(missing)[:5]}, unexpected {list(extra)[:5]}", file=sys.stderr)
        ok = False
    elif got != sent:
        print("MISMATCH: every id came back, but not in input order", file=sys.stderr)
        ok = False
    print("OK: every document came back, one line per input line, in order" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
