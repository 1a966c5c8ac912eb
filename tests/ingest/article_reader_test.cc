#include "irkg/ingest/article_reader.h"

#include <doctest/doctest.h>

#include <sstream>

#include "test_support.h"

using namespace irkg::ingest;
using irkg::Diagnostics;
using irkg::graph::Article;

namespace {

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
