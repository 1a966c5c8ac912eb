#include <algorithm>

#include "extract/stages.h"

namespace irkg::ingest::extract {

using namespace std::literals;

using graph::ActorRef;
using graph::Relation;

namespace {

// A word that keeps a judging word and what it judges in one noun phrase: a lower-case word that
// is no preposition, verb of being, negation or conjunction.
bool PhraseWord(const Sentence& s, uint32_t q) {
  const Token& t = s.tokens[q];
  return t.is_word && t.shape == Shape::kLower && !Is(s.classes[q], kPrepsBit) &&
         !Is(s.classes[q], kBeFormsBit) && !Is(s.classes[q], kNegationsBit) &&
         !Eq(t.key, "and"sv) && !Eq(t.key, "or"sv) && !Eq(t.key, "but"sv);
}

// Nouns for the other side of one's struggle or one's backers: what a word of praise or blame
// before them judges is not their possessor ("their imperialist enemies").
bool IsOthersNoun(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "enemy",      "enemies",    "aggressor",   "aggressors", "oppressor", "oppressors",
      "masters",    "allies",     "ally",        "supporters", "backers",   "patrons",
      "opponents",  "adversary",  "adversaries", "foes",       "invaders",  "occupiers",
      "colonizers", "colonisers", "exploiters",  "neighbours", "neighbors"};
  return IsOneOf(w, kWords);
}

// A relation read from something other than a trigger pattern; `origin` names it in the rule
// field.
Trigger BuiltInTrigger(Relation relation, const char* cameo, const char* origin) {
  Trigger t;
  t.relation = relation;
  t.cameo = cameo;
  t.origin = origin;
  return t;
}

bool ShowsVerb(std::string_view w) {
  return Eq(w, "show"sv) || Eq(w, "shows"sv) || Eq(w, "showed"sv) || Eq(w, "shown"sv) ||
         Eq(w, "display"sv) || Eq(w, "displays"sv) || Eq(w, "displayed"sv) ||
         Eq(w, "demonstrate"sv) || Eq(w, "demonstrates"sv) || Eq(w, "demonstrated"sv);
}

}  // namespace

