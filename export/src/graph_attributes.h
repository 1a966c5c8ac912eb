#pragma once

// The node and edge attributes that the XML writers (GraphML, GEXF) give the merged graph: one
// table, so that both formats carry the same values under the same names and in the same order.

#include <cstdint>
#include <optional>
#include <span>
#include <string>

#include "irkg/graph/actor_graph.h"

namespace irkg::exporter {

/// How a value is typed in the file; each writer spells it in its own format.
enum class AttributeType : uint8_t { kString, kInt, kDouble };

/// One attribute of a node or an edge.
template <typename Element>
struct GraphAttribute {
  const char* id;    ///< GraphML key id, GEXF attribute id.
  const char* name;  ///< GraphML attr.name, GEXF title.
  AttributeType type;
  /// The XML attribute GEXF itself defines for this value ("label", "weight"), written there
  /// instead of as a declared attribute; nullptr for the others.
  const char* gexf_builtin;
  /// The value, or nullopt when the element has none (the attribute is then left out).
  std::optional<std::string> (*value)(const Element&);
};

using NodeAttribute = GraphAttribute<graph::ActorNode>;
using EdgeAttribute = GraphAttribute<graph::RelationEdge>;

/// label, type, affiliation.
std::span<const NodeAttribute> NodeAttributes();

/// relation, label, plover, class, intensity, weight (the count), count, first_date, last_date,
/// confidence (mean), intended, via (actor ids) and evidence (evidence keys), space-separated
/// lists.
std::span<const EdgeAttribute> EdgeAttributes();

}  // namespace irkg::exporter
