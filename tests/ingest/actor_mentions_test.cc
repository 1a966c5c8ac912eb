// The mention table: tests/data/actor_mentions.tsv, cases of text -> (actor, affiliation, date)
// covering names, metonyms, demonyms, dated offices, agencies, groups and deliberate ambiguities.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "irkg/ingest/extractor.h"
#include "irkg/ingest/mention_finder.h"
#include "irkg/ingest/strings.h"
#include "shipped_knowledge.h"
#include "test_support.h"

using namespace irkg::ingest;

namespace {

struct Case {
  int line;
  std::string text, date, mention, id, affiliation;
};

std::vector<Case> ReadCases() {
  std::ifstream in(std::string(IRKG_SOURCE_DIR) + "/tests/data/actor_mentions.tsv");
  std::vector<Case> cases;
  std::string line;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line_no == 1 || Trim(line).empty()) continue;
    auto f = SplitTabs(line);
    REQUIRE_MESSAGE(f.size() == 5, "actor_mentions.tsv:" << line_no << ": expected 5 fields");
    cases.push_back({line_no, std::string(f[0]), std::string(f[1]), std::string(f[2]),
                     std::string(f[3]), std::string(f[4])});
  }
  return cases;
}

}  // namespace

TEST_CASE("the mention table: every case resolves as a careful reader would") {
  const KnowledgeBase* kb = irkg::testing::Shipped().kb.get();
  auto cases = ReadCases();
  CHECK(cases.size() >= 400);
  std::vector<std::string> failures;
  for (const Case& c : cases) {
    size_t at = c.text.find(c.mention);
    REQUIRE_MESSAGE(at != std::string::npos,
                    "actor_mentions.tsv:" << c.line << ": mention not in text");
    const size_t end = at + c.mention.size();
    const TokenizedText tokenized = Tokenize(c.text);
    const std::vector<Token>& tokens = tokenized.tokens;
    auto mentions = FindMentions(tokens, c.text, irkg::graph::ParseDate(c.date), kb->actors);
    const Mention* found = nullptr;
    for (const Mention& m : mentions) {
      if (m.kind == MentionKind::kPronoun) continue;
      size_t b = tokens[m.first].begin, e = tokens[m.last - 1].end;
      if (b < end && at < e) {
        found = &m;
        break;
      }
    }
    std::string got = "-";
    std::string got_affiliation = "-";
    if (found && found->kind != MentionKind::kPlace) {
      got = found->actor.id;
      got_affiliation =
          found->actor.affiliation.empty() ? found->actor.id : found->actor.affiliation;
    }
    if (got != c.id || got_affiliation != c.affiliation) {
      failures.push_back("actor_mentions.tsv:" + std::to_string(c.line) + ": '" + c.mention +
                         "' in \"" + c.text + "\" (" + c.date + "): expected " + c.id + " for " +
                         c.affiliation + ", got " + got + " for " + got_affiliation);
    }
  }
  for (const std::string& f : failures) MESSAGE(f);
  CHECK_MESSAGE(failures.empty(), failures.size() << " of " << cases.size() << " cases fail");
}
