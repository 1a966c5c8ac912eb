#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "irkg/graph/actor.h"
#include "irkg/graph/date.h"
#include "irkg/ingest/actor_dictionary.h"
#include "irkg/ingest/strings.h"
#include "irkg/ingest/text.h"

namespace irkg::ingest {

enum class MentionKind : uint8_t {
  kName,       ///< A proper name: "Russia", "Vladimir Putin", "NATO".
  kAdjective,  ///< A demonym on its own: "Russian" in "Russian-Chinese relations".
  kMetonym,    ///< "Moscow", "the Kremlin".
  kAgency,     ///< A state or organisation with a role word: "the Chinese foreign ministry".
  kOffice,     ///< A person named by office: "the Russian president", "Kremlin aide Yury Ushakov".
  kPronoun,    ///< "we", "his", "the two countries": resolved later, from context.
  kPlace,  ///< A place ("South China Sea", "Kharkiv"): not an actor; `actor` is the state it lies
           ///< in when known, the target of force used there.
};

/// What a pronoun or definite description points back to.
enum class Anaphor : uint8_t {
  kNone,
  kSpeakerSide,  ///< we, our, us (the speaker's side, inside a quotation)
  kPerson,       ///< he, his, she, her, "the president", "the spokeswoman"
  kGroup,        ///< they, their, them
  kPair,         ///< "the two countries", "both sides"
  kEntity,       ///< it, its: the state or organisation named last
  kDescription,  ///< "the alliance", "the kingdom": the actor named last that the noun describes
  kAddressee,    ///< you, your: whom a first-person statement addresses
  /// "the regime", "the administration": the government of the state the article is about. On a
  /// kOffice mention of an unknown official with no state named ("Senator Lindsey Graham"): the
  /// state the official acts for comes from the article, as for "the government".
  kGovernment,
  /// "Mr. President", "the Secretary-General", "Sir": in a first-person statement, whom it
  /// addresses (the chair of the General Assembly is the United Nations); elsewhere as kPerson.
  kChair,
};

/// An actor mentioned in a sentence.
struct Mention {
  uint32_t first = 0;  ///< Token range [first, last).
  uint32_t last = 0;
  graph::ActorRef actor;  ///< Empty for unresolved anaphors.
  MentionKind kind = MentionKind::kName;
  Anaphor anaphor = Anaphor::kNone;
  std::string role;         ///< Agent code (GOV, MIL, ...) or office title, when any.
  bool possessive = false;  ///< "Russia's", "his", "their"
  bool people = false;      ///< a plural demonym: "Georgians" (the state's people)
};

/// The agency `code` ("GOV", "MIL") of the state or organisation `affiliation`: id "SYR-GOV",
/// labelled by the agency's own record when the data has one, else "Syrian government".
graph::ActorRef AgencyRef(const ActorDictionary& dict, const std::string& affiliation,
                          std::string_view code);

/// The possessive ending of a name, a token of its own: "'s" ("Russia's") or "'" ("Reuters'").
bool IsPossessiveToken(const Token& t);

/// Finds the actors a tokenised sentence mentions, resolved on `date`. `text` is the text the
/// token offsets refer to. Mentions come back in text order and never overlap.
std::vector<Mention> FindMentions(const std::vector<Token>& tokens, std::string_view text,
                                  std::optional<graph::Date> date, const ActorDictionary& dict);
/// The same with the names and agents that start at each token already looked up, one for each
/// token: what dict.StartingWith gives for a word, or nullptr for none.
std::vector<Mention> FindMentions(const std::vector<Token>& tokens,
                                  std::span<const ActorDictionary::Starting* const> starting,
                                  std::string_view text, std::optional<graph::Date> date,
                                  const ActorDictionary& dict);

/// A person named in an article by full name, known or introduced by an office ("Iraqi President
/// Barham Salih", "UN envoy Staffan de Mistura"): later in the article, the name or the surname
/// alone ("Salih said", "De Mistura urged") is the same person, even when the knowledge base
/// lists no such short name.
struct IntroducedName {
  std::vector<std::string> keys;  ///< The folded words of the person's label.
  Mention mention;                ///< As first found: actor, role, anaphor.
};

/// The persons an article has named so far, in the order named, with the names that hold each
/// word: a token is compared only with the names it could begin, so that finding them costs
/// the same per token however many persons a long article names.
struct IntroducedNames {
  std::vector<IntroducedName> names;
  /// Indices into `names`.
  std::unordered_map<std::string, std::vector<uint32_t>, StringHash, std::equal_to<>> by_word;
};

/// Adds to `names` the persons that `mentions` name (kName and kOffice mentions of persons whose
/// label has two words or more), once each.
void CollectIntroducedNames(const std::vector<Mention>& mentions, IntroducedNames& names);

/// Adds to `mentions` (kept in text order) each place outside them where `tokens` name one of
/// `names` again: the whole name, or its last word alone as a capitalised word that no other
/// capitalised word touches. Costs nothing when `names` is empty.
void FindIntroducedNames(const std::vector<Token>& tokens, const IntroducedNames& names,
                         std::vector<Mention>& mentions);

}  // namespace irkg::ingest
