#include "irkg/ingest/text.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <string_view>
#include <unordered_map>

#include "irkg/ingest/strings.h"
#include "irkg/ingest/word_map.h"

namespace irkg::ingest {
namespace {

bool IsAsciiAlpha(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

// Byte classes for reading ASCII tokens: lower-case and upper-case letters, digits, and the
// bytes of multi-byte characters.
constexpr uint8_t kLowerBit = 1;
constexpr uint8_t kUpperBit = 2;
constexpr uint8_t kDigitBit = 4;
constexpr uint8_t kHighBit = 8;
constexpr uint8_t kAlnumBits = kLowerBit | kUpperBit | kDigitBit;
constexpr std::array<uint8_t, 256> kAsciiClass = [] {
  std::array<uint8_t, 256> table{};
  for (int c = 'a'; c <= 'z'; ++c) table[static_cast<size_t>(c)] = kLowerBit;
  for (int c = 'A'; c <= 'Z'; ++c) table[static_cast<size_t>(c)] = kUpperBit;
  for (int c = '0'; c <= '9'; ++c) table[static_cast<size_t>(c)] = kDigitBit;
  for (size_t c = 0x80; c < 256; ++c) table[c] = kHighBit;
  return table;
}();
bool IsAsciiDigit(unsigned char c) { return c >= '0' && c <= '9'; }

// Eight bytes at a time (SWAR): a chunk holds them as memcpy loads them.
constexpr uint64_t kEveryByte = 0x0101010101010101ULL;
constexpr uint64_t kHighBits = 0x8080808080808080ULL;

// The bytes [at, at + size) of `text`, at most eight, as a chunk with zero bytes after them.
uint64_t LoadChunk(std::string_view text, size_t at, size_t size) {
  uint64_t chunk = 0;
  if (at + 8 <= text.size()) {
    std::memcpy(&chunk, text.data() + at, 8);
    if (size >= 8) return chunk;
    if constexpr (std::endian::native == std::endian::little) {
      return chunk & ((uint64_t{1} << (8 * size)) - 1);
    } else {
      return chunk & ~(~uint64_t{0} >> (8 * size));
    }
  }
  std::memcpy(&chunk, text.data() + at, std::min<size_t>(size, 8));
  return chunk;
}

// The high bit of each byte of an ASCII chunk that lies in [lo, hi] (lo > 0). Adding never
// carries from one byte to the next while every byte is below 0x80; a chunk with other bytes
// gives an answer that is not used.
uint64_t AsciiRange(uint64_t chunk, unsigned char lo, unsigned char hi) {
  const uint64_t at_least_lo = chunk + kEveryByte * (0x80u - lo);
  const uint64_t above_hi = chunk + kEveryByte * (0x7Fu - hi);
  return at_least_lo & ~above_hi & kHighBits;
}

// The bit of `bits` (high bits of bytes) that belongs to the chunk's first byte among them.
uint64_t FirstByte(uint64_t bits) {
  if constexpr (std::endian::native == std::endian::little) {
    return bits & (~bits + 1);
  } else {
    return std::bit_floor(bits);
  }
}

// The first byte at or after `i` that is not an ASCII letter or digit, or text.size(): the end
// of a word's run of ASCII, 16 bytes at a time where the processor can.
size_t SkipAsciiAlnum(std::string_view text, size_t i) {
#ifdef __SSE2__
  // Signed comparisons: bytes outside ASCII are negative, below every bound.
  const __m128i case_bit = _mm_set1_epi8(0x20);
  const __m128i before_a = _mm_set1_epi8('a' - 1);
  const __m128i after_z = _mm_set1_epi8('z' + 1);
  const __m128i before_0 = _mm_set1_epi8('0' - 1);
  const __m128i after_9 = _mm_set1_epi8('9' + 1);
  for (; i + 16 <= text.size(); i += 16) {
    const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    // Setting the case bit takes capitals, and nothing else, into 'a'..'z'.
    const __m128i lower = _mm_or_si128(block, case_bit);
    const __m128i letter =
        _mm_and_si128(_mm_cmpgt_epi8(lower, before_a), _mm_cmpgt_epi8(after_z, lower));
    const __m128i digit =
        _mm_and_si128(_mm_cmpgt_epi8(block, before_0), _mm_cmpgt_epi8(after_9, block));
    const unsigned alnum = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(letter, digit)));
    if (alnum != 0xFFFF) return i + static_cast<size_t>(__builtin_ctz(~alnum));
  }
#endif
  while (i < text.size() && (kAsciiClass[static_cast<unsigned char>(text[i])] & kAlnumBits)) ++i;
  return i;
}

// Decodes the code point at `i` (advancing `i`); malformed bytes decode as U+FFFD.
UChar32 Next(std::string_view s, size_t& i) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = byte(i++);
  if (c < 0x80) return c;
  int extra = (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2 : (c & 0xF8) == 0xF0 ? 3 : -1;
  if (extra < 0) return 0xFFFD;
  UChar32 cp = c & (0x3F >> extra);
  for (int k = 0; k < extra; ++k) {
    if (i >= s.size() || (byte(i) & 0xC0) != 0x80) return 0xFFFD;
    cp = (cp << 6) | (byte(i++) & 0x3F);
  }
  return cp;
}

UChar32 Peek(std::string_view s, size_t i) { return i < s.size() ? Next(s, i) : 0; }

bool IsApostrophe(UChar32 c) { return c == '\'' || c == 0x2019 || c == 0x2018; }
bool IsWordChar(UChar32 c) {
  if (c < 0x80)
    return IsAsciiAlpha(static_cast<unsigned char>(c)) ||
           IsAsciiDigit(static_cast<unsigned char>(c));
  return u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK ||
         u_charType(c) == U_COMBINING_SPACING_MARK;
}
// Invisible format characters: soft hyphen, zero-width space and joiners, word joiner,
// directional marks and overrides. Copied text is full of them, and they are no part of a word
// or of the space between words.
bool IsFormatChar(UChar32 c) { return c >= 0x80 && u_charType(c) == U_FORMAT_CHAR; }
bool IsSpace(UChar32 c) {
  if (c < 0x80) return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  return u_isUWhiteSpace(c);
}

}  // namespace

