#include "irkg/graph/relation.h"

#include <string>

namespace irkg::graph {
namespace {

using C = RelationClass;

// Predicates follow the PLOVER codebook; roots and intensities follow the CAMEO-to-PLOVER table
// and the Goldstein weights of each CAMEO root.
constexpr std::array<RelationInfo, kRelationCount> kRelations = {{
    {Relation::kAgreesWith, "agrees-with", "AGREE", "03", C::kVerbalCooperation, 4.0},
    {Relation::kConsults, "consults", "CONSULT", "04", C::kVerbalCooperation, 1.0},
    {Relation::kSupports, "supports", "SUPPORT", "05", C::kVerbalCooperation, 3.5},
    {Relation::kConcedesTo, "concedes-to", "CONCEDE", "08", C::kMaterialCooperation, 5.0},
    {Relation::kCooperatesWith, "cooperates-with", "COOPERATE", "06", C::kMaterialCooperation, 6.0},
    {Relation::kAids, "aids", "AID", "07", C::kMaterialCooperation, 7.0},
    {Relation::kRetreatsFrom, "retreats-from", "RETREAT", "08", C::kMaterialCooperation, 5.0},
    {Relation::kRequestsFrom, "requests-from", "REQUEST", "02 10", C::kVerbalCooperation, 3.0},
    {Relation::kAccuses, "accuses", "ACCUSE", "11 09", C::kVerbalConflict, -2.0},
    {Relation::kRejects, "rejects", "REJECT", "12", C::kVerbalConflict, -4.0},
    {Relation::kThreatens, "threatens", "THREATEN", "13", C::kVerbalConflict, -6.0},
    {Relation::kProtestsAgainst, "protests-against", "PROTEST", "14", C::kMaterialConflict, -6.5},
    {Relation::kSanctions, "sanctions", "SANCTION", "16", C::kVerbalConflict, -4.0},
    {Relation::kMobilizesAgainst, "mobilizes-against", "MOBILIZE", "15", C::kMaterialConflict,
     -7.2},
    {Relation::kCoerces, "coerces", "COERCE", "17", C::kMaterialConflict, -7.0},
    {Relation::kAssaults, "assaults", "ASSAULT", "18 19 20", C::kMaterialConflict, -9.5},
}};

}  // namespace

const RelationInfo& Info(Relation relation) { return kRelations[static_cast<size_t>(relation)]; }

const std::array<RelationInfo, kRelationCount>& AllRelations() { return kRelations; }

std::optional<Relation> ParseRelation(std::string_view name) {
  for (const RelationInfo& info : kRelations) {
    if (name == info.predicate || name == info.plover) return info.relation;
  }
  return std::nullopt;
}

bool IsCooperation(Relation relation) {
  const RelationClass c = Info(relation).relation_class;
  return c == C::kVerbalCooperation || c == C::kMaterialCooperation;
}

bool IsConflict(Relation relation) { return !IsCooperation(relation); }

bool IsVerbal(Relation relation) {
  const RelationClass c = Info(relation).relation_class;
  return c == C::kVerbalCooperation || c == C::kVerbalConflict;
}

std::string_view ToString(RelationClass relation_class) {
  switch (relation_class) {
    case C::kVerbalCooperation:
      return "verbal-cooperation";
    case C::kMaterialCooperation:
      return "material-cooperation";
    case C::kVerbalConflict:
      return "verbal-conflict";
    case C::kMaterialConflict:
      return "material-conflict";
  }
  return "";
}

std::optional<uint32_t> ParseRelationSet(std::string_view name) {
  if (auto relation = ParseRelation(name)) return 1u << static_cast<unsigned>(*relation);
  auto in = [](RelationClass c, std::string_view word) {
    std::string_view full = ToString(c);
    if (full == word) return true;
    // "cooperation" and "conflict" end a class name; "verbal" and "material" begin one.
    return full.ends_with("-" + std::string(word)) || full.starts_with(std::string(word) + "-");
  };
  uint32_t mask = 0;
  for (const RelationInfo& info : kRelations) {
    if (in(info.relation_class, name)) mask |= 1u << static_cast<unsigned>(info.relation);
  }
  if (mask == 0) return std::nullopt;
  return mask;
}

std::string_view ToString(StructuralRelation relation) {
  switch (relation) {
    case StructuralRelation::kMemberOf:
      return "member-of";
    case StructuralRelation::kLeads:
      return "leads";
    case StructuralRelation::kPartOf:
      return "part-of";
  }
  return "";
}

}  // namespace irkg::graph
