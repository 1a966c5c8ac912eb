#pragma once

// The extraction stages, in the order a sentence passes through them:
//   mentions.cc     tokens, quotations, word classes, trigger matches and actor mentions
//   clauses.cc      speech verbs and their speakers; the sentence cut into clauses
//   coreference.cc  what each mention refers to: names, pronouns, descriptions, discourse
//   triggers.cc     the triggers that count, and which of them another one embeds
//   arguments.cc    mention groups, venues, and the source and target of each trigger
//   mode.cc         negation and mode (asserted, intended, hypothetical) of each trigger
//   events.cc       candidates from arguments and mode; de-duplicated events; the discourse
//                   for the next sentence (coreference.cc) is updated before they are emitted
// ArticleExtraction::ProcessSentence (extractor.cc) runs them over one sentence; the stages that
// need no discourse are free functions, so that tests can run each on its own. The word lists
// they read are ingest/data/english/*.words (word_classes.cc, dates.cc).

#include <optional>
#include <span>
#include <vector>

#include "extract/sentence.h"
#include "irkg/ingest/extractor.h"

namespace irkg::ingest::extract {

// mentions.cc

/// Clears s.in_quote over a few quoted words inside a clause (scare quotes), which are no
/// speech. Reads s.tokens and s.classes.
void ReleaseScareQuotes(Sentence& s);

// clauses.cc

/// Finds the speech verbs of `s` that are not quoted and their speakers, into s.speeches.
/// Reads s.tokens, s.classes, s.in_quote and s.mentions.
void FindSpeeches(Sentence& s);
/// Cuts `s` into clauses: s.segment numbers each token's clause, from 0. Reads what
/// FindSpeeches reads, and s.speeches.
void Segment(Sentence& s);

// triggers.cc

/// Sets `triggers` to the triggers of `s` that name a relation: the longest match at each word
/// outside an actor's name, without adjectival uses ("the jailed journalists"), venues ("at the
/// G20 summit"), clause-reporting verbs ("warned that") and blockers. Needs s.matches and
/// s.mentions.
void FindTriggers(const Sentence& s, const RelationLexicon& relations,
                  std::vector<Occurrence>& triggers);
/// Links the triggers in `linked.triggers` (from FindTriggers) that embed others: agreements and
/// promises with a "to" content, plans, requests and invitations; sets the other members of
/// `linked`. Needs s.segment.
void LinkTriggers(const Sentence& s, const RelationLexicon& relations, SentenceTriggers& linked);

// arguments.cc

/// Mentions a < b joined only by "and", commas and articles, in one clause.
bool Connected(const Sentence& s, size_t a, size_t b);
/// Groups the mentions that refer to some actor (actors.refs) into actors.groups.
void GroupMentions(const Sentence& s, SentenceActors& actors);
/// The actors of a group, each once; demonyms only when `allow_adjectives` or the group has no
/// name.
std::vector<graph::ActorRef> GroupRefs(const Sentence& s, const SentenceActors& actors,
                                       const Group& g, bool allow_adjectives);
/// Whether a member of `g` is a pronoun.
bool GroupHasPronoun(const SentenceActors& actors, const Group& g);
/// Marks the groups that name a venue ("at the G20 summit") or a broker ("brokered by China"),
/// into actors.via and actors.is_via.
void FindVenues(const Sentence& s, const std::vector<Occurrence>& triggers, SentenceActors& actors);
/// Chooses the source and target of trigger `k` into `args`; false when the trigger yields no
/// event. `last_subject` carries the subject from one trigger of the sentence to the next; an
/// agreement may drop or mark its content in `triggers`.
bool ChooseArguments(const Sentence& s, const SentenceActors& actors,
                     const RelationLexicon& relations, size_t k, SentenceTriggers& triggers,
                     const Group*& last_subject, Arguments& args);

// mode.cc

/// Reads negation and mode of trigger `o` (relation `tr`) in its clause [seg_first, seg_last).
/// `intended` when an outer trigger made it a plan.
ModeReading ReadMode(const Sentence& s, const Occurrence& o, const Trigger& tr, uint32_t seg_first,
                     uint32_t seg_last, bool intended);

/// Where a nominal event named as a cause or background begins ("plans conscription as a result
/// of [the Russian invasion of Ukraine]"): the clause's negation and mode stop there. Else
/// `args.seg_first`.
uint32_t OwnPhraseStart(const Sentence& s, const Trigger& tr, const Arguments& args);
/// Whether a nominal event only dates the sentence, in a time phrase of its own: "ahead of a
/// planned meeting between Moon and Kim", "since the 2003 US invasion of Iraq"
/// (docs/ANNOTATION.md section 1: background is not coded).
bool InTimePhrase(const Sentence& s, const Occurrence& o, const Trigger& tr);

// events.cc

/// Adds the candidate src -> dst unless both are one side, or a private one where it cannot be.
void AddCandidate(std::vector<Candidate>& candidates, const graph::ActorRef& src,
                  const graph::ActorRef& dst, const Trigger& tr, const Occurrence& o,
                  const std::string& construction, double confidence, bool negated,
                  graph::Mode mode);

/// The extraction of one article: runs the stages over its sentences in order, and keeps the
/// discourse from one sentence to the next.
class ArticleExtraction {
 public:
  // `memory` holds what earlier articles left, whose memory this one reuses.
  ArticleExtraction(const KnowledgeBase& kb, const WordMap<Extractor::WordInfo>& words,
                    const WordMap<int>& date_words, const graph::Article& article,
                    ExtractionMemory& memory)
      : kb_(kb), words_(words), date_words_(date_words), article_(article), memory_(memory) {}

