#pragma once

#include <cstdint>
#include <ostream>

#include "irkg/graph/actor_graph.h"

namespace irkg::exporter {

/// An sRGB colour, 0-255 per channel.
struct RgbColor {
  uint8_t r;
  uint8_t g;
  uint8_t b;

  friend bool operator==(const RgbColor&, const RgbColor&) = default;
};

/// The colour GEXF edges get for their relation class, from the Okabe-Ito palette (told apart
/// with the common colour-vision deficiencies): cooperation in blues, conflict in oranges, the
/// material (done) class darker than the verbal (said) one. Verbal cooperation #56B4E9, material
/// cooperation #0072B2, verbal conflict #E69F00, material conflict #D55E00.
RgbColor RelationClassColor(graph::RelationClass relation_class);

/// Writes a merged actor graph as GEXF 1.3 (valid against the GEXF 1.3 RELAX NG schema; opens in
/// Gephi 0.9.3 and later), a directed dynamic graph with dates.
///
/// Nodes and edges carry the attributes of the GraphML export under the same ids: the node and
/// edge labels and the edge weight (the event count) in GEXF's own `label` and `weight`, the
/// rest declared in <attributes> (type, affiliation; relation, plover, class, intensity, count,
/// first_date, last_date, confidence, intended, via, evidence). Each merged edge is one <edge>
/// whose id ("e0", "e1", ... as in the GraphML) is distinct per (source, target, relation), with
/// the relation as its `kind`, so that parallel relations between two actors stay apart, and a
/// viz:color from RelationClassColor().
///
/// Time: an edge lives in the calendar months in which it has dated evidence, one <spell> from
/// the first to the last day of each such month, consecutive months joined into one spell, so
/// that Gephi's timeline shows the relations month by month as the news reported them. A node
/// lives in the months of its edges; when one of its edges has only undated evidence (an edge
/// without spells exists at all times), the node has no spells either, so that no edge outlives
/// its ends.
///
/// Output is deterministic: nodes by id, edges by (source, relation, target); no timestamps.
/// Streams; besides the graph it holds the months of each node.
void WriteGexf(const graph::ActorGraph& graph, std::ostream& out);

}  // namespace irkg::exporter
