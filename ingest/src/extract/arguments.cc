#include <algorithm>

#include "extract/stages.h"

namespace irkg::ingest::extract {

namespace {

// Verbs whose object does the act of the verb after it: "want Israel to withdraw", "let Israel
// attack". Not "help": "ready to help Russia and Ukraine reach an agreement" is no agreement.
bool IsControlVerb(std::string_view w) {
  static constexpr std::string_view kVerbs[] = {
      "want",       "wants",     "wanted",    "see",     "sees",    "saw",     "seen",
      "watch",      "watched",   "let",       "lets",    "allow",   "allows",  "allowed",
      "permit",     "permits",   "permitted", "make",    "makes",   "made",    "expect",
      "expects",    "expected",  "prefer",    "prefers", "force",   "forces",  "forced",
      "compel",     "compels",   "compelled", "enable",  "enables", "enabled", "encourage",
      "encourages", "encouraged"};
  return IsOneOf(w, kVerbs);
}

}  // namespace

using namespace std::literals;

using graph::ActorRef;
using graph::ActorType;
using graph::Relation;

namespace {

// "three", "dozens": a count written as a word.
bool IsNumberWord(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "one",  "two", "three", "four",   "five",    "six",    "seven", "eight",
      "nine", "ten", "a",     "dozens", "several", "scores", "many",  "hundreds"};
  return IsOneOf(w, kWords);
}

bool StartsWithDigit(std::string_view w) { return !w.empty() && w[0] >= '0' && w[0] <= '9'; }

// "10", "three", "dozens": a count, in digits or in words.
bool IsCount(std::string_view w) { return StartsWithDigit(w) || IsNumberWord(w); }

// Past "and three injured", "and two civilians wounded" from `q`, the word after a participle
// of killing: where the phrase that names the attack begins. `q` when there is no such count.
uint32_t OverOthersCounted(const std::vector<Token>& t, uint32_t q) {
  const auto n = static_cast<uint32_t>(t.size());
  if (q + 2 >= n || !Eq(t[q].key, "and"sv)) return q;
  if (!IsCount(t[q + 1].key)) return q;
  uint32_t p = q + 2;
  if (p + 1 < n && t[p].shape == Shape::kLower && !t[p].key.ends_with("ed"sv)) ++p;  // "civilians"
  return t[p].key.ends_with("ed"sv) ? p + 1 : q;
}

// "northern", "south-eastern", "central": a compass word before a place or a list member.
bool IsCompassWord(const Token& t) {
  return t.shape == Shape::kLower && (t.key.ends_with("ern"sv) || Eq(t.key, "central"sv));
}

// Whether `list` names the actor `r`.
bool HasId(const std::vector<ActorRef>& list, const ActorRef& r) {
  return std::any_of(list.begin(), list.end(), [&](const ActorRef& x) { return x.id == r.id; });
}

// Appends to `list` the actors of `more` it does not name yet.
void AppendNew(std::vector<ActorRef>& list, std::vector<ActorRef>&& more) {
  for (ActorRef& r : more) {
    if (!HasId(list, r)) list.push_back(std::move(r));
  }
}

// The same from a list that stays: only the refs taken are copied.
void AppendNew(std::vector<ActorRef>& list, const std::vector<ActorRef>& more) {
  for (const ActorRef& r : more) {
    if (!HasId(list, r)) list.push_back(r);
  }
}

}  // namespace

uint32_t BackerPhraseEnd(const Sentence& s, uint32_t q) {
  const auto& t = s.tokens;
  for (const Mention& m : s.mentions) {
    if (m.first != q || m.last + 1 >= t.size() || !Eq(t[m.last].key, "-"sv)) continue;
    const std::string_view w = t[m.last + 1].key;
    if (Eq(w, "backed"sv) || Eq(w, "led"sv) || Eq(w, "supported"sv) || Eq(w, "sponsored"sv) ||
        Eq(w, "funded"sv) || Eq(w, "allied"sv) || Eq(w, "aligned"sv)) {
      uint32_t end = m.last + 2;
      while (end < t.size() && end < m.last + 5 && IsGroupKindWord(t[end].key)) ++end;
      return end;
    }
  }
  return q;
}

bool Connected(const Sentence& s, size_t a, size_t b) {
  const auto& t = s.tokens;
  // Mentions a < b joined only by "and", commas and articles; a possessor right before b
  // belongs to b ("... and North Korea's Kim Jong Un").
  while (b > a + 1 && s.mentions[b - 1].possessive &&
         s.mentions[b - 1].kind != MentionKind::kPronoun &&
         s.mentions[b - 1].last + 1 == s.mentions[b].first) {
    --b;
  }
  if (s.segment[s.mentions[a].first] != s.segment[s.mentions[b].first]) return false;
  // "the International Monetary Fund (IMF), the World Bank": a name's short form in brackets
  // belongs to it, and the list goes on after it.
  const uint32_t gap_first = s.mentions[a].last;
  bool has_link = s.mentions[b].first == gap_first + 1 && Eq(t[gap_first].key, "("sv);
  for (uint32_t k = gap_first; k < s.mentions[b].first; ++k) {
    if (Eq(t[k].key, "his"sv) || Eq(t[k].key, "her"sv) || Eq(t[k].key, "their"sv)) continue;
    // "the Houthi militia and its sponsor Iran", "and its ally Iran": a possessive and the
    // role it names.
    if (Eq(t[k].key, "its"sv) &&
        (k + 1 == s.mentions[b].first ||
         (k + 2 == s.mentions[b].first && t[k + 1].is_word && t[k + 1].shape == Shape::kLower))) {
      k = s.mentions[b].first - 1;
      continue;
    }
    // "the DRC and the Rwandan-backed M23": a sponsor's demonym qualifies the next member.
    if (const uint32_t over = BackerPhraseEnd(s, k); over > k && over <= s.mentions[b].first) {
      k = over - 1;
      continue;
    }
    if (IsCompassWord(t[k])) continue;  // "southern China and northern Vietnam"
    if (k == gap_first && (Eq(t[k].key, "("sv) || Eq(t[k].key, ")"sv))) continue;
    if (!IsConnector(t[k])) return false;
    has_link |= Eq(t[k].key, "and"sv) || Eq(t[k].key, ","sv) || Eq(t[k].key, "&"sv);
  }
  return has_link && s.mentions[b].first > s.mentions[a].last;
}

// "visa requirements on nationals from Bolivia": the people of a state stand for it as fighters
// stand for their group.
bool IsFighterNoun(std::string_view w) {
  static constexpr std::string_view kNouns[] = {
      "rebels",     "fighters",   "militants",  "gunmen",     "insurgents", "members",
      "jihadists",  "militiamen", "operatives", "commanders", "troops",     "forces",
      "nationals",  "citizens",   "residents",  "travellers", "travelers",  "rebel",
      "fighter",    "militant",   "gunman",     "insurgent",  "member",     "jihadist",
      "militiaman", "operative",  "commander"};
  return IsOneOf(w, kNouns);
}

// "In a phone call with Charles Michel, Pezeshkian accuses ...": after a phrase that opens the
// sentence with a preposition, an actor set off by a comma alone and followed by a verb is the
// subject of the main clause, not one more member of the phrase.
bool OpensMainClause(const Sentence& s, const Group& g, const Mention& prev, const Mention& men) {
  const auto& t = s.tokens;
  if (g.prep.empty() || !t[0].is_word || !Is(s.classes[0], kPrepsBit)) return false;
  for (uint32_t k = prev.last; k < men.first; ++k) {
    if (!Eq(t[k].key, ","sv)) return false;
  }
  return men.last < t.size() && t[men.last].is_word && t[men.last].shape == Shape::kLower &&
         !Is(s.classes[men.last], kPrepsBit) && !IsConnector(t[men.last]) &&
         !Eq(t[men.last].key, "and"sv);
}

// For a noun trigger inside a phrase that opens the sentence with a preposition ("In a phone
// call with X, Y said", "During talks with X, Y ..."): the subject of the main clause, the first
// actor after the phrase's comma that no preposition governs and a verb follows. Null otherwise.
const Group* OpeningPhraseSubject(const Sentence& s, const std::vector<Group>& groups,
                                  const Occurrence& o) {
  const auto& t = s.tokens;
  // "In talks with", "During a visit to": a preposition opens the phrase; "After attacking",
  // "While praising": a conjunction of time before a gerund.
  bool gerund = o.first >= 1 && o.first <= 3 && t[o.first].key.ends_with("ing");
  for (uint32_t q = 1; q < o.first && gerund; ++q) gerund = t[q].key.ends_with("ly");
  // "In spite of the sanctions of Britain, Zimbabwe grows": what the subject acts against.
  if (t.size() > 2 && Eq(t[0].key, "in"sv) && Eq(t[1].key, "spite"sv)) return nullptr;
  if (!t[0].is_word || o.first > 8 ||
      !(Is(s.classes[0], kPrepsBit) ||
        (gerund && (Is(s.classes[0], kSegmentCuesBit) || Eq(t[0].key, "while"sv))))) {
    return nullptr;
  }
  uint32_t comma = 0;
  for (uint32_t k = 1; k < t.size() && k < 24; ++k) {
    if (Eq(t[k].key, ","sv)) {
      comma = k;
      break;
    }
  }
  if (comma <= o.last) return nullptr;
  for (const Group& g : groups) {
    if (g.first <= comma) continue;
    if (g.first != comma + 1 || !g.prep.empty() || g.last >= t.size()) return nullptr;
    const Token& next = t[g.last];
    const bool verb = next.is_word && next.shape == Shape::kLower &&
                      !Is(s.classes[g.last], kPrepsBit) && !IsConnector(next) &&
                      !Eq(next.key, "and"sv);
    return verb ? &g : nullptr;
  }
  return nullptr;
}

