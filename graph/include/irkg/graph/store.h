#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "irkg/graph/event.h"

namespace SQLite {
class Database;
}

namespace irkg::graph {

/// Counts over what a store holds.
struct StoreStats {
  int64_t articles = 0;
  int64_t events = 0;
  int64_t negated_events = 0;
  int64_t actors = 0;
  /// Articles coded with a knowledge base other than the one Stats() was asked about.
  int64_t coded_with_other = 0;
};

/// An event as stored, with its row id (the evidence id used by graphs and exports).
struct StoredEvent {
  int64_t id = 0;
  EventRecord event;
};

/// The SQLite database that holds articles and their events: the one source of truth.
/// Not thread-safe; one Store per thread. Every method throws irkg::Error naming the database
/// path on failure.
class Store {
 public:
  enum class Access {
    kReadWrite,  ///< Creates the database when absent and upgrades its schema.
    kReadOnly,   ///< Writes nothing; a database of an older schema is refused.
  };

  /// Opens the database at `path`; ":memory:" gives a private in-memory store (always
  /// read-write). Read-write, creates or upgrades the schema: the upgrade is one transaction that
  /// reads the version inside it, and each step checks what is there, so two processes opening
  /// a new database at once both succeed.
  explicit Store(const std::string& path, Access access = Access::kReadWrite);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  enum class PutResult { kAdded, kUnchanged, kReplaced };

  /// Stores an article with its events in one transaction. An article whose id and content hash
  /// are already stored is left alone (kUnchanged); one whose content changed has its events
  /// replaced (kReplaced). The article is recorded as coded with the version SetCoding() named.
  PutResult PutArticle(const Article& article, const std::vector<EventRecord>& events);

  /// Names the knowledge base the events of later PutArticle calls were coded with (a hash of
  /// its files). With `recode`, an unchanged article coded with another version is replaced
  /// rather than left alone.
  void SetCoding(std::string version, bool recode);

  /// Groups many PutArticle calls into one transaction; commits on Commit(), rolls back if
  /// destroyed before.
  class Batch {
   public:
    explicit Batch(Store& store);
    ~Batch();
    void Commit();

   private:
    Store& store_;
    bool done_ = false;
  };

  /// Records actors (as events name them, and their affiliations) so that graphs can label
  /// rolled-up nodes; an id already stored keeps its first record.
  void PutActors(const std::vector<ActorRef>& actors);
  /// Calls `visit` for every stored actor in id order.
  void ForEachActor(const std::function<void(const ActorRef&)>& visit) const;

  /// Calls `visit` for every stored event in id order.
  void ForEachEvent(const std::function<void(const StoredEvent&)>& visit) const;
  /// Counts; `coding_version` non-empty also counts the articles coded with another version.
  StoreStats Stats(const std::string& coding_version = "") const;
  const std::string& path() const { return path_; }

  /// The schema version this build writes.
  static constexpr int kSchemaVersion = 3;

 private:
  void Migrate();
  std::string path_;
  std::string coding_version_;
  bool recode_ = false;
  std::unique_ptr<SQLite::Database> db_;
  int batch_depth_ = 0;
};

}  // namespace irkg::graph
