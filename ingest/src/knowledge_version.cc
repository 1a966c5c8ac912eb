#include "irkg/ingest/knowledge_version.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <vector>

#include "irkg/graph/error.h"

namespace irkg::ingest {
namespace fs = std::filesystem;

namespace {

// FNV-1a, 64 bits: no cryptographic claim, only "these files differ from those".
class Fnv64 {
 public:
  void Add(const char* data, size_t size) {
    for (size_t i = 0; i < size; ++i) {
      hash_ = (hash_ ^ static_cast<unsigned char>(data[i])) * 0x100000001b3ULL;
    }
  }
  void Add(const std::string& s) { Add(s.data(), s.size() + 1); }  // with its terminator
  void AddFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error(path + ": cannot read");
    std::vector<char> chunk(1 << 16);
    while (in.read(chunk.data(), static_cast<std::streamsize>(chunk.size())) || in.gcount() > 0) {
      Add(chunk.data(), static_cast<size_t>(in.gcount()));
    }
    if (in.bad()) throw Error(path + ": read error");
    Add("", 1);
  }
  std::string Hex() const {
    char out[17];
    std::snprintf(out, sizeof out, "%016llx", static_cast<unsigned long long>(hash_));
    return out;
  }

 private:
  uint64_t hash_ = 0xcbf29ce484222325ULL;
};

bool IsDataFile(const fs::path& p) {
  const std::string ext = p.extension().string();
  return ext == ".actors" || ext == ".agents" || ext == ".words" || ext == ".patterns" ||
         ext == ".model";
}

}  // namespace

std::string KnowledgeBaseVersion(const KnowledgeBaseSources& sources) {
  std::error_code ec;
  if (!fs::is_directory(sources.data_dir, ec)) return {};
  std::vector<std::string> files;
  for (auto it = fs::recursive_directory_iterator(sources.data_dir, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (it->is_regular_file(ec) && IsDataFile(it->path())) {
      files.push_back(it->path().lexically_relative(sources.data_dir).generic_string());
    }
  }
  if (ec) throw Error(sources.data_dir + ": cannot read the data directory: " + ec.message());
  std::sort(files.begin(), files.end());
  Fnv64 hash;
  for (const std::string& f : files) {
    hash.Add(f);
    hash.AddFile((fs::path(sources.data_dir) / f).string());
  }
  for (const std::string& f : sources.actor_files) {
    hash.Add("--actors");
    hash.AddFile(f);
  }
  for (const std::string& f : sources.pattern_files) {
    hash.Add("--patterns");
    hash.AddFile(f);
  }
  return hash.Hex();
}

}  // namespace irkg::ingest
