#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "irkg/graph/date.h"

namespace irkg::graph {

enum class ActorType : uint8_t { kState, kIgo, kPerson, kAgency, kGroup, kOther };

/// "state", "igo", "person", "agency", "group", "other".
std::string_view ToString(ActorType type);
std::optional<ActorType> ParseActorType(std::string_view text);

/// A dated office: the person acts for `affiliation` as `title` during `dates`.
struct Role {
  std::string affiliation;  ///< Actor id: "RUS", "UN".
  std::string title;        ///< "president", "foreign-minister", ...
  DateRange dates;
};

/// A dated membership of an actor in an organisation.
struct Membership {
  std::string organisation;
  DateRange dates;
};

/// One entry of the actor knowledge base.
struct Actor {
  std::string id;  ///< ISO alpha-3 for states, acronym for organisations, slug otherwise.
  std::string label;
  ActorType type = ActorType::kOther;
  std::string affiliation;  ///< Fixed affiliation, empty when it depends on the date or is the id.
  std::vector<std::string> names;
  std::vector<std::string> adjectives;
  std::vector<std::string> metonyms;
  /// Nouns that refer back to it once named: "the alliance", "the kingdom" (folded).
  std::vector<std::string> descriptions;
  std::vector<Role> roles;
  std::vector<Membership> memberships;
  std::vector<Membership> part_of;
  std::string wikidata;  ///< "Q159" or empty.

  /// The affiliation on `date`: a person's role held that day (the earliest listed when several
  /// overlap), else the office nearest in time, else the fixed affiliation, else the actor's own
  /// id for states and organisations, else empty.
  std::string AffiliationOn(std::optional<Date> date) const;
  /// The role held on `date`, or nullptr.
  const Role* RoleOn(std::optional<Date> date) const;
};

/// An actor as it takes part in one event: the resolved identity on the event's date.
struct ActorRef {
  std::string id;
  std::string label;
  ActorType type = ActorType::kOther;
  std::string affiliation;  ///< The state or organisation acted for on that date; may be empty.

  /// The id at the state/organisation level: the affiliation for persons and agencies that have
  /// one, the id otherwise.
  const std::string& StateLevelId() const;
  bool empty() const { return id.empty(); }
};

}  // namespace irkg::graph
