// The extractor, with the shipped knowledge base, on arbitrary article text (valid UTF-8 or
// not). Every event must point into the article: a sentence span within its code points.
#include <cstdint>
#include <cstdlib>

#include "irkg/ingest/extractor.h"
#include "irkg/ingest/text.h"

namespace {

const irkg::ingest::Extractor& SharedExtractor() {
  static const auto kb = [] {
    irkg::Diagnostics diagnostics;
    auto loaded = irkg::ingest::LoadKnowledgeBase({IRKG_FUZZ_DATA_DIR, {}, {}}, diagnostics);
    if (!diagnostics.empty()) std::abort();
    return loaded;
  }();
  static const irkg::ingest::Extractor extractor(*kb);
  return extractor;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  irkg::graph::Article article;
  article.id = "fuzz";
  article.date = irkg::graph::ParseDate("2023-03-21");
  article.text.assign(reinterpret_cast<const char*>(data), size);
  const uint32_t length = irkg::ingest::CountCodePoints(article.text);
  for (const irkg::graph::EventRecord& e : SharedExtractor().Extract(article)) {
    if (e.span.begin > e.span.end || e.span.end > length || e.source.id.empty() ||
        e.target.id.empty()) {
      std::abort();
    }
  }
  return 0;
}
