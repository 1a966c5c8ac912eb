// Feature templates of the tagger, the transition classifier and the labeller. Each feature is a
// 64-bit key: a template's seed combined with hashed values (words, tags, labels, counts), one
// multiplication, no string built. Training and parsing call the same functions, so the keys
// agree by construction.
#pragma once

#include <array>
#include <bit>
#include <cstdint>

#include "irkg/syntax/arc_eager.h"
#include "irkg/syntax/labels.h"
#include "irkg/syntax/lexical.h"

namespace irkg::syntax::features {

/// Bumped whenever a template changes: a model file records it and loads only with its own.
inline constexpr uint32_t kVersion = 2;

inline constexpr int kMaxTaggerFeatures = 32;
inline constexpr int kMaxParserFeatures = 80;
inline constexpr int kMaxLabelFeatures = 40;

constexpr uint64_t Atom(uint64_t kind, uint64_t value) {
  return Mix64(kind * 0x9E3779B97F4A7C15ULL + value + 1);
}

template <size_t kCount>
constexpr std::array<uint64_t, kCount> Atoms(uint64_t kind) {
  std::array<uint64_t, kCount> out{};
  for (size_t i = 0; i < kCount; ++i) out[i] = Atom(kind, i);
  return out;
}

// Tags: 17 UPOS, then "none" (no such word) and "root"; previous tags of the tagger at the
// start of a sentence are "none".
inline constexpr int kTagNone = kUposCount;
inline constexpr int kTagRoot = kUposCount + 1;
inline constexpr auto kTagAtoms = Atoms<kUposCount + 2>(1);
// Labels: the relations, then "none" (no head yet, or no such word).
inline constexpr auto kLabelAtoms = Atoms<kDeprelCount + 1>(2);
inline constexpr auto kCountAtoms = Atoms<64>(3);
inline constexpr uint64_t kNoneWord = Atom(4, 0);
inline constexpr uint64_t kRootWord = Atom(4, 1);
inline constexpr uint64_t kStartWord = Atom(4, 2);
inline constexpr uint64_t kEndWord = Atom(4, 3);
inline constexpr uint64_t kPossessive = Atom(4, 4);
inline constexpr uint64_t kLeftArc = Atom(4, 5);
inline constexpr uint64_t kRightArc = Atom(4, 6);
inline constexpr uint64_t kUnknownWord = Atom(4, 7);

inline uint64_t Key(uint64_t seed, uint64_t a) { return (seed ^ a) * 0xD6E8FEB86659FD93ULL; }
inline uint64_t Key(uint64_t seed, uint64_t a, uint64_t b) {
  return (seed ^ a ^ std::rotl(b, 21)) * 0xD6E8FEB86659FD93ULL;
}
inline uint64_t Key(uint64_t seed, uint64_t a, uint64_t b, uint64_t c) {
  return (seed ^ a ^ std::rotl(b, 21) ^ std::rotl(c, 42)) * 0xD6E8FEB86659FD93ULL;
}

/// Template seeds, numbered in the order the templates are written.
class Seeds {
 public:
  explicit Seeds(uint64_t group) : seed_(Mix64(group)) {}
  uint64_t Next() { return seed_ += 0x9E3779B97F4A7C15ULL; }

