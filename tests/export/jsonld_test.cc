#include <doctest/doctest.h>
#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <sstream>
#include <string>

#include "irkg/export/event_json.h"
#include "irkg/export/jsonld_writer.h"
#include "test_support.h"

using namespace irkg::graph;

namespace {

ActorGraph TwoStates() {
  ActorGraph g;
  EventRecord e;
  e.source = {"RUS", "Russia", ActorType::kState, "RUS"};
  e.target = {"CHN", "China", ActorType::kState, "CHN"};
  e.relation = Relation::kCooperatesWith;
  e.date = ParseDate("2019-04-26");
  e.via = {{"SCO", "Shanghai Cooperation Organisation", ActorType::kIgo, ""}};
  e.confidence = 0.9;
  g.AddEvent(e, 3);
  e.source = {"xi-jinping", "Xi Jinping", ActorType::kPerson, "CHN"};
  e.target = {"RUS", "Russia", ActorType::kState, "RUS"};
  e.relation = Relation::kConsults;
  e.via.clear();
  g.AddEvent(e, 4);
  return g;
}

}  // namespace

TEST_CASE("JSON-LD output is stable and carries its own context") {
  std::ostringstream out;
  irkg::exporter::WriteJsonLd(TwoStates(), out);
  irkg::testing::CheckGolden("two-states.jsonld", out.str());
  rapidjson::Document doc;
  doc.Parse(out.str().c_str());
  REQUIRE_FALSE(doc.HasParseError());
  CHECK(doc["@context"]["@version"].GetDouble() == 1.1);
  CHECK(std::string(doc["@context"]["irkg"].GetString()) == "urn:irkg:vocab:");
  const auto& nodes = doc["@graph"];
  REQUIRE(nodes.Size() == 5);  // three actors, two relations
  CHECK(std::string(nodes[0]["@id"].GetString()) == "actor:CHN");
  CHECK(std::string(nodes[1]["cooperates-with"][0].GetString()) == "actor:CHN");
  CHECK(std::string(nodes[3]["@type"].GetString()) == "Relation");
  CHECK(std::string(nodes[3]["evidence"][0].GetString()) == "event:0000000000000003");
}

TEST_CASE("an event is one JSON line with exactly the contract's fields") {
  EventRecord e;
  e.article = "a1";
  e.sentence = 2;
  e.date = ParseDate("2019-04-26");
  e.source = {"vladimir-putin", "Vladimir Putin", ActorType::kPerson, "RUS"};
  e.target = {"the-west", "the West", ActorType::kGroup, ""};
  e.relation = Relation::kAccuses;
  e.via = {{"UN", "United Nations", ActorType::kIgo, "UN"}};
  e.negated = false;
  e.mode = Mode::kAsserted;
  e.confidence = 0.6;
  e.text = "He said \"no\".";
  e.span = {10, 23};
  e.rule = "relations.patterns:1 active";
  std::ostringstream out;
  irkg::exporter::WriteEventJson(e, out);
  CHECK(out.str() ==
        "{\"article\":\"a1\",\"sentence\":2,\"date\":\"2019-04-26\",\"source\":{\"id\":\"vladimir-"
        "putin\",\"label\":\"Vladimir Putin\",\"type\":\"person\",\"affiliation\":\"RUS\"},"
        "\"relation\":\"accuses\",\"target\":{\"id\":\"the-west\",\"label\":\"the West\",\"type\":"
        "\"group\",\"affiliation\":null},\"via\":[{\"id\":\"UN\",\"label\":\"United Nations\","
        "\"type\":\"igo\"}],\"negated\":false,\"mode\":\"asserted\",\"confidence\":0.6,\"text\":"
        "\"He said \\\"no\\\".\",\"span\":[10,23],\"rule\":\"relations.patterns:1 active\","
        "\"reported_by\":null}");
  e.reported_by = irkg::graph::ActorRef{"UKR", "Ukraine", ActorType::kState, "UKR"};
  std::ostringstream reported;
  irkg::exporter::WriteEventJson(e, reported);
  CHECK(reported.str().ends_with(
      ",\"reported_by\":{\"id\":\"UKR\",\"label\":\"Ukraine\",\"type\":\"state\","
      "\"affiliation\":\"UKR\"}}"));
}

TEST_CASE("event text is escaped byte for byte as RapidJSON escapes it") {
  // Every control character, quotes and backslashes, and text outside ASCII, at places that
  // fall inside and across 16-byte blocks.
  std::string text = "Kyiv \xe2\x80\x9cquoted\xe2\x80\x9d, a \"plain\" quote, a back\\slash: ";
  for (int c = 0; c < 0x20; ++c) {
    text += static_cast<char>(c);
    text += "word ";
  }
  text += std::string(40, 'x') + "\"" + std::string(17, 'y') + "\\";
  EventRecord e;
  e.text = text;
  std::ostringstream out;
  irkg::exporter::WriteEventJson(e, out);
  rapidjson::StringBuffer expected;
  rapidjson::Writer<rapidjson::StringBuffer> w(expected);
  w.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
  const std::string field = std::string(",\"text\":") + expected.GetString() + ",\"span\":";
  CHECK(out.str().find(field) != std::string::npos);
  rapidjson::Document doc;
  doc.Parse(out.str().c_str());
  REQUIRE_FALSE(doc.HasParseError());
  CHECK(std::string(doc["text"].GetString(), doc["text"].GetStringLength()) == text);
}
