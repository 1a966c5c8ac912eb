#include "irkg/ingest/article_reader.h"

// Article lines that are a flat object of strings (nearly all) are read by ReadFlatObject
// (flat_json.h); the others are parsed with RapidJSON's SSE2 scanning, which reads whole 16-byte
// blocks (lines are padded for it). That code lives in a namespace of its own, so that it cannot
// stand in for the plain RapidJSON of other files at link time.
#define RAPIDJSON_NAMESPACE irkg_simd_json
#define RAPIDJSON_NAMESPACE_BEGIN namespace irkg_simd_json {
#define RAPIDJSON_NAMESPACE_END }
#ifdef __SSE2__
#define RAPIDJSON_SSE2
#endif
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#ifdef IRKG_HAVE_ISAL
#include <isa-l/igzip_lib.h>
#else
#include <zlib.h>
#endif

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include "flat_json.h"
#include "irkg/ingest/strings.h"

namespace irkg::ingest {
namespace fs = std::filesystem;
namespace json = irkg_simd_json;
using graph::Article;

namespace {

// Inflates a gzip file, member after member (concatenated .gz files are one file to gzip), with
// Intel's ISA-L where the build found it (several times zlib's speed) and zlib elsewhere.
class Inflater {
 public:
  explicit Inflater(std::istream& file) : file_(file), in_(1 << 18) {
#ifdef IRKG_HAVE_ISAL
    isal_inflate_init(&state_);
    state_.crc_flag = ISAL_GZIP;
#else
    zstream_ok_ = inflateInit2(&zstream_, 15 + 16) == Z_OK;  // 15 + 16: gzip wrapper
#endif
  }
  ~Inflater() {
#ifndef IRKG_HAVE_ISAL
    if (zstream_ok_) inflateEnd(&zstream_);
#endif
  }
  Inflater(const Inflater&) = delete;
  Inflater& operator=(const Inflater&) = delete;

  // Writes up to `size` bytes to `out`; returns the count, 0 at the end of the file. Corrupt or
  // truncated data sets error(): what was inflated before the damage is returned first.
  size_t Read(char* out, size_t size) {
    while (error_.empty()) {
      if (available() == 0 && !eof_) Refill();
      if (member_done_) {
        // Another member follows, or the file ends here.
        if (available() == 0 && eof_) return 0;
        StartMember();
      }
      if (available() == 0 && eof_ && !member_started_) return 0;  // an empty file
      const size_t produced = Step(out, size);
      if (!error_.empty() && total_ + produced == 0) error_ = "not gzip data";
      total_ += produced;
      if (produced > 0) return produced;
      if (error_.empty() && available() == 0 && eof_ && !member_done_) {
        error_ = "truncated gzip data";
      }
    }
    return 0;
  }
  const std::string& error() const { return error_; }

