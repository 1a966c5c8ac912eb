// The shipped actor and relation data: loads without a single problem, and holds what news needs.
#include <doctest/doctest.h>

#include "irkg/ingest/extractor.h"
#include "shipped_knowledge.h"
#include "test_support.h"

using namespace irkg::ingest;
using irkg::graph::ActorType;
using irkg::graph::ParseDate;

namespace {

const KnowledgeBase& Shipped() {
  const auto& shipped = irkg::testing::Shipped();
  for (const auto& d : shipped.diagnostics) MESSAGE(d.ToString());
  REQUIRE(shipped.diagnostics.empty());
  return *shipped.kb;
}

}  // namespace

TEST_CASE("the shipped data loads without problems") {
  const KnowledgeBase& kb = Shipped();
  size_t states = 0, igos = 0, persons = 0, groups = 0;
  for (const auto& a : kb.actors.actors()) {
    states += a.type == ActorType::kState;
    igos += a.type == ActorType::kIgo;
    persons += a.type == ActorType::kPerson;
    groups += a.type == ActorType::kGroup;
  }
  CHECK(states >= 240);
  CHECK(igos >= 150);
  CHECK(persons >= 1500);
  CHECK(groups >= 30);
  CHECK(kb.relations.size() >= 200);
}

TEST_CASE("the organisations of the foundation issue are present with their acronyms") {
  const KnowledgeBase& kb = Shipped();
  for (const char* id : {"UN", "EU", "NATO", "SCO", "BRICS", "G7", "G20", "APEC", "ASEAN", "AU",
                         "OPEC", "IAEA", "WHO", "WTO", "IMF", "ICC", "OSCE", "GCC", "EAEU"}) {
    CAPTURE(id);
    const auto* a = kb.actors.Find(id);
    REQUIRE(a);
    CHECK(a->type == ActorType::kIgo);
  }
  CHECK(kb.actors.Resolve("Shanghai Cooperation Organisation")->id == "SCO");
  CHECK(kb.actors.Resolve("Group of Twenty")->id == "G20");
  CHECK(kb.actors.Resolve("Asia-Pacific Economic Cooperation")->id == "APEC");
}

TEST_CASE("states resolve from names, capitals, seats of power and demonyms") {
  const KnowledgeBase& kb = Shipped();
  CHECK(kb.actors.Resolve("Russia")->id == "RUS");
  CHECK(kb.actors.Resolve("Moscow")->id == "RUS");
  CHECK(kb.actors.Resolve("the Kremlin")->id == "RUS");
  CHECK(kb.actors.Resolve("Beijing")->id == "CHN");
  CHECK(kb.actors.Resolve("Russian")->id == "RUS");
  CHECK(kb.actors.Resolve("Ivory Coast")->id == "CIV");
  CHECK(kb.actors.Resolve("Côte d'Ivoire")->id == "CIV");
  CHECK(kb.actors.Resolve("Brussels")->id == "EU");
}

TEST_CASE("leaders hold their offices on the right dates") {
  const KnowledgeBase& kb = Shipped();
  CHECK(kb.actors.Holder("RUS", "president", ParseDate("2019-04-26"))->id == "vladimir-putin");
  CHECK(kb.actors.Holder("RUS", "president", ParseDate("2010-06-01"))->id == "dmitry-medvedev");
  CHECK(kb.actors.Holder("CHN", "president", ParseDate("2019-04-26"))->id == "xi-jinping");
  CHECK(kb.actors.Holder("UN", "secretary-general", ParseDate("2010-01-01"))->id == "ban-ki-moon");
  CHECK(kb.actors.Holder("CHN", "spokesperson", ParseDate("2019-02-21")) != nullptr);
}

