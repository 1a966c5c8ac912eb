#pragma once

#include <ostream>

#include "irkg/graph/event.h"

namespace irkg::exporter {

/// Writes one event as a single line of JSON (no trailing newline) with exactly the fields
/// article, sentence, date, source, relation, target, via, negated, mode, confidence, text, span,
/// rule and reported_by. This is the `irkg extract` contract: fields are added, never renamed or
/// removed.
void WriteEventJson(const graph::EventRecord& event, std::ostream& out);

}  // namespace irkg::exporter
