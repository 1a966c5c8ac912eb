#pragma once

#include <memory>

#include "irkg/ingest/extractor.h"

namespace irkg::testing {

/// The shipped knowledge base, loaded once per test executable, with the problems found in it.
struct ShippedKnowledge {
  std::unique_ptr<ingest::KnowledgeBase> kb;
  Diagnostics diagnostics;
};

inline const ShippedKnowledge& Shipped() {
  static const ShippedKnowledge shipped = [] {
    ShippedKnowledge s;
    s.kb = ingest::LoadKnowledgeBase({IRKG_TEST_DATA_DIR, {}, {}}, s.diagnostics);
    return s;
  }();
  return shipped;
}

}  // namespace irkg::testing
