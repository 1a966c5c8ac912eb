// The irkg command driven in-process through Run(), against golden outputs.
#include "irkg/cli/cli.h"

#include <doctest/doctest.h>
#include <rapidjson/document.h>

#include <algorithm>
#include <sstream>

#include "test_support.h"

using irkg::cli::Run;

namespace {

struct Result {
  int code;
  std::string out;
  std::string err;
};

Result Irkg(std::vector<std::string> args, const std::string& input = "") {
  std::istringstream in(input);
  std::ostringstream out, err;
  args.push_back("--data-dir");
  args.push_back(IRKG_TEST_DATA_DIR);
  if (args[0] == "help" || args[0] == "stats") {
    args.resize(args.size() - 2);  // commands without knowledge-base options
  }
  int code = Run(args, in, out, err);
  return {code, out.str(), err.str()};
}

const std::string kSamples = std::string(IRKG_SOURCE_DIR) + "/samples";

}  // namespace

TEST_CASE("help lists every command; unknown commands get a suggestion") {
  Result help = Irkg({"help"});
  CHECK(help.code == 0);
  for (const char* name : {"extract", "ingest", "export", "path", "neighbors", "stats"}) {
    CHECK(help.out.find(std::string("  ") + name) != std::string::npos);
  }
  std::istringstream in;
  std::ostringstream out, err;
  CHECK(Run({"extarct"}, in, out, err) == irkg::cli::kExitUsage);
  CHECK(err.str() ==
        "irkg: error: unknown command 'extarct' (did you mean 'extract'?)\n"
        "run 'irkg help' for the list of commands\n");
  std::ostringstream out2, err2;
  CHECK(Run({"path", "--help"}, in, out2, err2) == 0);
  CHECK(out2.str().find("--direction") != std::string::npos);
  std::ostringstream out3, err3;
  CHECK(Run({"export", "--format", "pdf"}, in, out3, err3) == irkg::cli::kExitUsage);
  CHECK(err3.str().rfind("irkg: error: export: --format: pdf not in {graphml,jsonld}", 0) == 0);
}

TEST_CASE("extract writes the samples' events as JSON Lines") {
  Result r = Irkg({"extract", kSamples});
  CHECK(r.code == 0);
  CHECK(r.err == "");
  irkg::testing::CheckGolden("samples.extract.jsonl", r.out);
  // Every line is an object with exactly the contract's fields.
  std::istringstream lines(r.out);
  std::string line;
  int count = 0;
  while (std::getline(lines, line)) {
    rapidjson::Document doc;
    doc.Parse(line.c_str());
    REQUIRE(doc.IsObject());
    std::vector<std::string> keys;
    for (const auto& m : doc.GetObject()) keys.emplace_back(m.name.GetString());
    CHECK(keys == std::vector<std::string>{"article", "sentence", "date", "source", "relation",
                                           "target", "via", "negated", "mode", "confidence", "text",
                                           "span", "rule", "reported_by"});
    ++count;
  }
  CHECK(count > 40);
}

TEST_CASE("extract gives the same output, in input order, whatever the thread count") {
  // Many small articles, so that several batches are in flight at once.
  std::string input;
  for (int i = 0; i < 3000; ++i) {
    const char* texts[] = {"Russia and China held talks in Beijing on Monday.",
                           "The United States imposed sanctions on Iran.",
                           "Australia beat India by five wickets.",
                           "Kyiv said Russian forces shelled Kharkiv overnight."};
    input += "{\"id\": \"t" + std::to_string(i) + "\", \"date\": \"2023-03-21\", \"text\": \"" +
             texts[i % 4] + "\"}\n";
  }
  Result one = Irkg({"extract", "-"}, input);
  CHECK(one.code == 0);
  CHECK(one.err == "");
  // Talks: both sides; sanctions: one event; cricket and shelling a city: none.
  CHECK(std::count(one.out.begin(), one.out.end(), '\n') == 2250);
  for (const char* threads : {"2", "3", "8"}) {
    Result many = Irkg({"extract", "--threads", threads, "-"}, input);
    CHECK(many.code == 0);
    CHECK(many.out == one.out);
  }
  // A knowledge base that fails to load, on its own thread, fails the command as on one thread.
  Result bad_one = Irkg({"extract", "--actors", "/nonexistent/x.actors", "-"}, input);
  Result bad_many =
      Irkg({"extract", "--threads", "2", "--actors", "/nonexistent/x.actors", "-"}, input);
  CHECK(bad_one.code != 0);
  CHECK(bad_many.code == bad_one.code);
  CHECK(bad_many.err == bad_one.err);
  CHECK(bad_many.out == "");
}

