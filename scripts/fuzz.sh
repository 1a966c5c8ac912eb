#!/usr/bin/env bash
# Builds the libFuzzer targets (the fuzz preset: clang, address and undefined-behaviour
# sanitizers) and runs each for SECONDS (default 60). Seeds come from fuzz/seeds/TARGET (real
# lines of the samples and the shipped data); what the fuzzer learns is kept in
# build/fuzz/corpus/TARGET, and a crashing input is written to build/fuzz/crash-TARGET-*.
# Usage: bash scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(fuzz_article_reader fuzz_knowledge_files fuzz_extract fuzz_exporters)
fi
bash scripts/install-deps.sh fuzz
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j"$(nproc)" --target "${targets[@]}"
for target in "${targets[@]}"; do
  corpus=build/fuzz/corpus/$target
  mkdir -p "$corpus"
  echo "fuzz: $target for ${seconds}s"
  # One article line or file of up to 64 KB; the reader's own limits are tested in the unit tests.
  build/fuzz/fuzz/"$target" -max_total_time="$seconds" -max_len=65536 -timeout=30 \
    -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix="build/fuzz/crash-$target-" \
    "$corpus" "fuzz/seeds/$target" 2>&1 | grep -E '^(stat::number_of_executed_units|#[0-9]+ +DONE|==[0-9]+==|SUMMARY|INFO: seed corpus)' || true
  if ls build/fuzz/crash-"$target"-* >/dev/null 2>&1; then
    echo "fuzz: $target crashed; inputs: $(ls build/fuzz/crash-"$target"-*)" >&2
    exit 1
  fi
done
echo "fuzz: ok"
