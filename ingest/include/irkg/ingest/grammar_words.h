#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "irkg/graph/error.h"

namespace irkg::ingest {

/// The English grammar word lists the extractor reads: speech verbs, light verbs, prepositions,
/// negations, mode markers, month and weekday names. Each is one file under english/ in the data
/// directory (ingest/data/FORMAT.md). Relation words are no grammar: they live in *.patterns.
enum class WordList {
  kSpeechVerbs,
  kWeakSpeechVerbs,
  kLightVerbs,
  kAdverbs,
  kVenueNouns,
  kIntentionVerbs,
  kThatVerbs,
  kClauseBreaks,
  kLocationPreps,
  kPreps,
  kBeForms,
  kNegations,
  kIntentionMarkers,
  kHypotheticalMarkers,
  kClauseCues,
  kControlWords,
  kMonths,
  kWeekdays,
  kReadinessWords,
  kRefusalWords,
  kRepresentativeNouns,
  kUnrealisedHeads,
  kWeaponNouns,
  kStanceParticiples,
  kStopVerbs,
  kSportWords,
  kBlameWords,
  kPraiseWords,
  kConductNouns,
  kHostileActs,
};
/// How many lists there are.
inline constexpr size_t kWordListCount = 30;

/// The file that holds `list`, relative to the data directory: "english/speech-verbs.words".
std::string WordListPath(WordList list);

/// The grammar word lists, each in its file's order (months from January, weekdays from Sunday).
class GrammarWords {
 public:
  /// Loads every list from `data_dir`/english. A missing or unreadable file throws irkg::Error
  /// naming it; a line that is not one word, or a month or weekday list of the wrong length, is
  /// reported to `diagnostics`.
  void LoadDirectory(const std::string& data_dir, Diagnostics& diagnostics);
  /// Replaces `list` with the words of `text` (the content of a .words file); `origin` names it
  /// in diagnostics.
  void LoadText(WordList list, std::string_view text, const std::string& origin,
                Diagnostics& diagnostics);
  /// The words of `list`, in lower case, in file order.
  const std::vector<std::string>& words(WordList list) const {
    return lists_[static_cast<size_t>(list)];
  }

 private:
  std::array<std::vector<std::string>, kWordListCount> lists_;
};

}  // namespace irkg::ingest
