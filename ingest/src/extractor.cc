#include "irkg/ingest/extractor.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdlib>
#include <filesystem>
#include <set>
#include <span>
#include <unordered_map>

#include "extract/stages.h"
#include "irkg/ingest/cameo_actors.h"
#include "irkg/ingest/mention_finder.h"
#include "irkg/ingest/strings.h"
#include "irkg/ingest/text.h"
#include "irkg/ingest/word_map.h"

#ifndef IRKG_DEFAULT_DATA_DIR
#define IRKG_DEFAULT_DATA_DIR "ingest/data"
#endif

namespace irkg::ingest {

using namespace std::literals;

using graph::ActorRef;
using graph::ActorType;
using graph::Date;
using graph::EventRecord;
using graph::Mode;
using graph::Relation;

std::string DefaultDataDir() {
  if (const char* env = std::getenv("IRKG_DATA_DIR"); env && *env) return env;
  return IRKG_DEFAULT_DATA_DIR;
}

std::unique_ptr<KnowledgeBase> LoadKnowledgeBase(const KnowledgeBaseSources& sources,
                                                 Diagnostics& diagnostics) {
  namespace fs = std::filesystem;
  auto kb = std::make_unique<KnowledgeBase>();
  std::error_code ec;
  if (!fs::is_directory(sources.data_dir, ec)) {
    throw Error(sources.data_dir + ": data directory not found (set IRKG_DATA_DIR or --data-dir)");
  }
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(sources.data_dir, ec)) {
    if (entry.is_regular_file()) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  for (const fs::path& p : files) {
    std::string ext = p.extension().string();
    if (ext == ".actors") {
      kb->actors.LoadActorFile(p.string(), diagnostics);
    } else if (ext == ".agents") {
      kb->actors.LoadAgentFile(p.string(), diagnostics);
    } else if (ext == ".words") {
      kb->actors.LoadWordFile(p.string(), diagnostics);
    } else if (ext == ".patterns") {
      kb->relations.LoadFile(p.string(), diagnostics);
    }
  }
  kb->grammar.LoadDirectory(sources.data_dir, diagnostics);
  for (const std::string& f : sources.actor_files) {
    const std::string text = ReadTextFile(f);
    if (LooksLikeCameoActors(text)) {
      for (graph::Actor& a :
           CameoActorsToIrkg(ParseCameoActors(text, f, diagnostics), f, diagnostics)) {
        kb->actors.MergeActor(std::move(a), f);
      }
    } else {
      kb->actors.LoadActorText(text, f, diagnostics, /*override_existing=*/true);
    }
  }
  for (const std::string& f : sources.pattern_files) kb->relations.LoadFile(f, diagnostics);
  kb->actors.Finish(diagnostics);
  return kb;
}

namespace extract {

namespace {

// "invites the international community to help us", "invites the Security Council to assume its
// responsibility": an invitation to act, not to visit, attend or talk, asks for the act.
bool InvitesToAct(const Sentence& s, const Occurrence& o) {
  const auto& t = s.tokens;
  for (uint32_t q = o.last; q + 1 < t.size() && q < o.last + 12; ++q) {
    if (!t[q].is_word) return false;
    if (!Eq(t[q].key, "to"sv)) continue;
    static constexpr std::string_view kMeeting[] = {
        "visit", "attend", "join",  "participate", "take", "meet",    "come",
        "hold",  "talk",   "talks", "discuss",     "open", "address", "speak"};
    const Token& w = t[q + 1];
    return w.is_word && w.shape == Shape::kLower && !Eq(w.key, "the"sv) && !Eq(w.key, "a"sv) &&
           !Eq(w.key, "an"sv) && !Eq(w.key, "its"sv) && !Eq(w.key, "their"sv) &&
           !IsOneOf(w.key, kMeeting);
  }
  return false;
}

}  // namespace

void ArticleExtraction::ProcessSentence(size_t index) {
  Sentence& s = sentences_[index];
  std::optional<ActorRef> speaker = SpeakerOf(index);
  const ActorRef* speaker_ptr = speaker ? &*speaker : nullptr;

  SentenceActors& actors = memory_.actors;
  actors.Clear();
  ResolveMentions(s, speaker_ptr, actors);
  if (trace_) {
    for (size_t m = 0; m < s.mentions.size(); ++m) {
      const Mention& men = s.mentions[m];
      if (men.kind == MentionKind::kPlace) continue;
      trace_->push_back({s.tokens[men.first].begin, s.tokens[men.last - 1].end,
                         men.kind == MentionKind::kPronoun ? ActorRef{} : men.actor, actors.refs[m],
                         men.role,
                         men.kind == MentionKind::kPronoun || men.anaphor == Anaphor::kGovernment});
    }
  }
  GroupMentions(s, actors);
  SentenceTriggers& linked = memory_.triggers;
  linked.Clear();
  FindTriggers(s, kb_.relations, linked.triggers);
  LinkTriggers(s, kb_.relations, linked);
  FindVenues(s, linked.triggers, actors);

  std::vector<Candidate>& candidates = memory_.candidates;
  candidates.clear();
  const Group* last_subject = nullptr;  // kept across the triggers of the sentence
  for (size_t k = 0; k < linked.triggers.size(); ++k) {
    if (linked.dropped[k]) continue;
    const Occurrence& o = linked.triggers[k];
    const Trigger& tr = kb_.relations.trigger(o.trigger);
    Arguments args;
    if (!ChooseArguments(s, actors, kb_.relations, k, linked, last_subject, args)) continue;
    if (InTimePhrase(s, o, tr)) continue;
    const uint32_t mode_first = OwnPhraseStart(s, tr, args);
    const ModeReading reading =
        ReadMode(s, o, tr, mode_first, args.seg_last,
                 mode_first == args.seg_first && linked.intended_by_outer[k] != 0);
    if (reading.claimed) continue;
    if (tr.cameo == "036" && !tr.noun && tr.relation == Relation::kAgreesWith &&
        InvitesToAct(s, o)) {
      Trigger asked = tr;
      asked.relation = Relation::kRequestsFrom;
      asked.cameo = "020";
      args.construction += " invitation";
      AddCandidates(s, o, asked, args, reading, speaker, candidates);
      continue;
    }
    const bool cooperative = graph::IsCooperation(tr.relation);
    // "refused to break relations with Taiwan", "its refusal to condemn Azerbaijan": the
    // refusal answers someone else's demand, not the one it spares; no event.
    if (linked.stance[k] == SentenceTriggers::kRefused && !cooperative) continue;
    if (linked.stance[k] != SentenceTriggers::kNoStance && cooperative) {
      // "Russia is ready to hold talks with Ukraine": Russia's offer, asserted; the talks have
      // not happened. A readiness to do harm stays what it was, not yet done. "Israel refuses
      // to withdraw from Lebanon": the refusal is the act, not a withdrawal that did not happen.
      const bool refused = linked.stance[k] == SentenceTriggers::kRefused;
      Trigger stated = tr;
      stated.relation = refused ? Relation::kRejects : Relation::kAgreesWith;
      stated.cameo = refused ? "120" : tr.relation == Relation::kConsults ? "036" : "030";
      stated.symmetric = false;
      ModeReading as_stated = reading;
      if (as_stated.mode == Mode::kIntended) as_stated.mode = Mode::kAsserted;
      if (refused) as_stated.negated = false;  // "refused" is itself a negation word
      args.construction += refused ? " refusal" : " offer";
      AddCandidates(s, o, stated, args, as_stated, speaker, candidates);
      continue;
    }
    // "vowed to attack Israel", "is ready to strike the United States", "has approval to
    // launch strikes on": force or coercion declared, not yet used, is a threat (PLOVER
    // THREATEN); a plan told by others ("will strike", "plans to") stays an intended act.
    const bool force = tr.relation == Relation::kAssaults || tr.relation == Relation::kCoerces;
    if (force && !reading.negated &&
        (reading.declared || linked.stance[k] == SentenceTriggers::kReady)) {
      Trigger threat = tr;
      threat.relation = Relation::kThreatens;
      threat.cameo = "138";
      threat.symmetric = false;
      ModeReading as_threat = reading;
      as_threat.mode = Mode::kAsserted;
      args.construction += " declared";
      AddCandidates(s, o, threat, args, as_threat, speaker, candidates);
      continue;
    }
    AddCandidates(s, o, tr, args, reading, speaker, candidates);
  }
  AddEvaluations(s, actors, candidates);
  AddBackings(s, actors, candidates);
  AddCitedReasons(s, candidates);
  UpdateDiscourse(index, actors, candidates);
  EmitEvents(index, speaker, candidates, actors.via);
}

std::vector<EventRecord> ArticleExtraction::Run() {
  Prepare();
  if (last_with_trigger_ == kNone) return {};
  // "DAMASCUS (Reuters) -": a capital at the very start of the article places it.
  if (!sentences_.empty() && !sentences_[0].mentions.empty()) {
    const Mention& first = sentences_[0].mentions[0];
    if (first.first == 0 && first.kind == MentionKind::kMetonym) {
      discourse_.dateline = StateNamedBy(first, first.actor);
    }
  }
  // A sentence that names no actor yields no event and tells later sentences nothing.
  for (size_t i = 0; i <= last_with_trigger_; ++i) {
    if (!sentences_[i].mentions.empty()) ProcessSentence(i);
  }
  return std::move(events_);
}

std::vector<ResolvedMention> ArticleExtraction::Trace() {
  std::vector<ResolvedMention> out;
  trace_ = &out;
  Run();
  trace_ = nullptr;
  return out;
}

}  // namespace extract

Extractor::Extractor(const KnowledgeBase& kb) : kb_(kb) {
  auto words = std::make_shared<WordMap<WordInfo>>();
  const std::unique_ptr<WordMap<uint32_t>> classes_of = extract::WordClasses(kb.grammar);
  for (const auto& [word, classes] : *classes_of) (*words)[word].classes = classes;
  for (const auto& [word, triggers] : kb.relations.first_words())
    (*words)[word].triggers = triggers;
  kb.actors.ForEachFirstWord([&](std::string_view word, ActorDictionary::Starting starting) {
    (*words)[std::string(word)].starting = starting;
  });
  words->Seal();
  words_ = std::move(words);
  date_words_ = extract::DateWords(kb.grammar);
}

std::vector<EventRecord> Extractor::Extract(const graph::Article& article) const {
  // Sentences and their layers keep their memory from article to article, in each thread.
  thread_local extract::ExtractionMemory memory;
  extract::ArticleExtraction run(kb_, *words_, *date_words_, article, memory);
  return run.Run();
}

std::vector<ResolvedMention> Extractor::ResolveMentions(const graph::Article& article) const {
  thread_local extract::ExtractionMemory memory;
  extract::ArticleExtraction run(kb_, *words_, *date_words_, article, memory);
  return run.Trace();
}

}  // namespace irkg::ingest
