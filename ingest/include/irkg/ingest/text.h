#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace irkg::ingest {

/// Case-folds and strips accents, so that "Côte d’Ivoire" and "cote d'ivoire" compare equal.
/// ASCII takes a fast path; other text goes through ICU (NFKD, drop combining marks, fold case).
/// Typographic apostrophes and dashes become their ASCII forms; invisible format characters (soft
/// hyphen, zero-width space, word joiner, directional marks) are dropped.
std::string FoldKey(std::string_view utf8);

/// The letter case of a token, as the actor-name rules use it.
enum class Shape : uint8_t {
  kLower,        ///< "the", "iphone"
  kCapitalized,  ///< "Russia", "McDonald"
  kUpper,        ///< "US", "NATO": two or more letters, all capitals
  kOther,        ///< digits, punctuation
};

/// A word or punctuation mark of a sentence.
struct Token {
  uint32_t begin = 0;  ///< Byte offsets into the text that was tokenised.
  uint32_t end = 0;
  std::string_view key;  ///< FoldKey of the token text, held by the TokenKeys of its text.
  uint64_t hash = 0;     ///< WordHash of key, computed once for every lookup of the token.
  Shape shape = Shape::kOther;
  bool is_word = false;      ///< Letters or digits (as opposed to punctuation).
  bool space_before = true;  ///< False when glued to the previous token ("Russia" + "'s").
};

/// Where the keys of a text's tokens live: ASCII tokens' keys at their own offsets in a copy of
/// the text folded byte for byte, the keys of other tokens (folded through ICU) each in a string
/// of its own. Moving it keeps the keys where they are; it cannot be copied.
struct TokenKeys {
  std::vector<char> folded;
  std::vector<std::unique_ptr<std::string>> other;
};

/// A tokenised text: its tokens and the keys they point into.
struct TokenizedText {
  std::vector<Token> tokens;
  TokenKeys keys;
};

/// Splits text into tokens. Possessive "'s" and "n't" become tokens of their own; hyphens and
/// other punctuation are single tokens; dotted abbreviations ("U.S.", "U.N.") stay whole.
/// Invisible format characters are nothing: inside a word they leave it whole (its key without
/// them), between words they are skipped.
/// Offsets are relative to `text`, plus `base`.
TokenizedText Tokenize(std::string_view text, uint32_t base = 0);
/// The same into `tokens` and `keys`, which are cleared first: a reader that keeps them for
/// every sentence allocates nothing once they have grown.
void TokenizeInto(std::string_view text, uint32_t base, std::vector<Token>& tokens,
                  TokenKeys& keys);

/// The shape a name's word must have in text for the name to match there.
Shape ShapeOf(std::string_view word);

/// Number of Unicode code points in a UTF-8 byte range (for character spans).
uint32_t CountCodePoints(std::string_view utf8);

/// The longest prefix of `utf8` of at most `max_bytes` bytes that does not cut a character.
std::string_view Utf8Prefix(std::string_view utf8, size_t max_bytes);

/// A sentence's byte range within its text.
struct SentenceSpan {
  uint32_t begin = 0;
  uint32_t end = 0;
};

/// Splits text into sentences: at ., ! and ? followed by space and a capital, a digit or a quote,
/// and at line breaks. Abbreviations (Mr., Gen., Jan., U.S., initials) do not end a sentence
/// unless the next word plainly starts one ("... by the U.S. The move ..."). Leading and
/// trailing white space is trimmed from each span; empty sentences are dropped.
std::vector<SentenceSpan> SplitSentences(std::string_view text);
/// The same into `spans`, which is cleared first: a reader that keeps it allocates nothing once
/// it has grown.
void SplitSentencesInto(std::string_view text, std::vector<SentenceSpan>& spans);

}  // namespace irkg::ingest
