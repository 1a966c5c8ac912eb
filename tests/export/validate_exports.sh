#!/usr/bin/env bash
# Checks irkg's exports with the tools people load them into: xmllint against the GraphML XSD,
# jing against the GEXF 1.3 RELAX NG schema (xmllint's RELAX NG when jing is not installed),
# networkx and igraph (Debian's Python), rdflib for the JSON-LD. Needs IRKG, SHARED, SAMPLES.
set -euo pipefail
py=/usr/bin/python3
for tool in xmllint "$py"; do
  command -v "$tool" >/dev/null || { echo "missing $tool: run scripts/setup.sh"; exit 1; }
done
if [ ! -f "$SHARED/schemas/graphml/graphml.xsd" ] || [ ! -f "$SHARED/schemas/gexf-1.3/gexf.rnc" ]; then
  echo "skipped: $SHARED/schemas is absent"
  exit 77
fi
# The .rnc files are GEXF's normative schema; viz.xsd has no target namespace, so the XSD cannot
# check the viz:color elements.
validate_gexf() {
  if command -v jing >/dev/null; then
    jing -c "$SHARED/schemas/gexf-1.3/gexf.rnc" "$1" && echo "jing: $1 valid"
  else
    xmllint --noout --relaxng "$SHARED/schemas/gexf-1.3/gexf.rng" "$1"
  fi
}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$IRKG" ingest "$SAMPLES" --db "$work/irkg.db" >/dev/null
for level in actor state; do
  "$IRKG" export --format graphml --level "$level" --db "$work/irkg.db" -o "$work/$level.graphml" 2>/dev/null
  "$IRKG" export --format jsonld --level "$level" --db "$work/irkg.db" -o "$work/$level.jsonld" 2>/dev/null
  "$IRKG" export --format gexf --level "$level" --db "$work/irkg.db" -o "$work/$level.gexf" 2>"$work/$level.gexf.log"
  xmllint --noout --schema "$SHARED/schemas/graphml/graphml.xsd" "$work/$level.graphml"
  validate_gexf "$work/$level.gexf"
done
# The GEXF check must be able to fail: a month 13 in a spell is no xsd:date.
sed '0,/<spell start="[0-9]*-[0-9]*/s//<spell start="2022-13/' "$work/state.gexf" >"$work/bad.gexf"
grep -q 'start="2022-13' "$work/bad.gexf"
if validate_gexf "$work/bad.gexf" 2>/dev/null; then
  echo "the GEXF validator accepted a spell in month 13"
  exit 1
fi
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
# GEXF: the same nodes and merged relations as the GraphML, with the same attribute values; the
# relations between one pair stay parallel edges (a MultiDiGraph keyed by edge id).
from networkx.readwrite import gexf as nx_gexf
if "1.3" not in nx_gexf.GEXF.versions:
    # networkx before 3.0 reads GEXF 1.3 with its 1.2 reader once it knows the namespace.
    nx_gexf.GEXF.versions["1.3"] = dict(nx_gexf.GEXF.versions["1.2draft"],
                                        NS_GEXF="http://gexf.net/1.3",
                                        NS_VIZ="http://gexf.net/1.3/viz", VERSION="1.3")
colors = {"verbal-cooperation": (86, 180, 233), "material-cooperation": (0, 114, 178),
          "verbal-conflict": (230, 159, 0), "material-conflict": (213, 94, 0)}
for level in ("actor", "state"):
    x = nx.read_gexf(f"{work}/{level}.gexf", version="1.3")
    gml = nx.read_graphml(f"{work}/{level}.graphml", force_multigraph=True)
    wrote = open(f"{work}/{level}.gexf.log").read()
    expected = f"wrote gexf ({gml.number_of_nodes()} actors, {gml.number_of_edges()} relations)"
    assert wrote.startswith(expected), (wrote, expected)
    assert x.is_directed() and x.is_multigraph(), type(x)
    assert x.graph["mode"] == "dynamic", x.graph
    assert sorted(x.nodes) == sorted(gml.nodes), level
    assert x.number_of_edges() == gml.number_of_edges(), (x.number_of_edges(), gml.number_of_edges())
    assert x.nodes["RUS"]["label"] == "Russia", x.nodes["RUS"]
    parallel = [(u, v) for u, v in x.edges() if x.number_of_edges(u, v) > 1]
    assert parallel, f"{level}: no pair of actors with two relations"
    dated = 0
    for u, v, key, d in gml.edges(keys=True, data=True):
        e = x.edges[u, v, key]
        for name, value in d.items():
            assert e[name] == value or (name in ("weight", "intensity", "confidence")
                                        and float(e[name]) == float(value)), (level, key, name)
        assert e["label"] == e["relation"], e
        assert e["weight"] == e["count"] > 0, e
        if "first_date" in d:
            dated += 1
            spells = e["spells"]
            assert spells[0][0] == d["first_date"][:8] + "01", (spells, d)
            assert spells[-1][1][:7] == d["last_date"][:7], (spells, d)
            for start, end in spells:
                for node in (u, v):
                    assert any(s <= start and end <= t for s, t in x.nodes[node].get("spells", [])) \
                        or "spells" not in x.nodes[node], (node, start, end)
    assert dated > 0, level
    print(f"networkx gexf {level}: {x.number_of_nodes()} nodes, {x.number_of_edges()} edges "
          f"({len(set(parallel))} pairs with parallel relations), as in the GraphML")
# networkx leaves out the viz colour of edges: read it from the XML.
import xml.etree.ElementTree as ET
ns = {"g": "http://gexf.net/1.3", "viz": "http://gexf.net/1.3/viz"}
root = ET.parse(f"{work}/state.gexf").getroot()
classes = {a.get("title"): a.get("id") for a in root.iterfind("g:graph/g:attributes/g:attribute", ns)}
for edge in root.iterfind("g:graph/g:edges/g:edge", ns):
    cls = next(a.get("value") for a in edge.iterfind("g:attvalues/g:attvalue", ns)
               if a.get("for") == classes["class"])
    c = edge.find("viz:color", ns)
    assert (int(c.get("r")), int(c.get("g")), int(c.get("b"))) == colors[cls], (cls, c.attrib)
    assert edge.get("kind") == edge.get("label"), edge.attrib
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
