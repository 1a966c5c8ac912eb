#include "irkg/export/graphml_writer.h"

#include "graph_attributes.h"
#include "irkg/export/xml_text.h"

namespace irkg::exporter {
namespace {

const char* GraphMlType(AttributeType type) {
  switch (type) {
    case AttributeType::kString:
      return "string";
    case AttributeType::kInt:
      return "int";
    case AttributeType::kDouble:
      return "double";
  }
  return "string";
}

template <typename Element>
void Keys(std::ostream& out, const char* domain,
          std::span<const GraphAttribute<Element>> attributes) {
  for (const GraphAttribute<Element>& a : attributes) {
    out << "  <key id=\"" << a.id << "\" for=\"" << domain << "\" attr.name=\"" << a.name
        << "\" attr.type=\"" << GraphMlType(a.type) << "\"/>\n";
  }
}

template <typename Element>
void Data(std::ostream& out, const Element& element,
          std::span<const GraphAttribute<Element>> attributes) {
  for (const GraphAttribute<Element>& a : attributes) {
    if (std::optional<std::string> value = a.value(element)) {
      out << "      <data key=\"" << a.id << "\">" << XmlEscape(*value) << "</data>\n";
    }
  }
}

}  // namespace

void WriteGraphMl(const graph::ActorGraph& g, std::ostream& out) {
  const graph::BoostGraph& bg = g.graph();
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
         "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
         "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  Keys(out, "node", NodeAttributes());
  Keys(out, "edge", EdgeAttributes());
  out << "  <graph id=\"irkg\" edgedefault=\"directed\">\n";
  for (graph::Vertex v : g.SortedVertices()) {
    const graph::ActorNode& node = bg[v];
    out << "    <node id=\"" << XmlEscape(node.id) << "\">\n";
    Data(out, node, NodeAttributes());
    out << "    </node>\n";
  }
  size_t index = 0;
  for (graph::Edge e : g.SortedEdges()) {
    out << "    <edge id=\"e" << index++ << "\" source=\"" << XmlEscape(bg[boost::source(e, bg)].id)
        << "\" target=\"" << XmlEscape(bg[boost::target(e, bg)].id) << "\">\n";
    Data(out, bg[e], EdgeAttributes());
    out << "    </edge>\n";
  }
  out << "  </graph>\n</graphml>\n";
}

}  // namespace irkg::exporter
