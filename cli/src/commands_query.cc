// path, neighbors, evidence, timeline, top: questions about actors of the stored graph.
#include <algorithm>
#include <map>

#include "graph_query.h"
#include "irkg/cli/cli.h"
#include "irkg/ingest/text.h"
#include "irkg/queries/ranking.h"
#include "irkg/queries/timeline.h"
#include "irkg/queries/traversal.h"

namespace irkg::cli {
namespace {

// What every query command takes.
struct QueryOptions {
  CommonOptions common;
  FilterOptions filters;
};

void AddQueryOptions(CLI::App& app, QueryOptions& options) {
  AddFilterOptions(app, options.filters);
  AddDbOption(app, options.common);
  AddLevelOption(app, options.common);
  AddJsonOption(app, options.common);
  AddKnowledgeOptions(app, options.common);
}

std::string Plural(size_t n, const std::string& word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

// Prints a JSON document and a newline.
class JsonOut {
 public:
  JsonWriter& w() { return writer_; }
  void Print(std::ostream& out) { out << buffer_.GetString() << "\n"; }

 private:
  rapidjson::StringBuffer buffer_;
  JsonWriter writer_{buffer_};
};

// The newest sentence behind `edges`, or nothing when none is stored.
std::optional<graph::StoredEvent> Example(const QueryGraph& q,
                                          const std::vector<graph::Edge>& edges) {
  auto refs = NewestFirst(q.graph, edges);
  if (refs.empty()) return std::nullopt;
  auto found = q.store->EventsByKey({refs.front().key});
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

Command PathCommand() {
  return {"path",
          "path A B [--direction out|both] [--limit N] [filters] [--db FILE] [--level actor|state] "
          "[--json]",
          "Shortest chain of relations between two actors, with every relation of each hop",
          [](CLI::App& app) {
            auto o = std::make_shared<QueryOptions>();
            auto a = std::make_shared<std::string>();
            auto b = std::make_shared<std::string>();
            auto direction = std::make_shared<std::string>("both");
            auto limit = std::make_shared<size_t>(0);
            app.add_option("A", *a, "Start actor: id, name or alias")->required();
            app.add_option("B", *b, "End actor: id, name or alias")->required();
            app.add_option("--direction", *direction,
                           "out: follow relations source to target only; both: either way")
                ->check(CLI::IsMember({"out", "in", "both"}))
                ->capture_default_str();
            app.add_option("--limit", *limit, "Relations listed per hop, strongest first (0: all)")
                ->capture_default_str();
            AddQueryOptions(app, *o);
            return [o, a, b, direction, limit](Context& ctx) {
              QueryGraph q = LoadQueryGraph(o->common, o->filters);
              const graph::ActorGraph& g = q.graph;
              std::unique_ptr<ingest::KnowledgeBase> kb;
              ResolvedActor from = ResolveActor(q, o->common, *a, ctx, kb);
              ResolvedActor to = ResolveActor(q, o->common, *b, ctx, kb);
              std::optional<queries::Path> path;
              if (from.vertex && to.vertex) {
                path = queries::ShortestPath(g, *from.vertex, *to.vertex,
                                             *queries::ParseDirection(*direction));
              }
              // Each hop: every relation between the pair, strongest first, and one sentence.
              struct Hop {
                std::vector<graph::Edge> edges;
                size_t total = 0;
                std::optional<graph::StoredEvent> example;
              };
              std::vector<Hop> hops;
              if (path) {
                for (size_t i = 0; i < path->steps.size(); ++i) {
                  Hop hop;
                  hop.edges = queries::EdgesBetween(g, path->actors[i], path->actors[i + 1]);
                  hop.total = hop.edges.size();
                  hop.example = Example(q, hop.edges);
                  if (*limit != 0 && hop.edges.size() > *limit) hop.edges.resize(*limit);
                  hops.push_back(std::move(hop));
                }
              }
              if (o->common.json) {
                JsonOut json;
                JsonWriter& w = json.w();
                w.StartObject();
                w.Key("from");
                ActorJson(w, from.node);
                w.Key("to");
                ActorJson(w, to.node);
                w.Key("path");
                if (!path) {
                  w.Null();
                } else {
                  w.StartObject();
                  w.Key("hops");
                  w.Uint(static_cast<unsigned>(path->steps.size()));
                  w.Key("actors");
                  w.StartArray();
                  for (graph::Vertex v : path->actors) ActorJson(w, g.node(v));
                  w.EndArray();
                  w.Key("edges");
                  w.StartArray();
                  for (const queries::Step& s : path->steps) EdgeJson(w, g, s.edge);
                  w.EndArray();
                  w.Key("steps");
                  w.StartArray();
                  for (size_t i = 0; i < hops.size(); ++i) {
                    w.StartObject();
                    w.Key("from");
                    w.String(g.node(path->actors[i]).id);
                    w.Key("to");
                    w.String(g.node(path->actors[i + 1]).id);
                    w.Key("relation_count");
                    w.Uint64(hops[i].total);
                    w.Key("relations");
                    w.StartArray();
                    for (graph::Edge e : hops[i].edges) EdgeJson(w, g, e);
                    w.EndArray();
                    w.Key("example");
                    if (hops[i].example) {
                      EvidenceJson(w, *hops[i].example);
                    } else {
                      w.Null();
                    }
                    w.EndObject();
                  }
                  w.EndArray();
                  w.EndObject();
                }
                w.Key("no_relations");
                w.StartArray();
                for (const ResolvedActor* r : {&from, &to}) {
                  if (!r->vertex) w.String(r->node.id);
                }
                w.EndArray();
                w.EndObject();
                json.Print(ctx.out);
                return kExitOk;
              }
              for (const ResolvedActor* r : {&from, &to}) {
                if (!r->vertex) {
                  ctx.out << "no path: " << NoRelations(r->node, o->common, q) << "\n";
                  return kExitOk;
                }
              }
              if (!path) {
                ctx.out << "no path from " << Describe(from.node) << " to " << Describe(to.node)
                        << "\n";
                return kExitOk;
              }
              ctx.out << Plural(path->steps.size(), "hop") << " from " << Describe(from.node)
                      << " to " << Describe(to.node) << ":\n";
              for (size_t i = 0; i < hops.size(); ++i) {
                const Hop& hop = hops[i];
                uint64_t events = queries::Strength(
                    g, queries::EdgesBetween(g, path->actors[i], path->actors[i + 1]));
                ctx.out << "  " << g.node(path->actors[i]).id << " -- "
                        << g.node(path->actors[i + 1]).id << ": " << Plural(hop.total, "relation")
                        << ", " << Plural(events, "event") << "\n";
                for (graph::Edge e : hop.edges) ctx.out << "    " << EdgeText(g, e) << "\n";
                if (hop.edges.size() < hop.total) {
                  ctx.out << "    ... " << hop.total - hop.edges.size() << " more (--limit)\n";
                }
                if (hop.example) ctx.out << "    e.g. " << ExampleText(*hop.example) << "\n";
              }
              return kExitOk;
            };
          }};
}

constexpr size_t kScreenful = 20;

Command NeighborsCommand() {
  return {"neighbors",
          "neighbors A [--depth N] [--direction out|in|both] [--limit N] [filters] [--db FILE] "
          "[--level actor|state] [--json]",
          "Actors within N hops of an actor, strongest first, with the relations that join them",
          [](CLI::App& app) {
            auto o = std::make_shared<QueryOptions>();
            auto a = std::make_shared<std::string>();
            auto depth = std::make_shared<int>(1);
            auto direction = std::make_shared<std::string>("both");
            auto limit = std::make_shared<size_t>(kScreenful);
            app.add_option("A", *a, "Actor: id, name or alias")->required();
            app.add_option("--depth", *depth, "How many hops")
                ->check(CLI::Range(1, 10))
                ->capture_default_str();
            app.add_option("--direction", *direction,
                           "out: relations A is the source of; in: A is the target; both")
                ->check(CLI::IsMember({"out", "in", "both"}))
                ->capture_default_str();
            app.add_option("--limit", *limit, "Actors shown, strongest first (0: all)")
                ->capture_default_str();
            AddQueryOptions(app, *o);
            return [o, a, depth, direction, limit](Context& ctx) {
              QueryGraph q = LoadQueryGraph(o->common, o->filters);
              const graph::ActorGraph& g = q.graph;
              std::unique_ptr<ingest::KnowledgeBase> kb;
              ResolvedActor start = ResolveActor(q, o->common, *a, ctx, kb);
              std::vector<queries::Neighbor> found;
              if (start.vertex) {
                found = queries::Neighborhood(g, *start.vertex, *depth,
                                              *queries::ParseDirection(*direction));
              }
              const size_t total = found.size();
              if (*limit != 0 && found.size() > *limit) found.resize(*limit);
              if (o->common.json) {
                JsonOut json;
                JsonWriter& w = json.w();
                w.StartObject();
                w.Key("actor");
                ActorJson(w, start.node);
                w.Key("total");
                w.Uint64(total);
                w.Key("neighbors");
                w.StartArray();
                for (const queries::Neighbor& n : found) {
                  w.StartObject();
                  w.Key("actor");
                  ActorJson(w, g.node(n.actor));
                  w.Key("depth");
                  w.Int(n.depth);
                  w.Key("via_actor");
                  w.String(g.node(n.parent).id);
                  w.Key("strength");
                  w.Uint64(queries::Strength(g, n.edges));
                  w.Key("edges");
                  w.StartArray();
                  for (graph::Edge e : n.edges) EdgeJson(w, g, e);
                  w.EndArray();
                  w.EndObject();
                }
                w.EndArray();
                w.Key("no_relations");
                w.Bool(!start.vertex);
                w.EndObject();
                json.Print(ctx.out);
                return kExitOk;
              }
              if (!start.vertex) {
                ctx.out << NoRelations(start.node, o->common, q) << "\n";
                return kExitOk;
              }
              ctx.out << Plural(total, "actor") << " within "
                      << Plural(static_cast<size_t>(*depth), "hop") << " of "
                      << Describe(start.node);
              if (found.size() < total) {
                ctx.out << " (the " << found.size() << " strongest; --limit 0 for all)";
              }
              ctx.out << ":\n";
              for (const queries::Neighbor& n : found) {
                ctx.out << "  " << Describe(g.node(n.actor)) << " (depth " << n.depth << ", "
                        << Plural(queries::Strength(g, n.edges), "event") << ")\n";
                for (graph::Edge e : n.edges) ctx.out << "    " << EdgeText(g, e) << "\n";
              }
              return kExitOk;
            };
          }};
}

Command EvidenceCommand() {
  return {"evidence",
          "evidence A B [--relation R]... [--limit N] [filters] [--db FILE] [--level actor|state] "
          "[--json]",
          "The sentences behind the relations between two actors, newest first", [](CLI::App& app) {
            auto o = std::make_shared<QueryOptions>();
            auto a = std::make_shared<std::string>();
            auto b = std::make_shared<std::string>();
            auto limit = std::make_shared<size_t>(kScreenful);
            app.add_option("A", *a, "One actor: id, name or alias")->required();
            app.add_option("B", *b, "The other actor: id, name or alias")->required();
            app.add_option("--limit", *limit, "Sentences shown, newest first (0: all)")
                ->capture_default_str();
            AddQueryOptions(app, *o);
            return [o, a, b, limit](Context& ctx) {
              QueryGraph q = LoadQueryGraph(o->common, o->filters);
              const graph::ActorGraph& g = q.graph;
              std::unique_ptr<ingest::KnowledgeBase> kb;
              ResolvedActor first = ResolveActor(q, o->common, *a, ctx, kb);
              ResolvedActor second = ResolveActor(q, o->common, *b, ctx, kb);
              std::vector<graph::Edge> edges;
              if (first.vertex && second.vertex) {
                edges = queries::EdgesBetween(g, *first.vertex, *second.vertex);
              }
              std::vector<graph::EvidenceRef> refs = NewestFirst(g, edges);
              const size_t total = refs.size();
              if (*limit != 0 && refs.size() > *limit) refs.resize(*limit);
              std::vector<uint64_t> keys;
              for (const graph::EvidenceRef& r : refs) keys.push_back(r.key);
              std::vector<graph::StoredEvent> events = q.store->EventsByKey(keys);
              if (o->common.json) {
                JsonOut json;
                JsonWriter& w = json.w();
                w.StartObject();
                w.Key("a");
                ActorJson(w, first.node);
                w.Key("b");
                ActorJson(w, second.node);
                w.Key("level");
                w.String(o->common.level);
                w.Key("total");
                w.Uint64(total);
                w.Key("edges");
                w.StartArray();
                for (graph::Edge e : edges) EdgeJson(w, g, e);
                w.EndArray();
                w.Key("evidence");
                w.StartArray();
                for (const graph::StoredEvent& s : events) EvidenceJson(w, s);
                w.EndArray();
                w.EndObject();
                json.Print(ctx.out);
                return kExitOk;
              }
              for (const ResolvedActor* r : {&first, &second}) {
                if (!r->vertex) {
                  ctx.out << "no evidence: " << NoRelations(r->node, o->common, q) << "\n";
                  return kExitOk;
                }
              }
              if (total == 0) {
                ctx.out << "no relations between " << Describe(first.node) << " and "
                        << Describe(second.node) << "\n";
                return kExitOk;
              }
              ctx.out << Plural(total, "event") << " between " << Describe(first.node) << " and "
                      << Describe(second.node);
              if (events.size() < total) ctx.out << ", the " << events.size() << " newest";
              ctx.out << " (newest first):\n";
              for (const graph::StoredEvent& s : events) {
                const graph::EventRecord& e = s.event;
                char confidence[16];
                std::snprintf(confidence, sizeof confidence, "%.2f", e.confidence);
                ctx.out << "  " << (e.date ? graph::FormatDate(*e.date) : std::string("undated"))
                        << "  " << e.source.id << " -" << graph::Info(e.relation).predicate << "-> "
                        << e.target.id << "  article " << e.article << " sentence " << e.sentence
                        << ", confidence " << confidence;
                if (e.mode != graph::Mode::kAsserted) ctx.out << ", " << graph::ToString(e.mode);
                ctx.out << "\n    \"" << e.text << "\"\n";
                ctx.out << "    rule " << e.rule << "; key " << graph::FormatEvidenceKey(s.key);
                if (!s.article_url.empty()) ctx.out << "; " << s.article_url;
                if (!s.article_source.empty()) ctx.out << " (" << s.article_source << ")";
                ctx.out << "\n";
              }
              return kExitOk;
            };
          }};
}

Command TimelineCommand() {
  return {"timeline",
          "timeline A [B] [--by month|year|week] [filters] [--db FILE] [--level actor|state] "
          "[--json]",
          "Events of an actor (or between two) per month, year or week, by relation",
          [](CLI::App& app) {
            auto o = std::make_shared<QueryOptions>();
            auto a = std::make_shared<std::string>();
            auto b = std::make_shared<std::string>();
            auto by = std::make_shared<std::string>("month");
            app.add_option("A", *a, "Actor: id, name or alias")->required();
            app.add_option("B", *b, "Only events between A and this actor");
            app.add_option("--by", *by, "Period: month, year or week (ISO 8601)")
                ->check(CLI::IsMember({"month", "year", "week"}))
                ->capture_default_str();
            AddQueryOptions(app, *o);
            return [o, a, b, by](Context& ctx) {
              QueryGraph q = LoadQueryGraph(o->common, o->filters);
              const graph::ActorGraph& g = q.graph;
              std::unique_ptr<ingest::KnowledgeBase> kb;
              ResolvedActor first = ResolveActor(q, o->common, *a, ctx, kb);
              std::optional<ResolvedActor> second;
              if (!b->empty()) second = ResolveActor(q, o->common, *b, ctx, kb);
              std::vector<queries::TimelineRow> rows;
              uint32_t undated = 0;
              const bool possible = first.vertex && (!second || second->vertex);
              if (possible) {
                rows = queries::Timeline(g, *first.vertex,
                                         second ? second->vertex : std::optional<graph::Vertex>(),
                                         *queries::ParsePeriod(*by), undated);
              }
              // Columns: the relations that occur, in PLOVER order.
              std::array<uint64_t, graph::kRelationCount> totals{};
              for (const queries::TimelineRow& row : rows) {
                for (size_t r = 0; r < totals.size(); ++r) totals[r] += row.counts[r];
              }
              if (o->common.json) {
                JsonOut json;
                JsonWriter& w = json.w();
                w.StartObject();
                w.Key("actor");
                ActorJson(w, first.node);
                w.Key("other");
                if (second) {
                  ActorJson(w, second->node);
                } else {
                  w.Null();
                }
                w.Key("by");
                w.String(*by);
                w.Key("undated");
                w.Uint(undated);
                w.Key("rows");
                w.StartArray();
                for (const queries::TimelineRow& row : rows) {
                  w.StartObject();
                  w.Key("period");
                  w.String(row.period);
                  w.Key("total");
                  w.Uint(row.total);
                  w.Key("relations");
                  w.StartObject();
                  for (const graph::RelationInfo& info : graph::AllRelations()) {
                    uint32_t n = row.counts[static_cast<size_t>(info.relation)];
                    if (n == 0) continue;
                    w.Key(info.predicate.data(),
                          static_cast<rapidjson::SizeType>(info.predicate.size()));
                    w.Uint(n);
                  }
                  w.EndObject();
                  w.EndObject();
                }
                w.EndArray();
                w.EndObject();
                json.Print(ctx.out);
                return kExitOk;
              }
              for (const ResolvedActor* r : {&first, second ? &*second : nullptr}) {
                if (r && !r->vertex) {
                  ctx.out << NoRelations(r->node, o->common, q) << "\n";
                  return kExitOk;
                }
              }
              ctx.out << "events of " << Describe(first.node);
              if (second) ctx.out << " with " << Describe(second->node);
              ctx.out << " per " << *by;
              if (undated) ctx.out << " (" << undated << " undated left out)";
              ctx.out << ":\n";
              if (rows.empty()) {
                ctx.out << "  none\n";
                return kExitOk;
              }
              auto cell = [](const std::string& text, size_t width) {
                return std::string(width > text.size() ? width - text.size() : 0, ' ') + text;
              };
              std::string header = "period    " + cell("total", 7);
              for (const graph::RelationInfo& info : graph::AllRelations()) {
                if (totals[static_cast<size_t>(info.relation)] == 0) continue;
                header += "  " + std::string(info.predicate);
              }
              ctx.out << header << "\n";
              for (const queries::TimelineRow& row : rows) {
                std::string line = row.period;
                line.resize(std::max<size_t>(line.size(), 10), ' ');
                line += cell(std::to_string(row.total), 7);
                for (const graph::RelationInfo& info : graph::AllRelations()) {
                  if (totals[static_cast<size_t>(info.relation)] == 0) continue;
                  uint32_t n = row.counts[static_cast<size_t>(info.relation)];
                  line += "  " + cell(n ? std::to_string(n) : "", info.predicate.size());
                }
                while (!line.empty() && line.back() == ' ') line.pop_back();
                ctx.out << line << "\n";
              }
              return kExitOk;
            };
          }};
}

Command TopCommand() {
  return {
      "top",
      "top [--by degree|weighted|pagerank|betweenness] [--limit N] [filters] [--db FILE] "
      "[--level actor|state] [--json]",
      "The most central actors: by relations, events, PageRank or betweenness", [](CLI::App& app) {
        auto o = std::make_shared<QueryOptions>();
        auto by = std::make_shared<std::string>("weighted");
        auto limit = std::make_shared<size_t>(kScreenful);
        app.add_option("--by", *by,
                       "degree: merged relations; weighted: events; pagerank; betweenness "
                       "(slow on large graphs: filter first)")
            ->check(CLI::IsMember({"degree", "weighted", "pagerank", "betweenness"}))
            ->capture_default_str();
        app.add_option("--limit", *limit, "Actors shown (0: all)")->capture_default_str();
        AddQueryOptions(app, *o);
        return [o, by, limit](Context& ctx) {
          QueryGraph q = LoadQueryGraph(o->common, o->filters);
          const graph::ActorGraph& g = q.graph;
          const queries::Measure measure = *queries::ParseMeasure(*by);
          auto ranked = queries::RankActors(g, measure);
          const size_t total = ranked.size();
          if (*limit != 0 && ranked.size() > *limit) ranked.resize(*limit);
          if (o->common.json) {
            JsonOut json;
            JsonWriter& w = json.w();
            w.StartObject();
            w.Key("by");
            w.String(*by);
            w.Key("level");
            w.String(o->common.level);
            w.Key("actors_in_graph");
            w.Uint64(total);
            w.Key("actors");
            w.StartArray();
            for (const queries::Centrality& c : ranked) {
              w.StartObject();
              w.Key("actor");
              ActorJson(w, g.node(c.actor));
              w.Key("degree");
              w.Uint64(c.degree);
              w.Key("events");
              w.Uint64(c.weighted);
              w.Key("pagerank");
              w.Double(c.pagerank);
              w.Key("betweenness");
              if (c.has_betweenness) {
                w.Double(c.betweenness);
              } else {
                w.Null();
              }
              w.EndObject();
            }
            w.EndArray();
            w.EndObject();
            json.Print(ctx.out);
            return kExitOk;
          }
          ctx.out << "top " << ranked.size() << " of " << Plural(total, "actor") << " by " << *by
                  << " (" << o->common.level << " level):\n";
          ctx.out << "rank  actor                                  relations   events  pagerank";
          if (measure == queries::Measure::kBetweenness) ctx.out << "  betweenness";
          ctx.out << "\n";
          for (size_t i = 0; i < ranked.size(); ++i) {
            const queries::Centrality& c = ranked[i];
            char line[256];
            std::string name = Describe(g.node(c.actor));
            if (name.size() > 38) name = std::string(ingest::Utf8Prefix(name, 35)) + "...";
            std::snprintf(line, sizeof line, "%4zu  %-38s %10zu %8llu  %8.4f", i + 1, name.c_str(),
                          c.degree, static_cast<unsigned long long>(c.weighted), c.pagerank);
            ctx.out << line;
            if (c.has_betweenness) {
              std::snprintf(line, sizeof line, "  %11.1f", c.betweenness);
              ctx.out << line;
            }
            ctx.out << "\n";
          }
          return kExitOk;
        };
      }};
}

}  // namespace

std::vector<Command> QueryCommands() {
  return {PathCommand(), NeighborsCommand(), EvidenceCommand(), TimelineCommand(), TopCommand()};
}

}  // namespace irkg::cli
