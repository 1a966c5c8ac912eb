#pragma once

// The sentence structure the extraction stages share, and the grammar word classes they read.
// Private to irkg::ingest: the stages are declared in stages.h, in the order they run.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "irkg/graph/event.h"
#include "irkg/ingest/grammar_words.h"
#include "irkg/ingest/mention_finder.h"
#include "irkg/ingest/strings.h"
#include "irkg/ingest/text.h"
#include "irkg/ingest/word_map.h"

namespace irkg::ingest::extract {

// Each grammar word list as a bit, so that one lookup per token tells every list it is in (see
// Sentence::classes).
constexpr uint32_t Bit(WordList list) { return 1u << static_cast<uint32_t>(list); }
constexpr uint32_t kSpeechVerbsBit = Bit(WordList::kSpeechVerbs);
constexpr uint32_t kWeakSpeechVerbsBit = Bit(WordList::kWeakSpeechVerbs);
constexpr uint32_t kLightVerbsBit = Bit(WordList::kLightVerbs);
constexpr uint32_t kAdverbsBit = Bit(WordList::kAdverbs);
constexpr uint32_t kVenueNounsBit = Bit(WordList::kVenueNouns);
constexpr uint32_t kIntentionVerbsBit = Bit(WordList::kIntentionVerbs);
constexpr uint32_t kThatVerbsBit = Bit(WordList::kThatVerbs);
constexpr uint32_t kClauseBreaksBit = Bit(WordList::kClauseBreaks);
constexpr uint32_t kLocationPrepsBit = Bit(WordList::kLocationPreps);
constexpr uint32_t kPrepsBit = Bit(WordList::kPreps);
constexpr uint32_t kBeFormsBit = Bit(WordList::kBeForms);
constexpr uint32_t kNegationsBit = Bit(WordList::kNegations);
constexpr uint32_t kIntentionMarkersBit = Bit(WordList::kIntentionMarkers);
constexpr uint32_t kHypotheticalMarkersBit = Bit(WordList::kHypotheticalMarkers);
constexpr uint32_t kSegmentCuesBit = Bit(WordList::kClauseCues);
constexpr uint32_t kControlWordsBit = Bit(WordList::kControlWords);
constexpr uint32_t kReadinessWordsBit = Bit(WordList::kReadinessWords);
constexpr uint32_t kRefusalWordsBit = Bit(WordList::kRefusalWords);
constexpr uint32_t kRepresentativeNounsBit = Bit(WordList::kRepresentativeNouns);
constexpr uint32_t kUnrealisedHeadsBit = Bit(WordList::kUnrealisedHeads);
constexpr uint32_t kWeaponNounsBit = Bit(WordList::kWeaponNouns);
constexpr uint32_t kStanceParticiplesBit = Bit(WordList::kStanceParticiples);
constexpr uint32_t kStopVerbsBit = Bit(WordList::kStopVerbs);
constexpr uint32_t kSportWordsBit = Bit(WordList::kSportWords);
constexpr uint32_t kBlameWordsBit = Bit(WordList::kBlameWords);
constexpr uint32_t kPraiseWordsBit = Bit(WordList::kPraiseWords);
constexpr uint32_t kConductNounsBit = Bit(WordList::kConductNouns);
constexpr uint32_t kHostileActsBit = Bit(WordList::kHostileActs);

inline bool Is(uint32_t classes, uint32_t bit) { return (classes & bit) != 0; }

/// Every word of the grammar lists (months and weekdays aside) with the bits of the lists it is
/// in; sealed.
std::unique_ptr<WordMap<uint32_t>> WordClasses(const GrammarWords& grammar);

/// Month names and their first three and four letters ("Jan", "Sept", but not "mar", "may" or
/// "jun") to 1-12; weekday names to kWeekdayBase + 0 (Sunday) to 6. Sealed.
constexpr int kWeekdayBase = 100;
std::unique_ptr<WordMap<int>> DateWords(const GrammarWords& grammar);

/// "Japanese citizens", "Syrian refugees", "Turkish journalists", "British firms", "Syrian
/// rebels": private people, bodies and unnamed armed parties named by their nationality (CAMEO
/// agents CVL, MED, BUS, REB) act for nobody.
bool IsPrivateAgent(const graph::ActorRef& r);

struct Sentence;

/// Whether token `q` is a weapon's noun in lower case ("drone"; "Chemical Weapons" in a name is
/// none).
bool IsWeaponWord(const Sentence& s, uint32_t q);
/// Words that say what kind of group an actor is, between a backer's participle and it:
/// "Iranian-backed militia group Kata'ib Hezbollah".
bool IsGroupKindWord(std::string_view w);

/// Whether tokens [from, to) name only the weapon of an attack noun after them: "drone",
/// "ballistic missile", "drone and artillery" (nothing at all counts too).
bool WeaponsBetween(const Sentence& s, uint32_t from, uint32_t to);

/// A token that may join the members of a list of actors: ",", "and", "&", "the", "as", "well".
bool IsConnector(const Token& t);

/// A speech verb with its speaker: "Putin said", "according to the ministry".
struct Speech {
  uint32_t region_first = 0;  // speaker and verb: a segment of their own
  uint32_t region_last = 0;
  int speaker = -1;  // mention index
};

/// A trigger of the relation lexicon over tokens [first, last).
struct Occurrence {
  uint32_t trigger;
  uint32_t first;
  uint32_t last;
};

/// One sentence and the layers the first stages add to it.
struct Sentence {
  SentenceSpan span;
  uint32_t char_begin = 0;  // the code-point offset of span.begin in the article's text
  std::vector<Token> tokens;
  TokenKeys keys;  // where the tokens' keys live
  std::vector<uint8_t> in_quote;
  bool quote_open_at_end = false;
  std::vector<Mention> mentions;
  std::vector<uint32_t> classes;  // per token: the grammar word lists it is in
  // Per token: the actor names and agents that start with it, or nullptr (punctuation, and
  // words that start none).
  std::vector<const ActorDictionary::Starting*> starting;
  std::vector<Speech> speeches;
  std::vector<uint16_t> segment;  // per token
  // Every trigger that matches, by first token, longest first at each token.
  std::vector<Occurrence> matches;

