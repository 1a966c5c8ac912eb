#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace irkg::ingest {

/// FNV-1a over a word: words are short, and hashing them is the hottest step of reading text.
struct WordHash {
  using is_transparent = void;
  size_t operator()(std::string_view word) const {
    uint64_t h = 14695981039346656037ULL;
    for (char c : word) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
    return static_cast<size_t>(h);
  }
};

/// A map from words to values for lookups where most words are absent: a 64-Kibit filter of the
/// keys' hashes answers "not here" for almost every other word without touching the table.
template <typename Value>
class WordMap {
 public:
  /// The value for `word`, created empty when absent. Drops the filter until the next Seal().
  Value& operator[](const std::string& word) {
    filter_.clear();
    return map_[word];
  }

  /// The value for `word`, or nullptr. Safe from several threads at once. Until Seal() is called
  /// after the last insertion, every lookup goes to the table.
  const Value* Find(std::string_view word) const {
    if (!filter_.empty()) {
      size_t bit = WordHash()(word) & 0xFFFF;
      if (!(filter_[bit >> 6] & (uint64_t{1} << (bit & 63)))) return nullptr;
    }
    auto it = map_.find(word);
    return it == map_.end() ? nullptr : &it->second;
  }

  /// Builds the filter; call after the last insertion, before lookups from several threads.
  void Seal() {
    filter_.assign(1024, 0);
    for (const auto& [key, value] : map_) {
      size_t bit = WordHash()(key) & 0xFFFF;
      filter_[bit >> 6] |= uint64_t{1} << (bit & 63);
    }
  }

  void clear() {
    map_.clear();
    filter_.clear();
  }
  auto begin() { return map_.begin(); }
  auto end() { return map_.end(); }
  size_t size() const { return map_.size(); }

 private:
  std::unordered_map<std::string, Value, WordHash, std::equal_to<>> map_;
  std::vector<uint64_t> filter_;
};

}  // namespace irkg::ingest
