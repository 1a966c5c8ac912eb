#!/usr/bin/env bash
# Installs what is missing, builds irkg (release preset) and runs the main job on samples/:
# ingest the articles, print a summary of the graph, write GraphML, GEXF and JSON-LD exports.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release -j"$(nproc)"
irkg=build/release/cli/irkg
mkdir -p out
rm -f out/irkg.db out/irkg.db-wal out/irkg.db-shm
"$irkg" ingest samples --db out/irkg.db
"$irkg" stats --db out/irkg.db --level state
"$irkg" export --format graphml --db out/irkg.db -o out/irkg.graphml
"$irkg" export --format graphml --level state --db out/irkg.db -o out/irkg-states.graphml
"$irkg" export --format gexf --db out/irkg.db -o out/irkg.gexf
"$irkg" export --format jsonld --db out/irkg.db -o out/irkg.jsonld
echo "database: out/irkg.db"
echo "exports:  out/irkg.graphml (actors), out/irkg-states.graphml (states), out/irkg.gexf (Gephi"
echo "          with its timeline), out/irkg.jsonld"
echo "irkg:     $irkg (try: $irkg path Russia Turkey --db out/irkg.db --level state)"