  // Empties the sentence for reuse; the vectors keep their memory.
  void Reset(SentenceSpan new_span) {
    span = new_span;
    char_begin = 0;
    tokens.clear();
    in_quote.clear();
    quote_open_at_end = false;
    mentions.clear();
    classes.clear();
    starting.clear();
    speeches.clear();
    segment.clear();
    matches.clear();
  }
};

/// Mentions joined by "and", commas or a hyphen, with the preposition that governs them.
struct Group {
  std::vector<int> members;  // mention indices
  uint32_t first = 0;
  uint32_t last = 0;
  uint16_t segment = 0;
  std::string prep;       // the preposition before the group, if any
  bool location = false;  // `prep` places the group: "in", "at", "during", ...
  bool hyphen = false;
};

/// What earlier sentences said, for pronouns and definite descriptions.
struct Discourse {
  std::vector<std::pair<graph::ActorRef, std::string>> persons;  // with their role/title
  graph::ActorRef entity;  // the last state, organisation, group or agency named
  // The state, organisation, group or agency that opened the latest sentence with one, named or
  // referred to: what "It" opening the next sentence most likely is.
  graph::ActorRef subject;
  // The last few of them, oldest first, with the sentence that named them.
  std::vector<std::pair<size_t, graph::ActorRef>> entities;
  std::vector<graph::ActorRef> group;
  std::vector<graph::ActorRef> pair;
  // The state last named as an actor (by its name, capital, government, officials or forces),
  // for "the regime" and "the administration"; the dateline's state when none is yet.
  std::string government;
  std::string dateline;
};

/// The actors of one sentence: what each mention refers to, and the groups they form.
struct SentenceActors {
  std::vector<std::vector<graph::ActorRef>> refs;  // per mention
  std::vector<uint8_t> pronoun;                    // per mention
  std::vector<Group> groups;
  // Organisations that name the venue and brokers, and which groups they are.
  std::vector<graph::ActorRef> via;
  std::vector<uint8_t> is_via;  // per group

  // Empties it for the next sentence; the vectors keep their memory.
  void Clear() {
    refs.clear();
    pronoun.clear();
    groups.clear();
    via.clear();
    is_via.clear();
  }
};

/// The triggers of one sentence and how they embed each other.
struct SentenceTriggers {
  std::vector<Occurrence> triggers;
  std::vector<uint8_t> dropped;            // content that has not happened
  std::vector<uint8_t> intended_by_outer;  // content of a plan or a promise
  std::vector<int> inner_of;               // the trigger an agreement or promise embeds
  // Content of a stated readiness ("ready to meet X": an offer) or of a refusal ("refused to
  // withdraw from X": a rejection).
  enum Stance : uint8_t { kNoStance, kReady, kRefused };
  std::vector<Stance> stance;

  // Empties it for the next sentence; the vectors keep their memory.
  void Clear() {
    triggers.clear();
    dropped.clear();
    intended_by_outer.clear();
    inner_of.clear();
    stance.clear();
  }
};

/// The source and target sides chosen for one trigger, and how.
struct Arguments {
  std::vector<graph::ActorRef> sources;
  std::vector<graph::ActorRef> targets;
  const Group* subject = nullptr;
  const Group* target_group = nullptr;
  std::string construction = "active";
  double confidence = 0.9;
  bool pair = false;
  bool passive = false;
  bool agreement_with_content = false;
  uint32_t seg_first = 0;  // the trigger's clause: tokens [seg_first, seg_last)
  uint32_t seg_last = 0;
};

/// Negation and mode of one trigger.
struct ModeReading {
  bool claimed = false;  // the content of an accusation or a rumour: no event
  bool negated = false;
  graph::Mode mode = graph::Mode::kAsserted;
  bool declared = false;  // intended, by the doer's own vow, pledge or leave ("vowed to attack")
};

/// One event candidate before de-duplication.
struct Candidate {
  graph::ActorRef source;
  graph::ActorRef target;
  graph::Relation relation;
  std::string rule;
  double confidence;
  uint32_t anchor;  // trigger token, for date and mode
  bool negated;
  graph::Mode mode;
};

/// What one thread's extractions keep from sentence to sentence and from article to article, so
/// that their vectors keep the memory they grew: the sentences of the article at hand (at the
/// front; more from longer articles before) and the layers of the sentence being processed.
struct ExtractionMemory {
  std::vector<Sentence> sentences;
  std::vector<SentenceSpan> spans;
  SentenceActors actors;
  SentenceTriggers triggers;
  std::vector<Candidate> candidates;
};

/// The date an expression in tokens [from, to) names, relative to the article's date;
/// `date_words` from DateWords().
std::optional<graph::Date> ResolveDate(const WordMap<int>& date_words,
                                       const std::vector<Token>& tokens, size_t from, size_t to,
                                       std::optional<graph::Date> article);

}  // namespace irkg::ingest::extract
