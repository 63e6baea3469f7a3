#!/usr/bin/env python3
"""Exports the alias list of the built-in gazetteers for the peers: one `alias<TAB>type<TAB>canonical`
per line, from gazetteers/*.csv (the `canonical` column plus the `aliases` column split on `|`).
gazetteers/given-names.txt is not a list of names to match and is left out. Aliases are
de-duplicated case-insensitively; the first file in build.rs's priority order wins.

Usage: aliases.py GAZETTEER_DIR OUT.tsv
"""
import csv
import glob
import os
import sys

PRIORITY = ["people.csv", "organisations.csv", "organisations-cldr.csv", "countries.csv", "companies.csv"]


def main():
    gdir, out = sys.argv[1], sys.argv[2]
    files = sorted(glob.glob(os.path.join(gdir, "*.csv")),
                   key=lambda p: (PRIORITY.index(os.path.basename(p)) if os.path.basename(p) in PRIORITY
                                  else len(PRIORITY), os.path.basename(p)))
    seen = set()
    n_entries = 0
    with open(out, "w", encoding="utf-8", newline="\n") as w:
        for path in files:
            with open(path, encoding="utf-8", newline="") as f:
                reader = csv.DictReader(line for line in f if not line.startswith("#"))
                for row in reader:
                    canonical = (row.get("canonical") or "").strip()
                    label = (row.get("type") or "").strip()
                    if not canonical or not label:
                        continue
                    n_entries += 1
                    names = [canonical] + (row.get("aliases") or "").split("|")
                    for name in names:
                        name = " ".join(name.split())
                        if not name or name.lower() in seen:
                            continue
                        seen.add(name.lower())
                        w.write(f"{name}\t{label}\t{canonical}\n")
    print(f"aliases: {len(seen)} from {n_entries} entries in {len(files)} files", file=sys.stderr)


if __name__ == "__main__":
    main()
