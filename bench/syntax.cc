// Tagging and parsing throughput: the news of a corpus split into sentences and tokenised as the
// extractor does it, held in memory, then tagged and parsed on one thread (best of five passes).
// Times are the thread's CPU time, not wall time: on a shared machine the wall clock also counts
// the time the thread waited for a core.
// Usage: irkg_bench_syntax MODEL CORPUS.jsonl[.gz]
#include <chrono>
#include <cstdio>
#include <ctime>
#include <sstream>
#include <string>
#include <vector>

#include "irkg/ingest/article_reader.h"
#include "irkg/ingest/text.h"
#include "irkg/syntax/parser.h"

namespace {

double CpuSeconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: %s MODEL CORPUS\n", argv[0]);
    return 2;
  }
  using Clock = std::chrono::steady_clock;
  auto secs = [](auto d) { return std::chrono::duration<double>(d).count(); };
  auto t0 = Clock::now();
  auto parser = irkg::syntax::Parser::Load(argv[1]);
  const double load = secs(Clock::now() - t0);

  irkg::Diagnostics diagnostics;
  std::vector<std::string> texts;
  std::istringstream no_stdin;
  irkg::ingest::ReadArticles(
      {argv[2]}, {}, no_stdin,
      [&](irkg::graph::Article&& a) { texts.push_back(std::move(a.text)); }, diagnostics);
  // Sentences as spans of one flat array of words (views into `texts`).
  std::vector<std::string_view> words;
  std::vector<std::pair<size_t, size_t>> sentences;
  size_t bytes = 0;
  for (const std::string& text : texts) {
    bytes += text.size();
    for (const irkg::ingest::SentenceSpan& s : irkg::ingest::SplitSentences(text)) {
      const std::string_view sentence = std::string_view(text).substr(s.begin, s.end - s.begin);
      const irkg::ingest::TokenizedText tokenized = irkg::ingest::Tokenize(sentence);
      if (tokenized.tokens.empty() || tokenized.tokens.size() > irkg::syntax::Parser::kMaxWords) {
        continue;
      }
      const size_t first = words.size();
      for (const irkg::ingest::Token& t : tokenized.tokens) {
        words.push_back(sentence.substr(t.begin, t.end - t.begin));
      }
      sentences.emplace_back(first, words.size() - first);
    }
  }
  const std::span<const std::string_view> all(words);
  irkg::syntax::ParsedSentence parsed;
  auto best_of_five = [&](bool parse) {
    double best = 0;
    size_t checksum = 0;
    for (int pass = 0; pass < 5; ++pass) {
      checksum = 0;
      const double start = CpuSeconds();
      for (auto [first, count] : sentences) {
        if (parse) {
          parser->Parse(all.subspan(first, count), parsed);
          checksum += static_cast<size_t>(parsed.heads[0] + 1);
        } else {
          parser->Tag(all.subspan(first, count), parsed);
          checksum += static_cast<size_t>(parsed.tags[0]);
        }
      }
      const double took = CpuSeconds() - start;
      if (pass == 0 || took < best) best = took;
    }
    std::fprintf(stderr, "checksum %zu\n", checksum);
    return best;
  };
  const double tag = best_of_five(false);
  const double parse = best_of_five(true);
  const double n = static_cast<double>(words.size());
  std::printf("model: loaded in %.3f s\n", load);
  std::printf("corpus: %zu articles, %.1f MB, %zu sentences, %zu tokens\n", texts.size(),
              static_cast<double>(bytes) / 1e6, sentences.size(), words.size());
  std::printf("tagging: %.3f s = %.0f tokens/s (CPU time, best of 5)\n", tag, n / tag);
  std::printf(
      "tagging and parsing: %.3f s = %.0f tokens/s = %.1f MB/s of text (CPU time, best of 5)\n",
      parse, n / parse, static_cast<double>(bytes) / 1e6 / parse);
  return 0;
}
