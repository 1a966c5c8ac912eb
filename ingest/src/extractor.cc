#include "irkg/ingest/extractor.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdlib>
#include <filesystem>
#include <set>
#include <span>
#include <unordered_map>

#include "irkg/ingest/cameo_actors.h"
#include "irkg/ingest/mention_finder.h"
#include "irkg/ingest/strings.h"
#include "irkg/ingest/text.h"
#include "irkg/ingest/word_map.h"

#ifndef IRKG_DEFAULT_DATA_DIR
#define IRKG_DEFAULT_DATA_DIR "ingest/data"
#endif

namespace irkg::ingest {

using namespace std::literals;

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
    } else if (ext == ".words") {
      kb->actors.LoadWordFile(p.string(), diagnostics);
    } else if (ext == ".patterns") {
      kb->relations.LoadFile(p.string(), diagnostics);
    }
  }
  for (const std::string& f : sources.actor_files) {
    const std::string text = ReadTextFile(f);
    if (LooksLikeCameoActors(text)) {
      for (graph::Actor& a :
           CameoActorsToIrkg(ParseCameoActors(text, f, diagnostics), f, diagnostics)) {
        kb->actors.MergeActor(std::move(a), f);
      }
    } else {
      kb->actors.LoadActorText(text, f, diagnostics, /*override_existing=*/true);
    }
  }
  for (const std::string& f : sources.pattern_files) kb->relations.LoadFile(f, diagnostics);
  kb->actors.Finish(diagnostics);
  return kb;
}

namespace {

// ---------------------------------------------------------------------------------------------
// Word lists. They are grammar, not vocabulary: relation words live in the .patterns files.

template <size_t N>
bool In(const std::string_view (&list)[N], std::string_view key) {
  return std::find(std::begin(list), std::end(list), key) != std::end(list);
}

constexpr std::string_view kSpeechVerbs[] = {
    "said",       "says",       "say",        "told",       "tells",       "noted",
    "notes",      "noting",     "argued",     "argues",     "arguing",     "stressed",
    "stresses",   "stressing",  "added",      "adds",       "adding",      "saying",
    "emphasized", "emphasised", "emphasizes", "emphasises", "emphasizing", "insisted",
    "insists",    "stated",     "announced",  "announces",  "declared",    "declares",
    "remarked",   "explained",  "explains",   "wrote",      "pointed",     "according",
    "asserted",   "underlined", "recalled",   "observed"};

// Verbs that report speech only when a clause, a colon or a quotation follows them, or when they
// come after what was said; otherwise they are ordinary verbs ("Blinken announced aid for ...").
constexpr std::string_view kWeakSpeechVerbs[] = {
    "announced", "announces", "declared", "declares", "stated",   "explained",
    "explains",  "wrote",     "recalled", "observed", "asserted", "underlined"};

// Verbs after which the rest of the clause is usually a light-verb object ("held talks").
constexpr std::string_view kLightVerbs[] = {
    "held",       "hold",      "holds",     "holding",   "conducted",   "conduct",   "conducts",
    "conducting", "staged",    "stage",     "stages",    "launched",    "launch",    "launches",
    "began",      "begin",     "begins",    "started",   "start",       "joined",    "join",
    "imposed",    "impose",    "imposes",   "imposing",  "announced",   "announce",  "announces",
    "provided",   "provide",   "provides",  "providing", "sent",        "send",      "sends",
    "pledged",    "pledge",    "offered",   "offer",     "signed",      "expressed", "express",
    "voiced",     "resumed",   "resume",    "had",       "have",        "has",       "made",
    "make",       "continued", "continue",  "maintain",  "maintaining", "deepen",    "deepening",
    "expanded",   "expand",    "resorting", "resort",    "resorted",    "approved",  "extended",
    "gave",       "carried",   "carry",     "carries",   "completed",   "complete",  "completes"};

// Adverbs that may stand between an auxiliary and its verb ("was also hit").
constexpr std::string_view kAdverbs[] = {"also", "further", "again",    "already",    "then",
                                         "now",  "later",   "recently", "repeatedly", "reportedly",
                                         "once", "since",   "just",     "still"};

// Nouns for a gathering: an organisation that names one is its venue ("the G20 summit").
constexpr std::string_view kVenueNouns[] = {"summit",     "summits",     "meeting", "meetings",
                                            "conference", "conferences", "forum",   "gathering",
                                            "session",    "ministerial", "talks",   "sidelines"};

// Verbs whose "to" + verb object carries the real event ("agreed to freeze the assets").
constexpr std::string_view kIntentionVerbs[] = {
    "agree",    "agrees",   "agreed",   "pledge",  "pledges", "pledged",  "promise",
    "promises", "promised", "offer",    "offers",  "offered", "vow",      "vows",
    "vowed",    "plan",     "plans",    "planned", "decide",  "decides",  "decided",
    "intend",   "intends",  "intended", "commit",  "commits", "committed"};

// Verbs whose object is a clause: "warned that", "pledged that".
constexpr std::string_view kThatVerbs[] = {
    "accusation",   "accusations", "claim",    "allegation", "allegations", "suggestion",
    "suggestions",  "rumours",     "warned",   "warns",      "pledged",     "pledges",
    "promised",     "promises",    "agreed",   "agrees",     "vowed",       "threatened",
    "threatens",    "hoped",       "believes", "believed",   "feared",      "fears",
    "claimed",      "claims",      "alleged",  "denied",     "denies",      "confirmed",
    "confirms",     "reported",    "reports",  "expects",    "expected",    "admitted",
    "acknowledged", "hopes",       "ensured",  "insist",     "suggested"};

constexpr std::string_view kClauseBreaks[] = {"while",  "but",     "whereas",   "although",
                                              "though", "however", "meanwhile", "yet"};

constexpr std::string_view kLocationPreps[] = {
    "in", "at",   "during", "within", "through",    "via",     "under",
    "as", "near", "inside", "across", "throughout", "outside", "around"};

constexpr std::string_view kPreps[] = {"of",    "in",   "at",     "with",    "for",     "from",
                                       "on",    "to",   "by",     "during",  "between", "against",
                                       "about", "over", "within", "through", "via",     "under",
                                       "as",    "near", "among",  "towards"};

constexpr std::string_view kBeForms[] = {"was", "were", "been", "being", "is",
                                         "are", "be",   "am",   "'s"};

constexpr std::string_view kNegations[] = {"not",     "n't",     "never",    "no",
                                           "refused", "refuses", "declined", "declines",
                                           "denied",  "denies",  "failed"};

constexpr std::string_view kIntentionMarkers[] = {
    "will",     "'ll",      "shall",    "would",     "plans",    "plan",     "planned",
    "planning", "intends",  "intended", "expected",  "expects",  "upcoming", "forthcoming",
    "pledged",  "vowed",    "promised", "scheduled", "due",      "prepared", "ahead",
    "invited",  "proposed", "proposes", "propose",   "proposing"};

// Conditions, possibilities and norms: "if attacked", "could impose", "Israel must withdraw".
constexpr std::string_view kHypotheticalMarkers[] = {
    "if", "unless", "could", "might", "may", "must", "should", "ought",
    // Wishes: "we hope the two sides will resume talks".
    "hope", "hopes", "hoped", "hoping", "wish", "wishes"};

constexpr std::string_view kMonths[] = {"january",   "february", "march",    "april",
                                        "may",       "june",     "july",     "august",
                                        "september", "october",  "november", "december"};

constexpr std::string_view kWeekdays[] = {"sunday",   "monday", "tuesday", "wednesday",
                                          "thursday", "friday", "saturday"};

// "Japanese citizens", "Syrian refugees", "Turkish journalists", "British firms": private people
// and bodies named by their nationality (CAMEO agents CVL, MED, BUS) act for nobody.
bool IsPrivateAgent(const ActorRef& r) {
  return r.type == ActorType::kAgency &&
         (r.id.ends_with("-CVL") || r.id.ends_with("-MED") || r.id.ends_with("-BUS"));
}

// Each grammar word's lists as a bit set, looked up once per token (see Sentence::classes).
constexpr uint32_t kSpeechVerbsBit = 1u << 0;
constexpr uint32_t kWeakSpeechVerbsBit = 1u << 1;
constexpr uint32_t kLightVerbsBit = 1u << 2;
constexpr uint32_t kAdverbsBit = 1u << 3;
constexpr uint32_t kVenueNounsBit = 1u << 4;
constexpr uint32_t kIntentionVerbsBit = 1u << 5;
constexpr uint32_t kThatVerbsBit = 1u << 6;
constexpr uint32_t kClauseBreaksBit = 1u << 7;
constexpr uint32_t kLocationPrepsBit = 1u << 8;
constexpr uint32_t kPrepsBit = 1u << 9;
constexpr uint32_t kBeFormsBit = 1u << 10;
constexpr uint32_t kNegationsBit = 1u << 11;
constexpr uint32_t kIntentionMarkersBit = 1u << 12;
constexpr uint32_t kHypotheticalMarkersBit = 1u << 13;
constexpr uint32_t kSegmentCuesBit = 1u << 14;

// Words that may open a clause of their own, for Segment().
constexpr std::string_view kSegmentCues[] = {"as",      "that", "after", "before",
                                             "because", "when", "until", "since"};

const WordMap<uint32_t>& WordClasses() {
  static const auto* table = [] {
    auto* t = new WordMap<uint32_t>();
    auto add = [t](const auto& list, uint32_t bit) {
      for (std::string_view w : list) (*t)[std::string(w)] |= bit;
    };
    add(kSpeechVerbs, kSpeechVerbsBit);
    add(kWeakSpeechVerbs, kWeakSpeechVerbsBit);
    add(kLightVerbs, kLightVerbsBit);
    add(kAdverbs, kAdverbsBit);
    add(kVenueNouns, kVenueNounsBit);
    add(kIntentionVerbs, kIntentionVerbsBit);
    add(kThatVerbs, kThatVerbsBit);
    add(kClauseBreaks, kClauseBreaksBit);
    add(kLocationPreps, kLocationPrepsBit);
    add(kPreps, kPrepsBit);
    add(kBeForms, kBeFormsBit);
    add(kNegations, kNegationsBit);
    add(kIntentionMarkers, kIntentionMarkersBit);
    add(kHypotheticalMarkers, kHypotheticalMarkersBit);
    add(kSegmentCues, kSegmentCuesBit);
    t->Seal();
    return t;
  }();
  return *table;
}

bool Is(uint32_t classes, uint32_t bit) { return (classes & bit) != 0; }

// Month names and their short forms ("Jan", "Sept", but not "mar" or "may") to 1-12, weekday
// names to 100 + 0 (Sunday) to 6.
constexpr int kWeekdayBase = 100;
const WordMap<int>& DateWords() {
  static const auto* table = [] {
    auto* t = new WordMap<int>();
    for (size_t i = 0; i < std::size(kMonths); ++i) {
      const int month = static_cast<int>(i) + 1;
      (*t)[std::string(kMonths[i])] = month;
      for (size_t length = 3; length <= 4; ++length) {
        std::string_view prefix = kMonths[i].substr(0, length);
        if (prefix != "may" && prefix != "mar" && prefix != "jun")
          (*t)[std::string(prefix)] = month;
      }
    }
    for (size_t w = 0; w < std::size(kWeekdays); ++w)
      (*t)[std::string(kWeekdays[w])] = kWeekdayBase + static_cast<int>(w);
    t->Seal();
    return t;
  }();
  return *table;
}

int MonthOf(const Token& t) {
  if (t.key.size() > 9) return 0;
  const int* value = DateWords().Find(t.key, t.hash);
  return value && *value < kWeekdayBase ? *value : 0;
}

// 0 (Sunday) to 6, or -1.
int WeekdayOf(const Token& t) {
  if (t.key.size() > 9) return -1;
  const int* value = DateWords().Find(t.key, t.hash);
  return value && *value >= kWeekdayBase ? *value - kWeekdayBase : -1;
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
  int y = 0;
  std::from_chars(t.key.data(), t.key.data() + t.key.size(), y);  // leading digits, as "19th"
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
    if (!t.is_word) continue;
    const bool digit = t.key[0] >= '0' && t.key[0] <= '9';
    if (!digit && t.shape == Shape::kLower && !Eq(t.key, "yesterday"sv) && !Eq(t.key, "today"sv) &&
        !Eq(t.key, "tomorrow"sv) && !Eq(t.key, "last"sv) && !Eq(t.key, "next"sv) &&
        !Eq(t.key, "in"sv)) {
      continue;  // dates are numbers, capitalised names, or one of these words
    }
    if (int day = digit ? DayOf(t) : 0; day && i + 1 < to) {
      if (int month = MonthOf(tokens[i + 1]); month && tokens[i + 1].shape != Shape::kLower) {
        int year = i + 2 < to ? YearOf(tokens[i + 2]) : 0;
        if (auto d = near_article(month, day, year)) return d;
      }
    }
    if (int month = t.shape != Shape::kLower ? MonthOf(t) : 0; month && i + 1 < to) {
      if (int day = DayOf(tokens[i + 1])) {
        size_t y = i + 2 < to && Eq(tokens[i + 2].key, ","sv) ? i + 3 : i + 2;
        int year = y < to ? YearOf(tokens[y]) : 0;
        if (auto d = near_article(month, day, year)) return d;
      }
    }
    if (!article) continue;
    if (Eq(t.key, "yesterday"sv)) return Date{article->days - 1};
    if (Eq(t.key, "today"sv)) return article;
    if (Eq(t.key, "tomorrow"sv)) return Date{article->days + 1};
    if (int w = t.shape != Shape::kLower ? WeekdayOf(t) : -1; w >= 0) {
      int today = graph::Weekday(*article);
      bool next = i > from && Eq(tokens[i - 1].key, "next"sv);
      int delta = w - today;
      if (next) {
        if (delta <= 0) delta += 7;
      } else if (delta > 0) {
        delta -= 7;
      }
      return Date{article->days + delta};
    }
    if (Eq(t.key, "in"sv) && i + 1 < to && YearOf(tokens[i + 1]) &&
        YearOf(tokens[i + 1]) != graph::ToCivil(*article).year &&
        (i + 2 >= to || MonthOf(tokens[i + 2]) == 0)) {
      // "in 2016": a year only; the event is dated to that year's first day.
      return graph::MakeDate(YearOf(tokens[i + 1]), 1, 1);
    }
    if ((Eq(t.key, "last"sv) || Eq(t.key, "next"sv)) && i + 1 < to) {
      int sign = Eq(t.key, "last"sv) ? -1 : 1;
      if (Eq(tokens[i + 1].key, "week"sv)) return Date{article->days + sign * 7};
      if (Eq(tokens[i + 1].key, "month"sv)) return Date{article->days + sign * 30};
    }
  }
  return std::nullopt;
}

