#include <algorithm>

#include "extract/stages.h"

namespace irkg::ingest::extract {

using namespace std::literals;

using graph::ActorRef;
using graph::ActorType;

ActorRef ArticleExtraction::StateOf(const ActorRef& actor) const {
  const std::string& id = actor.StateLevelId();
  if (id == actor.id) return actor;
  if (const graph::Actor* a = kb_.actors.Find(id)) return kb_.actors.RefOn(*a, article_.date);
  return ActorRef{id, id, ActorType::kOther, ""};
}

const std::string& ArticleExtraction::SideOf(const ActorRef& actor) const {
  // A group the knowledge base places in a state (a party, a pro-government militia) is on that
  // state's side: "Ra'am agrees to join the coalition" is domestic politics.
  const std::string* id = actor.type == ActorType::kGroup && !actor.affiliation.empty()
                              ? &actor.affiliation
                              : &actor.StateLevelId();
  for (int depth = 0; depth < 3; ++depth) {
    const graph::Actor* a = kb_.actors.Find(*id);
    if (!a || a->part_of.empty()) break;
    const graph::Membership& whole = a->part_of.front();
    if (article_.date && !whole.dates.Contains(*article_.date)) break;
    id = &whole.organisation;
  }
  return *id;
}

// The state a mention names as an actor, or "": not a demonym on its own ("Syrian-Turkish
// talks"), a place, or private people named by nationality.
std::string ArticleExtraction::StateNamedBy(const Mention& m, const ActorRef& ref) const {
  if (m.kind == MentionKind::kPlace || m.kind == MentionKind::kAdjective || ref.empty() ||
      IsPrivateAgent(ref)) {
    return {};
  }
  return StateOfActor(ref);
}

// The state an actor is or acts for ("Lavrov": Russia), or "" when it is no state's.
std::string ArticleExtraction::StateOfActor(const ActorRef& ref) const {
  const std::string& id = ref.StateLevelId();
  const graph::Actor* a = kb_.actors.Find(id);
  return a && a->type == ActorType::kState ? id : std::string();
}

// The one state the headline names by its name or adjective ("COVID-19 pandemic in Luxembourg",
// "2019 Belarusian protests"); "" when it names none, several, or only places, capitals or
// people of one ("2018 Gaza border protests" is no Palestinian headline). Read once, when an
// actor first needs it.
const std::string& ArticleExtraction::Headline() const {
  if (headline_) return *headline_;
  headline_.emplace();
  const std::string& title = article_.title;
  if (title.empty()) return *headline_;
  thread_local TokenizedText tokenized;  // its memory kept from article to article
  TokenizeInto(title, 0, tokenized.tokens, tokenized.keys);
  std::string state;
  for (const Mention& m : FindMentions(tokenized.tokens, title, article_.date, kb_.actors)) {
    if (m.kind == MentionKind::kPronoun || m.actor.empty()) continue;
    std::string id = StateOfActor(m.actor);
    if (id.empty()) continue;
    if ((m.kind != MentionKind::kName && m.kind != MentionKind::kAdjective) || m.actor.id != id ||
        (!state.empty() && state != id)) {
      return *headline_;
    }
    state = std::move(id);
  }
  *headline_ = std::move(state);
  return *headline_;
}

// The state whose government "the regime" or an unplaced official ("Senator X") is: for "the
// regime", the state named last before it in its sentence; then the one named last in the
// sentences before; then the dateline's. Empty when the article names none.
std::string ArticleExtraction::GovernmentOf(const Sentence& s, int index) const {
  const Mention& m = s.mentions[static_cast<size_t>(index)];
  // "the Government of President Dos Santos": the government of the leader named after it.
  const auto next = static_cast<size_t>(index) + 1;
  if (next < s.mentions.size()) {
    const Mention& after = s.mentions[next];
    uint32_t q = m.last;
    if (q < s.tokens.size() && Eq(s.tokens[q].key, "of"sv)) ++q;
    if (q < s.tokens.size() && Eq(s.tokens[q].key, "the"sv)) ++q;
    if (q > m.last && after.first == q && after.actor.type == ActorType::kPerson &&
        !after.actor.affiliation.empty()) {
      return after.actor.affiliation;
    }
  }
  // "the regime", "the Supreme Court": the state named last before it in its sentence.
  if (m.kind == MentionKind::kPronoun || m.actor.type == ActorType::kAgency) {
    for (size_t k = static_cast<size_t>(index); k-- > 0;) {
      const Mention& other = s.mentions[k];
      if (other.kind == MentionKind::kPronoun || other.anaphor == Anaphor::kGovernment) continue;
      if (std::string id = StateNamedBy(other, other.actor); !id.empty()) return id;
    }
  }
  if (!discourse_.government.empty()) return discourse_.government;
  if (!discourse_.dateline.empty()) return discourse_.dateline;
  // The headline's state places a body, and an official whose sentence names no other state
  // ("Minister of Health Paulette Lenert" under "COVID-19 pandemic in Luxembourg").
  const std::string& headline = Headline();
  if (headline.empty()) return {};
  if (m.actor.type == ActorType::kPerson) {
    for (const Mention& other : s.mentions) {
      if (other.kind == MentionKind::kPronoun || other.actor.empty()) continue;
      if (std::string id = StateOfActor(other.actor); !id.empty() && id != headline) return {};
    }
  }
  return headline;
}

std::optional<ActorRef> ArticleExtraction::SpeakerOf(size_t index) {
  // A sentence inside a quotation that closes later speaks with that later sentence's speaker.
  for (size_t j = index; j < sentences_.size(); ++j) {
    Sentence& s = sentences_[j];
    if (j > index && !sentences_[j - 1].quote_open_at_end) break;
    if (!s.speeches.empty()) {
      for (const Speech& sp : s.speeches) {
        if (sp.speaker < 0) continue;
        auto refs = Resolve(s, sp.speaker, nullptr);
        if (!refs.empty()) return refs.front();
      }
      return std::nullopt;
    }
    if (!s.quote_open_at_end) break;
  }
  return std::nullopt;
}

std::vector<ActorRef> ArticleExtraction::Resolve(const Sentence& s, int index,
                                                 const ActorRef* speaker) {
  const Mention& m = s.mentions[static_cast<size_t>(index)];
  if (m.kind == MentionKind::kPlace) return {};
  if (m.kind != MentionKind::kPronoun) {
    if (m.actor.empty()) return {};
    if (m.anaphor == Anaphor::kGovernment && m.actor.affiliation.empty()) {
      // "Senator Lindsey Graham": an official of the state the article is about, or nobody.
      // "the Supreme Court": that state's court.
      std::string state = GovernmentOf(s, index);
      if (state.empty()) return {};
      if (m.actor.type == ActorType::kAgency) {
        if (!kb_.actors.Find(state)) return {};
        return {AgencyRef(kb_.actors, state, m.role)};
      }
      ActorRef official = m.actor;
      official.affiliation = std::move(state);
      return {official};
    }
    // "we are grateful to Mr. Kutesa for his dedicated service": in a speech to the General
    // Assembly, one whose office with it ended in the weeks before is thanked for that office.
    if (m.actor.type == ActorType::kPerson && !article_.addressee.empty() && article_.date &&
        m.actor.affiliation != article_.addressee) {
      if (const graph::Actor* person = kb_.actors.Find(m.actor.id)) {
        for (const graph::Role& role : person->roles) {
          const int32_t since = article_.date->days - role.dates.to.days;
          if (role.affiliation == article_.addressee && since > 0 && since <= 60) {
            ActorRef officer = m.actor;
            officer.affiliation = article_.addressee;
            return {officer};
          }
        }
      }
    }
    return {m.actor};
  }
  switch (m.anaphor) {
    case Anaphor::kSpeakerSide:
      if (speaker && s.in_quote[m.first]) return {StateOf(*speaker)};
      // A statement in the first person (a UN General Debate speech): "we", "my country" and
      // "my Government" are the state that speaks.
      if (!article_.speaker.empty() && !s.in_quote[m.first]) {
        if (const graph::Actor* a = kb_.actors.Find(article_.speaker)) {
          return {kb_.actors.RefOn(*a, article_.date)};
        }
      }
      return {};
    case Anaphor::kAddressee:
      if (!article_.addressee.empty() && !s.in_quote[m.first]) {
        if (const graph::Actor* a = kb_.actors.Find(article_.addressee)) {
          return {kb_.actors.RefOn(*a, article_.date)};
        }
      }
      return {};
    case Anaphor::kChair:
      // "Mr. President" in a speech to the General Assembly addresses its chair: the UN.
      if (!article_.addressee.empty()) {
        if (s.in_quote[m.first]) return {};
        if (const graph::Actor* a = kb_.actors.Find(article_.addressee)) {
          return {kb_.actors.RefOn(*a, article_.date)};
        }
        return {};
      }
      if (m.role.empty()) return {};  // "Sir" outside a speech
      [[fallthrough]];
    case Anaphor::kPerson: {
      // "Mr. Kutesa worked tirelessly and we are grateful to him": "him", and "his" after
      // "for" or "on" ("congratulate the Secretary-General, Mr. Kurt Waldheim, for his untiring
      // efforts", "on his election"), name the person named last in the sentence, before the
      // discourse's.
      const std::string_view word = s.tokens[m.first].key;
      const bool thanked_for =
          m.first > 0 && (Eq(word, "his"sv) || Eq(word, "her"sv)) &&
          (Eq(s.tokens[m.first - 1].key, "for"sv) || Eq(s.tokens[m.first - 1].key, "on"sv));
      if ((Eq(word, "him"sv) || thanked_for) && m.role.empty()) {
        for (size_t k = static_cast<size_t>(index); k-- > 0;) {
          const Mention& other = s.mentions[k];
          // "the efforts made by our Secretary-General ..., for which we thank him": the chair
          // named by its office is a person too.
          const bool chair = other.anaphor == Anaphor::kChair && !other.role.empty();
          if (!chair &&
              (other.kind == MentionKind::kPronoun || other.actor.type != ActorType::kPerson)) {
            continue;
          }
          auto refs = Resolve(s, static_cast<int>(k), speaker);
          if (!refs.empty()) return refs;
          break;
        }
      } else if (m.role.empty()) {
        // "he" and "his" prefer the subject of their sentence ("Putin ... during his visit"),
        // or an office named before them ("the devoted work of the Secretary-General, Throughout
        // his term").
        for (size_t k = 0; k < s.mentions.size(); ++k) {
          const Mention& other = s.mentions[k];
          if (other.first >= m.first) break;
          if (other.anaphor == Anaphor::kChair && !other.role.empty()) {
            auto refs = Resolve(s, static_cast<int>(k), speaker);
            if (!refs.empty()) return refs;
          }
          if (other.kind == MentionKind::kPronoun || other.kind == MentionKind::kPlace) continue;
          if (other.actor.type == ActorType::kPerson) return {other.actor};
          break;  // the subject is not a person
        }
      }
      for (auto it = discourse_.persons.rbegin(); it != discourse_.persons.rend(); ++it) {
        if (m.role.empty() || it->second == m.role) return {it->first};
      }
      if (!discourse_.persons.empty()) return {discourse_.persons.back().first};
      return {};
    }
    case Anaphor::kEntity: {
      // "accusing it of", "after it recognised": the state or organisation named last.
      const bool object = !m.possessive;
      for (size_t k = static_cast<size_t>(index); k-- > 0;) {
        const Mention& other = s.mentions[k];
        // "Kyiv rejected it": an object pronoun is not its own clause's subject.
        if (object && !s.segment.empty() && s.segment[other.first] == s.segment[m.first]) continue;
        // "detaining thousands of Palestinians ... through its aggressions": "it" is no people.
        // A body that stands for no one named ("thank the Assembly for its solidarity") is "it",
        // and "it" then names no actor.
        if (other.kind == MentionKind::kPronoun || other.kind == MentionKind::kPlace ||
            other.kind == MentionKind::kAdjective || other.actor.empty() || other.people) {
          continue;
        }
        if (other.anaphor == Anaphor::kGovernment && other.actor.affiliation.empty()) {
          return Resolve(s, static_cast<int>(k), speaker);
        }
        if (other.actor.type == ActorType::kPerson) continue;
        return {other.actor};
      }
      // A speech ranges over many subjects: its "it" looks no further than its own sentence.
      if (!article_.speaker.empty()) return {};
      // "The EU criticised Israel's plans. It also ...": a sentence's opening "It" continues
      // the one the sentence before opened with.
      if (m.first == 0 && !m.possessive && !discourse_.subject.empty()) return {discourse_.subject};
      if (!discourse_.entity.empty()) return {discourse_.entity};
      return {};
    }
    case Anaphor::kDescription: {
      // "the alliance": the organisation that noun describes, named last in this sentence or
      // before it; "the kingdom" after "Saudi officials" is the state they act for.
      auto described = [&](const ActorRef& r) -> std::optional<ActorRef> {
        if (const graph::Actor* a = kb_.actors.Find(r.id); a && kb_.actors.Describes(*a, m.role))
          return r;
        ActorRef state = StateOf(r);
        if (const graph::Actor* a = kb_.actors.Find(state.id);
            state.id != r.id && a && kb_.actors.Describes(*a, m.role)) {
          return state;
        }
        return std::nullopt;
      };
      for (size_t k = static_cast<size_t>(index); k-- > 0;) {
        const Mention& other = s.mentions[k];
        if (other.kind == MentionKind::kPronoun || other.actor.empty()) continue;
        if (auto r = described(other.actor)) return {*r};
      }
      // Before it, the latest sentence with one, and in it the first named, as a subject is:
      // "Iran held talks with Saudi officials in Beijing. The country ..." is Iran.
      std::optional<ActorRef> found;
      size_t found_in = 0;
      for (const auto& [sentence, actor] : discourse_.entities) {
        if (found && sentence <= found_in) continue;
        if (auto r = described(actor)) {
          found = std::move(r);
          found_in = sentence;
        }
      }
      if (found) return {*found};
      // "this Organization" in a speech to the General Assembly: the one addressed.
      if (!article_.addressee.empty() && !s.in_quote[m.first]) {
        if (const graph::Actor* a = kb_.actors.Find(article_.addressee);
            a && kb_.actors.Describes(*a, m.role)) {
          return {kb_.actors.RefOn(*a, article_.date)};
        }
      }
      return {};
    }
    case Anaphor::kGovernment: {
      std::string state = GovernmentOf(s, index);
      if (!kb_.actors.Find(state)) return {};
      return {AgencyRef(kb_.actors, state, "GOV")};
    }
    case Anaphor::kGroup:
      return discourse_.group;
    case Anaphor::kPair:
      return discourse_.pair;
    case Anaphor::kNone:
      break;
  }
  return {};
}

void ArticleExtraction::ResolveMentions(const Sentence& s, const ActorRef* speaker_ptr,
                                        SentenceActors& actors) {
  const auto& t = s.tokens;
  // Resolve names first, then anaphors: "their" and "the two leaders" look first for actors
  // named earlier in the same sentence, then in the sentences before.
  std::vector<std::vector<ActorRef>>& refs = actors.refs;
  refs.resize(s.mentions.size());
  std::vector<uint8_t>& pronoun = actors.pronoun;
  pronoun.resize(s.mentions.size());
  for (size_t m = 0; m < s.mentions.size(); ++m) {
    pronoun[m] = s.mentions[m].kind == MentionKind::kPronoun;
    if (!pronoun[m]) refs[m] = Resolve(s, static_cast<int>(m), speaker_ptr);
  }
  // Groups whose name in news depends on the war the sentence is about: Pakistan's Taliban,
  // Ukraine's Russian separatists, Turkey's and Syria's Kurdish militants. Whether the sentence
  // names a state, as a place (`place`) or through an actor `named` accepts, mention `skip`
  // aside; asked only when a mention needs it.
  auto sentence_names = [&](size_t skip, std::string_view place, auto named) {
    for (size_t k = 0; k < s.mentions.size(); ++k) {
      if (k == skip) continue;
      if (s.mentions[k].kind == MentionKind::kPlace) {
        if (s.mentions[k].actor.id == place) return true;
      } else if (std::any_of(refs[k].begin(), refs[k].end(), named)) {
        return true;
      }
    }
    return false;
  };
  auto reread = [&](size_t m, const char* id) {
    if (const graph::Actor* a = kb_.actors.Find(id))
      refs[m][0] = kb_.actors.RefOn(*a, article_.date);
  };
  const size_t none = s.mentions.size();
  const graph::Date date = article_.date.value_or(graph::Date{0});
  // The Taliban first: a place they hold (below) stands for the group as read here.
  auto by_theatre = [&](bool taliban) {
    for (size_t m = 0; m < s.mentions.size(); ++m) {
      if (refs[m].size() != 1 || (refs[m][0].id == "taliban") != taliban) continue;
      const std::string& id = refs[m][0].id;
      const Mention& men = s.mentions[m];
      if (id == "taliban") {
        // "Pakistani soldiers and Taliban insurgents are killed in Khyber Pakhtunkhwa": from the
        // founding of Tehrik-i-Taliban Pakistan to the Taliban's taking of Kabul, the Taliban
        // ("Taliban", "the Taliban", "Taliban insurgents"; not "the Afghan Taliban") who fight
        // Pakistan's forces or on Pakistan's soil are the Pakistani Taliban.
        uint32_t head = men.first;
        if (Eq(t[head].key, "the"sv) && head + 1 < men.last) ++head;
        if (Eq(t[head].key, "taliban"sv) && date >= graph::Date{13848} &&  // 2007-12-01
            date < graph::Date{18854} &&                                   // 2021-08-15
            sentence_names(none, "PAK", [](const ActorRef& r) { return r.id == "PAK-MIL"; })) {
          reread(m, "ttp");
        }
      } else if (id == "RUS-REB") {
        // "Ukraine accuses Russian separatists of shelling a kindergarten in Luhansk Oblast": from
        // April 2014, Russian separatists or rebels in a sentence about Ukraine are the Donbas
        // separatists, not Russia's own rebels.
        if (date >= graph::Date{16166} &&  // 2014-04-06
            sentence_names(none, "UKR",
                           [](const ActorRef& r) { return r.StateLevelId() == "UKR"; })) {
          reread(m, "donbas-separatists");
        }
      } else if (id == "pkk" && Eq(t[men.first].key, "kurdish"sv)) {
        // "Turkey launches a military operation against Kurdish militants in northern Iraq":
        // Kurdish militants, rebels or separatists fighting Turkey are the PKK, in Syria (from
        // 2012) the YPG; elsewhere (Iran's, Iraq's own) nobody this knowledge base names.
        const bool syria =
            sentence_names(m, "SYR", [](const ActorRef& r) { return r.StateLevelId() == "SYR"; });
        if (syria && date >= graph::Date{15340}) {  // 2012-01-01
          reread(m, "ypg");
        } else if (!sentence_names(m, "TUR",
                                   [](const ActorRef& r) { return r.StateLevelId() == "TUR"; })) {
          refs[m].clear();
        }
      }
    }
  };
  by_theatre(true);
  // "airstrikes on ports in Houthi-controlled Yemen", "ISIL-held Mosul": a place held by a group
  // the sentence names stands for that group (docs/ANNOTATION.md, section 8).
  for (size_t m = 1; m < s.mentions.size(); ++m) {
    const Mention& place = s.mentions[m];
    const Mention& holder = s.mentions[m - 1];
    if (place.first < 2 || holder.last + 2 != place.first || !Eq(t[holder.last].key, "-"sv) ||
        !(Eq(t[place.first - 1].key, "controlled"sv) || Eq(t[place.first - 1].key, "held"sv))) {
      continue;
    }
    if (refs[m - 1].size() != 1 || refs[m - 1][0].type != ActorType::kGroup) continue;
    refs[m] = refs[m - 1];
    refs[m - 1].clear();
  }
  by_theatre(false);
  // "pro-Trump protesters", "anti-American rallies", "US$ 5 billion": not the actor itself.
  // "Former U.S. president Jimmy Carter" acts for nobody.
  uint32_t former_until = 0;  // the end of "former U.S. president Jimmy Carter"
  for (size_t m = 0; m < s.mentions.size(); ++m) {
    const Mention& men = s.mentions[m];
    const bool former =
        Eq(t[men.first].key, "former"sv) ||
        (men.first >= 1 &&
         (Eq(t[men.first - 1].key, "former"sv) ||
          (men.first >= 2 && Eq(t[men.first - 1].key, "-"sv) && Eq(t[men.first - 2].key, "ex"sv))));
    // "former U.S. president Jimmy Carter": the title and name after a former state; not
    // "former premier Matteo Renzi objected in Italy".
    bool same_phrase = former_until > 0 && men.first >= former_until &&
                       men.first <= former_until + 2 && men.actor.type == ActorType::kPerson;
    for (uint32_t q = former_until; same_phrase && q < men.first; ++q) {
      same_phrase = t[q].is_word && t[q].shape == Shape::kLower;  // a title: "president"
    }
    if (former || same_phrase) {
      refs[m].clear();
      former_until = men.actor.type == ActorType::kPerson ? 0 : men.last;
      continue;
    }
    bool prefixed = men.first >= 2 && Eq(t[men.first - 1].key, "-"sv) &&
                    (Eq(t[men.first - 2].key, "pro"sv) || Eq(t[men.first - 2].key, "anti"sv));
    bool currency = men.last < t.size() && Eq(t[men.last].key, "$"sv) && !t[men.last].space_before;
    // "a Colombian, Russians and Ukrainians were detained", "an American was killed": one person
    // named by nationality is a private person, not the state.
    const bool one_person =
        men.kind == MentionKind::kAdjective && men.first > 0 &&
        (Eq(t[men.first - 1].key, "a"sv) || Eq(t[men.first - 1].key, "an"sv) ||
         Eq(t[men.first - 1].key, "one"sv)) &&
        (men.last >= t.size() || (!t[men.last].is_word && !Eq(t[men.last].key, "-"sv)) ||
         Eq(t[men.last].key, "and"sv) || Eq(t[men.last].key, "who"sv) ||
         Is(s.classes[men.last], kBeFormsBit) || Is(s.classes[men.last], kPrepsBit));
    // "the conclusions of the Kabul Conference", "the Minsk agreement", "the Abuja Agreement":
    // a capital naming a meeting or a text names where it was made, not a party.
    bool named_after_city = false;
    if (men.kind == MentionKind::kMetonym && men.last < t.size()) {
      static constexpr std::string_view kNamed[] = {
          "conference", "summit",      "agreement", "agreements", "accord",     "accords",
          "process",    "declaration", "talks",     "plan",       "initiative", "protocol",
          "treaty",     "convention",  "charter",   "meeting",    "meetings",   "negotiations",
          "communique", "framework",   "document",  "consensus",  "format",     "round",
          "programme",  "program",     "agenda",    "work",       "outcome",    "principles",
          "commitment", "commitments", "statement", "guidelines", "roadmap",    "ceasefire"};
      const std::string_view next = t[men.last].key;
      named_after_city = IsOneOf(next, kNamed);
    }
    // "the rebel-held Syrian city of Zabadani": a place held by others stands for no state.
    const bool held_place =
        men.kind == MentionKind::kAdjective && men.first >= 2 &&
        (Eq(t[men.first - 1].key, "held"sv) || Eq(t[men.first - 1].key, "controlled"sv)) &&
        Eq(t[men.first - 2].key, "-"sv);
    if (prefixed || currency || one_person || held_place || named_after_city) refs[m].clear();
  }
  // "the Russian-led CSTO", "US-backed forces": the demonym qualifies what follows.
  for (size_t m = 0; m < s.mentions.size(); ++m) {
    const Mention& men = s.mentions[m];
    if (men.last + 1 < t.size() && Eq(t[men.last].key, "-"sv) &&
        (Eq(t[men.last + 1].key, "led"sv) || Eq(t[men.last + 1].key, "backed"sv) ||
         Eq(t[men.last + 1].key, "based"sv) || Eq(t[men.last + 1].key, "brokered"sv) ||
         Eq(t[men.last + 1].key, "owned"sv) || Eq(t[men.last + 1].key, "run"sv) ||
         Eq(t[men.last + 1].key, "made"sv) || Eq(t[men.last + 1].key, "built"sv) ||
         Eq(t[men.last + 1].key, "approved"sv) || Eq(t[men.last + 1].key, "certified"sv) ||
         Eq(t[men.last + 1].key, "designated"sv))) {
      // "the Russian-led CSTO" names the CSTO; "the US-led coalition" acts for the US.
      bool actor_follows = m + 1 < s.mentions.size() && s.mentions[m + 1].first <= men.last + 4;
      if (actor_follows || !Eq(t[men.last + 1].key, "led"sv)) refs[m].clear();
    }
  }
  // "American and Filipino troops", "Russian, Tajik and Uzbek troops", "Moroccan-French
  // tourists": the role word at the end of a list of demonyms applies to each of them.
  for (size_t m = 0; m < s.mentions.size(); ++m) {
    const Mention& last = s.mentions[m];
    if (last.kind != MentionKind::kAgency || refs[m].size() != 1) continue;
    for (size_t k = m; k-- > 0;) {
      const Mention& adj = s.mentions[k];
      const bool hyphen = s.mentions[k + 1].first == adj.last + 1 && adj.last < t.size() &&
                          Eq(t[adj.last].key, "-"sv);
      if (adj.kind != MentionKind::kAdjective || refs[k].size() != 1 ||
          !(hyphen || Connected(s, k, k + 1)))
        break;
      refs[k][0] = AgencyRef(kb_.actors, refs[k][0].id, last.role);
    }
  }
  for (size_t m = 0; m < s.mentions.size(); ++m) {
    if (!pronoun[m]) {
      if (refs[m].size() == 1 && refs[m][0].type == ActorType::kPerson) {
        discourse_.persons.emplace_back(refs[m][0], s.mentions[m].role);
      }
      continue;
    }
    const Mention& men = s.mentions[m];
    if (men.anaphor == Anaphor::kGroup || men.anaphor == Anaphor::kPair) {
      // The nearest run of joined actors before it in this sentence, else the last two actors
      // named in this sentence, else the discourse.
      std::vector<ActorRef> local;
      for (size_t k = m; k-- > 0 && local.empty();) {
        if (pronoun[k] || refs[k].empty()) continue;
        size_t first = k;
        while (first > 0 && !pronoun[first - 1] && !refs[first - 1].empty() &&
               Connected(s, first - 1, first)) {
          --first;
        }
        if (first < k) {
          for (size_t j = first; j <= k; ++j)
            local.insert(local.end(), refs[j].begin(), refs[j].end());
        }
      }
      if (local.empty()) {
        std::vector<ActorRef> named;
        for (size_t k = 0; k < m; ++k) {
          if (pronoun[k] || s.mentions[k].kind == MentionKind::kAdjective) continue;
          for (const ActorRef& r : refs[k]) {
            if (r.type == ActorType::kIgo) continue;  // usually a venue
            if (std::none_of(named.begin(), named.end(),
                             [&](const ActorRef& x) { return x.id == r.id; })) {
              named.push_back(r);
            }
          }
        }
        if (named.size() >= 2) {
          local.assign(named.end() - 2, named.end());
        } else if (named.size() == 1 && men.anaphor == Anaphor::kGroup &&
                   named[0].type != ActorType::kPerson) {
          local = named;  // "Israeli troops completed their withdrawal"
        }
      }
      if (local.empty() && men.anaphor == Anaphor::kPair && men.last > 0) {
        // "the two presidents", "the two ministers": the last two persons with such an office.
        std::string_view noun = t[men.last - 1].key;
        std::string_view office = Eq(noun, "presidents"sv)  ? "president"sv
                                  : Eq(noun, "ministers"sv) ? "minister"sv
                                  : Eq(noun, "leaders"sv)   ? ""sv
                                                            : "-"sv;
        if (office != "-"sv) {
          for (auto it = discourse_.persons.rbegin(); it != discourse_.persons.rend(); ++it) {
            if (!office.empty() && it->second.find(office) == std::string::npos) continue;
            if (std::none_of(local.begin(), local.end(),
                             [&](const ActorRef& x) { return x.id == it->first.id; })) {
              local.push_back(it->first);
            }
            if (local.size() == 2) break;
          }
          if (local.size() < 2) local.clear();
        }
      }
      // In a speech "they" and "them" rarely mean the last group of the sentences before, so
      // they look no further than their own sentence.
      if (local.empty() && article_.speaker.empty()) {
        local = men.anaphor == Anaphor::kPair ? discourse_.pair : discourse_.group;
      }
      refs[m] = std::move(local);
      bool countries =
          men.last > 0 &&
          (Eq(t[men.last - 1].key, "countries"sv) || Eq(t[men.last - 1].key, "states"sv) ||
           Eq(t[men.last - 1].key, "nations"sv) || Eq(t[men.last - 1].key, "governments"sv));
      if (countries) {
        for (ActorRef& r : refs[m]) r = StateOf(r);
      }
    } else {
      refs[m] = Resolve(s, static_cast<int>(m), speaker_ptr);
      // "the President ... his country": an official of an organisation has a country of his
      // own, which the knowledge base does not give.
      if (refs[m].size() == 1 && refs[m][0].type == ActorType::kPerson && men.last < t.size() &&
          (Eq(t[men.last].key, "country"sv) || Eq(t[men.last].key, "nation"sv) ||
           Eq(t[men.last].key, "people"sv) || Eq(t[men.last].key, "government"sv))) {
        const graph::Actor* side = kb_.actors.Find(refs[m][0].affiliation);
        if (side && side->type == ActorType::kIgo) refs[m].clear();
      }
    }
  }
}

void ArticleExtraction::UpdateDiscourse(size_t index, const SentenceActors& actors,
                                        const std::vector<Candidate>& candidates) {
  const Sentence& s = sentences_[index];
  const std::vector<std::vector<ActorRef>>& refs = actors.refs;
  const std::vector<uint8_t>& pronoun = actors.pronoun;
  for (size_t m = 0; m < s.mentions.size(); ++m) {
    const Mention& men = s.mentions[m];
    if (refs[m].size() != 1 || men.kind == MentionKind::kPlace) continue;
    if (refs[m][0].type != ActorType::kPerson) discourse_.subject = refs[m][0];
    break;
  }
  for (size_t m = 0; m < s.mentions.size(); ++m) {
    if (pronoun[m] || refs[m].size() != 1) continue;
    if (s.mentions[m].kind == MentionKind::kPlace) continue;
    if (refs[m][0].type != ActorType::kPerson) discourse_.entity = refs[m][0];
    if (std::string state = StateNamedBy(s.mentions[m], refs[m][0]); !state.empty()) {
      discourse_.government = std::move(state);
    }
    // The last few actors, persons too, for "the alliance" and "the kingdom" ("Jordan's foreign
    // minister ... The kingdom").
    if (discourse_.entities.size() == 16) discourse_.entities.erase(discourse_.entities.begin());
    discourse_.entities.emplace_back(index, refs[m][0]);
  }
  // Discourse for the next sentences: the last group of two or more, and the last pair.
  for (const Group& g : actors.groups) {
    if (actors.is_via[static_cast<size_t>(&g - actors.groups.data())] ||
        GroupHasPronoun(actors, g)) {
      continue;
    }
    auto r = GroupRefs(s, actors, g, true);
    if (r.size() >= 2) {
      if (r.size() == 2) discourse_.pair = r;
      discourse_.group = std::move(r);
    } else if (r.size() == 1 && r[0].type == ActorType::kGroup) {
      discourse_.group = std::move(r);
    }
  }
  for (const Candidate& c : candidates) {
    if (c.source.type == c.target.type) {
      discourse_.pair = {c.source, c.target};
      break;
    }
  }
}

}  // namespace irkg::ingest::extract
