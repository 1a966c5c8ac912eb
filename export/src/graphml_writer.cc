#include "irkg/export/graphml_writer.h"

#include <cstdio>

#include "irkg/export/xml_text.h"

namespace irkg::exporter {
namespace {

struct Key {
  const char* id;
  const char* domain;
  const char* name;
  const char* type;
};

// Node and edge attributes. Gephi takes "label" as the node label and "weight" as edge weight.
constexpr Key kKeys[] = {
    {"label", "node", "label", "string"},
    {"type", "node", "type", "string"},
    {"affiliation", "node", "affiliation", "string"},
    {"relation", "edge", "relation", "string"},
    {"edge_label", "edge", "label", "string"},
    {"plover", "edge", "plover", "string"},
    {"class", "edge", "class", "string"},
    {"intensity", "edge", "intensity", "double"},
    {"weight", "edge", "weight", "double"},
    {"count", "edge", "count", "int"},
    {"first_date", "edge", "first_date", "string"},
    {"last_date", "edge", "last_date", "string"},
    {"confidence", "edge", "confidence", "double"},
    {"intended", "edge", "intended", "int"},
    {"via", "edge", "via", "string"},
    {"evidence", "edge", "evidence", "string"},
};

std::string Number(double value) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4g", value);
  return buf;
}

void Data(std::ostream& out, const char* key, std::string_view value) {
  out << "      <data key=\"" << key << "\">" << XmlEscape(value) << "</data>\n";
}

}  // namespace

void WriteGraphMl(const graph::ActorGraph& g, std::ostream& out) {
  const graph::BoostGraph& bg = g.graph();
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
         "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
         "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const Key& k : kKeys) {
    out << "  <key id=\"" << k.id << "\" for=\"" << k.domain << "\" attr.name=\"" << k.name
        << "\" attr.type=\"" << k.type << "\"/>\n";
  }
  out << "  <graph id=\"irkg\" edgedefault=\"directed\">\n";
  for (graph::Vertex v : g.SortedVertices()) {
    const graph::ActorNode& node = bg[v];
    out << "    <node id=\"" << XmlEscape(node.id) << "\">\n";
    Data(out, "label", node.label);
    Data(out, "type", graph::ToString(node.type));
    if (!node.affiliation.empty()) Data(out, "affiliation", node.affiliation);
    out << "    </node>\n";
  }
  size_t index = 0;
  for (graph::Edge e : g.SortedEdges()) {
    const graph::RelationEdge& edge = bg[e];
    const graph::RelationInfo& info = graph::Info(edge.relation);
    out << "    <edge id=\"e" << index++ << "\" source=\"" << XmlEscape(bg[boost::source(e, bg)].id)
        << "\" target=\"" << XmlEscape(bg[boost::target(e, bg)].id) << "\">\n";
    Data(out, "relation", info.predicate);
    Data(out, "edge_label", info.predicate);
    Data(out, "plover", info.plover);
    Data(out, "class", graph::ToString(info.relation_class));
    Data(out, "intensity", Number(info.intensity));
    Data(out, "weight", std::to_string(edge.count));
    Data(out, "count", std::to_string(edge.count));
    if (edge.first) Data(out, "first_date", graph::FormatDate(*edge.first));
    if (edge.last) Data(out, "last_date", graph::FormatDate(*edge.last));
    Data(out, "confidence", Number(edge.count ? edge.confidence_sum / edge.count : 0.0));
    Data(out, "intended", std::to_string(edge.intended));
    std::string via, evidence;
    for (const std::string& v : edge.via) via += (via.empty() ? "" : " ") + v;
    for (const graph::EvidenceRef& ref : edge.evidence) {
      evidence += (evidence.empty() ? "" : " ") + graph::FormatEvidenceKey(ref.key);
    }
    if (!via.empty()) Data(out, "via", via);
    Data(out, "evidence", evidence);
    out << "    </edge>\n";
  }
  out << "  </graph>\n</graphml>\n";
}

}  // namespace irkg::exporter
