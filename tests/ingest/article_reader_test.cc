#include "irkg/ingest/article_reader.h"

#include <doctest/doctest.h>
#include <sys/stat.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <sstream>

#include "test_support.h"

using namespace irkg::ingest;
using irkg::Diagnostics;
using irkg::graph::Article;

namespace {

// `text` as one gzip member.
std::string Gzip(const std::string& text) {
  z_stream z{};
  REQUIRE(deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) == Z_OK);
  std::string out(deflateBound(&z, static_cast<uLong>(text.size())) + 64, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(text.data()));
  z.avail_in = static_cast<uInt>(text.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  REQUIRE(deflate(&z, Z_FINISH) == Z_STREAM_END);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

std::string ArticleLines(int from, int to) {
  std::string out;
  for (int i = from; i < to; ++i) {
    out += "{\"id\": \"g" + std::to_string(i) +
           "\", \"date\": \"2020-01-01\", \"text\": \"Article number " + std::to_string(i * 7919) +
           " says Russia met China.\"}\n";
  }
  return out;
}

std::vector<std::string> Messages(const Diagnostics& diagnostics) {
  std::vector<std::string> out;
  for (const auto& d : diagnostics) out.push_back(d.ToString());
  return out;
}

}  // namespace

TEST_CASE("JSON Lines: bad lines are reported with file:line and the others are read") {
  irkg::testing::TempDir dir;
  const std::string path = dir.File("news.jsonl");
  irkg::testing::WriteFile(
      path,
      "{\"id\": \"a1\", \"date\": \"2019-04-22\", \"title\": \"T\", \"text\": \"Russia met "
      "China.\"}\n"
      "{\"id\": \"a2\", \"text\": \n"
      "\n"
      "{\"id\": \"a3\", \"date\": \"2019-04-22\", \"text\": \"   \"}\n"
      "{\"id\": \"a4\", \"date\": \"22/04/2019\", \"text\": \"x\"}\n"
      "[1, 2]\n"
      "{\"id\": 5, \"text\": \"Numeric ids are fine.\", \"url\": \"http://example.org/5\"}\n");
  std::vector<Article> articles;
  Diagnostics diagnostics;
  std::istringstream no_stdin;
  size_t n = ReadArticles(
      {path}, {}, no_stdin, [&](Article&& a) { articles.push_back(a); }, diagnostics);
  CHECK(n == 2);
  REQUIRE(articles.size() == 2);
  CHECK(articles[0].id == "a1");
  CHECK(irkg::graph::FormatDate(*articles[0].date) == "2019-04-22");
  CHECK(articles[0].origin == path + ":1");
  CHECK(articles[1].id == "5");
  CHECK(articles[1].url == "http://example.org/5");
  CHECK_FALSE(articles[1].date);
  CHECK(Messages(diagnostics) ==
        std::vector<std::string>{
            path + ":2: malformed JSON: Invalid value. (at byte 21)",
            path + ":4: article a3 has no text",
            path + ":5: invalid \"date\" '22/04/2019' (expected YYYY-MM-DD)",
            path + ":6: expected a JSON object",
            path + ":7: warning: article 5 has no \"date\": stored undated",
        });
}

TEST_CASE("text files take their id from the file name and their date from a Date: line") {
  irkg::testing::TempDir dir;
  irkg::testing::WriteFile(dir.File("visit.txt"), "Date: 2023-03-21\nXi arrived in Moscow.\n");
  irkg::testing::WriteFile(dir.File("undated.txt"), "Putin met Xi.\n");
  irkg::testing::WriteFile(dir.File("bad.txt"), "Date: yesterday\nPutin met Xi.\n");
  irkg::testing::WriteFile(dir.File("empty.txt"), "Date: 2023-03-21\n\n");
  irkg::testing::WriteFile(dir.File("notes.md"), "not an article");
  std::vector<Article> articles;
  Diagnostics diagnostics;
  std::istringstream no_stdin;
  ReadOptions options;
  options.default_date = irkg::graph::ParseDate("2020-01-01");
  ReadArticles(
      {dir.path().string(), dir.File("missing.jsonl")}, options, no_stdin,
      [&](Article&& a) { articles.push_back(a); }, diagnostics);
  REQUIRE(articles.size() == 2);
  CHECK(articles[0].id == "undated.txt");
  CHECK(irkg::graph::FormatDate(*articles[0].date) == "2020-01-01");
  CHECK(articles[1].id == "visit.txt");
  CHECK(irkg::graph::FormatDate(*articles[1].date) == "2023-03-21");
  CHECK(articles[1].text == "Xi arrived in Moscow.\n");
  CHECK(Messages(diagnostics) ==
        std::vector<std::string>{
            dir.File("bad.txt") + ":1: invalid date 'yesterday' (expected Date: YYYY-MM-DD)",
            dir.File("empty.txt") + ": article empty.txt has no text",
            dir.File("missing.jsonl") + ": no such file or directory",
        });
}

TEST_CASE("standard input is read as JSON Lines") {
  std::istringstream in(
      "{\"id\": \"s1\", \"date\": \"2020-01-01\", \"text\": \"A text.\"}\nnot json\n");
  std::vector<Article> articles;
  Diagnostics diagnostics;
  ReadArticles(
      {"-"}, {}, in, [&](Article&& a) { articles.push_back(a); }, diagnostics);
  REQUIRE(articles.size() == 1);
  CHECK(articles[0].id == "s1");
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].ToString() == "<stdin>:2: malformed JSON: Invalid value. (at byte 1)");
}

