#pragma once

#include <cstdint>
#include <memory>
#include <ostream>
#include <vector>

#include "irkg/syntax/conllu.h"
#include "irkg/syntax/parser.h"

namespace irkg::syntax {

/// How a model is trained. The defaults made ingest/data/syntax/en.model.
struct TrainOptions {
  int tagger_epochs = 12;  ///< At most; the epoch best on the development set is kept.
  int parser_epochs = 15;  ///< At most; the epoch with the best LAS on development is kept.
  /// The parser learns from tags predicted by taggers trained on the other folds
  /// (jackknifing), so that its training input is as noisy as its input in use.
  int folds = 5;
  int threads = 2;  ///< Folds trained at once; the result does not depend on it.
  uint64_t seed = 1;
  int tagger_bits = 17;  ///< 2^bits rows of weights per table.
  int transition_bits = 20;
  int label_bits = 16;
  double explore = 0.9;         ///< From the second epoch, how often the parser follows its own
                                ///< (possibly wrong) transition rather than the oracle's.
  std::ostream* log = nullptr;  ///< Progress, one line an epoch; nothing when null.
};

/// Trains the tagger and the parser on `train`, choosing epochs on `dev` (when `dev` is empty,
/// the last epoch is kept). Deterministic: the same inputs and options give the same weights,
/// whatever the number of threads.
std::unique_ptr<Parser> Train(const std::vector<TreebankSentence>& train,
                              const std::vector<TreebankSentence>& dev,
                              const TrainOptions& options);

/// Counts of correct words against a treebank, punctuation included (as in the CoNLL 2018
/// shared task).
struct Accuracy {
  size_t words = 0;
  size_t upos = 0;            ///< Correct tags.
  size_t heads = 0;           ///< Correct heads (UAS).
  size_t labelled = 0;        ///< Correct heads and relations, subtypes included.
  size_t basic_labelled = 0;  ///< Correct heads and basic relations (CoNLL 2018 LAS).

  double Upos() const { return Percent(upos); }
  double Uas() const { return Percent(heads); }
  double Las() const { return Percent(labelled); }
  double BasicLas() const { return Percent(basic_labelled); }

 private:
  double Percent(size_t n) const {
    return words ? 100.0 * static_cast<double>(n) / static_cast<double>(words) : 0;
  }
};

/// Tags and parses each sentence's words with `parser` and compares with the gold annotation.
Accuracy Evaluate(const Parser& parser, const std::vector<TreebankSentence>& gold);

}  // namespace irkg::syntax
