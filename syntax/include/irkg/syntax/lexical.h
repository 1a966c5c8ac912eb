#pragma once

#include <cstdint>
#include <string_view>

namespace irkg::syntax {

/// Mixes 64 bits so that every input bit affects every output bit (the MurmurHash3 finaliser).
constexpr uint64_t Mix64(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ULL;
  x ^= x >> 33;
  return x;
}

/// What the tagger and the parser know of a word: hashes of its normalised spellings. Words are
/// normalised before hashing: curly quotes become straight ones, digits become 0, and a
/// possessive "'s" still attached to its word ("Russia's", as some tokenisers leave it) is cut
/// off and recorded in `flags` (kPossessive), so that the word looks like "Russia" followed by
/// the possessive the treebank splits off.
struct Lexeme {
  uint64_t form = 0;        ///< The whole normalised word, case kept.
  uint64_t lower = 0;       ///< Lower-cased (ASCII letters only).
  uint64_t prefix[3] = {};  ///< First 1, 2, 3 bytes of `lower`.
  uint64_t suffix[4] = {};  ///< Last 1, 2, 3, 4 bytes of `lower`.
  uint64_t shape = 0;       ///< Classes of characters (X x d, punctuation as is), runs cut at two.
  /// `lower` for a word of the model's vocabulary; for any other word, a class of unknown
  /// words (its shape and last two letters), which the training set's rare words taught.
  uint64_t word = 0;
  uint32_t flags = 0;

  static constexpr uint32_t kPossessive = 1;
  static constexpr uint32_t kCapitalized = 2;
};

/// Fills `out` for `word` (UTF-8). Allocates nothing; about 30 ns for a short word.
void Analyze(std::string_view word, Lexeme& out);

}  // namespace irkg::syntax
