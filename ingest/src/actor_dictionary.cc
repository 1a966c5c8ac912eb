#include "irkg/ingest/actor_dictionary.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <tuple>

#include "irkg/ingest/strings.h"

namespace irkg::ingest {

using graph::Actor;
using graph::ActorType;
using graph::DateRange;

namespace {

constexpr std::string_view kTitles[] = {
    "president",         "vice-president",      "prime-minister",    "chancellor",
    "monarch",           "crown-prince",        "supreme-leader",    "leader",
    "foreign-minister",  "defence-minister",    "spokesperson",      "press-secretary",
    "secretary-general", "director-general",    "managing-director", "commission-president",
    "council-president", "high-representative", "chairperson",       "head",
    "interior-minister", "security-adviser",    "un-ambassador",     "special-envoy",
    "official"};

bool IsTitle(std::string_view t) { return IsOneOf(t, kTitles); }

bool ValidId(std::string_view id) {
  if (id.empty()) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.';
  });
}

// Splits `ID [FROM..TO]` into its id and range.
bool ParseDatedId(std::string_view text, std::string& id, DateRange& range, std::string& error) {
  auto words = SplitWords(text);
  if (words.empty() || words.size() > 2) {
    error = "expected 'ID [FROM..TO]', got '" + std::string(text) + "'";
    return false;
  }
  id = std::string(words[0]);
  if (!ValidId(id)) {
    error = "invalid id '" + id + "'";
    return false;
  }
  auto parsed = DateRange::Parse(words.size() == 2 ? words[1] : std::string_view());
  if (!parsed) {
    error = "invalid date range '" + std::string(words[1]) +
            "' (expected FROM..TO with dates YYYY, YYYY-MM or YYYY-MM-DD, FROM not after TO)";
    return false;
  }
  range = *parsed;
  return true;
}

}  // namespace

void ActorDictionary::LoadActorFile(const std::string& path, Diagnostics& diagnostics,
                                    bool override_existing) {
  LoadActorText(ReadTextFile(path), path, diagnostics, override_existing);
}

