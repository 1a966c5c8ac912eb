// The mention finder on its own: title-case acronyms, government nouns, offices with names the
// knowledge base lacks, and those names found again later in an article.
#include "irkg/ingest/mention_finder.h"

#include <doctest/doctest.h>

#include "shipped_knowledge.h"
#include "test_support.h"

using namespace irkg::ingest;
using irkg::Diagnostics;
using irkg::graph::ParseDate;

namespace {

constexpr const char* kAcronyms = R"(
[NATO]
type = igo
label = NATO
names = NATO

[WHO]
type = igo
label = World Health Organization
names = WHO

[PACE]
type = igo
label = Parliamentary Assembly of the Council of Europe
names = PACE

[GUAM]
type = igo
label = GUAM Organization for Democracy and Economic Development
names = GUAM

[GUM]
type = state
label = Guam
names = Guam

[islamic-state]
type = group
label = Islamic State
names = ISIS; ISIL
)";

// Each mention as "text -> id" ("text -> ?anaphor" for pronouns), in text order.
std::vector<std::string> Describe(const std::string& text, const char* date,
                                  const ActorDictionary& dict) {
  const TokenizedText tokenized = Tokenize(text);
  const auto& tokens = tokenized.tokens;
  std::vector<std::string> out;
  for (const Mention& m : FindMentions(tokens, text, ParseDate(date), dict)) {
    std::string surface =
        text.substr(tokens[m.first].begin, tokens[m.last - 1].end - tokens[m.first].begin);
    std::string who =
        m.kind == MentionKind::kPronoun
            ? (m.anaphor == Anaphor::kGovernment ? "?government" : "?other")
            : m.actor.id + (m.actor.affiliation.empty() || m.actor.affiliation == m.actor.id
                                ? ""
                                : " for " + m.actor.affiliation);
    out.push_back(surface + " -> " + who);
  }
  return out;
}

}  // namespace

TEST_CASE("acronyms of four letters or more match in title case, unless they spell a word") {
  Diagnostics diagnostics;
  ActorDictionary dict;
  dict.LoadActorText(kAcronyms, "test.actors", diagnostics);
  dict.LoadWordText("# words\npace\n", "test.words", diagnostics);
  dict.Finish(diagnostics);
  CHECK(diagnostics.empty());
  CHECK(Describe("Nato warned Isis and Isil in a statement.", "2019-01-01", dict) ==
        std::vector<std::string>{"Nato -> NATO", "Isis -> islamic-state", "Isil -> islamic-state"});
  // Three letters ("Who"), a listed word ("Pace"), another actor's name ("Guam"), lower case.
  CHECK(Describe("Who said Pace met in Guam, where nato and isis is weak?", "2019-01-01", dict) ==
        std::vector<std::string>{"Guam -> GUM"});
  CHECK(Describe("WHO, PACE and GUAM met.", "2019-01-01", dict) ==
        std::vector<std::string>{"WHO -> WHO", "PACE -> PACE", "GUAM -> GUAM"});
}

TEST_CASE("word lists are checked") {
  Diagnostics diagnostics;
  ActorDictionary dict;
  dict.LoadWordText("pace\ntwo words\n", "test.words", diagnostics);
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].ToString() == "test.words:2: expected one word, got 'two words'");
}

TEST_CASE("government nouns: 'the regime' refers back, 'the Assad regime' names the state") {
  const ActorDictionary& dict = irkg::testing::Shipped().kb->actors;
  CHECK(Describe("The regime denied the report.", "2016-05-01", dict) ==
        std::vector<std::string>{"The regime -> ?government"});
  CHECK(Describe("Rebels said the junta and the administration lied.", "2016-05-01", dict) ==
        std::vector<std::string>{"the junta -> ?government", "the administration -> ?government"});
  CHECK(Describe("The Assad regime and the regime in Damascus are one.", "2016-05-01", dict) ==
        std::vector<std::string>{"Assad regime -> SYR-GOV for SYR",
                                 "regime in Damascus -> SYR-GOV for SYR"});
  // No one in office has that surname on the date: nothing.
  CHECK(Describe("The Smith regime fell.", "2016-05-01", dict).empty());
}

