#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "irkg/graph/actor_graph.h"

namespace irkg::queries {

/// Which way edges may be followed.
enum class Direction : uint8_t {
  kOut,   ///< source -> target only
  kIn,    ///< target -> source only
  kBoth,  ///< either way
};

/// "out", "in", "both".
std::optional<Direction> ParseDirection(std::string_view text);

/// One step of a path: the edge taken and whether it was followed along its direction.
struct Step {
  graph::Edge edge;
  bool forward = true;
};

/// A path from one actor to another.
struct Path {
  std::vector<graph::Vertex> actors;  ///< From the start to the end, inclusive.
  std::vector<Step> steps;            ///< steps[i] joins actors[i] and actors[i + 1].
};

/// The shortest path by hops (breadth-first search, O(V + E)); ties go to the edge that sorts
/// first by (relation, neighbour id), so results are deterministic. Nullopt when no path.
std::optional<Path> ShortestPath(const graph::ActorGraph& graph, graph::Vertex from,
                                 graph::Vertex to, Direction direction);

/// An actor within reach, with how far it is and the edges that join it to the actor before it.
struct Neighbor {
  graph::Vertex actor;
  int depth = 0;
  graph::Vertex parent;            ///< The actor one step closer to the start.
  std::vector<graph::Edge> edges;  ///< Every edge between parent and actor (either direction).
};

/// How much evidence a set of edges holds: the sum of their event counts.
uint64_t Strength(const graph::ActorGraph& graph, const std::vector<graph::Edge>& edges);

/// Every edge between `a` and `b`, both directions, most events first, then by relation and
/// direction (a -> b first).
std::vector<graph::Edge> EdgesBetween(const graph::ActorGraph& graph, graph::Vertex a,
                                      graph::Vertex b);

/// Actors within `depth` hops (breadth-first), nearest first; within one depth the strongest
/// first (Strength of the edges joining them to the actor before them), then by id.
std::vector<Neighbor> Neighborhood(const graph::ActorGraph& graph, graph::Vertex start, int depth,
                                   Direction direction);

/// Edit distance between two strings (insertions, deletions, substitutions and swaps of two
/// neighbouring characters), O(|a| * |b|): for "did you mean" suggestions.
size_t EditDistance(std::string_view a, std::string_view b);

/// An actor with the names it can be found by: for suggestions.
struct NamedActor {
  std::string id;
  std::vector<std::string> names;  ///< Id, label, names and aliases.
};

/// Up to `limit` ids of candidates with a name that looks like `text`, best first: within
/// max(1, length / 4) edits (case-insensitive), or whose name has a word starting with `text`
/// (three letters or more). "Rusia" finds Russia, not Belarus. O(total name length * |text|).
std::vector<std::string> SuggestNames(const std::vector<NamedActor>& candidates,
                                      std::string_view text, size_t limit);

/// Up to `limit` actor ids of the graph that look like `text` (edit distance on ids and labels,
/// case-insensitive), best first: for "did you mean" messages.
std::vector<std::string> Suggest(const graph::ActorGraph& graph, std::string_view text,
                                 size_t limit);

}  // namespace irkg::queries