void ActorDictionary::LoadActorText(std::string_view text, const std::string& origin,
                                    Diagnostics& diagnostics, bool override_existing) {
  Actor current;
  int record_line = 0;
  bool have_record = false;
  bool skip_record = false;
  auto problem = [&](int line, std::string message) {
    diagnostics.push_back({origin, line, std::move(message)});
  };
  bool type_seen = false;
  auto finish = [&]() {
    if (!have_record || skip_record) return;
    if (!type_seen) {
      problem(record_line, "actor " + current.id + " has no type");
      return;
    }
    if (current.label.empty()) {
      problem(record_line, "actor " + current.id + " has no label");
      return;
    }
    if (current.type == ActorType::kOther && current.names.empty() && current.label.empty()) {
      return;
    }
    std::string where = origin + ":" + std::to_string(record_line);
    auto it = by_id_.find(current.id);
    if (it != by_id_.end()) {
      if (!override_existing) {
        problem(record_line, "duplicate actor id " + current.id + " (first defined at " +
                                 origins_[it->second] + ")");
        return;
      }
      // The record is done with: the next header starts a new one.
      actors_[it->second] = std::move(current);
      origins_[it->second] = where;
      return;
    }
    by_id_.emplace(current.id, static_cast<uint32_t>(actors_.size()));
    actors_.push_back(std::move(current));
    origins_.push_back(where);
  };
  int line_no = 0;
  for (std::string_view line : SplitLines(text)) {
    ++line_no;
    std::string_view s = Trim(line);
    if (s.empty() || s[0] == '#') continue;
    if (s.front() == '[') {
      finish();
      have_record = true;
      skip_record = false;
      type_seen = false;
      record_line = line_no;
      current = Actor();
      if (s.back() != ']') {
        problem(line_no, "record header must be '[ID]'");
        skip_record = true;
        continue;
      }
      current.id = std::string(Trim(s.substr(1, s.size() - 2)));
      if (!ValidId(current.id)) {
        problem(line_no, "invalid actor id '" + current.id + "'");
        skip_record = true;
      }
      continue;
    }
    size_t eq = s.find('=');
    if (eq == std::string_view::npos) {
      problem(line_no, "expected 'key = value' or '[ID]'");
      continue;
    }
    if (!have_record) {
      problem(line_no, "'key = value' line before the first '[ID]' record");
      continue;
    }
    if (skip_record) continue;
    std::string_view key = Trim(s.substr(0, eq));
    std::string_view value = Trim(s.substr(eq + 1));
    if (value.empty()) {
      problem(line_no, "empty value for '" + std::string(key) + "'");
      continue;
    }
    if (key == "type") {
      auto type = graph::ParseActorType(value);
      if (!type) {
        problem(line_no, "unknown actor type '" + std::string(value) +
                             "' (expected state, igo, person, agency, group or other)");
        skip_record = true;
        continue;
      }
      current.type = *type;
      type_seen = true;
    } else if (key == "label") {
      current.label = std::string(value);
    } else if (key == "names" || key == "adjectives" || key == "metonyms") {
      auto& list = key == "names"        ? current.names
                   : key == "adjectives" ? current.adjectives
                                         : current.metonyms;
      for (std::string_view item : SplitList(value)) list.emplace_back(item);
    } else if (key == "descriptions") {
      for (std::string_view item : SplitList(value)) {
        if (item.find(' ') != std::string_view::npos) {
          problem(line_no, "a description is one noun, got '" + std::string(item) + "'");
          continue;
        }
        current.descriptions.push_back(FoldKey(item));
      }
    } else if (key == "affiliation") {
      current.affiliation = std::string(value);
    } else if (key == "role") {
      auto words = SplitWords(value);
      if (words.size() < 2 || words.size() > 3) {
        problem(line_no, "role must be 'AFFILIATION TITLE [FROM..TO]'");
        continue;
      }
      if (!IsTitle(words[1])) {
        problem(line_no, "unknown title '" + std::string(words[1]) + "'");
        continue;
      }
      auto range = DateRange::Parse(words.size() == 3 ? words[2] : std::string_view());
      if (!range) {
        problem(line_no, "invalid date range '" + std::string(words[2]) +
                             "' (expected FROM..TO with dates YYYY, YYYY-MM or YYYY-MM-DD, FROM "
                             "not after TO)");
        continue;
      }
      current.roles.push_back({std::string(words[0]), std::string(words[1]), *range});
    } else if (key == "member" || key == "part-of") {
      graph::Membership m;
      std::string error;
      if (!ParseDatedId(value, m.organisation, m.dates, error)) {
        problem(line_no, error);
        continue;
      }
      (key == "member" ? current.memberships : current.part_of).push_back(std::move(m));
    } else if (key == "members") {
      // Stored on the member side once Finish() knows every actor; kept here meanwhile.
      for (std::string_view item : SplitList(value)) {
        graph::Membership m;
        std::string error;
        if (!ParseDatedId(item, m.organisation, m.dates, error)) {
          problem(line_no, error);
          continue;
        }
        pending_members_.push_back({current.id, std::move(m), origin, line_no});
      }
    } else if (key == "combining-forms") {
      // "Sino", or "inter-Korean": the form, and the one word it must precede.
      for (std::string_view item : SplitList(value)) {
        const size_t hyphen = item.find('-');
        CombiningForm form;
        form.form = FoldKey(item.substr(0, hyphen));
        if (hyphen != std::string_view::npos) form.next = FoldKey(item.substr(hyphen + 1));
        if (form.form.empty() || form.form.find(' ') != std::string::npos) {
          problem(line_no, "a combining form is one word, got '" + std::string(item) + "'");
          continue;
        }
        pending_forms_.push_back({current.id, std::move(form)});
      }
    } else if (key == "wikidata") {
      if (value.size() < 2 || value[0] != 'Q' ||
          !std::all_of(value.begin() + 1, value.end(),
                       [](char c) { return c >= '0' && c <= '9'; })) {
        problem(line_no, "invalid Wikidata id '" + std::string(value) + "'");
        continue;
      }
      current.wikidata = std::string(value);
    } else {
      problem(line_no, "unknown key '" + std::string(key) + "'");
    }
  }
  finish();
}

