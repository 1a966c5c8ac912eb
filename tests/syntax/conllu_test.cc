// The CoNLL-U reader: words of the basic tree, and one diagnostic for each malformed sentence.
#include "irkg/syntax/conllu.h"

#include <doctest/doctest.h>

#include "irkg/graph/error.h"
#include "test_support.h"

using irkg::syntax::Deprel;
using irkg::syntax::ParseConllu;
using irkg::syntax::Upos;

namespace {

std::vector<std::string> Messages(const irkg::Diagnostics& diagnostics) {
  std::vector<std::string> out;
  for (const auto& d : diagnostics) out.push_back(d.ToString());
  return out;
}

}  // namespace

TEST_CASE("CoNLL-U: ranges and empty nodes are skipped, subtypes kept or folded") {
  const std::string text =
      "# sent_id = s1\n"
      "# text = Russia's envoy won't go.\n"
      "1-2\tRussia's\t_\t_\t_\t_\t_\t_\t_\t_\n"
      "1\tRussia\tRussia\tPROPN\tNNP\t_\t3\tnmod:poss\t_\t_\n"
      "2\t's\t's\tPART\tPOS\t_\t1\tcase\t_\t_\n"
      "3\tenvoy\tenvoy\tNOUN\tNN\t_\t6\tnsubj\t_\t_\n"
      "4\two\twill\tAUX\tMD\t_\t6\taux\t_\t_\n"
      "5\tn't\tnot\tPART\tRB\t_\t6\tadvmod\t_\t_\n"
      "5.1\tgo\tgo\tVERB\tVB\t_\t_\t_\t6:conj\t_\n"
      "6\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\t_\n"
      "7\t.\t.\tPUNCT\t.\t_\t6\tpunct\t_\t_\n"
      "\n"
      "1\tYesterday\tyesterday\tNOUN\tNN\t_\t2\tobl:tmod\t_\t_\n"
      "2\tended\tend\tVERB\tVBD\t_\t0\troot\t_\t_\n";
  irkg::Diagnostics diagnostics;
  auto sentences = ParseConllu(text, "t.conllu", diagnostics);
  CHECK(diagnostics.empty());
  REQUIRE(sentences.size() == 2);
  const auto& s = sentences[0];
  CHECK(s.id == "s1");
  CHECK(s.line == 4);
  CHECK(s.words == std::vector<std::string>{"Russia", "'s", "envoy", "wo", "n't", "go", "."});
  CHECK(s.tags[0] == Upos::kPropn);
  CHECK(s.heads == std::vector<int16_t>{2, 0, 5, 5, 5, -1, 5});
  CHECK(s.labels[0] == Deprel::kNmodPoss);
  CHECK(s.labels[5] == Deprel::kRoot);
  CHECK(sentences[1].id.empty());
  CHECK(sentences[1].labels[0] == Deprel::kObl);  // obl:tmod: an older subtype, folded
}

TEST_CASE("CoNLL-U: a malformed sentence is left out with one diagnostic naming file and line") {
  const std::string ok = "1\tHello\thello\tINTJ\tUH\t_\t0\troot\t_\t_\n\n";
  const std::string text =
      ok +                                              // lines 1-2
      "1\tBad\tbad\tADJ\tJJ\t_\t0\troot\n\n" +          // 3-4: 8 fields
      "1\tA\ta\tFOO\tDT\t_\t0\troot\t_\t_\n\n" +        // 5-6: unknown UPOS
      "1\tA\ta\tDET\tDT\t_\t2\tdet\t_\t_\n"             // 7
      "2\tb\tb\tNOUN\tNN\t_\t9\troot\t_\t_\n\n" +       // 8-9: head out of range
      "1\tA\ta\tDET\tDT\t_\t0\troot\t_\t_\n"            // 10
      "2\tb\tb\tNOUN\tNN\t_\t0\troot\t_\t_\n\n" +       // 11-12: two roots
      "1\tA\ta\tDET\tDT\t_\t2\tdet\t_\t_\n"             // 13
      "2\tb\tb\tNOUN\tNN\t_\t1\tnmod\t_\t_\n"           // 14
      "3\tc\tc\tVERB\tVB\t_\t0\troot\t_\t_\n\n" +       // 15-16: cycle
      "1\tA\ta\tDET\tDT\t_\t0\tfrobnicate\t_\t_\n\n" +  // 17-18: unknown relation
      "1\tA\ta\tDET\tDT\t_\t0\troot\t_\t_\n"            // 19
      "3\tb\tb\tNOUN\tNN\t_\t1\tdep\t_\t_\n\n" +        // 20-21: id out of sequence
      ok;                                               // 22-23
  irkg::Diagnostics diagnostics;
  auto sentences = ParseConllu(text, "t.conllu", diagnostics);
  CHECK(sentences.size() == 2);
  CHECK(Messages(diagnostics) == std::vector<std::string>{
                                     "t.conllu:3: expected 10 tab-separated fields, found 8",
                                     "t.conllu:5: unknown UPOS 'FOO'",
                                     "t.conllu:8: head 9 out of range (the sentence has 2 words)",
                                     "t.conllu:10: the sentence has 2 roots, not 1",
                                     "t.conllu:13: word 1 is in a cycle of heads",
                                     "t.conllu:17: unknown relation 'frobnicate'",
                                     "t.conllu:20: word id '3' out of sequence (expected 2)",
                                 });
}

TEST_CASE("CoNLL-U: a missing file throws irkg::Error naming it") {
  irkg::testing::TempDir dir;
  irkg::Diagnostics diagnostics;
  const std::string path = dir.File("absent.conllu.gz");
  CHECK_THROWS_WITH_AS(irkg::syntax::ReadConllu(path, diagnostics),
                       (path + ": cannot open").c_str(), irkg::Error);
}

TEST_CASE("CoNLL-U: the UD English treebanks read without a diagnostic") {
  irkg::Diagnostics diagnostics;
  auto dev = irkg::syntax::ReadConllu(
      std::string(IRKG_SHARED_DIR) + "/treebanks/ud-english/en_ewt-ud-dev.conllu.gz", diagnostics);
  CHECK(Messages(diagnostics).empty());
  CHECK(dev.size() == 2001);
  size_t words = 0;
  for (const auto& s : dev) words += s.words.size();
  CHECK(words == 25147);
}
