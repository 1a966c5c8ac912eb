#include <algorithm>
#include <tuple>

#include "extract/stages.h"

namespace irkg::ingest::extract {

using namespace std::literals;

using graph::ActorRef;
using graph::ActorType;
using graph::Date;
using graph::EventRecord;
using graph::Mode;
using graph::Relation;

namespace {

// AddCandidate with the relation given apart from the trigger whose rule it names, so that a
// trigger read as another relation need not be copied.
void AddCandidateAs(std::vector<Candidate>& candidates, const ActorRef& src, const ActorRef& dst,
                    Relation relation, const Trigger& tr, const Occurrence& o,
                    const std::string& construction, double confidence, bool negated, Mode mode) {
  // Both sides are different states or organisations: a government and its own parliament,
  // army or president are one side ("Japan's prime minister met the Japanese parliament").
  if (src.id == dst.id || src.StateLevelId() == dst.StateLevelId()) return;
  // Private people are a side only as the source of a protest ("Chinese protesters marched
  // against Japan") or the target of sanctions ("sanctions on Russian banks").
  if (IsPrivateAgent(src) && relation != Relation::kProtestsAgainst) return;
  if (IsPrivateAgent(dst) && relation != Relation::kSanctions) return;
  candidates.push_back(
      {src, dst, relation, tr.origin + " " + construction, confidence, o.first, negated, mode});
}

}  // namespace

void AddCandidate(std::vector<Candidate>& candidates, const ActorRef& src, const ActorRef& dst,
                  const Trigger& tr, const Occurrence& o, const std::string& construction,
                  double confidence, bool negated, Mode mode) {
  AddCandidateAs(candidates, src, dst, tr.relation, tr, o, construction, confidence, negated, mode);
}

void ArticleExtraction::AddCandidates(const Sentence& s, const Occurrence& o, const Trigger& tr,
                                      const Arguments& args, const ModeReading& reading,
                                      const std::optional<ActorRef>& speaker,
                                      std::vector<Candidate>& candidates) const {
  const std::vector<ActorRef>& sources = args.sources;
  const std::vector<ActorRef>& targets = args.targets;
  const Group* subject = args.subject;
  const Group* target_group = args.target_group;
  const std::string& construction = args.construction;
  const double confidence = args.confidence;
  const bool pair = args.pair;
  const bool passive = args.passive;
  const bool agreement_with_content = args.agreement_with_content;
  const bool negated = reading.negated;
  const Mode mode = reading.mode;
  const uint16_t seg = s.segment[o.first];
  const bool withdrawal = tr.relation == Relation::kRetreatsFrom && tr.cameo == "0874";
  const bool people =
      subject && (std::any_of(subject->members.begin(), subject->members.end(),
                              [&](int m) { return s.mentions[static_cast<size_t>(m)].people; }) ||
                  (subject->last < s.tokens.size() && Eq(s.tokens[subject->last].key, "people"sv)));
  // "allowing Venezuelans to enter", "Syrians arrived in Turkey": a nationality's people in
  // talks, visits, concessions and cooperation are private people, not their state (an attack
  // on them stays an attack on it, docs/ANNOTATION.md section 8).
  auto only_people = [&](const Group* g) {
    return g && !g->members.empty() &&
           std::all_of(g->members.begin(), g->members.end(),
                       [&](int m) { return s.mentions[static_cast<size_t>(m)].people; });
  };
  const bool private_act =
      tr.relation == Relation::kConsults || tr.relation == Relation::kConcedesTo ||
      tr.relation == Relation::kAgreesWith || tr.relation == Relation::kCooperatesWith;
  if (private_act && (only_people(subject) || only_people(target_group))) return;
  auto official = [&](const ActorRef& a) {
    return a.type == ActorType::kState || a.type == ActorType::kIgo ||
           a.type == ActorType::kPerson ||
           (a.type == ActorType::kAgency && !IsPrivateAgent(a) && !a.id.ends_with("-OPP"));
  };
  auto add = [&](const ActorRef& src, const ActorRef& dst, const Trigger& trigger,
                 const Occurrence& at, const std::string& how, double conf, bool neg, Mode m) {
    // A state and its territory, an organisation and its organ, are one side: Sarkozy's trip
    // to Martinique, the European Parliament approving the Commission.
    if (SideOf(src) == SideOf(dst)) return;
    // A government that "protests" another's act complains officially: an accusation.
    // protests-against is for demonstrators ("Georgians protested against Russia") and
    // boycotts.
    const bool complains = trigger.relation == Relation::kProtestsAgainst &&
                           trigger.cameo != "143" && !people && official(src);
    // Leaving an organisation is a sanction, not a retreat ("Eritrea pulls out of IGAD", "the
    // United States's withdrawal from the WHO").
    const bool leaves = withdrawal && &trigger == &tr && dst.type == ActorType::kIgo;
    AddCandidateAs(candidates, src, dst,
                   complains ? Relation::kAccuses
                   : leaves  ? Relation::kSanctions
                             : trigger.relation,
                   trigger, at, how, conf, neg, m);
  };
  auto contains = [](const std::vector<ActorRef>& list, const ActorRef& a) {
    return std::any_of(list.begin(), list.end(), [&](const ActorRef& b) { return b.id == a.id; });
  };
  bool reciprocal = !targets.empty() && sources.size() >= 2 &&
                    std::all_of(targets.begin(), targets.end(),
                                [&](const ActorRef& a) { return contains(sources, a); });
  // "each other", "one another" at token q.
  auto each_other = [&](uint32_t q) {
    return q + 1 < s.tokens.size() &&
           ((Eq(s.tokens[q].key, "each"sv) && Eq(s.tokens[q + 1].key, "other"sv)) ||
            (Eq(s.tokens[q].key, "one"sv) && Eq(s.tokens[q + 1].key, "another"sv)));
  };
  // "Russia and Ukraine accused each other": the subjects are the targets too.
  if (targets.empty() && sources.size() >= 2) {
    for (uint32_t q = o.last > 0 ? o.last - 1 : 0; q < o.last + 3; ++q) reciprocal |= each_other(q);
  }
  // Sides that act on each other: a joint act, or one the text calls mutual ("accused each
  // other"). Otherwise the target is not the subject list again: in "Angola and Namibia agree
  // ... after the UK threatened them" neither threatens the other.
  if (reciprocal && !tr.symmetric) {
    bool mutual = false;
    for (uint32_t q = 0; q < s.tokens.size() && !mutual; ++q) {
      const std::string_view w = s.tokens[q].key;
      mutual = each_other(q) || Eq(w, "mutual"sv) || Eq(w, "mutually"sv) || Eq(w, "exchange"sv) ||
               Eq(w, "swap"sv) || Eq(w, "trade"sv);
    }
    if (!mutual) return;
  }
  const bool symmetric = tr.symmetric || (agreement_with_content && sources.size() >= 2);
  if (pair || reciprocal || (targets.empty() && sources.size() >= 2 && symmetric)) {
    if (!pair && !symmetric && !reciprocal) return;
    // "our donors, India, Japan and Norway, for their cooperation": whose cooperation it is, not
    // cooperation among them (their meeting or joint declaration is theirs together).
    if (!pair && tr.noun && tr.relation == Relation::kCooperatesWith && subject &&
        subject->first > 0 && Is(s.classes[subject->first - 1], kPrepsBit) &&
        std::all_of(subject->members.begin(), subject->members.end(), [&](int m) {
          return s.mentions[static_cast<size_t>(m)].kind == MentionKind::kPronoun;
        })) {
      return;
    }
    for (const ActorRef& a : sources) {
      for (const ActorRef& b : sources) {
        add(a, b, tr, o, pair ? construction : "reciprocal", confidence, negated, mode);
      }
    }
    return;
  }
  if (targets.empty()) {
    // "X said that Y resorted to blackmail and sanctions": the speaker's accusation of Y.
    if (graph::IsConflict(tr.relation) && speaker && !negated && mode == Mode::kAsserted &&
        !(subject && s.segment[subject->first] != seg)) {
      ActorRef side = StateOf(*speaker);
      for (const ActorRef& y : sources) {
        if (y.id == speaker->id || StateOf(y).id == side.id) continue;
        // Only an unnamed or collective wrongdoer makes the report an accusation ("some
        // Western countries resort to blackmail"); "Russia had shelled Kharkiv, Ukraine said"
        // reports an event whose target the text does not name.
        if (y.type != ActorType::kGroup) continue;
        candidates.push_back({*speaker, y, Relation::kAccuses, tr.origin + " speaker-accusation",
                              0.6, o.first, false, Mode::kAsserted});
      }
    }
    return;
  }
  // Targets that are the source itself ("we will coordinate the moves of Russia and China").
  std::vector<ActorRef> others;
  for (const ActorRef& b : targets) {
    if (!contains(sources, b)) others.push_back(b);
  }
  for (const ActorRef& a : sources) {
    for (const ActorRef& b : others) add(a, b, tr, o, construction, confidence, negated, mode);
  }
  // "X met Y", "X held talks with Y": a meeting is both sides' act.
  // A meeting, joint act or agreement "with" someone is theirs too; "X established
  // relations with Y" stays X's act.
  if (tr.symmetric && !passive && !negated &&
      (tr.relation == Relation::kConsults || tr.relation == Relation::kCooperatesWith ||
       ((tr.relation == Relation::kAgreesWith || tr.cameo == "057") && target_group &&
        target_group->prep == "with"sv))) {
    for (const ActorRef& b : others) {
      for (const ActorRef& a : sources) add(b, a, tr, o, construction, confidence, negated, mode);
    }
  }
}

void ArticleExtraction::EmitEvents(size_t index, const std::optional<ActorRef>& speaker,
                                   const std::vector<Candidate>& candidates,
                                   const std::vector<ActorRef>& via) {
  const Sentence& s = sentences_[index];
  const auto& t = s.tokens;
  const uint32_t n = static_cast<uint32_t>(t.size());
  // De-duplicate and emit.
  if (candidates.empty()) return;
  // Who reports the event at `anchor`: the speaker of the speech whose content clause holds it
  // ("Kyiv said that Russia attacked ...", "Russia attacked ..., Kyiv said"), or, in a quotation
  // that runs over several sentences, its speaker.
  auto reporter_of = [&](uint32_t anchor) -> std::optional<ActorRef> {
    if (s.speeches.empty()) return speaker;
    for (const Speech& sp : s.speeches) {
      if (sp.speaker < 0) continue;
      bool after = sp.region_last < n && s.segment[sp.region_last] == s.segment[anchor];
      bool before = sp.region_first > 0 && anchor < sp.region_first &&
                    s.segment[sp.region_first - 1] == s.segment[anchor];
      if (!after && !before) continue;
      auto said_by = Resolve(s, sp.speaker, nullptr);
      if (!said_by.empty()) return said_by.front();
    }
    return std::nullopt;
  };
  // What the speaker's own side does or says is the speaker's event, not a report: both
  // directions of "Russia would cooperate with China", said by Putin, are Russia's own.
  auto reported_by = [&](uint32_t anchor) -> std::optional<ActorRef> {
    std::optional<ActorRef> reporter = reporter_of(anchor);
    if (!reporter) return std::nullopt;
    const std::string side = StateOf(*reporter).id;
    for (const Candidate& c : candidates) {
      if (c.anchor == anchor && StateOf(c.source).id == side) return std::nullopt;
    }
    return reporter;
  };
  std::optional<Date> sentence_date = ResolveDate(date_words_, t, 0, n, article_.date);
  const std::string_view sentence_text =
      std::string_view(article_.text).substr(s.span.begin, s.span.end - s.span.begin);
  const uint32_t begin_char = s.char_begin;
  const uint32_t end_char = begin_char + CountCodePoints(sentence_text);
  // Of one event found twice, the firmest mode stands: "agreed to resume negotiations after
  // meeting": the meeting happened, the negotiations are intended. Of the candidates with one
  // key (source, relation, target, negation), the first in the firmest mode is emitted: sorted
  // by key, and in their order within a key, the candidates are read a key at a time.
  auto key = [](const Candidate& c) {
    return std::tie(c.source.id, c.relation, c.target.id, c.negated);
  };
  thread_local std::vector<uint32_t> by_key;  // its memory kept from sentence to sentence
  by_key.resize(candidates.size());
  for (uint32_t i = 0; i < by_key.size(); ++i) by_key[i] = i;
  std::stable_sort(by_key.begin(), by_key.end(),
                   [&](uint32_t a, uint32_t b) { return key(candidates[a]) < key(candidates[b]); });
  thread_local std::vector<uint8_t> emitted;
  emitted.assign(candidates.size(), 0);
  for (size_t first = 0, last = 0; first < by_key.size(); first = last) {
    Mode firmest = candidates[by_key[first]].mode;
    for (last = first + 1;
         last < by_key.size() && key(candidates[by_key[last]]) == key(candidates[by_key[first]]);
         ++last) {
      firmest = std::min(firmest, candidates[by_key[last]].mode);
    }
    for (size_t k = first; k < last; ++k) {
      if (candidates[by_key[k]].mode == firmest) {
        emitted[by_key[k]] = 1;
        break;
      }
    }
  }
  for (size_t i = 0; i < candidates.size(); ++i) {
    if (!emitted[i]) continue;
    const Candidate& c = candidates[i];
    EventRecord e;
    e.article = article_.id;
    e.sentence = static_cast<int>(index);
    uint16_t seg = s.segment[c.anchor];
    uint32_t a = c.anchor, b = c.anchor;
    while (a > 0 && s.segment[a - 1] == seg) --a;
    while (b < n && s.segment[b] == seg) ++b;
    e.date = ResolveDate(date_words_, t, a, b, article_.date);
    if (!e.date) e.date = sentence_date ? sentence_date : article_.date;
    e.source = c.source;
    e.relation = c.relation;
    e.target = c.target;
    for (const ActorRef& v : via) {
      if (v.id != c.source.id && v.id != c.target.id) e.via.push_back(v);
    }
    e.negated = c.negated;
    e.mode = c.mode;
    e.confidence = c.confidence;
    e.reported_by = reported_by(c.anchor);
    e.text = std::string(sentence_text);
    e.span = {begin_char, end_char};
    e.rule = c.rule;
    events_.push_back(std::move(e));
  }
}

}  // namespace irkg::ingest::extract
