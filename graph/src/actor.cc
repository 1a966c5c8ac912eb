#include "irkg/graph/actor.h"

#include <array>

namespace irkg::graph {
namespace {

constexpr std::array<std::string_view, 6> kTypeNames = {"state",  "igo",   "person",
                                                        "agency", "group", "other"};

}  // namespace

std::string_view ToString(ActorType type) { return kTypeNames[static_cast<size_t>(type)]; }

std::optional<ActorType> ParseActorType(std::string_view text) {
  for (size_t i = 0; i < kTypeNames.size(); ++i) {
    if (kTypeNames[i] == text) return static_cast<ActorType>(i);
  }
  return std::nullopt;
}

const Role* Actor::RoleOn(std::optional<Date> date) const {
  for (const Role& role : roles) {
    if (!date || role.dates.Contains(*date)) return &role;
  }
  return nullptr;
}

std::string Actor::AffiliationOn(std::optional<Date> date) const {
  if (const Role* role = RoleOn(date)) return role->affiliation;
  if (date && !roles.empty()) {
    // Out of office that day: the office nearest in time ("former president Trump").
    const Role* nearest = nullptr;
    int64_t best = 0;
    for (const Role& r : roles) {
      int64_t distance = *date < r.dates.from ? int64_t{r.dates.from.days} - date->days
                                              : int64_t{date->days} - r.dates.to.days;
      if (!nearest || distance < best) {
        nearest = &r;
        best = distance;
      }
    }
    return nearest->affiliation;
  }
  if (!affiliation.empty()) return affiliation;
  if (type == ActorType::kState || type == ActorType::kIgo) return id;
  return "";
}

const std::string& ActorRef::StateLevelId() const {
  if ((type == ActorType::kPerson || type == ActorType::kAgency) && !affiliation.empty()) {
    return affiliation;
  }
  return id;
}

}  // namespace irkg::graph
