#!/usr/bin/python3
"""Draws the sentences of irkg's real-text labelled set from ../shared/corpora.

Deterministic: the same corpora and seed give the same units, byte for byte. Three kinds of unit:
  doc      a whole Wikipedia current-events item, every sentence of it;
  passage  consecutive sentences of a UN General Debate statement, every sentence of them;
  single   one sentence that holds an event word (from the PETRARCH-2 CAMEO verb dictionary) and a
           capitalised word after its first, with up to three sentences before it as context.
Units are split into dev and test by unit, so that no context is shared between the two parts.

Usage: sample.py SHARED_DIR OUT.jsonl   (SHARED_DIR holds corpora/ and dictionaries/)
Each output line is one unit: corpus, doc id, date, speaker, split, and the byte spans of its
sentences in the document's UTF-8 text ("context" sentences are read, not scored).
"""
import gzip
import json
import random
import re
import sys

SEED = 20261204
WIKI_DOCS = 120          # whole items
UN_PASSAGES = 26         # statements, one passage each
UN_PASSAGE_SENTENCES = 16
WIKI_SINGLES = 560
UN_SINGLES = 500
TEST_SHARE = 0.45

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "capt", "maj", "adm", "gov", "sen",
    "rep", "rev", "prof", "jr", "sr", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.n", "u.k",
    "e.g", "i.e", "a.m", "p.m", "fig", "art", "para", "op", "cf", "approx", "est", "mt", "ft",
}
BOUNDARY = re.compile(r'[.!?]["\u201d\u2019)]*\s+(?=["\u201c(]?[A-Z0-9])')


def paragraphs(text):
    """(start, text) of each paragraph. Many UN statements are hard-wrapped: a line that does not
    end a sentence runs on into the next line."""
    out = []
    start = None
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            if start is None:
                start = pos
            if re.search(r'[.!?:;"\u201d\u2019)]\s*$', line):
                out.append((start, text[start:end]))
                start = None
        elif start is not None:
            out.append((start, text[start:pos - 1]))
            start = None
        pos = end + 1
    if start is not None:
        out.append((start, text[start:]))
    return out


def split_sentences(text):
    """Byte spans [begin, end) of the sentences of `text` (str), in UTF-8 bytes."""
    spans = []
    for base, para in paragraphs(text):
        start = 0
        for m in BOUNDARY.finditer(para):
            before = para[start:m.start() + 1]
            last_word = re.findall(r"([A-Za-z.]+)\.$", before)
            if last_word and (last_word[0].lower().rstrip(".") in ABBREVIATIONS or
                              re.fullmatch(r"[A-Z]", last_word[0].rstrip("."))):
                continue
            end = m.end()
            spans.append((base + start, base + end))
            start = end
        if start < len(para):
            spans.append((base + start, base + len(para)))
    out = []
    for b, e in spans:
        piece = text[b:e]
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece) - len(piece.rstrip())
        b, e = b + lead, e - trail
        if e > b:
            out.append((len(text[:b].encode()), len(text[:e].encode())))
    return out


def event_words(dictionary_path):
    """Verb forms of the CAMEO verb blocks that carry a code outside 01 (public statements)."""
    words = set()
    block_verbs, block_codes = [], []

    def flush():
        if any(not c.startswith("01") and c != "---" for c in block_codes):
            for v in block_verbs:
                words.update(v)
    in_patterns = False
    with open(dictionary_path, encoding="latin-1") as f:
        for raw in f:
            line = raw.split("#")[0].rstrip()
            if "VERB PATTERNS" in raw:
                in_patterns = True
                continue
            if not in_patterns or not line.strip():
                continue
            if line.startswith("---"):
                flush()
                block_verbs, block_codes = [], []
                continue
            if line.startswith("-"):
                block_codes += re.findall(r"\[([0-9:]+|---)\]", line)
                continue
            if line.startswith(("&", "+", "~")):
                continue
            head = line.split("{")[0].split()
            if len(head) != 1:
                continue  # multi-word verbs: their first word is enough to find them below
            base = head[0].lower()
            forms = {base, base + "s", base + "es", base + "ed", base + "d", base + "ing"}
            if base.endswith("e"):
                forms.add(base[:-1] + "ing")
            if base.endswith("y"):
                forms.update({base[:-1] + "ies", base[:-1] + "ied"})
            for irregular in re.findall(r"\{([^}]*)\}", line):
                forms.update(w.lower() for w in irregular.split())
            block_verbs.append(forms)
    flush()
    return words