std::string FoldKey(std::string_view utf8) {
  bool ascii = std::all_of(utf8.begin(), utf8.end(),
                           [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (ascii) {
    std::string out(utf8);
    for (char& c : out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    }
    return out;
  }
  UErrorCode status = U_ZERO_ERROR;
  static const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(status);
  icu::UnicodeString in = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  icu::UnicodeString decomposed;
  status = U_ZERO_ERROR;
  nfkd->normalize(in, decomposed, status);
  if (U_FAILURE(status)) decomposed = in;
  icu::UnicodeString stripped;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK || u_charType(c) == U_FORMAT_CHAR) continue;
    if (c == 0x2019 || c == 0x2018) c = '\'';
    if (c == 0x2013 || c == 0x2014 || c == 0x2010 || c == 0x2011) c = '-';
    stripped.append(c);
  }
  stripped.foldCase();
  std::string out;
  stripped.toUTF8String(out);
  return out;
}

Shape ShapeOf(std::string_view word) {
  int letters = 0, upper = 0;
  bool ascii = true;
  for (char c : word) {
    auto b = static_cast<unsigned char>(c);
    if (b >= 0x80) {
      ascii = false;
      break;
    }
    if (!IsAsciiAlpha(b)) continue;
    if (letters++ == 0 && b >= 'a') return Shape::kLower;  // the hot path: lower-case words
    if (b < 'a') ++upper;
  }
  if (ascii) {
    if (letters == 0) return Shape::kOther;
    if (letters >= 2 && upper == letters) return Shape::kUpper;
    return Shape::kCapitalized;
  }
  letters = 0;
  bool first_upper = false, first_seen = false;
  for (size_t i = 0; i < word.size();) {
    UChar32 c = Next(word, i);
    if (!u_isalpha(c)) continue;
    ++letters;
    bool up = u_isupper(c) || u_istitle(c);
    if (up) ++upper;
    if (!first_seen) {
      first_seen = true;
      first_upper = up;
    }
  }
  if (letters == 0) return Shape::kOther;
  if (letters >= 2 && upper == letters) return Shape::kUpper;
  return first_upper ? Shape::kCapitalized : Shape::kLower;
}

