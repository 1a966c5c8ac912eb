#include <doctest/doctest.h>

#include <sstream>
#include <string>

#include "irkg/export/gexf_writer.h"
#include "irkg/export/xml_text.h"
#include "test_support.h"

using namespace irkg::graph;

namespace {

ActorRef Russia() { return {"RUS", "Russia", ActorType::kState, "RUS"}; }
ActorRef China() { return {"CHN", "China", ActorType::kState, "CHN"}; }

void Add(ActorGraph& g, const ActorRef& source, Relation relation, const ActorRef& target,
         const char* date, uint64_t key) {
  EventRecord e;
  e.source = source;
  e.target = target;
  e.relation = relation;
  if (date) e.date = ParseDate(date);
  e.confidence = 0.8;
  g.AddEvent(e, key);
}

// Two relations between the same pair (one of them over a run of months and across a year),
// an actor whose label needs escaping, and a relation without a date.
ActorGraph NewsGraph() {
  ActorGraph g;
  Add(g, Russia(), Relation::kCooperatesWith, China(), "2019-04-26", 1);
  Add(g, Russia(), Relation::kCooperatesWith, China(), "2019-05-03", 2);
  Add(g, Russia(), Relation::kCooperatesWith, China(), "2019-12-31", 3);
  Add(g, Russia(), Relation::kCooperatesWith, China(), "2020-01-02", 4);
  Add(g, Russia(), Relation::kCooperatesWith, China(), "2020-02-10", 5);
  Add(g, Russia(), Relation::kConsults, China(), "2019-07-01", 6);
  Add(g, Russia(), Relation::kConsults, China(), "2019-07-31", 7);
  const ActorRef odd{"x&y", "Tom & \"Jerry\" <Ltd>\x01\ttab\nline \xff", ActorType::kGroup, ""};
  Add(g, odd, Relation::kAccuses, China(), nullptr, 8);
  Add(g, Russia(), Relation::kAssaults, {"UKR", "Ukraine", ActorType::kState, "UKR"}, "2022-02-24",
      9);
  g.Finish();
  return g;
}

std::string Gexf(const ActorGraph& g) {
  std::ostringstream out;
  irkg::exporter::WriteGexf(g, out);
  return out.str();
}

// The element that starts with `start`, up to and including `end`; empty when absent.
std::string Element(const std::string& xml, const std::string& start, const std::string& end) {
  const size_t from = xml.find(start);
  if (from == std::string::npos) return "";
  const size_t to = xml.find(end, from);
  if (to == std::string::npos) return "";
  return xml.substr(from, to + end.size() - from);
}

size_t Count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("GEXF output is byte-for-byte stable") {
  irkg::testing::CheckGolden("news.gexf", Gexf(NewsGraph()));
}

TEST_CASE("GEXF declares a directed dynamic graph with dates and the GraphML attributes") {
  const std::string xml = Gexf(NewsGraph());
  CHECK(
      xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf "
                      "xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" "
                      "version=\"1.3\">\n"));
  CHECK(xml.find("\n  <graph defaultedgetype=\"directed\" mode=\"dynamic\" "
                 "timeformat=\"date\">\n") != std::string::npos);
  const std::string nodes = Element(xml, "<attributes class=\"node\"", "</attributes>");
  CHECK(nodes ==
        "<attributes class=\"node\" mode=\"static\">\n"
        "      <attribute id=\"type\" title=\"type\" type=\"string\"/>\n"
        "      <attribute id=\"affiliation\" title=\"affiliation\" type=\"string\"/>\n"
        "    </attributes>");
  const std::string edges = Element(xml, "<attributes class=\"edge\"", "</attributes>");
  for (const char* declared :
       {"\"relation\" title=\"relation\" type=\"string\"", "\"plover\" title=\"plover\"",
        "\"class\" title=\"class\"", "\"intensity\" title=\"intensity\" type=\"double\"",
        "\"count\" title=\"count\" type=\"integer\"", "\"first_date\" title=\"first_date\"",
        "\"last_date\" title=\"last_date\"", "\"confidence\" title=\"confidence\"",
        "\"intended\" title=\"intended\" type=\"integer\"", "\"via\" title=\"via\"",
        "\"evidence\" title=\"evidence\" type=\"string\""}) {
    CHECK_MESSAGE(edges.find(std::string("<attribute id=") + declared) != std::string::npos,
                  declared);
  }
  // Label and weight are GEXF's own edge attributes, not declared ones.
  CHECK(edges.find("title=\"label\"") == std::string::npos);
  CHECK(edges.find("title=\"weight\"") == std::string::npos);
  CHECK(xml.find("<nodes count=\"4\">") != std::string::npos);
  CHECK(xml.find("<edges count=\"4\">") != std::string::npos);
}

