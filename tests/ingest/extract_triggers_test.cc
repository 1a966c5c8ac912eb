// The relation-matching stage on its own: which matches count as triggers, and how triggers
// embed each other.
#include <doctest/doctest.h>

#include <algorithm>

#include "extract_sentence.h"

using irkg::testing::Shipped;
using irkg::testing::TestSentence;
using namespace irkg::ingest;

namespace {

std::vector<std::string> TriggerWords(const TestSentence& ts) {
  std::vector<std::string> out;
  for (const extract::Occurrence& o : ts.Triggers()) {
    std::string words;
    for (uint32_t i = o.first; i < o.last; ++i)
      words += (i > o.first ? " " : "") + std::string(ts.s.tokens[i].key);
    out.push_back(words);
  }
  return out;
}

}  // namespace

TEST_CASE("extract.triggers: a verb between two actors is a trigger") {
  CHECK(TriggerWords(TestSentence("Russia attacked Ukraine.")) ==
        std::vector<std::string>{"attacked"});
}

TEST_CASE("extract.triggers: participles used as adjectives are no triggers") {
  CHECK(TriggerWords(TestSentence("Russia freed the jailed journalists.")).size() ==
        TriggerWords(TestSentence("Russia freed the journalists.")).size());
  CHECK(TriggerWords(TestSentence("Hundreds of attack drones hit Kyiv.")) ==
        TriggerWords(TestSentence("Hundreds of drones hit Kyiv.")));
}

TEST_CASE("extract.triggers: a gathering named as a place is a venue, not an event") {
  const auto at = TriggerWords(TestSentence("Russia spoke at the G20 summit."));
  CHECK(std::find(at.begin(), at.end(), "summit") == at.end());
}

TEST_CASE("extract.triggers: a verb that reports a clause leaves the event to the clause") {
  const auto words = TriggerWords(TestSentence("Japan warned that China would attack Taiwan."));
  CHECK(std::find(words.begin(), words.end(), "warned") == words.end());
  CHECK(std::find(words.begin(), words.end(), "attack") != words.end());
}

TEST_CASE("extract.triggers: an agreement embeds its content, a plan's content is dropped") {
  TestSentence agreed("Russia agreed to attack Ukraine.");
  auto linked = agreed.LinkedTriggers();
  REQUIRE(linked.triggers.size() == 2);
  CHECK(linked.inner_of[0] == 1);
  CHECK(linked.dropped[1] == 0);

  TestSentence plan("Russia announced a plan to attack Ukraine.");
  linked = plan.LinkedTriggers();
  REQUIRE(!linked.triggers.empty());
  CHECK(linked.triggers.back().first == plan.At("attack"));
  CHECK(linked.dropped.back() == 1);

  TestSentence decided("Russia decided to attack Ukraine.");
  linked = decided.LinkedTriggers();
  REQUIRE(!linked.triggers.empty());
  CHECK(linked.triggers.back().first == decided.At("attack"));
  CHECK(linked.intended_by_outer.back() == 1);
}
