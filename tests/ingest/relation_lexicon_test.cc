#include "irkg/ingest/relation_lexicon.h"

#include <doctest/doctest.h>

#include "test_support.h"

using namespace irkg::ingest;

TEST_CASE("verbs and nouns get their inflections") {
  CHECK(VerbForms("accuse") ==
        std::vector<std::string>{"accuse", "accuses", "accused", "accusing"});
  CHECK(VerbForms("deny") == std::vector<std::string>{"deny", "denies", "denied", "denying"});
  CHECK(VerbForms("meet/met") == std::vector<std::string>{"meet", "meets", "met", "meeting"});
  CHECK(VerbForms("ban/banned") == std::vector<std::string>{"ban", "bans", "banned", "banning"});
  CHECK(VerbForms("agree") == std::vector<std::string>{"agree", "agrees", "agreed", "agreeing"});
  CHECK(VerbForms("withdraw/withdrew/withdrawn") ==
        std::vector<std::string>{"withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing"});
  CHECK(NounForms("talk") == std::vector<std::string>{"talk", "talks"});
  CHECK(NounForms("ally") == std::vector<std::string>{"ally", "allies"});
}

TEST_CASE("patterns match with gaps and report bad lines") {
  RelationLexicon lexicon;
  irkg::Diagnostics diagnostics;
  lexicon.LoadText(
      "sanctions\t163\tv:impose .. sanctions on\n"
      "likes\t000\tv:like\n"
      "consults\t04x\tv:meet\n"
      "consults\t040\t.. meet\n"
      "consults\t040\tv:meet/met\tsym loud\n"
      "consults\t040\n",
      "test.patterns", diagnostics);
  std::vector<std::string> messages;
  for (const auto& d : diagnostics) messages.push_back(d.ToString());
  CHECK(messages == std::vector<std::string>{
                        "test.patterns:2: unknown relation 'likes'",
                        "test.patterns:3: CAMEO code must be digits, got '04x'",
                        "test.patterns:4: a pattern must start and end with a word, not '..'",
                        "test.patterns:5: unknown flag 'loud' (expected sym, noun, reverse, "
                        "military, armed, from or partner)",
                        "test.patterns:6: expected 'RELATION<TAB>CAMEO<TAB>PATTERN[<TAB>FLAGS]'",
                    });
  REQUIRE(lexicon.size() == 1);
  const TokenizedText sentence = Tokenize("The EU imposed sweeping new sanctions on Russia.");
  const std::vector<Token>& tokens = sentence.tokens;
  auto candidates = lexicon.StartingWith("imposed");
  REQUIRE(candidates.size() == 1);
  CHECK(lexicon.Match(candidates[0], tokens, 2, tokens.size()) == 7);
  const TokenizedText far_text = Tokenize("imposed a b c d e f g sanctions on");
  const std::vector<Token>& far = far_text.tokens;
  CHECK(lexicon.Match(candidates[0], far, 0, far.size()) == 0);
  CHECK(lexicon.trigger(candidates[0]).origin == "test.patterns:1");
}

TEST_CASE("a sentence's word filter skips triggers whose later words it lacks") {
  RelationLexicon lexicon;
  irkg::Diagnostics diagnostics;
  lexicon.LoadText("sanctions\t163\tv:impose .. sanctions on\n", "test.patterns", diagnostics);
  REQUIRE(diagnostics.empty());
  const uint32_t trigger = lexicon.StartingWith("imposed").front();
  const TokenizedText with = Tokenize("The EU imposed sweeping new sanctions on Russia.");
  const SentenceWords with_words(with.tokens);
  CHECK(with_words.MayHold(WordHash()("sanctions")));
  CHECK(lexicon.Match(trigger, with.tokens, 2, with.tokens.size(), with_words) == 7);
  // "sanctions" without "on": the filter tells the trigger fails.
  const TokenizedText without = Tokenize("The EU imposed sweeping new sanctions.");
  const SentenceWords without_words(without.tokens);
  CHECK_FALSE(without_words.MayHold(WordHash()("on")));
  CHECK(lexicon.Match(trigger, without.tokens, 2, without.tokens.size(), without_words) == 0);
  CHECK(lexicon.Match(trigger, without.tokens, 2, without.tokens.size()) == 0);
}