 private:
  void Refill() {
    file_.read(in_.data(), static_cast<std::streamsize>(in_.size()));
    const auto n = static_cast<size_t>(file_.gcount());
    if (n < in_.size()) {
      if (file_.bad()) error_ = "read error";
      eof_ = true;
    }
    SetInput(n);
  }

#ifdef IRKG_HAVE_ISAL
  size_t available() const { return state_.avail_in; }
  void SetInput(size_t n) {
    state_.next_in = reinterpret_cast<uint8_t*>(in_.data());
    state_.avail_in = static_cast<uint32_t>(n);
  }
  void StartMember() {
    uint8_t* next = state_.next_in;
    uint32_t avail = state_.avail_in;
    isal_inflate_reset(&state_);
    state_.crc_flag = ISAL_GZIP;
    state_.next_in = next;
    state_.avail_in = avail;
    member_done_ = false;
  }
  size_t Step(char* out, size_t size) {
    member_started_ = true;
    state_.next_out = reinterpret_cast<uint8_t*>(out);
    state_.avail_out = static_cast<uint32_t>(size);
    int ret = isal_inflate(&state_);
    if (ret < 0) {
      error_ = ret == ISAL_INCORRECT_CHECKSUM ? "gzip checksum mismatch" : "corrupt gzip data";
    } else if (state_.block_state == ISAL_BLOCK_FINISH) {
      member_done_ = true;
    }
    return size - state_.avail_out;
  }
  struct inflate_state state_;
#else
  size_t available() const { return zstream_.avail_in; }
  void SetInput(size_t n) {
    zstream_.next_in = reinterpret_cast<Bytef*>(in_.data());
    zstream_.avail_in = static_cast<uInt>(n);
  }
  void StartMember() {
    inflateReset(&zstream_);
    member_done_ = false;
  }
  size_t Step(char* out, size_t size) {
    if (!zstream_ok_) {
      error_ = "cannot start zlib";
      return 0;
    }
    member_started_ = true;
    zstream_.next_out = reinterpret_cast<Bytef*>(out);
    zstream_.avail_out = static_cast<uInt>(size);
    int ret = inflate(&zstream_, Z_NO_FLUSH);
    if (ret == Z_STREAM_END) {
      member_done_ = true;
    } else if (ret != Z_OK && ret != Z_BUF_ERROR) {
      error_ = "corrupt gzip data";
    }
    return size - zstream_.avail_out;
  }
  z_stream zstream_{};
  bool zstream_ok_ = false;
#endif

  std::istream& file_;
  std::vector<char> in_;
  bool eof_ = false;
  bool member_started_ = false;
  bool member_done_ = false;
  size_t total_ = 0;  // bytes inflated so far
  std::string error_;
};

// Reads gzip-compressed lines from a stream (a file, or standard input).
class GzipLines {
 public:
  explicit GzipLines(std::istream& in) : inflater_(std::make_unique<Inflater>(in)) {}
  // Why reading stopped early, or empty.
  const std::string& error() const { return inflater_->error(); }
  // Lines returned so far.
  int lines() const { return lines_; }

  bool Next(std::string& line) {
    for (;;) {
      const char* begin = buffer_.data() + pos_;
      const size_t left = filled_ - pos_;
      if (const void* nl = std::memchr(begin, '\n', left)) {
        const size_t length = static_cast<size_t>(static_cast<const char*>(nl) - begin);
        line.assign(begin, length);
        pos_ += length + 1;
        ++lines_;
        return true;
      }
      // No line break in what is left: keep it, and inflate more after it.
      if (pos_ > 0) {
        std::memmove(buffer_.data(), begin, left);
        filled_ = left;
        pos_ = 0;
      }
      if (buffer_.size() - filled_ < (1 << 16)) buffer_.resize(buffer_.size() * 2);
      size_t n = inflater_->Read(buffer_.data() + filled_, buffer_.size() - filled_);
      if (n == 0) {
        if (filled_ == 0) return false;
        line.assign(buffer_.data(), filled_);  // a last line without a line break
        filled_ = 0;
        ++lines_;
        return true;
      }
      filled_ += n;
    }
  }

 private:
  std::unique_ptr<Inflater> inflater_;
  std::vector<char> buffer_ = std::vector<char>(1 << 20);
  size_t filled_ = 0;
  size_t pos_ = 0;
  int lines_ = 0;
};

using JsonValue = json::GenericValue<json::UTF8<>, json::MemoryPoolAllocator<>>;

// A member of an article line, as the reader uses it.
struct MemberValue {
  enum class Kind : uint8_t { kAbsent, kNull, kString, kInt64, kOther };
  Kind kind = Kind::kAbsent;
  std::string_view string;  // kString
  int64_t int64 = 0;        // kInt64