// ---------------------------------------------------------------------------------------------

bool IsConnector(const Token& t) {
  return Eq(t.key, ","sv) || Eq(t.key, "and"sv) || Eq(t.key, "&"sv) || Eq(t.key, "the"sv) ||
         Eq(t.key, "as"sv) || Eq(t.key, "well"sv);
}

struct Speech {
  uint32_t region_first = 0;  // speaker and verb: a segment of their own
  uint32_t region_last = 0;
  int speaker = -1;  // mention index
};

struct Occurrence {
  uint32_t trigger;
  uint32_t first;
  uint32_t last;
};

struct Sentence {
  SentenceSpan span;
  std::vector<Token> tokens;
  TokenKeys keys;  // where the tokens' keys live
  std::vector<uint8_t> in_quote;
  bool quote_open_at_end = false;
  std::vector<Mention> mentions;
  std::vector<uint32_t> classes;  // per token: the grammar word lists it is in
  std::vector<Speech> speeches;
  std::vector<uint16_t> segment;  // per token
  // Every trigger that matches, by first token, longest first at each token.
  std::vector<Occurrence> matches;

  // Empties the sentence for reuse; the vectors keep their memory.
  void Reset(SentenceSpan new_span) {
    span = new_span;
    tokens.clear();
    in_quote.clear();
    quote_open_at_end = false;
    mentions.clear();
    classes.clear();
    speeches.clear();
    segment.clear();
    matches.clear();
  }
};

struct Group {
  std::vector<int> members;  // mention indices
  uint32_t first = 0;
  uint32_t last = 0;
  uint16_t segment = 0;
  std::string prep;  // the preposition before the group, if any
  bool hyphen = false;
};

// What earlier sentences said, for pronouns and definite descriptions.
struct Discourse {
  std::vector<std::pair<ActorRef, std::string>> persons;  // with their role/title
  ActorRef entity;  // the last state, organisation, group or agency named
  // The last few of them, oldest first, with the sentence that named them.
  std::vector<std::pair<size_t, ActorRef>> entities;
  std::vector<ActorRef> group;
  std::vector<ActorRef> pair;
  // The state last named as an actor (by its name, capital, government, officials or forces),
  // for "the regime" and "the administration"; the dateline's state when none is yet.
  std::string government;
  std::string dateline;
};

class ArticleExtraction {
 public:
  // `pool` holds sentences from earlier articles, whose memory this one reuses.
  ArticleExtraction(const KnowledgeBase& kb, const WordMap<Extractor::WordInfo>& words,
                    const graph::Article& article, std::vector<Sentence>& pool)
      : kb_(kb), words_(words), article_(article), pool_(pool) {}

  std::vector<EventRecord> Run();

 private:
  void Prepare();
  void FindSpeeches(Sentence& s);
  void Segment(Sentence& s);
  void ProcessSentence(size_t index);
  std::vector<ActorRef> Resolve(const Sentence& s, int mention, const ActorRef* speaker);
  ActorRef StateOf(const ActorRef& actor) const;
  std::string StateNamedBy(const Mention& m, const ActorRef& ref) const;
  std::string GovernmentOf(const Sentence& s, int mention) const;
  std::optional<ActorRef> SpeakerOf(size_t index);

  const KnowledgeBase& kb_;
  const WordMap<Extractor::WordInfo>& words_;
  const graph::Article& article_;
  std::vector<Sentence>& pool_;
  std::span<Sentence> sentences_;  // this article's, at the front of pool_
  Discourse discourse_;
  std::vector<EventRecord> events_;
  std::vector<uint32_t> char_offsets_;  // code-point offset of each sentence's begin
  static constexpr size_t kNone = static_cast<size_t>(-1);
  size_t last_with_trigger_ = kNone;  // the last sentence in which a trigger matches
};

void ArticleExtraction::Prepare() {
  const std::string& text = article_.text;
  std::vector<SentenceSpan> spans = SplitSentences(text);
  if (pool_.size() < spans.size()) pool_.resize(spans.size());
  sentences_ = std::span<Sentence>(pool_.data(), spans.size());
  char_offsets_.reserve(spans.size());
  bool open = false;
  uint32_t chars = 0;
  uint32_t last_byte = 0;
  for (size_t index = 0; index < spans.size(); ++index) {
    const SentenceSpan& span = spans[index];
    Sentence& s = sentences_[index];
    s.Reset(span);
    chars += CountCodePoints(std::string_view(text).substr(last_byte, span.begin - last_byte));
    last_byte = span.begin;
    char_offsets_.push_back(chars);
    TokenizeInto(std::string_view(text).substr(span.begin, span.end - span.begin), span.begin,
                 s.tokens, s.keys);
    s.in_quote.resize(s.tokens.size());
    for (size_t i = 0; i < s.tokens.size(); ++i) {
      std::string_view k = s.tokens[i].key;
      if (s.tokens[i].is_word) {
        s.in_quote[i] = open;
      } else if (Eq(k, "\""sv)) {
        open = !open;
      } else if (Eq(k, "\xe2\x80\x9c"sv) || Eq(k, "\xc2\xab"sv)) {
        open = true;
      } else if (Eq(k, "\xe2\x80\x9d"sv) || Eq(k, "\xc2\xbb"sv)) {
        open = false;
      } else {
        s.in_quote[i] = open;
      }
    }
    s.quote_open_at_end = open;
    s.classes.resize(s.tokens.size());
    const uint32_t n = static_cast<uint32_t>(s.tokens.size());
    for (uint32_t i = 0; i < n; ++i) {
      const Token& token = s.tokens[i];
      const Extractor::WordInfo* info = words_.Find(token.key, token.hash);
      if (!info) continue;
      s.classes[i] = info->classes;
      if (!token.is_word) continue;
      for (uint32_t tr : info->triggers) {
        if (size_t end = kb_.relations.Match(tr, s.tokens, i, n))
          s.matches.push_back({tr, i, static_cast<uint32_t>(end)});
      }
    }
    if (!s.matches.empty()) last_with_trigger_ = index;
    // A stray quote mark must not swallow the rest of the article: quotes end at paragraphs.
    size_t next = span.end;
    if (next < text.size() && text.find('\n', next) == next) open = false;
  }
  // Only sentences up to the last one that matches a trigger can yield events; those after it
  // are read further only while a quotation runs on to its speaker.
  if (last_with_trigger_ == kNone) return;
  size_t end = last_with_trigger_ + 1;
  while (end < sentences_.size() && sentences_[end - 1].quote_open_at_end) ++end;
  std::vector<IntroducedName> introduced;
  for (size_t i = 0; i < end; ++i) {
    Sentence& s = sentences_[i];
    s.mentions = FindMentions(s.tokens, text, article_.date, kb_.actors);
    CollectIntroducedNames(s.mentions, introduced);
    FindIntroducedNames(s.tokens, introduced, s.mentions);
    FindSpeeches(s);
    Segment(s);
  }
}

