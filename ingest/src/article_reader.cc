#include "irkg/ingest/article_reader.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <zlib.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "irkg/ingest/strings.h"

namespace irkg::ingest {
namespace fs = std::filesystem;
using graph::Article;

namespace {

// Reads a gzip file line by line through zlib.
class GzipLines {
 public:
  explicit GzipLines(const std::string& path) : file_(gzopen(path.c_str(), "rb")) {
    if (file_) gzbuffer(file_, 1 << 18);
  }
  ~GzipLines() {
    if (file_) gzclose(file_);
  }
  GzipLines(const GzipLines&) = delete;
  GzipLines& operator=(const GzipLines&) = delete;
  bool ok() const { return file_ != nullptr; }
  bool Next(std::string& line) {
    line.clear();
    char buf[1 << 16];
    while (gzgets(file_, buf, sizeof buf)) {
      line.append(buf);
      if (!line.empty() && line.back() == '\n') {
        line.pop_back();
        return true;
      }
    }
    return !line.empty();
  }

 private:
  gzFile file_;
};

template <typename Object>
std::string GetString(const Object& obj, const char* key) {
  auto it = obj.FindMember(key);
  if (it == obj.MemberEnd() || !it->value.IsString()) return {};
  return std::string(it->value.GetString(), it->value.GetStringLength());
}

// Memory for parsing one line, reused for every line: a document's values and its parse stack
// come from these buffers rather than from the heap.
class JsonScratch {
 public:
  JsonScratch() : values_(1 << 16), stack_(1 << 12) {}
  std::vector<char>& values() { return values_; }
  std::vector<char>& stack() { return stack_; }

