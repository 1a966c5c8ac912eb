#include <algorithm>

#include "extract/stages.h"

namespace irkg::ingest::extract {

namespace {

// The head words of organisations' names.
bool IsOrganisationHead(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "organization", "organisation", "council",   "agency",     "fund",       "bank",
      "association",  "forum",        "institute", "centre",     "center",     "committee",
      "commission",   "programme",    "program",   "office",     "community",  "union",
      "league",       "alliance",     "movement",  "foundation", "secretariat"};
  return IsOneOf(w, kWords);
}

}  // namespace

using namespace std::literals;

using graph::Relation;

void FindTriggers(const Sentence& s, const RelationLexicon& relations,
                  std::vector<Occurrence>& triggers) {
  triggers.clear();
  if (s.matches.empty()) return;  // most sentences read for the discourse alone
  const auto& t = s.tokens;
  const uint32_t n = static_cast<uint32_t>(t.size());
  // Triggers: the longest pattern at each word that is not part of an actor's name.
  thread_local std::vector<uint8_t> covered;  // its memory kept from sentence to sentence
  covered.assign(n, 0);
  for (const Mention& m : s.mentions) {
    if (m.kind != MentionKind::kPronoun) {
      for (uint32_t k = m.first; k < m.last; ++k) covered[k] = 1;
    }
  }
  size_t next_match = 0;
  for (uint32_t i = 0; i < n;) {
    if (covered[i] || !t[i].is_word) {
      ++i;
      continue;
    }
    while (next_match < s.matches.size() && s.matches[next_match].first < i) ++next_match;
    if (next_match == s.matches.size() || s.matches[next_match].first != i) {
      ++i;  // most words start no trigger
      continue;
    }
    uint32_t best_end = 0, best = 0;
    // "Israeli attacks across Gaza": after a demonym, a word that is a verb and a noun is the noun.
    // Asked only on a tie between a verb and a noun pattern, which few words have.
    // "a Hamas attack": a name after "a" or "an" modifies a noun too; "a Ukrainian drone
    // attack": over a noun or two that name the weapon.
    auto after_adjective = [&s, &t, i] {
      return i > 0 && std::any_of(s.mentions.begin(), s.mentions.end(), [&](const Mention& m) {
               if (m.last > i || !WeaponsBetween(s, m.last, i)) return false;
               return m.kind == MentionKind::kAdjective ||
                      (m.kind != MentionKind::kPronoun && m.first > 0 &&
                       (Eq(t[m.first - 1].key, "a"sv) || Eq(t[m.first - 1].key, "an"sv)));
             });
    };
    // "the attacks", "an attack": after an article, the noun; "suicide attacks by X" too.
    const bool article =
        i > 0 && (Eq(t[i - 1].key, "the"sv) || Eq(t[i - 1].key, "a"sv) || Eq(t[i - 1].key, "an"sv));
    const bool after_article =
        article || (i + 1 < n && t[i].key.ends_with("s") && Eq(t[i + 1].key, "by"sv));
    // "Negroponte's demand to lift": after a possessive, the noun (where the verb's pattern is
    // the word alone; "my country's appeal to" reads the same either way).
    const bool after_possessive =
        i > 0 && IsPossessiveToken(t[i - 1]) &&
        std::any_of(s.mentions.begin(), s.mentions.end(),
                    [i](const Mention& m) { return m.last + 1 == i && !m.actor.empty(); });
    for (size_t k = next_match; k < s.matches.size() && s.matches[k].first == i; ++k) {
      const uint32_t tr = s.matches[k].trigger;
      const uint32_t end = s.matches[k].last;
      const bool noun_preferred = end == best_end && relations.trigger(tr).noun &&
                                  !relations.trigger(best).noun &&
                                  (after_article || after_adjective() ||
                                   (after_possessive && relations.trigger(best).slots.size() == 1));
      if (end <= best_end && !noun_preferred) continue;
      // Actor names may sit inside a gap ("summoned the Chinese ambassador"), not in a word.
      const Trigger& trig = relations.trigger(tr);
      // "a meeting with Putin", "the fight against Israel": after an article, a verb's phrase
      // is a noun's; a noun pattern may take the word instead.
      if (article && !trig.noun && trig.slots.size() > 1 &&
          std::any_of(trig.slots.front().forms.begin(), trig.slots.front().forms.end(),
                      [](const std::string& f) { return f.ends_with("ing"); })) {
        continue;
      }
      bool clean = !covered[end - 1] || trig.slots.size() == 1;
      if (clean) {
        best_end = static_cast<uint32_t>(end);
        best = tr;
      }
    }
    if (!best_end) {
      ++i;
      continue;
    }
    // "warned that ...", "pledged that ...": the verb reports a clause; the clause has the event.
    bool reports_clause = best_end < n && Eq(t[best_end].key, "that"sv) &&
                          relations.trigger(best).relation != Relation::kAgreesWith &&
                          relations.trigger(best).relation != Relation::kRequestsFrom;
    // "five detained Americans", "the jailed journalists": a participle used as an adjective.
    const Trigger& found = relations.trigger(best);
    std::string_view before = i > 0 ? t[i - 1].key : t[i].key;
    // "drought-hit Somalia": part of a hyphenated adjective.
    bool compound = i > 0 && Eq(t[i - 1].key, "-"sv) && !t[i].space_before;
    // "hundreds of attack drones", "an attack": a verb's form used as a noun or adjective.
    // "in a shooting near Hebron", "the shelling continued": a gerund after an article.
    bool nominal_use =
        !found.noun && found.slots.size() == 1 && i > 0 &&
        // "air strikes against targets belonging to the PKK"
        ((!t[i].key.ends_with("ing") &&
          (Eq(before, "of"sv) || Eq(before, "against"sv) || Eq(before, "on"sv) ||
           Eq(before, "at"sv) || Eq(before, "in"sv) || Eq(before, "into"sv))) ||
         Eq(before, "an"sv) || Eq(before, "a"sv) || Eq(before, "from"sv) || Eq(before, "the"sv));
    // "a chemical weapons attack", "a drone attack" (but "Houthi drones attack Saudi oil
    // facilities"): a weapon's noun after an article or another weapon's noun.
    // A plural weapon before it is its subject: "Russian cruise missiles hit Kyiv".
    const bool plural_weapon =
        i > 0 && t[i - 1].key.ends_with("s") && !Eq(t[i - 1].key, "weapons"sv);
    nominal_use =
        nominal_use || (!found.noun && found.slots.size() == 1 && i > 1 && IsWeaponWord(s, i - 1) &&
                        !plural_weapon &&
                        (Is(s.classes[i - 2], kWeaponNounsBit) || Eq(t[i - 2].key, "a"sv) ||
                         Eq(t[i - 2].key, "an"sv) || Eq(t[i - 2].key, "the"sv) ||
                         // "killed in rocket or mortar attack", "in drone attack": over a list, or
                         // after a preposition with no article
                         Is(s.classes[i - 2], kPrepsBit) ||
                         ((Eq(t[i - 2].key, "or"sv) || Eq(t[i - 2].key, "and"sv)) && i > 2 &&
                          IsWeaponWord(s, i - 3))));
    // "Tropical Storm Philippe": a capitalised word inside a sentence is part of a name. A
    // noun names an event even so ("the Six-Party Talks"), unless the name is an
    // organisation's ("Organization for Islamic Cooperation", "Council for Mutual Economic
    // Assistance").
    bool in_name = !found.noun && i > 0 && t[i].shape == Shape::kCapitalized && t[i - 1].is_word;
    if (found.noun && t[i].shape == Shape::kCapitalized && i > 0) {
      auto capitalised = [&](uint32_t q) { return t[q].shape == Shape::kCapitalized; };
      auto joiner = [&](uint32_t q) {
        return Eq(t[q].key, "for"sv) || Eq(t[q].key, "of"sv) || Eq(t[q].key, "and"sv) ||
               Eq(t[q].key, "the"sv);
      };
      uint32_t first = i, last = i + 1;
      while (first > 0 && (capitalised(first - 1) ||
                           (joiner(first - 1) && first >= 2 && capitalised(first - 2)))) {
        --first;
      }
      while (last < n &&
             (capitalised(last) || (joiner(last) && last + 1 < n && capitalised(last + 1)))) {
        ++last;
      }
      // The organisation's head after the noun ("Gulf Cooperation Council"), or before it with
      // "for" or "of" ("Organization for Security and Cooperation"); not a name the noun heads
      // ("the Association Agreement").
      for (uint32_t q = first; q < last && !in_name; ++q) {
        in_name =
            IsOrganisationHead(t[q].key) &&
            (q > i || (q + 1 < last && (Eq(t[q + 1].key, "for"sv) || Eq(t[q + 1].key, "of"sv))));
      }
    }
    bool adjectival = compound || nominal_use || in_name;
    adjectival =
        adjectival ||
        (!found.noun && i > 0 &&
         (t[i].key.ends_with("ed") || (t[i].key.ends_with("en") && !Eq(before, "to"sv))) &&
         (Eq(before, "the"sv) || Eq(before, "a"sv) || Eq(before, "an"sv) || Eq(before, "its"sv) ||
          Eq(before, "their"sv) || Eq(before, "his"sv) || Eq(before, "her"sv) ||
          Eq(before, "several"sv) || Eq(before, "two"sv) || Eq(before, "three"sv) ||
          Eq(before, "four"sv) || Eq(before, "five"sv) || (before[0] >= '0' && before[0] <= '9') ||
          Is(s.classes[i - 1], kPrepsBit)));  // "in occupied parts", "from frozen Russian assets"
    // "at the G20 summit", "at the COP26 climate summit": a gathering named as a place is a
    // venue, not an event.
    bool venue = false;
    if (found.noun && Is(s.classes[i], kVenueNounsBit)) {
      for (uint32_t q = i; q-- > 0 && q + 6 > i;) {
        if (Eq(t[q].key, "at"sv)) {
          venue = true;
          break;
        }
        bool modifier = covered[q] || t[q].shape != Shape::kLower || Eq(t[q].key, "the"sv) ||
                        Eq(t[q].key, "a"sv) || Eq(t[q].key, "climate"sv) ||
                        Eq(t[q].key, "annual"sv) || Eq(t[q].key, "-"sv);
        if (!modifier) break;
      }
    }
    // RELATION none: "strikes down a law", "left five dead" are no relations.
    if (!reports_clause && !adjectival && !venue && !found.blocker) {
      triggers.push_back({best, i, best_end});
    }
    i = best_end;
  }
}

