#include "irkg/ingest/text.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "test_support.h"

using namespace irkg::ingest;

namespace {

std::vector<std::string> Keys(const std::string& text) {
  std::vector<std::string> out;
  for (const Token& t : Tokenize(text).tokens) out.emplace_back(t.key);
  return out;
}

std::vector<std::string> Sentences(const std::string& text) {
  std::vector<std::string> out;
  for (const SentenceSpan& s : SplitSentences(text))
    out.push_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

}  // namespace

TEST_CASE("keys fold case and accents, and typographic apostrophes") {
  CHECK(FoldKey("Russia") == "russia");
  CHECK(FoldKey("Côte d’Ivoire") == "cote d'ivoire");
  CHECK(FoldKey("TÜRKİYE") == FoldKey("Turkiye"));
  CHECK(FoldKey("Élysée") == "elysee");
}

TEST_CASE("invisible format characters are nothing: words stay whole, keys lose them") {
  // Soft hyphen, zero-width space, word joiner, right-to-left override.
  CHECK(Keys("Pu\u00ADtin met Xi\u200B Jin\u2060ping in \u202EMoscow\u200B.") ==
        std::vector<std::string>{"putin", "met", "xi", "jinping", "in", "moscow", "."});
  CHECK(FoldKey("Mos\u2060cow") == "moscow");
  const TokenizedText t = Tokenize("Pu\u00ADtin");
  REQUIRE(t.tokens.size() == 1);
  CHECK(t.tokens[0].shape == Shape::kCapitalized);
  CHECK(t.tokens[0].hash == Tokenize("Putin").tokens[0].hash);
}

TEST_CASE("tokens split off possessives and negations and keep dotted abbreviations") {
  CHECK(Keys("Russia's forces") == std::vector<std::string>{"russia", "'s", "forces"});
  CHECK(Keys("We don't agree") == std::vector<std::string>{"we", "do", "n't", "agree"});
  CHECK(Keys("the U.S. and U.N.") == std::vector<std::string>{"the", "u.s.", "and", "u.n."});
  CHECK(Keys("Russia-China ties") == std::vector<std::string>{"russia", "-", "china", "ties"});
  CHECK(Keys("Cote d'Ivoire") == std::vector<std::string>{"cote", "d'ivoire"});
  CHECK(Keys("$100 million, 3.5%") ==
        std::vector<std::string>{"$", "100", "million", ",", "3.5", "%"});
  const TokenizedText tokenized = Tokenize("NATO and us");
  const std::vector<Token>& tokens = tokenized.tokens;
  CHECK(tokens[0].shape == Shape::kUpper);
  CHECK(tokens[1].shape == Shape::kLower);
  CHECK(tokens[2].shape == Shape::kLower);
  CHECK(tokens[2].begin == 9);
  CHECK(tokens[2].end == 11);
}

TEST_CASE("words end at every kind of byte, within and across 16-byte blocks") {
  // Words of ASCII letters and digits end at punctuation and spaces wherever those fall, and
  // letters outside ASCII continue them; every ASCII byte but the inner apostrophe ("d'Ivoire")
  // is tried right after a long word.
  for (int c = 1; c < 0x80; ++c) {
    const std::string word = "Internationalisation2024";
    const std::string text = word + static_cast<char>(c) + "x";
    const bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    CAPTURE(c);
    if (!alnum && c != '\'') CHECK(Tokenize(text).tokens.front().end == word.size());
  }
  CHECK(Keys("Abcdefghijklmnopqérstuvwxyz0123456789 Zyxwvutsrqponmlk-jihgfedcba") ==
        std::vector<std::string>{"abcdefghijklmnopqerstuvwxyz0123456789", "zyxwvutsrqponmlk", "-",
                                 "jihgfedcba"});
  CHECK(Keys("@[`{/:") == std::vector<std::string>{"@", "[", "`", "{", "/", ":"});
}

TEST_CASE("sentences survive abbreviations") {
  CHECK(Sentences("Mr. Putin met Gen. Smith on Jan. 5. They talked.") ==
        std::vector<std::string>{"Mr. Putin met Gen. Smith on Jan. 5.", "They talked."});
  CHECK(
      Sentences("Talks at the U.N. Security Council ended. The U.S. objected.") ==
      std::vector<std::string>{"Talks at the U.N. Security Council ended.", "The U.S. objected."});
  CHECK(Sentences("Iran was sanctioned by the U.S. The move angered Tehran.") ==
        std::vector<std::string>{"Iran was sanctioned by the U.S.", "The move angered Tehran."});
  CHECK(Sentences("Vladimir V. Putin spoke. \"We agree,\" he said.") ==
        std::vector<std::string>{"Vladimir V. Putin spoke.", "\"We agree,\" he said."});
  CHECK(Sentences("Headline\nFirst line of the body.") ==
        std::vector<std::string>{"Headline", "First line of the body."});
  CHECK(Sentences("  ").empty());
}

TEST_CASE("hard-wrapped lines run on into one sentence") {
  CHECK(Sentences("Allow me to congratulate the\nhomeland of the President,\nAntigua and Barbuda, "
                  "on having\nratified the Treaty. We welcome it.\nThe next paragraph.") ==
        std::vector<std::string>{
            "Allow me to congratulate the\nhomeland of the President,\nAntigua and Barbuda, on "
            "having\nratified the Treaty.",
            "We welcome it.", "The next paragraph."});
  CHECK(Sentences("Headline\nFirst line.\n\nA new paragraph\nAfter a title") ==
        std::vector<std::string>{"Headline", "First line.", "A new paragraph\nAfter a title"});
}

TEST_CASE("character counts are in code points") {
  CHECK(CountCodePoints("Côte") == 4);
  CHECK(CountCodePoints("abc") == 3);
}

TEST_CASE("a shortened text never cuts a character in two") {
  CHECK(Utf8Prefix("Elmalık", 6) == "Elmal");
  CHECK(Utf8Prefix("Elmalık", 7) == "Elmalı");
  CHECK(Utf8Prefix("abc", 10) == "abc");
  CHECK(Utf8Prefix("é", 1).empty());
}