TEST_CASE("GEXF keeps parallel relations apart, each with its kind, weight and colour") {
  const std::string xml = Gexf(NewsGraph());
  // Edges by (source, relation, target), relations in PLOVER order: RUS consults CHN, RUS
  // cooperates-with CHN, RUS assaults UKR, x&y accuses CHN.
  const std::string consults = Element(xml, "<edge id=\"e0\"", "</edge>");
  const std::string cooperates = Element(xml, "<edge id=\"e1\"", "</edge>");
  CHECK(
      consults.starts_with("<edge id=\"e0\" source=\"RUS\" target=\"CHN\" kind=\"consults\" "
                           "label=\"consults\" weight=\"2\">\n"));
  CHECK(
      cooperates.starts_with("<edge id=\"e1\" source=\"RUS\" target=\"CHN\" "
                             "kind=\"cooperates-with\" label=\"cooperates-with\" "
                             "weight=\"5\">\n"));
  CHECK(consults.find("<attvalue for=\"plover\" value=\"CONSULT\"/>") != std::string::npos);
  CHECK(consults.find("<attvalue for=\"evidence\" value=\"0000000000000006 0000000000000007\"/>") !=
        std::string::npos);
  CHECK(consults.find("<viz:color r=\"86\" g=\"180\" b=\"233\"/>") != std::string::npos);
  CHECK(cooperates.find("<viz:color r=\"0\" g=\"114\" b=\"178\"/>") != std::string::npos);
  const std::string assaults = Element(xml, "<edge id=\"e2\"", "</edge>");
  CHECK(assaults.find("kind=\"assaults\"") != std::string::npos);
  CHECK(assaults.find("<viz:color r=\"213\" g=\"94\" b=\"0\"/>") != std::string::npos);
  CHECK(Count(xml, "<edge id=") == 4);
}

TEST_CASE("the relation class palette") {
  using irkg::exporter::RelationClassColor;
  using irkg::exporter::RgbColor;
  CHECK(RelationClassColor(RelationClass::kVerbalCooperation) == RgbColor{0x56, 0xB4, 0xE9});
  CHECK(RelationClassColor(RelationClass::kMaterialCooperation) == RgbColor{0x00, 0x72, 0xB2});
  CHECK(RelationClassColor(RelationClass::kVerbalConflict) == RgbColor{0xE6, 0x9F, 0x00});
  CHECK(RelationClassColor(RelationClass::kMaterialConflict) == RgbColor{0xD5, 0x5E, 0x00});
}

