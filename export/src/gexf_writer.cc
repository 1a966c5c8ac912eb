#include "irkg/export/gexf_writer.h"

#include <algorithm>
#include <vector>

#include "graph_attributes.h"
#include "irkg/export/xml_text.h"

namespace irkg::exporter {
namespace {

using graph::Date;

const char* GexfType(AttributeType type) {
  switch (type) {
    case AttributeType::kString:
      return "string";
    case AttributeType::kInt:
      return "integer";
    case AttributeType::kDouble:
      return "double";
  }
  return "string";
}

template <typename Element>
void Declare(std::ostream& out, const char* domain,
             std::span<const GraphAttribute<Element>> attributes) {
  out << "    <attributes class=\"" << domain << "\" mode=\"static\">\n";
  for (const GraphAttribute<Element>& a : attributes) {
    if (a.gexf_builtin) continue;
    out << "      <attribute id=\"" << a.id << "\" title=\"" << a.name << "\" type=\""
        << GexfType(a.type) << "\"/>\n";
  }
  out << "    </attributes>\n";
}

// The values GEXF has its own XML attributes for, as ` label="..."`.
template <typename Element>
void Builtins(std::ostream& out, const Element& element,
              std::span<const GraphAttribute<Element>> attributes) {
  for (const GraphAttribute<Element>& a : attributes) {
    if (!a.gexf_builtin) continue;
    if (std::optional<std::string> value = a.value(element)) {
      out << ' ' << a.gexf_builtin << "=\"" << XmlAttributeEscape(*value) << '"';
    }
  }
}

template <typename Element>
void AttValues(std::ostream& out, const Element& element,
               std::span<const GraphAttribute<Element>> attributes) {
  bool open = false;
  for (const GraphAttribute<Element>& a : attributes) {
    if (a.gexf_builtin) continue;
    std::optional<std::string> value = a.value(element);
    if (!value) continue;
    if (!open) out << "        <attvalues>\n";
    open = true;
    out << "          <attvalue for=\"" << a.id << "\" value=\"" << XmlAttributeEscape(*value)
        << "\"/>\n";
  }
  if (open) out << "        </attvalues>\n";
}

Date FirstOfMonth(Date date) { return Date{date.days - (graph::ToCivil(date).day - 1)}; }

Date LastOfMonth(Date date) {
  const graph::CivilDate civil = graph::ToCivil(date);
  for (int day = 31;; --day) {
    if (std::optional<Date> last = graph::MakeDate(civil.year, civil.month, day)) return *last;
  }
}

// The first days of the months in which `edge` has dated evidence, ascending, each once.
std::vector<Date> EvidenceMonths(const graph::RelationEdge& edge) {
  std::vector<Date> months;
  for (const graph::EvidenceRef& ref : edge.evidence) {
    if (ref.date) months.push_back(FirstOfMonth(*ref.date));
  }
  std::sort(months.begin(), months.end());
  months.erase(std::unique(months.begin(), months.end()), months.end());
  return months;
}

// One spell per run of consecutive months, from the first day of its first month to the last
// day of its last month. `months` holds first days of months, ascending, each once.
void Spells(std::ostream& out, const std::vector<Date>& months) {
  if (months.empty()) return;
  out << "        <spells>\n";
  for (size_t i = 0; i < months.size();) {
    Date end = LastOfMonth(months[i]);
    size_t next = i + 1;
    for (; next < months.size() && months[next].days == end.days + 1; ++next) {
      end = LastOfMonth(months[next]);
    }
    out << "          <spell start=\"" << graph::FormatDate(months[i]) << "\" end=\""
        << graph::FormatDate(end) << "\"/>\n";
    i = next;
  }
  out << "        </spells>\n";
}

}  // namespace

RgbColor RelationClassColor(graph::RelationClass relation_class) {
  switch (relation_class) {
    case graph::RelationClass::kVerbalCooperation:
      return {86, 180, 233};
    case graph::RelationClass::kMaterialCooperation:
      return {0, 114, 178};
    case graph::RelationClass::kVerbalConflict:
      return {230, 159, 0};
    case graph::RelationClass::kMaterialConflict:
      return {213, 94, 0};
  }
  return {128, 128, 128};
}

void WriteGexf(const graph::ActorGraph& g, std::ostream& out) {
  const graph::BoostGraph& bg = g.graph();
  const std::vector<graph::Edge> edges = g.SortedEdges();

  // A node's months are those of its edges; nodes are written first, so gather them now.
  std::vector<std::vector<Date>> node_months(g.actor_count());
  std::vector<bool> always(g.actor_count(), false);
  for (graph::Edge e : edges) {
    const std::vector<Date> months = EvidenceMonths(bg[e]);
    for (graph::Vertex v : {boost::source(e, bg), boost::target(e, bg)}) {
      if (months.empty()) always[v] = true;
      node_months[v].insert(node_months[v].end(), months.begin(), months.end());
    }
  }

  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" "
         "version=\"1.3\">\n"
         "  <meta>\n"
         "    <creator>irkg</creator>\n"
         "    <description>Actors and the merged PLOVER relations between them, from news "
         "text</description>\n"
         "  </meta>\n"
         "  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\">\n";
  Declare(out, "node", NodeAttributes());
  Declare(out, "edge", EdgeAttributes());

  out << "    <nodes count=\"" << g.actor_count() << "\">\n";
  for (graph::Vertex v : g.SortedVertices()) {
    const graph::ActorNode& node = bg[v];
    out << "      <node id=\"" << XmlAttributeEscape(node.id) << '"';
    Builtins(out, node, NodeAttributes());
    out << ">\n";
    AttValues(out, node, NodeAttributes());
    if (!always[v]) {
      std::vector<Date>& months = node_months[v];
      std::sort(months.begin(), months.end());
      months.erase(std::unique(months.begin(), months.end()), months.end());
      Spells(out, months);
    }
    out << "      </node>\n";
  }
  out << "    </nodes>\n";

  out << "    <edges count=\"" << edges.size() << "\">\n";
  size_t index = 0;
  for (graph::Edge e : edges) {
    const graph::RelationEdge& edge = bg[e];
    const graph::RelationInfo& info = graph::Info(edge.relation);
    out << "      <edge id=\"e" << index++ << "\" source=\""
        << XmlAttributeEscape(bg[boost::source(e, bg)].id) << "\" target=\""
        << XmlAttributeEscape(bg[boost::target(e, bg)].id) << "\" kind=\"" << info.predicate << '"';
    Builtins(out, edge, EdgeAttributes());
    out << ">\n";
    AttValues(out, edge, EdgeAttributes());
    Spells(out, EvidenceMonths(edge));
    const RgbColor color = RelationClassColor(info.relation_class);
    out << "        <viz:color r=\"" << int{color.r} << "\" g=\"" << int{color.g} << "\" b=\""
        << int{color.b} << "\"/>\n";
    out << "      </edge>\n";
  }
  out << "    </edges>\n  </graph>\n</gexf>\n";
}

}  // namespace irkg::exporter
