// The readers of the knowledge-base formats (.actors, .agents, .words, .patterns) on arbitrary
// text; the first byte chooses. Bad records become diagnostics; nothing may crash, and the
// dictionary must still build its index.
#include <cstdint>
#include <string_view>

#include "irkg/ingest/actor_dictionary.h"
#include "irkg/ingest/relation_lexicon.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  irkg::Diagnostics diagnostics;
  irkg::ingest::ActorDictionary actors;
  irkg::ingest::RelationLexicon relations;
  switch (data[0] % 4) {
    case 0:
      actors.LoadActorText(text, "fuzz.actors", diagnostics, /*override_existing=*/true);
      break;
    case 1:
      actors.LoadAgentText(text, "fuzz.agents", diagnostics);
      break;
    case 2:
      actors.LoadWordText(text, "fuzz.words", diagnostics);
      break;
    case 3:
      relations.LoadText(text, "fuzz.patterns", diagnostics);
      break;
  }
  actors.Finish(diagnostics);
  return 0;
}
