#include "irkg/ingest/mention_finder.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <span>

#include "irkg/ingest/strings.h"
#include "irkg/ingest/word_map.h"

namespace irkg::ingest {

using namespace std::literals;

namespace {

using graph::ActorRef;
using graph::ActorType;

enum class UnitKind : uint8_t { kName, kAgent, kCap, kPronoun };

// A matched piece of a sentence before the pieces are read together.
struct Unit {
  UnitKind kind;
  uint32_t first;
  uint32_t last;
  uint32_t index = 0;  // name or agent index
  Anaphor anaphor = Anaphor::kNone;
};

bool ShapeFits(Shape wanted, Shape got) {
  switch (wanted) {
    case Shape::kUpper:
      return got == Shape::kUpper;
    case Shape::kCapitalized:
      return got == Shape::kCapitalized || got == Shape::kUpper;
    default:
      return true;
  }
}

// How well an actor fits a date when names tie: an office-holder that day first, then states and
// organisations, then the rest.
int Fit(const graph::Actor& a, std::optional<graph::Date> date) {
  if (a.type == ActorType::kPerson) return a.RoleOn(date) ? 3 : 0;
  if (a.type == ActorType::kState || a.type == ActorType::kIgo) return 2;
  return 1;
}

// The longest dictionary name starting at token `at`; returns its end or 0. Among names of the
// same length, the actor that fits the date best wins ("Clinton" in 1998 and in 2012).
// `candidates` are names whose first word is the token at `at`.
uint32_t MatchName(const std::vector<Token>& tokens, uint32_t at, const ActorDictionary& dict,
                   std::span<const ActorDictionary::NameCandidate> candidates, bool after_the,
                   std::optional<graph::Date> date, uint32_t& name_index) {
  size_t best_length = 0;
  int best_fit = -1;
  // The hash of the word after the first, which most longer candidates fail on.
  const uint64_t second = at + 1 < tokens.size() ? tokens[at + 1].hash : 0;
  for (const ActorDictionary::NameCandidate& c : candidates) {
    if (c.length < best_length) break;  // longest first
    if (c.length > 1 && second != dict.word_hash(c.words + 1)) continue;
    if (c.needs_the && !after_the) continue;
    if (at + c.length > tokens.size()) continue;
    // The first word is the token's own (the candidates start with it): only its shape counts.
    // The others are compared by hash, then, when all fit, by key.
    bool ok = ShapeFits(dict.word_shape(c.words), tokens[at].shape);
    for (uint32_t k = 1; k < c.length && ok; ++k) {
      const Token& t = tokens[at + k];
      ok =
          t.hash == dict.word_hash(c.words + k) && ShapeFits(dict.word_shape(c.words + k), t.shape);
    }
    if (!ok) continue;
    const NameEntry& e = dict.name(c.name);
    for (uint32_t k = 1; k < c.length && ok; ++k) ok = tokens[at + k].key == e.keys[k];
    if (!ok) continue;
    int fit = Fit(dict.actors()[e.actor], date);
    if (fit > best_fit) {
      best_fit = fit;
      best_length = c.length;
      name_index = c.name;
    }
  }
  return best_length ? at + static_cast<uint32_t>(best_length) : 0;
}

// Capitalised words that start sentences and phrases rather than names.
constexpr std::string_view kNotNames[] = {
    "the", "a", "an", "on", "in", "at", "by", "for", "with", "from", "to", "as", "and", "but", "or",
    "yesterday", "today", "tomorrow", "meanwhile", "earlier", "later", "also", "since", "after",
    "before", "when", "while", "if", "then", "however", "last", "next", "this", "that", "both",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "former", "new",
    "under", "between", "during", "two", "three", "four", "five", "six", "ten", "one", "several",
    "many", "some", "all", "most", "few", "other", "dozens", "hundreds", "thousands",
    // "Fifteen Armenian soldiers are killed", "Suspected Islamist militants": numbers and
    // determiners that open a sentence.
    "seven", "eight", "nine", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
    "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
    "eighty", "ninety", "hundred", "thousand", "scores", "another", "these", "those", "such",
    "each", "every", "various", "numerous", "suspected", "alleged", "unidentified", "unknown",
    // Honorifics: "Mr Putin" is Putin.
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "madam"};

bool IsMonth(std::string_view key) {
  constexpr std::string_view kMonthNames[] = {"january",   "february", "march",    "april",
                                              "may",       "june",     "july",     "august",
                                              "september", "october",  "november", "december"};
  return IsOneOf(key, kMonthNames);
}

// An unknown capitalised word that may be part of a person's or a company's name. Words that
// end like adjectives and adverbs ("Additional", "Heavily") are capitalised sentence openers.
bool NameLike(const Token& t) {
  std::string_view k = t.key;
  if (k.size() > 5 &&
      (k.ends_with("al") || k.ends_with("ly") || k.ends_with("ous") || k.ends_with("ive") ||
       k.ends_with("ful") || k.ends_with("ing") || k.ends_with("ed"))) {
    return false;
  }
  return t.is_word && (t.shape == Shape::kCapitalized || t.shape == Shape::kUpper) &&
         !IsOneOf(t.key, kNotNames) && !IsMonth(t.key);
}

// Whether the capitalised words from `at` on name a make of weapon: "Bayraktar TB2 drones",
// "Su-27 fighters", "Kalibr cruise missiles". A demonym before them is the user's side ("a
// Ukrainian Bayraktar drone"), not part of a company's name ("British Airways").
bool NamesWeaponMake(const std::vector<Token>& tokens, uint32_t at) {
  constexpr std::string_view kPlatforms[] = {
      "drone",       "drones",   "fighter",   "fighters",    "missile",      "missiles",
      "cruise",      "tank",     "tanks",     "warship",     "warships",     "bomber",
      "bombers",     "rocket",   "rockets",   "submarine",   "submarines",   "frigate",
      "frigates",    "howitzer", "howitzers", "warplane",    "warplanes",    "helicopter",
      "helicopters", "gunship",  "gunships",  "interceptor", "interceptors", "ballistic",
      "jets",        "class",    "boat",      "boats",       "vessel",       "vessels",
      "ship",        "ships"};
  const uint32_t n = static_cast<uint32_t>(tokens.size());
  uint32_t q = at;
  while (q < n && q < at + 6 &&
         ((tokens[q].is_word && tokens[q].shape != Shape::kLower) || Eq(tokens[q].key, "-"sv))) {
    ++q;
  }
  return q > at && q < n && tokens[q].shape == Shape::kLower && IsOneOf(tokens[q].key, kPlatforms);
}

uint32_t MatchAgent(const std::vector<Token>& tokens, uint32_t at, const ActorDictionary& dict,
                    std::span<const uint32_t> candidates, uint32_t& agent_index) {
  for (uint32_t a : candidates) {
    const Agent& agent = dict.agent(a);
    if (at + agent.keys.size() > tokens.size()) continue;
    bool ok = true;
    for (size_t k = 1; k < agent.keys.size() && ok; ++k) {
      ok = tokens[at + k].hash == agent.hashes[k] && tokens[at + k].key == agent.keys[k];
    }
    if (ok) {
      agent_index = a;
      return at + static_cast<uint32_t>(agent.keys.size());
    }
  }
  return 0;
}

struct PronounWord {
  std::string_view word;
  Anaphor anaphor;
  bool possessive;
};

constexpr std::array<PronounWord, 18> kPronouns = {{
    {"you", Anaphor::kAddressee, false},
    {"your", Anaphor::kAddressee, true},
    {"we", Anaphor::kSpeakerSide, false},
    {"i", Anaphor::kSpeakerSide, false},
    {"me", Anaphor::kSpeakerSide, false},
    {"my", Anaphor::kSpeakerSide, true},
    {"our", Anaphor::kSpeakerSide, true},
    {"us", Anaphor::kSpeakerSide, false},
    {"he", Anaphor::kPerson, false},
    {"his", Anaphor::kPerson, true},
    {"him", Anaphor::kPerson, false},
    {"she", Anaphor::kPerson, false},
    {"her", Anaphor::kPerson, true},
    {"they", Anaphor::kGroup, false},
    {"their", Anaphor::kGroup, true},
    {"them", Anaphor::kGroup, false},
    {"it", Anaphor::kEntity, false},
    {"its", Anaphor::kEntity, true},
}};

// Each pronoun's index in kPronouns, by its word: one lookup a word.
const WordMap<uint8_t>& PronounIndex() {
  static const auto* table = [] {
    auto* t = new WordMap<uint8_t>();
    for (size_t i = 0; i < kPronouns.size(); ++i)
      (*t)[std::string(kPronouns[i].word)] = static_cast<uint8_t>(i);
    t->Seal();
    return t;
  }();
  return *table;
}

// "my", "our", "its": "My Government" is the speaker's own body, which the possessive reads.
bool IsPossessivePronoun(const Token& t) {
  const uint8_t* p = t.key.size() > 5 ? nullptr : PronounIndex().Find(t.key, t.hash);
  return p && kPronouns[*p].possessive;
}

constexpr std::string_view kPairNouns[] = {
    "countries",  "sides",     "states",     "nations",    "leaders",     "governments",
    "neighbours", "neighbors", "presidents", "ministers",  "delegations", "allies",
    "powers",     "partners",  "parties",    "leaderships"};

// "the two countries", "both sides": returns the end of the phrase or 0.
uint32_t MatchPair(const std::vector<Token>& tokens, uint32_t at) {
  auto noun_at = [&](uint32_t i) {
    return i < tokens.size() && IsOneOf(tokens[i].key, kPairNouns);
  };
  if (Eq(tokens[at].key, "both"sv) && noun_at(at + 1)) return at + 2;
  if (Eq(tokens[at].key, "the"sv) && at + 2 < tokens.size() && Eq(tokens[at + 1].key, "two"sv) &&
      noun_at(at + 2)) {
    return at + 3;
  }
  return 0;
}

std::string Slug(std::string_view text) {
  std::string key = FoldKey(text);
  std::string out;
  for (char c : key) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out += c;
    } else if (!out.empty() && out.back() != '-') {
      out += '-';
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

// Lower-case words inside personal names: "Staffan de Mistura", "Ursula von der Leyen".
constexpr std::string_view kNameParticles[] = {"de",  "da",  "di",  "del", "della", "van", "von",
                                               "der", "den", "ter", "du",  "dos",   "das", "la",
                                               "le",  "bin", "ibn", "al",  "el"};

bool IsNameParticle(std::string_view key) { return IsOneOf(key, kNameParticles); }

// Role words that stand for a state's whole government: "the regime" refers back to a state,
// "the Assad regime" names it through its leader.
constexpr std::string_view kGovernmentNouns[] = {"government", "regime", "junta", "administration"};

bool IsGovernmentNoun(const Agent& agent) {
  return agent.keys.size() == 1 && IsOneOf(agent.keys[0], kGovernmentNouns);
}

// The head nouns of a state's bodies when they are named by office alone, capitalised: "the
// Supreme Court", "the National Assembly", "the Minneapolis Police Department". Not "army",
// "forces" or "guard": "the National Liberation Army" and "the Rapid Support Forces" are groups.
constexpr std::string_view kInstitutionHeads[] = {
    "government", "ministry", "department", "parliament", "legislature", "congress",    "senate",
    "assembly",   "council",  "court",      "tribunal",   "judiciary",   "police",      "navy",
    "bank",       "cabinet",  "delegates",  "duma",       "service",     "intelligence"};

// Words that make a body international, not a state's: "the International Criminal Court".
constexpr std::string_view kSupranationalWords[] = {
    "international", "european", "world",         "global",   "arab",     "african", "asian",
    "islamic",       "inter",    "interstate",    "regional", "eurasian", "pan",     "united",
    "commonwealth",  "nordic",   "transnational", "americas", "atlantic", "pacific"};

bool IsInstitutionHead(const Agent& agent) { return IsOneOf(agent.keys.back(), kInstitutionHeads); }

bool IsSupranationalWord(std::string_view key) { return IsOneOf(key, kSupranationalWords); }

// The agency a role word makes of a state or organisation: "Syrian government", "US senators".
// The state a place lies in ("Kharkiv": Ukraine), from its part-of; empty when it has none.
graph::ActorRef PlaceState(const ActorDictionary& dict, const graph::Actor& place,
                           std::optional<graph::Date> date) {
  if (place.part_of.empty()) return {};
  const graph::Actor* state = dict.Find(place.part_of.front().organisation);
  return state ? dict.RefOn(*state, date) : graph::ActorRef{};
}

// Whether the capitalised words from units[k] on end in a capitalised role word of the state
// ("French [Health Ministry]", "Colombian [Civil Aviation Authority]", "Indian [Supreme Court]"):
// then the demonym before them is the state, as it is in "French ministry", and not the first
// word of a private name ("British Airways"). Armed forces are left out: "Kosovo Liberation Army"
// and "Irish Republican Army" are no state's army.
bool NamesStateBody(const std::vector<Unit>& units, size_t k, const std::vector<Token>& tokens,
                    const ActorDictionary& dict) {
  while (k < units.size() && units[k].kind == UnitKind::kCap &&
         (k + 1 == units.size() || units[k + 1].first == units[k].last)) {
    ++k;
  }
  if (k == units.size() || units[k].kind != UnitKind::kAgent ||
      units[k].first != units[k - 1].last || tokens[units[k].first].shape != Shape::kCapitalized) {
    return false;
  }
  const Agent& agent = dict.agent(units[k].index);
  return agent.code == "GOV" || agent.code == "LEG" || agent.code == "JUD" || agent.code == "COP" ||
         agent.code == "SPY";
}

// Whether the "it" at `i` refers to nothing: "it gives me great pleasure to", "it is an honour
// to", "it is my privilege to" (the doer of what follows is the speaker, not the last thing
// named).
bool IsExpletiveIt(const std::vector<Token>& tokens, size_t i) {
  const size_t n = tokens.size();
  if (i + 2 >= n) return false;
  const std::string_view next = tokens[i + 1].key;
  if (Eq(next, "gives"sv) || Eq(next, "gave"sv) || Eq(next, "give"sv)) {
    return Eq(tokens[i + 2].key, "me"sv) || Eq(tokens[i + 2].key, "us"sv);
  }
  if (!Eq(next, "is"sv) && !Eq(next, "was"sv)) return false;
  for (size_t q = i + 2; q < n && q < i + 7; ++q) {
    const std::string_view w = tokens[q].key;
    if (Eq(w, "pleasure"sv) || Eq(w, "honour"sv) || Eq(w, "honor"sv) || Eq(w, "privilege"sv)) {
      // "an honour to", "an honour for me to"
      return (q + 1 < n && Eq(tokens[q + 1].key, "to"sv)) ||
             (q + 3 < n && Eq(tokens[q + 1].key, "for"sv) && Eq(tokens[q + 3].key, "to"sv));
    }
  }
  return false;
}

// A word between "the" and a title that addresses the chair: "the outgoing President".
bool IsChairTerm(const Token& t) {
  return Eq(t.key, "outgoing"sv) || Eq(t.key, "previous"sv) || Eq(t.key, "retiring"sv) ||
         Eq(t.key, "current"sv) || Eq(t.key, "new"sv);
}

// The word before a title that addresses the chair: "Mr. President", "Madam President", "the
// Secretary-General".
bool IsChairOpener(const Token& t) {
  return Eq(t.key, "the"sv) || Eq(t.key, "mr"sv) || Eq(t.key, "mr."sv) || Eq(t.key, "madam"sv) ||
         Eq(t.key, "madame"sv);
}

// States whose leader in the news is the head of government, though a president or a monarch
// is head of state: parliamentary republics and constitutional monarchies.
constexpr std::string_view kGovernmentLeads[] = {
    "DEU", "ITA", "IND", "ISR", "GRC", "AUT", "IRL", "HUN", "CZE", "SVK",
    "SVN", "HRV", "BGR", "EST", "LVA", "MLT", "ALB", "IRQ", "PAK", "BGD",
    "NPL", "ARM", "GEO", "GBR", "JPN", "ESP", "NLD", "SWE", "NOR", "DNK",
    "BEL", "CAN", "AUS", "NZL", "THA", "LUX", "MYS", "KHM", "ETH", "FIN"};

// The holder of an office, with the news' loose titles: "the Russian leader" is the head of
// state or of government; "the Kremlin spokesman" speaks for the president.
// Whether a name is the seat of a head of state or government ("the Kremlin", "the White
// House"), whose spokesperson is the press secretary; a ministry's building ("the State
// Department", "the Pentagon") speaks through the ministry.
bool SeatOfPower(NameKind kind, const Unit* unit, const std::vector<Token>& tokens) {
  if (kind != NameKind::kMetonym || !unit) return false;
  for (uint32_t k = unit->first; k < unit->last; ++k) {
    if (Eq(tokens[k].key, "department"sv) || Eq(tokens[k].key, "pentagon"sv)) return false;
  }
  return true;
}

const graph::Actor* OfficeHolder(const ActorDictionary& dict, const std::string& affiliation,
                                 std::string_view title, bool seat_of_power,
                                 std::optional<graph::Date> date) {
  if (title == "spokesperson" && seat_of_power) {
    if (const graph::Actor* a = dict.Holder(affiliation, "press-secretary", date)) return a;
  }
  if (const graph::Actor* a = dict.Holder(affiliation, title, date)) return a;
  if (title != "leader") return nullptr;
  bool government_leads = IsOneOf(affiliation, kGovernmentLeads);
  static constexpr std::string_view kStateFirst[] = {"supreme-leader", "president", "monarch",
                                                     "chancellor", "prime-minister"};
  static constexpr std::string_view kGovernmentFirst[] = {"chancellor", "prime-minister",
                                                          "president", "monarch"};
  if (government_leads) {
    for (std::string_view t : kGovernmentFirst) {
      if (const graph::Actor* a = dict.Holder(affiliation, t, date)) return a;
    }
  } else {
    for (std::string_view t : kStateFirst) {
      if (const graph::Actor* a = dict.Holder(affiliation, t, date)) return a;
    }
  }
  return nullptr;
}

}  // namespace

bool IsPossessiveToken(const Token& t) { return Eq(t.key, "'s"sv) || Eq(t.key, "'"sv); }

// Its label is that of the agency's own record when the data has one ("[AUS-MIL]"), otherwise
// the state's adjective and the code's label: one id, one label, whichever words named it.
graph::ActorRef AgencyRef(const ActorDictionary& dict, const std::string& aff_id,
                          std::string_view code) {
  std::string id = aff_id + "-" + std::string(code);
  if (const graph::Actor* record = dict.Find(id)) {
    return graph::ActorRef{std::move(id), record->label, graph::ActorType::kAgency, aff_id};
  }
  const graph::Actor* aff = dict.Find(aff_id);
  std::string base =
      aff && !aff->adjectives.empty() ? aff->adjectives.front() : (aff ? aff->label : aff_id);
  return graph::ActorRef{std::move(id), base + " " + std::string(dict.CodeLabel(code)),
                         graph::ActorType::kAgency, aff_id};
}

std::vector<Mention> FindMentions(const std::vector<Token>& tokens, std::string_view text,
                                  std::optional<graph::Date> date, const ActorDictionary& dict) {
  // Each word's names and agents, looked up once: "the" and inner names look ahead.
  thread_local std::vector<ActorDictionary::Starting> found;
  thread_local std::vector<const ActorDictionary::Starting*> starting;
  found.resize(tokens.size());
  starting.resize(tokens.size());
  for (size_t i = 0; i < tokens.size(); ++i) {
    found[i] = tokens[i].is_word ? dict.StartingWith(tokens[i]) : ActorDictionary::Starting();
    starting[i] = &found[i];
  }
  return FindMentions(tokens, starting, text, date, dict);
}

std::vector<Mention> FindMentions(const std::vector<Token>& tokens,
                                  std::span<const ActorDictionary::Starting* const> starting_at,
                                  std::string_view text, std::optional<graph::Date> date,
                                  const ActorDictionary& dict) {
  assert(starting_at.size() == tokens.size());
  static const ActorDictionary::Starting kNothing;
  auto starting = [&](uint32_t k) -> const ActorDictionary::Starting& {
    return starting_at[k] ? *starting_at[k] : kNothing;
  };
  // 1. Units: names, role words, pronouns and unknown capitalised words.
  // Scratch space kept per thread: a sentence's reading allocates almost nothing.
  thread_local std::vector<Unit> units;
  units.clear();
  const uint32_t n = static_cast<uint32_t>(tokens.size());
  for (uint32_t i = 0; i < n;) {
    const Token& t = tokens[i];
    if (!t.is_word) {
      ++i;
      continue;
    }
    uint32_t index = 0;
    uint32_t end = 0;
    uint32_t start = i;
    const bool is_the = Eq(t.key, "the"sv);
    if (is_the && i + 1 < n) {
      end = MatchName(tokens, i + 1, dict, starting(i + 1).first, true, date, index);
      if (end) {
        const NameEntry& e = dict.name(index);
        if (!e.needs_the && e.kind != NameKind::kMetonym) start = i + 1;
      }
    }
    const auto [name_candidates, agent_candidates] = starting(i);
    if (!end && !name_candidates.empty()) {
      end = MatchName(tokens, i, dict, name_candidates, false, date, index);
    }
    uint32_t agent_index = 0;
    uint32_t agent_end =
        agent_candidates.empty() ? 0 : MatchAgent(tokens, i, dict, agent_candidates, agent_index);
    // A role word right after a state ("US State Department") is the state's agency, not a
    // second name of the state.
    bool agency_after_name = agent_end == end && !units.empty() &&
                             units.back().kind == UnitKind::kName && units.back().last == i;
    // "Chinese President Xi Jinping": the alias "President Xi" must not cut "Xi Jinping" short.
    // When a name starting inside this one reaches further, the role word stands alone.
    if (end && end > i + 1 && agent_end && agent_end < end) {
      for (uint32_t j = agent_end; j < end; ++j) {
        uint32_t inner = 0;
        auto inner_candidates = starting(j).first;
        if (!inner_candidates.empty() &&
            MatchName(tokens, j, dict, inner_candidates, false, date, inner) > end) {
          end = 0;
          break;
        }
      }
    }
    if (end && end >= agent_end && !agency_after_name) {
      units.push_back({UnitKind::kName, start, end, index});
      i = end;
      continue;
    }
    if (agent_end) {
      units.push_back({UnitKind::kAgent, i, agent_end, agent_index});
      i = agent_end;
      continue;
    }
    if (uint32_t pair_end = (is_the || Eq(t.key, "both"sv)) ? MatchPair(tokens, i) : 0) {
      units.push_back({UnitKind::kPronoun, i, pair_end, 0, Anaphor::kPair});
      i = pair_end;
      continue;
    }
    // "the alliance", "the kingdom": not "the kingdom of Bhutan", which names it, nor a place
    // ("across the bloc", "in the south of the kingdom").
    auto place_before = [&]() {
      return i > 0 && (Eq(tokens[i - 1].key, "in"sv) || Eq(tokens[i - 1].key, "across"sv) ||
                       Eq(tokens[i - 1].key, "throughout"sv) || Eq(tokens[i - 1].key, "around"sv) ||
                       Eq(tokens[i - 1].key, "within"sv) || Eq(tokens[i - 1].key, "inside"sv) ||
                       Eq(tokens[i - 1].key, "outside"sv) || Eq(tokens[i - 1].key, "of"sv));
    };
    // "this Organization", "our Organization": a capitalised description takes "this" and "our".
    const bool determiner = is_the || (i + 1 < n && tokens[i + 1].shape == Shape::kCapitalized &&
                                       (Eq(t.key, "this"sv) || Eq(t.key, "our"sv)));
    // "the efforts of the Organization": a capitalised one is no place after "of".
    // Nor "the organization and execution of this crime": a lower-case one in a list of acts.
    if (determiner && i + 1 < n && dict.IsDescription(tokens[i + 1]) &&
        !(i + 2 < n && (Eq(tokens[i + 2].key, "of"sv) ||
                        (Eq(tokens[i + 2].key, "and"sv) && tokens[i + 1].shape == Shape::kLower &&
                         tokens[i + 1].key.starts_with("organi"sv)) ||
                        (Eq(tokens[i + 2].key, "for"sv) && i + 3 < n &&
                         tokens[i + 3].shape == Shape::kCapitalized))) &&
        (!place_before() ||
         (Eq(tokens[i - 1].key, "of"sv) && tokens[i + 1].shape == Shape::kCapitalized))) {
      units.push_back({UnitKind::kPronoun, i, i + 2, 0, Anaphor::kDescription});
      i += 2;
      continue;
    }
    // "..., Sir, ...": the addressee, as "you" (not "Sir Winston Churchill").
    if (Eq(t.key, "sir"sv) && t.shape == Shape::kCapitalized && i + 1 < n &&
        !tokens[i + 1].is_word) {
      units.push_back({UnitKind::kPronoun, i, i + 1, 0, Anaphor::kChair});
      ++i;
      continue;
    }
    if (Eq(t.key, "it"sv) && IsExpletiveIt(tokens, i)) {
      ++i;
      continue;
    }
    if (const uint8_t* p = t.key.size() > 5 ? nullptr : PronounIndex().Find(t.key, t.hash)) {
      // "US" in capitals is a name, matched above; "us" is a pronoun.
      units.push_back({UnitKind::kPronoun, i, i + 1, *p, kPronouns[*p].anaphor});
      ++i;
      continue;
    }
    const bool particle = !units.empty() && units.back().kind == UnitKind::kCap &&
                          units.back().last == i && i + 1 < n &&
                          tokens[i + 1].shape == Shape::kCapitalized && IsNameParticle(t.key);
    if (t.shape == Shape::kCapitalized || t.shape == Shape::kUpper || particle) {
      units.push_back({UnitKind::kCap, i, i + 1});
    }
    ++i;
  }

  // A one-word state name, capital or demonym inside a longer capitalised name is not the state:
  // "Michael Jordan", "Chad Smith", "Denzel Washington", "Washington Post", "Paris Agreement",
  // "British Airways". Role words and titles next to it ("Jordan King Abdullah") do not count.
  // Nor is a one-word surname inside another name the person: "Samar Badawi", "Vicente Calderon
  // Stadium", "Queen Elizabeth National Park".
  for (size_t k = 0; k < units.size(); ++k) {
    Unit& unit = units[k];
    if (unit.kind != UnitKind::kName || dict.name(unit.index).keys.size() != 1) continue;
    const graph::Actor& a = dict.actors()[dict.name(unit.index).actor];
    if (a.type != ActorType::kState && a.type != ActorType::kPerson) continue;
    bool cap_before = k > 0 && units[k - 1].kind == UnitKind::kCap &&
                      units[k - 1].last == unit.first && NameLike(tokens[units[k - 1].first]);
    bool cap_after = k + 1 < units.size() && units[k + 1].kind == UnitKind::kCap &&
                     units[k + 1].first == unit.last && NameLike(tokens[units[k + 1].first]) &&
                     !NamesStateBody(units, k + 1, tokens, dict) &&
                     !NamesWeaponMake(tokens, units[k + 1].first);
    // "a man named Chad", "Jordan scored 45 points": a person, not the state.
    bool named = unit.first > 0 && (Eq(tokens[unit.first - 1].key, "named"sv) ||
                                    Eq(tokens[unit.first - 1].key, "called"sv));
    bool person_verb =
        unit.last < n &&
        (Eq(tokens[unit.last].key, "scored"sv) || Eq(tokens[unit.last].key, "scores"sv) ||
         Eq(tokens[unit.last].key, "starred"sv) || Eq(tokens[unit.last].key, "married"sv));
    if (cap_before || cap_after || named || person_verb) {
      unit.kind = UnitKind::kCap;
      unit.first = unit.last - 1;  // "The Washington Post": the article is no part of the name
    }
  }

  // 2. Read adjacent units together: "Chinese Foreign Ministry spokeswoman Hua Chunying".
  std::vector<Mention> mentions;
  auto possessive_after = [&](uint32_t last) {
    return last < n && IsPossessiveToken(tokens[last]);
  };
  // "Mr. Thomson", "Madam Espinosa": an honorific at `h` and the surname at `f` name the one
  // person in office that day with that surname; false when there is none.
  auto add_by_surname = [&](uint32_t h, uint32_t f) {
    const graph::Actor* p = dict.BySurname(tokens[f].key, date, false);
    if (!p) return false;
    Mention m;
    m.first = h;
    m.last = f + 1;
    m.possessive = possessive_after(f + 1);
    m.kind = MentionKind::kName;
    m.actor = dict.RefOn(*p, date);
    if (const graph::Role* r = p->RoleOn(date)) m.role = r->title;
    mentions.push_back(std::move(m));
    return true;
  };
  thread_local std::vector<uint32_t> caps;
  thread_local std::vector<const Unit*> names;
  mentions.reserve(8);
  size_t u = 0;
  while (u < units.size()) {
    const Unit& head = units[u];
    if (head.kind == UnitKind::kPronoun) {
      Mention m;
      m.first = head.first;
      m.last = head.last;
      m.kind = MentionKind::kPronoun;
      m.anaphor = head.anaphor;
      const bool phrase = head.anaphor == Anaphor::kPair || head.anaphor == Anaphor::kDescription ||
                          head.anaphor == Anaphor::kChair;
      m.possessive = phrase ? possessive_after(head.last) : kPronouns[head.index].possessive;
      if (head.anaphor == Anaphor::kDescription) m.role = std::string(tokens[head.first + 1].key);
      mentions.push_back(std::move(m));
      ++u;
      continue;
    }
    // Collect the chunk: units that touch, or agent + "of" (+ "the") + name.
    size_t v = u + 1;
    while (v < units.size() && units[v].kind != UnitKind::kPronoun) {
      uint32_t gap_from = units[v - 1].last;
      uint32_t gap_to = units[v].first;
      bool touching = gap_from == gap_to && !possessive_after(gap_from);
      // "China's foreign minister", "Russia's defence ministry": a possessor owns the office.
      bool owner = units[v - 1].kind == UnitKind::kName && units[v].kind == UnitKind::kAgent &&
                   gap_to == gap_from + 1 && possessive_after(gap_from);
      // "the government of Syria", "the regime in Damascus".
      // ("the Afghanistan government in Doha": a government its state already names sits in
      // a city, it is not that city's.)
      // "the Syrian transitional government in Riyadh": a word or two may stand between.
      const bool owned =
          (v >= u + 2 && units[v - 2].kind == UnitKind::kName &&
           units[v - 2].last == units[v - 1].first) ||
          (v == u + 1 && u > 0 && units[u - 1].kind == UnitKind::kName &&
           dict.name(units[u - 1].index).kind == NameKind::kAdjective &&
           units[u].first > units[u - 1].last && units[u].first <= units[u - 1].last + 2 &&
           std::all_of(tokens.begin() + units[u - 1].last, tokens.begin() + units[u].first,
                       [](const Token& x) {
                         return x.is_word && x.shape == Shape::kLower && !Eq(x.key, "the"sv) &&
                                !Eq(x.key, "a"sv) && !Eq(x.key, "an"sv);
                       }));
      bool of_link = units[v - 1].kind == UnitKind::kAgent && units[v].kind == UnitKind::kName &&
                     gap_to > gap_from && gap_to - gap_from <= 2 &&
                     (Eq(tokens[gap_from].key, "of"sv) ||
                      (Eq(tokens[gap_from].key, "in"sv) && !owned &&
                       IsGovernmentNoun(dict.agent(units[v - 1].index)))) &&
                     (gap_to - gap_from == 1 || Eq(tokens[gap_from + 1].key, "the"sv));
      if (!touching && !of_link && !owner) break;
      ++v;
    }
    if (std::all_of(units.begin() + static_cast<std::ptrdiff_t>(u),
                    units.begin() + static_cast<std::ptrdiff_t>(v),
                    [](const Unit& x) { return x.kind == UnitKind::kCap; })) {
      // "Mr. Thomson", "Madam Espinosa": an honorific and a surname the names do not list name
      // the one person in office that day with that surname.
      const uint32_t f = units[u].first;
      const uint32_t h = f >= 2 && Eq(tokens[f - 1].key, "."sv) ? f - 2 : f - 1;
      if (v == u + 1 && units[u].last == f + 1 && f > 0 && IsHonorific(tokens[h].key) &&
          NameLike(tokens[f])) {
        add_by_surname(h, f);
      }
      u = v;  // capitalised words only: no actor here
      continue;
    }
    // "The regime", "The spokeswoman" at the start of a sentence: the article is no name.
    if (v > u + 1 && units[u].kind == UnitKind::kCap && Eq(tokens[units[u].first].key, "the"sv)) {
      ++u;
    }
    // Trailing unknown capitalised words only count after a role word ("aide Yury Ushakov").
    size_t end_unit = v;
    while (end_unit > u + 1 && units[end_unit - 1].kind == UnitKind::kCap &&
           !(units[end_unit - 2].kind == UnitKind::kAgent ||
             units[end_unit - 2].kind == UnitKind::kCap)) {
      --end_unit;
    }
    const uint32_t first_token = units[u].first;
    const uint32_t last_token = units[end_unit - 1].last;

    const graph::Actor* person = nullptr;
    const graph::Actor* affiliation = nullptr;
    const graph::Actor* place = nullptr;
    NameKind affiliation_kind = NameKind::kName;
    const Unit* affiliation_unit = nullptr;
    const Agent* agent = nullptr;
    const Agent* title_agent = nullptr;
    caps.clear();
    names.clear();
    bool after_agent = false;
    for (size_t k = u; k < end_unit; ++k) {
      const Unit& unit = units[k];
      if (unit.kind == UnitKind::kName) {
        const NameEntry& e = dict.name(unit.index);
        const graph::Actor& a = dict.actors()[e.actor];
        names.push_back(&unit);
        if (a.type == ActorType::kPerson) {
          person = &a;
        } else if (a.type == ActorType::kOther && a.roles.empty() && a.memberships.empty() &&
                   a.affiliation.empty() && a.id.starts_with("place-")) {
          place = &a;
        } else if (!affiliation || !after_agent) {
          affiliation = &a;
          affiliation_kind = e.kind;
          affiliation_unit = &unit;
        }
      } else if (unit.kind == UnitKind::kAgent) {
        const Agent& ag = dict.agent(unit.index);
        if (!ag.title.empty()) title_agent = &ag;
        agent = &ag;
        after_agent = true;
      } else if (unit.kind == UnitKind::kCap && after_agent) {
        caps.push_back(unit.first);
      }
    }

    // "Maryland Governor Larry Hogan", "the Kharkiv police": the office or body of a place is its
    // state's.
    if (!affiliation && place && agent && !place->part_of.empty() &&
        (agent->code == "GOV" || agent->code == "LEG" || agent->code == "JUD" ||
         agent->code == "COP")) {
      affiliation = dict.Find(place->part_of.front().organisation);
    }
    Mention m;
    m.first = first_token;
    m.last = last_token;
    m.possessive = possessive_after(last_token);
    bool person_body = false;  // "the Trump administration": the government, not the person
    if (person && agent && agent->title.empty() && agent->code == "GOV") {
      for (size_t k = u; k + 1 < end_unit; ++k) {
        person_body |= units[k].kind == UnitKind::kName && units[k + 1].kind == UnitKind::kAgent &&
                       dict.actors()[dict.name(units[k].index).actor].type == ActorType::kPerson;
      }
    }
    // "the Assad regime": a surname the names do not list, before a government noun, names the
    // leader in office whose surname it is.
    // ("The Assad regime": the capitalised article before it is no name.)
    if (!person && !affiliation && agent && IsGovernmentNoun(*agent) && end_unit >= u + 2 &&
        units[end_unit - 1].kind == UnitKind::kAgent &&
        units[end_unit - 2].kind == UnitKind::kCap &&
        std::all_of(units.begin() + static_cast<std::ptrdiff_t>(u),
                    units.begin() + static_cast<std::ptrdiff_t>(end_unit - 2), [&](const Unit& x) {
                      return x.kind == UnitKind::kCap && !NameLike(tokens[x.first]);
                    })) {
      person = dict.BySurname(tokens[units[end_unit - 2].first].key, date);
      person_body = person != nullptr;
      if (person_body) m.first = units[end_unit - 2].first;
    }
    // "the US president, Richard Nixon,", "the Russian deputy foreign minister, Sergei Ryabkov":
    // a name in apposition to an office says who holds it, whoever holds it on the article's
    // date. A known person is that person; an unknown name is an official of the office's state
    // or organisation.
    if (agent && end_unit == v && units[end_unit - 1].kind == UnitKind::kAgent &&
        v < units.size() && last_token + 1 < n && Eq(tokens[last_token].key, ","sv) &&
        units[v].first == last_token + 1 && agent->code != "CVL" && agent->code != "BUS" &&
        agent->code != "MED") {
      const Unit& next = units[v];
      if (next.kind == UnitKind::kName &&
          dict.actors()[dict.name(next.index).actor].type == ActorType::kPerson) {
        const graph::Actor& holder = dict.actors()[dict.name(next.index).actor];
        m.kind = MentionKind::kName;
        m.last = next.last;
        m.possessive = possessive_after(next.last);
        m.actor = dict.RefOn(holder, date);
        if (const graph::Role* r = holder.RoleOn(date)) m.role = r->title;
        mentions.push_back(std::move(m));
        u = v + 1;
        continue;
      }
      size_t w = v;
      while (w < units.size() && units[w].kind == UnitKind::kCap &&
             (w == v || units[w].first == units[w - 1].last)) {
        ++w;
      }
      const uint32_t run_last = w > v ? units[w - 1].last : 0;
      const bool closed =
          w > v &&
          (run_last >= n || Eq(tokens[run_last].key, ","sv) || Eq(tokens[run_last].key, "."sv) ||
           (tokens[run_last].is_word && tokens[run_last].shape == Shape::kLower &&
            !IsNameParticle(tokens[run_last].key)));
      std::string aff_id = affiliation ? affiliation->AffiliationOn(date) : std::string();
      if (affiliation && aff_id.empty()) aff_id = affiliation->id;
      if (w >= v + 2 && closed && NameLike(tokens[units[v].first]) && !aff_id.empty()) {
        std::string name(text.substr(tokens[units[v].first].begin,
                                     tokens[run_last - 1].end - tokens[units[v].first].begin));
        m.kind = MentionKind::kOffice;
        m.last = run_last;
        m.possessive = possessive_after(run_last);
        m.role = title_agent ? title_agent->title : agent->code;
        m.actor = ActorRef{Slug(name), name, ActorType::kPerson, aff_id};
        mentions.push_back(std::move(m));
        u = w;
        continue;
      }
    }
    if (person_body) {
      std::string aff_id = person->AffiliationOn(date);
      m.kind = MentionKind::kAgency;
      m.role = agent->code;
      m.actor = AgencyRef(dict, aff_id, agent->code);
      mentions.push_back(std::move(m));
    } else if (person) {
      m.kind = MentionKind::kName;
      m.actor = dict.RefOn(*person, date);
      if (const graph::Role* r = person->RoleOn(date)) m.role = r->title;
      // "European Council President Charles Michel": of two offices held at once, the one the
      // text names.
      if (affiliation && affiliation != person) {
        for (const graph::Role& r : person->roles) {
          if (r.affiliation == affiliation->id && (!date || r.dates.Contains(*date))) {
            m.actor.affiliation = r.affiliation;
            m.role = r.title;
            break;
          }
        }
      }
      mentions.push_back(std::move(m));
    } else if (place && names.size() == 1 && !agent) {
      m.kind = MentionKind::kPlace;
      m.actor = PlaceState(dict, *place, date);
      mentions.push_back(std::move(m));
    } else if (agent) {
      std::string aff_id = affiliation ? affiliation->AffiliationOn(date) : std::string();
      if (affiliation && aff_id.empty()) aff_id = affiliation->id;
      if (!caps.empty() && title_agent && affiliation) {
        std::string name(text.substr(tokens[caps.front()].begin,
                                     tokens[caps.back()].end - tokens[caps.front()].begin));
        m.kind = MentionKind::kOffice;
        m.role = title_agent->title;
        // The holder of that office that day, when the name fits ("Jordan's King Abdullah");
        // otherwise an office holder the dictionary does not know ("Kremlin aide Yury Ushakov").
        const graph::Actor* holder = dict.Holder(aff_id, title_agent->title, date);
        const std::string key = FoldKey(name);
        bool fits = false;
        if (holder) {
          fits = FoldKey(holder->label).find(key) != std::string::npos;
          for (const std::string& alias : holder->names) {
            fits |= FoldKey(alias).find(key) != std::string::npos;
          }
        }
        m.actor = fits ? dict.RefOn(*holder, date)
                       : ActorRef{Slug(name), name, ActorType::kPerson, aff_id};
      } else if (!caps.empty() && affiliation && agent->code == "GOV" && caps.size() >= 2) {
        std::string name(text.substr(tokens[caps.front()].begin,
                                     tokens[caps.back()].end - tokens[caps.front()].begin));
        m.kind = MentionKind::kOffice;
        m.actor = ActorRef{Slug(name), name, ActorType::kPerson, aff_id};
        m.role = agent->code;
      } else if (affiliation && affiliation->type == ActorType::kGroup) {
        // "Hamas's leader", "al-Qaeda fighters": the group itself.
        m.kind = MentionKind::kName;
        m.actor = dict.RefOn(*affiliation, date);
      } else if (title_agent && affiliation) {
        m.kind = MentionKind::kOffice;
        m.role = title_agent->title;
        // "U.S. president-elect Donald Trump": not the one in office that day.
        const bool elect = last_token + 1 < tokens.size() && Eq(tokens[last_token].key, "-"sv) &&
                           (Eq(tokens[last_token + 1].key, "elect"sv) ||
                            Eq(tokens[last_token + 1].key, "designate"sv));
        if (const graph::Actor* holder =
                elect
                    ? nullptr
                    : OfficeHolder(dict, aff_id, title_agent->title,
                                   SeatOfPower(affiliation_kind, affiliation_unit, tokens), date)) {
          m.actor = dict.RefOn(*holder, date);
        } else {
          m.actor = AgencyRef(dict, aff_id, title_agent->code);
        }
      } else if (affiliation) {
        m.kind = MentionKind::kAgency;
        m.role = agent->code;
        m.actor = AgencyRef(dict, aff_id, agent->code);
      } else if (const graph::Actor* holder =
                     !caps.empty() && title_agent && units[u].kind == UnitKind::kAgent &&
                             tokens[units[u].first].shape == Shape::kCapitalized &&
                             NameLike(tokens[caps.back()])
                         ? dict.BySurname(tokens[caps.back()].key, date, false, title_agent->title)
                         : nullptr) {
        // "President Dos Santos", "President Santos": a title and a surname name the one
        // person holding that office that day under that surname.
        m.kind = MentionKind::kName;
        m.actor = dict.RefOn(*holder, date);
        m.role = title_agent->title;
      } else if (caps.size() >= 2 && units[u].kind == UnitKind::kAgent &&
                 tokens[units[u].first].shape == Shape::kCapitalized && NameLike(tokens[caps[0]])) {
        // "Senator Lindsey Graham", "President Fuad Masum": an official of a state the text
        // does not name here; the article's discourse says which (Anaphor::kGovernment).
        std::string name(text.substr(tokens[caps.front()].begin,
                                     tokens[caps.back()].end - tokens[caps.front()].begin));
        m.kind = MentionKind::kOffice;
        m.role = title_agent ? title_agent->title : agent->code;
        m.actor = ActorRef{Slug(name), name, ActorType::kPerson, ""};
        // "Mayor Yiannis Boutaris of Greece's Thessaloniki": the state named after the name.
        const uint32_t after = last_token + 1;
        if (end_unit < units.size() && last_token < n && Eq(tokens[last_token].key, "of"sv) &&
            (units[end_unit].first == after ||
             (units[end_unit].first == after + 1 && Eq(tokens[after].key, "the"sv))) &&
            units[end_unit].kind == UnitKind::kName) {
          const graph::Actor& a = dict.actors()[dict.name(units[end_unit].index).actor];
          if (a.type == ActorType::kState) m.actor.affiliation = a.id;
        }
        if (m.actor.affiliation.empty()) m.anaphor = Anaphor::kGovernment;
      } else if (IsGovernmentNoun(*agent) && end_unit == u + 1 && first_token > 0 &&
                 Eq(tokens[first_token - 1].key, "the"sv)) {
        // "the regime", "the administration": the government of the state the article is about.
        m.first = first_token - 1;
        m.kind = MentionKind::kPronoun;
        m.anaphor = Anaphor::kGovernment;
        m.role = agent->code;
      } else if (title_agent && end_unit == u + 1 && first_token > 0 &&
                 tokens[first_token].shape == Shape::kCapitalized &&
                 (title_agent->title == "president" || title_agent->title == "secretary-general") &&
                 (IsChairOpener(tokens[first_token - 1]) ||
                  // "our Secretary-General" is the Organization's, not the speaker's state's.
                  (title_agent->title == "secretary-general" &&
                   Eq(tokens[first_token - 1].key, "our"sv) && !mentions.empty() &&
                   mentions.back().first == first_token - 1) ||
                  (first_token > 1 && IsChairTerm(tokens[first_token - 1]) &&
                   Eq(tokens[first_token - 2].key, "the"sv))) &&
                 !(units[u].last < n && (Eq(tokens[units[u].last].key, "of"sv) ||
                                         IsPossessiveToken(tokens[units[u].last])))) {
        // "Mr. President", "the Secretary-General", "the outgoing President": in a speech, the
        // chair it addresses.
        if (Eq(tokens[first_token - 1].key, "our"sv)) mentions.pop_back();
        m.first = IsChairOpener(tokens[first_token - 1]) || Eq(tokens[first_token - 1].key, "our"sv)
                      ? first_token - 1
                      : first_token - 2;
        m.kind = MentionKind::kPronoun;
        m.anaphor = Anaphor::kChair;
        m.role = title_agent->title;
      } else if (const Unit& body = units[end_unit - 1];
                 !title_agent && names.empty() && !place && body.kind == UnitKind::kAgent &&
                 (agent->code == "GOV" || agent->code == "LEG" || agent->code == "JUD" ||
                  agent->code == "COP" || agent->code == "MIL" || agent->code == "SPY") &&
                 IsInstitutionHead(*agent) &&
                 std::all_of(tokens.begin() + body.first, tokens.begin() + body.last,
                             [](const Token& t) { return t.shape == Shape::kCapitalized; }) &&
                 (last_token > first_token + 1
                      ? first_token == 0 || !IsPossessivePronoun(tokens[first_token - 1])
                      : first_token > 0 && Eq(tokens[first_token - 1].key, "the"sv)) &&
                 std::none_of(tokens.begin() + first_token, tokens.begin() + last_token,
                              [](const Token& t) { return IsSupranationalWord(t.key); })) {
        // "the Supreme Court", "the Federal Public Ministry", "the Giza Criminal Court": a state's
        // body named by its office alone; the article's discourse says whose (Anaphor::
        // kGovernment). Not "Police said" opening a sentence, nor "My Government".
        uint32_t last = last_token;
        // "the Department of Energy", "the Court of Appeals": the office's own "of" phrase.
        if (last + 1 < n && Eq(tokens[last].key, "of"sv) &&
            tokens[last + 1].shape == Shape::kCapitalized &&
            !(end_unit < units.size() && units[end_unit].first == last + 1 &&
              units[end_unit].kind != UnitKind::kCap)) {
          last += 2;
          while (last < n && tokens[last].shape == Shape::kCapitalized) ++last;
        }
        m.last = last;
        m.possessive = possessive_after(last);
        std::string name(text.substr(tokens[first_token].begin,
                                     tokens[last - 1].end - tokens[first_token].begin));
        m.kind = MentionKind::kAgency;
        m.role = agent->code;
        m.actor = ActorRef{Slug(name), name, ActorType::kAgency, ""};
        m.anaphor = Anaphor::kGovernment;
      } else if (title_agent && first_token > 0 && Eq(tokens[first_token - 1].key, "the"sv)) {
        // "the spokeswoman", "the president": a person named earlier.
        m.first = first_token - 1;
        m.kind = MentionKind::kPronoun;
        m.anaphor = Anaphor::kPerson;
        m.role = title_agent->title;
      } else {
        u = v;
        continue;
      }
      mentions.push_back(std::move(m));
    } else {
      // Names only: each is its own mention.
      for (const Unit* unit : names) {
        const NameEntry& e = dict.name(unit->index);
        const graph::Actor& a = dict.actors()[e.actor];
        // "Mr. Lusaka", "Mr. Kinshasa": after an honorific a capital's name is a surname, the
        // one person in office that day who bears it, or no one.
        const uint32_t f = unit->first;
        const uint32_t h = f >= 2 && Eq(tokens[f - 1].key, "."sv) ? f - 2 : f - 1;
        if (unit->last == f + 1 && f > 0 && IsHonorific(tokens[h].key) &&
            (e.kind == NameKind::kMetonym || a.id.starts_with("place-"))) {
          add_by_surname(h, f);
          continue;
        }
        Mention one;
        one.first = unit->first;
        one.last = unit->last;
        one.possessive = possessive_after(unit->last);
        if (a.id.starts_with("place-")) {
          one.kind = MentionKind::kPlace;
          one.actor = PlaceState(dict, a, date);
        } else {
          one.kind = e.kind == NameKind::kAdjective ? MentionKind::kAdjective
                     : e.kind == NameKind::kMetonym ? MentionKind::kMetonym
                                                    : MentionKind::kName;
          // "Thousands of Georgians protested", "five detained Americans": a plural demonym
          // names people of the state, an actor in its own right.
          if (one.kind == MentionKind::kAdjective && unit->last == unit->first + 1) {
            std::string_view word = tokens[unit->first].key;
            if (word.size() > 4 && word.back() == 's' && !Eq(word, "swiss"sv)) {
              one.kind = MentionKind::kName;
              one.people = true;
            }
          }
          one.actor = dict.RefOn(a, date);
        }
        mentions.push_back(std::move(one));
      }
    }
    u = v;
  }
  std::sort(mentions.begin(), mentions.end(),
            [](const Mention& a, const Mention& b) { return a.first < b.first; });
  // "Sino-Soviet", "Anglo-French", "inter-Korean": a combining form before a hyphen names its
  // actor next to the actor after the hyphen, or the pair that shares it.
  for (uint32_t p = 1; p + 1 < n; ++p) {
    if (!Eq(tokens[p].key, "-"sv) || !tokens[p - 1].is_word || !tokens[p + 1].is_word) continue;
    const std::span<const ActorDictionary::CombiningForm> forms =
        dict.FindCombiningForms(tokens[p - 1].key, tokens[p + 1].key);
    if (forms.empty() || forms.size() > 2) continue;
    auto at = std::lower_bound(mentions.begin(), mentions.end(), p - 1,
                               [](const Mention& m, uint32_t q) { return m.first < q; });
    if ((at != mentions.begin() && std::prev(at)->last > p - 1) ||
        (at != mentions.end() && at->first == p - 1)) {
      continue;  // the form's word is part of a name
    }
    const bool next_named = at != mentions.end() && at->first == p + 1 && !at->actor.id.empty();
    if (forms.size() == 1 && (!next_named || at->actor.id == dict.actors()[forms[0].actor].id)) {
      continue;
    }
    if (forms.size() == 2 && next_named) continue;
    Mention m;
    m.first = p - 1;
    m.last = p;
    m.kind = MentionKind::kAdjective;
    m.actor = dict.RefOn(dict.actors()[forms[0].actor], date);
    if (forms.size() == 2) {
      Mention other = m;
      other.first = p + 1;
      other.last = p + 2;
      other.actor = dict.RefOn(dict.actors()[forms[1].actor], date);
      at = mentions.insert(at, std::move(other));
    }
    mentions.insert(at, std::move(m));
  }
  // "the Food and Drug Administration of the Philippines": a body known by the name of one
  // state's, when another state follows with "of", is that other state's.
  for (size_t k = 0; k + 1 < mentions.size(); ++k) {
    Mention& m = mentions[k];
    const Mention& next = mentions[k + 1];
    if (m.actor.type != ActorType::kAgency || m.actor.affiliation.empty() || m.last >= n ||
        !Eq(tokens[m.last].key, "of"sv) || next.actor.type != ActorType::kState ||
        next.actor.id == m.actor.affiliation) {
      continue;
    }
    if (next.first == m.last + 1 ||
        (next.first == m.last + 2 && Eq(tokens[m.last + 1].key, "the"sv))) {
      m.actor = AgencyRef(dict, next.actor.id, "GOV");
      m.kind = MentionKind::kAgency;
      m.role = "GOV";
    }
  }
  return mentions;
}

void CollectIntroducedNames(const std::vector<Mention>& mentions, IntroducedNames& names) {
  for (const Mention& m : mentions) {
    if ((m.kind != MentionKind::kOffice && m.kind != MentionKind::kName) ||
        m.actor.type != ActorType::kPerson) {
      continue;
    }
    if (std::any_of(names.names.begin(), names.names.end(),
                    [&](const IntroducedName& x) { return x.mention.actor.id == m.actor.id; })) {
      continue;
    }
    IntroducedName name;
    thread_local TokenizedText label;  // its memory kept from name to name
    TokenizeInto(m.actor.label, 0, label.tokens, label.keys);
    for (const Token& t : label.tokens) {
      if (t.is_word) name.keys.emplace_back(t.key);
    }
    if (name.keys.size() < 2) continue;
    name.mention = m;
    const auto index = static_cast<uint32_t>(names.names.size());
    for (const std::string& key : name.keys) {
      std::vector<uint32_t>& holders = names.by_word[key];
      if (holders.empty() || holders.back() != index) holders.push_back(index);
    }
    names.names.push_back(std::move(name));
  }
}

void FindIntroducedNames(const std::vector<Token>& tokens, const IntroducedNames& names,
                         std::vector<Mention>& mentions) {
  if (names.names.empty()) return;
  const uint32_t n = static_cast<uint32_t>(tokens.size());
  auto covered = [&](uint32_t first, uint32_t last) {
    return std::any_of(mentions.begin(), mentions.end(),
                       [&](const Mention& m) { return m.first < last && first < m.last; });
  };
  auto capitalised = [&](uint32_t i) {
    return i < n && tokens[i].is_word &&
           (tokens[i].shape == Shape::kCapitalized || tokens[i].shape == Shape::kUpper);
  };
  const size_t before = mentions.size();
  for (uint32_t i = 0; i < n; ++i) {
    if (tokens[i].shape != Shape::kCapitalized) continue;
    // Only the names that hold the word can match at it, in the order they were named.
    const auto holders = names.by_word.find(tokens[i].key);
    if (holders == names.by_word.end()) continue;
    for (const uint32_t index : holders->second) {
      const IntroducedName& name = names.names[index];
      uint32_t end = 0;
      const uint32_t length = static_cast<uint32_t>(name.keys.size());
      if (tokens[i].key == name.keys.front() && i + length <= n) {
        bool all = true;
        for (uint32_t k = 1; k < length && all; ++k) all = tokens[i + k].key == name.keys[k];
        if (all) end = i + length;
      }
      // The surname: "Masum", "de Mistura" (its particles may be capitalised: "De Mistura").
      for (uint32_t from = 1; !end && from < length; ++from) {
        if (tokens[i].key != name.keys[from] || i + (length - from) > n) continue;
        if (from + 1 < length && !IsNameParticle(name.keys[from])) continue;
        bool all = true;
        for (uint32_t k = from + 1; k < length && all; ++k) {
          all = tokens[i + k - from].key == name.keys[k];
        }
        const uint32_t stop = i + (length - from);
        if (all && !(i > 0 && capitalised(i - 1)) && !capitalised(stop)) end = stop;
      }
      if (!end || covered(i, end)) continue;
      Mention m = name.mention;
      m.first = i;
      m.last = end;
      m.possessive = end < n && IsPossessiveToken(tokens[end]);
      mentions.push_back(std::move(m));
      i = end - 1;
      break;
    }
  }
  if (mentions.size() != before) {
    std::sort(mentions.begin(), mentions.end(),
              [](const Mention& a, const Mention& b) { return a.first < b.first; });
  }
}

}  // namespace irkg::ingest
