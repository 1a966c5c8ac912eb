#include "irkg/ingest/actor_dictionary.h"

#include <doctest/doctest.h>

#include "test_support.h"

using namespace irkg::ingest;
using irkg::Diagnostics;
using irkg::graph::ParseDate;

namespace {

constexpr const char* kActors = R"(# test actors
[RUS]
type = state
label = Russia
names = Russia; Russian Federation
adjectives = Russian
metonyms = Moscow; the Kremlin

[UN]
type = igo
label = United Nations
names = United Nations; UN
members = RUS 1945-10-24..

[vladimir-putin]
type = person
label = Vladimir Putin
names = Vladimir Putin; Putin
role = RUS prime-minister 1999-08-16..2000-05-07
role = RUS president 2000-05-07..2008-05-07
role = RUS prime-minister 2008-05-08..2012-05-07
role = RUS president 2012-05-07..

[dmitry-medvedev]
type = person
label = Dmitry Medvedev
names = Dmitry Medvedev; Medvedev
role = RUS president 2008-05-07..2012-05-07
)";

ActorDictionary Load(const std::string& text, Diagnostics& diagnostics) {
  ActorDictionary dict;
  dict.LoadActorText(text, "test.actors", diagnostics);
  dict.Finish(diagnostics);
  return dict;
}

}  // namespace

TEST_CASE("actor records load with names, dated roles and memberships") {
  Diagnostics diagnostics;
  ActorDictionary dict = Load(kActors, diagnostics);
  CHECK(diagnostics.empty());
  REQUIRE(dict.Find("RUS"));
  CHECK(dict.Find("RUS")->label == "Russia");
  REQUIRE(dict.Find("RUS")->memberships.size() == 1);
  CHECK(dict.Find("RUS")->memberships[0].organisation == "UN");
  const auto* putin = dict.Find("vladimir-putin");
  REQUIRE(putin);
  CHECK(putin->RoleOn(ParseDate("2010-01-01"))->title == "prime-minister");
  CHECK(putin->RoleOn(ParseDate("2019-04-26"))->title == "president");
  CHECK(putin->AffiliationOn(ParseDate("2019-04-26")) == "RUS");
  CHECK(dict.Holder("RUS", "president", ParseDate("2010-01-01"))->id == "dmitry-medvedev");
  CHECK(dict.Holder("RUS", "president", ParseDate("2019-04-26"))->id == "vladimir-putin");
  CHECK(dict.Holder("RUS", "president", ParseDate("1999-01-01")) == nullptr);
}

TEST_CASE("actors resolve from ids, names, adjectives and metonyms") {
  Diagnostics diagnostics;
  ActorDictionary dict = Load(kActors, diagnostics);
  CHECK(dict.Resolve("Russia")->id == "RUS");
  CHECK(dict.Resolve("rus")->id == "RUS");
  CHECK(dict.Resolve("Moscow")->id == "RUS");
  CHECK(dict.Resolve("Kremlin")->id == "RUS");
  CHECK(dict.Resolve("the Kremlin")->id == "RUS");
  CHECK(dict.Resolve("putin")->id == "vladimir-putin");
  CHECK(dict.Resolve("Atlantis") == nullptr);
  auto found = dict.Search("russ", 5);
  REQUIRE_FALSE(found.empty());
  CHECK(found[0]->id == "RUS");
}

TEST_CASE("bad actor lines are reported with file and line, and the rest still loads") {
  Diagnostics diagnostics;
  ActorDictionary dict = Load(R"([CHN]
type = state
label = China
colour = red
role = CHN emperor 1900..1911

[bad id!]
type = state
label = Nowhere

[XKX]
type = country
label = Kosovo

[FRA]
type = state
label = France
member = EU 1958..1957

[CHN]
type = state
label = China again

[xi-jinping]
type = person
label = Xi Jinping
role = CHN president 2013-03-14..
wikidata = 15031
this line has no equals sign
[SWE]
type = state

[NOR]
label = Norway

[JOR]
type = state
label = Jordan
descriptions = Kingdom; Hashemite kingdom
)",
                              diagnostics);
  std::vector<std::string> messages;
  for (const auto& d : diagnostics) messages.push_back(d.ToString());
  CHECK(messages == std::vector<std::string>{
                        "test.actors:4: unknown key 'colour'",
                        "test.actors:5: unknown title 'emperor'",
                        "test.actors:7: invalid actor id 'bad id!'",
                        "test.actors:12: unknown actor type 'country' (expected state, igo, "
                        "person, agency, group or other)",
                        "test.actors:18: invalid date range '1958..1957' (expected FROM..TO with "
                        "dates YYYY, YYYY-MM or YYYY-MM-DD, FROM not after TO)",
                        "test.actors:20: duplicate actor id CHN (first defined at test.actors:1)",
                        "test.actors:28: invalid Wikidata id '15031'",
                        "test.actors:29: expected 'key = value' or '[ID]'",
                        "test.actors:30: actor SWE has no label",
                        "test.actors:33: actor NOR has no type",
                        "test.actors:39: a description is one noun, got 'Hashemite kingdom'",
                    });
  REQUIRE(dict.Find("JOR"));
  CHECK(dict.Find("JOR")->descriptions == std::vector<std::string>{"kingdom"});
  CHECK(dict.Find("CHN")->label == "China");
  CHECK(dict.Find("FRA"));
  CHECK(dict.Find("xi-jinping"));
  CHECK_FALSE(dict.Find("XKX"));
}

TEST_CASE("user files override shipped records with the same id") {
  Diagnostics diagnostics;
  ActorDictionary dict;
  dict.LoadActorText(kActors, "shipped.actors", diagnostics);
  dict.LoadActorText(
      "[newleader]\ntype = person\nlabel = New Leader\nrole = RUS president 2030..\n"
      "[RUS]\ntype = state\nlabel = Russian Federation\nnames = Rossiya\n",
      "user.actors", diagnostics, /*override_existing=*/true);
  dict.Finish(diagnostics);
  CHECK(diagnostics.empty());
  CHECK(dict.Find("RUS")->label == "Russian Federation");
  CHECK(dict.Resolve("Rossiya")->id == "RUS");
  CHECK(dict.Holder("RUS", "president", ParseDate("2031-01-01"))->id == "newleader");
}

TEST_CASE("agent lines are checked") {
  Diagnostics diagnostics;
  ActorDictionary dict;
  dict.LoadAgentText(
      "GOV\tpresident\tpresident\nMIL\t-\tarmy; troops\nGOV\tczar\tczar\nbroken line\n",
      "roles.agents", diagnostics);
  REQUIRE(diagnostics.size() == 2);
  CHECK(diagnostics[0].ToString() == "roles.agents:3: unknown title 'czar'");
  CHECK(diagnostics[1].ToString() == "roles.agents:4: expected 'CODE<TAB>TITLE or -<TAB>phrases'");
}