TEST_CASE("of a key given twice in an article line, the first counts") {
  std::istringstream in(
      "{\"text\": \"First text.\", \"id\": 7, \"title\": \"T\", \"text\": \"Second.\", "
      "\"id\": \"x\", \"date\": \"2020-01-02\", \"date\": \"bad\"}\n");
  std::vector<Article> articles;
  Diagnostics diagnostics;
  ReadArticles(
      {"-"}, {}, in, [&](Article&& a) { articles.push_back(a); }, diagnostics);
  CHECK(diagnostics.empty());
  REQUIRE(articles.size() == 1);
  CHECK(articles[0].id == "7");
  CHECK(articles[0].title == "T");
  CHECK(articles[0].text == "First text.");
  REQUIRE(articles[0].date);
  CHECK(irkg::graph::FormatDate(*articles[0].date) == "2020-01-02");
}

TEST_CASE("statements carry their speaker, a UN General Debate statement addresses the UN") {
  std::istringstream in(
      "{\"id\": \"u1\", \"text\": \"We agree.\", \"speaker_country\": \"ARG\"}\n"
      "{\"id\": \"u2\", \"text\": \"We agree.\", \"speaker\": \"FRA\", "
      "\"addressee\": \"EU\"}\n"
      "{\"id\": \"u3\", \"text\": \"They agree.\"}\n"
      "{\"id\": \"u4\", \"text\": \"We agree.\", \"speaker_country\": \"RUS\", "
      "\"date\": \"1959-09-18\"}\n"
      "{\"id\": \"u5\", \"text\": \"We agree.\", \"speaker_country\": \"RUS\", "
      "\"date\": \"1992-09-22\"}\n"
      "{\"id\": \"u6\", \"text\": \"We agree.\", \"speaker_country\": \"GHA\", "
      "\"date\": \"2014-09-15\"}\n");
  std::vector<Article> articles;
  Diagnostics diagnostics;
  ReadArticles(
      {"-"}, {}, in, [&](Article&& a) { articles.push_back(a); }, diagnostics);
  REQUIRE(articles.size() == 6);
  CHECK(articles[0].speaker == "ARG");
  CHECK(articles[0].addressee == "UN");
  CHECK(articles[1].speaker == "FRA");
  CHECK(articles[1].addressee == "EU");
  CHECK(articles[2].speaker.empty());
  // The corpus codes the Soviet Union's statements as Russia's.
  CHECK(articles[3].speaker == "SUN");
  CHECK(articles[4].speaker == "RUS");
  // A statement dated to the corpus's 15 September is read as of the general debate.
  CHECK(articles[5].date == irkg::graph::ParseDate("2014-09-25"));
  CHECK(articles[2].addressee.empty());
}

TEST_CASE("gzip files are read line by line, member after member") {
  irkg::testing::TempDir dir;
  const std::string path = dir.File("news.jsonl.gz");
  std::string last =
      "{\"id\": \"end\", \"date\": \"2020-01-01\", \"text\": \"No line break after this one.\"}";
  irkg::testing::WriteFile(path, Gzip(ArticleLines(0, 500)) + Gzip(ArticleLines(500, 1000) + last));
  std::vector<Article> articles;
  Diagnostics diagnostics;
  std::istringstream no_stdin;
  size_t n = ReadArticles(
      {path}, {}, no_stdin, [&](Article&& a) { articles.push_back(a); }, diagnostics);
  CHECK(Messages(diagnostics).empty());
  CHECK(n == 1001);
  REQUIRE(articles.size() == 1001);
  CHECK(articles[0].id == "g0");
  CHECK(articles[999].id == "g999");
  CHECK(articles[999].origin == path + ":1000");
  CHECK(articles[1000].id == "end");
}

