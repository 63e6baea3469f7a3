#!/usr/bin/env python3
"""Peer: pyahocorasick 2.3.1 Automaton over the lower-cased aliases, leftmost-longest
(`iter_long`), keeping matches that start and end at word boundaries."""
import ahocorasick

import peer_common as pc


def main():
    opts = pc.args(__doc__)
    timer = pc.Timer("pyahocorasick", opts)
    a = ahocorasick.Automaton()
    for alias, label, canonical in pc.load_aliases(opts.aliases):
        key = alias.lower()
        if key not in a:
            a.add_word(key, (len(key), label, canonical))
    a.make_automaton()
    timer.built()
    w = pc.writer()
    n_bytes = n = 0
    for i, line in pc.lines(opts.input):
        n_bytes += len(line.encode("utf-8")) + 1
        low = line.lower()
        if len(low) != len(line):  # rare: lower-casing changed the length; offsets follow `low`
            line = low
        size = len(low)
        for end, (length, label, canonical) in a.iter_long(low):
            start = end - length + 1
            if start > 0 and low[start - 1].isalnum():
                continue
            if end + 1 < size and low[end + 1].isalnum():
                continue
            w.writerow([i, label, line[start:end + 1], canonical, start, end + 1])
            n += 1
    timer.done(n_bytes, n)


if __name__ == "__main__":
    main()
