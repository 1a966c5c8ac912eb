#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "irkg/syntax/arc_eager.h"
#include "irkg/syntax/labels.h"
#include "irkg/syntax/lexical.h"

namespace irkg::syntax {

/// A sentence's syntax: one entry per word in each vector.
struct ParsedSentence {
  std::vector<Upos> tags;
  std::vector<int16_t> heads;  ///< 0-based index of each word's head; -1 for the root.
  std::vector<Deprel> labels;  ///< Relation of each word to its head (kRoot for the root).

  /// Parse()'s working memory, kept with the output so that a caller who reuses one
  /// ParsedSentence for every sentence makes Parse() allocate nothing once it has grown.
  struct Workspace {
    std::vector<Lexeme> lexemes;
    std::vector<uint8_t> tags;
    ArcEagerState state;
  } workspace;
};

struct Model;

/// A part-of-speech tagger and a labelled dependency parser for English, learned from a UD
/// treebank (see ingest/data/syntax/README.md): a greedy averaged-perceptron tagger, then a
/// greedy arc-eager parser that labels each arc as it makes it. Input is a sentence as the
/// tokeniser split it; possessive "'s" may be its own word (as in UD) or left on its word.
/// Parse() is const and thread-safe: one loaded Parser serves any number of threads, each with
/// its own ParsedSentence.
class Parser {
 public:
  /// Reads a model written by Save(). Throws irkg::Error ("path: ...") when the file cannot be
  /// read or is not a model of this version of irkg.
  static std::unique_ptr<Parser> Load(const std::string& path);

  /// Wraps trained weights (the trainer's constructor).
  explicit Parser(std::unique_ptr<Model> model);
  ~Parser();
  Parser(const Parser&) = delete;
  Parser& operator=(const Parser&) = delete;

  /// Tags and parses one sentence into `out` (resized to the number of words). An empty sentence
  /// gives empty vectors. Throws std::length_error for sentences of more than kMaxWords words.
  /// Cost: linear in the words, about a microsecond a word.
  void Parse(std::span<const std::string_view> words, ParsedSentence& out) const;

  /// Tags only: fills out.tags and leaves heads and labels empty.
  void Tag(std::span<const std::string_view> words, ParsedSentence& out) const;

  /// Writes the model (deterministic bytes). Throws irkg::Error when the file cannot be written.
  void Save(const std::string& path) const;

  static constexpr size_t kMaxWords = 32767;

  const Model& model() const { return *model_; }

 private:
  std::unique_ptr<Model> model_;
};

}  // namespace irkg::syntax
