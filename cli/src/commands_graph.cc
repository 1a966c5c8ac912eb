// export, path, neighbors, stats: questions asked of the stored graph.
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>

#include "command.h"
#include "irkg/cli/cli.h"
#include "irkg/export/graphml_writer.h"
#include "irkg/export/jsonld_writer.h"
#include "irkg/graph/store.h"
#include "irkg/ingest/knowledge_version.h"
#include "irkg/queries/traversal.h"

namespace irkg::cli {

graph::ActorGraph LoadGraph(const CommonOptions& options) {
  if (options.db != ":memory:" && !std::filesystem::exists(options.db)) {
    throw Error(options.db + ": no such database (run 'irkg ingest' first, or pass --db)");
  }
  graph::Store store(options.db, options.db == ":memory:" ? graph::Store::Access::kReadWrite
                                                          : graph::Store::Access::kReadOnly);
  graph::GraphOptions graph_options;
  graph_options.level =
      options.level == "state" ? graph::GraphLevel::kState : graph::GraphLevel::kActor;
  return graph::ActorGraph::FromStore(store, graph_options);
}

namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

// Finds the vertex a user means by `text`: an id, a name or alias of the knowledge base
// ("Russia", "Moscow", "Putin"), or a label in the graph. At the state level a person or agency
// stands for its affiliation.
graph::Vertex ResolveActor(const graph::ActorGraph& g, const CommonOptions& options,
                           const std::string& text, Context& ctx) {
  if (auto v = g.Find(text)) return *v;
  auto kb = LoadKnowledge(options, ctx);
  if (const graph::Actor* a = kb->actors.Resolve(text)) {
    if (auto v = g.Find(a->id)) return *v;
    if (g.options().level == graph::GraphLevel::kState) {
      std::string aff = a->AffiliationOn(std::nullopt);
      if (!aff.empty()) {
        if (auto v = g.Find(aff)) return *v;
      }
    }
  }
  for (graph::Vertex v : g.SortedVertices()) {
    if (ingest::FoldKey(g.node(v).label) == ingest::FoldKey(text)) return v;
  }
  std::string message = "unknown actor '" + text + "'";
  auto suggestions = queries::Suggest(g, text, 5);
  if (!suggestions.empty()) {
    message += " (did you mean: ";
    for (size_t i = 0; i < suggestions.size(); ++i) {
      const graph::ActorNode& node = g.node(*g.Find(suggestions[i]));
      message += (i ? ", " : "") + node.id + " (" + node.label + ")";
    }
    message += "?)";
  } else {
    message += " (not in the graph of " + options.db + ")";
  }
  throw UsageError(message);
}

std::string Describe(const graph::ActorNode& node) {
  return node.id == node.label ? node.id : node.label + " [" + node.id + "]";
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
  w.StartObject();
  w.Key("source");
  w.String(bg[boost::source(e, bg)].id);
  w.Key("relation");
  w.String(std::string(graph::Info(edge.relation).predicate));
  w.Key("target");
  w.String(bg[boost::target(e, bg)].id);
  w.Key("count");
  w.Uint(edge.count);
  w.Key("first_date");
  if (edge.first) {
    w.String(graph::FormatDate(*edge.first));
  } else {
    w.Null();
  }
  w.Key("last_date");
  if (edge.last) {
    w.String(graph::FormatDate(*edge.last));
  } else {
    w.Null();
  }
  w.Key("via");
  w.StartArray();
  for (const std::string& v : edge.via) w.String(v);
  w.EndArray();
  w.Key("evidence");
  w.StartArray();
  for (int64_t id : edge.evidence) w.Int64(id);
  w.EndArray();
  w.EndObject();
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

Command ExportCommand() {
  return {"export", "export --format graphml|jsonld [-o FILE] [--db FILE] [--level actor|state]",
          "Write the merged graph as GraphML (Gephi, networkx) or JSON-LD", [](CLI::App& app) {
            auto common = std::make_shared<CommonOptions>();
            auto format = std::make_shared<std::string>();
            auto output = std::make_shared<std::string>();
            app.add_option("--format", *format, "graphml or jsonld")
                ->required()
                ->check(CLI::IsMember({"graphml", "jsonld"}));
            app.add_option("-o,--output", *output, "Output file (default: standard output)");
            AddDbOption(app, *common);
            AddLevelOption(app, *common);
            AddKnowledgeOptions(app, *common);
            return [common, format, output](Context& ctx) {
              graph::ActorGraph g = LoadGraph(*common);
              std::unique_ptr<ingest::KnowledgeBase> kb;
              auto write = [&](std::ostream& out) {
                if (*format == "graphml") {
                  exporter::WriteGraphMl(g, out);
                  return;
                }
                // Linked data: Wikidata items from the knowledge base, as owl:sameAs.
                kb = LoadKnowledge(*common, ctx);
                exporter::WriteJsonLd(g, out, [&kb](const std::string& id) {
                  const graph::Actor* a = kb->actors.Find(id);
                  return a ? a->wikidata : std::string();
                });
              };
              if (output->empty() || *output == "-") {
                write(ctx.out);
                return kExitOk;
              }
              // Write beside the target and rename, so a failed export never leaves half a file.
              std::string tmp = *output + ".tmp";
              std::error_code ec;
              try {
                std::ofstream file(tmp, std::ios::binary | std::ios::trunc);
                if (!file) throw Error(*output + ": cannot write");
                write(file);
                if (!file.flush()) throw WriteError(*output);
                file.close();
                if (!file) throw WriteError(*output);
                std::filesystem::rename(tmp, *output, ec);
                if (ec) throw Error(*output + ": cannot write: " + ec.message());
              } catch (...) {
                std::filesystem::remove(tmp, ec);
                throw;
              }
              ctx.err << "wrote " << *format << " (" << g.actor_count() << " actors, "
                      << g.edge_count() << " relations) to " << *output << "\n";
              return kExitOk;
            };
          }};
}

Command PathCommand() {
  return {"path", "path A B [--direction out|both] [--db FILE] [--level actor|state] [--json]",
          "Shortest chain of relations between two actors", [](CLI::App& app) {
            auto common = std::make_shared<CommonOptions>();
            auto a = std::make_shared<std::string>();
            auto b = std::make_shared<std::string>();
            auto direction = std::make_shared<std::string>("both");
            app.add_option("A", *a, "Start actor: id, name or alias")->required();
            app.add_option("B", *b, "End actor: id, name or alias")->required();
            app.add_option("--direction", *direction,
                           "out: follow relations source to target only; both: either way")
                ->check(CLI::IsMember({"out", "in", "both"}))
                ->capture_default_str();
            AddDbOption(app, *common);
            AddLevelOption(app, *common);
            AddJsonOption(app, *common);
            AddKnowledgeOptions(app, *common);
            return [common, a, b, direction](Context& ctx) {
              graph::ActorGraph g = LoadGraph(*common);
              graph::Vertex from = ResolveActor(g, *common, *a, ctx);
              graph::Vertex to = ResolveActor(g, *common, *b, ctx);
              auto path = queries::ShortestPath(g, from, to, *queries::ParseDirection(*direction));
              if (common->json) {
                rapidjson::StringBuffer buf;
                JsonWriter w(buf);
                w.StartObject();
                w.Key("from");
                ActorJson(w, g.node(from));
                w.Key("to");
                ActorJson(w, g.node(to));
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
                  w.EndObject();
                }
                w.EndObject();
                ctx.out << buf.GetString() << "\n";
                return kExitOk;
              }
              if (!path) {
                ctx.out << "no path from " << Describe(g.node(from)) << " to "
                        << Describe(g.node(to)) << "\n";
                return kExitOk;
              }
              ctx.out << path->steps.size() << " hop" << (path->steps.size() == 1 ? "" : "s")
                      << " from " << Describe(g.node(from)) << " to " << Describe(g.node(to))
                      << ":\n";
              for (const queries::Step& s : path->steps) {
                ctx.out << "  " << EdgeText(g, s.edge) << "\n";
              }
              return kExitOk;
            };
          }};
}

Command NeighborsCommand() {
  return {"neighbors",
          "neighbors A [--depth N] [--direction out|in|both] [--db FILE] [--level actor|state] "
          "[--json]",
          "Actors within N relations of an actor, with the relations that join them",
          [](CLI::App& app) {
            auto common = std::make_shared<CommonOptions>();
            auto a = std::make_shared<std::string>();
            auto depth = std::make_shared<int>(1);
            auto direction = std::make_shared<std::string>("both");
            app.add_option("A", *a, "Actor: id, name or alias")->required();
            app.add_option("--depth", *depth, "How many hops")
                ->check(CLI::Range(1, 10))
                ->capture_default_str();
            app.add_option("--direction", *direction,
                           "out: relations A is the source of; in: A is the target; both")
                ->check(CLI::IsMember({"out", "in", "both"}))
                ->capture_default_str();
            AddDbOption(app, *common);
            AddLevelOption(app, *common);
            AddJsonOption(app, *common);
            AddKnowledgeOptions(app, *common);
            return [common, a, depth, direction](Context& ctx) {
              graph::ActorGraph g = LoadGraph(*common);
              graph::Vertex start = ResolveActor(g, *common, *a, ctx);
              auto found =
                  queries::Neighborhood(g, start, *depth, *queries::ParseDirection(*direction));
              if (common->json) {
                rapidjson::StringBuffer buf;
                JsonWriter w(buf);
                w.StartObject();
                w.Key("actor");
                ActorJson(w, g.node(start));
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
                  w.Key("edges");
                  w.StartArray();
                  for (graph::Edge e : n.edges) EdgeJson(w, g, e);
                  w.EndArray();
                  w.EndObject();
                }
                w.EndArray();
                w.EndObject();
                ctx.out << buf.GetString() << "\n";
                return kExitOk;
              }
              ctx.out << found.size() << " actor" << (found.size() == 1 ? "" : "s") << " within "
                      << *depth << " hop" << (*depth == 1 ? "" : "s") << " of "
                      << Describe(g.node(start)) << ":\n";
              for (const queries::Neighbor& n : found) {
                ctx.out << "  " << Describe(g.node(n.actor)) << " (depth " << n.depth << ")\n";
                for (graph::Edge e : n.edges) ctx.out << "    " << EdgeText(g, e) << "\n";
              }
              return kExitOk;
            };
          }};
}

