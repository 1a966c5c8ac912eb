// Training on a few hundred treebank sentences: it learns, and it is deterministic.
#include "irkg/syntax/training.h"

#include <doctest/doctest.h>

#include "test_support.h"

namespace {

std::vector<irkg::syntax::TreebankSentence> Treebank(const std::string& name, size_t count) {
  irkg::Diagnostics diagnostics;
  auto sentences = irkg::syntax::ReadConllu(
      std::string(IRKG_SHARED_DIR) + "/treebanks/ud-english/" + name, diagnostics);
  REQUIRE(diagnostics.empty());
  sentences.resize(std::min(count, sentences.size()));
  return sentences;
}

irkg::syntax::TrainOptions SmallOptions() {
  irkg::syntax::TrainOptions options;
  options.tagger_epochs = 4;
  options.parser_epochs = 4;
  options.folds = 3;
  options.tagger_bits = 14;
  options.transition_bits = 16;
  options.label_bits = 12;
  return options;
}

}  // namespace

TEST_CASE("training on 400 sentences learns tags and trees well above chance, deterministically") {
  const auto train = Treebank("en_ewt-ud-train.conllu.gz", 400);
  const auto dev = Treebank("en_ewt-ud-dev.conllu.gz", 200);
  const auto test = Treebank("en_ewt-ud-test.conllu.gz", 300);
  irkg::syntax::TrainOptions options = SmallOptions();
  auto parser = irkg::syntax::Train(train, dev, options);
  const irkg::syntax::Accuracy a = irkg::syntax::Evaluate(*parser, test);
  CHECK(a.words > 3000);
  // Baselines on these words: the commonest tag (NOUN) is right for about 17%, a head that is
  // always the next word for about 30%.
  CHECK(a.Upos() > 75);
  CHECK(a.Uas() > 55);
  CHECK(a.Las() > 45);
  CHECK(a.Las() <= a.Uas());

  // The same options give the same bytes, with one thread or two.
  irkg::testing::TempDir dir;
  parser->Save(dir.File("a.model"));
  options.threads = 1;
  irkg::syntax::Train(train, dev, options)->Save(dir.File("b.model"));
  const std::string a_bytes = irkg::testing::ReadFile(dir.File("a.model"));
  CHECK(a_bytes.size() > 1000);
  CHECK(a_bytes == irkg::testing::ReadFile(dir.File("b.model")));

  // A saved model loads and parses as the trained one does.
  auto loaded = irkg::syntax::Parser::Load(dir.File("a.model"));
  const irkg::syntax::Accuracy b = irkg::syntax::Evaluate(*loaded, test);
  CHECK(b.heads == a.heads);
  CHECK(b.labelled == a.labelled);
  CHECK(b.upos == a.upos);
}

TEST_CASE("a model file that is not one is reported with its path") {
  irkg::testing::TempDir dir;
  const std::string path = dir.File("bad.model");
  { std::ofstream(path) << "not a model"; }
  CHECK_THROWS_WITH_AS(irkg::syntax::Parser::Load(path),
                       (path + ": not an irkg syntax model").c_str(), irkg::Error);
  const std::string truncated = dir.File("short.model");
  { std::ofstream(truncated) << "IRKGSYN1"; }
  CHECK_THROWS_WITH_AS(irkg::syntax::Parser::Load(truncated),
                       (truncated + ": truncated model file").c_str(), irkg::Error);
}
