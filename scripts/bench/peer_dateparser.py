#!/usr/bin/env python3
"""Peer: dateparser `search_dates` (languages de, en) on each line; dates only, no gazetteers.
The alias argument is accepted for a uniform command line and ignored."""
from dateparser.search import search_dates

import peer_common as pc


def main():
    opts = pc.args(__doc__)
    timer = pc.Timer("dateparser", opts)
    settings = {"RETURN_AS_TIMEZONE_AWARE": False}
    search_dates("am 3. Oktober 2024", languages=["de", "en"], settings=settings)  # load data
    timer.built()
    w = pc.writer()
    n_bytes = n = 0
    for i, line in pc.lines(opts.input):
        n_bytes += len(line.encode("utf-8")) + 1
        found = search_dates(line, languages=["de", "en"], settings=settings) or []
        pos = 0
        for text, value in found:
            start = line.find(text, pos)
            if start < 0:
                start = line.find(text)
            end = start + len(text) if start >= 0 else -1
            pos = max(pos, end)
            w.writerow([i, "date", text, value.date().isoformat(), start, end])
            n += 1
    timer.done(n_bytes, n)


if __name__ == "__main__":
    main()
