#include "irkg/syntax/lexical.h"

namespace irkg::syntax {
namespace {

constexpr uint64_t kFnvOffset = 0xcbf29ce484222325ULL;
constexpr uint64_t kFnvPrime = 0x100000001b3ULL;

// The longest word prefix that is looked at byte by byte; longer words hash the rest unchanged.
constexpr size_t kMaxBytes = 64;

char ShapeClass(unsigned char c) {
  if (c >= 'A' && c <= 'Z') return 'X';
  if (c >= 'a' && c <= 'z') return 'x';
  if (c >= '0' && c <= '9') return 'd';
  if (c >= 0x80) return 'u';
  return static_cast<char>(c);
}

}  // namespace

void Analyze(std::string_view word, Lexeme& out) {
  // Normalise into a small buffer: curly quotes to straight ones, digits to 0.
  char form[kMaxBytes];
  size_t n = 0;
  for (size_t i = 0; i < word.size() && n < kMaxBytes; ++i) {
    auto c = static_cast<unsigned char>(word[i]);
    if (c == 0xE2 && i + 2 < word.size() && static_cast<unsigned char>(word[i + 1]) == 0x80) {
      auto d = static_cast<unsigned char>(word[i + 2]);
      if (d == 0x98 || d == 0x99) {
        form[n++] = '\'';
        i += 2;
        continue;
      }
      if (d == 0x9C || d == 0x9D) {
        form[n++] = '"';
        i += 2;
        continue;
      }
    }
    form[n++] = (c >= '0' && c <= '9') ? '0' : static_cast<char>(c);
  }
  out.flags = 0;
  if (n > 2 && form[n - 2] == '\'' && (form[n - 1] == 's' || form[n - 1] == 'S')) {
    n -= 2;
    out.flags |= Lexeme::kPossessive;
  }
  if (n > 0 && form[0] >= 'A' && form[0] <= 'Z') out.flags |= Lexeme::kCapitalized;

  uint64_t h_form = kFnvOffset;
  uint64_t h_lower = kFnvOffset;
  char lower[kMaxBytes];
  for (size_t i = 0; i < n; ++i) {
    auto c = static_cast<unsigned char>(form[i]);
    h_form = (h_form ^ c) * kFnvPrime;
    unsigned char l = (c >= 'A' && c <= 'Z') ? static_cast<unsigned char>(c + 32) : c;
    lower[i] = static_cast<char>(l);
    h_lower = (h_lower ^ l) * kFnvPrime;
    if (i < 3) out.prefix[i] = Mix64(h_lower ^ 0x5052454649580000ULL);
  }
  for (size_t i = n; i < 3; ++i) out.prefix[i] = Mix64(h_lower ^ 0x5052454649580000ULL);
  // Words longer than the buffer: the rest counts in the whole-word hashes.
  for (size_t i = kMaxBytes; i < word.size(); ++i) {
    auto c = static_cast<unsigned char>(word[i]);
    h_form = (h_form ^ c) * kFnvPrime;
    h_lower = (h_lower ^ c) * kFnvPrime;
  }
  out.form = Mix64(h_form);
  out.lower = Mix64(h_lower ^ 0x4c4f574552000000ULL);
  uint64_t h_suffix = kFnvOffset;
  for (size_t k = 0; k < 4; ++k) {
    if (k < n) h_suffix = (h_suffix ^ static_cast<unsigned char>(lower[n - 1 - k])) * kFnvPrime;
    out.suffix[k] = Mix64(h_suffix ^ 0x5355464649580000ULL);
  }
  uint64_t h_shape = kFnvOffset;
  char last = 0;
  int run = 0;
  for (size_t i = 0; i < n; ++i) {
    char c = ShapeClass(static_cast<unsigned char>(form[i]));
    if (c == last) {
      if (++run > 2) continue;
    } else {
      last = c;
      run = 1;
    }
    h_shape = (h_shape ^ static_cast<unsigned char>(c)) * kFnvPrime;
  }
  out.shape = Mix64(h_shape ^ 0x5348415045000000ULL);
  out.word = out.lower;
}

}  // namespace irkg::syntax
