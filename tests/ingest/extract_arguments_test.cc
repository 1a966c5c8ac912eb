// The argument stage on its own: mention groups, venues, and the source and target of a trigger,
// on sentences whose mentions are names (no coreference needed).
#include <doctest/doctest.h>

#include "extract_sentence.h"

using irkg::testing::Shipped;
using irkg::testing::TestSentence;
using namespace irkg::ingest;

namespace {

std::vector<std::string> Ids(const std::vector<irkg::graph::ActorRef>& refs) {
  std::vector<std::string> out;
  for (const auto& r : refs) out.push_back(r.id);
  return out;
}

struct Chosen {
  bool yields = false;
  extract::Arguments args;
};

// Runs the stages up to argument selection and chooses the arguments of the trigger at `word`.
Chosen ArgumentsAt(TestSentence& ts, std::string_view word) {
  const RelationLexicon& relations = Shipped().kb->relations;
  extract::GroupMentions(ts.s, ts.actors);
  extract::SentenceTriggers linked = ts.LinkedTriggers();
  extract::FindVenues(ts.s, linked.triggers, ts.actors);
  const extract::Group* last_subject = nullptr;
  const uint32_t at = ts.At(word);
  for (size_t k = 0; k < linked.triggers.size(); ++k) {
    if (linked.dropped[k]) continue;
    Chosen c;
    c.yields =
        extract::ChooseArguments(ts.s, ts.actors, relations, k, linked, last_subject, c.args);
    if (linked.triggers[k].first == at) return c;
  }
  FAIL("no trigger at '" << word << "' in: " << ts.text);
  return {};
}

}  // namespace

TEST_CASE("extract.arguments: mentions joined by 'and' form one group") {
  TestSentence ts("Russia and China met Japan in Brazil.");
  extract::GroupMentions(ts.s, ts.actors);
  REQUIRE(ts.actors.groups.size() == 3);
  CHECK(ts.actors.groups[0].members.size() == 2);
  CHECK(ts.actors.groups[1].prep.empty());
  CHECK(ts.actors.groups[2].prep == "in");
  CHECK(ts.actors.groups[2].location);
  CHECK(extract::Connected(ts.s, 0, 1));
  CHECK_FALSE(extract::Connected(ts.s, 1, 2));
}

TEST_CASE("extract.arguments: subject and object of an active verb") {
  TestSentence ts("Russia attacked Ukraine.");
  Chosen c = ArgumentsAt(ts, "attacked");
  REQUIRE(c.yields);
  CHECK(Ids(c.args.sources) == std::vector<std::string>{"RUS"});
  CHECK(Ids(c.args.targets) == std::vector<std::string>{"UKR"});
  CHECK(c.args.construction == "active");
}

TEST_CASE("extract.arguments: a passive takes its agent from 'by'") {
  TestSentence ts("Ukraine was attacked by Russia.");
  Chosen c = ArgumentsAt(ts, "attacked");
  REQUIRE(c.yields);
  CHECK(c.args.passive);
  CHECK(c.args.construction == "passive");
  CHECK(Ids(c.args.sources) == std::vector<std::string>{"RUS"});
  CHECK(Ids(c.args.targets) == std::vector<std::string>{"UKR"});
}

TEST_CASE("extract.arguments: a place phrase is no target") {
  TestSentence ts("Russia attacked Ukraine in Syria.");
  Chosen c = ArgumentsAt(ts, "attacked");
  REQUIRE(c.yields);
  CHECK(Ids(c.args.targets) == std::vector<std::string>{"UKR"});
  TestSentence place_only("Russia held talks in Syria.");
  Chosen p = ArgumentsAt(place_only, "held");
  CHECK(p.args.targets.empty());
}

TEST_CASE("extract.arguments: an organisation at a summit is the venue") {
  TestSentence ts("China met Japan at the NATO summit.");
  Chosen c = ArgumentsAt(ts, "met");
  REQUIRE(c.yields);
  CHECK(Ids(ts.actors.via) == std::vector<std::string>{"NATO"});
  CHECK(Ids(c.args.targets) == std::vector<std::string>{"JPN"});
}

TEST_CASE("extract.arguments: 'talks between X and Y' pairs both sides") {
  TestSentence ts("Talks between China and Japan resumed.");
  Chosen c = ArgumentsAt(ts, "talks");
  REQUIRE(c.yields);
  CHECK(c.args.pair);
  CHECK(c.args.construction == "nominal-between");
  CHECK(Ids(c.args.sources) == std::vector<std::string>{"CHN", "JPN"});
}