  static MemberValue Null() { return {Kind::kNull, {}, 0}; }
  static MemberValue String(std::string_view s) { return {Kind::kString, s, 0}; }
  static MemberValue Of(const JsonValue& value) {
    if (value.IsString()) return String({value.GetString(), value.GetStringLength()});
    if (value.IsInt64()) return {Kind::kInt64, {}, value.GetInt64()};
    return {value.IsNull() ? Kind::kNull : Kind::kOther, {}, 0};
  }
  bool IsString() const { return kind == Kind::kString; }
};

// A member's string, or empty when it is absent or not a string.
std::string GetString(const MemberValue& value) {
  return value.IsString() ? std::string(value.string) : std::string();
}

// The members of an article line that the reader looks at, taken in one pass over the object
// rather than a search for each; of a repeated key the first counts, as FindMember finds it.
struct ArticleMembers {
  MemberValue id;
  MemberValue title;
  MemberValue text;
  MemberValue url;
  MemberValue source;
  MemberValue speaker;
  MemberValue addressee;
  MemberValue speaker_country;
  MemberValue date;

  void Add(std::string_view name, const MemberValue& value) {
    if (MemberValue* member = Find(name); member && member->kind == MemberValue::Kind::kAbsent) {
      *member = value;
    }
  }

 private:
  // The member named `name`, or nullptr: one comparison, chosen by the name's length.
  MemberValue* Find(std::string_view name) {
    auto is = [name](std::string_view key, MemberValue& member) {
      return name == key ? &member : nullptr;
    };
    switch (name.size()) {
      case 2:
        return is("id", id);
      case 3:
        return is("url", url);
      case 4:
        return name[0] == 't' ? is("text", text) : is("date", date);
      case 5:
        return is("title", title);
      case 6:
        return is("source", source);
      case 7:
        return is("speaker", speaker);
      case 9:
        return is("addressee", addressee);
      case 15:
        return is("speaker_country", speaker_country);
      default:
        return nullptr;
    }
  }
};

// Memory for parsing one line, reused for every line: the members of a flat line and its decoded
// strings, and for other lines a document's values and its parse stack, come from these buffers
// rather than from the heap.
class JsonScratch {
 public:
  JsonScratch() : values_(1 << 16), stack_(1 << 12) {}
  std::vector<FlatMember>& members() { return members_; }
  std::string& unescaped() { return unescaped_; }
  std::vector<char>& values() { return values_; }
  std::vector<char>& stack() { return stack_; }

