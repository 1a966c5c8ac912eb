#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "irkg/graph/error.h"
#include "irkg/syntax/labels.h"

namespace irkg::syntax {

/// One annotated sentence of a treebank: its syntactic words with gold tags and tree.
struct TreebankSentence {
  std::string id;  ///< The `# sent_id` comment, empty when there is none.
  int line = 0;    ///< 1-based line of the sentence's first word in its file.
  std::vector<std::string> words;
  std::vector<Upos> tags;
  std::vector<int16_t> heads;  ///< 0-based index of each word's head; -1 for the root.
  std::vector<Deprel> labels;
};

/// Parses CoNLL-U text (https://universaldependencies.org/format.html). Multiword-token ranges
/// ("1-2") and empty nodes ("1.1") are skipped: sentences hold the syntactic words of the basic
/// tree. A malformed sentence (wrong field count, word ids out of sequence, unknown UPOS or
/// relation, head out of range, not one root, a cycle) is left out with one diagnostic
/// `name:line: message` naming its first bad line; the rest is still read. Relation subtypes
/// irkg does not know fall back to their basic relation ("obl:tmod" -> obl).
std::vector<TreebankSentence> ParseConllu(std::string_view text, const std::string& name,
                                          Diagnostics& diagnostics);

/// Reads a CoNLL-U file, gzip-compressed or plain, and parses it as ParseConllu does. Throws
/// irkg::Error ("path: cannot open", "path: corrupt gzip data") when the file cannot be read.
std::vector<TreebankSentence> ReadConllu(const std::string& path, Diagnostics& diagnostics);

}  // namespace irkg::syntax
