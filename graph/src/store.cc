#include "irkg/graph/store.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <thread>

#include "irkg/graph/error.h"

namespace irkg::graph {
namespace {

constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles(
  id TEXT PRIMARY KEY, date TEXT, title TEXT NOT NULL, url TEXT NOT NULL, source TEXT NOT NULL,
  hash TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS actors(
  id TEXT PRIMARY KEY, label TEXT NOT NULL, type TEXT NOT NULL, affiliation TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS events(
  id INTEGER PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  sentence INTEGER NOT NULL, date TEXT,
  source_id TEXT NOT NULL, source_label TEXT NOT NULL, source_type TEXT NOT NULL,
  source_affiliation TEXT NOT NULL,
  relation TEXT NOT NULL,
  target_id TEXT NOT NULL, target_label TEXT NOT NULL, target_type TEXT NOT NULL,
  target_affiliation TEXT NOT NULL,
  negated INTEGER NOT NULL, mode TEXT NOT NULL, confidence REAL NOT NULL,
  text TEXT NOT NULL, span_begin INTEGER NOT NULL, span_end INTEGER NOT NULL, rule TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS events_article ON events(article_id);
CREATE TABLE IF NOT EXISTS event_via(
  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  position INTEGER NOT NULL, actor_id TEXT NOT NULL, label TEXT NOT NULL, type TEXT NOT NULL,
  PRIMARY KEY(event_id, position));
)sql";

// Columns added after version 1: {version, table, column, definition}. Version 2: who reported
// an event, when the sentence attributes it to someone else. Version 3: the knowledge base an
// article was coded with (a hash of its files; empty before version 3) and the evidence key
// of each event (filled in by FillEvidenceKeys before the unique index is built).
struct AddedColumn {
  int version;
  const char* table;
  const char* column;
  const char* definition;
};
constexpr AddedColumn kAddedColumns[] = {
    {2, "events", "reporter_id", "TEXT NOT NULL DEFAULT ''"},
    {2, "events", "reporter_label", "TEXT NOT NULL DEFAULT ''"},
    {2, "events", "reporter_type", "TEXT NOT NULL DEFAULT ''"},
    {2, "events", "reporter_affiliation", "TEXT NOT NULL DEFAULT ''"},
    {3, "events", "key", "TEXT NOT NULL DEFAULT ''"},
    {3, "articles", "coded_with", "TEXT NOT NULL DEFAULT ''"},
};

bool HasColumn(SQLite::Database& db, const char* table, const char* column) {
  SQLite::Statement q(db, "SELECT 1 FROM pragma_table_info(?) WHERE name = ?");
  q.bind(1, table);
  q.bind(2, column);
  return q.executeStep();
}

constexpr const char* kSchemaV3Index = R"sql(
CREATE UNIQUE INDEX IF NOT EXISTS events_key ON events(key);
)sql";

// The tables every irkg database has had since version 1.
constexpr const char* kIrkgTables[] = {"actors", "articles", "event_via", "events", "meta"};

ActorType TypeOrOther(const std::string& text) {
  return ParseActorType(text).value_or(ActorType::kOther);
}

void BindDate(SQLite::Statement& statement, int index, const std::optional<Date>& date) {
  if (date) {
    statement.bind(index, FormatDate(*date));
  } else {
    statement.bind(index);
  }
}

// Assigns each event of one article its evidence key: events that share every keyed field get
// ordinals 2, 3, ... in the order the extractor found them.
std::vector<uint64_t> KeysOf(const std::vector<EventRecord>& events) {
  std::vector<uint64_t> keys;
  keys.reserve(events.size());
  for (const EventRecord& e : events) {
    int ordinal = 1;
    uint64_t key = EvidenceKey(e, ordinal);
    while (std::find(keys.begin(), keys.end(), key) != keys.end()) key = EvidenceKey(e, ++ordinal);
    keys.push_back(key);
  }
  return keys;
}

// Switches a database to write-ahead logging. Two connections switching a new database at once
// can deadlock (both read it, both need it exclusively): SQLite then fails one at once with
// SQLITE_BUSY instead of waiting, so that one tries again.
void SwitchToWal(SQLite::Database& db) {
  for (int attempt = 0;; ++attempt) {
    try {
      db.exec("PRAGMA journal_mode = WAL");
      return;
    } catch (const SQLite::Exception& e) {
      if (e.getErrorCode() != SQLITE_BUSY || attempt == 500) throw;
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
  }
}

}  // namespace

Store::Store(const std::string& path, OpenMode mode) : path_(path) {
  const bool memory = path == ":memory:";
  if (mode != OpenMode::kCreate && !memory && !std::filesystem::exists(path)) {
    throw Error(path + ": no such database (run 'irkg ingest' first, or pass --db)");
  }
  const bool read_only = mode == OpenMode::kReadOnly && !memory;
  try {
    int flags = read_only ? SQLite::OPEN_READONLY : SQLite::OPEN_READWRITE;
    if (mode == OpenMode::kCreate) flags |= SQLite::OPEN_CREATE;
    db_ = std::make_unique<SQLite::Database>(path, flags);
    db_->setBusyTimeout(5000);
  } catch (const SQLite::Exception& e) {
    throw Error(path + ": cannot open the database: " + e.what());
  }
  // Nothing is written before the file is known to be irkg's (or new).
  CheckIsIrkg();
  if (read_only) {
    const int version = db_->execAndGet("PRAGMA user_version").getInt();
    if (version != kSchemaVersion) {
      throw Error(
          path + ": database schema version " + std::to_string(version) +
          (version == 0 ? " (not an irkg database, or never finished)"
           : version < kSchemaVersion
               ? " is older than this irkg reads (" + std::to_string(kSchemaVersion) +
                     "): 'irkg ingest' into it upgrades it"
               : " is newer than this irkg understands (" + std::to_string(kSchemaVersion) + ")"));
    }
    return;
  }
  try {
    db_->exec("PRAGMA foreign_keys = ON");
    if (path != ":memory:") SwitchToWal(*db_);
    db_->exec("PRAGMA synchronous = NORMAL");
    Migrate();
  } catch (const SQLite::Exception& e) {
    throw Error(path + ": cannot open the database: " + e.what());
  }
}

Store::~Store() = default;

void Store::CheckIsIrkg() {
  int application_id = 0;
  int version = 0;
  std::vector<std::string> tables;
  try {
    // One read transaction, so that another process creating the database cannot be seen half
    // way (its tables without its version).
    SQLite::Transaction read(*db_);
    SQLite::Statement q(*db_,
                        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                        "'sqlite_%' ORDER BY name");
    while (q.executeStep()) tables.push_back(q.getColumn(0).getString());
    application_id = db_->execAndGet("PRAGMA application_id").getInt();
    version = db_->execAndGet("PRAGMA user_version").getInt();
  } catch (const SQLite::Exception& e) {
    // SQLITE_NOTADB: some other kind of file.
    throw Error(path_ + ": not an irkg database (" + e.what() + "); it was left untouched");
  }
  if (application_id == kApplicationId) return;
  if (application_id == 0 && version == 0 && tables.empty()) return;  // new and empty
  // Versions 1 and 2 predate the application id: known by their tables.
  bool old_irkg =
      application_id == 0 && version >= 1 && version <= 2 &&
      std::all_of(std::begin(kIrkgTables), std::end(kIrkgTables), [&tables](const char* t) {
        return std::find(tables.begin(), tables.end(), t) != tables.end();
      });
  if (old_irkg) return;
  std::string what;
  for (size_t i = 0; i < tables.size() && i < 5; ++i) what += (i ? ", " : "") + tables[i];
  if (tables.size() > 5) what += ", ...";
  throw Error(path_ + ": not an irkg database (it holds " +
              (tables.empty() ? std::string("no tables") : "tables " + what) +
              "); it was left untouched");
}

void Store::Migrate() {
  auto too_new = [this](int version) {
    return Error(path_ + ": database schema version " + std::to_string(version) +
                 " is newer than this irkg understands (" + std::to_string(kSchemaVersion) + ")");
  };
  int version = db_->execAndGet("PRAGMA user_version").getInt();
  if (version > kSchemaVersion) throw too_new(version);
  if (version == kSchemaVersion) return;
  // Another process may be upgrading the same database: take the write lock first, then read the
  // version again, and let every step check what is already there.
  db_->exec("BEGIN IMMEDIATE");
  try {
    version = db_->execAndGet("PRAGMA user_version").getInt();
    if (version > kSchemaVersion) throw too_new(version);
    if (version < kSchemaVersion) {
      db_->exec(kSchemaV1);  // CREATE ... IF NOT EXISTS throughout
      for (const AddedColumn& c : kAddedColumns) {
        if (c.version > version && !HasColumn(*db_, c.table, c.column)) {
          db_->exec(std::string("ALTER TABLE ") + c.table + " ADD COLUMN " + c.column + " " +
                    c.definition);
        }
      }
      if (version < 3) {
        FillEvidenceKeys();
        db_->exec(kSchemaV3Index);
      }
      db_->exec("PRAGMA application_id = " + std::to_string(kApplicationId));
      db_->exec("PRAGMA user_version = " + std::to_string(kSchemaVersion));
    }
    db_->exec("COMMIT");
  } catch (...) {
    db_->exec("ROLLBACK");
    throw;
  }
}

void Store::SetCoding(std::string version, bool recode) {
  coding_version_ = std::move(version);
  recode_ = recode;
}

void Store::FillEvidenceKeys() {
  // The same keys PutArticle would have given: per article, in the order the events were stored.
  SQLite::Statement q(*db_,
                      "SELECT id, article_id, sentence, span_begin, span_end, source_id, "
                      "relation, target_id FROM events ORDER BY article_id, id");
  SQLite::Statement set(*db_, "UPDATE events SET key = ? WHERE id = ?");
  std::string article;
  std::vector<EventRecord> events;
  std::vector<int64_t> ids;
  auto flush = [&]() {
    std::vector<uint64_t> keys = KeysOf(events);
    for (size_t i = 0; i < keys.size(); ++i) {
      set.reset();
      set.bind(1, FormatEvidenceKey(keys[i]));
      set.bind(2, ids[i]);
      set.exec();
    }
    events.clear();
    ids.clear();
  };
  while (q.executeStep()) {
    EventRecord e;
    e.article = q.getColumn(1).getString();
    if (e.article != article) {
      flush();
      article = e.article;
    }
    e.sentence = q.getColumn(2).getInt();
    e.span.begin = static_cast<uint32_t>(q.getColumn(3).getInt64());
    e.span.end = static_cast<uint32_t>(q.getColumn(4).getInt64());
    e.source.id = q.getColumn(5).getString();
    e.relation = ParseRelation(q.getColumn(6).getString()).value_or(Relation::kConsults);
    e.target.id = q.getColumn(7).getString();
    ids.push_back(q.getColumn(0).getInt64());
    events.push_back(std::move(e));
  }
  flush();
}

SQLite::Statement& Store::Cached(std::unique_ptr<SQLite::Statement>& slot, const char* sql) {
  if (!slot) slot = std::make_unique<SQLite::Statement>(*db_, sql);
  slot->reset();
  slot->clearBindings();
  return *slot;
}

Store::Batch::Batch(Store& store) : store_(store) {
  if (store_.batch_depth_ == 0) {
    try {
      store_.db_->exec("BEGIN IMMEDIATE");
    } catch (const SQLite::Exception& e) {
      throw Error(store_.path_ + ": cannot write: " + e.what() +
                  " (another irkg ingest may be writing to it)");
    }
  }
  ++store_.batch_depth_;
}

Store::Batch::~Batch() {
  if (done_) return;
  if (--store_.batch_depth_ == 0) {
    try {
      store_.db_->exec("ROLLBACK");
    } catch (const SQLite::Exception&) {
      // Nothing more can be done in a destructor; the transaction is gone either way.
    }
  }
}

void Store::Batch::Commit() {
  if (done_) return;
  done_ = true;
  if (--store_.batch_depth_ == 0) {
    try {
      store_.db_->exec("COMMIT");
    } catch (const SQLite::Exception& e) {
      throw Error(store_.path_ + ": commit failed: " + e.what());
    }
  }
}

bool Store::HasArticle(const std::string& id, const std::string& content_hash) const {
  try {
    SQLite::Statement find(*db_, "SELECT coded_with FROM articles WHERE id = ? AND hash = ?");
    find.bind(1, id);
    find.bind(2, content_hash);
    return find.executeStep() && (!recode_ || find.getColumn(0).getString() == coding_version_);
  } catch (const SQLite::Exception& e) {
    throw Error(path_ + ": cannot read articles: " + e.what());
  }
}

Store::PutResult Store::PutArticle(const Article& article, const std::vector<EventRecord>& events) {
  try {
    const std::string hash = article.ContentHash();
    SQLite::Statement& find =
        Cached(find_article_, "SELECT hash, coded_with FROM articles WHERE id = ?");
    find.bind(1, article.id);
    PutResult result = PutResult::kAdded;
    if (find.executeStep()) {
      result = find.getColumn(0).getString() == hash &&
                       (!recode_ || find.getColumn(1).getString() == coding_version_)
                   ? PutResult::kUnchanged
                   : PutResult::kReplaced;
    }
    find.reset();
    if (result == PutResult::kUnchanged) return result;
    Batch batch(*this);
    if (result == PutResult::kReplaced) {
      SQLite::Statement& del = Cached(delete_article_, "DELETE FROM articles WHERE id = ?");
      del.bind(1, article.id);
      del.exec();
    }
    SQLite::Statement& put =
        Cached(insert_article_,
               "INSERT INTO articles(id, date, title, url, source, hash, coded_with) "
               "VALUES(?, ?, ?, ?, ?, ?, ?)");
    put.bind(1, article.id);
    BindDate(put, 2, article.date);
    put.bind(3, article.title);
    put.bind(4, article.url);
    put.bind(5, article.source);
    put.bind(6, hash);
    put.bind(7, coding_version_);
    put.exec();

    const std::vector<uint64_t> keys = KeysOf(events);
    for (size_t k = 0; k < events.size(); ++k) {
      const EventRecord& e = events[k];
      SQLite::Statement& ins =
          Cached(insert_event_,
                 "INSERT INTO events(article_id, sentence, date, source_id, source_label, "
                 "source_type, source_affiliation, relation, target_id, target_label, "
                 "target_type, target_affiliation, negated, mode, confidence, text, "
                 "span_begin, span_end, rule, reporter_id, reporter_label, reporter_type, "
                 "reporter_affiliation, key) "
                 "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
      int i = 1;
      ins.bind(i++, article.id);
      ins.bind(i++, e.sentence);
      BindDate(ins, i++, e.date);
      for (const ActorRef* a : {&e.source}) {
        ins.bind(i++, a->id);
        ins.bind(i++, a->label);
        ins.bind(i++, std::string(ToString(a->type)));
        ins.bind(i++, a->affiliation);
      }
      ins.bind(i++, std::string(Info(e.relation).predicate));
      for (const ActorRef* a : {&e.target}) {
        ins.bind(i++, a->id);
        ins.bind(i++, a->label);
        ins.bind(i++, std::string(ToString(a->type)));
        ins.bind(i++, a->affiliation);
      }
      ins.bind(i++, e.negated ? 1 : 0);
      ins.bind(i++, std::string(ToString(e.mode)));
      ins.bind(i++, e.confidence);
      ins.bind(i++, e.text);
      ins.bind(i++, static_cast<int64_t>(e.span.begin));
      ins.bind(i++, static_cast<int64_t>(e.span.end));
      ins.bind(i++, e.rule);
      const ActorRef none;
      const ActorRef& reporter = e.reported_by ? *e.reported_by : none;
      ins.bind(i++, reporter.id);
      ins.bind(i++, reporter.label);
      ins.bind(i++, e.reported_by ? std::string(ToString(reporter.type)) : std::string());
      ins.bind(i++, reporter.affiliation);
      ins.bind(i++, FormatEvidenceKey(keys[k]));
      ins.exec();
      const int64_t event_id = db_->getLastInsertRowid();
      int position = 0;
      for (const ActorRef& v : e.via) {
        SQLite::Statement& via =
            Cached(insert_via_,
                   "INSERT INTO event_via(event_id, position, actor_id, label, type) "
                   "VALUES(?,?,?,?,?)");
        via.bind(1, event_id);
        via.bind(2, position++);
        via.bind(3, v.id);
        via.bind(4, v.label);
        via.bind(5, std::string(ToString(v.type)));
        via.exec();
      }
    }
    batch.Commit();
    return result;
  } catch (const SQLite::Exception& e) {
    throw Error(path_ + ": cannot store article " + article.id + ": " + e.what());
  }
}

void Store::PutActors(const std::vector<ActorRef>& actors) {
  try {
    Batch batch(*this);
    SQLite::Statement put(*db_,
                          "INSERT OR IGNORE INTO actors(id, label, type, affiliation) "
                          "VALUES(?, ?, ?, ?)");
    for (const ActorRef& a : actors) {
      if (a.id.empty()) continue;
      put.reset();
      put.bind(1, a.id);
      put.bind(2, a.label);
      put.bind(3, std::string(ToString(a.type)));
      put.bind(4, a.affiliation);
      put.exec();
    }
    batch.Commit();
  } catch (const SQLite::Exception& e) {
    throw Error(path_ + ": cannot store actors: " + e.what());
  }
}

void Store::ForEachActor(const std::function<void(const ActorRef&)>& visit) const {
  try {
    SQLite::Statement q(*db_, "SELECT id, label, type, affiliation FROM actors ORDER BY id");
    while (q.executeStep()) {
      ActorRef a{q.getColumn(0).getString(), q.getColumn(1).getString(),
                 TypeOrOther(q.getColumn(2).getString()), q.getColumn(3).getString()};
      visit(a);
    }
  } catch (const SQLite::Exception& e) {
    throw Error(path_ + ": cannot read actors: " + e.what());
  }
}

namespace {

constexpr const char* kEventColumns =
    "e.id, e.key, e.article_id, e.sentence, e.date, e.source_id, e.source_label, e.source_type, "
    "e.source_affiliation, e.relation, e.target_id, e.target_label, e.target_type, "
    "e.target_affiliation, e.negated, e.mode, e.confidence, e.text, e.span_begin, e.span_end, "
    "e.rule, e.reporter_id, e.reporter_label, e.reporter_type, e.reporter_affiliation";

// Reads one row of kEventColumns (from column `i` on) into `s`; false when its relation is one
// this build does not know (written by a newer irkg).
bool ReadEventRow(SQLite::Statement& q, int i, StoredEvent& s) {
  EventRecord& e = s.event;
  s.id = q.getColumn(i++).getInt64();
  s.key = ParseEvidenceKey(q.getColumn(i++).getString()).value_or(0);
  e.article = q.getColumn(i++).getString();
  e.sentence = q.getColumn(i++).getInt();
  auto date_col = q.getColumn(i++);
  e.date = date_col.isNull() ? std::nullopt : ParseDate(date_col.getString());
  for (ActorRef* a : {&e.source}) {
    a->id = q.getColumn(i++).getString();
    a->label = q.getColumn(i++).getString();
    a->type = TypeOrOther(q.getColumn(i++).getString());
    a->affiliation = q.getColumn(i++).getString();
  }
  auto relation = ParseRelation(q.getColumn(i++).getString());
  if (!relation) return false;
  e.relation = *relation;
  for (ActorRef* a : {&e.target}) {
    a->id = q.getColumn(i++).getString();
    a->label = q.getColumn(i++).getString();
    a->type = TypeOrOther(q.getColumn(i++).getString());
    a->affiliation = q.getColumn(i++).getString();
  }
  e.negated = q.getColumn(i++).getInt() != 0;
  e.mode = ParseMode(q.getColumn(i++).getString()).value_or(Mode::kAsserted);
  e.confidence = q.getColumn(i++).getDouble();
  e.text = q.getColumn(i++).getString();
  e.span.begin = static_cast<uint32_t>(q.getColumn(i++).getInt64());
  e.span.end = static_cast<uint32_t>(q.getColumn(i++).getInt64());
  e.rule = q.getColumn(i++).getString();
  e.reported_by.reset();
  if (std::string reporter = q.getColumn(i++).getString(); !reporter.empty()) {
    ActorRef r;
    r.id = std::move(reporter);
    r.label = q.getColumn(i++).getString();
    r.type = TypeOrOther(q.getColumn(i++).getString());
    r.affiliation = q.getColumn(i++).getString();
    e.reported_by = std::move(r);
  }
  return true;
}

void ReadVia(SQLite::Statement& via, int64_t event_id, EventRecord& e) {
  e.via.clear();
  via.reset();
  via.bind(1, event_id);
  while (via.executeStep()) {
    e.via.push_back({via.getColumn(0).getString(), via.getColumn(1).getString(),
                     TypeOrOther(via.getColumn(2).getString()), ""});
  }
}

}  // namespace

void Store::ForEachEvent(const std::function<void(const StoredEvent&)>& visit,
                         EventFields fields) const {
  try {
    StoredEvent s;
    if (fields == EventFields::kAll) {
      SQLite::Statement q(
          *db_, std::string("SELECT ") + kEventColumns + " FROM events AS e ORDER BY e.id");
      SQLite::Statement via(*db_,
                            "SELECT actor_id, label, type FROM event_via WHERE event_id = ? "
                            "ORDER BY position");
      while (q.executeStep()) {
        if (!ReadEventRow(q, 0, s)) continue;
        ReadVia(via, s.id, s.event);
        visit(s);
      }
      return;
    }
    // Events and their via rows, both in event order, read side by side: one pass over each
    // table instead of one lookup per event.
    SQLite::Statement q(*db_,
                        "SELECT id, key, date, source_id, source_label, source_type, "
                        "source_affiliation, relation, target_id, target_label, target_type, "
                        "target_affiliation, negated, mode, confidence FROM events ORDER BY id");
    SQLite::Statement via(*db_,
                          "SELECT event_id, actor_id FROM event_via ORDER BY event_id, position");
    bool via_row = via.executeStep();
    EventRecord& e = s.event;
    while (q.executeStep()) {
      int i = 0;
      s.id = q.getColumn(i++).getInt64();
      s.key = ParseEvidenceKey(q.getColumn(i++).getText()).value_or(0);
      auto date_col = q.getColumn(i++);
      e.date = date_col.isNull() ? std::nullopt : ParseDate(date_col.getText());
      for (ActorRef* a : {&e.source}) {
        a->id = q.getColumn(i++).getText();
        a->label = q.getColumn(i++).getText();
        a->type = TypeOrOther(q.getColumn(i++).getText());
        a->affiliation = q.getColumn(i++).getText();
      }
      auto relation = ParseRelation(q.getColumn(i++).getText());
      for (ActorRef* a : {&e.target}) {
        a->id = q.getColumn(i++).getText();
        a->label = q.getColumn(i++).getText();
        a->type = TypeOrOther(q.getColumn(i++).getText());
        a->affiliation = q.getColumn(i++).getText();
      }
      e.negated = q.getColumn(i++).getInt() != 0;
      e.mode = ParseMode(q.getColumn(i++).getText()).value_or(Mode::kAsserted);
      e.confidence = q.getColumn(i++).getDouble();
      e.via.clear();
      while (via_row && via.getColumn(0).getInt64() < s.id) via_row = via.executeStep();
      while (via_row && via.getColumn(0).getInt64() == s.id) {
        e.via.push_back({via.getColumn(1).getText(), "", ActorType::kOther, ""});
        via_row = via.executeStep();
      }
      if (!relation) continue;  // written by a newer irkg with a relation this build lacks
      e.relation = *relation;
      visit(s);
    }
  } catch (const SQLite::Exception& e) {
    throw Error(path_ + ": cannot read events: " + e.what());
  }
}

std::vector<StoredEvent> Store::EventsByKey(const std::vector<uint64_t>& keys) const {
  try {
    std::vector<StoredEvent> out;
    SQLite::Statement q(*db_, std::string("SELECT ") + kEventColumns +
                                  ", a.url, a.source FROM events AS e JOIN articles AS a ON "
                                  "a.id = e.article_id WHERE e.key = ?");
    SQLite::Statement via(*db_,
                          "SELECT actor_id, label, type FROM event_via WHERE event_id = ? "
                          "ORDER BY position");
    for (uint64_t key : keys) {
      q.reset();
      q.bind(1, FormatEvidenceKey(key));
      if (!q.executeStep()) continue;
      StoredEvent s;
      if (!ReadEventRow(q, 0, s)) continue;
      s.article_url = q.getColumn(25).getString();
      s.article_source = q.getColumn(26).getString();
      ReadVia(via, s.id, s.event);
      out.push_back(std::move(s));
    }
    return out;
  } catch (const SQLite::Exception& e) {
    throw Error(path_ + ": cannot read events: " + e.what());
  }
}

StoreStats Store::Stats(const std::string& coding_version) const {
  try {
    StoreStats s;
    if (!coding_version.empty()) {
      SQLite::Statement q(*db_, "SELECT count(*) FROM articles WHERE coded_with != ?");
      q.bind(1, coding_version);
      q.executeStep();
      s.coded_with_other = q.getColumn(0).getInt64();
    }
    s.articles = db_->execAndGet("SELECT count(*) FROM articles").getInt64();
    s.events = db_->execAndGet("SELECT count(*) FROM events").getInt64();
    s.negated_events = db_->execAndGet("SELECT count(*) FROM events WHERE negated").getInt64();
    s.actors = db_->execAndGet(
                      "SELECT count(*) FROM (SELECT source_id FROM events UNION "
                      "SELECT target_id FROM events)")
                   .getInt64();
    return s;
  } catch (const SQLite::Exception& e) {
    throw Error(path_ + ": cannot read statistics: " + e.what());
  }
}

}  // namespace irkg::graph
