#!/usr/bin/python3
"""Builds the real-text gold files that `irkg eval` reads from the units and their labels.

Usage: build.py DIR
DIR holds units.jsonl (from sample.py) and labels.jsonl (one line per scored sentence:
{unit, s, events}); writes DIR/dev.jsonl and DIR/test.jsonl, one item per unit:
{id, corpus, doc, date, speaker?, from, scored: [begin, end], state_events}. The items carry byte
offsets into the corpus documents, not their text: `irkg eval --corpora DIR` reads the text.
"""
import json
import sys

RELATIONS = {
    "agrees-with", "consults", "supports", "concedes-to", "cooperates-with", "aids",
    "retreats-from", "requests-from", "accuses", "rejects", "threatens", "protests-against",
    "sanctions", "mobilizes-against", "coerces", "assaults",
}


def main():
    directory = sys.argv[1]
    units = [json.loads(l) for l in open(directory + "/units.jsonl", encoding="utf-8")]
    labels = {}
    for n, line in enumerate(open(directory + "/labels.jsonl", encoding="utf-8"), 1):
        rec = json.loads(line)
        for e in rec["events"]:
            if e["relation"] not in RELATIONS:
                sys.exit("labels.jsonl:%d: unknown relation %r" % (n, e["relation"]))
            if e["source"] == e["target"]:
                sys.exit("labels.jsonl:%d: source and target are both %s" % (n, e["source"]))
        labels[(rec["unit"], rec["s"])] = rec["events"]
    outputs = {"dev": [], "test": []}
    for u in units:
        events = []
        seen = set()
        for k in range(len(u["scored"])):
            if (u["unit"], k) not in labels:
                sys.exit("unit %s sentence %d has no label" % (u["unit"], k))
            for e in labels[(u["unit"], k)]:
                key = (e["source"], e["relation"], e["target"], bool(e.get("negated")),
                       e.get("mode", "asserted"))
                if key in seen:
                    continue
                seen.add(key)
                events.append({"source": key[0], "relation": key[1], "target": key[2],
                               "negated": key[3], "mode": key[4], "sentence": k})
        item = {"id": u["unit"], "corpus": u["corpus"], "doc": u["doc"], "date": u["date"]}
        if u.get("speaker"):
            item["speaker"] = u["speaker"]
            item["addressee"] = "UN"  # a General Debate speech addresses the Assembly's President
        begin = u["context"][0][0] if u["context"] else u["scored"][0][0]
        item["from"] = begin
        item["scored"] = [u["scored"][0][0], u["scored"][-1][1]]
        item["state_events"] = events
        outputs[u["split"]].append(item)
    for split, items in outputs.items():
        with open("%s/%s.jsonl" % (directory, split), "w", encoding="utf-8") as out:
            for item in items:
                out.write(json.dumps(item, ensure_ascii=False) + "\n")
        positives = sum(1 for i in items for e in i["state_events"]
                        if e["mode"] != "hypothetical")
        print("%s: %d units, %d positive events" % (split, len(items), positives))


if __name__ == "__main__":
    main()
