// The irkg command driven in-process through Run(), against golden outputs.
#include "irkg/cli/cli.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <doctest/doctest.h>
#include <rapidjson/document.h>

#include <algorithm>
#include <sstream>

#include "irkg/cli/progress.h"
#include "run_irkg.h"
#include "test_support.h"

using irkg::cli::Run;

namespace {

using Result = irkg::testing::Output;

// irkg with the test data directory, for the commands that take one.
Result Irkg(std::vector<std::string> args, const std::string& input = "") {
  if (args[0] != "help" && args[0] != "stats") {
    args.push_back("--data-dir");
    args.push_back(IRKG_TEST_DATA_DIR);
  }
  return irkg::testing::RunIrkg(args, input);
}

const std::string kSamples = std::string(IRKG_SOURCE_DIR) + "/samples";

}  // namespace

TEST_CASE("help lists every command, unknown commands get a suggestion") {
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
  CHECK(err3.str().rfind("irkg: error: export: --format: pdf not in {graphml,jsonld,gexf}", 0) ==
        0);
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
  // Talks: both sides; sanctions: one event; cricket: none; shelling Kharkiv: Russia assaults
  // Ukraine.
  CHECK(std::count(one.out.begin(), one.out.end(), '\n') == 3000);
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
  Result gexf = Irkg({"export", "--format", "gexf", "--db", db, "--level", "state"});
  CHECK(gexf.code == 0);
  irkg::testing::CheckGolden("samples.state.gexf", gexf.out);
  Result gexf_file = Irkg(
      {"export", "--format", "gexf", "--db", db, "--level", "state", "-o", dir.File("g.gexf")});
  CHECK(gexf_file.code == 0);
  CHECK(gexf_file.err == "wrote gexf (16 actors, 50 relations) to " + dir.File("g.gexf") + "\n");
  CHECK(irkg::testing::ReadFile(dir.File("g.gexf")) == gexf.out);
  CHECK_FALSE(std::filesystem::exists(dir.File("g.gexf.tmp")));
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
        "\"type\":\"person\",\"affiliation\":\"RUS\",\"role\":\"president\","
        "\"stands_for_nobody\":false,\"by_discourse\":false,\"span\":[4,21]}]\n");
  CHECK(Irkg({"actors", "resolve", "A roast turkey for Thanksgiving."}).out == "no actors found\n");
}

TEST_CASE("actors resolve reads mentions in context as extraction does") {
  // An official the text does not place, "the regime" and "the two leaders" take their actors
  // from the article's discourse; a former president stands for nobody.
  Result r = Irkg({"actors", "resolve",
                   "Syria rejected the plan. Senator Joe Bloggs said the regime lied. Former U.S. "
                   "president Jimmy Carter spoke.",
                   "--date", "2020-01-01"});
  CHECK(r.code == 0);
  CHECK(
      r.out ==
      "[0,5) Syria -> SYR (Syria, state)\n"
      "[25,43) Senator Joe Bloggs -> joe-bloggs (Joe Bloggs, person, for SYR, LEG, by the "
      "discourse)\n"
      "[49,59) the regime -> SYR-GOV (Syrian government, agency, for SYR, GOV, by the discourse)\n"
      "[66,100) Former U.S. president Jimmy Carter -> jimmy-carter (Jimmy Carter, person, "
      "standing for nobody here)\n");
  // "Former" reaches the title and name after a former state, not a state after the verb.
  CHECK(Irkg({"actors", "resolve", "Former premier Matteo Renzi objected in Italy.", "--date",
              "2019-01-01"})
            .out ==
        "[0,27) Former premier Matteo Renzi -> matteo-renzi (Matteo Renzi, person, standing for "
        "nobody here)\n"
        "[40,45) Italy -> ITA (Italy, state)\n");
  // A statement in the first person speaks for --speaker.
  Result speech = Irkg({"actors", "resolve", "My Government supports the plan.", "--speaker",
                        "Cyprus", "--date", "2020-01-01"});
  CHECK(speech.out == "[0,2) My -> CYP (Cyprus, state, by the discourse)\n");
  Result unknown = Irkg({"actors", "resolve", "We agree.", "--speaker", "Atlantis"});
  CHECK(unknown.code == irkg::cli::kExitUsage);
  CHECK(unknown.err.find("unknown actor 'Atlantis' for --speaker") != std::string::npos);
}

