#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "irkg/graph/actor.h"
#include "irkg/graph/error.h"
#include "irkg/ingest/strings.h"
#include "irkg/ingest/text.h"
#include "irkg/ingest/word_map.h"

namespace irkg::ingest {

/// How a name refers to its actor.
enum class NameKind : uint8_t {
  kName,       ///< "Russia", "Vladimir Putin", "NATO"
  kAdjective,  ///< "Russian"
  kMetonym,    ///< "Moscow", "the Kremlin"
};

/// One matchable phrase of an actor, tokenised the way text is.
struct NameEntry {
  std::vector<std::string> keys;  ///< Folded words, without a leading "the".
  std::vector<uint64_t> hashes;   ///< WordHash of each key, compared before the key.
  std::vector<Shape> shapes;      ///< The shape each word must have in text.
  uint32_t actor = 0;             ///< Index into ActorDictionary::actors().
  NameKind kind = NameKind::kName;
  bool needs_the = false;  ///< The name was written with a leading "the" that text must have.
};

/// A role word or phrase: "foreign ministry", "troops", "president".
struct Agent {
  std::vector<std::string> keys;
  std::vector<uint64_t> hashes;  ///< WordHash of each key, compared before the key.
  std::string code;              ///< GOV, MIL, LEG, JUD, COP, OPP, REB, CVL, MED, BUS, ...
  std::string title;             ///< Title slug for offices ("president"), empty for bodies.
  std::string label;             ///< First phrase of its line, for labels: "foreign ministry".
};

/// The actor knowledge base: actors from `.actors` files and role words from `agents` files,
/// indexed for matching in text. Load everything, then call Finish() once before lookups.
class ActorDictionary {
 public:
  /// Reads an `.actors` file. Problems are appended to `diagnostics` as `file:line: message` and
  /// the bad line or record is skipped. With `override_existing`, a record whose id is already
  /// known replaces it (user files); otherwise a repeated id is a problem (shipped data).
  /// Throws irkg::Error when the file cannot be read.
  void LoadActorFile(const std::string& path, Diagnostics& diagnostics,
                     bool override_existing = false);
  /// Same, from text; `origin` names it in diagnostics.
  void LoadActorText(std::string_view text, const std::string& origin, Diagnostics& diagnostics,
                     bool override_existing = false);
  /// Adds an actor read from another format (a CAMEO dictionary). When its id is already known,
  /// only the names the known record lacks are added and the rest of that record is kept: irkg's
  /// own records are the more careful. `origin` names the source in messages.
  void MergeActor(graph::Actor actor, const std::string& origin);
  /// Reads an agents file: lines `CODE<TAB>TITLE-or-dash<TAB>phrase; phrase; ...`.
  void LoadAgentFile(const std::string& path, Diagnostics& diagnostics);
  void LoadAgentText(std::string_view text, const std::string& origin, Diagnostics& diagnostics);
  /// Reads a word list (`*.words`): one lower-case word a line, the ordinary words and given names
  /// that acronyms spell ("pace", "irena"). An acronym of four or more letters also matches its
  /// title-case form in text ("Nato", "Isis") unless the list holds it. Throws irkg::Error when
  /// the file cannot be read.
  void LoadWordFile(const std::string& path, Diagnostics& diagnostics);
  void LoadWordText(std::string_view text, const std::string& origin, Diagnostics& diagnostics);

  /// Builds the indexes; checks that roles, memberships and affiliations name known actors.
  void Finish(Diagnostics& diagnostics);

  const std::vector<graph::Actor>& actors() const { return actors_; }
  const graph::Actor* Find(std::string_view id) const;

  /// A name as the first-word index holds it: enough to test it against text without reading
  /// the NameEntry. Its words' hashes and shapes sit side by side in word_hash() / word_shape().
  struct NameCandidate {
    uint32_t name;   ///< Index for name().
    uint32_t words;  ///< Its first word's index for word_hash() and word_shape().
    uint16_t length;
    bool needs_the;
  };

  /// Names and agents that start with one word, longest first: {names, agents}.
  using Starting = std::pair<std::span<const NameCandidate>, std::span<const uint32_t>>;

