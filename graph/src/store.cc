#include "irkg/graph/store.h"

#include <SQLiteCpp/SQLiteCpp.h>

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
// article was coded with (a hash of its files; empty before version 3).
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
    {3, "articles", "coded_with", "TEXT NOT NULL DEFAULT ''"},
};

bool HasColumn(SQLite::Database& db, const char* table, const char* column) {
  SQLite::Statement q(db, "SELECT 1 FROM pragma_table_info(?) WHERE name = ?");
  q.bind(1, table);
  q.bind(2, column);
  return q.executeStep();
}

ActorType TypeOrOther(const std::string& text) {
  return ParseActorType(text).value_or(ActorType::kOther);
}

}  // namespace

Store::Store(const std::string& path, Access access) : path_(path) {
  try {
    if (access == Access::kReadOnly && path != ":memory:") {
      db_ = std::make_unique<SQLite::Database>(path, SQLite::OPEN_READONLY);
      db_->setBusyTimeout(5000);
      const int version = db_->execAndGet("PRAGMA user_version").getInt();
      if (version != kSchemaVersion) {
        throw Error(path + ": database schema version " + std::to_string(version) +
                    (version == 0 ? " (not an irkg database, or never finished)"
                     : version < kSchemaVersion
                         ? " is older than this irkg reads (" + std::to_string(kSchemaVersion) +
                               "): 'irkg ingest' into it upgrades it"
                         : " is newer than this irkg understands (" +
                               std::to_string(kSchemaVersion) + ")"));
      }
      return;
    }
    db_ = std::make_unique<SQLite::Database>(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db_->setBusyTimeout(5000);
    db_->exec("PRAGMA foreign_keys = ON");
    if (path != ":memory:") db_->exec("PRAGMA journal_mode = WAL");
    db_->exec("PRAGMA synchronous = NORMAL");
    Migrate();
  } catch (const SQLite::Exception& e) {
    throw Error(path + ": cannot open the database: " + e.what());
  }
}

Store::~Store() = default;

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

Store::Batch::Batch(Store& store) : store_(store) {
  if (store_.batch_depth_++ == 0) store_.db_->exec("BEGIN");
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

Store::PutResult Store::PutArticle(const Article& article, const std::vector<EventRecord>& events) {
  try {
    const std::string hash = article.ContentHash();
    SQLite::Statement find(*db_, "SELECT hash, coded_with FROM articles WHERE id = ?");
    find.bind(1, article.id);
    PutResult result = PutResult::kAdded;
    if (find.executeStep()) {
      if (find.getColumn(0).getString() == hash &&
          (!recode_ || find.getColumn(1).getString() == coding_version_)) {
        return PutResult::kUnchanged;
      }
      result = PutResult::kReplaced;
    }
    Batch batch(*this);
    if (result == PutResult::kReplaced) {
      SQLite::Statement del(*db_, "DELETE FROM articles WHERE id = ?");
      del.bind(1, article.id);
      del.exec();
    }
    SQLite::Statement put(*db_,
                          "INSERT INTO articles(id, date, title, url, source, hash, coded_with) "
                          "VALUES(?, ?, ?, ?, ?, ?, ?)");
    put.bind(1, article.id);
    if (article.date) {
      put.bind(2, FormatDate(*article.date));
    } else {
      put.bind(2);
    }
    put.bind(3, article.title);
    put.bind(4, article.url);
    put.bind(5, article.source);
    put.bind(6, hash);
    put.bind(7, coding_version_);
    put.exec();

    SQLite::Statement ins(*db_,
                          "INSERT INTO events(article_id, sentence, date, source_id, source_label, "
                          "source_type, source_affiliation, relation, target_id, target_label, "
                          "target_type, target_affiliation, negated, mode, confidence, text, "
                          "span_begin, span_end, rule, reporter_id, reporter_label, reporter_type, "
                          "reporter_affiliation) "
                          "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    SQLite::Statement via(*db_,
                          "INSERT INTO event_via(event_id, position, actor_id, label, type) "
                          "VALUES(?,?,?,?,?)");
    for (const EventRecord& e : events) {
      ins.reset();
      ins.clearBindings();
      int i = 1;
      ins.bind(i++, article.id);
      ins.bind(i++, e.sentence);
      if (e.date) {
        ins.bind(i++, FormatDate(*e.date));
      } else {
        ins.bind(i++);
      }
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
      ins.exec();
      const int64_t event_id = db_->getLastInsertRowid();
      int position = 0;
      for (const ActorRef& v : e.via) {
        via.reset();
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

void Store::ForEachEvent(const std::function<void(const StoredEvent&)>& visit) const {
  try {
    SQLite::Statement q(*db_,
                        "SELECT id, article_id, sentence, date, source_id, source_label, "
                        "source_type, source_affiliation, relation, target_id, target_label, "
                        "target_type, target_affiliation, negated, mode, confidence, text, "
                        "span_begin, span_end, rule, reporter_id, reporter_label, reporter_type, "
                        "reporter_affiliation FROM events ORDER BY id");
    SQLite::Statement via(*db_,
                          "SELECT actor_id, label, type FROM event_via WHERE event_id = ? "
                          "ORDER BY position");
    StoredEvent s;
    while (q.executeStep()) {
      int i = 0;
      EventRecord& e = s.event;
      s.id = q.getColumn(i++).getInt64();
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
      if (!relation) continue;  // written by a newer irkg with a relation this build lacks
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
      e.via.clear();
      via.reset();
      via.bind(1, s.id);
      while (via.executeStep()) {
        e.via.push_back({via.getColumn(0).getString(), via.getColumn(1).getString(),
                         TypeOrOther(via.getColumn(2).getString()), ""});
      }
      visit(s);
    }
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
