#!/usr/bin/python3
"""Candidate relation triggers from the PETRARCH-2 CAMEO verb dictionary.

Reads CAMEO.2.0.txt (PETRARCH-2, Open Event Data Alliance, MIT licence) and the CAMEO-to-PLOVER
table, and writes irkg trigger lines (`RELATION<TAB>CAMEO<TAB>PATTERN[<TAB>FLAGS]`, the format of
ingest/data/FORMAT.md) for what translates faithfully into irkg's linear pattern language:

  * every verb of a verb block that carries a code (its own or its block's), as `v:verb`;
  * every pattern made only of words after the verb: object nouns, `{multi word}` noun phrases and
    `(PREP noun)` phrases, as `v:verb .. word .. prep .. noun`. A pattern is written for the verb its
    comment names (the verb it was coded for), or for every verb of its block when the comment names
    none of them.

What needs the parse or actor positions is skipped and counted by reason: words before the verb
(subject nouns), synsets (`&NAME`), actor markers (`$ + ^ %`), codes with no event (`---`), codes
irkg has no relation for (CAMEO 01, public statements), candidates that an existing trigger of
ingest/data/relations.patterns already covers (same words slot by slot, whatever the relation),
and candidates that different lines of the dictionary give different relations.

CAMEO codes go to irkg relations through the CAMEO-to-PLOVER table (longest code prefix that the
table lists), with irkg's two departures from it: appeals (CAMEO 02) are requests-from, and
embargoes and sanctions (163) are sanctions. A paired code `[a:b]` gives `a` (source to target);
`[:b]` gives `b` with the `reverse` flag; `[a:a]` the `sym` flag.

Usage:
  verbs.py [--keep KEEP] [--check FILE] [--stats] VERBS PLOVER PATTERNS > OUT

With --keep, only the candidates KEEP lists (`keep<TAB>PATTERN` lines) are written, with the file
header; without it every candidate is written, each preceded by a comment naming its source lines.
With --check, nothing is written: the exit status says whether FILE equals the output (0), differs
(1) or the dictionaries are absent (77, a skipped test). The output is deterministic: candidates
come in dictionary order.
"""

import re
import sys

PLOVER_TO_RELATION = {
    "AGREE": "agrees-with",
    "CONSULT": "consults",
    "SUPPORT": "supports",
    "COOPERATE": "cooperates-with",
    "AID": "aids",
    "CONCEDE": "concedes-to",
    "RETREAT": "retreats-from",
    "REQUEST": "requests-from",
    "ACCUSE": "accuses",
    "REJECT": "rejects",
    "THREATEN": "threatens",
    "PROTEST": "protests-against",
    "MOBILIZE": "mobilizes-against",
    "SANCTION": "sanctions",
    "COERCE": "coerces",
    "ASSAULT": "assaults",
}

HEADER = """\
# Relation triggers converted from the PETRARCH-2 CAMEO verb dictionary (CAMEO.2.0.txt,
# openeventdata/petrarch2, MIT licence, Copyright (c) 2015 Open Event Data Alliance), with CAMEO
# codes mapped to irkg relations through the CAMEO-to-PLOVER table (PLOVER draft 0.8, 2021).
# Only the candidates that the real-text dev set showed to help, or whose sense in news is
# unambiguous, are kept: tools/cameo/keep.txt lists them with the evidence. Do not edit by hand;
# regenerate with
#   /usr/bin/python3 tools/cameo/verbs.py --keep tools/cameo/keep.txt \\
#     ../shared/dictionaries/petrarch2/CAMEO.2.0.txt \\
#     ../shared/dictionaries/plover/CAMEO2PLOVER-2021.txt \\
#     ingest/data/relations.patterns > ingest/data/cameo-verbs.patterns
# Format: ingest/data/FORMAT.md.
"""


def read_plover(path):
    """CAMEO code -> PLOVER type, from lines `CODE: TYPE, mode, context # label`."""
    table = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^(\d+):\s*([A-Z]+)", line)
            if m and len(m.group(1)) >= 3:
                table.setdefault(m.group(1), m.group(2))
    return table


def relation_for(code, plover):
    """The irkg relation of a CAMEO code, or None."""
    if code.startswith("01"):
        return None
    if code.startswith("02"):
        return "requests-from"
    if code.startswith("163"):
        return "sanctions"
    for n in range(len(code), 2, -1):
        if code[:n] in plover:
            return PLOVER_TO_RELATION.get(plover[code[:n]])
    return None


def third_person(w):
    if w.endswith(("s", "x", "z", "ch", "sh", "o")):
        return w + "es"
    if len(w) > 1 and w.endswith("y") and w[-2] not in "aeiou":
        return w[:-1] + "ies"
    return w + "s"