void ActorDictionary::MergeActor(Actor actor, const std::string& origin) {
  auto it = by_id_.find(actor.id);
  if (it == by_id_.end()) {
    by_id_.emplace(actor.id, static_cast<uint32_t>(actors_.size()));
    actors_.push_back(std::move(actor));
    origins_.push_back(origin);
    return;
  }
  Actor& known = actors_[it->second];
  auto add = [](std::vector<std::string>& to, const std::vector<std::string>& from) {
    for (const std::string& n : from) {
      if (std::find(to.begin(), to.end(), n) == to.end()) to.push_back(n);
    }
  };
  add(known.names, actor.names);
  add(known.adjectives, actor.adjectives);
  add(known.metonyms, actor.metonyms);
}

void ActorDictionary::LoadAgentFile(const std::string& path, Diagnostics& diagnostics) {
  LoadAgentText(ReadTextFile(path), path, diagnostics);
}

void ActorDictionary::LoadAgentText(std::string_view text, const std::string& origin,
                                    Diagnostics& diagnostics) {
  ForEachDataLine(text, [&](int line_no, std::string_view s) {
    auto fields = SplitTabs(s);
    if (fields.size() != 3) {
      diagnostics.push_back({origin, line_no, "expected 'CODE<TAB>TITLE or -<TAB>phrases'"});
      return;
    }
    std::string code(Trim(fields[0]));
    std::string title(Trim(fields[1]));
    if (title == "-") title.clear();
    if (!title.empty() && !IsTitle(title)) {
      diagnostics.push_back({origin, line_no, "unknown title '" + title + "'"});
      return;
    }
    // An agency is labelled by its code, whichever line names it: every untitled GOV line
    // labels "Syrian government", not the first phrase of its own line ("finance minister").
    std::string label;
    if (auto it = code_labels_.find(code); title.empty() && it != code_labels_.end()) {
      label = it->second;
    }
    for (std::string_view phrase : SplitList(fields[2])) {
      Agent a;
      for (const Token& t : Tokenize(phrase).tokens) {
        a.keys.emplace_back(t.key);
        a.hashes.push_back(t.hash);
      }
      if (a.keys.empty()) continue;
      if (label.empty()) label = std::string(phrase);
      a.code = code;
      a.title = title;
      a.label = label;
      if (a.title.empty()) code_labels_.try_emplace(a.code, label);
      agents_.push_back(std::move(a));
    }
  });
}

std::string_view ActorDictionary::CodeLabel(std::string_view code) const {
  auto it = code_labels_.find(code);
  return it == code_labels_.end() ? code : std::string_view(it->second);
}

void ActorDictionary::LoadWordFile(const std::string& path, Diagnostics& diagnostics) {
  LoadWordText(ReadTextFile(path), path, diagnostics);
}

void ActorDictionary::LoadWordText(std::string_view text, const std::string& origin,
                                   Diagnostics& diagnostics) {
  ForEachDataLine(text, [&](int line_no, std::string_view s) {
    if (s.find_first_of(" \t") != std::string_view::npos) {
      diagnostics.push_back({origin, line_no, "expected one word, got '" + std::string(s) + "'"});
      return;
    }
    common_words_.insert(FoldKey(s));
  });
}

