// The shipped actor and relation data: loads without a single problem, and holds what news needs.
#include <doctest/doctest.h>

#include "irkg/ingest/extractor.h"
#include "shipped_knowledge.h"
#include "test_support.h"

using namespace irkg::ingest;
using irkg::graph::ActorType;
using irkg::graph::ParseDate;

namespace {

const KnowledgeBase& Shipped() {
  const auto& shipped = irkg::testing::Shipped();
  for (const auto& d : shipped.diagnostics) MESSAGE(d.ToString());
  REQUIRE(shipped.diagnostics.empty());
  return *shipped.kb;
}

}  // namespace

TEST_CASE("the shipped data loads without problems") {
  const KnowledgeBase& kb = Shipped();
  size_t states = 0, igos = 0, persons = 0, groups = 0;
  for (const auto& a : kb.actors.actors()) {
    states += a.type == ActorType::kState;
    igos += a.type == ActorType::kIgo;
    persons += a.type == ActorType::kPerson;
    groups += a.type == ActorType::kGroup;
  }
  CHECK(states >= 240);
  CHECK(igos >= 150);
  CHECK(persons >= 1500);
  CHECK(groups >= 30);
  CHECK(kb.relations.size() >= 200);
}

TEST_CASE("the organisations of the foundation issue are present with their acronyms") {
  const KnowledgeBase& kb = Shipped();
  for (const char* id : {"UN", "EU", "NATO", "SCO", "BRICS", "G7", "G20", "APEC", "ASEAN", "AU",
                         "OPEC", "IAEA", "WHO", "WTO", "IMF", "ICC", "OSCE", "GCC", "EAEU"}) {
    CAPTURE(id);
    const auto* a = kb.actors.Find(id);
    REQUIRE(a);
    CHECK(a->type == ActorType::kIgo);
  }
  CHECK(kb.actors.Resolve("Shanghai Cooperation Organisation")->id == "SCO");
  CHECK(kb.actors.Resolve("Group of Twenty")->id == "G20");
  CHECK(kb.actors.Resolve("Asia-Pacific Economic Cooperation")->id == "APEC");
}

TEST_CASE("states resolve from names, capitals, seats of power and demonyms") {
  const KnowledgeBase& kb = Shipped();
  CHECK(kb.actors.Resolve("Russia")->id == "RUS");
  CHECK(kb.actors.Resolve("Moscow")->id == "RUS");
  CHECK(kb.actors.Resolve("the Kremlin")->id == "RUS");
  CHECK(kb.actors.Resolve("Beijing")->id == "CHN");
  CHECK(kb.actors.Resolve("Russian")->id == "RUS");
  CHECK(kb.actors.Resolve("Ivory Coast")->id == "CIV");
  CHECK(kb.actors.Resolve("Côte d'Ivoire")->id == "CIV");
  CHECK(kb.actors.Resolve("Brussels")->id == "EU");
}

TEST_CASE("leaders hold their offices on the right dates") {
  const KnowledgeBase& kb = Shipped();
  CHECK(kb.actors.Holder("RUS", "president", ParseDate("2019-04-26"))->id == "vladimir-putin");
  CHECK(kb.actors.Holder("RUS", "president", ParseDate("2010-06-01"))->id == "dmitry-medvedev");
  CHECK(kb.actors.Holder("CHN", "president", ParseDate("2019-04-26"))->id == "xi-jinping");
  CHECK(kb.actors.Holder("UN", "secretary-general", ParseDate("2010-01-01"))->id == "ban-ki-moon");
  CHECK(kb.actors.Holder("CHN", "spokesperson", ParseDate("2019-02-21")) != nullptr);
}
