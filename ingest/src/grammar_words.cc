#include "irkg/ingest/grammar_words.h"

#include "irkg/ingest/strings.h"

namespace irkg::ingest {

namespace {

constexpr std::string_view kFileNames[kWordListCount] = {"speech-verbs",
                                                         "weak-speech-verbs",
                                                         "light-verbs",
                                                         "adverbs",
                                                         "venue-nouns",
                                                         "intention-verbs",
                                                         "that-verbs",
                                                         "clause-breaks",
                                                         "location-prepositions",
                                                         "prepositions",
                                                         "be-forms",
                                                         "negations",
                                                         "intention-markers",
                                                         "hypothetical-markers",
                                                         "clause-cues",
                                                         "control-words",
                                                         "months",
                                                         "weekdays",
                                                         "readiness-words",
                                                         "refusal-words",
                                                         "representative-nouns",
                                                         "unrealised-heads",
                                                         "weapon-nouns",
                                                         "stance-participles",
                                                         "stop-verbs",
                                                         "sport-words",
                                                         "blame-words",
                                                         "praise-words",
                                                         "conduct-nouns",
                                                         "hostile-acts"};

}  // namespace

std::string WordListPath(WordList list) {
  return "english/" + std::string(kFileNames[static_cast<size_t>(list)]) + ".words";
}

void GrammarWords::LoadDirectory(const std::string& data_dir, Diagnostics& diagnostics) {
  for (size_t i = 0; i < kWordListCount; ++i) {
    const auto list = static_cast<WordList>(i);
    const std::string path = data_dir + "/" + WordListPath(list);
    LoadText(list, ReadTextFile(path), path, diagnostics);
  }
}

void GrammarWords::LoadText(WordList list, std::string_view text, const std::string& origin,
                            Diagnostics& diagnostics) {
  std::vector<std::string>& words = lists_[static_cast<size_t>(list)];
  words.clear();
  int last_line = 0;
  ForEachDataLine(text, [&](int line_no, std::string_view s) {
    last_line = line_no;
    if (s.find_first_of(" \t") != std::string_view::npos) {
      diagnostics.push_back({origin, line_no, "expected one word, got '" + std::string(s) + "'"});
      return;
    }
    for (char c : s) {
      if (c >= 'A' && c <= 'Z') {
        diagnostics.push_back(
            {origin, line_no, "expected lower case, got '" + std::string(s) + "'"});
        return;
      }
    }
    words.emplace_back(s);
  });
  const size_t expected = list == WordList::kMonths ? 12 : list == WordList::kWeekdays ? 7 : 0;
  if (expected && words.size() != expected) {
    diagnostics.push_back(
        {origin, last_line,
         "expected " + std::to_string(expected) + " names, got " + std::to_string(words.size())});
  }
}

}  // namespace irkg::ingest
