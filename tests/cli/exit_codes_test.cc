// The exit codes the README documents, and that every failed write is one.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "irkg/cli/cli.h"
#include "run_irkg.h"
#include "test_support.h"

namespace {

using irkg::testing::Output;
using irkg::testing::RunIrkg;

const std::string kSamples = std::string(IRKG_SOURCE_DIR) + "/samples";
const std::string kArticle =
    "{\"id\": \"a\", \"date\": \"2022-02-26\", \"text\": \"Russia invaded Ukraine.\"}\n";

}  // namespace

TEST_CASE("a malformed --date is a usage error") {
  for (const char* command : {"extract", "ingest"}) {
    Output r = RunIrkg({command, "-", "--date", "2024-13-45", "--data-dir", IRKG_TEST_DATA_DIR});
    CHECK(r.code == irkg::cli::kExitUsage);
    CHECK(r.err == "irkg: error: --date: expected YYYY-MM-DD, got '2024-13-45'\n");
  }
  Output resolve = RunIrkg(
      {"actors", "resolve", "Russia", "--date", "yesterday", "--data-dir", IRKG_TEST_DATA_DIR});
  CHECK(resolve.code == irkg::cli::kExitUsage);
  CHECK(resolve.err == "irkg: error: --date: expected YYYY-MM-DD, got 'yesterday'\n");
}

TEST_CASE("a directory given as --actors or --patterns is a usage error") {
  irkg::testing::TempDir dir;
  for (const char* option : {"--actors", "--patterns"}) {
    Output r = RunIrkg(
        {"extract", "-", option, dir.path().string(), "--data-dir", IRKG_TEST_DATA_DIR}, kArticle);
    CHECK(r.code == irkg::cli::kExitUsage);
    CHECK(r.err == "irkg: error: " + std::string(option) + " " + dir.path().string() +
                       ": is a directory, not a file\n");
    CHECK(r.out == "");
  }
}

TEST_CASE("a data directory without actors or relation patterns is a failure") {
  irkg::testing::TempDir dir;
  // Without the English word lists, the first missing one is named.
  Output bare = RunIrkg({"extract", "-", "--data-dir", dir.path().string()}, kArticle);
  CHECK(bare.code == irkg::cli::kExitFailure);
  CHECK(bare.err.find(dir.path().string() + "/english/") != std::string::npos);
  CHECK(bare.out == "");
  std::filesystem::copy(std::string(IRKG_TEST_DATA_DIR) + "/english", dir.path() / "english");
  Output empty = RunIrkg({"extract", "-", "--data-dir", dir.path().string()}, kArticle);
  CHECK(empty.code == irkg::cli::kExitFailure);
  CHECK(empty.err == "irkg: error: " + dir.path().string() +
                         ": no actors in the data directory (*.actors files)\n");
  CHECK(empty.out == "");
  // Nothing is stored from an empty knowledge base.
  Output ingest = RunIrkg(
      {"ingest", "-", "--db", dir.File("t.db"), "--data-dir", dir.path().string()}, kArticle);
  CHECK(ingest.code == irkg::cli::kExitFailure);
  CHECK_FALSE(std::filesystem::exists(dir.File("t.db")));
  // Actors but no patterns.
  std::filesystem::copy_file(std::string(IRKG_TEST_DATA_DIR) + "/states.actors",
                             dir.File("states.actors"));
  Output no_patterns = RunIrkg({"extract", "-", "--data-dir", dir.path().string()}, kArticle);
  CHECK(no_patterns.code == irkg::cli::kExitFailure);
  CHECK(no_patterns.err == "irkg: error: " + dir.path().string() +
                               ": no relation patterns in the data directory (*.patterns files)\n");
}

TEST_CASE("extract into a full disk fails with the reason") {
  std::ofstream full("/dev/full");
  REQUIRE(full.is_open());
  std::istringstream in;
  std::ostringstream err;
  int code = irkg::cli::Run({"extract", kSamples, "--data-dir", IRKG_TEST_DATA_DIR}, in, full, err);
  CHECK(code == irkg::cli::kExitFailure);
  CHECK(err.str() == "irkg: error: standard output: write failed: No space left on device\n");
}

TEST_CASE("a query whose answer cannot be written fails") {
  irkg::testing::TempDir dir;
  const std::string db = dir.File("t.db");
  REQUIRE(RunIrkg({"ingest", kSamples, "--db", db, "--data-dir", IRKG_TEST_DATA_DIR}).code == 0);
  for (std::vector<std::string> args :
       {std::vector<std::string>{"stats", "--db", db},
        {"neighbors", "Russia", "--db", db, "--data-dir", IRKG_TEST_DATA_DIR},
        {"export", "--format", "graphml", "--db", db},
        {"export", "--format", "gexf", "--db", db}}) {
    std::ofstream full("/dev/full");
    std::istringstream in;
    std::ostringstream err;
    CHECK_MESSAGE(irkg::cli::Run(args, in, full, err) == irkg::cli::kExitFailure, args[0]);
    CHECK(err.str() == "irkg: error: standard output: write failed: No space left on device\n");
  }
}

TEST_CASE("export -o into a full disk fails and leaves neither file nor temporary behind") {
  irkg::testing::TempDir dir;
  const std::string db = dir.File("t.db");
  REQUIRE(RunIrkg({"ingest", kSamples, "--db", db, "--data-dir", IRKG_TEST_DATA_DIR}).code == 0);
  // The temporary file the export writes first stands on a full device.
  const std::string out = dir.File("g.graphml");
  std::filesystem::create_symlink("/dev/full", out + ".tmp");
  Output r = RunIrkg({"export", "--format", "graphml", "--db", db, "-o", out});
  CHECK(r.code == irkg::cli::kExitFailure);
  CHECK(r.err == "irkg: error: " + out + ": write failed: No space left on device\n");
  CHECK_FALSE(std::filesystem::exists(std::filesystem::symlink_status(out + ".tmp")));
  CHECK_FALSE(std::filesystem::exists(out));
  // Written where it can be, the export goes to its place and the temporary is gone.
  Output ok = RunIrkg({"export", "--format", "graphml", "--db", db, "-o", out});
  CHECK(ok.code == 0);
  CHECK(std::filesystem::file_size(out) > 1000);
  CHECK_FALSE(std::filesystem::exists(out + ".tmp"));
}

TEST_CASE("export -o a device writes into it and never replaces it with a file") {
  irkg::testing::TempDir dir;
  const std::string db = dir.File("t.db");
  REQUIRE(RunIrkg({"ingest", kSamples, "--db", db, "--data-dir", IRKG_TEST_DATA_DIR}).code == 0);
  REQUIRE(std::filesystem::is_character_file("/dev/full"));
  for (const char* format : {"graphml", "gexf"}) {
    Output r = RunIrkg({"export", "--format", format, "--db", db, "-o", "/dev/full"});
    CHECK(r.code == irkg::cli::kExitFailure);
    CHECK(r.err == "irkg: error: /dev/full: write failed: No space left on device\n");
    CHECK(std::filesystem::is_character_file("/dev/full"));
    CHECK_FALSE(std::filesystem::exists("/dev/full.tmp"));
  }
}
