#include "graph_attributes.h"

#include <cstdio>

namespace irkg::exporter {
namespace {

using graph::ActorNode;
using graph::RelationEdge;
using Value = std::optional<std::string>;

std::string Number(double value) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4g", value);
  return buf;
}

Value Predicate(const RelationEdge& e) { return std::string(graph::Info(e.relation).predicate); }

Value Count(const RelationEdge& e) { return std::to_string(e.count); }

// Gephi takes "label" as the node label and "weight" as the edge weight, in either format.
constexpr NodeAttribute kNodeAttributes[] = {
    {"label", "label", AttributeType::kString, "label",
     [](const ActorNode& n) -> Value { return n.label; }},
    {"type", "type", AttributeType::kString, nullptr,
     [](const ActorNode& n) -> Value { return std::string(graph::ToString(n.type)); }},
    {"affiliation", "affiliation", AttributeType::kString, nullptr,
     [](const ActorNode& n) -> Value {
       if (n.affiliation.empty()) return std::nullopt;
       return n.affiliation;
     }},
};

constexpr EdgeAttribute kEdgeAttributes[] = {
    {"relation", "relation", AttributeType::kString, nullptr, Predicate},
    {"edge_label", "label", AttributeType::kString, "label", Predicate},
    {"plover", "plover", AttributeType::kString, nullptr,
     [](const RelationEdge& e) -> Value { return std::string(graph::Info(e.relation).plover); }},
    {"class", "class", AttributeType::kString, nullptr,
     [](const RelationEdge& e) -> Value {
       return std::string(graph::ToString(graph::Info(e.relation).relation_class));
     }},
    {"intensity", "intensity", AttributeType::kDouble, nullptr,
     [](const RelationEdge& e) -> Value { return Number(graph::Info(e.relation).intensity); }},
    {"weight", "weight", AttributeType::kDouble, "weight", Count},
    {"count", "count", AttributeType::kInt, nullptr, Count},
    {"first_date", "first_date", AttributeType::kString, nullptr,
     [](const RelationEdge& e) -> Value {
       if (!e.first) return std::nullopt;
       return graph::FormatDate(*e.first);
     }},
    {"last_date", "last_date", AttributeType::kString, nullptr,
     [](const RelationEdge& e) -> Value {
       if (!e.last) return std::nullopt;
       return graph::FormatDate(*e.last);
     }},
    {"confidence", "confidence", AttributeType::kDouble, nullptr,
     [](const RelationEdge& e) -> Value {
       return Number(e.count ? e.confidence_sum / e.count : 0.0);
     }},
    {"intended", "intended", AttributeType::kInt, nullptr,
     [](const RelationEdge& e) -> Value { return std::to_string(e.intended); }},
    {"via", "via", AttributeType::kString, nullptr,
     [](const RelationEdge& e) -> Value {
       if (e.via.empty()) return std::nullopt;
       std::string via;
       for (const std::string& v : e.via) via += (via.empty() ? "" : " ") + v;
       return via;
     }},
    {"evidence", "evidence", AttributeType::kString, nullptr,
     [](const RelationEdge& e) -> Value {
       std::string evidence;
       for (const graph::EvidenceRef& ref : e.evidence) {
         evidence += (evidence.empty() ? "" : " ") + graph::FormatEvidenceKey(ref.key);
       }
       return evidence;
     }},
};

}  // namespace

std::span<const NodeAttribute> NodeAttributes() { return kNodeAttributes; }

std::span<const EdgeAttribute> EdgeAttributes() { return kEdgeAttributes; }

}  // namespace irkg::exporter
