#include "irkg/ingest/cameo_actors.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <map>
#include <set>
#include <utility>

#include "irkg/ingest/strings.h"
#include "irkg/ingest/text.h"

namespace irkg::ingest {

using graph::Actor;
using graph::ActorType;
using graph::DateRange;

namespace {

// Organisations by their CAMEO code, for the ones irkg lists; the longest prefix of a code wins
// ("IGOUNOKID" is UNICEF, "IGOUNOBUS" the UN itself).
constexpr std::pair<std::string_view, std::string_view> kOrganisations[] = {
    {"IGOUNO", "UN"},
    {"IGOUNOKID", "UNICEF"},
    {"IGOUNOHLHWHO", "WHO"},
    {"IGOUNOIAE", "IAEA"},
    {"IGOUNOREFHCR", "UNHCR"},
    {"IGOUNOWFP", "WFP"},
    {"IGOUNOLABILO", "ILO"},
    {"IGOUNOHRIHCH", "OHCHR"},
    {"IGOUNOJUDICJ", "ICJ"},
    {"IGOUNODEVWBK", "WORLD-BANK"},
    {"IGOUNOWBK", "WORLD-BANK"},
    {"IGOEUREEC", "EU"},
    {"IGOWSTNAT", "NATO"},
    {"IGOSEAASN", "ASEAN"},
    {"IGOSASSAA", "SAARC"},
    {"IGOBUSOPC", "OPEC"},
    {"IGOAFRAFU", "AU"},
    {"IGOAFROAU", "OAU"},
    {"IGOBUSIMF", "IMF"},
    {"IGOBUSWTO", "WTO"},
    {"IGOOAS", "OAS"},
    {"IGOMEAARL", "ARAB-LEAGUE"},
    {"IGOJUDICC", "ICC"},
    {"IGOWAFWAS", "ECOWAS"},
    {"IGOMOSOIC", "OIC"},
    {"IGOCASCIS", "CIS"},
    {"IGOEAFEAC", "EAC"},
    {"IGOSAFDEVSAD", "SADC"},
    {"IGOPGSGCC", "GCC"},
};

// CAMEO country codes that are not the ISO 3166 code irkg uses.
constexpr std::pair<std::string_view, std::string_view> kCountryCodes[] = {
    {"USR", "SUN"}, {"KSV", "XKX"}, {"TMP", "TLS"}, {"FRY", "YUG"}};

// CAMEO region codes: a group coded with one is a group of its own.
constexpr std::string_view kRegions[] = {
    "AFR", "ASA", "BLK", "CAS", "CAU", "CEU", "CFR", "EAF", "EEU", "EIN", "EUR", "LAM", "MEA",
    "MDT", "NAF", "NMR", "PGS", "SAF", "SAM", "SAS", "SCN", "SEA", "WAF", "WEU", "WST", "INT"};

// Roles of office: a person or body coded with one acts for its state or organisation.
constexpr std::string_view kOfficeRoles[] = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY"};
// Roles of armed and rebel groups, which irkg keeps as actors of their own.
constexpr std::string_view kArmedRoles[] = {"REB", "INS", "SEP", "UAF", "IMG"};

// Words that stay lower case inside a name.
constexpr std::string_view kSmallWords[] = {"the", "of", "and", "for", "in", "on",  "de", "du",
                                            "des", "la", "le",  "al",  "el", "bin", "ibn"};

template <size_t N>
bool In(const std::string_view (&list)[N], std::string_view key) {
  return std::find(std::begin(list), std::end(list), key) != std::end(list);
}

bool IsUpperCode(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
  });
}

// A CAMEO date: YYMMDD or YYYYMMDD; two-digit years 00-30 are 20YY, the others 19YY.
std::optional<std::string> CameoDate(std::string_view s) {
  if ((s.size() != 6 && s.size() != 8) ||
      !std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return std::nullopt;
  }
  int year = 0;
  std::from_chars(s.data(), s.data() + s.size() - 4, year);
  if (s.size() == 6) year += year <= 30 ? 2000 : 1900;
  std::string iso = std::to_string(year) + "-" + std::string(s.substr(s.size() - 4, 2)) + "-" +
                    std::string(s.substr(s.size() - 2));
  if (!graph::ParseDate(iso)) return std::nullopt;
  return iso;
}

// Parses the inside of one `[...]` block: `CODE` or `CODE <D`, `CODE >D`, `CODE D-D`.
bool ParseBlock(std::string_view inside, CameoCode& out, std::string& error) {
  auto words = SplitWords(inside);
  if (words.empty() || words.size() > 2) {
    error = "expected '[CODE]' or '[CODE DATES]', got '[" + std::string(inside) + "]'";
    return false;
  }
  out.code = std::string(words[0]);
  if (words.size() == 1) return true;
  std::string_view d = words[1];
  std::string from, to;
  auto bad = [&]() {
    error = "invalid date restriction '" + std::string(d) +
            "' (expected <YYMMDD, >YYMMDD or YYMMDD-YYMMDD, years of 2 or 4 digits)";
    return false;
  };
  if (d.front() == '<' || d.front() == '>') {
    auto date = CameoDate(d.substr(1));
    if (!date) return bad();
    (d.front() == '<' ? to : from) = *date;
  } else {
    size_t dash = d.find('-');
    if (dash == std::string_view::npos) return bad();
    auto a = CameoDate(d.substr(0, dash));
    auto b = CameoDate(d.substr(dash + 1));
    if (!a || !b) return bad();
    from = *a;
    to = *b;
  }
  auto range = DateRange::Parse(from + ".." + to);
  if (!range) return bad();
  out.dates = *range;
  out.dated = true;
  return true;
}

