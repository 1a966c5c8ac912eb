#include <charconv>

#include "extract/sentence.h"

namespace irkg::ingest::extract {

using namespace std::literals;

using graph::Date;

namespace {}  // namespace

std::unique_ptr<WordMap<int>> DateWords(const GrammarWords& grammar) {
  auto table = std::make_unique<WordMap<int>>();
  const std::vector<std::string>& months = grammar.words(WordList::kMonths);
  for (size_t i = 0; i < months.size(); ++i) {
    const int month = static_cast<int>(i) + 1;
    (*table)[months[i]] = month;
    for (size_t length = 3; length <= 4; ++length) {
      std::string_view prefix = std::string_view(months[i]).substr(0, length);
      if (prefix != "may" && prefix != "mar" && prefix != "jun")
        (*table)[std::string(prefix)] = month;
    }
  }
  const std::vector<std::string>& weekdays = grammar.words(WordList::kWeekdays);
  for (size_t w = 0; w < weekdays.size(); ++w)
    (*table)[weekdays[w]] = kWeekdayBase + static_cast<int>(w);
  table->Seal();
  return table;
}

namespace {

int MonthOf(const WordMap<int>& date_words, const Token& t) {
  if (t.key.size() > 9) return 0;
  const int* value = date_words.Find(t.key, t.hash);
  return value && *value < kWeekdayBase ? *value : 0;
}

// 0 (Sunday) to 6, or -1.
int WeekdayOf(const WordMap<int>& date_words, const Token& t) {
  if (t.key.size() > 9) return -1;
  const int* value = date_words.Find(t.key, t.hash);
  return value && *value >= kWeekdayBase ? *value - kWeekdayBase : -1;
}

int DayOf(const Token& t) {
  if (t.key.empty() || t.key.size() > 4) return 0;
  int d = 0;
  size_t i = 0;
  for (; i < t.key.size() && t.key[i] >= '0' && t.key[i] <= '9'; ++i) d = d * 10 + (t.key[i] - '0');
  if (i == 0) return 0;
  std::string_view rest = std::string_view(t.key).substr(i);
  if (!rest.empty() && rest != "st" && rest != "nd" && rest != "rd" && rest != "th") return 0;
  return d >= 1 && d <= 31 ? d : 0;
}

int YearOf(const Token& t) {
  if (t.key.size() != 4) return 0;
  int y = 0;
  std::from_chars(t.key.data(), t.key.data() + t.key.size(), y);  // leading digits, as "19th"
  return y >= 1900 && y <= 2100 ? y : 0;
}

}  // namespace

std::optional<Date> ResolveDate(const WordMap<int>& date_words, const std::vector<Token>& tokens,
                                size_t from, size_t to, std::optional<Date> article) {
  auto near_article = [&](int month, int day, int year) -> std::optional<Date> {
    if (year) return graph::MakeDate(year, month, day);
    if (!article) return std::nullopt;
    int y = graph::ToCivil(*article).year;
    auto d = graph::MakeDate(y, month, day);
    if (!d) return std::nullopt;
    if (d->days - article->days > 183) return graph::MakeDate(y - 1, month, day);
    if (article->days - d->days > 183) return graph::MakeDate(y + 1, month, day);
    return d;
  };
  for (size_t i = from; i < to; ++i) {
    const Token& t = tokens[i];
    if (!t.is_word) continue;
    const bool digit = t.key[0] >= '0' && t.key[0] <= '9';
    if (!digit && t.shape == Shape::kLower && !Eq(t.key, "yesterday"sv) && !Eq(t.key, "today"sv) &&
        !Eq(t.key, "tomorrow"sv) && !Eq(t.key, "last"sv) && !Eq(t.key, "next"sv) &&
        !Eq(t.key, "in"sv)) {
      continue;  // dates are numbers, capitalised names, or one of these words
    }
    if (int day = digit ? DayOf(t) : 0; day && i + 1 < to) {
      if (int month = MonthOf(date_words, tokens[i + 1]);
          month && tokens[i + 1].shape != Shape::kLower) {
        int year = i + 2 < to ? YearOf(tokens[i + 2]) : 0;
        if (auto d = near_article(month, day, year)) return d;
      }
    }
    if (int month = t.shape != Shape::kLower ? MonthOf(date_words, t) : 0; month && i + 1 < to) {
      if (int day = DayOf(tokens[i + 1])) {
        size_t y = i + 2 < to && Eq(tokens[i + 2].key, ","sv) ? i + 3 : i + 2;
        int year = y < to ? YearOf(tokens[y]) : 0;
        if (auto d = near_article(month, day, year)) return d;
      }
    }
    if (!article) continue;
    if (Eq(t.key, "yesterday"sv)) return Date{article->days - 1};
    if (Eq(t.key, "today"sv)) return article;
    if (Eq(t.key, "tomorrow"sv)) return Date{article->days + 1};
    if (int w = t.shape != Shape::kLower ? WeekdayOf(date_words, t) : -1; w >= 0) {
      int today = graph::Weekday(*article);
      bool next = i > from && Eq(tokens[i - 1].key, "next"sv);
      int delta = w - today;
      if (next) {
        if (delta <= 0) delta += 7;
      } else if (delta > 0) {
        delta -= 7;
      }
      return Date{article->days + delta};
    }
    if (Eq(t.key, "in"sv) && i + 1 < to && YearOf(tokens[i + 1]) &&
        YearOf(tokens[i + 1]) != graph::ToCivil(*article).year &&
        (i + 2 >= to || MonthOf(date_words, tokens[i + 2]) == 0)) {
      // "in 2016": a year only; the event is dated to that year's first day.
      return graph::MakeDate(YearOf(tokens[i + 1]), 1, 1);
    }
    if ((Eq(t.key, "last"sv) || Eq(t.key, "next"sv)) && i + 1 < to) {
      int sign = Eq(t.key, "last"sv) ? -1 : 1;
      if (Eq(tokens[i + 1].key, "week"sv)) return Date{article->days + sign * 7};
      if (Eq(tokens[i + 1].key, "month"sv)) return Date{article->days + sign * 30};
    }
  }
  return std::nullopt;
}

}  // namespace irkg::ingest::extract
