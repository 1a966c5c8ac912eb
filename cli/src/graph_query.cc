#include "graph_query.h"

#include <algorithm>

#include "irkg/ingest/text.h"
#include "irkg/queries/traversal.h"

namespace irkg::cli {
namespace {

std::string OrNull(const std::optional<graph::Date>& date) {
  return date ? graph::FormatDate(*date) : std::string();
}

void DateJson(JsonWriter& w, const std::optional<graph::Date>& date) {
  if (date) {
    w.String(graph::FormatDate(*date));
  } else {
    w.Null();
  }
}

}  // namespace

bool FilterOptions::any() const {
  return !since.empty() || !until.empty() || !relations.empty() || min_count > 1 ||
         !actor_types.empty();
}

void AddFilterOptions(CLI::App& app, FilterOptions& options) {
  auto date = [](bool last) {
    return CLI::Validator(
        [last](std::string& text) -> std::string {
          if (graph::ParseDateBound(text, last)) return {};
          return "expected YYYY, YYYY-MM or YYYY-MM-DD, got '" + text + "'";
        },
        "DATE");
  };
  app.add_option("--since", options.since, "Only events on or after this day, month or year")
      ->check(date(false));
  app.add_option("--until", options.until, "Only events on or before this day, month or year")
      ->check(date(true));
  app.add_option("--relation", options.relations,
                 "Only this relation (assaults, ...) or class (cooperation, conflict, verbal, "
                 "material, or one of the four: verbal-cooperation, ...); repeatable")
      ->allow_extra_args(false)
      ->check(CLI::Validator(
          [](std::string& text) -> std::string {
            if (graph::ParseRelationSet(text)) return {};
            return "unknown relation or class '" + text +
                   "' (a PLOVER predicate such as assaults, or cooperation, conflict, verbal, "
                   "material)";
          },
          "RELATION"));
  app.add_option("--min-count", options.min_count, "Only merged relations with this many events")
      ->check(CLI::Range(1u, 1000000000u));
  app.add_option("--actor-type", options.actor_types,
                 "Only actors of this type (state, igo, person, agency, group, other); "
                 "repeatable")
      ->allow_extra_args(false)
      ->check(CLI::IsMember({"state", "igo", "person", "agency", "group", "other"}));
}

graph::EventFilter ToEventFilter(const FilterOptions& options) {
  graph::EventFilter filter;
  if (!options.since.empty()) filter.since = graph::ParseDateBound(options.since, false);
  if (!options.until.empty()) filter.until = graph::ParseDateBound(options.until, true);
  for (const std::string& r : options.relations) filter.relations |= *graph::ParseRelationSet(r);
  for (const std::string& t : options.actor_types) filter.AddActorType(*graph::ParseActorType(t));
  filter.min_count = options.min_count;
  return filter;
}

QueryGraph LoadQueryGraph(const CommonOptions& common, const FilterOptions& filters) {
  auto store = std::make_unique<graph::Store>(common.db, graph::Store::OpenMode::kReadOnly);
  graph::GraphOptions options;
  options.level = common.level == "state" ? graph::GraphLevel::kState : graph::GraphLevel::kActor;
  options.filter = ToEventFilter(filters);
  // Built in place: Boost 1.74's adjacency_list would be copied, not moved.
  const graph::Store& source = *store;
  return QueryGraph{std::move(store), graph::ActorGraph::FromStore(source, options), filters.any()};
}

ResolvedActor ResolveActor(const QueryGraph& q, const CommonOptions& common,
                           const std::string& text, Context& ctx,
                           std::unique_ptr<ingest::KnowledgeBase>& kb) {
  const graph::ActorGraph& g = q.graph;
  if (auto v = g.Find(text)) return {v, g.node(*v)};
  // A label in the graph ("Russia") needs no knowledge base.
  const std::string key = ingest::FoldKey(text);
  for (graph::Vertex v : g.SortedVertices()) {
    if (ingest::FoldKey(g.node(v).label) == key) return {v, g.node(v)};
  }
  if (!kb) kb = LoadKnowledge(common, ctx);
  const graph::Actor* a = kb->actors.Find(text);
  if (!a) a = kb->actors.Resolve(text);
  if (a) {
    if (auto v = g.Find(a->id)) return {v, g.node(*v)};
    graph::ActorRef ref = kb->actors.RefOn(*a, std::nullopt);
    if (g.options().level == graph::GraphLevel::kState && ref.StateLevelId() != ref.id) {
      const std::string affiliation = ref.StateLevelId();
      if (auto v = g.Find(affiliation)) return {v, g.node(*v)};
      if (const graph::Actor* aff = kb->actors.Find(affiliation)) {
        ref = kb->actors.RefOn(*aff, std::nullopt);
      }
    }
    return {std::nullopt, ref};
  }
  // Unknown: suggest from the graph and the knowledge base.
  std::vector<queries::NamedActor> candidates = KnowledgeCandidates(kb->actors);
  for (graph::Vertex v : g.SortedVertices()) {
    if (!kb->actors.Find(g.node(v).id)) {
      candidates.push_back({g.node(v).id, {g.node(v).id, g.node(v).label}});
    }
  }
  std::string message = "unknown actor '" + text + "'";
  auto suggestions = queries::SuggestNames(candidates, text, 5);
  if (!suggestions.empty()) {
    message += " (did you mean: ";
    for (size_t i = 0; i < suggestions.size(); ++i) {
      std::string label = suggestions[i];
      if (const graph::Actor* known = kb->actors.Find(suggestions[i])) {
        label = known->label;
      } else if (auto v = g.Find(suggestions[i])) {
        label = g.node(*v).label;
      }
      message += (i ? ", " : "") + suggestions[i] + " (" + label + ")";
    }
    message += "?)";
  } else {
    message += " (not in the graph of " + common.db + " nor in the actor data)";
  }
  throw UsageError(message);
}

std::string Describe(const graph::ActorNode& node) {
  return node.id == node.label || node.label.empty() ? node.id : node.label + " [" + node.id + "]";
}

std::string NoRelations(const graph::ActorNode& node, const CommonOptions& common,
                        const QueryGraph& q) {
  return Describe(node) + ": known, no relations in this graph (" + common.level + " level" +
         (q.filtered ? ", with these filters" : "") + ")";
}

std::string EdgeText(const graph::ActorGraph& g, graph::Edge e) {
  const auto& bg = g.graph();
  const graph::RelationEdge& edge = bg[e];
  std::string s = bg[boost::source(e, bg)].id + " -" +
                  std::string(graph::Info(edge.relation).predicate) + "-> " +
                  bg[boost::target(e, bg)].id + "  (" + std::to_string(edge.count) + "x";
  if (edge.first) {
    s += ", " + graph::FormatDate(*edge.first);
    if (edge.last && *edge.last != *edge.first) s += ".." + graph::FormatDate(*edge.last);
  }
  if (!edge.via.empty()) {
    s += ", via";
    for (const std::string& v : edge.via) s += " " + v;
  }
  return s + ")";
}

void ActorJson(JsonWriter& w, const graph::ActorNode& node) {
  w.StartObject();
  w.Key("id");
  w.String(node.id);
  w.Key("label");
  w.String(node.label);
  w.Key("type");
  w.String(std::string(graph::ToString(node.type)));
  w.EndObject();
}

void EdgeJson(JsonWriter& w, const graph::ActorGraph& g, graph::Edge e) {
  const auto& bg = g.graph();
  const graph::RelationEdge& edge = bg[e];
  const graph::RelationInfo& info = graph::Info(edge.relation);
  w.StartObject();
  w.Key("source");
  w.String(bg[boost::source(e, bg)].id);
  w.Key("relation");
  w.String(std::string(info.predicate));
  w.Key("target");
  w.String(bg[boost::target(e, bg)].id);
  w.Key("count");
  w.Uint(edge.count);
  w.Key("first_date");
  DateJson(w, edge.first);
  w.Key("last_date");
  DateJson(w, edge.last);
  w.Key("class");
  w.String(std::string(graph::ToString(info.relation_class)));
  w.Key("intensity");
  w.Double(info.intensity);
  w.Key("via");
  w.StartArray();
  for (const std::string& v : edge.via) w.String(v);
  w.EndArray();
  w.Key("evidence");
  w.StartArray();
  for (const graph::EvidenceRef& ref : edge.evidence) w.String(graph::FormatEvidenceKey(ref.key));
  w.EndArray();
  w.EndObject();
}

void EvidenceJson(JsonWriter& w, const graph::StoredEvent& s) {
  const graph::EventRecord& e = s.event;
  w.StartObject();
  w.Key("key");
  w.String(graph::FormatEvidenceKey(s.key));
  w.Key("date");
  DateJson(w, e.date);
  w.Key("article");
  w.String(e.article);
  w.Key("sentence");
  w.Int(e.sentence);
  w.Key("url");
  w.String(s.article_url);
  w.Key("article_source");
  w.String(s.article_source);
  w.Key("source");
  ActorJson(w, e.source);
  w.Key("relation");
  w.String(std::string(graph::Info(e.relation).predicate));
  w.Key("target");
  ActorJson(w, e.target);
  w.Key("mode");
  w.String(std::string(graph::ToString(e.mode)));
  w.Key("confidence");
  w.Double(e.confidence);
  w.Key("rule");
  w.String(e.rule);
  w.Key("text");
  w.String(e.text);
  w.EndObject();
}

std::vector<graph::EvidenceRef> NewestFirst(const graph::ActorGraph& g,
                                            const std::vector<graph::Edge>& edges) {
  std::vector<graph::EvidenceRef> refs;
  for (graph::Edge e : edges) {
    const auto& evidence = g.graph()[e].evidence;
    refs.insert(refs.end(), evidence.begin(), evidence.end());
  }
  std::sort(refs.begin(), refs.end(), [](const graph::EvidenceRef& a, const graph::EvidenceRef& b) {
    if (a.date != b.date) {
      if (!a.date || !b.date) return a.date.has_value();
      return *a.date > *b.date;
    }
    return a.key < b.key;
  });
  return refs;
}

std::string ExampleText(const graph::StoredEvent& s) {
  const std::string date = OrNull(s.event.date);
  return (date.empty() ? std::string("undated") : date) + ", article " + s.event.article +
         " sentence " + std::to_string(s.event.sentence) + ": \"" + s.event.text + "\"";
}

}  // namespace irkg::cli
