#!/usr/bin/python3
"""Draw mentions of people, groups and organisations from the 2015-2026 items of ../shared/corpora
and record what irkg resolves each to.

Usage (from the repository root, after a release build):
    /usr/bin/python3 tools/coverage/sample.py draw [N] > /tmp/coverage_draw.tsv
    /usr/bin/python3 tools/coverage/sample.py resolve DRAW.tsv DATA_DIR > /tmp/resolved.tsv

`draw` shuffles the items dated 2015-01-01..2026-12-31 of both corpora with random.Random(SEED)
and takes one candidate from each item in that order until N (default 520) are drawn: a title
followed by a name ("Foreign Minister Sergei Lavrov"), a run of two or more capitalised words, or
an acronym, that is not only a state's name, adjective or capital (states are measured by
tests/data/actor_mentions.tsv). It writes byte offsets, never the corpus text: corpus, doc, date,
the byte range of the paragraph (the context irkg reads) and of the mention.
A larger N continues the same sequence: `draw 900` gives rows 1-520 of `draw 520` unchanged, then
rows 521-900 (the extension appended to the judged sample); `draw 1300` adds the fresh sample.
`resolve` runs `irkg actors resolve` on each paragraph with the knowledge base of DATA_DIR and
adds the id, type and affiliation irkg gives the mention ("-" when it gives none).
`score` resolves the in-scope rows of the judged sample with the current build and prints the
shares (right actor; right actor or right state/organisation; the same among mentions that act for
a state, organisation or group), both as recorded in verdict_after and as the build resolves now:
    /usr/bin/python3 tools/coverage/sample.py score tests/data/coverage_sample.tsv ingest/data
and `score FILE DATA_DIR FIRST LAST` only data rows FIRST..LAST: the held-out part of the fresh
sample, tests/data/coverage_sample_fresh.tsv (rows 901-1300 of `draw 1300`, judged blind), is
    /usr/bin/python3 tools/coverage/sample.py score tests/data/coverage_sample_fresh.tsv ingest/data 201 400

The judged sample is tests/data/coverage_sample.tsv (its header says what each column means);
tests/ingest/coverage_sample_test.cc holds the mentions judged resolved right.
"""

import gzip
import json
import os
import random
import re
import subprocess
import sys

SEED = 20261204
REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPORA = os.path.join(REPO, "..", "shared", "corpora")
IRKG = os.path.join(REPO, "build", "release", "cli", "irkg")

TITLE = (r"(?:President|Prime Minister|Foreign Minister|Defen[cs]e Minister|Interior Minister|"
         r"Minister|Secretary of State|Secretary-General|Secretary General|Chancellor|King|Queen|"
         r"Emir|Crown Prince|Ambassador|Envoy|General|Gen\.|Senator|Governor|Chairman|Leader|"
         r"Pope|Ayatollah|Sheikh|Commander)")
WORD = r"[A-Z][\w'\u2019.-]*"
NAME = WORD + r"(?:\s+(?:(?:of|for|the|and|de|al|bin|van|von|da)\s+)?" + WORD + r"){0,4}"
PATTERNS = [
    re.compile(r"\b" + TITLE + r"\s+" + NAME),
    re.compile(r"\b" + WORD + r"(?:\s+(?:(?:of|for|the|and|de|al)\s+)?" + WORD + r"){1,5}"),
    re.compile(r"\b[A-Z]{2,6}\b"),
]
SKIP_WORDS = {"January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday",
              "Thursday", "Friday", "Saturday", "Sunday", "The", "In", "On", "A", "An", "Mr",
              "Mr.", "Madam", "At", "As", "It", "We", "I", "This", "Our", "My"}


def state_words():
    words = set()
    with open(os.path.join(REPO, "ingest", "data", "states.actors"), encoding="utf-8") as f:
        for line in f:
            key, _, value = line.partition("=")
            if key.strip() in ("names", "adjectives", "metonyms"):
                words.update(w.strip() for w in value.split(";"))
    return words


