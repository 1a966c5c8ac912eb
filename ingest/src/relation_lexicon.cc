#include "irkg/ingest/relation_lexicon.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "irkg/ingest/strings.h"

namespace irkg::ingest {
namespace {

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

std::string ThirdPerson(const std::string& base) {
  auto ends = [&](std::string_view s) { return base.ends_with(s); };
  if (ends("s") || ends("sh") || ends("ch") || ends("x") || ends("z") || ends("o")) {
    return base + "es";
  }
  if (base.size() > 1 && base.back() == 'y' && !IsVowel(base[base.size() - 2])) {
    return base.substr(0, base.size() - 1) + "ies";
  }
  return base + "s";
}

void AddUnique(std::vector<std::string>& list, std::string form) {
  if (std::find(list.begin(), list.end(), form) == list.end()) list.push_back(std::move(form));
}

}  // namespace

std::vector<std::string> VerbForms(std::string_view spec) {
  auto parts = std::vector<std::string>();
  size_t start = 0;
  while (true) {
    size_t slash = spec.find('/', start);
    parts.emplace_back(
        spec.substr(start, slash == std::string_view::npos ? spec.npos : slash - start));
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
  const std::string& base = parts[0];
  std::vector<std::string> forms;
  AddUnique(forms, base);
  AddUnique(forms, ThirdPerson(base));
  std::string past;
  std::string stem = base;  // for -ing
  if (parts.size() > 1) {
    past = parts[1];
    AddUnique(forms, past);
    if (parts.size() > 2) AddUnique(forms, parts[2]);
    // A doubled consonant in the past ("banned") doubles for -ing too ("banning").
    if (past.size() > base.size() + 2 && past.ends_with("ed") &&
        past[past.size() - 3] == past[past.size() - 4]) {
      stem = past.substr(0, past.size() - 2);
    }
  } else if (base.ends_with("e")) {
    AddUnique(forms, base + "d");
  } else if (base.size() > 1 && base.back() == 'y' && !IsVowel(base[base.size() - 2])) {
    AddUnique(forms, base.substr(0, base.size() - 1) + "ied");
  } else {
    AddUnique(forms, base + "ed");
  }
  if (stem == base && base.ends_with("e") && !base.ends_with("ee") && base.size() > 2) {
    stem = base.substr(0, base.size() - 1);
  }
  if (base.ends_with("ie")) stem = base.substr(0, base.size() - 2) + "y";
  AddUnique(forms, stem + "ing");
  return forms;
}

std::vector<std::string> NounForms(std::string_view spec) {
  std::string base(spec);
  std::vector<std::string> forms{base};
  AddUnique(forms, ThirdPerson(base));
  // "videos", "photos", "radios": nouns in -o mostly take a plain -s, unlike verbs ("goes").
  if (base.ends_with('o')) AddUnique(forms, base + "s");
  return forms;
}

void RelationLexicon::LoadFile(const std::string& path, Diagnostics& diagnostics) {
  LoadText(ReadTextFile(path), path, diagnostics);
}

void RelationLexicon::LoadText(std::string_view text, const std::string& origin,
                               Diagnostics& diagnostics) {
  int line_no = 0;
  for (std::string_view line : SplitLines(text)) {
    ++line_no;
    std::string_view s = Trim(line);
    if (s.empty() || s[0] == '#') continue;
    auto fields = SplitTabs(s);
    auto problem = [&](std::string message) {
      diagnostics.push_back({origin, line_no, std::move(message)});
    };
    if (fields.size() < 3 || fields.size() > 4) {
      problem("expected 'RELATION<TAB>CAMEO<TAB>PATTERN[<TAB>FLAGS]'");
      continue;
    }
    Trigger t;
    if (Trim(fields[0]) == "none") {
      t.blocker = true;
    } else {
      auto relation = graph::ParseRelation(Trim(fields[0]));
      if (!relation) {
        problem("unknown relation '" + std::string(Trim(fields[0])) + "'");
        continue;
      }
      t.relation = *relation;
    }
    t.cameo = std::string(Trim(fields[1]));
    if (t.cameo.empty() ||
        !std::all_of(t.cameo.begin(), t.cameo.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      problem("CAMEO code must be digits, got '" + t.cameo + "'");
      continue;
    }
    t.text = std::string(Trim(fields[2]));
    bool ok = true;
    for (std::string_view word : SplitWords(t.text)) {
      PatternSlot slot;
      if (word == "..") {
        slot.gap = true;
      } else if (word.starts_with("v:")) {
        slot.forms = VerbForms(FoldKey(word.substr(2)));
      } else if (word.starts_with("n:")) {
        slot.forms = NounForms(FoldKey(word.substr(2)));
      } else {
        slot.forms.push_back(FoldKey(word));
      }
      if (!slot.gap && (slot.forms.empty() || slot.forms[0].empty())) {
        problem("empty word in pattern");
        ok = false;
        break;
      }
      for (const std::string& form : slot.forms) slot.hashes.push_back(WordHash()(form));
      t.slots.push_back(std::move(slot));
    }
    if (!ok) continue;
    if (t.slots.empty() || t.slots.front().gap || t.slots.back().gap) {
      problem("a pattern must start and end with a word, not '..'");
      continue;
    }
    if (fields.size() == 4) {
      for (std::string_view flag : SplitWords(fields[3])) {
        if (flag == "sym") {
          t.symmetric = true;
        } else if (flag == "noun") {
          t.noun = true;
        } else if (flag == "reverse") {
          t.reverse = true;
        } else if (flag == "military") {
          t.military = true;
        } else if (flag == "armed") {
          t.armed = true;
        } else if (flag == "from") {
          t.from_to = true;
        } else if (flag == "partner") {
          t.partner = true;
        } else {
          problem("unknown flag '" + std::string(flag) +
                  "' (expected sym, noun, reverse, military, armed, from or partner)");
          ok = false;
        }
      }
    }
    if (!ok) continue;
    t.origin = origin.substr(origin.find_last_of('/') + 1) + ":" + std::to_string(line_no);
    uint32_t index = static_cast<uint32_t>(triggers_.size());
    for (const std::string& form : t.slots[0].forms) by_first_[form].push_back(index);
    triggers_.push_back(std::move(t));
  }
  for (auto& [key, list] : by_first_) {
    std::stable_sort(list.begin(), list.end(), [this](uint32_t a, uint32_t b) {
      return triggers_[a].slots.size() > triggers_[b].slots.size();
    });
  }
  by_first_.Seal();
}

std::span<const uint32_t> RelationLexicon::StartingWith(const std::string& key) const {
  const std::vector<uint32_t>* list = by_first_.Find(key);
  if (!list) return {};
  return *list;
}

std::span<const uint32_t> RelationLexicon::StartingWith(const Token& token) const {
  const std::vector<uint32_t>* list = by_first_.Find(token.key, token.hash);
  if (!list) return {};
  return *list;
}

namespace {

bool SlotHolds(const PatternSlot& slot, const Token& token) {
  for (size_t f = 0; f < slot.hashes.size(); ++f) {
    if (slot.hashes[f] == token.hash && slot.forms[f] == token.key) return true;
  }
  return false;
}

// Gaps stay within a clause: words, hyphens, currency and percent signs only.
bool GapRunsOver(const Token& token) {
  const std::string_view key = token.key;
  return token.is_word || key == "-" || key == "$" || key == "%" || key == "\xe2\x82\xac" ||
         key == "\xc2\xa3" || key == "\xc2\xa5";
}

// Matches the slots of `t` from `slot` on at token `pos`; returns the token just past the
// match, or 0. Runs of words are compared in a loop; only a gap backtracks, by recursion.
size_t MatchSlots(const Trigger& t, size_t slot, const std::vector<Token>& tokens, size_t pos,
                  size_t limit) {
  for (; slot < t.slots.size(); ++slot) {
    if (t.slots[slot].gap) {
      for (int skip = 0; skip <= kMaxGap && pos + static_cast<size_t>(skip) < limit; ++skip) {
        const size_t p = pos + static_cast<size_t>(skip);
        // Over the point of "Mr.", too: "extend to Mr. Gurirab the congratulations".
        if (skip > 0 && !GapRunsOver(tokens[p - 1]) &&
            !(p >= 2 && tokens[p - 1].key == "." && IsHonorific(tokens[p - 2].key))) {
          break;
        }
        if (size_t end = MatchSlots(t, slot + 1, tokens, p, limit)) return end;
      }
      return 0;
    }
    if (pos >= limit || !SlotHolds(t.slots[slot], tokens[pos])) return 0;
    ++pos;
  }
  return pos;
}

}  // namespace

size_t RelationLexicon::Match(uint32_t index, const std::vector<Token>& tokens, size_t at,
                              size_t limit) const {
  return MatchSlots(triggers_[index], 0, tokens, at, limit);
}

size_t RelationLexicon::Match(uint32_t index, const std::vector<Token>& tokens, size_t at,
                              size_t limit, const SentenceWords& words) const {
  const Trigger& t = triggers_[index];
  // Most triggers fail for want of a later word ("released" without "video" after it): the
  // filter tells so for the whole sentence at once.
  for (size_t slot = 1; slot < t.slots.size(); ++slot) {
    const std::vector<uint64_t>& hashes = t.slots[slot].hashes;
    if (!t.slots[slot].gap &&
        std::none_of(hashes.begin(), hashes.end(), [&](uint64_t h) { return words.MayHold(h); })) {
      return 0;
    }
  }
  return MatchSlots(t, 0, tokens, at, limit);
}

}  // namespace irkg::ingest
