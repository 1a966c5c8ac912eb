#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "irkg/graph/error.h"
#include "irkg/graph/relation.h"
#include "irkg/ingest/text.h"
#include "irkg/ingest/word_map.h"

namespace irkg::ingest {

/// One word slot of a trigger pattern: any of its forms, or a gap of up to kMaxGap words.
struct PatternSlot {
  std::vector<std::string> forms;  ///< Folded word forms; empty for a gap.
  std::vector<uint64_t> hashes;    ///< WordHash of each form, compared first.
  bool gap = false;
};

/// A relation trigger: "impose sanctions on", "hold talks with", "visit".
struct Trigger {
  graph::Relation relation = graph::Relation::kConsults;
  std::string cameo;  ///< CAMEO code, e.g. "042".
  std::vector<PatternSlot> slots;
  bool symmetric = false;  ///< "X and Y held talks": both directions.
  bool noun = false;       ///< A nominal trigger ("talks", "visit"): subject may be a possessor.
  bool reverse = false;    ///< The grammatical object is the source ("received aid from X").
  bool military = false;   ///< Only armed forces as the source ("US troops left Afghanistan").
  bool armed = false;      ///< Only armed forces or groups as the source ("al-Shabaab targets").
  bool from_to = false;    ///< A passive without agent: "from X" the source, "to Y" the target.
  /// A partner in the subject's act: "X, together with Y, launched ...", "in cooperation with
  /// Y". X and Y cooperate, in the mode of the verb the phrase qualifies, and Y shares that act.
  bool partner = false;
  bool blocker = false;  ///< RELATION `none`: a phrase that is no relation ("strikes down a law").
  std::string origin;    ///< "relations.patterns:42", for the rule field.
  std::string text;      ///< The pattern as written.
};

inline constexpr int kMaxGap = 6;

/// Relation triggers loaded from `.patterns` files:
/// `RELATION<TAB>CAMEO<TAB>PATTERN[<TAB>FLAGS]`; RELATION `none` marks a phrase that contains a
/// trigger word but is no relation, and wins over shorter triggers as any longer pattern does. In
/// PATTERN, `v:word` stands for a verb and its inflections (`v:meet/met` gives irregular past
/// forms), `n:word` for a noun and its plural, and
/// `..` for a gap of up to six words. FLAGS is a space-separated list of `sym`, `noun`,
/// `reverse`, `military`, `armed`, `from`, `partner`.
/// The words of a sentence as a filter of their hashes (1,024 bits), which lets Match skip a
/// trigger whose later words the sentence lacks without reading its tokens: "absent" is always
/// right; "present" is wrong for about one absent word in forty in a sentence of 25 words.
class SentenceWords {
 public:
  explicit SentenceWords(const std::vector<Token>& tokens) {
    for (const Token& t : tokens) bits_[Bit(t.hash) >> 6] |= uint64_t{1} << (Bit(t.hash) & 63);
  }
  /// Whether a word with WordHash `hash` may be in the sentence.
  bool MayHold(uint64_t hash) const { return (bits_[Bit(hash) >> 6] >> (Bit(hash) & 63)) & 1; }

 private:
  // A multiplication by 2^64 over the golden ratio carries the low bits up to the ten taken.
  static size_t Bit(uint64_t hash) {
    return static_cast<size_t>((hash * 0x9E3779B97F4A7C15ULL) >> 54);
  }
  std::array<uint64_t, 16> bits_{};
};

class RelationLexicon {
 public:
  /// Appends the triggers of a file; problems go to `diagnostics` as `file:line: message`.
  /// Throws irkg::Error when the file cannot be read.
  void LoadFile(const std::string& path, Diagnostics& diagnostics);
  void LoadText(std::string_view text, const std::string& origin, Diagnostics& diagnostics);

  /// Triggers whose first slot has the form `key`, longest first.
  std::span<const uint32_t> StartingWith(const std::string& key) const;
  /// The same for a token, using the hash it carries.
  std::span<const uint32_t> StartingWith(const Token& token) const;
  const Trigger& trigger(uint32_t index) const { return triggers_[index]; }
  /// Every first word with its triggers, longest first.
  const WordMap<std::vector<uint32_t>>& first_words() const { return by_first_; }
  size_t size() const { return triggers_.size(); }

  /// Matches trigger `index` at token `at`; returns the token just past the match, or 0.
  size_t Match(uint32_t index, const std::vector<Token>& tokens, size_t at, size_t limit) const;
  /// The same, quicker: `words` are those of `tokens`, and a trigger with a word they lack
  /// fails before any token is compared.
  size_t Match(uint32_t index, const std::vector<Token>& tokens, size_t at, size_t limit,
               const SentenceWords& words) const;

 private:
  std::vector<Trigger> triggers_;
  WordMap<std::vector<uint32_t>> by_first_;
};

/// The inflections of a verb written as `base` or `base/past[/participle]`: base, third person,
/// past, participle and -ing forms.
std::vector<std::string> VerbForms(std::string_view spec);
/// A noun and its plural ("talk" -> "talk", "talks"; "ally" -> "allies").
std::vector<std::string> NounForms(std::string_view spec);

}  // namespace irkg::ingest
