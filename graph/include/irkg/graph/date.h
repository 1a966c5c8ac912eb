#pragma once

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

namespace irkg::graph {

/// A calendar day, stored as days since 1970-01-01 (proleptic Gregorian). Cheap to copy and
/// compare; 0 is a real day, so "no date" is spelt std::optional<Date>.
struct Date {
  int32_t days = 0;

  friend auto operator<=>(const Date&, const Date&) = default;
};

/// Builds a date from year, month (1-12) and day (1-31); nullopt when the day does not exist.
std::optional<Date> MakeDate(int year, int month, int day);

/// Parses exactly `YYYY-MM-DD`; nullopt for anything else, including impossible days.
std::optional<Date> ParseDate(std::string_view text);

/// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` as the first day (`last` false) or the last day
/// (`last` true) of the period it names.
std::optional<Date> ParseDateBound(std::string_view text, bool last);

/// `YYYY-MM-DD`.
std::string FormatDate(Date date);

/// The year, month and day of a date.
struct CivilDate {
  int year;
  int month;
  int day;
};
CivilDate ToCivil(Date date);

/// 0 = Sunday ... 6 = Saturday.
int Weekday(Date date);

/// An inclusive range of days; the default range holds every day.
struct DateRange {
  Date from{std::numeric_limits<int32_t>::min()};
  Date to{std::numeric_limits<int32_t>::max()};

  bool Contains(Date date) const { return from <= date && date <= to; }
  bool IsAlways() const;

  /// Parses `FROM..TO` (either end may be empty) or an empty string (always); nullopt when a
  /// bound is malformed or FROM comes after TO.
  static std::optional<DateRange> Parse(std::string_view text);
  /// The inverse of Parse: `FROM..TO`, empty for always.
  std::string ToString() const;
};

}  // namespace irkg::graph
