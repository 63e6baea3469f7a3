#!/usr/bin/env python3
"""Turns a CLEF HIPE-2020 TSV file into the documents and gold spans of ../shared/tools/eval_ner.py.

    scripts/eval/hipe.py HIPE_TSV OUTDIR

The shared scorer has no loader for HIPE, so this script writes OUTDIR/docs.jsonl and
OUTDIR/gold.jsonl in the scorer's own format (one document per `# document_id`, character
offsets, `ref` from the `# date` header), and `eval_ner.py score` scores them as any other corpus.

Text: tokens joined by a space unless MISC says NoSpaceAfter; a line break after a token marked
EndOfLine (the newspaper's line), so OCR line ends stay visible to gazette as they are in print.
Types: the coarse literal column (NE-COARSE-LIT): pers -> PER, loc -> LOC, org -> ORG,
time -> DATE, prod -> MISC. Nested and metonymic readings are left out, as HIPE's coarse
literal evaluation does.
"""
import json
import os
import sys

TYPES = {"pers": "PER", "loc": "LOC", "org": "ORG", "time": "DATE", "prod": "MISC"}


def documents(path):
    doc = None
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        col_tag, col_misc = header.index("NE-COARSE-LIT"), header.index("MISC")
        for line in f:
            line = line.rstrip("\n")
            if not line:
                continue
            if line.startswith("# "):
                key, _, value = line[2:].partition(" = ")
                if key == "document_id":
                    if doc and doc["tokens"]:
                        yield doc
                    doc = {"meta": dict(pending), "tokens": []}
                    doc["meta"]["document_id"] = value
                    pending.clear()
                elif doc is not None and not doc["tokens"] and key != "segment_iiif_link":
                    doc["meta"][key] = value
                elif key != "segment_iiif_link":
                    pending[key] = value
                continue
            cols = line.split("\t")
            if doc is None:
                continue
            doc["tokens"].append((cols[0], cols[col_tag], cols[col_misc]))
        if doc and doc["tokens"]:
            yield doc


pending = {}


def build(doc, prefix, n):
    text, ents, open_ent = [], [], None
    pos = 0
    for token, tag, misc in doc["tokens"]:
        flags = misc.split("|")
        start = pos
        text.append(token)
        pos += len(token)
        if tag.startswith("B-") or tag == "O" or (
            tag.startswith("I-") and (open_ent is None or open_ent["orig"] != tag[2:])
        ):
            if open_ent:
                ents.append(open_ent)
                open_ent = None
        if tag.startswith("B-") or (tag.startswith("I-") and open_ent is None):
            orig = tag[2:]
            open_ent = {"start": start, "end": pos, "type": TYPES.get(orig, orig), "orig": orig}
        elif tag.startswith("I-") and open_ent:
            open_ent["end"] = pos
        sep = "" if "NoSpaceAfter" in flags else ("\n" if "EndOfLine" in flags else " ")
        if "NoSpaceAfter" in flags and "EndOfLine" in flags:
            sep = "\n"
        text.append(sep)
        pos += len(sep)
    if open_ent:
        ents.append(open_ent)
    body = "".join(text).rstrip()
    for e in ents:
        e["text"] = body[e["start"] : e["end"]]
    did = f"{prefix}-{n:04d}"
    meta = doc["meta"]
    out = {"id": did, "text": body, "lang": meta.get("language", ""), "orig_id": meta["document_id"]}
    if meta.get("date"):
        out["ref"] = meta["date"]
    return out, {"id": did, "entities": ents}


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: hipe.py HIPE_TSV OUTDIR")
    src, outdir = sys.argv[1], sys.argv[2]
    os.makedirs(outdir, exist_ok=True)
    prefix = os.path.basename(src).replace(".tsv", "")
    with open(os.path.join(outdir, "docs.jsonl"), "w", encoding="utf-8") as d, open(
        os.path.join(outdir, "gold.jsonl"), "w", encoding="utf-8"
    ) as g:
        for n, doc in enumerate(documents(src), 1):
            a, b = build(doc, prefix, n)
            d.write(json.dumps(a, ensure_ascii=False) + "\n")
            g.write(json.dumps(b, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