TEST_CASE("a truncated or corrupt gzip file is reported, and the lines before the damage read") {
  irkg::testing::TempDir dir;
  const std::string whole = Gzip(ArticleLines(0, 3000));
  std::istringstream no_stdin;

  const std::string truncated = dir.File("truncated.jsonl.gz");
  irkg::testing::WriteFile(truncated, whole.substr(0, whole.size() * 2 / 3));
  std::vector<Article> articles;
  Diagnostics diagnostics;
  ReadArticles(
      {truncated}, {}, no_stdin, [&](Article&& a) { articles.push_back(a); }, diagnostics);
  CHECK(articles.size() > 100);
  CHECK(articles.size() < 3000);
  REQUIRE_FALSE(diagnostics.empty());
  CHECK(diagnostics.back().ToString().find(truncated + ":") == 0);
  CHECK(diagnostics.back().ToString().find("truncated gzip data; reading stopped after line") !=
        std::string::npos);

  const std::string corrupt = dir.File("corrupt.jsonl.gz");
  std::string damaged = whole;
  for (size_t i = damaged.size() / 2; i < damaged.size() / 2 + 64; ++i) damaged[i] = '\x5a';
  irkg::testing::WriteFile(corrupt, damaged);
  articles.clear();
  diagnostics.clear();
  ReadArticles(
      {corrupt}, {}, no_stdin, [&](Article&& a) { articles.push_back(a); }, diagnostics);
  REQUIRE_FALSE(diagnostics.empty());
  const std::string message = diagnostics.back().ToString();
  CHECK(message.find(corrupt + ":") == 0);
  INFO(message);
  CHECK((message.find("corrupt gzip data") != std::string::npos ||
         message.find("gzip checksum mismatch") != std::string::npos));

  const std::string plain = dir.File("plain.jsonl.gz");
  irkg::testing::WriteFile(plain, ArticleLines(0, 3));
  articles.clear();
  diagnostics.clear();
  ReadArticles(
      {plain}, {}, no_stdin, [&](Article&& a) { articles.push_back(a); }, diagnostics);
  CHECK(articles.empty());
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].ToString().find(plain + ":1: not gzip data") == 0);
}

TEST_CASE("text files in a directory are named by their path inside it") {
  irkg::testing::TempDir dir;
  std::filesystem::create_directories(dir.path() / "a");
  std::filesystem::create_directories(dir.path() / "b" / "c");
  irkg::testing::WriteFile(dir.File("a/talks.txt"), "Russia and China held talks.\n");
  irkg::testing::WriteFile(dir.File("b/c/talks.txt"), "Japan accused China.\n");
  irkg::testing::WriteFile(dir.File("top.txt"), "France aided Mali.\n");
  irkg::testing::WriteFile(dir.File("b/news.jsonl"), "\n{\"id\": \"n1\", \"text\": \"A text.\"}\n");
  std::vector<Article> articles;
  Diagnostics diagnostics;
  std::istringstream no_stdin;
  ReadArticles(
      {dir.path().string(), dir.File("a/talks.txt")}, {}, no_stdin,
      [&](Article&& a) { articles.push_back(a); }, diagnostics);
  // Only warnings: the articles have no date.
  CHECK(std::all_of(diagnostics.begin(), diagnostics.end(),
                    [](const irkg::Diagnostic& d) { return d.warning; }));
  std::vector<std::string> ids;
  for (const Article& a : articles) ids.push_back(a.id);
  CHECK(ids ==
        std::vector<std::string>{"a/talks.txt", "b/c/talks.txt", "n1", "top.txt", "talks.txt"});
  CHECK(articles[1].origin_file == dir.File("b/c/talks.txt"));
  CHECK(articles[1].origin_line == 0);
  CHECK(articles[2].origin_file == dir.File("b/news.jsonl"));
  CHECK(articles[2].origin_line == 2);
}

namespace {

// A stream that gives `text`, then fails as a disk does (EIO).
class FailingBuffer : public std::streambuf {
 public:
  explicit FailingBuffer(std::string text) : text_(std::move(text)) {
    setg(text_.data(), text_.data(), text_.data() + text_.size());
  }