uint32_t CountCodePoints(std::string_view utf8) {
  uint32_t n = 0;
  for (char c : utf8) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  }
  return n;
}

std::string_view Utf8Prefix(std::string_view utf8, size_t max_bytes) {
  if (utf8.size() <= max_bytes) return utf8;
  size_t end = max_bytes;
  while (end > 0 && (static_cast<unsigned char>(utf8[end]) & 0xC0) == 0x80) --end;
  return utf8.substr(0, end);
}

namespace {

// A token's text outside ASCII, folded through ICU, and its shape as a word.
struct FoldedPiece {
  std::string key;
  Shape shape;
};

struct PieceHash {
  using is_transparent = void;
  size_t operator()(std::string_view piece) const { return WordHash()(piece); }
};

// Sets the key, shape and hash of a token with bytes outside ASCII. Rare, and kept out of line:
// the ASCII path that calls it stays small enough to keep its values in registers.
[[gnu::noinline]] void FoldOtherToken(std::string_view piece, bool word, TokenKeys& keys,
                                      Token& t) {
  // Folding through ICU costs thousands of instructions, and the same few pieces come back
  // again and again (dashes, typographic quotes, accented names): each thread keeps what it
  // folded, up to a bound.
  constexpr size_t kMaxCached = 1 << 16;
  thread_local std::unordered_map<std::string, FoldedPiece, PieceHash, std::equal_to<>> folded;
  auto it = folded.find(piece);
  if (it == folded.end()) {
    FoldedPiece fresh{FoldKey(piece), ShapeOf(piece)};
    if (folded.size() >= kMaxCached) {
      keys.other.push_back(std::make_unique<std::string>(std::move(fresh.key)));
      t.key = *keys.other.back();
      t.shape = word ? fresh.shape : Shape::kOther;
      t.hash = WordHash()(t.key);
      return;
    }
    it = folded.emplace(std::string(piece), std::move(fresh)).first;
  }
  keys.other.push_back(std::make_unique<std::string>(it->second.key));
  t.key = *keys.other.back();
  t.shape = word ? it->second.shape : Shape::kOther;
  t.hash = WordHash()(t.key);
}

}  // namespace

TokenizedText Tokenize(std::string_view text, uint32_t base) {
  TokenizedText out;
  TokenizeInto(text, base, out.tokens, out.keys);
  return out;
}