 private:
  std::vector<char> values_;
  std::vector<char> stack_;
};

// Parses one JSON line into an article, in place (the line's bytes are overwritten); returns an
// error message or empty. In-place parsing copies each string once, into the article.
std::string ParseArticleLine(std::string& line, JsonScratch& scratch, Article& article) {
  rapidjson::MemoryPoolAllocator<> values(scratch.values().data(), scratch.values().size());
  rapidjson::MemoryPoolAllocator<> stack(scratch.stack().data(), scratch.stack().size());
  rapidjson::GenericDocument<rapidjson::UTF8<>, rapidjson::MemoryPoolAllocator<>,
                             rapidjson::MemoryPoolAllocator<>>
      doc(&values, scratch.stack().size() / 2, &stack);
  doc.ParseInsitu(line.data());
  if (doc.HasParseError()) {
    return std::string("malformed JSON: ") + rapidjson::GetParseError_En(doc.GetParseError()) +
           " (at byte " + std::to_string(doc.GetErrorOffset()) + ")";
  }
  if (!doc.IsObject()) return "expected a JSON object";
  auto id = doc.FindMember("id");
  if (id == doc.MemberEnd()) return "article has no \"id\"";
  if (id->value.IsString()) {
    article.id = GetString(doc, "id");
  } else if (id->value.IsInt64()) {
    article.id = std::to_string(id->value.GetInt64());
  } else {
    return "\"id\" must be a string or an integer";
  }
  if (article.id.empty()) return "article has an empty \"id\"";
  article.title = GetString(doc, "title");
  article.text = GetString(doc, "text");
  article.url = GetString(doc, "url");
  article.source = GetString(doc, "source");
  std::string date = GetString(doc, "date");
  if (!date.empty()) {
    article.date = graph::ParseDate(date.substr(0, std::min<size_t>(date.size(), 10)));
    if (!article.date) return "invalid \"date\" '" + date + "' (expected YYYY-MM-DD)";
  }
  if (Trim(article.text).empty()) return "article " + article.id + " has no text";
  return {};
}

bool HasSuffix(const std::string& s, std::string_view suffix) { return s.ends_with(suffix); }

bool IsArticleFile(const fs::path& p) {
  std::string name = p.filename().string();
  return HasSuffix(name, ".jsonl") || HasSuffix(name, ".jsonl.gz") || HasSuffix(name, ".json") ||
         HasSuffix(name, ".txt");
}

// Reads JSON Lines from any line source (`next` fills a line, false at the end).
template <typename NextLine>
size_t ReadLines(NextLine&& next, const std::string& origin, const ArticleSink& sink,
                 Diagnostics& diagnostics) {
  size_t count = 0;
  std::string line;
  JsonScratch scratch;
  int line_no = 0;
  while (next(line)) {
    ++line_no;
    if (Trim(line).empty()) continue;
    Article article;
    std::string error = ParseArticleLine(line, scratch, article);
    if (!error.empty()) {
      diagnostics.push_back({origin, line_no, error});
      continue;
    }
    article.origin = origin + ":" + std::to_string(line_no);
    sink(std::move(article));
    ++count;
  }
  return count;
}

size_t ReadPath(const std::string& path, const ReadOptions& options, const ArticleSink& sink,
                Diagnostics& diagnostics) {
  if (HasSuffix(path, ".gz")) {
    GzipLines gz(path);
    if (!gz.ok()) {
      diagnostics.push_back({path, 0, "cannot open: no such file or not readable"});
      return 0;
    }
    return ReadLines([&gz](std::string& line) { return gz.Next(line); }, path, sink, diagnostics);
  }
  if (HasSuffix(path, ".txt")) {
    return ReadTextArticle(path, options, sink, diagnostics) ? 1 : 0;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    diagnostics.push_back({path, 0, "cannot open: no such file or not readable"});
    return 0;
  }
  return ReadJsonLines(in, path, sink, diagnostics);
}

}  // namespace

size_t ReadJsonLines(std::istream& in, const std::string& origin, const ArticleSink& sink,
                     Diagnostics& diagnostics) {
  return ReadLines([&in](std::string& line) { return static_cast<bool>(std::getline(in, line)); },
                   origin, sink, diagnostics);
}

bool ReadTextArticle(const std::string& path, const ReadOptions& options, const ArticleSink& sink,
                     Diagnostics& diagnostics) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    diagnostics.push_back({path, 0, "cannot open: no such file or not readable"});
    return false;
  }
  std::ostringstream buf;
  buf << in.rdbuf();
  std::string text = buf.str();
  Article article;
  article.id = fs::path(path).filename().string();
  article.origin = path;
  article.date = options.default_date;
  // An optional first line "Date: YYYY-MM-DD".
  std::string_view view = text;
  size_t nl = view.find('\n');
  std::string_view first = Trim(view.substr(0, nl));
  if (first.starts_with("Date:")) {
    std::string_view value = Trim(first.substr(5));
    article.date = graph::ParseDate(value);
    if (!article.date) {
      diagnostics.push_back(
          {path, 1, "invalid date '" + std::string(value) + "' (expected Date: YYYY-MM-DD)"});
      return false;
    }
    text = nl == std::string_view::npos ? std::string() : std::string(view.substr(nl + 1));
  }
  if (Trim(text).empty()) {
    diagnostics.push_back({path, 0, "article " + article.id + " has no text"});
    return false;
  }
  article.text = std::move(text);
  sink(std::move(article));
  return true;
}

size_t ReadArticles(const std::vector<std::string>& inputs, const ReadOptions& options,
                    std::istream& stdin_stream, const ArticleSink& sink, Diagnostics& diagnostics) {
  size_t count = 0;
  for (const std::string& input : inputs) {
    if (input == "-") {
      count += ReadJsonLines(stdin_stream, "<stdin>", sink, diagnostics);
      continue;
    }
    std::error_code ec;
    if (fs::is_directory(input, ec)) {
      std::vector<std::string> files;
      for (auto it = fs::recursive_directory_iterator(input, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file(ec) && IsArticleFile(it->path()))
          files.push_back(it->path().string());
      }
      if (ec) diagnostics.push_back({input, 0, "cannot read directory: " + ec.message()});
      std::sort(files.begin(), files.end());
      for (const std::string& f : files) count += ReadPath(f, options, sink, diagnostics);
      continue;
    }
    if (!fs::exists(input, ec)) {
      diagnostics.push_back({input, 0, "no such file or directory"});
      continue;
    }
    count += ReadPath(input, options, sink, diagnostics);
  }
  return count;
}

}  // namespace irkg::ingest
