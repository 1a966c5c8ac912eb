// What the commands that query the stored graph share: filter options, loading the graph,
// finding the actor a user means, and printing actors, edges and evidence.
#pragma once

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "command.h"
#include "irkg/graph/actor_graph.h"
#include "irkg/graph/store.h"

namespace irkg::cli {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

/// --since, --until, --relation, --min-count and --actor-type, as given.
struct FilterOptions {
  std::string since;
  std::string until;
  std::vector<std::string> relations;
  uint32_t min_count = 1;
  std::vector<std::string> actor_types;

  /// Whether any filter is set.
  bool any() const;
};

/// Adds the filter options to a command; their values are checked while parsing.
void AddFilterOptions(CLI::App& app, FilterOptions& options);

/// The graph filter the options describe.
graph::EventFilter ToEventFilter(const FilterOptions& options);

/// The store named by --db and its merged graph at the chosen level, filtered.
struct QueryGraph {
  std::unique_ptr<graph::Store> store;
  graph::ActorGraph graph;
  bool filtered = false;
};

/// Opens the store (which must exist) and builds the graph. Throws irkg::Error.
QueryGraph LoadQueryGraph(const CommonOptions& common, const FilterOptions& filters);

/// The actor a user named: its vertex, or none when the actor is known (to the knowledge base
/// or the store) but has no relation in this graph.
struct ResolvedActor {
  std::optional<graph::Vertex> vertex;
  graph::ActorNode node;
};

/// Finds the actor a user means by `text`: an id, a label in the graph, or a name or alias of
/// the knowledge base ("Moscow", "Putin"; at the state level a person or agency stands for its
/// affiliation). Throws UsageError for an unknown actor, with "did you mean" suggestions from
/// the graph and the knowledge base. The knowledge base is loaded only when needed, into `kb`.
ResolvedActor ResolveActor(const QueryGraph& q, const CommonOptions& common,
                           const std::string& text, Context& ctx,
                           std::unique_ptr<ingest::KnowledgeBase>& kb);

/// "Russia [RUS]", or the id alone when the label is the id.
std::string Describe(const graph::ActorNode& node);

/// "Peru [PER]: known, no relations in this graph (state level, with these filters)".
std::string NoRelations(const graph::ActorNode& node, const CommonOptions& common,
                        const QueryGraph& q);

/// "RUS -consults-> CHN  (4x, 2023-03-21..2024-07-03, via SCO)".
std::string EdgeText(const graph::ActorGraph& g, graph::Edge e);

void ActorJson(JsonWriter& w, const graph::ActorNode& node);

/// An edge as the query commands' JSON has it (docs/QUERIES.md).
void EdgeJson(JsonWriter& w, const graph::ActorGraph& g, graph::Edge e);

/// A stored event as evidence (docs/QUERIES.md).
void EvidenceJson(JsonWriter& w, const graph::StoredEvent& s);

/// The evidence of `edges`, newest first (undated last, ties by key).
std::vector<graph::EvidenceRef> NewestFirst(const graph::ActorGraph& g,
                                            const std::vector<graph::Edge>& edges);

/// `2022-02-24, article a1 sentence 3: "Russia invaded Ukraine."` for one example sentence.
std::string ExampleText(const graph::StoredEvent& s);

}  // namespace irkg::cli
