#pragma once

// One sentence prepared as the extractor's first stage prepares it, for tests of the later stages
// on their own: tokens, word classes, trigger matches, mentions, speeches and clauses.

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract/stages.h"
#include "shipped_knowledge.h"

namespace irkg::testing {

/// The word classes of the shipped grammar lists.
inline const ingest::WordMap<uint32_t>& Classes() {
  static const auto classes = ingest::extract::WordClasses(Shipped().kb->grammar);
  return *classes;
}

/// The month and weekday names of the shipped grammar lists.
inline const ingest::WordMap<int>& DateWords() {
  static const auto words = ingest::extract::DateWords(Shipped().kb->grammar);
  return *words;
}

struct TestSentence {
  std::string text;
  ingest::extract::Sentence s;
  ingest::extract::SentenceActors actors;

  explicit TestSentence(std::string sentence) : text(std::move(sentence)) {
    using namespace ingest;
    const KnowledgeBase& kb = *Shipped().kb;
    s.Reset({0, static_cast<uint32_t>(text.size())});
    TokenizeInto(text, 0, s.tokens, s.keys);
    s.in_quote.assign(s.tokens.size(), 0);
    s.classes.assign(s.tokens.size(), 0);
    const uint32_t n = static_cast<uint32_t>(s.tokens.size());
    for (uint32_t i = 0; i < n; ++i) {
      const Token& token = s.tokens[i];
      if (const uint32_t* c = Classes().Find(token.key, token.hash)) s.classes[i] = *c;
      const auto* triggers = kb.relations.first_words().Find(token.key, token.hash);
      if (!triggers || !token.is_word) continue;
      for (uint32_t tr : *triggers) {
        if (size_t end = kb.relations.Match(tr, s.tokens, i, n))
          s.matches.push_back({tr, i, static_cast<uint32_t>(end)});
      }
    }
    s.mentions = FindMentions(s.tokens, text, std::nullopt, kb.actors);
    extract::FindSpeeches(s);
    extract::Segment(s);
    // Names only, as the coreference stage resolves them when no pronoun needs the discourse.
    actors.refs.resize(s.mentions.size());
    actors.pronoun.resize(s.mentions.size());
    for (size_t m = 0; m < s.mentions.size(); ++m) {
      const Mention& men = s.mentions[m];
      actors.pronoun[m] = men.kind == MentionKind::kPronoun;
      if (!actors.pronoun[m] && men.kind != MentionKind::kPlace && !men.actor.empty())
        actors.refs[m] = {men.actor};
    }
  }

  /// The triggers FindTriggers finds.
  std::vector<ingest::extract::Occurrence> Triggers() const {
    std::vector<ingest::extract::Occurrence> found;
    ingest::extract::FindTriggers(s, Shipped().kb->relations, found);
    return found;
  }

  /// The triggers, found and linked.
  ingest::extract::SentenceTriggers LinkedTriggers() const {
    ingest::extract::SentenceTriggers linked;
    ingest::extract::FindTriggers(s, Shipped().kb->relations, linked.triggers);
    ingest::extract::LinkTriggers(s, Shipped().kb->relations, linked);
    return linked;
  }

  /// The index of the first token whose key is `word`.
  uint32_t At(std::string_view word) const {
    for (uint32_t i = 0; i < s.tokens.size(); ++i) {
      if (s.tokens[i].key == word) return i;
    }
    FAIL("no token '" << word << "' in: " << text);
    return 0;
  }
};

}  // namespace irkg::testing
