#include "irkg/export/event_json.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cmath>

#include "irkg/export/xml_text.h"

namespace irkg::exporter {
namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void Str(Writer& w, std::string_view s) {
  if (IsValidUtf8(s)) {  // the common case: no copy
    w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
    return;
  }
  std::string valid = ValidUtf8(s);
  w.String(valid.data(), static_cast<rapidjson::SizeType>(valid.size()));
}

void Actor(Writer& w, const graph::ActorRef& a, bool with_affiliation) {
  w.StartObject();
  w.Key("id");
  Str(w, a.id);
  w.Key("label");
  Str(w, a.label);
  w.Key("type");
  Str(w, graph::ToString(a.type));
  if (with_affiliation) {
    w.Key("affiliation");
    if (a.affiliation.empty()) {
      w.Null();
    } else {
      Str(w, a.affiliation);
    }
  }
  w.EndObject();
}

}  // namespace

void WriteEventJson(const graph::EventRecord& e, std::ostream& out) {
  // A buffer and a writer for each thread, kept from event to event with the memory they grew.
  thread_local rapidjson::StringBuffer buffer;
  thread_local Writer w;
  buffer.Clear();
  w.Reset(buffer);
  w.StartObject();
  w.Key("article");
  Str(w, e.article);
  w.Key("sentence");
  w.Int(e.sentence);
  w.Key("date");
  if (e.date) {
    Str(w, graph::FormatDate(*e.date));
  } else {
    w.Null();
  }
  w.Key("source");
  Actor(w, e.source, true);
  w.Key("relation");
  Str(w, graph::Info(e.relation).predicate);
  w.Key("target");
  Actor(w, e.target, true);
  w.Key("via");
  w.StartArray();
  for (const graph::ActorRef& v : e.via) Actor(w, v, false);
  w.EndArray();
  w.Key("negated");
  w.Bool(e.negated);
  w.Key("mode");
  Str(w, graph::ToString(e.mode));
  w.Key("confidence");
  w.Double(std::round(e.confidence * 100) / 100);
  w.Key("text");
  Str(w, e.text);
  w.Key("span");
  w.StartArray();
  w.Uint(e.span.begin);
  w.Uint(e.span.end);
  w.EndArray();
  w.Key("rule");
  Str(w, e.rule);
  w.Key("reported_by");
  if (e.reported_by) {
    Actor(w, *e.reported_by, true);
  } else {
    w.Null();
  }
  w.EndObject();
  out.write(buffer.GetString(), static_cast<std::streamsize>(buffer.GetSize()));
}

}  // namespace irkg::exporter
