// The weights of a trained model and the decoding steps that use them, shared by Parser and by
// the trainer (which decodes the development set with the averaged weights of each epoch).
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "irkg/syntax/arc_eager.h"
#include "irkg/syntax/lexical.h"
#include "weights.h"

namespace irkg::syntax {

inline constexpr size_t kTaggerStride = 32;
inline constexpr size_t kTransitionStride = 4;
inline constexpr size_t kLabelStride = 64;

/// The words (hashes of their lower-case forms) seen at least twice in training: any other word
/// is read as a class of unknown words. A set with open addressing, a quarter full.
class Vocabulary {
 public:
  void Build(const std::vector<uint64_t>& words);
  bool Contains(uint64_t word) const {
    if (slots_.empty()) return true;
    word |= 1;  // 0 marks an empty slot
    for (size_t i = word & mask_;; i = (i + 1) & mask_) {
      if (slots_[i] == word) return true;
      if (slots_[i] == 0) return false;
    }
  }
  const std::vector<uint64_t>& slots() const { return slots_; }
  void SetSlots(std::vector<uint64_t> slots) {
    slots_ = std::move(slots);
    mask_ = slots_.empty() ? 0 : slots_.size() - 1;
  }

 private:
  std::vector<uint64_t> slots_;
  size_t mask_ = 0;
};

struct Model {
  Vocabulary vocabulary;
  WeightTable tagger;       ///< kUposCount classes.
  WeightTable transitions;  ///< kTransitionCount classes.
  WeightTable labels;       ///< kDeprelCount classes.
};

/// Analyses `words` into `lexemes`, with two start words before and two end words after them;
/// returns a pointer to the first word's lexeme.
Lexeme* AnalyzeWords(std::span<const std::string_view> words, const Vocabulary& vocabulary,
                     std::vector<Lexeme>& lexemes);

/// Greedy tagging of n words.
void TagWords(const WeightTable& tagger, const Lexeme* lex, int n, uint8_t* tags);

/// Greedy parsing of n tagged words into `state` (reset first); every word gets a head.
void ParseWords(const WeightTable& transitions, const WeightTable& labels, const Lexeme* lex, int n,
                const uint8_t* tags, ArcEagerState& state);

/// The best label for head -> dep.
Deprel PredictLabel(const WeightTable& labels, const ArcEagerState& state, const Lexeme* lex,
                    const uint8_t* tags, int head, int dep);

/// Writes and reads the model file.
void SaveModel(const Model& model, const std::string& path);
Model LoadModel(const std::string& path);

}  // namespace irkg::syntax