void ActorDictionary::AddName(uint32_t actor, std::string_view phrase, NameKind kind) {
  NameEntry entry;
  entry.actor = actor;
  entry.kind = kind;
  // Scratch space for the words of one name, kept from name to name: loading the dictionary
  // reads a hundred thousand names.
  thread_local TokenizedText tokenized;
  TokenizeInto(phrase, 0, tokenized.tokens, tokenized.keys);
  const std::vector<Token>& tokens = tokenized.tokens;
  size_t first = 0;
  if (!tokens.empty() && tokens[0].key == "the" && tokens.size() > 1) {
    entry.needs_the = kind != NameKind::kMetonym;
    first = 1;
  }
  entry.keys.reserve(tokens.size() - first);
  entry.hashes.reserve(tokens.size() - first);
  entry.shapes.reserve(tokens.size() - first);
  for (size_t i = first; i < tokens.size(); ++i) {
    entry.keys.emplace_back(tokens[i].key);
    entry.hashes.push_back(tokens[i].hash);
    entry.shapes.push_back(tokens[i].shape);
  }
  if (entry.keys.empty()) return;
  // "Nato", "Isis", "Asean": newspapers write acronyms of four or more letters in title case.
  // Shorter ones ("Who", "Aid") and those that spell a word or a name ("Pace") keep to capitals;
  // a title-case form that is also some actor's name is that actor's ("Guam").
  if (kind == NameKind::kName && entry.keys.size() == 1 && entry.shapes[0] == Shape::kUpper &&
      entry.keys[0].size() >= 4 && !common_words_.contains(entry.keys[0]) &&
      !capitalized_names_.contains(entry.keys[0])) {
    entry.shapes[0] = Shape::kCapitalized;
  }
  by_first_[entry.keys[0]].names.push_back(static_cast<uint32_t>(names_.size()));
  by_folded_name_[FoldKey(phrase)].push_back(actor);
  names_.push_back(std::move(entry));
}

std::span<const ActorDictionary::CombiningForm> ActorDictionary::FindCombiningForms(
    std::string_view key, std::string_view next) const {
  // Sorted by form, then word; the forms without a word come first.
  auto first = std::lower_bound(
      combining_forms_.begin(), combining_forms_.end(), key,
      [](const CombiningForm& f, std::string_view k) { return std::string_view(f.form) < k; });
  auto last = first;
  while (last != combining_forms_.end() && last->form == key) ++last;
  if (first != last && first->next.empty()) return {&*first, 1};
  auto begin = std::find_if(first, last, [&](const CombiningForm& f) { return f.next == next; });
  auto end = std::find_if(begin, last, [&](const CombiningForm& f) { return f.next != next; });
  return {combining_forms_.data() + (begin - combining_forms_.begin()),
          static_cast<size_t>(end - begin)};
}

