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
struct GoldItem {
  std::string id;
  std::optional<graph::Date> date;
  std::string text;
  std::vector<GoldEvent> events;
  std::vector<GoldEvent> state_events;
  int line = 0;
};

/// Reads a gold file: JSON Lines of {id, date, text, events: [{source, relation, target,
/// negated?, mode?}], state_events: [...]}. Bad lines become diagnostics.
std::vector<GoldItem> ReadGold(std::istream& in, const std::string& origin,
                               Diagnostics& diagnostics);

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
