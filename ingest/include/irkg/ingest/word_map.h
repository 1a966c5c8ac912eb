#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace irkg::ingest {

/// A hash of a word read eight bytes at a time: words are short, and hashing them is the hottest
/// step of reading text. Each eight-byte chunk (the last padded with zero bytes) is mixed in with
/// one multiplication; a last one with the length spreads every input bit over the low and the
/// high half of the result, which the filters and tables below take.
struct WordHash {
  static constexpr uint64_t kSeed = 0x243F6A8885A308D3ULL;
  static constexpr uint64_t kMultiplier = 0x9E3779B97F4A7C15ULL;

  /// Mixes the next chunk of a word into `h`, which starts at kSeed. A chunk holds eight bytes as
  /// memcpy loads them; the last, shorter one has zero bytes after the word's.
  static uint64_t Step(uint64_t h, uint64_t chunk) {
    h = (h ^ chunk) * kMultiplier;
    return h ^ (h >> 29);
  }
  /// The hash of a word of `length` bytes whose chunks went into `h`.
  static uint64_t Finish(uint64_t h, size_t length) {
    h = (h ^ length) * 0xFF51AFD7ED558CCDULL;
    return h ^ (h >> 32);
  }

  size_t operator()(std::string_view word) const {
    uint64_t h = kSeed;
    size_t i = 0;
    for (; i + 8 <= word.size(); i += 8) {
      uint64_t chunk;
      std::memcpy(&chunk, word.data() + i, 8);
      h = Step(h, chunk);
    }
    if (i < word.size()) {
      uint64_t chunk = 0;
      std::memcpy(&chunk, word.data() + i, word.size() - i);
      h = Step(h, chunk);
    }
    return static_cast<size_t>(Finish(h, word.size()));
  }
};

/// A map from words to values for lookups where most words are absent, as when every word of a
/// text is looked up among the first words of actor names. Build it with operator[], then Seal():
/// a filter of the keys' hashes (16 bits a key, at most 256 Kibit) answers "not here" for all
/// but about one in sixteen other words, and an open-addressing table answers the rest with one
/// hash computation.
template <typename Value>
class WordMap {
 public:
  /// The value for `word`, created empty when absent. Unseals the map.
  Value& operator[](const std::string& word) {
    filter_.clear();
    slots_.clear();
    auto [it, inserted] = index_.try_emplace(word, static_cast<uint32_t>(entries_.size()));
    if (inserted) entries_.emplace_back(word, Value());
    return entries_[it->second].second;
  }

  /// The value for `word`, or nullptr. Safe from several threads at once.
  const Value* Find(std::string_view word) const { return Find(word, WordHash()(word)); }

  /// The same with the word's WordHash already known (tokens carry theirs).
  const Value* Find(std::string_view word, uint64_t h) const {
    if (slots_.empty()) {  // not sealed: slower, still right
      auto it = index_.find(std::string(word));
      return it == index_.end() ? nullptr : &entries_[it->second].second;
    }
    const uint64_t bit = h & filter_mask_;
    if (!(filter_[bit >> 6] & (uint64_t{1} << (bit & 63)))) return nullptr;
    const size_t mask = slots_.size() - 1;
    const uint32_t check = static_cast<uint32_t>(h >> 32);
    for (size_t i = Home(h, mask);; i = (i + 1) & mask) {
      const uint64_t slot = slots_[i];
      if (slot == 0) return nullptr;
      if (static_cast<uint32_t>(slot >> 32) != check) continue;
      const auto& entry = entries_[static_cast<uint32_t>(slot) - 1];
      if (entry.first == word) return &entry.second;
    }
  }

  /// Builds the filter and the table; call after the last insertion.
  void Seal() {
    // About 16 filter bits a key, at most 256 Kibit: a small map's filter stays small enough to
    // share the cache with the others.
    uint64_t bits = 512;
    while (bits < entries_.size() * 16 && bits < kMaxFilterBits) bits *= 2;
    filter_mask_ = bits - 1;
    filter_.assign(bits / 64, 0);
    size_t size = 16;
    while (size < entries_.size() * 2) size *= 2;
    slots_.assign(size, 0);
    for (size_t e = 0; e < entries_.size(); ++e) {
      const uint64_t h = WordHash()(entries_[e].first);
      filter_[(h & filter_mask_) >> 6] |= uint64_t{1} << (h & 63);
      size_t i = Home(h, size - 1);
      while (slots_[i] != 0) i = (i + 1) & (size - 1);
      slots_[i] = (h >> 32 << 32) | (e + 1);
    }
  }

  void clear() {
    entries_.clear();
    index_.clear();
    filter_.clear();
    slots_.clear();
  }
  auto begin() { return entries_.begin(); }
  auto end() { return entries_.end(); }
  auto begin() const { return entries_.begin(); }
  auto end() const { return entries_.end(); }
  size_t size() const { return entries_.size(); }

 private:
  static constexpr uint64_t kMaxFilterBits = uint64_t{1} << 18;
  // The slot a probe for hash `h` starts at: a multiplication by 2^64 over the golden ratio
  // spreads the low bits over the upper half, which the probe takes.
  static size_t Home(uint64_t h, size_t mask) {
    return static_cast<size_t>((h * 0x9E3779B97F4A7C15ULL) >> 32) & mask;
  }
  uint64_t filter_mask_ = 0;

  std::vector<std::pair<std::string, Value>> entries_;
  std::unordered_map<std::string, uint32_t> index_;
  std::vector<uint64_t> filter_;
  /// The upper half of the key's hash, then entry index + 1; 0 is empty. A probe reads the
  /// entry only when the hash halves agree.
  std::vector<uint64_t> slots_;
};

}  // namespace irkg::ingest
