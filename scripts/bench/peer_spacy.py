#!/usr/bin/env python3
"""Peer: spaCy 3.8 EntityRuler (phrase patterns matched on LOWER) in a blank German pipeline."""
import spacy

import peer_common as pc


def main():
    opts = pc.args(__doc__)
    timer = pc.Timer("spacy", opts)
    nlp = spacy.blank("de")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})
    patterns = [{"label": label, "pattern": alias, "id": canonical}
                for alias, label, canonical in pc.load_aliases(opts.aliases)]
    ruler.add_patterns(patterns)
    timer.built()
    w = pc.writer()
    docs = list(pc.lines(opts.input))
    n_bytes = sum(len(t.encode("utf-8")) + 1 for _, t in docs)
    n = 0
    for (i, _), doc in zip(docs, nlp.pipe((t for _, t in docs), batch_size=64)):
        for ent in doc.ents:
            w.writerow([i, ent.label_, ent.text, ent.ent_id_, ent.start_char, ent.end_char])
            n += 1
    timer.done(n_bytes, n, patterns=len(patterns))


if __name__ == "__main__":
    main()