def verb_forms(spec):
    """The forms irkg generates for `v:spec` (mirrors VerbForms in relation_lexicon.cc)."""
    parts = spec.split("/")
    base = parts[0]
    forms = [base, third_person(base)]
    stem = base
    if len(parts) > 1:
        forms += parts[1:3]
        past = parts[1]
        if len(past) > len(base) + 2 and past.endswith("ed") and past[-3] == past[-4]:
            stem = past[:-2]
    elif base.endswith("e"):
        forms.append(base + "d")
    elif len(base) > 1 and base.endswith("y") and base[-2] not in "aeiou":
        forms.append(base[:-1] + "ied")
    else:
        forms.append(base + "ed")
    if stem == base and base.endswith("e") and not base.endswith("ee") and len(base) > 2:
        stem = base[:-1]
    if base.endswith("ie"):
        stem = base[:-2] + "y"
    forms.append(stem + "ing")
    return set(forms)


def slot_forms(word):
    if word == "..":
        return None
    if word.startswith("v:"):
        return verb_forms(word[2:])
    if word.startswith("n:"):
        return {word[2:], third_person(word[2:])}
    return {word}


def covered(pattern, existing):
    """True when an existing pattern has as many slots and shares a form in every one."""
    slots = [slot_forms(w) for w in pattern.split()]
    for other in existing:
        if len(other) != len(slots):
            continue
        if all((a is None) == (b is None) and (a is None or a & b) for a, b in zip(slots, other)):
            return True
    return False


def read_existing(path):
    existing = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if line.startswith("#") or len(fields) < 3:
                continue
            existing.append([slot_forms(w) for w in fields[2].lower().split()])
    return existing


def verb_spec(entry):
    """A verb line's words as irkg pattern words: `+ASK_FOR {...}` -> ['v:ask', 'for']."""
    m = re.match(r"^([^\s{\[#]+)\s*(?:\{([^}]*)\})?", entry)
    words = m.group(1).lower().split("_")
    words = [w for w in words if w]
    irregular = m.group(2)
    if irregular is not None and not irregular.strip():
        return [w.lstrip("+") for w in words]  # `{}`: no inflected forms
    head = next((i for i, w in enumerate(words) if w.startswith("+")), 0)
    base = words[head].lstrip("+")
    spec = base
    if irregular:
        forms = []
        for form in irregular.split():
            parts = [p for p in form.lower().split("_") if p]
            word = next((p for p in parts if p.startswith("+")), parts[min(head, len(parts) - 1)])
            forms.append(word.lstrip("+"))
        past = [f for f in forms if not f.endswith("ing") and f not in (base, third_person(base))
                and f != base + "s"]
        if past:
            spec = base + "/" + "/".join(past[:2])
        else:
            spec = base + "/" + base  # PUT {PUTS PUTTING}: the past is the base
    out = [w.lstrip("+") for w in words]
    out[head] = "v:" + spec
    return out


def split_elements(text):
    """Pattern text -> elements: words, `{...}` phrases and `(...)` phrases."""
    return re.findall(r"\{[^}]*\}|\([^)]*\)|[^\s{}()]+", text)


def element_words(element):
    """Pattern words for one element after the verb, or None when it cannot be written."""
    if element.startswith("("):
        inner = split_elements(element[1:-1])
        if not inner:
            return None
        out = []
        for i, e in enumerate(inner):
            words = element_words(e)
            if words is None:
                return None
            if i > 0:
                out.append("..")
            out += words
        return out
    if element.startswith("{"):
        words = element[1:-1].split()
        if any(re.search(r"[^A-Za-z'_-]", w) for w in words) or not words:
            return None
        return [p for w in words for p in w.lower().split("_") if p]
    if re.search(r"[^A-Za-z'_-]", element):
        return None
    return [p for p in element.lower().split("_") if p]


