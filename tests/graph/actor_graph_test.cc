#include "irkg/graph/actor_graph.h"

#include <doctest/doctest.h>

using namespace irkg::graph;

namespace {

EventRecord Event(ActorRef source, Relation relation, ActorRef target, const char* date) {
  EventRecord e;
  e.source = std::move(source);
  e.target = std::move(target);
  e.relation = relation;
  e.date = ParseDate(date);
  e.confidence = 0.8;
  return e;
}

const ActorRef kRussia{"RUS", "Russia", ActorType::kState, "RUS"};
const ActorRef kChina{"CHN", "China", ActorType::kState, "CHN"};
const ActorRef kPutin{"vladimir-putin", "Vladimir Putin", ActorType::kPerson, "RUS"};
const ActorRef kXi{"xi-jinping", "Xi Jinping", ActorType::kPerson, "CHN"};

}  // namespace

TEST_CASE("events with the same source, relation and target merge into one edge") {
  ActorGraph g;
  g.AddEvent(Event(kRussia, Relation::kCooperatesWith, kChina, "2019-04-26"), 1);
  auto later = Event(kRussia, Relation::kCooperatesWith, kChina, "2023-03-21");
  later.via = {{"SCO", "SCO", ActorType::kIgo, ""}};
  g.AddEvent(later, 7);
  g.AddEvent(Event(kRussia, Relation::kCooperatesWith, kChina, "2001-06-15"), 3);
  g.AddEvent(Event(kChina, Relation::kCooperatesWith, kRussia, "2019-04-26"), 2);
  g.AddEvent(Event(kRussia, Relation::kConsults, kChina, "2019-04-26"), 4);
  g.Finish();
  CHECK(g.actor_count() == 2);
  CHECK(g.edge_count() == 3);
  auto edges = g.SortedEdges();
  // Sorted by (source id, relation, target id): CHN->RUS first.
  const RelationEdge& first = g.graph()[edges[0]];
  CHECK(first.relation == Relation::kCooperatesWith);
  CHECK(g.node(boost::source(edges[0], g.graph())).id == "CHN");
  CHECK(g.graph()[edges[1]].relation == Relation::kConsults);
  const RelationEdge& merged = g.graph()[edges[2]];
  CHECK(merged.relation == Relation::kCooperatesWith);
  CHECK(merged.count == 3);
  CHECK(FormatDate(*merged.first) == "2001-06-15");
  CHECK(FormatDate(*merged.last) == "2023-03-21");
  CHECK(merged.evidence == std::vector<EvidenceRef>{{1, ParseDate("2019-04-26")},
                                                    {3, ParseDate("2001-06-15")},
                                                    {7, ParseDate("2023-03-21")}});
  CHECK(merged.Newest()->key == 7);
  CHECK(merged.via == std::vector<std::string>{"SCO"});
}

TEST_CASE("negated, hypothetical and self-directed events make no edge") {
  ActorGraph g;
  auto negated = Event(kRussia, Relation::kAgreesWith, kChina, "2019-04-26");
  negated.negated = true;
  g.AddEvent(negated, 1);
  auto hypothetical = Event(kRussia, Relation::kAssaults, kChina, "2019-04-26");
  hypothetical.mode = Mode::kHypothetical;
  g.AddEvent(hypothetical, 2);
  g.AddEvent(Event(kPutin, Relation::kConsults, kRussia, "2019-04-26"), 3);
  CHECK(g.edge_count() == 1);  // only the person -> state edge at actor level

  ActorGraph states(GraphOptions{GraphLevel::kState, false, {}});
  states.AddEvent(Event(kPutin, Relation::kConsults, kRussia, "2019-04-26"), 3);
  CHECK(states.edge_count() == 0);  // Putin rolls up to Russia: a self-loop
}