void LinkTriggers(const Sentence& s, const RelationLexicon& relations, SentenceTriggers& linked) {
  const auto& t = s.tokens;
  const uint32_t n = static_cast<uint32_t>(t.size());
  const std::vector<Occurrence>& triggers = linked.triggers;
  // "agreed to hold joint exercises", "pledged at the summit to step up cooperation": an
  // agreement or promise whose content is another trigger. Joint agreements are coded as the
  // agreement (PLOVER AGREE); one actor's promise as its content, intended. "decided to" and
  // "plans to" only make their content intended; an invitation's content has not happened.
  std::vector<uint8_t>& dropped = linked.dropped;
  dropped.assign(triggers.size(), 0);
  std::vector<uint8_t>& intended_by_outer = linked.intended_by_outer;
  intended_by_outer.assign(triggers.size(), 0);
  std::vector<int>& inner_of = linked.inner_of;
  inner_of.assign(triggers.size(), -1);
  linked.stance.clear();  // set below, unless the sentence reports a match
  if (triggers.empty()) return;
  // A match report names no relation between the states whose teams play.
  for (uint32_t q = 0; q < n; ++q) {
    const bool sport =
        Is(s.classes[q], kSportWordsBit) ||
        ((Eq(t[q].key, "semi"sv) || Eq(t[q].key, "quarter"sv)) && q + 2 < n &&
         Eq(t[q + 1].key, "-"sv) && (Eq(t[q + 2].key, "final"sv) || Eq(t[q + 2].key, "finals"sv)));
    if (sport) {
      dropped.assign(triggers.size(), 1);
      return;
    }
  }
  // "[1287th meeting]", "[A/35/PV.12]": a bracketed reference in a record names no act.
  {
    uint32_t open = n;  // the last "[" not yet closed
    size_t k = 0;
    for (uint32_t q = 0; q < n && k < triggers.size(); ++q) {
      if (Eq(t[q].key, "["sv)) open = q;
      if (Eq(t[q].key, "]"sv)) {
        for (; k < triggers.size() && triggers[k].first < q; ++k) {
          if (open < triggers[k].first) dropped[k] = 1;
        }
        open = n;
      }
    }
  }
  for (size_t k = 0; k < triggers.size(); ++k) {
    const Occurrence& o = triggers[k];
    // An invitation's, a threat's or a signed document's content has not happened yet.
    const Trigger& outer = relations.trigger(o.trigger);
    const bool invitation = t[o.first].key.starts_with("invit") ||
                            outer.relation == Relation::kThreatens || outer.cameo == "057";
    if (!Is(s.classes[o.first], kIntentionVerbsBit) && !invitation) continue;
    uint32_t to = o.last;
    if (to > 0 && Eq(t[to - 1].key, "to"sv)) {
      --to;
    } else {
      while (to < n && to < o.last + 10 && !Eq(t[to].key, "to"sv) &&
             s.segment[to] == s.segment[o.first]) {
        ++to;
      }
    }
    if (to >= n || !Eq(t[to].key, "to"sv)) continue;
    ++to;
    while (to < n && Is(s.classes[to], kAdverbsBit)) ++to;
    for (size_t j = k + 1; j < triggers.size(); ++j) {
      if (triggers[j].first >= o.last && triggers[j].first <= to + 4) {
        inner_of[k] = static_cast<int>(j);
        if (invitation) dropped[j] = 1;
        break;
      }
    }
  }
  // Plans and decisions are not triggers themselves: mark what follows them as intended.
  for (size_t j = 0; j < triggers.size(); ++j) {
    uint32_t q = triggers[j].first;
    if (q >= 2 && Eq(t[q - 1].key, "to"sv) &&
        (Eq(t[q - 2].key, "decided"sv) || Eq(t[q - 2].key, "plans"sv) ||
         Eq(t[q - 2].key, "planned"sv) || Eq(t[q - 2].key, "intends"sv) ||
         Eq(t[q - 2].key, "set"sv))) {
      intended_by_outer[j] = 1;
    }
  }

  // "is ready to meet Putin", "willing to hold unconditional talks with", "its openness to
  // peace talks with": an offer; "refuses to withdraw from", "unwilling to negotiate with": a
  // rejection.
  std::vector<SentenceTriggers::Stance>& stance = linked.stance;
  stance.assign(triggers.size(), SentenceTriggers::kNoStance);
  for (size_t j = 0; j < triggers.size(); ++j) {
    const uint32_t q = triggers[j].first;
    for (uint32_t p = q; p-- > 1 && p + 5 > q;) {
      if (s.segment[p] != s.segment[q] || !t[p].is_word || t[p].shape != Shape::kLower) break;
      if (Eq(t[p].key, "to"sv) || Eq(t[p].key, "for"sv)) {
        // "the refusal of the United Nations to recognize": over the one who refuses.
        uint32_t w = p - 1;
        while (w > 1 && (t[w].shape == Shape::kCapitalized || t[w].shape == Shape::kUpper)) --w;
        if (w > 1 && w + 1 < p && Eq(t[w].key, "the"sv)) --w;
        if (w > 1 && w + 1 < p && Eq(t[w].key, "of"sv) &&
            (Is(s.classes[w - 1], kRefusalWordsBit) || Is(s.classes[w - 1], kReadinessWordsBit))) {
          stance[j] = Is(s.classes[w - 1], kRefusalWordsBit) ? SentenceTriggers::kRefused
                                                             : SentenceTriggers::kReady;
          break;
        }
        if (Is(s.classes[p - 1], kRefusalWordsBit)) {
          stance[j] = SentenceTriggers::kRefused;
        } else if (Is(s.classes[p - 1], kReadinessWordsBit)) {
          stance[j] = SentenceTriggers::kReady;
        }
        break;
      }
      if (Is(s.classes[p], kPrepsBit) || Is(s.classes[p], kBeFormsBit)) break;
    }
  }

  // "called on the EU to disconnect Russia": what is asked for has not happened.
  for (size_t k = 0; k < triggers.size(); ++k) {
    if (relations.trigger(triggers[k].trigger).relation != Relation::kRequestsFrom) continue;
    for (size_t j = k + 1; j < triggers.size(); ++j) {
      const Occurrence& inner = triggers[j];
      if (s.segment[inner.first] == s.segment[triggers[k].first]) dropped[j] = 1;
    }
  }

  // "vetoed a resolution condemning Israel", "rejected a proposal calling for talks": what a
  // rejected text says is not the rejecter's act.
  for (size_t k = 0; k < triggers.size(); ++k) {
    if (relations.trigger(triggers[k].trigger).relation != Relation::kRejects) continue;
    for (size_t j = k + 1; j < triggers.size(); ++j) {
      const uint32_t q = triggers[j].first;
      if (s.segment[q] != s.segment[triggers[k].first] || q > triggers[k].last + 8) break;
      if (t[q].key.ends_with("ing") && t[q - 1].is_word && t[q - 1].shape == Shape::kLower &&
          !Eq(t[q - 1].key, "and"sv) && !Is(s.classes[q - 1], kPrepsBit)) {
        dropped[j] = 1;
      }
    }
  }

  // "warns of imminent attacks", "fears of a war with", "the risk of sanctions": what is feared
  // or warned of has not happened.
  for (size_t j = 0; j < triggers.size(); ++j) {
    const uint32_t q = triggers[j].first;
    for (uint32_t p = q; p-- > 1 && p + 4 > q;) {
      if (!t[p].is_word || t[p].shape != Shape::kLower) break;
      if (Eq(t[p].key, "of"sv)) {
        if (Is(s.classes[p - 1], kUnrealisedHeadsBit)) dropped[j] = 1;
        break;
      }
    }
  }

  // "North Korea threatens a pre-emptive nuclear strike against": what is threatened, named as
  // the threat's object, has not happened.
  for (size_t k = 0; k < triggers.size(); ++k) {
    if (relations.trigger(triggers[k].trigger).relation != Relation::kThreatens) continue;
    for (size_t j = k + 1; j < triggers.size(); ++j) {
      const uint32_t q = triggers[j].first;
      if (q > triggers[k].last + 6) break;
      // "warns Ukraine against attacking Crimea": the act warned against.
      if (q >= 1 && Eq(t[q - 1].key, "against"sv) && t[q].key.ends_with("ing")) {
        dropped[j] = 1;
        break;
      }
      if (q > triggers[k].last + 5) break;
      bool object = q > triggers[k].last;
      for (uint32_t p = triggers[k].last; p < q && object; ++p) {
        object = (t[p].is_word && t[p].shape == Shape::kLower && !Is(s.classes[p], kPrepsBit) &&
                  !Eq(t[p].key, "and"sv)) ||
                 Eq(t[p].key, "-"sv);
      }
      if (object) dropped[j] = 1;
      break;
    }
  }

  // "a UN request to lift its ban", "a plan to impose tariffs": the content of a request, plan
  // or proposal has not happened.
  // "a threat by Somali militant group al-Shabab to attack": over the one who makes it.
  static constexpr std::string_view kUnrealisedContent[] = {
      "request", "call", "demand",  "appeal", "proposal", "plan",
      "plans",   "bid",  "attempt", "threat", "offer",    "efforts"};
  for (size_t j = 0; j < triggers.size(); ++j) {
    uint32_t q = triggers[j].first;
    if (q >= 2 && Eq(t[q - 1].key, "to"sv)) {
      uint32_t p = q - 2;
      for (uint32_t r = q - 2; r > 1 && r + 10 > q; --r) {
        if (!t[r].is_word && !Eq(t[r].key, "-"sv)) break;
        if (Eq(t[r].key, "by"sv) || Eq(t[r].key, "from"sv)) {
          p = r - 1;
          break;
        }
      }
      if (IsOneOf(t[p].key, kUnrealisedContent)) dropped[j] = 1;
    }
  }
}

}  // namespace irkg::ingest::extract
