#!/usr/bin/env python3
"""Writes a made-up Wikidata JSON dump for timing `gazette gazetteer import --wikidata`.

Usage: make_wikidata_dump.py N OUT.json

The format is Wikidata's own (https://www.wikidata.org/wiki/Wikidata:Database_download#JSON_dumps):
a JSON array with one entity a line, each line but the last ending with ",", the first line "["
and the last "]". Each entity has labels and descriptions in 1 to 14 languages (5.6 on
average, some outside the import's defaults), aliases in about a third of them, 1 to 4
statements (P31 "instance of" with mainsnak/datavalue; sex, date of birth, country), some with
references, and sitelinks: about 2 KB a line, as in the real dumps' entities. About half
are of a class the import keeps by default (human, company, city...), half of others
(scholarly article, disambiguation page...), as a filtered newsroom dump might be.

Building a million entities with json.dumps takes minutes, so 20,000 entity templates are built
that way with placeholders for the QID and the names, and each line fills one in: every entity
has its own QID and its own names (made of syllables from its number, so the import's
transducer sees a million distinct names), and every run writes the same bytes (seeded).
"""

import json
import random
import sys

LANGS = ["en", "de", "fr", "es", "it", "nl", "pt", "ru", "pl", "sv", "ja", "zh", "ar", "mul"]
# (class, weight): kept by default, then not.
CLASSES = [
    ("Q5", 30), ("Q783794", 4), ("Q4830453", 3), ("Q43229", 2), ("Q7278", 1), ("Q476028", 1),
    ("Q3918", 1), ("Q11032", 1), ("Q515", 3), ("Q3957", 2), ("Q486972", 2), ("Q6256", 0.1),
    ("Q13442814", 25), ("Q4167410", 8), ("Q7187", 6), ("Q3305213", 5), ("Q11424", 5),
]
SYLLABLES = ("ka lo mi ra ne to sa ve li an er in de ul ba ko ri mo el sch ber ham ton".split())


TEMPLATES = 20000


def name(rng, words):
    """A placeholder for one of the entity's names, filled in by fill()."""
    return " ".join("@N%d@" % rng.randint(0, 5) for _ in range(words))


def word(n):
    """A made-up word for the number n, distinct for distinct n."""
    out = []
    while True:
        n, r = divmod(n, len(SYLLABLES))
        out.append(SYLLABLES[r])
        if n == 0:
            return "".join(out).capitalize()


def fill(template, i):
    line = template.replace("@Q@", str(1000000 + i))
    for k in range(6):
        line = line.replace("@N%d@" % k, word(i * 6 + k))
    return line


def statement(rng, qid, prop, value, vtype, datatype):
    s = {
        "mainsnak": {
            "snaktype": "value",
            "property": prop,
            "hash": "%040x" % rng.getrandbits(160),
            "datavalue": {"value": value, "type": vtype},
            "datatype": datatype,
        },
        "type": "statement",
        "id": "%s$%08X-%04X-%04X" % (qid, rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(16)),
        "rank": "normal",
        "references": [{"hash": "%040x" % rng.getrandbits(160), "snaks": {"P143": [{
            "snaktype": "value", "property": "P143", "datavalue": {"value": {
                "entity-type": "item", "numeric-id": 328, "id": "Q328"},
                "type": "wikibase-entityid"}, "datatype": "wikibase-item"}]},
            "snaks-order": ["P143"]}],
    }
    if rng.random() < 0.6:
        del s["references"]
    return s


def item(n):
    return {"entity-type": "item", "numeric-id": n, "id": "Q%d" % n}


def entity(rng, i):
    qid = "Q@Q@"
    classes, weights = zip(*CLASSES)
    cls = rng.choices(classes, weights)[0]
    base = name(rng, 2 if cls == "Q5" else rng.randint(1, 3))
    langs = [l for l in LANGS if rng.random() < 0.4] or ["en"]
    labels = {l: {"language": l, "value": base if rng.random() < 0.7 else name(rng, 2)} for l in langs}
    descriptions = {l: {"language": l, "value": "entity @Q@"}
                    for l in langs}
    aliases = {}
    for l in langs:
        if rng.random() < 0.3:
            aliases[l] = [{"language": l, "value": name(rng, rng.randint(1, 2))}
                          for _ in range(rng.randint(1, 3))]
    claims = {"P31": [statement(rng, qid, "P31", item(int(cls[1:])), "wikibase-entityid", "wikibase-item")]}
    if cls == "Q5":
        claims["P21"] = [statement(rng, qid, "P21", item(rng.choice([6581097, 6581072])),
                                   "wikibase-entityid", "wikibase-item")]
        claims["P569"] = [statement(rng, qid, "P569", {
            "time": "+%04d-%02d-%02dT00:00:00Z" % (rng.randint(1900, 2005), rng.randint(1, 12), rng.randint(1, 28)),
            "timezone": 0, "before": 0, "after": 0, "precision": 11,
            "calendarmodel": "http://www.wikidata.org/entity/Q1985727"}, "time", "time")]
    if rng.random() < 0.5:
        claims["P17"] = [statement(rng, qid, "P17", item(rng.choice([183, 142, 30, 145, 38])),
                                   "wikibase-entityid", "wikibase-item")]
    sitelinks = {}
    for l in langs[:2]:
        if l != "mul":
            site = l + "wiki"
            sitelinks[site] = {"site": site, "title": labels[l]["value"], "badges": []}
    return {
        "type": "item", "id": qid, "labels": labels, "descriptions": descriptions,
        # Wikidata writes an empty map as [] (PHP); the import must take both.
        "aliases": aliases or [], "claims": claims, "sitelinks": sitelinks,
        "pageid": 900000 + i, "ns": 0, "title": qid, "lastrevid": 2000000000 + i,
        "modified": "2025-01-01T00:00:00Z",
    }


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    n, out = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(9)
    templates = [json.dumps(entity(rng, t), ensure_ascii=False, separators=(",", ":"))
                 for t in range(min(n, TEMPLATES))]
    with open(out, "w", encoding="utf-8") as f:
        f.write("[\n")
        for i in range(n):
            f.write(fill(templates[rng.randrange(len(templates))], i))
            f.write(",\n" if i + 1 < n else "\n")
        f.write("]\n")


if __name__ == "__main__":
    main()