def items():
    for corpus in ("wikipedia-current-events", "un-general-debate"):
        with gzip.open(os.path.join(CORPORA, corpus + ".jsonl.gz"), "rt", encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                if "2015-01-01" <= d.get("date", "") <= "2026-12-31":
                    yield corpus, d


def candidates(text, states):
    found = set()
    for p in PATTERNS:
        for m in p.finditer(text):
            s = m.group(0).rstrip(".")
            words = s.split()
            if not words or words[0] in SKIP_WORDS and len(words) == 1:
                continue
            while words and words[0] in SKIP_WORDS:
                words = words[1:]
            s = " ".join(words)
            if not s or s in states or all(w in states or w in SKIP_WORDS for w in words):
                continue
            start = text.find(s, m.start())
            if start >= 0:
                found.add((start, start + len(s)))
    return sorted(found)


def draw(n):
    states = state_words()
    pool = list(items())
    random.Random(SEED).shuffle(pool)
    print("corpus\tdoc\tdate\tpara_from\tpara_to\tbegin\tend")
    rng = random.Random(SEED + 1)
    taken = 0
    for corpus, d in pool:
        if taken >= n:
            break
        text = d["text"]
        cands = candidates(text, states)
        if not cands:
            continue
        b, e = rng.choice(cands)
        pb = text.rfind("\n", 0, b) + 1
        pe = text.find("\n", e)
        pe = len(text) if pe < 0 else pe
        enc = lambda i: len(text[:i].encode("utf-8"))
        print(f"{corpus}\t{d['id']}\t{d['date']}\t{enc(pb)}\t{enc(pe)}\t{enc(b)}\t{enc(e)}")
        taken += 1


def load_docs(wanted):
    docs = {}
    for corpus, d in items():
        if (corpus, d["id"]) in wanted:
            docs[(corpus, d["id"])] = (d["text"].encode("utf-8"), d.get("title", ""))
    return docs


def resolve_rows(rows, data_dir):
    """What irkg resolves the mention of each row to: [id, type, affiliation, mention text]."""
    docs = load_docs({(r[0], r[1]) for r in rows})
    env = dict(os.environ, IRKG_DATA_DIR=data_dir)
    results = []
    for r in rows:
        text, title = docs[(r[0], r[1])]
        pf, pt, b, e = (int(x) for x in r[3:7])
        para = text[pf:pt].decode("utf-8")
        mb = len(text[pf:b].decode("utf-8"))
        me = len(text[pf:e].decode("utf-8"))
        # A UN General Debate statement speaks for its state ("ungd-CYP-79-2024") to the UN,
        # as irkg extract reads the corpus's speaker_country.
        speech = ["--speaker", r[1].split("-")[1], "--addressee", "UN"] if r[0] == "un-general-debate" else []
        # The item's headline places it as extraction reads it ("COVID-19 pandemic in Luxembourg").
        out = subprocess.run([IRKG, "actors", "--json", "resolve", para, "--date", r[2], "--title",
                              title] + speech,
                             capture_output=True, text=True, env=env).stdout
        got = ["-", "-", "-"]
        try:
            mentions = json.loads(out)
        except json.JSONDecodeError:
            mentions = []
        for m in mentions:
            s, t = m["span"]
            if s < me and mb < t:
                got = [m["id"], m["type"], m.get("affiliation") or m["id"]]
                # An official or body the article's discourse does not place stands for nobody.
                if m.get("stands_for_nobody") and m.get("by_discourse"):
                    got = ["-", "-", "-"]
                break
        results.append(got + [para[mb:me]])
    return results


def resolve(path, data_dir):
    rows = [l.rstrip("\n").split("\t") for l in open(path, encoding="utf-8")]
    header, rows = rows[0], rows[1:]
    print("\t".join(header + ["id", "type", "affiliation", "mention"]))
    for r, got in zip(rows, resolve_rows(rows, data_dir)):
        print("\t".join(r + got))


def verdict(gold_id, gold_state, got_id, got_affiliation):
    """The verdict rule of the judged sample (it reproduces every hand verdict of rows 1-520)."""
    if got_id == "-":
        return "none"
    if got_id == gold_id:
        return "actor"
    if gold_state not in ("-", "?") and gold_state in (got_id, got_affiliation):
        return "state"
    return "wrong"


def score(path, data_dir, first=1, last=None):
    """Shares over the in-scope rows of the judged sample (data rows FIRST..LAST, counted from 1
    after the header): as recorded (verdict_after) and as the current build resolves them now (the
    verdict rule applied to the judged gold columns)."""
    rows = []
    index = 0
    for n, l in enumerate(open(path, encoding="utf-8"), 1):
        if l.startswith("#"):
            continue
        f = l.rstrip("\n").split("\t")
        if f[0] == "corpus":
            continue
        index += 1
        if index < first or (last is not None and index > last):
            continue
        if f[7] != "X":
            rows.append((n, f))
    live = resolve_rows([f for _, f in rows], data_dir)

    def shares(name, verdicts):
        from collections import Counter
        c = Counter(verdicts)
        n = len(verdicts)
        print(f"{name}: n={n} actor={c['actor']} state={c['state']} wrong={c['wrong']} "
              f"none={c['none']} | right actor {c['actor'] / n:.3f} | right actor or "
              f"state/organisation {(c['actor'] + c['state']) / n:.3f}")

    for label, pick in (("recorded (verdict_after)", lambda i, f: f[15]),
                        ("current build", lambda i, f: verdict(f[8], f[9], live[i][0], live[i][2]))):
        v = [(f, pick(i, f)) for i, (_, f) in enumerate(rows)]
        print(f"== {label}")
        shares("all in-scope", [x for _, x in v])
        shares("acting for a state/organisation/group (gold_state not - or ?)",
               [x for f, x in v if f[9] not in ("-", "?")])
        for scope in "PGO":
            shares(f"  scope {scope}", [x for f, x in v if f[7] == scope])
    for i, (n, f) in enumerate(rows):
        now = verdict(f[8], f[9], live[i][0], live[i][2])
        if now != f[15] or live[i][0] != f[12]:
            print(f"line {n}: recorded {f[12]} ({f[15]}), now {live[i][0]}/{live[i][2]} ({now}): "
                  f"{live[i][3]}")


if __name__ == "__main__":
    if sys.argv[1] == "draw":
        draw(int(sys.argv[2]) if len(sys.argv) > 2 else 520)
    elif sys.argv[1] == "resolve":
        resolve(sys.argv[2], sys.argv[3])
    elif sys.argv[1] == "score":
        span = [int(x) for x in sys.argv[4:6]]
        score(sys.argv[2], sys.argv[3], *span)
