#include "irkg/ingest/strings.h"

#include <fstream>
#include <sstream>

#include "irkg/graph/error.h"

namespace irkg::ingest {

std::string ReadTextFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path + ": cannot open: no such file or not readable");
  std::ostringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

std::string_view Trim(std::string_view s) {
  // A loop rather than find_first_not_of, which calls memchr on its set for every byte.
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  size_t b = 0;
  while (b < s.size() && space(s[b])) ++b;
  if (b == s.size()) return {};
  size_t e = s.size();
  while (space(s[e - 1])) --e;
  return s.substr(b, e - b);
}

std::vector<std::string_view> SplitLines(std::string_view text) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (start < text.size()) {
    size_t nl = text.find('\n', start);
    size_t end = nl == std::string_view::npos ? text.size() : nl;
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    out.push_back(line);
    if (nl == std::string_view::npos) break;
    start = nl + 1;
  }
  return out;
}

std::vector<std::string_view> SplitList(std::string_view text) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t semi = text.find(';', start);
    size_t end = semi == std::string_view::npos ? text.size() : semi;
    std::string_view item = Trim(text.substr(start, end - start));
    if (!item.empty()) out.push_back(item);
    if (semi == std::string_view::npos) break;
    start = semi + 1;
  }
  return out;
}

std::vector<std::string_view> SplitWords(std::string_view text) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
    size_t start = i;
    while (i < text.size() && text[i] != ' ' && text[i] != '\t') ++i;
    if (i > start) out.push_back(text.substr(start, i - start));
  }
  return out;
}

std::vector<std::string_view> SplitTabs(std::string_view text) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    size_t tab = text.find('\t', start);
    if (tab == std::string_view::npos) {
      out.push_back(text.substr(start));
      break;
    }
    out.push_back(text.substr(start, tab - start));
    start = tab + 1;
  }
  return out;
}

}  // namespace irkg::ingest
