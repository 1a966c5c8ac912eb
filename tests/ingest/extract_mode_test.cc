// The negation and mode stage on its own, on one trigger in a prepared sentence.
#include <doctest/doctest.h>

#include "extract_sentence.h"

using irkg::testing::Shipped;
using irkg::testing::TestSentence;
using namespace irkg::ingest;
using irkg::graph::Mode;

namespace {

// The reading of the trigger that starts at `word`, in its clause.
extract::ModeReading ReadAt(const TestSentence& ts, std::string_view word,
                            bool intended_by_outer = false) {
  const RelationLexicon& relations = Shipped().kb->relations;
  const uint32_t at = ts.At(word);
  for (const extract::Occurrence& o : extract::FindTriggers(ts.s, relations)) {
    if (o.first != at) continue;
    uint32_t seg_first = o.first, seg_last = o.last;
    while (seg_first > 0 && ts.s.segment[seg_first - 1] == ts.s.segment[o.first]) --seg_first;
    while (seg_last < ts.s.tokens.size() && ts.s.segment[seg_last] == ts.s.segment[o.first])
      ++seg_last;
    return extract::ReadMode(ts.s, o, relations.trigger(o.trigger), seg_first, seg_last,
                             intended_by_outer);
  }
  FAIL("no trigger at '" << word << "' in: " << ts.text);
  return {};
}

}  // namespace

TEST_CASE("extract.mode: a plain verb is asserted") {
  auto r = ReadAt(TestSentence("Russia attacked Ukraine."), "attacked");
  CHECK_FALSE(r.negated);
  CHECK_FALSE(r.claimed);
  CHECK(r.mode == Mode::kAsserted);
  CHECK(ReadAt(TestSentence("Russia attacked Ukraine."), "attacked", true).mode == Mode::kIntended);
}

TEST_CASE("extract.mode: negation belongs to the verb it stands next to") {
  CHECK(ReadAt(TestSentence("Russia did not attack Ukraine."), "attack").negated);
  CHECK(ReadAt(TestSentence("Russia refused to attack Ukraine."), "attack").negated);
  // "did not attend the talks, blaming Turkey": the blaming is asserted.
  TestSentence ts("Russia did not attack Ukraine, accusing Poland of lies.");
  CHECK(ReadAt(ts, "attack").negated);
  CHECK_FALSE(ReadAt(ts, "accusing").negated);
}

TEST_CASE("extract.mode: modal verbs and conditions make an event hypothetical") {
  CHECK(ReadAt(TestSentence("Russia could attack Ukraine."), "attack").mode == Mode::kHypothetical);
  CHECK(ReadAt(TestSentence("If Russia attacks Ukraine, NATO will respond."), "attacks").mode ==
        Mode::kHypothetical);
  // Capitalised "May" is a month or a name, not a modal.
  CHECK(ReadAt(TestSentence("In May Russia attacked Ukraine."), "attacked").mode ==
        Mode::kAsserted);
}

TEST_CASE("extract.mode: plans and the future make an event intended") {
  CHECK(ReadAt(TestSentence("Russia will attack Ukraine."), "attack").mode == Mode::kIntended);
  CHECK(ReadAt(TestSentence("Russia is to attack Ukraine."), "attack").mode == Mode::kIntended);
  // "due to" followed by a noun phrase is a cause, not a plan.
  CHECK(ReadAt(TestSentence("Due to the war Russia attacked Ukraine."), "attacked").mode ==
        Mode::kAsserted);
  CHECK(ReadAt(TestSentence("Russia is due to visit China."), "visit").mode == Mode::kIntended);
}

TEST_CASE("extract.mode: what others claim is no event, a denied clause is negated") {
  CHECK(ReadAt(TestSentence("Russia rejected the accusation that it attacked Ukraine."), "attacked")
            .claimed);
  CHECK(ReadAt(TestSentence("Russia denied that it attacked Ukraine."), "attacked").negated);
}
