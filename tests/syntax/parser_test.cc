// The shipped model (ingest/data/syntax/en.model) on news sentences.
#include "irkg/syntax/parser.h"

#include <doctest/doctest.h>

#include <stdexcept>

namespace {

using irkg::syntax::Deprel;
using irkg::syntax::Upos;

const irkg::syntax::Parser& Shipped() {
  static const auto parser =
      irkg::syntax::Parser::Load(std::string(IRKG_TEST_DATA_DIR) + "/syntax/en.model");
  return *parser;
}

int Find(const std::vector<std::string_view>& words, std::string_view word) {
  for (size_t i = 0; i < words.size(); ++i) {
    if (words[i] == word) return static_cast<int>(i);
  }
  FAIL("no word " << word);
  return -1;
}

}  // namespace

TEST_CASE("shipped model: subject, object and possessive of a news sentence") {
  const std::vector<std::string_view> words = {"Russia", "'s", "president", "Vladimir", "Putin",
                                               "signed", "a",  "new",       "treaty",   "with",
                                               "China",  "on", "Monday",    "."};
  irkg::syntax::ParsedSentence out;
  Shipped().Parse(words, out);
  REQUIRE(out.heads.size() == words.size());
  const int signed_ = Find(words, "signed");
  CHECK(out.heads[static_cast<size_t>(signed_)] == -1);
  CHECK(out.labels[static_cast<size_t>(signed_)] == Deprel::kRoot);
  CHECK(out.tags[static_cast<size_t>(signed_)] == Upos::kVerb);
  // UD heads a titled name with the name: "president" describes "Vladimir Putin".
  const int vladimir = Find(words, "Vladimir");
  CHECK(out.heads[static_cast<size_t>(vladimir)] == signed_);
  CHECK(out.labels[static_cast<size_t>(vladimir)] == Deprel::kNsubj);
  CHECK(out.heads[static_cast<size_t>(Find(words, "Putin"))] == vladimir);
  CHECK(out.labels[static_cast<size_t>(Find(words, "Putin"))] == Deprel::kFlat);
  const int president = Find(words, "president");
  CHECK(out.heads[static_cast<size_t>(president)] == vladimir);
  const int treaty = Find(words, "treaty");
  CHECK(out.heads[static_cast<size_t>(treaty)] == signed_);
  CHECK(out.labels[static_cast<size_t>(treaty)] == Deprel::kObj);
  CHECK(out.heads[0] == president);
  CHECK(out.labels[0] == Deprel::kNmodPoss);
  CHECK(out.tags[0] == Upos::kPropn);
  CHECK(out.heads[1] == 0);
  CHECK(out.labels[1] == Deprel::kCase);
}

TEST_CASE("shipped model: passive agent, and a possessive left on its word") {
  const std::vector<std::string_view> words = {"The", "embassy", "was", "attacked", "by", "Iran",
                                               "'s",  "militia", "in",  "Baghdad",  "."};
  irkg::syntax::ParsedSentence out;
  Shipped().Parse(words, out);
  const int attacked = Find(words, "attacked");
  CHECK(out.heads[static_cast<size_t>(attacked)] == -1);
  CHECK(out.labels[1] == Deprel::kNsubjPass);
  CHECK(out.labels[2] == Deprel::kAuxPass);
  CHECK(out.heads[7] == attacked);
  CHECK(out.labels[7] == Deprel::kOblAgent);

  // "Iran's" unsplit reads as "Iran" with its possessive: the subject and root stay.
  const std::vector<std::string_view> glued = {"Iran's", "army", "attacked", "the", "embassy", "."};
  Shipped().Parse(glued, out);
  CHECK(out.heads[2] == -1);
  CHECK(out.heads[1] == 2);
  CHECK(out.labels[1] == Deprel::kNsubj);
  CHECK(out.heads[4] == 2);
  CHECK(out.labels[4] == Deprel::kObj);
  CHECK(out.heads[0] == 1);
}

TEST_CASE("shipped model: outputs are trees, buffers are reused, limits are checked") {
  irkg::syntax::ParsedSentence out;
  Shipped().Parse({}, out);
  CHECK(out.tags.empty());
  CHECK(out.heads.empty());

  const std::vector<std::string_view> words = {"Talks", "resumed", "."};
  Shipped().Parse(words, out);
  const auto first = out.heads;
  const std::vector<std::string_view> longer = {"Officials", "from", "both",  "sides", "met",
                                                "in",        "Doha", "again", "."};
  Shipped().Parse(longer, out);
  int roots = 0;
  for (size_t i = 0; i < longer.size(); ++i) {
    roots += out.heads[i] == -1;
    // Following heads from any word reaches the root.
    int h = static_cast<int>(i);
    for (size_t steps = 0; steps <= longer.size() && h >= 0; ++steps) {
      h = out.heads[static_cast<size_t>(h)];
    }
    CHECK(h == -1);
  }
  CHECK(roots == 1);
  Shipped().Parse(words, out);
  CHECK(out.heads == first);

  std::vector<std::string_view> too_long(irkg::syntax::Parser::kMaxWords + 1, "word");
  CHECK_THROWS_AS(Shipped().Parse(too_long, out), std::length_error);
}