TEST_CASE("actors resolve places a body named alone in the state of the article") {
  // A court or department the knowledge base lacks belongs to the state the article is about;
  // without one it stands for nobody.
  Result r = Irkg({"actors", "resolve",
                   "Egypt jailed the activist. The Giza Criminal Court rejected his appeal.",
                   "--date", "2014-01-01"});
  CHECK(r.out ==
        "[0,5) Egypt -> EGY (Egypt, state)\n"
        "[31,50) Giza Criminal Court -> EGY-JUD (Egyptian judiciary, agency, for EGY, JUD, by the "
        "discourse)\n");
  CHECK(Irkg({"actors", "resolve", "The Supreme Court ruled. Police said.", "--date", "2014-01-01"})
            .out ==
        "[4,17) Supreme Court -> supreme-court (Supreme Court, agency, standing for nobody here, "
        "JUD, by the discourse)\n");
  // "My Government" is the speaker's, and a subdivision's adjective names its state's body.
  CHECK(Irkg({"actors", "resolve", "My Government and the Scottish Government agree.", "--speaker",
              "Cyprus", "--date", "2019-05-21"})
            .out ==
        "[0,2) My -> CYP (Cyprus, state, by the discourse)\n"
        "[22,41) Scottish Government -> GBR-GOV (British government, agency, for GBR, GOV)\n");
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
                           "[tevita-lopati]\ntype = person\nlabel = Tevita Lopati\n"
                           "names = Tevita Lopati\nrole = TUV foreign-minister 2024-03-11..\n");
  const std::string text = "The Tuvaluan foreign minister met Wang Yi.";
  Result before = Irkg({"actors", "resolve", text, "--date", "2024-05-01"});
  CHECK(before.out.rfind("[4,29) Tuvaluan foreign minister -> TUV-GOV", 0) == 0);
  Result after =
      Irkg({"actors", "resolve", text, "--date", "2024-05-01", "--actors", dir.File("my.actors")});
  CHECK(after.out.rfind("[4,29) Tuvaluan foreign minister -> tevita-lopati (Tevita Lopati, person, "
                        "for TUV, foreign-minister)",
                        0) == 0);
  Result earlier =
      Irkg({"actors", "resolve", text, "--date", "2024-01-01", "--actors", dir.File("my.actors")});
  CHECK(earlier.out.rfind("[4,29) Tuvaluan foreign minister -> TUV-GOV", 0) == 0);
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

