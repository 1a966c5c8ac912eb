// Reading PETRARCH-2 / CAMEO actor dictionaries: a hand-written snippet, and the production
// Phoenix files of ../shared/dictionaries/petrarch2 (read by path, never copied).
#include "irkg/ingest/cameo_actors.h"

#include <doctest/doctest.h>

#include <filesystem>

#include "irkg/ingest/extractor.h"
#include "irkg/ingest/strings.h"
#include "test_support.h"

using namespace irkg::ingest;
using irkg::Diagnostics;
using irkg::graph::Actor;
using irkg::graph::ActorType;
using irkg::graph::ParseDate;

namespace {

// Written for this test in the format of ../shared/dictionaries/README.md, section 3.
constexpr std::string_view kSnippet =
    "# a comment\n"
    "<!-- a block\n"
    "comment -->\n"
    "FREEDONIA_ [FRD]\n"
    "+FREEDONIAN_\n"
    "RUFUS_T._FIREFLY_  # a leader\n"
    "+FIREFLY_\n"
    "\t[FRDELI 310101-330101]\n"
    "\t[FRDGOV 330101-351231]\n"
    "\t[FRDELI]\n"
    "THE_UNITED_NATIONS_ [IGOUNO]\n"
    "UN_CHILDREN'S_FUND [IGOUNOKID]\n"
    "FREEDONIAN_ARMY_ [FRDMIL]\n"
    "SYLVANIAN_LIBERATION_FRONT_(SLF)_ [IMGSYL]\n"
    "+SLF_\n"
    "ACME_CORPORATION_ [MNCUSA]\n"
    "ORPHAN_PHRASE_\n"
    "BROKEN_DATE_ [FRDGOV 9913-000101]\n"
    "TRENTINO_ [FRDGOV 330101-351231][IGOUNO >20070101]\n"
    "+AMBASSADOR_TRENTINO_\n";

const Actor* Get(const std::vector<Actor>& actors, std::string_view id) {
  for (const Actor& a : actors) {
    if (a.id == id) return &a;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("CAMEO actor dictionaries are told from irkg actor files") {
  CHECK(LooksLikeCameoActors(kSnippet));
  CHECK(LooksLikeCameoActors("# x\nAFGHANISTAN_ [AFG]\n"));
  CHECK_FALSE(LooksLikeCameoActors("# x\n[RUS]\ntype = state\n"));
  CHECK_FALSE(LooksLikeCameoActors("\n# only comments\n"));
}

TEST_CASE("CAMEO entries: phrases, synonyms, code blocks, dates and errors as file:line") {
  Diagnostics diagnostics;
  auto entries = ParseCameoActors(kSnippet, "snippet.txt", diagnostics);
  // An entry is closed when the next one starts: the orphan's message follows the bad date's.
  REQUIRE(diagnostics.size() == 3);
  CHECK(diagnostics[0].ToString() ==
        "snippet.txt:18: invalid date restriction '9913-000101' (expected <YYMMDD, >YYMMDD or "
        "YYMMDD-YYMMDD, years of 2 or 4 digits)");
  CHECK(diagnostics[1].ToString() == "snippet.txt:17: actor phrase 'ORPHAN_PHRASE_' has no code");
  CHECK(diagnostics[2].ToString() == "snippet.txt:18: actor phrase 'BROKEN_DATE_' has no code");
  REQUIRE(entries.size() == 8);
  CHECK(entries[0].phrases == std::vector<std::string>{"FREEDONIA_", "FREEDONIAN_"});
  const CameoEntry& firefly = entries[1];
  CHECK(firefly.line == 6);
  REQUIRE(firefly.codes.size() == 3);
  CHECK(firefly.codes[1].code == "FRDGOV");
  CHECK(firefly.codes[1].dated);
  CHECK(firefly.codes[1].dates.ToString() == "1933-01-01..1935-12-31");
  CHECK_FALSE(firefly.codes[2].dated);
  CHECK(entries.back().codes.size() == 2);
  CHECK(entries.back().codes[1].dates.ToString() == "2007-01-01..");
}

TEST_CASE("CAMEO codes map to irkg ids: states, organisations, roles") {
  CHECK(InterpretCameoCode("RUSGOV").base == "RUS");
  CHECK(InterpretCameoCode("RUSGOV").roles == std::vector<std::string>{"GOV"});
  CHECK(InterpretCameoCode("USR").base == "SUN");
  CHECK(InterpretCameoCode("KSVGOV").base == "XKX");
  CHECK(InterpretCameoCode("IGOUNO").base == "UN");
  CHECK(InterpretCameoCode("IGOUNOKID").base == "UNICEF");
  CHECK(InterpretCameoCode("IGOUNOBUS").base == "UN");
  CHECK(InterpretCameoCode("IGOUNOBUS").roles == std::vector<std::string>{"BUS"});
  CHECK(InterpretCameoCode("IGOWSTNAT").base == "NATO");
  CHECK(InterpretCameoCode("IGOEUREEC").base == "EU");
  CHECK(InterpretCameoCode("IMGMUSALQ").kind == "IMG");
  CHECK(InterpretCameoCode("IMGMUSALQ").base.empty());
  CHECK(InterpretCameoCode("MEAREB").kind == "region");
  CHECK(InterpretCameoCode("---").base.empty());
  CHECK(CameoPhraseToName("THE_UNITED_NATIONS_") == "the United Nations");
  CHECK(CameoPhraseToName("BAN_KI-MOON_") == "Ban Ki-Moon");
  CHECK(CameoPhraseToName("U.N._") == "U.N.");
  CHECK(CameoPhraseToName("ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_") == "Aden Abyan Islamic Army");
}

TEST_CASE("CAMEO entries become irkg actors") {
  Diagnostics diagnostics;
  auto actors = CameoActorsToIrkg(ParseCameoActors(kSnippet, "snippet.txt", diagnostics),
                                  "snippet.txt", diagnostics);
  CHECK(diagnostics.size() == 3);  // the three of the parse
  const Actor* frd = Get(actors, "FRD");
  REQUIRE(frd);
  CHECK(frd->type == ActorType::kState);
  CHECK(frd->names == std::vector<std::string>{"Freedonia", "Freedonian"});
  const Actor* firefly = Get(actors, "rufus-t-firefly");
  REQUIRE(firefly);
  CHECK(firefly->type == ActorType::kPerson);
  CHECK(firefly->names == std::vector<std::string>{"Rufus T. Firefly", "Firefly"});
  REQUIRE(firefly->roles.size() == 1);  // ELI (a former official) is no office
  CHECK(firefly->roles[0].affiliation == "FRD");
  CHECK(firefly->roles[0].title == "official");
  CHECK(firefly->AffiliationOn(ParseDate("1934-06-01")) == "FRD");
  const Actor* trentino = Get(actors, "trentino");
  REQUIRE(trentino);
  REQUIRE(trentino->roles.size() == 2);
  CHECK(trentino->roles[1].affiliation == "UN");
  CHECK(Get(actors, "UN")->names == std::vector<std::string>{"the United Nations"});
  CHECK(Get(actors, "UNICEF")->names == std::vector<std::string>{"Un Children's Fund"});
  const Actor* army = Get(actors, "FRD-MIL");
  REQUIRE(army);
  CHECK(army->type == ActorType::kAgency);
  CHECK(army->affiliation == "FRD");
  const Actor* slf = Get(actors, "sylvanian-liberation-front");
  REQUIRE(slf);
  CHECK(slf->type == ActorType::kGroup);
  CHECK(slf->names == std::vector<std::string>{"Sylvanian Liberation Front", "Slf"});
  CHECK_FALSE(Get(actors, "acme-corporation"));  // companies are no actors
}

TEST_CASE("--actors reads a CAMEO file: new names join irkg's records, which keep their roles") {
  irkg::testing::TempDir dir;
  const std::string path = dir.File("extra.actors.txt");
  irkg::testing::WriteFile(path,
                           "VLADIMIR_PUTIN_\n+VOVA_PUTIN_\n\t[RUSGOV >20000507]\n"
                           "NEW_FREEDONIA_ [FRA]\n");
  Diagnostics diagnostics;
  auto kb = LoadKnowledgeBase({IRKG_TEST_DATA_DIR, {path}, {}}, diagnostics);
  CHECK(diagnostics.empty());
  const Actor* putin = kb->actors.Resolve("Vova Putin");
  REQUIRE(putin);
  CHECK(putin->id == "vladimir-putin");
  CHECK(kb->actors.Holder("RUS", "president", ParseDate("2019-04-26")) == putin);
  CHECK(kb->actors.Resolve("New Freedonia")->id == "FRA");
}

TEST_CASE("the Phoenix dictionaries of PETRARCH-2 read with counts that match their README") {
  namespace fs = std::filesystem;
  const std::string dir = std::string(IRKG_SHARED_DIR) + "/dictionaries/petrarch2/";
  if (!fs::exists(dir + "Phoenix.Countries.actors.txt")) {
    MESSAGE("skipped: " << dir << " not found");
    return;
  }
  struct Expect {
    const char* file;
    size_t min_entries, max_entries;
  };
  // README: 18,390 / 7,841 / 1,021 primary entries (primary lines with no code are reported).
  for (const Expect& e : {Expect{"Phoenix.Countries.actors.txt", 18000, 18400},
                          Expect{"Phoenix.International.actors.txt", 7700, 7841},
                          Expect{"Phoenix.MilNonState.actors.txt", 1000, 1021}}) {
    CAPTURE(e.file);
    Diagnostics diagnostics;
    auto entries = ParseCameoActors(ReadTextFile(dir + e.file), e.file, diagnostics);
    CHECK(entries.size() >= e.min_entries);
    CHECK(entries.size() <= e.max_entries);
    CHECK(diagnostics.size() < 200);
  }
  Diagnostics diagnostics;
  auto kb = LoadKnowledgeBase(
      {IRKG_TEST_DATA_DIR,
       {dir + "Phoenix.Countries.actors.txt", dir + "Phoenix.International.actors.txt",
        dir + "Phoenix.MilNonState.actors.txt"},
       {}},
      diagnostics);
  CHECK(kb->actors.actors().size() > 20000);
  // Known actors: a name of a state, a leader with a dated office, an organisation, a group.
  CHECK(kb->actors.Resolve("Afghanistan")->id == "AFG");
  const Actor* jospin = kb->actors.Resolve("Lionel Jospin");
  REQUIRE(jospin);
  CHECK(jospin->AffiliationOn(ParseDate("1999-01-01")) == "FRA");
  CHECK(kb->actors.Resolve("UN Secretary General")->id == "UN");
  CHECK(kb->actors.Resolve("Abu Nidal Organization")->type == ActorType::kGroup);
  CHECK(kb->actors.Holder("RUS", "president", ParseDate("2019-04-26"))->id == "vladimir-putin");
}
