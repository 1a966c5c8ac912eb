#pragma once

// A reader for the one shape of JSON that article lines nearly always have: a single object whose
// members are strings or null. Private to irkg::ingest (article_reader.cc); anything else is left
// to RapidJSON, which also words the errors.

#include <string>
#include <string_view>
#include <vector>

namespace irkg::ingest {

/// A member of a flat JSON object: its key and its string value, or null.
struct FlatMember {
  std::string_view key;
  std::string_view value;  ///< Unescaped; empty when `null`.
  bool null = false;
};

/// Reads `line` as one JSON object whose keys have no escapes and whose values are strings or
/// null, with white space where JSON allows it and nothing after the object. Escapes in values
/// other than \u are decoded into `unescaped`, which is cleared first and which the values of
/// such strings then point into (they stay valid until it is next changed); the values of other
/// strings point into `line`. Returns false, with `members` in no particular state, for any line
/// outside that shape, valid JSON or not: nested values, numbers, true and false, \u escapes,
/// control characters and NUL bytes all need the full parser. Whatever it accepts, RapidJSON
/// parses to the same members. O(size of the line), 16 bytes at a time where SSE2 is available.
bool ReadFlatObject(std::string_view line, std::string& unescaped,
                    std::vector<FlatMember>& members);

}  // namespace irkg::ingest