Command StatsCommand() {
  return {"stats", "stats [--db FILE] [--level actor|state] [--json] [--actors FILE]",
          "Summary of the stored articles, events and merged graph", [](CLI::App& app) {
            auto common = std::make_shared<CommonOptions>();
            AddDbOption(app, *common);
            AddLevelOption(app, *common);
            AddJsonOption(app, *common);
            AddKnowledgeOptions(app, *common);  // checked and reported; labels come from the store
            return [common](Context& ctx) {
              graph::ActorGraph g = LoadGraph(*common);
              if (!common->actor_files.empty()) LoadKnowledge(*common, ctx);
              graph::Store store(common->db, graph::Store::Access::kReadOnly);
              graph::StoreStats s =
                  store.Stats(ingest::KnowledgeBaseVersion(KnowledgeSources(*common)));
              std::map<graph::Relation, std::pair<size_t, uint64_t>> by_relation;
              for (graph::Edge e : g.SortedEdges()) {
                auto& slot = by_relation[g.graph()[e].relation];
                ++slot.first;
                slot.second += g.graph()[e].count;
              }
              std::vector<std::pair<size_t, graph::Vertex>> degree;
              for (graph::Vertex v : g.SortedVertices()) {
                degree.emplace_back(
                    boost::out_degree(v, g.graph()) + boost::in_degree(v, g.graph()), v);
              }
              std::stable_sort(degree.begin(), degree.end(),
                               [](const auto& x, const auto& y) { return x.first > y.first; });
              if (degree.size() > 10) degree.resize(10);
              if (common->json) {
                rapidjson::StringBuffer buf;
                JsonWriter w(buf);
                w.StartObject();
                w.Key("db");
                w.String(common->db);
                w.Key("level");
                w.String(common->level);
                w.Key("articles");
                w.Int64(s.articles);
                w.Key("events");
                w.Int64(s.events);
                w.Key("negated_events");
                w.Int64(s.negated_events);
                w.Key("actors");
                w.Uint64(g.actor_count());
                w.Key("edges");
                w.Uint64(g.edge_count());
                w.Key("relations");
                w.StartObject();
                for (const auto& [rel, counts] : by_relation) {
                  std::string_view predicate = graph::Info(rel).predicate;
                  w.Key(predicate.data(), static_cast<rapidjson::SizeType>(predicate.size()));
                  w.StartObject();
                  w.Key("edges");
                  w.Uint64(counts.first);
                  w.Key("events");
                  w.Uint64(counts.second);
                  w.EndObject();
                }
                w.EndObject();
                w.Key("top_actors");
                w.StartArray();
                for (const auto& [d, v] : degree) {
                  w.StartObject();
                  w.Key("id");
                  w.String(g.node(v).id);
                  w.Key("degree");
                  w.Uint64(d);
                  w.EndObject();
                }
                w.EndArray();
                w.Key("coded_with_other");
                w.Int64(s.coded_with_other);
                w.EndObject();
                ctx.out << buf.GetString() << "\n";
                return kExitOk;
              }
              ctx.out << common->db << ": " << s.articles << " articles, " << s.events
                      << " events (" << s.negated_events << " negated)\n"
                      << "graph (" << common->level << " level): " << g.actor_count() << " actors, "
                      << g.edge_count() << " merged relations\n";
              if (s.coded_with_other > 0) {
                ctx.out << s.coded_with_other
                        << " articles coded with other actors or patterns than these: 'irkg "
                           "ingest INPUT --recode' re-codes them\n";
              }
              for (const auto& [rel, counts] : by_relation) {
                std::string name(graph::Info(rel).predicate);
                name.resize(std::max<size_t>(name.size(), 18), ' ');
                ctx.out << "  " << name << counts.first << " edges from " << counts.second
                        << " events\n";
              }
              if (!degree.empty()) {
                ctx.out << "most connected:";
                for (const auto& [d, v] : degree)
                  ctx.out << " " << g.node(v).id << " (" << d << ")";
                ctx.out << "\n";
              }
              return kExitOk;
            };
          }};
}

}  // namespace

std::vector<Command> GraphCommands() {
  return {ExportCommand(), PathCommand(), NeighborsCommand(), StatsCommand()};
}

}  // namespace irkg::cli
