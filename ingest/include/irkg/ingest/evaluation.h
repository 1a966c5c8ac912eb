#pragma once

#include <array>
#include <istream>
#include <string>
#include <vector>

#include "irkg/graph/error.h"
#include "irkg/graph/event.h"
#include "irkg/ingest/extractor.h"

namespace irkg::ingest {

/// An expected relation of a labelled item.
struct GoldEvent {
  std::string source;
  graph::Relation relation = graph::Relation::kConsults;
  std::string target;
  bool negated = false;
};

/// One labelled sentence or short article: what a trained coder finds in it, at the actor level
/// and rolled up to states and organisations.
///
/// An item either carries its text, or names a document of a corpus and the byte range of it that
/// was labelled (real text is referenced, not copied): the extractor reads the document's bytes
/// [from, scored_end), and only events of sentences that reach past scored_begin are scored; the
/// sentences before it are context.
struct GoldItem {
  std::string id;
  std::optional<graph::Date> date;
  std::string text;
  std::string title;      ///< The document's headline, for referenced text.
  std::string speaker;    ///< Who "we" is, for first-person statements.
  std::string addressee;  ///< Who "you" is in them.
  std::vector<GoldEvent> events;
  std::vector<GoldEvent> state_events;
  bool has_actor_level = true;  ///< False when only state-level events were labelled.
  std::string corpus;  ///< Corpus file stem ("un-general-debate"), when text is referenced.
  std::string doc;     ///< Document id within the corpus.
  size_t from = 0, scored_begin = 0, scored_end = 0;  ///< Byte offsets in the document's text.
  uint32_t scored_from = 0;  ///< Code point offset of scored_begin within `text`.
  int line = 0;
};

/// Reads a gold file: JSON Lines of {id, date, text, speaker?, events: [{source, relation, target,
/// negated?, mode?}], state_events: [...]}, or, for referenced text, {id, date, corpus, doc, from,
/// scored: [begin, end], speaker?, state_events} without text. Bad lines become diagnostics.
std::vector<GoldItem> ReadGold(std::istream& in, const std::string& origin,
                               Diagnostics& diagnostics);

/// Fills the text of items that reference documents, reading `corpora_dir`/<corpus>.jsonl.gz
/// (or .jsonl). A missing corpus or document, or a range outside the text, becomes a diagnostic
/// naming the gold file and line, and the item is dropped. Returns the items that have text.
std::vector<GoldItem> ResolveDocuments(std::vector<GoldItem> items, const std::string& corpora_dir,
                                       const std::string& origin, Diagnostics& diagnostics);

/// True when some item references a document rather than carrying its text.
bool NeedsDocuments(const std::vector<GoldItem>& items);

/// Counts for precision and recall.
struct Score {
  int true_positives = 0;
  int false_positives = 0;
  int false_negatives = 0;
  double Precision() const;
  double Recall() const;
  double F1() const;
};

/// A difference between what was expected and what was found.
struct Mismatch {
  std::string item;
  std::string text;
  std::string event;  ///< "RUS cooperates-with CHN" (with " (negated)" when negated)
  bool missed;        ///< true: expected but not found; false: found but not expected
};

/// The evaluation at one level (actor or state).
struct LevelReport {
  Score overall;
  std::array<Score, graph::kRelationCount> by_relation{};
  std::vector<Mismatch> mismatches;
};

struct EvaluationReport {
  int items = 0;
  int negative_items = 0;               ///< Items with no positive expected event.
  int negative_items_violated = 0;      ///< Negative items where a positive relation was found.
  std::vector<std::string> violations;  ///< "id: event" for each such positive relation.
  LevelReport actor;
  LevelReport state;
};

/// Runs the extractor over every item and compares. Events match on (source, relation, target,
/// negated); hypothetical events count as found only when the gold marks them hypothetical.
EvaluationReport Evaluate(const std::vector<GoldItem>& gold, const Extractor& extractor);

}  // namespace irkg::ingest