TEST_CASE("offices with names the knowledge base lacks keep the name and the affiliation") {
  const ActorDictionary& dict = irkg::testing::Shipped().kb->actors;
  CHECK(Describe("UN envoy Staffan de Mistura met Senator Jane Ostrowski.", "2016-02-01", dict) ==
        std::vector<std::string>{"UN envoy Staffan de Mistura -> staffan-de-mistura for UN",
                                 "Senator Jane Ostrowski -> jane-ostrowski"});
  // An appositive name wins over the office's holder on the article's date.
  CHECK(Describe("In 1972 the US president, Richard Nixon, visited Beijing.", "2019-03-01", dict) ==
        std::vector<std::string>{"US president, Richard Nixon -> richard-nixon "
                                 "for USA",
                                 "Beijing -> CHN"});
  CHECK(Describe("The foreign minister, Sergei Lavrov, flew to Ankara.", "2019-03-01", dict) ==
        std::vector<std::string>{"foreign minister, Sergei Lavrov -> sergey-lavrov for RUS",
                                 "Ankara -> TUR"});
  // A list is no apposition.
  CHECK(Describe("The US president, Russia and China met.", "2019-03-01", dict) ==
        std::vector<std::string>{"US president -> donald-trump for USA", "Russia -> RUS",
                                 "China -> CHN"});
}

TEST_CASE("state bodies in capitals, offices of places, and the state named after an official") {
  const ActorDictionary& dict = irkg::testing::Shipped().kb->actors;
  // A demonym before capitalised words ending in a role word is the state, not part of a
  // private name; every untitled government role word gives the one label.
  CHECK(Describe("The French Health Ministry and the Colombian Civil Aviation Authority spoke.",
                 "2020-03-01", dict) ==
        std::vector<std::string>{"French Health Ministry -> FRA-GOV for FRA",
                                 "Colombian Civil Aviation Authority -> COL-GOV for COL"});
  auto mentions = FindMentions(Tokenize("The Syrian finance ministry said.").tokens,
                               "The Syrian finance ministry said.", ParseDate("2020-03-01"), dict);
  REQUIRE(mentions.size() == 1);
  CHECK(mentions[0].actor.label == "Syrian government");
  // A private name stays no actor; armed forces are left to the names of groups.
  CHECK(Describe("British Airways flew on.", "2020-03-01", dict).empty());
  // The office or police of a place is its state's.
  CHECK(Describe("The Kharkiv police and Kharkiv Governor Oleh Syniehubov said.", "2022-03-01",
                 dict) ==
        std::vector<std::string>{"Kharkiv police -> UKR-COP for UKR",
                                 "Kharkiv Governor Oleh Syniehubov -> oleh-syniehubov for UKR"});
  // "Mayor X of Greece's ...": the state after the name.
  CHECK(Describe("Mayor Yiannis Boutaris of Greece's Thessaloniki spoke.", "2018-03-01", dict) ==
        std::vector<std::string>{"Mayor Yiannis Boutaris -> yiannis-boutaris for GRC",
                                 "Greece -> GRC"});
}

TEST_CASE("an honorific and a surname name the one person in office with it that day") {
  const ActorDictionary& dict = irkg::testing::Shipped().kb->actors;
  CHECK(Describe("Congratulations to Mr. Thomson.", "2016-09-20", dict) ==
        std::vector<std::string>{"Mr. Thomson -> peter-thomson for UN"});
  // No one in office that day has the surname: nothing.
  CHECK(Describe("Mr. Ostrowski spoke.", "2016-09-20", dict).empty());
}