TEST_CASE("GEXF spells: the months of the evidence, consecutive months joined") {
  const std::string xml = Gexf(NewsGraph());
  // April and May 2019; December 2019 to February 2020 (a leap year) across the new year.
  CHECK(Element(Element(xml, "<edge id=\"e1\"", "</edge>"), "<spells>", "</spells>") ==
        "<spells>\n"
        "          <spell start=\"2019-04-01\" end=\"2019-05-31\"/>\n"
        "          <spell start=\"2019-12-01\" end=\"2020-02-29\"/>\n"
        "        </spells>");
  // Two events in one month make one spell of that month.
  CHECK(Element(Element(xml, "<edge id=\"e0\"", "</edge>"), "<spells>", "</spells>") ==
        "<spells>\n"
        "          <spell start=\"2019-07-01\" end=\"2019-07-31\"/>\n"
        "        </spells>");
  // A node lives in the months of all its edges.
  CHECK(Element(Element(xml, "<node id=\"RUS\"", "</node>"), "<spells>", "</spells>") ==
        "<spells>\n"
        "          <spell start=\"2019-04-01\" end=\"2019-05-31\"/>\n"
        "          <spell start=\"2019-07-01\" end=\"2019-07-31\"/>\n"
        "          <spell start=\"2019-12-01\" end=\"2020-02-29\"/>\n"
        "          <spell start=\"2022-02-01\" end=\"2022-02-28\"/>\n"
        "        </spells>");
  // An undated relation exists at all times, and so do both its ends.
  const std::string undated = Element(xml, "<edge id=\"e3\"", "</edge>");
  CHECK(undated.find("kind=\"accuses\"") != std::string::npos);
  CHECK(undated.find("<spells>") == std::string::npos);
  CHECK(undated.find("first_date") == std::string::npos);
  CHECK(Element(xml, "<node id=\"CHN\"", "</node>").find("<spells>") == std::string::npos);
  CHECK(Element(xml, "<node id=\"x&amp;y\"", "</node>").find("<spells>") == std::string::npos);
  CHECK(Element(xml, "<node id=\"UKR\"", "</node>")
            .find("<spell start=\"2022-02-01\" end=\"2022-02-28\"/>") != std::string::npos);
}

TEST_CASE("GEXF escapes XML specials and control characters in ids, labels and values") {
  const std::string xml = Gexf(NewsGraph());
  CHECK(xml.find("<node id=\"x&amp;y\" label=\"Tom &amp; &quot;Jerry&quot; "
                 "&lt;Ltd&gt;&#9;tab&#10;line \xEF\xBF\xBD\">\n") != std::string::npos);
  CHECK(xml.find("<edge id=\"e3\" source=\"x&amp;y\" target=\"CHN\"") != std::string::npos);
  CHECK(xml.find('\x01') == std::string::npos);
  CHECK(irkg::exporter::IsValidUtf8(xml));
}

TEST_CASE("an empty graph is a valid GEXF document without nodes or edges") {
  CHECK(Gexf(ActorGraph()) ==
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" "
        "version=\"1.3\">\n"
        "  <meta>\n"
        "    <creator>irkg</creator>\n"
        "    <description>Actors and the merged PLOVER relations between them, from news "
        "text</description>\n"
        "  </meta>\n"
        "  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\">\n"
        "    <attributes class=\"node\" mode=\"static\">\n"
        "      <attribute id=\"type\" title=\"type\" type=\"string\"/>\n"
        "      <attribute id=\"affiliation\" title=\"affiliation\" type=\"string\"/>\n"
        "    </attributes>\n"
        "    <attributes class=\"edge\" mode=\"static\">\n"
        "      <attribute id=\"relation\" title=\"relation\" type=\"string\"/>\n"
        "      <attribute id=\"plover\" title=\"plover\" type=\"string\"/>\n"
        "      <attribute id=\"class\" title=\"class\" type=\"string\"/>\n"
        "      <attribute id=\"intensity\" title=\"intensity\" type=\"double\"/>\n"
        "      <attribute id=\"count\" title=\"count\" type=\"integer\"/>\n"
        "      <attribute id=\"first_date\" title=\"first_date\" type=\"string\"/>\n"
        "      <attribute id=\"last_date\" title=\"last_date\" type=\"string\"/>\n"
        "      <attribute id=\"confidence\" title=\"confidence\" type=\"double\"/>\n"
        "      <attribute id=\"intended\" title=\"intended\" type=\"integer\"/>\n"
        "      <attribute id=\"via\" title=\"via\" type=\"string\"/>\n"
        "      <attribute id=\"evidence\" title=\"evidence\" type=\"string\"/>\n"
        "    </attributes>\n"
        "    <nodes count=\"0\">\n"
        "    </nodes>\n"
        "    <edges count=\"0\">\n"
        "    </edges>\n"
        "  </graph>\n"
        "</gexf>\n");
}
