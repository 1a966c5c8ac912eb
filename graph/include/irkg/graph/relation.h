#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace irkg::graph {

/// The 16 PLOVER event categories, named as predicates.
enum class Relation : uint8_t {
  kAgreesWith,
  kConsults,
  kSupports,
  kConcedesTo,
  kCooperatesWith,
  kAids,
  kRetreatsFrom,
  kRequestsFrom,
  kAccuses,
  kRejects,
  kThreatens,
  kProtestsAgainst,
  kSanctions,
  kMobilizesAgainst,
  kCoerces,
  kAssaults,
};

inline constexpr int kRelationCount = 16;

/// CAMEO's four quad classes, which irkg uses as the cooperation/conflict class of a relation.
enum class RelationClass : uint8_t {
  kVerbalCooperation,
  kMaterialCooperation,
  kVerbalConflict,
  kMaterialConflict,
};

/// What irkg knows about one relation type.
struct RelationInfo {
  Relation relation;
  std::string_view predicate;   ///< "cooperates-with"
  std::string_view plover;      ///< "COOPERATE"
  std::string_view cameo_root;  ///< CAMEO root code(s), space-separated: "06"
  RelationClass relation_class;
  double intensity;  ///< Goldstein-scale weight of the main CAMEO root, -10 (conflict) .. +10.
};

/// Static facts about `relation`; never throws.
const RelationInfo& Info(Relation relation);

/// All 16 relations in PLOVER order.
const std::array<RelationInfo, kRelationCount>& AllRelations();

/// The relation named by a predicate ("cooperates-with") or a PLOVER name ("COOPERATE").
std::optional<Relation> ParseRelation(std::string_view name);

/// "verbal-cooperation", "material-cooperation", "verbal-conflict", "material-conflict".
std::string_view ToString(RelationClass relation_class);

/// Halves of the quad classes: cooperation (verbal or material), conflict, and what is said
/// rather than done (verbal cooperation or conflict).
bool IsCooperation(Relation relation);
bool IsConflict(Relation relation);
bool IsVerbal(Relation relation);

/// The relations a filter word names, one bit per relation (1 << value): a predicate or PLOVER
/// name (one relation), a class ("verbal-cooperation", ...), or a half of the quad classes:
/// "cooperation", "conflict", "verbal", "material". Nullopt for anything else.
std::optional<uint32_t> ParseRelationSet(std::string_view name);

/// Relations that come from the actor knowledge base rather than from news events. They are kept
/// apart from events: never merged into event edges, never counted as evidence.
enum class StructuralRelation : uint8_t { kMemberOf, kLeads, kPartOf };

/// "member-of", "leads", "part-of".
std::string_view ToString(StructuralRelation relation);

}  // namespace irkg::graph
