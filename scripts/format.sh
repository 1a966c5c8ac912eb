#!/usr/bin/env bash
# Applies .clang-format to every C++ file of the tree.
set -euo pipefail
cd "$(dirname "$0")/.."
git ls-files '*.cc' '*.h' | xargs clang-format -i
