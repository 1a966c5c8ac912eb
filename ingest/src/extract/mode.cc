#include <algorithm>

#include "extract/stages.h"

namespace irkg::ingest::extract {

using namespace std::literals;

using graph::Mode;
using graph::Relation;

namespace {

// "wish", "want": a wish, which is also the formula of a speaker's saying ("I wish to thank").
bool IsWishWord(std::string_view w) {
  return Eq(w, "wish"sv) || Eq(w, "wishes"sv) || Eq(w, "want"sv) || Eq(w, "wants"sv);
}

}  // namespace

ModeReading ReadMode(const Sentence& s, const Occurrence& o, const Trigger& tr, uint32_t seg_first,
                     uint32_t seg_last, bool intended_by_outer) {
  const auto& t = s.tokens;
  const uint32_t n = static_cast<uint32_t>(t.size());
  ModeReading reading;
  // Negation and mode, read between the clause start and the trigger.
  // A negation belongs to the verb it stands next to: "did not attend the talks, blaming
  // Turkey" negates the attending, not the blaming.
  bool negated = false;
  for (uint32_t q = seg_first; q < o.last; ++q) {
    // "refuses to rule out military force": a pattern's own first word negates nothing.
    if (!Is(s.classes[q], kNegationsBit) || q == o.first) continue;
    // "we cannot but deplore", "I cannot fail to express", "it would be remiss of me not to thank":
    // two negatives affirm. "not the only one to", "spared no effort to", "no doubt": no
    // negation of the act.
    if (q + 1 < n && (Eq(t[q + 1].key, "but"sv) || Eq(t[q + 1].key, "fail"sv))) continue;
    if (q + 2 < n && Eq(t[q + 1].key, "the"sv) && Eq(t[q + 2].key, "only"sv)) continue;
    if (q + 1 < n && (Eq(t[q + 1].key, "only"sv) || Eq(t[q + 1].key, "doubt"sv))) continue;
    if (q > 0 && (t[q - 1].key.starts_with("spar"sv))) continue;
    bool after_remiss = false;
    for (uint32_t r = seg_first; r < q; ++r) after_remiss |= Eq(t[r].key, "remiss"sv);
    if (after_remiss) continue;
    bool comma_between = false, without = false;
    for (uint32_t r = q + 1; r < o.first; ++r) {
      comma_between |= Eq(t[r].key, ","sv);
      without |= Eq(t[r].key, "without"sv);  // "I cannot continue without expressing"
    }
    if (!comma_between && !without) negated = true;
  }
  // "suspends peace talks with", "postpones signing a treaty with": called off. Only its own
  // object: "suspended over Mali's support for Russia" negates nothing.
  // "we shall not give up our negotiations with": a stop denied goes on.
  // ("cancels this year's Negev Summit meeting with": over six words.)
  for (uint32_t q = o.first >= 6 ? o.first - 6 : 0; q < o.first; ++q) {
    if (q < seg_first) continue;
    const std::string_view w = t[q].key;
    const bool give_up = (Eq(w, "give"sv) || Eq(w, "gives"sv) || Eq(w, "gave"sv) ||
                          Eq(w, "giving"sv) || w.starts_with("abandon"sv)) &&
                         q + 1 < o.first &&
                         (Eq(t[q + 1].key, "up"sv) || w.starts_with("abandon"sv));
    if (!Is(s.classes[q], kStopVerbsBit) && !give_up) continue;
    bool phrase = false;
    for (uint32_t r = q + (give_up && !w.starts_with("abandon"sv) ? 2 : 1); r < o.first; ++r) {
      // "France's decision to suspend testing has been welcomed": a verb of its own.
      phrase |= Is(s.classes[r], kPrepsBit) || Eq(t[r].key, ","sv) || Eq(t[r].key, "and"sv) ||
                (Is(s.classes[r], kBeFormsBit) && !Eq(t[r].key, "'s"sv));
    }
    if (phrase) continue;
    const bool denied = (q > seg_first && Is(s.classes[q - 1], kNegationsBit)) ||
                        (q > seg_first + 1 && Is(s.classes[q - 2], kNegationsBit));
    negated = !denied;
  }
  // "Cambodia and Vietnam fail to agree on", "the Senate fails to ratify": the act did not
  // come about. Not the speeches' double negatives and questions: "cannot fail to express",
  // "how can we fail to condemn", "I would be remiss if I failed to thank".
  for (uint32_t q = o.first >= 3 ? o.first - 3 : 0; q + 1 < o.first; ++q) {
    if (q < seg_first) continue;
    const bool fails = Eq(t[q].key, "fails"sv) || Eq(t[q].key, "failed"sv);
    const bool named_subject =
        Eq(t[q].key, "fail"sv) && std::any_of(s.mentions.begin(), s.mentions.end(), [&](auto& m) {
          return m.last == q && m.kind != MentionKind::kPronoun;
        });
    if (!fails && !named_subject) continue;
    bool to_verb = Eq(t[q + 1].key, "to"sv);
    for (uint32_t r = q + 2; to_verb && r < o.first; ++r) to_verb = Is(s.classes[r], kAdverbsBit);
    bool affirmed = false;
    for (uint32_t r = seg_first; r < q; ++r) {
      affirmed |= Is(s.classes[r], kNegationsBit) || Eq(t[r].key, "if"sv) ||
                  Eq(t[r].key, "how"sv) || Eq(t[r].key, "remiss"sv) || Eq(t[r].key, "too"sv);
    }
    if (to_verb && !affirmed) negated = true;
  }
  // "acted without consulting Egypt"; but "cannot continue without expressing" affirms.
  if (o.first > seg_first && Eq(t[o.first - 1].key, "without"sv)) {
    bool negation_before = false;
    for (uint32_t q = seg_first; q + 1 < o.first; ++q)
      negation_before |= Is(s.classes[q], kNegationsBit);
    negated = !negation_before;
  }
  // "rejected the accusation that it had supplied weapons": what others claim is not asserted.
  if (seg_first > 0 && Eq(t[seg_first].key, "that"sv) &&
      (Eq(t[seg_first - 1].key, "accusation"sv) || Eq(t[seg_first - 1].key, "accusations"sv) ||
       Eq(t[seg_first - 1].key, "claim"sv) || Eq(t[seg_first - 1].key, "claims"sv) ||
       Eq(t[seg_first - 1].key, "allegation"sv) || Eq(t[seg_first - 1].key, "allegations"sv) ||
       Eq(t[seg_first - 1].key, "suggestion"sv) || Eq(t[seg_first - 1].key, "suggestions"sv) ||
       Eq(t[seg_first - 1].key, "rumours"sv) || Eq(t[seg_first - 1].key, "reports"sv))) {
    reading.claimed = true;
    return reading;
  }
  // "Maduro denied that Venezuela was planning to invade Guyana": a denied clause.
  if (seg_first > 0 && Eq(t[seg_first].key, "that"sv) &&
      (Eq(t[seg_first - 1].key, "denied"sv) || Eq(t[seg_first - 1].key, "denies"sv) ||
       Eq(t[seg_first - 1].key, "deny"sv) || Eq(t[seg_first - 1].key, "dismissed"sv))) {
    negated = true;
  }
  bool hypothetical = false, intended = intended_by_outer, look_forward = false;
  // "Germany hopes that Serbia will recognise Kosovo": a wished-for clause.
  // "We trust that the United Nations will support": a trust, a hope.
  if (seg_first > 0 && Eq(t[seg_first].key, "that"sv) &&
      (Is(s.classes[seg_first - 1], kHypotheticalMarkersBit) ||
       Eq(t[seg_first - 1].key, "trust"sv) || Eq(t[seg_first - 1].key, "trusts"sv))) {
    hypothetical = true;
  }
  // "Let the United Nations and the Organization of American States meet together in Haiti": a
  // wish (not "let me thank", the speaker's formula, nor "let us pay tribute").
  if (t[0].shape == Shape::kCapitalized && Eq(t[0].key, "let"sv) && n > 1 &&
      !Eq(t[1].key, "me"sv) && !(Eq(t[1].key, "us"sv) && graph::IsVerbal(tr.relation)) &&
      o.first > 1) {
    hypothetical = true;
  }
  // "It is very important now to render every assistance", "it is essential that": a norm.
  for (uint32_t q = seg_first + 1; q + 1 < o.first && q < seg_first + 12; ++q) {
    const std::string_view w = t[q].key;
    const bool norm = Eq(w, "important"sv) || Eq(w, "necessary"sv) || Eq(w, "essential"sv) ||
                      Eq(w, "imperative"sv) || Eq(w, "vital"sv) || Eq(w, "crucial"sv);
    if (!norm) continue;
    uint32_t r = q;
    while (r > seg_first && (Is(s.classes[r - 1], kAdverbsBit) || Eq(t[r - 1].key, "very"sv) ||
                             Eq(t[r - 1].key, "most"sv) || Eq(t[r - 1].key, "particularly"sv))) {
      --r;
    }
    if (r > seg_first && Is(s.classes[r - 1], kBeFormsBit) && r >= seg_first + 2 &&
        Eq(t[r - 2].key, "it"sv)) {
      hypothetical = true;
      break;
    }
  }
  // "I look forward to welcoming East Timor": still to come.
  if (o.first >= 3 && Eq(t[o.first - 1].key, "to"sv) && Eq(t[o.first - 2].key, "forward"sv) &&
      t[o.first - 3].key.starts_with("look"sv)) {
    look_forward = true;
  }
  // A threat's condition is part of the threat: "warned ... that it would respond if ...".
  // After the trigger, only in its own phrase: not "..., amid orders to be searched if".
  for (uint32_t q = seg_first; q < seg_last && tr.relation != Relation::kThreatens; ++q) {
    if (q >= o.last && Eq(t[q].key, ","sv)) break;
    if (Eq(t[q].key, "if"sv) || Eq(t[q].key, "unless"sv)) hypothetical = true;
  }
  // "no peace until Israel withdraws", "only when the Soviet Union withdraws": a condition (not
  // "fighting continued until Israel withdrew").
  const std::string_view trigger_word = t[o.first].key;
  if ((Eq(t[seg_first].key, "until"sv) || Eq(t[seg_first].key, "unless"sv) ||
       (Eq(t[seg_first].key, "when"sv) && seg_first > 0 && Eq(t[seg_first - 1].key, "only"sv))) &&
      !trigger_word.ends_with("ed") && !Eq(trigger_word, "withdrew"sv)) {
    hypothetical = true;
  }
  // "a possible Turkish attack against the PKK", "possible sanctions", "a potential Russian
  // invasion": an act named as possible has not happened.
  for (uint32_t q = o.first; q-- > seg_first && q + 4 > o.first;) {
    const std::string_view w = t[q].key;
    if (Eq(w, "possible"sv) || Eq(w, "potential"sv)) {
      // "all possible support", "the earliest possible release": as much as can be.
      const std::string_view x = q > 0 ? t[q - 1].key : std::string_view();
      hypothetical = !(Eq(x, "all"sv) || Eq(x, "every"sv) || x.ends_with("est"sv) ||
                       Eq(x, "maximum"sv) || Eq(x, "utmost"sv));
      break;
    }
    if (!t[q].is_word || Is(s.classes[q], kPrepsBit) || Eq(w, "the"sv)) break;
  }
  // "The EU considers sanctions for Russia", "mulls new tariffs", "considers attacking": what is
  // weighed is not done. Not "we consider the agreement between X and Y as an important step",
  // a judgment.
  {
    bool judgment = false;
    for (uint32_t q = o.last; q < seg_last && !judgment; ++q) {
      judgment =
          Eq(t[q].key, "as"sv) || (Eq(t[q].key, "to"sv) && q + 1 < n && Eq(t[q + 1].key, "be"sv));
    }
    for (uint32_t q = o.first; q-- > seg_first && q + 4 > o.first && !judgment;) {
      const std::string_view w = t[q].key;
      if (Eq(w, "considers"sv) || Eq(w, "considering"sv) || Eq(w, "consider"sv) ||
          w.starts_with("mull"sv) || Eq(w, "weighs"sv) || Eq(w, "weighing"sv)) {
        hypothetical = true;
        break;
      }
      if (!t[q].is_word || Is(s.classes[q], kPrepsBit) || Is(s.classes[q], kBeFormsBit)) break;
    }
  }
  // "It is time that the General Assembly took a stand": a wish.
  for (uint32_t q = seg_first; q + 2 < o.first; ++q) {
    if (Eq(t[q].key, "is"sv) && Eq(t[q + 1].key, "time"sv) &&
        (Eq(t[q + 2].key, "that"sv) || Eq(t[q + 2].key, "for"sv) || Eq(t[q + 2].key, "to"sv))) {
      hypothetical = true;
    }
  }
  // "Should Kosovo and Serbia sign ...": an inverted condition.
  if (seg_first == 0 && n > 0 && (Eq(t[0].key, "should"sv) || Eq(t[0].key, "were"sv))) {
    hypothetical = true;
  }
  // "Talks between X and Y could resume", "A Chinese attack on Philippine forces could draw
  // in ...": a nominal event takes the mode of the verb that follows it.
  // "X, together with Y, will hold a conference": a partner phrase, the mode of its verb.
  // But a hostile act named as a definite fact ("Iraq's occupation of Kuwait should be dealt
  // with", "the Iraqi aggression against Kuwait must end") happened: the modal is about
  // something else.
  bool presupposed = false;
  // "will not recognize Russia's illegal annexation of Crimea": a hostile act with its doer in
  // the possessive is a fact, whatever the clause around it denies or plans.
  bool possessed = false;
  {
    if (tr.noun && graph::IsConflict(tr.relation)) {
      for (uint32_t q = o.first; q-- > seg_first && q + 5 > o.first;) {
        std::string_view w = t[q].key;
        if (Eq(w, "the"sv) || Eq(w, "its"sv) || Eq(w, "their"sv) || Eq(w, "his"sv) ||
            Eq(w, "her"sv) || IsPossessiveToken(t[q])) {
          presupposed = true;
          possessed = IsPossessiveToken(t[q]);
          // ("Israel's planned ground invasion", "Russia's possible attack": not yet.)
          for (uint32_t r = q + 1; r < o.first && possessed; ++r) {
            const std::string_view x = t[r].key;
            possessed = !Is(s.classes[r], kIntentionMarkersBit) &&
                        !Is(s.classes[r], kHypotheticalMarkersBit) && !Eq(x, "possible"sv) &&
                        !Eq(x, "potential"sv) && !Eq(x, "imminent"sv) && !Eq(x, "threatened"sv) &&
                        !Eq(x, "expected"sv) && !Eq(x, "feared"sv) && !Eq(x, "future"sv);
          }
          break;
        }
        // "the vicious system of illegal South African occupation of Namibia must be
        // eradicated": a word of blame on the act says it is there.
        if (Is(s.classes[q], kBlameWordsBit)) {
          presupposed = possessed = true;
          break;
        }
        if (Eq(w, "a"sv) || Eq(w, "an"sv) || Is(s.classes[q], kPrepsBit) || !t[q].is_word) break;
      }
    }
  }
  // "the current talks", "the direct talks launched earlier this month", "the ongoing
  // negotiations": a meeting already under way, whatever is hoped of it.
  bool under_way = false;
  if (tr.noun) {
    for (uint32_t q = o.first; q-- > seg_first && q + 4 > o.first && !under_way;) {
      std::string_view w = t[q].key;
      under_way = Eq(w, "current"sv) || Eq(w, "ongoing"sv) || Eq(w, "recent"sv) ||
                  Eq(w, "present"sv) || Eq(w, "continuing"sv);
    }
    // Over the parties ("talks between X and Y launched ..."), up to the clause's own verb.
    for (uint32_t q = o.last; q < seg_last && q < o.last + 8 && !under_way; ++q) {
      std::string_view w = t[q].key;
      if (Eq(w, ","sv) || Is(s.classes[q], kIntentionMarkersBit) ||
          Is(s.classes[q], kHypotheticalMarkersBit) || Is(s.classes[q], kBeFormsBit)) {
        break;
      }
      under_way =
          Eq(w, "launched"sv) || Eq(w, "begun"sv) || Eq(w, "ongoing"sv) || Eq(w, "underway"sv);
    }
  }
  presupposed |= under_way;
  // "The talks between the United States and the Soviet Union are still suspended", "the meeting
  // was postponed": a meeting called off after its name.
  if (tr.noun && !negated) {
    for (uint32_t q = o.last + 1; q < seg_last && q < o.last + 14; ++q) {
      if (Eq(t[q].key, ","sv) || Eq(t[q].key, "that"sv)) break;
      if (!Is(s.classes[q], kStopVerbsBit)) continue;
      uint32_t r = q;
      while (r > o.last && Is(s.classes[r - 1], kAdverbsBit)) --r;
      if (Is(s.classes[r - 1], kBeFormsBit) || Eq(t[r - 1].key, "been"sv)) negated = true;
      break;
    }
  }
  if ((tr.noun || tr.partner) && !presupposed) {
    const uint32_t reach = 20;  // over the other side's or the partner's name to the verb
    for (uint32_t q = o.last; q < seg_last && q < o.last + reach; ++q) {
      // Not into what is said after it: "makes a visit to Kyiv, announcing that South Korea
      // will pledge aid".
      if (Eq(t[q].key, "that"sv) ||
          (Eq(t[q].key, ","sv) && q + 1 < n && t[q + 1].key.ends_with("ing"))) {
        break;
      }
      if (Eq(t[q].key, "could"sv) || Eq(t[q].key, "might"sv) || Eq(t[q].key, "may"sv) ||
          Eq(t[q].key, "should"sv) || Eq(t[q].key, "must"sv)) {
        hypothetical = true;
        break;
      }
      if (Eq(t[q].key, "would"sv)) {
        hypothetical = true;  // "a Venezuelan invasion of Guyana would be costly"
        break;
      }
      // "A summit ... is set for July 16", "talks are scheduled for Monday".
      const bool set = (Eq(t[q].key, "set"sv) || Eq(t[q].key, "scheduled"sv)) && q + 1 < n &&
                       (Eq(t[q + 1].key, "for"sv) || Eq(t[q + 1].key, "to"sv)) &&
                       Is(s.classes[q - 1], kBeFormsBit);
      if (Eq(t[q].key, "will"sv) || set) {
        intended = true;
        break;
      }
    }
  }
  // "I would like to congratulate you", "we wish to thank", "allow me to thank": saying it is
  // doing it; the "would" and "wish" of the formula make nothing hypothetical.
  bool remiss = false;  // "it would be remiss of me not to thank"
  for (uint32_t q = seg_first; q < o.first; ++q) remiss |= Eq(t[q].key, "remiss"sv);
  // Where the formula begins: "I would like to", "we wish to", "allow me to", "I should also
  // like warmly to", "I would like to take this opportunity to", "I wish to join other
  // delegations in congratulating".
  auto is_wish = [&](uint32_t q) {
    return Eq(t[q].key, "like"sv) || IsWishWord(t[q].key) || Eq(t[q].key, "me"sv) ||
           Eq(t[q].key, "opportunity"sv);
  };
  bool performative = remiss;
  uint32_t formula_start = o.first;
  // "I would urge the Assembly", "we should thank": a speaker's words, said as they are spoken.
  const bool verbal = graph::IsVerbal(tr.relation);
  // "I, we" or "my delegation, our Government" ending right before `q`.
  auto speaker_at = [&](uint32_t q) {
    const std::string_view w = t[q].key;
    if (Eq(w, "i"sv) || Eq(w, "we"sv)) return true;
    return (Eq(w, "delegation"sv) || Eq(w, "government"sv) || Eq(w, "country"sv)) &&
           q > seg_first && (Eq(t[q - 1].key, "my"sv) || Eq(t[q - 1].key, "our"sv));
  };
  // "warmly", "first", "also": words that stand between the formula and its verb.
  auto adverb = [&](uint32_t q) {
    return Is(s.classes[q], kAdverbsBit) || Eq(t[q].key, "first"sv) || Eq(t[q].key, "likewise"sv) ||
           Eq(t[q].key, "therefore"sv) || Eq(t[q].key, "moreover"sv) ||
           (t[q].key.ends_with("ly"sv) && t[q].shape == Shape::kLower);
  };
  if (verbal && o.first >= seg_first + 2) {
    uint32_t q = o.first;
    // "I should not fail to express": over the double negative.
    if (q >= seg_first + 5 && Eq(t[q - 1].key, "to"sv) && Eq(t[q - 2].key, "fail"sv) &&
        Is(s.classes[q - 3], kNegationsBit)) {
      q -= 3;
    }
    // "my delegation should extend a cordial welcome to": the formula's verb that offers the
    // trigger's noun.
    for (uint32_t v = o.first; v-- > seg_first + 2 && v + 4 > o.first;) {
      if (Is(s.classes[v], kLightVerbsBit)) {
        q = v;
        break;
      }
    }
    while (q > seg_first + 2 && adverb(q - 1)) --q;
    // "I must express my appreciation", "we must commend": only thanks and praise (CAMEO 051)
    // are said with "must"; "we must support", "we must ask ourselves" are norms.
    const std::string_view verb = t[o.first].key;
    const bool saying =
        verb.starts_with("express") || verb.starts_with("commend") || verb.starts_with("thank") ||
        verb.starts_with("congratulat") || verb.starts_with("pay") || verb.starts_with("salut") ||
        verb.starts_with("welcom") || verb.starts_with("prais") || verb.starts_with("applaud") ||
        verb.starts_with("extend") || verb.starts_with("convey") || verb.starts_with("record") ||
        verb.starts_with("acknowledg");
    const bool must = Eq(t[q - 1].key, "must"sv) && tr.relation == Relation::kSupports &&
                      tr.cameo == "051" && saying;
    if ((Eq(t[q - 1].key, "would"sv) || Eq(t[q - 1].key, "should"sv) || must) &&
        speaker_at(q - 2)) {
      performative = true;
      formula_start = q - 2;
    }
    // "may I first congratulate you", "let me thank": asking leave to say it is saying it.
    const bool leave =
        ((Eq(t[q - 1].key, "i"sv) || Eq(t[q - 1].key, "we"sv)) &&
         (Eq(t[q - 2].key, "may"sv) || Eq(t[q - 2].key, "might"sv) || Eq(t[q - 2].key, "can"sv))) ||
        ((Eq(t[q - 1].key, "me"sv) || Eq(t[q - 1].key, "us"sv)) &&
         (Eq(t[q - 2].key, "let"sv) || Eq(t[q - 2].key, "allow"sv)));
    if (saying && leave) {
      performative = true;
      formula_start = q - 2;
    }
  }
  // "We wish at the same time warmly to congratulate", "I wish to associate myself with ...
  // and congratulate you", "I wish to take this opportunity to ... recognize": the speaker's
  // wish to say it is saying it. Not "we would have liked to welcome", which did not happen.
  if (verbal && !performative) {
    for (uint32_t q = seg_first + 1; q < o.first && q + 30 > o.first; ++q) {
      uint32_t m = q - 1;  // "would also like"
      while (m > seg_first && adverb(m)) --m;
      const bool wish =
          IsWishWord(t[q].key) ||
          (Eq(t[q].key, "like"sv) && (Eq(t[m].key, "would"sv) || Eq(t[m].key, "should"sv)));
      if (!wish) continue;
      // "I would also like to", "we should, first of all, like to".
      uint32_t p = q - 1;
      while (p > seg_first && (adverb(p) || Eq(t[p].key, "would"sv) || Eq(t[p].key, "should"sv))) {
        --p;
      }
      const bool first_person = speaker_at(p) || Eq(t[p].key, "delegation"sv);
      // "We would like to know whether X is supported by Y": another's act, asked about.
      bool other_clause = false;
      for (uint32_t r = q + 1; r < o.first && !other_clause; ++r) {
        other_clause = Eq(t[r].key, "whether"sv) || Eq(t[r].key, "if"sv) ||
                       Eq(t[r].key, "that"sv) || Eq(t[r].key, "know"sv) || Eq(t[r].key, "see"sv);
      }
      if (first_person && !other_clause) {
        performative = true;
        formula_start = q - 1;
        break;
      }
    }
  }
  if (verbal && !performative && o.first >= 2 && Eq(t[o.first - 1].key, "to"sv)) {
    uint32_t q = o.first - 1;
    while (q > seg_first && (t[q - 1].key.ends_with("ly") || Is(s.classes[q - 1], kAdverbsBit)))
      --q;
    if (q > seg_first && is_wish(q - 1)) {
      performative = true;
      formula_start = q - 1;
    }
  } else if (!performative && o.first >= 2 && Eq(t[o.first - 1].key, "in"sv) &&
             t[o.first].key.ends_with("ing")) {
    for (uint32_t q = o.first - 1; q-- > seg_first && q + 8 > o.first;) {
      if (Eq(t[q].key, "join"sv) || Eq(t[q].key, "joins"sv)) {
        performative = true;
        formula_start = q;
        break;
      }
    }
  }
  // "we wish to extend our sincere thanks to", "I would like to express my gratitude to": the
  // trigger is the noun the formula's verb offers.
  if (!performative && o.first >= 3) {
    for (uint32_t q = o.first - 1; q > seg_first && q + 8 > o.first; --q) {
      if (Eq(t[q].key, "to"sv) && q + 1 < o.first && Is(s.classes[q + 1], kLightVerbsBit) &&
          is_wish(q - 1)) {
        performative = true;
        formula_start = q - 1;
        break;
      }
    }
  }
  // "take this opportunity to" and "join ... in" hang on a wish before them.
  if (performative && !remiss) {
    for (uint32_t q = formula_start; q-- > seg_first && q + 6 > formula_start;) {
      if (Eq(t[q].key, "like"sv) || Eq(t[q].key, "wish"sv) || Eq(t[q].key, "wishes"sv)) {
        formula_start = q;
        break;
      }
    }
  }
  // "I should like to reiterate that my country will continue to support", "we wish to
  // reaffirm that": the speaker says it; the wish is only the formula of saying.
  auto says = [&](uint32_t q) {
    const bool wish = IsWishWord(t[q].key);
    if (!wish && !Eq(t[q].key, "should"sv) && !Eq(t[q].key, "would"sv)) return false;
    const bool first_person =
        q > seg_first && (Eq(t[q - 1].key, "i"sv) || Eq(t[q - 1].key, "we"sv));
    if (!first_person) return false;
    static constexpr std::string_view kSaying[] = {
        "reiterate", "reaffirm", "say",       "state",   "stress", "emphasize", "emphasise",
        "assure",    "recall",   "point",     "note",    "add",    "announce",  "inform",
        "confirm",   "repeat",   "underline", "declare", "affirm", "make"};
    uint32_t r = q + 1;
    if (!wish) {
      while (r < o.first && Is(s.classes[r], kAdverbsBit)) ++r;
      // "I would recall that the Government welcomed": said directly.
      if (r + 1 < o.first && IsOneOf(t[r].key, kSaying) && !Eq(t[r].key, "make"sv)) return true;
      if (r >= o.first || !Eq(t[r].key, "like"sv)) return false;
      ++r;
    }
    while (r < o.first &&
           (Is(s.classes[r], kAdverbsBit) || Eq(t[r].key, "once"sv) || Eq(t[r].key, "again"sv))) {
      ++r;
    }
    if (r + 1 >= o.first || !Eq(t[r].key, "to"sv)) return false;
    const std::string_view verb = t[r + 1].key;
    return IsOneOf(verb, kSaying);
  };
  // "the war has led to risks of division that may lead to other conflicts, the State of Qatar
  // reaffirms its support": a modal in a relative clause closed by a comma before the trigger
  // is that clause's.
  auto in_closed_relative = [&](uint32_t q) {
    bool relative = false;
    for (uint32_t r = q; r-- > seg_first && r + 3 > q && !relative;) {
      relative = Eq(t[r].key, "that"sv) || Eq(t[r].key, "which"sv) || Eq(t[r].key, "who"sv) ||
                 Eq(t[r].key, "where"sv);
    }
    if (!relative) return false;
    for (uint32_t r = q + 1; r < o.first; ++r) {
      if (Eq(t[r].key, ","sv)) return true;
    }
    return false;
  };
  bool declared = false;
  for (uint32_t q = seg_first; q < o.first; ++q) {
    const bool formula = performative && (q + 3 >= formula_start || remiss);
    // ("welcomed with satisfaction and hope the agreements": the noun, no wish.)
    const bool hope_noun = t[q].key.starts_with("hope"sv) && q > 0 && q + 1 < n &&
                           (Eq(t[q - 1].key, "and"sv) || Eq(t[q - 1].key, "with"sv)) &&
                           !Eq(t[q + 1].key, "that"sv) && !Eq(t[q + 1].key, "to"sv) &&
                           !Eq(t[q + 1].key, "of"sv) && !Eq(t[q + 1].key, "for"sv);
    if (Is(s.classes[q], kHypotheticalMarkersBit) && t[q].shape == Shape::kLower && !formula &&
        !says(q) && !in_closed_relative(q) && !hope_noun) {
      hypothetical = true;
    }
    // "we need to find new ways to support": a need, not a deed (not "the needs of", "the need
    // for", which name one).
    if ((Eq(t[q].key, "need"sv) || Eq(t[q].key, "needs"sv)) && q + 1 < n &&
        Eq(t[q + 1].key, "to"sv) &&
        !(q > 0 && (Eq(t[q - 1].key, "the"sv) || Eq(t[q - 1].key, "a"sv)))) {
      hypothetical = true;
    }
    // "the start of a planned protest, Israeli forces kill": a participle that qualified a
    // noun of its own phrase, before a comma.
    bool own_phrase = false;
    if (t[q].key.ends_with("ed")) {
      for (uint32_t r = q + 1; r < o.first && !own_phrase; ++r) own_phrase = Eq(t[r].key, ","sv);
    }
    // "Saudi Arabia decides to donate": a decision to act is an intent (not "has decided on a
    // response to the Israeli attack").
    const bool decides_to = (Eq(t[q].key, "decides"sv) || Eq(t[q].key, "decided"sv)) && q + 1 < n &&
                            Eq(t[q + 1].key, "to"sv);
    if ((Is(s.classes[q], kIntentionMarkersBit) || decides_to) && !own_phrase && !says(q)) {
      // "due to visit" is a plan; "due to the cooperation" is a cause.
      bool cause = Eq(t[q].key, "due"sv) && q + 2 < n &&
                   (Eq(t[q + 2].key, "the"sv) || Eq(t[q + 2].key, "a"sv) ||
                    t[q + 2].is_word == false || t[q + 2].shape != Shape::kLower ||
                    Eq(t[q + 2].key, "its"sv) || Eq(t[q + 2].key, "their"sv));
      // "approval to launch strikes" is a plan; "with the approval of X, Y attacked" is not.
      const bool leave = Eq(t[q].key, "approval"sv) || Eq(t[q].key, "permission"sv) ||
                         Eq(t[q].key, "authorization"sv) || Eq(t[q].key, "authorisation"sv);
      if (leave && !(q + 1 < n && Eq(t[q + 1].key, "to"sv))) cause = true;
      if (!cause) intended = true;
      // "vowed to attack", "has approval to launch strikes": the doer declares the intent.
      const std::string_view w = t[q].key;
      if (!cause && (leave || w.starts_with("vow") || w.starts_with("pledg") ||
                     w.starts_with("promis") || w.starts_with("threat"))) {
        declared = true;
      }
    }
    if (Eq(t[q].key, "to"sv) && q > seg_first && Is(s.classes[q - 1], kBeFormsBit)) intended = true;
  }
  if (performative) intended = false;
  if (look_forward && !hypothetical) intended = true;
  // "forces who ought to have found their way back, having invaded Lebanese territory": what is
  // done before the clause's time has happened.
  if (o.first > seg_first && Eq(t[o.first - 1].key, "having"sv)) hypothetical = intended = false;
  if (under_way) hypothetical = intended = false;
  if (possessed) negated = hypothetical = intended = false;
  Mode mode = hypothetical ? Mode::kHypothetical : intended ? Mode::kIntended : Mode::kAsserted;
  reading.negated = negated;
  reading.mode = mode;
  reading.declared = declared && mode == Mode::kIntended;
  return reading;
}

uint32_t OwnPhraseStart(const Sentence& s, const Trigger& tr, const Arguments& args) {
  if (!tr.noun || !args.subject) return args.seg_first;
  if (args.construction != "modifier" && args.construction != "possessive" &&
      args.construction != "nominal-pair") {
    return args.seg_first;
  }
  const auto& t = s.tokens;
  uint32_t q = args.subject->first;
  // Over "the", "a" and a year: "of the 2022 Russian invasion".
  while (q > args.seg_first &&
         (Eq(t[q - 1].key, "the"sv) || Eq(t[q - 1].key, "a"sv) || Eq(t[q - 1].key, "an"sv) ||
          (!t[q - 1].key.empty() && t[q - 1].key[0] >= '0' && t[q - 1].key[0] <= '9'))) {
    --q;
  }
  if (q <= args.seg_first) return args.seg_first;
  std::string_view before = t[q - 1].key;
  // "ahead of his visit" is still to come: the clause decides.
  if (Eq(before, "of"sv) && q >= 2 && Eq(t[q - 2].key, "ahead"sv)) return args.seg_first;
  const bool background =
      Eq(before, "of"sv) || Eq(before, "after"sv) || Eq(before, "following"sv) ||
      Eq(before, "since"sv) || Eq(before, "despite"sv) || Eq(before, "amid"sv) ||
      Eq(before, "over"sv) ||
      (Eq(before, "to"sv) && q >= 2 && (Eq(t[q - 2].key, "due"sv) || Eq(t[q - 2].key, "owing"sv)));
  return background ? q : args.seg_first;
}

bool InTimePhrase(const Sentence& s, const Occurrence& o, const Trigger& tr) {
  if (!tr.noun) return false;
  const auto& t = s.tokens;
  // The words that open such a phrase: only what lies before or long after the sentence's act
  // (the talks "during" which or "after" which something is done are its occasion, and happened).
  auto opens = [&](uint32_t q) {
    const std::string_view w = t[q].key;
    // "It is now three years since the Soviet Union invaded Afghanistan" tells the invasion.
    if (Eq(w, "since"sv) && q > 0) {
      const std::string_view x = t[q - 1].key;
      return !(x.starts_with("year") || x.starts_with("month") || x.starts_with("week") ||
               x.starts_with("day") || x.starts_with("decade") || Eq(x, "passed"sv) ||
               Eq(x, "elapsed"sv) || Eq(x, "now"sv) || Eq(x, "ago"sv));
    }
    return Eq(w, "of"sv) && q > 0 && Eq(t[q - 1].key, "ahead"sv);
  };
  // Back over the noun's own words: articles, possessives, numbers, names and their adjectives,
  // hyphens and lower-case modifiers ("the third summit", "his two-day state visit", "the 2003
  // US"), up to the word that opens the phrase.
  for (uint32_t q = o.first; q-- > 0 && q + 9 > o.first;) {
    if (opens(q)) return true;
    const Token& w = t[q];
    const bool part =
        Eq(w.key, "-"sv) || IsPossessiveToken(w) ||
        (w.is_word && !Is(s.classes[q], kPrepsBit) && !Is(s.classes[q], kBeFormsBit) &&
         !Eq(w.key, "and"sv) && !Eq(w.key, "that"sv) && !Eq(w.key, "which"sv) &&
         !Is(s.classes[q], kSpeechVerbsBit));
    if (!part) return false;
  }
  return false;
}

}  // namespace irkg::ingest::extract
