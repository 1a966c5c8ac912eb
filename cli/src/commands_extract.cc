// extract and ingest: articles in, events out (to JSON Lines or to the store).
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <future>
#include <memory>
#include <mutex>
#include <set>
#include <sstream>
#include <thread>
#include <unordered_map>

#include "command.h"
#include "irkg/cli/cli.h"
#include "irkg/cli/progress.h"
#include "irkg/export/event_json.h"
#include "irkg/graph/store.h"
#include "irkg/ingest/article_reader.h"
#include "irkg/ingest/knowledge_version.h"

namespace irkg::cli {

void AddKnowledgeOptions(CLI::App& app, CommonOptions& options) {
  app.add_option("--data-dir", options.data_dir,
                 "Directory of actor and relation data (default: $IRKG_DATA_DIR, else "
                 "../share/irkg beside the irkg executable)");
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

ingest::KnowledgeBaseSources KnowledgeSources(const CommonOptions& options) {
  ingest::KnowledgeBaseSources sources;
  sources.data_dir = FindDataDir(options.data_dir).path;
  sources.actor_files = options.actor_files;
  sources.pattern_files = options.pattern_files;
  return sources;
}

std::unique_ptr<ingest::KnowledgeBase> LoadKnowledge(const CommonOptions& options, Context& ctx) {
  const ingest::KnowledgeBaseSources sources = KnowledgeSources(options);
  // A directory reads as an empty file: say so rather than load nothing from it.
  for (const auto& [option, files] :
       {std::pair{"--actors", &options.actor_files}, {"--patterns", &options.pattern_files}}) {
    for (const std::string& f : *files) {
      std::error_code ec;
      if (std::filesystem::is_directory(f, ec)) {
        throw UsageError(std::string(option) + " " + f + ": is a directory, not a file");
      }
    }
  }
  Diagnostics diagnostics;
  auto kb = ingest::LoadKnowledgeBase(sources, diagnostics);
  for (const Diagnostic& d : diagnostics) ctx.err << "irkg: " << d.ToString() << "\n";
  if (!diagnostics.empty()) ctx.input_problems = true;
  // Coding with no actors or no triggers would store articles with no events, as if they had
  // none; a later ingest with the right data would take them as unchanged.
  if (kb->actors.actors().empty()) {
    throw Error(sources.data_dir + ": no actors in the data directory (*.actors files)");
  }
  if (kb->relations.size() == 0) {
    throw Error(sources.data_dir +
                ": no relation patterns in the data directory (*.patterns files)");
  }
  return kb;
}

std::optional<graph::Date> ParseDateOption(const std::string& text) {
  if (text.empty()) return std::nullopt;
  auto date = graph::ParseDate(text);
  if (!date) throw UsageError("--date: expected YYYY-MM-DD, got '" + text + "'");
  return date;
}

namespace {

struct InputOptions {
  std::vector<std::string> inputs;
  std::string date;
  std::string stdin_format = "jsonl";
  unsigned threads = 1;
};

// Articles read, and their events once extracted.
struct Batch {
  std::vector<graph::Article> articles;
  std::vector<std::vector<graph::EventRecord>> events;
  bool done = false;
};

// The knowledge base and its extractor, loaded on another thread while the first articles are
// read, or already loaded.
class PendingExtractor {
 public:
  explicit PendingExtractor(std::unique_ptr<ingest::KnowledgeBase> kb)
      : kb_(std::move(kb)), extractor_(std::make_unique<ingest::Extractor>(*kb_)) {}
  explicit PendingExtractor(std::future<std::unique_ptr<ingest::KnowledgeBase>> loading)
      : loading_(std::move(loading)) {}

  // Whether Get() would return at once.
  bool ready() const {
    return extractor_ || loading_.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
  }
  // Waits for the load; rethrows its failure. Call it from the reading thread only.
  const ingest::Extractor& Get() {
    if (!extractor_) {
      kb_ = loading_.get();
      extractor_ = std::make_unique<ingest::Extractor>(*kb_);
    }
    return *extractor_;
  }

 private:
  std::future<std::unique_ptr<ingest::KnowledgeBase>> loading_;
  std::unique_ptr<ingest::KnowledgeBase> kb_;
  std::unique_ptr<ingest::Extractor> extractor_;
};

// Extracts batches on `threads` threads: threads - 1 workers, and the calling thread, which also
// reads the articles and hands finished batches, in input order, to the sink. The calling thread
// extracts a batch itself whenever it would otherwise wait, so that no core idles and none is
// shared by two busy threads. Until the knowledge base has loaded, batches are only read and
// parked. The output does not depend on the number of threads.
class ExtractionPipeline {
 public:
  ExtractionPipeline(PendingExtractor& pending, unsigned threads)
      : pending_(pending), threads_(threads), max_in_flight_(2 * threads + 2) {}
  ~ExtractionPipeline() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      closing_ = true;
    }
    work_ready_.notify_all();
    for (std::thread& t : workers_) t.join();
  }
  ExtractionPipeline(const ExtractionPipeline&) = delete;
  ExtractionPipeline& operator=(const ExtractionPipeline&) = delete;

  // Queues a batch, then hands the sink every finished batch at the front, helping with the
  // oldest while too many are in flight.
  template <typename Sink>
  void Push(std::unique_ptr<Batch> batch, Sink& sink) {
    Batch* raw = batch.get();
    {
      std::lock_guard<std::mutex> lock(mutex_);
      in_flight_.push_back(std::move(batch));
      todo_.push_back(raw);
    }
    if (!extractor_) {
      // Keep reading while the knowledge base loads, up to a few thousand articles.
      if (!pending_.ready() && in_flight_.size() < kMaxParked) return;
      Start();
    }
    work_ready_.notify_one();
    Drain(sink, max_in_flight_);
  }

  // Hands the sink every batch, helping with the last.
  template <typename Sink>
  void Finish(Sink& sink) {
    if (!extractor_) Start();
    work_ready_.notify_all();
    Drain(sink, 0);
  }

 private:
  static constexpr size_t kMaxParked = 64;

  void Start() {
    extractor_ = &pending_.Get();
    for (unsigned t = 1; t < threads_; ++t) workers_.emplace_back([this] { Work(); });
  }

  template <typename Sink>
  void Drain(Sink& sink, size_t keep) {
    for (;;) {
      std::unique_ptr<Batch> front;
      {
        std::unique_lock<std::mutex> lock(mutex_);
        if (in_flight_.empty()) return;
        while (!in_flight_.front()->done) {
          if (in_flight_.size() <= keep) return;
          if (!todo_.empty()) {
            // Rather than wait, extract a queued batch here.
            Batch* batch = todo_.front();
            todo_.pop_front();
            lock.unlock();
            Extract(*batch);
            lock.lock();
            continue;
          }
          batch_done_.wait(lock);
        }
        front = std::move(in_flight_.front());
        in_flight_.pop_front();
      }
      for (size_t i = 0; i < front->articles.size(); ++i)
        sink(front->articles[i], front->events[i]);
    }
  }

  void Work() {
    for (;;) {
      Batch* batch = nullptr;
      {
        std::unique_lock<std::mutex> lock(mutex_);
        work_ready_.wait(lock, [this] { return closing_ || !todo_.empty(); });
        if (todo_.empty()) return;
        batch = todo_.front();
        todo_.pop_front();
      }
      Extract(*batch);
    }
  }

  void Extract(Batch& batch) {
    batch.events.resize(batch.articles.size());
    for (size_t i = 0; i < batch.articles.size(); ++i) {
      batch.events[i] = extractor_->Extract(batch.articles[i]);
    }
    {
      std::lock_guard<std::mutex> lock(mutex_);
      batch.done = true;
    }
    batch_done_.notify_all();
  }

  PendingExtractor& pending_;
  const unsigned threads_;
  const size_t max_in_flight_;
  const ingest::Extractor* extractor_ = nullptr;  // set by Start(), before any worker runs
  std::mutex mutex_;
  std::condition_variable work_ready_;
  std::condition_variable batch_done_;
  std::deque<std::unique_ptr<Batch>> in_flight_;  // in input order
  std::deque<Batch*> todo_;
  bool closing_ = false;
  std::vector<std::thread> workers_;
};

// Reads articles and hands each one's events, in input order, to `sink`, in batches: reading,
// extracting and writing a few hundred articles at a time keeps each step's memory in the cache
// (extracting each article as it is read is a third slower). One thread does the steps in turn;
// more run a pipeline. Articles for which `accept` returns false are not extracted.
template <typename Accept, typename Sink>
void ExtractAll(const InputOptions& input, const ingest::ReadOptions& read, Context& ctx,
                PendingExtractor& extractor, Diagnostics& diagnostics, Accept&& accept,
                Sink&& sink) {
  constexpr size_t kBatch = 256;
  std::unique_ptr<ExtractionPipeline> pipeline;
  if (input.threads > 1) pipeline = std::make_unique<ExtractionPipeline>(extractor, input.threads);
  auto batch = std::make_unique<Batch>();
  auto flush = [&]() {
    if (pipeline) {
      pipeline->Push(std::move(batch), sink);
      batch = std::make_unique<Batch>();
      return;
    }
    const ingest::Extractor& e = extractor.Get();
    batch->events.resize(batch->articles.size());
    for (size_t i = 0; i < batch->articles.size(); ++i) {
      batch->events[i] = e.Extract(batch->articles[i]);
    }
    for (size_t i = 0; i < batch->articles.size(); ++i) sink(batch->articles[i], batch->events[i]);
    batch->articles.clear();
    batch->events.clear();
  };
  ingest::ReadArticles(
      input.inputs, read, ctx.in,
      [&](graph::Article&& article) {
        if (!accept(article)) return;
        batch->articles.push_back(std::move(article));
        if (batch->articles.size() == kBatch) flush();
      },
      diagnostics);
  if (!batch->articles.empty()) flush();
  if (pipeline) pipeline->Finish(sink);
}

void AddInputOptions(CLI::App& app, InputOptions& options) {
  app.add_option("inputs", options.inputs,
                 "JSON Lines files (.jsonl, .jsonl.gz), .txt (.txt.gz) articles, directories, or - "
                 "for standard input")
      ->required();
  app.add_option("--date", options.date,
                 "Date (YYYY-MM-DD) of .txt articles that have no 'Date:' first line");
  app.add_option("--format", options.stdin_format,
                 "What - (standard input) holds: JSON Lines, or one text article (gzip is "
                 "recognised either way)")
      ->check(CLI::IsMember({"jsonl", "txt"}))
      ->capture_default_str();
  app.add_option("--threads", options.threads, "Articles coded in parallel")
      ->check(CLI::Range(1u, 256u))
      ->capture_default_str();
}

// The problems that made input be skipped; warnings are not among them.
size_t CountProblems(const Diagnostics& diagnostics) {
  return static_cast<size_t>(std::count_if(diagnostics.begin(), diagnostics.end(),
                                           [](const Diagnostic& d) { return !d.warning; }));
}

int ReportDiagnostics(const Diagnostics& diagnostics, std::ostream& err) {
  for (const Diagnostic& d : diagnostics) err << "irkg: " << d.ToString() << "\n";
  return CountProblems(diagnostics) == 0 ? kExitOk : kExitInputErrors;
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
              if (input->stdin_format == "txt") read.stdin_format = ingest::StdinFormat::kText;
              // With several threads the knowledge base loads while the first articles are read.
              auto extractor =
                  input->threads > 1
                      ? PendingExtractor(std::async(std::launch::async,
                                                    [&] { return LoadKnowledge(*common, ctx); }))
                      : PendingExtractor(LoadKnowledge(*common, ctx));
              Diagnostics diagnostics;
              ExtractAll(
                  *input, read, ctx, extractor, diagnostics,
                  [](const graph::Article&) { return true; },
                  [&](const graph::Article&, const std::vector<graph::EventRecord>& found) {
                    for (const graph::EventRecord& e : found) {
                      exporter::WriteEventJson(e, ctx.out);
                      ctx.out << '\n';
                    }
                    // A full disk or a closed pipe ends the run, not just the output.
                    if (!ctx.out) throw WriteError("standard output");
                  });
              ctx.out.flush();
              return ReportDiagnostics(diagnostics, ctx.err);
            };
          }};
}

