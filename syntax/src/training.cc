#include "irkg/syntax/training.h"

#include <algorithm>
#include <chrono>
#include <iomanip>
#include <thread>
#include <unordered_map>

#include "features.h"
#include "model.h"

namespace irkg::syntax {
namespace {

// A deterministic generator (splitmix64): the same sequence on every platform and library.
class Random {
 public:
  explicit Random(uint64_t seed) : state_(seed) {}
  uint64_t Next() { return Mix64(state_ += 0x9E3779B97F4A7C15ULL); }
  double Uniform() { return static_cast<double>(Next() >> 11) * 0x1.0p-53; }
  template <typename T>
  void Shuffle(std::vector<T>& items) {
    for (size_t i = items.size(); i > 1; --i) std::swap(items[i - 1], items[Next() % i]);
  }

 private:
  uint64_t state_;
};

// A treebank sentence ready for training: its words analysed once, gold tags as bytes, and the
// tags the parser sees (predicted by a tagger that did not learn from it).
struct Prepared {
  const TreebankSentence* gold = nullptr;
  std::vector<Lexeme> lexemes;
  std::vector<uint8_t> gold_tags;
  std::vector<uint8_t> tags;

  int size() const { return static_cast<int>(gold->words.size()); }
  const Lexeme* lex() const { return lexemes.data() + 2; }
};

// The words seen at least twice.
Vocabulary BuildVocabulary(const std::vector<TreebankSentence>& sentences) {
  std::unordered_map<uint64_t, int> counts;
  Lexeme x;
  for (const TreebankSentence& s : sentences) {
    for (const std::string& w : s.words) {
      Analyze(w, x);
      ++counts[x.lower];
    }
  }
  std::vector<uint64_t> words;
  for (const auto& [word, count] : counts) {
    if (count >= 2) words.push_back(word);
  }
  std::sort(words.begin(), words.end());  // the table's bytes must not depend on map order
  Vocabulary vocabulary;
  vocabulary.Build(words);
  return vocabulary;
}

std::vector<Prepared> Prepare(const std::vector<TreebankSentence>& sentences,
                              const Vocabulary& vocabulary) {
  std::vector<Prepared> out(sentences.size());
  std::vector<std::string_view> words;
  for (size_t i = 0; i < sentences.size(); ++i) {
    Prepared& p = out[i];
    p.gold = &sentences[i];
    words.assign(sentences[i].words.begin(), sentences[i].words.end());
    AnalyzeWords(words, vocabulary, p.lexemes);
    for (Upos t : sentences[i].tags) p.gold_tags.push_back(static_cast<uint8_t>(t));
    p.tags = p.gold_tags;
  }
  return out;
}

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

double TagAccuracy(const WeightTable& tagger, std::vector<Prepared>& sentences) {
  size_t correct = 0;
  size_t total = 0;
  for (Prepared& p : sentences) {
    TagWords(tagger, p.lex(), p.size(), p.tags.data());
    for (int i = 0; i < p.size(); ++i)
      correct += p.tags[static_cast<size_t>(i)] == p.gold_tags[static_cast<size_t>(i)];
    total += static_cast<size_t>(p.size());
  }
  return total ? 100.0 * static_cast<double>(correct) / static_cast<double>(total) : 0;
}

// Trains a tagger on `train` for `epochs` epochs; with a development set, returns the averaged
// weights of the epoch that tags it best and sets `best_epoch`.
WeightTable TrainTagger(const std::vector<const Prepared*>& train, std::vector<Prepared>* dev,
                        int epochs, int bits, uint64_t seed, int& best_epoch, std::ostream* log) {
  TrainingTable table(bits, kUposCount);
  Random random(seed);
  std::vector<const Prepared*> order = train;
  std::vector<uint8_t> predicted;
  uint64_t keys[features::kMaxTaggerFeatures];
  float scores[kUposCount];
  double clock = 1;
  WeightTable best;
  double best_accuracy = -1;
  for (int epoch = 1; epoch <= epochs; ++epoch) {
    const auto start = std::chrono::steady_clock::now();
    random.Shuffle(order);
    size_t errors = 0;
    size_t total = 0;
    for (const Prepared* p : order) {
      const int n = p->size();
      predicted.resize(static_cast<size_t>(n));
      for (int i = 0; i < n; ++i) {
        const int count = features::TaggerFeatures(p->lex(), n, i, predicted.data(), keys);
        table.Score(keys, count, scores);
        int guess = 0;
        for (int c = 1; c < kUposCount; ++c) {
          if (scores[c] > scores[guess]) guess = c;
        }
        const int gold = p->gold_tags[static_cast<size_t>(i)];
        if (guess != gold) {
          table.Update(keys, count, gold, 1, clock);
          table.Update(keys, count, guess, -1, clock);
          ++errors;
        }
        predicted[static_cast<size_t>(i)] = static_cast<uint8_t>(guess);
        clock += 1;
        ++total;
      }
    }
    if (dev == nullptr) {
      if (epoch == epochs) best = table.Averaged(clock);
      continue;
    }
    WeightTable averaged = table.Averaged(clock);
    const double accuracy = TagAccuracy(averaged, *dev);
    if (log) {
      *log << "tagger epoch " << epoch << ": train errors "
           << 100.0 * static_cast<double>(errors) / static_cast<double>(total) << "%, dev UPOS "
           << accuracy << "% (" << Seconds(start) << " s)" << std::endl;
    }
    if (accuracy > best_accuracy) {
      best_accuracy = accuracy;
      best = std::move(averaged);
      best_epoch = epoch;
    }
  }
  return best;
}

class ParserTrainer {
 public:
  ParserTrainer(const TrainOptions& options)
      : transitions_(options.transition_bits, kTransitionCount),
        labels_(options.label_bits, kDeprelCount),
        random_(options.seed * 31 + 7),
        explore_(options.explore) {}

