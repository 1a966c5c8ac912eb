#include "irkg/export/event_json.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <cassert>
#include <cmath>
#include <cstring>
#include <string_view>

#include "irkg/export/xml_text.h"

namespace irkg::exporter {
namespace {

// RapidJSON's writer with another way to write a string: the runs between the bytes that need
// escaping are copied whole, where Writer::String copies a byte at a time. The bytes come out
// the same: '"', '\\' and control characters escaped as Writer::String escapes them, all others
// as they are.
class Writer : public rapidjson::Writer<rapidjson::StringBuffer> {
 public:
  using rapidjson::Writer<rapidjson::StringBuffer>::Writer;

  void StringValue(std::string_view s) {
    size_t i = NextToEscape(s, 0);
    if (i == s.size()) {  // the common case
      Plain(s);
      return;
    }
    Prefix(rapidjson::kStringType);
    rapidjson::StringBuffer& out = *os_;
    out.Put('"');
    size_t run = 0;  // the first byte not yet written
    for (; i < s.size(); i = NextToEscape(s, i + 1)) {
      Append(out, s.substr(run, i - run));
      Escape(out, static_cast<unsigned char>(s[i]));
      run = i + 1;
    }
    Append(out, s.substr(run));
    out.Put('"');
    EndValue(true);
  }
  // A key: one of the constant keys below, none with a byte to escape. (RapidJSON's Key is its
  // String, which measures the key with strlen and copies it a byte at a time.)
  void KeyName(std::string_view key) {
    assert(NextToEscape(key, 0) == key.size());
    Plain(key);
  }

 private:
  // A string with no byte to escape, copied with its quotes at once.
  void Plain(std::string_view s) {
    Prefix(rapidjson::kStringType);
    char* to = os_->Push(s.size() + 2);
    to[0] = '"';
    if (!s.empty()) std::memcpy(to + 1, s.data(), s.size());
    to[s.size() + 1] = '"';
    EndValue(true);
  }

  static bool NeedsEscape(unsigned char c) { return c < 0x20 || c == '"' || c == '\\'; }

  // The first byte at or after `i` that needs escaping, or s.size(); 16 at a time where the
  // processor can.
  static size_t NextToEscape(std::string_view s, size_t i) {
#ifdef __SSE2__
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i control_max = _mm_set1_epi8(0x1F);
    for (; i + 16 <= s.size(); i += 16) {
      const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
      // Unsigned: a byte is at most 0x1F when the larger of it and 0x1F is 0x1F.
      const __m128i control = _mm_cmpeq_epi8(_mm_max_epu8(block, control_max), control_max);
      const __m128i hits = _mm_or_si128(
          control, _mm_or_si128(_mm_cmpeq_epi8(block, quote), _mm_cmpeq_epi8(block, backslash)));
      if (const int mask = _mm_movemask_epi8(hits)) {
        return i + static_cast<size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
      }
    }
#endif
    while (i < s.size() && !NeedsEscape(static_cast<unsigned char>(s[i]))) ++i;
    return i;
  }
  static void Append(rapidjson::StringBuffer& out, std::string_view bytes) {
    if (!bytes.empty()) std::memcpy(out.Push(bytes.size()), bytes.data(), bytes.size());
  }
  static void Escape(rapidjson::StringBuffer& out, unsigned char c) {
    // JSON's two-character escapes, and \u00XX for the other control characters.
    static constexpr std::string_view kShortFrom = "\"\\\b\t\n\f\r";
    static constexpr std::string_view kShortTo = "\"\\btnfr";
    static constexpr char kHex[] = "0123456789ABCDEF";
    out.Put('\\');
    if (const size_t k = kShortFrom.find(static_cast<char>(c)); k != kShortFrom.npos) {
      out.Put(kShortTo[k]);
      return;
    }
    out.Put('u');
    out.Put('0');
    out.Put('0');
    out.Put(kHex[c >> 4]);
    out.Put(kHex[c & 0xF]);
  }
};

void Str(Writer& w, std::string_view s) {
  if (IsValidUtf8(s)) {  // the common case: no copy
    w.StringValue(s);
    return;
  }
  w.StringValue(ValidUtf8(s));
}

void Actor(Writer& w, const graph::ActorRef& a, bool with_affiliation) {
  w.StartObject();
  w.KeyName("id");
  Str(w, a.id);
  w.KeyName("label");
  Str(w, a.label);
  w.KeyName("type");
  Str(w, graph::ToString(a.type));
  if (with_affiliation) {
    w.KeyName("affiliation");
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
  w.KeyName("article");
  Str(w, e.article);
  w.KeyName("sentence");
  w.Int(e.sentence);
  w.KeyName("date");
  if (e.date) {
    Str(w, graph::FormatDate(*e.date));
  } else {
    w.Null();
  }
  w.KeyName("source");
  Actor(w, e.source, true);
  w.KeyName("relation");
  Str(w, graph::Info(e.relation).predicate);
  w.KeyName("target");
  Actor(w, e.target, true);
  w.KeyName("via");
  w.StartArray();
  for (const graph::ActorRef& v : e.via) Actor(w, v, false);
  w.EndArray();
  w.KeyName("negated");
  w.Bool(e.negated);
  w.KeyName("mode");
  Str(w, graph::ToString(e.mode));
  w.KeyName("confidence");
  w.Double(std::round(e.confidence * 100) / 100);
  w.KeyName("text");
  Str(w, e.text);
  w.KeyName("span");
  w.StartArray();
  w.Uint(e.span.begin);
  w.Uint(e.span.end);
  w.EndArray();
  w.KeyName("rule");
  Str(w, e.rule);
  w.KeyName("reported_by");
  if (e.reported_by) {
    Actor(w, *e.reported_by, true);
  } else {
    w.Null();
  }
  w.EndObject();
  out.write(buffer.GetString(), static_cast<std::streamsize>(buffer.GetSize()));
}

}  // namespace irkg::exporter