 private:
  std::vector<FlatMember> members_;
  std::string unescaped_;
  std::vector<char> values_;
  std::vector<char> stack_;
};

// RapidJSON parses nested values by recursion: a line of a few hundred thousand brackets would
// overflow the stack. An article is a flat object; anything nested deeper than this is refused.
constexpr int kMaxJsonDepth = 64;

// The offset of the bracket that opens level kMaxJsonDepth + 1, or npos. Brackets inside strings
// do not count.
size_t FindExcessNesting(std::string_view line) {
  int depth = 0;
  for (size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (c == '"') {
      // Skip the string to its closing quote: one not escaped, after an even run of
      // backslashes. memchr finds the candidates; an article's text is almost all string.
      const size_t open = i;
      for (;;) {
        const void* quote = std::memchr(line.data() + i + 1, '"', line.size() - i - 1);
        if (!quote) return std::string_view::npos;
        i = static_cast<size_t>(static_cast<const char*>(quote) - line.data());
        size_t slashes = 0;
        while (i - slashes > open + 1 && line[i - slashes - 1] == '\\') ++slashes;
        if (slashes % 2 == 0) break;
      }
    } else if (c == '{' || c == '[') {
      if (++depth > kMaxJsonDepth) return i;
    } else if (c == '}' || c == ']') {
      --depth;
    }
  }
  return std::string_view::npos;
}

// What an article line said about itself that is worth a warning.
struct LineNotes {
  std::string date_warning;
};

// Fills `article` from the members of its line; returns an error message or empty.
std::string ReadArticle(const ArticleMembers& members, Article& article, LineNotes& notes) {
  if (members.id.kind == MemberValue::Kind::kAbsent) return "article has no \"id\"";
  if (members.id.IsString()) {
    article.id = GetString(members.id);
  } else if (members.id.kind == MemberValue::Kind::kInt64) {
    article.id = std::to_string(members.id.int64);
  } else {
    return "\"id\" must be a string or an integer";
  }
  if (article.id.empty()) return "article has an empty \"id\"";
  article.title = GetString(members.title);
  article.text = GetString(members.text);
  article.url = GetString(members.url);
  article.source = GetString(members.source);
  article.speaker = GetString(members.speaker);
  article.addressee = GetString(members.addressee);
  bool general_debate = false;
  if (article.speaker.empty()) {
    // The UN General Debate corpus names the speaking state in "speaker_country"; its speeches
    // address the President of the General Assembly.
    article.speaker = GetString(members.speaker_country);
    general_debate = !article.speaker.empty();
    if (general_debate && article.addressee.empty()) article.addressee = "UN";
    // It codes the Soviet Union's statements as Russia's: before 1992 the speaker is the USSR.
    if (article.speaker == "RUS" && GetString(members.date) < "1992") article.speaker = "SUN";
  }
  if (members.date.kind == MemberValue::Kind::kAbsent ||
      members.date.kind == MemberValue::Kind::kNull) {
    notes.date_warning = "article " + article.id + " has no \"date\": stored undated";
  } else if (!members.date.IsString()) {
    notes.date_warning = "article " + article.id +
                         ": \"date\" is not a string (expected \"YYYY-MM-DD\"): stored undated";
  } else {
    const std::string_view date = members.date.string;
    article.date = graph::ParseDate(date.substr(0, std::min<size_t>(date.size(), 10)));
    if (!article.date) return "invalid \"date\" '" + std::string(date) + "' (expected YYYY-MM-DD)";
    // The corpus dates every statement to 15 September of its session; the general debate
    // follows the session's opening and the election of its President, in the last week of
    // September: offices are read as of the 25th.
    if (general_debate && date.size() >= 10 && date.substr(4, 6) == "-09-15") {
      article.date = graph::ParseDate(std::string(date.substr(0, 4)) + "-09-25");
    }
  }
  if (Trim(article.text).empty()) return "article " + article.id + " has no text";
  return {};
}

// Parses one JSON line into an article; returns an error message or empty. A flat object of
// strings, the usual line, is read directly; any other line is parsed by RapidJSON in place
// (the line's bytes are overwritten), which also words the errors. Either way each string is
// copied once, into the article.
std::string ParseArticleLine(std::string& line, JsonScratch& scratch, Article& article,
                             LineNotes& notes) {
  ArticleMembers members;
  if (ReadFlatObject(line, scratch.unescaped(), scratch.members())) {
    for (const FlatMember& m : scratch.members()) {
      members.Add(m.key, m.null ? MemberValue::Null() : MemberValue::String(m.value));
    }
    return ReadArticle(members, article, notes);
  }
  if (const size_t at = FindExcessNesting(line); at != std::string_view::npos) {
    return "malformed JSON: nested deeper than " + std::to_string(kMaxJsonDepth) +
           " levels (at byte " + std::to_string(at) + ")";
  }
  json::MemoryPoolAllocator<> values(scratch.values().data(), scratch.values().size());
  json::MemoryPoolAllocator<> stack(scratch.stack().data(), scratch.stack().size());
  json::GenericDocument<json::UTF8<>, json::MemoryPoolAllocator<>, json::MemoryPoolAllocator<>> doc(
      &values, scratch.stack().size() / 2, &stack);
  doc.ParseInsitu(line.data());
  if (doc.HasParseError()) {
    return std::string("malformed JSON: ") + json::GetParseError_En(doc.GetParseError()) +
           " (at byte " + std::to_string(doc.GetErrorOffset()) + ")";
  }
  if (!doc.IsObject()) return "expected a JSON object";
  for (auto m = doc.MemberBegin(); m != doc.MemberEnd(); ++m) {
    members.Add({m->name.GetString(), m->name.GetStringLength()}, MemberValue::Of(m->value));
  }
  return ReadArticle(members, article, notes);
}

bool HasSuffix(const std::string& s, std::string_view suffix) { return s.ends_with(suffix); }

// Editors on Windows start UTF-8 files with a byte order mark; it is no part of the text.
void StripByteOrderMark(std::string& text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
}

// Why reading stopped: the system's reason, when it left one.
std::string ReadErrorMessage(int lines) {
  const int error = errno;
  return std::string("read error") + (error ? std::string(": ") + std::strerror(error) : "") +
         "; reading stopped after line " + std::to_string(lines);
}

bool IsArticleFile(const fs::path& p) {
  std::string name = p.filename().string();
  return HasSuffix(name, ".jsonl") || HasSuffix(name, ".jsonl.gz") || HasSuffix(name, ".json") ||
         HasSuffix(name, ".txt") || HasSuffix(name, ".txt.gz");
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
    if (line_no == 1) StripByteOrderMark(line);
    if (Trim(line).empty()) continue;
    // RapidJSON's SSE2 scanning reads whole 16-byte blocks: the last may reach past the line.
    line.reserve(line.size() + 16);
    Article article;
    LineNotes notes;
    std::string error = ParseArticleLine(line, scratch, article, notes);
    if (!error.empty()) {
      diagnostics.push_back({origin, line_no, error});
      continue;
    }
    if (!notes.date_warning.empty()) {
      diagnostics.push_back({origin, line_no, std::move(notes.date_warning), /*warning=*/true});
    }
    // "file:line", built in place: one allocation, not one for each part.
    const std::string line_text = std::to_string(line_no);
    article.origin.reserve(origin.size() + 1 + line_text.size());
    article.origin.append(origin).append(1, ':').append(line_text);
    article.origin_file = origin;
    article.origin_line = line_no;
    sink(std::move(article));
    ++count;
  }
  return count;
}

bool TextArticle(std::string text, const std::string& id, const std::string& path,
                 const ReadOptions& options, const ArticleSink& sink, Diagnostics& diagnostics);

// Reads gzip-compressed JSON Lines, or one text article, from `in`.
// `id` names the text article.
size_t ReadGzip(std::istream& in, const std::string& origin, const std::string& id,
                const ReadOptions& options, bool text, const ArticleSink& sink,
                Diagnostics& diagnostics) {
  GzipLines gz(in);
  size_t count = 0;
  if (text) {
    std::string all, line;
    while (gz.Next(line)) all.append(line).push_back('\n');
    if (gz.error().empty()) {
      count = TextArticle(std::move(all), id, origin, options, sink, diagnostics) ? 1 : 0;
    }
  } else {
    count =
        ReadLines([&gz](std::string& line) { return gz.Next(line); }, origin, sink, diagnostics);
  }
  if (!gz.error().empty()) {
    diagnostics.push_back(
        {origin, gz.lines() + 1,
         gz.error() + "; reading stopped after line " + std::to_string(gz.lines())});
  }
  return count;
}

// Whether a stream starts with gzip's magic bytes; reads nothing.
bool StartsWithGzipMagic(std::istream& in) {
  std::streambuf* buffer = in.rdbuf();
  if (buffer->sgetc() != 0x1f) return false;
  buffer->sbumpc();
  const bool gzip = buffer->sgetc() == 0x8b;
  buffer->sungetc();
  return gzip;
}

// Reads one file; a .txt article gets `text_id` as its id, or its file name when that is empty.
size_t ReadPath(const std::string& path, const std::string& text_id, const ReadOptions& options,
                const ArticleSink& sink, Diagnostics& diagnostics) {
  if (HasSuffix(path, ".gz")) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      diagnostics.push_back({path, 0, "cannot open: no such file or not readable"});
      return 0;
    }
    return ReadGzip(in, path, text_id.empty() ? fs::path(path).filename().string() : text_id,
                    options, HasSuffix(path, ".txt.gz"), sink, diagnostics);
  }
  if (HasSuffix(path, ".txt")) {
    return ReadTextArticle(path, options, sink, diagnostics, text_id) ? 1 : 0;
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
  int lines = 0;
  errno = 0;
  size_t count = ReadLines(
      [&in, &lines](std::string& line) {
        if (!std::getline(in, line)) return false;
        ++lines;
        return true;
      },
      origin, sink, diagnostics);
  // A stream that fails to read (EIO, a vanished network file) ends like one that is done.
  if (in.bad()) diagnostics.push_back({origin, lines + 1, ReadErrorMessage(lines)});
  return count;
}