void GroupMentions(const Sentence& s, SentenceActors& actors) {
  const auto& t = s.tokens;
  // "While praising Japan, Russia condemned China": the comma that closes a phrase opening the
  // sentence joins no list.
  uint32_t opening_comma = 0;
  if (!t.empty() && t[0].is_word &&
      (Is(s.classes[0], kPrepsBit) || Is(s.classes[0], kClauseBreaksBit) ||
       Is(s.classes[0], kSegmentCuesBit))) {
    for (uint32_t k = 1; k < t.size() && k < 24 && !opening_comma; ++k) {
      if (Eq(t[k].key, ","sv)) opening_comma = k;
    }
  }
  const std::vector<std::vector<ActorRef>>& refs = actors.refs;
  std::vector<Group>& groups = actors.groups;
  // Groups of mentions joined by "and", commas or a hyphen.
  for (size_t m = 0; m < s.mentions.size(); ++m) {
    const Mention& men = s.mentions[m];
    if (refs[m].empty()) continue;
    // A possessive determiner right before another mention ("his Chinese counterpart ..."), or
    // before the role of one named in apposition ("and its sponsor Iran").
    if (men.possessive && m + 1 < s.mentions.size()) {
      uint32_t after = men.last + (men.kind == MentionKind::kPronoun ? 0 : 1);
      if (s.mentions[m + 1].first == after) continue;
      if (men.kind == MentionKind::kPronoun && Eq(t[men.first].key, "its"sv) &&
          s.mentions[m + 1].first == after + 1 && t[after].is_word &&
          t[after].shape == Shape::kLower) {
        continue;
      }
    }
    if (!groups.empty()) {
      Group& g = groups.back();
      const size_t prev_index = static_cast<size_t>(g.members.back());
      const Mention& prev = s.mentions[prev_index];
      if (s.segment[men.first] == g.segment && !prev.possessive) {
        bool hyphen = men.first == prev.last + 1 && Eq(t[prev.last].key, "-"sv);
        // (Only where a verb follows the actor after it: "with Angola, Botswana, Lesotho and
        // Zambia" is a list.)
        const bool across_opening =
            opening_comma >= prev.last && opening_comma < men.first && men.last < t.size() &&
            t[men.last].is_word && t[men.last].shape == Shape::kLower &&
            !Is(s.classes[men.last], kPrepsBit) && !IsConnector(t[men.last]);
        if (hyphen ||
            (Connected(s, prev_index, m) && !OpensMainClause(s, g, prev, men) && !across_opening)) {
          g.members.push_back(static_cast<int>(m));
          g.last = men.last;
          g.hyphen = g.hyphen || hyphen;
          continue;
        }
      }
    }
    Group g;
    g.members.push_back(static_cast<int>(m));
    g.first = men.first;
    g.last = men.last;
    g.segment = s.segment[men.first];
    uint32_t p = men.first;
    // Back over articles and a compass word: "in northern Iraq", "in the south-eastern Sahel".
    while (p > 0 && (Eq(t[p - 1].key, "the"sv) || Eq(t[p - 1].key, "such"sv) ||
                     Eq(t[p - 1].key, "a"sv) || IsCompassWord(t[p - 1])))
      --p;
    // "as" or "after" that opened a clause ("... as Japan accuses China") is a conjunction when
    // a verb follows the actor (not "platforms as the United Nations, the G20 ...").
    const bool conjunction = p > 1 && Is(s.classes[p - 1], kSegmentCuesBit) &&
                             s.segment[p - 2] != s.segment[p - 1] && men.last < t.size() &&
                             t[men.last].is_word && t[men.last].shape == Shape::kLower &&
                             !Is(s.classes[men.last], kPrepsBit) && !IsConnector(t[men.last]);
    if (p > 0 && Is(s.classes[p - 1], kPrepsBit) && !conjunction) {
      g.prep = t[p - 1].key;
      g.location = Is(s.classes[p - 1], kLocationPrepsBit);
    }
    // "the permanent members of the Security Council", "the liberation movements of Namibia":
    // parts of a state or an organisation that are not it; the group is no argument.
    const bool state_or_igo = std::all_of(refs[m].begin(), refs[m].end(), [](const ActorRef& r) {
      return r.type == ActorType::kState || r.type == ActorType::kIgo;
    });
    if (Eq(g.prep, "of"sv) && p > 1 && state_or_igo && men.kind != MentionKind::kAdjective &&
        !men.possessive &&
        (Eq(t[p - 2].key, "members"sv) || Eq(t[p - 2].key, "member"sv) ||
         Eq(t[p - 2].key, "movements"sv) || Eq(t[p - 2].key, "movement"sv))) {
      g.location = true;
    }
    // "in compliance with United Nations resolutions", "in accordance with agreements made with
    // South Korea", "pursuant to the decision of the OAU": the rule an act follows names no party.
    for (uint32_t q = p; q-- > 1 && q + 16 > p && s.segment[q] == s.segment[p];) {
      if (Eq(t[q].key, ","sv)) break;
      const std::string_view w = t[q - 1].key;
      if ((Eq(t[q].key, "with"sv) && q >= 2 && Eq(t[q - 2].key, "in"sv) &&
           (Eq(w, "accordance"sv) || Eq(w, "compliance"sv) || Eq(w, "conformity"sv) ||
            Eq(w, "line"sv) || Eq(w, "keeping"sv))) ||
          (Eq(t[q].key, "to"sv) && Eq(w, "pursuant"sv))) {
        g.location = true;
        break;
      }
    }
    // "off the coast of Somalia", "on the outskirts of Kyiv", "met in the city of Paris": where,
    // not who.
    if (Eq(g.prep, "of"sv) && p > 1 &&
        (Eq(t[p - 2].key, "coast"sv) || Eq(t[p - 2].key, "coasts"sv) ||
         Eq(t[p - 2].key, "shores"sv) || Eq(t[p - 2].key, "waters"sv) ||
         Eq(t[p - 2].key, "outskirts"sv) ||
         ((Eq(t[p - 2].key, "city"sv) || Eq(t[p - 2].key, "town"sv)) && p > 3 &&
          Eq(t[p - 3].key, "the"sv) && Is(s.classes[p - 4], kLocationPrepsBit)))) {
      g.location = true;
    }
    // "rebels from the al-Shabaab group attack", "fighters of Hamas": the group the fighters
    // are from is the actor, governed by what governs the fighters ("attacked by fighters of").
    if ((Eq(g.prep, "from"sv) || Eq(g.prep, "of"sv)) && p > 1 && IsFighterNoun(t[p - 2].key) &&
        !g.location) {
      const uint32_t head = p - 2;
      g.prep = {};
      g.location = false;
      if (head > 0 && Is(s.classes[head - 1], kPrepsBit)) {
        g.prep = t[head - 1].key;
        g.location = Is(s.classes[head - 1], kLocationPrepsBit);
      }
    }
    // "The delegation of the Ukrainian SSR endorses", "congratulating the people of Panama": a
    // noun that stands for a state or its government takes the state's place in the clause.
    // "the refusal of the United Nations to recognize": likewise the one who refuses or offers.
    if (Eq(g.prep, "of"sv) && p > 1 &&
        (Is(s.classes[p - 2], kRepresentativeNounsBit) || Is(s.classes[p - 2], kRefusalWordsBit) ||
         Is(s.classes[p - 2], kReadinessWordsBit)) &&
        !g.location) {
      // The preposition that governs the noun, over its article and adjectives ("with regard
      // to the brother people of the Comoros").
      auto determiner = [&](uint32_t q) {
        return Eq(t[q].key, "the"sv) || Eq(t[q].key, "a"sv) || Eq(t[q].key, "its"sv) ||
               Eq(t[q].key, "their"sv) || Eq(t[q].key, "our"sv);
      };
      uint32_t head = p - 2;
      if (head > 1 && t[head - 1].is_word && t[head - 1].shape == Shape::kLower &&
          !Is(s.classes[head - 1], kPrepsBit) && determiner(head - 2)) {
        --head;  // an adjective after an article
      }
      while (head > 0 && determiner(head - 1)) --head;
      g.prep = {};
      if (head > 0 && Is(s.classes[head - 1], kPrepsBit)) {
        g.prep = t[head - 1].key;
        g.location = Is(s.classes[head - 1], kLocationPrepsBit);
      }
    }
    // "Thousands of Georgians", "hundreds of Armenians": a quantity, not a preposition.
    if (Eq(g.prep, "of"sv) && p > 1 &&
        (Eq(t[p - 2].key, "thousands"sv) || Eq(t[p - 2].key, "hundreds"sv) ||
         Eq(t[p - 2].key, "dozens"sv) || Eq(t[p - 2].key, "tens"sv) ||
         Eq(t[p - 2].key, "millions"sv) || Eq(t[p - 2].key, "scores"sv))) {
      g.prep.clear();
      g.location = false;
    }
    if (p > 1 && Eq(t[p - 1].key, "as"sv) && Eq(t[p - 2].key, "such"sv)) {
      g.prep = "as";
      g.location = true;
    }
    // "in Osaka, Japan", "in Kidal, northern Mali": a country after a place is a location too.
    {
      uint32_t q = p;
      while (q > 0 && IsCompassWord(t[q - 1])) --q;
      if (q > 2 && Eq(t[q - 1].key, ","sv)) {
        uint32_t r = q - 1;
        while (r > 0 && r + 4 > q && t[r - 1].shape == Shape::kCapitalized) --r;
        if (r < q - 1 && r > 0 && Is(s.classes[r - 1], kLocationPrepsBit)) {
          g.prep = t[r - 1].key;
          g.location = true;
        }
      }
    }
    groups.push_back(std::move(g));
  }
}

std::vector<ActorRef> GroupRefs(const Sentence& s, const SentenceActors& actors, const Group& g,
                                bool allow_adjectives) {
  const std::vector<std::vector<ActorRef>>& refs = actors.refs;
  std::vector<ActorRef> out;
  bool any_name = false;
  for (int m : g.members) {
    any_name |= s.mentions[static_cast<size_t>(m)].kind != MentionKind::kAdjective;
  }
  for (int m : g.members) {
    if (s.mentions[static_cast<size_t>(m)].kind == MentionKind::kAdjective && !allow_adjectives &&
        !any_name) {
      continue;
    }
    AppendNew(out, refs[static_cast<size_t>(m)]);
  }
  return out;
}

namespace {

// What a speaker congratulates or praises in the one addressed ("your election", "your
// predecessor"), as opposed to "your country", which is another actor.
bool IsAddressedOffice(std::string_view word) {
  static constexpr std::string_view kWords[] = {
      "election",   "re-election", "predecessor", "presidency", "leadership",
      "assumption", "appointment", "stewardship", "guidance",   "work",
      "efforts",    "report",      "tenure",      "initiative", "initiatives"};
  return IsOneOf(word, kWords);
}

}  // namespace

// Whether the actor after "by" at `start` did what the trigger's object names: "welcomed the
// steps taken by the Government", "support for the proposal made by France", "condemned the
// attacks carried out by X". The participle follows a noun of the object, not the trigger.
bool IsDoerOfObject(const std::vector<Token>& t, const Occurrence& o, uint32_t start) {
  if (start < 2 || !Eq(t[start - 1].key, "by"sv)) return false;
  uint32_t p = start - 2;
  if (p > o.last && (Eq(t[p].key, "out"sv) || Eq(t[p].key, "forward"sv))) --p;
  const std::string_view w = t[p].key;
  const bool participle = w.ends_with("ed") || Eq(w, "done"sv) || Eq(w, "taken"sv) ||
                          Eq(w, "made"sv) || Eq(w, "shown"sv) || Eq(w, "undertaken"sv) ||
                          Eq(w, "put"sv) || Eq(w, "given"sv) || Eq(w, "led"sv) || Eq(w, "held"sv) ||
                          Eq(w, "set"sv) || Eq(w, "carried"sv);
  if (!participle || p <= o.last) return false;
  // A noun of the object between the trigger and the participle, and no verb or clause break.
  bool noun = false;
  for (uint32_t q = o.last; q < p; ++q) {
    if (!t[q].is_word && !Eq(t[q].key, "-"sv)) return false;
    if (Eq(t[q].key, "that"sv) || Eq(t[q].key, "which"sv) || Eq(t[q].key, "who"sv)) return false;
    noun |= t[q].shape == Shape::kLower && !Eq(t[q].key, "the"sv) && !Eq(t[q].key, "a"sv) &&
            !Eq(t[q].key, "an"sv);
  }
  return noun && p - o.last <= 6;
}

// "struck Kharkiv", "airstrikes across the Gaza Strip", "attacked the southern city of
// Nalchik": the state a named place lies in, when the place is the object of the trigger or
// follows it after a preposition of place, and the state is not the attacker's own (an operation
// at home has another target). The first such place of the clause counts.
// "targeting jihadist Mokhtar Belmokhtar in Libya", "killed a Navy SEAL near Erbil": whether a
// capitalised name no mention covers stands in [from, to), the target the knowledge base lacks
// ("the village of Alagarno" is a place, not a target).
bool UnknownNameBetween(const Sentence& s, uint32_t from, uint32_t to) {
  const auto& t = s.tokens;
  // "shell Deir Mimas in southern Lebanon", "airstrikes on Kfar Kila, Lebanon": a name struck
  // from the air or by artillery, right after the verb or "on", is a village, not a person.
  const std::string_view verb = from > 0 ? t[from - 1].key : std::string_view();
  const bool bombed = verb.starts_with("shell"sv) || verb.starts_with("bomb"sv) ||
                      verb.starts_with("airstrike"sv) || verb.starts_with("pound"sv) ||
                      verb.starts_with("strike"sv) || Eq(verb, "struck"sv);
  for (uint32_t k = from; k < to; ++k) {
    // A name is capitalised or in capitals; "15 people" names no one.
    if (!t[k].is_word || t[k].shape == Shape::kLower || t[k].shape == Shape::kOther) continue;
    if (k > 0 &&
        (Eq(t[k - 1].key, "of"sv) || !t[k - 1].is_word || t[k - 1].shape != Shape::kLower)) {
      continue;  // "the village of Alagarno", the middle of a name
    }
    if (bombed &&
        (k == from || (k == from + 1 && (Eq(t[from].key, "on"sv) || Eq(t[from].key, "at"sv))))) {
      continue;
    }
    const bool covered = std::any_of(s.mentions.begin(), s.mentions.end(),
                                     [&](const Mention& m) { return m.first <= k && k < m.last; });
    if (!covered) return true;
  }
  return false;
}

// Whether the act has an object of its own in [from, to), so that a place after it only says
// where: a named group that is not its doer ("struck Hezbollah targets in southern Lebanon",
// not "killed by an al-Shabaab suicide bomber at a restaurant in Beledweyne").
bool ObjectBefore(const Sentence& s, uint32_t from, uint32_t to,
                  const std::vector<ActorRef>& sources) {
  return std::any_of(s.mentions.begin(), s.mentions.end(), [&](const Mention& m) {
    return m.first >= from && m.last <= to && m.kind != MentionKind::kPlace &&
           m.actor.type == ActorType::kGroup && !HasId(sources, m.actor);
  });
}

// Whether a relative pronoun for people stands in [from, to): "arrest journalists, supporters
// of Gulen who is in exile in the United States": a place in a relative clause tells about the
// people, not where the act was ("an air strike ... which hit a hospital in northern Yemen"
// tells the act).
bool RelativeBetween(const Sentence& s, uint32_t from, uint32_t to) {
  static constexpr std::string_view kRelatives[] = {"who", "whom", "whose"};
  for (uint32_t k = from; k < to; ++k) {
    if (IsOneOf(s.tokens[k].key, kRelatives)) return true;
  }
  return false;
}

