// The English grammar word lists: the shipped files, their format, and a missing file.
#include "irkg/ingest/grammar_words.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

#include "irkg/graph/error.h"
#include "shipped_knowledge.h"
#include "test_support.h"

using namespace irkg::ingest;
using irkg::Diagnostics;

namespace {

bool Holds(WordList list, const std::string& word) {
  const auto& words = irkg::testing::Shipped().kb->grammar.words(list);
  return std::find(words.begin(), words.end(), word) != words.end();
}

}  // namespace

TEST_CASE("grammar words: the shipped lists load with the knowledge base") {
  CHECK(Holds(WordList::kSpeechVerbs, "said"));
  CHECK(Holds(WordList::kLightVerbs, "held"));
  CHECK(Holds(WordList::kNegations, "n't"));
  CHECK(Holds(WordList::kBeForms, "'s"));
  CHECK(Holds(WordList::kLocationPreps, "in"));
  CHECK_FALSE(Holds(WordList::kLocationPreps, "with"));
  const auto& grammar = irkg::testing::Shipped().kb->grammar;
  REQUIRE(grammar.words(WordList::kMonths).size() == 12);
  CHECK(grammar.words(WordList::kMonths).front() == "january");
  CHECK(grammar.words(WordList::kMonths).back() == "december");
  REQUIRE(grammar.words(WordList::kWeekdays).size() == 7);
  CHECK(grammar.words(WordList::kWeekdays).front() == "sunday");
  CHECK(WordListPath(WordList::kHypotheticalMarkers) == "english/hypothetical-markers.words");
}

TEST_CASE("grammar words: one lower-case word a line, months and weekdays in full") {
  GrammarWords grammar;
  Diagnostics diagnostics;
  grammar.LoadText(WordList::kAdverbs, "# adverbs\nalso\n\nfurther on\nAgain\nstill\n", "a.words",
                   diagnostics);
  CHECK(grammar.words(WordList::kAdverbs) == std::vector<std::string>{"also", "still"});
  REQUIRE(diagnostics.size() == 2);
  CHECK(diagnostics[0].ToString() == "a.words:4: expected one word, got 'further on'");
  CHECK(diagnostics[1].ToString() == "a.words:5: expected lower case, got 'Again'");
  diagnostics.clear();
  grammar.LoadText(WordList::kWeekdays, "sunday\nmonday\n", "w.words", diagnostics);
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].ToString() == "w.words:2: expected 7 names, got 2");
}

TEST_CASE("grammar words: a missing list is an error that names the file") {
  irkg::testing::TempDir dir;
  std::filesystem::create_directories(dir.path() / "english");
  for (size_t i = 0; i < kWordListCount; ++i) {
    const auto list = static_cast<WordList>(i);
    if (list != WordList::kNegations) {
      irkg::testing::WriteFile(dir.File(WordListPath(list)), "word\n");
    }
  }
  GrammarWords grammar;
  Diagnostics diagnostics;
  const std::string missing = dir.File("english/negations.words");
  CHECK_THROWS_WITH_AS(grammar.LoadDirectory(dir.path().string(), diagnostics),
                       (missing + ": cannot open: no such file or not readable").c_str(),
                       irkg::Error);
}
