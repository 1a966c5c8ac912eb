#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace irkg::syntax {

/// Universal part-of-speech tags (https://universaldependencies.org/u/pos/), in UD's order.
enum class Upos : uint8_t {
  kAdj,
  kAdp,
  kAdv,
  kAux,
  kCconj,
  kDet,
  kIntj,
  kNoun,
  kNum,
  kPart,
  kPron,
  kPropn,
  kPunct,
  kSconj,
  kSym,
  kVerb,
  kX,
};
inline constexpr int kUposCount = 17;

/// Universal dependency relations: the 37 basic ones, then the English subtypes of UD English
/// (EWT, PUD) that the extractor tells apart from their basic relation (`nmod:poss`, `obl:agent`,
/// `acl:relcl`, `compound:prt`, ...).
enum class Deprel : uint8_t {
  kAcl,
  kAdvcl,
  kAdvmod,
  kAmod,
  kAppos,
  kAux,
  kCase,
  kCc,
  kCcomp,
  kClf,
  kCompound,
  kConj,
  kCop,
  kCsubj,
  kDep,
  kDet,
  kDiscourse,
  kDislocated,
  kExpl,
  kFixed,
  kFlat,
  kGoeswith,
  kIobj,
  kList,
  kMark,
  kNmod,
  kNsubj,
  kNummod,
  kObj,
  kObl,
  kOrphan,
  kParataxis,
  kPunct,
  kReparandum,
  kRoot,
  kVocative,
  kXcomp,
  // Subtypes.
  kAclRelcl,
  kAdvclRelcl,
  kAuxPass,
  kCcPreconj,
  kCompoundPrt,
  kCsubjOuter,
  kCsubjPass,
  kDetPredet,
  kNmodDesc,
  kNmodPoss,
  kNmodUnmarked,
  kNsubjOuter,
  kNsubjPass,
  kOblAgent,
  kOblUnmarked,
};
inline constexpr int kDeprelCount = 52;

/// The tag as CoNLL-U writes it ("PROPN").
std::string_view ToString(Upos tag);
/// The relation as CoNLL-U writes it ("nmod:poss").
std::string_view ToString(Deprel label);

/// The tag named `text`, or nothing when UD has no such tag.
std::optional<Upos> ParseUpos(std::string_view text);
/// The relation named `text`. An unknown subtype falls back to its basic relation ("obl:tmod" ->
/// obl); nothing when the basic relation is unknown too.
std::optional<Deprel> ParseDeprel(std::string_view text);

/// The universal (basic) relation of a subtype (nmod:poss -> nmod); basic relations map to
/// themselves.
Deprel Basic(Deprel label);

}  // namespace irkg::syntax
