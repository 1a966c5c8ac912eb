// actors resolve | show | search: the actor knowledge base, asked directly.
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "command.h"
#include "irkg/cli/cli.h"
#include "irkg/ingest/extractor.h"
#include "irkg/ingest/mention_finder.h"

namespace irkg::cli {

std::vector<queries::NamedActor> KnowledgeCandidates(const ingest::ActorDictionary& actors) {
  std::vector<queries::NamedActor> out;
  out.reserve(actors.actors().size());
  for (const graph::Actor& a : actors.actors()) {
    queries::NamedActor named{a.id, {a.id, a.label}};
    named.names.insert(named.names.end(), a.names.begin(), a.names.end());
    out.push_back(std::move(named));
  }
  return out;
}

namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void WriteString(JsonWriter& w, std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

int Resolve(Context& ctx, const CommonOptions& common, const std::string& text,
            const std::string& date_text, const std::string& title, const std::string& speaker,
            const std::string& addressee) {
  auto kb = LoadKnowledge(common, ctx);
  graph::Article article;
  article.date = ParseDateOption(date_text);
  article.text = text;
  article.title = title;  // a headline that names one state places the text
  // A statement in the first person: "we" and "my Government" are the speaker's, "you" and
  // "Mr. President" the addressee's.
  auto actor_option = [&kb](const std::string& value, const char* option) {
    if (value.empty()) return std::string();
    const graph::Actor* a = kb->actors.Find(value);
    if (!a) a = kb->actors.Resolve(value);
    if (!a) throw UsageError("unknown actor '" + value + "' for " + option);
    return a->id;
  };
  article.speaker = actor_option(speaker, "--speaker");
  article.addressee = actor_option(addressee, "--addressee");
  const ingest::Extractor extractor(*kb);
  const std::vector<ingest::ResolvedMention> mentions = extractor.ResolveMentions(article);
  rapidjson::StringBuffer buf;
  JsonWriter w(buf);
  w.StartArray();
  size_t shown = 0;
  for (const ingest::ResolvedMention& m : mentions) {
    // An anaphor the article does not resolve ("he" with nobody named) says nothing.
    if (m.actors.empty() && m.named.empty()) continue;
    ++shown;
    const std::string_view surface = std::string_view(text).substr(m.begin, m.end - m.begin);
    const uint32_t cb = ingest::CountCodePoints(std::string_view(text).substr(0, m.begin));
    const uint32_t ce = cb + ingest::CountCodePoints(surface);
    // A mention that stands for nobody here ("former U.S. president Jimmy Carter") shows whom
    // it names.
    const bool nobody = m.actors.empty();
    const graph::ActorRef* actor = nobody ? &m.named : &m.actors.front();
    if (common.json) {
      w.StartObject();
      w.Key("text");
      WriteString(w, surface);
      w.Key("id");
      WriteString(w, actor->id);
      w.Key("label");
      WriteString(w, actor->label);
      w.Key("type");
      WriteString(w, graph::ToString(actor->type));
      w.Key("affiliation");
      if (actor->affiliation.empty()) {
        w.Null();
      } else {
        WriteString(w, actor->affiliation);
      }
      w.Key("role");
      if (m.role.empty()) {
        w.Null();
      } else {
        WriteString(w, m.role);
      }
      w.Key("stands_for_nobody");
      w.Bool(nobody);
      w.Key("by_discourse");
      w.Bool(m.anaphor);
      if (m.actors.size() > 1) {
        w.Key("also");
        w.StartArray();
        for (size_t k = 1; k < m.actors.size(); ++k) WriteString(w, m.actors[k].id);
        w.EndArray();
      }
      w.Key("span");
      w.StartArray();
      w.Uint(cb);
      w.Uint(ce);
      w.EndArray();
      w.EndObject();
    } else {
      ctx.out << "[" << cb << "," << ce << ") " << surface << " -> " << actor->id;
      for (size_t k = 1; k < m.actors.size(); ++k) ctx.out << ", " << m.actors[k].id;
      ctx.out << " (" << actor->label << ", " << graph::ToString(actor->type);
      if (nobody) {
        ctx.out << ", standing for nobody here";
      } else if (!actor->affiliation.empty() && actor->affiliation != actor->id) {
        ctx.out << ", for " << actor->affiliation;
      }
      if (!m.role.empty()) ctx.out << ", " << m.role;
      if (m.anaphor) ctx.out << ", by the discourse";
      ctx.out << ")\n";
    }
  }
  w.EndArray();
  if (common.json) {
    ctx.out << buf.GetString() << "\n";
  } else if (shown == 0) {
    ctx.out << "no actors found\n";
  }
  return kExitOk;
}

const graph::Actor& FindOrSuggest(const ingest::ActorDictionary& dict, const std::string& id) {
  if (const graph::Actor* a = dict.Find(id)) return *a;
  if (const graph::Actor* a = dict.Resolve(id)) return *a;
  std::string message = "unknown actor '" + id + "'";
  auto found = queries::SuggestNames(KnowledgeCandidates(dict), id, 5);
  if (!found.empty()) {
    message += " (did you mean: ";
    for (size_t i = 0; i < found.size(); ++i) {
      message += (i ? ", " : "") + found[i] + " (" + dict.Find(found[i])->label + ")";
    }
    message += "?)";
  }
  throw UsageError(message);
}

std::string Join(const std::vector<std::string>& list) {
  std::string out;
  for (const std::string& s : list) out += (out.empty() ? "" : "; ") + s;
  return out;
}

std::string Dates(const graph::DateRange& range) {
  std::string s = range.ToString();
  return s.empty() ? "always" : s;
}

int Show(Context& ctx, const CommonOptions& common, const std::string& id) {
  auto kb = LoadKnowledge(common, ctx);
  const graph::Actor& a = FindOrSuggest(kb->actors, id);
  std::vector<std::pair<std::string, graph::DateRange>> members;
  for (const graph::Actor& other : kb->actors.actors()) {
    for (const graph::Membership& m : other.memberships) {
      if (m.organisation == a.id) members.emplace_back(other.id, m.dates);
    }
  }
  if (common.json) {
    rapidjson::StringBuffer buf;
    JsonWriter w(buf);
    w.StartObject();
    w.Key("id");
    WriteString(w, a.id);
    w.Key("label");
    WriteString(w, a.label);
    w.Key("type");
    WriteString(w, graph::ToString(a.type));
    for (auto [key, list] : {std::pair{"names", &a.names}, std::pair{"adjectives", &a.adjectives},
                             std::pair{"metonyms", &a.metonyms}}) {
      w.Key(key);
      w.StartArray();
      for (const std::string& s : *list) WriteString(w, s);
      w.EndArray();
    }
    w.Key("roles");
    w.StartArray();
    for (const graph::Role& r : a.roles) {
      w.StartObject();
      w.Key("affiliation");
      WriteString(w, r.affiliation);
      w.Key("title");
      WriteString(w, r.title);
      w.Key("dates");
      WriteString(w, r.dates.ToString());
      w.EndObject();
    }
    w.EndArray();
    w.Key("member_of");
    w.StartArray();
    for (const graph::Membership& m : a.memberships) {
      w.StartObject();
      w.Key("id");
      WriteString(w, m.organisation);
      w.Key("dates");
      WriteString(w, m.dates.ToString());
      w.EndObject();
    }
    w.EndArray();
    w.Key("members");
    w.StartArray();
    for (const auto& [member, dates] : members) {
      w.StartObject();
      w.Key("id");
      WriteString(w, member);
      w.Key("dates");
      WriteString(w, dates.ToString());
      w.EndObject();
    }
    w.EndArray();
    w.Key("wikidata");
    if (a.wikidata.empty()) {
      w.Null();
    } else {
      WriteString(w, a.wikidata);
    }
    w.EndObject();
    ctx.out << buf.GetString() << "\n";
    return kExitOk;
  }
  ctx.out << a.id << ": " << a.label << " (" << graph::ToString(a.type) << ")\n";
  if (!a.names.empty()) ctx.out << "  names: " << Join(a.names) << "\n";
  if (!a.adjectives.empty()) ctx.out << "  adjectives: " << Join(a.adjectives) << "\n";
  if (!a.metonyms.empty()) ctx.out << "  metonyms: " << Join(a.metonyms) << "\n";
  if (!a.affiliation.empty()) ctx.out << "  affiliation: " << a.affiliation << "\n";
  for (const graph::Role& r : a.roles) {
    ctx.out << "  role: " << r.title << " of " << r.affiliation << ", " << Dates(r.dates) << "\n";
  }
  for (const graph::Membership& m : a.memberships) {
    ctx.out << "  member of " << m.organisation << ", " << Dates(m.dates) << "\n";
  }
  for (const graph::Membership& m : a.part_of) {
    ctx.out << "  part of " << m.organisation << ", " << Dates(m.dates) << "\n";
  }
  if (!members.empty()) {
    ctx.out << "  members (" << members.size() << "):";
    for (const auto& [member, dates] : members) {
      ctx.out << " " << member;
      if (!dates.IsAlways()) ctx.out << " [" << dates.ToString() << "]";
    }
    ctx.out << "\n";
  }
  if (!a.wikidata.empty()) ctx.out << "  wikidata: " << a.wikidata << "\n";
  return kExitOk;
}

int Search(Context& ctx, const CommonOptions& common, const std::string& word, int limit) {
  auto kb = LoadKnowledge(common, ctx);
  auto found = kb->actors.Search(word, static_cast<size_t>(limit));
  if (common.json) {
    rapidjson::StringBuffer buf;
    JsonWriter w(buf);
    w.StartArray();
    for (const graph::Actor* a : found) {
      w.StartObject();
      w.Key("id");
      WriteString(w, a->id);
      w.Key("label");
      WriteString(w, a->label);
      w.Key("type");
      WriteString(w, graph::ToString(a->type));
      w.EndObject();
    }
    w.EndArray();
    ctx.out << buf.GetString() << "\n";
    return kExitOk;
  }
  for (const graph::Actor* a : found) {
    ctx.out << a->id << "\t" << graph::ToString(a->type) << "\t" << a->label << "\n";
  }
  if (found.empty()) ctx.out << "no actors match '" << word << "'\n";
  return kExitOk;
}

Command ActorsCommand() {
  return {
      "actors",
      "actors resolve TEXT [--date YYYY-MM-DD] [--title TEXT] [--speaker ID] [--addressee ID] | "
      "actors show ID | actors search WORD [--json]",
      "Ask the actor knowledge base: who a text names, an actor's record, or a search",
      [](CLI::App& app) {
        auto common = std::make_shared<CommonOptions>();
        auto text = std::make_shared<std::string>();
        auto date = std::make_shared<std::string>();
        auto title = std::make_shared<std::string>();
        auto speaker = std::make_shared<std::string>();
        auto addressee = std::make_shared<std::string>();
        auto id = std::make_shared<std::string>();
        auto word = std::make_shared<std::string>();
        auto limit = std::make_shared<int>(20);
        AddKnowledgeOptions(app, *common);
        AddJsonOption(app, *common);
        app.require_subcommand(1);
        CLI::App* resolve = app.add_subcommand("resolve", "The actors a text mentions");
        resolve->add_option("TEXT", *text, "Text to read")->required();
        resolve->add_option("--date", *date, "Date (YYYY-MM-DD) for offices and memberships");
        resolve->add_option("--title", *title, "The article's headline");
        resolve->add_option("--speaker", *speaker,
                            "Who speaks in the first person (a UN statement's state)");
        resolve->add_option("--addressee", *addressee,
                            "Whom a statement addresses (UN for the General Debate)");
        CLI::App* show = app.add_subcommand("show", "An actor's names, roles and memberships");
        show->add_option("ID", *id, "Actor id or name")->required();
        CLI::App* search = app.add_subcommand("search", "Actors whose names contain WORD");
        search->add_option("WORD", *word, "Word to look for")->required();
        search->add_option("--limit", *limit, "Most results")->capture_default_str();
        for (CLI::App* sub : {resolve, show, search}) {
          AddJsonOption(*sub, *common);
          AddKnowledgeOptions(*sub, *common);
        }
        return [common, text, date, title, speaker, addressee, id, word, limit, resolve,
                show](Context& ctx) {
          if (resolve->parsed())
            return Resolve(ctx, *common, *text, *date, *title, *speaker, *addressee);
          if (show->parsed()) return Show(ctx, *common, *id);
          return Search(ctx, *common, *word, *limit);
        };
      }};
}

}  // namespace

std::vector<Command> ActorCommands() { return {ActorsCommand()}; }

}  // namespace irkg::cli
