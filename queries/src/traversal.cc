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
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diag = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
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
    std::sort(level.begin(), level.end(), [&bg](const Neighbor& a, const Neighbor& b) {
      return bg[a.actor].id < bg[b.actor].id;
    });
    out.insert(out.end(), level.begin(), level.end());
    frontier = std::move(next);
  }
  return out;
}

std::vector<std::string> Suggest(const graph::ActorGraph& g, std::string_view text, size_t limit) {
  const std::string want = Lower(text);
  std::vector<std::pair<size_t, std::string>> scored;
  for (Vertex v : g.SortedVertices()) {
    const graph::ActorNode& node = g.node(v);
    size_t best =
        std::min(EditDistance(want, Lower(node.id)), EditDistance(want, Lower(node.label)));
    if (Lower(node.label).find(want) != std::string::npos && want.size() >= 3) best = 0;
    size_t allowed = std::max<size_t>(2, want.size() / 3);
    if (best <= allowed) scored.emplace_back(best, node.id);
  }
  std::stable_sort(scored.begin(), scored.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::string> out;
  for (const auto& [score, id] : scored) {
    if (out.size() == limit) break;
    out.push_back(id);
  }
  return out;
}

}  // namespace irkg::queries
