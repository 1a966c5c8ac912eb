#include "irkg/ingest/article_reader.h"

#include <doctest/doctest.h>
#include <zlib.h>

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
    out += "{\"id\": \"g" + std::to_string(i) + "\", \"text\": \"Article number " +
           std::to_string(i * 7919) + " says Russia met China.\"}\n";
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
  std::istringstream in("{\"id\": \"s1\", \"text\": \"A text.\"}\nnot json\n");
  std::vector<Article> articles;
  Diagnostics diagnostics;
  ReadArticles(
      {"-"}, {}, in, [&](Article&& a) { articles.push_back(a); }, diagnostics);
  REQUIRE(articles.size() == 1);
  CHECK(articles[0].id == "s1");
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].ToString() == "<stdin>:2: malformed JSON: Invalid value. (at byte 1)");
}

TEST_CASE("statements carry their speaker; a UN General Debate statement addresses the UN") {
  std::istringstream in(
      "{\"id\": \"u1\", \"text\": \"We agree.\", \"speaker_country\": \"ARG\"}\n"
      "{\"id\": \"u2\", \"text\": \"We agree.\", \"speaker\": \"FRA\", "
      "\"addressee\": \"EU\"}\n"
      "{\"id\": \"u3\", \"text\": \"They agree.\"}\n");
  std::vector<Article> articles;
  Diagnostics diagnostics;
  ReadArticles(
      {"-"}, {}, in, [&](Article&& a) { articles.push_back(a); }, diagnostics);
  REQUIRE(articles.size() == 3);
  CHECK(articles[0].speaker == "ARG");
  CHECK(articles[0].addressee == "UN");
  CHECK(articles[1].speaker == "FRA");
  CHECK(articles[1].addressee == "EU");
  CHECK(articles[2].speaker.empty());
  CHECK(articles[2].addressee.empty());
}

TEST_CASE("gzip files are read line by line, member after member") {
  irkg::testing::TempDir dir;
  const std::string path = dir.File("news.jsonl.gz");
  std::string last = "{\"id\": \"end\", \"text\": \"No line break after this one.\"}";
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
  CHECK(diagnostics.empty());
  std::vector<std::string> ids;
  for (const Article& a : articles) ids.push_back(a.id);
  CHECK(ids ==
        std::vector<std::string>{"a/talks.txt", "b/c/talks.txt", "n1", "top.txt", "talks.txt"});
  CHECK(articles[1].origin_file == dir.File("b/c/talks.txt"));
  CHECK(articles[1].origin_line == 0);
  CHECK(articles[2].origin_file == dir.File("b/news.jsonl"));
  CHECK(articles[2].origin_line == 2);
}
