#!/usr/bin/python3
"""Draws a random sample of extracted events for judging by hand, as docs/QUALITY.md describes.

Usage: sample_events.py EVENTS.jsonl N SEED > sample.txt
EVENTS.jsonl is the output of `irkg extract`; the sample is random.sample(lines, N) after
random.seed(SEED), numbered from 1, each with its sentence and the event at the state level.
"""
import json
import random
import sys


def main():
    path, n, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    lines = open(path, encoding="utf-8").read().splitlines()
    random.seed(seed)
    for k, line in enumerate(random.sample(lines, n), 1):
        e = json.loads(line)
        s, t = e["source"], e["target"]
        reported = " reported_by=%s" % e["reported_by"]["id"] if e.get("reported_by") else ""
        print("### %d | article %s | date %s\nSENTENCE: %s\nEVENT: %s (%s) --%s--> %s (%s)%s "
              "mode=%s%s\n" % (k, e["article"], e.get("date"), e["text"], s["id"],
                               s.get("affiliation") or s["id"], e["relation"], t["id"],
                               t.get("affiliation") or t["id"],
                               " NEGATED" if e["negated"] else "", e["mode"], reported))


if __name__ == "__main__":
    main()
