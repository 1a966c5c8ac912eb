#!/usr/bin/env bash
# Whole-process timings of the query commands of the release build on a database of both shared
# corpora (built here when absent): each query run 21 times, median and maximum wall time.
# Usage: bash bench/queries.sh [DB]   (default: a temporary database, ingested first)
# Prints a Markdown table; docs/BENCHMARKS.md keeps the results with the machine they ran on.
set -euo pipefail
cd "$(dirname "$0")/.."
irkg=build/release/cli/irkg
corpora=../shared/corpora
if [ ! -x "$irkg" ]; then
  cmake --preset release >/dev/null && cmake --build --preset release -j"$(nproc)" >/dev/null
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db=${1:-$work/both.db}
if [ ! -f "$db" ]; then
  if [ ! -d "$corpora" ]; then
    echo "skipped: $corpora is absent"
    exit 0
  fi
  start=$(date +%s.%N)
  "$irkg" ingest "$corpora/wikipedia-current-events.jsonl.gz" "$corpora/un-general-debate.jsonl.gz" \
    --db "$db" --threads 2 >"$work/ingest.txt"
  end=$(date +%s.%N)
  echo "ingest of both corpora: $(cat "$work/ingest.txt") in $(echo "$end - $start" | bc) s"
fi
"$irkg" stats --db "$db" | head -2
/usr/bin/python3 - "$irkg" "$db" <<'PY'
import statistics, subprocess, sys, time
irkg, db = sys.argv[1], sys.argv[2]
queries = [
    ["--help"],
    ["path", "Moscow", "Kyiv", "--level", "state"],
    ["path", "Iran", "Venezuela"],
    ["neighbors", "Russia"],
    ["neighbors", "Russia", "--level", "state", "--relation", "conflict", "--since", "2020"],
    ["evidence", "Russia", "Ukraine", "--level", "state"],
    ["timeline", "Turkey", "--by", "year"],
    ["top", "--level", "state", "--since", "2018", "--until", "2018", "--relation", "conflict"],
    ["stats"],
]
print("| command | median ms | max ms |")
print("|---|---|---|")
for q in queries:
    args = [irkg] + q + ([] if q == ["--help"] else ["--db", db])
    times = []
    for _ in range(21):
        t = time.perf_counter()
        subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append((time.perf_counter() - t) * 1000)
    print(f"| `irkg {' '.join(q)}` | {statistics.median(times):.1f} | {max(times):.1f} |")
PY