// What an ingest did.
struct IngestSummary {
  size_t added = 0;
  size_t replaced = 0;
  size_t unchanged = 0;
  size_t duplicates = 0;
  size_t events = 0;
  size_t problems = 0;
  std::vector<std::string> replaced_ids;  // the first kListedReplaced of them
};

constexpr size_t kListedReplaced = 10;

void PrintSummary(const IngestSummary& s, const std::string& db, bool json, std::ostream& out) {
  if (json) {
    rapidjson::StringBuffer buf;
    rapidjson::Writer<rapidjson::StringBuffer> w(buf);
    w.StartObject();
    w.Key("db");
    w.String(db);
    w.Key("added");
    w.Uint64(s.added);
    w.Key("unchanged");
    w.Uint64(s.unchanged);
    w.Key("replaced");
    w.Uint64(s.replaced);
    w.Key("replaced_ids");
    w.StartArray();
    for (const std::string& id : s.replaced_ids) w.String(id);
    w.EndArray();
    w.Key("duplicates");
    w.Uint64(s.duplicates);
    w.Key("events");
    w.Uint64(s.events);
    w.Key("problems");
    w.Uint64(s.problems);
    w.EndObject();
    out << buf.GetString() << "\n";
    return;
  }
  out << "ingested into " << db << ": " << s.added << " articles added, " << s.replaced
      << " replaced, " << s.unchanged << " unchanged; " << s.events << " events stored";
  if (s.problems != 0) out << "; " << s.problems << " problems";
  out << "\n";
  if (!s.replaced_ids.empty()) {
    // A changed article replaces what was stored under its id: say which.
    out << "replaced (new content under an existing id):";
    for (const std::string& id : s.replaced_ids) out << " " << id;
    if (s.replaced > s.replaced_ids.size()) out << " ... (" << s.replaced << " in all)";
    out << "\n";
  }
}

