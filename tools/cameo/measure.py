#!/usr/bin/python3
"""What each candidate trigger does to a labelled set, by `irkg eval`.

Usage:
  measure.py IRKG GOLD.jsonl CANDIDATES.patterns [EVAL OPTIONS...] > TABLE.tsv

Candidates whose words occur in an item's text (in order, at most six words apart) are tried; the
others cannot change anything. They are added to the triggers in groups that share no item, so
that every difference from the run without them has exactly one cause, and `irkg eval` is run once
per group. For each candidate the table gives, at state level: right events gained, right events
lost, wrong events added, wrong events removed, the pattern line, and the differences themselves.
EVAL OPTIONS go to every `irkg eval` run (`--corpora ../shared/corpora`). Deterministic.
"""

import collections
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True  # no __pycache__ beside the sources
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import verbs  # noqa: E402  (slot forms, shared with the converter)


def item_texts(gold, corpora):
    """id -> lower-case words of each item's text (read from the corpora when not inline)."""
    items = [json.loads(line) for line in open(gold, encoding="utf-8") if line.strip()]
    wanted = collections.defaultdict(set)
    for it in items:
        if "text" not in it:
            wanted[it["corpus"]].add(it["doc"])
    docs = {}
    for corpus, ids in sorted(wanted.items()):
        with gzip.open(os.path.join(corpora, corpus + ".jsonl.gz"), "rt", encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                if d["id"] in ids:
                    docs[d["id"]] = d["text"].encode("utf-8")
    texts = {}
    for it in items:
        if "text" in it:
            t = it["text"]
        else:
            t = docs[it["doc"]][it["from"]:it["scored"][1]].decode("utf-8", "replace")
        texts[it["id"]] = re.findall(r"[a-z0-9']+|[^\sa-z0-9']", t.lower())
    return texts


def occurs(slots, words):
    def at(slot, pos):
        if slot == len(slots):
            return True
        if slots[slot] is None:
            return any(at(slot + 1, pos + k) for k in range(7) if pos + k <= len(words))
        return pos < len(words) and words[pos] in slots[slot] and at(slot + 1, pos + 1)

    return any(at(0, i) for i in range(len(words)) if words[i] in slots[0])


def state_differences(irkg, gold, options, patterns=None):
    cmd = [irkg, "eval", gold, "--misses", "1000000"] + options
    if patterns:
        cmd += ["--patterns", patterns]
    out = subprocess.run(cmd, capture_output=True, text=True, errors="replace", check=True).stdout
    diffs = collections.Counter()
    state = False
    # Texts may hold line breaks, so only the level headings switch sections.
    for line in out.split("\n"):
        if line.startswith("state level"):
            state = True
        elif line.startswith("actor level"):
            state = False
        parts = line.strip().split(" ", 2)
        if state and len(parts) == 3 and parts[1] in ("missed:", "wrong:"):
            diffs[(parts[0], parts[1][:-1], parts[2].split("  |")[0].strip())] += 1
    return diffs


def main(argv):
    if len(argv) < 4:
        sys.stderr.write(__doc__)
        return 2
    irkg, gold, candidates_path = argv[1:4]
    options = argv[4:]
    corpora = options[options.index("--corpora") + 1] if "--corpora" in options else "."
    texts = item_texts(gold, corpora)
    candidates = []
    for line in open(candidates_path, encoding="utf-8"):
        fields = line.rstrip("\n").split("\t")
        if line.startswith("#") or len(fields) < 3:
            continue
        slots = [verbs.slot_forms(w) for w in fields[2].split()]
        hits = sorted(i for i, words in texts.items() if occurs(slots, words))
        if hits:
            candidates.append({"line": line.rstrip("\n"), "hits": set(hits)})
    groups = []
    for c in sorted(candidates, key=lambda c: -len(c["hits"])):
        for g in groups:
            if not g["items"] & c["hits"]:
                g["members"].append(c)
                g["items"] |= c["hits"]
                break
        else:
            groups.append({"members": [c], "items": set(c["hits"])})
    base = state_differences(irkg, gold, options)
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "group.patterns")
        for g in groups:
            with open(path, "w", encoding="utf-8") as f:
                f.writelines(c["line"] + "\n" for c in g["members"])
            diffs = state_differences(irkg, gold, options, path)
            owner = {item: c for c in g["members"] for item in c["hits"]}
            for key in sorted(set(diffs) | set(base)):
                delta = diffs[key] - base[key]
                if delta:
                    c = owner.get(key[0])
                    if c is None:
                        sys.stderr.write("no candidate matches %s: %s %s\n" % key)
                        continue
                    c.setdefault("diffs", []).append((key, delta))
    print("right+\tright-\twrong+\twrong-\ttrigger\tdifferences")
    for c in candidates:
        n = collections.Counter()
        for (item, kind, event), delta in c.get("diffs", []):
            if kind == "wrong":
                n["wrong+" if delta > 0 else "wrong-"] += abs(delta)
            else:
                n["right-" if delta > 0 else "right+"] += abs(delta)
        said = "; ".join("%s %s %+d %s" % (k[0], k[1], d, k[2]) for k, d in c.get("diffs", []))
        print("%d\t%d\t%d\t%d\t%s\t%s" % (n["right+"], n["right-"], n["wrong+"], n["wrong-"],
                                          c["line"].replace("\t", " "), said))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