 protected:
  int_type underflow() override {
    errno = EIO;
    throw std::ios_base::failure("read error");
  }

 private:
  std::string text_;
};

std::vector<std::string> ReadAll(const std::vector<std::string>& inputs, std::istream& in,
                                 std::vector<Article>& articles) {
  Diagnostics diagnostics;
  ReadArticles(
      inputs, {}, in, [&](Article&& a) { articles.push_back(std::move(a)); }, diagnostics);
  return Messages(diagnostics);
}

}  // namespace

TEST_CASE("JSON nested too deep is a file:line error, not a stack overflow") {
  irkg::testing::TempDir dir;
  const std::string path = dir.File("deep.jsonl");
  const std::string good = "{\"id\": \"a\", \"date\": \"2020-01-01\", \"text\": \"Russia.\"}\n";
  // 150,000 levels, and a string full of brackets, which do not count.
  const std::string deep =
      "{\"id\": \"deep\", \"text\": \"x\", \"meta\": " + std::string(150000, '[') +
      std::string(150000, ']') + "}\n";
  const std::string brackets = "{\"id\": \"b\", \"date\": \"2020-01-01\", \"text\": \"" +
                               std::string(1000, '[') + " \\\" [\"}\n";
  irkg::testing::WriteFile(path, good + deep + brackets + good);
  std::vector<Article> articles;
  std::istringstream no_stdin;
  CHECK(ReadAll({path}, no_stdin, articles) ==
        std::vector<std::string>{path +
                                 ":2: malformed JSON: nested deeper than 64 levels (at byte 99)"});
  REQUIRE(articles.size() == 3);
  CHECK(articles[1].id == "b");
  CHECK(articles[1].text == std::string(1000, '[') + " \" [");
  // 64 levels are fine.
  std::istringstream ok("{\"id\": \"c\", \"date\": \"2020-01-01\", \"text\": \"t\", \"m\": " +
                        std::string(63, '[') + std::string(63, ']') + "}\n");
  articles.clear();
  CHECK(ReadAll({"-"}, ok, articles).empty());
  CHECK(articles.size() == 1);
  // A string that ends in an escaped backslash ends there: the brackets after it count.
  std::istringstream ends_in_backslash("{\"id\": \"d\", \"text\": \"t\\\\\", \"m\": " +
                                       std::string(65, '[') + std::string(65, ']') + "}\n");
  articles.clear();
  CHECK(ReadAll({"-"}, ends_in_backslash, articles) ==
        std::vector<std::string>{"<stdin>:1: malformed JSON: nested deeper than 64 levels (at byte "
                                 "95)"});
}

TEST_CASE("a byte order mark opening a JSON Lines or text file is skipped") {
  irkg::testing::TempDir dir;
  const std::string bom = "\xEF\xBB\xBF";
  irkg::testing::WriteFile(dir.File("a.jsonl"),
                           bom + "{\"id\": \"a\", \"date\": \"2020-01-02\", \"text\": \"T.\"}\n");
  irkg::testing::WriteFile(dir.File("b.txt"), bom + "Date: 2023-03-21\nXi arrived in Moscow.\n");
  std::vector<Article> articles;
  std::istringstream in(bom + "{\"id\": \"s\", \"date\": \"2020-01-03\", \"text\": \"T.\"}\n");
  CHECK(ReadAll({dir.path().string(), "-"}, in, articles).empty());
  REQUIRE(articles.size() == 3);
  CHECK(articles[0].id == "a");
  CHECK(irkg::graph::FormatDate(*articles[1].date) == "2023-03-21");
  CHECK(articles[1].text == "Xi arrived in Moscow.\n");
  CHECK(articles[2].id == "s");
}