// "the obstinacy of the Houthi militia and its sponsor Iran", "this heinous policy of the United
// States", "the illegal Turkish invasion", "Israel's illegal settlements", "US imperialism",
// "the courageous decision of Mauritania", "his tireless efforts", "Bangladesh showed a spirit
// of accommodation and statesmanship": in a speech, the speaker who judges an actor's conduct in
// words of praise or blame supports or accuses that actor, though no verb says so.
void ArticleExtraction::AddEvaluations(const Sentence& s, const SentenceActors& actors,
                                       std::vector<Candidate>& candidates) const {
  ActorRef speaker;
  // In news, the one who says it judges what is said: "Israeli official Tzachi Hanegbi says
  // that the Houthi attacks on Israel are intolerable". Only one speaker, and not the words that
  // name the speaker.
  const Speech* told = nullptr;
  if (article_.speaker.empty()) {
    for (const Speech& sp : s.speeches) {
      if (sp.speaker < 0 || actors.refs[static_cast<size_t>(sp.speaker)].empty()) continue;
      if (told) return;
      told = &sp;
    }
    if (!told) return;
    speaker = StateOf(actors.refs[static_cast<size_t>(told->speaker)].front());
  } else {
    const graph::Actor* speaker_actor = kb_.actors.Find(article_.speaker);
    if (!speaker_actor) return;
    speaker = kb_.actors.RefOn(*speaker_actor, article_.date);
  }
  const std::string& speaker_side = SideOf(speaker);
  // Words another speaker says are that speaker's judgement, not this one's.
  for (const Speech& sp : s.speeches) {
    if (told || sp.speaker < 0) continue;
    const auto& refs = actors.refs[static_cast<size_t>(sp.speaker)];
    if (refs.empty() || SideOf(refs.front()) != speaker_side) return;
  }
  static const Trigger kBlame =
      BuiltInTrigger(Relation::kAccuses, "111", "english/blame-words.words");
  static const Trigger kPraise =
      BuiltInTrigger(Relation::kSupports, "051", "english/praise-words.words");
  const auto& t = s.tokens;
  const uint32_t n = static_cast<uint32_t>(t.size());
  const size_t count = s.mentions.size();
  auto usable = [&](size_t m) {
    return !actors.refs[m].empty() && s.mentions[m].kind != MentionKind::kPlace;
  };
  // The actors of the group that starts with mention m ("the United Nations, the European
  // Union and other partners"), or of m alone.
  auto judged = [&](size_t m) {
    for (const Group& g : actors.groups) {
      if (g.first == s.mentions[m].first) return GroupRefs(s, actors, g, true);
    }
    return actors.refs[m];
  };
  auto mention_from = [&](uint32_t first) -> int {
    for (size_t m = 0; m < count; ++m) {
      if (s.mentions[m].first == first && usable(m)) return static_cast<int>(m);
    }
    return -1;
  };
  for (uint32_t q = 0; q < n; ++q) {
    // "Russia's aggression", "the Israeli occupation": in a statement of a state's own, an act
    // that blames its doer (news names them as background: "since the Russian invasion").
    const bool act = Is(s.classes[q], kHostileActsBit);
    if (act && told) continue;
    const bool blame = act || Is(s.classes[q], kBlameWordsBit);
    if ((!blame && !Is(s.classes[q], kPraiseWordsBit)) || t[q].shape != Shape::kLower ||
        (s.in_quote[q] && !told) || (told && q >= told->region_first && q < told->region_last)) {
      continue;
    }
    // "Armenian illegal immigrants": people, not a conduct of their state.
    if (q + 1 < n &&
        (t[q + 1].key.starts_with("immigrant"sv) || t[q + 1].key.starts_with("migrant"sv) ||
         Eq(t[q + 1].key, "workers"sv) || Eq(t[q + 1].key, "aliens"sv))) {
      continue;
    }
    // "not illegal", "no less courageous", "a non-aggression pact", "non-racist",
    // "anti-colonialist", "un-constructive".
    if ((q > 1 && Eq(t[q - 1].key, "-"sv) &&
         (Eq(t[q - 2].key, "non"sv) || Eq(t[q - 2].key, "anti"sv) || Eq(t[q - 2].key, "un"sv))) ||
        (q > 0 && Is(s.classes[q - 1], kNegationsBit)) ||
        (q > 1 && Is(s.classes[q - 2], kNegationsBit))) {
      continue;
    }
    int target = -1;
    // "the illegal Turkish invasion", "the racist regime of South Africa".
    // (An article opens another phrase: "through this heinous policy the United States".)
    for (uint32_t r = q + 1; r < n && r <= q + 3 && target < 0; ++r) {
      if (r > q + 1 && (Eq(t[r - 1].key, "the"sv) || Eq(t[r - 1].key, "a"sv))) break;
      target = mention_from(r);
      if (target < 0 && !PhraseWord(s, r)) break;
    }
    // "the obstinacy of the Houthi militia", "the heinous policy of the United States"; not
    // "the occupation of Namibia", "the illegal occupation of Namibia" (the one occupied).
    if (target < 0 && !act) {
      // "the intransigence, obstinacy and refusal of the regime": over a list of such nouns.
      uint32_t of = q + 1;
      while (of < n && of <= q + 6 && !Eq(t[of].key, "of"sv) &&
             (PhraseWord(s, of) || Eq(t[of].key, ","sv) || Eq(t[of].key, "and"sv))) {
        ++of;
      }
      const bool listed =
          of > q + 1 && !Is(s.classes[of - 1], kHostileActsBit) &&
          (Is(s.classes[of - 1], kBlameWordsBit) || Is(s.classes[of - 1], kPraiseWordsBit) ||
           Is(s.classes[of - 1], kRefusalWordsBit));
      if (of < n && Eq(t[of].key, "of"sv) &&
          (of == q + 1 || Is(s.classes[of - 1], kConductNounsBit) || listed)) {
        target = mention_from(of + 1);
        if (target < 0 && of + 2 < n && Eq(t[of + 1].key, "the"sv)) target = mention_from(of + 2);
      }
    }
    // "Israel's illegal settlements", "his tireless efforts", "US imperialism".
    for (size_t m = 0; m < count && target < 0; ++m) {
      const Mention& men = s.mentions[m];
      if (!usable(m) || men.last > q) continue;
      // "the aggressor ... the fruits of his aggression": a person's act names no state.
      if (act && men.kind == MentionKind::kPronoun &&
          (Eq(s.tokens[men.first].key, "his"sv) || Eq(s.tokens[men.first].key, "her"sv))) {
        continue;
      }
      if (men.possessive) {
        uint32_t after = men.last + (men.kind == MentionKind::kPronoun ? 0 : 1);
        bool phrase = after <= q && q <= after + 2;
        for (uint32_t r = after; phrase && r < q; ++r) phrase = PhraseWord(s, r);
        // "their imperialist enemies": the word judges others, the possessor's foes.
        for (uint32_t r = q + 1; phrase && r < n && r <= q + 2; ++r) {
          phrase = !IsOthersNoun(t[r].key);
        }
        if (phrase) target = static_cast<int>(m);
      } else if (men.last == q && men.kind != MentionKind::kPronoun) {
        target = static_cast<int>(m);
      }
    }
    // "the illegal occupation of Namibia by South Africa", "the illegitimate possession of our
    // islands by the United States": the act's doer after "by".
    for (uint32_t r = q + 1; target < 0 && r + 1 < n && r <= q + 10; ++r) {
      if (!t[r].is_word || Is(s.classes[r], kBeFormsBit) || Is(s.classes[r], kClauseBreaksBit) ||
          Is(s.classes[r], kSpeechVerbsBit) || s.segment[r] != s.segment[q]) {
        break;
      }
      if (!Eq(t[r].key, "by"sv)) continue;
      target = mention_from(r + 1);
      if (target < 0 && r + 2 < n && Eq(t[r + 1].key, "the"sv)) target = mention_from(r + 2);
      break;
    }
    // "the Houthi attacks on Israel are intolerable", "Israel's policy is illegal": a judging
    // word after a verb of being judges the doer named in its subject, before the noun of
    // conduct or the act.
    if (target < 0) {
      uint32_t be = q;
      // (Over quotation marks: the attacks are "intolerable".)
      while (be > 0 && (Is(s.classes[be - 1], kAdverbsBit) || Eq(t[be - 1].key, "\""sv) ||
                        Eq(t[be - 1].key, "“"sv))) {
        --be;
      }
      if (be > 0 && Is(s.classes[be - 1], kBeFormsBit)) {
        --be;
        bool conduct = false;
        int doer = -1;
        for (uint32_t r = be; r-- > 0 && r + 9 > be;) {
          if (Eq(t[r].key, ","sv) || Eq(t[r].key, "that"sv) || Is(s.classes[r], kSpeechVerbsBit) ||
              Is(s.classes[r], kClauseBreaksBit)) {
            break;
          }
          // "the accusations about the Saudi attacks are unacceptable" judge the accusers.
          if (Is(s.classes[r], kThatVerbsBit)) {
            doer = -1;
            break;
          }
          conduct |= Is(s.classes[r], kConductNounsBit) ||
                     std::any_of(s.matches.begin(), s.matches.end(),
                                 [r](const Occurrence& o) { return o.first == r; });
          const int m = mention_from(r);
          if (m >= 0 && (r == 0 || !Is(s.classes[r - 1], kPrepsBit))) doer = m;
        }
        if (conduct && doer >= 0 && s.mentions[static_cast<size_t>(doer)].last < be) target = doer;
      }
    }
    // "Bangladesh showed a spirit of accommodation and statesmanship".
    if (target < 0) {
      for (uint32_t v = q; v-- > 0 && v + 8 > q;) {
        if (!ShowsVerb(t[v].key)) continue;
        const Group* subject = nullptr;
        for (const Group& g : actors.groups) {
          if (g.segment == s.segment[v] && g.prep.empty() && g.last <= v && g.last + 3 >= v) {
            subject = &g;
          }
        }
        if (subject) target = subject->members.front();
        break;
      }
    }
    if (target < 0) continue;
    const Occurrence at{0, q, q + 1};
    for (const ActorRef& judged_actor : judged(static_cast<size_t>(target))) {
      if (SideOf(judged_actor) == speaker_side) continue;
      const Relation relation = blame ? Relation::kAccuses : Relation::kSupports;
      // A verb of the same leaning already says it: "we will not recognize Russia's illegal
      // annexation" is a rejection, not a rejection and an accusation.
      const bool known = std::any_of(candidates.begin(), candidates.end(), [&](const Candidate& c) {
        return graph::IsVerbal(c.relation) &&
               graph::IsCooperation(c.relation) == graph::IsCooperation(relation) &&
               c.target.StateLevelId() == judged_actor.StateLevelId() &&
               SideOf(c.source) == speaker_side;
      });
      if (known) continue;
      AddCandidate(candidates, speaker, judged_actor, blame ? kBlame : kPraise, at, "evaluation",
                   0.6, false, graph::Mode::kAsserted);
    }
  }
}