TEST_CASE("extract reports bad lines with file:line and still codes the rest") {
  irkg::testing::TempDir dir;
  const std::string path = dir.File("news.jsonl");
  irkg::testing::WriteFile(path,
                           "{\"id\": \"a\", \"date\": \"2022-02-26\", \"text\": \"Russia invaded "
                           "Ukraine.\"}\n{oops\n{\"id\": \"b\", \"text\": \"\"}\n");
  Result r = Irkg({"extract", path, dir.File("absent.jsonl")});
  CHECK(r.code == irkg::cli::kExitInputErrors);
  CHECK(r.out.find("\"relation\":\"assaults\"") != std::string::npos);
  CHECK(r.err == "irkg: " + path +
                     ":2: malformed JSON: Missing a name for object member. (at byte 1)\n" +
                     "irkg: " + path + ":3: article b has no text\n" +
                     "irkg: " + dir.File("absent.jsonl") + ": no such file or directory\n");
}

TEST_CASE("extract reads standard input") {
  Result r =
      Irkg({"extract", "-"},
           "{\"id\": \"s\", \"date\": \"2023-03-10\", \"text\": \"China hosted talks.\"}\n"
           "{\"id\": \"t\", \"date\": \"2023-03-10\", \"text\": \"Japan accused China.\"}\n");
  CHECK(r.code == 0);
  CHECK(r.out.find("\"article\":\"t\"") != std::string::npos);
  CHECK(r.out.find("\"relation\":\"accuses\"") != std::string::npos);
}

TEST_CASE("ingest, re-ingest, stats, export and queries over the samples") {
  irkg::testing::TempDir dir;
  const std::string db = dir.File("irkg.db");
  Result first = Irkg({"ingest", kSamples, "--db", db});
  CHECK(first.code == 0);
  CHECK(first.out.rfind("ingested into " + db + ": 8 articles added, 0 replaced, 0 unchanged; ",
                        0) == 0);
  Result again = Irkg({"ingest", kSamples, "--db", db});
  CHECK(again.out ==
        "ingested into " + db + ": 0 articles added, 0 replaced, 8 unchanged; 0 events stored\n");

  Result stats = Irkg({"stats", "--db", db, "--level", "state", "--json"});
  CHECK(stats.code == 0);
  std::string stats_json = stats.out;
  size_t at = stats_json.find(db);
  REQUIRE(at != std::string::npos);
  stats_json.replace(at, db.size(), "DB");
  irkg::testing::CheckGolden("samples.stats.json", stats_json);

  Result graphml = Irkg({"export", "--format", "graphml", "--db", db, "--level", "state"});
  CHECK(graphml.code == 0);
  irkg::testing::CheckGolden("samples.state.graphml", graphml.out);
  Result file = Irkg({"export", "--format", "jsonld", "--db", db, "-o", dir.File("g.jsonld")});
  CHECK(file.code == 0);
  CHECK(file.err.find("wrote jsonld (") == 0);
  const std::string jsonld = irkg::testing::ReadFile(dir.File("g.jsonld"));
  CHECK(jsonld.find("\"@context\"") != std::string::npos);
  CHECK(jsonld.find("\"sameAs\": \"wd:Q159\"") != std::string::npos);  // Russia

  Result path = Irkg({"path", "Moscow", "Ankara", "--db", db, "--level", "state", "--json"});
  CHECK(path.code == 0);
  irkg::testing::CheckGolden("samples.path.json", path.out);
  Result text_path = Irkg({"path", "Russia", "Turkey", "--db", db, "--level", "state"});
  CHECK(text_path.out.rfind("2 hops from Russia [RUS] to Turkey [TUR]:\n", 0) == 0);

  Result near =
      Irkg({"neighbors", "the Kremlin", "--db", db, "--level", "state", "--depth", "1", "--json"});
  CHECK(near.code == 0);
  irkg::testing::CheckGolden("samples.neighbors.json", near.out);

  Result unknown = Irkg({"path", "Rusia", "Atlantis", "--db", db, "--level", "state"});
  CHECK(unknown.code == irkg::cli::kExitUsage);
  CHECK(unknown.err.find("irkg: error: unknown actor 'Rusia' (did you mean: RUS (Russia)") !=
        std::string::npos);
}

TEST_CASE("a missing database is a clear failure, not a new empty one") {
  irkg::testing::TempDir dir;
  Result r = Irkg({"stats", "--db", dir.File("none.db")});
  CHECK(r.code == irkg::cli::kExitFailure);
  CHECK(r.err == "irkg: error: " + dir.File("none.db") +
                     ": no such database (run 'irkg ingest' first, or pass --db)\n");
  CHECK_FALSE(std::filesystem::exists(dir.File("none.db")));
}

TEST_CASE("actors resolve names actors with their affiliation on the date") {
  Result r = Irkg({"actors", "resolve", "The Russian president met Chinese troops in Brussels.",
                   "--date", "2010-06-01"});
  CHECK(r.code == 0);
  CHECK(r.out ==
        "[4,21) Russian president -> dmitry-medvedev (Dmitry Medvedev, person, for RUS, "
        "president)\n"
        "[26,40) Chinese troops -> CHN-MIL (Chinese armed forces, agency, for CHN, MIL)\n"
        "[44,52) Brussels -> EU (European Union, igo)\n");
  Result later =
      Irkg({"actors", "resolve", "The Russian president spoke.", "--date", "2019-04-26", "--json"});
  CHECK(later.out ==
        "[{\"text\":\"Russian president\",\"id\":\"vladimir-putin\",\"label\":\"Vladimir Putin\","
        "\"type\":\"person\",\"affiliation\":\"RUS\",\"role\":\"president\",\"span\":[4,21]}]\n");
  CHECK(Irkg({"actors", "resolve", "A roast turkey for Thanksgiving."}).out == "no actors found\n");
}

