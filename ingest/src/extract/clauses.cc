#include <algorithm>

#include "extract/stages.h"

namespace irkg::ingest::extract {

using namespace std::literals;

void FindSpeeches(Sentence& s) {
  const auto& t = s.tokens;
  for (uint32_t i = 0; i < t.size(); ++i) {
    const bool weak = Is(s.classes[i], kWeakSpeechVerbsBit);
    if (s.in_quote[i] || (!Is(s.classes[i], kSpeechVerbsBit) && !weak)) continue;
    // "the United States that ...": a capitalised word inside a sentence is a name.
    if (i > 0 && t[i].shape != Shape::kLower) continue;
    uint32_t verb_end = i + 1;
    if (weak) {
      bool clause_follows = verb_end < t.size() &&
                            (Eq(t[verb_end].key, "that"sv) || Eq(t[verb_end].key, ":"sv) ||
                             Eq(t[verb_end].key, "\""sv) || Eq(t[verb_end].key, "\xe2\x80\x9c"sv));
      bool after_speech = i > 1 && (Eq(t[i - 2].key, ","sv) || Eq(t[i - 1].key, ","sv));
      if (!clause_follows && !after_speech) continue;
    }
    if (Eq(t[i].key, "pointed"sv)) {
      if (verb_end < t.size() && Eq(t[verb_end].key, "out"sv)) {
        ++verb_end;
      } else {
        continue;
      }
    }
    Speech sp;
    if (Eq(t[i].key, "according"sv)) {
      if (verb_end >= t.size() || !Eq(t[verb_end].key, "to"sv)) continue;
      ++verb_end;
      for (size_t m = 0; m < s.mentions.size(); ++m) {
        if (s.mentions[m].first >= verb_end && s.mentions[m].first <= verb_end + 1) {
          sp.speaker = static_cast<int>(m);
          sp.region_first = i;
          sp.region_last = s.mentions[m].last;
          break;
        }
      }
      if (sp.speaker >= 0) s.speeches.push_back(sp);
      continue;
    }
    if (verb_end < t.size() && Eq(t[verb_end].key, "that"sv)) ++verb_end;
    // "Putin told Xi Jinping that Russia ...", "tells his Chinese counterpart that": the one
    // told belongs to the speech, not to the clause that follows.
    if (Eq(t[i].key, "told"sv) || Eq(t[i].key, "tells"sv) || Eq(t[i].key, "tell"sv)) {
      for (uint32_t q = verb_end; q < t.size() && q < verb_end + 7; ++q) {
        if (Eq(t[q].key, "that"sv)) {
          if (q > verb_end) verb_end = q + 1;
          break;
        }
        if (!t[q].is_word || Is(s.classes[q], kPrepsBit) || Is(s.classes[q], kSegmentCuesBit))
          break;
      }
    }
    // The speaker: right before the verb ("Putin said", "the ministry has said"), right after it
    // ("said Putin"), or the nearest actor before it ("Putin, in an interview, said").
    int best = -1;
    for (size_t m = 0; m < s.mentions.size(); ++m) {
      const Mention& men = s.mentions[m];
      if (men.kind == MentionKind::kPlace || men.kind == MentionKind::kAdjective) continue;
      if (s.in_quote[men.first]) continue;
      if (men.last <= i && i - men.last <= 2) best = static_cast<int>(m);
      // "..., said Putin": an inverted speaker after a comma or a closing quote.
      bool inverted = i > 0 && (Eq(t[i - 1].key, ","sv) || Eq(t[i - 1].key, "\""sv) ||
                                Eq(t[i - 1].key, "\xe2\x80\x9d"sv));
      if (men.first == i + 1 && inverted && best < 0) best = static_cast<int>(m);
    }
    // "..., analysts noted.": what was said comes first; the speaker is no actor we know.
    uint32_t comma = i;
    while (comma > 0 && i - comma < 4 && !Eq(t[comma - 1].key, ","sv)) --comma;
    const bool postposed = comma > 0 && Eq(t[comma - 1].key, ","sv);
    if (best < 0 && postposed) {
      sp.region_first = comma;
      sp.region_last = verb_end;
      s.speeches.push_back(sp);  // no speaker, but the content stays a clause of its own
      continue;
    }
    if (best < 0) {
      // The subject of the clause: the first actor before the verb that no preposition governs.
      uint32_t clause_start = 0;
      for (uint32_t k = 0; k < i; ++k) {
        if (Eq(t[k].key, ";"sv) || (s.in_quote[k] && k + 1 < i && !s.in_quote[k + 1])) {
          clause_start = k + 1;
        }
      }
      for (size_t m = 0; m < s.mentions.size() && best < 0; ++m) {
        const Mention& men = s.mentions[m];
        if (men.first < clause_start || men.last > i || s.in_quote[men.first]) continue;
        if (men.kind == MentionKind::kPlace || men.kind == MentionKind::kAdjective) continue;
        uint32_t p = men.first;
        while (p > 0 && Eq(t[p - 1].key, "the"sv)) --p;
        if (p > 0 && Is(s.classes[p - 1], kPrepsBit)) continue;
        best = static_cast<int>(m);
      }
    }
    if (best < 0) continue;
    sp.speaker = best;
    const Mention& men = s.mentions[static_cast<size_t>(best)];
    sp.region_first = std::min<uint32_t>(men.first, i);
    // "the United States, the EU and Canada said": the whole list speaks. A list ends in "and";
    // "... with Ukraine, US officials said" is no list.
    bool list = false;
    for (size_t m = static_cast<size_t>(best); m-- > 0;) {
      bool joined = s.mentions[m].last <= sp.region_first;
      bool has_and = false;
      for (uint32_t k = s.mentions[m].last; k < sp.region_first && joined; ++k) {
        joined = IsConnector(t[k]);
        has_and |= Eq(t[k].key, "and"sv);
      }
      if (!joined || (!list && !has_and)) break;
      list = true;
      sp.region_first = s.mentions[m].first;
    }
    sp.region_last = std::max<uint32_t>(men.last, verb_end);
    s.speeches.push_back(sp);
  }
}

void Segment(Sentence& s) {
  const auto& t = s.tokens;
  s.segment.assign(t.size(), 0);
  uint16_t id = 0;
  for (uint32_t i = 0; i < t.size(); ++i) {
    bool cut = false;
    for (const Speech& sp : s.speeches) {
      if (i == sp.region_first || i == sp.region_last) cut = true;
    }
    // "Mr. Kutesa worked tirelessly and we are grateful to him": "and" before a pronoun that
    // can only be a subject opens a clause of its own. ("President Obama and I agree": "I"
    // ends a list of subjects.)
    const bool short_word = t[i].is_word && t[i].key.size() <= 3;
    if (short_word && Eq(t[i].key, "and"sv) && i + 1 < t.size() &&
        (Eq(t[i + 1].key, "we"sv) || Eq(t[i + 1].key, "they"sv) || Eq(t[i + 1].key, "he"sv) ||
         Eq(t[i + 1].key, "she"sv))) {
      cut = true;
    }
    // "Israel launches airstrikes on Gaza, in response to a rocket attack which killed a Thai
    // worker": the cause set off by a comma after the clause's act is a phrase of its own (not
    // "New Zealand, in response to their wishes, is prepared to", between subject and verb).
    if (short_word && Eq(t[i].key, "in"sv) && i > 0 && Eq(t[i - 1].key, ","sv) &&
        i + 1 < t.size() &&
        (Eq(t[i + 1].key, "response"sv) || Eq(t[i + 1].key, "retaliation"sv) ||
         Eq(t[i + 1].key, "reaction"sv)) &&
        std::any_of(s.matches.begin(), s.matches.end(),
                    [i](const Occurrence& m) { return m.last < i; })) {
      cut = true;
    }
    // "The international community has extended a helping hand, and I should like to convey":
    // a new subject after ", and".
    if (i > 0 && Eq(t[i - 1].key, ","sv) && (Eq(t[i].key, "and"sv) || Eq(t[i].key, "but"sv)) &&
        i + 1 < t.size() &&
        (Eq(t[i + 1].key, "i"sv) || Eq(t[i + 1].key, "we"sv) || Eq(t[i + 1].key, "he"sv) ||
         Eq(t[i + 1].key, "she"sv) || Eq(t[i + 1].key, "they"sv))) {
      cut = true;
    }
    // Most words open no clause: only punctuation and the cue words need the checks below.
    const bool cue = !t[i].is_word || Is(s.classes[i], kClauseBreaksBit | kSegmentCuesBit);
    if (!cue) {
      if (i > 0 && s.in_quote[i] != s.in_quote[i - 1]) cut = true;
      if (cut && i > 0) ++id;
      s.segment[i] = id;
      continue;
    }
    // "we cannot but deplore": "but" after a negation opens no clause.
    const bool but_after_negation =
        Eq(t[i].key, "but"sv) && i > 0 && Is(s.classes[i - 1], kNegationsBit);
    if (Eq(t[i].key, ";"sv) || Eq(t[i].key, ":"sv) ||
        (Is(s.classes[i], kClauseBreaksBit) && !but_after_negation)) {
      cut = true;
    }
    // "... as the United States and South Korea conducted ...": "as" opening a clause; not a
    // name given ("the drug lord known as El Chapo", "a group calling itself").
    if (Eq(t[i].key, "as"sv) && i > 0 && !Eq(t[i - 1].key, "such"sv) &&
        !Eq(t[i - 1].key, "well"sv) && !Eq(t[i - 1].key, "same"sv) &&
        !Eq(t[i - 1].key, "known"sv) && !Eq(t[i - 1].key, "designated"sv) &&
        !Eq(t[i - 1].key, "listed"sv) && i + 1 < t.size() &&
        std::any_of(s.mentions.begin(), s.mentions.end(), [&](const Mention& m) {
          return m.first == i + 1 || (m.first == i + 2 && Eq(t[i + 1].key, "the"sv));
        })) {
      cut = true;
    }
    if (Eq(t[i].key, "that"sv) && i > 0 && Is(s.classes[i - 1], kThatVerbsBit)) cut = true;
    // "... after it recognised ...", "... because Russia refused ...": a new clause.
    if ((Eq(t[i].key, "after"sv) || Eq(t[i].key, "before"sv) || Eq(t[i].key, "because"sv) ||
         Eq(t[i].key, "when"sv) || Eq(t[i].key, "until"sv) || Eq(t[i].key, "since"sv)) &&
        i > 0 && i + 2 < t.size() && [&] {
          // A subject and a finite verb follow: "after Russia attacked", "after protesters
          // stormed"; not "after talks with Russia".
          uint32_t reach = i + 6;  // "until the occupying Soviet troops have been withdrawn"
          for (uint32_t q = i + 1; q < t.size() && q < reach; ++q) {
            if (Eq(t[q].key, "-"sv) && q > i + 1) {  // "after Al-Shabaab gunmen"
              reach += 2;
              continue;
            }
            if (!t[q].is_word || Is(s.classes[q], kPrepsBit)) return false;
            if (q > i + 1 &&
                (t[q].key.ends_with("ed") || Is(s.classes[q], kBeFormsBit) ||
                 Eq(t[q].key, "had"sv) || Eq(t[q].key, "has"sv) || Eq(t[q].key, "have"sv) ||
                 Eq(t[q].key, "struck"sv) || Eq(t[q].key, "hit"sv) || Eq(t[q].key, "shot"sv) ||
                 Eq(t[q].key, "took"sv) || Eq(t[q].key, "sent"sv) || Eq(t[q].key, "began"sv) ||
                 Eq(t[q].key, "broke"sv) || Eq(t[q].key, "fought"sv) || Eq(t[q].key, "left"sv) ||
                 Eq(t[q].key, "met"sv) || Eq(t[q].key, "drove"sv) || Eq(t[q].key, "won"sv) ||
                 Eq(t[q].key, "lost"sv) || Eq(t[q].key, "fled"sv) || Eq(t[q].key, "fell"sv) ||
                 Eq(t[q].key, "withdrew"sv) || Eq(t[q].key, "overran"sv) ||
                 Eq(t[q].key, "held"sv) || Eq(t[q].key, "led"sv) || Eq(t[q].key, "said"sv) ||
                 Eq(t[q].key, "told"sv) || Eq(t[q].key, "gave"sv))) {
              return true;
            }
            // News in the present tense: "when Israeli forces fire at", "after Russia attacks":
            // a trigger right after a named subject, or after its plural noun ("after
            // Al-Shabaab gunmen storm").
            const bool plural_before =
                t[q - 1].is_word && t[q - 1].shape == Shape::kLower &&
                (t[q - 1].key.ends_with("s"sv) || t[q - 1].key.ends_with("men"sv));
            if (q > i + 1 && !t[q].key.ends_with("ing") &&
                std::any_of(s.matches.begin(), s.matches.end(),
                            [q](const Occurrence& m) { return m.first == q; }) &&
                std::any_of(s.mentions.begin(), s.mentions.end(), [&](const Mention& m) {
                  return m.last == q || (m.last + 1 == q && plural_before);
                })) {
              return true;
            }
          }
          return false;
        }()) {
      cut = true;
    }
    if (i > 0 && s.in_quote[i] != s.in_quote[i - 1]) cut = true;
    if (cut && i > 0) ++id;
    s.segment[i] = id;
    if (Eq(t[i].key, ";"sv)) ++id;
  }
}

}  // namespace irkg::ingest::extract
