#include "irkg/graph/store.h"

#include <doctest/doctest.h>

#include "irkg/graph/error.h"
#include "test_support.h"

using namespace irkg::graph;

namespace {

Article MakeArticle(const std::string& id, const std::string& text) {
  Article a;
  a.id = id;
  a.date = ParseDate("2023-03-21");
  a.title = "title";
  a.text = text;
  return a;
}

EventRecord MakeEvent(const std::string& article, const std::string& source,
                      const std::string& target, Relation relation) {
  EventRecord e;
  e.article = article;
  e.date = ParseDate("2023-03-21");
  e.source = {source, source + " label", ActorType::kState, source};
  e.target = {target, target + " label", ActorType::kState, target};
  e.relation = relation;
  e.via = {{"SCO", "Shanghai Cooperation Organisation", ActorType::kIgo, ""}};
  e.confidence = 0.9;
  e.text = "sentence";
  e.span = {3, 11};
  e.rule = "test";
  return e;
}

}  // namespace

TEST_CASE("articles are stored once per content hash and replaced when they change") {
  irkg::testing::TempDir dir;
  const std::string path = dir.File("irkg.db");
  {
    Store store(path);
    Article a = MakeArticle("a1", "Russia and China cooperate.");
    std::vector<EventRecord> events = {MakeEvent("a1", "RUS", "CHN", Relation::kCooperatesWith)};
    CHECK(store.PutArticle(a, events) == Store::PutResult::kAdded);
    CHECK(store.PutArticle(a, events) == Store::PutResult::kUnchanged);
    CHECK(store.Stats().events == 1);
    a.text = "Russia and China cooperate closely.";
    events.push_back(MakeEvent("a1", "CHN", "RUS", Relation::kCooperatesWith));
    CHECK(store.PutArticle(a, events) == Store::PutResult::kReplaced);
    CHECK(store.Stats().events == 2);
    CHECK(store.Stats().articles == 1);
  }
  // Reopening keeps everything, with provenance intact.
  Store store(path);
  std::vector<StoredEvent> read;
  store.ForEachEvent([&](const StoredEvent& e) { read.push_back(e); });
  REQUIRE(read.size() == 2);
  const EventRecord& e = read[0].event;
  CHECK(e.article == "a1");
  CHECK(e.source.id == "RUS");
  CHECK(e.target.label == "CHN label");
  CHECK(e.relation == Relation::kCooperatesWith);
  CHECK(FormatDate(*e.date) == "2023-03-21");
  REQUIRE(e.via.size() == 1);
  CHECK(e.via[0].id == "SCO");
  CHECK(e.via[0].type == ActorType::kIgo);
  CHECK(e.span.begin == 3);
  CHECK(e.span.end == 11);
  CHECK(e.rule == "test");
  CHECK(read[0].id < read[1].id);
}

TEST_CASE("a batch that is not committed leaves the store as it was") {
  Store store(":memory:");
  store.PutArticle(MakeArticle("kept", "x"),
                   {MakeEvent("kept", "RUS", "CHN", Relation::kConsults)});
  {
    Store::Batch batch(store);
    store.PutArticle(MakeArticle("lost", "y"),
                     {MakeEvent("lost", "USA", "CHN", Relation::kAccuses)});
  }
  CHECK(store.Stats().articles == 1);
  CHECK(store.Stats().events == 1);
}

TEST_CASE("actors keep their first record") {
  Store store(":memory:");
  store.PutActors({{"RUS", "Russia", ActorType::kState, "RUS"}});
  store.PutActors(
      {{"RUS", "Other", ActorType::kOther, ""}, {"CHN", "China", ActorType::kState, "CHN"}});
  std::vector<ActorRef> actors;
  store.ForEachActor([&](const ActorRef& a) { actors.push_back(a); });
  REQUIRE(actors.size() == 2);
  CHECK(actors[0].id == "CHN");
  CHECK(actors[1].label == "Russia");
}

TEST_CASE("a database that cannot be opened is an error naming the path") {
  irkg::testing::TempDir dir;
  const std::string path = dir.File("missing/dir/irkg.db");
  try {
    Store store(path);
    FAIL("expected an error");
  } catch (const irkg::Error& e) {
    CHECK(std::string(e.what()).rfind(path + ": cannot open the database:", 0) == 0);
  }
}
