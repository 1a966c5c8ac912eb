#include "irkg/graph/event.h"

#include <cstdio>

namespace irkg::graph {

std::string_view ToString(Mode mode) {
  switch (mode) {
    case Mode::kAsserted:
      return "asserted";
    case Mode::kIntended:
      return "intended";
    case Mode::kHypothetical:
      return "hypothetical";
  }
  return "";
}

std::optional<Mode> ParseMode(std::string_view text) {
  if (text == "asserted") return Mode::kAsserted;
  if (text == "intended") return Mode::kIntended;
  if (text == "hypothetical") return Mode::kHypothetical;
  return std::nullopt;
}

std::string Article::ContentHash() const {
  uint64_t hash = 14695981039346656037ULL;
  auto mix = [&hash](std::string_view bytes) {
    for (char c : bytes) {
      hash ^= static_cast<unsigned char>(c);
      hash *= 1099511628211ULL;
    }
    hash ^= 0xff;  // field separator, so that ("ab","c") and ("a","bc") differ
    hash *= 1099511628211ULL;
  };
  mix(date ? FormatDate(*date) : std::string());
  mix(title);
  mix(text);
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(hash));
  return buf;
}

}  // namespace irkg::graph
