#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "irkg/graph/actor.h"
#include "irkg/graph/date.h"
#include "irkg/graph/relation.h"

namespace irkg::graph {

/// How the text presents an event.
enum class Mode : uint8_t {
  kAsserted,      ///< Reported as happening or having happened.
  kIntended,      ///< Planned, expected, promised or future ("will visit", "is to hold talks").
  kHypothetical,  ///< Conditional or possible ("if attacked", "could impose").
};

/// "asserted", "intended", "hypothetical".
std::string_view ToString(Mode mode);
std::optional<Mode> ParseMode(std::string_view text);

/// Character offsets [begin, end) in Unicode code points of the article text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
};

/// One relation extracted from one sentence, with its provenance.
struct EventRecord {
  std::string article;  ///< Article id.
  int sentence = 0;     ///< 0-based sentence index within the article.
  std::optional<Date> date;
  ActorRef source;
  Relation relation = Relation::kConsults;
  ActorRef target;
  std::vector<ActorRef> via;  ///< Organisations or venues through which it happened.
  bool negated = false;
  Mode mode = Mode::kAsserted;
  double confidence = 0.0;  ///< 0..1
  std::string text;         ///< The sentence it came from.
  Span span;                ///< Where that sentence stands in the article.
  std::string rule;         ///< The rule or pattern that fired.
  /// Who reported the event, when the sentence attributes it to someone other than its source:
  /// in "X said that Y attacked Z" the event is Y -> Z, reported by X.
  std::optional<ActorRef> reported_by;
};

/// The evidence key of an event: a 64-bit FNV-1a hash of its article id, sentence index, sentence
/// span, source id, relation and target id. It names the event in the store, the queries and
/// every export, and stays the same when the article is ingested again. `ordinal` tells apart
/// events of one article that share all of these (the second such event has ordinal 2, ...).
uint64_t EvidenceKey(const EventRecord& event, int ordinal = 1);

/// An evidence key as 16 lower-case hex digits, the form users see.
std::string FormatEvidenceKey(uint64_t key);

/// Parses 16 hex digits; nullopt for anything else.
std::optional<uint64_t> ParseEvidenceKey(std::string_view text);

/// An article as irkg reads it.
struct Article {
  std::string id;
  std::optional<Date> date;
  std::string title;
  std::string text;
  std::string url;
  std::string source;
  /// Who speaks, for statements in the first person (a UN General Debate statement): the id of
  /// the state or organisation that "we" and "my country" stand for. Empty for news reports.
  std::string speaker;
  /// Whom such a statement addresses ("you", "your"): for a UN General Debate statement, the
  /// President of the General Assembly, coded UN. Empty when unknown.
  std::string addressee;
  std::string origin;       ///< Where it was read from ("news.jsonl:12"), for messages only.
  std::string origin_file;  ///< The file of `origin` ("news.jsonl"), for diagnostics.
  int origin_line = 0;      ///< The line of `origin`; 0 for a whole file (a .txt article).

  /// A stable 64-bit hash (FNV-1a) of date, title and text, as 16 hex digits. Re-ingesting an
  /// article with the same hash adds nothing.
  std::string ContentHash() const;
};

}  // namespace irkg::graph
