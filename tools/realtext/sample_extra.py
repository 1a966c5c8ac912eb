#!/usr/bin/python3
"""Draws a second, smaller sample for irkg's real-text labelled set, from documents the first
sample (units.jsonl) did not use.

Deterministic (seed 777 unless given). 180 single trigger-bearing sentences from Wikipedia items and 180 from
UN General Debate statements, each with up to three sentences of context, chosen as sample.py
chooses its singles. Units alternate between "dev" (studied) and "test" (held out).

Usage: sample_extra.py SHARED_DIR UNITS.jsonl[,MORE_UNITS.jsonl...] OUT.jsonl [SEED [PREFIX]]
(documents in any of the given unit files are skipped; unit ids are PREFIX0001, ...; "d2" unless
given)
"""
import json
import random
import sys

import sample

SEED = 777
PER_CORPUS = 180


def main():
    shared, earlier, out_path = sys.argv[1], sys.argv[2], sys.argv[3]
    seed = int(sys.argv[4]) if len(sys.argv) > 4 else SEED
    prefix = sys.argv[5] if len(sys.argv) > 5 else "d2"
    used = set()
    for path in earlier.split(","):
        used |= {json.loads(line)["doc"] for line in open(path, encoding="utf-8")}
    rng = random.Random(seed)
    bearing = sample.trigger_bearing(shared)
    units = []
    for corpus in ("wikipedia-current-events", "un-general-debate"):
        docs = [d for d in sample.read("%s/corpora/%s.jsonl.gz" % (shared, corpus))
                if d["id"] not in used]
        order = list(range(len(docs)))
        rng.shuffle(order)
        units += sample.singles(docs, order, PER_CORPUS, corpus, rng, bearing)
    with open(out_path, "w", encoding="utf-8") as out:
        for n, u in enumerate(units):
            u["unit"] = "%s%04d" % (prefix, n + 1)
            u["split"] = "dev" if n % 2 == 0 else "test"
            out.write(json.dumps(u, ensure_ascii=False) + "\n")
    print("%d units" % len(units))


if __name__ == "__main__":
    main()
