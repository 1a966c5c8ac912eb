#pragma once

#include <string>
#include <string_view>

namespace irkg::exporter {

/// Escapes text for XML character data and attribute values. Invalid UTF-8 becomes U+FFFD and
/// characters XML 1.0 forbids (most C0 controls) are dropped, so the output always parses.
std::string XmlEscape(std::string_view text);

/// As XmlEscape, and tabs and line breaks become character references (`&#9;`, `&#10;`,
/// `&#13;`), so that an attribute value reads back as it was written instead of with spaces.
std::string XmlAttributeEscape(std::string_view text);

/// Replaces invalid UTF-8 sequences with U+FFFD.
std::string ValidUtf8(std::string_view text);

/// True when `text` is valid UTF-8 (no copy is needed to write it).
bool IsValidUtf8(std::string_view text);

}  // namespace irkg::exporter
