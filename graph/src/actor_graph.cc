#include "irkg/graph/actor_graph.h"

#include <algorithm>
#include <cassert>

#include "irkg/graph/store.h"

namespace irkg::graph {

namespace {

// One number for (source, relation, target); vertices are below 2^30.
uint64_t EdgeKey(Vertex source, Relation relation, Vertex target) {
  assert(source < (1u << 30) && target < (1u << 30));
  return static_cast<uint64_t>(source) << 34 | static_cast<uint64_t>(target) << 4 |
         static_cast<uint64_t>(relation);
}

}  // namespace

ActorGraph::ActorGraph(GraphOptions options) : options_(options) {}

void ActorGraph::AddKnownActor(const ActorRef& actor) { known_.try_emplace(actor.id, actor); }

bool EventFilter::KeepsDate(const std::optional<Date>& date) const {
  if (!since && !until) return true;
  if (!date) return false;
  return (!since || *since <= *date) && (!until || *date <= *until);
}

const EvidenceRef* RelationEdge::Newest() const {
  const EvidenceRef* best = nullptr;
  for (const EvidenceRef& e : evidence) {
    if (!best || (e.date && (!best->date || *best->date < *e.date))) best = &e;
  }
  return best;
}

ActorRef ActorGraph::NodeFor(const ActorRef& actor) const {
  if (options_.level == GraphLevel::kState && actor.StateLevelId() != actor.id) {
    auto known = known_.find(actor.affiliation);
    if (known != known_.end()) return known->second;
    return ActorRef{actor.affiliation, actor.affiliation, ActorType::kOther, ""};
  }
  return actor;
}

Vertex ActorGraph::VertexFor(const ActorRef& node) {
  auto [it, inserted] = index_.try_emplace(node.id, 0);
  if (inserted) it->second = boost::add_vertex(node, graph_);
  return it->second;
}

void ActorGraph::AddEvent(const EventRecord& event, uint64_t key) {
  if (event.negated) return;
  if (event.mode == Mode::kHypothetical && !options_.include_hypothetical) return;
  if (event.source.empty() || event.target.empty()) return;
  const EventFilter& filter = options_.filter;
  if (!filter.Keeps(event.relation) || !filter.KeepsDate(event.date)) return;
  const bool state_level = options_.level == GraphLevel::kState;
  // Most events name their nodes directly: look them up without copying.
  ActorRef source_node, target_node;
  const ActorRef* source = &event.source;
  const ActorRef* target = &event.target;
  if (state_level) {
    source_node = NodeFor(event.source);
    target_node = NodeFor(event.target);
    source = &source_node;
    target = &target_node;
  }
  if (source->id == target->id) return;
  if (!filter.Keeps(source->type) || !filter.Keeps(target->type)) return;
  Vertex s = VertexFor(*source);
  Vertex t = VertexFor(*target);
  const uint64_t edge_key = EdgeKey(s, event.relation, t);
  auto it = edges_.find(edge_key);
  if (it == edges_.end()) {
    RelationEdge fresh;
    fresh.relation = event.relation;
    it = edges_.emplace(edge_key, boost::add_edge(s, t, fresh, graph_).first).first;
  }
  RelationEdge& edge = graph_[it->second];
  ++edge.count;
  edge.confidence_sum += event.confidence;
  if (event.mode == Mode::kIntended) ++edge.intended;
  if (event.date) {
    if (!edge.first || *event.date < *edge.first) edge.first = event.date;
    if (!edge.last || *edge.last < *event.date) edge.last = event.date;
  }
  // Sorted by Finish(): inserting in order here costs O(n) per event on edges of thousands.
  edge.evidence.push_back(EvidenceRef{key, event.date});
  for (const ActorRef& via : event.via) {
    auto v = std::lower_bound(edge.via.begin(), edge.via.end(), via.id);
    if (v == edge.via.end() || *v != via.id) edge.via.insert(v, via.id);
  }
}

void ActorGraph::Finish() {
  for (Edge e : boost::make_iterator_range(boost::edges(graph_))) {
    auto& evidence = graph_[e].evidence;
    std::sort(evidence.begin(), evidence.end(),
              [](const EvidenceRef& a, const EvidenceRef& b) { return a.key < b.key; });
    evidence.erase(
        std::unique(evidence.begin(), evidence.end(),
                    [](const EvidenceRef& a, const EvidenceRef& b) { return a.key == b.key; }),
        evidence.end());
  }
  if (options_.filter.min_count <= 1) return;
  BoostGraph kept;
  std::unordered_map<std::string, Vertex> index;
  std::unordered_map<uint64_t, Edge> edges;
  auto vertex = [&](Vertex old) {
    auto [it, inserted] = index.try_emplace(graph_[old].id, 0);
    if (inserted) it->second = boost::add_vertex(graph_[old], kept);
    return it->second;
  };
  // In the old edge order, so that vertices keep their relative order.
  for (Edge e : boost::make_iterator_range(boost::edges(graph_))) {
    const RelationEdge& edge = graph_[e];
    if (edge.count < options_.filter.min_count) continue;
    Vertex s = vertex(boost::source(e, graph_));
    Vertex t = vertex(boost::target(e, graph_));
    edges.emplace(EdgeKey(s, edge.relation, t), boost::add_edge(s, t, edge, kept).first);
  }
  graph_ = std::move(kept);
  index_ = std::move(index);
  edges_ = std::move(edges);
}

ActorGraph ActorGraph::Subgraph(const std::vector<bool>& keep) const {
  assert(keep.size() == actor_count());
  ActorGraph out(options_);
  out.known_ = known_;
  for (Edge e : boost::make_iterator_range(boost::edges(graph_))) {
    Vertex s = boost::source(e, graph_);
    Vertex t = boost::target(e, graph_);
    if (!keep[s] || !keep[t]) continue;
    Vertex ns = out.VertexFor(graph_[s]);
    Vertex nt = out.VertexFor(graph_[t]);
    out.edges_.emplace(EdgeKey(ns, graph_[e].relation, nt),
                       boost::add_edge(ns, nt, graph_[e], out.graph_).first);
  }
  return out;
}

ActorGraph ActorGraph::FromStore(const Store& store, GraphOptions options) {
  ActorGraph g(options);
  store.ForEachActor([&g](const ActorRef& a) { g.AddKnownActor(a); });
  store.ForEachEvent([&g](const StoredEvent& s) { g.AddEvent(s.event, s.key); },
                     EventFields::kGraph);
  g.Finish();
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
