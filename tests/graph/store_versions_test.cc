// Schema upgrades that two processes may run at once, read-only opening, and the knowledge-base
// version each article was coded with.
#include <SQLiteCpp/SQLiteCpp.h>
#include <doctest/doctest.h>

#include <thread>

#include "irkg/graph/error.h"
#include "irkg/graph/store.h"
#include "test_support.h"

using namespace irkg::graph;

namespace {

Article MakeArticle(const std::string& id, const std::string& text) {
  Article a;
  a.id = id;
  a.date = ParseDate("2023-03-21");
  a.text = text;
  return a;
}

int UserVersion(const std::string& path) {
  SQLite::Database db(path);
  return db.execAndGet("PRAGMA user_version").getInt();
}

}  // namespace

TEST_CASE("an upgrade interrupted after some of its steps completes") {
  irkg::testing::TempDir dir;
  const std::string path = dir.File("half.db");
  {
    Store store(path);
    store.PutArticle(MakeArticle("a", "Russia met China."), {});
  }
  {
    // The columns of versions 2 and 3 are there, the version number says 1.
    SQLite::Database db(path, SQLite::OPEN_READWRITE);
    db.exec("PRAGMA user_version = 1");
  }
  Store store(path);
  CHECK(UserVersion(path) == Store::kSchemaVersion);
  CHECK(store.Stats().articles == 1);
}

TEST_CASE("processes creating the same database at once all succeed") {
  irkg::testing::TempDir dir;
  for (int trial = 0; trial < 10; ++trial) {
    const std::string path = dir.File("new" + std::to_string(trial) + ".db");
    std::vector<std::string> errors(4);
    std::vector<std::thread> threads;
    for (size_t t = 0; t < errors.size(); ++t) {
      threads.emplace_back([&, t] {
        try {
          Store store(path);
        } catch (const irkg::Error& e) {
          errors[t] = e.what();
        }
      });
    }
    for (std::thread& t : threads) t.join();
    for (const std::string& e : errors) CHECK(e == "");
    CHECK(UserVersion(path) == Store::kSchemaVersion);
  }
}

TEST_CASE("a read-only store writes nothing and refuses what it cannot read") {
  irkg::testing::TempDir dir;
  const std::string path = dir.File("t.db");
  CHECK_THROWS_WITH_AS(
      Store(path, Store::OpenMode::kReadOnly),
      (path + ": no such database (run 'irkg ingest' first, or pass --db)").c_str(), irkg::Error);
  CHECK_FALSE(std::filesystem::exists(path));
  {
    SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("CREATE TABLE x(y)");
  }
  CHECK_THROWS_WITH_AS(
      Store(path, Store::OpenMode::kReadOnly),
      (path + ": not an irkg database (it holds tables x); it was left untouched").c_str(),
      irkg::Error);
  std::filesystem::remove(path);
  { SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE); }
  CHECK_THROWS_WITH_AS(
      Store(path, Store::OpenMode::kReadOnly),
      (path + ": database schema version 0 (not an irkg database, or never finished)").c_str(),
      irkg::Error);
  {
    Store store(path);  // read-write: upgrades it
    store.PutArticle(MakeArticle("a", "Russia met China."), {});
    SQLite::Database db(path, SQLite::OPEN_READWRITE);
    db.exec("PRAGMA user_version = 2");
  }
  CHECK_THROWS_WITH_AS(Store(path, Store::OpenMode::kReadOnly),
                       (path + ": database schema version 2 is older than this irkg reads (3): "
                               "'irkg ingest' into it upgrades it")
                           .c_str(),
                       irkg::Error);
  CHECK(UserVersion(path) == 2);
  Store(path).Stats();  // upgrades
  Store reader(path, Store::OpenMode::kReadOnly);
  CHECK(reader.Stats().articles == 1);
  CHECK_THROWS_AS(reader.PutArticle(MakeArticle("b", "Japan met Korea."), {}), irkg::Error);
}

TEST_CASE("each article records the knowledge base it was coded with, recode replaces the others") {
  Store store(":memory:");
  store.SetCoding("v1", false);
  CHECK(store.PutArticle(MakeArticle("a", "Russia met China."), {}) == Store::PutResult::kAdded);
  CHECK(store.PutArticle(MakeArticle("b", "Japan met Korea."), {}) == Store::PutResult::kAdded);
  store.SetCoding("v2", false);
  CHECK(store.PutArticle(MakeArticle("a", "Russia met China."), {}) ==
        Store::PutResult::kUnchanged);
  CHECK(store.Stats("v2").coded_with_other == 2);
  CHECK(store.Stats("v1").coded_with_other == 0);
  CHECK(store.Stats().coded_with_other == 0);  // not asked
  store.SetCoding("v2", true);
  CHECK(store.PutArticle(MakeArticle("a", "Russia met China."), {}) == Store::PutResult::kReplaced);
  CHECK(store.PutArticle(MakeArticle("a", "Russia met China."), {}) ==
        Store::PutResult::kUnchanged);
  CHECK(store.Stats("v2").coded_with_other == 1);
}
