#include "irkg/ingest/evaluation.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <filesystem>
#include <map>
#include <set>
#include <sstream>
#include <tuple>

#include "irkg/ingest/article_reader.h"
#include "irkg/ingest/strings.h"

namespace irkg::ingest {
namespace {

using Key = std::tuple<std::string, graph::Relation, std::string, bool>;

std::string Describe(const Key& k) {
  std::string s = std::get<0>(k) + " " + std::string(graph::Info(std::get<1>(k)).predicate) + " " +
                  std::get<2>(k);
  if (std::get<3>(k)) s += " (negated)";
  return s;
}

bool ParseEvents(const rapidjson::Value& doc, const char* field, std::vector<GoldEvent>& out,
                 std::string& error) {
  auto it = doc.FindMember(field);
  if (it == doc.MemberEnd()) return true;
  if (!it->value.IsArray()) {
    error = std::string("\"") + field + "\" must be an array";
    return false;
  }
  for (const auto& e : it->value.GetArray()) {
    if (!e.IsObject() || !e.HasMember("source") || !e.HasMember("relation") ||
        !e.HasMember("target") || !e["source"].IsString() || !e["relation"].IsString() ||
        !e["target"].IsString()) {
      error = std::string("each of \"") + field + "\" needs string source, relation and target";
      return false;
    }
    auto relation = graph::ParseRelation(e["relation"].GetString());
    if (!relation) {
      error = std::string("unknown relation '") + e["relation"].GetString() + "'";
      return false;
    }
    GoldEvent g;
    g.source = e["source"].GetString();
    g.relation = *relation;
    g.target = e["target"].GetString();
    g.negated = e.HasMember("negated") && e["negated"].IsBool() && e["negated"].GetBool();
    // Hypothetical events are not positive relations; they are kept out of the counts.
    if (e.HasMember("mode") && e["mode"].IsString() &&
        std::string(e["mode"].GetString()) == "hypothetical") {
      continue;
    }
    out.push_back(std::move(g));
  }
  return true;
}

void Compare(const std::string& item, const std::string& text, const std::set<Key>& expected,
             const std::set<Key>& found, LevelReport& report) {
  for (const Key& k : found) {
    Score& rel = report.by_relation[static_cast<size_t>(std::get<1>(k))];
    if (expected.contains(k)) {
      ++report.overall.true_positives;
      ++rel.true_positives;
    } else {
      ++report.overall.false_positives;
      ++rel.false_positives;
      report.mismatches.push_back({item, text, Describe(k), false});
    }
  }
  for (const Key& k : expected) {
    if (found.contains(k)) continue;
    ++report.overall.false_negatives;
    ++report.by_relation[static_cast<size_t>(std::get<1>(k))].false_negatives;
    report.mismatches.push_back({item, text, Describe(k), true});
  }
}

// The document reference of an item without text: corpus, doc, from, scored: [begin, end].
bool ParseReference(const rapidjson::Value& doc, GoldItem& item, std::string& error) {
  auto scored = doc.FindMember("scored");
  if (!doc.HasMember("corpus") || !doc["corpus"].IsString() || !doc.HasMember("doc") ||
      !doc["doc"].IsString() || scored == doc.MemberEnd() || !scored->value.IsArray() ||
      scored->value.Size() != 2 || !scored->value[0].IsUint64() || !scored->value[1].IsUint64()) {
    error = "gold item needs \"text\", or \"corpus\", \"doc\" and \"scored\": [begin, end]";
    return false;
  }
  item.corpus = doc["corpus"].GetString();
  item.doc = doc["doc"].GetString();
  item.scored_begin = scored->value[0].GetUint64();
  item.scored_end = scored->value[1].GetUint64();
  item.from = item.scored_begin;
  if (doc.HasMember("from")) {
    if (!doc["from"].IsUint64()) {
      error = "\"from\" must be a byte offset";
      return false;
    }
    item.from = doc["from"].GetUint64();
  }
  if (item.from > item.scored_begin || item.scored_begin >= item.scored_end) {
    error = "expected from <= scored begin < scored end";
    return false;
  }
  return true;
}

uint32_t CodePoints(std::string_view utf8) {
  uint32_t n = 0;
  for (char c : utf8) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

}  // namespace

bool NeedsDocuments(const std::vector<GoldItem>& items) {
  for (const GoldItem& item : items) {
    if (!item.doc.empty()) return true;
  }
  return false;
}

std::vector<GoldItem> ResolveDocuments(std::vector<GoldItem> items, const std::string& corpora_dir,
                                       const std::string& origin, Diagnostics& diagnostics) {
  std::map<std::string, std::map<std::string, std::string>> wanted;  // corpus -> doc -> text
  std::map<std::string, std::map<std::string, std::string>> titles;  // corpus -> doc -> title
  std::map<std::string, std::string> paths;                          // corpus -> file
  for (const GoldItem& item : items) {
    if (!item.doc.empty()) wanted[item.corpus][item.doc];
  }
  for (auto& [corpus, docs] : wanted) {
    std::string& path = paths[corpus];
    path = corpora_dir + "/" + corpus + ".jsonl.gz";
    if (!std::filesystem::exists(path) &&
        std::filesystem::exists(corpora_dir + "/" + corpus + ".jsonl")) {
      path = corpora_dir + "/" + corpus + ".jsonl";
    }
    if (!std::filesystem::exists(path)) continue;  // reported per item below
    Diagnostics ignored;  // the corpus is read only for the documents named
    std::istringstream no_stdin;
    ReadArticles(
        {path}, {}, no_stdin,
        // An init-capture: clang 14 cannot capture a structured binding.
        [&texts = docs, &heads = titles[corpus]](graph::Article&& a) {
          auto it = texts.find(a.id);
          if (it == texts.end()) return;
          it->second = std::move(a.text);
          heads[a.id] = std::move(a.title);
        },
        ignored);
  }
  std::vector<GoldItem> resolved;
  for (GoldItem& item : items) {
    if (item.doc.empty()) {
      resolved.push_back(std::move(item));
      continue;
    }
    const std::string& text = wanted[item.corpus][item.doc];
    if (text.empty()) {
      diagnostics.push_back(
          {origin, item.line, "document " + item.doc + " not found in " + paths[item.corpus]});
      continue;
    }
    if (item.scored_end > text.size()) {
      diagnostics.push_back({origin, item.line,
                             "scored range ends at byte " + std::to_string(item.scored_end) +
                                 ", past the end of document " + item.doc + " (" +
                                 std::to_string(text.size()) + " bytes)"});
      continue;
    }
    item.text = text.substr(item.from, item.scored_end - item.from);
    item.title = titles[item.corpus][item.doc];
    item.scored_from =
        CodePoints(std::string_view(text).substr(item.from, item.scored_begin - item.from));
    resolved.push_back(std::move(item));
  }
  return resolved;
}

double Score::Precision() const {
  int d = true_positives + false_positives;
  return d ? static_cast<double>(true_positives) / d : 1.0;
}
double Score::Recall() const {
  int d = true_positives + false_negatives;
  return d ? static_cast<double>(true_positives) / d : 1.0;
}
double Score::F1() const {
  double p = Precision(), r = Recall();
  return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

std::vector<GoldItem> ReadGold(std::istream& in, const std::string& origin,
                               Diagnostics& diagnostics) {
  std::vector<GoldItem> items;
  std::string line, error_text;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (Trim(line).empty()) continue;
    rapidjson::Document doc;
    doc.Parse(line.c_str());
    if (doc.HasParseError() || !doc.IsObject()) {
      diagnostics.push_back({origin, line_no, "malformed JSON object"});
      continue;
    }
    GoldItem item;
    item.line = line_no;
    if (!doc.HasMember("id") || !doc["id"].IsString()) {
      diagnostics.push_back({origin, line_no, "gold item needs a string \"id\""});
      continue;
    }
    item.id = doc["id"].GetString();
    if (doc.HasMember("text") && doc["text"].IsString()) {
      item.text = doc["text"].GetString();
    } else if (!ParseReference(doc, item, error_text)) {
      diagnostics.push_back({origin, line_no, error_text});
      continue;
    }
    if (doc.HasMember("speaker") && doc["speaker"].IsString()) {
      item.speaker = doc["speaker"].GetString();
    }
    if (doc.HasMember("addressee") && doc["addressee"].IsString()) {
      item.addressee = doc["addressee"].GetString();
    }
    item.has_actor_level = doc.HasMember("events");
    if (doc.HasMember("date") && doc["date"].IsString()) {
      item.date = graph::ParseDate(doc["date"].GetString());
      if (!item.date) {
        diagnostics.push_back({origin, line_no, "invalid \"date\" (expected YYYY-MM-DD)"});
        continue;
      }
    }
    std::string error;
    if (!ParseEvents(doc, "events", item.events, error) ||
        !ParseEvents(doc, "state_events", item.state_events, error)) {
      diagnostics.push_back({origin, line_no, error});
      continue;
    }
    items.push_back(std::move(item));
  }
  return items;
}

EvaluationReport Evaluate(const std::vector<GoldItem>& gold, const Extractor& extractor) {
  EvaluationReport report;
  for (const GoldItem& item : gold) {
    ++report.items;
    graph::Article article;
    article.id = item.id;
    article.date = item.date;
    article.text = item.text;
    article.title = item.title;
    article.speaker = item.speaker;
    article.addressee = item.addressee;
    std::set<Key> found_actor, found_state, expected_actor, expected_state;
    bool has_positive_gold = false;
    for (const GoldEvent& g : item.events) {
      expected_actor.emplace(g.source, g.relation, g.target, g.negated);
      has_positive_gold |= !g.negated;
    }
    for (const GoldEvent& g : item.state_events) {
      expected_state.emplace(g.source, g.relation, g.target, g.negated);
      has_positive_gold |= !g.negated;
    }
    bool violated = false;
    for (const graph::EventRecord& e : extractor.Extract(article)) {
      if (e.mode == graph::Mode::kHypothetical) continue;
      if (e.span.end <= item.scored_from) continue;  // a context sentence
      found_actor.emplace(e.source.id, e.relation, e.target.id, e.negated);
      const std::string& s = e.source.StateLevelId();
      const std::string& t = e.target.StateLevelId();
      if (s != t) found_state.emplace(s, e.relation, t, e.negated);
      if (!has_positive_gold && !e.negated && s != t) {
        violated = true;
        report.violations.push_back(item.id + ": " + Describe({s, e.relation, t, false}));
      }
    }
    if (!has_positive_gold) {
      ++report.negative_items;
      if (violated) ++report.negative_items_violated;
    }
    const std::string scored = item.text.substr(item.scored_begin - item.from);
    if (item.has_actor_level) Compare(item.id, scored, expected_actor, found_actor, report.actor);
    Compare(item.id, scored, expected_state, found_state, report.state);
  }
  return report;
}

}  // namespace irkg::ingest