TEST_CASE("the state level rolls persons up to their affiliation on the event's date") {
  ActorGraph g(GraphOptions{GraphLevel::kState, false, {}});
  g.AddKnownActor(kRussia);
  g.AddKnownActor(kChina);
  g.AddEvent(Event(kPutin, Relation::kConsults, kXi, "2019-04-26"), 1);
  g.AddEvent(Event(kRussia, Relation::kConsults, kChina, "2019-04-27"), 2);
  CHECK(g.actor_count() == 2);
  CHECK(g.edge_count() == 1);
  auto v = g.Find("RUS");
  REQUIRE(v);
  CHECK(g.node(*v).label == "Russia");
  CHECK(g.graph()[g.SortedEdges()[0]].count == 2);
  CHECK_FALSE(g.Find("vladimir-putin"));
}

TEST_CASE("filters keep events by date, relation and actor type, min_count drops weak edges") {
  auto build = [](EventFilter filter) {
    ActorGraph g(GraphOptions{GraphLevel::kActor, false, filter});
    g.AddEvent(Event(kRussia, Relation::kCooperatesWith, kChina, "2019-04-26"), 1);
    g.AddEvent(Event(kRussia, Relation::kCooperatesWith, kChina, "2023-03-21"), 2);
    g.AddEvent(Event(kPutin, Relation::kConsults, kXi, "2023-03-20"), 3);
    g.AddEvent(Event(kChina, Relation::kAccuses, kRussia, "2018-01-01"), 4);
    auto undated = Event(kChina, Relation::kAccuses, kRussia, "");
    g.AddEvent(undated, 5);
    g.Finish();
    return g;
  };
  CHECK(build({}).edge_count() == 3);
  CHECK(build({}).actor_count() == 4);

  EventFilter since;
  since.since = ParseDate("2020-01-01");
  ActorGraph recent = build(since);
  CHECK(recent.edge_count() == 2);  // the 2018 accusation and the undated one are out
  CHECK(recent.graph()[recent.SortedEdges()[1]].count == 1);

  EventFilter until;
  until.until = ParseDate("2019-12-31");
  CHECK(build(until).edge_count() == 2);  // RUS->CHN (2019) and CHN->RUS (2018)

  EventFilter conflict;
  conflict.AddRelation(Relation::kAccuses);
  ActorGraph accusations = build(conflict);
  REQUIRE(accusations.edge_count() == 1);
  CHECK(accusations.graph()[accusations.SortedEdges()[0]].count == 2);  // undated kept

  EventFilter persons;
  persons.AddActorType(ActorType::kPerson);
  ActorGraph people = build(persons);
  CHECK(people.edge_count() == 1);
  CHECK(people.actor_count() == 2);
  CHECK(people.Find("xi-jinping"));
  CHECK_FALSE(people.Find("RUS"));

  EventFilter strong;
  strong.min_count = 2;
  ActorGraph pruned = build(strong);
  CHECK(pruned.edge_count() == 2);
  CHECK(pruned.actor_count() == 2);  // Putin and Xi lost their only edge
  CHECK_FALSE(pruned.Find("vladimir-putin"));
  for (Edge e : pruned.SortedEdges()) CHECK(pruned.graph()[e].count == 2);
}

TEST_CASE("a subgraph keeps the chosen actors and the edges among them") {
  ActorGraph g;
  g.AddEvent(Event(kRussia, Relation::kConsults, kChina, "2019-04-26"), 1);
  g.AddEvent(Event(kPutin, Relation::kConsults, kXi, "2019-04-26"), 2);
  g.AddEvent(Event(kPutin, Relation::kConsults, kChina, "2019-04-26"), 3);
  std::vector<bool> keep(g.actor_count(), false);
  keep[*g.Find("RUS")] = true;
  keep[*g.Find("CHN")] = true;
  keep[*g.Find("xi-jinping")] = true;
  ActorGraph sub = g.Subgraph(keep);
  CHECK(sub.actor_count() == 2);  // Xi has no edge left
  REQUIRE(sub.edge_count() == 1);
  const RelationEdge& edge = sub.graph()[sub.SortedEdges()[0]];
  CHECK(edge.evidence == std::vector<EvidenceRef>{{1, ParseDate("2019-04-26")}});
  CHECK(sub.node(*sub.Find("RUS")).label == "Russia");
}
