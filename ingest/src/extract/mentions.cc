#include "extract/stages.h"

namespace irkg::ingest::extract {

using namespace std::literals;

void ArticleExtraction::Prepare() {
  const std::string& text = article_.text;
  std::vector<SentenceSpan> spans = SplitSentences(text);
  if (pool_.size() < spans.size()) pool_.resize(spans.size());
  sentences_ = std::span<Sentence>(pool_.data(), spans.size());
  char_offsets_.reserve(spans.size());
  bool open = false;
  uint32_t chars = 0;
  uint32_t last_byte = 0;
  for (size_t index = 0; index < spans.size(); ++index) {
    const SentenceSpan& span = spans[index];
    Sentence& s = sentences_[index];
    s.Reset(span);
    chars += CountCodePoints(std::string_view(text).substr(last_byte, span.begin - last_byte));
    last_byte = span.begin;
    char_offsets_.push_back(chars);
    TokenizeInto(std::string_view(text).substr(span.begin, span.end - span.begin), span.begin,
                 s.tokens, s.keys);
    s.in_quote.resize(s.tokens.size());
    for (size_t i = 0; i < s.tokens.size(); ++i) {
      std::string_view k = s.tokens[i].key;
      if (s.tokens[i].is_word) {
        s.in_quote[i] = open;
      } else if (Eq(k, "\""sv)) {
        open = !open;
      } else if (Eq(k, "\xe2\x80\x9c"sv) || Eq(k, "\xc2\xab"sv)) {
        open = true;
      } else if (Eq(k, "\xe2\x80\x9d"sv) || Eq(k, "\xc2\xbb"sv)) {
        open = false;
      } else {
        s.in_quote[i] = open;
      }
    }
    s.quote_open_at_end = open;
    s.classes.resize(s.tokens.size());
    const uint32_t n = static_cast<uint32_t>(s.tokens.size());
    for (uint32_t i = 0; i < n; ++i) {
      const Token& token = s.tokens[i];
      const Extractor::WordInfo* info = words_.Find(token.key, token.hash);
      if (!info) continue;
      s.classes[i] = info->classes;
      if (!token.is_word) continue;
      for (uint32_t tr : info->triggers) {
        if (size_t end = kb_.relations.Match(tr, s.tokens, i, n))
          s.matches.push_back({tr, i, static_cast<uint32_t>(end)});
      }
    }
    if (!s.matches.empty()) last_with_trigger_ = index;
    // A stray quote mark must not swallow the rest of the article: quotes end at paragraphs.
    size_t next = span.end;
    if (next < text.size() && text.find('\n', next) == next) open = false;
  }
  if (trace_ && !spans.empty()) last_with_trigger_ = spans.size() - 1;  // every sentence
  // Only sentences up to the last one that matches a trigger can yield events; those after it
  // are read further only while a quotation runs on to its speaker.
  if (last_with_trigger_ == kNone) return;
  size_t end = last_with_trigger_ + 1;
  while (end < sentences_.size() && sentences_[end - 1].quote_open_at_end) ++end;
  std::vector<IntroducedName> introduced;
  for (size_t i = 0; i < end; ++i) {
    Sentence& s = sentences_[i];
    s.mentions = FindMentions(s.tokens, text, article_.date, kb_.actors);
    CollectIntroducedNames(s.mentions, introduced);
    FindIntroducedNames(s.tokens, introduced, s.mentions);
    FindSpeeches(s);
    Segment(s);
  }
}

}  // namespace irkg::ingest::extract
