// extract and ingest: articles in, events out (to JSON Lines or to the store).
#include <atomic>
#include <set>
#include <sstream>
#include <thread>

#include "command.h"
#include "irkg/cli/cli.h"
#include "irkg/export/event_json.h"
#include "irkg/graph/store.h"
#include "irkg/ingest/article_reader.h"

namespace irkg::cli {

void AddKnowledgeOptions(CLI::App& app, CommonOptions& options) {
  app.add_option("--data-dir", options.data_dir,
                 "Directory of actor and relation data (default: $IRKG_DATA_DIR or the built-in)");
  app.add_option("--actors", options.actor_files,
                 "Extra .actors file that adds or overrides actors (repeatable)")
      ->allow_extra_args(false);
  app.add_option("--patterns", options.pattern_files,
                 "Extra .patterns file of relation triggers (repeatable)")
      ->allow_extra_args(false);
}

void AddDbOption(CLI::App& app, CommonOptions& options) {
  app.add_option("--db", options.db, "SQLite database")->capture_default_str();
}

void AddLevelOption(CLI::App& app, CommonOptions& options) {
  app.add_option("--level", options.level,
                 "actor: persons and agencies are nodes; state: roll up to their state or "
                 "organisation")
      ->check(CLI::IsMember({"actor", "state"}))
      ->capture_default_str();
}

void AddJsonOption(CLI::App& app, CommonOptions& options) {
  app.add_flag("--json", options.json, "Print JSON instead of text");
}

std::unique_ptr<ingest::KnowledgeBase> LoadKnowledge(const CommonOptions& options, Context& ctx) {
  ingest::KnowledgeBaseSources sources;
  sources.data_dir = options.data_dir.empty() ? ingest::DefaultDataDir() : options.data_dir;
  sources.actor_files = options.actor_files;
  sources.pattern_files = options.pattern_files;
  Diagnostics diagnostics;
  auto kb = ingest::LoadKnowledgeBase(sources, diagnostics);
  for (const Diagnostic& d : diagnostics) ctx.err << "irkg: " << d.ToString() << "\n";
  if (!diagnostics.empty()) ctx.input_problems = true;
  return kb;
}

std::optional<graph::Date> ParseDateOption(const std::string& text) {
  if (text.empty()) return std::nullopt;
  auto date = graph::ParseDate(text);
  if (!date) throw CLI::ValidationError("--date", "expected YYYY-MM-DD, got '" + text + "'");
  return date;
}

namespace {

struct InputOptions {
  std::vector<std::string> inputs;
  std::string date;
  unsigned threads = 1;
};

// Extracts a batch of articles on `threads` threads; results keep the articles' order, so the
// output does not depend on the thread count.
std::vector<std::vector<graph::EventRecord>> ExtractBatch(const ingest::Extractor& extractor,
                                                          const std::vector<graph::Article>& batch,
                                                          unsigned threads) {
  std::vector<std::vector<graph::EventRecord>> results(batch.size());
  if (threads <= 1 || batch.size() < 2) {
    for (size_t i = 0; i < batch.size(); ++i) results[i] = extractor.Extract(batch[i]);
    return results;
  }
  std::atomic<size_t> next{0};
  auto work = [&]() {
    for (size_t i = next++; i < batch.size(); i = next++) results[i] = extractor.Extract(batch[i]);
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (std::thread& th : pool) th.join();
  return results;
}

// Reads articles in batches and hands each batch's events, in input order, to `sink`.
template <typename Sink>
void ExtractAll(const InputOptions& input, const ingest::ReadOptions& read, Context& ctx,
                const ingest::Extractor& extractor, Diagnostics& diagnostics, Sink&& sink) {
  constexpr size_t kBatch = 512;
  std::vector<graph::Article> batch;
  batch.reserve(kBatch);
  auto flush = [&]() {
    auto results = ExtractBatch(extractor, batch, input.threads);
    for (size_t i = 0; i < batch.size(); ++i) sink(batch[i], results[i]);
    batch.clear();
  };
  ingest::ReadArticles(
      input.inputs, read, ctx.in,
      [&](graph::Article&& article) {
        batch.push_back(std::move(article));
        if (batch.size() == kBatch) flush();
      },
      diagnostics);
  flush();
}

void AddInputOptions(CLI::App& app, InputOptions& options) {
  app.add_option("inputs", options.inputs,
                 "JSON Lines files (.jsonl, .jsonl.gz), .txt articles, directories, or - for "
                 "standard input")
      ->required();
  app.add_option("--date", options.date,
                 "Date (YYYY-MM-DD) of .txt articles that have no 'Date:' first line");
  app.add_option("--threads", options.threads, "Articles coded in parallel")
      ->check(CLI::Range(1u, 256u))
      ->capture_default_str();
}

int ReportDiagnostics(const Diagnostics& diagnostics, std::ostream& err) {
  for (const Diagnostic& d : diagnostics) err << "irkg: " << d.ToString() << "\n";
  return diagnostics.empty() ? kExitOk : kExitInputErrors;
}

Command ExtractCommand() {
  return {"extract", "extract [FILE|DIR|-]... [--date YYYY-MM-DD]",
          "Print the events found in articles, one JSON object per line", [](CLI::App& app) {
            auto common = std::make_shared<CommonOptions>();
            auto input = std::make_shared<InputOptions>();
            AddInputOptions(app, *input);
            AddKnowledgeOptions(app, *common);
            return [common, input](Context& ctx) {
              ingest::ReadOptions read;
              read.default_date = ParseDateOption(input->date);
              auto kb = LoadKnowledge(*common, ctx);
              ingest::Extractor extractor(*kb);
              Diagnostics diagnostics;
              ExtractAll(*input, read, ctx, extractor, diagnostics,
                         [&](const graph::Article&, const std::vector<graph::EventRecord>& found) {
                           for (const graph::EventRecord& e : found) {
                             exporter::WriteEventJson(e, ctx.out);
                             ctx.out << '\n';
                           }
                         });
              ctx.out.flush();
              return ReportDiagnostics(diagnostics, ctx.err);
            };
          }};
}

Command IngestCommand() {
  return {"ingest", "ingest INPUT... [--db FILE] [--date YYYY-MM-DD]",
          "Extract events from articles and store them (unchanged articles are skipped)",
          [](CLI::App& app) {
            auto common = std::make_shared<CommonOptions>();
            auto input = std::make_shared<InputOptions>();
            AddInputOptions(app, *input);
            AddDbOption(app, *common);
            AddKnowledgeOptions(app, *common);
            AddJsonOption(app, *common);
            return [common, input](Context& ctx) {
              ingest::ReadOptions read;
              read.default_date = ParseDateOption(input->date);
              auto kb = LoadKnowledge(*common, ctx);
              ingest::Extractor extractor(*kb);
              graph::Store store(common->db);
              Diagnostics diagnostics;
              size_t added = 0, unchanged = 0, replaced = 0, events = 0;
              std::set<std::string> seen_actors;
              std::vector<graph::ActorRef> actors;
              auto note_actor = [&](const graph::ActorRef& a) {
                if (a.id.empty() || !seen_actors.insert(a.id).second) return;
                actors.push_back(a);
                if (!a.affiliation.empty() && a.affiliation != a.id &&
                    !seen_actors.contains(a.affiliation)) {
                  if (const graph::Actor* aff = kb->actors.Find(a.affiliation)) {
                    seen_actors.insert(aff->id);
                    actors.push_back(kb->actors.RefOn(*aff, std::nullopt));
                  }
                }
              };
              {
                graph::Store::Batch batch(store);
                ExtractAll(*input, read, ctx, extractor, diagnostics,
                           [&](const graph::Article& article,
                               const std::vector<graph::EventRecord>& found) {
                             switch (store.PutArticle(article, found)) {
                               case graph::Store::PutResult::kAdded:
                                 ++added;
                                 break;
                               case graph::Store::PutResult::kUnchanged:
                                 ++unchanged;
                                 return;
                               case graph::Store::PutResult::kReplaced:
                                 ++replaced;
                                 break;
                             }
                             events += found.size();
                             for (const graph::EventRecord& e : found) {
                               note_actor(e.source);
                               note_actor(e.target);
                               for (const graph::ActorRef& v : e.via) note_actor(v);
                             }
                           });
                store.PutActors(actors);
                batch.Commit();
              }
              if (common->json) {
                ctx.out << "{\"db\":\"" << common->db << "\",\"added\":" << added
                        << ",\"unchanged\":" << unchanged << ",\"replaced\":" << replaced
                        << ",\"events\":" << events << ",\"problems\":" << diagnostics.size()
                        << "}\n";
              } else {
                ctx.out << "ingested into " << common->db << ": " << added << " articles added, "
                        << replaced << " replaced, " << unchanged << " unchanged; " << events
                        << " events stored";
                if (!diagnostics.empty()) ctx.out << "; " << diagnostics.size() << " problems";
                ctx.out << "\n";
              }
              return ReportDiagnostics(diagnostics, ctx.err);
            };
          }};
}

}  // namespace

std::vector<Command> ExtractCommands() { return {ExtractCommand(), IngestCommand()}; }

}  // namespace irkg::cli