TEST_CASE("a missing or non-string date is a warning, and the article is read undated") {
  std::istringstream in(
      "{\"id\": \"a\", \"text\": \"T.\"}\n"
      "{\"id\": \"b\", \"date\": 20200101, \"text\": \"T.\"}\n"
      "{\"id\": \"c\", \"date\": null, \"text\": \"T.\"}\n"
      "{\"id\": \"d\", \"date\": [\"2020-01-01\"], \"text\": \"T.\"}\n");
  std::vector<Article> articles;
  Diagnostics diagnostics;
  ReadArticles(
      {"-"}, {}, in, [&](Article&& a) { articles.push_back(std::move(a)); }, diagnostics);
  CHECK(Messages(diagnostics) ==
        std::vector<std::string>{
            "<stdin>:1: warning: article a has no \"date\": stored undated",
            "<stdin>:2: warning: article b: \"date\" is not a string (expected \"YYYY-MM-DD\"): "
            "stored undated",
            "<stdin>:3: warning: article c has no \"date\": stored undated",
            "<stdin>:4: warning: article d: \"date\" is not a string (expected \"YYYY-MM-DD\"): "
            "stored undated",
        });
  CHECK(std::all_of(diagnostics.begin(), diagnostics.end(),
                    [](const irkg::Diagnostic& d) { return d.warning; }));
  REQUIRE(articles.size() == 4);
  CHECK_FALSE(articles[1].date);
}

TEST_CASE("a read error is reported with the line it stopped at") {
  // The kernel refuses to read a process's unmapped memory with EIO.
  std::vector<Article> articles;
  std::istringstream no_stdin;
  CHECK(ReadAll({"/proc/self/mem"}, no_stdin, articles) ==
        std::vector<std::string>{
            "/proc/self/mem:1: read error: Input/output error; reading stopped after line 0"});
  // Standard input failing after two lines.
  FailingBuffer buffer(ArticleLines(0, 2));
  std::istream failing(&buffer);
  CHECK(ReadAll({"-"}, failing, articles) ==
        std::vector<std::string>{
            "<stdin>:3: read error: Input/output error; reading stopped after line 2"});
  CHECK(articles.size() == 2);
}

TEST_CASE("standard input: gzip is recognised by its first bytes, it may hold one text article") {
  std::vector<Article> articles;
  std::istringstream gz(Gzip(ArticleLines(0, 3)));
  CHECK(ReadAll({"-"}, gz, articles).empty());
  REQUIRE(articles.size() == 3);
  CHECK(articles[2].id == "g2");
  CHECK(articles[2].origin == "<stdin>:3");

  ReadOptions text;
  text.stdin_format = StdinFormat::kText;
  for (const std::string& input : {std::string("Date: 2023-03-21\nXi arrived in Moscow.\n"),
                                   Gzip("Date: 2023-03-21\nXi arrived in Moscow.\n")}) {
    std::istringstream in(input);
    articles.clear();
    Diagnostics diagnostics;
    ReadArticles(
        {"-"}, text, in, [&](Article&& a) { articles.push_back(std::move(a)); }, diagnostics);
    CHECK(Messages(diagnostics).empty());
    REQUIRE(articles.size() == 1);
    CHECK(articles[0].id == "stdin");
    CHECK(irkg::graph::FormatDate(*articles[0].date) == "2023-03-21");
    CHECK(articles[0].text == "Xi arrived in Moscow.\n");
  }
  // A lone 0x1f is no gzip header: the line is read, and reported, as JSON.
  std::istringstream odd("\x1f{}\n");
  articles.clear();
  CHECK(ReadAll({"-"}, odd, articles) ==
        std::vector<std::string>{"<stdin>:1: malformed JSON: Invalid value. (at byte 0)"});
}

TEST_CASE("a .txt.gz file is one text article") {
  irkg::testing::TempDir dir;
  irkg::testing::WriteFile(dir.File("visit.txt.gz"),
                           Gzip("Date: 2023-03-21\nXi arrived in Moscow.\n"));
  std::vector<Article> articles;
  std::istringstream no_stdin;
  CHECK(ReadAll({dir.path().string()}, no_stdin, articles).empty());
  REQUIRE(articles.size() == 1);
  CHECK(articles[0].id == "visit.txt.gz");
  CHECK(articles[0].text == "Xi arrived in Moscow.\n");
}

TEST_CASE("a directory with a symlink loop and a FIFO is read without hanging") {
  irkg::testing::TempDir dir;
  irkg::testing::WriteFile(dir.File("a.jsonl"), ArticleLines(0, 2));
  std::filesystem::create_directory_symlink(dir.path(), dir.path() / "loop");
  std::filesystem::create_symlink(dir.path() / "self.jsonl", dir.path() / "self.jsonl");
  REQUIRE(mkfifo(dir.File("pipe.jsonl").c_str(), 0600) == 0);  // never opened: no writer
  std::vector<Article> articles;
  std::istringstream no_stdin;
  CHECK(ReadAll({dir.path().string()}, no_stdin, articles).empty());
  CHECK(articles.size() == 2);
}
