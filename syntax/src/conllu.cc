#include "irkg/syntax/conllu.h"

#include <zlib.h>

#include <charconv>
#include <cstdio>
#include <memory>

namespace irkg::syntax {
namespace {

bool ParseInt(std::string_view text, int& value) {
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  return ec == std::errc() && end == text.data() + text.size();
}

// Splits a line at tabs into at most `max` fields; returns how many there are.
size_t SplitTabs(std::string_view line, std::string_view* fields, size_t max) {
  size_t n = 0;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    if (n < max) fields[n] = line.substr(start, tab == std::string_view::npos ? tab : tab - start);
    ++n;
    if (tab == std::string_view::npos) return n;
    start = tab + 1;
  }
}

// The first problem of a complete sentence's tree: heads in range, one root, no cycle.
std::string CheckTree(const TreebankSentence& s, const std::vector<int>& raw_heads,
                      const std::vector<int>& lines, int& bad_line) {
  const int n = static_cast<int>(s.words.size());
  int roots = 0;
  for (int i = 0; i < n; ++i) {
    if (raw_heads[static_cast<size_t>(i)] < 0 || raw_heads[static_cast<size_t>(i)] > n) {
      bad_line = lines[static_cast<size_t>(i)];
      return "head " + std::to_string(raw_heads[static_cast<size_t>(i)]) +
             " out of range (the sentence has " + std::to_string(n) + " words)";
    }
    if (raw_heads[static_cast<size_t>(i)] == 0) ++roots;
  }
  bad_line = s.line;
  if (roots != 1) return "the sentence has " + std::to_string(roots) + " roots, not 1";
  for (int i = 0; i < n; ++i) {
    // Walk up at most n steps: a walk that does not reach the root is in a cycle.
    int h = i;
    for (int steps = 0; steps <= n && h >= 0; ++steps) h = s.heads[static_cast<size_t>(h)];
    if (h >= 0) {
      bad_line = lines[static_cast<size_t>(i)];
      return "word " + std::to_string(i + 1) + " is in a cycle of heads";
    }
  }
  return {};
}

}  // namespace

std::vector<TreebankSentence> ParseConllu(std::string_view text, const std::string& name,
                                          Diagnostics& diagnostics) {
  std::vector<TreebankSentence> sentences;
  TreebankSentence current;
  std::vector<int> raw_heads;
  std::vector<int> lines;
  std::string error;
  int error_line = 0;
  auto finish = [&] {
    if (error.empty() && !current.words.empty()) {
      for (size_t i = 0; i < raw_heads.size(); ++i) {
        current.heads.push_back(static_cast<int16_t>(raw_heads[i] - 1));
      }
      error = CheckTree(current, raw_heads, lines, error_line);
      if (error.empty()) sentences.push_back(std::move(current));
    }
    if (!error.empty()) diagnostics.push_back({name, error_line, error});
    current = TreebankSentence();
    raw_heads.clear();
    lines.clear();
    error.clear();
  };
  int line_number = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t eol = text.find('\n', pos);
    std::string_view line =
        text.substr(pos, eol == std::string_view::npos ? std::string_view::npos : eol - pos);
    pos = eol == std::string_view::npos ? text.size() : eol + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) {
      finish();
      continue;
    }
    if (!error.empty()) continue;  // the rest of a bad sentence
    if (line[0] == '#') {
      constexpr std::string_view kSentId = "# sent_id = ";
      if (line.substr(0, kSentId.size()) == kSentId) current.id = line.substr(kSentId.size());
      continue;
    }
    std::string_view fields[10];
    const size_t count = SplitTabs(line, fields, 10);
    auto fail = [&](std::string message) {
      error = std::move(message);
      error_line = line_number;
    };
    if (count != 10) {
      fail("expected 10 tab-separated fields, found " + std::to_string(count));
      continue;
    }
    const std::string_view id = fields[0];
    if (id.find_first_of("-.") != std::string_view::npos) continue;  // range or empty node
    int number = 0;
    const int expected = static_cast<int>(current.words.size()) + 1;
    if (!ParseInt(id, number) || number != expected) {
      fail("word id '" + std::string(id) + "' out of sequence (expected " +
           std::to_string(expected) + ")");
      continue;
    }
    if (expected > 32767) {
      fail("sentence longer than 32767 words");
      continue;
    }
    auto upos = ParseUpos(fields[3]);
    if (!upos) {
      fail("unknown UPOS '" + std::string(fields[3]) + "'");
      continue;
    }
    int head = 0;
    if (!ParseInt(fields[6], head)) {
      fail("bad head '" + std::string(fields[6]) + "'");
      continue;
    }
    auto label = ParseDeprel(fields[7]);
    if (!label) {
      fail("unknown relation '" + std::string(fields[7]) + "'");
      continue;
    }
    if (current.words.empty()) current.line = line_number;
    current.words.emplace_back(fields[1]);
    current.tags.push_back(*upos);
    current.labels.push_back(*label);
    raw_heads.push_back(head);
    lines.push_back(line_number);
  }
  finish();
  return sentences;
}

std::vector<TreebankSentence> ReadConllu(const std::string& path, Diagnostics& diagnostics) {
  // gzread reads plain files as they are, so one path serves both.
  std::unique_ptr<gzFile_s, int (*)(gzFile)> file(gzopen(path.c_str(), "rb"), gzclose);
  if (!file) throw Error(path + ": cannot open");
  std::string text;
  char buffer[1 << 16];
  while (true) {
    int n = gzread(file.get(), buffer, sizeof(buffer));
    if (n < 0) throw Error(path + ": corrupt gzip data");
    if (n == 0) break;
    text.append(buffer, static_cast<size_t>(n));
  }
  int errnum = 0;
  gzerror(file.get(), &errnum);
  if (errnum != Z_OK && errnum != Z_STREAM_END) throw Error(path + ": corrupt gzip data");
  return ParseConllu(text, path, diagnostics);
}

}  // namespace irkg::syntax
