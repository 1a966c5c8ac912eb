#include "irkg/export/jsonld_writer.h"

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "irkg/export/xml_text.h"

namespace irkg::exporter {
namespace {

using Writer = rapidjson::PrettyWriter<rapidjson::OStreamWrapper>;

// Percent-encodes what an IRI path segment must not hold; ids are mostly [A-Za-z0-9-_.].
std::string IriSegment(std::string_view id) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (char ch : id) {
    auto c = static_cast<unsigned char>(ch);
    bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                 c == '-' || c == '_' || c == '.' || c == '~';
    if (plain) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

void Str(Writer& w, std::string_view s) {
  if (IsValidUtf8(s)) {  // the common case: no copy
    w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
    return;
  }
  std::string valid = ValidUtf8(s);
  w.String(valid.data(), static_cast<rapidjson::SizeType>(valid.size()));
}

void Key(Writer& w, const char* key) { w.Key(key); }

void TypedTerm(Writer& w, const char* term, const char* id, const char* type,
               const char* container = nullptr) {
  Key(w, term);
  w.StartObject();
  Key(w, "@id");
  w.String(id);
  if (type) {
    Key(w, "@type");
    w.String(type);
  }
  if (container) {
    Key(w, "@container");
    w.String(container);
  }
  w.EndObject();
}

void WriteContext(Writer& w) {
  Key(w, "@context");
  w.StartObject();
  Key(w, "@version");
  w.Double(1.1);
  Key(w, "irkg");
  w.String(kVocabIri);
  Key(w, "actor");
  w.String(kActorIri);
  Key(w, "rel");
  w.String(kRelationIri);
  Key(w, "event");
  w.String(kEventIri);
  Key(w, "xsd");
  w.String("http://www.w3.org/2001/XMLSchema#");
  Key(w, "prov");
  w.String("http://www.w3.org/ns/prov#");
  Key(w, "rdfs");
  w.String("http://www.w3.org/2000/01/rdf-schema#");
  Key(w, "label");
  w.String("rdfs:label");
  Key(w, "wd");
  w.String("http://www.wikidata.org/entity/");
  for (const char* type :
       {"Actor", "State", "Igo", "Person", "Agency", "Group", "Other", "Relation"}) {
    Key(w, type);
    w.String((std::string("irkg:") + type).c_str());
  }
  TypedTerm(w, "actorType", "irkg:actorType", nullptr);
  TypedTerm(w, "sameAs", "http://www.w3.org/2002/07/owl#sameAs", "@id");
  TypedTerm(w, "affiliation", "irkg:affiliation", "@id");
  TypedTerm(w, "source", "irkg:source", "@id");
  TypedTerm(w, "target", "irkg:target", "@id");
  TypedTerm(w, "relation", "irkg:relation", "@id");
  TypedTerm(w, "plover", "irkg:ploverCategory", nullptr);
  TypedTerm(w, "relationClass", "irkg:relationClass", nullptr);
  TypedTerm(w, "intensity", "irkg:intensity", "xsd:double");
  TypedTerm(w, "count", "irkg:count", "xsd:integer");
  TypedTerm(w, "intended", "irkg:intendedCount", "xsd:integer");
  TypedTerm(w, "confidence", "irkg:confidence", "xsd:double");
  TypedTerm(w, "firstDate", "irkg:firstDate", "xsd:date");
  TypedTerm(w, "lastDate", "irkg:lastDate", "xsd:date");
  TypedTerm(w, "via", "irkg:via", "@id", "@set");
  TypedTerm(w, "evidence", "prov:wasDerivedFrom", "@id", "@set");
  // The direct triples: one property per relation, e.g. "cooperates-with".
  for (const graph::RelationInfo& info : graph::AllRelations()) {
    std::string term(info.predicate);
    TypedTerm(w, term.c_str(), (std::string("rel:") + term).c_str(), "@id", "@set");
  }
  w.EndObject();
}

const char* TypeName(graph::ActorType type) {
  switch (type) {
    case graph::ActorType::kState:
      return "State";
    case graph::ActorType::kIgo:
      return "Igo";
    case graph::ActorType::kPerson:
      return "Person";
    case graph::ActorType::kAgency:
      return "Agency";
    case graph::ActorType::kGroup:
      return "Group";
    case graph::ActorType::kOther:
      return "Other";
  }
  return "Other";
}

}  // namespace

void WriteJsonLd(const graph::ActorGraph& g, std::ostream& out, const WikidataLookup& wikidata) {
  const graph::BoostGraph& bg = g.graph();
  rapidjson::OStreamWrapper stream(out);
  Writer w(stream);
  w.SetIndent(' ', 2);
  w.StartObject();
  WriteContext(w);
  Key(w, "@graph");
  w.StartArray();
  auto actor_iri = [](const std::string& id) { return std::string("actor:") + IriSegment(id); };
  for (graph::Vertex v : g.SortedVertices()) {
    const graph::ActorNode& node = bg[v];
    w.StartObject();
    Key(w, "@id");
    Str(w, actor_iri(node.id));
    Key(w, "@type");
    w.StartArray();
    w.String("Actor");
    w.String(TypeName(node.type));
    w.EndArray();
    Key(w, "label");
    Str(w, node.label);
    Key(w, "actorType");
    Str(w, graph::ToString(node.type));
    if (!node.affiliation.empty() && node.affiliation != node.id) {
      Key(w, "affiliation");
      Str(w, actor_iri(node.affiliation));
    }
    if (wikidata) {
      if (std::string q = wikidata(node.id); !q.empty()) {
        Key(w, "sameAs");
        Str(w, "wd:" + q);
      }
    }
    // Direct triples, grouped by relation, targets sorted.
    for (const graph::RelationInfo& info : graph::AllRelations()) {
      std::vector<std::string> targets;
      for (graph::Edge e : boost::make_iterator_range(boost::out_edges(v, bg))) {
        if (bg[e].relation == info.relation) targets.push_back(bg[boost::target(e, bg)].id);
      }
      if (targets.empty()) continue;
      std::sort(targets.begin(), targets.end());
      Key(w, std::string(info.predicate).c_str());
      w.StartArray();
      for (const std::string& t : targets) Str(w, actor_iri(t));
      w.EndArray();
    }
    w.EndObject();
  }
  for (graph::Edge e : g.SortedEdges()) {
    const graph::RelationEdge& edge = bg[e];
    const graph::RelationInfo& info = graph::Info(edge.relation);
    const std::string& s = bg[boost::source(e, bg)].id;
    const std::string& t = bg[boost::target(e, bg)].id;
    w.StartObject();
    Key(w, "@id");
    Str(w,
        "urn:irkg:edge:" + IriSegment(s) + ":" + std::string(info.predicate) + ":" + IriSegment(t));
    Key(w, "@type");
    w.String("Relation");
    Key(w, "source");
    Str(w, actor_iri(s));
    Key(w, "target");
    Str(w, actor_iri(t));
    Key(w, "relation");
    Str(w, "rel:" + std::string(info.predicate));
    Key(w, "plover");
    Str(w, info.plover);
    Key(w, "relationClass");
    Str(w, graph::ToString(info.relation_class));
    Key(w, "intensity");
    w.Double(info.intensity);
    Key(w, "count");
    w.Uint(edge.count);
    Key(w, "intended");
    w.Uint(edge.intended);
    Key(w, "confidence");
    w.Double(edge.count ? std::round(edge.confidence_sum / edge.count * 1000) / 1000 : 0.0);
    if (edge.first) {
      Key(w, "firstDate");
      Str(w, graph::FormatDate(*edge.first));
    }
    if (edge.last) {
      Key(w, "lastDate");
      Str(w, graph::FormatDate(*edge.last));
    }
    if (!edge.via.empty()) {
      Key(w, "via");
      w.StartArray();
      for (const std::string& v : edge.via) Str(w, actor_iri(v));
      w.EndArray();
    }
    Key(w, "evidence");
    w.StartArray();
    for (const graph::EvidenceRef& ref : edge.evidence) {
      Str(w, "event:" + graph::FormatEvidenceKey(ref.key));
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  out << '\n';
}

}  // namespace irkg::exporter