def main(argv):
    keep_path = None
    check_path = None
    stats = False
    args = []
    i = 1
    while i < len(argv):
        if argv[i] == "--keep":
            keep_path = argv[i + 1]
            i += 2
        elif argv[i] == "--check":
            check_path = argv[i + 1]
            i += 2
        elif argv[i] == "--stats":
            stats = True
            i += 1
        else:
            args.append(argv[i])
            i += 1
    if len(args) != 3:
        sys.stderr.write(__doc__)
        return 2
    verbs_path, plover_path, patterns_path = args
    for path in (verbs_path, plover_path):
        try:
            open(path, "rb").close()
        except OSError as e:
            sys.stderr.write("%s: %s\n" % (path, e.strerror))
            return 77 if check_path else 1
    plover = read_plover(plover_path)
    existing = read_existing(patterns_path)

    skipped = {}
    read = {"verb lines": 0, "patterns": 0, "for the whole block": 0}

    def skip(reason):
        skipped[reason] = skipped.get(reason, 0) + 1

    candidates = {}  # pattern -> [relation, code, flags, sources]
    order = []
    conflicts = set()

    def resolve(code, kind):
        """(relation, code, flags) of a dictionary code, or None after counting why not."""
        first, _, second = code.partition(":")
        reverse = bool(second) and not first
        code = (second if reverse else first).rstrip("?!")
        if code == "---" or not code:
            skip(kind + ": code '---' (no event)")
            return None
        relation = relation_for(code, plover)
        if relation is None:
            skip(kind + ": code with no irkg relation (CAMEO 01 or unlisted)")
            return None
        flags = "reverse" if reverse else ("sym" if second.rstrip("?!") == code else "")
        return relation, code, flags

    def add(pattern, resolved, source):
        relation, code, flags = resolved
        if covered(pattern, existing):
            skip("candidate covered by relations.patterns")
            return
        if pattern in candidates:
            c = candidates[pattern]
            if c[0] != relation:
                conflicts.add(pattern)
            c[3].append(source)
            skip("candidate made again (another verb line or block)")
            return
        candidates[pattern] = [relation, code, flags, [source]]
        order.append(pattern)

    with open(verbs_path, encoding="latin-1") as f:
        lines = f.read().split("\n")
    in_verbs = False
    block_code = None
    block_verbs = []  # (name, words)
    for line_no, raw in enumerate(lines, 1):
        line = raw.rstrip()
        if line.startswith("####### VERB PATTERNS"):
            in_verbs = True
            continue
        if not in_verbs or not line.strip() or line.lstrip().startswith("#"):
            continue
        source = "CAMEO.2.0.txt:%d" % line_no
        if line.startswith("---"):
            m = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]", line)
            block_code = m.group(2).strip() if m else "---"
            block_verbs = []
            continue
        if line.startswith("&") or line.startswith("~"):
            block_code = None
            block_verbs = []
            continue
        if line.startswith("-"):
            read["patterns"] += 1
            body, _, comment = line[1:].partition("#")
            m = re.match(r"^(.*)\[([^\]]*)\]\s*$", body.strip())
            if not m:
                skip("pattern: unreadable")
                continue
            text, code = m.group(1), m.group(2).strip()
            if "*" not in text:
                skip("pattern: unreadable")
                continue
            before, _, after = text.partition("*")
            if before.strip():
                skip("pattern: words before the verb (subject nouns)")
                continue
            if "&" in after:
                skip("pattern: synset (&NAME)")
                continue
            if re.search(r"[$+^%]", after):
                skip("pattern: actor marker ($ + ^ %)")
                continue
            words = []
            ok = True
            for e in split_elements(after):
                w = element_words(e)
                if w is None:
                    ok = False
                    break
                words += [".."] + w
            if not ok or not words:
                skip("pattern: unreadable" if not ok else "pattern: bare verb (same as the verb line)")
                continue
            resolved = resolve(code, "pattern")
            if resolved is None:
                continue
            named = comment.split()[0].upper() if comment.split() else ""
            targets = [v for v in block_verbs if v[0] == named]
            if not targets:
                targets = block_verbs
                read["for the whole block"] += 1
            for _, verb_words in targets:
                add(" ".join(verb_words + words), resolved, source)
            continue
        if block_code is None:
            continue
        entry = line.split("#")[0].strip()
        if not entry:
            continue
        m = re.search(r"\[([^\]]*)\]\s*$", entry)
        code = m.group(1).strip() if m else block_code
        entry = entry[: m.start()].strip() if m else entry
        read["verb lines"] += 1
        name = re.sub(r"[{\s].*", "", entry).replace("+", "")
        words = verb_spec(entry)
        block_verbs.append((name, words))
        resolved = resolve(code, "verb line")
        if resolved is not None:
            add(" ".join(words), resolved, source)

    for pattern in sorted(conflicts):
        skip("candidate whose codes disagree across the dictionary")
    kept_patterns = [p for p in order if p not in conflicts]

    keep = None
    if keep_path:
        keep = []
        with open(keep_path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                fields = line.rstrip("\n").split("\t")
                if fields[0] == "keep" and len(fields) >= 2:
                    if fields[1] not in candidates or fields[1] in conflicts:
                        sys.stderr.write("%s:%d: no candidate '%s'\n" % (keep_path, n, fields[1]))
                        return 1
                    keep.append(fields[1])
        keep = set(keep)

    out = []
    if keep is not None:
        out.append(HEADER)
    else:
        out.append("# Candidate triggers from CAMEO.2.0.txt (all of them); see tools/cameo/verbs.py.\n")
    written = 0
    for pattern in kept_patterns:
        relation, code, flags, sources = candidates[pattern]
        if keep is not None and pattern not in keep:
            continue
        if keep is None:
            out.append("# %s\n" % " ".join(sources[:3]))
        fields = [relation, code, pattern] + ([flags] if flags else [])
        out.append("\t".join(fields) + "\n")
        written += 1
    text = "".join(out)
    if check_path:
        with open(check_path, encoding="utf-8") as f:
            if f.read() != text:
                sys.stderr.write("%s: differs from the output of tools/cameo/verbs.py; regenerate it "
                                 "with the command in its header\n" % check_path)
                return 1
    else:
        sys.stdout.write(text)
    if stats:
        sys.stderr.write("read: %d verb lines, %d patterns (%d translated patterns name no verb of "
                         "their block and go to all of its verbs)\n"
                         % (read["verb lines"], read["patterns"], read["for the whole block"]))
        sys.stderr.write("candidates written: %d\n" % written)
        sys.stderr.write("candidates (distinct, codes agree): %d\n" % len(kept_patterns))
        for reason, n in sorted(skipped.items(), key=lambda kv: -kv[1]):
            sys.stderr.write("skipped %6d  %s\n" % (n, reason))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