void ArticleExtraction::FindSpeeches(Sentence& s) {
  const auto& t = s.tokens;
  for (uint32_t i = 0; i < t.size(); ++i) {
    const bool weak = Is(s.classes[i], kWeakSpeechVerbsBit);
    if (s.in_quote[i] || (!Is(s.classes[i], kSpeechVerbsBit) && !weak)) continue;
    uint32_t verb_end = i + 1;
    if (weak) {
      bool clause_follows = verb_end < t.size() &&
                            (Eq(t[verb_end].key, "that"sv) || Eq(t[verb_end].key, ":"sv) ||
                             Eq(t[verb_end].key, "\""sv) || Eq(t[verb_end].key, "\xe2\x80\x9c"sv));
      bool after_speech = i > 1 && (Eq(t[i - 2].key, ","sv) || Eq(t[i - 1].key, ","sv));
      if (!clause_follows && !after_speech) continue;
    }
    if (Eq(t[i].key, "pointed"sv)) {
      if (verb_end < t.size() && Eq(t[verb_end].key, "out"sv)) {
        ++verb_end;
      } else {
        continue;
      }
    }
    Speech sp;
    if (Eq(t[i].key, "according"sv)) {
      if (verb_end >= t.size() || !Eq(t[verb_end].key, "to"sv)) continue;
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
    if (verb_end < t.size() && Eq(t[verb_end].key, "that"sv)) ++verb_end;
    // The speaker: right before the verb ("Putin said", "the ministry has said"), right after it
    // ("said Putin"), or the nearest actor before it ("Putin, in an interview, said").
    int best = -1;
    for (size_t m = 0; m < s.mentions.size(); ++m) {
      const Mention& men = s.mentions[m];
      if (men.kind == MentionKind::kPlace || men.kind == MentionKind::kAdjective) continue;
      if (s.in_quote[men.first]) continue;
      if (men.last <= i && i - men.last <= 2) best = static_cast<int>(m);
      // "..., said Putin": an inverted speaker after a comma or a closing quote.
      bool inverted = i > 0 && (Eq(t[i - 1].key, ","sv) || Eq(t[i - 1].key, "\""sv) ||
                                Eq(t[i - 1].key, "\xe2\x80\x9d"sv));
      if (men.first == i + 1 && inverted && best < 0) best = static_cast<int>(m);
    }
    // "..., analysts noted.": what was said comes first; the speaker is no actor we know.
    uint32_t comma = i;
    while (comma > 0 && i - comma < 4 && !Eq(t[comma - 1].key, ","sv)) --comma;
    const bool postposed = comma > 0 && Eq(t[comma - 1].key, ","sv);
    if (best < 0 && postposed) {
      sp.region_first = comma;
      sp.region_last = verb_end;
      s.speeches.push_back(sp);  // no speaker, but the content stays a clause of its own
      continue;
    }
    if (best < 0) {
      // The subject of the clause: the first actor before the verb that no preposition governs.
      uint32_t clause_start = 0;
      for (uint32_t k = 0; k < i; ++k) {
        if (Eq(t[k].key, ";"sv) || (s.in_quote[k] && k + 1 < i && !s.in_quote[k + 1])) {
          clause_start = k + 1;
        }
      }
      for (size_t m = 0; m < s.mentions.size() && best < 0; ++m) {
        const Mention& men = s.mentions[m];
        if (men.first < clause_start || men.last > i || s.in_quote[men.first]) continue;
        if (men.kind == MentionKind::kPlace || men.kind == MentionKind::kAdjective) continue;
        uint32_t p = men.first;
        while (p > 0 && Eq(t[p - 1].key, "the"sv)) --p;
        if (p > 0 && Is(s.classes[p - 1], kPrepsBit)) continue;
        best = static_cast<int>(m);
      }
    }
    if (best < 0) continue;
    sp.speaker = best;
    const Mention& men = s.mentions[static_cast<size_t>(best)];
    sp.region_first = std::min<uint32_t>(men.first, i);
    // "the United States, the EU and Canada said": the whole list speaks. A list ends in "and";
    // "... with Ukraine, US officials said" is no list.
    bool list = false;
    for (size_t m = static_cast<size_t>(best); m-- > 0;) {
      bool joined = s.mentions[m].last <= sp.region_first;
      bool has_and = false;
      for (uint32_t k = s.mentions[m].last; k < sp.region_first && joined; ++k) {
        joined = IsConnector(t[k]);
        has_and |= Eq(t[k].key, "and"sv);
      }
      if (!joined || (!list && !has_and)) break;
      list = true;
      sp.region_first = s.mentions[m].first;
    }
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
    // Most words open no clause: only punctuation and the cue words need the checks below.
    const bool cue = !t[i].is_word || Is(s.classes[i], kClauseBreaksBit | kSegmentCuesBit);
    if (!cue) {
      if (i > 0 && s.in_quote[i] != s.in_quote[i - 1]) cut = true;
      if (cut && i > 0) ++id;
      s.segment[i] = id;
      continue;
    }
    if (Eq(t[i].key, ";"sv) || Eq(t[i].key, ":"sv) || Is(s.classes[i], kClauseBreaksBit))
      cut = true;
    // "... as the United States and South Korea conducted ...": "as" opening a clause.
    if (Eq(t[i].key, "as"sv) && i > 0 && !Eq(t[i - 1].key, "such"sv) &&
        !Eq(t[i - 1].key, "well"sv) && !Eq(t[i - 1].key, "same"sv) && i + 1 < t.size() &&
        std::any_of(s.mentions.begin(), s.mentions.end(), [&](const Mention& m) {
          return m.first == i + 1 || (m.first == i + 2 && Eq(t[i + 1].key, "the"sv));
        })) {
      cut = true;
    }
    if (Eq(t[i].key, "that"sv) && i > 0 && Is(s.classes[i - 1], kThatVerbsBit)) cut = true;
    // "... after it recognised ...", "... because Russia refused ...": a new clause.
    if ((Eq(t[i].key, "after"sv) || Eq(t[i].key, "before"sv) || Eq(t[i].key, "because"sv) ||
         Eq(t[i].key, "when"sv) || Eq(t[i].key, "until"sv) || Eq(t[i].key, "since"sv)) &&
        i > 0 && i + 2 < t.size() && [&] {
          // A subject and a finite verb follow: "after Russia attacked", "after protesters
          // stormed"; not "after talks with Russia".
          for (uint32_t q = i + 1; q < t.size() && q < i + 5; ++q) {
            if (!t[q].is_word || Is(s.classes[q], kPrepsBit)) return false;
            if (q > i + 1 &&
                (t[q].key.ends_with("ed") || Is(s.classes[q], kBeFormsBit) ||
                 Eq(t[q].key, "had"sv) || Eq(t[q].key, "has"sv) || Eq(t[q].key, "struck"sv) ||
                 Eq(t[q].key, "hit"sv) || Eq(t[q].key, "shot"sv) || Eq(t[q].key, "took"sv) ||
                 Eq(t[q].key, "sent"sv) || Eq(t[q].key, "began"sv) || Eq(t[q].key, "broke"sv) ||
                 Eq(t[q].key, "fought"sv) || Eq(t[q].key, "left"sv) || Eq(t[q].key, "met"sv))) {
              return true;
            }
          }
          return false;
        }()) {
      cut = true;
    }
    if (i > 0 && s.in_quote[i] != s.in_quote[i - 1]) cut = true;
    if (cut && i > 0) ++id;
    s.segment[i] = id;
    if (Eq(t[i].key, ";"sv)) ++id;
  }
}

ActorRef ArticleExtraction::StateOf(const ActorRef& actor) const {
  const std::string& id = actor.StateLevelId();
  if (id == actor.id) return actor;
  if (const graph::Actor* a = kb_.actors.Find(id)) return kb_.actors.RefOn(*a, article_.date);
  return ActorRef{id, id, ActorType::kOther, ""};
}

// The state a mention names as an actor, or "": not a demonym on its own ("Syrian-Turkish
// talks"), a place, or private people named by nationality.
std::string ArticleExtraction::StateNamedBy(const Mention& m, const ActorRef& ref) const {
  if (m.kind == MentionKind::kPlace || m.kind == MentionKind::kAdjective || ref.empty() ||
      IsPrivateAgent(ref)) {
    return {};
  }
  const std::string& id = ref.StateLevelId();
  const graph::Actor* a = kb_.actors.Find(id);
  return a && a->type == ActorType::kState ? id : std::string();
}

// The state whose government "the regime" or an unplaced official ("Senator X") is: for "the
// regime", the state named last before it in its sentence; then the one named last in the
// sentences before; then the dateline's. Empty when the article names none.
std::string ArticleExtraction::GovernmentOf(const Sentence& s, int index) const {
  const Mention& m = s.mentions[static_cast<size_t>(index)];
  if (m.kind == MentionKind::kPronoun) {
    for (size_t k = static_cast<size_t>(index); k-- > 0;) {
      const Mention& other = s.mentions[k];
      if (other.kind == MentionKind::kPronoun || other.anaphor == Anaphor::kGovernment) continue;
      if (std::string id = StateNamedBy(other, other.actor); !id.empty()) return id;
    }
  }
  return discourse_.government.empty() ? discourse_.dateline : discourse_.government;
}

std::optional<ActorRef> ArticleExtraction::SpeakerOf(size_t index) {
  // A sentence inside a quotation that closes later speaks with that later sentence's speaker.
  for (size_t j = index; j < sentences_.size(); ++j) {
    Sentence& s = sentences_[j];
    if (j > index && !sentences_[j - 1].quote_open_at_end) break;
    if (!s.speeches.empty()) {
      for (const Speech& sp : s.speeches) {
        if (sp.speaker < 0) continue;
        auto refs = Resolve(s, sp.speaker, nullptr);
        if (!refs.empty()) return refs.front();
      }
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
    if (m.anaphor == Anaphor::kGovernment && m.actor.affiliation.empty()) {
      // "Senator Lindsey Graham": an official of the state the article is about, or nobody.
      std::string state = GovernmentOf(s, index);
      if (state.empty()) return {};
      ActorRef official = m.actor;
      official.affiliation = std::move(state);
      return {official};
    }
    return {m.actor};
  }
  switch (m.anaphor) {
    case Anaphor::kSpeakerSide:
      if (speaker && s.in_quote[m.first]) return {StateOf(*speaker)};
      // A statement in the first person (a UN General Debate speech): "we", "my country" and
      // "my Government" are the state that speaks.
      if (!article_.speaker.empty() && !s.in_quote[m.first]) {
        if (const graph::Actor* a = kb_.actors.Find(article_.speaker)) {
          return {kb_.actors.RefOn(*a, article_.date)};
        }
      }
      return {};
    case Anaphor::kAddressee:
      if (!article_.addressee.empty() && !s.in_quote[m.first]) {
        if (const graph::Actor* a = kb_.actors.Find(article_.addressee)) {
          return {kb_.actors.RefOn(*a, article_.date)};
        }
      }
      return {};
    case Anaphor::kPerson:
      // "he" and "his" prefer the subject of their sentence ("Putin ... during his visit"); "him"
      // prefers the person named last.
      if (!Eq(s.tokens[m.first].key, "him"sv) && m.role.empty()) {
        for (const Mention& other : s.mentions) {
          if (other.first >= m.first) break;
          if (other.kind == MentionKind::kPronoun || other.kind == MentionKind::kPlace) continue;
          if (other.actor.type == ActorType::kPerson) return {other.actor};
          break;  // the subject is not a person
        }
      }
      for (auto it = discourse_.persons.rbegin(); it != discourse_.persons.rend(); ++it) {
        if (m.role.empty() || it->second == m.role) return {it->first};
      }
      if (!discourse_.persons.empty()) return {discourse_.persons.back().first};
      return {};
    case Anaphor::kEntity: {
      // "accusing it of", "after it recognised": the state or organisation named last.
      const bool object = !m.possessive;
      for (size_t k = static_cast<size_t>(index); k-- > 0;) {
        const Mention& other = s.mentions[k];
        // "Kyiv rejected it": an object pronoun is not its own clause's subject.
        if (object && !s.segment.empty() && s.segment[other.first] == s.segment[m.first]) continue;
        if (other.kind == MentionKind::kPronoun || other.kind == MentionKind::kPlace ||
            other.kind == MentionKind::kAdjective || other.actor.empty()) {
          continue;
        }
        if (other.actor.type == ActorType::kPerson) continue;
        return {other.actor};
      }
      if (!discourse_.entity.empty()) return {discourse_.entity};
      return {};
    }
    case Anaphor::kDescription: {
      // "the alliance": the organisation that noun describes, named last in this sentence or
      // before it; "the kingdom" after "Saudi officials" is the state they act for.
      auto described = [&](const ActorRef& r) -> std::optional<ActorRef> {
        if (const graph::Actor* a = kb_.actors.Find(r.id); a && kb_.actors.Describes(*a, m.role))
          return r;
        ActorRef state = StateOf(r);
        if (const graph::Actor* a = kb_.actors.Find(state.id);
            state.id != r.id && a && kb_.actors.Describes(*a, m.role)) {
          return state;
        }
        return std::nullopt;
      };
      for (size_t k = static_cast<size_t>(index); k-- > 0;) {
        const Mention& other = s.mentions[k];
        if (other.kind == MentionKind::kPronoun || other.actor.empty()) continue;
        if (auto r = described(other.actor)) return {*r};
      }
      // Before it, the latest sentence with one, and in it the first named, as a subject is:
      // "Iran held talks with Saudi officials in Beijing. The country ..." is Iran.
      std::optional<ActorRef> found;
      size_t found_in = 0;
      for (const auto& [sentence, actor] : discourse_.entities) {
        if (found && sentence <= found_in) continue;
        if (auto r = described(actor)) {
          found = std::move(r);
          found_in = sentence;
        }
      }
      if (found) return {*found};
      return {};
    }
    case Anaphor::kGovernment: {
      std::string state = GovernmentOf(s, index);
      const graph::Actor* a = kb_.actors.Find(state);
      if (!a) return {};
      std::string base = a->adjectives.empty() ? a->label : a->adjectives.front();
      return {ActorRef{state + "-GOV", base + " government", ActorType::kAgency, state}};
    }
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
  const ActorRef* speaker_ptr = speaker ? &*speaker : nullptr;

  // Resolve names first, then anaphors: "their" and "the two leaders" look first for actors
  // named earlier in the same sentence, then in the sentences before.
  std::vector<std::vector<ActorRef>> refs(s.mentions.size());
  std::vector<uint8_t> pronoun(s.mentions.size());
  for (size_t m = 0; m < s.mentions.size(); ++m) {
    pronoun[m] = s.mentions[m].kind == MentionKind::kPronoun;
    if (!pronoun[m]) refs[m] = Resolve(s, static_cast<int>(m), speaker_ptr);
  }
  // "pro-Trump protesters", "anti-American rallies", "US$ 5 billion": not the actor itself.
  // "Former U.S. president Jimmy Carter" acts for nobody.
  uint32_t former_until = 0;  // the end of "former U.S. president Jimmy Carter"
  for (size_t m = 0; m < s.mentions.size(); ++m) {
    const Mention& men = s.mentions[m];
    const bool former =
        Eq(t[men.first].key, "former"sv) ||
        (men.first >= 1 &&
         (Eq(t[men.first - 1].key, "former"sv) ||
          (men.first >= 2 && Eq(t[men.first - 1].key, "-"sv) && Eq(t[men.first - 2].key, "ex"sv))));
    bool same_phrase =
        former_until > 0 && men.first >= former_until && men.first <= former_until + 2;
    for (uint32_t q = former_until; same_phrase && q < men.first; ++q) {
      same_phrase = t[q].is_word && t[q].shape == Shape::kLower;  // a title: "president"
    }
    if (former || same_phrase) {
      refs[m].clear();
      former_until = men.last;
      continue;
    }
    bool prefixed = men.first >= 2 && Eq(t[men.first - 1].key, "-"sv) &&
                    (Eq(t[men.first - 2].key, "pro"sv) || Eq(t[men.first - 2].key, "anti"sv));
    bool currency = men.last < t.size() && Eq(t[men.last].key, "$"sv) && !t[men.last].space_before;
    if (prefixed || currency) refs[m].clear();
  }
  // "the Russian-led CSTO", "US-backed forces": the demonym qualifies what follows.
  for (size_t m = 0; m < s.mentions.size(); ++m) {
    const Mention& men = s.mentions[m];
    if (men.last + 1 < t.size() && Eq(t[men.last].key, "-"sv) &&
        (Eq(t[men.last + 1].key, "led"sv) || Eq(t[men.last + 1].key, "backed"sv) ||
         Eq(t[men.last + 1].key, "based"sv) || Eq(t[men.last + 1].key, "brokered"sv) ||
         Eq(t[men.last + 1].key, "owned"sv) || Eq(t[men.last + 1].key, "run"sv) ||
         Eq(t[men.last + 1].key, "made"sv) || Eq(t[men.last + 1].key, "built"sv))) {
      // "the Russian-led CSTO" names the CSTO; "the US-led coalition" acts for the US.
      bool actor_follows = m + 1 < s.mentions.size() && s.mentions[m + 1].first <= men.last + 4;
      if (actor_follows || !Eq(t[men.last + 1].key, "led"sv)) refs[m].clear();
    }
  }
  auto connected = [&](size_t a, size_t b) {
    // Mentions a < b joined only by "and", commas and articles; a possessor right before b
    // belongs to b ("... and North Korea's Kim Jong Un").
    while (b > a + 1 && s.mentions[b - 1].possessive &&
           s.mentions[b - 1].kind != MentionKind::kPronoun &&
           s.mentions[b - 1].last + 1 == s.mentions[b].first) {
      --b;
    }
    if (s.segment[s.mentions[a].first] != s.segment[s.mentions[b].first]) return false;
    bool has_link = false;
    for (uint32_t k = s.mentions[a].last; k < s.mentions[b].first; ++k) {
      if (Eq(t[k].key, "his"sv) || Eq(t[k].key, "her"sv) || Eq(t[k].key, "their"sv)) continue;
      if (!IsConnector(t[k])) return false;
      has_link |= Eq(t[k].key, "and"sv) || Eq(t[k].key, ","sv) || Eq(t[k].key, "&"sv);
    }
    return has_link && s.mentions[b].first > s.mentions[a].last;
  };
  // "American and Filipino troops", "Russian, Tajik and Uzbek troops": the role word at the end
  // of a list of demonyms applies to each of them.
  for (size_t m = 0; m < s.mentions.size(); ++m) {
    const Mention& last = s.mentions[m];
    if (last.kind != MentionKind::kAgency || refs[m].size() != 1) continue;
    size_t space = last.actor.label.find(' ');
    const std::string role_label =
        space == std::string::npos ? " " + last.role : last.actor.label.substr(space);
    for (size_t k = m; k-- > 0;) {
      const Mention& adj = s.mentions[k];
      if (adj.kind != MentionKind::kAdjective || refs[k].size() != 1 || !connected(k, k + 1)) break;
      const ActorRef state = refs[k][0];
      const std::string surface =
          article_.text.substr(t[adj.first].begin, t[adj.last - 1].end - t[adj.first].begin);
      refs[k][0] =
          ActorRef{state.id + "-" + last.role, surface + role_label, ActorType::kAgency, state.id};
    }
  }
  for (size_t m = 0; m < s.mentions.size(); ++m) {
    if (!pronoun[m]) {
      if (refs[m].size() == 1 && refs[m][0].type == ActorType::kPerson) {
        discourse_.persons.emplace_back(refs[m][0], s.mentions[m].role);
      }
      continue;
    }
    const Mention& men = s.mentions[m];
    if (men.anaphor == Anaphor::kGroup || men.anaphor == Anaphor::kPair) {
      // The nearest run of joined actors before it in this sentence, else the last two actors
      // named in this sentence, else the discourse.
      std::vector<ActorRef> local;
      for (size_t k = m; k-- > 0 && local.empty();) {
        if (pronoun[k] || refs[k].empty()) continue;
        size_t first = k;
        while (first > 0 && !pronoun[first - 1] && !refs[first - 1].empty() &&
               connected(first - 1, first)) {
          --first;
        }
        if (first < k) {
          for (size_t j = first; j <= k; ++j)
            local.insert(local.end(), refs[j].begin(), refs[j].end());
        }
      }
      if (local.empty()) {
        std::vector<ActorRef> named;
        for (size_t k = 0; k < m; ++k) {
          if (pronoun[k] || s.mentions[k].kind == MentionKind::kAdjective) continue;
          for (const ActorRef& r : refs[k]) {
            if (r.type == ActorType::kIgo) continue;  // usually a venue
            if (std::none_of(named.begin(), named.end(),
                             [&](const ActorRef& x) { return x.id == r.id; })) {
              named.push_back(r);
            }
          }
        }
        if (named.size() >= 2) {
          local.assign(named.end() - 2, named.end());
        } else if (named.size() == 1 && men.anaphor == Anaphor::kGroup &&
                   named[0].type != ActorType::kPerson) {
          local = named;  // "Israeli troops completed their withdrawal"
        }
      }
      if (local.empty() && men.anaphor == Anaphor::kPair && men.last > 0) {
        // "the two presidents", "the two ministers": the last two persons with such an office.
        std::string_view noun = t[men.last - 1].key;
        std::string_view office = Eq(noun, "presidents"sv)  ? "president"sv
                                  : Eq(noun, "ministers"sv) ? "minister"sv
                                  : Eq(noun, "leaders"sv)   ? ""sv
                                                            : "-"sv;
        if (office != "-"sv) {
          for (auto it = discourse_.persons.rbegin(); it != discourse_.persons.rend(); ++it) {
            if (!office.empty() && it->second.find(office) == std::string::npos) continue;
            if (std::none_of(local.begin(), local.end(),
                             [&](const ActorRef& x) { return x.id == it->first.id; })) {
              local.push_back(it->first);
            }
            if (local.size() == 2) break;
          }
          if (local.size() < 2) local.clear();
        }
      }
      refs[m] = local.empty() ? (men.anaphor == Anaphor::kPair ? discourse_.pair : discourse_.group)
                              : local;
      bool countries =
          men.last > 0 &&
          (Eq(t[men.last - 1].key, "countries"sv) || Eq(t[men.last - 1].key, "states"sv) ||
           Eq(t[men.last - 1].key, "nations"sv) || Eq(t[men.last - 1].key, "governments"sv));
      if (countries) {
        for (ActorRef& r : refs[m]) r = StateOf(r);
      }
    } else {
      refs[m] = Resolve(s, static_cast<int>(m), speaker_ptr);
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
    if (!groups.empty()) {
      Group& g = groups.back();
      const size_t prev_index = static_cast<size_t>(g.members.back());
      const Mention& prev = s.mentions[prev_index];
      if (s.segment[men.first] == g.segment && !prev.possessive) {
        bool hyphen = men.first == prev.last + 1 && Eq(t[prev.last].key, "-"sv);
        if (hyphen || connected(prev_index, m)) {
          g.members.push_back(static_cast<int>(m));
          g.last = men.last;
          g.hyphen = g.hyphen || hyphen;
          continue;
        }
      }
    }
    Group g;
    g.members.push_back(static_cast<int>(m));
    g.first = men.first;
    g.last = men.last;
    g.segment = s.segment[men.first];
    uint32_t p = men.first;
    while (p > 0 &&
           (Eq(t[p - 1].key, "the"sv) || Eq(t[p - 1].key, "such"sv) || Eq(t[p - 1].key, "a"sv)))
      --p;
    if (p > 0 && Is(s.classes[p - 1], kPrepsBit)) g.prep = t[p - 1].key;
    // "Thousands of Georgians", "hundreds of Armenians": a quantity, not a preposition.
    if (Eq(g.prep, "of"sv) && p > 1 &&
        (Eq(t[p - 2].key, "thousands"sv) || Eq(t[p - 2].key, "hundreds"sv) ||
         Eq(t[p - 2].key, "dozens"sv) || Eq(t[p - 2].key, "tens"sv) ||
         Eq(t[p - 2].key, "millions"sv) || Eq(t[p - 2].key, "scores"sv))) {
      g.prep.clear();
    }
    if (p > 1 && Eq(t[p - 1].key, "as"sv) && Eq(t[p - 2].key, "such"sv)) g.prep = "as";
    // "in Osaka, Japan", "in Kidal, northern Mali": a country after a place is a location too.
    {
      uint32_t q = p;
      while (q > 0 && t[q - 1].shape == Shape::kLower &&
             (t[q - 1].key.ends_with("ern") || Eq(t[q - 1].key, "central"sv))) {
        --q;  // "northern", "south-eastern"
      }
      if (q > 2 && Eq(t[q - 1].key, ","sv)) {
        uint32_t r = q - 1;
        while (r > 0 && r + 4 > q && t[r - 1].shape == Shape::kCapitalized) --r;
        if (r < q - 1 && r > 0 && Is(s.classes[r - 1], kLocationPrepsBit)) g.prep = t[r - 1].key;
      }
    }
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
        if (std::none_of(out.begin(), out.end(), [&](const ActorRef& x) { return x.id == r.id; })) {
          out.push_back(r);
        }
      }
    }
    return out;
  };
  auto group_has_pronoun = [&](const Group& g) {
    return std::any_of(g.members.begin(), g.members.end(),
                       [&](int m) { return pronoun[static_cast<size_t>(m)] != 0; });
  };

  // Triggers: the longest pattern at each word that is not part of an actor's name.
  std::vector<Occurrence> triggers;
  std::vector<uint8_t> covered(n);
  for (const Mention& m : s.mentions) {
    if (m.kind != MentionKind::kPronoun) {
      for (uint32_t k = m.first; k < m.last; ++k) covered[k] = 1;
    }
  }
  size_t next_match = 0;
  for (uint32_t i = 0; i < n;) {
    if (covered[i] || !t[i].is_word) {
      ++i;
      continue;
    }
    uint32_t best_end = 0, best = 0;
    while (next_match < s.matches.size() && s.matches[next_match].first < i) ++next_match;
    for (size_t k = next_match; k < s.matches.size() && s.matches[k].first == i; ++k) {
      const uint32_t tr = s.matches[k].trigger;
      const uint32_t end = s.matches[k].last;
      if (end <= best_end) continue;
      // Actor names may sit inside a gap ("summoned the Chinese ambassador"), not in a word.
      const Trigger& trig = kb_.relations.trigger(tr);
      bool clean = !covered[end - 1] || trig.slots.size() == 1;
      if (clean) {
        best_end = static_cast<uint32_t>(end);
        best = tr;
      }
    }
    if (!best_end) {
      ++i;
      continue;
    }
    // "warned that ...", "pledged that ...": the verb reports a clause; the clause has the event.
    bool reports_clause = best_end < n && Eq(t[best_end].key, "that"sv) &&
                          kb_.relations.trigger(best).relation != Relation::kAgreesWith &&
                          kb_.relations.trigger(best).relation != Relation::kRequestsFrom;
    // "five detained Americans", "the jailed journalists": a participle used as an adjective.
    const Trigger& found = kb_.relations.trigger(best);
    std::string_view before = i > 0 ? t[i - 1].key : t[i].key;
    // "drought-hit Somalia": part of a hyphenated adjective.
    bool compound = i > 0 && Eq(t[i - 1].key, "-"sv) && !t[i].space_before;
    // "hundreds of attack drones", "an attack": a verb's form used as a noun or adjective.
    bool nominal_use = !found.noun && found.slots.size() == 1 && i > 0 &&
                       (Eq(before, "of"sv) || Eq(before, "an"sv) || Eq(before, "from"sv));
    bool adjectival = compound || nominal_use;
    adjectival =
        adjectival ||
        (!found.noun && found.slots.size() == 1 && i > 0 && t[i].key.ends_with("ed") &&
         (Eq(before, "the"sv) || Eq(before, "a"sv) || Eq(before, "an"sv) || Eq(before, "its"sv) ||
          Eq(before, "their"sv) || Eq(before, "his"sv) || Eq(before, "her"sv) ||
          Eq(before, "several"sv) || Eq(before, "two"sv) || Eq(before, "three"sv) ||
          Eq(before, "four"sv) || Eq(before, "five"sv) || (before[0] >= '0' && before[0] <= '9')));
    // "at the G20 summit", "at the COP26 climate summit": a gathering named as a place is a
    // venue, not an event.
    bool venue = false;
    if (found.noun && Is(s.classes[i], kVenueNounsBit)) {
      for (uint32_t q = i; q-- > 0 && q + 6 > i;) {
        if (Eq(t[q].key, "at"sv)) {
          venue = true;
          break;
        }
        bool modifier = covered[q] || t[q].shape != Shape::kLower || Eq(t[q].key, "the"sv) ||
                        Eq(t[q].key, "a"sv) || Eq(t[q].key, "climate"sv) ||
                        Eq(t[q].key, "annual"sv) || Eq(t[q].key, "-"sv);
        if (!modifier) break;
      }
    }
    // RELATION none: "strikes down a law", "left five dead" are no relations.
    if (!reports_clause && !adjectival && !venue && !found.blocker) {
      triggers.push_back({best, i, best_end});
    }
    i = best_end;
  }
  // "agreed to hold joint exercises", "pledged at the summit to step up cooperation": an
  // agreement or promise whose content is another trigger. Joint agreements are coded as the
  // agreement (PLOVER AGREE); one actor's promise as its content, intended. "decided to" and
  // "plans to" only make their content intended; an invitation's content has not happened.
  std::vector<uint8_t> dropped(triggers.size()), intended_by_outer(triggers.size());
  std::vector<int> inner_of(triggers.size(), -1);
  for (size_t k = 0; k < triggers.size(); ++k) {
    const Occurrence& o = triggers[k];
    // An invitation's, a threat's or a signed document's content has not happened yet.
    const Trigger& outer = kb_.relations.trigger(o.trigger);
    const bool invitation = t[o.first].key.starts_with("invit") ||
                            outer.relation == Relation::kThreatens || outer.cameo == "057";
    if (!Is(s.classes[o.first], kIntentionVerbsBit) && !invitation) continue;
    uint32_t to = o.last;
    if (to > 0 && Eq(t[to - 1].key, "to"sv)) {
      --to;
    } else {
      while (to < n && to < o.last + 10 && !Eq(t[to].key, "to"sv) &&
             s.segment[to] == s.segment[o.first]) {
        ++to;
      }
    }
    if (to >= n || !Eq(t[to].key, "to"sv)) continue;
    ++to;
    while (to < n && Is(s.classes[to], kAdverbsBit)) ++to;
    for (size_t j = k + 1; j < triggers.size(); ++j) {
      if (triggers[j].first >= o.last && triggers[j].first <= to + 4) {
        inner_of[k] = static_cast<int>(j);
        if (invitation) dropped[j] = 1;
        break;
      }
    }
  }
  // Plans and decisions are not triggers themselves: mark what follows them as intended.
  for (size_t j = 0; j < triggers.size(); ++j) {
    uint32_t q = triggers[j].first;
    if (q >= 2 && Eq(t[q - 1].key, "to"sv) &&
        (Eq(t[q - 2].key, "decided"sv) || Eq(t[q - 2].key, "plans"sv) ||
         Eq(t[q - 2].key, "planned"sv) || Eq(t[q - 2].key, "intends"sv) ||
         Eq(t[q - 2].key, "set"sv))) {
      intended_by_outer[j] = 1;
    }
  }

  // "called on the EU to disconnect Russia": what is asked for has not happened.
  for (size_t k = 0; k < triggers.size(); ++k) {
    if (kb_.relations.trigger(triggers[k].trigger).relation != Relation::kRequestsFrom) continue;
    for (size_t j = k + 1; j < triggers.size(); ++j) {
      const Occurrence& inner = triggers[j];
      if (s.segment[inner.first] == s.segment[triggers[k].first]) dropped[j] = 1;
    }
  }

  // "a UN request to lift its ban", "a plan to impose tariffs": the content of a request, plan
  // or proposal has not happened.
  for (size_t j = 0; j < triggers.size(); ++j) {
    uint32_t q = triggers[j].first;
    if (q >= 2 && Eq(t[q - 1].key, "to"sv)) {
      std::string_view noun = t[q - 2].key;
      if (Eq(noun, "request"sv) || Eq(noun, "call"sv) || Eq(noun, "demand"sv) ||
          Eq(noun, "appeal"sv) || Eq(noun, "proposal"sv) || Eq(noun, "plan"sv) ||
          Eq(noun, "plans"sv) || Eq(noun, "bid"sv) || Eq(noun, "attempt"sv) ||
          Eq(noun, "threat"sv) || Eq(noun, "offer"sv) || Eq(noun, "efforts"sv)) {
        dropped[j] = 1;
      }
    }
  }

  // Via: organisations that name the venue ("at the G20 summit", "on the sidelines of APEC",
  // "at such platforms as the UN") and brokers ("brokered by China").
  std::vector<ActorRef> via;
  std::vector<uint8_t> is_via(groups.size());
  for (size_t g = 0; g < groups.size(); ++g) {
    const Group& grp = groups[g];
    uint32_t p = grp.first;
    while (p > 0 && (Eq(t[p - 1].key, "the"sv) || Eq(t[p - 1].key, "such"sv))) --p;
    bool right_after_trigger =
        std::any_of(triggers.begin(), triggers.end(), [&](const Occurrence& o) {
          return o.last == p && t[o.last - 1].is_word && Is(s.classes[o.last - 1], kPrepsBit);
        });
    if (right_after_trigger) continue;  // "called on the EU": the trigger governs it
    bool broker = p >= 2 && Eq(t[p - 1].key, "by"sv) &&
                  (Eq(t[p - 2].key, "brokered"sv) || Eq(t[p - 2].key, "mediated"sv) ||
                   Eq(t[p - 2].key, "hosted"sv) || Eq(t[p - 2].key, "facilitated"sv));
    bool sidelines = p >= 2 && Eq(t[p - 1].key, "of"sv) && Eq(t[p - 2].key, "sidelines"sv);
    bool venue_noun = grp.last < n && Is(s.classes[grp.last], kVenueNounsBit);
    bool venue = In(kLocationPreps, grp.prep) || sidelines || venue_noun;
    if (!broker && !venue) continue;
    for (const ActorRef& r : group_refs(grp, false)) {
      if (broker || r.type == ActorType::kIgo) {
        if (std::none_of(via.begin(), via.end(), [&](const ActorRef& v) { return v.id == r.id; })) {
          via.push_back(r);
        }
        is_via[g] = 1;
      }
    }
    // A state's own summit ("the Russia-Africa summit") is not a venue; only organisations are.
  }

  std::vector<Candidate> candidates;
  auto add = [&](const ActorRef& src, const ActorRef& dst, const Trigger& tr, const Occurrence& o,
                 const std::string& construction, double confidence, bool negated, Mode mode) {
    // Both sides are different states or organisations: a government and its own parliament,
    // army or president are one side ("Japan's prime minister met the Japanese parliament").
    if (src.id == dst.id || src.StateLevelId() == dst.StateLevelId()) return;
    // Private people are a side only as the source of a protest ("Chinese protesters marched
    // against Japan") or the target of sanctions ("sanctions on Russian banks").
    if (IsPrivateAgent(src) && tr.relation != Relation::kProtestsAgainst) return;
    if (IsPrivateAgent(dst) && tr.relation != Relation::kSanctions) return;
    candidates.push_back({src, dst, tr.relation, tr.origin + " " + construction, confidence,
                          o.first, negated, mode});
  };
  auto group_index = [&](const Group& g) { return static_cast<size_t>(&g - groups.data()); };

  const Group* last_subject = nullptr;
  for (size_t k = 0; k < triggers.size(); ++k) {
    if (dropped[k]) continue;
    const Occurrence& o = triggers[k];
    const Trigger& tr = kb_.relations.trigger(o.trigger);
    const bool agreement_with_content = inner_of[k] >= 0 &&
                                        Is(s.classes[o.first], kIntentionVerbsBit) &&
                                        tr.relation == Relation::kAgreesWith;
    const uint16_t seg = s.segment[o.first];
    uint32_t seg_first = o.first;
    while (seg_first > 0 && s.segment[seg_first - 1] == seg) --seg_first;
    uint32_t seg_last = o.last;
    while (seg_last < n && s.segment[seg_last] == seg) ++seg_last;

    std::vector<ActorRef> sources, targets;
    const Group* target_group = nullptr;
    // (last_subject is kept across triggers of the sentence)
    std::string construction = "active";
    double confidence = 0.9;
    bool pair = false;
    const Group* subject = nullptr;

    // Passive: "Iran was hit with sanctions by the United States".
    bool passive = false;
    if (!tr.noun) {
      uint32_t b = o.first;
      while (b > seg_first && (t[b - 1].key.ends_with("ly") || Is(s.classes[b - 1], kAdverbsBit)))
        --b;
      if (b > seg_first && Is(s.classes[b - 1], kBeFormsBit)) {
        for (const Group& g : groups) {
          if (g.segment == seg && g.first >= o.last && Eq(g.prep, "by"sv) &&
              !is_via[group_index(g)]) {
            sources = group_refs(g, false);
            passive = !sources.empty();
            break;
          }
        }
      }
    }
    if (!passive && !tr.noun && o.first > seg_first && Is(s.classes[o.first - 1], kBeFormsBit)) {
      // "Kyiv was hit by a barrage of missiles": a passive whose agent is no actor we know, or
      // one named by a demonym ("... of Russian cruise missiles").
      uint32_t by = 0;
      for (uint32_t q = o.last; q < seg_last && q < o.last + 3; ++q) {
        if (Eq(t[q].key, "by"sv)) by = q;
      }
      if (by) {
        for (const Group& g : groups) {
          if (g.segment == seg && g.first > by && g.first <= by + 5) {
            sources = group_refs(g, true);
            break;
          }
        }
        if (sources.empty()) continue;
        passive = true;
      }
    }
    if (passive) {
      construction = "passive";
      for (const Group& g : groups) {
        if (g.segment == seg && g.last <= o.first && g.prep.empty() && !is_via[group_index(g)]) {
          subject = &g;
        }
      }
      if (subject) targets = group_refs(*subject, false);
    } else {
      if (tr.noun) {
        // Nominal forms: "X's visit to Y", "X-Y relations", "EU sanctions", "talks between X and
        // Y".
        for (const Group& g : groups) {
          if (g.segment != seg || g.last > o.first || is_via[group_index(g)]) continue;
          uint32_t gap = o.first - g.last;
          const Mention& last = s.mentions[static_cast<size_t>(g.members.back())];
          // "their largest-ever Balikatan exercises": a possessive reaches over its modifiers.
          const bool possessive_pronoun = last.kind == MentionKind::kPronoun && last.possessive;
          bool adjacent = gap <= (possessive_pronoun ? 5u : 3u);
          if (possessive_pronoun) {
            for (uint32_t q = g.last; q < o.first && adjacent; ++q) {
              adjacent = (t[q].is_word || Eq(t[q].key, "-"sv)) && !Is(s.classes[q], kPrepsBit) &&
                         !Is(s.classes[q], kLightVerbsBit) && !Is(s.classes[q], kBeFormsBit);
            }
            if (adjacent) {
              sources = group_refs(g, true);
              subject = &g;
              construction = "possessive";
              confidence = 0.8;
              continue;
            }
          }
          for (uint32_t q = g.last; q < o.first && adjacent; ++q) {
            adjacent = Eq(t[q].key, "'s"sv) ||
                       (t[q].is_word && t[q].shape == Shape::kLower &&
                        !Is(s.classes[q], kPrepsBit) && !Is(s.classes[q], kBeFormsBit) &&
                        !Eq(t[q].key, "and"sv) && !Is(s.classes[q], kLightVerbsBit));
          }
          if (!adjacent) continue;
          if (g.hyphen && g.members.size() == 2) {
            sources = group_refs(g, true);
            pair = true;
            construction = "nominal-pair";
            confidence = 0.8;
          } else if (last.possessive || gap == 0) {
            // "Serbia refused to join Western sanctions": a demonym modifier gives way to a
            // subject that governs the noun through a verb.
            bool adjective_only = std::all_of(g.members.begin(), g.members.end(), [&](int m) {
              return s.mentions[static_cast<size_t>(m)].kind == MentionKind::kAdjective;
            });
            if (adjective_only && !last.possessive) {
              bool subject_governs = false;
              for (const Group& h : groups) {
                if (&h == &g || h.segment != seg || h.last > g.first || !h.prep.empty()) continue;
                for (uint32_t q = h.last; q < g.first; ++q) {
                  subject_governs |= Is(s.classes[q], kLightVerbsBit) || Eq(t[q].key, "join"sv);
                }
              }
              if (subject_governs) continue;
            }
            sources = group_refs(g, true);
            subject = &g;
            pair = false;
            construction = last.possessive ? "possessive" : "modifier";
            confidence = 0.8;
          }
        }
        if (sources.empty()) {
          for (const Group& g : groups) {
            if (g.segment == seg && Eq(g.prep, "between"sv) && g.first >= o.last &&
                g.first - o.last <= 5 && g.members.size() >= 2) {
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
        // "Washington blamed Moscow ... and expelled ten diplomats": a verb after "and" shares
        // the subject of the verb before it.
        if (o.first > 0 && Eq(t[o.first - 1].key, "and"sv) && last_subject &&
            last_subject->segment == seg) {
          subject = last_subject;
        }
        // The subject: the nearest actor group before the trigger that no preposition governs;
        // for ", accusing them of ..." the first one, the subject of the main clause.
        const bool participle_clause =
            o.first > 0 && Eq(t[o.first - 1].key, ","sv) && t[o.first].key.ends_with("ing");
        for (const Group& g : groups) {
          if (subject) break;
          if (g.segment == seg && g.last <= o.first && g.prep.empty() && !is_via[group_index(g)]) {
            const Mention& last = s.mentions[static_cast<size_t>(g.members.back())];
            // "Carter, after visiting North Korea, calls on ...": an adverbial clause set off by
            // commas holds no subject of the verb after it.
            bool adverbial = false;
            for (uint32_t q = g.first; q-- > 0 && q + 4 > g.first && !adverbial;) {
              adverbial = Eq(t[q].key, "after"sv) || Eq(t[q].key, "before"sv) ||
                          Eq(t[q].key, "while"sv) || Eq(t[q].key, "following"sv) ||
                          Eq(t[q].key, "despite"sv) || Eq(t[q].key, "during"sv);
            }
            if (adverbial) {
              bool comma_after = false;
              for (uint32_t q = g.last; q < o.first; ++q) comma_after |= Eq(t[q].key, ","sv);
              if (comma_after) continue;
            }
            // "China's proposals", but "my Government has condemned": a possessive with its
            // noun is the subject when only auxiliaries and adverbs stand before the verb.
            if (last.possessive && g.last + 1 < o.first) {
              bool auxiliaries_only = true;
              for (uint32_t q = g.last + 1; q < o.first && auxiliaries_only; ++q) {
                auxiliaries_only = Is(s.classes[q], kBeFormsBit) || Is(s.classes[q], kAdverbsBit) ||
                                   Eq(t[q].key, "has"sv) || Eq(t[q].key, "have"sv) ||
                                   Eq(t[q].key, "had"sv) || t[q].key.ends_with("ly");
              }
              if (!auxiliaries_only) continue;
            }
            subject = &g;
            if (participle_clause) break;
          }
        }
        // A noun only takes the clause's subject through a verb: "X held talks with Y".
        if (subject && tr.noun) {
          bool light = false;
          // The light verb governs the noun: no other verb stands between them.
          for (uint32_t q = o.first; q-- > subject->last;) {
            if (Is(s.classes[q], kLightVerbsBit)) {
              light = true;
              break;
            }
            bool after_determiner = q > 0 && (Eq(t[q - 1].key, "a"sv) || Eq(t[q - 1].key, "an"sv) ||
                                              Eq(t[q - 1].key, "the"sv));
            if ((t[q].key.ends_with("ed") || t[q].key.ends_with("ing")) && !after_determiner) break;
          }
          for (uint32_t q = subject->last; q < o.first; ++q) {
            light |=
                (Eq(t[q].key, "during"sv) || Eq(t[q].key, "after"sv) || Eq(t[q].key, "before"sv) ||
                 Eq(t[q].key, "following"sv) || Eq(t[q].key, "for"sv)) &&
                o.first - q <= 3;
          }
          if (tr.reverse) light = true;  // "at the invitation of Putin": the invited is the subject
          if (!light) subject = nullptr;
        }
        if (subject) sources = group_refs(*subject, false);
        if (sources.empty() && !tr.noun) {
          // "Russian drones attacked ...": a demonym with its noun right before the verb.
          for (const Group& g : groups) {
            if (g.segment == seg && g.prep.empty() && g.last + 1 == o.first &&
                t[g.last].shape == Shape::kLower && t[g.last].is_word) {
              sources = group_refs(g, true);
              subject = &g;
            }
          }
        }
      }
      if (agreement_with_content) {
        const auto inner = static_cast<size_t>(inner_of[k]);
        if (sources.size() >= 2) {
          dropped[inner] = 1;  // a joint agreement: code the agreement itself
        } else {
          auto cls =
              graph::Info(kb_.relations.trigger(triggers[inner].trigger).relation).relation_class;
          bool cooperative = cls == graph::RelationClass::kVerbalCooperation ||
                             cls == graph::RelationClass::kMaterialCooperation;
          if (!cooperative) {
            intended_by_outer[inner] = 1;  // "agreed to freeze the assets of X": the content
            continue;
          }
          dropped[inner] = 1;  // "Morocco agreed to normalise relations with Israel": AGREE
        }
      }
      if (!pair) {
        const bool ends_in_prep = o.last > 0 && Is(s.classes[o.last - 1], kPrepsBit);
        const Group* adjective_target = nullptr;
        target_group = nullptr;
        for (const Group& g : groups) {
          if (g.segment != seg || g.first <= o.first || &g == subject) continue;
          if (is_via[group_index(g)]) continue;
          // "arrived in Moscow", "travelled to Kyiv": the trigger's own preposition.
          uint32_t start = g.first;
          while (start > o.last && (Eq(t[start - 1].key, "the"sv) || Eq(t[start - 1].key, "a"sv) ||
                                    Eq(t[start - 1].key, "an"sv))) {
            --start;
          }
          bool governed = ends_in_prep && start == o.last;
          const bool origin_is_object =
              (Eq(g.prep, "from"sv) || Eq(g.prep, "by"sv)) &&
              (tr.relation == Relation::kRejects || tr.relation == Relation::kSanctions);
          if (!governed && !origin_is_object &&
              (Eq(g.prep, "between"sv) || Eq(g.prep, "by"sv) || Eq(g.prep, "from"sv) ||
               In(kLocationPreps, g.prep))) {
            continue;
          }
          // "urged citizens to leave Lebanon": the verb's object is a noun that names no actor,
          // and what follows belongs to the clause of "to leave".
          if (!tr.noun && tr.relation == Relation::kRequestsFrom && g.first > o.last) {
            bool object_noun = false, infinitive = false;
            for (uint32_t q = o.last; q + 1 < g.first; ++q) {
              if (Eq(t[q].key, "to"sv)) {
                infinitive = object_noun && t[q + 1].is_word && t[q + 1].shape == Shape::kLower &&
                             !Eq(t[q + 1].key, "the"sv);
                break;
              } else if (t[q].is_word && t[q].shape == Shape::kLower &&
                         !Is(s.classes[q], kPrepsBit) && !Eq(t[q].key, "the"sv) &&
                         !Eq(t[q].key, "a"sv) && !Eq(t[q].key, "an"sv) &&
                         !Is(s.classes[q], kAdverbsBit)) {
                object_noun = true;
              } else if (Is(s.classes[q], kPrepsBit) || Eq(t[q].key, ","sv)) {
                break;
              }
            }
            if (infinitive) break;
          }
          // "its ties", "their embassies": a possessive determiner, not an object.
          if (g.members.size() == 1 &&
              s.mentions[static_cast<size_t>(g.members[0])].kind == MentionKind::kPronoun &&
              s.mentions[static_cast<size_t>(g.members[0])].possessive) {
            // "urged its citizens to leave Lebanon": right after the verb, "its" + noun is the
            // object, and it names no actor; "attacked its neighbour Ukraine" names one next.
            if (g.first == o.last) {
              uint32_t q = g.last;
              while (q < n && t[q].is_word && t[q].shape == Shape::kLower) ++q;
              const bool apposition =
                  std::any_of(groups.begin(), groups.end(),
                              [&](const Group& h) { return h.first == q && h.segment == seg; });
              if (!apposition) break;
            }
            continue;
          }
          // "recognised Moroccan sovereignty": a demonym right after the verb marks its object.
          if (g.first == o.last && g.prep.empty() && !governed &&
              std::all_of(g.members.begin(), g.members.end(), [&](int m) {
                return s.mentions[static_cast<size_t>(m)].kind == MentionKind::kAdjective;
              })) {
            targets = group_refs(g, true);
            if (!targets.empty()) break;
          }
          // "X hosted Y": the visitor comes right after the verb.
          if (tr.reverse && g.first > o.last + 4) break;
          // "Japan and South Korea signed a pact on North Korea's missiles": a joint act names
          // its partners in the subject; only "with" adds one.
          if (tr.symmetric && sources.size() >= 2 && !Eq(g.prep, "with"sv) && !governed) continue;
          targets = group_refs(g, false);
          if (!targets.empty()) {
            target_group = &g;
            break;
          }
          // The object is a mention that resolves to no actor ("urged their citizens to leave
          // Lebanon"): the event has no target, and no later actor stands in for it.
          if (false && std::any_of(g.members.begin(), g.members.end(), [&](int m) {
                const Mention& men = s.mentions[static_cast<size_t>(m)];
                return men.kind != MentionKind::kAdjective && refs[static_cast<size_t>(m)].empty();
              })) {
            break;
          }
          if (!adjective_target) adjective_target = &g;
        }
        // "tariffs on Australian barley", "recognised a Palestinian state": a demonym is the
        // target when nothing else is.
        if (targets.empty() && adjective_target && !tr.reverse) {
          targets = group_refs(*adjective_target, true);
        }
        // "welcomed the agreement between Israel and Jordan", "condemned the clashes between X
        // and Y": praise or blame of a joint act is aimed at both its parties.
        if (targets.empty() && !tr.noun &&
            (tr.relation == Relation::kSupports || tr.relation == Relation::kAccuses)) {
          for (const Group& g : groups) {
            if (g.segment != seg || g.first <= o.last || g.first > o.last + 6) continue;
            if (Eq(g.prep, "between"sv) && g.members.size() >= 2) {
              targets = group_refs(g, false);  // no target_group: the joint act's noun
              break;                           // does not take the relation over
            }
          }
        }
        // "shelled towns in Armenia", "struck targets inside Syria": force used in a place is
        // used against it.
        if (targets.empty() &&
            (tr.relation == Relation::kAssaults || tr.relation == Relation::kCoerces)) {
          for (const Group& g : groups) {
            if (g.segment != seg || g.first <= o.first || is_via[group_index(g)]) continue;
            if (Eq(g.prep, "in"sv) || Eq(g.prep, "inside"sv) || Eq(g.prep, "across"sv) ||
                Eq(g.prep, "near"sv) || Eq(g.prep, "into"sv)) {
              targets = group_refs(g, true);
              if (!targets.empty()) break;
            }
          }
        }
      }
    }
    // "approved a bailout for Pakistan", "will host joint exercises with Russia": when a nominal
    // trigger stands between a verb and its object, the noun carries the relation.
    if (!tr.noun && !targets.empty() && !pair && target_group) {
      bool noun_between = false;
      for (size_t j = k + 1; j < triggers.size() && !noun_between; ++j) {
        if (!kb_.relations.trigger(triggers[j].trigger).noun || triggers[j].first < o.last ||
            triggers[j].first > target_group->first) {
          continue;
        }
        for (const Group& g : groups) {
          if (g.segment == seg && g.first >= triggers[j].last) {
            auto r = group_refs(g, true);
            noun_between = !r.empty() && r.front().id == targets.front().id;
            break;
          }
        }
      }
      if (noun_between) continue;
    }
    if (subject && !passive) last_subject = subject;
    if (tr.reverse) std::swap(sources, targets);
    if (sources.empty()) continue;
    // Troops and warships do not pay visits.
    if (tr.relation == Relation::kConsults &&
        std::all_of(sources.begin(), sources.end(),
                    [](const ActorRef& a) { return a.id.ends_with("-MIL"); })) {
      continue;
    }
    if (tr.military && std::none_of(sources.begin(), sources.end(), [](const ActorRef& a) {
          return a.type == ActorType::kAgency && a.id.ends_with("-MIL");
        })) {
      continue;
    }

    if (subject && group_has_pronoun(*subject)) confidence -= 0.1;

    // Negation and mode, read between the clause start and the trigger.
    // A negation belongs to the verb it stands next to: "did not attend the talks, blaming
    // Turkey" negates the attending, not the blaming.
    bool negated = false;
    for (uint32_t q = seg_first; q < o.last; ++q) {
      if (!Is(s.classes[q], kNegationsBit)) continue;
      bool comma_between = false;
      for (uint32_t r = q + 1; r < o.first; ++r) comma_between |= Eq(t[r].key, ","sv);
      if (!comma_between) negated = true;
    }
    // "rejected the accusation that it had supplied weapons": what others claim is not asserted.
    if (seg_first > 0 && Eq(t[seg_first].key, "that"sv) &&
        (Eq(t[seg_first - 1].key, "accusation"sv) || Eq(t[seg_first - 1].key, "accusations"sv) ||
         Eq(t[seg_first - 1].key, "claim"sv) || Eq(t[seg_first - 1].key, "claims"sv) ||
         Eq(t[seg_first - 1].key, "allegation"sv) || Eq(t[seg_first - 1].key, "allegations"sv) ||
         Eq(t[seg_first - 1].key, "suggestion"sv) || Eq(t[seg_first - 1].key, "suggestions"sv) ||
         Eq(t[seg_first - 1].key, "rumours"sv) || Eq(t[seg_first - 1].key, "reports"sv))) {
      continue;
    }
    // "Maduro denied that Venezuela was planning to invade Guyana": a denied clause.
    if (seg_first > 0 && Eq(t[seg_first].key, "that"sv) &&
        (Eq(t[seg_first - 1].key, "denied"sv) || Eq(t[seg_first - 1].key, "denies"sv) ||
         Eq(t[seg_first - 1].key, "deny"sv) || Eq(t[seg_first - 1].key, "dismissed"sv))) {
      negated = true;
    }
    bool hypothetical = false, intended = intended_by_outer[k] != 0;
    // "Germany hopes that Serbia will recognise Kosovo": a wished-for clause.
    if (seg_first > 0 && Eq(t[seg_first].key, "that"sv) &&
        Is(s.classes[seg_first - 1], kHypotheticalMarkersBit)) {
      hypothetical = true;
    }
    // A threat's condition is part of the threat: "warned ... that it would respond if ...".
    for (uint32_t q = seg_first; q < seg_last && tr.relation != Relation::kThreatens; ++q) {
      if (Eq(t[q].key, "if"sv) || Eq(t[q].key, "unless"sv)) hypothetical = true;
    }
    // "Should Kosovo and Serbia sign ...": an inverted condition.
    if (seg_first == 0 && n > 0 && (Eq(t[0].key, "should"sv) || Eq(t[0].key, "were"sv))) {
      hypothetical = true;
    }
    // "Talks between X and Y could resume", "A Chinese attack on Philippine forces could draw
    // in ...": a nominal event takes the mode of the verb that follows it.
    if (tr.noun) {
      for (uint32_t q = o.last; q < seg_last && q < o.last + 12; ++q) {
        if (Eq(t[q].key, "could"sv) || Eq(t[q].key, "might"sv) || Eq(t[q].key, "may"sv)) {
          hypothetical = true;
          break;
        }
        if (Eq(t[q].key, "would"sv)) {
          hypothetical = true;  // "a Venezuelan invasion of Guyana would be costly"
          break;
        }
        if (Eq(t[q].key, "will"sv)) {
          intended = true;
          break;
        }
      }
    }
    for (uint32_t q = seg_first; q < o.first; ++q) {
      if (Is(s.classes[q], kHypotheticalMarkersBit) && t[q].shape == Shape::kLower)
        hypothetical = true;
      if (Is(s.classes[q], kIntentionMarkersBit)) {
        // "due to visit" is a plan; "due to the cooperation" is a cause.
        bool cause = Eq(t[q].key, "due"sv) && q + 2 < n &&
                     (Eq(t[q + 2].key, "the"sv) || Eq(t[q + 2].key, "a"sv) ||
                      t[q + 2].is_word == false || t[q + 2].shape != Shape::kLower ||
                      Eq(t[q + 2].key, "its"sv) || Eq(t[q + 2].key, "their"sv));
        if (!cause) intended = true;
      }
      if (Eq(t[q].key, "to"sv) && q > seg_first && Is(s.classes[q - 1], kBeFormsBit))
        intended = true;
    }
    // "I would like to congratulate you", "allow me to thank": saying it is doing it.
    if (intended && o.first >= 2 && Eq(t[o.first - 1].key, "to"sv) &&
        (Eq(t[o.first - 2].key, "like"sv) || Eq(t[o.first - 2].key, "wish"sv) ||
         Eq(t[o.first - 2].key, "me"sv))) {
      intended = false;
    }
    Mode mode = hypothetical ? Mode::kHypothetical : intended ? Mode::kIntended : Mode::kAsserted;

    auto contains = [](const std::vector<ActorRef>& list, const ActorRef& a) {
      return std::any_of(list.begin(), list.end(), [&](const ActorRef& b) { return b.id == a.id; });
    };
    bool reciprocal = !targets.empty() && sources.size() >= 2 &&
                      std::all_of(targets.begin(), targets.end(),
                                  [&](const ActorRef& a) { return contains(sources, a); });
    const bool symmetric = tr.symmetric || (agreement_with_content && sources.size() >= 2);
    if (pair || reciprocal || (targets.empty() && sources.size() >= 2 && symmetric)) {
      if (!pair && !symmetric && !reciprocal) continue;
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
      if (conflict && speaker && !negated && mode == Mode::kAsserted &&
          !(subject && s.segment[subject->first] != seg)) {
        ActorRef side = StateOf(*speaker);
        for (const ActorRef& y : sources) {
          if (y.id == speaker->id || StateOf(y).id == side.id) continue;
          // Only an unnamed or collective wrongdoer makes the report an accusation ("some
          // Western countries resort to blackmail"); "Russia had shelled Kharkiv, Ukraine said"
          // reports an event whose target the text does not name.
          if (y.type != ActorType::kGroup) continue;
          candidates.push_back({*speaker, y, Relation::kAccuses, tr.origin + " speaker-accusation",
                                0.6, o.first, false, Mode::kAsserted});
        }
      }
      continue;
    }
    // Targets that are the source itself ("we will coordinate the moves of Russia and China").
    std::vector<ActorRef> others;
    for (const ActorRef& b : targets) {
      if (!contains(sources, b)) others.push_back(b);
    }
    for (const ActorRef& a : sources) {
      for (const ActorRef& b : others) add(a, b, tr, o, construction, confidence, negated, mode);
    }
    // "X met Y", "X held talks with Y": a meeting is both sides' act.
    // A meeting, joint act or agreement "with" someone is theirs too; "X established
    // relations with Y" stays X's act.
    if (tr.symmetric && !passive && !negated &&
        (tr.relation == Relation::kConsults || tr.relation == Relation::kCooperatesWith ||
         ((tr.relation == Relation::kAgreesWith || tr.cameo == "057") && target_group &&
          target_group->prep == "with"sv))) {
      for (const ActorRef& b : others) {
        for (const ActorRef& a : sources) add(b, a, tr, o, construction, confidence, negated, mode);
      }
    }
  }

  for (size_t m = 0; m < s.mentions.size(); ++m) {
    if (pronoun[m] || refs[m].size() != 1) continue;
    if (s.mentions[m].kind == MentionKind::kPlace) continue;
    if (refs[m][0].type != ActorType::kPerson) discourse_.entity = refs[m][0];
    if (std::string state = StateNamedBy(s.mentions[m], refs[m][0]); !state.empty()) {
      discourse_.government = std::move(state);
    }
    // The last few actors, persons too, for "the alliance" and "the kingdom" ("Jordan's foreign
    // minister ... The kingdom").
    if (discourse_.entities.size() == 16) discourse_.entities.erase(discourse_.entities.begin());
    discourse_.entities.emplace_back(index, refs[m][0]);
  }
  // Discourse for the next sentences: the last group of two or more, and the last pair.
  for (const Group& g : groups) {
    if (is_via[group_index(g)] || group_has_pronoun(g)) continue;
    auto r = group_refs(g, true);
    if (r.size() >= 2) {
      discourse_.group = r;
      if (r.size() == 2) discourse_.pair = r;
    } else if (r.size() == 1 && r[0].type == ActorType::kGroup) {
      discourse_.group = r;
    }
  }
  for (const Candidate& c : candidates) {
    if (c.source.type == c.target.type) {
      discourse_.pair = {c.source, c.target};
      break;
    }
  }

  // De-duplicate and emit.
  if (candidates.empty()) return;
  // Who reports the event at `anchor`: the speaker of the speech whose content clause holds it
  // ("Kyiv said that Russia attacked ...", "Russia attacked ..., Kyiv said"), or, in a quotation
  // that runs over several sentences, its speaker.
  auto reporter_of = [&](uint32_t anchor) -> std::optional<ActorRef> {
    if (s.speeches.empty()) return speaker;
    for (const Speech& sp : s.speeches) {
      if (sp.speaker < 0) continue;
      bool after = sp.region_last < n && s.segment[sp.region_last] == s.segment[anchor];
      bool before = sp.region_first > 0 && anchor < sp.region_first &&
                    s.segment[sp.region_first - 1] == s.segment[anchor];
      if (!after && !before) continue;
      auto said_by = Resolve(s, sp.speaker, nullptr);
      if (!said_by.empty()) return said_by.front();
    }
    return std::nullopt;
  };
  // What the speaker's own side does or says is the speaker's event, not a report: both
  // directions of "Russia would cooperate with China", said by Putin, are Russia's own.
  auto reported_by = [&](uint32_t anchor) -> std::optional<ActorRef> {
    std::optional<ActorRef> reporter = reporter_of(anchor);
    if (!reporter) return std::nullopt;
    const std::string side = StateOf(*reporter).id;
    for (const Candidate& c : candidates) {
      if (c.anchor == anchor && StateOf(c.source).id == side) return std::nullopt;
    }
    return reporter;
  };
  std::optional<Date> sentence_date = ResolveDate(t, 0, n, article_.date);
  const std::string sentence_text = article_.text.substr(s.span.begin, s.span.end - s.span.begin);
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
    e.reported_by = reported_by(c.anchor);
    e.text = sentence_text;
    e.span = {begin_char, end_char};
    e.rule = c.rule;
    events_.push_back(std::move(e));
  }
}

std::vector<EventRecord> ArticleExtraction::Run() {
  Prepare();
  if (last_with_trigger_ == kNone) return {};
  // "DAMASCUS (Reuters) -": a capital at the very start of the article places it.
  if (!sentences_.empty() && !sentences_[0].mentions.empty()) {
    const Mention& first = sentences_[0].mentions[0];
    if (first.first == 0 && first.kind == MentionKind::kMetonym) {
      discourse_.dateline = StateNamedBy(first, first.actor);
    }
  }
  // A sentence that names no actor yields no event and tells later sentences nothing.
  for (size_t i = 0; i <= last_with_trigger_; ++i) {
    if (!sentences_[i].mentions.empty()) ProcessSentence(i);
  }
  return std::move(events_);
}

}  // namespace

Extractor::Extractor(const KnowledgeBase& kb) : kb_(kb) {
  auto words = std::make_shared<WordMap<WordInfo>>();
  for (const auto& [word, classes] : WordClasses()) (*words)[word].classes = classes;
  for (const auto& [word, triggers] : kb.relations.first_words())
    (*words)[word].triggers = triggers;
  words->Seal();
  words_ = std::move(words);
}

std::vector<EventRecord> Extractor::Extract(const graph::Article& article) const {
  // Sentences keep their memory from article to article, one pool for each thread.
  thread_local std::vector<Sentence> pool;
  ArticleExtraction run(kb_, *words_, article, pool);
  return run.Run();
}

}  // namespace irkg::ingest
