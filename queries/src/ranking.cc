#include "irkg/queries/ranking.h"

#include <algorithm>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/page_rank.hpp>
#include <boost/property_map/property_map.hpp>

namespace irkg::queries {

std::optional<Measure> ParseMeasure(std::string_view text) {
  if (text == "degree") return Measure::kDegree;
  if (text == "weighted") return Measure::kWeighted;
  if (text == "pagerank") return Measure::kPageRank;
  if (text == "betweenness") return Measure::kBetweenness;
  return std::nullopt;
}

std::string_view ToString(Measure measure) {
  switch (measure) {
    case Measure::kDegree:
      return "degree";
    case Measure::kWeighted:
      return "weighted";
    case Measure::kPageRank:
      return "pagerank";
    case Measure::kBetweenness:
      return "betweenness";
  }
  return "";
}

std::vector<Centrality> RankActors(const graph::ActorGraph& g, Measure measure) {
  const graph::BoostGraph& bg = g.graph();
  const size_t n = g.actor_count();
  std::vector<Centrality> out(n);
  for (graph::Vertex v = 0; v < n; ++v) {
    Centrality& c = out[v];
    c.actor = v;
    c.degree = boost::out_degree(v, bg) + boost::in_degree(v, bg);
    for (graph::Edge e : boost::make_iterator_range(boost::out_edges(v, bg)))
      c.weighted += bg[e].count;
    for (graph::Edge e : boost::make_iterator_range(boost::in_edges(v, bg)))
      c.weighted += bg[e].count;
  }
  if (n > 0) {
    std::vector<double> rank(n, 0.0);
    auto index = boost::get(boost::vertex_index, bg);
    boost::graph::page_rank(bg, boost::make_iterator_property_map(rank.begin(), index),
                            boost::graph::n_iterations(20), 0.85, n);
    // Boost leaves the rank of dangling actors unnormalised: scale so that the ranks sum to 1.
    double sum = 0.0;
    for (double r : rank) sum += r;
    for (graph::Vertex v = 0; v < n; ++v) out[v].pagerank = sum > 0 ? rank[v] / sum : 0.0;
  }
  if (measure == Measure::kBetweenness && n > 0) {
    std::vector<double> between(n, 0.0);
    boost::brandes_betweenness_centrality(
        bg, boost::centrality_map(boost::make_iterator_property_map(
                                      between.begin(), boost::get(boost::vertex_index, bg)))
                .vertex_index_map(boost::get(boost::vertex_index, bg)));
    for (graph::Vertex v = 0; v < n; ++v) {
      out[v].betweenness = between[v];
      out[v].has_betweenness = true;
    }
  }
  auto value = [measure](const Centrality& c) {
    switch (measure) {
      case Measure::kDegree:
        return static_cast<double>(c.degree);
      case Measure::kWeighted:
        return static_cast<double>(c.weighted);
      case Measure::kPageRank:
        return c.pagerank;
      case Measure::kBetweenness:
        return c.betweenness;
    }
    return 0.0;
  };
  std::sort(out.begin(), out.end(), [&](const Centrality& a, const Centrality& b) {
    double va = value(a), vb = value(b);
    if (va != vb) return va > vb;
    return bg[a.actor].id < bg[b.actor].id;
  });
  return out;
}

}  // namespace irkg::queries
