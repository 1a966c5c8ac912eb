#include "irkg/syntax/parser.h"

#include <bit>
#include <cstdint>
#include <stdexcept>

#include "features.h"
#include "model.h"

namespace irkg::syntax {

void Vocabulary::Build(const std::vector<uint64_t>& words) {
  size_t size = 16;
  while (size < words.size() * 4) size *= 2;
  std::vector<uint64_t> slots(size);
  const size_t mask = size - 1;
  for (uint64_t word : words) {
    word |= 1;
    size_t i = word & mask;
    while (slots[i] != 0 && slots[i] != word) i = (i + 1) & mask;
    slots[i] = word;
  }
  SetSlots(std::move(slots));
}

Lexeme* AnalyzeWords(std::span<const std::string_view> words, const Vocabulary& vocabulary,
                     std::vector<Lexeme>& lexemes) {
  const size_t n = words.size();
  lexemes.resize(n + 4);
  auto pad = [](Lexeme& x, uint64_t word) {
    x.form = x.lower = x.shape = x.word = word;
    for (uint64_t& p : x.prefix) p = word;
    for (uint64_t& s : x.suffix) s = word;
    x.flags = 0;
  };
  pad(lexemes[0], features::kStartWord);
  pad(lexemes[1], features::kStartWord);
  pad(lexemes[n + 2], features::kEndWord);
  pad(lexemes[n + 3], features::kEndWord);
  for (size_t i = 0; i < n; ++i) {
    Lexeme& x = lexemes[i + 2];
    Analyze(words[i], x);
    if (!vocabulary.Contains(x.lower)) {
      x.word = Mix64(features::kUnknownWord ^ x.shape ^ std::rotl(x.suffix[1], 17));
    }
  }
  return lexemes.data() + 2;
}

void TagWords(const WeightTable& tagger, const Lexeme* lex, int n, uint8_t* tags) {
  uint64_t keys[features::kMaxTaggerFeatures];
  int16_t scores[kTaggerStride];
  for (int i = 0; i < n; ++i) {
    const int count = features::TaggerFeatures(lex, n, i, tags, keys);
    tagger.Score<kTaggerStride>(keys, count, scores);
    for (size_t c = kUposCount; c < kTaggerStride; ++c) scores[c] = INT16_MIN;
    tags[i] = static_cast<uint8_t>(ArgMax<kTaggerStride>(scores));
  }
}

Deprel PredictLabel(const WeightTable& labels, const ArcEagerState& state, const Lexeme* lex,
                    const uint8_t* tags, int head, int dep) {
  if (head == ArcEagerState::kRoot) return Deprel::kRoot;
  uint64_t keys[features::kMaxLabelFeatures];
  int16_t scores[kLabelStride];
  const int count = features::LabelFeatures(state, lex, tags, head, dep, keys);
  labels.Score<kLabelStride>(keys, count, scores);
  for (size_t c = kDeprelCount; c < kLabelStride; ++c) scores[c] = INT16_MIN;
  scores[static_cast<size_t>(Deprel::kRoot)] = INT16_MIN;  // only the root's dependent
  return static_cast<Deprel>(ArgMax<kLabelStride>(scores));
}

void ParseWords(const WeightTable& transitions, const WeightTable& labels, const Lexeme* lex, int n,
                const uint8_t* tags, ArcEagerState& state) {
  state.Reset(n);
  uint64_t keys[features::kMaxParserFeatures];
  int16_t scores[kTransitionStride];
  while (!state.Terminal()) {
    const int count = features::ParserFeatures(state, lex, tags, keys);
    transitions.Score<kTransitionStride>(keys, count, scores);
    int best = -1;
    for (int t = 0; t < kTransitionCount; ++t) {
      if (state.Legal(static_cast<Transition>(t)) && (best < 0 || scores[t] > scores[best])) {
        best = t;
      }
    }
    const auto move = static_cast<Transition>(best);
    Deprel label = Deprel::kDep;
    if (move == Transition::kLeft || move == Transition::kRight) {
      auto [head, dep] = state.ArcOf(move);
      label = PredictLabel(labels, state, lex, tags, head, dep);
    }
    state.Apply(move, label);
  }
  while (true) {
    auto [head, dep] = state.NextFinishArc();
    if (dep == ArcEagerState::kNone) break;
    state.AttachFinish(head, dep, PredictLabel(labels, state, lex, tags, head, dep));
  }
}

Parser::Parser(std::unique_ptr<Model> model) : model_(std::move(model)) {}

Parser::~Parser() = default;

std::unique_ptr<Parser> Parser::Load(const std::string& path) {
  return std::make_unique<Parser>(std::make_unique<Model>(LoadModel(path)));
}

void Parser::Save(const std::string& path) const { SaveModel(*model_, path); }

void Parser::Tag(std::span<const std::string_view> words, ParsedSentence& out) const {
  if (words.size() > kMaxWords) {
    throw std::length_error("irkg::syntax::Parser: a sentence of " + std::to_string(words.size()) +
                            " words (at most 32767)");
  }
  auto& ws = out.workspace;
  const Lexeme* lex = AnalyzeWords(words, model_->vocabulary, ws.lexemes);
  const int n = static_cast<int>(words.size());
  ws.tags.resize(words.size());
  TagWords(model_->tagger, lex, n, ws.tags.data());
  out.tags.resize(words.size());
  for (size_t i = 0; i < words.size(); ++i) out.tags[i] = static_cast<Upos>(ws.tags[i]);
  out.heads.clear();
  out.labels.clear();
}

void Parser::Parse(std::span<const std::string_view> words, ParsedSentence& out) const {
  Tag(words, out);
  auto& ws = out.workspace;
  const int n = static_cast<int>(words.size());
  ParseWords(model_->transitions, model_->labels, ws.lexemes.data() + 2, n, ws.tags.data(),
             ws.state);
  out.heads.assign(ws.state.heads().begin(), ws.state.heads().end());
  out.labels.assign(ws.state.labels().begin(), ws.state.labels().end());
}

}  // namespace irkg::syntax
