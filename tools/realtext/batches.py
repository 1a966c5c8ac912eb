#!/usr/bin/python3
"""Writes the units of the real-text set as plain-text batches for labelling.

Usage: batches.py SHARED_DIR UNITS.jsonl OUT_DIR N [DOUBLE]
Writes OUT_DIR/batch1.txt .. batchN.txt (whole units, about the same number of scored sentences
each) and, when DOUBLE is given, OUT_DIR/double.txt: units holding about DOUBLE scored sentences,
drawn with a fixed seed from every batch, for a second, independent labelling.
"""
import gzip
import json
import random
import sys


def main():
    shared, units_path, out_dir, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    double = int(sys.argv[5]) if len(sys.argv) > 5 else 0
    units = [json.loads(l) for l in open(units_path, encoding="utf-8")]
    wanted = {u["doc"] for u in units}
    texts = {}
    for corpus in ("wikipedia-current-events", "un-general-debate"):
        with gzip.open("%s/corpora/%s.jsonl.gz" % (shared, corpus), "rt", encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                if d["id"] in wanted:
                    texts[d["id"]] = d["text"].encode()

    def render(u):
        text = texts[u["doc"]]
        lines = ["=== unit %s | %s | %s | date %s | speaker %s" %
                 (u["unit"], u["corpus"], u["doc"], u["date"], u.get("speaker") or "-")]
        for b, e in u["context"]:
            lines.append("[context] " + text[b:e].decode().replace("\n", " "))
        for k, (b, e) in enumerate(u["scored"]):
            lines.append("[s%d] %s" % (k, text[b:e].decode().replace("\n", " ")))
        return "\n".join(lines) + "\n\n"

    # Interleave kinds so that every batch holds some of each.
    total = sum(len(u["scored"]) for u in units)
    per_batch = total / n
    batches = [[] for _ in range(n)]
    counts = [0] * n
    for u in sorted(units, key=lambda u: -len(u["scored"])):
        k = min(range(n), key=lambda i: counts[i])
        batches[k].append(u)
        counts[k] += len(u["scored"])
    for k, batch in enumerate(batches):
        batch.sort(key=lambda u: u["unit"])
        with open("%s/batch%d.txt" % (out_dir, k + 1), "w", encoding="utf-8") as out:
            for u in batch:
                out.write(render(u))
        print("batch%d: %d units, %d sentences" % (k + 1, len(batch), counts[k]))
    if double:
        rng = random.Random(20261205)
        order = list(units)
        rng.shuffle(order)
        chosen, size = [], 0
        for u in order:
            if size >= double:
                break
            if len(u["scored"]) > 8:
                continue
            chosen.append(u)
            size += len(u["scored"])
        chosen.sort(key=lambda u: u["unit"])
        with open("%s/double.txt" % out_dir, "w", encoding="utf-8") as out:
            for u in chosen:
                out.write(render(u))
        print("double: %d units, %d sentences" % (len(chosen), size))
    del per_batch


if __name__ == "__main__":
    main()
