#include "irkg/syntax/labels.h"

#include <array>

namespace irkg::syntax {
namespace {

constexpr std::array<std::string_view, kUposCount> kUposNames = {
    "ADJ",  "ADP",  "ADV",   "AUX",   "CCONJ", "DET", "INTJ", "NOUN", "NUM",
    "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"};

constexpr std::array<std::string_view, kDeprelCount> kDeprelNames = {
    "acl",         "advcl",      "advmod",      "amod",        "appos",      "aux",
    "case",        "cc",         "ccomp",       "clf",         "compound",   "conj",
    "cop",         "csubj",      "dep",         "det",         "discourse",  "dislocated",
    "expl",        "fixed",      "flat",        "goeswith",    "iobj",       "list",
    "mark",        "nmod",       "nsubj",       "nummod",      "obj",        "obl",
    "orphan",      "parataxis",  "punct",       "reparandum",  "root",       "vocative",
    "xcomp",       "acl:relcl",  "advcl:relcl", "aux:pass",    "cc:preconj", "compound:prt",
    "csubj:outer", "csubj:pass", "det:predet",  "nmod:desc",   "nmod:poss",  "nmod:unmarked",
    "nsubj:outer", "nsubj:pass", "obl:agent",   "obl:unmarked"};

static_assert(kUposNames.back() == "X");
static_assert(kDeprelNames[static_cast<int>(Deprel::kOblUnmarked)] == "obl:unmarked");
static_assert(kDeprelNames[static_cast<int>(Deprel::kXcomp)] == "xcomp");

}  // namespace

std::string_view ToString(Upos tag) { return kUposNames[static_cast<size_t>(tag)]; }

std::string_view ToString(Deprel label) { return kDeprelNames[static_cast<size_t>(label)]; }

std::optional<Upos> ParseUpos(std::string_view text) {
  for (size_t i = 0; i < kUposNames.size(); ++i) {
    if (kUposNames[i] == text) return static_cast<Upos>(i);
  }
  return std::nullopt;
}

std::optional<Deprel> ParseDeprel(std::string_view text) {
  for (size_t i = 0; i < kDeprelNames.size(); ++i) {
    if (kDeprelNames[i] == text) return static_cast<Deprel>(i);
  }
  size_t colon = text.find(':');
  if (colon == std::string_view::npos) return std::nullopt;
  return ParseDeprel(text.substr(0, colon));
}

Deprel Basic(Deprel label) {
  std::string_view name = ToString(label);
  size_t colon = name.find(':');
  if (colon == std::string_view::npos) return label;
  return *ParseDeprel(name.substr(0, colon));
}

}  // namespace irkg::syntax
