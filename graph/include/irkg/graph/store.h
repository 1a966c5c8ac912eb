#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "irkg/graph/event.h"

namespace SQLite {
class Database;
class Statement;
}  // namespace SQLite

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

/// An event as stored: its evidence key (stable across re-ingests), its row id (internal, changes
/// when its article is replaced) and, when read with its article, that article's url and source.
struct StoredEvent {
  int64_t id = 0;
  uint64_t key = 0;
  EventRecord event;
  std::string article_url;
  std::string article_source;
};

/// Which columns a read fills in.
enum class EventFields : uint8_t {
  kAll,    ///< Everything, sentence text, rule and reporter included.
  kGraph,  ///< What a merged graph needs: key, date, actors, relation, via ids (labels empty),
           ///< negated, mode, confidence. Several times faster than kAll.
};

/// The SQLite database that holds articles and their events: the one source of truth.
/// Not thread-safe; one Store per thread. Every method throws irkg::Error naming the database
/// path on failure.
class Store {
 public:
  enum class OpenMode : uint8_t {
    kCreate,    ///< Create the database when absent, upgrade its schema (ingest).
    kExisting,  ///< Fail when it is absent; upgrade its schema.
    kReadOnly,  ///< Fail when it is absent; write nothing, and refuse an older schema (queries).
  };

  /// Opens the database at `path`; ":memory:" gives a private in-memory store (always
  /// read-write). A file that is not an irkg database (another program's SQLite database, or not
  /// SQLite at all) is refused and left untouched. Read-write, creates or upgrades the schema:
  /// the upgrade is one transaction that reads the version inside it, and each step checks what
  /// is there, so two processes opening a new database at once both succeed.
  explicit Store(const std::string& path, OpenMode mode = OpenMode::kCreate);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  enum class PutResult { kAdded, kUnchanged, kReplaced };

  /// Stores an article with its events in one transaction. An article whose id and content hash
  /// are already stored is left alone (kUnchanged); one whose content changed has its events
  /// replaced (kReplaced). Each event gets its evidence key (EvidenceKey, with ordinals for
  /// events of the article that share one). The article is recorded as coded with the version
  /// SetCoding() named.
  PutResult PutArticle(const Article& article, const std::vector<EventRecord>& events);

  /// Names the knowledge base the events of later PutArticle calls were coded with (a hash of
  /// its files). With `recode`, an unchanged article coded with another version is replaced
  /// rather than left alone.
  void SetCoding(std::string version, bool recode);

  /// Whether an article with this id and content hash is stored (and, with recode, was coded
  /// with the current version): such an article need not be extracted again.
  bool HasArticle(const std::string& id, const std::string& content_hash) const;

  /// Groups many PutArticle calls into one transaction (taken at once, so that a second writer
  /// waits for it or fails with "database is locked"); commits on Commit(), rolls back if
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

  /// Calls `visit` for every stored event in row order (the order they were stored).
  void ForEachEvent(const std::function<void(const StoredEvent&)>& visit,
                    EventFields fields = EventFields::kAll) const;

  /// The events with these evidence keys, with their articles' url and source, in the order of
  /// `keys`; keys that are not stored are left out. One indexed lookup per key.
  std::vector<StoredEvent> EventsByKey(const std::vector<uint64_t>& keys) const;

  /// Counts; `coding_version` non-empty also counts the articles coded with another version.
  StoreStats Stats(const std::string& coding_version = "") const;
  const std::string& path() const { return path_; }

  /// The schema version this build writes.
  static constexpr int kSchemaVersion = 3;
  /// SQLite's application id for irkg databases ("irkg" in ASCII).
  static constexpr int kApplicationId = 0x69726b67;

 private:
  void CheckIsIrkg();
  void Migrate();
  void FillEvidenceKeys();
  SQLite::Statement& Cached(std::unique_ptr<SQLite::Statement>& slot, const char* sql);

  std::string path_;
  std::string coding_version_;
  bool recode_ = false;
  std::unique_ptr<SQLite::Database> db_;
  int batch_depth_ = 0;
  // Statements of PutArticle, prepared once per store rather than once per article.
  std::unique_ptr<SQLite::Statement> find_article_;
  std::unique_ptr<SQLite::Statement> delete_article_;
  std::unique_ptr<SQLite::Statement> insert_article_;
  std::unique_ptr<SQLite::Statement> insert_event_;
  std::unique_ptr<SQLite::Statement> insert_via_;
};

}  // namespace irkg::graph
