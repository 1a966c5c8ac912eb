#!/usr/bin/env bash
# Installs the Debian 12 packages irkg builds and tests with, when any is missing. Run as root.
# With the argument "fuzz", also clang and its libFuzzer and sanitizer runtimes (scripts/fuzz.sh).
set -euo pipefail
packages=(
  cmake g++ make pkg-config
  libboost-graph-dev rapidjson-dev libsqlitecpp-dev libsqlite3-dev doctest-dev libcli11-dev
  libicu-dev zlib1g-dev libisal-dev libjemalloc-dev
  clang-format libxml2-utils jing python3 python3-networkx python3-rdflib python3-igraph
)
if [ "${1:-}" = "fuzz" ]; then
  packages+=(clang libclang-rt-14-dev)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "installing: ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
  echo "irkg: error: missing packages and not root: apt-get install ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