void TokenizeInto(std::string_view text, uint32_t base, std::vector<Token>& tokens,
                  TokenKeys& keys) {
  tokens.clear();
  keys.other.clear();
  // Never again in this call: keys point into it. Eight bytes more take the last key's chunk.
  keys.folded.resize(text.size() + 8);
  // News text averages five bytes a token; room for more saves moving the tokens.
  tokens.reserve(text.size() / 3 + 4);
  size_t i = 0;
  bool space = true;
  char* const folded_text = keys.folded.data();
  auto emit = [&](size_t b, size_t e, bool word) __attribute__((always_inline)) {
    Token& t = tokens.emplace_back();
    t.begin = base + static_cast<uint32_t>(b);
    t.end = base + static_cast<uint32_t>(e);
    t.is_word = word;
    t.space_before = space;
    space = false;
    const size_t size = e - b;
    // The common case, ASCII, eight bytes at a time: fold, hash and find the letters together.
    // Most words take one chunk.
    char* const key = folded_text + b;
    uint64_t chunk = LoadChunk(text, b, size);
    uint64_t upper = AsciiRange(chunk, 'A', 'Z');
    uint64_t letters = upper | AsciiRange(chunk, 'a', 'z');
    uint64_t folded = chunk | (upper >> 2);  // 0x80 >> 2 is the case bit
    std::memcpy(key, &folded, 8);            // past the key only into the padding or later keys
    uint64_t h = WordHash::Step(WordHash::kSeed, folded);
    uint64_t high = chunk;
    bool first_upper = (upper & FirstByte(letters)) != 0;
    bool any_letter = letters != 0;
    bool all_upper = upper == letters;
    for (size_t k = 8; k < size; k += 8) {
      chunk = LoadChunk(text, b + k, size - k);
      upper = AsciiRange(chunk, 'A', 'Z');
      letters = upper | AsciiRange(chunk, 'a', 'z');
      folded = chunk | (upper >> 2);
      std::memcpy(key + k, &folded, 8);
      h = WordHash::Step(h, folded);
      high |= chunk;
      if (!any_letter) first_upper = (upper & FirstByte(letters)) != 0;
      any_letter |= letters != 0;
      all_upper &= upper == letters;
    }
    if (!(high & kHighBits)) {
      if (!word || !any_letter) {
        t.shape = Shape::kOther;
      } else if (all_upper) {
        // Capitals only: "NATO" and "US" are upper-case, a lone "A" or "I" capitalised.
        size_t count = 0;
        for (size_t k = b; k < e; ++k)
          count += (kAsciiClass[static_cast<unsigned char>(text[k])] & kUpperBit) != 0;
        t.shape = count >= 2 ? Shape::kUpper : Shape::kCapitalized;
      } else {
        // The first letter decides between a lower-case and a capitalised word.
        t.shape = first_upper ? Shape::kCapitalized : Shape::kLower;
      }
      t.key = std::string_view(key, size);
      t.hash = WordHash::Finish(h, size);
    } else {
      FoldOtherToken(text.substr(b, size), word, keys, t);
    }
  };
  while (i < text.size()) {
    if (text[i] == ' ') {
      ++i;
      space = true;
      continue;
    }
    size_t start = i;
    if (kAsciiClass[static_cast<unsigned char>(text[i])] & kAlnumBits) {
      ++i;  // a word that starts with an ASCII letter or digit, the common case: no decoding
    } else {
      UChar32 c = Next(text, i);
      if (IsSpace(c)) {
        space = true;
        continue;
      }
      if (IsFormatChar(c)) continue;
      if (!IsWordChar(c)) {
        // "'s" after a word: the possessive is its own token.
        if (IsApostrophe(c) && !space && !tokens.empty() && tokens.back().is_word) {
          size_t j = i;
          UChar32 s = Peek(text, j);
          if (s == 's' || s == 'S') {
            Next(text, j);
            if (j >= text.size() || !IsWordChar(Peek(text, j))) {
              emit(start, j, true);
              i = j;
              continue;
            }
          }
        }
        emit(start, i, false);
        continue;
      }
    }
    // A word: letters and digits, with inner apostrophes ("d'Ivoire"), inner periods in dotted
    // abbreviations ("U.S.") and decimal points / thousands separators in numbers.
    size_t end = i;
    bool dotted = false;
    while (end < text.size()) {
      // ASCII letters and digits, the bulk of any word, without decoding.
      end = SkipAsciiAlnum(text, end);
      if (end == text.size() || text[end] == ' ') break;  // a space ends it: the common case
      size_t j = end;
      UChar32 d = Next(text, j);
      // A format character inside a word ("Pu\u00ADtin") leaves it one word.
      if (IsWordChar(d) || (IsFormatChar(d) && j < text.size() && IsWordChar(Peek(text, j)))) {
        end = j;
        continue;
      }
      if ((d == '.' || d == ',') && j < text.size()) {
        // "U.S." / "3.5" / "1,000": a period between single letters, or a separator in a number.
        size_t k = j;
        UChar32 after = Next(text, k);
        bool number = IsAsciiDigit(static_cast<unsigned char>(text[end - 1])) && after < 0x80 &&
                      IsAsciiDigit(static_cast<unsigned char>(after));
        bool abbreviation = d == '.' && IsWordChar(after) && (end - start == 1 || dotted) &&
                            (k >= text.size() || !IsWordChar(Peek(text, k)));
        if (number || abbreviation) {
          end = k;
          dotted = dotted || abbreviation;
          continue;
        }
      }
      if (IsApostrophe(d) && j < text.size() && IsWordChar(Peek(text, j))) {
        size_t k = j;
        UChar32 s = Next(text, k);
        bool possessive =
            (s == 's' || s == 'S') && (k >= text.size() || !IsWordChar(Peek(text, k)));
        bool negation = (s == 't' || s == 'T') && end > start &&
                        (text[end - 1] == 'n' || text[end - 1] == 'N') &&
                        (k >= text.size() || !IsWordChar(Peek(text, k)));
        if (!possessive && !negation) {
          end = k;
          continue;
        }
        if (negation) {
          // "don't" -> "do" + "n't"
          emit(start, end - 1, true);
          space = false;
          emit(end - 1, k, true);
          i = k;
          end = std::string_view::npos;
        }
      }
      break;
    }
    if (end == std::string_view::npos) continue;
    // Keep the final period of a dotted abbreviation ("U.S.").
    if (dotted && end < text.size() && text[end] == '.') ++end;
    emit(start, end, true);
    i = end;
  }
}