TEST_CASE("armed groups of the wars of 2011-2026 resolve, with their short forms") {
  const KnowledgeBase& kb = Shipped();
  const std::pair<const char*, const char*> cases[] = {
      {"SDF", "sdf"},
      {"YPJ", "ypj"},
      {"Free Syrian Army", "free-syrian-army"},
      {"Syrian National Army", "syrian-national-army"},
      {"Tahrir al-Sham", "hts"},
      {"Jabhat al-Nusra", "nusra-front"},
      {"Ahrar al-Sham", "ahrar-al-sham"},
      {"Jaysh al-Islam", "jaysh-al-islam"},
      {"Asaib Ahl al-Haq", "asaib-ahl-al-haq"},
      {"Hashd al-Shaabi", "pmf"},
      {"Ansar Allah", "houthis"},
      {"Southern Transitional Council", "stc"},
      {"Libyan National Army", "lna"},
      {"ISGS", "isgs"},
      {"Ansar Dine", "ansar-dine"},
      {"MNLA", "mnla"},
      {"Fano", "fano"},
      {"Arakan Army", "arakan-army"},
      {"Kachin Independence Army", "kia"},
      {"MNDAA", "mndaa"},
      {"TNLA", "tnla"},
      {"Donetsk People's Republic", "dpr"},
      {"Amal Movement", "amal"},
      {"FDLR", "fdlr"},
      {"CODECO", "codeco"},
      {"Naxalites", "naxalites"},
      {"IS-K", "iskp"},
      {"FMLN", "fmln"},
      {"URNG", "urng"},
      {"Contras", "contras"},
      {"ULIMO", "ulimo"},
      {"NPFL", "npfl"},
      {"Seleka", "seleka"},
      {"United Tajik Opposition", "united-tajik-opposition"},
      {"Arakan Rohingya Salvation Army", "arakan-rohingya-salvation-army"},
      {"Maute group", "dawlah-islamiyah-maute-group"},
      {"Gaddafi loyalists", "gaddafi-loyalists"},
      {"Chechen separatists", "chechen-separatists"},
  };
  for (const auto& [name, id] : cases) {
    CAPTURE(name);
    const auto* a = kb.actors.Resolve(name);
    REQUIRE(a);
    CHECK(a->id == id);
    CHECK(a->type == ActorType::kGroup);
  }
  // A state's own forces and governments are the state.
  for (const auto& [name, state] :
       {std::pair{"Tatmadaw", "MMR"}, std::pair{"Peshmerga", "IRQ"},
        std::pair{"Sudanese Armed Forces", "SDN"},
        std::pair{"Government of National Accord", "LBY"}, std::pair{"Africa Corps", "RUS"}}) {
    CAPTURE(name);
    const auto* a = kb.actors.Resolve(name);
    REQUIRE(a);
    CHECK(a->type == ActorType::kAgency);
    CHECK(a->affiliation == state);
  }
}

TEST_CASE("former states keep their ISO 3166-3 codes") {
  const KnowledgeBase& kb = Shipped();
  CHECK(kb.actors.Resolve("Soviet Union")->id == "SUN");
  CHECK(kb.actors.Resolve("USSR")->id == "SUN");
  CHECK(kb.actors.Resolve("the Soviets")->id == "SUN");
  CHECK(kb.actors.Resolve("Soviet")->id == "SUN");
  CHECK(kb.actors.Resolve("Yugoslavia")->id == "YUG");
  CHECK(kb.actors.Resolve("Serbia and Montenegro")->id == "SCG");
  CHECK(kb.actors.Resolve("Czechoslovakia")->id == "CSK");
  CHECK(kb.actors.Resolve("East Germany")->id == "DDR");
  CHECK(kb.actors.Resolve("North Vietnam")->id == "VDR");
  CHECK(kb.actors.Resolve("South Yemen")->id == "YMD");
  CHECK(kb.actors.Resolve("Rhodesia")->id == "RHO");
  for (const char* id : {"SUN", "YUG", "SCG", "CSK", "DDR", "VDR", "YMD", "RHO"}) {
    CAPTURE(id);
    REQUIRE(kb.actors.Find(id));
    CHECK(kb.actors.Find(id)->type == ActorType::kState);
  }
}

TEST_CASE("officials below the heads of government hold their offices on the right dates") {
  const KnowledgeBase& kb = Shipped();
  auto holder = [&](const char* aff, const char* title, const char* date) -> std::string {
    const auto* a = kb.actors.Holder(aff, title, ParseDate(date));
    return a ? a->id : "-";
  };
  CHECK(holder("USA", "security-adviser", "2018-06-01") == "john-bolton");
  CHECK(holder("USA", "security-adviser", "2022-06-01") == "jake-sullivan");
  CHECK(holder("USA", "un-ambassador", "2017-06-01") == "nikki-haley");
  CHECK(holder("RUS", "un-ambassador", "2016-06-01") == "vitaly-churkin");
  CHECK(holder("RUS", "un-ambassador", "2023-06-01") == "vassily-nebenzia");
  CHECK(holder("GBR", "interior-minister", "2021-06-01") == "priti-patel");
  CHECK(holder("DEU", "interior-minister", "2023-06-01") == "nancy-faeser");
  CHECK(holder("IND", "security-adviser", "2020-06-01") == "ajit-doval");
  // The UN has several envoys at once: each is found by name, not by office.
  CHECK(kb.actors.Resolve("Hans Grundberg")->AffiliationOn(ParseDate("2023-06-01")) == "UN");
  CHECK(holder("UNHCR", "head", "2015-06-01") == "antonio-guterres");
  CHECK(holder("UNHCR", "head", "2020-06-01") == "filippo-grandi");
  CHECK(holder("WFP", "head", "2020-06-01") == "david-beasley");
  CHECK(holder("OCHA", "head", "2022-06-01") == "martin-griffiths");
  const auto* pedersen = kb.actors.Resolve("Geir Pedersen");
  REQUIRE(pedersen);
  CHECK(pedersen->AffiliationOn(ParseDate("2020-01-01")) == "UN");
  CHECK(kb.actors.Resolve("Vassily Nebenzia")->AffiliationOn(ParseDate("2022-03-01")) == "RUS");
}
