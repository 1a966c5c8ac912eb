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

TEST_CASE("filter words name one relation, a class, or half of the classes") {
  using irkg::graph::ParseRelationSet;
  auto members = [](uint32_t mask) {
    std::set<std::string> out;
    for (const auto& info : AllRelations()) {
      if (mask >> static_cast<unsigned>(info.relation) & 1u)
        out.insert(std::string(info.predicate));
    }
    return out;
  };
  CHECK(members(*ParseRelationSet("threatens")) == std::set<std::string>{"threatens"});
  CHECK(members(*ParseRelationSet("ASSAULT")) == std::set<std::string>{"assaults"});
  CHECK(members(*ParseRelationSet("material-conflict")) ==
        std::set<std::string>{"protests-against", "mobilizes-against", "coerces", "assaults"});
  CHECK(members(*ParseRelationSet("conflict")) ==
        std::set<std::string>{"accuses", "rejects", "threatens", "sanctions", "protests-against",
                              "mobilizes-against", "coerces", "assaults"});
  CHECK(members(*ParseRelationSet("cooperation")).size() == 8);
  CHECK(members(*ParseRelationSet("verbal")) ==
        std::set<std::string>{"agrees-with", "consults", "supports", "requests-from", "accuses",
                              "rejects", "threatens", "sanctions"});
  CHECK(members(*ParseRelationSet("material")).size() == 8);
  CHECK_FALSE(ParseRelationSet("war"));
  CHECK_FALSE(ParseRelationSet("-conflict"));
  CHECK_FALSE(ParseRelationSet(""));
}

TEST_CASE("relation halves: cooperation or conflict, said or done") {
  using irkg::graph::Relation;
  CHECK(irkg::graph::IsCooperation(Relation::kConsults));
  CHECK(irkg::graph::IsConflict(Relation::kAssaults));
  CHECK(irkg::graph::IsVerbal(Relation::kAccuses));
  CHECK_FALSE(irkg::graph::IsVerbal(Relation::kAssaults));
  CHECK_FALSE(irkg::graph::IsConflict(Relation::kAids));
}
