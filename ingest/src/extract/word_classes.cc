#include <iterator>

#include "extract/sentence.h"

namespace irkg::ingest::extract {

using namespace std::literals;

using graph::ActorRef;
using graph::ActorType;

// ---------------------------------------------------------------------------------------------
// Grammar word lists. They are grammar, not vocabulary: relation words live in the .patterns files.

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

bool IsPrivateAgent(const ActorRef& r) {
  return r.type == ActorType::kAgency &&
         (r.id.ends_with("-CVL") || r.id.ends_with("-MED") || r.id.ends_with("-BUS"));
}

bool IsConnector(const Token& t) {
  return Eq(t.key, ","sv) || Eq(t.key, "and"sv) || Eq(t.key, "&"sv) || Eq(t.key, "the"sv) ||
         Eq(t.key, "as"sv) || Eq(t.key, "well"sv);
}

}  // namespace irkg::ingest::extract
