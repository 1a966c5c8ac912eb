#pragma once

#include <algorithm>
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace irkg::ingest {

/// Word equality that compares lengths first. Always inlined: the extractor compares words with
/// literals millions of times a second, and a call costs more than most comparisons.
[[gnu::always_inline]] inline bool Eq(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::char_traits<char>::compare(a.data(), b.data(), b.size()) == 0;
}

/// A hash of strings that takes string views too, for `std::unordered_map<std::string, T,
/// StringHash, std::equal_to<>>`, where looking up a view builds no string. Its values are
/// std::hash<std::string>'s.
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

/// Whether `word` is one of `words`: the small fixed word lists the code reads
/// (`IsOneOf(w, kMonthNames)`).
template <std::size_t N>
bool IsOneOf(std::string_view word, const std::string_view (&words)[N]) {
  return std::any_of(std::begin(words), std::end(words),
                     [word](std::string_view w) { return Eq(word, w); });
}

/// Whether the folded word is an honorific before a name ("mr", "mrs.", "madam").
inline bool IsHonorific(std::string_view key) {
  using namespace std::literals;
  return Eq(key, "mr"sv) || Eq(key, "mr."sv) || Eq(key, "mrs"sv) || Eq(key, "mrs."sv) ||
         Eq(key, "ms"sv) || Eq(key, "ms."sv) || Eq(key, "madam"sv) || Eq(key, "dr"sv) ||
         Eq(key, "dr."sv);
}

/// The whole content of a file; throws irkg::Error naming the path when it cannot be read.
std::string ReadTextFile(const std::string& path);

/// Strips ASCII white space from both ends.
std::string_view Trim(std::string_view s);
/// Splits at '\n' (a trailing '\r' is dropped); a final empty line is not returned.
std::vector<std::string_view> SplitLines(std::string_view text);
/// Calls `line(line_no, trimmed)` for each line of a data file that is neither blank nor a
/// '#' comment; line numbers count from 1, for diagnostics.
template <typename LineFn>
void ForEachDataLine(std::string_view text, LineFn&& line) {
  int line_no = 0;
  for (std::string_view raw : SplitLines(text)) {
    ++line_no;
    std::string_view s = Trim(raw);
    if (!s.empty() && s[0] != '#') line(line_no, s);
  }
}
/// Splits at ';' and trims each item; empty items are dropped.
std::vector<std::string_view> SplitList(std::string_view text);
/// Splits at runs of spaces and tabs.
std::vector<std::string_view> SplitWords(std::string_view text);
/// Splits at each tab (empty fields are kept).
std::vector<std::string_view> SplitTabs(std::string_view text);

}  // namespace irkg::ingest
