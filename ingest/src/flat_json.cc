#include "flat_json.h"

#include <cstdint>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace irkg::ingest {
namespace {

// JSON's white space, ' ', '\n', '\r' and '\t', as bits: one test instead of four.
bool IsJsonSpace(char c) {
  constexpr uint64_t kSpaces =
      (uint64_t{1} << ' ') | (uint64_t{1} << '\n') | (uint64_t{1} << '\r') | (uint64_t{1} << '\t');
  const auto b = static_cast<unsigned char>(c);
  return b <= ' ' && ((kSpaces >> b) & 1) != 0;
}

// The first byte at or after `i` that ends a string's run of plain bytes: a quote, a backslash
// or a control character (NUL included); s.size() when none does.
size_t SkipPlain(std::string_view s, size_t i) {
#ifdef __SSE2__
  const __m128i quote = _mm_set1_epi8('"');
  const __m128i backslash = _mm_set1_epi8('\\');
  const __m128i last_control = _mm_set1_epi8(0x1F);
  for (; i + 16 <= s.size(); i += 16) {
    const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    // A byte is at most 0x1F where the unsigned maximum with 0x1F leaves 0x1F.
    const __m128i control = _mm_cmpeq_epi8(_mm_max_epu8(block, last_control), last_control);
    const __m128i hits = _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(block, quote), _mm_cmpeq_epi8(block, backslash)), control);
    if (const int mask = _mm_movemask_epi8(hits)) {
      return i + static_cast<size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
    }
  }
#endif
  for (; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == '"' || c == '\\' || c < 0x20) break;
  }
  return i;
}

// JSON's two-character escapes, as RapidJSON decodes them; 0 for none (\u is not among them).
char Unescaped(char e) {
  switch (e) {
    case '"':
      return '"';
    case '\\':
      return '\\';
    case '/':
      return '/';
    case 'b':
      return '\b';
    case 'f':
      return '\f';
    case 'n':
      return '\n';
    case 'r':
      return '\r';
    case 't':
      return '\t';
    default:
      return 0;
  }
}

// Reads the string whose first byte is at `i` (after its opening quote) into `value`, and moves
// `i` past its closing quote. Escapes, when `escapes` allows them, are decoded at the end of
// `unescaped`. False for anything the full parser must see. Inlined: a line has a dozen strings,
// most of them a few bytes long, and a call costs as much as reading one.
[[gnu::always_inline]] inline bool ReadString(std::string_view line, size_t& i, bool escapes,
                                              std::string& unescaped, std::string_view& value) {
  size_t end = SkipPlain(line, i);
  if (end < line.size() && line[end] == '"') {  // the common case: nothing to decode
    value = line.substr(i, end - i);
    i = end + 1;
    return true;
  }
  if (!escapes) return false;
  const size_t start = unescaped.size();
  size_t run = i;  // the plain bytes not yet copied: [run, end)
  while (end < line.size() && line[end] == '\\') {
    const char e = end + 1 < line.size() ? Unescaped(line[end + 1]) : 0;
    if (e == 0) return false;
    unescaped.append(line.data() + run, end - run).push_back(e);
    run = end + 2;
    end = SkipPlain(line, run);
  }
  if (end >= line.size() || line[end] != '"') return false;  // unterminated, or a control byte
  unescaped.append(line.data() + run, end - run);
  value = std::string_view(unescaped).substr(start);
  i = end + 1;
  return true;
}

}  // namespace

bool ReadFlatObject(std::string_view line, std::string& unescaped,
                    std::vector<FlatMember>& members) {
  members.clear();
  unescaped.clear();
  // Decoding never lengthens a string: with this room, `unescaped` is not reallocated below, and
  // the values that point into it stay valid.
  unescaped.reserve(line.size());
  size_t i = 0;
  auto skip_space = [&] {
    while (i < line.size() && IsJsonSpace(line[i])) ++i;
  };
  auto next_is = [&](char c) { return i < line.size() && line[i] == c; };
  skip_space();
  if (!next_is('{')) return false;
  ++i;
  skip_space();
  if (next_is('}')) {
    ++i;
  } else {
    for (;;) {
      FlatMember member;
      if (!next_is('"')) return false;
      ++i;
      if (!ReadString(line, i, /*escapes=*/false, unescaped, member.key)) return false;
      skip_space();
      if (!next_is(':')) return false;
      ++i;
      skip_space();
      if (next_is('"')) {
        ++i;
        if (!ReadString(line, i, /*escapes=*/true, unescaped, member.value)) return false;
      } else if (line.substr(i, 4) == "null") {
        i += 4;
        member.null = true;
      } else {
        return false;
      }
      members.push_back(member);
      skip_space();
      if (next_is(',')) {
        ++i;
        skip_space();
        continue;
      }
      if (!next_is('}')) return false;
      ++i;
      break;
    }
  }
  skip_space();
  return i == line.size();
}

}  // namespace irkg::ingest
