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

/// One event behind a merged edge: its evidence key and date.
struct EvidenceRef {
  uint64_t key = 0;  ///< EvidenceKey(); FormatEvidenceKey() gives the form users see.
  std::optional<Date> date;

  friend bool operator==(const EvidenceRef&, const EvidenceRef&) = default;
};

/// A merged edge: every non-negated event with the same (source, relation, target).
struct RelationEdge {
  Relation relation = Relation::kConsults;
  uint32_t count = 0;
  std::optional<Date> first;
  std::optional<Date> last;
  double confidence_sum = 0.0;
  std::vector<EvidenceRef> evidence;  ///< The events; by ascending key once Finish() ran.
  std::vector<std::string> via;       ///< Actor ids, sorted, unique.
  uint32_t intended = 0;              ///< How many of the events were intended, not asserted.

  /// The newest evidence (latest date; undated last; ties to the smaller key), or nullptr.
  const EvidenceRef* Newest() const;
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

/// Which events and edges a graph keeps. The default keeps everything.
struct EventFilter {
  std::optional<Date> since;  ///< Events dated before are left out (undated ones too, when set).
  std::optional<Date> until;  ///< Events dated after are left out (undated ones too, when set).
  uint32_t relations = 0;     ///< One bit per Relation (1 << value); 0 keeps every relation.
  uint32_t actor_types = 0;   ///< One bit per ActorType of both nodes; 0 keeps every type.
  uint32_t min_count = 1;     ///< Merged edges with fewer events are dropped (by Finish()).

  /// Keeps `relation` (and, on the first call, only the relations named so far).
  void AddRelation(Relation relation) { relations |= 1u << static_cast<unsigned>(relation); }
  void AddActorType(ActorType type) { actor_types |= 1u << static_cast<unsigned>(type); }
  bool Keeps(Relation relation) const {
    return relations == 0 || (relations >> static_cast<unsigned>(relation) & 1u) != 0;
  }
  bool Keeps(ActorType type) const {
    return actor_types == 0 || (actor_types >> static_cast<unsigned>(type) & 1u) != 0;
  }
  /// Whether the event's date lies within [since, until].
  bool KeepsDate(const std::optional<Date>& date) const;
};

/// What goes into a graph.
struct GraphOptions {
  GraphLevel level = GraphLevel::kActor;
  bool include_hypothetical = false;  ///< Hypothetical events are left out unless asked for.
  EventFilter filter;
};

/// The merged actor graph over Boost.Graph: one vertex per actor, one edge per (source, relation,
/// target). Vertices are added in first-seen order; lookups by id are O(1).
class ActorGraph {
 public:
  explicit ActorGraph(GraphOptions options = {});

  /// Merges one event; negated events, self-loops and events the filter leaves out are ignored.
  /// `key` is its evidence key.
  void AddEvent(const EventRecord& event, uint64_t key);

  /// Sorts each edge's evidence by key, drops the merged edges with fewer than the filter's
  /// min_count events, and the actors left without an edge. O(V + E + events log events); call
  /// it once all events are in.
  void Finish();

  /// Tells the graph an actor's label and type before events name it, so that a state-level
  /// roll-up to an affiliation gets the right label. Later calls for the same id are ignored.
  void AddKnownActor(const ActorRef& actor);

  /// The graph of the actors for which `keep[vertex]` is true and the edges among them (actors
  /// left without an edge are dropped). O(V + E).
  ActorGraph Subgraph(const std::vector<bool>& keep) const;

  /// Builds the graph from every actor and event in a store, and finishes it.
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
  // The node an actor of an event becomes at the graph's level.
  ActorRef NodeFor(const ActorRef& actor) const;
  Vertex VertexFor(const ActorRef& node);

  GraphOptions options_;
  BoostGraph graph_;
  std::unordered_map<std::string, Vertex> index_;
  std::unordered_map<std::string, ActorRef> known_;
  // (source, relation, target) packed by EdgeKey() -> edge: a hash map, since lookups in a
  // tree of tens of thousands of edges dominated building a graph.
  std::unordered_map<uint64_t, Edge> edges_;
};

}  // namespace irkg::graph