TEST_CASE("ingest reports a repeated article id and keeps the first, a changed article is named") {
  irkg::testing::TempDir dir;
  const std::string db = dir.File("irkg.db");
  const std::string news = dir.File("news.jsonl");
  irkg::testing::WriteFile(
      news,
      "{\"id\": \"a\", \"date\": \"2022-02-24\", \"text\": \"Russia invaded Ukraine.\"}\n"
      "{\"id\": \"b\", \"date\": \"2022-02-26\", \"text\": \"Canada imposed sanctions on "
      "Russia.\"}\n"
      "\n"
      "{\"id\": \"a\", \"date\": \"2023-03-21\", \"text\": \"China and Russia held talks.\"}\n");
  Result r = Irkg({"ingest", news, "--db", db});
  CHECK(r.code == irkg::cli::kExitInputErrors);
  CHECK(r.err == "irkg: " + news + ":4: duplicate article id a (first at " + news + ":1)\n");
  CHECK(r.out.rfind("ingested into " + db + ": 2 articles added, 0 replaced, 0 unchanged; ", 0) ==
        0);
  Result evidence = Irkg({"evidence", "Russia", "Ukraine", "--db", db});
  CHECK(evidence.out.find("Russia invaded Ukraine.") != std::string::npos);

  // The same id with new content, in a later run, replaces the stored article and says so.
  irkg::testing::WriteFile(news,
                           "{\"id\": \"a\", \"date\": \"2023-03-21\", \"text\": \"China and Russia "
                           "held talks.\"}\n"
                           "{\"id\": \"b\", \"date\": \"2022-02-26\", \"text\": \"Canada imposed "
                           "sanctions on Russia.\"}\n");
  Result again = Irkg({"ingest", news, "--db", db, "--json"});
  CHECK(again.code == 0);
  CHECK(again.out.find("\"added\":0,\"unchanged\":1,\"replaced\":1,\"replaced_ids\":[\"a\"],"
                       "\"duplicates\":0,") != std::string::npos);
  irkg::testing::WriteFile(news,
                           "{\"id\": \"a\", \"date\": \"2023-03-22\", \"text\": \"China and Russia "
                           "held talks again.\"}\n");
  Result text = Irkg({"ingest", news, "--db", db});
  CHECK(text.out == "ingested into " + db +
                        ": 0 articles added, 1 replaced, 0 unchanged; 2 events stored\n"
                        "replaced (new content under an existing id): a\n");
}

TEST_CASE("text files with one name in two folders are two articles") {
  irkg::testing::TempDir dir;
  std::filesystem::create_directories(dir.path() / "in" / "monday");
  std::filesystem::create_directories(dir.path() / "in" / "tuesday");
  irkg::testing::WriteFile(dir.File("in/monday/report.txt"),
                           "Date: 2022-02-24\nRussia invaded Ukraine.\n");
  irkg::testing::WriteFile(dir.File("in/tuesday/report.txt"),
                           "Date: 2022-02-26\nCanada imposed sanctions on Russia.\n");
  Result r = Irkg({"ingest", dir.File("in"), "--db", dir.File("irkg.db")});
  CHECK(r.code == 0);
  CHECK(r.out.rfind("ingested into " + dir.File("irkg.db") + ": 2 articles added, 0 replaced", 0) ==
        0);
  Result evidence = Irkg({"evidence", "CAN", "RUS", "--db", dir.File("irkg.db"), "--json"});
  CHECK(evidence.out.find("\"article\":\"tuesday/report.txt\"") != std::string::npos);
}