std::vector<ActorRef> PlaceTargets(const Sentence& s, const Occurrence& o, uint16_t seg,
                                   const std::vector<ActorRef>& sources) {
  const auto& t = s.tokens;
  for (const Mention& place : s.mentions) {
    if (place.kind != MentionKind::kPlace || place.actor.empty() || place.first < o.last ||
        s.segment[place.first] != seg || place.first > o.last + 10) {
      continue;
    }
    uint32_t q = place.first;
    // Back over the state that owns the place: "Ukraine's Kharkiv", "Nigeria's Borno State".
    if (q >= o.last + 2 && (Eq(t[q - 1].key, "'s"sv) || Eq(t[q - 1].key, "'"sv))) {
      for (const Mention& owner : s.mentions) {
        if (owner.last == q - 1 && owner.first >= o.last && owner.kind != MentionKind::kPlace &&
            owner.actor.StateLevelId() == place.actor.StateLevelId()) {
          q = owner.first;
          break;
        }
      }
    }
    // Back over "the southern city of", "the town of", "rebel-held".
    while (q > o.last && q + 5 > place.first && t[q - 1].is_word &&
           t[q - 1].shape == Shape::kLower && !Is(s.classes[q - 1], kPrepsBit)) {
      --q;
    }
    if (q > o.last && Eq(t[q - 1].key, "of"sv)) {
      --q;
      while (q > o.last && q + 6 > place.first && t[q - 1].is_word &&
             t[q - 1].shape == Shape::kLower && !Is(s.classes[q - 1], kPrepsBit)) {
        --q;
      }
    }
    // "rebel-held Idlib": a place held against its state is no attack on that state.
    bool held = false;
    for (uint32_t k = q; k < place.first && !held; ++k) {
      held = t[k].key.ends_with("-held") || t[k].key.ends_with("-controlled");
    }
    if (held) continue;
    if (UnknownNameBetween(s, o.last, q) || ObjectBefore(s, o.last, q, sources)) return {};
    if (RelativeBetween(s, o.last, q)) return {};
    const std::string_view before = q > 0 ? t[q - 1].key : std::string_view();
    const bool object = q == o.last;
    const bool placed =
        q > o.last && (Eq(before, "in"sv) || Eq(before, "inside"sv) || Eq(before, "across"sv) ||
                       Eq(before, "near"sv) || Eq(before, "into"sv) || Eq(before, "on"sv) ||
                       Eq(before, "at"sv) || Eq(before, "against"sv));
    if (!object && !placed) continue;
    const bool own = std::any_of(sources.begin(), sources.end(), [&](const ActorRef& a) {
      return a.StateLevelId() == place.actor.StateLevelId();
    });
    if (own) return {};
    return {place.actor};
  }
  return {};
}

// A word that opens a phrase of its own between a light verb and a noun, so that the verb does
// not govern the noun: "began construction of a barrier due to the Russian invasion". "of",
// "in" and "for" do not ("held a second round of talks").
// Where "on this occasion", "at this session", "on this solemn occasion" starting at `q`
// ends, or `q` when none starts there.
uint32_t OccasionPhraseEnd(const Sentence& s, uint32_t q) {
  const auto& t = s.tokens;
  if (!Eq(t[q].key, "on"sv) && !Eq(t[q].key, "at"sv)) return q;
  for (uint32_t r = q + 1; r < t.size() && r < q + 5; ++r) {
    const std::string_view w = t[r].key;
    if (Eq(w, "occasion"sv) || Eq(w, "session"sv) || Eq(w, "time"sv) || Eq(w, "moment"sv) ||
        Eq(w, "rostrum"sv)) {
      return r + 1;
    }
    if (!t[r].is_word || t[r].shape != Shape::kLower || Is(s.classes[r], kPrepsBit)) break;
  }
  return q;
}

bool OpensOwnPhrase(const Sentence& s, uint32_t q) {
  std::string_view w = s.tokens[q].key;
  if (Is(s.classes[q], kPrepsBit)) return !Eq(w, "of"sv) && !Eq(w, "in"sv) && !Eq(w, "for"sv);
  return Eq(w, "because"sv) || Eq(w, "amid"sv) || Eq(w, "despite"sv) || Eq(w, "since"sv);
}

bool GroupHasPronoun(const SentenceActors& actors, const Group& g) {
  return std::any_of(g.members.begin(), g.members.end(),
                     [&](int m) { return actors.pronoun[static_cast<size_t>(m)] != 0; });
}

void FindVenues(const Sentence& s, const std::vector<Occurrence>& triggers,
                SentenceActors& actors) {
  const auto& t = s.tokens;
  const uint32_t n = static_cast<uint32_t>(t.size());
  const std::vector<Group>& groups = actors.groups;
  // Via: organisations that name the venue ("at the G20 summit", "on the sidelines of APEC",
  // "at such platforms as the UN") and brokers ("brokered by China").
  std::vector<ActorRef>& via = actors.via;
  std::vector<uint8_t>& is_via = actors.is_via;
  is_via.assign(groups.size(), 0);
  for (size_t g = 0; g < groups.size(); ++g) {
    const Group& grp = groups[g];
    uint32_t p = grp.first;
    while (p > 0 && (Eq(t[p - 1].key, "the"sv) || Eq(t[p - 1].key, "such"sv))) --p;
    bool right_after_trigger =
        std::any_of(triggers.begin(), triggers.end(), [&](const Occurrence& o) {
          return o.last == p && t[o.last - 1].is_word && Is(s.classes[o.last - 1], kPrepsBit);
        });
    if (right_after_trigger) continue;  // "called on the EU": the trigger governs it
    bool broker = p >= 2 && Eq(t[p - 1].key, "by"sv) &&
                  (Eq(t[p - 2].key, "brokered"sv) || Eq(t[p - 2].key, "mediated"sv) ||
                   Eq(t[p - 2].key, "hosted"sv) || Eq(t[p - 2].key, "facilitated"sv));
    // "on the sidelines of", "in the framework of", "under the auspices of": where, not who.
    bool sidelines = p >= 2 && Eq(t[p - 1].key, "of"sv) &&
                     (Eq(t[p - 2].key, "sidelines"sv) || Eq(t[p - 2].key, "framework"sv) ||
                      Eq(t[p - 2].key, "auspices"sv) || Eq(t[p - 2].key, "aegis"sv));
    bool venue_noun = grp.last < n && Is(s.classes[grp.last], kVenueNounsBit);
    bool venue = grp.location || sidelines || venue_noun;
    if (!broker && !venue) continue;
    // "the Copenhagen summit", "the Cairo conference": a city before a meeting's noun says
    // where it met, and names no party.
    if (venue_noun && std::all_of(grp.members.begin(), grp.members.end(), [&](int m) {
          return s.mentions[static_cast<size_t>(m)].kind == MentionKind::kMetonym;
        })) {
      is_via[g] = 1;
      continue;
    }
    for (const ActorRef& r : GroupRefs(s, actors, grp, false)) {
      if (broker || r.type == ActorType::kIgo) {
        if (std::none_of(via.begin(), via.end(), [&](const ActorRef& v) { return v.id == r.id; })) {
          via.push_back(r);
        }
        is_via[g] = 1;
      }
    }
    // A state's own summit ("the Russia-Africa summit") is not a venue; only organisations are.
  }
}