 private:
  uint64_t seed_;
};

/// Distance in words, bucketed: 1, 2, 3, 4, 5-6, 7-9, 10-14, 15+.
inline int DistanceBucket(int d) {
  if (d <= 4) return d;
  if (d <= 6) return 5;
  if (d <= 9) return 6;
  if (d <= 14) return 7;
  return 8;
}

/// The tagger's features for word i, given the tags already chosen for the words before it.
/// `lex` has two padding entries before word 0 and after word n - 1 (start and end words).
inline int TaggerFeatures(const Lexeme* lex, int n, int i, const uint8_t* tags, uint64_t* keys) {
  Seeds s(11);
  int k = 0;
  const Lexeme& w = lex[i];
  const uint64_t p1 = kTagAtoms[static_cast<size_t>(i >= 1 ? tags[i - 1] : kTagNone)];
  const uint64_t p2 = kTagAtoms[static_cast<size_t>(i >= 2 ? tags[i - 2] : kTagNone)];
  const uint64_t poss = (w.flags & Lexeme::kPossessive) ? kPossessive : 0;
  keys[k++] = Key(s.Next(), 0);
  keys[k++] = Key(s.Next(), w.lower);
  keys[k++] = Key(s.Next(), w.form, poss);
  keys[k++] = Key(s.Next(), w.suffix[0]);
  keys[k++] = Key(s.Next(), w.suffix[1]);
  keys[k++] = Key(s.Next(), w.suffix[2]);
  keys[k++] = Key(s.Next(), w.suffix[3]);
  keys[k++] = Key(s.Next(), w.prefix[0]);
  keys[k++] = Key(s.Next(), w.prefix[1]);
  keys[k++] = Key(s.Next(), w.prefix[2]);
  keys[k++] = Key(s.Next(), w.shape);
  keys[k++] = Key(s.Next(), w.shape, i == 0 ? kStartWord : 0);
  keys[k++] = Key(s.Next(), lex[i - 1].word);
  keys[k++] = Key(s.Next(), lex[i + 1].word);
  keys[k++] = Key(s.Next(), lex[i - 2].word);
  keys[k++] = Key(s.Next(), lex[i + 2].word);
  keys[k++] = Key(s.Next(), lex[i - 1].suffix[2]);
  keys[k++] = Key(s.Next(), lex[i + 1].suffix[2]);
  keys[k++] = Key(s.Next(), lex[i + 1].shape);
  keys[k++] = Key(s.Next(), p1);
  keys[k++] = Key(s.Next(), p1, p2);
  keys[k++] = Key(s.Next(), p1, w.word);
  keys[k++] = Key(s.Next(), p1, w.suffix[2]);
  keys[k++] = Key(s.Next(), lex[i - 1].word, w.word);
  keys[k++] = Key(s.Next(), w.word, lex[i + 1].word);
  keys[k++] = Key(s.Next(), p1, lex[i + 1].word);
  (void)n;
  return k;
}

/// What the parser's features read of one word of the configuration.
struct Context {
  uint64_t word;
  uint64_t tag;
  uint64_t label;
};

inline Context ContextOf(const ArcEagerState& st, const Lexeme* lex, const uint8_t* tags, int w) {
  if (w == ArcEagerState::kNone) {
    return {kNoneWord, kTagAtoms[kTagNone], kLabelAtoms[kDeprelCount]};
  }
  if (w == ArcEagerState::kRoot) return {kRootWord, kTagAtoms[kTagRoot], kLabelAtoms[kDeprelCount]};
  const int h = st.Head(w);
  const uint64_t label = h == ArcEagerState::kNone ? kLabelAtoms[kDeprelCount]
                                                   : kLabelAtoms[static_cast<size_t>(st.Label(w))];
  const Lexeme& x = lex[w];
  return {x.flags & Lexeme::kPossessive ? x.word ^ kPossessive : x.word, kTagAtoms[tags[w]], label};
}

inline int LeftChildOf(const ArcEagerState& st, int w, int k) {
  return w >= 0 ? st.LeftChild(w, k) : ArcEagerState::kNone;
}
inline int RightChildOf(const ArcEagerState& st, int w, int k) {
  return w >= 0 ? st.RightChild(w, k) : ArcEagerState::kNone;
}

/// The transition classifier's features (after Zhang and Nivre 2011, for a greedy parser).
inline int ParserFeatures(const ArcEagerState& st, const Lexeme* lex, const uint8_t* tags,
                          uint64_t* keys) {
  const int s0i = st.Stack(0);
  const int b0i = st.Buffer(0);
  const int s0hi = s0i >= 0 && st.Head(s0i) >= 0 ? st.Head(s0i) : ArcEagerState::kNone;
  const Context s0 = ContextOf(st, lex, tags, s0i);
  const Context s1 = ContextOf(st, lex, tags, st.Stack(1));
  const Context b0 = ContextOf(st, lex, tags, b0i);
  const Context b1 = ContextOf(st, lex, tags, st.Buffer(1));
  const Context b2 = ContextOf(st, lex, tags, st.Buffer(2));
  const Context s0h = ContextOf(st, lex, tags, s0hi);
  const Context s0l = ContextOf(st, lex, tags, LeftChildOf(st, s0i, 0));
  const Context s0l2 = ContextOf(st, lex, tags, LeftChildOf(st, s0i, 1));
  const Context s0r = ContextOf(st, lex, tags, RightChildOf(st, s0i, 0));
  const Context s0r2 = ContextOf(st, lex, tags, RightChildOf(st, s0i, 1));
  const Context b0l = ContextOf(st, lex, tags, LeftChildOf(st, b0i, 0));
  const Context b0l2 = ContextOf(st, lex, tags, LeftChildOf(st, b0i, 1));
  const int distance = s0i >= 0 && b0i >= 0 ? DistanceBucket(b0i - s0i) : 0;
  const uint64_t d = kCountAtoms[static_cast<size_t>(distance)];
  const uint64_t s0vl =
      kCountAtoms[static_cast<size_t>(s0i >= 0 ? std::min(st.LeftCount(s0i), 9) : 0) + 10];
  const uint64_t s0vr =
      kCountAtoms[static_cast<size_t>(s0i >= 0 ? std::min(st.RightCount(s0i), 9) : 0) + 20];
  const uint64_t b0vl =
      kCountAtoms[static_cast<size_t>(b0i >= 0 ? std::min(st.LeftCount(b0i), 9) : 0) + 30];
  const uint64_t s0sl = s0i >= 0 ? Mix64(st.LeftLabels(s0i) + 1) : 0;
  const uint64_t s0sr = s0i >= 0 ? Mix64(st.RightLabels(s0i) + 2) : 0;
  const uint64_t b0sl = b0i >= 0 ? Mix64(st.LeftLabels(b0i) + 3) : 0;
  const uint64_t s0wt = s0.word ^ std::rotl(s0.tag, 7);
  const uint64_t b0wt = b0.word ^ std::rotl(b0.tag, 7);
  const uint64_t b1wt = b1.word ^ std::rotl(b1.tag, 7);

  Seeds s(12);
  int k = 0;
  // Single words.
  keys[k++] = Key(s.Next(), s0.word);
  keys[k++] = Key(s.Next(), s0.tag);
  keys[k++] = Key(s.Next(), s0wt);
  keys[k++] = Key(s.Next(), b0.word);
  keys[k++] = Key(s.Next(), b0.tag);
  keys[k++] = Key(s.Next(), b0wt);
  keys[k++] = Key(s.Next(), b1.word);
  keys[k++] = Key(s.Next(), b1.tag);
  keys[k++] = Key(s.Next(), b1wt);
  keys[k++] = Key(s.Next(), b2.word);
  keys[k++] = Key(s.Next(), b2.tag);
  keys[k++] = Key(s.Next(), s1.word);
  keys[k++] = Key(s.Next(), s1.tag);
  keys[k++] = Key(s.Next(), s0.label);
  keys[k++] = Key(s.Next(), s0h.word);
  keys[k++] = Key(s.Next(), s0h.tag);
  keys[k++] = Key(s.Next(), s0l.word);
  keys[k++] = Key(s.Next(), s0l.tag);
  keys[k++] = Key(s.Next(), s0l.label);
  keys[k++] = Key(s.Next(), s0r.word);
  keys[k++] = Key(s.Next(), s0r.tag);
  keys[k++] = Key(s.Next(), s0r.label);
  keys[k++] = Key(s.Next(), b0l.word);
  keys[k++] = Key(s.Next(), b0l.tag);
  keys[k++] = Key(s.Next(), b0l.label);
  // Pairs of s0 and b0.
  keys[k++] = Key(s.Next(), s0wt, b0wt);
  keys[k++] = Key(s.Next(), s0wt, b0.word);
  keys[k++] = Key(s.Next(), s0.word, b0wt);
  keys[k++] = Key(s.Next(), s0wt, b0.tag);
  keys[k++] = Key(s.Next(), s0.tag, b0wt);
  keys[k++] = Key(s.Next(), s0.word, b0.word);
  keys[k++] = Key(s.Next(), s0.tag, b0.tag);
  keys[k++] = Key(s.Next(), b0.tag, b1.tag);
  keys[k++] = Key(s.Next(), b0.word, b1.tag);
  // Triples of tags.
  keys[k++] = Key(s.Next(), b0.tag, b1.tag, b2.tag);
  keys[k++] = Key(s.Next(), s0.tag, b0.tag, b1.tag);
  keys[k++] = Key(s.Next(), s0h.tag, s0.tag, b0.tag);
  keys[k++] = Key(s.Next(), s0.tag, s0l.tag, b0.tag);
  keys[k++] = Key(s.Next(), s0.tag, s0r.tag, b0.tag);
  keys[k++] = Key(s.Next(), s0.tag, b0.tag, b0l.tag);
  keys[k++] = Key(s.Next(), s1.tag, s0.tag, b0.tag);
  // Distance.
  keys[k++] = Key(s.Next(), s0.word, d);
  keys[k++] = Key(s.Next(), s0.tag, d);
  keys[k++] = Key(s.Next(), b0.word, d);
  keys[k++] = Key(s.Next(), b0.tag, d);
  keys[k++] = Key(s.Next(), s0wt ^ std::rotl(b0.word, 3), d);
  keys[k++] = Key(s.Next(), s0.tag, b0.tag, d);
  // Valency.
  keys[k++] = Key(s.Next(), s0.word, s0vr);
  keys[k++] = Key(s.Next(), s0.tag, s0vr);
  keys[k++] = Key(s.Next(), s0.word, s0vl);
  keys[k++] = Key(s.Next(), s0.tag, s0vl);
  keys[k++] = Key(s.Next(), b0.word, b0vl);
  keys[k++] = Key(s.Next(), b0.tag, b0vl);
  // Third order: second children, labels with words.
  keys[k++] = Key(s.Next(), s0.tag, s0l.tag, s0l2.tag);
  keys[k++] = Key(s.Next(), s0.tag, s0r.tag, s0r2.tag);
  keys[k++] = Key(s.Next(), b0.tag, b0l.tag, b0l2.tag);
  keys[k++] = Key(s.Next(), s0.tag, s0.label, s0h.tag);
  keys[k++] = Key(s.Next(), s0.word, s0.label);
  keys[k++] = Key(s.Next(), s0l.label, s0l2.label, s0.tag);
  keys[k++] = Key(s.Next(), s0r.label, s0r2.label, s0.tag);
  keys[k++] = Key(s.Next(), b0l.label, b0l2.label, b0.tag);
  // Label sets.
  keys[k++] = Key(s.Next(), s0.word, s0sr);
  keys[k++] = Key(s.Next(), s0.tag, s0sr);
  keys[k++] = Key(s.Next(), s0.word, s0sl);
  keys[k++] = Key(s.Next(), s0.tag, s0sl);
  keys[k++] = Key(s.Next(), b0.word, b0sl);
  keys[k++] = Key(s.Next(), b0.tag, b0sl);
  return k;
}

/// The labeller's features for the arc head -> dep, made by a transition or by Finish().
inline int LabelFeatures(const ArcEagerState& st, const Lexeme* lex, const uint8_t* tags, int head,
                         int dep, uint64_t* keys) {
  const Context h = ContextOf(st, lex, tags, head);
  const Context d = ContextOf(st, lex, tags, dep);
  const Context hh = ContextOf(st, lex, tags, head >= 0 ? st.Head(head) : ArcEagerState::kNone);
  const Context dl = ContextOf(st, lex, tags, st.LeftChild(dep, 0));
  const Context dl2 = ContextOf(st, lex, tags, st.LeftChild(dep, 1));
  const Context dr = ContextOf(st, lex, tags, st.RightChild(dep, 0));
  const Context hl = ContextOf(st, lex, tags, LeftChildOf(st, head, 0));
  const Context hr = ContextOf(st, lex, tags, RightChildOf(st, head, 0));
  const uint64_t dir = head < dep ? kRightArc : kLeftArc;
  const int distance = head >= 0 ? DistanceBucket(head < dep ? dep - head : head - dep) : 0;
  const uint64_t dist = kCountAtoms[static_cast<size_t>(distance)] ^ dir;
  const uint64_t hsl = head >= 0 ? Mix64(st.LeftLabels(head) + 4) : 0;
  const uint64_t hsr = head >= 0 ? Mix64(st.RightLabels(head) + 5) : 0;
  const uint64_t dsl = Mix64(st.LeftLabels(dep) + 6);
  const uint64_t dsr = Mix64(st.RightLabels(dep) + 7);
  const Lexeme& dx = lex[dep];
  const uint64_t dt = d.tag ^ dir;

  Seeds s(13);
  int k = 0;
  keys[k++] = Key(s.Next(), dir);
  keys[k++] = Key(s.Next(), d.word, dir);
  keys[k++] = Key(s.Next(), dt);
  keys[k++] = Key(s.Next(), d.word, dt);
  keys[k++] = Key(s.Next(), h.word, dir);
  keys[k++] = Key(s.Next(), h.tag, dir);
  keys[k++] = Key(s.Next(), h.word, h.tag, dir);
  keys[k++] = Key(s.Next(), h.tag, dt);
  keys[k++] = Key(s.Next(), h.word, dt);
  keys[k++] = Key(s.Next(), h.tag, d.word, dir);
  keys[k++] = Key(s.Next(), h.word, d.word, dir);
  keys[k++] = Key(s.Next(), h.tag, dt, dist);
  keys[k++] = Key(s.Next(), dx.suffix[2], dt);
  keys[k++] = Key(s.Next(), dx.shape, dt);
  keys[k++] = Key(s.Next(), hh.tag, h.tag, dt);
  keys[k++] = Key(s.Next(), h.label, h.tag, dt);
  keys[k++] = Key(s.Next(), dl.word, dt);
  keys[k++] = Key(s.Next(), dl.tag, dl.label, dt);
  keys[k++] = Key(s.Next(), dl.word, h.tag, dt);
  keys[k++] = Key(s.Next(), dl2.word, dt);
  keys[k++] = Key(s.Next(), dr.word, dt);
  keys[k++] = Key(s.Next(), dr.tag, dr.label, dt);
  keys[k++] = Key(s.Next(), hl.label, h.tag, dt);
  keys[k++] = Key(s.Next(), hr.label, h.tag, dt);
  keys[k++] = Key(s.Next(), hsl, h.tag, dt);
  keys[k++] = Key(s.Next(), hsr, h.tag, dt);
  keys[k++] = Key(s.Next(), dsl, dt);
  keys[k++] = Key(s.Next(), dsr, dt);
  keys[k++] = Key(s.Next(), dsl ^ dsr, d.word, dir);
  keys[k++] = Key(s.Next(), (dx.flags & Lexeme::kPossessive) ? kPossessive : 0, dt, h.tag);
  return k;
}

}  // namespace irkg::syntax::features
