// The GraphML, GEXF and JSON-LD writers on hostile labels and ids: whatever bytes an actor is
// called, the GraphML and the GEXF must hold only characters XML 1.0 allows, as valid UTF-8, and
// the JSON-LD must parse as JSON.
#include <rapidjson/document.h>

#include <cstdint>
#include <cstdlib>
#include <sstream>

#include "irkg/export/gexf_writer.h"
#include "irkg/export/graphml_writer.h"
#include "irkg/export/jsonld_writer.h"
#include "irkg/export/xml_text.h"
#include "irkg/graph/actor_graph.h"
#include "irkg/graph/store.h"

namespace {

// Splits the input at NUL bytes into at least `n` fields.
std::vector<std::string> Fields(const uint8_t* data, size_t size, size_t n) {
  std::vector<std::string> fields(1);
  for (size_t i = 0; i < size; ++i) {
    if (data[i] == 0) {
      fields.emplace_back();
    } else {
      fields.back().push_back(static_cast<char>(data[i]));
    }
  }
  fields.resize(std::max(fields.size(), n));
  return fields;
}

// XML 1.0 allows tab, line feed and carriage return among the C0 controls.
bool HasForbiddenXmlByte(const std::string& xml) {
  for (char c : xml) {
    const auto b = static_cast<unsigned char>(c);
    if (b < 0x20 && b != '\t' && b != '\n' && b != '\r') return true;
  }
  return false;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::vector<std::string> f = Fields(data, size, 5);
  irkg::graph::Store store(":memory:");
  irkg::graph::Article article;
  article.id = "a";
  article.text = "text";
  irkg::graph::EventRecord e;
  e.article = "a";
  e.source = {f[0].empty() ? "S" : f[0], f[1], irkg::graph::ActorType::kState, ""};
  e.target = {f[2].empty() ? "T" : f[2], f[3], irkg::graph::ActorType::kPerson, ""};
  e.via = {{"V", f[4], irkg::graph::ActorType::kIgo, ""}};
  e.text = f[4];
  store.PutArticle(article, {e});
  store.PutActors({e.source, e.target});
  const auto graph = irkg::graph::ActorGraph::FromStore(store);
  std::ostringstream graphml, gexf, jsonld;
  irkg::exporter::WriteGraphMl(graph, graphml);
  irkg::exporter::WriteGexf(graph, gexf);
  irkg::exporter::WriteJsonLd(graph, jsonld, [](const std::string&) { return std::string(); });
  // Labels of hostile bytes must end up as valid UTF-8 without raw controls.
  for (const std::ostringstream* xml : {&graphml, &gexf}) {
    if (HasForbiddenXmlByte(xml->str()) || !irkg::exporter::IsValidUtf8(xml->str())) std::abort();
  }
  rapidjson::Document doc;
  doc.Parse(jsonld.str().c_str());
  if (doc.HasParseError()) std::abort();
  return 0;
}
