#include "irkg/queries/ranking.h"

#include <doctest/doctest.h>

#include "irkg/queries/timeline.h"
#include "test_support.h"

using namespace irkg::graph;
using namespace irkg::queries;

namespace {

void Add(ActorGraph& g, const std::string& s, Relation r, const std::string& t, uint64_t key,
         const char* date = "2022-03-01") {
  EventRecord e;
  e.source = {s, s, ActorType::kState, s};
  e.target = {t, t, ActorType::kState, t};
  e.relation = r;
  e.date = ParseDate(date);
  e.confidence = 1;
  g.AddEvent(e, key);
}

std::vector<std::string> Order(const ActorGraph& g, const std::vector<Centrality>& ranked) {
  std::vector<std::string> out;
  for (const Centrality& c : ranked) out.push_back(g.node(c.actor).id);
  return out;
}

}  // namespace

TEST_CASE("actors ranked by degree, weighted degree, PageRank and betweenness") {
  // A chain A - B - C - D, with B -> A reported five times, and E pointing at C.
  ActorGraph g;
  for (uint64_t k = 1; k <= 5; ++k) Add(g, "B", Relation::kConsults, "A", k);
  Add(g, "B", Relation::kConsults, "C", 6);
  Add(g, "C", Relation::kConsults, "D", 7);
  Add(g, "E", Relation::kConsults, "C", 8);
  auto degree = RankActors(g, Measure::kDegree);
  CHECK(Order(g, degree) == std::vector<std::string>{"C", "B", "A", "D", "E"});
  CHECK(degree[0].degree == 3);
  CHECK_FALSE(degree[0].has_betweenness);
  auto weighted = RankActors(g, Measure::kWeighted);
  CHECK(Order(g, weighted).front() == "B");
  CHECK(weighted.front().weighted == 6);
  // Rank flows along relations: D gets C's, and C gets B's and E's.
  auto pagerank = RankActors(g, Measure::kPageRank);
  CHECK(Order(g, pagerank).front() == "D");
  double sum = 0;
  for (const Centrality& c : pagerank) sum += c.pagerank;
  CHECK(sum == doctest::Approx(1.0));
  // Directed shortest paths through C: B->D and E->D.
  auto between = RankActors(g, Measure::kBetweenness);
  CHECK(Order(g, between).front() == "C");
  CHECK(between.front().betweenness == doctest::Approx(2.0));
  CHECK(between.front().has_betweenness);
  CHECK(ParseMeasure("pagerank") == Measure::kPageRank);
  CHECK_FALSE(ParseMeasure("fame"));
  CHECK(RankActors(ActorGraph(), Measure::kPageRank).empty());
}

TEST_CASE("timelines count events per period and relation, ISO weeks included") {
  CHECK(PeriodOf(*ParseDate("2022-03-15"), Period::kMonth) == "2022-03");
  CHECK(PeriodOf(*ParseDate("2022-03-15"), Period::kYear) == "2022");
  CHECK(PeriodOf(*ParseDate("2022-03-15"), Period::kWeek) == "2022-W11");
  CHECK(PeriodOf(*ParseDate("2021-01-03"), Period::kWeek) == "2020-W53");  // a Sunday
  CHECK(PeriodOf(*ParseDate("2024-12-30"), Period::kWeek) == "2025-W01");  // a Monday
  CHECK(PeriodOf(*ParseDate("2023-01-01"), Period::kWeek) == "2022-W52");

  ActorGraph g;
  Add(g, "RUS", Relation::kAssaults, "UKR", 1, "2022-02-24");
  Add(g, "RUS", Relation::kAssaults, "UKR", 2, "2022-03-02");
  Add(g, "UKR", Relation::kAccuses, "RUS", 3, "2022-02-25");
  Add(g, "USA", Relation::kSanctions, "RUS", 4, "2022-02-26");
  Add(g, "RUS", Relation::kConsults, "CHN", 5, "");
  uint32_t undated = 0;
  auto all = Timeline(g, *g.Find("RUS"), std::nullopt, Period::kMonth, undated);
  REQUIRE(all.size() == 2);
  CHECK(all[0].period == "2022-02");
  CHECK(all[0].total == 3);
  CHECK(all[0].counts[static_cast<size_t>(Relation::kSanctions)] == 1);
  CHECK(all[1].period == "2022-03");
  CHECK(all[1].counts[static_cast<size_t>(Relation::kAssaults)] == 1);
  CHECK(undated == 1);
  auto pair = Timeline(g, *g.Find("RUS"), g.Find("UKR"), Period::kYear, undated);
  REQUIRE(pair.size() == 1);
  CHECK(pair[0].total == 3);
  CHECK(undated == 0);
  CHECK(ParsePeriod("week") == Period::kWeek);
  CHECK_FALSE(ParsePeriod("decade"));
}