TEST_CASE("ingest creates no database for a missing input and refuses a database not its own") {
  irkg::testing::TempDir dir;
  const std::string db = dir.File("irkg.db");
  Result missing = Irkg({"ingest", kSamples, dir.File("absent.jsonl"), "--db", db});
  CHECK(missing.code == irkg::cli::kExitFailure);
  CHECK(missing.err == "irkg: error: " + dir.File("absent.jsonl") +
                           ": no such file or directory; nothing was ingested\n");
  CHECK_FALSE(std::filesystem::exists(db));

  const std::string other = dir.File("shop.db");
  {
    SQLite::Database shop(other, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    shop.exec("CREATE TABLE orders(id INTEGER PRIMARY KEY, item TEXT)");
  }
  const std::string before = irkg::testing::ReadFile(other);
  for (const char* command : {"ingest", "stats", "neighbors"}) {
    std::vector<std::string> args = {command};
    if (std::string(command) == "ingest") args.push_back(kSamples);
    if (std::string(command) == "neighbors") args.push_back("RUS");
    args.insert(args.end(), {"--db", other});
    Result r = Irkg(args);
    CHECK(r.code == irkg::cli::kExitFailure);
    CHECK(r.err == "irkg: error: " + other +
                       ": not an irkg database (it holds tables orders); it was left untouched\n");
  }
  CHECK(irkg::testing::ReadFile(other) == before);
  CHECK_FALSE(std::filesystem::exists(other + "-wal"));
}

namespace {

// The samples ingested once into a temporary database.
class SampleDb {
 public:
  SampleDb() { REQUIRE(Irkg({"ingest", kSamples, "--db", db_}).code == 0); }
  const std::string& db() const { return db_; }

 private:
  irkg::testing::TempDir dir_;
  std::string db_ = dir_.File("irkg.db");
};

rapidjson::Document Json(const std::string& text) {
  rapidjson::Document doc;
  doc.Parse(text.c_str());
  REQUIRE_FALSE(doc.HasParseError());
  return doc;
}

}  // namespace

TEST_CASE("evidence lists the sentences behind two actors' relations, newest first") {
  SampleDb s;
  Result text = Irkg({"evidence", "Moscow", "Kyiv", "--db", s.db(), "--level", "state"});
  CHECK(text.code == 0);
  CHECK(text.out.rfind("3 events between Russia [RUS] and Ukraine [UKR] (newest first):\n", 0) ==
        0);
  // At the state level the sentence's own actors are shown: the Russian forces.
  CHECK(text.out.find("  2022-02-24  RUS-MIL -assaults-> UKR  article russia-sanctions-2022-02-26 "
                      "sentence 0, confidence 0.90\n") != std::string::npos);
  Result json = Irkg({"evidence", "RUS", "USA", "--db", s.db(), "--level", "state", "--json"});
  rapidjson::Document doc = Json(json.out);
  CHECK(doc["total"].GetUint() == 7);
  const auto& evidence = doc["evidence"];
  REQUIRE(evidence.Size() == 7);
  std::string previous = "9999-12-31";
  for (const auto& e : evidence.GetArray()) {
    std::string date = e["date"].GetString();
    CHECK(date <= previous);
    previous = date;
    CHECK(std::string(e["key"].GetString()).size() == 16);
    CHECK(std::string(e["article_source"].GetString()) == "irkg samples");
    CHECK(e.HasMember("url"));
    CHECK(e["rule"].GetStringLength() > 0);
    CHECK(e["confidence"].GetDouble() > 0);
  }
  // Only the sanctions, and only two of them.
  Result some = Irkg({"evidence", "RUS", "USA", "--db", s.db(), "--level", "state", "--json",
                      "--relation", "sanctions", "--limit", "2"});
  rapidjson::Document few = Json(some.out);
  CHECK(few["total"].GetUint() == 4);
  REQUIRE(few["evidence"].Size() == 2);
  CHECK(std::string(few["evidence"][0]["relation"].GetString()) == "sanctions");
  // The keys are those of the export, and the same after ingesting into another database.
  SampleDb other;
  Result again = Irkg({"evidence", "RUS", "USA", "--db", other.db(), "--level", "state", "--json"});
  CHECK(again.out == json.out);
  Result graphml = Irkg({"export", "--format", "graphml", "--db", s.db(), "--level", "state"});
  CHECK(graphml.out.find(evidence[0]["key"].GetString()) != std::string::npos);
}

TEST_CASE("filters narrow every query, a known actor without relations is said to be one") {
  SampleDb s;
  Result conflict = Irkg({"neighbors", "Russia", "--db", s.db(), "--level", "state", "--relation",
                          "conflict", "--since", "2022-02", "--until", "2022", "--json"});
  CHECK(conflict.code == 0);
  rapidjson::Document doc = Json(conflict.out);
  CHECK(doc["total"].GetUint() == 5);
  for (const auto& n : doc["neighbors"].GetArray()) {
    for (const auto& e : n["edges"].GetArray()) {
      std::string cls = e["class"].GetString();
      CHECK(cls.find("conflict") != std::string::npos);
      CHECK(std::string(e["first_date"].GetString()) >= "2022-02-01");
    }
  }
  // Ranked by events: the EU's seven before anyone else.
  CHECK(std::string(doc["neighbors"][0]["actor"]["id"].GetString()) == "EU");
  Result strong = Irkg({"stats", "--db", s.db(), "--level", "state", "--min-count", "3", "--json"});
  rapidjson::Document stats = Json(strong.out);
  CHECK(stats["edges"].GetUint() < 47);
  CHECK(stats["edges"].GetUint() > 0);
  Result igos = Irkg({"export", "--format", "graphml", "--db", s.db(), "--actor-type", "igo"});
  CHECK(igos.out.find("<edge ") == std::string::npos);  // no relation joins two organisations
  Result states = Irkg({"export", "--format", "graphml", "--db", s.db(), "--actor-type", "igo",
                        "--actor-type", "state"});
  CHECK(states.out.find("<data key=\"type\">person</data>") == std::string::npos);
  CHECK(states.out.find("<data key=\"type\">igo</data>") != std::string::npos);
  CHECK(states.out.find("<data key=\"type\">state</data>") != std::string::npos);

  Result limited = Irkg({"neighbors", "RUS", "--db", s.db(), "--level", "state", "--limit", "2"});
  CHECK(limited.out.rfind("6 actors within 1 hop of Russia [RUS] (the 2 strongest; --limit 0 "
                          "for all):\n  China [CHN] (depth 1, 15 events)\n",
                          0) == 0);

  Result peru = Irkg({"neighbors", "Peru", "--db", s.db(), "--level", "state"});
  CHECK(peru.code == 0);
  CHECK(peru.out == "Peru [PER]: known, no relations in this graph (state level)\n");
  Result none =
      Irkg({"path", "Moscow", "Lima", "--db", s.db(), "--level", "state", "--since", "2020"});
  CHECK(none.out ==
        "no path: Peru [PER]: known, no relations in this graph (state level, with these "
        "filters)\n");
  Result typo = Irkg({"path", "Rusia", "Ukraine", "--db", s.db(), "--level", "state"});
  CHECK(typo.code == irkg::cli::kExitUsage);
  CHECK(typo.err == "irkg: error: unknown actor 'Rusia' (did you mean: RUS (Russia)?)\n");
  Result shown = Irkg({"actors", "show", "Rusia"});
  CHECK(shown.err == "irkg: error: unknown actor 'Rusia' (did you mean: RUS (Russia)?)\n");
  Result bad = Irkg({"path", "RUS", "UKR", "--db", s.db(), "--relation", "war"});
  CHECK(bad.code == irkg::cli::kExitUsage);
  CHECK(bad.err.find("unknown relation or class 'war'") != std::string::npos);
  Result bad_date = Irkg({"top", "--db", s.db(), "--since", "March"});
  CHECK(bad_date.code == irkg::cli::kExitUsage);
  CHECK(bad_date.err.find("expected YYYY, YYYY-MM or YYYY-MM-DD, got 'March'") !=
        std::string::npos);
}

TEST_CASE("path lists every relation of each hop with an example sentence") {
  SampleDb s;
  Result r = Irkg({"path", "Russia", "Turkey", "--db", s.db(), "--level", "state"});
  CHECK(r.code == 0);
  CHECK(r.out.rfind("2 hops from Russia [RUS] to Turkey [TUR]:\n"
                    "  RUS -- USA: 4 relations, 7 events\n"
                    "    USA -sanctions-> RUS  (4x, 2022-02-26)\n",
                    0) == 0);
  CHECK(r.out.find("    e.g. 2022-02-26, article russia-sanctions-2022-02-26 sentence ") !=
        std::string::npos);
  Result limited =
      Irkg({"path", "Russia", "Turkey", "--db", s.db(), "--level", "state", "--limit", "1"});
  CHECK(limited.out.find("    ... 3 more (--limit)\n") != std::string::npos);
  // Walking only conflict edges.
  Result conflict = Irkg({"path", "Canada", "Ukraine", "--db", s.db(), "--level", "state",
                          "--relation", "conflict", "--json"});
  rapidjson::Document doc = Json(conflict.out);
  REQUIRE(doc["path"].IsObject());
  for (const auto& step : doc["path"]["steps"].GetArray()) {
    for (const auto& e : step["relations"].GetArray()) {
      CHECK(std::string(e["class"].GetString()).find("conflict") != std::string::npos);
    }
    CHECK(step["example"].IsObject());
  }
}

TEST_CASE("timeline and top") {
  SampleDb s;
  Result t = Irkg({"timeline", "Russia", "--db", s.db(), "--level", "state", "--by", "year"});
  CHECK(t.code == 0);
  CHECK(t.out ==
        "events of Russia [RUS] per year:\n"
        "period      total  agrees-with  consults  supports  cooperates-with  accuses  rejects  "
        "sanctions  assaults\n"
        "2019            2                      2\n"
        "2022           17                                                          1        2  "
        "       13         1\n"
        "2023           10            1         5         2                2\n"
        "2024            5                      2         3\n");
  Result pair = Irkg(
      {"timeline", "RUS", "UKR", "--db", s.db(), "--level", "state", "--by", "week", "--json"});
  rapidjson::Document doc = Json(pair.out);
  REQUIRE(doc["rows"].Size() == 1);
  CHECK(std::string(doc["rows"][0]["period"].GetString()) == "2022-W08");
  CHECK(doc["rows"][0]["total"].GetUint() == 3);
  CHECK(doc["rows"][0]["relations"]["assaults"].GetUint() == 1);

  Result top = Irkg({"top", "--db", s.db(), "--level", "state", "--limit", "3", "--json"});
  rapidjson::Document ranked = Json(top.out);
  REQUIRE(ranked["actors"].Size() == 3);
  CHECK(std::string(ranked["actors"][0]["actor"]["id"].GetString()) == "RUS");  // 34 events
  CHECK(ranked["actors"][0]["events"].GetUint() == 34);
  CHECK(ranked["actors"][0]["betweenness"].IsNull());
  Result between = Irkg({"top", "--db", s.db(), "--level", "state", "--by", "betweenness"});
  CHECK(between.out.find("   1  United States [USA]") != std::string::npos);
  Result conflict2022 = Irkg({"top", "--db", s.db(), "--level", "state", "--relation", "conflict",
                              "--since", "2022", "--until", "2022", "--by", "pagerank", "--json"});
  rapidjson::Document c = Json(conflict2022.out);
  CHECK(std::string(c["actors"][0]["actor"]["id"].GetString()) == "RUS");
}

TEST_CASE("the progress line is rewritten in place a few times a second, and only on a terminal") {
  double now = 0.0;
  std::ostringstream out;
  irkg::cli::ProgressLine line(out, true, [&now] { return now; });
  line.Update(10, 1000000, 3);  // too soon
  CHECK(out.str() == "");
  now = 2.0;
  line.Update(5000, 4000000, 700);
  CHECK(out.str() == "\r5000 articles, 4.0 MB, 2.0 MB/s, 700 events");
  now = 2.1;
  line.Update(6000, 5000000, 800);  // within a quarter of a second of the last
  now = 4.0;
  line.Update(9, 8000000, 1);
  CHECK(out.str() ==
        "\r5000 articles, 4.0 MB, 2.0 MB/s, 700 events"
        "\r9 articles, 8.0 MB, 2.0 MB/s, 1 events     ");  // 5 spaces cover the longer line
  line.Finish();
  CHECK(out.str().ends_with("\r" + std::string(38, ' ') + "\r"));

  std::ostringstream quiet;
  irkg::cli::ProgressLine off(quiet, false, [&now] { return now; });
  now = 10.0;
  off.Update(1, 1, 1);
  off.Finish();
  CHECK(quiet.str() == "");
}
