#pragma once

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace doctest {
// Failed comparisons of string lists print the lists.
template <>
struct StringMaker<std::vector<std::string>> {
  static String convert(const std::vector<std::string>& list) {
    std::string out = "{";
    for (size_t i = 0; i < list.size(); ++i) out += (i ? ", \"" : "\"") + list[i] + "\"";
    out += "}";
    return String(out.c_str());
  }
};
}  // namespace doctest

namespace irkg::testing {

/// A fresh directory under the system temporary directory, removed with everything in it.
class TempDir {
 public:
  TempDir() {
    std::random_device rd;
    path_ = std::filesystem::temp_directory_path() / ("irkg-test-" + std::to_string(rd()));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  std::string File(const std::string& name) const { return (path_ / name).string(); }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

inline void WriteFile(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

/// Compares `actual` with tests/golden/NAME byte for byte. With IRKG_UPDATE_GOLDEN=1 in the
/// environment the golden file is rewritten instead, to be reviewed as a diff.
inline void CheckGolden(const std::string& name, const std::string& actual) {
  const std::string path = std::string(IRKG_GOLDEN_DIR) + "/" + name;
  if (const char* update = std::getenv("IRKG_UPDATE_GOLDEN");
      update && std::string(update) == "1") {
    WriteFile(path, actual);
    MESSAGE("rewrote " << path);
    return;
  }
  REQUIRE_MESSAGE(std::filesystem::exists(path), path << " is missing (IRKG_UPDATE_GOLDEN=1)");
  const std::string expected = ReadFile(path);
  if (expected != actual) {
    // Point at the first differing line rather than dumping both files.
    std::istringstream a(expected), b(actual);
    std::string la, lb;
    int line = 0;
    while (true) {
      ++line;
      bool ga = static_cast<bool>(std::getline(a, la));
      bool gb = static_cast<bool>(std::getline(b, lb));
      if (!ga && !gb) break;
      if (la != lb || ga != gb) {
        FAIL(name << ":" << line << " differs\n  expected: " << la << "\n  actual:   " << lb);
      }
    }
  }
  CHECK(expected == actual);
}

inline bool SharedAvailable() {
  return std::filesystem::exists(std::string(IRKG_SHARED_DIR) + "/seeds");
}

}  // namespace irkg::testing