bool ChooseArguments(const Sentence& s, const SentenceActors& actors,
                     const RelationLexicon& relations, size_t k, SentenceTriggers& linked,
                     const Group*& last_subject, Arguments& args) {
  const auto& t = s.tokens;
  const uint32_t n = static_cast<uint32_t>(t.size());
  const std::vector<Group>& groups = actors.groups;
  const std::vector<uint8_t>& is_via = actors.is_via;
  const std::vector<Occurrence>& triggers = linked.triggers;
  std::vector<uint8_t>& intended_by_outer = linked.intended_by_outer;
  const std::vector<int>& inner_of = linked.inner_of;
  auto group_refs = [&](const Group& g, bool allow_adjectives) {
    return GroupRefs(s, actors, g, allow_adjectives);
  };
  auto group_index = [&](const Group& g) { return static_cast<size_t>(&g - groups.data()); };
  const Occurrence& o = triggers[k];
  const Trigger& tr = relations.trigger(o.trigger);
  args.agreement_with_content = inner_of[k] >= 0 && Is(s.classes[o.first], kIntentionVerbsBit) &&
                                tr.relation == Relation::kAgreesWith;
  const uint16_t seg = s.segment[o.first];
  uint32_t seg_first = o.first;
  while (seg_first > 0 && s.segment[seg_first - 1] == seg) --seg_first;
  uint32_t seg_last = o.last;
  while (seg_last < n && s.segment[seg_last] == seg) ++seg_last;
  args.seg_first = seg_first;
  args.seg_last = seg_last;
  const bool agreement_with_content = args.agreement_with_content;

  std::vector<ActorRef>& sources = args.sources;
  std::vector<ActorRef>& targets = args.targets;
  const Group*& target_group = args.target_group;
  std::string& construction = args.construction;
  double& confidence = args.confidence;
  bool& pair = args.pair;
  const Group*& subject = args.subject;

  // "accused Israel of bombing", "sanctioned Iran for supplying": the doer is the other verb's
  // object, which a later "and urged ..." does not share.
  bool object_doer = false;
  bool deed_of_object = false;
  // Passive: "Iran was hit with sanctions by the United States".
  bool& passive = args.passive;
  // "the Houthis, backed by Iran, attack": a participle set off by a comma, with its agent; the
  // actor before the comma is the one acted on.
  if (!tr.noun && o.first >= 2 && o.last < n && Eq(t[o.first - 1].key, ","sv) &&
      Eq(t[o.last].key, "by"sv) && t[o.last - 1].key.ends_with("ed")) {
    const Group* agent = nullptr;
    const Group* patient = nullptr;
    for (const Group& g : groups) {
      if (g.first == o.last + 1 || (g.first == o.last + 2 && Eq(t[o.last + 1].key, "the"sv))) {
        agent = &g;
      }
      if (g.last + 1 == o.first) patient = &g;
    }
    if (!agent || !patient) return false;
    sources = group_refs(*agent, false);
    targets = group_refs(*patient, false);
    passive = true;
    construction = "participle";
    confidence = 0.8;
    if (tr.reverse) std::swap(sources, targets);
    return !sources.empty() && !targets.empty();
  }
  // The passive's agent stands close to the verb ("killed by al-Shabaab"), not in a later phrase
  // ("..., an area controlled by the Arakan Army").
  bool agent_near = false;
  if (!tr.noun) {
    uint32_t b = o.first;
    while (b > seg_first && (t[b - 1].key.ends_with("ly") || Is(s.classes[b - 1], kAdverbsBit)))
      --b;
    // "we are grateful for the support given by X": an adjective after "are" is no passive.
    if (b > seg_first && Is(s.classes[b - 1], kBeFormsBit) && !t[o.first].key.ends_with("ful") &&
        !Is(s.classes[o.first], kStanceParticiplesBit)) {
      // "grateful to the States that abided by the Charter": the agent of a relative clause.
      uint32_t relative = seg_last;
      for (uint32_t q = o.last; q < seg_last && relative == seg_last; ++q) {
        if (Eq(t[q].key, "that"sv) || Eq(t[q].key, "which"sv) || Eq(t[q].key, "who"sv)) {
          relative = q;
        }
      }
      for (const Group& g : groups) {
        if (g.segment == seg && g.first >= o.last && g.first < relative && Eq(g.prep, "by"sv) &&
            !is_via[group_index(g)]) {
          sources = group_refs(g, false);
          passive = !sources.empty();
          agent_near = g.first <= o.last + 6;
          break;
        }
      }
    }
  }
  if (!passive && !tr.noun && o.first > seg_first && Is(s.classes[o.first - 1], kBeFormsBit) &&
      !t[o.first].key.ends_with("ful") && !Is(s.classes[o.first], kStanceParticiplesBit)) {
    // "Kyiv was hit by a barrage of missiles": a passive whose agent is no actor we know, or
    // one named by a demonym ("... of Russian cruise missiles").
    uint32_t by = 0;
    for (uint32_t q = o.last; q < seg_last && q < o.last + 3; ++q) {
      if (Eq(t[q].key, "by"sv)) by = q;
    }
    if (by) {
      for (const Group& g : groups) {
        // Not the place of the agent ("killed by a bomb attack in Damascus").
        if (g.segment == seg && g.first > by && g.first <= by + 5 && !g.location) {
          sources = group_refs(g, true);
          agent_near = true;
          break;
        }
      }
      if (sources.empty()) return false;
      passive = true;
    }
  }
  // "X is extradited from Colombia to Venezuela": with no agent, the one it comes from acts.
  bool from_to = false;
  // "One Palestinian is killed in a settler raid", "an IRGC commander was killed in airstrikes":
  // a passive that names no agent has no source; its subject is the one acted on. ("Soldiers
  // and rebels are killed in clashes" names both sides of a joint act.)
  const bool agentless_passive = [&] {
    if (passive || tr.noun || tr.from_to || tr.symmetric) return false;
    uint32_t b = o.first;
    while (b > seg_first && (t[b - 1].key.ends_with("ly") || Is(s.classes[b - 1], kAdverbsBit)))
      --b;
    std::string_view w = t[o.first].key;
    // "Members of the EU accused of supporting Israel": a participle with its "of" and no
    // object between is the passive even without "is".
    if (tr.relation == Relation::kAccuses && w.ends_with("ed") && o.last < n &&
        Eq(t[o.last].key, "of"sv)) {
      bool by = false;
      for (uint32_t q = o.last; q < seg_last; ++q) by |= Eq(t[q].key, "by"sv);
      if (!by) return true;
    }
    auto participle = [](std::string_view x) {
      return x.ends_with("ed") || Eq(x, "hit"sv) || Eq(x, "struck"sv) || Eq(x, "shot"sv) ||
             Eq(x, "taken"sv) || Eq(x, "beaten"sv) || Eq(x, "overthrown"sv) || Eq(x, "caught"sv);
    };
    // "is shot and injured": the second participle shares the first one's "is".
    // "are killed and 10 others wounded": over the others counted.
    uint32_t a = b;
    while (a > seg_first + 3 && a + 3 > b &&
           (Eq(t[a - 1].key, "others"sv) || Eq(t[a - 1].key, "more"sv) ||
            StartsWithDigit(t[a - 1].key))) {
      --a;
    }
    if (a >= seg_first + 3 && Eq(t[a - 1].key, "and"sv) && participle(t[a - 2].key) &&
        Is(s.classes[a - 3], kBeFormsBit)) {
      b = a - 2;
    }
    // "senior ISIL members killed in US airstrikes": a participle after its noun, the passive
    // without its "are".
    // "Two Hezbollah militants killed and three injured in Israeli drone strike": over the
    // others counted.
    const uint32_t after = OverOthersCounted(t, o.last);
    // (Or a singular noun in a counted list: "Two Hezbollah militants and a civilian killed".)
    const bool counted = IsCount(t[seg_first].key);
    if (b > seg_first && participle(w) && o.last == o.first + 1 && after < n &&
        (Eq(t[after].key, "in"sv) || Eq(t[after].key, "by"sv)) &&
        (t[b - 1].key.ends_with("s") || counted) && t[b - 1].shape == Shape::kLower &&
        t[b - 1].is_word && !Is(s.classes[b - 1], kBeFormsBit)) {
      return !Is(s.classes[o.first], kStanceParticiplesBit);
    }
    if (b == seg_first || !Is(s.classes[b - 1], kBeFormsBit)) return false;
    if (Is(s.classes[o.first], kStanceParticiplesBit)) return false;  // a stance, not a passive
    return participle(w);
  }();
  if (agentless_passive) return false;
  if (!passive && tr.from_to && o.first > seg_first && Is(s.classes[o.first - 1], kBeFormsBit)) {
    const Group* from = nullptr;
    const Group* to = nullptr;
    for (const Group& g : groups) {
      if (g.segment != seg || g.first < o.last || is_via[group_index(g)]) continue;
      if (!from && Eq(g.prep, "from"sv)) from = &g;
      if (!to && Eq(g.prep, "to"sv)) to = &g;
    }
    if (from && to) {
      sources = group_refs(*from, true);
      targets = group_refs(*to, true);
      from_to = !sources.empty() && !targets.empty();
      if (from_to) {
        construction = "passive-from";
        confidence = 0.8;
      }
    }
  }
  // "shelled towns in Armenia", "struck targets inside Syria", "eleven people are killed by
  // al-Shabaab in Merca, Somalia": force used in a place is used against it.
  auto place_targets = [&]() -> std::vector<ActorRef> {
    if (tr.relation != Relation::kAssaults && tr.relation != Relation::kCoerces) return {};
    for (const Group& g : groups) {
      if (g.segment != seg || g.first <= o.first || is_via[group_index(g)]) continue;
      const bool in_place = Eq(g.prep, "in"sv) || Eq(g.prep, "inside"sv) ||
                            Eq(g.prep, "across"sv) || Eq(g.prep, "near"sv) ||
                            Eq(g.prep, "into"sv) || (Eq(g.prep, "of"sv) && g.location);
      if (in_place) {
        if (UnknownNameBetween(s, o.last, g.first) || ObjectBefore(s, o.last, g.first, sources) ||
            RelativeBetween(s, o.last, g.first)) {
          break;
        }
        std::vector<ActorRef> in = group_refs(g, true);
        if (!in.empty()) return in;
      }
    }
    return PlaceTargets(s, o, seg, sources);
  };
  // "meets the Dalai Lama despite a warning from China", "under pressure from the United
  // States": the one the warning, criticism or pressure comes from is its source, and the
  // clause's subject, who acts in spite of it or under it, its target.
  // Only where the noun stands in a phrase of its own ("despite a warning", "under pressure"),
  // not as another verb's object ("rejected criticism from the EU").
  auto adverbial_noun = [&] {
    uint32_t q = o.first;
    while (q > seg_first && q + 3 > o.first &&
           (Eq(t[q - 1].key, "a"sv) || Eq(t[q - 1].key, "the"sv) || t[q - 1].key.ends_with("ing") ||
            Eq(t[q - 1].key, "strong"sv) || Eq(t[q - 1].key, "international"sv))) {
      --q;
    }
    return q > seg_first && (Is(s.classes[q - 1], kPrepsBit) || Eq(t[q - 1].key, "despite"sv) ||
                             Eq(t[q - 1].key, "amid"sv) || Eq(t[q - 1].key, "after"sv) ||
                             Eq(t[q - 1].key, "following"sv));
  };
  const bool verbal_conflict = graph::IsVerbal(tr.relation) && graph::IsConflict(tr.relation);
  if (!from_to && !passive && tr.noun && o.last > 0 && Eq(t[o.last - 1].key, "from"sv) &&
      (verbal_conflict || tr.relation == Relation::kCoerces) && adverbial_noun()) {
    const Group* from = nullptr;
    const Group* subj = nullptr;
    for (const Group& g : groups) {
      if (g.segment != seg || is_via[group_index(g)]) continue;
      uint32_t start = g.first;
      while (start > o.last && (Eq(t[start - 1].key, "the"sv) || Eq(t[start - 1].key, "a"sv)))
        --start;
      if (!from && start == o.last) from = &g;
      if (!subj && g.last <= o.first && g.prep.empty()) subj = &g;
    }
    if (from && subj) {
      std::vector<ActorRef> doer = group_refs(*from, true);
      std::vector<ActorRef> aimed = group_refs(*subj, true);
      if (!doer.empty() && !aimed.empty()) {
        sources = std::move(doer);
        targets = std::move(aimed);
        subject = from;
        target_group = subj;
        construction = "nominal-from";
        confidence = 0.7;
        from_to = true;
      }
    }
  }
  if (from_to) {
    // Both sides are named; nothing more to find.
  } else if (passive) {
    construction = "passive";
    for (const Group& g : groups) {
      if (g.segment == seg && g.last <= o.first && g.prep.empty() && !is_via[group_index(g)]) {
        subject = &g;
      }
    }
    // "strongholds held by the CODECO group, which is accused by the United Nations": the
    // relative pronoun's antecedent, whatever governs it.
    {
      uint32_t q = o.first;
      while (q > 0 && (Is(s.classes[q - 1], kBeFormsBit) || Is(s.classes[q - 1], kAdverbsBit) ||
                       t[q - 1].key.ends_with("ly"))) {
        --q;
      }
      if (q > 1 && (Eq(t[q - 1].key, "which"sv) || Eq(t[q - 1].key, "who"sv))) {
        uint32_t r = q - 1;
        if (Eq(t[r - 1].key, ","sv)) --r;
        // "the ... (CODECO) group, which": over the bracket and the head noun.
        while (r > 0 && r + 4 > q &&
               (Eq(t[r - 1].key, ")"sv) || (t[r - 1].is_word && t[r - 1].shape == Shape::kLower &&
                                            !Is(s.classes[r - 1], kPrepsBit)))) {
          --r;
        }
        for (const Group& g : groups) {
          if (g.last == r && !g.location && !is_via[group_index(g)]) subject = &g;
        }
      }
    }
    if (subject) targets = group_refs(*subject, false);
    // "An Israeli soldier is killed by Hamas": the victim's forces named by a demonym. A victim
    // named by a nationality alone ("Italian journalist X", a private person) stands for no
    // place either.
    std::vector<ActorRef> named;
    if (subject && targets.empty()) named = group_refs(*subject, true);
    if (!named.empty() && std::all_of(named.begin(), named.end(), [](const ActorRef& r) {
          return r.type == ActorType::kAgency;
        })) {
      targets = std::move(named);
    } else if (targets.empty() && named.empty() && agent_near) {
      // Unnamed people killed inside a state (docs/ANNOTATION.md section 8).
      targets = place_targets();
    }
  } else {
    if (tr.noun) {
      // "the attacks by Hamas on Israel", "the attacks carried out by Hamas": the agent
      // follows the noun.
      auto carried_out_by = [&](const Group& g) {
        uint32_t q = o.last;
        if (q < g.first && t[q].key.ends_with("ed")) ++q;
        if (q < g.first && Eq(t[q].key, "out"sv)) ++q;
        return q > o.last && q < g.first && Eq(t[q].key, "by"sv);
      };
      for (const Group& g : groups) {
        if (g.segment == seg && Eq(g.prep, "by"sv) && g.first >= o.last &&
            (g.first <= o.last + 2 || carried_out_by(g)) && !is_via[group_index(g)]) {
          sources = group_refs(g, true);
          if (!sources.empty()) {
            subject = &g;
            construction = "nominal-by";
            confidence = 0.8;
          }
          break;
        }
      }
    }
    // "the support of the United Nations for East Timor": a pattern that runs over "of X" to
    // its own preposition names its doer there.
    // Only support and aid: "the withdrawal of Israel from" is mostly demanded, not done.
    if (tr.noun && sources.empty() && o.first + 2 < o.last && Eq(t[o.first + 1].key, "of"sv) &&
        Is(s.classes[o.last - 1], kPrepsBit) &&
        (tr.relation == Relation::kSupports || tr.relation == Relation::kAids)) {
      for (const Group& g : groups) {
        if (g.segment != seg || g.first <= o.first + 1 || g.last >= o.last ||
            is_via[group_index(g)]) {
          continue;
        }
        uint32_t start = g.first;
        while (start > o.first + 2 && Eq(t[start - 1].key, "the"sv)) --start;
        if (start != o.first + 2 || g.last + 1 != o.last) break;
        sources = group_refs(g, true);
        if (!sources.empty()) {
          subject = &g;
          construction = "nominal-of";
          confidence = 0.8;
        }
        break;
      }
    }
    // "condemns the Rapid Support Forces' targeted mass killing of civilians": a verb's
    // "-ing" form after a possessive is a noun, done by the possessor and not by the clause's
    // subject.
    // Only a named possessor ("yesterday's suicide bombing" keeps the clause's subject), and
    // only over adjectives ("Iraq's military reports bombing" is a verb's object).
    bool gerund_noun = false;
    if (!tr.noun && t[o.first].key.ends_with("ing")) {
      uint32_t q = o.first;
      while (q > seg_first && q + 3 > o.first && t[q - 1].is_word &&
             t[q - 1].shape == Shape::kLower && !Is(s.classes[q - 1], kPrepsBit) &&
             !Is(s.classes[q - 1], kBeFormsBit) && !Is(s.classes[q - 1], kSpeechVerbsBit) &&
             !(t[q - 1].key.ends_with("s"sv) && !t[q - 1].key.ends_with("ss"sv))) {
        --q;
      }
      gerund_noun = q > seg_first && IsPossessiveToken(t[q - 1]) &&
                    std::any_of(groups.begin(), groups.end(), [&](const Group& g) {
                      return g.last + 1 == q && !group_refs(g, true).empty();
                    });
    }
    if ((tr.noun || gerund_noun) && sources.empty()) {
      // Nominal forms: "X's visit to Y", "X-Y relations", "EU sanctions", "talks between X and
      // Y".
      for (const Group& g : groups) {
        if (g.segment != seg || g.last > o.first || is_via[group_index(g)]) continue;
        uint32_t gap = o.first - g.last;
        const Mention& last = s.mentions[static_cast<size_t>(g.members.back())];
        // "their largest-ever Balikatan exercises": a possessive reaches over its modifiers.
        const bool possessive_pronoun = last.kind == MentionKind::kPronoun && last.possessive;
        bool adjacent = gap <= (possessive_pronoun ? 5u : 3u);
        if (possessive_pronoun) {
          for (uint32_t q = g.last; q < o.first && adjacent; ++q) {
            adjacent = (t[q].is_word || Eq(t[q].key, "-"sv)) && !Is(s.classes[q], kPrepsBit) &&
                       !Is(s.classes[q], kLightVerbsBit) && !Is(s.classes[q], kBeFormsBit);
          }
          if (adjacent) {
            sources = group_refs(g, true);
            subject = &g;
            construction = "possessive";
            confidence = 0.8;
            continue;
          }
        }
        // "a Russian drone and missile attack"
        const bool weapons = WeaponsBetween(s, g.last, o.first);
        for (uint32_t q = g.last; q < o.first && adjacent && !weapons; ++q) {
          adjacent = Eq(t[q].key, "'s"sv) ||
                     (t[q].is_word && t[q].shape == Shape::kLower && !Is(s.classes[q], kPrepsBit) &&
                      !Is(s.classes[q], kBeFormsBit) && !Eq(t[q].key, "and"sv) &&
                      !Is(s.classes[q], kLightVerbsBit));
        }
        if (!adjacent) continue;
        if (g.hyphen && g.members.size() == 2) {
          sources = group_refs(g, true);
          pair = true;
          construction = "nominal-pair";
          confidence = 0.8;
          // "US-British strikes on Yemen", "the Anglo-French invasion of Egypt": a hostile act
          // that is not mutual (as clashes are) is the pair's joint act, on whoever it targets.
          if (graph::IsConflict(tr.relation) && !tr.symmetric) {
            pair = false;
            subject = &g;
            construction = "nominal-joint";
          }
        } else if (last.possessive || gap == 0 ||
                   // "a Russian missile attack", "an Israeli drone strike": a demonym over a
                   // noun or two that name the weapon.
                   (weapons &&
                    (last.kind == MentionKind::kAdjective ||
                     (g.members.size() == 1 && last.first > 0 &&
                      (Eq(t[last.first - 1].key, "a"sv) || Eq(t[last.first - 1].key, "an"sv)))))) {
          // "Serbia refused to join Western sanctions": a demonym modifier gives way to a
          // subject that governs the noun through a verb.
          bool adjective_only = std::all_of(g.members.begin(), g.members.end(), [&](int m) {
            return s.mentions[static_cast<size_t>(m)].kind == MentionKind::kAdjective;
          });
          if (adjective_only && !last.possessive) {
            bool subject_governs = false;
            for (const Group& h : groups) {
              if (&h == &g || h.segment != seg || h.last > g.first || !h.prep.empty()) continue;
              for (uint32_t q = g.first; q-- > h.last;) {
                if (Is(s.classes[q], kLightVerbsBit) || Eq(t[q].key, "join"sv)) {
                  subject_governs = true;
                  break;
                }
                if (OpensOwnPhrase(s, q)) break;
              }
            }
            if (subject_governs) continue;
          }
          sources = group_refs(g, true);
          subject = &g;
          pair = false;
          construction = last.possessive ? "possessive" : "modifier";
          confidence = 0.8;
        }
      }
      if (sources.empty()) {
        for (const Group& g : groups) {
          // Not another noun's: "joint drills and tensions between Russia and Ukraine".
          bool other_noun = false;
          for (uint32_t q = o.last; q + 1 < g.first && !other_noun; ++q) {
            other_noun = Eq(t[q].key, "and"sv) && t[q + 1].is_word && !Eq(t[q + 1].key, "the"sv);
          }
          if (g.segment == seg && Eq(g.prep, "between"sv) && g.first >= o.last &&
              g.first - o.last <= 5 && g.members.size() >= 2 && !other_noun) {
            sources = group_refs(g, true);
            pair = true;
            construction = "nominal-between";
            confidence = 0.8;
            // "between ASEAN and China, Japan and India": one side and a list of others, not
            // every pair of them.
            const Mention& first = s.mentions[static_cast<size_t>(g.members[0])];
            const Mention& second = s.mentions[static_cast<size_t>(g.members[1])];
            bool list_after = false;
            for (uint32_t q = second.last; q < g.last; ++q) list_after |= Eq(t[q].key, ","sv);
            if (g.members.size() >= 3 && first.last < n && Eq(t[first.last].key, "and"sv) &&
                list_after) {
              Group one = g;
              one.members.resize(1);
              one.last = first.last;
              std::vector<ActorRef> side = group_refs(one, true);
              if (side.size() == 1) {
                std::erase_if(sources, [&](const ActorRef& r) { return r.id == side[0].id; });
                targets = std::move(sources);
                sources = std::move(side);
                pair = false;
                construction = "nominal-between-list";
              }
            }
            break;
          }
        }
      }
    }
    if (gerund_noun && sources.empty()) return false;
    if (sources.empty()) {
      // "Washington blamed Moscow ... and expelled ten diplomats": a verb after "and" shares
      // the subject of the verb before it.
      if (o.first > 0 && Eq(t[o.first - 1].key, "and"sv) && last_subject &&
          last_subject->segment == seg) {
        subject = last_subject;
      }
      // "accused the Canadian government of supplying weapons to Saudi Arabia": the accused
      // does what the gerund says; "with the Turkish Armed Forces attacking ISIL targets": the
      // actor of "with" does. After an accusation, a light verb's gerund before the trigger
      // counts as the trigger's ("accuses Uganda of providing military support to").
      uint32_t verb = o.first;
      for (uint32_t q = o.first; q-- > seg_first + 1 && q + 3 > o.first;) {
        if (Is(s.classes[q], kLightVerbsBit) && t[q].key.ends_with("ing")) {
          const bool accused =
              std::any_of(triggers.begin(), triggers.begin() + static_cast<std::ptrdiff_t>(k),
                          [&](const Occurrence& a) {
                            return s.segment[a.first] == seg && a.last <= q &&
                                   relations.trigger(a.trigger).relation == Relation::kAccuses;
                          });
          if (accused && (Eq(t[q - 1].key, "of"sv) || Eq(t[q - 1].key, "for"sv))) verb = q;
          break;
        }
        if (!t[q].is_word || t[q].shape != Shape::kLower || Is(s.classes[q], kPrepsBit)) break;
      }
      if (!subject && t[verb].key.ends_with("ing")) {
        for (const Group& g : groups) {
          if (g.segment != seg || is_via[group_index(g)]) continue;
          // "in response to the United States vetoing", "after Russia invading": likewise.
          if ((Eq(g.prep, "with"sv) || Eq(g.prep, "to"sv) || Eq(g.prep, "after"sv) ||
               Eq(g.prep, "over"sv) || Eq(g.prep, "despite"sv) || Eq(g.prep, "amid"sv)) &&
              g.last == verb) {
            subject = &g;
          }
        }
        // "Three Islamic Jihad militants are killed while firing mortars into Israel": a
        // participle clause after "while" or "when" has the main clause's subject, whatever
        // the main verb's voice.
        if (!subject && verb == seg_first + 1 &&
            (Eq(t[seg_first].key, "while"sv) || Eq(t[seg_first].key, "when"sv)) && seg_first > 0) {
          const uint16_t main = s.segment[seg_first - 1];
          // Not after "condemned X for remaining silent": that clause is X's.
          bool deed_clause = false;
          for (uint32_t q = seg_first; q-- > 1 && s.segment[q] == main;) {
            deed_clause |= t[q].key.ends_with("ing") &&
                           (Eq(t[q - 1].key, "for"sv) || Eq(t[q - 1].key, "of"sv));
          }
          for (const Group& g : groups) {
            if (deed_clause) break;
            if (g.segment == main && g.prep.empty() && !is_via[group_index(g)]) {
              subject = &g;
              break;
            }
          }
        }
        // "sanctioned two Iranian firms for allegedly supplying drones to Russia": what one is
        // punished or blamed for, the one punished did.
        uint32_t before = verb;
        while (before > seg_first && t[before - 1].key.ends_with("ly")) --before;
        const bool for_deed = before > seg_first && Eq(t[before - 1].key, "for"sv);
        if (!subject && verb > seg_first && (Eq(t[verb - 1].key, "of"sv) || for_deed)) {
          // "accused Israel on Monday of bombing": the accusation's object, however far.
          const Occurrence* accusation = nullptr;
          for (size_t j = 0; j < k; ++j) {
            const Relation r = relations.trigger(triggers[j].trigger).relation;
            if (s.segment[triggers[j].first] == seg &&
                (r == Relation::kAccuses ||
                 (for_deed &&
                  (r == Relation::kSanctions || r == Relation::kCoerces ||
                   (r == Relation::kSupports && !relations.trigger(triggers[j].trigger).noun))))) {
              accusation = &triggers[j];
            }
          }
          for (const Group& g : groups) {
            if (!subject && for_deed && !accusation) break;  // "for helping": an aim, no doer
            if (g.segment != seg || is_via[group_index(g)]) continue;
            // The one punished follows the verb or "on", "against" ("sanctions on Belarus").
            const bool object_prep =
                g.prep.empty() || (for_deed && (Eq(g.prep, "on"sv) || Eq(g.prep, "against"sv)));
            if (!object_prep) continue;
            if (accusation ? g.first >= accusation->last && g.last < o.first : g.last + 1 == verb) {
              subject = &g;
              object_doer = true;
              deed_of_object = for_deed;  // "two Iranian firms": the demonym names the doer
              break;
            }
          }
          // "an immediate cessation of bombarding": a gerund that names no doer has none.
          if (!subject && !for_deed) return false;
          if (!subject && accusation) return false;
        }
      }
      // The subject: the nearest actor group before the trigger that no preposition governs;
      // for ", accusing them of ..." the first one, the subject of the main clause.
      const bool participle_clause =
          o.first > 0 && Eq(t[o.first - 1].key, ","sv) && t[o.first].key.ends_with("ing");
      // "the hurricane that recently struck it", "those who supply weapons to the Taliban": in a
      // relative clause on a common noun, the noun is the subject, and no actor before it is.
      uint32_t relative = 0;
      for (uint32_t q = o.first; q-- > seg_first + 1 && q + 6 > o.first;) {
        if (Eq(t[q].key, "that"sv) || Eq(t[q].key, "which"sv) || Eq(t[q].key, "who"sv)) {
          // "I join those who have welcomed", "associate myself with the speakers who have
          // congratulated you", "add my voice to those who", "among those who sign": the
          // speaker does it too.
          bool joined = false;
          for (uint32_t r = q; Eq(t[q].key, "who"sv) && r-- > seg_first && r + 12 > q;) {
            joined |= t[r].key.starts_with("join"sv) || t[r].key.starts_with("associat"sv) ||
                      t[r].key.starts_with("echo"sv) || Eq(t[r].key, "voice"sv) ||
                      Eq(t[r].key, "among"sv);
          }
          if (joined) break;
          const Token& noun = t[q - 1];
          // "the Powers which continue to support Portugal": a capitalised noun too, when it
          // names no actor.
          const bool names_actor =
              std::any_of(s.mentions.begin(), s.mentions.end(),
                          [q](const Mention& m) { return m.last == q || m.last + 1 == q; });
          if (noun.is_word && !names_actor && !Is(s.classes[q - 1], kPrepsBit) &&
              !Is(s.classes[q - 1], kThatVerbsBit) && !Is(s.classes[q - 1], kSpeechVerbsBit) &&
              !Is(s.classes[q - 1], kWeakSpeechVerbsBit) &&
              // "the drone attack that killed three US soldiers": an event's doer does it.
              std::none_of(s.matches.begin(), s.matches.end(),
                           [q](const Occurrence& x) { return x.first + 1 == q; })) {
            relative = q;
          }
          break;
        }
        if (!(Is(s.classes[q], kAdverbsBit) || Is(s.classes[q], kBeFormsBit) ||
              Is(s.classes[q], kNegationsBit) || t[q].key.ends_with("ly") ||
              Is(s.classes[q], kControlWordsBit) || Is(s.classes[q], kIntentionMarkersBit) ||
              Eq(t[q].key, "continue"sv) || Eq(t[q].key, "continues"sv) || Eq(t[q].key, "has"sv) ||
              Eq(t[q].key, "have"sv) || Eq(t[q].key, "had"sv))) {
          break;
        }
      }
      // "condemned the refusal of South Africa to withdraw from Namibia": the one who refuses
      // or offers, named right before "to".
      if (!subject && linked.stance[k] != SentenceTriggers::kNoStance) {
        for (const Group& g : groups) {
          if (g.segment == seg && g.prep.empty() && g.last < o.first && g.last + 2 >= o.first &&
              g.first >= 2 && Eq(t[g.first - 1].key, "of"sv) && !is_via[group_index(g)]) {
            subject = &g;
          }
        }
      }
      for (const Group& g : groups) {
        if (subject) break;
        if (relative && g.last <= relative) continue;
        // "an honour for me to thank": the one "for" whom it is to do it.
        // "remiss of me not to thank": likewise, through the double negative.
        const bool to_before =
            (g.last + 1 == o.first && Eq(t[g.last].key, "to"sv)) ||
            (g.last + 2 == o.first && Eq(t[g.last].key, "not"sv) && Eq(t[g.last + 1].key, "to"sv));
        const bool for_to = (Eq(g.prep, "for"sv) || Eq(g.prep, "of"sv)) && to_before;
        if (g.segment == seg && g.last <= o.first && (g.prep.empty() || for_to) &&
            !is_via[group_index(g)]) {
          const Mention& last = s.mentions[static_cast<size_t>(g.members.back())];
          // "Carter, after visiting North Korea, calls on ...": an adverbial clause set off by
          // commas holds no subject of the verb after it.
          // "While we support the people of South Africa, we call on": anywhere in a clause that
          // opens the sentence with "while", "although" or "whereas".
          bool adverbial = false;
          for (uint32_t q = g.first; q-- > 0 && !adverbial;) {
            if (Eq(t[q].key, ","sv)) break;
            const bool opener = Eq(t[q].key, "while"sv) || Eq(t[q].key, "whilst"sv) ||
                                Eq(t[q].key, "although"sv) || Eq(t[q].key, "whereas"sv);
            adverbial =
                (q + 4 > g.first && (Eq(t[q].key, "after"sv) || Eq(t[q].key, "before"sv) ||
                                     Eq(t[q].key, "while"sv) || Eq(t[q].key, "following"sv) ||
                                     Eq(t[q].key, "despite"sv) || Eq(t[q].key, "during"sv))) ||
                (opener && q == 0);
          }
          if (adverbial) {
            bool comma_after = false;
            for (uint32_t q = g.last; q < o.first; ++q) comma_after |= Eq(t[q].key, ","sv);
            if (comma_after) continue;
          }
          // "China's proposals", but "my Government has condemned": a possessive with its
          // noun is the subject when only auxiliaries and adverbs stand before the verb, or
          // when the noun stands for the possessor ("My delegation takes this opportunity to
          // thank", "Our Government has decided to recognize").
          // Only after a possessive determiner: "Russia's state-owned firm" is no subject.
          const bool stands_for_possessor =
              g.last < o.first && Is(s.classes[g.last], kRepresentativeNounsBit);
          if (last.possessive && g.last + 1 < o.first && !stands_for_possessor) {
            bool auxiliaries_only = true;
            for (uint32_t q = g.last + 1; q < o.first && auxiliaries_only; ++q) {
              // "pleased to join the other delegations in congratulating": the joiner does it.
              if ((Eq(t[q].key, "join"sv) || Eq(t[q].key, "joins"sv)) && o.first >= 2 &&
                  o.first <= q + 6 && Eq(t[o.first - 1].key, "in"sv)) {
                break;
              }
              // "my pleasure on this occasion to greet": the occasion is no object.
              if (const uint32_t over = OccasionPhraseEnd(s, q); over > q && over < o.first) {
                q = over - 1;
                continue;
              }
              auxiliaries_only = Is(s.classes[q], kBeFormsBit) || Is(s.classes[q], kAdverbsBit) ||
                                 Eq(t[q].key, "has"sv) || Eq(t[q].key, "have"sv) ||
                                 Eq(t[q].key, "had"sv) || t[q].key.ends_with("ly") ||
                                 Is(s.classes[q], kControlWordsBit);
            }
            if (!auxiliaries_only) continue;
          }
          subject = &g;
          if (participle_clause) break;
        }
      }
      // "Russia wants Israel to withdraw", "we want to see Israel withdraw", "allowed Israel to
      // attack Iran", "forced Israel to withdraw": the object of a verb of wanting, letting or
      // making does the act after it (a request's object is asked, and codes no act of its own).
      if (subject && !tr.noun) {
        for (const Group& g : groups) {
          if (g.first <= subject->last || g.last > o.first || g.segment != seg || !g.prep.empty() ||
              is_via[group_index(g)]) {
            continue;
          }
          uint32_t q = g.last;
          if (q < o.first && Eq(t[q].key, "to"sv)) ++q;
          uint32_t v = g.first;
          if (v > 0 && Eq(t[v - 1].key, "the"sv)) --v;
          if (q == o.first && v > 0 && IsControlVerb(t[v - 1].key)) subject = &g;
        }
        // "encourages the parties concerned fully to cooperate with the United Nations": an
        // object that names no actor does it.
        uint32_t q = o.first;
        while (q > subject->last &&
               (Is(s.classes[q - 1], kAdverbsBit) || t[q - 1].key.ends_with("ly")))
          --q;
        if (q > subject->last + 2 && Eq(t[q - 1].key, "to"sv)) {
          uint32_t p = q - 1;
          bool noun = false;
          while (p > subject->last + 1 && p + 6 > q && t[p - 1].is_word &&
                 t[p - 1].shape == Shape::kLower && !IsControlVerb(t[p - 1].key) &&
                 !Is(s.classes[p - 1], kPrepsBit) && !Is(s.classes[p - 1], kBeFormsBit)) {
            noun |= !Eq(t[p - 1].key, "the"sv) && !Eq(t[p - 1].key, "all"sv) &&
                    !t[p - 1].key.ends_with("ly");
            --p;
          }
          if (noun && IsControlVerb(t[p - 1].key) &&
              !std::any_of(groups.begin(), groups.end(),
                           [&](const Group& g) { return g.first >= p && g.last < q; })) {
            return false;
          }
        }
      }
      // "the role of Brazil, which has cooperated with the United Nations": in a relative
      // clause after a comma, its antecedent acts (not "Brazil, which the United States
      // attacked").
      if (subject && !tr.noun) {
        for (uint32_t q = o.first; q-- > subject->last + 2 && q + 7 > o.first;) {
          if (!t[q].is_word || t[q].shape != Shape::kLower) break;
          if (!Eq(t[q].key, "which"sv) && !Eq(t[q].key, "who"sv)) continue;
          if (!Eq(t[q - 1].key, ","sv)) break;
          for (const Group& g : groups) {
            if (g.last + 1 == q && g.segment == seg && !g.location && !is_via[group_index(g)] &&
                !group_refs(g, false).empty()) {
              subject = &g;
            }
          }
          break;
        }
      }
      // A noun only takes the clause's subject through a verb: "X held talks with Y".
      if (subject && tr.noun) {
        bool light = false;
        // The light verb governs the noun: no other verb stands between them, and no phrase
        // of its own ("began construction of a barrier due to the Russian invasion of"), unless
        // the noun is in apposition ("held talks at the Kremlin, the second day of a visit").
        bool apposition = false;
        for (uint32_t q = o.first; q-- > subject->last;) {
          if (Is(s.classes[q], kLightVerbsBit)) {
            light = true;
            break;
          }
          apposition |= Eq(t[q].key, ","sv);
          if (!apposition && OpensOwnPhrase(s, q)) break;
          bool after_determiner = q > 0 && (Eq(t[q - 1].key, "a"sv) || Eq(t[q - 1].key, "an"sv) ||
                                            Eq(t[q - 1].key, "the"sv));
          if ((t[q].key.ends_with("ed") || t[q].key.ends_with("ing")) && !after_determiner) break;
        }
        // "Putin, during his visit to", "after talks with": the subject's own meeting; not
        // "condolences ... following the tragic attack", which someone else made.
        const bool conflict = graph::IsConflict(tr.relation);
        for (uint32_t q = subject->last; q < o.first && !conflict; ++q) {
          light |=
              (Eq(t[q].key, "during"sv) || Eq(t[q].key, "after"sv) || Eq(t[q].key, "before"sv) ||
               Eq(t[q].key, "following"sv) || Eq(t[q].key, "for"sv)) &&
              o.first - q <= 3;
        }
        if (tr.reverse) light = true;  // "at the invitation of Putin": the invited is the subject
        if (!light) subject = nullptr;
      }
      // "Russia and Ukraine, together with the United States": a partner phrase qualifies the
      // subject right before it, not an object ("killed X together with Y").
      if (subject && tr.partner && !Eq(t[o.first].key, "in"sv)) {
        uint32_t q = subject->last;
        while (q < o.first && (Eq(t[q].key, ","sv) || Eq(t[q].key, "("sv))) ++q;
        const bool verb_before = std::any_of(triggers.begin(), triggers.end(), [&](const auto& x) {
          return x.first >= seg_first && x.first < subject->first;
        });
        if (q != o.first || verb_before) subject = nullptr;
      }
      // "Russia and Ukraine, together with the US, sit down for talks": partners in a joint act
      // are its parties, coded by the act.
      if (subject && tr.partner) {
        for (size_t j = k + 1; j < triggers.size(); ++j) {
          const Trigger& act = relations.trigger(triggers[j].trigger);
          if (act.partner || s.segment[triggers[j].first] != seg) continue;
          if (act.symmetric && triggers[j].first < o.last + 14) subject = nullptr;
          break;
        }
      }
      if (subject) {
        sources = group_refs(*subject, deed_of_object);
        // "The US, together with Britain and France, launched strikes": the partner shares the
        // subject's act. (In a joint act the partners would meet each other: "Trump, together
        // with Moon, meets Kim" keeps Trump's meeting with Kim.)
        for (const Occurrence& p : triggers) {
          if (tr.partner || tr.symmetric || !relations.trigger(p.trigger).partner ||
              p.first < subject->last || p.last > o.first || s.segment[p.first] != seg) {
            continue;
          }
          for (const Group& g : groups) {
            uint32_t start = g.first;
            while (start > p.last && (Eq(t[start - 1].key, "the"sv) || Eq(t[start - 1].key, "a"sv)))
              --start;
            if (start != p.last || g.last > o.first || is_via[group_index(g)]) continue;
            AppendNew(sources, group_refs(g, false));
          }
        }
        // "Palestinian fighters, including Hamas and Islamic Jihad, claim ...": the named
        // members stand for the forces they are part of.
        const bool generic = std::all_of(sources.begin(), sources.end(), [](const ActorRef& a) {
          return a.type == ActorType::kAgency;
        });
        if (generic && subject->last + 2 < t.size() && Eq(t[subject->last].key, ","sv) &&
            Eq(t[subject->last + 1].key, "including"sv)) {
          for (const Group& g : groups) {
            if (g.first != subject->last + 2 || g.last > o.first) continue;
            auto named = group_refs(g, false);
            if (!named.empty()) {
              sources = std::move(named);
              subject = &g;
            }
            break;
          }
        }
      }
      if (sources.empty() && !tr.noun && !tr.partner) {
        // "Russian drones attacked ...": a demonym with its noun right before the verb; "a
        // Ukrainian Bayraktar TB2 drone destroys", "Israeli F-35 jets struck": over the make of
        // the weapon too.
        auto noun_before_verb = [&](const Group& g) {
          if (g.last >= o.first || o.first - g.last > 5) return false;
          const Token& noun = t[o.first - 1];
          if (!noun.is_word || noun.shape != Shape::kLower) return false;
          if (g.last + 1 == o.first) return true;
          if (!IsWeaponWord(s, o.first - 1)) return false;
          for (uint32_t q = g.last; q + 1 < o.first; ++q) {
            if (!IsWeaponWord(s, q) && !(t[q].is_word && t[q].shape != Shape::kLower) &&
                !Eq(t[q].key, "-"sv)) {
              return false;
            }
          }
          return true;
        };
        for (const Group& g : groups) {
          if (g.segment == seg && g.prep.empty() && noun_before_verb(g)) {
            sources = group_refs(g, true);
            subject = &g;
          }
        }
      }
      if (sources.empty() && !tr.partner) {
        // "In a phone call with Charles Michel, Pezeshkian accused ...", "After attacking X,
        // Y ...": what a phrase opening the sentence tells is the main clause's subject's deed.
        if (const Group* g = OpeningPhraseSubject(s, groups, o)) {
          sources = group_refs(*g, true);
          subject = g;
          construction = "opening-phrase";
          confidence = 0.7;
        }
      }
    }
    if (agreement_with_content) {
      const auto inner = static_cast<size_t>(inner_of[k]);
      if (sources.size() >= 2) {
        intended_by_outer[inner] = 1;  // a joint agreement: the agreement, and its content
      } else {
        if (!graph::IsCooperation(relations.trigger(triggers[inner].trigger).relation)) {
          intended_by_outer[inner] = 1;  // "agreed to freeze the assets of X": the content
          return false;
        }
        intended_by_outer[inner] = 1;  // "agreed to normalise relations with Israel": both
      }
    }
    if (!pair) {
      const bool ends_in_prep = o.last > 0 && Is(s.classes[o.last - 1], kPrepsBit);
      // "the extradition of drug boss Joaquin Guzman to the United States": when the pattern's
      // last preposition governs an actor, one inside the pattern's gap is only its object. (Not
      // "provided Russia with", nor over a conjunction: "severs ties with Taiwan and establishes
      // relations with China".)
      // Where a group begins with its article ("the", "a", "an") after the trigger: at o.last
      // when the trigger's own preposition governs it ("arrived in Moscow").
      auto article_start = [&](const Group& g) {
        uint32_t start = g.first;
        while (start > o.last && (Eq(t[start - 1].key, "the"sv) || Eq(t[start - 1].key, "a"sv) ||
                                  Eq(t[start - 1].key, "an"sv))) {
          --start;
        }
        return start;
      };
      const bool prep_governs = ends_in_prep && !Eq(t[o.last - 1].key, "with"sv) &&
                                !Eq(t[o.last - 1].key, "of"sv) &&
                                std::none_of(t.begin() + o.first, t.begin() + o.last,
                                             [](const Token& w) { return Eq(w.key, "and"sv); }) &&
                                std::any_of(groups.begin(), groups.end(), [&](const Group& g) {
                                  return g.segment == seg && article_start(g) == o.last;
                                });
      // "the withdrawal of Vietnamese troops from Kampuchea", "the lifting of the United States
      // embargo on Cuba": the actor that modifies a noun inside the gap is the nominal act's doer.
      if (prep_governs && tr.noun && sources.empty()) {
        for (const Group& g : groups) {
          if (g.segment != seg || g.first <= o.first || g.last >= o.last) continue;
          // "Vietnamese troops", "American forces", "the United States embargo"; not "drug boss
          // Joaquin Guzman to".
          const MentionKind kind = s.mentions[static_cast<size_t>(g.members.back())].kind;
          const bool modifier = t[g.last].is_word && t[g.last].shape == Shape::kLower &&
                                !Is(s.classes[g.last], kPrepsBit) && !Eq(t[g.last].key, "and"sv);
          if (modifier || kind == MentionKind::kAgency || kind == MentionKind::kAdjective) {
            sources = group_refs(g, true);
            subject = &g;
            construction = "modifier";
            break;
          }
        }
      }
      const Group* adjective_target = nullptr;
      target_group = nullptr;
      for (const Group& g : groups) {
        if (g.segment != seg || g.first <= o.first || &g == subject) continue;
        if (is_via[group_index(g)]) continue;
        if (prep_governs && g.first < o.last) continue;
        // "a G7 meeting on the Israeli-Palestinian conflict": demonyms on the topic of talks
        // name no partner.
        if (tr.relation == Relation::kConsults && !ends_in_prep &&
            (Eq(g.prep, "on"sv) || Eq(g.prep, "about"sv) || Eq(g.prep, "over"sv)) && g.last < n &&
            t[g.last].is_word && t[g.last].shape == Shape::kLower &&
            std::all_of(g.members.begin(), g.members.end(), [&](int m) {
              return s.mentions[static_cast<size_t>(m)].kind == MentionKind::kAdjective;
            })) {
          continue;
        }
        // "vetoed a UN Security Council resolution put forward by the US": a veto is cast in the
        // Council; it rejects the resolution's sponsors, not the Council.
        // What the resolution says ("condemning Israel", "on aid access in Syria") names no
        // sponsor either: only "by X" or a modifier of the resolution ("French-drafted") does.
        if (tr.cameo == "129"sv) {
          const std::vector<ActorRef> refs = group_refs(g, true);
          if (!refs.empty() && std::all_of(refs.begin(), refs.end(), [](const ActorRef& r) {
                return r.id == "UN"sv || r.id == "UNSC"sv || r.id == "UNGA"sv;
              })) {
            continue;
          }
          if (!Eq(g.prep, "by"sv)) {
            bool content = false;
            for (uint32_t q = o.last; q < g.first && !content; ++q) {
              content = Is(s.classes[q], kPrepsBit) || t[q].key.ends_with("ing") ||
                        Eq(t[q].key, "that"sv) || Eq(t[q].key, "which"sv);
            }
            if (content) break;
          }
        }
        // "arrived in Moscow", "travelled to Kyiv": the trigger's own preposition.
        const uint32_t start = article_start(g);
        const bool governed = ends_in_prep && start == o.last;
        // "a demand by Al-Qaeda to leave Afghanistan": what a demand asks names no one asked;
        // only the one who answers it is (below).
        // "Obama's demand that Israel halt settlement": the subject of its clause is asked.
        if (tr.noun && tr.relation == Relation::kRequestsFrom && !ends_in_prep &&
            !(o.last < n && Eq(t[o.last].key, "that"sv) && start == o.last + 1 && g.prep.empty())) {
          break;
        }
        // "seeks United States and Russian support", "sought the support of the UN": the one
        // asked stands in the pattern or right after its noun, not further on ("seeks help to
        // implement the return of Syrians").
        if (tr.relation == Relation::kRequestsFrom && !ends_in_prep &&
            (t[o.first].key.starts_with("seek"sv) || Eq(t[o.first].key, "sought"sv)) &&
            g.first >= o.last && !(Eq(g.prep, "of"sv) && start == o.last + 1)) {
          break;
        }
        // "We appeal to all Members ... to help in restoring justice to Palestine": the one
        // appealed to is no actor; what follows its "to" is what they are asked to do.
        if (tr.relation == Relation::kRequestsFrom && ends_in_prep && !governed) {
          bool content = false;
          for (uint32_t q = o.last; q + 1 < g.first && !content; ++q) {
            content = Eq(t[q].key, "to"sv) && t[q + 1].is_word && t[q + 1].shape == Shape::kLower &&
                      !Eq(t[q + 1].key, "the"sv) && !Is(s.classes[q + 1], kPrepsBit);
          }
          if (content) break;
        }
        // "calls for the United States to end": who is called on stands right after "for", with
        // "to" after it; in "calls for action on Syria", "calls for an investigation into
        // Israel", "calls for sanctions against Iran" no one is asked.
        if (tr.relation == Relation::kRequestsFrom && tr.noun && o.last > 0 &&
            Eq(t[o.last - 1].key, "for"sv) &&
            !(governed && g.last < n && Eq(t[g.last].key, "to"sv))) {
          break;
        }
        // "together with Japan": the partner is the phrase's own object, or there is none.
        if (tr.partner && !governed) break;
        // "I welcome them to the United Nations", "welcomes the admission to our Organization
        // of X": where the welcomed are welcomed to, after an object of the verb.
        if (t[o.first].key.starts_with("welcom"sv) && !governed &&
            (Eq(g.prep, "to"sv) || Eq(g.prep, "into"sv))) {
          static constexpr std::string_view kObjectStarts[] = {
              "them", "him", "her", "it", "us", "you", "the", "a", "an", "all", "these", "those"};
          uint32_t q = o.last;
          while (q < start && (Is(s.classes[q], kAdverbsBit) || t[q].key.ends_with("ly"sv) ||
                               Eq(t[q].key, "most"sv) || Eq(t[q].key, "very"sv))) {
            ++q;
          }
          // Not "welcome the mandate given to the Mission", "the granting of observer status
          // to the CIS": there the "to" is another word's.
          bool own_to = q < start && IsOneOf(t[q].key, kObjectStarts);
          uint32_t r = q;
          for (; own_to && r < start && !Eq(t[r].key, "to"sv) && !Eq(t[r].key, "into"sv); ++r) {
            own_to = r < q + 5 && !Eq(t[r].key, "of"sv) && !t[r].key.ends_with("ed"sv) &&
                     !t[r].key.ends_with("en"sv) && !t[r].key.ends_with("ing"sv);
          }
          if (own_to) continue;
        }
        // "pleased with the findings of the mission, whose report found that the Israeli
        // military ...": a non-restrictive relative clause is about the object, not the act.
        {
          bool relative = false;
          for (uint32_t q = o.last; q < g.first && !relative; ++q) {
            const bool which = Eq(t[q].key, "which"sv) || Eq(t[q].key, "who"sv);
            // "welcome all the States which have joined the United Nations": the relative
            // clause's own object.
            bool own_object = which && q + 1 < g.first && t[q + 1].is_word &&
                              t[q + 1].shape == Shape::kLower && !Eq(t[q + 1].key, "the"sv) &&
                              !Eq(t[q + 1].key, "a"sv);
            // (Its clause ends at a comma: "those who forged the agreements, in particular
            // Prime Minister Rabin".)
            for (uint32_t r = q + 1; r < g.first && own_object; ++r) {
              own_object = !Eq(t[r].key, ","sv);
            }
            relative = Eq(t[q].key, "whose"sv) || own_object ||
                       (q > o.last && Eq(t[q - 1].key, ","sv) && which);
          }
          if (relative) break;
        }
        // "made arrests in conjunction with the US": the partner is not what the act is done to.
        if (!tr.partner && std::any_of(triggers.begin(), triggers.end(), [&](const auto& x) {
              return relations.trigger(x.trigger).partner && x.last == start;
            })) {
          continue;
        }
        // "sanctions imposed by the United Nations": the participle right after the trigger
        // names who imposed them, not whom they fall on.
        const bool own_doer = Eq(g.prep, "by"sv) && start == o.last + 2 &&
                              t[o.last].key.ends_with("ed") && t[o.last].shape == Shape::kLower;
        const bool origin_is_object =
            ((Eq(g.prep, "from"sv) || Eq(g.prep, "by"sv)) && !own_doer &&
             (tr.relation == Relation::kRejects || tr.relation == Relation::kSanctions)) ||
            (Eq(g.prep, "by"sv) && IsDoerOfObject(t, o, start));
        if (!governed && !origin_is_object &&
            (Eq(g.prep, "between"sv) || Eq(g.prep, "by"sv) || Eq(g.prep, "from"sv) || g.location)) {
          continue;
        }
        // "condemned acts of terrorism perpetrated against Israel", "the conflicts affecting
        // Cyprus": the victim of an act, or where a problem lies, is not what is blamed or
        // praised.
        if (!governed && !Eq(g.prep, "by"sv) &&
            (tr.relation == Relation::kAccuses || tr.relation == Relation::kSupports ||
             tr.relation == Relation::kRejects)) {
          bool victim = false;
          for (uint32_t q = start; q-- > o.last && q + 4 > start && !victim;) {
            std::string_view w = t[q].key;
            victim = Eq(w, "perpetrated"sv) || Eq(w, "committed"sv) || Eq(w, "directed"sv) ||
                     Eq(w, "waged"sv) || Eq(w, "affecting"sv) || Eq(w, "afflicting"sv) ||
                     Eq(w, "plaguing"sv);
          }
          // "condemned the invasion of Ukrainian territory": the one an attack named by its
          // noun falls on is its victim (the doer, named before the noun, is found below).
          if (tr.relation == Relation::kAccuses && Eq(g.prep, "of"sv)) {
            for (size_t j = k + 1; j < triggers.size() && !victim; ++j) {
              const Occurrence& act = triggers[j];
              // The "of" is the pattern's last word or the one after it.
              const uint32_t of = Eq(t[act.last - 1].key, "of"sv) ? act.last - 1 : act.last;
              victim = act.first >= o.last && of + 1 <= start && of + 3 > start && of < n &&
                       Eq(t[of].key, "of"sv) && relations.trigger(act.trigger).noun &&
                       graph::IsConflict(relations.trigger(act.trigger).relation);
            }
          }
          if (victim) break;
        }
        // "airstrikes on rebel-held Idlib": a place held against its state stands for no one
        // here (docs/ANNOTATION.md section 8).
        {
          bool held = false;
          for (uint32_t q = start; q < g.first && !held; ++q) {
            held = t[q].key.ends_with("-held"sv) || t[q].key.ends_with("-controlled"sv) ||
                   ((Eq(t[q].key, "held"sv) || Eq(t[q].key, "controlled"sv)) && q > start &&
                    Eq(t[q - 1].key, "-"sv));
          }
          if (held) continue;
        }
        // "on the Lebanon–Syria border", "along the Afghan frontier": a place, not a party.
        if (!governed && !g.prep.empty() && g.last < n &&
            (Eq(t[g.last].key, "border"sv) || Eq(t[g.last].key, "frontier"sv) ||
             Eq(t[g.last].key, "coast"sv) || Eq(t[g.last].key, "borders"sv))) {
          continue;
        }
        // "urged citizens to leave Lebanon": the verb's object is a noun that names no actor,
        // and what follows belongs to the clause of "to leave".
        if (!tr.noun && tr.relation == Relation::kRequestsFrom && g.first > o.last) {
          bool object_noun = false, infinitive = false;
          for (uint32_t q = o.last; q + 1 < g.first; ++q) {
            if (Eq(t[q].key, "to"sv)) {
              infinitive = object_noun && t[q + 1].is_word && t[q + 1].shape == Shape::kLower &&
                           !Eq(t[q + 1].key, "the"sv);
              break;
            } else if (t[q].is_word && t[q].shape == Shape::kLower &&
                       !Is(s.classes[q], kPrepsBit) && !Eq(t[q].key, "the"sv) &&
                       !Eq(t[q].key, "a"sv) && !Eq(t[q].key, "an"sv) &&
                       !Is(s.classes[q], kAdverbsBit)) {
              object_noun = true;
            } else if (Is(s.classes[q], kPrepsBit) || Eq(t[q].key, ","sv)) {
              break;
            }
          }
          if (infinitive) break;
        }
        // "its ties", "their embassies": a possessive determiner, not an object.
        if (g.members.size() == 1 &&
            s.mentions[static_cast<size_t>(g.members[0])].kind == MentionKind::kPronoun &&
            s.mentions[static_cast<size_t>(g.members[0])].possessive) {
          // "provided assistance to our country", "attacked their government": a noun that
          // stands for the possessor makes the possessor the target.
          // Only as the verb's object or after its own preposition, not "on behalf of my
          // country" nor "my country's appreciation".
          const bool object_position =
              g.first == o.last || Eq(g.prep, "to"sv) || Eq(g.prep, "against"sv) ||
              Eq(g.prep, "with"sv) || Eq(g.prep, "on"sv) || Eq(g.prep, "from"sv) ||
              Eq(g.prep, "into"sv) || Eq(g.prep, "towards"sv) || Eq(g.prep, "toward"sv);
          const bool head_possessive = g.last + 1 < n && IsPossessiveToken(t[g.last + 1]);
          // "your country" in an address is the chair's own state, not the one addressed.
          const bool addressee =
              s.mentions[static_cast<size_t>(g.members[0])].anaphor == Anaphor::kAddressee;
          if (g.last < n && Is(s.classes[g.last], kRepresentativeNounsBit) && object_position &&
              !head_possessive && !addressee) {
            targets = group_refs(g, true);
            if (!targets.empty()) {
              target_group = &g;
              break;
            }
          }
          // "express to your predecessor my high esteem": the one addressed, after "to" too.
          if (Eq(g.prep, "to"sv) && addressee && g.last < n && IsAddressedOffice(t[g.last].key)) {
            targets = group_refs(g, true);
            if (!targets.empty()) break;
          }
          // "urged its citizens to leave Lebanon": right after the verb, "its" + noun is the
          // object, and it names no actor; "attacked its neighbour Ukraine" names one next.
          if (g.first == o.last) {
            // "congratulate you on your election", "praised your predecessor": in an address, what
            // belongs to the one addressed stands for it.
            const Mention& pronoun = s.mentions[static_cast<size_t>(g.members[0])];
            if (pronoun.anaphor == Anaphor::kAddressee && g.last < n &&
                IsAddressedOffice(t[g.last].key)) {
              targets = group_refs(g, true);
              if (!targets.empty()) break;
            }
            uint32_t q = g.last;
            while (q < n && t[q].is_word && t[q].shape == Shape::kLower) ++q;
            const bool apposition = std::any_of(groups.begin(), groups.end(), [&](const Group& h) {
              return h.first == q && h.segment == seg;
            });
            if (!apposition) break;
          }
          continue;
        }
        // "sanctions on Israeli settler groups", "sanctions against Russian banks": what the
        // sanctions fall on is the state's, however it is named.
        if (governed && tr.relation == Relation::kSanctions) {
          // "the Venezuelan criminal organization Tren de Aragua": the name in apposition, when
          // there is one.
          uint32_t q = g.last;
          while (q < n && ((t[q].is_word && t[q].shape == Shape::kLower) || Eq(t[q].key, "-"sv)))
            ++q;
          for (const Group& h : groups) {
            if (h.first > g.last && h.first <= q && h.segment == seg &&
                group_refs(g, false).empty() && !group_refs(h, false).empty()) {
              targets = group_refs(h, false);
              target_group = &h;
            }
          }
          if (!targets.empty()) break;
          targets = group_refs(g, true);
          if (!targets.empty()) {
            target_group = &g;
            break;
          }
        }
        // "recognised Moroccan sovereignty": a demonym right after the verb marks its object.
        if (g.first == o.last && g.prep.empty() && !governed &&
            std::all_of(g.members.begin(), g.members.end(), [&](int m) {
              return s.mentions[static_cast<size_t>(m)].kind == MentionKind::kAdjective;
            })) {
          targets = group_refs(g, true);
          if (!targets.empty()) break;
        }
        // "X hosted Y": the visitor comes right after the verb.
        // Not "hosting the Astana process on Syria": the topic is no visitor.
        if (tr.reverse && (g.first > o.last + 4 || (!g.prep.empty() && !governed))) break;
        // "rescinds the UN sanctions placed on Iran": who imposed the sanctions lifted is not
        // whom they fell on.
        if (tr.relation == Relation::kRetreatsFrom && g.last < o.last && g.last < n &&
            Eq(t[g.last].key, "sanctions"sv)) {
          continue;
        }
        // "Japan and South Korea signed a pact on North Korea's missiles": a joint act names
        // its partners in the subject; only "with" adds one.
        if (tr.symmetric && sources.size() >= 2 && !Eq(g.prep, "with"sv) && !governed) continue;
        targets = group_refs(g, false);
        // "convey the gratitude of the people of the Central African Republic to the
        // international community": the source's own people say it; the one thanked follows.
        if (Eq(g.prep, "of"sv) && !targets.empty() && !sources.empty() &&
            std::all_of(targets.begin(), targets.end(),
                        [&](const ActorRef& r) { return HasId(sources, r); })) {
          targets.clear();
          continue;
        }
        if (!targets.empty()) {
          target_group = &g;
          break;
        }
        if (!adjective_target) adjective_target = &g;
      }
      // "our thanks both to the international community and to the Government of Mauritius":
      // the preposition repeated after "and" adds a target.
      for (const Group* last = target_group; last && !last->prep.empty();) {
        uint32_t q = last->last;
        while (q < n && (Eq(t[q].key, ","sv) || Eq(t[q].key, "and"sv) || Eq(t[q].key, "also"sv) ||
                         Eq(t[q].key, "as"sv) || Eq(t[q].key, "well"sv))) {
          ++q;
        }
        if (q == last->last || q >= n || !Eq(t[q].key, last->prep)) break;
        const Group* next = nullptr;
        for (const Group& h : groups) {
          if (h.segment == seg && h.first > q && h.first <= q + 2 && Eq(h.prep, last->prep) &&
              !is_via[group_index(h)]) {
            next = &h;
            break;
          }
        }
        if (!next) break;
        AppendNew(targets, group_refs(*next, false));
        last = next;
      }
      // "tariffs on Australian barley", "recognised a Palestinian state": a demonym is the
      // target when nothing else is.
      if (targets.empty() && adjective_target && !tr.reverse) {
        targets = group_refs(*adjective_target, true);
      }
      // "welcomed the agreement between Israel and Jordan", "condemned the clashes between X
      // and Y": praise or blame of a joint act is aimed at both its parties.
      if (targets.empty() && !tr.noun &&
          (tr.relation == Relation::kSupports || tr.relation == Relation::kAccuses)) {
        for (const Group& g : groups) {
          if (g.segment != seg || g.first <= o.last || g.first > o.last + 6) continue;
          if (Eq(g.prep, "between"sv) && g.members.size() >= 2) {
            targets = group_refs(g, false);  // no target_group: the joint act's noun
            break;                           // does not take the relation over
          }
        }
      }
      // "A Hamas commander is killed in an Israeli airstrike": the one the passive names is the
      // target of the attack that names its doer.
      if (targets.empty() && tr.noun &&
          (tr.relation == Relation::kAssaults || tr.relation == Relation::kCoerces)) {
        uint32_t q = o.first;
        while (q > seg_first && q + 5 > o.first && !Eq(t[q - 1].key, "in"sv) &&
               !Eq(t[q - 1].key, "by"sv)) {
          --q;
        }
        auto killed = [&](uint32_t p) {
          return t[p].key.ends_with("ed") || Eq(t[p].key, "hit"sv) || Eq(t[p].key, "shot"sv) ||
                 Eq(t[p].key, "slain"sv);
        };
        // The participle, over "and three injured" ("Two Hezbollah militants killed and three
        // injured in an Israeli drone strike").
        uint32_t p = q >= 2 ? q - 2 : 0;
        for (uint32_t r = p; r-- > seg_first + 1 && r + 5 > p;) {
          if (killed(r) && OverOthersCounted(t, r + 1) == p + 1) {
            p = r;
            break;
          }
        }
        // The passive with its "is", or after its plural noun ("militants killed in").
        const bool in_attack =
            q > seg_first + 2 && q + 5 > o.first && p > seg_first &&
            (Eq(t[q - 1].key, "in"sv) || Eq(t[q - 1].key, "by"sv)) && killed(p) &&
            (Is(s.classes[p - 1], kBeFormsBit) ||
             (t[p - 1].is_word && t[p - 1].shape == Shape::kLower &&
              (t[p - 1].key.ends_with("s"sv) || t[p - 1].key.ends_with("men"sv) ||
               IsNumberWord(t[seg_first].key))));
        const Group* victim = nullptr;
        for (const Group& g : groups) {
          // Not "16 Iranian-supported militia members killed": the backer is no victim.
          const bool backer =
              g.last + 1 < n && Eq(t[g.last].key, "-"sv) && (t[g.last + 1].key.ends_with("ed"sv));
          if (in_attack && !backer && g.segment == seg && g.last <= p && g.prep.empty() &&
              !is_via[group_index(g)]) {
            victim = &g;
          }
        }
        if (victim) {
          std::vector<ActorRef> refs = group_refs(*victim, true);
          if (!refs.empty() && std::none_of(refs.begin(), refs.end(),
                                            [&](const ActorRef& r) { return HasId(sources, r); })) {
            targets = std::move(refs);
          }
        }
      }
      if (targets.empty()) targets = place_targets();
    }
  }
  // "Musharraf rejects Negroponte's demand to lift", "Israel accepted the UN request": a demand
  // named with its maker is made of the one who answers it, the subject of the verb it is the
  // object of.
  if (targets.empty() && tr.noun && tr.relation == Relation::kRequestsFrom && subject &&
      (construction == "possessive" || construction == "modifier" ||
       construction == "nominal-by")) {
    static constexpr std::string_view kAnswers[] = {
        "rejects", "rejected", "reject",  "accepts", "accepted",  "accept",   "ignores",
        "ignored", "ignore",   "refuses", "refused", "refuse",    "heeds",    "heeded",
        "meets",   "met",      "grants",  "granted", "dismisses", "dismissed"};
    uint32_t q = std::min(subject->first, o.first);  // "a demand by X", "X's demand"
    while (q > seg_first && (Eq(t[q - 1].key, "the"sv) || Eq(t[q - 1].key, "a"sv))) --q;
    if (q > seg_first && IsOneOf(t[q - 1].key, kAnswers)) {
      for (const Group& g : groups) {
        if (g.segment == seg && g.prep.empty() && g.last < q && g.last + 3 >= q &&
            !is_via[group_index(g)]) {
          targets = group_refs(g, true);
          target_group = &g;
        }
      }
    }
  }
  // "Mexico extradites X to the United States": the one sent to, not the one sent.
  if (tr.from_to && !from_to && !passive && !tr.noun) {
    for (const Group& g : groups) {
      if (g.segment != seg || g.first < o.last || !Eq(g.prep, "to"sv) || is_via[group_index(g)])
        continue;
      auto to = group_refs(g, true);
      if (!to.empty()) {
        targets = std::move(to);
        target_group = &g;
      }
      break;
    }
  }
  // "condemned the Russian invasion of Ukraine", "deplore the Israeli aggression against
  // Lebanon": praise or blame of an act is aimed at its doer, named right before the act's noun.
  if (!tr.noun && !passive && !from_to &&
      (tr.relation == Relation::kAccuses || tr.relation == Relation::kSupports)) {
    for (size_t j = k + 1; j < triggers.size(); ++j) {
      const Occurrence& act = triggers[j];
      if (act.first < o.last) continue;
      if (act.first > o.last + 5 || !relations.trigger(act.trigger).noun) break;
      for (const Group& g : groups) {
        const bool before = g.first >= o.last && g.last <= act.first && act.first - g.last <= 1;
        uint32_t start = g.first;
        while (start > act.last && (Eq(t[start - 1].key, "the"sv) || Eq(t[start - 1].key, "a"sv)))
          --start;
        const bool by = Eq(g.prep, "by"sv) && g.first >= act.last &&
                        (g.first <= act.last + 2 || IsDoerOfObject(t, o, start));
        if (g.segment != seg || !(before || by) || is_via[group_index(g)]) continue;
        auto doer = group_refs(g, true);
        if (!doer.empty() && (sources.empty() || doer.front().id != sources.front().id)) {
          targets = std::move(doer);
          target_group = nullptr;  // the act's noun codes the act; the verb keeps its own
        }
        break;
      }
      break;
    }
  }
  // "approved a bailout for Pakistan", "will host joint exercises with Russia": when a nominal
  // trigger stands between a verb and its object, the noun carries the relation.
  if (!tr.noun && !targets.empty() && !pair && target_group) {
    bool noun_between = false;
    for (size_t j = k + 1; j < triggers.size() && !noun_between; ++j) {
      // ("supports the demand of the United Arab Emirates": a stance on a demand is aimed at
      // the one who makes it.)
      const Trigger& inner = relations.trigger(triggers[j].trigger);
      const bool demand = inner.relation == Relation::kRequestsFrom &&
                          !Is(s.classes[triggers[j].last - 1], kPrepsBit);
      if (!inner.noun || demand || triggers[j].first < o.last ||
          triggers[j].first > target_group->first) {
        continue;
      }
      for (const Group& g : groups) {
        if (g.segment == seg && g.first >= triggers[j].last) {
          auto r = group_refs(g, true);
          noun_between = !r.empty() && r.front().id == targets.front().id;
          break;
        }
      }
    }
    if (noun_between) return false;
  }
  // "demands that all countries cease purchasing oil from Iran": a demand that a clause be done
  // is made of the clause's subject, or of no actor the knowledge base knows.
  if (tr.relation == Relation::kRequestsFrom && !tr.noun && !targets.empty() && o.last < n &&
      Eq(t[o.last].key, "that"sv)) {
    const Group* asked = nullptr;
    for (const Group& g : groups) {
      if (g.first > o.last && g.first <= o.last + 3 && g.prep.empty()) asked = &g;
      if (asked) break;
    }
    if (!asked) return false;
    targets = group_refs(*asked, true);
    target_group = asked;
    if (targets.empty()) return false;
  }
  // A noun's possessor is no subject for the next verb: "condemned Israel's aggression and
  // demanded".
  if (subject && !passive && !object_doer && !tr.noun) last_subject = subject;
  if (tr.reverse) std::swap(sources, targets);
  if (sources.empty()) return false;
  // Troops and warships do not pay visits.
  if (tr.relation == Relation::kConsults &&
      std::all_of(sources.begin(), sources.end(),
                  [](const ActorRef& a) { return a.id.ends_with("-MIL"); })) {
    return false;
  }
  if (tr.military && std::none_of(sources.begin(), sources.end(), [](const ActorRef& a) {
        return a.type == ActorType::kAgency && a.id.ends_with("-MIL");
      })) {
    return false;
  }
  if (tr.armed && std::none_of(sources.begin(), sources.end(), [](const ActorRef& a) {
        return (a.type == ActorType::kAgency && a.id.ends_with("-MIL")) ||
               a.type == ActorType::kGroup;
      })) {
    return false;
  }

  if (subject && GroupHasPronoun(actors, *subject)) confidence -= 0.1;
  return true;
}

}  // namespace irkg::ingest::extract
