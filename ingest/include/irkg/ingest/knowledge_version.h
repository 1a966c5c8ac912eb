#pragma once

#include <string>

#include "irkg/ingest/extractor.h"

namespace irkg::ingest {

/// A version of the knowledge base `sources` names: 16 hex digits of a hash over the contents
/// of every data file in its data directory (*.actors, *.agents, *.words, *.patterns and the
/// syntax model, by their paths relative to it) and of the --actors and --patterns files, in
/// order. The same files give the same version wherever they are. Empty when the data directory
/// does not exist; throws irkg::Error when a file cannot be read. Reads every byte (about 7 MB
/// for the shipped data).
std::string KnowledgeBaseVersion(const KnowledgeBaseSources& sources);

}  // namespace irkg::ingest