namespace {

constexpr std::string_view kAbbreviations[] = {
    "mr",  "mrs", "ms",   "dr",   "gen",  "col",  "lt",   "sgt", "capt", "adm",   "gov", "sen",
    "rep", "rev", "prof", "st",   "jr",   "sr",   "no",   "jan", "feb",  "mar",   "apr", "jun",
    "jul", "aug", "sep",  "sept", "oct",  "nov",  "dec",  "vs",  "etc",  "inc",   "co",  "corp",
    "ltd", "mt",  "ft",   "maj",  "brig", "cmdr", "pres", "amb", "dept", "approx"};

// Words that, capitalised after an abbreviation, plainly start a new sentence.
constexpr std::string_view kSentenceStarters[] = {
    "the", "a",  "an",  "it",  "he", "she", "they",  "we",    "this",    "that",  "these", "those",
    "in",  "on", "but", "and", "i",  "its", "their", "there", "however", "after", "when",  "while"};

bool IsAbbreviation(std::string_view word) {
  if (word.size() == 1 && IsAsciiAlpha(static_cast<unsigned char>(word[0]))) return true;  // "V."
  std::string key = FoldKey(word);
  return IsOneOf(key, kAbbreviations);
}

bool StartsSentence(std::string_view text, size_t i) {
  size_t j = i;
  while (j < text.size() && !IsWordChar(Peek(text, j))) {
    Next(text, j);
  }
  size_t k = j;
  while (k < text.size() && IsWordChar(Peek(text, k))) Next(text, k);
  std::string key = FoldKey(text.substr(j, k - j));
  return IsOneOf(key, kSentenceStarters);
}

bool OpensSentence(UChar32 c) {
  return u_isupper(c) || u_istitle(c) ||
         (c < 0x80 && IsAsciiDigit(static_cast<unsigned char>(c))) || c == '"' || c == 0x201C ||
         c == '\'' || c == 0x2018 || c == '(' || c == '[';
}

// A line break at `at` (the next line starts at `next`) inside a hard-wrapped paragraph, as in
// many UN statements, which wrap sentences at a fixed width. The line runs on when the next line
// starts in lower case, or when the line ends in a comma or hyphen, or ends in a lower-case word
// and is not the first line of the text (which may be a headline).
bool RunsOn(std::string_view text, size_t begin, size_t at, size_t next) {
  size_t e = at;
  while (e > begin && (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '\r')) --e;
  if (e == begin) return false;  // a blank line
  size_t n = next;
  while (n < text.size() && (text[n] == ' ' || text[n] == '\t' || text[n] == '\r')) ++n;
  if (n >= text.size() || text[n] == '\n') return false;
  const char last = text[e - 1];
  const auto first = static_cast<unsigned char>(text[n]);
  if (last == '.' || last == '!' || last == '?' || last == ':' || last == ';') return false;
  if (first >= 'a' && first <= 'z') return true;
  if (last == ',' || last == '-') return true;
  const bool first_line = text.substr(0, at).find('\n') == std::string_view::npos;
  return last >= 'a' && last <= 'z' && !first_line;
}

}  // namespace

