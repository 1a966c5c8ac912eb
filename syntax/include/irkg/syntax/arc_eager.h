#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <vector>

#include "irkg/syntax/labels.h"

namespace irkg::syntax {

/// The four moves of the arc-eager transition system (Nivre 2003).
enum class Transition : uint8_t {
  kShift,   ///< Push the first buffer word.
  kReduce,  ///< Pop the stack top (it has its head).
  kLeft,    ///< The first buffer word becomes the head of the stack top, which is popped.
  kRight,   ///< The stack top becomes the head of the first buffer word, which is pushed.
};
inline constexpr int kTransitionCount = 4;

/// A parser configuration of the arc-eager system, with the children of each word kept for
/// features. Words are 0-based; the root is kRoot, below the stack. No transition attaches a
/// word to the root: when the buffer is empty, the Finish steps attach every headless word left
/// on the stack to the word below it, the lowest to the root, so that every parse is a tree with
/// one root, decided last (as with the root at the end of the buffer, which suits arc-eager
/// parsing of English better than a root decided first: Ballesteros and Nivre 2013).
/// Reset() reuses the memory of earlier sentences.
class ArcEagerState {
 public:
  static constexpr int kRoot = -1;
  static constexpr int kNone = -2;  ///< No head, no such child, no such stack or buffer word.

  void Reset(int words);

  int words() const { return n_; }
  bool Terminal() const { return buffer_ >= n_; }
  /// The i-th word from the stack top (0 = top), kRoot for the root, kNone below it.
  int Stack(int i) const {
    int k = static_cast<int>(stack_.size()) - 1 - i;
    return k < 0 ? kNone : stack_[static_cast<size_t>(k)];
  }
  int StackSize() const { return static_cast<int>(stack_.size()); }
  /// The i-th buffer word, kNone past the end.
  int Buffer(int i) const { return buffer_ + i < n_ ? buffer_ + i : kNone; }

  int Head(int w) const { return heads_[static_cast<size_t>(w)]; }
  Deprel Label(int w) const { return labels_[static_cast<size_t>(w)]; }
  /// Leftmost (k = 0) and second leftmost (k = 1) left children; kNone when absent.
  int LeftChild(int w, int k) const {
    return left_[static_cast<size_t>(w)][static_cast<size_t>(k)];
  }
  int RightChild(int w, int k) const {
    return right_[static_cast<size_t>(w)][static_cast<size_t>(k)];
  }
  int LeftCount(int w) const { return left_count_[static_cast<size_t>(w)]; }
  int RightCount(int w) const { return right_count_[static_cast<size_t>(w)]; }
  /// Bit set of the labels of w's left (right) children.
  uint64_t LeftLabels(int w) const { return left_labels_[static_cast<size_t>(w)]; }
  uint64_t RightLabels(int w) const { return right_labels_[static_cast<size_t>(w)]; }
  int RootChild() const { return root_child_; }

  bool Legal(Transition t) const;
  /// Applies a legal transition; a Left or Right arc gets `label`.
  void Apply(Transition t, Deprel label = Deprel::kDep);
  /// The arc that a Left or Right transition would add: {head, dependent}.
  std::pair<int, int> ArcOf(Transition t) const;

  /// The headless word that Finish() attaches next and its head, or {kNone, kNone} when none is
  /// left. Call only when Terminal().
  std::pair<int, int> NextFinishArc();
  /// Attaches the dependent of the last NextFinishArc() with `label`.
  void AttachFinish(int head, int dependent, Deprel label);

  /// For each legal transition, how many arcs of the gold tree it makes unreachable (Goldberg and
  /// Nivre 2012's dynamic oracle, exact for projective trees); -1 for illegal transitions.
  /// `gold_heads` as in TreebankSentence (0-based, -1 root).
  void Costs(std::span<const int16_t> gold_heads, int costs[kTransitionCount]) const;

  /// The heads found so far (kNone where none), 0-based with kRoot for the root.
  std::span<const int16_t> heads() const { return {heads_.data(), static_cast<size_t>(n_)}; }
  std::span<const Deprel> labels() const { return {labels_.data(), static_cast<size_t>(n_)}; }

 private:
  void AddArc(int head, int dependent, Deprel label);

  int n_ = 0;
  int buffer_ = 0;
  int root_child_ = kNone;
  std::vector<int16_t> stack_;
  std::vector<int16_t> heads_;
  std::vector<Deprel> labels_;
  std::vector<std::array<int16_t, 2>> left_;
  std::vector<std::array<int16_t, 2>> right_;
  std::vector<uint8_t> left_count_;
  std::vector<uint8_t> right_count_;
  std::vector<uint64_t> left_labels_;
  std::vector<uint64_t> right_labels_;
  std::vector<uint8_t> on_stack_;
};

}  // namespace irkg::syntax
