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

/// How articles are read.
struct ReadOptions {
  /// Date for plain-text articles without a `Date: YYYY-MM-DD` first line.
  std::optional<graph::Date> default_date;
};

using ArticleSink = std::function<void(graph::Article&&)>;

/// Reads articles from files, directories (recursed, in name order: *.jsonl, *.jsonl.gz,
/// *.json, *.txt) and `-` (standard input, JSON Lines). A .txt file inside a directory is
/// named by its path relative to that directory ("2023/03/talks.txt"); one given by itself, by
/// its file name. Each article goes to `sink` as soon as it
/// is read. A missing file, a malformed JSON line or an article without text becomes a
/// diagnostic (`file:line: message`) and the rest is still read. Returns the number of articles
/// passed to the sink.
size_t ReadArticles(const std::vector<std::string>& inputs, const ReadOptions& options,
                    std::istream& stdin_stream, const ArticleSink& sink, Diagnostics& diagnostics);

/// Reads JSON Lines from a stream; `origin` names it in diagnostics.
size_t ReadJsonLines(std::istream& in, const std::string& origin, const ArticleSink& sink,
                     Diagnostics& diagnostics);

/// Reads one plain-text article; its id is `id`, or the file name when `id` is empty.
bool ReadTextArticle(const std::string& path, const ReadOptions& options, const ArticleSink& sink,
                     Diagnostics& diagnostics, const std::string& id = "");

}  // namespace irkg::ingest
