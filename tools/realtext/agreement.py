#!/usr/bin/python3
"""Agreement between two independent labellings of the same sentences.

Usage: agreement.py LABELS_A.jsonl LABELS_B.jsonl
Scores B against A over the sentences both labelled: events match on (source, relation, target,
negated), hypothetical events left out, as `irkg eval` scores. Prints event-level precision,
recall and F1 (F1 is symmetric), and Cohen's kappa on whether a sentence holds any event.
"""
import json
import sys


def read(path):
    out = {}
    for line in open(path, encoding="utf-8"):
        rec = json.loads(line)
        out[(rec["unit"], rec["s"])] = {
            (e["source"], e["relation"], e["target"], bool(e.get("negated")))
            for e in rec["events"] if e.get("mode", "asserted") != "hypothetical"}
    return out


def main():
    a, b = read(sys.argv[1]), read(sys.argv[2])
    common = sorted(set(a) & set(b))
    tp = sum(len(a[k] & b[k]) for k in common)
    fa = sum(len(a[k] - b[k]) for k in common)
    fb = sum(len(b[k] - a[k]) for k in common)
    p = tp / (tp + fb) if tp + fb else 1.0
    r = tp / (tp + fa) if tp + fa else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    n = len(common)
    ya = [bool(a[k]) for k in common]
    yb = [bool(b[k]) for k in common]
    observed = sum(x == y for x, y in zip(ya, yb)) / n
    pa, pb = sum(ya) / n, sum(yb) / n
    expected = pa * pb + (1 - pa) * (1 - pb)
    kappa = (observed - expected) / (1 - expected) if expected < 1 else 1.0
    # Agreement on pairs alone, and on relation given the pair.
    pairs_a = {(k, e[0], e[2]) for k in common for e in a[k]}
    pairs_b = {(k, e[0], e[2]) for k in common for e in b[k]}
    pair_tp = len(pairs_a & pairs_b)
    pair_f1 = 2 * pair_tp / (len(pairs_a) + len(pairs_b)) if pairs_a or pairs_b else 1.0
    print("%d sentences labelled twice; events: %d in A, %d in B, %d in both" %
          (n, tp + fa, tp + fb, tp))
    print("event F1 %.3f (B against A: precision %.3f, recall %.3f)" % (f1, p, r))
    print("actor-pair F1 %.3f (ignoring relation and negation)" % pair_f1)
    print("sentence has-event kappa %.3f (observed agreement %.3f)" % (kappa, observed))


if __name__ == "__main__":
    main()
