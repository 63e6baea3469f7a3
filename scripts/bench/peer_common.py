"""Shared by the peer scripts: the alias list, the input loop, CSV output and timing."""
import argparse
import csv
import json
import resource
import sys
import time


def args(description):
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("aliases", help="alias TSV from aliases.py")
    ap.add_argument("input", help="UTF-8 text, one document per line")
    ap.add_argument("--timing", help="append a JSON line with build/match seconds here")
    return ap.parse_args()


def load_aliases(path):
    """[(alias, type, canonical)]"""
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 3:
                out.append(tuple(parts))
    return out


def lines(path):
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            yield i, line.rstrip("\n")


def writer():
    """A CSV writer on stdout: document,type,text,canonical,start,end."""
    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow(["document", "type", "text", "canonical", "start", "end"])
    return w


class Timer:
    def __init__(self, tool, opts):
        self.tool, self.opts = tool, opts
        self.t0 = time.perf_counter()
        self.t_build = None

    def built(self):
        self.t_build = time.perf_counter()

    def done(self, n_bytes, n_mentions, **extra):
        t1 = time.perf_counter()
        sys.stdout.flush()
        if self.opts.timing:
            rec = {
                "tool": self.tool,
                "build_s": self.t_build - self.t0,
                "match_s": t1 - self.t_build,
                "bytes": n_bytes,
                "mentions": n_mentions,
                "max_rss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
            }
            rec.update(extra)
            with open(self.opts.timing, "a", encoding="utf-8") as f:
                f.write(json.dumps(rec) + "\n")
