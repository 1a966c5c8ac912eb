#pragma once

#include <functional>
#include <ostream>
#include <string>

#include "irkg/graph/actor_graph.h"

namespace irkg::exporter {

/// The IRI prefixes irkg uses for linked data.
inline constexpr const char* kVocabIri = "urn:irkg:vocab:";
inline constexpr const char* kActorIri = "urn:irkg:actor:";
inline constexpr const char* kRelationIri = "urn:irkg:relation:";
inline constexpr const char* kEventIri = "urn:irkg:event:";

/// Writes a merged actor graph as JSON-LD 1.1 with irkg's own @context: actors as nodes typed by
/// kind, each merged edge as an irkg:Relation node (source, target, relation, count, dates, via,
/// and prov:wasDerivedFrom pointing at its evidence events), plus the direct triple
/// source -relation-> target for simple graph queries. `wikidata`, when given, maps an actor id
/// to its Wikidata item ("Q159", or empty), written as owl:sameAs. Deterministic; streams.
using WikidataLookup = std::function<std::string(const std::string& id)>;
void WriteJsonLd(const graph::ActorGraph& graph, std::ostream& out,
                 const WikidataLookup& wikidata = {});

}  // namespace irkg::exporter