TEST_CASE("actors show and search") {
  Result show = Irkg({"actors", "show", "vladimir-putin"});
  CHECK(show.code == 0);
  CHECK(show.out.find("  role: president of RUS, 2012-05-07..\n") != std::string::npos);
  Result members = Irkg({"actors", "show", "NATO", "--json"});
  CHECK(members.out.find("{\"id\":\"FIN\",\"dates\":\"2023-04-04..\"}") != std::string::npos);
  Result search = Irkg({"actors", "search", "congo"});
  CHECK(search.out.find("COD\tstate\t") != std::string::npos);
  CHECK(search.out.find("COG\tstate\t") != std::string::npos);
  Result unknown = Irkg({"actors", "show", "Rusia"});
  CHECK(unknown.code == irkg::cli::kExitUsage);
  CHECK(unknown.err.rfind("irkg: error: unknown actor 'Rusia'", 0) == 0);
}

TEST_CASE("--actors adds a person the shipped data lacks") {
  irkg::testing::TempDir dir;
  irkg::testing::WriteFile(dir.File("my.actors"),
                           "[yury-ushakov]\ntype = person\nlabel = Yury Ushakov\n"
                           "names = Yury Ushakov; Ushakov\naffiliation = RUS\n");
  Result before = Irkg({"actors", "resolve", "Ushakov spoke.", "--date", "2025-02-18"});
  CHECK(before.out == "no actors found\n");
  Result after = Irkg({"actors", "resolve", "Ushakov spoke.", "--date", "2025-02-18", "--actors",
                       dir.File("my.actors")});
  CHECK(after.out == "[0,7) Ushakov -> yury-ushakov (Yury Ushakov, person, for RUS)\n");
  irkg::testing::WriteFile(dir.File("bad.actors"), "[x]\ntype = planet\nlabel = X\n");
  Result bad = Irkg({"actors", "resolve", "Ushakov spoke.", "--actors", dir.File("bad.actors")});
  CHECK(bad.code == irkg::cli::kExitInputErrors);
  CHECK(bad.err == "irkg: " + dir.File("bad.actors") +
                       ":2: unknown actor type 'planet' (expected state, igo, person, agency, "
                       "group or other)\n");
}

TEST_CASE("--actors adds a leader whose office then resolves by date") {
  irkg::testing::TempDir dir;
  irkg::testing::WriteFile(dir.File("my.actors"),
                           "[ishaq-dar]\ntype = person\nlabel = Ishaq Dar\n"
                           "names = Ishaq Dar\nrole = PAK foreign-minister 2024-03-11..\n");
  const std::string text = "The Pakistani foreign minister met Wang Yi.";
  Result before = Irkg({"actors", "resolve", text, "--date", "2024-05-01"});
  CHECK(before.out.rfind("[4,30) Pakistani foreign minister -> PAK-GOV", 0) == 0);
  Result after =
      Irkg({"actors", "resolve", text, "--date", "2024-05-01", "--actors", dir.File("my.actors")});
  CHECK(after.out.rfind("[4,30) Pakistani foreign minister -> ishaq-dar (Ishaq Dar, person, "
                        "for PAK, foreign-minister)",
                        0) == 0);
  Result earlier =
      Irkg({"actors", "resolve", text, "--date", "2024-01-01", "--actors", dir.File("my.actors")});
  CHECK(earlier.out.rfind("[4,30) Pakistani foreign minister -> PAK-GOV", 0) == 0);
  // Every command takes --actors, stats and export included.
  Result stats = Irkg({"stats", "--db", dir.File("none.db"), "--actors", dir.File("my.actors")});
  CHECK(stats.code == irkg::cli::kExitFailure);  // the database is missing, the option is fine
}

TEST_CASE("--actors is repeatable") {
  irkg::testing::TempDir dir;
  irkg::testing::WriteFile(dir.File("a.actors"),
                           "[a-one]\ntype = person\nlabel = A One\nnames = Aone Person\n"
                           "affiliation = RUS\n");
  irkg::testing::WriteFile(dir.File("b.actors"),
                           "[b-two]\ntype = person\nlabel = B Two\nnames = Btwo Person\n"
                           "affiliation = CHN\n");
  Result r = Irkg({"actors", "resolve", "Aone Person met Btwo Person.", "--actors",
                   dir.File("a.actors"), "--actors", dir.File("b.actors")});
  CHECK(r.out ==
        "[0,11) Aone Person -> a-one (A One, person, for RUS)\n"
        "[16,27) Btwo Person -> b-two (B Two, person, for CHN)\n");
}