namespace {

// Reads all of `in` as one text article.
bool ReadTextStream(std::istream& in, const std::string& id, const std::string& path,
                    const ReadOptions& options, const ArticleSink& sink, Diagnostics& diagnostics) {
  std::string text;
  errno = 0;
  char chunk[1 << 16];
  while (in.read(chunk, sizeof chunk) || in.gcount() > 0) {
    text.append(chunk, static_cast<size_t>(in.gcount()));
  }
  if (in.bad()) {
    const int lines = static_cast<int>(std::count(text.begin(), text.end(), '\n'));
    diagnostics.push_back({path, lines + 1, ReadErrorMessage(lines)});
    return false;
  }
  return TextArticle(std::move(text), id, path, options, sink, diagnostics);
}

}  // namespace

bool ReadTextArticle(const std::string& path, const ReadOptions& options, const ArticleSink& sink,
                     Diagnostics& diagnostics, const std::string& id) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    diagnostics.push_back({path, 0, "cannot open: no such file or not readable"});
    return false;
  }
  return ReadTextStream(in, id.empty() ? fs::path(path).filename().string() : id, path, options,
                        sink, diagnostics);
}

namespace {

// One text article: an optional first line "Date: YYYY-MM-DD", then the text.
bool TextArticle(std::string text, const std::string& id, const std::string& path,
                 const ReadOptions& options, const ArticleSink& sink, Diagnostics& diagnostics) {
  StripByteOrderMark(text);
  Article article;
  article.id = id;
  article.origin = path;
  article.origin_file = path;
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
  if (!article.date) {
    diagnostics.push_back(
        {path, 1, "no date (a first line 'Date: YYYY-MM-DD', or --date): stored undated", true});
  }
  article.text = std::move(text);
  sink(std::move(article));
  return true;
}

}  // namespace