  void Epoch(std::vector<const Prepared*>& order, bool explore) {
    random_.Shuffle(order);
    for (const Prepared* p : order) Sentence(*p, explore);
  }

  Model Averaged() const {
    Model m;
    m.transitions = transitions_.Averaged(clock_);
    m.labels = labels_.Averaged(label_clock_);
    return m;
  }

 private:
  void Sentence(const Prepared& p, bool explore) {
    const int n = p.size();
    const std::span<const int16_t> gold(p.gold->heads);
    state_.Reset(n);
    uint64_t keys[features::kMaxParserFeatures];
    float scores[kTransitionCount];
    int costs[kTransitionCount];
    while (!state_.Terminal()) {
      const int count = features::ParserFeatures(state_, p.lex(), p.tags.data(), keys);
      transitions_.Score(keys, count, scores);
      state_.Costs(gold, costs);
      int guess = -1;
      int min_cost = -1;
      for (int t = 0; t < kTransitionCount; ++t) {
        if (costs[t] < 0) continue;
        if (guess < 0 || scores[t] > scores[guess]) guess = t;
        if (min_cost < 0 || costs[t] < min_cost) min_cost = costs[t];
      }
      int target = -1;
      for (int t = 0; t < kTransitionCount; ++t) {
        if (costs[t] == min_cost && (target < 0 || scores[t] > scores[target])) target = t;
      }
      if (costs[guess] > min_cost) {
        transitions_.Update(keys, count, target, 1, clock_);
        transitions_.Update(keys, count, guess, -1, clock_);
      }
      clock_ += 1;
      const int next = explore && random_.Uniform() < explore_ ? guess : target;
      const auto move = static_cast<Transition>(next);
      Deprel label = Deprel::kDep;
      if (move == Transition::kLeft || move == Transition::kRight) {
        auto [head, dep] = state_.ArcOf(move);
        label = Label(p, head, dep);
      }
      state_.Apply(move, label);
    }
    while (true) {
      auto [head, dep] = state_.NextFinishArc();
      if (dep == ArcEagerState::kNone) break;
      state_.AttachFinish(head, dep, Label(p, head, dep));
    }
  }

  // The labeller's guess for head -> dep, learning from it when the arc is right.
  Deprel Label(const Prepared& p, int head, int dep) {
    if (head == ArcEagerState::kRoot) return Deprel::kRoot;
    uint64_t keys[features::kMaxLabelFeatures];
    float scores[kDeprelCount];
    const int count = features::LabelFeatures(state_, p.lex(), p.tags.data(), head, dep, keys);
    labels_.Score(keys, count, scores);
    int guess = -1;
    for (int c = 0; c < kDeprelCount; ++c) {
      if (c == static_cast<int>(Deprel::kRoot)) continue;
      if (guess < 0 || scores[c] > scores[guess]) guess = c;
    }
    const auto d = static_cast<size_t>(dep);
    if (p.gold->heads[d] == head) {
      const int gold = static_cast<int>(p.gold->labels[d]);
      if (guess != gold) {
        labels_.Update(keys, count, gold, 1, label_clock_);
        labels_.Update(keys, count, guess, -1, label_clock_);
      }
      label_clock_ += 1;
    }
    return static_cast<Deprel>(guess);
  }

