#pragma once

#include <memory>
#include <span>
#include <string>
#include <vector>

#include "irkg/graph/event.h"
#include "irkg/ingest/actor_dictionary.h"
#include "irkg/ingest/grammar_words.h"
#include "irkg/ingest/relation_lexicon.h"
#include "irkg/ingest/word_map.h"

namespace irkg::ingest {

/// The actor dictionary and relation lexicon an extractor reads with.
struct KnowledgeBase {
  ActorDictionary actors;
  RelationLexicon relations;
  GrammarWords grammar;  ///< The English word lists of english/*.words.
};

/// Where to load a knowledge base from.
struct KnowledgeBaseSources {
  std::string data_dir;  ///< Holds *.actors, *.agents, *.words, *.patterns, english/*.words.
  std::vector<std::string> actor_files;    ///< User files that add or override actors.
  std::vector<std::string> pattern_files;  ///< User files that add relation triggers.
};

/// The data directory: $IRKG_DATA_DIR when set, else the one this build was configured with.
std::string DefaultDataDir();

/// Loads every file of `sources`. Problems in the data go to `diagnostics`; a missing data
/// directory, a missing english/*.words list or an unreadable file throws irkg::Error naming it.
std::unique_ptr<KnowledgeBase> LoadKnowledgeBase(const KnowledgeBaseSources& sources,
                                                 Diagnostics& diagnostics);

/// An actor mention in an article, as the extractor reads it in context.
struct ResolvedMention {
  uint32_t begin = 0;  ///< Byte offsets into the article's text.
  uint32_t end = 0;
  graph::ActorRef named;  ///< What the knowledge base reads it as; empty for anaphors.
  std::vector<graph::ActorRef> actors;  ///< What it stands for; several for "the two leaders".
  std::string role;                     ///< Title or agent code ("foreign-minister", "LEG").
  bool anaphor = false;  ///< Resolved by the discourse: a pronoun, description or unplaced title.
};

/// Turns articles into events: a pure function of the article and the knowledge base, safe to
/// call from several threads at once.
class Extractor {
 public:
  /// `kb` must outlive the extractor.
  explicit Extractor(const KnowledgeBase& kb);

  /// The events of one article, in sentence order. Never throws on odd text.
  std::vector<graph::EventRecord> Extract(const graph::Article& article) const;

  /// Every actor mention of the article and what it stands for there, in text order: names as
  /// the knowledge base has them, and also what the article's discourse makes of anaphors and
  /// of officials it does not place ("the regime", "Senator Lindsey Graham" in a report on the
  /// United States). The actors events would be coded with; none for a mention that stands for
  /// nobody ("former U.S. president Jimmy Carter", "pro-Trump protesters").
  std::vector<ResolvedMention> ResolveMentions(const graph::Article& article) const;

  /// What the extractor knows of a word: the grammar word lists it is in, the triggers that
  /// start with it, and the actor names and agents that start with it. One table, so that
  /// reading a word costs one lookup.
  struct WordInfo {
    uint32_t classes = 0;
    std::span<const uint32_t> triggers;
    ActorDictionary::Starting starting;
  };

 private:
  const KnowledgeBase& kb_;
  std::shared_ptr<const WordMap<WordInfo>> words_;
  std::shared_ptr<const WordMap<int>> date_words_;  // months and weekdays
};

}  // namespace irkg::ingest
