#include "irkg/ingest/extractor.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <filesystem>
#include <set>

#include "irkg/ingest/mention_finder.h"
#include "irkg/ingest/text.h"

#ifndef IRKG_DEFAULT_DATA_DIR
#define IRKG_DEFAULT_DATA_DIR "ingest/data"
#endif

namespace irkg::ingest {

using graph::ActorRef;
using graph::ActorType;
using graph::Date;
using graph::EventRecord;
using graph::Mode;
using graph::Relation;

std::string DefaultDataDir() {
  if (const char* env = std::getenv("IRKG_DATA_DIR"); env && *env) return env;
  return IRKG_DEFAULT_DATA_DIR;
}

std::unique_ptr<KnowledgeBase> LoadKnowledgeBase(const KnowledgeBaseSources& sources,
                                                 Diagnostics& diagnostics) {
  namespace fs = std::filesystem;
  auto kb = std::make_unique<KnowledgeBase>();
  std::error_code ec;
  if (!fs::is_directory(sources.data_dir, ec)) {
    throw Error(sources.data_dir + ": data directory not found (set IRKG_DATA_DIR or --data-dir)");
  }
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(sources.data_dir, ec)) {
    if (entry.is_regular_file()) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  for (const fs::path& p : files) {
    std::string ext = p.extension().string();
    if (ext == ".actors") {
      kb->actors.LoadActorFile(p.string(), diagnostics);
    } else if (ext == ".agents") {
      kb->actors.LoadAgentFile(p.string(), diagnostics);
    } else if (ext == ".patterns") {
      kb->relations.LoadFile(p.string(), diagnostics);
    }
  }
  for (const std::string& f : sources.actor_files) {
    kb->actors.LoadActorFile(f, diagnostics, /*override_existing=*/true);
  }
  for (const std::string& f : sources.pattern_files) kb->relations.LoadFile(f, diagnostics);
  kb->actors.Finish(diagnostics);
  return kb;
}

namespace {

// ---------------------------------------------------------------------------------------------
// Word lists. They are grammar, not vocabulary: relation words live in the .patterns files.

template <size_t N>
bool In(const std::array<std::string_view, N>& list, std::string_view key) {
  return std::find(list.begin(), list.end(), key) != list.end();
}

constexpr std::array<std::string_view, 40> kSpeechVerbs = {
    "said",      "says",       "say",        "told",      "tells",      "noted",     "notes",
    "noting",    "argued",     "argues",     "arguing",   "stressed",   "stresses",  "stressing",
    "added",     "adds",       "adding",     "saying",    "emphasized", "emphasised", "emphasizes",
    "emphasises", "emphasizing", "insisted", "insists",   "stated",     "announced", "announces",
    "declared",  "declares",   "remarked",   "explained", "explains",   "wrote",     "pointed",
    "according", "asserted",   "underlined", "recalled",  "observed"};

constexpr std::array<std::string_view, 8> kClauseBreaks = {"while",  "but",     "whereas",
                                                           "although", "though", "however",
                                                           "meanwhile", "yet"};

constexpr std::array<std::string_view, 14> kLocationPreps = {
    "in", "at", "during", "within", "through", "via", "under", "as", "near", "inside",
    "across", "throughout", "outside", "around"};

constexpr std::array<std::string_view, 22> kPreps = {
    "of",   "in",      "at",     "with",    "for",    "from",       "on",     "to",
    "by",   "during",  "between", "against", "about", "over",       "within", "through",
    "via",  "under",   "as",     "near",    "among",  "towards"};

constexpr std::array<std::string_view, 9> kBeForms = {"was",  "were", "been", "being", "is",
                                                      "are",  "be",   "am",   "'s"};

constexpr std::array<std::string_view, 11> kNegations = {
    "not", "n't", "never", "no", "refused", "refuses", "declined", "declines", "denied",
    "denies", "failed"};

constexpr std::array<std::string_view, 22> kIntentionMarkers = {
    "will",      "'ll",     "shall",    "would",     "plans",     "plan",       "planned",
    "planning",  "intends", "intended", "expected",  "expects",   "upcoming",   "forthcoming",
    "pledged",   "vowed",   "promised", "scheduled", "due",       "prepared",   "ahead",
    "invited"};

constexpr std::array<std::string_view, 5> kHypotheticalMarkers = {"if", "unless", "could", "might",
                                                                  "may"};

constexpr std::array<std::string_view, 12> kMonths = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

constexpr std::array<std::string_view, 7> kWeekdays = {"sunday",   "monday", "tuesday", "wednesday",
                                                       "thursday", "friday", "saturday"};

int MonthOf(std::string_view key) {
  for (size_t i = 0; i < kMonths.size(); ++i) {
    if (key == kMonths[i]) return static_cast<int>(i) + 1;
    if (key.size() >= 3 && kMonths[i].substr(0, key.size()) == key && key != "may" &&
        key.size() <= 4 && key != "mar" && key != "jun") {
      return static_cast<int>(i) + 1;
    }
  }
  if (key == "sept") return 9;
  return 0;
}

int DayOf(const Token& t) {
  if (t.key.empty() || t.key.size() > 4) return 0;
  int d = 0;
  size_t i = 0;
  for (; i < t.key.size() && t.key[i] >= '0' && t.key[i] <= '9'; ++i) d = d * 10 + (t.key[i] - '0');
  if (i == 0) return 0;
  std::string_view rest = std::string_view(t.key).substr(i);
  if (!rest.empty() && rest != "st" && rest != "nd" && rest != "rd" && rest != "th") return 0;
  return d >= 1 && d <= 31 ? d : 0;
}

int YearOf(const Token& t) {
  if (t.key.size() != 4) return 0;
  int y = std::atoi(t.key.c_str());
  return y >= 1900 && y <= 2100 ? y : 0;
}

// The date an expression in tokens [from, to) names, relative to the article's date.
std::optional<Date> ResolveDate(const std::vector<Token>& tokens, size_t from, size_t to,
                                std::optional<Date> article) {
  auto near_article = [&](int month, int day, int year) -> std::optional<Date> {
    if (year) return graph::MakeDate(year, month, day);
    if (!article) return std::nullopt;
    int y = graph::ToCivil(*article).year;
    auto d = graph::MakeDate(y, month, day);
    if (!d) return std::nullopt;
    if (d->days - article->days > 183) return graph::MakeDate(y - 1, month, day);
    if (article->days - d->days > 183) return graph::MakeDate(y + 1, month, day);
    return d;
  };
  for (size_t i = from; i < to; ++i) {
    const Token& t = tokens[i];
    if (int day = DayOf(t); day && i + 1 < to) {
      if (int month = MonthOf(tokens[i + 1].key); month && tokens[i + 1].shape != Shape::kLower) {
        int year = i + 2 < to ? YearOf(tokens[i + 2]) : 0;
        if (auto d = near_article(month, day, year)) return d;
      }
    }
    if (int month = MonthOf(t.key); month && t.shape != Shape::kLower && i + 1 < to) {
      if (int day = DayOf(tokens[i + 1])) {
        size_t y = i + 2 < to && tokens[i + 2].key == "," ? i + 3 : i + 2;
        int year = y < to ? YearOf(tokens[y]) : 0;
        if (auto d = near_article(month, day, year)) return d;
      }
    }
    if (!article) continue;
    if (t.key == "yesterday") return Date{article->days - 1};
    if (t.key == "today") return article;
    if (t.key == "tomorrow") return Date{article->days + 1};
    for (size_t w = 0; w < kWeekdays.size(); ++w) {
      if (t.key != kWeekdays[w] || t.shape == Shape::kLower) continue;
      int today = graph::Weekday(*article);
      bool next = i > from && tokens[i - 1].key == "next";
      int delta = static_cast<int>(w) - today;
      if (next) {
        if (delta <= 0) delta += 7;
      } else if (delta > 0) {
        delta -= 7;
      }
      return Date{article->days + delta};
    }
    if ((t.key == "last" || t.key == "next") && i + 1 < to) {
      int sign = t.key == "last" ? -1 : 1;
      if (tokens[i + 1].key == "week") return Date{article->days + sign * 7};
      if (tokens[i + 1].key == "month") return Date{article->days + sign * 30};
    }
  }
  return std::nullopt;
}

// ---------------------------------------------------------------------------------------------

struct Speech {
  uint32_t region_first = 0;  // speaker and verb: a segment of their own
  uint32_t region_last = 0;
  int speaker = -1;  // mention index
};

struct Sentence {
  SentenceSpan span;
  std::vector<Token> tokens;
  std::vector<uint8_t> in_quote;
  bool quote_open_at_end = false;
  std::vector<Mention> mentions;
  std::vector<Speech> speeches;
  std::vector<uint16_t> segment;  // per token
};

struct Group {
  std::vector<int> members;  // mention indices
  uint32_t first = 0;
  uint32_t last = 0;
  uint16_t segment = 0;
  std::string prep;  // the preposition before the group, if any
  bool hyphen = false;
};

struct Occurrence {
  uint32_t trigger;
  uint32_t first;
  uint32_t last;
};

// What earlier sentences said, for pronouns and definite descriptions.
struct Discourse {
  std::vector<std::pair<ActorRef, std::string>> persons;  // with their role/title
  std::vector<ActorRef> group;
  std::vector<ActorRef> pair;
};

bool IsConnector(const Token& t) {
  return t.key == "," || t.key == "and" || t.key == "&" || t.key == "the" || t.key == "as" ||
         t.key == "well";
}

class ArticleExtraction {
 public:
  ArticleExtraction(const KnowledgeBase& kb, const graph::Article& article)
      : kb_(kb), article_(article) {}