void ActorDictionary::Finish(Diagnostics& diagnostics) {
  names_.clear();
  by_first_.clear();
  by_folded_name_.clear();
  holders_.clear();
  for (PendingMember& p : pending_members_) {
    // "members" on an organisation: the member's side records it.
    auto it = by_id_.find(p.member.organisation);
    if (it == by_id_.end()) {
      diagnostics.push_back(
          {p.origin, p.line, "unknown member id '" + p.member.organisation + "'"});
      continue;
    }
    graph::Membership m{p.organisation, p.member.dates};
    actors_[it->second].memberships.push_back(std::move(m));
  }
  pending_members_.clear();
  for (PendingForm& p : pending_forms_) {
    auto it = by_id_.find(p.actor);
    if (it == by_id_.end()) continue;  // a record dropped with its problem already reported
    p.form.actor = it->second;
    combining_forms_.push_back(std::move(p.form));
  }
  pending_forms_.clear();
  std::stable_sort(combining_forms_.begin(), combining_forms_.end(),
                   [](const CombiningForm& a, const CombiningForm& b) {
                     return std::tie(a.form, a.next) < std::tie(b.form, b.next);
                   });
  capitalized_names_.clear();
  for (const Actor& a : actors_) {
    for (const auto* list : {&a.names, &a.adjectives, &a.metonyms}) {
      for (const std::string& n : *list) {
        if (n.find(' ') == std::string::npos && ShapeOf(n) == Shape::kCapitalized) {
          capitalized_names_.insert(FoldKey(n));
        }
      }
    }
  }
  by_surname_.clear();
  TokenizedText words;  // each name's, one after another
  for (uint32_t i = 0; i < actors_.size(); ++i) {
    const Actor& a = actors_[i];
    if (a.type != ActorType::kPerson) continue;
    for (const std::string& n : a.names) {
      TokenizeInto(n, 0, words.tokens, words.keys);
      if (words.tokens.size() < 2) continue;
      const Token& last = words.tokens.back();
      if (last.shape != Shape::kCapitalized || last.key.size() < 3) continue;
      auto& persons = by_surname_[std::string(last.key)];
      if (persons.empty() || persons.back() != i) persons.push_back(i);
    }
  }
  size_t name_count = 0;
  for (const Actor& a : actors_) {
    name_count += std::max<size_t>(a.names.size(), 1) + a.adjectives.size() + a.metonyms.size();
  }
  names_.reserve(name_count);
  for (uint32_t i = 0; i < actors_.size(); ++i) {
    const Actor& a = actors_[i];
    for (const std::string& n : a.names) AddName(i, n, NameKind::kName);
    for (const std::string& n : a.adjectives) AddName(i, n, NameKind::kAdjective);
    for (const std::string& n : a.metonyms) AddName(i, n, NameKind::kMetonym);
    if (a.names.empty()) AddName(i, a.label, NameKind::kName);
    by_folded_name_[FoldKey(a.label)].push_back(i);
    for (const graph::Role& r : a.roles) {
      holders_[r.affiliation + "/" + r.title].push_back(i);
      if (!by_id_.contains(r.affiliation)) {
        diagnostics.push_back(
            {origins_[i], 0, "role of " + a.id + " names unknown actor '" + r.affiliation + "'"});
      }
    }
    if (!a.affiliation.empty() && !by_id_.contains(a.affiliation)) {
      diagnostics.push_back(
          {origins_[i], 0,
           "affiliation of " + a.id + " names unknown actor '" + a.affiliation + "'"});
    }
  }
  for (uint32_t i = 0; i < agents_.size(); ++i) by_first_[agents_[i].keys[0]].agents.push_back(i);
  // "Islamic State militants seize ... In addition, the militants attack oilfields": a group
  // with no descriptions of its own is referred back to by the nouns news use for armed and
  // political groups.
  static const std::vector<std::string> kGroupNouns = {
      "group", "militants", "insurgents", "rebels", "jihadists", "militia", "militias", "fighters"};
  for (Actor& a : actors_) {
    if (a.type == ActorType::kGroup && a.descriptions.empty()) a.descriptions = kGroupNouns;
  }
  description_nouns_.clear();
  for (const Actor& a : actors_) {
    for (const std::string& noun : a.descriptions) description_nouns_[noun] = 1;
  }
  description_nouns_.Seal();
  by_first_.Seal();
  for (auto& [key, entry] : by_first_) {
    std::stable_sort(entry.names.begin(), entry.names.end(), [this](uint32_t x, uint32_t y) {
      return names_[x].keys.size() > names_[y].keys.size();
    });
    std::stable_sort(entry.agents.begin(), entry.agents.end(), [this](uint32_t x, uint32_t y) {
      return agents_[x].keys.size() > agents_[y].keys.size();
    });
    // Each first word's names with their words' hashes and shapes next to each other: matching
    // a word of text against its candidates reads a few cache lines, not every NameEntry.
    entry.candidates.clear();
    for (uint32_t n : entry.names) {
      const NameEntry& e = names_[n];
      entry.candidates.push_back({n, static_cast<uint32_t>(word_hashes_.size()),
                                  static_cast<uint16_t>(e.keys.size()), e.needs_the});
      word_hashes_.insert(word_hashes_.end(), e.hashes.begin(), e.hashes.end());
      word_shapes_.insert(word_shapes_.end(), e.shapes.begin(), e.shapes.end());
    }
  }
}

bool ActorDictionary::IsDescription(const Token& token) const {
  return token.is_word && description_nouns_.Find(token.key, token.hash) != nullptr;
}

bool ActorDictionary::Describes(const Actor& actor, std::string_view noun) const {
  return std::find(actor.descriptions.begin(), actor.descriptions.end(), noun) !=
         actor.descriptions.end();
}

const Actor* ActorDictionary::Find(std::string_view id) const {
  auto it = by_id_.find(id);
  return it == by_id_.end() ? nullptr : &actors_[it->second];
}

ActorDictionary::Starting ActorDictionary::StartingWith(const std::string& key) const {
  const FirstWord* entry = by_first_.Find(key);
  if (!entry) return {};
  return {entry->candidates, entry->agents};
}

ActorDictionary::Starting ActorDictionary::StartingWith(const Token& token) const {
  const FirstWord* entry = by_first_.Find(token.key, token.hash);
  if (!entry) return {};
  return {entry->candidates, entry->agents};
}

