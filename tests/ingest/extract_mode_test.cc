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
  for (const extract::Occurrence& o : ts.Triggers()) {
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

TEST_CASE("extract.mode: 'without' negates its gerund, and cancels a negation before it") {
  CHECK(ReadAt(TestSentence("Israel acted without consulting Egypt."), "consulting").negated);
  auto r = ReadAt(TestSentence("I cannot continue without thanking Japan."), "thanking");
  CHECK_FALSE(r.negated);
  CHECK(r.mode == Mode::kAsserted);
}

TEST_CASE("extract.mode: 'I would urge', 'we should thank': said as they are spoken") {
  CHECK(ReadAt(TestSentence("I would urge Japan to act."), "urge").mode == Mode::kAsserted);
  CHECK(ReadAt(TestSentence("We should also thank Japan."), "thank").mode == Mode::kAsserted);
  // Not an act of speech, and not the speaker: the modal stands.
  CHECK(ReadAt(TestSentence("We would attack Japan."), "attack").mode != Mode::kAsserted);
  CHECK(ReadAt(TestSentence("Russia would urge Japan to act."), "urge").mode != Mode::kAsserted);
}

TEST_CASE("extract.mode: a nominal event named as a cause keeps its own mode") {
  // The light verb's plan is not the invasion's.
  const RelationLexicon& relations = Shipped().kb->relations;
  TestSentence ts("Latvia plans conscription because of the Russian invasion of Ukraine.");
  extract::Arguments args;
  args.seg_first = 0;
  args.construction = "modifier";
  extract::Group russian;
  russian.first = ts.At("russian");
  russian.last = russian.first + 1;
  args.subject = &russian;
  for (const extract::Occurrence& o : ts.Triggers()) {
    const auto& tr = relations.trigger(o.trigger);
    if (!tr.noun) continue;
    CHECK(extract::OwnPhraseStart(ts.s, tr, args) == ts.At("the"));
    // Taken as the clause's own, the event keeps the clause's reading.
    args.construction = "active";
    CHECK(extract::OwnPhraseStart(ts.s, tr, args) == 0);
    args.construction = "modifier";
  }
}

TEST_CASE("extract.mode: a speaker's wish to say it is saying it, wherever the wish stands") {
  CHECK(
      ReadAt(TestSentence("We wish at the same time warmly to congratulate Japan."), "congratulate")
          .mode == Mode::kAsserted);
  CHECK(ReadAt(TestSentence("I wish to associate myself with them and congratulate Japan."),
               "congratulate")
            .mode == Mode::kAsserted);
  // Not a wish of the speaker's: the hope stands.
  CHECK(ReadAt(TestSentence("Russia hopes Japan will welcome China."), "welcome").mode !=
        Mode::kAsserted);
}

TEST_CASE("extract.mode: 'not the only one', 'spared no effort', 'no doubt' negate no act") {
  CHECK_FALSE(ReadAt(TestSentence("I am not the only one to thank Japan."), "thank").negated);
  CHECK_FALSE(
      ReadAt(TestSentence("We have spared no effort and extended support to Japan."), "support")
          .negated);
}

TEST_CASE("extract.mode: a nominal event takes 'should' and 'must' from the verb after it") {
  CHECK(
      ReadAt(TestSentence("Talks between Russia and Ukraine should be held in Jerusalem."), "talks")
          .mode == Mode::kHypothetical);
}

TEST_CASE("extract.mode: a definite hostile act is a fact, whatever modal follows it") {
  CHECK(ReadAt(TestSentence("Issues from Iraq's occupation of Kuwait should be dealt with."),
               "occupation")
            .mode == Mode::kAsserted);
  CHECK(
      ReadAt(TestSentence("A Chinese attack on Philippine forces could draw in others."), "attack")
          .mode == Mode::kHypothetical);
}

TEST_CASE("extract.mode: talks already under way are a fact, whatever is hoped of them") {
  CHECK(
      ReadAt(TestSentence("We hope that the current talks between Israel and Syria will succeed."),
             "talks")
          .mode == Mode::kAsserted);
  CHECK(ReadAt(TestSentence("We hope the talks between Israel and Syria launched last month will "
                            "succeed."),
               "talks")
            .mode == Mode::kAsserted);
  CHECK(ReadAt(TestSentence("We hope that talks between Israel and Syria will resume."), "talks")
            .mode == Mode::kHypothetical);
}

TEST_CASE("extract.mode: 'I must express my appreciation' is said, 'it is time that' is a wish") {
  CHECK(ReadAt(TestSentence("I must thank Japan."), "thank").mode == Mode::kAsserted);
  CHECK(ReadAt(TestSentence("It is time that Japan supported Chile."), "supported").mode ==
        Mode::kHypothetical);
}
