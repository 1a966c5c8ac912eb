#!/usr/bin/env bash
# Checks irkg's exports with the tools people load them into: xmllint against the GraphML XSD,
# networkx and igraph (Debian's Python), rdflib for the JSON-LD. Needs IRKG, SHARED, SAMPLES.
set -euo pipefail
py=/usr/bin/python3
for tool in xmllint "$py"; do
  command -v "$tool" >/dev/null || { echo "missing $tool: run scripts/setup.sh"; exit 1; }
done
if [ ! -f "$SHARED/schemas/graphml/graphml.xsd" ]; then
  echo "skipped: $SHARED/schemas is absent"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$IRKG" ingest "$SAMPLES" --db "$work/irkg.db" >/dev/null
for level in actor state; do
  "$IRKG" export --format graphml --level "$level" --db "$work/irkg.db" -o "$work/$level.graphml" 2>/dev/null
  "$IRKG" export --format jsonld --level "$level" --db "$work/irkg.db" -o "$work/$level.jsonld" 2>/dev/null
  xmllint --noout --schema "$SHARED/schemas/graphml/graphml.xsd" "$work/$level.graphml"
done
"$py" - "$work" <<'PY'
import sys, json
import networkx as nx
work = sys.argv[1]
for level in ("actor", "state"):
    g = nx.read_graphml(f"{work}/{level}.graphml")
    assert g.number_of_nodes() > 5 and g.number_of_edges() > 5, (level, g)
    labels = nx.get_node_attributes(g, "label")
    assert labels.get("RUS") == "Russia", labels.get("RUS")
    rel = {d["relation"] for _, _, d in g.edges(data=True)}
    assert "sanctions" in rel and "consults" in rel, rel
    print(f"networkx {level}: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges")
try:
    import igraph
    g = igraph.Graph.Read_GraphML(f"{work}/state.graphml")
    assert g.vcount() > 5
    print(f"igraph: {g.vcount()} nodes, {g.ecount()} edges")
except ImportError:
    print("igraph: not installed, skipped")
import rdflib
for level in ("actor", "state"):
    g = rdflib.Graph()
    g.parse(f"{work}/{level}.jsonld", format="json-ld")
    rus = rdflib.URIRef("urn:irkg:actor:RUS")
    usa = rdflib.URIRef("urn:irkg:actor:USA")
    sanctions = rdflib.URIRef("urn:irkg:relation:sanctions")
    assert (usa, sanctions, rus) in g, "USA sanctions RUS missing from the RDF"
    same = rdflib.URIRef("http://www.w3.org/2002/07/owl#sameAs")
    assert (rus, same, rdflib.URIRef("http://www.wikidata.org/entity/Q159")) in g, "no Wikidata link"
    print(f"rdflib {level}: {len(g)} triples")
PY
echo "exports validated"
