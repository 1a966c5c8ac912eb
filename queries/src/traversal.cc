#include "irkg/queries/traversal.h"

#include <algorithm>
#include <cctype>
#include <deque>
#include <limits>
#include <tuple>

namespace irkg::queries {
namespace {

using graph::Edge;
using graph::Vertex;

// The edges leaving `v` in the allowed directions, with the neighbour each reaches, sorted by
// (relation, neighbour id) so that traversal order never depends on insertion order.
std::vector<std::tuple<Edge, Vertex, bool>> Incident(const graph::ActorGraph& g, Vertex v,
                                                     Direction direction) {
  const graph::BoostGraph& bg = g.graph();
  std::vector<std::tuple<Edge, Vertex, bool>> out;
  if (direction != Direction::kIn) {
    for (Edge e : boost::make_iterator_range(boost::out_edges(v, bg))) {
      out.emplace_back(e, boost::target(e, bg), true);
    }
  }
  if (direction != Direction::kOut) {
    for (Edge e : boost::make_iterator_range(boost::in_edges(v, bg))) {
      out.emplace_back(e, boost::source(e, bg), false);
    }
  }
  std::sort(out.begin(), out.end(), [&bg](const auto& a, const auto& b) {
    return std::make_tuple(bg[std::get<0>(a)].relation, std::cref(bg[std::get<1>(a)].id),
                           !std::get<2>(a)) < std::make_tuple(bg[std::get<0>(b)].relation,
                                                              std::cref(bg[std::get<1>(b)].id),
                                                              !std::get<2>(b));
  });
  return out;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

size_t EditDistance(std::string_view a, std::string_view b) {
  // Optimal string alignment: Levenshtein plus the swap of two neighbouring letters.
  const size_t w = b.size() + 1;
  std::vector<size_t> d((a.size() + 1) * w);
  for (size_t i = 0; i <= a.size(); ++i) d[i * w] = i;
  for (size_t j = 0; j <= b.size(); ++j) d[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      size_t best =
          std::min({d[(i - 1) * w + j] + 1, d[i * w + j - 1] + 1, d[(i - 1) * w + j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        best = std::min(best, d[(i - 2) * w + j - 2] + 1);
      }
      d[i * w + j] = best;
    }
  }
  return d[a.size() * w + b.size()];
}

std::optional<Direction> ParseDirection(std::string_view text) {
  if (text == "out") return Direction::kOut;
  if (text == "in") return Direction::kIn;
  if (text == "both") return Direction::kBoth;
  return std::nullopt;
}

std::optional<Path> ShortestPath(const graph::ActorGraph& g, Vertex from, Vertex to,
                                 Direction direction) {
  const size_t n = g.actor_count();
  constexpr Vertex kNone = std::numeric_limits<Vertex>::max();
  std::vector<Vertex> parent(n, kNone);
  std::vector<Step> via(n);
  std::deque<Vertex> queue{from};
  parent[from] = from;
  while (!queue.empty() && parent[to] == kNone) {
    Vertex v = queue.front();
    queue.pop_front();
    for (const auto& [edge, next, forward] : Incident(g, v, direction)) {
      if (parent[next] != kNone) continue;
      parent[next] = v;
      via[next] = Step{edge, forward};
      queue.push_back(next);
    }
  }
  if (parent[to] == kNone) return std::nullopt;
  Path path;
  for (Vertex v = to; v != from; v = parent[v]) {
    path.actors.push_back(v);
    path.steps.push_back(via[v]);
  }
  path.actors.push_back(from);
  std::reverse(path.actors.begin(), path.actors.end());
  std::reverse(path.steps.begin(), path.steps.end());
  return path;
}

uint64_t Strength(const graph::ActorGraph& g, const std::vector<Edge>& edges) {
  uint64_t sum = 0;
  for (Edge e : edges) sum += g.graph()[e].count;
  return sum;
}

std::vector<Edge> EdgesBetween(const graph::ActorGraph& g, Vertex a, Vertex b) {
  const graph::BoostGraph& bg = g.graph();
  std::vector<Edge> out;
  for (Edge e : boost::make_iterator_range(boost::out_edges(a, bg))) {
    if (boost::target(e, bg) == b) out.push_back(e);
  }
  for (Edge e : boost::make_iterator_range(boost::in_edges(a, bg))) {
    if (boost::source(e, bg) == b) out.push_back(e);
  }
  std::sort(out.begin(), out.end(), [&bg, a](Edge x, Edge y) {
    return std::make_tuple(-static_cast<int64_t>(bg[x].count), bg[x].relation,
                           boost::source(x, bg) != a) <
           std::make_tuple(-static_cast<int64_t>(bg[y].count), bg[y].relation,
                           boost::source(y, bg) != a);
  });
  return out;
}

std::vector<Neighbor> Neighborhood(const graph::ActorGraph& g, Vertex start, int depth,
                                   Direction direction) {
  const size_t n = g.actor_count();
  std::vector<int> dist(n, -1);
  std::vector<Neighbor> out;
  std::vector<Vertex> frontier{start};
  dist[start] = 0;
  for (int d = 1; d <= depth && !frontier.empty(); ++d) {
    std::vector<Neighbor> level;
    std::vector<Vertex> next;
    for (Vertex v : frontier) {
      for (const auto& [edge, other, forward] : Incident(g, v, direction)) {
        if (dist[other] == -1) {
          dist[other] = d;
          level.push_back({other, d, v, {}});
          next.push_back(other);
        }
        for (Neighbor& nb : level) {
          if (nb.actor == other && nb.parent == v) {
            if (std::find(nb.edges.begin(), nb.edges.end(), edge) == nb.edges.end()) {
              nb.edges.push_back(edge);
            }
          }
        }
      }
    }
    const graph::BoostGraph& bg = g.graph();
    std::vector<std::pair<uint64_t, Neighbor>> ranked;
    ranked.reserve(level.size());
    for (Neighbor& nb : level) ranked.emplace_back(Strength(g, nb.edges), std::move(nb));
    std::sort(ranked.begin(), ranked.end(), [&bg](const auto& a, const auto& b) {
      if (a.first != b.first) return a.first > b.first;
      return bg[a.second.actor].id < bg[b.second.actor].id;
    });
    level.clear();
    for (auto& [strength, nb] : ranked) level.push_back(std::move(nb));
    out.insert(out.end(), level.begin(), level.end());
    frontier = std::move(next);
  }
  return out;
}

std::vector<std::string> SuggestNames(const std::vector<NamedActor>& candidates,
                                      std::string_view text, size_t limit) {
  const std::string want = Lower(text);
  const size_t allowed = std::max<size_t>(1, want.size() / 4);
  std::vector<std::pair<size_t, const std::string*>> scored;
  for (const NamedActor& candidate : candidates) {
    size_t best = std::numeric_limits<size_t>::max();
    for (const std::string& name : candidate.names) {
      const std::string lower = Lower(name);
      size_t d = EditDistance(want, lower);
      // "ukr" for "Ukraine", "korea" for "North Korea": the start of a word of the name.
      size_t at = want.size() >= 3 ? lower.find(want) : std::string::npos;
      if (at != std::string::npos && (at == 0 || lower[at - 1] == ' ')) d = 0;
      best = std::min(best, d);
    }
    if (best <= allowed) scored.emplace_back(best, &candidate.id);
  }
  std::stable_sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first < b.first : *a.second < *b.second;
  });
  std::vector<std::string> out;
  for (const auto& [score, id] : scored) {
    if (out.size() == limit) break;
    if (std::find(out.begin(), out.end(), *id) == out.end()) out.push_back(*id);
  }
  return out;
}

std::vector<std::string> Suggest(const graph::ActorGraph& g, std::string_view text, size_t limit) {
  std::vector<NamedActor> candidates;
  for (Vertex v : g.SortedVertices()) {
    const graph::ActorNode& node = g.node(v);
    candidates.push_back({node.id, {node.id, node.label}});
  }
  return SuggestNames(candidates, text, limit);
}

}  // namespace irkg::queries