Command IngestCommand() {
  return {"ingest", "ingest INPUT... [--db FILE] [--date YYYY-MM-DD] [--recode]",
          "Extract events from articles and store them (unchanged articles are skipped)",
          [](CLI::App& app) {
            auto common = std::make_shared<CommonOptions>();
            auto input = std::make_shared<InputOptions>();
            auto recode = std::make_shared<bool>(false);
            AddInputOptions(app, *input);
            AddDbOption(app, *common);
            AddKnowledgeOptions(app, *common);
            AddJsonOption(app, *common);
            app.add_flag("--recode", *recode,
                         "Re-code unchanged articles that were coded with another version of the "
                         "actors and patterns");
            return [common, input, recode](Context& ctx) {
              ingest::ReadOptions read;
              read.default_date = ParseDateOption(input->date);
              if (input->stdin_format == "txt") read.stdin_format = ingest::StdinFormat::kText;
              // A missing input stops the run before the database is created or touched.
              for (const std::string& path : input->inputs) {
                if (path != "-" && !std::filesystem::exists(path)) {
                  throw Error(path + ": no such file or directory; nothing was ingested");
                }
              }
              std::unique_ptr<ingest::KnowledgeBase> kb = LoadKnowledge(*common, ctx);
              const ingest::KnowledgeBase& knowledge = *kb;
              PendingExtractor extractor(std::move(kb));
              graph::Store store(common->db);
              store.SetCoding(ingest::KnowledgeBaseVersion(KnowledgeSources(*common)), *recode);
              Diagnostics diagnostics;
              IngestSummary summary;
              std::set<std::string> seen_actors;
              std::vector<graph::ActorRef> actors;
              auto note_actor = [&](const graph::ActorRef& a) {
                if (a.id.empty() || !seen_actors.insert(a.id).second) return;
                actors.push_back(a);
                if (!a.affiliation.empty() && a.affiliation != a.id &&
                    !seen_actors.contains(a.affiliation)) {
                  if (const graph::Actor* aff = knowledge.actors.Find(a.affiliation)) {
                    seen_actors.insert(aff->id);
                    actors.push_back(knowledge.actors.RefOn(*aff, std::nullopt));
                  }
                }
              };
              // Where each id was first read in this run: a second article with the same id is
              // reported and left out, never silently stored over the first.
              std::unordered_map<std::string, std::string> first_seen;
              ProgressLine progress(ctx.terminal ? *ctx.terminal : ctx.err, ctx.err_is_terminal);
              uint64_t articles_read = 0, bytes_read = 0;
              auto accept = [&](const graph::Article& article) {
                progress.Update(++articles_read, bytes_read += article.text.size(), summary.events);
                auto [it, fresh] = first_seen.try_emplace(article.id, article.origin);
                if (!fresh) {
                  diagnostics.push_back(
                      {article.origin_file, article.origin_line,
                       "duplicate article id " + article.id + " (first at " + it->second + ")"});
                  ++summary.duplicates;
                  return false;
                }
                // Unchanged articles are not extracted again.
                if (store.HasArticle(article.id, article.ContentHash())) {
                  ++summary.unchanged;
                  return false;
                }
                return true;
              };
              {
                graph::Store::Batch batch(store);
                ExtractAll(*input, read, ctx, extractor, diagnostics, accept,
                           [&](const graph::Article& article,
                               const std::vector<graph::EventRecord>& found) {
                             switch (store.PutArticle(article, found)) {
                               case graph::Store::PutResult::kAdded:
                                 ++summary.added;
                                 break;
                               case graph::Store::PutResult::kUnchanged:
                                 ++summary.unchanged;
                                 return;
                               case graph::Store::PutResult::kReplaced:
                                 ++summary.replaced;
                                 if (summary.replaced_ids.size() < kListedReplaced) {
                                   summary.replaced_ids.push_back(article.id);
                                 }
                                 break;
                             }
                             summary.events += found.size();
                             for (const graph::EventRecord& e : found) {
                               note_actor(e.source);
                               note_actor(e.target);
                               for (const graph::ActorRef& v : e.via) note_actor(v);
                             }
                           });
                store.PutActors(actors);
                batch.Commit();
              }
              progress.Finish();
              summary.problems = CountProblems(diagnostics);
              PrintSummary(summary, common->db, common->json, ctx.out);
              return ReportDiagnostics(diagnostics, ctx.err);
            };
          }};
}

}  // namespace

std::vector<Command> ExtractCommands() { return {ExtractCommand(), IngestCommand()}; }

}  // namespace irkg::cli