  std::vector<EventRecord> Run();

 private:
  void Prepare();
  void FindSpeeches(Sentence& s);
  void Segment(Sentence& s);
  void ProcessSentence(size_t index);
  std::vector<ActorRef> Resolve(const Sentence& s, int mention, const ActorRef* speaker);
  ActorRef StateOf(const ActorRef& actor) const;
  std::optional<ActorRef> SpeakerOf(size_t index);

  const KnowledgeBase& kb_;
  const graph::Article& article_;
  std::vector<Sentence> sentences_;
  Discourse discourse_;
  std::vector<EventRecord> events_;
  std::vector<uint32_t> char_offsets_;  // code-point offset of each sentence's begin
};

void ArticleExtraction::Prepare() {
  const std::string& text = article_.text;
  std::vector<SentenceSpan> spans = SplitSentences(text);
  bool open = false;
  uint32_t chars = 0;
  uint32_t last_byte = 0;
  for (const SentenceSpan& span : spans) {
    Sentence s;
    s.span = span;
    chars += CountCodePoints(std::string_view(text).substr(last_byte, span.begin - last_byte));
    last_byte = span.begin;
    char_offsets_.push_back(chars);
    s.tokens = Tokenize(std::string_view(text).substr(span.begin, span.end - span.begin), span.begin);
    s.in_quote.resize(s.tokens.size());
    for (size_t i = 0; i < s.tokens.size(); ++i) {
      const std::string& k = s.tokens[i].key;
      if (k == "\"") {
        open = !open;
      } else if (k == "\xe2\x80\x9c" || k == "\xc2\xab") {
        open = true;
      } else if (k == "\xe2\x80\x9d" || k == "\xc2\xbb") {
        open = false;
      } else {
        s.in_quote[i] = open;
      }
    }
    s.quote_open_at_end = open;
    s.mentions = FindMentions(s.tokens, text, article_.date, kb_.actors);
    FindSpeeches(s);
    Segment(s);
    sentences_.push_back(std::move(s));
    // A stray quote mark must not swallow the rest of the article: quotes end at paragraphs.
    size_t next = span.end;
    if (next < text.size() && text.find('\n', next) == next) open = false;
  }
}

void ArticleExtraction::FindSpeeches(Sentence& s) {
  const auto& t = s.tokens;
  for (uint32_t i = 0; i < t.size(); ++i) {
    if (s.in_quote[i] || !In(kSpeechVerbs, t[i].key)) continue;
    uint32_t verb_end = i + 1;
    if (t[i].key == "pointed") {
      if (verb_end < t.size() && t[verb_end].key == "out") {
        ++verb_end;
      } else {
        continue;
      }
    }
    Speech sp;
    if (t[i].key == "according") {
      if (verb_end >= t.size() || t[verb_end].key != "to") continue;
      ++verb_end;
      for (size_t m = 0; m < s.mentions.size(); ++m) {
        if (s.mentions[m].first >= verb_end && s.mentions[m].first <= verb_end + 1) {
          sp.speaker = static_cast<int>(m);
          sp.region_first = i;
          sp.region_last = s.mentions[m].last;
          break;
        }
      }
      if (sp.speaker >= 0) s.speeches.push_back(sp);
      continue;
    }
    if (verb_end < t.size() && t[verb_end].key == "that") ++verb_end;
    // The speaker: right before the verb ("Putin said", "the ministry has said"), right after it
    // ("said Putin"), or the nearest actor before it ("Putin, in an interview, said").
    int best = -1;
    for (size_t m = 0; m < s.mentions.size(); ++m) {
      const Mention& men = s.mentions[m];
      if (men.kind == MentionKind::kPlace || men.kind == MentionKind::kAdjective) continue;
      if (s.in_quote[men.first]) continue;
      if (men.last <= i && i - men.last <= 2) best = static_cast<int>(m);
      if (men.first == verb_end && best < 0) best = static_cast<int>(m);
    }
    if (best < 0) {
      for (size_t m = 0; m < s.mentions.size(); ++m) {
        const Mention& men = s.mentions[m];
        if (men.last <= i && i - men.last <= 12 && !s.in_quote[men.first] &&
            men.kind != MentionKind::kPlace && men.kind != MentionKind::kAdjective) {
          best = static_cast<int>(m);
        }
      }
    }
    if (best < 0) continue;
    sp.speaker = best;
    const Mention& men = s.mentions[static_cast<size_t>(best)];
    sp.region_first = std::min<uint32_t>(men.first, i);
    sp.region_last = std::max<uint32_t>(men.last, verb_end);
    s.speeches.push_back(sp);
  }
}

void ArticleExtraction::Segment(Sentence& s) {
  const auto& t = s.tokens;
  s.segment.assign(t.size(), 0);
  uint16_t id = 0;
  for (uint32_t i = 0; i < t.size(); ++i) {
    bool cut = false;
    for (const Speech& sp : s.speeches) {
      if (i == sp.region_first || i == sp.region_last) cut = true;
    }
    if (t[i].key == ";" || t[i].key == ":" || In(kClauseBreaks, t[i].key)) cut = true;
    if (i > 0 && s.in_quote[i] != s.in_quote[i - 1]) cut = true;
    if (cut && i > 0) ++id;
    s.segment[i] = id;
    if (t[i].key == ";") ++id;
  }
}

ActorRef ArticleExtraction::StateOf(const ActorRef& actor) const {
  const std::string& id = actor.StateLevelId();
  if (id == actor.id) return actor;
  if (const graph::Actor* a = kb_.actors.Find(id)) return kb_.actors.RefOn(*a, article_.date);
  return ActorRef{id, id, ActorType::kOther, ""};
}

std::optional<ActorRef> ArticleExtraction::SpeakerOf(size_t index) {
  // A sentence inside a quotation that closes later speaks with that later sentence's speaker.
  for (size_t j = index; j < sentences_.size(); ++j) {
    Sentence& s = sentences_[j];
    if (j > index && !sentences_[j - 1].quote_open_at_end) break;
    if (!s.speeches.empty()) {
      const Speech& sp = s.speeches.front();
      auto refs = Resolve(s, sp.speaker, nullptr);
      if (!refs.empty()) return refs.front();
      return std::nullopt;
    }
    if (!s.quote_open_at_end) break;
  }
  return std::nullopt;
}

std::vector<ActorRef> ArticleExtraction::Resolve(const Sentence& s, int index,
                                                 const ActorRef* speaker) {
  const Mention& m = s.mentions[static_cast<size_t>(index)];
  if (m.kind == MentionKind::kPlace) return {};
  if (m.kind != MentionKind::kPronoun) {
    if (m.actor.empty()) return {};
    return {m.actor};
  }
  switch (m.anaphor) {
    case Anaphor::kSpeakerSide:
      if (speaker && s.in_quote[m.first]) return {StateOf(*speaker)};
      return {};
    case Anaphor::kPerson:
      for (auto it = discourse_.persons.rbegin(); it != discourse_.persons.rend(); ++it) {
        if (m.role.empty() || it->second == m.role) return {it->first};
      }
      if (!discourse_.persons.empty()) return {discourse_.persons.back().first};
      return {};
    case Anaphor::kGroup:
      return discourse_.group;
    case Anaphor::kPair:
      return discourse_.pair;
    case Anaphor::kNone:
      break;
  }
  return {};
}

// One event candidate before de-duplication.
struct Candidate {
  ActorRef source;
  ActorRef target;
  Relation relation;
  std::string rule;
  double confidence;
  uint32_t anchor;  // trigger token, for date and mode
  bool negated;
  Mode mode;
};

void ArticleExtraction::ProcessSentence(size_t index) {
  Sentence& s = sentences_[index];
  const auto& t = s.tokens;
  const uint32_t n = static_cast<uint32_t>(t.size());
  std::optional<ActorRef> speaker = SpeakerOf(index);
  // A speaker inside this sentence but outside quotes is named here; resolve it now so that
  // "we" in the quote before it can use it.
  const ActorRef* speaker_ptr = speaker ? &*speaker : nullptr;

  // Resolve every mention, in order, keeping the discourse up to date as persons appear.
  std::vector<std::vector<ActorRef>> refs(s.mentions.size());
  std::vector<uint8_t> pronoun(s.mentions.size());
  for (size_t m = 0; m < s.mentions.size(); ++m) {
    refs[m] = Resolve(s, static_cast<int>(m), speaker_ptr);
    pronoun[m] = s.mentions[m].kind == MentionKind::kPronoun;
    if (refs[m].size() == 1 && refs[m][0].type == ActorType::kPerson &&
        s.mentions[m].kind != MentionKind::kPronoun) {
      discourse_.persons.emplace_back(refs[m][0], s.mentions[m].role);
    }
  }

  // Groups of mentions joined by "and", commas or a hyphen.
  std::vector<Group> groups;
  for (size_t m = 0; m < s.mentions.size(); ++m) {
    const Mention& men = s.mentions[m];
    if (refs[m].empty()) continue;
    // A possessive determiner right before another mention ("his Chinese counterpart ...").
    if (men.possessive && m + 1 < s.mentions.size()) {
      uint32_t after = men.last + (men.kind == MentionKind::kPronoun ? 0 : 1);
      if (s.mentions[m + 1].first == after) continue;
    }
    bool joined = false;
    if (!groups.empty()) {
      Group& g = groups.back();
      const Mention& prev = s.mentions[static_cast<size_t>(g.members.back())];
      if (s.segment[men.first] == g.segment && !prev.possessive) {
        bool hyphen = men.first == prev.last + 1 && t[prev.last].key == "-";
        bool connectors = men.first > prev.last;
        for (uint32_t k = prev.last; k < men.first && connectors; ++k) connectors = IsConnector(t[k]);
        bool has_and_or_comma = false;
        for (uint32_t k = prev.last; k < men.first; ++k) {
          has_and_or_comma |= t[k].key == "and" || t[k].key == "," || t[k].key == "&";
        }
        if (hyphen || (connectors && has_and_or_comma)) {
          g.members.push_back(static_cast<int>(m));
          g.last = men.last;
          g.hyphen = g.hyphen || hyphen;
          joined = true;
        }
      }
    }
    if (joined) continue;
    Group g;
    g.members.push_back(static_cast<int>(m));
    g.first = men.first;
    g.last = men.last;
    g.segment = s.segment[men.first];
    uint32_t p = men.first;
    while (p > 0 && (t[p - 1].key == "the" || t[p - 1].key == "such" || t[p - 1].key == "a")) --p;
    if (p > 0 && In(kPreps, t[p - 1].key)) g.prep = t[p - 1].key;
    if (p > 1 && t[p - 1].key == "as" && t[p - 2].key == "such") g.prep = "as";
    groups.push_back(std::move(g));
  }
  auto group_refs = [&](const Group& g, bool allow_adjectives) {
    std::vector<ActorRef> out;
    bool any_name = false;
    for (int m : g.members) {
      any_name |= s.mentions[static_cast<size_t>(m)].kind != MentionKind::kAdjective;
    }
    for (int m : g.members) {
      if (s.mentions[static_cast<size_t>(m)].kind == MentionKind::kAdjective && !allow_adjectives &&
          !any_name) {
        continue;
      }
      for (const ActorRef& r : refs[static_cast<size_t>(m)]) {
        if (r.type == ActorType::kOther && r.id.starts_with("place-")) continue;
        out.push_back(r);
      }
    }
    return out;
  };
  auto group_has_pronoun = [&](const Group& g) {
    return std::any_of(g.members.begin(), g.members.end(),
                       [&](int m) { return pronoun[static_cast<size_t>(m)] != 0; });
  };

  // Via: organisations reached through a preposition of place, and brokers.
  std::vector<ActorRef> via;
  std::vector<uint8_t> is_via(groups.size());
  for (size_t g = 0; g < groups.size(); ++g) {
    const Group& grp = groups[g];
    uint32_t p = grp.first;
    while (p > 0 && (t[p - 1].key == "the" || t[p - 1].key == "such")) --p;
    bool broker = p >= 2 && t[p - 1].key == "by" &&
                  (t[p - 2].key == "brokered" || t[p - 2].key == "mediated" ||
                   t[p - 2].key == "hosted" || t[p - 2].key == "facilitated");
    bool venue = In(kLocationPreps, grp.prep) || grp.prep == "on";
    if (!broker && !venue) continue;
    for (const ActorRef& r : group_refs(grp, false)) {
      if (broker || r.type == ActorType::kIgo) {
        if (std::none_of(via.begin(), via.end(), [&](const ActorRef& v) { return v.id == r.id; })) {
          via.push_back(r);
        }
        is_via[g] = 1;
      }
    }
  }

  // Triggers.
  std::vector<Occurrence> triggers;
  std::vector<uint8_t> covered(n);
  for (const Mention& m : s.mentions) {
    if (m.kind != MentionKind::kPronoun) {
      for (uint32_t k = m.first; k < m.last; ++k) covered[k] = 1;
    }
  }
  for (uint32_t i = 0; i < n;) {
    if (covered[i] || !t[i].is_word) {
      ++i;
      continue;
    }
    uint32_t best_end = 0, best = 0;
    for (uint32_t tr : kb_.relations.StartingWith(t[i].key)) {
      uint32_t limit = n;
      size_t end = kb_.relations.Match(tr, t, i, limit);
      if (end > best_end) {
        bool clean = true;
        for (size_t k = i; k < end && clean; ++k) clean = !covered[k] || kb_.relations.trigger(tr).slots.size() > 1;
        if (clean) {
          best_end = static_cast<uint32_t>(end);
          best = tr;
        }
      }
    }
    if (best_end) {
      triggers.push_back({best, i, best_end});
      i = best_end;
    } else {
      ++i;
    }
  }

  std::vector<Candidate> candidates;
  auto add = [&](const ActorRef& src, const ActorRef& dst, const Trigger& tr, const Occurrence& o,
                 std::string construction, double confidence, bool negated, Mode mode) {
    if (src.id == dst.id) return;
    candidates.push_back({src, dst, tr.relation, tr.origin + " " + construction, confidence,
                          o.first, negated, mode});
  };

  for (const Occurrence& o : triggers) {
    const Trigger& tr = kb_.relations.trigger(o.trigger);
    const uint16_t seg = s.segment[o.first];
    uint32_t seg_first = o.first;
    while (seg_first > 0 && s.segment[seg_first - 1] == seg) --seg_first;
    uint32_t seg_last = o.last;
    while (seg_last < n && s.segment[seg_last] == seg) ++seg_last;

    std::vector<ActorRef> sources, targets;
    std::string construction = "active";
    double confidence = 0.9;
    bool pair = false;
    const Group* subject = nullptr;

    // Passive: "Iran was hit with sanctions by the United States".
    bool passive = false;
    if (o.first > 0) {
      uint32_t b = o.first;
      while (b > seg_first && t[b - 1].key.ends_with("ly")) --b;
      if (b > seg_first && In(kBeForms, t[b - 1].key) && !tr.noun) {
        for (const Group& g : groups) {
          if (g.segment == seg && g.first >= o.last && g.prep == "by") {
            sources = group_refs(g, false);
            passive = !sources.empty();
            break;
          }
        }
      }
    }
    if (passive) {
      construction = "passive";
      for (const Group& g : groups) {
        if (g.segment == seg && g.last <= o.first && g.prep.empty()) subject = &g;
      }
      if (subject) targets = group_refs(*subject, false);
    } else {
      // Nominal forms: "X's visit", "X-Y relations", "talks between X and Y", "EU sanctions".
      if (tr.noun || !tr.slots.empty()) {
        for (const Group& g : groups) {
          if (g.segment != seg || g.last > o.first) continue;
          uint32_t gap = o.first - g.last;
          const Mention& last = s.mentions[static_cast<size_t>(g.members.back())];
          bool adjacent = gap <= 3;
          for (uint32_t k = g.last; k < o.first && adjacent; ++k) {
            adjacent = t[k].is_word && (t[k].key == "'s" || t[k].shape == Shape::kLower) &&
                       !In(kPreps, t[k].key) && !In(kBeForms, t[k].key) && t[k].key != "and";
          }
          if (!adjacent) continue;
          if (g.hyphen && g.members.size() == 2 && tr.noun) {
            sources = group_refs(g, true);
            pair = true;
            construction = "nominal-pair";
            confidence = 0.8;
          } else if (tr.noun && (last.possessive || gap == 0)) {
            sources = group_refs(g, true);
            subject = &g;
            construction = last.possessive ? "possessive" : "modifier";
            confidence = 0.8;
          }
        }
        if (tr.noun && sources.empty()) {
          for (const Group& g : groups) {
            if (g.segment == seg && g.prep == "between" && g.first >= o.last &&
                g.first - o.last <= 2 && g.members.size() >= 2) {
              sources = group_refs(g, true);
              pair = true;
              construction = "nominal-between";
              confidence = 0.8;
              break;
            }
          }
        }
      }
      if (sources.empty()) {
        // The subject: the nearest actor group before the trigger that no preposition governs.
        for (const Group& g : groups) {
          if (g.segment == seg && g.last <= o.first && g.prep.empty() &&
              !is_via[static_cast<size_t>(&g - groups.data())]) {
            subject = &g;
          }
        }
        if (subject) sources = group_refs(*subject, false);
      }
      if (!pair) {
        for (const Group& g : groups) {
          if (g.segment != seg || g.first < o.last || &g == subject) continue;
          if (is_via[static_cast<size_t>(&g - groups.data())]) continue;
          if (g.prep == "in" || g.prep == "at" || g.prep == "by" || g.prep == "during" ||
              g.prep == "as" || g.prep == "between" || In(kLocationPreps, g.prep)) {
            continue;
          }
          targets = group_refs(g, false);
          if (!targets.empty()) break;
        }
      }
    }
    if (tr.reverse) std::swap(sources, targets);
    if (sources.empty()) continue;
    if (subject && group_has_pronoun(*subject)) confidence -= 0.1;

    // Negation and mode, read between the clause start and the trigger.
    uint32_t from = seg_first;
    bool negated = false;
    for (uint32_t k = from; k < o.last; ++k) {
      if (In(kNegations, t[k].key)) negated = true;
    }
    Mode mode = Mode::kAsserted;
    bool hypothetical = false, intended = false;
    for (uint32_t k = seg_first; k < seg_last; ++k) {
      if (t[k].key == "if" || t[k].key == "unless") hypothetical = true;
    }
    for (uint32_t k = from; k < o.first; ++k) {
      if (In(kHypotheticalMarkers, t[k].key) && t[k].shape != Shape::kCapitalized) hypothetical = true;
      if (In(kIntentionMarkers, t[k].key)) intended = true;
      if (t[k].key == "to" && k > from && In(kBeForms, t[k - 1].key)) intended = true;
    }
    if (hypothetical) {
      mode = Mode::kHypothetical;
    } else if (intended) {
      mode = Mode::kIntended;
    }

    auto contains = [](const std::vector<ActorRef>& list, const ActorRef& a) {
      return std::any_of(list.begin(), list.end(), [&](const ActorRef& b) { return b.id == a.id; });
    };
    bool reciprocal = !targets.empty() && sources.size() >= 2 &&
                      std::all_of(targets.begin(), targets.end(),
                                  [&](const ActorRef& a) { return contains(sources, a); });
    if (pair || reciprocal || (targets.empty() && sources.size() >= 2 && tr.symmetric)) {
      if (!pair && !tr.symmetric && !reciprocal) continue;
      for (const ActorRef& a : sources) {
        for (const ActorRef& b : sources) {
          add(a, b, tr, o, pair ? construction : "reciprocal", confidence, negated, mode);
        }
      }
      continue;
    }
    if (targets.empty()) {
      // "X said that Y resorted to blackmail and sanctions": the speaker's accusation of Y.
      auto cls = graph::Info(tr.relation).relation_class;
      bool conflict = cls == graph::RelationClass::kVerbalConflict ||
                      cls == graph::RelationClass::kMaterialConflict;
      if (conflict && speaker && !negated && mode == Mode::kAsserted) {
        ActorRef side = StateOf(*speaker);
        for (const ActorRef& y : sources) {
          if (y.id == speaker->id || StateOf(y).id == side.id) continue;
          candidates.push_back({*speaker, y, Relation::kAccuses,
                                tr.origin + " speaker-accusation", 0.6, o.first, false,
                                Mode::kAsserted});
        }
      }
      continue;
    }
    for (const ActorRef& a : sources) {
      for (const ActorRef& b : targets) add(a, b, tr, o, construction, confidence, negated, mode);
    }
  }

  // Discourse for the next sentences: the last group of two or more, and the last pair.
  for (const Group& g : groups) {
    auto r = group_refs(g, true);
    if (r.size() >= 2 && !group_has_pronoun(g)) {
      discourse_.group = r;
      if (r.size() == 2) discourse_.pair = r;
    } else if (r.size() == 1 && r[0].type == ActorType::kGroup) {
      discourse_.group = r;
    }
  }

  // De-duplicate and emit.
  std::optional<Date> sentence_date = ResolveDate(t, 0, n, article_.date);
  const std::string sentence_text =
      article_.text.substr(s.span.begin, s.span.end - s.span.begin);
  const uint32_t begin_char = char_offsets_[index];
  const uint32_t end_char = begin_char + CountCodePoints(sentence_text);
  std::set<std::tuple<std::string, Relation, std::string, bool>> seen;
  for (const Candidate& c : candidates) {
    auto key = std::make_tuple(c.source.id, c.relation, c.target.id, c.negated);
    if (!seen.insert(key).second) continue;
    EventRecord e;
    e.article = article_.id;
    e.sentence = static_cast<int>(index);
    uint16_t seg = s.segment[c.anchor];
    uint32_t a = c.anchor, b = c.anchor;
    while (a > 0 && s.segment[a - 1] == seg) --a;
    while (b < n && s.segment[b] == seg) ++b;
    e.date = ResolveDate(t, a, b, article_.date);
    if (!e.date) e.date = sentence_date ? sentence_date : article_.date;
    e.source = c.source;
    e.relation = c.relation;
    e.target = c.target;
    for (const ActorRef& v : via) {
      if (v.id != c.source.id && v.id != c.target.id) e.via.push_back(v);
    }
    e.negated = c.negated;
    e.mode = c.mode;
    e.confidence = c.confidence;
    e.text = sentence_text;
    e.span = {begin_char, end_char};
    e.rule = c.rule;
    events_.push_back(std::move(e));
  }
}

std::vector<EventRecord> ArticleExtraction::Run() {
  Prepare();
  for (size_t i = 0; i < sentences_.size(); ++i) ProcessSentence(i);
  return std::move(events_);
}

}  // namespace

std::vector<EventRecord> Extractor::Extract(const graph::Article& article) const {
  ArticleExtraction run(kb_, article);
  return run.Run();
}

}  // namespace irkg::ingest
