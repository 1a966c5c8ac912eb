#include "irkg/graph/relation.h"

#include <doctest/doctest.h>

#include <set>
#include <string>

using irkg::graph::AllRelations;
using irkg::graph::Info;
using irkg::graph::ParseRelation;
using irkg::graph::Relation;
using irkg::graph::RelationClass;

TEST_CASE("the 16 PLOVER relations have unique predicates and PLOVER names") {
  std::set<std::string> predicates, plover;
  for (const auto& info : AllRelations()) {
    predicates.insert(std::string(info.predicate));
    plover.insert(std::string(info.plover));
    CHECK(ParseRelation(info.predicate) == info.relation);
    CHECK(ParseRelation(info.plover) == info.relation);
    CHECK(&Info(info.relation) == &info);
  }
  CHECK(predicates.size() == 16);
  CHECK(plover.size() == 16);
  CHECK_FALSE(ParseRelation("likes"));
}

TEST_CASE("relation classes and intensities follow the codebook") {
  CHECK(Info(Relation::kCooperatesWith).relation_class == RelationClass::kMaterialCooperation);
  CHECK(Info(Relation::kConsults).relation_class == RelationClass::kVerbalCooperation);
  CHECK(Info(Relation::kAccuses).relation_class == RelationClass::kVerbalConflict);
  CHECK(Info(Relation::kAssaults).relation_class == RelationClass::kMaterialConflict);
  CHECK(Info(Relation::kAssaults).intensity < Info(Relation::kAccuses).intensity);
  CHECK(Info(Relation::kAids).intensity > 0);
  CHECK(Info(Relation::kSanctions).cameo_root == "16");
  CHECK(Info(Relation::kSupports).plover == "SUPPORT");
}
