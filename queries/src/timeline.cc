#include "irkg/queries/timeline.h"

#include <cstdio>
#include <map>

namespace irkg::queries {

std::optional<Period> ParsePeriod(std::string_view text) {
  if (text == "week") return Period::kWeek;
  if (text == "month") return Period::kMonth;
  if (text == "year") return Period::kYear;
  return std::nullopt;
}

std::string PeriodOf(graph::Date date, Period period) {
  char buf[32];
  if (period == Period::kWeek) {
    // ISO weeks belong to the year of their Thursday.
    const int weekday = graph::Weekday(date);  // 0 = Sunday
    const int iso_weekday = weekday == 0 ? 7 : weekday;
    const graph::Date thursday{date.days - (iso_weekday - 1) + 3};
    const int year = graph::ToCivil(thursday).year;
    const graph::Date january_first = *graph::MakeDate(year, 1, 1);
    const int week = (thursday.days - january_first.days) / 7 + 1;
    std::snprintf(buf, sizeof buf, "%04d-W%02d", year, week);
    return buf;
  }
  const graph::CivilDate civil = graph::ToCivil(date);
  if (period == Period::kYear) {
    std::snprintf(buf, sizeof buf, "%04d", civil.year);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d", civil.year, civil.month);
  }
  return buf;
}

std::vector<TimelineRow> Timeline(const graph::ActorGraph& g, graph::Vertex actor,
                                  std::optional<graph::Vertex> other, Period period,
                                  uint32_t& undated) {
  const graph::BoostGraph& bg = g.graph();
  std::map<std::string, TimelineRow> rows;
  undated = 0;
  auto count = [&](graph::Edge e) {
    const graph::RelationEdge& edge = bg[e];
    for (const graph::EvidenceRef& ref : edge.evidence) {
      if (!ref.date) {
        ++undated;
        continue;
      }
      TimelineRow& row = rows[PeriodOf(*ref.date, period)];
      ++row.counts[static_cast<size_t>(edge.relation)];
      ++row.total;
    }
  };
  for (graph::Edge e : boost::make_iterator_range(boost::out_edges(actor, bg))) {
    if (!other || boost::target(e, bg) == *other) count(e);
  }
  for (graph::Edge e : boost::make_iterator_range(boost::in_edges(actor, bg))) {
    if (!other || boost::source(e, bg) == *other) count(e);
  }
  std::vector<TimelineRow> out;
  out.reserve(rows.size());
  for (auto& [name, row] : rows) {
    row.period = name;
    out.push_back(std::move(row));
  }
  return out;
}

}  // namespace irkg::queries
