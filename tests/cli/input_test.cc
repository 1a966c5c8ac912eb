// Hostile input through the whole command: each problem is named by file and line, the rest is
// coded, and the exit code says what happened.
#include <doctest/doctest.h>

#include <regex>
#include <sstream>

#include "irkg/cli/cli.h"
#include "run_irkg.h"
#include "test_support.h"

namespace {

using irkg::testing::Output;

// irkg with the test data directory.
Output RunIrkg(std::vector<std::string> args, const std::string& input = "") {
  args.push_back("--data-dir");
  args.push_back(IRKG_TEST_DATA_DIR);
  return irkg::testing::RunIrkg(args, input);
}

std::string Article(const std::string& id, const std::string& text) {
  return "{\"id\": \"" + id + "\", \"date\": \"2023-03-21\", \"text\": \"" + text + "\"}\n";
}

// "source relation target" of every event, in order.
std::vector<std::string> Events(const std::string& jsonl) {
  static const std::regex event(
      "\"source\":\\{\"id\":\"([^\"]+)\".*?\"relation\":\"([^\"]+)\",\"target\":\\{\"id\":\"([^\"]"
      "+)\"");
  std::vector<std::string> out;
  for (auto it = std::sregex_iterator(jsonl.begin(), jsonl.end(), event);
       it != std::sregex_iterator(); ++it) {
    out.push_back((*it)[1].str() + " " + (*it)[2].str() + " " + (*it)[3].str());
  }
  return out;
}

// The actor ids `actors resolve` prints.
std::vector<std::string> ResolvedIds(const std::string& text) {
  static const std::regex resolved(" -> ([^ ]+) \\(");
  std::vector<std::string> out;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), resolved);
       it != std::sregex_iterator(); ++it) {
    out.push_back((*it)[1].str());
  }
  return out;
}

}  // namespace

TEST_CASE("a line nested too deep is reported, and the lines around it are coded") {
  irkg::testing::TempDir dir;
  const std::string path = dir.File("news.jsonl");
  irkg::testing::WriteFile(path, Article("a", "Russia invaded Ukraine.") +
                                     "{\"id\": \"x\", \"m\": " + std::string(200000, '[') +
                                     std::string(200000, ']') + "}\n" +
                                     Article("b", "Japan accused China."));
  Output r = RunIrkg({"extract", path});
  CHECK(r.code == irkg::cli::kExitInputErrors);
  CHECK(r.err ==
        "irkg: " + path + ":2: malformed JSON: nested deeper than 64 levels (at byte 80)\n");
  CHECK(Events(r.out) == std::vector<std::string>{"RUS assaults UKR", "JPN accuses CHN"});
}

TEST_CASE("a read error is input gone bad: reported, exit 1") {
  Output r = RunIrkg({"extract", "/proc/self/mem"});
  CHECK(r.code == irkg::cli::kExitInputErrors);
  CHECK(r.err ==
        "irkg: /proc/self/mem:1: read error: Input/output error; reading stopped after line 0\n");
}

TEST_CASE("an undated article is coded with a warning and exit 0") {
  irkg::testing::TempDir dir;
  const std::string input = "{\"id\": \"u\", \"text\": \"Russia invaded Ukraine.\"}\n";
  Output r = RunIrkg({"extract", "-"}, input);
  CHECK(r.code == 0);
  CHECK(r.err == "irkg: <stdin>:1: warning: article u has no \"date\": stored undated\n");
  CHECK(Events(r.out) == std::vector<std::string>{"RUS assaults UKR"});
  Output ingest = RunIrkg({"ingest", "-", "--db", dir.File("t.db")}, input);
  CHECK(ingest.code == 0);
  CHECK(ingest.out.ends_with(": 1 articles added, 0 replaced, 0 unchanged; 1 events stored\n"));
}

TEST_CASE("a byte order mark does not cost the first article") {
  Output r = RunIrkg({"extract", "-"}, "\xEF\xBB\xBF" + Article("a", "Russia invaded Ukraine."));
  CHECK(r.code == 0);
  CHECK(r.err == "");
  CHECK(Events(r.out) == std::vector<std::string>{"RUS assaults UKR"});
}

