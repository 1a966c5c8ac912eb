// Actor recognition throughput: tokenising and finding actor mentions in article text, timed over
// a corpus held in memory, so that reading and decompressing the file do not count.
// Usage: irkg_bench_recognize DATA_DIR CORPUS.jsonl[.gz]
#include <chrono>
#include <cstdio>
#include <sstream>
#include <string>
#include <vector>

#include "irkg/ingest/article_reader.h"
#include "irkg/ingest/extractor.h"
#include "irkg/ingest/mention_finder.h"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: %s DATA_DIR CORPUS\n", argv[0]);
    return 2;
  }
  using Clock = std::chrono::steady_clock;
  auto t0 = Clock::now();
  irkg::Diagnostics diagnostics;
  auto kb = irkg::ingest::LoadKnowledgeBase({argv[1], {}, {}}, diagnostics);
  auto t1 = Clock::now();
  std::vector<irkg::graph::Article> articles;
  std::istringstream no_stdin;
  irkg::ingest::ReadArticles(
      {argv[2]}, {}, no_stdin, [&](irkg::graph::Article&& a) { articles.push_back(std::move(a)); },
      diagnostics);
  size_t bytes = 0;
  for (const auto& a : articles) bytes += a.text.size();
  auto t2 = Clock::now();
  size_t mentions = 0;
  for (const auto& a : articles) {
    auto tokens = irkg::ingest::Tokenize(a.text);
    mentions += irkg::ingest::FindMentions(tokens, a.text, a.date, kb->actors).size();
  }
  auto t3 = Clock::now();
  auto secs = [](auto d) { return std::chrono::duration<double>(d).count(); };
  std::printf("knowledge base: %zu actors loaded in %.3f s\n", kb->actors.actors().size(),
              secs(t1 - t0));
  std::printf("recognition: %zu articles, %.1f MB, %zu mentions in %.3f s = %.1f MB/s\n",
              articles.size(), static_cast<double>(bytes) / 1e6, mentions, secs(t3 - t2),
              static_cast<double>(bytes) / 1e6 / secs(t3 - t2));
  return 0;
}