  TrainingTable transitions_;
  TrainingTable labels_;
  ArcEagerState state_;
  Random random_;
  double explore_;
  double clock_ = 1;
  double label_clock_ = 1;
};

void Count(const TreebankSentence& gold, std::span<const uint8_t> tags,
           std::span<const int16_t> heads, std::span<const Deprel> labels, Accuracy& a) {
  for (size_t i = 0; i < gold.words.size(); ++i) {
    ++a.words;
    a.upos += tags[i] == static_cast<uint8_t>(gold.tags[i]);
    if (heads[i] != gold.heads[i]) continue;
    ++a.heads;
    a.labelled += labels[i] == gold.labels[i];
    a.basic_labelled += Basic(labels[i]) == Basic(gold.labels[i]);
  }
}

Accuracy ParseAccuracy(const Model& model, const std::vector<Prepared>& sentences) {
  Accuracy a;
  ArcEagerState state;
  for (const Prepared& p : sentences) {
    ParseWords(model.transitions, model.labels, p.lex(), p.size(), p.tags.data(), state);
    Count(*p.gold, p.tags, state.heads(), state.labels(), a);
  }
  return a;
}

}  // namespace

std::unique_ptr<Parser> Train(const std::vector<TreebankSentence>& train_set,
                              const std::vector<TreebankSentence>& dev_set,
                              const TrainOptions& options) {
  std::ostream* log = options.log;
  if (log) *log << std::fixed << std::setprecision(2);
  auto model = std::make_unique<Model>();
  model->vocabulary = BuildVocabulary(train_set);
  std::vector<Prepared> train = Prepare(train_set, model->vocabulary);
  std::vector<Prepared> dev = Prepare(dev_set, model->vocabulary);
  std::vector<const Prepared*> all;
  for (const Prepared& p : train) all.push_back(&p);

  // 1. The tagger, on all of the training set.
  const auto start = std::chrono::steady_clock::now();
  int tagger_epochs = options.tagger_epochs;
  model->tagger = TrainTagger(all, dev.empty() ? nullptr : &dev, options.tagger_epochs,
                              options.tagger_bits, options.seed, tagger_epochs, log);
  if (!dev.empty()) TagAccuracy(model->tagger, dev);  // dev keeps the final tagger's tags
  if (log) *log << "tagger: " << tagger_epochs << " epochs (" << Seconds(start) << " s)\n";

  // 2. Jackknifing: each fold tagged by a tagger trained on the other folds.
  const int folds = std::max(1, options.folds);
  auto run_fold = [&](int fold) {
    std::vector<const Prepared*> others;
    for (size_t i = 0; i < train.size(); ++i) {
      if (static_cast<int>(i % static_cast<size_t>(folds)) != fold) others.push_back(&train[i]);
    }
    int unused = 0;
    WeightTable tagger =
        TrainTagger(others, nullptr, tagger_epochs, options.tagger_bits,
                    options.seed + static_cast<uint64_t>(fold) + 1, unused, nullptr);
    for (size_t i = static_cast<size_t>(fold); i < train.size(); i += static_cast<size_t>(folds)) {
      Prepared& p = train[i];
      TagWords(tagger, p.lex(), p.size(), p.tags.data());
    }
  };
  if (folds > 1) {
    const int threads = std::max(1, options.threads);
    for (int first = 0; first < folds; first += threads) {
      std::vector<std::thread> running;
      for (int fold = first; fold < std::min(folds, first + threads); ++fold) {
        running.emplace_back(run_fold, fold);
      }
      for (std::thread& t : running) t.join();
    }
    size_t correct = 0;
    size_t total = 0;
    for (const Prepared& p : train) {
      for (size_t i = 0; i < p.tags.size(); ++i) correct += p.tags[i] == p.gold_tags[i];
      total += p.tags.size();
    }
    if (log) {
      *log << "jackknifed tags of the training set: "
           << 100.0 * static_cast<double>(correct) / static_cast<double>(total) << "% UPOS ("
           << Seconds(start) << " s)\n";
    }
  }

  // 3. The parser, on the jackknifed tags.
  ParserTrainer trainer(options);
  Model best;
  double best_las = -1;
  for (int epoch = 1; epoch <= options.parser_epochs; ++epoch) {
    const auto epoch_start = std::chrono::steady_clock::now();
    trainer.Epoch(all, epoch > 1);
    if (dev.empty()) {
      if (epoch == options.parser_epochs) best = trainer.Averaged();
      continue;
    }
    Model averaged = trainer.Averaged();
    const Accuracy a = ParseAccuracy(averaged, dev);
    if (log) {
      *log << "parser epoch " << epoch << ": dev UAS " << a.Uas() << "%, LAS " << a.Las() << "% ("
           << Seconds(epoch_start) << " s)" << std::endl;
    }
    if (a.Las() > best_las) {
      best_las = a.Las();
      best = std::move(averaged);
    }
  }
  model->transitions = std::move(best.transitions);
  model->labels = std::move(best.labels);
  if (log) *log << "trained in " << Seconds(start) << " s\n";
  return std::make_unique<Parser>(std::move(model));
}

Accuracy Evaluate(const Parser& parser, const std::vector<TreebankSentence>& gold) {
  Accuracy a;
  ParsedSentence parsed;
  std::vector<std::string_view> words;
  std::vector<uint8_t> tags;
  for (const TreebankSentence& s : gold) {
    words.assign(s.words.begin(), s.words.end());
    parser.Parse(words, parsed);
    tags.clear();
    for (Upos t : parsed.tags) tags.push_back(static_cast<uint8_t>(t));
    Count(s, tags, parsed.heads, parsed.labels, a);
  }
  return a;
}

}  // namespace irkg::syntax
