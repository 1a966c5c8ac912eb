#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "irkg/graph/actor_graph.h"

namespace irkg::queries {

/// The length of a timeline's periods.
enum class Period : uint8_t { kWeek, kMonth, kYear };

/// "week", "month", "year".
std::optional<Period> ParsePeriod(std::string_view text);

/// The period a day falls in: "2022" (year), "2022-03" (month) or "2022-W09" (ISO 8601 week,
/// Monday to Sunday, numbered within its ISO year). These names sort in time order.
std::string PeriodOf(graph::Date date, Period period);

/// Events in one period, by relation.
struct TimelineRow {
  std::string period;
  std::array<uint32_t, graph::kRelationCount> counts{};  ///< Indexed by Relation.
  uint32_t total = 0;
};

/// A timeline of the events on `actor`'s edges (only those with `other`, when given), one row
/// per period that has events, in time order. Events without a date are counted in `undated`.
/// O(events on those edges).
std::vector<TimelineRow> Timeline(const graph::ActorGraph& graph, graph::Vertex actor,
                                  std::optional<graph::Vertex> other, Period period,
                                  uint32_t& undated);

}  // namespace irkg::queries
