// The event-assembly stage on its own: which candidates are kept, and the dates events get.
#include <doctest/doctest.h>

#include "extract_sentence.h"

using irkg::testing::Shipped;
using irkg::testing::TestSentence;
using namespace irkg::ingest;
using irkg::graph::ActorRef;
using irkg::graph::ActorType;
using irkg::graph::Mode;
using irkg::graph::ParseDate;
using irkg::graph::Relation;

namespace {

const Trigger& FirstTrigger(Relation relation) {
  const RelationLexicon& relations = Shipped().kb->relations;
  for (uint32_t i = 0; i < relations.size(); ++i) {
    if (relations.trigger(i).relation == relation) return relations.trigger(i);
  }
  FAIL("no trigger for the relation");
  return relations.trigger(0);
}

}  // namespace

TEST_CASE("extract.events: a candidate needs two sides") {
  const ActorRef rus{"RUS", "Russia", ActorType::kState, ""};
  const ActorRef ukr{"UKR", "Ukraine", ActorType::kState, ""};
  const ActorRef rus_gov{"RUS-GOV", "Russian government", ActorType::kAgency, "RUS"};
  const ActorRef ukr_civilians{"UKR-CVL", "Ukrainian civilians", ActorType::kAgency, "UKR"};
  const Trigger& assaults = FirstTrigger(Relation::kAssaults);
  const Trigger& protests = FirstTrigger(Relation::kProtestsAgainst);
  const extract::Occurrence o{0, 1, 2};
  std::vector<extract::Candidate> candidates;
  extract::AddCandidate(candidates, rus, ukr, assaults, o, "active", 0.9, false, Mode::kAsserted);
  REQUIRE(candidates.size() == 1);
  CHECK(candidates[0].rule == assaults.origin + " active");
  CHECK(candidates[0].anchor == 1);
  // A government and its own state are one side.
  extract::AddCandidate(candidates, rus_gov, rus, assaults, o, "active", 0.9, false,
                        Mode::kAsserted);
  CHECK(candidates.size() == 1);
  // Private people named by nationality are a source only of protests.
  extract::AddCandidate(candidates, ukr_civilians, rus, assaults, o, "active", 0.9, false,
                        Mode::kAsserted);
  CHECK(candidates.size() == 1);
  extract::AddCandidate(candidates, ukr_civilians, rus, protests, o, "active", 0.9, false,
                        Mode::kAsserted);
  CHECK(candidates.size() == 2);
}

TEST_CASE("extract.events: dates resolve against the article's date") {
  const auto article = ParseDate("2023-03-15");
  auto date_of = [&](const char* text) {
    TestSentence ts(text);
    auto d = extract::ResolveDate(irkg::testing::DateWords(), ts.s.tokens, 0, ts.s.tokens.size(),
                                  article);
    return d ? irkg::graph::FormatDate(*d) : std::string("-");
  };
  CHECK(date_of("Russia attacked Ukraine on 3 March.") == "2023-03-03");
  CHECK(date_of("Russia attacked Ukraine on December 30.") == "2022-12-30");
  CHECK(date_of("Russia attacked Ukraine on 3 March 2021.") == "2021-03-03");
  CHECK(date_of("Russia attacked Ukraine yesterday.") == "2023-03-14");
  CHECK(date_of("Russia attacked Ukraine on Monday.") == "2023-03-13");
  CHECK(date_of("Russia will meet Ukraine next Monday.") == "2023-03-20");
  CHECK(date_of("Russia attacked Ukraine in 2016.") == "2016-01-01");
  CHECK(date_of("Russia may attack Ukraine.") == "-");
}
