#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "irkg/graph/actor_graph.h"

namespace irkg::queries {

/// How central one actor is in a graph.
struct Centrality {
  graph::Vertex actor;
  size_t degree = 0;         ///< Merged edges in and out.
  uint64_t weighted = 0;     ///< Events on those edges.
  double pagerank = 0.0;     ///< Boost's PageRank over merged edges, damping 0.85; sums to 1.
  double betweenness = 0.0;  ///< Boost's Brandes betweenness over directed merged edges.
  bool has_betweenness = false;
};

/// What actors are ranked by.
enum class Measure : uint8_t { kDegree, kWeighted, kPageRank, kBetweenness };

/// "degree", "weighted", "pagerank", "betweenness".
std::optional<Measure> ParseMeasure(std::string_view text);
std::string_view ToString(Measure measure);

/// Every actor's centrality, best first by `measure` (ties by id). PageRank costs O(20 (V + E));
/// betweenness, computed only when ranking by it, O(V E): seconds on graphs of tens of
/// thousands of actors, so narrow the graph with filters first.
std::vector<Centrality> RankActors(const graph::ActorGraph& graph, Measure measure);

}  // namespace irkg::queries
