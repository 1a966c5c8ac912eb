#!/usr/bin/env bash
# Installs what is missing, builds the dev preset (warnings are errors) and runs every test:
# unit tests, CLI golden tests, export validation, and the formatting check.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev -j"$(nproc)"
ctest --preset dev -j"$(nproc)"
# Formatting: the whole tree must match .clang-format.
files=$(git ls-files '*.cc' '*.h' 2>/dev/null || find . -path ./build -prune -o \( -name '*.cc' -o -name '*.h' \) -print)
if ! echo "$files" | xargs clang-format --dry-run -Werror 2>/tmp/irkg-format.log; then
  head -20 /tmp/irkg-format.log
  echo "formatting differs from .clang-format: run scripts/format.sh" >&2
  exit 1
fi
echo "format: ok"
