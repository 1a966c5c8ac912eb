// The clause stage on its own: speech verbs with their speakers, and clause boundaries.
#include <doctest/doctest.h>

#include "extract_sentence.h"

using irkg::testing::TestSentence;

TEST_CASE("extract.clauses: a speech verb takes the actor before it as its speaker") {
  TestSentence ts("Russia said that China attacked Japan.");
  REQUIRE(ts.s.speeches.size() == 1);
  const auto& sp = ts.s.speeches[0];
  REQUIRE(sp.speaker >= 0);
  CHECK(ts.s.mentions[static_cast<size_t>(sp.speaker)].actor.id == "RUS");
  CHECK(sp.region_first == ts.At("russia"));
  CHECK(sp.region_last == ts.At("china"));  // past "said that"
}

TEST_CASE("extract.clauses: a weak speech verb reports speech only before a clause") {
  CHECK(TestSentence("Russia announced aid for Syria.").s.speeches.empty());
  CHECK(TestSentence("Russia announced that it would send aid.").s.speeches.size() == 1);
}

TEST_CASE("extract.clauses: 'according to' names the speaker after it") {
  TestSentence ts("China attacked Japan, according to Russia.");
  REQUIRE(ts.s.speeches.size() == 1);
  CHECK(ts.s.mentions[static_cast<size_t>(ts.s.speeches[0].speaker)].actor.id == "RUS");
}

TEST_CASE("extract.clauses: clause breaks and clause-opening words start a new segment") {
  TestSentence ts("Russia attacked Ukraine while China met Brazil.");
  CHECK(ts.s.segment[ts.At("attacked")] == ts.s.segment[ts.At("ukraine")]);
  CHECK(ts.s.segment[ts.At("attacked")] != ts.s.segment[ts.At("met")]);

  TestSentence after("Japan protested after Russia attacked Ukraine.");
  CHECK(after.s.segment[after.At("protested")] != after.s.segment[after.At("attacked")]);
  // "after talks with Russia": no subject and finite verb follow, so no new clause.
  TestSentence talks("Japan protested after talks with Russia.");
  CHECK(talks.s.segment[talks.At("protested")] == talks.s.segment[talks.At("russia")]);
}

TEST_CASE("extract.clauses: 'that' after a reporting verb opens the reported clause") {
  TestSentence ts("Japan warned that China would attack Taiwan.");
  CHECK(ts.s.segment[ts.At("warned")] != ts.s.segment[ts.At("attack")]);
  TestSentence plain("Japan and the deal that China signed.");
  CHECK(plain.s.segment[plain.At("deal")] == plain.s.segment[plain.At("signed")]);
}
