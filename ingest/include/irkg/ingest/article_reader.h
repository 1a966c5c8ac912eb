#pragma once

#include <functional>
#include <istream>
#include <optional>
#include <string>
#include <vector>

#include "irkg/graph/date.h"
#include "irkg/graph/error.h"
#include "irkg/graph/event.h"

namespace irkg::ingest {

/// What standard input (`-`) holds.
enum class StdinFormat {
  kJsonLines,  ///< One article a line.
  kText,       ///< One plain-text article (id "stdin"), as a .txt file.
};

/// How articles are read.
struct ReadOptions {
  /// Date for plain-text articles without a `Date: YYYY-MM-DD` first line.
  std::optional<graph::Date> default_date;
  /// What `-` holds; gzip-compressed input is recognised by its first bytes either way.
  StdinFormat stdin_format = StdinFormat::kJsonLines;
};

using ArticleSink = std::function<void(graph::Article&&)>;

/// Reads articles from files, directories (recursed, in name order: *.jsonl, *.jsonl.gz,
/// *.json, *.txt, *.txt.gz) and `-` (standard input: JSON Lines or a text article as
/// ReadOptions says, gzip-compressed or not). A .txt file inside a directory is named by its
/// path relative to that directory ("2023/03/talks.txt"); one given by itself, by its file name.
/// Each article goes to `sink` as soon as it is read. A missing file, a malformed JSON line
/// (nested deeper than 64 levels included), an article without text or a read error becomes a
/// diagnostic (`file:line: message`) and the rest is still read; an article without a date, or
/// with a date that is not a string, is passed on undated with a warning. A UTF-8 byte order
/// mark opening a file is skipped. Returns the number of articles passed to the sink.
size_t ReadArticles(const std::vector<std::string>& inputs, const ReadOptions& options,
                    std::istream& stdin_stream, const ArticleSink& sink, Diagnostics& diagnostics);

/// Reads JSON Lines from a stream; `origin` names it in diagnostics.
size_t ReadJsonLines(std::istream& in, const std::string& origin, const ArticleSink& sink,
                     Diagnostics& diagnostics);

/// Reads one plain-text article; its id is `id`, or the file name when `id` is empty.
bool ReadTextArticle(const std::string& path, const ReadOptions& options, const ArticleSink& sink,
                     Diagnostics& diagnostics, const std::string& id = "");

}  // namespace irkg::ingest
