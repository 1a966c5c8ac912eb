#include "irkg/graph/actor_graph.h"

#include <algorithm>

#include "irkg/graph/store.h"

namespace irkg::graph {

ActorGraph::ActorGraph(GraphOptions options) : options_(options) {}

void ActorGraph::AddKnownActor(const ActorRef& actor) { known_.try_emplace(actor.id, actor); }

Vertex ActorGraph::VertexFor(const ActorRef& actor) {
  ActorRef node = actor;
  if (options_.level == GraphLevel::kState && actor.StateLevelId() != actor.id) {
    auto known = known_.find(actor.affiliation);
    if (known != known_.end()) {
      node = known->second;
    } else {
      node = ActorRef{actor.affiliation, actor.affiliation, ActorType::kOther, ""};
    }
  }
  auto [it, inserted] = index_.try_emplace(node.id, 0);
  if (inserted) it->second = boost::add_vertex(node, graph_);
  return it->second;
}

void ActorGraph::AddEvent(const EventRecord& event, int64_t event_id) {
  if (event.negated) return;
  if (event.mode == Mode::kHypothetical && !options_.include_hypothetical) return;
  if (event.source.empty() || event.target.empty()) return;
  Vertex s = VertexFor(event.source);
  Vertex t = VertexFor(event.target);
  if (s == t) return;
  auto key = std::make_tuple(s, event.relation, t);
  auto it = edges_.find(key);
  if (it == edges_.end()) {
    RelationEdge fresh;
    fresh.relation = event.relation;
    it = edges_.emplace(key, boost::add_edge(s, t, fresh, graph_).first).first;
  }
  RelationEdge& edge = graph_[it->second];
  ++edge.count;
  edge.confidence_sum += event.confidence;
  if (event.mode == Mode::kIntended) ++edge.intended;
  if (event.date) {
    if (!edge.first || *event.date < *edge.first) edge.first = event.date;
    if (!edge.last || *edge.last < *event.date) edge.last = event.date;
  }
  auto pos = std::lower_bound(edge.evidence.begin(), edge.evidence.end(), event_id);
  if (pos == edge.evidence.end() || *pos != event_id) edge.evidence.insert(pos, event_id);
  for (const ActorRef& via : event.via) {
    auto v = std::lower_bound(edge.via.begin(), edge.via.end(), via.id);
    if (v == edge.via.end() || *v != via.id) edge.via.insert(v, via.id);
  }
}

ActorGraph ActorGraph::FromStore(const Store& store, GraphOptions options) {
  ActorGraph g(options);
  store.ForEachActor([&g](const ActorRef& a) { g.AddKnownActor(a); });
  store.ForEachEvent([&g](const StoredEvent& s) { g.AddEvent(s.event, s.id); });
  return g;
}

std::optional<Vertex> ActorGraph::Find(std::string_view id) const {
  auto it = index_.find(std::string(id));
  if (it == index_.end()) return std::nullopt;
  return it->second;
}

std::vector<Vertex> ActorGraph::SortedVertices() const {
  std::vector<Vertex> out;
  out.reserve(actor_count());
  for (Vertex v : boost::make_iterator_range(boost::vertices(graph_))) out.push_back(v);
  std::sort(out.begin(), out.end(),
            [this](Vertex a, Vertex b) { return graph_[a].id < graph_[b].id; });
  return out;
}

std::vector<Edge> ActorGraph::SortedEdges() const {
  std::vector<Edge> out;
  out.reserve(edge_count());
  for (Edge e : boost::make_iterator_range(boost::edges(graph_))) out.push_back(e);
  auto key = [this](Edge e) {
    return std::make_tuple(std::cref(graph_[boost::source(e, graph_)].id), graph_[e].relation,
                           std::cref(graph_[boost::target(e, graph_)].id));
  };
  std::sort(out.begin(), out.end(), [&key](Edge a, Edge b) { return key(a) < key(b); });
  return out;
}

}  // namespace irkg::graph
