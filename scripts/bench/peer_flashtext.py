#!/usr/bin/env python3
"""Peer: flashtext 2.7 KeywordProcessor (case-insensitive) over the same aliases as gazette."""
from flashtext import KeywordProcessor

import peer_common as pc


def main():
    opts = pc.args(__doc__)
    timer = pc.Timer("flashtext", opts)
    kp = KeywordProcessor(case_sensitive=False)
    # flashtext's word characters are ASCII only; add the Latin letters of German and other
    # European languages so that "Oman" is not found inside "Romané".
    kp.non_word_boundaries |= {chr(c) for c in range(0xC0, 0x250) if chr(c).isalpha()}
    for alias, label, canonical in pc.load_aliases(opts.aliases):
        kp.add_keyword(alias, (label, canonical))
    timer.built()
    w = pc.writer()
    n_bytes = n = 0
    for i, line in pc.lines(opts.input):
        n_bytes += len(line.encode("utf-8")) + 1
        for (label, canonical), start, end in kp.extract_keywords(line, span_info=True):
            w.writerow([i, label, line[start:end], canonical, start, end])
            n += 1
    timer.done(n_bytes, n)


if __name__ == "__main__":
    main()