def read(path):
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)


def trigger_bearing(shared):
    """A test of whether a sentence holds an event word (from the CAMEO verb dictionary) and a
    capitalised word after its first."""
    triggers = event_words(shared + "/dictionaries/petrarch2/CAMEO.2.0.txt")
    word = re.compile(r"[A-Za-z][A-Za-z'-]*")

    def bearing(sentence):
        tokens = word.findall(sentence)
        return (any(t.lower() in triggers for t in tokens) and
                any(t[0].isupper() for t in tokens[1:]))
    return bearing


def singles(docs, order, count, corpus, rng, bearing):
    """One trigger-bearing sentence from each document in `order` that has one, until `count`."""
    out = []
    for i in order:
        if len(out) == count:
            break
        d = docs[i]
        spans = split_sentences(d["text"])
        text = d["text"].encode()
        candidates = [k for k, (b, e) in enumerate(spans) if bearing(text[b:e].decode())]
        if not candidates:
            continue
        k = rng.choice(candidates)
        unit = {"kind": "single", "corpus": corpus, "doc": d["id"], "date": d["date"]}
        if "speaker_country" in d:
            unit["speaker"] = d.get("speaker_country")
        unit.update({"context": spans[max(0, k - 3):k], "scored": [spans[k]]})
        out.append(unit)
    return out


def main():
    shared, out_path = sys.argv[1], sys.argv[2]
    rng = random.Random(SEED)
    bearing = trigger_bearing(shared)

    units = []
    # Wikipedia: whole items, and single sentences from other items.
    wiki = list(read(shared + "/corpora/wikipedia-current-events.jsonl.gz"))
    order = list(range(len(wiki)))
    rng.shuffle(order)
    taken = set()
    for i in order[:WIKI_DOCS]:
        d = wiki[i]
        spans = split_sentences(d["text"])
        units.append({"kind": "doc", "corpus": "wikipedia-current-events", "doc": d["id"],
                      "date": d["date"], "context": [], "scored": spans})
        taken.add(i)
    units += singles(wiki, order[WIKI_DOCS:], WIKI_SINGLES, "wikipedia-current-events", rng,
                     bearing)
    del wiki
    # UN General Debate: one passage from each of some statements, single sentences from others.
    un = list(read(shared + "/corpora/un-general-debate.jsonl.gz"))
    order = list(range(len(un)))
    rng.shuffle(order)
    for i in order[:UN_PASSAGES]:
        d = un[i]
        spans = split_sentences(d["text"])
        start = rng.randrange(max(1, len(spans) - UN_PASSAGE_SENTENCES))
        units.append({"kind": "passage", "corpus": "un-general-debate", "doc": d["id"],
                      "date": d["date"], "speaker": d.get("speaker_country"),
                      "context": spans[max(0, start - 3):start],
                      "scored": spans[start:start + UN_PASSAGE_SENTENCES]})
    units += singles(un, order[UN_PASSAGES:], UN_SINGLES, "un-general-debate", rng, bearing)
    # Split by unit.
    split_rng = random.Random(SEED + 1)
    for n, u in enumerate(units):
        u["unit"] = "rt%04d" % (n + 1)
        u["split"] = "test" if split_rng.random() < TEST_SHARE else "dev"
    with open(out_path, "w", encoding="utf-8") as out:
        for u in units:
            out.write(json.dumps(u, ensure_ascii=False) + "\n")
    scored = sum(len(u["scored"]) for u in units)
    test = sum(len(u["scored"]) for u in units if u["split"] == "test")
    print("%d units, %d scored sentences (%d test, %d dev)" % (len(units), scored, test,
                                                                scored - test))


if __name__ == "__main__":
    main()
