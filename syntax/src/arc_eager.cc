#include "irkg/syntax/arc_eager.h"

#include <cassert>

namespace irkg::syntax {

void ArcEagerState::Reset(int words) {
  n_ = words;
  buffer_ = 0;
  root_child_ = kNone;
  const auto size = static_cast<size_t>(words);
  stack_.clear();
  stack_.reserve(size + 1);
  stack_.push_back(static_cast<int16_t>(kRoot));
  heads_.assign(size, static_cast<int16_t>(kNone));
  labels_.assign(size, Deprel::kDep);
  left_.assign(size, {static_cast<int16_t>(kNone), static_cast<int16_t>(kNone)});
  right_.assign(size, {static_cast<int16_t>(kNone), static_cast<int16_t>(kNone)});
  left_count_.assign(size, 0);
  right_count_.assign(size, 0);
  left_labels_.assign(size, 0);
  right_labels_.assign(size, 0);
  on_stack_.assign(size, 0);
}

bool ArcEagerState::Legal(Transition t) const {
  const int s0 = stack_.back();
  switch (t) {
    case Transition::kShift:
      return buffer_ < n_;
    case Transition::kReduce:
      return s0 != kRoot && heads_[static_cast<size_t>(s0)] != kNone;
    case Transition::kLeft:
      return buffer_ < n_ && s0 != kRoot && heads_[static_cast<size_t>(s0)] == kNone;
    case Transition::kRight:
      // The root's dependent is chosen by Finish(): the lowest headless word on the stack.
      return buffer_ < n_ && s0 != kRoot;
  }
  return false;
}

std::pair<int, int> ArcEagerState::ArcOf(Transition t) const {
  const int s0 = stack_.back();
  if (t == Transition::kLeft) return {buffer_, s0};
  if (t == Transition::kRight) return {s0, buffer_};
  return {kNone, kNone};
}

void ArcEagerState::AddArc(int head, int dependent, Deprel label) {
  const auto d = static_cast<size_t>(dependent);
  heads_[d] = static_cast<int16_t>(head);
  labels_[d] = label;
  if (head == kRoot) {
    root_child_ = dependent;
    return;
  }
  const auto h = static_cast<size_t>(head);
  const auto dep = static_cast<int16_t>(dependent);
  const uint64_t bit = uint64_t{1} << static_cast<unsigned>(label);
  if (dependent < head) {
    auto& c = left_[h];
    if (c[0] == kNone || dep < c[0]) {
      c[1] = c[0];
      c[0] = dep;
    } else if (c[1] == kNone || dep < c[1]) {
      c[1] = dep;
    }
    if (left_count_[h] < 255) ++left_count_[h];
    left_labels_[h] |= bit;
  } else {
    auto& c = right_[h];
    if (c[0] == kNone || dep > c[0]) {
      c[1] = c[0];
      c[0] = dep;
    } else if (c[1] == kNone || dep > c[1]) {
      c[1] = dep;
    }
    if (right_count_[h] < 255) ++right_count_[h];
    right_labels_[h] |= bit;
  }
}

void ArcEagerState::Apply(Transition t, Deprel label) {
  assert(Legal(t));
  const int s0 = stack_.back();
  switch (t) {
    case Transition::kShift:
      on_stack_[static_cast<size_t>(buffer_)] = 1;
      stack_.push_back(static_cast<int16_t>(buffer_++));
      break;
    case Transition::kReduce:
      on_stack_[static_cast<size_t>(s0)] = 0;
      stack_.pop_back();
      break;
    case Transition::kLeft:
      AddArc(buffer_, s0, label);
      on_stack_[static_cast<size_t>(s0)] = 0;
      stack_.pop_back();
      break;
    case Transition::kRight:
      AddArc(s0, buffer_, label);
      on_stack_[static_cast<size_t>(buffer_)] = 1;
      stack_.push_back(static_cast<int16_t>(buffer_++));
      break;
  }
}

std::pair<int, int> ArcEagerState::NextFinishArc() {
  assert(Terminal());
  while (stack_.size() > 1) {
    const int top = stack_.back();
    if (heads_[static_cast<size_t>(top)] == kNone) return {stack_[stack_.size() - 2], top};
    on_stack_[static_cast<size_t>(top)] = 0;
    stack_.pop_back();
  }
  return {kNone, kNone};
}

void ArcEagerState::AttachFinish(int head, int dependent, Deprel label) {
  assert(stack_.back() == dependent);
  AddArc(head, dependent, label);
  on_stack_[static_cast<size_t>(dependent)] = 0;
  stack_.pop_back();
}

void ArcEagerState::Costs(std::span<const int16_t> gold, int costs[kTransitionCount]) const {
  const int s0 = stack_.back();
  const int b0 = buffer_;
  auto gold_head = [&](int w) { return static_cast<int>(gold[static_cast<size_t>(w)]); };
  // Whether a word left of b0 can still become the head of a word in the buffer.
  auto on_stack = [&](int head) { return head >= 0 && on_stack_[static_cast<size_t>(head)] != 0; };
  for (int t = 0; t < kTransitionCount; ++t) {
    costs[t] = Legal(static_cast<Transition>(t)) ? 0 : -1;
  }
  if (costs[static_cast<int>(Transition::kShift)] == 0) {
    // b0 leaves the buffer: it loses its head on the stack and its dependents there.
    int c = 0;
    if (on_stack(gold_head(b0))) ++c;
    for (size_t i = 1; i < stack_.size(); ++i) {
      const int k = stack_[i];
      if (heads_[static_cast<size_t>(k)] == kNone && gold_head(k) == b0) ++c;
    }
    costs[static_cast<int>(Transition::kShift)] = c;
  }
  if (costs[static_cast<int>(Transition::kReduce)] == 0) {
    // s0 leaves: its dependents in the buffer lose their head.
    int c = 0;
    for (int k = b0; k < n_; ++k) c += gold_head(k) == s0;
    costs[static_cast<int>(Transition::kReduce)] = c;
  }
  if (costs[static_cast<int>(Transition::kLeft)] == 0) {
    // s0 takes b0 as head: it loses a head elsewhere in the buffer or the root (which only a
    // headless word gets), and its dependents in the buffer.
    int c = 0;
    const int h = gold_head(s0);
    if (h == kRoot || h > b0) ++c;
    for (int k = b0; k < n_; ++k) c += gold_head(k) == s0;
    costs[static_cast<int>(Transition::kLeft)] = c;
  }
  if (costs[static_cast<int>(Transition::kRight)] == 0) {
    // b0 takes s0 as head: it loses a head elsewhere on the stack or in the buffer, and its
    // headless dependents on the stack.
    int c = 0;
    const int h = gold_head(b0);
    if (h != s0 && (h == kRoot || h > b0 || on_stack(h))) ++c;
    for (size_t i = 1; i < stack_.size(); ++i) {
      const int k = stack_[i];
      if (heads_[static_cast<size_t>(k)] == kNone && gold_head(k) == b0) ++c;
    }
    costs[static_cast<int>(Transition::kRight)] = c;
  }
}

}  // namespace irkg::syntax