size_t ReadArticles(const std::vector<std::string>& inputs, const ReadOptions& options,
                    std::istream& stdin_stream, const ArticleSink& sink, Diagnostics& diagnostics) {
  size_t count = 0;
  for (const std::string& input : inputs) {
    if (input == "-") {
      const bool text = options.stdin_format == StdinFormat::kText;
      if (StartsWithGzipMagic(stdin_stream)) {
        count += ReadGzip(stdin_stream, "<stdin>", "stdin", options, text, sink, diagnostics);
      } else if (text) {
        count += ReadTextStream(stdin_stream, "stdin", "<stdin>", options, sink, diagnostics);
      } else {
        count += ReadJsonLines(stdin_stream, "<stdin>", sink, diagnostics);
      }
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
      // Text files are named by their path inside the directory, so that "a/x.txt" and
      // "b/x.txt" are two articles.
      for (const std::string& f : files) {
        count += ReadPath(f, fs::path(f).lexically_relative(input).generic_string(), options, sink,
                          diagnostics);
      }
      continue;
    }
    if (!fs::exists(input, ec)) {
      diagnostics.push_back({input, 0, "no such file or directory"});
      continue;
    }
    count += ReadPath(input, "", options, sink, diagnostics);
  }
  return count;
}

}  // namespace irkg::ingest
