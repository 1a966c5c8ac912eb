#include "irkg/ingest/evaluation.h"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "shipped_knowledge.h"
#include "test_support.h"

using namespace irkg::ingest;

namespace {

std::vector<GoldItem> Read(const std::string& jsonl, irkg::Diagnostics& diagnostics) {
  std::istringstream in(jsonl);
  return ReadGold(in, "gold.jsonl", diagnostics);
}

}  // namespace

TEST_CASE("gold items may reference a corpus document instead of carrying text") {
  irkg::Diagnostics diagnostics;
  auto items =
      Read(R"({"id": "u1", "corpus": "news", "doc": "d1", "from": 0, "scored": [10, 40], )"
           R"("state_events": []})"
           "\n"
           R"({"id": "u2", "corpus": "news", "doc": "d1", "scored": [40]})"
           "\n"
           R"({"id": "u3", "corpus": "news", "doc": "d1", "from": 20, "scored": [10, 40]})",
           diagnostics);
  REQUIRE(items.size() == 1);
  CHECK(items[0].doc == "d1");
  CHECK(items[0].scored_begin == 10);
  CHECK_FALSE(items[0].has_actor_level);
  CHECK(NeedsDocuments(items));
  REQUIRE(diagnostics.size() == 2);
  CHECK(diagnostics[0].ToString() ==
        "gold.jsonl:2: gold item needs \"text\", or \"corpus\", \"doc\" and \"scored\": "
        "[begin, end]");
  CHECK(diagnostics[1].ToString() == "gold.jsonl:3: expected from <= scored begin < scored end");
}

TEST_CASE("only the scored sentences of a referenced document are scored") {
  irkg::testing::TempDir dir;
  // The first sentence is context: its event must be neither found nor missed.
  const std::string context = "Russia attacked Ukraine. ";
  const std::string scored = "Japan and South Korea held talks in Tokyo.";
  irkg::testing::WriteFile(
      dir.File("news.jsonl"),
      R"({"id": "d1", "date": "2024-05-01", "text": ")" + context + scored + "\"}\n");
  std::string line = R"({"id": "u1", "corpus": "news", "doc": "d1", "date": "2024-05-01", )"
                     R"("from": 0, "scored": [)" +
                     std::to_string(context.size()) + ", " +
                     std::to_string(context.size() + scored.size()) +
                     R"(], "state_events": [{"source": "JPN", "relation": "consults", )"
                     R"("target": "KOR"}, {"source": "KOR", "relation": "consults", )"
                     R"("target": "JPN"}]})"
                     "\n"
                     R"({"id": "u2", "corpus": "news", "doc": "missing", "scored": [0, 5]})"
                     "\n"
                     R"({"id": "u3", "corpus": "news", "doc": "d1", "scored": [0, 5000]})";
  irkg::Diagnostics diagnostics;
  auto items =
      ResolveDocuments(Read(line, diagnostics), dir.path().string(), "gold.jsonl", diagnostics);
  REQUIRE(items.size() == 1);
  CHECK(items[0].text == context + scored);
  CHECK(items[0].scored_from == context.size());
  REQUIRE(diagnostics.size() == 2);
  CHECK(diagnostics[0].ToString() ==
        "gold.jsonl:2: document missing not found in " + dir.path().string() + "/news.jsonl");
  CHECK(diagnostics[1].ToString() ==
        "gold.jsonl:3: scored range ends at byte 5000, past the end of document d1 (67 bytes)");
  EvaluationReport report = Evaluate(items, Extractor(*irkg::testing::Shipped().kb));
  CHECK(report.state.overall.true_positives == 2);
  CHECK(report.state.overall.false_positives == 0);
  CHECK(report.state.overall.false_negatives == 0);
  CHECK(report.actor.overall.true_positives + report.actor.overall.false_negatives == 0);
}

TEST_CASE("the real-text set resolves against the shared corpora") {
  size_t items = 0;
  for (const char* split : {"dev", "test", "extra/dev", "extra/test", "extra2/dev", "extra2/test",
                            "extra3/dev", "extra3/test"}) {
    const std::string path =
        std::string(IRKG_SOURCE_DIR) + "/tests/data/realtext/" + split + ".jsonl";
    std::ifstream in(path);
    REQUIRE(in);
    irkg::Diagnostics diagnostics;
    auto gold = ReadGold(in, path, diagnostics);
    const size_t read = gold.size();
    gold = ResolveDocuments(std::move(gold), std::string(IRKG_SHARED_DIR) + "/corpora", path,
                            diagnostics);
    for (const auto& d : diagnostics) MESSAGE(d.ToString());
    CHECK(diagnostics.empty());
    CHECK(gold.size() == read);
    for (const GoldItem& item : gold) CHECK(item.scored_from < item.text.size() + 1);
    items += gold.size();
  }
  CHECK(items == 1206 + 360 + 360 + 360);
}
