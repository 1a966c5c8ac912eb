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

namespace {

// FNV-1a over fields, each followed by a separator byte, so that ("ab","c") and ("a","bc")
// differ.
class FieldHash {
 public:
  void Mix(std::string_view bytes) {
    for (char c : bytes) {
      hash_ ^= static_cast<unsigned char>(c);
      hash_ *= 1099511628211ULL;
    }
    hash_ ^= 0xff;
    hash_ *= 1099511628211ULL;
  }
  uint64_t value() const { return hash_; }

 private:
  uint64_t hash_ = 14695981039346656037ULL;
};

}  // namespace

uint64_t EvidenceKey(const EventRecord& event, int ordinal) {
  FieldHash h;
  h.Mix(event.article);
  h.Mix(std::to_string(event.sentence));
  h.Mix(std::to_string(event.span.begin) + ":" + std::to_string(event.span.end));
  h.Mix(event.source.id);
  h.Mix(Info(event.relation).predicate);
  h.Mix(event.target.id);
  if (ordinal > 1) h.Mix(std::to_string(ordinal));
  return h.value();
}

std::string FormatEvidenceKey(uint64_t key) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(key));
  return buf;
}

std::optional<uint64_t> ParseEvidenceKey(std::string_view text) {
  if (text.size() != 16) return std::nullopt;
  uint64_t key = 0;
  for (char c : text) {
    int digit;
    if (c >= '0' && c <= '9') {
      digit = c - '0';
    } else if (c >= 'a' && c <= 'f') {
      digit = c - 'a' + 10;
    } else {
      return std::nullopt;
    }
    key = key << 4 | static_cast<uint64_t>(digit);
  }
  return key;
}

std::string Article::ContentHash() const {
  FieldHash h;
  h.Mix(date ? FormatDate(*date) : std::string());
  h.Mix(title);
  h.Mix(text);
  return FormatEvidenceKey(h.value());
}

}  // namespace irkg::graph
