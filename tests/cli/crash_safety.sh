#!/usr/bin/env bash
# Killing `irkg ingest` (SIGKILL) at several moments and running it again gives the same graph
# and the same evidence keys as one clean run; a reader works while an ingest runs; a second
# ingest into the same database waits or fails clearly. Needs IRKG and SAMPLES.
set -euo pipefail
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Many short articles, so that an ingest runs long enough to be killed in the middle.
/usr/bin/python3 - "$work/news.jsonl" <<'PY'
import sys
texts = ["Russia and China held talks in Beijing on Monday.",
         "The United States imposed sanctions on Iran.",
         "Kyiv said Russian forces attacked Ukraine overnight.",
         "France sent aid to Mali."]
with open(sys.argv[1], "w") as f:
    for i in range(20000):
        f.write('{"id": "a%d", "date": "2023-%02d-15", "text": "%s"}\n' % (i, 1 + i % 12, texts[i % 4]))
PY
snapshot() {
  "$IRKG" stats --db "$1" --json
  "$IRKG" export --format graphml --db "$1" 2>/dev/null
}
"$IRKG" ingest "$work/news.jsonl" "$SAMPLES" --db "$work/clean.db" >/dev/null
snapshot "$work/clean.db" >"$work/clean.txt"
for delay in 0.05 0.3 0.8 1.5; do
  db="$work/killed-$delay.db"
  "$IRKG" ingest "$work/news.jsonl" "$SAMPLES" --db "$db" >/dev/null 2>&1 &
  pid=$!
  sleep "$delay"
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  "$IRKG" ingest "$work/news.jsonl" "$SAMPLES" --db "$db" >/dev/null
  snapshot "$db" | sed "s|$db|$work/clean.db|" >"$work/killed.txt"
  if ! cmp -s "$work/clean.txt" "$work/killed.txt"; then
    echo "killed after ${delay}s and run again: the database differs from a clean run"
    diff "$work/clean.txt" "$work/killed.txt" | head -5
    exit 1
  fi
done
# A reader while an ingest writes, and a second writer.
db="$work/busy.db"
"$IRKG" ingest "$SAMPLES" --db "$db" >/dev/null
"$IRKG" ingest "$work/news.jsonl" --db "$db" >"$work/first.txt" 2>&1 &
pid=$!
sleep 0.3
"$IRKG" stats --db "$db" | grep -q '^.*: 8 articles' || { echo "stats during an ingest failed"; exit 1; }
set +e
"$IRKG" ingest "$work/news.jsonl" --db "$db" >"$work/second.txt" 2>&1
second=$?
set -e
wait "$pid"
if [ "$second" -ne 0 ]; then
  grep -q "^irkg: error: $db: cannot write: database is locked (another irkg ingest may be writing to it)$" \
    "$work/second.txt" || { echo "unclear failure of a second ingest:"; cat "$work/second.txt"; exit 1; }
fi
"$IRKG" stats --db "$db" --json | grep -q '"articles":20008' || { echo "articles lost"; exit 1; }
echo "crash safety: ok"
