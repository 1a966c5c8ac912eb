#pragma once

#include <boost/graph/adjacency_list.hpp>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "irkg/graph/event.h"

namespace irkg::graph {

class Store;

/// A node of the merged graph: the actor as events name it.
using ActorNode = ActorRef;

/// A merged edge: every non-negated event with the same (source, relation, target).
struct RelationEdge {
  Relation relation = Relation::kConsults;
  uint32_t count = 0;
  std::optional<Date> first;
  std::optional<Date> last;
  double confidence_sum = 0.0;
  std::vector<int64_t> evidence;  ///< Stored event ids, ascending.
  std::vector<std::string> via;   ///< Actor ids, sorted, unique.
  uint32_t intended = 0;          ///< How many of the events were intended rather than asserted.
};

using BoostGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, ActorNode, RelationEdge>;
using Vertex = boost::graph_traits<BoostGraph>::vertex_descriptor;
using Edge = boost::graph_traits<BoostGraph>::edge_descriptor;

/// Which nodes events are drawn between.
enum class GraphLevel : uint8_t {
  kActor,  ///< Persons and agencies are their own nodes.
  kState,  ///< Everything rolled up to its affiliation on the event's date.
};

/// What goes into a graph.
struct GraphOptions {
  GraphLevel level = GraphLevel::kActor;
  bool include_hypothetical = false;  ///< Hypothetical events are left out unless asked for.
};

/// The merged actor graph over Boost.Graph: one vertex per actor, one edge per (source, relation,
/// target). Vertices are added in first-seen order; lookups by id are O(1).
class ActorGraph {
 public:
  explicit ActorGraph(GraphOptions options = {});

  /// Merges one event; negated events and self-loops are ignored. `event_id` is its evidence id.
  void AddEvent(const EventRecord& event, int64_t event_id);

  /// Tells the graph an actor's label and type before events name it, so that a state-level
  /// roll-up to an affiliation gets the right label. Later calls for the same id are ignored.
  void AddKnownActor(const ActorRef& actor);

  /// Builds the graph from every actor and event in a store.
  static ActorGraph FromStore(const Store& store, GraphOptions options = {});

  std::optional<Vertex> Find(std::string_view id) const;
  const BoostGraph& graph() const { return graph_; }
  const ActorNode& node(Vertex v) const { return graph_[v]; }
  size_t actor_count() const { return boost::num_vertices(graph_); }
  size_t edge_count() const { return boost::num_edges(graph_); }
  const GraphOptions& options() const { return options_; }

  /// Vertices sorted by id, and edges sorted by (source id, relation, target id): the order
  /// exports use, so that output is deterministic.
  std::vector<Vertex> SortedVertices() const;
  std::vector<Edge> SortedEdges() const;

 private:
  Vertex VertexFor(const ActorRef& actor);

  GraphOptions options_;
  BoostGraph graph_;
  std::unordered_map<std::string, Vertex> index_;
  std::unordered_map<std::string, ActorRef> known_;
  std::map<std::tuple<Vertex, Relation, Vertex>, Edge> edges_;
};

}  // namespace irkg::graph