// "Egypt expels the Turkish ambassador, citing interference", "Russia expels two Polish
// diplomats, citing espionage": a hostile act done for the other side's wrongdoing accuses it
// of that wrongdoing too.
void ArticleExtraction::AddCitedReasons(const Sentence& s,
                                        std::vector<Candidate>& candidates) const {
  static const Trigger kCited = BuiltInTrigger(Relation::kAccuses, "112", "cited reason");
  static constexpr std::string_view kWrongs[] = {
      "interference", "meddling",   "espionage", "spying",     "provocation", "provocations",
      "aggression",   "hostility",  "hostile",   "incitement", "subversion",  "subversive",
      "violation",    "violations", "threats",   "insults",    "terrorism",   "sabotage"};
  const auto& t = s.tokens;
  const uint32_t n = static_cast<uint32_t>(t.size());
  for (uint32_t q = 1; q + 1 < n; ++q) {
    if (!Eq(t[q].key, "citing"sv) || !Eq(t[q - 1].key, ","sv)) continue;
    bool wrong = false;
    for (uint32_t r = q + 1; r < n && r <= q + 5 && !wrong; ++r) {
      if (!t[r].is_word && !Eq(t[r].key, "\""sv) && !Eq(t[r].key, "\xe2\x80\x9c"sv)) break;
      wrong = Is(s.classes[r], kBlameWordsBit) || IsOneOf(t[r].key, kWrongs);
    }
    // "citing threats from an alleged Congolese build-up": a wrong of someone else's.
    const bool named = std::any_of(s.mentions.begin(), s.mentions.end(), [&](const Mention& m) {
      return m.first > q && m.first <= q + 8;
    });
    if (!wrong || named) continue;
    for (size_t c = 0, count = candidates.size(); c < count; ++c) {
      const Candidate x = candidates[c];
      const bool hostile = x.relation == Relation::kSanctions || x.relation == Relation::kCoerces ||
                           x.relation == Relation::kRejects || x.relation == Relation::kThreatens;
      if (!hostile || x.anchor >= q || x.negated || x.mode != graph::Mode::kAsserted) continue;
      const Occurrence at{0, q, q + 1};
      AddCandidate(candidates, x.source, x.target, kCited, at, "citing", x.confidence, false,
                   graph::Mode::kAsserted);
    }
  }
}

