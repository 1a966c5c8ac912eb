#pragma once

#include <ostream>

#include "irkg/graph/actor_graph.h"

namespace irkg::exporter {

/// Writes a merged actor graph as GraphML (valid against the GraphML 1.0 schema; loads in Gephi,
/// networkx and igraph). Nodes carry label, type and affiliation; edges carry the relation and its
/// PLOVER name, class, intensity, count (also as weight), first and last date, mean confidence,
/// via and evidence (stored event ids). Output is deterministic: nodes by id, edges by
/// (source, relation, target). Streams; holds nothing beyond the graph.
void WriteGraphMl(const graph::ActorGraph& graph, std::ostream& out);

}  // namespace irkg::exporter
