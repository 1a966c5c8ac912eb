#pragma once

#include <ostream>

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
/// source -relation-> target for simple graph queries. Deterministic; streams.
void WriteJsonLd(const graph::ActorGraph& graph, std::ostream& out);

}  // namespace irkg::exporter