// "the Rwandan-backed M23", "Iranian-backed Houthi rebels": the backer supports the backed
// (docs/ANNOTATION.md, section 4), in any article. ("The Houthis, backed by Iran," is the
// relation's passive, read with the trigger.)
void ArticleExtraction::AddBackings(const Sentence& s, const SentenceActors& actors,
                                    std::vector<Candidate>& candidates) const {
  static const Trigger kBacking = BuiltInTrigger(Relation::kSupports, "050", "backing");
  const auto& t = s.tokens;
  const uint32_t n = static_cast<uint32_t>(t.size());
  auto backed_word = [](std::string_view w) {
    return Eq(w, "backed"sv) || Eq(w, "supported"sv) || Eq(w, "sponsored"sv) || Eq(w, "funded"sv) ||
           Eq(w, "armed"sv);
  };
  auto usable = [&](size_t m) {
    return !actors.refs[m].empty() && s.mentions[m].kind != MentionKind::kPlace &&
           s.mentions[m].kind != MentionKind::kPronoun;
  };
  for (size_t m = 0; m < s.mentions.size(); ++m) {
    const Mention& backer = s.mentions[m];
    if (backer.actor.empty() || backer.kind == MentionKind::kPlace ||
        backer.kind == MentionKind::kPronoun) {
      continue;
    }
    size_t backed = s.mentions.size();
    uint32_t anchor = 0;
    if (backer.last + 1 < n && Eq(t[backer.last].key, "-"sv) &&
        backed_word(t[backer.last + 1].key)) {
      // "the Rwandan-backed M23", "the Iranian-backed militia group Kata'ib Hezbollah", "US-backed
      // Kurdish Syrian Democratic Forces": the actor right after it, over words that say what
      // kind of group it is (not "a U.N.-backed tribunal indicts Hezbollah").
      anchor = backer.last + 1;
      uint32_t start = anchor + 1;
      while (start < n && start < anchor + 4 && IsGroupKindWord(t[start].key)) ++start;
      for (size_t k = m + 1; k < s.mentions.size(); ++k) {
        if (s.mentions[k].first > start) break;
        if (usable(k)) {
          backed = k;
          break;
        }
      }
    }
    if (backed == s.mentions.size()) continue;
    const Occurrence at{0, anchor, anchor + 1};
    const ActorRef source =
        backer.kind == MentionKind::kAdjective ? StateOf(backer.actor) : backer.actor;
    for (const ActorRef& target : actors.refs[backed]) {
      if (SideOf(source) == SideOf(target)) continue;
      AddCandidate(candidates, source, target, kBacking, at, "backing", 0.7, false,
                   graph::Mode::kAsserted);
    }
  }
}

}  // namespace irkg::ingest::extract
