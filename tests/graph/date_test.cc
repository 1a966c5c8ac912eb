#include "irkg/graph/date.h"

#include <doctest/doctest.h>

using irkg::graph::DateRange;
using irkg::graph::FormatDate;
using irkg::graph::ParseDate;
using irkg::graph::ParseDateBound;

TEST_CASE("dates parse strictly and format back") {
  auto d = ParseDate("2019-04-26");
  REQUIRE(d);
  CHECK(FormatDate(*d) == "2019-04-26");
  CHECK(irkg::graph::Weekday(*d) == 5);  // a Friday
  CHECK_FALSE(ParseDate("2019-02-30"));
  CHECK_FALSE(ParseDate("2019-4-26"));
  CHECK_FALSE(ParseDate("26/04/2019"));
  CHECK_FALSE(ParseDate(""));
  CHECK(ParseDate("1970-01-01")->days == 0);
}

TEST_CASE("dates format with four-digit years, padded, and as printf writes any other year") {
  CHECK(FormatDate(*irkg::graph::MakeDate(5, 1, 2)) == "0005-01-02");
  CHECK(FormatDate(*irkg::graph::MakeDate(9999, 12, 31)) == "9999-12-31");
  CHECK(FormatDate(*irkg::graph::MakeDate(12345, 6, 7)) == "12345-06-07");
  CHECK(FormatDate(*irkg::graph::MakeDate(-44, 3, 15)) == "-044-03-15");
}

TEST_CASE("partial dates name the first or last day of their period") {
  CHECK(FormatDate(*ParseDateBound("2012", false)) == "2012-01-01");
  CHECK(FormatDate(*ParseDateBound("2012", true)) == "2012-12-31");
  CHECK(FormatDate(*ParseDateBound("2024-02", true)) == "2024-02-29");
  CHECK(FormatDate(*ParseDateBound("2023-02", true)) == "2023-02-28");
  CHECK_FALSE(ParseDateBound("2023-13", false));
}

TEST_CASE("date ranges are inclusive and may be open") {
  auto r = DateRange::Parse("2012-05-07..");
  REQUIRE(r);
  CHECK(r->Contains(*ParseDate("2012-05-07")));
  CHECK(r->Contains(*ParseDate("2030-01-01")));
  CHECK_FALSE(r->Contains(*ParseDate("2012-05-06")));
  CHECK(r->ToString() == "2012-05-07..");
  auto closed = DateRange::Parse("2000-05-07..2008-05-07");
  REQUIRE(closed);
  CHECK(closed->Contains(*ParseDate("2008-05-07")));
  CHECK_FALSE(closed->Contains(*ParseDate("2008-05-08")));
  CHECK(DateRange::Parse("")->IsAlways());
  CHECK_FALSE(DateRange::Parse("2010..2009"));
  CHECK_FALSE(DateRange::Parse("2010"));
  CHECK_FALSE(DateRange::Parse("2010-xx..2011"));
}