// Bytes where a sentence may end: line breaks, '.', '!', '?', and the lead byte of U+2026 '…'.
constexpr std::array<bool, 256> kMayEndSentence = [] {
  std::array<bool, 256> table{};
  for (char c : {'\n', '.', '!', '?'}) table[static_cast<unsigned char>(c)] = true;
  table[0xE2] = true;
  return table;
}();

// The first byte at or after `i` where a sentence may end, or text.size().
size_t SkipToSentenceEnd(std::string_view text, size_t i) {
#ifdef __SSE2__
  const __m128i newline = _mm_set1_epi8('\n');
  const __m128i period = _mm_set1_epi8('.');
  const __m128i bang = _mm_set1_epi8('!');
  const __m128i question = _mm_set1_epi8('?');
  const __m128i ellipsis_lead = _mm_set1_epi8(static_cast<char>(0xE2));
  for (; i + 16 <= text.size(); i += 16) {
    const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    const __m128i hits = _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(block, newline), _mm_cmpeq_epi8(block, period)),
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(block, bang), _mm_cmpeq_epi8(block, question)),
                     _mm_cmpeq_epi8(block, ellipsis_lead)));
    if (const int mask = _mm_movemask_epi8(hits)) {
      return i + static_cast<size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
    }
  }
#endif
  while (i < text.size() && !kMayEndSentence[static_cast<unsigned char>(text[i])]) ++i;
  return i;
}

std::vector<SentenceSpan> SplitSentences(std::string_view text) {
  std::vector<SentenceSpan> out;
  SplitSentencesInto(text, out);
  return out;
}

void SplitSentencesInto(std::string_view text, std::vector<SentenceSpan>& out) {
  out.clear();
  size_t begin = 0;
  auto push = [&](size_t b, size_t e) {
    while (b < e && IsSpace(Peek(text, b))) Next(text, b);
    while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\n' || text[e - 1] == '\t' ||
                     text[e - 1] == '\r')) {
      --e;
    }
    if (e > b) out.push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(e)});
  };
  size_t i = 0;
  while (i < text.size()) {
    // Most bytes cannot end a sentence: skip them, 16 at a time where the processor can.
    i = SkipToSentenceEnd(text, i);
    if (i >= text.size()) break;
    size_t at = i;
    UChar32 c = Next(text, i);
    if (c == '\n') {
      if (RunsOn(text, begin, at, i)) continue;
      push(begin, at);
      begin = i;
      continue;
    }
    if (c != '.' && c != '!' && c != '?' && c != 0x2026) continue;
    // Closing quotes and brackets belong to the sentence they end.
    size_t end = i;
    while (end < text.size()) {
      size_t j = end;
      UChar32 q = Next(text, j);
      if (q == '"' || q == 0x201D || q == '\'' || q == 0x2019 || q == ')' || q == ']' || q == '.' ||
          q == '!' || q == '?') {
        end = j;
      } else {
        break;
      }
    }
    if (end >= text.size()) break;
    size_t j = end;
    UChar32 s = Next(text, j);
    if (!IsSpace(s)) continue;
    while (j < text.size() && Peek(text, j) != '\n' && IsSpace(Peek(text, j))) Next(text, j);
    if (j >= text.size()) break;
    if (Peek(text, j) == '\n') continue;  // the line break splits anyway
    if (!OpensSentence(Peek(text, j))) continue;
    if (c == '.') {
      // The word before the period.
      size_t w = at;
      while (w > begin) {
        size_t back = w - 1;
        while (back > begin && (static_cast<unsigned char>(text[back]) & 0xC0) == 0x80) --back;
        size_t probe = back;
        if (!IsWordChar(Next(text, probe)) && text[back] != '.') break;
        w = back;
      }
      std::string_view word = text.substr(w, at - w);
      bool dotted = word.find('.') != std::string_view::npos;
      if ((dotted || IsAbbreviation(word)) && !StartsSentence(text, j)) continue;
    }
    push(begin, end);
    begin = j;
    i = j;
  }
  push(begin, text.size());
}

}  // namespace irkg::ingest
