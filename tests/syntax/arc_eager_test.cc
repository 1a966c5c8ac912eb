// The arc-eager transition system and its dynamic oracle.
#include "irkg/syntax/arc_eager.h"

#include <doctest/doctest.h>

#include "irkg/syntax/conllu.h"

using irkg::syntax::ArcEagerState;
using irkg::syntax::Deprel;
using irkg::syntax::kTransitionCount;
using irkg::syntax::Transition;

namespace {

bool Projective(std::span<const int16_t> heads) {
  const int n = static_cast<int>(heads.size());
  for (int i = 0; i < n; ++i) {
    for (int j = 0; j < n; ++j) {
      const int a1 = std::min(i, static_cast<int>(heads[static_cast<size_t>(i)]));
      const int b1 = std::max(i, static_cast<int>(heads[static_cast<size_t>(i)]));
      const int a2 = std::min(j, static_cast<int>(heads[static_cast<size_t>(j)]));
      const int b2 = std::max(j, static_cast<int>(heads[static_cast<size_t>(j)]));
      if (a1 < a2 && a2 < b1 && b1 < b2) return false;
    }
  }
  return true;
}

// Follows the first zero-cost transition (in the order of `preference`) to the end; returns
// false if some configuration has none.
bool FollowOracle(std::span<const int16_t> gold, const std::vector<Transition>& preference,
                  ArcEagerState& state) {
  state.Reset(static_cast<int>(gold.size()));
  int costs[kTransitionCount];
  while (!state.Terminal()) {
    state.Costs(gold, costs);
    bool moved = false;
    for (Transition t : preference) {
      if (costs[static_cast<int>(t)] == 0) {
        state.Apply(t, Deprel::kDep);
        moved = true;
        break;
      }
    }
    if (!moved) return false;
  }
  while (true) {
    auto [head, dep] = state.NextFinishArc();
    if (dep == ArcEagerState::kNone) break;
    state.AttachFinish(head, dep, head == ArcEagerState::kRoot ? Deprel::kRoot : Deprel::kDep);
  }
  return true;
}

}  // namespace

TEST_CASE("arc-eager: moves, legality and the children kept for features") {
  // "She signed it": she <- signed -> it, signed the root.
  ArcEagerState s;
  s.Reset(3);
  CHECK(s.Stack(0) == ArcEagerState::kRoot);
  CHECK_FALSE(s.Legal(Transition::kLeft));   // the root takes no head
  CHECK_FALSE(s.Legal(Transition::kRight));  // nor dependents before the end
  CHECK_FALSE(s.Legal(Transition::kReduce));
  s.Apply(Transition::kShift);
  s.Apply(Transition::kLeft, Deprel::kNsubj);
  CHECK(s.Head(0) == 1);
  CHECK(s.LeftChild(1, 0) == 0);
  CHECK(s.LeftCount(1) == 1);
  CHECK(s.LeftLabels(1) == uint64_t{1} << static_cast<int>(Deprel::kNsubj));
  s.Apply(Transition::kShift);
  s.Apply(Transition::kRight, Deprel::kObj);
  CHECK(s.RightChild(1, 0) == 2);
  CHECK(s.Terminal());
  auto [head, dep] = s.NextFinishArc();  // "it" has its head: popped; "signed" has none
  CHECK(head == ArcEagerState::kRoot);
  CHECK(dep == 1);
  s.AttachFinish(head, dep, Deprel::kRoot);
  CHECK(s.NextFinishArc().second == ArcEagerState::kNone);
  CHECK(std::vector<int16_t>(s.heads().begin(), s.heads().end()) == std::vector<int16_t>{1, -1, 1});
  CHECK(s.RootChild() == 1);
}

TEST_CASE("arc-eager: the oracle reproduces every projective tree of EWT dev exactly") {
  irkg::Diagnostics diagnostics;
  auto dev = irkg::syntax::ReadConllu(
      std::string(IRKG_SHARED_DIR) + "/treebanks/ud-english/en_ewt-ud-dev.conllu.gz", diagnostics);
  REQUIRE(dev.size() == 2001);
  ArcEagerState state;
  size_t projective = 0;
  size_t reproduced = 0;
  // Two preferences among zero-cost moves: any path of zero-cost moves must lead to the tree.
  const std::vector<std::vector<Transition>> preferences = {
      {Transition::kLeft, Transition::kRight, Transition::kReduce, Transition::kShift},
      {Transition::kShift, Transition::kReduce, Transition::kRight, Transition::kLeft}};
  for (const auto& s : dev) {
    if (!Projective(s.heads)) continue;
    ++projective;
    bool all = true;
    for (const auto& preference : preferences) {
      all = all && FollowOracle(s.heads, preference, state) &&
            std::equal(s.heads.begin(), s.heads.end(), state.heads().begin());
    }
    reproduced += all;
  }
  CHECK(projective > 1900);
  CHECK(reproduced == projective);
}

TEST_CASE("arc-eager: costs count the gold arcs a move loses") {
  // Gold: 0 <- 1 -> 2, 1 the root. After one Shift the stack holds 0 and the buffer 1 2.
  const std::vector<int16_t> gold = {1, -1, 1};
  ArcEagerState s;
  s.Reset(3);
  s.Apply(Transition::kShift);
  int costs[kTransitionCount];
  s.Costs(gold, costs);
  CHECK(costs[static_cast<int>(Transition::kLeft)] == 0);     // 0 <- 1: gold
  CHECK(costs[static_cast<int>(Transition::kRight)] == 2);    // 1 loses its root and dependent 0
  CHECK(costs[static_cast<int>(Transition::kShift)] == 1);    // 0 can no longer take 1 as head
  CHECK(costs[static_cast<int>(Transition::kReduce)] == -1);  // 0 has no head: illegal
}
