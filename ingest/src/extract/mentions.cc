#include <algorithm>
#include <optional>

#include "extract/stages.h"

namespace irkg::ingest::extract {

using namespace std::literals;

namespace {

bool IsQuoteMark(std::string_view k) {
  return Eq(k, "\""sv) || Eq(k, "\xe2\x80\x9c"sv) || Eq(k, "\xe2\x80\x9d"sv) ||
         Eq(k, "\xc2\xab"sv) || Eq(k, "\xc2\xbb"sv);
}

// Words that make a quotation somebody's speech rather than a borrowed phrase.
bool IsSpeakerWord(std::string_view k) {
  return Eq(k, "i"sv) || Eq(k, "we"sv) || Eq(k, "us"sv) || Eq(k, "our"sv) || Eq(k, "my"sv) ||
         Eq(k, "me"sv) || Eq(k, "you"sv) || Eq(k, "your"sv);
}

}  // namespace

// Russian jets "intercept and hit" a US drone, Russia "strongly condemns" the strike, Iran has
// "always welcomed" dialogue: the verb of a clause quoted in a few words right after its
// subject or auxiliary is the reporter's borrowed phrase rather than speech, and the clause
// reads through it. (Quoted objects and descriptions stay quotations: reading through them
// finds more wrong events than right ones.)
void ReleaseScareQuotes(Sentence& s) {
  const std::vector<Token>& t = s.tokens;
  const uint32_t n = static_cast<uint32_t>(t.size());
  // Most sentences quote nothing.
  if (std::none_of(s.in_quote.begin(), s.in_quote.end(), [](auto q) { return q != 0; })) return;
  for (uint32_t open = 1; open + 2 < n; ++open) {
    if (!IsQuoteMark(t[open].key) || !t[open - 1].is_word || !s.in_quote[open + 1]) continue;
    const std::string_view before = t[open - 1].key;
    const bool after_subject = std::any_of(s.mentions.begin(), s.mentions.end(),
                                           [open](const Mention& m) { return m.last == open; });
    const bool after_auxiliary = Eq(before, "has"sv) || Eq(before, "have"sv) ||
                                 Eq(before, "had"sv) || Eq(before, "will"sv) ||
                                 Eq(before, "would"sv) || before.ends_with("ly");
    const bool verb = std::any_of(s.matches.begin(), s.matches.end(), [&](const Occurrence& m) {
      return m.first > open && m.first <= open + 3 && s.in_quote[m.first];
    });
    // "to launch "merciless" military strikes on": a word or two of lower case inside a noun
    // phrase, between its article or verb and its noun.
    auto phrase_word = [&](uint32_t q) {
      return q < n && t[q].is_word && t[q].shape == Shape::kLower &&
             !Is(s.classes[q], kPrepsBit | kBeFormsBit | kClauseBreaksBit | kSegmentCuesBit |
                                   kSpeechVerbsBit | kWeakSpeechVerbsBit) &&
             !Eq(t[q].key, "and"sv) && !Eq(t[q].key, "if"sv);
    };
    bool modifier = phrase_word(open - 1) && open + 2 < n && phrase_word(open + 1) &&
                    (IsQuoteMark(t[open + 2].key) ||
                     (phrase_word(open + 2) && open + 3 < n && IsQuoteMark(t[open + 3].key)));
    if (modifier) {
      const uint32_t close = IsQuoteMark(t[open + 2].key) ? open + 2 : open + 3;
      modifier = phrase_word(close + 1);
    }
    if (!modifier &&
        (!verb || (!after_subject && !after_auxiliary && !IsWeaponWord(s, open - 1)))) {
      continue;
    }
    uint32_t close = open + 1;
    bool speech = false;
    while (close < n && s.in_quote[close] && !IsQuoteMark(t[close].key)) {
      speech |= (!t[close].is_word && !Eq(t[close].key, "-"sv)) || IsSpeakerWord(t[close].key);
      ++close;
    }
    if (close - open - 1 > 4 || close + 1 >= n || !IsQuoteMark(t[close].key) ||
        !t[close + 1].is_word || speech) {
      continue;
    }
    for (size_t q = open + 1; q < close; ++q) s.in_quote[q] = false;
    open = close;
  }
}

void ArticleExtraction::Prepare() {
  const std::string& text = article_.text;
  std::vector<SentenceSpan>& spans = memory_.spans;
  SplitSentencesInto(text, spans);
  std::vector<Sentence>& pool = memory_.sentences;
  if (pool.size() < spans.size()) pool.resize(spans.size());
  sentences_ = std::span<Sentence>(pool.data(), spans.size());
  bool open = false;
  uint32_t chars = 0;
  uint32_t last_byte = 0;
  for (size_t index = 0; index < spans.size(); ++index) {
    const SentenceSpan& span = spans[index];
    Sentence& s = sentences_[index];
    s.Reset(span);
    chars += CountCodePoints(std::string_view(text).substr(last_byte, span.begin - last_byte));
    last_byte = span.begin;
    s.char_begin = chars;
    TokenizeInto(std::string_view(text).substr(span.begin, span.end - span.begin), span.begin,
                 s.tokens, s.keys);
    const uint32_t n = static_cast<uint32_t>(s.tokens.size());
    s.in_quote.resize(n);
    s.classes.resize(n);
    s.starting.resize(n);
    bool judges = false;  // a word of praise or blame, which a speaker may judge an actor by
    std::optional<SentenceWords> words;  // made for the first trigger word, if any
    // One pass over the tokens: quotations, then the word table (grammar classes, names and
    // triggers).
    for (uint32_t i = 0; i < n; ++i) {
      const Token& token = s.tokens[i];
      if (token.is_word) {
        s.in_quote[i] = open;
      } else if (const std::string_view k = token.key; Eq(k, "\""sv)) {
        open = !open;
      } else if (Eq(k, "\xe2\x80\x9c"sv) || Eq(k, "\xc2\xab"sv)) {
        open = true;
      } else if (Eq(k, "\xe2\x80\x9d"sv) || Eq(k, "\xc2\xbb"sv)) {
        open = false;
      } else {
        s.in_quote[i] = open;
      }
      const Extractor::WordInfo* info = words_.Find(token.key, token.hash);
      if (!info) continue;
      s.classes[i] = info->classes;
      if (token.is_word) s.starting[i] = &info->starting;
      judges |= Is(info->classes, kBlameWordsBit | kPraiseWordsBit);
      if (!token.is_word || info->triggers.empty()) continue;
      if (!words) words.emplace(s.tokens);
      for (uint32_t tr : info->triggers) {
        if (size_t end = kb_.relations.Match(tr, s.tokens, i, n, *words))
          s.matches.push_back({tr, i, static_cast<uint32_t>(end)});
      }
    }
    s.quote_open_at_end = open;
    if (!s.matches.empty() || judges) last_with_trigger_ = index;
    // A stray quote mark must not swallow the rest of the article: quotes end at paragraphs.
    size_t next = span.end;
    if (next < text.size() && text[next] == '\n') open = false;
  }
  if (trace_ && !spans.empty()) last_with_trigger_ = spans.size() - 1;  // every sentence
  // Only sentences up to the last one that matches a trigger can yield events; those after it
  // are read further only while a quotation runs on to its speaker.
  if (last_with_trigger_ == kNone) return;
  size_t end = last_with_trigger_ + 1;
  while (end < sentences_.size() && sentences_[end - 1].quote_open_at_end) ++end;
  IntroducedNames introduced;
  for (size_t i = 0; i < end; ++i) {
    Sentence& s = sentences_[i];
    s.mentions = FindMentions(s.tokens, s.starting, text, article_.date, kb_.actors);
    CollectIntroducedNames(s.mentions, introduced);
    FindIntroducedNames(s.tokens, introduced, s.mentions);
    ReleaseScareQuotes(s);
    FindSpeeches(s);
    Segment(s);
  }
}

}  // namespace irkg::ingest::extract
