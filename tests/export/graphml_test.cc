#include <doctest/doctest.h>

#include <sstream>

#include "irkg/export/graphml_writer.h"
#include "irkg/export/xml_text.h"
#include "test_support.h"

using namespace irkg::graph;

namespace {

// A small graph with the awkward cases: text that needs escaping, invalid UTF-8, via, dates.
ActorGraph SmallGraph() {
  ActorGraph g;
  EventRecord e;
  e.source = {"RUS", "Russia", ActorType::kState, "RUS"};
  e.target = {"CHN", "China", ActorType::kState, "CHN"};
  e.relation = Relation::kCooperatesWith;
  e.date = ParseDate("2019-04-26");
  e.via = {{"SCO", "Shanghai Cooperation Organisation", ActorType::kIgo, ""},
           {"BRICS", "BRICS", ActorType::kIgo, ""}};
  e.confidence = 0.9;
  g.AddEvent(e, 1);
  e.date = ParseDate("2023-03-21");
  e.mode = Mode::kIntended;
  e.via.clear();
  g.AddEvent(e, 5);
  EventRecord odd;
  odd.source = {"x&y", "Tom & \"Jerry\" <Ltd> \x01 \xff", ActorType::kGroup, ""};
  odd.target = {"vladimir-putin", "Vladimir Putin", ActorType::kPerson, "RUS"};
  odd.relation = Relation::kAccuses;
  odd.confidence = 0.5;
  g.AddEvent(odd, 9);
  return g;
}

}  // namespace

TEST_CASE("GraphML output is byte-for-byte stable") {
  std::ostringstream out;
  irkg::exporter::WriteGraphMl(SmallGraph(), out);
  irkg::testing::CheckGolden("small.graphml", out.str());
}

TEST_CASE("XML text is escaped and always valid UTF-8") {
  CHECK(irkg::exporter::XmlEscape("a&b<c>\"d'") == "a&amp;b&lt;c&gt;&quot;d&apos;");
  CHECK(irkg::exporter::XmlEscape("bell\x07tab\t") == "belltab\t");
  CHECK(irkg::exporter::XmlEscape("bad \xC3 byte") == "bad \xEF\xBF\xBD byte");
  CHECK(irkg::exporter::XmlEscape("Côte") == "Côte");
  CHECK(irkg::exporter::ValidUtf8("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
  // In attribute values, tabs and line breaks stay what they are instead of becoming spaces.
  CHECK(irkg::exporter::XmlAttributeEscape("a\tb\nc\rd<&>\"'\x02 \xC3") ==
        "a&#9;b&#10;c&#13;d&lt;&amp;&gt;&quot;&apos; \xEF\xBF\xBD");
}

TEST_CASE("UTF-8 validity is recognised without copying") {
  CHECK(irkg::exporter::IsValidUtf8("plain ascii"));
  CHECK(irkg::exporter::IsValidUtf8("C\xC3\xB4te d\xE2\x80\x99Ivoire"));
  CHECK_FALSE(irkg::exporter::IsValidUtf8("bad \xC3 byte"));
  CHECK_FALSE(irkg::exporter::IsValidUtf8("\xED\xA0\x80"));  // a surrogate
}
