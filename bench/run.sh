#!/usr/bin/env bash
# Whole-process benchmarks of the release build over the shared corpora: knowledge-base load,
# extraction throughput, ingest throughput, export time, and peak resident memory.
# Usage: bash bench/run.sh [CORPUS]   (default: ../shared/corpora/wikipedia-current-events.jsonl.gz)
# Prints a Markdown table; docs/BENCHMARKS.md keeps the results with the machine they ran on.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpora/wikipedia-current-events.jsonl.gz}
irkg=build/release/cli/irkg
if [ ! -x "$irkg" ] || [ ! -x build/release/bench/irkg_bench_recognize ]; then
  cmake --preset release >/dev/null && cmake --build --preset release -j"$(nproc)" >/dev/null
fi
if [ ! -f "$corpus" ]; then
  echo "skipped: $corpus is absent"
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Bytes of article text (the "text" fields), the unit of throughput.
text_bytes=$(/usr/bin/python3 -c '
import gzip, json, sys
n = b = 0
with gzip.open(sys.argv[1], "rt", encoding="utf-8") as f:
    for line in f:
        d = json.loads(line); n += 1; b += len(d.get("text", "").encode())
print(n, b)' "$corpus")
articles=${text_bytes% *}
bytes=${text_bytes#* }

# run LABEL COMMAND...: best of five wall-clock times (seconds) and the peak RSS (KiB).
run() {
  local best="" rss=""
  for _ in 1 2 3 4 5; do
    /usr/bin/time -f "%e %M" -o "$work/time" "${@:2}" >/dev/null 2>"$work/err" || {
      cat "$work/err" >&2
      return 1
    }
    read -r secs kib <"$work/time"
    if [ -z "$best" ] || awk "BEGIN{exit !($secs < $best)}"; then best=$secs; rss=$kib; fi
  done
  echo "$best $rss"
}

load=$(run load bash -c "$irkg extract - </dev/null")
extract=$(run extract "$irkg" extract "$corpus")
extract2=$(run extract "$irkg" extract --threads 2 "$corpus")
recognize=$(build/release/bench/irkg_bench_recognize ingest/data "$corpus" | tail -1)
rm -f "$work/b.db"*
ingest=$(/usr/bin/time -f "%e %M" "$irkg" ingest "$corpus" --db "$work/b.db" 2>&1 >/dev/null | tail -1)
export_graphml=$(run export "$irkg" export --format graphml --db "$work/b.db" -o "$work/g.graphml")
export_jsonld=$(run export "$irkg" export --format jsonld --db "$work/b.db" -o "$work/g.jsonld")
events=$("$irkg" extract "$corpus" 2>/dev/null | wc -l)

# One long article of 1, 4 and 16 MB (the corpus's texts run together): time should grow with
# the length, not faster.
/usr/bin/python3 -c '
import gzip, json, sys
text = []
size = 0
with gzip.open(sys.argv[1], "rt", encoding="utf-8") as f:
    for line in f:
        t = json.loads(line).get("text", "")
        text.append(t)
        size += len(t)
        if size > 16_000_000:
            break
text = " ".join(text)
for mb in (1, 4, 16):
    with open("%s/long%d.jsonl" % (sys.argv[2], mb), "w", encoding="utf-8") as out:
        json.dump({"id": "long", "date": "2020-01-01", "text": text[: mb * 1_000_000]}, out)
        out.write("\n")' "$corpus" "$work"
long1=$(run long "$irkg" extract "$work/long1.jsonl")
long4=$(run long "$irkg" extract "$work/long4.jsonl")
long16=$(run long "$irkg" extract "$work/long16.jsonl")

mb=$(awk "BEGIN{printf \"%.1f\", $bytes/1e6}")
rate() { awk "BEGIN{printf \"%.1f\", $bytes/1e6/$1}"; }
printf '| measure | result |\n|---|---|\n'
printf '| corpus | %s: %s articles, %s MB of text, %s events |\n' "$(basename "$corpus")" "$articles" "$mb" "$events"
printf '| knowledge base load (extract on empty input) | %s s, peak RSS %s MB |\n' "${load% *}" "$(( ${load#* } / 1024 ))"
printf '| actor recognition alone (text in memory) | %s |\n' "${recognize#recognition: }"
printf '| extract, one thread | %s s = %s MB/s, peak RSS %s MB |\n' "${extract% *}" "$(rate "${extract% *}")" "$(( ${extract#* } / 1024 ))"
printf '| extract, --threads 2 | %s s = %s MB/s, peak RSS %s MB |\n' "${extract2% *}" "$(rate "${extract2% *}")" "$(( ${extract2#* } / 1024 ))"
printf '| ingest into a new database | %s s = %s MB/s, peak RSS %s MB |\n' "${ingest% *}" "$(rate "${ingest% *}")" "$(( ${ingest#* } / 1024 ))"
printf '| export GraphML (actor level) | %s s, peak RSS %s MB |\n' "${export_graphml% *}" "$(( ${export_graphml#* } / 1024 ))"
printf '| export JSON-LD (actor level) | %s s, peak RSS %s MB |\n' "${export_jsonld% *}" "$(( ${export_jsonld#* } / 1024 ))"
for mb in 1 4 16; do
  v=long$mb
  printf '| extract, one article of %s MB | %s s, peak RSS %s MB |\n' "$mb" "${!v% *}" "$(( ${!v#* } / 1024 ))"
done