const Actor* ActorDictionary::Holder(std::string_view affiliation, std::string_view title,
                                     std::optional<graph::Date> date) const {
  std::string key = std::string(affiliation) + "/" + std::string(title);
  auto it = holders_.find(key);
  if (it == holders_.end() || !date) return nullptr;
  const Actor* best = nullptr;
  graph::Date best_from{};
  for (uint32_t i : it->second) {
    for (const graph::Role& r : actors_[i].roles) {
      if (r.affiliation != affiliation || r.title != title || !r.dates.Contains(*date)) continue;
      if (!best || best_from < r.dates.from) {
        best = &actors_[i];
        best_from = r.dates.from;
      }
    }
  }
  return best;
}

namespace {

bool LeadsGovernment(std::string_view title) {
  return title == "president" || title == "prime-minister" || title == "chancellor" ||
         title == "monarch" || title == "supreme-leader" || title == "leader";
}

}  // namespace

const Actor* ActorDictionary::BySurname(std::string_view key, std::optional<graph::Date> date,
                                        bool leaders_only, std::string_view title) const {
  auto it = by_surname_.find(key);
  if (it == by_surname_.end() || !date) return nullptr;
  const Actor* best = nullptr;
  graph::Date best_from{};
  bool several = false;
  for (uint32_t i : it->second) {
    for (const graph::Role& r : actors_[i].roles) {
      // A regime or government is named after who leads it, not after any official.
      if (!r.dates.Contains(*date) || (leaders_only && !LeadsGovernment(r.title)) ||
          (!title.empty() && r.title != title)) {
        continue;
      }
      several |= best && best != &actors_[i];
      if (!best || best_from < r.dates.from) {
        best = &actors_[i];
        best_from = r.dates.from;
      }
    }
  }
  return leaders_only || !several ? best : nullptr;
}

const Actor* ActorDictionary::Resolve(std::string_view text) const {
  std::string trimmed(Trim(text));
  if (const Actor* a = Find(trimmed)) return a;
  std::string upper = trimmed;
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (const Actor* a = Find(upper)) return a;
  std::string lower = FoldKey(trimmed);
  if (const Actor* a = Find(lower)) return a;
  auto it = by_folded_name_.find(lower);
  if (it == by_folded_name_.end() && lower.rfind("the ", 0) != 0) {
    it = by_folded_name_.find("the " + lower);
  }
  if (it == by_folded_name_.end()) return nullptr;
  const Actor* best = nullptr;
  for (uint32_t i : it->second) {
    const Actor& a = actors_[i];
    if (!best || (a.type == ActorType::kState && best->type != ActorType::kState) ||
        (a.type == ActorType::kIgo && best->type != ActorType::kState &&
         best->type != ActorType::kIgo)) {
      best = &a;
    }
  }
  return best;
}

std::vector<const Actor*> ActorDictionary::Search(std::string_view word, size_t limit) const {
  std::string key = FoldKey(Trim(word));
  std::vector<std::pair<int, const Actor*>> scored;
  if (key.empty()) return {};
  for (const Actor& a : actors_) {
    int score = 0;
    if (FoldKey(a.id) == key) {
      score = 4;
    } else if (FoldKey(a.label) == key) {
      score = 3;
    } else if (FoldKey(a.label).find(key) != std::string::npos) {
      score = 2;
    } else {
      for (const auto* list : {&a.names, &a.adjectives, &a.metonyms}) {
        for (const std::string& n : *list) {
          if (FoldKey(n).find(key) != std::string::npos) score = 1;
        }
      }
    }
    if (score > 0) scored.emplace_back(score, &a);
  }
  std::stable_sort(scored.begin(), scored.end(), [](const auto& x, const auto& y) {
    if (x.first != y.first) return x.first > y.first;
    return x.second->id < y.second->id;
  });
  std::vector<const Actor*> out;
  for (const auto& [score, a] : scored) {
    if (out.size() >= limit) break;
    out.push_back(a);
  }
  return out;
}

graph::ActorRef ActorDictionary::RefOn(const Actor& actor, std::optional<graph::Date> date) const {
  return graph::ActorRef{actor.id, actor.label, actor.type, actor.AffiliationOn(date)};
}

}  // namespace irkg::ingest