  /// Names and agents whose first word folds to `key`, longest first, in one lookup.
  Starting StartingWith(const std::string& key) const;
  /// The same for a token, using the hash it carries.
  Starting StartingWith(const Token& token) const;
  /// Calls `f(word, starting)` for every first word of a name or agent, so that a reader can
  /// fold these lookups into a table of its own; the spans live as long as the dictionary.
  template <typename F>
  void ForEachFirstWord(F&& f) const {
    for (const auto& [word, entry] : by_first_) {
      f(std::string_view(word), Starting{entry.candidates, entry.agents});
    }
  }
  uint64_t word_hash(uint32_t word) const { return word_hashes_[word]; }
  Shape word_shape(uint32_t word) const { return word_shapes_[word]; }
  const NameEntry& name(uint32_t index) const { return names_[index]; }
  /// Whether the token is a noun that refers back to an actor after "the": one of the actors'
  /// descriptions. ("The country" is left out: news writes "across the country", "in the south
  /// of the country" far more often than it makes the country an actor.)
  bool IsDescription(const Token& token) const;
  /// Whether "the `noun`" can refer to `actor`: one of its descriptions.
  bool Describes(const graph::Actor& actor, std::string_view noun) const;
  const Agent& agent(uint32_t index) const { return agents_[index]; }
  /// The label of a role code in agency labels ("government" for GOV, "armed forces" for MIL):
  /// the first phrase of the code's first untitled line; the code itself when none has one.
  std::string_view CodeLabel(std::string_view code) const;

  /// The person holding `title` for `affiliation` on `date` (the latest to take office when
  /// terms overlap), or nullptr.
  const graph::Actor* Holder(std::string_view affiliation, std::string_view title,
                             std::optional<graph::Date> date) const;

  /// The person whose surname is the folded word `key` ("assad"), for "the Assad regime": among
  /// persons with a name of two or more words ending in it, the one heading a state or
  /// government on `date`, else nullptr. Ties go to the latest to take office. With
  /// `leaders_only` false ("Mr. Thomson"), the one person holding any office that day, and
  /// nullptr when several do. A `title` ("president") counts only offices of that title.
  const graph::Actor* BySurname(std::string_view key, std::optional<graph::Date> date,
                                bool leaders_only = true, std::string_view title = {}) const;

  /// An actor named exactly by `text`: its id (any case), or one of its names, adjectives or
  /// metonyms (case and accents ignored). When several actors share the name, states and
  /// organisations come first. Nullptr when none.
  const graph::Actor* Resolve(std::string_view text) const;

  /// Actors whose id, label or a name contains `word` (folded), best matches first.
  std::vector<const graph::Actor*> Search(std::string_view word, size_t limit) const;

  /// The actor as an event names it on `date`.
  graph::ActorRef RefOn(const graph::Actor& actor, std::optional<graph::Date> date) const;

  /// A combining form ("Sino", "Anglo"): it names its actor only before a hyphen and another
  /// actor's name or adjective ("Sino-Soviet talks"); with `next` set, only before that word
  /// ("Indo-Pakistani"). Two actors with one form and word are named together ("inter-Korean":
  /// both Koreas). Keys are folded.
  struct CombiningForm {
    std::string form;
    std::string next;
    uint32_t actor = 0;
  };
  /// The combining forms `key` before the word `next` (both folded): none, one, or the two
  /// that name a pair.
  std::span<const CombiningForm> FindCombiningForms(std::string_view key,
                                                    std::string_view next) const;

 private:
  void AddName(uint32_t actor, std::string_view phrase, NameKind kind);

  struct PendingMember {
    std::string organisation;
    graph::Membership member;  ///< organisation field holds the member's id
    std::string origin;
    int line = 0;
  };

  std::vector<graph::Actor> actors_;
  std::vector<PendingMember> pending_members_;
  struct PendingForm {
    std::string actor;
    CombiningForm form;
  };
  std::vector<PendingForm> pending_forms_;
  std::vector<CombiningForm> combining_forms_;
  std::vector<std::string> origins_;  ///< file:line of each record, for messages.
  std::unordered_map<std::string, uint32_t, StringHash, std::equal_to<>> by_id_;
  std::vector<NameEntry> names_;
  /// Names and agents by their first word, in one table: one hash lookup per word of text.
  struct FirstWord {
    std::vector<uint32_t> names;
    std::vector<uint32_t> agents;
    std::vector<NameCandidate> candidates;  ///< names, packed for matching
  };
  WordMap<FirstWord> by_first_;
  WordMap<uint8_t> description_nouns_;
  std::vector<uint64_t> word_hashes_;  ///< the words of the candidates, in their order
  std::vector<Shape> word_shapes_;
  std::vector<Agent> agents_;
  std::map<std::string, std::string, std::less<>>
      code_labels_;  // code -> label of its first untitled line
  std::unordered_map<std::string, std::vector<uint32_t>> holders_;  ///< "AFF/title" -> actors
  std::unordered_map<std::string, std::vector<uint32_t>> by_folded_name_;
  std::unordered_map<std::string, std::vector<uint32_t>, StringHash, std::equal_to<>>
      by_surname_;                                     ///< persons
  std::unordered_set<std::string> common_words_;       ///< from *.words files
  std::unordered_set<std::string> capitalized_names_;  ///< one-word names in title case
};

}  // namespace irkg::ingest