TEST_CASE("invisible format characters change no actor and no event") {
  const std::string clean = "Vladimir Putin met Xi Jinping in Moscow.";
  // Soft hyphen, zero-width space, word joiner, right-to-left override.
  const std::string hidden =
      "Vladimir Pu\xC2\xADtin met Xi\xE2\x80\x8B Jin\xE2\x81\xA0ping in \xE2\x80\xAEMoscow.";
  Output a = RunIrkg({"actors", "resolve", clean, "--date", "2023-03-21"});
  Output b = RunIrkg({"actors", "resolve", hidden, "--date", "2023-03-21"});
  CHECK(a.code == 0);
  CHECK(b.code == 0);
  CHECK(ResolvedIds(a.out) == std::vector<std::string>{"vladimir-putin", "xi-jinping", "RUS"});
  CHECK(ResolvedIds(b.out) == ResolvedIds(a.out));
  const std::string sentence =
      "The Russian foreign minister Sergei Lav\\u00adrov accused "
      "the United\\u200b States of supplying weapons to Uk\\u2060raine.";
  Output clean_events =
      RunIrkg({"extract", "-"}, Article("c",
                                        "The Russian foreign minister Sergei Lavrov accused "
                                        "the United States of supplying weapons to Ukraine."));
  Output hidden_events = RunIrkg({"extract", "-"}, Article("h", sentence));
  CHECK_FALSE(Events(clean_events.out).empty());
  CHECK(Events(hidden_events.out) == Events(clean_events.out));
}

TEST_CASE("control characters in labels and sentences are shown, not sent to the terminal") {
  irkg::testing::TempDir dir;
  const std::string db = dir.File("t.db");
  const std::string actors = dir.File("evil.actors");
  // A label with an escape sequence that would clear the screen, a bell and a C1 control.
  irkg::testing::WriteFile(actors,
                           "[evil]\ntype = state\nlabel = Evil\x1b[2J\x07Land\xc2\x9b\n"
                           "names = Evilland\n");
  Output ingest = RunIrkg({"ingest", "-", "--db", db, "--actors", actors},
                          Article("a", "Russia attacked Evilland.\x1b[31m"));
  REQUIRE(ingest.code == 0);
  Output text = RunIrkg({"neighbors", "Russia", "--db", db, "--actors", actors});
  CHECK(text.code == 0);
  CHECK(text.out.find("  Evil\\x1b[2J\\x07Land\\u009b [evil] (depth 1, 1 event)\n") !=
        std::string::npos);
  CHECK(text.out.find('\x1b') == std::string::npos);
  // JSON escapes C0 controls as JSON does; a C1 control is written as the JSON escape of itself.
  Output json = RunIrkg({"neighbors", "Russia", "--db", db, "--actors", actors, "--json"});
  CHECK(json.out.find("\"label\":\"Evil\\u001B[2J\\u0007Land\\u009b\"") != std::string::npos);
  // Messages too: an unknown actor named with an escape sequence.
  Output unknown = RunIrkg({"path", "Russia", "X\x1b]0;owned\x07", "--db", db});
  CHECK(unknown.code == irkg::cli::kExitUsage);
  CHECK(unknown.err.find("unknown actor 'X\\x1b]0;owned\\x07'") != std::string::npos);
  CHECK(unknown.err.find('\x1b') == std::string::npos);
}

TEST_CASE("--format txt reads standard input as one article") {
  Output r = RunIrkg({"extract", "-", "--format", "txt", "--date", "2022-02-24"},
                     "Russia invaded Ukraine.\nJapan accused China.\n");
  CHECK(r.code == 0);
  CHECK(r.err == "");
  CHECK(Events(r.out) == std::vector<std::string>{"RUS assaults UKR", "JPN accuses CHN"});
  CHECK(r.out.find("\"article\":\"stdin\"") != std::string::npos);
  Output bad = RunIrkg({"extract", "-", "--format", "pdf"});
  CHECK(bad.code == irkg::cli::kExitUsage);
}
