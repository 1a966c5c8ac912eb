// export and stats: the stored graph as a whole.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>

#include "graph_query.h"
#include "irkg/cli/cli.h"
#include "irkg/export/gexf_writer.h"
#include "irkg/export/graphml_writer.h"
#include "irkg/export/jsonld_writer.h"
#include "irkg/ingest/knowledge_version.h"
#include "irkg/queries/ranking.h"

namespace irkg::cli {
namespace {

Command ExportCommand() {
  return {
      "export",
      "export --format graphml|jsonld|gexf [-o FILE] [--db FILE] [--level actor|state] "
      "[--limit N] [filters]",
      "Write the merged graph as GraphML (Gephi, networkx), JSON-LD or GEXF (Gephi, with dates)",
      [](CLI::App& app) {
        auto common = std::make_shared<CommonOptions>();
        auto format = std::make_shared<std::string>();
        auto output = std::make_shared<std::string>();
        auto filters = std::make_shared<FilterOptions>();
        auto limit = std::make_shared<size_t>(0);
        app.add_option("--format", *format, "graphml, jsonld or gexf")
            ->required()
            ->check(CLI::IsMember({"graphml", "jsonld", "gexf"}));
        app.add_option("-o,--output", *output, "Output file (default: standard output)");
        app.add_option("--limit", *limit,
                       "Only the N actors with the most events, and the relations among them "
                       "(0: all)");
        AddFilterOptions(app, *filters);
        AddDbOption(app, *common);
        AddLevelOption(app, *common);
        AddKnowledgeOptions(app, *common);
        return [common, format, output, filters, limit](Context& ctx) {
          QueryGraph q = LoadQueryGraph(*common, *filters);
          graph::ActorGraph& g = q.graph;
          if (*limit != 0 && *limit < g.actor_count()) {
            std::vector<bool> keep(g.actor_count(), false);
            auto ranked = queries::RankActors(g, queries::Measure::kWeighted);
            for (size_t i = 0; i < *limit; ++i) keep[ranked[i].actor] = true;
            g = g.Subgraph(keep);
          }
          std::unique_ptr<ingest::KnowledgeBase> kb;
          auto write = [&](std::ostream& out) {
            if (*format == "graphml") {
              exporter::WriteGraphMl(g, out);
              return;
            }
            if (*format == "gexf") {
              exporter::WriteGexf(g, out);
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
          auto write_to = [&](const std::string& path) {
            std::ofstream file(path, std::ios::binary | std::ios::trunc);
            if (!file) throw Error(*output + ": cannot write");
            write(file);
            if (!file.flush()) throw WriteError(*output);
            file.close();
            if (!file) throw WriteError(*output);
          };
          // A device or a pipe ("-o /dev/stdout", "-o /dev/full") is written as it is: a
          // rename would replace it with a file.
          std::error_code ec;
          const auto status = std::filesystem::status(*output, ec);
          if (!ec && std::filesystem::exists(status) && !std::filesystem::is_regular_file(status)) {
            write_to(*output);
          } else {
            // Write beside the target and rename, so a failed export never leaves half a
            // file.
            const std::string tmp = *output + ".tmp";
            try {
              write_to(tmp);
              std::filesystem::rename(tmp, *output, ec);
              if (ec) throw Error(*output + ": cannot write: " + ec.message());
            } catch (...) {
              std::filesystem::remove(tmp, ec);
              throw;
            }
          }
          ctx.err << "wrote " << *format << " (" << g.actor_count() << " actors, " << g.edge_count()
                  << " relations) to " << *output << "\n";
          return kExitOk;
        };
      }};
}

Command StatsCommand() {
  return {"stats", "stats [--db FILE] [--level actor|state] [--json] [--actors FILE] [filters]",
          "Summary of the stored articles, events and merged graph", [](CLI::App& app) {
            auto common = std::make_shared<CommonOptions>();
            auto filters = std::make_shared<FilterOptions>();
            AddFilterOptions(app, *filters);
            AddDbOption(app, *common);
            AddLevelOption(app, *common);
            AddJsonOption(app, *common);
            AddKnowledgeOptions(app, *common);  // checked and reported; labels come from the store
            return [common, filters](Context& ctx) {
              QueryGraph q = LoadQueryGraph(*common, *filters);
              const graph::ActorGraph& g = q.graph;
              if (!common->actor_files.empty()) LoadKnowledge(*common, ctx);
              graph::StoreStats s =
                  q.store->Stats(ingest::KnowledgeBaseVersion(KnowledgeSources(*common)));
              // Events in the graph per year, undated ones under "undated".
              std::map<std::string, uint64_t> by_year;
              for (graph::Edge e : boost::make_iterator_range(boost::edges(g.graph()))) {
                for (const graph::EvidenceRef& ref : g.graph()[e].evidence) {
                  ++by_year[ref.date ? std::to_string(graph::ToCivil(*ref.date).year)
                                     : std::string("undated")];
                }
              }
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
                w.Key("years");
                w.StartObject();
                for (const auto& [year, count] : by_year) {
                  w.Key(year.c_str(), static_cast<rapidjson::SizeType>(year.size()));
                  w.Uint64(count);
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
              if (!by_year.empty()) {
                ctx.out << "events by year:";
                for (const auto& [year, count] : by_year) ctx.out << " " << year << " " << count;
                ctx.out << "\n";
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
  std::vector<Command> all = {ExportCommand(), StatsCommand()};
  for (Command& c : QueryCommands()) all.push_back(std::move(c));
  return all;
}

}  // namespace irkg::cli
