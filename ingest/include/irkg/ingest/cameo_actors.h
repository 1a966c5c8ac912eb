#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "irkg/graph/actor.h"
#include "irkg/graph/date.h"
#include "irkg/graph/error.h"

namespace irkg::ingest {

/// One `[CODE date]` block of a CAMEO actor entry.
struct CameoCode {
  std::string code;        ///< "RUSGOV", "IGOUNO", "---"
  graph::DateRange dates;  ///< Always, when the block has no date restriction.
  bool dated = false;      ///< Whether the block had a date restriction.
};

/// One entry of a PETRARCH-2 / CAMEO actor dictionary: a primary phrase, its `+` synonyms and
/// its code blocks.
struct CameoEntry {
  std::vector<std::string> phrases;  ///< As written: "VLADIMIR_PUTIN_", "+PUTIN_" without '+'.
  std::vector<CameoCode> codes;
  int line = 0;  ///< Line of the primary phrase.
};

/// Whether `text` is a CAMEO actor dictionary (`PHRASE [CODE]`, `+SYNONYM`, indented `[CODE]`
/// lines) rather than an irkg `.actors` file (`[ID]` headers and `key = value` lines). Decided
/// by the first line that is neither blank nor a comment.
bool LooksLikeCameoActors(std::string_view text);

/// Reads the entries of a CAMEO actor dictionary (format: ../shared/dictionaries/README.md,
/// section 3). Problems (a code block that does not close, a bad date, an entry with no code)
/// go to `diagnostics` as `origin:line: message` and the rest is kept.
std::vector<CameoEntry> ParseCameoActors(std::string_view text, const std::string& origin,
                                         Diagnostics& diagnostics);

/// What a CAMEO code stands for in irkg: the actor of its first segments (an ISO 3166 state,
/// or an organisation that irkg knows: IGOUNO -> UN, IGOWSTNAT -> NATO) and the role segments
/// after it ("GOV", "MIL", ...). `base` is empty when the first segments name nothing irkg knows
/// (a region, an unlisted organisation, a company).
struct CameoCodeMeaning {
  std::string base;                ///< "RUS", "UN", "" when unknown
  std::string kind;                ///< "state", "IGO", "NGO", "IMG", "MNC", "region" or ""
  std::vector<std::string> roles;  ///< The 3-letter segments after the base
};
CameoCodeMeaning InterpretCameoCode(std::string_view code);

/// Turns CAMEO entries into irkg actors:
/// - an entry with a dated code is a person, id the slug of its primary phrase
///   ("VLADIMIR_PUTIN_" -> vladimir-putin); each dated block with a state or organisation and a
///   role of office (GOV, MIL, LEG, JUD, COP, SPY, or none for an organisation) is a role
///   `official` of that actor on those dates; ELI (former officials), OPP, REB and private roles
///   give no role;
/// - an undated code with no role names its base actor ("AFGHAN_ [AFG]" is a name of AFG,
///   "UN_SECRETARY_GENERAL [IGOUNO]" of UN): the result carries only the id and the names;
/// - an undated code with a role of office is an agency `BASE-ROLE` (`USA-GOV`) of its base;
/// - an undated code of an armed or rebel group (IMG, REB, INS, SEP, UAF, or a region) is a
///   group of its own, id the slug of its primary phrase;
/// - other codes (companies, private people, media, ---) are no actor and are skipped.
/// Phrases become words in title case ("THE_UNITED_NATIONS_" -> "the United Nations"): CAMEO
/// phrases are upper case, and irkg reads upper case as an acronym that only matches capitals.
/// Codes whose first segment irkg does not know go to `diagnostics`.
std::vector<graph::Actor> CameoActorsToIrkg(const std::vector<CameoEntry>& entries,
                                            const std::string& origin, Diagnostics& diagnostics);

/// A CAMEO phrase as irkg writes a name: "BAN_KI-MOON_" -> "Ban Ki-Moon", "U.N._" -> "U.N.".
std::string CameoPhraseToName(std::string_view phrase);

}  // namespace irkg::ingest
