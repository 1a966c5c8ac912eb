// The reader of flat article lines against RapidJSON: what it accepts, RapidJSON parses to the
// same members; what it refuses is left to RapidJSON.
#include "flat_json.h"

#include <doctest/doctest.h>
#include <rapidjson/document.h>

#include <optional>
#include <string>
#include <vector>

using irkg::ingest::FlatMember;
using irkg::ingest::ReadFlatObject;

namespace {

// The members as "key=value" ("key=null"), by the flat reader, or nothing when it refuses.
std::optional<std::vector<std::string>> Flat(const std::string& line) {
  std::string unescaped = "left from an earlier line";
  std::vector<FlatMember> members(3);
  if (!ReadFlatObject(line, unescaped, members)) return std::nullopt;
  std::vector<std::string> out;
  for (const FlatMember& m : members) {
    out.push_back(std::string(m.key) + "=" + (m.null ? "null" : std::string(m.value)));
  }
  return out;
}

// The same by RapidJSON, for an object of strings and nulls; nothing when it fails to parse.
std::optional<std::vector<std::string>> Rapid(const std::string& line) {
  rapidjson::Document doc;
  doc.Parse(line.data(), line.size());
  if (doc.HasParseError()) return std::nullopt;
  std::vector<std::string> out;
  for (auto m = doc.MemberBegin(); m != doc.MemberEnd(); ++m) {
    const std::string key(m->name.GetString(), m->name.GetStringLength());
    out.push_back(key + "=" +
                  (m->value.IsNull()
                       ? "null"
                       : std::string(m->value.GetString(), m->value.GetStringLength())));
  }
  return out;
}

}  // namespace

TEST_CASE("flat JSON: objects of strings and nulls read as RapidJSON reads them") {
  const std::string long_text(100, 'x');
  for (const std::string& line : {
           std::string(R"({"id": "a1", "date": "2019-04-22", "text": "Russia met China."})"),
           std::string(R"({})"),
           std::string(" \t{ } \r\n"),
           std::string(R"({"id":"a","id":"b"})"),
           std::string(R"({"date": null, "text" :"t"  ,  "x":""})"),
           std::string(R"({"text": "He said \"no\".\nThen \\ left / \b\f\r\t."})"),
           std::string(R"({"text": ")" + long_text + R"(\")" + long_text + R"(\n"})"),
           std::string("{\"text\": \"C\xc3\xb4te d\xe2\x80\x99Ivoire \xff\xfe\"}"),
           std::string(R"({"a": "\"", "b": "\\"})"),
       }) {
    CAPTURE(line);
    const auto flat = Flat(line);
    REQUIRE(flat.has_value());
    CHECK(*flat == Rapid(line));
  }
}

TEST_CASE("flat JSON: anything else is left to the full parser") {
  for (const std::string& line : {
           // Valid JSON of other shapes.
           std::string(R"({"id": 7, "text": "t"})"),
           std::string(R"({"id": "a", "date": true})"),
           std::string(R"({"id": "a", "tags": ["x"]})"),
           std::string(R"({"id": "a", "meta": {"k": "v"}})"),
           std::string(R"({"text": "caf\u00e9"})"),
           std::string(R"({"t\"ext": "x"})"),
           std::string(R"(["id", "a"])"),
           std::string(R"("id")"),
           // Invalid JSON.
           std::string(""),
           std::string(R"({"id": "a",})"),
           std::string(R"({"id": "a"} x)"),
           std::string(R"({"id": "a" "text": "b"})"),
           std::string(R"({"id" "a"})"),
           std::string(R"({"id": nul})"),
           std::string(R"({"id": nullx})"),
           std::string(R"({"id": "a)"),
           std::string(R"({"id": "a\)"),
           std::string(R"({"id": "a\q"})"),
           std::string("{\"id\": \"a\tb\"}"),
           std::string("{\"id\": \"a\"}\0", 12),
           std::string("{\"id\": \"a\0b\"}", 13),
           std::string(R"({"id": "a")"),
       }) {
    CAPTURE(line);
    CHECK_FALSE(Flat(line).has_value());
  }
}
