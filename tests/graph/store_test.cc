#include "irkg/graph/store.h"

#include <SQLiteCpp/SQLiteCpp.h>
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

TEST_CASE("the reporter of an event is stored, a version 1 database gains the columns") {
  irkg::testing::TempDir dir;
  const std::string path = dir.File("v1.db");
  {
    // A database as irkg wrote it before reporters were stored.
    SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec(
        "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
        "CREATE TABLE articles(id TEXT PRIMARY KEY, date TEXT, title TEXT NOT NULL, url TEXT NOT "
        "NULL, source TEXT NOT NULL, hash TEXT NOT NULL);"
        "CREATE TABLE actors(id TEXT PRIMARY KEY, label TEXT NOT NULL, type TEXT NOT NULL, "
        "affiliation TEXT NOT NULL);"
        "CREATE TABLE events(id INTEGER PRIMARY KEY, article_id TEXT NOT NULL REFERENCES "
        "articles(id) ON DELETE CASCADE, sentence INTEGER NOT NULL, date TEXT, source_id TEXT NOT "
        "NULL, source_label TEXT NOT NULL, source_type TEXT NOT NULL, source_affiliation TEXT NOT "
        "NULL, relation TEXT NOT NULL, target_id TEXT NOT NULL, target_label TEXT NOT NULL, "
        "target_type TEXT NOT NULL, target_affiliation TEXT NOT NULL, negated INTEGER NOT NULL, "
        "mode TEXT NOT NULL, confidence REAL NOT NULL, text TEXT NOT NULL, span_begin INTEGER NOT "
        "NULL, span_end INTEGER NOT NULL, rule TEXT NOT NULL);"
        "CREATE TABLE event_via(event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE "
        "CASCADE, position INTEGER NOT NULL, actor_id TEXT NOT NULL, label TEXT NOT NULL, type "
        "TEXT NOT NULL, PRIMARY KEY(event_id, position));"
        "INSERT INTO articles VALUES('old', '2019-04-22', 't', '', '', '0123456789abcdef');"
        "INSERT INTO events(article_id, sentence, date, source_id, source_label, source_type, "
        "source_affiliation, relation, target_id, target_label, target_type, target_affiliation, "
        "negated, mode, confidence, text, span_begin, span_end, rule) VALUES('old', 0, "
        "'2019-04-22', 'RUS', 'Russia', 'state', 'RUS', 'consults', 'CHN', 'China', 'state', "
        "'CHN', 0, 'asserted', 0.9, 's', 0, 1, 'r');"
        "PRAGMA user_version = 1;");
  }
  Store store(path);
  EventRecord reported = MakeEvent("new", "RUS", "UKR", Relation::kAssaults);
  reported.reported_by = ActorRef{"UKR", "Ukraine", ActorType::kState, "UKR"};
  store.PutArticle(MakeArticle("new", "Kyiv said Russia attacked Ukraine."), {reported});
  std::vector<StoredEvent> read;
  store.ForEachEvent([&](const StoredEvent& e) { read.push_back(e); });
  REQUIRE(read.size() == 2);
  CHECK(read[0].event.article == "old");
  CHECK_FALSE(read[0].event.reported_by);
  REQUIRE(read[1].event.reported_by);
  CHECK(read[1].event.reported_by->id == "UKR");
  CHECK(read[1].event.reported_by->label == "Ukraine");
  CHECK(read[1].event.reported_by->type == ActorType::kState);
  SQLite::Database check(path);
  CHECK(check.execAndGet("PRAGMA user_version").getInt() == Store::kSchemaVersion);
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

TEST_CASE("evidence keys are the same when an article is ingested again") {
  Article a = MakeArticle("a1", "Russia and China cooperate.");
  a.url = "https://example.org/a1";
  a.source = "Example News";
  std::vector<EventRecord> events = {MakeEvent("a1", "RUS", "CHN", Relation::kCooperatesWith),
                                     MakeEvent("a1", "RUS", "CHN", Relation::kCooperatesWith),
                                     MakeEvent("a1", "CHN", "RUS", Relation::kCooperatesWith)};
  auto keys_of = [](const Store& store) {
    std::vector<uint64_t> keys;
    store.ForEachEvent([&](const StoredEvent& e) { keys.push_back(e.key); });
    return keys;
  };
  Store first(":memory:");
  first.PutArticle(MakeArticle("other", "x"), {MakeEvent("other", "USA", "IRN", Relation::kAids)});
  first.PutArticle(a, events);
  Store second(":memory:");
  second.PutArticle(a, events);
  std::vector<uint64_t> keys = keys_of(second);
  REQUIRE(keys.size() == 3);
  // Two events that share sentence, span and triple still get distinct keys.
  CHECK(keys[0] == EvidenceKey(events[0]));
  CHECK(keys[1] == EvidenceKey(events[1], 2));
  CHECK(keys[0] != keys[1]);
  std::vector<uint64_t> first_keys = keys_of(first);
  CHECK(std::vector<uint64_t>(first_keys.begin() + 1, first_keys.end()) == keys);
  // Replacing the article with new content keeps the keys of the events that stay.
  a.text = "Russia and China cooperate closely.";
  CHECK(second.PutArticle(a, events) == Store::PutResult::kReplaced);
  CHECK(keys_of(second) == keys);

  std::vector<StoredEvent> found = second.EventsByKey({keys[2], 42, keys[0]});
  REQUIRE(found.size() == 2);
  CHECK(found[0].event.source.id == "CHN");
  CHECK(found[0].key == keys[2]);
  CHECK(found[0].article_url == "https://example.org/a1");
  CHECK(found[0].article_source == "Example News");
  CHECK(found[0].event.text == "sentence");
  REQUIRE(found[0].event.via.size() == 1);
  CHECK(found[0].event.via[0].label == "Shanghai Cooperation Organisation");
  CHECK(found[1].event.source.id == "RUS");
  CHECK(FormatEvidenceKey(0x00ab) == "00000000000000ab");
  CHECK(ParseEvidenceKey("00000000000000ab") == 0xab);
  CHECK_FALSE(ParseEvidenceKey("00000000000000aB"));
  CHECK_FALSE(ParseEvidenceKey("ab"));
}

TEST_CASE("a version 2 database gains evidence keys equal to those of a fresh ingest") {
  irkg::testing::TempDir dir;
  const std::string path = dir.File("v2.db");
  EventRecord event = MakeEvent("old", "RUS", "CHN", Relation::kConsults);
  {
    Store store(path);
    store.PutArticle(MakeArticle("old", "Russia consulted China."), {event, event});
  }
  {
    // Take it back to version 2: no key column, no application id.
    SQLite::Database db(path, SQLite::OPEN_READWRITE);
    db.exec(
        "DROP INDEX events_key; ALTER TABLE events DROP COLUMN key; PRAGMA application_id = 0; "
        "PRAGMA user_version = 2;");
  }
  Store store(path);
  std::vector<uint64_t> keys;
  store.ForEachEvent([&](const StoredEvent& e) { keys.push_back(e.key); });
  CHECK(keys == std::vector<uint64_t>{EvidenceKey(event), EvidenceKey(event, 2)});
  SQLite::Database check(path);
  CHECK(check.execAndGet("PRAGMA user_version").getInt() == 3);
  CHECK(check.execAndGet("PRAGMA application_id").getInt() == Store::kApplicationId);
}

TEST_CASE("a database that is not irkg's is refused and left untouched") {
  irkg::testing::TempDir dir;
  const std::string other = dir.File("other.db");
  {
    SQLite::Database db(other, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec(
        "CREATE TABLE customers(id INTEGER PRIMARY KEY, name TEXT); "
        "INSERT INTO customers(name) VALUES('Ada');");
  }
  const std::string before = irkg::testing::ReadFile(other);
  for (auto mode : {Store::OpenMode::kCreate, Store::OpenMode::kExisting}) {
    try {
      Store store(other, mode);
      FAIL("expected an error");
    } catch (const irkg::Error& e) {
      CHECK(std::string(e.what()) ==
            other + ": not an irkg database (it holds tables customers); it was left untouched");
    }
  }
  CHECK(irkg::testing::ReadFile(other) == before);
  CHECK_FALSE(std::filesystem::exists(other + "-wal"));

  const std::string text = dir.File("notes.db");
  irkg::testing::WriteFile(text, std::string(2048, 'x'));
  try {
    Store store(text);
    FAIL("expected an error");
  } catch (const irkg::Error& e) {
    CHECK(std::string(e.what()) == text +
                                       ": not an irkg database (file is not a database); it was "
                                       "left untouched");
  }
  CHECK(irkg::testing::ReadFile(text) == std::string(2048, 'x'));

  try {
    Store store(dir.File("absent.db"), Store::OpenMode::kExisting);
    FAIL("expected an error");
  } catch (const irkg::Error& e) {
    CHECK(std::string(e.what()) == dir.File("absent.db") +
                                       ": no such database (run 'irkg ingest' first, or pass "
                                       "--db)");
  }
  CHECK_FALSE(std::filesystem::exists(dir.File("absent.db")));
}