std::string Slug(std::string_view name) {
  std::string folded = FoldKey(name);
  std::string out;
  for (char c : folded) {
    bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (alnum) {
      out += c;
    } else if (!out.empty() && out.back() != '-') {
      out += '-';
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

// Whether trimmed line `s` is part of a "<!-- ... -->" comment, which may span lines;
// `in_comment` carries the state from line to line.
bool InBlockComment(std::string_view s, bool& in_comment) {
  if (!in_comment && !s.starts_with("<!--")) return false;
  in_comment = s.find("-->") == std::string_view::npos;
  return true;
}

}  // namespace

bool LooksLikeCameoActors(std::string_view text) {
  bool in_block_comment = false;
  for (std::string_view line : SplitLines(text)) {
    std::string_view s = Trim(line);
    if (InBlockComment(s, in_block_comment)) continue;
    if (s.empty() || s[0] == '#') continue;
    if (s.front() == '[' && s.back() == ']' && s.find(' ') == std::string_view::npos) {
      return false;  // "[RUS]": an irkg record header
    }
    return s.find('=') == std::string_view::npos || s.front() == '+' || s.front() == '[';
  }
  return false;
}

std::vector<CameoEntry> ParseCameoActors(std::string_view text, const std::string& origin,
                                         Diagnostics& diagnostics) {
  std::vector<CameoEntry> entries;
  bool in_block_comment = false;
  int line_no = 0;
  auto problem = [&](int line, std::string message) {
    diagnostics.push_back({origin, line, std::move(message)});
  };
  auto close_entry = [&]() {
    if (!entries.empty() && entries.back().codes.empty()) {
      problem(entries.back().line,
              "actor phrase '" + entries.back().phrases.front() + "' has no code");
      entries.pop_back();
    }
  };
  for (std::string_view raw : SplitLines(text)) {
    ++line_no;
    std::string_view s = Trim(raw);
    if (InBlockComment(s, in_block_comment)) continue;
    if (size_t hash = s.find('#'); hash != std::string_view::npos) s = Trim(s.substr(0, hash));
    if (s.empty()) continue;
    // The phrase part, then any number of [code] blocks.
    size_t bracket = s.find('[');
    std::string_view phrase = Trim(s.substr(0, bracket));
    std::vector<CameoCode> codes;
    bool ok = true;
    while (bracket != std::string_view::npos) {
      size_t close = s.find(']', bracket);
      if (close == std::string_view::npos) {
        problem(line_no, "code block '[' has no closing ']'");
        ok = false;
        break;
      }
      CameoCode code;
      std::string error;
      if (ParseBlock(s.substr(bracket + 1, close - bracket - 1), code, error)) {
        codes.push_back(std::move(code));
      } else {
        problem(line_no, error);
      }
      bracket = s.find('[', close);
    }
    if (!ok && phrase.empty()) continue;
    if (phrase.empty()) {
      if (entries.empty()) {
        problem(line_no, "code block before the first actor phrase");
        continue;
      }
      for (CameoCode& c : codes) entries.back().codes.push_back(std::move(c));
      continue;
    }
    if (phrase.front() == '+') {
      if (entries.empty()) {
        problem(line_no, "synonym '" + std::string(phrase) + "' before the first actor phrase");
        continue;
      }
      phrase.remove_prefix(1);
      if (!phrase.empty()) entries.back().phrases.emplace_back(phrase);
      for (CameoCode& c : codes) entries.back().codes.push_back(std::move(c));
      continue;
    }
    close_entry();
    CameoEntry entry;
    entry.line = line_no;
    entry.phrases.emplace_back(phrase);
    entry.codes = std::move(codes);
    entries.push_back(std::move(entry));
  }
  close_entry();
  return entries;
}

CameoCodeMeaning InterpretCameoCode(std::string_view code) {
  CameoCodeMeaning m;
  if (code.size() < 3 || !IsUpperCode(code)) return m;
  std::string_view first = code.substr(0, 3);
  size_t used = 3;
  if (first == "IGO" || first == "NGO" || first == "IMG" || first == "MNC") {
    m.kind = std::string(first);
    if (first == "IGO") {
      size_t best = 0;
      for (const auto& [prefix, id] : kOrganisations) {
        if (code.starts_with(prefix) && prefix.size() > best) {
          best = prefix.size();
          m.base = std::string(id);
        }
      }
      if (best > 0) used = best;
    }
  } else if (In(kRegions, first)) {
    m.kind = "region";
  } else if (first != "---") {
    m.kind = "state";
    m.base = std::string(first);
    for (const auto& [cameo, iso] : kCountryCodes) {
      if (first == cameo) m.base = std::string(iso);
    }
  }
  // Organisations irkg does not list keep their segments to themselves: only roles of office
  // after a known base are read.
  if (!m.base.empty()) {
    for (size_t i = used; i + 3 <= code.size(); i += 3) m.roles.emplace_back(code.substr(i, 3));
  } else {
    for (size_t i = 3; i + 3 <= code.size(); i += 3) m.roles.emplace_back(code.substr(i, 3));
  }
  return m;
}

std::string CameoPhraseToName(std::string_view phrase) {
  std::string words;
  int depth = 0;
  for (char c : phrase) {
    if (c == '(') ++depth;
    if (depth == 0) words += (c == '_' || c == '+') ? ' ' : c;
    if (c == ')' && depth > 0) --depth;
  }
  std::string out;
  for (std::string_view w : SplitWords(words)) {
    std::string word(w);
    bool has_dot = word.find('.') != std::string::npos;
    bool start_of_word = true;
    for (char& c : word) {
      unsigned char u = static_cast<unsigned char>(c);
      if (has_dot) break;  // "U.N.", "U.S.": initials keep their capitals
      c = static_cast<char>(start_of_word ? std::toupper(u) : std::tolower(u));
      start_of_word = c == '-';
    }
    std::string lower = word;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (In(kSmallWords, lower)) word = lower;
    if (!out.empty()) out += ' ';
    out += word;
  }
  return out;
}

std::vector<Actor> CameoActorsToIrkg(const std::vector<CameoEntry>& entries,
                                     const std::string& origin, Diagnostics& diagnostics) {
  std::vector<Actor> out;
  std::map<std::string, size_t> by_id;  // merges entries that come to the same actor
  auto get = [&](const std::string& id, ActorType type, const std::string& label) -> Actor& {
    auto [it, added] = by_id.emplace(id, out.size());
    if (added) {
      Actor a;
      a.id = id;
      a.type = type;
      a.label = label;
      out.push_back(std::move(a));
    }
    return out[it->second];
  };
  auto add_names = [](Actor& a, const std::vector<std::string>& names) {
    for (const std::string& n : names) {
      if (!n.empty() && std::find(a.names.begin(), a.names.end(), n) == a.names.end()) {
        a.names.push_back(n);
      }
    }
  };
  for (const CameoEntry& e : entries) {
    std::vector<std::string> names;
    for (const std::string& p : e.phrases) names.push_back(CameoPhraseToName(p));
    if (names.empty() || names.front().empty()) continue;
    const std::string own_id = Slug(names.front());
    const bool person =
        std::any_of(e.codes.begin(), e.codes.end(), [](const CameoCode& c) { return c.dated; });
    if (person) {
      if (own_id.empty()) continue;
      Actor& a = get(own_id, ActorType::kPerson, names.front());
      add_names(a, names);
      for (const CameoCode& c : e.codes) {
        if (!c.dated) continue;
        CameoCodeMeaning m = InterpretCameoCode(c.code);
        if (m.base.empty()) continue;
        bool office = m.roles.empty() ? m.kind == "IGO" : In(kOfficeRoles, m.roles.front());
        if (office) a.roles.push_back({m.base, "official", c.dates});
      }
      continue;
    }
    // Undated: the first code decides what the phrases name.
    const CameoCode& c = e.codes.front();
    CameoCodeMeaning m = InterpretCameoCode(c.code);
    bool armed = m.kind == "IMG" || m.kind == "region" ||
                 std::any_of(m.roles.begin(), m.roles.end(),
                             [](const std::string& r) { return In(kArmedRoles, r); });
    if (m.kind == "MNC" || c.code == "---") continue;
    if (armed) {
      if (own_id.empty()) continue;
      add_names(get(own_id, ActorType::kGroup, names.front()), names);
    } else if (m.base.empty() && (m.kind == "IGO" || m.kind == "NGO")) {
      if (own_id.empty()) continue;
      add_names(get(own_id, m.kind == "IGO" ? ActorType::kIgo : ActorType::kOther, names.front()),
                names);
    } else if (m.base.empty()) {
      diagnostics.push_back({origin, e.line, "unknown CAMEO actor code '" + c.code + "'"});
    } else if (m.roles.empty()) {
      ActorType type = m.kind == "state" ? ActorType::kState : ActorType::kIgo;
      add_names(get(m.base, type, m.base), names);
    } else if (In(kOfficeRoles, m.roles.front())) {
      Actor& a =
          get(m.base + "-" + m.roles.front(), ActorType::kAgency, m.base + " " + m.roles.front());
      a.affiliation = m.base;
      add_names(a, names);
    }
    // Other roles (CVL, BUS, MED, EDU, ELI, OPP, ...) name no actor of their own.
  }
  return out;
}

}  // namespace irkg::ingest
