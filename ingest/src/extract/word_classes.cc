#include <algorithm>

#include "extract/sentence.h"

namespace irkg::ingest::extract {

using namespace std::literals;

using graph::ActorRef;
using graph::ActorType;

std::unique_ptr<WordMap<uint32_t>> WordClasses(const GrammarWords& grammar) {
  auto table = std::make_unique<WordMap<uint32_t>>();
  for (size_t i = 0; i < kWordListCount; ++i) {
    const auto list = static_cast<WordList>(i);
    if (list == WordList::kMonths || list == WordList::kWeekdays) continue;
    for (const std::string& w : grammar.words(list)) (*table)[w] |= Bit(list);
  }
  table->Seal();
  return table;
}

bool IsPrivateAgent(const ActorRef& r) {
  // Rebels and militants named only by their nationality ("Syrian rebels", "Pakistani
  // militants") are unnamed parties, not their state (docs/ANNOTATION.md, section 2).
  return r.type == ActorType::kAgency && (r.id.ends_with("-CVL") || r.id.ends_with("-MED") ||
                                          r.id.ends_with("-BUS") || r.id.ends_with("-REB"));
}

bool IsWeaponWord(const Sentence& s, uint32_t q) {
  return Is(s.classes[q], kWeaponNounsBit) && s.tokens[q].shape == Shape::kLower;
}

bool WeaponsBetween(const Sentence& s, uint32_t from, uint32_t to) {
  if (from > to || to - from > 3) return false;
  for (uint32_t q = from; q < to; ++q) {
    // "drone and artillery strikes": the last weapon may begin the trigger.
    const bool joins = Eq(s.tokens[q].key, "and"sv) && q > from &&
                       (q + 1 < to || (q + 1 == to && IsWeaponWord(s, to)));
    if (!joins && !IsWeaponWord(s, q)) return false;
  }
  return true;
}

// Words between a backer's participle and the group backed ("Iranian-backed militia group
// Kata'ib Hezbollah").
bool IsGroupKindWord(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "rebel",    "rebels", "militia",   "militias",   "group",        "groups",
      "militant", "armed",  "insurgent", "separatist", "paramilitary", "kurdish",
      "shia",     "shiite", "sunni",     "islamist"};
  return IsOneOf(w, kWords);
}

bool IsConnector(const Token& t) {
  // "Three Pakistani soldiers and 19 Taliban insurgents": a count before the next member.
  const bool count = !t.key.empty() && std::all_of(t.key.begin(), t.key.end(),
                                                   [](char c) { return c >= '0' && c <= '9'; });
  return Eq(t.key, ","sv) || Eq(t.key, "and"sv) || Eq(t.key, "&"sv) || Eq(t.key, "the"sv) ||
         Eq(t.key, "as"sv) || Eq(t.key, "well"sv) || count;
}

}  // namespace irkg::ingest::extract
