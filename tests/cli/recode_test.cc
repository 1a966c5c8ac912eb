// The knowledge-base version stored with each article: stats counts the articles coded with
// other data, ingest --recode re-codes them; reader commands never write to the database.
#include <SQLiteCpp/SQLiteCpp.h>
#include <doctest/doctest.h>

#include <sstream>

#include "irkg/cli/cli.h"
#include "run_irkg.h"
#include "test_support.h"

namespace {

using irkg::testing::Output;
using irkg::testing::RunIrkg;

const std::string kSamples = std::string(IRKG_SOURCE_DIR) + "/samples";
const std::string kData = IRKG_TEST_DATA_DIR;

}  // namespace

TEST_CASE("articles coded with other actors are counted by stats and re-coded by --recode") {
  irkg::testing::TempDir dir;
  const std::string db = dir.File("t.db");
  const std::string extra = dir.File("extra.actors");
  irkg::testing::WriteFile(extra,
                           "[ishaq-dar]\ntype = person\nlabel = Ishaq Dar\nnames = Ishaq Dar\n"
                           "role = PAK foreign-minister 2024-03-11..\n");
  REQUIRE(RunIrkg({"ingest", kSamples, "--db", db, "--data-dir", kData}).code == 0);
  Output same = RunIrkg({"stats", "--db", db, "--data-dir", kData});
  CHECK(same.out.find("coded with other actors") == std::string::npos);

  // With an extra actors file the knowledge base is another one.
  Output other = RunIrkg({"stats", "--db", db, "--data-dir", kData, "--actors", extra});
  CHECK(other.code == 0);
  CHECK(other.out.find("\n8 articles coded with other actors or patterns than these: 'irkg "
                       "ingest INPUT --recode' re-codes them\n") != std::string::npos);
  Output skipped =
      RunIrkg({"ingest", kSamples, "--db", db, "--data-dir", kData, "--actors", extra});
  CHECK(skipped.out.starts_with("ingested into " + db +
                                ": 0 articles added, 0 replaced, 8 unchanged"));
  Output recoded =
      RunIrkg({"ingest", kSamples, "--db", db, "--data-dir", kData, "--actors", extra, "--recode"});
  CHECK(recoded.code == 0);
  CHECK(recoded.out.starts_with("ingested into " + db +
                                ": 0 articles added, 8 replaced, 0 unchanged"));
  Output now = RunIrkg({"stats", "--db", db, "--data-dir", kData, "--actors", extra, "--json"});
  CHECK(now.out.find("\"coded_with_other\":0}") != std::string::npos);
  Output before = RunIrkg({"stats", "--db", db, "--data-dir", kData, "--json"});
  CHECK(before.out.find("\"coded_with_other\":8}") != std::string::npos);
}

TEST_CASE("query commands do not upgrade or otherwise write to the database") {
  irkg::testing::TempDir dir;
  const std::string db = dir.File("t.db");
  REQUIRE(RunIrkg({"ingest", kSamples, "--db", db, "--data-dir", kData}).code == 0);
  {
    SQLite::Database raw(db, SQLite::OPEN_READWRITE);
    raw.exec("PRAGMA user_version = 2");
  }
  for (std::vector<std::string> args :
       {std::vector<std::string>{"stats", "--db", db},
        {"path", "Russia", "China", "--db", db, "--data-dir", kData},
        {"export", "--format", "graphml", "--db", db}}) {
    Output r = RunIrkg(args);
    CHECK_MESSAGE(r.code == irkg::cli::kExitFailure, args[0]);
    CHECK(r.err == "irkg: error: " + db +
                       ": database schema version 2 is older than this irkg reads (3): 'irkg "
                       "ingest' into it upgrades it\n");
  }
  SQLite::Database raw(db);
  CHECK(raw.execAndGet("PRAGMA user_version").getInt() == 2);
}
