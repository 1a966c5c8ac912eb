#include "irkg/graph/date.h"

#include <charconv>
#include <chrono>
#include <cstdint>
#include <cstdio>

namespace irkg::graph {
namespace {

using std::chrono::day;
using std::chrono::month;
using std::chrono::sys_days;
using std::chrono::year;
using std::chrono::year_month_day;

bool ParseInt(std::string_view text, int& value) {
  if (text.empty()) return false;
  uint32_t small = 0;  // the value when it has nine digits or fewer (unsigned: longer ones wrap)
  for (char c : text) {
    if (c < '0' || c > '9') return false;
    small = small * 10 + static_cast<uint32_t>(c - '0');
  }
  if (text.size() <= 9) {
    value = static_cast<int>(small);
    return true;
  }
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  return ec == std::errc() && ptr == text.data() + text.size();
}

// Writes `value` (0 to 10^width - 1) as `width` digits at `out`.
void PutDigits(char* out, int value, int width) {
  for (int k = width - 1; k >= 0; --k) {
    out[k] = static_cast<char>('0' + value % 10);
    value /= 10;
  }
}

}  // namespace

std::optional<Date> MakeDate(int y, int m, int d) {
  if (m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
  year_month_day ymd{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) return std::nullopt;
  return Date{static_cast<int32_t>(sys_days{ymd}.time_since_epoch().count())};
}

std::optional<Date> ParseDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int y = 0, m = 0, d = 0;
  if (!ParseInt(text.substr(0, 4), y) || !ParseInt(text.substr(5, 2), m) ||
      !ParseInt(text.substr(8, 2), d)) {
    return std::nullopt;
  }
  return MakeDate(y, m, d);
}

std::optional<Date> ParseDateBound(std::string_view text, bool last) {
  if (text.size() == 10) return ParseDate(text);
  int y = 0, m = 0;
  if (text.size() == 4) {
    if (!ParseInt(text, y)) return std::nullopt;
    return last ? MakeDate(y, 12, 31) : MakeDate(y, 1, 1);
  }
  if (text.size() == 7 && text[4] == '-') {
    if (!ParseInt(text.substr(0, 4), y) || !ParseInt(text.substr(5, 2), m)) return std::nullopt;
    if (m < 1 || m > 12) return std::nullopt;
    if (!last) return MakeDate(y, m, 1);
    std::chrono::year_month_day_last end{
        year{y}, std::chrono::month_day_last{month{static_cast<unsigned>(m)}}};
    return Date{static_cast<int32_t>(sys_days{end}.time_since_epoch().count())};
  }
  return std::nullopt;
}

CivilDate ToCivil(Date date) {
  year_month_day ymd{sys_days{std::chrono::days{date.days}}};
  return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
          static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

std::string FormatDate(Date date) {
  CivilDate c = ToCivil(date);
  if (c.year >= 0 && c.year <= 9999) {  // every date news are about: no printf
    std::string out = "0000-00-00";
    PutDigits(out.data(), c.year, 4);
    PutDigits(out.data() + 5, c.month, 2);
    PutDigits(out.data() + 8, c.day, 2);
    return out;
  }
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", c.year, c.month, c.day);
  return buf;
}

int Weekday(Date date) {
  return static_cast<int>(
      std::chrono::weekday{sys_days{std::chrono::days{date.days}}}.c_encoding());
}

bool DateRange::IsAlways() const {
  return from.days == std::numeric_limits<int32_t>::min() &&
         to.days == std::numeric_limits<int32_t>::max();
}

std::optional<DateRange> DateRange::Parse(std::string_view text) {
  DateRange range;
  if (text.empty()) return range;
  size_t dots = text.find("..");
  if (dots == std::string_view::npos) return std::nullopt;
  std::string_view from = text.substr(0, dots);
  std::string_view to = text.substr(dots + 2);
  if (!from.empty()) {
    auto d = ParseDateBound(from, false);
    if (!d) return std::nullopt;
    range.from = *d;
  }
  if (!to.empty()) {
    auto d = ParseDateBound(to, true);
    if (!d) return std::nullopt;
    range.to = *d;
  }
  if (range.to < range.from) return std::nullopt;
  return range;
}

std::string DateRange::ToString() const {
  if (IsAlways()) return "";
  std::string out;
  if (from.days != std::numeric_limits<int32_t>::min()) out += FormatDate(from);
  out += "..";
  if (to.days != std::numeric_limits<int32_t>::max()) out += FormatDate(to);
  return out;
}

}  // namespace irkg::graph
