// The article reader on arbitrary bytes: as JSON Lines on standard input, as a .txt file and as
// a .jsonl.gz file (the first byte chooses). Every article it passes on must honour the reader's
// contract (an id and some text); nothing may crash.
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "irkg/ingest/article_reader.h"
#include "irkg/ingest/strings.h"

namespace {

const std::filesystem::path& WorkDir() {
  static const std::filesystem::path dir = [] {
    auto d =
        std::filesystem::temp_directory_path() / ("irkg-fuzz-reader-" + std::to_string(getpid()));
    std::filesystem::create_directories(d);
    return d;
  }();
  return dir;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  irkg::Diagnostics diagnostics;
  auto check = [](irkg::graph::Article&& a) {
    if (a.id.empty() || irkg::ingest::Trim(a.text).empty()) std::abort();
  };
  std::istringstream in;
  std::vector<std::string> inputs;
  switch (data[0] % 3) {
    case 0:
      in.str(bytes);
      inputs = {"-"};
      break;
    case 1:
    case 2: {
      const auto path = WorkDir() / (data[0] % 3 == 1 ? "article.txt" : "articles.jsonl.gz");
      std::ofstream(path, std::ios::binary) << bytes;
      inputs = {path.string()};
      break;
    }
  }
  irkg::ingest::ReadArticles(inputs, {}, in, check, diagnostics);
  for (const irkg::Diagnostic& d : diagnostics) {
    if (d.file.empty() || d.message.empty()) std::abort();
  }
  return 0;
}