  std::vector<graph::EventRecord> Run();
  // Every sentence's mentions as resolved in context (Extractor::ResolveMentions).
  std::vector<ResolvedMention> Trace();

 private:
  // mentions.cc
  void Prepare();
  // extractor.cc
  void ProcessSentence(size_t index);
  // coreference.cc
  std::vector<graph::ActorRef> Resolve(const Sentence& s, int mention,
                                       const graph::ActorRef* speaker);
  void ResolveMentions(const Sentence& s, const graph::ActorRef* speaker, SentenceActors& actors);
  void UpdateDiscourse(size_t index, const SentenceActors& actors,
                       const std::vector<Candidate>& candidates);
  graph::ActorRef StateOf(const graph::ActorRef& actor) const;
  // The state or organisation an actor's side belongs to, over territories and organs:
  // Martinique is France's, the European Parliament the EU's.
  const std::string& SideOf(const graph::ActorRef& actor) const;
  std::string StateNamedBy(const Mention& m, const graph::ActorRef& ref) const;
  std::string StateOfActor(const graph::ActorRef& ref) const;
  const std::string& Headline() const;
  std::string GovernmentOf(const Sentence& s, int mention) const;
  std::optional<graph::ActorRef> SpeakerOf(size_t index);
  // events.cc
  void AddCandidates(const Sentence& s, const Occurrence& o, const Trigger& tr,
                     const Arguments& args, const ModeReading& reading,
                     const std::optional<graph::ActorRef>& speaker,
                     std::vector<Candidate>& candidates) const;
  // evaluations.cc
  void AddEvaluations(const Sentence& s, const SentenceActors& actors,
                      std::vector<Candidate>& candidates) const;
  void AddBackings(const Sentence& s, const SentenceActors& actors,
                   std::vector<Candidate>& candidates) const;
  void AddCitedReasons(const Sentence& s, std::vector<Candidate>& candidates) const;
  void EmitEvents(size_t index, const std::optional<graph::ActorRef>& speaker,
                  const std::vector<Candidate>& candidates,
                  const std::vector<graph::ActorRef>& via);

  const KnowledgeBase& kb_;
  const WordMap<Extractor::WordInfo>& words_;
  const WordMap<int>& date_words_;
  const graph::Article& article_;
  ExtractionMemory& memory_;
  std::span<Sentence> sentences_;  // this article's, at the front of memory_.sentences
  Discourse discourse_;
  std::vector<graph::EventRecord> events_;
  static constexpr size_t kNone = static_cast<size_t>(-1);
  size_t last_with_trigger_ = kNone;               // the last sentence in which a trigger matches
  std::vector<ResolvedMention>* trace_ = nullptr;  // Trace(): every sentence, mentions kept
  mutable std::optional<std::string> headline_;    // Headline(), once read
};

}  // namespace irkg::ingest::extract
