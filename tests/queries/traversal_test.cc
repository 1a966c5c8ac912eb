#include "irkg/queries/traversal.h"

#include <doctest/doctest.h>

#include "test_support.h"

using namespace irkg::graph;
using namespace irkg::queries;

namespace {

ActorRef State(const std::string& id) { return {id, id + " label", ActorType::kState, id}; }

void Add(ActorGraph& g, const std::string& s, Relation r, const std::string& t, uint64_t id) {
  EventRecord e;
  e.source = State(s);
  e.target = State(t);
  e.relation = r;
  e.confidence = 1;
  g.AddEvent(e, id);
}

// RUS -> CHN -> PAK, RUS <- USA -> UKR, IND isolated from the rest except through PAK? No:
// IND -> PAK only.
ActorGraph Sample() {
  ActorGraph g;
  Add(g, "RUS", Relation::kCooperatesWith, "CHN", 1);
  Add(g, "CHN", Relation::kAids, "PAK", 2);
  Add(g, "USA", Relation::kSanctions, "RUS", 3);
  Add(g, "USA", Relation::kAids, "UKR", 4);
  Add(g, "IND", Relation::kAccuses, "PAK", 5);
  Add(g, "CHN", Relation::kConsults, "RUS", 6);
  return g;
}

std::vector<std::string> Ids(const ActorGraph& g, const std::vector<Vertex>& vs) {
  std::vector<std::string> out;
  for (Vertex v : vs) out.push_back(g.node(v).id);
  return out;
}

}  // namespace

TEST_CASE("shortest paths by hops, following or ignoring direction") {
  ActorGraph g = Sample();
  auto both = ShortestPath(g, *g.Find("UKR"), *g.Find("IND"), Direction::kBoth);
  REQUIRE(both);
  CHECK(Ids(g, both->actors) == std::vector<std::string>{"UKR", "USA", "RUS", "CHN", "PAK", "IND"});
  CHECK(both->steps.size() == 5);
  CHECK_FALSE(both->steps[0].forward);  // USA -> UKR walked backwards
  CHECK(ShortestPath(g, *g.Find("RUS"), *g.Find("PAK"), Direction::kOut)->steps.size() == 2);
  CHECK_FALSE(ShortestPath(g, *g.Find("PAK"), *g.Find("RUS"), Direction::kOut));
  auto self = ShortestPath(g, *g.Find("RUS"), *g.Find("RUS"), Direction::kBoth);
  REQUIRE(self);
  CHECK(self->steps.empty());
}

TEST_CASE("neighbourhoods by depth and direction, nearest first then by id") {
  ActorGraph g = Sample();
  auto one = Neighborhood(g, *g.Find("RUS"), 1, Direction::kBoth);
  std::vector<std::string> ids;
  for (const Neighbor& n : one) ids.push_back(g.node(n.actor).id);
  CHECK(ids == std::vector<std::string>{"CHN", "USA"});
  CHECK(one[0].edges.size() == 2);  // RUS -> CHN and CHN -> RUS
  auto out = Neighborhood(g, *g.Find("RUS"), 2, Direction::kOut);
  ids.clear();
  for (const Neighbor& n : out) ids.push_back(g.node(n.actor).id + "@" + std::to_string(n.depth));
  CHECK(ids == std::vector<std::string>{"CHN@1", "PAK@2"});
  CHECK(Neighborhood(g, *g.Find("RUS"), 3, Direction::kIn).size() == 2);  // CHN, USA
}

TEST_CASE("suggestions for unknown actors") {
  ActorGraph g = Sample();
  auto s = Suggest(g, "RSU", 3);
  REQUIRE_FALSE(s.empty());
  CHECK(s[0] == "RUS");
  CHECK(Suggest(g, "Atlantis", 3).empty());
  CHECK(ParseDirection("out") == Direction::kOut);
  CHECK_FALSE(ParseDirection("sideways"));
}

TEST_CASE(
    "neighbours are ranked by the events joining them, edges between a pair, strongest first") {
  ActorGraph g;
  Add(g, "USA", Relation::kAids, "UKR", 1);
  Add(g, "ZAF", Relation::kConsults, "USA", 2);
  Add(g, "ZAF", Relation::kConsults, "USA", 3);
  Add(g, "USA", Relation::kAccuses, "ZAF", 4);
  Add(g, "CAN", Relation::kConsults, "USA", 5);
  auto near = Neighborhood(g, *g.Find("USA"), 1, Direction::kBoth);
  std::vector<std::string> ids;
  for (const Neighbor& n : near) ids.push_back(g.node(n.actor).id);
  // ZAF: 3 events; CAN and UKR: one each, by id.
  CHECK(ids == std::vector<std::string>{"ZAF", "CAN", "UKR"});
  CHECK(Strength(g, near[0].edges) == 3);
  auto between = EdgesBetween(g, *g.Find("USA"), *g.Find("ZAF"));
  REQUIRE(between.size() == 2);
  CHECK(g.graph()[between[0]].relation == Relation::kConsults);  // 2 events
  CHECK(g.graph()[between[0]].count == 2);
  CHECK(g.graph()[between[1]].relation == Relation::kAccuses);
  CHECK(EdgesBetween(g, *g.Find("UKR"), *g.Find("ZAF")).empty());
}

TEST_CASE("suggestions by name: close spellings and word starts, not any shared letters") {
  std::vector<NamedActor> actors = {{"RUS", {"RUS", "Russia", "Russian Federation"}},
                                    {"BLR", {"BLR", "Belarus"}},
                                    {"USA", {"USA", "United States"}},
                                    {"PRK", {"PRK", "North Korea"}}};
  CHECK(SuggestNames(actors, "Rusia", 5) == std::vector<std::string>{"RUS"});
  CHECK(SuggestNames(actors, "korea", 5) == std::vector<std::string>{"PRK"});
  CHECK(SuggestNames(actors, "Untied States", 5) == std::vector<std::string>{"USA"});
  CHECK(SuggestNames(actors, "rus", 5) == std::vector<std::string>{"RUS"});
  CHECK(SuggestNames(actors, "Atlantis", 5).empty());
  CHECK(EditDistance("extarct", "extract") == 1);
  CHECK(EditDistance("kitten", "sitting") == 3);
}