TEST_CASE("a person named once is found again by name or surname later in the article") {
  const ActorDictionary& dict = irkg::testing::Shipped().kb->actors;
  const std::string first = "UN envoy Staffan de Mistura arrived in Damascus.";
  const std::string second = "De Mistura met rebels, and Mistura then left; Smith stayed.";
  IntroducedNames names;
  const TokenizedText t1 = Tokenize(first);
  CollectIntroducedNames(FindMentions(t1.tokens, first, ParseDate("2016-02-01"), dict), names);
  REQUIRE(names.names.size() == 1);
  CHECK(names.names[0].keys == std::vector<std::string>{"staffan", "de", "mistura"});
  const TokenizedText t2 = Tokenize(second);
  auto mentions = FindMentions(t2.tokens, second, ParseDate("2016-02-01"), dict);
  FindIntroducedNames(t2.tokens, names, mentions);
  std::vector<std::string> got;
  for (const Mention& m : mentions) {
    got.push_back(second.substr(t2.tokens[m.first].begin,
                                t2.tokens[m.last - 1].end - t2.tokens[m.first].begin) +
                  " -> " + m.actor.id + " for " + m.actor.affiliation);
  }
  CHECK(got == std::vector<std::string>{"De Mistura -> staffan-de-mistura for UN",
                                        "Mistura -> staffan-de-mistura for UN"});
}

TEST_CASE("a title with '-elect' or '-designate' names no one in office") {
  const ActorDictionary& dict = irkg::testing::Shipped().kb->actors;
  const std::vector<std::string> m =
      Describe("U.S. president-elect Donald Trump spoke.", "2025-01-07", dict);
  REQUIRE(!m.empty());
  CHECK(m.front() == "U.S. president -> USA-GOV for USA");
  CHECK(m.back() == "Donald Trump -> donald-trump for USA");
}

TEST_CASE("a number or determiner opening a sentence is no part of a name") {
  const ActorDictionary& dict = irkg::testing::Shipped().kb->actors;
  CHECK(Describe("Fifteen Armenian soldiers are killed.", "2022-09-13", dict) ==
        std::vector<std::string>{"Fifteen Armenian soldiers -> ARM-MIL for ARM"});
  CHECK(Describe("Cambodia supports a Palestinian State.", "2020-01-01", dict) ==
        std::vector<std::string>{"Cambodia -> KHM", "Palestinian State -> PSE"});
}

TEST_CASE("combining forms name their actor only before a hyphen and another actor") {
  Diagnostics diagnostics;
  ActorDictionary dict;
  dict.LoadActorText(R"(
[CHN]
type = state
label = China
names = China
adjectives = Chinese
combining-forms = Sino

[IND]
type = state
label = India
names = India
adjectives = Indian
combining-forms = Indo-Pakistani

[PAK]
type = state
label = Pakistan
names = Pakistan
adjectives = Pakistani

[KOR]
type = state
label = South Korea
names = South Korea
combining-forms = inter-Korean

[PRK]
type = state
label = North Korea
names = North Korea
combining-forms = inter-Korean
)",
                     "test.actors", diagnostics);
  dict.Finish(diagnostics);
  CHECK(diagnostics.empty());
  CHECK(
      Describe("Sino-Indian talks and the Indo-Pakistani war.", "1971-12-01", dict) ==
      std::vector<std::string>{"Sino -> CHN", "Indian -> IND", "Indo -> IND", "Pakistani -> PAK"});
  CHECK(Describe("The inter-Korean summit.", "2018-04-27", dict) ==
        std::vector<std::string>{"inter -> KOR", "Korean -> PRK"});
  // Not alone, not before a word that names no actor, not before a word the form is not for,
  // not twice for one actor.
  CHECK(Describe("Sino, Sino-Metals, Indo-China, Indo-Pacific and Sino-Chinese.", "2019-01-01",
                 dict) == std::vector<std::string>{"China -> CHN", "Chinese -> CHN"});
  // A form is one word.
  dict.LoadActorText("[X]\ntype = state\nlabel = X\ncombining-forms = Two words\n", "bad.actors",
                     diagnostics);
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].line == 4);
}
